"""Single label rules on small inputs: what each one catches and what it leaves alone."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.blocks import Block, Label
from newsparse.label import body as body_rules
from newsparse.label import region, signals
from newsparse.label.context import Doc
from newsparse.label.header import TITLE_SEPARATOR, cut_title

BODY = ("The council met on Tuesday evening and voted to approve the new harbour budget after a long debate "
        "about the cost of repairs to the sea wall and the ferry terminal.")


def between_paragraphs(text: str) -> newsparse.Article:
    """The Article of a page whose line ``text`` stands between two paragraphs of its body."""
    return newsparse.parse("\n\n".join([BODY, text, BODY.replace("Tuesday", "Friday")]))


@pytest.mark.parametrize(
    "text",
    ["[qrcode-app]", "[49537140.jpg?t=1485254340]", "IFRAME: https://example.org/embed", "____________",
     "Share Tweet Share", "Search Search", "3 min read", "© 2025 Example Media. All rights reserved.",
     "Sign up for our morning briefing",
     "Did you enjoy this story? Tell us below", "Hat Ihnen dieser Beitrag gefallen?",
     "Dieser Artikel hat dir gefallen? Teile ihn mit Freunden!",
     "Never miss a tide report by signing up to our harbour newsletter!", "Möchtest du unseren Newsletter erhalten?",
     "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du zu.",
     "Ce site utilise des cookies pour mesurer son audience et vous proposer des contenus adaptés.",
     "Disclaimer. Quotes: © 2024 Example Data Inc. All Rights Reserved. " + "Prices are delayed, as is. " * 12],
)
def test_interface_text_never_reaches_the_body(text: str) -> None:
    art = between_paragraphs(text)
    assert text not in art.text


@pytest.mark.parametrize(
    "text",
    ["Mit dem Abschicken des Formulars willige ich ein, dass mir der Hafenverlag Angebote per E-Mail sendet.",
     "Kindly note that comments are moderated by our harbour desk before they appear.",
     "We welcome your comments on the tide tables below.",
     "Para comentar tienes que iniciar sesión con tu cuenta del Diario del Muelle.",
     "Wenn Sie den Hafenbericht kommentieren möchten, melden Sie sich bitte an.",
     "Already a subscriber? Log in to keep reading the tide report.",
     "To read the full tide report, please subscribe to the Quayside Courier.",
     "Síguenos en nuestros canales del puerto para más noticias"],
)
def test_sign_up_comment_and_paywall_notices_never_reach_the_body(text: str) -> None:
    """A sign-up form's first-person consent, a comment section's house rules and a
    paywall's notice speak to the reader about the site: none is the article's text."""
    art = between_paragraphs(text)
    assert text not in art.text


@pytest.mark.parametrize(
    "text",
    ["Hackers copied the e-mail addresses of forty thousand subscribers of the ferry company.",
     "The harbour authority said all comments are moderated by volunteers before they go online.",
     "Mit der Anmeldung zum Hafenfest beginnt für die Vereine die Planung des Sommers.",
     "To read the full report, councillors met twice in the town hall last week."],
)
def test_sentences_about_mail_comments_and_sign_ups_stay_in_the_body(text: str) -> None:
    """Sentences that tell of e-mail, comments or a registration, without speaking to the
    reader as the site's forms do, are the article's."""
    art = between_paragraphs(text)
    assert text in art.text


@pytest.mark.parametrize("text", ["Comments (12)", "View comments (14)", "Leave a Reply",
                                  "3 thoughts on “Harbour budget”",
                                  "Kommentare", "Deja un comentario", "Kommentare lesen",
                                  "Voir les commentaires", "Leggi i commenti", "Kommentar verfassen",
                                  "Einen Kommentar schreiben",
                                  # a reply form's heading with its button, printed on one line
                                  "Write a response Cancel reply", "Escribe un comentario Cancelar respuesta",
                                  "Verfasse einen Kommentar Antwort abbrechen",
                                  # a blog's reply heading, and its count of comments on the post
                                  "Hinterlasse eine Antwort", "Deixe uma resposta",
                                  "5 Gedanken zu „Der Hafen im Winter“", "4 Kommentare on “Hafen im Winter”",
                                  "12 comentarios en “El puerto”"])
def test_comment_sections_are_walls(text: str) -> None:
    assert signals.COMMENTS_START.match(text)


@pytest.mark.parametrize(
    "text",
    ["Your e-mail address will not be published; fields with a star are needed.",
     "Ihre E-Mail-Adresse wird nicht veröffentlicht, Pflichtfelder tragen einen Stern.",
     "Save my name, e-mail and website in this browser for my next comment on the harbour.",
     "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber.",
     "This blog uses Akismet against spam in the comments on the harbour.",
     "4. Please understand that all comments are moderated before they show under the tide report.",
     "3. We ask that comments are civil and stay on the subject of the harbour."],
)
def test_a_comment_forms_fine_print_and_numbered_house_rules_never_reach_the_body(text: str) -> None:
    """The fine print of a blog's comment form and a thread's house rules, numbered or not,
    speak to the commenter, not of the article's subject."""
    art = between_paragraphs(text)
    assert text not in art.text


def test_a_counted_comment_heading_keeps_a_short_post_over_a_long_thread() -> None:
    """A heading that counts the comments on the post ends the post, even when the thread
    below it outweighs the post many times over."""
    comment = ("I have walked along that harbour wall every single morning for forty winters and I can tell "
               "you that the repairs are long overdue, the council should have done this a decade ago {}.")
    thread = [part for n in range(40) for part in (f"Reader {n} says:", comment.format(n), "Reply")]
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"),
                                       "40 thoughts on “Harbour Budget Approved After Long Debate”", *thread]))
    assert "harbour budget" in art.text and "forty winters" not in art.text


@pytest.mark.parametrize("text", ["Comment", "Discussion of the budget continued", "Cancelar respuesta"])
def test_a_word_is_not_a_wall(text: str) -> None:
    assert not signals.COMMENTS_START.match(text)


def test_comments_after_the_article_stay_out() -> None:
    comments = "\n\n".join(["Comments (2)", "Jane Reader", "2 hours ago",
                            "I think the council is right to spend this money on the harbour wall before winter.",
                            "Reply"])
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), comments]))
    assert len(art.paragraphs) == 2 and "I think" not in art.text


def test_a_consent_dialog_after_the_footer_does_not_outweigh_a_short_article() -> None:
    legal = ("The storage of or access to data on your device is required for the lawful purpose of "
             "providing a service that you have explicitly asked for, or for the sole purpose of carrying "
             "out the transmission of a message over an electronic network, and for no other reason at all.")
    footer = ["About us", "Contact", "Imprint", "Advertise with us", "Jobs at the paper", "Archive",
              "Newsletter", "Events", "Shop", "Privacy", "Terms", "Sitemap"]
    dialog = ["Cookie settings", "Functional", legal, "Preferences", legal.replace("lawful", "legitimate"),
              "Statistics", legal.replace("service", "website"), "Marketing", legal.replace("data", "details")]
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), *footer, *dialog]))
    assert "harbour budget" in art.text and "storage of or access" not in art.text


@pytest.mark.parametrize("text", ["Cookie settings", "Cookie-Einstellungen", "Privacy overview", "Manage consent"])
def test_consent_dialog_headings(text: str) -> None:
    assert signals.CONSENT_START.match(text)


@pytest.mark.parametrize("text", ["Cookies", "Chocolate chip cookies", "Best cookies for a party"])
def test_a_cookie_recipe_heading_is_no_consent_dialog(text: str) -> None:
    assert not signals.CONSENT_START.match(text)


def test_a_dump_without_a_headline_line_falls_back_to_its_title_line() -> None:
    """A scraper's dump starts with the page <title>; with no other headline, that is it."""
    art = newsparse.parse("\n\n".join(["Sample Page", BODY, BODY.replace("Tuesday", "Friday")]))
    assert art.headline == "Sample Page"


def test_an_indented_first_line_is_not_taken_for_a_title() -> None:
    art = newsparse.parse("\n\n".join(["    Menu Entry", BODY, BODY.replace("Tuesday", "Friday")]))
    assert art.headline != "Menu Entry"


def test_the_masthead_under_a_logo_is_not_taken_for_a_title_line() -> None:
    """A text browser's dump opens with the page (a logo, the site's name), not its <title>:
    the site's name printed again over the menu is not a headline that repeats the title."""
    body = ("The ferry operator said on Tuesday that fares on the island route would rise by six percent "
            "from May, citing the cost of fuel and of the new harbour dues agreed last winter.")
    lines = ["Harbour Gazette Daily News", "", "Home", "Sport", "Weather", "", "Harbour Gazette Daily News", "",
             "Ferry fares on the island route to rise in May", "", body, "", body.replace("Tuesday", "Friday"), "",
             body.replace("Tuesday", "Monday")]
    art = newsparse.parse("\n".join(["[site_logo]", *lines]))
    assert art.headline == "Ferry fares on the island route to rise in May"


def test_a_dump_that_draws_list_markers_has_no_title_line() -> None:
    """A layout renderer's dump (its menus drawn as bulleted lists) opens with the page, not
    the <title>: its first line printed again is the site's name, not the headline."""
    body = ("The ferry operator said on Tuesday that fares on the island route would rise by six percent "
            "from May, citing the cost of fuel and of the new harbour dues agreed last winter.")
    menu = [f"  \u2022 {item}" for item in ("Home", "Sport", "Weather", "Culture", "Travel", "Jobs")]
    lines = ["Harbour Gazette Daily News", "", *menu, "", "Harbour Gazette Daily News", "",
             "Ferry fares on the island route to rise in May", "", body, "", body.replace("Tuesday", "Friday"), "",
             body.replace("Tuesday", "Monday")]
    art = newsparse.parse("\n".join(lines))
    assert art.headline == "Ferry fares on the island route to rise in May"


def test_a_name_and_date_line_does_not_head_the_headline_as_its_dek() -> None:
    """A line with a date over the headline is the byline and dateline, not a headline whose
    dek would be the real headline."""
    body = ("In my opinion, wrote Ines Marlow on Tuesday, the fares on the island route will rise by six "
            "percent from May, citing the cost of fuel and of the new harbour dues agreed last winter.")
    headline = "Editor's letter: the island ferry fares and what they cost us all"
    lines = ["Home", "", "Ines Marlow 11/08/2023 Opinion", "", headline, "", body, "",
             body.replace("Tuesday", "Friday"), "", body.replace("Tuesday", "Monday")]
    assert newsparse.parse("\n".join(lines)).headline == headline


def test_a_linked_date_and_author_in_a_markdown_dump_are_the_byline() -> None:
    """A blog links its date to the post and its author's name to the author's page; in a
    Markdown dump the line is all link text, yet it is the byline, not a menu entry."""
    body = ("The ferry operator said on Tuesday that fares on the island route would rise by six percent "
            "from May, citing the cost of fuel and of the new harbour dues agreed last winter.")
    md = "\n\n".join(["* [Home](/)", "* [Sport](/sport)", "* [Weather](/weather)",
                       "# Ferry fares on the island route to rise in May",
                       "[3 May 2024](https://example.org/ferry/) by [Ines Marlow](https://example.org/author/ines/)",
                       body, body.replace("Tuesday", "Friday"), body.replace("Tuesday", "Monday")])
    art = newsparse.parse(md)
    assert [a.name for a in art.authors] == ["Ines Marlow"]
    assert art.date is not None and art.date.isoformat().startswith("2024-05-03")


def test_a_section_heading_under_the_first_paragraph_yields_to_the_headline() -> None:
    """In a layout renderer's dump every heading stands out of the text alike: the one over the
    text is the headline, one under its first paragraph a section's."""
    p1 = ("   The island ferry will run a second boat from May, the harbour board said on Tuesday, after a "
          "summer of queues at the pier and complaints from the village council.")
    p2 = ("   Fares will stay as they are until the autumn, when the board will review the timetable and "
          "the cost of fuel for both boats on the island route.")
    menu = [f"     * {w}" for w in ("Home", "News", "Sport", "Weather", "Culture", "Travel")]
    head = "Village council welcomes a second ferry boat"
    lines = [*menu, "", head, "", p1, "", "Second boat for the island ferry route", "", p2, "",
             p1.replace("Tuesday", "Friday"), "", p2.replace("autumn", "winter"), "",
             p1.replace("May", "June"), "", p2.replace("fuel", "oil")]
    assert newsparse.parse("\n".join(lines)).headline == head


def test_credit_and_byline_lines_are_not_title_shaped() -> None:
    """A photo credit or a byline (names only after "By") stands by the headline, never is it."""
    from newsparse.label.header import _credit_or_byline

    assert _credit_or_byline("Foto: Ines Marlow")
    assert _credit_or_byline("By Ines MarlowStaff Writer")
    assert not _credit_or_byline("Von Kiel bis Rostock zieht ein Sturm auf")
    assert not _credit_or_byline("By the numbers: ferry fares since 1990")


def test_an_image_text_over_its_caption_is_not_a_headline() -> None:
    """A text browser prints an image's alt text and then the caption that starts with it: the
    alt text is inside another line, but as the caption's start, not as a headline's copy."""
    body = ("Passengers on the island ferry said on Tuesday that the harbour had been crowded all morning, "
            "as the operator prepared to raise fares on the route by six percent from May.")
    alt = "Passengers board the island ferry at the crowded harbour"
    lines = ["Home", "Sport", "Weather", "", "Operator confirms higher prices", "12.05.2024", "",
             alt, alt + " on a grey morning, before the new fares take effect.", "",
             body, "", body.replace("Tuesday", "Friday"), "", body.replace("Tuesday", "Monday")]
    assert newsparse.parse("\n".join(lines)).headline == "Operator confirms higher prices"


def test_an_image_alt_text_in_brackets_is_not_a_headline() -> None:
    """Lynx and pandoc print an image's alt text in brackets on a line of its own; the lead
    photo's alt text right over the text reads like a title, but the heading above is one."""
    paragraphs = [BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("council", "harbour board")]
    page = "\n\n".join(["1.  Home", "2.  Region", "3.  Harbour", "Old sea wall to get new stones",
                         "[Portrait of the reporter]", "By Ines Marlow", "12 May 2024",
                         "[Council votes on harbour budget for sea wall repairs]", *paragraphs])
    assert newsparse.parse(page).headline == "Old sea wall to get new stones"


def test_an_image_alt_text_in_the_text_is_a_caption_not_body() -> None:
    """pandoc and lynx print a picture as its alt text in brackets on a line of its own: it
    describes the picture and is no paragraph of the article; an editor's bracketed note
    (a label and a colon, a full stop) is the page's own text."""
    alt = ("A crane lifts a concrete block onto the damaged sea wall, as volunteers in yellow jackets watch "
           "from the pier on a grey morning")
    note = "[Update: the vote was confirmed on Monday.]"
    page = "\n\n".join(["Home", "News", "Council backs repairs to the old sea wall", "By Ines Marlow",
                         "12 May 2024", BODY, f"[{alt}]", BODY.replace("Tuesday", "Friday"), note,
                         BODY.replace("council", "harbour board")])
    art = newsparse.parse(page)
    assert "crane" not in art.text and note in art.text
    assert [c.text for c in art.captions] == [alt]


def test_an_image_file_name_spelling_the_headline_is_not_the_headline() -> None:
    """w3m prints an image's file name where the image has no alt text: a slug of the
    headline's words ("old-sea-wall-...") right over the byline reads like a title, but the
    headline is the line written with spaces above it."""
    page = "\n\n".join(["Home", "News", "Council backs repairs to the old sea wall",
                         "The harbour board wants the work finished before the winter storms.",
                         "council-backs-repairs-to-the-old-sea-wall", "By Ines Marlow 12 May 2024",
                         BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("council", "harbour board")])
    assert newsparse.parse(page).headline == "Council backs repairs to the old sea wall"


def test_a_slug_is_told_from_a_compound_word() -> None:
    from newsparse.label.header import _slug

    assert _slug("council-backs-repairs-to-the-sea-wall")
    assert _slug("harbour_photo_2024_05")
    assert not _slug("Harbour-Side")  # a compound with capitals
    assert not _slug("sea-wall")  # a compound of two parts
    assert not _slug("old sea-wall-repair-plan")  # spaces: words, not an address


def test_a_logo_alt_text_opening_a_dump_is_no_title_line() -> None:
    """A dump that opens with an image's alt text in brackets has no title line: the logo's
    copy under it is not a short title's headline."""
    page = "\n\n".join(["[Gazette logo]", "[Gazette logo]", "Home", "News", "Sport",
                         "Council backs repairs to the old sea wall", "By Ines Marlow",
                         BODY, BODY.replace("Tuesday", "Friday")])
    assert newsparse.parse(page).headline == "Council backs repairs to the old sea wall"


def test_a_question_headline_opening_the_body_region_is_found() -> None:
    """A headline that ends in '?' or '!' reads as a one-line sentence; it still heads the text."""
    other = BODY.replace("Tuesday", "Friday").replace("council", "committee")
    page = "\n".join(["    * Home", "    * News", "    * Sport", "", "      Will the sea wall hold this winter?", "",
                      "      " + BODY, "", "      " + other, "", "        " + BODY.replace("harbour", "river")])
    assert newsparse.parse(page).headline == "Will the sea wall hold this winter?"


