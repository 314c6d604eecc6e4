"""Find and parse printed dates: datelines in many formats, month names in several languages.

Tolerant in what it reads, explicit in what it returns: a `datetime.datetime` when a
time is printed (timezone-aware when a zone is printed), a `datetime.date` when only
the day is, and the original text always kept. Relative dates ("2 hours ago") and dates
without a year need a ``reference`` datetime; without one they are not guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from dateutil.tz import tzoffset, tzutc

MONTHS: dict[str, int] = {}
_MONTH_NAMES = {
    # English first, then the common European languages; abbreviations where printed so.
    1: "january jan janvier janv januar jänner jän enero ene gennaio gen januari janeiro",
    2: "february feb febr februar février févr fevrier febrero febbraio februari fevereiro fev",
    3: "march mar märz maerz mars marzo maart março",
    4: "april apr avril abril aprile avr",
    5: "may mai mayo maggio mei maio mag",
    6: "june jun juni juin junio giugno junho",
    7: "july jul juli juillet juil julio luglio julho lug",
    8: "august aug août aout agosto augustus ago",
    9: "september sep sept septembre septiembre setiembre settembre setembro set",
    10: "october oct oktober octobre octubre ottobre outubro okt ott out",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember décembre decembre déc diciembre dicembre dezembro dez dic",
}
for _number, _names in _MONTH_NAMES.items():
    for _name in _names.split():
        MONTHS[_name] = _number
# Month names of other languages as dates print them, in the genitive or partitive where the
# language declines ("15 marca 2023", "15 марта 2023", "15 Μαρτίου 2023", "15. maaliskuuta
# 2023"): Polish, Czech, Slovak, Russian, Ukrainian, Greek, Turkish, Romanian, Hungarian,
# Finnish, and the Nordic and Indonesian names English lacks. Read in dates only: several are
# given names too ("Maja", "Nisan"), so a name in a byline does not stop at them as it does at
# MONTHS (see fields.bylines). Turkish names also without their marks ("MAYIS" in capitals
# reads "mayis": a dotless ı has no capital of its own).
_OTHER_MONTH_NAMES = {
    1: "stycznia styczeń ledna januára января січня ιανουαρίου ocak ianuarie január tammikuuta",
    2: "lutego luty února februára февраля лютого φεβρουαρίου şubat subat februarie február helmikuuta",
    3: "marca marzec března марта березня μαρτίου mart martie március maaliskuuta marts maret",
    4: "kwietnia kwiecień dubna apríla апреля квітня απριλίου nisan aprilie április huhtikuuta",
    5: "maja maj května mája мая травня μαΐου mayıs mayis május toukokuuta mei",
    6: "czerwca czerwiec června júna июня червня ιουνίου haziran iunie június kesäkuuta",
    7: "lipca lipiec července júla июля липня ιουλίου temmuz iulie július heinäkuuta",
    8: "sierpnia sierpień srpna augusta августа серпня αυγούστου ağustos agustos augusztus elokuuta augusti agustus",
    9: "września wrzesień září septembra сентября вересня σεπτεμβρίου eylül eylul septembrie szeptember syyskuuta",
    10: "października październik října októbra октября жовтня οκτωβρίου ekim octombrie október lokakuuta",
    11: "listopada listopad listopadu novembra ноября листопада νοεμβρίου kasım kasim noiembrie marraskuuta",
    12: "grudnia grudzień prosince decembra декабря грудня δεκεμβρίου aralık aralik decembrie joulukuuta desember",
}
MONTH_NUMBERS = dict(MONTHS)  # every month name a date may print, with its number
for _number, _names in _OTHER_MONTH_NAMES.items():
    for _name in _names.split():
        MONTH_NUMBERS.setdefault(_name, _number)

ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "west": 60, "cet": 60, "cest": 120,
    "eet": 120, "eest": 180, "msk": 180, "ist": 330, "jst": 540, "kst": 540, "aest": 600,
    "aedt": 660, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
    "mdt": -360, "pst": -480, "pdt": -420, "et": -300, "pt": -480,
}


_Node = dict[str, "_Node"]  # a trie: each next letter's node ("" marks a word's end)


def _trie(words: Iterable[str]) -> str:
    """One pattern for a set of words, as a trie of their letters ("mar(?:ch|s|zo)?" for
    "mar", "march", "mars", "marzo"): the engine tries each name's next letter once instead
    of every name in turn at every word of a text. Matches what the plain alternation of the
    words, longest first, matches."""
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Node) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


_MONTH = "(?P<month>" + _trie(MONTH_NUMBERS) + r")\.?"
# A month first ("March 3, 2024") is English usage, and French and Spanish abbreviated: the
# other languages' names are read only after the day ("Augusta 12, 2020" is a town).
_MONTH_FIRST = "(?P<month>" + _trie(MONTHS) + r")\.?"
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\.?,?\s+"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Two dates glued together ("22. Mai 201923. Mai 2019", "von Jane Doe13.12.2022"): a renderer
# that drops the space between inline elements (a post's published and updated <time>, a
# name link and its date) runs them together. A year may end where the next date's day
# starts ("2019" + "23."), and that day may start right after a year or a letter.
_YEAR_END = r"(?:(?!\d)|(?=[0-3]?\d[./]))"
_AFTER_YEAR = r"(?<=(?:19|20)\d\d)"

DATE_PATTERNS = [
    re.compile(rf"\b(?:{_WEEKDAY})?{_MONTH_FIRST}\s+{_DAY},?\s+{_YEAR}{_YEAR_END}", re.I),
    # "Tuesday 14 Mar 2023"; a blog theme's date badge puts the weekday under the day: "14 Tuesday Mar 2023".
    re.compile(rf"(?:\b|{_AFTER_YEAR})(?:{_WEEKDAY})?{_DAY}\.?\s+(?:{_WEEKDAY})?(?:de\s+)?{_MONTH},?\s+(?:de\s+)?"
               rf"{_YEAR}{_YEAR_END}", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)" + _YEAR_END),
    # Chinese and Japanese "2023年3月15日", Korean "2023년 3월 15일".
    re.compile(r"(?P<year>(?:19|20)\d\d)\s?[年년]\s?(?P<month>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)\s?[日일]"),
    # Hungarian, year first: "2023. március 15."
    re.compile(rf"\b{_YEAR}\.\s+{_MONTH}\s+{_DAY}\.", re.I),
]
FULL_YEAR = re.compile(r"(?:19|20)\d\d")  # every pattern above needs one: tested first
# "28.09.19 12:44", "28.09.1912:44", "3/14/21 9:15AM": a two-digit year, as forums, comment
# lists and some magazines' meta lines print it, counts only with the time right after it
# (without one, "1.2.19" is as likely a version, "3/4/19" a fraction or a score); glued to the
# time by a renderer it would otherwise read as the year 1912. Slashes read month first, as
# the full-year slash date does.
SHORT_YEAR_WITH_TIME = re.compile(
    r"(?<![\d./])(?P<a>[0-3]?\d)(?:(?P<sep>\.)(?P<b>[01]?\d)\.|(?P<slash>/)(?P<b2>[0-3]?\d)/)(?P<year>\d\d)"
    r"(?=\s?[0-2]?\d:[0-5]\d(?!\d))")
YEARLESS_PATTERNS = [
    re.compile(rf"\b(?:{_WEEKDAY})?{_MONTH_FIRST}\s+{_DAY}\b(?!,?\s*\d)", re.I),
    re.compile(rf"\b(?:{_WEEKDAY})?{_DAY}\.?\s+{_MONTH}(?![\w.]|,?\s*\d)", re.I),
]
TIME = re.compile(
    r"(?<![\d:.])(?P<hour>[0-2]?\d)(?:[:.h](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?|(?=[:.h]?\d{0,2}\s*(?:uhr|h\b))|(?<=\d\d))"
    r"(?:\s*(?:uhr|h)\b)?"
    r"(?:\s*\(?(?P<zone>(?:utc|gmt)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?|[+-]\d\d:?\d\d|[a-z]{1,4}t|z)\b\)?)?",
    re.I,
)
RELATIVE = re.compile(
    r"\b(?P<n>\d{1,3}|an?|one)\s+(?P<unit>sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\.?\s+ago\b"
    r"|\b(?:vor|hace|il y a|před)\s+(?P<n2>\d{1,3}|einer?|einem|una?|un|une)\s+(?P<unit2>[^\W\d_]{3,12})"
    r"|\b(?P<word>yesterday|today|just now|gestern|heute|ayer|hoy|aujourd'hui)\b",
    re.I,
)
# Words one of which every RELATIVE match contains (lowercased): a cheap test first.
RELATIVE_CUES = ("ago", "vor", "hace", "il y a", "před", "yesterday", "today", "just now", "gestern", "heute",
                 "ayer", "hoy", "aujourd")
RELATIVE_CUE = re.compile("|".join(map(re.escape, RELATIVE_CUES)))


def maybe_relative(text: str) -> bool:
    """False when ``text`` cannot hold a relative date (no cue word); True when it may."""
    return RELATIVE_CUE.search(text.lower()) is not None


# Unit words of relative dates in other languages, by their first letters.
UNIT_PREFIXES = (
    ("sek", "sec"), ("seg", "sec"), ("sec", "sec"), ("min", "min"), ("stund", "h"), ("hora", "h"),
    ("heure", "h"), ("hodin", "h"), ("tag", "day"), ("día", "day"), ("dia", "day"), ("jour", "day"),
    ("dn", "day"), ("woche", "week"), ("semana", "week"), ("semaine", "week"), ("týd", "week"),
    ("monat", "month"), ("mes", "month"), ("mois", "month"), ("měs", "month"), ("jahr", "year"),
    ("año", "year"), ("an", "year"), ("rok", "year"), ("let", "year"),
)
RELATIVE_WORDS = {"gestern": "yesterday", "ayer": "yesterday", "heute": "today", "hoy": "today",
                  "aujourd'hui": "today"}
LABEL = re.compile(
    r"(?P<label>(?:first\s+)?published|posted|updated|last\s+updated|modified|last\s+modified|"
    r"veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|"
    r"aggiornato|gepubliceerd|bijgewerkt|date|created)\s*(?:on|at|am|le|el|il|op|:)?\s*:?\s*$",
    re.I,
)
UPDATED_WORDS = ("updat", "modif", "aktualis", "mis à jour", "actualiz", "aggiorn", "bijgewerkt", "überarbeit",
                 "zuletzt", "geändert", "revised", "edited")


@dataclass(frozen=True)
class FoundDate:
    """A date printed in a text: its value, the text as printed, where it is, its label."""

    value: dt.date | dt.datetime
    text: str
    start: int
    end: int
    updated: bool = False


def day_of(value: dt.date) -> dt.date:
    """The calendar day of a date or datetime (as printed: no time-zone conversion)."""
    return value.date() if isinstance(value, dt.datetime) else value


def find_dates(text: str, reference: dt.datetime | None = None, *, dayfirst: bool = False) -> list[FoundDate]:
    """All dates printed in ``text``, in order of position; with ``dayfirst``, a slash date
    whose both numbers may be a month ("03/05/2022") is read day first (3 May)."""
    return list(_find_dates(text, reference, dayfirst))


@lru_cache(maxsize=8192)
def _find_dates(text: str, reference: dt.datetime | None, dayfirst: bool) -> tuple[FoundDate, ...]:
    """find_dates, kept for the texts several rules ask about (dateline, byline, assembly)."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    short = [SHORT_YEAR_WITH_TIME] if ":" in text else []
    for pattern in short + (DATE_PATTERNS if FULL_YEAR.search(text) else []):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            day = _day_from_match(m, dayfirst)
            if day is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(_with_time(text, m.start(), m.end(), day))
    if reference is not None:
        for m in (m for p in YEARLESS_PATTERNS for m in p.finditer(text)):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            day = _yearless(m, reference)
            if day is not None:
                taken.append((m.start(), m.end()))
                found.append(_with_time(text, m.start(), m.end(), day))
        for m in RELATIVE.finditer(text) if maybe_relative(text) else ():
            value = _relative(m, reference)
            if value is not None:
                found.append(FoundDate(value, m.group(0), m.start(), m.end(), _is_updated(text, m.start())))
    return tuple(sorted(found, key=lambda f: f.start))


