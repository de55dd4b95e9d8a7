"""Wire datelines: the one recogniser for "MYKOLAIV, July 14 (Reuters) -" and kin.

A dateline opens a report or a paragraph of a live report: a place (with an
optional region after a comma), an optional date, then an agency in brackets or
slashes, a dash, or both — "KYIV, Aug 3 (Reuters) -", "MADRID, June 29. /TASS/.",
"Kharkiv, Ukraine —", "Berlin, Apr 23 (Prensa Latina)".  Ingest reads the one
opening the body into :class:`~warwire.record.Dateline`; the quote extractor
never takes one for a speaker.

What tells a dateline from an ordinary sentence ("Meanwhile, Russia — which…",
"The Kremlin (Moscow) said", "Sen. Rand Paul, R-Ky., said"): an all-caps place is
enough; a place in ordinary case needs an agency, a date or a region; a bracketed
word after a place in ordinary case must be a known outlet; a hyphen is a dash only
with a space after it; without an agency the next word must not start in lower case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import data_lines
from ..record import Dateline
from .published import MONTH

_WORD = r"[^\W\d_][\w'’.\-]*"
_AGENCY = r"[^\W\d_](?:[^\W\d_]|[ .&'’-]){0,38}"
#: a dash: a hyphen only with a space after it ("KYIV -"; not "R-Ky.")
_DASH = r"(?:[—–]{1,2}|--|-[—–]?(?=\s))"
_DATELINE = re.compile(
    r"(?P<place>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3})"
    r"(?:,[ \t]*(?P<region>(?!" + MONTH + r"\s+\d)" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2}))?"
    r"(?:,?[ \t]*(?P<date>" + MONTH + r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)\.?)?"
    r"(?:[ \t]*(?:\((?P<agency>" + _AGENCY + r")\)|/[ \t]*(?P<slashed>" + _AGENCY + r")[ \t]*/\.?)"
    r"(?:[ \t]*(?P<dash>" + _DASH + r"))?"
    r"|[ \t]*(?P<dash_only>" + _DASH + r"))"
    r"(?=\s*(?P<next>[\w\"“'‘,/]))",
    re.IGNORECASE,
)
#: words that open ordinary sentences the way a place opens a dateline
_NOT_PLACES = frozenset(
    "however meanwhile still yet now earlier later separately also but and so then "
    "moreover instead indeed overall finally first last today yesterday".split()
)
_PARTICLES = frozenset("on de del la le es am upon of da do".split())
#: how far into a paragraph a dateline may reach
_REACH = 300


@dataclass(frozen=True)
class DatelineMatch:
    """A dateline found in a text: its parts as written and where it ends (``end``:
    after the agency or dash and the spaces after them)."""

    place: str
    region: str | None
    date: str | None
    agency: str | None
    end: int

    def to_dateline(self) -> Dateline:
        place = _title(self.place) + (f", {_title(self.region)}" if self.region else "")
        return Dateline(place=place, date_text=self.date, agency=self.agency)


def match_dateline(text: str, start: int = 0, end: int | None = None) -> DatelineMatch | None:
    """The dateline opening ``text[start:end]``, or None."""
    end = len(text) if end is None else end
    m = _DATELINE.match(text, start, min(end, start + _REACH))
    if not m or not _capitalised(m["place"]) or not _capitalised(m["region"] or "X"):
        return None
    agency = (m["agency"] or m["slashed"] or "").strip()
    caps = _is_caps(m["place"])
    if agency and (len(agency.split()) > 4 or not (caps or m["date"] or _agency_like(agency))):
        return None  # "The Kremlin (Moscow) said"
    if not agency and m["next"].islower():
        return None
    if not caps and (m["place"].lower() in _NOT_PLACES
                     or not (agency or m["region"] or m["date"])):
        return None
    stop = m.end()
    while stop < end and text[stop] in " \t":
        stop += 1
    return DatelineMatch(m["place"], m["region"], m["date"], agency or None, stop)


def parse_dateline(body: str) -> Dateline | None:
    """The wire dateline opening ``body`` as a :class:`Dateline`, or None."""
    found = match_dateline(body)
    return found.to_dateline() if found else None


def _agency_like(name: str) -> bool:
    """"Reuters", "CNN", "Prensa Latina": a known outlet (``data/media_outlets.txt``), not
    any bracketed capitals ("Sen. Rand Paul (R-KY)", "the SCO (Shanghai ...)")."""
    key = unicodedata.normalize("NFKD", name.strip("(). /")).lower()
    return key.removeprefix("the ") in _outlets()


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """Lower-cased outlet names from ``data/media_outlets.txt``, without a leading "the"."""
    return frozenset(ln.strip().lower().removeprefix("the ") for ln in data_lines("media_outlets.txt"))


def _is_caps(words: str) -> bool:
    return any(c.isalpha() for c in words) and words.upper() == words


def _capitalised(words: str) -> bool:
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words.split())


def _title(words: str) -> str:
    """``KRYVYI RIH`` → ``Kryvyi Rih``, ``ROSTOV-ON-DON`` → ``Rostov-on-Don``; mixed case kept."""
    if not _is_caps(words):
        return words
    parts = re.split(r"([ \t-]+)", words)
    out = []
    for i, part in enumerate(parts):
        if part.count(".") >= 2 or not part.strip(" \t-"):  # D.C., U.S., separators
            out.append(part)
        elif i and part.lower() in _PARTICLES:
            out.append(part.lower())
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "".join(out)
