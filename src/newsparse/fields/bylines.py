"""Bylines to authors: names, each with its role where printed; agencies kept as authors."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from newsparse.article import Author
from newsparse.blocks import ASCII_LETTERS
from newsparse.fields.dates import MONTHS, RELATIVE, find_dates

BY_PREFIX = re.compile(
    r"^(?:(?:written|words|story|reporting|text|photos?|interview|compiled|edited)\s+(?:by|and\s+\w+\s+by)"
    r"|(?:posted|published)\s+by|(?:geschrieben|verfasst|veröffentlicht|publiziert|gepostet)\s+von"
    r"|by|von|par|por|door|di|av|af|autor(?:in|en)?|authors?|auteur|texte?|thread\s+starter|themenstarter)\b\s*:?\s*"
    r"|(?-i:By)(?=(?-i:[A-Z][a-z]))",  # "ByJane Doe": a dump or a page that glues the label on
    re.I,
)
# Job titles, as the words of a text (tested on its words: one alternation searched at every
# position cost up to 25 µs a line, a set lookup per word a tenth of it).
ROLE_WORD_FORMS = frozenset(
    """reporter reporters writer writers correspondent correspondents editor editors contributor
    contributors columnist columnists staff producer producers photographer photographers analyst
    analysts chief critic journalist journalists director fellow professor intern anchor host bureau
    researcher economist strategist specialist contributing senior deputy manager founder ceo
    president redakteur redakteurin korrespondent korrespondentin journaliste rédacteur rédactrice
    periodista redactor redactora giornalista spokesperson spokesman spokeswoman chairman chairwoman
    chairperson""".split()
)
ROLE_WORD_PAIRS = frozenset({("head", "of"), ("special", "to"), ("for", "the")})
# German compounds end in the role: "Pressesprecher", "Bundesvorsitzende", "Projektleiterin".
ROLE_STEMS = ("sprecher", "vorsitzende", "berater", "leiter", "geschäftsführer", "referent")
ROLE_WORD_ENDINGS = tuple(f"{stem}{suffix}" for stem in ROLE_STEMS for suffix in ("", "in", "r"))
ROLE_PAIR_FIRSTS = frozenset(first for first, _ in ROLE_WORD_PAIRS)
# The same roles as a pattern, for a text that opens with one (``ROLE_WORDS.match``).
ROLE_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(ROLE_WORD_FORMS | {" ".join(pair) for pair in ROLE_WORD_PAIRS}))
    + rf"|\w*(?:{'|'.join(ROLE_STEMS)})(?:in|r)?)\b",
    re.I,
)
AGENCIES = frozenset(
    name.strip()
    for name in """reuters|associated press|the associated press|ap|afp|agence france-presse|bloomberg|
    bloomberg news|dpa|ansa|efe|pa|pa media|press association|upi|xinhua|kyodo|kyodo news|
    yonhap|tass|ria novosti|anadolu|europa press|apa|sda|cnn wire|cnn|nyt|the new york times|jiji|jiji press|
    kna|epd|afp/dpa|dpa/afp|ap/reuters""".replace("\n", "|").split("|")
    if name.strip()
)
NAME_PARTICLES = frozenset(
    """de da di del della der den van von la le du dos das bin ibn al el ben y e zu ter mac
    st.
    """.split()
)
# Words of interface and section names that never stand in a personal name: "Press Room",
# "Older Article", "Explore Newsletters" are shaped like names but are not.
NOT_NAMES = frozenset(
    """updated published posted share follow email print comments comment read more min news
    staff editor editors editorial team admin administrator guest contributor contributors
    newsroom desk home menu subscribe sign login the and photo image video getty images
    shutterstock article articles category categories newsletter newsletters explore room
    center centre help contact older newer previous next stories story latest section
    sections topic topics account profile settings search shop store podcast podcasts videos
    about blog press privacy terms global world business politics opinion sports sport
    culture science technology tech health travel style food arts books entertainment
    weather local national international alert close reviews coupons choices ad ads
    advertisement sponsored partner partners related popular trending recommended newest
    oldest archive archives events jobs careers download app apps edition magazine gallery
    galleries live watch listen tags tag feed site sites mobile view options volume markets
    edited written reviewed photos photography filter suche mehr alle artikel beiträge datum
    quelle vorschau startseite kontakt impressum datenschutz teilen drucken kommentare
    weitere weiterlesen tous toutes accueil partager suivre plus más todos todas inicio
    compartir noticias tutti notizie condividi facebook twitter linkedin instagram pinterest
    whatsapp xing telegram reddit youtube tiktok mail e-mail rss embed kommentar
    kommentieren commentaire commentaires comentario comentarios date fecha author autor
    autorin auteur autore unser unsere themen thema gesponsert gesponserte inhalte navigation
    paper epaper
    navigate cookie cookies button icon
    """.split()
)
# Words of an academic or medical institution's name: a byline's affiliation, never a person's.
INSTITUTION_WORDS = frozenset(
    """university universität universidad université università universiteit universidade college
    institute institut instituto istituto hospital klinikum hochschule faculty fakultät department
    laboratory laboratories""".split()
)
# Academic degrees journals print after each author's name: "Jane Doe, PhD, Omar Haddad, MD".
DEGREES = frozenset("phd md mph msc bsc ma mba dphil jd rn mbbs dds dvm pharmd mpp mfa llm".split())
# The word that puts a byline's name after it, in the languages read here: BY_MARKER,
# BY_AFTER_DATES and segment.text.GLUED_BY_WORD are built from it.
BY_WORDS = ("by", "von", "par", "por", "door")
_BY_WORD = "|".join(BY_WORDS)
# "By" in the middle of a short line: "Analysis by A", "29 June 2017 · von A".
BY_MARKER = re.compile(rf"(?:^|(?<=[\s\u00b7|\u2022,/-]))(?:{_BY_WORD})\s+(?=[A-ZÀ-ÖØ-Þ])", re.I)
MAX_WORDS_BEFORE_BY = 4
DATE_LABEL = re.compile(r"\b(?:updated|published|posted|last updated|on)\b\s*:?\s*(?=\||$)", re.I)
LETTERS = re.compile(r"[^\W\d_]+")
WORD_RUN = re.compile(r"\w+")
BY_LEAD_WORDS = frozenset(
    """posted written published updated on at am pm um uhr geschrieben verfasst gespeichert
    beitrag eingestellt gepostet erstellt publicado escrito publié écrit analysis opinion commentary review
    essay column report story text words reporting photos photography interview edited
    compiled veröffentlicht am le à publié el publicado il pubblicato op gepubliceerd
    blog artikel gastbeitrag gastartikel article post guest
    """.split()
)
DATE_PREPOSITION = re.compile(r"(?:(?<!\s)\s+)?\b(?:on|at|am|um|le|el|il|op|den|du|vom|del|the|,)\s*$", re.I)
PIECE_EDGES = " .\u2022\u00b7|/"
# Between two people of one byline: a comma, "and" in several languages, or an interview's
# "in conversation with" ("Jane Doe im Gespräch mit Omar Haddad": guest and host).
CONVERSATION_PHRASES = ("im gespräch mit", "in conversation with", "en conversation avec", "in conversazione con")
CONJUNCTIONS = ("and", "und", "et", "y", "e", "en", "og", "och")
# The conjunctions as a mixed-case byline prints them: in lower case, capitalised ("And")
# or, for "and"/"und", in capitals. "ET", "EN", "E" or "Y" in capitals inside a mixed-case
# line is an initialism or a middle initial ("ACME ET Desk", "John E Doe"), not "and". After
# a hyphen the conjunction joins two halves of a compound ("Hafen- und Politikberater").
CASED_CONJUNCTIONS = (*CONJUNCTIONS, *(w.capitalize() for w in CONJUNCTIONS if len(w) > 1), "AND", "UND")


def _people_separator(conjunctions: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    """Between two people of one byline (see split_people): a comma, a semicolon, "&", one of
    the conjunctions (as the flags read them; not after a hyphen) or a conversation phrase
    (in any case), with the spaces around it."""
    return re.compile(rf"(?:(?<!\s)\s+)?(?:,|;|&|(?<!-\s)\b(?:{'|'.join(conjunctions)})\b|"
                      rf"\b(?i:{'|'.join(CONVERSATION_PHRASES)})\b)\s*", flags)


SPLIT_PEOPLE = _people_separator(CONJUNCTIONS, re.I)  # a line in capitals
SPLIT_PEOPLE_CASED = _people_separator(CASED_CONJUNCTIONS)  # a mixed-case line
# Between the fields of a meta line or a footer besides a bar: a spaced dash or dot ("Impressum – 2020").
FIELD_SEPARATOR = re.compile(r"\s[\u2013\u2014\u00b7\u2022]\s")
SPLIT_SEGMENTS = re.compile(r"(?<!\s)\s+[|\u2022\u00b7\u2014\u2013/-]\s+|(?:(?<!\s)\s+)?[|\n]\s*")
# An e-mail address: "jane.doe@example.org". It has a dotted domain, so "Jane Doe@janedoe"
# (a handle glued to the name when the dump joins inline elements) is none.
MAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A mail address, a handle or a web address beside a name: "Jane Doe@janedoe" keeps the name,
# only "@janedoe" is cut.
HANDLE_OR_MAIL = re.compile(rf"{MAIL_ADDRESS.pattern}|@\w+|https?://\S+|www\.\S+")
# "Kategorien: Mode", "Tags: …", "Foto: …": a word ending in a colon opens another field of
# the meta line; the byline ends before it. Dumps that join inline elements glue them on.
# A preposition in lower case ends a label of two words ("Filed under:", "Abgelegt unter:"):
# the label starts at the capitalised word before it. Only a preposition: in "Jane Doe
# updated: May 3" the label is the last word alone, and the name stays whole.
LABEL_PREPOSITIONS = ("under", "unter", "in", "im", "on", "am", "by", "von", "bei", "par", "sous", "en", "por", "bajo")
FIELD_LABEL = re.compile(
    rf"\s(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*\s+(?=(?:{'|'.join(LABEL_PREPOSITIONS)}):))?[^\W\d_][\w*]*:(?=\s+\S)")
# "Illustration von B", "Photos by B" after the writer's name: another person's credit, for
# another job, starts there; the byline ends before it.
OTHER_CREDIT = re.compile(r"(?<=\S)\s+[^\W\d_]+\s+(?:by|von|par|por)\s+(?=[A-ZÀ-ÖØ-Þ])")
# Lines that credit someone for another job than writing: the editor, the photographer.
NOT_WRITER = re.compile(
    r"^(?:edited|reviewed|fact[- ]checked|photos?|photographs?|illustrations?|images?|video|"
    r"redigiert|bearbeitet|fotos?|bilder|illustrationen?)\s+(?:by|von)\b", re.I)
# Quotes around a nickname inside a name: Jane "JD" Doe.
NICKNAME_QUOTES = "\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019"
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-À-ÿ]*$|^[A-Z]\.$")
# A name has at most this many words (particles included) and this many characters.
MAX_NAME_WORDS = 5
# Capitalised in title-case headlines, never part of a personal name.
FUNCTION_WORDS = frozenset(
    """the a an of to in for on with as at from by and or but toward towards into over after
    before about against between under is are was were be has have had will can how why what
    when who where this that these those its it his her their our your my not no new
    der die das und mit für von zu im den dem ein eine les des et pour avec sur dans el los las
    mein meine viel viele
    con para por""".split()
) - NAME_PARTICLES
# Function words that are also given names ("Will", "Can"): they open a name when one
# capitalised surname, and nothing else, follows them ("Will Doe", not "Will Prices Fall").
GIVEN_NAME_FUNCTION_WORDS = frozenset({"will", "can"})
WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag""".split()
)
MAX_NAME_CHARS = 50
# A writer's code and the agency: "ab/dpa".
CODED_CREDIT = re.compile(r"^[a-z]{2,4}/([^\W\d_]{2,12})$")
DOMAIN = re.compile(r"[a-z]\.[a-z]{2,4}$")


