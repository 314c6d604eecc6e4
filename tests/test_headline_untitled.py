"""Headlines in dumps that print no title line (inscriptis, a browser's innerText, a text
browser): the page's first line is its masthead, and a sidebar may come before the post."""

from __future__ import annotations

import newsparse

SIDEBAR_FIRST_BLOG = """\
Skip to content

    Marta Quill's notebook

    Marta Quill teaches marine biology at a small coastal college and writes about tides, kelp and boats.

    Menu and widgets

      * About me
      * My papers
      * Contact

    You can follow this notebook by email whenever a new entry appears on the site.

    Recent Posts

      * Kelp forests in a warm winter
      * Counting crabs by lantern light

    Archives Select Month March 2024 (3) February 2024 (5) January 2024 (2) December 2023 (4)

        Why the harbour seals came back early

        The harbour seals of the northern bay returned three weeks earlier than usual this spring, and the
        colony on the breakwater is already larger than it was at the end of last summer.

        Fishermen first noticed the animals on the rocks below the lighthouse in late February, when the
        water was still far too cold for the pups that are usually born there in June.

        Our survey team counted the seals every morning for a month and compared the numbers with the
        records kept by the harbour master since the nineteen-eighties.

        The most likely reason is the mild winter: the herring arrived early, and the seals followed them.

    Published by

    Marta Quill

    3 thoughts on “Why the harbour seals came back early”

      1. Tom says:

        I saw them too, on the rocks by the old pier. Thanks for writing this up.

        Reply

      2. Ines says:

        Are the pups born earlier as well, or only the adults back early?

        Reply
"""


def test_the_line_a_comment_count_names_is_the_headline() -> None:
    """The comment section's heading ("3 thoughts on “<title>”") quotes the post's title: the
    line that prints it over the post is the headline, not the site's name over the sidebar."""
    art = newsparse.parse(SIDEBAR_FIRST_BLOG)
    assert art.headline == "Why the harbour seals came back early"


def test_a_comment_count_run_on_into_the_first_comment_still_names_the_headline() -> None:
    """A browser's copy may print the count heading and the first commenter on one line
    ("3 thoughts on “<title>” Tom says:"): the title ends at its closing quote."""
    text = SIDEBAR_FIRST_BLOG.replace("early”\n\n      1. Tom says:", "early” Tom says:")
    assert "early” Tom says:" in text
    art = newsparse.parse(text)
    assert art.headline == "Why the harbour seals came back early"


def test_a_comment_count_naming_nothing_printed_decides_nothing() -> None:
    """A comment heading whose title no line prints is no evidence: the other rules decide."""
    text = SIDEBAR_FIRST_BLOG.replace("3 thoughts on “Why the harbour seals came back early”",
                                      "3 thoughts on “A title printed nowhere else”")
    art = newsparse.parse(text)
    assert art.headline != "A title printed nowhere else"


HEADLINE_PRINTED_FOUR_TIMES = "\n".join([
    "Harbour Gazette",
    "Sections",
    "Ferry strike leaves islanders stranded for a third day",
    "Sign In",
    "Subscribe",
    "Local News",
    "Ferry strike leaves islanders stranded for a third day",
    "Share on Facebook",
    "Share on Twitter",
    "Share via Email",
    "More Options",
    "Resize Text",
    "Print Article",
    "Comments",
    "By Jane Doe March 18 at 3:57 PM",
    "1 of 12",
    "Full Screen",
    "Autoplay",
    "Close",
    "Islanders wait at the empty ferry terminal for a third day",
    "View Photos",
    "Islanders waited at the empty ferry terminal for a third day on Thursday as the strike"
    " by ferry crews showed no sign of ending, leaving hundreds of people unable to reach the mainland.",
    "The union said its members would stay off the boats until the operator agreed to"
    " talks about pay and the long shifts that crews have worked since the winter timetable began.",
    "Shops on the island have started to run short of fresh food, and the local"
    " doctor said two patients had been taken to the mainland hospital by the coastguard helicopter.",
    "The operator said it regretted the disruption and hoped to restart"
    " a reduced service on Saturday if enough staff returned to work.",
    "Most Read",
    "Ferry strike leaves islanders stranded for a third day",
    "Council approves new sea wall after long debate",
    "Lighthouse keeper retires after forty years",
    "Trending",
    "Ferry strike leaves islanders stranded for a third day",
    "Fishing fleet returns early as storm nears",
])


def test_a_headline_set_twice_in_the_header_and_listed_in_teasers_keeps_its_repeat() -> None:
    """A page prints its headline in a sticky bar and over the article, and lists it again
    in its "Most read" and "Trending" boxes: printed four times, the two copies a few lines
    apart still mark the headline, which a photo gallery's caption near the text must not beat."""
    art = newsparse.parse(HEADLINE_PRINTED_FOUR_TIMES)
    assert art.headline == "Ferry strike leaves islanders stranded for a third day"


PHOTO_CREDIT_OVER_BYLINE = "\n".join([
    "Harbour Gazette",
    "News",
    "Sport",
    "Facebook",
    "Twitter",
    "Harbour council sells the old ferry terminal to a hotel group",
    "4120",
    "17",
    "MARTA QUILL/AFP/Coastline Photos",
    "by Jane Doe 22 Dec 2016",
    "22 Dec, 2016",
    "The harbour council voted on Thursday to sell the old ferry terminal to a hotel group, ending years"
    " of argument about the future of the empty building on the quay.",
    "The hotel group plans to keep the terminal's clock tower and open a restaurant on the ground floor,"
    " the council said after the vote.",
    "Some residents had asked for the building to become a museum of the island's fishing fleet, but the"
    " council said it could not pay for the repairs.",
])


def test_a_photo_credit_naming_an_agency_after_a_slash_is_no_headline() -> None:
    """"NAME/AFP/Picture desk" over the byline credits the article's photo: a part after a
    slash is a news agency's name. It stands right over the byline, but the headline is the
    title above it."""
    art = newsparse.parse(PHOTO_CREDIT_OVER_BYLINE)
    assert art.headline == "Harbour council sells the old ferry terminal to a hotel group"
