"""Rules that read the page's structure (HTML only): the tags and class names around a block.

A dump carries none of these features (``block.tag`` is None), so these rules leave its
blocks alone; on HTML they settle early what the markup already says, and the rest of the
chain treats both inputs alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsparse.blocks import Block
from newsparse.fields.bylines import BY_PREFIX, looks_like_name
from newsparse.fields.captions import split_credit
from newsparse.label import signals
from newsparse.label.context import (
    BOILERPLATE,
    CAPTION,
    DATELINE,
    MAX_CAPITALISED_SHARE,
    NAV,
    PROSE_MIN_WORDS,
    RELATED,
    UNKNOWN,
    Doc,
    capitalised_share,
    is_prose,
    size,
)
from newsparse.label.dates import is_dated_byline, is_meta_line

# Class and id words of containers that hold no article text (Readability's lesson: gather
# them in one place). A block's nearest ancestor with a positive or negative word decides.
NEGATIVE_CLASSES = frozenset(
    """comment comments commentlist respond reply replies sidebar widget widgets footer
    masthead menu navbar nav navigation breadcrumb breadcrumbs share sharing social
    socialmedia newsletter subscribe subscription signup promo promotion advert advertisement
    ads ad sponsor sponsored outbrain taboola related recommended recommendations popular
    trending mostread cookie cookies consent gdpr banner modal popup login teaser
    teasers pagination pager tags tagcloud toolbar tools disclaimer copyright skip
    print rss gallery slideshow carousel slider lightbox player vjs playlist""".split()
)
# Positive words also count inside compound tokens ("storytext", "articlebody"). The strong
# ones name the article itself and outweigh negative words in the same class attribute
# ("share-btns article-body"); the weak ones do not ("comment-body text-area").
STRONG_POSITIVE = ("article", "content", "entry", "main", "post", "story", "prose")
WEAK_POSITIVE = ("body", "text")
# The same words as patterns: one search of an ancestor's words finds any of them.
STRONG_POSITIVE_PART = re.compile("|".join(STRONG_POSITIVE))
WEAK_POSITIVE_PART = re.compile("|".join(WEAK_POSITIVE))
# Negative words that also count inside compound tokens ("textwidget", "cookiebanner"): long
# and specific enough not to occur inside the name of an article container.
NEGATIVE_PARTS = ("widget", "sidebar", "cookie", "consent", "newsletter", "comment")
# Boxes laid over the page (a cookie or consent banner, a newsletter pop-up) that never wrap
# the article, whatever generic words ("body", "text") their inner elements carry.
OVERLAY_PARTS = ("cookie", "consent", "newsletter", "popup", "modal")
# Words that mark the article's own metadata inside otherwise negative containers.
META_CLASSES = frozenset("byline author authors date dateline time published caption credit figcaption".split())
OUTSIDE_TAGS = frozenset({"nav", "footer", "aside", "form"})
ARTICLE_TAGS = frozenset({"article", "main"})
LINK_TEXT_SHARE = 0.5  # a block whose text is mostly link text is a link, not prose
LINK_BLOCK_MAX_WORDS = 40
META_BOX_DEPTH = 3  # ancestors of a block whose class words may name the post's meta box (see _in_meta_box)
LINKED_SENTENCE_WORDS = 8
LINKED_SENTENCE_PLAIN = 0.2
CAPTION_CLASS_DEPTH = 2
HEADING = re.compile(r"^h[1-6]$")


def _class_verdict(block: Block) -> str | None:
    """"meta", "positive", "negative" or None, from the nearest ancestor whose class words
    say so; an ancestor with both positive and negative words counts as positive."""
    return _verdict_of(block.classes)[0]


@lru_cache(maxsize=4096)
def _verdict_of(classes: str) -> tuple[str | None, str]:
    """The verdict and, for a negative one, the class word that gave it. A token holding one
    of NEGATIVE_PARTS ("textwidget", "cookiebanner") is negative although it also holds a
    weak positive word: page builders glue the box's role to generic words. A weak positive
    word inside an overlay (OVERLAY_PARTS further up, no strong positive word between) names
    the overlay's own body ("cookie-banner > banner-body"), so the overlay decides."""
    weak = False
    # The parts hold no space, so a part inside one of an ancestor's words is inside the
    # ancestor's space-separated words as a whole: one substring test each.
    for ancestor in classes.split("|"):
        if weak:
            if STRONG_POSITIVE_PART.search(ancestor):
                return "positive", ""
            overlay = [part for part in OVERLAY_PARTS if part in ancestor]
            if overlay:
                return "negative", min(overlay)
            continue
        words = set(ancestor.split())
        if words & META_CLASSES:
            return "meta", ""
        if STRONG_POSITIVE_PART.search(ancestor):
            return "positive", ""  # "share-btns articlebody": the article's own container wins
        negative = words & NEGATIVE_CLASSES
        if negative:
            return "negative", min(negative)
        compound = [part for part in NEGATIVE_PARTS if part in ancestor]
        if compound:
            return "negative", min(compound)
        if WEAK_POSITIVE_PART.search(ancestor):
            weak = True
    return ("positive" if weak else None), ""


