"""Headline rules for dumps, round two: invented pages, each with the case a rule decides."""

from __future__ import annotations

import newsparse

TRAIL_GLUED = """Menu
Search

HomeHarbourFerry fares rise again as the island council meets

Ferry fares rise again as the island council meets

By Mara Quill

The island council met on Tuesday evening and agreed to raise ferry fares for the second time this year, \
citing the cost of fuel and repairs to the old pier at the northern landing.

Residents who depend on the morning crossing said the rise would hit commuters hardest, and several asked \
the council to keep a cheaper ticket for those who travel to work on the mainland every day.

The new fares take effect next month, the council said, after a review of the timetable.
"""


def test_heading_under_a_glued_trail_that_ends_with_it_is_the_headline() -> None:
    art = newsparse.parse(TRAIL_GLUED)
    assert art.headline == "Ferry fares rise again as the island council meets"


FACT_BOX = """Shelf notes

Home › Reviews › Novels

Tuesday, 4 March 2025

[Review] The Salt Road - a novel by P. J. Marrow

Book facts:
Pages: 412
Publisher: Lantern House
In shops: 12.02.2025
Price: 14,50 € (D)
Series: The Salt Road
Volume 1: The Crossing
Volume 2: The Harbour
Blurb:

A caravan leaves the coast at dawn and does not come back for a year, and the girl who drives its last wagon \
keeps a list of everything the desert takes from her.

I liked the first volume a lot, and this one goes further: the writing is quieter, the characters older, and \
the desert is as much a person in the story as anyone who crosses it.

The ending surprised me, and I will read whatever the author writes next.
"""


def test_a_fact_box_field_is_no_headline() -> None:
    art = newsparse.parse(FACT_BOX)
    assert art.headline == "[Review] The Salt Road - a novel by P. J. Marrow"


def test_a_date_under_a_label_of_its_own_is_not_the_articles() -> None:
    art = newsparse.parse(FACT_BOX)
    assert art.date is not None and art.date.isoformat().startswith("2025-03-04")
