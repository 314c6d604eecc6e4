"""Where the article body lies: the densest stretch of prose, found as a maximum-sum run.

Each block scores by what it holds: running text counts for, interface text and short
fragments count against (a dump's run of "Name: value" data lines counts as short
sentences), and lines that open a comment section or a "More from" list count strongly
against. The body region is the contiguous run of blocks with the largest total
(the maximum-subarray idea of Body Text Extraction): it absorbs short subheadings and
related-headline interruptions between paragraphs, and stops where the prose stops.
"""

from __future__ import annotations

import re
from collections import Counter

from newsparse.blocks import Block
from newsparse.fields.dates import RELATIVE, find_dates
from newsparse.label import signals
from newsparse.label.body import (
    INNER_SENTENCE,
    LEAD_IN_LABEL,
    SENTENCE_CASE_MAX_CAPITALS,
    SENTENCE_LINE_MIN_WORDS,
    SUBHEADING_TAGS,
    dump_field,
    field_pairs,
    in_dump_field_run,
    text_column,
)
from newsparse.label.context import (
    BODY,
    BYLINE,
    CAPTION,
    DATELINE,
    LIST_ITEM,
    READING_TIME,
    RELATED,
    SUBHEADING,
    UNKNOWN,
    Doc,
    capitalised_share,
    is_prose,
    normalize,
    prose_markups,
    size,
)
from newsparse.label.header import ELLIPSES, TITLE_MAX_WORDS, TITLE_MIN_WORDS, title_parts
from newsparse.label.structure import CELL_TAGS, LINK_TEXT_SHARE
from newsparse.segment.text import OPEN_WORDS

# Weights of the region score, in words of prose.
INTERFACE_COST = 3.0  # a labelled button, badge, teaser or menu item
FRAGMENT_COST = 2.0  # a short line that is not a sentence (menu entry, headline, name)
SENTENCE_GAIN = 1.0  # a short sentence: likely a one-line paragraph
FIRST_SECTION_SHARE = 0.1  # see body_region: a comment thread can outweigh the article ten times
COUNTED_SECTION_SHARE = 0.02  # ... or many times more when its heading counts the comments
FULL_WEIGHT_WORDS = 25.0  # shorter prose (menu blurbs, teasers) counts in proportion to its length
LIST_ITEM_WORDS = 6
HEADER_MAX_BLOCKS = 8  # a header swallowed by the region is at most this long
OWN_MARKUP_MIN = 2  # see header_inside_region
ARTICLE_RUN_MIN = 3  # paragraphs in a row (see _inset_meta): a dek and a caption are two at most
WIDGET_COST = 25.0  # "Most popular", "More from …": other articles interrupt or end the body
TEASER_MIN_BLURBS = 2  # one lone paragraph after the last run may be a closing section
TEASER_MAX_SHARE = 1.0  # the cut-off tail holds less prose than the article it follows
TEASER_LINKED_MAX_SHARE = 5.0  # ... or up to this much when the blurbs' headlines are links
TEASER_STREAM_MIN = 4  # blurbs under linked headlines that make a stream of teasers
TEASER_MAX_WORDS = 60  # a teaser's blurb is a sentence or two
TEASER_TITLED_MIN_SHARE = 0.5  # of the tail's blurbs under a headline: a list of teasers titles each one
LIST_NUMBER = re.compile(r"\d{1,2}[.)]?$")  # a ranked list's number on a line of its own
CONSENT_MAX_WORDS = 6  # a consent dialog's heading or button
CONSENT_AFTER_SHARE = 0.5  # see body_region
ALONE_MAX_SHARE = 0.3  # in the article before it, most paragraphs have a neighbouring one
NEAR_TITLE_BLOCKS = 12  # see _under_title
FIELD_PAIRS_MIN = 3  # see field_pairs_after
CLAUSED_LINE_MIN_WORDS = 8  # see _cut_sentence
NEAR_TITLE_SHARE = 0.3


def block_score(block: Block) -> float:
    """The region score of one block (see the module docstring)."""
    if signals.widget_start(block.text):
        return -WIDGET_COST
    if block.label is not UNKNOWN:
        return -1.0 if block.label is CAPTION else -INTERFACE_COST
    if is_prose(block):
        n = size(block)
        return n * min(1.0, n / FULL_WEIGHT_WORDS)
    if block.ends_sentence and block.size >= 3:
        # Measured in words of running text, not in spaces: a short Chinese or Japanese
        # sentence has none and is still a sentence, not a menu entry.
        return SENTENCE_GAIN
    if block.bullet and block.n_words >= LIST_ITEM_WORDS and block.link_density < LINK_TEXT_SHARE:
        return SENTENCE_GAIN  # an item of a list in the text; menu entries are one to three words
    return -FRAGMENT_COST


def is_barrier(block: Block) -> bool:
    """A line that opens a comment section or an author box (not a table's column header)."""
    return block.tag not in ("td", "th") and (signals.comments_start(block.text) or (
        len(block.text) <= signals.AUTHOR_BOX_MAX_CHARS and signals.AUTHOR_BOX_START.match(block.text) is not None))


def _consent_heading(block: Block) -> bool:
    """The heading or button of a cookie-consent dialog ("Cookie settings", "Manage consent")."""
    return block.n_words <= CONSENT_MAX_WORDS and block.tag not in CELL_TAGS and \
        signals.CONSENT_START.match(block.text) is not None


def best_run(blocks: list[Block], lo: int, hi: int) -> tuple[float, int, int]:
    """The maximum-sum run of block scores within blocks[lo:hi]: (score, start, end)."""
    best_sum, best = 0.0, (lo, lo)
    fragment = -FRAGMENT_COST
    run_sum, run_start = 0.0, lo
    for i in range(lo, hi):
        score = block_score(blocks[i])
        if score == fragment and in_dump_field_run(blocks, i, lo, hi, _data_line):
            score = SENTENCE_GAIN
        if run_sum <= 0:
            run_sum, run_start = score, i
        else:
            run_sum += score
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    return best_sum, best[0], best[1]


