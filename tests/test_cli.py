"""The command line: formats, explain, stdin, and clear errors with a non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "harbour-flood.txt"


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Storm surge floods Port Averly harbour district as sea wall fails\n")
    assert "By Daniel Okafor and Priya Raman" in out
    assert "Advertisement" not in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-f", "json", str(EXAMPLE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["name"] for a in data["authors"]] == ["Daniel Okafor", "Priya Raman"]
    assert data["date"] == "2025-03-03T21:12:00+00:00"


def test_jsonl_one_line_per_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-f", "jsonl", str(EXAMPLE), str(EXAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["headline"] for line in lines)


def test_markdown_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-f", "markdown", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Storm surge floods")
    assert "\n## What happens next\n" in out


def test_explain_shows_every_block_with_label_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", str(EXAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("related" in line and "teasers" in line and "Read more:" in line for line in lines)
    assert any("byline" in line and "Daniel Okafor" in line for line in lines)
    assert len(lines) == sum(1 for line in EXAMPLE.read_text().splitlines() if line.strip())


def test_rules_lists_the_chain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--rules"]) == 0
    out = capsys.readouterr().out
    assert "body_region" in out and "inside_body" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), (b"", "empty"), (b"   \n\n  ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary")],
)
def test_bad_files_give_one_line_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        content: bytes | None, message: str) -> None:
    path = tmp_path / "page.txt"
    if content is not None:
        path.write_bytes(content)
    assert main([str(path), str(EXAMPLE)]) == 1
    captured = capsys.readouterr()
    err_lines = captured.err.strip().splitlines()
    assert len(err_lines) == 1 and message in err_lines[0] and "Traceback" not in captured.err
    assert "Storm surge" in captured.out  # the good file is still parsed


def test_stdin_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "-f", "json", "-"],
        input=EXAMPLE.read_bytes(), capture_output=True, check=True,
    )
    assert json.loads(result.stdout)["headline"].startswith("Storm surge")


def test_a_reader_that_closes_the_pipe_early_stops_it_quietly() -> None:
    """"newsparse page.txt | head -c 0": the write to the closed pipe fails; the command
    stops with status 141 (as SIGPIPE would) and no traceback."""
    process = subprocess.Popen([sys.executable, "-m", "newsparse", "-f", "json", str(EXAMPLE)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is written
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert "Traceback" not in errors and "Error" not in errors


def test_no_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "at least one FILE" in capsys.readouterr().err
