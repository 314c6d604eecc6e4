"""Date finding: formats, languages, zones, labels, relative and year-less dates."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.fields.dates import day_of, find_dates, strip_label

REF = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.timezone.utc)
EST = dt.timezone(dt.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "value", "printed"),
    [
        ("Published 3:04 PM EST, Mon February 17, 2025", dt.datetime(2025, 2, 17, 15, 4, tzinfo=EST),
         "3:04 PM EST, Mon February 17, 2025"),
        ("17.02.2025 15:04", dt.datetime(2025, 2, 17, 15, 4), "17.02.2025 15:04"),
        ("Updated Feb. 18, 2025", dt.date(2025, 2, 18), "Feb. 18, 2025"),
        ("17. Februar 2025", dt.date(2025, 2, 17), "17. Februar 2025"),
        ("le 5 mars 2024 à 14h30", dt.datetime(2024, 3, 5, 14, 30), "5 mars 2024 à 14h30"),
        ("2025-02-17T10:00:00Z", dt.datetime(2025, 2, 17, 10, tzinfo=dt.timezone.utc), "2025-02-17T10:00:00Z"),
        ("02/17/2025", dt.date(2025, 2, 17), "02/17/2025"),
        ("17/02/2025", dt.date(2025, 2, 17), "17/02/2025"),
        ("March 3, 2025 at 10:15 a.m. ET", dt.datetime(2025, 3, 3, 10, 15, tzinfo=EST),
         "March 3, 2025 at 10:15 a.m. ET"),
        ("12 de marzo de 2024", dt.date(2024, 3, 12), "12 de marzo de 2024"),
    ],
)
def test_formats(text: str, value: dt.date, printed: str) -> None:
    found = find_dates(text)
    assert found, text
    assert found[0].value == value
    assert found[0].text == printed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Опубликовано 15 марта 2023 г.", dt.date(2023, 3, 15)),
        ("Opublikowano: 2 lutego 2022 r.", dt.date(2022, 2, 2)),
        ("Vydáno 7. května 2021", dt.date(2021, 5, 7)),
        ("Публікація: 30 листопада 2020", dt.date(2020, 11, 30)),
        ("Δημοσιεύθηκε 9 Αυγούστου 2019", dt.date(2019, 8, 9)),
        ("Yayınlanma: 12 Ekim 2018", dt.date(2018, 10, 12)),
        ("GÜNCELLEME 5 MAYIS 2023", dt.date(2023, 5, 5)),
        ("Publicat pe 3 decembrie 2021", dt.date(2021, 12, 3)),
        ("Julkaistu 4. maaliskuuta 2024", dt.date(2024, 3, 4)),
        ("Publicerad 21 augusti 2020", dt.date(2020, 8, 21)),
        ("Diterbitkan 17 Agustus 2022", dt.date(2022, 8, 17)),
        ("Megjelent: 2023. március 15.", dt.date(2023, 3, 15)),
        ("입력 2023년 3월 15일", dt.date(2023, 3, 15)),
    ],
)
def test_month_names_of_more_languages(text: str, value: dt.date) -> None:
    """Dates in the languages whose month names decline or differ from the Western ones: the
    genitive ("marca", "марта", "Μαρτίου"), the partitive ("maaliskuuta"), the year first
    (Hungarian, Korean)."""
    found = find_dates(text)
    assert found and found[0].value == value, text


def test_a_month_name_that_is_also_a_given_name_ends_no_byline_name() -> None:
    """"Maja" and "Nisan" are months in Polish and Turkish dates, and given names in bylines."""
    from newsparse.fields.bylines import parse_byline
    assert [a.name for a in parse_byline("By Maja Lindqvist")] == ["Maja Lindqvist"]
    assert find_dates("By Maja Lindqvist, 4 maja 2021")[0].value == dt.date(2021, 5, 4)


def test_a_caption_ending_on_its_date_names_no_author() -> None:
    """A caption whose place names read like a name and end on the day the picture was taken
    ("… Helsingissä 10. helmikuuta 2020.") is a sentence, not a meta line's "Name date"."""
    from newsparse.fields.bylines import meta_line_name
    assert meta_line_name("Kävelijä Satamatorilla Turussa 10. helmikuuta 2020.") is None
    assert meta_line_name("Jane Doe 10. helmikuuta 2020") == "Jane Doe"


