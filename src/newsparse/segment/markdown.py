"""Markdown-style dumps (html2text, markdownify, pandoc): markup out, structure kept.

Such dumps carry their links as ``[text](url)``, images as ``![alt](url)``, headings as
``# Title`` and emphasis as ``**bold**``. The link targets and image addresses are not text
of the page; the heading level is a feature the label rules use (like an HTML heading).
"""

from __future__ import annotations

import re

# Link text and image alt text may hold one level of brackets ("[Video [2:10]](url)"); a link
# title may hold quotation marks of its own ("Open "Page"") and ends at the quote before ")".
# Alt text may be a whole photo caption (html2text writes it in full, often several hundred
# characters): shorter caps left a linked teaser card's markup in the text as prose.
_LABEL = r"(?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,2000}"
_TITLE = r"(?:\s+\"(?:[^\"\n]|\"(?!\))){0,300}\")?"
# A link's or an image's target: no spaces, one level of parentheses ("/wiki/Pier_(Harbour)").
_TARGET = r"(?:[^()\s]|\([^()\s]*\)){0,2000}"
# An image's address may be a "data:" URI that holds the picture itself, spaces and quotes
# and all: html2text writes a lazy-loading placeholder's inline SVG as the page has it
# ("![](data:image/svg+xml,%3Csvg xmlns="…" viewBox="0 0 60 60"%3E%3C/svg%3E)").
IMAGE = re.compile(r"!\[" + _LABEL + r"\]\((?:data:[^()\n]{0,5000}|" + _TARGET + r")" + _TITLE
                   + r"\)")
# A mail link's target may hold spaces: html2text writes the href as the page has it, and
# a "mailto:" address often carries a subject ("mailto:desk@example.org?subject=Reader
# feedback for …"), which would otherwise leave the link's markup in the text.
LINK = re.compile(r"\[(" + _LABEL + r")\]\((?:mailto:[^()\n\"]{0,500}|" + _TARGET + r")" + _TITLE
                  + r"\)")
# A link whose text spans several lines (a block element inside <a>) leaves its opening "["
# at the end of one line and its closing "](url)" at the start of a later one.
LINK_CLOSE = re.compile(r"^\](?:\(" + _TARGET + _TITLE + r"\))?\s*")
LINK_OPEN = re.compile(r"(?:^|\s)\[\s*$")
# The other form of such a link (markdownify, a card linked as a whole): its opening "[" starts
# the first line of its text, and its "](url)" ends the last one ("[Kicker" / "Teaser text" /
# "by Jane Doe](/story)").
LINK_TAIL = re.compile(r"\]\(" + _TARGET + _TITLE + r"\)$")
# A link's text spans at most this many lines of a dump (see link_spans).
LINK_SPAN_MAX_LINES = 8
# What a line does to a link spanning lines (see unmark): opens one before its text or after
# it, closes one after its text or before it; or closes one before its text and opens the
# next after it (two cards linked in a row: "](/story-one)[").
OPENS_AT_START, OPENS_AFTER, CLOSES_AT_END, CLOSES_BEFORE, CLOSES_THEN_OPENS = 1, 2, 3, 4, 5
# Emphasis left empty by an icon element ("<i class=icon></i>" gives "__" or "****").
EMPTY_EMPHASIS = re.compile(r"(?<![\w*])(?:__|\*\*){1,10}(?![\w*])|(?<![\w*_])(?:__|\*\*){1,10}(?=\w)")
REFERENCE_LINK = re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,50}\]")
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]{1,100}\]:\s+\S+.*$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Pandoc's own Markdown keeps what the page's markup said as attributes in braces after a link,
# an image or a span ("![Pier](/pier.jpg){.wide width="800"}", "[Updated]{.small}"), and its
# elements as fenced divs (":::: {#main .content}" ... "::::"): the braces and fences go.
PANDOC_ATTRIBUTE = r"\{(?:[#.][\w-]|[\w-]+=)[^{}\n]{0,3000}\}"  # "{#id", "{.class", "{key=": pandoc's syntax
ATTRIBUTES = re.compile(r"(?<=\))" + PANDOC_ATTRIBUTE)
HEADING_ATTRIBUTES = re.compile(PANDOC_ATTRIBUTE + "$")  # "# Title {#title .post-title}"
SPAN_DEPTH = 3  # spans nest in pandoc's Markdown: one level comes off in each pass
SPAN = re.compile(r"\[([^\[\]\n]{0,500})\]" + PANDOC_ATTRIBUTE)
# Pandoc wraps its Markdown at 72 columns, attribute lists and all: a list of a link's or a
# span's attributes may go on over several lines, and a quoted value may hold braces of its
# own ('onclick="f() {…}"'), which PANDOC_ATTRIBUTE does not read (see one_line_attributes).
WRAPPED_ATTRIBUTE = re.compile(r'(?<=[\])])\{(?:[#.][\w-]|[\w-]+=)(?:[^{}"\n]|"[^"]{0,3000}"|\n(?![ \t]*\n)){0,3000}\}')
# Pandoc writes a raw inline element it keeps as inline code marked as HTML ("`<style>…</style>`{=html}",
# in a longer fence when the element holds a backtick: "``<script>f(`x`)</script>``{=html}").
RAW_INLINE_END = "`{=html}"
# Pandoc's Markdown writes a hard line break (<br>) as a backslash that ends the line.
HARD_BREAK = "\\"
# The elements a converter passes through as raw HTML (a text's "<Enter>" or "<two points"
# names none of them).
HTML_ELEMENTS = (
    "a abbr address article aside audio b bdi bdo blockquote br button caption center cite code col colgroup dd "
    "del details dfn div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 header hr i "
    "iframe img input ins kbd label legend li main mark nav noscript object ol option p picture pre q s samp "
    "section select small source span strong sub summary sup svg table tbody td template textarea tfoot th thead "
    "time tr u ul var video wbr"
).split()
# Markup a converter kept as it was (pandoc's gfm writes a <div>, an <img>, a <span> it cannot
# express in Markdown as raw HTML): an element's tag (not after a backslash, which escapes
# a text's "<"), its attributes over several lines perhaps, or a comment.
RAW_TAG = re.compile(r"<!--[^<]{0,3000}?-->|(?<!\\)</?(?:" + "|".join(sorted(HTML_ELEMENTS, key=len, reverse=True))
                     + r")(?=[\s/>])[^<>]{0,3000}>", re.S | re.I)
