"""The HTML front door: DOM features, hints, robustness, and agreement with a dump of the page."""

from __future__ import annotations

import datetime as dt

from bs4 import BeautifulSoup

import newsparse
from newsparse.segment.hints import collect_hints, parse_tree
from newsparse.segment.html import segment_html
from tests.conftest import FIXTURES

PAGE = (FIXTURES / "html_news_page_jsonld.html").read_text(encoding="utf-8")


def test_blocks_carry_dom_features() -> None:
    blocks, _ = segment_html(PAGE)
    by_text = {b.text: b for b in blocks}
    heading = by_text["A vanished way of life"]
    assert heading.tag == "h2"
    assert "article" in heading.path.split("/")
    nav = by_text["News"]
    assert "nav" in nav.path.split("/") and nav.link_density == 1.0
    assert by_text["Tours run from June to September."].bullet
    assert "article body" in by_text["The first keepers are due to arrive on 2 June."].classes.split("|")
    assert not any("display: none" in b.text or "var x" in b.text for b in blocks)


def test_hints_from_json_ld_graph() -> None:
    hints = collect_hints(parse_tree(PAGE))
    assert hints["headline"] == "Lighthouse keepers return to Skerrow Point after 40 years"
    assert hints["authors"] == ["Ailsa Brodie"]  # the Organization is not an author
    assert hints["date"] == dt.datetime(2025, 4, 8, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_meta_and_url_hints() -> None:
    html = ('<html><head><meta property="article:published_time" content="2024-05-02">'
            '<meta name="author" content="Li Wei"></head><body><p>x</p></body></html>')
    hints = collect_hints(parse_tree(html), "https://example.org/2023/01/05/story")
    assert hints["date"] == dt.date(2024, 5, 2)
    assert hints["authors"] == ["Li Wei"]
    url_only = collect_hints(parse_tree("<html><body><p>x</p></body></html>"), "https://example.org/2023/01/05/s")
    assert url_only["date"] == dt.date(2023, 1, 5)


def test_structure_removes_boilerplate_keeps_article() -> None:
    art = newsparse.parse(PAGE)
    text = art.text
    assert "Ferry fares to rise" not in text  # related links aside
    assert "wonderful idea" not in text  # comments section
    assert "cookies" not in text and "All rights reserved" not in text
    assert art.paragraphs[2].kind == "subheading"
    assert any(p.kind == "quote" for p in art.paragraphs)
    assert art.captions[0].credit == "Morag Lennie/Northern Ledger"


def test_dump_of_the_page_gives_the_same_headline_and_authors() -> None:
    soup = BeautifulSoup(PAGE, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    lines = [" ".join(line.split()) for line in soup.get_text("\n").splitlines()]
    dump = "\n".join(line for line in lines if line)
    from_html, from_dump = newsparse.parse(PAGE), newsparse.parse(dump)
    assert from_dump.headline == from_html.headline
    assert [a.name for a in from_dump.authors] == [a.name for a in from_html.authors]
    assert from_dump.date is not None and from_dump.date.isoformat()[:10] == "2025-04-08"


def test_deeply_nested_and_broken_markup() -> None:
    deep = "<html><body>" + "<div>" * 50_000 + "<p>Deep paragraph that still has words in it.</p>" + "</div>" * 10
    art = newsparse.parse(deep)
    assert isinstance(art, newsparse.Article)
    broken = "<html><body><p>Unclosed <b>bold <i>italic <p>Next para<!-- unclosed comment"
    assert isinstance(newsparse.parse(broken), newsparse.Article)


def test_authors_marked_in_the_markup() -> None:
    microdata = ('<html><body><article><h1>Storm Hits Coast Overnight</h1><div itemprop="author" itemscope>'
                 '<span itemprop="name">Jane Doe</span></div><p>Text of the story runs here for a while.</p>'
                 '</article></body></html>')
    assert collect_hints(parse_tree(microdata))["authors"] == ["Jane Doe"]
    byline_class = ('<html><head><meta property="og:site_name" content="Gazette"><meta name="author" '
                    'content="Gazette"></head><body><p class="article-byline">By Omar Haddad and Li Wei</p>'
                    '<div class="author-bio">Omar Haddad writes about ports.</div></body></html>')
    assert collect_hints(parse_tree(byline_class))["authors"] == ["Omar Haddad", "Li Wei"]
    site_only = '<html><head><meta property="og:site_name" content="Gazette"><meta name="author" content="Gazette">'
    assert "authors" not in collect_hints(parse_tree(site_only + "</head><body><p>x</p></body></html>"))


BODY = "".join(f"<p>The regional water board said the new reservoir would open next spring, paragraph {i}.</p>"
               for i in range(5))


def _page(head: str, body: str = "") -> str:
    title = "<h1>Reservoir opens next spring</h1>"
    return f"<html><head>{head}</head><body><article>{title}{body}{BODY}</article></body></html>"


def test_declared_organisation_is_the_author_only_when_it_is_not_the_site() -> None:
    ld = ('<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Reservoir opens next spring",'
          ' "author": {{"@type": "Organization", "name": "{}"}}, "publisher": {{"name": "Valley Times"}}}}</script>')
    assert newsparse.parse(_page(ld.format("Valley Times"))).authors == ()
    agency = newsparse.parse(_page(ld.format("Water Policy Institute")))
    assert [a.name for a in agency.authors] == ["Water Policy Institute"]


def test_meta_author_that_is_the_site_name_is_not_an_author() -> None:
    head = '<title>Reservoir opens | Valley Times</title><meta name="author" content="Valley Times">'
    assert newsparse.parse(_page(head)).authors == ()


def test_author_elements_of_teasers_are_not_the_article_authors() -> None:
    teasers = "".join(f'<li><a href="/t{i}">Teaser story {i}</a> <span class="author">Teaser Writer{i}</span></li>'
                      for i in range(3))
    html = ('<html><body><article><h1>Reservoir opens next spring</h1>'
            '<div class="byline"><span class="author-name">Marta Okonjo</span></div>' + BODY +
            f'</article><aside><ul>{teasers}</ul></aside></body></html>')
    assert [a.name for a in newsparse.parse(html).authors] == ["Marta Okonjo"]


def test_marked_author_elements_that_hold_no_name() -> None:
    """A role line, a field label and a link to the author's archive are marked "author"
    by their classes but name nobody; a theme credit in the copyright line is no author."""
    role = ('<div class="author"><span class="author-name">Priya Raman</span></div>'
            '<div class="author__text">Senior Vice President of Research at the Harbour Institute</div>')
    assert collect_hints(parse_tree(f"<html><body>{role}</body></html>"))["authors"] == ["Priya Raman"]
    label = ('<div class="meta"><span class="metaAuthorLabel">Autor:</span> Konrad Albers<br>'
             '<span class="metaAuthorLabel">Quelle:</span> Talblatt<br></div>')
    assert collect_hints(parse_tree(f"<html><body>{label}</body></html>"))["authors"] == ["Konrad Albers"]
    archive = ('<p class="byline">Von <a class="author-link" href="/autor/jo">Jo Brenner</a></p>'
               '<a class="author-archive" href="/autor/jo">Alle Artikel</a>')
    assert collect_hints(parse_tree(f"<html><body>{archive}</body></html>"))["authors"] == ["Jo Brenner"]
    theme = ('<article><p>Text of the story runs here for a while.</p></article><div class="site-info">'
             'Theme: Columns by <a href="https://themes.example" rel="author">Pixelworks</a></div>')
    assert "authors" not in collect_hints(parse_tree(f"<html><body>{theme}</body></html>"))


def test_meta_author_that_opens_the_title_is_the_site() -> None:
    """"Site Name - Headline": a meta author that the title's first part starts with is the site."""
    head = ('<title>Riverside Rowing Club Kellham - Reservoir opens next spring</title>'
            '<meta name="author" content="Riverside Rowing Club">')
    body = '<p class="info">Geschrieben von Milo Brandt am 04.05.2021</p>'
    assert [a.name for a in newsparse.parse(_page(head, body)).authors] == ["Milo Brandt"]


def test_meta_author_naming_the_publisher_and_its_town_names_no_person() -> None:
    head = '<meta name="author" content="valleytimes.example.com, Kellham, Norway">'
    assert newsparse.parse(_page(head)).authors == ()


def test_author_classed_meta_bar_and_follow_list_name_no_author() -> None:
    """A meta bar of categories and a list of columnists to follow carry author classes."""
    bar = ('<div class="post-meta--author">01.12.2022 / Energy / Grid / Wind Farms / Storage / Offshore / '
           'Top Stories</div>')
    assert "authors" not in collect_hints(parse_tree(f"<html><body>{bar}</body></html>"))
    follow = ('<ul><li class="author-follow">Rosa Lindqvist Why the ferry timetable changed</li>'
              '<li class="author-follow">Tomas Berg The harbour after the flood</li></ul>')
    assert "authors" not in collect_hints(parse_tree(f"<html><body>{follow}</body></html>"))


def test_declared_user_name_gives_way_to_the_printed_name() -> None:
    body = '<p class="meta">By Ingrid Solberg</p><p>Filed by <a rel="author" href="/u/is">ingridsolberg</a></p>'
    assert [a.name for a in newsparse.parse(_page("", body)).authors] == ["Ingrid Solberg"]


def test_by_word_left_in_a_declared_name_is_removed() -> None:
    head = '<meta name="author" content="von Erika Mustermann">'
    assert [a.name for a in newsparse.parse(_page(head)).authors] == ["Erika Mustermann"]


def test_utc_timestamp_gives_way_to_the_local_day() -> None:
    head = '<meta property="article:published_time" content="2024-03-09T23:30:00Z">'
    hints = collect_hints(parse_tree(_page(head, '<time datetime="2024-03-10T00:30:00+01:00">10 March</time>')))
    assert isinstance(hints["date"], dt.datetime) and hints["date"].date() == dt.date(2024, 3, 10)


def test_printed_metadata_date_is_read_day_first() -> None:
    hints = collect_hints(parse_tree(_page('<meta name="date" content="10.12.2022, 07:00">')))
    assert isinstance(hints["date"], dt.date) and (hints["date"].month, hints["date"].day) == (12, 10)


def test_printed_slash_date_follows_the_page_language() -> None:
    """"04/09/2021" is 4 September on a British or German page, 9 April on an American one;
    a CMS's metadata keeps its own (month-first) format whatever the language."""
    def page(lang: str, head: str = "", printed: str = "04/09/2021") -> str:
        return (f'<html lang="{lang}"><head>{head}</head><body><article><h1>Reservoir opens next spring</h1>'
                f'<span class="date">{printed}</span>{BODY}</article></body></html>')
    assert newsparse.parse(page("en-GB")).date == dt.date(2021, 9, 4)
    assert newsparse.parse(page("de")).date == dt.date(2021, 9, 4)
    assert newsparse.parse(page("en-US")).date == dt.date(2021, 4, 9)
    assert newsparse.parse(page("en")).date == dt.date(2021, 4, 9)
    meta = '<meta name="date" content="11/03/2022 09:15:00">'
    declared = newsparse.parse(page("de", meta, "")).date
    assert declared is not None and (declared.month, declared.day) == (11, 3)


def test_event_date_under_its_own_label_does_not_outvote_the_metadata() -> None:
    head = '<meta property="article:published_time" content="2024-02-01T09:00:00+01:00">'
    art = newsparse.parse(_page(head, "<p>Termin: 21.02.2024</p>"))
    assert art.date is not None and art.date.day == 1 and art.date.month == 2


def _invented_page(feed: bool) -> str:
    story = "".join(
        f"<p>The harbour committee met on day {i} to weigh the plan for the new pier, and members "
        f"argued at length about its cost, its height and the tides that shape the bay.</p>"
        for i in range(1, 7))
    items = "".join(
        f"<div class='item'><span>10:{i}0</span><div class='entry'><p>Elsewhere, a bakery in a far "
        f"town number {i} sold its last loaf before noon, its owner told the crowd outside the door.</p>"
        f"</div></div>" for i in range(1, 4)) if feed else ""
    return (f"<html><body><div class='page'><div class='story'><h1>Pier plan weighed</h1>{story}</div>"
            f"<div class='stream'>{items}</div></div></body></html>")


def test_region_ends_with_the_article_container() -> None:
    """Prose in a sibling element with other markup (a live feed) is not the article's."""
    article = newsparse.parse(_invented_page(feed=True))
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == 6 and all("harbour committee" in t for t in texts)
    assert newsparse.parse(_invented_page(feed=False)).paragraphs == article.paragraphs


def test_article_split_in_sibling_sections_is_kept() -> None:
    """Paragraphs with the same markup as the container's continue the article."""
    section = "".join("<p>Volunteers counted the birds along the shore again this spring, and the "
                      "tally rose for the third year in a row despite the storms.</p>" for _ in range(2))
    html = (f"<html><body><div class='post'><div class='part'>{section * 3}</div>"
            f"<div class='part'>{section}</div></div></body></html>")
    assert len(newsparse.parse(html).paragraphs) == 8


def test_sentence_with_links_is_prose() -> None:
    """A sentence that cites its sources through links is not a teaser link."""
    html = ("<html><body><article><h1>Rain record</h1>"
            + "<p>The town saw more rain this month than in any month since records began, the "
              "weather office said on Tuesday evening.</p>" * 3
            + "<p>The figures, <a href='/a'>published by the regional weather office</a> this week, "
              "were checked twice.</p></article></body></html>")
    assert any(p.text.startswith("The figures") for p in newsparse.parse(html).paragraphs)


def test_negative_class_word_around_most_of_the_prose_is_ignored() -> None:
    """A page builder wraps every element in a "widget"; the article inside it is kept, while
    a real sidebar with another negative word is still dropped."""
    para = ("<div class='builder-widget-wrap'><p>The ferry resumed its crossings after the storm "
            "passed, and the harbour master said the timetable would hold all week.</p></div>")
    html = ("<html><body><h1>Ferry back</h1><div class='page'>" + para * 5 + "</div>"
            "<div class='sidebar'><p>Our other ferry stories this week cover the new pier, the "
            "fares and the winter timetable in full.</p></div></body></html>")
    texts = [p.text for p in newsparse.parse(html).paragraphs]
    assert sum("ferry resumed" in t for t in texts) == 5
    assert not any("other ferry stories" in t for t in texts)


def test_table_cells_code_and_quotes_in_the_article_are_body() -> None:
    """Short table cells and code lines without links are the article's data, not teasers."""
    prose = ("<p>The club compared the three boats it tested over the summer, and the results "
             "surprised even the oldest members of the crew.</p>")
    html = ("<html><body><article><h1>Boat test</h1>" + prose * 3
            + "<table><tr><th>Boat model</th><th>Top speed</th></tr>"
              "<tr><td>Heron sixteen footer</td><td>Twelve knots in calm water</td></tr></table>"
            + prose + "<pre>set sail --mode=fast --crew 4</pre>" + prose * 2
            + "</article></body></html>")
    texts = [p.text for p in newsparse.parse(html).paragraphs]
    for cell in ("Heron sixteen footer", "Twelve knots in calm water", "set sail --mode=fast --crew 4"):
        assert any(cell in t for t in texts), cell


def _texts(html: str) -> list[str]:
    return [p.text for p in newsparse.parse(html).paragraphs]


def test_article_before_a_longer_comment_thread_is_the_body() -> None:
    """Readers' comments marked as such stay out even when they outweigh the article."""
    story = ("<p>The village council voted to repair the old stone bridge before winter, after "
             "engineers found cracks in two of its arches during the spring survey.</p>") * 3
    comment = ("<div class='comment-body'><p>I have crossed that bridge every morning for forty "
               "years and I am glad somebody finally listened to the people who live here.</p></div>")
    html = (f"<html><body><article class='post'><h1>Bridge repair</h1>{story}</article>"
            f"<div class='discussion'>{comment * 12}</div></body></html>")
    texts = _texts(html)
    assert sum("village council" in t for t in texts) == 3
    assert not any("forty years" in t for t in texts)


def test_sidebar_box_named_by_a_compound_class_word_is_not_the_body() -> None:
    """A "textwidget" box of a sidebar is a widget, though its class word holds "text"."""
    story = "<p>The orchard flowered early this year, weeks ahead of the usual date.</p>" * 4
    box = ("<div class='textwidget'><p>This blog is written by a gardener who has kept notes on every "
           "tree of the orchard for more than twenty years, and shares them with readers.</p></div>")
    html = (f"<html><body><div class='post'><h1>Early blossom</h1>{story}</div>"
            f"<div class='side'>{box}</div></body></html>")
    texts = _texts(html)
    assert not any("gardener" in t for t in texts)
    assert sum("orchard flowered" in t for t in texts) == 4


def test_lead_styled_as_teaser_above_the_article_is_body() -> None:
    """A lone paragraph in a "teaser" box at the top of the article container is its lead."""
    body = "".join(f"<p>Paragraph {i}: the museum reopened its east wing after a long renovation, and "
                   f"the first visitors queued in the rain to see the restored ceiling.</p>" for i in range(4))
    html = ("<html><body><div class='news-single'><h1>Museum wing reopens</h1>"
            "<div class='teaser-text'><p>After three years behind scaffolding the east wing welcomes "
            "visitors again</p></div>"
            f"<div class='news-text'>{body}</div></div>"
            "<div class='teaser-list'><div class='teaser'><p>Other news: the zoo is getting a new "
            "penguin pool next summer, the city council said.</p></div></div></body></html>")
    texts = _texts(html)
    assert any("scaffolding" in t for t in texts)
    assert not any("penguin" in t for t in texts)


def test_short_paragraphs_between_code_in_the_article_template_are_not_teasers() -> None:
    """Lone paragraphs under headings and code listings, set like the article's paragraphs,
    are the article's, not a list of teasers."""
    para = ("<p>This step shows how the loader reads the configuration file and which of its "
            "settings it keeps when two of them disagree about the path.</p>")
    steps = "".join(f"<h2>Step {i}</h2><pre>load --step {i}</pre><p>Step {i} changes one setting of "
                    f"the loader, as shown above.</p>" for i in range(2, 5))
    html = (f"<html><body><div class='tutorial'><h1>Loader guide</h1>{para * 3}{steps}</div>"
            "</body></html>")
    texts = _texts(html)
    assert all(any(f"Step {i} changes" in t for t in texts) for i in range(2, 5))


def test_closing_line_set_like_the_paragraphs_is_body() -> None:
    """A last line without a full stop, in the article's paragraph markup, ends the article."""
    para = ("<p>The choir rehearsed every Thursday through the winter and sang its first concert "
            "in the town hall on a cold evening in March.</p>")
    html = (f"<html><body><div class='entry'><h1>Choir</h1>{para * 4}"
            "<p>Music is the shorthand of emotion (Leo Tolstoy)</p></div>"
            "<div class='footer-links'><p>Contact</p></div></body></html>")
    assert any("shorthand of emotion" in t for t in _texts(html))


def test_feedback_prompts_are_interface_text() -> None:
    para = "<p>The library extended its opening hours on weekdays, starting next month.</p>"
    html = (f"<html><body><div class='entry'><h1>Library</h1>{para * 4}"
            "<p>Was this article helpful?</p></div></body></html>")
    assert not any("helpful" in t for t in _texts(html))


def test_name_value_lines_in_the_article_are_body() -> None:
    """"Name: value" lines of a fact box are the article's data, not related headlines."""
    para = ("<p>The summer fair returns to the market square this weekend with music, food stalls "
            "and a small parade through the old town.</p>")
    html = (f"<html><body><div class='entry'><h1>Summer fair</h1>{para * 3}"
            "<p>Admission: 4 euros</p><p>Opening hours: 10 to 18</p>"
            f"{para * 2}</div></body></html>")
    texts = _texts(html)
    assert any("Admission: 4 euros" in t for t in texts)
    assert any("Opening hours: 10 to 18" in t for t in texts)


def test_text_inside_a_javascript_link_is_not_link_text() -> None:
    html = ("<html><head><title>A walk by the harbour</title></head><body> <a href='javascript:void(0)'>"
            "<p>harbour</p> <p>lighthouse</p> pier </a></body></html>")
    texts = _texts(html)
    assert "harbour" in texts and "pier" in texts


def test_the_only_text_of_a_page_is_its_body_not_a_headline() -> None:
    html = ("<html><body><ol><li><p>Tide tables for the coming week are pinned at the harbour "
            "office. Boats leave at dawn, weather permitting</p></li></ol></body></html>")
    article = newsparse.parse(html)
    assert article.headline is None
    assert "Tide tables" in article.text


def test_stream_of_teasers_under_linked_headlines_ends_the_body() -> None:
    """Blurbs under linked headlines are other stories even when they outweigh the article."""
    para = ("<p>The bakery on the corner reopened after the flood, and neighbours queued before "
            "dawn to buy the first loaves from its restored ovens.</p>")
    stream = "".join(f"<div class='card'><h3><a href='/s{i}'>Story number {i} about a town far away</a></h3>"
                     f"<p>Blurb {i}: a council in a distant town voted on a plan for its river bank, and "
                     f"residents argued about the cost for most of the evening meeting.</p></div>"
                     for i in range(8))
    html = (f"<html><body><div class='story'><h1>Bakery reopens</h1>{para * 3}</div>"
            f"<div class='feed'>{stream}</div></body></html>")
    texts = _texts(html)
    assert sum("bakery on the corner" in t for t in texts) == 3
    assert not any("distant town" in t for t in texts)


def test_long_block_of_links_is_not_body() -> None:
    para = ("<p>The bridge over the river will close for repairs in May, the council said, and "
            "traffic will be sent through the old town instead.</p>")
    links = "".join(f"<a href='/r{i}'>Another story about roads and bridges number {i}</a> " for i in range(7))
    html = f"<html><body><div class='entry'><h1>Bridge</h1>{para * 3}<p>{links}</p>{para}</div></body></html>"
    assert not any("Another story" in t for t in _texts(html))


def test_post_navigation_ends_the_body() -> None:
    """"Previous article" / "Next article" links close the article: text after them is not its."""
    para = ("<p>The rowing club won the regional final on Saturday after a close race against the "
            "crew from across the lake, their coach said.</p>")
    blog = ("<p>This blog follows rowing in the region, with results, interviews and training "
            "notes written by volunteers from the clubs.</p>")
    html = (f"<html><body><h1>Club wins final</h1>{para * 3}<p>Previous article</p>"
            f"<p>Next article</p>{blog}</body></html>")
    texts = _texts(html)
    assert sum("rowing club" in t for t in texts) == 3
    assert not any("This blog follows" in t for t in texts)


def test_paragraph_after_a_box_set_into_the_article_is_body() -> None:
    """A related-links box between two paragraphs interrupts the article; it does not end it."""
    para = ("<p>The ferry company added two crossings a day for the summer, the harbour office said, "
            "after queues at the pier grew longer every weekend in June.</p>")
    box = ("<div class='inline-box'><h3>Related stories</h3><ul>"
           + "".join(f"<li><a href='/s{i}'>Harbour news item number {i} in the series</a></li>" for i in range(4))
           + "</ul></div>")
    closing = ("<p>Tickets for the new crossings go on sale next week, and passengers with a season "
               "pass may book them without extra charge.</p>")
    html = f"<html><body><div class='entry'><h1>More ferries</h1>{para * 3}{box}{closing}</div></body></html>"
    assert any("Tickets for the new crossings" in t for t in _texts(html))


def test_opening_line_set_like_the_paragraphs_is_body() -> None:
    """A short first line in the article's paragraph markup starts the body, not the header."""
    para = ("<p>The orchard on the hill has been planted again this spring, with apple and pear trees "
            "from old local varieties that the society collected over ten years.</p>")
    html = (f"<html><body><h1>The orchard</h1><div class='entry'><p>Blossom over the valley at last</p>"
            f"{para * 3}</div></body></html>")
    assert any("Blossom over the valley" in t for t in _texts(html))


def test_unlinked_line_set_like_the_paragraphs_is_not_a_related_headline() -> None:
    para = ("<p>The choir met in the old school hall every Thursday evening, and the rehearsals went "
            "on until late in the night before the concert.</p>")
    html = (f"<html><body><div class='entry'><h1>The choir</h1>{para * 2}<p>Singing for the harvest festival "
            f"in autumn</p>{para * 2}</div></body></html>")
    assert any("Singing for the harvest festival" in t for t in _texts(html))


def test_cookie_banner_with_a_generic_body_class_is_not_the_article() -> None:
    """A consent banner's inner "body" element does not make its legal text article text."""
    para = ("<p>The museum reopened its east wing on Friday, showing the textile collection that had "
            "been kept in storage during the renovation.</p>")
    notice = ("<p>Technical storage or access is strictly necessary for the legitimate purpose of "
              "enabling the use of a specific service explicitly requested by the subscriber.</p>")
    html = (f"<html><body><article><h1>Museum wing</h1>{para * 3}</article>"
            f"<div class='consent-notice'><div class='notice-text'>{notice * 6}</div></div></body></html>")
    texts = _texts(html)
    assert any("east wing" in t for t in texts)
    assert not any("Technical storage" in t for t in texts)


def test_article_repeated_in_noscript_for_readers_without_scripts_is_read() -> None:
    para = ("<p>The observatory will open its dome to visitors on clear evenings this winter, and "
            "volunteers will explain what the telescope shows of the planets and the moon.</p>")
    html = (f"<html><body><h1>Open dome</h1><div class='post'><noscript>{para * 3}</noscript>"
            f"<script>render()</script></div><noscript>Please enable JavaScript.</noscript></body></html>")
    texts = _texts(html)
    assert any("observatory will open" in t for t in texts)
    assert not any("enable JavaScript" in t for t in texts)


def test_linked_cells_of_a_data_table_in_the_article_are_body() -> None:
    """A title cell that links to its own page is a datum of its row, not a menu entry."""
    para = ("<p>The festival screened these silent films in the old cinema this year, each with a "
            "pianist playing along to the pictures as in the early days.</p>")
    rows = "".join(f"<tr><th><a href='/f{i}'>The Lantern Keeper part {i}</a></th><td>19{20 + i}</td>"
                   f"<td>A short comedy about a lamp lighter and his dog, number {i}.</td></tr>" for i in range(4))
    html = (f"<html><body><div class='entry'><h1>Silent films</h1>{para * 2}<table>{rows}</table>"
            f"{para}</div></body></html>")
    assert any("The Lantern Keeper part 2" in t for t in _texts(html))


def test_list_of_tips_after_the_paragraphs_is_not_a_teaser_tail() -> None:
    """Long and short items of one list alternate; the short ones are not teaser headlines."""
    para = ("<p>Break-ins rose again in the district last winter, the police said on Monday, and "
            "most of them happened in the early evening while the owners were out.</p>")
    items = "".join(
        f"<li>Close every window and the door to the balcony before you leave the flat for the evening {i}.</li>"
        f"<li>Leave a light on {i}.</li>" for i in range(3))
    html = (f"<html><body><div class='entry'><h1>Break-ins</h1>{para * 2}<p>How to protect your home:</p>"
            f"<ul>{items}</ul></div></body></html>")
    assert any("Close every window" in t for t in _texts(html))


def test_short_lines_in_the_articles_content_element_are_body() -> None:
    """On a page of lists and short lines, the text around the one paragraph sits in the same
    element named as the article's content, and is body too."""
    html = ("<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/a'>Archive</a></li></ul></nav>"
            "<article><h1>Spring meetup</h1><div class='entry-content'>"
            "<p>Host: the public library, second floor</p><p>Chair: Dana Okafor</p><h2>Agenda</h2><ol>"
            "<li>Two short talks on garden planning (30 mins)</li>"
            "<li>Three growers describe what worked for them last season and what they would never try again, "
            "with time for questions from everyone in the room afterwards.</li>"
            "<li>Seed swap at the back tables (45 mins)</li><li>Where we meet next time</li></ol></div>"
            "</article><footer><p>Contact the club</p></footer></body></html>")
    texts = _texts(html)
    assert any("Chair: Dana Okafor" in t for t in texts)
    assert any("Seed swap at the back tables" in t for t in texts)


def test_lines_under_a_headline_inside_the_content_element_are_body() -> None:
    """A post template that sets the headline as the first block of the element named as the
    article's content: the lines between headline and first paragraph are body, the share
    icons are not."""
    para = ("<p>The reading circle met in the back room of the bakery, and most members had finished the "
            "novel, though a few admitted they had skipped the long letters in the middle.</p>")
    html = ("<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/b'>Blog</a></li></ul></nav>"
            "<div class='post-content'><h1>Notes from the reading circle</h1>"
            "<span>Mail</span><span>Print</span>"
            "<h2>Autumn season, second evening</h2><p>Host: the corner bakery, back room</p>"
            "<p>Book: an invented novel in letters</p>"
            f"{para * 3}</div><footer><p>Contact the circle</p></footer></body></html>")
    texts = _texts(html)
    assert any("Autumn season, second evening" in t for t in texts)
    assert any("Book: an invented novel in letters" in t for t in texts)
    assert not any(t == "Mail" for t in texts)


def test_long_lines_without_full_stops_in_one_markup_are_body() -> None:
    """An article written as long lines ending without a full stop, each in the same <p>
    markup, is the body, not the punctuated guest-book notes under it."""
    lines = ["the morning fog still hung over the valley when we reached the old stone bridge at last",
             "along the river the maples had turned a deep red and the path was covered in leaves",
             "a small wooden sign pointed the way to the campsite on the hill above the orchard",
             "the owner had carved new signs for every tent pitch and painted them in bright colours",
             "in the afternoon the wind picked up and the leaves fell like rain across the meadow",
             "we stayed until the light faded and walked back slowly along the water to the car",
             "next year we will come a week earlier to see the trees before the first storm comes"]
    article = "".join(f"<p>{line}</p>" for line in lines)
    notes = ("<div class='guestbook'><p>What a lovely trip report, the photos of the bridge are wonderful and "
             "I hope to visit the valley myself next autumn with my family.</p>"
             "<p>Thank you for sharing, we went there last year and the owner was very kind to us, "
             "the campsite is quiet and clean and the view is great.</p></div>")
    html = (f"<html><body><h1>Autumn at the valley campsite</h1><div class='entry'>{article}</div>"
            f"{notes}</body></html>")
    texts = _texts(html)
    assert any("maples had turned a deep red" in t for t in texts)
    assert any("see the trees before the first storm" in t for t in texts)


def test_intro_above_a_table_of_contents_and_a_subheading_is_body() -> None:
    """A tutorial's intro paragraph, set like its other paragraphs, stays in the body across
    the list of sections and the first section's heading between it and the long paragraphs."""
    para = ("<p>To start, open the settings panel and choose the layout tab, where every chart on the "
            "page keeps its own size, margin and colour options, and change the values one by one to "
            "see how the figure responds before you save the new defaults for later.</p>")
    toc = "".join(f"<li><a href='#s{i}'>Step {i}</a></li>" for i in range(1, 6))
    html = ("<html><body><nav><a href='/'>Home</a></nav><div class='wrap'><h1>Resizing chart labels</h1>"
            "<p>Here I show how to make the labels of a chart larger or smaller.</p>"
            f"<p>The guide has these parts:</p><ul>{toc}</ul><h2>Setup</h2>{para * 4}</div>"
            "<footer><p>All rights reserved</p></footer></body></html>")
    texts = _texts(html)
    assert any("make the labels of a chart larger" in t for t in texts)


def test_paragraph_above_title_and_byline_in_the_same_markup_is_body() -> None:
    """A page that opens with a paragraph of its text above the title and the byline, all in
    one element and one markup: that paragraph is body, not header."""
    opening = ("<p>My grandmother never spoke about the summer she spent by the sea, and for years the only "
               "trace of it was a faded postcard of a lighthouse tucked inside her old recipe book.</p>")
    para = ("<p>When I finally asked my aunt about the postcard, she told me a long story about a dance hall, "
            "a borrowed bicycle and a letter that arrived three months too late for anyone to answer it.</p>")
    html = ("<html><body><nav><a href='/'>Home</a></nav><div class='entry'>"
            f"{opening}<h2>The lighthouse summer</h2><p>by Mara Lindqvist</p>{para * 4}</div>"
            "<footer><p>All rights reserved</p></footer></body></html>")
    texts = _texts(html)
    assert any("faded postcard of a lighthouse" in t for t in texts)


def test_forum_opening_post_in_comment_markup_above_the_replies_is_body() -> None:
    """A forum styles its opening post like the replies ("comment" classes); the post above
    the line that opens the replies is the topic, the replies under it are not."""
    def message(*texts: str) -> str:
        return (f"<div class='msg'><div class='comment-info'>user{len(texts)}</div><div class='comment-text'>"
                + "".join(f"<p>{text}</p>" for text in texts) + "</div></div>")
    question = ("Since the last update my tablet no longer downloads anything from the store over the "
                "mobile network, although the setting for mobile data is switched on for every app.")
    follow_up = ("Before anyone asks: I restarted it twice and even reset the network settings, and the "
                 "download still stops at once with the same error about the connection.")
    reply = ("Mine works fine on the same version, so it may be your carrier blocking large downloads "
             "while you are roaming or when your monthly data allowance is almost used up.")
    about = ("This board is run by volunteers who answer questions about phones, tablets and watches in "
             "their spare time. Please search the archive before you open a new thread, keep your posts "
             "friendly and on topic, and never share passwords, serial numbers or other private details "
             "of your devices here. Threads without activity for a year are closed, and the moderators "
             "move posts that belong elsewhere to the right board without asking first.")
    html = ("<html><body><nav><a href='/'>Forum</a></nav><main><h1>Store downloads fail on mobile data</h1>"
            f"<div class='thread'>{message(question, follow_up)}</div>"
            f"<h2>Comments</h2><div class='replies'>{message(reply) * 3}</div>"
            f"<div class='about'><p>{about}</p></div></main></body></html>")
    texts = _texts(html)
    assert any("no longer downloads anything" in t for t in texts)
    assert not any("carrier blocking" in t for t in texts)


def test_fact_box_fields_joined_by_line_breaks_are_body() -> None:
    """Several "Name: value" fields in one element (a visitor box of a travel guide) are facts
    of the article, not a related headline."""
    para = ("<p>The lighthouse museum sits at the end of the old pier and tells the story of the keepers "
            "who lived there, with their logbooks, lamps and a small workshop you can walk through.</p>")
    box = ("<div class='facts'>Website: Pier museum<br>Open: April to September<br>"
           "Tickets: 4 € for adults<br>Phone: 0123 45678</div>")
    html = (f"<html><body><div class='guide'><h1>Harbour sights</h1>{para}{box}{para}"
            "<h2>The old mill</h2>" + para.replace("lighthouse museum", "mill") + "</div></body></html>")
    texts = _texts(html)
    assert any("Tickets: 4 € for adults" in t for t in texts)


def test_closing_paragraph_with_an_agency_tag_is_body_not_a_caption() -> None:
    """The article's last paragraph of several sentences ending in "(Reuters)" is body."""
    para = ("<p>The ferry company said the new timetable would add two crossings a day in summer and "
            "keep the night service running until the end of October this year.</p>")
    last = ("<p>Last year the line carried more passengers than ever before. Most of them travelled "
            "in July and August. The company expects similar numbers this season. (Reuters)</p>")
    html = f"<html><body><article><h1>More ferries</h1>{para * 3}{last}</article></body></html>"
    texts = _texts(html)
    assert any("expects similar numbers this season" in t for t in texts)


def test_feed_in_an_aside_with_content_named_items_is_not_the_body() -> None:
    """Boxes inside an <aside> named "...-content" do not make the aside the article."""
    para = ("<p>The harbour authority approved the new quay on Tuesday, and work on the foundations "
            "will start in the autumn once the fishing season is over.</p>")
    item = ("<li><div class='item-content'><p>Live: the council meeting on the bus lanes went on until late, "
            "and the vote on the second route was postponed to next month again.</p></div></li>")
    html = (f"<html><body><div class='page'><article><h1>New quay</h1>{para * 2}</article>"
            f"<aside class='rail'><ul>{item * 6}</ul></aside></div></body></html>")
    texts = _texts(html)
    assert any("harbour authority" in t for t in texts)
    assert not any("bus lanes" in t for t in texts)


def test_heading_and_label_over_nothing_but_links_are_not_body() -> None:
    """The title of a box of other articles heads links, not text of the article."""
    para = ("<p>The library will stay open until ten on weekdays from March, the city said, after "
            "students asked for more room to study in the evening.</p>")
    links = "".join(f"<p><a href='/n{i}'>Another library story number {i}</a></p>" for i in range(3))
    html = (f"<html><body><div class='entry'><h1>Library hours</h1>{para}<h2>Why now</h2>{para}"
            f"<p>More on this:</p>{links}<h3>Reader picks</h3>{links}</div></body></html>")
    texts = _texts(html)
    assert "Why now" in texts
    assert not any(t in ("More on this:", "Reader picks") for t in texts)


def test_author_classed_in_another_language() -> None:
    """An "autor"/"auteur" class marks the byline; its first item is the name (a date glued
    after a bar is not), and a wrapper or a teaser's element marked the same way is not read."""
    glued = '<div class="autor"><h6>Lucía Ferreyra Ortiz | Publicado hace 7 minutos</h6></div>'
    assert collect_hints(parse_tree(f"<html><body>{glued}</body></html>"))["authors"] == ["Lucía Ferreyra Ortiz"]
    wrapped = ('<div class="autor-wrapper"><span>Essay</span> <span>Von</span> <span class="autor">'
               '<a href="/a/kb">Karl Brunner</a></span></div><ul><li><span class="autor">Ida Renn</span></li></ul>')
    assert collect_hints(parse_tree(f"<html><body>{wrapped}</body></html>"))["authors"] == ["Karl Brunner"]
    layout = '<div class="autoresize">Karl Brunner</div>'
    assert "authors" not in collect_hints(parse_tree(f"<html><body>{layout}</body></html>"))


def test_name_after_an_author_label_element() -> None:
    """"<h5>Autor:</h5> Name/AGENCY" and a heading "Author" over the name: the label names
    the field, the agency after the slash is a credit; menus and sidebar lists are no label."""
    slash = '<p><h5 class="inline">Datum:</h5> 14.03.2017<br><h5 class="inline">Autor:</h5> Timo Kessler/NDPX</p>'
    assert [a.name for a in newsparse.parse(_page("", slash)).authors] == ["Timo Kessler"]
    heading = '<div class="meta"><h4 class="meta-title">Author</h4><p><a href="/p/ns">Nora Sandvik</a>, </p></div>'
    assert [a.name for a in newsparse.parse(_page("", heading)).authors] == ["Nora Sandvik"]
    menu = '<nav><a href="/authors">Author</a><a href="/new">Fresh Stories Daily</a></nav>'
    widget = '<aside><h2>Author</h2><ul><li><a href="/about">Who Writes Here</a></li></ul></aside>'
    for body in (menu, widget):
        assert newsparse.parse(_page("", body)).authors == ()


def test_author_label_set_off_by_a_non_breaking_space() -> None:
    """A label indented with a non-breaking space ("&nbsp;Autor:") or spread over its own
    lines is still only the label: the white space around it is layout."""
    for label in ("&nbsp;Autor:", "\n      By\n    "):
        body = f'<div class="meta"><strong>{label}</strong> Timo Kessler</div>'
        assert collect_hints(parse_tree(f"<html><body>{body}</body></html>"))["authors_labelled"] == ["Timo Kessler"]


def test_meta_author_that_names_a_personal_site() -> None:
    """A blog named after its writer: the meta author is the person, not the site."""
    head = '<title>Reservoir opens next spring | Hanne Voss</title><meta name="author" content="Hanne Voss">'
    assert [a.name for a in newsparse.parse(_page(head)).authors] == ["Hanne Voss"]
    brand = ('<title>Reservoir opens next spring | Happy Kettle Online</title>'
             '<meta name="author" content="Happy Kettle Online">')
    assert newsparse.parse(_page(brand)).authors == ()


def test_author_element_printing_the_name_in_capitals() -> None:
    """Capitals in an author-classed element are typography; the meta tag gives the case."""
    caps = '<div class="author"><div class="author-name">MIRELA DOBRE</div></div>'
    assert collect_hints(parse_tree(f"<html><body>{caps}</body></html>"))["authors"] == ["MIRELA DOBRE"]
    head = '<meta name="author" content="Mirela Dobre">'
    page = f"<html><head>{head}</head><body>{caps}</body></html>"
    assert collect_hints(parse_tree(page))["authors"] == ["Mirela Dobre"]


def test_explicit_byline_under_the_headline_outvotes_a_teasers_author_link() -> None:
    """A rel="author" link of a teaser listed before the article is not the article's author
    when the header prints "Par <another name>"."""
    teaser = ('<aside><h3><a href="/t1">Le port rouvre</a></h3><div class="post-author">'
              '<a href="/author/ines" rel="author">Inès Morvan</a></div></aside>')
    html = (f'<html><body>{teaser}<article><h1>Reservoir opens next spring</h1>'
            f'<div class="meta-info">Par <a href="/author/lg">Lucien Garnier</a></div>{BODY}</article></body></html>')
    assert [a.name for a in newsparse.parse(html).authors] == ["Lucien Garnier"]
    same = html.replace("Inès Morvan", "L. Garnier")  # the same person: the declared name stays
    assert [a.name for a in newsparse.parse(same).authors] == ["L. Garnier"]


def test_date_under_the_printed_headline_when_the_title_names_the_headline() -> None:
    """The headline taken from <title>; the <h1> repeating it prints the date under it."""
    nav = "".join(f'<li><a href="/s{i}">Section number {i}</a></li>' for i in range(30))
    html = ('<html><head><title>Reservoir opens next spring – Valley Club</title></head><body>'
            f'<ul>{nav}</ul><div><h1>Reservoir opens next spring</h1>'
            '<p class="caption">07. March 2018 | Nature, Water</p>'
            f'{BODY}</div></body></html>')
    assert newsparse.parse(html).date == dt.date(2018, 3, 7)


def test_declared_name_with_a_desk_after_it_is_the_same_person() -> None:
    """An author element printing "Name Desk" beside one printing "Name": one person."""
    html = ('<html><body><div class="author"><a class="author-link" href="/a/ro">Rhea Olsen</a></div>'
            '<div class="author"><span class="author-name">Rhea Olsen Gardening</span></div></body></html>')
    assert collect_hints(parse_tree(html))["authors"] == ["Rhea Olsen"]


def test_header_byline_adds_the_coauthors_the_metadata_left_out() -> None:
    """The meta tag names the first author; the byline under the headline names both."""
    head = '<meta name="author" content="Ansel Maro">'
    body = '<div class="meta-item">von Ansel Maro, Pia Lindqvist</div>'
    assert [a.name for a in newsparse.parse(_page(head, body)).authors] == ["Ansel Maro", "Pia Lindqvist"]
    degree = '<div class="meta-item">By Ansel Maro, MA Sitename</div>'
    assert [a.name for a in newsparse.parse(_page(head, degree)).authors] == ["Ansel Maro"]


def test_date_opening_the_body_outvotes_a_later_declared_day() -> None:
    """"(3 March 2016) Text…": the body opens with its day; a declared day a week later is
    a revision's. A day months away is another day and leaves the declared one."""
    head = '<meta property="article:published_time" content="2016-03-10">'
    body = "<p>(3 March 2016) The regional water board met on Thursday to approve the plan for the reservoir.</p>"
    assert newsparse.parse(_page(head, body)).date == dt.date(2016, 3, 3)
    far = body.replace("3 March 2016", "3 October 2015")
    assert newsparse.parse(_page(head, far)).date == dt.date(2016, 3, 10)


def test_declared_given_name_takes_the_printed_full_name() -> None:
    """Metadata filled from a first-name field ("Mirela") beside a byline printing "By" /
    "Mirela Castell": the person is the printed full name."""
    head = '<meta name="author" content="Mirela">'
    body = '<div class="meta"><p class="label">By</p><p class="full-name">Mirela Castell</p></div>'
    assert [a.name for a in newsparse.parse(_page(head, body)).authors] == ["Mirela Castell"]


def test_interview_byline_names_guest_and_host() -> None:
    """"Guest im Gespräch mit Host" in an author element names both people."""
    body = '<p class="author">Tomas Brenner im Gespräch mit Ilse Varga</p>'
    assert [a.name for a in newsparse.parse(_page("", body)).authors] == ["Tomas Brenner", "Ilse Varga"]


def test_creative_commons_attribution_names_the_author() -> None:
    """A CC license notice crediting a person (rel="cc:attributionURL") when nothing else does."""
    notice = ('<footer><p><span>Gartenblog</span> von <a href="https://example.org/" rel="cc:attributionURL">'
              'Wendel Harrow</a> steht unter einer Creative-Commons-Lizenz.</p></footer>')
    page = _page("").replace("</body>", notice + "</body>")
    assert [a.name for a in newsparse.parse(page).authors] == ["Wendel Harrow"]


def test_press_release_contact_person_is_the_author() -> None:
    """A release's "Pressekontakt" block (name, then phone) names its author when nothing else
    does; a company in the block is no person."""
    contact = ("<p><strong>Pressekontakt</strong><br>Dr. Lene Aström<br>Sprecherin der Beispielwerke<br>"
               "Tel.: 0123 456789<br>lene@example.org</p>")
    assert [a.name for a in newsparse.parse(_page("", BODY + contact)).authors] == ["Dr. Lene Aström"]
    company = "<p><strong>Kontakt:</strong><br>Beispielwerke SE<br>Tel.: 0123 456789</p>"
    assert newsparse.parse(_page("", BODY + company)).authors == ()


def test_lone_name_paragraph_after_the_text_signs_the_article() -> None:
    """An essay signed with a lone name paragraph under its last paragraph; a closing
    formula ("Herzliche Grüße") is no name."""
    signed = _page("").replace("</article>", "<p>Odile Ferrand</p></article>")
    assert [a.name for a in newsparse.parse(signed).authors] == ["Odile Ferrand"]
    greeting = _page("").replace("</article>", "<p>Herzliche Grüße</p></article>")
    assert newsparse.parse(greeting).authors == ()


def test_signature_under_the_text_wins_over_the_footer_copyright_holder() -> None:
    """A lone name under the last paragraph signs this article; the copyright notice in the
    site's footer names whoever owns the site, printed alike on every page."""
    signed = _page("").replace("</article>", "<p><b><i>Odile Ferrand</i></b></p></article>")
    footer = "<footer><p>© 2024 Tamsin Gale</p></footer></body>"
    assert [a.name for a in newsparse.parse(signed.replace("</body>", footer)).authors] == ["Odile Ferrand"]
    assert [a.name for a in newsparse.parse(_page("").replace("</body>", footer)).authors] == ["Tamsin Gale"]


def test_copyright_notice_naming_the_declared_site_names_no_author() -> None:
    """"© 2024 Valley Chronicle" in the footer of a page that declares itself the Valley
    Chronicle names the publisher, not a writer; a person's name there, or a personal site
    named after its owner, still gives the owner."""
    def authors(site: str, holder: str) -> list[str]:
        head = f'<meta property="og:site_name" content="{site}">'
        html = _page(head).replace("</body>", f"<footer><p>© 2024 {holder}</p></footer></body>")
        return [a.name for a in newsparse.parse(html).authors]

    assert authors("Valley Chronicle", "Valley Chronicle") == []
    assert authors("Valley Chronicle", "Tamsin Gale") == ["Tamsin Gale"]
    assert authors("Tamsin Gale", "Tamsin Gale") == ["Tamsin Gale"]


def test_byline_printed_under_the_text_like_a_paragraph_names_the_author() -> None:
    """A page that prints "Written by …" (or a wire story's "Reporting by …; Editing by …")
    under its last paragraph, in a paragraph of its own set like the others, names the
    authors (the text keeps the line, as it keeps the rest of the article's paragraphs); a
    sentence that opens with a by-word names no one."""
    for line, names in (("Written by Odile Ferrand", ["Odile Ferrand"]),
                        ("Reporting by Odile Ferrand; Editing by Kasim Lowe", ["Odile Ferrand"])):
        article = newsparse.parse(_page("").replace("</article>", f"<p>{line}</p></article>"))
        assert [a.name for a in article.authors] == names
    prose = "By the end of the year the water board expects the first homes to be connected."
    article = newsparse.parse(_page("").replace("</article>", f"<p>{prose}</p></article>"))
    assert prose in article.text and article.authors == ()


def test_linked_line_between_paragraphs_is_article_text() -> None:
    """A paragraph that is all one link and reads as a sentence or prints an address, set
    like the paragraphs around it, is a line of the article; a "Read more:" teaser line or
    a linked headline of another story is not."""
    para = ("<p>The harbour club has opened its winter workshop to visitors, who can watch "
            "the volunteers repair the old wooden rowing boats every Saturday morning.</p>")
    after = ("<p>Places are limited, so the club asks everyone to register a few days ahead "
             "and to bring warm clothes, as the shed is not heated during the season.</p>")
    linked = '<p><a href="https://example.org/signup">Register for the winter workshop here.</a></p>'
    mail = '<p><a href="mailto:boats@example.org">boats@example.org</a></p>'
    headline = '<p><a href="https://example.org/cup">Rowers take the regional cup in a late sprint</a></p>'
    teaser = '<p>Read more: <a href="https://example.org/other">Club wins regional rowing cup</a></p>'
    page = ("<html><head><title>Winter workshop</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article><h1>Winter workshop</h1>" + para * 3 + "{}" + after * 3 + "</article></body></html>")
    assert "Register for the winter workshop here." in newsparse.parse(page.format(linked)).text
    assert "boats@example.org" in newsparse.parse(page.format(mail)).text
    assert "regional cup in a late sprint" not in newsparse.parse(page.format(headline)).text
    assert "Club wins regional rowing cup" not in newsparse.parse(page.format(teaser)).text



def test_short_line_with_a_few_linked_words_set_like_paragraphs_is_article_text() -> None:
    """The region's closing pointer line with a linked address, set like the article's
    paragraphs, is a line of the article; a line that is mostly a linked headline is not."""
    from newsparse.blocks import Block, Label
    from newsparse.label import body
    from newsparse.label.context import Doc

    text = ("The harbour club has opened its winter workshop to visitors, who can watch "
            "the volunteers repair the old wooden rowing boats every Saturday morning.")

    def label_of(line: str, share: float) -> Label:
        place = {"tag": "p", "path": "body/div/article/p", "classes": "|story text"}
        blocks = [Block(text, index=i, **place) for i in range(3)]  # type: ignore[arg-type]
        blocks.append(Block(line, index=3, link_density=share, **place))  # type: ignore[arg-type]
        doc = Doc(blocks, None, {})
        doc.set_region(0, 4)
        body.inside_body(doc)
        return blocks[3].label

    assert label_of("Further details on the club website: example.org", 0.25) is not Label.RELATED
    assert label_of("Elsewhere: Volunteers restore the lighthouse cottage", 0.8) is Label.RELATED


def test_soft_hyphens_do_not_split_words() -> None:
    body = "".join(f"<p>Die Gemeinde plant den Um&shy;bau der Hafen&shy;mauer im Jahr {n}, sagte die "
                   f"Bürger&shy;meisterin am Abend vor dem Rat und den Gästen.</p>" for n in range(2021, 2025))
    html = ("<html><head><meta property='og:title' content='Hafen&amp;shy;mauer wird saniert'></head>"
            f"<body><article><h1>Hafen&shy;mauer wird saniert</h1>{body}</article></body></html>")
    article = newsparse.parse(html)
    assert article.headline == "Hafenmauer wird saniert"
    assert "Umbau der Hafenmauer" in article.paragraphs[0].text
    assert "\u00ad" not in article.text


def test_sentence_list_after_data_lines_in_the_articles_element_is_body() -> None:
    """A recipe's serving tips: after the steps, short data lines (values, a heading) end the
    run of prose, but the list of full sentences after them sits in the article's own element;
    a list of teasers outside that element stays out."""
    para = ("<p>This lentil stew is what we cook when the garden runs out of everything but onions, and it "
            "keeps for three days in the fridge without losing any of its taste.</p>")
    data = "".join(f"<li>Value {i} : {i * 7} g</li>" for i in range(8))
    html = ("<html><body><div class='site'><div class='post-body'><h1>Lentil stew</h1>"
            f"{para}<figure><img src='s.jpg'></figure>{para.replace('three days', 'four days')}"
            f"<div class='facts'><div>Nutrition</div><ul>{data}</ul><div>Serving tips</div>"
            "<ul><li>Serve the stew with warm flatbread and a spoon of yoghurt on top.</li>"
            "<li>Leftovers taste even better the next day, reheated slowly on the stove.</li></ul>"
            "</div></div><aside><ul><li><a href='/x'>Ten soups for a cold evening</a></li>"
            "<li><a href='/y'>Our favourite bread recipes</a></li></ul></aside></div></body></html>")
    texts = _texts(html)
    assert any("Serve the stew with warm flatbread" in t for t in texts)
    assert any("Leftovers taste even better" in t for t in texts)
    assert not any("Ten soups" in t for t in texts)


def test_catalogue_table_is_body_from_first_to_last_row() -> None:
    """A catalogue set in a table: the rows with short cells around the descriptions belong to
    the article as much as the rows with long ones."""
    long = ("A small brass lamp on a pile of old books, a window behind it and a garden with two pear "
            "trees and a low stone wall in the evening light")

    def row(i: int, text: str) -> str:
        return f"<tr><td>{i}</td><td>Maker {i}</td><td>{text}</td><td>{i * 3} x {i * 2}</td><td>{1900 + i}</td></tr>"

    rows = "".join(row(i, "Same picture as number one, other colours" if i % 4 else f"{long} ({i}).")
                   for i in range(1, 30))
    html = ("<html><body><div class='page'><h1>Plates of the collection</h1><div class='text'>"
            "<table><tbody><tr><th>No.</th><th>Maker</th><th>Picture</th><th>Size</th><th>Year</th></tr>"
            f"{rows}</tbody></table></div></div></body></html>")
    text = newsparse.parse(html).text
    assert "Maker 1\n" in text and "Maker 29" in text


def test_question_of_a_question_and_answer_page_is_body() -> None:
    """On a Q&A page the region lands on the longer answers; the question above them, set
    apart by votes, comments and an answer count, is the page's topic and body too."""
    question = ("<div class='question' itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'>"
                "<h1 itemprop='name'>Why does my sourdough starter smell of paint?</h1>"
                "<div class='votes'>12</div><div class='post-text' itemprop='text'>"
                "<p>I feed my starter twice a day with rye flour and water.</p>"
                "<p>Since last week it smells of paint thinner. Is it still safe to bake with?</p></div>"
                "<div class='menu'><a href='/share'>Share</a></div>"
                "<div class='signature'>asked Mar 3, 2021 at 9:15</div>"
                "<div class='comments'><div class='comment'>Which flour brand?</div></div>"
                "<a href='/comment'>Add a comment</a></div>")
    answer_para = ("<p>That smell comes from the starter running out of food: the yeast makes more of the "
                   "sharp compounds when it is hungry, and a warm kitchen makes it hungry sooner than you "
                   "would think, so feed it more often or keep it somewhere cooler overnight.</p>")

    def answer(kind: str, when: str) -> str:
        return (f"<div class='answer' itemprop='{kind}' itemscope itemtype='https://schema.org/Answer'>"
                f"<div class='votes'>7</div><div class='post-text' itemprop='text'>{answer_para * 3}</div>"
                f"<div class='menu'><a href='/share'>Share</a></div>"
                f"<div class='signature'>answered {when}</div></div>")

    html = (f"<html><body><div class='content'>{question}<h2>3 Answers</h2>"
            f"{answer('acceptedAnswer', 'Mar 3, 2021 at 10:02')}{answer('suggestedAnswer', 'Mar 4, 2021 at 8:40')}"
            f"{answer('suggestedAnswer', 'Mar 5, 2021 at 17:12')}</div></body></html>")
    texts = _texts(html)
    assert any("twice a day with rye flour" in t for t in texts)
    assert any("safe to bake with" in t for t in texts)


def test_results_table_in_the_content_element_with_one_sentence_like_cell_is_body() -> None:
    """A results page without a paragraph: the maximum-sum run is one short cell that ends
    like a sentence ("d.n.f."); the table around it in the element named as the content is
    the body too."""
    links = "".join(f"<li><a href='/y{i}'>Results {2000 + i}</a></li>" for i in range(12))
    menu = f"<ul class='menu'>{links}</ul>"
    rows = "".join(f"<tr><td>{i}.</td><td>Rowing Club Lakeside {i}</td><td>7:{10 + i},4</td><td>min.</td></tr>"
                   for i in range(1, 9))
    html = (f"<html><body><header>{menu}</header><article><h1>Regatta results, spring cup</h1>"
            f"<div class='entry-content'><pre><table>{rows}<tr><td>Crew Harbour East</td><td>d.n.f.</td></tr>"
            f"</table></pre></div></article><footer>{menu}</footer></body></html>")
    texts = _texts(html)
    assert "Rowing Club Lakeside 3" in texts
    assert "d.n.f." in texts


def test_linked_cells_of_a_table_with_column_headings_are_body() -> None:
    """A table whose <thead> names its columns is data even when every body cell links."""
    para = ("<p>The garden tool works on several systems, and the team tests each release on all of "
            "them before it is published on the download page for everyone.</p>")
    rows = "".join(f"<tr><td><a href='/get/{name}'>Planter for {name}</a></td></tr>"
                   for name in ("Tablet", "Laptop"))
    html = (f"<html><body><article class='post'><h1>Installing the planter</h1>{para * 2}"
            f"<table><thead><tr><th>System</th><th>Standard edition</th><th>Pro edition</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>{para}</article></body></html>")
    assert any("Planter for Laptop" in t for t in _texts(html))


def test_generic_wire_credit_declared_as_author_names_no_one() -> None:
    """JSON-LD "author": "Agencies" is a placeholder credit: the printed byline names the author."""
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Reservoir opens next spring",'
          ' "author": {"@type": "Person", "name": "Agencies"}}</script>')
    assert newsparse.parse(_page(ld)).authors == ()
    printed = _page(ld, '<p class="byline">By Marta Okonjo</p>')
    assert [a.name for a in newsparse.parse(printed).authors] == ["Marta Okonjo"]


def test_affiliation_marked_as_author_info_is_no_author() -> None:
    """An author element's affiliation line ("Harbour University, Portsmouth, New Hampshire")
    names the institution and its place, not co-authors."""
    byline = ('<div class="authors"><span class="author-name">Marta Okonjo</span>'
              '<div class="author-info"><p>Harbour University, Portsmouth, New Hampshire (M.O.)</p></div></div>')
    assert [a.name for a in newsparse.parse(_page("", byline)).authors] == ["Marta Okonjo"]


def test_declared_person_holding_a_whole_byline() -> None:
    """One JSON-LD Person whose name is the byline "Jane Doe, Portsmouth, Omar Haddad" is two
    people; the place between them is no author, and "Doe, Jane" stays one person."""
    ld = ('<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Reservoir opens next spring",'
          ' "author": {{"@type": "Person", "name": "{}"}}}}</script>')
    both = newsparse.parse(_page(ld.format("Marta Okonjo, Portsmouth, Omar Haddad")))
    assert [a.name for a in both.authors] == ["Marta Okonjo", "Omar Haddad"]
    one = newsparse.parse(_page(ld.format("Marta Okonjo, Staff Writer")))
    assert [a.name for a in one.authors] != ["Marta Okonjo", "Staff Writer"]


def test_declared_person_with_the_job_title_in_the_name_field() -> None:
    """A CMS that fills the author's name field with "Name, Job title" declares one person:
    the job title is no part of the name."""
    ld = ('<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Reservoir opens next spring",'
          ' "author": {{"@type": "Person", "name": "{}"}}}}</script>')
    for declared in ("Marta Okonjo, Staff Writer", "Marta Okonjo, Senior Correspondent, Science Desk"):
        assert [a.name for a in newsparse.parse(_page(ld.format(declared))).authors] == ["Marta Okonjo"]


def test_no_cache_keeps_a_parsed_page_alive() -> None:
    # lxml's XPath string results hold their element, and so the whole page: a cache keyed on
    # one would keep up to thousands of parsed pages in memory in a long batch run.
    import gc

    page = (
        '<html lang="en"><head><title>Sea wall plan | Harbour Post</title>'
        '<meta property="article:published_time" content="2023-03-14T09:00:00Z">'
        '<meta name="author" content="Jane Doe"></head><body>'
        '<div class="byline-author" itemprop="author">Jane Doe</div>'
        '<time class="entry-date" datetime="2023-03-14">14 March 2023</time><article>'
        + "<p>The harbour council met on Tuesday to plan the new sea wall for the old town.</p>" * 5
        + "</article></body></html>"
    )
    newsparse.parse(page)
    gc.collect()
    assert not [o for o in gc.get_objects() if type(o).__name__ == "_ElementUnicodeResult"]


KICKER_PAGE = (
    '<html><head><title>Gulls nest on the ferry roof | Harbour Post</title>'
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"headline": "Quay works - Gulls nest on the ferry roof"}</script></head><body>'
    '<h1><span class="article-kicker">Quay works</span>: Gulls nest on the ferry roof</h1>'
    '<p>By Jane Roe</p>'
    + "<p>The ferry company found a colony of gulls on the roof of its oldest boat this spring.</p>" * 4
    + "</body></html>"
)


