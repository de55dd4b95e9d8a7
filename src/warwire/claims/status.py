"""The status of each claim of one article.

- ``unverified``: a hedge qualifies it ("reportedly", "allegedly", "an
  apparent strike", "claimed without evidence", "is said to"), or a nearby
  sentence says it could not be verified ("Reuters could not independently
  verify the reports": the claims of that sentence, else of the two before);
- ``denied``: its quote is a denial ("denied that ..."; set when the claim is
  built), or a denial points back at it ("Kyiv rejected the claim");
- ``contested`` / ``corroborated``: another claim of the article contradicts
  or independently agrees with it (:mod:`.relate`).

A status only replaces a lower one: denied > contested > corroborated >
unverified > claimed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from .extract import Parsed, is_denial
from .model import CONTESTED, CORROBORATED, DENIED, UNVERIFIED, Claim
from .relate import CONTRADICTS, CORROBORATES, compare
from .tables import in_class, word_classes

_LOOKBACK = 2  # sentences before a verification note that it covers
#: how a noun may hang in the main line of a claim for an adjective on it to hedge the claim
_CORE = {"nsubj", "nsubjpass", "dobj", "attr", "conj", "ccomp", "xcomp", "appos", "ROOT"}
_DENIAL_LOOKBACK = 3


@lru_cache(maxsize=1)
def _hedge_pattern() -> re.Pattern[str]:
    phrases = sorted(word_classes().get("hedge", ()), key=len, reverse=True)
    alt = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


def assess(p: Parsed, claims: list[Claim], quotes: list[Any], sides: list[str | None]) -> None:
    """Set the status, ``contradicts`` and ``corroborates`` of every claim."""
    doc, text, sents = p.doc, p.text, p.sents
    for c in claims:
        q = quotes[c.quote] if c.quote is not None else None
        for s, e in _hedge_regions(c, q, sents):
            m = next((m for m in _hedge_pattern().finditer(text, s, e) if _hedges(doc, m, c)), None)
            if m:
                c.set_status(UNVERIFIED, m.group())
                break
    for sent, cue in verification_notes(doc, text, sents):
        for c in _covered(claims, sents, sent):
            c.set_status(UNVERIFIED, cue)
    _object_denials(doc, sents, claims, quotes, sides)
    relate_within(claims)


def _hedges(doc: Any, m: re.Match[str], c: Claim) -> bool:
    """Does the hedge ``m`` qualify claim ``c``?  A hedging adjective does only on
    a noun of the claim's main line ("an apparent strike hit ..."), not on one
    in an aside ("despite his purported annexation, troops retook ...") nor on
    the speaker ("the alleged victim said")."""
    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is not None and len(span) == 1 and _forecast(span[0]):
        return False
    if span is None or len(span) != 1 or span[0].dep_ != "amod":
        return True
    t = span[0].head
    if not c.start <= t.idx < c.end:
        return False
    while t.head.i != t.i and c.start <= t.head.idx < c.end:
        if t.dep_ not in _CORE:
            return False
        t = t.head
    return True


def _forecast(t: Any) -> bool:
    """"is likely to complete control within two weeks": the claimant's forecast,
    not a doubt on the claim ("are likely to have been killed" still doubts)."""
    doc = t.doc
    nxt = [doc[i].lower_ for i in range(t.i + 1, min(t.i + 3, len(doc)))]
    return t.lower_ == "likely" and nxt[:1] == ["to"] and nxt[1:2] != ["have"]


def _hedge_regions(c: Claim, q: Any, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The claim's words, and for a quote the words around its speaker and cue
    ("claimed, without providing evidence, that"), inside its sentence and
    before the quote's own words."""
    out = [(c.start, c.end)]
    if q is None or q.cue_start is None:
        return out
    ss, se = sents[_sentence(sents, q.cue_start)]
    lo = min(x for x in (q.cue_start, q.speaker_start) if x is not None)
    if c.start >= q.cue_end:  # the frame, not the quote's earlier words (a long quote runs on for paragraphs)
        out.append((max(ss, lo), min(c.start, se, q.start if q.start >= q.cue_end else c.start)))
    else:
        out.append((max(ss, min(lo, c.end)), se))
    return out


def _sentence(sents: list[tuple[int, int]], char: int) -> int:
    return max(0, bisect_right(sents, (char, 1 << 62)) - 1)


def verb_indices(doc: Any) -> list[int]:
    """Indices of the tokens tagged VERB, read off the Doc's arrays."""
    from spacy.attrs import POS
    from spacy.symbols import VERB

    return (doc.to_array([POS]) == VERB).nonzero()[0].tolist()


def verification_notes(doc: Any, text: str, sents: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(sentence index, words) of each "could not (independently) verify"."""
    out = []
    for i in verb_indices(doc):  # (the verbs only: no Token built for the other words)
        t = doc[i]
        if not in_class(t.lemma_, "verify"):
            continue
        lo = _unable(t)
        if lo is not None:
            out.append((_sentence(sents, t.idx), text[lo:t.idx + len(t.text)]))
    return out


def _unable(t: Any) -> int | None:
    """Start of the words negating verb ``t`` ("could not", "was unable to"), or None."""
    node = t
    for _ in range(3):
        for c in node.children:
            if c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no":
                return min(c.idx, node.idx, *(a.idx for a in node.children if a.dep_ == "aux"))
        if in_class(node.lemma_, "unable") or in_class(node.lower_, "unable"):
            return node.idx
        if node.head.i == node.i or node.dep_ not in ("xcomp", "acomp", "ccomp", "advcl"):
            return None
        node = node.head
    return None


def _covered(claims: list[Claim], sents: list[tuple[int, int]], sent: int) -> list[Claim]:
    """The claims a note in sentence ``sent`` speaks of: its own, else those of the
    nearest claimant before it ("... the ministry said. The report could not be
    verified" covers the ministry, not a governor quoted earlier)."""
    own = [c for c in claims if _sentence(sents, c.start) == sent]
    if own:
        return own
    before = [c for c in claims if sent - _LOOKBACK <= _sentence(sents, c.start) < sent]
    if not before:
        return []
    last = before[-1].claimant
    return [c for c in before if c.claimant == last]


def _object_denials(doc: Any, sents: list[tuple[int, int]], claims: list[Claim],
                    quotes: list[Any], sides: list[str | None]) -> None:
    """"Kyiv rejected the claim": the latest earlier claim of another side is denied."""
    made = {c.quote for c in claims}
    for n, q in enumerate(quotes):
        if n in made or q.cue_start is None or q.kind == "scare" or not is_denial(doc, q):
            continue
        here = _sentence(sents, q.cue_start)
        before = [c for c in claims if c.start < q.cue_start
                  and here - _DENIAL_LOOKBACK <= _sentence(sents, c.start)
                  and c.claimant != q.speaker and (c.side != sides[n] or c.side is None)]
        if before:
            before[-1].set_status(DENIED, q.cue)


def relate_within(claims: list[Claim]) -> None:
    """Contradictions and corroborations between the claims of one article."""
    for i, a in enumerate(claims):
        for j in range(i + 1, len(claims)):
            b = claims[j]
            rel = compare(a, b, loose=True)
            if rel == CONTRADICTS:
                a.contradicts.append(j)
                b.contradicts.append(i)
                a.set_status(CONTESTED, None)
                b.set_status(CONTESTED, None)
            elif rel == CORROBORATES:
                a.corroborates.append(j)
                b.corroborates.append(i)
                a.set_status(CORROBORATED, None)
                b.set_status(CORROBORATED, None)
