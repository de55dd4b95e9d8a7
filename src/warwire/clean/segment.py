"""Paragraph and sentence segmentation for the cleaner.

Scraped bodies are often flattened: a whole article on one line, with the old
paragraph breaks surviving only as runs of spaces (three or more in some
outlets, two after a full stop in others) or as AP's ``___`` rule.
:func:`paragraphs` restores those breaks, :func:`sentences` cuts a paragraph
into sentences.  Both are regex
based and err on the side of *not* splitting: a missed split merges two
sentences, which only makes the cleaner keep more.
"""

from __future__ import annotations

import re

# Runs of horizontal whitespace (no-break spaces included) inside a paragraph.
_HSPACE = re.compile(r"[ \t\u00a0\u2007\u202f]{2,}|[\t\u00a0\u2007\u202f]")
# Three or more spaces always separate paragraphs in scraped text; two do so
# only after the end of a sentence and before something that can start one.
_SOFT_BREAK = re.compile(
    r"[ \t\u00a0]{3,}"
    r"|(?<=[.!?\"”’)…])[ \t\u00a0]{2}(?=[\"“‘'(\[A-Z0-9])"
)
# AP's "___" rule between the story and its tail ends a paragraph on both sides
_RULE = re.compile(r"(?:^|\s+)(_{3,})(?=\s|$)")

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col sgt maj capt cpt adm cmdr brig gov sen rep pres
    st jr sr no nos vs etc inc corp co ltd dept est approx fig rev ft mt
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u a.m p.m d.c u.s.a
    """.split()
)
# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, whitespace, then something that can open a sentence.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def paragraphs(raw: str) -> list[str]:
    """Split ``raw`` into non-empty, whitespace-normalised paragraphs."""
    out: list[str] = []
    if "___" in raw:
        raw = _RULE.sub(r"\n\1\n", raw)
    for line in raw.splitlines():
        spaced = "  " in line or "\t" in line or "\u00a0" in line
        for piece in _SOFT_BREAK.split(line) if spaced else (line,):
            piece = _HSPACE.sub(" ", piece).strip()
            if piece:
                out.append(piece)
    return out


def _is_abbreviation(text_before: str) -> bool:
    """True if the full stop ending ``text_before`` belongs to an abbreviation."""
    m = _LAST_WORD.search(text_before)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "J. Scott"
        return True
    return word.lower() in _ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text`` (whitespace excluded)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        punct_end = m.start() + len(m.group(0).rstrip())
        if text[m.start()] == "." and _is_abbreviation(text[start : m.start() + 1]):
            continue
        spans.append((start, punct_end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def sentences(text: str) -> list[str]:
    """The sentences of ``text``."""
    return [text[s:e] for s, e in sentence_spans(text)]


def words(text: str) -> list[str]:
    """Lower-cased word tokens, for similarity and length checks."""
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower())
