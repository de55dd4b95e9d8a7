"""Reporting verbs in the dependency parse: who reports, and what.

A cue is a verb from ``data/reporting_verbs.txt`` (said, told, warned,
denied, urged, ...) or the phrase "according to".  Its speaker is the verb's
subject, or the subject of the verb it hangs from ("... and added", "saying",
"was quoted as saying", "Kim, who said").  Its content is the clause it
reports: the clausal complement ("said (that) X", "X, he said"), the clause
before a parenthetical cue ("X, the governor said"), or the clause that
"according to" modifies.  Whether the content is a direct, mixed or
indirect quote is decided later, against the quotation marks.
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .lexicon import reporting_verbs
from .model import Cue

_RELATIVE = {"who", "which", "that", "whom"}
_NOT_SPEAKERS = {"it", "there", "this", "what"}
_CUT_DEPS = {"relcl", "acl", "advcl", "parataxis", "ccomp"}
_EDGE_PUNCT = set(",;:—–-()\"'“”‘’«»")
#: verbs that report an instruction with an infinitive ("urged them to leave")
_URGING = {"urge", "ask", "warn", "call", "tell", "advise", "instruct", "plead", "implore"}


def find_cues(ctx: Context) -> list[Cue]:
    """Every reporting verb with a speaker or a content, in text order."""
    verbs = reporting_verbs()
    out = []
    for tok in ctx.doc:
        if ctx.quoted(tok.i) >= 0:
            continue  # words inside a quote belong to the quote
        if tok.lemma_ == "accord" and tok.lower_ == "according":
            cue = _according(tok, ctx)
        elif tok.pos_ == "VERB" and verbs.get(tok.lemma_.lower()) in ("speech", "naming"):
            cue = _verb_cue(tok, verbs[tok.lemma_.lower()], ctx)
        else:
            continue
        if cue is not None:
            out.append(cue)
    return out


def _verb_cue(v: Any, kind: str, ctx: Context) -> Cue | None:
    if v.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return None
    subj = subject_of(v)
    end = v.idx + len(v.text)
    for c in v.children:
        if c.dep_ == "prt" and c.i == v.i + 1:
            end = c.idx + len(c.text)
    cue = Cue(v.i, (v.idx, end), kind)
    if subj is not None:
        cue.subject = subj.i
        cue.source = mention_span(subj, ctx)
    if kind == "speech":
        cue.content = content_of(v, ctx)
    return cue


def subject_of(v: Any, depth: int = 0) -> Any | None:
    """The speaker's head token for verb ``v``, climbing to a governing verb."""
    for c in v.children:
        if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and depth > 0):
            if c.lower_ in _RELATIVE and v.dep_ == "relcl":
                return v.head
            if c.lower_ in _NOT_SPEAKERS:
                return None
            return c
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    if depth < 2 and v.dep_ in ("conj", "advcl", "xcomp") and v.head.pos_ in ("VERB", "AUX"):
        return subject_of(v.head, depth + 1)
    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
        return v.head
    return None


def mention_span(head: Any, ctx: Context) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``head``, without relative or
    adverbial clauses, and never crossing a quotation mark."""
    doc = ctx.doc
    start, end = head.left_edge.i, head.right_edge.i
    for c in head.children:
        if c.dep_ in _CUT_DEPS:
            if c.i > head.i:
                end = min(end, c.left_edge.i - 1)
            else:
                start = max(start, c.right_edge.i + 1)
    for i in range(head.i, end + 1):
        if doc[i].text in "\"“”«»" or (i > head.i and doc[i].text == "("):
            end = i - 1
            break
    for i in range(head.i, start - 1, -1):
        if doc[i].text in "\"“”«»":
            start = i + 1
            break
    while end > head.i and doc[end].text in _EDGE_PUNCT:
        end -= 1
    while start < head.i and doc[start].text in _EDGE_PUNCT:
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def content_of(v: Any, ctx: Context) -> tuple[int, int] | None:
    """The clause verb ``v`` reports, as a character span, or None."""
    for c in v.children:
        if c.dep_ == "ccomp":
            return _trim(ctx, c.left_edge.i, c.right_edge.i)
    if v.lemma_.lower() in _URGING:
        for c in v.children:
            if c.dep_ == "xcomp" and c.i > v.i:
                first = min([d.left_edge.i for d in v.children if d.dep_ in ("dobj", "dative") and d.i < c.i]
                            + [c.left_edge.i])
                return _trim(ctx, first, c.right_edge.i)
    if v.dep_ == "parataxis" and v.head.i < v.i:
        h = v.head
        return _trim(ctx, h.left_edge.i, v.left_edge.i - 1)
    return None


def _trim(ctx: Context, first: int, last: int) -> tuple[int, int] | None:
    doc = ctx.doc
    while first <= last and (doc[first].is_punct or doc[first].is_space) and doc[first].text not in "\"“‘'«":
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in "\"”’'»":
        last -= 1
    if last < first or last - first < 1:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _according(tok: Any, ctx: Context) -> Cue | None:
    """"according to X": X is the speaker, the clause it modifies the content."""
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    objs = [c for c in to[0].children if c.dep_ == "pobj"]
    cue = Cue(tok.i, (tok.idx, to[0].idx + len(to[0].text)), "according")
    if objs:
        cue.subject = objs[0].i
        cue.source = mention_span(objs[0], ctx)
    h = tok.head
    if h.i == tok.i:
        return cue
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if lo > h.i:
        cue.content = _trim(ctx, h.left_edge.i, lo - 1)
    else:
        cue.content = _trim(ctx, hi + 1, h.right_edge.i)
    return cue
