"""The article's header: headline, its repetitions, and the dek (standfirst)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from statistics import median

from newsparse.blocks import Block
from newsparse.fields.bylines import BY_PREFIX, is_agency, looks_like_name
from newsparse.fields.captions import credit_only, split_credit
from newsparse.fields.dates import find_dates
from newsparse.label.context import (
    BODY,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    DATELINE,
    DEK,
    HEADLINE,
    MAX_CAPITALISED_SHARE,
    NAV,
    READING_TIME,
    UNKNOWN,
    Doc,
    capitalised_share,
    content_words,
    is_prose,
    normalize,
    size,
)
from newsparse.label.signals import BIO_START, COUNTED_COMMENTS, ui_phrase
from newsparse.segment.html import HEADINGS, KICKER
from newsparse.segment.text import BARS, TITLE_SEPARATOR, UNTITLED, image_text

HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 30
HEADLINE_MAX_CHARS = 300
# Headline evidence, in points.
REPEATED = 3.0  # the line is printed again nearby (image text) or in the page title
REPEAT_WINDOW = 8  # blocks around a headline where its image-text copy may stand
MENU_RUN = 3  # lines in a row printed twice in the same order: a menu's copy, not a headline's
MAX_REPEATS = 2  # a short line printed more often than this is interface text, not a headline
# From this length, a line printed more often than that is no evidence either way: a headline
# printed in the title bar, over the article and in a share box, or a teaser in several lists.
MANY_COPIES_WORDS = 4
NEAR_BODY = 2.0  # few blocks stand between it and the body
RIGHT_BEFORE_META = 4.0  # the next content block is a byline or dateline
BEFORE_META = 1.5  # a byline or dateline follows within a few blocks
UNDER_META = 1.5  # right under the byline or dateline, right over the text (see _under_meta_over_text)
HEADS_DEK = RIGHT_BEFORE_META + BEFORE_META  # it stands over a dek that is right before the byline
WORDS_OF_BODY = 3.0  # times the share of its words that the body uses
TITLE_LIKE_LENGTH = 1.0  # 4 to 20 words; shorter lines are more often site or section names
SHORT_PENALTY = 2.0  # for one or two words (halved for three)
LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s")
NUMBERED_ITEM = re.compile(r"^(\d{1,2})[.)](?:\s+|$)")  # "3. Town": an ordered list's item, as a dump numbers it
NUMBERED_TITLE_MIN_WORDS = 5  # a last item this long is a title even when no heading repeats it
NUMBERED_TRAIL_ITEMS = 3  # a numbered breadcrumb trail: home, a section or more, the page
# "Home › Section › Page": two or more breadcrumb separators make a trail, not a title.
BREADCRUMB = re.compile(r"\s[\u203a\u00bb>/]\s.*\s[\u203a\u00bb>/]\s")
TAG_LIST_ITEMS = 4  # "Politics, Europe, Trade, Farming": this many short comma-separated items list tags
TAG_ITEM_WORDS = 3
SLUG_SEPARATOR = re.compile(r"[-_]")
SLUG_MIN_PARTS = 4  # "a-quiet-night": fewer parts may be a compound word (see _slug)
# A line that ends with a web address ("Travel notes | example.com") names the site.
SITE_ADDRESS = re.compile(
    r"(?<![\w.-])[\w-]{2,}\.(?:com|org|net|info|de|at|ch|uk|fr|es|it|nl|eu|be|pl|ru|br|jp|cn|in|ca|au|io|tv|fm|"
    r"news|world|online|blog|media)$",
    re.IGNORECASE,
)
# "Posted by …", "Erstellt von …": a line that opens by naming who wrote the page is a byline,
# whatever the name looks like (a user handle, initials).
AUTHORED = re.compile(
    r"^(?:(?:posted|written|created|published|erstellt|verfasst|geschrieben|veröffentlicht|gepostet|eingestellt)"
    r"\s+(?:by|von)|(?:publié|écrit|créé)\s+par|(?:publicado|escrito|creado)\s+por)\s",
    re.IGNORECASE,
)
HYPHENS = "-\u2010\u2011"  # a word joined to the next one, not glued to it
TRAIL_MARKS = frozenset("\u203a\u00bb>/|")  # a line that is only one of these parts a trail's items
PARENTHESIS = re.compile(r"\([^()]*\)")
ARTICLE_OPENING = re.compile(r"(?:Der|Das|Den)\s")  # a German title's article: never a name's first word
# "Harbour floods | 14 Photos": a gallery's link, its picture count after a separator.
DOUBLED_MIN_CHARS = 8  # see _doubled: shorter lines ("Go Go") may be words, not copies
PHOTO_COUNT = re.compile(
    r"(?:^|[|\u2022\u00b7:\u2013\u2014-]\s*|\()\d+\s+(?:photos|pictures|images|bilder|fotos|imágenes|immagini)\)?\s*$",
    re.IGNORECASE,
)
TRAIL_PUNCTUATION = ".,;:!?\"'()[]\u00ab\u00bb\u201c\u201d\u2018\u2019"
TRAIL_SLOTS = 3  # lines under a breadcrumb trail where its last item may be printed as the heading
TRAIL_JOINT = re.compile(r"[\u203a\u00bb>/|:\u2013\u2014-]\s*$")  # the separator before a trail's last item
SENTENCE_END_PENALTY = 2.0  # headlines rarely end in a period
NOT_A_TITLE = 4.0  # a line ending in a colon is a label for what follows, never a title
NEAR_SLOTS = 4
META_SLOTS = 3
DEK_MIN_WORDS = 6
DEK_LENGTH_RATIO = 1.4  # a dek is clearly longer than the headline above it
NAME_MAX_WORDS = 4
DATE_MIN_DIGITS = 4  # a full date prints its year at least (see _dated_meta_line)
DIGIT_SHARE = 0.2  # a headline is words; a line this much digits is a date or a number
MEASURE_SIGNS = ("\u00b0", "%")  # "T 21° H 58%": signs that go with a number count as its digits
# Layout signals (measured on layout renderers' dumps: inscriptis, lynx, w3m).
BODY_INDENT_BONUS = 3.0  # less indented than the body's first paragraphs
BODY_INDENT_PENALTY = 1.0  # more indented than them
LOCAL_MIN_BONUS = 1.0  # less indented than the line above, no deeper than the line below
FLUSH_GAP_BONUS = 1.5  # more for that blank line in a text browser's dump set flush left (see _layout_score)
GAP_BONUS = 1.5  # a blank line before it, in a dump that uses blank lines
GAP_AFTER_BONUS = 0.75  # a blank line after it: set off as a block of its own (see _layout_score)
LEAD_WORDS = 2.0  # times the share of its words found in the first paragraphs
LEAD_PARAGRAPHS = 3
MIN_INDENT_LEVELS = 2  # a dump with more distinct indentations than this uses indentation
# A headline may ask or exclaim ("Is it over?", "Finally!"); only a period ends its lead-in.
ASKS_OR_EXCLAIMS = re.compile(r"[?!\u00bf\u00a1\uff1f\uff01]['\"\u2019\u201d\u00bb)\]]*$")
LATE_TITLE_SLOTS = 2  # see _title_over_first_meta: the title, or the title over a dek
LATE_LEAD_OVERLAP = 0.2  # see _text_under_title_above: the article's paragraphs share this much of their words
LATE_TEXT_SLOTS = 3  # see _title_over_first_meta: the text starts this close under its header
LEAD_IN_SLOTS = 3  # region lines before its first paragraph that may hold the headline
# A headline that asks or exclaims is one sentence: no sentence ends inside it.
INNER_SENTENCE_END = re.compile(r"[.!?;]\s|[\u3002\uff01\uff1f\uff1b].")
HEADLINE_QUESTION_WORDS = 12  # a question this long in the region is more often a paragraph's
COLON_KICKER_WORDS = 8  # see _colon_kicker
COLON_KICKER_RULE = "headline_under_colon_kicker"
GLUED_KICKER_MIN_WORDS = 2  # see _headline_inside_glued_line
HEADLINE_TEXT = "headline_text"  # Block.extras key: the headline, when it is only part of its line
# A fact box's field: "Pages: 320", "Band 2:" (from a word's start: a search stays linear).
FACT_FIELD = re.compile(r"(?<![\w.'\u2019-])[^\W\d_][\w.'\u2019-]*(?: [\w.'\u2019-]+)? ?:(?:\s|$)")
FACT_MAX_WORDS = 6  # a fact box's line is a label and a short value; a teaser's "Topic: Headline" is longer
FIELD_LABEL_WORDS = 2  # "Published:", "Posted by:": a label line names the field under it
CONTAINED_MIN_CHARS = 15
LEADING_MARKS = re.compile(r"^[^\w\s]+\s*")  # "± 6 comments on …": a marker before a heading's words
# How a comment count heading opens, its marker aside: a figure or a count's word (see COUNTED_COMMENTS).
COUNT_OPENING = re.compile(r"^[^\w\s]*\s*(?:\d|one\b|eine?\b|zwei\b|drei\b)", re.I)
CLOSING_QUOTES = frozenset("\"'\u201d\u201c\u2019\u00bb\u00ab")  # where a quoted title may end (see _named_by_comments)
H1_BONUS = 4.0  # in HTML, the page's main heading
# A dump's one top-level heading ("# " in Markdown) is the only markup left of the page's
# <h1>: with neither metadata nor a title line to point at the headline, the one heading the
# page set above all others counts for more than in HTML, whose metadata usually names it.
SOLE_H1_BONUS = 2.0
TITLE_MIN_WORDS = 3
MASTHEAD_SLOTS = 2  # lines right under a dump's title line where the site's name may be printed
# "Site -": a title line that ends on a separator, without the page's own part (BARS: see
# segment.text.TITLE_SEPARATOR, which the segmenter splits a title line with too).
TITLE_END_SEPARATOR = re.compile(rf"\s[{BARS}\u2013\u2014\u00b7\u00bb:\u2022-]+\s*$")
RUN_ON_MIN_WORDS = 2  # words the full headline adds to the title's short form (see _fuller_title_under)
RUN_ON_SLOTS = 3  # lines under the title's copy where the full headline may stand (see _fuller_title_under)
TITLE_MATCH = 0.8  # word-overlap F1 between a line and the title (or its main part)
HEADLINE_MIN_OVERLAP = 0.45  # share of a headline's words that recur in the body
HEADLINE_KICKER_WORDS = 4  # a line this short above the headline is a kicker or section
TITLE_MAX_WORDS = 20  # a headline is rarely longer
DEK_MARGIN = 6.0  # how far the headline over a dek may trail it in score
KICKER_MARGIN = 3.0  # how far the headline under a kicker may trail it in score
DEK_MAX_WORDS = 80
DEK_LONG_WORDS = 10  # a dek this long need not end in a stop
DEK_SCRAPS_MAX = 6  # short furniture lines dek() steps over between the headline and a dek
ELLIPSES = ("\u2026", "...")  # a standfirst cut off that the body takes up
DEK_MIN_SHARE = 0.8  # a dek is about as long as the headline above it, or longer
AFTER_TEXT_PENALTY = 1.0  # see _after_text
META_LABELS = (BYLINE, DATELINE, READING_TIME)
BYLINE_MAX_WORDS = 6  # see _credit_or_byline
# Labels a repeat of the headline may carry. A set built once: the test runs for every block,
# and reading an enum member (Label.X) is a slow class lookup on Python 3.11.
REPEAT_LABELS = frozenset({UNKNOWN, BODY})
# How many times the headline's length of a long text _longer_ascii normalizes.
LONGER_PREFIX = 4
FURNITURE = (BOILERPLATE, NAV)  # interface lines and menus: see _notice_over_title
META_RUN_SLOTS = 4  # byline, name, date lines over which _titled_meta looks for the headline
FURNITURE_STEPS = 2  # of them between a notice and the title under it
UNKNOWN_OR_NAV = frozenset({UNKNOWN, NAV})  # (a set built once: see Doc.unlabeled)


def headline(doc: Doc) -> None:
    """The headline: the best-scored headline-shaped line before the body.

    Signals: it is repeated (as image text or in the page title), it stands close above the
    body, a byline or dateline follows it, its words recur in the body, and it has a title's
    length without a final period. A hint from the page's metadata wins when it is visible.
    Without a hint, the only undecided text of a page is its content, not a headline.
    """
    hinted = doc.hints.get("headline")
    candidates = [b for b in doc.unlabeled(0, doc.start) + _region_lead_in(doc) if _headline_shaped(b)]
    heads, tails = _trails(doc)
    candidates += [doc.blocks[i] for i in sorted(tails) if doc.blocks[i] not in candidates]
    candidates += [b for b in _one_word_heads(doc) if b not in candidates]
    candidates += _bulleted_heads(doc)
    candidates += _titles_over_credits(doc)
    main = _main_heading(doc)
    if main is not None and main not in candidates:
        candidates.append(main)
    if isinstance(hinted, str) and hinted:
        key = normalize(hinted)
        parts = TITLE_SEPARATOR.split(hinted)
        site = normalize(parts[-1]) if len(parts) > 1 else None  # "Headline | Site": never the headline
        matches = [b for b in candidates if _matches_hint(normalize(b.text), key) and KICKER not in b.extras
                   and (normalize(b.text) != site or _after_kicker(doc, b))]
        if matches:
            # The visible heading, not the page title that repeats it with the site's name.
            best = min(matches, key=lambda b: (b.tag == "title", normalize(b.text) != key, b.tag != "h1", b.index))
            best.set(HEADLINE, "headline_hint")
            return
        titled_h1 = next((b for b in candidates if b.tag == "h1" and _in_title(doc, b)), None)
        if titled_h1 is not None:
            # A declared headline nowhere on the page (a summary, say) loses to the main
            # heading that the page title repeats.
            titled_h1.set(HEADLINE, "headline_hint")
            return
    site = _masthead(doc)
    if site:
        candidates = [b for b in candidates if normalize(b.text) != site]  # the masthead is not the headline
    candidates = [b for b in candidates if not _bare_address(b.text) and not image_text(b.text) and not _slug(b.text)]
    named_post = _named_by_comments(doc)
    if named_post is not None:
        named_post.set(HEADLINE, "headline_named_by_comments")
        return
    if not candidates:
        return
    if len(candidates) == 1 and all(b is candidates[0] or b.label is not UNKNOWN for b in doc.blocks):
        # The page's only text is its content: a headline always stands over something.
        return
    named = _one_word_title_heading(doc)
    if named is not None:
        named.set(HEADLINE, "headline_one_word_title")
        return
    titled = _matches_title_line(doc, candidates)
    if titled is not None:
        fuller = _fuller_title_under(doc, titled)
        if fuller is not None:
            fuller.set(HEADLINE, "headline_running_on_title")
            return
        over = _earlier_part_above(doc, titled)
        if over is not None:
            over.set(HEADLINE, "headline_over_titled_dek")
            titled.set(DEK, "dek_in_title")
            return
        titled.set(HEADLINE, "headline_in_title")
        return
    numbered = _numbered_trail_title(doc)
    if numbered is not None:
        item = NUMBERED_ITEM.match(numbered.text) is not None  # the trail's item, or its printed copy
        numbered.set(HEADLINE, "headline_ending_trail" if item else "headline_under_trail")
        return
    layout = Layout.of(doc, heads, tails, main)  # (nothing was labelled since main was found)
    short = _short_title_copies(doc, site, candidates, layout.texts)
    if short:
        best = max(short, key=lambda b: (_headline_score(doc, b, layout), -b.index))
        best.set(HEADLINE, "headline_short_title")
        return
    part_lines = _title_part_lines(doc)
    if part_lines:
        # The title line is a copy of the headline with the site's name: the printed copy wins.
        candidates = [b for b in candidates if b.index > 0] + [b for b in part_lines if b not in candidates]
        candidates = [b for b in candidates if normalize(b.text) != site]
    after_text = _after_text(doc)
    scored = [(_headline_score(doc, b, layout) - (AFTER_TEXT_PENALTY if b.index > after_text else 0.0), -b.index, b)
              for b in candidates]
    score, _, best = max(scored, key=lambda t: (t[0], _right_before_meta(doc, t[2]), t[1]))
    if score <= 0:
        return
    scores = {b.index: s for s, _, b in scored}
    heading = _heading_under_its_trail(doc, best)
    if heading is not None:
        best.set(NAV, "trail_over_its_heading")
        heading.set(HEADLINE, "headline_under_its_trail")
        return
    under = _headline_under_kicker(doc, best, score, scores)
    if under is not None:
        best.set(NAV, "kicker_over_headline")
        under.set(HEADLINE, "headline_under_kicker")
        return
    above = doc.neighbour(best, -1)
    if above is not None and above in candidates and _headline_over_dek(above, best, layout) \
            and doc.overlap(above) >= HEADLINE_MIN_OVERLAP \
            and (best.text.endswith(".") or scores[above.index] >= score - DEK_MARGIN):
        above.set(HEADLINE, "headline_above_dek")
        best.set(DEK, "dek_under_headline")
        return
    glued = _headline_after_kicker(doc, best)
    if glued is not None:
        best.set(NAV, "kicker_glued_to_headline")
        glued.set(HEADLINE, "headline_without_kicker")
        return
    inside = _headline_inside_glued_line(doc, best)
    if inside is not None:
        line, text = inside
        if line is not best:
            best.set(NAV, "headline_shortened_copy")
        line.extras[HEADLINE_TEXT] = text
        line.set(HEADLINE, "headline_after_glued_kicker")
        return
    kicker = _colon_kicker(doc, best)
    if kicker is not None:
        kicker.set(NAV, "colon_kicker")
        best.set(HEADLINE, COLON_KICKER_RULE)
        return
    best.set(HEADLINE, "headline")


def _main_heading(doc: Doc) -> Block | None:
    """The page's only top-level heading, wherever it stands, when no rule has claimed it.

    Signal: markup. A page marks its title as its one level-one heading (``<h1>``, which a
    Markdown dump prints as a "# " line); the body region can open above it (a browser
    notice, an image's alt text, a teaser that reads as prose) and then swallows it, out of
    the header where candidates are sought. A page with several such headings (a list of
    teasers, a site name and a title) marks none of them as the one title.
    """
    found = _only_h1(doc)
    if found is None or found.label is not UNKNOWN or not _headline_shaped(found):
        return None
    return found


def _only_h1(doc: Doc) -> Block | None:
    """The page's one level-one heading, or None when it has none or several."""
    found = None
    for block in doc.blocks:
        if block.tag == "h1":
            if found is not None:
                return None
            found = block
    return found


def _one_word_title_heading(doc: Doc) -> Block | None:
    """The page's only level-one heading when it is one word that opens the page title
    ("Mozart" under the title "Mozart - Example Encyclopedia").

    Signal: markup and the title. A page about one thing (an encyclopedia's entry, a place,
    a person) is headed by its name alone, and its ``<title>`` gives that name before the
    site's. A headline is otherwise two words or more, so the heading would be no candidate
    and a tagline under it ("From the free encyclopedia") would win. Only the title's first
    part counts: a blog's one-word name is the title's last part ("Headline | Name"), and a
    section's name in a menu is no ``<h1>``. A site that puts its one-word name first
    ("Name | Headline") and prints the headline part on the page (a part of TITLE_MIN_WORDS
    words or more that a block repeats) sets its name in the ``<h1>`` as a logo: no rule then.
    """
    found = _only_h1(doc)
    if found is None or found.n_words != 1 or found.label is not UNKNOWN:
        return None
    title = doc.blocks[0]
    if title.tag != "title":
        return None
    parts = [p for p in TITLE_SEPARATOR.split(title.text) if normalize(p)]
    if len(parts) < 2 or normalize(parts[0]) != normalize(found.text):
        return None
    if any(len(p.split()) >= TITLE_MIN_WORDS and doc.printed[normalize(p)] for p in parts[1:]):
        return None  # "Name | Headline" with the headline printed: the one word is the site's logo
    return found


def _named_by_comments(doc: Doc) -> Block | None:
    """The line that the comment section's heading names, printed above that heading.

    Signal: a blog heads its comments with their count and the post's title ("5 thoughts on
    “<title>”", "3 Gedanken zu „<title>“": signals.COUNTED_COMMENTS). The title it quotes is
    the headline, whatever the page prints above the post (a sidebar, a site's name and
    tagline, a list of recent posts that the body region opens on). Of the undecided lines
    that print that title (not list items), the last one above the heading is taken: the
    post's own heading stands nearest its comments, a recent-posts list above it. A dump
    may run the heading on into the first comment ("… “<title>” Jane says:"): the title then
    ends at one of its closing quotes.
    """
    for heading in doc.blocks:
        if COUNT_OPENING.match(heading.text) is None:
            continue  # (one cheap match rules out most lines: a count opens the heading)
        text = LEADING_MARKS.sub("", heading.text)
        found = COUNTED_COMMENTS.match(text)
        if found is None:
            continue
        rest = text[found.end():].strip()
        keys = {normalize(rest)} | {normalize(rest[: i + 1]) for i, c in enumerate(rest) if i and c in CLOSING_QUOTES}
        keys.discard("")
        named = [b for b in doc.blocks[: heading.index]
                 if b.label is UNKNOWN and not b.bullet and normalize(b.text) in keys]
        return named[-1] if named else None
    return None


def _colon_kicker(doc: Doc, best: Block) -> Block | None:
    """The first half of a "Kicker: Headline" title that a dump prints on the line above.

    Signal: a page sets a title's kicker in its own element ("Works at the harbour:" over "Ferry
    fares rise again"), and a dump breaks the line between the two without a blank line:
    the line right above the winner, at its indentation, with no blank line between, that
    ends on a colon, is a few words long and starts a block of its own (a blank line above
    it, as over a title) is the title's first half (the assembler joins the two). A field
    label ("Tags:", "Read more:") is interface text, not a kicker, and a form's label runs
    on from the form's lines above it. Only for dumps: HTML keeps the two in their own
    elements, and its headline is marked.
    """
    if best.tag is not None or best.gap_before or best.index == 0:
        return None
    above = doc.blocks[best.index - 1]
    if above.label is not UNKNOWN or not above.gap_before or not above.text.endswith(":") \
            or above.indent != best.indent \
            or not FIELD_LABEL_WORDS < above.n_words <= COLON_KICKER_WORDS or above.bullet or ui_phrase(above.text):
        return None
    return above


def _headline_after_kicker(doc: Doc, best: Block) -> Block | None:
    """A line just above the winner that is the winner's end: the headline without its kicker.

    Signal: a layout renderer glues a kicker or section label printed inline before the
    headline into one line ("Harbour works Ferry fares rise again"); the page often prints the
    headline alone as well, as the last item of its breadcrumb trail right above. When a line
    among the few above the winner is its whole end (three words or more, not starting in
    lower case), that line is the headline and the rest of the winner is the kicker. Only for
    dumps: HTML keeps the kicker in its own element.
    """
    if best.tag is not None:
        return None  # markup sets a kicker apart from its headline
    key = normalize(best.text)
    for block in doc.blocks[max(0, best.index - TRAIL_SLOTS) : best.index]:
        if block.n_words < TITLE_MIN_WORDS or block.n_words >= best.n_words or block.text[:1].islower():
            continue  # a headline starts with a capital; a lower-case end is the title's tail
        part = normalize(block.text)
        if part and key.endswith(" " + part):
            return block
    return None


def _headline_inside_glued_line(doc: Doc, best: Block) -> tuple[Block, str] | None:
    """A line that a renderer glued from a kicker and the headline, and the headline in it.

    Signal: a page often prints its headline twice, once in a teaser, share or breadcrumb
    line ("Ferry fares rise - Island council meets", "Ferry fares rise") and once as the
    heading, where a kicker set inline before it ("Harbour news Ferry fares rise again") is
    glued to it by a layout renderer that drops the element boundary. When the winner, or
    the title-length line right under it, goes on after a kicker of two words or more with
    the text of a line among the few above it (that line whole or one of its parts between
    separators, three words or more), the headline starts there, at a capitalised word
    (a headline starts with a capital; a lower-case word inside a title is no new start)
    that follows a word without a separator or a stop between (glued, not "Kicker - Headline":
    a title's own parts), and a word that carries meaning, not a function word (a kicker
    ends on a name or a noun; "Notes on a Ferry crossing" runs on); what precedes it is the
    kicker. Under the winner, the glued line holds the winner whole: the winner is a
    shortened copy of it. Only for dumps: HTML keeps the kicker in its own element.
    """
    if best.tag is not None:
        return None
    below = doc.neighbour(best, 1)
    lines = [best]
    if below is not None and below.label is UNKNOWN and _headline_shaped(below) \
            and not below.ends_sentence and not is_prose(below):
        lines.append(below)
    for line in lines:
        raw = line.text.split()
        if len(raw) < GLUED_KICKER_MIN_WORDS + TITLE_MIN_WORDS:
            continue
        if line is best:
            pieces: set[str] = set()
            for block in doc.blocks[max(0, line.index - TRAIL_SLOTS) : line.index]:
                parts = [block.text, *TITLE_SEPARATOR.split(block.text)]
                pieces.update(normalize(p) for p in parts if len(p.split()) >= TITLE_MIN_WORDS)
        else:
            pieces = {normalize(best.text)} if best.n_words >= TITLE_MIN_WORDS else set()
        if not pieces:
            continue
        for j in range(GLUED_KICKER_MIN_WORDS, len(raw) - TITLE_MIN_WORDS + 1):
            if not (raw[j][:1].isupper() or raw[j][:1].isdigit()) or not raw[j - 1][-1:].isalnum() \
                    or not content_words(raw[j - 1]):
                continue  # a title's own parts, or a phrase that runs on ("in a"): no glued kicker
            rest = " ".join(raw[j:])
            key = normalize(rest)
            if any(key == p or key.startswith(p + " ") for p in pieces):
                return line, rest
    return None


def _titles_over_credits(doc: Doc) -> list[Block]:
    """Title-shaped lines in the header that an earlier rule took for a picture's caption
    because a credit line follows them: the headline over a picture without a caption.

    Signal: a page that shows its lead picture without a caption prints the picture's credit
    ("Photo: Jane Roe") right under what stands above the picture, often the headline, and
    ``credited_captions`` (which runs first) takes that line for the caption. A caption
    describes the picture in a sentence; a title-length line that ends no sentence and is no
    prose, before the body, over a credit line of its own, competes with the other headline
    candidates on their signals (the headline rule may relabel it). Unless a paragraph stands
    right above it: a standfirst is printed under the headline, so a picture below it belongs
    to the article's text and the line over its credit is the picture's caption.
    """
    out = []
    for block in doc.blocks[: doc.start]:
        if block.rule == "credited_captions" and block.label is CAPTION and _headline_shaped(block) \
                and block.n_words <= TITLE_MAX_WORDS and not block.ends_sentence and not is_prose(block):
            nxt = doc.neighbour(block, 1)
            if nxt is None or nxt.rule != "caption_credit_line":
                continue
            above = doc.neighbour(block, -1, (BOILERPLATE, NAV))
            if above is None or not is_prose(above):
                out.append(block)
    return out


def _bulleted_heads(doc: Doc) -> list[Block]:
    """Bulleted title-shaped lines that the byline or dateline follows.

    Signal: a blog sets its post inside a list item, so a layout renderer prints the post's
    title with a bullet ("* Title") and its "Posted by" line under it. Menu items, the usual
    bulleted lines, are followed by more items, never by a byline or dateline.
    """
    out = []
    for block in doc.unlabeled(0, doc.start):
        if not block.bullet or not TITLE_MIN_WORDS <= block.n_words <= TITLE_MAX_WORDS or block.ends_sentence:
            continue
        if not any(b.label in META_LABELS for b in doc.blocks[block.index + 1 : block.index + 1 + META_SLOTS]):
            continue  # cheap test first: the byline or dateline is among the next few lines
        nxt = _next_content(doc, block)
        if nxt is not None and nxt.label in META_LABELS and not nxt.bullet:
            out.append(block)
    return out


def _one_word_heads(doc: Doc) -> list[Block]:
    """One-word lines right above the body whose word the article's first paragraph repeats.

    Signal: a page about one thing ("Lisbon", "Sourdough") is often headed by its name alone,
    and the first paragraph names it again ("Lisbon is the capital …"). A menu item right above
    the text seldom opens its first sentence. Such a line, among the last few open lines before
    the body and standing out of the text's indentation (in a dump that indents: a layout
    renderer's), is a headline candidate although headlines are otherwise two words or more.
    """
    lead = next((b for b in doc.body if is_prose(b)), None)
    if lead is None or len({b.indent for b in doc.blocks}) <= MIN_INDENT_LEVELS:
        return []  # without indentation, nothing sets a heading apart from a menu item
    first = content_words(lead.text)
    above = doc.unlabeled(0, doc.start)[-LEAD_IN_SLOTS:]
    return [b for b in above if b.n_words == 1 and not b.bullet and b.indent < lead.indent
            and len(content_words(b.text) & first) == 1]


def _trails(doc: Doc) -> tuple[set[int], set[int]]:
    """Breadcrumb trails above the article whose last item is printed again right under them.

    Signal: a trail ("Home » Travel » Lisbon", "Start / Essays / Lisbon") ends with the page's
    own title, and the page prints that title again as its heading a few lines below. A line
    that ends with the whole text of one of the next few lines, after a separator or after a
    home link ("Home Lisbon"), is such a trail: the trail is navigation, and the line it
    repeats is a headline candidate even when it is one word long ("Lisbon"). Returns the
    indices of the trails and of the lines they repeat.
    """
    heads: set[int] = set()
    tails: set[int] = set()
    blocks = doc.blocks
    unknown = UNKNOWN  # (a local name: the loop reads it for every block)
    for j in range(1, min(len(blocks), doc.start + LEAD_IN_SLOTS)):
        other = blocks[j]
        if other.label is not unknown or other.bullet or other.n_words > TITLE_MAX_WORDS:
            continue
        words = other.text.split()
        last = words[-1].strip(TRAIL_PUNCTUATION).lower() if words else ""
        if not last or len(other.text) > HEADLINE_MAX_CHARS:
            continue
        for block in blocks[max(0, j - TRAIL_SLOTS) : min(j, doc.start)]:
            if block.n_words <= other.n_words or block.label not in UNKNOWN_OR_NAV:
                continue
            if last not in block.text[-len(last) - 4 :].lower():
                continue  # cheap test first: the trail ends with the line's last word
            key = normalize(other.text)
            if not key or not normalize(block.text).endswith(" " + key):
                continue
            prefix = _before_suffix(block.text, key)
            if prefix and (TRAIL_JOINT.search(prefix) or ui_phrase(prefix)):
                heads.add(block.index)
                tails.add(other.index)
    return heads, tails


def _numbered_trail_title(doc: Doc) -> Block | None:
    """The page's title that ends a numbered breadcrumb trail, or the line under it that prints it again.

    Signal: a breadcrumb trail is often an ordered list, and a layout renderer numbers its
    items ("1. Home", "2. Region", "3. Town", "4. Council votes to reopen the old bridge").
    Its items are a few words each (the site, its sections) except the last, which is the
    page's own title. When such a run (numbered 1, 2, 3 … in order, before the body) ends
    with a title-length item, that item is the headline; a line a few lines under it that
    repeats it without the number is its printed copy and is taken instead, even when the
    title is short (a page named after a place or a thing: the heading confirms it), and even
    inside the body region, which a notice or a teaser read as text can open above the trail
    (there only the printed copy counts: an ordered list in the text is never headed so); a copy
    with a list marker is no heading but the next item of the trail, which a page may go on
    as a nested list ("3. News" over "* News" over "* Council votes …"). Lists inside
    the article are numbered too, but their items are not a run of short names ending in a
    title that the next lines print again.
    """
    blocks = doc.blocks
    runs: list[list[Block]] = []
    run: list[Block] = []
    for block in blocks[: doc.end]:
        match = NUMBERED_ITEM.match(block.text) if block.text[:1].isdigit() else None  # cheap test first
        if match and int(match.group(1)) == len(run) + 1:
            run.append(block)
            continue
        if _numbered_trail(run):
            runs.append(run)
        run = [block] if match and match.group(1) == "1" else []
    if _numbered_trail(run):
        runs.append(run)
    open_labels = (UNKNOWN, NAV, BOILERPLATE)
    for found in reversed(runs):
        last = found[-1]
        title = NUMBERED_ITEM.sub("", last.text)
        key = normalize(title)
        for block in blocks[last.index + 1 : min(len(blocks), last.index + 1 + TRAIL_SLOTS)]:
            if normalize(block.text) == key and block.label in open_labels and not block.bullet:
                return block  # printed again as the heading: even a short title ("Lisbon")
        if len(title.split()) >= NUMBERED_TITLE_MIN_WORDS and last.label in open_labels and last.index < doc.start:
            return last
    return None


def _numbered_trail(run: list[Block]) -> bool:
    """Whether numbered lines may be a breadcrumb trail: short items, then one of a title's length."""
    if len(run) < NUMBERED_TRAIL_ITEMS:
        return False
    last = len(NUMBERED_ITEM.sub("", run[-1].text).split())
    return 1 <= last <= TITLE_MAX_WORDS and all(
        len(NUMBERED_ITEM.sub("", b.text).split()) <= HEADLINE_KICKER_WORDS for b in run[:-1])


def _trail_item(doc: Doc, block: Block) -> bool:
    """Whether the line follows a line that is only a trail separator ("›", "»", "/").

    Signal: a scraper's dump prints each item of a breadcrumb trail on its own line, with the
    separators between them on lines of their own; the item after a separator is a trail's
    item, whose last one repeats the page's title. The headline is printed elsewhere.
    """
    prev = doc.blocks[block.index - 1] if block.index > 0 else None
    return prev is not None and prev.text.strip() in TRAIL_MARKS


def _before_suffix(text: str, key: str) -> str:
    """The text before the last words whose normalized form is ``key`` ("" if none are)."""
    words = text.split()
    for n in range(1, len(words)):
        if normalize(" ".join(words[-n:])) == key:
            return " ".join(words[:-n])
    return ""


def _after_text(doc: Doc) -> int:
    """The index after which a candidate stands below the text's first paragraph, in a
    layout renderer's dump (see Doc.rendered); past the end otherwise.

    Signal: reading order in a rendering. A layout renderer sets every heading apart alike
    (lynx sets them all flush left, out of the text's indentation), so a section heading
    under the first paragraphs looks just like the headline; the headline precedes the text,
    a heading after it is more often a section's. Such a candidate loses AFTER_TEXT_PENALTY
    (it may still win: a teaser paragraph can open the region above the real headline). A
    scraper's dump marks no headings, and there the region often opens at the headline.
    """
    if not doc.rendered:
        return len(doc.blocks)
    return next((b.index for b in doc.body if is_prose(b)), doc.end)


def _heading_under_its_trail(doc: Doc, best: Block) -> Block | None:
    """The line right under the winner, when the winner ends with that line's whole text.

    Signal: a breadcrumb trail ends with the page's own title, and the heading printed right
    under it repeats that title alone. A renderer that drops the elements' boundaries glues
    the trail's items into one line ("HomeTravelA week on the coast"), which scores as well
    as the heading it ends with. A winner that runs on before the next line's text (title
    length, not a sentence) holds that text and something more in front: a trail or a kicker.
    The line under it is the heading, which a page prints alone.
    """
    if best.index + 1 >= len(doc.blocks):
        return None
    under = doc.blocks[best.index + 1]
    if not TITLE_MIN_WORDS <= under.n_words <= TITLE_MAX_WORDS or is_prose(under) \
            or not _headline_shaped(under) or find_dates(under.text):
        return None  # a date under a line that ends with it is that line's own
    key, whole = under.text.strip().casefold(), best.text.strip().casefold()
    if len(whole) <= len(key) or not whole.endswith(key):
        return None
    return None if whole[-len(key) - 1] in HYPHENS else under  # "Kicker-Word": one compound word


def _headline_under_kicker(doc: Doc, best: Block, score: float, scores: dict[int, float]) -> Block | None:
    """The title-length line right under a kicker that won the score, if any.

    Signal: kicker-then-headline order. A kicker or section label (a few words) printed right
    above the headline scores well on its own: its few words all recur in the body and it is
    as close to the body as the headline. When the winner is that short and the line right
    under it is a longer, title-shaped candidate (not a sentence) scoring nearly as well, the
    longer line is the headline.
    """
    if best.n_words > HEADLINE_KICKER_WORDS or best.tag == "h1":
        return None
    under = doc.neighbour(best, 1)
    if under is None or under.index not in scores or not HEADLINE_KICKER_WORDS < under.n_words <= TITLE_MAX_WORDS:
        return None
    if under.text.endswith(".") or is_prose(under) or scores[under.index] < score - KICKER_MARGIN:
        return None
    if find_dates(under.text):
        return None  # a line with a date under a short headline is its dateline
    after = doc.neighbour(under, 1, (BOILERPLATE, NAV, CAPTION))
    if after is not None and after.label in META_LABELS:
        return None  # right before the byline, the longer line may as well be the short headline's dek
    return under


def _matches_title_line(doc: Doc, candidates: list[Block]) -> Block | None:
    """The candidate that the page's title line repeats, when the dump starts with one.

    Signal: a scraper's dump starts with the page ``<title>``, which is the headline plus
    the site's name ("Headline | Site"). A later line that matches the title, or its part
    before the separator, is the headline; a line elsewhere rarely matches it by chance.
    A line that is the whole title, site's name and separators included, is a copy of the
    ``<title>`` that the page prints again (a share box, a print header): a line that
    matches the title without being that copy is the headline printed on its own. So is a
    line that is exactly what follows the colon of a "Kicker: Headline" title (see
    _after_colon), unless it stands under its kicker's line (see _colon_kicker). Among the
    lines that are not that copy, one that is exactly the title's main part or the part after
    its colon, or that opens with the main part before a separator of its own ("Headline -
    a subtitle the title words otherwise"), wins over one that only shares its words: word
    overlap also matches the title turned round ("Headline - Kicker" in a print header) or
    shortened (a menu entry), which is a copy, not the heading. A title cut off with an
    ellipsis matches the line that starts with its whole words (see cut_title).
    """
    parts = title_parts(doc)
    if not parts:
        return None
    whole = normalize(parts[0]) if len(parts) > 2 else None
    parts = [parts[0], max(parts[1:] or parts, key=len)]
    after_colon = _after_colon(parts[1])
    exact_keys = {normalize(parts[1])}
    cut = cut_title(parts[1])
    best: tuple[bool, bool, float, Block] | None = None
    for block in candidates:
        if block.index == 0 or block.n_words < TITLE_MIN_WORDS or _trail_item(doc, block):
            continue
        key = normalize(block.text)
        similarity = max(token_f1(block.text, part) for part in parts)
        exact = key in exact_keys
        if not exact and normalize(TITLE_SEPARATOR.split(block.text, maxsplit=1)[0]) in exact_keys:
            # "Headline - Subtitle": a heading that opens with the title's main part.
            similarity, exact = max(similarity, TITLE_MATCH), True
        if after_colon and key == after_colon and _colon_kicker(doc, block) is None:
            # The headline of the title's "Kicker: Headline", printed alone (printed under
            # its kicker, the two are one title: see _colon_kicker).
            similarity, exact = max(similarity, TITLE_MATCH), True
        if cut and key.startswith(cut):
            similarity, exact = max(similarity, TITLE_MATCH), True  # the headline the title cut off
        alone = key != whole
        if similarity >= TITLE_MATCH and (best is None or (alone, exact, similarity) > best[:3]):
            best = (alone, exact, similarity, block)
    return best[3] if best else None


def cut_title(part: str) -> str | None:
    """The words a title cut off with an ellipsis keeps whole ("Ten tips for a dry gar..."),
    normalized and followed by a space, when they are TITLE_MIN_WORDS or more. (A declared
    headline is cut the same way: see assemble._heading_of_cut_declaration.)

    Signal: title convention. A site cuts a long headline to fit the title bar and marks the
    cut with an ellipsis glued to the last letters, often inside a word; the heading printed
    over the article is the headline in full, which starts with the title's words but the
    last, cut one. Fewer words than that would match the start of any line by chance; an
    ellipsis after a closing quote or a stop is the headline's own.
    """
    text = part.rstrip()
    if not text.endswith(ELLIPSES) or not text.rstrip("".join(ELLIPSES))[-1:].isalnum():
        return None  # "… «Title»…": an ellipsis after a stop or a quote is the headline's own
    words = normalize(text).split()[:-1]  # the last word may be cut
    return " ".join(words) + " " if len(words) >= TITLE_MIN_WORDS else None


def _after_colon(part: str) -> str | None:
    """What follows the one colon of a title part ("Jane Roe: Letters from the coast"),
    normalized, when it is TITLE_MIN_WORDS words or more.

    Signal: title convention. A title often puts a kicker, a speaker's name or a topic before
    a colon that follows the word without a space (TITLE_SEPARATOR splits only at separators
    with a space on both sides, as a colon inside a headline is written), while the page
    prints its heading without that kicker. A line that is exactly the rest, three words or
    more, repeats the title; by word overlap alone it matches the title too rarely (three
    words of five), and a shorter one matches by chance. Only one colon: a part with more
    ("Site:: About:: Contact") is a menu run into the title line.
    """
    if part.count(": ") != 1:
        return None
    key = normalize(part.partition(": ")[2])
    return key if len(key.split()) >= TITLE_MIN_WORDS else None


def _fuller_title_under(doc: Doc, titled: Block) -> Block | None:
    """A line right under the title's copy that goes on from it: the headline in full.

    Signal: title convention and page order. A page title is often a shortened headline
    ("Ten tips for the garden" for "Ten tips for the garden in a dry summer"), and a page
    prints that short form too (a breadcrumb's last item, a share line) above its heading.
    When one of the RUN_ON_SLOTS lines under the line that matched the title starts with it
    and runs on without a separator or a stop between (see _runs_on: "Ten tips for the
    garden: a list" or "Ten tips for the garden, 250 g" add a part of their own), within a
    title's length, ending no sentence, and the words it adds are RUN_ON_MIN_WORDS or more
    and start with a letter (one word is more often a tag printed after the title, a language
    code or "Video"; a figure a count or a rating), that line is the headline.
    """
    if titled.tag in HEADINGS:
        return None  # the page marks the line as its heading: a line under it that runs on is the dek
    key = normalize(titled.text)
    words = len(titled.text.split())
    for block in doc.blocks[titled.index + 1 : titled.index + 1 + RUN_ON_SLOTS]:
        if block.n_words > TITLE_MAX_WORDS or block.ends_sentence or not _runs_on(block, words):
            continue
        added = block.text.split()[words:]
        if len(added) >= RUN_ON_MIN_WORDS and added[0][:1].isalpha() and normalize(block.text).startswith(key + " "):
            return block
    return None


def _earlier_part_above(doc: Doc, titled: Block) -> Block | None:
    """The line right above the title's printed part when it prints the title's part before
    that one ("Headline - Dek - Site" over "Headline" / "Dek"), or None.

    Signal: order. A title that carries the headline and its dek ("Headline - A longer
    subtitle - Site") is matched by its longest part, the dek; the page prints the headline
    on the line right above it, as the title puts it first. Interface lines between the two
    are stepped over. Not the title's last part (in "Site - Headline" the site's name comes
    first), nor a line whose words the text does not use (a site's name).
    """
    parts = [normalize(p) for p in title_parts(doc)[1:]]
    key = normalize(titled.text)
    if key not in parts[:-1]:
        return None  # the title's last part: after a site's name ("Site - Headline"), no dek
    above = doc.neighbour(titled, -1, FURNITURE)
    if above is None or above.index == 0 or above.label not in (UNKNOWN, NAV) or above.n_words < TITLE_MIN_WORDS:
        return None
    if normalize(above.text) not in parts[: parts.index(key)] or doc.overlap(above) < HEADLINE_MIN_OVERLAP:
        return None  # not the part before it, or words the text does not use (a site's name)
    return above


def title_parts(doc: Doc) -> list[str]:
    """The dump's first line, when it reads as the page title, and its separated parts."""
    first = doc.blocks[0] if doc.blocks else None
    if first is None or first.n_words < TITLE_MIN_WORDS or first.label not in (UNKNOWN, NAV):
        return []
    if first.indent > 0 or UNTITLED in first.extras or doc.rendered:
        # A layout renderer's indented first line is navigation, not the <title>; so is the
        # first text of a dump that opens with an image or a form field, or of any dump that
        # draws list markers (see Doc.rendered): it renders the page, not its <title>.
        return []
    site = _masthead(doc)
    parts = (p for p in TITLE_SEPARATOR.split(first.text) if normalize(p))
    return [first.text, *(p for p in parts if not site or f" {normalize(p)} " not in f" {site} ")]


def _masthead(doc: Doc) -> str | None:
    """The site's name in the dump's title line, when the page prints it as its masthead.

    Signal: title convention and page order. A title reads "Headline | Site"; a page prints
    the site's name first, as its masthead, right under the title line of a scraper's dump,
    and its headline further down, over the article. A line among the first ones after the
    title that repeats what follows the title's first part (all of it, or its last part) is
    that masthead, provided the first part is printed further down too ("Site | Headline"
    pages print the headline, not the site's name, right under the title): neither the
    masthead nor that part of the title is the headline. Returns the normalized name, or None.
    """
    first = doc.blocks[0] if doc.blocks else None
    if first is None or first.tag == "title" or first.label not in (UNKNOWN, NAV) or first.indent > 0 \
            or UNTITLED in first.extras or doc.rendered:
        return None  # HTML marks its headline (h1, metadata): this reads a dump's line order
    parts = [p for p in TITLE_SEPARATOR.split(first.text) if normalize(p)]
    if len(parts) < 2:
        return None
    head = normalize(parts[0])
    tails = {normalize(parts[-1]), normalize(" ".join(parts[1:]))} - {head}
    top = next((b for b in doc.blocks[1 : 1 + MASTHEAD_SLOTS] if normalize(b.text) in tails), None)
    if top is None or not any(normalize(b.text) == head for b in doc.blocks[top.index + 1 :]):
        return None
    return normalize(top.text)


def _short_title_copies(doc: Doc, site: str | None, candidates: list[Block], texts: list[str]) -> list[Block]:
    """Lines that print, on their own, a short title's first part again: its headline.

    Signal: a scraper's dump starts with the page ``<title>``, "Headline | Site" or just
    "Headline". A headline of one or two words ("Sea Glass", "Tide Tables | Coast Notes") is
    too short for ``_matches_title_line``, which wants three words because a short line
    matches a title by chance; but an open line before the body that is exactly the title's
    first part is the headline printed over the article. Not the masthead (see _masthead);
    not the first part of a title that ends on a separator ("Site -": the page's own part is
    missing, the first part is the site's name); and not when a headline candidate elsewhere opens with the title's
    first part and a separator ("Sea Glass - Green, 250 g"): the title shortened that longer
    headline, and the usual score chooses. Right under the copy, such a line goes on with
    the heading ("Sea Glass" over "Sea Glass: origins"), and the copy stays the headline; but
    a line there that runs on from the copy without a separator ("Sea Glass" over "Sea Glass
    made at home") is the headline in full, which the title shortened (the copy over it is its
    kicker), as the page's main heading says. A title that is only a name may be the site's:
    its copy right under the dateline or byline is the source or the author named beside them
    (a site that signs its own posts), not the headline.
    """
    first = doc.blocks[0] if doc.blocks else None
    if first is None or first.label not in (UNKNOWN, NAV) or first.indent > 0 \
            or UNTITLED in first.extras or doc.rendered or first.tag is not None:
        return []  # HTML's <title>, or a dump that opens with a marked heading: the page, not its title
    parts = [p for p in TITLE_SEPARATOR.split(first.text) if normalize(p)]
    if not parts or TITLE_END_SEPARATOR.search(first.text):
        return []
    key = normalize(parts[0])
    if not key or len(key.split()) >= TITLE_MIN_WORDS or key == site:
        return []
    copies = [b for b in doc.blocks[1 : doc.start + LEAD_IN_SLOTS]
              if texts[b.index] == key and b.label is UNKNOWN and not b.bullet
              and (len(parts) > 1 or doc.blocks[b.index - 1].label not in META_LABELS)]
    if not copies:
        return []
    under = {b.index + 1 for b in copies}
    for i in sorted(under):
        if i < len(texts) and texts[i].startswith(key + " ") and _runs_on(doc.blocks[i], len(key.split())):
            return [doc.blocks[i]]  # "Sea Glass" over "Sea Glass made at home": the fuller headline
    for block in candidates:
        if block.index > 0 and block.index not in under and block.n_words > len(key.split()) \
                and texts[block.index].startswith(key + " "):
            rest = TITLE_SEPARATOR.split(block.text, maxsplit=1)
            if len(rest) > 1 and normalize(rest[0]) == key:
                return []  # "Sea Glass - Green, 250 g": the full headline that the title shortened
    return copies


def _runs_on(block: Block, words: int) -> bool:
    """Whether an open title-length line goes on after its first ``words`` words without a
    separator or a stop between ("Sea Glass made at home", not "Sea Glass: origins"), and
    does not end on a full stop ("Sea glass is found on most beaches." is the text)."""
    raw = block.text.split()
    return block.label is UNKNOWN and TITLE_MIN_WORDS <= block.n_words <= TITLE_MAX_WORDS \
        and not block.text.endswith(".") \
        and len(raw) > words and raw[words - 1][-1:].isalnum() and raw[words][:1].isalnum()


def _title_part_lines(doc: Doc) -> list[Block]:
    """Lines anywhere on the page that repeat the title line or one of its parts.

    Signal: when no headline candidate matches the title, the headline may still be printed
    where the candidates are not looked for: inside the body region (a region that starts
    at the headline), or as a one-word line ("Welcome!"). Any line that is exactly a part
    of the title (or, from three words, nearly the whole title or a part) is a candidate;
    the site's name is a part too, so the usual headline score chooses among them.
    """
    parts = title_parts(doc)
    if not parts:
        return []
    keys = {normalize(p) for p in parts}
    out = []
    for block in doc.blocks[1:]:
        if block.label is not UNKNOWN or block.bullet or block.n_words > HEADLINE_MAX_WORDS:
            continue
        if normalize(block.text) in keys or (
            block.n_words >= TITLE_MIN_WORDS and max(token_f1(block.text, p) for p in parts) >= TITLE_MATCH
        ):
            out.append(block)
    return out


def token_f1(a: str, b: str) -> float:
    """Word-overlap F1 of two texts (0..1)."""
    ta, tb = _tokens(a), _tokens(b)
    if ta.keys().isdisjoint(tb):
        return 0.0
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


@lru_cache(maxsize=4096)
def _tokens(text: str) -> Counter[str]:
    """The normalized words of a text, counted (read only: shared between calls)."""
    return Counter(normalize(text).split())


def _headline_over_dek(above: Block, best: Block, layout: Layout) -> bool:
    """Two title-like lines in a row above the byline: the first, shorter one is the headline
    and the longer one under it the dek, provided the first speaks of what the body does (a
    kicker, section name or label above a headline does not). A line of a kicker's length
    heads a dek that is a full sentence (it ends in a period): a headline under a kicker
    never does, so such a short line is a brief headline ("Lost Letters"), not a kicker.
    A first line set in deeper than the second is text over a heading (a greeting, a
    sponsor's line, a link to the full story), not a headline over its dek: a layout renderer sets
    a heading out of the text's indentation, never deeper than the dek under it. A first line
    that the page printed a few lines above as well is a link or a label repeated at each
    slot ("Continue reading …" around an advertisement), not a headline: a headline is
    printed once in the header.
    (The caller also asks that the first line score within DEK_MARGIN of the second unless
    the second ends in a period: a link or label line far behind it on the headline
    evidence, "Continue reading …" over the headline, is no headline over a dek.)
    In a browser's copy (Layout.paragraph_gaps) the blank lines stand around paragraphs
    only: the headline starts none, and a line under it that starts one is a paragraph, a
    dek or the lead, which a kicker never heads (it stands over the headline, on a line
    of its own like it); so a short line over it, or one about as long (at most
    DEK_LENGTH_RATIO times its length: a longer one is a caption or a teaser), is its headline,
    unless the paragraph repeats the line (TITLE_MATCH: the headline's copy, not its dek) or
    the line is a numbered list's item ("3. Travel", the end of a breadcrumb trail: innerText
    prints no list numbers, so another renderer's list stands there)."""
    if layout.mixed_gaps and not layout.paragraph_gaps and not above.gap_before:
        return False  # in a dump that marks blocks with blank lines, a headline starts one
    if above.indent > best.indent:
        return False  # set in deeper than the line under it: text over a heading, not a headline
    if any(above.index - REPEAT_WINDOW <= i < above.index for i in layout.copies.get(layout.texts[above.index], ())):
        return False  # printed just above too: a link or label repeated at each slot, not a headline
    paragraph = layout.paragraph_gaps and best.gap_before and not above.gap_before \
        and above.n_words <= DEK_LENGTH_RATIO * best.n_words \
        and not NUMBERED_ITEM.match(above.text) and token_f1(above.text, best.text) < TITLE_MATCH
    return (
        (above.n_words > HEADLINE_KICKER_WORDS or best.text.endswith(".") or paragraph)
        and best.n_words >= DEK_MIN_WORDS
        and (best.n_words >= DEK_LENGTH_RATIO * above.n_words or best.text.endswith(".") or paragraph)
        and not above.text.endswith(".")
        and _figures(above.text) <= len(above.text) * DIGIT_SHARE  # a date or a time that is no date's words
        and not find_dates(above.text)  # a name and a date over the headline: its byline and dateline
    )


def _in_title(doc: Doc, block: Block) -> bool:
    title = next((b for b in doc.blocks[:1] if b.tag == "title"), None)
    return title is not None and len(normalize(block.text)) > 3 and normalize(block.text) in normalize(title.text)


def _after_kicker(doc: Doc, block: Block) -> bool:
    """Whether the block is a heading's text after the kicker the page set apart in it
    (segment.html._kicker_ends): a declared "Kicker - Headline" ends on the headline, not on
    the site's name."""
    return block.index > 0 and KICKER in doc.blocks[block.index - 1].extras


def _matches_hint(text: str, key: str) -> bool:
    return text == key or (len(text) > 15 and (text in key or key in text))


def _headline_shaped(block: Block) -> bool:
    return (
        HEADLINE_MIN_WORDS <= block.n_words <= HEADLINE_MAX_WORDS
        and len(block.text) <= HEADLINE_MAX_CHARS
        and not block.bullet
        and not _agency_after_sentence(block.text)
        and not image_text(block.text)
    )


def _agency_after_sentence(text: str) -> bool:
    """"Seals on the pier at dawn last Monday. AP": a sentence closed by a stop, then a news
    agency's name alone, is a photo's caption with its credit, never a title. Signal: the
    words after the last ". " (cheap substring test first) name an agency."""
    cut = text.rfind(". ")
    return cut > 0 and is_agency(text[cut + 2:])


def _headline_score(doc: Doc, block: Block, layout: Layout) -> float:
    texts = layout.texts
    key = texts[block.index]
    score = 0.0
    copies = layout.copies.get(key, [])
    copies = [i for i in copies if i != block.index]
    in_title = block.index > 0 and ((len(key) > 15 and key in texts[0]) or key in layout.title_parts)
    if len(copies) > MAX_REPEATS:
        if block.n_words < MANY_COPIES_WORDS:
            score -= REPEATED  # a button or menu entry; a title-length line may be a headline's copies
        elif _one_near_copy(texts, block.index, copies):
            score += REPEATED  # set twice in the header, and listed again among the page's teasers
    elif in_title or any(
        abs(i - block.index) <= REPEAT_WINDOW and not _menu_copy(texts, block.index, i) for i in copies
    ):
        score += REPEATED
    elif block.index in layout.trail_tails:
        score += REPEATED  # the last item of the breadcrumb trail above, printed as the heading
    elif len(key) >= CONTAINED_MIN_CHARS and layout.contained(key, block.index):
        score += REPEATED  # inside a breadcrumb, a "Section | Headline" line, a related list
    score += _layout_score(block, layout, doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None)
    lead = content_words(block.text)
    if lead:
        score += LEAD_WORDS * sum(1 for w in lead if w in layout.lead_words) / len(lead)
    if layout.slots_before_body(block.index) <= NEAR_SLOTS:
        score += NEAR_BODY
    nxt = _next_content(doc, block)
    following = doc.blocks[block.index + 1 : block.index + 1 + META_SLOTS]
    prev = doc.neighbour(block, -1, (BOILERPLATE, NAV))
    if prev is not None and prev.label is BYLINE and nxt is not None and nxt.label in META_LABELS:
        score -= RIGHT_BEFORE_META  # between a byline and its date: an outlet or a role
    elif nxt is not None and nxt.label in META_LABELS:
        score += RIGHT_BEFORE_META
    elif _heads_dek_before_meta(doc, block, nxt):
        score += HEADS_DEK
    elif any(b.label in META_LABELS and _titled_by_line_under(doc, b) is None for b in following):
        score += BEFORE_META  # (not a date that heads the title printed under it)
    elif _under_meta_over_text(doc, block, prev, nxt):
        score += UNDER_META
    words = content_words(block.text)
    if words:
        score += WORDS_OF_BODY * sum(1 for w in words if doc.article_words[w]) / len(words)
    if 4 <= block.n_words <= 20:
        score += TITLE_LIKE_LENGTH
    elif block.n_words <= 3:
        score -= SHORT_PENALTY / max(1, block.n_words - 1)
    if LIST_NUMBER.match(block.text):
        score -= SENTENCE_END_PENALTY
    if BREADCRUMB.search(block.text):
        score -= REPEATED  # a breadcrumb trail; its last item may be the headline, printed again
    if "." in block.text and SITE_ADDRESS.search(block.text):
        score -= REPEATED  # the site's name, written as its web address
    if PHOTO_COUNT.search(block.text):
        score -= REPEATED  # a photo gallery's link, not the article's title
    if _doubled(block.text):
        score -= REPEATED  # an image's text and its caption or link run together, not a title
    if AUTHORED.match(block.text):
        score -= REPEATED  # who wrote it, not what it is called
    if _tag_list(block.text):
        score -= SENTENCE_END_PENALTY  # the article's tags or categories, not its title
    if _trail_item(doc, block):
        score -= REPEATED  # the last item of a breadcrumb trail; the headline is printed on its own
    if block.index in layout.trail_heads:
        score -= REPEATED  # a trail whose last item is printed again under it, as the heading
    digits = _figures(block.text)
    if digits > len(block.text) * DIGIT_SHARE:
        score -= REPEATED  # a date, a time, a score or a weather line, not a title
    elif digits >= DATE_MIN_DIGITS and _dated_meta_line(block.text):
        score -= REPEATED
    if block.tag == "h1":
        score += H1_BONUS
        if block is layout.main_heading and not block.path:
            score += SOLE_H1_BONUS  # see SOLE_H1_BONUS
    if block.n_words <= NAME_MAX_WORDS and _name_line(block.text) and not _title_over_text(block, prev, nxt):
        score -= REPEATED  # a person's name under a headline is its byline
    if block.text.endswith(".") and not block.text.endswith(".."):
        score -= SENTENCE_END_PENALTY
    if is_prose(block):
        score -= SENTENCE_END_PENALTY
    if block.text.endswith(":"):
        score -= NOT_A_TITLE  # a label that introduces what follows ("How it works:", "Links:")
    if _in_fact_box(doc, block):
        score -= NOT_A_TITLE  # "Pages: 320" among "Publisher: …" and "Price: …": a fact box's field
    if block.n_words <= BYLINE_MAX_WORDS and _credit_or_byline(block.text):
        score -= NOT_A_TITLE
    return score


def _one_near_copy(texts: list[str], index: int, copies: list[int]) -> bool:
    """Whether exactly one of a line's other copies stands within REPEAT_WINDOW of it (and is
    no menu's copy): a page sets its headline twice in its header (a sticky bar, the heading),
    then lists it again far below among its teasers. A line printed at every slot of a run
    (a slide show's credit under each picture) has two copies or more close by."""
    near = [i for i in copies if abs(i - index) <= REPEAT_WINDOW and not _menu_copy(texts, index, i)]
    return len(near) == 1


def _figures(text: str) -> int:
    """How many of a line's characters are figures or signs that go with a number (MEASURE_SIGNS)."""
    return sum(map(str.isdigit, text)) + sum(text.count(sign) for sign in MEASURE_SIGNS)


def _doubled(text: str) -> bool:
    """Whether a line is one phrase printed twice ("Harbour News Harbour News").

    Signal: a text browser prints an image's alt text and then the link text or caption
    beside it, on one line when both sit in one link or heading: a logo over the site's name,
    a teaser's picture over its title. A title is written once; its copy, where a page prints
    one, stands on a line of its own (the repeat the score rewards). The spaces are left out
    of the comparison: the two copies may run together without one.
    """
    if len(text) < DOUBLED_MIN_CHARS:
        return False
    squeezed = text.replace(" ", "")
    half = len(squeezed) // 2
    return len(squeezed) % 2 == 0 and squeezed[:half] == squeezed[half:]


def _meta_line(block: Block) -> bool:
    """Whether an open line runs a byline and a date together (see _dated_meta_line)."""
    return block.label is UNKNOWN and sum(map(str.isdigit, block.text)) >= DATE_MIN_DIGITS \
        and _dated_meta_line(block.text)


def _dated_meta_line(text: str) -> bool:
    """Whether a line prints a full date inside its text, as a byline or dateline run into one line does.

    Signal: what a headline holds. A text browser lays a header's inline parts out on one
    line ("Jane Roe, Staff Writer March 3, 2024 in Local News"); a scraper's dump sets the
    byline and the date on lines of their own, which the byline and dateline rules take. Its
    words recur in the body and it stands right before the text, so it scores like the
    headline above it; but a headline seldom prints a full date (an event's title may end
    with one, or set it apart by a comma or a dash: "Results, 2.6.2011, 6 pm"), so a line
    with a date that only a space parts from the words before (a name, an outlet: two words
    or more) and that more words follow (a place, a section) is meta, not a title.
    """
    for found in find_dates(text):
        before = text[: found.start].rstrip()
        rest = text[found.end :].strip(" ,.;:!?)]\u2013\u2014-")
        if len(rest.split()) >= 2 and len(before.split()) >= 2 and \
                not before.endswith((",", "\u2013", "\u2014", "-", ":")):
            return True
    return False


def _credit_or_byline(text: str) -> bool:
    """Whether a short line credits someone: a photo credit ("Photo: Jane Roe") or a byline
    that names its author ("By Jane Roe", even glued to a role; its words all capitalised,
    unlike "Von Kiel bis Rostock"). Such a line stands by the headline, and its words recur in
    the body like a headline's, but it never is one."""
    if credit_only(text) is not None or _agency_credit(text):
        return True
    prefix = BY_PREFIX.match(text)
    if prefix is None:
        return False
    words = text[prefix.end():].split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words)  # names (and a role), no sentence


