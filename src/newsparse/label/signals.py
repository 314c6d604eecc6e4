"""Every textual signal the label rules use, declared together (Readability's lesson).

Patterns here match a *whole block* unless their name says otherwise. They are compiled once,
anchored, and free of nested quantifiers, so no input can make them backtrack badly.
"""

from __future__ import annotations

import re
from functools import lru_cache

_I = re.IGNORECASE

# Badges such as "2 min read", "Reading time: 4 minutes", "5 Min. Lesezeit".
READING_TIME = re.compile(
    r"^(?:(?:estimated\s+)?reading\s+time\s*:?\s*)?(?P<n>\d{1,3})\s*(?:-|\s)?"
    r"(?:min(?:ute)?s?\.?|mins?\.?|m)\s*(?:read|reading(?:\s+time)?|lesezeit|de lecture|de lectura|lettura|to read)?$",
    _I,
)

# Short interface texts: buttons, menus, share prompts, placeholders. Compared after
# lowercasing and stripping punctuation, so "Read more »" and "READ MORE" both match.
UI_PHRASES = frozenset(
    phrase.strip()
    for phrase in """
    read more|read more stories|show more|show less|load more|see more|view more|more|less|next|
    previous|prev|back|back to top|top|skip to content|skip to main content|skip to navigation|
    menu|main menu|search|close|open|toggle navigation|navigation|home|homepage|sign in|log in|
    login|log out|logout|sign out|signout|register|sign up|subscribe|subscribe now|subscribed|unsubscribe|
    newsletter|newsletters|share|share this|share this article|share this story|share article|
    share on facebook|share on twitter|share on x|share on linkedin|share via email|tweet|email|
    e-mail|print|print friendly|pdf|copy link|copy url|link copied|copied|facebook|twitter|x|linkedin|whatsapp|reddit|
    pinterest|instagram|youtube|telegram|tiktok|flipboard|threads|bluesky|mastodon|rss|
    follow|follow us|follow me|following|advertisement|advertising|ad|ads|sponsored|
    sponsored content|scroll to continue|scroll to continue with content|continue reading|
    image|photo|photos|video|videos|audio|play|pause|listen|listen to this article|
    watch|watch now|gallery|view gallery|enlarge|enlarge this image|hide caption|toggle caption|
    caption|expand|collapse|avatar|author avatar|author photo|author image|profile picture|
    placeholder|image placeholder|loading|loading…|comments|comment|view comments|
    show comments|hide comments|leave a comment|post a comment|add a comment|reply|replies|
    report|like|likes|related|related articles|related stories|related posts|related content|
    related topics|most read|most popular|most viewed|trending|trending now|popular|latest|
    latest news|top stories|recommended|recommended for you|you may also like|you might also like|
    editors picks|editor's picks|more stories|more news|read next|up next|what to read next|
    tags|topics|filed under|categories|category|accept|accept all|reject all|agree|ok|got it|
    manage preferences|cookie settings|privacy settings|privacy policy|privacy|terms|
    terms of use|terms of service|terms and conditions|cookie policy|cookies|contact|
    contact us|about|about us|careers|jobs|help|faq|imprint|impressum|sitemap|accessibility|
    all rights reserved|news feed|feed|live|breaking|breaking news|opinion|analysis|
    donate|support us|give|become a member|join|join now|try for free|free trial|
    get the app|download the app|open in app|app|edition|change edition|language|english|
    click here|learn more|next story|previous story|next article|previous article|next post|
    previous post|older post|newer post|older posts|newer posts|print article|print this article|
    print this page|email this article|close this search box|get more news on|more on this story|find out more|view all|see all|all|save|saved|bookmark|
    on this page|in this article|table of contents|contents|jump to|summary|key points|
    translate|listen to article|text size|font size|dark mode|light mode|
    weiterlesen|mehr|mehr lesen|teilen|anmelden|abonnieren|werbung|anzeige|kommentare|
    twittern|liken|gefällt mir|gefällt mir wird geladen|lade|teilen mit|vergrößern|zum vergrößern anklicken|
    zum vergrößern bitte anklicken|zum vergrößern klicken|zum vergrößern auf das bild klicken|click to enlarge|
    klicken zum vergrößern|bild vergrößern|beitrags navigation|beitragsnavigation|
    post navigation|
    lire la suite|partager|publicité|connexion|s'abonner|leer más|compartir|publicidad|
    leggi anche|condividi|pubblicità|lees meer|delen|advertentie
    """.replace("\n", "|").split("|")
    if phrase.strip()
)
UI_NORMALIZE = re.compile(r"[^\w\s']+")

