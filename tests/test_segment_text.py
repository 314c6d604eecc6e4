"""Rebuilding paragraphs from the lines of every kind of dump."""

from __future__ import annotations

import random

import pytest

import newsparse
from newsparse.segment.text import (
    CLOSING_STARTS,
    GLUED_DATE,
    PLACEHOLDER,
    STARTS_CLOSING,
    _glued_dates,
    _may_hold_placeholder,
    segment_text,
)


def texts(dump: str) -> list[str]:
    return [b.text for b in segment_text(dump)]


def test_reader_copy_keeps_one_block_per_line() -> None:
    dump = "News Feed\n\nA Headline Here\n\n2 min read\nA Headline Here\n\nFirst paragraph ends here.\n"
    expected = ["News Feed", "A Headline Here", "2 min read", "A Headline Here", "First paragraph ends here."]
    assert texts(dump) == expected


def test_scraper_fragments_are_joined() -> None:
    dump = "The council said the\nnew budget\nwould pass, and the\nMayor\nagreed.\nA new paragraph starts here."
    assert texts(dump) == [
        "The council said the new budget would pass, and the Mayor agreed.",
        "A new paragraph starts here.",
    ]


def test_closing_punctuation_glues_without_space() -> None:
    assert texts("The plan, said\nMayor Smith\n, was final.") == ["The plan, said Mayor Smith, was final."]


def test_bullets_and_indentation_become_features() -> None:
    blocks = segment_text("  * Home\n  * World\n\n      The body paragraph is indented here.\n")
    assert [(b.text, b.bullet) for b in blocks] == [
        ("Home", True), ("World", True), ("The body paragraph is indented here.", False)
    ]
    assert blocks[2].indent == 6


def test_hard_wrapped_lines_are_unwrapped() -> None:
    paragraph = (
        "The harbour wall gave way at two points shortly after high tide on Monday night, "
        "according to the emergency coordinator, who said that engineers had warned about "
        "that section of the wall for more than a decade without any repairs being made."
    )
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(paragraph.replace("Monday", d), 72) for d in ("Monday", "Tuesday", "Friday"))
    assert texts(wrapped) == [paragraph.replace("Monday", d) for d in ("Monday", "Tuesday", "Friday")]


def test_uppercase_lines_without_punctuation_stay_apart() -> None:
    assert texts("Avatar\nTim Example\nReporter") == ["Avatar", "Tim Example", "Reporter"]


def test_uncased_script_fragments_join_around_a_long_line() -> None:
    long_line = "وقال المرصد السوري إن مقاتلين من عدة كتائب أخرى سيطروا على ثلاثة"
    assert texts(long_line + "\nمستودعات للذخيرة\n") == [long_line + " مستودعات للذخيرة"]


def test_invisible_characters_and_crlf() -> None:
    assert texts("Hello\u200b world.\r\n\r\nSecond\u00a0line.") == ["Hello world.", "Second line."]


def test_wrapped_cjk_text_is_unwrapped_by_columns() -> None:
    sentence = (
        "国家卫生健康委员会表示相关部门正在持续优化短缺药品的"
        "实时监测预警与分级应对体系并全力保障群众的临床用药需求。"
    )
    text = sentence * 6
    wrapped = "\n".join(text[i : i + 49] for i in range(0, len(text), 49))  # 98 columns a line
    page = "\n\n".join([wrapped, wrapped.replace("国家", "地方")])
    assert texts(page) == [text, text.replace("国家", "地方")]


def test_markdown_dumps_lose_their_markup_and_keep_headings() -> None:
    dump = "\n".join([
        "  * [Home](/)", "  * [News](/news \"News\")", "",
        "![Logo](https://example.org/logo.png)", "",
        "# Ferry fares rise by six percent", "",
        "By [Jane Doe](/authors/jane)", "",
        "The **ferry** operator said fares would rise from [May](https://example.org/may) "
        "because of fuel costs\\(mainly\\).", "",
        "## What passengers pay", "",
        "> A return ticket will cost twelve pounds.", "",
        "[1]: https://example.org/ref",
    ])
    blocks = segment_text(dump)
    assert [(b.text, b.tag) for b in blocks] == [
        ("Home", None), ("News", None), ("Ferry fares rise by six percent", "h1"), ("By Jane Doe", None),
        ("The ferry operator said fares would rise from May because of fuel costs(mainly).", None),
        ("What passengers pay", "h2"), ("A return ticket will cost twelve pounds.", None),
    ]


def test_underlined_headings_keep_their_level_and_rules_stay_apart() -> None:
    """A setext heading ("Title" over a line of "=" or "-" as long as it) is a heading; a rule
    set apart by blank lines, or a short dash line under a long one, is not."""
    title = "[Ferry](/ferry) fares rise by six percent"
    dump = "\n".join([
        "* [Home](/)", "* [News](/news)", "",
        title, "=" * len(title), "",
        "The ferry operator said fares would rise from May because of fuel costs.", "",
        "What passengers pay", "-" * 19, "",
        "A return ticket will cost twelve pounds, the operator said on Monday.", "",
        "---", "",
        "Timetables change in spring", "---",
    ])
    blocks = segment_text(dump)
    assert [(b.text, b.tag) for b in blocks if b.tag] == [
        ("Ferry fares rise by six percent", "h1"), ("What passengers pay", "h2")]
    assert "=" * len(title) not in texts(dump)
    assert "Timetables change in spring" in [b.text for b in blocks if b.tag is None]


def test_plain_dumps_are_not_taken_for_markdown() -> None:
    dump = "Prices [rose] (again) on Monday.\n\nThe # sign is a hash.\n\n**Not** markdown here."
    assert texts(dump) == ["Prices [rose] (again) on Monday.", "The # sign is a hash.", "**Not** markdown here."]


def test_a_line_ending_in_an_opening_quote_continues() -> None:
    dump = "Der Verein nennt das Projekt \u201e\nGr\u00fcne Dächer\n\u201c und will es im Frühjahr beginnen.\n"
    # ... and the closing mark of the low quotation goes on with the sentence
    assert texts(dump) == ["Der Verein nennt das Projekt \u201eGr\u00fcne Dächer\u201c und will es im "
                           "Frühjahr beginnen."]


def test_a_link_inside_a_sentence_is_joined_to_both_sides() -> None:
    # "so-called" is no function word, so only the lower-case line after the link tells that
    # the link sits inside the sentence.
    dump = (
        "Intro.\n\nLast winter the town council introduced the so-called\nGreen Ribbon Plan\n"
        "into its budget, which pleased most residents.\n"
    )
    assert texts(dump) == [
        "Intro.",
        "Last winter the town council introduced the so-called Green Ribbon Plan into its budget, "
        "which pleased most residents.",
    ]


def test_a_link_set_apart_by_blank_lines_after_a_cut_clause_is_joined() -> None:
    dump = "The survey was carried out in\n\nMarch 2019\n\nwith nearly four hundred farmers, and took a year.\n"
    assert texts(dump) == [
        "The survey was carried out in March 2019 with nearly four hundred farmers, and took a year."
    ]


def test_headlines_split_over_two_lines_stay_apart() -> None:
    dump = (
        "Most popular\nWhy the river towns are flooding\nmore often\n"
        "The quiet comeback of the night train\nleaves airlines worried\n"
    )
    assert texts(dump) == [
        "Most popular",
        "Why the river towns are flooding more often",
        "The quiet comeback of the night train leaves airlines worried",
    ]


def test_a_header_line_before_a_dateline_is_not_an_inline_link() -> None:
    # The headline ends on a verb particle that looks like a function word; the date after the
    # author's line starts lower-case but its stop follows a figure, so it is no running text.
    dump = "Die Stadt führt das neue Ticket ein\nRedaktion\n\nam 8. Februar 2023 um 10:42\n\nDer Text beginnt.\n"
    assert texts(dump) == ["Die Stadt führt das neue Ticket ein Redaktion", "am 8. Februar 2023 um 10:42",
                           "Der Text beginnt."]


def test_a_linked_name_before_a_parenthesis_is_joined() -> None:
    dump = "Results.\n\nIn the women's race the sprint title went once more to the local runner\nMara Quist\n" \
           "(Harbour AC) who finished in record time, well ahead of the field.\n"
    assert texts(dump) == [
        "Results.",
        "In the women's race the sprint title went once more to the local runner Mara Quist (Harbour AC) who "
        "finished in record time, well ahead of the field.",
    ]


def test_running_text_broken_by_blank_lines_is_joined() -> None:
    # <br><br> inside a paragraph: each line stops and starts mid-sentence on a lower-case word.
    dump = ("Notes\n\nthe old ferry kept its evening crossing until the\n\nharbour wall was rebuilt in stone and\n\n"
            "timber, which took the masons nearly two whole\n\nsummers of steady work on the quay.\n")
    assert texts(dump) == [
        "Notes",
        "the old ferry kept its evening crossing until the harbour wall was rebuilt in stone and timber, which "
        "took the masons nearly two whole summers of steady work on the quay.",
    ]


def test_a_byline_under_a_headline_is_not_running_text() -> None:
    dump = "Why the harbour towns keep their night ferries\n\nby the harbour desk and local reporters\n\nText.\n"
    assert texts(dump)[:2] == [
        "Why the harbour towns keep their night ferries", "by the harbour desk and local reporters"
    ]


def test_a_dash_aside_after_a_linked_name_continues_the_sentence() -> None:
    dump = ("Mara Quist\n\u2014 a former harbour master \u2014 will lead the new ferry board.\n"
            "\u2014 Harbour Radio (@harbour)\n")
    assert texts(dump) == [
        "Mara Quist \u2014 a former harbour master \u2014 will lead the new ferry board.",
        "\u2014 Harbour Radio (@harbour)",
    ]


