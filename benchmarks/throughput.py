"""Throughput of the batch path: docs/s for 1, 2 and N jobs, and peak memory when streaming.

    python benchmarks/throughput.py [--docs 10000] [--stream 100000] [--jobs 1 2 4]

Inputs are synthetic page dumps and HTML pages made here (varied lengths, menus, bylines,
related links), generated lazily so that the benchmark itself stays flat in memory. Peak
memory is the maximum resident set size of this process plus that of its largest worker
(``resource.getrusage``), reported in MB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsparse.batch import parse_many

WORDS = ("council harbour storm budget bridge river school market ferry tram station police court "
         "election minister hospital museum festival weather airport railway port energy water").split()


def dump(n: int) -> str:
    rng = random.Random(n)
    title = " ".join(rng.choice(WORDS).title() for _ in range(rng.randint(5, 11)))
    paras = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 60))).capitalize() + "."
        for _ in range(rng.randint(4, 16))
    ]
    related = " ".join(rng.choice(WORDS).title() for _ in range(8))
    paras.insert(len(paras) // 2, related)
    return "\n\n".join(["Home", "News", "Sport", "Subscribe", title, "3 min read", f"By Reporter {n % 50}",
                        "Published March 3, 2025", *paras, "Share this article", "© 2025 Example Media"])


def page(n: int) -> str:
    rng = random.Random(n)
    paras = "".join(
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 60))).capitalize() + ".</p>"
        for _ in range(rng.randint(4, 16))
    )
    links = "".join(f"<li><a href='/{i}'>{rng.choice(WORDS).title()}</a></li>" for i in range(20))
    return (f"<html><head><title>Story {n} | Example</title></head><body><nav><ul>{links}</ul></nav>"
            f"<article><h1>Story number {n} about the {rng.choice(WORDS)}</h1><p class='byline'>By Reporter "
            f"{n % 50}</p>{paras}</article><aside class='related'><ul>{links}</ul></aside>"
            f"<footer>© 2025 Example</footer></body></html>")


def inputs(kind: str, count: int) -> Iterator[str]:
    make = dump if kind == "dump" else page
    return (make(n) for n in range(count))


def rate(kind: str, count: int, jobs: int) -> float:
    start = time.perf_counter()
    done = sum(1 for _ in parse_many(inputs(kind, count), jobs=jobs))
    assert done == count
    return count / (time.perf_counter() - start)


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--stream", type=int, default=100_000, help="inputs for the memory run (0: skip)")
    ap.add_argument("--jobs", type=int, nargs="+", default=sorted({1, 2, os.cpu_count() or 1}))
    args = ap.parse_args(argv)
    print(f"| input | docs | {' | '.join(f'jobs={j}' for j in args.jobs)} |")
    print("|---|---|" + "---|" * len(args.jobs))
    for kind in ("dump", "html"):
        rates = [rate(kind, args.docs, jobs) for jobs in args.jobs]
        print(f"| {kind} | {args.docs} | " + " | ".join(f"{r:.0f} docs/s" for r in rates) + " |")
    if args.stream:
        jobs = max(args.jobs)
        start = time.perf_counter()
        count = sum(1 for _ in parse_many(inputs("dump", args.stream), jobs=jobs))
        seconds = time.perf_counter() - start
        print(f"\nstreamed {count} dumps with jobs={jobs} in {seconds:.0f} s; "
              f"peak RSS (this process + largest worker): {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
