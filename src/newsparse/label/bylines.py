"""Bylines: "By A and B", "A, Staff Writer", "A | Reuters", and author boxes (name, role)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import pairwise

from newsparse.article import Author
from newsparse.blocks import Block
from newsparse.fields.bylines import (
    AGENCIES,
    BY_LEAD_WORDS,
    BY_PREFIX,
    CJK_CREDIT_CUES,
    CONTINUING_WORD,
    CONVERSATION_PHRASES,
    DATE_PREPOSITION,
    FIELD_LABEL,
    FUNCTION_WORDS,
    HANDLE_OR_MAIL,
    MAIL_ADDRESS,
    NAME_PARTICLES,
    NAME_WORD,
    NOT_NAMES,
    POSTED_VERBS,
    TIME_PREPOSITIONS,
    WEEKDAYS,
    author_link_name,
    by_marker,
    by_marker_leads,
    cjk_credit,
    cjk_names,
    coded_credit,
    continued_names,
    copyright_holder,
    has_by_cue,
    is_agency,
    is_degree,
    is_role,
    leading_name,
    licence_holder,
    looks_like_name,
    lower_case_surname,
    meta_line_name,
    name_at_time,
    named_before_by,
    parse_byline,
    phrase_after_by,
    posted_at_time,
    segment_byline,
    split_people,
    word_after_by,
)
from newsparse.fields.dates import LABEL as DATE_LABEL_WORD
from newsparse.fields.dates import RELATIVE, find_dates
from newsparse.label import signals
from newsparse.label.context import (
    BIO,
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    DATELINE,
    DEK,
    HEADLINE,
    NAV,
    READING_TIME,
    RELATED,
    UNKNOWN,
    Doc,
    content_words,
    is_prose,
    normalize,
)
from newsparse.label.dates import DATE_WORDS
from newsparse.label.header import title_parts

# A meta line that runs source, dates and byline together may be this long.
META_LINE_MAX_WORDS = 40
# How far above a name-and-date line over the body its headline may stand (a dek, a picture
# and its caption, tags may come between).
DATELINE_HEADLINE_REACH = 16
# A byline is short; "By the end of the year, …" is a sentence, not a byline.
BYLINE_MAX_WORDS = 20
ROLE_MAX_WORDS = 6
# The placeholder text an author photo leaves in a dump.
AVATAR = re.compile(r"^(?:author\s+)?(?:avatar|photo|image|picture|headshot|profile (?:picture|photo))$", re.I)
ROLE_LINE_STOPWORDS = frozenset("contact sign join subscribe all our the more see view meet".split())
# How many blocks after the body's region a date and name signing the article may stand.
SIGNATURE_SLOTS = 4
# The dash a signature opens with ("– Jane Doe"; "- " where a Markdown dump escaped it).
SIGN_DASHES = "-\u2013\u2014 "
# A by-word in any language is short: "by", "von", "durch", "door".
LEAD_WORD_MAX_CHARS = 6
# How many blocks under the headline a bare name may stand and still be the byline.
NAME_SLOTS = 5
# A picture's placeholder in a dump ("[IMG]", "[13-3-10]", "Image") has at most this many words
# (figures count as words).
PLACEHOLDER_WORDS = 3
# A Chinese credit line holds the label and a few names (words as the segmenter counts them).
CJK_CREDIT_MAX_WORDS = 6
# What may stand between the dates of a meta line and around them: " | ", " - ", " · ".
DATE_SEPARATORS = " |\u00b7\u2022,-\u2013\u2014"
# A word in this many paragraphs of the text or more is what the text speaks of; an author
# box or a greeting in the text may name the author once.
TOPIC_MENTIONS = 2
# A post's category after the dates of a meta line has at most this many words ("Hafen Fähren").
CATEGORY_WORDS = 3
# A menu entry has at most this many words ("Hafen & Meer").
MENU_ENTRY_WORDS = 4
# A run of this many menu-shaped lines is a menu (co-authors stand MAX_LISTED_NAMES in a row).
MENU_RUN = 6
# What separates a name from its date on one line: "Jane Doe | May 2", "Jane Doe - May 2",
# and "jdoe -- May 2": a dump in plain ASCII (html2text, a Markdown or e-mail copy) writes
# the page's dash as two hyphens.
DATE_NAME_SEPARATOR = re.compile(r"[|\u00b7\u2022]|\s(?:--|[-\u2013\u2014/])\s")
# The link to an author's other posts, without the name: "Alle Artikel", "View all posts".
POSTS_LINK = re.compile(
    r"^(?:(?:view|see|show|zeige|alle|weitere|mehr|more|all)\s+(?:all\s+|alle\s+)?"
    r"(?:posts|articles|stories|beiträge|artikel)(?:\s+(?:anzeigen|ansehen))?|view profile)\s*[»›→>]?$",
    re.I,
)
# A link to the author's other pages that names the author by role, not by name: "Alle Texte
# des Autors", "More from this author". A stem, not a word: renderers glue the link to the one
# before it ("ContactAuthor's page"); one author, in the word's singular forms ("des Autors",
# "der Autorin", "Author's"), not a menu's "Autoren & Serien" or "Authors", nor "authority",
# "Autorisierte Händler", "Authorized dealers", or a compound's "Guest-Author".
AUTHOR_PAGE_LINK = re.compile(
    r"(?<!-)(?:autor(?:s|in)?\b|author\b|auteur\b|kirjoittaja\w*|författare\w*|forfatter\w*)", re.I)
# A post's footer line "Posted by Jane Doe at 10:52 PM" has at most this many words, its name
# at most this many (a line of the name alone has no more).
POSTED_FOOTER_WORDS = 12
POSTED_NAME_WORDS = 4
# The first letters of the footer's verbs ("Posted by …"): a cheap test before its pattern.
POSTED_INITIALS = frozenset(verb[0] for verb in POSTED_VERBS)
# A link to the author's other texts opens with a word of "all", "more", "other" (maybe after
# "to", "zu"): "zu allen Beiträgen vom Autor", "More from this author", "Alle Texte des Autors".
MORE_TEXTS = re.compile(r"^(?:(?:zu|to|à|a)\s+)?(?:all|alle|allen|aller|more|mehr|other|weitere|weiteren|tous|toutes"
                        r"|plus|todos|todas|más|tutti|altri)\b", re.I)
# Two words a renderer ran together: "ArtikelNeue", "AutorAlle" (not "McDonald", "DiCaprio").
GLUED_WORDS = re.compile(r"[a-zß-öø-ÿ]{3}[A-ZÀ-ÖØ-Þ]")
# A word that such a link holds, from POSTS_LINK or AUTHOR_PAGE_LINK (see name_before_posts_link).
POSTS_LINK_CUE = re.compile(r"posts|articles|stories|beiträge|artikel|profile|autor|author|auteur|kirjoittaja|"
                            r"författare|forfatter", re.I)
# The name and that link on one line: four words of name and six of link at most.
POSTS_LINK_LINE_WORDS = 10
# What a name and its posts link on one line may have been taken for in the header or tail.
NAMED_LINK_LABELS = frozenset({UNKNOWN, BOILERPLATE, NAV, RELATED})
# Such a link is short, and so is a contact link between the name and it ("Contact").
AUTHOR_PAGE_LINK_WORDS = 6
CONTACT_LINK_WORDS = 3
# Blocks an author box may put between a name and its role or bio (avatar, labels).
SKIP = (BOILERPLATE, READING_TIME)
# A post's age as feeds print it beside the author, too short for a dateline: "8h", "52m", "3 hrs".
AGE_STAMP = re.compile(r"^\d{1,2}\s?(?:[mhd]|mins?|hrs?)$", re.I)
# The name and the age on one line, as renderers that run inline elements together print them:
# "Jane Doe • 8h".
# What a meta line's name may end on when its date was broken off to the next line.
META_LINE_EDGES = " |\u00b7\u2022"
AGE_SUFFIX = re.compile(r"\s{0,3}[|\u00b7\u2022]\s{0,3}\d{1,2}\s?(?:[mhd]|mins?|hrs?)$", re.I)
# A byline's label alone on its line, the names on the next one ("By:" / "Jane Doe",
# "Autor:" / "Max Muster"): markup puts label and link in separate elements; a forum thread
# names its writer the same way ("Thread starter" / "jdoe"). Photo credits ("Photos by") are
# not authors and stay out.
BY_LABEL = re.compile(
    r"^(?:(?:written|posted|published|reported|words|story|text|reporting)\s+by|by|von|par|por|door|di|av|af|"
    r"(?:geschrieben|verfasst|veröffentlicht|artikel|beitrag)\s+von|(?:écrit|publié)\s+par|escrito\s+por|a\s+cura\s+di|"
    r"author|autor(?:in|\*in|:in)?|auteur|autore|texte?|redakteur(?:in)?|thread starter|themenstarter)\s*:?$",
    re.I,
)
# Known agencies' names as a dateline may open with them, the longest first ("ap" last).
AGENCY_PREFIX = re.compile("|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)), re.I)
AGENCY_INITIALS = frozenset(a[0] for a in AGENCIES)  # (the cheap test first)
AGENCY_DATE_SEPARATORS = frozenset({" ·", " |", " -", " –", " —", ", ", " •"})
AGENCY_CREDIT_MAX_CHARS = 40  # "AFP/Harbour Post", "dpa/hfn": an agency's credit is short
CREDIT_END = re.compile(r" [-–—|·] ")  # "AFP/Harbour Post - desk@example.org"
# The word an author box prints under the person's name (see _name_over_author_label).
AUTHOR_LABEL_WORDS = frozenset({"author", "autor", "autorin", "auteur", "autore", "auteure"})
# A name line under a byline label: names, maybe a role or a date, no more.
BYLINE_NAME_LINE_WORDS = 12
# A user name: a lower-case word of letters, digits, dots, dashes, underscores.
HANDLE = re.compile(r"^(?=[^\W\d_]*[a-z])[a-z][\w.\-]{1,29}$")
# Labels that also stand alone in code listings and settings panels ("Text" / "background").
TEXT_LABEL = re.compile(r"^texte?$", re.I)
# What follows the name in "By Jane Doe, a deputy editor …" / "…, who covers …".
# Renderers that join inline elements with a space print "By Jane Doe , a deputy editor".
APPOSITION = re.compile(r"^\s?,\s+(?:a|an|the|who|our|un|une|eine?|der|die)\s", re.I)
# The phrase of an interview's credit line between guest and host (see SPLIT_PEOPLE).
CONVERSATION = re.compile(rf"\s(?:{'|'.join(CONVERSATION_PHRASES)})\s", re.I)
# A part of each phrase, searched first in the lower-cased line: the search for the phrases
# tries every position of every line. (No "s", "k" or "i": the pattern's case-insensitive
# match also takes a long s, a Kelvin sign or a dotted capital I for them, lower() does not.)
CONVERSATION_CUES = ("onver", "präch")
# A list of names has at most this many people.
MAX_LISTED_NAMES = 4
# Label sets the rule tests blocks against, built once: reading an enum member (Label.X) is a
# slow class lookup on Python 3.11, and these tests run for most blocks.
# The labels of the lines a byline may have been taken for: a dateline, a photo credit.
DATED_OR_CREDIT = frozenset({DATELINE, CAPTION})
UNDECIDED_OR_INTERFACE = frozenset({UNKNOWN, BOILERPLATE})
UNDECIDED_INTERFACE_OR_RELATED = frozenset({UNKNOWN, BOILERPLATE, RELATED})
UNDECIDED_OR_BIO = frozenset({UNKNOWN, BIO})
UNDECIDED_OR_DATED = frozenset({UNKNOWN, DATELINE})
UNDECIDED_DATED_OR_INTERFACE = frozenset({UNKNOWN, DATELINE, BOILERPLATE})
UNDECIDED_OR_RELATED = frozenset({UNKNOWN, RELATED})


def bylines(doc: Doc) -> None:
    """Bylines by their shape. Signals: a "By" prefix followed by names; names followed by a
    role or an agency ("A, Staff Writer", "A | Reuters"); a name alone next to a role line,
    an avatar placeholder, a dateline or a bio that starts with that name (author boxes).
    Inside the body region only the explicit "By" form counts, to keep quoted names there.
    After the body, a name under a byline label alone on its line is the byline even where
    its link made it read as a link line (a Markdown dump's author box).
    """
    for block in doc.unlabeled():
        if block.n_words > BYLINE_MAX_WORDS:
            if _by_name_described(block):
                block.set(BYLINE, "bylines")
            continue
        if 3 <= block.n_words <= 4 and "ut" in block.text[-9:].lower() and _name_before_author_label(doc, block):
            block.set(BYLINE, "name_over_author_label")
            continue
        if not _may_credit(block.text):
            # Of the tests below only the label on the line above may hold (and a sentence
            # there is no name line: it opens with no by-word, see the prose test below).
            if not is_prose(block) and _after_by_label(doc, block):
                block.set(BYLINE, "label_then_name")
            continue
        if is_prose(block) and not BY_PREFIX.match(block.text) and not _dated_by_line(block):
            continue
        if _after_by_label(doc, block):
            block.set(BYLINE, "label_then_name")
        elif block.n_words == 2 and (named := _name_over_author_label(doc, block)) is not None:
            if named.label is UNKNOWN:
                _mark_name(doc, named, "name_over_author_label")
        elif _by_line(block) or (not doc.in_core(block) and (_name_with_role(block) or _conversation(block))):
            block.set(BYLINE, "bylines")
        elif (not doc.in_core(block) and (word_after_by(block.text) or _word_by_dateline(doc, block)
                                          or _label_and_handle(block))) \
                or (has_by_cue(block.text) and _opens_with_by_word(block.text) and _word_by_dateline(doc, block)):
            block.set(BYLINE, "word_after_by")  # the region may start at the meta line
    for block in doc.unlabeled():
        if "|" in block.text and block.n_words <= META_LINE_MAX_WORDS and _by_segment(block):
            block.set(BYLINE, "segment_byline")
    first_byline = doc.first(BYLINE)
    if first_byline is not None:  # (a co-author's line stands under a byline: none above the first)
        for block in doc.unlabeled(first_byline.index + 1):
            if _continues_byline(doc, block):
                block.set(BYLINE, "byline_continued")
    for block in doc.blocks:
        if block.label not in DATED_OR_CREDIT:
            continue  # one cheap test for most blocks
        if block.label is DATELINE and _after_by_label(doc, block):
            block.set(BYLINE, "label_then_name")  # "par" / "Jane Doe, 21 juin 2018"
        elif block.label is CAPTION and _credit_after_by_label(doc, block):
            block.set(BYLINE, "label_then_credit")  # "Autor:" / "Jane Doe/dpa"
        elif block.label is DATELINE and _name_beside_date(block, doc) and not _in_dated_list(doc, block):
            block.set(BYLINE, "name_with_date")
        elif block.label is DATELINE and word_after_by(block.text):
            block.set(BYLINE, "word_after_by")  # "11/05/2019 by jdoe 24 Comments"
    _cjk_credits(doc)
    bio_name = _name_of_bio(doc)
    for block in doc.unlabeled():
        if bio_name and block.text.strip() == bio_name and not doc.in_core(block):
            _mark_name(doc, block, "name_of_bio")
    for block in doc.unlabeled():
        # The neighbours first: one of them vouches for a name on few lines, while the role
        # test reads the words of every line (and has read the next one's already).
        if block.n_words >= 2 and not doc.in_core(block) and (
                (_in_author_context(doc, block) and _names_only(HANDLE_OR_MAIL.sub("", block.text)))
                or (_over_agency(doc, block) and _names_only(block.text, allow_caps=True))) \
                and not is_role(block.text) and not _affiliation_under_role(doc, block) \
                and not _title_of_text(doc, block):
            _mark_name(doc, block, "byline_name")
    for block in doc.blocks:
        if block.rule == "name_with_date" and _affiliation_under_role(doc, block):
            block.set(DATELINE, "outlet_with_date")  # "Jane Doe" / "Games Editor" / "Acme Finance May 2, 2021"
    for block in doc.unlabeled():
        if block.n_words >= 2 and _introduces_bio(doc, block) and looks_like_name(block.text):
            _mark_name(doc, block, "name_over_bio")
    for block in doc.unlabeled(doc.end, doc.end + SIGNATURE_SLOTS):
        if block.n_words >= 2 and _dated_signature(doc, block) and _names_only(block.text.lstrip(SIGN_DASHES)):
            _mark_name(doc, block, "dated_signature")
    for block in doc.blocks:
        if block.label in NAMED_LINK_LABELS and 3 <= block.n_words <= POSTS_LINK_LINE_WORDS \
                and name_before_posts_link(block.text):
            # "Jane Doe Alle Artikel": the author box's name and link on one line, wherever the
            # region put it (no line of text has that shape); counts only as a last resort.
            block.set(BYLINE, "author_link")
    for block in doc.blocks[: doc.core_start]:
        if block.label is RELATED and block.rule == "link_text" and _linked_meta_line(block):
            block.set(BYLINE, "word_after_by")  # "05.01.2020 | Autor: [jdoe](/author/jdoe) | [Garten](/c)"
    for block in doc.blocks[doc.core_start:]:
        # After the body: a link to the author's page, and the footer's "© 2019 Jane Doe" (a
        # personal site's owner, see copyright_holder); both count only when nothing else
        # names an author (assemble). Either may have been taken for interface text before;
        # as a byline it still stays out of the body.
        if block.label is RELATED and _labelled_authors(block):
            block.set(BYLINE, "bylines")  # "Autoren Jane Doe und Li Wei", set like a link
            continue
        if block.label is RELATED and _after_by_label(doc, block):
            block.set(BYLINE, "label_then_name")  # "Autorin" / "[Jane Doe](/autoren/jd)"
            continue
        if block.label is RELATED and block.rule == "link_text" and _years_by_line(block):
            block.set(BYLINE, "bylines")  # "[Impressum](/i) – 2009-2020 by [Jane Doe](/)"
            continue
        if block.label in UNDECIDED_OR_RELATED and _name_over_posts_link(doc, block):
            # Even where the region runs on past the article (a name line over the link is
            # no body text), or where the name's link was taken for a teaser's.
            block.set(BYLINE, "author_link")
            continue
        if block.label in UNDECIDED_OR_INTERFACE and licence_holder(block.text):
            # Wherever the region ends: the licence chooser's fixed words are no body text.
            block.set(BYLINE, "copyright_holder")
            continue
        if (block.label in UNDECIDED_INTERFACE_OR_RELATED or block.rule == "bylines") and _posted_at_time(doc, block):
            # The post's footer, read as interface text or a teaser's line after the body.
            block.set(BYLINE, "posted_at_time")
            continue
        if block.label not in UNDECIDED_OR_INTERFACE or doc.in_core(block):
            continue
        # (an undecided block's link to the author's posts was tested above)
        if _links_author(doc, block) or (block.label is BOILERPLATE and _name_over_posts_link(doc, block)) \
                or _name_under_author_heading(doc, block):
            block.set(BYLINE, "author_link")
        elif copyright_holder(block.text):
            block.set(BYLINE, "copyright_holder")


def _by_segment(block: Block) -> bool:
    """"Le Port | 12.03.2021 à 09h10 • Mis à jour le 13.03.2021 | Par Jane Doe (avec Li
    Wei)": a meta line that runs source, dates and byline together, its by-segment as
    explicit as a "By" line (see segment_byline). Wherever it stands: a page whose headline
    was not found has its meta line read as the body's first paragraph. Signal: the bars
    between the fields, a date, and a segment that opens with a by-word and names people;
    a sentence has no bars between its parts."""
    return not block.ends_sentence and bool(segment_byline(block.text))


def _linked_meta_line(block: Block) -> bool:
    """"Veröffentlicht: [05.01.2020](…) | Autor: [jdoe](…) | Abgelegt unter: [Garten](…)": the
    header's meta line, whose date, author and categories are links, reads as a line of links
    in a Markdown dump (structure.link_text), and the first pass of the bylines rule reads only
    lines nothing has claimed. Signal: as for such a line in a plain dump, a date and a
    segment of a by-marker and one name (word_after_by); the links around them are the blog
    theme's, and no teaser title has that shape. Not on an HTML page (its markup and metadata
    name the author), nor a web address printed in the author's field ("Autor: www.example.org")."""
    if block.tag is not None or block.n_words > META_LINE_MAX_WORDS or not has_by_cue(block.text):
        return False
    word = word_after_by(block.text)
    return word is not None and not word.lower().startswith("www.")


