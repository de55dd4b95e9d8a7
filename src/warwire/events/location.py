"""Where the event happened: one place of the sentence, with ACLED's geo_precision.

Not every place in a sentence is the event's: "Russian forces fired from
Belgorod at Kharkiv" happened in Kharkiv; "Mykolaiv governor Vitaliy Kim
said" names no location.  Each place mention of the event's sentence is
scored:

- attached to the event by a locative preposition ("in", "near", "at",
  "on", "over", "in the direction of") or as the object of the event verb
  ("shelled Kharkiv"): up; by "from" (the origin of fire): down;
- part of an office or an actor ("the Kharkiv regional administration",
  "Donetsk People's Republic"), the owner of the event ("Russia's assault") or
  the subject that launched it ("Kyiv unleashed a counterattack"): out;
- in another clause than the event word ("accused Russia of shelling the plant
  and called for sanctions on Moscow"): down;
- the more specific the better (a town over a district, a district over a
  region, a region over a country), then the one nearest the event word;
- an ACLED note's "(coded to X)" names the place outright.

geo_precision: 1 the named town, 2 "near"/"outskirts"/a district or
community coded to a town, 3 a region or country only.
"""

from __future__ import annotations

import re
from typing import Any

from ..analyse.nlp import doc_text
from .model import EventPlace
from ..geo.gazetteer import default_gazetteer
from .places import PlaceMention
from .seat import UNIT_FEATURES, seat_of
from .tables import words

AT_PREPS = frozenset({"in", "at", "on", "near", "outside", "around", "over", "above", "into",
                      "inside", "across", "throughout", "within", "towards", "toward", "to", "of",
                      "against", "nearby", "close"})
NEAR_WORDS = frozenset({"near", "outside", "around", "outskirts", "vicinity", "direction", "area",
                        "nearby", "close", "district", "districts", "community", "hromada",
                        "raion", "municipality", "surroundings", "environs", "suburbs", "axis",
                        "towards", "toward", "outskirt", "countryside", "territorial"})
OFFICE_WORDS = frozenset({"governor", "mayor", "administration", "authorities", "authority",
                          "official", "officials", "council", "ministry", "militia", "republic",
                          "head", "chief", "police", "prosecutor", "prosecutors", "government",
                          "spokesman", "spokesperson", "command", "media", "channel", "news",
                          "service", "agency", "people", "residents", "native", "deputy",
                          # an armed group named by its place ("Donetsk rebels", "Luhansk militia")
                          "rebel", "rebels", "separatist", "separatists", "forces", "troops",
                          "army", "fighters", "militants", "battalion", "brigade", "units"})
SPECIFIC = {"facility": 5, "city": 5, "admin2": 3, "water": 2, "region": 1, "admin1": 1,
            "country": 0, "continent": -1}
_CODED_TO = re.compile(r"coded to ([A-Z][\w'’\- ]+?)(?:,|\)|\]| as | region| oblast|$)")


def token_span(doc: Any, p: PlaceMention) -> Any:
    return doc.char_span(p.start, p.end, alignment_mode="expand")


def choose(doc: Any, sent: Any, trigger: Any, places: list[PlaceMention]) -> tuple[PlaceMention, int] | None:
    """The event's place among the sentence's places, and its geo_precision."""
    here = [p for p in places if sent.start_char <= p.start < sent.end_char and p.is_location]
    coded = _coded_to(sent.text, sent.start_char, here)
    if coded is not None:
        return coded, 2
    hints = _hints(doc_text(doc), here)
    scored = []
    for p in here:
        span = token_span(doc, p)
        if span is None or len(span) == 0 or id(p) in hints.values():
            continue
        score = _score(span, trigger, p)
        hint = hints.get(id(p))
        if hint is not None:  # "Vovchansk, Kharkiv": the town takes its region's place in the parse
            hint_span = token_span(doc, next(h for h in here if id(h) == hint))
            score = max(score, _score(hint_span, trigger, p)) if hint_span is not None else score
        if score > -5:
            scored.append((score, -abs(span.start - trigger.i), p, span))
    if not scored:
        return None
    _, _, best, span = max(scored, key=lambda x: (x[0], x[1]))
    return best, precision(span, best)


def _hints(text: str, places: list[PlaceMention]) -> dict[int, int]:
    """``id(town) → id(region)`` for "Town, Region" / "Town in Region" where the region contains
    the town (same first-level unit, or its country)."""
    out = {}
    for a, b in zip(places, places[1:]):
        between = text[a.end:b.start].strip().lower()
        if between not in (",", "in", "in the", "of", "near") or a.feature in ("admin1", "country"):
            continue
        inside = a.admin1 and a.admin1 == b.admin1 or b.feature == "country" and a.country_code == b.country_code
        if inside and a.name != b.name:
            out[id(a)] = id(b)
    return out


def _coded_to(text: str, offset: int, places: list[PlaceMention]) -> PlaceMention | None:
    m = _CODED_TO.search(text)
    if not m:
        return None
    name = m.group(1).strip().lower()
    for p in places:
        if p.text.lower() == name or p.start == offset + m.start(1):
            return p
    return None


def _score(span: Any, trigger: Any, p: PlaceMention) -> float:
    head = span.root
    score = float(SPECIFIC.get(p.feature or "", 2))
    prep = _governing_prep(head)
    if prep == "from":
        score -= 12 if _origin_of_person(head) else 4  # (where people come from is out)
    elif prep in AT_PREPS:
        score += 2
    elif head.dep_ in ("dobj", "obj", "nsubjpass") and head.head.i == trigger.i:
        score += 2
    if _in_office(span) or _as_actor(head, trigger):
        score -= 8
    if _other_clause(head, trigger):
        score -= 4
    if head.dep_ in ("conj", "appos") and head.head.ent_type_ in ("GPE", "LOC", "FAC", "") and \
            head.head.i < head.i and head.head.is_title and p.feature in ("admin1", "country"):
        score -= 2  # "Pechenihy, Kharkiv": the region names where the town is
    return score


