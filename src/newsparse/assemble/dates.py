"""The article's publication date, chosen among the page's declared and printed dates."""

from __future__ import annotations

import datetime as dt
import re

from newsparse.blocks import Block
from newsparse.fields.dates import LABEL, FoundDate, day_of, find_dates
from newsparse.label.context import BODY, BYLINE, CAPTION, DATELINE, DEK, HEADLINE, NAV, Doc, normalize
from newsparse.label.dates import DATE_WORDS
from newsparse.label.header import HEADLINE_MAX_WORDS
from newsparse.segment.text import TITLE_SEPARATOR

# A slash date both of whose first numbers may be a month: "03/05/2022".
AMBIGUOUS_SLASH_DATE = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/((?:19|20)\d\d)(?!\d)")
# A dateline this many blocks or more above the body is the page's (today's date in the site
# header, an infobox), not the article's: it does not outvote the page's metadata.
DATELINE_REACH = 40
# "Label:" right before a date.
FIELD_LABEL = re.compile(r"(?:^|[|\u2022\u00b7])\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s*$")
DATE_LABEL_WORDS = re.compile(r"\b(?:datum|fecha|data|dated|day|tag|jour|giorno|dia)\b", re.I)
# A header line this long is prose, not a line of metadata.
HEADER_DATE_MAX_WORDS = 15
# How far into the first paragraph a date may end and still open it.
BODY_DATE_REACH = 40
PRINTED_TITLE_SHARE = 0.6  # of an <h1>'s words found in the <title>, to print the same headline
UNDER_HEADLINE_LINES = 2
# A date opening the body that is this many days or fewer before the declared date is the
# publication day (the declared one a later revision's); further apart, it is another day.
OPENING_DATE_MAX_DAYS = 14
# A labelled date ("Published on …", "last edited …") counts this many blocks past the body.
LABELLED_DATE_TAIL = 2
# How far before a date its label may start ("Veröffentlicht am " is 18 characters).
LABEL_REACH = 30
DIGIT = re.compile(r"\d")
# The end of a sentence, and perhaps a space, right before a date.
SENTENCE_END_BEFORE = re.compile(r"[.!?\u2026\"\u201d]\s*$")
# The article's own entry in a list of stories: its title at least this long, and a date
# line beside it of at most this many words ("18. March 2020", "Tue 03.05.2022 10:15").
OWN_ENTRY_MIN_CHARS = 12
OWN_ENTRY_DATE_WORDS = 5
# The labels of the lines choose_date reads dates from (a set built once: reading an enum
# member is a slow class lookup on Python 3.10 and 3.11, and the test runs for every block).
DATED_LABELS = frozenset({DATELINE, BYLINE})


def choose_date(doc: Doc) -> FoundDate | None:
    """The publication date: the page's declared date (HTML), else the printed dateline.

    Datelines and bylines under the headline come first (and a date closing the dek), then
    those above it (a site's header often prints today's date there), then a date printed in
    the lines between the headline and the text, then datelines after the body (often a list
    of events or posts); within each, a published date wins over an updated one. Captions,
    teasers and the body are never read for it, except a date that opens the first paragraph
    when the page prints no dateline; last come the date beside the article's own entry in a
    list of stories, a labelled date ("Published on …", "last edited …") in or right after
    the text, and the declared modification date. A dateline's date under a label of its own
    ("In shops: …" in a book's fact box under the headline: see _other_label) is another
    thing's day: it counts only after every other dateline and the header's lines.
    """
    heading = doc.first(HEADLINE)
    headline = heading.index if heading is not None else -1
    tiers: list[list[FoundDate]] = [[], [], []]
    near: list[tuple[Block, FoundDate]] = []  # under the headline, close above the body
    others: list[FoundDate] = []  # under a label of their own ("Termin: …"): see _other_label
    for block in doc.blocks:
        if block.label in DATED_LABELS:
            tier = 0 if headline < block.index < doc.core_start else 1 if block.index < headline else 2
            found = find_dates(block.text, doc.reference, dayfirst=doc.hints.get("dayfirst") is True)
            tiers[tier].extend(f for f in found if not _other_label(block.text, f))
            others.extend(f for f in found if _other_label(block.text, f))
            if tier == 0 and doc.core_start - block.index <= DATELINE_REACH:
                near += [(block, f) for f in found]
        elif headline < block.index < doc.core_start and block.label is DEK and \
                (closing := _closing_date(block, doc)) is not None:
            tiers[0].append(closing)
            near.append((block, closing))
    hinted = doc.hints.get("date")
    if isinstance(hinted, (dt.date, dt.datetime)):
        under = [_settle_order(f, hinted) for b, f in near if not f.updated and not _other_label(b.text, f)]
        if under and not _same_day(under[0].value, hinted):
            return under[0]  # the dateline printed under the headline outvotes the metadata
        opening = _date_opening_body(doc)
        if opening is not None and not opening.updated and \
                0 < (day_of(hinted) - day_of(opening.value)).days <= OPENING_DATE_MAX_DAYS:
            return opening  # the body opens with its day; the later declared day is an update's
        shown = next((f for found in tiers for f in found if _same_day(f.value, hinted)), None)
        if shown is None and doc.hints.get("date_printed_only") and \
                (own := _date_of_own_entry(doc, headline)) is not None:
            return own  # the page's one date-classed element stood in a list above the article
        return FoundDate(hinted, shown.text if shown else hinted.isoformat(), 0, 0)
    for found in tiers[:2]:
        if found:
            return _published_first(found)
    header = _date_under_printed_headline(doc, headline) or _date_in_header(doc, headline)
    if header is not None:
        return header  # printed between the headline and the text: nearer than any dateline after it
    if tiers[2]:
        return _published_first(tiers[2])
    if others:
        return _published_first(others)  # the page's only dated lines name another thing's day
    return _date_opening_body(doc) or _date_beside_headline(doc, headline) \
        or _date_of_own_entry(doc, headline) or _date_labelled(doc, headline) or _date_modified(doc)


