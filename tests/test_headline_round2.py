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