# An image's data inlined in an attribute ('src="data:image/png;base64,…"'): a converter keeps
# it whole on one line, often longer than RAW_TAG reads into a tag (see without_markup).
DATA_URI = re.compile(r'(?<==)(["\'])data:[\w/+.-]{1,80};base64,[A-Za-z0-9+/=]{0,10000000}\1')
# A line that opens a Markdown block of its own: a heading, a list item, a quote, a table
# row, a code or div fence (see without_markup).
MARKDOWN_BLOCK = re.compile(r"[ \t]{0,16}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||```|:::)")  # (nested items indent)
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A page's code listing, whose lines may read as Markdown ("# install the tools").
CODE_ELEMENT = re.compile(r"<(pre|code)\b", re.I)
# A style sheet or a script a converter kept, with its content (see without_markup).
STYLE_OR_SCRIPT = re.compile(r"<(style|script)\b", re.I)
# Markup that only a page has, never a converter's output: its document and its head (a
# style sheet or a script in the page's body a converter keeps: see markdown_with_markup).
DOCUMENT_TAG = re.compile(r"<(?:!doctype|html|head|body|title|meta|link)[\s>]", re.I)
QUOTE = re.compile(r"^>\s?")
# html2text keeps the space that opened a bold element inside its marks too ("** by Jane Doe**").
EMPHASIS = re.compile(r"(\*\*|__)\s?(?=\S)(.+?)(?<=\S)\1"
                      # an emphasis glued to the capital of the next element ("*by*Jane Doe")
                      r"|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?:(?![\w*])|(?=[A-ZÀ-ÖØ-Þ]))"
                      r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?:(?![\w_])|(?=[A-ZÀ-ÖØ-Þ]))"
                      # html2text keeps the space that ended the element inside: "_Text: Jane Doe _"
                      r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)\s+_(?=\s|$)")
