"""Where the article's date comes from when the page's metadata is thin or misleading:
comment times, dated addresses, labelled dates in fact boxes and footers, the article's own
entry in a list of stories, a date closing the standfirst (invented pages)."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse.fields.dates import day_of
from tests.pages import HARBOUR_BODY_HTML

BODY = HARBOUR_BODY_HTML
HEADLINE = "Harbour committee delays pier repairs"


def page(head: str = "", article: str = "", after: str = "", before: str = "") -> str:
    return (f"<html><head>{head}</head><body><div class='site'>Quayside Gazette</div>{before}"
            f"<article><h1>{HEADLINE}</h1>{article}{BODY}</article>{after}</body></html>")


def day(html: str) -> dt.date | None:
    value = newsparse.parse(html).date
    return day_of(value) if value is not None else None


COMMENTS = ("<section id='comments'><ol class='comment-list'><li class='comment'>"
            "<footer class='comment-meta'><time datetime='2021-03-09T21:15:00+01:00'>9 March 2021</time>"
            "</footer><p>Thanks for the report, very useful.</p></li></ol></section>")


def test_a_comment_time_is_not_the_article_date() -> None:
    assert day(page(after=COMMENTS)) is None


def test_a_comment_time_does_not_outvote_a_labelled_date_in_the_article() -> None:
    facts = "<p>Published on 02.03.2021<br/>Length: 40 minutes<br/>Licence: CC-BY</p>"
    html = (f"<html><body><article><h1>{HEADLINE}</h1>{BODY}{facts}</article>{COMMENTS}</body></html>")
    assert day(html) == dt.date(2021, 3, 2)


def test_a_path_segment_that_is_a_date_dates_the_page() -> None:
    html = page('<link rel="canonical" href="https://quayside.example/news/notices/29-10-2021">')
    assert day(html) == dt.date(2021, 10, 29)
    html = page('<link rel="canonical" href="https://quayside.example/2021-10-29-pier-repairs">')
    assert day(html) == dt.date(2021, 10, 29)


def test_an_ambiguous_day_first_path_segment_gives_no_date() -> None:
    assert day(page('<link rel="canonical" href="https://quayside.example/news/03-05-2021">')) is None


def test_a_wiki_footer_last_edited_date_is_the_last_resort() -> None:
    footer = "<div id='footer'><p>HarbourPage/Repairs (last edited 2021-11-10 13:28:18 by jdoe)</p></div>"
    assert day(page(after=footer)) == dt.date(2021, 11, 10)


def test_an_unlabelled_date_before_its_update_is_the_publication() -> None:
    footer = ("<p>Filed 11.01.2022, 09:50 / Updated on 21.01.2022, 11:39<br/>Category: Harbour and ferries"
              "<br/>Reading time: four minutes<br/>Tags: ferry, pier, storms, council</p>")
    assert day(page(after=footer)) == dt.date(2022, 1, 11)


def test_a_date_under_the_headline_beats_a_list_of_dates_after_the_text() -> None:
    header = "<div class='postinfo'>jdoe in Harbour, Ferries, Town council, Storm damage 14.06.2021 12:44</div>"
    events = "<div class='events'><h3>Coming up</h3>" + "".join(
        f"<p>{d:02d}.07.2021 18:30</p><p><a href='/e{d}'>Concert number {d}</a></p>" for d in (3, 9, 17, 24)) \
        + "</div>"
    assert day(page(article=header, after=events)) == dt.date(2021, 6, 14)


LISTING = ("<aside><h3>Latest news</h3>"
           "<p class='teaser-date'>12.11.2021</p><p><a href='/a'>Lighthouse reopens to visitors</a></p>"
           "<p class='teaser-date'>10.11.2021</p><p><a href='/b'>" + HEADLINE + "</a></p>"
           "<p>The works are put off until spring.</p>"
           "<p class='teaser-date'>09.11.2021</p><p><a href='/c'>Ferry fares stay the same</a></p></aside>")


def test_the_date_beside_the_articles_own_entry_in_a_list_of_stories() -> None:
    html = page(f"<title>{HEADLINE} | Quayside Gazette</title>", after=LISTING)
    assert day(html) == dt.date(2021, 11, 10)


def test_the_own_entry_beats_the_first_date_classed_element_of_a_sidebar() -> None:
    html = page(before=LISTING)
    assert day(html) == dt.date(2021, 11, 10)


def test_the_own_entry_does_not_beat_declared_metadata() -> None:
    meta = '<meta property="article:published_time" content="2021-11-08T10:00:00+01:00">'
    assert day(page(meta, after=LISTING)) == dt.date(2021, 11, 8)


def test_a_date_closing_the_standfirst_is_the_printed_dateline() -> None:
    meta = ('<meta property="article:published_time" content="2020-01-03T09:48:24Z">'
            '<meta property="article:modified_time" content="2020-01-06T09:22:36Z">')
    dek = ("<h2 class='deck'>The pier, closed since the storms, will not reopen before the summer. "
           "What went wrong?<span class='deck-date'>Monday, 6 January 2020</span></h2>")
    assert day(page(meta, article=dek)) == dt.date(2020, 1, 6)


def test_a_date_inside_the_standfirst_sentence_is_not_a_dateline() -> None:
    meta = '<meta property="article:published_time" content="2020-01-03T09:48:24Z">'
    dek = "<h2 class='deck'>The pier will stay closed until Monday, 6 January 2020.</h2>"
    assert day(page(meta, article=dek)) == dt.date(2020, 1, 3)


# A dump whose dateline sits under the byline, with other dates all around it: a photo's date in
# its caption above, a related teaser's date set into the text, a date the text mentions and a
# list of dated stories after it. Only the dateline dates the article (issue: "no date ever
# taken from a caption, a related teaser or a body mention when the page prints a dateline").
DATED_DUMP = """Quayside Gazette

News Feed

Harbour committee delays pier repairs

The old pier at low tide. Photo taken 2 March 2029 by Ines Vogel / Quayside Gazette

By Omar Haddad

{dateline}

The harbour committee voted on Tuesday to delay the repairs to the old pier until the
engineers have finished their survey of the foundations, which began in the spring.

Related: Ferry timetable changes announced (12 January 2030)

The survey found that the piles were last replaced on 14 August 1987, and the committee
wants to know how far the salt water has reached before it approves any new contract.

Members said the delay would not affect the ferry service, which uses the new quay, and that
the fishing fleet would keep its moorings along the eastern wall for the whole summer.

More from the Gazette

Council approves new cycle lanes - 3 February 2030

Lighthouse museum reopens - 28 January 2030
"""


def test_the_dateline_wins_over_caption_teaser_and_mentioned_dates() -> None:
    for dateline, expected in [("5 February 2030", dt.date(2030, 2, 5)),
                               ("Published: Feb. 5, 2030, 10:42 a.m.", dt.date(2030, 2, 5)),
                               ("05.02.2030 10:42", dt.date(2030, 2, 5))]:
        art = newsparse.parse(DATED_DUMP.format(dateline=dateline))
        assert art.date is not None and day_of(art.date) == expected, (dateline, art.date)


def test_without_a_dateline_no_caption_teaser_or_mentioned_date_dates_the_article() -> None:
    art = newsparse.parse(DATED_DUMP.format(dateline=""))
    assert art.date is None or day_of(art.date) not in {
        dt.date(2029, 3, 2), dt.date(2030, 1, 12), dt.date(1987, 8, 14), dt.date(2030, 2, 3), dt.date(2030, 1, 28)}
