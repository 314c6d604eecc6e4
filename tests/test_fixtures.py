"""Every fixture page dump in tests/fixtures gives exactly its expected Article, field by field."""

from __future__ import annotations

import json

import pytest

import newsparse
from tests.conftest import FIXTURES

CASES = sorted(p.name[: -len(".expected.json")] for p in FIXTURES.glob("*.expected.json"))
FIELDS = ("headline", "dek", "byline", "authors", "date", "date_text", "reading_time", "captions",
          "paragraphs", "author_bio")


def load(case: str) -> tuple[newsparse.Article, dict[str, object]]:
    expected = json.loads((FIXTURES / f"{case}.expected.json").read_text(encoding="utf-8"))
    source = next(p for p in FIXTURES.glob(f"{case}.*") if not p.name.endswith(".expected.json"))
    article = newsparse.parse_file(source, url=expected.get("url"), reference_date=expected.get("reference_date"))
    return article, expected


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("case", CASES)
def test_field(case: str, field: str) -> None:
    article, expected = load(case)
    assert article.to_dict()[field] == expected[field]


@pytest.mark.parametrize("case", CASES)
def test_expected_files_are_complete(case: str) -> None:
    _, expected = load(case)
    assert set(FIELDS) <= set(expected)
    assert isinstance(expected["paragraphs"], list)


@pytest.mark.parametrize("case", CASES)
def test_text_is_the_dek_then_the_paragraphs(case: str) -> None:
    """``text`` loses nothing of the article: its standfirst opens it, the body follows."""
    article, expected = load(case)
    parts = ([expected["dek"]] if expected["dek"] else []) + [p["text"] for p in expected["paragraphs"]]  # type: ignore[index]
    assert article.text == "\n\n".join(parts)
