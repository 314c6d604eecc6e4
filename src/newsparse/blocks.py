"""Block: the paragraph-like unit that flows from segmentation through labelling to assembly."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property


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
SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u061f\u0964:;]['\"\u2019\u201d\u00bb)\]]*$")


@dataclass(eq=False)
class Block:
    """One paragraph-like unit of the input, its features, and the label it got.

    Features are what the front door can see: ``index`` (position), ``lines`` (how many
    input lines were joined into it), ``indent``, ``bullet`` (a list marker was removed),
    ``gap_before`` (a blank line precedes it), and for HTML ``tag``, ``path`` (ancestor tags,
    "/"-joined), ``classes`` (class and id words of the ancestors, nearest first, "|"-joined)
    and ``link_density`` (share of the text inside links). ``label`` and ``rule`` record the decision for ``--explain``.
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
    label: Label = Label.UNKNOWN
    rule: str = ""
    extras: dict[str, str] = field(default_factory=dict)

    @cached_property
    def words(self) -> list[str]:
        return WORD.findall(self.text)

    @cached_property
    def n_words(self) -> int:
        return len(self.words)

    @cached_property
    def ends_sentence(self) -> bool:
        """True when the text ends like a sentence (terminal punctuation, maybe a closing quote)."""
        return bool(SENTENCE_END.search(self.text[-40:]))

    def set(self, label: Label, rule: str) -> None:
        """Give the block a label and remember which rule decided it."""
        self.label = label
        self.rule = rule

    def __repr__(self) -> str:
        return f"Block({self.index}, {self.label.value}, {self.text[:40]!r})"
