"""The document under labelling: its blocks, where the body lies, and shared measurements."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from newsparse.blocks import ASCII_LETTERS, LATIN1_WORD_CLASSES, Block, Label, latin1_bytes

# Every label under a plain name, for the rules to import: reading an enum member through its
# class (Label.BODY) runs the enum metaclass's __getattr__ hook on Python 3.10 and 3.11, four
# times the cost of reading a global name, and the rules test the labels of most blocks.
UNKNOWN = Label.UNKNOWN
HEADLINE = Label.HEADLINE
DEK = Label.DEK
BYLINE = Label.BYLINE
DATELINE = Label.DATELINE
READING_TIME = Label.READING_TIME
CAPTION = Label.CAPTION
BODY = Label.BODY
SUBHEADING = Label.SUBHEADING
LIST_ITEM = Label.LIST_ITEM
RELATED = Label.RELATED
NAV = Label.NAV
BIO = Label.BIO
BOILERPLATE = Label.BOILERPLATE

# A prose block: a paragraph of running text. Counted in words, or in characters for
# scripts written without spaces (a CJK character carries about half a word).
PROSE_MIN_WORDS = 10
PROSE_LONG_WORDS = 25
# Running text has most words in lower case, even in German; a list of names does not.
MAX_CAPITALISED_SHARE = 0.6
# A dump with this many list markers (and this share of its blocks) is a layout rendering.
RENDERED_MIN_BULLETS = 5
RENDERED_BULLET_SHARE = 0.05
# Share of the region's prose that may come before the article's real start.
HEADER_SHARE = 0.25
CONTENT_WORD_MIN = 4  # letters
CONTENT_WORD = re.compile(rf"[^\W\d_]{{{CONTENT_WORD_MIN},}}")
QUOTE_MARKS = re.compile(r"[\u2018\u2019\u201c\u201d'\"`\u00b4]")
WORD_RUN = re.compile(r"\w+")
STOPWORDS = frozenset(
    """that this with from have were will would their there they them been which when what
    about after said says into more than also over most some such only other could
    should while where these those being your just like then here does very much many
    even because since before under between through during against among without within
    across until upon both each either neither whose whom dass oder sind eine einer
    nicht auch noch sich dans pour avec sont cette mais plus comme
    """.split()
)


def size(block: Block) -> float:
    """How much running text a block holds, in words (CJK characters count half a word)."""
    return block.size


def is_prose(block: Block) -> bool:
    """A paragraph of running text: a sentence of some length, or a long run of words,
    and not a list of names (menus, language pickers, tag clouds are mostly capitalised)."""
    if block.prose is None:
        block.prose = _is_prose(block)
    return block.prose


def _is_prose(block: Block) -> bool:
    n = size(block)
    if not (n >= PROSE_LONG_WORDS or (n >= PROSE_MIN_WORDS and block.ends_sentence)):
        return False
    return capitalised_share(block) < MAX_CAPITALISED_SHARE


def capitalised_share(block: Block) -> float:
    """Share of a block's words that start with a capital letter (0 in scripts without case)."""
    return block.n_capitalised / block.n_words if block.n_words else 0.0


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """The words of a text that carry meaning (4+ letters, not a common function word).

    ASCII text (most paragraphs of Western pages) is mapped to its lower-case letter runs in
    one C pass (ASCII_LETTERS) and split, at half the cost of CONTENT_WORD's search; the
    runs of four letters or more are the same words."""
    if text.isascii():
        runs = text.encode("ascii").translate(ASCII_LETTERS).decode("ascii").split()
        return frozenset(w for w in runs if len(w) >= CONTENT_WORD_MIN) - STOPWORDS
    return frozenset(CONTENT_WORD.findall(text.lower())) - STOPWORDS  # (a set difference: no loop in Python)


def _ascii_normal_form() -> bytes:
    """A bytes.translate table that does normalize's work on ASCII text: capitals to lower
    case, word characters (\\w: letters, digits, underscore) kept, anything else a space
    (quote marks are deleted before the table is applied)."""
    table = bytearray(b" " * 256)
    for char in "abcdefghijklmnopqrstuvwxyz0123456789_":
        table[ord(char)] = ord(char)
    for char in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[ord(char)] = ord(char.lower())
    return bytes(table)