def _agency_credit(text: str) -> bool:
    """Whether a line credits a photo to its photographer and a news agency, joined by
    slashes ("Jane Roe/AFP/Picture Desk", "a quay at dawn Jane Roe/Reuters"). Signal: a part
    after a slash is an agency's name alone. Not one before the first slash: a headline may
    name an agency with its partner ("Agency/Pollster poll: ...")."""
    if "/" not in text:
        return False
    return any(is_agency(part.strip()) for part in text.split("/")[1:])


def _bare_address(text: str) -> bool:
    """Whether a line is nothing but a web address ("Harbour-News.com"): the site's name.

    Signal: a site prints its address as its logo's text or a link to its home page; a
    headline that names a site says something about it in more words. Such a line can look
    like a kicker over the line under it, so it is no candidate at all.
    """
    text = text.strip()
    return "." in text and not any(c.isspace() for c in text) and SITE_ADDRESS.search(text) is not None


def _slug(text: str) -> bool:
    """Whether a line is an address's slug or a file name ("quiet-night-on-the-harbour"):
    words in lower case joined by hyphens or underscores, with no space anywhere.

    Signal: a text browser prints an image's file name where the image has no alt text, and
    pages print the address of the article (a share box, a permalink); both spell the
    headline's words as a slug. A headline is written with spaces; a compound joined by
    hyphens ("Harbour-Side") has two or three parts and capitals. The cheap tests (a
    hyphen or underscore, no space, no capital) come before the count.
    """
    if " " in text or ("-" not in text and "_" not in text) or text != text.lower():
        return False
    parts = SLUG_SEPARATOR.split(text.strip())
    return len(parts) >= SLUG_MIN_PARTS and all(part.isalnum() for part in parts)