def _data_line(block: Block) -> bool:
    """A dump's "Name: value" line with a figure (body.dump_field) that weighs as a sentence
    in the body's run (see best_run): an article's data (a recipe's nutrition values, a
    product test's marks, an offer's dates: "Weight: 250 g" over "Price: 12 €") comes as
    short lines that are no sentences, so each would cost FRAGMENT_COST and end the
    maximum-sum run before them and before the text that follows them (serving tips, the
    verdict). Stricter than the body's test, as the run reaches further: the colon is
    followed by a space ("10:30" is a clock time), the name holds a letter, and a link's
    leaked "javascript:" target is no field."""
    text = block.text
    if ": " not in text or "javascript:" in text:
        return False
    key = text.partition(":")[0]
    return any(c.isalpha() for c in key) and text[len(key) + 1 : len(key) + 2].isspace() and dump_field(block)


def body_region(doc: Doc) -> None:
    """The body is the run of blocks with the largest total prose score (maximum subarray).

    Signal: paragraphs cluster; navigation, teasers and comments sit apart from them behind
    interface text and section markers. A widget marker ("Related", "More from …") costs
    much, as the widget may end the article or sit in its middle; a comment-section marker
    ("Comments", "Leave a reply") is a wall the run cannot cross, and so is the heading of a
    cookie-consent dialog in the page's last part (after CONSENT_AFTER_SHARE of its blocks): a
    text dump prints the dialog, often paragraphs of legal prose that outweigh a short article,
    where the markup puts it, after the footer (a consent banner printed above the header is
    not walled off: its notice is boilerplate by its pattern, and the article comes after it).
    Of the walled sections, the first whose best run scores at least FIRST_SECTION_SHARE of
    the best one wins: the article comes before its comments, which can be longer than the
    article itself; a section that ends at a heading counting the comments on the post
    ("40 thoughts on …", see _counted_comments) needs only COUNTED_SECTION_SHARE, and so does
    the section before a thread of comments known by its reply buttons (see _thread_start).
    """
    blocks = doc.blocks
    dialog = int(len(blocks) * CONSENT_AFTER_SHARE)
    walls = [i for i, b in enumerate(blocks) if is_barrier(b) or (i >= dialog and _consent_heading(b))]
    thread = _thread_start(blocks)
    if thread is not None and thread not in walls:
        walls = sorted([*walls, thread])
    bounds = [(lo, hi) for lo, hi in zip([0] + [w + 1 for w in walls], [*walls, len(blocks)], strict=True) if hi > lo]
    runs = [best_run(blocks, lo, hi) for lo, hi in bounds]
    if not runs:
        doc.set_region(0, 0)
        return
    top = max(score for score, _, _ in runs)
    if top <= 0:
        # No paragraph anywhere (a stub, a list, a one-line page): whatever text is not
        # interface text is the body.
        doc.set_region(0, len(blocks))
        return
    chosen = next(run for run, (_, hi) in zip(runs, bounds, strict=True)
                  if run[0] >= top * (COUNTED_SECTION_SHARE if hi == thread or _counted_comments(blocks, hi)
                                      else FIRST_SECTION_SHARE))
    chosen = _under_title(doc, chosen, walls) or chosen
    doc.set_region(chosen[1], chosen[2])


THREAD_MIN_REPLIES = 2  # see _thread_start
THREAD_TEXT_MAX_BLOCKS = 4  # a comment's paragraphs above its reply button
THREAD_HEADER_LINES = 3  # the commenter's name, the date, a title


def _thread_start(blocks: list[Block]) -> int | None:
    """The line right above the first comment's text of a thread that a dump printed without
    a heading, or None.

    Signal: reply buttons. A comment thread gives every comment a "Reply" button of its own
    (signals.REPLY_BUTTON), a line by itself after the comment's text, and a header above it:
    the commenter's name and the date. With THREAD_MIN_REPLIES such buttons on the page, the
    first one's comment starts after the last line above its text (at most
    THREAD_TEXT_MAX_BLOCKS paragraphs) that is no paragraph, when one of the
    THREAD_HEADER_LINES lines there holds a figure (the date or time of the comment) or a
    commenter's "says:". An article's paragraphs reach the button only under such a header,
    so the wall never falls inside them.
    """
    replies = [i for i, b in enumerate(blocks) if b.n_words <= 2 and signals.REPLY_BUTTON.match(b.text)]
    if len(replies) < THREAD_MIN_REPLIES:
        return None
    text = replies[0]
    while text > 0 and replies[0] - text < THREAD_TEXT_MAX_BLOCKS and _prose_at(blocks, text - 1):
        text -= 1
    end = text
    if text == replies[0]:
        # A comment of a few words ("Thanks!") is no paragraph; a theme that puts the button
        # under the header, above the text, leaves the header's last line here: it counts too.
        text -= 1
        end = replies[0]
    if text < 1 or _prose_at(blocks, text - 1):
        return None
    header = blocks[max(0, text - THREAD_HEADER_LINES) : end]
    if not any(_comment_header(b.text) for b in header):
        return None
    return text - 1


# A time of day in a comment's header ("14:30", "3:15 pm").
CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")


def _comment_header(text: str) -> bool:
    """Whether a line above a comment is its header: the commenter's "says:" (signals.COMMENTER),
    or the comment's date, time of day or age ("2 days ago"). Any figure is not enough: a quiz
    or a FAQ numbers its questions ("Question 1") above the text and its answer."""
    if not any(c.isdigit() for c in text):
        return signals.COMMENTER.match(text) is not None
    return (signals.COMMENTER.match(text) is not None or (":" in text and CLOCK_TIME.search(text) is not None)
            or RELATIVE.search(text) is not None or bool(find_dates(text)))


def _counted_comments(blocks: list[Block], wall: int) -> bool:
    """Whether the section ends at a comment heading that counts the comments and names the
    article ("142 thoughts on <headline>", "3 Gedanken zu <headline>", signals.COUNTED_COMMENTS):
    a blog prints it right under the post, so the section before it holds the article even
    when a long thread outweighs it many times (COUNTED_SECTION_SHARE instead of
    FIRST_SECTION_SHARE)."""
    return wall < len(blocks) and signals.COUNTED_COMMENTS.match(blocks[wall].text) is not None