def split_people(text: str) -> list[str]:
    """The pieces of a byline between its people: split at commas and conjunctions.

    Signal: the case of the conjunction. A line in capitals ("BY JANE DOE AND OMAR HADDAD")
    prints its conjunctions in capitals too; in a mixed-case line a conjunction is lower
    case or capitalised, and a capital "ET" or "E" is an initialism or a middle initial."""
    return (SPLIT_PEOPLE if text.isupper() else SPLIT_PEOPLE_CASED).split(text)


def _joined_by_conjunction(segment: str, piece: str) -> bool:
    """True when a conjunction ("and", "und", "&") comes right before the piece in the byline:
    "…, Harbour University, and Omar Haddad" goes on with the next co-author, while the
    pieces after an affiliation without one are its town and country."""
    return re.search(rf"(?:\b(?:{'|'.join(CONJUNCTIONS)})\b|&)\s*{re.escape(piece)}", segment, re.I) is not None


def parse_byline(text: str) -> list[Author]:
    """Authors named in a byline: "By A and B", "A, Staff Writer", "Analysis by A, CNN".

    Persons come with the role printed after their name. A news agency counts as the author
    only when no person is named: in "A, Reuters" or "A | CNN" the agency is an affiliation.
    A byline that opens with "By" ends at its date ("By A May 2, 2021 3:46 PM Morning Show":
    what follows the date is the show or section a renderer ran into the line).
    """
    text = GLUED_FIGURE.sub(r" \g<0>", text)
    text = _without_image_alt(_before_date(text))
    text = HANDLE_OR_MAIL.sub(" ", _without_dates(text)).strip(" \t|,:;/\u2013\u2014-")
    marker = by_marker(text)
    if marker and (by_marker_leads(text[: marker.start()]) or _kicker_before_by(text, marker)
                   or named_before_by(text, marker)):
        text = text[marker.end():]
    prefixed = marker is not None or BY_PREFIX.match(text) is not None
    text = BY_PREFIX.sub("", text).strip()
    other = OTHER_CREDIT.search(text)
    if other is not None and prefixed:
        text = text[: other.start()]  # "Jane Doe Illustration von Omar Haddad": Jane Doe wrote
    label = FIELD_LABEL.search(text)
    if label is not None and (prefixed or len(text[: label.start()].split()) >= 2):
        text = text[: label.start()]  # "Jane Doe Kategorien: Mode", not "Jane Doe: …"
    persons: list[Author] = []
    agencies: list[Author] = []
    listed = False  # the first segment named several people: "A, B and C - Team"
    for n, segment in enumerate(SPLIT_SEGMENTS.split(text)):
        segment = BY_PREFIX.sub("", segment.strip(" ,;:")).strip()
        pieces = [p.strip(PIECE_EDGES) for p in split_people(segment) if p.strip(PIECE_EDGES)]
        listed = listed or (n == 1 and len(persons) >= 2)
        affiliated = False  # past an institution: its town follows, until the next co-author
        for piece in pieces:
            if affiliated:
                if not _joined_by_conjunction(segment, piece):
                    continue
                affiliated = False
            if is_degree(piece):
                continue  # "Jane Doe, PhD": the degree after a name is no person
            if n > 0 and persons and (" " not in piece or listed) and not is_agency(piece) and not is_role(piece):
                # "Jane Doe | Wohnen", "Jane Doe | Druckvorschau": one word in a later segment
                # after a full name is the meta line's category or a link, not a co-author.
                # After a list of people ("A, B and C - Safety Team") the rest is their team
                # or desk: a list keeps its co-authors together, in its own segment.
                continue
            if is_institution(piece):
                # "Jane Doe, Harbour University, Portsmouth": the writer's affiliation and its
                # town follow the name; alone, the institution is the credit.
                if not persons:
                    agencies.append(Author(piece))
                affiliated = True
                continue
            if is_agency(piece):
                agencies.append(Author(piece))
            elif prefixed and coded_credit(piece):
                persons.append(Author(piece))
            elif is_role(piece) and ((name := leading_name(piece)) is None or ROLE_WORDS.match(piece)):
                # "Projektleiterin der Stiftung": a piece that opens with a role word is a role
                if persons and persons[-1].role is None:
                    persons[-1] = Author(persons[-1].name, piece)
                break  # what follows a role in the same segment describes it ("…, ACLU Project")
            elif looks_like_name(piece, allow_caps=prefixed):
                persons.append(Author(piece))
            elif (credit := _name_of_credit(piece, prefixed)) is not None:
                persons.append(Author(credit))
            elif (name := leading_name(piece)) is not None:
                # "Jane Doe eHow Contributor", "Jane Doe March 18 at 3:57 PM Follow": the name
                # leads, the rest is a role or glued-on page text.
                rest = piece[len(name):].strip()
                persons.append(Author(name, rest if is_role(rest) else None))
                break
    return _dedupe(persons or agencies)


