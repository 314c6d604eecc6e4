"""The ``newsparse`` command line."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsparse import __version__
from newsparse.article import Article, json_schema
from newsparse.batch import Task, parse_many, parse_task
from newsparse.errors import ParseError
from newsparse.explain import describe_rules, explain
from newsparse.report import explain_html
from newsparse.warc import is_archive, iter_archive

FORMATS = ("text", "json", "jsonl", "markdown", "html")
PARTIAL_LINE_SCAN = 16 * 1024 * 1024  # how far back --resume looks for the last complete record
EPILOG = """\
exit status:
  0  every input was parsed
  1  at least one input could not be read or parsed (a one-line error is printed for it;
     with --format jsonl an error record takes its place in the output)
  2  wrong usage
  130 interrupted (with --format jsonl the output is complete up to the last record)
  141 the reader of the output closed it early (newsparse … | head): stopped quietly

examples:
  newsparse page.txt                     readable article
  newsparse --format json page.html      the Article as JSON
  newsparse --explain page.txt           every block with its label and deciding rule
  newsparse --explain -f html page.html > report.html   the same as a page coloured by label
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
        "files", nargs="*", metavar="FILE",
        help="pages to parse (HTML or text files), folders (searched with --glob), WARC/WET archives, "
        "or JSONL files with --input-format jsonl; '-' reads standard input"
    )
    parser.add_argument(
        "-f", "--format", choices=FORMATS, default="text",
        help="output format: text (readable, default), json (one document per input), "
        "jsonl (one record per input, an error record in place of a failed one; parallel with -j), markdown, "
        "html (with --explain: a self-contained page showing every block coloured by its label)",
    )
    parser.add_argument(
        "--explain", action="store_true",
        help="print every block with its label and the rule that decided it (with -f html: a visual report)",
    )
    parser.add_argument(
        "--rules", action="store_true", help="print the label chain: every rule in order with what it looks for"
    )
    parser.add_argument(
        "--schema", choices=("article", "record"),
        help="print the JSON Schema of the output: an article (-f json) or a batch record (-f jsonl)",
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
    batch.add_argument("--output-dir", metavar="DIR", help="with --format jsonl: one JSON file per input in DIR")
    batch.add_argument("--resume", action="store_true",
                       help="with -o FILE: skip the inputs whose ids FILE already holds, append the rest")
    batch.add_argument("--fail-fast", action="store_true",
                       help="stop at the first input that fails (default: record the error and go on)")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status (see EPILOG)."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader closed the pipe ("newsparse … | head"): stop without a traceback, as
        # other command-line tools do, and keep the interpreter's final flush from failing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.rules:
        sys.stdout.write(describe_rules())
        return 0
    if args.schema:
        sys.stdout.write(json.dumps(json_schema(args.schema), indent=2) + "\n")
        return 0
    if not args.files:
        parser.print_usage(sys.stderr)
        print("newsparse: error: give at least one FILE (or '-' for standard input)", file=sys.stderr)
        return 2
    if args.format == "html" and not args.explain:
        parser.print_usage(sys.stderr)
        print("newsparse: error: --format html is the visual --explain report: add --explain", file=sys.stderr)
        return 2
    if args.format == "jsonl" and not args.explain:
        return _run_batch(args)
    failed = 0
    first = True
    report: list[tuple[str, Article]] = []
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        for task in _tasks(args):
            try:
                article = parse_task(task)
            except ParseError as exc:
                print(f"newsparse: {task.id}: {exc.message}", file=sys.stderr)
                failed += 1
                continue
            if args.explain and args.format == "html":
                report.append((task.id, article))
                continue
            out.write(_render(article, args, first=first))
            first = False
        if report:
            out.write(explain_html(report))
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def _run_batch(args: argparse.Namespace) -> int:
    """JSONL out: one record per input (an article or an error record), then a summary.

    With ``--output-dir`` each record goes to a file of its own; with ``--resume`` the ids
    already in ``--output`` are skipped and new records appended; ``--fail-fast`` stops at
    the first failed input (its error record is written first).
    """
    done = _done_ids(args.output) if args.resume and args.output else set()
    tasks = (t for t in _tasks(args) if t.id not in done)
    read = failed = 0
    mode = "a" if done else "w"
    out = open(args.output, mode, encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    progress = _Progress(enabled=sys.stderr.isatty() and not args.quiet)
    try:
        for result in parse_many(tasks, jobs=args.jobs, reference_date=args.reference_date):
            read += 1
            failed += not result.ok
            line = json.dumps(result.to_record(), ensure_ascii=False)
            if args.output_dir:
                _write_one(args.output_dir, result.id, line)
            else:
                out.write(line + "\n")
                out.flush()
            progress.update(failed)
            if args.fail_fast and not result.ok:
                print(f"newsparse: stopping at the first failure ({result.id}: {result.error_message})",
                      file=sys.stderr)
                break
    except KeyboardInterrupt:
        progress.close()
        print(f"newsparse: interrupted after {read} records; the output is complete up to the last one",
              file=sys.stderr)
        return 130
    finally:
        if out is not sys.stdout:
            out.close()
    progress.close()
    skipped = f", skipped {len(done)} already done" if done else ""
    print(f"newsparse: read {read}, written {read}, failed {failed}{skipped}", file=sys.stderr)
    return 1 if failed else 0


def _done_ids(path: str) -> set[str]:
    """Ids of the records already in an output file (for --resume); a last line cut short
    by an interruption is dropped, so its input runs again."""
    ids: set[str] = set()
    if not Path(path).exists():
        return ids
    _drop_partial_line(Path(path))
    with open(path, encoding="utf-8", errors="replace") as stream:
        for line in stream:
            try:
                ids.add(str(json.loads(line)["id"]))
            except (ValueError, KeyError, TypeError):
                continue  # a line cut by an interruption: its input runs again
    return ids


def _drop_partial_line(path: Path) -> None:
    with open(path, "rb+") as stream:
        size = stream.seek(0, 2)
        if size == 0:
            return
        stream.seek(max(0, size - 1))
        if stream.read(1) == b"\n":
            return
        data_start = max(0, size - PARTIAL_LINE_SCAN)
        stream.seek(data_start)
        tail = stream.read()
        cut = tail.rfind(b"\n")
        stream.truncate(data_start + cut + 1 if cut >= 0 else 0)


def _write_one(folder: str, ident: str, line: str) -> None:
    """One input's record in a file of its own, named after the input's id."""
    name = re.sub(r"[^\w.-]+", "_", ident).strip("._")[-150:] or "record"
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / f"{name}.json").write_text(line + "\n", encoding="utf-8")


class _Progress:
    """A progress bar on standard error (tqdm) while it is a terminal: done, failed, docs/s."""

    def __init__(self, *, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm

                self.bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)
            except ImportError:  # pragma: no cover - tqdm is a dependency
                self.bar = None

    def update(self, failed: int) -> None:
        if self.bar is not None:
            self.bar.update(1)
            if failed:
                self.bar.set_postfix(failed=failed, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


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
