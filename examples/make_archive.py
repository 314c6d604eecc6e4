"""Build examples/pages.warc.gz, a small WARC file of the example pages (for the docs).

    python examples/make_archive.py

Each example page becomes one response record with a made-up target URI; needs warcio
(``pip install 'newsparse[warc]'``).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
PAGES = [
    ("library-reopens.html", "https://courier.example/culture/library-reopens", "text/html; charset=utf-8"),
    ("harbour-flood.txt", "https://gazette.example/news/harbour-flood", "text/plain; charset=utf-8"),
]


def main() -> None:
    with open(HERE / "pages.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for name, uri, content_type in PAGES:
            payload = (HERE / name).read_bytes()
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=BytesIO(payload), http_headers=http,
                warc_headers_dict={"WARC-Date": "2025-09-12T09:00:00Z"},
            )
            writer.write_record(record)


if __name__ == "__main__":
    main()
