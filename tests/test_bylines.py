"""Byline parsing: names, roles, agencies; no junk inside names."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.article import Author
from newsparse.fields.bylines import is_role, looks_like_name, parse_byline, word_after_by


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("By Jane Doe and Omar Haddad", [("Jane Doe", None), ("Omar Haddad", None)]),
        ("By Jane Doe, Omar Haddad and Li Wei", [("Jane Doe", None), ("Omar Haddad", None), ("Li Wei", None)]),
        ("Jane Doe, Staff Writer", [("Jane Doe", "Staff Writer")]),
        ("Jane Doe | Reuters", [("Jane Doe", None)]),
        ("By Eric Example, CNN", [("Eric Example", None)]),
        ("Analysis by Joan Example, Valley News Senior Water Analyst",
         [("Joan Example", "Valley News Senior Water Analyst")]),
        ("By Dan Example, Senior Staff Engineer, Harbour Rights, Water, and Parks Project",
         [("Dan Example", "Senior Staff Engineer")]),
        ("29. Juni 2017, 23:39 · von Jorin", [("Jorin", None)]),
        ("// By Arun Example • Nov 11, 2020", [("Arun Example", None)]),
        ("Reuters", [("Reuters", None)]),
        ("By JANE DOE", [("JANE DOE", None)]),
        ("By Jane Doe | February 17, 2025", [("Jane Doe", None)]),
        ("By Jane Doe, Senior Correspondent | Updated 2 hours ago", [("Jane Doe", "Senior Correspondent")]),
        ("Von Anna Müller und Jens Becker", [("Anna Müller", None), ("Jens Becker", None)]),
        ("By Associated Press", [("Associated Press", None)]),
        ("By Maria de la Cruz @mdlc", [("Maria de la Cruz", None)]),
        ("By JANE DOE March 11, 2015 3:46 PM Harbour Morning Show", [("JANE DOE", None)]),
        ("VON JANE DOE am 21. April 2020", [("JANE DOE", None)]),
        ("Von: ab/dpa", [("ab/dpa", None)]),
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
                                  "Galerie-Vorschau", "Plus Tennis", "Quelle"])
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


def _page(header: str, tail: str = "", body: str = BODY) -> list[str]:
    import newsparse

    text = "Home\n\nA Headline About Harbour Repairs Tonight\n\n" + header + "\n\n" + body
    return [a.name for a in newsparse.parse(text + ("\n\n" + tail if tail else "")).authors]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("3. Mai 20214. Mai 2021 von Erika Beispiel", ["3. Mai 2021", "4. Mai 2021"]),
        ("von Erika Beispiel04.05.2021 - 10:00 Uhr", ["04.05.2021 - 10:00 Uhr"]),
    ],
)
def test_glued_dates_are_found(text: str, dates: list[str]) -> None:
    from newsparse.fields.dates import find_dates

    assert [f.text for f in find_dates(text)] == dates


@pytest.mark.parametrize(
    "text", ["3. Mai 20214. Mai 2021 von Erika Beispiel", "von Erika Beispiel04.05.2021 - 10:00 Uhr"])
def test_byline_with_glued_dates(text: str) -> None:
    assert [a.name for a in parse_byline(text)] == ["Erika Beispiel"]


@pytest.mark.parametrize(
    "meta",
    ["12. März 2021 Erika Beispiel 2 Kommentare Garten , Balkon",
     "12. März 202113. März 2021 Erika Beispiel Schreibe einen Kommentar",
     "May 2, 2021 Sam Example Harbour , Ports"],
)
def test_name_after_the_dates_of_a_meta_line(meta: str) -> None:
    assert _page(meta)[0] in ("Erika Beispiel", "Sam Example")
    assert len(_page(meta)) == 1


@pytest.mark.parametrize(
    "line", ["Von Tomaten, Gurken und «kleinen Wundern»", "Von Booten und anderen Abenteuern"])
def test_title_opening_with_von_is_no_byline(line: str) -> None:
    assert _page(line) == []


def test_one_word_byline_with_date_and_counter() -> None:
    assert _page("Geschrieben von Jorin am 3. Mai 2021 (120 x gelesen)") == ["Jorin"]


def test_name_beside_dateline_also_named_in_body() -> None:
    body = BODY + "\n\nThis report builds on research by Sam Example and the harbour board's own surveys."
    assert _page("May 2, 2021\n\nSam Example", body=body) == ["Sam Example"]


@pytest.mark.parametrize("role", ["Pressesprecherin", "Bundesvorsitzender", "Spokeswoman"])
def test_compound_roles(role: str) -> None:
    assert parse_byline(f"Erika Beispiel, {role}") == [Author("Erika Beispiel", role)]


@pytest.mark.parametrize("link", ["Mehr über Erika Beispiel", "View all posts by Erika Beispiel"])
def test_author_link_after_the_body(link: str) -> None:
    assert _page("May 2, 2021", tail=f"{link}\n\nImpressum") == ["Erika Beispiel"]
    assert _page("By Sam Example\n\nMay 2, 2021", tail=link) == ["Sam Example"]


def test_about_heading_names_author_only_over_a_text_about_them() -> None:
    bio = "Erika Beispiel schreibt seit 2010 über Häfen und Schiffe."
    assert _page("May 2, 2021", tail=f"Über Erika Beispiel\n\n{bio}") == ["Erika Beispiel"]
    assert _page("May 2, 2021", tail="Über Erika Beispiel\n\nImpressum") == []


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("© 2021 Erika Beispiel", "Erika Beispiel"),
        ("Copyright (c) 2012-2021 Sam Example. All rights reserved.", "Sam Example"),
        ("©2021 - Erika Beispiel - Hafenberatung", "Erika Beispiel"),
        ("© 2021 Beispiel Media GmbH", None),
        ("© 2021 Verband der Hafenbetriebe", None),
        ("© Sam Example", None),  # a photo credit: no year, no "rights"
        ("(c) Sam Example • Alle weiteren Rechte beim Autor", "Sam Example"),
        ("© Sam Example. Some rights reserved.", "Sam Example"),
        ("© 2021 ExampleCorp Berlin", None),
    ],
)
def test_copyright_holder(notice: str, holder: str | None) -> None:
    from newsparse.fields.bylines import copyright_holder

    assert copyright_holder(notice) == holder


def test_copyright_holder_is_the_last_resort() -> None:
    assert _page("May 2, 2021", tail="Impressum\n\n© 2021 Erika Beispiel") == ["Erika Beispiel"]
    assert _page("By Sam Example\n\nMay 2, 2021", tail="Impressum\n\n© 2021 Erika Beispiel") == ["Sam Example"]


def test_described_byline_with_space_before_comma() -> None:
    header = ("By Sam Example , a deputy editor and author of the weekly harbour newsletter. He has covered "
              "the port for over a decade at several papers.\n\nMay 2, 2021")
    assert _authors(header) == ["Sam Example"]


def test_name_with_mail_address_next_to_dateline() -> None:
    assert _authors("Sam Example sam.example@example.org\n\nMay 2, 2021") == ["Sam Example"]


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        ("12/04/2021 by Jorin 24 Comments", "Jorin"),
        ("3. Mai 20214. Mai 2021 by samexample", "samexample"),
        ("Veröffentlicht: 05.01.2021 | Autor: samexample | Abgelegt unter: Garten , Balkon", "samexample"),
        ("Verfasst von: hafenblog | 31. Dezember 2020", "hafenblog"),
    ],
)
def test_one_word_name_after_by_in_a_dated_meta_line(meta: str, name: str) -> None:
    from newsparse.fields.bylines import word_after_by

    assert word_after_by(meta) == name
    assert _page(meta) == [name]


@pytest.mark.parametrize("text", ["Updated May 2, 2021 by default settings", "By default the pier stays closed"])
def test_no_word_after_by_in_prose(text: str) -> None:
    from newsparse.fields.bylines import word_after_by

    assert word_after_by(text) is None


def test_name_before_the_date_of_a_meta_line() -> None:
    assert _page("Sam Example , 02. Mai 2021, 12:01 Uhr 3 min Lesezeit Kommentare 4") == ["Sam Example"]


def test_bio_left_in_the_body_names_the_author_last() -> None:
    tail = ("Sam Example is a freelance reporter covering ports and shipping.\n\n"
            + "\n\n".join(["The harbour board meets again in June to decide on the timetable for the works."] * 3))
    assert _page("May 2, 2021", tail=tail) == ["Sam Example"]


def test_by_marker_and_user_name_over_the_dateline() -> None:
    assert _page("von samexample\n\n2. Mai 2021") == ["samexample"]


def test_piece_opening_with_a_role_word_is_a_role() -> None:
    assert parse_byline("Autorin: Erika Beispiel, Projektleiterin der Hafenstiftung in Kiel.") == [
        Author("Erika Beispiel", "Projektleiterin der Hafenstiftung in Kiel")]


def test_teaser_bylines_after_the_author_box_are_not_authors() -> None:
    teasers = "\n\n".join(f"Another Story About The Port Number {n}\n\nBy {name},\n\n{n}h ago"
                          for n, name in ((1, "Omar Haddad"), (2, "Li Wei"), (3, "Erika Beispiel")))
    assert _page("May 2, 2021", tail="By Sam Example\n\nShare this article\n\n" + teasers) == ["Sam Example"]


def test_name_in_capitals_over_its_agency() -> None:
    assert _authors("SAM EXAMPLE\n\nAssociated Press\n\nMay 2, 2021") == ["SAM EXAMPLE"]


def test_name_and_role_inside_a_menu_are_no_byline() -> None:
    menu = "Verein\n\nJugend\n\nHafen Cup\n\nJugendsprecher\n\nVeranstaltungen\n\nTermine"
    assert _page("May 2, 2021", tail=menu) == []
    assert _page("May 2, 2021", tail="Pressekontakt\n\nErika Beispiel\n\nPressesprecherin\n\nTel. 0123 456") == [
        "Erika Beispiel"]


def test_name_between_dateline_and_headline() -> None:
    import newsparse

    text = "Home\n\nMay 2, 2021\n\nSam Example\n\nA Headline About Harbour Repairs Tonight\n\n" + BODY
    assert [a.name for a in newsparse.parse(text).authors] == ["Sam Example"]


def test_name_beside_a_short_age_stamp_under_the_headline() -> None:
    # The body quotes the name, which alone would make it a kicker; the age stamp vouches.
    body = BODY + "\n\nSam Example reported this from the harbour office with the help of the crews."
    assert _page("Sam Example\n\n8h", body=body) == ["Sam Example"]


@pytest.mark.parametrize("label", ["Autor:", "By:"])
def test_author_label_over_a_credit_with_agency(label: str) -> None:
    assert _page(f"{label}\n\nSam Example/HAFENPRESS") == ["Sam Example"]
    assert parse_byline(f"{label} Sam Example/HAFENPRESS") == [Author("Sam Example")]


def test_dated_by_line_ending_on_an_abbreviation() -> None:
    assert _page("1.5.21 20:19 von Sam Example Lesezeit: 6 Min.") == ["Sam Example"]


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        ("The Courier 02/10/2020 Sam Example", "Sam Example"),
        ("Tobi 2. Mai 2021 2. Mai 2021Hafen Touren", None),
    ],
)
def test_source_name_date_and_author_on_a_meta_line(meta: str, name: str | None) -> None:
    from newsparse.fields.bylines import meta_line_name

    assert meta_line_name(meta) == name


def test_date_and_name_signing_the_article_after_its_body() -> None:
    tail = "28. Mai 2021\n\nSam Example\n\nTeilen:\n\nFacebook"
    assert _page("Home", tail=tail) == ["Sam Example"]


def test_category_link_run_onto_the_name_of_a_meta_line() -> None:
    import newsparse

    text = ("Home\n\nReisen\n\nGarten\n\nA Headline About Harbour Repairs Tonight\n\n"
            "30. Mai 2021 Sam Example Reisen\n\n" + BODY)
    assert [a.name for a in newsparse.parse(text).authors] == ["Sam Example"]


@pytest.mark.parametrize("line", ["Autoren Sam Example und Erika Beispiel", "Authors: Sam Example, Erika Beispiel"])
def test_plural_author_label_names_the_people(line: str) -> None:
    assert parse_byline(line) == [Author("Sam Example"), Author("Erika Beispiel")]


@pytest.mark.parametrize("entry", ["Authors", "Autoren"])
def test_plural_author_menu_entry_is_no_byline_label(entry: str) -> None:
    from newsparse.label.bylines import BY_LABEL

    assert BY_LABEL.match(entry) is None  # a menu's link to the author index, not a label


def test_byline_segment_of_a_long_run_together_meta_line() -> None:
    meta = ("Le Courrier | 04.05.2021 à 13h36 • Mis à jour le 05.05.2021 à 20h13 | "
            "Par Sam Example (avec Erika Beispiel et Omar Haddad)")
    assert _page(meta) == ["Sam Example", "Erika Beispiel", "Omar Haddad"]


def test_outlet_under_a_name_and_its_role_is_no_author() -> None:
    dek = "Ships wait for weeks while the cranes are repaired.\n\n"
    assert _page(dek + "Sam Example\n\nTravel Editor\n\nHarbour Finance\n\nMay 2, 2021") == ["Sam Example"]
    assert _page(dek + "Sam Example\n\nTravel Editor\n\nErika Beispiel\n\nSenior Reporter\n\nMay 2, 2021") == [
        "Sam Example", "Erika Beispiel"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Staff Writer", True),
        ("Senior Correspondents", True),
        ("Head of Audience", True),
        ("Special to the Tribune", True),
        ("Pressesprecherin", True),  # a German compound ends in the role
        ("Co-Founder and CEO", True),
        ("Headlines of the day", False),  # "head" only as a whole word beside "of"
        ("Sprecherinnen", False),  # a plural ending is no role ending
        ("Editorial standards", False),
        ("Staff Writer at a small paper in the hills of the north", False),  # too long for a role
    ],
)
def test_is_role(text: str, role: bool) -> None:
    assert is_role(text) is role


def test_word_after_by_needs_by_word_at_a_word_start() -> None:
    assert word_after_by("11/05/2019 by jdoe") == "jdoe"
    assert word_after_by("11/05/2019 nearby jdoe") is None  # "by" inside a word is no by-word


def test_name_with_the_posts_age_on_one_line_under_the_headline() -> None:
    assert _page("Sam Example \u2022 8h") == ["Sam Example"]


def test_contact_name_with_its_details_on_the_lines_below() -> None:
    """A dump's contact block with the name, the position and the phone on lines of their own."""
    tail = "Kontakt:\n\nLene Example\n\nBeispielwerke Nord\n\nTel.: 0123 456789"
    assert _page("", tail=tail) == ["Lene Example"]


