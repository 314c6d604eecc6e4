"""Any input gives an Article or a ParseError: never another exception, never a hang."""

from __future__ import annotations

import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import ParseError

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PAGE_TEXT = st.lists(
    st.sampled_from([*"abc XYZ.,:;!?-|()[]<>/\"'\n\n\t0123456789éß中", "By ", "Photo: ", "<p>", "</p>"]),
    max_size=800,
).map("".join)


def parse_or_error(source: str | bytes) -> None:
    try:
        article = newsparse.parse(source)
    except ParseError as exc:
        assert exc.kind and exc.message
        return
    assert isinstance(article, newsparse.Article)
    article.to_json()
    article.to_markdown()


@FAST
@given(PAGE_TEXT)
def test_any_text(text: str) -> None:
    parse_or_error(text)


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    parse_or_error(data)


@FAST
@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<b>", "text here. ", "<!--", "-->",
                                 "<script>", "</script>", "<h1>Title</h1>", "<a href=x>", "</a>", "&amp;"]),
                max_size=300))
def test_any_markup(parts: list[str]) -> None:
    parse_or_error("<html><body>" + "".join(parts))


def test_empty_and_whitespace() -> None:
    for source in ("", "   \n\n\t ", b"", b"\n"):
        art = newsparse.parse(source)
        assert art.paragraphs == () and art.headline is None


def test_binary_formats_are_refused() -> None:
    for data in (b"\x89PNG\r\n\x1a\n" + bytes(200), gzip.compress(b"hello" * 100), b"%PDF-1.4\n" + bytes(range(256))):
        try:
            newsparse.parse(data)
        except ParseError as exc:
            assert exc.kind == "binary"
        else:
            raise AssertionError("binary input was accepted")


def test_utf16_and_legacy_encodings() -> None:
    text = "Grüße aus Zürich\n\nDie Stadt hat am Montag über den neuen Haushalt abgestimmt und ihn angenommen."
    for data in (text.encode("utf-16"), text.encode("utf-16-le"), text.encode("cp1252"), text.encode("latin-1")):
        art = newsparse.parse(data)
        assert "Zürich" in (art.headline or "") + art.text or "abgestimmt" in art.text


def test_shift_jis_is_decoded() -> None:
    text = "東京で新しい図書館が開館した。市民は朝から長い列を作り、開館を祝った。"
    art = newsparse.parse(text.encode("shift_jis"))
    assert "図書館" in art.text + (art.headline or "") + "".join(b.text for b in art.blocks)


def test_huge_single_line_and_many_lines() -> None:
    one_line = "word " * 400_000  # 2 MB on one line
    assert isinstance(newsparse.parse(one_line), newsparse.Article)
    many = "x\n" * 200_000
    assert isinstance(newsparse.parse(many), newsparse.Article)


def test_huge_script_and_siblings() -> None:
    html = "<html><body><script>" + "var a = 1;" * 200_000 + "</script>" + "<p>Para.</p>" * 20_000 + "</body></html>"
    assert isinstance(newsparse.parse(html), newsparse.Article)


def test_all_boilerplate_page() -> None:
    page = "\n".join(["Home", "News", "Sport", "Subscribe", "Sign in", "Share", "Advertisement",
                      "© 2025 Example Media. All rights reserved.", "Privacy Policy", "Terms of Use"])
    art = newsparse.parse(page)
    assert art.paragraphs == ()


def test_every_line_looks_like_a_headline() -> None:
    page = "\n\n".join(f"Council Approves Budget For District Number {i}" for i in range(2000))
    art = newsparse.parse(page)
    assert isinstance(art, newsparse.Article)


def test_impossible_zone_offsets_keep_the_wall_clock_time() -> None:
    """Found by fuzzing: "+91:00" and "GMT+99" made a tzinfo whose utcoffset() raises."""
    html = ('<html><head><meta property="article:published_time" content="2025-09-12T08:15:00+91:00"></head>'
            "<body><p>The harbour board met on Monday and approved the new pier.</p></body></html>")
    art = newsparse.parse(html)
    assert art.date is not None and art.date.utcoffset() is None and art.to_json()
    dump = "Harbour board approves pier\n\nPublished 10:30 AM GMT+99, March 3, 2025\n\nThe board met on Monday."
    art = newsparse.parse(dump)
    assert art.date is None or art.date.utcoffset() is None or abs(art.date.utcoffset().total_seconds()) < 86400
    art.to_json()