# One skip link ("Zur Seitenleiste springen", "Aller au menu", "Ir al menú principal"):
# the words name a part of the page and end the link, so a sentence that starts alike goes on.
SKIP_LINK = (
    r"(?:(?:direkt )?zu[mr] [\w-]+ (?:springen|wechseln)|direkt zu[mr] (?:haupt)?inhalt|"
    r"aller (?:au|à la) (?:contenu|navigation|menu)(?: principale?)?|(?:saltar|ir) al (?:contenido|menú)(?: principal)?|"
    r"(?:vai|salta|passa) al (?:contenuto|menu)(?: principale)?|ga naar (?:de )?(?:inhoud|hoofdinhoud)|"
    r"(?:pular|ir) para o conteúdo(?: principal)?)"
)

# Interface texts that carry a variable part (counts, names, arrows).
BOILERPLATE_PATTERNS = [
    re.compile(p, _I)
    for p in (
        r"^\d+\s+(?:comments?|replies|shares?|likes?|views?|reactions?)$",
        r"^(?:comments?|replies|shares?)\s*\(?\d+\)?$",
        r"^(?:©|\(c\)|copyright\b).{0,200}$",
        r"^(?:share|follow|find)\s+(?:us|this|me)\b.{0,60}$",
        r"^(?:s[ií]guenos|suivez[- ]nous|folgen sie uns|folge uns|seguici|segue-nos|volg ons)\b.{0,100}$",
        r"^(?:share|post|send)\s+(?:on|to|via)\s+\w+.{0,20}$",
        r"^(?:sign up|subscribe|register|join)\b.{0,80}\b(?:newsletter|email|inbox|updates|free|briefing|digest|alerts?|bulletin)\b.{0,60}$",
        # ... also as a prompt that offers the reader a feed ("Sign up to get the best of the
        # week ...", "Get regular updates on ...", "Get the latest news on your phone"): a
        # prompt's few words (at most 13) or a line without a final full stop; a longer
        # sentence that starts alike is an instruction in the article ("Get news alerts on
        # your phone by turning on ... in the settings menu of the app.").
        r"^(?:sign up|subscribe) (?:(?:for|to|now)\b[^.!?]{0,60}|(?:now )?(?:to|and) (?:get|receive)\b.{0,160})$",
        r"^(?:get|receive)\b(?:.{0,60}\b(?:newsletter|in your inbox|delivered to your inbox|email)\b.{0,60}|"
        r"(?=(?:\W*\w+\b){0,12}\W*$|.*[^.\s]\s*$) (?:\w+ ){0,2}(?:updates|news|headlines|stories)\b.{0,120})$",
        r"^enter your e-?mail(?: address)?.{0,40}$",
        r"^(?:your e-?mail(?: address)?|e-?mail address)\W*$",
        r"^by (?:signing up|subscribing|clicking|continuing)\b.{0,300}$",
        r"^(?:we|this (?:site|website)) uses? cookies\b.{0,400}$",
        r"^(?:advertisement|advertising|anzeige|werbung|publicité)\b.{0,40}$",
        r"^(?:story continues|article continues) below.{0,40}$",
        r"^(?:tags?|topics?|keywords?|filed (?:under|to|in)|categories|schlagwörter|themen)\s*:.{0,300}$",
        r"^(?:image|photo|picture|video)\s*(?:\d+\s*(?:of|/)\s*\d+)$",
        r"^\d+\s*(?:of|/)\s*\d+$",
        r"^(?:posted|filed) in\b.{0,100}$",
        r"^(?:view|see|read|show|load)\s+(?:all|more|the full)\b.{0,60}$",
        r"^(?:click|tap) (?:here|to)\b.{0,80}$",
        r"^(?:listen|watch)\s*(?:to|:|now)?\s*\(?\d{1,2}:\d\d\)?.{0,40}$",
        r"^\d{1,2}:\d\d$",
        r"^(?:download|get) (?:our|the) app\b.{0,80}$",
        r"^(?:skip|jump) to\b.{0,40}$",
        # The same skip links in other languages ("Zur Seitenleiste springen", "Aller au menu"); a
        # text browser prints them, hidden on screen, and several of them may share one line.
        rf"^{SKIP_LINK}(?:\s+{SKIP_LINK}){{0,4}}$",
        r"^(?:privacy|cookie) (?:policy|notice|settings)\b.{0,120}$",
        r"^(?:terms|conditions) (?:of|and)\b.{0,120}$",
        r"^(?:loading|please wait)\b.{0,20}$",
        r"^(?:this|the) (?:article|story|page) (?:was|is|has been) (?:originally )?(?:published|updated|shared)\b.{0,120}$",
        r"^(?:have|got) a (?:news )?tip\??.{0,120}$",
        # Feedback and share prompts under an article ("Was this article helpful?").
        r"^(?:was|is) (?:this|the) (?:article|story|page|post) (?:helpful|useful)\b.{0,80}$",
        r"^(?:war|ist) (?:dieser|der|die) (?:artikel|beitrag|seite) (?:hilfreich|nützlich)\b.{0,80}$",
        # "Did you enjoy this story?", "Hat Ihnen dieser Beitrag gefallen?": asking for a rating.
        r"^(?:did you (?:like|enjoy)|liked|enjoyed) (?:this|the) (?:article|story|post)\s*\?.{0,60}$",
        r"^(?:(?:hat|gefällt|gefiel) (?:ihnen|dir|euch) (?:dieser|der|die) (?:artikel|beitrag|text)|"
        r"(?:dieser|der) (?:artikel|beitrag) (?:gefällt|hat) (?:ihnen|dir|euch)|"
        r"(?:ihnen|dir|euch) (?:hat|gefällt) (?:dieser|der) (?:artikel|beitrag))\b.{0,60}$",
        r"^(?:would you like|do you want|want) to share (?:this|the) (?:article|story|post)\W*$",
        r"^(?:möchten|wollen) sie (?:den|diesen) (?:artikel|beitrag) teilen\W*$",
        r"^(?:sign in|log in|subscribe|register)\s*(?:to|or|/|\|).{0,80}$",
        r"^(?:sign in|log in)(?:sign up|register|subscribe)$",
        # What text browsers print for images, frames and form fields (lynx, w3m, links).
        r"^\[[^\[\]\s]{1,200}\]$",
        r"^\[[^\[\]]{0,200}\.(?:jpe?g|png|gif|svg|webp|ico)\b[^\[\]]{0,100}\]$",
        r"^(?:iframe|embed|object|applet|frame)\s*:.{0,200}$",
        r"^\(?(?:button|submit|image|img|input)\)?\s*:?\s*\S{0,40}$",
        r"^(?:subscribe|sign in|log in|menu|search)(?:subscribe|sign in|log in|menu|search)+$",
    )
]