def test_one_word_name_and_date_on_the_line_under_the_headline() -> None:
    assert _page("samexample \u2014 2. Mai 2021") == ["samexample"]
    # A category the menu lists stands there as well: no author.
    import newsparse

    text = "Harbour\n\nA Headline About Harbour Repairs Tonight\n\nHarbour | 2. Mai 2021\n\n" + BODY
    assert newsparse.parse(text).authors == ()


def test_writer_code_and_agency_after_by() -> None:
    assert _page("Von: ab/dpa") == ["ab/dpa"]


@pytest.mark.parametrize("label", ["Artikel von:", "Beitrag von"])
def test_article_label_then_name(label: str) -> None:
    assert _page("", tail=f"{label}\n\nsamexample\n\nTags") == ["samexample"]


def test_byline_crediting_the_photographer_is_no_caption() -> None:
    assert _page("by Sam Example (reporting) and Omar Haddad (photography)") == ["Sam Example"]


def test_name_over_the_link_to_the_authors_posts() -> None:
    tail = "Share this\n\nSam Example\n\nAlle Artikel\n\nMore from the site"
    assert _page("", tail=tail) == ["Sam Example"]


@pytest.mark.parametrize("text", ["Unsere Themen", "Gesponserte Inhalte"])
def test_german_interface_words_are_no_names(text: str) -> None:
    assert not looks_like_name(text)


