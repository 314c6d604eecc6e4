"""The article's authors, chosen among its labelled bylines (and the page's declared ones)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from newsparse.article import Author
from newsparse.blocks import Block
from newsparse.fields.bylines import (
    BY_PREFIX,
    LETTERS,
    author_link_name,
    cjk_credit,
    cjk_names,
    continued_names,
    copyright_holder,
    credits_other_job,
    is_agency,
    is_role,
    last_editor,
    leading_name,
    looks_like_name,
    meta_line_name,
    name_at_time,
    parse_byline,
    phrase_after_by,
    posted_at_time,
    segment_byline,
    word_after_by,
)
from newsparse.label import signals
from newsparse.label.bylines import (
    agency_credit,
    name_after_lead_word,
    name_before_posts_link,
    word_after_date,
    word_before_category,
    word_before_date,
)
from newsparse.label.context import (
    BIO,
    BODY,
    BOILERPLATE,
    BYLINE,
    DATELINE,
    HEADLINE,
    NAV,
    RELATED,
    SUBHEADING,
    UNKNOWN,
    Doc,
)
from newsparse.label.tail import BIO_AFTER_SHARE
from newsparse.segment.hints import names_the_site

# Byline blocks at most this far apart belong to one byline ("By A" / role / "and B").
GROUP_GAP = 2
NON_LETTERS = re.compile(r"[\W\d_]+")
# Byline rules that read an explicit byline rather than a lone name in an author context.
EXPLICIT_BYLINES = frozenset({"bylines", "name_with_date", "label_then_name", "label_then_credit", "byline_continued",
                              "segment_byline", "word_after_by", "word_beside_date",
                              "word_after_date", "name_at_time", "word_before_category"})
# A lone name with this many datelines or other bylines within this many blocks of it stands in
# a list of stories.
DATED_LIST_DATELINES = 3
DATED_LIST_REACH = 8
# Bylines that name an author only when no other byline does.
FALLBACK_BYLINES = frozenset({"author_link", "copyright_holder"})
BIO_MAX_WORDS = 60
# A wiki footer's line with the last editor is short: the page's name, the date and the user.
LAST_EDITED_MAX_WORDS = 16
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
UNDER_TEXT_BYLINE_MAX_WORDS = 24  # "Reporting by A and B in Place; Additional reporting by C; Editing by D"
# A dump's signature line may have been read as a heading or as the footer's first line.
SIGNATURE_LABELS = frozenset({BODY, BOILERPLATE, UNKNOWN, SUBHEADING})
# A note under the text: "(1) …", "[2] …", "1) …", "* …".
NOTE_MARK = re.compile(r"(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|\*)\s")
# "Kettlewick (dpa) – …", "OSLO (Reuters) - …": a place, the agency, a dash.
AGENCY_DATELINE = re.compile(r"[^()\n]{2,40}?\(([^()\n]{2,25})\) ?[–—-]")
AGENCY_DATELINE_REACH = 45  # characters: the place and "(" at most
SIGNATURE_MAX_WORDS = 8  # a signature with the signer's position ("Jane Doe Chair of the Board")
# Words of a letter's closing formula ("Herzliche Grüße", "Best Wishes"), which a signature rule
# would otherwise read as a two-word name.
SIGN_OFF_WORDS = frozenset(
    "grüße grüsse gruß gruss regards wishes cheers thanks danke merci saludos salutations".split())


def choose_authors(doc: Doc) -> list[Author]:
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
    if header and all(doc.blocks[i].rule == "byline_name" for i in nearest) and \
            (footer := _byline_authors(doc, lambda b: b.rule == "posted_at_time")[:1]):
        header = footer  # the post's footer says who posted it (label.bylines._posted_at_time)
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
    declared += _printed_coauthors(declared, header) if hinted else []
    chosen = [Author(n) for n in dict.fromkeys(declared)] or header or rest or labelled or organisations or \
        _last_resort_authors(doc)
    return [Author(a.name, a.role or roles.get(a.name.casefold())) for a in chosen]


def names_writer(block: Block) -> bool:
    """A byline block that names a writer, not the role line kept under a name (byline_role)."""
    return block.label is BYLINE and block.rule != "byline_role"


def _in_dated_list(doc: Doc, group: set[int]) -> bool:
    """Whether the header's byline group is a lone name found by its context alone (beside a
    date or a role; not under the headline, no "By", no label) inside a list of dated
    stories: a teaser list prints title, author and date for every story, so datelines and
    the other teasers' names stand all around it (DATED_LIST_DATELINES or more within
    DATED_LIST_REACH blocks), where an article's own meta block has a date or two. Its name
    is a teaser's, not the article's."""
    if any(doc.blocks[i].rule != "byline_name" for i in group):
        return False  # a "By" line, or a name the headline's place vouches for
    return _dated_entries_near(doc, group, skip=group) >= DATED_LIST_DATELINES

def _without_categories(doc: Doc, authors: list[Author]) -> list[Author]:
    """"30. Mai 2021 Jane Doe Reisen" read as the name "Jane Doe Reisen": a meta line run
    together by a text renderer puts the post's category right after the author's name.

    Signal: the last word of a name of three words or more stands alone elsewhere on the
    page as a menu or link entry ("Reisen" in the navigation); a surname rarely does."""
    entries = {b.text.strip(" *-•").casefold() for b in doc.blocks
               if b.n_words == 1 and b.label in (NAV, BOILERPLATE, RELATED)}
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
            and (a.name.isupper() or not _has_initialism(a.name))]

def _unrelated(declared: list[str], printed: list[Author]) -> bool:
    """Whether the header's printed names are other people than the declared ones: full
    names (given and family name) sharing no word with any declared name. A shared word
    ("Jane Doe" / "Jane Doe Staff") is the same person printed with extra words, and a
    single printed word or a job title may be a misread label; the declared name stays then."""
    words = {w for n in declared for w in n.casefold().split()}
    return all(len(a.name.split()) >= 2 and not is_role(a.name) and not words & set(a.name.casefold().split())
               for a in printed)

def _last_resort_authors(doc: Doc) -> list[Author]:
    """When nothing else names an author: a link to the author's page, an author bio, a lone
    name signing the text, the agency the first paragraph's dateline credits, the owner a
    copyright notice names, a press contact, a wiki's last editor.

    The signature comes before the copyright notice: it stands right under the article's
    last paragraph and belongs to this article, where the notice is the site's footer,
    printed alike on every page, and often names the publisher or the site's owner."""
    return _byline_authors(doc, lambda b: b.rule == "author_link") or _bio_author(doc) or \
        _byline_under_text(doc) or _signature(doc) or _dump_signature(doc) or _agency_dateline(doc) or \
        _copyright_holder(doc) or _contact_person(doc) or _last_editor(doc)


