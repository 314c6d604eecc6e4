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
    "by Jane Doe 14 Mar 2018",
    "14 Mar, 2018",
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



SLIDE_SHOW = "\n".join([
    "Harbour Gazette",
    "News",
    "Sport",
    "Tech",
    "Business News›Tech›Gadgets",
    "The new harbour ferry app is here, and here is all we know",
    "Jane Doe|",
    "17 Aug 2021, 11:05 AM IST",
    "1/5",
    "The harbour ferry company released its new app on Tuesday, and the first thing"
    " riders will notice is the ticket screen, which now shows the next three departures.",
    "Picture credit: Harbour Ferry Company Press Office Photos",
    "2/5",
    "A map shows where each ferry is on the bay, updated every"
    " half minute, so riders can see whether the boat is running late.",
    "Picture credit: Harbour Ferry Company Press Office Photos",
    "3/5",
    "Monthly passes bought in the app cost a tenth less"
    " than passes bought at the ticket office on the quay.",
    "Picture credit: Harbour Ferry Company Press Office Photos",
    "4/5",
    "Tickets are kept on the phone, so they can be shown to"
    " the crew even when there is no signal out on the water.",
    "Picture credit: Harbour Ferry Company Press Office Photos",
    "5/5",
    "The app warns riders when a storm is forecast and the company expects to cancel crossings.",
    "Picture credit: Harbour Ferry Company Press Office Photos",
])


def test_a_line_printed_at_every_slot_of_a_slide_show_is_no_repeated_headline() -> None:
    """A slide show prints its picture credit under each slide: the copies stand a few lines
    apart, several of them near each line, where a headline's copy in the header is one."""
    art = newsparse.parse(SLIDE_SHOW)
    assert art.headline == "The new harbour ferry app is here, and here is all we know"



TITLE_WITH_HEADLINE_AND_DEK = "\n".join([
    "Ferry crews vote to strike - Islanders face a week"
    " without boats as talks over pay break down - Harbour Gazette",
    "Videos",
    "Jobs",
    "Newsletter",
    "Shop",
    "Ferry crews vote to strike",
    "Islanders face a week without boats as talks over pay break down",
    "14. März 2023",
    "Ferry crews on the island route voted on Monday to strike for a"
    " week after talks with the operator over pay broke down late on Friday.",
    "The crews say their wages have not risen in four years, while the"
    " operator says it cannot afford the rise the union wants without cutting crossings.",
    "Islanders who work on the mainland said they would have to find rooms in town"
    " for the week, and the school said it would teach pupils from the island online.",
])


def test_the_title_part_printed_over_the_titles_longer_part_is_the_headline() -> None:
    """A scraper's dump opens with a title that holds the headline and its dek ("Headline -
    Dek - Site"); the longest part matches the dek's line, but the line right above it prints
    the part the title puts first: that is the headline, the other its dek."""
    art = newsparse.parse(TITLE_WITH_HEADLINE_AND_DEK)
    assert art.headline == "Ferry crews vote to strike"


def test_a_sites_name_first_in_the_title_stays_no_headline() -> None:
    """"Site - Headline": the site's name is the title's first part and may be printed over
    the headline (a logo's line), but the headline is the title's last part: no dek there."""
    lines = TITLE_WITH_HEADLINE_AND_DEK.split("\n")
    lines[0] = "Harbour Gazette Online - Islanders face a week without boats as talks over pay break down"
    lines[5] = "Harbour Gazette Online"
    art = newsparse.parse("\n".join(lines))
    assert art.headline == "Islanders face a week without boats as talks over pay break down"



# A sidebar's archive menu as a text browser prints it: every month on one long line.
ARCHIVE_MONTHS = " ".join(f"{month} {year}" for year in range(2024, 2018, -1) for month in (
    "December", "November", "October", "September", "August", "July", "June", "May", "April", "March", "February",
    "January"))
META_OVER_TITLE_BLOG = "\n".join([
    "    HOME",
    "    ABOUT",
    "    SEARCH",
    "    Categories",
    "    Choose a category Boats Harbour Fishing Weather Events Food Ferries Lighthouses Museums",
    "    ARCHIVE",
    "    Choose the month " + ARCHIVE_MONTHS,
    "    SOCIAL MEDIA",
    "    Follow @quayside",
    "    TOPICS",
    "    Boats Ferries Fishing Harbour Lighthouses Museums Quay Storms Tides Weather",
    "      27 May 2024 by Jane Roe / Categories: Boats , Harbour",
    "",
    "      The last wooden trawler leaves the harbour",
    "",
    "          The last wooden trawler, picture via the harbour museum",
    "",
    "          The last wooden trawler of the island fleet left the harbour on Monday morning"
    " for the museum yard on the mainland, where it will be restored over the next two years.",
    "          The boat was built in the village boatyard in 1952 and fished the northern"
    " banks until its skipper retired last winter.",
    "          Dozens of islanders stood on the quay to watch the trawler leave, and the"
    " lifeboat crew sounded its horn as the boat passed the lighthouse.",
    "      Tags: Boats, Harbour, Trawler",
    "      Read more",
    "        * 27 May 2024",
    "          The last wooden trawler leaves the harbour",
    "        * 24 May 2024",
    "          New tide gauge on the north pier",
])


def test_the_title_under_the_posts_date_and_author_line_is_the_headline() -> None:
    """A blog prints "27 May 2024 by Jane Roe" over the post's title; when the body region
    opens on the sidebar above (its archive menu read as a paragraph), the title under that
    first byline, over the text, is still the headline, not a menu line above."""
    art = newsparse.parse(META_OVER_TITLE_BLOG)
    assert art.headline == "The last wooden trawler leaves the harbour"



BLOG_HEADER_OVER_DATED_POST = "\n".join([
    "                      QUAYSIDE NOTES From The Harbour Wall",
    "",
    "                      Here is where I write about the boats, the tides and the weather on our island.",
    "",
    "                              Tuesday, March 9, 2021",
    "",
    "                                    Rebuilding The Old Slipway",
    "",
    "                                        Rebuilding the old slipway",
    "",
    "                                          1 Why the slipway",
    "",
    "                                            The old slipway below the lifeboat station has been rebuilt this",
    "                                            summer, and the first boats were hauled up it last week.",
    "                                            The council paid for new stone and the village paid for the winch,",
    "                                            which the blacksmith restored over the winter.",
    "",
    "                                          2 The winch",
    "",
    "                                            The winch was built in 1921 and had not turned for thirty years",
    "                                            before the blacksmith took it apart in his forge.",
])


def test_a_blogs_name_and_tagline_over_the_posts_date_are_no_headline_and_dek() -> None:
    """A blog's name and tagline stand over the post's date, and the date over the post's
    title (printed twice in a row: its link and its heading), over the text. The name over the
    tagline over a date reads as a headline over its dek; but the date heads the title under it."""
    art = newsparse.parse(BLOG_HEADER_OVER_DATED_POST)
    assert art.headline is not None and art.headline.lower() == "rebuilding the old slipway"
