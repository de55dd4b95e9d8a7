"""Weigh the evidence that a proposed span is a place, and give it a role.

Each proposal from :class:`~warwire.geo.recognise.Recogniser` gets a score, a
sum of small terms (positive: a place; negative: a person, an organisation or
a common word), and is kept when the score reaches the recogniser's
threshold.  Two passes: the first scores each span on its own, the second
adds what the document says — the same name accepted elsewhere (one sense per
discourse), the countries of the confident places, a neighbour in a list or
an ``X, Y`` pair.  The same name used as a person's surname in the document
("Boris Johnson" … "Johnson said") counts against it.

Roles: ``demonym`` for demonyms; ``metonym`` for a place acting as a
government or an army (subject of a verb of saying or deciding, possessive
or modifier of "forces", "government", "officials"…, or a name inside an
organisation's name); ``location`` otherwise.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..analyse.nlp import doc_sents
from . import cues
from .candidates import name_match
from .lexicon import (AGENT_NOUNS, AGENT_VERBS, COMMON_WORDS, FACILITY_HEADS, KIN_NOUNS,
                      PLACE_VERBS, TITLES, given_names)
from .normalize import split_unit_word
from .recognise import NUMERIC, Recogniser, Toponym, is_capitalised

#: Nouns that make a *modifying* place name a government ("Kremlin spokesman"); unlike
#: a possessive, "Ukraine war" is a war in Ukraine.
_MODIFIED_AGENTS = AGENT_NOUNS - frozenset("""war invasion offensive counteroffensive
counter-offensive occupation campaign aggression annexation aid weapons arms sanctions
""".split()) | frozenset({"secretary", "spokesmen", "press", "aides", "adviser", "advisers"})
_BIG_FEATURES = frozenset({"country", "admin1", "continent", "region"})
_CALENDAR = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday today yesterday tomorrow week month year day night morning
evening christmas easter""".split())
_LIST_GAPS = frozenset({",", "and", "or", "&", "/", "-", "\u2013", "\u2014"})


class DocInfo:
    """What the recogniser needs to know about the whole parse, computed once."""

    def __init__(self, doc: Any, rec: Recogniser) -> None:
        n = len(doc)
        self.label = [""] * n
        self.ent = [(0, 0)] * n
        self.person_names: set[str] = set()
        self.norm = rec.norm
        for ent in doc.ents:
            for k in range(ent.start, ent.end):
                self.label[k] = ent.label_
                self.ent[k] = (ent.start, ent.end)
            if ent.label_ == "PERSON" and ent.end - ent.start >= 2 and \
                    is_capitalised(doc[ent.start].text):
                self.person_names.add(rec.norm(doc[ent.end - 1].text))
                if ent.end - ent.start == 2 and doc[ent.start + 1].is_alpha:
                    self.person_names.add(rec.norm(doc[ent.start].text))  # a first name
        self.title_case = self._title_case_sentences(doc)
        big = [w for w in self.person_names if _big_name(rec, w)]
        self.person_names.difference_update(big)  # "Kharkiv Oblast" tagged PERSON names no one

    @staticmethod
    def _title_case_sentences(doc: Any) -> set[int]:
        """Start tokens of headline-like sentences, where capitals say little."""
        out = set()
        for sent in doc_sents(doc):
            words = [t for t in sent if t.is_alpha and len(t) > 3]
            if len(words) >= 4 and sum(is_capitalised(t.text) for t in words) >= 0.7 * len(words):
                out.update(range(sent.start, sent.end))
        return out


def _big_name(rec: Recogniser, key: str) -> bool:
    """A name with a town of 100,000 people or a country / admin1 under its own name."""
    for i in rec.gaz.ids(key)[:50]:
        c = rec.gaz.candidate(i)
        if rec.norm(c.name) == key and (c.population >= 100_000 or c.feature in _BIG_FEATURES):
            return True
    return False


