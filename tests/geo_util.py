"""Shared by the geo tests: the toponyms proposed for a text, with their offsets checked."""

from __future__ import annotations

from typing import Any

from warwire.geo.recognise import Toponym
from warwire.geo.stage import recognise


def found(nlp: Any, text: str) -> dict[str, Toponym]:
    """Proposed toponyms of ``text`` by their words (every offset must index the text)."""
    out = recognise(nlp(text))
    for t in out:
        assert text[t.start:t.end] == t.text
    return {t.text: t for t in out}
