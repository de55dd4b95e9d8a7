"""Reporting phrases: a verb and its object that report together where the
verb alone does not ("made clear that the troops would stay", "took issue
with the report", "raised concerns about the evacuation"), from
``data/reporting_phrases.tsv``.  The cue runs from the verb group to the
object (and its preposition); the speaker is the verb's, as for any cue.
"""

from __future__ import annotations

from typing import Any

from .frames import as_host
from .context import Context, trim
from .indirect import reports, verb_group_start
from .lexicon import reporting_phrases
from .mention import mention_span, relative_mention, subject_of
from .model import BELIEF, FINDING, STANCE, Cue

#: lexicon class → cue kind: "speech" for speech cues, else the quote kind
_KINDS = {"speech": "speech", "cognition": BELIEF, "evidence": FINDING, "stance": STANCE}

_OBJECT_DEPS = {"dobj", "ccomp", "acomp", "oprd", "attr"}
_CLAUSE_DEPS = {"ccomp", "advcl", "acl"}


def find_phrase_cues(ctx: Context) -> list[Cue]:
    """Every reporting phrase with a speaker and a content, in text order: a
    speech cue has kind "speech"; a belief, finding or stance its quote kind."""
    table = reporting_phrases()
    out = []
    for v in ctx.cue_words(set(table), "VERB"):
        if not reports(v):
            continue
        obj = next((c for c in v.children if c.dep_ in _OBJECT_DEPS and c.i > v.i
                    and (v.lemma_.lower(), c.lemma_.lower()) in table[v.lemma_.lower()]), None)
        if obj is not None:
            cue = _phrase_cue(ctx, v, obj, *table[v.lemma_.lower()][(v.lemma_.lower(), obj.lemma_.lower())])
            if cue is not None:
                out.append(cue)
    return out


def _phrase_cue(ctx: Context, v: Any, obj: Any, kind: str, flags: frozenset[str]) -> Cue | None:
    subj = subject_of(v)
    if subj is None or ctx.quoted(subj.i) >= 0 or not ctx.same_paragraph(subj.i, v.i):
        return None
    found = _content(ctx, v, obj, flags)
    if found is None:
        return None
    content, cue_end = found
    cue = Cue(v.i, (verb_group_start(v), max(cue_end, obj.idx + len(obj.text))), _KINDS.get(kind, "speech"), subject=subj.i,
              source=mention_span(subj, ctx), mention=relative_mention(v) or mention_span(subj, ctx, clauses=True))
    cue.content = content
    cue.form = "object" if cue_end else "clause"
    return cue


def _content(ctx: Context, v: Any, obj: Any, flags: frozenset[str]) -> tuple[tuple[int, int], int] | None:
    """The that-clause or the preposition's object after the phrase, or the
    clause an "as" frame reports ("As Kuleba put it, ..."), with where the cue
    ends (0 for a clause)."""
    if "as" in flags:
        spans = as_host(v, ctx, obj)
        return (spans[-1], 0) if spans else None
    for host in (obj, v):
        for c in host.children:
            if c.i <= obj.i:
                continue
            if c.dep_ == "prep" and c.lower_ in flags:
                objs = [d for d in c.children if d.dep_ in ("pobj", "pcomp")]
                span = trim(ctx, objs[0].left_edge.i, objs[0].right_edge.i) if objs else None
                if span:
                    return span, c.idx + len(c.text)
            if "clause" in flags and c.dep_ in _CLAUSE_DEPS and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                span = trim(ctx, c.left_edge.i, c.right_edge.i)
                if span:
                    return span, 0
    return None
