"""The label chain: small named rules, run in order; the chain is data you can print.

Each rule is a function ``rule(doc) -> None`` that labels some of ``doc.blocks`` (and never
relabels a block another rule already decided, unless its docstring says so). Its docstring
says what signal it uses and why; ``newsparse --rules`` prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from newsparse.blocks import Block
from newsparse.label import body, boilerplate, bylines, captions, dates, header, region, structure, tail
from newsparse.label.context import Doc


@dataclass(frozen=True)
class Rule:
    name: str
    run: Callable[[Doc], None]

    @property
    def doc(self) -> str:
        return (self.run.__doc__ or "").strip()


CHAIN: tuple[Rule, ...] = tuple(
    Rule(fn.__name__, fn)
    for fn in (
        boilerplate.no_words,
        boilerplate.markup_text,
        boilerplate.link_header,
        boilerplate.reading_time,
        boilerplate.teasers,
        boilerplate.interface_text,
        structure.figure_captions,
        captions.credited_captions,
        structure.page_structure,
        structure.link_text,
        structure.alike_lines,
        region.body_region,
        region.split_sentence_start,
        region.teaser_tail,
        region.column_exit,
        structure.article_container,
        region.same_markup_tail,
        region.same_markup_head,
        region.sentence_lists_after,
        region.whole_table,
        structure.content_container,
        tail.author_bio,
        dates.datelines,
        bylines.bylines,
        region.header_inside_region,
        region.question_above,
        structure.lead_above_region,
        header.headline,
        header.repeated_headline,
        bylines.names_after_dates,
        bylines.names_under_headline,
        header.dek,
        body.lists_outside_column,
        body.inside_body,
        body.linked_lines_in_text,
        region.field_pairs_after,
        region.references_after,
        region.closing_line,
        region.sign_off_line,
        region.paragraph_after_inset,
        tail.leftovers,
    )
)


def label(blocks: list[Block], *, reference: dt.datetime | None = None,
          hints: dict[str, object] | None = None, disabled: frozenset[str] = frozenset()) -> Doc:
    """Run every enabled rule of the chain over the blocks; return the labelled document."""
    doc = Doc(blocks, reference, dict(hints or {}))
    doc.set_region(0, len(blocks))
    for rule in CHAIN:
        if rule.name not in disabled:
            rule.run(doc)
    return doc