def _published_first(found: list[FoundDate]) -> FoundDate:
    """The first published date among dates found together, else the first of them."""
    return next((f for f in found if not f.updated), found[0])

def _closing_date(block: Block, doc: Doc) -> FoundDate | None:
    """A date that closes the standfirst after its last sentence ("… What saved it?Monday,
    6 January 2020"): the page's dateline, printed inline after the dek (a dated <span> in the
    same heading), as a dump prints it on a line of its own. A date inside the dek's
    sentence ("… until 6 January 2020.") is followed by its full stop and does not count."""
    if not DIGIT.search(block.text[-6:]):
        return None
    found = find_dates(block.text, doc.reference)
    last = found[-1] if found else None
    if last is None or last.end < len(block.text.rstrip()) or last.start == 0:
        return None
    return last if SENTENCE_END_BEFORE.search(block.text[: last.start]) else None

def _settle_order(found: FoundDate, declared: dt.date) -> FoundDate:
    """A printed "03/05/2022" read in the order the page's declared date implies.

    Signal: a slash date whose both numbers may be a month is read month-first by default
    (03/05 = March 5), but much of the world prints day-first. When the other reading is
    the declared day, or the day next to it (a UTC timestamp late or early in the day), the
    page prints day-first and the printed day is the local one.
    """
    m = AMBIGUOUS_SLASH_DATE.search(found.text)
    if m is None or m.group(1) == m.group(2):
        return found
    try:
        other = dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    except ValueError:
        return found
    if day_of(found.value) == other:
        other = dt.date(other.year, int(m.group(2)), int(m.group(1)))  # the text was read day-first
    if abs((other - day_of(declared)).days) > 1 or abs((day_of(found.value) - day_of(declared)).days) <= 1:
        return found
    value = found.value.replace(year=other.year, month=other.month, day=other.day)
    return FoundDate(value, found.text, found.start, found.end, found.updated)

def _date_in_header(doc: Doc, headline: int) -> FoundDate | None:
    """A date in a short line between the headline and the body that no rule called a
    dateline ("Ort Berlin Datum 28.01.2022", "Place | City, 11 November 2021"): on a page
    that prints no dateline and declares no date, the header's date is the article's."""
    if headline < 0:
        return None
    for block in doc.blocks[headline + 1: doc.core_start]:
        if block.label in (CAPTION, NAV) or block.n_words > HEADER_DATE_MAX_WORDS:
            continue
        found = [f for f in find_dates(block.text, doc.reference) if not _other_label(block.text, f)]
        if found:
            return _published_first(found)
    return None

def _date_under_printed_headline(doc: Doc, headline: int) -> FoundDate | None:
    """A date opening one of the lines right under the page's printed headline ("01. May
    2021 | Topic", "Press release of 25 May 2021 | City – …"), on a page that declares no
    date and prints no dateline. When the headline was taken from the document's <title>,
    the <h1> that repeats its words is where the page prints it.

    Signal: the <h1> headline (or an <h1> whose words are mostly the title's), and a date
    within the first words of the next lines, whatever label the markup gave them (a
    "caption" or "teaser" class is the site's styling of the dateline)."""
    if headline < 0 or doc.blocks[headline].tag not in ("title", "h1"):
        return None
    title = set(doc.blocks[headline].text.casefold().split())
    printed = doc.blocks[headline] if doc.blocks[headline].tag == "h1" else \
        next((b for b in doc.blocks[headline + 1: doc.core_start + 1] if b.tag == "h1"
              and len(set(b.text.casefold().split()) & title) >= PRINTED_TITLE_SHARE * len(b.text.split())), None)
    if printed is None:
        return None
    for block in doc.blocks[printed.index + 1: printed.index + 1 + UNDER_HEADLINE_LINES]:
        found = [f for f in find_dates(block.text[:BODY_DATE_REACH], doc.reference)
                 if not f.updated and not _other_label(block.text, f)]
        if found:
            return found[0]
    return None

