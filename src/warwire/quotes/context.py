"""What every quote finder needs to know about one parsed text.

:class:`Context` wraps the shared spaCy ``Doc`` with its paragraphs, the
paragraph and token at any character, the quotation-mark spans, and the
captions and photo credits (whose names are never speakers).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..clean.credits import find_credits
from .marks import scan
from .model import MarkSpan


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
        self.text: str = doc.text
        self.paragraphs = paragraph_spans(self.text)
        self._para_starts = [s for s, _ in self.paragraphs]
        self._tok_starts = [t.idx for t in doc]
        self.marks: list[MarkSpan] = scan(self.text, self.paragraphs)
        self._tok_quote = self._index_quoted_tokens()
        self._sents: list[int] | None = None
        self.credits: list[tuple[int, int]] = []
        self.captions: set[int] = set()
        for n, (s, e) in enumerate(self.paragraphs):
            found = find_credits(self.text[s:e])
            self.credits += [(s + c.start, s + c.end) for c in found]
            if found and not self.text[s + found[-1].end:e].strip(" .;,"):
                self.captions.add(n)  # the paragraph ends with a credit: a caption

    def paragraph_of(self, char: int) -> int:
        """Index of the paragraph holding (or last starting before) ``char``."""
        return max(0, bisect_right(self._para_starts, char) - 1)

    def token_at(self, char: int) -> int:
        """Index of the token holding (or last starting before) ``char``."""
        return max(0, bisect_right(self._tok_starts, char) - 1)

    def in_credit(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.credits)

    def sent_of(self, i: int) -> int:
        """Index of the sentence holding token ``i``."""
        if self._sents is None:
            self._sents = [0] * len(self.doc)
            for k, s in enumerate(self.doc.sents):
                for j in range(s.start, s.end):
                    self._sents[j] = k
        return self._sents[i]

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
