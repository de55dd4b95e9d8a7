"""From a toponym string to the places it may name (candidate generation).

Tried in order, stopping at the first step that finds something:

1. a demonym ("Ukrainian", "Americans", "Russian-backed", "pro-Ukrainian") →
   its country or region;
2. the whole name, exactly as the index knows it (any spelling: "Artemivsk");
   with a unit word ("Kharkiv oblast", "Rapides Parish", "Kharkiv city") the
   base name is looked up too, keeping only units of that kind;
3. the name without qualifiers ("northern Kharkiv", "Russian-occupied
   Kherson"), tagged ``core``;
4. the longest known parts of the name that are not generic words ("US Federal
   Reserve" → "US", "University of California" → "California", "Royal Street"
   → nothing), tagged ``partial``: the resolver trusts a partial town only
   near the document's other places; a port's, a fort's or a camp's name never
   names a town by another of its names ("Port Rashid" is not Rosetta, Rashid in
   Arabic).  Demonyms inside a longer name are not
   used ("French Quarter" is not in France, the "British Embassy" not in Britain).

``"Paris, Texas"`` given as one string is split into name and containing hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .candidate import Candidate
from .gazetteer import Gazetteer
from .lexicon import COMMON_WORDS, NAME_LEADS, given_names
from .normalize import normalize, split_unit_word, without_article
from .variants import COUNTRIES as VARIANT_COUNTRIES
from .variants import close, similarity

_POSSESSIVE = re.compile(r"(?:['\u2019]s|['\u2019])$")
#: Words that qualify a place name without changing the place (single normalised words:
#: "Russian-occupied" is "russian occupied").
QUALIFIERS = frozenset("""
north south east west northern southern eastern western central middle
northeast northwest southeast southwest northeastern northwestern southeastern
southwestern upper lower greater downtown outer inner metropolitan metro rural
suburban occupied liberated held controlled annexed russian ukrainian separatist
rebel coastal frontline
""".split())
#: Words that make a name a street, building or organisation rather than a place.
GENERIC = frozenset("""
street st road rd avenue ave boulevard blvd lane drive highway freeway interstate route
bridge tunnel square plaza park parkway garden gardens university college school academy
institute hospital clinic church cathedral chapel mosque temple synagogue center centre
court courthouse hall house castle palace tower building office headquarters station
airport airfield port harbour harbor pier terminal market mall store shop hotel inn
restaurant bar club stadium arena field ground grounds theatre theater museum library
zoo prison jail camp base farm ranch mill plant factory works mine dam lagoon beach island
islands lake river creek bay point mountain mount hill hills valley canyon forest woods
reserve district council department commission bank company corporation association
society union league federation ministry agency police sheriff sheriffs county city
state region province village town township borough ward side area community college
federal national international royal saint general grand great little
""".split())
#: Similarity above which another name of a town is a spelling of its main name.
VARIANT_RATIO = 0.8
#: Last words of street names: a street named after a town is not in that town.
STREET_WORDS = frozenset("street st road rd avenue ave boulevard blvd lane drive highway prospekt "
                         "square plaza alley way".split())
#: Second halves of compounds like "Russian-backed": the first half is a demonym.
DEMONYM_SUFFIXES = frozenset("backed held occupied controlled led based born made speaking "
                             "annexed allied installed appointed run owned funded supported".split())
STOPWORDS = frozenset("of the and in on at for to a an de du la le del des von van".split())
UNIT_FEATURES = {"admin1": ("admin1", "admin2"), "admin2": ("admin2", "admin1"), "city": ("city",)}


@dataclass(frozen=True)
class Query:
    """A toponym as the resolver sees it: lookup key, unit word and hint."""

    text: str
    key: str
    base: str
    unit: str | None
    hint: str | None


@dataclass(frozen=True)
class Option:
    """A candidate and how its name matched: name, variant, alias, unit, demonym, core or partial."""

    candidate: Candidate
    match: str


def parse_query(text: str, hint: str | None = None) -> Query:
    """Normalise a toponym; split ``"X, Y"`` into name and hint when no hint is given."""
    text = _POSSESSIVE.sub("", text.strip())
    if hint is None and "," in text:
        head, _, tail = text.partition(",")
        if head.strip() and tail.strip():
            text, hint = head.strip(), tail.strip()
    key = normalize(text)
    base, unit = split_unit_word(key)
    return Query(text=text, key=key, base=base, unit=unit, hint=hint)


def generate(gaz: Gazetteer, query: Query) -> list[Option]:
    """Every candidate for ``query``, each tagged with how it matched."""
    demonym = gaz.demonym(query.text) or _compound_demonym(gaz, query.key)
    if demonym is not None:
        return [Option(demonym, "demonym")]
    found = _exact(gaz, query)
    if not any(o.candidate.country_code in VARIANT_COUNTRIES for o in found):
        found += _variants(gaz, query)
    if found:
        return found
    return _partial(gaz, query)


#: How close another spelling must be to reach a village known only by its name
#: ("Mykhaylivka" → Mykhailivka, 0.91; not "Biden" → Bidyn, 0.80).
VILLAGE_RATIO = 0.85


def _variants(gaz: Gazetteer, query: Query) -> list[Option]:
    """Other romanisations of a Cyrillic name ("Elenovka" for Olenivka, "Spornoye" for
    Spirne): the same :func:`~.variants.variant_key` and close as strings."""
    key = query.base if query.unit else query.key
    if len(key) < 5:
        return []
    out = []
    wordlike = key in COMMON_WORDS or key in given_names()
    for i in gaz.variant_ids(key):
        c = gaz.candidate(i)
        if query.unit and c.feature not in UNIT_FEATURES[query.unit]:
            continue
        if c.estimated and (wordlike or similarity(key, normalize(c.name)) < VILLAGE_RATIO):
            continue  # a village known only by its name is not "Biden", "Kozmino" nor "Natalia"
        if close(key, normalize(c.name)):
            out.append(Option(c, "variant"))
    return out


def _compound_demonym(gaz: Gazetteer, key: str) -> Candidate | None:
    """"Russian-backed", "pro-Ukrainian", "Kremlin-controlled": the demonym inside."""
    words = key.split()
    if len(words) == 2 and words[0] in ("pro", "anti"):
        return gaz.demonym(words[1])
    if len(words) == 2 and words[1] in DEMONYM_SUFFIXES:
        return gaz.demonym(words[0])
    return None


def _exact(gaz: Gazetteer, query: Query) -> list[Option]:
    out: dict[int, Option] = {}
    for i in gaz.ids(query.key):
        c = gaz.candidate(i)
        match = name_match(gaz, c, query.key)
        if match == "alias" and query.unit and normalize(c.name) == query.base:
            match = "name"  # "Quebec City": Québec's own name with its unit word
        out[i] = Option(c, match)
    if query.unit and query.base:
        wanted = UNIT_FEATURES[query.unit]
        towns = []
        for i in gaz.ids(query.base):
            if i not in out:
                c = gaz.candidate(i)
                if c.feature in wanted:  # a town known by that name only as an alias stays one
                    alias = c.feature == "city" and name_match(gaz, c, query.base) == "alias"
                    out[i] = Option(c, "alias" if alias else "unit")
                elif c.feature == "city":
                    towns.append(c)
        if query.unit != "city":  # "Zaporizhia region": the oblast named after the city
            for town in sorted(towns, key=lambda c: -c.population)[:5]:
                for u in namesake_units(gaz, town):
                    if u.feature in wanted and u.id not in out:
                        out[u.id] = Option(u, "unit")
    return list(out.values())


def namesake_units(gaz: Gazetteer, town: Candidate) -> list[Candidate]:
    """The admin1 / admin2 units named after a town and containing it (Zaporizhzhia →
    Zaporizka oblast, Sumy → Sumska oblast): what "X, Zaporizhia" and "Zaporizhia
    region" mean when the unit's own names lack that spelling."""
    if town.feature != "city":
        return []
    key = normalize(town.name)
    n = min(4, max(3, len(key) - 1))
    out = []
    for feature, code in (("admin1", town.admin1_code), ("admin2", town.admin2_code)):
        unit = gaz.unit(feature, code) if code else None
        if unit is not None and normalize(unit.name)[:n] == key[:n]:
            out.append(unit)
    return out


