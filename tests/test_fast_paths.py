"""The one-pass (bytes.translate) fast paths give what the regex definitions they replace give.

Each fast path handles ASCII (word counts and normalize: Latin-1) text only and falls back to
the regex for the rest, so the tests compare both on ASCII lines with every kind of character
(punctuation, digits, underscores, quotes, control and whitespace characters), on Latin-1 lines
with the common punctuation beyond it, and on a few other non-ASCII ones.
"""

from __future__ import annotations

import string
import unicodedata
from itertools import pairwise

import pytest

from newsparse.blocks import WORD_START, count_words, latin1_bytes
from newsparse.fields.bylines import (
    BY_CUE,
    ROLE_WORD_ENDINGS,
    ROLE_WORD_FORMS,
    ROLE_WORD_PAIRS,
    WORD_RUN,
    has_by_cue,
    is_role,
)
from newsparse.label import signals
from newsparse.label.context import QUOTE_MARKS, content_words, normalize

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
