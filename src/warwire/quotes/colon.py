"""Words after a name and a colon at the head of a paragraph: a headline
("Zelensky: Russia will pay for Bucha") or a transcript's turn ("TAPPER: Do
you think ..."), the name's words to the end of the paragraph.

A label that names no one ("UPDATE:", "Editor's note:", ``data/colon_labels.txt``),
a time stamp ("12:20 p.m.:"), a phrase holding a verb ("Kyiv says:" is a
cue of its own) or more than a few words is no such frame.
"""

from __future__ import annotations

from typing import Any

from .context import Context, trim
from .lexicon import colon_labels, quote_words
from .marks import OPENING
from .model import Cue

_MAX_NAME = 6
_MAX_TITLE = 250  # characters: a headline, not a whole article run together
_MIN_WORDS = 3
_NAME_POS = {"PROPN", "NOUN"}
_NO_POS = {"VERB", "AUX", "NUM", "PRON"}
#: entity types that speak: people, organisations, peoples, places standing for governments
_SPEAKING = {"PERSON", "ORG", "NORP", "GPE"}


def find_colon_cues(ctx: Context) -> list[Cue]:
    """One cue per paragraph that a short name and a colon open."""
    out = []
    for n, (ps, pe) in enumerate(ctx.paragraphs):
        if n in ctx.captions or ctx.lead_end(ps) >= 0:
            continue
        cue = _colon_cue(ctx, ps, pe)
        if cue is not None:
            out.append(cue)
    return out


def _colon_cue(ctx: Context, ps: int, pe: int) -> Cue | None:
    doc = ctx.doc
    first = ctx.token_at(ps)
    colon = next((i for i in range(first, min(first + _MAX_NAME + 1, len(doc))) if doc[i].text == ":"), None)
    if colon is None or colon == first or doc[colon].idx >= pe:
        return None
    opened = doc[first].text in OPENING  # a quoted transcript: '"WALLACE: ...'
    if ctx.quoted(colon) >= 0 and not opened:
        return None
    if opened:
        first += 1
    said = doc[first].lower_ in quote_words("inverted") and colon > first + 1  # "Said Ellis: '...'"
    if said:
        first += 1
    name = doc[first:colon]
    title = ctx.paragraph_of(ps) == 0 and pe - ps <= _MAX_TITLE  # (a text without paragraph breaks is no title)
    if not (_names_someone(name, title=title) or _transcript_name(name, ctx)) \
            or ctx.text[name.start_char:name.end_char].lower() in colon_labels():
        return None
    last = ctx.token_at(pe - 1)
    content = trim(ctx, colon + 1, last)
    if content is None or len(ctx.text[content[0]:content[1]].split()) < _MIN_WORDS:
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[colon + 1:last + 1]):
        return None  # a list's entry ("Best actor: Rami Malek, Bohemian Rhapsody"), not words said
    about = next((t.i for t in name if t.pos_ == "ADP" and t.i > name.start), None)
    if about is not None:  # "Obama on Climate Change:" speaks on a topic, "A lesson from Lynch:" is Lynch's
        name = doc[about + 1:name.end] if doc[about].lower_ in ("from", "by") else doc[name.start:about]
    head = [t for t in name if not t.is_punct][-1]
    verb = doc[first - 1] if said else doc[colon]
    cue = Cue(colon, (verb.idx, verb.idx + len(verb.text)), "speech", subject=head.i,
              source=(name.start_char, name.end_char), content=content)
    return cue


def _names_someone(name: Any, title: bool = False) -> bool:
    """A short phrase naming a person, group or place that speaks (the parse's
    entities; in a title, where the tagger knows few, any name or noun), with
    no verb, number, pronoun or stray mark ("** WINNER")."""
    words = [t for t in name if not t.is_punct]
    if not words or not words[0].text[:1].isupper() or len(words) < len(name) - 1:
        return False
    if any(t.pos_ in _NO_POS or t.like_num or t.dep_ == "case" for t in words):
        return False  # "Rachel Giese's book Boys:" is a title, not a speaker
    if not title and any(t.lower_ in ("and", "or", "&") for t in name):
        return False  # "Hysteria and Propaganda:" heads a section; two speakers rarely share one turn
    return words[-1].pos_ in _NAME_POS and (title or words[-1].ent_type_ in _SPEAKING)


def _transcript_name(name: Any, ctx: Context) -> bool:
    """A transcript's speaker in capitals: the surname of a person the text
    names ("PENCE:" after "Mike Pence"), not a section label ("ENERGY:")."""
    words = [t for t in name if not t.is_punct]
    if not words or not all(t.text.isupper() for t in words):
        return False
    return any(label == "PERSON" and span[-1].lower_ == words[-1].lower_ for span, label in ctx.entities())