# A figure glued to the end of a name ("Jane Doe12 May 2024", "Jane Doe04.05.2022"): the
# name and the date stood in adjacent elements without a space. No name ends on a figure.
GLUED_FIGURE = re.compile(r"\d(?<=[a-zß-öø-ÿ]{2}\d)")  # the figure first: the engine jumps to digits


# An image's alt text that a text renderer prints beside the name it illustrates: the
# author's picture before the name ("Avatar photo by Jane Doe", "Profilbild jdoe"), the
# outlet's logo or the picture after it ("By Jane Doe KTVX logo", "Jane Doe Image").
_PICTURE_WORDS = r"avatar(?:\s+(?:photo|image|picture))?|profile\s+(?:picture|photo|image)|headshot|mugshot"  # English
_IMAGE_ALT = rf"(?:(?:author|autor|user)\s+)?(?:{_PICTURE_WORDS}|profilbild|photo\s+de\s+profil|foto\s+de\s+perfil)"
IMAGE_ALT_LEAD = re.compile(r"^" + _IMAGE_ALT + r"(?:\s+(?:of|von|de))?\s+(?=\S)", re.I)
# The same alt text in the brackets a text renderer (pandoc, lynx) sets an image's alt text in,
# opening a line before the name: "[Author avatar] jdoe 2. Mai 2021".
BRACKETED_PICTURE = re.compile(r"^\[\s*" + _IMAGE_ALT + r"\s*\]\s*(?=\S)", re.I)
# All that stands before a mid-line "by" in "Avatar photo by Jane Doe". English words only:
# the "von", "de" or "par" after "Profilbild" or "photo de profil" means "of" (the picture
# of a commenter), not "by".
IMAGE_ALT_ONLY = re.compile(rf"^\s*(?:author\s+)?(?:{_PICTURE_WORDS})\s*$", re.I)
IMAGE_ALT_TAIL = re.compile(r"(?<!\s)\s+(?:(?-i:[A-Z\d&.]{2,})\s+)?(?:logo|image|avatar|headshot|mugshot)$", re.I)
IMAGE_ALT_ENDINGS = frozenset({"logo", "mage", "atar", "shot"})  # cheap test before IMAGE_ALT_TAIL
# The alt text of the author's picture that names the author: "Jane Doe headshot", printed
# before "by Jane Doe" by a text browser that puts alt text inline. The picture word's spaces
# start only at the start of a run of spaces (as IMAGE_ALT_TAIL's): a run of n spaces inside
# the name was otherwise tried from each of its n positions (quadratic).
NAMED_PICTURE = re.compile(r"^\s*(\S.*?)(?<!\s)\s+(?:avatar|headshot|mugshot)\s*$", re.I)


def _without_image_alt(text: str) -> str:
    """A byline without the alt text of the author's picture or the outlet's logo that a
    text renderer printed beside it (see IMAGE_ALT_LEAD and IMAGE_ALT_TAIL). The words are
    the alt text an image gets from a site's template; they never name a person."""
    if text[:1] in "AaPpHhMmUuFf":
        text = IMAGE_ALT_LEAD.sub("", text)
    if text[-4:].lower() in IMAGE_ALT_ENDINGS:
        text = IMAGE_ALT_TAIL.sub("", text)
    return text


def is_degree(text: str) -> bool:
    """"PhD", "MD", "M.Sc.": an academic degree, printed after a name in journals' bylines."""
    return text.replace(".", "").strip().lower() in DEGREES


def coded_credit(text: str) -> bool:
    """"ab/dpa", "jd/AFP": a writer's short code (a newsroom's initials in lower case) and a
    news agency after a slash, the way German-language news credits a piece. Signal: the
    agency's name after the slash; a code alone is no name."""
    m = CODED_CREDIT.match(text.strip())
    return m is not None and is_agency(m.group(1))


def _before_date(text: str) -> str:
    """A byline that opens with its by-word, cut at the first date after the names."""
    by = BY_PREFIX.match(text)
    if by is None or by.end() == 0 or not any(ch.isdigit() for ch in text):
        return text
    dates = find_dates(text)
    if dates and dates[0].start > by.end() and LETTERS.search(text, by.end(), dates[0].start):
        return DATE_PREPOSITION.sub("", text[: dates[0].start])
    return text


def _name_of_credit(piece: str, prefixed: bool) -> str | None:
    """"Jane Doe/dpa", "Jane Doe/Acme Press": the name of a credit glued to its agency or
    publisher by a slash, as sites print a writer's credit like a photo credit. Signal:
    the slash right after a name of two words or more."""
    if "/" not in piece:
        return None
    head = piece.split("/")[0].strip()
    return head if " " in head and looks_like_name(head, allow_caps=prefixed) else None


@lru_cache(maxsize=16384)
def leading_name(text: str) -> str | None:
    """The personal name a text starts with (2-4 name words), or None.

    The name ends at the first word that cannot be part of one: a lowercase word, a digit,
    a month or weekday, an interface or section word.
    """
    words = text.split()
    taken: list[str] = []
    for word in words[:MAX_NAME_WORDS]:
        bare = word.strip(",.;:").lower()
        token = word.strip(",;:")
        if bare in MONTHS or bare in WEEKDAYS or bare in NOT_NAMES or \
                (bare in FUNCTION_WORDS and (taken or bare not in GIVEN_NAME_FUNCTION_WORDS)):
            break  # a given name that is also a function word may open the name ("Will Doe")
        if not (NAME_TOKEN.match(token) or bare in NAME_PARTICLES) or any(ch.isdigit() for ch in token):
            break
        if word.endswith(":"):
            break  # "Jane Doe Kategorien: Mode": a field label, not a name word
        taken.append(word.strip(",;:"))
        if word.endswith((",", ";")):
            break
    if not 2 <= len(taken) <= 4 or len(taken) == len(words):
        return None
    name = " ".join(taken)
    return name if looks_like_name(name) else None


