"""HTML pages to blocks, with the DOM features the label rules use, plus the page's hints.

One block per run of inline content inside a block-level element (a paragraph, a heading,
a list item, a caption, a table cell...), in document order. Each block carries its tag,
the tags and class/id tokens of its ancestors, whether it sits in a list or a heading, and
its link density. Scripts, styles, forms and hidden elements are dropped. The walk is
iterative (lxml's ``iterwalk``), so pathological nesting cannot exhaust the stack.

The page's ``<title>`` comes first as its own block (as in a scraper's dump), so the same
title-line rule serves both front doors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lxml import etree

from newsparse.blocks import Block
from newsparse.decode import HIDDEN, composed
from newsparse.segment.hints import collect_hints, parse_tree
from newsparse.segment.text import segment_text

DROPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "button",
                     "select", "option", "textarea", "input", "canvas", "map", "video", "audio"})
BLOCK_TAGS = frozenset(
    """address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td
    tfoot th thead tr ul caption center""".split()
)
# How many ancestors' class and id tokens a block keeps (the nearest ones decide).
CLASS_DEPTH = 8
PATH_DEPTH = 12  # how many of the enclosing tags a block's path keeps (the nearest)
# How many enclosing elements' ids a block keeps (enough to reach the article's container
# on real pages; bounded so that pathological nesting stays linear).
ANCESTOR_IDS = 48
MAX_ID_WORDS = 3
NOSCRIPT_MIN_WORDS = 60  # see _fallback_text
TOKEN = re.compile(r"[a-z]+")
SPACE = re.compile(r"\s+")
PARAGRAPH_BREAK = re.compile(r"\n[ ]*\n")  # <br><br>
KICKER = "kicker"  # the mark (in Block.extras) of a heading's kicker split off its text (see _kicker_ends)
# What a heading may print between its kicker and its title ("Harbour works: Ferry fares …").
KICKER_JOINTS = ":|\u2013\u2014\u00b7- "
HEADINGS = frozenset({"h1", "h2", "h3"})
# Class words of an inline element that sets a heading's kicker (the topic line over the title:
# "Harbour works" over "Ferry fares rise again"), see _kicker_ends.
KICKER_CLASSES = frozenset("kicker overline topline dachzeile roofline subline eyebrow supertitle overtitle pretitle "
                           "subtitle".split())


@dataclass(slots=True)
class _Context:
    """A block-level element the walk is inside: what its blocks carry.

    The tag path, the class words and the ancestors' ids are made when a block of the
    element (or of an element inside it) is flushed, not when the walk enters it: many
    block-level elements (wrappers of images, empty cells, spacers) hold no text at all,
    and reading their class words would cost four attribute reads each. The path and the
    class words are kept joined, as blocks carry them, with how many entries each holds."""

    tag: str
    parent: _Context | None = None
    node: Any = None  # the element, for its class words (None: the walk's outermost context)
    element: int = 0  # the element's id (its number in document order)
    made: bool = False  # whether the fields below are made (see _made)
    path: str = ""  # the last PATH_DEPTH tags, "/"-joined
    path_depth: int = 0
    classes: str = ""  # the nearest CLASS_DEPTH elements' class words, nearest first, "|"-joined
    class_depth: int = 0
    ancestors: tuple[int, ...] = ()

    def features(self) -> tuple[str, str]:
        """The tag path and class words, made once for all the element's blocks."""
        if not self.made:
            self._made()
        return self.path, self.classes

    def _made(self) -> None:
        """Make the fields of this context and of the enclosing ones not made yet, outermost
        first (iteratively: the nesting may be deep). Each context's fields extend its
        parent's: the last PATH_DEPTH tags, the nearest CLASS_DEPTH elements' class words,
        the nearest ANCESTOR_IDS ids."""
        pending: list[_Context] = []
        context: _Context | None = self
        while context is not None and not context.made:
            pending.append(context)
            context = context.parent
        for context in reversed(pending):
            parent = context.parent
            assert parent is not None and parent.made  # the outermost context is made
            if parent.path_depth == PATH_DEPTH:  # the farthest tag goes
                context.path = f"{parent.path.split('/', 1)[1]}/{context.tag}"
                context.path_depth = PATH_DEPTH
            else:
                context.path = f"{parent.path}/{context.tag}" if parent.path_depth else context.tag
                context.path_depth = parent.path_depth + 1
            words = _tokens(context.node)
            if parent.class_depth == CLASS_DEPTH:  # the farthest element's words go
                context.classes = f"{words}|{parent.classes.rsplit('|', 1)[0]}"
                context.class_depth = CLASS_DEPTH
            else:
                context.classes = f"{words}|{parent.classes}" if parent.class_depth else words
                context.class_depth = parent.class_depth + 1
            context.ancestors = (*parent.ancestors, context.element)[-ANCESTOR_IDS:]
            context.made = True