def test_kicker_set_apart_inside_the_heading_is_not_the_headline() -> None:
    # A kicker the page sets in its own classed span inside <h1> is a block of its own (a
    # dump prints it on its own line), and the declared "Kicker - Headline" ends on the headline.
    blocks, _ = segment_html(KICKER_PAGE)
    texts = [b.text for b in blocks]
    assert "Quay works" in texts and "Gulls nest on the ferry roof" in texts
    assert newsparse.parse(KICKER_PAGE).headline == "Gulls nest on the ferry roof"
    plain = KICKER_PAGE.replace('class="article-kicker"', 'class="accent"')
    assert "Quay works: Gulls nest on the ferry roof" in [b.text for b in segment_html(plain)[0]]


def test_kicker_alone_in_the_heading_stays_its_text() -> None:
    # A kicker-classed span followed only by an empty icon is the heading's whole text: no
    # kicker split off (the headline rule skips kickers), and no later block loses its dash. A
    # script after it adds no text either.
    page = KICKER_PAGE.replace(
        '<h1><span class="article-kicker">Quay works</span>: Gulls nest on the ferry roof</h1>',
        '<h1><span class="article-kicker">Gulls nest on the ferry roof</span><i class="icon"></i>'
        "<script>var shown = 1;</script></h1>"
        "<p>-4 degrees on the quay at dawn did not keep the gulls from their nests on the roof.</p>")
    blocks, _ = segment_html(page)
    heading = next(b for b in blocks if b.tag == "h1")
    assert heading.text == "Gulls nest on the ferry roof" and "kicker" not in heading.extras
    assert newsparse.parse(page).headline == "Gulls nest on the ferry roof"


