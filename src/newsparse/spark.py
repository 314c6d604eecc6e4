"""PySpark helpers: parse a DataFrame column of pages, or WARC/WET files, on a cluster.

Needs the ``spark`` extra (``pip install 'newsparse[spark]'``). Each partition is parsed
with ``mapPartitions`` in the executors; every input row gives exactly one output row, an
article or an error (``error_kind`` and ``error_message`` set). The output columns:

``id, source, url, headline, byline, authors (array<string>), date, text, error_kind,
error_message, record`` where ``record`` is the full JSON record (captions, paragraphs
with their kinds, bio, carried-through fields).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsparse.batch import Result, Task, run_task
from newsparse.warc import iter_archive

COLUMNS = ("id", "source", "url", "headline", "byline", "authors", "date", "text", "error_kind",
           "error_message", "record")


def schema() -> Any:
    """The Spark schema of the output rows."""
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    fields = [StructField(name, ArrayType(StringType()) if name == "authors" else StringType())
              for name in COLUMNS]
    return StructType(fields)


def to_row(result: Result) -> tuple[Any, ...]:
    """One output row (a tuple in ``COLUMNS`` order) for one result."""
    record = result.to_record()
    article = result.article
    return (
        result.id,
        result.source,
        article.url if article else record.get("url"),
        article.headline if article else None,
        article.byline if article else None,
        [a.name for a in article.authors] if article else [],
        article.date.isoformat() if article and article.date else None,
        article.text if article else None,
        result.error_kind,
        result.error_message,
        json.dumps(record, ensure_ascii=False, default=str),
    )


def parse_rows(rows: Iterable[Any], column: str, id_column: str | None = None,
               url_column: str | None = None) -> Iterator[tuple[Any, ...]]:
    """Parse the pages in ``column`` of a partition's rows (Spark ``Row`` objects or dicts)."""
    for number, row in enumerate(rows):
        data = row.asDict() if hasattr(row, "asDict") else dict(row)
        content = data.get(column)
        ident = str(data.get(id_column)) if id_column and data.get(id_column) is not None else str(number)
        url = data.get(url_column) if url_column else None
        if isinstance(content, bytearray):
            content = bytes(content)  # Spark's binary columns
        task = Task(ident, content=content if isinstance(content, (str, bytes)) else None,
                    url=url if isinstance(url, str) else None)
        yield to_row(run_task(task))


def parse_archives(paths: Iterable[str]) -> Iterator[tuple[Any, ...]]:
    """Parse every page record of the WARC/WET files at ``paths`` (readable by the executor)."""
    for path in paths:
        try:
            for task in iter_archive(path):
                yield to_row(run_task(task))
        except Exception as exc:  # an unreadable archive: one error row in its place
            yield to_row(Result(path, None, "archive", f"cannot read the archive: {exc}", path))


def parse_column(df: Any, column: str, *, id_column: str | None = None, url_column: str | None = None) -> Any:
    """A DataFrame of parsed articles, one row per row of ``df`` (pages in ``column``)."""
    rdd = df.rdd.mapPartitions(lambda rows: parse_rows(rows, column, id_column, url_column))
    return df.sparkSession.createDataFrame(rdd, schema())


def parse_warc_files(spark: Any, paths: list[str], *, partitions: int | None = None) -> Any:
    """A DataFrame of parsed articles from WARC/WET files, one file per task."""
    rdd = spark.sparkContext.parallelize(paths, partitions or max(1, len(paths))).mapPartitions(parse_archives)
    return spark.createDataFrame(rdd, schema())
