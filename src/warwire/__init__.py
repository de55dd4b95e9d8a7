"""warwire: war and conflict reporting in, structured, sourced, checkable data out.

>>> import warwire
>>> record = warwire.extract("KYIV, July 14 (Reuters) - Russian missiles hit Vinnytsia on Thursday.")
>>> record.to_dict()["dates"][0]["value"]  # doctest: +SKIP
'2022-07-14'

Everything not named in ``__all__`` is private and may change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ConfigError",
    "DateMention",
    "InputError",
    "IngestSummary",
    "Pipeline",
    "Removed",
    "Settings",
    "Store",
    "StoreError",
    "WarwireError",
    "__version__",
    "extract",
    "extract_paths",
    "ingest",
]

# Names resolve lazily so that ``import warwire`` (and the CLI's start-up) stays
# cheap: spaCy, SQLAlchemy and trafilatura load only when first used.
_LAZY = {
    "Article": "record", "DateMention": "record", "Removed": "record",
    "ConfigError": "errors", "InputError": "errors", "StoreError": "errors",
    "WarwireError": "errors", "Settings": "config", "Pipeline": "pipeline",
    "Store": "store", "IngestSummary": "api", "extract": "api",
    "extract_paths": "api", "ingest": "api",
}

if TYPE_CHECKING:
    from .api import IngestSummary, extract, extract_paths, ingest
    from .config import Settings
    from .errors import ConfigError, InputError, StoreError, WarwireError
    from .pipeline import Pipeline
    from .record import Article, DateMention, Removed
    from .store import Store


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'warwire' has no attribute {name!r}")
