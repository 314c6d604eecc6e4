"""Plain-text page dumps to blocks: rebuild paragraphs from lines, then cut.

Dumps come from many renderers (see DESIGN.md): a reader's copy (one block per line), a
scraper's ``get_text("\\n")`` (sentences broken around links), layout renderers
(indentation, bullets, hard-wrapped lines) and browser copies (no blank lines). This module
never assumes that blank lines separate paragraphs, or that they don't: it joins lines that
belong together by what the lines themselves show, and keeps indentation, bullets and blank
lines as block features.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise
from operator import attrgetter

from newsparse.blocks import SENTENCE_END as ENDS_SENTENCE
from newsparse.blocks import Block
from newsparse.decode import HIDDEN_CHARS, composed
from newsparse.fields.bylines import BRACKETED_PICTURE, BY_WORDS
from newsparse.fields.dates import find_dates
from newsparse.segment.markdown import (
    CLOSES_AT_END,
    CLOSES_BEFORE,
    CLOSES_THEN_OPENS,
    OPENS_AFTER,
    OPENS_AT_START,
    cut_at_hyphen,
    hard_break,
    join_wrapped_marks,
    link_spans,
    looks_like_markdown,
    one_line_attributes,
    unmark,
    without_markup,
    written_smart,
)
from newsparse.segment.references import unnumber, without_references

# List markers: "*", "+", "o" (lynx, inscriptis, Markdown), "\u2022", dashes; and the marks w3m
# draws for nested lists in turn (\u25a1 \u2606 \u25cb \u25a0 \u25ce \u2605 \u25cf: squares, stars, circles).
MARKS = "*+\u2022\u00b7\u25aa\u25e6\u2023\u2013\u25a1\u2606\u25cb\u25a0\u25ce\u2605\u25cf-"
BULLET = re.compile(rf"^(?:[{MARKS}]|o(?=\s+\S))\s+(?=\S)")
BULLET_STARTS = frozenset(MARKS + "o")  # first characters BULLET can match
DASH_MARKS = "-\u2013"  # list marks that are also punctuation inside a sentence
BARE_BULLET = re.compile(rf"^[{MARKS}]$")
# What decode drops (HIDDEN_CHARS); tested first: most texts have none. The zero-width
# (non-)joiners stay, as in HTML: they spell Persian and Indic words and join emoji sequences.
INVISIBLE = re.compile(f"[{''.join(HIDDEN_CHARS)}]")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# The spaces of SPACES beyond the space, the tab and the no-break space (which _read_lines
# has made spaces before): a line without them and without two spaces in a row is as SPACES
# leaves it, and one search for them costs a fifth of the substitution, which replaces
# every single space with a space.
WIDE_SPACE = re.compile(r"[\u2000-\u200a\u202f\u205f\u3000]")
# A fragment ending in one of these continues on the next line (an open clause or bracket,
# or an opening quote: English \u201c \u2018, German and Polish \u201e \u201a, French \u00ab;
# and the full-width brackets, quotes and commas of Chinese and Japanese).
ENDS_OPEN = re.compile(r"[,(\[\u201c\u2018\u201e\u201a\u00ab/\u2013\u2014&+\uff08\u300c\u300e\u3010\u3001\uff0c-]$")
WIDE_OPENING = "\uff08\u300c\u300e\u3010"  # full-width brackets and quotes: no space after them
# Text starting with one of these continues the previous line (closing punctuation, also
# full-width: Chinese and Japanese).
# A possessive "'s" after a linked name ("Jane Doe" / "'s first novel") closes the word too,
# and so does any quotation mark with closing punctuation right after it ("\u201e)." where a
# page closes a quotation with the low mark): no quotation opens on a comma or a stop.
STARTS_CLOSING = re.compile(r"^(?:[,.;:!?)\]\u2019\u201d\u00bb%\uff09\u300d\u300f\u3011\u3001\u3002\uff0c]|'s\b|"
                            r"[\"'\u201c\u201e\u201a\u2018\u00ab](?=[,.;:!?)\]]))")
# The characters STARTS_CLOSING can match first: a cheap test before it.
CLOSING_STARTS = frozenset(",.;:!?)]\u2019\u201d\u00bb%\uff09\u300d\u300f\u3011\u3001\u3002\uff0c"
                           "'\"\u201c\u201e\u201a\u2018\u00ab")
POSSESSIVE = re.compile(r"^['\u2019]s\b")
# A hyphen glued to a word starts the rest of a compound whose first part was a link or an
# emphasis ("Acme" / "-based"); a list marker or a minus sign has a space or a figure after it.
GLUED_HYPHEN = re.compile(r"^-(?=[^\W\d_])")
# German, Polish and Czech quotations open with a low mark and close with U+201C, which
# opens a quotation in English: it closes one only after a low mark still open.
LOW_OPENING = "\u201e"
# A low quotation mark opens a quotation with no space after it ("\u201eWord"), a line break
# after it is an element's edge (see segment_text).
LOW_OPENERS = "\u201e\u201a"
HIGH_CLOSING = "\u201c"
# A reference mark on a line of its own ("[3]", "[ edit]", "[citation needed]") belongs to
# the sentence before it.
CITATION = re.compile(r"^\[\s*(?:\d{1,3}|[a-z]|edit|citation needed|note \d+)\s*\]$", re.I)
CITATION_MAX = 20  # columns: longer text is never a reference mark
# What a text browser draws in place of an element that has no text (lynx, w3m): an image
# without alt text as "[IMG]", "[image]" or its file name ("[logo.png]"; w3m drops the
# extension and cuts the name: "[hero_2024]", "[a3f9c1d2]", "[svg]"), the marks lynx puts
# around inserted and deleted text ("[INS: ... :INS]"), and form fields: a text box as a run of
# underscores or as brackets padded with spaces ("[          ]", "[search term ]"), a check box
# as "[ ]", "[X]" or "[*]", a radio button as "(_)", "( )" or "(*)". None of it is text of the
# page. A file name is told from an editor's bracket ("[and]", "[sic]") by its shape: letters
# mixed with figures, or words joined by "_" or "-", or an image format's name alone. Lynx
# prints the whole address of an image's file: with its query string ("[photo.jpg?v=123]",
# "[pixel?id=42&ev=view]"), a data address ("[gif;base64,R0lG...]"), or a name that is a
# hash, a UUID or the tail of base64 data ("[3f9a...c2]", "[...AAAAAA==]"); such a token
# may open the line of a byline ("[avatar hash] By Jane Doe"). A name that w3m cut short
# ends on its joining mark ("[Jane-Doe-]", "[hero_banner_]").
PLACEHOLDER = re.compile(
    r"\[(?:IMG|INLINE|image|[^\[\]\s/]{1,80}\.(?:png|jpe?g|gif|svg|webp|bmp|ico)(?:[?&#][^\[\]\s]{0,120})?)\]"
    r"|\[[\w.-]{0,60}\?[^\[\]\s]{0,120}=[^\[\]\s]{0,120}\]|\[(?:gif|png|jpe?g|svg\+xml|webp);base64,[^\[\]\s]*\]"
    r"|(?-i:\[[a-f\d]{8,}(?:-[a-f\d]{4,12})+\]|\[[a-f\d]{24,}\]|\[[A-Za-z\d+/]{2,}={1,2}\])"
    r"|\[(?:svg|gif|png|jpe?g|webp|ico|bmp|img)\]"
    r"|(?-i:\[(?=[^\]\s]{0,15}\d)(?=[^\]\s]{0,15}[a-z])[a-z\d][\w.+-]{1,15}\])"
    r"|(?-i:\[[a-z][a-z\d]*(?:[_-][a-z\d]+)+\])"
    r"|\[[^\[\]\s]{2,40}[-_]\]"
    r"|\[(?:INS|DEL):\s?|\s?:(?:INS|DEL)\]|_{4,}|\[[ X_*]?\]|\(_\)|\([ *]\)"
    r"|\[[^\[\]]{1,60}?\s\]", re.I)
# What a placeholder without a "[" holds: ":INS]", a text box's "____", a radio button. (A
# line is read for placeholders when it holds a "[", or a "_" or a "(" and one of these.)
PLACEHOLDER_SIGNS = ("]", "____", "(_)", "( )", "(*)")
# A byline's word glued to the name after it ("byJane Doe", "VonJorin Keller"): the page
# set the word and the linked name in elements with no space between them, which a browser
# lays apart with margins and a text renderer runs together. Only a full name's shape follows
# (a capitalised word, a space and another capital: "DoorDash delivers", "ByWard" stay whole),
# and no hashtag, handle or base64 data ("#VonHeute", "ByQz7+k") is split.
# (The word opens the pattern, so the engine jumps to its first letters; what may stand
# before it is tested in _split_glued_by_word.)
# (Each by-word in lower case or capitalised, and "BY": a capitals "VON" or "DOOR" is a
# heading's word more likely than a byline's.)
GLUED_BY_WORD = re.compile("(" + "|".join([*(form for w in BY_WORDS for form in (w, w.capitalize())), "BY"])
                           + ")(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+ [A-ZÀ-ÖØ-Þ])")
GLUED_BY_AFTER = frozenset("_+/#@")  # a handle, a hashtag, base64 data: no byline's word
# The full name after a glued by-word (given name and surname), as GLUED_BY_WORD looks ahead.
GLUED_NAME_AHEAD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+ [A-ZÀ-ÖØ-Þ][\w'’-]*")
# A byline is a short line: in a paragraph, the same shape is a brand written in camel case
# ("DoorStop Holdings said …"), which must stay whole (see _read_lines).
GLUED_BY_MAX_WORDS = 12  # words: a meta line with a date and a section ("Posted 3 May 2024 byJane Doe in News")
# A line of nothing but bracketed names is a row of images without alt text or of buttons
# ("[logo] [share]", "[Search]"): a word in brackets alone is no text of the article. (A
# reference mark is a figure: "[3]".)
BRACKETED_ONLY = re.compile(r"^(?:\[[A-Za-z][\w.+-]{0,15}\]\s*)+$")
LINE_WORD = re.compile(r"\w+")  # (see _alt_beside_text)
# A line of nothing but text in square brackets: an image's alt text (see image_text).
IMAGE_TEXT = re.compile(r"(?:\[[^\[\]]+\]\s*)+$")
# The mark (in Block.extras) of a dump's first block when the dump does not open with a title.
UNTITLED = "untitled"
PARTED_MIN_SHARE = 0.01  # see _runs_into_page
TITLE_CONTINUED = re.compile("[|\u2013\u2014\u00b7\u00bb\u2022-] ")  # (see _runs_into_page)
# The TeX source that MathML carries as an annotation of a formula ("{\displaystyle h=2t}"):
# a browser never shows it, a scraper's get_text prints it on a line of its own after the formula.
TEX_SOURCE = re.compile(r"^\{\\[a-z]+style\b.*\}$")
# A byline's "By" on a line of its own.
# (A colon may follow the word: "By:" / "Jane Doe".)
BY_WORD = re.compile(r"^(?:by|von|par|por|door|di|written by|posted by|autor(?:in)?|author):?$", re.I)
# Function words that cannot end a sentence: a line ending in one was cut mid-sentence.
OPEN_WORDS = frozenset(
    """a an the of to in on at by for with from and or but nor as that than into onto over
    under about after before between through during via per is are was were be been has
    have had said says told according including such like de del la le les des du et der
    die das und von zu mit im den dem ein eine el los las y en con por para da do dos e
    em il di che het een van en op
    für ohne zum zur vom beim einer eines einem einen
    dass oder sowie au aux sur dans avec une un ou sans entre al sobre entre una sin nel nella
    della delle dei degli per con dal alla
    """.split()
)
# Line ends are judged on this many final characters: a line grown by joins is never rescanned.
TAIL = 40
# East Asian wide characters (CJK ideographs, kana, Hangul, full-width forms).
WIDE_CHARS = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                        r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
# An underlined heading: its "=" or "-" line is this long at least, and as long as the title
# line as written within this many characters or this share of its length (see _underlines).
UNDERLINE_MIN = 3
UNDERLINE_SLACK = 2
UNDERLINE_SHARE = 0.2
# A hard-wrapped dump: lines end near a fixed width (lynx, w3m, email-style text).
WRAP_MIN_WIDTH = 50
WRAP_MAX_WIDTH = 100
WRAP_SHARE = 0.3  # share of long lines that end within WRAP_SLACK of the width
WRAP_SLACK = 12
WRAP_MIN_LINES = 5
WRAP_OUTLIER_SHARE = 0.03  # lines longer than the width (links, table rows, code) may be this many
WRAP_CUT_SHARE = 0.1  # share of long lines visibly cut at the width (see _wrap_width)
WRAP_INDENT_SLACK = 2  # the continuation of a wrapped line stands at its indentation
WRAP_CUT_MIN_SHARE = 0.3  # of the long lines: cut at one width (see _cut_width)
WRAP_CUT_MAX_OVER = 0.1  # of the long lines: longer than that width by more than WRAP_SLACK
EARLY_BREAK_MARGIN = 3  # columns to spare on a line that ended early (see _broke_early)
# A link or an emphasis set on a line of its own is at most this many words.
INLINE_MAX_WORDS = 8
# A line that goes on with a sentence around a link: it holds a clause mark, or is long.
# (a stop after a figure is an ordinal or a date's: "8. Februar").
PROSE_MARK = re.compile(r"(?<!\d)[,;:.!?](?=\s|$)")
INLINE_PROSE_WORDS = 12
# Lines at least this long on both sides of a blank line are running text (see
# _continues_across_gap).
BROKEN_LINE_WORDS = 5
# A dash and a lower-case word: an aside inside the sentence of the line before ("Name" /
# "— a former minister, said ..."); an attribution after a quotation starts with a capital.
DASH_ASIDE = re.compile(r"^[\u2013\u2014]\s?[^\W\d_A-Z\u00c0-\u00de]")
# An opening quotation mark and the mark that closes it (French, German and English usage).
QUOTE_CLOSERS = {"\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u201e": "\u201c", "\u201c": "\u201d",
                 "\u201a": "\u2018", "\u2039": "\u203a"}
# A short parenthesis at the start of a line, with the space after it.
ASIDE = re.compile(r"^\([^()]{1,40}\)\s*")
# Punctuation that ends a clause: a link or an emphasis holds none.
CLAUSE_MARK = re.compile(r"[,;:.!?](?=\s|$)")
# Punctuation that closes the clause an inline element stands in (not a quote mark: "»" opens
# a German quotation).
CLOSES_CLAUSE = re.compile(r"^[,.;:!?)\]]")
# A text in a script without letter case (Arabic, CJK, Thai...) has no capital to mark a
# new block; a fragment run is only joined there when it contains a long line.
UNCASED_PROSE_LINE = 60


@dataclass(slots=True)
class Line:
    """One input line, or a paragraph rebuilt from several.

    A rebuilt paragraph grows by ``join``: its pieces are kept in a list (joined once, at the
    end) and the measures the join tests read (``tail``, ``width``, ``words``) are kept up to
    date, so a paragraph of a million lines costs linear time.
    """

    text: str  # the first line; ``full_text()`` gives the rebuilt paragraph
    indent: int
    bullet: bool
    gap_before: bool
    count: int = 1
    heading: int = 0  # a Markdown heading's level
    pieces: list[str] | None = None  # set on the first join
    tail: str = ""  # the last TAIL characters of the rebuilt paragraph
    width: int = 0  # its width in terminal columns
    last: int = 0  # the width of its last input line (where a hard wrap would have cut it)
    words: int = 0  # its number of space-separated words
    linked: int = 0  # how many of its characters are link text (known in Markdown and numbered-link dumps)
    untitled: bool = False  # the first line, under a line that held no text (see segment_text)
    dash: str = ""  # the dash read as its list marker ("-", "\u2013"), if any (see _unbullet_wrapped_dashes)
    rewrapped: bool = True  # every join so far undid a hard wrap (see _broke_early)

    def __post_init__(self) -> None:
        self.tail = self.text[-TAIL:]
        self.width = self.last = columns(self.text)
        self.words = self.text.count(" ") + 1 if self.text else 0  # spaces are single, ends stripped

    def join(self, glue: str, other: Line) -> None:
        """Append ``other`` (one input line) to this paragraph with ``glue`` between them."""
        if self.pieces is None:
            self.pieces = [self.text]
        self.pieces += (glue, other.text)
        self.tail = (self.tail + glue + other.tail)[-TAIL:]
        self.width += len(glue) + other.width
        self.last = other.last
        self.words += other.words - (1 if not glue and self.words and other.words else 0)
        self.linked += other.linked
        self.count += 1

    def full_text(self) -> str:
        return self.text if self.pieces is None else "".join(self.pieces)


def segment_text(text: str) -> list[Block]:
    """Split a page dump into blocks, one per rebuilt paragraph, in reading order."""
    lines = _join_token_runs(_read_lines(text))
    width = _wrap_width(lines)
    if width:
        _unbullet_wrapped_dashes(lines, width)
    early = width if width and _breaks_at_elements(lines, width) else 0  # see _broke_early
    gapless = _gapless(lines)
    titles = _title_copies(lines) if not width else {}  # (a hard-wrapped dump's lines are no elements)
    merged: list[Line] = []
    bridged = -1
    for pos, line in enumerate(lines):
        if titles and merged and ((merged[-1].words in titles and _copies_title(merged[-1], titles))
                                  or (line.words in titles and _copies_title(line, titles))):
            merged.append(line)  # a printed copy of the title is a heading of its own
            continue
        if len(merged) > 1 and merged[-1].width <= CITATION_MAX and CITATION.match(merged[-1].full_text()):
            cited = merged.pop()  # "[", "3", "]" rebuilt into "[3]": it belongs to the line before
            merged[-1].join("", Line(cited.full_text(), 0, False, False))
        if merged and not line.gap_before and line.width <= CITATION_MAX and \
                _opens_byline(merged[-1], line, lines[pos + 1 : pos + 4], gapless):  # (a byline's word: short)
            merged.append(line)
            continue
        nxt = lines[pos + 1] if pos + 1 < len(lines) else None
        inline = bool(merged) and (_inline_between(merged[-1], line, nxt) or _clause_between(merged[-1], line, nxt)) \
            and not (early and _broke_early(merged[-1], line, nxt, early))
        if merged and ((line.text[:1] == "[" and CITATION.match(line.text)) or pos == bridged or inline or (
                _continues_across_gap(merged[-1], line, width) if line.gap_before
                else _continues_in_run(merged[-1], line, width, early, nxt))):
            if inline:
                bridged = pos + 1  # the line after an inline element goes on with the sentence
            prev = merged[-1]
            if prev.rewrapped and not (width and _fills(prev, line, width)):
                prev.rewrapped = False
            wide_seam = WIDE_CHARS.match(prev.tail[-1:]) is not None and (
                WIDE_CHARS.match(line.text[:1]) is not None or prev.tail[-1:] in WIDE_OPENING)
            glue = "" if STARTS_CLOSING.match(line.text) or GLUED_HYPHEN.match(line.text) or \
                CITATION.match(line.text) or wide_seam or _closes_low_quote(prev, line) or \
                prev.tail[-1:] in LOW_OPENERS or _wrapped_at_hyphen(prev, line, width) else " "
            prev.join(glue, line)
            continue
        merged.append(line)
    blocks = [
        Block(
            text=line.full_text(),
            index=i,
            lines=line.count,
            indent=line.indent,
            bullet=line.bullet,
            gap_before=line.gap_before,
            tag=f"h{line.heading}" if line.heading else None,
            link_density=min(1.0, line.linked / line.width) if line.linked and line.width else 0.0,
        )
        for i, line in enumerate(merged)
    ]
    if merged and (merged[0].untitled or image_text(blocks[0].text) or _runs_into_page(merged)):
        # A scraper's dump opens with the page's <title>; a dump that opens with an image or a
        # form field (dropped above, or its alt text printed in brackets) is a rendering of
        # the page itself, whose first line is no title: the headline rules must not read it
        # as one.
        blocks[0].extras[UNTITLED] = "1"
    return blocks


# What separates a title's parts ("Headline | Site", "Site - Headline", "Kicker: Headline"). A
# vertical bar may be written with a look-alike: the dental click letter U+01C0, the divides
# sign U+2223 or the full-width bar U+FF5C (common in Chinese and Japanese titles). The
# headline rules (label.header) split the title line with the same pattern.
BARS = "|\u01c0\u2223\uff5c"
TITLE_SEPARATOR = re.compile(rf"(?<!\s)\s+[{BARS}\u2013\u2014\u00b7\u00bb:\u2022-]+\s+|(?:(?<!\s)\s+)?[{BARS}]\s*")
TITLE_COPY_MIN_WORDS = 2
TITLE_COPY_MAX_WORDS = 30  # a headline is never longer
TITLE_COPY_MAX_CHARS = 400  # nor a title line


def _title_copies(lines: list[Line]) -> dict[int, set[str]]:
    """The dump's first line and its parts (TITLE_SEPARATOR) of TITLE_COPY_MIN_WORDS to
    TITLE_COPY_MAX_WORDS words, casefolded and by their number of words: what a printed copy
    of the page's <title> reads (see _copies_title). None for a first line that is indented
    or under a dropped image (a rendering of the page itself, whose first line is no title),
    and for one that no later line copies: such a first line may be the page's text."""
    copies: dict[int, set[str]] = {}
    if not lines or lines[0].indent or lines[0].untitled or lines[0].count > 1 \
            or len(lines[0].text) > TITLE_COPY_MAX_CHARS:
        return copies
    title = lines[0].text
    for part in [title, *TITLE_SEPARATOR.split(title)]:
        words = part.casefold().split()
        if TITLE_COPY_MIN_WORDS <= len(words) <= TITLE_COPY_MAX_WORDS:
            copies.setdefault(len(words), set()).add(" ".join(words))
    # Only a first line that the page prints again is its title (a dump may open with text).
    return copies if any(line.words in copies and _copies_title(line, copies) for line in lines[1:]) else {}


