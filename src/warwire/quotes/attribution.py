"""Attributions that are not speech: beliefs, findings and stances.

Fact-checkers ask who claims what, and much of what a report attributes was
never said in so many words: "Western officials believe the offensive has
stalled" (a belief), "satellite images show the bridge destroyed" (a
finding), "Moscow wants to cut Ukraine off from the sea" (a stance).  The
verbs are the ``cognition``, ``evidence`` and ``stance`` lines of
``data/reporting_verbs.txt``; each gives a quote of kind ``belief``,
``finding`` or ``stance`` with its holder as the speaker, found in the same
parse and by the same means as indirect speech (:mod:`.indirect`,
:mod:`.content`).  They never take quotation marks from speech cues, so the
speech quotes of a text are the same with or without them.

Reporting nouns (:func:`find_noun_cues`) carry attributions for the one who
owns them: "Moscow's claim that its troops had taken the town", "the governor's
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

from .content import content_of, passive_content, surface
from .context import Context, trim
from .frames import frame_subject
from .indirect import obliged, reports, verb_group_start
from .lexicon import complements, reporting_nouns, reporting_verbs
from .mention import mention_span, relative_mention, subject_of
from .model import BELIEF, FINDING, INDIRECT, STANCE, Cue
from .objects import complement

#: lexicon class → quote kind (a refusal is a stance: "Moscow refused to withdraw")
KINDS = {"cognition": BELIEF, "evidence": FINDING, "stance": STANCE, "blocks": STANCE}
#: reporting noun class → quote kind
NOUN_KINDS = {"speech": INDIRECT, "cognition": BELIEF, "evidence": FINDING, "stance": STANCE}

#: owners that hold nothing: the writer's own view, a question word
_NO_HOLDER = {"my", "our", "your", "whose", "i", "we"}
_CASE = ("'s", "’s", "'", "’")

#: subjects that hold nothing: expletives and demonstratives ("it seems", "this shows")
_EMPTY = {"it", "this", "that", "there", "what", "which"}
#: the writer's own "I think", and the reader addressed ("you know", "do you
#: think"): the article's voice, not an attribution
_AUTHOR = {"i", "we", "you"}
#: what cannot hold a belief: a clause the parser made the holder ("after a
#: clip surfaced that seemed to show")
_CLAUSAL = {"VERB", "AUX"}


def find_attributions(ctx: Context) -> list[Cue]:
    """Every belief, finding or stance verb with a holder and a content."""
    verbs = {v: KINDS[k] for v, k in reporting_verbs().items() if k in KINDS}
    found = ctx.where(1, ctx.ids(set(verbs) | {v.capitalize() for v in verbs}))
    doc = ctx.doc
    out = []
    for i in found:
        tok = doc[i]
        if ctx.quoted(i) >= 0 or tok.pos_ != "VERB":
            continue  # words inside a quote belong to the quote
        cue = _attribution(tok, verbs[tok.lemma_.lower()], ctx)
        if cue is not None:
            out.append(cue)
    return out


def holder(v: Any, ctx: Context) -> Any | None:
    """Who holds the belief or stance: the verb's subject, if it names one."""
    subj = subject_of(v)
    if subj is not None and subj.head.i == v.i and not ctx.same_paragraph(subj.i, v.i):
        subj = frame_subject(v)  # a time stamp's "p.m." taken for a second subject
    if subj is None or subj.lower_ in _EMPTY | _AUTHOR or ctx.quoted(subj.i) >= 0:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children):
        return None  # "a call for the United States to accept refugees": the caller's wish, not theirs
    if not ctx.same_paragraph(subj.i, v.i):
        return None
    if subj.pos_ in _CLAUSAL:
        return None
    if not any(ch.isalnum() for ch in subj.text) or ctx.lead_end(subj.idx) >= 0:
        return None
    return subj


def _silent(v: Any) -> bool:
    """A refusal to speak that refuses nothing named: "declined to comment",
    "refused to say" (a non-answer, no stance)."""
    if reporting_verbs().get(v.lemma_.lower()) != "blocks":
        return False
    inf = [c for c in v.children if c.dep_ == "xcomp"]
    return bool(inf) and all(g.dep_ in ("aux", "punct") for g in inf[0].children)


def _only_as(v: Any) -> bool:
    """A verb that holds a belief only as "X as Y" ("sees the war as a
    defeat"): its clause is what it saw ("saw troops enter the village")."""
    return "as" in complements().get(v.lemma_.lower(), frozenset())


def _attribution(v: Any, kind: str, ctx: Context) -> Cue | None:
    if not reports(v, negation=kind == STANCE) or _silent(v) or obliged(v):
        return None
    subj = holder(v, ctx)
    if subj is None:
        return None
    end = v.idx + len(v.text)
    cue = Cue(v.i, (verb_group_start(v), end), kind, subject=subj.i, source=mention_span(subj, ctx),
              mention=relative_mention(v) or mention_span(subj, ctx, clauses=True))
    passive = passive_content(v)
    if passive is not None:
        spans = [s for s in [trim(ctx, *passive)] if s]
    else:
        spans = [] if _only_as(v) else content_of(v, ctx) or [s for s in [surface(v, ctx)] if s]
    if not spans:
        spans, cue_end = complement(v, ctx)
        cue.form, cue.cue = "object", (cue.cue[0], max(end, cue_end))
    spans = [s for s in spans if not (s[0] < cue.source[1] and cue.source[0] < s[1])]
    if not spans:
        return None
    cue.content, cue.more = spans[0], spans[1:]
    return cue

def find_noun_cues(ctx: Context) -> list[Cue]:
    """Every reporting noun with a holder and a content, in text order."""
    nouns = reporting_nouns()
    out = []
    for tok in ctx.cue_words(set(nouns), "NOUN"):
        klass, flags = nouns[tok.lemma_.lower()]
        cue = _noun_cue(tok, NOUN_KINDS.get(klass, INDIRECT), flags, ctx)
        if cue is not None:
            out.append(cue)
    return out


def _noun_cue(n: Any, kind: str, flags: frozenset[str], ctx: Context) -> Cue | None:
    holder = _owner_of(n, ctx)
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


def _owner_of(n: Any, ctx: Context) -> Any | None:
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
