"""Dumps that number their links (``lynx -dump``, ``elinks -dump``): numbers and the list of
addresses go, and what they tell about links is kept."""

from __future__ import annotations

import newsparse
from newsparse.segment.references import unnumber, without_references
from newsparse.segment.text import segment_text

PARAGRAPHS = [
    "The ferry between Skerrow and the mainland will run twice a day from May, the harbour\n"
    "   board said on Tuesday after a vote that ended two years of [14]argument over the\n"
    "   timetable.",
    "Skippers had asked for a third crossing in summer, but the board said the crew\n"
    "   rota could not carry it without a second boat, which the council has not funded.",
    "The first sailing will leave the north quay at seven, the second at four, and\n"
    "   both will call at the fish market pier when the tide allows it.",
]

DUMP = (
    "   #[1]Harbour Gazette feed [2]Harbour Gazette comments feed\n\n"
    "   [3]Skip to content\n\n"
    "   [4]Home [5]News [6]Sport [7]Weather [8]Notices\n\n"
    "Ferry to run twice a day from May\n\n"
    "   By [9]Ines Marlow\n\n"
    "   12 March 2025\n\n"
    + "".join(f"   {p}\n\n" for p in PARAGRAPHS)
    + "   More from the harbour\n"
    "     * [15]Fish market opens a second hall\n"
    "     * [16]Lifeboat crew trains at night\n\n"
    "References\n\n"
    + "".join(f"  {n:2d}. https://gazette.example/{n}\n" for n in range(1, 17))
)


def test_the_list_of_addresses_and_the_head_links_go() -> None:
    text, numbered = without_references(DUMP)
    assert numbered
    assert "References" not in text and "gazette.example" not in text
    assert "feed" not in text  # the links of the page's head that lynx prints first
    assert "Ferry to run twice a day" in text


def test_w3m_s_list_of_addresses_goes_too() -> None:
    # (w3m leaves out the links within the page: its list may start at a higher number.)
    w3m = DUMP.split("References")[0] + "References:\n\n" + "".join(
        f"[{n}] https://gazette.example/{n}\n" for n in range(4, 17))
    text, numbered = without_references(w3m)
    assert numbered and "gazette.example" not in text and "References" not in text


def test_a_dump_without_the_list_is_left_alone() -> None:
    plain = DUMP.split("References")[0]
    assert without_references(plain) == (plain, False)
    # A page's own "References" heading over its sources is no list of link addresses.
    cited = plain + "References\n\n   Harbour board minutes, 11 March 2025.\n"
    assert without_references(cited) == (cited, False)


def test_link_numbers_go_and_mark_link_text() -> None:
    assert unnumber("[4]Home [5]News [6]Sport") == ("Home News Sport", len("HomeNewsSport"))
    line, linked = unnumber("two years of [14]argument over the timetable")
    assert line == "two years of argument over the timetable" and linked == len("argument")
    # Lynx prints adjacent links without a space: the number kept them apart.
    assert unnumber("[24]Home[25]Latest News")[0] == "Home Latest News"
    assert unnumber("No links here [sic]") == ("No links here [sic]", 0)


def test_a_numbered_dump_reads_like_the_same_dump_without_numbers() -> None:
    article = newsparse.parse(DUMP)
    assert article.headline == "Ferry to run twice a day from May"
    assert [a.name for a in article.authors] == ["Ines Marlow"]
    assert article.date is not None and article.date.isoformat()[:10] == "2025-03-12"
    assert len(article.paragraphs) == 3 and "[14]" not in article.text
    assert "two years of argument over the timetable." in article.text
    assert "Fish market" not in article.text and "https://" not in article.text


def test_menu_lines_carry_their_link_density() -> None:
    blocks = segment_text(DUMP)
    menu = next(b for b in blocks if b.text.startswith("Home News"))
    assert menu.link_density > 0.8  # (the spaces between the links are no link text)
    paragraph = next(b for b in blocks if b.text.startswith("The ferry between"))
    assert 0 < paragraph.link_density < 0.1


def test_an_article_s_own_list_of_references_is_text() -> None:
    article = ("Silt in the harbour rose again, the study finds.\n\nReferences\n\n"
               "  1. Marlow, I. (2024). Harbour silt survey. Coastal Notes 12, 3-9.\n"
               "  2. Varga, T. (2023). Tides and dredging. Harbour Review 4, 1-2.\n")
    assert without_references(article) == (article, False)


def test_a_linked_title_over_its_byline_is_the_headline() -> None:
    # A blog links its post's title to the post: lynx numbers that link like a menu entry's.
    dump = DUMP.replace("Ferry to run twice a day from May\n\n", "[20]Ferry to run twice a day from May\n\n")
    dump = dump.replace("  16. https://gazette.example/16\n", "  16. https://gazette.example/16\n"
                        + "".join(f"  {n}. https://gazette.example/{n}\n" for n in range(17, 21)))
    article = newsparse.parse(dump)
    assert article.headline == "Ferry to run twice a day from May"
    assert [a.name for a in article.authors] == ["Ines Marlow"]
