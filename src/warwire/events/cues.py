"""The cues of one sentence: which event words it tells as having happened.

A photo caption tells nothing (:func:`is_caption`).  A sentence's cues
(:mod:`.lexicon`) are kept where they report something that happened: not
negated, possible or planned, not a weapon handed over, not part of a date or
of a source's name (:mod:`.reality`, :mod:`.told`, :mod:`.attribution`);
background cues are discounted (:mod:`.salience`), and the event word is the
heaviest cue nearest the root of the parse (:func:`trigger_of`).
:mod:`.detect` reads each sentence with these.
"""

from __future__ import annotations

import re
from typing import Any

from ..analyse.nlp import doc_sents, span_text
from .attribution import sources
from .classify import Scores, is_modifier, matcher, score
from .lexicon import Hit, token_pairs
from .reality import commerce, instrument, negated, unreal
from .salience import salience
from .seizure import seizures
from .told import not_told_as_happened

_CAPTION = re.compile(r"(?:\b(?:AP|AFP|Reuters|Getty|EPA|Anadolu)\b.{0,20}(?:Photo|Images|/)|"
                      r"\bREUTERS/|\bPhoto(?:graph)?:|\bPicture:|\bImage:|\(Photo\b|\bpictured\b|"
                      r"\bPhoto by\b|\bvia Getty\b)", re.I)
_CREDIT_START = re.compile(r"\s*(?:REUTERS|AFP|AP|EPA|Getty|Anadolu)\b")
_DATED = re.compile(r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?\s*$")


def is_caption(sent: Any) -> bool:
    """A photo caption or credit line left in the text: a credit in it or right after it,
    or a present-tense description closed by a date ("Smoke rises over Kharkiv, July 15, 2022.")."""
    text = span_text(sent)
    if _CAPTION.search(text):
        return True
    doc = sent.doc
    # (an empty span at the end of a Doc makes spaCy rebuild the whole text)
    after = span_text(doc[sent.end:sent.end + 4]) if sent.end < len(doc) else ""
    if _CAPTION.search(after) or _CREDIT_START.match(after):
        return True
    return bool(_DATED.search(text)) and sent.root.tag_ in ("VBZ", "VBP", "VBG")


def sentence_hits(sent: Any) -> list[Hit]:
    """The cues of a sentence that report something that happened: not negated, not
    possible or planned ("could strike", "plans to seize"), not a weapon handed over
    ("to provide rocket systems"), not the name of a source ("the air force said");
    a question reports nothing.  Weapons seized or defused are one Disrupted weapons
    cue (:mod:`.seizure`)."""
    doc = sent.doc
    if span_text(sent).rstrip().endswith("?"):
        return []
    hits = [h for h in matcher().match(token_pairs(sent), sent.start) if not _in_date(doc, h)]
    cues = frozenset(i for h in hits if h.weight > 0 and not h.key.startswith("+") for i in h.covered())
    kept = [h for h in hits if not negated(doc, h) and not unreal(doc, h) and not commerce(doc, h)
            and not not_told_as_happened(doc, h, cues) and not instrument(doc, h, cues)]
    hits = _unshadowed(kept, [h for h in hits if h not in kept])
    if hits:  # (the sources only where a cue could be inside one)
        said = [(s.start, s.end) for s in sources(sent)]
        hits = [h for h in hits if not any(a <= doc[h.start].idx < b for a, b in said)]
    return seizures(sent, hits)


def _unshadowed(kept: list[Hit], dropped: list[Hit]) -> list[Hit]:
    """A cue inside a longer cue the gate dropped is dropped with it ("do not plan any
    offensive operations": "offensive" alone is no event)."""
    spans = [set(d.covered()) for d in dropped if d.weight > 0 and not d.key.startswith("+")]
    return [h for h in kept if not any(set(h.covered()) < span for span in spans)]


def _in_date(doc: Any, h: Hit) -> bool:
    """A cue that is part of a date ("on March 3") is the month's name."""
    return all(doc[i].ent_type_ in ("DATE", "TIME") for i in h.covered())


def sentence_scores(sent: Any) -> Scores:
    """The sentence's cue scores, its background cues discounted (:mod:`.salience`)."""
    hits = sentence_hits(sent)
    factor = salience(sent.doc, hits, lambda k: not is_modifier(k))
    return score(hits, factor.__getitem__)


def trigger_of(doc: Any, s: Scores, keys: tuple[str, ...], ordered: bool = False,
               sent: Any = None) -> Any:
    """The event word: of the heaviest cues of ``keys``, the one nearest the root of the parse
    (with ``ordered``, of the first key that has a cue); the root of ``sent`` without cues."""
    found = [h for h in s.hits if h.key in keys and h.weight > 0]
    if ordered and found:
        first = min(keys.index(h.key) for h in found)
        found = [h for h in found if keys.index(h.key) == first]
    found = found or [h for h in s.hits if not h.key.startswith("+") and h.weight > 0] or s.hits
    if not found:
        return (sent if sent is not None else doc_sents(doc)[0]).root
    heaviest = max(h.weight for h in found)
    tokens = [doc[h.start:h.end].root for h in found if h.weight >= heaviest - 1]
    return min(tokens, key=lambda t: (_depth(t), t.i))


def _depth(t: Any) -> int:
    depth = 0
    while t.head.i != t.i and depth < 50:
        t, depth = t.head, depth + 1
    return depth