def _governing_prep(head: Any) -> str | None:
    t = head
    for _ in range(3):
        if t.dep_ == "pobj":
            return t.head.lower_
        if t.dep_ in ("conj", "appos", "compound"):
            t = t.head
            continue
        break
    return None


def _as_actor(head: Any, trigger: Any) -> bool:
    """The place names the side that acts: the owner of the event ("Russia's assault on the
    port") or the subject of the verb that launched it ("Kyiv unleashed a counterattack")."""
    if head.dep_ == "poss" and head.head.i == trigger.i:
        return True
    verb, launch = trigger.head, words().get("firing", {}).keys() | words().get("onset", {}).keys()
    if head.dep_ == "nsubj" and head.head.i == trigger.i:  # "Russia attacked the capital"
        return trigger.pos_ == "VERB" and any(c.dep_ == "dobj" for c in trigger.children)
    return head.dep_ == "nsubj" and trigger.dep_ == "dobj" and head.head.i == verb.i \
        and verb.lemma_.lower() in launch


PEOPLE = ("person", "combatant", "civilian_victim", "member")


def _origin_of_person(head: Any) -> bool:
    """"a volunteer from Saint Petersburg", "refugees from Mariupol": where people come from."""
    t = head
    while t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
        t = t.head
    noun, w = t.head.head, words()
    return noun.pos_ == "NOUN" and any(noun.lemma_.lower() in w.get(c, {}) for c in PEOPLE)


#: Clauses of their own: a place inside one is not where the other clause's event happened.
FINITE_DEPS = frozenset({"conj", "relcl", "ccomp", "parataxis", "csubj"})


def _other_clause(head: Any, trigger: Any) -> bool:
    """The place and the event word are in different clauses: "accused Russia of shelling the
    plant and called for sanctions on Moscow", "said after the strike on the town that Kyiv
    ..." (a participle or an infinitive of the event's clause is no clause of its own)."""
    up = {t.i for t in trigger.ancestors} | {trigger.i}
    t, path = head, []
    while t.i not in up and t.head.i != t.i:
        path.append(t)
        t = t.head
    lca = t
    path += [x for x in [trigger, *trigger.ancestors] if x.i != lca.i and lca.i in {a.i for a in x.ancestors}]
    return any(_clause(x) and not _shared_toll(x) for x in path)


def _shared_toll(t: Any) -> bool:
    """"Two were killed and three wounded in an attack on X": a casualty verb joined to
    another tells the same event, not a clause of its own."""
    toll = words().get("death", {}).keys() | words().get("injury", {}).keys()
    return t.dep_ == "conj" and t.lemma_.lower() in toll and t.head.lemma_.lower() in toll


def _clause(t: Any) -> bool:
    if t.pos_ not in ("VERB", "AUX"):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
    return t.dep_ in FINITE_DEPS or t.dep_ == "advcl" and own_subject


def _in_office(span: Any) -> bool:
    """The place names an office or an actor, not a location ("Kharkiv governor")."""
    root = span.root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    words = {root.head.lower_} if root.dep_ in ("compound", "amod", "poss", "nmod") else set()
    if nxt is not None:
        words.add(nxt.lower_)
        if nxt.lower_ in ("regional", "military", "city", "oblast", "people", "'s") and nxt.i + 1 < len(span.doc):
            words.add(span.doc[nxt.i + 1].lower_)
    return bool(words & OFFICE_WORDS)


def precision(span: Any, p: PlaceMention) -> int:
    """1 the town itself, 2 near it or a district of it, 3 a region or country only."""
    if p.feature in ("admin1", "country", "region", "continent", "water"):
        return 3
    window = span.doc[max(span.sent.start, span.start - 5):min(span.sent.end, span.end + 3)]
    if p.near or p.approximate or any(t.lower_ in NEAR_WORDS for t in window) or p.feature == "admin2":
        return 2
    return 1


def to_event_place(p: PlaceMention, geo_precision: int) -> EventPlace:
    """The event's place; a region or district the text names no town in goes to its seat,
    as ACLED codes it (:mod:`.seat`)."""
    seat = seat_of(p, default_gazetteer()) if p.feature in UNIT_FEATURES else None
    if seat is not None:
        return EventPlace(seat.name, seat.lat, seat.lon, p.admin1, p.admin2, p.country_code,
                          seat.geonames_id, geo_precision, p.text, p.feature)
    return EventPlace(p.name, p.lat, p.lon, p.admin1, p.admin2, p.country_code, p.geonames_id,
                      geo_precision, p.text, p.feature)


def country_place(code: str) -> EventPlace:
    """A whole country as the event's place (precision 3), from the gazetteer's country record."""
    c = default_gazetteer().unit("country", code)
    if c is None:
        return EventPlace(country_code=code)
    return EventPlace(c.name, c.lat, c.lon, None, None, code, c.geonames_id, 3, None, "country")


def focus(places: list[PlaceMention]) -> PlaceMention | None:
    """The article's most mentioned resolved place, the most specific on a tie."""
    counts: dict[tuple[float, float], list[PlaceMention]] = {}
    for p in places:
        if p.resolved and p.role == "location":
            counts.setdefault((p.lat, p.lon), []).append(p)  # type: ignore[arg-type]
    if not counts:
        return None
    group = max(counts.values(), key=lambda g: (len(g), SPECIFIC.get(g[0].feature or "", 2), -g[0].start))
    return group[0]