def test_kicker_mark_ends_with_its_heading() -> None:
    # The joint dropped after a kicker is the heading's: when the rest of the heading shows
    # nothing (a hidden span), the next paragraph keeps its opening dash.
    page = KICKER_PAGE.replace(
        '<h1><span class="article-kicker">Quay works</span>: Gulls nest on the ferry roof</h1>',
        '<h1><span class="article-kicker">Quay works</span><span hidden>Gulls</span></h1>'
        "<p>-4 degrees on the quay at dawn did not keep the gulls from their nests on the roof.</p>")
    texts = [b.text for b in segment_html(page)[0]]
    assert "-4 degrees on the quay at dawn did not keep the gulls from their nests on the roof." in texts


def test_linked_date_and_user_in_the_post_meta_box_are_the_byline() -> None:
    # A blog links the date to the post and the user name to the author's page; inside the
    # post's meta box that mostly-linked line is the article's byline, as in a dump of the page.
    page = (
        "<html><head><title>Mending nets by the quay</title></head><body><article>"
        "<h1>Mending nets by the quay</h1>"
        '<div class="entry-meta">Filed on <a href="/2024/05/03/">3 May 2024</a>'
        ' by <a href="/author/netmender/">netmender</a></div>'
        + "<p>Every spring the old nets come out of the shed and onto the quay for mending.</p>" * 4
        + "</article></body></html>"
    )
    assert [a.name for a in newsparse.parse(page).authors] == ["netmender"]
    plain = newsparse.parse(page.replace("entry-meta", "entry-note"))  # outside a meta box: a link
    assert [b.rule for b in plain.blocks if b.text.startswith("Filed on")] == ["link_text"]


