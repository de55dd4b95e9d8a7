"""Quotation marks (:mod:`warwire.quotes.marks`): two apostrophes, the double
quote of some newspaper archives.  Sentences are written for these tests."""

from __future__ import annotations

from warwire.quotes import find_quotes
from warwire.quotes.marks import pair_paragraph


def test_two_apostrophes_are_one_double_mark() -> None:
    p = "''We will hold the line,'' the commander said."
    assert pair_paragraph(p) == ([(0, 24, "double")], None)


def test_a_single_quote_inside_a_two_apostrophe_quote_stays_inside(nlp) -> None:
    text = ("''The town is surrounded,'' the governor said. ''We have no water, "
            "and the soldiers tell us, 'Leave now.' ''")
    found = [(q.text, q.cue) for q in find_quotes(nlp(text))]
    assert found == [("The town is surrounded", "said"),
                     ("We have no water, and the soldiers tell us, 'Leave now.'", "said")]
