"""Quality benchmark: run newsparse (and, with --peers, other extractors) over a corpus.

    python benchmarks/quality.py CORPUS [--inputs html dump.bs4 ...] [--out PRED.jsonl] [--peers]

CORPUS is laid out as <source>/<doc>/{page.html.gz, dump.<renderer>.txt, truth.json}.
Predictions are written in the scorer's JSONL format (one line per document and input,
with a "system" field); the table shows per-field scores per input kind and system
(metrics: benchmarks/metrics.py, documented in docs/benchmarks.md).

Peers (installed with the ``bench`` extra) get the same inputs: HTML as is, dumps with each
blank-line-separated block wrapped as a <p> in a minimal HTML page.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metrics import load_truths, score

import newsparse

Extractor = Callable[[str, str], dict[str, Any]]
COLUMNS = [
    ("n", "n", "{:.0f}"), ("body_f1", "bodyF1", "{:.3f}"), ("body_p", "bodyP", "{:.3f}"),
    ("body_r", "bodyR", "{:.3f}"), ("headline_fuzzy_vis", "headFzV", "{:.3f}"),
    ("authors_f1_vis", "authV", "{:.3f}"), ("date_vis", "dateV", "{:.3f}"), ("with", "with", "{:.3f}"),
    ("without", "w/o", "{:.3f}"), ("docs_per_s", "docs/s", "{:.1f}"),
]


def newsparse_extract(text: str, kind: str) -> dict[str, Any]:
    article = newsparse.parse(text)
    return {
        "headline": article.headline,
        "authors": [a.name for a in article.authors],
        "date": article.date.isoformat()[:10] if article.date else None,
        "body": article.text,
    }


def as_html(text: str) -> str:
    """A dump as a minimal HTML page: each blank-line-separated block wrapped as a <p>."""
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    return "<html><body>" + "".join(f"<p>{html.escape(b)}</p>" for b in blocks) + "</body></html>"


def peers() -> dict[str, Extractor]:
    found: dict[str, Extractor] = {}
    try:
        import trafilatura

        def traf(text: str, kind: str) -> dict[str, Any]:
            page = text if kind == "html" else as_html(text)
            out = trafilatura.extract(page, output_format="json", with_metadata=True) or "{}"
            data = json.loads(out)
            author = data.get("author")
            return {"headline": data.get("title"), "authors": author.split("; ") if author else [],
                    "date": data.get("date"), "body": data.get("text") or ""}

        found["trafilatura"] = traf
    except ImportError:
        pass
    try:
        from readability import Document

        def readability(text: str, kind: str) -> dict[str, Any]:
            from lxml import html as lxml_html

            doc = Document(text if kind == "html" else as_html(text))
            summary = doc.summary(html_partial=True)
            body = "\n\n".join(t.strip() for t in lxml_html.fromstring(summary).itertext() if t.strip()) if summary \
                else ""
            return {"headline": doc.short_title(), "authors": [], "date": None, "body": body}

        found["readability"] = readability
    except ImportError:
        pass
    try:
        import justext

        def jt(text: str, kind: str) -> dict[str, Any]:
            paragraphs = justext.justext(text if kind == "html" else as_html(text), justext.get_stoplist("English"))
            return {"headline": None, "authors": [], "date": None,
                    "body": "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)}

        found["justext"] = jt
    except ImportError:
        pass
    try:
        import newspaper

        config = newspaper.Config()
        config.fetch_images = False  # no network: the benchmark measures extraction only

        def np4k(text: str, kind: str) -> dict[str, Any]:
            article = newspaper.Article("http://example.invalid/", config=config)
            article.download(input_html=text if kind == "html" else as_html(text))
            article.parse()
            date = article.publish_date.isoformat()[:10] if article.publish_date else None
            return {"headline": article.title, "authors": list(article.authors), "date": date, "body": article.text}

        found["newspaper4k"] = np4k
    except ImportError:
        pass
    return found


def inputs_of(corpus: Path, kinds: list[str]) -> Iterator[tuple[str, str, str]]:
    for truth_path in sorted(corpus.glob("*/*/truth.json")):
        folder = truth_path.parent
        doc_id = f"{folder.parent.name}/{folder.name}"
        for kind in kinds:
            if kind == "html":
                path = folder / "page.html.gz"
                if path.exists():
                    yield doc_id, kind, gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            else:
                path = folder / f"{kind}.txt"
                if path.exists():
                    yield doc_id, kind, path.read_text(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--inputs", nargs="+", default=["html", "dump.bs4", "dump.inscriptis"])
    ap.add_argument("--out", type=Path, help="write predictions (JSONL) here")
    ap.add_argument("--peers", action="store_true", help="also run the installed peer extractors")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument("--json", type=Path, help="also store the table in this results file (for the charts)")
    args = ap.parse_args(argv)
    systems: dict[str, Extractor] = {"newsparse": newsparse_extract}
    if args.peers:
        systems.update(peers())
    predictions: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    out = args.out.open("w", encoding="utf-8") if args.out else None
    for doc_id, kind, text in inputs_of(args.corpus, args.inputs):
        for name, extract in systems.items():
            record: dict[str, Any] = {"id": doc_id, "input": kind, "system": name}
            start = time.perf_counter()
            try:
                record.update(extract(text, kind))
            except Exception as exc:  # a peer's crash is a finding, not the end of the run
                record["error"] = f"{type(exc).__name__}: {exc}"[:300]
            record["seconds"] = time.perf_counter() - start
            predictions.setdefault((name, kind), {})[doc_id] = record
            if out:
                out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    if out:
        out.close()
    truths = load_truths(args.corpus)
    rows = []
    for (name, kind), preds in predictions.items():
        docs = [t for t in truths.values() if kind in t.inputs]
        rows.append((kind, name, score(docs, preds, kind)))
    rows.sort(key=lambda r: (r[0], r[1] != "newsparse", r[1]))
    print_table(rows, markdown=args.markdown)
    if args.json:
        store_results(args.json, "quality", [{"input": k, "system": n, **s} for k, n, s in rows], list(systems))
    return 0


def store_results(path: Path, section: str, rows: list[dict[str, Any]], systems: list[str]) -> None:
    """Put one table into the results file (other sections are kept), with date and versions."""
    from datetime import date
    from importlib import metadata

    results: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    versions = {}
    for name in systems:
        package = {"readability": "readability-lxml"}.get(name, name)
        try:
            versions[name] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[name] = "?"
    results[section] = {"date": date.today().isoformat(), "versions": versions, "rows": rows}
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


def print_table(rows: list[tuple[str, str, dict[str, float | None]]], *, markdown: bool) -> None:
    header = ["input", "system"] + [label for _, label, _ in COLUMNS]
    lines = [header]
    for kind, name, scores in rows:
        cells = [kind, name]
        for key, _, fmt in COLUMNS:
            value = scores.get(key)
            cells.append("-" if value is None else fmt.format(value))
        lines.append(cells)
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for cells in lines[1:]:
            print("| " + " | ".join(cells) + " |")
        return
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    for row in lines:
        cells = [cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells))


if __name__ == "__main__":
    sys.exit(main())
