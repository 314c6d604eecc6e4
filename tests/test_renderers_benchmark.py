"""benchmarks/renderers.py: new renderers' dumps laid out like the corpus, with fair visibility flags."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import renderers


def test_a_field_is_visible_to_a_new_renderer_only_when_every_corpus_renderer_shows_it() -> None:
    truth = {"visible": {"bs4": {"headline": True, "authors": True, "date": False},
                         "inscriptis": {"headline": True, "authors": False, "date": False}}}
    assert renderers.visible_everywhere(truth) == {"headline": True, "authors": False, "date": False}
    assert renderers.visible_everywhere({}) == {"headline": False, "authors": False, "date": False}


def test_build_writes_one_dump_per_renderer_and_keeps_the_truth(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "corpus" / "site" / "doc1"
    doc.mkdir(parents=True)
    page = b"<html><body><h1>Ferry Timetable Changes</h1><p>Ferries leave at noon.</p></body></html>"
    (doc / "page.html.gz").write_bytes(gzip.compress(page))
    truth = {"id": "site/doc1", "headline": "Ferry Timetable Changes",
             "visible": {"bs4": {"headline": True, "authors": False, "date": False}}}
    (doc / "truth.json").write_text(json.dumps(truth), encoding="utf-8")

    def fake(html: bytes) -> str:
        return html.decode().replace("<h1>", "").replace("</h1>", "\n\n").replace("<p>", "")

    def broken(html: bytes) -> str:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(renderers, "renderers", lambda: {"fake": fake, "broken": broken})
    out = tmp_path / "out"
    assert renderers.build(tmp_path / "corpus", out, ["fake", "broken", "absent"]) == 1
    written = out / "site" / "doc1"
    assert "Ferries leave at noon." in (written / "dump.fake.txt").read_text(encoding="utf-8")
    assert not (written / "dump.broken.txt").exists()  # a crash writes no dump and stops nothing
    kept = json.loads((written / "truth.json").read_text(encoding="utf-8"))
    assert kept["headline"] == "Ferry Timetable Changes"
    assert kept["visible"]["fake"] == {"headline": True, "authors": False, "date": False}
    assert "broken" not in kept["visible"] and "absent" not in kept["visible"]  # no dump, no flags


def test_a_headline_the_dump_does_not_print_is_not_visible_to_it() -> None:
    truth = {"headline": "Ferry Timetable Changes", "authors": ["Ines Varga"]}
    flags = {"headline": True, "authors": True, "date": True}
    assert renderers.shown(truth, "# Ferry *Timetable* Changes\n\nBy [Ines Varga](/p/iv)", flags) == flags
    assert renderers.shown(truth, "Ferries leave at noon.\nBy Ines Varga", flags) == {**flags, "headline": False}
    assert renderers.shown(truth, "Ferry Timetable Changes", flags) == {**flags, "authors": False}


def test_the_innertext_renderer_sets_blocks_on_lines_and_paragraphs_apart() -> None:
    page = (b"<html><head><title>Ferry fares</title><script>var x = 1;</script></head><body>"
            b"<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><h1>Ferry fares rise</h1>"
            b"<div>By <a href='/p/ines'>Ines Varga</a></div><p>Fares rise in <a href='/may'>May</a>.</p>"
            b"<p style='display: none'>Hidden</p><p>Line one<br>line two</p>"
            b"<table><tr><td>Route</td><td>Fare</td></tr></table></body></html>")
    text = renderers.renderers()["innertext"](page)
    assert text == ("Home Local\nFerry fares rise\nBy Ines Varga\n\nFares rise in May.\n\nLine one\nline two\n\n"
                    "Route\tFare\n")
    # the text after a script, a form field or a comment, once
    page = b"<html><body><p>Fares <script>x()</script>rise.</p><p>A<input>B</p><p>One<!-- c --> two</p></body></html>"
    assert renderers.renderers()["innertext"](page) == "Fares rise.\n\nAB\n\nOne two\n"


def test_the_lines_renderer_puts_every_text_node_on_a_line_and_no_blank_line() -> None:
    page = (b"<html><head><title>Ferry fares</title><script>var x = 1;</script></head><body>"
            b"<h1>Ferry fares rise</h1><p>Fares rise in <a href='/may'>May</a> for all routes.</p>"
            b"<p>By <a href='/p/ines'>Ines Varga</a></p></body></html>")
    text = renderers.renderers()["lines"](page)
    assert text == "Ferry fares\nFerry fares rise\nFares rise in\nMay\nfor all routes.\nBy\nInes Varga"


def test_markdownify_renders_without_scripts_when_installed() -> None:
    pytest.importorskip("markdownify")
    page = b"<html><body><h1>Ferry fares rise</h1><script>var fare = 3;</script><p>Fares rise in May.</p></body></html>"
    text = renderers.renderers()["markdownify"](page)
    assert text is not None and "Ferry fares rise" in text and "Fares rise in May." in text and "var fare" not in text


def test_the_gettext_renderer_keeps_the_source_s_lines() -> None:
    page = (b"<html><head><title>Ferry fares</title><style>p {}</style></head><body>\n"
            b"<h1>Ferry fares rise</h1><p>Fares rise in <a href='/may'>May</a>\n    for all routes.</p></body></html>")
    text = renderers.renderers()["gettext"](page)
    # The source's line break and indentation stay; the heading and the paragraph, set on
    # one source line, are glued.
    assert text == "Ferry fares\nFerry fares riseFares rise in May\n    for all routes."