def test_a_section_name_declared_as_headline_gives_way_to_the_printed_title() -> None:
    # A template fills og:title with the section's name on every page of the section; the
    # title printed in the heading over the article is its headline, as a dump of the page says.
    page = (
        '<html><head><title>Harbour Board</title><meta property="og:title" content="Announcements"></head>'
        "<body><div><h1>Harbour board approves the new ferry timetable</h1>"
        + "<p>The harbour board approved the new ferry timetable at its meeting on Tuesday evening.</p>" * 4
        + "</div></body></html>"
    )
    assert newsparse.parse(page).headline == "Harbour board approves the new ferry timetable"
    declared = page.replace('content="Announcements"', 'content="Sailings change from the first of May"')
    assert newsparse.parse(declared).headline == "Sailings change from the first of May"
    # The declared name printed only in the <title>: the page's main heading still wins.
    titled = page.replace("<title>Harbour Board</title>", "<title>Announcements | Harbour Board</title>")
    assert newsparse.parse(titled).headline == "Harbour board approves the new ferry timetable"


def test_a_declared_headline_printed_nowhere_gives_way_to_the_main_heading() -> None:
    # The metadata copied the <title>; the page prints another wording of the title in its
    # <h1>, and that printed heading is what a reader (and a dump of the page) sees.
    page = (
        "<html><head><title>Ferry timetables: what changes and when?</title>"
        '<meta property="og:title" content="Ferry timetables: what changes and when?"></head>'
        "<body><div><h1>Ferry timetables for the summer season</h1>"
        + "<p>The harbour board approved the new ferry timetable at its meeting on Tuesday evening.</p>" * 4
        + "</div></body></html>"
    )
    assert newsparse.parse(page).headline == "Ferry timetables for the summer season"
    other = page.replace("Ferry timetables for the summer season", "Welcome to the Harbour Board")
    assert newsparse.parse(other).headline == "Ferry timetables: what changes and when?"


