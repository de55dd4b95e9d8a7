"""Frames: a cue set inside or after the sentence it reports.

- an "as" frame: "As the minister said on Monday, the bridge will reopen";
- a closing frame: "..., the source added on Monday.", all of the sentence
  before it reported, also when the parser gave the words before it no
  clause ("People like Scott, he said."; a headline's "Towns without power
  for a third day, officials say.").
"""

from __future__ import annotations

from typing import Any

from .context import Context, trim
from .lexicon import quote_words, reporting_verbs

def as_host(v: Any, ctx: Context, obj: Any = None) -> list[tuple[int, int]]:
    """The clause an "as" frame reports, in its halves: "As the minister said
    on Monday, the bridge will reopen", "RT, as Simonyan put it, is ...".
    ``obj`` is the phrase's own object ("put it"); any other object or clause
    of the verb makes it no frame ("as he said goodbye")."""
    h = v.head
    if v.lemma_.lower() not in quote_words("as_frame"):
        return []  # "as they yelled, ..." and "as leaders agreed ..." tell when, not who says
    if v.dep_ != "advcl" or h.i == v.i or not ctx.same_paragraph(h.i, v.i) or not any(
            m.dep_ == "mark" and m.lower_ == "as" and m.i == v.left_edge.i for m in v.children):
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and (obj is None or c.i != obj.i) for c in v.children):
        return []
    first = max(h.left_edge.i, ctx.paragraph_first(v.i))
    spans = [trim(ctx, first, v.left_edge.i - 1), trim(ctx, v.right_edge.i + 1, h.right_edge.i)]
    return [s for s in spans if s]


def closing_frame(v: Any, ctx: Context) -> bool:
    """Does the sentence end with ", <speaker> <verb>." ("..., the source
    added on Monday.")?  Then all of the sentence before it is reported."""
    doc = ctx.doc
    subj = frame_subject(v)
    if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return False
    if any(t.head.i != v.i for t in doc[subj.right_edge.i + 1:v.i] if not (t.is_punct or t.is_space)):
        return False  # only the verb's own words ("has also", "later") between speaker and verb
    after = [t for t in doc[v.i + 1:ctx.sent_end(v.i)] if not (t.is_punct or t.is_space)]
    return all(v.is_ancestor(t) and t.dep_ not in ("ccomp", "dobj") for t in after)


_SETTING = {"advcl", "advmod", "npadvmod", "prep", "mark", "cc", "intj"}


def fragment(v: Any, ctx: Context) -> tuple[int, int] | None:
    """Words the parser gave no clause before a closing frame of speech ("People
    like Scott, he said.", a headline's "Language unclear on ..., experts say."),
    unless they set the scene of the verb itself ("A week earlier, Scott was speaking")."""
    if reporting_verbs().get(v.lemma_.lower()) != "speech" or not closing_frame(v, ctx):
        return None
    first = max(ctx.sent_start(v.i), ctx.paragraph_first(v.i))
    last = frame_subject(v).left_edge.i - 2
    words = v.doc[first:last + 1]
    if any(t.head.i == v.i and t.dep_ in _SETTING for t in words):
        return None
    return first, last


def frame_subject(v: Any) -> Any | None:
    """The subject nearest before the verb: the speaker of a closing frame even
    when the parser made the reported words a subject too ("People like
    Scott, he said")."""
    subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
    return subj[-1] if subj else None
