"""Bylines to authors: names, each with its role where printed; agencies kept as authors."""

from __future__ import annotations

import re

from newsparse.article import Author
from newsparse.fields.dates import RELATIVE, find_dates

BY_PREFIX = re.compile(
    r"^(?:(?:written|words|story|reporting|text|photos?|interview|compiled|edited)\s+(?:by|and\s+\w+\s+by)"
    r"|by|von|par|por|door|di|av|af|autor(?:in)?|author|auteur|texte?)\b\s*:?\s*",
    re.I,
)
ROLE_WORDS = re.compile(
    r"\b(?:reporter|writer|correspondent|editor|contributor|columnist|staff|producer|"
    r"photographer|analyst|chief|critic|journalist|director|fellow|professor|intern|anchor|"
    r"host|bureau|researcher|economist|strategist|specialist|contributing|senior|deputy|"
    r"head of|manager|founder|ceo|president|redakteur(?:in)?|korrespondent(?:in)?|"
    r"journaliste|rédacteur|rédactrice|periodista|redactor(?:a)?|giornalista|special to|"
    r"for the|in [A-Z][a-z]+$)",
    re.I,
)
AGENCIES = frozenset(
    name.strip()
    for name in """reuters|associated press|the associated press|ap|afp|agence france-presse|bloomberg|
    bloomberg news|dpa|ansa|efe|pa|pa media|press association|upi|xinhua|kyodo|kyodo news|
    yonhap|tass|ria novosti|anadolu|europa press|apa|sda|cnn wire|cnn|nyt|the new york times|
    kna|epd|afp/dpa|dpa/afp|ap/reuters""".replace("\n", "|").split("|")
    if name.strip()
)
NAME_PARTICLES = frozenset(
    """de da di del della der den van von la le du dos das bin ibn al el ben y e zu ter mac
    st.
    """.split()
)
NOT_NAMES = frozenset(
    """updated published posted share follow email print comments comment read more min
    news staff editor editors editorial team admin administrator guest contributor
    newsroom desk home menu subscribe sign login the and photo image video getty images
    shutterstock
    """.split()
)
SPLIT_PEOPLE = re.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bog\b|\boch\b)\s*", re.I)
SPLIT_SEGMENTS = re.compile(r"\s+[|\u2022\u00b7\u2014\u2013/-]\s+|\s*\|\s*|\s*\n\s*")
HANDLE_OR_MAIL = re.compile(r"\S+@\S+|@\w+|https?://\S+|www\.\S+")
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-À-ÿ]*$|^[A-Z]\.$")
# A name has at most this many words (particles included) and this many characters.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 50


def parse_byline(text: str) -> list[Author]:
    """Authors named in a byline: "By A and B", "A, Staff Writer", "A | Reuters"..."""
    text = HANDLE_OR_MAIL.sub(" ", _without_dates(text)).strip(" \t|,:;-\u2013\u2014")
    text = BY_PREFIX.sub("", text).strip()
    authors: list[Author] = []
    for segment in SPLIT_SEGMENTS.split(text):
        segment = BY_PREFIX.sub("", segment.strip(" ,;:")).strip()
        if not segment:
            continue
        pieces = [p.strip(" .") for p in SPLIT_PEOPLE.split(segment) if p and p.strip(" .")]
        for piece in pieces:
            if is_role(piece) and not is_agency(piece):
                if authors and authors[-1].role is None:
                    authors[-1] = Author(authors[-1].name, piece)
                continue
            if is_agency(piece) or looks_like_name(piece):
                authors.append(Author(piece))
    return _dedupe(authors)


def looks_like_name(text: str) -> bool:
    """True for a personal name: 1-5 capitalised words (particles allowed), no digits."""
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or len(text) > MAX_NAME_CHARS:
        return False
    if any(ch.isdigit() for ch in text) or any(w.lower().strip(".") in NOT_NAMES for w in words):
        return False
    capitalised = [w for w in words if w.lower() not in NAME_PARTICLES]
    if not capitalised or not all(NAME_TOKEN.match(w) for w in capitalised):
        return False
    if len(words) == 1:
        return len(text) > 2 and not text.isupper()
    return not all(w.isupper() and len(w) > 3 for w in capitalised)


def is_role(text: str) -> bool:
    """True for a job title such as "Staff Writer" or "Senior Correspondent"."""
    return bool(ROLE_WORDS.search(text)) and len(text.split()) <= 8


def is_agency(text: str) -> bool:
    """True for a news agency named as the byline ("Reuters", "AP", "dpa")."""
    return text.strip(" .()").lower() in AGENCIES


def _without_dates(text: str) -> str:
    for found in reversed(find_dates(text)):
        text = text[:found.start] + " | " + text[found.end:]
    text = RELATIVE.sub(" | ", text)
    return re.sub(
        r"\b(?:updated|published|posted|last updated|on)\b\s*:?\s*(?=\||$)", " ", text, flags=re.I
    )


def _dedupe(authors: list[Author]) -> list[Author]:
    seen: dict[str, int] = {}
    out: list[Author] = []
    for author in authors:
        key = author.name.casefold()
        if key in seen:
            if author.role and not out[seen[key]].role:
                out[seen[key]] = author
            continue
        seen[key] = len(out)
        out.append(author)
    return out
