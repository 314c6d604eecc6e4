"""What an HTML page declares about itself: JSON-LD, OpenGraph and meta tags, <time>.

Hints are reconciled with the visible text by the label rules and the assembler: a declared
headline is a good headline even when not visible; a declared author that is a site or
organisation name is not an author.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
import warnings
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dateutil import parser as date_parser
from lxml import etree

from newsparse.fields.bylines import (
    BY_PREFIX,
    ROLE_WORDS,
    is_agency,
    is_institution,
    is_role,
    looks_like_name,
    parse_byline,
)
from newsparse.fields.dates import day_of, find_dates

ARTICLE_TYPES = re.compile(r"(?:News|Blog|Scholarly|Tech|Report|Opinion|Analysis|Review)?Article$|Posting$|"
                           r"^Report$|WebPage$", re.I)
META_DATE = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
             "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
             "publish-date", "article.published", "published_time", "citation_publication_date")
META_AUTHOR = ("author", "article:author", "dc.creator", "dc:creator", "dcterms.creator", "byl", "sailthru.author",
               "parsely-author", "citation_author")
META_TITLE = ("og:title", "twitter:title", "headline", "dc.title", "parsely-title", "citation_title")
META_PUBLISH_KEY = re.compile(r"publish|pub_?date|pubtime|created|release|issued|firstpub|original", re.I)
META_UPDATE_KEY = re.compile(r"modif|updat|expir|revis", re.I)
SCRIPT_DATE = re.compile(
    r"[\"'](?:datePublished|pub_?[dD]ate|publishDate|publish_date|published_?[aA]t|publishedDate|"
    r"date_published|firstPublishedAt|publicationDate|displayDate)[\"']\s*:\s*[\"'](\d{4}-\d\d-\d\d[^\"']{0,25})"
)
# Every field name SCRIPT_DATE knows contains one of these.
SCRIPT_DATE_CUES = ("ublish", "pub_", "pubdate", "pubDate", "publicationDate", "displayDate")
# The elements whose attributes name what they hold: microdata and RDFa properties (the
# publication date, itemprop="author"), rel="author" links, and the Creative Commons markup
# (ccREL) for the person a license notice credits. One query reads their values (see
# _Marked; selecting attributes is several times faster than testing every element).
ATTRIBUTED = "//@itemprop | //@property | //@rel"
AUTHOR_CLASS_WORDS = re.compile(r"byline|author|Author")  # a class that names the byline or the author
# "Author" in other languages as a whole word of a class name ("autor", "autora", "autore",
# "auteur"); "autoresize" or "autorotate" are layout classes.
FOREIGN_AUTHOR_CLASS = re.compile(r"(?<![a-zA-Z])(?:[aA]utor(?:a|e|in)?|[aA]uteur)(?![a-z])")
AUTHOR_SKIP = re.compile(r"bio|avatar|image|photo|img|desc|about|box|comment|more|follow")
# A byline lists a few names, maybe a role and a place; an element whose text has more
# separated items than this is a meta bar or a list of categories.
MAX_BYLINE_ITEMS = 6
ITEM_SEPARATOR = re.compile(r"[/|,;\u00b7\u2022]")
MAX_AUTHOR_ELEMENTS = 10
# A web address's name ("example.com", "news.example.co.uk").
DOMAIN_NAME = re.compile(r"\b[\w-]+\.(?:com|org|net|de|at|ch|fr|it|es|nl|co\.uk|uk|info|io)\b", re.I)
# Containers of the page's footer and its copyright or credits line.
FOOTER_CLASS = re.compile(r"(?<![a-z])(?:copyright|site-info|colophon|(?:site|page|global)-?footer)(?![a-z])",
                          re.I)
MAX_AUTHOR_TEXT = 120
# An element that holds nothing but the word that labels the author's name: "Autor:", "By",
# "Verfasser" (the name is printed after it, in its own element or as loose text).
AUTHOR_LABEL = re.compile(
    r"(?:by|von|par|por|door|author|autor(?:in|a|en|es)?|auteur|autore|verfasser(?:in)?|written by)\s?:?", re.I)
MAX_LABEL_CHARS = 24
# Not a label nor its value: links and menus (a "Authors" menu item), lists (a sidebar's
# "Author" widget over its pages), form options, the document title.
LABEL_SKIP_TAGS = ("script", "style", "option", "title", "a", "button", "ul", "ol", "select")
COMMENT_OR_MENU = re.compile(r"comment|menu|(?<![a-z])nav", re.I)
MAX_LABEL_CLIMB = 2
MAX_DECLARED_NAME_WORDS = 8
# Values a CMS puts in an empty author field, and the generic wire credit ("Agencies") that
# names no one: the byline the page prints says who wrote it.
PLACEHOLDER_AUTHOR = re.compile(r"(?:null|none|undefined|unknown|n/?a|no author|admin(?:istrator)?|author|-+"
                                r"|agenc(?:y|ies))", re.I)
# A user handle ("jdoe", "mary_k"): what blogs and forums print as the author's name.
HANDLE = re.compile(r"[^\W\d_][\w.\-]{2,29}")
LOWER_HANDLE = re.compile(r"[a-z][a-z0-9._\-]{2,29}")
# How many levels above the first byline element the other byline elements may branch off.
AUTHOR_FAMILY_LEVELS = 2
# Class names of elements that hold a printed date (matched in Python over the elements that
# have a class: half the time of the equivalent XPath with one contains() per word).
DATED_CLASS = re.compile(r"date|Date|publish|datum|time|posted|meta")
PUBLISHED_PROPS = ("datePublished", "dateCreated")
DATED_SKIP = re.compile(r"modif|updat|comment|event|expir")
MAX_DATED_ELEMENTS = 40
MAX_DATED_TEXT = 120
MAX_SCRIPTS = 60
MAX_SCRIPT_CHARS = 300_000
JSON_WRAPPER = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
AUTHOR_SPLIT = re.compile(r"(?:(?<!\s)\s+)?(?:,|;|\band\b|&)\s*")
# UTC hours from which the local day may be the next one (east of UTC) / before which it may
# be the previous one (west of UTC).
LATE_UTC_HOUR = 15
EARLY_UTC_HOUR = 12
ISO_START = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
# A printed date may follow a weekday ("Saturday, December 27, 2014"), not more.
MAX_DATE_OFFSET = 12
# A site's name known only from the end of <title> is at most this long.
SITE_MAX_WORDS = 4
# The last word of a publication's name ("Valley Times", "Harbour Post"); never a surname.
MASTHEAD_WORD = re.compile(
    r"times|news|post|journal|herald|tribune|daily|gazette|review|magazine|magazin|zeitung|blatt|kurier|"
    r"courier|observer|chronicle|express|mirror|today|online|blog|media|radio|tv|press|presse|report|"
    r"weekly|world|digital|network|zeitschrift|revue|diario|noticias|nachrichten", re.I)
TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+[|\u2013\u2014:-]\s+|(?:(?<!\s)\s+)?\|\s*")
# "Z", "UTC", "GMT" are UTC wherever newsparse runs (dateutil would give the machine's local
# zone for a name the machine's zone shares, so the result would depend on the machine).
UTC_NAMES = {"Z": dt.timezone.utc, "UTC": dt.timezone.utc, "GMT": dt.timezone.utc}
URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)/")
# A path segment that is, or opens with, a whole date: "/2021-10-29-slug", "/news/29-10-2021".
URL_SEGMENT_DATE = re.compile(r"/(?:((?:19|20)\d\d)-([01]\d)-([0-3]\d)|([0-3]\d)-([01]\d)-((?:19|20)\d\d))(?=[-_/.]|$)")


def collect_hints(tree: Any, url: str | None = None) -> dict[str, object]:
    """Headline, authors and date declared by the page (missing keys when not declared)."""
    hints: dict[str, object] = {}
    marked = _Marked.of(tree)  # read by every source below
    article = _json_ld_article(marked.json_ld)
    if article:
        headline = article.get("headline") or article.get("name")
        if isinstance(headline, str) and headline.strip():
            hints["headline"] = " ".join(headline.split())
        authors = list(_names(article.get("author")))
        if authors:
            hints["authors"] = authors
        organisations = list(_names(article.get("author"), organisations=True))
        if organisations:
            hints["authors_fallback"] = organisations
    meta = _meta(marked.metas)
    if "headline" not in hints:
        title = next((meta[k] for k in META_TITLE if meta.get(k)), None)
        if title:
            hints["headline"] = title
    sites = _site_names(marked.title, meta, article)
    named = _site_names(None, meta, article)
    titles = _declared_titles(article, meta, sites, named)
    if named:
        hints["site_names"] = sorted(named)  # squashed (see names_the_site)
    if "headline" in hints:
        hints["headline"] = _clean_title(str(hints["headline"]), sites, named)
    if titles:
        hints["headlines"] = titles
    if "authors" in hints:
        kept = [a for a in hints["authors"] if isinstance(a, str) and not _is_site(a, sites)  # type: ignore[attr-defined]
                and len(a.split()) <= MAX_DECLARED_NAME_WORDS and not PLACEHOLDER_AUTHOR.fullmatch(a)]
        if kept:
            hints["authors"] = kept
        else:
            del hints["authors"]
    if "authors" not in hints and tree is not None:
        persons = _marked_authors(marked) or _foreign_marked_author(marked.foreign_classed)
        if persons:
            hints["authors"] = _in_meta_case(persons, meta)
        else:
            labelled = _labelled_authors(tree) or _licensor(marked.attributions)
            if labelled:
                hints["authors_labelled"] = labelled
    if "authors" not in hints:
        author = next((meta[k] for k in META_AUTHOR if meta.get(k) and not meta[k].startswith("http")), None)
        if author:
            names = [a.strip() for a in AUTHOR_SPLIT.split(author) if a.strip()]
            # "Site.de, Frankfurt, Germany": after the site's own name come its town and country.
            personal = len(names) == 1 and _personal_site(names[0], sites)
            publisher = not personal and any(_is_site(n, sites) or DOMAIN_NAME.search(n) for n in names)
            kept = [n for n in names if (looks_like_name(n) or is_agency(n)) and (personal or not _is_site(n, sites))] \
                if not publisher else []
            if kept:
                hints["authors"] = kept
            elif "authors_fallback" not in hints and not publisher and len(author.split()) <= MAX_DECLARED_NAME_WORDS \
                    and not PLACEHOLDER_AUTHOR.fullmatch(author) and "@" not in author and "http" not in author:
                hints["authors_fallback"] = [author]
    fallback = hints.get("authors_fallback")
    if isinstance(fallback, list):
        kept = [str(n) for n in fallback if not _is_site(str(n), sites)]
        if kept:
            hints["authors_fallback"] = kept
        else:
            del hints["authors_fallback"]
    declared_authors = hints.get("authors")
    if isinstance(declared_authors, list):
        hints["authors"] = _without_extended(list(dict.fromkeys(_without_by(str(a)) for a in declared_authors)))
    dayfirst = _prints_day_first(tree, meta)
    if dayfirst:
        hints["dayfirst"] = True
    declared = _parse_date(article.get("datePublished") or article.get("dateCreated")) if article else None
    date, printed_only = _declared_date(tree, meta, url, declared, dayfirst=dayfirst, marked=marked)
    if date is not None:
        hints["date"] = date
        if printed_only:
            hints["date_printed_only"] = True
    modified = _parse_date(article.get("dateModified")) if article else None
    modified = modified or next((d for d in (_parse_date(v) for k, v in meta.items()
                                             if META_UPDATE_KEY.search(k) and not re.search("expir", k)) if d), None)
    if modified is not None:
        hints["date_modified"] = modified
    return hints


def _prints_day_first(tree: Any, meta: dict[str, str]) -> bool:
    """Whether the page's language writes "03/05/2022" day first (3 May).

    Signal: the declared language (``<html lang>``, og:locale, Content-Language). American
    English writes the month first; nearly every other language and English elsewhere
    ("en-GB", "en-AU") the day. Without a declared language, or with a bare "en", the
    month-first reading stays (the common reading on English pages). Only printed dates
    follow the language: a CMS writes its metadata in its own (often American) format."""
    declared = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or tree.get("xml:lang") \
        if tree is not None else None
    language = (declared or meta.get("og:locale") or meta.get("content-language") or "").strip().lower()
    language = language.replace("_", "-").split(",")[0]
    return (bool(language) and language.split("-")[0] != "en") or language.startswith(("en-gb", "en-au", "en-nz",
                                                                                        "en-ie", "en-in", "en-za"))


def _declared_date(tree: Any, meta: dict[str, str], url: str | None,
                   declared: dt.date | dt.datetime | None = None, *,
                   marked: _Marked, dayfirst: bool = False) -> tuple[dt.date | dt.datetime | None, bool]:
    """The publication date the page declares, by agreement of its sources, and whether
    only the elements whose class says date give it.

    Each source gives its first date: JSON-LD (``declared``), microdata or RDFa, the known
    meta tags, other meta tags about publishing, ``<time datetime>``, elements whose class
    says date, a date field in an inline script, the URL. The day most sources agree on
    wins (pages often carry one stray date: a modification, a related story); a tie goes to
    the most explicit source, in that order. A day only a class-named element gives is the
    weakest: the first such element may stand in a list of other stories above the article.
    """
    groups: list[Iterable[Any]] = [[declared]]  # each source's dates, in its order (only the first counts)
    dated: Iterator[dt.date | dt.datetime] | None = None
    if tree is not None:
        groups.append([node.get("content") or node.get("datetime") or text_of(node)
                       for node in marked.published[:3]])
    groups.append([meta.get(k) for k in META_DATE])
    groups.append([v for k, v in meta.items() if META_PUBLISH_KEY.search(k) and not META_UPDATE_KEY.search(k)])
    if tree is not None:
        groups.append(marked.times[:3])
        groups.append(dated := _dated_elements(marked.dated, dayfirst))
        groups.append([_script_date(marked.inline_scripts)])
    groups.append([_url_date(url or _own_address(marked.canonical, meta))])
    firsts: list[dt.date | dt.datetime] = []
    printed = False  # whether the class-named elements give a day
    for group in groups:
        parsed = (v if isinstance(v, (dt.date, dt.datetime)) else _parse_date(v) for v in group)
        found = next((d for d in parsed if d is not None), None)
        if found is not None:
            firsts.append(found)
            printed = printed or group is dated
    if not firsts:
        return None, False
    printed_only = len(firsts) == 1 and printed
    votes: dict[dt.date, int] = {}
    for value in firsts:
        votes[day_of(value)] = votes.get(day_of(value), 0) + 1
    best = max(votes.values())
    winner = next(v for v in firsts if votes[day_of(v)] == best)
    if _is_utc(winner):
        # A UTC timestamp near midnight falls on the neighbouring day of the place where it
        # was published; a source that gives the local day (a printed date, a time with the
        # local offset) names the day the page shows.
        local = [v for v in firsts if not _is_utc(v) and _shifted_day(winner, v)]
        if local:
            return local[0], False
    return winner, printed_only


def _declared_titles(article: dict[str, Any] | None, meta: dict[str, str], sites: set[str],
                     named: set[str]) -> list[str]:
    """Every headline the page declares: the JSON-LD headline, og:title, twitter:title and
    the other title meta tags, each without the site's name.

    Signal: pages rewrite the headline for search engines and social cards, so the sources
    often disagree; the printed heading that any one of them repeats is confirmed by the
    page itself (see ``assemble._headline``).
    """
    found = [article.get("headline")] if article else []
    found += [meta.get(k) for k in META_TITLE]
    out: list[str] = []
    for value in found:
        if isinstance(value, str) and value.strip():
            title = _clean_title(" ".join(value.split()), sites, named)
            if title and title not in out:
                out.append(title)
    return out


def _clean_title(title: str, sites: set[str], named: set[str]) -> str:
    """A declared title with HTML entities decoded (a CMS that escapes twice leaves
    "&raquo;", "&amp;" in the value) and without the site's name after a separator
    ("Headline | The Ledger"): the site's name is never part of the headline.

    A name the page declares (og:site_name, the publisher: ``named``) is always taken off;
    one known only from the end of ``<title>`` (in ``sites``) only when it is a name's length
    and shorter than what stays: "Kicker - Headline" or "Headline - Its second half" as the
    whole ``<title>`` keeps its headline.
    """
    if "&" in title:
        title = " ".join(html_lib.unescape(title).split())
    if "\u00ad" in title:
        title = title.replace("\u00ad", "")  # "&shy;": a hyphenation hint, not part of a word
    while True:
        seps = list(TITLE_SEPARATOR.finditer(title))
        if not seps:
            return title
        head, tail = title[: seps[-1].start()].strip(), title[seps[-1].end():].strip()
        if not head or not (_is_site(tail, named) or
                            (_is_site(tail, sites) and len(tail.split()) < min(len(head.split()), SITE_MAX_WORDS + 1))):
            return title
        title = head


def _site_names(title: str | None, meta: dict[str, str], article: dict[str, Any] | None) -> set[str]:
    """The names the page gives itself: og:site_name, application-name, the JSON-LD
    publisher, and the parts of the ``<title>`` before its first and after its last
    separator ("The Ledger - …", "… | The Ledger")."""
    names = {meta.get("og:site_name", ""), meta.get("application-name", "")}
    publisher = article.get("publisher") if article else None
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.add(publisher["name"])
    if title is not None:
        parts = TITLE_SEPARATOR.split(title)
        if len(parts) > 1:
            names.update((parts[0], parts[-1]))
    return {_squash(n) for n in names if n.strip()}


def _is_site(name: str, sites: set[str]) -> bool:
    """Whether a declared author is the site itself: the same name, ignoring case, spaces and
    a web address's ending ("The Ledger" = "theledger.com")."""
    squashed = _squash(name)
    return any(squashed == s or squashed.startswith(s) or s.startswith(squashed) for s in sites if len(s) > 2)