def test_a_one_word_headline_repeating_the_title_line_is_found() -> None:
    """The title line "Headline | Site" marks a short headline printed among menu entries."""
    page = "\n\n".join(["Welcome! | Example Village Choir", "Home", "Concerts", "Welcome!", BODY,
                        BODY.replace("Tuesday", "Friday")])
    assert newsparse.parse(page).headline == "Welcome!"

ARTICLE = [
    "The river authority said on Monday that the old weir would be removed next year, after surveys "
    "found that salmon could no longer pass it during the dry summer months.",
    "Engineers will first lower the water level behind the weir, and the stones will then be taken "
    "away by barge so that the banks are not damaged by heavy lorries.",
    "Anglers welcomed the plan, although some farmers worry that the fields upstream could flood "
    "more often once the weir no longer holds the water back in winter.",
]


def test_teaser_blurbs_after_the_article_are_cut_off() -> None:
    teasers = []
    for topic, blurb in [
        ("Bakery wins regional bread prize",
         "A small bakery in the old town took first place with a rye loaf baked in a wood oven."),
        ("New tram line opens to the airport",
         "Passengers can now reach the terminal in twenty minutes from the central station."),
        ("Library extends its opening hours",
         "The reading rooms will stay open until ten in the evening from the first of March."),
    ]:
        teasers += [topic, blurb, "Read now"]
    art = newsparse.parse("\n\n".join([*ARTICLE, "More stories", *teasers]))
    assert "old weir" in art.text and "winter." in art.text
    assert "rye loaf" not in art.text and "reading rooms" not in art.text


def test_closing_paragraph_and_bio_after_a_share_bar_stay() -> None:
    closing = "The work is expected to take about three months, and the footpath will reopen in the autumn."
    page = "\n\n".join([*ARTICLE, "Share on Facebook", closing, "Sign up for our morning briefing",
                        "The council will hold a public meeting about the works in the town hall next week."])
    assert closing in newsparse.parse(page).text


def test_a_page_without_prose_keeps_its_lines_as_body() -> None:
    lines = ["Opening hours", "Monday to Friday", "Nine to five", "Closed on holidays"]
    art = newsparse.parse("\n\n".join(lines))
    assert all(line in art.text for line in lines if line != art.headline)
    assert art.paragraphs


def test_a_line_holding_two_sentences_is_body_not_a_headline() -> None:
    cut = "The mayor cut the ribbon at noon. Traffic will use the new bridge from"
    page = "\n\n".join([ARTICLE[0], cut, "Thursday", ARTICLE[1], ARTICLE[2]])
    assert cut in newsparse.parse(page).text


def test_a_short_sentence_ending_in_reference_marks_is_body() -> None:
    # "... in 1788.[3][4]": the sentence ends before its references; it is no related headline.
    cited = "The old pier was first charted in 1788.[3][4]"
    page = "\n\n".join([ARTICLE[0], ARTICLE[1], cited, "Harbour traffic doubled after the war.", ARTICLE[2]])
    assert cited in newsparse.parse(page).text


def test_dates_of_a_related_box_inside_the_text_do_not_end_the_header() -> None:
    more = [p.replace("weir", "dam") for p in ARTICLE]
    page = "\n\n".join([*ARTICLE, "Related Coverage", "Weir removal approved by the council", "MARCH 3, 2024",
                          "Salmon return to the upper river", "MARCH 1, 2024", *more, *more, *more, *more])
    text = newsparse.parse(page).text
    assert ARTICLE[0] in text and ARTICLE[2] in text


def test_a_photo_credit_with_a_copyright_mark_is_no_legal_notice() -> None:
    from newsparse.label.signals import LEGAL_NOTICE
    assert LEGAL_NOTICE.match("© 2024 Example Media. All rights reserved. Use of this site means you accept our terms.")
    assert not LEGAL_NOTICE.match("© Jane Doe The ferry leaves the harbour at dawn, as it has done for a century.")


def test_a_long_line_without_its_stop_after_a_paragraph_is_body() -> None:
    # A list entry printed without its marker, or a sentence that lost its stop at a link.
    line = "Volunteers from the rowing club will help the engineers move the stones to the barge"
    second = "Anglers may fish below the old weir again once the works are over in the spring"
    page = "\n\n".join([ARTICLE[0], ARTICLE[1], line, second, "Harbour master", ARTICLE[2]])
    text = newsparse.parse(page).text
    assert line in text and second in text


def test_a_quoting_paragraph_over_a_credit_line_stays_body() -> None:
    # A picture without a caption after a paragraph: the credit line credits the picture alone.
    quoting = "\u201cWe will keep the old stones for a new wall by the harbour,\u201d the engineer said on Monday."
    page = "\n\n".join([ARTICLE[0], ARTICLE[1], quoting, "Photo by Jane Roe", ARTICLE[2]])
    art = newsparse.parse(page)
    assert quoting in art.text and "Jane Roe" not in art.text and "Jane Roe" not in art.authors


def _indented(lines: list[tuple[int, str]]) -> str:
    """A layout renderer's dump (inscriptis-style): indented lines, blank lines between."""
    return "\n\n".join(" " * indent + text for indent, text in lines)


