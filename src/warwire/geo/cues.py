"""Cues around a span in the parse: what the words next to a name say about it.

Each function looks at a proposed toponym (token indices ``i:j`` of a spaCy
``Doc``) and its neighbours — a title before it, a surname after it, a
locative preposition, a disease or a treaty named after it, a dateline — and
answers yes or no; :mod:`.evidence` turns the answers into a score.
"""

from __future__ import annotations

from typing import Any

from .lexicon import (AGENT_NOUNS, COMMON_WORDS, EPONYM_NEXT, GENERIC_ALONE, LANGUAGE_NEXT,
                      LANGUAGE_VERBS, LOCATIVE_PREPS, NOT_LOCATIVE_BEFORE_TO, ORG_AFTER, TITLES, UNIT_AFTER,
                      UNIT_BEFORE, WEAK_LOCATIVE_PREPS, given_names)
from .recognise import Toponym, is_capitalised

#: Words before a name that qualify it without changing the place ("northern Kharkiv").
QUALIFIERS = frozenset("""north south east west northern southern eastern western central
northeastern northwestern southeastern southwestern north-eastern north-western south-eastern
south-western russian-occupied occupied liberated frontline front-line""".split())
SAY = frozenset("""say tell add note explain recall admit write ask reply answer testify
insist argue claim state""".split())
ORG_HEADS = frozenset("""police department council commission committee court school schools
university college hospital club association authority board office agency service services
times post herald tribune gazette journal news press""".split())


def before_surname(doc: Any, j: int) -> bool:
    """A capitalised name word right after a given name: "Natalia Petrova"."""
    if j >= len(doc) or not doc[j - 1].whitespace_:
        return False
    nxt = doc[j]
    return is_capitalised(nxt.text) and nxt.is_alpha and nxt.pos_ == "PROPN" \
        and nxt.lower_ not in GENERIC_ALONE and nxt.lower_ not in UNIT_AFTER


def speaker_slot(doc: Any, t: Toponym) -> bool:
    """A person's slots: subject of "said", possessor ("Jones' appointment")."""
    last = doc[t.j - 1]
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_.lower() in SAY:
        return True
    return last.dep_ == "poss" or (t.j < len(doc) and doc[t.j].text in ("'", "\u2019"))


def person_like(doc: Any, es: int, ee: int, t: Toponym) -> bool:
    """Whether the rest of a PERSON entity looks like a name ("Boris Johnson"), not like
    an organisation the tagger misread ("Alexandria Police")."""
    others = [tok for tok in doc[es:ee] if tok.i < t.i or tok.i >= t.j]
    return all(is_capitalised(tok.text) and tok.lower_ not in COMMON_WORDS
               and tok.lower_ not in AGENT_NOUNS and tok.lower_ not in GENERIC_ALONE
               and tok.lower_ not in ORG_HEADS for tok in others if tok.is_alpha)


def org_after(doc: Any, j: int) -> bool:
    """An organisation noun right after the name: "Bruegel think tank", "Razumkov Centre"."""
    if j >= len(doc):
        return False
    word = doc[j].lower_
    if word == "think":
        return j + 1 < len(doc) and doc[j + 1].lower_ in ("tank", "tanks", "-")
    return word in ORG_AFTER


def dateline(doc: Any, t: Toponym) -> bool:
    """"WASHINGTON (AP) —", "KYIV, Ukraine —": a capitalised place opening a line."""
    if not t.text.isupper() or len(t.text) < 3:
        return False
    prev = doc[t.i - 1] if t.i else None
    if prev is not None and not ("\n" in prev.whitespace_ or prev.text in (".", "\n")
                                 or doc[t.i].is_sent_start):
        return False
    nxt = doc[t.j] if t.j < len(doc) else None
    return nxt is not None and nxt.text in ("(", ",", "-", "\u2013", "\u2014", ":")


