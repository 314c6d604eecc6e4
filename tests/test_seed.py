"""The canonical page dump in ../shared/seed must come out exactly right."""

from __future__ import annotations

import json

import newsparse
from tests.conftest import shared_path

SEED = "000_649139e5555d0d9a.txt"
NOISE = ("News Feed", "2 min read", "Avatar", "Read more", "Show More")


def _seed() -> newsparse.Article:
    return newsparse.parse_file(shared_path("seed", SEED))


def test_headline_authors_and_date() -> None:
    art = _seed()
    assert art.headline == "Russia close to deal with Syria for post-Assad military presence, Bloomberg reports"
    assert [(a.name, a.role) for a in art.authors] == [("Tim Zadorozhnyy", "Reporter")]
    assert art.date is None  # the caption's "Nov. 18, 2019" is a photo date
    assert art.reading_time == 2


def test_caption_and_credit() -> None:
    art = _seed()
    assert len(art.captions) == 1
    assert art.captions[0].credit == "Bekir Kasim / Getty Images"
    assert art.captions[0].text.startswith("Russian soldiers with Russian flags")


def test_body_is_the_ten_paragraphs_in_order() -> None:
    art = _seed()
    texts = [p.text for p in art.paragraphs]
    assert len(texts) == 10
    assert all(p.kind == "paragraph" for p in art.paragraphs)
    assert texts[0].startswith("Russia is reportedly nearing")
    assert texts[5].startswith("The reported deal follows")
    assert texts[-1].endswith('if Damascus takes "wrong steps."')
    assert not any("Ilsky Oil Refinery" in t or "Lavrov rules out" in t for t in texts)


def test_bio_and_no_noise_anywhere() -> None:
    art = _seed()
    assert art.author_bio is not None
    assert art.author_bio.startswith("Tim Zadorozhnyy is the reporter for the Kyiv Independent")
    dumped = json.dumps(art.to_dict(), ensure_ascii=False)
    for noise in NOISE:
        assert noise not in dumped
