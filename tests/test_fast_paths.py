"""The one-pass (bytes.translate) fast paths give what the regex definitions they replace give.

Each fast path handles ASCII (word counts and normalize: Latin-1) text only and falls back to
the regex for the rest, so the tests compare both on ASCII lines with every kind of character
(punctuation, digits, underscores, quotes, control and whitespace characters), on Latin-1 lines
with the common punctuation beyond it, and on a few other non-ASCII ones.
"""

from __future__ import annotations

import re
import string
import unicodedata
from itertools import pairwise

import pytest

import newsparse
from newsparse.blocks import WORD_START, count_words, latin1_bytes
from newsparse.fields.bylines import (
    BY_CUE,
    BY_MARKER,
    ROLE_WORD_ENDINGS,
    ROLE_WORD_FORMS,
    ROLE_WORD_PAIRS,
    WORD_RUN,
    by_marker,
    has_by_cue,
    is_role,
)
from newsparse.label import signals
from newsparse.label.context import CONTENT_WORD, QUOTE_MARKS, STOPWORDS, content_words, normalize
from newsparse.label.header import _longer_ascii
from newsparse.segment.text import segment_text

LINES = [
    "",
    " ",
    "Read more",
    "Share  Tweet | Email »",
    "By Jane Doe, Staff Writer",
    "It's the harbour's \"new\" quay-side `plan`: 3_000 boats & 12 piers!",
    "__init__ and snake_case_words, A1 b2 C3",
    "HEAD OF NEWS / Special to the Gazette",
    "Pressesprecherin der Stadt",
    "tab\there, form\ffeed, unit\x1fseparator, bell\x07",
    string.printable,
    "".join(chr(c) for c in range(128)),
    "Café au lait – “quoted” ‘text’ and naïve coöperation",
    "Straße ÉCOLE ǅemal İstanbul",
    "".join(chr(c) for c in range(256)),
    "Größe „Übermaß“ – Ärger… • naïve ½ ª² µ´x ÿ\u00a0Ü",
    "Zażółć gęślą – „jaźń“ and Ελληνικά",
]


def test_latin1_text_takes_the_fast_path() -> None:
    assert latin1_bytes("Größe „Übermaß“ – Ärger…") is not None
    assert latin1_bytes("Zażółć gęślą") is None


def _words_by_regex(text: str) -> tuple[int, int]:
    firsts = WORD_START.findall(text)
    return len(firsts), sum(map(str.isupper, firsts))


def _normalize_by_regex(text: str) -> str:
    text = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    return " ".join(WORD_RUN.findall(QUOTE_MARKS.sub("", text)))


def _is_role_by_loop(text: str) -> bool:
    if len(text.split()) > 8:
        return False
    words = WORD_RUN.findall(text.lower())
    return any(w in ROLE_WORD_FORMS or w.endswith(ROLE_WORD_ENDINGS) for w in words) or \
        any(pair in ROLE_WORD_PAIRS for pair in pairwise(words))


@pytest.mark.parametrize("text", LINES)
def test_word_counts_match_the_pattern(text: str) -> None:
    assert count_words(text) == _words_by_regex(text)


@pytest.mark.parametrize("text", LINES)
def test_normalize_matches_the_patterns(text: str) -> None:
    assert normalize.__wrapped__(text) == _normalize_by_regex(text)


@pytest.mark.parametrize("text", LINES)
def test_interface_key_matches_the_pattern(text: str) -> None:
    expected = " ".join(signals.UI_NORMALIZE.sub(" ", text.lower()).split())
    assert " ".join(signals._ui_key_chars(text).split()) == expected


@pytest.mark.parametrize("text", [*LINES, "Senior Correspondent", "Head of Photography", "one two three four five six "
                                  "seven eight nine reporter", "Bundesgeschäftsführerin", "for the record"])
def test_is_role_matches_the_word_loop(text: str) -> None:
    assert is_role.__wrapped__(text) == _is_role_by_loop(text)


@pytest.mark.parametrize("text", [*LINES, "ByJane Doe", "2020by jdoe", "_von Jane", "a baby story", "Autorin:",
                                  "Veröffentlicht von", "Geschrieben VON"])
def test_by_cue_matches_the_pattern(text: str) -> None:
    assert has_by_cue.__wrapped__(text) == (BY_CUE.search(text.lower()) is not None)


def test_content_words_drop_function_words() -> None:
    words = content_words("These harbour plans would change the quay")
    assert words == frozenset({"harbour", "plans", "change", "quay"})


@pytest.mark.parametrize("text", [*LINES, "Whereas the ferry's timetable (2024) changed: fewer sailings_now"])
def test_content_words_match_the_pattern(text: str) -> None:
    assert content_words.__wrapped__(text) == frozenset(CONTENT_WORD.findall(text.lower())) - STOPWORDS


@pytest.mark.parametrize("text", [*LINES, "By Jane Doe", "Analysis by Omar Haddad", "12 May 2024 · von Li Wei",
                                  "Stand-by Crew", "a baby Story", "available Now", "passed by\tTom",
                                  "door-to-door Deals", "x|par Anne", "BY JANE DOE", "Bericht von Jörg Ähnlich",
                                  "von\u00a0Jane"])
def test_by_marker_finds_what_the_pattern_finds(text: str) -> None:
    found, expected = by_marker(text), BY_MARKER.search(text)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("text", [*LINES, "Harbour Council Approves the New Ferry Budget " * 3,
                                  "harbour council approves the new ferry budget, again and again and again",
                                  "\"Harbour\" -- council -- approves -- the -- new -- ferry -- budget -- " * 2])
