"""Name normalisation shared by the gazetteer index and every lookup.

One function, :func:`normalize`, maps the many spellings of a place name onto
one key: case, accents, apostrophes (``Artemivs'k`` / ``Artemivsk``), hyphens,
dots (``U.S.``), a leading article (``the Netherlands``) and the usual
abbreviations (``St.``, ``Mt.``, ``Ft.``) all fold away.  Index and query use
the same function, so a lookup is one dictionary access.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032"
_DROP = str.maketrans("", "", _APOSTROPHES + ".")
_SPACE = re.compile(r"[\s\-\u2010-\u2015_/,;:()\[\]\"\u201c\u201d&]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_EXTRA_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d",
                                "ð": "d", "þ": "th", "ı": "i", "ħ": "h"})

#: Words after a name that say which kind of unit is meant ("Kharkiv oblast").
ADMIN1_WORDS = frozenset({
    "oblast", "province", "region", "state", "governorate", "prefecture", "krai", "kray",
    "republic", "territory", "voivodeship", "canton", "emirate", "division", "county",
    "district", "raion", "rayon", "parish", "borough", "municipality", "department",
})
#: Of those, the words that usually name a second-level unit.
ADMIN2_WORDS = frozenset({"county", "district", "raion", "rayon", "parish", "borough",
                          "municipality", "department"})
CITY_WORDS = frozenset({"city", "town", "village"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, keeping letters of other scripts."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA_LETTERS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """The lookup key of a place name (``"St. Louis"`` → ``"saint louis"``); memoised: the
    stages ask for the same few hundred names an article over and over."""
    text = fold(name).translate(_DROP)
    words = _SPACE.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    if len(words) > 1:
        words = [_ABBREVIATIONS.get(w, w) if i == 0 else w for i, w in enumerate(words)]
    return " ".join(words)


def split_unit_word(key: str) -> tuple[str, str | None]:
    """Split a normalised key into base name and unit kind.

    ``"kharkiv oblast"`` → ``("kharkiv", "admin1")``, ``"rapides parish"`` →
    ``("rapides", "admin2")``, ``"kharkiv city"`` → ``("kharkiv", "city")``;
    a key without such a word comes back unchanged with ``None``.  The words
    ``oblast of`` / ``province of`` in front work too (``"province of quebec"``).
    """
    words = key.split()
    if len(words) < 2:
        return key, None
    last, first = words[-1], words[0]
    if last in ADMIN1_WORDS:
        return " ".join(words[:-1]), "admin2" if last in ADMIN2_WORDS else "admin1"
    if last in CITY_WORDS:
        return " ".join(words[:-1]), "city"
    if len(words) > 2 and words[1] == "of" and first in ADMIN1_WORDS:
        return " ".join(words[2:]), "admin2" if first in ADMIN2_WORDS else "admin1"
    if len(words) > 2 and words[1] == "of" and first in CITY_WORDS:
        return " ".join(words[2:]), "city"
    return key, None


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin (what English text can contain)."""
    for ch in name:
        if ch.isalpha() and ord(ch) > 0x24F and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def usable_alias(alias: str) -> bool:
    """Whether an alternate name is worth indexing for English text.

    GeoNames alternate names include lower-case romanisations of names in
    other scripts (``"alksandrya  lwyyzyana"``) and airport codes (``"HRK"``);
    neither ever names the place in an English report, and both would make
    false matches.
    """
    alias = alias.strip()
    if len(alias) < 2 or not alias[0].isupper() or not is_latin(alias):
        return False
    letters = [c for c in alias if c.isalpha()]
    if len(letters) <= 4 and all(c.isupper() for c in letters) and "." not in alias:
        return False
    return not any(ch.isdigit() for ch in alias)


#: The Arabic article as romanised before a name ("Al Qāmishlī", "Ar Raqqah", "El Alamein").
ARABIC_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "at", "ad", "an", "az", "adh"})
#: Countries whose place names carry it.
ARABIC_COUNTRIES = frozenset({"SY", "IQ", "YE", "LY", "PS", "JO", "LB", "SA", "EG", "SD", "TN", "DZ",
                              "MA", "AE", "OM", "QA", "KW", "BH", "MR"})


def without_article(key: str) -> str | None:
    """A normalised Arabic name without its leading article ("al qamishli" → "qamishli"),
    as the news writes it; ``None`` when there is no article or too little is left."""
    head, _, rest = key.partition(" ")
    if head not in ARABIC_ARTICLES or len(rest) < 5:
        return None
    return rest