# A negative class word whose blocks hold this share of the page's prose names no sidebar.
NEGATIVE_WORD_MAX_PROSE = 0.5
# Comment-thread words stay negative when this much prose lies outside them (an article).
COMMENT_CLASSES = frozenset("comment comments commentlist respond reply replies".split())
COMMENTED_ARTICLE_MIN_WORDS = 50
# Boxes whose length does not depend on the article's: a comment thread, a consent banner.
UNBOUNDED_CLASSES = COMMENT_CLASSES | {"cookie", "cookies", "consent", "gdpr", *OVERLAY_PARTS}
FORM_LEVELS = 4  # a comment form's notes sit right inside it (a page may be one big <form>)
COMMENT_WORDS = COMMENT_CLASSES | {"comment"}  # the word _verdict_of names for a comment box


def _overused_negative_words(doc: Doc) -> set[str]:
    """Negative class words that mark most of the page's running text.

    Signal: a sidebar, a teaser list or a widget bar is beside the article, so it never holds
    most of the page's prose. When the blocks a word would remove hold at least
    NEGATIVE_WORD_MAX_PROSE of the prose, the word is the site's generic wrapper (a page
    builder's "widget" around every element, an article lead styled as a "teaser"), and
    removing its blocks would remove the article; the region and container rules decide them.
    Only text outside list items counts for a word: a gallery, a comment thread or a stream of
    teasers is a list of like items, and may well outweigh a short article. A comment word
    (COMMENT_CLASSES) is never overused while COMMENTED_ARTICLE_MIN_WORDS of prose lie outside
    its blocks: readers' comments are not bounded by the article's length, so a long thread
    outweighing a short article is common, and the article is the text outside it. The same
    holds for an overlay's words (a cookie banner's legal text; UNBOUNDED_CLASSES).
    """
    total = 0.0
    by_word: dict[str, float] = {}
    for block in doc.blocks:
        if block.tag is None or block.label is not UNKNOWN or not is_prose(block):
            continue
        w = size(block) * (1.0 - block.link_density)
        total += w
        verdict, word = _verdict_of(block.classes)
        if verdict == "negative" and "li" not in _tags_of(block.path):
            by_word[word] = by_word.get(word, 0.0) + w
    return {word for word, w in by_word.items() if total > 0 and w >= NEGATIVE_WORD_MAX_PROSE * total
            and not (word in UNBOUNDED_CLASSES and total - w >= COMMENTED_ARTICLE_MIN_WORDS)}