def _cjk_credits(doc: Doc) -> None:
    """"责任编辑：Name", "作者：" / "Name": the credit line of a Chinese news page names the
    author or the editor in charge (pages credit the editor where there is no byline).
    Signal: the label and its colon, then Han names of two to four characters (or a user
    name), on the same line or alone on the next one; wherever it stands (an interface
    pattern may have taken a bracketed credit for a button)."""
    page = "\n".join(b.text for b in doc.blocks)
    if not any(cue in page for cue in CJK_CREDIT_CUES):
        return  # one scan of the page's text for the labels (most pages hold no Chinese)
    for block in doc.blocks:
        if block.text.isascii() or block.n_words > CJK_CREDIT_MAX_WORDS or block.label not in UNDECIDED_OR_INTERFACE:
            continue
        names = cjk_credit(block.text)
        if names:
            block.set(BYLINE, "cjk_credit")
        elif names is not None:
            nxt = doc.neighbour(block, 1)
            if nxt is not None and nxt.label in UNDECIDED_OR_INTERFACE and nxt.n_words <= CJK_CREDIT_MAX_WORDS \
                    and cjk_names(nxt.text):
                nxt.set(BYLINE, "cjk_credit")


@lru_cache(maxsize=16384)
def _may_credit(text: str) -> bool:
    """Whether a short line may name its writer by its own text to the first pass of the
    bylines rule: a superset of that pass's tests, kept per text (a site's menus and footers
    repeat on every page), so the lines that fail it skip a dozen tests at once.

    Every test there needs one of these on the line: a by-word (has_by_cue, which by_marker,
    word_after_by and the tests built on them ask first), a by-prefix (BY_PREFIX, whose forum
    labels carry no by-word: "Thread starter"), a comma or a bar between a name and its role
    or agency (_name_with_role), a colon after a label (_label_and_handle), or an interview's
    phrase (CONVERSATION_CUES, _conversation's own first test). The one test it leaves out
    reads the line above (_after_by_label: a label alone over the name)."""
    if "," in text or "|" in text or ":" in text or has_by_cue(text):
        return True  # (substring tests first, then the cached cue)
    low = text.lower()
    return any(cue in low for cue in CONVERSATION_CUES) or _opens_with_by_word(text)


