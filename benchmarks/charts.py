"""Charts for docs/benchmarks.md from a results file (``quality.py --json``, ``speed.py --json``).

    python benchmarks/charts.py RESULTS.json [OUTDIR]      (default OUTDIR: docs/img)

Writes ``quality.png`` (body F1, headline, authors and date per system and input kind) and
``speed.png`` (median milliseconds per document per system). Needs matplotlib (``bench``
extra).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

FIELDS = [("body_f1", "body F1"), ("headline_fuzzy_vis", "headline"), ("authors_f1_vis", "authors F1"),
          ("date_vis", "date")]
ORDER = ["newsparse", "trafilatura", "readability", "newspaper4k", "justext"]
COLOURS = {"newsparse": "#e08a00", "trafilatura": "#4f7cac", "readability": "#6aa36f", "newspaper4k": "#9c6ade",
           "justext": "#9a9a9a"}


def _systems(rows: list[dict[str, Any]]) -> list[str]:
    present = {r["system"] for r in rows}
    return [s for s in ORDER if s in present] + sorted(present - set(ORDER))


def draw(results_path: Path, outdir: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    results = json.loads(results_path.read_text(encoding="utf-8"))
    outdir.mkdir(parents=True, exist_ok=True)
    if "quality" in results:
        quality = results["quality"]
        rows = quality["rows"]
        kinds = sorted({r["input"] for r in rows}, key=lambda k: (k != "html", k))
        systems = _systems(rows)
        fig, axes = plt.subplots(1, len(kinds), figsize=(4.2 * len(kinds), 3.6), sharey=True, squeeze=False)
        width = 0.8 / len(systems)
        for ax, kind in zip(axes[0], kinds, strict=False):
            for i, system in enumerate(systems):
                row = next((r for r in rows if r["input"] == kind and r["system"] == system), None)
                values = [(row or {}).get(key) or 0.0 for key, _ in FIELDS]
                xs = [x + (i - (len(systems) - 1) / 2) * width for x in range(len(FIELDS))]
                ax.bar(xs, values, width, label=system, color=COLOURS.get(system, "#555555"))
            ax.set_xticks(range(len(FIELDS)), [label for _, label in FIELDS], fontsize=8)
            ax.set_title(kind, fontsize=10)
            ax.set_ylim(0, 1)
            ax.grid(axis="y", alpha=0.3)
        axes[0][0].set_ylabel("score (development corpus)")
        handles, labels = axes[0][0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="lower center", ncol=len(systems), fontsize=8, frameon=False)
        fig.suptitle(f"Quality per field, {quality['date']}", fontsize=10)
        fig.tight_layout(rect=(0, 0.07, 1, 1))
        fig.savefig(outdir / "quality.png", dpi=110)
        plt.close(fig)
    if "speed" in results:
        speed = results["speed"]
        rows = speed["rows"]
        kinds = sorted({r["input"] for r in rows}, key=lambda k: (k != "html", k))
        systems = _systems(rows)
        fig, axes = plt.subplots(1, len(kinds), figsize=(4.2 * len(kinds), 3.0), squeeze=False)
        for ax, kind in zip(axes[0], kinds, strict=False):
            present = [s for s in systems if any(r["input"] == kind and r["system"] == s for r in rows)]
            medians = [next(r["median_ms"] for r in rows if r["input"] == kind and r["system"] == s) for s in present]
            ax.barh(present, medians, color=[COLOURS.get(s, "#555555") for s in present])
            ax.invert_yaxis()
            ax.set_title(f"{kind}: median ms per document", fontsize=10)
            ax.grid(axis="x", alpha=0.3)
        fig.suptitle(f"Speed (one core, lower is better), {speed['date']}", fontsize=10)
        fig.tight_layout()
        fig.savefig(outdir / "speed.png", dpi=110)
        plt.close(fig)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    default_out = Path(__file__).resolve().parent.parent / "docs" / "img"
    draw(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else default_out)