def test_full_width_brackets_around_a_link_are_joined() -> None:
    dump = "港の町（\nPortville\n）で新しいフェリーが運航を始めた。\n"
    assert texts(dump) == ["港の町（Portville）で新しいフェリーが運航を始めた。"]


def test_name_over_its_bio_is_not_an_inline_link() -> None:
    """"Name" / "is a freelance reporter …" after a paragraph is an author box, not a link inside it."""
    dump = ("Read our guides to the best rain jackets, walking boots\n, and\ntravel kettles\nMara Ellison\n"
            "is a freelance reporter covering ports and shipping.\n")
    assert texts(dump) == ["Read our guides to the best rain jackets, walking boots, and travel kettles",
                           "Mara Ellison is a freelance reporter covering ports and shipping."]


def test_a_low_quotation_closed_after_a_link_goes_on_with_its_sentence() -> None:
    dump = ("\u201e\nDie neue Br\u00fccke wird den Verkehr im Tal deutlich entlasten, und die Anwohner\n"
            "Nordweg\nsollen profitieren.\n\u201c sagt\nRat\n-Vorsitzende Jana Feld.\n")
    assert texts(dump) == ["\u201eDie neue Br\u00fccke wird den Verkehr im Tal deutlich entlasten, und die "
                           "Anwohner Nordweg sollen profitieren.\u201c sagt Rat-Vorsitzende Jana Feld."]


def test_a_line_ending_on_a_closed_low_quotation_is_not_cut() -> None:
    """„Titel“ at a line's end closes the quotation: a capitalised line after it starts a
    block of its own (a byline under a quoted headline); a lower-case one goes on with it."""
    dump = "\u201eDie F\u00e4hre f\u00e4hrt wieder\u201c\nVON\nMARA QUIST\nam 3. Mai 2021\n"
    assert texts(dump) == ["\u201eDie F\u00e4hre f\u00e4hrt wieder\u201c", "VON MARA QUIST am 3. Mai 2021"]
    assert len(texts("Er nannte es \u201eeinen Anfang\u201c\nund ging.\n")) == 1


def test_a_stop_before_a_closing_german_quotation_mark_ends_the_sentence() -> None:
    """A quotation running over paragraphs closes after its last stop (".\u201c", ".\u00ab"): the
    line ends a sentence, the link under it is no part of it."""
    for mark in ("\u201c", "\u00ab"):
        dump = f"Die F\u00e4hre soll ab Juni wieder jeden Abend fahren.{mark}\nZur\u00fcck zur \u00dcbersicht\n"
        assert len(texts(dump)) == 2


def test_an_english_opening_quote_starts_a_new_block() -> None:
    dump = "The mayor opened the bridge on Monday.\n\u201cIt is a great day,\u201d she said."
    assert len(texts(dump)) == 2


def test_markdown_links_with_nested_marks_split_links_and_icons_lose_their_markup() -> None:
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "[ Open day [Video] ](/open-day \"Watch \"Open day\" now\")", "",
        "[", "", "Tide tables for the summer", "", "](/tides)", "",
        "__Weather", "",
        "_See also: the old lighthouse_", "",
        "The pier was painted in _bright_ blue last week.",
    ])
    assert texts(dump) == [
        "Home", "Harbour news", "Contact", "Open day [Video]", "Tide tables for the summer", "Weather",
        "See also: the old lighthouse", "The pier was painted in bright blue last week.",
    ]


def test_markdown_link_text_gives_the_link_density() -> None:
    dump = "[Home](/) [Boats](/boats) [Tides](/tides)\n\nThe [harbour](/h) opened a second pier on a quiet morning.\n"
    menu, prose = segment_text(dump)
    assert menu.link_density > 0.8  # all but the spaces between the links
    assert 0 < prose.link_density < 0.2


def test_text_browser_placeholders_and_form_fields_are_dropped() -> None:
    dump = "\n".join([
        "   [IMG]", "   [harbour-logo.png]", "",
        "   The pier was painted blue [INS: last week :INS] by volunteers.", "",
        "   Search: ____________________ [ ] Remember me (_) Yes", "",
        "   Prices [rose] again in May.",
    ])
    assert texts(dump) == [
        "The pier was painted blue last week by volunteers.", "Search: Remember me Yes", "Prices [rose] again in May.",
    ]


def test_a_byline_word_under_a_headline_opens_its_own_block() -> None:
    """"Headline" / "von" / "Name" / "·" / date: the byline's word starts the byline, it does
    not go on with the headline above it."""
    dump = "Menu\n4\nNeue Fähre für den Nordhafen ab Mai\nvon\n\nJorin\n\n·\n12. März 2021\n\nText.\n"
    assert texts(dump)[2:4] == ["Neue Fähre für den Nordhafen ab Mai", "von Jorin"]


def test_a_byline_word_under_a_headline_ending_on_a_date_opens_its_own_block() -> None:
    """A results page's title ends on the date of its event: still a headline, not a meta line."""
    dump = "Menu\n4\nErgebnisse: Hafenlauf Nordstadt, 14.6.2009\nvon\nJorin Ebbe\n|\n15. Juni 2009\n\nText.\n"
    assert texts(dump)[2:4] == ["Ergebnisse: Hafenlauf Nordstadt, 14.6.2009", "von Jorin Ebbe"]


def test_a_byline_word_after_a_date_or_a_label_stays_on_its_line() -> None:
    assert texts("11/05/2019\nby\nJorin\n24 Comments\n")[0] == "11/05/2019 by Jorin"
    assert texts("Posted on 11/05/2019\nby\nJorin\n24 Comments\n")[0] == "Posted on 11/05/2019 by Jorin"
    assert texts("Kommentar\nvon\nJorin\n8. Mai 2021 um 10:56\n")[0] == "Kommentar von Jorin"


def test_a_byline_word_in_a_dump_without_blank_lines_needs_no_date_after_it() -> None:
    """A dump without blank lines (a scraper's "\\n".join(stripped_strings)) gives no evidence
    that lines without a blank line between them are one element: the byline's word opens
    the byline even where no date follows. With blank lines elsewhere, a "by" that no date
    follows stays with its line (a teaser's)."""
    lines = ["Home", "Harbour", "Ferries", "Night ferries return to the north harbour", "by", "Mara Quist",
             "The ferries will run every evening from June.", "Tickets go on sale next week."]
    assert texts("\n".join(lines))[3:5] == ["Night ferries return to the north harbour", "by Mara Quist"]
    gapped = "Home\n\nNight ferries return to the north harbour\nby\nMara Quist\n\nThe ferries run.\n"
    assert texts(gapped)[1] == "Night ferries return to the north harbour by Mara Quist"


def test_a_byline_word_with_a_colon_opens_its_own_block() -> None:
    dump = "Menu\n4\nNight ferries return to the north harbour\nby:\nMara Quist\nPosted:\nMay 3, 2021\n"
    assert texts(dump)[2:4] == ["Night ferries return to the north harbour", "by:"]


def test_a_lower_case_byline_line_under_a_headline_opens_its_own_block() -> None:
    lines = ["Night ferries return to the north harbour", "by Mara Quist and Tom Ebbe",
             "The ferries will run every evening from June."]
    assert texts("\n".join(lines)) == lines
    assert texts("Neue F\u00e4hre f\u00fcr den Nordhafen\nvon Hafenteam,\n3. Mai 2021\n")[:2] == [
        "Neue F\u00e4hre f\u00fcr den Nordhafen", "von Hafenteam, 3. Mai 2021"]


def test_a_lower_case_byline_line_with_its_date_opens_its_own_block() -> None:
    """A byline that prints the date after the names runs longer than names alone; it still
    opens a block of its own under the headline (a browser's copy sets them on lines of their own)."""
    lines = ["Night ferries return to the north harbour", "by Mara Quist @mquist March 3, 2031: 10:41 AM",
             "The ferries will run every evening from June."]
    assert texts("\n".join(lines)) == lines


def test_a_line_ending_on_a_capitalised_abbreviation_is_not_cut_mid_clause() -> None:
    """"ET" closing a time is a time zone, not the French "et" that leaves a clause open: the
    line under it starts a block of its own; in a line set in capitals the word still leaves it open."""
    lines = ["Updated March 3, 2031, 10:41 AM ET", "The harbour crews at night"]
    assert texts("\n".join(lines)) == lines
    assert len(texts("LES PÊCHEURS ET\nLES FERRIES DU PORT\n")) == 1


def test_a_byline_after_a_short_meta_line_is_no_sentence_around_a_link() -> None:
    lines = ["Night ferries return to the north harbour", "vor 7 Minuten", "von Mara Quist, Tom Ebbe",
             "Die F\u00e4hren fahren ab Juni jeden Abend."]
    assert texts("\n".join(lines))[-2:] == lines[-2:]


def test_a_byline_word_before_a_handle_or_a_list_of_names_opens_its_own_block() -> None:
    handle = ["Menu", "Night ferries return to the north harbour", "von", "jquist", "3. Mai 2021", "Text."]
    assert texts("\n".join(handle))[1:3] == ["Night ferries return to the north harbour", "von jquist"]
    names = ["Menu", "Night ferries return to the north harbour", "von", "Mara Quist", ",", "Hafenteam",
             "3. Mai 2021", "Text."]
    assert texts("\n".join(names))[1:3] == ["Night ferries return to the north harbour", "von Mara Quist, Hafenteam"]


