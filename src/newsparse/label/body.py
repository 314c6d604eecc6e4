"""Inside the body region: paragraphs, subheadings, list items, and interleaved related headlines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from newsparse.blocks import Block
from newsparse.fields.bylines import MAIL_ADDRESS
from newsparse.fields.dates import find_dates
from newsparse.label import signals
from newsparse.label.context import (
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    DATELINE,
    LIST_ITEM,
    NAV,
    RELATED,
    SUBHEADING,
    UNKNOWN,
    Doc,
    capitalised_share,
    content_words,
    is_prose,
    normalize,
    size,
)
from newsparse.label.structure import data_table_cells
from newsparse.label.tail import NAV_MAX_WORDS  # a list entry this short is a menu entry
from newsparse.segment.text import OPEN_WORDS, image_text

SENTENCE_STOPS = frozenset(".!?")  # before a closing bracket: a sentence, not an image's alt text
BRACKETED_GROUP = re.compile(r"\[([^\[\]]*)\]")  # "[Site logo] [Site logo]": each image's alt text

SUBHEADING_MAX_WORDS = 14
SENTENCE_LINE_MIN_WORDS = 10  # see inside_body: a line of running text without its final stop
SENTENCE_CASE_MAX_CAPITALS = 0.4  # share of capitalised words: headlines in title case have more
LOOKAHEAD = 8  # blocks after a short line that tell what it introduces
SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
RELATED_MIN_WORDS = 5
PARAGRAPH_MARKUP_MIN = 2  # see _paragraph_markup
LABEL_MAX_WORDS = 4  # "More on this:" is a label; a longer lead-in is a sentence
FIELD_MAX_KEY_WORDS = 3
LINKED_BLOCK_MIN_SHARE = 0.8
LINK_SHARE_MAX = 0.3  # see inside_body: a line of the article links a few of its words
FIELD_MAX_VALUE_WORDS = 8
FACT_BOX_MIN_FIELDS = 3  # see _fact_box
LIST_MIN_LINES = 3  # see _unmarked_lists: a list has a few entries, a teaser box a title and a line
TOPIC_LIST_MIN_LINES = 2  # see _on_topic_list
TOPIC_LIST_MAX_WORDS = 10
TOPIC_LIST_MIN_OVERLAP = 0.5
SECTIONED_LIST_MIN_LINES = 6  # see _sectioned_list: two titled groups of a few entries each
SECTION_HEAD_MAX_WORDS = 2  # "Your tasks", "Pros": a group's title within an unmarked list
SECTIONED_ENTRY_MAX_WORDS = 12  # an entry of a titled list ("Experience in …") may run to a clause
SECTION_MIN_ENTRIES = 2  # see _sectioned_list: a title stands over a group, not one line
SECTIONED_ENTRY_MEDIAN_WORDS = 6  # but most are a few words: other stories' headlines run longer
LIST_ENTRY_MAX_WORDS = 7  # see _unmarked_lists: a longer line in the run is a teaser's headline
TABLE_MIN_CELLS = 6  # see _dump_table_cells: two rows of three cells at least
TABLE_CELL_MAX_WORDS = 6
TABLE_FIGURE_SHARE = 0.5
QUOTE_MAX_LINES = 12  # see _quoted_lines
# (A German low quote may close on a typewriter's '"': „Text".)
QUOTE_PAIRS = {"\u201e": "\u201c\u201d\"", "\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u201c": "\u201d", '"': '"'}
TABLE_TEXT_AFTER = 4  # blocks after the cells where the article's text goes on
FIELD_COLON = re.compile(r"\w: ")
NUMBERED = re.compile(r"(\d{1,2})\s?[.)]\s*[^\W\d_]")  # "5. Water them often", "3)Costs" (see _numbered_headings)
# Elements that hold the article's own data, code or quotations (see _in_article_markup).
ARTICLE_MARKUP_TAGS = frozenset({"td", "th", "pre", "code", "blockquote"})
# The labels a line after a related headline may have and still be read (a set built once:
# reading an enum member, Label.X, is a slow class lookup on Python 3.10 and 3.11).
UNDECIDED_OR_BODY = frozenset({UNKNOWN, BODY})
HEADED_LINKS_SHARE = 0.5  # see _titles_links: a heading over mostly linked text titles a box of links
HEADED_LINK_MIN_WORDS = 3  # ... and that link is a headline, not a one-word button or tag
ARTICLE_MARKUP_MAX_LINKS = 0.5
# A related headline shares few words with the article; a subheading shares many with the
# paragraphs it introduces. Shares are of the block's content words.
RELATED_MAX_OVERLAP = 0.5
SUBHEADING_MIN_NEXT_OVERLAP = 0.25
LEAD_IN_HEADLINE_WORDS = 3  # see _lead_ins_to_links
# A list entry that opens on a bracketed token before its text: what a text browser prints for
# a teaser's thumbnail (its alt text or file name, one token: "[thumb_0412]", "[pier]") or a
# teaser's tag ("[Video]"): 3 to 40 characters without a space, a lower-case letter or a
# file name's mark among them. Words in brackets ("[Day 1]"), a letter ("[A]"), an
# abbreviation ("[PDF]") or a figure ("[3]") may open the article's own list entries.
BRACKETED_LEAD = re.compile(r"\[(?=[^\[\]\s]{3,40}\])[^\[\]\s]*[a-z_.-][^\[\]\s]*\]\s*\w")
WIDGET_TITLE_MAX_CHARS = 60  # a widget's title ("More from the harbour desk") is short; longer lines skip the pattern
LABELLED_FIELDS = frozenset({BYLINE, DATELINE})  # a lead-in over one of them labels it
SPLIT_FIELDS_MIN = 2  # see _split_fields
FIELD_VALUE_LABELS = frozenset({RELATED, SUBHEADING, BODY})  # see _lead_in_field
ADDRESS = re.compile(r"://|\bwww\.")  # a web address printed in the text: no headline
# "v3.1.4", "0.9.1-rc2": three numbers or more, marked as a version by a leading "v" or a
# suffix (a bare "28.09.31" is as likely a date); see _version_string.
# The lookbehind lets a search start only where a token starts (linear on a run of digits).
VERSION = re.compile(r"(?<![\w.])(?:v\d+(?:\.\d+){2,}(?:[-+~][\w.]+)*|\d+(?:\.\d+){2,}(?:[-+~][\w.]+)+)")
SECTION_MAX_WORDS = 8  # a subheading that opens a run of paragraphs (see _opens_section)
# A page without prose is a stub whose lines are its body, unless interface text makes up
# this share of it: then the lines left over are menu entries too.
STUB_MAX_INTERFACE = 0.5
# "…, officials say" ends many headlines and no subheadings.
ATTRIBUTION = re.compile(r"[,:]\s*(?:\w+\s){0,4}(?:says?|said|reports?|claims?|warns?)$|\bsays?$", re.I)
# Code and data, which no headline contains: braces, a statement's end, an assignment or
# comparison (its value may be a path: "dir = ./data"), a setting written without spaces
# ("level=off": a lower-case key after a space or at the start, so not a web address's
# "?id=5"), a call, a comment or shell prompt at the start, two decimal measures.
CODE_OR_DATA = re.compile(
    r"[{}]|;$|\w\s[=!<>]=?\s[\w\"'(\[./~$]|(?:^|\s)[a-z_][\w.-]*=[\w./\"'$-]|\w\(\S*\)|^(?://|# |\$ |-- )|"
    r"\d[.,]\d+\D+\d+[.,]\d")
# A sentence that ends inside the block and another that starts after it: "... a word. Next".
# The word before the stop has three lower-case letters, so "U.S. Navy" or "No. 1" do not count;
# a closing quotation mark may stand between that word and the stop ('... the "show". Next').
INNER_SENTENCE = re.compile(
    r"[^\W\d_A-Z]{3}[\"'\u2019\u201c\u201d\u00bb]?[.!?][\"'\u2019\u201d\u00bb)]?\s+[\"'\u201c\u201e\u00ab(]?[A-Z\u00c0-\u00de]")


MENU_ITEM_WORDS = 5  # average words of a menu's or link list's entries


def text_column(doc: Doc) -> int | None:
    """The indentation of the article's text, or None when the dump does not indent it.

    It is the indentation that holds most of the region's prose (in words) in paragraphs
    next to another paragraph at the same indentation: an article's paragraphs follow one
    another, while a gallery's or a teaser list's blurbs stand alone between credits and
    titles, and may outnumber them. Lone paragraphs count only when no paragraph has a
    neighbour.
    """
    prose = [b for b in doc.unlabeled(doc.start, doc.end) if not b.bullet and is_prose(b)]
    paired = {b.index for a, b in pairwise(prose) if b.index == a.index + 1 and a.indent == b.indent}
    paired |= {i - 1 for i in paired}
    words: dict[int, float] = {}
    for block in prose:
        if block.index in paired or not paired:
            words[block.indent] = words.get(block.indent, 0.0) + size(block)
    column = max(words, key=lambda i: (words[i], -i)) if words else None
    return column or None


def lists_outside_column(doc: Doc) -> None:
    """Menu-like lists set left of the article's text column belong to another container.

    Signal: indentation. Layout renderers (inscriptis, lynx, w3m) indent text by how deeply
    it is nested, and an article's own lists nest inside its text, so they stand as deep as
    its paragraphs or deeper. A run of list items that stands left of the column where most
    of the region's prose stands (see text_column), whose entries are a few words each (menu
    entries, link titles; MENU_ITEM_WORDS on average), and that is not a lone item with its
    own paragraphs under it (a list of sections), sits in an outer container: a menu, a link
    list or a sidebar that the region spanned.
    """
    column = text_column(doc)
    if column is None:
        return
    body = doc.body
    i = 0
    while i < len(body):
        block = body[i]
        if not (block.label is UNKNOWN and block.bullet and block.indent < column):
            i += 1
            continue
        run = [block]
        while i + len(run) < len(body) and body[i + len(run)].bullet and \
                body[i + len(run)].indent == block.indent:
            run.append(body[i + len(run)])
        i += len(run)
        after = body[i] if i < len(body) else None
        if len(run) == 1 and after is not None and after.indent > block.indent and is_prose(after):
            continue  # a lone item that goes on with a paragraph: a list of sections
        if sum(size(b) for b in run) > MENU_ITEM_WORDS * len(run):
            continue
        for item in run:
            if item.label is UNKNOWN:
                item.set(NAV if item.n_words <= NAV_MAX_WORDS else RELATED, "list_outside_column")


def inside_body(doc: Doc) -> None:
    """Label every undecided block of the body region.

    Prose and short sentences are body; list-marked lines are list items; so is every line
    of a region without prose that is not mostly interface text (a stub page), and a line
    holding the end of one sentence and the start of the next. A short line without final
    punctuation is a subheading when it shares vocabulary with the paragraphs
    it introduces, and a related-article headline when it reads like a headline of another
    story: few words in common with the article, an attribution ("…, officials say"), a run
    of such lines, or nothing after it to introduce. In a dump, a line of
    SENTENCE_LINE_MIN_WORDS or more in sentence case (under SENTENCE_CASE_MAX_CAPITALS of its
    words capitalised) right after a paragraph, and not opening with a label ("Read also:"),
    is running text that lost its final stop (a list entry printed without its marker, a
    sentence cut at a link), not a headline. A "Name: value" line with a figure or
    among others of its kind is a fact of the article (see _field_line), and so is a block of
    several such fields run together (see _fact_box). A prose-long
    block of LINKED_BLOCK_MIN_SHARE link text or more (HTML) is a run of links to other pages.
    On HTML, a heading or a short label ending in a colon with no text to introduce (see
    _introduces_text) titles a box of links; a line set exactly like the region's
    paragraphs (see _paragraph_markup) with less than LINK_SHARE_MAX of link text (a
    linked name or address in it, not a linked headline) is a line of the article, and a linked cell of a data
    table (see structure.data_table_cells) one of its data. A label that opens a widget of
    other articles ("More on this topic:", signals.widget_start) or a share bar's prompt
    (signals.SHARE_PROMPT) titles a box of links or buttons, whatever follows it; a comment section's
    heading ends the region before it (region.is_barrier), so one inside it stands in a
    table cell and labels a field of the article's data ("Discussion:"): a lead-in. A list
    entry that opens such a widget ("* Related stories") titles it, and a Markdown dump's
    heading over teaser links titles their box (see _titles_links). In a dump, a list that
    stands right under a widget's title line ("Related", "Most shared": signals.widget_start)
    is that widget's teasers, and the title with it: a layout renderer prints the box's
    heading and then its links as list items, where the markup would have said so (HTML
    keeps its own rules for link lists). A dump's list entry that opens on a bracketed token
    ("[thumb_0412] Ferry timetable changes") is a teaser: a text browser prints a teaser's
    thumbnail as its alt text or file name in brackets, or its tag ("[Video]"), before the
    title; an entry of the article's list that carries a picture reads as prose or a
    sentence (see BRACKETED_LEAD).
    """
    body = doc.body
    stub = not any(is_prose(b) for b in body if b.label is UNKNOWN) and \
        sum(1 for b in body if b.label in (BOILERPLATE, NAV)) < STUB_MAX_INTERFACE * len(body)
    own = _paragraph_markup(body)
    table_cells = data_table_cells(doc.blocks) if any(b.tag in ARTICLE_MARKUP_TAGS for b in body) else frozenset()
    unknown = UNKNOWN  # (a local name: the loop reads it for every block)
    widget = False  # the list under way stands right under a widget's title (see _widget_list)
    for pos, block in enumerate(body):
        if not block.bullet:
            widget = len(block.text) <= WIDGET_TITLE_MAX_CHARS and signals.widget_start(block.text)
        if block.label is not unknown:
            continue
        if widget and block.tag is None and (block.bullet or (pos + 1 < len(body) and body[pos + 1].bullet)):
            # A dump's list right under "Related", "Most shared": the widget's title and teasers.
            block.set(RELATED, "widget_list")
        elif stub and not block.bullet and block.tag not in SUBHEADING_TAGS:
            # A page without a paragraph (see region.body_region): its text is the body.
            block.set(BODY, "stub_text")
        elif block.bullet and block.tag is None and signals.widget_start(block.text):
            # "* More from this section": a list's first entry that titles the teasers
            # under it (a text browser prints the box's title as an item of its list).
            block.set(RELATED, "widget_title")
        elif block.bullet and block.tag is None and block.text[:1] == "[" and BRACKETED_LEAD.match(block.text) \
                and not is_prose(block) and not block.text.endswith("."):
            # "[thumb_0412] Ferry timetable changes": a teaser with its picture or its tag (a
            # line of prose or a sentence after a portrait is the article's list entry).
            block.set(RELATED, "pictured_teaser")
        elif block.bullet:
            block.set(LIST_ITEM, "list_item")
        elif block.tag is None and block.text[:1] == "[" and ":" not in block.text and \
                block.text[-2:-1] not in SENTENCE_STOPS and image_text(block.text):
            # "[Crowds on the quay at dawn]": what a text browser prints for a picture, its alt
            # text or its caption in brackets (see segment.text.image_text), not the article's
            # text. A bracketed line with a colon or a final stop is the page's own note
            # ("[Update: the vote was confirmed.]", "[Read: …]", a chat line): it stays.
            block.set(CAPTION, "image_text")
            block.extras["caption"] = " ".join(dict.fromkeys(p.strip() for p in BRACKETED_GROUP.findall(block.text)))
        elif block.tag is not None and not stub and block.n_words <= SUBHEADING_MAX_WORDS and \
                (block.tag in SUBHEADING_TAGS or (block.text.endswith(":") and block.n_words <= LABEL_MAX_WORDS)) and \
                not _introduces_text(body[pos + 1 : pos + 1 + LOOKAHEAD]):
            # A heading or a label ("More on this:") over nothing but links, buttons or the
            # region's end: the title of a box of other articles or of a share bar. A longer
            # lead-in is a sentence of the article introducing a video or a download.
            block.set(RELATED, "heads_nothing")
        elif block.tag in SUBHEADING_TAGS and not block.path and \
                _titles_links(block, body[pos + 1 : pos + 1 + LOOKAHEAD]):
            # A Markdown dump's heading over teaser links: a box's title, not a section's.
            block.set(RELATED, "heading_over_links")
        elif block.tag in SUBHEADING_TAGS and not block.ends_sentence:
            block.set(SUBHEADING, "heading_tag")
        elif block.link_density >= LINKED_BLOCK_MIN_SHARE and not block.bullet and is_prose(block):
            # Nearly all link text, however long: a list of links to other pages run together
            # ("Related: <title> <title> …"), not the article's prose.
            block.set(RELATED, "linked_block")
        elif is_prose(block) or (block.ends_sentence and not block.text.endswith(":") and block.n_words >= 2):
            block.set(BODY, "body_text")
        elif block.text.endswith(":") and (signals.widget_start(block.text) or signals.SHARE_PROMPT.match(block.text)):
            # "More on this topic:", "Share this:": the title of a box of links or of a share bar.
            block.set(RELATED, "widget_title")
        elif block.text.endswith(":"):
            block.set(BODY, "lead_in")
        elif INNER_SENTENCE.search(block.text):
            # A headline is one sentence at most; a block where one ends and another starts is
            # running text that lost its end (cut at a link by the renderer, say).
            block.set(BODY, "sentences")
        elif _in_article_markup(block) or block.index in table_cells:
            block.set(BODY, "article_markup")
        elif (_field_line(block) and (_figure_value(block) or
                                      any(_field_line(b) for b in body[max(0, pos - 1) : pos + 2] if b is not block))) \
                or _fact_box(block) or in_dump_field_run(body, pos):
            block.set(BODY, "field_line")
        elif CODE_OR_DATA.search(block.text) and "javascript:" not in block.text:
            # A headline is words; braces, assignments, a shell prompt or a row of measures
            # are a code listing or a data table that the article prints (a link's leaked
            # "javascript:" target is not).
            block.set(BODY, "code_or_data")
        elif (block.text[:1].isdigit() or block.text[:1] == "v") and _version_string(block.text, doc):
            # A version string on a line of its own: data the article prints.
            block.set(BODY, "code_or_data")
        elif block.tag is not None and block.link_density < LINK_SHARE_MAX and block.markup in own and \
                not block.text.isupper():
            # Set like the article's paragraphs, with few linked words: a line of the article
            # (a subheading in bold, a verse, a short remark, a pointer to a linked site),
            # not a teaser of another story, whose headline is most of the line's text.
            block.set(SUBHEADING if block.n_words <= SUBHEADING_MAX_WORDS else BODY, "paragraph_markup")
        elif block.tag is None and block.n_words >= SENTENCE_LINE_MIN_WORDS and \
                capitalised_share(block) < SENTENCE_CASE_MAX_CAPITALS and \
                _after_paragraph(body, pos) and not LEAD_IN_LABEL.match(block.text):
            # A long line in sentence case right after a paragraph: running text that lost its
            # final stop (a list entry, a line cut at a link), not a headline of another story
            # (a teaser set into the text opens with a label: "Read also: …").
            block.set(BODY, "sentence_line")
        elif _related(doc, block, body[pos + 1 : pos + 1 + LOOKAHEAD], body[pos - 1] if pos else None):
            block.set(RELATED, "related_headline")
        elif block.n_words <= SUBHEADING_MAX_WORDS:
            block.set(SUBHEADING, "subheading")
        else:
            block.set(BODY, "body_text")
    _unmarked_lists(doc)
    _dump_table_cells(body)
    _quoted_lines(body)
    _numbered_headings(body)
    _split_fields(body)
    _lead_ins_to_links(body)


def _unmarked_lists(doc: Doc) -> None:
    """A run of short lines under the article's lead-in ("You will need:") is its own list.

    Signal: the lead-in, the length of the lines and the text after the run. A dump printed
    without list markers (beautifulsoup's get_text, say) leaves an article's list
    (ingredients, features, steps) as a run of short lines; _related takes each for a
    headline of another story, the first because no paragraph follows it at once, the
    rest because a related headline stands above. But a run that a lead-in of the article
    introduces (a short label, or a paragraph of the article that ends on a colon: "Here is
    what each line charges:"), that the article's prose goes on after, of LIST_MIN_LINES
    lines or more and none longer than LIST_ENTRY_MAX_WORDS (a teaser box holds a headline
    of a sentence's length), is a list the article gives, unless one of its lines is printed elsewhere on
    the page too: a menu or a table of contents repeats the page's menu entries and section
    titles. So is a run without a lead-in whose entries speak of the article's subject (see
    _on_topic_list), or one in titled groups (see _sectioned_list). Dumps only: HTML keeps
    list markup.
    """
    body = doc.body
    for pos, end in _related_runs(body):
        run, prev = body[pos:end], body[pos - 1] if pos else None
        nxt = body[end] if end < len(body) else None
        introduced = prev is not None and (prev.rule == "lead_in" or
                                           (prev.label is BODY and prev.text.endswith(":")))
        sectioned = _sectioned_list(run, prev, nxt)
        if (introduced and nxt is not None and nxt.label is BODY and is_prose(nxt) and
                len(run) >= LIST_MIN_LINES and max(b.n_words for b in run) <= LIST_ENTRY_MAX_WORDS) or \
                _on_topic_list(doc, run, nxt) or sectioned:
            own = Counter(normalize(b.text) for b in run if not (sectioned and _section_head(b)))
            if all(doc.printed[key] == n and (n == 1 or not sectioned) for key, n in own.items()):
                for item in run:
                    item.set(LIST_ITEM, "unmarked_list")


def _related_runs(body: list[Block]) -> Iterator[tuple[int, int]]:
    """The runs of dump lines _related took for other stories' headlines, as (start, end)
    positions in the body; read lazily, so a caller may relabel the run it was given."""
    pos = 0
    while pos < len(body):
        if body[pos].rule != "related_headline" or body[pos].tag is not None:
            pos += 1
            continue
        end = pos
        while end < len(body) and body[end].rule == "related_headline":
            end += 1
        yield pos, end
        pos = end


def _dump_table_cells(body: list[Block]) -> None:
    """A run of short "related headlines" that are mostly figures is a table of the article.

    Signal: the shape of the lines. A scraper's dump prints a data table one cell per line
    ("file", "size", "speed", "results-2017", "2.7 GB/s", …); _related takes each short line
    for a headline of another story, as no paragraph follows it. A teaser's headline is a
    phrase of several words; a table's cells are a few words each (TABLE_CELL_MAX_WORDS at
    most) and at least TABLE_FIGURE_SHARE of them hold a figure. A run of TABLE_MIN_CELLS or
    more such lines inside the region, with the article's text going on within
    TABLE_TEXT_AFTER blocks after it, is a table of the article: its cells are body text.
    Dumps only: HTML keeps the table's cells (see structure.data_table_cells).
    """
    for pos, end in _related_runs(body):
        run = body[pos:end]
        if len(run) >= TABLE_MIN_CELLS and all(b.n_words <= TABLE_CELL_MAX_WORDS for b in run) and \
                sum(1 for b in run if any(c.isdigit() for c in b.text)) >= TABLE_FIGURE_SHARE * len(run) and \
                any(b.label in TEXT_LABELS or b.label is LIST_ITEM for b in body[end : end + TABLE_TEXT_AFTER]):
            for cell in run:
                cell.set(BODY, "table_cells")


def _quoted_lines(body: list[Block]) -> None:
    """Lines of one quotation (a verse, lyrics, a poem) that _related took for headlines.

    Signal: quotation marks. A quoted verse is printed a line per line: its first line opens
    a quotation mark that it does not close, and a later line closes it. Related headlines
    are whole lines each, a quoted one closing its own quotation. A run of "related
    headlines" that starts with a line opening a quotation (not closed on it) and reaches,
    within QUOTE_MAX_LINES lines, a line ending on the matching closing mark is that
    quotation: its lines are body text.
    """
    for pos, block in enumerate(body):
        closers = QUOTE_PAIRS.get(block.text[:1])
        if block.rule != "related_headline" or not closers or any(c in block.text[1:] for c in closers):
            continue
        for end in range(pos + 1, min(len(body), pos + QUOTE_MAX_LINES)):
            line = body[end]
            if line.rule != "related_headline" or any(c in line.text[:-1] for c in closers):
                break
            if line.text[-1:] in closers:
                for item in body[pos : end + 1]:
                    item.set(BODY, "quoted_lines")
                break


def _numbered_headings(body: list[Block]) -> None:
    """A numbered line ("5. Water them often") next in the series of the article's numbered
    subheadings is one of them, not a related headline.

    Signal: the numbering. A listicle titles its sections "1. …", "2. …", "3. …"; _related
    judges each short line by its neighbours and vocabulary, and takes some of the series for
    headlines of other stories (the first, under a section title; one over a short
    paragraph). A related headline carries no number that continues the article's series: a
    numbered line (a number, a stop or a parenthesis, then a word) whose number is one more
    or one less than that of a numbered subheading of the region is a subheading too.
    """
    numbered = [(int(m.group(1)), b) for b in body
                if b.n_words <= SUBHEADING_MAX_WORDS and b.text[:1].isdigit() and (m := NUMBERED.match(b.text))]
    headings = {n for n, b in numbered if b.label is SUBHEADING}
    added = True
    while added:  # outward from the known subheadings: "1." makes "2." one, which makes "3." one
        added = False
        for n, block in numbered:
            if block.rule == "related_headline" and (n - 1 in headings or n + 1 in headings):
                block.set(SUBHEADING, "numbered_heading")
                headings.add(n)
                added = True


def field_pair(key: Block, value: Block) -> bool:
    """A field that a dump printed on two lines: "Label:" on one, its value on the next.

    Signal: shape (dumps). A scraper's dump prints a fact box's, a specification list's or a
    two-column table's bold label ("Entry:", "Weight:") on a line of its own and its value
    ("Adults 4 €", "250 g", a maker's name) on the next. The label: at most
    FIELD_MAX_KEY_WORDS pieces between spaces ending on a colon (an "&" counts: "Tips &
    Tricks:" titles a box of links more often than a field), and no widget's title or comment
    section's heading (see signals.tail_start). The value: one to FIELD_MAX_VALUE_WORDS words,
    without a final stop (a sentence is text the label introduces) or a colon at the end
    (that is the next label), and no web address (a contact box's "Web:" line is a link).
    HTML keeps a field in one element (see _field_line): both lines are a dump's. The one
    reader of such pairs: field_pairs counts them for _split_fields and
    region.field_pairs_after, which add what each needs of the labels around.
    """
    return key.text.endswith(":") and key.tag is None and value.tag is None and \
        len(key.text.split()) <= FIELD_MAX_KEY_WORDS and 0 < value.n_words <= FIELD_MAX_VALUE_WORDS and \
        not value.ends_sentence and not value.text.endswith(":") and not signals.tail_start(key.text) and \
        not ADDRESS.search(value.text)


def field_pairs(blocks: Sequence[Block], start: int, fits: Callable[[Block, Block], bool]) -> int:
    """How many label/value pairs (see field_pair) follow one another from blocks[start] on,
    each pair also passing the caller's own test, fits (which labels they may carry)."""
    end = start
    while end + 1 < len(blocks) and field_pair(blocks[end], blocks[end + 1]) and fits(blocks[end], blocks[end + 1]):
        end += 2
    return (end - start) // 2


def _split_fields(body: list[Block]) -> None:
    """Fields of a fact box that a dump printed label and value on lines of their own.

    Signal: alternation. Inside the region, _related takes a field's short value (see
    field_pair) for a headline of another story. A label taken for a lead-in (a widget
    title is none), its value not yet taken for an interface line, then straight away the
    next label and its value: SPLIT_FIELDS_MIN such pairs in a row are the article's data,
    and the values taken for headlines are body text. A teaser set into the text opens with
    a label too ("Read also:"), but a headline of a sentence's length, and one such teaser
    stands alone. Two pairs suffice here, inside the article; region.field_pairs_after,
    which reads past the region's end into lines no rule has taken, needs more.
    """
    pos = 0
    while pos + 1 < len(body):
        n = field_pairs(body, pos, _lead_in_field)
        if n >= SPLIT_FIELDS_MIN:
            for value in body[pos + 1 : pos + 2 * n : 2]:
                if value.rule == "related_headline":
                    value.set(BODY, "split_fields")
        pos += 2 * n or 1


def _lead_in_field(key: Block, value: Block) -> bool:
    """A field inside the region (see _split_fields): its label taken for a lead-in, its value
    for text, a subheading or a headline of another story."""
    return key.rule == "lead_in" and value.label in FIELD_VALUE_LABELS


def _on_topic_list(doc: Doc, run: list[Block], nxt: Block | None) -> bool:
    """Whether a run of "related headlines" inside the text is a list of the article's own.

    Signal: vocabulary and position. A headline of another story shares few words with the
    article (see _related); the entries of a list the article gives (features, requirements,
    pros and cons, a timetable) speak of its subject. A run of TOPIC_LIST_MIN_LINES or more
    lines of at most TOPIC_LIST_MAX_WORDS words each, with the article going on right under
    it (body text or a subheading), whose entries share on average TOPIC_LIST_MIN_OVERLAP or
    more of their content words with the article's prose, is such a list, printed without
    its markers by a scraper's dump.
    """
    if nxt is None or nxt.label not in TEXT_LABELS or len(run) < TOPIC_LIST_MIN_LINES or \
            max(b.n_words for b in run) > TOPIC_LIST_MAX_WORDS or \
            any(b.text.isupper() or signals.ui_phrase(b.text) for b in run):
        return False
    return sum(doc.overlap(b) for b in run) >= TOPIC_LIST_MIN_OVERLAP * len(run)


def _sectioned_list(run: list[Block], prev: Block | None, nxt: Block | None) -> bool:
    """Whether a run of "related headlines" is the article's list in titled groups.

    Signal: titles within the run and the prose around it. A scraper's dump prints a list in
    groups ("Pros" / entries / "Cons" / entries; "Your tasks" / entries / "Your profile" /
    entries) as a run of short lines; its entries need not share the article's words (see
    _on_topic_list). A box of other stories' headlines has one title at most, over
    headlines of a sentence's length. A run of SECTIONED_LIST_MIN_LINES lines or more, none
    longer than SECTIONED_ENTRY_MAX_WORDS words, right after a paragraph and with the article
    going on under it, in which two lines or more are titles of SECTION_HEAD_MAX_WORDS words
    at most (capitalised, without a figure or a final stop, no interface phrase, no title of
    a tail box like "Read more") and at least half are entries, the middle one of a few words
    (SECTIONED_ENTRY_MEDIAN_WORDS at most; a teaser's headline runs longer), and each title
    (or titles side by side, a table's "Pros" and "Cons") over SECTION_MIN_ENTRIES entries or
    more, is such a list: a sidebar or a gallery alternates short titles with single lines
    (a section name over one headline, a caption's place name over the next caption). Its
    titles may repeat on the page (a second list titled "Pros" and "Cons" too); its entries
    are printed once (see _unmarked_lists), where a menu or a booking form repeats its
    options.
    """
    if prev is None or prev.label is not BODY or not is_prose(prev) or nxt is None or \
            nxt.label not in TEXT_LABELS or len(run) < SECTIONED_LIST_MIN_LINES or \
            max(b.n_words for b in run) > SECTIONED_ENTRY_MAX_WORDS or \
            any(b.text.isupper() or signals.ui_phrase(b.text) or signals.tail_start(b.text) for b in run):
        return False
    heads = [_section_head(b) for b in run]
    entries = sorted(b.n_words for b, head in zip(run, heads, strict=True) if not head)
    if not 2 <= len(run) - len(entries) <= len(run) // 2 or entries[len(entries) // 2] > SECTIONED_ENTRY_MEDIAN_WORDS:
        return False
    # every title (or pair of titles side by side: "Pros", "Cons") stands over two entries or more
    under = 0
    for pos in range(len(run) - 1, -1, -1):
        if not heads[pos]:
            under += 1
        elif pos == 0 or not heads[pos - 1]:
            if under < SECTION_MIN_ENTRIES:
                return False
            under = 0
    return True


def _section_head(block: Block) -> bool:
    """A group's title in an unmarked list: a capitalised line of SECTION_HEAD_MAX_WORDS words
    at most, without a figure or a final stop (see _sectioned_list)."""
    return block.n_words <= SECTION_HEAD_MAX_WORDS and block.text[:1].isupper() and \
        not any(c.isdigit() for c in block.text) and not block.ends_sentence


def _after_paragraph(body: list[Block], pos: int) -> bool:
    """Whether the block at ``pos`` comes right after a paragraph of the article, or after a
    line of running text that came after one (the entries of a list printed without markers)."""
    prev = body[pos - 1] if pos else None
    return prev is not None and prev.label is BODY and (is_prose(prev) or prev.rule == "sentence_line")


def _lead_ins_to_links(body: list[Block]) -> None:
    """A lead-in ("See also:") right above a headline of another story titles a link list.

    Signal: what the colon introduces. A line ending in a colon was kept as the article's
    lead-in (see inside_body) before the line after it was judged; when that line turned out
    to be interface text (a credit, a button), or one related headline of
    LEAD_IN_HEADLINE_WORDS or more with the article going on under it (a "read also" teaser
    set into the text), the lead-in announced a link to another page, not text of the
    article, and is relabelled as related. A lead-in keeps its label when it ends the region,
    or stands over a list of several headline-like lines (sources or recommendations that the
    article gives), a line that prints a web address (the article's own pointer to a download
    or a source) or a line of a few words (a code listing or a data row that read like a
    headline). A lead-in right over a byline or a dateline ("Release date:", "Text by:")
    is that field's label, printed on a line of its own by a dump: page furniture like the
    field itself, never text of the article. Runs once over the region, after every block is
    decided.
    """
    for pos, block in enumerate(body[:-1]):
        if block.rule != "lead_in" or block.n_words > SECTION_MAX_WORDS or not block.text[:1].isupper():
            continue  # a lower-case start: the end of a sentence cut at a link
        nxt, after = body[pos + 1], body[pos + 2] if pos + 2 < len(body) else None
        one_headline = nxt.label is RELATED and nxt.n_words >= LEAD_IN_HEADLINE_WORDS and \
            after is not None and after.label is not RELATED and not ADDRESS.search(nxt.text)
        if one_headline or nxt.label in (BOILERPLATE, NAV):
            block.set(RELATED, "lead_in_to_links")
        elif nxt.label in LABELLED_FIELDS:
            block.set(BOILERPLATE, "field_label")  # "Posted by:" over the byline


def _introduces_text(after: list[Block]) -> bool:
    """Whether a heading or a lead-in ("More on this:") has text of the article to introduce.

    Signal: what follows it in the region. A subheading or a lead-in stands over paragraphs,
    list items, a table or a figure; the title of a related-links box or of a share bar
    stands over blocks already decided as links and buttons, or ends the region. Within
    LOOKAHEAD blocks, an undecided block or a caption counts as text (a caption stands for
    the figure a lead-in may introduce).
    """
    return any(block.label in (UNKNOWN, BODY, LIST_ITEM, CAPTION) for block in after)


def _paragraph_markup(body: list[Block]) -> set[tuple[str, str]]:
    """The markup (tag path, class words) of the region's prose paragraphs, HTML only: the
    signatures that PARAGRAPH_MARKUP_MIN or more undecided prose blocks share. A headline of
    another story set into an article is a link or comes in its own template (a teaser box);
    an unlinked short line set exactly like the article's paragraphs is one of its lines."""
    counts: Counter[tuple[str, str]] = Counter(
        b.markup for b in body if b.tag is not None and b.label is UNKNOWN and is_prose(b))
    return {key for key, n in counts.items() if n >= PARAGRAPH_MARKUP_MIN}


def _fact_box(block: Block) -> bool:
    """Several "Name: value" fields run together in one element (lines of a fact box joined
    by <br>: "Open: May to October Price: 3 € Phone: …"). Signal: FACT_BOX_MIN_FIELDS or more
    colons after a word and before a space, a figure among the values, little link text; a
    headline of another story has one kicker at most. HTML only, as _field_line."""
    return block.tag is not None and block.link_density < ARTICLE_MARKUP_MAX_LINKS and \
        len(FIELD_COLON.findall(block.text)) >= FACT_BOX_MIN_FIELDS and any(c.isdigit() for c in block.text)


def in_dump_field_run(blocks: list[Block], i: int, lo: int = 0, hi: int | None = None,
                      field: Callable[[Block], bool] | None = None) -> bool:
    """Whether blocks[i] is a dump's "Name: value" line with a figure in its value, next to
    another one (within blocks[lo:hi]): "Entry: 3 €" over "Open: 10 to 18 h". ``field``
    tests a line (dump_field unless given).

    Signal: the shape of _field_line, read on a dump's line, with both of the tests HTML
    needs only one of: a line of a dump may be a sentence cut at a link, and a teaser's
    "Kicker: headline" stands in a run of such lines; a kicker's headline rarely holds a
    figure in a run of lines that all do.
    """
    field = field or dump_field
    hi = len(blocks) if hi is None else hi
    if not field(blocks[i]):
        return False
    return (i > lo and field(blocks[i - 1])) or (i + 1 < hi and field(blocks[i + 1]))


def dump_field(block: Block) -> bool:
    """A dump's "Name: value" line with a figure in its value (see _field_shape)."""
    return block.tag is None and _field_shape(block) and _figure_value(block)


def _figure_value(block: Block) -> bool:
    """True when the value after a "Label:" holds a figure ("Entry: 4 €", "Depth: 12 m")."""
    return any(c.isdigit() for c in block.text.partition(":")[2])


def _field_shape(block: Block) -> bool:
    """"Name: value": a label of at most FIELD_MAX_KEY_WORDS words, a colon, a short value."""
    key, colon, value = block.text.partition(":")
    return bool(colon) and 0 < len(key.split()) <= FIELD_MAX_KEY_WORDS and \
        0 < len(value.split()) <= FIELD_MAX_VALUE_WORDS and block.link_density < ARTICLE_MARKUP_MAX_LINKS


def _field_line(block: Block) -> bool:
    """A "Name: value" line of a fact box, a recipe or a price list ("Dauer: 30 Min",
    "Eintritt: 3 €"). Signal: a label of at most FIELD_MAX_KEY_WORDS words, a colon, a short
    value, little link text. Such a line is the article's data, not a related headline when
    its value holds a figure or it stands in a run of such lines (inside_body checks that);
    a headline of another story with a kicker ("Kicker: headline") stands alone. HTML only:
    there a block is a whole element, while a dump's line may be a fragment of a sentence."""
    if block.tag is None:
        return False  # a dump's line may be a sentence cut at a link or an emphasis (see in_dump_field_run)
    return _field_shape(block)


def _in_article_markup(block: Block) -> bool:
    """A table cell, preformatted text (code, a config file) or a line of a quotation is part
    of the article's own content, not a headline of another story, unless it is mostly link
    text. Signal: the markup (HTML only). A teaser headline is a link set as a heading or a
    paragraph; data tables, code listings and quoted posts are written in the article, and
    read like headlines only because they are short and lack final punctuation."""
    if block.tag is None or block.link_density >= ARTICLE_MARKUP_MAX_LINKS:
        return False
    return block.tag in ARTICLE_MARKUP_TAGS or bool(ARTICLE_MARKUP_TAGS & set(block.path.split("/")))


def _titles_links(block: Block, after: list[Block]) -> bool:
    """Whether a Markdown dump's heading titles a box of other stories rather than a section.

    Signal: what the heading stands over, or its words. A Markdown dump (html2text,
    markdownify) keeps the page's heading levels, so a teaser box's title ("## More stories")
    comes out as a heading just like the article's subheadings, and heading_tag would keep it
    as one (a plain dump has no such mark and leaves the line to the related-headline tests).
    A heading whose words open a widget of other articles (signals.widget_start), or whose next undecided
    block is mostly link text (HEADED_LINKS_SHARE) and a headline's length (at least
    HEADED_LINK_MIN_WORDS words: a teaser's linked headline and blurb, too long for the
    link_text rule; a one-word link is a button or a tag), titles those links. An article's
    section heading stands over its own unlinked text. Dumps only: HTML keeps the box's
    markup, and heads_nothing reads it.
    """
    if signals.widget_start(block.text):
        return True
    if block.ends_sentence:
        return False  # a sentence set as a heading (a standfirst) is the article's
    nxt = next((b for b in after if b.label in UNDECIDED_OR_BODY or b.label is LIST_ITEM), None)
    return nxt is not None and nxt.link_density >= HEADED_LINKS_SHARE and nxt.n_words >= HEADED_LINK_MIN_WORDS


def _related(doc: Doc, block: Block, after: list[Block], prev: Block | None) -> bool:
    nxt = next((b for b in after if b.label in UNDECIDED_OR_BODY), None)
    if nxt is None or (not is_prose(nxt) and not nxt.bullet):
        return True
    if ATTRIBUTION.search(block.text):
        return True
    words = content_words(block.text)
    following = set().union(*(content_words(b.text) for b in after[:3]))
    next_share = sum(1 for w in words if w in following) / len(words) if words else 0.0
    if ((prev is not None and prev.label is RELATED) or _headline_like(nxt)) and \
            not (next_share >= SUBHEADING_MIN_NEXT_OVERLAP and _opens_section(block, after)):
        return True
    if block.n_words < RELATED_MIN_WORDS or not words:
        return False
    return doc.overlap(block) < RELATED_MAX_OVERLAP and next_share < SUBHEADING_MIN_NEXT_OVERLAP


def _version_string(text: str, doc: Doc) -> bool:
    """Whether a line is one version string ("v2.14.0", "3.1.4-rc2", "0.9.1-20310704-ab12cd").

    Signal: the shape of the line. A headline of another story is words separated by
    spaces; a single token of three or more numbers joined by dots, marked as a version by a
    leading "v" or by suffixes after a hyphen or a plus sign, is the version of a program
    that the article prints on a line of its own (the release to install, the build to
    test), and is its text. Only numbers lead: a text browser's image file names
    ("photo_2031-05_big") and a page's paths are not versions; nor is a date, which a bare
    "28.09.31" may be, or one that find_dates reads in the token.
    """
    token = text.strip()
    return VERSION.fullmatch(token) is not None and not find_dates(token, doc.reference)


def _opens_section(block: Block, after: list[Block]) -> bool:
    """Whether a short line stands right above two paragraphs in a row: it opens a section.

    Signal: a teaser's headline has one blurb under it, then the next teaser's headline; an
    article's subheading is followed by a run of its paragraphs. So a line under a related
    headline, or above a headline-like line, is not taken for one more related headline when
    two undecided prose blocks follow it at once and it shares SUBHEADING_MIN_NEXT_OVERLAP of
    its content words with them. A section title is a few words (SECTION_MAX_WORDS; a
    widget's tagline runs longer), does not end on a function word, and stands at its
    paragraphs' indentation (in layout dumps a caption or a sidebar line is indented apart).
    """
    if block.n_words > SECTION_MAX_WORDS or len(after) < 2 or block.text.rsplit(" ", 1)[-1].lower() in OPEN_WORDS:
        return False  # ending on a function word ("Photo via"), it is a credit or a cut line
    return all(b.label is UNKNOWN and is_prose(b) and b.indent == block.indent for b in after[:2])


def _headline_like(block: Block) -> bool:
    return block.label is UNKNOWN and not block.ends_sentence and not block.bullet and \
        RELATED_MIN_WORDS <= block.n_words <= 25


TEXT_LABELS = (BODY, SUBHEADING)


def linked_lines_in_text(doc: Doc) -> None:
    """A mostly-linked line between two lines of the article, set exactly like them, is a
    line of the article (relabels a block link_text decided).

    Signal: markup and position together (HTML only). link_text takes a short line that is
    mostly link text for a menu entry or a teaser; but a paragraph that names a linked
    address, a linked document or a linked event page ("Mail us at <a>…</a>", "<a>The
    programme</a> is online") sits between the article's own paragraphs, in the very
    element path and class words, with body text right above it and body text or a
    subheading right below it. It reads as a sentence (final punctuation) or prints an
    e-mail or web address; a teaser headline set like the paragraphs is neither, and a
    teaser line set into the article usually opens with a lead-in label ("Read more:").
    """
    blocks = doc.blocks
    for i in range(max(doc.start, 1), min(doc.end, len(blocks) - 1)):
        block = blocks[i]
        if block.rule != "link_text" or block.tag is None or block.text.endswith(":") or \
                not (block.ends_sentence or ADDRESS.search(block.text) or MAIL_ADDRESS.search(block.text)):
            continue
        prev, nxt = blocks[i - 1], blocks[i + 1]
        place = block.markup
        if prev.label is BODY and nxt.label in TEXT_LABELS and \
                prev.markup == place == nxt.markup and \
                not LEAD_IN_LABEL.match(block.text):
            block.set(BODY, "linked_line_in_text")


# "Read more: …", "See also – …": a short label before a teaser link set into the article.
LEAD_IN_LABEL = re.compile(r"^\W*(?:\w+\W+){0,3}?\w+\s*[:\u2013\u2014|>»]\s")
