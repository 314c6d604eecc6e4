"""Photo captions, found by their credit: "(AP Photo/Jane Roe)", "Photo: Jane Roe/Reuters"."""

from __future__ import annotations

import re

from newsparse.blocks import Block
from newsparse.fields.bylines import BY_PREFIX, credits_other_job, parse_byline
from newsparse.fields.captions import credit_only, split_credit
from newsparse.label.context import CAPTION, UNKNOWN, Doc

# A caption is a sentence or two; a long paragraph ending in "(Reuters)" is body text.
CAPTION_MAX_WORDS = 80
REPORT_MIN_SENTENCES = 3  # see _report
SENTENCE_BREAK = re.compile(r"[.!?][\"”»)]? +[A-ZÀ-Ý]")


def _report(block: Block) -> bool:
    """A paragraph of the article that ends with its agency tag ("… (Reuters)").

    Signal: length in sentences and markup. A photo caption is a sentence or two; a block of
    REPORT_MIN_SENTENCES sentences or more outside a <figure> or <figcaption> that ends in
    an agency's name is the article's last paragraph with the source of the report (unless
    it opens with a copyright sign, as a long caption does: "© Agency …").
    """
    if block.tag is None or "fig" in block.path or block.text.startswith("©"):
        return False
    return len(SENTENCE_BREAK.findall(block.text)) + 1 >= REPORT_MIN_SENTENCES


def _byline_with_credit(block: Block) -> bool:
    """"by Jane Doe (reporting) and Omar Haddad (photography)": a byline that credits the
    photographer beside the writer ends in photo wording, but it opens with the by-word and
    names people, which a caption does not (unless it credits the photo: "Photo by …")."""
    by = BY_PREFIX.match(block.text)
    return by is not None and by.end() > 0 and not credits_other_job(block.text) and bool(parse_byline(block.text))


QUOTE_MARKS = re.compile("[\u201c\u201d\u201e\"\u00ab\u00bb]")


def _quoting(block: Block) -> bool:
    """A paragraph above a picture that has no caption of its own: it quotes someone or runs
    to REPORT_MIN_SENTENCES sentences. Signal: quotation marks and length in sentences. A
    caption describes the picture in a sentence or two and quotes no one, so a credit line
    under such a block credits the picture alone."""
    if block.tag is not None and "fig" in block.path:
        return False
    return QUOTE_MARKS.search(block.text) is not None or \
        len(SENTENCE_BREAK.findall(block.text)) + 1 >= REPORT_MIN_SENTENCES


def credited_captions(doc: Doc) -> None:
    """A block that ends (or starts) with a photo credit is a caption; so is a block that is
    followed by a line holding only a credit. Signal: credit wording (photo, Getty, AP, a
    Name/Agency pair, a copyright sign before a name) at the block's edge, which body
    paragraphs do not carry. A paragraph
    that quotes someone or runs to several sentences above a credit line is the article's
    text over an uncaptioned picture (see _quoting)."""
    for block in doc.unlabeled():  # (the loop labels only the block and the one before it)
        if block.n_words > CAPTION_MAX_WORDS:
            continue
        credit = credit_only(block.text)
        if credit is not None:
            prev = doc.neighbour(block, -1)
            if prev is not None and prev.label in (UNKNOWN, CAPTION) and \
                    prev.n_words <= CAPTION_MAX_WORDS and "credit" not in prev.extras:
                if _quoting(prev):
                    block.set(CAPTION, "caption_credit_line")  # the credit of a picture without caption
                    continue
                prev.set(CAPTION, "credited_captions")
                prev.extras["credit"] = credit
                block.set(CAPTION, "caption_credit_line")
                block.extras["credit_of"] = str(prev.index)
            continue
        caption = split_credit(block.text)
        if caption is not None and not _report(block) and not _byline_with_credit(block):
            block.set(CAPTION, "credited_captions")
            block.extras["credit"] = caption.credit or ""
            block.extras["caption"] = caption.text