def _copies_title(line: Line, titles: dict[int, set[str]]) -> bool:
    """Whether a line, not joined to any other yet, is the page's title or a part of it.

    Signal: repetition. A scraper's dump opens with the page's <title>; the page prints the
    headline again over the article, as a heading: an element of its own, whatever the
    lines around it (a dump with no blank lines sets the byline right under it, and the
    rules that rebuild paragraphs would join the two). (A line's words are counted already:
    only a line as long as a title part is compared; callers test the length first.)"""
    same_length = titles.get(line.words) if line.count == 1 else None
    return same_length is not None and " ".join(line.text.casefold().split()) in same_length


def _runs_into_page(lines: list[Line]) -> bool:
    """Whether the dump's first line runs straight into the page's text, in a dump that
    parts its paragraphs with blank lines: a rendering of the page's body (a browser's
    ``innerText``, a reader's copy), which opens with its first menu entry, not the title.

    Signal: blank lines. A scraper's dump sets the ``<title>`` apart from the body it
    prints next (a paragraph of its own). A dump with few blank lines (fewer than
    PARTED_MIN_SHARE of its lines open after one: a scraper's one line per text node, with
    a blank only where a preformatted text held one) says nothing either way.
    A second line that opens with a separator is the title's end ("Headline" over "- Site").
    """
    if len(lines) < 3 or lines[1].gap_before or lines[1].dash or TITLE_CONTINUED.match(lines[1].text):
        return False
    return sum(1 for line in lines[2:] if line.gap_before) >= max(1.0, PARTED_MIN_SHARE * len(lines))