def test_a_signature_with_the_signer_s_position_names_the_author() -> None:
    # "<p>Name<br>Position</p>" under a statement: the page's text runs the two into one line.
    body = "".join(f"<p>The harbour society thanks every volunteer who helped clear the beach in week {n}.</p>"
                   for n in range(1, 6))
    page = ("<html><head><title>A word of thanks</title></head><body><article><h1>A word of thanks</h1>"
            + body + "<p>Maren HOLT<br>President of the Harbour Society</p></article></body></html>")
    authors = newsparse.parse(page).authors
    assert [(a.name, a.role) for a in authors] == [("Maren HOLT", "President of the Harbour Society")]
    plain = page.replace("Maren HOLT<br>", "Thanks again<br>")
    assert not newsparse.parse(plain).authors


def test_block_features_through_wrappers_without_text_and_hidden_elements() -> None:
    """The walk's features of a block (made when the block is flushed, see _Context): the tag
    path, the class words nearest first, the ids of the enclosing elements; hidden elements
    and scripts left out, their tails kept, link text counted without the spaces at seams."""
    page = ("<html><head><title>Kite notes</title></head><body>"
            "<div class='page-wrap'><section id='main-column' class='story'>"
            "<div class='spacer'><img src='x.png'></div>"
            "<div class='lede'><p class='intro'>First <a href='/kites'>kites</a> flew <em>far</em>."
            "<span style='display: none'>secret</span> Then <script>var q = 1;</script>more."
            "<span hidden>gone</span><span aria-hidden='true'>gone too</span></p></div>"
            "<ul><li>One<br><br>Two</li></ul></section></div></body></html>")
    blocks, _ = segment_html(page)
    assert [b.text for b in blocks] == ["Kite notes", "First kites flew far. Then more.", "One", "Two"]
    intro = blocks[1]
    assert intro.tag == "p" and intro.path == "body/div/section/div/p"
    assert intro.classes == "intro|lede|story main column|page wrap|"
    assert len(intro.ancestors) == 5 and intro.ancestors[0] == 1
    assert intro.link_density == len("kites") / len("Firstkitesflewfar.Thenmore.")
    one, two = blocks[2], blocks[3]
    assert one.bullet and two.bullet and one.ancestors == two.ancestors
    assert one.path == "body/div/section/ul/li" and one.ancestors[:3] == intro.ancestors[:3]