def test_a_read_more_link_under_a_teaser_cut_short_is_a_block_of_its_own() -> None:
    teaser = "The council will decide on the new ferry timetable once the harbour\u2026"
    assert texts(f"{teaser}\nferry notes\nNext story.\n")[:2] == [teaser, "ferry notes"]
    assert len(texts("The ferry was late again\u2026\nand nobody was surprised, said the captain.\n")) == 1


def test_a_by_phrase_that_goes_on_with_a_sentence_stays_in_it() -> None:
    # A linked publisher inside a sentence, and a German noun after "von" (no name, no date).
    assert len(texts("The harbour guide was typeset\nby Quay Press\nin May of that year.\n")) == 1
    assert texts("Vorteile beim Leasing\nvon Fahrzeugen\nNachteile\n")[0] == "Vorteile beim Leasing von Fahrzeugen"


def test_a_page_source_stripped_of_its_tags_on_one_line_is_cut_where_its_markup_stood() -> None:
    """A crude tag-strip of a page written on one line: elements apart by runs of spaces."""
    prose = "The ferry crossed the bay at dawn and the harbour master counted every boat. " * 30
    head = "    Harbour News      Night ferries return      May 3, 2021 | 9:15 AM        "
    line = head + prose.strip() + "   Share  "
    assert texts(line)[:4] == ["Harbour News", "Night ferries return", "May 3, 2021 | 9:15 AM", prose.strip()]
    assert texts("Tide      High      Low\n") == ["Tide High Low"]  # a short line: cells side by side


def test_the_title_of_a_tag_stripped_page_is_read_at_no_indentation() -> None:
    """A tag-strip keeps the source's indentation and its indented empty lines: the first
    line is the <title>, indented by <head>, not a layout renderer's indented navigation."""
    source = "\n".join(["", "    ", "        ", "            Night ferries return", "        ", "    ", "    ",
                          "            Night ferries return", "        ", "            The ferries run again.", "    "])
    blocks = segment_text(source)
    assert blocks[0].indent == 0 and blocks[1].indent == 12
    assert segment_text("\n   Menu\n\n   Night ferries return\n")[0].indent == 3  # a renderer's indentation


def test_formula_printed_one_token_per_line_is_one_line() -> None:
    # A scraper's get_text("\n") of a MathML formula and of a highlighted code listing.
    formula = ["The tide rises by", "", "h", "", "\u2265", "", "2", "", ", as the harbour chart shows."]
    code = ["SELECT", "", "max", "(", "depth", ")", "", "FROM", "", "piers", "", "WHERE", "", "id", "", "=", "", "3",
            ";"]
    dump = "\n".join(["Harbour depths", "", *formula, "", "Ask the harbour master:", "", *code, "", "Done."])
    assert texts(dump) == [
        "Harbour depths", "The tide rises by h \u2265 2, as the harbour chart shows.",
        "Ask the harbour master:", "SELECT max(depth) FROM piers WHERE id = 3;", "Done.",
    ]


def test_menu_words_pager_and_counts_are_no_token_run() -> None:
    # Separators, counts beside entries and a pager hold no operator: each line stays a block.
    dump = "\n".join(["Archive", "", "\u25ba", "", "2019", "", "(11)", "", "\u25ba", "", "2018", "", "(4)", "",
                      "<<", "", "<", "", "1", "", "2", "", "3", "", ">", "", ">>"])
    assert len(texts(dump)) == 14


def test_tex_annotation_of_a_formula_is_dropped() -> None:
    # MathML carries the formula's TeX source, which the browser never shows; get_text prints it.
    dump = "The depth grows as\n\nd\n\n=\n\n2\n\nt\n\n{\\displaystyle d=2t}\n\nduring the flood."
    assert all("displaystyle" not in text for text in texts(dump))


def test_a_linked_clause_with_commas_stays_in_its_sentence() -> None:
    dump = "\n".join(["The harbour office gives free advice to owners of small", "Boats, Canoes and Dinghies",
                      "in the bay, every Tuesday morning.", "", "Harbour news", "Tide tables",
                      "Storm warning issued for the coast", "Jane Doe", "is a reporter for the harbour paper."])
    assert texts(dump)[0] == ("The harbour office gives free advice to owners of small Boats, Canoes and Dinghies "
                              "in the bay, every Tuesday morning.")
    assert "Storm warning issued for the coast" in texts(dump)  # "Jane Doe" / "is a reporter": an author box


def test_a_possessive_after_a_linked_name_continues_it() -> None:
    dump = "Based on the work of\n\nJane Doe\n\n's first novel, the film opens in a harbour town."
    assert texts(dump) == ["Based on the work of Jane Doe's first novel, the film opens in a harbour town."]


def test_a_wrapped_headline_does_not_swallow_the_lines_under_it() -> None:
    # The lines under a two-line headline are judged against the headline's last line, not
    # the whole headline: "12 March 2024" would have fitted after "Valley".
    paragraph = (
        "Engineers from the county council inspected the old stone bridge over the river on "
        "Tuesday morning and found that two of its arches had shifted since the last survey."
    )
    import textwrap

    headline = "Old stone bridge over the river will stay closed to traffic until the spring"
    dump = "\n".join([
        textwrap.fill(headline + " in Norbury Valley", 78), "12 March 2024", "By Tomas Ekdahl", "",
        *(textwrap.fill(paragraph, 78) + "\n" for _ in range(4)),
    ])
    assert texts(dump)[:3] == [headline + " in Norbury Valley", "12 March 2024", "By Tomas Ekdahl"]


def test_wrapping_is_found_on_a_page_full_of_menus() -> None:
    # Most long lines are menu entries, but the paragraphs break before words that would not
    # have fitted: the page is wrapped, and a line cut before a capitalised name continues.
    menu = [f"Link to page: Section {n} - all the reports on section {n}" for n in range(60)]
    paragraph = (
        "The new ferry between the two islands will be named after the harbour master Anton "
        "Berglund, who ran the old crossing for forty years, said the operator Kestrel Lines "
        "in a statement that also announced a winter timetable for the route to Skarholm."
    )
    import textwrap
    from itertools import pairwise

    lines = textwrap.wrap(paragraph, 79)
    assert any(not line.endswith(",") and nxt[:1].isupper() for line, nxt in pairwise(lines))
    dump = "\n".join(menu) + "\n\n" + "\n\n".join("\n".join(lines) for _ in range(6))
    assert texts(dump)[-6:] == [paragraph] * 6


def test_wrapping_is_found_past_lines_that_could_not_be_wrapped() -> None:
    # pandoc wraps at 72 columns, but a run with no space in it (an address, words joined by
    # no-break spaces) stands out past the width: the cuts still show where it wrapped, and a
    # line cut before a capitalised name continues.
    lines = ["Volunteers from the rowing club spent the whole weekend on the pebbles",
             "Marta Olsen and her crew cleared, after the storm had left the shore",
             "with driftwood and nets that the fishermen of the island had lost in the",
             "autumn."]
    paragraph = " ".join(lines)
    address = "https://ferries.example.org/" + "timetable-" * 10
    dump = "\n\n".join(["\n".join(lines)] * 6 + [address] * 2 + ["\n".join(lines)] * 3)
    assert texts(dump) == [paragraph] * 6 + [address] * 2 + [paragraph] * 3


def test_an_alt_text_beside_the_link_text_it_copies_is_dropped() -> None:
    # lynx and pandoc print an avatar's alt text in brackets before the name it copies
    assert texts("[Ines Marlow] Ines Marlow\n\n[Review] A quiet harbour\n") == [
        "Ines Marlow", "[Review] A quiet harbour"]
    import newsparse

    body = ("The council met on Tuesday evening and voted to approve the new harbour budget after a long "
            "debate about the cost of repairs to the sea wall and the ferry terminal.")
    page = "\n\n".join(["Home", "News", "Council backs repairs to the old sea wall",
                         "[Ines Marlow] by Ines Marlow", "12 May 2024", body, body.replace("Tuesday", "Friday")])
    assert [a.name for a in newsparse.parse(page).authors] == ["Ines Marlow"]


def test_w3m_image_names_and_form_fields_are_dropped() -> None:
    dump = "\n".join([
        "[hero_banner]", "Harbour Gazette", "",
        "Search for[search term ]Go [                    ] ( ) News (*) Sport [*] Remember me", "",
        "[a3f9c10b] by Ines Marlow", "",
        "The pier [sic] was painted blue [and green] by volunteers [crowd-2024] on Sunday.",
    ])
    assert texts(dump) == [
        "Harbour Gazette", "Search for Go News Sport Remember me", "by Ines Marlow",
        "The pier [sic] was painted blue [and green] by volunteers on Sunday.",
    ]


def test_a_dump_that_opens_with_an_image_has_no_title_line() -> None:
    from newsparse.segment.text import UNTITLED

    assert UNTITLED in segment_text("[site_logo]\nHarbour Gazette\n\nFerry fares rise\n")[0].extras
    assert UNTITLED not in segment_text("Ferry fares rise | Harbour Gazette\n\nFerry fares rise\n")[0].extras
    # pandoc and lynx print the logo's alt text in brackets: no title either
    assert UNTITLED in segment_text("[Harbour Gazette logo]\n\nFerry fares rise\n")[0].extras
    assert UNTITLED not in segment_text("[Review] Ferry fares rise | Harbour Gazette\n\nFerry\n")[0].extras


def test_w3m_nested_list_marks_are_bullets() -> None:
    blocks = segment_text("  \u2022 News\n      \u25a1 Harbour\n          \u2606 Ferries\n      \u25cb Weather\n")
    assert [(b.text, b.bullet) for b in blocks] == [
        ("News", True), ("Harbour", True), ("Ferries", True), ("Weather", True)
    ]