def _day_from_match(m: re.Match[str], dayfirst: bool = False) -> dt.date | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if year < 100:
        year += 2000  # SHORT_YEAR_WITH_TIME
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups.get("b") or groups["b2"])
        sep = groups.get("sep") or groups.get("slash")
        # 17.02.2025 and 17-02-2025 are day-first; 02/17/2025 month-first unless impossible.
        if sep == "/" and a <= 12 and not (dayfirst and b <= 12):
            month, day = a, b
        elif a > 12 or sep != "/" or dayfirst:
            day, month = a, b
        else:
            month, day = a, b
    else:
        month_text = groups["month"].lower().rstrip(".")
        month = int(month_text) if month_text.isdigit() else MONTH_NUMBERS.get(month_text, 0)
        day = int(groups["day"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _yearless(m: re.Match[str], reference: dt.datetime) -> dt.date | None:
    month = MONTH_NUMBERS.get(m.group("month").lower().rstrip("."))
    if not month:
        return None
    try:
        day = dt.date(reference.year, month, int(m.group("day")))
    except ValueError:
        return None
    # A year-less date is the most recent such day not after the reference.
    if day > reference.date() + dt.timedelta(days=1):
        day = day.replace(year=reference.year - 1)
    return day


def _relative(m: re.Match[str], reference: dt.datetime) -> dt.date | dt.datetime | None:
    word = (m.group("word") or "").lower()
    word = RELATIVE_WORDS.get(word, word)
    if word:
        if word == "yesterday":
            return reference.date() - dt.timedelta(days=1)
        return reference if word == "just now" else reference.date()
    n_text = (m.group("n") or m.group("n2")).lower()
    n = int(n_text) if n_text.isdigit() else 1
    unit = (m.group("unit") or "").lower()
    if not unit:
        found = next((u for prefix, u in UNIT_PREFIXES if m.group("unit2").lower().startswith(prefix)), None)
        if found is None:
            return None
        unit = found
    if unit.startswith("sec"):
        return reference - dt.timedelta(seconds=n)
    if unit.startswith("min"):
        return reference - dt.timedelta(minutes=n)
    if unit.startswith("h"):
        return reference - dt.timedelta(hours=n)
    if unit == "day":
        return reference.date() - dt.timedelta(days=n)
    if unit == "week":
        return reference.date() - dt.timedelta(weeks=n)
    if unit == "month":
        return reference.date() - relativedelta(months=n)
    return reference.date() - relativedelta(years=n)


# What may stand between a date and its time: separators and the word "at" in some languages.
TIME_JOINER = re.compile(r"(?:[\s,|@•·/()T-]|\u2013|\u2014|at|à|um|a las|alle|om|kl\.)*", re.I)
# How far from a date a printed time may stand and still belong to it.
TIME_REACH = 25


def _with_time(text: str, start: int, end: int, day: dt.date) -> FoundDate:
    """Attach a time printed just before or after the date, with its zone when printed."""
    window_start = max(0, start - TIME_REACH)
    best: re.Match[str] | None = None
    for m in TIME.finditer(text, window_start, min(len(text), end + TIME_REACH)):
        if start <= m.start() < end or not _is_time(m):
            continue
        between = text[m.end():start] if m.end() <= start else text[end:m.start()]
        if not TIME_JOINER.fullmatch(between):
            continue
        best = m
        break
    offset = 0
    if best is None and text[end : end + 1].isdigit():
        # "28.09.1912:44" (SHORT_YEAR_WITH_TIME): a renderer ran the date and the time of
        # adjacent elements together; TIME's guard against a figure before it (a version, a
        # price) reads the time from the date's end on its own.
        glued = TIME.match(text[end : end + TIME_REACH])
        if glued is not None and _is_time(glued) and ":" in glued.group(0):
            best, offset = glued, end
    if best is None:
        return FoundDate(day, text[start:end].strip(), start, end, _is_updated(text, start))
    hour = int(best.group("hour"))
    ampm = (best.group("ampm") or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    value = dt.datetime(
        day.year, day.month, day.day, hour, int(best.group("minute") or 0), int(best.group("second") or 0),
        tzinfo=_zone(best.group("zone")),
    )
    span_start, span_end = min(start, offset + best.start()), max(end, offset + best.end())
    printed = text[span_start:span_end].strip(" ,|")
    return FoundDate(value, printed, span_start, span_end, _is_updated(text, span_start))


def _is_time(m: re.Match[str]) -> bool:
    hour = int(m.group("hour"))
    if m.group("ampm"):
        return 1 <= hour <= 12
    return m.group("minute") is not None and hour <= 23


MAX_ZONE_MINUTES = 14 * 60  # the farthest zones are UTC-12 and UTC+14


def _zone(name: str | None) -> dt.tzinfo | None:
    if not name:
        return None
    key = re.sub(r"\s", "", name).lower()
    if key in ZONES:
        return tzutc() if ZONES[key] == 0 else tzoffset(name.upper(), ZONES[key] * 60)
    m = re.fullmatch(r"(?:utc|gmt)?([+-])(\d{1,2}):?(\d\d)?", key)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        if minutes > MAX_ZONE_MINUTES:
            return None  # "GMT+99": no zone is that far from UTC; the time stays naive
        return tzoffset(None, (minutes if m.group(1) == "+" else -minutes) * 60)
    return None


def _is_updated(text: str, start: int) -> bool:
    """True when the words just before the date say it is an update, not the publication."""
    before = text[max(0, start - 30):start].lower()
    published = before.rfind("publi"), before.rfind("posted")
    updated = max(before.rfind(w) for w in UPDATED_WORDS)
    return updated >= 0 and updated > max(published)


def strip_label(text: str) -> str:
    """The date text without a leading label such as "Published" or "Updated:"."""
    return LABEL.sub("", text).strip()
