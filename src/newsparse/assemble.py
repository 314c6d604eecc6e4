"""Labelled blocks (plus hints) to an Article: the field parsers run here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsparse.article import Article, Author, Caption, Paragraph, ParagraphKind
from newsparse.blocks import Block, Label
from newsparse.fields.bylines import (
    BY_PREFIX,
    author_link_name,
    continued_names,
    copyright_holder,
    credits_other_job,
    is_role,
    leading_name,
    looks_like_name,
    meta_line_name,
    parse_byline,
    segment_byline,
    word_after_by,
)
from newsparse.fields.dates import LABEL, FoundDate, day_of, find_dates, strip_label
from newsparse.label import signals
from newsparse.label.bylines import name_after_lead_word, word_before_date
from newsparse.label.context import Doc, normalize
from newsparse.label.dates import DATE_WORDS
from newsparse.label.header import CONTAINED_MIN_CHARS, HEADLINE_MAX_WORDS, NUMBERED_ITEM, TITLE_SEPARATOR, token_f1
from newsparse.label.tail import BIO_AFTER_SHARE

# Word-overlap F1 from which a printed <h1> is a rewording of the declared headline.
REWORDED_MIN = 0.5
# A slash date both of whose first numbers may be a month: "03/05/2022".
AMBIGUOUS_SLASH_DATE = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/((?:19|20)\d\d)(?!\d)")
# Byline blocks at most this far apart belong to one byline ("By A" / role / "and B").
GROUP_GAP = 2
NON_LETTERS = re.compile(r"[\W\d_]+")
# Byline rules that read an explicit byline rather than a lone name in an author context.
EXPLICIT_BYLINES = frozenset({"bylines", "name_with_date", "label_then_name", "label_then_credit", "byline_continued",
                              "segment_byline", "word_after_by", "word_beside_date"})
# A lone name with this many datelines or other bylines within this many blocks of it stands in
# a list of stories.
DATED_LIST_DATELINES = 3
DATED_LIST_REACH = 8
# Bylines that name an author only when no other byline does.
FALLBACK_BYLINES = frozenset({"author_link", "copyright_holder"})
BIO_MAX_WORDS = 60
# A contact label opening a block or standing alone: "Kontakt:", "Press contact", "Pressekontakt".
CONTACT_LABEL = re.compile(r"(?:press|media|medien|presse)?[ -]?(?:kontakt|contact)\b\s*:?\s*", re.I)
# A contact person: an optional academic title, then given name (and initial) and surname.
CONTACT_NAME = re.compile(r"(?<!\S)((?:(?:Dr|Prof)\. )*[A-ZÀ-ÖØ-Þ][^\W\d_]+(?: [A-ZÀ-ÖØ-Þ]\.)? [A-ZÀ-ÖØ-Þ][^\W\d_'’-]*"
                          r"(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]*)?)(?= |$)")
# What a contact block gives after the name: a phone number or an e-mail address.
CONTACT_DETAIL = re.compile(r"\b(?:tel|telefon|phone|fon|fax)\b|\+\d|@\w", re.I)
CONTACT_MAX_WORDS = 40
# Lines under a contact's name that may hold the phone number or e-mail (position, company first).
CONTACT_DETAIL_LINES = 2
# Words of a letter's closing formula ("Herzliche Grüße", "Best Wishes"), which a signature rule
# would otherwise read as a two-word name.
SIGN_OFF_WORDS = frozenset(
    "grüße grüsse gruß gruss regards wishes cheers thanks danke merci saludos salutations".split())
# A dateline this many blocks or more above the body is the page's (today's date in the site
# header, an infobox), not the article's: it does not outvote the page's metadata.
DATELINE_REACH = 40
# "Label:" right before a date.
FIELD_LABEL = re.compile(r"(?:^|[|\u2022\u00b7])\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s*$")
DATE_LABEL_WORDS = re.compile(r"\b(?:datum|fecha|data|dated|day|tag|jour|giorno|dia)\b", re.I)
# A header line this long is prose, not a line of metadata.
HEADER_DATE_MAX_WORDS = 15
# A dump's first line this short may be the page's <title> (see _dump_title_line).
TITLE_LINE_MAX_WORDS = 20
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
PARAGRAPH_KINDS: dict[Label, ParagraphKind] = {
    Label.BODY: "paragraph",
    Label.SUBHEADING: "subheading",
    Label.LIST_ITEM: "list_item",
}


def assemble(doc: Doc, *, url: str | None = None) -> Article:
    """Build the Article from the labelled document."""
    blocks = doc.blocks
    date = _date(doc)
    headline = _headline(doc)
    return Article(
        headline=headline,
        dek=_first(doc, Label.DEK),
        byline=next((b.text for b in blocks if b.label is Label.BYLINE and b.rule != "byline_role"), None),
        authors=tuple(_authors(doc)),
        date=date.value if date else None,
        date_text=strip_label(date.text) if date else None,
        reading_time=next((int(b.extras["minutes"]) for b in blocks if b.label is Label.READING_TIME), None),
        captions=tuple(_captions(doc)),
        paragraphs=tuple(
            Paragraph(b.text, "quote" if "blockquote" in b.path.split("/") and b.label is Label.BODY
                      else PARAGRAPH_KINDS[b.label])
            for b in blocks if b.label in PARAGRAPH_KINDS
        ),
        author_bio=_first(doc, Label.BIO),
        url=url,
        blocks=tuple(blocks),
    )


def _headline(doc: Doc) -> str | None:
    """The visible headline the page's declaration points at; else the declared one (a
    headline that is not shown is still the headline); else the best visible line; else
    the page's <title>. A printed main heading that rewords the declaration wins over it
    (see `_printed_headline`)."""
    visible = next((b for b in doc.blocks if b.label is Label.HEADLINE), None)
    hinted = doc.hints.get("headline")
    if not isinstance(hinted, str) or not hinted:
        if visible is not None:
            if visible.rule == "headline_ending_trail":
                return NUMBERED_ITEM.sub("", visible.text)  # the trail's number is not the title's
            return visible.text
        title = next((b for b in doc.blocks[:1] if b.tag == "title" or _dump_title_line(b)), None)
        return title.text if title is not None else None
    printed = _printed_headline(doc, hinted)
    if printed is not None:
        return printed
    if visible is not None and visible.rule == "headline_hint" and visible.tag != "title":
        key = normalize(hinted)
        if len(key) > CONTAINED_MIN_CHARS and key in normalize(visible.text) and key != normalize(visible.text):
            return hinted  # the heading holds a kicker, a date or categories beside the headline
        return visible.text
    return hinted


def _printed_headline(doc: Doc, hinted: str) -> str | None:
    """The page's main heading (<h1>) when the declarations confirm it or reword it.

    Signal: pages rewrite their headline for search engines and social cards, so the
    JSON-LD headline, og:title and twitter:title often differ from each other and from the
    printed heading. A printed <h1> that any declaration repeats is the headline as
    published (whatever label the heading got: a heading inside a header or a banner is
    still the article's); failing that, an <h1> that shares most of its words with the
    declared headline is the printed wording of the same headline. The <title> is not
    printed: it carries the site's name.
    """
    declared = doc.hints.get("headlines")
    keys = {normalize(t) for t in ([hinted] + (declared if isinstance(declared, list) else [])) if isinstance(t, str)}
    keys.discard("")
    headings = [b for b in doc.blocks if "h1" in b.path.split("/") and 1 <= b.n_words <= HEADLINE_MAX_WORDS]
    confirmed = next((b for b in headings if normalize(b.text) in keys), None)
    if confirmed is None:
        confirmed = next((b for b in doc.blocks if b.label is Label.HEADLINE and b.tag != "title"
                          and normalize(b.text) in keys), None)
    if confirmed is not None:
        return confirmed.text
    key = normalize(hinted)
    title = next((b.text for b in doc.blocks[:1] if b.tag == "title"), "")
    site = {normalize(parts[-1]) for parts in (TITLE_SEPARATOR.split(t) for t in (hinted, title)) if len(parts) > 1}
    scored = [(token_f1(b.text, hinted), b) for b in headings if b.label is not Label.CAPTION
              and key not in normalize(b.text)  # a kicker, a date or a dek beside the headline
              and normalize(b.text) not in site]  # the site's name, as the title's last part
    best = max(scored, key=lambda t: t[0], default=None)
    if best is not None and REWORDED_MIN <= best[0] < 1.0:
        return best[1].text
    return None


def _dump_title_line(block: Block) -> bool:
    """Whether a dump's first block reads as the page's <title> line.

    Signal: a scraper's dump (``get_text``) begins with the page title, flush left and
    short; a layout renderer indents its first line (navigation) and a reader's copy starts
    with text. When no line was labelled headline, that title is the best guess left, as
    it is for HTML.
    """
    return (block.index == 0 and block.tag is None and block.indent == 0 and not block.bullet
            and 1 <= block.n_words <= TITLE_LINE_MAX_WORDS and not block.ends_sentence
            and block.label in (Label.UNKNOWN, Label.NAV, Label.BOILERPLATE))


def _first(doc: Doc, label: Label) -> str | None:
    return next((b.text for b in doc.blocks if b.label is label), None)


def _authors(doc: Doc) -> list[Author]:
    """Authors from the byline blocks; a role line gives its role to the name above it.

    The header's bylines (above the body's core) name the authors when there are any, the
    explicit ones ("By …", "Name, Role") before lone names; an author box after the body
    then only adds roles. The page's declared authors (HTML hints)
    win when they are personal names or agencies. When neither names a person, the
    organisation the page declares as author (JSON-LD, meta) is the byline. A name printed
    after an author label ("Autor:" / name, hints) comes after the printed bylines: the
    label rule reads any markup, so a teaser's "von" may be the first it finds.
    """
    nearest = _nearest_bylines(doc)
    if nearest and _in_dated_list(doc, nearest):
        nearest = set()
    header = _byline_authors(doc, lambda b: b.index in nearest and b.rule in EXPLICIT_BYLINES) or \
        _byline_authors(doc, lambda b: b.index in nearest)
    first = _first_tail_group(doc)
    rest = _byline_authors(doc, lambda b: b.index in first)
    if any(a.name.count(" ") >= 2 for a in header + rest):
        header, rest = _without_categories(doc, header), _without_categories(doc, rest)
    roles = {a.name.casefold(): a.role for a in header + rest if a.role}
    hinted = doc.hints.get("authors")
    declared = [str(n) for n in hinted] if isinstance(hinted, list) else []  # vetted by the hints
    fallback = doc.hints.get("authors_fallback")
    organisations = [Author(str(n)) for n in fallback] if isinstance(fallback, list) else []
    found = doc.hints.get("authors_labelled")
    labelled = [Author(str(n)) for n in found] if isinstance(found, list) else []
    printed = header + rest
    declared = [_as_printed(n, printed) for n in declared]
    if declared and header and _printed_by_explicitly(doc, nearest) and _unrelated(declared, header):
        declared = []  # "By Jane Doe" under the headline outvotes a declared name it does not print
    declared += _printed_coauthors(declared, header) if doc.hints.get("authors") else []
    chosen = [Author(n) for n in dict.fromkeys(declared)] or header or rest or labelled or organisations or \
        _last_resort_authors(doc)
    return [Author(a.name, a.role or roles.get(a.name.casefold())) for a in chosen]


def _in_dated_list(doc: Doc, group: set[int]) -> bool:
    """Whether the header's byline group is a lone name found by its context alone (beside a
    date or a role; not under the headline, no "By", no label) inside a list of dated
    stories: a teaser list prints title, author and date for every story, so datelines and
    the other teasers' names stand all around it (DATED_LIST_DATELINES or more within
    DATED_LIST_REACH blocks), where an article's own meta block has a date or two. Its name
    is a teaser's, not the article's."""
    if any(doc.blocks[i].rule != "byline_name" for i in group):
        return False  # a "By" line, or a name the headline's place vouches for
    lo, hi = min(group) - DATED_LIST_REACH, max(group) + DATED_LIST_REACH + 1
    return sum(1 for b in doc.blocks[max(lo, 0): hi] if b.label is Label.DATELINE
               or (b.label is Label.BYLINE and b.rule != "byline_role" and b.index not in group)) \
        >= DATED_LIST_DATELINES


def _without_categories(doc: Doc, authors: list[Author]) -> list[Author]:
    """"30. Mai 2021 Jane Doe Reisen" read as the name "Jane Doe Reisen": a meta line run
    together by a text renderer puts the post's category right after the author's name.

    Signal: the last word of a name of three words or more stands alone elsewhere on the
    page as a menu or link entry ("Reisen" in the navigation); a surname rarely does."""
    entries = {b.text.strip(" *-•").casefold() for b in doc.blocks
               if b.n_words == 1 and b.label in (Label.NAV, Label.BOILERPLATE, Label.RELATED)}
    out = []
    for author in authors:
        words = author.name.split()
        if len(words) >= 3 and words[-1].casefold() in entries:
            author = Author(" ".join(words[:-1]), author.role)
        out.append(author)
    return out


def _printed_by_explicitly(doc: Doc, nearest: set[int]) -> bool:
    """Whether the header's byline group says "By …" in words (a by-word or author label
    with the name), rather than naming someone by context alone."""
    return any(doc.blocks[i].rule in EXPLICIT_BYLINES and BY_PREFIX.match(doc.blocks[i].text) for i in nearest)


def _printed_coauthors(declared: list[str], printed: list[Author]) -> list[str]:
    """The other full names of a header byline that prints every declared name ("By Jane
    Doe and Omar Haddad" where the page declares only Jane Doe): metadata often keeps the
    first author only, the byline names them all. A name mixing an initialism into
    capitalised words ("MA Sitename") is a degree or a site read as a name."""
    names = {a.name.casefold() for a in printed}
    if not declared or not all(n.casefold() in names for n in declared):
        return []
    known = {n.casefold() for n in declared}
    return [a.name for a in printed if a.name.casefold() not in known and len(a.name.split()) >= 2
            and looks_like_name(a.name, allow_caps=a.name.isupper()) and not is_role(a.name)
            and (a.name.isupper() or not any(len(w) > 1 and w.isupper() for w in a.name.split()))]


def _unrelated(declared: list[str], printed: list[Author]) -> bool:
    """Whether the header's printed names are other people than the declared ones: full
    names (given and family name) sharing no word with any declared name. A shared word
    ("Jane Doe" / "Jane Doe Staff") is the same person printed with extra words, and a
    single printed word or a job title may be a misread label; the declared name stays then."""
    words = {w for n in declared for w in n.casefold().split()}
    return all(len(a.name.split()) >= 2 and not is_role(a.name) and not words & set(a.name.casefold().split())
               for a in printed)


def _last_resort_authors(doc: Doc) -> list[Author]:
    """When nothing else names an author: a link to the author's page, an author bio, the
    owner a copyright notice names, a press contact, a lone name signing the text."""
    return _byline_authors(doc, lambda b: b.rule == "author_link") or _bio_author(doc) or \
        _byline_authors(doc, lambda b: b.rule == "copyright_holder")[:1] or _contact_person(doc) or _signature(doc)


def _as_printed(name: str, printed: list[Author]) -> str:
    """A declared user name ("janedoe", "jane.doe") that spells a name the byline prints
    ("By Jane Doe") gives way to the printed form: the account is the person's, the page
    shows how the person is called."""
    if " " not in name and name[:1].isupper() and name[1:].islower():
        return _printed_full_name(name, printed)
    if name != name.lower() or " " in name:
        return name
    key = NON_LETTERS.sub("", name)
    return next((a.name for a in printed if " " in a.name and NON_LETTERS.sub("", a.name.casefold()) == key), name)


def _printed_full_name(name: str, printed: list[Author]) -> str:
    """A declared lone given name ("Jane", a profile's first-name field) that the header
    byline prints as the first word of exactly one full name ("By" / "Jane Doe") is that
    person: metadata filled from a first-name field cuts the surname the page shows."""
    found = {a.name for a in printed
             if len(a.name.split()) in (2, 3) and a.name.split()[0] == name and looks_like_name(a.name)}
    return found.pop() if len(found) == 1 else name


def _first_tail_group(doc: Doc) -> set[int]:
    """The bylines after the body's start that stand together first: the author box right
    after the article. Bylines further down ("By A," / "52m ago" under each teaser) belong
    to the teasers of other stories."""
    found = [b.index for b in doc.blocks[doc.core_start:] if b.label is Label.BYLINE
             and b.rule != "byline_role" and b.rule not in FALLBACK_BYLINES]
    group: set[int] = set()
    for i in found:
        if group and i - max(group) > GROUP_GAP:
            break
        group.add(i)
    return group


def _bio_author(doc: Doc) -> list[Author]:
    """The person an author bio describes ("Jane Doe is a senior writer covering …") in the
    last part of the page, when the region left it inside the body (more text follows it).

    Signal: the bio's shape (a name, a verb of description, journalism vocabulary) in a
    short paragraph after most of the page; a last resort when no byline names anyone."""
    start = doc.start + int((doc.end - doc.start) * BIO_AFTER_SHARE)
    for block in doc.blocks[start:]:
        if block.label in (Label.BODY, Label.BIO, Label.UNKNOWN) and block.n_words <= BIO_MAX_WORDS \
                and signals.BIO_START.match(block.text) and signals.BIO_WORDS.search(block.text) \
                and (name := leading_name(block.text)) is not None:
            return [Author(name)]
    return []


def _contact_person(doc: Doc) -> list[Author]:
    """The person a press release's contact block names ("Kontakt:" / "Jane Doe" / "Tel. …"),
    when nothing else names anyone: a release is signed by its press contact.

    Signal: a contact label opening the block (or standing alone just above it), a name right
    after it, and a phone number or e-mail address after the name (in the block, or in the
    lines under a name that stands alone: see _details_below); a last resort only."""
    previous = ""
    for block in doc.blocks[doc.start:]:
        text = block.text.strip()
        if block.n_words <= CONTACT_MAX_WORDS and text[:1].isalpha():
            label = CONTACT_LABEL.match(text)
            rest = text[label.end():] if label and (label.end() == len(text) or text[label.end() - 1] in ": ") else None
            if rest is None and CONTACT_LABEL.fullmatch(previous):
                rest = text
            m = CONTACT_NAME.match(rest) if rest else None
            name = re.sub(r"^(?:(?:Dr|Prof)\. )+", "", m.group(1)) if m else ""
            detailed = m is not None and rest is not None and (CONTACT_DETAIL.search(rest, m.end()) is not None
                                          or (m.end() == len(rest) and _details_below(doc, block)))
            if m and rest and detailed and looks_like_name(name) and \
                    not any(len(w) > 1 and w.isupper() for w in name.split()):  # "Acme SE", "ACME Lab"
                return [Author(m.group(1))]
        previous = text
    return []


def _details_below(doc: Doc, block: Block) -> bool:
    """Whether a phone number or an e-mail address follows a contact's name within the next
    CONTACT_DETAIL_LINES blocks: "Kontakt:" / "Jane Doe" / "Press Officer" / "Tel. …", a
    contact block whose markup sets name, position and details on lines of their own."""
    below = doc.blocks[block.index + 1 : block.index + 1 + CONTACT_DETAIL_LINES]
    return any(b.n_words <= CONTACT_MAX_WORDS and CONTACT_DETAIL.search(b.text) for b in below)


def _signature(doc: Doc) -> list[Author]:
    """The writer who signs the article with a lone name line after its text ("… last
    sentence." / "Jane Doe"), as essays, columns and reviews do, when nothing else names
    anyone.

    Signal: a paragraph (<p>, no link) that is only a personal name (two or three
    capitalised words), right after a paragraph of the body's second half, before the
    page's tail; a last resort only. A company or product in capitals is no person."""
    lo = doc.start + (doc.end - doc.start) // 2
    for block in doc.blocks[max(lo, 1): doc.end + 1]:
        text = block.text.strip()
        if block.tag == "p" and not block.link_density and 2 <= block.n_words <= 3 \
                and block.label in (Label.BODY, Label.BOILERPLATE, Label.UNKNOWN) \
                and doc.blocks[block.index - 1].label is Label.BODY and doc.blocks[block.index - 1].n_words >= 8 \
                and looks_like_name(text) and not is_role(text) \
                and not any(len(w) > 1 and w.isupper() for w in text.split()) \
                and not SIGN_OFF_WORDS.intersection(text.casefold().split()):
            return [Author(text)]
    return []


def _nearest_bylines(doc: Doc) -> set[int]:
    """The header's byline blocks; when they stand in separate places, only the group nearest
    below the headline. Bylines on adjacent lines ("By Jane Doe" / "and Omar Haddad") are one
    group; a byline elsewhere in the header belongs to a teaser, a sidebar or a list of
    contributors (a teaser list repeats "By …" under every teaser title). A group with an
    explicit byline ("By …", "Autor:" / name, "Name, date") wins over lone names found by
    their context alone."""
    found = [b.index for b in doc.blocks[: doc.core_start] if b.label is Label.BYLINE and b.rule != "byline_role"]
    groups: list[list[int]] = []
    for i in found:
        if groups and i - groups[-1][-1] <= GROUP_GAP:
            groups[-1].append(i)
        else:
            groups.append([i])
    if len(groups) < 2:
        return set(found)
    headline = next((b.index for b in doc.blocks if b.label is Label.HEADLINE), 0)
    explicit = [g for g in groups if any(doc.blocks[i].rule in EXPLICIT_BYLINES for i in g)]
    def distance(group: list[int]) -> tuple[bool, int]:
        return group[0] < headline, abs(group[0] - headline)

    candidates: list[list[int]] = explicit or groups
    nearest = min(candidates, key=distance)
    return set(nearest)


def _byline_authors(doc: Doc, where: Callable[[Block], bool]) -> list[Author]:
    """Authors of the byline blocks that ``where`` selects, with the role lines under them.

    A credit for another job ("Edited by A", "Photos by A") names no author when a writer is
    named beside it."""
    selected = [b for b in doc.blocks if b.label is Label.BYLINE and b.rule != "byline_role" and where(b)]
    writers = any(not credits_other_job(b.text) for b in selected)
    authors: list[Author] = []
    last = -1  # the author the previous selected byline block named last
    for block in doc.blocks:
        if block.label is not Label.BYLINE:
            continue
        if block.rule == "byline_role":
            if last >= 0 and authors[last].role is None:
                authors[last] = Author(authors[last].name, block.text.strip())
            continue
        if not where(block) or (writers and credits_other_job(block.text)):
            last = -1
            continue
        for author in _block_authors(block):
            match = next((i for i, a in enumerate(authors) if a.name.casefold() == author.name.casefold()), None)
            if match is None:
                authors.append(author)
                last = len(authors) - 1
            else:
                last = match
                if author.role and not authors[match].role:
                    authors[match] = author
    return authors


def _block_authors(block: Block) -> list[Author]:
    """The names one byline block gives: a continuation line its co-authors, a user name
    under a byline label that name, any other block what its byline parses to."""
    if block.rule == "byline_continued":
        return continued_names(block.text) or parse_byline(block.text.strip(" ,"))  # "Von A," / "B"
    if block.rule == "meta_line_name" and (name := meta_line_name(block.text)):
        return [Author(name)]
    if block.rule == "segment_byline":
        return segment_byline(block.text)
    if block.rule == "word_after_by" and (word := word_after_by(block.text, dated=False)):
        return [Author(word)]
    if block.rule == "word_beside_date" and (word := word_before_date(block.text)):
        return [Author(word)]
    if block.rule == "author_link" and (link := author_link_name(block.text)):
        return [Author(link[0])]
    if block.rule == "copyright_holder" and (holder := copyright_holder(block.text)):
        return [Author(holder)]
    found = parse_byline(block.text)
    if not found and block.rule == "label_then_name":
        return [Author(block.text.strip().lstrip("@"))]
    if not found and block.rule == "names_under_headline" and (name := name_after_lead_word(block.text)):
        return [Author(name)]  # "durch Jane Doe" beside the dateline
    if not found and block.rule == "byline_name" and looks_like_name(block.text.strip(), allow_caps=True):
        return [Author(block.text.strip())]  # "JANE DOE" over its agency (label.bylines._over_agency)
    return found


def _date(doc: Doc) -> FoundDate | None:
    """The publication date: the page's declared date (HTML), else the printed dateline.

    Datelines and bylines under the headline come first (and a date closing the dek), then
    those above it (a site's header often prints today's date there), then a date printed in
    the lines between the headline and the text, then datelines after the body (often a list
    of events or posts); within each, a published date wins over an updated one. Captions,
    teasers and the body are never read for it, except a date that opens the first paragraph
    when the page prints no dateline; last come the date beside the article's own entry in a
    list of stories, a labelled date ("Published on …", "last edited …") in or right after
    the text, and the declared modification date.
    """
    headline = next((b.index for b in doc.blocks if b.label is Label.HEADLINE), -1)
    tiers: list[list[FoundDate]] = [[], [], []]
    near: list[tuple[Block, FoundDate]] = []  # under the headline, close above the body
    for block in doc.blocks:
        if block.label in (Label.DATELINE, Label.BYLINE):
            tier = 0 if headline < block.index < doc.core_start else 1 if block.index < headline else 2
            found = find_dates(block.text, doc.reference, dayfirst=doc.hints.get("dayfirst") is True)
            tiers[tier].extend(found)
            if tier == 0 and doc.core_start - block.index <= DATELINE_REACH:
                near += [(block, f) for f in found]
        elif block.label is Label.DEK and headline < block.index < doc.core_start and \
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
        published = [f for f in found if not f.updated]
        if found:
            return (published or found)[0]
    header = _date_under_printed_headline(doc, headline) or _date_in_header(doc, headline)
    if header is not None:
        return header  # printed between the headline and the text: nearer than any dateline after it
    if tiers[2]:
        published = [f for f in tiers[2] if not f.updated]
        return (published or tiers[2])[0]
    return _date_opening_body(doc) or _date_beside_headline(doc, headline) \
        or _date_of_own_entry(doc, headline) or _date_labelled(doc, headline) or _date_modified(doc)


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
        if block.label in (Label.CAPTION, Label.NAV) or block.n_words > HEADER_DATE_MAX_WORDS:
            continue
        found = [f for f in find_dates(block.text, doc.reference) if not _other_label(block.text, f)]
        if found:
            return next((f for f in found if not f.updated), found[0])
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
    label the markup gave that line, the date beside the headline is the article's."""
    if headline < 0:
        return None
    for block in doc.blocks[max(0, headline - 1): headline + 1]:
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
    last = next((b.index for b in reversed(doc.blocks) if b.label is Label.BODY), -1)
    if headline < 0 or last < 0:
        return None
    labelled: list[FoundDate] = []
    for block in doc.blocks[headline + 1: last + 1 + LABELLED_DATE_TAIL]:
        if block.label is Label.NAV or not DIGIT.search(block.text):
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
    first = next((b for b in doc.blocks if b.label is Label.BODY), None)
    if first is None:
        return None
    found = find_dates(first.text[:BODY_DATE_REACH], doc.reference)
    return found[0] if found and first.text[: found[0].start] in ("", "(", "[") else None


def _captions(doc: Doc) -> list[Caption]:
    out: list[Caption] = []
    for block in doc.blocks:
        if block.label is not Label.CAPTION or "credit_of" in block.extras:
            continue
        credit = block.extras.get("credit") or None
        out.append(Caption(block.extras.get("caption", block.text), credit))
    return out