def page_structure(doc: Doc) -> None:
    """Navigation, footers, asides, forms, and containers whose class names mark them as
    comments, sidebars, share bars, newsletters or related links, hold no article text.
    Signal: the markup says so (a <nav> ancestor, class="sidebar"), unless the block sits in
    the article's own container or its metadata (byline, date, caption) lives there. A class
    word that marks most of the page's prose is ignored (see _overused_negative_words)."""
    overused = _overused_negative_words(doc)
    opening = _opening_post(doc)
    for block in doc.unlabeled():
        if block.tag is None or block.tag == "title" or block.index in opening:
            continue
        outside = _nearest_section(block.path)
        verdict, word = _verdict_of(_from_aside(block, block.path.split("/")) if outside == "aside" else block.classes)
        if verdict == "negative" and word in overused:
            verdict = None
        if verdict == "meta":
            continue
        if outside in OUTSIDE_TAGS and verdict != "positive":
            block.set(NAV if outside == "nav" else BOILERPLATE, "page_structure")
        elif verdict == "negative":
            block.set(BOILERPLATE, "page_structure")


@lru_cache(maxsize=4096)
def _tags_of(path: str) -> frozenset[str]:
    """The tags of a block's path (pages repeat a few paths over all their blocks)."""
    return frozenset(path.split("/"))


@lru_cache(maxsize=4096)
def _nearest_section(path: str) -> str | None:
    """The nearest enclosing tag of OUTSIDE_TAGS or ARTICLE_TAGS on a block's path, if any."""
    return next((t for t in reversed(path.split("/")) if t in OUTSIDE_TAGS or t in ARTICLE_TAGS), None)


def _opening_post(doc: Doc) -> set[int]:
    """The blocks of a thread's opening post set in comment markup, above the line that
    opens the replies.

    Signal: order. A forum styles its first message like the replies under it (class words
    "comment", "reply"), but the line that opens the replies ("Comments", "3 replies") comes
    after it: what sits above that line is the topic, not a reply. Only the comment-classed
    prose above the first such line counts, and only when all of it lies in one parent
    element (one message); several messages above the line (a blog's comments under an
    unrecognised heading, before "Leave a reply") are replies. List items (a "recent
    comments" widget) and a comment form's notes are no opening post.
    """
    first_wall = next((b.index for b in doc.blocks if b.tag not in (None, "td", "th") and
                       signals.comments_start(b.text)), None)
    if first_wall is None:
        return set()
    post = [b for b in doc.blocks[:first_wall] if b.tag is not None and len(b.ancestors) > 1 and
            is_prose(b) and _verdict_of(b.classes)[1] in COMMENT_WORDS]
    if any(b.bullet or "form" in b.path.split("/")[-FORM_LEVELS:] for b in post):
        return set()  # a list of recent comments, a comment form's notes
    if not post or len({b.ancestors[-2] for b in post}) > 1:
        return set()
    parent = post[0].ancestors[-2]
    return {b.index for b in doc.blocks[post[0].index : first_wall] if parent in b.ancestors}


def _from_aside(block: Block, tags: list[str]) -> str:
    """The class words of a block in an <aside> from the aside up: the words of elements
    inside it do not count. Signal: nesting. An aside (a sidebar, a live feed beside the
    article) holds boxes of its own whose generic names ("item-content", "widget-body")
    would otherwise read as the article's container; an aside set into the article is
    kept by the article's own class words above it. When the aside lies above the class
    words kept (CLASS_DEPTH), all of them count."""
    back = next(b for b in range(1, len(tags) + 1) if tags[-b] == "aside")
    levels = block.classes.split("|")
    return "|".join(levels[back - 1 :]) if back <= len(levels) else block.classes


# How many enclosing elements up a lead and the article's first paragraph may meet.
LEAD_SHARED_LEVELS = 6
LEAD_MIN_WORDS = 8
LEAD_MAX_LINKS = 0.25
LEAD_SKIPPED = (CAPTION, DATELINE)
# Labels a caption may have been given before figure_captions. A set built once: the test runs
# for every block, and reading an enum member (Label.X) is a slow class lookup on Python 3.11.
CAPTION_CANDIDATE = frozenset({UNKNOWN, BOILERPLATE})


