"""How much a sentence reads like a photo caption rather than body text.

A caption describes what a picture shows: third person, present simple or
progressive (``walks``, ``ride atop``, ``is seen``, ``looks on``), usually
ending with where and when (``in Mykolaiv on July 31, 2022``).  Body text
reports: past tense, speech verbs, quotes, opinions.  :func:`score` adds the
signals up; callers compare the total against a threshold that depends on
context (right before a photo credit a low score is enough, a sentence in
the middle of a flattened body needs a high one).
"""

from __future__ import annotations

import re
from functools import lru_cache

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_FULL_DATE = rf"(?:(?:{_WEEKDAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s*,?\s+\d{{4}})"
# a caption's usual ending: "... on July 31, 2022." / "..., Sunday, July 31, 2022, in Kyiv."
_DATE_END = re.compile(
    rf"{_FULL_DATE}(?:\s*,?\s+(?:in|at|near|outside|prior\s+to)\s+[^.!?]{{1,60}})?\s*[.,;]*\s*$"
    rf"|{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}}\s*[.,]*\s*$"
)
# AP style: "in Kyiv, Ukraine, Saturday, Aug. 27, 2022"
_PLACE_WEEKDAY_DATE = re.compile(rf"[A-Z][\w’'-]+,\s+{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}")

_MARKER = re.compile(
    r"(?:FILE\s*[-–—]+|File\s+photo\b|In\s+this\s+(?:\w+\s+){0,3}(?:photo|image|picture|frame\s+grab|handout)"
    r"|This\s+(?:\w+\s+){0,2}(?:photo|image|picture|frame\s+grab)\b|Photo\s+taken\b|Picture\s+taken\b"
    r"|Combo\s+photo\b|A\s+(?:general|aerial)\s+view\b|An\s+aerial\s+view\b|Aerial\s+view\b"
    r"|Satellite\s+image\b|A\s+screen\s*(?:grab|shot)\b|A\s+still\s+image\b|Handout\s+photo\b)"
)

#: base forms of verbs that captions use to describe a picture
_VERBS = """
    accompany address aim applaud arrive attend await bathe bid board brief bring burn bury
    buy carry cast celebrate chair chant chat check clap clean clear climb close collect
    comfort commemorate compete cook cover cradle cross crouch cry cycle dance deliver
    demonstrate depart dig display distribute drink drive eat embrace enter erect escort
    evacuate examine exchange feed fill film fire fish fix flee fly fold gather gaze gesture
    give glance go greet grieve guard hand hang harvest help hide hold honor honour hug
    inspect install jog jump kiss kneel lay lead lean leave lie lift light line listen load
    look lower make march mark meet mourn move nurse observe offer open operate pack paint
    pass patrol pay peer perform pet photograph pick place plant play point pose pour pray
    prepare preside protest pull push queue raise rally react read receive remove repair
    rest return ride rise run sail salute score scream search sell serve shake share shelter
    shop shout shovel sign sing sit sleep smile smoke sort speak stack staff stand stare
    step stroll survey sweep swim take talk tend train treat unfold unload unveil view visit
    vote wait walk wash watch water wave wear weep wipe work write
""".split()


def _verb_forms(base: str) -> tuple[str, ...]:
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return (base, third)


_IRREGULAR_ING = {"lie": "lying", "die": "dying", "tie": "tying"}


def _ing(base: str) -> str:
    if base in _IRREGULAR_ING:
        return _IRREGULAR_ING[base]
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


