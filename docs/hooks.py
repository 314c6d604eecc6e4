"""MkDocs hook: pages that are generated from the code, so they cannot drift from it.

A page asks for generated content with an HTML comment on a line of its own:

* ``<!-- generated: cli-help -->`` — ``newsparse --help``, from the argument parser;
* ``<!-- generated: rules -->`` — the label chain, every rule with its docstring;
* ``<!-- generated: labels -->`` — the block labels and what each becomes in the Article;
* ``<!-- generated: schema article -->`` / ``schema record`` — the published JSON Schemas.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

MARKER = re.compile(r"^<!-- generated: ([a-z-]+)(?: ([a-z]+))? -->$", re.MULTILINE)

LABELS = {
    "headline": "`Article.headline`",
    "dek": "`Article.dek` (the standfirst)",
    "byline": "`Article.byline` and `Article.authors`",
    "dateline": "`Article.date` and `Article.date_text`",
    "reading_time": "`Article.reading_time`",
    "caption": "`Article.captions` (text and credit)",
    "body": "a paragraph of `Article.paragraphs`",
    "subheading": "a paragraph of kind `subheading`",
    "list_item": "a paragraph of kind `list_item`",
    "related": "dropped: a teaser for another article",
    "nav": "dropped: navigation",
    "bio": "`Article.author_bio`",
    "boilerplate": "dropped: buttons, badges, prompts, footers, comments, ads",
    "unknown": "dropped: no rule claimed the block (rare; `--explain` shows them)",
}


def _cli_help() -> str:
    from newsparse.cli import build_parser

    os.environ["COLUMNS"] = "100"
    return "```text\n" + build_parser().format_help().rstrip() + "\n```"


def _rules() -> str:
    from newsparse.label.chain import CHAIN

    out = []
    for number, rule in enumerate(CHAIN, 1):
        doc = " ".join(rule.doc.split())
        out.append(f"{number}. **`{rule.name}`** — {doc}")
    return "\n".join(out)


def _labels() -> str:
    from newsparse.blocks import Label

    rows = ["| label | becomes |", "|---|---|"]
    rows += [f"| `{label.value}` | {LABELS[label.value]} |" for label in Label]
    return "\n".join(rows)


def _schema(name: str) -> str:
    from newsparse import json_schema

    return "```json\n" + json.dumps(json_schema(name), indent=2) + "\n```"  # type: ignore[arg-type]


def on_page_markdown(markdown: str, **_: Any) -> str:
    def replace(match: re.Match[str]) -> str:
        what, arg = match.group(1), match.group(2)
        if what == "cli-help":
            return _cli_help()
        if what == "rules":
            return _rules()
        if what == "labels":
            return _labels()
        if what == "schema" and arg in ("article", "record"):
            return _schema(arg)
        raise ValueError(f"unknown generated block: {match.group(0)}")

    return MARKER.sub(replace, markdown)
