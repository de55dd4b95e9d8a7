"""What the recogniser knows about a whole parse: people's names, entity bounds."""

from __future__ import annotations

from typing import Any

from warwire.geo.docinfo import DocInfo, entity_over
from warwire.geo.recognise import Toponym
from warwire.geo.stage import shared


def test_surnames_of_people_are_known_but_big_places_are_not(nlp: Any) -> None:
    doc = nlp("Boris Johnson visited Kyiv. Later Johnson said the aid would grow.")
    info = DocInfo(doc, shared()[0])
    assert "johnson" in info.person_names and "boris" in info.person_names
    assert "kyiv" not in info.person_names


def test_the_entity_over_a_span_is_trimmed_of_articles_and_possessives(nlp: Any) -> None:
    doc = nlp("Shelling hit the Kharkiv region's power station.")
    info = DocInfo(doc, shared()[0])
    tok = next(t for t in doc if t.text == "Kharkiv")
    k = tok.i
    span = Toponym(tok.idx, tok.idx + len(tok), "Kharkiv", i=k, j=k + 1)
    label, start, end = entity_over(doc, info, span)
    assert doc[start].text != "the" and doc[end - 1].text not in ("'s", "’s")
    assert start <= k < end
