"""Shared by the quote tests: find quotes and check every offset they give."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from warwire.quotes import Quote, find_quotes


def quotes(nlp: Any, text: str) -> list[Quote]:
    found = find_quotes(nlp(text))
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
    return found


def one(nlp: Any, text: str) -> Quote:
    """The one quote of ``text`` (the test fails if there are more or none)."""
    found = quotes(nlp, text)
    assert len(found) == 1, found
    return found[0]


def built_doc(nlp, rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """A parse from (word, pos, head offset, dep, lemma) rows; a word
    followed by "\\n\\n" ends its paragraph."""
    words = [r[0] for r in rows]
    spaces = [not (k + 1 < len(rows) and rows[k + 1][0] in ".,\n\n") and r[0] != "\n\n"
              for k, r in enumerate(rows)]
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows],
               heads=[k + r[2] for k, r in enumerate(rows)], deps=[r[3] for r in rows],
               lemmas=[r[4] for r in rows])
