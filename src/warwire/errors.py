"""Every exception warwire raises, split by what the caller should do about it.

- :class:`InputError` — this input (file, record, article) is unusable: report it
  in one line and go on with the rest of the batch.
- :class:`ConfigError` — the command or its settings are wrong: stop before doing work.
- :class:`StoreError` — the database refused or failed: stop; what was committed stays.

Third-party errors are wrapped in one of these at the boundary where they occur,
so callers never need to know which library failed.
"""

from __future__ import annotations


class WarwireError(Exception):
    """Base class of every error warwire raises on purpose."""


class InputError(WarwireError):
    """One input cannot be processed; skip it and continue the batch.

    ``origin`` names the input (a path, ``path#line``, ``-``) so the one-line
    message tells the user where to look.
    """

    def __init__(self, message: str, origin: str | None = None) -> None:
        self.origin = origin
        super().__init__(f"{origin}: {message}" if origin else message)


class ConfigError(WarwireError):
    """Wrong options or settings (bad date, unknown format, missing model)."""


class StoreError(WarwireError):
    """The database could not be opened, migrated or written."""


class PipelineError(ConfigError):
    """Stages were assembled in an order that cannot work (a need nobody adds)."""
