"""Reporting verbs in the dependency parse: who reports, and what.

A cue is a verb from ``data/reporting_verbs.txt`` (said, told, warned,
denied, urged, ...) or the phrase "according to".  Its speaker is the verb's
subject, or the subject of the verb it hangs from ("... and added", "saying",
"was quoted as saying", "Kim, who said").  Its content (found by
:mod:`.content`) is the clause it reports, or the clause "according to"
modifies.  Whether the content is a direct, mixed or indirect quote is
decided later, against the quotation marks.
"""

from __future__ import annotations

from typing import Any

from ..analyse.syntax import nobody
from .according import according
from .context import Context, trim
from .content import content_of, passive_content, surface
from .frames import closing_frame, frame_subject
from .missed import after_lead, after_mark, beside
from .lexicon import complements, is_outlet, quote_words, reporting_verbs
from .mention import RELATIVE, gap_subject, mention_span, relative_mention, subject_of
from .model import Cue
from .objects import complement

_QUOTING = {"speech", "naming"}
_AUTHOR = {"i", "we"}


def find_cues(ctx: Context) -> list[Cue]:
    """Every reporting verb with a speaker or a content, in text order."""
    verbs = reporting_verbs()
    quoting = {v for v, k in verbs.items() if k in _QUOTING}
    lemmas = ctx.ids(quoting | {v.capitalize() for v in quoting})
    found = set(ctx.where(1, lemmas)) | set(ctx.where(4, ctx.ids({"according"}))) | _before_colon(ctx, verbs)
    out = []
    doc = ctx.doc
    for i in sorted(found):
        tok = doc[i]
        if ctx.quoted(i) >= 0:
            continue  # words inside a quote belong to the quote
        if tok.lower_ == "according":
            cue = according(tok, ctx)
        elif tok.pos_ == "VERB" or _mistagged(tok):
            klass = verbs[tok.lemma_.lower()]
            cue = _verb_cue(tok, klass if klass in _QUOTING else "speech", ctx)
        else:
            continue
        if cue is not None:
            out.append(cue)
    return out


def _before_colon(ctx: Context, verbs: dict[str, str]) -> set[int]:
    """Verbs of any class that a colon and an opening mark follow: "He
    concluded: 'The person who cannot tell the truth ...'" is speech."""
    doc, out = ctx.doc, set()
    opens = {m.open_at for m in ctx.marks}
    for i in ctx.where(3, ctx.ids({"ROOT"})):
        t = doc[i]
        if t.lemma_.lower() in verbs and i + 2 < len(doc) and doc[i + 1].text == ":" \
                and doc[i + 2].idx in opens:
            out.add(i)
    return out


_GROUP_DEPS = {"aux", "auxpass", "neg", "advmod"}


def verb_group_start(v: Any) -> int:
    """Where the verb group of ``v`` starts: its auxiliaries and adverbs right
    before it ("has said", "also told", "had earlier warned")."""
    first = v.i
    while first > 0:
        t = v.doc[first - 1]
        if t.head.i != v.i or t.dep_ not in _GROUP_DEPS or t.lower_ in ("how", "when", "why", "where"):
            break
        first -= 1
    return v.doc[first].idx


def _mistagged(t: Any) -> bool:
    """A reporting verb the tagger took for a noun, in a frame: "Sinclair states."."""
    doc = t.doc
    if t.pos_ not in ("NOUN", "PROPN", "AUX") or t.i == 0 or t.i + 1 >= len(doc) or t.lower_ == t.lemma_.lower():
        return False  # frames inflect their verb: "says", "said", "states"
    before, after = doc[t.i - 1], doc[t.i + 1]
    return before.pos_ in ("PROPN", "PRON") and (after.is_punct and after.text in ".,:;" or after.lower_ == "that")


