"""Quoted spans and their cues: direct, mixed, scare, or floating.

Each pair of quotation marks is tied to a cue by the shape of its sentence:

- a frame after it: ``'X,' he said`` / ``'X,' said Kim, the governor`` (every
  word between the mark and the verb belongs to the speaker's phrase);
- a frame before it: ``Kim said: 'X'`` / ``he told reporters, 'X'``;
- a host clause: ``the mayor said the city was 'living under fire'`` (the
  marks sit inside what the verb reports: a mixed quote);
- a naming verb: ``what Moscow calls a 'special operation'`` (a scare quote
  with the namer as speaker).

Marks that no cue claims are floating quotes when they fill their sentence
(the speaker comes from the quote or introduction before them) and scare
quotes when they are a few words inside a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .context import Context
from .model import DIRECT, MIXED, SCARE, Cue, MarkSpan

_SENTENCE_END = {".", "!", "?"}
_MAX_FRAME = 40
_MAX_LEAD = 15
_SCARE_WORDS = 5
_RUN_ON_WORDS = 2
_CLOSERS = "\"”’'»"
_FRAME_PUNCT = set(",.?!—–-…:;")
_FRAME_DEPS = {"advmod", "aux", "auxpass", "neg", "npadvmod", "nsubj", "nsubjpass", "prep", "mark"}
_LEAD_ENDS = ("?", "!", ".", ":")
_LABEL = re.compile(r"[A-Z][A-Z.' -]{1,30}:")


@dataclass
class Tie:
    """A quoted span and what it was tied to."""

    mark: MarkSpan
    kind: str
    cue: Cue | None = None
    standalone: bool = False
    content: tuple[int, int] | None = None


def tie_marks(ctx: Context, cues: list[Cue]) -> list[Tie]:
    """One :class:`Tie` per quoted span, in text order."""
    by_paragraph: dict[int, list[Cue]] = {}
    for c in cues:
        by_paragraph.setdefault(ctx.paragraph_of(ctx.doc[c.verb].idx), []).append(c)
    ties = []
    for m in ctx.marks:
        near = by_paragraph.get(m.paragraph - 1, []) + by_paragraph.get(m.paragraph, [])
        speech = [c for c in near if c.kind != "naming"]
        naming = [c for c in near if c.kind == "naming"]
        tie = _tie(ctx, m, speech, naming)
        tie.standalone = standalone(ctx, m)
        ties.append(tie)
    _share_chains(ctx, ties)
    return ties


def _tie(ctx: Context, m: MarkSpan, speech: list[Cue], naming: list[Cue]) -> Tie:
    open_tok = ctx.token_at(m.open_at)
    if m.close_at is not None:
        close_tok = ctx.token_at(m.close_at)
        for c in speech:
            if c.verb > close_tok and c.kind == "speech" and not _reports_after(ctx, c) \
                    and _frame_after(ctx, m, close_tok, c):
                lead = _sentence_lead(ctx, m)
                if lead is not None:
                    return Tie(m, MIXED, c, content=(lead, m.close_at + 1))
                return Tie(m, DIRECT, c)
    for c in reversed(speech):
        if c.verb < open_tok and c.kind == "speech" and _frame_before(ctx, c, open_tok):
            return Tie(m, MIXED if _runs_on(ctx, c, m) else DIRECT, c)
    host = _host(m, speech)
    if host is not None:
        return Tie(m, MIXED, host)
    for c in speech:
        if c.content and _overlap(c.content, (m.start, m.end)) >= 0.5 * (c.content[1] - c.content[0]):
            inside = m.start <= ctx.doc[c.verb].idx < m.end  # '"PENCE: Well, ...': the label is no quote
            return Tie(m, DIRECT, c, content=c.content if inside else None)
    for c in naming:
        if _named_by(ctx, m, c):
            return Tie(m, SCARE, c)
    return Tie(m, DIRECT)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _descends(t: Any, anc: Any) -> bool:
    while True:
        if t.i == anc.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head


def _reports_after(ctx: Context, c: Cue) -> bool:
    """The cue already reports a clause of its own after the verb ("In an
    interview on 'Face the Nation,' Ryan said the protests demand ..."): a
    quote before the speaker is not what it reports."""
    return c.content is not None and c.form == "clause" and c.content[0] > ctx.doc[c.verb].idx \
        and len(ctx.text[c.content[0]:c.content[1]].split()) >= _RUN_ON_WORDS


def _frame_after(ctx: Context, m: MarkSpan, close_tok: int, c: Cue) -> bool:
    """Every word between the closing mark and the verb is the speaker's phrase
    (or an adverb or auxiliary of the verb): ``'X,' Kim, 45, said``.  The
    quote ends as a quote before a frame does: with a comma or a full stop,
    a question or exclamation mark, a dash."""
    if c.verb - close_tok > _MAX_FRAME:
        return False
    assert m.close_at is not None
    inside = ctx.text[m.open_at + 1:m.close_at].rstrip().rstrip(_CLOSERS)[-1:]
    outside = ctx.text[m.close_at + 1:m.close_at + 2]
    if inside not in _FRAME_PUNCT and outside != ",":
        return False
    doc = ctx.doc
    if ctx.paragraph_of(doc[c.verb].idx) != ctx.paragraph_of(doc[close_tok].idx):
        return False
    if c.subject is not None and c.subject < close_tok:
        return False  # "he said it was 'X,' noting ...": the speaker was named before
    last = doc[close_tok - 1].text if close_tok > 0 else ""
    if last == "." and close_tok + 1 < len(doc) and not doc[close_tok + 1].is_lower:
        return False  # 'X.' Next sentence
    v = doc[c.verb]
    subj = doc[c.subject] if c.subject is not None else None
    governors = {v.i} | {a.i for a in v.ancestors if a.i < v.i and a.i > close_tok}
    for i in range(close_tok + 1, c.verb):
        t = doc[i]
        if t.is_space or (t.is_punct and t.text not in _SENTENCE_END and ctx.quoted(i) < 0):
            continue
        if c.source and c.source[0] <= t.idx < c.source[1]:
            continue  # the speaker's phrase as the cue reads it ("Col. Yuriy Ihnat", "Tulsa police Chief ...")
        if t.is_punct or ctx.quoted(i) >= 0:
            return False
        if subj is not None and _descends(t, subj):
            continue
        if t.i in governors or t.head.i in governors and t.dep_ in _FRAME_DEPS:
            continue  # "he was quoted as saying", "also", "on Monday"
        if t.head.head.i == v.i and t.head.dep_ == "prep":
            continue
        return False
    return True


def _frame_before(ctx: Context, c: Cue, open_tok: int) -> bool:
    """Only the verb's own phrases stand between it and the opening mark:
    ``Kim said on Telegram: 'X'``, ``he told reporters that 'X'``."""
    if open_tok - c.verb > _MAX_LEAD:
        return False
    doc = ctx.doc
    v = doc[c.verb]
    para = ctx.paragraph_of(doc[open_tok].idx)
    if ctx.paragraph_of(v.idx) != para and not (
            para > 0 and ctx.paragraph_of(v.idx) == para - 1
            and ctx.text[ctx.paragraphs[para - 1][1] - 1] == ":"):
        return False  # only a paragraph ending "... said:" frames the next one
    content = [ch for ch in v.children if ch.dep_ == "ccomp"]
    last = doc[open_tok - 1] if open_tok - 1 > c.verb else None
    while last is not None and last.is_space and last.i - 1 > c.verb:
        last = doc[last.i - 1]
    if last is not None and last.text not in (":", ",", "that", "—", "–", "-") and not last.is_space:
        return False
    for i in range(c.verb + 1, open_tok):
        t = doc[i]
        if t.is_space or (t.is_punct and t.text not in _SENTENCE_END):
            continue
        if t.is_punct or ctx.quoted(i) >= 0 or not _descends(t, v):
            return False
        if t.lower_ == "that" and t.dep_ == "mark":
            continue
        if t.pos_ in ("VERB", "AUX") or any(_descends(t, h) for h in content):
            return False
    return True


def _runs_on(ctx: Context, c: Cue, m: MarkSpan) -> bool:
    """Does the clause the cue reports go on past the closing mark ("said
    that 'X' to whoever asked"): the marks are part of a mixed quote."""
    if c.content is None or m.close_at is None or c.content[0] > m.start:
        return False  # (the content may start inside the mark: 'said "budget reforms" and ... would')
    rest = ctx.text[m.close_at + 1:c.content[1]]
    return len(rest.split()) >= _RUN_ON_WORDS


def _sentence_lead(ctx: Context, m: MarkSpan) -> int | None:
    """Where the sentence starts when words of it stand before the opening
    mark (``There was a 'whiff' of concern, 'X,' he said``), else None."""
    ps = ctx.paragraphs[m.paragraph][0]
    before = ctx.text[ps:m.open_at]
    k = len(before)
    while k > 0 and before[k - 1].isspace():
        k -= 1
    if k == 0 or before[k - 1] in _LEAD_ENDS or before[k - 1] in _CLOSERS:
        return None
    start = 0
    for j in range(k - 1, 0, -1):
        if before[j].isspace() and (before[j - 1] in _LEAD_ENDS or
                                    before[j - 1] in _CLOSERS and before[j - 2:j - 1] in _LEAD_ENDS):
            start = j + 1
            break
    if len(before[start:k].split()) < 2:
        return None
    return ps + start


def _host(m: MarkSpan, cues: list[Cue]) -> Cue | None:
    """The cue whose reported clause holds these marks and more words."""
    best = None
    for c in cues:
        if c.content is None:
            continue
        s, e = c.content
        if s <= m.open_at and m.end <= e and (e - s) - (m.end - m.start) > 8:
            if best is None or e - s < best.content[1] - best.content[0]:
                best = c
    return best


def _named_by(ctx: Context, m: MarkSpan, c: Cue) -> bool:
    """Do the marks sit in what naming verb ``c`` names (``called it 'X'``)?"""
    doc = ctx.doc
    v = doc[c.verb]
    first, last = ctx.token_at(m.start), ctx.token_at(max(m.start, m.end - 1))
    if ctx.sent_of(first) != ctx.sent_of(v.i):
        return False
    heads = [doc[i] for i in range(first, last + 1) if not first <= doc[i].head.i <= last]
    return any(_descends(h, v) for h in heads[:1])


def standalone(ctx: Context, m: MarkSpan) -> bool:
    """Do the marks fill their sentence (nothing outside them but punctuation)?"""
    text = ctx.text
    ps, pe = ctx.paragraphs[m.paragraph]
    before = text[ps:m.open_at].rstrip()
    starts = not before or before[-1] in ".!?:" or (
        before[-1] in _CLOSERS and len(before) > 1 and before[-2] in ".!?,")
    if m.close_at is None:
        return starts
    after = text[m.close_at + 1:pe].lstrip()
    inner_end = text[m.start:m.end].rstrip()[-1:]
    ends = not after or after[0] in ".!?" or (inner_end in ".!?" and (after[0].isupper() or after[0] in "\"“‘'«"))
    return starts and ends


def _share_chains(ctx: Context, ties: list[Tie]) -> None:
    """The pieces of a quote running over paragraphs share the cue one of them
    has, save a piece a speaker's label opens (a transcript's next turn: '"HOST: ...')."""
    by_chain: dict[int, list[Tie]] = {}
    for t in ties:
        if t.mark.chain >= 0:
            by_chain.setdefault(t.mark.chain, []).append(t)
    for group in by_chain.values():
        cued = [t for t in group if t.cue is not None and t.kind == DIRECT]
        if not cued:
            continue
        for t in group:
            if t.cue is None and not _LABEL.match(ctx.text, t.mark.start):
                t.cue = cued[0].cue
                t.standalone = True


def is_scare(ctx: Context, tie: Tie) -> bool:
    """A few words inside a sentence, with no verb of their own."""
    if tie.standalone or tie.cue is not None and tie.kind != SCARE:
        return False
    m = tie.mark
    words = ctx.text[m.start:m.end].split()
    if len(words) <= _SCARE_WORDS:
        return True
    first, last = ctx.token_at(m.start), ctx.token_at(max(m.start, m.end - 1))
    return not any(ctx.doc[i].pos_ in ("VERB", "AUX") for i in range(first, last + 1))