def _years_by_line(block: Block) -> bool:
    """"Impressum – Datenschutz – 2009-2020 by Jane Doe": the site's footer line after the
    body, its links, then the years of the site and its owner after a by-word, read as
    a line of links where the dump keeps the links (a Markdown dump) and as a byline where
    it does not. Signal: a by-marker after a field with a year (see by_marker_leads: only
    dates or labels before it in that field), and names after it (_by_line); a teaser's
    "Title by Jane Doe" has no year before its by-word."""
    if block.n_words > BYLINE_MAX_WORDS or not has_by_cue(block.text):
        return False
    m = by_marker(block.text)
    return m is not None and m.start() > 0 and any(ch.isdigit() for ch in block.text[: m.start()]) \
        and _by_line(block)


def _name_over_author_label(doc: Doc, block: Block) -> Block | None:
    """"Jane Doe" / "Autor Acme", "Jane Doe" / "Harbour Adviser" / "Author Pictures": the
    author box after the article labels the full name above with the word "Author", and a
    dump that runs inline elements together glues the next element (a menu entry, the box's
    next tab) to that label. The line reads "By A" with A one capitalised word, but the
    label belongs to the name above it: that name is the author, the word after the label
    none. Signal: after the body's start only (under a headline, "Autor Jorin" names a
    writer by first name), an author label and one word, and a full personal name (two or
    three words, no by-word: "Bild von Jane Doe" is the picture's alt text) right above it,
    or above a short line (the person's role) above it. Returns the name's block."""
    if block.index < doc.core_start:
        return None
    words = block.text.split()
    if len(words) != 2 or words[0].lower().rstrip(":") not in AUTHOR_LABEL_WORDS or not words[1][:1].isupper():
        return None
    above = doc.neighbour(block, -1, SKIP)
    for _ in range(2):
        if above is None or above.n_words > ROLE_MAX_WORDS or above.ends_sentence:
            return None
        if 2 <= above.n_words <= 3 and not has_by_cue(above.text) and not is_role(above.text) \
                and looks_like_name(above.text.strip()):
            return above  # (not a picture's alt text "Bild von Jane Doe" over "Autor Jane Doe")
        above = doc.neighbour(above, -1, SKIP)
    return None


def _name_before_author_label(doc: Doc, block: Block) -> bool:
    """"Jane Doe Author": the author box's name and the label under it ("Jane Doe" /
    "Autorin") on one line, as a renderer that runs inline elements together prints them.
    Signal: as for _name_over_author_label, after the body's start only, a full personal
    name (two or three words, no by-word) and an author label as the line's last word and
    nothing else; the label then says who the name above it is, not whom it credits."""
    words = block.text.split()
    if words[-1].lower() not in AUTHOR_LABEL_WORDS or not words[-1][:1].isupper() or block.index < doc.core_start:
        return False
    name = " ".join(words[:-1])
    return 2 <= len(words) - 1 <= 3 and not has_by_cue(name) and not is_role(name) and looks_like_name(name)


def _names_with_degrees(block: Block) -> bool:
    """"Jane Doe, PhD, Omar Haddad, MD": a journal's byline lists each author with the
    degree. Signal: a degree among the comma-separated pieces (cheap test first), and full
    names for all the other pieces; under the headline (names_under_headline), where a
    paper's title and subtitle stand over it."""
    if "," not in block.text or block.n_words > BYLINE_MAX_WORDS:
        return False
    pieces = [p.strip(" .") for p in split_people(block.text.strip()) if p.strip(" .")]
    degrees = sum(1 for p in pieces if is_degree(p))
    names = [p for p in pieces if not is_degree(p)]
    return degrees >= 1 and bool(names) and all(" " in p and looks_like_name(p) for p in names)


def _conversation(block: Block) -> bool:
    """"Jane Doe im Gespräch mit Omar Haddad", "Jane Doe in conversation with Omar Haddad":
    a broadcaster's interview names guest and host on one line in place of a byline. Signal:
    the phrase (cheap substring first: each phrase holds one of CONVERSATION_CUES), and
    nothing but full names on either side of it."""
    if block.n_words > BYLINE_NAME_LINE_WORDS or not any(cue in block.text.lower() for cue in CONVERSATION_CUES) \
            or not CONVERSATION.search(block.text):
        return False
    people = [p.strip() for p in split_people(block.text.strip()) if p.strip()]
    return len(people) == 2 and all(" " in p and looks_like_name(p) for p in people)


def _dated_by_line(block: Block) -> bool:
    """"7.04.22 08:05 von Jane Doe Lesezeit: 6 Min.": a short meta line that reads as a
    sentence (it ends on an abbreviation's period) but opens with a date or time and a
    by-marker. Signal: digits first, then the by-marker (see _by_line for the rest)."""
    return block.text[:1].isdigit() and by_marker(block.text) is not None


def _labelled_authors(block: Block) -> bool:
    """"Autoren Jane Doe und Li Wei", "Authors: Jane Doe, Li Wei": a line after the body that
    names its people under the word for author, which a teaser or a link list never opens
    with. Signal: that label word first (cheap), then names only after it."""
    if block.n_words > BYLINE_MAX_WORDS or block.text[:3].lower() != "aut":
        return False
    m = BY_PREFIX.match(block.text)
    return m is not None and m.end() > 0 and _names_only(block.text[m.end():])


def _after_by_label(doc: Doc, block: Block) -> bool:
    """"By:" / "Jane Doe": the line before is a byline label alone, this one names people.

    Signal: the label is explicit, so the name line needs only to parse as names; the split
    comes from markup ("<span>By</span> <a>Jane Doe</a>") that a dump renders on two lines.
    """
    prev = doc.neighbour(block, -1)
    # BY_LABEL holds three words at most ("a cura di"): the word count is the cheap test.
    if prev is None or prev.n_words > 3 or not BY_LABEL.match(prev.text.strip()):
        return False
    label = prev.text.strip().rstrip(": ")
    if is_handle(block.text) and not label.isupper() and not TEXT_LABEL.match(label):
        return True  # not after "BY" in capitals (code) or "Text" (a settings panel)
    authors = parse_byline(block.text)
    return bool(authors) and block.n_words <= BYLINE_NAME_LINE_WORDS and \
        block.text.lstrip(" @").startswith(authors[0].name)


def _credit_after_by_label(doc: Doc, block: Block) -> bool:
    """"Autor:" / "Jane Doe/AGENCY": the name line under an author label, printed the way a
    photo credit is (name, slash, agency), was taken for a credit line.

    Signal: the label above names the writer explicitly ("Autor:", "By:"), which a photo
    credit never stands under; the part before the slash must parse as names."""
    if block.n_words > BYLINE_NAME_LINE_WORDS or "/" not in block.text:
        return False
    prev = doc.neighbour(block, -1)
    if prev is None or not BY_LABEL.match(prev.text.strip()):
        return False
    name = block.text.split("/")[0].strip()
    return bool(name) and _names_only(name)


def _label_and_handle(block: Block) -> bool:
    """"Autor: jdoe", "By: jane.doe": a byline label with its colon and one user name on one
    line, as a renderer that runs inline elements together prints the label and the linked
    name that _after_by_label finds on two lines. Signal: the label and the colon, then a
    space (not "Autor:innen", a plural's gender form) and a lower-case user name, no more."""
    label, _, name = block.text.partition(":")
    return name[:1].isspace() and block.n_words <= 3 and BY_LABEL.match(label.strip()) is not None \
        and not TEXT_LABEL.match(label.strip()) and not label.strip().isupper() and is_handle(name)


