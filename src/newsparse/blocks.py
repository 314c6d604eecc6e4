"""Block: the paragraph-like unit that flows from segmentation through labelling to assembly."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum


class Label(str, Enum):
    """What a block is, once labelled."""

    UNKNOWN = "unknown"
    HEADLINE = "headline"
    DEK = "dek"
    BYLINE = "byline"
    DATELINE = "dateline"
    READING_TIME = "reading_time"
    CAPTION = "caption"
    BODY = "body"
    SUBHEADING = "subheading"
    LIST_ITEM = "list_item"
    RELATED = "related"
    NAV = "nav"
    BIO = "bio"
    BOILERPLATE = "boilerplate"


WORD = re.compile(r"\w+")
WORD_START = re.compile(r"\b\w")  # one match per word: its first character


def _is_word_char(char: str) -> bool:
    return WORD.fullmatch(char) is not None


def _latin1_word_classes() -> bytes:
    """A bytes.translate table for Latin-1 text (ASCII included): a capital word character
    (\\w, as the patterns read it: letters, digits, underscore) becomes "A", any other word
    character "a", everything else a space."""
    return bytes(
        (ord("A") if char.isupper() else ord("a")) if _is_word_char(char) else ord(" ")
        for char in map(chr, range(256))
    )


LATIN1_WORD_CLASSES = _latin1_word_classes()
# A bytes.translate table for ASCII text: letters in lower case, anything else a space (the
# runs of letters of a line in one C pass; see context.content_words and bylines.has_by_cue).
ASCII_LETTERS = bytes(ord(chr(c).lower()) if chr(c).isalpha() else ord(" ") for c in range(128)) + b" " * 128
# Punctuation beyond Latin-1 that Western text uses most (dashes, curly and low quotes, the
# ellipsis, the bullet): none is a word character, so a space may stand for it.
WIDE_PUNCTUATION = ("\u2013", "\u2014", "\u2018", "\u2019", "\u201a", "\u201c", "\u201d", "\u201e",
                    "\u2026", "\u2022")


def latin1_bytes(text: str) -> bytes | None:
    """The text as Latin-1 bytes, each of WIDE_PUNCTUATION made a space (the runs of word
    characters stay the same); None when another character beyond U+00FF remains (Polish,
    Greek, Cyrillic, CJK letters). Word classes of Latin-1 text are then one C pass."""
    if text.isascii():
        return text.encode("ascii")
    for mark in WIDE_PUNCTUATION:
        if mark in text:
            text = text.replace(mark, " ")
    data = text.encode("latin-1", "ignore")
    return data if len(data) == len(text) else None


def count_words(text: str) -> tuple[int, int]:
    """The number of words (runs of \\w) of a text and how many of them start with a capital.

    Latin-1 text (ASCII included: most lines of Western pages) is mapped to word classes in
    one C pass (bytes.translate) and the word starts are counted as substrings; other text
    takes one regex pass (WORD_START)."""
    data = text.encode("ascii") if text.isascii() else latin1_bytes(text)  # (most lines: no call)
    if data is not None:
        classes = b" " + data.translate(LATIN1_WORD_CLASSES)
        capitalised = classes.count(b" A")
        return classes.count(b" a") + capitalised, capitalised
    firsts = WORD_START.findall(text)  # each word's first character
    return len(firsts), sum(map(str.isupper, firsts))


# Scripts written without spaces between words (a character carries about half a word).
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
# (U+201C and U+00AB close a quotation after its last stop in German usage: ".\u201c", "!\u00ab".)
SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u061f\u0964:;]"
                          r"(?:['\"\u2019\u201d\u00bb)\]]*|(?<=[.!?])[\u201c\u00ab])$")
# The same end followed by reference marks ("... in 1788.[3][4]", "... land.[citation needed]"):
# an encyclopedia or a report cites its sources after the full stop, and the sentence still ends there.
CITED_SENTENCE_END = re.compile(
    r"[.!?\u3002\uff01\uff1f\u061f\u0964:;]['\"\u2019\u201d\u00bb)]*"
    r"(?:\[\s*(?:\d{1,3}|[a-z]|citation needed|note \d+)\s*\])+$", re.I)

# The same end followed by a full-width parenthesis of names ("\u2026\uff01\uff08\u8bc4\u8bba\u5458 \u2026\uff09"):
# a Chinese commentary or report signs its last sentence with the writers' names.
SIGNED_SENTENCE_END = re.compile(r"[\u3002\uff01\uff1f][\u201d\u300d]?\uff08[^\uff08\uff09]{1,30}\uff09$")


@dataclass(eq=False, slots=True)
class Block:
    """One paragraph-like unit of the input, its features, and the label it got.

    Features are what the front door can see: ``index`` (position), ``lines`` (how many
    input lines were joined into it), ``indent``, ``bullet`` (a list marker was removed),
    ``gap_before`` (a blank line precedes it), and for HTML ``tag``, ``path`` (ancestor tags,
    "/"-joined), ``classes`` (class and id words of the ancestors, nearest first, "|"-joined)
    ``link_density`` (share of the text inside links) and ``ancestors`` (ids of the enclosing
    elements). ``label`` and ``rule`` record the decision for ``--explain``.
    """

    text: str
    index: int = 0
    lines: int = 1
    indent: int = 0
    bullet: bool = False
    gap_before: bool = True
    tag: str | None = None
    path: str = ""
    classes: str = ""
    link_density: float = 0.0
    # HTML: ids of the enclosing block-level elements, outermost first (the nearest
    # ANCESTOR_IDS of them); blocks that share an id sit in the same element.
    ancestors: tuple[int, ...] = ()
    label: Label = Label.UNKNOWN
    rule: str = ""
    extras: dict[str, str] = field(default_factory=dict)
    # Measures every rule reads, computed once (slots keep a block small: pages can have 100,000s).
    n_words: int = field(default=0, init=False, repr=False)
    n_capitalised: int = field(default=0, init=False, repr=False)  # words that start with a capital
    size: float = field(default=0.0, init=False, repr=False)  # words, a CJK character counting half
    _ends_sentence: bool | None = field(default=None, init=False, repr=False)
    prose: bool | None = field(default=None, init=False, repr=False)  # set by label.context.is_prose

    def __post_init__(self) -> None:
        self.n_words, self.n_capitalised = count_words(self.text)
        cjk = 0 if self.text.isascii() else len(CJK.findall(self.text))
        self.size = max(self.n_words, cjk / 2) if cjk else self.n_words

    @property
    def words(self) -> list[str]:
        """The block's words (computed on each call; the counts above are kept)."""
        return WORD.findall(self.text)

    @property
    def ends_sentence(self) -> bool:
        """True when the text ends like a sentence (terminal punctuation, maybe a closing quote)."""
        if self._ends_sentence is None:
            tail = self.text[-40:]
            self._ends_sentence = bool(SENTENCE_END.search(tail) or
                                       (tail.endswith("]") and CITED_SENTENCE_END.search(tail)) or
                                       (tail.endswith("\uff09") and SIGNED_SENTENCE_END.search(tail)))
        return self._ends_sentence

    @property
    def markup(self) -> tuple[str, str]:
        """How the page sets this block (HTML): its tag path and class words. Blocks with the
        same markup come from one template: the paragraphs of an article, the entries of a list."""
        return self.path, self.classes

    def set(self, label: Label, rule: str) -> None:
        """Give the block a label and remember which rule decided it."""
        self.label = label
        self.rule = rule

    def __repr__(self) -> str:
        return f"Block({self.index}, {self.label.value}, {self.text[:40]!r})"
