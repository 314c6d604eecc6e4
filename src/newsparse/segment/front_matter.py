"""The fields a converter writes over a page's text: its front matter.

Some tools that turn pages into text for pipelines put the page's metadata first: a reader
service prints "Title: …", "URL Source: …", "Published Time: …" and then "Markdown
Content:" over the page; a static-site or note exporter opens with a YAML block between
"---" lines ("title:", "date:", "author:"). Those lines are not the page's text. The title
becomes the dump's first line (where a scraper's dump prints the page's ``<title>``, which
the headline rules read), the date and the authors become hints, as an HTML page's
metadata does, and the rest of the dump is read as usual.
"""

from __future__ import annotations

import datetime as dt
import re

from newsparse.segment.hints import parse_date_text

# "Key: value" (a header field) or "key: value" (YAML); a key of a few words.
FIELD = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}?)[ \t]*:[ \t]*(.*?)[ \t]*$")
YAML_ITEM = re.compile(r"^[ \t]*-[ \t]+(.+?)[ \t]*$")  # an item of a YAML list under its key
YAML_FENCE = "---"
YAML_ENDS = ("---", "...")
FRONT_MAX_LINES = 60  # front matter is short: a fence not closed by then opens a page's text
CONTENT_MARK = re.compile(r"^(?:markdown|text|html)[ \t]+content[ \t]*:[ \t]*$", re.I)
TITLE_KEYS = frozenset({"title", "headline"})
DATE_KEYS = frozenset({"date", "published", "published time", "published_time", "publishdate", "publish date",
                       "pubdate", "date published", "datepublished", "published at", "published_at", "created"})
AUTHOR_KEYS = frozenset({"author", "authors", "by", "byline", "creator"})
OTHER_KEYS = frozenset({"url", "url source", "source", "link", "canonical", "description", "summary", "site",
                        "site name", "language", "lang", "tags", "categories", "category", "slug", "updated",
                        "modified", "image", "draft", "layout", "type", "id", "warning", "number of pages"})
KNOWN_KEYS = TITLE_KEYS | DATE_KEYS | AUTHOR_KEYS | OTHER_KEYS
HEADER_MIN_FIELDS = 2  # a header block names at least this many fields (one "Date:" line is the page's)
QUOTES = "\"'"
NAME_SEPARATOR = re.compile(r",|;|&|\band\b")  # (the pieces are stripped after)


def read_front_matter(text: str) -> tuple[str, dict[str, object]]:
    """The dump without its front matter (its title, when it has one, as the first line) and
    the hints the front matter gives: ``date`` (a date or datetime) and ``authors`` (names).

    Signal: the form of the lines that open the dump. A YAML block (between "---" lines,
    within FRONT_MAX_LINES) whose keys include a title, a date or an author; or a run of
    at least HEADER_MIN_FIELDS "Key: value" lines at the very top whose keys all name
    metadata (KNOWN_KEYS), a title or an address among them, optionally closed by
    "Markdown Content:". A page's own first line never reads so: a dateline or a byline
    alone is one field, and a page's text names no address field. Cheap test first: a
    dump whose first line has no colon and is no fence has no front matter.
    """
    start = len(text) - len(text.lstrip())
    first = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)].rstrip()
    if first == YAML_FENCE:
        fields, rest = _yaml(text[start:])
    elif ":" in first:
        fields, rest = _header(text[start:])
    else:
        return text, {}
    if fields is None:
        return text, {}
    hints: dict[str, object] = {}
    date = next((d for k, v in fields.items() if k in DATE_KEYS and (d := _date(v)) is not None), None)
    if date is not None:
        hints["date"] = date
    authors = [name for k, v in fields.items() if k in AUTHOR_KEYS for name in _names(v)]
    if authors:
        hints["authors"] = list(dict.fromkeys(authors))
    title = next((_one_value(v) for k, v in fields.items() if k in TITLE_KEYS and _one_value(v)), None)
    return (f"{title}\n\n{rest}" if title else rest), hints


def _yaml(text: str) -> tuple[dict[str, str | list[str]] | None, str]:
    """The fields of a YAML block that opens the text (keys lowercased), and the text after it."""
    lines = text.split("\n", FRONT_MAX_LINES + 1)
    fields: dict[str, str | list[str]] = {}
    key = None
    for i, line in enumerate(lines[1 : FRONT_MAX_LINES + 1], start=1):
        if line.rstrip() in YAML_ENDS:
            if not fields.keys() & (TITLE_KEYS | DATE_KEYS | AUTHOR_KEYS):
                return None, text
            return fields, "\n".join(lines[i + 1 :])
        item = YAML_ITEM.match(line)
        if item and key is not None:
            value = fields.get(key)
            fields[key] = [*(value if isinstance(value, list) else [value] if value else []), item.group(1)]
            continue
        field = FIELD.match(line)
        if field:
            key = field.group(1).strip().lower()
            fields[key] = field.group(2)
        elif line.strip() and not line[:1].isspace():
            return None, text  # not YAML: a page that opens with a rule
    return None, text


def _header(text: str) -> tuple[dict[str, str | list[str]] | None, str]:
    """The fields of a run of "Key: value" lines that opens the text, and the text after it."""
    lines = text.split("\n", FRONT_MAX_LINES + 1)
    fields: dict[str, str | list[str]] = {}
    end = 0
    for i, line in enumerate(lines[:FRONT_MAX_LINES]):
        if not line.strip():
            continue
        if CONTENT_MARK.match(line):
            end = i + 1
            break
        field = FIELD.match(line)
        key = field.group(1).strip().lower() if field else ""
        if key not in KNOWN_KEYS:
            break
        fields[key] = field.group(2) if field else ""
        end = i + 1
    if len(fields) < HEADER_MIN_FIELDS or not fields.keys() & (TITLE_KEYS | {"url", "url source", "link"}):
        return None, text
    return fields, "\n".join(lines[end:]).lstrip("\n")


def _one_value(value: str | list[str]) -> str:
    """A field's text without the quotes YAML may put around it."""
    text = value[0] if isinstance(value, list) and value else value if isinstance(value, str) else ""
    text = text.strip()
    if len(text) > 1 and text[0] in QUOTES and text[-1] == text[0]:
        text = text[1:-1].strip()
    return text


def _names(value: str | list[str]) -> list[str]:
    """The names in an author field: a YAML list, "[Jane Doe, Omar Haddad]" or "Jane Doe and Omar Haddad"."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        text = _one_value(item).strip("[]")
        names += [n for n in (_one_value(p) for p in NAME_SEPARATOR.split(text)) if n]
    return names


def _date(value: str | list[str]) -> dt.date | dt.datetime | None:
    """A date field's value, read as an HTML page's declared date is (ISO or written out), or None."""
    text = _one_value(value)
    return parse_date_text(text) if text else None