def _last_editor(doc: Doc) -> list[Author]:
    """The user a wiki's footer names as the page's last editor ("(last edited 2021-05-02
    10:42 by JaneDoe)", see last_editor): a wiki prints no byline, and that user is the one
    person the page credits with its text. Signal: the phrase on a short line after the
    body's start; a last resort only."""
    for block in doc.blocks[doc.core_start:]:
        if block.n_words <= LAST_EDITED_MAX_WORDS and " by" in block.text and (name := last_editor(block.text)):
            return [Author(name)]
    return []

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
    found = [b.index for b in doc.blocks[doc.core_start:] if names_writer(b) and b.rule not in FALLBACK_BYLINES]
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
        if block.label in (BODY, BIO, UNKNOWN) and block.n_words <= BIO_MAX_WORDS \
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
                    not _has_initialism(name):  # "Acme SE", "ACME Lab"
                return [Author(m.group(1))]
        previous = text
    return []

def _details_below(doc: Doc, block: Block) -> bool:
    """Whether a phone number or an e-mail address follows a contact's name within the next
    CONTACT_DETAIL_LINES blocks: "Kontakt:" / "Jane Doe" / "Press Officer" / "Tel. …", a
    contact block whose markup sets name, position and details on lines of their own."""
    below = doc.blocks[block.index + 1 : block.index + 1 + CONTACT_DETAIL_LINES]
    return any(b.n_words <= CONTACT_MAX_WORDS and CONTACT_DETAIL.search(b.text) for b in below)

def _copyright_holder(doc: Doc) -> list[Author]:
    """The owner the page's copyright notice names ("© 2024 Jane Doe"), unless it is the
    site's declared name (hint "site_names": og:site_name, the publisher): a notice that
    names the publication names no writer (a personal site named after its owner keeps
    its owner: see hints.names_the_site)."""
    found = _byline_authors(doc, lambda b: b.rule == "copyright_holder")[:1]
    sites = doc.hints.get("site_names")
    if found and isinstance(sites, list) and names_the_site(found[0].name, sites):
        return []
    return found

