"""Speakers the parse missed or cut short, read off the words around the verb.

spaCy's small model often breaks the phrase between a closing quotation mark
and "said": it tags a place as a verb ("Tulsa police Chief Ivan Petrenko
said", "Tulsa" cut off), hangs the name on something else, or runs a dateline
into the speaker.  These functions find the speaker's head word beside the
verb ("he said", "said Kim"), past an apposition ("Marc Morial, the chief
executive of the League, told"), after a closing mark, or after a dateline,
and give the speaker's phrase back the capitalised words cut from its front.
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .mention import is_mark

_MAX_CUT = 3


def after_mark(span: tuple[int, int], ctx: Context) -> tuple[int, int]:
    """The speaker's phrase with the capitalised words the parser cut from its
    front when they follow a closing mark: '"...," Tulsa police Chief Chuck
    Jordan said' (with "Tulsa" a verb, the phrase starts at "police")."""
    doc = ctx.doc
    first = k = ctx.token_at(span[0])
    while k > 0 and first - k < _MAX_CUT and ctx.quoted(k - 1) < 0 and doc[k - 1].text[:1].isupper() \
            and doc[k - 1].is_alpha:
        k -= 1
    j = k - 1
    while j >= 0 and ctx.quoted(j) < 0 and (doc[j].text == "," or doc[j].is_space or is_mark(doc[j])):
        j -= 1
    if k == first or j < 0 or j == k - 1 or ctx.quoted(j) < 0 or doc[k].is_sent_start \
            or not ctx.same_paragraph(j, k):
        return span
    return doc[k].idx, span[1]


def after_lead(v: Any, ctx: Context, lead_end: int) -> Any | None:
    """The speaker the parser ran into a dateline: the phrase between the dateline
    and the verb ("KIEV, May 19 (Xinhua) -- Ukrainian President Volodymyr Zelensky said")."""
    doc = ctx.doc
    first = ctx.token_at(lead_end)
    if doc[first].idx < lead_end:
        first += 1
    span = range(first, v.i)
    heads = [doc[i] for i in span if doc[i].head.i not in span and not doc[i].is_punct
             and doc[i].pos_ in ("PROPN", "NOUN", "PRON")]
    return heads[-1] if heads else None


def beside(v: Any, ctx: Context) -> Any | None:
    """A speaker the parse missed, right beside the verb: "he said", "said Kim"."""
    doc = ctx.doc
    for i in (v.i - 1, v.i + 1, _after_quote(v, ctx), _apposed_name(v)):
        if i is not None and 0 <= i < len(doc) and ctx.quoted(i) < 0 and doc[i].ent_type_ not in _WHEN and (
                doc[i].pos_ == "PROPN" or doc[i].lower_ in ("he", "she", "they")):
            t = doc[i]
            while (t.dep_ in ("compound", "flat") or t.dep_ == "appos" and _close_apposition(t)) \
                    and t.head.i not in (t.i, v.i) and abs(t.head.i - t.i) <= 3:
                t = t.head
            return t
    return None


def _close_apposition(t: Any) -> bool:
    """A name in apposition to the title right before it, no comma between:
    "police Chief Chuck Jordan"."""
    return t.head.i < t.i and not any(d.is_punct for d in t.doc[t.head.i + 1:t.i])


_WHEN = {"DATE", "TIME"}
_MAX_APPOSITION = 12


def _apposed_name(v: Any) -> int | None:
    """The last word of a name before its apposition and the verb, which the
    parser hung elsewhere: "Marc Morial, the chief executive of the League,
    forcefully told ..."."""
    doc = v.doc
    i = v.i - 1
    while i > 0 and doc[i].head.i == v.i and doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    if doc[i].text != ",":
        return None
    k = i - 1
    while k > 0 and i - k <= _MAX_APPOSITION and doc[k].text != "," and doc[k].text not in ".!?":
        k -= 1
    if doc[k].text != "," or k == 0 or doc[k - 1].ent_type_ not in ("PERSON", "ORG"):
        return None
    return k - 1


def _after_quote(v: Any, ctx: Context) -> int | None:
    """The last word of a name between a closing mark and the verb, past its
    apposition: "'...,' Flynn, a top Trump surrogate, said"."""
    doc = ctx.doc
    i = v.i - 1
    while i > 0 and v.i - i <= _MAX_APPOSITION and ctx.quoted(i) < 0 and doc[i].text not in ".!?":
        i -= 1
    if ctx.quoted(i) < 0 or v.i - i > _MAX_APPOSITION:
        return None
    j = i + 1
    while j < v.i and (doc[j].is_punct or doc[j].is_space):
        j += 1
    if j >= v.i or doc[j].ent_type_ not in ("PERSON", "ORG"):
        return None
    while j + 1 < v.i and doc[j + 1].ent_iob_ == "I":
        j += 1
    return j