def _word_by_dateline(doc: Doc, block: Block) -> bool:
    """"von jdoe" / "9. März 2021": a by-marker and one word on their own line right
    above or below the dateline. Signal: as in word_after_by, the date vouches for the
    meta line; markup put the date in its own element here. A line that opens with the
    by-word and a lower-case user name may go on with the post's category ("By jdoe in
    Hafenleben, Technik"); a capitalised word there may open a title ("By Readers Of …")."""
    long = block.n_words > 3
    if block.n_words > BYLINE_NAME_LINE_WORDS or (long and not _opens_with_by_word(block.text)):
        return False  # the cheap tests first
    word = word_after_by(block.text, dated=False)
    if word is None or (long and not is_handle(word)):
        return False
    return any(n is not None and n.label is DATELINE
               for n in (doc.neighbour(block, -1), doc.neighbour(block, 1)))


def _opens_with_by_word(text: str) -> bool:
    """"By jdoe in Hafenleben": the line opens with a by-word and the user name after it (a
    blog theme's meta line goes on with the post's category)."""
    m = BY_PREFIX.match(text)
    return m is not None and m.end() > 0


def is_handle(text: str) -> bool:
    """"jdoe", "@jdoe", "jane_doe": one lower-case user name, as blogs and forums print it
    after a byline label. Alone, such a word is anything; after "By" / "Autor:" it is a name."""
    word = text.strip().lstrip("@")
    return bool(HANDLE.match(word)) and word.lower() not in NOT_NAMES and not find_dates(word)


def _by_name_described(block: Block) -> bool:
    """"By Jane Doe, a deputy editor who covers …": a byline that goes on to describe its
    author in a sentence runs over the word limit of a byline.

    Signal: "By", a name, then a comma and a lower-case article or relative pronoun (an
    apposition); a sentence that starts with "By" continues with a lower-case verb or noun
    instead ("By the end of the year, …")."""
    if block.n_words <= BYLINE_MAX_WORDS:  # the cheap test first: most lines are short
        return False
    m = BY_PREFIX.match(block.text)
    if m is None or m.end() == 0:
        return False
    rest = block.text[m.end():]
    name = leading_name(rest)
    return name is not None and bool(APPOSITION.match(rest[len(name):]))


def _continues_byline(doc: Doc, block: Block) -> bool:
    """"By Jane Doe" / "(with Omar Haddad and Li Wei)", "Jane Doe, Role" / "& Omar Haddad, Role":
    a line that opens with a conjunction or "with" right under a byline names co-authors.

    Signal: the opening word joins the line to the byline above (markup puts each author in
    its own element, so a dump breaks the list there); the rest must parse as names."""
    prev = doc.neighbour(block, -1, SKIP)
    if prev is None or block.n_words > BYLINE_MAX_WORDS:
        return False
    if prev.label is not BYLINE or prev.index < block.index - 1:
        # "&" alone has no word: it may have been taken for interface text and skipped.
        conjunction = doc.neighbour(block, -1)
        if conjunction is not None and _after_lone_conjunction(doc, conjunction, block):
            return True
        if prev.label is not BYLINE:
            return False
    return bool(continued_names(block.text)) or _after_open_list(prev, block)


def _after_lone_conjunction(doc: Doc, conjunction: Block, block: Block) -> bool:
    """"By Jane Doe" / "and" / "Omar Haddad": the co-author's name under a line that holds
    nothing but the conjunction, right under a by-line. Markup puts each author in its own
    link; a dump that sets each element on a line of its own (a Markdown dump, a scraper's
    text nodes) parts "and" from both names. Signal: the conjunction alone (one word, see
    CONTINUING_WORD), a by-line that names a writer right above it, and a line of names only
    under it (not a role, not a date)."""
    if conjunction.n_words > 1 or block.n_words > 4 or len(conjunction.text.strip()) > 4 \
            or CONTINUING_WORD.fullmatch(conjunction.text.strip()) is None:
        return False  # the lone word first: it fails on almost every line
    prev = doc.neighbour(conjunction, -1, SKIP)
    return prev is not None and prev.label is BYLINE and prev.rule != "byline_role" \
        and not is_role(block.text) and not find_dates(block.text) and _names_only(block.text)


def _after_open_list(prev: Block, block: Block) -> bool:
    """"Von Jane Doe," / "Omar Haddad": a by-line that ends on a list comma goes on with the
    next name on the next line (markup puts each name in its own link). Signal: the comma
    ending the by-line, and a line of names only (not a role: "Staff Writer")."""
    if not prev.text.rstrip().endswith(",") or BY_PREFIX.match(prev.text) is None or block.n_words > 4:
        return False
    return not is_role(block.text) and not find_dates(block.text) and _names_only(block.text.strip(" ,"))


def _title_of_text(doc: Doc, block: Block) -> bool:
    """"Tidal Barrages" / "12.03.2024" / "The barrages on the estuary …": a short title over
    its dateline has the shape of a name, but its words are what the text speaks of, while an
    author's name rarely recurs in the text. Signals: the line stands right over a dateline,
    the line under the dateline takes up one of its words (the text opens on its subject),
    and every content word of the line recurs in the article's prose (counter lookups). A
    blog's name over the dateline and a post title fails the second test and stays a name.
    Nor is a line that repeats the first part of a scraper's title line ("Tidal Barrages –
    Harbour Blog"): the title leads with the headline, an author's name comes after it."""
    nxt = doc.neighbour(block, 1, SKIP)
    if nxt is None or nxt.label is not DATELINE:
        return False
    parts = title_parts(doc)
    if len(parts) > 1 and normalize(parts[1]) == normalize(block.text):
        return True
    words = content_words(block.text)
    if not words or not all(doc.article_words[w] for w in words):
        return False
    after = doc.neighbour(nxt, 1, SKIP)
    return after is not None and not words.isdisjoint(content_words(after.text))


def _names_only(text: str, *, allow_caps: bool = False) -> bool:
    """"Jane Doe", "Jane Doe, Omar Haddad", "Jane Doe and Li Wei": a line that is nothing but
    one to four personal names (of two words or more when there are several)."""
    pieces = [p.strip(" .") for p in split_people(text.strip()) if p.strip(" .")]
    if not 1 <= len(pieces) <= MAX_LISTED_NAMES:
        return False
    if len(pieces) == 1:
        return looks_like_name(pieces[0], allow_caps=allow_caps)
    return all(" " in p and looks_like_name(p, allow_caps=allow_caps) for p in pieces)


def _mark_name(doc: Doc, block: Block, rule: str) -> None:
    """Label a lone name as byline, and the role line under it ("Senior Reporter") with it."""
    block.set(BYLINE, rule)
    role = doc.neighbour(block, 1, SKIP)
    if role is not None and role.label is UNKNOWN and _role_line(role):
        role.set(BYLINE, "byline_role")


def _name_of_bio(doc: Doc) -> str | None:
    """The name an author bio starts with ("Jane Doe is a reporter …")."""
    bio = doc.first(BIO)
    return leading_name(bio.text) if bio is not None else None


def _name_beside_date(block: Block, doc: Doc) -> bool:
    """"Jane Doe - Apr 16, 2015", "Jane Doe 1 day ago": a dateline whose other words are a name.
    A label of the date set apart from the name ("Jane Doe | Published 3 hours ago") is no
    second name: a part made only of such words (BY_LEAD_WORDS) is dropped."""
    rest = block.text
    for date in reversed(find_dates(rest, doc.reference)):
        rest = rest[: date.start] + "|" + rest[date.end :]
    rest = RELATIVE.sub("|", rest)
    parts = [DATE_PREPOSITION.sub("", p).strip(" ,-\u2013\u2014|\u00b7\u2022/")
             for p in DATE_NAME_SEPARATOR.split(rest)]
    names = [p for p in parts if p and not all(w.lower() in BY_LEAD_WORDS for w in p.split())]
    return len(names) == 1 and names[0].count(" ") >= 1 and looks_like_name(names[0])


# Lines on either side of a name-and-date line that _in_dated_list looks at.
DATED_LIST_REACH = 2
WORDS = re.compile(r"[^\W\d_]+")


def _in_dated_list(doc: Doc, block: Block) -> bool:
    """"4 May 2021 Harbour Safety Fair" / "9 May 2021 Tide Tables Workshop": a list of dated
    entries (events, releases, versions) prints a date and a few capitalised words on each
    line; an entry's title of two words reads like a name beside its date. Signal: another
    line of that shape (a date and two capitalised words or more that are no date label,
    not "Zuletzt aktualisiert am …") within DATED_LIST_REACH lines; a byline's meta block
    holds one such line, the list several."""
    for step in range(-DATED_LIST_REACH, DATED_LIST_REACH + 1):
        other = doc.blocks[block.index + step] if step and 0 <= block.index + step < len(doc.blocks) else None
        if other is None or other.n_words > BYLINE_NAME_LINE_WORDS or not any(ch.isdigit() for ch in other.text):
            continue
        dates = find_dates(other.text, doc.reference)
        if not dates:
            continue
        rest = other.text
        for date in reversed(dates):
            rest = rest[: date.start] + " " + rest[date.end:]
        words = [w for w in WORDS.findall(rest) if w.lower() not in BY_LEAD_WORDS]
        if len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper():
            return True
    return False


def _dated_name_over_body(doc: Doc, block: Block) -> bool:
    """"Headline" / … / "Jane Doe | Publicado hace 3 horas" / first paragraph: a line of a
    name and a date (or the post's age) that stands after the headline, in the header, right
    over the body's text, maybe taken for a teaser's link (a teaser list prints name and
    date the same way). Signal: the place (below the headline, and the article's prose right under
    it, where a teaser is followed by the next teaser) and the shape (a date, and a full
    name as the only other words, see _name_beside_date)."""
    if block.label not in (UNKNOWN, RELATED, NAV) or block.n_words > BYLINE_NAME_LINE_WORDS \
            or not any(ch.isdigit() for ch in block.text):
        return False
    nxt = doc.neighbour(block, 1, SKIP)
    if nxt is None or nxt.label not in (UNKNOWN, BODY) or not is_prose(nxt):
        return False
    return bool(find_dates(block.text, doc.reference) or RELATIVE.search(block.text)) and _name_beside_date(block, doc)