def test_the_headline_above_its_dek_wins_although_the_dek_touches_the_byline() -> None:
    headline = "Salmon return to the river as the old weir comes down"
    dek = "Surveys show the fish can pass again after years of blocked water in dry summers"
    page = _indented([(2, "Home"), (2, "News"), (6, "Local"), (8, headline), (8, dek),
                      (10, "By Omar Haddad"), (10, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    art = newsparse.parse(page)
    assert art.headline == headline


def test_the_headline_under_a_short_kicker_wins() -> None:
    headline = "Salmon get a clear path upstream at last"
    page = _indented([(2, "Home"), (2, "News"), (6, "The old weir"), (6, headline), *((10, p) for p in ARTICLE)])
    art = newsparse.parse(page)
    assert art.headline == headline


def test_a_breadcrumb_trail_is_not_the_headline() -> None:
    headline = "Anglers welcome the plan to remove the weir"
    page = _indented([(2, "News / River authority / Weir"), (6, headline),
                      *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_feed_after_the_article_column_closes_stays_out() -> None:
    """Left of the text column, a widget title closes the article; the feed nested deeper
    after it never comes back to the column."""
    feed = [(14, "10:42 Ferry fares rise again"),
            (16, "The operator said on Monday that higher fuel costs left it with no other choice than to raise "
                 "the price of every crossing by a tenth."),
            (16, "Season tickets keep their old price until the end of the year, the operator added in a short "
                 "statement to passengers."),
            (14, "10:15 Bridge closed for repairs"),
            (16, "Drivers were asked to use the ring road while engineers check the joints of the old bridge over "
                 "the next two weeks."),
            (16, "Buses will keep crossing at night, when the engineers stop their work and the lanes are opened "
                 "again for a few hours.")]
    page = _indented([(8, "Harbour budget approved after long debate"), *((12, p) for p in [*ARTICLE, BODY]),
                      (8, "Around the region today"), *feed])
    art = newsparse.parse(page)
    assert ARTICLE[-1] in art.text and "fuel costs" not in art.text and "ring road" not in art.text


def test_a_section_heading_left_of_the_column_keeps_its_paragraphs() -> None:
    """lynx prints headings at the margin and paragraphs indented: the text goes on."""
    page = _indented([(0, "Harbour budget approved after long debate"), *((3, p) for p in ARTICLE[:2]),
                      (0, "What happens next"), (3, ARTICLE[2])])
    assert ARTICLE[2] in newsparse.parse(page).text


def test_a_menu_left_of_the_text_column_is_not_body() -> None:
    menu = "\n".join(f"      * {entry}" for entry in ("Sport", "Weather", "Travel", "Culture"))
    page = "\n\n".join([_indented([(10, "Harbour budget approved after long debate"), (14, ARTICLE[0])]), menu,
                        _indented([(14, p) for p in ARTICLE[1:]])])
    art = newsparse.parse(page)
    assert ARTICLE[2] in art.text and "Weather" not in art.text


def test_code_lines_between_paragraphs_are_body() -> None:
    lines = ["const total = items.length;", "for (const item of items) {", "$ npm run build"]
    page = "\n\n".join(["Counting the items", ARTICLE[0], *lines, ARTICLE[1], ARTICLE[2]])
    text = newsparse.parse(page).text
    assert all(line in text for line in lines)


def test_settings_and_path_assignments_between_paragraphs_are_body() -> None:
    """A config line whose value is a path, or a command's "key=value" switch, is code."""
    lines = ["logdir = /var/log/harbour", "pumpctl set mode outflow=paused"]
    page = "\n\n".join(["Counting the items", ARTICLE[0], lines[0], ARTICLE[1], lines[1], ARTICLE[2]])
    text = newsparse.parse(page).text
    assert all(line in text for line in lines)


def test_a_headline_with_a_web_address_query_is_not_code() -> None:
    assert not body_rules.CODE_OR_DATA.search("Read the report at example.org/view?id=5 today")


def test_fact_box_printed_label_and_value_on_separate_lines_is_body() -> None:
    """A dump splits "<b>Maker:</b> value" fields over two lines: label, value, label, value."""
    fields = ["Maker:", "Brightwater Studio", "Ring:", "Lantern Works", "Pendant:", "Brightwater Studio"]
    page = "\n\n".join(["Counting the items", ARTICLE[0], ARTICLE[1], *fields, ARTICLE[2]])
    text = " ".join(newsparse.parse(page).text.split())
    assert "Ring: Lantern Works" in text and "Pendant: Brightwater Studio" in text


def test_one_reader_of_label_and_value_lines_for_inside_and_after_the_region() -> None:
    """body.field_pair is the one test of a two-line field, inside the region and after it:
    a web address or a sentence as the value, a widget heading as the label, end the run."""
    from newsparse.blocks import Block

    texts = ["Weight:", "250 g", "Colour:", "moss green", "Web:", "www.example.org/kettle",
             "Size:", "12 cm", "Note:", "It ships in spring.", "More from us:", "Spring kettles"]
    blocks = [Block(text=t, index=i) for i, t in enumerate(texts)]
    assert body_rules.field_pairs(blocks, 0, lambda key, value: True) == 2  # the web address stops it
    assert body_rules.field_pairs(blocks, 6, lambda key, value: True) == 1  # the sentence stops it
    assert not body_rules.field_pair(blocks[10], blocks[11])  # a widget's title is no label
    assert body_rules.field_pairs(blocks, 0, lambda key, value: key.text != "Colour:") == 1


def test_a_comment_word_labelling_a_table_field_is_no_widget_title() -> None:
    """Only a widget's opening line ("More on this topic:") titles a box of links; a comment
    heading never gets inside the region but in a table cell, where it labels a field."""
    para = ("<p>The council met on Tuesday evening and voted to approve the new harbour budget after a "
            "long debate about the cost of repairs to the sea wall and the ferry terminal.</p>")
    page = ("<html><body><article><h1>Harbour Budget Approved</h1>" + para + para.replace("Tuesday", "Monday")
            + "<table><tr><td>Venue:</td><td>Town hall, room 4</td></tr><tr><td>Discussion:</td>"
            + "<td>Residents may speak for three minutes each before the vote.</td></tr></table>"
            + para.replace("Tuesday", "Friday") + para.replace("Tuesday", "Sunday") + "</article></body></html>")
    art = newsparse.parse(page)
    assert [(b.label.value, b.rule) for b in art.blocks if b.text == "Discussion:"] == [("body", "lead_in")]


def test_the_site_name_printed_as_masthead_is_not_the_headline() -> None:
    """Title "Headline | Site": the site's name printed right under it is the masthead."""
    page = "\n\n".join(["Weir Notes (4) | Riverbank Diary of a Retired Lock Keeper",
                        "Riverbank Diary of a Retired Lock Keeper", "About", "Archive", "Contact",
                        "Weir Notes (4)", "Posted on March 3, 2025", *ARTICLE])
    assert newsparse.parse(page).headline == "Weir Notes (4)"


def test_a_site_first_title_keeps_its_headline() -> None:
    """Title "Site - Headline": the line under it is the headline, not a masthead."""
    headline = "Salmon return to the river as the old weir comes down"
    page = "\n\n".join([f"Riverbank - {headline}", headline, "March 3, 2025", *ARTICLE])
    assert newsparse.parse(page).headline == headline


def test_a_long_question_headline_opening_the_region_is_found() -> None:
    """A question of a title's length is a headline even when it is long enough to read as prose."""
    headline = "Will salmon pass the old weir on the river again this year?"
    page = _indented([(2, "Home"), (2, "News"), (2, "Sport"), (2, headline), *((6, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_headline_the_region_swallowed_above_its_dateline_is_found() -> None:
    """A sign-up box that opens the region far above the article's header does not hide the headline."""
    notice = ("Create a free reader account to keep a list of the stories you follow and to receive "
              "our letters from the valley.")
    box = ["Your name", "Your email address", "Choose a password", "Repeat the password", "Remember me",
           "Reader account"]
    headline = "Salmon return to the river as the old weir comes down"
    page = "\n\n".join(["Home", "News", "Sport", notice, *box, headline, "March 3, 2025", "By Omar Haddad",
                        *ARTICLE])
    assert newsparse.parse(page).headline == headline


def test_a_field_label_between_headline_and_dateline_does_not_part_them() -> None:
    """'Published:' on a line of its own names the dateline under it."""
    headline = "Salmon return to the river as the old weir comes down"
    page = _indented([(4, "More from the valley region"), (6, "Top stories"), (2, headline), (8, "Published:"),
                      (6, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_line_ending_in_a_colon_is_a_label_not_the_headline() -> None:
    """'Salmon in the river:' introduces what follows; the title-shaped line above is the headline."""
    headline = "Salmon return to the river as the old weir comes down"
    page = _indented([(2, "Home"), (2, "News"), (6, headline), (4, "Salmon in the river:"), (10, "Photos"),
                      *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_the_printed_headline_wins_over_a_copy_of_the_whole_title() -> None:
    """A page that prints its <title> again (site's name included) still prints the headline alone."""
    title = "Dead bees under the lime trees: the answer | Garden Friends"
    page = "\n\n".join([title, title, "Home", "Plants", "Dead bees under the lime trees", *ARTICLE])
    assert newsparse.parse(page).headline == "Dead bees under the lime trees"


def test_the_headline_after_the_titles_colon_is_printed_alone() -> None:
    """The title reads "Kicker: Headline - Site" (no space before the colon); the page prints
    the headline without its kicker, and that line is the headline, not the title line (whose
    kicker, a name, the text takes up)."""
    text = ["Ann Fielding has lived by the river for forty years. She says it has never been so quiet.",
            "The historian Ann Fielding spent the winter sorting boxes that her grandfather left in the mill.",
            "What she found there, Fielding says, changes how the town should remember the great flood."]
    headline = "Notes from upstairs"
    page = "\n\n".join([f"Ann Fielding: {headline} - Riverside Post", headline, *text])
    assert newsparse.parse(page).headline == headline


@pytest.mark.parametrize("bar", ["|", "\u01c0", "\u2223", "\uff5c"])
def test_a_title_splits_at_a_bar_look_alike(bar: str) -> None:
    """A title may part its kicker, headline and site with a letter or sign that looks like a
    bar (the dental click letter, the divides sign, the full-width bar of CJK titles)."""
    title = f"Weir works {bar} Salmon can pass again \u2014 Riverside Post"
    assert TITLE_SEPARATOR.split(title) == ["Weir works", "Salmon can pass again", "Riverside Post"]


@pytest.mark.parametrize(("under", "expected"), [
    ("Salmon return to the river after a dry summer", "Salmon return to the river after a dry summer"),
    ("Salmon return to the river: a timeline", "Salmon return to the river"),  # a part of its own
    ("Salmon return to the river en-GB", "Salmon return to the river"),  # a tag printed after it
])
def test_the_full_headline_under_the_titles_short_form_wins(under: str, expected: str) -> None:
    """The page title shortens the headline; the page prints that short form above the
    heading: the heading, which runs on from it, is the headline."""
    page = "\n\n".join(["Salmon return to the river | Riverside Post", "Home", "Salmon return to the river",
                          "Weirs", under, *ARTICLE])
    assert newsparse.parse(page).headline == expected


def test_the_exact_headline_wins_over_a_reordered_copy_of_the_title() -> None:
    """The title reads "Kicker: Headline | Site"; a print header above the article turns it
    round ("Headline - Kicker"), which has all the title's words; the line that is exactly
    the headline is the headline."""
    headline = "Ferry fares rise again"
    page = "\n\n".join([f"Harbour works: {headline} | Coast Weekly", "Home", "News",
                          f"{headline} - Harbour works", "Printed from the archive", "Harbour works",
                          headline, "March 3, 2025", *ARTICLE])
    assert newsparse.parse(page).headline == headline


def test_a_heading_that_opens_with_the_titles_main_part_wins_over_a_shortened_copy() -> None:
    """The title reads "Headline - Subtitle"; the heading keeps the headline and words the
    subtitle anew, a menu entry shortens the headline: the heading is the headline."""
    heading = "Ferry fares and parking fees rise \u2013 what it costs you"
    page = "\n\n".join(["Ferry fares and parking fees rise \u2013 what changes", "Home", "Ferry fares and fees rise",
                          "News", heading, "March 3, 2025", *ARTICLE])
    assert newsparse.parse(page).headline == heading


def test_the_full_headline_of_a_title_cut_off_with_an_ellipsis_is_found() -> None:
    """The title bar cut the headline inside a word; the heading prints it in full and wins
    over a source line that the dateline follows."""
    headline = "Ten tips for a dry garden: what to plant when the summer is hot and long"
    page = "\n\n".join(["Ten tips for a dry garden: what to pl...", "Home", "Garden",
                          "Press release | Riverside Garden Club", "March 3, 2025", headline, *ARTICLE])
    assert newsparse.parse(page).headline == headline


@pytest.mark.parametrize("title", ["«Harbour Lights», «Ferry Tales»\u2026", "Ferry tales ...", "Ferry fa..."])
def test_an_ellipsis_of_the_headlines_own_or_after_few_words_cuts_no_title(title: str) -> None:
    assert cut_title(title) is None


def test_a_headline_under_its_colon_kicker_keeps_the_kicker() -> None:
    """Printed under its kicker's line, the headline after the title's colon is the kicker's
    second half: the two make the headline, as the page title has it."""
    headline = "Plans for the weir: Salmon return to the river"
    page = "\n\n".join([f"{headline} | Riverside Post", "Home", "News",
                          "Plans for the weir:\nSalmon return to the river", "March 3, 2025", *ARTICLE])
    assert newsparse.parse(page).headline == headline


def test_a_short_headline_over_a_sentence_dek_is_not_a_kicker() -> None:
    """A dek ends in a period, a headline under a kicker never does: the short line is the headline."""
    dek = "The river authority will take the old weir down next year so that the salmon can pass again."
    page = _indented([(2, "Home"), (2, "News"), (6, "Salmon Weir"), (6, dek), (8, "Omar Haddad, March 3, 2025"),
                      *((4, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == "Salmon Weir"


def test_a_subheading_after_a_related_headline_opens_a_section() -> None:
    """A short line that two paragraphs follow at once is a subheading, even right under a
    related-article headline; the related headline itself stays out."""
    repairs = ("The ferry terminal repairs begin next spring, when the contractors replace the pier "
               "and the terminal roof before the summer season starts.")
    season = ("During the terminal repairs the ferry will leave from the old pier, and the spring "
              "timetable will add two early crossings for commuters.")
    art = newsparse.parse("\n\n".join([
        "Harbour Budget Approved After Long Debate", BODY, BODY.replace("Tuesday", "Friday"),
        "Five surprising facts about lighthouse keepers", "Ferry terminal repairs begin next spring",
        repairs, season]))
    assert "Ferry terminal repairs begin next spring" in art.text
    assert "lighthouse keepers" not in art.text


def test_a_line_where_a_sentence_ends_after_a_quoted_name_is_body() -> None:
    line = "After two delays the new date for the \u201eLantern Kite Fair\u201c. The largest kite gathering"
    blocks = ["Harbour Fair Returns", "By Omar Haddad", BODY, line,
              "12 and 13 May 2031 in Westpark, where thousands of visitors are expected again this spring.", BODY]
    art = newsparse.parse("\n\n".join(blocks))
    assert "Fair\u201c. The largest kite" in art.text


def test_a_lead_in_over_headlines_of_other_stories_stays_out() -> None:
    blocks = ["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
              BODY.replace("Tuesday", "Friday"), "Also worth a look this week:",
              "Ferry Timetable Changes Again Next Spring",
              BODY.replace("Tuesday", "Monday")]
    art = newsparse.parse("\n\n".join(blocks))
    assert "worth a look" not in art.text and "Monday" in art.text


@pytest.mark.parametrize(("label", "value"), [("Release date:", "Tuesday, 3 March 2031"),
                                              ("Text by:", "By Omar Haddad")])
def test_a_label_over_a_dateline_or_byline_stays_out(label: str, value: str) -> None:
    """"Release date:" over a dateline, "Text by:" over a byline: the label names the field
    under it; it is no text of the article."""
    blocks = ["Harbour Budget Approved After Long Debate", BODY, BODY.replace("Tuesday", "Friday"),
              label, value, BODY.replace("Tuesday", "Monday"), BODY.replace("Tuesday", "Sunday")]
    art = newsparse.parse("\n\n".join(blocks))
    assert label not in art.text and "Sunday" in art.text


@pytest.mark.parametrize("title", ["Related", "See also (2)", "Siehe auch (3)", "Relacionadas (4)"])
def test_a_list_under_a_widget_title_in_a_dump_is_related(title: str) -> None:
    """A text browser prints a teaser box as its title line and a list of the teasers under
    it, inside the article's region: the teasers are not list items of the article."""
    teasers = "\n".join(f"  \u2022 {t}" for t in ("Ferry timetable changes again next spring",
                                                    "A winter on the lighthouse rock, told by its keeper",
                                                    "The fish market moves inland after forty years"))
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, "Harbour budget approved after long night", BODY,
                        BODY.replace("Tuesday", "Friday"), title, teasers, BODY.replace("Tuesday", "Monday"),
                        BODY.replace("Tuesday", "Sunday"), "  \u2022 Privacy\n  \u2022 Imprint"])
    art = newsparse.parse(page)
    assert "lighthouse rock" not in art.text and "Sunday" in art.text


def test_a_list_under_an_article_heading_in_a_dump_stays() -> None:
    """A list under a heading of the article's own is the article's list."""
    items = "\n".join(f"  \u2022 {t}" for t in ("Two sheets of coloured paper", "A glue stick", "Thin wire"))
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, "Paper lanterns for the harbour fair", BODY,
                        "Things to bring", items, BODY.replace("Tuesday", "Friday"),
                        BODY.replace("Tuesday", "Monday"), "  \u2022 Privacy\n  \u2022 Imprint"])
    assert "A glue stick" in newsparse.parse(page).text


def test_a_list_of_pictured_teasers_in_a_dump_is_related() -> None:
    """w3m prints a teaser's thumbnail as a bracketed name before its title."""
    teasers = "\n".join(f"  \u2022 [{pic}] {t}" for pic, t in (("thumb_0412", "Ferry timetable changes again"),
                                                             ("pier", "A winter on the lighthouse rock"),
                                                             ("Video", "The fish market moves inland")))
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, "Harbour budget approved after long night", BODY,
                        BODY.replace("Tuesday", "Friday"), teasers, BODY.replace("Tuesday", "Monday"),
                        BODY.replace("Tuesday", "Sunday"), "  \u2022 Privacy\n  \u2022 Imprint"])
    art = newsparse.parse(page)
    assert "lighthouse rock" not in art.text and "Sunday" in art.text


def test_a_list_of_pictured_sentences_in_a_dump_stays() -> None:
    """An entry of the article's list with a portrait before it reads as a sentence."""
    people = "\n".join(f"  \u2022 [{pic}] {t}" for pic, t in (("mara", "Mara Lind joins the harbour board today."),
                                                            ("tomas", "Tomas Berg leaves the ferry office.")))
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, "Harbour board changes", BODY,
                        BODY.replace("Tuesday", "Friday"), people, BODY.replace("Tuesday", "Monday"),
                        BODY.replace("Tuesday", "Sunday"), "  \u2022 Privacy\n  \u2022 Imprint"])
    assert "Tomas Berg leaves" in newsparse.parse(page).text


def test_a_sentence_of_the_article_about_a_newsletter_stays() -> None:
    sentence = ("The harbour office said on Tuesday that anyone who wants to subscribe to its tide newsletter "
                "can now do so at the ferry terminal, where the forms are kept at the ticket desk.")
    art = newsparse.parse("\n\n".join(["Harbour budget approved", BODY, sentence, BODY.replace("Tuesday", "Friday")]))
    assert "tide newsletter" in art.text


def test_a_text_browser_list_of_page_links_above_the_page_is_not_body() -> None:
    dump = "\n".join([
        "   #alternate Deutsch Français Español Italiano Nederlands Polski Português Svenska", "",
        "   Harbour opens second pier", "",
        "   The harbour opened a second pier on Monday, after two years of building work that the town",
        "   council paid for with a loan.", "",
        "   Fishing boats will moor at the new pier from June, while ferries keep the old one, the",
        "   harbour master said at the opening.",
    ])
    article = newsparse.parse(dump)
    assert article.blocks[0].rule == "link_header"
    assert "second pier on Monday" in article.text


def test_a_markdown_list_of_links_inside_the_article_is_not_body() -> None:
    dump = "\n".join([
        "# Harbour opens second pier", "",
        "The harbour opened a second pier on Monday, after two years of building work that the town "
        "council paid for with a loan.", "",
        "* [Boats for sale in the bay area](/boats)", "* [Tide tables and weather for the week](/tides)", "",
        "Fishing boats will moor at the new pier from June, while ferries keep the old one, the "
        "harbour master said at the opening.",
    ])
    article = newsparse.parse(dump)
    assert "Tide tables" not in article.text
    assert "second pier on Monday" in article.text
    assert "Fishing boats will moor" in article.text


def test_a_menu_printed_twice_is_not_a_repeated_headline() -> None:
    headline = "Weir removal announced"
    menu = ["Guide", "Salmon and the river weir", "Shop", "Contact the editors"]
    lines = ["Riverside Gazette", "", "\n".join(menu), "", "\n".join(menu), "", "Local",
             "", headline, "By Omar Haddad", "March 3, 2025", "", "\n\n".join(ARTICLE)]
    art = newsparse.parse("\n".join(lines))
    assert art.headline == headline


def test_tie_break_prefers_the_line_over_the_byline() -> None:
    """Between equal scores, the line the byline or dateline follows (a field label such as
    "Date:" may stand between) is the headline; an earlier teaser title is not."""
    from newsparse.blocks import Block, Label
    from newsparse.label.context import Doc
    from newsparse.label.header import _right_before_meta

    texts = ["Ferry timetable changes for the summer", "Weather", "Harbour wall repairs start on Monday",
             "Date:", "3 March 2025", "The council said the work would take six weeks."]
    blocks = [Block(text=t, index=i) for i, t in enumerate(texts)]
    blocks[4].set(Label.DATELINE, "datelines")
    doc = Doc(blocks)
    doc.set_region(5, 6)
    assert _right_before_meta(doc, blocks[2])
    assert not _right_before_meta(doc, blocks[0])


def test_the_last_item_of_a_breadcrumb_printed_under_it_is_the_headline() -> None:
    """A trail ends with the page's title; printed again under it, that line is the
    headline, even one word long."""
    page = _indented([(2, "Riverbank"), (2, "Archive"), (2, "Contact"), (6, "You are here: Home » Weirs"),
                      (8, "Weirs"), (10, "March 3, 2025 · by Omar Haddad"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == "Weirs"


def test_a_home_link_glued_to_the_page_title_is_a_trail() -> None:
    page = _indented([(2, "Riverbank"), (2, "Archive"), (6, "Home Weir diary"), (8, "Weir diary"),
                      *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == "Weir diary"


def test_a_tag_line_is_not_the_headline() -> None:
    headline = "Farmers worry about the fields upstream"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (4, "salmon, weir, river authority, anglers, farmers"),
                      (4, headline), (8, "Omar Haddad"), (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_line_ending_in_the_site_address_is_not_the_headline() -> None:
    headline = "Salmon pass the weir again"
    page = _indented([(2, "Salmon weir | salmon-weir.org"), (2, "Archive"), (4, "Salmon weir | salmon-weir.org"),
                      (4, headline), (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_posted_by_line_is_not_the_headline() -> None:
    """"Posted by <handle>": whoever the name is, the line says who wrote the page."""
    page = _indented([(2, "Riverbank"), (2, "Archive"), (4, "Weir notes from the river"), (6, "Share"),
                      (6, "Print"), (6, "Save"), (6, "Comments"), (6, "More"), (8, "Posted by weir keeper"),
                      (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == "Weir notes from the river"


def test_a_one_word_heading_that_the_first_sentence_repeats_is_the_headline() -> None:
    lead = ("Weirs are low walls built across a river to raise the water level upstream, and many of "
            "them are now being removed.")
    page = _indented([(2, "Riverbank"), (2, "Archive"), (2, "Contact"), (6, "Weirs"), (10, lead),
                      *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == "Weirs"


def test_a_bulleted_post_title_over_its_byline_is_the_headline() -> None:
    """A blog prints its post inside a list item: "* Title", then "Posted by …"."""
    page = "\n\n".join([" " * 10 + "Weir Diary", " " * 12 + "Notes from the lock keeper's cottage",
                        " " * 18 + "* Why the old weir has to go", " " * 20 + "Posted by Omar Haddad 03.03.2025",
                        *(" " * 20 + p for p in ARTICLE)])
    assert newsparse.parse(page).headline == "Why the old weir has to go"


def test_a_headline_printed_in_the_title_bar_and_share_boxes_too_stays_the_headline() -> None:
    """Printed four times (title bar, heading, two share boxes), a title-length line is not
    interface text: the short line under it does not win."""
    headline = "Why the old weir has to go"
    page = _indented([(2, headline), (2, "Archive"), (6, headline), (6, "Lock keepers look back"),
                      (8, "March 3, 2025"), *((10, p) for p in ARTICLE), (4, "Share this article"), (4, headline),
                      (4, "More from the river"), (4, headline)])
    assert newsparse.parse(page).headline == headline


def test_the_last_item_of_a_breadcrumb_printed_line_by_line_is_not_the_headline() -> None:
    """A scraper's dump prints a trail item per line, separators between them: the item after
    the last separator repeats the title, but the headline is the line printed on its own."""
    page = "\n\n".join(["Lock keeping for beginners (part 3): Riverbank", "Home", "›", "Diary", "›",
                        "Lock keeping for beginners (part 3)", "March 3, 2025", "Share", "Print",
                        "Lock keeping for beginners", "By Omar Haddad", *ARTICLE])
    assert newsparse.parse(page).headline == "Lock keeping for beginners"


def test_a_name_with_initials_in_brackets_is_not_the_headline() -> None:
    headline = "The river authority wants the old weir gone by spring"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (8, headline), (8, "Omar (O.J.) Haddad"),
                      (8, "Omar (O.J.) Haddad"), *((8, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


@pytest.mark.parametrize("text", ["Log out Sign in", "Privacy policy Terms of use", "Sign Out"])
def test_interface_phrases_glued_on_one_line_are_interface_text(text: str) -> None:
    assert signals.ui_phrase(text)


@pytest.mark.parametrize("text", ["Filed to: harbour ferries budget", "Filed under: Harbour, Ferries",
                                  "Tags: harbour, budget"])
def test_a_post_s_tag_line_is_interface_text(text: str) -> None:
    assert signals.boilerplate_pattern(text)


def test_a_sentence_that_starts_with_an_interface_phrase_is_not_interface_text() -> None:
    assert not signals.ui_phrase("Sign in to read more")


def test_a_gallery_link_with_its_picture_count_is_not_the_headline() -> None:
    headline = "A cold spring at the lock"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (8, headline), (8, "Omar Haddad"), (8, "Share"),
                      (8, "Print"), (8, "Save"), (8, "Comments"), (8, "Gallery: The weir and its salmon | 12 Photos"),
                      *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_weather_line_is_not_the_headline() -> None:
    """Degrees and percent signs go with numbers: "T 21° H 58%" is a reading, not a title."""
    headline = "A cold spring for the salmon"
    page = _indented([(2, "Riverbank"), (4, "Weirton, T 21° H 58%"), (4, "Weirton, T 21° H 58%"), (8, "Archive"),
                      (8, "News"), (8, "Local"), (8, headline), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_kicker_glued_to_the_headline_is_left_out() -> None:
    """The renderer glues an inline kicker to the headline; the breadcrumb above prints the
    headline alone, and that is the headline."""
    headline = "Anglers welcome the plan for the weir"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (4, "* Home"), (4, "* River"), (4, f"* {headline}"),
                      (8, f"Weir works {headline}"), (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_kicker_glued_before_a_part_of_the_share_line_is_left_out() -> None:
    """The share line above prints "Headline - Kicker"; the heading glues the kicker before the
    headline: the headline is the heading's end, from that part on."""
    headline = "Anglers welcome the plan for the weir"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (4, "* Quayside"), (4, "* Weirs"),
                      (4, f"* {headline} - Salmon count rises"),
                      (8, f"Salmon count rises {headline}"), (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_shortened_teaser_over_the_glued_heading_gives_the_full_headline() -> None:
    """The teaser line prints the headline's start; the line under it glues a kicker before the
    whole headline: the headline is that line without its kicker."""
    short = "Anglers welcome the weir plan"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (4, "* Quayside"), (4, "* Weirs"),
                      (8, short), (6, f"River news {short} after a wet spring"),
                      (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == f"{short} after a wet spring"


@pytest.mark.parametrize("heading", ["Weir plans - Anglers welcome the plan for the weir",
                                     "Notes on a Anglers welcome the plan for the weir"])
def test_a_title_with_its_own_parts_keeps_them(heading: str) -> None:
    """A separator, or a function word, before the repeated part: no kicker was glued there."""
    page = _indented([(2, "Riverbank"), (2, "Archive"), (4, "* Quayside"), (4, "* Weirs"),
                      (4, "* Anglers welcome the plan for the weir - Salmon count rises"),
                      (8, heading), (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == heading


def test_a_list_under_the_articles_lead_in_stays_in_a_dump() -> None:
    # get_text drops the list markers: the entries come out as short lines under the lead-in.
    dump = "\n".join([
        "Paper lanterns for the garden party", "",
        BODY, "", BODY.replace("Tuesday", "Friday"), "",
        "You will need:", "Two sheets of coloured paper", "Scissors", "A glue stick",
        "Thin wire for the handle", "A tea light in a glass", "",
        "Fold the paper along the long side and cut slits every two centimetres, leaving a margin "
        "at the top and at the bottom, then glue the ends together so that the lantern stands.",
    ])
    art = newsparse.parse(dump)
    assert "A glue stick" in art.text and "Thin wire for the handle" in art.text
    assert [b.rule for b in art.blocks if b.text == "Scissors"] == ["unmarked_list"]


def test_a_table_of_contents_under_a_lead_in_stays_out_of_a_dump() -> None:
    # The entries come back as the section titles: a table of contents, not a list of the text.
    dump = "\n".join([
        "Harbour budget approved after long debate", "",
        BODY, "", "The report looks at three places:", "The sea wall", "The ferry pier", "The fish market", "",
        BODY.replace("Tuesday", "Friday"), "", "The sea wall", "", BODY.replace("Tuesday", "Monday"), "",
        "The ferry pier", "", BODY.replace("Tuesday", "Sunday"), "", "The fish market", "",
        BODY.replace("Tuesday", "Saturday"),
    ])
    art = newsparse.parse(dump)
    assert next(b.rule for b in art.blocks if b.text == "The ferry pier") != "unmarked_list"


def _with_line_over_text(line: str) -> str:
    """A dump whose headline, section label and ``line`` stand over three paragraphs."""
    return "\n".join([
        "Home", "News", "Harbour", "",
        "Harbour budget approved after long debate", "",
        "Local news", "",
        line, "",
        BODY, "", BODY.replace("Tuesday", "Friday"), "", BODY.replace("Tuesday", "Monday"),
    ])


def test_a_standfirst_right_above_the_first_paragraph_is_kept() -> None:
    line = "Sea wall repairs come first, the council decided after a long night of talks"
    assert "Sea wall repairs come first" in newsparse.parse(_with_line_over_text(line)).text


def test_a_captioned_photo_line_above_the_first_paragraph_is_no_standfirst() -> None:
    line = "The old sea wall is seen at low tide in the early morning. (jdoe / examplestock.com)"
    assert "examplestock" not in newsparse.parse(_with_line_over_text(line)).text


def test_the_title_ending_a_numbered_breadcrumb_trail_is_the_headline() -> None:
    """An ordered-list trail, numbered by the renderer: short items, then the page's title.
    The kicker-led line under it that the page prints larger is not the title the trail names."""
    headline = "Council votes to take down the old weir next spring"
    page = _indented([(2, "Riverbank"), (4, "1. Home"), (4, "2. Region"), (4, "3. Weirton"), (4, f"4. {headline}"),
                      (2, "Weir works : Farmers fear the upstream fields will flood"), (8, "By Omar Haddad"),
                      *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_line_repeating_the_last_item_of_a_numbered_trail_is_the_headline() -> None:
    headline = "Council votes to take down the old weir next spring"
    page = _indented([(2, "Riverbank"), (4, "1. Home"), (4, "2. Region"), (4, f"3. {headline}"), (6, headline),
                      (8, "Weir works"), (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    art = newsparse.parse(page)
    assert art.headline == headline
    assert next(b for b in art.blocks if b.text == headline).label.value == "headline"


def test_a_numbered_trail_that_goes_on_as_a_nested_list_is_no_heading() -> None:
    """"3. Weirs" over "* Weirs": the marked line is the trail's next level, not the page's
    heading that prints the last item again; the title the nested trail ends on is."""
    headline = "Council votes to take down the old weir"
    page = _indented([(2, "Riverbank"), (4, "1. Home"), (4, "2. Tidewater"), (4, "3. Weirs"), (6, "* Tidewater"),
                      (8, "* Weirs"), (10, f"* {headline}"), (6, headline), (8, "March 3, 2025"),
                      *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_line_set_in_over_the_headline_is_not_its_headline_over_a_dek() -> None:
    """A text browser sets headings flush left and text in: the indented line over the
    flush headline is text, not a headline over its dek."""
    headline = "Old weir removed after surveys found salmon could no longer pass"
    page = _indented([(0, "Riverbank"), (6, "* Quayside"), (6, "* Weirs"), (6, "* Sluices"),
                      (3, "Salmon surveys at the weir"), (0, headline), (3, "By Omar Haddad"), (3, "March 3, 2025"),
                      *((3, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_the_headline_over_a_picture_credit_is_not_a_caption() -> None:
    """No caption under the lead picture: its credit line stands right under the headline."""
    headline = "Council votes to take down the old weir"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (4, "Sort by date"), (4, "Sort by relevance"),
                      (8, "Rivers"), (8, headline), (8, "Photo: Omar Haddad/Riverbank"), (8, "March 3, 2025"),
                      *((10, p) for p in ARTICLE)])
    art = newsparse.parse(page)
    assert art.headline == headline
    assert headline not in [c.text for c in art.captions]


def test_a_label_line_far_behind_the_headline_is_not_its_headline_over_a_dek() -> None:
    """A link or label line above the headline is no headline with the real one as its dek."""
    headline = "Salmon return to the river as the old weir comes down"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (12, "Read about the river authority:"), (6, headline),
                      (10, "By Omar Haddad"), (10, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_line_that_is_only_a_web_address_is_not_the_headline() -> None:
    """The site's address printed as its logo's text names the site, whatever it scores."""
    page = _indented([(6, "Riverbank"), (6, "Jobs"), (4, "Weir-Authority.com"), (4, "Press releases since 1999"),
                      (8, "Press release"), (10, "Council votes to take down the old weir"),
                      *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline != "Weir-Authority.com"


def test_a_short_title_ending_a_numbered_trail_counts_when_the_heading_repeats_it() -> None:
    headline = "Weirton Lock"
    page = _indented([(2, "Riverbank"), (4, "1. Home"), (4, "2. Places"), (4, "3. Locks"), (4, f"4. {headline}"),
                      (4, headline), (4, "Notes on the history of the river trade"), *((10, p) for p in ARTICLE)])
    assert newsparse.parse(page).headline == headline


def test_a_title_over_its_dek_and_dateline_inside_the_region_is_a_headline_candidate() -> None:
    """A sign-in notice opened the body region above the article's header: the first title
    over a dek that the dateline follows is among the region's lead-in lines; a later
    teaser's title over its own dek and date is not."""
    from newsparse.blocks import Block, Label
    from newsparse.label.context import Doc
    from newsparse.label.header import _region_lead_in

    notice = ("To add stories to your list of favourites, sign in with your account in the menu at the top "
              "of the page, and then tap the star beside every story you read.")
    texts = [notice, "Ticker", "Six anglers who could win the river cup",
             "Who will be the star of the summer season on the river? A look at the favourites", "3 March 2025",
             *ARTICLE[:2], "Ferry timetable changes for the summer season",
             "The harbour office has printed new timetables for the ferries that cross the estuary", "4 March 2025",
             ARTICLE[2]]
    blocks = [Block(text=t, index=i) for i, t in enumerate(texts)]
    for i in (4, 9):
        blocks[i].set(Label.DATELINE, "datelines")
    doc = Doc(blocks)
    doc.set_region(0, len(blocks))
    doc.__dict__["core_start"] = len(blocks) - 1
    lead_in = _region_lead_in(doc)
    assert blocks[2] in lead_in
    assert blocks[7] not in lead_in


def test_a_name_shaped_line_under_a_title_read_from_a_numbered_trail_is_no_byline() -> None:
    """The headline read from a breadcrumb's last item stands in the navigation: a name-shaped
    line under it ("Zero Deposit") is a menu's, not the byline's."""
    headline = "Council votes to take down the old weir next spring"
    page = _indented([(2, "Riverbank"), (4, "1. Home"), (4, "2. Region"), (4, f"3. {headline}"),
                      (6, "Zero Deposit"), (6, "No cancellation fees"), *((10, p) for p in ARTICLE)])
    art = newsparse.parse(page)
    assert art.headline == headline
    assert "Zero Deposit" not in [a.name for a in art.authors]


def test_a_byline_and_date_run_into_one_line_is_not_the_headline() -> None:
    """A text browser lays the header's byline, date and section out on one line under the
    headline; its words recur in the body, but a line with a date inside it is meta."""
    body = ("The harbour desk reports that the island ferry police logged three thefts of bicycles at the "
            "pier on Tuesday, and that the harbour board will fit cameras at the ticket office in May.")
    menu = [f"  \u2022 {item}" for item in ("Home", "Island", "Harbour", "Weather", "Culture", "Travel")]
    head = "Weekly notes from the quay"
    lines = [*menu, "", head, "Harbour Desk by Harbour Desk March 4, 2022 in Island, Police", "",
             body, "", body.replace("Tuesday", "Friday"), "", body.replace("Tuesday", "Monday")]
    assert newsparse.parse("\n".join(lines)).headline == head
    from newsparse.label.header import _dated_meta_line

    assert not _dated_meta_line("Regatta results, Lake Greywater, 2.6.2011")
    assert not _dated_meta_line("Start Mar 2, 2011 Join the rowing club")


def test_a_wrapped_frame_address_is_not_body_text() -> None:
    """A text browser prints a frame's or a tracker's address with its query and wraps it
    over lines; rebuilt into one block, it is no paragraph of the article."""
    body = ("   The island ferry will run a second boat from May, the harbour board said on Tuesday, after a\n"
            "   summer of queues at the pier and complaints from the village council about the timetable.")
    address = ("   //ads.example.net/frame/q?v=3&unit=ShowBanner&market=XX&slot=side&kind=product_li\n"
               "   nk&track=ferry-21&lang=en_GB&item=QX0FERRY1&ids=QX0FERRY1&key=1f2e3d4c5b6a7f8e9d&bord\n"
               "   er=true&width=120&height=240&open_new=true&ref=%2Fnews%2Fferry%2F&cb=77120")
    lines = ["Village council welcomes a second ferry boat", "", body, "", "   IFRAME:", address, "",
             body.replace("Tuesday", "Friday"), "", body.replace("May", "June")]
    art = newsparse.parse("\n".join(lines))
    assert "ShowBanner" not in art.text
    assert "Friday" in art.text


def test_a_name_linked_to_an_author_page_in_a_markdown_dump_is_the_author() -> None:
    """A Markdown dump keeps link targets: a name linked to "/author/…" is the byline, even
    when the line says nothing else that marks it as one; a menu's "Authors" is not."""
    body = ("The ferry operator said on Tuesday that fares on the island route would rise by six percent "
            "from May, citing the cost of fuel and of the new harbour dues agreed last winter.")
    md = "\n\n".join(["* [Home](/)", "* [Authors](/authors/)", "* [Weather](/weather)",
                       "# Ferry fares on the island route to rise in May",
                       body, body.replace("Tuesday", "Friday"), body.replace("Tuesday", "Monday"),
                       '[![](/img/ines.jpg)](/author/ines-marlow) [ Ines Marlow](/author/ines-marlow "Ines Marlow")',
                       "Share this story"])
    assert [a.name for a in newsparse.parse(md).authors] == ["Ines Marlow"]
    # A wrapping converter (html2text at 78 columns) cuts the link's text over two lines.
    wrapped = md.replace('[ Ines Marlow](/author/ines-marlow "Ines Marlow")',
                         '[ Ines\nMarlow](/author/ines-marlow "Ines Marlow")')
    assert [a.name for a in newsparse.parse(wrapped).authors] == ["Ines Marlow"]


def test_the_line_over_a_credit_under_a_standfirst_is_the_caption_not_the_headline() -> None:
    """Headline, standfirst, then a picture with its caption and credit, then the byline."""
    headline = "Council votes to take down the old weir"
    dek = ("The vote ends a long dispute over the river. Anglers and farmers had argued about the "
           "plan for years, and the council had put off its decision twice.")
    caption = "Workers inspect the stones of the weir after the flood"
    page = _indented([(2, "Riverbank"), (2, "Archive"), (4, "Sort by date"), (4, "Sort by relevance"),
                      (8, "Rivers"), (8, headline), (8, dek), (8, caption), (8, "Photo: Omar Haddad/Riverbank"),
                      (10, "By Jane Roe"), (8, "March 3, 2025"), *((10, p) for p in ARTICLE)])
    art = newsparse.parse(page)
    assert art.headline == headline


def test_the_headline_set_off_by_blank_lines_beats_a_line_running_into_the_next() -> None:
    """A renderer sets the headline off with blank lines; a line that runs straight into the
    next one (no blank line under it) is one of a run, here over the dateline."""
    headline = "Salmon return to the old weir"
    lines = ["Riverbank Gazette", "", "Home", "Rivers", "", headline, "",
             "River works in valley towns", "March 3, 2025", ""] + [p + "\n" for p in ARTICLE]
    art = newsparse.parse("\n".join(lines))
    assert art.headline == headline


def test_the_date_above_the_headline_counts_across_a_navigation_line() -> None:
    """A page with no dateline prints its day in a header line, a theme's name between it
    and the headline."""
    headline = "Salmon return to the old weir"
    lines = ["Riverbank Gazette", "", "Home Mar 3, 2025 Support our work", "", "Notes from the lock keeper", "",
             headline, ""] + [p + "\n" for p in ARTICLE]
    art = newsparse.parse("\n".join(lines))
    assert art.headline == headline
    assert str(art.date)[:10] == "2025-03-03"


def test_the_headline_under_its_dateline_right_over_the_text() -> None:
    """Date-above-headline order: a source label, the date, the headline, then the text."""
    headline = "Council agrees to take down the weir!"
    lines = ["Skip to content", "", "Home", "Press", "Contact", "", "Press releases", "",
             "12.03.2025 10:15", "", headline, ""] + [p + "\n" for p in ARTICLE]
    art = newsparse.parse("\n".join(lines))
    assert art.headline == headline


def test_a_title_opening_with_a_relative_date_word_is_not_a_dateline() -> None:
    """'Today' opening a short line of words with no digit is the title's first word, not a date."""
    headline = "Today the ferries stop running to the outer islands"
    page = "\n\n".join(["Home", "News", "Sport", headline, headline, *ARTICLE])
    assert newsparse.parse(page).headline == headline


def test_a_name_shaped_title_over_its_dateline_whose_words_the_text_takes_up_is_no_byline() -> None:
    """'Weir Removal POSTPONED' over a date: the text under the date speaks of the weir's removal."""
    headline = "Weir Removal POSTPONED"
    lead = "What anglers had feared for weeks is now confirmed: the weir stays until next year"
    more = ("The removal of the weir, planned for the spring, is postponed because the surveys of the "
            "riverbed took longer than the river authority had expected.")
    page = "\n\n".join(["Home", "News", "Sport", "Archive", headline, "03.03.2025 General", lead, more,
                        *ARTICLE])
    article = newsparse.parse(page)
    assert article.headline == headline
    assert not article.authors


def test_a_caption_closed_by_an_agency_under_the_dateline_is_not_the_headline() -> None:
    """'Salmon near the old weir on the river last summer. AP' is a photo's caption with its credit."""
    headline = "Have the salmon really come back to the upper river?"
    caption = "Salmon near the old weir on the river last summer. AP"
    page = "\n\n".join(["Home", "News", "Environment", headline, "Share on Facebook", "Share on Twitter",
                        "Print", "Comments", "Save", "Omar Haddad", "March 3, 2025 - 18:37", caption, *ARTICLE])
    assert newsparse.parse(page).headline == headline


def test_an_unmarked_list_on_the_articles_subject_is_kept() -> None:
    first = ("The village garden club met on Saturday to plan the new community orchard behind the old school, "
             "where volunteers will plant apple and pear trees along the southern wall this autumn.")
    second = ("Volunteers for the orchard should bring gloves and a spade, and the club will provide the young "
              "trees, the compost and the stakes needed for planting along the wall.")
    third = ("The club expects the orchard to give its first apples in three years, and hopes the school will use "
             "the trees for lessons about planting and pruning.")
    items = ["Orchard volunteers needed", "Apple trees along the southern wall", "Pear trees near the school gate"]
    art = newsparse.parse("\n\n".join(["Orchard planned behind the old school", "By Mara Lind", first, *items,
                                       "Compost for the young trees", second, third]))
    assert all(item in art.text for item in items)


def test_an_unmarked_run_of_other_headlines_stays_out() -> None:
    items = ["Striker signs for rival club", "Storm closes mountain pass", "Bakery wins national prize"]
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY, *items,
                                       BODY.replace("Tuesday", "Friday")]))
    assert not any(item in art.text for item in items)


def test_a_numbered_line_continuing_the_numbered_subheadings_is_one() -> None:
    def para(word: str) -> str:
        return (f"A {word} corner keeps hydrangeas healthy, because the {word} soil holds water longer "
                f"and the leaves do not burn in the afternoon sun of high summer.")
    art = newsparse.parse("\n\n".join([
        "Four Ways to Keep Your Hydrangeas Happy", "By Mara Lind", BODY,
        "1. Pick a shady corner", para("shady"), para("cool"), "2. Feed them in spring", para("fed"), para("rich"),
        "3. Cut back old stems", "Stems die. Cut them.", "4. Water them often", para("watered"), para("damp")]))
    assert "2. Feed them in spring" in art.text and "3. Cut back old stems" in art.text


def test_the_closing_line_without_its_stop_is_kept() -> None:
    closing = "In the end the harbour will only be as safe as the wall that the town is willing to pay for"
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), closing, "Share this:", "Twitter",
                                       "Facebook", "Like this:", "Loading …"]))
    assert closing in art.text


def test_a_short_article_before_a_long_comment_thread_is_the_body() -> None:
    comment = ("I have lived by the harbour for thirty years and I can tell you that the wall has been "
               "crumbling for most of that time, so I am glad somebody finally found the money to fix it.")
    thread = []
    for n in range(12):
        thread += [f"Reader {n}", "2 hours ago", comment.replace("thirty", str(20 + n)), "Reply"]
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), "Leave a comment", *thread]))
    assert "The council met" in art.text and "crumbling" not in art.text


def test_a_dumps_fact_box_with_figures_is_body() -> None:
    facts = ["Entry: 4 € for adults", "Opening hours: 10 to 18 h", "Guided tour: 2 pm on Sundays"]
    art = newsparse.parse("\n\n".join(["Harbour Museum Reopens After Repairs", "By Omar Haddad", BODY, *facts,
                                       BODY.replace("Tuesday", "Friday")]))
    assert all(fact in art.text for fact in facts)


def test_a_closing_list_of_tips_is_not_taken_for_teasers() -> None:
    tips = []
    for tip, why in [
        ("Lock the door when you leave.",
         "Even a short trip to the shop is time enough for a thief to walk in and take what he finds."),
        ("Never hide the key outside.",
         "Burglars know every flowerpot and doormat and will look under each one before they try a window."),
        ("Close every window at night.",
         "A tilted window is an open window for anyone with a screwdriver and a minute to spare."),
    ]:
        tips += [tip, why]
    art = newsparse.parse("\n\n".join([*ARTICLE, "How to protect your home:", *tips, "Back to the overview"]))
    assert "tilted window" in art.text and "flowerpot" in art.text


@pytest.mark.parametrize("title", ["Teilen Sie dies mit:", "Diesen Artikel teilen:",
                                   "Das könnte dich auch interessieren:"])
def test_a_share_prompt_or_widget_title_with_a_colon_is_no_lead_in(title: str) -> None:
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY, title,
                                       BODY.replace("Tuesday", "Friday")]))
    assert title not in art.text


def test_a_newsletter_widgets_blurb_is_no_dek_of_the_teaser_above_it() -> None:
    """"Teaser title" / "Subscribe to our newsletter" / blurb / "Subscribe" / byline: the blurb
    between the widget's prompt and its button is no dek, so the teaser over the widget does
    not take the bonus of a headline over its dek and byline; a dek right under its title does."""
    from newsparse.blocks import Block, Label
    from newsparse.label.context import Doc
    from newsparse.label.header import _heads_dek_before_meta, _next_content

    teaser = "New lighthouse keeper starts work on the island next week"
    blurb = "Your weekly guide to the harbour and its ferries, delivered to your inbox every Friday."
    for texts, heads in (([teaser, "Subscribe to our newsletter", blurb, "Subscribe", "Lene Example", "3 March 2025"],
                          False),
                         ([teaser, blurb, "Lene Example", "3 March 2025"], True)):
        blocks = [Block(text=t, index=i) for i, t in enumerate(texts)]
        for block in blocks:
            if block.text.startswith("Subscribe"):
                block.set(Label.BOILERPLATE, "interface_text")
        blocks[-2].set(Label.BYLINE, "byline_name")
        blocks[-1].set(Label.DATELINE, "datelines")
        doc = Doc(blocks)
        doc.set_region(0, len(blocks))
        assert _heads_dek_before_meta(doc, blocks[0], _next_content(doc, blocks[0])) is heads


def test_a_line_ending_on_a_colon_under_the_headline_is_no_dek() -> None:
    """A print notice over the page's address is a label; the lead above the byline is the dek."""
    lead = "The council approved the harbour budget after a night of talks about the sea wall and the pier."
    dump = "\n".join([
        "Home", "News", "",
        "Harbour budget approved after long debate", "",
        "This page was printed from the following address:", "",
        "Updated: 03.03.2025 18:00", "", "Home", "",
        lead, "", "By Omar Haddad", "",
        BODY, "", BODY.replace("Tuesday", "Friday"), "", BODY.replace("Tuesday", "Monday"),
    ])
    art = newsparse.parse(dump)
    assert next(b.label.value for b in art.blocks if b.text == lead) == "dek"


def test_a_short_article_under_its_headline_outweighs_a_lone_notice() -> None:
    """A scraper's dump: the title line, the headline again, two short paragraphs, then a
    newsletter form whose one long data notice alone outscores the article."""
    notice = ("By filling in this form you agree that we store your address to send you our newsletter, "
              "which you can cancel at any time with the link at the end of each mail; we never pass "
              "your data on to others, and you may ask us at any time which data we hold about you "
              "and have it deleted without giving any reason for it.")
    dump = "\n".join([
        "Harbour budget approved after long debate - Example News", "",
        *("Home", "News", "Sport", "Weather", "Contact"), "",
        "Harbour budget approved after long debate", "", "March 3, 2025", "",
        "The council approved the harbour budget on Tuesday after a long debate about the sea wall.", "",
        "The mayor will present the plan for the sea wall and the ferry pier to the harbour board on Friday.", "",
        *("Newsletter", "Your e-mail", "First name", "Name", "Postcode", "Country"),
        *("Albania", "Belgium", "Chile", "Denmark", "Egypt", "France", "Ghana", "Hungary", "India"), "",
        notice, "", "Imprint", "Privacy",
    ])
    art = newsparse.parse(dump)
    assert "sea wall" in art.text
    assert "newsletter" not in art.text


def test_an_opening_paragraph_above_the_byline_is_body() -> None:
    """A page that prints its first paragraph between the headline and the byline: longer
    than any standfirst, it is article text."""
    lead = ("The harbour of the small town has been silting up for years, and the fishermen who still "
            "land their catch there say that at low tide the boats sit in the mud for hours, waiting for "
            "the water to come back; the council, which owns the quays, promised a dredging plan in the "
            "spring, but the money ran out before the first barge arrived, and the plan was put off until "
            "the autumn, when the next budget will be drawn up and the mayor hopes that the region will "
            "pay for half of the work.")
    dump = "\n".join([
        "Home", "News", "",
        "Harbour silts up as dredging plan stalls", "",
        lead, "", "By", "Omar Haddad", "March 3, 2025", "",
        *(BODY.replace("Tuesday", day) + "\n" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                         "Saturday", "Sunday", "week", "morning", "night")),
    ])
    art = newsparse.parse(dump)
    assert "silting up for years" in art.text


def test_a_dated_line_ending_on_a_colon_over_a_paragraph_is_no_header_end() -> None:
    """"Update, March 3, 2025, 16:05:" opens the paragraph under it; the paragraph above it
    is article text, not a header that the line would close."""
    first = ("The council approved the harbour budget after a long debate, and the first works on the "
             "sea wall are to start before the summer, the mayor said.")
    dump = "\n".join([
        "Home", "News", "", "Harbour budget approved after long debate", "",
        "Local news", "", first, "", "Boats in the mud", "", "Update, March 3, 2025, 16:05:", "",
        *(BODY.replace("Tuesday", day) + "\n" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
    ])
    art = newsparse.parse(dump)
    assert "first works on the sea wall" in art.text


def test_a_table_printed_one_cell_per_line_is_part_of_the_article() -> None:
    """A scraper's dump of a data table: short cells, most of them figures, between paragraphs
    (its header row in capitals, which no list of the article's own has)."""
    cells = ["ROUTE", "TRIPS", "LENGTH", "North line", "412", "3.5 km", "South line", "388", "5.2 km",
             "Island line", "120", "9.8 km"]
    dump = "\n".join([
        "Harbour ferries ran late more often this year", "",
        BODY, "", BODY.replace("Tuesday", "Friday"), "",
        "The figures for the three piers were published on Monday by the harbour board, which runs the ferries.", "",
        *cells, "",
        BODY.replace("Tuesday", "Monday"), "", BODY.replace("Tuesday", "Sunday"),
    ])
    art = newsparse.parse(dump)
    assert "Island line" in art.text and "9.8 km" in art.text


def test_label_and_value_lines_after_the_text_are_the_article_data() -> None:
    """A product page dumped by a scraper: its specifications as "Label:" / "value" lines."""
    dump = "\n".join([
        "Harbour paint for boats and piers", "",
        BODY, "", BODY.replace("Tuesday", "Friday"), "", BODY.replace("Tuesday", "Monday"), "",
        "Colour:", "sea green", "Base:", "Resin/Water", "Coverage:", "8 to 10 m² per litre",
        "Drying time:", "4 hours", "", "Reviews", "Write your own review",
    ])
    art = newsparse.parse(dump)
    assert "Resin/Water" in art.text and "8 to 10" in art.text
    assert "Write your own review" not in art.text


def test_the_lines_of_a_quoted_verse_are_body() -> None:
    """A verse quoted a line per line, between two paragraphs: one quotation, not headlines."""
    verse = ["\u201eThe tide came in and took the pier", "We watched it from the old sea wall",
             "The boats went out and never came", "And no one answered when we called\u201c"]
    dump = "\n".join([
        "Harbour song wins the folk prize", "",
        BODY, "", BODY.replace("Tuesday", "Friday"), "", "The chorus reads", *verse, "",
        BODY.replace("Tuesday", "Monday"), "", BODY.replace("Tuesday", "Sunday"),
    ])
    art = newsparse.parse(dump)
    assert all(line.strip("\u201e\u201c") in art.text for line in verse)
    # A German low quote closed on a typewriter's '"' is the same quotation.
    typed = [*verse[:-1], verse[-1].replace("\u201c", '"')]
    art = newsparse.parse(dump.replace(verse[-1], typed[-1]))
    assert all(line.strip('\u201e"') in art.text for line in typed)


@pytest.mark.parametrize("closing", ["Without a new wall, the harbour has no future",
                                     "We thank everyone in town for all their help…"])
def test_a_short_closing_line_with_a_clause_mark_is_kept(closing: str) -> None:
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), closing, "Share this:", "Twitter",
                                       "Facebook", "Like this:", "Loading …"]))
    assert closing in art.text


def test_a_short_closing_line_without_a_clause_mark_is_left_out() -> None:
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), "View the other stories from the harbour",
                                       "Share this:", "Twitter", "Facebook"]))
    assert "other stories" not in art.text


def test_a_two_word_headline_repeating_the_title_line_beats_the_line_under_it() -> None:
    """A short title's first part printed again over the article is the headline, not the
    longer line under it that the byline follows."""
    page = "\n\n".join(["Tide Tables | Coast Notes", "Home", "Walks", "Tide Tables",
                        "How the moon moves the water in our little bay", "Published in issue 4 by Omar Haddad",
                        *ARTICLE])
    assert newsparse.parse(page).headline == "Tide Tables"


def test_a_short_title_copy_over_a_line_running_on_from_it_is_that_headline_s_kicker() -> None:
    """"Tide Tables | Site" over a page that prints "Tide Tables" and right under it "Tide
    Tables for the little bay": the line under the copy runs on from it, without a separator,
    so it is the headline in full that the title shortened."""
    page = "\n\n".join(["Tide Tables | Coast Notes", "Home", "Walks", "Tide Tables",
                        "Tide Tables for the little bay", *ARTICLE])
    assert newsparse.parse(page).headline == "Tide Tables for the little bay"
    page = page.replace("Tide Tables for the little bay", "Tide Tables: the little bay")
    assert newsparse.parse(page).headline == "Tide Tables"


def test_a_title_that_shortens_a_longer_printed_headline_does_not_pick_its_short_copy() -> None:
    """"Sea Glass - Shop | Site" over a page that prints "Sea Glass - Green Bottle, 250 g": the
    full line is the headline; a "Sea Glass" menu entry elsewhere is not."""
    page = "\n\n".join(["Sea Glass - Shop | Coast Notes", "Home", "Sea Glass - Green Bottle, 250 g", "Menu",
                        "Sea Glass", "Shells", "Driftwood", *ARTICLE])
    assert newsparse.parse(page).headline == "Sea Glass - Green Bottle, 250 g"


def test_a_kicker_ending_in_a_colon_on_the_line_above_joins_the_headline() -> None:
    """"Works at the harbour:" right over "Ferry fares rise again", no blank line between: one title."""
    page = "\n\n".join(["Home", "News", "Works at the harbour:\nFerry fares rise again", "By Omar Haddad", *ARTICLE])
    assert newsparse.parse(page).headline == "Works at the harbour: Ferry fares rise again"


def test_a_form_label_ending_in_a_colon_does_not_join_the_headline() -> None:
    """A form's label runs on from the form's lines: no blank line sets it off as a kicker."""
    form = "Sign up for our letter\nLeave this field empty please:\nFerry fares rise again"
    page = "\n\n".join(["Home", "News", form, "By Omar Haddad", *ARTICLE])
    assert newsparse.parse(page).headline == "Ferry fares rise again"


def test_a_short_headline_over_a_sentence_dek_before_the_byline_is_the_headline() -> None:
    """A few words over a standfirst that ends in a period and the byline under it: a short
    headline over its dek, not a kicker over a headline (a headline never ends in a period)."""
    dek = "A retired postman kept a thousand letters in his garden shed, and the town now delivers them."
    page = "\n\n".join(["Home", "News", "Weather", "Lost Post Found", dek, "By Omar Haddad", *ARTICLE])
    assert newsparse.parse(page).headline == "Lost Post Found"


def test_a_closing_line_of_two_sentences_is_kept_after_a_headline_in_the_text() -> None:
    """A headline is one sentence at most: a cut closing line holding two is the article's."""
    closing = "The harbour is a place where plans linger for decades without being finished. " \
        "Perhaps politics works the same way here"
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       "Ferry Strike Ends After Three Weeks Of Talks",
                                       BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday"),
                                       closing, "Share this:", "Twitter", "Facebook", "Like this:", "Loading …"]))
    assert closing in art.text and "Ferry Strike" not in art.text


def test_a_closing_paragraph_of_names_signed_with_initials_is_kept() -> None:
    """Many capitalised names but two sentences, then the author's initials after the last stop."""
    closing = "Its Main Labels Are Harbour Gold, Pier Light, Tide Mill and Old Quay Reserve. " \
        "The Group Also Owns Lantern Bay Estate, Coral Head Farm and Westmoor Cellars. om"
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), closing, "Tags", "Harbour", "Wine"]))
    assert closing in art.text


def _dek_past_scraps(line: str) -> str:
    """Headline, dateline, a label, a desk name and a button, then ``line``; a byline, a
    credited photo and share buttons stand between it and the article."""
    return "\n".join(["Home", "News", "Rivers", "", "Council votes to take down the old weir", "",
                      "March 3, 2025", "Published:", "Rivers desk", "Print", "", line, "",
                      "Omar Haddad in conversation with Ann Lee", "",
                      "Ann Lee at the weir on Sunday (Photo: Example Agency / Jane Roe)", "",
                      "E-Mail", "Facebook", "Print", "", "Rivers and lakes", "", *ARTICLE])


def test_a_standfirst_under_scraps_of_page_furniture_is_kept() -> None:
    dek = "The weir that has held back the river for two centuries will be taken down next spring."
    art = newsparse.parse(_dek_past_scraps(dek))
    assert art.dek == dek
    assert dek in art.text


def test_a_call_to_share_under_scraps_of_page_furniture_is_no_standfirst() -> None:
    line = "Did you like what you read here today? Then share this story with all your friends!"
    assert "share this story" not in newsparse.parse(_dek_past_scraps(line)).text


LAST_PARAGRAPH = ("The repairs are expected to start in the spring, once the ferry timetable for the summer "
                  "season has been agreed with the operator.")


def test_the_last_paragraph_after_a_read_also_box_is_kept() -> None:
    """A "Related stories" box set into the text, then the article's last paragraph, then buttons."""
    art = newsparse.parse("\n\n".join([
        "Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY, BODY.replace("Tuesday", "Friday"),
        "Related stories", "Ferry fares to rise again next year", "New lighthouse keeper starts work in May",
        LAST_PARAGRAPH, "Twitter", "Facebook", "Mail the editor"]))
    assert LAST_PARAGRAPH in art.text
    assert "Ferry fares" not in art.text


def test_teaser_blurbs_after_a_related_heading_stay_out() -> None:
    """Under the heading, every headline has its blurb: a stream of teasers, not the article's end."""
    blurb = ("The town's oldest ferry will be retired at the end of the season after forty years of "
             "service on the route to the island.")
    art = newsparse.parse("\n\n".join([
        "Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY, BODY.replace("Tuesday", "Friday"),
        "Related stories", "Ferry fares to rise again next year", LAST_PARAGRAPH,
        "Old ferry to be retired after forty years", blurb, "Twitter", "Facebook"]))
    assert LAST_PARAGRAPH not in art.text


def test_numbered_subheadings_follow_the_series_outward() -> None:
    """"1." is a subheading; "2.", "3." and "4." were taken for related headlines: each next
    number continues the series, not only the one beside a known subheading."""
    from newsparse.blocks import Block, Label
    from newsparse.label.body import _numbered_headings

    blocks = [Block(text, index=i, label=label, rule=rule) for i, (text, label, rule) in enumerate([
        ("1. Pick a shady corner", Label.SUBHEADING, "subheading"),
        ("2. Feed them in spring", Label.RELATED, "related_headline"),
        ("3. Cut back old stems", Label.RELATED, "related_headline"),
        ("4. Water them often", Label.RELATED, "related_headline"),
        ("7. Best gardens in town", Label.RELATED, "related_headline"),
    ])]
    _numbered_headings(blocks)
    assert [b.label for b in blocks] == [Label.SUBHEADING] * 4 + [Label.RELATED]


def test_a_lead_in_about_shares_is_no_share_prompt() -> None:
    from newsparse.label.signals import SHARE_PROMPT

    assert SHARE_PROMPT.match("Share this:") and SHARE_PROMPT.match("Diesen Artikel teilen:")
    assert SHARE_PROMPT.match("Compartir nota:")
    for lead_in in ("Market share:", "Share prices:", "Die Kosten teilen:"):
        assert not SHARE_PROMPT.match(lead_in)


def test_an_author_page_link_names_one_author_in_the_singular() -> None:
    from newsparse.label.bylines import AUTHOR_PAGE_LINK

    for link in ("Alle Texte des Autors", "ContactAuthor's page", "More from this author", "Artikel der Autorin"):
        assert AUTHOR_PAGE_LINK.search(link), link
    for other in ("Autorisierte Händler", "Authorized dealers", "Autorinnen und Autoren", "Authors", "Guest-Author"):
        assert not AUTHOR_PAGE_LINK.search(other), other


def test_an_unmarked_list_in_titled_groups_is_kept() -> None:
    """A job ad's "Your tasks" / entries / "Your profile" / entries, printed without markers:
    the entries share few words with the ad's prose, but two titles each over a group of
    short entries make it the article's list, not a box of other stories' headlines."""
    intro = ("The Harbourton ferry company is looking for a dock coordinator to join its small team at the "
             "northern pier from the first of March, on a part-time contract of twenty hours a week.")
    outro = ("We offer a friendly team, flexible hours and a yearly pass for all ferries, and we look forward "
             "to hearing from you before the end of January.")
    tasks = ["Planning the morning departures", "Checking tickets and cargo lists", "Training new deckhands"]
    profile = ["Experience in logistics", "A valid boating licence", "Good spoken English and Danish"]
    art = newsparse.parse("\n\n".join(["Dock coordinator wanted", "By Mara Lind", intro, "Your tasks", *tasks,
                                       "Your profile", *profile, outro, outro.replace("January", "February")]))
    assert all(item in art.text for item in tasks + profile)


def test_a_first_sentence_broken_at_its_links_joins_the_body() -> None:
    # A dump prints the links of the first sentence on lines of their own: the region must
    # start on the sentence's first fragment, not in mid-sentence.
    page = "\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad",
                        "The harbour board had long warned about the", "sea wall",
                        "and many of you will have read our", "earlier report",
                        "on the ferry terminal last spring.", BODY, BODY.replace("Tuesday", "Friday")])
    art = newsparse.parse(page)
    body = "\n".join(str(p) for p in art.paragraphs)
    assert "The harbour board had long warned about the" in body
    assert "and many of you will have read our" in body


def test_a_drop_cap_takes_no_line_above_it_into_the_body() -> None:
    page = "\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad",
                        "Tap the words in blue for notes and further questions", "T",
                        "he council met on Tuesday evening and voted to approve the new harbour budget after "
                        "a long debate about the cost of repairs to the sea wall.",
                        BODY, BODY.replace("Tuesday", "Friday")])
    art = newsparse.parse(page)
    assert not any("Tap the words" in str(p) for p in art.paragraphs)


@pytest.mark.parametrize("line", ["4.0.0-20310704120000-harbourapp", "v12.3.0-rc.2+harbour.7"])
def test_a_version_string_on_its_own_line_is_the_articles_data(line: str) -> None:
    """A version string on a line of its own is the release the article names, not a
    headline of another story."""
    intro = ("The maintainers of the little harbour timetable app published a new release this week, "
             "and they ask everyone who runs the older version to install the build named below.")
    after = ("After the update the app reads the ferry times from the new server, which the port "
             "authority set up in the spring to replace the old one that kept failing.")
    art = newsparse.parse("\n\n".join(["Harbour app update", intro, line, after, BODY]))
    assert line in art.text


def test_a_short_subtitle_right_under_the_headline_is_the_dek() -> None:
    """A second headline line without a stop, about as long as the headline, is its subtitle;
    a date line or a row of share buttons in its place is not."""
    text = "\n\n".join(["Harbour board approves the new ferry timetable",
                        "Evening crossings return to the island this spring",
                        BODY, BODY.replace("Tuesday", "Friday")])
    art = newsparse.parse(text)
    assert art.dek == "Evening crossings return to the island this spring"
    for line in ("Posted on Tuesday 12 March by the harbour desk", "Facebook Twitter Email Print Share"):
        art = newsparse.parse(text.replace("Evening crossings return to the island this spring", line))
        assert art.dek != line


def test_the_standfirst_under_the_headlines_repeat_above_the_article_is_found() -> None:
    """A menu that lists the article's title puts the headline above the menu's other
    entries; the standfirst is read under the repeat that the article's prose follows."""
    menu = ["Home", "Harbour news", "Ferry timetable", "Ferries and fares",
            "All about the fares of our island ferries", "Island trips", "Boat repairs",
            "Quay markets", "Harbour office", "Opening hours", "Visitor parking"]
    lead = "Rising fuel costs hit the small island ferries hardest. The harbour board now wants to help them."
    page = "\n\n".join(["Ferries and fares", *menu, "Ferries and fares", lead, "The new boats at the quay",
                        "Fuel for the crossing", "By Mara Quillon, 12 March 2031", BODY,
                        BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday")])
    art = newsparse.parse(page)
    assert art.headline == "Ferries and fares"
    assert art.dek == lead


def test_a_list_under_a_paragraph_ending_on_a_colon_is_the_articles_list() -> None:
    """A sentence of the article that ends on a colon introduces the short lines under it,
    as a short lead-in does: a dump's unmarked list, not headlines of other stories."""
    intro = ("The harbour board compared what the four ferry lines charge for a crossing in winter "
             "and printed the figures for every passenger who asked about them:")
    rows = ["Northern line", "Twelve crowns", "Southern loop", "Nine crowns"]
    page = "\n\n".join(["Ferry fares compared", BODY, intro, *rows,
                        BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday")])
    text = newsparse.parse(page).text
    assert all(row in text for row in rows)


def test_a_run_of_data_lines_does_not_end_the_region() -> None:
    """A dump's "Name: value" lines with figures (a recipe's nutrition values) between the
    article's steps and its closing tips weigh as short sentences: the tips stay in the body."""
    steps = ("Stir the lentils into the pan with the onions and let them simmer gently for twenty "
             "minutes, adding a splash of water whenever the pot starts to look dry.")
    facts = ["Energy: 312 kcal", "Fat: 9 g", "Protein: 14 g", "Fibre: 6 g", "Salt: 1.2 g"]
    tips = ["Serve it warm with flat bread from the oven.",
            "It also keeps well in the fridge for two days."]
    page = "\n\n".join(["Red lentil stew", "By Ines Varga", steps, steps.replace("twenty", "thirty"),
                        "Nutrition", "(per bowl)", *facts, "Serving ideas", *tips,
                        "More recipes", "Pea soup", "Barley salad", "Home", "Contact"])
    art = newsparse.parse(page)
    assert all(tip in art.text for tip in tips)
    assert "Energy: 312 kcal" in art.text
    assert "Barley salad" not in art.text


@pytest.mark.parametrize("line", ["07/11/21, 09:45 am", "Size: javascript:void(0) 1"])
def test_a_clock_time_or_a_script_link_is_no_data_line(line: str) -> None:
    from newsparse.blocks import Block
    from newsparse.label.region import _data_line
    assert not _data_line(Block(line))


def test_a_reference_list_after_the_article_is_kept() -> None:
    """The works an article cites, under a "References" heading after its last paragraph,
    are part of it; the site's links after them are not."""
    works = ["Varga I, Holm T (2011) Lentils in cold climates, Journal of Field Crops 12",
             "Okafor D (2019) A history of harbour markets",
             "Raman P (2021) Soil and rain",
             "https://example.org/report/lentil-trials"]
    page = "\n\n".join(["Why lentils grow well on the coast", "By Ines Varga", BODY,
                        BODY.replace("Tuesday", "Friday"), "References", *works,
                        "More from our site", "Pea soup for winter", "Home", "Contact"])
    art = newsparse.parse(page)
    assert all(work in art.text for work in works)
    assert "Pea soup for winter" not in art.text


def test_a_list_of_headlines_under_a_sources_heading_is_not_a_reference_list() -> None:
    heads = ["Harbour board elects a new chair", "Ferry timetable changes next week"]
    page = "\n\n".join(["Harbour budget approved", "By Omar Haddad", BODY, BODY.replace("Tuesday", "Friday"),
                        "Sources", *heads, "Home"])
    art = newsparse.parse(page)
    assert not any(head in art.text for head in heads)


def test_short_cjk_sentences_do_not_end_the_region() -> None:
    """A short Chinese sentence on a line of its own has no spaces, yet it is a sentence:
    it weighs as one in the region score, so the paragraph after a run of them stays in."""
    last = "市政府还表示，工程完工以后将举行开放日，欢迎市民参观。"
    page = "\n\n".join([
        "港口改造工程明年春天完成",
        "今天上午，市政府在新闻发布会上宣布，将在明年春天之前完成老港口的改造工程，并新建一座可以容纳两千名游客的码头。",
        "负责该项目的工程师表示，施工期间渡轮将照常运行，但部分道路会在夜间临时封闭，附近居民可以通过热线查询具体安排。",
        "施工将分三个阶段进行。", "第一阶段主要修复防波堤。", "最后一个阶段将建设新的候船大厅。", last,
        "首页", "联系我们", "关于我们"])
    art = newsparse.parse(page)
    assert last in art.text
    assert "联系我们" not in art.text


@pytest.mark.parametrize(("line", "kept"), [("Mara Lind, Harbourton", True), ("IV, The harbour desk", True),
                                           ("Tags: harbour, budget", False), ("12. Harbour, budget", False),
                                           ("Print Friendly, PDF & Email", False), ("Share, Email", False),
                                           ("Politics, Economy", False), ("Harbour, Ferries, Gulls", False)])
def test_a_sign_off_under_the_last_paragraph_is_kept(line: str, kept: bool) -> None:
    page = "\n\n".join(["Harbour budget approved", "By Omar Haddad", BODY, BODY.replace("Tuesday", "Friday"),
                        line, "Related Posts", "Ferry timetable changes next week", "Home"])
    art = newsparse.parse(page)
    assert (line in art.text) is kept


def test_the_only_top_level_heading_of_a_markdown_dump_is_the_headline() -> None:
    """A browser notice that reads as prose opens the body region above the page's one "# "
    heading: the heading is still the headline, not a teaser inside the text."""
    page = "\n\n".join([
        "* [Home](/)", "* [Weather](/weather)", "* [Travel](/travel)",
        "Your browser is out of date and some parts of this site may not work as they should, so please "
        "update it when you can.",
        "# Harbour budget approved after long night of talks",
        "Coastal Courier 04/03/2021 Omar Haddad",
        BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday"),
    ])
    art = newsparse.parse(page)
    assert art.headline == "Harbour budget approved after long night of talks"


def test_a_markdown_dumps_one_top_level_heading_outweighs_the_kicker_line_above_it() -> None:
    """A one-word title printed as the dump's only "# " heading, under a longer kicker line
    that speaks of the same thing: the heading is the headline."""
    page = "\n\n".join(["* [Home](/)", "* [News](/news)", "Council approves the new harbour budget",
                        "#  Ferry-terminal  ",
                        "The council voted on the cost of repairs to the sea wall and the ferry terminal.",
                        BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday")])
    assert newsparse.parse(page).headline == "Ferry-terminal"


def test_an_underlined_title_is_the_headline() -> None:
    """A writer that underlines its top heading with "=" (setext) marks the page's title as
    a "# " line does, even when a notice that reads as prose opens the text above it."""
    page = "\n".join(["* [Home](/)", "* [News](/news)", "",
                      "Your browser is out of date and some parts of this site may not work as they should, "
                      "so please update it when you can.", "",
                      "Harbour budget approved after long night", "=" * 40, "",
                      "Coastal Courier 04/03/2021 Omar Haddad", "",
                      BODY, "", BODY.replace("Tuesday", "Friday"), "", BODY.replace("Tuesday", "Monday")])
    assert newsparse.parse(page).headline == "Harbour budget approved after long night"


@pytest.mark.parametrize("logo", ["Sea Wall Repairs Sea Wall Repairs", "Sea Wall RepairsSea Wall Repairs"])
def test_a_phrase_printed_twice_on_one_line_is_no_headline(logo: str) -> None:
    """A text browser runs an image's alt text and its link text together ("Name Name"): a
    logo or a teaser's picture, not the title, even when its words are the body's."""
    text = ["   " + BODY.replace("Tuesday", day) for day in ("Tuesday", "Friday", "Monday")]
    page = "\n\n".join(["   Home News Sport Weather", "   Harbour", logo, "Council approves the harbour budget", *text])
    assert newsparse.parse(page).headline == "Council approves the harbour budget"


RENDERED_MENU = "\n".join(f"  • {item}" for item in ("Home", "News", "Sport", "Weather", "Travel", "Contact"))
PICTURE_TEXT = ("A view of the old harbour wall at low tide, with fishing boats tied up along the quay and "
                "gulls on the roofs of the sheds.")


def test_a_picture_description_over_the_heading_of_a_rendered_dump_leaves_the_headline() -> None:
    """A text browser prints an image's description as a paragraph above the heading: the
    region opens on it, and the title line under it is still the headline."""
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, PICTURE_TEXT, "Harbour budget approved after long night",
                        BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday"),
                        "  • Privacy\n  • Imprint"])
    assert newsparse.parse(page).headline == "Harbour budget approved after long night"


@pytest.mark.parametrize("buttons", [["Close gallery"], ["Close gallery", "Tweet Share Email"]])
def test_interface_lines_between_a_notice_and_the_heading_leave_the_headline(buttons: list[str]) -> None:
    """A slideshow's buttons or a share button printed between the picture description and
    the heading: the title line under them is still the headline."""
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, PICTURE_TEXT, *buttons,
                        "Harbour budget approved after long night",
                        BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday"),
                        "  • Privacy\n  • Imprint"])
    assert newsparse.parse(page).headline == "Harbour budget approved after long night"


def test_a_rule_under_a_notice_ends_it() -> None:
    """A rule line under the region's first paragraph closes a section: the heading under it
    heads the next section, not the page, so the notice rule does not step over the rule."""
    rule = "\u2501" * 79
    items = "\n".join("  \u2022 A photo" for _ in range(4))
    page = "\n\n".join(["Layout Check", BODY, rule, "Single photo", "A photo", BODY, rule, "Photo list", items,
                        BODY, rule, "Second list", items, BODY])
    assert newsparse.parse(page).headline == "Layout Check"


def test_a_link_repeated_around_an_advert_is_no_headline_over_a_dek() -> None:
    """A link printed at each advertising slot stands right over the headline: it is no
    headline over a dek, and the headline stays one."""
    link = "Keep reading about the harbour budget"
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, "Advert below", link, "Paid partner", link,
                        "Harbour budget approved after a long night of council debate",
                        "Councillors argue that the repairs cannot wait for another winter of storms.",
                        "By Omar Haddad", "3 March 2031", BODY, BODY.replace("Tuesday", "Friday"),
                        BODY.replace("Tuesday", "Monday"), "  \u2022 Privacy\n  \u2022 Imprint"])
    assert newsparse.parse(page).headline == "Harbour budget approved after a long night of council debate"


def test_a_heading_under_the_lead_of_a_rendered_dump_is_no_headline() -> None:
    """The lead paragraph under the headline is no notice: the heading under it is a subheading."""
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, "Harbour budget approved after long night",
                        PICTURE_TEXT, "\u201cRepairs to the sea wall come first\u201d",
                        BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday"),
                        "  • Privacy\n  • Imprint"])
    assert newsparse.parse(page).headline == "Harbour budget approved after long night"


def test_a_markdown_heading_over_long_teaser_links_is_no_subheading() -> None:
    """A Markdown dump's heading over a teaser link (a headline and blurb, too long for the
    link_text rule) titles a box of other stories; a heading over the article's text stays a
    subheading."""
    teaser = ("[Lighthouse keeper retires after forty years on the rock Seabrook (agency) - The last keeper "
              "of the northern light hands over the keys on Friday, and the lamp will be run from the "
              "mainland from then on, the port authority said in a statement today.](/lighthouse)")
    dump = "\n".join([
        "# Harbour opens second pier", "",
        "The harbour opened a second pier on Monday, after two years of building work that the town "
        "council paid for with a loan.", "",
        "## Ferries keep the old pier", "",
        "Fishing boats will moor at the new pier from June, while ferries keep the old one, the "
        "harbour master said at the opening of the pier.", "",
        "## Stories our readers enjoyed", "",
        teaser, "",
        "The pier cost four million and was paid for by the council and a regional fund, the mayor "
        "told reporters at the ribbon cutting on the quay.",
    ])
    article = newsparse.parse(dump)
    assert "Stories our readers enjoyed" not in article.text
    assert "Ferries keep the old pier" in article.text
    assert "second pier on Monday" in article.text


def test_a_listed_widget_title_is_no_list_item() -> None:
    """A text browser prints a teaser box's title as the first item of its list ("* You might also
    enjoy"); it titles the box and is no item of the article's lists."""
    dump = "\n".join([
        "Harbour opens second pier", "",
        "The harbour opened a second pier on Monday, after two years of building work that the town "
        "council paid for with a loan it will pay back over twenty years.", "",
        "Fishing boats will moor at the new pier from June, while ferries keep the old one, the "
        "harbour master said at the opening of the pier, which drew a crowd of several hundred "
        "people from the town and the villages along the coast despite the rain and the wind.", "",
        "  * You might also enjoy", "",
        "  * Lighthouse keeper retires after forty years on the rock, and the lamp will be run from "
        "the mainland from then on, the port authority said.", "",
        "The pier cost four million and was paid for by the council and a regional fund, the mayor "
        "told reporters at the ribbon cutting on the quay, adding that the money had been well "
        "spent and that the fishing fleet would grow again now that it had room to moor.",
    ])
    article = newsparse.parse(dump)
    assert "You might also enjoy" not in article.text
    assert "the mayor told reporters" in article.text


def test_a_flush_left_dump_heading_set_off_by_a_blank_line_beats_a_line_glued_to_the_menu() -> None:
    """A text browser that sets its text flush left (w3m) marks a heading only by the blank
    line above it: a teaser line that runs straight on from the menu is no headline."""
    menu = "\n".join(f"  \u2022 {item}" for item in ("Home", "News", "Sport", "Culture", "Weather", "Contact"))
    page = "\n".join([
        menu,
        "Council votes on new ferry pier at old harbour",
        "",
        "Ferry pier approved",
        "",
        "The council of Averly voted on Tuesday evening to build a new ferry pier at the",
        "old harbour, ending two years of talks with the island's fishing families.",
        "",
        "Work on the pier will start in March, the council said, and the first ferries",
        "should dock there before the summer season begins.",
        "",
        "Fishing families had asked for a separate quay, which the plan now includes at",
        "the northern end of the harbour wall.",
    ])
    assert newsparse.parse(page).headline == "Ferry pier approved"


@pytest.mark.parametrize("form", ["html", "dump"])
def test_the_articles_closing_list_under_a_subheading_is_kept(form: str) -> None:
    """A how-to ends on a titled list of fragments ("What you will need" / items without a final
    stop): it is the article's, though it has the shape of a box of headlines. (A rule that cut
    a titled list of stop-less entries after the last sentence lost it; reverted.)"""
    paragraph = ("The harbour club repaired its old rowing boat over the winter, and the volunteers explained "
                 "how anyone can do the same at home.")
    items = ["Two litres of marine varnish from any chandlery", "A set of fine sanding blocks for the hull",
             "Copper nails in three different sizes for planks"]
    if form == "html":
        page = ("<html><body><article><h1>How to repair a harbour rowing boat</h1>" + f"<p>{paragraph}</p>" * 4
                + "<h2>What you will need</h2><ul>" + "".join(f"<li>{i}</li>" for i in items)
                + "</ul></article><footer>About us</footer></body></html>")
    else:
        page = "\n\n".join(["How to repair a harbour rowing boat", *[paragraph] * 4, "What you will need",
                            "\n".join(f"* {i}" for i in items), "About us"])
    text = newsparse.parse(page).text
    assert all(item in text for item in items)
    assert "About us" not in text


def test_review_fixes_keep_the_text_and_the_names() -> None:
    """Findings of this stop's review, each a case the new rules took too widely."""
    from newsparse.fields.bylines import _name_after_by_word, name_after_dates
    from newsparse.fields.dates import find_dates
    from newsparse.segment.markdown import unmark
    from newsparse.segment.text import segment_text

    # An editor's insertion that the sentence repeats later is the article's text, not alt text.
    page = ("Ferry board meets over winter timetable\n\n[The operator] told the board on Friday that the "
            "operator would not run a winter service this year.\n\nThe board will decide next month.")
    assert newsparse.parse(page).paragraphs[0].text.startswith("[The operator] told the board")
    # A paragraph broken at a link before "by" and capitalised words goes on with its sentence.
    fragment = ("The harbour board said on Friday that after weeks of talks with the ferry company and the "
                "unions a new timetable was drawn up")
    blocks = segment_text(f"{fragment}\nby Harbour Master Tom Reed\nAfter a vote the board approved it.")
    assert blocks[0].text.startswith(fragment + " by Harbour Master Tom Reed")
    # A long one-line paragraph with a stray triple space stays one paragraph.
    long = ("The council met again. " * 60) + "It closed.   " + ("The next meeting is in May. " * 30)
    assert len(segment_text(long)) == 1
    # A month-first date is read in English names only: "Augusta" is a town.
    assert find_dates("He moved to Augusta 12, 2020 with his family") == []
    # A three-word name before a one-word job title keeps its surname.
    assert name_after_dates("3 May 2024 by Mary Ann Evans, Editor, The Gazette") == "Mary Ann Evans"
    assert _name_after_by_word("Jane Mary Doe, Reporter, Science Desk") == "Jane Mary Doe"
    # A bold capital inside a word is no new word.
    unmarked = unmark("the new i**P**hone at Mc**Donald**'s, by**Jane Doe**")[0]
    assert unmarked == "the new iPhone at McDonald's, by Jane Doe"


@pytest.mark.parametrize("sentence", [
    "Asked whether the comments will be reviewed, the mayor said the council would look into it.",
    "More than 2,000 readers subscribed to the newsletter in its first week.",
    "Like the story of the lost bell, the ferry kept coming back to the harbour.",
    "Enjoyed the story of the pier? The ferry museum opens its archive on Sunday.",
])
def test_interface_patterns_leave_the_articles_sentences_alone(sentence: str) -> None:
    """Sentences that tell of comments, newsletters or stories are no interface prompts."""
    from newsparse.label import boilerplate
    assert not boilerplate._interface_phrase(sentence, len(sentence.split()))


def test_an_articles_bracketed_list_and_a_role_under_the_name_stay() -> None:
    """"[Day 1] …" entries of the article's own list are no pictured teasers; a role line
    between the name and an "Author" label is no name."""
    days = "\n".join(f"  \u2022 [Day {n}] {t}" for n, t in ((1, "Ferry to the north island"),
                                                          (2, "Walk along the cliffs"), (3, "Back by the night boat")))
    page = "\n\n".join(["Harbour Courier", RENDERED_MENU, "Three days on the islands", BODY, "Here is the plan:",
                        days, BODY.replace("Tuesday", "Monday"), "  \u2022 Privacy\n  \u2022 Imprint"])
    assert "Walk along the cliffs" in newsparse.parse(page).text
    from newsparse.blocks import Block
    from newsparse.label.bylines import _name_over_author_label
    from newsparse.label.context import Doc
    blocks = [Block(t, index=i) for i, t in enumerate([BODY, BODY, "Jane Doe", "Senior Reporter", "Author Pictures"])]
    doc = Doc(blocks)
    doc.set_region(0, 2)
    named = _name_over_author_label(doc, blocks[4])
    assert named is not None and named.text == "Jane Doe"


def test_a_dek_that_runs_on_from_the_html_heading_stays_the_dek() -> None:
    html = ("<html><head><title>Ten tips for a dry garden | Harbour Courier</title></head><body>"
            "<h1>Ten tips for a dry garden</h1><p>Ten tips for a dry garden that anyone can follow this summer</p>"
            + "".join(f"<p>{BODY}</p>" for _ in range(3)) + "</body></html>")
    assert newsparse.parse(html).headline == "Ten tips for a dry garden"


def test_the_title_over_the_first_dateline_deep_in_the_region_is_the_headline() -> None:
    """The body region can open far above the article (teasers read as its text): the
    title-shaped line over the page's first dateline, with the text under it, is still the
    article's headline, not the site's name above the teasers."""
    teasers = [
        "The harbour choir gave its spring concert in the old boat shed last weekend, and more than two "
        "hundred people came to listen.",
        "Volunteers cleaned the beach below the lighthouse on Saturday morning and collected forty bags of "
        "plastic and rope.",
        "The ferry timetable for the summer season is now online, with two extra crossings on Fridays and Sundays.",
        "Our reading group meets again next month in the library annex to discuss a novel about a fishing village.",
    ]
    text = [
        "The island council voted on Tuesday to rebuild the northern sea wall before the autumn storms, after "
        "engineers warned that two sections could fail.",
        "Work on the sea wall will start in June and close the coastal path for eight weeks, the council said "
        "in a statement on its repairs.",
        "Fishermen welcomed the decision on the wall but asked that the harbour entrance stay open during the repairs.",
        "The repairs will cost about four million, most of it paid by the regional fund for coastal defences "
        "and the sea wall.",
    ]
    head = "Council to rebuild the northern sea wall before autumn"
    lines = ["Island Parish News", "Menu", *teasers, "Topics", head, "12 March 2024", *text]
    assert newsparse.parse("\n\n".join(lines)).headline == head


def test_a_numbered_trail_inside_the_body_region_still_names_the_headline() -> None:
    """A notice read as text can open the body region above a numbered breadcrumb trail; the
    trail's last item printed again under it is still the page's heading."""
    notice = ("Links on this page may earn the Island Parish News a small fee from the shops they lead to; "
              "it never changes what our reporters write about them.")
    text = [
        "The island council voted on Tuesday to rebuild the northern sea wall before the autumn storms, after "
        "engineers warned that two sections could fail.",
        "Work on the sea wall will start in June and close the coastal path for eight weeks, the council said "
        "in a statement on its repairs.",
        "Fishermen welcomed the decision on the wall but asked that the harbour entrance stay open during the repairs.",
    ]
    head = "Council to rebuild the northern sea wall"
    lines = ["Island Parish News", "Menu", notice, "1. Home", "2. News", "3. Island", "4. " + head, head, *text]
    assert newsparse.parse("\n\n".join(lines)).headline == head


@pytest.mark.parametrize(
    ("line", "skip"),
    [("Zur Seitenleiste springen", True), ("Zum Seitenende springen Zur Sprachauswahl springen", True),
     ("Zur Hauptsidebar wechseln", True), ("Aller au menu", True), ("Ir al menú principal", True),
     ("Vai al contenuto principale", True),
     ("Zum Glück springen die Kinder am Hafen ins Wasser", False)],
)
def test_skip_links_in_other_languages_are_interface_text(line: str, skip: bool) -> None:
    """A text browser prints the page's hidden skip links ("Zur Seitenleiste springen"), several on
    one line at times: interface text, never a headline; a sentence that starts alike is not."""
    text = ["Der Inselrat hat am Dienstag beschlossen, die nördliche Hafenmauer vor den Herbststürmen neu zu "
            "bauen, nachdem Ingenieure gewarnt hatten.",
            "Die Arbeiten an der Mauer beginnen im Juni und sperren den Küstenweg für acht Wochen, teilte der "
            "Inselrat mit."]
    first = newsparse.parse("\n\n".join([line, "Inselrat baut Hafenmauer neu", *text])).blocks[0]
    assert (first.rule == "interface_text") is skip


def test_a_title_printed_twice_under_a_notice_is_the_headline_without_list_markers() -> None:
    """A notice paragraph can open the body region right over the headline; in a dump that
    draws no list markers, the title-shaped line under it still counts when the page prints
    it again a few lines on (over the picture and over the text)."""
    notice = ("The author chose to keep this story off the front page, which means only readers with its "
              "address can find it.")
    text = [
        "The island council voted on Tuesday to rebuild the northern sea wall before the autumn storms, after "
        "engineers warned that two sections could fail.",
        "Work on the sea wall will start in June and close the coastal path for eight weeks, the council said "
        "in a statement on its repairs.",
        "Fishermen welcomed the decision on the wall but asked that the harbour entrance stay open during the repairs.",
    ]
    head = "Rebuilding the northern sea wall"
    lines = ["Your draft is private", "Edit the story's title and subtitle as you like", "Ines Marlow", "6 min read",
             "Older article", notice, head, "Post to the board", "Send by post", head, *text]
    assert newsparse.parse("\n".join(lines)).headline == head


@pytest.mark.parametrize(
    "text",
    ["Sign up to get the best of the week's tide reports, picked by our harbour desk.",
     "Get regular updates on the latest tide tables, offers & news at Quayside Notes.",
     "Get the latest news on your phone with the Quayside app.",
     "Enter your e-mail address to follow the harbour blog and get notifications of new posts.",
     "Trag deine E-Mail-Adresse ein, um dem Hafenblog zu folgen und über neue Beiträge informiert zu werden.",
     "Um neue Beiträge vom Hafen per Mail zu bekommen, bitte hier die E-Mail-Adresse eintragen.",
     "Click to share on Mastodon (Opens in new window)",
     "Klick, um auf Mastodon zu teilen (Wird in neuem Fenster geöffnet)",
     "Gefällt mir:", "Twittern", "Bild vergrößern",
     "Ich willige ein, dass mir der Hafenverein Neuigkeiten per E-Mail sendet.",
     "Ich bin mit der Verarbeitung meiner Daten gemäß der Datenschutzerklärung einverstanden.",
     "Ja, ich möchte den Newsletter des Hafenvereins erhalten.",
     "I agree to the processing of my data for the harbour newsletter."],
)
def test_sign_up_boxes_share_buttons_and_consent_boxes_never_reach_the_body(text: str) -> None:
    """A box offering a feed by mail or app, a share button's label with its new-window note,
    a picture's enlarge prompt and a sign-up form's first-person consent speak to the reader."""
    art = between_paragraphs(text)
    assert text not in art.text


@pytest.mark.parametrize(
    "text",
    ["Ich bin mit der Entscheidung des Rates einverstanden, sagte die Hafenmeisterin am Abend.",
     "Residents can get updates on the ferry times from the harbour office every morning.",
     "The club asked members to send their e-mail addresses to the secretary before the vote."],
)
def test_sentences_about_consent_updates_and_addresses_stay(text: str) -> None:
    art = between_paragraphs(text)
    assert text in art.text


@pytest.mark.parametrize("text", ["Ähnliche Beiträge", "Weitere Beiträge aus dem Hafenressort:", "Meist gelesen",
                                  "Viel gelesen im Ressort", "Czytaj też", "Dans la même rubrique",
                                  "Te puede interesar", "Explore further"])
def test_widget_titles_in_more_languages(text: str) -> None:
    assert signals.widget_start(text)


@pytest.mark.parametrize("text", ["Weitere Schritte", "Aktuelle Lage am Hafen", "Meist sonnig"])
def test_headings_of_the_text_are_no_widget_titles(text: str) -> None:
    assert not signals.widget_start(text)


def test_a_polish_see_also_prefix_is_a_teaser() -> None:
    assert signals.TEASER_PREFIX.match("Czytaj też: Nowy prom wypłynie wiosną")


def test_the_rest_of_a_wrapped_closing_sentence_is_kept() -> None:
    """A dump that wrapped the closing sentence leaves its last words, with the stop, on a
    short line of their own: they belong to the sentence the region took in."""
    closing = ["The full statement of the trust can be read in the harbour office or on the website of the",
               "Harbour Trust.", "Share this:", "Twitter", "Facebook"]
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), *closing]))
    assert "Harbour Trust." in art.text


def test_the_rest_of_a_closing_sentence_wrapped_inside_a_quotation_is_kept() -> None:
    # The wrap fell inside a quotation the closing line opened: its last word is a noun, but
    # the next line closes the quotation and the sentence.
    closing = ["The full statement can be read in the weekly paper of the trust, „Fenmoor",
               "Tidings“.", "Pass it on:", "Gullpost", "Quaybook"]
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), *closing]))
    assert "Tidings“." in art.text


@pytest.mark.parametrize(("cut", "rest"), [
    ("The full statement of the trust can be read in the harbour office during the opening hours of the",
     "Misprints reserved."),  # a footer's notice, capitalised and not a name
    ("The full statement of the trust can be read in the harbour office during the opening hours of the",
     "Omar Haddad, Fenmoor."),  # a sign-off
    ("The full statement of the trust can be read in the harbour office or on the website",
     "Enjoy your visit!"),  # the closing line ends on a noun: nothing of its sentence is left
])
def test_a_footer_line_after_a_wrapped_closing_line_is_no_rest_of_its_sentence(cut: str, rest: str) -> None:
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), cut, rest, "Pass it on:", "Gullpost"]))
    assert cut in art.text and rest not in art.text