def image_text(text: str) -> bool:
    """Whether a line is nothing but text in square brackets ("[Crowds on the quay at dawn]",
    "[Site logo] [Site logo]"): what a text browser prints in place of an image.

    Signal: the shape. Lynx and pandoc's plain text print an image's alt text in brackets
    on a line of its own (a long one hard-wrapped over several, which segmentation joins),
    and the alt text of a lead photo or a logo often reads like a title. A headline or a
    page title may open with a bracketed tag ("[Review] A quiet harbour"), but never stands
    wholly in brackets. (Cheap end tests before the pattern.)
    """
    return text[:1] == "[" and text[-1:] == "]" and IMAGE_TEXT.match(text) is not None


# A formula or a code listing that a scraper printed one token per line (see _join_token_runs).
TOKEN_MAX_WIDTH = 20  # an identifier, a keyword, a number
TOKEN_MAX_WORDS = 2
TOKEN_RUN_MIN = 3  # lines in a run
TOKEN_RUN_MIN_OPERATORS = 1
TOKEN_RUN_MIN_STRONG_SHARE = 0.4  # operators and one-character tokens, of the run's lines
# Brackets, statement ends and operators of code and formulas; a menu's separators ("|", "/",
# "•", "·") are not among them.
OPERATOR_CHARS = frozenset("()[]{};=<>+*\u2212\u00b1\u00d7\u00f7\u2260\u2264\u2265\u2248\u221e\u2211\u220f\u222b"
                           "\u2202\u221a\u2208\u2209\u2227\u2228\u21d2\u21d4\u27fa\u27e8\u27e9\u2217\u22c5")
# TeX source of a formula ("{\displaystyle x^{2}}"): a MathML annotation that a browser never
# shows but a scraper's get_text prints.
TEX = re.compile(r"^\{?\\[a-z]+\b")
MENU_MARKS = frozenset("|/\u2022\u00b7-\u2013\u2014")
COUNT = re.compile(r"^(?:\(\d+\)|\d{1,3}\))$")  # "(11)", "20)": a count beside a menu entry, a list number


def _may_hold_placeholder(line: str) -> bool:
    """Whether a line without a "[" may hold a placeholder (see PLACEHOLDER_SIGNS): most lines
    with a "(" or a "_" hold none, and the pattern, with no literal to start from, is tried
    at every character of the line."""
    return any(sign in line for sign in PLACEHOLDER_SIGNS)


def _split_glued_by_word(m: re.Match[str]) -> str:
    """A byline's word glued to the name after it, with a space put between them; the word
    unchanged where it ends a longer word or a handle ("HobbyShop", "#VonHeute"), unless
    the words before it end on the very name after it ("Jane DoeByJane Doe": the alt text of
    the author's picture, glued on by a renderer that drops the element boundaries on both
    sides of the by-word)."""
    before = m.string[m.start() - 1 : m.start()] if m.start() else ""
    if before.isalnum():
        name = GLUED_NAME_AHEAD.match(m.string, m.end())
        if name is not None and m.string[: m.start()].endswith(name.group()):
            return " " + m.group(1) + " "
        return m.group(0)
    if before in GLUED_BY_AFTER:
        return m.group(0)
    return m.group(1) + " "


def _token_kind(line: Line) -> int:
    """How a line reads as one token of a formula or a code listing: 2 for an operator, a bracket
    or TeX source, 1 for a single character or another short token, 0 for text."""
    if line.bullet or line.heading:
        return 0
    text = line.text
    if text[:1] == "\\" or text[:2] == "{\\":
        return 2 if TEX.match(text) else 0
    if line.width > TOKEN_MAX_WIDTH or line.words > TOKEN_MAX_WORDS:
        return 0
    if text[:1].isalpha():
        return 1  # a word (the cheap test first: an operator line holds no letter)
    if not any(c.isalpha() for c in text) and any(c in OPERATOR_CHARS for c in text) and not COUNT.match(text) \
            and text.strip("<>") \
            and text not in "[]" and not CITATION.match(text):
        return 2
    return 1


def _token_strength(line: Line) -> tuple[int, bool]:
    """A token line's kind (see _token_kind) and whether it is strong: an operator, or a
    single character of a formula or code (see _strong_char)."""
    kind = _token_kind(line)
    return kind, kind == 2 or (len(line.text) == 1 and _strong_char(line.text))


def _strong_char(char: str) -> bool:
    """A one-character line of a formula or code: a letter, a figure or punctuation, not an
    arrow, a box-drawing or bullet symbol or a separator that menus and widgets print."""
    return char not in MENU_MARKS and unicodedata.category(char) != "So"


def _join_token_runs(lines: list[Line]) -> list[Line]:
    """Rebuild formulas and code listings that a scraper broke into one token per line.

    A scraper's ``get_text("\\n")`` prints every element's text on a line of its own; a
    formula in MathML (a, =, b, ...) and a code listing with syntax highlighting (SELECT, max,
    (, depth, ), ...) come out as long runs of one-token lines, blank lines standing for the
    spaces between them. Each of those lines costs the body region as a fragment would, so
    the paragraphs around them fall apart into small pieces. Signal: a run of short lines (at
    most TOKEN_MAX_WORDS words) with TOKEN_RUN_MIN or more operators or single characters,
    at least TOKEN_RUN_MIN_OPERATORS of them operators or brackets only or TeX source, which
    make at least TOKEN_RUN_MIN_STRONG_SHARE of its lines. An arrow or a bullet of a menu, a
    count such as "(11)" beside an entry, a list number "20)", a pager's "<" or ">>" and a
    reference mark "[3]" or its lone brackets are none of these. The run neither starts on a
    line of two words or on closing punctuation nor ends on a word (so a sentence's last words
    and the heading after the run stay apart). It becomes one line, a blank line inside it a
    space; a menu of words has no operators and stays as it is.
    """
    runs = _token_runs(lines)
    if not runs:
        return lines  # (most dumps: no run of TOKEN_RUN_MIN short lines)
    out: list[Line] = []
    done = 0  # the lines before this are in ``out``
    for i, j in runs:
        out.extend(lines[done:i])
        done = j
        kinds = [_token_strength(line) for line in lines[i:j]]
        # Trim the run: a line of two words at its edges is a sentence's end or a heading, and
        # closing punctuation at its start ends the sentence before it.
        lo, hi = 0, len(kinds)
        while lo < hi and (lines[i + lo].words > 1 or STARTS_CLOSING.match(lines[i + lo].text)):
            lo += 1
        while hi > lo and not kinds[hi - 1][1] and any(c.isalpha() for c in lines[i + hi - 1].text):
            hi -= 1
        run = kinds[lo:hi]
        strong = sum(strong for _, strong in run)
        if strong >= TOKEN_RUN_MIN and sum(k == 2 for k, _ in run) >= TOKEN_RUN_MIN_OPERATORS and \
                strong >= TOKEN_RUN_MIN_STRONG_SHARE * len(run):
            out.extend(lines[i : i + lo])
            first = lines[i + lo]
            text = first.text + "".join((" " if line.gap_before else "") + line.text
                                        for line in lines[i + lo + 1 : i + hi])
            out.append(Line(text, first.indent, False, first.gap_before))
            out.extend(lines[i + hi : j])
        else:
            out.extend(lines[i:j])
    out.extend(lines[done:])
    return out


def _token_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """Where the runs of TOKEN_RUN_MIN or more lines that read as tokens (see _token_kind)
    stand, as (start, end) positions, those with TOKEN_RUN_MIN_OPERATORS operators at least
    (a menu's run of short entries has none: no trimming can make it a formula). A line
    wider than TOKEN_MAX_WIDTH or of more than TOKEN_MAX_WORDS words that is no TeX source
    is text: it is told apart without a call (most lines of a dump)."""
    runs: list[tuple[int, int]] = []
    start = operators = 0  # where the current run of token lines began, and its operators
    for pos, line in enumerate(lines):
        prose = (line.width > TOKEN_MAX_WIDTH or line.words > TOKEN_MAX_WORDS) and line.text[:1] not in "\\{"
        kind = 0 if prose else _token_kind(line)
        if kind:
            operators += kind == 2
            continue
        if pos - start >= TOKEN_RUN_MIN and operators >= TOKEN_RUN_MIN_OPERATORS:
            runs.append((start, pos))
        start, operators = pos + 1, 0
    if len(lines) - start >= TOKEN_RUN_MIN and operators >= TOKEN_RUN_MIN_OPERATORS:
        runs.append((start, len(lines)))
    return runs


def _underlines(line: str, above: int, prev: Line) -> bool:
    """Whether a line of "=" or "-" underlines the line above as a heading (level 1 or 2).

    Signal: the underlined ("setext") heading of Markdown, reStructuredText and plain-text
    writers (markdownify's default, pandoc's): a run of one rule character right under the
    title's line, no blank line between, about as long as the title as written. A rule
    (``<hr>``) stands apart from the text by blank lines and has a length of its own; a
    list item or a heading already marked is no title to underline. Cheap test first: the
    caller tries only lines that start with a rule character and follow a kept line.
    """
    if len(line) < UNDERLINE_MIN or line.strip(line[0]) or prev.bullet or prev.heading:
        return False
    return abs(len(line) - above) <= max(UNDERLINE_SLACK, above * UNDERLINE_SHARE)


def columns(text: str) -> int:
    """How many columns a text takes on a terminal: CJK and other wide characters take two."""
    return len(text) if text.isascii() else len(text) + len(WIDE_CHARS.findall(text))