def _tag_list(text: str) -> bool:
    """Whether a line lists tags or categories: four or more short comma-separated items.

    Signal: a tag line ("Travel, Lisbon, Food, Markets") is a run of names of one to three
    words each, set apart by commas; a headline is a phrase and rarely strings four items
    together, and when it lists things one of them carries the verb phrase.
    """
    if text.count(",") < TAG_LIST_ITEMS - 1:
        return False
    return all(1 <= len(normalize(item).split()) <= TAG_ITEM_WORDS for item in text.split(","))


def _in_fact_box(doc: Doc, block: Block) -> bool:
    """Whether a "Label: value" line stands between two more, right above and right below it.

    Signal: a fact box (a book's publisher, pages and price; a product's size and weight) is
    a run of short lines that each open with a label of one or two words and a colon. A
    "Kicker: Headline" title has that shape too, but a page prints it alone, not in such a
    run; a list of teasers ("Topic: a headline") has longer lines.
    """
    if not 0 < block.index < len(doc.blocks) - 1:
        return False
    return all(_fact_field(doc.blocks[i]) for i in (block.index - 1, block.index, block.index + 1))


def _fact_field(block: Block) -> bool:
    """Whether a line is a fact box's field: a label of one or two words, a colon, a short value."""
    return block.n_words <= FACT_MAX_WORDS and FACT_FIELD.match(block.text) is not None


