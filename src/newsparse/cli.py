"""The ``newsparse`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from newsparse import __version__
from newsparse.article import Article
from newsparse.errors import ParseError
from newsparse.explain import describe_rules, explain
from newsparse.parse import parse, parse_file

FORMATS = ("text", "json", "jsonl", "markdown")
EPILOG = """\
exit status:
  0  every input was parsed
  1  at least one input could not be read or parsed (a one-line error is printed for it)
  2  wrong usage

examples:
  newsparse page.txt                     readable article
  newsparse --format json page.html      the Article as JSON
  newsparse --explain page.txt           every block with its label and deciding rule
  cat page.txt | newsparse -             read standard input
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
    failed = 0
    for n, name in enumerate(args.files):
        try:
            article = _parse_one(name, args)
        except ParseError as exc:
            print(f"newsparse: {name}: {exc.message}", file=sys.stderr)
            failed += 1
            continue
        sys.stdout.write(_render(article, args, first=n == 0))
    return 1 if failed else 0


def _parse_one(name: str, args: argparse.Namespace) -> Article:
    if name == "-":
        data = sys.stdin.buffer.read()
        article = parse(data, url=args.url, reference_date=args.reference_date)
    else:
        article = parse_file(name, url=args.url, reference_date=args.reference_date)
    if not article.blocks:
        raise ParseError("empty", "the input is empty (no text)")
    return article


def _render(article: Article, args: argparse.Namespace, *, first: bool) -> str:
    if args.explain:
        return ("" if first else "\n") + explain(article)
    if args.format == "json":
        return json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if args.format == "jsonl":
        return article.to_json() + "\n"
    if args.format == "markdown":
        return ("" if first else "\n---\n\n") + article.to_markdown()
    return ("" if first else "\n" + "-" * 78 + "\n\n") + article.to_text()
