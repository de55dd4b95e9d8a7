from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa

from warwire.errors import ConfigError, StoreError
from warwire.record import Article, DateMention, Removed
from warwire.store import Store
from warwire.store import database
from warwire.store.migrations import MIGRATIONS

TEXT = ("MYKOLAIV, July 16 (Reuters) - A missile strike on Mykolaiv on Friday killed two "
        "people and wounded five, regional governor Vitaliy Kim said.")


def _article(text: str = TEXT, title: str = "Strike on Mykolaiv") -> Article:
    art = Article(raw_text=text, title=title, source="Reuters", published=date(2022, 7, 16),
                  published_from="dateline", origin="strike.txt")
    start = art.text.index("on Friday") + 3
    art.dates = [DateMention("Friday", start, start + 6, "date", "2022-07-15", "day")]
    art.removed = [Removed("credit", "(AP Photo/Efrem Lukatsky)")]
    return art


def test_add_then_read_back_the_same_record(db_url: str) -> None:
    art = _article()
    with Store(db_url) as store:
        assert store.add(art) == "new"
        [record] = list(store.records())
    assert record == art.to_dict()
    date_ = record["dates"][0]
    assert record["article"]["text"][date_["start"]:date_["end"]] == "Friday"


def test_reingest_is_a_no_op(db_url: str) -> None:
    with Store(db_url) as store:
        assert store.add(_article()) == "new"
        assert store.add(_article()) == "unchanged"
        assert store.count("articles") == 1
        assert store.count("spans") == 1
        assert store.count("removed") == 1


def test_reopening_does_not_migrate_again(db_url: str) -> None:
    with Store(db_url) as first:
        assert first.migrations_applied == [name for name, _ in MIGRATIONS]
        first.add(_article())
    with Store(db_url) as again:
        assert again.migrations_applied == []
        assert again.count() == 1


def test_a_failed_write_leaves_no_half_article(db_url: str, monkeypatch) -> None:
    with Store(db_url) as store:
        store.add(_article("KYIV - A first report that stays stored on Friday.", title="first"))

        def broken_rows(article_id, record):  # a span row the schema refuses (text NULL)
            return [{"article_id": article_id, "kind": "dates", "idx": 0, "start_char": 0,
                     "end_char": 1, "text": None, "data": "{}"}]

        monkeypatch.setattr(database, "_span_rows", broken_rows)
        with pytest.raises(StoreError, match="cannot store article"):
            store.add(_article())
        assert store.count("articles") == 1
        assert store.count("spans") == 1
        titles = [r["article"]["title"] for r in store.records()]
    assert titles == ["first"]


def test_bad_urls_are_one_line_errors(tmp_path) -> None:
    with pytest.raises(ConfigError, match="bad database URL"):
        Store("nosuchdb://x")
    with pytest.raises(StoreError, match="cannot open database"):
        Store(f"sqlite:///{tmp_path}/missing/dir/w.db")


def test_spans_table_is_queryable_by_kind(db_url: str) -> None:
    with Store(db_url) as store:
        store.add(_article())
        with store.engine.connect() as conn:
            row = conn.execute(sa.text("SELECT kind, text, data FROM spans")).one()
    assert row.kind == "dates" and row.text == "Friday"
    assert json.loads(row.data)["value"] == "2022-07-15"


def test_events_get_their_own_queryable_rows(db_url: str) -> None:
    art = _article()
    art.events = [{"id": "ev1", "event_type": "Explosions/Remote violence",
                   "sub_event_type": "Shelling/artillery/missile attack",
                   "actor1": "Military Forces of Russia (2000-)", "actor2": "Civilians (Ukraine)",
                   "date": "2022-07-15", "time_precision": 1, "fatalities": 2, "injuries": 5,
                   "status": "reported", "notes": "On 15 July 2022, ...",
                   "place": {"name": "Mykolaiv", "lat": 46.97, "lon": 32.0, "admin1": "Mykolaiv",
                             "geo_precision": 1}}]
    with Store(db_url) as store:
        store.add(art)
        assert store.count("events") == 1
        with store.engine.connect() as conn:
            row = conn.execute(sa.text(
                "SELECT event_date, location, fatalities FROM events")).one()
    assert (str(row.event_date), row.location, row.fatalities) == ("2022-07-15", "Mykolaiv", 2)