def test_steps_under_lead_ins_after_the_article_are_no_teaser_tail() -> None:
    """Blurbs of which only a few stand under a headline-like line, the others under lead-ins,
    are the steps of a how-to, not teasers of other stories."""
    steps = ["Lift the cover", "Loosen the two screws on the left side of the pump with a small flat screwdriver.",
             "Before you go on:", "Check that the water has drained from the pipe into the bucket below the pump.",
             "Then:", "Pull the filter out gently and rinse it under warm running water until it looks clean.",
             "Put it back", "Push the filter back into its slot until it clicks and tighten both screws again.",
             "Finally:", "Turn the water back on and let the pump run for a minute to see that nothing leaks."]
    art = newsparse.parse("\n\n".join(["How to Clean the Pump Filter", *ARTICLE, *steps, "Share this:", "Twitter"]))
    assert "rinse it" in art.text and "nothing leaks" in art.text


@pytest.mark.parametrize("text", ["Autoreninfo", "Zum Autor", "Zur Autorin:", "O autorze", "Sobre la autora"])
def test_author_box_headings_in_more_languages(text: str) -> None:
    """The heading of an author box ends the article as "About the author" does."""
    assert signals.AUTHOR_BOX_START.match(text)


def test_a_thread_known_by_its_reply_buttons_stays_out() -> None:
    """A dump that prints a comment thread without a heading still prints each comment's
    reply button under its text and the commenter's name and date above it."""
    thread = []
    for n, day in enumerate(("3", "4", "5")):
        thread += [f"Reader{n} | {day} May 2031 - 10:15", "The wall",
                   f"I have walked along that harbour wall every morning for {20 + n} years and the "
                   "repairs are long overdue, the council should have paid for them years ago.", "Reply"]
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), "Harbour club", "Join the harbour club",
                                       *thread]))
    assert "The council met on Friday" in art.text and "walked along" not in art.text