def test_name_nested_under_a_line_cut_mid_clause_is_its_own_block() -> None:
    dump = ("    The harbour board met on Monday. After a long debate it agreed to close the pier for\n"
            "      Sam Example\n"
            "      2. Mai 2021\n")
    assert texts(dump)[:2] == ["The harbour board met on Monday. After a long debate it agreed to close the pier for",
                               "Sam Example"]
    # at one indentation the sentence goes on over the linked name
    assert texts("    The board thanked\n    Sam Example\n    for the plan.\n")[0] == \
        "The board thanked Sam Example for the plan."


def test_a_dash_that_a_hard_wrap_put_first_is_no_list_marker() -> None:
    import textwrap

    filler = "\n\n".join(textwrap.fill(
        f"Paragraph {n} of the report tells how the ferry crews spent the winter waiting for the new "
        "engines, which the yard had promised for the autumn but delivered only in the spring.", 78)
        for n in range(4))
    title = "The ferry line to the northern islands reopens after a long winter of repairs - new"
    head = title[:-6] + "\n- new engines for the old boats"
    listed = "Items on the agenda, each one read out in turn by the chairwoman of the board:\n- the budget\n- the roads"
    blocks = texts(head + "\n\n" + filler + "\n\n" + listed)
    assert blocks[0] == title + " engines for the old boats"
    assert blocks[-2:] == ["the budget", "the roads"]


def test_a_post_header_ending_on_its_date_and_time_is_no_sentence_start() -> None:
    """A forum post's header (writer, date, time) over a post that starts in lower case."""
    dump = "  lenex 14.03.21 09:15\n  hi, does anyone know when the ferry runs again?\n"
    assert texts(dump) == ["lenex 14.03.21 09:15", "hi, does anyone know when the ferry runs again?"]
    # A sentence that ends a line on a time goes on.
    dump = "The ferry left the pier on 14.03.21 at 09:15\nand came back an hour later.\n"
    assert len(texts(dump)) == 1


def test_a_quoted_title_set_apart_by_a_scraper_stays_in_its_sentence() -> None:
    dump = "Her latest novel, «\n\nSea of Glass\n\n», tells the story of two sisters who run a ferry.\n"
    assert texts(dump) == ["Her latest novel, « Sea of Glass», tells the story of two sisters who run a ferry."]


def test_a_quotation_closed_with_a_low_mark_goes_on_with_its_sentence() -> None:
    # Some pages close a quotation with the low mark; one followed by punctuation closes.
    dump = "Die Fähre fährt wieder (siehe auch „\nFahrplan Sommer\n„). Die Stadt zahlt die Hälfte der Kosten.\n"
    assert texts(dump) == ["Die Fähre fährt wieder (siehe auch „Fahrplan Sommer„). "
                           "Die Stadt zahlt die Hälfte der Kosten."]


def test_a_line_opening_with_a_quotation_mark_is_no_continuation() -> None:
    assert len(texts("Der Bürgermeister sagte am Montag\n„Wir bauen die Mauer neu.“\n")) == 2


def test_a_sentence_signed_with_names_in_a_full_width_parenthesis_ends() -> None:
    # "The harbour is safe again! (Commentators: Wang Lin, Zhao Min)": the sentence ends before the names.
    signed = segment_text("\u6e2f\u53e3\u53c8\u5b89\u5168\u4e86\uff01"
                          "\uff08\u8bc4\u8bba\u5458 \u738b\u6797 \u8d75\u654f\uff09")
    assert signed[0].ends_sentence
    assert not segment_text("\u6e2f\u53e3\u65b0\u95fb\uff08\u56fe\uff09")[0].ends_sentence  # a headline's "(photo)"


def test_a_post_stamp_ending_in_uhr_is_a_header_of_its_own() -> None:
    dump = "  lenex 14.03.21 09:15 Uhr\n  hi, does anyone know when the ferry runs again?\n"
    assert texts(dump) == ["lenex 14.03.21 09:15 Uhr", "hi, does anyone know when the ferry runs again?"]


def test_a_short_meta_line_in_a_wrapped_dump_is_no_sentence_cut_at_a_link() -> None:
    # A text browser runs links on within the line: a line that stops well short of the
    # width ends an element, even when the wrapped caption under it goes on lower-case.
    paragraph = (
        "Engineers from the county council inspected the old stone bridge over the river on "
        "Tuesday morning and found that two of its arches had shifted since the last survey."
    )
    import textwrap

    meta = "12.03.2024 at 06:47 - Tomas Ekdahl - 14 comments"
    caption = "Floodwater underneath Kestrelford's medieval stonework bridge. Photograph enlargeable by"
    dump = "\n".join([
        meta, textwrap.fill(caption + " clicking on the picture.", 74), "",
        *(textwrap.fill(paragraph, 74) + "\n" for _ in range(4)),
    ])
    assert texts(dump)[:2] == [meta, caption + " clicking on the picture."]


def test_lynx_image_addresses_with_queries_hashes_and_data_are_dropped() -> None:
    dump = "\n".join([
        "   [0b7c2e94d1a6f3e85c40a9d2b7e1f6c3?s=96&d=mm&r=g] By Ines Marlow", "",
        "   [9c1e44a2-7b3d-4f0e-a5c6-2d8e9f10b3a7] Tomas Ekdahl", "",
        "   [quay-lights.jpg?v=20240311] [gif;base64,R0lGODlhAQABAIAAAP==] [pixel?uid=81&ev=view]", "",
        "   [QkFSTkFDTEU=] The pier [sic] was painted blue [and green] on [2024-03] maps.", "",
        "[Ines-Marlow-]von Ines Marlow",
    ])
    assert texts(dump) == [
        "By Ines Marlow", "Tomas Ekdahl", "The pier [sic] was painted blue [and green] on [2024-03] maps.",
        "von Ines Marlow",
    ]


def test_markdown_mail_links_with_spaces_and_emphasis_glued_to_a_name_lose_their_markup() -> None:
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "By [Ines Marlow](/people/ines-marlow) 12 March at 9:40 AM "
        "[ ](mailto:ines@example.org?subject=Reader feedback for 'Ferry fares rise') Follow", "",
        "12 March 2024 _by_[Tomas Ekdahl](/p/7 \"Tomas Ekdahl\")", "",
        "The pier was painted in _bright_ blue by snake_case_fans last week.",
    ])
    assert texts(dump)[3:] == [
        "By Ines Marlow 12 March at 9:40 AM Follow", "12 March 2024 by Tomas Ekdahl",
        "The pier was painted in bright blue by snake_case_fans last week.",
    ]


def test_a_markdown_bold_name_glued_to_the_word_before_it_opens_a_new_word() -> None:
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "By **Ines Marlow** , **Li Wen** , and**Tomas Ekdahl,** Harbour Desk", "",
        "The pier was un**believ**ably blue last week.",
    ])
    assert texts(dump)[3:] == [
        "By Ines Marlow , Li Wen , and Tomas Ekdahl, Harbour Desk", "The pier was unbelievably blue last week.",
    ]


def test_a_markdown_underscore_emphasis_may_end_on_its_elements_space() -> None:
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "_Autor:[Ines Marlow ](/people/ines-marlow)(Gastbeitrag), Hafenlotsin _", "",
        "_Veröffentlicht am:  _ 30. September 2020",
    ])
    assert texts(dump)[3:] == [
        "Autor:Ines Marlow (Gastbeitrag), Hafenlotsin", "Veröffentlicht am: 30. September 2020",
    ]


def test_a_markdown_emphasis_across_a_hard_break_loses_both_marks() -> None:
    """html2text sets an italic that spans a <br> with its opening mark on the line before the
    break and its closing mark on the line after; an underscore that opens a line with no
    break (a code name) stays."""
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "The chorus of the harbour song reads:", "",
        "_The tide came in and took the pier_  ", "_We watched it from the old sea wall  ",
        "The boats went out and never came_  ", "_And no one answered when we called_", "",
        "_start is the function the runtime calls first, and main comes after it.",
    ])
    lines = texts(dump)
    assert "We watched it from the old sea wall" in lines and "The boats went out and never came" in lines
    assert "_start is the function the runtime calls first, and main comes after it." in lines


def test_a_byline_glued_into_a_long_tag_strip_line_is_cut_out() -> None:
    """get_text() of markup without whitespace between its elements: too few seams to cut
    the line at all of them, but the byline glued between the caption and the dateline is
    cut out, up to the seams that end its name and its date; a by-word after a space or
    inside a word stays."""
    story = " ".join(["The harbour board met on Tuesday and approved the new timetable for the night ferry."] * 12)
    line = ("Ferry fares rise again on the island route The ferry at the north quay. Photo: Harbour Gazette"
            f"By Ines MarlowMarch 4, 2025{story} The plan was drawn up by Tom Reed and the Hobby Shop owners.")
    lines = texts(line)
    assert "By Ines Marlow" in lines
    assert any(text.startswith("March 4, 2025") for text in lines)
    assert any(text.endswith("drawn up by Tom Reed and the Hobby Shop owners.") for text in lines)
    from newsparse.segment.text import _cut_glued_bylines

    assert _cut_glued_bylines("It rose by Tom Reed's count and the HobbyShop Owners said so.") == [
        "It rose by Tom Reed's count and the HobbyShop Owners said so."]
    assert _cut_glued_bylines("Caption 2025von Ines MarlowDie Fähre fährt.") == [
        "Caption 2025", "von Ines Marlow", "Die Fähre fährt."]


