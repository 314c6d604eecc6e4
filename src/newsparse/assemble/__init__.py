"""Labelled blocks (plus hints) to an Article: the field parsers run here; the authors and the
date are chosen in their own modules."""

from __future__ import annotations

from newsparse.article import Article, Caption, Paragraph, ParagraphKind
from newsparse.assemble.authors import choose_authors, names_writer
from newsparse.assemble.dates import choose_date
from newsparse.blocks import Block, Label
from newsparse.fields.dates import strip_label
from newsparse.label.context import (
    BIO,
    BODY,
    BOILERPLATE,
    CAPTION,
    DEK,
    HEADLINE,
    LIST_ITEM,
    NAV,
    READING_TIME,
    SUBHEADING,
    UNKNOWN,
    Doc,
    content_words,
    normalize,
)
from newsparse.label.header import (
    COLON_KICKER_RULE,
    CONTAINED_MIN_CHARS,
    HEADLINE_MAX_WORDS,
    HEADLINE_TEXT,
    NUMBERED_ITEM,
    TITLE_MIN_WORDS,
    cut_title,
    token_f1,
)
from newsparse.segment.html import HEADINGS as HEADING_TAGS
from newsparse.segment.html import KICKER
from newsparse.segment.text import TITLE_SEPARATOR

SECTION_NAME_WORDS = 3  # see _section_name_declared
# Quotation marks that end an HTML attribute's value: one inside a declared headline cuts it.
CUTTING_QUOTES = ("\"", "'")
# Word-overlap F1 from which a printed <h1> is a rewording of the declared headline.
REWORDED_MIN = 0.5
# A dump's first line this short may be the page's <title> (see _dump_title_line).
TITLE_LINE_MAX_WORDS = 20
PARAGRAPH_KINDS: dict[Label, ParagraphKind] = {
    BODY: "paragraph",
    SUBHEADING: "subheading",
    LIST_ITEM: "list_item",
}


def assemble(doc: Doc, *, url: str | None = None) -> Article:
    """Build the Article from the labelled document."""
    blocks = doc.blocks
    date = choose_date(doc)
    headline = _headline(doc)
    return Article(
        headline=headline,
        dek=_first(doc, DEK),
        byline=_byline(doc),
        authors=tuple(choose_authors(doc)),
        date=date.value if date else None,
        date_text=strip_label(date.text) if date else None,
        reading_time=_reading_time(doc),
        captions=tuple(_captions(doc)),
        paragraphs=tuple(
            Paragraph(b.text, "quote" if "blockquote" in b.path.split("/") and b.label is BODY
                      else PARAGRAPH_KINDS[b.label])
            for b in blocks if b.label in PARAGRAPH_KINDS
        ),
        author_bio=_first(doc, BIO),
        url=url,
        blocks=tuple(blocks),
    )

def _headline(doc: Doc) -> str | None:
    """The visible headline the page's declaration points at; else the declared one (a
    headline that is not shown is still the headline); else the best visible line; else
    the page's <title>. A printed main heading that rewords the declaration wins over it
    (see `_printed_headline`)."""
    visible = doc.first(HEADLINE)
    hinted = doc.hints.get("headline")
    if not isinstance(hinted, str) or not hinted:
        if visible is not None:
            if visible.rule == "headline_ending_trail":
                return NUMBERED_ITEM.sub("", visible.text)  # the trail's number is not the title's
            if visible.rule == COLON_KICKER_RULE:
                return f"{doc.blocks[visible.index - 1].text} {visible.text}"  # "Kicker: Headline"
            return visible.extras.get(HEADLINE_TEXT, visible.text)  # without a kicker glued to it
        title = next((b for b in doc.blocks[:1] if b.tag == "title" or _dump_title_line(b)), None)
        return title.text if title is not None else None
    printed = _heading_of_cut_declaration(doc, hinted) or _printed_headline(doc, hinted)
    if printed is not None:
        return printed
    heading = visible if visible is None or visible.tag != "title" else \
        next((b for b in doc.blocks if b.tag == "h1" and b.label is not CAPTION), None)
    if heading is not None and _section_name_declared(hinted, heading):
        return heading.text
    shown = _main_heading_over_unprinted(doc, hinted, visible)
    if shown is not None:
        return shown.text
    if visible is not None and visible.rule == "headline_hint" and visible.tag != "title":
        key = normalize(hinted)
        if len(key) > CONTAINED_MIN_CHARS and key in normalize(visible.text) and key != normalize(visible.text):
            return hinted  # the heading holds a kicker, a date or categories beside the headline
        return visible.text
    return hinted

def _section_name_declared(hinted: str, visible: Block) -> bool:
    """Whether the page declares a section's or the site's name as its headline ("Press
    releases", "Who we are") while a heading over the article prints a title.

    Signal: length and markup. Templates fill og:title or the JSON-LD headline with the
    section's name on every page of the section; a declared headline of a few words that
    the heading the headline rule found (a title of TITLE_MIN_WORDS words or more, set in a
    heading element) does not hold is such a name: the printed title is the article's, as a
    dump of the page, which has no declarations, says too. When the declared name matched
    only the <title>, the page's first <h1> is that heading.
    """
    return len(hinted.split()) <= SECTION_NAME_WORDS and visible.tag in HEADING_TAGS \
        and visible.n_words >= TITLE_MIN_WORDS and normalize(hinted) not in normalize(visible.text)