# A syndicated article's meta line may open with its source's name, of at most these words.
MAX_SOURCE_WORDS = 3
# The end of a logo's alt text ("The Courier logo"), which names the source, not a person.
LOGO_ALT = re.compile(r"\slogo\s", re.I)
# A post's category between the name and the date of a meta line has at most these words.
MAX_CATEGORY_WORDS = 3
# What may stand between the dates of a meta line and the name after them.
META_SEPARATORS = " \t|,;:/\u00b7\u2022\u2013\u2014-"


def meta_line_name(text: str) -> str | None:
    """The author's name on a meta line under a headline: before its first date ("Jane Doe ,
    01. Dez. 2017, 12:01 Uhr 3 min Lesezeit") or after its opening dates (name_after_dates).

    Signal: a meta line holds the date and the author and then counters and links; when
    all that stands before the first date is a name of two words or more, that name is
    the author, whatever follows the date. Words that end on a colon before the date are
    the date's label ("Last Changed: …"), not a name; a line that ends on its date and a full
    stop is a sentence, a caption's ("Walkers on the Harbour Pier 10 May 2020."). The alt text of the source's logo that
    a text browser prints before the source's name ("The Courier logo The Courier") is no
    part of the head (see LOGO_ALT); it is cut off only where the whole head names no one,
    as the word may open the post's category instead ("Jane Doe Logo design tips")."""
    dates = find_dates(text)
    if dates and dates[0].start > 0:
        if text[: dates[0].start].rstrip().endswith(":"):
            return None  # "Last Changed: 2. Mai 2021": the words before the colon label the date
        if text[dates[0].end :].strip() == ".":
            return None  # "Walkers on the pier 10 May 2020.": a sentence (a caption's) ends on its date
        head = text[: dates[0].start].strip(META_SEPARATORS)
        head = DATE_PREPOSITION.sub("", head).strip(META_SEPARATORS)
        name = _head_name(text, head, dates[0].start)
        if name is None and " logo " in head.lower():
            # "The Courier logo The Courier 02/10/2020 Jane Doe": the alt text of the
            # source's logo, printed inline by a text browser before the source's name.
            name = _head_name(text, LOGO_ALT.split(head)[-1].strip(META_SEPARATORS), dates[0].start)
        return name
    return name_after_dates(text)


def _head_name(text: str, head: str, date_start: int) -> str | None:
    """The author's name read from the head of a meta line (what stands before its first
    date, at date_start), or after its dates when the head is the source's name (see
    meta_line_name)."""
    if " " in head and looks_like_name(head):
        return head
    # "Jane Doe Local politics 2. Mai 2019": the name, then the post's category (a few
    # words, the first capitalised, the next in lower case) before the date; the words
    # before any digit (a date glued to the next one, "2. Mai 20193. Mai 2019", is found
    # from its second half on).
    lead = head[: next((i for i, ch in enumerate(head) if ch.isdigit()), len(head))]
    name = _name_before_field(lead)
    field = lead[len(name):].split() if name else []
    if name and 2 <= len(field) <= MAX_CATEGORY_WORDS and field[0][:1].isupper() and field[1][:1].islower():
        return name  # not "Ort Hafenstadt Datum 2.5.2019", a form's labels and values
    # "The Courier 02/10/2020 Jane Doe": the source's name, then the date and the name.
    # A head that could be a name ("Jane 2. Mai 2019 Travel") is the author, if any.
    source = len(head.split()) <= MAX_SOURCE_WORDS and not looks_like_name(head)
    return name_after_dates(text[date_start:]) if source else None


def name_after_dates(text: str) -> str | None:
    """The name that follows the dates opening a blog's meta line: "12. Mai 2019 Jane Doe
    3 Kommentare", "May 2, 2019 | Jane Doe Leave a comment", "2 May 20192 May 2019 Jane Doe
    Travel , Food".

    Signal: order. Blog themes print the post's date(s), then its author, then its
    categories, tags and comment link on one line; a text renderer runs these inline links
    together. The name is the run of capitalised words right after the last opening date.
    A third capitalised word right before a lower-case word ("Schreibe einen Kommentar") or
    a list comma (" , ": the first tag) starts the next field, not the name. A by-word
    may stand between the dates and the name ("May 2, 2019 by Jane Doe", "2. Mai 2019 * von
    Jane * in Reisen": a text browser prints a list's bullets as " * "); see _name_after_by_word."""
    dates = find_dates(text)
    if not dates or text[: dates[0].start].strip(META_SEPARATORS):
        return None
    end = dates[0].end
    for found in dates[1:]:
        if text[end: found.start].strip(META_SEPARATORS):
            break
        end = found.end
    rest = text[end:].lstrip(META_SEPARATORS + "*")
    if rest[:1] in BY_WORD_INITIALS and (by := BY_AFTER_DATES.match(rest)) is not None:
        return _name_after_by_word(rest[by.end():])
    name = _name_before_field(rest)
    if name is None:
        # "May 2, 2019 | Jane Doe": the name ends the line.
        rest = rest.rstrip(META_SEPARATORS)
        return rest if " " in rest and looks_like_name(rest) else None
    return name


# The by-word between a meta line's dates and its name: "May 2, 2019 by Jane Doe", or glued
# to the name ("May 2, 2019 byJane Doe") where a text browser ran the word and the linked name
# together with no space. Glued, the name's capital must follow a by-word in lower case.
_BY_WORD_EITHER_CASE = "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in BY_WORDS)  # "[bB]y|[vV]on|…"
BY_AFTER_DATES = re.compile(rf"(?:(?i:{_BY_WORD})\s+|(?:{_BY_WORD_EITHER_CASE})(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]))")
BY_WORD_INITIALS = frozenset(c for w in BY_WORDS for c in (w[0], w[0].upper()))  # cheap test before BY_AFTER_DATES
# Where the name after a by-word ends at the latest: the next field of the meta line, after a
# bar, a middle dot, a bullet or a dash, or after the " * " a text browser prints for a bullet.
NEXT_META_FIELD = re.compile(r"(?<!\s)\s+(?:[|\u00b7\u2022\u2013\u2014*]|--?)\s")


def _name_after_by_word(text: str) -> str | None:
    """The name after the by-word of a dated meta line: "Jane Doe Leave a comment" ->
    "Jane Doe", "Jane * in Travel" -> "Jane".

    Signal: the by-word vouches for what follows as the author's name, so a single word
    counts (a blog's user name) where a bare name after the dates needs two. The name ends
    at the meta line's next field (NEXT_META_FIELD) or where _name_before_field ends it."""
    run = NEXT_META_FIELD.split(text, maxsplit=1)[0].strip(META_SEPARATORS)
    if looks_like_name(run, allow_caps=True):
        return run
    words = run.split(maxsplit=2)
    if len(words) >= 2 and lower_case_surname(" ".join(words[:2])) and (len(words) == 2 or _link_phrase(words[2])):
        # "May 2, 2019 byJane doe Add your reply": the surname as the profile typed it
        return " ".join(words[:2])
    return _name_before_field(run)


def _link_phrase(text: str) -> bool:
    """"Add your reply", "Schreib uns was": the comment link after a meta line's
    name, a capitalised word and a lower-case one (where "Jorin gestern Abend" goes on with
    a noun alone)."""
    words = text.split(maxsplit=2)
    return len(words) >= 2 and words[0][:1].isupper() and words[1][:1].islower()


# A surname typed in lower case has at least this many letters ("doe"; not "of", "in").
LOWER_SURNAME_MIN_CHARS = 3