def _under_title(doc: Doc, chosen: tuple[float, int, int], walls: list[int]) -> tuple[float, int, int] | None:
    """The run of paragraphs right under the headline, when the chosen run is one lone paragraph.

    Signal: the dump's title line (a scraper's dump opens with the page's <title>, see
    header.title_parts) and page order. A very short article (two or three paragraphs) can
    weigh less than one long paragraph of legal prose elsewhere on the page (a newsletter
    form's data notice, a footer's disclaimer), which then wins the maximum-sum run alone.
    When the chosen run holds a single prose paragraph, the best run within NEAR_TITLE_BLOCKS
    blocks under a line that repeats the title (or one of its parts), and before the lone
    paragraph, is taken instead, if
    it holds prose and scores at least NEAR_TITLE_SHARE of the chosen one: the article
    follows its headline.
    """
    blocks = doc.blocks
    _, lo, hi = chosen
    if sum(1 for b in blocks[lo:hi] if b.label is UNKNOWN and is_prose(b)) != 1:
        return None
    parts = title_parts(doc)
    keys = {key for p in parts if (key := normalize(p)) and key.count(" ") + 1 >= TITLE_MIN_WORDS}
    if not keys:
        return None
    best = None
    for block in blocks[1:]:
        if lo <= block.index < hi or block.n_words > TITLE_MAX_WORDS or normalize(block.text) not in keys:
            continue
        start = block.index + 1
        end = min(len(blocks), start + NEAR_TITLE_BLOCKS, lo if start < lo else len(blocks))
        end = next((w for w in walls if start <= w < end), end)
        run = best_run(blocks, start, end)
        if run[0] >= chosen[0] * NEAR_TITLE_SHARE and (best is None or run[0] > best[0]) and \
                any(b.label is UNKNOWN and is_prose(b) for b in blocks[run[1] : run[2]]):
            best = run
    return best


def header_inside_region(doc: Doc) -> None:
    """A byline or dateline in the first part of the region marks where the header ends.

    Signal: a dek (standfirst), a caption or a teaser reads like prose and so joins the
    region, but sits above the byline; what precedes a byline or dateline before the body's
    core (see Doc.core_start) is header, not body. Unless a paragraph above the byline
    shares its element path, class words and parent element with at least OWN_MARKUP_MIN
    paragraphs below it: a dek or a caption comes in markup of its own, a page that opens
    with a paragraph of its text above the title and byline sets it like the rest. Nor when
    the byline or dateline sits in a box of other articles set into the text (see
    _inset_meta). A dated line ending on a colon right above a paragraph opens that
    paragraph (see _dated_lead_in) and marks no header.
    """
    last_meta = None
    for block in doc.blocks[doc.start : min(doc.core_start, doc.start + HEADER_MAX_BLOCKS)]:
        if block.label in (BYLINE, DATELINE, READING_TIME) and not _dated_lead_in(doc, block):
            last_meta = block.index
    if last_meta is None or last_meta + 1 >= doc.end:
        return
    if _inset_meta(doc, last_meta):
        return
    after = Counter(place for b in doc.blocks[last_meta + 1 : doc.end] if (place := _own_place(b)))
    if any(after[place] >= OWN_MARKUP_MIN for b in doc.blocks[doc.start : last_meta] if (place := _own_place(b))):
        return
    doc.set_region(last_meta + 1, doc.end)


def _dated_lead_in(doc: Doc, block: Block) -> bool:
    """A dated line that ends on a colon right above a paragraph ("Update, May 3, 16:05:"):
    the bold opening of that paragraph, printed on a line of its own, not the header's
    dateline (a field label's value comes on the line under it, and is no paragraph)."""
    return block.text.endswith(":") and _prose_at(doc.blocks, block.index + 1)


def _inset_meta(doc: Doc, meta: int) -> bool:
    """Whether the byline or dateline at ``meta`` belongs to a box of other articles set into
    the text: a widget's title ("Related coverage", "More from …") stands between it and
    ARTICLE_RUN_MIN or more paragraphs in a row above. A header has a dek and a caption above
    its byline at most, and no widget title; the teasers of a related-coverage box carry
    their own dates."""
    run = best = 0
    for block in doc.blocks[doc.start : meta]:
        if signals.WIDGET_START.match(block.text):
            if best >= ARTICLE_RUN_MIN:
                return True
            continue
        run = run + 1 if block.label is UNKNOWN and is_prose(block) else 0
        best = max(best, run)
    return False


def _own_place(block: Block) -> tuple[str, str, int] | None:
    """An undecided HTML paragraph's markup and parent element, or None."""
    if block.tag is None or len(block.ancestors) < 2 or block.label is not UNKNOWN or not is_prose(block):
        return None
    return block.path, block.classes, block.ancestors[-2]


def _prose_at(blocks: list[Block], i: int) -> bool:
    return 0 <= i < len(blocks) and blocks[i].label is UNKNOWN and is_prose(blocks[i])


def _titled(block: Block) -> bool:
    """An undecided line that is not prose right above a blurb: the teaser's headline or source.

    Not a line that ends on a full stop or a colon: a headline or a source line has neither,
    while a short sentence of the article (a tip in a list of tips, a closing remark) or a
    lead-in ("Usage:") over a paragraph does ("…" may end a cut headline). Nor a widget's
    title ("See also", signals.widget_start): it heads a box of links, and a paragraph right
    under it is where the article resumes after the box."""
    if signals.widget_start(block.text):
        return False  # also when linked: the box's title, not a teaser's headline
    if block.rule == "link_text":
        return True  # a linked headline, decided already (a dump that marks its links)
    if block.label is not UNKNOWN or is_prose(block) or block.n_words < 1:
        return False
    text = block.text.rstrip()
    return not (text.endswith(":") or (text.endswith(".") and not text.endswith("..")))


def _set_alike(above: Block, block: Block) -> bool:
    """Whether two HTML blocks are items of one list, set alike (tag path and class words):
    a short item over a long one, not a teaser's headline over its blurb (a teaser in a list
    is one item, its headline and blurb elements inside it)."""
    return above.tag is not None and above.bullet and block.bullet and \
        above.markup == block.markup