def lead_above_region(doc: Doc) -> None:
    """The article's lead paragraph set in a container with a negative class word (an intro
    styled as a "teaser", say) joins the body when it sits right above the body region.

    Signal: position and markup together. The block directly before the region's first
    block (captions and datelines between them aside) is a sentence of LEAD_MIN_WORDS or
    more with little link text (a hatnote or a teaser link has more), page_structure removed
    it for a class word, its class chain occurs on no other block of the page (a sidebar or
    a teaser list repeats its markup for each item), and it meets the region's first block
    within LEAD_SHARED_LEVELS enclosing elements: it is part of the article's own container,
    not a box beside it. This rule relabels a block page_structure decided.
    """
    if doc.start <= 0 or doc.start >= doc.end:
        return
    first = doc.blocks[doc.start]
    lead = doc.neighbour(first, -1, skip=LEAD_SKIPPED)
    if lead is None or lead.rule != "page_structure" or lead.tag is None or lead.bullet or \
            lead.n_words < LEAD_MIN_WORDS or lead.link_density >= LEAD_MAX_LINKS:
        return
    if sum(1 for b in doc.blocks if b.classes == lead.classes) > 1:
        return
    if not set(lead.ancestors[-LEAD_SHARED_LEVELS - 1 : -1]) & set(first.ancestors[-LEAD_SHARED_LEVELS - 1 : -1]):
        return
    lead.set(UNKNOWN, "")
    doc.set_region(lead.index, doc.end)


DATA_TABLE_MIN_CELLS = 6
DATA_TABLE_CELL_SHARE = 0.8
DATA_TABLE_PLAIN_SHARE = 0.5
CELL_TAGS = frozenset({"td", "th"})
HEADED_MIN_COLUMNS = 2  # plain header cells in a <thead>: the columns of a data table
HEADED_MIN_CELLS = 4  # ... which may be short: a header row and one or two rows


def data_table_cells(blocks: list[Block]) -> frozenset[int]:
    """Indexes of the blocks that are cells of a data table (HTML only).

    Signal: the table's shape. A data table (a list of films, a price table, a spec sheet)
    has DATA_TABLE_MIN_CELLS or more cells holding their text directly (at least
    DATA_TABLE_CELL_SHARE of its blocks are <td>/<th> elements themselves), no table nested
    in it, and at least DATA_TABLE_PLAIN_SHARE of its cells are not links: a linked cell
    there (a film's title leading to its page) is a datum of the row, not a menu entry. A
    layout table nests tables and wraps paragraphs and lists in its cells; a link menu set
    as a table is all links. A table whose header row is set in <thead>, with
    HEADED_MIN_COLUMNS or more plain header cells, names its columns: it is a data table
    however many of its cells link (a list of platforms, each leading to its install page)
    and from HEADED_MIN_CELLS cells on; a menu set as a table has no column headings.
    """
    groups: dict[int, list[Block]] = {}
    nested: set[int] = set()
    for block in blocks:
        if not block.ancestors or "table" not in block.path:
            continue
        tags = block.path.split("/")
        tables = [block.ancestors[-back] for back in range(1, min(len(tags), len(block.ancestors)) + 1)
                  if tags[-back] == "table"]
        if not tables:
            continue
        groups.setdefault(tables[0], []).append(block)
        nested.update(tables[1:])
    cells: set[int] = set()
    for table, members in groups.items():
        own = [b for b in members if b.tag in CELL_TAGS]
        headed = sum(1 for b in own if "thead" in b.path and b.link_density < LINK_TEXT_SHARE) >= HEADED_MIN_COLUMNS
        least = HEADED_MIN_CELLS if headed else DATA_TABLE_MIN_CELLS
        if table in nested or len(own) < least or len(own) < DATA_TABLE_CELL_SHARE * len(members):
            continue
        if headed or sum(1 for b in own if b.link_density < LINK_TEXT_SHARE) >= DATA_TABLE_PLAIN_SHARE * len(own):
            cells.update(b.index for b in own)
    return frozenset(cells)


