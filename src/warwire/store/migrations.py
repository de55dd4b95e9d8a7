"""Named schema migrations, applied in order and recorded in ``schema_migrations``.

A schema change is a new function appended to :data:`MIGRATIONS`; an applied
migration is never edited.  Each migration runs inside the transaction that
records it, so a failed migration leaves no trace.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Connection

Migration = tuple[str, Callable[[Connection], None]]

_meta = sa.MetaData()

schema_migrations = sa.Table(
    "schema_migrations", _meta,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

articles = sa.Table(
    "articles", _meta,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("published_from", sa.String(16)),
    sa.Column("origin", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

#: every extracted span (dates now; places, quotes, claims, events later) by kind
spans = sa.Table(
    "spans", _meta,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("kind", sa.String(16), primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Index("ix_spans_kind", "kind"),
)

removed = sa.Table(
    "removed", _meta,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)


#: one row per coded event, ACLED's main columns, for SQL without parsing records
events = sa.Table(
    "events", _meta,
    sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("idx", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.String(64), nullable=False, index=True),
    sa.Column("event_date", sa.Date, index=True),
    sa.Column("time_precision", sa.Integer),
    sa.Column("event_type", sa.Text, index=True),
    sa.Column("sub_event_type", sa.Text),
    sa.Column("actor1", sa.Text),
    sa.Column("actor2", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("injuries", sa.Integer),
    sa.Column("status", sa.String(16)),
    sa.Column("notes", sa.Text),
    sa.Column("data", sa.Text, nullable=False),
)


#: claims of different articles that contradict or corroborate each other
claim_links = sa.Table(
    "claim_links", _meta,
    sa.Column("article_a", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("claim_a", sa.Integer, primary_key=True),
    sa.Column("article_b", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("claim_b", sa.Integer, primary_key=True),
    sa.Column("relation", sa.String(16), nullable=False),
    sa.Column("place", sa.Text),
)


def _0001_initial(conn: Connection) -> None:
    for table in (articles, spans, removed):
        table.create(conn)


def _0002_events(conn: Connection) -> None:
    events.create(conn)


def _0003_claim_links(conn: Connection) -> None:
    claim_links.create(conn)


MIGRATIONS: list[Migration] = [
    ("0001_initial", _0001_initial),
    ("0002_events", _0002_events),
    ("0003_claim_links", _0003_claim_links),
]


def applied(conn: Connection) -> set[str]:
    """Names of the migrations this database has (creating the ledger if new)."""
    schema_migrations.create(conn, checkfirst=True)
    return {row.name for row in conn.execute(sa.select(schema_migrations.c.name))}


def migrate(conn: Connection) -> list[str]:
    """Apply every pending migration in order; return the names applied now."""
    done = applied(conn)
    now: list[str] = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        step(conn)
        conn.execute(sa.insert(schema_migrations).values(
            name=name, applied_at=datetime.now(timezone.utc)))
        now.append(name)
    return now
