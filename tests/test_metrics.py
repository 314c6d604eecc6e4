"""The benchmark's metrics agree with the shared scorer on the same predictions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path

sys.path.insert(0, str(ROOT / "benchmarks"))
from metrics import authors_f1, headline_match, load_truths, precision_recall_f1, score, shingle_counts

TRUTHS = [
    {"id": "s/a", "source": "s", "headline": "Storm Floods Harbour", "authors": ["Jane Doe", "Omar Haddad"],
     "date": "2025-02-17", "body": "The storm flooded the harbour on Monday.\n\nNo one was hurt, officials said.",
     "with": ["No one was hurt"], "without": ["Read more"],
     "visible": {"txt": {"headline": True, "authors": True, "date": False}}},
    {"id": "s/b", "source": "s", "headline": "Council “Approves” Budget – Again", "authors": ["Li Wei"],
     "date": "2024-05-01", "body": "The council approved the budget for the third year running.",
     "with": [], "without": [], "visible": {"txt": {"headline": False, "authors": True, "date": True}}},
    {"id": "s/c", "source": "s", "headline": None, "authors": None, "date": None, "body": "",
     "with": [], "without": [], "visible": {"txt": {"headline": False, "authors": False, "date": False}}},
]
PREDICTIONS = [
    {"id": "s/a", "input": "dump.txt", "headline": "Storm floods harbour.", "authors": ["By Jane Doe"],
     "date": "2025-02-17T10:00:00", "body": "The storm flooded the harbour on Monday. Read more", "seconds": 0.01},
    {"id": "s/b", "input": "dump.txt", "headline": "Council 'approves' budget - again!", "authors": "Li Wei",
     "date": "2024-05-02", "body": "The council approved the budget.", "seconds": 0.02},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for truth in TRUTHS:
        folder = tmp_path / truth["id"]
        folder.mkdir(parents=True)
        (folder / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
        (folder / "dump.txt.txt").write_text("x", encoding="utf-8")
    return tmp_path


def test_building_blocks() -> None:
    assert precision_recall_f1(shingle_counts(""), shingle_counts("")) == (1.0, 1.0, 1.0)
    assert sum(shingle_counts("one two three").values()) == 1
    assert headline_match("Storm Floods Harbour", "storm floods harbour!") == (1.0, 1.0)
    assert authors_f1(["Jane Doe", "Omar Haddad"], ["By Jane Doe"]) == pytest.approx(2 / 3)


def test_agrees_with_shared_scorer(corpus: Path, tmp_path: Path) -> None:
    scorer = shared_path("eval", "score.py")
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in PREDICTIONS), encoding="utf-8")
    result = subprocess.run([sys.executable, str(scorer), str(corpus), str(pred_path), "--json"],
                            capture_output=True, text=True, check=True)
    theirs = json.loads(result.stdout)["dump.txt"]["all"]
    truths = load_truths(corpus)
    ours = score(list(truths.values()), {p["id"]: p for p in PREDICTIONS}, "dump.txt")
    for key in ("body_f1", "body_p", "body_r", "headline", "headline_fuzzy", "headline_vis", "headline_fuzzy_vis",
                "authors_f1", "authors_f1_vis", "date", "date_vis", "with", "without", "docs_per_s"):
        assert ours[key] == pytest.approx(theirs[key]), key