def test_a_lone_reply_button_is_no_thread() -> None:
    closing = ("Readers who want to reply to the council can write to the harbour office before the end of "
               "the month, the mayor said after the vote.")
    art = newsparse.parse("\n\n".join(["Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY,
                                       BODY.replace("Tuesday", "Friday"), closing, "Reply"]))
    assert closing in art.text


@pytest.mark.parametrize("text", ["Komentarze(14)", "7 Antworten"])
def test_counted_comments_in_polish_and_german_are_walls(text: str) -> None:
    assert signals.comments_start(text)


def test_a_paragraph_under_a_see_also_box_is_no_teaser() -> None:
    """A paragraph right under a "See also" title, after the box's link, is where the article
    resumes: the box's title is no teaser headline."""
    resumed = ("The mayor said after the vote that the repairs would start in March and last until the end of "
               "the summer season, and that the ferry terminal would stay open during the works, although the "
               "car park next to it would be closed for several weeks.")
    art = newsparse.parse("\n\n".join([
        "Harbour Budget Approved After Long Debate", "By Omar Haddad", BODY, BODY.replace("Tuesday", "Friday"),
        BODY.replace("Tuesday", "Monday"), "Ferry fares to rise in spring", "See also", resumed, "Jane Roe",
        "Reuse of this report needs the written consent of the publisher."]))
    assert resumed in art.text