# A count of the comments on the post, the post named after it ("12 thoughts on “<headline>”",
# "3 Gedanken zu „<headline>“"; a theme may mix languages: "5 Kommentare on …"). A figure
# with an English noun is the blog's heading whatever follows. A count spelled out ("One
# response to …", "Zwei Kommentare zu …") or a noun in another language also opens a
# sentence or a subheading ("Drei Gedanken zum Abschluss:"), so there the line must name a
# post: the rest is a quoted title or a heading's few words (COUNTED_TITLE_WORDS), and the
# line does not end like a sentence or a lead-in (a full stop or a colon).
COUNTED_TITLE_WORDS = 12
COUNTED = (r"(?:\d+ (?:thoughts?|responses?|replies|comments?) (?:on|to)\b|"
           r"(?=.*[^.:\s]\s*$)(?:\d+|one|ein|eine|zwei|drei) (?:thoughts?|responses?|replies|comments?|gedanken?|kommentare?|"
           r"antwort(?:en)?|commentaires?|réponses?|comentarios?|respuestas?|commenti|risposte|comentários|reacties|"
           r"komentarz[ey]?) (?:on|to|zu|zum|sur|à|a|en|para|su|op|do)\b"
           rf"(?=\s*[\"“„«‚'‘”»]|(?:\W*\w+\b){{1,{COUNTED_TITLE_WORDS}}}\W*$))")