def _main_heading_over_unprinted(doc: Doc, hinted: str, visible: Block | None) -> Block | None:
    """The page's main heading, when the declared headline is printed nowhere on the page.

    Signal: what a reader sees. A declared headline that no line of the page holds (at
    most the <title> repeats it: the metadata copied the title, or a social card's teaser
    line) is not what the page prints over the article; its first <h1> of a title's length
    that speaks of the same thing (a content word in common with the declaration, or printed
    in the <title>) is, and it is what a dump of the page reads too.
    """
    if visible is not None and visible.rule == "headline_hint" and visible.tag != "title":
        return None  # the declaration is printed: the headline rule found it
    h1 = next((b for b in doc.blocks if b.tag == "h1" and b.n_words >= TITLE_MIN_WORDS
               and b.label is not CAPTION), None)
    if h1 is None:
        return None
    key = normalize(hinted)
    if any(key in normalize(b.text) for b in doc.blocks if b.tag != "title"):
        return None
    title = next((normalize(b.text) for b in doc.blocks[:1] if b.tag == "title"), "")
    if not content_words(h1.text) & content_words(hinted) and normalize(h1.text) not in title:
        return None  # another subject: a site's or a widget's heading
    return h1


def _heading_of_cut_declaration(doc: Doc, hinted: str) -> str | None:
    """The page's main heading (<h1>, or the heading the headline rule found) when the
    declared headline is its start, cut off.

    Signal: how declarations get cut. A CMS shortens the headline it declares to a length
    limit and marks the cut with an ellipsis ("Ten tips for the garden in a dr…"), or an
    unescaped quotation mark in the headline ends the attribute that holds it early
    (content="Mayor calls the plan "a folly"" declares "Mayor calls the plan"). The <h1>
    that opens with the words the declaration kept whole (see header.cut_title), or with
    the whole declaration right before a quotation mark, is the headline in full. A heading
    that goes on after the declaration otherwise (a dek or a date run into it) is left to
    the other rules.
    """
    cut = cut_title(hinted)
    for block in doc.blocks:
        if (block.tag != "h1" and (block.label is not HEADLINE or block.tag == "title")) \
                or not 1 <= block.n_words <= HEADLINE_MAX_WORDS or KICKER in block.extras:
            continue
        if cut is not None and normalize(block.text).startswith(cut):
            return block.text
        if block.text.startswith(hinted) and block.text[len(hinted):].lstrip()[:1] in CUTTING_QUOTES:
            return block.text
    return None


def _printed_headline(doc: Doc, hinted: str) -> str | None:
    """The page's main heading (<h1>) when the declarations confirm it or reword it.

    Signal: pages rewrite their headline for search engines and social cards, so the
    JSON-LD headline, og:title and twitter:title often differ from each other and from the
    printed heading. A printed <h1> that any declaration repeats is the headline as
    published (whatever label the heading got: a heading inside a header or a banner is
    still the article's); failing that, an <h1> that shares most of its words with the
    declared headline is the printed wording of the same headline. The <title> is not
    printed: it carries the site's name.
    """
    declared = doc.hints.get("headlines")
    keys = {normalize(t) for t in ([hinted] + (declared if isinstance(declared, list) else [])) if isinstance(t, str)}
    keys.discard("")
    headings = [b for b in doc.blocks if "h1" in b.path.split("/") and 1 <= b.n_words <= HEADLINE_MAX_WORDS
                and KICKER not in b.extras]  # the kicker the page set apart inside its heading
    confirmed = next((b for b in headings if normalize(b.text) in keys), None)
    if confirmed is None:
        confirmed = next((b for b in doc.blocks if b.label is HEADLINE and b.tag != "title"
                          and normalize(b.text) in keys), None)
    if confirmed is not None:
        return confirmed.text
    key = normalize(hinted)
    title = next((b.text for b in doc.blocks[:1] if b.tag == "title"), "")
    site = {normalize(parts[-1]) for parts in (TITLE_SEPARATOR.split(t) for t in (hinted, title)) if len(parts) > 1}
    scored = [(token_f1(b.text, hinted), b) for b in headings if b.label is not CAPTION
              and key not in normalize(b.text)  # a kicker, a date or a dek beside the headline
              and normalize(b.text) not in site]  # the site's name, as the title's last part
    best = max(scored, key=lambda t: t[0], default=None)
    if best is not None and REWORDED_MIN <= best[0] < 1.0:
        return best[1].text
    return None

def _dump_title_line(block: Block) -> bool:
    """Whether a dump's first block reads as the page's <title> line.

    Signal: a scraper's dump (``get_text``) begins with the page title, flush left and
    short; a layout renderer indents its first line (navigation) and a reader's copy starts
    with text. When no line was labelled headline, that title is the best guess left, as
    it is for HTML.
    """
    return (block.index == 0 and block.tag is None and block.indent == 0 and not block.bullet
            and 1 <= block.n_words <= TITLE_LINE_MAX_WORDS and not block.ends_sentence
            and block.label in (UNKNOWN, NAV, BOILERPLATE))

def _first(doc: Doc, label: Label) -> str | None:
    block = doc.first(label)
    return block.text if block is not None else None

def _byline(doc: Doc) -> str | None:
    """The first byline's text (not a role line the byline rules kept with it)."""
    return next((b.text for b in doc.blocks if names_writer(b)), None)

def _reading_time(doc: Doc) -> int | None:
    """The minutes of the page's reading-time badge ("4 min read"), if it prints one."""
    badge = doc.first(READING_TIME)
    return int(badge.extras["minutes"]) if badge is not None else None

def _captions(doc: Doc) -> list[Caption]:
    out: list[Caption] = []
    caption = CAPTION  # (a local name: the loop reads it for every block)
    for block in doc.blocks:
        if block.label is not caption or "credit_of" in block.extras:
            continue
        credit = block.extras.get("credit") or None
        out.append(Caption(block.extras.get("caption", block.text), credit))
    return out
