"""Single label rules on small inputs: what each one catches and what it leaves alone."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.label import signals

BODY = ("The council met on Tuesday evening and voted to approve the new harbour budget after a long debate "
        "about the cost of repairs to the sea wall and the ferry terminal.")


@pytest.mark.parametrize(
    "text",
    ["[qrcode-app]", "[49537140.jpg?t=1485254340]", "IFRAME: https://example.org/embed", "____________",
     "Share Tweet Share", "Search Search", "3 min read", "© 2025 Example Media. All rights reserved.",
     "Sign up for our morning briefing"],
)
def test_interface_text_never_reaches_the_body(text: str) -> None:
    art = newsparse.parse("\n\n".join([BODY, text, BODY.replace("Tuesday", "Friday")]))
    assert text not in art.text


@pytest.mark.parametrize("text", ["Comments (12)", "Leave a Reply", "3 thoughts on “Harbour budget”",
                                  "Kommentare", "Deja un comentario"])
def test_comment_sections_are_walls(text: str) -> None:
    assert signals.COMMENTS_START.match(text)


@pytest.mark.parametrize("text", ["Comment", "Discussion of the budget continued"])
def test_a_word_is_not_a_wall(text: str) -> None:
    assert not signals.COMMENTS_START.match(text)


def test_comments_after_the_article_stay_out() -> None:
    comments = "\n\n".join(["Comments (2)", "Jane Reader", "2 hours ago",
                            "I think the council is right to spend this money on the harbour wall before winter.",
                            "Reply"])
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), comments]))
    assert len(art.paragraphs) == 2 and "I think" not in art.text