def test_label_and_user_name_on_one_line() -> None:
    assert _page("Autor: samexample\n\n23") == ["samexample"]
    assert _page("Unsere Autor:innen schreiben hier") == []


def test_lone_name_in_a_list_of_dated_teasers_is_not_the_byline() -> None:
    import newsparse

    teasers = ("Ferry timetable changes for the winter\n\n2. Mai 2021\n\nSam Example\n\n3. Mai 2021\n\n"
               "New lights on the old pier\n\n4. Mai 2021\n\nMarket days move to Fridays\n\n5. Mai 2021\n\n")
    text = "Home\n\n" + teasers + "A Headline About Harbour Repairs Tonight\n\n" + BODY + "\n\nvon Lene Example"
    assert [a.name for a in newsparse.parse(text).authors] == ["Lene Example"]


def test_forum_thread_starter_label_then_name() -> None:
    assert _page("Themenstarter\n\nsamexample\n\nBeginndatum\n\n2. Mai 2021") == ["samexample"]


def test_a_name_printed_twice_in_a_row_is_one_author() -> None:
    from newsparse.fields.bylines import parse_byline

    assert [a.name for a in parse_byline("Ines Marlow Ines Marlow")] == ["Ines Marlow"]
    assert [a.name for a in parse_byline("Ines MarlowInes Marlow")] == ["Ines Marlow"]  # glued: no space
    assert [a.name for a in parse_byline("By Ines Marlow and Tomas Ekdahl")] == ["Ines Marlow", "Tomas Ekdahl"]


def test_thread_starter_label_glued_to_the_name() -> None:
    assert parse_byline("Themenstarter Samexample") == [Author("Samexample")]
    assert parse_byline("Thread starter Sam Example") == [Author("Sam Example")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Feuilleton Von Lene Example", "Lene Example"),  # a section name glued onto the byline
        ("Ludwig Von Example", "Ludwig Von Example"),  # a capitalised particle in a name
        ("Anna Von Der Example", "Anna Von Der Example"),
    ],
)
def test_capitalised_by_word_after_a_kicker(text: str, name: str) -> None:
    assert [a.name for a in parse_byline(text)] == [name]


def test_name_and_age_over_the_body_after_tags() -> None:
    header = "Harbour\n\nCity Council\n\nSam Example | Published 3 hours ago"
    assert _page(header) == ["Sam Example"]


def test_team_after_a_list_of_people_is_no_coauthor() -> None:
    text = "Posted by Jane Doe, Omar Haddad and Li Wei - Harbour Safety Team"
    assert [a.name for a in parse_byline(text)] == ["Jane Doe", "Omar Haddad", "Li Wei"]
    assert [a.name for a in parse_byline("By Jane Doe | Omar Haddad")] == ["Jane Doe", "Omar Haddad"]


def test_interview_line_names_guest_and_host() -> None:
    assert _page("Lene Example im Gespräch mit Sam Example") == ["Lene Example", "Sam Example"]


def test_name_over_the_posts_link_among_teaser_links() -> None:
    # The region runs on past the author box: the next story's text follows the teaser links.
    tail = ("Prev Vorheriger Artikel Ferry timetable changes for the winter\n\nSam Example\n\nWeitere Beiträge\n\n"
            "Neueste Artikel\n\nNew lights on the old pier\n\n" + BODY)
    assert _page("", tail=tail) == ["Sam Example"]


@pytest.mark.parametrize(
    ("box", "authors"),
    [
        ("Sam Example\n\nMore stories by this author", ["Sam Example"]),
        ("Sam Example\n\nKontakt\n\nAlle Texte des Autors", ["Sam Example"]),
        ("Sam Example\n\nKontaktAlle Texte des Autors", ["Sam Example"]),  # glued by the renderer
        # A menu's "Autoren" entry, a label over a name, a compound: no author page link.
        ("Harbour Festival\n\nAutoren & Serien", []),
        ("Previous Post Next Post\n\nAutor Sam Example", ["Sam Example"]),
        ("Start Reading\n\nSponsor:\n\nBrand-as-Author", []),
    ],
)
def test_name_over_a_link_to_the_authors_page(box: str, authors: list[str]) -> None:
    tail = "Related\n\nNew lights on the old pier\n\n" + box + "\n\nNewsletter\n\nImprint"
    assert _page("", tail=tail) == authors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Doe Local politics 2. Mai 2019 3 Kommentare", "Jane Doe"),
        ("Jane Doe Harbour affairs 2. Mai 20193. Mai 2019 Tags , Pier 0 Comment", "Jane Doe"),
        ("Jane Doe said the pier opens on 2 May 2021", None),
        ("Ort Hafenstadt Datum 02.05.2021", None),  # a form's labels and values
        # the tag list after the name, its commas glued to the tags
        ("2. Mai 20192. Mai 2019 Jane Doe Harbour, Ferries, Weather", "Jane Doe"),
        ("May 2, 2019 Jane Mary Doe, Staff Writer", "Jane Mary Doe"),  # a role after the name's comma
    ],
)
def test_meta_line_name_then_category_then_date(text: str, name: str | None) -> None:
    from newsparse.fields.bylines import meta_line_name

    assert meta_line_name(text) == name


def test_name_under_the_headline_after_a_captioned_picture() -> None:
    header = ("Repairs start before winter, and the eastern walkway will close for several weeks.\n\n"
              "Local\n\n2 May 2021 at 14.00\n\n"
              "Workers repair the old pier on Monday while the tide comes in.\n\n"
              "Photo: Sam Example / Harbour Press\n\nLene Example\n\nShare article:")
    assert _page(header) == ["Lene Example"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Harbour Notes by Jane Doe is licensed under a Creative Commons Attribution 4.0 International License.",
         "Jane Doe"),
        ("Ein Hafenblog von Lene Example steht unter einer Creative Commons Namensnennung 4.0 Lizenz.", "Lene Example"),
        ("Harbour Insider by the Harbour Core Developers is licensed under a Creative Commons License.", None),
        ("Der Hafenfunk von Sam Example/Hafen-Gemeinschaft steht unter einer Creative Commons Lizenz.", None),
    ],
)
def test_creative_commons_notice_names_the_owner(text: str, holder: str | None) -> None:
    from newsparse.fields.bylines import copyright_holder

    assert copyright_holder(text) == holder


def test_creative_commons_notice_is_the_last_resort_author() -> None:
    tail = "Teilen mit:\n\nEin Hafenblog von Lene Example steht unter einer Creative Commons Namensnennung 4.0 Lizenz."
    assert _page("", tail=tail) == ["Lene Example"]


def test_first_name_under_the_author_box_heading() -> None:
    tail = ("Über den Autor\n\nZeige alle Artikel\n\nLene\n\nSchreibt seit Jahren über Häfen, Fähren und das Meer.\n\n"
            "Schreib einen Kommentar")
    assert _page("", tail=tail) == ["Lene"]


def test_one_word_and_date_under_the_dek() -> None:
    header = "Die Fähre fährt ab Mai wieder jede Stunde, sagt die Hafenverwaltung.\n\nlenex - 2. Mai 2021"
    assert _page(header) == ["lenex"]


def test_unknown_by_word_before_the_name_beside_the_dateline() -> None:
    assert _page("durch Lene Example\n\n24. Oktober 2018\n\nin Hafen") == ["Lene Example"]


def test_by_line_ending_on_a_comma_goes_on_with_the_next_name() -> None:
    assert _page("von Lene Example,\n\nSam Example\n\n24. Januar 2022") == ["Lene Example", "Sam Example"]
    assert _page("By Lene Example,\n\nStaff Writer\n\n24 January 2022") == ["Lene Example"]


