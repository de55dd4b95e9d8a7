"""Shared by the quote tests: find quotes and check every offset they give."""

from __future__ import annotations

from typing import Any

from warwire.quotes import Quote, find_quotes


def quotes(nlp: Any, text: str) -> list[Quote]:
    found = find_quotes(nlp(text))
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
    return found
