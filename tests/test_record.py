from __future__ import annotations

import json
from datetime import date

from warwire.record import Article, Dateline, DateMention, Removed


def _article() -> Article:
    text = "KHARKIV, Ukraine (AP) — Shelling hit Kharkiv overnight, the mayor said on Tuesday."
    art = Article(raw_text=text, title="Kharkiv shelled", source="AP",
                  published=date(2022, 7, 20), published_from="metadata",
                  dateline=Dateline("Kharkiv", None, "AP"))
    i = text.index("Tuesday")
    art.dates = [DateMention("Tuesday", i, i + 7, "date", "2022-07-19", "day")]
    art.removed = [Removed("caption", "A man stands near a crater in Kharkiv, July 19, 2022.")]
    return art


def test_text_defaults_to_the_raw_body_until_cleaned() -> None:
    art = Article(raw_text="Body.")
    assert art.text == "Body."


def test_id_is_a_content_hash() -> None:
    assert _article().id == _article().id
    other = _article()
    other.raw_text += " Updated."
    assert other.id != _article().id
    assert len(_article().id) == 24


def test_record_shape_and_offsets() -> None:
    record = json.loads(json.dumps(_article().to_dict()))
    assert set(record) == {"article", "removed", "dates", "places", "quotes", "claims", "events"}
    meta = record["article"]
    assert meta["published"] == "2022-07-20" and meta["published_from"] == "metadata"
    assert meta["dateline"] == {"place": "Kharkiv", "date_text": None, "agency": "AP"}
    for d in record["dates"]:
        assert meta["text"][d["start"]:d["end"]] == d["text"]
    assert record["removed"] == [{"kind": "caption",
                                  "text": "A man stands near a crater in Kharkiv, July 19, 2022."}]