def link_text(doc: Doc) -> None:
    """A short block that is mostly link text (in HTML, or in a Markdown dump's ``[text](url)``) is a
    menu entry or a teaser link, not prose.
    Bylines ("By <a>Jane Doe</a>"), headings and the cells of a data table (see
    data_table_cells) are left to their own rules; so are a Markdown dump's datelines: a blog
    links its date to the post and the name beside it to the author's page (``[3 May
    2024](url) by [Jane Doe](url)``), and the dump keeps nothing else of them. (An HTML page marks
    its date in its markup and metadata; there a linked date is more often a teaser's.)"""
    table_cells = data_table_cells(doc.blocks)
    titled = False  # the first linked title over a meta line is left (see _linked_title)
    for block in doc.unlabeled():
        if block.link_density < LINK_TEXT_SHARE or block.n_words > LINK_BLOCK_MAX_WORDS:
            continue
        if block.index in table_cells:
            continue
        if not titled and _linked_title(doc, block):
            titled = True
            continue
        if BY_PREFIX.match(block.text) or HEADING.match(block.tag or "") or block.tag == "title":
            continue
        if _class_verdict(block) == "meta" or looks_like_name(block.text):
            continue  # a linked author name is a byline
        if block.tag is None and is_meta_line(block, doc):
            continue
        if _in_meta_box(block) and is_dated_byline(block, doc):
            continue
        if _linked_sentence(block):
            continue
        block.set(RELATED if block.n_words >= 4 else NAV, "link_text")


LINKED_TITLE_MIN_WORDS = 3  # a title's length (see _linked_title)


def _linked_title(doc: Doc, block: Block) -> bool:
    """Whether a dump's linked line is a title over its byline or dateline: the first such
    line of the page is left to the headline rules.

    Signal: the meta line under it. A blog links its post's title to the post itself, and a
    dump that keeps its links (numbered links, Markdown without heading marks) shows it as
    link text like a menu entry; the title stands over the post's byline or dateline, of
    LINKED_TITLE_MIN_WORDS words or more, with no final full stop. Teasers stand over their dates
    too, so only the page's first such line is left: the article's header comes first on a
    post's page more often than a list of other stories does.
    """
    if block.tag is not None or block.n_words < LINKED_TITLE_MIN_WORDS or block.text.endswith("."):
        return False
    nxt = doc.neighbour(block, 1)
    return nxt is not None and nxt.label is UNKNOWN and (BY_PREFIX.match(nxt.text) is not None
                                                              or is_meta_line(nxt, doc))


def _in_meta_box(block: Block) -> bool:
    """Whether an HTML block sits in the post's meta box ("entry-meta", "post-meta"), where a
    blog links the date to the post and the name to the author's page ("Filed on <a>3 May
    2024</a> by <a>Jane Doe</a>"). Signal: the class word "meta" on the block's nearest
    ancestors (a cheap substring test first); there a dated line with a byline is the
    article's meta line, as it is in a dump of the page, not a teaser link. A date alone
    stays a link: a teaser list's meta box links its dates too."""
    classes = block.classes
    return "meta" in classes and any("meta" in ancestor.split() for ancestor in classes.split("|")[:META_BOX_DEPTH])


def _linked_sentence(block: Block) -> bool:
    """A sentence of some length with links in it, but also words outside them, is prose
    that cites its sources ("The report, released by <a>the agency</a>, says …"). Signal: it
    ends like a sentence and at least LINKED_SENTENCE_PLAIN of its text is not link text; a
    teaser link is the whole block or all but a prefix ("Read more: …")."""
    return block.ends_sentence and block.n_words >= LINKED_SENTENCE_WORDS and \
        block.link_density <= 1.0 - LINKED_SENTENCE_PLAIN and not block.text.endswith(":")


# A run of this many alike long lines is running text, punctuated or not.
ALIKE_RUN_MIN = 6


