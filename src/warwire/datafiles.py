"""The editable data files shipped in ``warwire/data`` (lexicons, tables, the gazetteer
supplement): one place that knows where they live and how their lines are read."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    """Filesystem path of a shipped data file."""
    return Path(str(resources.files("warwire") / "data" / name))


def read_data(name: str) -> str:
    """The whole text of a shipped data file (UTF-8)."""
    return (resources.files("warwire") / "data" / name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """Its lines, less blank lines and ``#`` comments (the format every table shares)."""
    return [ln for ln in read_data(name).splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]
