"""From cues and quotation marks to :class:`~warwire.quotes.model.Quote` records.

Marks tied to a cue become direct quotes (or scare quotes for naming verbs);
a cue whose clause holds marks becomes one mixed quote; other cues with a
clause become indirect quotes.  A cue reporting through a news outlet
("Reuters reported Kim said ...", "according to TASS") gives way to the
report inside it: the outlet is the channel, not the speaker.  Marks no cue
claims are floating quotes, given the speaker of the quote or introduction
just before them, or scare quotes.  Speakers are resolved last, in text order.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context
from .direct import Tie, is_scare
from .lexicon import fold, media_outlets, strip_the
from .mention import mention_span
from .model import DIRECT, INDIRECT, MIXED, SCARE, SPEECH_KINDS, Cue, Quote
from .speakers import Speakers

_MAX_BACK_PARAGRAPHS = 3


@dataclass(eq=False)
class Item:
    """A quote on its way out, with the token heading its speaker mention."""

    quote: Quote
    head: int | None = None
    floating: bool = False


def _quote(ctx: Context, start: int, end: int, kind: str, cue: Cue | None) -> Item:
    q = Quote(ctx.text[start:end], start, end, kind=kind)
    item = Item(q)
    if cue is not None:
        q.cue = ctx.text[cue.cue[0]:cue.cue[1]]
        q.cue_start, q.cue_end = cue.cue
        if cue.source is not None:
            q.speaker_start, q.speaker_end = cue.source
            q.source_start, q.source_end = cue.mention or cue.source
            item.head = cue.subject
    return item


def assemble(ctx: Context, cues: list[Cue], ties: list[Tie]) -> list[Item]:
    """Every quote of the text, unresolved speakers, in text order."""
    items: list[Item] = []
    hosts: set[int] = set()
    tied: set[int] = set()
    for tie in ties:
        m = tie.mark
        if m.paragraph in ctx.captions or _subhead(ctx, tie) or tie.cue is not None and tie.cue.author:
            continue
        if tie.kind == MIXED and tie.content is not None:
            items.append(_quote(ctx, tie.content[0], tie.content[1], MIXED, tie.cue))
            tied.add(id(tie.cue))
        elif tie.kind == MIXED and tie.cue is not None:
            hosts.add(id(tie.cue))
        elif tie.cue is not None:
            s, e = tie.content or (m.start, m.end)
            items.append(_quote(ctx, s, e, tie.kind, tie.cue))
            if tie.kind != SCARE:  # "calls the invasion a 'special operation'" also reports what it calls what
                tied.add(id(tie.cue))
        elif tie.standalone:
            item = _quote(ctx, m.start, m.end, DIRECT, None)
            item.floating = True
            items.append(item)
        else:
            items.append(_quote(ctx, m.start, m.end, SCARE if is_scare(ctx, tie) else DIRECT, None))
    direct = [(i.quote.start, i.quote.end) for i in items if i.quote.kind == DIRECT and i.quote.cue]
    loose = [i for i in items if i.quote.cue is None and not i.floating]
    for c in cues:
        if c.kind == "naming" and c.form != "object" or c.content is None or c.subject is None \
                or id(c) in tied or c.author:
            continue
        if ctx.paragraph_of(c.content[0]) in ctx.captions:
            continue
        if _is_channel(ctx, c, cues) or _mostly_quoted(c.content, direct):
            continue
        for s, e in [c.content] + c.more:
            held = [i for i in loose if s <= i.quote.start and i.quote.end <= e + 1]
            if id(c) in hosts or held or c.kind == "naming":
                s, e = _open_mixed(ctx, s), _close_mixed(ctx, s, e)
                items = [i for i in items if i not in held]
            item = _quote(ctx, s, e, MIXED if id(c) in hosts or held else INDIRECT, c)
            if item.quote.kind == INDIRECT:
                item.quote.form = c.form
            items.append(item)
    items.sort(key=lambda i: i.quote.start)
    return items


def attributed(ctx: Context, cues: list[Cue]) -> list[Item]:
    """Beliefs, findings and stances (cues of :mod:`.attribution`) as quotes
    of those kinds: the content of each, with its holder as the speaker."""
    items = []
    for c in cues:
        assert c.content is not None
        if c.author or ctx.paragraph_of(c.content[0]) in ctx.captions:
            continue
        for s, e in [c.content] + c.more:
            item = _quote(ctx, s, e, c.kind, c)
            item.quote.form = c.form
            items.append(item)
    return items


def unnest(items: list[Item]) -> list[Item]:
    """Drop beliefs, findings and stances inside another quote's words ("the
    governor said Moscow wants the port"): the outer source says so, and its
    quote carries it; the holder named inside never said it here."""
    spans = [(i.quote.start, i.quote.end) for i in items]
    return [i for i in items if i.quote.kind in SPEECH_KINDS or not any(
        s <= i.quote.start and i.quote.end <= e and (s, e) != (i.quote.start, i.quote.end) for s, e in spans)]


def _subhead(ctx: Context, tie: Tie) -> bool:
    """A paragraph that is only a few quoted words with no closing stop of
    their own ('Life-changing and heartbreaking'.): a subheading, not speech."""
    m = tie.mark
    ps, pe = ctx.paragraphs[m.paragraph]
    if tie.cue is not None or m.open_at != ps:
        return False
    rest = ctx.text[(m.close_at if m.close_at is not None else m.end) + 1:pe].strip()
    inner = ctx.text[m.start:m.end].rstrip()
    return len(rest) <= 1 and inner[-1:] not in ".?!…" and len(inner.split()) <= 12


def _open_mixed(ctx: Context, s: int) -> int:
    """Take in the opening mark of a quote the clause starts with."""
    return next((m.open_at for m in ctx.marks if m.start == s), s)


def _close_mixed(ctx: Context, s: int, e: int) -> int:
    """Take in the closing mark of a quote the clause ends inside of."""
    for m in ctx.marks:
        if s <= m.open_at < e and m.close_at is not None and e <= m.close_at < e + 3:
            return m.close_at + 1
    return e


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _mostly_quoted(span: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    s, e = span
    inside = sum(max(0, min(e, qe) - max(s, qs)) for qs, qe in quoted)
    return inside >= 0.5 * (e - s)


def _is_channel(ctx: Context, c: Cue, cues: list[Cue]) -> bool:
    """Does ``c`` only carry a report made by someone else inside its clause?"""
    assert c.content is not None
    s, e = c.content
    inner = [d for d in cues if d is not c and d.subject is not None and d.kind != "naming"
             and s <= d.cue[0] < e]
    if c.kind == "according":
        return bool(inner) or any(
            d is not c and d.kind == "speech" and d.subject is not None and d.content is not None
            and _overlap(d.content, c.content) >= 0.5 * (e - s) for d in cues)
    if not inner:
        return False
    assert c.source is not None
    name = strip_the(fold(ctx.text[c.source[0]:c.source[1]]))
    return name in media_outlets() or name.endswith(("reports", "media"))


def resolve_speakers(ctx: Context, items: list[Item]) -> None:
    """Fill speaker and role: cued quotes by their mention, then floating ones."""
    speakers = Speakers(ctx)
    cued = sorted((i for i in items if i.head is not None), key=lambda i: i.quote.speaker_start or 0)
    for item in cued:
        if item.quote.kind in SPEECH_KINDS:
            _resolve(ctx, speakers, item)
    for n, item in enumerate(items):
        if item.floating:
            _attribute_floating(ctx, speakers, items, n)
        elif item.quote.kind == DIRECT and item.quote.cue is None:
            _continue_quote(ctx, items, n)
    for item in cued:  # beliefs and stances last: they never change who spoke
        if item.quote.kind not in SPEECH_KINDS:
            _resolve(ctx, speakers, item)


def _resolve(ctx: Context, speakers: Speakers, item: Item) -> None:
    q = item.quote
    assert item.head is not None and q.speaker_start is not None and q.speaker_end is not None
    e = speakers.resolve(item.head, ctx.text[q.speaker_start:q.speaker_end])
    if e is not None:
        q.speaker, q.speaker_role = e.name, e.role


def _attribute_floating(ctx: Context, speakers: Speakers, items: list[Item], n: int) -> None:
    """The quote or named person just before a floating quote speaks it."""
    q = items[n].quote
    para = ctx.paragraph_of(q.start)
    seen = 0
    for p in range(para, -1, -1):
        if p in ctx.captions:
            continue
        seen += 1
        if seen > _MAX_BACK_PARAGRAPHS:
            return
        before = [i for i in items[:n] if ctx.paragraph_of(i.quote.start) == p
                  and i.quote.speaker_start is not None and i.quote.kind in SPEECH_KINDS - {SCARE}]
        if before:
            src = before[-1].quote
            q.speaker, q.speaker_role = src.speaker, src.speaker_role
            q.speaker_start, q.speaker_end = src.speaker_start, src.speaker_end
            q.source_start, q.source_end = src.source_start, src.source_end
            q.cue, q.cue_start, q.cue_end = src.cue, src.cue_start, src.cue_end
            return
        ps = ctx.paragraphs[p][0]
        intro = [ev for ev in speakers.reg.events
                 if ps <= ev.pos < q.start and ctx.paragraph_of(ev.pos) == p and ev.subject
                 and ev.entity.kind == "person"]
        if intro:
            ev = intro[-1]
            q.speaker, q.speaker_role = ev.entity.name, ev.entity.role
            q.speaker_start, q.speaker_end = _name_span(ctx, speakers, ev.tok)
            q.source_start, q.source_end = q.speaker_start, q.speaker_end
            return


def _continue_quote(ctx: Context, items: list[Item], n: int) -> None:
    """Quoted words in a sentence of their own, after a cued quote of the same
    paragraph ("'...,' said Kim. 'We could win ...,' which votes in June."):
    the same speaker goes on (only a quote standing alone looks further back)."""
    q = items[n].quote
    para = ctx.paragraph_of(q.start)
    before = [i.quote for i in items[:n] if i.quote.cue is not None and i.quote.kind in (DIRECT, MIXED)
              and ctx.paragraph_of(i.quote.start) == para and i.quote.speaker_start is not None]
    if before:
        src = before[-1]
        q.speaker, q.speaker_role = src.speaker, src.speaker_role
        q.speaker_start, q.speaker_end = src.speaker_start, src.speaker_end
        q.source_start, q.source_end = src.source_start, src.source_end
        q.cue, q.cue_start, q.cue_end = src.cue, src.cue_start, src.cue_end


def _name_span(ctx: Context, speakers: Speakers, tok: int) -> tuple[int, int]:
    """The name around token ``tok`` (the tokens of the same entity), or its phrase."""
    by_token = speakers.reg.by_token
    e = by_token.get(tok)
    if e is None:
        return mention_span(ctx.doc[tok], ctx)
    lo = hi = tok
    while lo - 1 >= 0 and by_token.get(lo - 1) is e:
        lo -= 1
    while hi + 1 < len(ctx.doc) and by_token.get(hi + 1) is e:
        hi += 1
    doc = ctx.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
