"""Authors of plain-text dumps: bylines a renderer ran together with the text around them."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.label.bylines import name_before_posts_link

BODY = "\n\n".join(
    "The harbour board said repairs to the old pier would start next month and would take most of the "
    f"winter, with the eastern walkway closed to the public while divers inspect the piles ({n})."
    for n in range(1, 5)
)


def _authors(text: str) -> list[str]:
    return [a.name for a in newsparse.parse(text).authors]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Sam Example zu allen Beiträgen vom Autor", "Sam Example"),
        ("Lene Marie Example View all posts", "Lene Marie Example"),
        ("Sam Example More from this author", "Sam Example"),
        # A disclosure about "the author", a role, a sentence: no name and link.
        ("Hinweise zur Unabhängigkeit der Autorin/des Autors", None),
        ("Harbour Editor More from this author", None),
        ("Sam Example wrote more about the author", None),
        # Words a renderer glued: a link's label and the next link's text.
        ("Über den AutorAlle Beiträge lesen", None),
        ("Vorheriger ArtikelNeue Fähren für Kettlewick verwandte ArtikelMEHR VOM AUTOR", None),
    ],
)
def test_name_before_posts_link(line: str, name: str | None) -> None:
    assert name_before_posts_link(line) == name


def test_name_and_posts_link_on_one_line_in_the_header() -> None:
    # A recipe page: the author box stands between the headline and the text, its name and
    # its link run into one line by the renderer.
    page = ("Home\n\nRecipes\n\nOat Porridge With Apple And Cinnamon\n\nDeveloped by:\n\n"
            "Sam Example\nzu allen Beiträgen vom Autor\n\nIngredients\n\n" + BODY)
    assert _authors(page) == ["Sam Example"]


def test_name_and_posts_link_gives_way_to_a_byline() -> None:
    page = ("Home\n\nOat Porridge With Apple And Cinnamon\n\nBy Lene Example\n\n" + BODY +
            "\n\nSam Example View all posts\n\nImprint")
    assert _authors(page) == ["Lene Example"]


def test_meta_line_of_links_in_a_markdown_dump() -> None:
    # The blog theme links the date, the author and the categories: the line reads as links.
    page = ("# Harbour Notes\n\n[Home](/) [About](/about)\n\n## Low Tide at the Old Pier\n\n"
            "**Veröffentlicht:** 05.01.2020 | **Autor:** [jdoe](/author/jdoe) | **Abgelegt unter:** "
            "[Hafen und Meer](/c/hafen), [Fotos vom Pier](/c/fotos) | **Tags:** [Ebbe und Flut](/t/ebbe), "
            "[Alter Pier](/t/pier), "
            "[Möwen am Hafen](/t/moewen) |[3 Kommentare](/low-tide#comments)\n\n" + BODY)
    assert _authors(page) == ["jdoe"]


def test_menu_under_a_title_names_no_author() -> None:
    # The site's title read as the headline, the menu under it; a two-word entry looks like a name.
    page = ("Harbour Notes --low tide\n\nAnagram Corner\n\nHarbour Notes\n\nTide Tables Online\n\nPier Finder\n\n"
            "Bulletin Board\n\nHarbour Life\n\nLetters\n\n" + BODY)
    assert _authors(page) == []


def test_name_over_a_short_author_box_menu_beside_the_dateline() -> None:
    # "Name" past the meta line's separator from the date, the author box's tabs under it.
    page = ("Home\n\nLow Tide at the Old Pier Brings Record Crowds\n\n04.02.2022 | 15:33\n\n|\n\nSam Example\n\n"
            "Overview\n\nTests\n\nPrice Comparison\n\nAll Articles\n\nSam Example\n\n" + BODY)
    assert _authors(page) == ["Sam Example"]


def test_meta_line_with_a_by_segment_where_no_headline_was_found() -> None:
    # No line reads as the headline: the meta line opens what the region takes for the body.
    page = ("Politique\n\nÉconomie\n\nSport\n\nCulture\n\n"
            "Le projet du port est adopté par le conseil municipal après un long débat sur le coût des travaux.\n\n"
            "Le Port | 12.03.2021 à 09h10 • Mis à jour le 13.03.2021 à 18h45 | Par Jane Doe (avec Li Wei "
            "et Omar Haddad)\n\n" + BODY)
    assert _authors(page) == ["Jane Doe", "Li Wei", "Omar Haddad"]


def test_outlet_and_date_under_the_role_is_no_second_author() -> None:
    # The author box: name, role, then the outlet and the date on one line.
    page = ("Home\n\nLow Tide at the Old Pier Brings Record Crowds\n\nSam Example\n\nHarbour Editor\n\n"
            "Kettlewick Courier October 13, 2016\n\n" + BODY)
    assert _authors(page) == ["Sam Example"]