# An emphasis across a hard line break: its one mark opens the line before the break ("_The
# harbour at dawn, grey and still") and the other closes the line after it ("the ferry's horn
# sounding_"), with no pair in either line. The mark stands at the line's edge, against its text.
LONE_OPENING_MARK = re.compile(r"^(\s*)_(?=[^\s_])")
LONE_CLOSING_MARK = re.compile(r"(?<=[^\s_\\])_(\s*)$")
# Emphasis nests ("**_Jane Doe_**", "***Jane Doe***": bold and italic on one text): each pass
# takes one level off, up to this many.
EMPHASIS_DEPTH = 3
GLUED_WORD_REACH = 40  # characters read back for the word a bold text is glued to (see _emphasised)
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # any ASCII punctuation (pandoc escapes quotes too)
# Pandoc's Markdown writer with its "smart" extension (on by default) writes typographic marks
# as ASCII: a curly quote as a straight one, an em dash as "---", an en dash as "--", an
# ellipsis as "..."; the ASCII marks the page itself had it escapes ("\\'", "\\\"", "\\--",
# "\\..."). See written_smart and curled.
SMART_EVIDENCE = re.compile(r"""\\['"]|\w---\w|\w --- \w""")
SMART_MIN_EVIDENCE = 2  # one escaped quote may be a page's own backslash; two are the writer's
SMART_TOKEN_REACH = 100  # characters read around a mark for the address it may sit in
ADDRESS_CHARS = frozenset("/%=")  # a mark inside a web address or a query is no evidence
CURLY_MARKS = ("\u2019", "\u201c", "\u201d", "\u2014")  # what such a dump no longer holds in its text
# (A longer run of dashes or dots is a rule or a table's border, not a mark.)
SMART_MARKS = re.compile(r"""\\\.\.\.|\\[!-/:-@\[-`{-~]|(?<!-)---?(?!-)|(?<!\.)\.\.\.(?!\.)|["'\u201e]""")
SMART_ASCII = {"---": "\u2014", "--": "\u2013", "...": "\u2026"}
OPENING_BEFORE = frozenset("([{-/\u2014\u2013")  # a quote after one of these (or a space) opens
# A dump is taken for Markdown when it has this many links or headings in Markdown form.
MIN_MARKS = 3
# A link's target or a heading's hashes. Two patterns that each open with a literal (the engine
# jumps to it) instead of one alternation tried at every character of the page.
LINK_MARK = re.compile(r"\]\((?:https?:|/|#|mailto:|javascript:)")
HEADING_MARK = re.compile(r"\n#{1,6}\s")  # sought in the text after a newline


def looks_like_markdown(text: str) -> bool:
    """True when the dump writes links and headings in Markdown."""
    sample = text[:100_000]
    return len(LINK_MARK.findall(sample)) + len(HEADING_MARK.findall("\n" + sample)) >= MIN_MARKS


def markdown_with_markup(text: str) -> bool:
    """Whether a text that holds HTML tags is a Markdown dump that kept some of the page's
    markup (see RAW_TAG) rather than a page.

    Signal: what a converter keeps. Pandoc's gfm and commonmark writers pass the elements
    they cannot express through as raw HTML, so the dump has tags on many lines, but it
    writes links, headings and emphasis in Markdown and never keeps the page's document or
    head (DOCUMENT_TAG; it keeps the style sheets and scripts of the page's body); a page,
    even a fragment, has no Markdown marks outside its code (a listing's "# comment" lines
    in ``<pre>`` or ``<code>``, a script's or a style sheet's text, are not counted:
    CODE_ELEMENT, STYLE_OR_SCRIPT).
    """
    sample = text[:100_000]
    if DOCUMENT_TAG.search(sample) is not None:
        return False
    if "<style" in sample or "<script" in sample:
        sample = without_elements(sample, STYLE_OR_SCRIPT)
    return looks_like_markdown(without_elements(sample, CODE_ELEMENT) if "<pre" in sample or "<code" in sample
                               else sample)


def without_elements(text: str, opening: re.Pattern[str]) -> str:
    """The text without the elements whose start tag ``opening`` finds, content and all (a
    style sheet, a script, a code listing). An element never closed stays, and so does the
    rest of the text after it: each element costs one search for its end tag (a pattern
    that looked for the end tag at every unclosed start would scan the text once per start)."""
    lower = text.lower()
    out: list[str] = []
    pos = 0
    while (found := opening.search(text, pos)) is not None:
        close = lower.find(f"</{found.group(1).lower()}", found.end())
        end = lower.find(">", close) if close >= 0 else -1
        if end < 0:
            break
        out.append(text[pos : found.start()])
        pos = end + 1
    out.append(text[pos:])
    return "".join(out)


