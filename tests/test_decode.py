"""Decoding bytes and telling HTML from text."""

from __future__ import annotations

import codecs

import pytest

import newsparse
from newsparse.decode import composed, decode, looks_like_html, to_text
from newsparse.errors import ParseError

TEXT = "Café owners in Zürich said “no” to the plan."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
)
def test_encodings(data: bytes) -> None:
    assert to_text(data) == TEXT


def test_declared_charset_is_honoured() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Café</p></body></html>'
    assert "Café" in to_text(html.encode("latin-1"))


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"%PDF-1.7\n...", bytes(range(32)) * 50])
def test_binary_is_rejected(data: bytes) -> None:
    with pytest.raises(ParseError) as err:
        to_text(data)
    assert err.value.kind == "binary"


def test_nul_bytes_are_dropped() -> None:
    clean = "A clean sentence of text. " * 10
    assert to_text("Hello\x00 world. " + clean) == "Hello world. " + clean


def test_html_detection() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("  <div class='a'><p>Text</p><p>More</p><span>x</span><a href='/'>y</a></div>")
    assert not looks_like_html("A page dump that mentions <b> once.\n\nAnd then plain text.")


def test_dump_that_prints_a_tracking_pixel_is_text() -> None:
    # A layout renderer printed a <noscript> pixel as text above an ordinary page dump.
    pixel = '  <div style="display:none"><img src="https://stats.example/p?id=1" width="1" alt=""></div>\n\n'
    lines = "\n\n".join(f"      Paragraph {i} of the story, told in plain words." for i in range(30))
    assert not looks_like_html(pixel + lines)
    cjk = "\n\n".join("    " + "\u65b0\u805e\u8a18\u4e8b" * 12 for _ in range(20))
    assert not looks_like_html("\u898b\u51fa\u3057\n\n" + pixel * 6 + cjk)  # words of CJK text are characters
    assert looks_like_html("<script>\nvar a = 1;\n" + "b = a + 1;\n" * 40 + "</script>\n<div><p>Text</p></div>")


def test_a_dump_quoting_markup_is_text_and_a_page_after_text_is_markup() -> None:
    """An article on web code quotes a whole small page in a code sample, doctype and all; its
    dump goes on in prose after it. A page saved after a few lines of text (a server's
    warning) ends as markup does, maybe with a script after its closing tag."""
    prose = "\n\n".join(f"Paragraph {i} explains how the harbour timetable page loads its script." for i in range(12))
    sample = ("<!DOCTYPE html>\n<html>\n<head>\n<script src=\"tide.js\"></script>\n"
              '<link rel="stylesheet" href="tide.css">\n</head>\n<body>\n<div id="tides"></div>\n'
              "<p>Tides</p>\n<p>Ferries</p>\n</body>\n</html>")
    dump = "Loading tide tables in the browser\n\nThe page needs three files:\n\n" + sample + "\n\n" + prose
    assert not looks_like_html(dump)
    page = ("<div><h1>Ferry fares rise</h1>" + "<p>The council met on Tuesday.</p>" * 10 + "</div></body></html>")
    warning = "Warning: session_start(): headers already sent in /var/www/index.php on line 3\n"
    assert looks_like_html(warning + page)
    assert looks_like_html(warning + page + "\n<script>var seen = " + "'a quick word and more'; " * 30 + "</script>")


def test_mojibake_is_repaired() -> None:
    clean = "Fundacja wytoczyła sprawę; the café in Zürich was naïve."
    broken = clean.encode("utf-8").decode("cp1252")
    assert broken != clean
    assert to_text(broken) == clean
    assert to_text(clean) == clean


def test_text_is_composed_nfc() -> None:
    # A letter written as base + combining mark, and a Bengali letter NFC writes as two.
    assert composed("Cafe\u0301 owners") == "Caf\u00e9 owners"
    assert composed("\u0995\u09df") == "\u0995\u09af\u09bc"
    sentence = "The cafe\u0301 owners met on Tuesday evening to talk about the new harbour timetable."
    for page in (f"<html><body><article><p>{sentence}</p></article></body></html>", f"{sentence}\n"):
        assert "caf\u00e9 owners" in newsparse.parse(page).text


def test_hidden_characters_are_dropped() -> None:
    assert to_text("Wahl\u00adkampf im Land\u200bkreis\ufeff") == "Wahlkampf im Landkreis"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a zero-width non-joiner spells it
    assert to_text(persian) == persian


def test_mojibake_is_repaired_line_by_line_when_one_line_cannot_be() -> None:
    clean = "Mieszkańcy żądają naprawy mostu; rada przegłosowała budżet na wiosnę."
    broken = clean.encode("utf-8").decode("mac_roman")
    page = f"<p>{broken}</p>\n<p>{broken}</p>\n<p>Price \u20ac 10 \u00d6\u0192\u00f4</p>\n"
    fixed = to_text(page)
    assert fixed.count(clean) == 2


def test_zero_width_joiners_survive_both_front_doors() -> None:
    # The non-joiner spells Persian words; the joiner builds emoji sequences. Text and HTML
    # input keep them alike (soft hyphens and zero-width spaces are dropped by both).
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    family = "\U0001f469\u200d\U0001f467"
    sentence = f"The council said {persian} and {family} appear in the new\u00ad signage plan for the harbour."
    for page in (f"<html><body><article><p>{sentence}</p></article></body></html>", f"{sentence}\n"):
        text = newsparse.parse(page).text
        assert persian in text and family in text
        assert "new signage" in text


def test_decode_hands_back_the_utf8_source_only_when_the_text_is_unchanged() -> None:
    page = "<p>Caf\u00e9 au lait</p>".encode()
    text, utf8 = decode(page)
    assert text == "<p>Caf\u00e9 au lait</p>" and utf8 is page
    assert decode("<p>Caf\u00e9</p>")[1] == "<p>Caf\u00e9</p>".encode()  # a str: encoded once, for the parser
    assert decode("<p>A stray NUL\x00 in a paragraph of text</p>")[1] is None  # dropped: the bytes are not the text
    assert decode(b"\xef\xbb\xbf<p>x</p>")[1] is None  # a BOM was dropped
    assert decode("<p>Wahl\u00adkampf</p>".encode()) == ("<p>Wahlkampf</p>", None)  # a hidden character was dropped


def test_invisible_operators_are_dropped() -> None:
    # A recipe plugin ends each step with U+2063; left in, it hides the step's final stop.
    assert to_text("Stir well.\u2063\nServe hot.\u2062") == "Stir well.\nServe hot."
