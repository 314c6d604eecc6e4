"""The trace: every block with its label and the rule that decided it (``--explain``)."""

from __future__ import annotations

import textwrap

from newsparse.article import Article
from newsparse.label.chain import CHAIN

TEXT_WIDTH = 72


def explain(article: Article) -> str:
    """The input block by block: index, label, deciding rule, and the start of its text."""
    lines = []
    for block in article.blocks:
        text = textwrap.shorten(block.text, TEXT_WIDTH, placeholder=" …")
        lines.append(f"{block.index:>4}  {block.label.value:<12} {block.rule:<20} {text}")
    return "\n".join(lines) + "\n"


def describe_rules() -> str:
    """The label chain in order, each rule with its docstring."""
    out = []
    for n, rule in enumerate(CHAIN, 1):
        doc = " ".join(rule.doc.split())
        out.append(f"{n:>2}. {rule.name}\n" + textwrap.indent(textwrap.fill(doc, 88), "    "))
    return "\n".join(out) + "\n"