def _name_line(text: str) -> bool:
    """Whether a line is a person's name, a nickname or initials in brackets aside
    ("Jane (J.D.) Roe"): the byline's name under a headline, or an author box's.

    Not a line that opens with a German article ("Das Wolkenschiff", "Der Hafenmeister"):
    "der", "das" and "den" are name particles inside a name ("Ada von der Au"), but a
    name never starts with one, while a short German title often does (ARTICLE_OPENING)."""
    if ARTICLE_OPENING.match(text):
        return False
    if looks_like_name(text):
        return True
    if "(" not in text:
        return False
    rest = " ".join(PARENTHESIS.sub(" ", text).split())
    return len(rest.split()) >= 2 and looks_like_name(rest)  # "Episode (3)" is no name


def _title_over_text(block: Block, prev: Block | None, nxt: Block | None) -> bool:
    """Whether a name-shaped line ("Harbour Lights", "Soziale Wärme") stands right over the
    text with neither a title-length line nor a byline or dateline right above it.

    Signal: where a byline's name stands. The name penalty is for a person's name under a
    headline (the byline's name on a line of its own) or by the date; a capitalised phrase
    set straight over the first paragraph, under nothing but the menus, is the page's short
    title (German capitalises its nouns, English titles their words), not an author.
    """
    if "." in block.text or nxt is None or nxt.label is not UNKNOWN or not is_prose(nxt):
        return False  # initials, a "Dr.", a caption's stop: a person or a photo, not a title
    if prev is None:
        return True
    if prev.label in META_LABELS or prev.label is BYLINE:
        return False
    return prev.n_words <= HEADLINE_KICKER_WORDS or prev.label is not UNKNOWN