def _read_lines(text: str) -> list[Line]:
    """Normalise whitespace and turn each non-blank line into a Line with its features."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        if any(char in text for char in HIDDEN_CHARS):
            text = INVISIBLE.sub("", text)
        text = composed(text)
    text, numbered = without_references(text)
    markdown = not numbered and looks_like_markdown(text)
    out: list[Line] = []
    gap = True
    dropped = False  # whether a line that holds no text (an image, a form field) came first
    above = 0  # the length of the line kept above as written (markup and all), for an underline
    spans: list[tuple[int, int]] = []  # where links spanning lines open and close (Markdown)
    ordered = False  # whether the last Markdown line kept is a numbered list item
    smart = low_quotes = False  # see written_smart
    if markdown:
        text = one_line_attributes(without_markup(text))
        smart = written_smart(text)
        low_quotes = smart and "\u201e" in text
    raws = _source_lines(text, markdown)
    ends: list[str | None] = []  # a Markdown line's last input line, when joined from several (join_wrapped_marks)
    if markdown:
        raws = join_wrapped_marks(raws, ends)
    source = _source_whitespace(text, raws)
    for index, raw in enumerate(raws):
        if not raw.isascii():
            raw = raw.replace("\u00a0", " ")
        if "\t" in raw:
            raw = raw.expandtabs(4)
        stripped = raw.strip()
        if not stripped or (len(stripped) == 1 and BARE_BULLET.match(stripped)):
            gap = gap or not stripped
            continue
        if not gap and out and stripped[0] in "=-" and _underlines(stripped, above, out[-1]):
            out[-1].heading = 1 if stripped[0] == "=" else 2
            continue
        written, above = len(stripped), 0  # (0 matches no underline: see _underlines)
        indent = 0 if source and not out else len(raw) - len(raw.lstrip())
        bullet = BULLET.match(stripped) if stripped[0] in BULLET_STARTS else None
        if bullet:
            stripped = stripped[bullet.end() :]
        level = linked = 0
        rendered = 0  # the columns of the rendered line, where a placeholder took room
        if numbered and "[" in stripped:
            unnumbered, linked = unnumber(stripped)
            if unnumbered != stripped:
                rendered, stripped = columns(stripped), unnumbered
            if not stripped:
                dropped = dropped or not out
                continue
        if markdown:
            marked = stripped
            stripped, level, linked, span = unmark(stripped, smart, low_quotes, breaks=hard_break(raw),
                                                   broken=index > 0 and hard_break(raws[index - 1]))
            ordered, item_above = ORDERED_ITEM.match(marked) is not None, ordered
            if ordered and item_above and out:
                out[-1].last = out[-1].width  # the next item of a list: no wrap made it (see _marked_width)
            if ("](" in marked or "]{" in marked) and _marked_width(raw, marked, stripped):
                end = ends[index]
                rendered = columns(marked if end is None else end.strip())
            if span == CLOSES_THEN_OPENS:  # "](/story-one)[": the one link ends, the next begins
                spans += [_link_mark(len(out), CLOSES_BEFORE, bool(stripped)),
                          _link_mark(len(out), OPENS_AFTER, bool(stripped))]
            elif span:
                spans.append(_link_mark(len(out), span, bool(stripped)))
            if not stripped:
                dropped = dropped or not out
                continue
        elif stripped[:2] == "{\\" and TEX_SOURCE.match(stripped):
            continue  # a formula's TeX annotation: the browser shows the formula, not its source
        elif "[" in stripped or (("_" in stripped or "(" in stripped) and _may_hold_placeholder(stripped)):
            placed = PLACEHOLDER.sub(" ", stripped).strip()
            if placed[:1] == "[":
                placed = _alt_beside_text(placed)
            if placed != stripped:
                rendered, stripped = rendered or columns(stripped), placed
            if not stripped or (stripped[0] == "[" and BRACKETED_ONLY.match(stripped)):
                dropped = dropped or not out
                continue
        if "  " in stripped or (not stripped.isascii() and WIDE_SPACE.search(stripped)):
            stripped = SPACES.sub(" ", stripped)
        if " " in stripped and stripped.count(" ") < GLUED_BY_MAX_WORDS:  # (cheap tests first: a name has a space)
            stripped = GLUED_BY_WORD.sub(_split_glued_by_word, stripped)
        mark = raw[indent] if bullet and raw[indent] in DASH_MARKS else ""
        out.append(Line(stripped, indent, bool(bullet), gap, heading=level, linked=min(linked, len(stripped)),
                        dash=mark))
        if rendered:
            out[-1].last = rendered  # the wrap tests measure the line as the renderer set it
        gap, above = False, written
        if dropped and len(out) == 1:
            out[0].untitled = True
    for pos in link_spans(spans):
        out[pos].linked = len(out[pos].text)
    return out


# A numbered Markdown list item: one that follows another does not go on its line by a wrap.
ORDERED_ITEM = re.compile(r"\d{1,3}[.)]\s")


def _marked_width(raw: str, marked: str, unmarked: str) -> bool:
    """Whether a line of a Markdown dump is measured with its markup by the wrap tests.

    Signal: how a wrapping converter fills its lines. html2text (78 columns) and pandoc (72)
    wrap the Markdown they write, link targets, titles and attribute lists included: a line
    whose link or span leaves little text (a byline "By [Jane Doe](/people/jane-doe) March"
    over "4 at 9:12") ran full all the same, and the words under it go on its paragraph (a
    line joined from several by join_wrapped_marks is measured by the last of them). Not a
    line that ends on a hard break (a <br>: the next line is a new one, see
    markdown.hard_break), nor a table row (its cells are set apart by runs of spaces); nor
    does a numbered list item go on into the next one (ORDERED_ITEM, in _read_lines).
    Called only for a line with a link or a span (the cheap test first)."""
    return unmarked != marked and not hard_break(raw) and "   " not in marked


def _alt_beside_text(line: str) -> str:
    """The line without the image's alt text that opens it, when the rest of the line says
    it again ("[Ines Marlow] Ines Marlow", "[Gazette staff] by Gazette staff").

    Signal: a text browser (lynx, pandoc's plain text) prints an image's alt text in
    brackets, then the link text beside it: an avatar beside its author's name, a logo beside
    the site's name. The alt text copies the words that follow it (after a by-word at most);
    the line is what they say (a byline, a name), and the copy would hide its start. A
    bracketed tag that the line does not open with ("[Review] A quiet harbour"), an editor's
    insertion that the sentence repeats later ("[The operator] told the board the operator
    …") and a row of images ("[a] [b]") stay.
    The alt text of an avatar that names no one ("[Profile picture] jdoe 2. Mai 2021", see
    fields.bylines.BRACKETED_PICTURE) goes too: it is the template's, never the page's text,
    and it would hide the name that opens the meta line.
    """
    close = line.find("]")
    if close < 2:
        return line
    if (picture := BRACKETED_PICTURE.match(line)) is not None:
        return line[picture.end():]  # "[Avatar] jdoe": the alt text a site's template gives every avatar
    inner = LINE_WORD.findall(line[1:close].casefold())
    rest = line[close + 1 :].strip()
    if not inner or not rest or rest[0] == "[":
        return line
    words = LINE_WORD.findall(rest.casefold())
    if words[: len(inner)] == inner or (words[:1] and words[0] in BY_WORDS and words[1 : len(inner) + 1] == inner):
        return rest  # the name (or "by" and the name) the alt text repeats opens the rest
    if words and words[1 : len(inner)] == inner[1:] and any(words[0] == by + inner[0] for by in BY_WORDS):
        return rest  # "[Jane Doe]byJane Doe": the by-word glued to the name (see GLUED_BY_WORD)
    return line


# A line longer than any renderer prints (see _source_lines), and the run of spaces or tabs
# that stood for markup in it.
SOURCE_LINE_MIN = 2000
MARKUP_GAP = re.compile(r"[ \t]{3,}")
SOURCE_GAP_CHARS = 500  # such a line has a run of spaces every this many characters at least
# A tag-strip of minified markup glues the texts of its elements ("HomeNewsSport", "…on
# Tuesday.The council …"): a lower-case letter, a digit or closing punctuation right before
# a capitalised word (see _source_lines), or a word in capitals before one ("Photo: AFP/JANE
# DOEFerry fares rise": the last capital opens the word; _glued_seams counts only the first kind).
GLUED_LINE_MIN = 1000
GLUED_SHORT_MIN = 300  # a shorter line ...
GLUED_SHORT_SEAM_CHARS = 40  # ... is cut with a seam every this many characters at least
GLUED_SEAM = re.compile(r"(?<=[a-z\u00df-\u00ff0-9.!?:;)\]])(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff])"
                        r"|(?<=[A-Z\u00c0-\u00de]{2})(?=[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2})")
GLUED_SEAM_CHARS = 150  # such a line has a seam every this many characters at least
GLUED_SPACE_CHARS = 20  # ... and a space every this many: words, not an encoded blob (base64)
# A sentence's end glued to the next one ("… on Tuesday.The council …", "… her snack?Chips"):
# paragraphs of a tag-strip run together, two lower-case letters before the stop.
GLUED_STOP = re.compile(r"[a-z\u00df-\u00ff]{2}[.!?][A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")
GLUED_STOPS = 2  # a long line with this many is a tag-strip's paragraphs run together (see _source_lines)


def _seam_classes() -> bytes:
    """A bytes.translate table for counting GLUED_SEAM's seams in one C pass (see
    _glued_seams): "a" for what may stand before a seam, "A" for a capital, " " for the rest."""
    table = bytearray(b" " * 256)
    for code in [*b"abcdefghijklmnopqrstuvwxyz0123456789.!?:;)]", *range(0xDF, 0x100)]:
        table[code] = ord("a")
    for code in [*b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", *range(0xC0, 0xDF)]:
        table[code] = ord("A")
    table[0xD7] = table[0xF7] = ord(" ")  # (the multiplication and division signs)
    table[ord("?")] = ord(" ")  # what the encoding put for a character outside Latin-1 ("“The")
    return bytes(table)


SEAM_CLASSES = _seam_classes()


def _glued_seams(line: str) -> int:
    """How many of GLUED_SEAM's seams a line has, as a count of "aAa" runs in its character
    classes: a long line costs one C pass, not a regular expression tried at every character.
    A character outside Latin-1 and a question mark count as spaces (a curly quote before a
    capital is no seam), so the count may miss a seam after "?" but never adds one."""
    return line.encode("latin-1", "replace").translate(SEAM_CLASSES).count(b"aAa")


# A dump whose lines of whitespace alone make more than this share of its lines keeps the
# whitespace of the page's source.
SOURCE_BLANK_SHARE = 0.2
WHITESPACE_LINE = re.compile(r"^[ \t]+$", re.M)


def _source_whitespace(text: str, raws: list[str]) -> bool:
    """Whether the dump keeps the whitespace of the page's source (a crude tag-strip), so
    that its first line, the page's <title>, stands indented as the source nests it in <head>.

    A layout renderer (inscriptis, lynx) indents its first line when it renders the page
    itself, not its <title> (see header.title_parts, which reads an indented first line as
    navigation); a tag-strip indents the title by the source's nesting. Signal: lines of
    nothing but spaces and tabs make more than SOURCE_BLANK_SHARE of the dump's lines
    (the source's indented empty lines; a renderer's blank lines are empty). In such a dump
    the first line is read at no indentation; the other lines keep theirs.
    """
    if " \n" not in text and "\t\n" not in text:
        return False  # (the cheap test first: most dumps have no line of whitespace alone)
    return len(WHITESPACE_LINE.findall(text)) > SOURCE_BLANK_SHARE * len(raws)


# A byline glued into a tag-strip's long line ("… Harbour GazetteBy Jane DoeMarch 4, 2025The
# council …", "… 2025von Jane DoeDie Fähre …"): a by-word before a full name's shape (see
# _cut_glued_bylines). The word opens the pattern (the engine jumps to its letters).
GLUED_BYLINE = re.compile(r"(?:By|Von|Par|Por|by|von)(?=\s{0,2}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s[A-ZÀ-ÖØ-Þ])")
GLUED_BYLINE_AFTER = frozenset(".!?'’\"”)]")  # what may stand glued before a by-word (and a figure or a letter)
GLUED_BYLINE_MIN = 200  # a line this long at least (a short one is an element's own: see GLUED_BY_WORD)
GLUED_BYLINE_REACH = 80  # the byline and its date: the seams this far past the by-word end it
NAME_PREFIXES = frozenset("Mc Mac De Di Da Du La Le".split())  # a name's part before its inner capital


def _cut_glued_bylines(line: str) -> list[str]:
    """A long line of a tag-strip cut around the bylines glued into it.

    Signal: a by-word glued to the text before it. BeautifulSoup's ``get_text()`` of a page
    whose markup has no whitespace between elements runs the byline into the headline or the
    caption before it and the dateline and the first paragraph after it; where such seams
    are too few for the line to be cut at all of them (see _source_lines), the byline is
    still cut out: a capitalised by-word right after a lower-case letter, a figure or closing
    punctuation ("GazetteBy Jane Doe", "quay'By Jane Doe"), or one in lower case right
    after a figure or closing punctuation ("2025von Jane Doe"; after a letter it ends a word:
    "Hobby Shop"), before a full name's shape; the line is cut before the by-word and at the
    seams (GLUED_SEAM) within GLUED_BYLINE_REACH characters after it (the name's end, the
    date's), but not inside a name ("McDonald", "DeShawn": NAME_PREFIXES). A by-word after
    a space is running text's (or already a line's start).
    """
    out: list[str] = []
    start = 0
    for m in GLUED_BYLINE.finditer(line):
        at = m.start()
        if at < start:
            continue
        before = line[at - 1 : at]
        if not (before in GLUED_BYLINE_AFTER or before.isdigit() or (before.islower() and m.group()[0].isupper())):
            continue
        out.append(line[start:at])
        reach = m.end() + GLUED_BYLINE_REACH
        start = at
        for seam in GLUED_SEAM.finditer(line, m.end(), min(reach, len(line))):
            if line[line.rfind(" ", 0, seam.start()) + 1 : seam.start()] in NAME_PREFIXES:
                continue  # "Jane McDonald": the name's own capital
            out.append(line[start : seam.start()])
            start = seam.start()
    if not out:
        return [line]
    out.append(line[start:])
    return [piece for piece in out if piece]


# A date glued into a tag-strip's line ("… anzeigen08. Februar 2022Zurück …", "…!08.12.2022Der
# Verband …"): a day and month (figures or a month's word) before a year, an optional time
# after it (see _cut_glued_dates); a month's word by its first letters (English, German).
GLUED_MONTH = (r"(?i:jan(?:uary|uar)?|j\u00e4nner|feb(?:ruary|ruar)?|mar(?:ch)?|m\u00e4rz|apr(?:il)?|ma[iy]"
               r"|jun[ei]?|jul[yi]?|aug(?:ust)?|sept?(?:ember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)"
               r"(?![a-z\u00e4])\.?")
GLUED_DATE = re.compile(
    r"(?<![\d,])\d{1,2}(?:\.\s?\d{1,2}\.\s?|\.?\s?" + GLUED_MONTH + r"\s)(?:19|20)\d\d(?![\d:])"
    r"(?:,?\s?\d{1,2}:\d\d(?:\s?Uhr)?)?"
    r"|(?<![A-Za-z])" + GLUED_MONTH + r"\s\d{1,2},\s(?:19|20)\d\d(?![\d:])"
)
# Every date GLUED_DATE finds holds its year, and starts at most this many characters before
# it (a day, a month's word and a stop, spaces: "September. 4 " before the year; see _glued_dates).
GLUED_DATE_LEAD = 15
GLUED_YEAR = re.compile(r"(?:19|20)\d\d(?![\d:])")  # (as GLUED_DATE reads a year)
GLUED_DATE_BEFORE = frozenset(".!?:)]»")  # what may stand glued before a date (and a letter)
GLUED_DATE_AFTER = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]|[„“\"][A-ZÀ-ÖØ-Þ]")  # a capitalised word glued after it
GLUED_LIST_DATES = 3  # this many glued dates in a row ...
GLUED_LIST_GAP = 200  # ... each this near the next are a list of dated items, left whole
GLUED_DATE_REACH = 40  # the seam before a date glued after (its cue: a word, a name) this near
FIGURE = re.compile(r"\d")


def _undated_lists(glued: list[tuple[int, int, bool, bool]]) -> list[tuple[int, int, bool, bool]]:
    """The glued dates (start, end, ...) less those in a list of dated items.

    Signal: GLUED_LIST_DATES or more dates in a row, each within GLUED_LIST_GAP characters
    of the next. A sidebar of dated teasers or a thread of dated comments glues a date to
    every short item; an article's dateline is one date, or two (published and updated)
    side by side. Cutting a list's dates out would make each teaser a headline with its
    dateline, so the whole run stays as it was.
    """
    kept: list[tuple[int, int, bool, bool]] = []
    run: list[tuple[int, int, bool, bool]] = []
    for date in [*glued, (1 << 62, 0, False, False)]:
        if run and date[0] - run[-1][1] > GLUED_LIST_GAP:
            if len(run) < GLUED_LIST_DATES:
                kept += run
            run = []
        run.append(date)
    return kept


def _glued_dates(line: str) -> Iterator[re.Match[str]]:
    """GLUED_DATE's matches in a line, the same as ``finditer`` gives them, the pattern tried
    only in the GLUED_DATE_LEAD characters before each year: a long line costs one scan for
    years, not the whole pattern tried at every character."""
    pos = 0  # where the last date ended
    for year in GLUED_YEAR.finditer(line):
        if year.start() < pos:
            continue  # (the year of the date found last)
        for start in range(max(pos, year.start() - GLUED_DATE_LEAD), year.start() + 1):
            date = GLUED_DATE.match(line, start)
            if date is not None:
                yield date
                pos = date.end()
                break


def _cut_glued_dates(line: str) -> list[str]:
    """A tag-strip's line cut around the dates glued into it.

    Signal: a date with no space between it and the text of the element before or after
    it. BeautifulSoup's ``get_text()`` of minified markup runs a page's dateline into the
    navigation or the headline before it ("Menu anzeigen04. März 2023") and into the first
    paragraph after it ("4. März 2023Die Fähre …"); where the line holds too few seams to
    be cut at all of them (see _source_lines), or where the seam before a day number is no
    capital (GLUED_SEAM), the date is still cut out. A date (GLUED_DATE) is glued before
    when a letter or closing punctuation touches its day ("anzeigen04.", "!04.03.2023"), and
    after when a capitalised word touches its year or time ("2023Die", "2023„Wir"); prose
    puts a space on both sides. The line is cut right before a date glued before, and
    before one glued after only at a seam or a sentence's end within GLUED_DATE_REACH
    characters (its cue, a word or the author's name, stays with it); it is cut right
    after a date glued after, and after one glued before at the first seam within
    GLUED_DATE_REACH characters. A run of glued dates close together is a list of dated
    teasers or comments, not an article's dateline (see _undated_lists): it is left whole.
    """
    if FIGURE.search(line) is None:  # (the cheap test first: one C scan of a paragraph without figures)
        return [line]
    glued = []
    for m in _glued_dates(line):
        before = line[m.start() - 1 : m.start()]
        glued_before = before.isalpha() or before in GLUED_DATE_BEFORE
        glued_after = GLUED_DATE_AFTER.match(line, m.end()) is not None
        if glued_before or glued_after:
            glued.append((m.start(), m.end(), glued_before, glued_after))
    glued = _undated_lists(glued)
    if not glued:
        return [line]
    out: list[str] = []
    start = 0
    for at, end, glued_before, glued_after in glued:
        if at < start:
            continue
        cut = at
        if not glued_before:
            cut = -1
            lo = max(start, at - GLUED_DATE_REACH)
            for seam in GLUED_SEAM.finditer(line, lo, at):
                cut = seam.start()
            if cut < 0:
                stop = max(line.rfind(". ", lo, at), line.rfind("! ", lo, at), line.rfind("? ", lo, at))
                cut = stop + 2 if stop >= 0 else -1
        if cut > start:
            out.append(line[start:cut])
            start = cut
        if not glued_after:
            after = GLUED_SEAM.search(line, end, min(len(line), end + GLUED_DATE_REACH))
            if after is None:
                continue
            end = after.start()
        out.append(line[start:end])
        start = end
    if not out:
        return [line]
    out.append(line[start:])
    return [piece.strip() if piece[:1] == " " else piece for piece in out if piece.strip()]


def _source_lines(text: str, markdown: bool = False) -> list[str]:
    """The dump's lines, a line of stripped page source cut where its markup stood.

    A crude tag-strip of a page whose HTML is written on a few long lines (minified, or
    generated without line breaks) keeps the source's whitespace: a whole page comes out as
    one line of thousands of characters, its elements apart only by the runs of spaces and
    tabs the tags left. A renderer wraps or breaks lines long before that, and prose holds
    single spaces. Signal: a line of SOURCE_LINE_MIN characters or more with runs of three
    or more spaces or tabs (MARKUP_GAP), one every SOURCE_GAP_CHARS characters at least (a
    long paragraph with a stray triple space stays whole); each run becomes a line break (no blank line, as
    within one element). Shorter lines stay as written (table cells a layout renderer sets
    side by side, indentation).

    A tag-strip with no separator at all (BeautifulSoup's ``get_text()`` of minified markup)
    glues the elements' texts: a menu reads "HomeNewsSport", paragraphs "… on Tuesday.The
    council …". Such a line (GLUED_LINE_MIN characters or more) has a seam (GLUED_SEAM: a
    capitalised word right after a lower-case letter, a digit or closing punctuation, with
    no space) every GLUED_SEAM_CHARS characters at least, where prose has one in thousands
    (a brand written "YouTube"); a shorter one (GLUED_SHORT_MIN or more: a headline glued to
    its byline's fields and buttons) has one every GLUED_SHORT_SEAM_CHARS at least; it is
    cut at its seams, if it holds words (a space every GLUED_SPACE_CHARS characters: an
    encoded blob has letters and no space) and fewer commas
    than seams (a list of user names written "SeaFog, HarbourCat, …" has its seams inside
    its items, which ", " already keeps apart). A page of long paragraphs has few seams
    for its length, but a sentence's end glued to the next sentence (GLUED_STOP: "… on
    Tuesday.The council …", two lower-case letters before the stop) is as good a sign: prose
    puts a space after its stops, so GLUED_STOPS of them in one long line mean its
    paragraphs ran together, and the line is cut at its seams too. The pieces cut at seams
    are different elements' texts, so a blank line stands between them: no rule that joins
    a paragraph's lines ("Ferry fares rise again" over "Ines Marlow, 4 March 2025") joins them
    back. Not in a Markdown dump: its long lines are links written one after another
    ("[Home](/)[News](/news)").
    """
    lines = text.split("\n")
    if len(text) < GLUED_BYLINE_MIN:
        return lines
    # Only a line of GLUED_BYLINE_MIN characters or more is ever cut (the shortest cut):
    # the others pass as they are, found by their lengths alone.
    long = [pos for pos, length in enumerate(map(len, lines)) if length >= GLUED_BYLINE_MIN]
    if not long:
        return lines
    out: list[str] = []
    done = 0  # the lines before this are in ``out``
    for pos in long:
        out += lines[done:pos]
        done = pos + 1
        pieces = _source_pieces(lines[pos], markdown)
        if markdown:
            out += pieces
            continue
        for piece in pieces:
            if len(piece) < GLUED_BYLINE_MIN:
                out.append(piece)
            else:
                out += [cut for part in _cut_glued_bylines(piece) for cut in _cut_glued_dates(part)]
    out += lines[done:]
    return out


def _source_pieces(line: str, markdown: bool) -> list[str]:
    """A long line cut where markup stood (a run of spaces, see MARKUP_GAP) or at the seams
    of glued elements (see _source_lines), or the line alone. A piece between runs of
    spaces may still hold glued elements (a tag-strip keeps the spaces of some tags only):
    it is cut at its seams the same way."""
    if len(line) >= SOURCE_LINE_MIN and len(MARKUP_GAP.findall(line)) * SOURCE_GAP_CHARS >= len(line):
        indent = line[: len(line) - len(line.lstrip())]
        pieces = [indent + piece for piece in MARKUP_GAP.split(line.strip())]
        return pieces if markdown else [cut for piece in pieces for cut in _glued_pieces(piece)]
    return [line] if markdown else _glued_pieces(line)


def _glued_pieces(line: str) -> list[str]:
    """A line of a tag-strip cut at the seams of its glued elements, or the line alone (see
    _source_lines for the signals)."""
    if len(line) < GLUED_SHORT_MIN or line.count(" ") * GLUED_SPACE_CHARS < len(line):
        return [line]  # short, or no words (an encoded blob)
    if _dense_seams(line) or (len(line) >= GLUED_LINE_MIN and _glued_stops(line) >= GLUED_STOPS):
        cuts = [cut for piece in _cut_glued_dates(line) for cut in GLUED_SEAM.split(piece)]
        return [part for cut in cuts for part in (cut, "")][:-1]
    return [line]


def _glued_stops(line: str) -> int:
    """How many sentence ends glued to the next sentence (GLUED_STOP) a line has, counted up
    to GLUED_STOPS (a huge line is not searched to its end)."""
    return sum(1 for _ in islice(GLUED_STOP.finditer(line), GLUED_STOPS))


def _dense_seams(line: str) -> bool:
    """Whether a line has a glued seam every GLUED_SEAM_CHARS characters (a shorter line: every
    GLUED_SHORT_SEAM_CHARS), and fewer ", " than seams (see _source_lines)."""
    seams = _glued_seams(line)
    every = GLUED_SEAM_CHARS if len(line) >= GLUED_LINE_MIN else GLUED_SHORT_SEAM_CHARS
    return every * seams >= len(line) and line.count(", ") < seams


def _link_mark(pos: int, span: int, kept: bool) -> tuple[int, int]:
    """Where a line opens or closes a link spanning lines (see markdown.link_spans), as the
    position of a kept line: a line of nothing but "[" opens the link at the next line kept,
    one of nothing but "](url)" closes it at the last line kept."""
    if kept:
        return pos, span
    return (pos, OPENS_AT_START) if span in (OPENS_AT_START, OPENS_AFTER) else (pos - 1, CLOSES_AT_END)


def _wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped dump was wrapped at, or 0 when lines are not wrapped.

    Signal: a cliff in the line lengths. The width is the length that 95% of the lines of
    some length (20 characters or more) do not exceed, and next to no line exceeds it by more
    than WRAP_SLACK (a long link or a table row may: up to WRAP_OUTLIER_SHARE of them). The
    text is wrapped when many lines end just short of that width (WRAP_SHARE of them), or
    when many lines were visibly cut there: the next line, in the same run and at the same
    indentation, starts with a word that would not have fitted (WRAP_CUT_SHARE of them; a
    page with long menus and link lists has few lines near the width, but its paragraphs
    still break at it). When there is no such cliff, the cuts alone may show the width (see
    _cut_width).
    """
    lengths = [line.width + line.indent for line in lines if len(line.text) >= 20]  # (no line joined yet)
    if len(lengths) < 8:
        return 0
    width = sorted(lengths)[int(len(lengths) * 0.95) - 1]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH or \
            sum(1 for n in lengths if n > width + WRAP_SLACK) > WRAP_OUTLIER_SHARE * len(lengths):
        return _cut_width(lines, lengths)
    near = sum(1 for n in lengths if width - WRAP_SLACK <= n <= width)
    if near < WRAP_MIN_LINES:
        return _cut_width(lines, lengths)
    if near >= WRAP_SHARE * len(lengths):
        return width
    cut = 0
    for prev, line in pairwise(lines):
        end = prev.indent + prev.width
        if width - WRAP_SLACK <= end <= width and not line.gap_before and not line.bullet and \
                abs(line.indent - prev.indent) <= WRAP_INDENT_SLACK and \
                end + 1 + columns(line.text.split(" ", 1)[0]) > width - 1:
            cut += 1
    return width if cut >= WRAP_MIN_LINES and cut >= WRAP_CUT_SHARE * len(lengths) else _cut_width(lines, lengths)


def _cut_width(lines: list[Line], lengths: list[int]) -> int:
    """The width at which most lines were visibly cut, or 0.

    Signal: the cuts themselves. A renderer that wraps at a fixed width (pandoc's plain text
    at 72 columns, say) cannot break a run of text with no space in it (a long address, words
    joined by no-break spaces, a table row), so more lines than _wrap_width allows may stand
    out past the width, and then the share of long lines under it no longer shows a cliff.
    But every wrapped line still ends where the next line's first word would not have
    fitted: each pair of lines in a run is consistent with the widths from its end up to
    that point. The width most pairs agree on is taken when they are many (WRAP_CUT_MIN_SHARE
    of the long lines, far more than the chance agreements of a dump that is not wrapped)
    and few lines stand far out past it (WRAP_CUT_MAX_OVER of them; a scraper's dump prints
    each paragraph on one long line).
    """
    counts = [0] * (WRAP_MAX_WIDTH + 2)  # by width: the pairs of lines cut there (a difference array)
    lowest = WRAP_MIN_WIDTH - WRAP_SLACK
    for prev, line in pairwise(lines):
        end = prev.indent + prev.width
        if end < lowest or end > WRAP_MAX_WIDTH or line.gap_before or line.bullet or \
                abs(line.indent - prev.indent) > WRAP_INDENT_SLACK:
            continue
        low = max(end, WRAP_MIN_WIDTH)
        high = min(end + WRAP_SLACK, end + 1 + columns(line.text.split(" ", 1)[0]), WRAP_MAX_WIDTH)
        if low <= high:
            counts[low] += 1
            counts[high + 1] -= 1
    best = cuts = running = 0
    for width in range(WRAP_MIN_WIDTH, WRAP_MAX_WIDTH + 1):
        running += counts[width]
        if running > cuts:
            best, cuts = width, running
    if cuts < WRAP_MIN_LINES or cuts < WRAP_CUT_MIN_SHARE * len(lengths):
        return 0
    over = sum(1 for n in lengths if n > best + WRAP_SLACK)
    return best if over <= WRAP_CUT_MAX_OVER * len(lengths) else 0


def _unbullet_wrapped_dashes(lines: list[Line], width: int) -> None:
    """Give back its dash to a line that a hard wrap started with one ("X - Y" cut before "-").

    Signal: the wrap. In a hard-wrapped dump a dash that stood between two words ("a title - its
    second part") starts the next line when it would not have fitted on the line before; read
    as a list marker, it would cut the line from the text it goes on with. A dash is taken
    back as text when the line before ran full (the dash would not have fitted on it), holds
    no list item itself and does not end in a colon (a list of dash items, or the line that
    introduces one, may run to the width), the line after it is no dash item too, and the
    dash stands at that line's indentation, with no blank line between them.
    """
    for pos in range(1, len(lines)):
        line = lines[pos]
        if not line.dash or line.gap_before:
            continue
        prev = lines[pos - 1]
        if prev.bullet or abs(line.indent - prev.indent) > WRAP_INDENT_SLACK or \
                prev.indent + prev.last + 2 <= width - 1 or prev.tail.endswith(":"):
            continue
        nxt = lines[pos + 1] if pos + 1 < len(lines) else None
        if nxt is not None and nxt.dash and not nxt.gap_before:
            continue  # a list of dash items under a full line
        lines[pos] = Line(f"{line.dash} {line.text}", line.indent, False, False, heading=line.heading,
                          linked=line.linked)


def _continues_across_gap(prev: Line, line: Line, width: int) -> bool:
    """Whether ``line`` continues ``prev`` although a blank line stands between them.

    A scraper's ``get_text`` leaves blank lines around inline elements, so a blank line is
    no proof of a new paragraph. Only strong signals join across one: the next line starts
    with closing punctuation, or ``prev`` was cut mid-clause and the next starts lowercase, or
    both are lines of running text (BROKEN_LINE_WORDS or more) that stop and start on a
    lower-case word, as a paragraph broken by ``<br><br>`` does (a byline's "by" excepted).
    """
    if line.bullet or prev.bullet or line.heading or prev.heading:
        return False
    first = line.text[:1]
    if prev.width <= CITATION_MAX and first.isupper() and BY_WORD.match(prev.full_text()):
        return True  # "By" alone on a line, the name on the next
    if first in CLOSING_STARTS and STARTS_CLOSING.match(line.text) and not first.isalnum():
        return prev.width > 1
    if not first.islower():
        return False  # (the tests below all ask for a lower-case start)
    if prev.words > 2 and _cut(prev):
        return True
    # A line break kept as a blank line (<br><br>): a line of running text that stops on a
    # lower-case word, and a line of running text that starts with one, are one sentence.
    last = prev.tail.rsplit(" ", 1)[-1]
    # A byline under a headline ("by ...") starts lower-case too.
    return last.isalpha() and last.islower() and prev.indent == line.indent and \
        min(prev.words, line.words) >= BROKEN_LINE_WORDS and not BY_WORD.match(line.text.split(" ", 1)[0]) \
        and not _word_then_stamp(line.text)


# A word, a field separator and a figure: "jdoe — 2. Mai 2021", "jdoe | 12.05.2021".
WORD_THEN_STAMP = re.compile(r"^\S+\s(?:[|\u00b7\u2022\u2013\u2014]|--?)\s+\S*\d")


def _word_then_stamp(text: str) -> bool:
    """"jdoe — 2. Mai 2021": a user name in lower case, a dash or a bar and the date is a
    post's meta line (a renderer that sets each element apart by a blank line prints it under
    the headline), no sentence going on from the line above. Signal: the separator right after
    the first word and a figure right after it; a sentence's aside after its first word
    ("harbour — as the council said") goes on with words."""
    return text[:1].islower() and WORD_THEN_STAMP.match(text) is not None


# How an author bio goes on after the name it starts with ("is a reporter", "covers …").
BIO_OPENING = re.compile(r"(?:is|was)\s+(?:a|an|the|our)\s|(?:covers|writes|reports)\s")


def _inline_between(prev: Line, line: Line, nxt: Line | None) -> bool:
    """Whether ``line`` is an inline element (a link, an emphasis) inside the sentence of ``prev``.

    A scraper's ``get_text("\\n")`` puts a link on a line of its own, so "... the so-called",
    "Link Text", "continues the sentence." stand on three lines, and the middle one starts with
    a capital like a new block would. Signal: the three lines stand in one run (no blank line;
    across blank lines only when ``prev`` ends on open punctuation or a function word, as
    ``get_text`` may set an inline element apart), ``prev`` does not end a sentence, ``line``
    is a few words without a clause mark of its own (a name or a phrase, not "May 3, 2024"),
    all three stand at one indentation (a layout renderer indents each element by its
    nesting), and the line after goes on with the same sentence (closing punctuation, a hyphen
    glued to a word that ends the compound the element began, or a
    lower-case word in a line that reads as prose), which a headline or a menu entry never
    continue into. A line between an opening quotation mark that ends ``prev`` and the mark
    that closes it at the start of the line after is a quoted title or phrase set in an
    element of its own ("... his novel «" / "Title" / "», published ..."), capitalised or not.
    """
    if nxt is None or line.bullet or nxt.bullet or line.heading or nxt.heading:
        return False
    if (line.gap_before or nxt.gap_before) and not (prev.words > 2 and _cut(prev)):
        return False  # across a blank line only after a sentence cut mid-clause
    # (cheap tests before the searches: this runs for every line of the dump)
    if prev.heading or prev.bullet or line.words > INLINE_MAX_WORDS or ENDS_SENTENCE.search(prev.tail):
        return False
    closer = QUOTE_CLOSERS.get(prev.tail[-1:])
    if closer and prev.words >= 3 and nxt.text.startswith(closer) and not ENDS_SENTENCE.search(line.tail) and \
            prev.indent == line.indent == nxt.indent:
        return True  # « / a quoted title / », …: the quotation marks hold the element in the sentence
    if prev.words < 3 or not prev.tail[-1:].isalpha() or ENDS_SENTENCE.search(line.tail):
        return False  # a date, a name or a formula on its own line is no sentence cut at a link
    if not prev.indent == line.indent == nxt.indent or CLAUSE_MARK.search(line.text):
        return False  # a clause of its own ("May 3, 2024"), or a line of another element (layout dumps)
    if (nxt.width <= CITATION_MAX and BY_WORD.match(nxt.text)) or _starts_byline(nxt, None):
        return False  # "By" before a name, or "by Jane Doe": a byline follows
    if BIO_OPENING.match(nxt.text) and all(w[:1].isupper() for w in line.text.split()):
        return False  # "Jane Doe" / "is a freelance reporter …": an author box starts
    if CLOSES_CLAUSE.match(nxt.text) or GLUED_HYPHEN.match(nxt.text) or POSSESSIVE.match(nxt.text):
        return True
    # A lower-case continuation must read as prose (a clause mark, a long line, or a line that
    # is cut mid-clause itself): the second line of a headline in a list of headlines split
    # over two lines does not.
    # A parenthesis after a name ("(2019)", "(the agency)") may stand before the lower-case word.
    aside = ASIDE.match(nxt.text)
    first = nxt.text[aside.end() : aside.end() + 1] if aside else nxt.text[:1]
    return first.islower() and (PROSE_MARK.search(nxt.text) is not None or nxt.words >= INLINE_PROSE_WORDS or
                                _cut(nxt))


# A line above a byline: at least this many words (a headline, not a label: "Kommentar" / "von").
HEADLINE_MIN_WORDS = 3
CLOSING_QUOTES = "\"'\u201d\u2019\u00bb\u00ab)"
# A name after a byline's word: at most this many words.
BYLINE_NAME_WORDS = 4


def _opens_byline(prev: Line, line: Line, after: list[Line], gapless: bool = False) -> bool:
    """Whether ``line``, a byline's word alone ("by", "von"), opens a block of its own
    instead of going on with the line above it.

    A lower-case word continues the line above in a run, but a headline set on a line of
    its own ("Headline" / "von" / "Jane Doe") does not go on with its byline: markup puts
    the byline's word and the linked name in elements of their own. Signal: ``prev`` is one
    whole line (no paragraph rebuilt from pieces) that neither ends a sentence nor is cut mid-clause
    nor ends on a separator or on a figure with few words before it (a date: "11/05/2019 ·" /
    "by" / "Kay" is one meta line; a headline may end on its event's date, see
    _titled_figure) nor is a one- or two-word label ("Kommentar" / "von" / "Jane"), the next
    line is a short capitalised name (or a handle, see _handle) that no lower-case text or
    closing punctuation continues (prose around a linked name goes on: "the workshops" / "of" /
    "Acme Corp" / "moved …"; a comma before more names does not, see _more_names), and a figure follows within two lines
    (the date of the meta block: "Jane Doe" / "·" / "2. Mai 2021"; a teaser's or an ad's "by"
    has none). In a dump without blank lines (see _gapless) the figure is not asked for: there
    a teaser's "by" is set apart from its title as a dump with blank lines sets it."""
    if not after or line.width > CITATION_MAX or not BY_WORD.match(line.text):
        return False
    if prev.count != 1 or prev.bullet or _cut(prev) or ENDS_SENTENCE.search(prev.tail) \
            or not (prev.tail[-1:].isalpha() or prev.tail[-1:] in CLOSING_QUOTES or _titled_figure(prev)):
        return False
    name = after[0]
    if name.words > BYLINE_NAME_WORDS or not (name.text[:1].isupper() or name.text[:1] == "@" or _handle(after)):
        return False
    if prev.words < HEADLINE_MIN_WORDS:
        return False
    if not gapless and not any(ch.isdigit() for later in after[1:] for ch in later.text):
        return False
    if len(after) < 2 or after[1].gap_before:
        return True
    return not (after[1].text[:1].islower() or STARTS_CLOSING.match(after[1].text)) or _more_names(after)


def _handle(after: list[Line]) -> bool:
    """"von" / "jdoe" / "3. Mai 2021": a user's handle in lower case is the name when it is one
    word and the meta line's date follows it (a lower-case word in a sentence, "sold" / "by" /
    "auction" / "in 2019", goes on with its sentence)."""
    return after[0].words == 1 and len(after) > 1 and after[1].text[:1].isdigit()


def _more_names(after: list[Line]) -> bool:
    """"by" / "Jane Doe" / ", Max Muster" (or "," / "Max Muster"): a comma after the name and a
    capitalised word after it go on with a list of names or the writer's title; a sentence goes
    on lower-case after a linked name ("Jane Doe" / ", a reporter at …")."""
    rest = after[1].text
    if rest[:1] != ",":
        return False
    rest = rest[1:].lstrip()
    if not rest and len(after) > 2:
        rest = after[2].text
    return rest[:1].isupper()


def _titled_figure(line: Line) -> bool:
    """"Results: Spring Relay, Harbourton, 14.6.2009": a headline that ends on a figure (the
    date or the number of the event it reports) has HEADLINE_MIN_WORDS or more words of
    letters before it; a meta line's date ("11/05/2019", "Posted on 11/05/2019") has fewer."""
    return line.tail[-1:].isdigit() and sum(1 for w in line.text.split() if w[:1].isalpha()) >= HEADLINE_MIN_WORDS


# A dump with a blank line before at most this share of its lines sets no elements apart.
GAPLESS_SHARE = 0.01
GAP_BEFORE = attrgetter("gap_before")  # (counted by map: no Python call per line)


def _gapless(lines: list[Line]) -> bool:
    """Whether the dump has (next to) no blank lines: a scraper's ``"\\n".join(stripped_strings)``
    or ``get_text("\\n", strip=True)``, a browser's innerText.

    Signal: blank lines before GAPLESS_SHARE of the lines at most (the first line counts as
    one). In such a dump a line that follows another without a blank line is no evidence
    that the two are one element, so the tests that read the absence of a blank line as
    such evidence (see _opens_byline) must not ask for it.
    """
    gaps: int = sum(map(GAP_BEFORE, lines))
    return gaps <= GAPLESS_SHARE * len(lines) + 1


# A byline on a line of its own that starts with its by-word in lower case ("by Jane Doe",
# "von Jane Doe, Max Muster", "by: Jane Doe"), and at most this many words.
BYLINE_LINE = re.compile(rf"^(?:{'|'.join(BY_WORDS)}):?\s+(?=[A-ZÀ-ÖØ-Þ@])")
BYLINE_LINE_WORDS = 8
BYLINE_DATED_WORDS = 12  # ... or this many when the date follows the names on the line
BY_LOWER_INITIALS = frozenset(w[0] for w in BY_WORDS)  # cheap test before BYLINE_LINE
# The line a byline opens under is a headline, a dek's last line or a meta line: at most this
# many words (a paragraph broken at a link, "… was drawn up" / "by Harbour Master Tom Reed" /
# "after the vote …", runs longer).
BYLINE_ABOVE_MAX_WORDS = 20
# Words that join names in a byline ("Jane Doe and Max Muster").
NAME_JOINERS = frozenset("and und & et y e en".split())


def _starts_byline(line: Line, nxt: Line | None) -> bool:
    """"A headline" / "by Jane Doe": a line that starts with a by-word in lower case and goes on
    with a few capitalised names is a byline of its own, not the rest of the line above.

    A lower-case start goes on with the line above in a run (a sentence broken around a
    link), but markup sets a byline in an element of its own under the headline, the dek or
    a meta line; a dump without blank lines (see _gapless) runs them together ("A headline
    by Jane Doe"). Signal: the by-word (BY_WORDS), then at most BYLINE_LINE_WORDS words, each
    capitalised, a handle, a joining word ("and", "und") or punctuation, no sentence's end,
    and the next line does not go on with it (no lower-case start, no closing punctuation: a
    sentence around a linked publisher, "was typeset" / "by Acme Press" / "in May", does);
    a single word after the by-word must have a figure (the date) on the next line.
    A byline line with a figure on it (the date printed after the names: "by Jane Doe
    @jdoe May 3, 2024: 9:15 AM") may run to BYLINE_DATED_WORDS.
    A line cut mid-clause before it is joined before this test (see _continues_in_run).
    """
    if line.text[:1] not in BY_LOWER_INITIALS or line.words > BYLINE_DATED_WORDS or \
            (line.words > BYLINE_LINE_WORDS and not any(ch.isdigit() for ch in line.text)) or \
            not BYLINE_LINE.match(line.text):
        return False
    if ENDS_SENTENCE.search(line.tail):
        return False
    names = line.text.split(" ")[1:]
    if not all(w[:1].isupper() or w[:1] == "@" or w in NAME_JOINERS or not any(c.isalpha() for c in w)
               for w in names):
        return False
    if nxt is not None and (nxt.text[:1].islower() or STARTS_CLOSING.match(nxt.text)):
        return False
    # One word is a name only where the meta line's date follows ("von Hafenteam," / "3. Mai
    # 2021"): a German noun is capitalised too ("… beim Leasing" / "von Firmenwagen").
    return len(names) > 1 or (nxt is not None and any(ch.isdigit() for ch in nxt.text))


# A link after a cut teaser: at most this many words ("ferry notes", "on the ferry").
READ_MORE_WORDS = 2


def _read_more(prev: Line, line: Line) -> bool:
    """"… the council will decide on…" / "ferry notes": a teaser the site cut short with an
    ellipsis glued to its last word, and a link of a word or two under it, are two elements.

    A lower-case line goes on with the sentence above it in a run, but a sentence the
    site cut ends where the ellipsis stands: what follows is the link to the rest. Signal:
    ``prev`` ends on an ellipsis ("…" or "...") glued to its last word (or its stop), and ``line`` is at most
    READ_MORE_WORDS words without a clause mark."""
    tail = prev.tail
    if tail.endswith("…"):
        before = tail[-2:-1]
    elif tail.endswith("..."):
        before = tail[-4:-3]
    else:
        return False
    if not before or before.isspace():
        return False
    return line.words <= READ_MORE_WORDS and not CLAUSE_MARK.search(line.text)


# A sentence that a linked or emphasised clause interrupts (see _clause_between).
CLAUSE_PREV_MIN_WORDS = 5
CLAUSE_MAX_WORDS = 12
CLAUSE_NEXT_MIN_WORDS = 3


def _clause_between(prev: Line, line: Line, nxt: Line | None) -> bool:
    """Whether ``line`` is a linked or emphasised part of the sentence ``prev`` began, even
    with commas in it.

    A scraper's ``get_text("\\n")`` breaks "... offers advice on <a>contracts, licences and
    disputes</a> in the field of ..." into three lines; _inline_between leaves a middle line
    with a clause mark alone (it may be a date: "May 3, 2024"). Signal: the three lines stand
    in one run without blank lines at one indentation, ``prev`` is CLAUSE_PREV_MIN_WORDS or
    more words that do not end a sentence, ``line`` is at most CLAUSE_MAX_WORDS words and does
    not end one either, and the line after it goes on lower-case as prose (CLAUSE_NEXT_MIN_WORDS
    or more words with a clause mark, a long line or a line cut mid-clause; not a byline's
    "by" or an author box's "is a reporter"). A list of headlines or menu entries never goes on
    lower-case after an entry; a date under a headline has no lower-case prose after it.
    """
    if nxt is None or line.gap_before or nxt.gap_before or line.bullet or nxt.bullet or prev.bullet:
        return False
    if line.heading or nxt.heading or prev.heading or not prev.indent == line.indent == nxt.indent:
        return False
    if prev.words < CLAUSE_PREV_MIN_WORDS or line.words > CLAUSE_MAX_WORDS or nxt.words < CLAUSE_NEXT_MIN_WORDS \
            or not nxt.text[:1].islower() or ENDS_SENTENCE.search(prev.tail) or ENDS_SENTENCE.search(line.tail):
        return False
    if BY_WORD.match(nxt.text.split(" ", 1)[0]) or BIO_OPENING.match(nxt.text):
        return False  # "von" / "Name": a byline under a date; "Name" / "is a reporter": an author box
    return PROSE_MARK.search(nxt.text) is not None or nxt.words >= INLINE_PROSE_WORDS or _cut(nxt)


def _cut(line: Line) -> bool:
    """Whether ``line`` ends mid-clause: on open punctuation or a function word (OPEN_WORDS)."""
    return _cut_tail(line.tail)


def _ends_low_quote(line: Line) -> bool:
    """Whether ``line`` ends on the U+201C that closes a low quotation opened in it.

    U+201C opens a quotation in English (so ENDS_OPEN reads a line ending on it as cut) but
    closes one that a low mark opened in German, Polish or Czech ("„Titel“"). Signal: a
    low mark before it (in the whole of a single line, in the last TAIL characters of a
    rebuilt paragraph) and no other U+201C between them.
    """
    if line.tail[-1:] != HIGH_CLOSING:
        return False
    text = line.text if line.pieces is None else line.tail
    low = text.rfind(LOW_OPENING)
    return low >= 0 and text.rfind(HIGH_CLOSING, 0, len(text) - 1) < low


@lru_cache(maxsize=256)
def _cut_tail(tail: str) -> bool:
    """_cut on a paragraph's tail. Cached: the merge loop asks up to three tests about the
    same last paragraph for each line it reads, and each one asks this.

    A function word's letters in capitals at the end of a line in lower case ("… 9:15 AM
    ET", "… office in LA") are an abbreviation (a time zone, a place), which may end it."""
    if ENDS_OPEN.search(tail) is not None:
        return True
    word = tail.rsplit(" ", 1)[-1]
    return word.lower() in OPEN_WORDS and not (len(word) > 1 and word.isupper() and not tail.isupper())


def _closes_low_quote(prev: Line, line: Line) -> bool:
    """Whether ``line`` starts with the mark that closes a quotation ``prev`` opened low.

    Signal: quotation marks. In German, Polish or Czech text a quotation runs from a low mark
    to U+201C; a scraper that puts a link inside the quotation on a line of its own leaves the
    closing mark at the start of a line ("\u201c says the minister"). Only when the last low mark
    of ``prev`` (its first line, or its last TAIL characters) is still open does the mark
    close it: in English text U+201C opens a new quotation.
    """
    if not line.text.startswith(HIGH_CLOSING):
        return False
    for text in (prev.tail, prev.text):
        low = text.rfind(LOW_OPENING)
        if low >= 0:
            return text.rfind(HIGH_CLOSING) < low
    return False


# A post's stamp closing a line: a numeric date and the time ("14.03.21 09:15", "3/14/2021, 9:15 pm"),
# or both glued to each other and to the writer's name ("jdoe14.03.2109:15"), as a renderer
# that drops the space between adjacent elements prints them (not after a figure or a stop:
# a version number, an address).
STAMP_END = re.compile(r"(?<![\d./])[0-3]?\d[./][0-3]?\d[./](?:\d\d){1,2},?\s*[0-2]?\d:[0-5]\d"
                       r"(?:\s*(?:uhr|[ap]\.?m\.?))?$", re.I)
# The characters STAMP_END can end on (a digit, "am"/"pm", "a.m.", "Uhr"): a cheap test first.
STAMP_LAST_CHARS = frozenset("0123456789mMrR.")
# A forum post's or a comment's header: its writer and the stamp, a few words in all.
STAMP_LINE_WORDS = 6


def _stamped_meta_line(prev: Line) -> bool:
    """"jdoe 14.03.21 09:15" / "hi, does anyone know …": a short line of its own that ends
    on a numeric date and its time is the header of a forum post or a comment (writer, date,
    time), not a sentence the next line goes on with, even where the post starts in lower
    case. Signal: the stamp at the line's end and few words before it; a sentence that
    mentions a time goes on past it or ends with a stop."""
    return prev.count == 1 and prev.words <= STAMP_LINE_WORDS and prev.tail[-1:] in STAMP_LAST_CHARS \
        and STAMP_END.search(prev.tail) is not None


# A name line of its own: two or three capitalised words, no sentence.
NAME_LINE_WORDS = (2, 3)


def _nested_name_line(prev: Line, line: Line) -> bool:
    """"… a dek the site cut short after" / (indented deeper) "Jane Doe": a short line of
    capitalised words set deeper than a line cut mid-clause is an element of its own (a
    layout renderer indents each nested element; a sentence goes on at its own
    indentation), not the rest of that line. A list item's text hangs under its marker, so
    items are left alone; a hard-wrapped line's rest is caught by the width test before."""
    return not prev.bullet and line.indent > prev.indent and _name_shaped(line)


def _name_shaped(line: Line) -> bool:
    """A line of NAME_LINE_WORDS capitalised words that ends no sentence ("Jane Doe")."""
    return NAME_LINE_WORDS[0] <= line.words <= NAME_LINE_WORDS[1] and \
        all(w[:1].isupper() for w in line.text.split()) and not ENDS_SENTENCE.search(line.text)


# A line that ends on a time ("06:47", "06:47 Uhr", "3:25 pm"): a cheap test before find_dates.
TIME_END = re.compile(r"\d:[0-5]\d(?:\s?(?:uhr|h|[ap]\.?\s?m\.?))?$", re.I)


def _ends_on_stamp(prev: Line, line: Line) -> bool:
    """"Von Jane Doe Kategorien: Reisen 6. Mai 2023, 06:47 Uhr" / "Was die Fähre …": a meta line
    of its own that ends on the post's full date and time ends its element, even where the
    next line's first word would not have fitted after it (the wrap test would join a long
    meta line to the dek under it). Signal: one input line that closes on a date with its
    time, and a capital after it; a sentence wrapped after a time goes on in lower case."""
    if prev.count != 1 or not line.text[:1].isupper() or not TIME_END.search(prev.tail):
        return False
    dates = find_dates(prev.text)
    return bool(dates) and dates[-1].end >= len(prev.text.rstrip())


# The line under a name line that makes it a byline: a date alone, of a few words at most.
DATE_LINE_WORDS = 4


def _name_over_date(line: Line, nxt: Line | None) -> bool:
    """"… a dek that stops on a function word and" / "Jane Doe" / "2.5.2021": a name line of its
    own (see _name_shaped) right over a line that is a date
    alone is the byline beside its dateline, not the end of the clause above it (a dump
    without blank lines, such as a browser's innerText, sets the two meta lines under a teaser
    that stops mid-clause). Signal: the date under the name; a sentence broken by a link to a
    name goes on with words."""
    if nxt is None or nxt.words > DATE_LINE_WORDS or not nxt.text[:1].isdigit() or not _name_shaped(line):
        return False
    return bool(find_dates(nxt.text))


# A dump hard-wrapped by a text browser: at most this share of the lines that end early go
# on with a lower-case word or after a function word (see _breaks_at_elements).
EARLY_CONTINUED_SHARE = 0.1


def _breaks_at_elements(lines: list[Line], width: int) -> bool:
    """Whether a hard-wrapped dump breaks lines early only where an element ends (a text
    browser's rendering: lynx, w3m), not also inside sentences at links (a scraper's
    ``get_text`` of a page whose source was wrapped).

    Signal: of the lines in a run that end well short of the width (EARLY_BREAK_MARGIN) and
    not on a sentence's end, few (EARLY_CONTINUED_SHARE) are cut after a function word or
    followed by a lower-case word: a text browser runs links on within the line, so its early
    breaks close headings, meta lines and captions; a scraper's breaks around every link
    leave sentences open.
    """
    pairs = continued = 0
    for prev, line in pairwise(lines):
        if line.gap_before or line.bullet or prev.bullet or line.indent != prev.indent:
            continue
        pairs += 1
        if not _fills(prev, line, width - EARLY_BREAK_MARGIN) and not ENDS_SENTENCE.search(prev.tail) and (
                line.text[:1].islower() or _cut(prev)):
            continued += 1
    return continued <= EARLY_CONTINUED_SHARE * pairs


def _broke_early(prev: Line, line: Line, nxt: Line | None, width: int) -> bool:
    """Whether, in a dump a text browser hard-wrapped at ``width`` (see _breaks_at_elements),
    ``prev`` ended before the first word of ``line`` would have filled it while ``line``
    itself runs full into ``nxt``: the break after ``prev`` is the end of an element, the
    one after ``line`` a wrap.

    A scraper's ``get_text("\\n")`` puts a link or an emphasis on a line of its own, which
    _inline_between and _clause_between rejoin; a text browser (lynx, w3m) runs inline
    elements on within the line and breaks a line early only where a block ends. So a short
    line ("May 3, 2024 - Jane Doe - 12 comments") followed by a line that the renderer
    wrapped (a caption going on lower-case on its second line) is no sentence cut at a
    link. ``prev`` must be one whole line or a paragraph rebuilt from hard-wrapped lines
    only (``Line.rewrapped``), and the word must have fitted with EARLY_BREAK_MARGIN columns
    to spare (the width is an estimate: lines near it may be wrapped ones).
    """
    if nxt is None or nxt.indent != line.indent or not _ended_early(prev, line, width):
        return False
    return _fills(line, nxt, width)


def _ended_early(prev: Line, line: Line, width: int) -> bool:
    """Whether ``prev``, one line or a paragraph rebuilt from hard-wrapped lines only, ended
    well before the first word of ``line`` (at the same indentation) would have filled it."""
    return prev.rewrapped and line.indent == prev.indent and not _fills(prev, line, width - EARLY_BREAK_MARGIN)


RULE_MIN_CHARS = 10


def _rule_line(line: Line) -> bool:
    """Whether a line (one input line) is a rule: a text browser draws a page's ``<hr>`` as a
    row of one symbol across the width (w3m: "━━━━"), which a hard-wrap test takes for a full
    line; the line under it opens a new block. RULE_MIN_CHARS or more of one or two symbols:
    a code listing's lines of brackets ("});") are shorter and mixed."""
    text = line.text
    return line.count == 1 and len(text) >= RULE_MIN_CHARS and not text[0].isalnum() and len(set(text)) <= 2 \
        and not any(c.isalnum() for c in text)  # (the first character first: most lines open with a word)


def _wrapped_at_hyphen(prev: Line, line: Line, width: int) -> bool:
    """Whether a hard wrap cut a word at its hyphen ("Jane Roe-" / "Fisher"): then the word
    is whole again without a space.

    Signal: a wrapping renderer that breaks at hyphens (Python's textwrap, which html2text
    uses) ends a full line on a letter and a hyphen and goes on with the rest of the word; a
    dash between words stands apart ("a - b"). Not when the next word is a conjunction (a
    suspended compound: "Fähr-" / "und Lotsendienst", see markdown.cut_at_hyphen), and
    only where the line ran full (the next word would not have fitted: see _fills)."""
    return bool(width) and cut_at_hyphen(prev.tail, line.text) and _fills(prev, line, width)


def _fills(prev: Line, line: Line, width: int) -> bool:
    """Whether the first word of ``line`` would not have fitted on the last line of ``prev``."""
    first_word = line.text.split(" ", 1)[0]
    if WIDE_CHARS.match(first_word):
        first_word = first_word[0]  # text without spaces breaks after any character
    return prev.indent + prev.last + 1 + columns(first_word) > width - 1


# The first characters of a line that the punctuation tests of _continues_in_run join
# (STARTS_CLOSING, DASH_ASIDE, GLUED_HYPHEN, _closes_low_quote): a cheap test before them.
CONTINUATION_STARTS = CLOSING_STARTS | {"\u2013", "\u2014", "-", HIGH_CLOSING}


def _continues_in_run(prev: Line, line: Line, width: int, early: int = 0, nxt: Line | None = None) -> bool:
    """Whether ``line`` continues the paragraph of ``prev`` (no blank line between them).

    Signals, in order: a list marker starts a new block, and so does the line under a rule
    (see _rule_line); a hard-wrapped line continues when
    the next word would not have fitted on it; a line cut mid-sentence (open punctuation, a
    function word at its end; not a low quotation closed at its end before a capital, see
    _ends_low_quote) or a line that starts with closing punctuation, a lowercase
    letter, a dash and a lowercase word (an aside), a hyphen glued to a word (the rest of a
    compound whose first part was a link: "Acme" / "-based") or the mark that closes a low
    quotation (see _closes_low_quote) continues (but not a byline under a headline that
    starts with its word in lower case, see _starts_byline); in scripts without case, a run of
    fragments around a long line does.
    """
    if line.bullet or line.heading or prev.heading or _rule_line(prev):
        return False
    if width:
        first_word = line.text.split(" ", 1)[0]
        if WIDE_CHARS.match(first_word):
            first_word = first_word[0]  # text without spaces breaks after any character
        full = prev.indent + prev.last + 1 + columns(first_word) > width - 1
        if (full and line.indent <= prev.indent + 2 and not ENDS_SENTENCE.search(prev.tail[-3:])
                and not _ends_on_stamp(prev, line)) or (full and line.text[:1].islower()):
            return True
    if line.text[:1] in CONTINUATION_STARTS and (
            STARTS_CLOSING.match(line.text) or DASH_ASIDE.match(line.text) or GLUED_HYPHEN.match(line.text) or
            _closes_low_quote(prev, line)):
        return True
    if early and _ended_early(prev, line, early):
        return False  # a text browser broke the line early: the element ended (see _broke_early)
    if ENDS_SENTENCE.search(prev.tail) or _nested_name_line(prev, line) or _stamped_meta_line(prev):
        return False
    first = line.text[:1]
    if _cut(prev) and not (first.isupper() and _ends_low_quote(prev)) and not _name_over_date(line, nxt):
        return True
    if first.islower():
        return not ((prev.words <= BYLINE_ABOVE_MAX_WORDS and _starts_byline(line, nxt)) or _read_more(prev, line))
    if first.isalpha() and not first.isupper() and not first.islower():
        return prev.width >= UNCASED_PROSE_LINE or line.width >= UNCASED_PROSE_LINE
    return False