MARSH_PAGE = [
    "The marsh trust said on Monday that the reed beds north of Tollbridge had recovered after two dry summers, "
    "with more birds counted this spring than in any year since the survey began.",
    "Volunteers cleared the old drainage ditches in the winter, a spokeswoman for the trust said, and the water "
    "level has stayed high enough for the bitterns to nest again.",
    "The trust now wants to buy the meadows on the eastern edge of the marsh, which are for sale, and has asked "
    "the county for a grant to cover half of the price.",
    "Farmers who graze the meadows said they would welcome the sale if the trust let them keep their cattle there "
    "in the summer months, as the present owner does.",
]


@pytest.mark.parametrize(
    "line",
    ["One response to the dry summers was a new pump at the sluice, which the trust paid for with money from a "
     "local lottery.",
     "Zwei Kommentare zu dem Vorhaben kamen aus dem Gemeinderat, der den Kauf der Wiesen grundsätzlich unterstützt.",
     "Drei Gedanken zum Abschluss:"],
)
def test_a_spelled_out_count_in_a_sentence_or_subheading_does_not_open_the_comments(line: str) -> None:
    """A count spelled out, or a comment noun in another language, opens the comments only on
    a short line naming the post; a sentence or a lead-in that starts alike is article text."""
    assert not signals.COMMENTS_START.match(line)
    paragraphs = [*MARSH_PAGE[:2], line, *MARSH_PAGE[2:]]
    page = ["Marsh trust counts more birds", "", *[x for p in paragraphs for x in (p, "")]]
    art = newsparse.parse("\n".join(page))
    assert MARSH_PAGE[-1] in art.text