def _under_meta_over_text(doc: Doc, block: Block, prev: Block | None, nxt: Block | None) -> bool:
    """Whether the line stands right under the dateline or byline and right over the text.

    Signal: date-above-headline order. Many press and blog pages print the date (and the
    section or source) first, then the headline, then the text; the line over that date is
    then a section or source label, which the "right before the dateline" bonus favours.
    A title-shaped line between the dateline and the text's first paragraph is the headline
    of such a page (a dek there ends in a period and is no candidate's shape). A line that
    the next one starts with is an image's alt text over its caption, not a headline.
    """
    return prev is not None and prev.label in META_LABELS and nxt is not None and is_prose(nxt) \
        and not block.text.endswith(".") and not nxt.text.startswith(block.text) \
        and not _titled_meta(doc, prev, block)  # (and not an image's alt text over its caption, above)


def _titled_meta(doc: Doc, meta: Block, under: Block) -> bool:
    """Whether a title-length line stands right over the run of byline and date lines that
    ends at ``meta``: headline-then-meta order, which makes the line ``under`` them no headline.

    Signal: a page prints its header in one order. Where the headline stands over the byline
    and the date (past a name line or a button such as "Follow" between them), the
    title-shaped line right under the date is the text's first subheading ("Why it
    matters?"), not a headline printed after its date. A kicker or section name over the
    date (a few words) does not count: that is the date-above-headline order the bonus is for;
    nor does a line that holds the one under the date (a breadcrumb trail ending on it, a
    copy glued to a sponsor's line or a language menu): the line under the date is then the
    headline, printed whole on its own.
    """
    above: Block | None = meta
    for _ in range(META_RUN_SLOTS):
        above = doc.neighbour(above, -1, FURNITURE) if above is not None else None
        if above is None:
            return False
        if above.label in META_LABELS or (above.label is UNKNOWN and above.n_words <= NAME_MAX_WORDS
                                          and _name_line(above.text)):
            continue  # another field of the byline and dateline, or the author's name alone
        return above.label is UNKNOWN and _headline_shaped(above) and above.n_words > HEADLINE_KICKER_WORDS \
            and not above.text.endswith(".") and not is_prose(above) \
            and normalize(under.text) not in normalize(above.text)
    return False


