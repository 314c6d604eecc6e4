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

from newsparse.segment.hints import declared_names, parse_date_text

# "Key: value" (a header field) or "key: value" (YAML); a key of a few words (the value
# and the key are stripped after: no pattern of white space before an end).
FIELD = re.compile(r"^([A-Za-z][\w .-]{0,30}?):(.*)")
YAML_ITEM = re.compile(r"-[ \t]+(.+)")  # an item of a YAML list under its key
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
ADDRESS_OR_TITLE_KEYS = TITLE_KEYS | {"url", "url source", "link"}
HEADER_MIN_FIELDS = 2  # a header block names at least this many fields (one "Date:" line is the page's)
QUOTES = "\"'"
YAML_FOLDED = (">", "|", ">-", "|-", ">+", "|+")  # a value written on the indented lines under its key


def read_front_matter(text: str) -> tuple[str, dict[str, object]]:
    """The dump without its front matter (its title, when it has one, as the first line) and
    the hints the front matter gives: ``date`` (a date or datetime) and ``authors`` (names).

    Signal: the form of the lines that open the dump. A YAML block (between "---" lines,
    within FRONT_MAX_LINES) whose keys include a title, a date or an author; or a run of
    at least HEADER_MIN_FIELDS "Key: value" lines at the very top whose keys name metadata
    (KNOWN_KEYS), a title or an address among them, up to the first other line, or up to
    "Markdown Content:" whatever fields come before it (a reader service adds fields of its
    own: "Image 1: …"). A page's own first line never reads so: a dateline or a byline
    alone is one field, and a page's text names no address field. Cheap test first: a
    dump whose first line has no colon and is no fence has no front matter.
    """
    start = 0
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    newline = text.find("\n", start)
    first = text[start : newline if newline >= 0 else len(text)].rstrip()
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


def _field(line: str) -> tuple[str, str] | None:
    """A "key: value" line's key (lowercased) and value, both stripped."""
    found = FIELD.match(line)
    return (found.group(1).strip().lower(), found.group(2).strip()) if found else None


def _yaml(text: str) -> tuple[dict[str, str | list[str]] | None, str]:
    """The fields of a YAML block that opens the text (keys lowercased), and the text after
    it. A list's items ("- Jane Doe") and a folded value's lines (">-" over indented lines)
    go to the key above them."""
    lines = text.split("\n", FRONT_MAX_LINES + 1)
    fields: dict[str, str | list[str]] = {}
    key = None
    folded = False  # the key's value is on the indented lines under it
    for i, line in enumerate(lines[1 : FRONT_MAX_LINES + 1], start=1):
        if line.rstrip() in YAML_ENDS:
            if not fields.keys() & (TITLE_KEYS | DATE_KEYS | AUTHOR_KEYS):
                return None, text
            return fields, "\n".join(lines[i + 1 :])
        if key is not None and line[:1].isspace() and line.strip():
            value = fields.get(key)
            if folded:
                fields[key] = f"{value} {line.strip()}".strip()
            elif (item := YAML_ITEM.match(line.lstrip())) is not None:
                fields[key] = [*(value if isinstance(value, list) else [value] if value else []), item.group(1).strip()]
            continue
        field = _field(line)
        if field:
            key, value = field
            folded = value in YAML_FOLDED
            fields[key] = "" if folded else value
        elif line.strip():
            return None, text  # not YAML: a page that opens with a rule
    return None, text


def _header(text: str) -> tuple[dict[str, str | list[str]] | None, str]:
    """The fields of a run of "Key: value" lines that opens the text, and the text after it."""
    lines = text.split("\n", FRONT_MAX_LINES + 1)
    fields: dict[str, str | list[str]] = {}  # the known fields of the run
    known = 0  # where the run's first unknown field stands (or where the run ends)
    unknown = False
    for i, line in enumerate(lines[:FRONT_MAX_LINES]):
        if not line.strip():
            continue
        if CONTENT_MARK.match(line):
            known, unknown = i + 1, False  # "Markdown Content:" ends the header, whatever stands in it
            break
        field = _field(line)
        if field is None:
            break
        unknown = unknown or field[0] not in KNOWN_KEYS
        if not unknown:
            fields[field[0]] = field[1]
            known = i + 1
    if len(fields) < HEADER_MIN_FIELDS or not fields.keys() & ADDRESS_OR_TITLE_KEYS:
        return None, text
    return fields, "\n".join(lines[known:]).lstrip("\n")


def _one_value(value: str | list[str]) -> str:
    """A field's text without the quotes YAML may put around it."""
    text = value[0] if isinstance(value, list) and value else value if isinstance(value, str) else ""
    text = text.strip()
    if len(text) > 1 and text[0] in QUOTES and text[-1] == text[0]:
        text = text[1:-1].strip()
    return text


def _names(value: str | list[str]) -> list[str]:
    """The names in an author field: a YAML list, "[Jane Doe, Omar Haddad]" or "Jane Doe and
    Omar Haddad", read as an HTML page's declared authors are (hints.declared_names)."""
    items = value if isinstance(value, list) else [value]
    return [name for item in items for name in declared_names(_one_value(item).strip("[]"))]


def _date(value: str | list[str]) -> dt.date | dt.datetime | None:
    """A date field's value, read as an HTML page's declared date is (ISO or written out), or None."""
    text = _one_value(value)
    return parse_date_text(text) if text else None