def alike_lines(doc: Doc) -> None:
    """Long lines set one after another in the very same markup are running text, even
    without a full stop.

    Signal: markup and length together (HTML only). Some writers end their lines with a
    space or nothing instead of a full stop (blogs in scripts without case often do), so no
    line reads as a sentence and the region rule finds no prose. A run of ALIKE_RUN_MIN or
    more consecutive undecided paragraphs (not list items, not mostly link text) in one
    element path with the same class words, each at least PROSE_MIN_WORDS long and not a
    list of capitalised names, is the article's text: menus and tag lists are short, teaser
    headlines are links or list items. Each such line is marked as prose.
    """
    run: list[Block] = []
    for block in doc.blocks:
        if not _long_line(block):
            _mark_run(run)
            run = []
        elif run and (run[-1].index + 1 != block.index or
                      run[-1].markup != block.markup):
            _mark_run(run)
            run = [block]
        else:
            run.append(block)
    _mark_run(run)


def _long_line(block: Block) -> bool:
    return block.tag == "p" and block.label is UNKNOWN and block.link_density < LINK_TEXT_SHARE and \
        size(block) >= PROSE_MIN_WORDS and capitalised_share(block) < MAX_CAPITALISED_SHARE


def _mark_run(run: list[Block]) -> None:
    if len(run) >= ALIKE_RUN_MIN:
        for line in run:
            line.prose = True


def figure_captions(doc: Doc) -> None:
    """<figcaption> and caption containers hold photo captions, credit or not."""
    for block in doc.blocks:
        if block.tag is None or block.label not in CAPTION_CANDIDATE:
            continue
        if block.n_words > 80 or not _caption_markup(block.tag, block.path, block.classes):
            continue
        caption = split_credit(block.text)
        block.set(CAPTION, "figure_captions")
        if caption is not None:
            block.extras["caption"] = caption.text
            block.extras["credit"] = caption.credit or ""


@lru_cache(maxsize=4096)
def _caption_markup(tag: str, path: str, classes: str) -> bool:
    """Whether a block sits in a <figcaption> or in an element whose nearest class words
    (CAPTION_CLASS_DEPTH levels) name a caption or credit (cached: blocks share their markup)."""
    nearest = " ".join(classes.split("|")[:CAPTION_CLASS_DEPTH]).split()
    return tag == "figcaption" or "figcaption" in path.split("/") or \
        bool(set(nearest) & {"caption", "figcaption", "credit", "wp-caption-text"})


# The article's container holds at least this share of the region's undecided text.
CONTAINER_SHARE = 0.65
# Elements that structure text inside an article (a list, a quote, a table) rather than hold it.
NOT_CONTAINERS = frozenset("p ul ol li dl dd dt blockquote pre figure table thead tbody tfoot tr".split())


def container_span(doc: Doc, share: float = CONTAINER_SHARE) -> tuple[int, int] | None:
    """First and last+1 block index of the deepest element that holds at least ``share`` of
    the text of the undecided blocks (link text left out), or None (a dump; no such element
    below the page's root). One pass over the blocks' ancestor ids: linear in the page."""
    weights: dict[int, float] = {}
    total = 0.0
    for block in doc.body:
        if not block.ancestors or block.label is not UNKNOWN:
            continue
        w = size(block) * (1.0 - block.link_density)
        total += w
        tags = block.path.split("/")
        # The block's own element (its last id) is not a container of other blocks.
        for back in range(2, min(len(tags), len(block.ancestors)) + 1):
            element = block.ancestors[-back]
            if tags[-back] in NOT_CONTAINERS:
                continue
            weights[element] = weights.get(element, 0.0) + w
    if total <= 0:
        return None
    # Ids are given in document order, so of nested elements the innermost has the largest id;
    # elements holding more than half of the text are nested in one another.
    chosen = max((e for e, w in weights.items() if w >= share * total), default=None)
    if chosen is None:
        return None
    inside = [b.index for b in doc.blocks if chosen in b.ancestors]
    return inside[0], inside[-1] + 1