def name_match(gaz: Gazetteer, c: Candidate, key: str) -> str:
    """``name``, ``variant`` (a spelling of the main name: "Kryvyi Rih" for "Kryvyy
    Rih") or ``alias`` (another name altogether: an old, foreign or nick name)."""
    if gaz.is_preferred(key, c.id):
        return "name"
    if c.feature != "city":
        return "alias" if gaz.is_secondary(key, c.id) else "name"
    main = normalize(c.name)
    if main == key or without_article(main) == key:
        return "name"
    return "variant" if similarity(main, key) >= VARIANT_RATIO else "alias"


def _partial(gaz: Gazetteer, query: Query) -> list[Option]:
    words = query.key.split()
    if not words or len(words) > 1 and words[-1] in STREET_WORDS:
        return []  # (a mention that normalises to nothing: punctuation, a lone apostrophe)
    core = [w for w in words if w not in QUALIFIERS]
    if core and core != words:
        found = _exact(gaz, parse_query(" ".join(core)))
        if found:
            return [Option(o.candidate, "core") for o in found]
    led = words[0] in NAME_LEADS  # "Port Rashid" is no town that Rashid is another name of
    for size in range(len(words) - 1, 0, -1):
        found = {}
        for start in range(len(words) - size + 1):
            part = words[start:start + size]
            if _informative(part, query.text):
                found.update((o.candidate.id, o) for o in _exact(gaz, parse_query(" ".join(part)))
                             if not o.candidate.estimated  # a listed village needs its full name
                             and not (led and o.match == "alias" and o.candidate.feature == "city"))
        if found:
            return [Option(o.candidate, "partial") for o in found.values()]
    return []


def _informative(part: list[str], original: str) -> bool:
    """Whether a part of a longer name can be a place name on its own."""
    if all(w in GENERIC or w in QUALIFIERS or w in STOPWORDS for w in part):
        return False
    if part[0] in STOPWORDS or part[-1] in STOPWORDS:
        return False
    if len(part) == 1 and len(part[0]) < 3:
        return part[0].upper() in original.split()
    return True