def names_the_site(name: str, site_names: Collection[str]) -> bool:
    """Whether a name is the site's own, as the page declares it (og:site_name,
    application-name, the JSON-LD publisher: the hint "site_names"), and not a person's
    whose personal site is named after them (see _personal_site): the publisher, not a
    writer."""
    sites = set(site_names)
    return _is_site(name, sites) and not _personal_site(name, sites)


def _personal_site(name: str, sites: set[str]) -> bool:
    """Whether the site is named after the person its meta author names (a personal blog
    or portfolio: "Jane Doe", "Jane Doe Photography"): the name has a person's shape, given
    name and family name (two capitalised words, none in capitals, the last not a masthead's
    word: a brand or paper named like a person, "ACME Coffee Online", "Valley Times", has more
    words, an initialism or such a word), and the site's names start with it."""
    words = name.split()
    return looks_like_name(name) and not is_agency(name) and len(words) == 2 and \
        not any(w.isupper() for w in words) and not MASTHEAD_WORD.fullmatch(words[-1]) and \
        any(s.startswith(_squash(name)) for s in sites)


def _squash(name: str) -> str:
    return re.sub(r"\W+|\.(?:com|org|net|co\.uk|de|fr)$", "", name.casefold().removeprefix("www."))


def _shifted_day(utc: dt.date | dt.datetime, local: dt.date | dt.datetime) -> bool:
    """Whether ``local`` can be the local day of the UTC time: the day after for a late UTC
    hour (zones east of UTC, up to +9 h), the day before for an early one (zones west)."""
    if not isinstance(utc, dt.datetime):
        return False
    shift = (day_of(local) - utc.date()).days
    return (shift == 1 and utc.hour >= LATE_UTC_HOUR) or (shift == -1 and utc.hour < EARLY_UTC_HOUR)


