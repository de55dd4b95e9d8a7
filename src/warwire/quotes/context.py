"""What every quote finder needs to know about one parsed text.

:class:`Context` wraps the shared spaCy ``Doc`` with its paragraphs, the
paragraph and token at any character, the quotation-mark spans, and the
paragraphs that are not body text: captions with their photo credits (whose
names are never speakers) and promos ("READ MORE: ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, IDX, LEMMA, LOWER, POS, SENT_START

from ..analyse.nlp import doc_text
from ..clean.boilerplate import is_boilerplate_paragraph
from ..clean.credits import find_credits
from ..ingest.dateline import match_dateline
from .marks import scan
from .model import MarkSpan


#: a paragraph ending in "(Name Surname / Outlet)": a photo credit closing a caption
_CREDIT_END = re.compile(r"\(\s*[A-Z][^()/\n]{0,60}/\s*[A-Z][^()\n]{0,60}\)\s*\.?\s*$")


#: a live-blog time stamp: "21 Mar 2022 - 17:27 GMT"
_STAMP = re.compile(r"\b\d{1,2} [A-Z][a-z]{2,8} \d{4} [-–—] \d{1,2}:\d{2}(?: GMT| UTC)?[ ]*")


def lead_length(text: str, start: int, end: int) -> int:
    """Length of the dateline ("KYIV, Aug 3 (Reuters) -", :mod:`warwire.ingest.dateline`)
    or live-blog time stamp ("21 Mar 2022 - 17:27 GMT") opening ``text[start:end]``, or 0."""
    found = match_dateline(text, start, end)
    stop = found.end if found else 0
    if not found:
        m = _STAMP.match(text, start, end)
        stop = m.end() if m else 0
    return stop - start if start < stop < end else 0


#: a paragraph led by a promo label: "READ MORE: ...", "WATCH: ..."
_PROMO = re.compile(r"(?i:read more|watch|related|see also|also read|listen|video|more)\s*:")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding a letter or digit, spaces trimmed."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if any(ch.isalnum() for ch in text[s:e]):
            out.append((s, e))
    return out


class Context:
    """One parsed text, with lookups by character offset."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        self.paragraphs = paragraph_spans(self.text)
        self._para_starts = [s for s, _ in self.paragraphs]
        # token attributes as arrays: no Token objects for the tokens nobody asks about
        self.arrays = doc.to_array([IDX, LEMMA, POS, DEP, LOWER, SENT_START])
        self._tok_starts = self.arrays[:, 0].tolist()
        starts = self.arrays[:, 5] == 1
        self._sents = np.maximum(np.cumsum(starts) - 1, 0).tolist()
        self._sent_ends = (np.nonzero(starts)[0].tolist() + [len(doc)])[1:] if len(doc) else []
        self.marks: list[MarkSpan] = scan(self.text, self.paragraphs)
        self._tok_quote = self._index_quoted_tokens()
        #: (start, end) of the datelines and time stamps opening paragraphs: never a speaker
        self.leads: list[tuple[int, int]] = []
        for s, e in self.paragraphs:
            n = lead_length(self.text, s, e)
            if n:
                self.leads.append((s, s + n))
        self.leads += [(m.start(), m.end()) for m in _STAMP.finditer(self.text)
                       if not any(a <= m.start() < b for a, b in self.leads)]
        self.leads.sort()
        self.credits: list[tuple[int, int]] = []
        self.captions: set[int] = set()
        for n, (s, e) in enumerate(self.paragraphs):
            found = find_credits(self.text[s:e])
            self.credits += [(s + c.start, s + c.end) for c in found]
            if found and not self.text[s + found[-1].end:e].strip(" .;,") or _CREDIT_END.search(self.text, s, e):
                self.captions.add(n)  # the paragraph ends with a credit: a caption
            elif is_boilerplate_paragraph(self.text[s:e]) or _PROMO.match(self.text, s, e):
                self.captions.add(n)  # "READ MORE: ...", "WATCH: ...": a promo

    def paragraph_of(self, char: int) -> int:
        """Index of the paragraph holding (or last starting before) ``char``."""
        return max(0, bisect_right(self._para_starts, char) - 1)

    def same_paragraph(self, i: int, j: int) -> bool:
        """Do tokens ``i`` and ``j`` stand in one paragraph?  The parser may run
        a sentence over a paragraph break; a report never does."""
        return self.paragraph_of(self._tok_starts[i]) == self.paragraph_of(self._tok_starts[j])

    def paragraph_first(self, i: int) -> int:
        """Index of the first token of the paragraph holding token ``i``."""
        if not self.paragraphs:
            return 0
        return min(i, self.token_at(self.paragraphs[self.paragraph_of(self._tok_starts[i])][0]))

    def token_at(self, char: int) -> int:
        """Index of the token holding (or last starting before) ``char``."""
        return max(0, bisect_right(self._tok_starts, char) - 1)

    def lead_end(self, char: int) -> int:
        """End of the dateline holding ``char``, or -1."""
        return next((e for s, e in self.leads if s <= char < e), -1)

    def in_credit(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.credits)

    def entities(self) -> list[tuple[Any, str]]:
        """(span, label) of each named entity, read from the arrays (``doc.ents``
        builds a Token object for every token of the text)."""
        arr = self.doc.to_array([ENT_IOB, ENT_TYPE])
        strings = self.doc.vocab.strings
        out = []
        begins = np.nonzero(arr[:, 0] == 3)[0].tolist() if len(arr) else []
        for s in begins:
            e = s + 1
            while e < len(arr) and arr[e, 0] == 1:
                e += 1
            out.append((self.doc[s:e], strings[int(arr[s, 1])]))
        return out

    def sent_of(self, i: int) -> int:
        """Index of the sentence holding token ``i``."""
        return self._sents[i]

    def sent_start(self, i: int) -> int:
        """Index of the first token of the sentence holding token ``i``."""
        k = self._sents[i]
        return self._sent_ends[k - 1] if k > 0 else 0

    def sent_end(self, i: int) -> int:
        """Index just past the last token of the sentence holding token ``i``."""
        k = self._sents[i]
        return self._sent_ends[k] if k < len(self._sent_ends) else len(self.doc)

    def where(self, column: int, values: set[int]) -> list[int]:
        """Indices of the tokens whose attribute ``column`` (0 IDX, 1 LEMMA,
        2 POS, 3 DEP, 4 LOWER) is one of ``values`` (string-store ids)."""
        if not len(self.arrays):
            return []
        ids = np.fromiter(values, dtype=np.uint64, count=len(values))
        return np.nonzero(np.isin(self.arrays[:, column], ids))[0].tolist()

    def ids(self, words: set[str]) -> set[int]:
        """String-store ids of ``words``."""
        strings = self.doc.vocab.strings
        return {strings[w] for w in words}

    def cue_words(self, lemmas: set[str], pos: str) -> list[Any]:
        """The tokens outside quotation marks with one of ``lemmas`` and part of speech
        ``pos``: where a lexicon's cues may stand (words inside a quote are the quote's)."""
        doc = self.doc
        return [doc[i] for i in self.where(1, self.ids(lemmas))
                if doc[i].pos_ == pos and self.quoted(i) < 0]

    def quoted(self, i: int) -> int:
        """Index in ``marks`` of the quoted span holding token ``i``, or -1."""
        return self._tok_quote[i]

    def _index_quoted_tokens(self) -> list[int]:
        out = [-1] * len(self.doc)
        for k, m in enumerate(self.marks):
            first = self.token_at(m.start)
            last = self.token_at(max(m.start, m.end - 1))
            for i in range(first, last + 1):
                out[i] = k
        return out


def trim(ctx: Context, first: int, last: int, word: bool = False) -> tuple[int, int] | None:
    """Characters of tokens first..last, without edge punctuation, inside one paragraph;
    one token is too little for a clause, but with ``word`` a one-word object is kept
    ("endorsed Kim", "voted for Kim")."""
    doc = ctx.doc
    if last < first:
        return None
    pe = ctx.paragraphs[ctx.paragraph_of(doc[first].idx)][1] if ctx.paragraphs else len(ctx.text)
    while last > first and doc[last].idx >= pe:
        last -= 1
    while first <= last and (doc[first].is_punct or doc[first].is_space) and doc[first].text not in "\"“‘'«":
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space) and doc[last].text not in "\"”’'»":
        last -= 1
    if last < first or last == first and not (word and doc[first].pos_ == "PROPN"):
        return None
    return doc[first].idx, doc[last].idx + len(doc[last].text)
