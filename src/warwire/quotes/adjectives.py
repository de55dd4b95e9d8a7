"""Attributions carried by an adjective said of its subject: "officials are
confident that the line will hold" (a belief), "Ankara has been critical of
the deal" (a stance).  The adjectives are ``data/reporting_adjectives.txt``;
the holder is the subject of the verb the adjective completes, found as for
verbs (:mod:`.attribution`), and the cue runs from that verb's group to the
adjective (and its preposition)."""

from __future__ import annotations

from typing import Any

from .attribution import KINDS, holder
from .context import Context, trim
from .indirect import reports, verb_group_start
from .lexicon import reporting_adjectives
from .mention import mention_span, relative_mention
from .model import STANCE, Cue


def find_adjective_cues(ctx: Context) -> list[Cue]:
    """Every reporting adjective with a holder and a content, in text order."""
    table = reporting_adjectives()
    out = []
    for adj in ctx.cue_words(set(table), "ADJ"):
        if adj.dep_ != "acomp":
            continue
        klass, preps = table[adj.lemma_.lower()]
        cue = _adjective_cue(adj, KINDS[klass], preps, ctx)
        if cue is not None:
            out.append(cue)
    return out


def _adjective_cue(adj: Any, kind: str, preps: frozenset[str], ctx: Context) -> Cue | None:
    v = adj.head
    if not reports(v, negation=kind == STANCE):
        return None
    subj = holder(v, ctx)
    if subj is None:
        return None
    content, end = _content(adj, preps, ctx)
    if content is None:
        return None
    cue = Cue(v.i, (verb_group_start(v), end), kind, subject=subj.i, source=mention_span(subj, ctx),
              mention=relative_mention(v) or mention_span(subj, ctx, clauses=True),
              form="object" if end > adj.idx + len(adj.text) else "clause")
    if content[1] <= cue.source[0] or cue.source[1] <= content[0]:
        cue.content = content
        return cue
    return None


def _content(adj: Any, preps: frozenset[str], ctx: Context) -> tuple[tuple[int, int] | None, int]:
    """The that-clause after the adjective (or after its verb), or the object of
    one of its prepositions; and where the cue ends."""
    end = adj.idx + len(adj.text)
    for c in list(adj.children) + list(adj.head.children):
        if c.i <= adj.i:
            continue
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return trim(ctx, c.left_edge.i, c.right_edge.i), end
        if c.dep_ == "prep" and c.lower_ in preps and c.head.i == adj.i:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return trim(ctx, objs[0].left_edge.i, objs[0].right_edge.i, word=True), c.idx + len(c.text)
    return None, end
