"""The store: one writer, one transaction per article, SQLite or PostgreSQL.

``Store(url)`` opens (and migrates) the database; :meth:`Store.add` writes an
article with its spans in a single transaction, so an interrupted batch keeps
every article it finished and never half of one.  Re-adding an article with the
same content id changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from ..errors import ConfigError, StoreError
from ..record import Article
from .migrations import articles, events, migrate, removed, spans

Outcome = Literal["new", "unchanged"]


def _engine(url: str) -> sa.Engine:
    try:
        engine = sa.create_engine(url)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise ConfigError(f"bad database URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _span_rows(article_id: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for kind in ("dates", "places", "quotes", "claims", "events"):
        for idx, item in enumerate(record.get(kind, [])):
            if "start" not in item:
                continue
            data = {k: v for k, v in item.items() if k not in ("text", "start", "end")}
            rows.append({"article_id": article_id, "kind": kind, "idx": idx,
                         "start_char": item["start"], "end_char": item["end"],
                         "text": item["text"], "data": json.dumps(data, ensure_ascii=False)})
    return rows


def _event_rows(article_id: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for idx, ev in enumerate(record.get("events", [])):
        place = ev.get("place") or {}
        day = ev.get("date")
        rows.append({
            "article_id": article_id, "idx": idx, "event_id": ev["id"],
            "event_date": date.fromisoformat(day) if day else None,
            **{k: ev.get(k) for k in ("time_precision", "event_type", "sub_event_type",
                                      "actor1", "actor2", "fatalities", "injuries",
                                      "status", "notes")},
            "location": place.get("name"), "admin1": place.get("admin1"),
            "latitude": place.get("lat"), "longitude": place.get("lon"),
            "geo_precision": place.get("geo_precision"),
            "data": json.dumps(ev, ensure_ascii=False)})
    return rows


class Store:
    """A warwire database. Use as a context manager or call :meth:`close`."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _engine(url)
        try:
            with self.engine.begin() as conn:
                self.migrations_applied = migrate(conn)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open database {self._safe_url()}: {_first_line(exc)}") from exc

    def _safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def add(self, article: Article) -> Outcome:
        """Store one processed article atomically; ``unchanged`` if already there."""
        record = article.to_dict()
        meta = record["article"]
        try:
            with self.engine.begin() as conn:
                if conn.execute(sa.select(articles.c.id).where(articles.c.id == meta["id"])).first():
                    return "unchanged"
                conn.execute(sa.insert(articles).values(
                    id=meta["id"], title=meta["title"], source=meta["source"], url=meta["url"],
                    published=article.published, published_from=meta["published_from"],
                    origin=meta["origin"], text=meta["text"],
                    record=json.dumps(record, ensure_ascii=False),
                    ingested_at=datetime.now(timezone.utc)))
                if rows := _span_rows(meta["id"], record):
                    conn.execute(sa.insert(spans), rows)
                if rows := _event_rows(meta["id"], record):
                    conn.execute(sa.insert(events), rows)
                if record["removed"]:
                    conn.execute(sa.insert(removed), [
                        {"article_id": meta["id"], "idx": i, **r}
                        for i, r in enumerate(record["removed"])])
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store article {meta['id']}: {_first_line(exc)}") from exc
        return "new"

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored record (the JSON of ``warwire extract``), oldest publication first."""
        query = sa.select(articles.c.record).order_by(articles.c.published, articles.c.id)
        try:
            with self.engine.connect() as conn:
                for row in conn.execute(query):
                    yield json.loads(row.record)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read {self._safe_url()}: {_first_line(exc)}") from exc

    def count(self, table: str = "articles") -> int:
        tables = {"articles": articles, "spans": spans, "removed": removed, "events": events}
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(tables[table])).scalar_one()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