# Lines that open a comment section: the article is over. "Read comments" in several languages
# ("Kommentare lesen", "Voir les commentaires") is a link into the thread that sits where it starts.
# A reply form's heading keeps the blog's cancel-reply button that sits inside it ("Post a
# comment Cancel reply"): a text browser or a Markdown dump prints the two on one line. A blog's
# reply heading ("Hinterlasse eine Antwort", "Deixe uma resposta") and its count of the comments
# on the post ("3 Gedanken zu …", as "3 thoughts on …") open the thread as well.
COMMENTS_START = re.compile(
    r"^(?:there (?:are|is) \d+ (?:comments?|responses?|replies)|\d+ (?:thoughts|responses?|replies|comments?) (?:on|to)\b.{0,200}|"
    r"comments are closed|(?:leave|post|add|write) a (?:reply|comment|response)(?: to .{0,100})?|"
    r"what do you think\??|discuss this (?:article|story)|(?:show|view|load|read|see) (?:all )?comments(?:\s*\(\d+\))?|"
    r"\d+\s+(?:comments?|responses?)|(?:comments|responses|reader comments)(?:\s*\(\d+\))?|join the (?:conversation|discussion)|discussion|conversation|"
    r"(?:\d+\s+)?(?:comentarios?|comentar|comentários|commentaires?|commenti|commenta|kommentare?|kommentieren|reacties|reageer|reageren|"
    r"komentarze|komentarzy)(?:\s*\(\d+\))?|\d+ antworten|"
    r"(?:alle )?kommentare (?:lesen|anzeigen|ansehen)|(?:lire|voir|afficher) (?:les |tous les )?commentaires|"
    r"(?:ver|leer|mostrar) (?:los |todos los )?comentarios|(?:leggi|vedi|mostra) (?:i |tutti i )?commenti|"
    r"(?:lees|bekijk|toon) (?:de |alle )?reacties|"
    r"(?:deja|dejar|escribe) (?:un|tu) comentario|(?:laisser|ajouter|écrire) un commentaire|lascia un commento|"
    r"(?:schreibe|hinterlasse|verfasse) einen kommentar|(?:einen |neuen )?kommentar (?:verfassen|schreiben|hinterlassen|abgeben)|"
    r"(?:schreibe|hinterlasse|verfasse) eine antwort|(?:deixe|deja|dejar|laisser|lascia) (?:uma|una|une) (?:resposta|respuesta|réponse|risposta)|"
    rf"{COUNTED}.{{0,200}}|(?:dodaj|napisz) komentarz|"
    r"leserkommentare|diskussion|diskutieren sie mit)\s*:?"
    r"(?:\s+(?:cancel reply|antwort(?:en)? abbrechen|annuler (?:la )?réponse|cancelar (?:la )?respuesta|annulla risposta))?$",
    _I,
)
# A comment heading that counts the comments and names the post ("12 thoughts on “<headline>”",
# "3 Gedanken zu „<headline>“"): a blog prints it right under the post.
COUNTED_COMMENTS = re.compile(f"^{COUNTED}", _I)

# A comment's reply button on a line of its own (a verb: the noun "Antwort" heads the answer
# under a quiz's or a FAQ's question, and so may "beantworten"), and the line that names the commenter
# ("Jane says:", "sagt:") above a comment.
REPLY_BUTTON = re.compile(r"^[\W_]*(?:reply|antworten|responder|responda|répondre|rispondi|"
                          r"odpowiedz|reageer|svara)[\W_]*$", _I)
COMMENTER = re.compile(r"^(?:[^\W\d_][\w.'’-]*\s){0,4}(?:says|sagt|schreibt|dice|dit|scrive|disse|napisał\w*)\s?:$", _I)

# Lines that open a widget of other articles ("More from …", "Most popular"). Such widgets
# also sit in the middle of articles, so they interrupt the body rather than end it. "See
# also" and its kin in other languages, and a bare "Related" in Spanish and Portuguese, title
# a box of links to other pages as a bare "Related" does in English.
WIDGET_START = re.compile(
    r"^(?:more from\b.{0,60}|more (?:stories|news|articles) from\b.{0,60}|related (?:articles|stories|posts|coverage|content|news|reading)|"
    r"read next|up next|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories)?|"
    r"most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular (?:stories|posts|now)|"
    r"latest (?:news|stories|articles)|top stories|editors?'? picks|what to read next|"
    r"further reading|around the web|from our partners|sponsored (?:stories|links|content)|related|"
    r"weitere artikel|mehr zum thema|das könnte (?:sie|dich|euch) auch interessieren|auch interessant|mehr themen|"
    r"leia também|veja também|à lire aussi|sur le même sujet|"
    r"lea también|noticias relacionadas|leggi anche|(?:artículos|noticias) relacionad[oa]s|articles similaires|"
    r"articoli correlati|verwandte artikel|lesen sie (?:auch|mehr)|à lire également|ver más|"
    r"(?:previous|next) (?:article|post|story)|article (?:précédent|suivant)|(?:vorheriger|nächster) (?:artikel|beitrag)|"
    r"(?:artículo|entrada) (?:anterior|siguiente)|"
    r"see also|siehe auch|voir aussi|véase también|vedi anche|zie ook|relacionad[oa]s|"
    # ... and in German, Polish, French and Spanish: "Ähnliche Beiträge", "Weitere Beiträge aus
    # der Kolumne", "Meist gelesen", "Czytaj też", "Dans la même rubrique", "Te puede interesar".
    r"(?:ähnliche|verwandte|weitere|neueste|aktuelle) (?:beiträge|artikel|nachrichten|berichte|news)"
    r"(?: (?:aus|in|zu|zum|zur|von|über) .{1,40})?|(?:meist|viel|am meisten) (?:gelesen|kommentiert)e?(?: .{1,30})?|"
    r"(?:czytaj|zobacz|przeczytaj) (?:też|także|również)|polecamy|dans la même rubrique|"
    r"(?:también )?te (?:puede|podría) interesar|lo más (?:leído|visto)|explore further)\s*(?:\(\d+\))?\s*:?$",
    _I,
)


