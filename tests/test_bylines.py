"""Byline parsing: names, roles, agencies; no junk inside names."""

from __future__ import annotations

import pytest

from newsparse.article import Author
from newsparse.fields.bylines import looks_like_name, parse_byline


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("By Jane Doe and Omar Haddad", [("Jane Doe", None), ("Omar Haddad", None)]),
        ("By Jane Doe, Omar Haddad and Li Wei", [("Jane Doe", None), ("Omar Haddad", None), ("Li Wei", None)]),
        ("Jane Doe, Staff Writer", [("Jane Doe", "Staff Writer")]),
        ("Jane Doe | Reuters", [("Jane Doe", None)]),
        ("By Eric Example, CNN", [("Eric Example", None)]),
        ("Analysis by Joan Example, CNN Senior Supreme Court Analyst",
         [("Joan Example", "CNN Senior Supreme Court Analyst")]),
        ("By Dan Example, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project",
         [("Dan Example", "Senior Staff Technologist")]),
        ("29. Juni 2017, 23:39 · von Tobi", [("Tobi", None)]),
        ("// By Arun Example • Nov 11, 2020", [("Arun Example", None)]),
        ("Reuters", [("Reuters", None)]),
        ("By JANE DOE", [("JANE DOE", None)]),
        ("By Jane Doe | February 17, 2025", [("Jane Doe", None)]),
        ("By Jane Doe, Senior Correspondent | Updated 2 hours ago", [("Jane Doe", "Senior Correspondent")]),
        ("Von Anna Müller und Jens Becker", [("Anna Müller", None), ("Jens Becker", None)]),
        ("By Associated Press", [("Associated Press", None)]),
        ("By Maria de la Cruz @mdlc", [("Maria de la Cruz", None)]),
    ],
)
def test_parse_byline(text: str, authors: list[tuple[str, str | None]]) -> None:
    assert parse_byline(text) == [Author(n, r) for n, r in authors]


@pytest.mark.parametrize("text", ["Jane Doe", "Omar Haddad", "Li Wei", "Jean-Luc Picard", "Ludwig van Beethoven"])
def test_names(text: str) -> None:
    assert looks_like_name(text)


@pytest.mark.parametrize("text", ["Share this", "Updated 3 hours ago", "the council", "2024 Budget", "Read More"])
def test_not_names(text: str) -> None:
    assert not looks_like_name(text)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Von Erika Beispiel Kategorien: Garten 3. Mai 2021", ["Erika Beispiel"]),
        ("By Sam Example@samexample Updated May 2, 2021", ["Sam Example"]),
        ("Gepostet von Erika Beispiel | Garten", ["Erika Beispiel"]),
        ("by Sam Example , Example.org", ["Sam Example"]),
        ("Sam Example:", ["Sam Example"]),
    ],
)
def test_byline_ends_at_glued_fields(text: str, authors: list[str]) -> None:
    assert [a.name for a in parse_byline(text)] == authors


@pytest.mark.parametrize("text", ["LATEST NEWS", "Actualizado al", "Example.org", "Alle Artikel", "Mehr Handball",
                                  "Artikel-Vorschau", "Plus Tennis", "Quelle"])
def test_more_not_names(text: str) -> None:
    assert not looks_like_name(text)


def test_label_line_then_name_line() -> None:
    import newsparse

    text = ("Home\n\nA Headline About Harbour Repairs Tonight\n\nBy:\n\nSam Example\n\nMay 2, 2021\n\n"
            + "\n\n".join("The harbour board said repairs to the old pier would start next month and "
                          "last for several weeks, closing the eastern walkway." for _ in range(4)))
    assert [a.name for a in newsparse.parse(text).authors] == ["Sam Example"]


def test_name_list_next_to_dateline() -> None:
    import newsparse

    text = ("Home\n\nA Headline About Harbour Repairs Tonight\n\nSam Example, Erika Beispiel\n\nMay 2, 2021\n\n"
            + "\n\n".join("The harbour board said repairs to the old pier would start next month and "
                          "last for several weeks, closing the eastern walkway." for _ in range(4)))
    assert [a.name for a in newsparse.parse(text).authors] == ["Sam Example", "Erika Beispiel"]


BODY = "\n\n".join("The harbour board said repairs to the old pier would start next month and "
                   "last for several weeks, closing the eastern walkway." for _ in range(4))


def _authors(header: str) -> list[str]:
    import newsparse

    return [a.name for a in newsparse.parse("Home\n\nA Headline About Harbour Repairs Tonight\n\n" + header
                                            + "\n\n" + BODY).authors]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Text von Erika Beispiel Illustration von Sam Example", ["Erika Beispiel"]),
        ("Blog Beitrag von Erika Beispiel", ["Erika Beispiel"]),
        ("By Jane Doe, photos by Omar Haddad", ["Jane Doe"]),
        ('By Jane "JD" Doe', ['Jane "JD" Doe']),
        ("ByJane Doe", ["Jane Doe"]),
        ("Byron Example", ["Byron Example"]),
        ("Veröffentlicht von Erika Beispiel", ["Erika Beispiel"]),
    ],
)
def test_byline_lead_words_and_other_credits(text: str, authors: list[str]) -> None:
    assert [a.name for a in parse_byline(text)] == authors


def test_kommentar_von_is_a_comment_not_a_byline() -> None:
    from newsparse.fields.bylines import by_marker_leads

    assert not by_marker_leads("Kommentar ")  # "Kommentar von A" heads a reader's comment


def test_byline_with_a_described_author_over_the_word_limit() -> None:
    header = ("By Sam Example, a deputy editor and author of the weekly harbour newsletter. He has covered "
              "the port for over a decade at several papers.\n\nMay 2, 2021")
    assert _authors(header) == ["Sam Example"]


def test_edited_by_line_is_not_an_author() -> None:
    assert _authors("Written by Sam Example\n\nEdited by Erika Beispiel") == ["Sam Example"]


@pytest.mark.parametrize(
    "header",
    ["Par Sam Example\n\n(avec Erika Beispiel et Omar Haddad)",
     "Sam Example, Staff Writer, Harbour Desk\n\n& Erika Beispiel, Director of Ports, Harbour Board\n\nMay 2, 2021"],
)
def test_co_authors_on_a_continuation_line(header: str) -> None:
    names = _authors(header)
    assert names[0] == "Sam Example" and "Erika Beispiel" in names


def test_handle_after_byline_label() -> None:
    assert _authors("Autor:\n\nsamexample\n\nMay 2, 2021") == ["samexample"]


@pytest.mark.parametrize("label", ["BY", "Text"])
def test_no_handle_after_code_or_panel_label(label: str) -> None:
    assert _authors(f"{label}\n\nbackground") == []
