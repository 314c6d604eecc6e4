"""After the article: the author bio, and what is left outside the body region."""

from __future__ import annotations

from newsparse.label import signals
from newsparse.label.context import BIO, BOILERPLATE, NAV, RELATED, UNKNOWN, Doc, is_prose

# A bio sits in the last part of the page: after this share of the body region.
BIO_AFTER_SHARE = 0.6
BIO_MIN_WORDS = 8
NAV_MAX_WORDS = 5
RELATED_MIN_WORDS = 4


def author_bio(doc: Doc) -> None:
    """The author bio: "<Name> is a reporter …" after the article, or text under "About the
    author". Signals: a name followed by a verb of description and journalism vocabulary, in
    the last part of the page. The body region is cut before it."""
    limit = doc.start + int((doc.end - doc.start) * BIO_AFTER_SHARE)
    for block in doc.unlabeled(limit):
        if block.n_words < BIO_MIN_WORDS:
            continue
        prev = doc.neighbour(block, -1)
        after_marker = prev is not None and signals.AUTHOR_BOX_START.match(prev.text)
        described = bool(signals.BIO_START.match(block.text) and signals.BIO_WORDS.search(block.text))
        if after_marker or (described and _not_followed_by_prose(doc, block.index)):
            block.set(BIO, "author_bio")
            if doc.start <= block.index < doc.end:
                doc.set_region(doc.start, _last_text_before(doc, block.index))
            return


def _last_text_before(doc: Doc, index: int) -> int:
    """The region's new end: after the last sentence before ``index`` (names, roles and
    headline fragments between the body and the bio belong to the author box)."""
    end = index
    while end > doc.start + 1:
        block = doc.blocks[end - 1]
        if block.label is UNKNOWN and (is_prose(block) or block.ends_sentence):
            break
        end -= 1
    return end


def _not_followed_by_prose(doc: Doc, index: int) -> bool:
    """A bio closes the article: no stretch of body prose comes after it."""
    later = [b for b in doc.blocks[index + 1 : doc.end] if b.label is UNKNOWN and is_prose(b)]
    return len(later) <= 1


def leftovers(doc: Doc) -> None:
    """Undecided blocks outside the body region: short ones are navigation, headline-shaped
    ones after the body are related-article links, the rest is boilerplate."""
    nav, boilerplate, related = NAV, BOILERPLATE, RELATED  # (local names: the loop reads them for every block)
    for block in doc.unlabeled():
        if block.index < doc.start:
            if block.n_words <= NAV_MAX_WORDS:
                block.set(nav, "header_nav")
            else:
                block.set(boilerplate, "header_boilerplate")
        elif block.n_words >= RELATED_MIN_WORDS and not block.ends_sentence and \
                not signals.tail_start(block.text):
            block.set(related, "tail_related")
        else:
            block.set(boilerplate, "tail_boilerplate")
