"""Bytes to text, and telling HTML from a plain-text dump by the content itself."""

from __future__ import annotations

import codecs
import re
import unicodedata

from newsparse.errors import ParseError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
HTML_SIGNATURE = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|span|a|meta|title|br)[\s>/]",
    re.I,
)
# Text that opens as an HTML document or its head (elements no text renderer prints), and the
# share of lines with a tag that markup has.
DOCUMENT_START = re.compile(
    r"(?:<\?xml[^>]{0,200}>\s*)?<(?:!doctype\s+html|!--|(?:html|head|script|style|meta|link)[\s>])", re.I)
TAG_LINES_MIN_SHARE = 0.2
# How a document's markup ends ("</body>", "</html>", maybe followed by a comment or a script).
DOCUMENT_END = re.compile(r"</(?:html|body)\s*>", re.I)
DOCUMENT_END_REACH = 20_000
DOCUMENT_TAIL_WORDS = 40
SCRIPT_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
UNSPACED_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # scripts written without spaces
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,500})?/?>")
# Magic numbers of common binary formats that sometimes end up where pages are expected.
BINARY_MAGIC = (b"\x89PNG", b"\x1f\x8b", b"%PDF", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x7fELF")
# A text with more than this share of control characters (other than whitespace) is binary.
MAX_CONTROL_SHARE = 0.05
MOJIBAKE_SAMPLE = 5000  # characters checked for mojibake before the whole text is repaired
# Mojibake is made of non-ASCII characters: ftfy only needs to see those, with a little
# context (the check costs a third of checking the whole sample, and decides the same).
NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
MOJIBAKE_CONTEXT = 3  # characters kept on each side of a run of non-ASCII characters
CONTROL_CHARS = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F))
# Characters a browser does not show: the soft hyphen (a hyphenation hint, "Wahl\u00adkampf"),
# the zero-width space and word joiner, a stray byte-order mark. Left in, they split words
# (to a search, "Wahl" and "kampf" are two). The zero-width (non-)joiners stay: Persian and
# Indic scripts spell with them. The invisible mathematical operators (function application,
# invisible times, separator and plus, U+2061-U+2064) are never shown either; a recipe
# plugin ends its lines with the separator, which hides their final stops. (An HTML page's
# "&shy;" becomes one only when parsed: see segment.html._flush.)
HIDDEN_CHARS = ("\u00ad", "\u200b", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\ufeff")
HIDDEN = re.compile(f"[{''.join(HIDDEN_CHARS)}]")
CONTROL = re.compile(f"[{re.escape(''.join(CONTROL_CHARS))}]")
# Every byte but the control characters': bytes.translate(None, NOT_CONTROL) keeps only those
# (in UTF-8 a byte below 0x80 is always the ASCII character itself).
NOT_CONTROL = bytes(byte for byte in range(256) if chr(byte) not in CONTROL_CHARS)


def to_text(source: str | bytes) -> str:
    """Decode ``source`` to str: BOM first, then UTF-8, the declared charset, then detection.

    Raises `ParseError` for binary data.
    """
    return decode(source)[0]


def decode(source: str | bytes) -> tuple[str, bytes | None]:
    """to_text, and that text in UTF-8 when nothing was dropped or repaired: bytes given in
    UTF-8 (no BOM) are handed back as they are, a str is encoded once (the control-character
    check reads the bytes too). The HTML parser reads those bytes instead of encoding again."""
    if isinstance(source, str):
        utf8 = source.encode("utf-8", "replace")  # what the HTML parser reads (see segment.hints.parse_tree)
        text = _check_text(source, utf8)
        return text, (utf8 if text is source else None)
    data = bytes(source)
    if data.startswith(BINARY_MAGIC):
        raise ParseError("binary", "input looks like a binary file, not a page")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _check_text(data[len(bom):].decode(encoding, errors="replace")), None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _check_text(data.decode(utf16, errors="replace")), None
    try:
        raw = data.decode("utf-8")
        text = _check_text(raw, data)
    except UnicodeDecodeError:
        pass
    else:
        return text, (data if text is raw else None)  # _check_text returns its argument when it changes nothing
    declared = DECLARED_CHARSET.search(data[:4096])
    if declared:
        try:
            return _check_text(data.decode(declared.group(1).decode("ascii"))), None
        except (LookupError, UnicodeDecodeError):
            pass
    return _check_text(_detect(data)), None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position of ASCII text."""
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str:
    """Guess the encoding with charset-normalizer; fall back to cp1252 (never fails)."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # pragma: no cover - detection is best effort
        pass
    return data.decode("cp1252", errors="replace")


def _check_text(text: str, utf8: bytes | None = None) -> str:
    """Reject binary-looking text; drop NUL bytes and other stray control characters; repair
    mojibake; drop the characters a browser does not show (HIDDEN_CHARS). ``utf8``: the text
    in UTF-8 when the caller has it; one C pass over those bytes (NOT_CONTROL) tells a text
    without control characters, as most are, faster than any scan of the str."""
    if utf8 is None or utf8.translate(None, NOT_CONTROL):
        sample = text[:20000]
        if sample and len(CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
            raise ParseError("binary", "input looks like binary data, not a page")
        if any(char in text for char in CONTROL_CHARS):  # 30 substring scans beat one class scan
            text = CONTROL.sub("", text)
    text = repair_mojibake(text)
    if not text.isascii() and any(char in text for char in HIDDEN_CHARS):
        text = HIDDEN.sub("", text)
    return text


def composed(text: str) -> str:
    """The text in Unicode NFC: one spelling for what reads the same. A page may write a
    letter as one code point or as a base and a combining mark (Bengali "\u09df" or
    "\u09af\u09bc", "e\u0301" for "\u00e9"); text users search or compare is composed, so
    the Article's text is too. Applied to the text a front door keeps (a dump, an HTML
    block), not to a whole page with its scripts: the check alone would cost more."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def repair_mojibake(text: str) -> str:
    """Undo text that was decoded with the wrong charset somewhere upstream ("wytoczy≈Ç" for
    "wytoczył", "Ã©" for "é"), as pages archived or rendered by other tools often are.

    ftfy (a well-kept library for exactly this) first checks a sample for the tell-tale
    character sequences, so clean text costs little and is returned unchanged. ftfy repairs
    a text only when all of it can be re-encoded; a page whose one line holds a character
    the wrong charset cannot encode (a sign, a letter typed right) keeps its mojibake, so
    such a page is repaired line by line.
    """
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    if text[:MOJIBAKE_SAMPLE].isascii() or not is_bad(_around_non_ascii(text[:MOJIBAKE_SAMPLE])):
        return text
    fixed = str(fix_encoding(text))
    if is_bad(_around_non_ascii(fixed[:MOJIBAKE_SAMPLE])):
        fixed = "".join(line if line.isascii() else str(fix_encoding(line)) for line in fixed.splitlines(keepends=True))
    return fixed


def _around_non_ascii(sample: str) -> str:
    """Mojibake lives in the non-ASCII runs and the letters beside them; only those are checked
    (found by a character class, which the engine skips to, not a pattern tried everywhere)."""
    return "\n".join(sample[max(0, m.start() - MOJIBAKE_CONTEXT) : m.end() + MOJIBAKE_CONTEXT]
                     for m in NON_ASCII_RUN.finditer(sample))


def looks_like_html(text: str) -> bool:
    """True when the text is markup: an HTML signature near the start, or many tags.

    A page dump may start with a bit of markup that the renderer printed as text (a tracking
    pixel in <noscript>); its other lines are plain text. So a text that starts with a tag but
    does not open as a document (a doctype, <html>, <head>, a <script>) is markup only when
    tags stand on at least TAG_LINES_MIN_SHARE of its first lines: markup, pretty-printed or
    minified, has them on most. Otherwise the tags must be dense among the words, counted in
    scripts without spaces (CJK) by characters, and the text must end as a document does
    (DOCUMENT_END): a dump of an article about web code quotes a doctype or a script tag in
    a code sample, with prose all around it.
    """
    head = text[:5000].lstrip()
    if DOCUMENT_START.match(head):
        return True
    if not HTML_SIGNATURE.search(head):
        return False
    if head.startswith("<"):
        return _tags_on_most_lines(head)
    tags = len(HTML_TAG.findall(head))
    words = len(head.split()) + len(UNSPACED_CHARS.findall(head)) // 2  # CJK: about two characters a word
    # A page after a few lines of text (a server's warning, saved headers) still ends as
    # markup does; a dump that quotes markup (an article on web code) ends in prose.
    return tags >= 5 and tags * 20 > words and _ends_as_markup(text)


def _ends_as_markup(text: str) -> bool:
    """Whether the text ends as a page does: with its closing tag ("</body>", "</html>"),
    after which only markup may follow (a script, a comment): at most DOCUMENT_TAIL_WORDS
    words outside tags and scripts."""
    tail = text[-DOCUMENT_END_REACH:]
    ends = list(DOCUMENT_END.finditer(tail))
    if not ends:
        return False
    after = HTML_TAG.sub(" ", SCRIPT_BLOCK.sub(" ", tail[ends[-1].end():]))
    return len(after.split()) <= DOCUMENT_TAIL_WORDS


def _tags_on_most_lines(head: str) -> bool:
    lines = [line for line in head.split("\n") if line.strip()]
    return sum(1 for line in lines if "<" in line and HTML_TAG.search(line)) >= TAG_LINES_MIN_SHARE * len(lines)
