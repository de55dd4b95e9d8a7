"""Claims: who asserts what about the war, from which side, and whether it holds up.

- :mod:`.tables`: the editable data (``sides.tsv``, ``claim_*.tsv``);
- :mod:`.sides`: :func:`side_of` a speaker or an actor;
- :mod:`.read`: a clause of the parse read as a claim (topic, actor, place);
- :mod:`.quantity`: numbers normalised ("85 per cent" → 0.85);
- :mod:`.extract`: claims from quotes and from the journalist's sentences;
- :mod:`.relate`, :mod:`.status`: contradictions, corroborations, statuses;
- :mod:`.link`: :func:`link_claims` across articles;
- :mod:`.stage`: the pipeline stage.
"""

from .link import ClaimLink, link_claims
from .model import Claim
from .sides import side_of
from .stage import Claims, find_claims

__all__ = ["Claim", "ClaimLink", "Claims", "find_claims", "link_claims", "side_of"]