# The heading of an article's reference list ("References", "Literatur", "Quellen"): the
# works it cites follow, each with its year or address (see region.references_after).
REFERENCES_HEADING = re.compile(
    r"^(?:references|sources|bibliography|works cited|literatur|literaturverzeichnis|literaturhinweise|"
    r"quellen|quellenangaben|quellenverzeichnis|einzelnachweise|bibliographie|références|sources et références|"
    r"referencias|fuentes|bibliografía|bibliografia|fonti|riferimenti|referências|literatuur|bronnen)\s*:?$",
    _I,
)


# A share bar's prompt ending in a colon ("Share this:", "Teilen Sie dies mit:", "Beitrag
# teilen:"): the buttons follow, not text of the article. The words around the verb are the
# prompt's own (what to share, with whom, where), so a lead-in such as "Market share:" or
# "Share prices:" is not one.
SHARE_OBJECTS = (r"this|it|the|on|via|with|us|now|story|article|post|page|diesen|den|die|das|beitrag|artikel|"
                 r"seite|sie|dies|es|mit|auf|über|cet|cette|la|le|sur|en|esta|este|noticia|artículo|"
                 r"questo|articolo|su|dit|op|nota|news|notícia|artigo|matéria|link")
SHARE_PROMPT = re.compile(
    rf"^(?:(?:{SHARE_OBJECTS})\s){{0,2}}(?:share|teilen|partager|partagez|compartir|compartilhe|condividi|delen)\b"
    rf"(?:\s(?:{SHARE_OBJECTS})){{0,3}}\s?:$", _I)


# The longest lines the two patterns can match (a counted heading names the post in up to 200
# characters; a widget's title names a section in up to 60).
COMMENTS_START_MAX_CHARS = 300
WIDGET_START_MAX_CHARS = 120


def tail_start(text: str) -> bool:
    """True for a line that opens comments or a widget of other articles."""
    return comments_start(text) or widget_start(text)


@lru_cache(maxsize=4096)
def comments_start(text: str) -> bool:
    """True for a line that opens comments (COMMENTS_START); kept per text: the structure and
    region rules test every line, and a page repeats its menu entries. A line longer than
    COMMENTS_START_MAX_CHARS cannot match: the test of its length spares the paragraphs the
    pattern's many branches."""
    return len(text) <= COMMENTS_START_MAX_CHARS and COMMENTS_START.match(text) is not None


@lru_cache(maxsize=4096)
def widget_start(text: str) -> bool:
    """True for a line that opens a widget of other articles (WIDGET_START); kept per text:
    the region rules score every line, and a page repeats its menu entries. A longer line than
    WIDGET_START_MAX_CHARS cannot match (see comments_start)."""
    return len(text) <= WIDGET_START_MAX_CHARS and WIDGET_START.match(text) is not None


# The heading or button of a cookie-consent dialog or a privacy-settings panel ("Cookie
# settings", "Cookie-Einstellungen", "Privacy overview", "Manage consent"): a text dump prints
# the dialog, often paragraphs of legal prose, where the page's markup puts it, mostly after the
# footer. A cookie word alone ("Cookies") may head a recipe, so it needs a word of the dialog.
CONSENT_START = re.compile(
    r"^(?=[^\n]{0,60}$)(?:"
    r"(?=.{0,40}\bcookies?\b)(?=.{0,50}\b(?:policy|policies|settings|preferences|notice|statement|"
    r"declaration|consent|banner|manager|details|richtlinien?|einstellungen|hinweis|zustimmung|einwilligung|"
    r"verwalten|bestimmungen|erklärung|informationen|anpassen|politique|paramètres|gestion|"
    r"política|configuración|informativa|gestione)\b)|"
    r"(?:privacy|datenschutz) ?(?:overview|settings|preferences|einstellungen)\b|"
    r"(?:manage|managing) (?:consent|cookies|privacy)\b|consent management\b|"
    r"(?:zustimmung|einwilligung|einwilligungen) verwalten\b)",
    _I,
)

# Lines that open an author box after the article (no longer than AUTHOR_BOX_MAX_CHARS).
AUTHOR_BOX_MAX_CHARS = 40
AUTHOR_BOX_START = re.compile(r"^(?:about the authors?|about (?:the )?author|author|the author|über den autor|über die autorin|à propos de l'auteur|"
                              r"autoreninfo|zum autor|zur autorin|über die autoren|o autorze|sobre el autor|sobre la autora)\s*:?$", _I)