def _lone_word_beside_date(doc: Doc, block: Block) -> bool:
    """"Headline" / "jdoe — 2. Mai 2021": one word before the date on the dateline right
    under the headline (or its dek), set apart by a dash, a bar or a dot, is the author's first name, pen
    name or user name (a renderer ran the meta line's name and date together). A word before
    "am" or "on" only when it does not label the date ("Erstellt am 2. Mai 2021").

    Signal: the dateline's place right under the headline (or its dek), the word first and a
    separator between it and the date (a section label stands above the headline or after the
    date), a name's shape, and no other use of the word on the page before it (a category
    the site's menu lists is no author)."""
    if block.n_words > BYLINE_NAME_LINE_WORDS:
        return False
    word = word_before_date(block.text, doc.reference, separated=False)
    if word is None:
        return False
    above = doc.neighbour(block, -1, SKIP)
    if above is not None and above.n_words == 1 and above.text.strip().isdigit():
        above = doc.neighbour(above, -1, SKIP)  # a count between them (views, comments)
    if above is None or not (above.label in (HEADLINE, DEK) or _dek_to_be(doc, above)):
        return False
    if word_before_date(block.text, doc.reference) is None and any(doc.article_words[w] for w in content_words(word)):
        return False  # "Harbourton 2. Mai 2021": a place the text speaks of, not its author
    return _lone_name_word(doc, block, word)


def _lone_word_before_category(doc: Doc, block: Block) -> bool:
    """"Headline" / "jdoe 2. Mai 2021 2. Mai 2021Hafenleben": one word, the post's dates and
    its category run together on the line right under the headline (a renderer joined the
    meta line's inline links, the category glued to the updated date) name the author.

    Signal: as _lone_word_beside_date (the place under the headline, a name's shape, no
    earlier use on the page, no place the text speaks of in several paragraphs: an author
    box in the text may name the author once), with a category of at most
    CATEGORY_WORDS words after the dates; a sentence after a place and its date is longer."""
    if block.n_words > BYLINE_NAME_LINE_WORDS:
        return False
    word = word_before_category(block.text, doc.reference)
    if word is None or _labels_date(word):
        return False
    above = doc.neighbour(block, -1, SKIP)
    if above is None or not (above.label in (HEADLINE, DEK) or _dek_to_be(doc, above)):
        return False
    if any(doc.article_words[w] >= TOPIC_MENTIONS for w in content_words(word)):
        return False  # "Harbourton 2. Mai 2021 Hafen": a place the text keeps speaking of, not its author
    return _lone_name_word(doc, block, word)


def word_before_category(text: str, reference: dt.datetime | None = None) -> str | None:
    """The one word of "jdoe 2. Mai 2021 2. Mai 2021Hafenleben": a word, then dates with
    nothing but separators between them, then a few words of category (CATEGORY_WORDS at
    most, one at least: a line that ends on its date is word_before_date's); None for any
    other line. A comma after the word makes it a dateline's place ("Harbourton, 2. Mai")."""
    dates = find_dates(text, reference)
    if not dates:
        return None
    head = text[: dates[0].start]
    if head.rstrip().endswith(",") or DATE_NAME_SEPARATOR.search(head + " "):
        return None
    for before, after in pairwise(dates):
        if text[before.end : after.start].strip(DATE_SEPARATORS):
            return None
    tail = text[dates[-1].end :].strip(DATE_SEPARATORS).split()
    if not 1 <= len(tail) <= CATEGORY_WORDS or not tail[0][:1].isupper():
        return None
    word = DATE_PREPOSITION.sub("", head).strip()
    return word if word and " " not in word else None


def _lone_word_by_dateline(doc: Doc, block: Block) -> bool:
    """"Headline" / "jdoe" / "2. Mai 2021": one word alone on its line right above or below
    the dateline of the header is the author's first name, pen name or user name (the theme
    prints the name's link and the date in separate elements). Only when no line of a full
    name stands there (the caller runs last).

    Signals: the dateline beside it, a name's shape and no earlier use on the page (see
    _lone_name_word), and no word of a menu entry before it ("Hafen" under "Hafen &
    Meer" is the section). A category or a tag list prints several such words in a row,
    and a table of labels and values a label on either side of the date: a one-word line
    without digits on the other side of the word or of the date rules the word out, and so
    does a line beside it that uses the word (a caption or a title broken into pieces) and
    a word that several paragraphs of the text use (a topic tag)."""
    word = block.text.strip()
    if not (_beside_dateline(doc, block) or _dateline_past_separator(doc, block)) \
            or not _lone_name_word(doc, block, word):
        return False
    key = word.casefold()
    if any(doc.article_words[w] >= TOPIC_MENTIONS for w in content_words(word)):
        return False  # "Harbourton": a topic tag the text keeps speaking of, not its author
    for side in (-1, 1):
        other = doc.neighbour(block, side)
        if other is not None and other.label is not DATELINE and key in other.text.casefold().split():
            return False  # "Leuchtboje" / "Diese Leuchtboje …": a caption's or a title's piece
        if other is not None and other.label is DATELINE:
            other = doc.neighbour(other, side)  # "Datum" / "2. Mai 2021" / "Tags": labels of a table
        if other is not None and other.n_words == 1 and not any(ch.isdigit() for ch in other.text):
            return False
    return not any(b.n_words <= MENU_ENTRY_WORDS and key in b.text.casefold().split()
                   for b in doc.blocks[: block.index])


def _dateline_past_separator(doc: Doc, block: Block) -> bool:
    """"jdoe" / "—" / "2. Mai 2021": the dateline next to the block but for a line of a lone
    separator (a dash, a bar) that the theme prints between name and date."""
    for side in (-1, 1):
        other = doc.neighbour(block, side)
        if other is not None and other.rule == "no_words":
            other = doc.neighbour(other, side)
            if other is not None and other.label is DATELINE:
                return True
    return False


def _menu_entry_before(doc: Doc, block: Block) -> bool:
    """"Reisen" / … / "Headline" / "2. Mai 2021" / "Reisen": a line under the headline that
    repeats a menu entry or a breadcrumb step printed above it names the section, not the
    author (an author's name is seldom a menu entry). Signal: the same short text on an
    earlier line of the page. A line that ends on a by-word right above ("2. Mai 2021, par")
    vouches for the name even where the site's name is the author and its logo stands above."""
    prev = doc.neighbour(block, -1)
    if prev is not None and prev.text.split() and BY_LABEL.match(prev.text.split()[-1]):
        return False
    key = block.text.strip(" *-\u2022\u00bb").casefold()
    return any(b.n_words <= MENU_ENTRY_WORDS and b.text.strip(" *-\u2022\u00bb").casefold() == key
               for b in doc.blocks[: block.index])


def _lone_name_word(doc: Doc, block: Block, word: str) -> bool:
    """Whether one word in the header's meta block may be the author's first name, pen name
    or user name: a name's shape (capitalised, or a lower-case user name), no interface word,
    and no other use of the word on the page before the block (a category or a section the
    site's menu lists is no author). A function word ("in", "von") leads into the next field."""
    key = word.lower()
    if key in NOT_NAMES or key in FUNCTION_WORDS or key in NAME_PARTICLES or not NAME_WORD.match(word) \
            or (word[:1].isupper() and not looks_like_name(word)):
        return False
    key = word.casefold()
    return not any(b.text.strip(" *-\u2022\u00bb").casefold() == key for b in doc.blocks[: block.index])


def _lone_word_after_date(doc: Doc, block: Block) -> bool:
    """"Headline" / "2. Mai 2021 jdoe": one lower-case user name after the date (or the
    published and updated dates) on the dateline right under the headline is the author (a
    renderer ran the meta line's date and name together).

    Signal: the place, nothing but dates before the word, a user name's shape and no earlier
    use on the page (see _lone_name_word); no by-word ("2. Mai 2021, par" goes on with the
    name on the next line). A capitalised word there is as often the post's category."""
    word = word_after_date(block.text, doc.reference) if block.n_words <= BYLINE_NAME_LINE_WORDS else None
    if word is None or not is_handle(word) or BY_LABEL.match(word) or _labels_date(word):
        return False
    above = doc.neighbour(block, -1, SKIP)
    if above is None or not (above.label in (HEADLINE, DEK) or _dek_to_be(doc, above)):
        return False
    return _lone_name_word(doc, block, word)


def word_after_date(text: str, reference: dt.datetime | None = None) -> str | None:
    """The one word of "2. Mai 2021 jdoe", "2. Mai 20213. Mai 2021 | jdoe": dates (and
    separators) first, then one word and nothing else; None for any other line."""
    dates = find_dates(text, reference)
    if not dates or text[: dates[0].start].strip(DATE_SEPARATORS):
        return None
    for before, after in pairwise(dates):
        if text[before.end : after.start].strip(DATE_SEPARATORS):
            return None
    word = text[dates[-1].end :].strip(DATE_SEPARATORS)
    return word if word and " " not in word else None


def _dek_to_be(doc: Doc, block: Block) -> bool:
    """A line of prose right under the headline, not labelled yet: the dek (the dek rule
    runs after the byline rules that look for the dateline under it)."""
    above = doc.neighbour(block, -1, SKIP)
    return block.label is UNKNOWN and above is not None and above.label is HEADLINE and is_prose(block)