def without_markup(text: str) -> str:
    """A Markdown dump without the raw HTML tags and comments a converter kept (see
    markdown_with_markup); their text stays, but for style sheets and scripts. Cheap test
    first: no "<", no tag.

    The converter wrapped the markup's lines with its text ("By <strong>Jane" /
    "Doe</strong>"): with the tags gone, such a line no longer shows where the wrap cut it,
    so the lines of a paragraph that held markup are joined as Markdown reads them (lines
    without a blank line between are one paragraph), unless the next one opens a block of
    its own (MARKDOWN_BLOCK: a heading, a list item, a quote, a table row, a fence) or the
    line ends on a hard break (two spaces, or pandoc's backslash).

    An image's data inlined in a tag's attribute (DATA_URI) goes first: it runs to tens of
    thousands of characters, past what RAW_TAG reads into a tag, so the tag would stay in
    the text as lines far longer than any other, and those lines would hide the width the
    converter wrapped the paragraphs at (see segment.text._wrap_width): the article's
    paragraphs would then be read line by line.
    """
    if "<" not in text:
        return text
    if "<style" in text or "<script" in text:
        text = without_elements(text, STYLE_OR_SCRIPT)  # a style sheet or a script the converter kept: no text
    if "base64," in text:
        text = DATA_URI.sub(r"\1\1", text)  # an image inlined in a tag: no text, and the tag short enough to read
    if RAW_TAG.search(text) is None:
        return text
    out: list[str] = []
    for paragraph in BLANK_LINE.split(text):
        if RAW_TAG.search(paragraph) is None:
            out.append(paragraph)
            continue
        lines = RAW_TAG.sub("", paragraph).split("\n")
        joined = [lines[0]]
        for line in lines[1:]:
            if hard_break(joined[-1]) or MARKDOWN_BLOCK.match(line) or not joined[-1].strip() or not line.strip():
                joined.append(line)  # (a line its tags filled alone is a break too)
            else:
                joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        out.append("\n".join(joined))
    return "\n\n".join(out)


def one_line_attributes(text: str) -> str:
    """A pandoc Markdown dump with each attribute list on one line, and without the raw
    inline HTML it kept.

    Signal: pandoc's attribute syntax. Pandoc wraps its Markdown at 72 columns and cuts the
    attributes of a link or a span (``{.byline itemprop="author"}``) over lines like text;
    a quoted value may hold braces. Such a list matches on no line, and the byline it
    follows keeps its markup (or the name a wrap put on the line under it reads as a
    fragment of code). A list that opens right after a link's or a span's closing bracket
    and closes before a blank line is put on the line where it opens (the text that
    follows it joins that line, as Markdown reads a paragraph's lines as one), without the
    braces inside its values. Raw inline HTML (RAW_INLINE_END), mostly a style sheet, holds no
    text of the page. Cheap tests first: no "]{" or "){", no attribute list.
    """
    if RAW_INLINE_END in text:
        text = _without_raw_inline(text)
    if "]{" not in text and "){" not in text:
        return text
    return WRAPPED_ATTRIBUTE.sub(_one_line, text)


def _without_raw_inline(text: str) -> str:
    """The text without pandoc's raw inline HTML (see one_line_attributes): each
    RAW_INLINE_END with the fence before it, back to the same fence that opened the code in
    the same paragraph (found by one search back, not a pattern that would try every
    backtick); a fence of two or more alone is code whose element went already."""
    out: list[str] = []
    pos = 0
    while (at := text.find(RAW_INLINE_END, pos)) >= 0:
        fence_start = at
        while fence_start > pos and text[fence_start - 1] == "`":
            fence_start -= 1
        end = at + len(RAW_INLINE_END)
        if at - fence_start >= 2 and (fence_start == 0 or text[fence_start - 1] == "\n") \
                and text[end : end + 1] in ("", "\n"):
            out.append(text[pos:end])  # "```{=html}" opening a line: a raw block's fence, not inline code
            pos = end
            continue
        paragraph = max(pos, text.rfind("\n\n", pos, fence_start) + 1)  # (inline code spans no blank line)
        opened = text.rfind(text[fence_start : at + 1], paragraph, fence_start)
        if opened < 0 and at > fence_start:
            opened = fence_start  # "``{=html}": the element's text is gone already (see without_markup)
        out.append(text[pos:end] if opened < 0 else text[pos:opened])
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _one_line(m: re.Match[str]) -> str:
    """An attribute list on one line, without braces inside (see one_line_attributes)."""
    inner = m.group()[1:-1]
    if "\n" not in inner and "{" not in inner and "}" not in inner:
        return m.group()
    return "{" + " ".join(inner.replace("{", " ").replace("}", " ").split()) + "}"