def teaser_tail(doc: Doc) -> None:
    """The region ends with its last run of paragraphs when only teasers follow it.

    Signal: an article's paragraphs follow one another; a list of other articles puts one
    blurb between headlines, sources and "read now" links, so each of its prose blocks stands
    alone, under its own headline (on HTML, a short item over a long one in the same list is
    no headline). When the region ends, after its last pair of adjacent
    paragraphs, with short lone prose blocks of which at least TEASER_MIN_BLURBS sit right
    under an undecided non-prose line (not under a share bar or a newsletter box, which an
    article's closing paragraph or the author's bio may follow), when these hold less prose
    than the part before them, and when that part is mostly paragraphs in runs (not a
    picture-per-paragraph layout), the region ends after that pair: the maximum-sum run
    crossed the cheap fragments between article and teasers to reach the blurbs. On HTML,
    a blurb counts only when its markup (tag path and class words) differs from that of
    every paragraph kept: a tutorial's short paragraphs between code listings or figures
    stand alone too, but in the article's own template. When at least half of the blurbs, and
    TEASER_STREAM_MIN or more, sit under headlines that are links (a stream of teasers; an
    article's subheadings are not links), the tail may hold up to TEASER_LINKED_MAX_SHARE times the article's prose.
    """
    blocks = doc.blocks
    last_pair = None
    for i in range(doc.end - 1, doc.start, -1):
        if _prose_at(blocks, i) and _prose_at(blocks, i - 1):
            last_pair = i
            break
    if last_pair is None or last_pair + 1 >= doc.end:
        return
    tail = [b for b in blocks[last_pair + 1 : doc.end] if b.label is UNKNOWN and is_prose(b)]
    titled = [b for b in tail if _titled(blocks[b.index - 1]) and not _set_alike(blocks[b.index - 1], b)]
    # Most blurbs of a list of teasers stand under their headlines; a tail whose blurbs mostly
    # do not (steps of a how-to under their lead-ins, a paragraph after a button) is the
    # article's. A blurb under a bare list number ("1.") is left out of the count: a ranked
    # list of the most read stories and an article's numbered steps both set them so; one
    # under a line already taken for another story's headline counts as titled (once: a
    # linked headline may be both).
    ranked = sum(1 for b in tail if LIST_NUMBER.match(blocks[b.index - 1].text))
    titled_at = {b.index for b in titled}
    teased = sum(1 for b in tail if b.index not in titled_at and blocks[b.index - 1].label is RELATED)
    if len(titled) < TEASER_MIN_BLURBS or max(size(b) for b in tail) > TEASER_MAX_WORDS or \
            len(titled) + teased < (len(tail) - ranked) * TEASER_TITLED_MIN_SHARE:
        return
    kept = [b for b in blocks[doc.start : last_pair + 1] if b.label is UNKNOWN and is_prose(b)]
    # A blurb set in the very markup (tag path and classes) of the article's paragraphs is
    # one of them: teasers of other articles come in their own template.
    own = {b.markup for b in kept if b.tag is not None}
    titled = [b for b in titled if b.tag is None or b.markup not in own]
    if len(titled) < TEASER_MIN_BLURBS:
        return
    alone = [b for b in kept if not (_prose_at(blocks, b.index - 1) or _prose_at(blocks, b.index + 1))]
    # Blurbs under linked headlines are teasers however much of them there is.
    linked = sum(1 for b in titled if blocks[b.index - 1].link_density >= LINK_TEXT_SHARE)
    share = TEASER_LINKED_MAX_SHARE if linked >= TEASER_STREAM_MIN and linked * 2 >= len(titled) \
        else TEASER_MAX_SHARE
    if sum(size(b) for b in tail) >= sum(size(b) for b in kept) * share or \
            len(alone) > ALONE_MAX_SHARE * len(kept):
        return
    doc.set_region(doc.start, last_pair + 1)


TAIL_MIN_WORDS = 3  # a lone word after the article (initials, a code) is not worth the risk


def same_markup_tail(doc: Doc) -> None:
    """The region extends over the lines right after it that are set exactly like the
    article's paragraphs.

    Signal: markup (HTML only). The maximum-sum run stops before a closing line that is not
    a full sentence (a quotation with its source, a sentence without its full stop, a list
    of names); when that line sits in the same element path with the same class words as
    the region's prose paragraphs, it is one more paragraph of the article (labelled body
    here). The run of such lines ends at the first block set otherwise, or at a decided
    block unless it opens a box set into the article (see _after_inset).
    """
    own = prose_markups(doc.body)
    end = doc.end
    while end < len(doc.blocks):
        block = doc.blocks[end]
        if block.label is not UNKNOWN:
            resume = _after_inset(doc, end, own)
            if resume is None:
                break
            end = resume
            continue
        if block.n_words < TAIL_MIN_WORDS or block.markup not in own or block.text.isupper():
            break
        # Labelled here: with nothing after it to introduce, a short line at the end of the
        # region would read as a related headline (see body.inside_body).
        block.set(BODY, "same_markup_tail")
        end += 1
    if end > doc.end:
        doc.set_region(doc.start, end)


def column_exit(doc: Doc) -> None:
    """The region ends with the article's text column when a line left of it closes the column.

    Signal: indentation. Layout renderers (inscriptis, lynx, w3m) indent text by how deeply it
    is nested, so the article's paragraphs share one indentation, its column (see
    body.text_column). After the column's last paragraph, a line that is not prose and stands
    left of the column (a share bar, a newsletter box, a widget's title) means the article's
    container has closed; text after it that never comes back to the column (a live feed, a
    teaser list, comments, all nested deeper) lives in other containers, and the region ends
    at that line. A subheading set left of the text (lynx prints headings at the margin, a
    closing section may be nested less deeply) is followed by paragraphs in the column, or
    right under it by a list in the column or a paragraph, so it never ends the region.
    """
    column = text_column(doc)
    if column is None:
        return
    blocks = doc.blocks
    last = next((i for i in range(doc.end - 1, doc.start - 1, -1)
                 if blocks[i].indent == column and _prose_at(blocks, i) and not blocks[i].bullet), None)
    if last is None:
        return
    exit_at = next((i for i in range(last + 1, doc.end)
                    if blocks[i].indent < column and not is_prose(blocks[i])), None)
    if exit_at is None:
        return
    if any(b.indent == column and is_prose(b) for b in blocks[exit_at + 1 : doc.end]):
        return  # paragraphs in the column again: it was a section heading
    under = blocks[exit_at + 1] if exit_at + 1 < doc.end else None
    if under is not None and ((under.indent == column and under.bullet) or
                              (under.indent <= column and _prose_at(blocks, under.index))):
        return  # a list in the column or a paragraph right under it: a closing section
    doc.set_region(doc.start, exit_at)


