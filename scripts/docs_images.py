"""Remake the documentation's pictures: the visual audit screenshot and the benchmark charts.

    python scripts/docs_images.py [--results benchmarks/results.json]

The screenshot needs Chromium (Debian's ``chromium``); the charts need matplotlib (``bench``
extra) and the results file written by ``benchmarks/quality.py --json`` and
``benchmarks/speed.py --json``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def screenshot() -> None:
    """The visual audit of the bundled example dump, 1400x1000."""
    import newsparse
    from newsparse.report import explain_html

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium is not installed (apt-get install chromium)")
    page = ROOT / "examples" / "harbour-flood.txt"
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        report.write_text(explain_html([(f"examples/{page.name}", newsparse.parse_file(page))]), encoding="utf-8")
        subprocess.run([chromium, *FLAGS, f"--user-data-dir={tmp}/profile", "--window-size=1400,1000",
                        f"--screenshot={IMG / 'explain-report.png'}", report.as_uri()],
                       check=True, capture_output=True, timeout=120)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--results", type=Path, help="benchmark results JSON for the charts")
    args = ap.parse_args()
    IMG.mkdir(parents=True, exist_ok=True)
    screenshot()
    if args.results:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from charts import draw

        draw(args.results, IMG)


if __name__ == "__main__":
    main()
