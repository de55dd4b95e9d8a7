"""Shared fixtures: a database URL for SQLite always, PostgreSQL when offered.

``WARWIRE_TEST_PG`` names a PostgreSQL server (``postgresql+psycopg://...``);
each test gets its own schema there, dropped afterwards, so runs never collide.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def _pg_schema_url(base: str) -> Iterator[str]:
    import sqlalchemy as sa

    schema = f"ww_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def nlp():
    """The installed spaCy model, loaded once for the whole run (the pipeline's own loader)."""
    from warwire.analyse.nlp import load_model
    from warwire.config import Settings

    return load_model(Settings().model)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'warwire.db'}"
        return
    base = os.environ.get("WARWIRE_TEST_PG")
    if not base:
        pytest.skip("WARWIRE_TEST_PG is not set")
    yield from _pg_schema_url(base)