@pytest.mark.parametrize(
    ("before", "leads"),
    [
        ("Erschienen im Hafenbrief in Ausgabe 12 | 2022 ", True),  # the dated last field
        ("Dienstag | 3. März 2026 | 08:12 ", True),
        ("Gute Gestaltung für Firmen | ", False),  # "… | VON DEM HAFEN", a site's name
        ("Articles ", False),
        ("Archiv \u2013 Impressum \u2013 Datenschutz \u2013 2009-2021 ", True),  # a footer's run-together links
        ("Hafen \u2013 Fähren und Boote ", False),
    ],
)
def test_by_marker_after_the_dated_field_of_a_meta_line(before: str, leads: bool) -> None:
    from newsparse.fields.bylines import by_marker_leads

    assert by_marker_leads(before) is leads


def test_by_marker_after_an_issue_line() -> None:
    assert [a.name for a in parse_byline("Erschienen im Hafenbrief in Ausgabe 12 | 2022 von Lene Example")] == [
        "Lene Example"]


def test_list_of_names_over_a_picture_credit_under_the_headline() -> None:
    assert _page("Lene Example, Sam Example\n\nFoto: Omar Haddad.") == ["Lene Example", "Sam Example"]


def test_journal_byline_with_degrees() -> None:
    header = "A Study of Harbour Tides\n\nLene Example, PhD, Sam Example, MD, Omar Haddad, PhD"
    assert _page(header) == ["Lene Example", "Sam Example", "Omar Haddad"]
    header = "A Study of Harbour Tides\n\nLene Example, PhD ,\n\nSam Example, MD ,\n\nOmar Haddad, PhD"
    assert _page(header) == ["Lene Example", "Sam Example", "Omar Haddad"]
    names = [a.name for a in parse_byline("By Lene Example, PhD, and Sam Example, MD")]
    assert names == ["Lene Example", "Sam Example"]


def test_given_name_that_is_a_function_word() -> None:
    tail = ("Will Example is a freelance reporter covering ports and shipping.\n\n"
            + "\n\n".join(["The harbour board meets again in June to decide on the timetable for the works."] * 3))
    assert _page("May 2, 2021", tail=tail) == ["Will Example"]
    assert looks_like_name("Can Beispiel")
    assert parse_byline("By Will Example") == [Author("Will Example")]
    assert not looks_like_name("Will Harbour Reopen")  # a headline in title case
    assert not looks_like_name("Sam Will")  # only the first word may be the given name


def test_label_before_a_meta_line_date_is_no_name() -> None:
    from newsparse.fields.bylines import meta_line_name

    assert meta_line_name("Last Changed: May 2, 2021") is None
    assert meta_line_name("Zuletzt Aktualisiert: 2. Mai 2021") is None
    assert meta_line_name("Jane Doe, May 2, 2021") == "Jane Doe"


def test_dated_list_entries_are_no_bylines() -> None:
    events = "Termine\n\n4. Mai 2021 Harbour Safety Fair\n\n9. Mai 2021 Tide Tables Workshop\n\n" \
             "12. Mai 2021 Pier Festival\n\nImpressum"
    assert _page("May 2, 2021", tail=events) == []
    assert _page("May 2, 2021", tail="Sam Example - 4. Mai 2021\n\nImpressum") == ["Sam Example"]


def test_capital_letters_inside_a_mixed_case_byline_are_no_conjunction() -> None:
    """"ET", "E", "Y" in capitals are initials in a mixed-case line, "and" only in lower
    case (or in a line that is all capitals)."""
    assert parse_byline("By Sam E Example") == [Author("Sam E Example")]
    assert parse_byline("By Lene Y Example and Omar Haddad") == [Author("Lene Y Example"), Author("Omar Haddad")]
    assert parse_byline("ET Harbour Weekly") == [Author("ET Harbour Weekly")]
    assert parse_byline("BY LENE EXAMPLE Y OMAR HADDAD") == [Author("LENE EXAMPLE"), Author("OMAR HADDAD")]
    assert parse_byline("Por Lene Example y Omar Haddad") == [Author("Lene Example"), Author("Omar Haddad")]
    assert not looks_like_name("Why It Matters")  # a title-case headline keeps its function words


def test_field_label_of_two_words_ends_the_byline() -> None:
    """"Abgelegt unter:", "Filed under:": a label whose last word is a lower-case
    preposition starts at the capitalised word before it, which is no author."""
    assert parse_byline("von jdoe | Abgelegt unter: Hafen | 0") == []
    assert parse_byline("By Lene Example | Filed under: Harbour") == [Author("Lene Example")]


def test_interface_words_are_no_names() -> None:
    assert not looks_like_name("Site Navigation")
    assert not looks_like_name("E-Paper")


def test_name_with_the_separator_of_its_broken_meta_line() -> None:
    """"Jane Doe |" over the dateline: the renderer broke the meta line after the bar."""
    assert _page("Lene Example |\n\nMay 2, 2021") == ["Lene Example"]


def test_affiliation_after_the_name_is_no_author() -> None:
    """"Jane Doe, Harbour University, Portsmouth": the institution and its town describe the writer."""
    assert parse_byline("By Lene Example, Harbour University, Portsmouth") == [Author("Lene Example")]
    assert parse_byline("Lene Example, Institut für Gezeiten, Kiel") == [Author("Lene Example")]


def test_explicit_bylines_of_a_teaser_list_lose_to_the_article_byline() -> None:
    """"Teaser title" / "Omar Haddad 21 minutes ago" repeated under the headline is a list of
    other stories; the byline over the article's own dateline names its author."""
    teasers = "\n\n".join(f"Ferries\n\nTeaser title about harbour story number {n}\n\n{name} {n + 1} hours ago"
                          for n, name in enumerate(["Omar Haddad", "Li Wei", "Omar Haddad", "Li Wei"]))
    header = teasers + ("\n\nSee more\n\nFacebook\n\nTwitter\n\nShare\n\n"
                        "The board explained its plans for the harbour at a public meeting on Monday.\n\n"
                        "Lene Example\n\nMay 2, 2021")
    assert _page(header) == ["Lene Example"]


def test_half_compounds_and_weekdays_are_no_names() -> None:
    """"Hafen- und Politikberater" is one role (a German compound cut before "und"), and a
    weekday after a by-word's look-alike ("Di Mittwoch") is a date."""
    assert parse_byline("Lene Example, Hafen- und Politikberater,") == [
        Author("Lene Example", "Hafen- und Politikberater")]
    assert parse_byline("Di Mittwoch") == []
    assert not looks_like_name("Hafen-")


def test_a_hyphenated_title_repeating_the_title_line_is_no_name() -> None:
    page = "\n\n".join([
        "Sea-Walls. – Harbour Notes", "Skip to content", "Harbour Notes", "Menu", "Home", "About me", "Contact",
        "Sea-Walls.", "23/08/2017", "23/08/2017", "~", "Jane Doe",
        "I would rather put money into sea-walls that last than into another round of sandbags every winter, "
        "and I said so at the meeting.",
        "Share this:", "Like", "Loading …",
    ])
    art = newsparse.parse(page)
    assert art.headline == "Sea-Walls." and [a.name for a in art.authors] == ["Jane Doe"]


@pytest.mark.parametrize("meta", ["lenex\n\n2. Mai 2021", "Lene\n\n2. Mai 2021", "2. Mai 2021\n\nlenex",
                                  "128\n\nlenex\n\n2. Mai 2021"])
def test_one_word_alone_beside_the_dateline_under_the_headline(meta: str) -> None:
    assert _page(meta) == [meta.split("\n\n")[-2] if meta.endswith("2021") else "lenex"]


@pytest.mark.parametrize(
    "meta",
    [
        "2. Mai 2021\n\nHafen\n\nFähren\n\nWetter",  # a tag list under the date
        "Datum\n\n2. Mai 2021\n\nStichworte",  # labels of a table of fields
    ],
)
def test_one_word_of_a_tag_list_or_a_field_table_is_no_name(meta: str) -> None:
    assert _page(meta) == []


def test_one_word_beside_the_dateline_that_is_a_menu_entry_is_no_name() -> None:
    import newsparse

    text = "Hafen & Meer\n\nA Headline About Harbour Repairs Tonight\n\nHafen\n\n2. Mai 2021\n\n" + BODY
    assert newsparse.parse(text).authors == ()