def test_features_of_a_deeply_nested_block_are_bounded() -> None:
    """A block a thousand elements deep keeps the nearest 12 tags, CLASS_DEPTH class words
    and ANCESTOR_IDS ids (made without recursion: the nesting may be deeper than the stack)."""
    page = "<html><body>" + "<div class='box'>" * 1000 + "<p>Deep words here.</p>" + "</div>" * 1000 + "</body></html>"
    blocks, _ = segment_html(page)
    deep = next(b for b in blocks if b.text == "Deep words here.")
    assert deep.path.split("/") == ["div"] * 11 + ["p"]
    assert deep.classes == "|" + "|".join(["box"] * 7)
    assert len(deep.ancestors) == 48 and deep.ancestors[-1] == 1002


def test_a_one_word_main_heading_that_opens_the_title_is_the_headline() -> None:
    # An encyclopedia-style entry: the <h1> is the subject's name alone, the <title> (two
    # words: too short to be read as "Headline - Site" by its parts) gives it before the
    # site's name, and the tagline under the heading is not the headline.
    page = ("<html><head><title>Brackwater - Gazetteer</title></head><body><h1>Brackwater</h1>"
            "<div>From the Gazetteer, the open atlas of the shore</div><div>Jump to: navigation, search</div>"
            "<table><tr><td>Country</td><td>Nordland</td></tr><tr><td>Founded</td><td>1211</td></tr></table>"
            + "".join(f"<p>The tidal estuary town had a harbour that handled {n} cargoes a day in winter.</p>"
                      for n in range(3, 8))
            + "</body></html>")
    assert newsparse.parse(page).headline == "Brackwater"
    # A one-word name that ends the title is the site's (a blog's name), not the entry's.
    blog = page.replace("Brackwater - Gazetteer", "Gazetteer | Brackwater")
    assert newsparse.parse(blog).headline != "Brackwater"


