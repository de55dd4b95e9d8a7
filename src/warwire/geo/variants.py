"""Transliteration variants: one key for the many romanisations of a Cyrillic place name.

Ukrainian and Russian names reach English text in several spellings — the
Ukrainian and the Russian form of the same village (Novoselivka / Novoselovka,
Bilohorivka / Belogorovka, Spirne / Spornoye, Olenivka / Elenovka), and several
systems for each (Zaporizhzhia / Zaporizhia / Zaporozhye, Maiorsk / Mayorsk,
Kyselivka / Kiselevka).  They differ in the vowels (Ukrainian *i* for Russian
*o* and *e*, *y* / *i* / *j*, *ia* / *ya* / *iya* / *ye*), in *h* for *g*, in
doubled letters and in adjective endings (-ske / -skoye, -ne / -noye), while
the consonants and the places of the vowels survive.  :func:`variant_key`
keeps exactly that: consonants (digraphs folded: *shch*, *zh*, *kh*, *ts*), *g*
as *h*, and one ``V`` for each run of vowels — "Novoselivka" and "Novoselovka"
are both ``nVvVsVlVvkV``; Novokalynove and Novoklyonovo stay apart.

The gazetteer indexes the key of every name of the towns and units of the
countries whose names come from Cyrillic (:data:`COUNTRIES`); candidate
generation looks a name up there only when no spelling of it is known there.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

#: Countries whose place names are romanised from Cyrillic.
COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "KZ", "KG", "TJ", "BG", "MK", "RS", "ME",
                       "MN"})
#: Similarity (difflib ratio of the normalised names) a variant must also reach.
MIN_RATIO = 0.6
_DIGRAPHS = (("shch", "S"), ("sch", "S"), ("zh", "Z"), ("kh", "X"), ("ch", "C"), ("sh", "S"),
             ("ts", "T"), ("tz", "T"), ("ck", "k"))
_VOWELS = re.compile(r"[aeiouyj]+")
_DOUBLE = re.compile(r"(.)\1+")
#: Shortest key worth looking up (shorter ones collide across unrelated names).
MIN_KEY = 4


def variant_key(key: str) -> str:
    """The transliteration-blind key of a normalised name (``"novoselivka"`` → ``"nVvVsVlVvkV"``);
    empty for names too short to tell apart."""
    out = []
    for word in key.split():
        for a, b in _DIGRAPHS:
            word = word.replace(a, b)
        word = _VOWELS.sub("V", word.replace("g", "h").replace("w", "v"))
        out.append(_DOUBLE.sub(r"\1", word))
    skeleton = " ".join(out)
    return skeleton if len(skeleton) >= MIN_KEY else ""


@lru_cache(maxsize=65536)
def similarity(a: str, b: str) -> float:
    """difflib's ratio of two normalised spellings (memoised: the same pairs recur)."""
    return SequenceMatcher(None, a, b).ratio()


def close(a: str, b: str) -> bool:
    """Whether two normalised spellings are near enough as strings to be one name."""
    return similarity(a, b) >= MIN_RATIO