@pytest.mark.parametrize("line", ["12 thoughts on “Marsh trust counts more birds”",
                                  "3 Gedanken zu „Mehr Vögel im Moor“", "Eine Antwort zu Mehr Vögel im Moor",
                                  "5 Kommentare on Marsh trust counts more birds"])
def test_a_count_that_names_the_post_still_opens_the_comments(line: str) -> None:
    assert signals.COMMENTS_START.match(line)
    assert signals.COUNTED_COMMENTS.match(line)


def test_a_quiz_with_numbered_questions_and_answer_headings_is_not_a_comment_thread() -> None:
    """The noun "Antwort" heads a quiz's answer and "Question 2" is no comment's date: neither
    is a reply button under a comment header, so the quiz stays whole."""
    qa = [("Welcher Vogel brütet seit diesem Frühjahr wieder im Moor bei Tollbridge, nachdem er dort "
           "lange Jahre gefehlt hatte?", "Die Rohrdommel ist zurück. Sie nistet im Schilf am Nordufer, wo der "
           "Wasserstand über den Winter hoch geblieben ist."),
          ("Wer hat im Winter die alten Gräben im Moor geräumt, damit das Wasser nicht mehr so schnell "
           "abfließt wie früher?", "Freiwillige des Moorvereins haben die Gräben an vielen Wochenenden "
           "geräumt, mit Spaten und einem geliehenen Bagger."),
          ("Welche Flächen möchte der Verein als Nächstes kaufen, und wer soll die Hälfte des Preises "
           "bezahlen?", "Die Wiesen am Ostrand des Moores. Der Verein hofft auf einen Zuschuss des Kreises "
           "für die Hälfte des Kaufpreises.")]
    lines = ["Startseite", "", "Das Moor-Quiz: Wie gut kennen Sie Tollbridge?", "", "4. Mai 2023", "",
             "Das Moor bei Tollbridge hat sich nach zwei trockenen Sommern erholt. Wie gut kennen Sie es? "
             "Testen Sie Ihr Wissen mit unseren drei Fragen.", ""]
    for n, (question, answer) in enumerate(qa, 1):
        lines += [f"Frage {n}", "", question, "", "Antwort", "", answer, ""]
    art = newsparse.parse("\n".join([*lines, "Impressum", "Datenschutz"]))
    assert qa[-1][1] in art.text