def test_longer_ascii_only_skips_texts_that_cannot_repeat_the_headline(text: str) -> None:
    key = normalize("Harbour council approves the new ferry budget")
    repeats = normalize(text) == key or (normalize(text).startswith(key) and len(normalize(text)) < 2 * len(key))
    assert not (_longer_ascii(text, key) and repeats)
    assert _longer_ascii("The council met on Tuesday evening to discuss the budget of the harbour. " * 4, key)


def test_wide_spaces_are_collapsed_and_single_spaces_kept() -> None:
    blocks = segment_text("Größe\u2003und\u3000Maß  der Fähre\n\nÜber die Fähre und den Hafen\n")
    assert [b.text for b in blocks] == ["Größe und Maß der Fähre", "Über die Fähre und den Hafen"]


def test_has_by_cue_covers_every_by_marker_but_not_every_by_prefix() -> None:
    """The docstring's claim: a BY_MARKER match implies the cue; BY_PREFIX's forum labels do not."""
    from newsparse.fields.bylines import BY_MARKER, BY_PREFIX, has_by_cue

    for line in ["By Jane Doe", "Story by Omar Haddad", "ByJane Doe", "texte: Mara Lind", "von Ines Vogel, 3. Mai",
                 "par Léa Martin", "Harbour desk · by Jane Doe"]:
        assert has_by_cue(line), line
    for line in ["Harbour desk · by Jane Doe", "Photos: Mara Lind", "Council approves the budget by a wide margin"]:
        assert BY_MARKER.search(line) is None or has_by_cue(line), line
    assert BY_PREFIX.match("Thread starter: harbourfan") and not has_by_cue("Thread starter: harbourfan")


# Lines the bylines rule's first pass labels by their own text, one for each of its tests.
FIRST_PASS_BYLINES = ["By Jane Doe", "Analysis by Omar Haddad", "12.03.24 08:05 von Li Wei Lesezeit: 4 Min.",
                      "Jane Doe, Staff Writer", "Jane Doe | Senior Reporter", "Jane Doe im Gespräch mit Omar Haddad",
                      "3. Mai 2021 von jdoe", "By jdoe in Hafenleben", "Autor: jdoe", "Thread starter: harbourfan",
                      "Redakteurin: mlind", "ByJane Doe", "Von: ab/xyz"]


@pytest.mark.parametrize("text", FIRST_PASS_BYLINES)
def test_byline_cue_prefilter_keeps_every_first_pass_byline(text: str) -> None:
    """_may_credit is a superset of the first pass's tests on a line's own text: a line it
    rejects could not have been labelled there (the labels stay what they were)."""
    from newsparse.blocks import Block
    from newsparse.label.bylines import (
        BY_PREFIX,
        _by_line,
        _conversation,
        _label_and_handle,
        _may_credit,
        _name_with_role,
        word_after_by,
    )
    assert _may_credit(text)
    block = segment_text(text + "\n")[0]
    assert isinstance(block, Block)
    assert _by_line(block) or _name_with_role(block) or _conversation(block) or word_after_by(text) \
        or _label_and_handle(block) or BY_PREFIX.match(text) or word_after_by(text, dated=False)


@pytest.mark.parametrize("text", ["Harbour News", "Weather", "Sign In", "Tide Tables Workshop", "Fährplan ansehen"])
def test_byline_cue_prefilter_skips_lines_without_any_cue(text: str) -> None:
    from newsparse.label.bylines import _may_credit
    assert not _may_credit(text)


def test_label_over_a_name_without_any_cue_is_still_read() -> None:
    """"Thread starter" / "Jane Doe": the name line holds no cue of its own; the label above
    names it (the test the prefilter leaves to the caller)."""
    from newsparse.label.bylines import _may_credit
    assert not _may_credit("Jane Doe")
    article = newsparse.parse("Harbour council approves the new ferry budget\n\nThread starter\n\nJane Doe\n\n"
                              + "The council met on Tuesday evening to discuss the ferry budget for the harbour. " * 3
                              + "\n\n" + "Members agreed the quay needs new moorings before the winter storms. " * 3
                              + "\n")
    assert [a.name for a in article.authors] == ["Jane Doe"]


def test_every_conversation_phrase_holds_a_cue() -> None:
    """_conversation tests CONVERSATION_CUES before its pattern: a phrase without one would never match."""
    from newsparse.fields.bylines import CONVERSATION_PHRASES
    from newsparse.label.bylines import CONVERSATION_CUES

    assert all(any(cue in phrase for cue in CONVERSATION_CUES) for phrase in CONVERSATION_PHRASES)


def test_whole_line_patterns_are_found_through_their_cue_word() -> None:
    """A pattern that reads the whole line (a lookahead for a word anywhere in it) is a
    floating pattern, tried only on the lines that hold its cue word: as one of the anchored
    alternatives of BOILERPLATE_ANY it would scan every line."""
    assert not [p.pattern for p in signals.BOILERPLATE_PATTERNS if p.pattern.startswith("^(?=")]
    assert signals.boilerplate_pattern("Stay in the loop: sign up for the Harbour Gazette newsletter")
    assert signals.boilerplate_pattern("JETZT DEN WERFT-NEWSLETTER ABONNIEREN")
    assert signals.boilerplate_pattern("Sign up for our NEW\u017fLETTER")  # a long s
    assert not signals.boilerplate_pattern("The council's newsletter reached every household by March.")


def test_newsletter_cue_keeps_every_case_insensitive_spelling() -> None:
    """The cue word "letter" is looked for in the lower-cased line: each character the
    pattern's case-insensitive match takes for one of its letters lowers to that letter."""
    letters = re.compile("[letr]", re.I)
    assert all(chr(c).lower() in "letr" for c in range(0x110000) if letters.fullmatch(chr(c)))
