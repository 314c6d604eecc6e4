"""The visual audit page (``--explain --format html``): content, CLI, and rendering in Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import newsparse
from newsparse.cli import main
from newsparse.report import explain_html
from tests.conftest import FIXTURES, ROOT

PAGES = [ROOT / "examples" / "harbour-flood.txt", FIXTURES / "html_news_page_jsonld.html"]
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _report(paths: list[Path]) -> tuple[str, list[newsparse.Article]]:
    articles = [newsparse.parse_file(p) for p in paths]
    return explain_html([(p.name, a) for p, a in zip(paths, articles, strict=False)]), articles


def test_every_block_appears_once_with_its_label_and_rule() -> None:
    page, articles = _report(PAGES)
    shown = re.findall(r'<div class="block"[^>]*data-label="([a-z_]+)" data-rule="([^"]*)"', page)
    expected = [(b.label.value, b.rule) for art in articles for b in art.blocks]
    assert shown == expected
    assert page.count('<section class="input"') == 2
    assert "Storm surge floods Port Averly" in page  # the article column


def test_report_is_self_contained_and_escapes_the_page() -> None:
    art = newsparse.parse("Headline here\n\n<script>alert(1)</script> & <b>bold</b> said the mayor on Monday.")
    page = explain_html([("x", art)])
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)" in page
    assert not re.search(r"""<(link|img|iframe)\b|\bsrc=|url\(|@import|https?://""", page)


def test_cli_writes_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["--explain", "-f", "html", "-o", str(out), *map(str, PAGES)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.count('<section class="input"') == 2


def test_cli_html_without_explain_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-f", "html", str(PAGES[0])]) == 2
    assert "add --explain" in capsys.readouterr().err


def _chromium() -> str:
    """Debian's chromium; installed here when missing and we may (root with apt-get)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("chromium is not installed and cannot be installed here (needs root and apt-get)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"],
                       check=True, env=env, capture_output=True, timeout=900)
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"chromium could not be installed with apt-get: {exc}")
    found = shutil.which("chromium")
    if not found:
        pytest.skip("apt-get installed chromium but it is not on PATH")
    return found


@pytest.fixture(scope="module")
def chromium() -> str:
    return _chromium()


def test_report_renders_every_block_in_headless_chromium(chromium: str, tmp_path: Path) -> None:
    page, articles = _report(PAGES)
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    run = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000",
         "--virtual-time-budget=2000", "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    body = re.search(r"<body[^>]*>", run.stdout)
    assert body, run.stderr[-2000:]
    total = sum(len(a.blocks) for a in articles)
    assert f'data-blocks="{total}"' in body.group(0)
    assert f'data-rendered="{total}"' in body.group(0)


def test_report_screenshot_is_a_picture(chromium: str, tmp_path: Path) -> None:
    page, _ = _report(PAGES[:1])
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,900",
         f"--screenshot={shot}", report.as_uri()],
        capture_output=True, timeout=120,
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000  # a blank page is a few kB
