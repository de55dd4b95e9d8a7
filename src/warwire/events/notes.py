"""One generated ACLED-style sentence per event.

"On 15 July 2022, Russian forces struck Mykolaiv with missiles, killing 2
people and injuring 5."  The verb phrase comes from ``event_types.tsv``
(column ``note``); actors are shortened to how a report would name them
("Military Forces of Russia (2000-)" → "Russian forces").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Event
from .tables import data_path, event_types

_STATE = re.compile(r"^(Military|Police) Forces of (.+?)(?: \([\d-]+\))?(?: (Air Force|Navy|.+))?$")
_GROUP = re.compile(r"^(Civilians|Protesters|Rioters|Unidentified Armed Group) \((.+)\)$")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Country name → its adjective, from the geo data's demonym table."""
    from .tables import country_name

    out: dict[str, str] = {}
    for line in data_path("demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        word, target = line.split("\t")[:2]
        if target.startswith("country:"):
            out.setdefault(country_name(target.split(":")[1]), word)
    return out


def short_actor(name: str | None) -> str:
    """How a report names an ACLED actor: "Russian forces", "civilians", "NAF forces"."""
    if not name:
        return "unidentified actors"
    m = _STATE.match(name)
    if m:
        adjective = _demonyms().get(m.group(2), m.group(2))
        unit = m.group(3)
        if m.group(1) == "Police":
            return f"{adjective} police" if not unit else f"the {unit}"
        if unit == "Air Force":
            return f"{adjective} air forces"
        if unit == "Navy":
            return f"{adjective} naval forces"
        return f"{adjective} forces"
    m = _GROUP.match(name)
    if m:
        return {"Unidentified Armed Group": "an unidentified armed group"}.get(m.group(1), m.group(1).lower())
    if name.startswith("NAF"):
        return "NAF forces"
    return name


def _date_phrase(event: Event) -> str:
    if event.date is None:
        return ""
    day = event.date
    if event.time_precision == 3:
        return f"In {day:%B %Y}, "
    if event.time_precision == 2:
        return f"In the week of {day.day} {day:%B %Y}, "
    return f"On {day.day} {day:%B %Y}, "


def _casualties(event: Event) -> str:
    parts = []
    if event.fatalities:
        parts.append(f"killing {event.fatalities} {'person' if event.fatalities == 1 else 'people'}")
    if event.injuries:
        noun = "" if event.fatalities else (" person" if event.injuries == 1 else " people")
        parts.append(f"injuring {event.injuries}{noun}")
    return ", " + " and ".join(parts) if parts else ""


def write_note(event: Event, key: str, means: str | None = None) -> str:
    """The note of an event coded as ``key``."""
    etype = event_types()[key]
    place = event.place.text or event.place.name or "an unknown location"
    phrase = etype.note.replace("{place}", place)
    phrase = phrase.replace("{means}", f" with {means}" if means else "")
    if "{actor2}" in phrase:
        phrase = phrase.replace("{actor2}", short_actor(event.actor2)) if event.actor2 else \
            phrase.replace(" with {actor2}", "")
    subject = short_actor(event.actor1) if etype.kind == "acled" else ""
    sentence = f"{_date_phrase(event)}{subject} {phrase}".replace("  ", " ").strip()
    if sentence and not sentence[0].isupper():
        sentence = sentence[0].upper() + sentence[1:]
    if event.kind == "acled" and not event.fatalities and not event.injuries:
        return f"{sentence}. Casualties unknown."
    return f"{sentence}{_casualties(event)}."
