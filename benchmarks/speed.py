"""Speed: per-document latency (median, p95) and docs/s, newsparse and peers in one run.

    python benchmarks/speed.py CORPUS [--inputs html dump.inscriptis] [--limit 300]

Every system parses the same inputs in the same process, one after the other per input (so
machine load affects all alike); the table gives the ratio of newsparse's median time to
each peer's (lower is faster). Peers are those installed (the ``bench`` extra); trafilatura
runs twice, with its default settings and in its fast mode (``fast=True``).
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import as_html, inputs_of, newsparse_extract, peers, store_results


def trafilatura_fast() -> Callable[[str, str], object] | None:
    """trafilatura in its fast mode (no fallback extractors), when installed."""
    try:
        import trafilatura
    except ImportError:
        return None

    def extract(text: str, kind: str) -> object:
        return trafilatura.extract(text if kind == "html" else as_html(text), output_format="json",
                                   with_metadata=True, fast=True)

    return extract


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--inputs", nargs="+", default=["html", "dump.inscriptis"])
    ap.add_argument("--limit", type=int, default=0, help="documents per input kind (0: all)")
    ap.add_argument("--json", type=Path, help="also store the table in this results file (for the charts)")
    args = ap.parse_args(argv)
    rows: list[dict[str, object]] = []
    systems = {"newsparse": newsparse_extract, **peers()}
    fast = trafilatura_fast()
    if fast is not None:
        systems["trafilatura-fast"] = fast
    print("| input | system | docs | median ms | p95 ms | docs/s | median vs newsparse |")
    print("|---|---|---|---|---|---|---|")
    for kind in args.inputs:
        docs = [text for _, k, text in inputs_of(args.corpus, [kind]) if k == kind]
        if args.limit:
            docs = docs[: args.limit]
        times: dict[str, list[float]] = {name: [] for name in systems}
        for text in docs:
            for name, extract in systems.items():
                start = time.perf_counter()
                with contextlib.suppress(Exception):  # a peer's failure still costs its time
                    extract(text, kind)
                times[name].append(time.perf_counter() - start)
        ours = statistics.median(times["newsparse"])
        for name, values in times.items():
            median = statistics.median(values)
            p95 = sorted(values)[int(len(values) * 0.95) - 1]
            ratio = "1.00" if name == "newsparse" else f"x{ours / median:.2f} of {name}"
            print(f"| {kind} | {name} | {len(values)} | {median * 1000:.1f} | {p95 * 1000:.1f} | "
                  f"{len(values) / sum(values):.0f} | {ratio} |")
            rows.append({"input": kind, "system": name, "docs": len(values), "median_ms": median * 1000,
                         "p95_ms": p95 * 1000, "docs_per_s": len(values) / sum(values)})
    if args.json:
        store_results(args.json, "speed", rows, list(systems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