def weigh(rec: Recogniser, doc: Any, proposals: list[Toponym]) -> list[Toponym]:
    """The proposals that are places, each with its score and role."""
    info = DocInfo(doc, rec)
    stats = [_candidate_stats(rec, t) for t in proposals]
    veto = [False] * len(proposals)
    for k, t in enumerate(proposals):
        t.score, veto[k] = _own_score(doc, info, t, stats[k])
    _document_pass(rec, doc, info, proposals, stats, veto)
    kept = [t for k, t in enumerate(proposals) if not veto[k] and t.score >= rec.threshold]
    for t in kept:
        _assign_role(doc, info, t)
    return kept


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
        out.population = max(out.population, c.population)
        out.nation = out.nation or (c.feature in ("country", "continent", "region")
                                    and not rec.gaz.is_secondary(key, i))
        out.big = out.big or (c.feature in _BIG_FEATURES and not rec.gaz.is_secondary(key, i))
        if c.country_code:
            out.countries.add(c.country_code)
    return out


def _own_score(doc: Any, info: DocInfo, t: Toponym, st: Stats) -> tuple[float, bool]:
    """Score from the span, its entity label and its sentence; and whether it is vetoed."""
    label, es, ee = _entity(doc, info, t)
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
        s -= 0.5 if known_place and not (surname or inside) else 1.5
        if cues.speaker_slot(doc, t) and not (big and st.own):
            s -= 1.5
    elif label == "ORG":
        if inside and t.source != "facility" and not (
                st.nation and st.own or strong and cues.leads(doc, es, t.i)
                and not cues.company(doc, es, ee)):
            return 0.0, True
        s += 0.5 if inside else -0.5
    elif label == "NORP":
        s += 0.5
    elif label:
        s -= 0.5
    elif single and first.pos_ != "PROPN":
        s -= 2.5
    if cues.titled(doc, t.i) or cues.holiday(doc, t.j) or cues.eponym(doc, t.j):
        return s - 5.0, True
    if single and first.lower_.rstrip(".") in TITLES and t.j < len(doc) \
            and is_capitalised(doc[t.j].text):
        return s - 5.0, True  # the title itself: "Miss Universe", "General Motors"
    if single and not place_label and not locative and (
            first.lower_ in COMMON_WORDS or cues.odd_case(first.text) or len(first.text) <= 3
            and not first.text.isupper()):
        return s - 2.0, True
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
    elif single and first.lower_ in given_names() and not (big and st.own or pop >= 100_000):
        if cues.before_surname(doc, t.j):
            return s - 4.0, True  # "Natalia Petrova"
        if not (locative or t.unit):
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
    if last.dep_ in ("dobj", "obj", "pobj") and last.head.lemma_.lower() in PLACE_VERBS:
        s += 1.5
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


def _entity(doc: Any, info: DocInfo, t: Toponym) -> tuple[str, int, int]:
    """The entity over the span: label and bounds without a leading "the" or a trailing "'s"."""
    label, (es, ee) = info.label[t.i], info.ent[t.i]
    if not label:  # an entity may start inside a longer gazetteer name
        label, (es, ee) = next(((info.label[k], info.ent[k]) for k in range(t.i, t.j)
                                if info.label[k]), ("", (0, 0)))
    for k in range(t.i - 1, es - 1, -1):  # "Zelenodolsk, Dnipropetrovsk": a list, not a name
        if doc[k].text in (",", ";", "(", ")"):
            es = k + 1
            break
    for k in range(t.j, ee):
        if doc[k].text in (",", ";", "(", ")"):
            ee = k
            break
    while es < ee and doc[es].lower_ in ("the", "a", "an"):
        es += 1
    while ee > es and doc[ee - 1].text in ("'s", "\u2019s", "'", "\u2019"):
        ee -= 1
    return label, es, ee


def _acronym_place(doc: Any, t: Toponym, st: Stats) -> bool:
    """"US", "UK", "EU", "KYIV" are places; "NV" only after a town ("Reno, NV")."""
    if st.nation or (st.own and st.population >= 100_000):
        return True
    return st.big and t.i >= 2 and doc[t.i - 1].text == "," and is_capitalised(doc[t.i - 2].text)


