"""Text-browser dumps that number their links: ``lynx -dump`` and ``elinks -dump`` by default,
``w3m -dump -o display_link_number=1``.

Such a dump prints a number in brackets before each link's text ("[12]Harbour news") and
lists the links' addresses at the end, under "References". The numbers and the list are
the renderer's, not the page's: they go, and what they tell is kept, which text is a link's
(the link density a scraper's dump cannot give).
"""

from __future__ import annotations

import re

# The list of addresses that ends the dump: "References", a blank line, then "1. http://…"
# (the first number listed may be higher: w3m leaves out links within the page). Each item
# is an address alone ("https:", "file:", "mailto:", a path): an article's own list of
# references ("1. Smith, J. (2020) …") is text.
# (lynx may first print "Visible links:"; "Hidden links:" follows inside the list); w3m's
# (``-o display_link_number=1``) reads "References:" and "[1] http://…".
REFERENCES = re.compile(r"^References:?\n\n(?:[ \t]*(?:Visible|Hidden) links:?\n)?"
                        r"[ \t]*(?:\d{1,5}\.|\[\d{1,5}\]) (?:[a-zA-Z][\w+.-]{1,15}:|/)\S*[ \t]*$", re.M)
# The links of the page's <head> (alternate languages, feeds), which lynx prints first, the
# first one marked "#": one paragraph, up to the first blank line.
HEAD_LINKS = re.compile(r"\A[ \t\n]*#\[\d{1,5}\][^\n]*(?:\n[ \t]*\S[^\n]*){0,500}")
# A link's number before its text.
LINK_NUMBER = re.compile(r"\[\d{1,5}\]")
LINK_RUN_WORDS = 12  # a menu entry's or a headline's link; a longer run after a number is prose


def without_references(text: str) -> tuple[str, bool]:
    """The dump without its closing list of link addresses and without the links of the
    page's head that open it, and whether it had such a list (then its lines number their
    links: see unnumber). Cheap test first: the list's heading."""
    if "References" not in text:
        return text, False
    lists = list(REFERENCES.finditer(text))
    if not lists:
        return text, False
    text = text[: lists[-1].start()]  # the last one: a page may print the word itself
    return HEAD_LINKS.sub("", text, count=1), True


def unnumber(line: str) -> tuple[str, int]:
    """A line without its link numbers, and how many of its characters are link text.

    Signal: the renderer marks where each link starts, not where it ends. Links that open
    the line, one after another ("[3]Home [4]News", a teaser's headline), each run to the
    next number or the line's end, while that is at most LINK_RUN_WORDS words; a link inside
    a sentence ("the [8]harbour board said") is taken for its first word, which is what most
    links in a paragraph are: a name, a term.
    """
    marks = list(LINK_NUMBER.finditer(line))
    if not marks:
        return line, 0
    linked = 0
    opening = not line[: marks[0].start()].strip()
    for i, mark in enumerate(marks):
        text = line[mark.end() : marks[i + 1].start() if i + 1 < len(marks) else len(line)]
        words = text.split()
        if opening and len(words) <= LINK_RUN_WORDS:
            linked += len(text.strip())
        else:
            opening = False
            linked += len(words[0]) if words else 0
    out = LINK_NUMBER.sub(_unglued, line).strip()
    return out, min(linked, len(out))


def _unglued(mark: re.Match[str]) -> str:
    """What a link's number leaves: a space where it stood right after other text. Lynx
    prints the texts of adjacent links without a space ("[4]Home[5]News"), the number alone
    keeping them apart."""
    start = mark.start()
    return " " if start and not mark.string[start - 1].isspace() else ""