# Teasers for other articles: "Read more: …", "RELATED: …", "See also: …".
TEASER_PREFIX = re.compile(
    r"^(?:read more|read also|also read|related|see also|more|watch|listen|read|recommended|"
    r"must read|don't miss|more on this|more on|mehr zum thema|lesen sie auch|lire aussi|"
    r"à lire aussi|lee también|leggi anche|lees ook|zie ook|(?:czytaj|zobacz|przeczytaj) (?:też|także|również))"
    r"\s*(?::|»|>|\u2014|\u2013|-)\s*\S",
    _I,
)

# An author bio: "<Name> is a reporter …", "<Name> covers energy …".
BIO_START = re.compile(
    r"^(?:[A-ZÀ-Þ][\w.'’-]+\s){1,3}?(?:[A-ZÀ-Þ][\w.'’-]+)\s+(?:is|was|has|covers|writes|reports|joined|"
    r"serves|leads|edits|works|specializes|specialises|focuses|ist|est|es|è)\b",
)
BIO_WORDS = re.compile(
    r"\b(?:reporter|journalist|correspondent|editor|writer|author|columnist|contributor|"
    r"covers|covering|reporting|reports on|writes about|newsroom|freelance|bureau|staff|"
    r"graduate|studied|journalism|based in|joined)\b",
    _I,
)

# A line that asks readers for something (donations, subscriptions) rather than informs.
APPEAL = re.compile(
    r"^(?:support|subscribe|donate|become|join|sign up|get|try|unlock|upgrade|register)\b.{0,160}"
    r"\b(?:journalism|subscription|subscriber|member|membership|newsletter|today|free|access|now)\b.{0,80}$",
    _I,
)


UI_WORDS = frozenset(p for p in UI_PHRASES if " " not in p)
# Every word of any interface phrase: a text with a word outside it is no run of phrases.
UI_PHRASE_WORDS = frozenset(w for p in UI_PHRASES for w in p.split())
MAX_UI_RUN_WORDS = 6


def _ascii_ui_key_table() -> bytes:
    """A bytes.translate table that does lower() and UI_NORMALIZE's work on ASCII text:
    capitals to lower case, word characters, whitespace and apostrophes kept, anything else
    a space."""
    return bytes(ord(chr(c).lower()) if chr(c).isalnum() or c == ord("_") or chr(c).isspace() or c == ord("'")
                 else ord(" ") for c in range(256))


ASCII_UI_KEY = _ascii_ui_key_table()


def _ui_key_chars(text: str) -> str:
    """The text in lower case with every run of characters UI_NORMALIZE drops made a space;
    ASCII text (most lines) in one C pass instead of a regex substitution."""
    if text.isascii():
        return text.encode("ascii").translate(ASCII_UI_KEY).decode("ascii")
    return UI_NORMALIZE.sub(" ", text.lower())


def ui_phrase(text: str) -> bool:
    """True when the whole text is a known interface phrase ("Read more", "Share"), or a run of
    interface words or phrases glued by the renderer ("Share Tweet Share", "Log in Sign up")."""
    if len(text) > 60:
        return False
    words = _ui_key_chars(text).split()
    if " ".join(words) in UI_PHRASES:
        return True
    if not 1 < len(words) <= MAX_UI_RUN_WORDS or not UI_PHRASE_WORDS.issuperset(words):
        return False  # (the word test first: it spares most lines the search for a split)
    return UI_WORDS.issuperset(words) or _ui_run(tuple(words))


def _ui_run(words: tuple[str, ...]) -> bool:
    """Whether the words split into interface phrases of one to three words each ("Log out
    Sign in": two buttons the renderer printed on one line)."""
    if not words:
        return True
    return any(" ".join(words[:n]) in UI_PHRASES and _ui_run(words[n:]) for n in range(1, min(3, len(words)) + 1))


