"""Where the time goes: mean CPU milliseconds per document for each stage of the pipeline.

    python benchmarks/stages.py CORPUS [--input html|dump.bs4|...] [--limit 300]

Runs the stages of ``newsparse.parse`` one by one over the corpus inputs of one kind:
decoding, then lxml's parse, the hints and the DOM walk (HTML) or the segmenter (dumps),
then every rule of the label chain and the assembly, and prints the stages by cost.
CPU time (``time.process_time``) is steadier than wall time on a shared machine; the
inputs are parsed twice and the second round is reported (the first warms the caches).
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import inputs_of

from newsparse.assemble import assemble
from newsparse.decode import decode
from newsparse.label.chain import CHAIN, Doc
from newsparse.segment.hints import collect_hints, parse_tree
from newsparse.segment.html import segment_html, tree_blocks
from newsparse.segment.text import segment_text


def stage_times(texts: list[str], html: bool) -> Counter[str]:
    """CPU seconds per stage over all the texts (one round)."""
    spent: Counter[str] = Counter()
    for source in texts:
        start = time.process_time()

        def lap(name: str) -> None:
            nonlocal start
            now = time.process_time()
            spent[name] += now - start
            start = now

        text, utf8 = decode(source)
        lap("decode")
        if html:  # segment_html's steps, one by one
            tree = parse_tree(text, utf8)
            lap("lxml parse")
            if tree is None:  # (the fallback parser: counted as the walk)
                blocks, hints = segment_html(text, utf8=utf8)
                lap("DOM walk")
            else:
                hints = collect_hints(tree, None)
                lap("hints")
                blocks = tree_blocks(tree)
                lap("DOM walk")
        else:
            hints = {}
            blocks = segment_text(text)
            lap("segment")
        doc = Doc(blocks, None, dict(hints))
        doc.set_region(0, len(blocks))
        for rule in CHAIN:
            rule.run(doc)
            lap(f"rule {rule.name}")
        assemble(doc)
        lap("assemble")
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--input", default="html", help="html or dump.<renderer>")
    ap.add_argument("--limit", type=int, default=300, help="documents (0: all)")
    ap.add_argument("--top", type=int, default=20, help="stages listed")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")  # (dateutil's warnings about unknown zones)
    texts = [text for _, kind, text in inputs_of(args.corpus, [args.input]) if kind == args.input]
    if args.limit:
        texts = texts[: args.limit]
    if not texts:
        raise SystemExit(f"no {args.input} inputs under {args.corpus}")
    stage_times(texts, args.input == "html")  # warm-up round
    spent = stage_times(texts, args.input == "html")
    total = sum(spent.values())
    print(f"{args.input}: {len(texts)} documents, {1000 * total / len(texts):.2f} CPU ms each")
    for name, seconds in spent.most_common(args.top):
        print(f"  {name:44s} {1000 * seconds / len(texts):6.2f} ms  {100 * seconds / total:4.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