def lower_case_surname(text: str) -> bool:
    """"Jane doe": a capitalised given name and one lower-case surname of letters, no
    function word, particle or interface word ("Jane and", "Harbour news" reads as a title
    only where a by-word does not open the line)."""
    words = text.split()
    if len(words) != 2 or not looks_like_name(words[0]) or words[0].isupper():
        return False
    last = words[1]
    key = last.lower()
    return last.isalpha() and last.islower() and len(last) >= LOWER_SURNAME_MIN_CHARS \
        and key not in FUNCTION_WORDS and key not in NAME_PARTICLES and key not in NOT_NAMES


def _name_before_field(text: str) -> str | None:
    """The name a run of a meta line's fields opens with: "Jane Doe Travel , Food" ->
    "Jane Doe", "Jane Doe Local politics" -> "Jane Doe" (a third capitalised word right
    before a lower-case word or a list comma opens the next field). Most renderers print
    the list's comma glued to the tag ("Jane Doe Travel, Food, Ferries"): a third word
    then opens the tag list where the word after its comma ends on a comma too (a list of
    one-word tags), where a name's role after its comma is a phrase ("Jane Mary Doe, Staff
    Writer")."""
    name = leading_name(text)
    if name is None:
        return None
    after = text[len(name):]
    words = name.split()
    following = after.split()[0] if after.split() else ""
    if len(words) >= 3 and (after.startswith(" ,") or (following[:1].islower() and following not in NAME_PARTICLES)
                            or (after.startswith(",") and _tag_list_goes_on(after[1:]))):
        name = " ".join(words[:-1])
    return name


def _tag_list_goes_on(text: str) -> bool:
    """", Ferries, Weather" after a word: the next item of a comma list is one word and a
    comma follows it, and it is no job title ("Mary Ann Evans, Editor, The Gazette": the name
    has three words, the role one; see _name_before_field)."""
    item = text.split(maxsplit=1)
    return bool(item) and len(item[0]) > 1 and item[0].endswith(",") and not is_role(item[0][:-1])


def segment_byline(text: str) -> list[Author]:
    """The authors a long dated meta line names in one of its segments: "Site | 4.5.2015 à
    13h36 • Mis à jour le 5.5.2015 | Par Jane Doe (avec Li Wei et Omar Haddad)".

    Signal: a renderer that runs inline elements together keeps source, dates and byline
    on one line, separated by bars; a segment that opens with a by-word and then names
    people is the byline, whatever the other segments hold; co-authors may follow in
    parentheses ("(with …)"). The line must carry a date (the caller tests for the bar)."""
    if not has_by_cue(text) or not find_dates(text):
        return []
    for segment in SPLIT_SEGMENTS.split(text):
        segment = segment.strip()
        m = BY_PREFIX.match(segment)
        if m is None or m.end() == 0:
            continue
        head, _, rest = segment.partition("(")
        names = parse_byline(head)
        if names:
            return _dedupe(names + (continued_names("(" + rest) if rest else []))
    return []


# A link to the author's other posts: "View all posts by A", "Alle Beiträge von A", "Mehr
# von A lesen", "Tous les articles de A"; or the heading of an author box: "Über A", "About A".
AUTHOR_LINK = re.compile(
    r"^(?:(?:view\s+)?all\s+(?:posts|articles|stories|entries)\s+by|more\s+(?:posts|articles|stories)\s+(?:by|from)"
    r"|(?:alle[s]?|weitere|mehr)(?:\s+(?:beiträge|artikel|posts|texte))?\s+(?:von|vom)|mehr\s+über"
    r"|tous\s+les\s+articles\s+de|plus\s+d['\u2019]articles\s+de|(?:más|otros)\s+artículos\s+de|altri\s+articoli\s+di"
    r"|(?P<about>about|über|à\s+propos\s+de|sobre))\s+(?P<name>.+?)\s*(?:\s(?:lesen|»|→|›))?$",
    re.I,
)


@lru_cache(maxsize=4096)
def author_link_name(text: str) -> tuple[str, bool] | None:
    """The name in a link to an author's page ("All posts by Jane Doe", "Mehr von Jane Doe
    lesen") or in an author box heading ("About Jane Doe"), and whether it was the heading
    (which names the author only when the box's text goes on about that name). Kept per
    text: the bylines rule asks it of every line after the body, and a site's pages repeat
    their footer and menus."""
    m = AUTHOR_LINK.match(text.strip())
    if m is None:
        return None
    name = m.group("name").strip(" .:")
    return (name, m.group("about") is not None) if looks_like_name(name) else None


# A site's copyright notice: "© 2019 Jane Doe", "Copyright (c) 2012-2020 Jane Doe. All rights
# reserved.", "©2020 - Jane Doe - Coaching".
COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:(?:since|seit|depuis|desde)\s+)?"
    r"(?P<years>(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:(?:19|20)\d\d)?)?)?\s*[-\u2013\u2014:,]?\s*(?:by\s+)?(?P<holder>.+)$",
    re.I,
)
# "All rights reserved", "Some rights reserved", "Alle weiteren Rechte beim Autor": any
# mention of rights makes the line a notice, as a year does ("© Jane Doe" alone is a
# picture's credit).
NOTICE_WORDS = re.compile(r"\b(?:copyright|rights|rechte|droits|derechos|diritti|direitos)\b", re.I)
HOLDER_END = re.compile(r"(?<!\s)\s+[-\u2013\u2014|\u2022\u00b7/]\s*|[|\u2022\u00b7,]|\.(?:\s|$)")
# A plain capitalised word: "Jane", "Müller-Lüdenscheidt"; not "BuchHaus" or "VI".
TITLE_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?$")
# Words of a company's name: the notice of a publisher or a shop names no person.
COMPANY = re.compile(
    r"\b(?:gmbh|ltd|inc|ag|llc|corp|corporation|co|kg|ohg|gbr|e\.\s?v|sa|spa|sp|oyj|ab|bv|nv|plc|"
    r"\w*media|\w*medien|\w*verlag|group|gruppe|holdings?|software|productions|studios?|news|press)\b",
    re.I,
)


# The notice a licence chooser writes under a blog: "Harbour Notes by Jane Doe is licensed
# under a Creative Commons Attribution 4.0 License", "Hafenblog von Jane Doe steht unter einer
# Creative Commons Namensnennung 4.0 Lizenz".
LICENCE = re.compile(
    r"^.{1,80}?\s(?:by|von|de|par|di)\s(?P<holder>[^\W\d_][\w'’.\- ]{2,50}?)\s(?:is licensed under|steht unter|"
    r"est mis à disposition selon|è distribuito con)\s(?:a\s|an\s|einer\s|les termes de la\s|una\s)?"
    r"(?:Creative Commons|CC\b)",
    re.I,
)


def licence_holder(text: str) -> str | None:
    """The person a site's Creative Commons notice names as the work's creator ("Harbour
    Notes by Jane Doe is licensed under a Creative Commons …", the licence chooser's text):
    a personal blog's owner, who writes its posts, as in a copyright notice. Signal: the
    notice's fixed words (cheap substring first), and a holder of two or three capitalised
    words that reads as a personal name (not "the Harbour Developers", no company word)."""
    low = text.lower()
    if "creative commons" not in low and " cc" not in low:
        return None
    m = LICENCE.match(text.strip())
    if m is None:
        return None
    holder = m.group("holder").strip()
    words = holder.split()
    if not 2 <= len(words) <= 3 or not all(TITLE_WORD.match(w) for w in words) or COMPANY.search(holder):
        return None
    return holder if looks_like_name(holder) else None


