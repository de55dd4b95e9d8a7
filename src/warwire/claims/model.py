"""The claim record: an attributed assertion of fact about the war."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..record import Span

TOPICS = ("territorial_control", "casualties", "attack", "damage", "advance", "retreat",
          "weapons", "aid", "other")
#: topics whose claims say who holds a place
CONTROL = frozenset({"territorial_control", "advance", "retreat"})

CLAIMED, UNVERIFIED, CONTESTED, CORROBORATED, DENIED = (
    "claimed", "unverified", "contested", "corroborated", "denied")
#: a status replaces another only if it ranks higher
RANK = {CLAIMED: 0, UNVERIFIED: 1, CORROBORATED: 2, CONTESTED: 3, DENIED: 4}

#: the claimant of the journalist's own assertions
ARTICLE = "article"


@dataclass
class Claim(Span):
    """An assertion of fact: ``text == article.text[start:end]``.

    ``claimant`` is who asserts it (the quote's canonical speaker, or
    ``"article"`` for the journalist's own words) and ``side`` the claimant's
    affiliation (Russia, Ukraine, international, media, ...; None if unknown).
    ``topic`` is one of :data:`TOPICS`.  ``quantity`` is the number the claim
    gives (a share as a fraction: "85 per cent" → 0.85; a count: 12) and
    ``quantity_text`` its words.  ``place`` (with ``place_start``/``place_end``)
    is the place the claim is about, ``target`` the head word of what was hit,
    killed or sent ("hospital", "civilian", "tank").  ``actor`` is the side said
    to act ("Russian forces shelled ..." → Russia), ``holder`` for territorial
    claims the side said to control ``place`` afterwards, ``negated`` whether the
    claim says it did not happen (a denial: "denied that its forces ...").
    ``status``: claimed, unverified, contested, corroborated or denied;
    ``status_cue`` the words that decided it ("reportedly", "denied").
    ``contradicts``/``corroborates`` are indices of claims of the same article;
    ``quote`` the index in ``article.quotes`` of the quote it comes from (None
    for the journalist's own assertions).
    """

    claimant: str | None = None
    side: str | None = None
    topic: str = "other"
    quantity: float | None = None
    quantity_text: str | None = None
    place: str | None = None
    place_start: int | None = None
    place_end: int | None = None
    target: str | None = None
    actor: str | None = None
    holder: str | None = None
    negated: bool = False
    status: str = CLAIMED
    status_cue: str | None = None
    contradicts: list[int] = field(default_factory=list)
    corroborates: list[int] = field(default_factory=list)
    quote: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def set_status(self, status: str, cue: str | None = None) -> None:
        """Raise the status to ``status`` (with the words that decided it) if it
        ranks higher; the first words that decided a status stay."""
        if RANK[status] > RANK[self.status]:
            self.status = status
            self.status_cue = cue
