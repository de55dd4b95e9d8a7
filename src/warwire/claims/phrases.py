"""The parts of a clause a claim is made of, found in the dependency parse:
the doer, the object, the place and the side an actor phrase names."""

from __future__ import annotations

from typing import Any

from .sides import MEDIA, match_side, opposite
from .tables import in_class

_NOT_PLACE_ENTS = {"DATE", "TIME", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "NORP", "QUANTITY",
                   "PERSON"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("conj", "xcomp", "advcl", "ccomp")


def inside(t: Any, span: Any) -> bool:
    return span.start <= t.i < span.end


def obj_of(t: Any) -> Any:
    """The verb's object, or its passive subject; "control of X", "85 per cent
    of X", "a fifth of X" give X."""
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr"):
            return part_of(c)
    return None


def part_of(c: Any) -> Any:
    """"85 per cent of X", "20 of its servicemen", "control of X" → X; else ``c``."""
    if in_class(c.lemma_, "part_of") or c.like_num:
        inner = pobj(c, ("of", "over"))
        return inner if inner is not None else c
    return c


def pobj(t: Any, preps: tuple[str, ...]) -> Any:
    """The object of ``t``'s preposition among ``preps`` ("out of X" gives X)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
                if g.dep_ == "prep":
                    return pobj(c, (g.lower_,))
    return None


def doer(t: Any, span: Any) -> Any:
    """Who does ``t``: the agent of a passive, else the subject (of the verb a
    conjunct, infinitive or participle hangs from, inside ``span``)."""
    node = t
    for _ in range(4):
        for c in node.children:
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        for c in node.children:
            if c.dep_ in _SUBJECTS:
                return c
        if node.dep_ not in _CLIMB or node.head.i == node.i or not inside(node.head, span):
            return None
        node = node.head
    return None


def phrase_side(head: Any, speaker_side: str | None) -> str | None:
    """The side an actor phrase names: "Russian forces", "its troops", "the enemy"."""
    toks = [head] + [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    toks += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
    if speaker_side and speaker_side != MEDIA and any(
            in_class(x.lower_, "self") and x.pos_ == "PRON" for x in toks):
        return speaker_side  # a newspaper's "they" are others
    if any(in_class(x.lemma_, "enemy") for x in toks):
        return opposite(speaker_side)
    return match_side(" ".join(x.text for x in sorted(toks, key=lambda x: x.i)))


def place_of(t: Any, effect: str, control: bool, span: Any) -> tuple[int, int] | None:
    """Character span of the place the claim is about, inside ``span``: the
    object of a control verb ("took X"), else a locative ("in X"), else the object."""
    cands = []
    verb = t.pos_ == "VERB"
    if control:
        obj = obj_of(t) if verb else pobj(t, ("of", "over"))
        if effect == "fall":
            obj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        cands.append(obj)
    cands.append(prep_place(t))
    obj = obj_of(t) if verb else None
    if obj is not None:
        cands.append(prep_place(obj))
        if obj.ent_type_ not in ("PERSON", "ORG"):
            cands.append(obj)
    for c in cands:
        p = place_phrase(c) if c is not None else None
        if p is not None and span.start_char <= p[0] and p[1] <= span.end_char:
            return p
    return None


def prep_place(t: Any) -> Any:
    """The first place in a locative phrase of ``t`` ("in Bakhmut", "out of the centre")."""
    for c in t.children:
        if c.dep_ in ("prep", "prt", "advmod") and in_class(c.lower_, "locative") or c.dep_ == "dative":
            for g in c.children:
                if g.dep_ == "pobj" and place_phrase(g) is not None:
                    return g
                if g.dep_ in ("prep", "pobj"):  # "out of X", "in the fighting near X"
                    inner = prep_place(c if g.dep_ == "prep" else g)
                    if inner is not None:
                        return inner
    return None


def place_phrase(tok: Any) -> tuple[int, int] | None:
    """The place a noun names: a name (with its compounds and conjuncts), or a
    place noun ("the village of Pisky" → Pisky; "the city centre")."""
    if tok.ent_type_ in _NOT_PLACE_ENTS and tok.pos_ != "PROPN" or tok.pos_ == "PRON":
        return None
    if tok.ent_type_ in ("DATE", "TIME") or in_class(tok.lemma_, "people") \
            or in_class(tok.lemma_, "military") or in_class(tok.lemma_, "equipment"):
        return None
    doc = tok.doc
    if tok.ent_type_ == "PERSON" and _long_name(tok):
        return None  # "Alexander Dugin"; a lone name ("Pisky") may be a mislabelled village
    if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper()) \
            or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        lo = min([tok.i] + [c.left_edge.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
        hi = max([tok.i] + [c.right_edge.i for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"])
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    if not in_class(tok.lemma_, "place"):
        return None
    inner = pobj(tok, ("of",))
    if inner is not None and (inner.pos_ == "PROPN" or inner.text[:1].isupper()) \
            and not in_class(inner.text, "broad"):  # "the town of X", not "regions of Ukraine"
        return place_phrase(inner)
    lo = next((c.left_edge.i for c in tok.lefts
               if c.dep_ not in ("det", "poss", "nummod", "predet", "punct")), tok.i)
    hi = inner.i if inner is not None and in_class(inner.lemma_, "place") else tok.i
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _long_name(tok: Any) -> bool:
    """Is ``tok`` part of a person's name of two words or more?"""
    doc = tok.doc
    return any(0 <= j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ != "O"
               and (j > tok.i and doc[j].ent_iob_ == "I" or j < tok.i and tok.ent_iob_ == "I")
               for j in (tok.i - 1, tok.i + 1))