def test_menu_entry_repeated_beside_the_dateline_is_no_byline() -> None:
    import newsparse

    text = ("Harbour Works\n\nA Headline About Harbour Repairs Tonight\n\n2. Mai 2021\n\nHarbour Works\n\n"
            "lenex\n\n" + BODY)
    assert [a.name for a in newsparse.parse(text).authors] != ["Harbour Works"]
    # After a by-word ending the line above, the site's own name is the author.
    text = "Harbour Works\n\nA Headline About Harbour Repairs Tonight\n\n2. Mai 2021, par\n\nHarbour Works\n\n" + BODY
    assert [a.name for a in newsparse.parse(text).authors] == ["Harbour Works"]


@pytest.mark.parametrize("meta", ["lenex 2. Mai 2021", "Lene 2. Mai 2021", "149\n\nlenex 2. Mai 2021",
                                  "lenex am 2. Mai 2021 um 10:15"])
def test_one_word_and_date_run_together_without_separator(meta: str) -> None:
    assert _page(meta) == ["lenex" if "lenex" in meta else "Lene"]


@pytest.mark.parametrize("meta", ["Aktualisiert 2. Mai 2021", "Montag 2. Mai 2021", "Harbourton 2. Mai 2021",
                                  "Erstellt am 2. Mai 2021", "Stand 2. Mai 2021", "Harbourton, 2. Mai 2021"])
def test_date_label_weekday_or_place_before_the_date_is_no_name(meta: str) -> None:
    body = BODY.replace("The harbour board", "The Harbourton harbour board")
    assert _page(meta, body=body) == []


def test_function_word_beside_the_dateline_is_no_name() -> None:
    assert _page("2. Mai 2021\n\nin\n\nHarbour, Ferries") == []


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("责任编辑：王小明", ["王小明"]),
        ("【责任编辑:王小明 陈大文】", ["王小明", "陈大文"]),
        ("【打印】 责任编辑： 王小明", ["王小明"]),
        ("责任编辑：\n\n王小明", ["王小明"]),
        ("作者：harbourdesk", ["harbourdesk"]),
    ],
)
def test_chinese_credit_line_names_the_author(tail: str, names: list[str]) -> None:
    assert _page("", tail=tail) == names


@pytest.mark.parametrize("text", ["责任编辑：王小明", "【作者：王小明 陈大文】", "责任编辑："])
def test_chinese_credit_line_parsing(text: str) -> None:
    from newsparse.fields.bylines import cjk_credit

    assert cjk_credit(text) == [n for n in text.strip("【】").split("：")[1].split(" ") if n]
    assert cjk_credit("编辑推荐：港口的故事和渡轮的历史") is None  # a teaser's label, no name


def test_by_word_user_name_and_category_under_the_dateline() -> None:
    assert _page("2. Mai 2021\n\nBy lenex in Neues aus dem Hafen") == ["lenex"]
    # A capitalised word after "By" may open a title: no name from a long line.
    assert _page("2. Mai 2021\n\nBy Readers Of The Harbour Desk |") != ["Readers"]


def test_one_word_over_a_separator_and_the_dateline_under_the_headlines_copy() -> None:
    """The headline's copy over the article's meta block ("jdoe" / "—" / date) after a teaser's
    meta lines that stand under the headline's first print."""
    import newsparse

    title = "A Headline About Harbour Repairs Tonight"
    text = (f"Home\n\n{title}\n\n2. Mai 2021\n\n128\n\nTop News\n\nMore Harbour Stories From This Week\n\n"
            f"3. Mai 2021\n\nTop News\n\n{title}\n\nlenex\n\n\u2014\n\n2. Mai 2021\n\n{BODY}")
    assert [a.name for a in newsparse.parse(text).authors] == ["lenex"]


@pytest.mark.parametrize(("meta", "names"), [("2. Mai 20213. Mai 2021 lenex", ["lenex"]),
                                             ("2. Mai 2021 | lenex", ["lenex"]),
                                             ("2. Mai 2021 Hafenleben", []),
                                             ("2. Mai 2021, par", [])])
def test_user_name_after_the_dates_on_the_line_under_the_headline(meta: str, names: list[str]) -> None:
    assert _page(meta) == names


def test_footer_links_and_the_years_by_the_owner_on_one_line() -> None:
    tail = "Archiv \u2013 RSS \u2013 Impressum \u2013 2009-2021 by Lene Example \u2013 Powered by Static"
    assert _page("", tail=tail) == ["Lene Example"]


def test_one_word_beside_the_dateline_that_the_next_line_uses_is_no_name() -> None:
    """A caption broken by a renderer: its first word alone, then the rest that repeats it."""
    assert _page("2. Mai 2021\n\nLeuchtboje\n\nDiese Leuchtboje blinkt bei Nebel rot.") != ["Leuchtboje"]
    assert _page("2. Mai 2021\n\nPier\n\nThe Pier was closed all winter and reopens in May.") == []


def test_topic_tag_beside_the_dateline_is_no_name() -> None:
    body = "\n\n".join(f"The Harbourton ferry {w} again next month, the harbour board said on Tuesday evening."
                       for w in ("sails", "runs", "stops"))
    assert _page("2. Mai 2021\n\nHarbourton\n\nShare this story", body=body) == []


@pytest.mark.parametrize(("meta", "names"), [
    ("Filed under: Harbour, Ferries \u2014 lenex @ 21:05", ["lenex"]),
    ("Filed under:\n\nHarbour, Ferries \u2014 Lene Example @ 9:05 pm", ["Lene Example"]),
    ("Filed under: Harbour \u2014 info@example.org", []),
])
def test_name_and_time_closing_the_categories_line_under_the_headline(meta: str, names: list[str]) -> None:
    """A classic blog theme's meta line: categories, a dash, the author, an at-sign, the time."""
    assert _page(meta) == names


@pytest.mark.parametrize(("tail", "names"), [
    ("HarbourGuide/Ferries (last edited 2021-05-02 10:42:00 by LeneExample)", ["LeneExample"]),
    ("HarbourGuide/Ferries (last edited 2021-05-02 10:42:00 by\n\nlenex\n\n)", ["lenex"]),
    ("This page was last edited on 2 May 2021, at 10:42", []),
])
def test_a_wikis_last_editor_names_the_author_when_nothing_else_does(tail: str, names: list[str]) -> None:
    assert _page("", tail=tail) == names


@pytest.mark.parametrize(("meta", "names"), [
    ("lenex 2. Mai 2021 2. Mai 2021Hafenleben", ["lenex"]),
    ("Lene 2. Mai 2021 Hafen Nachrichten", ["Lene"]),
    ("Aktualisiert 2. Mai 2021 Hafen", []),
    ("Harbourton, 2. Mai 2021 Lokales", []),
    ("Harbourton 2. Mai 2021 Lokales", []),
])
def test_one_word_before_the_dates_and_the_category_under_the_headline(meta: str, names: list[str]) -> None:
    """A renderer ran the meta line's author, dates and category link together."""
    body = BODY.replace("The harbour board", "The Harbourton harbour board")
    assert _page(meta, body=body) == names


@pytest.mark.parametrize(("meta", "names"), [
    ("2. Mai 2021\n\nby Lene ebbesen", ["Lene ebbesen"]),
    ("2. Mai 2021\n\nLene ebbesen", []),
])
def test_a_surname_typed_in_lower_case_after_the_by_word_beside_the_dateline(meta: str, names: list[str]) -> None:
    assert _page(meta) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Posted by Jane Doe at 10:52", "Jane Doe"),
        ("Eingestellt von Seebaer um 10:52", "Seebaer"),
        ("Posted by jdoe at 9:15 PM", "jdoe"),
        ("Eingestellt von Seebaer um 10:52 \u25cf", "Seebaer"),  # a text browser's separator after it
        ("Posted by Jane Doe at 10:52 PM \u2022", "Jane Doe"),
        ("Posted by Jane Doe at 10:52 in Travel", None),  # not the footer's closing shape
        ("Posted by the harbour board at 10:52", None),
    ],
)
def test_posted_at_time(text: str, name: str | None) -> None:
    from newsparse.fields.bylines import posted_at_time

    assert posted_at_time(text) == name


