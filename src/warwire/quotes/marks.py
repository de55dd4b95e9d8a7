"""Quotation marks: pair them into quoted spans, paragraph by paragraph.

Every mark the press uses is read: straight and curly double quotes, British
single quotes, « », „ “ and their single forms.  A mark opens or closes by what
stands beside it (a space before and a letter after opens; a letter before and
a space or punctuation after closes).  Apostrophes never pair: a mark between
letters (``Kyiv's``) is one, and a plural possessive (``the soldiers'
positions``) is one unless no other closing mark follows before the next
opening mark.  Quotes inside quotes are left inside.

A paragraph that ends with its quote still open continues into the next when
that paragraph opens with a mark of the same kind (the press convention for a
quote of several paragraphs); the pieces share a ``chain`` number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import MarkSpan

DOUBLE, SINGLE = "double", "single"

#: mark → (family, role); role is open, close or either (decided by context)
_MARKS = {
    '"': (DOUBLE, "either"), "“": (DOUBLE, "open"), "”": (DOUBLE, "close"),
    "„": (DOUBLE, "open"), "«": (DOUBLE, "open"), "»": (DOUBLE, "close"),
    "'": (SINGLE, "either"), "‘": (SINGLE, "open"), "’": (SINGLE, "close"),
    "‚": (SINGLE, "open"), "‹": (SINGLE, "open"), "›": (SINGLE, "close"),
}
#: the marks that may open a quote
OPENING = frozenset(m for m, (_, role) in _MARKS.items() if role != "close")
_BEFORE_OPEN = set(" \t([{—–-/:;") | {"\u00a0"}
_AFTER_CLOSE = set(" \t.,;:!?)]}—–-…/") | {"\u00a0"}
_ANY = set(_MARKS)
_TWO = "''"
_MARK_RE = re.compile(_TWO + "|[" + re.escape("".join(_MARKS)) + "]")


@dataclass
class _Mark:
    at: int
    family: str
    role: str  # open, close, either, possessive


def _classify(p: str, i: int) -> _Mark | None:
    """The role of the mark at ``p[i]`` in its paragraph, or None for an apostrophe.
    Two apostrophes (``''``, the double quote of some archives) are one double mark."""
    width = 2 if p.startswith(_TWO, i) else 1
    ch = '"' if width == 2 else p[i]
    family, role = _MARKS[ch]
    prev = p[i - 1] if i > 0 else " "
    nxt = p[i + width] if i + width < len(p) else " "
    if family == SINGLE and ch in "'’":
        if prev.isalnum() and nxt.isalnum():
            return None  # don't, Kyiv's, Ukraine’s
        if nxt.isdigit() and not prev.isalnum():
            return None  # '90s
        if prev in "sSzZ" and nxt.isspace():
            return _Mark(i, family, "possessive")  # the soldiers' positions
    can_open = (prev in _BEFORE_OPEN or prev in _ANY) and not nxt.isspace()
    can_close = (nxt in _AFTER_CLOSE or nxt in _ANY) and not prev.isspace()
    by_context = "open" if can_open and not can_close else "close" if can_close and not can_open else None
    if role == "either":
        role = by_context or "either"
    elif by_context and ch not in "„‚":
        role = by_context  # a curly mark typed the wrong way round
    if family == SINGLE and role == "either" and prev.isalnum():
        return None
    return _Mark(i, family, role)


def _marks(p: str) -> list[_Mark]:
    out = []
    for found in _MARK_RE.finditer(p):
        m = _classify(p, found.start())
        if m is not None:
            out.append(m)
    return out


def _closes_here(marks: list[_Mark], k: int) -> bool:
    """Does the possessive-looking mark ``marks[k]`` close the open quote?

    Not when the next mark of its family closes (that one ends the quote and
    this is an apostrophe); yes when it opens, or when none follows."""
    for m in marks[k + 1:]:
        if m.family == marks[k].family:
            return m.role in ("open", "possessive")
    return True


def pair_paragraph(p: str) -> tuple[list[tuple[int, int, str]], tuple[int, str] | None]:
    """(open, close, family) offsets of the quotes in paragraph ``p``, and an
    opener left unclosed at its end as (offset, family)."""
    marks = _marks(p)
    pairs: list[tuple[int, int, str]] = []
    pending: _Mark | None = None
    for k, m in enumerate(marks):
        if pending is None:
            if m.role in ("open", "either"):
                pending = m
            continue
        if m.family != pending.family:
            continue  # a quote inside the quote
        if m.role == "open":
            if m.at - pending.at > 1:
                pending = m  # the earlier opener was never closed
            continue
        if m.role == "possessive" and not _closes_here(marks, k):
            continue
        pairs.append((pending.at, m.at, pending.family))
        pending = None
    unclosed = (pending.at, pending.family) if pending is not None else None
    return pairs, unclosed


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and a trailing comma from a quoted stretch (and the second
    apostrophe of a two-apostrophe opener)."""
    if start < end and text[start] == "'" and text[start - 1:start] == "'":
        start += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _opens_with(text: str, start: int, family: str) -> bool:
    ch = text[start] if start < len(text) else ""
    return ch in _MARKS and _MARKS[ch][0] == family and _MARKS[ch][1] != "close"


def scan(text: str, paragraphs: list[tuple[int, int]]) -> list[MarkSpan]:
    """Every quoted span of ``text``, in order; ``paragraphs`` are (start, end)."""
    spans: list[MarkSpan] = []
    chains = 0
    carry: int | None = None  # chain of a quote running on from the paragraph before
    for n, (ps, pe) in enumerate(paragraphs):
        pairs, unclosed = pair_paragraph(text[ps:pe])
        incoming = carry
        carry = None
        for o, c, fam in pairs:
            s, e = _content(text, ps + o + 1, ps + c)
            chain = incoming if incoming is not None and o == 0 else -1
            incoming = None
            if e > s:
                close = ps + c + (1 if text.startswith(_TWO, ps + c) else 0)  # a mark's last character
                spans.append(MarkSpan(ps + o, close, s, e, n, fam, chain))
        if unclosed is None:
            continue
        o, fam = unclosed
        s, e = _content(text, ps + o + 1, pe)
        runs_on = n + 1 < len(paragraphs) and _opens_with(text, paragraphs[n + 1][0], fam)
        continued = incoming is not None and o == 0
        if e <= s or not (runs_on or continued or fam == DOUBLE or o == 0):
            continue
        if continued:
            chain = incoming
        elif runs_on:
            chains += 1
            chain = chains
        else:
            chain = -1
        spans.append(MarkSpan(ps + o, None, s, e, n, fam, chain))
        carry = chain if runs_on else None
    return spans