# The credit line of a Chinese news page, after the text or under the headline: "责任编辑：Name"
# (the editor in charge, whom these pages credit in place of a byline), "作者：Name" (author),
# "记者：Name" (reporter), maybe in brackets, maybe after a bracketed button ("【打印】", print
# the page) the renderer ran onto it; the names may stand on the next line.
CJK_CREDIT = re.compile(r"^(?:[\[【][^\]】]{1,6}[\]】]\s*)?[\[【（(]?\s*(?:责任编辑|作者|记者|编辑)\s*[:：]"
                        r"\s*(?P<names>[^\]】）)]*?)\s*[\]】）)]?$")
# A Chinese personal name: two to four Han characters.
HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
CJK_NAME_SEPARATORS = re.compile(r"[\s、，,]+")
# Characters that start a Chinese credit label (the cheap test before CJK_CREDIT).
CJK_CREDIT_CUES = ("编", "作者", "记者")


def cjk_credit(text: str) -> list[str] | None:
    """The names of a Chinese credit line ("责任编辑：Name", "【作者：Name Name】"): [] for the
    label alone (the names follow on the next line), None for any other line. Names are
    Han names of two to four characters or user names."""
    if len(text) > MAX_NAME_CHARS or not any(cue in text for cue in CJK_CREDIT_CUES):
        return None
    m = CJK_CREDIT.match(text.strip())
    if m is None:
        return None
    return cjk_names(m.group("names"))


def cjk_names(text: str) -> list[str] | None:
    """The names of a Chinese credit's list (split at spaces and list commas, "、", "，"),
    or None when a piece is no name (see cjk_name); [] for no names at all."""
    names = [n for n in CJK_NAME_SEPARATORS.split(text) if n]
    return names if all(cjk_name(n) for n in names) else None


def cjk_name(text: str) -> bool:
    """A Chinese personal name (two to four Han characters) or a user name in Latin letters."""
    return HAN_NAME.match(text) is not None or (text.isascii() and text.isalnum() and text[:1].isalpha())


@lru_cache(maxsize=4096)
def copyright_holder(text: str) -> str | None:
    """The person a site's copyright notice names: "© 2019 Jane Doe" (a personal site or
    blog, whose owner writes its posts), not a company ("© 2019 Acme Media GmbH"). Kept per
    text, as author_link_name.

    Signal: the notice shape (©, a year or "All rights reserved") and a holder of exactly
    two plain capitalised words, first name and surname (not "Verband der Fährleute",
    "Buchhaus Lindenberg", "Orbit Consortium"), with no company word anywhere in the notice.
    A Creative Commons notice names the owner the same way (licence_holder)."""
    m = COPYRIGHT.match(text.strip())
    if m is None:
        return licence_holder(text)
    if not (m.group("years") or NOTICE_WORDS.search(text)) or COMPANY.search(text):
        return None
    holder = HOLDER_END.split(m.group("holder").strip())[0].strip(" .")
    words = holder.split()
    if len(words) != 2 or not all(TITLE_WORD.match(w) for w in words):
        return None
    return holder if looks_like_name(holder) else None


# A word BY_PREFIX may open a segment with, at the start of a run of letters, not inside one
# (a cheap test first): the starts of the text's letter runs are compared with these.
BY_CUES = ("by", "von", "par", "por", "door", "di", "av", "af", "aut", "text", "written", "words", "story",
           "reporting", "photo", "interview", "compiled", "edited", "posted", "published", "geschrieben",
           "verfasst", "veröffentlicht", "publiziert", "gepostet")


# The same test as one search: a cue not preceded by a letter (so it starts a letter run).
# Splitting the text into its letter runs first cost twice as much.
BY_CUE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(BY_CUES) + ")")


# BY_CUE on ASCII text mapped by ASCII_LETTERS (with a space in front): a cue after a space is
# a cue not preceded by a letter, and the pattern's literal first character lets the engine
# skip to the spaces instead of trying every cue at every position.
ASCII_BY_CUE = re.compile((" (?:" + "|".join(c for c in BY_CUES if c.isascii()) + ")").encode("ascii"))


@lru_cache(maxsize=4096)
def has_by_cue(text: str) -> bool:
    """Whether a by-word (BY_CUES) starts a run of letters in the text. BY_MARKER matches
    only where this holds, and so does BY_PREFIX but for its forum labels ("Thread starter",
    "Themenstarter"), so it is no prefilter for BY_PREFIX; the bylines rule asks it of each
    line several times, hence the cache."""
    if text.isascii():
        return ASCII_BY_CUE.search(b" " + text.encode("ascii").translate(ASCII_LETTERS)) is not None
    return BY_CUE.search(text.lower()) is not None


def by_marker(text: str) -> re.Match[str] | None:
    """The first by-marker of a line (BY_MARKER: "by", "von" … before a capital), or None.
    The pattern is tried at every position of the line: the by-word cue first (has_by_cue,
    kept per text) spares most lines that search."""
    return BY_MARKER.search(text) if has_by_cue(text) else None


# One word for a name: "Jorin", "BlauerKolibri", or a user name ("jdoe", "jane_doe").
NAME_WORD = re.compile(r"^@?(?:[A-ZÀ-ÖØ-Þ][\w'’\-]{1,29}|(?=[^\W\d_]*[a-z])[a-z][\w.\-]{1,29})$")


def word_after_by(text: str, *, dated: bool = True) -> str | None:
    """The one-word name (first name, pen name, user name) that a dated meta line gives after
    its byline marker: "11/05/2019 by Jorin 24 Comments", "3. Mai 2021 von jdoe",
    "Veröffentlicht: 05.01.2020 | Autor: jdoe | Abgelegt unter: Garten".

    Signal: a date in the line and a segment that is a by-marker ("by", "von", "Autor:")
    with one word after it, maybe followed by a count or a small word ("24 Comments",
    "Ein Kommentar", "in Garten"). Alone, "by default" is prose; in a line that also
    carries the post's date it is the blog's author field. Names of two words and more
    are left to parse_byline. With ``dated`` false the caller vouches for the date (a
    dateline on the next line)."""
    if not has_by_cue(text) or (dated and not find_dates(text)):
        return None
    for segment in SPLIT_SEGMENTS.split(_without_dates(text)):
        segment = segment.strip(" ,;:")
        m = BY_PREFIX.match(segment)
        if m is None or m.end() == 0:
            continue
        words = segment[m.end():].split()
        if not words or not NAME_WORD.match(words[0]) or words[0].lower() in NOT_NAMES:
            continue
        nxt = words[1] if len(words) > 1 else ""
        bare = nxt.lower().strip(",.;:")
        if not nxt or nxt[:1].isdigit() or bare in FUNCTION_WORDS:
            return words[0].lstrip("@")
    return None


# A clock time closing a meta line: "10:42", "9.15", "10:52 pm".
CLOCK_TIME = r"[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?"
# The word before the time in a post's footer ("Posted by Jane Doe at 10:52").
TIME_PREPOSITIONS = ("at", "um", "às", "a las", "à")

# The end of a blog theme's meta line: "Filed under: Travel, Food — jdoe @ 10:42", a dash, the
# author's (user) name, an at-sign and the time of the post.
USER_AT_TIME = re.compile(
    r"(?<!\S)[\u2014\u2013-]\s+(?P<name>@?[^\W\d_][\w.'\-]{1,29}(?: [A-ZÀ-ÖØ-Þ][\w'\-]{1,29}){0,2})"
    rf"\s+@\s*{CLOCK_TIME}\s*$", re.I)