def _right_before_meta(doc: Doc, block: Block) -> bool:
    """Whether the byline or dateline is the next content under the line: the tie-break.

    Signal: headline-then-meta order. Between two lines that score the same, the one that
    the article's byline or dateline follows is the article's headline; the earlier line
    (which wins a plain tie) is more often a teaser or section heading above the article.
    """
    nxt = _next_content(doc, block)
    return nxt is not None and nxt.label in META_LABELS


def _menu_copy(texts: list[str], index: int, other: int) -> bool:
    """Whether a line's copy at ``other`` is part of a whole menu printed twice.

    Signal: parallel repetition. A headline's copy (image text, a share box) stands alone,
    or at most with its dek: the lines around it differ from those around the headline. A
    page that prints its menu twice (a desktop and a mobile copy) repeats a run of items in
    the same order, so three or more lines in a row around the two copies are the same: such
    a repeat is not evidence of a headline.
    """
    step = other - index
    if abs(step) < MENU_RUN:
        return False
    run = 1
    for direction in (-1, 1):
        i = index + direction
        while 0 <= i < len(texts) and 0 <= i + step < len(texts) and texts[i] == texts[i + step] and run < MENU_RUN:
            run += 1
            i += direction
    return run >= MENU_RUN


def _next_content(doc: Doc, block: Block) -> Block | None:
    """The next block that is not boilerplate, navigation or a caption, past a field label.

    Signal: a dateline or byline is often printed under its own label line ("Published:",
    "Author:"): one or two words ending in a colon, which name the field that follows and
    so belong to it. Such a label between a headline and its dateline does not part them.
    """
    nxt = doc.neighbour(block, 1, (BOILERPLATE, NAV, CAPTION))
    if nxt is not None and nxt.label is UNKNOWN and nxt.n_words <= FIELD_LABEL_WORDS and nxt.text.endswith(":"):
        return doc.neighbour(nxt, 1, (BOILERPLATE, NAV, CAPTION))
    return nxt


def _heads_dek_before_meta(doc: Doc, block: Block, below: Block | None) -> bool:
    """Whether the line stands over a dek that stands right before the byline or dateline.

    Signal: headline-then-dek order. A headline and its standfirst form one unit above the
    byline; the dek, not the headline, is the line right before it, and would take the
    "right before the byline" bonus alone. When the line under a title-length line is
    dek-shaped (six words or more, at least about as long as the line above) and is itself
    followed by the byline or dateline (a one- or two-word section tag may stand between),
    the upper line earns that bonus plus the "byline follows soon" one, enough to outweigh
    the dek's usually larger word overlap with the body. A kicker or section label above (a
    few words) does not qualify.
    """
    if below is None or below.label is not UNKNOWN or not _headline_shaped(below):
        return False
    if below.n_words < max(DEK_MIN_WORDS, block.n_words * DEK_MIN_SHARE):
        return False
    if block.n_words <= HEADLINE_KICKER_WORDS and not _short_head_over_dek(doc, block, below):
        return False
    if _widget_blurb(doc, below):
        return False
    after = doc.neighbour(below, 1, (BOILERPLATE, NAV, CAPTION))
    if after is not None and after.label is UNKNOWN and after.n_words <= 2:
        after = doc.neighbour(after, 1, (BOILERPLATE, NAV, CAPTION))  # a section tag
    return after is not None and after.label in META_LABELS and _titled_by_line_under(doc, after) is None


def _titled_by_line_under(doc: Doc, meta: Block) -> Block | None:
    """The title-shaped line right under a byline or dateline, printed twice in a row and
    then over the text, or None.

    Signal: date-above-headline order and the heading's copy. A blog prints the post's date,
    then its title (a text browser may print the heading twice: its link and its text), then
    the text; the two lines above the date are then the blog's name and its tagline, which
    read as a headline over its dek.
    """
    under = doc.neighbour(meta, 1, FURNITURE)
    if under is None or under.label is not UNKNOWN or not _headline_shaped(under) or under.ends_sentence:
        return None
    copy = doc.neighbour(under, 1, FURNITURE)
    if copy is None or normalize(copy.text) != normalize(under.text):
        return None
    text = doc.neighbour(copy, 1, FURNITURE)
    return under if text is not None and (is_prose(text) or text.label is UNKNOWN) else None


def _short_head_over_dek(doc: Doc, block: Block, below: Block) -> bool:
    """Whether a line of a kicker's length heads the sentence under it as its headline.

    Signal: a kicker stands over a headline, and a headline never ends in a period or a
    cut-off ellipsis; a dek (standfirst) is a sentence and does. A few words over such a
    sentence that the byline follows are a short headline ("Lost Letters"), not a kicker.
    Unless the few words are printed elsewhere on the page too: a share or contact widget
    repeats its heading ("For your information") over each of its blurbs.
    """
    if not below.text.endswith((".", *ELLIPSES)):
        return False
    return not doc.printed_elsewhere(block)