def written_smart(text: str) -> bool:
    """Whether a Markdown dump was written by pandoc with its "smart" extension (see
    SMART_MARKS), so that its straight quotes and ASCII dashes stand for typographic ones.

    Signal: what that writer does to the marks a page had in ASCII. It escapes them (a
    straight apostrophe becomes "\\'", a quote "\\\"") and it writes an em dash as "---"
    between words; other converters keep an ASCII quote as it is and a curly one as it is. A
    mark in a link's target or title, or in an address printed in the text, is no evidence
    (a query string may hold "\\'" or "---"), and a dump whose text still holds curly quotes
    or em dashes in number is not such a dump.
    """
    sample = text[:100_000]
    if "\\" not in sample and "---" not in sample:
        return False
    if len(SMART_EVIDENCE.findall(sample)) < SMART_MIN_EVIDENCE:
        return False  # (too few marks even in links: the links' text is not read)
    if "](" in sample:
        sample = LINK.sub(r"\1", sample)
    evidence = 0
    for m in SMART_EVIDENCE.finditer(sample):
        around = sample[max(0, m.start() - SMART_TOKEN_REACH) : m.end() + SMART_TOKEN_REACH]
        cut = m.start() - max(0, m.start() - SMART_TOKEN_REACH)
        token = around[: cut].rsplit(None, 1)[-1:] + around[cut:].split(None, 1)[:1]
        if m.group()[1:2] != " " and any(char in ADDRESS_CHARS for part in token for char in part):
            continue
        evidence += 1
    if evidence < SMART_MIN_EVIDENCE:
        return False
    return sum(sample.count(mark) for mark in CURLY_MARKS) <= evidence


def curled(line: str, low_quotes: bool = False) -> str:
    """A line of a dump pandoc wrote with its "smart" extension (see written_smart) with its
    typographic marks back and its escapes undone: "---" an em dash, "--" an en dash, "..."
    an ellipsis (not in a longer run of dashes or dots: a rule, a table's border); a straight
    quote a curly one, opening after a space, a dash or an opening bracket and before a
    non-space, closing otherwise (an apostrophe closes). The escaped marks were the page's own
    ASCII and stay ASCII. A quote opened low („…“, German) closes with the high opening mark;
    low_quotes says so for a quote that opened on an earlier line of a text that holds low
    quotes. The quotes of a value in an attribute list or left markup ('{title="…"}') are the
    writer's syntax and stay.
    """
    out: list[str] = []
    pos = 0
    value = ""  # the quote of an attribute's value ('title="…"') being read: the writer left it
    low = low_quotes  # whether the last quote opened in this line (or, before one, the text's) is low
    for m in SMART_MARKS.finditer(line):
        mark, start = m.group(), m.start()
        out.append(line[pos:start])
        pos = m.end()
        if mark[0] == "\\":
            out.append(mark[1:])
            continue
        if mark in SMART_ASCII:
            out.append(SMART_ASCII[mark])
            continue
        if mark == "\u201e":
            out.append(mark)
            low = True
            continue
        before = line[start - 1] if start else " "
        if value or before == "=":
            value = "" if value == mark else value or mark
            out.append(mark)
            continue
        after = line[pos] if pos < len(line) else " "
        opening = (before.isspace() or before in OPENING_BEFORE) and not after.isspace()
        if mark == '"':
            out.append("\u201c" if opening or low else "\u201d")
            low = low_quotes and not opening  # (a quote closed: the next one is the text's again)
        else:
            out.append("\u2018" if opening else "\u2019")
    out.append(line[pos:])
    return "".join(out)


