"""Pieces of invented pages that several test modules build their pages from."""

from __future__ import annotations

# Three paragraphs of an article, as HTML: enough running text for a body region.
HARBOUR_BODY_HTML = (
    "<p>The harbour committee met on Tuesday evening to discuss the new ferry timetable and "
    "the repairs to the old pier, which have been delayed by the winter storms.</p>"
    "<p>Members agreed that the works should start in spring, once the contractor has "
    "confirmed the delivery of the steel beams and the tide tables allow it.</p>"
    "<p>A public meeting will follow so that residents can ask questions about the plans "
    "and the changes to the timetable during the summer season.</p>")