def word_before_date(text: str, reference: dt.datetime | None = None, *, separated: bool = True) -> str | None:
    """The one word of "jdoe — 2. Mai 2021": a word, a separator, a date and nothing after it
    but another separator; None for any other line. With ``separated`` false the separator
    may be a space alone or a preposition ("jdoe 2. Mai 2021", "jdoe am 2. Mai 2021"), as
    renderers that run inline elements together print it, unless the word labels the date
    ("Stand", "Erstellt am", "Updated", a weekday)."""
    dates = find_dates(text, reference)
    if not dates:
        return None
    head, tail = text[: dates[0].start], text[dates[0].end :]
    if tail.strip(" |\u00b7\u2022,-\u2013\u2014"):
        return None
    if DATE_NAME_SEPARATOR.search(head + " "):
        word = head.rstrip(" |\u00b7\u2022-\u2013\u2014").strip()
    elif separated or head.rstrip().endswith(","):
        return None  # "Harbourton, 2. Mai 2021": the place of a dateline
    else:
        word = DATE_PREPOSITION.sub("", head).strip()  # "jdoe am 2. Mai 2021", "jdoe on May 2"
        if _labels_date(word):
            return None
    return word if word and " " not in word else None


def _labels_date(word: str) -> bool:
    """"Stand", "Aktualisiert", "Published", "Montag": a word that names or qualifies the date
    after it rather than the person who wrote."""
    key = word.lower().rstrip(":,.")
    return key in BY_LEAD_WORDS or key in WEEKDAYS or DATE_LABEL_WORD.fullmatch(key) is not None \
        or DATE_WORDS.fullmatch(key) is not None


def _by_line(block: Block) -> bool:
    """"By A", "Analysis by A", "12 May 2024 · von A": a by-marker near the start, then names."""
    m = BY_PREFIX.match(block.text)
    if m and m.end() > 0:
        rest = block.text[m.end():].lstrip()
        if coded_credit(rest):
            return True  # "Von: ab/dpa"
        if rest and (rest[0].isupper() or is_agency(rest.split(",")[0])):
            authors = parse_byline(block.text)
            return bool(authors) and not phrase_after_by(rest, authors) and not _sentence_after_by(block, rest, authors)
    m = by_marker(block.text)
    if m is None or not (by_marker_leads(block.text[: m.start()]) or named_before_by(block.text, m)):
        return False
    if block.ends_sentence and not FIELD_LABEL.search(block.text, m.end()):
        return False  # a sentence, unless the line goes on with another field ("Lesezeit: 6 Min.")
    return bool(parse_byline(block.text))


# Words a byline may put right after a name: a co-author's conjunction, the place or the
# outlet the writer reports from or for ("By Jane Doe in Lisbon", "By Jane Doe for Reuters").
AFTER_NAME_WORDS = frozenset("and und & et y e en with mit avec con in im at from aus for für pour para per".split())
SENTENCE_AFTER_BY_WORDS = 8  # a line that long, ending as a sentence, may be one (see _sentence_after_by)


def _sentence_after_by(block: Block, rest: str, authors: list[Author]) -> bool:
    """"By Christmas Eve the ferry was full and the queue stretched back …": a sentence of the
    article that opens with "By" and a capitalised phrase, not a byline.

    Signal: the line ends as a sentence, holds SENTENCE_AFTER_BY_WORDS words or more, and
    the word right after the first name is in lower case and none a byline puts there
    (AFTER_NAME_WORDS: "and", "in Lisbon", "for Reuters"): a clause goes on ("the ferry
    was full"), where a byline lists names, roles and places.
    """
    if not block.ends_sentence or block.n_words < SENTENCE_AFTER_BY_WORDS or not rest.startswith(authors[0].name):
        return False
    after = rest[len(authors[0].name):].split(maxsplit=1)
    return bool(after) and after[0][:1].islower() and after[0] not in AFTER_NAME_WORDS


def _name_with_role(block: Block) -> bool:
    """"Jane Doe, Staff Writer", "Jane Doe | Reuters": names plus a role or an agency."""
    if block.ends_sentence and not block.text.endswith("."):
        return False
    if "," not in block.text and "|" not in block.text:
        return False  # one part only (cheap test first: most lines have no separator)
    parts = [p.strip() for p in block.text.replace("|", ",").split(",") if p.strip()]
    if len(parts) < 2 or not looks_like_name(parts[0]):
        return False
    return any(is_role(p) or is_agency(p) for p in parts[1:]) and bool(parse_byline(block.text))


def _role_line(block: Block) -> bool:
    """A job title alone on a line ("Senior Reporter"), not an interface text that happens to
    contain a role word ("Contact the Editors")."""
    # ends_sentence first: other rules have mostly measured it already, is_role may be new.
    return block.n_words <= ROLE_MAX_WORDS and not block.ends_sentence and is_role(block.text) \
        and not {w.lower() for w in block.words} & ROLE_LINE_STOPWORDS


def _in_author_context(doc: Doc, block: Block) -> bool:
    """A lone name belongs to a byline when an author signal stands right next to it."""
    prev = doc.neighbour(block, -1)
    nxt = doc.neighbour(block, 1, SKIP)
    if prev is not None and AVATAR.match(prev.text):
        return True
    if nxt is None:
        return False
    under = block  # the line the reading time would stand under
    if _mail_alone(nxt):
        # "Jane Doe" / "jane.doe@example.org" / "May 2, 2021": the author's address under the
        # name (a text browser prints name and mail link on lines of their own); the signal
        # that makes the name a byline stands past it.
        under, nxt = nxt, doc.neighbour(nxt, 1, SKIP)
        if nxt is None:
            return False
    if nxt.label is UNKNOWN and _role_line(nxt):
        return not _in_menu(doc, block, nxt)
    if nxt.label is BIO:
        return nxt.text.startswith(block.text.split()[0])
    if block.index >= doc.core_start:
        return False
    # In the header only (in the tail, "Name / date" is a comment): next to a dateline or
    # above the reading time ("Jane Doe" / "4 min read").
    after = doc.neighbour(under, 1)
    return nxt.label is DATELINE or (after is not None and after.label is READING_TIME) or \
        _under_dateline(doc, block)


def _mail_alone(block: Block) -> bool:
    """An e-mail address alone on its line: a line with an "@" and no space (cheap tests
    first) that is all address."""
    text = block.text.strip()
    if "@" not in text or " " in text:
        return False
    return MAIL_ADDRESS.fullmatch(text) is not None


def _affiliation_under_role(doc: Doc, block: Block) -> bool:
    """"Jane Doe" / "Travel Editor" / "Acme Finance" / "May 2, 2021": the line under a name
    and its role names the outlet the person works for (an author box prints name, title,
    publication), not a second author; so does a line of that outlet and the date, which the
    dateline rule took for a name beside its date (name_with_date: the bylines rule gives the
    line back to the datelines). Signal: the role line right above, and no role line of its
    own below (a list of authors gives each name its role: name, role, name, role)."""
    prev = doc.neighbour(block, -1, SKIP)
    if prev is None or prev.label is not BYLINE or prev.rule != "byline_role":
        return False
    nxt = doc.neighbour(block, 1, SKIP)
    return nxt is None or not _role_line(nxt)


def _in_menu(doc: Doc, name: Block, role: Block) -> bool:
    """"Jugend" / "Anna Example" / "Jugendsprecher" / "Veranstaltungen": a name and a role
    that stand between two short menu entries are entries of a menu (a club's or a forum's
    navigation lists its offices), not an author box. Signal: the lines around the pair
    are short labels without digits or punctuation; an author box sits next to a sentence,
    a heading with a colon, or contact details."""
    around = (doc.neighbour(name, -1), doc.neighbour(role, 1))
    return all(b is not None and b.n_words <= ROLE_MAX_WORDS and not b.ends_sentence
               and not any(ch.isdigit() or ch in ":@" for ch in b.text) for b in around)


def _dated_signature(doc: Doc, block: Block) -> bool:
    """"… last paragraph." / "28. Mai 2021" / "Jane Doe": a date and a name right where the
    article ends sign it (magazines and press pages print date and author under the text);
    the name may follow a dash ("– Jane Doe"), as a signature does.
    Signal: the dateline right above the name, and the body right above the dateline
    (or a source line or two). A comment opens with its writer's name over the date, and a
    greeting ("Hi Sam,") ends on a comma: neither counts."""
    prev = doc.neighbour(block, -1, SKIP)
    if prev is None or prev.label is not DATELINE or prev.index > doc.end + 2 or block.text.endswith(","):
        return False
    above = doc.neighbour(prev, -1, SKIP)
    return above is None or not looks_like_name(above.text.strip())


def _over_agency(doc: Doc, block: Block) -> bool:
    """"JANE DOE" / "Associated Press": a name over the news agency it writes for is a
    byline (wire copy prints the reporter, then the agency). Signal: the agency line
    under the name, which vouches even for a name in capitals."""
    nxt = doc.neighbour(block, 1, SKIP)
    if nxt is None:
        return False
    if nxt.label is DATELINE:
        return _agency_before_date(nxt.text)
    return nxt.label is UNKNOWN and (is_agency(nxt.text) or (
        nxt.text[:1].lower() in AGENCY_INITIALS and _agency_before_date(nxt.text)))


def _agency_before_date(text: str) -> bool:
    """"Associated Press · May 2, 2024", "Associated PressMay 2, 2024": the agency
    line under a wire reporter's name with the report's date beside it (a renderer that runs
    inline elements together glues the two). Signal: the dateline opens with a known
    agency's name, and a separator, a figure or a capital (the date's) follows it."""
    m = AGENCY_PREFIX.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    glued = text[m.end() - 1].islower() and (rest[:1].isupper() or rest[:1].isdigit())
    return glued or rest[:2] in AGENCY_DATE_SEPARATORS  # (not "APRIL 2": no case change)


def _under_dateline(doc: Doc, block: Block) -> bool:
    """"Headline" / "11.03.2018" / "Jane Doe": a name right under the dateline that stands
    right under the headline is the article's byline (a teaser list prints its names under
    a teaser title, not under the headline's dateline)."""
    prev = doc.neighbour(block, -1, SKIP)
    if prev is None or prev.label is not DATELINE:
        return False
    above = doc.neighbour(prev, -1, SKIP)
    return above is not None and above.label in (HEADLINE, DEK)