def _byline_under_text(doc: Doc) -> list[Author]:
    """The writers a byline under the article's text names ("Written by Jane Doe",
    "Reporting by Jane Doe; Editing by Omar Haddad"), when nothing else names anyone.

    Signal: a short paragraph of the body's second half that opens with a by-word and goes
    on with names (parse_byline; "By the end of the year …" names no one). A page that
    prints its byline under the text sets it like the paragraphs above, so the region takes
    it in as one more paragraph (label.region.same_markup_tail), and the text keeps it; its
    names are still the authors. A last resort only."""
    lo = doc.start + (doc.end - doc.start) // 2
    for block in doc.blocks[max(lo, 1): doc.end + 1]:
        if block.label is not BODY or block.n_words > UNDER_TEXT_BYLINE_MAX_WORDS:
            continue
        m = BY_PREFIX.match(block.text)
        rest = block.text[m.end():].lstrip() if m and m.end() else ""
        if rest[:1].isupper() and (found := parse_byline(block.text)) and not phrase_after_by(rest, found):
            return found
    return []

def _signature(doc: Doc) -> list[Author]:
    """The writer who signs the article with a lone name line after its text ("… last
    sentence." / "Jane Doe"), as essays, columns and reviews do, when nothing else names
    anyone.

    Signal: a paragraph (<p>, no link) that is only a personal name (two or three
    capitalised words), or a name and the signer's position (_name_then_role), right
    after a paragraph of the body's second half, before the page's tail; a last resort
    only. A company or product in capitals is no person."""
    lo = doc.start + (doc.end - doc.start) // 2
    for block in doc.blocks[max(lo, 1): doc.end + 1]:
        text = block.text.strip()
        if block.tag != "p" or block.link_density or not 2 <= block.n_words <= SIGNATURE_MAX_WORDS \
                or block.label not in (BODY, BOILERPLATE, UNKNOWN) \
                or doc.blocks[block.index - 1].label is not BODY or doc.blocks[block.index - 1].n_words < 8 \
                or SIGN_OFF_WORDS.intersection(text.casefold().split()):
            continue
        if block.n_words <= 3 and looks_like_name(text) and not is_role(text) and not _has_initialism(text):
            return [Author(text)]
        if (signed := _name_then_role(text)) is not None:
            return [signed]
    return []

def _dump_signature(doc: Doc) -> list[Author]:
    """A dump's signature: the writer's name alone on the line after the article's last
    paragraph ("… last sentence." / "Jane Doe" / the page's footer or the notes), when
    nothing else names anyone.

    A dump has no <p> to tell the signature from a heading (see _signature), so the line's
    place says it: right after a paragraph of the body's second half that ends a sentence,
    and before no paragraph of text (a heading introduces the paragraphs under it; notes
    "(1) …" may follow a signature). The line is two or three capitalised words and nothing
    else (no sentence's stop: "Low. Tide." is a paragraph of its own, a phrase with a
    lower-case word "Notes from the field" a heading). A last resort only."""
    lo = doc.start + (doc.end - doc.start) // 2
    for block in doc.blocks[max(lo, 1): doc.end + 1]:
        if block.tag is not None or not 2 <= block.text.count(" ") + 1 <= 3 or block.n_capitalised != block.n_words \
                or block.link_density or block.label not in SIGNATURE_LABELS:
            continue
        text = block.text.strip()
        before = doc.blocks[block.index - 1]
        if before.label is not BODY or before.n_words < 8 or not before.ends_sentence \
                or any(c in text for c in ".!?:;,\"") or _has_initialism(text) or not looks_like_name(text) \
                or is_role(text) or SIGN_OFF_WORDS.intersection(text.casefold().split()):
            continue
        after = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
        if (after is None or (after.label is BODY and NOTE_MARK.match(after.text.lstrip()))
                or after.rule == "tail_boilerplate") and not _common_phrase(doc, block, text) \
                and not _named_in_body(doc, block, text):
            return [Author(text)]
    return []

def _named_in_body(doc: Doc, line: Block, name: str) -> bool:
    """Whether the body's paragraphs name the person of a name line, in full or by the
    surname ("…, harbour master Jane Doe said." / "Doe said."): a writer does not quote
    himself by name, so the line after the text that names someone the report quotes is a
    caption, a contact or a quote's credit, not the signature. Read only for a line that
    passed every other test."""
    words = LETTERS.findall(name)
    if not words:
        return False
    surname = words[-1]
    for block in doc.blocks[doc.start: doc.end + 1]:
        if block is not line and block.label is BODY and surname in block.text \
                and surname in LETTERS.findall(block.text):
            return True
    return False

