"""Datelines: blocks that are (almost) only a date, near the headline or in an author box."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from newsparse.blocks import Block
from newsparse.fields.bylines import BY_PREFIX, by_marker, parse_byline, word_after_by
from newsparse.fields.dates import RELATIVE, find_dates, maybe_relative
from newsparse.label.context import DATELINE, Doc

DATELINE_MAX_WORDS = 25
# Words a dateline may carry besides the date itself.
DATE_WORDS = re.compile(
    r"\b(?:first|last|published|posted|updated|modified|created|on|at|am|um|le|el|il|op|date|"
    r"time|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|"
    r"aggiornato|gepubliceerd|bijgewerkt|stand|read|min|minutes?|hours?|ago)\b",
    re.I,
)
DIGIT = re.compile(r"\d")
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# At most this many other words may stand beside the date.
MAX_OTHER_WORDS = 2
# A short line that starts with a date is metadata (place, author, category beside it).
META_DATE_START = 3
META_LINE_MAX_WORDS = 15


def datelines(doc: Doc) -> None:
    """A block whose text is a date with at most a label ("Published", "Updated") around it.

    Signal: the printed date covers the block. Dates inside longer text (captions, body
    sentences, teasers) are not datelines and never become the article's date. Deep inside
    the body region only a bare date counts.
    """
    for block in doc.unlabeled():
        if _is_dateline(block, doc, only_date=doc.in_core(block)):
            block.set(DATELINE, "datelines")


def is_meta_line(block: Block, doc: Doc) -> bool:
    """Whether a block outside the text is a dateline (a date with a label, a place or a name
    beside it) as the datelines rule will find it, or a dated byline ("3 May 2024 by Jane
    Doe") that it leaves to the byline rule."""
    if block.n_words > DATELINE_MAX_WORDS or not DIGIT.search(block.text):
        return False
    return is_dated_byline(block, doc) or _is_dateline(block, doc, only_date=False)


def is_dated_byline(block: Block, doc: Doc) -> bool:
    """Whether a short block is a dated byline ("Filed on 3 May 2024 by Jane Doe", "… by
    jdoe"): a by-word with a name or a one-word user name after it, and a date."""
    text = block.text
    return block.n_words <= DATELINE_MAX_WORDS and by_marker(text) is not None \
        and bool(find_dates(text, doc.reference)) and (bool(parse_byline(text)) or word_after_by(text) is not None)


def _is_dateline(block: Block, doc: Doc, *, only_date: bool) -> bool:
    """Whether the block is a dateline; with ``only_date``, only a bare date counts."""
    if block.n_words > DATELINE_MAX_WORDS:
        return False
    cover = _date_cover(block.text, doc.reference)
    if cover is None:
        return False
    others, first = cover
    if only_date:
        return others == 0
    if others <= MAX_OTHER_WORDS:
        return True
    # A meta line that opens with the date: "07.11.2023 Town, Region", "26 May 2019 Name".
    # It needs a digit: a bare "Today" or "Heute" opening a line of words is a title's
    # first word ("Today we remember the flood"), not a date over a place or a name.
    return (first <= META_DATE_START and block.n_words <= META_LINE_MAX_WORDS
            and not block.ends_sentence and DIGIT.search(block.text) is not None)


@lru_cache(maxsize=4096)
def _date_cover(text: str, reference: dt.datetime | None) -> tuple[int, int] | None:
    """How many other words stand beside the dates printed in a text, and where its first
    date starts; None when it prints no date, or is a byline with one (the byline rule takes
    it). Kept per text: a page repeats its date lines (a list of posts, each dated)."""
    relative = maybe_relative(text)  # the cue words first: the pattern is a costly search
    if not (DIGIT.search(text) or (relative and RELATIVE.search(text))):
        return None
    if (BY_PREFIX.match(text) or by_marker(text)) and parse_byline(text):
        return None
    spans = [(f.start, f.end) for f in find_dates(text, reference)]
    # "3 hours ago" is a dateline even when no reference date lets us compute its value.
    if relative:
        spans += [m.span() for m in RELATIVE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    if not spans:
        return None
    rest = text
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    rest = DATE_WORDS.sub(" ", rest)
    return len(LETTER_WORD.findall(rest)), min(spans)[0]
