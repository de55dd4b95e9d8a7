"""Event coding in ACLED's taxonomy, from the shared parse.

- :mod:`.model` — :class:`Event` (the record), :class:`EventPlace`, :class:`Evidence`;
- :mod:`.classify` — cue scores → an event type by ACLED's priority rules;
- :mod:`.actors` — mentions → ACLED actor names, and their roles;
- :mod:`.casualties` — fatalities and injuries by ACLED's rules;
- :mod:`.location`, :mod:`.timing` — where and when;
- :mod:`.detect`, :mod:`.build` — sentences → merged events → records;
- :mod:`.stage` — :class:`Events`, the pipeline stage, and :func:`find_events`;
- :mod:`.case_classes` — one label per snippet, in CASE 2021 Task 2's 30 classes.

The lexicons and the actor table are data files (``warwire/data``).
"""

from .model import Claim, Event, EventPlace, Evidence
from .stage import Events, find_events

__all__ = ["Claim", "Event", "EventPlace", "Events", "Evidence", "find_events"]
