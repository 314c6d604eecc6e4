"""A dump's front matter: the fields a converter writes over the page's text."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse.segment.front_matter import read_front_matter

BODY = (
    "Harbour Ferry Fares Rise Again\n\n"
    "The county raised ferry fares for the second time this year on Monday, citing fuel costs.\n\n"
    "Island residents said the rise would hit commuters hardest, since most cross twice a day.\n\n"
    "The operator said it would review the fares again in the autumn, after the summer season.\n"
)


def test_a_reader_service_header_gives_the_title_line_and_the_date() -> None:
    dump = ("Title: Harbour Ferry Fares Rise Again | Valley Courier\n\nURL Source: https://courier.example/ferry\n\n"
            "Published Time: 2025-03-04T08:30:00Z\n\nMarkdown Content:\n" + BODY)
    text, hints = read_front_matter(dump)
    assert text.startswith("Harbour Ferry Fares Rise Again | Valley Courier\n\nHarbour Ferry Fares Rise Again\n")
    assert "URL Source" not in text and "Markdown Content" not in text
    assert isinstance(hints["date"], dt.datetime) and hints["date"].date() == dt.date(2025, 3, 4)
    article = newsparse.parse(dump)
    assert article.headline == "Harbour Ferry Fares Rise Again"
    assert article.date == dt.datetime(2025, 3, 4, 8, 30, tzinfo=dt.timezone.utc)
    assert not any("URL Source" in p.text or "Published Time" in p.text for p in article.paragraphs)


def test_yaml_front_matter_gives_the_title_date_and_authors() -> None:
    dump = ('---\ntitle: "Harbour Ferry Fares Rise Again"\ndate: 2025-03-04\nauthors:\n  - Ines Varga\n'
            "  - Tomas Reyes\ntags: [ferries, county]\n---\n\n" + BODY)
    text, hints = read_front_matter(dump)
    assert text.startswith("Harbour Ferry Fares Rise Again\n\n")
    assert hints == {"date": dt.date(2025, 3, 4), "authors": ["Ines Varga", "Tomas Reyes"]}
    article = newsparse.parse(dump)
    assert [a.name for a in article.authors] == ["Ines Varga", "Tomas Reyes"]
    assert article.date == dt.date(2025, 3, 4)
    assert not any("tags:" in p.text or "---" in p.text for p in article.paragraphs)


def test_author_fields_name_several_authors() -> None:
    _, hints = read_front_matter("---\ntitle: Ferry fares\nauthor: Ines Varga and Tomas Reyes\n---\nText.\n")
    assert hints["authors"] == ["Ines Varga", "Tomas Reyes"]


def test_a_page_s_own_first_lines_are_no_front_matter() -> None:
    for dump in ("Date: 4 March 2025\n\n" + BODY,  # a dateline alone
                 "By: Ines Varga\nUpdated: 4 March 2025\n\n" + BODY,  # a byline block: no title, no address
                 "---\n\n" + BODY,  # a rule that opens the page
                 "Warning: this story contains graphic details.\n\n" + BODY):
        assert read_front_matter(dump) == (dump, {})


def test_front_matter_reads_names_as_declared_authors_are() -> None:
    def authors(value: str) -> object:
        return read_front_matter(f"---\ntitle: Ferry fares\nauthor: {value}\n---\nText.\n")[1].get("authors")

    assert authors("Varga, Ines") == ["Ines Varga"]  # surname first
    assert authors("By Ines Varga") == ["Ines Varga"]
    assert authors("admin") is None and authors("https://courier.example/ines") is None


def test_front_matter_values_folded_over_lines_keys_with_figures_and_extra_header_fields() -> None:
    text, hints = read_front_matter("---\ntitle: >-\n  Ferry fares rise\n  again in spring\nog_image2: pier.png\n"
                                    "date: 2025-03-04\n---\nText.\n")
    assert text == "Ferry fares rise again in spring\n\nText.\n" and hints == {"date": dt.date(2025, 3, 4)}
    text, _ = read_front_matter("Title: Ferry fares rise\nURL Source: https://courier.example/ferry\n"
                                "Image 1: the pier at dawn\n\nMarkdown Content:\nText.\n")
    assert text == "Ferry fares rise\n\nText.\n"  # the service's own fields go with the header