def test_a_byline_word_glued_to_the_name_after_it_is_split_off() -> None:
    dump = ("12 March 2024 byTomas Ekdahl 3 comments\n\nVonJorin Keller\n\n#VonHeute ByFq9+xQ Bypass Byron Porto"
            "\n\nDoorDash delivers and ByWord sells")
    assert texts(dump) == [
        "12 March 2024 by Tomas Ekdahl 3 comments", "Von Jorin Keller", "#VonHeute ByFq9+xQ Bypass Byron Porto",
        "DoorDash delivers and ByWord sells",
    ]


def test_a_by_word_glued_between_a_name_and_its_repetition_is_split_off_on_both_sides() -> None:
    # The alt text of the author's picture, the by-word and the name, all glued together.
    dump = "Mirela CastavetPorMirela Castavet\n\nLena OrtbyPorto Alegre\n\nHobbyShop ByJane Doe"
    assert texts(dump) == ["Mirela Castavet Por Mirela Castavet", "Lena OrtbyPorto Alegre", "HobbyShop By Jane Doe"]


def test_an_avatar_s_alt_text_before_its_name_glued_to_the_by_word_is_dropped() -> None:
    # pandoc's plain text: the avatar's alt text in brackets, then the byline whose by-word
    # the page glued to the linked name; a line of punctuation after a bracket stays.
    assert texts("[Ines Marlow]PorIness Marlow\n\n[Ines Marlow]VonInes Marlow\n\n[Ines] --") == [
        "[Ines Marlow]Por Iness Marlow", "Von Ines Marlow", "[Ines] --"]


def test_a_camel_case_brand_in_a_paragraph_stays_whole() -> None:
    # The glued byline word is sought in byline-length lines only: in a paragraph the shape
    # is a brand's name ("ParkWell Systems", "DoorStop Holdings"), which must not be split.
    para = ("DoorStop Holdings and ParkWell Systems said on Monday that the two firms would share "
            "one depot by the harbour from next spring.")
    assert texts(para) == [para]


def test_a_text_browser_breaks_early_only_where_an_element_ends() -> None:
    # In a dump a text browser wrapped, a line that stops well short of the width ends its
    # element, even after a function word or before a lower-case word: the dek, the name
    # and the time under it stay apart. A scraper's dump, whose links break sentences early
    # all the time, still joins such lines (see the fragments test above).
    import textwrap

    paragraph = (
        "Engineers from the county council inspected the old stone bridge over the river on "
        "Tuesday morning and found that two of its arches had shifted since the last survey."
    )
    dek = "The old stone bridge will stay closed until the spring, a plan the council votes on"
    dump = "\n".join([
        *("   " + row for row in textwrap.wrap(dek, 70)), "   Ines Marlow", "   updated 2 hours ago", "",
        *("\n".join("   " + row for row in textwrap.wrap(paragraph, 70)) + "\n" for _ in range(12)),
    ])
    assert texts(dump)[:3] == [dek, "Ines Marlow", "updated 2 hours ago"]


def test_a_placeholder_takes_room_on_the_line_a_text_browser_wrapped() -> None:
    # "[photo]" stood on the rendered line: without it the line looks short, as if its
    # element had ended there, but the renderer wrapped it full.
    import textwrap

    paragraph = (
        "Engineers from the county council inspected the old stone bridge over the river on "
        "Tuesday morning and found that two of its arches had shifted since the last survey."
    )
    lead = ("[harbour_bridge_photo_2024.jpg] Kestrelford, 12 March 2024 - The county council "
            "closed the old stone bridge on Tuesday after engineers found that two arches had moved.")
    dump = "\n".join([
        *("\n".join("   " + row for row in textwrap.wrap(text, 70)) + "\n" for text in [lead] + [paragraph] * 12),
    ])
    assert texts(dump)[0] == lead.split("] ", 1)[1]


def test_markdown_links_spanning_lines_lose_their_markup_and_count_as_link_text() -> None:
    """A card linked as a whole: markdownify opens the link on its first line and closes it on
    its last ("[Kicker" … "by Name](/story)"), html2text sets "[" and "](url)" on lines of their
    own. Either way the lines inside are link text; after an opening "[" that never closes
    (like every bracket at a line's start, it is taken for markup) nothing is."""
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "The pier was painted in bright blue last week, and the volunteers finished on Sunday.", "",
        "[Harbour", "", "Ferry fares rise again as the council approves a new budget", "",
        "by Ines Marlow](/ferry-fares)", "",
        "[", "", "Tide tables for the summer are out now", "", "](/tides)", "",
        "[This line opens a bracket that never closes, and it is text of the page.",
    ])
    blocks = segment_text(dump)
    by_text = {b.text: b for b in blocks}
    assert [b.text for b in blocks][-5:] == [
        "Harbour", "Ferry fares rise again as the council approves a new budget", "by Ines Marlow",
        "Tide tables for the summer are out now",
        "This line opens a bracket that never closes, and it is text of the page.",
    ]
    for text in ("Harbour", "Ferry fares rise again as the council approves a new budget", "by Ines Marlow",
                 "Tide tables for the summer are out now"):
        assert by_text[text].link_density > 0.9, text
    prose = "The pier was painted in bright blue last week, and the volunteers finished on Sunday."
    assert by_text[prose].link_density == 0
    assert by_text["This line opens a bracket that never closes, and it is text of the page."].link_density == 0


def test_a_line_that_closes_one_spanning_link_and_opens_the_next_marks_both() -> None:
    """Two cards linked in a row: html2text closes the first link and opens the second on one
    line ("](/tides)["); the lines of both cards are link text."""
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "[", "", "Tide tables for the summer are out now", "", "](/tides)[", "",
        "Ferry fares rise again on the island route", "", "](/fares)", "",
        "The pier was painted in bright blue last week, and the volunteers finished on Sunday.",
    ])
    by_text = {b.text: b for b in segment_text(dump)}
    assert by_text["Tide tables for the summer are out now"].link_density > 0.9
    assert by_text["Ferry fares rise again on the island route"].link_density > 0.9
    prose = "The pier was painted in bright blue last week, and the volunteers finished on Sunday."
    assert by_text[prose].link_density == 0


def test_markdown_images_with_an_inline_svg_address_lose_their_markup() -> None:
    # html2text writes a lazy-loading placeholder's inline SVG as the page has it: spaces,
    # quotes and all inside the image's address.
    svg = "data:image/svg+xml,%3Csvg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\"%3E%3C/svg%3E"
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "",
        f"[![]({svg})**Ines Marlow** (Harbour reporter)](/people/ines-marlow)", "",
        f"![Pier at dawn]({svg}) The pier at dawn.",
    ])
    assert texts(dump)[2:] == ["Ines Marlow (Harbour reporter)", "The pier at dawn."]


def test_markdown_images_with_long_alt_text_lose_their_markup() -> None:
    """An image's alt text may be a whole photo caption (html2text writes it in full); the
    image still loses its markup, and the link around it stays link text."""
    alt = "Volunteers stack sandbags along the harbour wall at dawn, " * 12
    dump = "\n".join([
        "# Sandbags along the harbour", "", "By Lena Vossberg", "",
        f"[ ![{alt.strip()}](/img/sandbags.jpg?w=440) Sandbags run out as the tide rises ](/story/sandbags)",
    ])
    blocks = segment_text(dump)
    assert [b.text for b in blocks] == ["Sandbags along the harbour", "By Lena Vossberg",
                                        "Sandbags run out as the tide rises"]
    assert blocks[2].link_density > 0.8


def test_a_rule_across_the_width_does_not_join_the_line_under_it() -> None:
    """w3m draws <hr> as a row of one symbol across the wrap width; in a hard-wrapped dump the
    wrap test takes it for a full line, but the line under it opens a block of its own."""
    wrapped = ("The harbour master said the new pier would open in June, after two years of work on the "
               "sea wall and the ferry terminal, and that the fishing boats would moor there first.")
    lines = []
    while wrapped:
        cut = wrapped.rfind(" ", 0, 79) if len(wrapped) > 79 else len(wrapped)
        lines.append(wrapped[:cut])
        wrapped = wrapped[cut + 1:]
    text = "\n".join([*lines, "", *lines, "", "\u2501" * 79, "Did you find this page useful?", "", *lines])
    texts = [b.text for b in segment_text(text)]
    assert "Did you find this page useful?" in texts


def test_a_post_header_glued_to_its_stamp_ends_before_the_post() -> None:
    """"jdoe14.03.2109:15" / "hi, does anyone know …": the writer, the date and the time of a
    forum post run together (no space between the elements) still make the post's header, not
    a sentence that the post's first line in lower case goes on with."""
    dump = ("Ferry times for the island\n\n"
            "jdoe14.03.2109:15\n"
            "hi, does anyone know whether the morning ferry still runs on sundays in march?\n")
    assert texts(dump)[1:] == ["jdoe14.03.2109:15",
                               "hi, does anyone know whether the morning ferry still runs on sundays in march?"]


def test_a_user_name_and_date_under_a_lower_case_line_is_no_part_of_it() -> None:
    """"jdoe — 2. Mai 2021" under a headline that ends on a lower-case word (pandoc's plain text
    sets every element apart by a blank line): the meta line of the post, not the rest of a
    sentence broken by <br><br>."""
    dump = ("Der Hafenrat hat den neuen Plan vorgelegt\n\n"
            "jdoe — 2. Mai 2021\n\n"
            "Die Fähre fährt ab Juni wieder jeden Morgen zur Insel.\n")
    assert texts(dump) == ["Der Hafenrat hat den neuen Plan vorgelegt", "jdoe — 2. Mai 2021",
                           "Die Fähre fährt ab Juni wieder jeden Morgen zur Insel."]