@pytest.mark.parametrize(
    "footer",
    ["Posted by\n\nSeebaer\n\nat\n\n10:52\n\nLabels:\n\nHarbour", "Posted by Seebaer at 10:52\n\nLabels: Harbour"],
)
def test_blog_footer_outranks_a_menu_name_over_the_dateline(footer: str) -> None:
    # A menu's last entry above the dateline looks like a lone name; the footer says who posted.
    text = ("Harbour Notes\n\nHome\n\nReviews\n\nGuestbook\n\nAbout Me\n\nSea Dog\n\nSaturday, 9 September 2017\n\n"
            "A Review of the New Harbour Guide\n\n" + BODY + "\n\n" + footer + "\n\nNo comments:\n\nPost a Comment")
    assert [a.name for a in newsparse.parse(text).authors] == ["Seebaer"]


def test_a_co_author_after_an_affiliation_is_kept() -> None:
    assert parse_byline("By Jane Doe, Harbour University, and Omar Haddad, Tidal Institute") == [
        Author("Jane Doe"), Author("Omar Haddad")]
    assert parse_byline("Jane Doe, Harbour University, Portsmouth") == [Author("Jane Doe")]


def test_a_one_word_field_label_leaves_the_name_whole() -> None:
    assert parse_byline("By Jane Doe updated: May 3") == [Author("Jane Doe")]
    assert parse_byline("By Jane Doe via: Reuters") == [Author("Jane Doe")]
    assert parse_byline("Jane Doe Filed under: Travel") == [Author("Jane Doe")]


def test_a_section_title_with_a_capital_preposition_is_no_name() -> None:
    assert not looks_like_name("IN Depth") and not looks_like_name("ON Air")
    assert looks_like_name("ET Harbour Weekly")


def test_the_alt_text_of_a_picture_or_a_logo_beside_the_name_is_no_part_of_it() -> None:
    assert parse_byline("Avatar photo by Ines C. Marlow 8 March 2024 | 6:03 pm") == [Author("Ines C. Marlow")]
    assert parse_byline("Profilbild Tomas Ekdahl 18.10.2023, 15:07 Uhr") == [Author("Tomas Ekdahl")]
    assert parse_byline("By Ines Marlow KHBR logo") == [Author("Ines Marlow")]
    assert parse_byline("Ines Marlow Image") == [Author("Ines Marlow")]
    assert parse_byline("By Ines Marlow and Tomas Ekdahl") == [Author("Ines Marlow"), Author("Tomas Ekdahl")]


def test_a_date_glued_to_the_end_of_the_name_is_cut_off() -> None:
    assert parse_byline("Por Ines Marlow04 de marzo 2024 a las 09:01 hrs.") == [Author("Ines Marlow")]
    assert parse_byline("von Tomas Ekdahl12.03.2024 - 08:13 Uhr") == [Author("Tomas Ekdahl")]


def test_the_alt_text_of_the_authors_picture_may_stand_before_a_mid_line_by() -> None:
    from newsparse.blocks import Block
    from newsparse.label.bylines import _by_line

    assert _by_line(Block(text="Avatar photo by Ines C. Marlow 8 March 2024 | 6:03 pm", index=0))
    assert not _by_line(Block(text="Harbour photos by Ines C. Marlow 8 March 2024 | 6:03 pm", index=0))
    # "Profilbild von …" is the picture of someone (a commenter), not a byline.
    assert not _by_line(Block(text="Profilbild von Tomas Ekdahl", index=0))


def test_a_name_over_its_mail_address_and_the_dateline() -> None:
    # A text browser prints the name and its mail link on lines of their own: the dateline
    # past the address still makes the name the byline.
    header = "Harbour\n\nSam Example\n\nsam.example@harbour-news.example\n\n02.05.2021, 08:15:00"
    assert _authors(header) == ["Sam Example"]
    assert _authors("Harbour\n\nSam Example\n\nharbour desk\n\n02.05.2021, 08:15:00") == []


def test_the_alt_text_of_the_authors_picture_may_name_the_author_before_the_by() -> None:
    from newsparse.blocks import Block
    from newsparse.label.bylines import _by_line

    # A text browser prints the picture's alt text inline: "Name headshot", then "by Name".
    assert _by_line(Block(text="Ines Marlow headshot by Ines Marlow March 8, 2024 6:03 PM PST", index=0))
    assert _by_line(Block(text="Tomas Ekdahl avatar by Tomas Ekdahl", index=0))
    assert not _by_line(Block(text="Harbour walks by Ines Marlow", index=0))


def test_a_named_picture_before_by_is_read_in_linear_time_over_a_run_of_spaces() -> None:
    import time

    from newsparse.fields.bylines import by_marker_leads

    # A run of spaces inside what stands before "by" (a page's padding between two fields)
    # was tried from each of its positions for the picture word: 30,000 spaces took seconds.
    before = "Quill" + " " * 30_000 + "Ines Marlow headshot "
    start = time.perf_counter()
    assert not by_marker_leads(before)
    assert time.perf_counter() - start < 0.5
    assert by_marker_leads("Ines Marlow   headshot ")  # the picture word after a run of spaces


def test_the_alt_text_of_the_sources_logo_before_a_meta_line() -> None:
    from newsparse.fields.bylines import meta_line_name

    # A text browser prints the logo's alt text inline, before the source's name.
    assert meta_line_name("The Harbour Courier logo The Harbour Courier 02/10/2020 Ines Marlow") == "Ines Marlow"
    assert meta_line_name("The Harbour Courier 02/10/2020 Ines Marlow") == "Ines Marlow"


def test_a_category_that_opens_with_the_word_logo_keeps_the_name_before_it() -> None:
    from newsparse.fields.bylines import meta_line_name

    # "Logo design tips" is the post's category between the name and the date, not the alt
    # text of a logo: the name before it stays the author.
    assert meta_line_name("Ines Marlow Logo design tips 2. Mai 2019") == "Ines Marlow"
    assert meta_line_name("Ines Marlow Logo sketches 3 May 2021") == "Ines Marlow"


def test_a_linked_name_under_an_author_label_after_the_body() -> None:
    # A Markdown dump's author box after the text: the label alone (in a form the segmenter
    # does not join to the next line), then the name as a link (which reads as a link line).
    tail = "Autor:in\n\n[**Ines Marlow** (Harbour reporter)](/people/ines-marlow)\n\nTeilen"
    body = "\n\n".join(["The harbour board said repairs to the old pier would start next month and last for "
                        "several weeks, closing the eastern walkway, the ferry office and the fish market."] * 5)
    text = "* [Home](/)\n* [News](/news)\n\n# A Headline About Harbour Repairs Tonight\n\n" + body + "\n\n" + tail
    assert [a.name for a in newsparse.parse(text).authors] == ["Ines Marlow"]


def test_a_dated_signature_may_open_with_a_dash() -> None:
    body = "\n\n".join(["The harbour board said repairs to the old pier would start next month and last for "
                        "several weeks, closing the eastern walkway, the ferry office and the fish market."] * 5)
    for sign in ("\\- Ines Marlow", "– Ines Marlow"):
        text = ("* [Home](/)\n* [News](/news)\n\n# A Headline About Harbour Repairs Tonight\n\n" + body
                + "\n\n28. November 2022\n\n" + sign + "\n\nTeilen:")
        assert [a.name for a in newsparse.parse(text).authors] == ["Ines Marlow"], sign


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("12. März 2021 * by Quillbird * in Wanderungen", "Quillbird"),  # bullets between fields
        ("March 12, 2021 by Jane Roe Post a Comment", "Jane Roe"),
        ("March 12, 2021 byJane Roe Leave a comment", "Jane Roe"),  # the by-word glued to the name
        ("12. März 2021 von Jane Roe | Reisen", "Jane Roe"),
        ("March 12, 2021 by the harbour master's office", None),
        ("March 12, 2021 byJane roe Add your reply", "Jane roe"),  # the surname typed in lower case
        ("March 12, 2021 by Jane roe", "Jane roe"),
        ("12. März 2021 von Jorin gestern Abend", None),
    ],
)
def test_meta_line_name_after_dates_and_a_by_word(text: str, name: str | None) -> None:
    from newsparse.fields.bylines import meta_line_name

    assert meta_line_name(text) == name


