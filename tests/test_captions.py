"""Caption and credit splitting."""

from __future__ import annotations

import pytest

from newsparse.fields.captions import credit_only, split_credit


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("The mayor speaks on Monday. (AP Photo/Jane Roe)", "The mayor speaks on Monday.", "AP Photo/Jane Roe"),
        ("Soldiers at the dam on Nov. 18, 2019. (Bekir Kasim / Getty Images)", "Soldiers at the dam on Nov. 18, 2019.",
         "Bekir Kasim / Getty Images"),
        ("Firefighters at work. Photo: Jane Roe/Reuters", "Firefighters at work.", "Jane Roe/Reuters"),
        ("A man walks past the station. Credit: Jane Roe", "A man walks past the station.", "Jane Roe"),
        ("A dog sleeps in the sun. Jane Roe/Getty Images", "A dog sleeps in the sun.", "Jane Roe/Getty Images"),
        ("Volunteers at the market. (Photo: Marta Lind / The Gazette)", "Volunteers at the market.",
         "Marta Lind / The Gazette"),
        ("Crates on the quay. Crates on the quay: the harbour fills in summer. - © lena_q - pics.example.com",
         "Crates on the quay. Crates on the quay: the harbour fills in summer.", "lena_q - pics.example.com"),
        ("Crates on the quay. © Lena Quist", "Crates on the quay.", "Lena Quist"),
        ("Crates on the quay - Photo: Lena Quist", "Crates on the quay", "Lena Quist"),
        ("Crates on the quay \u2013 Foto: Lena Quist", "Crates on the quay", "Lena Quist"),
        # the picture's source as a labelled Name/Agency pair, and a glued German credit label
        ("Crates on the quay. (Quelle: Quist/Example Images/HVB)", "Crates on the quay.",
         "Quist/Example Images/HVB"),
        ("Crates on the quay. (Bildquelle: Hafenverein Nord )", "Crates on the quay.", "Hafenverein Nord"),
    ],
)
def test_split_credit(text: str, caption: str, credit: str) -> None:
    found = split_credit(text)
    assert found is not None
    assert (found.text, found.credit) == (caption, credit)


@pytest.mark.parametrize("text", ["It costs (about $5/month)", "The vote was close (see chart).", "He said no.",
                                  "The old fleet sailed north for the winter. [V1 / V2 Remake]",
                                  # the source of a figure names no photographer and agency
                                  "Prices rose by five per cent (Quelle: Statistisches Hafenamt).",
                                  "The harbour fills in summer. © 2024 Example Media",
                                  "The harbour fills in summer. © Example Media. All rights reserved",
                                  # a hyphen glued on both sides joins a compound, it sets off no label
                                  "A new look at the \u201eBlue Lake\u201c-Photo: what the model shows"])
def test_no_credit(text: str) -> None:
    assert split_credit(text) is None


def test_credit_only_lines() -> None:
    assert credit_only("Photo: Jane Roe/Reuters") == "Jane Roe/Reuters"
    assert credit_only("Jane Roe/Getty Images") == "Jane Roe/Getty Images"
    assert credit_only("Home/News") is None
    assert credit_only("and/or") is None


def test_credit_labels_with_the_credit_word_glued_on() -> None:
    """German labels join the picture word and the credit word into one."""
    assert credit_only("Bildnachweis: Omar Haddad") == "Omar Haddad"
    assert credit_only("Fotocredit: Example Press") == "Example Press"
    assert credit_only("Bildquelle: Riverbank Archiv") == "Riverbank Archiv"
    assert credit_only("Bildungsweg: Abitur") is None


def test_copyright_and_parenthesised_credit_lines() -> None:
    assert credit_only("\u00a9 Jane Roe") == "Jane Roe"
    assert credit_only("(Jane Roe / The Daily Example)") == "Jane Roe / The Daily Example"
    # A site's footer is no photo credit: it gives a year, reserves rights or lists links.
    assert credit_only("\u00a9 2024 Example Media") is None
    assert credit_only("\u00a9 Example Media. All rights reserved") is None
    assert credit_only("\u00a9 example.org \u2022 Imprint \u2022 Contact") is None


def test_a_labelled_sentence_is_a_caption_not_a_credit_line() -> None:
    # "Image: <sentence>." describes the picture; it credits nobody (nor the line above it).
    assert credit_only("Image: A ferry leaves the harbour in the early morning fog.") is None
    assert credit_only("Photo: Jane Roe.") == "Jane Roe"


@pytest.mark.parametrize(
    "text",
    ["Die Zahl der Brutpaare im Moor stieg im vergangenen Jahr um ein Drittel und erreichte damit den höchsten "
     "Stand seit Beginn der Zählung vor zwanzig Jahren. (Quelle: Moorverein Tollbridge/Kreisamt)",
     "Bird numbers rose by a third. The count was the highest since the survey began twenty years ago. "
     "(Source: Tollbridge Marsh Trust/County Office)"],
)
def test_a_source_note_after_a_paragraph_is_no_credit(text: str) -> None:
    """"(Quelle: A/B)" closing a paragraph of many words or several sentences cites the source
    of its facts: the paragraph is no caption."""
    assert split_credit(text) is None


def test_a_source_note_after_a_caption_is_its_credit() -> None:
    cap = split_credit("Bitterns nest in the reeds on the north shore. (Source: Mira Holt/Marsh Trust)")
    assert cap is not None and cap.credit == "Mira Holt/Marsh Trust"