def test_a_bracketed_avatar_alt_text_before_a_name_is_dropped() -> None:
    """"[Profile picture] jdoe 2. Mai 2021": the alt text a site's template gives every avatar,
    in the brackets pandoc prints an image's alt text in; the line is the name and the date."""
    dump = "Ferry times for the island\n\n[Profile picture] jdoe 2. Mai 2021\n\nThe ferry runs again.\n"
    assert texts(dump)[1] == "jdoe 2. Mai 2021"


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("**_Jane Roe-Fisher_**", "Jane Roe-Fisher"),  # bold around italic
        ("***Jane Roe-Fisher***", "Jane Roe-Fisher"),
        ("** _\\---- by Jane Roe-Fisher_**", "---- by Jane Roe-Fisher"),  # html2text keeps the space inside
        ("snake_case_name and **bold**", "snake_case_name and bold"),
        # pandoc and markdownify glue an emphasis to the capital of the next element
        ("12 March 2024 *by*Tomas Ekdahl", "12 March 2024 by Tomas Ekdahl"),
        ("*Why the night boat?*The fuel costs more.", "Why the night boat? The fuel costs more."),
        ("2*3*Four and x *y*z", "2*3*Four and x *y*z"),  # inside words: no emphasis
    ],
)
def test_nested_markdown_emphasis_loses_every_mark(line: str, text: str) -> None:
    from newsparse.segment.markdown import unmark

    assert unmark(line)[0] == text


def test_a_name_over_a_date_is_no_end_of_the_clause_above() -> None:
    """A dump without blank lines (a browser's innerText) sets the byline and the dateline
    under a dek that stops mid-clause: the name over a date alone opens a block of its own."""
    dump = ("Ferries return to the island\n"
            "The morning boat runs again from June, and the council hopes for more trips in\n"
            "Lene Ostrova\n"
            "2.5.2021\n"
            "The harbour master said the pier is ready.\n")
    assert texts(dump)[2:4] == ["Lene Ostrova", "2.5.2021"]


def test_a_meta_line_that_ends_on_its_date_and_time_ends_its_element() -> None:
    """A text browser's hard-wrapped dump: a long meta line that closes on the post's date and
    time ends there, although the dek's first word would not have fitted after it."""
    wrapped = ("The harbour master said the new pier would open in June, after two years of work on the "
               "sea wall and the ferry terminal, and that the fishing boats would moor there first.")
    lines = []
    while wrapped:
        cut = wrapped.rfind(" ", 0, 75) if len(wrapped) > 75 else len(wrapped)
        lines.append("   " + wrapped[:cut])
        wrapped = wrapped[cut + 1:]
    meta = "   Von Lene Ostrova Kategorien: Hafen und Fähren 6. Mai 2023, 06:47 Uhr"
    dek = "   Wochenlang fuhr keine Fähre zur Insel."
    text = "\n".join(["Ferries return to the island", "", meta, dek, "", *lines, "", *lines, "", *lines])
    assert meta.strip() in texts(text)


def test_links_and_images_a_hard_wrap_cut_over_lines_lose_their_markup() -> None:
    """html2text's default wraps at 78 columns: an image's alt text, a link's text and a long
    address (cut at its hyphens) run over several lines, and no mark matches on one line."""
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "# Ferry fares rise again on the island route", "",
        "![Passengers queue on the north quay for the first sailing of the morning while",
        "the harbour master checks the tickets at the gate](https://img.example/ferry-",
        "queue-north-quay.jpg)", "",
        "The council approved the new fares on Tuesday, after a long debate about [the",
        "winter timetable and the cost of the second boat](https://news.example/winter-",
        "timetable-and-second-boat \"Winter timetable\").", "",
    ])
    texts_ = texts(dump)
    assert texts_[3:] == [
        "Ferry fares rise again on the island route",
        "The council approved the new fares on Tuesday, after a long debate about the winter timetable "
        "and the cost of the second boat.",
    ]
    assert not any("](" in t or "example" in t for t in texts_)


def test_markdown_that_kept_raw_html_loses_the_tags_and_is_read_as_a_dump() -> None:
    """Pandoc's gfm writer passes the elements it cannot express through as raw HTML (a
    <div>, an <img> over several lines, a <span>): the dump is Markdown, not a page."""
    dump = "\n".join([
        '<div id="masthead" class="site-header">', "",
        "- [Home](/)", "- [Harbour news](/harbour)", "- [Contact](/contact)", "",
        "</div>", "",
        "# Ferry fares rise again on the island route", "",
        '<div class="entry-meta">', "",
        'By [Ines Marlow](/people/ines-marlow) <span class="sep">/</span> 12 March 2025', "",
        "</div>", "",
        "<img", 'src="/img/ferry.jpg" class="wide"', 'alt="The ferry at the north quay" />', "",
        "The council approved the new fares on Tuesday, after a long debate about the winter timetable.", "",
        "Skippers said the second boat would be needed before the summer season begins.", "",
    ])
    article = newsparse.parse(dump)
    assert article.headline == "Ferry fares rise again on the island route"
    assert [a.name for a in article.authors] == ["Ines Marlow"]
    assert article.paragraphs[0].text == \
        "The council approved the new fares on Tuesday, after a long debate about the winter timetable."
    assert "<" not in article.text and "src=" not in article.text
    # The converter wrapped the markup with the text: a name cut between two lines of markup
    # is one name again once the tags are gone.
    wrapped = dump.replace('By [Ines Marlow](/people/ines-marlow) <span class="sep">/</span> 12 March 2025',
                           'By <a href="/people/ines-marlow" class="author-link"><strong>Ines\n'
                           'Marlow</strong></a> <span class="sep">/</span> 12 March 2025')
    assert [a.name for a in newsparse.parse(wrapped).authors] == ["Ines Marlow"]
    # A page, even a fragment without its <html>, is read as HTML: it has no Markdown marks.
    page = "<div><h1>Ferry fares rise again</h1><p>The council approved the new fares.</p></div>"
    assert newsparse.parse(page).headline == "Ferry fares rise again"
    # The converter keeps a style sheet of the page's body too: still a dump, not a page.
    styled = dump.replace("</div>", '</div>\n\n<style type="text/css">.site-header { color: red }</style>', 1)
    assert newsparse.parse(styled).headline == "Ferry fares rise again on the island route"
    assert [a.name for a in newsparse.parse(styled).authors] == ["Ines Marlow"]
    # ... but a script's text that reads as Markdown does not make a page fragment a dump.
    script = "<script>var menu = '[Home](/)\\n# Top\\n[News](/news)'; // [a](/a) [b](/b)</script>"
    assert newsparse.parse(f"{page}{script}").headline == "Ferry fares rise again"


def test_pandoc_markdown_fences_and_attributes_go() -> None:
    """Pandoc's own Markdown keeps the page's elements as fenced divs and its attributes in
    braces, after an image (over several lines) or a span."""
    dump = "\n".join([
        "::::: {#main .site-main}", "",
        "- [Home](/)", "- [Harbour news](/harbour)", "- [Contact](/contact)", "",
        "# Ferry fares rise again on the island route", "",
        "[Updated 12 March 2025]{.small}", "",
        "[by [[Ines Marlow](/people/ines-marlow){.url .fn}]{.author} 4 min read]{.byline}", "",
        "![The ferry at the north quay](/img/ferry.jpg){.wide", 'width="800" height="600"}', "",
        "The council approved the new fares on Tuesday, after a long debate about the winter timetable.", "",
        ":::::",
    ])
    assert texts(dump)[3:] == [
        "Ferry fares rise again on the island route", "Updated 12 March 2025", "by Ines Marlow 4 min read",
        "The council approved the new fares on Tuesday, after a long debate about the winter timetable.",
    ]


def test_pandoc_markdown_wrapped_attributes_raw_inline_html_and_hard_breaks_go() -> None:
    """Pandoc wraps its Markdown at 72 columns, attribute lists too (a quoted value may hold
    braces); it keeps a style element as raw inline HTML and writes a <br> as a backslash
    that ends the line."""
    dump = "\n".join([
        "- [Home](/)", "- [Harbour news](/harbour)", "- [Contact](/contact)", "",
        "`<style>.byline{color:red}</style>`{=html}", "",
        "# Ferry fares rise again on the island route", "",
        "[By [[Ines Marlow]{.writer-name itemprop=\"name\"", 'data-track="author"}](/people/ines-marlow',
        '"More from Ines Marlow"){.author-link', 'onclick="track(0, function() {go(1);});"}',
        ']{.byline itemprop="author"', 'itemscope=""}', "",
        "Harbour Gazette\\", "Published 12 March 2025", "",
        "The council approved the new fares on Tuesday, after a long debate about the winter timetable.", "",
    ])
    lines = texts(dump)
    assert lines[3:] == [
        "Ferry fares rise again on the island route", "By Ines Marlow", "Harbour Gazette", "Published 12 March 2025",
        "The council approved the new fares on Tuesday, after a long debate about the winter timetable.",
    ]
    assert [a.name for a in newsparse.parse(dump).authors] == ["Ines Marlow"]


