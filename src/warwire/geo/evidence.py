"""Weigh the evidence that a proposed span is a place, and give it a role.

Each proposal from :class:`~warwire.geo.recognise.Recogniser` gets a score, a
sum of small terms (positive: a place; negative: a person, an organisation or
a common word), and is kept when the score reaches the recogniser's
threshold.  Two passes: the first (here) scores each span on its own, from its
entity label (:mod:`.docinfo`), its words and its sentence; the second
(:mod:`.discourse`) adds what the document says and gives each kept span its
role — ``location``, ``demonym`` or ``metonym``.  The same name used as a
person's surname in the document ("Boris Johnson" … "Johnson said") counts
against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import cues
from .candidates import name_match
from .discourse import assign_role, document_pass
from .docinfo import BIG_FEATURES, DocInfo, entity_over
from .lexicon import (AGENT_NOUNS, ATTACK_ON, COMMON_WORDS, FACILITY_HEADS, KIN_NOUNS, PLACE_VERBS,
                      SIEGE_VERBS, TITLES, dictionary_words, given_names)
from .normalize import split_unit_word
from .recognise import NUMERIC, Recogniser, Toponym, is_capitalised

_CALENDAR = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday today yesterday tomorrow week month year day night morning
evening christmas easter""".split())


def weigh(rec: Recogniser, doc: Any, proposals: list[Toponym]) -> list[Toponym]:
    """The proposals that are places, each with its score and role."""
    info = DocInfo(doc, rec)
    stats = [_candidate_stats(rec, t) for t in proposals]
    veto = [False] * len(proposals)
    for k, t in enumerate(proposals):
        t.score, veto[k] = _own_score(doc, info, t, stats[k])
    document_pass(rec, doc, info, proposals, stats, veto)
    kept = [k for k, t in enumerate(proposals) if not veto[k] and t.score >= rec.threshold]
    for k in kept:  # a dateline ("LONDON, March 6 --") is where, whatever the parser hangs on it
        state = (stats[k].nation or stats[k].capital) and not cues.dateline(doc, proposals[k])
        assign_role(doc, info, proposals[k], state=state)
    return [proposals[k] for k in kept]


# -- first pass: the span and its sentence ------------------------------------------------------
@dataclass
class Stats:
    """What the gazetteer says about a proposed name."""

    population: int = 0      # of its most populous candidate
    big: bool = False        # a country, admin1, continent or region
    countries: set[str] = field(default_factory=set)
    nation: bool = False     # a country, continent or region
    own: bool = False        # some candidate's own name (not only an alias: "Mass", "BA")
    known: bool = False      # the gazetteer has it at all
    rough: bool = False      # only villages with estimated points (KATOTTG) bear the name
    capital: bool = False    # some candidate of its own name is a country's capital
    main_country: str = ""   # the country of its most populous candidate


def _candidate_stats(rec: Recogniser, t: Toponym) -> Stats:
    if t.role == "demonym":
        return Stats(big=True, own=True, known=True)
    key = rec.norm(t.text)
    ids = rec.gaz.ids(key)
    if not len(ids):
        key = split_unit_word(key)[0]
        ids = rec.gaz.ids(key)
    out = Stats(known=bool(len(ids)))
    out.rough = out.known and all(i in rec.gaz.estimated for i in ids[:200])
    for i in ids[:200]:
        c = rec.gaz.candidate(i)
        own = rec.norm(c.name) == key or name_match(rec.gaz, c, key) != "alias"
        out.own = out.own or own
        out.capital = out.capital or (own and c.capital)
        if c.population > out.population or not out.main_country:
            out.main_country = c.country_code or out.main_country
        out.population = max(out.population, c.population)
        out.nation = out.nation or (c.feature in ("country", "continent", "region")
                                    and not rec.gaz.is_secondary(key, i))
        out.big = out.big or (c.feature in BIG_FEATURES and not rec.gaz.is_secondary(key, i))
        if c.country_code:
            out.countries.add(c.country_code)
    return out


