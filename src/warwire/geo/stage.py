"""The ``places`` stage: recognise toponyms in the shared parse, resolve them together.

>>> find_places(nlp("Russian forces shelled positions near Izium on Tuesday."))[1]  # doctest: +SKIP
Place(text='Izium', start=38, end=43, role='location', name='Izyum', lat=49.20697,
      lon=37.27679, country_code='UA', admin1='Kharkivska oblast', admin2='Izyum Raion',
      feature='city', geonames_id=707292, geo_precision=2, near=True)

Resolution is per article (:meth:`Resolver.resolve_document`): every toponym
of the article is context for the others, and the dateline place
(``article.dateline.place``, "Mykolaiv, Ukraine") is added as a strong focus.

``geo_precision`` follows ACLED: 1 the named town, 2 near a town or a small
area ("near Izium", "on the outskirts of Kharkiv", "northern Kharkiv", a
district, a name the gazetteer lacks placed at the article's focus town), 3 a
region, province or country only.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass
from typing import Any

from ..analyse.nlp import doc_text
from ..record import Article, Span
from .candidate import Candidate
from .candidates import GENERIC, namesake_units
from .evidence import weigh
from .hints import adjacent_hints, inside
from .normalize import normalize, split_unit_word
from .recognise import Recogniser, Toponym
from .resolve import Mention, Resolution, Resolver
from .variants import close

#: How many times the dateline place counts among the article's mentions.
DATELINE_WEIGHT = 2
#: Towns this big named before another place ("Kharkiv, Donetsk") are a list, not "X in Y".
LIST_TOWN = 50_000
#: How far back (characters, same sentence) a place can stand in for an unknown name.
_POSSESSIVE_GAP = re.compile(r"^['\u2019]s?\s+$")
_COMMA_GAP = re.compile(r"^,\s+(?:the\s+)?$", re.IGNORECASE)
_AREAS = frozenset({"country", "admin1", "region", "water", "continent"})
_LOCK = threading.Lock()
_SHARED: dict[str, Any] = {}


@dataclass
class Place(Span):
    """A place named in the text, resolved to one gazetteer record.

    ``role``: ``location`` (where something is or happens), ``demonym``
    ("Ukrainian troops" → Ukraine) or ``metonym`` (a government acting:
    "Moscow said"); ``feature``: city, admin1, admin2, country, region, water
    or facility; ``geo_precision``: 1 the town itself, 2 near it or a small
    area, 3 a region or country only; ``near``: the text places something
    near the place rather than in it.
    """

    role: str = "location"
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature: str | None = None
    geonames_id: int | None = None
    geo_precision: int = 1
    near: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def shared() -> tuple[Recogniser, Resolver]:
    """The process-wide recogniser and resolver (the gazetteer loads on first use)."""
    with _LOCK:
        if not _SHARED:
            resolver = Resolver()
            _SHARED["rec"] = Recogniser(resolver.gaz)
            _SHARED["res"] = resolver
        return _SHARED["rec"], _SHARED["res"]


def recognise(doc: Any, recogniser: Recogniser | None = None, text: str | None = None
              ) -> list[Toponym]:
    """The toponyms of a parsed text (unresolved), in text order."""
    rec = recogniser or shared()[0]
    return weigh(rec, doc, rec.propose(doc, text))


def resolve_toponyms(toponyms: list[Toponym], text: str, dateline: str | None = None,
                     resolver: Resolver | None = None) -> list[Resolution]:
    """One :class:`Resolution` per toponym, the article's toponyms resolved together.

    Demonyms are resolved on their own: "Russian forces shelled Vremivka" is not
    evidence that Vremivka is in Russia.  A name the gazetteer places far outside
    the place its text puts it in ("Nevelske, Donetsk region": only a Nevelsky
    in Sakhalin is known) is placed at that containing place instead, flagged
    approximate.
    """
    resolver = resolver or shared()[1]
    places = [k for k, t in enumerate(toponyms) if t.role != "demonym"]
    mentions = [_mention(toponyms[k]) for k in places]
    if dateline and dateline.strip():
        mentions += [Mention(dateline.strip()) for _ in range(DATELINE_WEIGHT)]
    joint = resolver.resolve_document(mentions, text)[:len(places)] if mentions else []
    _contain(resolver, mentions[:len(places)], joint, text)
    _place_by_neighbour(mentions[:len(places)], joint, text)
    _prefer_namesake_city(resolver, [toponyms[k] for k in places], joint)
    _one_sense_per_name([toponyms[k] for k in places], joint)
    out: list[Resolution | None] = [None] * len(toponyms)
    for k, res in zip(places, joint):
        out[k] = res
    alone: dict[str, Resolution] = {}
    for k, t in enumerate(toponyms):
        if out[k] is None:
            key = t.query or t.text
            if key not in alone:
                alone[key] = resolver.resolve_document([_mention(t)])[0]
            out[k] = Resolution(_mention(t), alone[key].candidate, alone[key].score,
                                alone[key].alternatives, alone[key].approximate, alone[key].match)
    return [r for r in out if r is not None]


def _mention(t: Toponym) -> Mention:
    """The resolver's view of a toponym (a negative offset: not in the text)."""
    if t.start is None or t.start < 0:
        return Mention(t.query or t.text)
    return Mention(t.query or t.text, t.start, t.end)


