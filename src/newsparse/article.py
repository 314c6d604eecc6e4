"""The Article model and its parts, with serialisation to dict, JSON and Markdown."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from newsparse.blocks import Block

ParagraphKind = Literal["paragraph", "subheading", "list_item", "quote"]


@dataclass(frozen=True)
class Author:
    """One author of the article; ``role`` as printed next to the name ("Reporter")."""

    name: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}


@dataclass(frozen=True)
class Caption:
    """A photo caption: its text without the credit, and the credit ("AP Photo/Jane Roe")."""

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}


@dataclass(frozen=True)
class Paragraph:
    """One unit of the body, in reading order; ``kind`` tells subheadings and list items apart."""

    text: str
    kind: ParagraphKind = "paragraph"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind}


@dataclass(frozen=True)
class Article:
    """A clean article extracted from one page.

    ``date`` is a `datetime.datetime` when the page prints a time (timezone-aware
    when it prints a zone), a `datetime.date` when it prints only the day, and
    ``None`` when it prints no publication date. ``date_text`` keeps the date as printed.
    ``blocks`` is the trace: every block of the input with its label and deciding rule.
    """

    headline: str | None = None
    dek: str | None = None
    byline: str | None = None
    authors: tuple[Author, ...] = ()
    date: dt.date | dt.datetime | None = None
    date_text: str | None = None
    reading_time: int | None = None
    captions: tuple[Caption, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    author_bio: str | None = None
    url: str | None = None
    blocks: tuple[Block, ...] = field(default=(), repr=False, compare=False)

    @property
    def text(self) -> str:
        """The article's text: the dek (standfirst), when there is one, then the body's
        paragraphs, separated by blank lines. The dek is the article's first words as its
        editors wrote them; ``dek`` and ``paragraphs`` keep the two apart."""
        return "\n\n".join(([self.dek] if self.dek else []) + [p.text for p in self.paragraphs])

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict with a stable key order (the trace is left out)."""
        return {
            "url": self.url,
            "headline": self.headline,
            "dek": self.dek,
            "byline": self.byline,
            "authors": [a.to_dict() for a in self.authors],
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "reading_time": self.reading_time,
            "captions": [c.to_dict() for c in self.captions],
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "author_bio": self.author_bio,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """The article as JSON (UTF-8 text, non-ASCII kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The article as a Markdown document."""
        out: list[str] = []
        if self.headline:
            out.append(f"# {self.headline}")
        if self.dek:
            out.append(f"*{self.dek}*")
        meta = [s for s in (self.byline, self.date_text) if s]
        if meta:
            out.append(" · ".join(meta))
        for cap in self.captions:
            credit = f" ({cap.credit})" if cap.credit else ""
            out.append(f"> {cap.text}{credit}")
        for para in self.paragraphs:
            if para.kind == "subheading":
                out.append(f"## {para.text}")
            elif para.kind == "list_item":
                out.append(f"- {para.text}")
            elif para.kind == "quote":
                out.append(f"> {para.text}")
            else:
                out.append(para.text)
        if self.author_bio:
            out.append("---")
            out.append(f"*{self.author_bio}*")
        return "\n\n".join(out) + "\n"

    def to_text(self) -> str:
        """A readable plain-text rendering: headline, byline, date, captions, body, bio."""
        out: list[str] = []
        if self.headline:
            out.append(self.headline)
            out.append("=" * min(len(self.headline), 78))
        if self.dek:
            out.append(self.dek)
        if self.byline:
            out.append(self.byline)
        if self.date:
            out.append(f"Date: {self.date.isoformat()}")
        for cap in self.captions:
            credit = f" [{cap.credit}]" if cap.credit else ""
            out.append(f"Caption: {cap.text}{credit}")
        if out:
            out.append("")
        for para in self.paragraphs:
            out.append(f"## {para.text}" if para.kind == "subheading" else para.text)
            out.append("")
        if self.author_bio:
            out.append(f"About the author: {self.author_bio}")
        return "\n".join(out).rstrip() + "\n"


def json_schema(name: Literal["article", "record"] = "article") -> dict[str, Any]:
    """The published JSON Schema (draft 2020-12) of ``Article.to_dict()`` ("article") or of a
    batch record, ``Result.to_record()`` and ``--format jsonl`` ("record")."""
    text = resources.files("newsparse").joinpath(f"schemas/{name}.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