def _is_utc(value: dt.date | dt.datetime) -> bool:
    offset = value.utcoffset() if isinstance(value, dt.datetime) else None
    return offset is not None and not offset


def _own_address(canonical: str | None, meta: dict[str, str]) -> str | None:
    """The address the page gives itself (``<link rel="canonical">``, og:url) when the caller
    passed none: a dated path ("/2019/01/01/slug/") there is the article's own, unlike the
    dated addresses of other pages it links to."""
    return canonical if canonical is not None else meta.get("og:url")


def _url_date(url: str | None) -> dt.date | None:
    """The day a dated address gives: "/2019/01/31/", or a path segment that is a date
    ("/2019-01-31-slug", "/31-01-2019"). A day-first segment counts only when its first number
    cannot be a month: "/03-05-2019" may be read either way."""
    m = URL_DATE.search(url or "")
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
    elif (m := URL_SEGMENT_DATE.search(url or "")) is not None:
        year, month, day = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(5), m.group(4))
        if not m.group(1) and int(day) <= 12:
            return None
    else:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _marked_authors(marked: _Marked) -> list[str]:
    """Authors the markup points at: microdata (itemprop="author"), rel="author" links, and
    elements whose class names say byline or author (not an author's bio or avatar).

    The byline is printed once: the first element that names someone is the article's, and
    other marked elements count only when they branch off near it (co-authors in sibling
    elements). Marked elements elsewhere belong to teasers of other stories ("related",
    "more from"), each with its own author. A lone user handle counts where the markup says
    author explicitly (microdata, rel="author"): blogs and forums print handles, not names.
    """
    sources = (marked.microdata_authors[:MAX_AUTHOR_ELEMENTS], marked.author_links[:MAX_AUTHOR_ELEMENTS],
               _author_class_nodes(marked.author_classed))
    for source, nodes in enumerate(sources):
        names: list[str] = []
        agencies: list[str] = []
        family: Any = None
        for node in nodes:
            if AUTHOR_SKIP.search((node.get("class") or "").lower()) or _in_page_footer(node):
                continue
            if family is not None and not any(a is family for a in node.iterancestors()):
                continue
            named = node.xpath('.//*[@itemprop="name"]')
            text = flat_text(named[0] if named else node)
            if text.endswith(":"):
                # A field label ("Autor:", "Source:"): the name, if any, is the text after it.
                text = " ".join((node.tail or "").split()) if AUTHOR_LABEL.fullmatch(text) else ""
            if not text or len(text) > MAX_AUTHOR_TEXT or len(ITEM_SEPARATOR.split(text)) > MAX_BYLINE_ITEMS:
                continue
            found = [n for n in _marked_names(text, handles=source < 2) if not is_role(n)]  # not by class
            persons = [n for n in found if not is_agency(n) and not is_institution(n)]  # an affiliation: a credit
            if persons and family is None:
                family = _ancestor(node, AUTHOR_FAMILY_LEVELS)
            names += [n for n in persons if n not in names]
            agencies += [n for n in found if n not in persons and n not in agencies]
        if any(not LOWER_HANDLE.fullmatch(n) for n in names):  # beside a name, a handle is the account's
            names = [n for n in names if not LOWER_HANDLE.fullmatch(n)]
        if names or agencies:
            return names or agencies  # an agency alone is the byline; beside a person, a credit
    return []