def _widget_blurb(doc: Doc, block: Block) -> bool:
    """"Subscribe to our newsletter" / "Your weekly guide to …" / "Subscribe": a line between
    two interface texts (a widget's prompt and its button) is the widget's blurb, not the
    dek of the line above the widget. Signal: interface text right above and right below."""
    above, below = doc.neighbour(block, -1), doc.neighbour(block, 1)
    return above is not None and below is not None and above.rule == below.rule == "interface_text"


def _layout_score(block: Block, layout: Layout, under: Block | None) -> float:
    """Indentation and spacing: a headline stands less indented than the body (layout
    renderers indent article text), at a local indentation minimum, after a blank line,
    and before one.

    The blank line after it: a renderer sets a heading off as a block of its own, with a
    margin under it, while a line that runs straight into the next one (no blank line
    between) is one of a run: a menu, an address, a list of links, a form's labels. In a
    dump that uses blank lines at all, about three headlines in four stand between blank
    lines, against one line in five of a page's header. A line that runs the byline and the
    date together (a text browser's header laid out inline) may follow the headline without
    a blank line: the two are set off together.

    Not in a browser's copy of the page (Layout.paragraph_gaps): there a blank line stands
    around each paragraph (``<p>``) and nowhere else, so it marks the dek or the first
    paragraph under the headline, never the headline; the blank line after the headline
    (the paragraph under it) still counts.

    The blank line before it counts for more in a text browser's dump that sets its text flush
    left and marks no headings (w3m's, say; Layout.flush): where the body is indented (lynx)
    a heading stands out of the text's indentation, and a Markdown dump marks its headings,
    but flush left the margin a renderer sets above a heading is the only layout left of it,
    while a teaser, an interface line or a menu's last entry runs straight on from the lines
    above it.
    """
    score = 0.0
    if layout.indented and layout.body_indent is not None:
        if block.indent < layout.body_indent:
            score += BODY_INDENT_BONUS
        elif block.indent > layout.body_indent:
            score -= BODY_INDENT_PENALTY
    if layout.indented:
        above = layout.indent_at(block.index - 1)
        below = layout.indent_at(block.index + 1)
        if above is not None and below is not None and block.indent < above and block.indent <= below:
            score += LOCAL_MIN_BONUS
    if layout.mixed_gaps and block.gap_before and not layout.paragraph_gaps:
        score += GAP_BONUS
        if layout.flush:
            score += FLUSH_GAP_BONUS
    if layout.mixed_gaps and (under is None or under.gap_before or _meta_line(under)):
        score += GAP_AFTER_BONUS
    return score


def _paragraph_gaps(doc: Doc, mixed_gaps: bool, untagged: bool, indented: bool) -> bool:
    """Whether the dump is a browser's copy of the page (``innerText``), whose blank lines
    stand around paragraphs only.

    Signal: the HTML standard's ``innerText`` sets every block element (a heading, a list
    item, a menu's entry, a byline's ``<div>``) on a line of its own and puts a blank line
    only around a ``<p>``; such a copy renders the page's body, so it opens with its first
    menu entry running straight into the next lines, not with the page's ``<title>`` set
    apart (segment.text marks that first line UNTITLED). Blank lines stand somewhere, but no
    list markers (Doc.rendered: a text browser's dump, whose headings stand between blank
    lines), no indentation (a layout renderer's) and no markup or Markdown heading (a page,
    a Markdown dump).
    """
    return mixed_gaps and untagged and not indented and UNTITLED in doc.blocks[0].extras and not doc.rendered


@dataclass
class Layout:
    """Measures of the whole page that the headline score compares a line against."""

    texts: list[str]
    copies: dict[str, list[int]]
    lead_words: set[str]
    body_indent: int | None
    indented: bool
    mixed_gaps: bool
    indents: list[int]
    title_parts: set[str]
    trail_heads: set[int]
    trail_tails: set[int]
    # open_after[i]: unlabelled or meta blocks in blocks[i:start] (the headline's distance to the body)
    open_after: list[int]
    main_heading: Block | None = None
    # A text browser's dump (Doc.rendered) with its body flush left and no heading marked.
    flush: bool = False
    # A browser's copy (innerText): blank lines around paragraphs only (see _paragraph_gaps).
    paragraph_gaps: bool = False

    @classmethod
    def of(cls, doc: Doc, trail_heads: set[int], trail_tails: set[int], main_heading: Block | None) -> Layout:
        texts = [normalize(b.text) for b in doc.blocks]
        copies: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            copies.setdefault(text, []).append(i)
        lead = [b for b in doc.body if is_prose(b)][:LEAD_PARAGRAPHS]
        lead_words = set().union(*(content_words(b.text) for b in lead)) if lead else set()
        indents = [b.indent for b in doc.blocks]
        gaps = {b.gap_before for b in doc.blocks[1:]}
        body_indent = int(median(b.indent for b in lead)) if lead else None
        untagged = all(b.tag is None for b in doc.blocks)  # a plain dump: no markup, no Markdown heading
        indented = len(set(indents)) > MIN_INDENT_LEVELS
        open_after = [0] * (doc.start + 1)
        for i in range(doc.start - 1, -1, -1):
            label = doc.blocks[i].label
            open_after[i] = open_after[i + 1] + (label is UNKNOWN or label in META_LABELS)
        return cls(
            texts=texts,
            copies=copies,
            lead_words=lead_words,
            body_indent=body_indent,
            indented=indented,
            mixed_gaps=len(gaps) > 1,
            indents=indents,
            title_parts={normalize(p) for p in title_parts(doc)},
            trail_heads=trail_heads,
            trail_tails=trail_tails,
            open_after=open_after,
            main_heading=main_heading,
            flush=body_indent == 0 and doc.rendered and untagged,
            paragraph_gaps=_paragraph_gaps(doc, len(gaps) > 1, untagged, indented),
        )

    def slots_before_body(self, index: int) -> int:
        """How many unlabelled or byline/dateline blocks stand between a block and the body."""
        return self.open_after[index + 1] if index + 1 < len(self.open_after) else 0

    def indent_at(self, index: int) -> int | None:
        return self.indents[index] if 0 <= index < len(self.indents) else None

    @cached_property
    def joined(self) -> str:
        return "\n".join(f" {text} " for text in self.texts)

    def contained(self, key: str, index: int) -> bool:
        """Whether another line holds this text inside it (a breadcrumb, a teaser list):
        the text occurs more often than the lines that are exactly it.

        The line right under it does not count when it starts with the text: an image's alt
        text printed over the caption that begins with the same words (a text browser prints
        both) is a caption's copy, not a headline's.
        """
        count = self.joined.count(f" {key} ")
        if index + 1 < len(self.texts) and self.texts[index + 1].startswith(f"{key} "):
            count -= 1
        return count > len(self.copies.get(key, ()))


def _region_lead_in(doc: Doc) -> list[Block]:
    """Lines the body region swallowed before its first paragraphs: a headline may be there.

    Those before the first paragraph (a question or an exclamation does not end them: a
    headline that asks or exclaims opens the region as a one-line "sentence", even one long
    enough to read as prose); the region's title-shaped lines before its core that a byline
    or dateline follows (a cookie notice or a teaser can open the region above the article's
    header), and the first such line that stands over a dek the byline or dateline follows
    (the header is headline, dek, meta; later title-dek-meta runs are teasers); and, in a
    dump that indents its text, those before the body's core that stand out of the text's
    indentation after a blank line (a teaser paragraph can open the region above the real
    headline); and the title over the page's first byline or dateline when the region
    swallowed the whole header (see _title_over_first_meta).
    """
    out: list[Block] = []
    for block in doc.blocks[doc.start : min(doc.core_start, doc.start + LEAD_IN_SLOTS)]:
        if not _asks_or_exclaims(block) and (
                is_prose(block) or (block.ends_sentence and not ASKS_OR_EXCLAIMS.search(block.text))):
            break  # a question or an exclamation is a headline's shape, a period a sentence's
        if block.label is UNKNOWN:
            out.append(block)
    if doc.start + 1 < doc.core_start:
        title = _notice_over_title(doc, doc.blocks[doc.start])
        if title is not None and title.index < doc.core_start and title not in out \
                and (doc.rendered or _printed_near(doc, title)):
            out.append(title)
    over_dek = False
    for block in doc.blocks[doc.start : doc.core_start]:
        if block.label is not UNKNOWN or block in out or not _headline_shaped(block):
            continue
        if block.n_words > TITLE_MAX_WORDS or (
                not _asks_or_exclaims(block) and (block.ends_sentence or is_prose(block))):
            continue
        after = doc.neighbour(block, 1, (BOILERPLATE, NAV, CAPTION))
        if after is not None and after.label in META_LABELS:
            out.append(block)  # the article's header, swallowed by the region
        elif not over_dek and after is not None and _heads_dek_before_meta(doc, block, after):
            over_dek = True  # the first title over a dek and a byline: later ones are teasers
            out.append(block)
    late = _title_over_first_meta(doc)
    if late is not None and late not in out and not _text_under_title_above(doc, late):
        out.append(late)
    under = _title_under_first_meta(doc)
    if under is not None and under not in out:
        out.append(under)
    prose = [b for b in doc.body if is_prose(b)][:LEAD_PARAGRAPHS]
    if not prose or len({b.indent for b in doc.blocks}) <= MIN_INDENT_LEVELS:
        return out
    body_indent = median(b.indent for b in prose)
    for block in doc.blocks[doc.start : doc.core_start]:
        if block.label is UNKNOWN and block not in out and block.gap_before and \
                block.indent < body_indent and not block.ends_sentence:
            out.append(block)
    return out


def _title_over_first_meta(doc: Doc) -> Block | None:
    """The title-shaped line over the page's first byline or dateline, when that meta line
    stands in the body region past its core start, or None.

    Signal: header order. The article's header (headline, a dek perhaps, then the byline or
    dateline) comes before any other meta line of the page; when the body region opened far
    above it (on teasers, a site's blurb, a notice or a menu read as prose), the header lies
    deep in the region, where a dateline is otherwise taken for a quoted one. The page's
    first meta line still belongs to its header, so the title-shaped line right over it, or
    over the dek right over it, is a headline candidate (the score decides), provided the
    article's text starts right under the meta line (a byline printed under the text, or a
    download's details, heads nothing), the line's words recur in the text, and the page did
    not print the line above it already (that copy heads the page; this one a recipe's or a
    summary's box).
    """
    first = next((b for b in doc.blocks[: doc.end] if b.label in META_LABELS), None)
    if first is None or first.index < doc.core_start:
        return None
    if not any(is_prose(b) for b in doc.blocks[first.index + 1 : first.index + 1 + LATE_TEXT_SLOTS]
               if b.label not in FURNITURE):
        return None
    skip = (BOILERPLATE, NAV, CAPTION)
    above = doc.neighbour(first, -1, skip)
    for _ in range(LATE_TITLE_SLOTS):
        if above is None or above.index < doc.start or above.label is not UNKNOWN:
            return None
        if _late_title(doc, above) and (doc.neighbour(above, 1, skip) is first
                                        or _heads_dek_before_meta(doc, above, doc.neighbour(above, 1, skip))):
            key = normalize(above.text)
            if doc.printed[key] > 1 and any(normalize(b.text) == key for b in doc.blocks[: above.index]):
                return None
            return above
        above = doc.neighbour(above, -1, skip)
    return None


def _title_under_first_meta(doc: Doc) -> Block | None:
    """The title-shaped line right under the page's first byline or dateline, when that meta
    line stands in the body region and the article's text starts under the title, or None.

    Signal: header order. Many blogs print the post's date and author over its title
    ("27 May 2024 by Jane Roe" / "Title" / text); when the body region opened above them (on
    a sidebar's archive list or a blurb read as prose), that title lies inside the region
    where no other rule seeks the headline. The line must read as the article's title
    (_late_title: its words recur in the text) and text must follow within LATE_TEXT_SLOTS
    (a caption or interface line may stand between): the score decides.
    """
    first = next((b for b in doc.blocks[: doc.end] if b.label in META_LABELS), None)
    if first is None or first.index < doc.start:
        return None
    skip = (BOILERPLATE, NAV, CAPTION)
    under = doc.neighbour(first, 1, skip)
    if under is None or under.index >= doc.end or under.label is not UNKNOWN or not _late_title(doc, under):
        return None
    if not any(is_prose(b) for b in doc.blocks[under.index + 1 : under.index + 1 + LATE_TEXT_SLOTS]
               if b.label not in FURNITURE):
        return None
    return under


