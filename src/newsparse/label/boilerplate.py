"""Rules that recognise interface text by what it says: buttons, badges, prompts, teasers."""

from __future__ import annotations

import re
from functools import lru_cache

from newsparse.label import signals
from newsparse.label.context import BOILERPLATE, READING_TIME, RELATED, UNKNOWN, Doc

# An appeal to subscribe or donate is boilerplate only while it is short; a long block that
# happens to start with "Support" is more likely prose.
APPEAL_MAX_WORDS = 30
TEASER_MAX_WORDS = 30
HAS_WORD = re.compile(r"[^\W_]")
MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,10}[\s>/]|\b[a-z-]{2,20}=[\"']|\"[\w@-]{1,30}\"\s*:\s*[\"\[{\d]")
MARKUP_MIN_HITS = 3
# A web address's parts: a percent escape, a query parameter, a scheme.
ADDRESS_PIECE = re.compile(r"%[0-9A-Fa-f]{2}|[&?][\w.-]{1,40}=|://")
ADDRESS_MIN_CHARS = 100  # a long address, wrapped over lines (a short "Source: <link>" is not)
ADDRESS_MIN_SHARE = 0.8  # share of the block's characters in words that hold an address's parts


def no_words(doc: Doc) -> None:
    """Blocks with no letter or digit (separators, lone symbols, emoji rows) carry no content."""
    for block in doc.unlabeled():
        if not HAS_WORD.search(block.text):
            block.set(BOILERPLATE, "no_words")


def markup_text(doc: Doc) -> None:
    """Raw markup or script that leaked into the text ("<img src=…>", "{"@context": …}") is
    not prose. Signal: several tags or JSON key-value pairs in one block; or a long web
    address (see _address_text)."""
    for block in doc.unlabeled():
        text = block.text[:2000]
        if ("<" in text or "=" in text or '"' in text) and len(MARKUP.findall(text)) >= MARKUP_MIN_HITS:
            block.set(BOILERPLATE, "markup_text")
        elif len(text) >= ADDRESS_MIN_CHARS and ("%" in text or "=" in text) and _address_text(text):
            block.set(BOILERPLATE, "address_text")


def _address_text(text: str) -> bool:
    """Whether a block is a long web address (a frame's or a tracker's, with its query).

    Signal: a text browser prints the address of a frame or a tracking image ("IFRAME:
    <address>", or the address alone) and wraps it over several lines, which the segmenter
    rebuilds into one block of many "words" that the body rules would take for text. Nearly
    all its characters stand in words holding percent escapes, query parameters or a scheme.
    """
    words = text.split()
    inside = sum(len(word) for word in words if ADDRESS_PIECE.search(word))
    return inside >= ADDRESS_MIN_SHARE * sum(map(len, words))


# lynx lists a page's <link> elements (alternate languages, feeds, the publisher) above the
# page, as "#" and the link relation glued together ("#alternate", "#RSS") before their titles.
LINK_HEADER = re.compile(r"#[^\W\d_]")


def link_header(doc: Doc) -> None:
    """A first block that starts with "#" glued to a word is a text browser's list of the page's
    <link> elements ("#alternate Deutsch English ...", "#RSS Feed"), printed above the page:
    it names other documents, and article text never opens a page that way (a Markdown
    heading has a space after its marks and is gone before labelling)."""
    if doc.blocks and doc.blocks[0].label is UNKNOWN and LINK_HEADER.match(doc.blocks[0].text):
        doc.blocks[0].set(BOILERPLATE, "link_header")


def reading_time(doc: Doc) -> None:
    """A reading-time badge ("2 min read") is page furniture; its minutes are kept as a field."""
    for block in doc.unlabeled():
        m = signals.READING_TIME.match(block.text)
        if m:
            block.set(READING_TIME, "reading_time")
            block.extras["minutes"] = m.group("n")


def interface_text(doc: Doc) -> None:
    """Buttons, menus, share and follow prompts, newsletter and cookie notices, copyright lines.

    Signal: the whole block is a known interface phrase or matches an interface pattern
    (signals.UI_PHRASES, signals.BOILERPLATE_PATTERNS, signals.FLOATING_PATTERNS); article text is never just that.
    A block that opens with the site's copyright ("© 2016 …", "… All rights reserved.") is the
    footer's legal notice however long its terms run (signals.LEGAL_NOTICE); a photo credit
    ("© Jane Doe") names no year.
    """
    for block in doc.unlabeled():
        if _interface_phrase(block.text, block.n_words):
            block.set(BOILERPLATE, "interface_text")


@lru_cache(maxsize=4096)
def _interface_phrase(text: str, n_words: int) -> bool:
    """interface_text's test of one text (its word count passed along), kept per text: a page
    repeats its buttons and menu entries ("Share", "Reply", the menu in header and footer) and
    pages repeat each other's, and the tests are a dozen regex matches."""
    if signals.ui_phrase(text) or signals.boilerplate_pattern(text):
        return True
    if n_words <= APPEAL_MAX_WORDS and signals.APPEAL.match(text):
        return True
    return ("©" in text[:130] or "opyright" in text[:130] or "eserved" in text[:150] or "(c)" in text[:130]) \
        and signals.LEGAL_NOTICE.match(text) is not None


def teasers(doc: Doc) -> None:
    """A teaser prefix ("Read more: <headline>", "RELATED: <headline>") points to another article."""
    for block in doc.unlabeled():
        if block.n_words <= TEASER_MAX_WORDS and signals.TEASER_PREFIX.match(block.text):
            block.set(RELATED, "teasers")
