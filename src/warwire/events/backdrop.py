"""Territory cues told as the backdrop of a sentence's news, not as news.

- a capture named as a means, a cause or a time ("secured a land corridor with the
  capture of Mariupol", "since the capture of Kherson", "after the fall of Lyman") or
  as a perfect participle ("having taken control of the region of Kherson"): it
  happened before, on a day the sentence does not give, so it is no event of this
  report (ACLED codes it on its own day);
- a capture in a clause of the future ("referendums would make sense when Russian
  forces complete the capture", "once Ukraine retakes Kherson"): a present tense after
  "when", "once", "if", "until" tells what has not happened.

A sentence that names the day keeps the cue ("after the capture of Lyman on Saturday").
"""

from __future__ import annotations

from typing import Any

from .clause import PRESENT

BACKDROP_PREPS = frozenset({"with", "since", "after", "following", "before", "despite", "amid",
                            "upon", "given"})
FUTURE_MARKS = frozenset({"when", "once", "if", "unless", "until", "after", "before", "as soon"})


def backdrop(noun: Any, verb: Any, dated: bool) -> bool:
    """Whether a territory cue at ``noun`` (its clause's verb ``verb``) is backdrop."""
    return not dated and (_named_as_backdrop(noun) or _having_done(verb)) or _future_clause(verb)


def _named_as_backdrop(noun: Any) -> bool:
    """"with the capture of Mariupol", "since the fall of Kherson"."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in BACKDROP_PREPS


def _having_done(verb: Any) -> bool:
    """"having taken control of the region": a perfect participle, told as done before."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def _future_clause(verb: Any) -> bool:
    """A present tense in a clause of "when", "once", "if": the future or a condition."""
    t = verb
    for _ in range(3):  # up from "complete" of "complete the capture" through its chain
        if t.dep_ == "advcl":
            marks = {c.lower_ for c in t.children if c.dep_ in ("mark", "advmod")}
            return bool(marks & FUTURE_MARKS) and t.tag_ in PRESENT
        if t.head.i == t.i or t.dep_ not in ("xcomp", "conj", "ccomp"):
            return False
        t = t.head
    return False
