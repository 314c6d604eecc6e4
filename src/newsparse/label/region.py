"""Where the article body lies: the densest stretch of prose, found as a maximum-sum run.

Each block scores by what it holds: running text counts for, interface text and short
fragments count against, and lines that open a comment section or a "More from" list count
strongly against. The body region is the contiguous run of blocks with the largest total
(the maximum-subarray idea of Body Text Extraction): it absorbs short subheadings and
related-headline interruptions between paragraphs, and stops where the prose stops.
"""

from __future__ import annotations

from newsparse.blocks import Block, Label
from newsparse.label import signals
from newsparse.label.context import Doc, is_prose, size

# Weights of the region score, in words of prose.
INTERFACE_COST = 3.0  # a labelled button, badge, teaser or menu item
FRAGMENT_COST = 2.0  # a short line that is not a sentence (menu entry, headline, name)
SENTENCE_GAIN = 1.0  # a short sentence: likely a one-line paragraph
TAIL_MARKER_COST = 60.0  # "Comments", "More from …": the article is over


def block_score(block: Block) -> float:
    """The region score of one block (see the module docstring)."""
    if signals.TAIL_START.match(block.text) or signals.AUTHOR_BOX_START.match(block.text):
        return -TAIL_MARKER_COST
    if block.label is Label.CAPTION:
        return -1.0
    if block.label is not Label.UNKNOWN:
        return -INTERFACE_COST
    if is_prose(block):
        return size(block)
    if block.ends_sentence and block.n_words >= 3:
        return SENTENCE_GAIN
    return -FRAGMENT_COST


def body_region(doc: Doc) -> None:
    """The body is the run of blocks with the largest total prose score (maximum subarray).

    Signal: paragraphs cluster; navigation, teasers and comments sit apart from them behind
    interface text and section markers. Blocks outside the run are header or tail.
    """
    best_sum, best = 0.0, (0, 0)
    run_sum, run_start = 0.0, 0
    for i, block in enumerate(doc.blocks):
        score = block_score(block)
        if run_sum <= 0:
            run_sum, run_start = score, i
        else:
            run_sum += score
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    doc.set_region(*best)


def header_inside_region(doc: Doc) -> None:
    """A byline or dateline in the first part of the region marks where the header ends.

    Signal: a dek (standfirst), a caption or a teaser reads like prose and so joins the
    region, but sits above the byline; what precedes a byline or dateline before the body's
    core (see Doc.core_start) is header, not body.
    """
    last_meta = None
    for block in doc.blocks[doc.start : doc.core_start]:
        if block.label in (Label.BYLINE, Label.DATELINE, Label.READING_TIME):
            last_meta = block.index
    if last_meta is not None and last_meta + 1 < doc.end:
        doc.set_region(last_meta + 1, doc.end)