def _text_under_title_above(doc: Doc, late: Block) -> bool:
    """Whether the lines between the body region's start and a late title (see
    _title_over_first_meta) are the article's own text under a title above the region:
    an undated article with a dated update in its body ("Headline" / paragraphs / "Update
    heading" / "14 March 2024" / paragraphs) keeps its headline, and the update stays in
    the text.

    Signal: a title-shaped line of a title's length stands just above the region start
    (within LEAD_IN_SLOTS; _late_title: its words recur in the text), and the prose between
    the region start and the late title shares at least LATE_LEAD_OVERLAP of its words with
    the rest of the text, as an article's paragraphs do; teasers, a site's blurb or a notice
    that opened the region above the real header share few."""
    above = [b for b in doc.blocks[max(0, doc.start - LEAD_IN_SLOTS) : doc.start]
             if b.label is UNKNOWN and b.n_words >= TITLE_MIN_WORDS and _late_title(doc, b)]
    if not above:
        return False
    between = [b for b in doc.blocks[doc.start : late.index] if is_prose(b)]
    if not between:
        return False
    share = sum(doc.overlap(b) for b in between) / len(between)
    return share >= LATE_LEAD_OVERLAP


def _late_title(doc: Doc, block: Block) -> bool:
    """Whether a line in the body region reads as the article's title (see _title_over_first_meta):
    a headline's shape and length, no sentence (unless it asks or exclaims), and words that
    the text uses."""
    return (_headline_shaped(block) and block.n_words <= TITLE_MAX_WORDS
            and (_asks_or_exclaims(block) or not (block.ends_sentence or is_prose(block)))
            and doc.overlap(block) >= HEADLINE_MIN_OVERLAP)


def _printed_near(doc: Doc, block: Block) -> bool:
    """Whether the page prints the line again within a few lines (REPEAT_WINDOW): a heading
    that a page sets twice (over its picture and over its text), which a notice's sentence
    split into fragments never is."""
    key = normalize(block.text)
    if doc.printed[key] < 2:
        return False  # cheap test first: the text is printed once only
    lo, hi = max(0, block.index - REPEAT_WINDOW), block.index + REPEAT_WINDOW + 1
    return any(b is not block and normalize(b.text) == key for b in doc.blocks[lo:hi])


def _notice_over_title(doc: Doc, block: Block) -> Block | None:
    """The title-shaped line under the region's first block when that block is a lone
    paragraph that stands over the headline, or None.

    Signal: order and shape. A text browser prints what a scraper leaves out or a page hides
    above its heading (an image's description, a browser or a publishing notice) as a
    paragraph, and the body region then opens on it, one line above the headline, where the
    lead-in (which ends at the first paragraph) never reaches. When the paragraph is followed
    by a title-shaped line that ends no sentence, that line is a candidate too. Not when a
    byline, a dateline or a title-length line stands right above the paragraph: that is the
    article's header, and the paragraph its lead, with a subheading or a caption under it.
    Only in a layout renderer's dump (Doc.rendered), or when the page prints the title again
    a few lines away (a renderer that draws no list markers, such as w3m on a page with few
    lists): a scraper's dump splits a notice's sentences into fragments that read as title
    lines, but never prints such a fragment twice. Interface lines between the paragraph and the
    title (a gallery's "Close gallery", a row of share buttons) are stepped over: the rules before
    this one found them to be page furniture, and the paragraph above them is still the
    notice over the headline. A rule or a row of symbols is not stepped over: it ends a
    section, and what stands under it heads the next one.
    """
    if not is_prose(block):
        return None
    above = doc.neighbour(block, -1)
    if above is not None and (above.label in META_LABELS or (
            above.label is UNKNOWN and _headline_shaped(above) and above.n_words > HEADLINE_KICKER_WORDS
            and not above.ends_sentence and not LIST_NUMBER.match(above.text))):
        return None
    under = _after_furniture(doc, block)
    if under is not None and under.label is UNKNOWN and _headline_shaped(under) and \
            not under.ends_sentence and not is_prose(under):
        return under
    return None


def _after_furniture(doc: Doc, block: Block) -> Block | None:
    """The block after ``block``, past at most FURNITURE_STEPS interface or menu lines that
    hold words (see _notice_over_title)."""
    blocks = doc.blocks
    for i in range(block.index + 1, min(len(blocks), block.index + 2 + FURNITURE_STEPS)):
        after = blocks[i]
        if after.label not in FURNITURE or after.rule == "no_words":
            return after
    return None


def _asks_or_exclaims(block: Block) -> bool:
    """A title-length line that is one question or exclamation: a headline's shape, not prose."""
    return (
        size(block) <= HEADLINE_QUESTION_WORDS
        and bool(ASKS_OR_EXCLAIMS.search(block.text))
        and not INNER_SENTENCE_END.search(block.text)
    )


def repeated_headline(doc: Doc) -> None:
    """Lines that repeat the headline (image text, the page title) are not content."""
    found = doc.first(HEADLINE)
    if found is None:
        return
    key = normalize(found.text)
    for block in doc.blocks:
        if block is found or block.label not in REPEAT_LABELS or _shorter_ascii(block.text, key) \
                or _longer_ascii(block.text, key):
            continue
        text = normalize(block.text)
        if text == key or (len(key) > 15 and text.startswith(key) and len(text) < len(key) * 2):
            block.set(BOILERPLATE, "repeated_headline")


def _shorter_ascii(text: str, key: str) -> bool:
    """Whether an ASCII text is too short for its normal form to start with ``key``: on ASCII,
    normalize only drops and merges characters (most lines are short: none is normalized)."""
    return len(text) < len(key) and text.isascii()


def _longer_ascii(text: str, key: str) -> bool:
    """Whether an ASCII text is too long for its normal form to be ``key`` or to start with
    it at less than twice its length (see repeated_headline), told from its first
    LONGER_PREFIX times len(key) characters: on ASCII, normalize drops and merges characters
    one at a time, so the normal form of a prefix is a prefix of the normal form, and when
    that is already twice as long as ``key``, so is the whole. The page's long paragraphs,
    none of which can repeat the headline, are then not normalized whole."""
    limit = LONGER_PREFIX * len(key)
    return len(text) > limit > 0 and text.isascii() and len(normalize(text[:limit])) >= 2 * len(key)


def dek(doc: Doc) -> None:
    """The standfirst: the first sentence under the headline, above the body.

    Signal: position (the first text after the headline, above or below the byline and
    dateline, before the body) and shape (a full sentence, shorter than a long paragraph).
    A line ending on a colon is a label for what follows it (a print notice over the page's
    address, a lead-in), never a standfirst: the standfirst may then stand right above the
    body (see _standfirst_above_body).
    """
    found = doc.first(HEADLINE, 0, doc.start)
    if found is None:
        return
    found = _repeat_above_text(doc, found)
    scraps = 0
    for block in doc.blocks[found.index + 1 : doc.start]:
        if block.label is not UNKNOWN:
            continue  # bylines, datelines, captions, badges and buttons sit around a dek
        if block.n_words > DEK_MAX_WORDS and is_prose(block):
            if not scraps:
                _lead_above_byline(doc, block)
                return
            break
        if DEK_MIN_WORDS <= block.n_words <= DEK_MAX_WORDS and \
                (block.ends_sentence or block.n_words >= DEK_LONG_WORDS or _subtitle(found, block)) and \
                not block.text.endswith(":"):
            if not scraps or _standfirst_past_scraps(doc, block):
                block.set(DEK, "dek")
                return
            break
        if block.n_words >= DEK_MIN_WORDS or (block.ends_sentence and not block.text.endswith(":")) or \
                scraps >= DEK_SCRAPS_MAX:
            break
        scraps += 1
    _standfirst_above_body(doc, found)


def _repeat_above_text(doc: Doc, headline: Block) -> Block:
    """Where the headline stands over the article: its last repeat before the body region,
    when prose comes right under that repeat; else the headline itself.

    Signal: position. A page whose menu holds the article's title as an entry may print it
    there before the article's own heading; the headline rule takes the first line, and a
    standfirst sought under it is cut off by the rest of the menu. The repeat that the
    article's prose comes right under (a sentence at once, not a menu entry, and still above
    the body region: a repeat right over the region's first paragraph leaves no standfirst
    to find) is where the article starts, and dek() reads from it.
    """
    key = normalize(headline.text)
    for block in reversed(doc.blocks[headline.index + 1 : doc.start]):
        if block.rule == "repeated_headline" and normalize(block.text) == key:
            nxt = doc.blocks[block.index + 1]
            outside = nxt.index < doc.start and nxt.label is UNKNOWN
            return block if outside and is_prose(nxt) and nxt.ends_sentence else headline
    return headline


def _subtitle(headline: Block, block: Block) -> bool:
    """A subtitle: the line right under the headline that continues its statement in words.

    Signal: position and shape. A page prints a second headline line under the first (a
    press release's or a report's subtitle) without a final stop, so dek() would want
    DEK_LONG_WORDS words of it; a shorter line is taken when it stands right under the
    headline, has at least DEK_MIN_SHARE of the headline's words, opens with a capital letter,
    and is written in words: no figure and no slash (a date line, a photo credit, a
    breadcrumb), no interface phrase, and under MAX_CAPITALISED_SHARE of its words
    capitalised (a row of share buttons, a teaser's or a section's title case).
    """
    text = block.text
    if block.index != headline.index + 1 or block.n_words < DEK_MIN_SHARE * headline.n_words or \
            not text[:1].isupper() or "/" in text or any(c.isdigit() for c in text):
        return False
    return capitalised_share(block) < MAX_CAPITALISED_SHARE and not ui_phrase(text)


def _standfirst_past_scraps(doc: Doc, block: Block) -> bool:
    """A standfirst printed under a few scraps of page furniture (a "Published:" label, an
    agency's name, share buttons, a kicker) rather than right under the headline.

    Signal: shape and uniqueness. dek() steps over at most DEK_SCRAPS_MAX undecided lines of
    fewer than DEK_MIN_WORDS words that end no sentence (a label such as "Published:", a
    button, a kicker is never a sentence) to reach it; the line it then finds must be a full
    sentence of DEK_LONG_WORDS words or more that does not end on an exclamation mark, carry
    no photo credit, not open like an author's bio ("<Name> is a ..."), not follow a caption
    or a photo credit (a picture's caption may print its text and its credit on lines of
    their own), and be printed nowhere else on the page (a teaser's blurb or a picture's alt
    text is printed twice). Past those scraps a shorter line is as likely a site's slogan or
    a teaser's title, and a line ending on "!" a call to share or a teaser's hook, as a
    standfirst.
    """
    text = block.text
    if not block.ends_sentence or block.n_words < DEK_LONG_WORDS or text.endswith("!") or \
            split_credit(text) is not None or BIO_START.match(text):
        return False
    if block.index and doc.blocks[block.index - 1].label is CAPTION:
        return False  # a picture's caption printed on its own line beside its credit
    return not doc.printed_elsewhere(block)


def _lead_above_byline(doc: Doc, lead: Block) -> None:
    """The article's opening paragraphs, printed between the headline and the byline.

    Signal: length. Some pages print the first paragraphs of the article above its byline
    and dateline, and the region then starts under them (see region.header_inside_region);
    a standfirst, a caption or a teaser's blurb is never longer than DEK_MAX_WORDS words.
    The first text under the headline that is a paragraph that long, and the prose
    paragraphs right after it up to the next decided block, are body text.
    """
    for block in doc.blocks[lead.index : doc.start]:
        if block.label is not UNKNOWN or not is_prose(block):
            break
        block.set(BODY, "lead_above_byline")


def _standfirst_above_body(doc: Doc, headline: Block) -> None:
    """The standfirst set right above the first paragraph, below other header lines.

    Signal: adjacency to the body. The first line under the headline may be a kicker, a
    teaser or a breadcrumb, and then dek() finds no standfirst there; but a line of text
    that stands right above the region's first paragraph (only captions, bylines and
    datelines between) and under the headline, shaped like a dek (DEK_MIN_WORDS or more, a
    full sentence, DEK_LONG_WORDS or more, or cut off with an ellipsis that the body picks
    up), is the article's lead-in text, not a menu entry. A line with a photo credit (or
    closing on a bracketed one) is the caption of a lead picture, and a line printed again
    elsewhere on the page (as the picture's alt text or a teaser) is not a standfirst either.
    """
    pos = doc.start - 1
    while pos > headline.index and doc.blocks[pos].label in (CAPTION, BYLINE, DATELINE):
        pos -= 1
    block = doc.blocks[pos]
    if pos > headline.index and block.label is UNKNOWN and \
            DEK_MIN_WORDS <= block.n_words <= DEK_MAX_WORDS and \
            (block.ends_sentence or block.n_words >= DEK_LONG_WORDS or block.text.endswith(ELLIPSES)) and \
            not block.text.endswith(")") and split_credit(block.text) is None and not doc.printed_elsewhere(block):
        block.set(DEK, "standfirst_above_body")