def test_pandoc_smart_markdown_gets_its_typographic_marks_back() -> None:
    """Pandoc's Markdown (its "smart" extension) writes curly quotes straight, an em dash as
    "---" and an ellipsis as "..."; it escapes the page's own straight marks. The text comes
    back as the page had it: the curly marks restored, the escaped ones kept straight, and the
    quotes of an attribute list left alone."""
    dump = "\n".join([
        "- [Home](/)", "- [Harbour news](/harbour)", "- [Contact](/contact)", "",
        "# The ferry's last run --- and what comes next", "",
        "The skipper said \"we'll be back in spring\" and left... The sign read \\\"Gate 4\\\" and",
        "the timetable 10\\-12 stayed up.", "",
        "Die Wirtin sagte: „Wir warten\" und schloss.", "",
        "[A quiet quay]{title=\"a quote\"}", "",
        "+-----------+-----------+", "| Fare      | Price     |", "+-----------+-----------+", "",
    ])
    lines = texts(dump)
    assert lines[3] == "The ferry\u2019s last run \u2014 and what comes next"
    assert lines[4] == ("The skipper said \u201cwe\u2019ll be back in spring\u201d and left\u2026 The sign read"
                        ' "Gate 4" and the timetable 10-12 stayed up.')
    assert lines[5] == "Die Wirtin sagte: \u201eWir warten\u201c und schloss."
    assert lines[6] == "A quiet quay"


def test_markdown_without_pandoc_escapes_keeps_its_straight_quotes() -> None:
    """A Markdown dump that does not escape its straight marks (html2text, markdownify) wrote
    them as the page had them: they stay straight, and "--" stays two hyphens."""
    dump = "\n".join([
        "- [Home](/)", "- [Harbour news](/harbour)", "- [Contact](/contact)", "",
        "# The ferry's last run", "",
        'The skipper said "we\'ll be back" -- and left.', "",
    ])
    assert texts(dump)[3:] == ["The ferry's last run", 'The skipper said "we\'ll be back" -- and left.']


# A paragraph html2text wrapped at 78 columns, and a menu: the page around the lines under test.
WRAPPED_PROSE = [
    "The council approved the new fares on Tuesday, after a long debate about the",
    "winter timetable and the cost of running the night boats to the outer islands.",
]
MARKDOWN_MENU = ["  * [Home](/)", "  * [Harbour news](/harbour)", "  * [Contact](/contact)", ""]


def test_a_wrapped_markdown_line_is_measured_with_its_markup() -> None:
    """html2text wraps its Markdown at 78 columns, link targets included: a byline whose link
    leaves little text ran full, and the date under it goes on its line; a line that ends on
    a hard break, a table row and the next item of a numbered list do not go on."""
    dump = "\n".join([
        *MARKDOWN_MENU,
        "# Ferry fares rise again on the island route", "",
        "By [Ines Marlow](https://gazette.example/people/ines-marlow-harbour-desk) March",
        "4 at 9:12 PM", "",
        *(WRAPPED_PROSE * 6), "",
        "Filed by [Tom Ashby](https://gazette.example/people/tom-ashby-harbour-desk-x)  ",
        "Harbour Gazette", "",
        "1. [Fares](https://gazette.example/harbour/fares/island-route/2025/winter-list)",
        "2. Timetable", "",
        *(WRAPPED_PROSE * 6),
    ])
    lines = texts(dump)
    assert "By Ines Marlow March 4 at 9:12 PM" in lines
    assert "Filed by Tom Ashby" in lines and "Harbour Gazette" in lines
    assert "Fares" in " ".join(lines) and not any("Fares" in line and "Timetable" in line for line in lines)


def test_a_word_a_wrap_cut_at_its_hyphen_is_whole_again() -> None:
    """html2text (Python's textwrap) breaks at hyphens, in a link's text too; a suspended
    compound's hyphen ("Fähr-" / "und Lotsendienst") keeps its space."""
    dump = "\n".join([
        *MARKDOWN_MENU,
        "# Ferry fares rise again on the island route", "",
        "Published on 4 March 2025 by the harbour desk and [Ines Marlow-Fisher Roe-",
        "Lindqvist](/author/ines) of the Gazette", "",
        *(WRAPPED_PROSE * 6), "",
        "The new timetable of the ferries was drawn up by the harbour master Tom Reed-",
        "Alvarsson and the board, with the new gates at the north quay and the Fähr-",
        "und Lotsendienst for foot passengers and for cars.", "",
        *(WRAPPED_PROSE * 6),
    ])
    lines = texts(dump)
    assert "Published on 4 March 2025 by the harbour desk and Ines Marlow-Fisher Roe-Lindqvist of the Gazette" \
        in lines
    joined = next(line for line in lines if line.startswith("The new timetable"))
    assert "Tom Reed-Alvarsson" in joined and "the Fähr- und Lotsendienst for foot passengers" in joined


def test_a_wrapped_address_of_an_image_inside_a_link_rejoins_without_a_space() -> None:
    # The image's address, cut at a hyphen, lies inside the link's text: still an address.
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "[![Crates stacked on the quay](https://img.example/uploads/crates-",
        "stacked-quay.jpg)](https://img.example/uploads/crates-stacked-",
        "quay-large.jpg)Crates stacked on the quay before the storm", "",
    ])
    assert texts(dump)[3:] == ["Crates stacked on the quay before the storm"]


def test_texts_a_tag_strip_glued_together_are_cut_at_their_seams() -> None:
    """get_text() of minified markup: no separator between the elements' texts."""
    menu = "HomeHarbour newsFerriesWeatherNoticesContact"
    story = "".join(f"The harbour board met on day {n} and approved the new timetable for the ferry."
                    for n in range(1, 16))
    lines = [b.text for b in segment_text(menu + "Ferry fares rise again" + story)]
    assert lines[:6] == ["Home", "Harbour news", "Ferries", "Weather", "Notices", "Contact"]
    assert "The harbour board met on day 3 and approved the new timetable for the ferry." in " ".join(lines)
    # A long paragraph with a brand glued in its name ("YouTube") is no glued text.
    prose = "The clip reached YouTube before the council met. " + " ".join(
        ["The harbour master said the ferry would run again once the storm had passed."] * 20)
    assert [b.text for b in segment_text(prose)] == [prose]
    # A list of user names written in camel case keeps its items apart with ", ": no glue.
    names = ", ".join(f"seafog{n}, HarbourCat{n}, nightowl{n}" for n in range(60))
    assert [b.text for b in segment_text(names)] == [names]
    # A shorter line is cut when its seams are dense (a byline's fields glued together) ...
    meta = ("Ferry fares rise again as pubs and bars on the island route face new penalties for late music"
            "Ines MarlowHarbour Editor@imarlowMonday 4 March 2025 09:12ShareTweetEmailPrintComments"
            "SaveFollowReportSubscribeThe council approved the new fares on Tuesday after a long debate "
            "about the winter timetable and the night boats.")
    lines = [b.text for b in segment_text(meta + "\n\n" + "A new paragraph starts here.")]
    assert "Ines Marlow" in lines and "Harbour Editor@imarlow" in lines
    # ... not a paragraph with a few brands written in camel case.
    brands = ("The clip reached YouTube and then PowerPoint slides before the council met on Tuesday. "
              "The harbour master said the ferry would run again once the storm had passed, and that "
              "the McDonald family would open the kiosk on the pier again in May, as every year.")
    assert [b.text for b in segment_text(brands)] == [brands]


def test_long_paragraphs_glued_at_their_stops_are_cut_apart() -> None:
    """get_text() of a minified article page: long paragraphs run together with few seams for
    their length, but each sentence's end glued to the next one ("…the night boats.The
    council…") shows the glue; the heading glued to its first paragraph comes apart too."""
    first = ("The council approved the new ferry fares on Tuesday after a long debate about the winter "
             "timetable and the night boats, which the island's pubs had asked to keep. " * 3).strip()
    second = ("Harbour master Ines Marlow said the boats would keep their timetable until the end of "
              "March, when the summer service starts again with two extra crossings a day. " * 3).strip()
    third = ("Residents of the outer islands may buy a yearly pass at the old fare until the end of the "
             "month, the council said in a statement published after the vote. " * 3).strip()
    line = f"Photo: HARBOUR PRESS/INES MARLOWFerry fares rise again{first}{second}{third}"
    assert len(line) >= 1000
    lines = texts(line)
    # (a credit in capitals glued to the headline: the last capital opens the headline)
    assert lines[:2] == ["Photo: HARBOUR PRESS/INES MARLOW", "Ferry fares rise again"]
    assert first in lines and second in lines and third in lines
    # The pieces are different elements' texts: a blank line keeps each apart from the next,
    # so that no rule joining a paragraph's lines joins the headline to its byline.
    from newsparse.segment.text import _source_lines

    dated = f"Ferry fares rise againInes Marlow am 4. März 2025 um 11:23{first}{second}{third}"
    assert _source_lines(dated)[:4] == ["Ferry fares rise again", "", "Ines Marlow am 4. März 2025 um 11:23", ""]
    # One glued stop in a long paragraph (an abbreviation, a code name) cuts nothing.
    prose = f"{first} The fare table is in Schedule.Annex two of the plan. {second}"
    assert len(prose) >= 1000 and texts(prose) == [prose]


def test_a_tag_strip_cut_at_its_runs_of_spaces_is_cut_at_its_seams_too() -> None:
    """A tag-strip keeps the spaces of some tags only: the pieces between the runs of spaces
    may hold a menu or a byline glued together, cut at their seams as a whole line is."""
    menu = ("HomeHarbour newsFerriesWeatherNoticesContactArchiveEventsLettersObituariesJobsMarket"
            "Island lifeSportsBusinessCultureOpinionPodcastsNewslettersE-paperSubscribeLettersRecipesTravelGardens")
    byline = "Ines Marlow am 4. März 2025 um 11:23 Teilen Twittern Email"
    head = f"Ferry fares rise again - {menu} Harbour boardFerry fares rise again{byline}"
    story = " ".join(f"The harbour board met on day {n} and approved the new timetable." for n in range(1, 7))
    line = "    ".join([head] + [story] * 6)
    assert len(head) >= 300 and len(line) >= 2000 and line.count("    ") * 500 >= len(line)
    lines = texts(line)
    assert "Harbour news" in lines and "Obituaries" in lines
    assert any(text.startswith("Ines Marlow") for text in lines)


