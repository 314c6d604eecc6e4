"""Many inputs: one result or one error record per input, in order, the same for any job count."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from newsparse.batch import Task, parse_many
from newsparse.cli import main

WORDS = "harbour council storm vote budget bridge river school market ferry tram station".split()


def make_dump(n: int) -> str:
    rng = random.Random(n)
    headline = " ".join(rng.choice(WORDS).title() for _ in range(6))
    paras = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(18, 30))).capitalize() + "."
        for _ in range(rng.randint(3, 6))
    ]
    return "\n\n".join(["Home", "News", headline, f"By Jane Example{n % 7}", *paras, "Share this article"])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    for n in range(1000):
        path = root / ("sub" if n % 3 else "") / f"page{n:04d}.txt"
        if n % 97 == 0:
            path.write_bytes(b"")
        elif n % 89 == 0:
            path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
        elif n % 83 == 0:
            path.write_bytes(make_dump(n).replace("harbour", "härbour").encode("cp1252"))
        else:
            path.write_text(make_dump(n), encoding="utf-8")
    return root


def test_thousand_files_thousand_records(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["-f", "jsonl", "-j", "2", "-o", str(out), str(folder)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1000
    errors = {r["id"]: r["error"]["kind"] for r in records if "error" in r}
    expected = {n: ("empty" if n % 97 == 0 else "binary") for n in range(1000) if n % 97 == 0 or n % 89 == 0}
    assert sorted(errors.values()) == sorted(expected.values())
    assert code == 1  # some inputs failed
    assert "read 1000, written 1000, failed" in capsys.readouterr().err
    cp1252 = next(r for r in records if r["id"].endswith("page0083.txt"))
    assert "error" not in cp1252 and "härbour" in json.dumps(cp1252, ensure_ascii=False)


def test_one_job_and_many_jobs_agree(folder: Path) -> None:
    paths = sorted(folder.rglob("*.txt"))[:200]
    one = [r.to_record() for r in parse_many(paths, jobs=1)]
    two = [r.to_record() for r in parse_many(paths, jobs=2)]
    assert one == two
    unordered = [r.to_record() for r in parse_many(paths, jobs=2, ordered=False)]
    assert sorted(map(json.dumps, unordered)) == sorted(map(json.dumps, one))


def test_mixed_inputs_in_order() -> None:
    inputs = [make_dump(1), make_dump(2).encode("utf-8"), {"id": "rec", "text": make_dump(3), "lang": "en"},
              {"id": "bad"}, Task("task", content=make_dump(4))]
    results = list(parse_many(inputs, jobs=1))
    assert [r.id for r in results] == ["0", "1", "rec", "bad", "task"]
    assert [r.ok for r in results] == [True, True, True, False, True]
    assert results[2].to_record()["lang"] == "en"
    assert results[3].to_record()["error"]["kind"] == "input"


def test_jsonl_input_with_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    lines = [{"id": f"d{n}", "url": f"https://example.org/{n}", "text": make_dump(n)} for n in range(5)]
    source.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    assert main(["-f", "jsonl", "-j", "1", "--input-format", "jsonl", "--field", "text", str(source)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records][:5] == [f"d{n}" for n in range(5)]
    assert records[0]["url"] == "https://example.org/0"
    assert records[5]["error"]["kind"] == "input"


def small_folder(tmp_path: Path, count: int = 12, broken: tuple[int, ...] = (5,)) -> Path:
    root = tmp_path / "small"
    root.mkdir()
    for n in range(count):
        (root / f"p{n:02d}.txt").write_bytes(b"" if n in broken else make_dump(n).encode("utf-8"))
    return root


def test_resume_skips_what_is_done(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = small_folder(tmp_path)
    out = tmp_path / "out.jsonl"
    main(["-f", "jsonl", "-j", "1", "-o", str(out), str(root)])
    lines = out.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(lines[:7]) + "\n" + lines[7][:20], encoding="utf-8")  # cut by an interruption
    capsys.readouterr()
    main(["-f", "jsonl", "-j", "1", "--resume", "-o", str(out), str(root)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.endswith("}")]
    assert sorted(r["id"] for r in records) == sorted(str(p) for p in root.glob("*.txt"))
    assert "skipped 7 already done" in capsys.readouterr().err


def test_fail_fast_stops_at_the_first_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = small_folder(tmp_path)
    assert main(["-f", "jsonl", "-j", "1", "--fail-fast", str(root)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 6 and records[-1]["error"]["kind"] == "empty"


def test_output_dir_one_file_per_input(tmp_path: Path) -> None:
    root = small_folder(tmp_path, count=4, broken=())
    target = tmp_path / "records"
    assert main(["-f", "jsonl", "-j", "1", "--output-dir", str(target), str(root)]) == 0
    files = sorted(target.glob("*.json"))
    assert len(files) == 4
    assert all(json.loads(f.read_text(encoding="utf-8"))["headline"] for f in files)


def test_interrupted_run_leaves_complete_records(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "many.jsonl"
    with source.open("w", encoding="utf-8") as stream:
        for n in range(20_000):
            stream.write(json.dumps({"id": f"d{n}", "text": make_dump(n)}) + "\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "-f", "jsonl", "-j", "2", "--input-format", "jsonl", "--field", "text",
         "-o", str(out), str(source)],
        stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 180  # generous: a loaded machine starts the workers slowly
    while (not out.exists() or out.stat().st_size < 50_000) and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "interrupted after" in err and "Traceback" not in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["id"] == f"d{n}" for n, line in enumerate(lines))


def _pool_threads() -> list[object]:
    import threading
    from concurrent.futures import process

    return [t for t in threading.enumerate() if isinstance(t, process._ExecutorManagerThread)]


@pytest.mark.parametrize("abandon", [False, True], ids=["finished", "abandoned"])
def test_the_worker_pool_is_gone_when_the_batch_ends(abandon: bool) -> None:
    """A pool still closing at interpreter exit races the exit hook ("Bad file descriptor" on stderr)."""
    before = len(_pool_threads())
    results = parse_many([make_dump(n) for n in range(12)], jobs=2)
    if abandon:
        next(results)
        results.close()
    else:
        assert len(list(results)) == 12
    assert len(_pool_threads()) == before
