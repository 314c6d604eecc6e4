"""Regenerate every benchmark table and chart of docs/benchmarks.md in one command.

    python benchmarks/regenerate.py CORPUS [--limit 300]

Runs ``quality.py --peers`` and ``speed.py`` (newsparse and every installed peer, each in
one run), stores both in ``benchmarks/results.json`` (with the date and the versions),
redraws ``docs/img/quality.png`` and ``docs/img/speed.png``, and replaces the tables between
the ``<!-- quality-table -->`` / ``<!-- speed-table -->`` markers of docs/benchmarks.md, with
the commit they were measured at.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGE = ROOT / "docs" / "benchmarks.md"
RESULTS = HERE / "results.json"


def run(script: str, *args: str) -> str:
    """Run a benchmark script with this interpreter; return what it printed."""
    done = subprocess.run([sys.executable, str(HERE / script), *args], check=True, capture_output=True, text=True)
    return done.stdout


def replace_between(text: str, name: str, content: str) -> str:
    pattern = re.compile(rf"(<!-- {name} -->\n).*?(\n<!-- /{name} -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"docs/benchmarks.md has no <!-- {name} --> ... <!-- /{name} --> markers")
    return pattern.sub(lambda m: m.group(1) + content.strip() + m.group(2), text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=300, help="documents per input kind for the speed table")
    args = ap.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or "?"
    RESULTS.unlink(missing_ok=True)
    quality = run("quality.py", str(args.corpus), "--peers", "--markdown", "--json", str(RESULTS))
    speed = run("speed.py", str(args.corpus), "--limit", str(args.limit), "--json", str(RESULTS))
    sys.path.insert(0, str(HERE))
    from charts import draw

    draw(RESULTS, ROOT / "docs" / "img")
    text = PAGE.read_text(encoding="utf-8")
    text = replace_between(text, "quality-table", f"(newsparse at commit `{commit}`)\n\n" + quality)
    text = replace_between(text, "speed-table", f"(newsparse at commit `{commit}`, first {args.limit} documents per "
                                               f"input kind)\n\n" + speed)
    PAGE.write_text(text, encoding="utf-8")
    print(f"updated {PAGE.relative_to(ROOT)}, docs/img/quality.png, docs/img/speed.png and "
          f"{RESULTS.relative_to(ROOT)} (commit {commit})")


if __name__ == "__main__":
    main()
