"""Quotes signed with a dash after the closing mark
(:mod:`warwire.quotes.signature`).  Sentences are written for these tests."""

from __future__ import annotations

from quotes_util import quotes


def test_each_signed_quote_has_the_name_after_its_dash(nlp) -> None:
    text = ("We asked readers in Kharkiv what the winter will bring.\n\n"
            "\u201cWe have no heating and the shelling never stops. We stay because this is home.\u201d \u2015 Olena Kovalenko\n"
            "\u201cMy son is at the front. I pray every night that he comes back.\u201d -- Maria Petrenko, 61, Saltivka\n")
    found = quotes(nlp, text)
    assert [(q.speaker, q.cue) for q in found] == [("Olena Kovalenko", "\u2015"), ("Maria Petrenko", "--")]
    assert found[1].text == "My son is at the front. I pray every night that he comes back."
    q = found[0]
    assert text[q.source_start:q.source_end] == "Olena Kovalenko"


def test_a_dash_that_goes_on_with_the_sentence_signs_nothing(nlp) -> None:
    text = ("\u201cWe stayed in the basement for three days,\u201d Kim said -- and then the shelling stopped.")
    found = quotes(nlp, text)
    assert [(q.speaker, q.cue) for q in found] == [("Kim", "said")]