def hard_break(line: str) -> bool:
    """Whether a line ends on a hard break (a ``<br>``, which no wrap leaves): two spaces, or
    pandoc's backslash (not an escaped one)."""
    return line.endswith("  ") or (line.endswith(HARD_BREAK) and not line.endswith(HARD_BREAK * 2))


def unmark(line: str, smart: bool = False, low_quotes: bool = False, *, breaks: bool = False,
           broken: bool = False) -> tuple[str, int, int, int]:
    """A line without Markdown markup, its heading level (0 for none), how many of its
    characters were link text (what a link density is computed from, as for HTML) and what
    it does to a link whose text spans several lines (0, or OPENS_AT_START …
    CLOSES_THEN_OPENS; see link_spans). ``breaks``: the line ends on a hard break;
    ``broken``: the line before it did (an emphasis may span the break, see LONE_OPENING_MARK).

    A reference definition ("[1]: http://…") gives an empty line. A dump pandoc wrote with its
    "smart" extension (smart, low_quotes: see written_smart) gets its typographic marks back.
    """
    if REFERENCE_DEFINITION.match(line) or line.startswith(":::"):
        return "", 0, 0, 0  # (":::": a fenced div's fence, see ATTRIBUTES)
    if "]{" in line or "){" in line:
        line = SPAN.sub(r"\1", ATTRIBUTES.sub("", line))
    level = 0
    heading = HEADING.match(line)
    if heading:
        level, line = len(heading.group(1)), heading.group(2)
        cut = line.rfind("{") if line.endswith("}") else -1  # (matched at its one place: no scan)
        if cut >= 0 and HEADING_ATTRIBUTES.match(line, cut):
            line = line[:cut].rstrip()
    line = QUOTE.sub("", line)
    line = IMAGE.sub(" ", line)
    linked = 0
    if "](" in line:
        texts = [m.group(1) for m in LINK.finditer(line)]
        linked = sum(len(t.strip()) for t in texts)
        line = LINK.sub(r"\1", line)
    for _ in range(SPAN_DEPTH):  # spans around links and images ("[[Jane Doe](/jd){.fn}]{.author}")
        if "]{" not in line:
            break
        line = SPAN.sub(r"\1", line)
    span = 0
    if line.startswith("]"):
        line, span = LINK_CLOSE.sub("", line), CLOSES_BEFORE
    elif line.endswith(")") and "](" in line and (tail := LINK_TAIL.search(line)) and "[" not in line[: tail.start()]:
        line, span = line[: tail.start()], CLOSES_AT_END
    if line.endswith("["):
        line, span = LINK_OPEN.sub("", line), CLOSES_THEN_OPENS if span == CLOSES_BEFORE else OPENS_AFTER
    elif line.startswith("[") and "]" not in line:
        line, span = line[1:], OPENS_AT_START
    line = REFERENCE_LINK.sub(r"\1", line)
    for _ in range(EMPHASIS_DEPTH):
        if "*" not in line and "_" not in line:
            break
        unmarked = EMPHASIS.sub(_emphasised, line)
        if unmarked == line:
            break
        line = unmarked
    if "__" in line or "**" in line:
        line = EMPTY_EMPHASIS.sub("", line)
    if line.count("_") == 1 and (breaks or broken):  # see LONE_OPENING_MARK
        line = LONE_OPENING_MARK.sub(r"\1", line) if breaks else line
        line = LONE_CLOSING_MARK.sub(r"\1", line) if broken else line
    if line.endswith(HARD_BREAK) and hard_break(line):
        line = line[:-1]  # pandoc's hard break
    line = curled(line, low_quotes) if smart else ESCAPE.sub(r"\1", line)
    line = line.strip()
    return line, level, min(linked, len(line)), span


def link_spans(spans: list[tuple[int, int]]) -> list[int]:
    """The lines inside links whose text spans several lines, from what each line does to such
    a link (positions and unmark's marks, in order): every line from an opening to the next
    closing, at most LINK_SPAN_MAX_LINES apart, but the line that opens after its own text or
    closes before it. An opening never closed, or closed too far below, marks nothing: a
    lone "[" is then the page's text."""
    inside: list[int] = []
    opened: tuple[int, int] | None = None
    for pos, mark in spans:
        if mark in (OPENS_AT_START, OPENS_AFTER):
            opened = (pos, mark)
        elif opened is not None:
            start, how = opened
            if pos - start <= LINK_SPAN_MAX_LINES:
                first = start + (how == OPENS_AFTER)
                last = pos - (mark == CLOSES_BEFORE)
                inside.extend(range(first, last + 1))
            opened = None
    return inside


