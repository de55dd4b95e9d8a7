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
_AUTHOR = {"i", "we"}
_DECLINE = {"decline", "refuse", "fail", "hesitate"}
_TELLING = {"tell", "inform", "assure", "remind", "warn", "notify", "advise"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
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


def _reports(v: Any) -> bool:
    """Is verb ``v`` someone's report, not a question put to them, a denial
    that anything was said, or a clause the reported words belong to?"""
    deps = {c.dep_ for c in v.children}
    if v.lemma_.lower() == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
        return False
    if "neg" in deps or v.head.lemma_.lower() in _DECLINE and v.dep_ == "xcomp":
        return False
    if v.tag_ == "VBN" and not deps & {"nsubj", "aux"}:
        return False  # "(when) asked whether", "was told"
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in v.children):
        return False  # "lower than TransLink says they are"
    if v.dep_ == "relcl":
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ not in _RELATIVE:
            return False  # "whom the couple claims they adopted"
    return True


def _verb_cue(v: Any, kind: str, ctx: Context) -> Cue | None:
    if not _reports(v):
        return None
    subj = subject_of(v)
    if subj is not None and ctx.quoted(subj.i) >= 0:
        subj = None  # the parser took a word of the quote for the speaker
    if subj is None:
        subj = _beside(v, ctx)
    if subj is not None and subj.lower_ in _AUTHOR:
        return None
    end = v.idx + len(v.text)
    for c in v.children:
        if c.dep_ == "prt" and c.i == v.i + 1:
            end = c.idx + len(c.text)
    cue = Cue(v.i, (v.idx, end), kind)
    if subj is not None:
        cue.subject = subj.i
        cue.source = mention_span(subj, ctx)
    if kind == "speech":
        spans = content_of(v, ctx)
        if spans:
            cue.content, cue.more = spans[0], spans[1:]
    return cue


def _beside(v: Any, ctx: Context) -> Any | None:
    """A speaker the parse missed, right beside the verb: "he said", "said Kim"."""
    doc = ctx.doc
    for i in (v.i - 1, v.i + 1):
        if 0 <= i < len(doc) and ctx.quoted(i) < 0 and (
                doc[i].pos_ == "PROPN" or doc[i].lower_ in ("he", "she", "they")):
            t = doc[i]
            while t.dep_ in ("compound", "flat") and t.head.i != t.i and abs(t.head.i - t.i) <= 3:
                t = t.head
            return t
    return None


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


def content_of(v: Any, ctx: Context) -> list[tuple[int, int]]:
    """The clause(s) verb ``v`` reports, as character spans (two when the cue
    stands inside the sentence it reports: "Too often, he says, they get it")."""
    comps = [c for c in v.children if c.dep_ == "ccomp"]
    if comps:
        spans = []
        for side in ([c for c in comps if c.i < v.i], [c for c in comps if c.i > v.i]):
            if side:
                c = max(side, key=lambda c: c.right_edge.i - c.left_edge.i)
                last = _before_according(c)
                if c.i > v.i:
                    last = max(last, _rest_of_clause(v, c))
                spans.append(_trim(ctx, c.left_edge.i, last))
        return [s for s in spans if s]
    if v.lemma_.lower() in _URGING:
        for c in v.children:
            if c.dep_ == "xcomp" and c.i > v.i:
                first = min([d.left_edge.i for d in v.children if d.dep_ in ("dobj", "dative") and d.i < c.i]
                            + [c.left_edge.i])
                return [s for s in [_trim(ctx, first, c.right_edge.i)] if s]
    if v.dep_ == "parataxis" and v.head.i < v.i:
        h = v.head
        spans = [_trim(ctx, h.left_edge.i, v.left_edge.i - 1), _trim(ctx, v.right_edge.i + 1, h.right_edge.i)]
        return [s for s in spans if s]
    surface = _surface(v, ctx)
    return [surface] if surface else []


def _surface(v: Any, ctx: Context) -> tuple[int, int] | None:
    """A clause after the verb the parser failed to hang on it ("said
    unemployment and lost earnings have ...", "said in a statement that ...")."""
    doc = ctx.doc
    end = v.sent.end
    i = v.i + 1
    objects = 1 if v.lemma_.lower() in _TELLING else 0
    while i < end:
        t = doc[i]
        if t.head.i == v.i and t.dep_ in ("prt", "prep", "npadvmod", "advmod", "agent"):
            i = max(i, t.right_edge.i) + 1
        elif t.head.i == v.i and t.dep_ in ("dative", "dobj") and objects:
            objects -= 1
            i = max(i, t.right_edge.i) + 1
        elif t.is_punct and t.text in ",:":
            i += 1
        else:
            break
    if i >= end or doc[i].pos_ in ("ADP", "PART", "PUNCT") and doc[i].lower_ != "that":
        return None
    verbs = reporting_verbs()
    run = [t for t in doc[i:end]]
    if not any(t.tag_ in _FINITE for t in run) or any(t.lemma_.lower() in verbs and t.pos_ == "VERB" for t in run):
        return None
    if any(ctx.quoted(t.i) >= 0 for t in run[:1]):
        return None
    return _trim(ctx, i, end - 1)


def _rest_of_clause(v: Any, c: Any) -> int:
    """Where reported clause ``c`` of ``v`` really ends: the parser often hangs
    its later parts ("because ...", "used drugs and ...") on the verb itself.
    Stops before a further report ("and added", ", adding") or "according to"."""
    verbs = reporting_verbs()
    last = c.right_edge.i
    for r in v.rights:
        if r.i <= c.i or r.is_punct:
            continue
        if r.lower_ == "according" or r.dep_ == "cc":
            break
        if r.pos_ == "VERB" and r.lemma_.lower() in verbs:
            break
        if any(t.lower_ == "according" or t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in r.subtree):
            break
        last = max(last, r.right_edge.i)
    return last


def _before_according(c: Any) -> int:
    """The last token of ``c``'s subtree, short of a closing "according to X"."""
    last = c.right_edge.i
    for d in c.children:
        if d.lower_ == "according" and d.right_edge.i == last and d.i > c.i:
            return d.left_edge.i - 1
    return last


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
    spans = [s for s in (_trim(ctx, h.left_edge.i, lo - 1), _trim(ctx, hi + 1, h.right_edge.i)) if s]
    if spans:
        cue.content, cue.more = spans[0], spans[1:]
    return cue