def _agency_dateline(doc: Doc) -> list[Author]:
    """The news agency the first paragraph's dateline credits ("Kettlewick (dpa) – The
    harbour …", "OSLO (Reuters) -"), when nothing else names anyone: an agency's report
    carries no byline, the agency in the dateline is its author. Signal: a place, the
    agency in parentheses (alone or with a regional desk: "dpa/hfn") and a dash, opening
    the body's first paragraph; the agency must be a known one (is_agency)."""
    first = next((b for b in doc.blocks[doc.start: doc.end] if b.label is BODY), None)
    if first is None or "(" not in first.text[:AGENCY_DATELINE_REACH]:
        return []
    m = AGENCY_DATELINE.match(first.text)
    return [Author(m.group(1))] if m and is_agency(m.group(1).split("/")[0]) else []

def _common_phrase(doc: Doc, line: Block, text: str) -> bool:
    """Whether a capitalised line is a phrase of the page rather than a person's name: one
    of its words stands in lower case elsewhere on the page ("Quay Walks" over a text about
    the quay, "Order Today" beside an order button: names are no words of the page's
    sentences and buttons), or the
    same line stands elsewhere as a menu entry (a menu repeats its entries; a name under the
    text stands once). Read only for a line that passed every other test."""
    words = {w.lower() for w in LETTERS.findall(text)}
    menus = (NAV, RELATED)
    for block in doc.blocks:
        if block is not line and ((block.label in menus and block.text.strip() == text)
                                  or not words.isdisjoint(LETTERS.findall(block.text))):
            return True
    return False

def _name_then_role(text: str) -> Author | None:
    """"Jane DOE Chair of the Board": a signature whose name a line break parts from the
    signer's position (``Name<br>Role``, which the page's text runs into one line). Signal:
    the first two or three words are a person's name (the surname may be in capitals, as
    signatures often print it; the given name is not) and the rest is a job title."""
    words = text.split()
    if not words[0][1:].islower():
        return None  # "ACME Lab Director": an organisation's name, not a given name
    for size in (2, 3):
        name, role = " ".join(words[:size]), " ".join(words[size:])
        if role and looks_like_name(name, allow_caps=True) and not is_role(name) and is_role(role):
            return Author(name, role)
    return None

def _nearest_bylines(doc: Doc) -> set[int]:
    """The header's byline blocks; when they stand in separate places, only the group nearest
    below the headline. Bylines on adjacent lines ("By Jane Doe" / "and Omar Haddad") are one
    group; a byline elsewhere in the header belongs to a teaser, a sidebar or a list of
    contributors (a teaser list repeats "By …" under every teaser title). A group with an
    explicit byline ("By …", "Autor:" / name, "Name, date") wins over lone names found by
    their context alone, unless it stands in a list of dated teasers (_teaser_groups): then
    the groups outside the list come first. A group that only credits another job ("Photo
    by A" under the lead picture) names no writer: the other groups come first. A byline
    that counts only when nothing else names anyone (FALLBACK_BYLINES: an author box's
    link in the header) is no part of the header's bylines."""
    found = [b.index for b in doc.blocks[: doc.core_start] if names_writer(b) and b.rule not in FALLBACK_BYLINES]
    groups: list[list[int]] = []
    for i in found:
        if groups and i - groups[-1][-1] <= GROUP_GAP:
            groups[-1].append(i)
        else:
            groups.append([i])
    if len(groups) < 2:
        return set(found)
    writing = [g for g in groups if not all(credits_other_job(doc.blocks[i].text) for i in g)]
    groups = writing or groups  # "Photo by A" under a picture: the writer's byline stands elsewhere
    if len(groups) < 2:
        return set(groups[0])
    headline = next((b.index for b in doc.blocks if b.label is HEADLINE), 0)
    explicit = [g for g in groups if any(doc.blocks[i].rule in EXPLICIT_BYLINES for i in g)]
    def distance(group: list[int]) -> tuple[bool, int]:
        return group[0] < headline, abs(group[0] - headline)

    listed = _teaser_groups(doc, groups)
    candidates: list[list[int]] = [g for g in explicit if g not in listed] or \
        [g for g in groups if g not in listed] or explicit or groups
    nearest = min(candidates, key=distance)
    return set(nearest)