# -- second pass: the document ---------------------------------------------------------------
def _document_pass(rec: Recogniser, doc: Any, info: DocInfo, props: list[Toponym],
                   stats: list[Stats], veto: list[bool]) -> None:
    th = rec.threshold
    sure = [k for k, t in enumerate(props) if not veto[k] and t.score >= th + 1.0]
    sure_keys = {rec.norm(props[k].text) for k in sure}
    countries: Counter[str] = Counter()
    for k in sure:
        if props[k].role != "demonym" and len(stats[k].countries) == 1:
            countries.update(stats[k].countries)
    focus = {c for c, n in countries.most_common(3) if n >= 2} or set(list(countries)[:1])
    candidates = {k for k, t in enumerate(props) if not veto[k] and t.role != "demonym"}
    weak = [k for k in sorted(candidates) if props[k].score < th + 1.0]
    for k in weak:
        t = props[k]
        if rec.norm(t.text) in sure_keys:
            t.score += 2.0
        if focus & stats[k].countries:
            t.score += 1.0
        if stats[k].big and stats[k].own and _contains_previous(doc, props, candidates, k):
            t.score += 1.5  # "Zelene, Kharkiv": a region or country after a name and a comma
    accepted = {k for k, t in enumerate(props) if not veto[k] and t.score >= th}
    for k in weak:
        if _listed_with(doc, props, accepted, k):
            props[k].score += 1.0
        if _inside_next(rec, doc, props, accepted, k):
            # "shelled Toretsk, Donetsk": the gazetteer has it there, which also lifts the
            # doubt about a name only the village list knows
            props[k].score += 3.0 if stats[k].rough else 2.0


def _inside_next(rec: Recogniser, doc: Any, props: list[Toponym], accepted: set[int], k: int) -> bool:
    """"X, Y" where Y is an accepted region or country (or a town its region is named
    after) and the gazetteer has a place called X inside it."""
    m = k + 1
    if m not in accepted or props[m].role == "demonym" or props[m].i - props[k].j != 1 \
            or doc[props[k].j].text != ",":
        return False
    outer = [rec.gaz.candidate(i) for i in rec.gaz.ids(split_unit_word(rec.norm(props[m].text))[0])[:50]]
    regions = {c.admin1_code for c in outer if c.feature in ("admin1", "city") and c.admin1_code}
    countries = {c.country_code for c in outer if c.feature == "country"}
    for i in rec.gaz.ids(rec.norm(props[k].text))[:200]:
        if rec.gaz.admin1_code(i) in regions or rec.gaz.country_code(i) in countries:
            return True
    return False


def _listed_with(doc: Any, props: list[Toponym], accepted: set[int], k: int) -> bool:
    """A neighbour in a list or an "X, Y" pair is an accepted place."""
    t = props[k]
    for m in (k - 1, k + 1):
        if m < 0 or m >= len(props) or m not in accepted or props[m].role == "demonym":
            continue
        o = props[m]
        lo, hi = (o.j, t.i) if m < k else (t.j, o.i)
        if 0 < hi - lo <= 2 and all(doc[x].lower_ in _LIST_GAPS for x in range(lo, hi)):
            return True
    return False


def _contains_previous(doc: Any, props: list[Toponym], names: set[int], k: int) -> bool:
    """"Shevchenkove, Mykolaiv": right after another place name and a comma."""
    if k == 0 or k - 1 not in names or props[k - 1].role == "demonym":
        return False
    return props[k].i - props[k - 1].j == 1 and doc[props[k - 1].j].text == ","


# -- roles ----------------------------------------------------------------------------------------
def _assign_role(doc: Any, info: DocInfo, t: Toponym) -> None:
    label, es, ee = _entity(doc, info, t)
    if label in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW") \
            and (es < t.i or ee > t.j) and t.source != "facility":
        t.embedded = True  # a name inside an organisation's name: "the Kyiv Independent"
        if t.role != "demonym":
            t.role = "metonym"
        return
    if t.role == "demonym":
        return
    last = doc[t.j - 1]
    head = last.head
    if last.dep_ == "poss" and head.lower_ in AGENT_NOUNS:
        t.role = "metonym"
    elif last.dep_ in ("compound", "nmod", "amod") and head.lower_ in _MODIFIED_AGENTS \
            and head.i == t.j:
        t.role = "metonym"
    elif last.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in AGENT_VERBS:
        t.role = "metonym"
    elif last.dep_ == "pobj" and head.dep_ == "agent":
        t.role = "metonym"
    elif last.dep_ == "conj" and head.dep_ in ("nsubj", "nsubjpass") \
            and head.head.lemma_.lower() in AGENT_VERBS:
        t.role = "metonym"