def _own_score(doc: Any, info: DocInfo, t: Toponym, st: Stats) -> tuple[float, bool]:
    """Score from the span, its entity label and its sentence; and whether it is vetoed."""
    label, es, ee = entity_over(doc, info, t)
    inside = bool(label) and (es < t.i or ee > t.j)
    if label in NUMERIC:
        if any(tok.like_num or tok.lower_ in _CALENDAR for tok in doc[t.i:t.j]):
            return 0.0, True
        label = ""
    if t.role == "demonym":
        if cues.eponym(doc, t.j):
            return 0.0, True
        nxt = doc[t.j] if t.j < len(doc) else None
        language = label == "LANGUAGE" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"))
        return 3.0, language or (label == "PERSON" and inside) or cues.is_language(doc, t)
    first = doc[t.i]
    if t.end < first.idx + len(first.text):  # "U.S." of "U.S.-made": a dotted abbreviation
        return (3.0, False) if st.nation else (0.0, True)
    single = t.j - t.i == 1
    place_label = label in ("GPE", "LOC")
    locative = cues.locative(doc, t.i)
    pop, big = st.population, st.big
    strong = (big and st.own) or st.nation or pop >= 20_000
    surname = info.norm(t.text) in info.person_names
    s = 0.0
    if place_label:
        s += 2.0 if inside else 3.0
    elif label == "FAC":
        s += 2.0
    elif label == "PERSON":
        if inside and t.source != "entity" and not cues.acronym(t.text) and cues.person_like(doc, es, ee, t):
            return -4.0, True
        known_place = big and st.own or pop >= 1_000_000 or (st.own and pop >= 100_000 and not single)
        struck = st.own and not (surname or inside) and _undergoes(doc, t, SIEGE_VERBS)  # "hit Avdiivka"
        s -= 0.0 if struck else 0.5 if known_place and not (surname or inside) else 1.5
        if cues.speaker_slot(doc, t) and not (big and st.own):
            s -= 1.5
    elif label == "ORG":
        if inside and t.source != "facility" and not (
                st.nation and st.own or strong and cues.leads(doc, es, t.i, t.j)
                and not cues.company(doc, es, ee)):
            return 0.0, True
        s += 0.5 if inside else -0.5
    elif label == "NORP":
        s += 0.5
    elif label:
        s -= 0.5
    elif single and first.pos_ != "PROPN":
        s -= 2.5
    if single and first.is_stop and not first.is_upper:
        return s - 5.0, True  # a capitalised function word ("in As we have been telling you")
    if cues.titled(doc, t.i) or cues.holiday(doc, t.j) or cues.eponym(doc, t.j) \
            or cues.saints_name(doc, t.i, t.j):
        return s - 5.0, True
    if single and first.lower_.rstrip(".") in TITLES and t.j < len(doc) \
            and is_capitalised(doc[t.j].text):
        return s - 5.0, True  # the title itself: "Miss Universe", "General Motors"
    if single and not place_label and not locative and (
            first.lower_ in COMMON_WORDS or cues.odd_case(first.text) or first.pos_ != "PROPN"
            and first.lower_ in dictionary_words() or len(first.text) <= 3
            and not first.text.isupper()):
        return s - 2.0, True
    if t.source == "entity" and not st.known and cues.org_after(doc, t.j):
        return s - 5.0, True  # "the Bruegel think tank": an organisation, not a place unknown
    if t.source == "entity" and not (locative or t.unit or label == "FAC"
                                     and doc[t.j - 1].lower_ in FACILITY_HEADS):
        return s, True
    if t.source == "facility":
        s += 2.0
    if single and st.known and not st.own and not st.nation:
        s -= 1.0
    if surname and t.source == "entity":
        return s, True  # "Josep Borrell" … "a letter to Borrell"
    if surname:
        s += 1.0 if place_label and (locative or t.unit) else -3.0
    elif single and first.lower_ in given_names() and not (big and st.own):
        if cues.before_surname(doc, t.j) and not (place_label and st.own and pop >= 100_000):
            return s - 4.0, True  # "Natalia Petrova", "Marina Ovsyannikova" (not Mar'ino)
        if not (locative or t.unit or pop >= 100_000):
            s -= 2.5
    if single and cues.glued(doc, t.i) and not (place_label and es == t.i):
        s -= 2.0
    if cues.among_people(doc, t, info.label):
        s -= 2.0
    if locative:
        s += 2.0
    elif cues.weak_locative(doc, t.i):
        s += 1.0
    if t.unit:
        s += 2.5
    if cues.dateline(doc, t):
        s += 3.0
    last = doc[t.j - 1]
    if _undergoes(doc, t):
        s += 1.5
    elif _attacked_on(last):
        s += 2.0
    if st.rough and not (locative or t.unit):
        s -= 1.0  # a name only a village list knows needs a preposition or "village of"
    if t.source in ("gazetteer", "facility"):
        s += 1.5 if big or pop >= 1_000_000 else 1.0 if pop >= 100_000 else \
            0.5 if pop >= 20_000 else -0.5 if pop < 1000 else 0.0
    if first.is_sent_start and not place_label and not (st.own and (big or pop >= 100_000)):
        s -= 1.0
    if last.dep_ == "poss" and last.head.lower_ in AGENT_NOUNS and (big or pop >= 100_000):
        s += 1.0  # "Kyiv's forces", "Russia's invasion"
    if t.i in info.title_case and not place_label:
        s -= 1.0
    if last.dep_ == "poss" and last.head.lower_ in KIN_NOUNS and not (big or pop >= 1_000_000):
        return s, True  # "Natalia's son": a person's family
    if cues.acronym(t.text) and not _acronym_place(doc, t, st):
        return s, True
    return s, False


def _attacked_on(last: Any) -> bool:
    """The name is what an attack is "on": "the strike on Kramatorsk", "advanced on Izium"."""
    prep = last.head
    return last.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_.lower() in ATTACK_ON


def _acronym_place(doc: Any, t: Toponym, st: Stats) -> bool:
    """"US", "UK", "EU", "KYIV" are places; "NV" only after a town ("Reno, NV")."""
    if st.nation or (st.own and st.population >= 100_000):
        return True
    return st.big and t.i >= 2 and doc[t.i - 1].text == "," and is_capitalised(doc[t.i - 2].text)


def _undergoes(doc: Any, t: Toponym, verbs: frozenset[str] = PLACE_VERBS) -> bool:
    """The object of a verb a place undergoes ("shelled Avdiivka", "captured the town"), or
    right after one whatever the tagger made of the name ("hit Bakhmut" read as an adverb)."""
    last = doc[t.j - 1]
    if last.dep_ in ("dobj", "obj", "pobj") and last.head.lemma_.lower() in verbs:
        return True
    k = t.i - 1 if t.i >= 1 and doc[t.i - 1].lower_ != "the" else t.i - 2
    return k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in verbs