def test_zone_offsets_are_exact() -> None:
    found = find_dates("Published 9:12 PM GMT, Mon March 3, 2025")[0]
    assert isinstance(found.value, dt.datetime)
    assert found.value.utcoffset() == dt.timedelta(0)


def test_published_and_updated_are_told_apart() -> None:
    found = find_dates("Published Feb. 17, 2025 / Updated Feb. 18, 2025")
    assert [(f.value, f.updated) for f in found] == [(dt.date(2025, 2, 17), False), (dt.date(2025, 2, 18), True)]


def test_relative_dates_need_a_reference() -> None:
    assert find_dates("2 hours ago") == []
    assert find_dates("2 hours ago", REF)[0].value == dt.datetime(2025, 3, 10, 10, 0, tzinfo=dt.timezone.utc)
    assert find_dates("3 days ago", REF)[0].value == dt.date(2025, 3, 7)
    assert find_dates("yesterday", REF)[0].value == dt.date(2025, 3, 9)


def test_yearless_dates_only_with_reference() -> None:
    assert find_dates("Feb. 17") == []
    assert find_dates("Feb. 17", REF)[0].value == dt.date(2025, 2, 17)
    # A day after the reference belongs to the previous year.
    assert find_dates("Dec. 30", REF)[0].value == dt.date(2024, 12, 30)


@pytest.mark.parametrize("text", ["In 2019, 5 people", "May 2025 may be", "Call 555-1234", "Version 2.17.2025b"])
def test_no_false_dates(text: str) -> None:
    assert find_dates(text) == []


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("February 30, 2025") == []


def test_strip_label() -> None:
    assert strip_label("Published:") == ""
    assert strip_label("Feb. 18, 2025") == "Feb. 18, 2025"


def test_cjk_dates() -> None:
    assert find_dates("2018年6月18日 10:01 発信地")[0].value == dt.datetime(2018, 6, 18, 10, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [("14.03.21 09:15", dt.date(2021, 3, 14)), ("Anna Koch14.03.2109:15", dt.date(2021, 3, 14)),
     ("am 14.03.2021 09:15", dt.date(2021, 3, 14)), ("3/14/21 9:15AM", dt.date(2021, 3, 14)),
     ("14/3/21 09:15", dt.date(2021, 3, 14))],
)
def test_two_digit_year_before_a_time(text: str, day: dt.date) -> None:
    """A forum's "14.03.21 09:15" is 2021, and glued to its time it is not the year 2109."""
    assert [day_of(f.value) for f in find_dates(text)] == [day]


@pytest.mark.parametrize("text", ["Version 1.2.19 released", "see 4.1.22", "a 3/4/21 split", "build 1.3/4/21 09:15"])
def test_two_digit_year_without_a_time_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_date_badge_with_the_weekday_under_the_day() -> None:
    """A blog theme's date badge prints the day, then the weekday, then month and year."""
    assert [f.value for f in find_dates("14 Tuesday Mar 2023")] == [dt.date(2023, 3, 14)]
    assert [f.value for f in find_dates("14 Dienstag Nov 2023")] == [dt.date(2023, 11, 14)]


def test_a_time_glued_to_a_two_digit_year_belongs_to_the_date() -> None:
    """"jdoe14.03.2109:15": a renderer ran the writer, the date and the time of a forum post's
    adjacent elements together; the time after the two-digit year is the post's time."""
    (found,) = find_dates("jdoe14.03.2109:15")
    assert found.value == dt.datetime(2021, 3, 14, 9, 15)
    assert found.text == "14.03.2109:15"
