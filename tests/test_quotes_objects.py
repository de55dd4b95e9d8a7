"""What a verb reports through its object (:mod:`warwire.quotes.objects`): infinitives,
prepositions' objects, objects and gerunds.  Sentences are written for these tests."""

from __future__ import annotations

from warwire.quotes import find_quotes

from quotes_util import quotes


def test_a_one_word_object_is_kept_when_it_is_a_name(nlp) -> None:
    found = [(q.kind, q.cue, q.text) for q in find_quotes(nlp("The regional governor endorsed Zelensky."))]
    assert found == [("stance", "endorsed", "Zelensky")]
    assert find_quotes(nlp("The regional governor endorsed it.")) == []


def test_a_gerund_is_the_object_of_a_verb_that_takes_one(nlp) -> None:
    found = [(q.kind, q.cue, q.text) for q in find_quotes(nlp("The army denied shelling the railway station."))]
    assert found == [("indirect", "denied", "shelling the railway station")]
    found = [(q.kind, q.text) for q in find_quotes(nlp("Kyiv opposes freezing the conflict along the front line."))]
    assert found == [("stance", "freezing the conflict along the front line")]


def test_an_object_keeps_its_grounds_but_not_the_scene(nlp) -> None:
    text = ("The governor blasted the ministry for leaving the shelters \u201cwithout heat or water.\u201d\n\n"
            "The minister denied the report at a press conference on Monday.\n\n"
            "The spokesman expressed alarm at the shelling of the plant.")
    found = {q.cue: q.text for q in quotes(nlp, text)}
    assert found["expressed"] == "alarm at the shelling of the plant"
    assert found["blasted"].startswith("the ministry for leaving the shelters")
    assert found["denied"] == "the report"