INSET_MAX_BLOCKS = 8  # a box set into the article (related links, a share bar) is short


def _after_inset(doc: Doc, index: int, own: set[tuple[str, str]]) -> int | None:
    """Where the article's paragraphs resume after a box set into it, or None.

    Signal: markup (HTML only). A "Related stories" list, a share bar or an ad slot placed
    between two paragraphs is decided before the region is found (link text, class words,
    interface text) and stops the maximum-sum run, although the article goes on after it.
    When at most INSET_MAX_BLOCKS decided blocks in markup of their own (no comment-section
    or author-box marker among them; a "Next article" line set like the paragraphs is post
    navigation, which ends the article) are followed by a prose paragraph set in the very element path and class
    words of the region's own paragraphs, the box is inside the article: the region resumes
    at that paragraph. Teasers and comments after an article come in their own markup.
    """
    for i in range(index, min(len(doc.blocks), index + INSET_MAX_BLOCKS + 1)):
        block = doc.blocks[i]
        if block.label is UNKNOWN:
            return i if i > index and is_prose(block) and block.markup in own else None
        if is_barrier(block) or block.markup in own:
            return None  # a line set like the paragraphs ("Next article") is no box
    return None


def same_markup_head(doc: Doc) -> None:
    """The region starts earlier when the lines right before it are set exactly like the
    article's paragraphs.

    Signal: markup (HTML only), as in same_markup_tail. The maximum-sum run starts after
    an opening line that is not a full sentence, or after a table of contents or a share
    bar set into the article above its first paragraphs; a line before the region in the
    same element path with the same class words as the region's prose paragraphs is one
    more paragraph of the article (a standfirst comes in its own markup, a byline is cut
    off again by header_inside_region). Decided blocks, subheadings (h2-h6) and lines that
    are mostly link text (a table of contents; at most INSET_MAX_BLOCKS in a row) are passed
    over when such a line lies before them: a tutorial's intro, its list of sections and
    the first section's heading sit above its first long paragraph. The run ends at the
    first other undecided block set otherwise.
    """
    own = prose_markups(doc.body)
    start = doc.start
    i = start - 1
    while i >= 0:
        block = doc.blocks[i]
        if block.label is not UNKNOWN or block.tag in SUBHEADING_TAGS or block.link_density >= LINK_TEXT_SHARE:
            if is_barrier(block) or start - i > INSET_MAX_BLOCKS:
                break
            i -= 1
            continue
        if block.n_words < TAIL_MIN_WORDS or block.markup not in own or block.text.isupper():
            break
        start = i
        i -= 1
    if start < doc.start:
        doc.set_region(start, doc.end)


STEP_LIST_SCAN = 40  # blocks after the region searched for a list of steps or tips
STEP_LIST_MIN_ITEMS = 2  # one sentence in a list may be a teaser; two or more make a list


def _container(blocks: list[Block]) -> int | None:
    """The innermost element holding all of the given HTML blocks, or None."""
    common: tuple[int, ...] | None = None
    for block in blocks:
        anc = block.ancestors
        if common is None:
            common = anc
            continue
        n = 0
        while n < len(common) and n < len(anc) and common[n] == anc[n]:
            n += 1
        common = common[:n]
    return common[-1] if common else None


def sentence_lists_after(doc: Doc) -> None:
    """Lists of full sentences right after the region, inside the article's own element,
    are part of the article.

    Signal: markup (HTML only). A recipe's steps and serving tips, a how-to's closing list
    of advice, sit after its last paragraph in the same container as its paragraphs,
    behind short data lines (nutrition values, a heading) that end the maximum-sum run.
    Within STEP_LIST_SCAN blocks after the region (stopping at a comment-section or
    author-box marker or a widget title), undecided list items of LIST_ITEM_WORDS or more
    words that end a sentence and are not mostly link text, nested inside the innermost
    element that holds all of the region's prose paragraphs (not the page's root), are
    labelled as list items when there are STEP_LIST_MIN_ITEMS or more of them. Teaser
    lists are headlines (no full stop) or links, and sit outside the article's element.
    """
    prose = [b for b in doc.body if b.tag is not None and b.label is UNKNOWN and is_prose(b)]
    if len(prose) < 2:
        return
    box = _container(prose)
    if box is None or len(prose[0].ancestors) < 2 or box == prose[0].ancestors[0]:
        return
    items = []
    for block in doc.blocks[doc.end : doc.end + STEP_LIST_SCAN]:
        if is_barrier(block) or signals.WIDGET_START.match(block.text) or box not in block.ancestors:
            break
        if block.label is UNKNOWN and block.tag == "li" and block.n_words >= LIST_ITEM_WORDS \
                and block.ends_sentence and block.link_density < LINK_TEXT_SHARE:
            items.append(block)
    if len(items) >= STEP_LIST_MIN_ITEMS:
        for block in items:
            block.set(LIST_ITEM, "sentence_lists_after")


def _table_of(block: Block) -> int | None:
    """The element that holds a table cell's row (a table or its body), or None."""
    if block.tag not in CELL_TAGS or len(block.ancestors) < 3:
        return None
    return block.ancestors[-3]


def whole_table(doc: Doc) -> None:
    """When the article's paragraphs are the cells of one table, the region is the whole table.

    Signal: markup (HTML only). A catalogue, a results list or a glossary sets its text in a
    table: each row holds a description between short cells (numbers, names, sizes), so the
    maximum-sum run starts and stops at an arbitrary row where a few short cells in a row
    outweigh the descriptions. When most of the region's prose paragraphs are cells of one
    table (the element holding their rows), the region extends over the cells of that table
    right before and after it.
    """
    prose = [b for b in doc.unlabeled(doc.start, doc.end) if is_prose(b)]
    tables = Counter(_table_of(b) for b in prose)
    table, n = tables.most_common(1)[0] if tables else (None, 0)
    if table is None or n * 2 <= len(prose):
        return
    blocks = doc.blocks
    start, end = doc.start, doc.end
    while start > 0 and _table_of(blocks[start - 1]) == table:
        start -= 1
    while end < len(blocks) and _table_of(blocks[end]) == table:
        end += 1
    if (start, end) != (doc.start, doc.end):
        doc.set_region(start, end)