def _teaser_groups(doc: Doc, groups: list[list[int]]) -> list[list[int]]:
    """The byline groups that stand in a list of dated teasers (_among_teasers), and the
    groups of the same shape next to them (within DATED_LIST_REACH blocks, read by the same
    rule): the first and last teasers of a list have fewer neighbours to count."""
    listed = [_among_teasers(doc, g) for g in groups]
    for order in (range(1, len(groups)), range(len(groups) - 2, -1, -1)):
        for n in order:
            m = n - 1 if order.step == 1 else n + 1
            near = abs(groups[n][0] - groups[m][0]) <= DATED_LIST_REACH
            if listed[m] and not listed[n] and near and doc.blocks[groups[n][0]].rule == doc.blocks[groups[m][0]].rule:
                listed[n] = True
    return [g for g, flag in zip(groups, listed, strict=True) if flag]

def _among_teasers(doc: Doc, group: list[int]) -> bool:
    """Whether a byline group stands in a list of dated teasers ("Teaser title" / "Jane Doe
    2 hours ago" / "Next title" / "Omar Haddad 3 hours ago"): DATED_LIST_DATELINES or more
    datelines and other bylines within DATED_LIST_REACH blocks, not counting the group's own
    meta block (the dateline right above or below it). An article's meta block stands apart;
    an explicit byline in a teaser list loses its precedence over the other groups."""
    own = {group[0] - 1, group[-1] + 1}
    return _dated_entries_near(doc, group, skip=own.union(group)) >= DATED_LIST_DATELINES


def _dated_entries_near(doc: Doc, group: Collection[int], skip: Collection[int]) -> int:
    """How many datelines and writers' bylines stand within DATED_LIST_REACH blocks of a
    byline group, the blocks in skip left out: a list of dated stories has many."""
    lo, hi = min(group) - DATED_LIST_REACH, max(group) + DATED_LIST_REACH + 1
    dateline = DATELINE
    return sum(1 for b in doc.blocks[max(lo, 0): hi]
               if b.index not in skip and (b.label is dateline or names_writer(b)))

def _byline_authors(doc: Doc, where: Callable[[Block], bool]) -> list[Author]:
    """Authors of the byline blocks that ``where`` selects, with the role lines under them.

    A credit for another job ("Edited by A", "Photos by A") names no author when a writer is
    named beside it."""
    selected = [b for b in doc.blocks if names_writer(b) and where(b)]
    writers = any(not credits_other_job(b.text) for b in selected)
    authors: list[Author] = []
    last = -1  # the author the previous selected byline block named last
    for block in doc.blocks:
        if block.label is not BYLINE:
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
    if block.rule == "word_beside_date" and (word := word_before_date(block.text, separated=False)):
        return [Author(word)]
    if block.rule == "word_before_category" and (word := word_before_category(block.text)):
        return [Author(word)]
    if block.rule == "word_after_date" and (word := word_after_date(block.text)):
        return [Author(word)]
    if block.rule == "name_at_time" and (name := name_at_time(block.text)):
        return [Author(name)]
    if block.rule == "posted_at_time":
        name = posted_at_time(block.text) or word_after_by(block.text, dated=False)
        return [Author(name)] if name else parse_byline(block.text) or [Author(block.text.strip().lstrip("@"))]
    if block.rule == "cjk_credit":
        return [Author(n) for n in cjk_credit(block.text) or cjk_names(block.text) or []]
    if block.rule == "author_link" and (link := author_link_name(block.text)):
        return [Author(link[0])]
    if block.rule == "author_link" and (name := name_before_posts_link(block.text)):
        return [Author(name)]
    if block.rule == "copyright_holder" and (holder := copyright_holder(block.text)):
        return [Author(holder)]
    found = parse_byline(block.text)
    if not found and block.rule in ("label_then_name", "lone_name_by_date"):
        return [Author(block.text.strip().lstrip("@"))]
    if not found and block.rule == "names_under_headline" and (name := name_after_lead_word(block.text)):
        return [Author(name)]  # "durch Jane Doe" beside the dateline
    if not found and block.rule == "names_under_headline" and (credit := agency_credit(block.text)):
        return [Author(credit)]  # "AFP/Harbour Post" under the headline
    if not found and block.rule == "byline_name" and looks_like_name(block.text.strip(), allow_caps=True):
        return [Author(block.text.strip())]  # "JANE DOE" over its agency (label.bylines._over_agency)
    return found


def _has_initialism(text: str) -> bool:
    """Whether a word of the text is in capitals and longer than a letter ("Acme SE", "ACME
    Lab"): an organisation's name, not a person's."""
    return any(len(w) > 1 and w.isupper() for w in text.split())