def segment_html(html: str, *, url: str | None = None,
                 utf8: bytes | None = None) -> tuple[list[Block], dict[str, object]]:
    """Blocks of the page's visible text with DOM features, and the page's declared hints
    (``utf8``: the page in UTF-8 when the caller has it, see parse_tree)."""
    tree = parse_tree(html, utf8)
    if tree is None:
        return segment_text(_text_without_lxml(html)), {}
    hints = collect_hints(tree, url)
    return tree_blocks(tree), hints


def tree_blocks(tree: Any) -> list[Block]:
    """The blocks of a parsed page (see parse_tree): its ``<title>``, then its body's text."""
    blocks: list[Block] = []
    title = tree.find(".//title")
    if title is not None and title.text and title.text.strip():
        blocks.append(Block(text=composed(SPACE.sub(" ", title.text).strip()), tag="title", path="title"))
    body = tree.find(".//body")
    _walk(body if body is not None else tree, blocks)
    for i, block in enumerate(blocks):
        block.index = i
    return blocks


def _walk(root: Any, blocks: list[Block]) -> None:
    """Gather the inline text under ``root`` into blocks, one run per block-level element
    (see the module's docstring).

    Every element of the page passes here twice (its start and its end), so each event costs
    a few attribute reads and no Python call in the common case: the tests that leave an
    element out are written in the loop (a comment or processing instruction, an element
    that shows no text: DROPPED, unless a ``<noscript>`` holding the page's text; one hidden
    by an attribute or an inline style), the inline text is gathered in local variables (the
    pieces of the run and its count of link characters), and an element's class words are
    read only when one of its blocks is flushed (see _Context). (Finding the hidden elements
    beforehand by one XPath query costs more than the three reads: the query visits every
    element too.)
    """
    context = _Context("", made=True)  # the innermost block-level element (see _Context.parent)
    parts: list[str] = []  # the inline text gathered for the next block (see _flush)
    link_chars = 0  # how many of its characters are link text (pieces stripped)
    after_kicker = False  # the run is a heading's text after its kicker: drop the joint before it
    links: list[Any] = []  # the links (that navigate) the walk is inside, innermost last
    elements = 0
    skipped: Any = None  # the element left out last: its end event comes right after its start
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            tag = node.tag  # (a string made on each read: the end event does without it)
            get = node.get
            if (tag in DROPPED and not _fallback_text(node)) or get("hidden") is not None \
                    or get("aria-hidden") == "true" or ((style := get("style")) and _hidden_style(style)) \
                    or not isinstance(tag, str):
                skipped = node
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                if parts:  # most block elements start or end with nothing gathered
                    _flush(parts, link_chars, context, blocks, after_kicker)
                    parts, link_chars, after_kicker = [], 0, False
                elements += 1
                context = _Context(tag, context, node, elements)
            elif tag == "a":
                if _navigates(node):
                    links.append(node)
            elif tag == "br":
                parts.append("\n")  # see _flush: two in a row end a paragraph
            text = node.text  # most elements open with another element: nothing to add
        else:
            if node is skipped:
                skipped = None
            elif node is context.node:  # the end of the innermost block-level element
                if parts:
                    _flush(parts, link_chars, context, blocks, after_kicker)
                    parts, link_chars = [], 0
                after_kicker = False  # (the flag is the heading's: no later block loses its opening dash)
                context = context.parent or context  # (the outermost context has no element)
            elif links and node is links[-1]:
                links.pop()
            elif parts and context.tag in HEADINGS and _kicker_ends(node, parts):
                elements += 1
                count = len(blocks)
                _flush(parts, link_chars, _Context(node.tag, context, node, elements), blocks, after_kicker)
                for block in blocks[count:]:
                    block.extras[KICKER] = "1"
                parts, link_chars, after_kicker = [], 0, True
            text = node.tail if node is not root else None
        # Leading white space is dropped anyway; source line breaks are not breaks (every
        # run of white space becomes one space, with no call in the common cases:
        # indentation only, or printable text, whose only white space can be " ").
        if text and (parts or not text.isspace()):
            parts.append(text if text.isprintable() and "  " not in text
                         else " " if text.isspace() else _one_line(text))
            if links:
                link_chars += len(text.strip())
    _flush(parts, link_chars, context, blocks, after_kicker)


def _one_line(text: str) -> str:
    """The text with every run of white space made one space, its ends included (a space at
    a seam between inline elements separates words). str.split reads the same white space
    as the pattern ``\\s+`` and costs a fraction of a substitution."""
    inner = " ".join(text.split())
    if text[0].isspace():
        inner = " " + inner
    if text[-1].isspace():
        inner += " "
    return inner