def _links_author(doc: Doc, block: Block) -> bool:
    """"All posts by Jane Doe", "Mehr von Jane Doe lesen", or "About Jane Doe" over a text that
    starts with that name: the author box after the article names its author in a link to
    the author's page or in its heading. Signal: the phrase of such a link or heading around
    a name; after the body only (a teaser list in the header links other authors). The
    name counts only when no byline names anyone (assemble)."""
    found = author_link_name(block.text)
    if found is None:
        return False
    name, heading = found
    nxt = doc.neighbour(block, 1, SKIP)
    return not heading or (nxt is not None and nxt.text.startswith(name + " "))


def _name_over_posts_link(doc: Doc, block: Block) -> bool:
    """"Jane Doe" / "Alle Artikel", "Jane Doe" / "View all posts": the author box after the
    article prints the author's name over the link to the author's other posts, whose text
    does not repeat the name, or calls the author by role ("Alle Texte des Autors", see
    _author_page_link). Signal: that link right under a lone personal name of two words or
    more, or under a short contact link under it; counts only when nothing else names an
    author (assemble)."""
    if not 2 <= block.n_words <= 4:
        return False
    nxt = doc.neighbour(block, 1, SKIP)  # the link first: it fails faster than the name test
    if nxt is None:
        return False
    if POSTS_LINK.match(nxt.text.strip()) is None and not _author_page_link(nxt):
        # A contact link of a few words, letters only, may come first ("Contact").
        if nxt.n_words > CONTACT_LINK_WORDS or not nxt.text.replace(" ", "").isalpha():
            return False
        after = doc.neighbour(nxt, 1, SKIP)
        if after is None or not _author_page_link(after):
            return False
    return looks_like_name(block.text.strip())


def _posted_at_time(doc: Doc, block: Block) -> bool:
    """"Posted by Jane Doe at 10:52" after the body: a blog post's footer names its author
    (see posted_at_time). A renderer that puts every inline element on its own line prints
    "Posted by" / "Jane Doe" / "at" / "10:52" (or "Posted by Jane Doe" / "at" / "10:52"): the
    name's line is then the byline, read with the lines around it. Only the footer's shape
    counts, so a comment's "by" line or a teaser's does not."""
    if block.n_words > POSTED_FOOTER_WORDS:
        return False
    if block.text.lstrip()[:1].lower() in POSTED_INITIALS and posted_at_time(block.text) is not None:
        return True
    if block.n_words > POSTED_NAME_WORDS + 2:
        return False
    at = doc.neighbour(block, 1)  # the preposition alone first: it fails on almost every line
    if at is None or at.n_words > 2 or at.text.strip().lower() not in TIME_PREPOSITIONS:
        return False
    time = doc.neighbour(at, 1)
    if time is None or time.n_words > 2 or not time.text.strip()[:1].isdigit():
        return False
    tail = f"{block.text.strip()} {at.text.strip()} {time.text.strip()}"
    if posted_at_time(tail) is not None:
        return True  # "Posted by Jane Doe" / "at" / "10:52"
    prev = doc.neighbour(block, -1)  # "Posted by", "Eingestellt von" alone
    return prev is not None and prev.n_words == 2 and block.n_words <= POSTED_NAME_WORDS \
        and posted_at_time(f"{prev.text.strip()} {tail}") == block.text.strip().lstrip("@")


def name_before_posts_link(text: str) -> str | None:
    """"Jane Doe View all posts", "Jane Doe zu allen Beiträgen vom Autor": the author box's
    name and the link to the author's other texts run into one line (a renderer that joins
    inline elements, or the segmenter joining the two short lines of a scraper's dump), as
    _name_over_posts_link finds them on two lines. Returns the name.

    Signal: a personal name of two to four words first, then a short link that offers
    more texts: POSTS_LINK's words, or a word of "all", "more", "other" (MORE_TEXTS) first
    and the author word (AUTHOR_PAGE_LINK) last; a disclosure "… der Autorin/des Autors"
    offers none. No word of the name may be two words a renderer glued together
    ("ArtikelNeue": GLUED_WORDS), nor the author word itself. The byline counts only when
    nothing else names an author."""
    if "," in text or POSTS_LINK_CUE.search(text) is None:
        return None  # (one search rules out most lines: the link holds one of these words)
    words = text.split()
    if not 3 <= len(words) <= POSTS_LINK_LINE_WORDS:
        return None
    for size in (2, 3, 4):
        name, link = " ".join(words[:size]), " ".join(words[size:])
        if not link or len(words) - size > AUTHOR_PAGE_LINK_WORDS:
            continue
        offers_more = MORE_TEXTS.match(link) is not None and AUTHOR_PAGE_LINK.search(words[-1]) is not None
        if (offers_more or POSTS_LINK.match(link)) and looks_like_name(name) and not is_role(name) \
                and GLUED_WORDS.search(name) is None and AUTHOR_PAGE_LINK.search(name) is None:
            return name
    return None


def _author_page_link(block: Block) -> bool:
    """"Alle Texte des Autors", "More from this author": the author box's link to the
    author's page that calls the author by role (AUTHOR_PAGE_LINK) where POSTS_LINK's link
    says "posts"; a short line that does not open with the author label ("Autor" / "Autor
    Jane Doe" labels the name under or beside it, see BY_LABEL)."""
    return 2 <= block.n_words <= AUTHOR_PAGE_LINK_WORDS and AUTHOR_PAGE_LINK.search(block.text) is not None \
        and not BY_LABEL.match(block.text.split()[0])


def _name_under_author_heading(doc: Doc, block: Block) -> bool:
    """"About the author" / "View all posts" / "Jane" / bio: the author box after the article
    names its author under its heading, maybe after the link to the author's other posts.
    Signal: the heading (signals.AUTHOR_BOX_START) right above, or above that link; the
    heading vouches even for a first name or a user name alone. Counts only when nothing
    else names an author (assemble)."""
    if block.n_words > 4:
        return False
    # The heading first: it fails on a line's first characters, the name test reads every word.
    prev = doc.neighbour(block, -1, SKIP)
    if prev is not None and POSTS_LINK.match(prev.text.strip()):
        prev = doc.neighbour(prev, -1, SKIP)
    if prev is None or signals.AUTHOR_BOX_START.match(prev.text.strip()) is None:
        return False
    return looks_like_name(block.text.strip()) or is_handle(block.text)


def _introduces_bio(doc: Doc, block: Block) -> bool:
    """"Jane Doe" / "Jane Doe is a reporter covering …": a name over a paragraph that
    describes that same person in the words of an author bio (an author box, wherever the
    region put it)."""
    nxt = doc.neighbour(block, 1, SKIP)
    return nxt is not None and nxt.label in UNDECIDED_OR_BIO \
        and nxt.text.startswith(block.text.strip() + " ") \
        and bool(signals.BIO_START.match(nxt.text) and signals.BIO_WORDS.search(nxt.text))


def names_after_dates(doc: Doc) -> None:
    """A dateline under the headline that goes on with a name after its dates is the byline
    ("12. Mai 2019 Jane Doe 3 Kommentare", "May 2, 2019 | Jane Doe Travel , Food"), and so
    is a meta line that opens with a name before its date ("Jane Doe , 2. Mai 2019, 12:01
    Uhr 3 min Lesezeit Kommentare 4").

    Signal: position and order. Blog themes print date, author, categories and the comment
    link on one meta line under the title; renderers that run inline elements together
    (inscriptis, lynx, w3m) keep them on one line, so the dateline carries the name. Only
    a dateline near the headline counts: elsewhere "date name" is a comment's header.
    Classic themes end the categories line with the name and the time ("Filed under:
    Travel — jdoe @ 10:42", see name_at_time); that line is taken even where its field
    label made it read as interface text.
    """
    headline = doc.first(HEADLINE)
    if headline is None or headline.rule == "headline_ending_trail":
        return  # the title read from a breadcrumb trail: what stands under it is navigation
    if any(b.label is BYLINE for b in doc.blocks[headline.index + 1 : doc.core_start]):
        return  # the header already has its byline
    for block in doc.blocks[headline.index + 1 : headline.index + 1 + NAME_SLOTS]:
        if block.index >= doc.core_start:
            break
        if block.label in (DATELINE, UNKNOWN) and block.n_words <= BYLINE_MAX_WORDS \
                and meta_line_name(block.text):
            block.set(BYLINE, "meta_line_name")
            return
        if block.label in (DATELINE, UNKNOWN) and block.n_words <= META_LINE_MAX_WORDS \
                and "|" in block.text and segment_byline(block.text):
            block.set(BYLINE, "segment_byline")
            return
        if block.label is DATELINE and _lone_word_beside_date(doc, block):
            block.set(BYLINE, "word_beside_date")
            return
        if block.label in UNDECIDED_OR_DATED and _lone_word_before_category(doc, block):
            block.set(BYLINE, "word_before_category")
            return
        if block.label is DATELINE and _lone_word_after_date(doc, block):
            block.set(BYLINE, "word_after_date")
            return
        if block.label in UNDECIDED_DATED_OR_INTERFACE and block.n_words <= META_LINE_MAX_WORDS \
                and name_at_time(block.text):
            block.set(BYLINE, "name_at_time")  # "Filed under: Travel — jdoe @ 10:42"
            return