def test_an_html_fragment_with_a_code_listing_is_read_as_html() -> None:
    # A listing's "# comment" lines read like Markdown headings; inside <pre> they do not count.
    page = ("<div class='post'><h1>How we back up the harbour office servers</h1>"
            "<p class='meta'>By Jane Doe | May 2, 2024</p>"
            "<p>Every night the office copies its files to a second disk, and once a week to tape.</p>"
            "<pre><code>\n# mount the disk\nmount /dev/sdb1 /backup\n# copy the files\nrsync -a /srv/ /backup/\n"
            "# unmount\numount /backup\n# done\n</code></pre>"
            "<p>The tapes go to a safe in the harbour master's house, where they are kept for a year.</p></div>")
    article = newsparse.parse(page)
    assert article.headline == "How we back up the harbour office servers"
    assert [a.name for a in article.authors] == ["Jane Doe"]


def test_a_one_word_site_name_first_in_the_title_over_the_printed_headline_is_a_logo() -> None:
    # "Name | Headline" with the name set as the page's <h1> logo and the headline printed
    # under it as a lower heading: the headline is the title's other part.
    paras = "".join(f"<p>The tidal estuary town had a harbour that handled {n} cargoes a day in winter.</p>"
                    for n in range(3, 8))
    page = ("<html><head><title>Tidewatch | Fenmoor ferry adds a winter crossing</title></head><body>"
            "<header><h1 class='logo'><a href='/'>Tidewatch</a></h1><nav><a href='/'>Home</a> <a href='/f'>Ferries</a>"
            "</nav></header><article><h2>Fenmoor ferry adds a winter crossing</h2><p>By Ilse Varnholt</p>"
            "<time>April 3, 2023</time>" + paras + "</article><footer>Terms</footer></body></html>")
    assert newsparse.parse(page).headline == "Fenmoor ferry adds a winter crossing"