def _kicker_ends(node: Any, parts: list[str]) -> bool:
    """Whether an inline element that ends here is a heading's kicker, to be a block of its own.

    Signal: markup. A page often sets the kicker inside the headline's element, in a span
    of its own class ("<h1><span class=kicker>Harbour works</span> Ferry fares rise
    again</h1>"); a scraper's or a text browser's dump prints the two on separate lines, so
    the heading without its kicker is the headline on both front doors. The element must
    hold all the heading's text so far (it opens the heading), text must follow it (not only
    empty elements: an icon), and its
    class words must name a kicker (KICKER_CLASSES): a span that merely styles a word of the
    title stays in it.
    """
    tail = node.tail
    if not (tail and not tail.isspace()) and node.getnext() is None:
        return False  # nothing follows: the element is the heading's whole text, or its end
    if not KICKER_CLASSES.intersection(_tokens(node).split()):
        return False
    if not (tail and not tail.isspace()) and not any(_shows_text(after) for after in node.itersiblings()):
        return False  # only empty or hidden elements follow (an icon, a script): the kicker is the heading's text
    own = SPACE.sub(" ", "".join(node.itertext())).strip()
    return bool(own) and SPACE.sub(" ", "".join(parts)).strip() == own


def _shows_text(node: Any) -> bool:
    """Whether an element after a heading's kicker adds text that the walk keeps: its tail, or
    its own text unless the walk leaves the element out (see _walk: a script, an icon's
    ``<svg>``, a comment, one hidden by an attribute or a style)."""
    tail = node.tail
    if tail and not tail.isspace():
        return True
    tag, get = node.tag, node.get
    if not isinstance(tag, str) or tag in DROPPED or get("hidden") is not None or get("aria-hidden") == "true" \
            or _hidden_style(get("style")):
        return False
    return bool("".join(node.itertext()).strip())


def _flush(parts: list[str], link_chars: int, context: _Context, blocks: list[Block],
           after_kicker: bool = False) -> None:
    """Make the gathered pieces of inline text the blocks of ``context``: one per paragraph
    (a ``<br><br>`` ends one), white space collapsed. Every run of white space becomes one
    space, only where that changes something: printable text has no white space but " "
    (the pieces are made one-line already, so only a double space at a seam is left to
    collapse). After a heading's kicker (``after_kicker``) the joint that
    opened the rest is dropped (see _kicker_ends)."""
    joined = "".join(parts)
    if not joined or joined.isspace():
        return
    if not joined.isascii():  # (one scan for all the hidden characters)
        joined = HIDDEN.sub("", joined)
    # The share of link text needs the count of non-space characters; most blocks have no link.
    density = min(1.0, link_chars / max(1, len("".join(joined.split())))) if link_chars else 0.0
    path, classes = context.features()
    tag, ancestors = context.tag, context.ancestors
    # A <br><br> is the only newline left (see _walk): most runs are one paragraph.
    for paragraph in PARAGRAPH_BREAK.split(joined) if "\n" in joined else (joined,):
        if not paragraph.isprintable() or "  " in paragraph:  # (see the docstring)
            paragraph = " ".join(paragraph.split())
        text = composed(paragraph.strip())
        if after_kicker:
            text = text.lstrip(KICKER_JOINTS)
        if text:
            blocks.append(Block(text=text, tag=tag, path=path, classes=classes, link_density=density,
                                bullet=tag == "li", ancestors=ancestors))


def _tokens(node: Any) -> str:
    """The class and id words of an element, lowercased ("article-body" -> "article body").

    An id of many words is usually made from a heading's text ("sharing-with-a-team") and
    says nothing about the element's role, so it is left out.
    """
    return _words_of(node.get("id"), node.get("class"), node.get("role"), node.get("itemprop"))


@lru_cache(maxsize=4096)
def _words_of(ident: str | None, classes: str | None, role: str | None, itemprop: str | None) -> str:
    """_tokens for the attribute values (pages repeat the same class names on many elements)."""
    id_words = TOKEN.findall((ident or "").lower())
    words = TOKEN.findall(f"{classes or ''} {role or ''} {itemprop or ''}".lower())
    return " ".join(words + (id_words if len(id_words) <= MAX_ID_WORDS else []))


def _navigates(node: Any) -> bool:
    """Whether a link leads somewhere: an ``href="javascript:…"`` link is a script's button
    around the text (a whole article wrapped in one, say), so its text is not link text."""
    return not (node.get("href") or "").lstrip().lower().startswith("javascript:")


def _fallback_text(node: Any) -> bool:
    """Whether a ``<noscript>`` holds the page's text for readers without scripts.

    Signal: paragraphs. A script-built page (a blog rendered from a script's data, say) may
    repeat its article inside ``<noscript>`` as ordinary paragraphs; a "please enable
    JavaScript" notice or a tracking pixel is a line or an image. At least
    NOSCRIPT_MIN_WORDS words in ``<p>`` elements make it text worth reading.
    """
    if node.tag != "noscript":
        return False
    words = 0
    for p in node.iter("p"):
        words += len("".join(p.itertext()).split())
        if words >= NOSCRIPT_MIN_WORDS:
            return True
    return False


def _hidden_style(style: str | None) -> bool:
    """Whether an inline style hides the element (``hidden`` and ``aria-hidden`` are read
    in the walk itself: it asks every element)."""
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _text_without_lxml(html: str) -> str:
    """The page's text when lxml cannot build a tree: BeautifulSoup's pure-Python parser is
    slower but takes any markup."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(sorted(DROPPED)):
        tag.decompose()
    return str(soup.get_text("\n"))
