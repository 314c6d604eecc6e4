"""WARC and WET archives made by the tests round-trip through the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from newsparse.cli import main
from tests.conftest import FIXTURES

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

HTML = (FIXTURES / "html_news_page_jsonld.html").read_bytes()
DUMP = (FIXTURES / "relative_date_hours_ago.txt").read_bytes()


def write_warc(path: Path) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.org/2025/04/08/lighthouse", "response", payload=io.BytesIO(HTML),
            http_headers=http, warc_headers_dict={"WARC-Date": "2025-04-09T10:00:00Z"}))
        writer.write_record(writer.create_warc_record(
            "https://example.org/robots.txt", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.org/logo.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image))


def write_wet(path: Path) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warc_record(
            "https://example.org/news/storm", "conversion", payload=io.BytesIO(DUMP),
            warc_headers_dict={"Content-Type": "text/plain", "WARC-Date": "2025-03-10T12:00:00Z"}))


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["-f", "jsonl", "-j", "1", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_warc_response_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    records = run([str(path)], capsys)
    assert len(records) == 1  # the request and the image are not pages
    record = records[0]
    assert record["url"] == "https://example.org/2025/04/08/lighthouse"
    assert record["source"] == "https://example.org/2025/04/08/lighthouse"
    assert record["headline"] == "Lighthouse keepers return to Skerrow Point after 40 years"
    assert record["archive"] == str(path)


def test_wet_conversion_records_use_the_warc_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crawl.wet.gz"
    write_wet(path)
    records = run([str(path)], capsys)
    expected = json.loads((FIXTURES / "relative_date_hours_ago.expected.json").read_text(encoding="utf-8"))
    assert records[0]["headline"] == expected["headline"]
    assert records[0]["date"] == expected["date"]  # "2 hours ago" against WARC-Date


def test_corrupt_archive_gives_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a web archive\n" * 20)
    assert main(["-f", "jsonl", "-j", "1", str(path)]) == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records[-1]["error"]["kind"] == "archive"
