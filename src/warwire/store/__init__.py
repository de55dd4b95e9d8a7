"""Persistence: SQLite by default, PostgreSQL for teams (SQLAlchemy 2)."""

from .database import Store

__all__ = ["Store"]