def test_raw_markup_removal_keeps_text_that_only_looks_like_a_tag() -> None:
    """Only HTML elements' tags go (not "<Enter>", not an escaped "\\<"); a whitespace-only line
    still ends a paragraph, a nested list item still opens a line, and braces that are not
    pandoc's attributes stay."""
    dump = "\n".join([
        "* [Home](/)", "* [Harbour news](/harbour)", "* [Contact](/contact)", "",
        "Press <Enter> to confirm the booking, then <b>print</b> the ticket.",
        " ",
        "The second paragraph stands on its own, after a line of spaces.", "",
        "* Bring <em>one</em> bag", "    * nested: a small one", "",
        "The fare formula is fare(x){x * 2} for each child, \\<a rule\\> the board kept.",
    ])
    lines = texts(dump)
    assert "Press <Enter> to confirm the booking, then print the ticket." in lines
    assert "The second paragraph stands on its own, after a line of spaces." in lines
    assert "nested: a small one" in lines
    assert "The fare formula is fare(x){x * 2} for each child, <a rule> the board kept." in lines


def test_a_first_line_that_runs_into_the_page_is_no_title() -> None:
    """A browser's copy of a page opens with its first menu entry, set in a run with the next
    ones; a scraper's dump sets the <title> apart. With no blank line anywhere, or a
    separator that ends the title on the next line, the first line still reads as a title."""
    from newsparse.segment.text import UNTITLED

    prose = "\n\n".join(f"The ferry ran late on day {n} of the strike, and riders waited." for n in range(4))
    assert UNTITLED in segment_text(f"Local\nWeather\nSports\n\n{prose}\n")[0].extras
    assert UNTITLED not in segment_text(f"Ferry fares rise\n\nLocal\nWeather\n\n{prose}\n")[0].extras
    assert UNTITLED not in segment_text(f"Ferry fares rise\n| Harbour Gazette\nLocal\n\n{prose}\n")[0].extras
    assert UNTITLED not in segment_text("Ferry fares rise\nLocal\nWeather\nThe ferry ran late.\n")[0].extras


def test_a_glued_byline_is_cut_out_but_not_inside_a_name() -> None:
    filler = "The council met on Tuesday to hear the harbour master's report on the winter storms. " * 2
    line = f"Harbour GazetteBy Jane McDonaldMarch 4, 2025{filler}"
    assert "By Jane McDonald" in texts(line)
    # a line of 200 to 300 characters is cut the same, whatever the other lines' lengths
    assert 200 <= len(line) < 300 and "By Jane McDonald" in texts(f"{line}\n\nShort line.\n")


def test_pandoc_raw_inline_html_goes_in_any_fence() -> None:
    from newsparse.segment.markdown import one_line_attributes

    text = "Fares rise ``<script>f(`x`)</script>``{=html} in May, `<b>`{=html}said `the` council."
    assert one_line_attributes(text) == "Fares rise  in May, said `the` council."


def test_an_unclosed_script_in_a_markdown_dump_costs_one_search() -> None:
    import time

    start = time.perf_counter()
    newsparse.parse("<div><p>Notes on tags</p></div>\n" + "<script> " * 11000)
    newsparse.parse("<div><p>Notes on tags</p></div>\n" + "<pre " * 11000)
    assert time.perf_counter() - start < 2.0  # (a pattern per start took seconds)


_HARBOUR_PARAGRAPHS = [
    "The council approved the new ferry fares on Tuesday evening, after a long debate about the winter "
    "timetable and the cost of fuel for the two older boats on the island route.",
    "Residents of the north shore said the rise would fall hardest on families who cross every day for "
    "school and work, and asked the council to keep a cheaper ticket for them.",
    "The harbour master told the meeting that the boats would run every forty minutes from April, and "
    "that the night crossing would stay as it is until the new pier opens next summer.",
    "A public meeting on the timetable will be held in the library hall next month, where residents can "
    "put their questions to the operator and to the members of the transport committee.",
]


def _wrapped(paragraph: str) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(paragraph, 72))


def test_pandoc_markdown_image_data_in_a_raw_tag_goes() -> None:
    """Pandoc's Markdown keeps an <img> whose data is inlined in its address as raw HTML, the
    data whole on one line: the tag goes, and its length does not hide the width the
    paragraphs were wrapped at."""
    data = "iVBORw0KGgo" + "QUJDRA" * 2000
    image = '<figure class="teaser">\n<img\nsrc="data:image/png;base64,' + data + '"\nclass="lazy" />\n</figure>'
    parts = ["- [Home](/)", "- [Harbour news](/harbour)", "- [Contact](/contact)",
             "# Ferry fares rise again on the island route"]
    for paragraph in _HARBOUR_PARAGRAPHS:
        parts += [_wrapped(paragraph), image]
    blocks = texts("\n\n".join(parts))
    assert not any("base64" in block for block in blocks)
    assert all(paragraph in blocks for paragraph in _HARBOUR_PARAGRAPHS)


def test_a_date_glued_into_a_tag_strip_line_is_cut_out() -> None:
    """get_text() of markup without whitespace between its elements: a date glued to the
    menu before it or to the paragraph after it is cut out of the line, a cue before a date
    glued only after it stays with it, and a date in prose (spaces on both sides) stays."""
    from newsparse.segment.text import _cut_glued_dates

    story = " ".join(["The harbour board met on Tuesday and approved the new timetable for the night ferry."] * 12)
    line = f"HomeFerriesShow menu14. März 2025Back to the list{story}"
    assert "14. März 2025" in texts(line)
    assert _cut_glued_dates("Show menu14. März 2025Back to the list") == [
        "Show menu", "14. März 2025", "Back to the list"]
    assert _cut_glued_dates("the ferry leaves. Published 04.03.2025Die Fähre fährt.") == [
        "the ferry leaves. ", "Published 04.03.2025", "Die Fähre fährt."]
    assert _cut_glued_dates("Quay notes!March 4, 2025 Photo desk") == ["Quay notes!", "March 4, 2025 Photo desk"]
    prose = "The board met on 4 March 2025 and the Radio21 decided 2024 was over."
    assert _cut_glued_dates(prose) == [prose]
    teasers = "Ferry fares rise04.03.2025 - 10:24Quay closed03.03.2025 - 09:10New pier opens02.03.2025 - 08:00Archive"
    assert _cut_glued_dates(teasers) == [teasers]  # a list of dated teasers stays whole
    comment = "seaview04.03.2512:44Has anyone tried the night ferry?"
    assert _cut_glued_dates(comment) == [comment]  # a two-figure year and a time: no date to cut


def test_glued_dates_are_the_matches_of_the_whole_pattern() -> None:
    """_glued_dates tries GLUED_DATE only before each year: the same matches as a scan of the line."""
    pieces = ["4.", " ", "März", "2023", "12.", "05.", "2021", "Sept.", "September", "Jan", "1999", ",",
              "09:15", " Uhr", "a", "X", "20", "19", ":", "Mai", "3", "May 3, 2024", "Die", "anzeigen", "!"]
    rng = random.Random(7)
    for _ in range(5000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert [m.span() for m in _glued_dates(line)] == [m.span() for m in GLUED_DATE.finditer(line)], line


def test_a_line_without_a_placeholder_sign_holds_no_placeholder() -> None:
    """The cheap test before PLACEHOLDER (see _may_hold_placeholder) never skips a line it matches."""
    rng = random.Random(7)
    for _ in range(20000):
        line = "".join(rng.choice("([_)]* X:INSDELins.png1a=?") for _ in range(rng.randint(1, 12)))
        if "[" not in line and not _may_hold_placeholder(line):
            assert PLACEHOLDER.search(line) is None, line


def test_closing_starts_hold_every_first_character_starts_closing_reads() -> None:
    """CLOSING_STARTS, the cheap test before STARTS_CLOSING, leaves out no character it matches first."""
    for code in range(0x10000):
        char = chr(code)
        if char not in CLOSING_STARTS:
            assert STARTS_CLOSING.match(char + ",") is None and STARTS_CLOSING.match(char + "s,") is None, hex(code)


def test_a_printed_copy_of_the_title_is_never_joined_to_the_lines_around_it() -> None:
    """A dump with no blank lines (get_text("\\n", strip=True)): the headline printed over the
    article repeats the <title> on the first line and is an element of its own, though the
    byline's pieces under it read like the rest of its sentence."""
    dump = "\n".join([
        "Ferry fares rise again as the council cuts the winter timetable | Harbour Gazette",
        "Home", "News", "Harbour", "Weather",
        "Ferry fares rise again as the council cuts the winter timetable",
        "Ines Marlow", ", Harbour Reporter", "&", "Omar Haddad",
        "The council approved the new ferry fares on Tuesday after a long debate about the winter timetable.",
        "Harbour master Omar Haddad said the boats would keep their timetable until the end of March.",
        "Residents of the outer islands may buy a yearly pass at the old fare until the end of the month.",
    ])
    assert "Ferry fares rise again as the council cuts the winter timetable" in texts(dump)
    article = newsparse.parse(dump)
    assert article.headline == "Ferry fares rise again as the council cuts the winter timetable"
    assert [a.name for a in article.authors] == ["Ines Marlow", "Omar Haddad"]