ANSWER_WORDS = frozenset({"answer", "acceptedanswer", "suggestedanswer"})
QUESTION_WORDS = frozenset({"question"})


def _element_named(block: Block, words: frozenset[str]) -> int | None:
    """The id of the nearest enclosing element of an HTML block whose class, id or itemprop
    words include one of ``words``, or None."""
    for back, level in enumerate(block.classes.split("|"), start=1):
        if back > len(block.ancestors):
            return None
        if not words.isdisjoint(level.split()):
            return block.ancestors[-back]
    return None


def _in_answer(block: Block) -> bool:
    return "answer" in block.classes and _element_named(block, ANSWER_WORDS) is not None


def question_above(doc: Doc) -> None:
    """On a question-and-answer page, the region starts at the question, not at an answer.

    Signal: class and itemprop words (HTML only). A Q&A page (schema.org QAPage, whose
    Question carries an acceptedAnswer or suggestedAnswer, or a template with "question" and
    "answer" elements) sets the question's text above the answers, between them its votes,
    menu, comments and an "N Answers" heading. The maximum-sum run lands on the answers,
    which hold more prose, and a dateline atop the first answer ("answered …") can make even
    that one header; the question itself, the page's topic, is left out. When the region's
    first paragraph lies in an element named as an answer, and the nearest undecided
    paragraph above the region outside the answers (another answer, with more votes, may
    come first) lies in an element named as a question (one that does not hold the
    answer), the region grows up to that element's first paragraph.
    """
    first = next((b for b in doc.body if b.tag is not None and b.label is UNKNOWN and is_prose(b)), None)
    if first is None or "answer" not in first.classes:
        return
    answer = _element_named(first, ANSWER_WORDS)
    if answer is None:
        return
    above = next((b for b in reversed(doc.blocks[: doc.start])
                  if b.tag is not None and b.label is UNKNOWN and is_prose(b) and not _in_answer(b)), None)
    if above is None or "question" not in above.classes:
        return
    question = _element_named(above, QUESTION_WORDS)
    if question is None or question in first.ancestors:
        return
    start = next(b.index for b in doc.blocks[: above.index + 1] if question in b.ancestors and
                 b.label is UNKNOWN and is_prose(b))
    doc.set_region(start, doc.end)


def closing_line(doc: Doc) -> None:
    """The region takes in the article's last line when it lost its final stop.

    Signal: shape and place (dumps). The maximum-sum run stops before a line that is not a
    full sentence, so an article's closing sentence printed without its stop (a sign-off, a
    slogan, a sentence cut off at a link, a reference to the source) is left out with the
    footer. A line right after the region's last paragraph that reads as running text cut
    off (see _cut_sentence: long enough, in sentence case, no lead-in label, no
    widget or comment heading) and that is the last text before the page's interface (the
    line after it is no paragraph and no other such line: a list of sentence-case headlines
    after an article goes on line after line) is that closing line, unless the region holds
    a related headline: a page that sets headlines of other stories into its text may end
    with one more, unless the line holds the end of one sentence and the start of the next
    (body.INNER_SENTENCE): a headline is one sentence at most. Runs once the region's
    blocks are labelled; HTML has its own rule (same_markup_tail).
    """
    blocks = doc.blocks
    end = doc.end
    if not doc.start < end < len(blocks) or blocks[end - 1].label is not BODY or \
            not is_prose(blocks[end - 1]) or not _cut_sentence(blocks[end]):
        return
    after = blocks[end + 1] if end + 1 < len(blocks) else None
    if after is not None and (_prose_at(blocks, end + 1) or _cut_sentence(after)):
        return
    if not INNER_SENTENCE.search(blocks[end].text) and any(b.label is RELATED for b in blocks[doc.start : end]):
        return
    blocks[end].set(BODY, "closing_line")
    if after is not None and _sentence_rest(blocks[end], after):
        after.set(BODY, "closing_line")
        end += 1
    doc.set_region(doc.start, end + 1)


CLOSING_REST_MAX_WORDS = 4  # see _sentence_rest
# Articles, prepositions and conjunctions: a sentence never ends on them, so a line that does
# was wrapped before its sentence's end (see _sentence_rest).


def _sentence_rest(closing: Block, block: Block) -> bool:
    """The rest of a closing line's sentence that the dump wrapped onto a line of its own
    ("… can be sent to the board of the" / "Harbour Trust."): the closing line ends on a word
    no sentence ends on (OPEN_WORDS: an article, a preposition) or leaves a quotation open
    that the next line closes (_closes_open_quote), and the line after it is an
    undecided short dump line, no more than CLOSING_REST_MAX_WORDS words, that ends the
    sentence with its stop and reads as its continuation: it opens in lower case, or it is a
    name, every word capitalised and no comma ("Harbour Trust."). A footer's notice ("Errors
    excepted.", "Prices subject to change."), a farewell or a sign-off ("Jane Doe, City.")
    after a closing line cut elsewhere stands on its own, not in the text."""
    words = closing.text.split()
    if not words:
        return False
    text = block.text.rstrip("\"'”’»)")
    if not (block.label is UNKNOWN and block.tag is None and not block.bullet
            and block.n_words <= CLOSING_REST_MAX_WORDS and text.endswith((".", "!", "?")) and not text.endswith("..")):
        return False
    if words[-1].lower() not in OPEN_WORDS and not _closes_open_quote(closing.text, block.text):
        return False
    return text[:1].islower() or ("," not in text and all(w[:1].isupper() for w in text.split()))


def _closes_open_quote(closing: str, rest: str) -> bool:
    """Whether the closing line opens a quotation it does not close ("… the letter to the
    „Harbour" / "Trust“.") and the line after it closes one: the wrap fell inside the
    quote, wherever the words break. "“" closes a quotation that "„" opened (German), else
    it opens one that "”" closes."""
    if "„" in closing:
        open_quotes = closing.count("„") - closing.count("“") - closing.count("”")
    else:
        open_quotes = closing.count("“") - closing.count("”")
    open_quotes += closing.count("«") - closing.count("»")
    return open_quotes > 0 and any(q in rest for q in "”“»")


