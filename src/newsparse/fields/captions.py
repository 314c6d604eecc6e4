"""Photo captions: split the caption text from its credit ("(AP Photo/Jane Roe)")."""

from __future__ import annotations

import re
from functools import lru_cache

from newsparse.article import Caption

# Words that mark a photo credit, in a trailing parenthesis or after a label.
CREDIT_WORDS = (
    r"photo|photograph|foto|image|picture|credit|courtesy|getty|reuters|\bap\b|afp|epa|"
    r"shutterstock|alamy|images|pool|handout|file|dpa|anadolu|imago|bloomberg|xinhua|sipa|"
    r"illustration|graphic|screenshot|video still|bildquelle|bildnachweis|fotoquelle"
)
# A trailing bracket with a credit word, or "(Name/Agency)", also as the source of the picture
# ("(Source: Jane Roe/Example Images)": a source of facts names no slashed photographer and
# agency): names hold no figures, so "[V1 / V2 Remake]" (a source or edition note) is no credit.
# The labelled form ("(Quelle: Jane Roe/Example Images)") closes a caption's few words: at the
# end of a paragraph of several sentences or many words it is the source of the paragraph's
# facts ("… rose by four percent. (Source: Harbour Office/Port Authority)"), and the paragraph
# is no caption (a credit word in the bracket matches the first form, whatever the length).
SOURCE_CAPTION_MAX_WORDS = 20
SENTENCE_BREAK = re.compile(r"[.!?][\u201d\"'’)]?\s+[\u201c\"'„‚(]?[A-ZÀ-Þ]")
TRAILING_PAREN_CREDIT = re.compile(
    rf"(?:(?<!\s)\s+)?[\[(](?P<credit>[^()\[\]]{{0,80}}?(?i:{CREDIT_WORDS})[^()\[\]]{{0,80}}"
    r"|(?P<source>(?i:quelle|source|fuente|fonte)\s?:\s?)?"
    r"[A-Z](?:[^\W\d_]|[.'\u2019 -]){1,40}\s?/\s?[A-Z](?:[^\W\d_]|[.'\u2019 &/-]){1,40})[\])]\s*$"
)
# The label follows the start, a sentence's end, or a separator: a bar or a dash, or a hyphen
# with a space on one side at least ("… harbour - Photo: Jane Roe"; a hyphen glued on both
# sides joins a compound: "the „Blue Lake“-Photo: what it shows" is a title, not a credit).
LABELLED_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\u201d\"'])\s+|(?:(?<!\s)\s+)?[|\u2014\u2013]\s*|(?<!\s)\s+-\s*|-\s+)"
    r"(?P<label>photo(?:graph)?s?|pictures?|images?|credit|photo credit|foto|bild|source|video|"
    r"illustration)\s*(?:by|:)\s*(?P<credit>[^.:]{2,100}?)\s*\.?\s*$",
    re.I,
)
CREDIT_LABEL = re.compile(
    r"^\s*(?:photo(?:graph)?|picture|image|credit|photo credit|(?:foto|bild)(?:credit|nachweis|quelle)?|"
    r"quelle|source|fuente|fonte)\s*(?:by|:)\s*",
    re.I,
)
LEADING_CREDIT = re.compile(
    r"^(?P<label>photo(?:graph)?|picture|image|credit|foto)\s*(?:by|:)\s*(?P<credit>[^.]{2,80}?)[.:]\s+(?=[A-Z])",
    re.I,
)
# "… on Tuesday. Jane Roe/Getty Images": a Name/Agency credit after the last sentence.
SLASH_CREDIT = re.compile(
    r"(?:(?<=[.!?\u201d\"'])\s+|^)(?P<credit>(?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*\s?/\s?(?:[A-Z][\w.&'’-]*\s?){1,4})\s*$"
)
# A block that is only a credit: "Photo: Jane Roe/Reuters", or "Jane Roe/Getty Images".
# German and Dutch labels glue the credit word on ("Fotocredit:", "Bildnachweis:", "Bildquelle:").
CREDIT_LINE = re.compile(
    r"^(?:photo(?:graph)?|picture|image|credit|photo credit|(?:foto|bild)(?:credit|nachweis|quelle)?)"
    r"\s*(?:by|:)\s*\S.{1,80}$",
    re.I,
)
NAME_SLASH_AGENCY = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s){1,4}[A-Z][\w.'’-]*\s?/\s?(?:(?i:getty images|reuters|ap|afp|epa|"
    r"shutterstock|alamy|bloomberg|dpa|imago|pool|handout)|[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,3})$"
)

