"""The TimeML and MEANTIME readers on small documents written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from warwire.errors import InputError
from warwire.evaluate.timeml import iter_documents, read_cat, read_timeml

from timeml_util import CAT, write_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path)


def test_reader_offsets_index_the_plain_text(corpus):
    doc = read_timeml(corpus / "sub" / "ww0001.tml")
    assert str(doc.anchor) == "2022-07-16"
    assert "AT&T Wire" in doc.text and "<EVENT" not in doc.text
    assert [g.text for g in doc.gold] == ["Friday", "today", "five months", "two days",
                                          "next month", "that period"]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text
    assert doc.ignore == []  # the creation time sits in <DCT>, outside the text


def test_meantime_cat_reader(tmp_path):
    path = tmp_path / "1_strike.xml"
    path.write_text(CAT, encoding="utf-8")
    doc = read_cat(path)
    assert doc.text == "Strike hits Odesa\nJuly 16, 2022\nA missile hit Odesa on Friday."
    assert str(doc.anchor) == "2022-07-16"
    assert [(g.text, g.value) for g in doc.gold] == [("Friday", "2022-07-15")]
    assert doc.ignore == [(18, 31)]  # the date line: the creation time, not scored


def test_iter_documents_reads_both_formats(corpus):
    (corpus / "1_strike.xml").write_text(CAT, encoding="utf-8")
    (corpus / "notes.xml").write_text("<notes/>", encoding="utf-8")
    assert sorted(d.name for d in iter_documents(corpus)) == ["1_strike.xml", "ww0001.tml"]


def test_bad_input(tmp_path):
    with pytest.raises(InputError):
        list(iter_documents(tmp_path / "missing"))
    assert list(iter_documents(tmp_path)) == []
    (tmp_path / "broken.tml").write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(InputError):
        read_timeml(tmp_path / "broken.tml")
    (tmp_path / "bare.tml").write_text("<TimeML><TITLE>no text</TITLE></TimeML>", encoding="utf-8")
    with pytest.raises(InputError):
        read_timeml(tmp_path / "bare.tml")