def names_under_headline(doc: Doc) -> None:
    """A name alone on a line just under the headline (before the body) is the byline.

    Signal: position. Sites print the author's name between the headline and the body,
    often without "By"; a name-shaped line there is rarely anything else. A name with the
    post's age after it on the same line ("Jane Doe • 8h": a renderer ran the two inline
    elements together) stands beside its date as much as one above a dateline does. A
    headline read from a numbered breadcrumb trail's last item (``headline_ending_trail``)
    stands in the navigation, so the lines under it are menus, not the article's header.
    A news agency's credit there ("AFP", "dpa/hfn", see agency_credit) next to the dateline
    is the byline of a report that names no writer; it is tried after the name lines (a
    writer's name beside the dateline outranks the agency that supplied the report), only on
    undecided lines (a menu entry named after an agency is navigation), and not under a
    picture's caption (there it credits the picture). A name alone that stands in a run of
    menu-shaped lines (_in_menu_run) is a menu entry under a title read from the site's header.
    """
    headline = doc.first(HEADLINE)
    if headline is None or headline.rule == "headline_ending_trail":
        return  # the title read from a breadcrumb trail: what stands under it is navigation
    if any(b.label is BYLINE for b in doc.blocks[headline.index + 1 : doc.core_start]):
        return  # the header already has its byline; a second guess only adds a wrong name
    for block in doc.blocks[headline.index + 1 : min(doc.core_start, headline.index + 1 + DATELINE_HEADLINE_REACH)]:
        if _dated_name_over_body(doc, block):
            block.set(BYLINE, "name_with_date")  # "Jane Doe | Published 3 hours ago" / text
            return
    for block in _slots_under(doc, headline):
        if block.label in (UNKNOWN, NAV) and _names_with_degrees(block):
            block.set(BYLINE, "bylines")  # after the headline rule: no title over a byline
            nxt = doc.neighbour(block, 1)
            while nxt is not None and block.text.rstrip().endswith(",") and nxt.label in (UNKNOWN, NAV) \
                    and _names_with_degrees(nxt):
                nxt.set(BYLINE, "bylines")  # "Jane Doe, PhD ," / "Omar Haddad, MD": one name a line
                block, nxt = nxt, doc.neighbour(nxt, 1)
            return
    first = doc.neighbour(headline, 1)
    if first is not None and first.label is CAPTION and _listed_people(first.text):
        _mark_name(doc, first, "names_under_headline")
        return
    for block in _slots_under(doc, headline):
        aged = AGE_SUFFIX.search(block.text) if block.n_words <= BYLINE_NAME_LINE_WORDS else None
        beside_date = aged is not None or _beside_dateline(doc, block)
        if block.index >= doc.core_start and not beside_date:
            break
        if (block.label is UNKNOWN or (beside_date and block.label is NAV)) \
                and block.n_words >= 2 and (looks_like_name(_name_part(block.text, aged, beside_date))
                                            or (beside_date and name_after_lead_word(block.text) is not None)) \
                and (beside_date or not any(doc.article_words[w] for w in content_words(block.text))) \
                and not _menu_entry_before(doc, block) \
                and (beside_date or _dateline_past_separator(doc, block) or not _in_menu_run(doc, block)):
            # A kicker or section name ("Middle East") speaks of what the body does; a name
            # rarely recurs in it, unless the article quotes its author (a byline beside the
            # dateline is a name for sure, even where the name's link was taken for a menu).
            _mark_name(doc, block, "names_under_headline")
            return
    for block in _slots_under(doc, headline):
        if block.index >= doc.core_start:
            break
        if block.label is UNKNOWN and agency_credit(block.text) is not None \
                and _credit_by_dateline(doc, block) and not _under_caption(doc, block):
            _mark_name(doc, block, "names_under_headline")  # "Headline" / "AFP" / "12 May 2024"
            return
    above = doc.neighbour(headline, -1)
    if above is not None and above.label in (UNKNOWN, NAV) and above.n_words >= 2 \
            and _name_over_headline(doc, above):
        _mark_name(doc, above, "name_over_headline")
        return
    # The headline's copies too: a teaser's title may have been taken for the headline, and
    # the article's own title repeats it over the article's meta block.
    copies = [b for b in doc.blocks[headline.index + 1 : doc.core_start] if b.rule == "repeated_headline"]
    for top in [headline, *copies]:
        for block in _slots_under(doc, top):
            if block.index >= doc.core_start and block.label is not NAV:
                break
            if block.n_words == 1 and block.label in (UNKNOWN, NAV) and _lone_word_by_dateline(doc, block):
                _mark_name(doc, block, "lone_name_by_date")  # "Headline" / "jdoe" / "2. Mai 2021"
                return


def _in_menu_run(doc: Doc, block: Block) -> bool:
    """"Headline" / "Tides" / "Ferries" / "Harbour Life" / "Letters" / …: a line under a
    title that stands in a run of MENU_RUN short lines or more is a menu entry, however
    much it looks like a name (a title read from the site's header stands over its menu).
    Signal: the lines on both sides, up to the headline, are short (MENU_ENTRY_WORDS),
    undecided, without figures or a sentence's end: a menu's entries; a byline's
    neighbours are a date, a role, a share bar (interface text, decided already) or the
    text, and co-authors stand MAX_LISTED_NAMES at most in a row."""
    run = 1
    for step in (-1, 1):
        i = block.index + step
        while 0 <= i < len(doc.blocks) and run < MENU_RUN and _menu_entry_shape(doc.blocks[i]):
            run += 1
            i += step
    return run >= MENU_RUN


def _menu_entry_shape(block: Block) -> bool:
    """A short undecided line without figures or a sentence's end: a menu entry's shape."""
    return block.label is UNKNOWN and 1 <= block.n_words <= MENU_ENTRY_WORDS and not block.ends_sentence \
        and not any(ch.isdigit() for ch in block.text)


def _name_part(text: str, aged: re.Match[str] | None, beside_date: bool) -> str:
    """The name of a line under the headline: without the post's age after it ("Jane Doe •
    8h") and, beside the dateline, without the separator that stood between the name and the
    date ("Jane Doe |" over "2. Mai 2021": the renderer broke the meta line after the bar)."""
    if aged is not None:
        return text[: aged.start()]
    return text.rstrip(META_LINE_EDGES) if beside_date else text


def _listed_people(text: str) -> bool:
    """"Jane Doe, Omar Haddad": a list of two or more full names and nothing else. Right
    under the headline such a line is the byline even where the credit line of the picture
    under it made it read as the picture's caption (a caption describes the picture)."""
    return "," in text and len(text.split()) <= BYLINE_NAME_LINE_WORDS and _names_only(text) \
        and len(split_people(text.strip())) >= 2


def _slots_under(doc: Doc, headline: Block) -> list[Block]:
    """The NAME_SLOTS blocks under the headline, not counting a picture's caption and credit
    lines: a lead picture between the headline's meta lines pushes the byline down without
    moving it away from the headline, and so does the placeholder a text browser prints for
    a picture (a short line taken for interface text) among the slots the pictures add.
    The slots the pictures add end at the body's second paragraph (a dek is the first): a
    heading after that is the body's or a widget's."""
    found = doc.blocks[headline.index + 1 : headline.index + 1 + NAME_SLOTS]
    extra = sum(1 for b in found if b.label is CAPTION)
    prose = sum(1 for b in found if b.label is not CAPTION and is_prose(b))
    blocks = doc.blocks
    i = headline.index + 1 + NAME_SLOTS
    placeholders = 0  # one per picture at most
    while extra > 0 and prose < 2 and i < len(blocks):
        block = blocks[i]
        found.append(block)
        i += 1
        if block.label is BOILERPLATE and block.n_words <= PLACEHOLDER_WORDS and placeholders < extra:
            placeholders += 1
            continue  # the picture's placeholder ("[IMG]", "[13-3-10]") takes no slot either
        extra -= 1
        prose += block.label is not CAPTION and is_prose(block)
    return found


def name_after_lead_word(text: str) -> str | None:
    """"durch Jane Doe", "door Jane Doe": the full name after one short lower-case word, the
    by-word of a theme's translation that no by-word list knows. Only beside the dateline
    under the headline (the caller's test): there a line of a name is the byline. After a
    known by-word a surname typed in lower case counts too ("by Jane doe", see
    lower_case_surname): the profile's own spelling, which the byline prints as typed."""
    lead, _, rest = text.strip().partition(" ")
    if not lead.isalpha() or not lead.islower() or len(lead) > LEAD_WORD_MAX_CHARS or rest.count(" ") < 1:
        return None
    if looks_like_name(rest):
        return rest
    return rest if BY_LABEL.match(lead) and lower_case_surname(rest) else None


def _name_over_headline(doc: Doc, block: Block) -> bool:
    """"11.03.2018" / "Jane Doe" / "Headline": a name right above the headline with the
    dateline right above it is the article's byline: some themes print the meta line (date,
    author) over the title. Signal: the date on the other side of the name; a name alone over
    a headline is as often a menu entry or a kicker."""
    prev = doc.neighbour(block, -1)
    return prev is not None and prev.label is DATELINE and looks_like_name(block.text)


def agency_credit(text: str) -> str | None:
    """"AFP", "dpa/hfn", "AFP/Harbour Post - desk@example.org": a news agency alone on its line,
    or first of the credits a slash joins (the agency and the desk or outlet that edited its
    report), maybe with the desk's address after a dash. Such a line under the headline
    credits the report to the agency, as a byline does. Returns the credit."""
    if len(text) > AGENCY_CREDIT_MAX_CHARS:
        return None
    credit = CREDIT_END.split(text, maxsplit=1)[0].strip()
    head = credit.split("/")[0].strip()
    return credit if head and is_agency(head) else None


def _under_caption(doc: Doc, block: Block) -> bool:
    """Whether a picture's caption stands right above a line: an agency's name there credits
    the picture ("The new quay at dusk" / "AFP"), not the report."""
    above = doc.neighbour(block, -1)
    return above is not None and above.label is CAPTION


def _credit_by_dateline(doc: Doc, block: Block) -> bool:
    """Whether a dateline stands right above or below a line, or below it past one short
    line (the desk's e-mail address, a share button): the header's meta block."""
    if _beside_dateline(doc, block):
        return True
    nxt = doc.neighbour(block, 1)
    after = doc.neighbour(nxt, 1) if nxt is not None and nxt.n_words <= 3 else None
    return after is not None and after.label is DATELINE


def _beside_dateline(doc: Doc, block: Block) -> bool:
    """"Headline" / "11.03.2018" / "Jane Doe": a line right above or below the dateline that
    stands under the headline. Signal: the byline and the date make up the meta block under a
    headline, in either order; the region may have counted the meta block into the body. A
    post's age too short for a dateline ("8h", "52m") counts as one: feeds print it there."""
    return any(n is not None and (n.label is DATELINE or (n.n_words <= 2 and bool(AGE_STAMP.match(n.text))))
               for n in (doc.neighbour(block, -1), doc.neighbour(block, 1)))
