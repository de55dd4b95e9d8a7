"""Who reports: the speaker's head token, the relative word that is a cue's
own subject ("Kim, who said"), and the characters of the speaker's phrase
(:func:`mention_span`: the phrase that names the speaker, or with
``clauses`` the phrase as the sentence writes it).
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .lexicon import quote_words, reporting_verbs, speech_verbs

RELATIVE = {"who", "which", "that", "whom"}
_NOT_SPEAKERS = {"there", "this", "what"}
_WHEN = {"DATE", "TIME"}
_CUT_DEPS = {"relcl", "acl", "advcl", "parataxis", "ccomp"}
_EDGE_PUNCT = set(",;:—–-()\"'“”‘’«»")
_QUOTE_TOKENS = {'"', "“", "”", "«", "»", "'", "‘", "’", "„"}


def gap_subject(v: Any) -> Any | None:
    """The subject of a relative clause's reporting verb when the parser also
    hung the relative word on it: "the emails, which she said were all"."""
    if v.dep_ != "relcl":
        return None
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    named = [c for c in subj if c.lower_ not in RELATIVE]
    return named[0] if named and len(subj) > 1 else None


def subject_of(v: Any, depth: int = 0) -> Any | None:
    """The speaker's head token for verb ``v``, climbing to a governing verb."""
    gap = gap_subject(v)
    if gap is not None:
        return gap
    for c in v.children:
        if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and depth > 0):
            if c.lower_ in RELATIVE and v.dep_ == "relcl":
                return v.head
            if c.lower_ in _NOT_SPEAKERS:
                return None
            return c
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    inherits = v.dep_ == "conj" or v.dep_ in ("advcl", "xcomp") and v.tag_ in ("VBG", "VB")
    if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.dep_ == "acomp" and depth < 2:
        return subject_of(v.head.head, depth + 1)  # "voters are more likely to say", "was willing to discuss"
    if depth < 2 and inherits and v.head.pos_ in ("VERB", "AUX"):
        h = v.head
        if v.dep_ == "advcl" and h.dep_ == "ccomp" and h.head.lemma_.lower() in speech_verbs():
            h = h.head  # "said two died, calling it a crime": the one who said it calls it
        elif v.dep_ == "conj" and h.dep_ == "ccomp" and h.head.lemma_.lower() in speech_verbs() \
                and v.tag_ == h.head.tag_ == "VBD" and h.tag_ != "VBD":
            h = h.head  # "said he would order a review and warned against hackers": the speaker warned
        return subject_of(h, depth + 1)
    if depth < 2 and v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in quote_words("agent_prep") \
            and v.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(v.head.head, depth + 1)  # "she began by telling them that ...", "despite admitting"
    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
        return v.head
    return None


def relative_mention(v: Any) -> tuple[int, int] | None:
    """The relative pronoun that is verb ``v``'s own subject ("Kim, who said",
    "the report, which found", "... who spoke and added"), or None."""
    while True:
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj:
            rel = subj[0] if gap_subject(v) is None else subj[-1]
            return (rel.idx, rel.idx + len(rel.text)) if v.dep_ == "relcl" and rel.lower_ in RELATIVE else None
        if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX"):
            return None
        v = v.head


def mention_span(head: Any, ctx: Context, clauses: bool = False) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``head``, without relative or
    adverbial clauses (with ``clauses``, the phrase as written: its relative
    and participle clauses kept, "officials who spoke on condition of
    anonymity"), and never crossing a quotation mark."""
    doc = ctx.doc
    start, end = head.left_edge.i, head.right_edge.i
    lead = ctx.lead_end(doc[start].idx)
    if lead >= 0 and head.idx >= lead:
        while start < head.i and doc[start].idx < lead:
            start += 1  # a dateline is never part of the speaker's phrase
    ps, pe = ctx.paragraphs[ctx.paragraph_of(head.idx)] if ctx.paragraphs else (0, len(ctx.text))
    while start < head.i and doc[start].idx < ps:
        start += 1  # nor is a time stamp or heading of the paragraph before
    while end > head.i and doc[end].idx >= pe:
        end -= 1
    gov = head.head
    if head.i < gov.i <= end:
        end = gov.i - 1  # never past the phrase's own verb (a crossing apposition)
    elif start <= gov.i < head.i:
        start = gov.i + 1
    for c in head.children:
        if c.dep_ in _CUT_DEPS and not (clauses and _kept_clause(c)):
            if c.i > head.i:
                end = min(end, c.left_edge.i - 1)
            else:
                start = max(start, c.right_edge.i + 1)
    for i in range(head.i, end + 1):
        if is_mark(doc[i]) or (i > head.i and doc[i].text == "(" and (not clauses or _aside(doc, i, end))):
            end = i - 1
            break
    for i in range(head.i, start - 1, -1):
        if is_mark(doc[i]):
            start = i + 1
            break
    while end > head.i and doc[end].ent_type_ in _WHEN and doc[head.i].ent_type_ not in _WHEN:
        end -= 1  # "Trump this week also said": the time is the verb's
    while end > head.i and doc[end].text in _EDGE_PUNCT and not _closes_paren(doc, start, end):
        end -= 1
    while start < head.i and doc[start].text in _EDGE_PUNCT:
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _aside(doc: Any, i: int, end: int) -> bool:
    """A parenthesis that is a remark, not a label: longer than a party and
    state ("(R-Wis.)", "(UNICEF)") or holding a verb ("(a view echoed by ...)")."""
    close = next((k for k in range(i + 1, min(end, i + 8) + 1) if doc[k].text == ")"), None)
    return close is None or any(doc[k].pos_ in ("VERB", "AUX") for k in range(i + 1, close))


def _closes_paren(doc: Any, start: int, end: int) -> bool:
    """Is token ``end`` the ")" of a "(" inside the phrase ("Ryan (R-Wis.)")?"""
    return doc[end].text == ")" and any(doc[i].text == "(" for i in range(start, end))


def is_mark(t: Any) -> bool:
    """A quotation mark, not the apostrophe of a possessive ("the Marines' commander")."""
    return t.text in _QUOTE_TOKENS and not (t.dep_ == "case" or t.tag_ == "POS")


def _kept_clause(c: Any) -> bool:
    """A clause the source phrase as written keeps: a relative clause that
    reports nothing itself ("residents who fled the shelling"), a past
    participle ("officials briefed on the talks"), not "-ing" clauses."""
    verbs = reporting_verbs()
    if c.dep_ == "relcl":
        return not any(t.lemma_.lower() in verbs for t in [c] + [d for d in c.children if d.dep_ == "conj"])
    if c.dep_ == "acl" and c.tag_ == "VBG":  # "a union representing flight attendants", not ", saying"
        return not c.doc[c.left_edge.i - 1].is_punct and c.lemma_.lower() not in verbs and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in c.subtree)
    return c.dep_ == "acl" and c.tag_ == "VBN"