def test_by_word_after_dates_under_the_headline() -> None:
    text = ("Home\n\nA Night Walk Along the Old Harbour Wall\n\n"
            "12. März 2021 * by Quillbird * in Wanderungen\n\n"
            "We set out after dark, when the tide had turned and the pier lamps came on one by one.")
    assert [a.name for a in newsparse.parse(text).authors] == ["Quillbird"]


def test_a_conjunction_alone_between_two_names_joins_the_co_author() -> None:
    # A dump that sets each element of the byline on a line of its own parts "and" from both names.
    body = "\n\n".join(["The council voted on Tuesday to go ahead with the barrage across the estuary, a project "
                        "that has split the towns along the coast for a decade."] * 3)
    for conjunction in ("and", "&", "und"):
        text = ("Harbour News\n\nTidal barrage plan divides the coastal towns\n\nBy Mirela Castavet\n\n"
                f"{conjunction}\n\nOskar Lindqvale\n\nPublished May 2, 2024\n\n" + body)
        assert [a.name for a in newsparse.parse(text).authors] == ["Mirela Castavet", "Oskar Lindqvale"], conjunction
    # A role under the lone conjunction is no co-author.
    text = ("Harbour News\n\nTidal barrage plan divides the coastal towns\n\nBy Mirela Castavet\n\n"
            "and\n\nSenior Reporter\n\nPublished May 2, 2024\n\n" + body)
    assert [a.name for a in newsparse.parse(text).authors] == ["Mirela Castavet"]


def test_two_hyphens_set_a_user_name_apart_from_its_date() -> None:
    # An ASCII dump (html2text) writes the page's dash between name and date as "--".
    text = ("[Harbour News](/)\n\n[Home](/) [Politics](/politics) [Coast](/coast)\n\n"
            "# Tidal barrage plan divides the coastal towns\n\n"
            "[mcastavet](/author/mcastavet) -- [2\\. Mai 2021](/2021/05/02/barrage)\n\n"
            "The council voted on Tuesday to go ahead with the barrage across the estuary, a project that has "
            "split the towns along the coast for a decade.\n\n"
            "Fishermen say the barrage will ruin the breeding grounds of the estuary, while the council hopes "
            "for cheap power and fewer floods in the lower town.")
    assert [a.name for a in newsparse.parse(text).authors] == ["mcastavet"]


def test_an_author_label_under_a_name_belongs_to_the_name_above() -> None:
    # The author box prints the name, then "Autor"; the dump glues the next menu entry to the label.
    body = "\n\n".join(["The council voted on Tuesday to go ahead with the barrage across the estuary, a project "
                        "that has split the towns along the coast for a decade."] * 3)
    for box in ("Mirela Castavet\n\nAutor Verein", "Mirela Castavet\n\nHafenberaterin\n\nAuthor Bilder"):
        text = "Harbour News\n\nTidal barrage plan divides the coastal towns\n\n" + body + "\n\n" + box + \
            "\n\nWarum wir?\n\nImpressum"
        assert [a.name for a in newsparse.parse(text).authors] == ["Mirela Castavet"], box


def test_a_kicker_and_title_that_open_with_a_by_word_name_nobody() -> None:
    from newsparse.fields.bylines import parse_byline, phrase_after_by

    text = "Von Freunden gefeiert: Der Kapitän der Fähre ist jetzt Hafenmeister!"
    assert phrase_after_by(text[4:], parse_byline(text))
    body = "\n\n".join(["Der Hafen bekommt im Frühjahr eine neue Mole, teilte die Stadt am Dienstag mit, und die "
                        "Arbeiten sollen vier Jahre dauern."] * 3)
    page = "Hafenblatt\n\nDie neue Mole kommt im Frühjahr\n\n" + body + "\n\nMehr zum Thema\n\n" + text + \
        "\n\nImpressum"
    assert newsparse.parse(page).authors == ()


def test_the_alt_text_of_the_authors_picture_may_repeat_the_name_before_the_by_word() -> None:
    # A text browser prints the picture's alt text (the author's name) inline before the byline.
    assert parse_byline("Mirela Castavet Por Mirela Castavet") == [Author("Mirela Castavet")]
    body = "\n\n".join(["O conselho aprovou na terça-feira a nova barragem no estuário, um projeto que divide "
                        "as cidades da costa há uma década."] * 3)
    text = ("Jornal do Porto\n\n   * Política\n\nO conselho aprova a barragem no estuário\n\n"
            "   * Mirela Castavet Por Mirela Castavet\n\n   * 03/05/2022 21:44\n\n" + body)
    assert [a.name for a in newsparse.parse(text).authors] == ["Mirela Castavet"]


def test_a_pictures_placeholder_takes_no_slot_under_the_headline() -> None:
    # A text browser prints the lead picture's alt text, caption and a placeholder between the
    # headline's meta lines and the byline: the name still stands next to the headline.
    text = ("Harbour News\n\n"
            "Home\n\n"
            "Coast\n\n"
            "Politics\n\n"
            "Tidal barrage plan divides the coastal towns and their\nfishermen\n\n"
            "The council says the barrage brings cheap power; the fishermen fear for the\nestuary.\n\n"
            "Coast\n19.2.2020 at 14.00\n\n"
            "Boats at Eastwick, 10 February 2020.\n\n"
            "The barrage would close the estuary to the tide twice a day. Boats in the\n"
            "harbour of Eastwick in February. Lena Ortby / Coastal Photo Agency\n\n"
            "\n[13-3-10]\n\n"
            "Mirela Castavet\nShare this article:\n\n"
            "The council voted on Tuesday to go ahead with the barrage across the estuary, a\n"
            "project that has split the towns along the coast for a decade.\n\n"
            "Fishermen say the barrage will ruin the breeding grounds of the estuary, while\n"
            "the council hopes for cheap power and fewer floods in the lower town.\n\n"
            "The work is to start next spring and to last four years, the council said.")
    assert [a.name for a in newsparse.parse(text).authors] == ["Mirela Castavet"]


def test_a_linked_footer_with_years_and_a_by_word_names_the_sites_owner() -> None:
    # A Markdown dump keeps the footer's links, so the line reads as links; the years before
    # the by-word make it the owner's credit all the same.
    text = ("* [Home](/)\n* [Archive](/archive)\n* [About](/about)\n\n# Copy and paste from the harbour terminal\n\n"
            + "\n\n".join(["The ferry terminal's old screens print the timetable in a font nobody can read, so I "
                           "wrote a small script that copies it to the clipboard instead."] * 3)
            + "\n\n[Archive](/archive) – [RSS](/rss.xml) – [Impressum](/impressum) – [Datenschutz](/datenschutz)"
            " – 2011-2024 by [Ines Marlow](/about) – Powered by [Quill](https://example.org)")
    assert [a.name for a in newsparse.parse(text).authors] == ["Ines Marlow"]


def test_forum_post_writer_glued_to_the_stamp() -> None:
    """"jdoe14.03.2109:15" under the thread's title: the writer of the first post, glued to the
    date and the time by a renderer that drops the space between adjacent elements."""
    dump = ("Forum\n\nHarbour questions\n\nFerry times for the island in march?\n\n"
            "jdoe14.03.2109:15\n"
            "hi, does anyone know whether the morning ferry still runs on sundays in march? the\n"
            "timetable on the pier says nothing about it and the office is closed all week.\n")
    assert [a.name for a in newsparse.parse(dump).authors] == ["jdoe"]