def glued(doc: Any, i: int) -> bool:
    """A name right after another capitalised name word is part of a longer name
    ("Taco Bell", "Jaime King", "Charles Webb Center"), not a place of its own."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if not prev.whitespace_ or not is_capitalised(prev.text) or prev.is_sent_start:
        return False
    if prev.pos_ not in ("PROPN", "NOUN", "ADJ") or prev.is_stop:
        return False
    word = prev.lower_.rstrip(".")
    return word not in QUALIFIERS and word not in GENERIC_ALONE and word not in TITLES


def leads(doc: Any, ent_start: int, i: int, j: int | None = None) -> bool:
    """A name that leads an organisation's name ("Kyiv Independent", "the Washington Post")
    or ends it after its "of" ("University of California"), not one inside it ("Taco
    Bell", "the Observatory for Human Rights"); ``j`` is the end of the name."""
    k = ent_start
    while k < i and (doc[k].lower_ in ("the", "a", "an") or doc[k].lower_ in QUALIFIERS):
        k += 1
    if k == i:
        return True
    if doc[i - 1].lower_ not in ("of", "in", "for", "de"):
        return False
    return j is None or j >= len(doc) or not is_capitalised(doc[j].text)


def saints_name(doc: Any, i: int, j: int) -> bool:
    """"St. Mary's College", "Saint Anne's": a saint's name owning the next name is a
    church's or a school's, not the town called after the saint."""
    if doc[i].lower_.rstrip(".") not in ("st", "saint", "ste", "san", "santa") or j - i != 2 \
            or doc[i + 1].lower_ not in given_names():
        return False  # "St. Petersburg's airport" is the city's
    return j + 1 < len(doc) and doc[j].text in ("'s", "\u2019s", "'", "\u2019") \
        and is_capitalised(doc[j + 1].text)


def eponym(doc: Any, j: int) -> bool:
    """"Marburg virus", "Spanish flu", "the Minsk II agreement": the place names something else."""
    while j < len(doc) and (doc[j].like_num or doc[j].text in ("I", "II", "III", "IV", "-")):
        j += 1
    return j < len(doc) and doc[j].lower_ in EPONYM_NEXT


def holiday(doc: Any, j: int) -> bool:
    """"St. Patrick's Day", "Victoria Day": a day named after someone, not a place."""
    k = j + 1 if j < len(doc) and doc[j].text in ("'s", "\u2019s") else j
    return k < len(doc) and doc[k].text == "Day"


def acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 4 and text.isupper()


def odd_case(text: str) -> bool:
    """Capitals inside a word that is not all capitals: "MoD", "UConn", "iPhone"."""
    return not text.isupper() and any(c.isupper() for c in text[1:])


def titled(doc: Any, i: int) -> bool:
    """A title before the name: "President X", "Mr. X", "Gen. Valery X"."""
    for k in (i - 1, i - 2):
        if k < 0:
            return False
        word = doc[k].lower_.rstrip(".")
        if word in TITLES or doc[k].lower_ in TITLES:
            return k == i - 1 or is_capitalised(doc[i - 1].text)
        if k == i - 1 and not is_capitalised(doc[k].text):
            return False
    return False


#: "the outskirts of X", "in the direction of X", "the area of X": X is a place.
_AREA_OF = frozenset("""outskirts suburbs north south east west centre center direction area
vicinity environs approaches""".split())


def locative(doc: Any, i: int) -> bool:
    """A locative preposition before the name, allowing "the" and a qualifier between."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (doc[k].lower_ in ("the", "of") and k == i - 1
                                     or doc[k].lower_ in QUALIFIERS):
        if doc[k].lower_ == "of":
            return k >= 1 and (doc[k - 1].lower_ in UNIT_BEFORE or doc[k - 1].lower_ in _AREA_OF)
        k -= 1
    return k >= 0 and doc[k].lower_ in LOCATIVE_PREPS


def weak_locative(doc: Any, i: int) -> bool:
    """"to", "via", "between" before the name: a place as often as a person or a thing."""
    k = i - 1 if i >= 1 and doc[i - 1].lower_ != "the" else i - 2
    if k < 0 or doc[k].lower_ not in WEAK_LOCATIVE_PREPS:
        return False
    return not (doc[k].lower_ == "to" and k >= 1 and doc[k - 1].lower_ in NOT_LOCATIVE_BEFORE_TO)


def is_language(doc: Any, t: Toponym) -> bool:
    nxt = doc[t.j] if t.j < len(doc) else None
    if nxt is not None and nxt.lower_ in LANGUAGE_NEXT:
        return True
    if nxt is not None and nxt.text in ("-", "\u2010") and t.j + 1 < len(doc) \
            and doc[t.j + 1].lower_ in LANGUAGE_NEXT:
        return True
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.lower_ == "in" and (
            nxt is None or (nxt.is_punct and nxt.text not in ("-", "\u2010")) or nxt.pos_ == "CCONJ"):
        return True
    tok = doc[t.j - 1]
    return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in LANGUAGE_VERBS


def among_people(doc: Any, t: Toponym, labels: list[str]) -> bool:
    """A name listed with people ("their daughters Eleanor, Agnessa and Angelina") is one."""
    last = doc[t.j - 1]
    linked = [last.head] if last.dep_ in ("conj", "appos") else []
    linked += [c for c in last.children if c.dep_ in ("conj", "appos")]
    return any(labels[tok.i] == "PERSON" and tok.lower_ in given_names()
               and not (t.i <= tok.i < t.j) for tok in linked)


#: Last words of company names: a place name in one is a brand, not a place.
CORPORATE = frozenset("""inc inc. ltd ltd. llc plc corp corp. co co. ag gmbh sa nv bv oy ab
holdings group platforms technologies airlines airways bank""".split())


def company(doc: Any, es: int, ee: int) -> bool:
    """An organisation's name that is a company's ("Meta Platforms Inc", "Odesa Airlines")."""
    return any(tok.lower_ in CORPORATE for tok in doc[es:ee])
