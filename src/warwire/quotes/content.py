"""What a reporting verb reports: the content of a cue, as character spans.

- the clausal complement ("said (that) X", "X, he said"), running on to the
  end of its clause where the parser hung later parts on the verb;
- the clause around a parenthetical cue, in two halves ("The town, officials
  said, has no water");
- a clause the parser missed, read off the surface ("said in a statement
  that ...");
- the subject of a passive report with its agent ("The strike was confirmed
  by the governor").

What a verb reports through its object ("vowed to retaliate", "denied the
allegations") is :mod:`.objects`; the frames around a sentence ("As X said,
...", "..., X said.") are :mod:`.frames`.
"""

from __future__ import annotations

from typing import Any

from .context import Context, trim
from .frames import as_host, closing_frame, fragment
from .lexicon import (complements, documents, further_reports, org_nouns, quote_words, reporting_verbs, speech_verbs,
                      titles)

_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def content_of(v: Any, ctx: Context) -> list[tuple[int, int]]:
    """The clause(s) verb ``v`` reports, as character spans (two when the cue
    stands inside the sentence it reports: "Too often, he says, they get it")."""
    comps = [c for c in v.children if c.dep_ == "ccomp" and ctx.same_paragraph(c.i, v.i)]
    if comps:
        spans = []
        before = [c for c in comps if c.i < v.i and not _colon_after(c, v)]
        for side in (before, [c for c in comps if c.i > v.i]):
            if side:
                c = max(side, key=lambda c: c.right_edge.i - c.left_edge.i)
                last = _own_end(c, _before_according(c))
                if c.i > v.i:
                    last = _rest_of_clause(v, c, last)
                first = c.left_edge.i if c.i < v.i else max(c.left_edge.i, v.i + 1)
                if c.i < v.i and closing_frame(v, ctx):  # "A, but B, the source added": all of it
                    first, last = ctx.sent_start(v.i), max(last, max(d.right_edge.i for d in side))
                spans.append(trim(ctx, max(first, ctx.paragraph_first(v.i)), last))
        return [s for s in spans if s]
    host = as_host(v, ctx)
    if host:
        return host
    hung = _hung_clause(v)
    if hung is not None and ctx.same_paragraph(hung[0], v.i):
        span = trim(ctx, *hung)
        return [span] if span else []
    words = fragment(v, ctx)
    if words is not None:
        span = trim(ctx, *words)
        return [span] if span else []
    if v.dep_ == "parataxis" and ctx.same_paragraph(v.i, v.head.i):
        h = v.head
        spans = [trim(ctx, h.left_edge.i, v.left_edge.i - 1), trim(ctx, v.right_edge.i + 1, ctx.sent_end(v.i) - 1)]
        return [s for s in spans if s]
    return []

def _colon_after(c: Any, v: Any) -> bool:
    """A colon or semicolon parts the clause before the speaker from the report
    ("... set off fireworks: Republicans said they ...")."""
    return any(t.text in (":", ";") for t in v.doc[c.i + 1:v.i])


def _hung_clause(v: Any) -> tuple[int, int] | None:
    """A finite clause with a subject of its own and no conjunction that the
    parser hung on a verb of speech as an adverbial ("said after the
    convention he would not accept"), from its subject on."""
    if reporting_verbs().get(v.lemma_.lower()) != "speech" or "clause" not in complements().get(v.lemma_.lower(), ()):
        return None
    for c in v.rights:
        if c.dep_ != "advcl" or any(m.dep_ == "mark" for m in c.children):
            continue
        subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i]
        finite = c.tag_ in _FINITE or any(a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE for a in c.children)
        if subj and finite:
            return subj[0].left_edge.i, c.right_edge.i
    return None


def _rest_of_clause(v: Any, c: Any, last: int) -> int:
    """Where reported clause ``c`` of ``v`` really ends: the parser often hangs
    its later parts ("because ...", "used drugs and ...") on the verb itself.
    Stops before a further report ("and added", ", adding") or "according to"."""
    verbs = further_reports()
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

def _own_end(c: Any, last: int) -> int:
    """The end of reported clause ``c`` short of the speaker's next act that
    the parser hung on it: a participle of a reporting verb ("..., calling
    the strike a war crime", "..., referring to the convention")."""
    verbs = speech_verbs()
    for r in c.rights:
        if r.pos_ != "VERB" or r.lemma_.lower() not in verbs or r.i > last:
            continue
        if r.dep_ == "advcl" and (r.tag_ == "VBG" or _contrast(r)):
            return min(last, _before_commas(r, c))
        if r.dep_ == "conj" and r.tag_ == c.head.tag_ == "VBD" and c.tag_ != "VBD":
            return min(last, _before_commas(r, c, also=("and",)))  # "said he would order X and warned"
    return last


def _before_commas(r: Any, c: Any, also: tuple[str, ...] = ()) -> int:
    """The last token before phrase ``r`` and the punctuation (or the words
    ``also``) opening it."""
    first = r.left_edge.i
    while first > c.i and (r.doc[first - 1].is_punct or r.doc[first - 1].lower_ in also):
        first -= 1
    return first - 1