def _in_meta_case(names: list[str], meta: dict[str, str]) -> list[str]:
    """Names the markup prints in capitals ("JANE DOE") in the case the meta author tag
    spells them ("Jane Doe"): capitals are the byline's typography, the tag the name."""
    declared = {n.casefold(): n for k in META_AUTHOR if meta.get(k) for n in AUTHOR_SPLIT.split(meta[k])}
    return [declared.get(n.casefold(), n).strip() if n.isupper() else n for n in names]


def _foreign_marked_author(marked: list[Any]) -> list[str]:
    """The person named by the first element whose class says "author" in another language
    ("autor", "auteur", "autore"), when no English-marked element names anyone.

    Such classes also mark each teaser of a list and the wrapper around a byline's label,
    so only the innermost element counts (no marked element inside it), only the first that
    names a person, and only its first item: "Jane Doe | Publicado hace 7 minutos" or
    "Jane Doe | Place | date" print the name first and what follows is not an author."""
    inner = {id(a) for n in marked for a in n.iterancestors()}
    for node in marked[:MAX_AUTHOR_ELEMENTS]:
        if id(node) in inner or AUTHOR_SKIP.search(node.get("class").lower()) or _in_page_footer(node) or \
                any("comment" in (a.get("class") or "") for a in node.iterancestors()):
            continue
        text = flat_text(node)
        first = text.split("|")[0].strip()
        if not first or len(first) > MAX_AUTHOR_TEXT:
            continue
        persons = [n for n in _marked_names(first, handles=False)
                   if not is_role(n) and not is_agency(n) and looks_like_name(n)]
        if persons:
            return persons
    return []