SIGN_OFF_MAX_WORDS = 4  # see sign_off_line: "Name, City", "Initials, the desk"
SIGN_OFF_INITIALS = 4  # characters: "JR", "A.H.", one word in capitals before the comma


def sign_off_line(doc: Doc) -> None:
    """The article's sign-off right under its last paragraph is part of it.

    Signal: shape and place. A correspondent's "Name, City" or a desk's "Initials, The
    editors" closes the text: a line of at most SIGN_OFF_MAX_WORDS words with a comma inside,
    no final stop and no colon (a "Tags: a, b" or "Category: x, y" line has one), opening
    with a letter (a footnote opens with its number), not a row of buttons ("Print, PDF &
    Email"), right after the region's last paragraph. Before the first comma stands a name
    of two words or more, or initials in capitals (at most SIGN_OFF_INITIALS characters): a
    single word there opens a row of tags or sections ("Politics, Economy", "Harbour,
    Ferries, Gulls") or a phrase ("Slice, serve"), no signature. The maximum-sum run ends
    before it, as before any short fragment. Runs after closing_line, on dumps and HTML alike.
    """
    blocks = doc.blocks
    end = doc.end
    if not doc.start < end < len(blocks) or blocks[end - 1].label is not BODY or not is_prose(blocks[end - 1]):
        return
    line = blocks[end]
    text = line.text
    if line.label is not UNKNOWN or line.n_words > SIGN_OFF_MAX_WORDS or ", " not in text or ":" in text or \
            line.ends_sentence or not text[:1].isalpha() or signals.tail_start(text) or signals.ui_phrase(text):
        return
    signer = text.split(",", 1)[0].split()
    if len(signer) < 2 and not (signer and signer[0].isupper() and len(signer[0]) <= SIGN_OFF_INITIALS):
        return  # one word before the comma: a row of tags or a phrase, not "Name, City"
    line.set(BODY, "sign_off_line")
    doc.set_region(doc.start, end + 1)


def _cut_sentence(block: Block) -> bool:
    """An undecided dump line that reads as running text without its final stop: of
    body.SENTENCE_LINE_MIN_WORDS words or more, or of CLAUSED_LINE_MIN_WORDS or more with a
    clause mark inside it or an ellipsis at its end (a shorter line is more often a menu entry
    or a heading, which have neither). In sentence case, or holding the end of one sentence
    and the start of the next (a paragraph full of names, signed off with the author's
    initials after its last stop): a headline in title case is one sentence at most."""
    if block.n_words < SENTENCE_LINE_MIN_WORDS and not (
            block.n_words >= CLAUSED_LINE_MIN_WORDS and (", " in block.text or block.text.endswith(ELLIPSES))):
        return False
    return block.label is UNKNOWN and block.tag is None and not block.bullet and \
        not block.text.endswith(":") and \
        (capitalised_share(block) < SENTENCE_CASE_MAX_CAPITALS or bool(INNER_SENTENCE.search(block.text))) and \
        not LEAD_IN_LABEL.match(block.text) and not signals.tail_start(block.text)


def field_pairs_after(doc: Doc) -> None:
    """A dump's list of "Name:" / "value" lines right after the region is the article's data.

    Signal: shape and place (dumps). A scraper's dump prints a product's or an event's
    specifications ("Colour:" / "green" / "Weight:" / "250 g"), a definition list or a
    two-column table, one label and one value per line (see body.field_pair); the labels end
    on a colon and are no paragraphs, so the maximum-sum run stops before them.
    FIELD_PAIRS_MIN or more such pairs in a row of undecided lines, starting right after the
    region's last block, with a figure in at least one value, are body text and extend the
    region. More pairs than inside the region (body.SPLIT_FIELDS_MIN) and a figure: past the
    article's end, a contact box or a form prints its "Name:" / "Email:" fields the same way.
    HTML keeps such lists in their markup.
    """
    blocks = doc.blocks
    end = doc.end
    if not doc.start < end or blocks[end - 1].label is not BODY:
        return
    n = field_pairs(blocks, end, _undecided_field)
    values = blocks[end + 1 : end + 2 * n : 2]
    if n < FIELD_PAIRS_MIN or not any(c.isdigit() for value in values for c in value.text):
        return
    for block in blocks[end : end + 2 * n]:
        block.set(BODY, "field_pairs_after")
    doc.set_region(doc.start, end + 2 * n)


def _undecided_field(key: Block, value: Block) -> bool:
    """A field after the region (see field_pairs_after): label and value both undecided."""
    return key.label is UNKNOWN and value.label is UNKNOWN


REFERENCES_SCAN = 4  # see references_after: lines between the article's end and its reference list
REFERENCES_MIN = 2
CITED_WORK = re.compile(r"\b(?:1[5-9]|20)\d\d\b|https?://|www\.")  # a cited work's year or address


def references_after(doc: Doc) -> None:
    """The article's reference list after its last paragraph belongs to the article.

    Signal: a heading and the shape of its entries. An essay, a study's summary or a
    magazine piece ends with the works it cites under "References", "Literatur" or "Quellen"
    (signals.REFERENCES_HEADING); the entries are no paragraphs ("Doe J, 2004. Title.
    Publisher."), so the maximum-sum run ends before them. When such a heading stands within
    REFERENCES_SCAN lines after the region's last block, undecided, and is followed by
    REFERENCES_MIN or more undecided entries that each cite a year or a web address
    (CITED_WORK; a list of other stories' headlines cites neither), stopping at the first
    line that does not (unless the line after it does: a dump breaks an entry at its links)
    or at a widget or comment heading, the heading is a subheading and
    the entries are body text; undecided running text between the region and the heading (the
    article's last sentence, cut at a link) is body as well, and the region extends to the
    last entry.
    """
    blocks = doc.blocks
    end = doc.end
    if not doc.start < end or blocks[end - 1].label not in (BODY, LIST_ITEM):
        return
    heading = next((i for i in range(end, min(len(blocks), end + REFERENCES_SCAN))
                    if blocks[i].label is UNKNOWN and blocks[i].n_words <= 3 and
                    signals.REFERENCES_HEADING.match(blocks[i].text)), None)
    if heading is None:
        return
    entries: list[Block] = []
    i = heading + 1
    while i < len(blocks) and _reference_line(blocks[i]):
        # A line without a year or address continues a wrapped entry when the next one cites.
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if not CITED_WORK.search(blocks[i].text) and (
                nxt is None or not _reference_line(nxt) or not CITED_WORK.search(nxt.text)):
            break
        entries.append(blocks[i])
        i += 1
    if sum(1 for b in entries if CITED_WORK.search(b.text)) < REFERENCES_MIN:
        return
    for block in blocks[end:heading]:
        if block.label is UNKNOWN and (is_prose(block) or block.ends_sentence):
            block.set(BODY, "references_after")
    blocks[heading].set(SUBHEADING, "references_after")
    for block in entries:
        block.set(BODY, "references_after")
    doc.set_region(doc.start, entries[-1].index + 1)