def _contain(resolver: Resolver, mentions: list[Mention], results: list[Resolution],
             text: str) -> None:
    """"X, Y" / "X in Y": when no place called X lies in (or, for a town, near) any place
    called Y, X is put at Y, flagged approximate ("Nevelske, Donetsk region" when only a
    Nevelsky in Sakhalin is known).  Big towns before a bare name stay: "Kharkiv, Donetsk
    and Luhansk" is a list."""
    for i, j in adjacent_hints(mentions, text).items():
        x, y = results[i].candidate, results[j].candidate
        if x is None or y is None or x.feature in _AREAS and not results[i].approximate:
            continue
        if x.population >= LIST_TOWN and results[j].match != "unit":
            continue  # "Kharkiv, Donetsk and Luhansk"; but "X, Kherson region" is containment
        containers = (namesake_units(resolver.gaz, y) or [y]) + [
            c for c in resolver.candidates(mentions[j].text)[:20]
            if c.feature in ("country", "admin1", "admin2")]
        options = [x, *results[i].alternatives]
        if any(inside(o, c) for o in options for c in containers):
            continue
        within = _spellings_inside(resolver, mentions[i].text, containers)
        if within is not None:  # another "Vodiane" than the resolver's, inside Y
            results[i] = Resolution(results[i].mention, within, results[i].score, options[:5],
                                    False, results[i].match)
        else:
            results[i] = Resolution(results[i].mention, y, 0.0, options[:5], True, "focus")


def _spellings_inside(resolver: Resolver, name: str, containers: list[Candidate]) -> Candidate | None:
    """The likeliest place of that name, in any spelling, inside one of ``containers``:
    a surveyed point before an estimated one, then the bigger."""
    gaz, key = resolver.gaz, split_unit_word(normalize(name))[0]  # "Vodyane city" → vodyane
    ids = set(gaz.ids(key)) | {i for i in gaz.variant_ids(key) if close(key, normalize(gaz.name(i)))}
    found = [c for c in map(gaz.candidate, ids) if any(inside(c, k) for k in containers)]
    return max(found, key=lambda c: (not c.estimated, c.population), default=None)


_NAMESAKE_TOWN = 10_000  # a unit is named after a real town, not a hamlet


def _prefer_namesake_city(resolver: Resolver, toponyms: list[Toponym],
                          results: list[Resolution]) -> None:
    """A bare name that is both a city and the unit named after it means the city:
    "Mykolaiv" with no "region"/"oblast" beside it is the city, not Mykolaiv oblast."""
    for k, (t, res) in enumerate(zip(toponyms, results)):
        unit = res.candidate
        if unit is None or unit.feature not in ("admin1", "admin2") or t.unit or t.qualified:
            continue
        query, unit_name = normalize(t.query or t.text), normalize(unit.name)
        stem = query[:5]
        if len(stem) < 4 or not unit_name.startswith(stem) or unit_name == query:
            continue  # not a unit named after its town (a state called "New York" stays)
        cities = [c for c in resolver.candidates(t.query or t.text)
                  if c.feature == "city" and c.country_code == unit.country_code
                  and normalize(c.name).startswith(stem) and c.population >= _NAMESAKE_TOWN
                  and (c.admin1_code == unit.admin1_code or unit.feature == "admin2")]
        if cities:
            best = max(cities, key=lambda c: c.population)
            results[k] = Resolution(res.mention, best, res.score, res.alternatives,
                                    res.approximate, res.match)