def name_at_time(text: str) -> str | None:
    """The name of a meta line that ends "— jdoe @ 10:42" ("Filed under: Travel — Jane Doe @
    10:42 pm"): classic blog themes print the post's categories, then a dash, the author's
    name, an at-sign and the time. Signal: that closing shape, a time after the at-sign (an
    e-mail address has a domain there), and a name's or a user name's shape; the caller
    vouches for the line's place under the headline."""
    m = USER_AT_TIME.search(text) if "@" in text else None
    return None if m is None else _user_or_name(m.group("name"))


# A blog post's footer: "Posted by Jane Doe at 10:52", "Eingestellt von jdoe um 10:52 PM": the
# verb, the author's (user) name, a preposition of time and the time of the post, no more.
POSTED_VERBS = ("posted", "eingestellt", "gepostet", "publicado", "publié")
POSTED_AT_TIME = re.compile(
    rf"^(?:{'|'.join(POSTED_VERBS)})\s+(?:{_BY_WORD})\s+"
    r"(?P<name>@?[^\W\d_][\w.'\-]{1,29}(?: [A-ZÀ-ÖØ-Þ][\w.'\-]{0,29}){0,3})"
    rf"\s+(?:{'|'.join(TIME_PREPOSITIONS)})\s+{CLOCK_TIME}\s*[\u25cf\u2022\u00b7|]?\s*$", re.I)


def posted_at_time(text: str) -> str | None:
    """The name of a blog post's footer "Posted by Jane Doe at 10:52" (Blogger themes print it
    under every post, in the site's language): the verb says who wrote the post, and the
    time after the name closes the line, which a comment's or a teaser's "by" line does not
    (but for the separator a text browser prints between the footer's inline items: "Posted
    by Jane Doe at 10:52 ●"). Signal: that whole shape on one line, and a name's or a user
    name's shape between."""
    m = POSTED_AT_TIME.match(text.strip())
    return None if m is None else _user_or_name(m.group("name"))


def _user_or_name(name: str) -> str | None:
    """A meta line's name field ("@jdoe", "Jane Doe") when it has a user name's or a person's
    shape, without the at-sign; None for a function word or a word that names no one."""
    name = name.lstrip("@")
    key = name.lower()
    if key in NOT_NAMES or key in FUNCTION_WORDS or key in NAME_PARTICLES:
        return None
    return name if (" " not in name and NAME_WORD.match(name)) or looks_like_name(name) else None


# A wiki's footer: "(last edited 2021-05-02 10:42:00 by JaneDoe)", "last modified 2 May 2021 by jdoe".
# (A cheap " by" substring test comes first in assemble.authors._last_editor.)
LAST_EDITED_BY = re.compile(
    r"\blast\s+(?:edited|modified|changed)\b[^()|]{0,60}?\sby\s+(?P<name>@?[^\W\d_][\w.\-]{1,29})\s*\)?\s*\.?$",
    re.I)


def last_editor(text: str) -> str | None:
    """The user a wiki page's footer names as its last editor: "(last edited 2021-05-02
    10:42:00 by JaneDoe)". A wiki prints no byline; the editor it names is the only person
    the page credits with its text (a last resort of assemble). Signal: the "last edited
    … by" phrase at the end of a short line, then one name word or user name."""
    m = LAST_EDITED_BY.search(text)
    return None if m is None else _user_or_name(m.group("name"))


# Quotes and brackets around a piece of a title: «ganz normal», "so what".
QUOTES = "\"'()[]\u00ab\u00bb\u201c\u201d\u201e\u2018\u2019"


def phrase_after_by(rest: str, authors: list[Author]) -> bool:
    """"Von Sprachregeln, Zahlen und «neuen Wörtern»", "Of Mice and other Creatures": a
    title or sentence that opens with the word a byline opens with ("von", "of" / "by").

    Signal: only one-word "names" came out, and a piece of the name list (split at commas
    and "and") starts with a lower-case word. A byline of one-word names (user names,
    first names) lists nothing else; in German, where every noun is capitalised, the
    lower-case adjective or verb in the list gives the phrase away. Dates and what follows
    them ("Jane am 2. Mai 2019 (120 x gelesen)") are left out first."""
    if any(" " in a.name for a in authors):
        return False
    first = SPLIT_SEGMENTS.split(_without_dates(rest).strip(" |"))[0].split("(")[0]
    pieces = [p.strip(PIECE_EDGES + QUOTES) for p in split_people(first)]
    return any(p[:1].islower() and p.split()[0] not in NAME_PARTICLES for p in pieces if p) \
        or (": " in first and _title_before_colon(first))


def _title_before_colon(text: str) -> bool:
    """"Von Freunden gefeiert: Der Kapitän …": a headline of the "kicker: title" form that
    opens with a by-word. Signal: a lower-case word (not a name particle) among the words
    after the first one before the colon: a byline's one-word name is followed by no word
    before a field label ("Von Jorin: …" is no byline either way)."""
    words = text.split(": ", 1)[0].split()
    return any(w[:1].islower() and w not in NAME_PARTICLES for w in words[1:])


def named_before_by(text: str, marker: re.Match[str]) -> bool:
    """"Jane Doe By Jane Doe", "Jane Doe Por Jane Doe": the alt text of the author's picture
    names the person, and a text browser prints it inline before the byline. Signal: the
    words before the by-word are a full name, and the name after it is the same one."""
    before = text[: marker.start()].strip(PIECE_EDGES + "*-")
    return before.count(" ") >= 1 and text[marker.end():].lstrip().startswith(before) and looks_like_name(before)


def _kicker_before_by(text: str, marker: re.Match[str]) -> bool:
    """"Essay Von Jane Doe": a capitalised by-word after one or two words, then a name of two
    words or more. Renderers that run inline elements together glue a kicker or a section
    name onto the byline; inside a name the particle stays lower case ("Anna von Berg"), and
    a capitalised particle ("Ludwig Von Example") has one word after it, not a full name.
    Signal: the by-word's capital, a short lead, and a full name after it."""
    if not marker.group()[:1].isupper() or not 1 <= len(text[: marker.start()].split()) <= 2:
        return False
    rest = text[marker.end():].strip()
    return rest.count(" ") >= 1 and rest.split()[0].lower() not in NAME_PARTICLES and looks_like_name(rest)


def by_marker_leads(before: str) -> bool:
    """Whether the words before a mid-line "by" leave it a byline: only a date, a time or a
    label may stand there ("Analysis by A", "Friday, May 2, 2024 by A"), not a title ("Shopping by
    X", "Articles by Category"). Only the last field of a meta line counts when it holds the
    date ("Issue 12 | 2022 von A", "Impressum – 2009-2020 by A": the fields before the bar
    or the spaced dash are the source's or the footer's links). The alt text of the author's
    picture may stand there too (see IMAGE_ALT_LEAD), also when it names the person ("Jane
    Doe headshot": a picture word after a name, see NAMED_PICTURE)."""
    if IMAGE_ALT_ONLY.match(before):
        return True  # "Avatar photo by A": the author's picture, then the byline
    if before.rstrip()[-4:].lower() in ("atar", "shot"):
        named = NAMED_PICTURE.match(before)
        if named and looks_like_name(named.group(1)):
            return True  # "Jane Doe headshot by Jane Doe": the picture's alt text names a person
    field = before.rsplit(" | ", 1)[-1]
    if "\u2013 " in field or "\u2014 " in field or "\u00b7 " in field or "\u2022 " in field:
        field = FIELD_SEPARATOR.split(field)[-1]  # the cheap substring tests first
    if not any(ch.isdigit() for ch in field):
        field = before  # "Title | VON DER SEE": a site's name after the bar, no dated field
    words = LETTERS.findall(_without_dates(field))
    return len(words) <= MAX_WORDS_BEFORE_BY and all(w.lower() in BY_LEAD_WORDS or w.lower() in WEEKDAYS
                                                     for w in words)