def _emphasised(m: re.Match[str]) -> str:
    """The text of an emphasis. html2text writes an emphasis and the word after it with no
    space between them when the page set them in adjacent elements ("_by_Jane Doe",
    "_Photo:_Omar Haddad"), pandoc and markdownify too ("*by*Jane Doe", "*A question?*The
    answer"): an emphasis glued to a capital opens a new word; so
    does a bold text that opens with a capital glued to the word before it ("and**Omar
    Haddad**"). An underscore emphasis may end on the space that ended its element ("_Text:
    Jane Doe _"), a line's last emphasis too."""
    if m.group(4) is not None or m.group(3) is not None:
        text = m.group(4) if m.group(4) is not None else m.group(3)
        after = m.string[m.end() : m.end() + 1]
        return text + " " if after and after.isalpha() else text
    if m.group(2) is not None:
        # "and**Jane Doe**": html2text drops the space that opened the bold element, gluing
        # it to the word before; a capital that opens the bold text starts a new word after a
        # whole lower-case word (an emphasis inside a word, "un**believ**able", "i**P**hone",
        # "Mc**Donald**'s", goes on).
        before = m.string[max(0, m.start() - GLUED_WORD_REACH) : m.start()]
        start = len(before)
        while start and before[start - 1].isalpha():
            start -= 1
        word = before[start:]
        glued = len(word) >= 2 and word.islower()
        return " " + m.group(2) if glued and m.group(2)[0].isupper() else m.group(2)
    return m.group(3) or m.group(5) or ""


# A link to an author's page: its target's path has a segment that names authors or staff
# ("/author/jane-roe/", "/autoren/", "/people/jane-roe", "/staff/…", "/profil/…").
AUTHOR_LINK = re.compile(
    r"\[\s*(?:\*\*|__)?([^\[\]\n*_]{3,60}?)(?:\*\*|__)?\s*\]\((?:https?://[^/\s()]+)?/(?:[^/\s()]+/)*?"
    r"(?:authors?|autor(?:in|en)?|auteurs?|autore|staff|people|profile?)(?:[-_][\w-]*)?/[^()\s]*"
    r'(?:\s+"[^"\n]{0,200}")?\)', re.I)
# Link texts of a menu entry to the list of authors ("[Authors](/authors/)"), not a name.
AUTHOR_PAGE_WORDS = frozenset({"author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "staff",
                               "people", "profile", "profil", "team"})


def author_links(text: str) -> list[str]:
    """The names of the first line that links names to author pages, as the page prints them.

    Signal: the link target. A Markdown dump keeps each link's address; a byline links the
    author's name to the author's page, whose path names it ("/author/jane-roe/"), while a
    scraper's or a layout renderer's dump loses that. Only the first such line counts (a
    byline, with its co-authors): later ones credit the authors of teasers or comments. A
    link text that only names the kind of page ("Authors") is a menu entry. The names go to
    the labelled authors, which count only when no byline is printed as such. A link that
    a wrapping converter (html2text, pandoc) cut over lines ("[Jane" / "Roe](/author/jane-roe)")
    is read whole (see join_wrapped_marks). Cheap test first: a page without "](" holds no
    link.
    """
    if "](" not in text:
        return []
    from newsparse.fields.bylines import looks_like_name

    for line in join_wrapped_marks(text[:200_000].split("\n")):
        if "](" not in line:
            continue
        names = [m.group(1).strip() for m in AUTHOR_LINK.finditer(line)]
        names = [n for n in names if n.casefold() not in AUTHOR_PAGE_WORDS and looks_like_name(n)]
        if names:
            return list(dict.fromkeys(names))
    return []