def _labelled_authors(tree: Any) -> list[str]:
    """The persons named right after an element that is only an author label: a heading or
    bold "Autor:" with the name as the text after it ("<h5>Autor:</h5> Jane Doe/AGENCY"), or
    a "By" element followed by an element holding the name.

    Signal: the page's own label for the field, in any markup, when no element is classed as
    the author. A label and its value are the site's article template, so the first label
    that is followed by a personal name is the article's; an agency or photo credit after a
    slash beside that name is not an author."""
    for label, text in _short_texts(tree):
        if not AUTHOR_LABEL.fullmatch(text):
            continue
        if label.tag in LABEL_SKIP_TAGS or flat_text(label) != text or \
                any(a.tag in ("nav", "a") or COMMENT_OR_MENU.search(f"{a.get('class')} {a.get('id')}")
                    for a in label.iterancestors()):
            continue
        for _ in range(MAX_LABEL_CLIMB):
            parent = label.getparent()
            if parent is None or (label.tail or "").strip() or flat_text(parent) != text:
                break
            label = parent
        value = (label.tail or "").strip(" \t\r\n:")
        if not value:
            after = label.getnext()
            value = flat_text(after) if after is not None and \
                isinstance(after.tag, str) and after.tag not in LABEL_SKIP_TAGS else ""
        if not value or len(value) > MAX_AUTHOR_TEXT or _in_page_footer(label):
            continue
        persons = [n for item in ITEM_SEPARATOR.split(value) for n in _marked_names(item.strip(), handles=False)
                   if looks_like_name(n) and not is_role(n) and not is_agency(n)]
        if persons:
            return list(dict.fromkeys(persons))
    return []


def _short_texts(tree: Any) -> Iterator[tuple[Any, str]]:
    """The elements whose own first text (before any child) is short, with that text, white
    space collapsed: where a label ("Autor:", "By") can stand. Stripped of its ends, the text
    has at most MAX_LABEL_CHARS characters (a label is indented, not spread out). One pass
    over the elements in Python reads them faster than an XPath query over the text nodes."""
    for element in tree.iter(etree.Element):
        raw = element.text
        if raw and (len(raw) <= MAX_LABEL_CHARS or len(raw.strip()) <= MAX_LABEL_CHARS):
            yield element, " ".join(raw.split())


