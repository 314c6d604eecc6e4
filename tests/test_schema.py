"""The published JSON Schemas hold for real output: every fixture, odd inputs, batch records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

import newsparse
from newsparse.batch import parse_many
from newsparse.cli import main
from tests.conftest import FIXTURES, ROOT

ARTICLE = newsparse.json_schema("article")
RECORD = newsparse.json_schema("record")
REGISTRY: Registry = Registry().with_resources(
    [(ARTICLE["$id"], Resource.from_contents(ARTICLE)), (RECORD["$id"], Resource.from_contents(RECORD))]
)
PAGES = [*sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html")), ROOT / "examples/harbour-flood.txt"]


def article_validator() -> Draft202012Validator:
    return Draft202012Validator(ARTICLE, registry=REGISTRY)


def record_validator() -> Draft202012Validator:
    return Draft202012Validator(RECORD, registry=REGISTRY)


def test_schemas_are_valid_schemas() -> None:
    Draft202012Validator.check_schema(ARTICLE)
    Draft202012Validator.check_schema(RECORD)
    assert set(ARTICLE["required"]) == set(newsparse.Article().to_dict())


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_fixture_output_matches_the_article_schema(page: Path) -> None:
    article_validator().validate(newsparse.parse_file(page).to_dict())


@pytest.mark.parametrize(
    "source",
    ["", "   \n", "x", "<html><body><p>Only a paragraph.</p></body></html>", "Title\n\nBy A B\n\n5 hours ago"],
)
def test_edge_case_output_matches_the_article_schema(source: str) -> None:
    art = newsparse.parse(source, reference_date="2025-01-02T10:00:00+00:00")
    article_validator().validate(json.loads(art.to_json()))


def test_every_date_shape_matches() -> None:
    validator = article_validator()
    utc = dt.timezone.utc
    for value in (dt.date(2025, 3, 1), dt.datetime(2025, 3, 1, 9, 5), dt.datetime(2025, 3, 1, 9, 5, tzinfo=utc)):
        validator.validate(newsparse.Article(date=value).to_dict())


def test_schema_rejects_what_the_library_never_writes() -> None:
    good = newsparse.parse_file(PAGES[0]).to_dict()
    bad: list[dict[str, Any]] = [
        {**good, "date": "March 3"},
        {**good, "paragraphs": [{"text": "x", "kind": "aside"}]},
        {**good, "authors": ["Jane Doe"]},
        {k: v for k, v in good.items() if k != "headline"},
        {**good, "extra": 1},
    ]
    for doc in bad:
        with pytest.raises(ValidationError):
            article_validator().validate(doc)


def test_batch_records_match_the_record_schema(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    inputs: list[Any] = [*PAGES[:3], tmp_path / "empty.txt", tmp_path / "binary.txt",
                         {"id": "rec-1", "html": "<p>Hello there, world of news.</p>", "lang": "en"}]
    records = [r.to_record() for r in parse_many(inputs, jobs=1)]
    assert len(records) == len(inputs) and any("error" in r for r in records)
    for record in records:
        record_validator().validate(record)
    with pytest.raises(ValidationError):
        record_validator().validate({"id": "x", "source": None, "error": {"kind": "binary"}})


def test_cli_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--schema", "article"]) == 0
    assert json.loads(capsys.readouterr().out) == ARTICLE