def _reference_line(block: Block) -> bool:
    return block.label is UNKNOWN and not signals.tail_start(block.text)


INSET_HEADLINES_MAX = 4  # see paragraph_after_inset: a "Read also" box set into the text is short


def paragraph_after_inset(doc: Doc) -> None:
    """The region takes in the article's last paragraph when a box of links cut it off.

    Signal: shape and place (dumps). A page sets a "Read also" / "Related stories" box into
    its text; a dump prints it where it stands, so the article's last paragraph follows the
    box. The widget heading costs so much (WIDGET_COST) that the maximum-sum run ends before
    the box and leaves that paragraph with the footer. When the line right after the region's
    last paragraph is a widget heading, followed by one to INSET_HEADLINES_MAX undecided
    headline-shaped lines (no paragraph, no full sentence) and then by one undecided
    paragraph that ends on a full stop, and the INSET_MAX_BLOCKS lines after that paragraph
    hold no other paragraph (a stream of teasers pairs every headline with a blurb, and after
    the first blurb comes the next headline and blurb), that paragraph is the article's end.
    HTML keeps the box in its own markup (same_markup_tail).
    """
    blocks = doc.blocks
    end = doc.end
    if not doc.start < end < len(blocks) - 2 or blocks[end - 1].label is not BODY or \
            not is_prose(blocks[end - 1]) or not signals.widget_start(blocks[end].text):
        return
    i = end + 1
    while i < len(blocks) and i - end <= INSET_HEADLINES_MAX and _inset_headline(blocks[i]):
        i += 1
    if i == end + 1 or i >= len(blocks):
        return
    last = blocks[i]
    if last.label is not UNKNOWN or last.tag is not None or not last.ends_sentence or \
            not is_prose(last) or signals.tail_start(last.text):
        return
    if any(is_prose(b) for b in blocks[i + 1 : i + 1 + INSET_MAX_BLOCKS]):
        return
    last.set(BODY, "paragraph_after_inset")
    doc.set_region(doc.start, i + 1)


def _inset_headline(block: Block) -> bool:
    """An undecided dump line shaped as a headline: a few words, no full sentence, no paragraph."""
    return block.label is UNKNOWN and block.tag is None and block.n_words >= 3 and \
        not block.ends_sentence and not is_prose(block)


SPLIT_MAX_BLOCKS = 6  # see split_sentence_start
SPLIT_START_MIN_WORDS = 5
SPLIT_LINK_MAX_WORDS = 3


def split_sentence_start(doc: Doc) -> None:
    """The region takes back the start of a sentence that a dump broke into lines above it.

    Signal: sentence continuity. A text dump prints a paragraph's inline links (and a page's
    hard line breaks) on lines of their own, so the first sentence of the article can come
    as fragments: "The council met on" / "Monday" / "and voted to close the road." Only
    the last fragment ends like a sentence and weighs as prose, so the region starts there,
    in mid-sentence, and the fragments above fall to the header. When the region's first
    block opens in lower case and the line above it does not end a sentence (nor on a colon),
    the region starts on that line; the walk goes on up while the lines keep joining (the
    lower one opens in lower case), and may cross a short fragment (a link of
    SPLIT_LINK_MAX_WORDS words or fewer) when the line above it is a longer unfinished one.
    A lone letter is a drop cap, the first letter of its paragraph: nothing above joins it.
    The walk takes at most SPLIT_MAX_BLOCKS undecided lines, and only if the line it stops
    on opens like a sentence (a capital letter or a digit) with SPLIT_START_MIN_WORDS words
    or more and is no heading and not the page's title (a headline is never the first half
    of the paragraph under it). The lines taken back are marked as prose (the sentence they
    begin is running text), so that no later rule reads them as list items or headlines.
    """
    if doc.start <= 0 or doc.start >= doc.end:
        return
    blocks = doc.blocks
    start = doc.start
    new = start
    while new > 0 and start - new < SPLIT_MAX_BLOCKS:
        cur, prev = blocks[new], blocks[new - 1]
        if not _joins(prev, cur, crossing=new < start):
            break
        new -= 1
    if new == start:
        return
    first = blocks[new]
    if first.n_words < SPLIT_START_MIN_WORDS or not (first.text[:1].isupper() or first.text[:1].isdigit()):
        return
    if first.tag in SUBHEADING_TAGS or first.tag in ("h1", "title"):
        return
    keys = {normalize(p) for p in title_parts(doc)}
    if normalize(first.text) in keys:
        return
    for block in blocks[new:start]:
        block.prose = True
    doc.set_region(new, doc.end)


def _joins(prev: Block, cur: Block, crossing: bool) -> bool:
    """Whether ``prev`` is an unfinished line that ``cur`` carries on (see split_sentence_start)."""
    if prev.label is not UNKNOWN or prev.ends_sentence or prev.bullet or len(cur.text.strip()) == 1:
        return False  # (a lone letter is a drop cap: the paragraph's first letter, nothing above it)
    text = prev.text.rstrip()
    if not text or text.endswith(":"):
        return False
    if cur.text[:1].islower():
        return True
    return crossing and cur.n_words <= SPLIT_LINK_MAX_WORDS and prev.n_words >= SPLIT_START_MIN_WORDS
