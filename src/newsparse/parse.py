"""The pipeline: decode, detect, segment, label, assemble."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from newsparse.article import Article
from newsparse.assemble import assemble
from newsparse.decode import decode, looks_like_html
from newsparse.errors import ParseError
from newsparse.label.chain import label
from newsparse.segment.front_matter import read_front_matter
from newsparse.segment.markdown import author_links, looks_like_markdown, markdown_with_markup
from newsparse.segment.text import segment_text


def parse(
    source: str | bytes,
    *,
    url: str | None = None,
    reference_date: dt.datetime | dt.date | str | None = None,
) -> Article:
    """Parse a page (HTML or a plain-text dump, as str or bytes) into an `Article`.

    ``reference_date`` is "now" for relative dates ("2 hours ago") and year-less dates; it
    may be a datetime, a date or an ISO string. Raises `ParseError` for input that
    is not a page (binary data); empty input gives an empty Article.
    """
    text, utf8 = decode(source)
    reference = _reference(reference_date)
    if looks_like_html(text) and not markdown_with_markup(text):
        from newsparse.segment.html import segment_html

        blocks, hints = segment_html(text, url=url, utf8=utf8)
    else:
        text, hints = read_front_matter(text)
        blocks = segment_text(text)
        if "](" in text and looks_like_markdown(text):  # no link, no author link (cheap first)
            linked = author_links(text)
            if linked:
                hints["authors_labelled"] = linked  # names linked to author pages: a byline
    doc = label(blocks, reference=reference, hints=hints)
    return assemble(doc, url=url)


def parse_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    reference_date: dt.datetime | dt.date | str | None = None,
) -> Article:
    """Read a file (any encoding; HTML or text) and parse it. Raises ParseError when unreadable."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError("io", f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse(data, url=url, reference_date=reference_date)


def _reference(value: dt.datetime | dt.date | str | None) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise ParseError("argument", f"reference_date is not an ISO date: {value!r}") from exc
