"""Packaging facts a release depends on."""

from __future__ import annotations

import sys

import newsparse
from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def test_version_agrees_with_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert newsparse.__version__ == project["version"]


def test_changelog_names_the_version() -> None:
    assert f"## {newsparse.__version__}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_package_ships_its_data_files() -> None:
    package = ROOT / "src" / "newsparse"
    assert (package / "py.typed").exists()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = project["tool"]["setuptools"]["package-data"]["newsparse"]
    assert "py.typed" in data and "schemas/*.json" in data
    assert sorted(p.name for p in (package / "schemas").glob("*.json")) == ["article.schema.json", "record.schema.json"]
