"""Inside the body region: paragraphs, subheadings, list items, and interleaved related headlines."""

from __future__ import annotations

import re

from newsparse.blocks import Block, Label
from newsparse.label.context import Doc, content_words, is_prose

SUBHEADING_MAX_WORDS = 14
LOOKAHEAD = 8  # blocks after a short line that tell what it introduces
SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
RELATED_MIN_WORDS = 5
# A related headline shares few words with the article; a subheading shares many with the
# paragraphs it introduces. Shares are of the block's content words.
RELATED_MAX_OVERLAP = 0.5
SUBHEADING_MIN_NEXT_OVERLAP = 0.25
# "…, officials say" ends many headlines and no subheadings.
ATTRIBUTION = re.compile(r"[,:]\s*(?:\w+\s){0,4}(?:says?|said|reports?|claims?|warns?)$|\bsays?$", re.I)


def inside_body(doc: Doc) -> None:
    """Label every undecided block of the body region.

    Prose and short sentences are body; list-marked lines are list items. A short line
    without final punctuation is a subheading when it shares vocabulary with the paragraphs
    it introduces, and a related-article headline when it reads like a headline of another
    story: few words in common with the article, an attribution ("…, officials say"), a run
    of such lines, or nothing after it to introduce.
    """
    body = doc.body
    for pos, block in enumerate(body):
        if block.label is not Label.UNKNOWN:
            continue
        if block.bullet:
            block.set(Label.LIST_ITEM, "list_item")
        elif block.tag in SUBHEADING_TAGS and not block.ends_sentence:
            block.set(Label.SUBHEADING, "heading_tag")
        elif is_prose(block) or (block.ends_sentence and not block.text.endswith(":") and block.n_words >= 2):
            block.set(Label.BODY, "body_text")
        elif block.text.endswith(":"):
            block.set(Label.BODY, "lead_in")
        elif _related(doc, block, body[pos + 1 : pos + 1 + LOOKAHEAD], body[pos - 1] if pos else None):
            block.set(Label.RELATED, "related_headline")
        elif block.n_words <= SUBHEADING_MAX_WORDS:
            block.set(Label.SUBHEADING, "subheading")
        else:
            block.set(Label.BODY, "body_text")


def _related(doc: Doc, block: Block, after: list[Block], prev: Block | None) -> bool:
    nxt = next((b for b in after if b.label is Label.UNKNOWN or b.label is Label.BODY), None)
    if nxt is None or (not is_prose(nxt) and not nxt.bullet):
        return True
    if ATTRIBUTION.search(block.text):
        return True
    if (prev is not None and prev.label is Label.RELATED) or _headline_like(nxt):
        return True
    words = content_words(block.text)
    if block.n_words < RELATED_MIN_WORDS or not words:
        return False
    following = set().union(*(content_words(b.text) for b in after[:3]))
    next_share = sum(1 for w in words if w in following) / len(words)
    return doc.overlap(block) < RELATED_MAX_OVERLAP and next_share < SUBHEADING_MIN_NEXT_OVERLAP


def _headline_like(block: Block) -> bool:
    return block.label is Label.UNKNOWN and not block.ends_sentence and not block.bullet and \
        RELATED_MIN_WORDS <= block.n_words <= 25
