"""Pathological inputs at full size: each gives a clear result within the documented bounds.

Each case runs in a fresh interpreter, so that a hang is killed by the timeout and the
peak memory measured is the case's own. The bounds are those of docs/robustness.md: at
most ``SECONDS_PER_MB`` per MB of input plus ``SECONDS_PER_MILLION_LINES`` per million lines
plus ``SECONDS_BASE``, and a peak resident memory of
at most ``MEMORY_BASE_MB`` plus ``MEMORY_PER_MB`` per MB of input plus ``MEMORY_PER_LINE_KB``
per line. They are generous on
purpose (about twice the worst case measured on a 2-core machine): they catch a hang, a
quadratic pass or a memory blow-up, not a few percent of speed, which the benchmarks
measure.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

SECONDS_PER_MB = 5.0
SECONDS_BASE = 5.0
# Every line is an object of its own that passes the join tests: a dump of a million
# one-character lines costs its lines, not its two megabytes.
SECONDS_PER_MILLION_LINES = 15.0
MEMORY_PER_MB = 25.0
MEMORY_BASE_MB = 150.0
MEMORY_PER_LINE_KB = 0.5  # each line of text is an object of its own until lines become blocks

CASES = {
    # name: (expression building the input, expected outcome: "article", "paragraphs" or an error kind)
    "50 MB on a single line": ('"word " * 10_000_000', "article"),
    "1,000,000 tiny lines": ('"x\\n" * 1_000_000', "article"),
    "1,000,000 tiny lines with blank lines": ('"ab\\n\\n" * 500_000', "article"),
    "HTML nested 100,000 levels deep": (
        '"<html><body>" + "<div>" * 100_000 + "The deepest paragraph of the page is still read here." '
        '+ "</div>" * 100_000', "text:The deepest paragraph"),
    "100,000 sibling paragraphs": ('"<html><body>" + "<p>Para text that says something.</p>" * 100_000', "paragraphs"),
    "unclosed tags and comments": ('"<html><body>" + "<div><p><b>text <!-- comment " * 50_000', "article"),
    "a 10 MB script": ('"<html><body><script>" + "var a = 1;" * 1_000_000 + "</script><p>The only paragraph of '
                       'the page is here and it is long enough.</p>"', "text:The only paragraph"),
    "only boilerplate, 100,000 lines": ('"\\n".join(["Home", "News", "Subscribe", "Share", "Advertisement"] * 20_000)',
                                        "no paragraphs"),
    "every line a headline": ('"\\n\\n".join(f"Council Approves Budget For District Number {i}" '
                              'for i in range(100_000))', "article"),
    "NUL bytes scattered in text": ('("The council met on Monday and approved the budget.\\x00 " * 100_000).encode()',
                                    "article"),
    "mostly NUL bytes": ('b"\\x00" * 5_000_000 + b"text"', "error:binary"),
    "5 MB of random bytes": ('__import__("random").Random(1).randbytes(5_000_000)', "error:binary"),
}

RUNNER = textwrap.dedent(
    """
    import json, resource, sys, time
    import newsparse
    source = {expression}
    size = len(source) if isinstance(source, bytes) else len(source.encode("utf-8"))
    lines = source.count(b"\\n" if isinstance(source, bytes) else "\\n") + 1
    start = time.perf_counter()
    try:
        art = newsparse.parse(source)
        outcome = {{"paragraphs": len(art.paragraphs), "text": art.text[:20000]}}
    except newsparse.ParseError as exc:
        outcome = {{"error": exc.kind}}
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({{"mb": size / 1e6, "lines": lines, "seconds": seconds, "rss_mb": rss, **outcome}}))
    """
)


@pytest.mark.parametrize("name", list(CASES))
def test_pathological_input_within_bounds(name: str) -> None:
    expression, expected = CASES[name]
    code = RUNNER.format(expression=expression)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    mb = max(result["mb"], 1.0)
    seconds = SECONDS_BASE + SECONDS_PER_MB * mb + SECONDS_PER_MILLION_LINES * result["lines"] / 1e6
    assert result["seconds"] <= seconds, result
    assert result["rss_mb"] <= MEMORY_BASE_MB + MEMORY_PER_MB * mb + MEMORY_PER_LINE_KB * result["lines"] / 1024, result
    if expected.startswith("error:"):
        assert result.get("error") == expected.removeprefix("error:")
    elif expected.startswith("text:"):
        assert expected.removeprefix("text:") in result["text"], "text of the page was lost"
    elif expected == "paragraphs":
        assert result["paragraphs"] > 0
    elif expected == "no paragraphs":
        assert result["paragraphs"] == 0
    else:
        assert "error" not in result