@lru_cache(maxsize=16384)
def looks_like_name(text: str, *, allow_caps: bool = False) -> bool:
    """True for a personal name: 1-5 capitalised words (particles allowed), no digits.

    Names in capitals ("JANE DOE") are accepted only with ``allow_caps`` (after a "By"):
    alone, a line in capitals is more often a section title.
    """
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or len(text) > MAX_NAME_CHARS:
        return False
    if any(ch.isdigit() for ch in text) or \
            any(w.lower().strip(".") in NOT_NAMES for w in text.replace("-", " ").split()):
        return False
    capitalised = [w.strip(NICKNAME_QUOTES) for w in words if w.lower() not in NAME_PARTICLES]
    if not capitalised or not all(NAME_TOKEN.match(w) for w in capitalised):
        return False
    if len(words) > 1 and words[-1].lower() in NAME_PARTICLES:
        return False  # "Actualizado al": a particle leads into a name, it never ends one
    if any(w.lower() in FUNCTION_WORDS for w in words[_initialism_lead(text, words):]) \
            and not _given_name_function_word(words):
        return False  # "As Mayor Turns Toward Harbour" is a headline in title case
    if any(w.endswith("-") for w in words):
        return False  # "Hafen-" of "Hafen- und Politikberater": half a compound
    if len(words) == 1:
        # "Tidewatch.org": a single word with a domain ending names a site, not a person; a
        # weekday alone ("Di Mittwoch": a by-word's look-alike before it) is a date.
        return len(text) > 2 and not text.isupper() and not DOMAIN.search(text) and text.lower() not in WEEKDAYS
    # A line in capitals with any word longer than an initialism ("LO ÚLTIMO", "NEWS DESK")
    # is a section title more often than a name.
    return allow_caps or not (all(w.isupper() for w in capitalised)
                              and any(len(w.strip(".")) > 3 for w in capitalised))


# Prepositions a section title sets in capitals before its noun ("IN Depth", "UP Next").
CAPITAL_PREPOSITIONS = frozenset({"in", "on", "at", "to", "of", "by", "up", "off", "for", "from", "with"})


def _initialism_lead(text: str, words: list[str]) -> int:
    """1 when the name opens with an outlet's initials that spell a function word ("ET
    Online", "IT Weekly": the staff credit of a paper known by its initials), else 0.

    Signal: capitals of two letters or more at the start of a line that is not all in
    capitals; a title-case headline writes its function words in title case ("It", "An").
    Not a preposition: section titles set one in capitals ("IN Depth", "ON Air")."""
    first = words[0]
    return int(len(words) > 1 and len(first) > 1 and first.isupper() and not text.isupper() and
               first.lower() not in CAPITAL_PREPOSITIONS)


def _given_name_function_word(words: list[str]) -> bool:
    """"Will Doe", "Can Demir": a function word that is also a given name, followed by one
    capitalised surname (particles allowed), is a name. Signal: the function word opens the
    name and only a surname follows; a title-case headline goes on with more words ("Will
    Prices Fall"), and a function word anywhere else still rules the name out."""
    rest = [w for w in words[1:] if w.lower() not in NAME_PARTICLES]
    return (words[0].lower() in GIVEN_NAME_FUNCTION_WORDS and len(rest) == 1
            and rest[0].lower() not in FUNCTION_WORDS and not rest[0].isupper())


@lru_cache(maxsize=16384)
def is_role(text: str) -> bool:
    """True for a job title such as "Staff Writer" or "Senior Correspondent"."""
    if len(text.split(None, 8)) > 8:  # (more than 8 words: the split stops after the ninth)
        return False
    low = text.lower()
    words = WORD_RUN.findall(low)
    # Set operations and substring tests first (in C); the loops over the words run only
    # where a stem or the first word of a pair is there to be found.
    if not ROLE_WORD_FORMS.isdisjoint(words):
        return True
    if any(stem in low for stem in ROLE_STEMS) and any(w.endswith(ROLE_WORD_ENDINGS) for w in words):
        return True
    return not ROLE_PAIR_FIRSTS.isdisjoint(words) and any(pair in ROLE_WORD_PAIRS for pair in pairwise(words))


# "(with A and B)", "& A, Role", "and A": the opening of a line that continues a byline.
CONTINUING_WORDS = r"with|avec|con|mit|met|&|and|und|et|y|e"
CONTINUES = re.compile(rf"^\(?\s*(?:{CONTINUING_WORDS})\s+(?=[A-ZÀ-ÖØ-Þ])", re.I)
# The same word alone on its line ("By Jane Doe" / "and" / "Omar Haddad"): a dump that sets
# every element of the byline on a line of its own (a Markdown dump, a scraper's text nodes
# with blank lines between them) parts the conjunction from the names on both sides.
CONTINUING_WORD = re.compile(rf"(?:{CONTINUING_WORDS})", re.I)


def continued_names(text: str) -> list[Author]:
    """The co-authors of a line that continues the byline above it: "(with A and B)",
    "& A, Role", "and A"; none when the line does not open that way."""
    m = CONTINUES.match(text.strip())
    if m is None:
        return []
    rest = text.strip()[m.end():].rstrip(" )")
    return parse_byline(rest) if rest.count("(") == 0 else []


def credits_other_job(text: str) -> bool:
    """"Edited by A", "Photos by A": a credit line for a job other than writing.

    Signal: the verb before "by". Books and long reads print the editor under the writer,
    photo stories the photographer; neither is the author when a writer is named.
    """
    return bool(NOT_WRITER.match(text.strip()))


@lru_cache(maxsize=16384)
def is_institution(text: str) -> bool:
    """True for a university, institute, hospital or department ("Harbour University",
    "Institut für Gezeiten"): a writer's affiliation, whose place names follow it."""
    return any(w in INSTITUTION_WORDS for w in WORD_RUN.findall(text.lower()))


def is_agency(text: str) -> bool:
    """True for a news agency named as the byline ("Reuters", "AP", "dpa")."""
    return text.strip(" .()").lower() in AGENCIES


def _without_dates(text: str) -> str:
    """The text with its dates (and the preposition before each: "on", "am") cut out."""
    for found in reversed(find_dates(text)):
        head = DATE_PREPOSITION.sub("", text[: found.start])
        text = head + " | " + text[found.end:]
    text = RELATIVE.sub(" | ", text)
    return DATE_LABEL.sub(" ", text)


def _once(name: str) -> str:
    """A name printed twice in a row ("Jane Roe Jane Roe": an avatar's alt text and the
    name beside it, on one line of a text browser's dump) is the name once; so is a name
    glued to its repetition ("Jane RoeJane Roe": a renderer that sets the two elements
    side by side without a space)."""
    half = len(name) // 2
    if len(name) % 2 == 0 and " " in name and name[:half] == name[half:]:
        return name[:half]
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half >= 2 and len(words) == 2 * half and words[:half] == words[half:] else name


def _dedupe(authors: list[Author]) -> list[Author]:
    seen: dict[str, int] = {}
    out: list[Author] = []
    for author in authors:
        if author.name.count(" ") >= 2:
            author = Author(_once(author.name), author.role)
        key = author.name.casefold()
        if key in seen:
            if author.role and not out[seen[key]].role:
                out[seen[key]] = author
            continue
        seen[key] = len(out)
        out.append(author)
    return out