def _licensor(attributions: list[Any]) -> list[str]:
    """The person a Creative Commons notice credits ("<a rel="cc:attributionURL">Jane
    Doe</a>", property="cc:attributionName"): the license's attribution names the work's
    author. Only a personal name counts (the notice often credits the site); read only when
    no element marks or labels an author."""
    for node in attributions[:MAX_AUTHOR_ELEMENTS]:
        text = flat_text(node)
        if looks_like_name(text) and not is_role(text) and not is_agency(text):
            return [text]
    return []


def _in_page_footer(node: Any) -> bool:
    """Whether an element sits in the site's footer or copyright line, where rel="author"
    and author classes credit a theme, a template or the site, not the article's writer
    (a post's own ``<footer>`` carries its byline, so only the site's footer counts)."""
    return any(FOOTER_CLASS.search(ancestor.get("class") or "") for ancestor in node.iterancestors())


def _author_class_nodes(author_classed: list[Any]) -> list[Any]:
    """The elements whose class says byline or author (AUTHOR_CLASS_WORDS; not a script; not
    inside a comment), among the classed elements _Marked gathered."""
    found = []
    for node in author_classed:
        if not any("comment" in (a.get("class") or "") for a in node.iterancestors()):
            found.append(node)
            if len(found) == MAX_AUTHOR_ELEMENTS:
                break
    return found


def _ancestor(node: Any, levels: int) -> Any:
    for _ in range(levels):
        parent = node.getparent()
        if parent is None:
            break
        node = parent
    return node


def _marked_names(text: str, *, handles: bool) -> list[str]:
    """Names in the text of an element marked as the author: "By Jane Doe", "von Jane Doe",
    "Jane Doe", "Jane Doe Senior Editor" (a role printed after the name, without a comma)."""
    if BY_PREFIX.match(text):
        return [a.name for a in parse_byline(text)]
    words = text.split()
    for k in range(2, min(len(words), 5)):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if ROLE_WORDS.match(rest) and is_role(rest) and looks_like_name(head):
            return [head]  # "Jane Doe Senior Editor"
    if is_role(text):
        return [a.name for a in parse_byline(text)]
    if looks_like_name(text, allow_caps=True):
        return [text]  # "JANE DOE": the markup says it is the author, so capitals are a style
    if (HANDLE.fullmatch(text) if handles else LOWER_HANDLE.fullmatch(text)) and not PLACEHOLDER_AUTHOR.fullmatch(text):
        return [text]  # in a class-marked element only a handle's own shape: lowercase, one word
    return [a.name for a in parse_byline(text)]


def _without_extended(names: list[str]) -> list[str]:
    """The names without those that are another of them with words after it ("Jane Doe
    Sports" beside "Jane Doe"): the same person, read with the desk, the site or a role's
    first word that the element printed after the name."""
    return [n for n in names if not any(m != n and n.startswith(m + " ") for m in names)]


def declared_names(value: str) -> list[str]:
    """The personal names (or agencies) in a declared author field, as metadata writes it
    ("Jane Doe, Omar Haddad", "By Jane Doe", "Doe, Jane"): split at the separators, without
    a leading by-word, less what is no name (an address, a handle, a placeholder such as
    "admin", a phrase of more than MAX_DECLARED_NAME_WORDS words). Two single words
    parted by one comma are a name written surname first."""
    names = [n.strip() for n in AUTHOR_SPLIT.split(value) if n.strip()]
    if len(names) == 2 and value.count(",") == 1 and all(" " not in n for n in names):
        names = [f"{names[1]} {names[0]}"]
    names = [_without_by(n) for n in names]
    return [n for n in dict.fromkeys(names) if "@" not in n and "http" not in n and not PLACEHOLDER_AUTHOR.fullmatch(n)
            and len(n.split()) <= MAX_DECLARED_NAME_WORDS and (looks_like_name(n) or is_agency(n))]


def _without_by(name: str) -> str:
    """A declared name without a leading "By"/"von"/"Par" that the page left in it."""
    rest = BY_PREFIX.sub("", name, count=1).strip()
    return rest if rest != name and looks_like_name(rest) else name


def _script_date(inline_scripts: list[Any]) -> str | None:
    """The first publication date a date field of an inline script holds ("datePublished":
    "2024-05-02…"); scripts without any of the field names' cues are not searched."""
    for script in inline_scripts[:MAX_SCRIPTS]:
        text = text_of(script)[:MAX_SCRIPT_CHARS]
        if any(cue in text for cue in SCRIPT_DATE_CUES):
            m = SCRIPT_DATE.search(text)
            if m:
                return m.group(1)
    return None


# What a class attribute says (bits of _class_kinds).
DATED, AUTHORED, FOREIGN_AUTHORED = 1, 2, 4


@lru_cache(maxsize=4096)
def _class_kinds(classes: str) -> int:
    """Whether a class attribute says date (DATED_CLASS), author (AUTHOR_CLASS_WORDS) or
    author in another language (FOREIGN_AUTHOR_CLASS), as bits. Cached: a page repeats its
    class attributes on many elements, and every classed element is asked."""
    return (DATED if DATED_CLASS.search(classes) else 0) | (AUTHORED if AUTHOR_CLASS_WORDS.search(classes) else 0) \
        | (FOREIGN_AUTHORED if FOREIGN_AUTHOR_CLASS.search(classes) else 0)


