"""The documentation cannot rot: its examples run, their output is what the page shows, and
the site builds with warnings as errors.

Conventions in ``docs/*.md``:

* a ``console`` block is run line by line: ``$ command`` lines run in bash (in a scratch
  folder holding a copy of ``examples/``, with this environment's ``newsparse`` and
  ``python`` first on PATH); the lines after a command are its expected output;
* a ``python`` block is run (the blocks of one page share one namespace, in order); a
  ``text`` block right after it is its expected standard output;
* ``sh`` blocks are shown, not run (installation, cloud paths);
* ``<!-- docs-test: skip REASON -->`` on the line before a block skips it.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCS = ROOT / "docs"
FENCE = re.compile(r"^(<!-- docs-test: skip [^>]+-->\n)?```(\w+)[^\n]*\n(.*?)^```$", re.MULTILINE | re.DOTALL)


@dataclass
class Snippet:
    page: str
    line: int
    lang: str
    code: str
    expected: str | None = None


def snippets(path: Path) -> list[Snippet]:
    """The runnable blocks of a page, each python block with the text block that follows it."""
    text = path.read_text(encoding="utf-8")
    found: list[Snippet] = []
    previous_end = -1
    for match in FENCE.finditer(text):
        skipped, lang, code = match.group(1), match.group(2), match.group(3)
        line = text.count("\n", 0, match.start()) + 1
        follows_python = found and found[-1].lang == "python" and text[previous_end:match.start()].strip() == ""
        previous_end = match.end()
        if lang == "text" and follows_python and found[-1].expected is None:
            found[-1].expected = code
            continue
        if skipped or lang not in ("console", "python"):
            continue
        found.append(Snippet(path.name, line, lang, code))
    return found


PAGES = sorted(DOCS.glob("*.md"))
ALL = [s for page in PAGES for s in snippets(page)]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("docs")
    shutil.copytree(ROOT / "examples", work / "examples")
    return work


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def _run_console(snippet: Snippet, cwd: Path) -> None:
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", ""), "COLUMNS": "100"}
    chunks = re.split(r"^\$ ", snippet.code, flags=re.MULTILINE)[1:]
    assert chunks, f"{snippet.page}:{snippet.line}: a console block without a '$ ' command"
    for chunk in chunks:
        command, _, expected = chunk.partition("\n")
        run = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=300)
        where = f"{snippet.page}:{snippet.line}: $ {command}"
        assert run.returncode == 0 or "| head" in command, f"{where}\n{run.stdout}"
        assert _normalise(run.stdout) == _normalise(expected), where


@pytest.mark.parametrize("page", [p for p in PAGES if any(s.page == p.name for s in ALL)], ids=lambda p: p.name)
def test_page_examples_run_and_show_their_real_output(page: Path, workdir: Path) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    previous = Path.cwd()
    os.chdir(workdir)
    try:
        for snippet in (s for s in ALL if s.page == page.name):
            if snippet.lang == "console":
                _run_console(snippet, workdir)
                continue
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                exec(compile(snippet.code, f"{snippet.page}:{snippet.line}", "exec"), namespace)
            if snippet.expected is not None:
                assert _normalise(out.getvalue()) == _normalise(snippet.expected), f"{snippet.page}:{snippet.line}"
    finally:
        os.chdir(previous)


def test_getting_started_covers_cli_script_and_archives() -> None:
    langs = {(s.lang, "warc" in s.code) for s in ALL if s.page == "getting-started.md"}
    assert {("console", False), ("python", False), ("console", True), ("python", True)} <= langs


def test_site_builds_with_warnings_as_errors(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="mkdocs is not installed (it comes with the dev extra)")
    pytest.importorskip("material", reason="mkdocs-material is not installed (it comes with the dev extra)")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    site = tmp_path / "site"
    cli = (site / "cli" / "index.html").read_text(encoding="utf-8")
    assert "--explain" in cli and "--schema" in cli  # generated from the argument parser
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "reference_date" in api and "parse_many" in api  # generated from the docstrings
    how = (site / "how-it-works" / "index.html").read_text(encoding="utf-8")
    assert "related_headline" in how  # the rule chain, generated from the code
