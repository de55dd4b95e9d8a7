"""Ingest: turn files, folders and stdin into :class:`~warwire.record.Article` records."""

from .sources import iter_articles

__all__ = ["iter_articles"]
