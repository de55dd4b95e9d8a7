"""The cue "according to X": X is the source, the clause the phrase modifies
(or, when it opens or closes its sentence, the whole sentence) the content,
with repairs for the parser's usual misreadings ("According to X, <clause>"
made one phrase; "according to show insiders" with "show" read as a verb).
"""

from __future__ import annotations

from typing import Any

from .context import Context, trim
from .mention import mention_span
from .model import Cue


def _at_sentence_edge(ctx: Context, lo: int, hi: int) -> bool:
    """Does the phrase lo..hi open its sentence or close it after a comma
    ("According to X, ...", "..., according to X.")?  Then it reports the
    whole sentence, not the clause the parser hung it on."""
    doc = ctx.doc
    if lo == 0 or doc[lo - 1].is_space or doc[lo - 1].text in (".", "!", "?", "\"", "”"):
        return True
    rest = [t for t in doc[hi + 1:ctx.sent_end(hi)] if not t.is_space]
    return doc[lo - 1].text == "," and (not rest or rest[0].is_punct and rest[0].text in ".!?")


def _misread_source(cue: Cue, to: Any, ctx: Context) -> None:
    """"according to show insiders", the parser reading "show" as a verb:
    the phrase after "to" is the source, its last noun the head."""
    comp = [c for c in to.children if c.dep_ == "pcomp"]
    nouns = [t for t in comp[0].subtree if t.pos_ in ("NOUN", "PROPN")] if comp else []
    if nouns:
        doc = ctx.doc
        cue.subject = nouns[-1].i
        first, last = doc[comp[0].left_edge.i], doc[comp[0].right_edge.i]
        cue.source = cue.mention = (first.idx, last.idx + len(last.text))


def _opening_root(cue: Cue, objs: list[Any], ctx: Context) -> Cue:
    """"According to X, <clause>." that the parser made one phrase: the clause
    is what follows the comma after X's name."""
    if not objs:
        return cue
    doc, end = ctx.doc, ctx.sent_end(objs[0].i)
    comma = next((t.i for t in doc[objs[0].i + 1:end] if t.text == ","), None)
    if comma is not None:
        span = trim(ctx, comma + 1, end - 1)
        if span is not None and len(ctx.text[span[0]:span[1]].split()) >= 3:
            source = mention_span(objs[0], ctx)
            cue.content, cue.source = span, (source[0], min(source[1], doc[comma].idx))
            cue.mention = cue.source
    return cue


def according(tok: Any, ctx: Context) -> Cue | None:
    """"according to X": X is the speaker, the clause it modifies the content."""
    to = [c for c in tok.children if c.lower_ == "to"]
    if not to:
        return None
    objs = [c for c in to[0].children if c.dep_ == "pobj"]
    cue = Cue(tok.i, (tok.idx, to[0].idx + len(to[0].text)), "according")
    if objs:
        cue.subject = objs[0].i
        cue.source = mention_span(objs[0], ctx)
        cue.mention = mention_span(objs[0], ctx, clauses=True)
    else:
        _misread_source(cue, to[0], ctx)
    h = tok.head
    if h.i == tok.i:
        return _opening_root(cue, objs, ctx)
    lo, hi = tok.left_edge.i, tok.right_edge.i
    edge = _at_sentence_edge(ctx, lo, hi)
    while h.head.i != h.i and ctx.same_paragraph(h.head.i, tok.i) and (
            edge or h.dep_ == "conj" or h.pos_ not in ("VERB", "AUX")):
        h = h.head  # the clause, not the noun or the last conjunct it hangs from
    first = max(h.left_edge.i, ctx.paragraph_first(tok.i))
    spans = [s for s in (trim(ctx, first, lo - 1), trim(ctx, hi + 1, h.right_edge.i)) if s]
    if spans:
        cue.content, cue.more = spans[0], spans[1:]
    return cue