@dataclass
class _Marked:
    """The elements the hints read for what their attributes say, in document order, found
    in three passes (one query for class attributes, one for ATTRIBUTED, one walk over the
    kinds of elements the head holds) rather than one query per source. Scripts are left out
    of the classed elements."""

    dated: list[Any] = field(default_factory=list)  # the class says date
    author_classed: list[Any] = field(default_factory=list)  # the class says byline or author
    foreign_classed: list[Any] = field(default_factory=list)  # the class says author in another language
    published: list[Any] = field(default_factory=list)  # microdata or RDFa property: publication date
    microdata_authors: list[Any] = field(default_factory=list)  # itemprop="author"
    author_links: list[Any] = field(default_factory=list)  # <a rel="author">
    attributions: list[Any] = field(default_factory=list)  # ccREL attribution
    json_ld: list[Any] = field(default_factory=list)  # <script type="application/ld+json">
    inline_scripts: list[Any] = field(default_factory=list)  # <script> without src
    metas: list[Any] = field(default_factory=list)  # <meta content>
    times: list[str] = field(default_factory=list)  # <time datetime> values outside comment threads
    canonical: str | None = None  # the first <link rel="canonical">'s href
    title: str | None = None  # the first text in a <title>

    @classmethod
    def of(cls, tree: Any) -> _Marked:
        marked = cls()
        if tree is None:
            return marked
        for classes in tree.xpath("//@class"):  # the values: an element only for the few that say something
            kinds = _class_kinds(str(classes))  # a plain str: lxml's result holds its element (and page)
            node = classes.getparent() if kinds else None
            if node is not None and node.tag != "script":
                if kinds & DATED:
                    marked.dated.append(node)
                if kinds & AUTHORED:
                    marked.author_classed.append(node)
                if kinds & FOREIGN_AUTHORED:
                    marked.foreign_classed.append(node)
        for value in tree.xpath(ATTRIBUTED):  # in document order, an element's attributes together
            marked._add_attributed(value, value.attrname)
        for node in tree.iter("script", "meta", "link", "time", "title"):  # few: one pass for all
            marked._add_tagged(node)
        return marked

    def _add_attributed(self, value: Any, name: str) -> None:
        """Sort the element of an itemprop, property or rel value into its lists (once,
        whichever of its attributes says so)."""
        if name == "itemprop":
            if value in PUBLISHED_PROPS:
                _add_once(self.published, value.getparent())
            if value == "author":
                self.microdata_authors.append(value.getparent())
        elif name == "property":
            if any(p in value for p in PUBLISHED_PROPS):
                _add_once(self.published, value.getparent())
            if value == "cc:attributionName":
                _add_once(self.attributions, value.getparent())
        elif value == "author":
            node = value.getparent()
            if node.tag == "a":
                self.author_links.append(node)
        elif value == "cc:attributionURL":
            _add_once(self.attributions, value.getparent())

    def _add_tagged(self, node: Any) -> None:
        """Sort an element of the head's kinds (and <time>) into its list."""
        tag, get = node.tag, node.get
        if tag == "script":
            if "ld+json" in (get("type") or "").lower():
                self.json_ld.append(node)
            if get("src") is None:
                self.inline_scripts.append(node)
        elif tag == "meta":
            if get("content") is not None:
                self.metas.append(node)
        elif tag == "link":
            if self.canonical is None and (get("rel") or "").lower() == "canonical" and get("href") is not None:
                self.canonical = get("href")
        elif tag == "time":  # a comment's time names the day the reader wrote, not the article's
            stamp = get("datetime")
            if stamp is not None and not any("comment" in (a.get("class") or "") or "comment" in (a.get("id") or "")
                                             for a in node.iterancestors()):
                self.times.append(stamp)
        elif self.title is None:
            texts = node.xpath("text()")  # <title>: the first one with text names the page
            self.title = str(texts[0]) if texts else None


def _add_once(found: list[Any], node: Any) -> None:
    """Append an element unless it is the last one found (another of its attributes said so)."""
    if not found or found[-1] is not node:
        found.append(node)


def _dated_elements(dated: list[Any], dayfirst: bool = False) -> Iterator[dt.date | dt.datetime]:
    """Dates in the texts of elements whose class names say they hold the date
    ("publish-date", "datum"), except update and comment dates; a date among them is printed
    on the page. Lazily, in document order: the vote reads only the first (a page listing
    dated stories has dozens of such elements)."""
    for node in dated[:MAX_DATED_ELEMENTS]:
        name = (node.get("class") or "").lower()
        if DATED_SKIP.search(name):
            continue
        # The texts of the element's children apart: "<span>Erstellt am</span><span>09.02.2022"
        # glued by text_content() hides the date from the finder.
        text = flat_text(node)
        if 0 < len(text) <= MAX_DATED_TEXT:
            found = find_dates(text, dayfirst=dayfirst)
            if found:
                yield found[0].value


def _json_ld_article(scripts: list[Any]) -> dict[str, Any] | None:
    """The page's JSON-LD description of the article (its ``ld+json`` scripts)."""
    best: dict[str, Any] | None = None
    for script in scripts:
        text = JSON_WRAPPER.sub("", text_of(script)).strip().rstrip(";")
        try:
            data = json.loads(text or "null", strict=False)
        except (ValueError, RecursionError):
            continue
        for node in _nodes(data):
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and ARTICLE_TYPES.search(k) for k in kinds):
                is_page = all(isinstance(k, str) and k.lower() == "webpage" for k in kinds)
                if best is None or (not is_page and "headline" in node):
                    best = node
                if not is_page:
                    return best
    return best


