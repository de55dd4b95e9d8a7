"""Small questions about a parsed token that more than one stage asks."""

from __future__ import annotations

from typing import Any

_NO_ONE = frozenset({"nobody", "none", "noone"})


def nobody(t: Any) -> bool:
    """Does ``t`` name no one: "nobody", "none", "no one", "no group"?  A report or an
    event whose subject it is did not happen ("No group claimed the attack")."""
    return t.lower_ in _NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