def test_a_sentence_opening_with_by_and_a_capitalised_phrase_stays_text() -> None:
    """"By Christmas Eve the ferry was full …" is the article's sentence, not a byline; a
    byline goes on after the name with a co-author, a place or an outlet, not a clause."""
    body = "The harbour board met on Tuesday to discuss the winter timetable for the island ferries."
    sentence = "By Christmas Eve the ferry was full and the queue stretched back to the old fish market."
    page = "\n\n".join(["Ferry queues grow before the holidays", "By Jane Doe", body, sentence,
                        body.replace("Tuesday", "Friday")])
    art = newsparse.parse(page)
    assert [a.name for a in art.authors] == ["Jane Doe"]
    assert sentence in art.text
    byline = "By Jane Doe in Lisbon and Omar Haddad for the Courier."
    reporting = "\n\n".join(["Ferry queues grow before the holidays", byline, body, body.replace("Tuesday", "Friday")])
    assert "Jane Doe" in [a.name for a in newsparse.parse(reporting).authors]


SIGNED_BODY = "\n\n".join([
    "The tide tables for the winter were printed late this year, and the ferry office kept the old ones on the wall.",
    "Fishers at the north quay said the new buoys helped them find the channel in fog and at night.",
    "The council will vote on the dredging plan in spring, after a survey of the sandbanks by the port authority.",
    "Until then the evening ferry leaves half an hour earlier, and the late crossing is cancelled on Sundays.",
    "Nobody at the quay expects the plan to pass without changes, but most want the work to start soon."])


def _signed_dump(sign: str, after: str) -> str:
    return ("Harbour Notes\n\nHome\n\nTides\n\nWinter at the Quay: Late Tide Tables and an Early Ferry\n\n"
            + SIGNED_BODY + "\n\n" + sign + "\n\n" + after)


@pytest.mark.parametrize(
    "after",
    ["Kettlewick Post\n\nSubscribe\n\nImprint",  # the page's footer
     "(1) Figures from the port authority's yearly report, which the office published in May."],  # notes
)
def test_a_dump_s_signature_under_the_text_names_the_author(after: str) -> None:
    # A dump has no <p> for the signature: the name stands alone after the last paragraph,
    # before the footer or the notes.
    article = newsparse.parse(_signed_dump("Maren Tollefsby", after))
    assert [a.name for a in article.authors] == ["Maren Tollefsby"]


@pytest.mark.parametrize(
    ("sign", "after"),
    [
        ("Quay Walks", "Kettlewick Post\n\nSubscribe"),  # "quay" stands in the text: a heading
        ("Meine Lieblingsseiten", "Kettlewick Post\n\nSubscribe"),  # a function word opens it
        ("Maren Tollefsby", "The ferry office said it would print the spring tables on time, whatever the council "
                            "decides about the dredging plan."),  # a heading over a paragraph
        ("Harbour Cookies Button", "Kettlewick Post\n\nSubscribe"),  # an interface's words
    ],
)
def test_a_dump_s_heading_after_the_text_is_no_signature(sign: str, after: str) -> None:
    assert newsparse.parse(_signed_dump(sign, after)).authors == ()


def test_a_name_run_together_with_the_author_label_under_it_is_the_author_box() -> None:
    # "Maren Tollefsby" / "Autorin" in the author box after the text, printed on one line by
    # a renderer that runs inline elements together.
    text = _signed_dump("Teilen", "Abgelegt in: Hafen, Fähren\n\nMaren Tollefsby Autorin\n\nHafenblick\n\nKontakt")
    assert [a.name for a in newsparse.parse(text).authors] == ["Maren Tollefsby"]


@pytest.mark.parametrize("quoted", ["ferry captain Ilse Varnholt", "Varnholt"])
def test_a_dump_s_last_line_naming_a_person_the_text_quotes_is_no_signature(quoted: str) -> None:
    # A writer does not quote himself by name: the name line after the text is the person
    # the report quotes (a quote's credit, a contact), whether the text names her in full
    # or by the surname.
    body = SIGNED_BODY.replace("the port authority.", f"the port authority, {quoted} said.", 1)
    text = ("Harbour Notes\n\nHome\n\nTides\n\nWinter at the Quay: Late Tide Tables and an Early Ferry\n\n"
            + body + "\n\nIlse Varnholt\n\nKettlewick Post\n\nSubscribe\n\nImprint")
    assert newsparse.parse(text).authors == ()


@pytest.mark.parametrize(("opening", "authors"), [
    ("Kettlewick (dpa/hfn) – The harbour board said", ["dpa/hfn"]),
    ("KETTLEWICK (Reuters) - The harbour board said", ["Reuters"]),
    ("Kettlewick (Harbour Board) – The port office said", []),  # no agency
])
def test_the_agency_of_the_first_paragraph_s_dateline_is_the_last_resort_author(opening: str,
                                                                                   authors: list[str]) -> None:
    body = SIGNED_BODY.replace("The tide tables", opening + " the tide tables", 1)
    text = "Harbour Notes\n\nHome\n\nTides\n\nWinter at the Quay: Late Tide Tables and an Early Ferry\n\n" + body
    assert [a.name for a in newsparse.parse(text).authors] == authors


@pytest.mark.parametrize(("meta", "authors"), [
    ("AFP/Harbour Post\n\n12 May 2024", ["AFP/Harbour Post"]),
    ("JIJI Press\n\n12 May 2024", ["JIJI Press"]),
    ("AFP/Harbour Post - desk@example.org\n\n12 May 2024", ["AFP/Harbour Post"]),
    ("AFP/Harbour Post\n\ndesk\n\nPublished: 12 May 2024", ["AFP/Harbour Post"]),  # a short line between
])
def test_an_agency_s_credit_under_the_headline_beside_the_date_is_the_byline(meta: str, authors: list[str]) -> None:
    text = ("Harbour Notes\n\nHome\n\nTides\n\nWinter at the Quay: Late Tide Tables and an Early Ferry\n\n"
            + meta + "\n\n" + SIGNED_BODY)
    assert [a.name for a in newsparse.parse(text).authors] == authors


@pytest.mark.parametrize(("meta", "authors"), [
    ("AFP\n\n12 May 2024\n\nMaren Tollefsby", ["Maren Tollefsby"]),  # the writer beside the date
    ("Ferry passengers queue at the quay in the early morning. Photo: AFP\n\nAFP\n\n12 May 2024", []),
])
def test_an_agency_s_credit_gives_way_to_a_writer_and_to_a_caption_above_it(meta: str, authors: list[str]) -> None:
    # The agency supplied the report but a writer is named beside the date; under a picture's
    # caption the agency's name credits the picture.
    text = ("Harbour Notes\n\nHome\n\nTides\n\nWinter at the Quay: Late Tide Tables and an Early Ferry\n\n"
            + meta + "\n\n" + SIGNED_BODY)
    assert [a.name for a in newsparse.parse(text).authors] == authors


@pytest.mark.parametrize("agency_line", ["Associated PressMay 12, 2024", "Reuters · May 12, 2024"])
def test_a_name_over_the_agency_line_with_its_date_is_the_byline(agency_line: str) -> None:
    # The wire reporter's name over the agency and the date, which a renderer that runs
    # inline elements together may glue.
    text = ("Harbour Notes\n\nHome\n\nTides\n\nWinter at the Quay: Late Tide Tables and an Early Ferry\n\n"
            + SIGNED_BODY + "\n\nMore stories\n\nFerry fares to rise in spring\n\nMAREN TOLLEFSBY\n\n"
            + agency_line + "\n\nSubscribe")
    assert [a.name for a in newsparse.parse(text).authors] == ["MAREN TOLLEFSBY"]


def test_a_photo_credit_nearer_the_headline_gives_way_to_the_writer_s_byline() -> None:
    # The picture's credit run together with the next heading reads as a "By" line nearer
    # the headline than the writer's name beside the date: a photographer is no author.
    text = ("Harbour Notes\n\nMaren Tollefsby\n\n12 May 2024\n\nAbout\n\nSubscribe\n\n"
            "Winter at the Quay: Late Tide Tables and an Early Ferry\n\n"
            "Can you spot the odd tide?<br><small>Photo by <a href=\"https://pictures.example.org/p/3\">"
            "Ines Marlow</a></small>\n\nPhoto by Ines Marlow Table of Contents\n\n* Reading the tables\n\n"
            "* Odd tides\n\n" + SIGNED_BODY)
    assert [a.name for a in newsparse.parse(text).authors] == ["Maren Tollefsby"]