def _date_beside_headline(doc: Doc, headline: int) -> FoundDate | None:
    """A date printed in the headline's own line or the short line right above it
    ("24. April 2020 | Press releases" as a linked kicker, "Headline 02.02.2022 • Category"
    in one heading): on a page that declares no date and prints no dateline, whatever
    label the markup gave that line, the date beside the headline is the article's. A
    navigation line between them (a section's or a theme's name) does not part them."""
    if headline < 0:
        return None
    above = doc.neighbour(doc.blocks[headline], -1, (NAV,))
    for block in ([above] if above is not None else []) + [doc.blocks[headline]]:
        if block.tag == "title" or block.n_words > HEADER_DATE_MAX_WORDS:
            continue
        found = [f for f in find_dates(block.text, doc.reference) if not f.updated and not _other_label(block.text, f)]
        if found:
            return found[0]
    return None

def _date_of_own_entry(doc: Doc, headline: int) -> FoundDate | None:
    """The date beside the article's own entry in a list of stories on the page ("Latest
    news": a date line, then the title, then its teaser), on a page that prints no dateline
    and declares no date, or whose only declared day is the first date-classed element (that
    stood in such a list) and is printed nowhere near the headline.

    Signal: a block other than the headline that says the headline's words exactly (the whole
    headline or its part before a separator, as the <title> adds the site's name), with a
    block right before or after it that is only a date; when both neighbours are dates of
    different days, which one is its own is not known."""
    if headline < 0:
        return None
    text = doc.blocks[headline].text
    keys = {normalize(text)} | {normalize(part) for part in TITLE_SEPARATOR.split(text)}
    keys = {k for k in keys if len(k) >= OWN_ENTRY_MIN_CHARS and " " in k}
    for block in doc.blocks:
        if block.index == headline or block.n_words > HEADLINE_MAX_WORDS or normalize(block.text) not in keys:
            continue
        days = [f for b in doc.blocks[max(0, block.index - 1): block.index + 2: 2]
                if b.n_words <= OWN_ENTRY_DATE_WORDS and (f := _only_date(b, doc)) is not None]
        if days and all(_same_day(f.value, days[0].value) for f in days):
            return days[0]
    return None

def _only_date(block: Block, doc: Doc) -> FoundDate | None:
    found = find_dates(block.text, doc.reference) if DIGIT.search(block.text) else []
    return found[0] if len(found) == 1 and not found[0].updated else None

def _date_labelled(doc: Doc, headline: int) -> FoundDate | None:
    """A date the page labels as its publication or its last change, in a line of the article
    or right after it ("Published on 3 May 2021 | Length: 40 min" in a fact box under the text,
    "(last edited 2021-05-03 by jdoe)" at the foot of a wiki page), on a page that declares
    no date and prints no dateline: the label says whose date it is, wherever it stands.

    Signal: a label word right before the date (published, posted, veröffentlicht …, or one
    that says update); a published date wins over an updated one, and so does a date without
    a label in a line whose other date is labelled an update. Navigation is not read; only
    the first blocks after the text are (a footer's "last edited", not a comment thread's)."""
    last = next((b.index for b in reversed(doc.blocks) if b.label is BODY), -1)
    if headline < 0 or last < 0:
        return None
    labelled: list[FoundDate] = []
    for block in doc.blocks[headline + 1: last + 1 + LABELLED_DATE_TAIL]:
        if block.label is NAV or not DIGIT.search(block.text):
            continue
        found = find_dates(block.text, doc.reference)
        if any(f.updated or LABEL.search(block.text[max(0, f.start - LABEL_REACH): f.start]) for f in found):
            published = [f for f in found if not f.updated]
            if published:
                return published[0]  # "3 May 2021, 09:50 / Updated 5 May 2021": the first is the publication
            labelled += found
    return labelled[0] if labelled else None

def _date_modified(doc: Doc) -> FoundDate | None:
    """The page's declared modification date, when nothing gives the publication date: the
    day the page was last changed is the nearest known day."""
    modified = doc.hints.get("date_modified")
    if isinstance(modified, (dt.date, dt.datetime)):
        return FoundDate(modified, modified.isoformat(), 0, 0, updated=True)
    return None

def _other_label(text: str, found: FoundDate) -> bool:
    """"Termin: 17.08.2023", "Release date: …": a date under a label of its own names the day
    of something else (an event, a product), not of the article. Only labels that say
    publication or update ("Published:", "Stand:", "Datum:") leave it the article's date."""
    m = FIELD_LABEL.search(text[: found.start])
    return m is not None and not DATE_WORDS.search(m.group(1)) and not DATE_LABEL_WORDS.search(m.group(1))

def _same_day(a: dt.date, b: dt.date) -> bool:
    return day_of(a) == day_of(b)

def _date_opening_body(doc: Doc) -> FoundDate | None:
    """"04.02.2016, 15:30 – Text of the first paragraph…", "(4 February 2016) Text…": a
    date that opens the body."""
    first = doc.first(BODY)
    if first is None:
        return None
    found = find_dates(first.text[:BODY_DATE_REACH], doc.reference)
    return found[0] if found and first.text[: found[0].start] in ("", "(", "[") else None
