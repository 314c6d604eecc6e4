"""HTML pages to blocks, plus the hints the page declares (JSON-LD, meta, <time>).

Interim front door: the visible text of the page is laid out as a scraper's ``get_text``
would (one text node a line, blank lines between block elements) and goes through the same
text segmentation and label chain as a dump, so both inputs give the same Article; the
page's declared metadata comes along as hints. Hidden elements, scripts and styles are
dropped.
"""

from __future__ import annotations

from typing import Any

from newsparse.blocks import Block
from newsparse.segment.hints import collect_hints, parse_tree
from newsparse.segment.text import segment_text

DROPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "button",
                     "select", "option", "form", "input", "textarea"})
BLOCK_TAGS = frozenset(
    """address article aside blockquote body dd details div dl dt fieldset figcaption figure footer
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead
    tr ul br title""".split()
)
# Deeper than this, the tree is walked no further (pathological nesting).
MAX_DEPTH = 400


def segment_html(html: str, *, url: str | None = None) -> tuple[list[Block], dict[str, object]]:
    """Blocks of the page's visible text, and the page's declared hints."""
    tree = parse_tree(html)
    if tree is None:
        return segment_text(_text_without_lxml(html)), {}
    hints = collect_hints(tree, url)
    parts: list[str] = []
    title = tree.find(".//title")
    if title is not None and title.text:
        parts.append(" ".join(title.text.split()) + "\n\n")
    body = tree.find(".//body")
    _walk(body if body is not None else tree, parts, 0)
    return segment_text("".join(parts)), hints


def _text_without_lxml(html: str) -> str:
    """The page's text when lxml cannot build a tree: BeautifulSoup's pure-Python parser is
    slower but takes any markup."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(sorted(DROPPED)):
        tag.decompose()
    return str(soup.get_text("\n"))


def _walk(node: Any, parts: list[str], depth: int) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in DROPPED or depth > MAX_DEPTH or _hidden(node):
        if node.tail and depth:
            parts.append(_text(node.tail))
        return
    block = tag in BLOCK_TAGS
    if block:
        parts.append("\n\n" if tag != "br" else "\n")
    if node.text and tag:
        parts.append(_text(node.text))
    for child in node:
        _walk(child, parts, depth + 1)
    if block and tag != "br":
        parts.append("\n\n")
    if node.tail and depth:
        parts.append(_text(node.tail))


def _text(text: str) -> str:
    return " ".join(text.split(" ")) if "\n" not in text else " ".join(text.split()) + " "


def _hidden(node: Any) -> bool:
    if not isinstance(node.tag, str):
        return True
    if node.get("hidden") is not None or node.get("aria-hidden") == "true":
        return True
    style = (node.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style
