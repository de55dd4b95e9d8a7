"""Small questions about parsed tokens shared by several stages.  Sentences are written for these tests."""

from __future__ import annotations

from warwire.analyse.syntax import nobody


def test_nobody_names_no_one(nlp) -> None:
    doc = nlp("No group claimed the attack, and nobody saw the drone, but the governor said it hit a depot.")
    subjects = {t.text: nobody(t) for t in doc if t.dep_ == "nsubj"}
    assert subjects == {"group": True, "nobody": True, "governor": False, "it": False}
