"""The clean stage: strip photo credits, captions, promos and repeats from a body.

``clean_text(raw)`` returns the cleaned text and a list of
:class:`~warwire.record.Removed` items (kind ``credit``, ``caption``,
``boilerplate`` or ``duplicate``) so a user can audit what went.

How the text is cut up
    The body is split into paragraphs at line breaks and at the runs of
    spaces that flattened scrapes leave where paragraph breaks used to be
    (see :mod:`.segment`); each paragraph is cut into sentences, with photo
    credits carved out as units of their own.  Every unit is then kept or
    removed.

What comes out
    Kept paragraphs are joined with a blank line (``"\\n\\n"``), whatever the
    original separators were, and runs of whitespace inside a paragraph become
    one space.  Captions, credits and promos sit *between* paragraphs on a web
    page, so where one is removed from the middle of a flattened paragraph the
    paragraph is split there.  A credit in the middle of a sentence (``Smoke
    rises (Photo by X / AFP) over the port``) is cut out and the sentence
    closed up instead.  Every later offset indexes into this text.

How captions are found
    Context sets the bar (scores from :mod:`.caption_score`): right before a
    photo credit a weak caption signal is enough, and an AP-style caption of
    several sentences is taken back to its head sentence; a one-sentence
    paragraph needs a strong signal (a description in the present tense that
    ends with a full date, or a ``FILE -`` / ``Pictured:`` marker); a sentence
    inside a longer paragraph needs a stronger one still.  A sentence that
    nearly repeats a caption head goes too (galleries repeat captions with a
    word changed).  Speech verbs, quotes and ``I``/``we``/``you`` count
    against a caption, so quotes and reported speech stay.

Repeats
    A kept paragraph that (nearly) repeats an earlier kept one is removed as
    ``duplicate`` (see :mod:`.repeats`); the first occurrence stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..record import Article, Removed
from . import boilerplate
from .caption_score import is_marked, penalty, score
from .credits import cut, find_credits
from .repeats import echoes, repeated
from .segment import paragraphs, sentence_spans

#: score thresholds by context (see the module docstring)
BEFORE_CREDIT = 1.0
CAPTION_HEAD = 4.0
STANDALONE = 4.0
INLINE = 5.0
#: how many sentences a caption may span before its credit
MAX_CAPTION_SENTENCES = 4

_CAPTION_LABEL = re.compile(
    r"(?:Pictured|PICTURED|Caption|CAPTION|Image caption|IMAGE CAPTION|Photo caption|Picture caption)\s*[:,]"
)
_PHOTO_WORD = re.compile(r"[Pp]hoto|Getty|[Ii]mage|Shutterstock|Alamy|Pool|POOL")
_ONLY_AGENCY = re.compile(r"(?:AP|AFP|Reuters|REUTERS|Xinhua|EPA|TASS|Sputnik|Getty Images)\W?")


@dataclass
class _Unit:
    """A sentence, credit or promo line of one paragraph; ``kind`` set if removed."""

    text: str
    para: int
    kind: str | None = None
    source: bool = False  # a wire-source line ("AFP"), not a photo credit
    cuts: list[str] = field(default_factory=list)  # inline credits cut out of it


def clean_text(raw: str) -> tuple[str, list[Removed]]:
    """Clean a raw body: ``(text, removed)`` (see the module docstring)."""
    units: list[_Unit] = []
    for index, para in enumerate(paragraphs(raw)):
        units.extend(_paragraph_units(para, index))
    _mark_credited_captions(units)
    _mark_captions(units)
    _mark_caption_echoes(units)
    blocks = _blocks(units)
    _mark_duplicates(blocks)
    text = "\n\n".join(" ".join(u.text for u in b) for b in blocks if b[0].kind is None)
    return text, _removed(units)


class Clean:
    """Pipeline stage: ``raw_text`` in, ``text`` and ``removed`` out."""

    name = "clean"
    needs = ("raw_text",)
    adds = ("text", "removed")

    def __call__(self, article: Article) -> None:
        article.text, article.removed = clean_text(article.raw_text or "")


# --- splitting ---------------------------------------------------------------


def _paragraph_units(para: str, index: int) -> list[_Unit]:
    """Cut one paragraph into units, marking promos, labels and credits."""
    if boilerplate.is_boilerplate_paragraph(para):
        return [_Unit(para, index, "boilerplate")]
    if _CAPTION_LABEL.match(para):
        return [_Unit(para, index, "caption")]
    if _ONLY_AGENCY.fullmatch(para):
        return [_Unit(para, index, "credit", source=True)]
    para, cuts = _cut_inline_credits(para)
    units: list[_Unit] = []
    pos = 0
    for credit in find_credits(para):
        units += _sentence_units(para[pos : credit.start], index)
        units.append(_Unit(para[credit.start : credit.end], index, "credit"))
        pos = credit.end
    units += _sentence_units(para[pos:], index)
    if units and cuts:
        units[0].cuts = cuts
    _mark_last_line(units)
    return units


def _cut_inline_credits(para: str) -> tuple[str, list[str]]:
    """Remove credits that sit inside a sentence; return the text and what went."""
    cuts: list[str] = []
    for credit in reversed(find_credits(para)):
        if not credit.boundary:
            cuts.insert(0, para[credit.start : credit.end])
            para = cut(para, credit.start, credit.end)
    return para, cuts


def _sentence_units(text: str, index: int) -> list[_Unit]:
    """Sentences of ``text``; boilerplate leads and caption labels split off."""
    units: list[_Unit] = []
    text = text.strip()
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        while (lead := boilerplate.strip_lead(sentence)) is not None:
            units.append(_Unit(lead[0], index, "boilerplate"))
            sentence = lead[1]
        if sentence:
            kind = "caption" if _CAPTION_LABEL.match(sentence) else None
            units.append(_Unit(sentence, index, kind))
    return units


def _mark_last_line(units: list[_Unit]) -> None:
    """Whole-line boilerplate patterns may match the last sentence of a paragraph."""
    if len(units) > 1 and units[-1].kind is None:
        if boilerplate.is_boilerplate_paragraph(units[-1].text):
            units[-1].kind = "boilerplate"


# --- captions -----------------------------------------------------------------


def _before(units: list[_Unit], j: int) -> list[int]:
    """Kept units right before unit ``j``, nearest first, within one paragraph.

    A credit that opens its paragraph looks back into the previous one (the
    caption was split off as a paragraph of its own).
    """
    para = units[j].para
    if j > 0 and units[j - 1].para != para:
        para = units[j - 1].para
    out: list[int] = []
    i = j - 1
    while i >= 0 and len(out) < MAX_CAPTION_SENTENCES:
        unit = units[i]
        if unit.para != para or unit.kind is not None:
            break
        out.append(i)
        i -= 1
    return out


def _shares_paragraph_only_with_credits(units: list[_Unit], i: int, j: int) -> bool:
    """Do unit ``i`` and credit ``j`` make up a paragraph, with nothing but credits besides?"""
    para = units[i].para
    return units[j].para == para and all(
        u is units[i] or u.kind == "credit" for u in units if u.para == para
    )


def _mark_credited_captions(units: list[_Unit]) -> None:
    """The sentence(s) a credit closes are its caption."""
    for j, unit in enumerate(units):
        if unit.kind != "credit" or unit.source:
            continue
        before = _before(units, j)
        if not before:
            continue
        for i in _caption_span(units, before, j):
            units[i].kind = "caption"


def _caption_span(units: list[_Unit], before: list[int], credit: int) -> list[int]:
    """Which of the units before a credit belong to its caption.

    A strong caption head up to :data:`MAX_CAPTION_SENTENCES` back takes the
    sentences after it along (AP adds context sentences to a caption); else
    the nearest sentence goes if it shows any caption signal, or if it is a
    plain description sharing a paragraph with nothing but the photo credit
    (``Former prime minister Yulia Tymoshenko. Photograph: ...``).
    """
    for depth, i in enumerate(before):
        if score(units[i].text) >= CAPTION_HEAD:
            return before[: depth + 1]
    nearest = units[before[0]].text
    if score(nearest) >= BEFORE_CREDIT:
        return before[:1]
    alone = _shares_paragraph_only_with_credits(units, before[0], credit)
    photo = _PHOTO_WORD.search(units[credit].text)
    if alone and photo and penalty(nearest) == 0 and len(nearest.split()) <= 40:
        return before[:1]
    return []


def _mark_captions(units: list[_Unit]) -> None:
    """Captions with no credit: a strong score, stronger inside a paragraph."""
    kept_in_para: dict[int, int] = {}
    for u in units:
        if u.kind is None:
            kept_in_para[u.para] = kept_in_para.get(u.para, 0) + 1
    for u in units:
        if u.kind is not None:
            continue
        alone = kept_in_para[u.para] == 1
        s = score(u.text)
        if s >= (STANDALONE if alone else INLINE) or (alone and is_marked(u.text) and s >= 3):
            u.kind = "caption"


def _mark_caption_echoes(units: list[_Unit]) -> None:
    """A sentence that nearly repeats a caption head is a caption too.

    Only heads count (sentences that read as captions on their own): the
    later sentences of an AP caption are copied from the body, and the body
    must not go because a caption quoted it.
    """
    heads = [u.text for u in units if u.kind == "caption" and score(u.text) >= CAPTION_HEAD]
    if not heads:
        return
    kept = [u for u in units if u.kind is None]
    for u, echo in zip(kept, echoes([u.text for u in kept], heads)):
        if echo:
            u.kind = "caption"


# --- assembling and duplicates ------------------------------------------------


def _blocks(units: list[_Unit]) -> list[list[_Unit]]:
    """Group units into output paragraphs: runs of kept units, removed ones alone."""
    blocks: list[list[_Unit]] = []
    for u in units:
        last = blocks[-1] if blocks else None
        if u.kind is None and last and last[0].kind is None and last[0].para == u.para:
            last.append(u)
        else:
            blocks.append([u])
    return blocks


def _mark_duplicates(blocks: list[list[_Unit]]) -> None:
    """A kept paragraph that (nearly) repeats an earlier kept one is a duplicate."""
    kept = [b for b in blocks if b[0].kind is None]
    for block, dup in zip(kept, repeated([" ".join(u.text for u in b) for b in kept])):
        if dup:
            for u in block:
                u.kind = "duplicate"


def _removed(units: list[_Unit]) -> list[Removed]:
    """What went, in text order; a duplicate paragraph is one item."""
    out: list[Removed] = []
    previous: _Unit | None = None
    for u in units:
        out += [Removed("credit", c) for c in u.cuts]
        if u.kind == "duplicate" and previous is not None and previous.kind == "duplicate" \
                and previous.para == u.para:
            out[-1] = Removed("duplicate", f"{out[-1].text} {u.text}")
        elif u.kind is not None:
            out.append(Removed(u.kind, u.text))
        previous = u
    return out
