"""The store: one writer, one transaction per article, SQLite or PostgreSQL.

``Store(url)`` opens (and migrates) the database; :meth:`Store.add` writes an
article with its spans in a single transaction, so an interrupted batch keeps
every article it finished and never half of one.  Re-adding an article with the
same content id changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from ..errors import ConfigError, StoreError
from ..record import Article
from .migrations import articles, claim_links, events, migrate, removed, spans

Outcome = Literal["new", "unchanged"]

#: articles published further apart than this are about different moments of the war
LINK_WINDOW_DAYS = 3


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

    def link_claims(self, new: Collection[str] | None = None,
                    window_days: int = LINK_WINDOW_DAYS) -> dict[str, int]:
        """Link claims of articles published within ``window_days`` of each other (control
        of a town in May and in October is not a contradiction) in ``claim_links``.

        With ``new`` (ids of articles just stored) only their links are added, reading
        only the articles published in their window: an ingest into a large store stays
        cheap.  Without it every link is rebuilt.  Returns the counts of links added.
        """
        from ..claims.link import link_claims

        try:
            with self.engine.begin() as conn:
                published = _published(conn, new, window_days)
                fresh = None if new is None else set(new)
                among = None if new is None else list(published)
                links = [ln for ln in link_claims(_stored_claims(conn, among), mark=False)
                         if _close(published.get(ln.article_a), published.get(ln.article_b),
                                   window_days)
                         and (fresh is None or ln.article_a in fresh or ln.article_b in fresh)]
                if fresh is None:
                    conn.execute(sa.delete(claim_links))
                if links:
                    conn.execute(sa.insert(claim_links), [
                        {"article_a": ln.article_a, "claim_a": ln.claim_a,
                         "article_b": ln.article_b, "claim_b": ln.claim_b,
                         "relation": ln.relation, "place": ln.place} for ln in links])
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot link claims: {_first_line(exc)}") from exc
        counts = {"contradicts": 0, "corroborates": 0}
        for ln in links:
            counts[ln.relation] = counts.get(ln.relation, 0) + 1
        return counts

    def claim_links(self) -> Iterator[dict[str, Any]]:
        """Every stored link between claims of two articles, with both claims' words."""
        a, b = spans.alias("a"), spans.alias("b")
        query = (sa.select(claim_links, a.c.text.label("text_a"), a.c.data.label("data_a"),
                           b.c.text.label("text_b"), b.c.data.label("data_b"))
                 .join(a, sa.and_(a.c.article_id == claim_links.c.article_a, a.c.kind == "claims",
                                  a.c.idx == claim_links.c.claim_a))
                 .join(b, sa.and_(b.c.article_id == claim_links.c.article_b, b.c.kind == "claims",
                                  b.c.idx == claim_links.c.claim_b)))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                da, db = json.loads(row.data_a), json.loads(row.data_b)
                yield {"relation": row.relation, "place": row.place,
                       "article_a": row.article_a, "claim_a": row.claim_a,
                       "claimant_a": da.get("claimant"), "side_a": da.get("side"),
                       "text_a": row.text_a, "article_b": row.article_b,
                       "claim_b": row.claim_b, "claimant_b": db.get("claimant"),
                       "side_b": db.get("side"), "text_b": row.text_b}

    def count(self, table: str = "articles") -> int:
        tables = {"articles": articles, "spans": spans, "removed": removed, "events": events,
                  "claim_links": claim_links}
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(tables[table])).scalar_one()


def _close(a: date | None, b: date | None, days: int) -> bool:
    return a is not None and b is not None and abs((a - b).days) <= days


def _published(conn: sa.Connection, new: Collection[str] | None, days: int) -> dict[str, date]:
    """Publication date of every dated article, or (with ``new``) of the new articles and
    of those published within ``days`` of one of them."""
    query = sa.select(articles.c.id, articles.c.published).where(articles.c.published.is_not(None))
    if new is None:
        return dict(conn.execute(query).all())
    dates = sorted(d for d in conn.execute(
        sa.select(articles.c.published).where(articles.c.id.in_(list(new)))).scalars() if d)
    if not dates:
        return {}
    lo, hi = dates[0] - timedelta(days=days), dates[-1] + timedelta(days=days)
    return dict(conn.execute(query.where(articles.c.published.between(lo, hi))).all())


def _stored_claims(conn: sa.Connection, among: list[str] | None) -> list[Any]:
    """The claims of the articles ``among`` (None: all), rebuilt as Claim records (article
    id and index kept)."""
    from types import SimpleNamespace

    from ..claims.model import Claim

    query = (sa.select(spans.c.article_id, spans.c.idx, spans.c.start_char, spans.c.end_char,
                       spans.c.text, spans.c.data)
             .where(spans.c.kind == "claims").order_by(spans.c.article_id, spans.c.idx))
    if among is not None:
        query = query.where(spans.c.article_id.in_(among))
    by_article: dict[str, list[Any]] = {}
    for row in conn.execute(query):
        claims = by_article.setdefault(row.article_id, [])
        while len(claims) < row.idx:  # keep indices aligned with the record's list
            claims.append(Claim("", 0, 0))
        fields = {k: v for k, v in json.loads(row.data).items() if k in Claim.__dataclass_fields__}
        claims.append(Claim(row.text, row.start_char, row.end_char, **fields))
    return [SimpleNamespace(id=aid, claims=claims) for aid, claims in by_article.items()]


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
