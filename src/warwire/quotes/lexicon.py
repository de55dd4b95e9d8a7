"""The editable word lists in ``warwire/data`` that the quote finders read.

Each is read once per process.  Formats are described at the top of each
file: one entry a line, tab-separated columns, ``#`` comments.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from ..datafiles import data_lines, word_lists
from typing import Any


def _rows(name: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("\t")] for line in data_lines(name)]


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """Lemma → class (speech, naming, cognition)."""
    return {r[0].lower(): (r[1] if len(r) > 1 else "speech") for r in _rows("reporting_verbs.txt")}


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of the speech and naming classes: verbs of saying."""
    return frozenset(v for v, k in reporting_verbs().items() if k in ("speech", "naming"))


@lru_cache(maxsize=1)
def further_reports() -> frozenset[str]:
    """Lemmas that open a report or thought of their own, where a reported
    clause stops ("..., adding that", "and believes"): every class but
    stance ("said Russia wants ..." reports the want)."""
    return frozenset(v for v, k in reporting_verbs().items() if k != "stance")


@lru_cache(maxsize=1)
def complements() -> dict[str, frozenset[str]]:
    """Lemma → what besides a clause carries the report: np, to, prepositions."""
    return {r[0].lower(): frozenset(f.strip() for f in r[2].split(",") if f.strip())
            for r in _rows("reporting_verbs.txt") if len(r) > 2}


@lru_cache(maxsize=1)
def reporting_nouns() -> dict[str, tuple[str, frozenset[str]]]:
    """Lemma → (class, what besides a that-clause carries the content)."""
    return {r[0].lower(): (r[1] if len(r) > 1 else "speech",
                           frozenset(f.strip() for f in r[2].split(",")) if len(r) > 2 else frozenset())
            for r in _rows("reporting_nouns.txt")}


@lru_cache(maxsize=1)
def reporting_adjectives() -> dict[str, tuple[str, frozenset[str]]]:
    """Lemma → (class, the prepositions whose object is the content)."""
    return {r[0].lower(): (r[1], frozenset(f.strip() for f in r[2].split(",")) if len(r) > 2 else frozenset())
            for r in _rows("reporting_adjectives.txt")}


@lru_cache(maxsize=1)
def titles() -> dict[str, tuple[str, str]]:
    """Lower-cased form → (full form, gender m/f/-)."""
    out = {}
    for r in _rows("titles.txt"):
        full = r[1] if len(r) > 1 else r[0]
        gender = r[2] if len(r) > 2 else "-"
        out[r[0].lower()] = (full, gender)
    return out


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Lower-cased given name → gender (m or f)."""
    return {r[0].lower(): r[1] for r in _rows("first_names.txt") if len(r) > 1 and r[0][:1] != "-"}


@lru_cache(maxsize=1)
def surname_endings() -> tuple[tuple[str, str], ...]:
    """(ending, gender) pairs, longest ending first: ("yeva", "f"), ("ov", "m")."""
    pairs = [(r[0][1:].lower(), r[1]) for r in _rows("first_names.txt") if len(r) > 1 and r[0][:1] == "-"]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Lower-cased words the tagger may take for a name that never are one."""
    return frozenset(r[0].lower() for r in _rows("not_names.txt"))


@lru_cache(maxsize=1)
def org_nouns() -> frozenset[str]:
    """Lower-cased nouns that head an organisation's name or description."""
    return frozenset(r[0].lower() for r in _rows("org_nouns.txt"))


@lru_cache(maxsize=1)
def reporting_phrases() -> dict[str, dict[tuple[str, str], tuple[str, frozenset[str]]]]:
    """Verb lemma → {(verb, object lemma): (class, what carries the content)}."""
    out: dict[str, dict[tuple[str, str], tuple[str, frozenset[str]]]] = {}
    for r in _rows("reporting_phrases.tsv"):
        if len(r) > 3:
            flags = frozenset(f.strip() for f in r[3].split(",") if f.strip())
            out.setdefault(r[0].lower(), {})[(r[0].lower(), r[1].lower())] = (r[2], flags)
    return out


@lru_cache(maxsize=1)
def colon_labels() -> frozenset[str]:
    """Lower-cased labels that open a paragraph with a colon and name no speaker."""
    return frozenset(r[0].lower() for r in _rows("colon_labels.txt"))


@lru_cache(maxsize=1)
def documents() -> frozenset[str]:
    """Lower-cased nouns for texts that "say" what their author wrote."""
    return frozenset(r[0].lower() for r in _rows("document_nouns.txt"))


@lru_cache(maxsize=1)
def media_outlets() -> frozenset[str]:
    """Lower-cased outlet names without a leading "the"."""
    return frozenset(strip_the(r[0]).lower() for r in _rows("media_outlets.txt"))


