"""What an HTML page declares about itself: JSON-LD, OpenGraph and meta tags, <time>.

Hints are reconciled with the visible text by the label rules and the assembler: a declared
headline is a good headline even when not visible; a declared author that is a site or
organisation name is not an author.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

from dateutil import parser as date_parser
from lxml import html as lxml_html

from newsparse.article import Author
from newsparse.fields.bylines import is_agency, looks_like_name, parse_byline
from newsparse.fields.dates import find_dates

ARTICLE_TYPES = re.compile(r"(?:News|Blog|Scholarly|Tech|Report|Opinion|Analysis|Review)?Article$|Posting$|"
                           r"^Report$|WebPage$", re.I)
META_DATE = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
             "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
             "publish-date", "article.published", "published_time", "citation_publication_date")
META_AUTHOR = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author", "citation_author")
META_TITLE = ("og:title", "twitter:title", "headline", "dc.title", "parsely-title", "citation_title")
META_PUBLISH_KEY = re.compile(r"publish|pub_?date|pubtime|created|release|issued|firstpub", re.I)
META_UPDATE_KEY = re.compile(r"modif|updat|expir|revis", re.I)
SCRIPT_DATE = re.compile(
    r"[\"'](?:datePublished|pub_?[dD]ate|publishDate|publish_date|published_?[aA]t|publishedDate|"
    r"date_published|firstPublishedAt|publicationDate|displayDate)[\"']\s*:\s*[\"'](\d{4}-\d\d-\d\d[^\"']{0,25})"
)
AUTHOR_MICRODATA = '//*[@itemprop="author"]'
AUTHOR_LINK = '//a[@rel="author"]'
AUTHOR_CLASS = ("//*[contains(@class, 'byline') or contains(@class, 'author') or contains(@class, 'Author')]"
                "[not(self::script)][not(ancestor::*[contains(@class, 'comment')])]")
AUTHOR_SKIP = re.compile(r"bio|avatar|image|photo|img|desc|about|box|comment|more")
MAX_AUTHOR_ELEMENTS = 10
MAX_AUTHOR_TEXT = 120
MAX_DECLARED_NAME_WORDS = 8
DATED_XPATH = (
    "//*[contains(@class, 'date') or contains(@class, 'Date') or contains(@class, 'publish') or "
    "contains(@class, 'datum') or contains(@class, 'time') or contains(@class, 'posted') or "
    "contains(@class, 'meta')][not(self::script)]"
)
DATED_SKIP = re.compile(r"modif|updat|comment|event|expir")
MAX_DATED_ELEMENTS = 40
MAX_DATED_TEXT = 120
MAX_SCRIPTS = 60
MAX_SCRIPT_CHARS = 300_000
JSON_WRAPPER = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$")
AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)/")


def collect_hints(tree: Any, url: str | None = None) -> dict[str, object]:
    """Headline, authors and date declared by the page (missing keys when not declared)."""
    hints: dict[str, object] = {}
    article = _json_ld_article(tree)
    if article:
        headline = article.get("headline") or article.get("name")
        if isinstance(headline, str) and headline.strip():
            hints["headline"] = " ".join(headline.split())
        authors = list(_names(article.get("author")))
        if authors:
            hints["authors"] = authors
    meta = _meta(tree)
    if "headline" not in hints:
        title = next((meta[k] for k in META_TITLE if meta.get(k)), None)
        if title:
            hints["headline"] = title
    site = (meta.get("og:site_name") or "").casefold()
    if "authors" in hints:
        kept = [a for a in hints["authors"] if isinstance(a, str) and a.casefold() != site  # type: ignore[attr-defined]
                and len(a.split()) <= MAX_DECLARED_NAME_WORDS]
        if kept:
            hints["authors"] = kept
        else:
            del hints["authors"]
    if "authors" not in hints and tree is not None:
        marked = _marked_authors(tree)
        if marked:
            hints["authors"] = marked
    if "authors" not in hints:
        author = next((meta[k] for k in META_AUTHOR if meta.get(k) and not meta[k].startswith("http")), None)
        if author:
            names = [a.strip() for a in AUTHOR_SPLIT.split(author) if a.strip()]
            names = [n for n in names if (looks_like_name(n) or is_agency(n)) and n.casefold() != site]
            if names:
                hints["authors"] = names
    declared = _parse_date(article.get("datePublished") or article.get("dateCreated")) if article else None
    date = _declared_date(tree, meta, url, declared)
    if date is not None:
        hints["date"] = date
    return hints


def _declared_date(tree: Any, meta: dict[str, str], url: str | None,
                   declared: dt.date | dt.datetime | None = None) -> dt.date | dt.datetime | None:
    """The publication date the page declares, by agreement of its sources.

    Each source gives its first date: JSON-LD (``declared``), microdata or RDFa, the known
    meta tags, other meta tags about publishing, ``<time datetime>``, elements whose class
    says date, a date field in an inline script, the URL. The day most sources agree on
    wins (pages often carry one stray date: a modification, a related story); a tie goes to
    the most explicit source, in that order.
    """
    groups: list[list[Any]] = [[declared]]
    if tree is not None:
        groups.append([node.get("content") or node.get("datetime") or node.text_content() for node in tree.xpath(
            '//*[@itemprop="datePublished" or @itemprop="dateCreated" or '
            'contains(@property, "datePublished") or contains(@property, "dateCreated")]')[:3]])
    groups.append([meta.get(k) for k in META_DATE])
    groups.append([v for k, v in meta.items() if META_PUBLISH_KEY.search(k) and not META_UPDATE_KEY.search(k)])
    if tree is not None:
        groups.append(tree.xpath("//time[@datetime]/@datetime")[:3])
        groups.append(_dated_elements(tree))
        scripts = (SCRIPT_DATE.search(s.text_content()[:MAX_SCRIPT_CHARS])
                   for s in tree.xpath("//script[not(@src)]")[:MAX_SCRIPTS])
        groups.append([m.group(1) for m in scripts if m][:1])
    groups.append([_url_date(url)])
    firsts: list[dt.date | dt.datetime] = []
    for group in groups:
        found = next((d for d in (v if isinstance(v, (dt.date, dt.datetime)) else _parse_date(v) for v in group)
                      if d is not None), None)
        if found is not None:
            firsts.append(found)
    if not firsts:
        return None
    votes: dict[dt.date, int] = {}
    for value in firsts:
        votes[_day(value)] = votes.get(_day(value), 0) + 1
    best = max(votes.values())
    return next(v for v in firsts if votes[_day(v)] == best)


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _url_date(url: str | None) -> dt.date | None:
    m = URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _marked_authors(tree: Any) -> list[str]:
    """Authors the markup points at: microdata (itemprop="author"), rel="author" links, and
    elements whose class names say byline or author (not an author's bio or avatar)."""
    for xpath in (AUTHOR_MICRODATA, AUTHOR_LINK, AUTHOR_CLASS):
        names: list[str] = []
        for node in tree.xpath(xpath)[:MAX_AUTHOR_ELEMENTS]:
            if AUTHOR_SKIP.search((node.get("class") or "").lower()):
                continue
            named = node.xpath('.//*[@itemprop="name"]')
            text = " ".join((named[0] if named else node).text_content().split())
            if not text or len(text) > MAX_AUTHOR_TEXT:
                continue
            found = parse_byline(text) if not looks_like_name(text) else [Author(text)]
            names += [a.name for a in found if a.name not in names]
        if names:
            return names
    return []


def _dated_elements(tree: Any) -> list[dt.date | dt.datetime]:
    """Texts of elements whose class names say they hold the date ("publish-date", "datum"),
    except update and comment dates; a date among them is printed on the page."""
    out: list[dt.date | dt.datetime] = []
    for node in tree.xpath(DATED_XPATH)[:MAX_DATED_ELEMENTS]:
        name = (node.get("class") or "").lower()
        if DATED_SKIP.search(name):
            continue
        text = " ".join(node.text_content().split())
        if 0 < len(text) <= MAX_DATED_TEXT:
            found = find_dates(text)
            if found:
                out.append(found[0].value)
    return out


def _json_ld_article(tree: Any) -> dict[str, Any] | None:
    if tree is None:
        return None
    best: dict[str, Any] | None = None
    for script in tree.xpath('//script[contains(translate(@type, "JSONLD", "jsonld"), "ld+json")]'):
        text = JSON_WRAPPER.sub("", script.text_content()).strip().rstrip(";")
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


def _names(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value.strip() and not value.startswith("http"):
            yield from (a.strip() for a in AUTHOR_SPLIT.split(value) if a.strip())
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)
    elif isinstance(value, dict) and str(value.get("@type", "Person")).lower() != "organization":
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            yield " ".join(name.split())


def _meta(tree: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if tree is None:
        return out
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        if key and key not in out:
            out[key] = " ".join(node.get("content", "").split())
    return out


def _parse_date(value: Any) -> dt.date | dt.datetime | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str) or not re.search(r"\d{4}", value):
        return None
    try:
        with warnings.catch_warnings():  # an unknown zone name ("EET") leaves the time naive
            warnings.simplefilter("ignore")
            parsed = date_parser.parse(value.strip()[:40], fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    has_time = bool(re.search(r"\d{1,2}:\d\d", value))
    return parsed if has_time else parsed.date()


def parse_tree(html: str) -> Any:
    """An lxml tree of the page, or None when lxml cannot make one."""
    try:
        return lxml_html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None


_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True)
