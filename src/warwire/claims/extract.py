"""Claims from the quotes of an article and from the journalist's own sentences.

Each sentence of a quote's words (direct, indirect or mixed, also the clause
of a reporting noun: "Moscow's claim that ..."; a belief or a finding:
"officials believe ...", "the images show ..."; not scare quotes nor
stances, nor a belief inside someone's speech, which that speech carries,
nor a belief that holds nothing to be so: "officials fear ...")
that :func:`~.read.read_clause` reads as a claim becomes one :class:`Claim`
by the quote's speaker; each sentence outside every quote
(and its speaker and cue) becomes one by the article itself, side ``media``.
A quote cued by a denial ("denied that its forces ...") gives denied claims.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from ..quotes.model import BELIEF, SCARE, SPEECH_KINDS, STANCE
from .model import ARTICLE, DENIED, Claim
from .phrases import inside
from .quantity import find_quantities, nearest
from .read import Reading, read_clause
from .sides import MEDIA, side_of
from .tables import in_class

_TRIM_LEFT = " \t\n\"'“”‘’«»—–-,;:("
_TRIM_RIGHT = " \t\n\"'“”‘’«»—–-,;:.)"
_MIN_WORDS = 3
#: quote kinds that assert nothing: scare quotes, and stances (aims, positions)
_NOT_ASSERTED = {SCARE, STANCE}


@dataclass
class Parsed:
    """The shared parse with what is read from it once: its text (``Doc.text``
    rebuilds the string at every call) and its sentences' character spans."""

    doc: Any
    text: str
    sents: list[tuple[int, int]]

    @classmethod
    def of(cls, doc: Any, text: str | None = None) -> Parsed:
        text = doc.text if text is None else text
        return cls(doc, text, [(s.start_char, s.end_char) for s in doc.sents])


def quote_sides(p: Parsed, quotes: list[Any]) -> list[str | None]:
    """The side of each quote's speaker; a speaker's side found once holds for
    the article ("Konashenkov" later takes the side his first mention gave)."""
    sides: list[str | None] = []
    known: dict[str, str] = {}
    for q in quotes:  # (the first mention says most: "Britain's U.N. ambassador Barbara Woodward"; a later
        # "Woodward said" has only her role, "Ambassador of U.N.", which would make her international)
        side = known.get(q.speaker or "") or side_of(q.speaker, q.speaker_role, _mention_context(p, q))
        if side is not None and q.speaker:
            known.setdefault(q.speaker, side)
        sides.append(side)
    return sides