def article_container(doc: Doc) -> None:
    """The body region ends where the text formatted like the article's own paragraphs ends.

    Signal: an article's paragraphs share one container (<article>, <div class=…>) and one
    template (the same tag path); text beside it (a live feed in an aside,
    a stream of teasers with blurbs, a footer) sits in other elements with other markup,
    even where the maximum-sum run crossed over to it. The container is the deepest element
    holding at least CONTAINER_SHARE of the undecided text. The region is clipped to the
    outermost blocks that lie in it or share the markup of one of its paragraphs (an article
    split into sibling sections keeps all of them).
    """
    span = container_span(doc)
    if span is None:
        return
    lo, hi = span
    inside = {_signature(b) for b in doc.blocks[lo:hi] if b.label is UNKNOWN and is_prose(b)}
    end = next((i + 1 for i in range(doc.end - 1, hi - 1, -1) if _signature(doc.blocks[i]) in inside), hi)
    if doc.start < end < doc.end:
        doc.set_region(doc.start, end)


TITLED_MIN_WORDS = 3  # see content_container


def content_container(doc: Doc) -> None:
    """The region covers the whole element named as the article's content that holds it.

    Signal: class words and nesting (HTML only). On a page of lists, tables and short lines
    (an agenda, a recipe, a spec sheet) the maximum-sum run covers only the few prose
    blocks, though the rest of the text sits in the same element. When the nearest ancestor
    of the region's first prose block whose class words name the article (STRONG_POSITIVE:
    "entry-content", "post-body") holds every prose block of the region, no <h1> and nothing
    in OUTSIDE_TAGS (so it is the body's own element, not a wrapper of header, menus,
    sidebars, forms and body), the region grows to the
    element's first and last blocks; it stops at a line that opens comments, an author box
    or a widget of other articles.

    A post template may set the headline inside that element as its very first block (the
    one <h1>, above the region): then the element is the article, headline on top, and the
    region grows back up to the line under the headline, over lines of TITLED_MIN_WORDS or
    more (a standfirst, a section heading above the first paragraph; a row of share icons
    or menu words between headline and text is shorter). Its end is left alone: with the
    headline inside, the element may be a wrapper that goes on with teasers and notes.

    A page without a paragraph (a results table, a timetable) can still give the run one
    short line that ends like a sentence ("n.a.", "d.n.f."); with no prose in the region,
    that one undecided line stands for it, so the table around it in the content element
    becomes the region rather than the one cell.
    """
    prose = [b for b in doc.body if b.tag is not None and b.label is UNKNOWN and is_prose(b)]
    if not prose and doc.end - doc.start == 1 and doc.body[0].tag is not None and doc.body[0].label is UNKNOWN:
        prose = doc.body  # a page without a paragraph: the run is one short line (see above)
    if not prose:
        return
    first = prose[0]
    chosen = None
    for back, words in enumerate(first.classes.split("|"), start=1):
        if back > len(first.ancestors):
            return
        if any(p in word for word in words.split() for p in STRONG_POSITIVE):
            element = first.ancestors[-back]
            if all(element in b.ancestors for b in prose):
                chosen = element
            break
    if chosen is None:
        return
    inside = [b for b in doc.blocks if chosen in b.ancestors]
    if any(OUTSIDE_TAGS & set(b.path.split("/")) for b in inside):
        return
    # A headline inside the element (a post template that sets the title above the text)
    # bounds the region's start; one below the region's start is another article's.
    titles = [b.index for b in inside if b.tag == "h1"]
    if titles and (titles != [inside[0].index] or titles[-1] >= doc.start):
        return
    start, end = doc.start, doc.end
    floor = titles[-1] + 1 if titles else inside[0].index
    while start > floor and not signals.tail_start(doc.blocks[start - 1].text) and \
            not signals.AUTHOR_BOX_START.match(doc.blocks[start - 1].text) and \
            not (titles and doc.blocks[start - 1].n_words < TITLED_MIN_WORDS):
        start -= 1
    while not titles and end < inside[-1].index + 1 and not signals.tail_start(doc.blocks[end].text) and \
            not signals.AUTHOR_BOX_START.match(doc.blocks[end].text) and not HEADING.match(doc.blocks[end].tag or ""):
        end += 1
    if (start, end) != (doc.start, doc.end):
        doc.set_region(start, end)


def _signature(block: Block) -> str:
    """A block's markup: its tag path."""
    return block.path