_PRESENT = frozenset(f for b in _VERBS for f in _verb_forms(b))
_PROGRESSIVE = frozenset(_ing(b) for b in _VERBS)
_PARTICIPLES = frozenset(
    """
    seen pictured shown displayed reflected escorted evacuated photographed covered surrounded lit
    illuminated parked placed installed hung stacked loaded damaged destroyed guarded detained
    carried buried examined treated silhouetted framed gathered lined left abandoned stationed
    deployed transported unloaded interviewed greeted welcomed sworn led accompanied flanked joined
    projected decorated painted engulfed scattered piled strewn submerged flooded blocked
    barricaded held
    """.split()
)
#: verb + particle pairs typical of captions: "looks on", "ride atop"
_PHRASES = frozenset(
    {("look", "on"), ("looks", "on"), ("ride", "atop"), ("rides", "atop"), ("walk", "past"),
     ("walks", "past"), ("stand", "guard"), ("stands", "guard")}
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|according\s+to|asked|added|stated|claimed|announced|wrote|"
    r"warned|insisted|noted|reported|explained|urged|declared|argued|believes|believed|"
    r"thinks|thought|stressed|suggested|alleged|confirmed|denied)\b"
)
_LONG_QUOTE = re.compile(r"[\"“][^\"”]{12,}[\"”]|(?:^|\s)[‘'][^’']{12,}[’'](?=\W|$)")
_SHORT_QUOTE = re.compile(r"[\"“][^\"”]{1,11}[\"”]")
_FIRST_SECOND = re.compile(r"\b(?:I|we|We|our|Our|us|you|You|your|Your|my|My|me)\b")
_LINK = re.compile(r"https?://|www\.|(?:^|\s)\(?@\w+|#\w+")
_MODAL = re.compile(r"\b(?:will|would|could|should|may|might|must|had|has\s+been|have\s+been)\b")


def _opening(text: str, n: int = 18) -> list[str]:
    """The first ``n`` words without surrounding punctuation."""
    return [w.strip(".,;:!?()[]\"“”‘’'") for w in text.split()[:n]]


# words after which a verb-looking word is a noun or an infinitive: "peace talks", "to walk"
_NOT_A_SUBJECT = frozenset(
    """
    to the a an of for in on at with and or but their his her its our your my this that these those
    peace no any some many more new first last from by as will would can could should may might
    must did do does not never also
    """.split()
)


def _describes(opening: list[str]) -> bool:
    """A present-tense verb of description: "walks past", "is seen", "ride atop".

    Capitalised words are names, not verbs (``March``, ``Rally``).
    """
    lower = [w.lower() for w in opening]
    for i in range(1, len(opening)):
        word, previous = lower[i], lower[i - 1]
        if not opening[i] or opening[i][0].isupper():
            continue
        if previous in ("is", "are") or (previous == "being" and i > 1 and lower[i - 2] in ("is", "are")):
            if word in _PARTICIPLES or word in _PROGRESSIVE:
                return True
        if word in _PRESENT and previous not in _NOT_A_SUBJECT and not previous.endswith("ed"):
            return True
        if (previous, word) in _PHRASES:
            return True
    return False


@lru_cache(maxsize=4096)
def score(text: str) -> float:
    """Caption likeness of one sentence: positive reads like a caption."""
    total = 0.0
    if _MARKER.match(text):
        total += 3
    if _DATE_END.search(text[-90:]):
        total += 2
        if _PLACE_WEEKDAY_DATE.search(text):
            total += 1
    if _describes(_opening(text)):
        total += 2
    if total == 0:
        return 0.0  # nothing caption-like: no need to weigh the evidence against
    total -= penalty(text)
    n_words = len(text.split())
    if n_words > 70:
        total -= 4
    elif n_words > 50:
        total -= 2
    return total


@lru_cache(maxsize=4096)
def penalty(text: str) -> float:
    """What speaks against a caption: speech, long quotes, I/we/you, modals."""
    total = 0.0
    if _SPEECH.search(text):
        total += 3
    if _LONG_QUOTE.search(text) or text.startswith(('"', "“", "‘")):
        total += 3
    elif _SHORT_QUOTE.search(text):
        total += 1
    if _FIRST_SECOND.search(text):
        total += 3
    if _LINK.search(text):  # embedded tweets and posts are quotes, not captions
        total += 3
    total += min(2, len(_MODAL.findall(text)))
    return total


def is_marked(text: str) -> bool:
    """Starts the way only captions start (``FILE -``, ``In this photo``)."""
    return bool(_MARKER.match(text))
