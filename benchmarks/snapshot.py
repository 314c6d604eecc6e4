"""Exact before/after comparison of every Article: for changes meant to keep all results.

    python benchmarks/snapshot.py CORPUS OUT.jsonl [--inputs html dump.bs4 dump.inscriptis]
    python benchmarks/snapshot.py --compare BEFORE.jsonl AFTER.jsonl

The first form writes the whole ``Article.to_dict()`` of every corpus input (or the error
it raised), one JSON line each; the second lists the inputs whose Articles differ and the
fields that do, and exits with 1 when any does. The scorer's figures hide a change that
moves one page up and another down; this does not. A speed change is done when a snapshot
taken before it and one taken after compare equal.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import inputs_of

import newsparse


def write_snapshot(corpus: Path, out: Path, kinds: list[str]) -> int:
    """Write one line per input; return how many."""
    warnings.simplefilter("ignore")  # (dateutil's warnings about unknown zones)
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        for doc_id, kind, text in inputs_of(corpus, kinds):
            try:
                article: dict[str, object] = newsparse.parse(text).to_dict()
            except newsparse.ParseError as exc:
                article = {"error": str(exc)}
            sink.write(json.dumps({"id": doc_id, "input": kind, "article": article}, sort_keys=True,
                                  ensure_ascii=False, default=str) + "\n")
            count += 1
    return count


def compare(before: Path, after: Path) -> int:
    """Print the inputs whose Articles differ; return how many."""
    def load(path: Path) -> dict[tuple[str, str], dict[str, object]]:
        with path.open(encoding="utf-8") as lines:
            return {(r["id"], r["input"]): r["article"] for r in map(json.loads, lines)}

    old, new = load(before), load(after)
    differing = 0
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key, {}), new.get(key, {})
        if a != b:
            differing += 1
            fields = sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))
            print(f"{key[0]} {key[1]}: {', '.join(fields)}")
    print(f"{len(old.keys() | new.keys())} inputs; {differing} differ")
    return differing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", type=Path, nargs=2, help="CORPUS OUT.jsonl, or BEFORE.jsonl AFTER.jsonl with --compare")
    ap.add_argument("--inputs", nargs="+", default=["html", "dump.bs4", "dump.inscriptis"])
    ap.add_argument("--compare", action="store_true", help="compare two snapshots")
    args = ap.parse_args(argv)
    if args.compare:
        return 1 if compare(*args.paths) else 0
    count = write_snapshot(args.paths[0], args.paths[1], args.inputs)
    if not count:
        raise SystemExit(f"no {' '.join(args.inputs)} inputs under {args.paths[0]}")
    print(f"{count} Articles written to {args.paths[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
