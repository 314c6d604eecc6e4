"""No pattern of the package backtracks catastrophically.

Every compiled regular expression found in newsparse's modules (module constants, and those
inside tuples, lists and dicts of constants) is run with ``search``, ``match`` and
``findall`` over adversarial strings: long runs of one character, of the characters the
pattern itself names, of near-matches that fail at the very end. A linear pattern takes
milliseconds on these 20,000-character strings; a pattern with nested unbounded repetition
takes seconds to years. The run happens in a child process, so a hang is killed by the
timeout instead of stopping the test suite.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import textwrap
from typing import Any

import newsparse

LENGTH = 20_000
SECONDS_PER_CALL = 0.25  # a linear scan of 20,000 characters takes well under 10 ms


def compiled_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern reachable from a module-level name of the package."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()

    def visit(name: str, value: Any, depth: int = 0) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            if id(value) not in seen:  # a pattern imported elsewhere is checked once
                seen.add(id(value))
                found[name] = value
        elif depth < 2 and isinstance(value, (tuple, list, frozenset, set)):
            for i, item in enumerate(value):
                visit(f"{name}[{i}]", item, depth + 1)
        elif depth < 2 and isinstance(value, dict):
            for key, item in value.items():
                visit(f"{name}[{key!r}]", item, depth + 1)

    for info in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        if info.name.endswith(("spark", "__main__")):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            visit(f"{info.name}.{attr}", value)
    return found


def adversarial(pattern: str) -> list[str]:
    """Strings that make a backtracking pattern explode: runs that almost match, then fail."""
    named = "".join(sorted({c for c in pattern if c.isalnum() or c in " .,:;-/|()<>\"'@#&"}))[:40] or "a"
    words = [w for w in re.findall(r"[A-Za-z]{2,}", pattern)][:10] or ["by"]
    base = ["a", " ", "1", "a ", "A", ". ", "-", "<", "<a ", "aA1 .,-:/", "\n", "\t", "(", "By ", "x.", "é", "中"]
    runs = [unit * (LENGTH // len(unit)) for unit in base]
    runs += [named * (LENGTH // len(named)), " ".join(words) * (LENGTH // (len(" ".join(words)) + 1))]
    runs += [run + "\x00!" for run in runs[:6]]  # a failing character at the very end
    return runs


def test_every_pattern_is_found() -> None:
    patterns = compiled_patterns()
    assert len(patterns) > 50  # the walk sees the rules' patterns, not just a few
    assert any(name.startswith("newsparse.label.signals.") for name in patterns)


def test_no_pattern_backtracks_catastrophically() -> None:
    patterns = compiled_patterns()
    code = textwrap.dedent(
        f"""
        import json, sys, time
        sys.path[:0] = {sys.path!r}
        from tests.test_patterns import adversarial, compiled_patterns
        slow = []
        for name, pattern in compiled_patterns().items():
            for text in adversarial(pattern.pattern):
                for call in (pattern.search, pattern.match, pattern.findall):
                    start = time.perf_counter()
                    call(text)
                    took = time.perf_counter() - start
                    if took > {SECONDS_PER_CALL}:
                        slow.append([name, call.__name__, text[:12], round(took, 3)])
        print(json.dumps(slow))
        """
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    slow = json.loads(run.stdout.strip().splitlines()[-1])
    assert slow == [], f"patterns slower than {SECONDS_PER_CALL}s on adversarial input (of {len(patterns)}): {slow}"
