"""benchmarks/snapshot.py and benchmarks/stages.py on a corpus of two invented pages."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import snapshot
import stages

PAGE = (b"<html><head><title>Ferry fares rise again</title></head><body><article><h1>Ferry fares rise "
        b"again</h1><p class='byline'>By Mara Lindqvist</p><p>The harbour board approved a rise in ferry "
        b"fares on Tuesday, the third in two years, citing fuel costs and repairs to the north pier.</p>"
        b"<p>Commuters said the timetable had not improved since the last rise and asked the board to "
        b"publish its accounts before the next vote.</p></article></body></html>")
DUMP = ("Ferry fares rise again\n\nBy Mara Lindqvist\n\nThe harbour board approved a rise in ferry fares on "
        "Tuesday, the third in two years, citing fuel costs and repairs to the north pier.\n")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    for name in ("doc1", "doc2"):
        folder = tmp_path / "corpus" / "site" / name
        folder.mkdir(parents=True)
        (folder / "page.html.gz").write_bytes(gzip.compress(PAGE))
        (folder / "dump.bs4.txt").write_text(DUMP, encoding="utf-8")
        (folder / "truth.json").write_text(json.dumps({"id": f"site/{name}"}), encoding="utf-8")
    return tmp_path / "corpus"


def test_snapshots_of_the_same_code_compare_equal(corpus: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert snapshot.main([str(corpus), str(first), "--inputs", "html", "dump.bs4"]) == 0
    assert snapshot.main([str(corpus), str(second), "--inputs", "html", "dump.bs4"]) == 0
    rows = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 4 and rows[0]["article"]["headline"] == "Ferry fares rise again"
    assert snapshot.main(["--compare", str(first), str(second)]) == 0
    assert "4 inputs; 0 differ" in capsys.readouterr().out


def test_a_changed_field_is_named_and_fails_the_comparison(corpus: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    snapshot.main([str(corpus), str(before), "--inputs", "html"])
    rows = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    rows[1]["article"]["headline"] = "Ferry fares rise"
    after.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert snapshot.main(["--compare", str(before), str(after)]) == 1
    out = capsys.readouterr().out
    assert "site/doc2 html: headline" in out and "2 inputs; 1 differ" in out


def test_a_snapshot_of_no_inputs_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no html inputs"):
        snapshot.main([str(tmp_path), str(tmp_path / "out.jsonl"), "--inputs", "html"])


@pytest.mark.parametrize("kind", ["html", "dump.bs4"])
def test_stages_cover_the_pipeline(corpus: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert stages.main([str(corpus), "--input", kind, "--top", "100"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{kind}: 2 documents")
    expected = ["decode", "lxml parse", "hints", "DOM walk"] if kind == "html" else ["decode", "segment"]
    for stage in [*expected, "rule headline", "rule bylines", "assemble"]:
        assert f"  {stage} " in out