def _nodes(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _nodes(data[key], depth + 1)


def _names(value: Any, *, organisations: bool = False) -> Iterator[str]:
    """Names of the persons a JSON-LD ``author`` holds; with ``organisations``, the names of
    the organisations instead (a page that names no person is by its organisation).

    A Person's name field may hold a whole byline: two full names in it are two people; a
    full name followed by a job title ("Jane Doe, Staff Writer": is_role) is that one person,
    without the title and what follows it (a desk, a place)."""
    if isinstance(value, str):
        if value.strip() and not value.startswith("http") and not organisations:
            yield from (a.strip() for a in AUTHOR_SPLIT.split(value) if a.strip())
    elif isinstance(value, list):
        for item in value:
            yield from _names(item, organisations=organisations)
    elif isinstance(value, dict) and (str(value.get("@type", "Person")).lower() == "organization") == organisations:
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            name = " ".join(name.split())
            pieces = [a.strip() for a in AUTHOR_SPLIT.split(name) if a.strip()]
            # "Jane Doe, Omar Haddad" in one Person's name: a CMS that fills one author field
            # with the whole byline. Two full names in it are two people ("Doe, Jane" is one);
            # a single word between them is the place they write from ("Jane Doe, Portsmouth").
            full = [p for p in pieces if " " in p and looks_like_name(p) and not is_role(p)]
            if len(full) >= 2:
                yield from full
            elif not organisations and len(pieces) > 1 and full[:1] == pieces[:1] and is_role(pieces[1]):
                # "Jane Doe, Staff Writer(, Science Desk)": a CMS that fills the name field with
                # the whole byline took in the job title (and the desk or place after it).
                yield pieces[0]
            else:
                yield name


def _meta(metas: list[Any]) -> dict[str, str]:
    """The page's meta tags with a value, by name, property or itemprop (lowercased)."""
    out: dict[str, str] = {}
    for node in metas:
        keys = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower().split()
        for key in keys:  # property="dc:creator og:title": one value, several keys
            if key not in out:
                out[key] = " ".join(node.get("content", "").split())
    return out


def _parse_date(value: Any) -> dt.date | dt.datetime | None:
    """A declared date. ISO forms go to dateutil; printed forms ("10.12.2022, 07:00") to the
    date finder, which reads "10.12.2022" day-first as Europe prints it (dateutil would read
    October). A value dateutil rejects still gives its day when it opens with an ISO date
    ("2022-01-10T22:06:08:684Z")."""
    if isinstance(value, list):
        value = value[0] if value else None
    return parse_date_text(str(value)) if isinstance(value, str) else None


@lru_cache(maxsize=1024)
def parse_date_text(value: str) -> dt.date | dt.datetime | None:
    """_parse_date for a string (cached: a page repeats its date in several sources, and
    dateutil is slow)."""
    if not re.search(r"\d{4}", value):
        return None
    value = value.strip()
    if not ISO_START.match(value):
        found = find_dates(value[:60])
        if found and found[0].start <= MAX_DATE_OFFSET:
            return found[0].value
    try:
        with warnings.catch_warnings():  # an unknown zone name ("EET") leaves the time naive
            warnings.simplefilter("ignore")
            parsed = date_parser.parse(value[:40], fuzzy=False, tzinfos=UTC_NAMES)
    except (ValueError, OverflowError, TypeError):
        m = ISO_START.match(value)
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
        except ValueError:
            return None
    has_time = bool(re.search(r"\d{1,2}:\d\d", value))
    if not has_time:
        return parsed.date()
    try:
        parsed.utcoffset()
    except ValueError:  # "+91:00": an offset no zone has; the wall-clock time is still the page's
        return parsed.replace(tzinfo=None)
    return parsed


def parse_tree(html: str, utf8: bytes | None = None) -> Any:
    """An lxml tree of the page, or None when lxml cannot make one. ``utf8``, when given, is
    the page's text in UTF-8 (the bytes it was decoded from): the parser reads it as is.

    libxml2 stops building the tree at a nesting depth of a few thousand elements and drops
    everything after that point; such a page gets None too, so that its text is read by the
    fallback parser instead of being lost.
    """
    try:
        # Plain lxml elements: lxml.html's element classes cost a Python call per node visited.
        tree = etree.fromstring(utf8 if utf8 is not None else html.encode("utf-8", "replace"), parser=_PARSER)
    except (ValueError, TypeError, etree.ParserError):
        return None
    if tree is None:
        return None  # an empty document
    if any("Excessive depth" in entry.message for entry in _PARSER.error_log):
        return None
    return tree


# No table of the elements' ids (collect_ids): nothing looks an element up by its id, and
# building the table costs a tenth of the parse.
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True, collect_ids=False)


def flat_text(node: Any) -> str:
    """An element's text with its children's texts apart and white space collapsed
    ("<span>Erstellt am</span><span>09.02.2022</span>" -> "Erstellt am 09.02.2022")."""
    return " ".join(" ".join(node.itertext()).split())


def text_of(node: Any) -> str:
    """All the text inside an element (its XPath string value), as ``text_content()`` gives it."""
    return str(node.xpath("string()"))