# Interface patterns that may match anywhere in the line, each with a word it cannot match
# without (searching for them costs a scan of every line; the word is tested first).
FLOATING_PATTERNS = [
    # A newsletter's sign-up prompt in a line of its own, wherever its verb stands ("Never
    # miss a story: sign up to our newsletter", "Wollen Sie den Hafen-Newsletter erhalten?"):
    # a short line that speaks to the reader ("our", "your", a question, a colon's call, no
    # final stop), where a sentence of the article tells of a newsletter ("2,000 readers
    # subscribed to the newsletter in its first week."). Its
    # word is "letter", not "newsletter": the case-insensitive match takes a long s ("\u017f")
    # for "s", which lower() keeps.
    ("letter", re.compile(r"^(?=.{0,140}$)(?=.*\bnewsletter)(?=.*\b(?:sign(?:ing)? up|subscrib|abonnier|bestellen|"
                          r"erhalten|inscri|suscrib|iscriv))"
                          r"(?=.*(?:\b(?:our|your|unseren?|ihren?|deinen?|notre|votre|nuestro|tu|su|nostra)\b|[?!:]|"
                          r"[^.\s]\s*$)).*$", _I)),
    # A blog's subscribe-by-mail box ("Enter your e-mail address to follow the harbour blog and
    # get notifications of new posts", "Trag deine E-Mail-Adresse ein, um dem Hafenblog zu folgen"): a
    # short line that names the mail address, a subscription and the reader: "your", "deine",
    # the polite "Ihre" (capitalised: "ihre" is "their"), "please"/"bitte", an imperative
    # opening ("Enter", "Gib") or the German infinitive that closes an instruction ("…, hier
    # die Adresse eingeben."); an article's sentence about addresses ("The site asked visitors
    # to enter their address") names no reader.
    ("mail", re.compile(r"^(?=.{0,250}$)(?=.*\be-?mail[- ]?(?:address|adresse)\b)"
                        r"(?=.*\b(?:subscri\w*|abonn\w*|follow|folgen|notifications?|benachrichtigung\w*|new posts|"
                        r"neue(?:n)? beiträge|newsletter)\b)"
                        r"(?=^(?:enter|type|gib|geben sie|trag|tragen sie)\b|.*\b(?:please|bitte|(?-i:[Yy]our|[Dd]eine?[nrm]?|"
                        r"Ihre[nrm]?))\b|.*\b(?:eingeben|eintragen|angeben)\W*$).*$", _I)),
    # A share button's label with its note that the link opens a new window ("Click to share
    # on Facebook (Opens in new window)", "Klick, um auf X zu teilen (Wird in neuem Fenster
    # geöffnet)"); its word is the closing bracket, which most lines lack.
    (")", re.compile(r"^.{0,80}\((?:opens in (?:a )?new (?:window|tab)|wird in neuem fenster geöffnet|öffnet in (?:einem )?"
                     r"neuen? (?:fenster|tab)|se abre en una (?:ventana|pestaña) nueva|s'ouvre dans une nouvelle fenêtre|"
                     r"ouvre dans une nouvelle fenêtre|si apre in una nuova finestra)\)\W*$", _I)),
    # The sign-up form's consent, in the first person ("Mit dem Klick auf Senden stimme ich den
    # Hinweisen zu"): the reader's declaration, which an article never speaks.
    ("mit ", re.compile(r"^(?=.{0,500}$)mit (?:(?:der|dem|meiner|meinem) )?(?:anmeldung|absenden|registrierung|abschicken|"
                        r"eintragung|klick)\b.{0,200}\b(?:stimme ich|willige ich|erkläre ich|ich stimme|ich willige)\b", _I)),
    # ... or the checkbox's own words, opening with "I" ("Ich willige ein, dass mir der Verlag
    # Angebote per E-Mail sendet", "I agree to the processing of my data ..."): it names the
    # reader's data, the privacy notice or the mailing it consents to.
    # The consent is a verb with its object: "willige … ein", "bin … einverstanden", "stimme …
    # zu", "habe die Hinweise … gelesen", "möchte … erhalten", "agree to", "consent
    # to": a quote that starts with "Ich habe" or "I have" and names an e-mail is no consent.
    ("ich ", re.compile(r"^(?=.*\b(?:datenschutz\w*|meine(?:r|n)? (?:personenbezogenen )?daten|newsletter|"
                        r"e-mail\w*))(?:ja,? )?ich (?:willige\b.{0,200}\bein\b|stimme\b.{0,200}\bzu\b|"
                        r"(?:bin|erkläre mich)\b.{0,200}\beinverstanden\b|"
                        r"habe (?:die|den|das) (?:datenschutz\w*|hinweise\w*|nutzungsbedingungen|agb)\b.{0,100}"
                        r"\b(?:gelesen|zur kenntnis genommen)\b|"
                        r"möchte\b.{0,200}\b(?:erhalten|abonnieren|bekommen|empfangen)\b)", _I)),
    ("i ", re.compile(r"^i (?:agree to|consent to|accept the|have read (?:and (?:agree to|accept) )?the (?:privacy|terms)|"
                      r"would like to (?:receive|get|subscribe)\b).{0,250}"
                      r"\b(?:privacy|my (?:personal )?data|newsletter|e-?mails?|terms)\b", _I)),
    # A comment section's house rules ("Your comments are moderated", "We welcome your
    # comments", "Para comentar tienes que registrarte"): the rules of the thread below the
    # article, which open the line (a sentence that reports on comments names them later).
    # The rules may come numbered ("3. Please note that all comments are moderated").
    ("comment", re.compile(r"^(?=.{0,400}$)(?:\d{1,2}[.)]\s+)?(?:(?:(?:please|kindly) (?:note|understand)(?: that)?:?\s+)?"
                           r"(?:all |your |reader |readers' )?comments? "
                           r"(?:are|is|will be|must be|should be|may be) (?:moderated|reviewed|approved|checked)\b|"
                           r"we (?:welcome|moderate|review) (?:reader |readers' |your |all )?comments\b|"
                           r"we ask (?:that )?(?:all |your |readers' )?comments (?:are|be)\b)", _I)),
    # A comment form's fine print ("Your e-mail address will not be published; fields with a
    # star are needed", "Save my name, e-mail and website in this browser …").
    ("mail", re.compile(r"^(?:your|ihre|deine) e-?mail(?:-| )?(?:address|adresse)? (?:will not|won't|wird nicht) (?:be )?"
                        r"(?:published|veröffentlicht)\b.{0,120}$", _I)),
    ("browser", re.compile(r"^(?:save my name, e-?mail,? and website|(?:meinen )?namen, (?:meine )?e-?mail(?:-adresse)? "
                           r"und (?:meine )?website in diesem browser)\b.{0,120}$", _I)),
    # A blog's comment form: its spam filter's notice ("This blog uses Akismet against spam").
    ("akismet", re.compile(r"^(?=.{0,300}$).{0,40}\b(?:uses?|verwendet|nutzt|utilise|utiliza|usa|utilizza)\s+akismet\b", _I)),
    ("coment", re.compile(r"^(?=.{0,200}$)para (?:comentar|dejar un comentario)\b.{0,30}\b(?:debes|debe|tienes|tiene|"
                          r"necesitas|necesita|registr|inici)", _I)),
    ("kommentier", re.compile(r"^(?=.{0,300}$)wenn (?:sie|du) (?:\w+ ){0,3}kommentieren (?:möchten|möchtest|wollen|willst)\b",
                              _I)),
    # A paywall's notice ("To read the full story, please subscribe", "Already a subscriber?
    # Log in"): it speaks of the reader's subscription, not of the story.
    ("subscri", re.compile(r"^(?=.{0,250}$)(?:.*\balready an? (?:subscriber|member)\b|to (?:view|read|continue reading|"
                           r"access|unlock) (?:the full|this|the rest|the entire)\b.{0,60}\bsubscri)", _I)),
    ("rights reserved", re.compile(r"^.{0,120}\ball rights reserved\b.{0,80}$", _I)),
    ("cookie", re.compile(r"^.{0,100}\bcookies?\b.{0,100}\b(?:accept|consent|settings|preferences|policy)\b.{0,200}$", _I)),
    # "This site uses cookies" in the languages of the notice: "Diese Website verwendet Cookies",
    # "Ce site utilise des cookies", "Este sitio utiliza cookies", "Deze site gebruikt cookies".
    ("cookie", re.compile(
        r"^.{0,200}\b(?:uses?|verwendet|verwenden|nutzt|nutzen|benutzt|setzt|setzen|utilise|utilisons|utiliza|"
        r"utilizamos|utilizza|utilizziamo|gebruikt|gebruiken)\s+(?:\w+\s+){0,2}cookies?\b.{0,400}$", _I)),
]
# A legal notice that opens with the site's copyright ("© 2016 Example Media. All rights
# reserved. Use of this site constitutes ...", "Disclaimer. Data: © 2016 ..."): footer text
# however long the terms that follow it are.
LEGAL_NOTICE = re.compile(r"^.{0,120}?(?:\ball rights reserved\b|(?:©|\(c\)|\bcopyright)\s*\d{4}\b)", _I)
BOILERPLATE_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in BOILERPLATE_PATTERNS), _I)
# Every cue of FLOATING_PATTERNS in one alternation: seven lines in eight hold none, and one
# search of the lower-cased line rules them out, where testing each cue in turn costs a step
# of a Python loop per pattern.
FLOATING_CUE = re.compile("|".join(re.escape(cue) for cue in dict.fromkeys(cue for cue, _ in FLOATING_PATTERNS)))


def boilerplate_pattern(text: str) -> bool:
    """True when the text matches one of the variable interface patterns."""
    if len(text) > 500:
        return False
    if BOILERPLATE_ANY.match(text) is not None:
        return True
    low = text.lower()
    if FLOATING_CUE.search(low) is None:
        return False  # (no pattern's cue on the line: the common case)
    return any(cue in low and p.match(text) for cue, p in FLOATING_PATTERNS)