def _contrast(r: Any) -> bool:
    """A report of its own set against the reported one: "..., while other
    voters said ...", "whereas the ministry claimed ..."."""
    return any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in r.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in r.children)


def _before_according(c: Any) -> int:
    """The last token of ``c``'s subtree, short of a closing "according to X"."""
    last = c.right_edge.i
    for d in c.children:
        if d.lower_ == "according" and d.right_edge.i == last and d.i > c.i:
            return d.left_edge.i - 1
    return last

def passive_content(v: Any) -> tuple[int, int] | None:
    """Tokens of what a passive report with its agent reports: its subject ("The
    strike was confirmed by the governor", "The plan was endorsed by Kyiv").
    A pronoun subject names nothing to report."""
    agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if v.tag_ != "VBN" or not agents or not _can_report(agents[0]) or v.lemma_.lower() in quote_words("topic_verb"):
        return None
    subj = [c for c in v.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"]
    return (subj[0].left_edge.i, subj[0].right_edge.i) if subj else None


_REPORTERS = {"PERSON", "ORG", "GPE", "NORP"}


def _can_report(t: Any) -> bool:
    """Can this agent report: a name, a title, an organisation or a document
    ("by the governor", "by dozens of papers"), not a cause ("by war")?"""
    if t.lower_ in quote_words("part"):
        t = next((g for c in t.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), t)
    word = t.lemma_.lower()
    return t.pos_ == "PROPN" or t.ent_type_ in _REPORTERS or word in titles() or word in org_nouns() \
        or word in documents() or t.lower_ in titles()


def surface(v: Any, ctx: Context) -> tuple[int, int] | None:
    """A clause after the verb the parser failed to hang on it ("said
    unemployment and lost earnings have ...", "said in a statement that ...")."""
    doc = ctx.doc
    end = ctx.sent_end(v.i)
    i = v.i + 1
    flags = complements().get(v.lemma_.lower(), frozenset())
    if "clause" not in flags:
        return None
    objects = 1 if "addressee" in flags else 0
    while i < end:
        t = _phrase_at(doc[i], v)
        if t.head.i == v.i and t.dep_ in ("prt", "prep", "npadvmod", "advmod", "agent"):
            marks = [d.i for d in t.subtree if d.dep_ == "mark" and d.lower_ == "that"]
            i = max(i, (marks[0] - 1) if marks else t.right_edge.i) + 1
        elif t.head.i == v.i and t.dep_ in ("dative", "dobj") and objects:
            objects -= 1
            told = _that_clause_in(t)
            if told is not None:  # "told a meeting of leaders that few people understood ..."
                return trim(ctx, told.i + 1, end - 1)
            i = max(i, t.right_edge.i) + 1
        elif t.head.i == v.i and t.dep_ == "dobj" and _misread_clause(t, end):
            return trim(ctx, i, end - 1)
        elif t.is_punct and t.text in ",:":
            i += 1
        else:
            break
    if i >= end or doc[i].pos_ in ("ADP", "PART", "PUNCT") and doc[i].lower_ != "that":
        return None
    verbs = further_reports()
    run = doc[i:end]
    first = i + 1 if doc[i].lower_ == "that" else i
    clause = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ in _FINITE | {"VBN", "VBG"}
                 and t.left_edge.i == first and i < t.head.i < end for t in run)
    if not clause or any(t.lemma_.lower() in verbs and t.pos_ == "VERB" for t in run):
        return None
    return trim(ctx, i, end - 1)

def _phrase_at(t: Any, v: Any) -> Any:
    """The phrase of verb ``v`` that opens at token ``t`` ("a meeting of
    leaders" at "a"), or ``t`` itself."""
    h = t
    while h.head.i != v.i and h.head.i != h.i and h.left_edge.i == t.i:
        h = h.head
    return h if h.head.i == v.i and h.left_edge.i == t.i else t


def _that_clause_in(obj: Any) -> Any | None:
    """The "that" opening a clause the parser hung inside an addressee as a
    relative clause, though "that" is its conjunction, not its subject."""
    for t in obj.subtree:
        if t.dep_ in ("relcl", "acl") and t.i > obj.i:
            marks = [m for m in t.children if m.dep_ == "mark" and m.lower_ == "that" and m.i == t.left_edge.i]
            if marks and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return marks[0]
    return None


def _misread_clause(obj: Any, end: int) -> bool:
    """An object the parser gave a verb that only takes clauses, where the
    words run on to the sentence's end through a verb of their own: "said
    many of the examples critics point to failed to note ..."."""
    rest = obj.doc[obj.right_edge.i + 1:end]
    if obj.right_edge.i - obj.i < 6 or not all(t.is_punct or t.is_space for t in rest):
        return False
    return any(t.tag_ in _FINITE and t.dep_ in ("advcl", "ccomp", "conj") for t in obj.subtree if t.i > obj.i)
