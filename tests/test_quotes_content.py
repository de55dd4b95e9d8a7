"""What a reporting verb reports (:mod:`warwire.quotes.content`).  The parses
here are built by hand, to pin down what the parser sometimes does."""

from __future__ import annotations

from spacy.tokens import Doc

from warwire.quotes import find_quotes


def _doc(nlp, rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """A parse from (word, pos, head offset, dep, lemma) rows; a word
    followed by "\\n\\n" ends its paragraph."""
    words = [r[0] for r in rows]
    spaces = [not (k + 1 < len(rows) and rows[k + 1][0] in ".,\n\n") and r[0] != "\n\n"
              for k, r in enumerate(rows)]
    return Doc(nlp.vocab, words=words, spaces=spaces, pos=[r[1] for r in rows],
               heads=[k + r[2] for k, r in enumerate(rows)], deps=[r[3] for r in rows],
               lemmas=[r[4] for r in rows])


def test_a_report_never_runs_over_a_paragraph_break(nlp) -> None:
    # the parser hung the first paragraph's "said" on the second's
    rows = [("Most", "ADJ", 1, "amod", "most"), ("soldiers", "NOUN", 1, "nsubj", "soldier"),
            ("said", "VERB", 10, "ccomp", "say"), ("the", "DET", 1, "det", "the"),
            ("line", "NOUN", 2, "nsubj", "line"), ("would", "AUX", 1, "aux", "would"),
            ("hold", "VERB", -4, "ccomp", "hold"), (".", "PUNCT", -5, "punct", "."),
            ("\n\n", "SPACE", -1, "dep", "\n\n"),
            ("Later", "ADV", 3, "advmod", "later"), (",", "PUNCT", 2, "punct", ","),
            ("officers", "NOUN", 1, "nsubj", "officer"), ("said", "VERB", 0, "ROOT", "say"),
            ("the", "DET", 1, "det", "the"), ("town", "NOUN", 2, "nsubj", "town"),
            ("had", "AUX", 1, "aux", "have"), ("fallen", "VERB", -4, "ccomp", "fall"),
            (".", "PUNCT", -5, "punct", ".")]
    doc = _doc(nlp, rows)
    found = [(q.text, q.cue, doc.text[q.source_start:q.source_end]) for q in find_quotes(doc)]
    assert found == [("the line would hold", "said", "Most soldiers"),
                     ("the town had fallen", "said", "officers")]
