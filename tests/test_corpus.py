"""Every dump of the development corpus parses without an error (skipped without ../shared)."""

from __future__ import annotations

import newsparse
from tests.conftest import shared_path


def test_every_corpus_dump_parses() -> None:
    corpus = shared_path("corpus")
    dumps = sorted(corpus.glob("*/*/dump.*.txt"))
    assert dumps
    failures = []
    for path in dumps:
        try:
            article = newsparse.parse_file(path)
        except Exception as exc:  # any exception is a finding
            failures.append(f"{path.relative_to(corpus)}: {type(exc).__name__}: {exc}")
            continue
        assert isinstance(article, newsparse.Article)
    assert not failures, "\n".join(failures[:20])
