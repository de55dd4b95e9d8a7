"""Who says so: the sources of a sentence, and whether one is a belligerent.

A sentence's sources are the subjects of its reporting verbs ("…, regional
governor Vitaliy Kim said") and the objects of "according to".  A source is a
belligerent when its words name a party's military or defence authority
(``event_words.tsv``, class ``belligerent``); its side comes from the actor
table ("Russia's defence ministry" → RU).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .actors import _matcher
from .lexicon import longest, token_pairs
from .tables import words


#: a source whose own actor row is one of these speaks for a side ("Moscow said", "Russia
#: claimed", "the Ukrainian government said"): its figures for enemy losses are claims
PARTY_KINDS = frozenset({"country", "state", "government"})


@dataclass
class Source:
    text: str
    start: int
    end: int
    belligerent: bool
    side: str | None


def sources(sent: Any) -> list[Source]:
    """The attributed sources of a sentence (a spaCy Span), in text order."""
    report = words().get("report", {})
    found = []
    for k, (lower, lemma) in enumerate(token_pairs(sent)):
        if lemma == "accord" or lower == "according":
            found += [c for p in sent[k].children if p.lower_ == "to" for c in p.children
                      if c.dep_ == "pobj"]
        elif lemma in report and sent[k].pos_ in ("VERB", "AUX"):
            found += _subject(sent[k])
    return [_source(sent.doc, noun) for noun in found]


def _subject(verb: Any) -> list[Any]:
    """The reporting verb's subject; of two, the nearer ("... when three IEDs detonated
    on the road, Reuters reported": the parse gives "reported" both subjects)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    if subjects:
        return [min(subjects, key=lambda c: abs(c.i - verb.i))]
    if verb.tag_ != "VBD" or not any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
        return []
    k = verb.i - 1  # a subject the parse missed ("... - the Ukrainian army claimed they had ...")
    while k > 0 and verb.doc[k].pos_ == "ADV":
        k -= 1
    before = verb.doc[k]
    return [before] if k >= 0 and before.pos_ in ("PROPN", "NOUN") and before.i < verb.i else []


def _source(doc: Any, noun: Any) -> Source:
    left, right = noun.left_edge.i, noun.right_edge.i + 1
    left = max([left] + [t.i + 1 for t in doc[left:noun.i] if t.is_punct and t.text in "-–—("])
    span = doc[left:right]
    text = span.text.lower()
    belligerent = any(_has_phrase(text, w) for w in words().get("belligerent", {}))
    side, party = None, False
    for hit in longest(_matcher().match(token_pairs(span), left)):
        if hit.extra.country not in ("", "place"):
            side, party = hit.extra.country, hit.extra.kind in PARTY_KINDS
            break
    return Source(span.text, span.start_char, span.end_char, belligerent or party, side)


def _has_phrase(text: str, phrase: str) -> bool:
    padded = f" {text} "
    return f" {phrase} " in padded or f" {phrase}'s " in padded or f" {phrase}s " in padded


def belligerent_source(sent: Any) -> Source | None:
    """The first source of the sentence that is a party to the fighting."""
    return next((s for s in sources(sent) if s.belligerent), None)


def claim_source(sent: Any) -> Source | None:
    """Who a sentence's figures come from, if a party: its own source; for a sentence with
    no source, the party that the sentence before it quotes ("The defence ministry said
    its strikes hit a base. Up to 180 mercenaries were killed.")."""
    own = sources(sent)
    if own or sent.start == 0:
        return next((s for s in own if s.belligerent), None)
    return belligerent_source(sent.doc[sent.start - 1].sent)