def _one_sense_per_name(toponyms: list[Toponym], results: list[Resolution]) -> None:
    """The same bare name twice in one report is the same place: the reading most of its
    mentions got (the first on a tie, e.g. the dateline's) is given to all of them."""
    groups: dict[str, list[int]] = {}
    for k, t in enumerate(toponyms):
        if t.unit in (None, "city") and results[k].candidate is not None:
            groups.setdefault(normalize(t.text), []).append(k)
    for members in groups.values():
        ids = [results[k].candidate.id for k in members]
        best = max(dict.fromkeys(ids), key=ids.count)
        winner = results[members[ids.index(best)]]
        for k in members:
            if results[k].candidate.id != best:
                res = results[k]
                results[k] = Resolution(res.mention, winner.candidate, res.score,
                                        res.alternatives, res.approximate, res.match)


def _place_by_neighbour(mentions: list[Mention], results: list[Resolution], text: str) -> None:
    """A name the gazetteer lacks is put at the town named right before it when the text
    ties the two: a site after "Paris, the …" ("In Paris, the City Hall …"), anything
    after a possessive ("Kharkiv's Derzhprom"); otherwise it keeps the article's focus
    ("Traders in London watched Wall Street", "In Rome, Gazprom said")."""
    for i, res in enumerate(results):
        m = mentions[i]
        if res.match != "focus" or m.start is None:
            continue
        for j in range(i - 1, -1, -1):
            prev, pm = results[j], mentions[j]
            if pm.end is None or pm.end > m.start:
                continue
            if _tied(text[pm.end:m.start], m.text) and prev.candidate is not None \
                    and not prev.approximate and prev.candidate.feature in ("city", "admin2", "facility"):
                results[i] = Resolution(res.mention, prev.candidate, 0.0, res.alternatives, True,
                                        "focus")
            break


def _tied(gap: str, name: str) -> bool:
    if _POSSESSIVE_GAP.match(gap):
        return True
    return bool(_COMMA_GAP.match(gap)) and any(w in GENERIC for w in normalize(name).split())


def geoparse(doc: Any, dateline: str | None = None, *, recogniser: Recogniser | None = None,
             resolver: Resolver | None = None) -> list[tuple[Toponym, Resolution]]:
    """Recognise and resolve: every toponym with its resolution (candidate may be None)."""
    text = doc_text(doc)
    toponyms = recognise(doc, recogniser, text)
    if not toponyms:
        return []
    return list(zip(toponyms, resolve_toponyms(toponyms, text, dateline, resolver)))


def find_places(doc: Any, dateline: str | None = None, *, recogniser: Recogniser | None = None,
                resolver: Resolver | None = None) -> list[Place]:
    """The resolved places of a parsed text (``doc.text`` is what the offsets index)."""
    return [p for t, r in geoparse(doc, dateline, recogniser=recogniser, resolver=resolver)
            if (p := to_place(t, r)) is not None]


def to_place(t: Toponym, res: Resolution) -> Place | None:
    """A :class:`Place` from a toponym and its resolution (``None`` when unresolved)."""
    c = res.candidate
    if c is None:
        return None
    feature = "region" if c.feature == "continent" else c.feature
    near = t.near
    if res.approximate:
        precision = 3 if c.feature in _AREAS else 2
        near = near or c.feature not in _AREAS
    elif c.feature in _AREAS:
        precision = 3
    elif c.feature == "admin2" or near or t.qualified or c.estimated:
        precision = 2
    else:
        precision = 1
    return Place(text=t.text, start=t.start, end=t.end, role=t.role, name=c.name,
                 lat=round(c.lat, 5), lon=round(c.lon, 5), country_code=c.country_code or None,
                 admin1=c.admin1, admin2=c.admin2, feature=feature, geonames_id=c.geonames_id,
                 geo_precision=precision, near=near)


class Places:
    """Adds ``places``: the article's toponyms, resolved, as :class:`Place` spans."""

    name = "places"
    needs = ("doc",)
    adds = ("places",)

    def __init__(self, recogniser: Recogniser | None = None, resolver: Resolver | None = None):
        self.recogniser = recogniser
        self.resolver = resolver

    def __call__(self, article: Article) -> None:
        if article.doc is None:
            article.places = []
            return
        dateline = article.dateline.place if article.dateline else None
        article.places = find_places(article.doc, dateline, recogniser=self.recogniser,
                                     resolver=self.resolver)
