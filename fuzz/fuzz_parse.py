"""Coverage-guided fuzzing of the public API with atheris (optional; not part of the test suite).

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=600 -rss_limit_mb=2048 -timeout=20 fuzz/corpus

Every input is given to ``newsparse.parse`` three ways: as bytes, as text, and as text inside
a minimal HTML page. The contract (docs/robustness.md): the result is an Article that
serialises to JSON and Markdown, or ``newsparse.ParseError`` is raised; any other exception,
a hang (``-timeout``) or a memory blow-up (``-rss_limit_mb``) is a finding. libFuzzer saves the
input that caused it as ``crash-*`` / ``timeout-*`` in the working folder; replay it with
``python fuzz/fuzz_parse.py crash-...``.

``fuzz/seeds/`` and ``examples/`` (the example pages) start the corpus; the first folder given
collects the inputs that found new code paths.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsparse


def check(source: str | bytes) -> None:
    try:
        article = newsparse.parse(source, reference_date="2025-01-01T00:00:00+00:00")
    except newsparse.ParseError as exc:
        assert exc.kind and exc.message, "a ParseError without kind or message"
        return
    article.to_json()
    article.to_markdown()
    article.to_text()


def test_one_input(data: bytes) -> None:
    check(data)
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    check(text)
    check(f"<html><body><article><h1>{text[:80]}</h1><p>{text[80:]}</p></article></body></html>")


def main() -> None:
    here = Path(__file__).resolve().parent
    args = list(sys.argv)
    if not any(Path(a).is_file() for a in args[1:]):  # not replaying: start from the seeds
        args += [str(d) for d in (here / "seeds", here.parent / "examples") if d.is_dir()]
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
