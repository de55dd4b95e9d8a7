"""What a reporting verb reports when it is not a clause (the third column of
``reporting_verbs.txt``): an infinitive ("vowed to retaliate", "urged
residents to leave"), a preposition's object ("warned of an attack", "called
for a ceasefire"), an object and what it is seen as ("sees the offensive as a
turning point"), or the object itself ("denied the allegations", "opposes
sending troops"), with the phrases that belong to it and without the scene.
"""

from __future__ import annotations

from typing import Any

from .context import Context, trim
from .lexicon import complements, quote_words, reporting_verbs

#: prepositions giving the grounds or the name: "blamed X for Y", "described X as Y"
_GROUNDS = {"for", "as"}


def complement(v: Any, ctx: Context) -> tuple[list[tuple[int, int]], int]:
    """What a reporting verb reports when it is not a clause: an infinitive
    ("vowed to retaliate", "urged residents to leave"), a preposition's
    object ("warned of an attack", "called for a ceasefire"), or its object
    ("denied the allegations").  Returns the spans and where the cue ends."""
    flags = complements().get(v.lemma_.lower(), frozenset())
    if not flags:
        return [], 0
    kids = [c for c in v.children if c.i > v.i]
    if "as" in flags:
        return _seen_as(ctx, kids), 0
    if "to" in flags:
        for c in kids:
            if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.lefts):
                objs = [d.left_edge.i for d in kids if d.dep_ in ("dobj", "dative") and d.i < c.i]
                span = trim(ctx, min(objs + [c.left_edge.i]), c.right_edge.i)
                return ([span] if span else []), 0
    for c in kids:
        if c.dep_ == "dobj" and "np" in flags:
            break  # "called the strike on the station ...": no "called on"
        marks = [m for m in c.children if m.dep_ == "mark" and m.i == c.left_edge.i and m.lower_ in flags - {"to"}]
        if c.dep_ in ("advcl", "ccomp", "xcomp") and marks:  # "called for residents to leave"
            span = trim(ctx, marks[0].i + 1, c.right_edge.i)
            return ([span] if span else []), marks[0].idx + len(marks[0].text)
        if c.dep_ == "prep" and (c.lower_ in flags - {"to"} or c.lower_ == "to" and "to-np" in flags):
            objs = [d for d in c.children if d.dep_ in ("pobj", "pcomp")]
            if objs:
                span = trim(ctx, objs[0].left_edge.i, objs[0].right_edge.i, word=True)
                return ([span] if span else []), c.idx + len(c.text)
    if "np" in flags:
        for c in kids:
            if c.dep_ == "dobj" and (c.pos_ != "PRON" or _names_it(v, c)):
                span = trim(ctx, c.left_edge.i, _object_end(ctx, v, c), word=True)
                return ([span] if span else []), 0
        for c in kids:  # a gerund for an object: "opposes sending troops", "denied shelling the town"
            if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.left_edge.i == c.i:
                span = trim(ctx, c.i, c.right_edge.i, word=True)
                return ([span] if span else []), 0
    return [], 0


def _seen_as(ctx: Context, kids: list[Any]) -> list[tuple[int, int]]:
    """An object and what it is seen as: "sees the offensive as a turning point"."""
    objs = [c for c in kids if c.dep_ == "dobj"]
    if not objs:
        return []
    as_ = [c for c in kids + list(objs[0].rights) if c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i]
    if not as_:
        return []  # the parser may hang "as" on the object: "see immigrants as a burden"
    span = trim(ctx, objs[0].left_edge.i, max(a.right_edge.i for a in as_))
    return [span] if span else []


def _names_it(v: Any, obj: Any) -> bool:
    """A naming verb's pronoun object with the name given to it after it:
    "called them war criminals", "described it as a terrorist act"."""
    return reporting_verbs().get(v.lemma_.lower()) == "naming" and any(
        r.i > obj.i and (r.dep_ in ("oprd", "xcomp", "ccomp") or r.dep_ == "prep" and r.lower_ == "as")
        for r in v.rights)


def _object_end(ctx: Context, v: Any, obj: Any) -> int:
    """The last token of object ``obj`` of ``v``, with the phrases the parser
    hung on the verb right after it ("endorsed Kim for governor", "backs
    the right of Ukrainians to choose"), short of quoted words (a quote of
    their own) unless the verb names ("calls the war a 'special operation'")."""
    naming = reporting_verbs().get(v.lemma_.lower()) == "naming"
    last = obj.right_edge.i
    for r in v.rights:
        if r.i <= obj.i:
            continue
        gap = r.doc[last + 1:r.left_edge.i]
        if len(gap) > 1 or gap and not (naming and ctx.quoted(r.i) >= 0) \
                or r.dep_ not in ("prep", "xcomp", "oprd") \
                or r.lower_ in quote_words("adjunct") and not _bare_noun(obj):
            break  # "rejected the argument in a ruling": the ruling is no part of it ("expressed surprise at" is)
        quoted = [i for i in range(r.left_edge.i, r.right_edge.i + 1) if ctx.quoted(i) >= 0]
        if quoted and not naming and not (r.lower_ in _GROUNDS and len(quoted) < r.right_edge.i - r.left_edge.i):
            break  # "blasted the media for being 'dishonest'" keeps its grounds
        last = r.right_edge.i
    return last

def _bare_noun(obj: Any) -> bool:
    """A lone common noun the preposition after it belongs to ("surprise at")."""
    return obj.pos_ == "NOUN" and obj.left_edge.i == obj.i == obj.right_edge.i
