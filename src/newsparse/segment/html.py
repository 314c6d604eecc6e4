"""HTML pages to blocks (placeholder until the HTML front door lands): text of the page."""

from __future__ import annotations

from newsparse.blocks import Block
from newsparse.segment.text import segment_text


def segment_html(html: str, *, url: str | None = None) -> tuple[list[Block], dict[str, object]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    return segment_text(soup.get_text("\n")), {}