def reports(v: Any, negation: bool = False) -> bool:
    """Is verb ``v`` someone's report, not a question put to them, a denial
    that anything was said (unless ``negation``: an aim disowned is still a
    stance, "Moscow does not want talks"), or a clause the reported words belong to?"""
    deps = {c.dep_ for c in v.children}
    if v.lemma_.lower() == "point" and not any(c.lower_ in ("out", "to") for c in v.children if c.i > v.i):
        return False
    if "neg" in deps and not negation:
        return False
    if v.dep_ == "xcomp" and reporting_verbs().get(v.head.lemma_.lower()) == "blocks":
        return False
    if v.tag_ == "VBN" and not deps & {"nsubj", "aux"} and passive_content(v) is None:
        return False  # "(when) asked whether", "was told"; not "was confirmed by the governor"
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in v.children):
        return False  # "lower than TransLink says they are"
    if any(c.dep_ in ("dobj", "ccomp") and c.lower_ in ("what", "which") for c in v.children):
        return False  # "what he said about Uber"
    if v.dep_ == "relcl":
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ not in RELATIVE and not _reports_gap(v) and not _relative_oblique(v) \
                and not _relative_adverb(v):
            return False  # "whom the couple claims they adopted"
    return True


def gap_clause(v: Any, ctx: Context) -> tuple[int, int] | None:
    """What a reporting verb in a relative clause reports of the word the
    clause hangs from: "which officials said [will go into effect]"."""
    if v.dep_ != "relcl" or not (gap_subject(v) is not None or _reports_gap(v)):
        return None
    comps = [c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.i > v.i]
    return trim(ctx, v.i + 1, comps[0].right_edge.i) if comps else None


def _relative_oblique(v: Any) -> bool:
    """A relative clause opened by a preposition ("an electorate in which most
    voters say she is not honest"): its verb reports a whole clause."""
    return any(c.dep_ == "prep" and c.i < v.i and any(g.lower_ in RELATIVE for g in c.children)
               for c in v.children) and any(c.dep_ == "ccomp" and c.i > v.i for c in v.children)


def _relative_adverb(v: Any) -> bool:
    """A relative clause opened by "where" or "when" ("Minnesota, where he says
    he can win"): the gap is the verb's own place or time, and it reports a
    whole clause."""
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < v.i for c in v.children) \
        and any(c.dep_ == "ccomp" and c.i > v.i for c in v.children)


def _reports_gap(v: Any) -> bool:
    """A relative clause whose verb reports the clause the relative word
    belongs to: "the strike, which officials said hit a school" (the
    relative word is the reported clause's subject, not the verb's object)."""
    comps = [c for c in v.children if c.dep_ == "ccomp" and c.i > v.i]
    subj = [d for d in comps[0].children if d.dep_ in ("nsubj", "nsubjpass")] if comps else []
    return bool(comps) and (not subj or subj[0].lower_ in RELATIVE and subj[0].i < v.i)


