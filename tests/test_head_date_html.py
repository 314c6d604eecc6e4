"""Headline and date reconciliation on HTML: printed heading vs declarations, site names,
the page's own address, day/month order, dates beside the headline (invented pages)."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse.segment.hints import collect_hints, parse_tree
from tests.pages import HARBOUR_BODY_HTML

BODY = HARBOUR_BODY_HTML


def page(head: str, heading: str, extra: str = "") -> str:
    return (f"<html><head>{head}</head><body><div class='site'>Quayside Gazette</div>"
            f"<article><h1>{heading}</h1>{extra}{BODY}</article></body></html>")


def test_declared_title_loses_site_name_and_entities() -> None:
    html = page('<title>Ferry timetable changes &amp; pier repairs | Quayside Gazette</title>'
                '<meta property="og:site_name" content="Quayside Gazette">'
                '<meta property="og:title" '
                'content="Ferry timetable changes &amp;amp; pier repairs | Quayside Gazette">',
                "Other words")
    hints = collect_hints(parse_tree(html))
    assert hints["headline"] == "Ferry timetable changes & pier repairs"


def test_long_title_part_is_not_a_site_name() -> None:
    title = "Harbour plans approved - then the committee changed its mind again"
    html = page(f"<title>{title}</title><meta property='og:title' content='{title}'>", "x y")
    assert collect_hints(parse_tree(html))["headline"] == title


def test_printed_heading_confirmed_by_og_title_beats_json_ld() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"headline": "Pier repairs: what residents need to know now"}</script>')
    html = page(ld + '<meta property="og:title" content="Harbour committee delays pier repairs">',
                "Harbour committee delays pier repairs")
    assert newsparse.parse(html).headline == "Harbour committee delays pier repairs"


def test_printed_heading_rewording_the_declared_headline_wins() -> None:
    html = page('<meta property="og:title" content="Harbour committee postpones pier repairs to spring">',
                "Harbour committee delays the pier repairs until spring")
    assert newsparse.parse(html).headline == "Harbour committee delays the pier repairs until spring"


def test_heading_with_kicker_gives_the_declared_headline() -> None:
    html = page('<meta property="og:title" content="Harbour committee delays pier repairs">',
                "Harbour committee delays pier repairs 03.02.2021 \u2022 Local, News")
    assert newsparse.parse(html).headline == "Harbour committee delays pier repairs"


def test_declared_headline_cut_off_gives_way_to_the_heading_in_full() -> None:
    """A declaration shortened with an ellipsis, or cut at an unescaped quotation mark in its
    attribute, is the start of the printed heading: the heading is the headline in full; a
    heading that only adds a date and categories after the declaration still gives the
    declared headline."""
    full = "Harbour committee delays pier repairs until the spring tides have passed"
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"headline": "Harbour committee delays pier repairs until the spring ti…"}</script>')
    assert newsparse.parse(page(ld, full)).headline == full
    cut = page('<meta property="og:title" content="Harbour master calls pier repairs "a farce"">',
               'Harbour master calls pier repairs "a farce"')
    assert newsparse.parse(cut).headline == 'Harbour master calls pier repairs "a farce"'
    dated = page('<meta property="og:title" content="Harbour committee delays pier repairs">',
                 "Harbour committee delays pier repairs 03.02.2021 \u2022 Local, News")
    assert newsparse.parse(dated).headline == "Harbour committee delays pier repairs"


def test_site_name_heading_is_not_a_rewording() -> None:
    html = ("<html><head><title>Pier repairs delayed :: Quayside Gazette</title>"
            "<meta property='og:title' content='Pier repairs delayed :: Quayside Gazette'></head>"
            f"<body><h1>Quayside Gazette</h1><article>{BODY}</article></body></html>")
    assert newsparse.parse(html).headline != "Quayside Gazette"


def test_canonical_address_dates_the_page() -> None:
    html = page('<link rel="canonical" href="https://example.org/2021/03/14/pier-repairs/">', "Pier repairs delayed")
    assert collect_hints(parse_tree(html))["date"] == dt.date(2021, 3, 14)


def test_slash_date_read_in_the_declared_order() -> None:
    html = page('<meta property="article:published_time" content="2022-05-04T00:40:00Z">',
                "Pier repairs delayed", "<div class='byline'>03/05/2022 21:40</div>")
    assert newsparse.parse(html).date.date() == dt.date(2022, 5, 3)


def test_dated_element_with_glued_label() -> None:
    html = page("", "Pier repairs delayed",
                "<div class='entryCreationDate'><span>Created on</span><span>09.02.2021</span></div>")
    assert collect_hints(parse_tree(html))["date"] == dt.date(2021, 2, 9)


def test_date_in_the_heading_line() -> None:
    html = page("", "Pier repairs delayed 02.02.2021 \u2022 Local")
    assert newsparse.parse(html).date == dt.date(2021, 2, 2)