ASCII_NORMAL_FORM = _ascii_normal_form()
# A bytes.translate table for Latin-1 text: word characters kept, anything else a space.
LATIN1_WORDS = bytes(ord(" ") if cls == ord(" ") else c for c, cls in enumerate(LATIN1_WORD_CLASSES))
ASCII_QUOTE_MARKS = b"'\"`"  # QUOTE_MARKS in ASCII


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Text for comparison: NFKC, casefolded, quotes dropped, punctuation and spaces collapsed."""
    if text.isascii():  # ASCII is already NFKC, and its case folding is lower(): one C pass
        return " ".join(text.encode("ascii").translate(ASCII_NORMAL_FORM, ASCII_QUOTE_MARKS).decode("ascii").split())
    text = QUOTE_MARKS.sub("", unicodedata.normalize("NFKC", text).casefold())
    data = latin1_bytes(text)
    if data is not None:  # the words in one C pass (see blocks.latin1_bytes)
        return " ".join(data.translate(LATIN1_WORDS).decode("latin-1").split())
    return " ".join(WORD_RUN.findall(text))


def prose_markups(blocks: list[Block]) -> set[tuple[str, str]]:
    """The markup (see Block.markup) of the undecided prose paragraphs among HTML blocks."""
    return {b.markup for b in blocks if b.tag is not None and b.label is UNKNOWN and is_prose(b)}


@dataclass
class Doc:
    """Everything the rules share: the blocks, the body region, hints and the reference date.

    ``start``/``end`` delimit the body region (``blocks[start:end]``) once the region rule ran.
    ``hints`` carries what an HTML page declares (JSON-LD, meta): headline, authors, date.
    """

    blocks: list[Block]
    reference: dt.datetime | None = None
    hints: dict[str, object] = field(default_factory=dict)
    start: int = 0
    end: int = 0

    def set_region(self, start: int, end: int) -> None:
        """Set the body region; measurements that depend on it are recomputed."""
        self.start, self.end = start, end
        self.__dict__.pop("article_words", None)
        self.__dict__.pop("core_start", None)

    @cached_property
    def core_start(self) -> int:
        """Index where the body's core begins: after the first quarter of its prose.

        A byline or dateline before this point is the article's header that the region
        swallowed (a dek or a caption above it read like prose); after it, one is quoted.
        """
        total = sum(size(b) for b in self.body if is_prose(b))
        seen = 0.0
        for block in self.body:
            if is_prose(block):
                seen += size(block)
                if seen > total * HEADER_SHARE:
                    return block.index
        return self.end

    @cached_property
    def rendered(self) -> bool:
        """Whether the page is a layout renderer's dump: one that draws list markers.

        Signal: a text browser or a layout renderer (lynx, w3m, inscriptis, html2text) draws
        a marker before every list item, and a page's menus are lists, so at least
        RENDERED_MIN_BULLETS and RENDERED_BULLET_SHARE of its blocks start with one; a
        scraper's ``get_text`` draws none. Such a dump renders the page's body: it does not
        open with the page's ``<title>`` as a scraper's dump does. (HTML pages: never.)
        """
        if not self.blocks or self.blocks[0].tag is not None:
            return False
        bullets = sum(1 for b in self.blocks if b.bullet)
        return bullets >= RENDERED_MIN_BULLETS and bullets >= RENDERED_BULLET_SHARE * len(self.blocks)

    def in_core(self, block: Block) -> bool:
        return self.core_start <= block.index < self.end

    def first(self, label: Label, lo: int = 0, hi: int | None = None) -> Block | None:
        """The first block with this label (in blocks[lo:hi]), or None."""
        return next((b for b in self.blocks[lo:hi] if b.label is label), None)

    def unlabeled(self, lo: int = 0, hi: int | None = None) -> list[Block]:
        unknown = UNKNOWN  # (a local name: the loop reads it for every block)
        return [b for b in self.blocks[lo:hi] if b.label is unknown]

    @property
    def body(self) -> list[Block]:
        return self.blocks[self.start : self.end]

    @cached_property
    def article_words(self) -> Counter[str]:
        """Content words of the prose in the body region, counted once per block."""
        counts: Counter[str] = Counter()
        for block in self.body:
            if is_prose(block):
                counts.update(content_words(block.text))
        return counts

    @cached_property
    def printed(self) -> Counter[str]:
        """How many blocks print each text (normalized): a line the page prints more than once
        is a widget's heading, a teaser's blurb, a menu entry, a headline's copy."""
        return Counter(normalize(b.text) for b in self.blocks)

    def printed_elsewhere(self, block: Block) -> bool:
        """Whether another block of the page prints this block's text (see printed)."""
        return self.printed[normalize(block.text)] > 1

    def overlap(self, block: Block) -> float:
        """Share of a block's content words that the article's prose also uses (0..1)."""
        words = content_words(block.text)
        if not words:
            return 1.0
        own = words if is_prose(block) and self.start <= block.index < self.end else frozenset()
        hits = sum(1 for w in words if self.article_words[w] - (1 if w in own else 0) > 0)
        return hits / len(words)

    def neighbour(self, block: Block, step: int, skip: tuple[Label, ...] = ()) -> Block | None:
        """The next block before (step=-1) or after (step=1), skipping the given labels."""
        blocks = self.blocks
        i = block.index + step
        if not skip:  # the common case, called for most blocks by several rules: no loop
            return blocks[i] if 0 <= i < len(blocks) else None
        while 0 <= i < len(blocks):
            if blocks[i].label not in skip:
                return blocks[i]
            i += step
        return None