# After "Photo:" or "Bild:", a sentence this long is the caption itself, not a credit.
LABELLED_SENTENCE_WORDS = 5
# A copyright line that names a photographer or an agency ("© Jane Roe", "© Getty Images"), not
# a site's footer (which gives a year, "All rights reserved" or a row of links).
LEGAL_WORDS = re.compile(r"\b(?:rights|reserved|rechte|vorbehalten)\b", re.I)
COPYRIGHT_CREDIT = re.compile(rf"^©\s?(?!.*{LEGAL_WORDS.pattern})[^\W\d_][^©\d|•]{{1,50}}$", re.I)
COPYRIGHT_MAX_WORDS = 5
# A copyright credit after the caption: "… on the quay. - © Jane Roe - Example Images". It
# names no year ("© 2024 …" closes a page's footer, see label.signals.LEGAL_NOTICE).
TRAILING_COPYRIGHT = re.compile(
    r"(?<=[.!?\u201d\"')])\s+(?:[-\u2013\u2014|]\s*)?©\s?(?P<credit>(?!\d)[^©\d|•]{2,60})$"
)
# A Name/Agency pair alone in parentheses: "(Jane Roe / The Daily Example)".
PAREN_NAME_SLASH = re.compile(r"^\((?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*\s?/\s?(?:[A-Z][\w.&'’-]*\s?){1,5}\)$")


# The label words of a labelled credit ("Photo: …", "Bild: …").
CREDIT_LABEL_WORDS = ("photo", "picture", "image", "credit", "foto", "bild", "source", "video", "illustration")
# Something every credit form below contains (checked first: most blocks have none).
CREDIT_CUES = ("(", "[", "/", "©", *CREDIT_LABEL_WORDS)
CREDIT_CUE = re.compile("|".join(map(re.escape, CREDIT_CUES)))


def _may_hold_credit(text: str) -> bool:
    return CREDIT_CUE.search(text.lower()) is not None


def _caption_length(text: str) -> bool:
    """Whether the text before a labelled source is as short as a caption: at most
    SOURCE_CAPTION_MAX_WORDS words and one sentence."""
    return len(text.split()) <= SOURCE_CAPTION_MAX_WORDS and SENTENCE_BREAK.search(text.strip()) is None


def _has_credit_label(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in CREDIT_LABEL_WORDS)


@lru_cache(maxsize=4096)
def split_credit(text: str) -> Caption | None:
    """The caption and its credit when the text carries a credit; otherwise None (kept per
    text, as Caption is immutable: several rules ask about the same lines, and pages repeat
    lines)."""
    text = text.strip()
    if not _may_hold_credit(text):
        return None  # every credit form has a bracket, a slash or a credit word
    # What each form cannot do without is tested before its pattern (each pattern is searched
    # at every position of the text, which costs more than these three tests).
    cues = (text.endswith((")", "]")), _has_credit_label(text), "/" in text)
    for pattern, cue in zip((TRAILING_PAREN_CREDIT, LABELLED_CREDIT, SLASH_CREDIT), cues, strict=True):
        m = pattern.search(text) if cue else None
        if m and pattern is TRAILING_PAREN_CREDIT and m.group("source") and not _caption_length(text[:m.start()]):
            m = None  # the source of a paragraph's facts, not a picture's credit
        if m and m.start() > 0:
            body = text[:m.start()].strip()
            credit = CREDIT_LABEL.sub("", m.group("credit")).strip(" .;,")
            if credit and body:
                return Caption(_clean(body), credit)
    m = TRAILING_COPYRIGHT.search(text) if "©" in text else None
    if m and len(m.group("credit").split()) <= COPYRIGHT_MAX_WORDS + 1 and \
            not LEGAL_WORDS.search(m.group("credit")):
        return Caption(_clean(text[:m.start()]), m.group("credit").strip(" .-"))
    m = LEADING_CREDIT.match(text)
    if m:
        return Caption(_clean(text[m.end():]), m.group("credit").strip())
    return None


@lru_cache(maxsize=4096)
def credit_only(text: str) -> str | None:
    """The credit when the whole text is a credit line ("Photo: Jane Roe/Reuters"); kept per
    text (several rules ask about the same lines)."""
    text = text.strip()
    if text[:1] == "©" and len(text.split()) <= COPYRIGHT_MAX_WORDS and COPYRIGHT_CREDIT.match(text):
        return text[1:].strip(" .")
    if text[:1] == "(" and PAREN_NAME_SLASH.match(text):
        return text[1:-1].strip()
    # (NAME_SLASH_AGENCY cannot match without its slash: the cheap test first.)
    if len(text) > 100 or not (CREDIT_LINE.match(text) or ("/" in text and NAME_SLASH_AGENCY.match(text))):
        return None
    m = CREDIT_LABEL.match(text)
    if m and text.endswith(".") and len(text[m.end():].split()) >= LABELLED_SENTENCE_WORDS:
        return None  # "Image: A drone approaches the carrier.": the label heads a caption, not a credit
    return text[m.end():].strip(" .") if m else text.strip(" .")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" |\u2014\u2013-")