def _verb_cue(v: Any, klass: str, ctx: Context) -> Cue | None:
    if not reports(v) or _citing(v):
        return None
    subj = subject_of(v)
    if subj is not None and subj.head.i == v.i and (ctx.quoted(subj.i) >= 0 or closing_frame(v, ctx)
                                                    or not ctx.same_paragraph(subj.i, v.i)):
        subj = frame_subject(v)  # two subjects: '"One of the brightest," Rep. Cummings said', "People like
        # Scott, he said", a time stamp's "p.m." in the paragraph before
    if subj is not None and (ctx.quoted(subj.i) >= 0 or not any(ch.isalnum() for ch in subj.text)
                             or not ctx.same_paragraph(subj.i, v.i) or _colon_between(subj, v)):
        subj = None  # the parser took a word of the quote (or a mark, a label, another paragraph) for the speaker
    if subj is None:
        subj = beside(v, ctx)
    if subj is not None and ctx.lead_end(subj.idx) >= 0:
        subj = after_lead(v, ctx, ctx.lead_end(subj.idx))
    if subj is not None and nobody(subj) or obliged(v):
        return None  # "No one claimed responsibility", "applicants must state that ...": no one said it
    if subj is not None and is_outlet(subj):
        subj = _cited(v, subj) or subj  # "Interfax reported, citing the ministry"
    author = subj is not None and subj.lower_ in _AUTHOR and ctx.quoted(subj.i) < 0
    end = v.idx + len(v.text)
    for c in v.children:
        if c.dep_ == "prt" and c.i == v.i + 1:
            end = c.idx + len(c.text)
    kind = "naming" if klass == "naming" else "speech"
    cue = Cue(v.i, (verb_group_start(v), end), kind, author=author)
    if subj is not None:
        cue.subject = subj.i
        cue.source = after_mark(mention_span(subj, ctx), ctx)
        cue.mention = relative_mention(v) or after_mark(mention_span(subj, ctx, clauses=True), ctx)
    spans: list[tuple[int, int]] = []
    passive = passive_content(v)
    if passive is not None:
        spans = [s for s in [trim(ctx, *passive)] if s]
    elif kind == "speech":
        spans = [s for s in [gap_clause(v, ctx)] if s] or content_of(v, ctx)
        if not spans:
            spans = [s for s in [surface(v, ctx) or _headline(v, ctx)] if s]
    if not spans:
        spans, cue_end = complement(v, ctx)
        if spans:  # "called for a ceasefire" reports; "called the strike a crime" still names
            cue.kind = "naming" if kind == "naming" and not cue_end else "speech"
            cue.cue, cue.form = (cue.cue[0], max(end, cue_end)), "object"
    spans = [s for s in spans if not cue.source or not _overlaps(s, cue.source)]
    if spans:
        cue.content, cue.more = spans[0], spans[1:]
    return cue


def obliged(v: Any) -> bool:
    """"must state", "should decide": an obligation, not something said or held."""
    return any(c.dep_ == "aux" and c.lower_ in quote_words("obliged") for c in v.children)


def _cited(v: Any, outlet: Any) -> Any | None:
    """The source an outlet cites: "X reported, citing the ministry", "reported
    X, which cited the ministry", "X quoted the governor as saying"."""
    for host in (v, outlet):
        for c in host.children:
            if c.lemma_.lower() in quote_words("cite") and c.pos_ == "VERB" \
                    and c.dep_ in ("advcl", "xcomp", "relcl", "conj"):
                objs = [g for g in c.children if g.dep_ in ("dobj", "attr")]
                if objs and ctx_free(objs[0]):
                    return objs[0]
    return None


def ctx_free(t: Any) -> bool:
    """A source worth naming: not a pronoun, not "sources"/"reports"."""
    return t.pos_ != "PRON" and t.lower_ not in quote_words("no_source")


def _citing(v: Any) -> bool:
    """"citing the ministry" hanging from an outlet's report: part of that cue."""
    if v.lemma_.lower() not in quote_words("cite") or v.dep_ not in ("advcl", "relcl", "xcomp", "conj"):
        return False
    host = v.head
    if v.dep_ == "relcl":
        return is_outlet(host)
    subj = subject_of(host) if host.pos_ in ("VERB", "AUX") else None
    return subj is not None and is_outlet(subj)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _headline(v: Any, ctx: Context) -> tuple[int, int] | None:
    """A headline's verbless clause: the parser gives "says" a second subject
    after it, or an object an adjective follows ("Flynn says Trump 'absolutely
    right' in ..."); from there on is what was said."""
    if "clause" not in complements().get(v.lemma_.lower(), ()) or subject_of(v) is None:
        return None
    late = [c for c in v.children if c.i > v.i and ctx.quoted(c.i) < 0 and (c.dep_ == "nsubj" or (
        c.dep_ == "dobj" and any(a.dep_ == "amod" and a.i > c.i for a in c.children)))]
    return trim(ctx, late[0].left_edge.i, ctx.sent_end(v.i) - 1) if late else None


def _colon_between(a: Any, b: Any) -> bool:
    """A colon parts the two words: "The Latest: Trump urges ..." has no speaker "The Latest"."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ":" for t in a.doc[lo + 1:hi])
