"""Quality metrics for article extraction, as documented in docs/benchmarks.md.

The definitions follow the shared evaluation's scorer so the figures agree with it on the
same predictions (tests/test_metrics.py checks that on a synthetic corpus):

* body: 4-token shingles (lowercased ``\\w+`` tokens, as a multiset) precision, recall, F1 per
  document, averaged; a text shorter than 4 tokens is one shingle; empty vs empty scores 1.
* headline: exact match after normalisation (NFKC, casefold, quotes and dashes unified,
  spaces collapsed, trailing punctuation stripped) and fuzzy match (token F1 >= 0.8).
* authors: F1 between the sets of normalised names ("By" and edge punctuation dropped).
* date: the predicted day equals the expected one.
* ``*_vis``: the same over documents whose dump visibly shows the value.
* with / without: share of must-contain / must-not-contain snippets found in the body.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SHINGLE = 4
FUZZY_HEADLINE = 0.8
TOKEN = re.compile(r"\w+")
SPACE = re.compile(r"\s+")
QUOTES = str.maketrans(
    {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"}
    | {c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"}
    | {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}
)
TRAILING = " \t.,;:!?\u2026-|"


def shingle_counts(text: str | None) -> Counter[tuple[str, ...]]:
    words = TOKEN.findall((text or "").lower())
    if len(words) < SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def precision_recall_f1(expected: Counter[Any], predicted: Counter[Any]) -> tuple[float, float, float]:
    if not expected and not predicted:
        return 1.0, 1.0, 1.0
    common = sum((expected & predicted).values())
    precision = common / sum(predicted.values()) if predicted else 0.0
    recall = common / sum(expected.values()) if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def normalize_text(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold().translate(QUOTES)
    return SPACE.sub(" ", text).strip().rstrip(TRAILING).strip()


def normalize_name(name: str) -> str:
    name = normalize_text(name)
    name = re.sub(r"^by\s+", "", name)
    return name.strip(" .,;:'\"()")


def headline_match(expected: str, predicted: str | None) -> tuple[float, float]:
    """(exact, fuzzy) match of a predicted headline, each 0 or 1."""
    e, p = normalize_text(expected), normalize_text(predicted)
    if not p:
        return 0.0, 0.0
    f1 = precision_recall_f1(Counter(TOKEN.findall(e.lower())), Counter(TOKEN.findall(p.lower())))[2]
    return float(e == p), float(f1 >= FUZZY_HEADLINE)


def authors_f1(expected: list[str], predicted: object) -> float:
    names = [predicted] if isinstance(predicted, str) else predicted if isinstance(predicted, list) else []
    e = {n for n in map(normalize_name, expected) if n}
    p = {n for n in (normalize_name(x) for x in names if isinstance(x, str)) if n}
    return precision_recall_f1(Counter(e), Counter(p))[2]


def day(value: object) -> str:
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value) if isinstance(value, str) else None
    return m.group(1) if m else ""


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def standard_error(values: list[float]) -> float | None:
    if len(values) < 2:
        return 0.0 if values else None
    m = sum(values) / len(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / (len(values) - 1) / len(values))


@dataclass
class Truth:
    id: str
    source: str
    data: dict[str, Any]
    inputs: set[str]


def load_truths(corpus: Path) -> dict[str, Truth]:
    truths: dict[str, Truth] = {}
    for path in sorted(corpus.glob("*/*/truth.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        inputs = {"dump." + p.name[5:-4] for p in path.parent.glob("dump.*.txt")}
        if (path.parent / "page.html").exists() or (path.parent / "page.html.gz").exists():
            inputs.add("html")
        truths[data["id"]] = Truth(data["id"], data.get("source", ""), data, inputs)
    return truths


def score(truths: Iterable[Truth], predictions: dict[str, dict[str, Any]], kind: str) -> dict[str, float | None]:
    """Scores of one input kind over the given documents (missing predictions count as empty)."""
    renderer = kind[5:] if kind.startswith("dump.") else None
    values: dict[str, list[float]] = defaultdict(list)
    seconds: list[float] = []
    n = 0
    for truth in truths:
        n += 1
        t, p = truth.data, predictions.get(truth.id, {})
        shown = (t.get("visible") or {}).get(renderer, {}) if renderer else {}

        def visible(field: str, shown: dict[str, Any] = shown) -> bool:
            return renderer is None or bool(shown.get(field))

        if isinstance(p.get("seconds"), (int, float)):
            seconds.append(float(p["seconds"]))
        body = p.get("body") if isinstance(p.get("body"), str) else ""
        if t.get("body") is not None:
            bp, br, bf = precision_recall_f1(shingle_counts(t["body"]), shingle_counts(body))
            values["body_p"].append(bp)
            values["body_r"].append(br)
            values["body_f1"].append(bf)
        if t.get("headline"):
            predicted = p.get("headline") if isinstance(p.get("headline"), str) else None
            exact, fuzzy = headline_match(t["headline"], predicted)
            values["headline"].append(exact)
            values["headline_fuzzy"].append(fuzzy)
            if visible("headline"):
                values["headline_vis"].append(exact)
                values["headline_fuzzy_vis"].append(fuzzy)
        if t.get("authors"):
            f1 = authors_f1(t["authors"], p.get("authors"))
            values["authors_f1"].append(f1)
            if visible("authors"):
                values["authors_f1_vis"].append(f1)
        if t.get("date"):
            ok = float(day(p.get("date")) == t["date"])
            values["date"].append(ok)
            if visible("date"):
                values["date_vis"].append(ok)
        flat = SPACE.sub(" ", body).strip()
        if t.get("with"):
            values["with"].append(sum(SPACE.sub(" ", s).strip() in flat for s in t["with"]) / len(t["with"]))
        if t.get("without"):
            values["without"].append(sum(SPACE.sub(" ", s).strip() in flat for s in t["without"]) / len(t["without"]))
    out: dict[str, float | None] = {"n": float(n)}
    for key in ("body_f1", "body_p", "body_r", "headline", "headline_fuzzy", "headline_vis", "headline_fuzzy_vis",
                "authors_f1", "authors_f1_vis", "date", "date_vis", "with", "without"):
        out[key] = mean(values[key])
    out["body_f1_se"] = standard_error(values["body_f1"])
    out["docs_per_s"] = len(seconds) / sum(seconds) if seconds and sum(seconds) > 0 else None
    return out
