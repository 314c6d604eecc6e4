"""The PySpark helpers on a local Spark session: one output row per input row or archive page."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES

if shutil.which("java") is None:
    pytest.skip("Spark needs a Java runtime (java is not on PATH)", allow_module_level=True)
pyspark = pytest.importorskip("pyspark", reason="pyspark comes with the 'spark' (and 'dev') extra")

from pyspark.sql import SparkSession  # noqa: E402

from newsparse.spark import parse_column, parse_warc_files  # noqa: E402
from tests.test_warc import write_warc  # noqa: E402


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    # Executors run this interpreter, where newsparse is installed.
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("newsparse-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def test_parse_column(spark: SparkSession) -> None:
    dumps = sorted(FIXTURES.glob("*.txt"))
    rows = [(f"doc{n}", path.read_text(encoding="utf-8")) for n, path in enumerate(dumps)]
    rows += [("empty", ""), ("missing", None)]
    df = spark.createDataFrame(rows, "id string, page string").repartition(3)
    out = {row["id"]: row for row in parse_column(df, "page", id_column="id").collect()}
    assert len(out) == len(rows)
    first = json.loads((FIXTURES / f"{dumps[0].stem}.expected.json").read_text(encoding="utf-8"))
    assert out["doc0"]["headline"] == first["headline"]
    assert out["doc0"]["authors"] == [a["name"] for a in first["authors"]]
    assert out["empty"]["error_kind"] == "empty"
    assert out["missing"]["error_kind"] == "input"


def test_parse_warc_files(spark: SparkSession, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    rows = parse_warc_files(spark, [str(path), str(tmp_path / "absent.warc.gz")]).collect()
    assert len(rows) == 2
    page = next(r for r in rows if r["error_kind"] is None)
    assert page["url"] == "https://example.org/2025/04/08/lighthouse"
    assert page["headline"] == "Lighthouse keepers return to Skerrow Point after 40 years"
    assert next(r for r in rows if r["error_kind"])["error_kind"] == "archive"
