"""Web archives as inputs: WARC response records (HTML) and WET conversion records (text).

Reading uses warcio (the ``warc`` extra). Each usable record becomes one task whose id is
the record's ``WARC-Record-ID``; its target URI is the task's ``url`` and its ``WARC-Date``
the ``reference_date`` (for relative dates such as "2 hours ago"). Records that carry no
page (requests, metadata, non-HTML responses) are skipped: they are not inputs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsparse.batch import Task
from newsparse.errors import ParseError

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")
PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")


def is_archive(path: str | Path) -> bool:
    """True for a file name that says WARC, WET or ARC."""
    return str(path).lower().endswith(ARCHIVE_SUFFIXES)


def iter_archive(path: str | Path) -> Iterator[Task]:
    """Tasks for the pages in a WARC/WET file, in file order."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ParseError("dependency", "reading WARC files needs warcio: pip install 'newsparse[warc]'") from exc
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream, arc2warc=True):
            kind = record.rec_type
            if kind not in ("response", "conversion", "resource"):
                continue
            if kind == "response":
                content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            else:
                content_type = record.rec_headers.get_header("Content-Type", "text/plain")
            if not any(t in content_type.lower() for t in PAGE_TYPES):
                continue
            headers = record.rec_headers
            ident = headers.get_header("WARC-Record-ID") or headers.get_header("WARC-Target-URI") or str(path)
            yield Task(
                id=ident.strip("<>"),
                content=record.content_stream().read(),
                url=headers.get_header("WARC-Target-URI"),
                reference_date=_iso(headers.get_header("WARC-Date")),
                extra={"archive": str(path)},
            )


def _iso(value: str | None) -> str | None:
    """WARC dates are ISO 8601 with a "Z"; Python before 3.11 wants "+00:00"."""
    if not value:
        return None
    return value[:-1] + "+00:00" if value.endswith("Z") else value
