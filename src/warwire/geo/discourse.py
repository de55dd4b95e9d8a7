"""The second pass of toponym recognition, and roles: what the document says.

:func:`document_pass` adds to each weak proposal what the rest of the document
says: the same name accepted elsewhere (one sense per discourse), the countries
of the confident places, a neighbour in a list, an "X, Y" pair whose Y the
gazetteer puts X in.  :func:`assign_role` then calls each kept span a
``location``, a ``demonym`` or a ``metonym`` (a government or army acting, or a
name inside an organisation's name).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from ..analyse.nlp import doc_text
from . import cues
from .docinfo import DocInfo, entity_over
from .lexicon import (ADDRESSED_VERBS, AGENT_NOUNS, AGENT_VERBS, ENVOY_TO, ORIGIN_PARTICIPLES,
                      PARTY_WITH, PLACE_SUBJECT_VERBS, RULERS_IN, STANCE_ADJECTIVES, STATE_NOUNS,
                      dictionary_words)
from .normalize import split_unit_word
from .recognise import Recogniser, Toponym, is_capitalised

if TYPE_CHECKING:
    from .evidence import Stats

#: Nouns that make a *modifying* place name a government ("Kremlin spokesman"); unlike
#: a possessive, "Ukraine war" is a war in Ukraine.
_MODIFIED_AGENTS = AGENT_NOUNS - frozenset("""war invasion offensive counteroffensive
counter-offensive occupation campaign aggression annexation aid weapons arms sanctions
""".split()) | frozenset({"secretary", "spokesmen", "press", "aides", "adviser", "advisers"})
#: Attacks a country or a capital owns are its army's ("Russia's assault", "Ukraine's
#: attacks"); a town's are made on it ("Kharkiv's shelling").
_STATE_ATTACKS = frozenset("""assault assaults attack attacks bombardment shelling strikes
blockade fight retreat withdrawal concerns interests fleet""".split())
#: Words whose "against" takes a government ("sanctions against Russia", "a case against
#: Moscow"); "the war against Ukraine" stays where it is fought.
_MEASURES_AGAINST = frozenset("""sanctions sanction measures countermeasures embargo embargoes
restrictions penalties case lawsuit complaint charges accusations allegations resolution
""".split())
#: A preposition and the words before it that make its object a government: "the government
#: of Ukraine", "talks with Russia", "ambassador to Moscow", "the regime in Tehran".
#: What a land undergoes: "the invasion of Ukraine" is made on it, "the government of
#: Ukraine" is its own.
_UNDERGONE = frozenset("invasion occupation annexation war aid weapons arms sanctions".split())
_GOVERNING_PREPS = {"of": AGENT_NOUNS - _UNDERGONE, "with": PARTY_WITH, "to": ENVOY_TO, "in": RULERS_IN,
                    "between": PARTY_WITH, "against": _MEASURES_AGAINST, "on": _MEASURES_AGAINST}
_LIST_GAPS = frozenset({",", "and", "or", "&", "/", "-", "\u2013", "\u2014"})


def document_pass(rec: Recogniser, doc: Any, info: DocInfo, props: list[Toponym],
                  stats: list[Stats], veto: list[bool]) -> None:
    """Raise the scores of the weak proposals by what the rest of the document says."""
    th = rec.threshold
    wordlike = {k for k, t in enumerate(props) if not veto[k] and _word_town(doc, t, stats[k])}
    sure = [k for k, t in enumerate(props) if not veto[k] and t.score >= th + 1.0]
    _foreign_word_towns(props, stats, veto, sure, wordlike)
    sure = [k for k in sure if not veto[k]]
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


def _foreign_word_towns(props: list[Toponym], stats: list[Stats], veto: list[bool],
                        sure: list[int], wordlike: set[int]) -> None:
    """Veto the English words that only small towns in none of the countries of the
    document's sure places bear ("Freedom to Russia!" in a report on Ukraine is not
    Freedom, NH).  A document with no other place says nothing against them."""
    home = {stats[k].main_country for k in sure if k not in wordlike
            and props[k].role != "demonym" and stats[k].main_country}
    for k in wordlike:
        if home and not home & stats[k].countries:
            veto[k] = True


#: A town smaller than this, named by an English word, needs more than its capital letter.
WORD_TOWN = 50_000


def _word_town(doc: Any, t: Toponym, st: Stats) -> bool:
    """A capitalised English word that only small towns bear ("Freedom", "Hope", "Liberty"),
    with nothing around it that says place: no locative preposition, unit word or "X, Y"."""
    if t.role == "demonym" or t.j - t.i != 1 or t.unit or st.big or st.nation \
            or st.population >= WORD_TOWN or doc[t.i].lower_ not in dictionary_words():
        return False
    tok = doc[t.i]
    nxt = doc[t.j] if t.j < len(doc) else None
    if tok.dep_ == "compound" or nxt is not None and (is_capitalised(nxt.text) or nxt.text == ","
                                                      or nxt.pos_ in ("NOUN", "PROPN")):
        return False  # part of a longer name ("Dolly Sods Wilderness"), or "X, Y"
    return not (cues.locative(doc, t.i) or cues.weak_locative(doc, t.i) or cues.glued(doc, t.i))


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


def assign_role(doc: Any, info: DocInfo, t: Toponym, state: bool = False) -> None:
    """``state``: the name is a country's or a capital's, which acts as a government
    as the subject of nearly any verb."""
    label, es, ee = entity_over(doc, info, t)
    if label in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW") \
            and (es < t.i or ee > t.j) and t.source != "facility":
        t.embedded = True  # a name inside an organisation's name: "the Kyiv Independent"
        if t.role != "demonym":
            t.role = "metonym"
        return
    if t.role == "demonym":
        return
    if _hyphened_origin(doc, t):
        t.role = "demonym"  # "US-made rockets" are American rockets: made there, nothing happens there
        return
    last = doc[t.j - 1]
    while last.dep_ == "conj" and last.head.i < last.i:
        last = last.head  # "brokered by Germany and France": as the first of the list
    if _acting(last, t.j, state) or _listed_states_act(last):
        t.role = "metonym"


def _hyphened_origin(doc: Any, t: Toponym) -> bool:
    """Is the name hyphened to a participle of origin or backing ("US-made", "Moscow-backed",
    "Kyiv-based", "U.S.-led": one token, the name a part of it)?"""
    last, j = doc[t.j - 1], t.j
    if t.end < last.idx + len(last.text):
        return doc_text(doc)[t.end + 1:last.idx + len(last.text)].lower() in ORIGIN_PARTICIPLES
    return j + 1 < len(doc) and doc[j].text in ("-", "\u2010", "\u2011") and not doc[j].whitespace_ \
        and doc[j + 1].lower_ in ORIGIN_PARTICIPLES


def _acting(last: Any, j: int, state: bool = False) -> bool:
    """Is the name whose last word is ``last`` a government or army acting or
    addressed, by the words around it?"""
    head = last.head
    dep = last.dep_
    if dep == "poss":  # "Kyiv's forces", "Russia's defence ministry"
        return head.lower_ in AGENT_NOUNS or state and head.lower_ in _STATE_ATTACKS or any(
            c.dep_ == "compound" and c.lower_ in AGENT_NOUNS - _UNDERGONE for c in head.children)
    if dep in ("compound", "nmod", "amod"):  # "Kremlin spokesman", "US lawmakers"
        return head.lower_ in _MODIFIED_AGENTS and all(  # "White House national security adviser"
            last.doc[k].dep_ in ("compound", "amod") and j <= last.doc[k].head.i <= head.i
            for k in range(j, head.i))
    if dep == "nsubj":
        return head.lemma_.lower() in AGENT_VERBS or state and _state_acts(head, last)
    if dep == "nsubjpass":  # "Moscow was urged to ...", but "Kharkiv was shelled" is where
        return head.lemma_.lower() in ADDRESSED_VERBS or state and head.lower_ in STANCE_ADJECTIVES
    if dep == "pobj":  # "brokered by Moscow", "the government of Ukraine", "talks with Russia"
        words = _GOVERNING_PREPS.get(head.lower_, frozenset())
        if state and head.lower_ == "by" and head.head.pos_ == "NOUN":
            return True  # "a counteroffensive by Ukraine", "the transfer of weapons by the UK"
        return head.dep_ == "agent" or head.head.lower_ in words or head.head.lemma_.lower() in words
    if dep in ("dobj", "obj"):
        return head.lemma_.lower() in ADDRESSED_VERBS
    return dep == "dative"  # "offered Russia a way out", "handed China a victory"


#: Words that open a list of examples of the noun before them ("countries such as", "including").
_EXAMPLE_PREPS = frozenset({"including", "like", "as", "among"})


def _listed_states_act(name: Any) -> bool:
    """A country listed as one of some states ("the countries who voted for it, including
    France", "allies such as Britain imposed sanctions", "among the nations that backed it
    were Brazil") is a government when those states act: their noun is the subject of a
    verb of acting, or of a relative clause with one."""
    noun = _states_listed(name)
    if noun is None:
        return False
    if any(c.dep_ == "relcl" and c.lemma_.lower() in AGENT_VERBS and any(
            s.dep_ == "nsubj" and s.lower_ in ("who", "that", "which") for s in c.children)
           for c in noun.children):
        return True
    return noun.dep_ == "nsubj" and _acting(noun, noun.i + 1, True)


def _states_listed(name: Any) -> Any:
    """The plural noun of states a name is listed under, by the parse: the object of
    "including" / "such as" / "like" (up the heads from there: the small parser often
    hangs "including" on the nearest noun) or of "among" before "were X"; or the noun the
    name is in apposition to."""
    head = name.head
    if name.dep_ == "appos":
        return head if head.lower_ in STATE_NOUNS else None
    if name.dep_ in ("nsubj", "attr") and head.lemma_ == "be":
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "among"]
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        return next((o for o in objs if o.lower_ in STATE_NOUNS), None)
    if name.dep_ != "pobj" or head.lower_ not in _EXAMPLE_PREPS or head.lower_ == "among":
        return None
    tok = head
    for _ in range(4):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.lower_ in STATE_NOUNS:
            return tok
        if tok.pos_ in ("VERB", "AUX"):  # "141 countries voted for it, including France"
            subject = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in STATE_NOUNS]
            if subject or tok.dep_ != "relcl":  # "countries who voted for it, including ..."
                return subject[0] if subject else None
    return None


def _state_acts(head: Any, last: Any) -> bool:
    """A country or a capital as the subject of ``head`` is a government acting: any
    verb but those of what a land is or undergoes ("Russia had lost 30 tanks", "the US is
    preparing"; not "Ukraine borders Poland", "Kyiv came under fire"); after "be", an
    adjective of a will or a mood ("the US would be relieved", "Kyiv is ready to talk")."""
    if head.pos_ not in ("VERB", "AUX") or any(
            tok.text == "(" for tok in head.doc[min(head.i, last.i):max(head.i, last.i)]):
        return False  # "Abu Dhabi and Cairo (CNN) The killing ... has shocked": a dateline
    lemma = head.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ in ("acomp", "attr") and c.lower_ in STANCE_ADJECTIVES
                   for c in head.children)
    return lemma not in PLACE_SUBJECT_VERBS
