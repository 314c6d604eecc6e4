"""Markdown-style dumps (html2text, markdownify, pandoc): markup out, structure kept.

Such dumps carry their links as ``[text](url)``, images as ``![alt](url)``, headings as
``# Title`` and emphasis as ``**bold**``. The link targets and image addresses are not text
of the page; the heading level is a feature the label rules use (like an HTML heading).
"""

from __future__ import annotations

import re

IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
LINK = re.compile(r"\[([^\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]*\)){0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
REFERENCE_LINK = re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,50}\]")
REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]{1,100}\]:\s+\S+.*$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
QUOTE = re.compile(r"^>\s?")
EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# A dump is taken for Markdown when it has this many links or headings in Markdown form.
MIN_MARKS = 3
MARKS = re.compile(r"\]\((?:https?:|/|#|mailto:|javascript:)|^#{1,6}\s", re.M)


def looks_like_markdown(text: str) -> bool:
    """True when the dump writes links and headings in Markdown."""
    return len(MARKS.findall(text[:100_000])) >= MIN_MARKS


def unmark(line: str) -> tuple[str, int]:
    """A line without Markdown markup, and its heading level (0 for none).

    A reference definition ("[1]: http://…") gives an empty line.
    """
    if REFERENCE_DEFINITION.match(line):
        return "", 0
    level = 0
    heading = HEADING.match(line)
    if heading:
        level, line = len(heading.group(1)), heading.group(2)
    line = QUOTE.sub("", line)
    line = IMAGE.sub(" ", line)
    line = LINK.sub(r"\1", line)
    line = REFERENCE_LINK.sub(r"\1", line)
    line = EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", line)
    line = ESCAPE.sub(r"\1", line)
    return line.strip(), level
