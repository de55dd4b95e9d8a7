"""Names, roles and owned organisations read off the parse.  The sentences are
written for these tests."""

from __future__ import annotations

from warwire.quotes.names import _gender, _title_case, name_tokens, owned_org, role_apposed, role_before


def _person(doc):
    return next(e for e in doc.ents if e.label_ == "PERSON")


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_title_before_a_name_gives_the_role_and_its_place(nlp) -> None:
    doc = nlp("Mykolaiv Gov. Vitaliy Kim said a missile hit the shipyard.")
    ent = _person(doc)
    role, hints = role_before(doc, ent.start, ent.root)
    assert role == "Governor of Mykolaiv"
    assert hints == ["Mykolaiv", "Gov."]
    assert [t.text for t in name_tokens(list(ent))] == ["Vitaliy", "Kim"]


def test_an_apposition_gives_the_role(nlp) -> None:
    doc = nlp("Oleksii Reznikov, the defence minister, said the howitzers had arrived.")
    assert role_apposed(doc, _person(doc).root) == "Defence minister"


def test_an_owned_organisation_has_one_name_however_it_is_written(nlp) -> None:
    expected = ("Russian Defence Ministry", "Russian", ["defence", "ministry"])
    doc = nlp("Russia's defence ministry said its troops had taken the town.")
    assert owned_org(_token(doc, "ministry")) == expected
    doc = nlp("The Russian ministry of defence said two pilots had ejected.")
    assert owned_org(_token(doc, "ministry")) == expected


def test_a_named_company_is_not_an_owned_organisation(nlp) -> None:
    doc = nlp("Ukraine's state nuclear company Energoatom said the plant was mined.")
    assert owned_org(_token(doc, "company")) is None


def test_gender_from_a_title_a_given_name_or_nothing() -> None:
    assert _gender("Olena", "Kovalenko", []) == "f"
    assert _gender("", "Smith", ["Mr"]) == "m"
    assert _title_case(["defence", "minister"]) == "Defence minister"
