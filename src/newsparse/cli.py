"""The ``newsparse`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsparse import __version__
from newsparse.article import Article
from newsparse.batch import Task, parse_many
from newsparse.errors import ParseError
from newsparse.explain import describe_rules, explain
from newsparse.parse import parse, parse_file
from newsparse.warc import is_archive, iter_archive

FORMATS = ("text", "json", "jsonl", "markdown")
EPILOG = """\
exit status:
  0  every input was parsed
  1  at least one input could not be read or parsed (a one-line error is printed for it;
     with --format jsonl an error record takes its place in the output)
  2  wrong usage
  130 interrupted (with --format jsonl the output is complete up to the last record)

examples:
  newsparse page.txt                     readable article
  newsparse --format json page.html      the Article as JSON
  newsparse --explain page.txt           every block with its label and deciding rule
  cat page.txt | newsparse -             read standard input
  newsparse -f jsonl -j 4 -o out.jsonl pages/      a folder, in parallel, one record per file
  newsparse -f jsonl --input-format jsonl --field text dump.jsonl
  newsparse -f jsonl -o out.jsonl crawl.warc.gz pages.wet.gz      web archives (warc extra)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn raw news pages (HTML or plain-text dumps) into clean, structured articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="page files to parse (HTML or text); '-' reads standard input"
    )
    parser.add_argument(
        "-f", "--format", choices=FORMATS, default="text",
        help="output format: text (readable, default), json (one document per input), "
        "jsonl (one line per input), markdown",
    )
    parser.add_argument(
        "--explain", action="store_true", help="print every block with its label and the rule that decided it"
    )
    parser.add_argument(
        "--rules", action="store_true", help="print the label chain: every rule in order with what it looks for"
    )
    parser.add_argument("--url", help="the page's URL (kept in the output; used for hints)")
    parser.add_argument(
        "--reference-date", metavar="ISO",
        help="'now' for relative dates such as '2 hours ago' (ISO date or datetime; default: none)",
    )
    batch = parser.add_argument_group("many inputs")
    batch.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of standard output")
    batch.add_argument(
        "-j", "--jobs", type=int, default=None, metavar="N",
        help="worker processes for --format jsonl (default: the machine's cores)",
    )
    batch.add_argument(
        "--glob", default="*.txt,*.html,*.htm,*.warc,*.warc.gz,*.wet,*.wet.gz", metavar="PATTERNS",
        help="comma-separated file patterns to take from folders (default: %(default)s)",
    )
    batch.add_argument(
        "--input-format", choices=("auto", "jsonl"), default="auto",
        help="jsonl: each FILE holds one JSON record per line, the page in --field",
    )
    batch.add_argument("--field", default="html", help="the record field holding the page (default: html)")
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.rules:
        sys.stdout.write(describe_rules())
        return 0
    if not args.files:
        parser.print_usage(sys.stderr)
        print("newsparse: error: give at least one FILE (or '-' for standard input)", file=sys.stderr)
        return 2
    if args.format == "jsonl" and not args.explain:
        return _run_batch(args)
    failed = 0
    first = True
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        for task in _tasks(args):
            try:
                article = _parse_with_trace(task)
            except ParseError as exc:
                print(f"newsparse: {task.id}: {exc.message}", file=sys.stderr)
                failed += 1
                continue
            out.write(_render(article, args, first=first))
            first = False
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def _parse_with_trace(task: Task) -> Article:
    """Parse one input in this process, keeping the block trace (for --explain)."""
    if task.path is not None:
        article = parse_file(task.path, url=task.url, reference_date=task.reference_date)
    elif task.content is None:
        raise ParseError("input", "the record has no page in it")
    else:
        article = parse(task.content, url=task.url, reference_date=task.reference_date)
    if not article.blocks:
        raise ParseError("empty", "the input is empty (no text)")
    return article


def _run_batch(args: argparse.Namespace) -> int:
    """JSONL out: one record per input (an article or an error record), then a summary."""
    read = failed = 0
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        for result in parse_many(_tasks(args), jobs=args.jobs, reference_date=args.reference_date):
            read += 1
            failed += not result.ok
            out.write(json.dumps(result.to_record(), ensure_ascii=False) + "\n")
            out.flush()
    except KeyboardInterrupt:
        print(f"newsparse: interrupted after {read} records", file=sys.stderr)
        return 130
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"newsparse: read {read}, written {read}, failed {failed}", file=sys.stderr)
    return 1 if failed else 0


def _tasks(args: argparse.Namespace) -> Iterator[Task]:
    """Every input named on the command line: files, folders (recursively), JSONL records,
    standard input."""
    patterns = [p.strip() for p in args.glob.split(",") if p.strip()]
    for name in args.files:
        if args.input_format == "jsonl":
            yield from _records(name, args)
        elif name == "-":
            yield Task("-", content=sys.stdin.buffer.read(), url=args.url, reference_date=args.reference_date)
        elif Path(name).is_dir():
            found = sorted({p for pattern in patterns for p in Path(name).rglob(pattern) if p.is_file()})
            for path in found:
                yield from _file_tasks(str(path), args)
        else:
            yield from _file_tasks(name, args)


def _file_tasks(name: str, args: argparse.Namespace) -> Iterator[Task]:
    """One task for a page file; one per page record for a WARC/WET archive."""
    if not is_archive(name):
        yield Task(name, path=name, url=args.url, reference_date=args.reference_date)
        return
    count = 0
    try:
        for task in iter_archive(name):
            count += 1
            yield task
    except ParseError as exc:
        yield Task(name, failure=(exc.kind, exc.message))
    except Exception as exc:  # a truncated or corrupt archive: say so in its place
        yield Task(f"{name}#{count}", failure=("archive", f"cannot read the archive further: {exc}"))
        return
    if count == 0:  # an archive must not vanish from the output without a word
        yield Task(name, failure=("archive", "no page records (HTML responses or text conversions) in the archive"))


def _records(name: str, args: argparse.Namespace) -> Iterator[Task]:
    """Tasks from a JSONL file: the page in ``--field``, other fields carried through."""
    stream = sys.stdin if name == "-" else open(name, encoding="utf-8", errors="replace")  # noqa: SIM115
    try:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = {}
            if not isinstance(record, dict):
                record = {}
            ident = str(record.get("id", f"{name}:{number}"))
            content = record.get(args.field)
            extra = {k: v for k, v in record.items() if k not in (args.field, "id")}
            yield Task(ident, content=content if isinstance(content, str) else None,
                       url=record.get("url") if isinstance(record.get("url"), str) else args.url,
                       reference_date=args.reference_date, extra=extra)
    finally:
        if stream is not sys.stdin:
            stream.close()


def _render(article: Article, args: argparse.Namespace, *, first: bool) -> str:
    if args.explain:
        return ("" if first else "\n") + explain(article)
    if args.format == "json":
        return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if args.format == "markdown":
        return ("" if first else "\n---\n\n") + article.to_markdown()
    return ("" if first else "\n" + "-" * 78 + "\n\n") + article.to_text()