def _mention_context(p: Parsed, q: Any) -> str | None:
    """The speaker mention with its apposition ("X, a spokesman for Y")."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    span = p.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    parts = [p.text[q.speaker_start:q.speaker_end]]
    for a in span.root.children:
        if a.dep_ == "appos" and not inside(a, span):
            lo, hi = a.left_edge.idx, a.right_edge.idx + len(a.right_edge.text)
            if not (lo <= (q.cue_start or -1) < hi or lo < q.start < hi):
                parts.append(p.text[lo:hi])
    return ", ".join(parts)


def quote_claims(p: Parsed, quotes: list[Any], sides: list[str | None]) -> list[Claim]:
    """Claims in the words of quotes, by their speakers."""
    out = []
    for n, q in enumerate(quotes):
        if q.kind in _NOT_ASSERTED or q.form == "object" and not _accusation(p.doc, q) or _nested(q, quotes) \
                or _unasserted(p.doc, q):
            continue
        denial = is_denial(p.doc, q)
        claimant = q.speaker or _mention(p.text, q)
        for s, e in pieces(p.text, p.sents, q.start, q.end):
            if p.text[s:s + 3].lower() == "to " or _asks(p.text, s):
                continue  # "called on Putin to deploy ...", "showed where ...": not asserted
            r = read_clause(p.doc, s, e, sides[n], quoted=True)
            if r is None:
                continue
            c = build(p, s, e, r, claimant, sides[n], n)
            if _bare_noun(p, r, c):
                continue
            if denial:
                c.negated = not c.negated
                c.set_status(DENIED, q.cue)
            out.append(c)
    return out


def _accusation(doc: Any, q: Any) -> bool:
    """"accused Moscow of shelling the plant", "blamed Kyiv for the strike": the charge is
    asserted (an object quote otherwise names or reports a thing, and asserts nothing)."""
    if q.cue_start is None:
        return False
    span = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    return span is not None and any(in_class(t.lemma_, "accuse") for t in span)


def _nested(q: Any, quotes: list[Any]) -> bool:
    """A belief or finding inside someone's speech ("said he believes X"):
    the speech already carries the claim."""
    return q.kind not in SPEECH_KINDS and any(
        o.kind in SPEECH_KINDS and o.start <= q.start and q.end <= o.end for o in quotes)


def _asks(text: str, s: int) -> bool:
    """Words that open an indirect question ("asked whether ...", "showed
    where a shell had struck"): nothing asserted."""
    first = text[s:s + 12].split(maxsplit=1)
    return bool(first) and in_class(first[0], "question")


def _unasserted(doc: Any, q: Any) -> bool:
    """A belief that holds nothing to be so: "officials fear ...", "hope"."""
    if q.kind != BELIEF or q.cue_start is None:
        return False
    span = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    return span is not None and any(in_class(t.lemma_, "unasserted") for t in span)


def is_denial(doc: Any, q: Any) -> bool:
    """Is the quote's cue a denial ("denied", "rejected", "dismissed")?"""
    if q.cue_start is None:
        return False
    span = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    return span is not None and any(in_class(t.lemma_, "deny") for t in span)


def _mention(text: str, q: Any) -> str | None:
    if q.speaker_start is None:
        return None
    return text[q.speaker_start:q.speaker_end]


def article_claims(p: Parsed, quotes: list[Any]) -> list[Claim]:
    """Claims the journalist makes in sentences no quote covers."""
    taken = _occupied(quotes)
    out = []
    for s, e in p.sents:
        if any(a < e and s < b for a, b in taken):
            continue
        for ps, pe in pieces(p.text, p.sents, s, e, that=False):
            r = read_clause(p.doc, ps, pe, None, quoted=False)
            if r is None:
                continue
            c = build(p, ps, pe, r, ARTICLE, MEDIA, None)
            if not _bare_noun(p, r, c):
                out.append(c)
    return out


def _bare_noun(p: Parsed, r: Reading, c: Claim) -> bool:
    """A casualty noun with no number ("their deaths were recorded"): a topic,
    not an assertion."""
    return c.topic == "casualties" and p.doc[r.trigger].pos_ != "VERB" and c.quantity_text is None


def _occupied(quotes: list[Any]) -> list[tuple[int, int]]:
    """Stretches of text taken by quotes: their words, speaker and cue."""
    out = []
    for q in quotes:
        if q.kind in _NOT_ASSERTED:
            continue
        ends = [x for x in (q.start, q.end, q.cue_start, q.cue_end, q.speaker_start, q.speaker_end)
                if x is not None]
        out.append((min(ends), max(ends)))
    return out


def pieces(text: str, sents: list[tuple[int, int]], start: int, end: int,
           that: bool = True) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, trimmed of marks (and of a
    reported clause's "that" when ``that``)."""
    out = []
    for k in range(max(0, bisect_right(sents, (start, len(text) + 1)) - 1), len(sents)):
        ss, se = sents[k]
        if ss >= end:
            break
        s, e = max(start, ss), min(end, se)
        while s < e and text[s] in _TRIM_LEFT:
            s += 1
        if that and text[s:s + 5].lower() == "that ":
            s += 5
        while e > s and text[e - 1] in _TRIM_RIGHT:
            e -= 1
        if len(text[s:e].split()) >= _MIN_WORDS:
            out.append((s, e))
    return out


def build(p: Parsed, s: int, e: int, r: Reading, claimant: str | None, side: str | None,
          quote: int | None) -> Claim:
    """The claim record for ``p.text[s:e]`` read as ``r``."""
    text = p.text
    c = Claim(text[s:e], s, e, claimant=claimant, side=side, topic=r.topic, actor=r.actor,
              holder=r.holder, negated=r.negated, target=r.target, quote=quote)
    if r.place is not None:
        c.place_start, c.place_end = r.place
        c.place = text[r.place[0]:r.place[1]]
    q = nearest(find_quantities(p.doc, text, s, e), p.doc, r.trigger)
    if q is not None:
        c.quantity, c.quantity_text = q.value, q.text
    return c