@lru_cache(maxsize=1)
def owners() -> dict[str, str]:
    """Lower-cased owner as written ("russia", "moscow") → canonical adjective."""
    return {fold(r[0]): r[1] for r in _rows("owners.tsv") if len(r) > 1}


def quote_words(kind: str) -> frozenset[str]:
    """The lower-cased words of one list of ``quote_words.tsv`` ("leader",
    "outlet_noun", ...); empty if no line has that kind."""
    return word_lists("quote_words.tsv").get(kind, frozenset())


@lru_cache(maxsize=1)
def spellings() -> dict[str, str]:
    """One spelling for the words that tell organisations apart: "defense" →
    "defence" (the ``spelling`` lines of ``quote_words.tsv``)."""
    return {r[0].lower(): r[2].lower() for r in _rows("quote_words.tsv")[1:]
            if len(r) > 2 and r[1] == "spelling"}


def is_outlet(head: object) -> bool:
    """Does the noun phrase headed by token ``head`` name a news outlet?"""
    t: Any = head
    chain = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i >= t.i - 4] + [t]
    names = {strip_the(fold(" ".join(c.text for c in chain[k:]))) for k in range(len(chain))}
    if names & media_outlets():
        return True
    if outlet_desk(t) is not None:
        return True
    words = {c.lower_ for c in chain}
    outlet_nouns = quote_words("outlet_noun")
    if t.lemma_.lower() in outlet_nouns or t.lower_ == "agency" and "news" in words:
        return True
    apposed = [c for c in t.children if c.dep_ == "appos"]
    return any(c.lemma_.lower() in outlet_nouns or c.lower_ == "agency" and
               any(g.lower_ == "news" for g in c.lefts) for c in apposed) or bool(words & {"news"})


def outlet_desk(root: Any) -> str | None:
    """The outlet whose section by language or country the noun ``root`` is ("the
    BBC's Ukrainian service", "the BBC Russian Service", "the Russian service
    of Radio Liberty" → "BBC", "BBC", "Radio Liberty"), as written; else None.
    The demonym before the noun names a language or an audience, not an owner."""
    found = _desk_owner(root)
    return found[1] if found is not None else None


def desk_name(root: Any) -> str | None:
    """The name of an outlet's section headed by ``root``: the outlet, then the
    words before the noun ("the Ukrainian service of the BBC" → "BBC Ukrainian
    service"); None if ``root`` is no outlet's section."""
    found = _desk_owner(root)
    if found is None:
        return None
    owner, outlet = found
    inside = {t.i for t in owner.subtree}
    mods = [c.text for c in root.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i not in inside]
    return " ".join([outlet, *mods, root.text])


#: the possessive endings a name may carry
_POSSESSIVE = ("'s", "’s", "'", "’")


def _desk_owner(root: Any) -> tuple[Any, str] | None:
    """The token naming the outlet that owns section ``root``, and the outlet's
    name as written ("the" and a possessive dropped).  The section is named by a
    demonym, a language or a place right before the noun, after the outlet
    ("the BBC Russian Service"; "Baltic News Service" is an outlet's own name)."""
    if root.lemma_.lower() not in quote_words("desk") and root.lower_ not in quote_words("desk"):
        return None
    langs = [c.i for c in root.lefts if c.dep_ in ("amod", "compound", "nmod") and _demonym(c)]
    if not langs:
        return None
    owners = [c for c in root.lefts if c.dep_ in ("poss", "compound", "nmod") and c.i < min(langs)]
    owners += [g for p in root.rights if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for c in owners:
        toks = [t for t in c.subtree if t.text not in _POSSESSIVE and t.dep_ != "det"]
        if not toks:
            continue
        name = "".join(t.text + t.whitespace_ for t in toks[:-1]) + toks[-1].text
        if is_outlet(c) or strip_the(fold(name)) in media_outlets():
            return c, strip_the(name)
    return None


def _demonym(t: Any) -> bool:
    """Does ``t`` name a people, a language or a place ("Ukrainian",
    "Russian-language", "Moscow")?"""
    first = t.text.split("-")[0]
    return t.ent_type_ in ("NORP", "GPE", "LOC", "LANGUAGE") or fold(first) in owners()


def strip_the(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


def fold(text: str) -> str:
    """Lower case, accents removed: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_key(word: str) -> str:
    """One key for the spellings of a name: Zelensky, Zelenskyy, Zelenskiy,
    Zelenskii all give ``zelensky``; Kyiv and Kiev do not meet (not names)."""
    w = "".join(c for c in fold(word) if c.isalpha())
    for end in ("iy", "yy", "ii", "yi", "ij", "ey", "ei"):
        if w.endswith(end) and len(w) > 4:
            w = w[: -len(end)] + "y"
            break
    out = []
    for c in w:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)
