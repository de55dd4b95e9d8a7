"""Reporting nouns: attributions a noun carries for the one who owns it.

"Moscow's claim that its troops had taken the town", "the governor's
warning that more strikes would follow", "Kyiv's plan to retake the south":
a noun of ``data/reporting_nouns.txt`` with a holder (a possessive, or "by"
and a name: "the claim by the ministry that ...") and a content (a
that-clause, ``form`` noun; or, for the nouns that take one, an infinitive,
``form`` object) gives a quote of its class's kind (indirect, belief,
finding, stance).  A noun with no holder ("allegations that ...") or no
clause ("his remarks") gives nothing: no one, or nothing, to attribute.
The source as written keeps its possessive ending ("Moscow's"); the
speaker mention drops it.
"""

from __future__ import annotations

from typing import Any

from .content import trim
from .context import Context
from .indirect import mention_span
from .lexicon import reporting_nouns
from .model import BELIEF, FINDING, INDIRECT, STANCE, Cue

KINDS = {"speech": INDIRECT, "cognition": BELIEF, "evidence": FINDING, "stance": STANCE}

#: owners that hold nothing: the writer's own view, a question word
_NO_HOLDER = {"my", "our", "whose", "i", "we"}
_CASE = ("'s", "’s", "'", "’")


def find_noun_cues(ctx: Context) -> list[Cue]:
    """Every reporting noun with a holder and a content, in text order."""
    nouns = reporting_nouns()
    out = []
    for i in ctx.where(1, ctx.ids(set(nouns))):
        tok = ctx.doc[i]
        if tok.pos_ != "NOUN" or ctx.quoted(i) >= 0:
            continue  # words inside a quote belong to the quote
        klass, flags = nouns[tok.lemma_.lower()]
        cue = _noun_cue(tok, KINDS.get(klass, INDIRECT), flags, ctx)
        if cue is not None:
            out.append(cue)
    return out


def _noun_cue(n: Any, kind: str, flags: frozenset[str], ctx: Context) -> Cue | None:
    holder = _holder(n, ctx)
    if holder is None:
        return None
    content, form = _clause(n, flags, ctx)
    if content is None:
        return None
    written = mention_span(holder, ctx)  # "Moscow's": the source as written
    cue = Cue(n.i, (n.idx, n.idx + len(n.text)), kind, subject=holder.i,
              source=_owner(written, ctx), mention=written, form=form)
    cue.content = content
    return cue


def _holder(n: Any, ctx: Context) -> Any | None:
    """The owner of noun ``n``: "Moscow's claim", "the claim by the ministry"."""
    for c in n.children:
        if c.dep_ == "poss" and c.lower_ not in _NO_HOLDER:
            return c if ctx.quoted(c.i) < 0 and ctx.lead_end(c.idx) < 0 else None
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > n.i:
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
            return objs[0] if objs and ctx.quoted(objs[0].i) < 0 else None
    return None


def _clause(n: Any, flags: frozenset[str], ctx: Context) -> tuple[tuple[int, int] | None, str]:
    """The clause after ``n`` that says what it claims: "that ..." (form
    noun), or for the nouns that take one, "to ..." (form object)."""
    for c in n.children:
        if c.i < n.i or c.dep_ not in ("acl", "ccomp", "relcl", "xcomp"):
            continue
        if any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children):
            return trim(ctx, c.left_edge.i, c.right_edge.i), "noun"
        if "to" in flags and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children):
            return trim(ctx, c.left_edge.i, c.right_edge.i), "object"
    return None, "noun"


def _owner(span: tuple[int, int], ctx: Context) -> tuple[int, int]:
    """The holder's phrase without its possessive ending ("Moscow's" → Moscow)."""
    s, e = span
    text = ctx.text[s:e]
    for end in _CASE:
        if text.endswith(end) and len(text) > len(end):
            return s, e - len(end)
    return s, e