# A hard-wrapped Markdown dump (html2text's default, 78 columns) cuts the text of a link or
# an image, and its address, over several lines (see join_wrapped_marks).
# The words after a hyphen that ends a word of its own ("Fähr- und Lotsendienst", "pre- and
# post-war"): a suspended compound, not a word a wrap cut at its hyphen.
SUSPENDED_NEXT = frozenset("und oder bis sowie bzw and or to nor et ou y o e en".split())
WRAPPED_MAX_LINES = 12  # an image's alt text may be a whole caption: several lines
WRAPPED_MAX_CHARS = 20000  # ... and a mark no longer than this (each line added rereads the text)
MARK_CHARS = re.compile(r"[\[\]()]")


def join_wrapped_marks(lines: list[str], ends: list[str | None] | None = None) -> list[str]:
    """The lines, with the links and images a hard wrap cut over several lines made whole.

    Signal: an unclosed mark. A wrapping renderer breaks an image's alt text and a link's
    text at spaces, and a long address at its hyphens ("…/fishing-" / "show.jpg)"); the
    marks then match on no line and their markup stays in the text. A line that ends inside
    an image's alt text, a link's text or address, or a list of attributes (pandoc's "{.wide
    width=…}"), is joined with the lines right under it, up to WRAPPED_MAX_LINES of them,
    when they close it: with a space, or with none after a hyphen inside an address. A blank
    line ends the search: a card linked as a whole puts its lines in blocks of their own
    (see link_spans); so does a line that ends on a hard break (see hard_break: a ``<br>``,
    which no wrap leaves), and such a break stays at the end of the line joined. Marks
    never closed are the page's own brackets. Cheap test first: a line without "[", "](" or
    "){" opens nothing. ``ends``, when given, receives for each line returned the last input
    line it was joined from (where the wrap cut it: see text._marked_width), or None for a
    line left as it was.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        state = _open_mark(line) if "[" in line or "](" in line or "){" in line else None
        if state is None or hard_break(line):
            out.append(line)
            if ends is not None:
                ends.append(None)
            i += 1
            continue
        joined, j = line.rstrip(), i + 1
        while j < len(lines) and j - i <= WRAPPED_MAX_LINES and lines[j].strip() and not hard_break(lines[j - 1]) \
                and len(joined) <= WRAPPED_MAX_CHARS:
            piece = lines[j].strip() + ("  " if lines[j].endswith("  ") else "")  # (a hard break stays)
            joined += piece if joined.endswith("-") and (state == "address" or cut_at_hyphen(joined, piece)) \
                else " " + piece
            j += 1
            state = _open_mark(joined)
            if state is None:
                break
        if state is None:
            out.append(joined)
            if ends is not None:
                ends.append(lines[j - 1] if j - 1 > i else None)
            i = j
        else:
            out.append(line)
            if ends is not None:
                ends.append(None)
            i += 1
    return out


def cut_at_hyphen(before: str, after: str) -> bool:
    """Whether a wrap cut a word at its hyphen ("Jane Roe-" / "Fisher", in a link's text
    too: html2text breaks at hyphens): a letter and a hyphen end the text before, a letter
    opens the text after, and it is no conjunction of a suspended compound ("Fähr-" / "und
    Lotsendienst": SUSPENDED_NEXT)."""
    return before[-1:] == "-" and before[-2:-1].isalpha() and after[:1].isalpha() \
        and after.split(" ", 1)[0].lower() not in SUSPENDED_NEXT


def _open_mark(text: str) -> str | None:
    """What a text leaves open at its end: "image" (an image's alt text), "text" (a link's
    text), "address" (a link's or an image's address), or None. (Only the brackets and
    parentheses are visited, found by a character class.)"""
    depth = 0  # brackets open
    image = False  # the outermost open bracket is an image's
    address = 0  # parentheses open in an address
    skip = -1  # the "(" that opens an address, already counted
    for m in MARK_CHARS.finditer(text):
        k, c = m.start(), m.group()
        if k == skip:
            continue
        if address:
            address += 1 if c == "(" else -1 if c == ")" else 0
        elif c == "[":
            if depth == 0:
                image = k > 0 and text[k - 1] == "!"
            depth += 1
        elif c == "]" and depth:
            depth -= 1
            if text[k + 1 : k + 2] == "(":  # (an image's address inside a link's text too)
                address, skip = 1, k + 1
    if address:
        return "address"
    if depth:
        return "image" if image else "text"
    opened = text.rfind("){")  # a Markdown attribute list that goes on (see ATTRIBUTES)
    if opened >= 0 and "}" not in text[opened:]:
        return "address"
    return None