@pytest.mark.parametrize("line", ["Antwort", "beantworten"])
def test_the_noun_answer_is_no_reply_button(line: str) -> None:
    assert not signals.REPLY_BUTTON.match(line)


@pytest.mark.parametrize(("line", "header"), [("Question 2", False), ("Teil 3 von 5", False),
                                              ("4. Mai 2023 um 18:05", True), ("Mira Holt sagt:", True),
                                              ("May 4, 2023", True), ("5 days ago", True), ("18:05", True)])
def test_a_comment_header_needs_a_date_a_time_or_a_commenter(line: str, header: bool) -> None:
    assert region._comment_header(line) is header


@pytest.mark.parametrize(
    "text",
    ["I have read all of those e-mails twice, and nothing in them suggests the trust broke any rule, the warden said.",
     "Ich habe dem Verein damals eine E-Mail geschickt, aber nie eine Antwort auf meine Frage erhalten.",
     "Ich bin sicher, dass meine Daten beim Moorverein in guten Händen sind, sagte die Rentnerin.",
     "I would like to see the newsletter come back, but the trust cannot pay for it this year.",
     "The bogus page asked visitors to enter their email address to follow the sale of the meadows, police said.",
     "Get marsh news alerts sent to your phone by switching on notifications in the menu of the trust's app."],
)
def test_sentences_that_start_like_a_consent_or_a_mail_prompt_stay(text: str) -> None:
    """Consent needs its verb and object ("willige … ein", "agree to"), a mail box names the
    reader or opens with an imperative, and a feed prompt is short or has no final full stop."""
    art = between_paragraphs(text)
    assert text in art.text


def test_a_thread_whose_reply_buttons_sit_under_the_header_is_cut_off() -> None:
    """A theme may put the reply button between the comment's header and its text: the
    header's date right above the button still marks the thread."""
    thread = []
    for n, (name, words) in enumerate([("Ines", "Lovely piece, thank you! I walked along the reed beds last "
                                                "weekend and heard the bitterns booming for the first time in years."),
                                       ("Tom", "Great news for the birds. I hope the county pays its half of the "
                                               "price, because the meadows would make a fine home for waders too."),
                                       ("Ada", "So glad to read this. My grandfather cut reeds on that marsh and "
                                               "always said the ditches had to be cleared every single winter.")], 1):
        thread += [str(n), "", f"{name} on 0{n}/05/2023 at 9:1{n}", "", "Reply", "", words, ""]
    page = ["Marsh trust counts more birds", "", *[x for p in MARSH_PAGE for x in (p, "")], *thread]
    art = newsparse.parse("\n".join(page))
    assert MARSH_PAGE[-1] in art.text and "Great news for the birds." not in art.text


def _teaser_doc(heads: list[tuple[str, float]]) -> tuple[Doc, int]:
    para = ("The marsh trust said the reed beds north of Tollbridge had recovered after two dry summers, with "
            "more birds counted this spring than in any year since volunteers began the survey.")
    blurb = "Volunteers will lead a walk along the northern dykes on Saturday, starting at the car park."
    blocks = [Block(para, index=i) for i in range(4)]
    for head, links in heads:
        line = Block(head, index=len(blocks), link_density=links)
        if links:
            line.set(Label.RELATED if len(head.split()) >= 4 else Label.NAV, "link_text")
        blocks += [line, Block(blurb, index=len(blocks) + 1)]
    doc = Doc(blocks, None, {})
    doc.set_region(0, len(blocks))
    return doc, len(blocks)


def test_a_blurb_under_a_linked_headline_counts_once_among_the_titled() -> None:
    """Two blurbs under linked headlines among six do not make a list of teasers: each counts
    once, not as titled and again as under another story's headline."""
    doc, n = _teaser_doc([("Marsh walks open for the summer", 1.0), ("New hide on the eastern meadow", 1.0),
                          ("Step three:", 0.0), ("Step four:", 0.0), ("Step five:", 0.0), ("Step six:", 0.0)])
    region.teaser_tail(doc)
    assert doc.end == n


def test_a_linked_widget_title_is_no_teaser_headline() -> None:
    line = Block("See also", index=0, link_density=1.0)
    line.set(Label.NAV, "link_text")
    assert not region._titled(line)


def test_a_dated_update_inside_an_undated_article_keeps_the_article_s_headline() -> None:
    # Headline, paragraphs, then an update's heading over its date and more paragraphs: the
    # page's first dateline stands deep in the text, but the title above the region start
    # is the headline, and the update stays in the text.
    lines = ["Tidings home", "Weather", "",
             "Lighthouse keepers on Fenmoor Island report record fog days", "",
             "The lighthouse keepers on Fenmoor Island counted more days of thick fog this winter"
             " than in any year since their records began.", "",
             "The fog horn sounded on most mornings, and the keepers say the supply boat missed"
             " its landing at the island's jetty four times.", "",
             "Fishing crews from the mainland have asked the keepers to extend the hours of the"
             " fog signal during the spring season.", "",
             "Keepers extend fog signal hours for fishing crews", "", "April 3, 2023", "",
             "The keepers said on Monday that the fog signal on Fenmoor Island would sound two"
             " hours longer each morning for the fishing crews.", "",
             "The supply boat will keep its winter timetable until the fog days are over, the"
             " island's keepers said in their weekly notice.", "",
             "Terms", "Cookies"]
    article = newsparse.parse("\n".join(lines))
    assert article.headline == "Lighthouse keepers on Fenmoor Island report record fog days"
    assert any(p.text == "Keepers extend fog signal hours for fishing crews" for p in article.paragraphs)


BROWSER_MENU = "Harbour Courier\nHome\nNews\nSport\nWeather\nTravel"  # a browser's copy: no title line


def test_a_browser_copy_s_blank_line_marks_a_paragraph_not_the_headline() -> None:
    """A browser's copy (innerText) sets a blank line around each paragraph only: the headline
    and the dateline under it run on without one, and the line set apart under them is the
    first paragraph, not the headline."""
    body = "\n\n".join([BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday")])
    page = (f"{BROWSER_MENU}\nHarbour budget approved after a long night of debate\n3 March 2031\n\n"
            f"The council backs the harbour repairs\n\n{body}\n")
    assert newsparse.parse(page).headline == "Harbour budget approved after a long night of debate"
    updated = (f"{BROWSER_MENU}\nCouncil approves the harbour budget after a long night\nUpdated: 3 March 2031\n\n"
               f"Harbour repairs get the council's backing\n\n{body}\n")
    assert newsparse.parse(updated).headline == "Council approves the harbour budget after a long night"


def test_a_browser_copy_s_short_headline_heads_the_paragraph_under_it() -> None:
    """In a browser's copy the headline runs on from the menu and the dek under it is a
    paragraph set apart by blank lines: a short line over a paragraph is its headline (a
    kicker stands over a headline, never over a paragraph); a line the paragraph repeats is
    no headline over it."""
    body = "\n\n".join([BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday")])
    dek = "Councillors say repairs to the sea wall and the terminal cannot wait for another winter"
    page = f"{BROWSER_MENU}\nCouncil backs harbour budget\n\n{dek}\n\nBy Omar Haddad\n3 March 2031\n\n{body}\n"
    assert newsparse.parse(page).headline == "Council backs harbour budget"
    copied = (f"{BROWSER_MENU}\n\nHome\nNews\nHarbour budget - Council approves the repairs\n\n"
              "Harbour budget Council approves the repairs in full\n\n"
              f"The vote of the council ends a long debate! Repairs start in spring.\n\n3 March 2031\n\n{body}\n")
    assert newsparse.parse(copied).headline == "Council approves the repairs in full"
    trail = ("1.  Home\n2.  News\n3.  Harbour & Ferries\n\nCouncil backs the harbour budget at last\n\n"
             f"[Profile picture for user ohaddad]\n\nArticle by Omar Haddad\n\n3 March 2031\n\n{body}\n")
    assert newsparse.parse(trail).headline == "Council backs the harbour budget at last"


def test_a_time_over_a_browser_copy_s_headline_is_no_headline_over_a_dek() -> None:
    """A browser's copy prints the post's time right over its headline, both on lines of their
    own: figures are no headline over the line under them."""
    body = "\n\n".join([BODY, BODY.replace("Tuesday", "Friday"), BODY.replace("Tuesday", "Monday")])
    title = "Council budget: Storm clouds gather over the quiet island"
    page = (f"Skip to content\nOpen menu\nStorm clouds gather over the quiet island\nSport\nWeather\nTravel\nArts\n"
            f"Science\n\nOmar Haddad\n\nTransport\n03.21.2031 07:00 AM\n{title}\n\n{body}\n")
    assert newsparse.parse(page).headline == title


HARBOUR_DE = [
    "Der Hafenmeister von Nordwik zieht nach vierzig Jahren Bilanz: Die Fähren fahren pünktlicher als je zuvor, "
    "und die Fischer klagen über zu wenig Platz an der Mole.",
    "Im Gespräch erzählt er, wie sich der Hafen verändert hat, seit die neue Schleuse in Betrieb ist und die "
    "Frachter nicht mehr auf die Flut warten müssen.",
    "Im Frühjahr will die Stadt die alte Mole erneuern lassen; der Hafenmeister hofft, dass bis dahin ein "
    "Nachfolger gefunden ist, der den Hafen so gut kennt wie er.",
]


def test_a_short_german_title_opening_with_its_article_is_no_name() -> None:
    from newsparse.label.header import _name_line

    assert not _name_line("Der Hafenmeister") and not _name_line("Das Wolkenschiff")
    assert _name_line("Ada von der Au")  # the particle inside a name still counts
    page = "\n\n".join(["Vereinsseite", "Vierzig Jahre an der Mole", "Der Hafenmeister", *HARBOUR_DE])
    assert newsparse.parse(page).headline == "Der Hafenmeister"


TIDE_ARTICLE = [
    "I look after the tide gauges of a small harbour, and for years we took tide readings by hand twice a day "
    "before the new sensors arrived last spring.",
    "When the sensors came, the first question was how often they should report, since every reading "
    "costs battery power out on the breakwater, and tide readings are important to the pilots.",
    "What kind of readings does a harbour need? In most cases, we only care about the height of the water "
    "and the speed of the current at the entrance.",
]


def test_a_subheading_under_the_date_yields_to_the_headline_over_the_byline() -> None:
    headline = "Profiling harbour gauges at night (in real time, without a boat)"
    page = "\n\n".join(["Tide Notes", "Sign in", headline, "Mira Okonkwo", "Follow", "Oct 18, 2024 · 8 min read",
                        "Why are tide readings important?", *TIDE_ARTICLE])
    assert newsparse.parse(page).headline == headline


SAILING_DE = [
    "Der Grundkurs im Segelverein dauert zwei Wochenenden und endet mit einer kurzen Prüfung auf dem See, "
    "bei der jeder Teilnehmer das Boot allein an den Steg bringen muss.",
    "Im Grundkurs lernen die Teilnehmer, wie man Knoten bindet, das Segel setzt und bei wechselndem Wind "
    "sicher wendet, bevor sie die ersten Fahrten ohne Trainer machen.",
    "Anmeldungen für den nächsten Grundkurs nimmt die Geschäftsstelle bis Ende März entgegen; die Zahl der "
    "Plätze ist begrenzt, weil nur vier Boote zur Verfügung stehen.",
]


def test_a_name_shaped_title_right_over_the_text_is_the_headline() -> None:
    page = "\n\n".join(["Vereinsseite", "Kontakt", "Segelverein Nordwik, Abteilung Jugend", "Termine",
                        "Segelverein Grundkurs", *SAILING_DE])
    assert newsparse.parse(page).headline == "Segelverein Grundkurs"


def test_a_name_over_the_byline_stays_no_headline() -> None:
    headline = "Harbour board weighs a second ferry for the island route"
    page = "\n\n".join(["News", headline, "Mira Okonkwo", "By Jane Roe, March 3, 2025", *ARTICLE])
    assert newsparse.parse(page).headline == headline
