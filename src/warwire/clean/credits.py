"""Photo credits: ``(AP Photo/Efrem Lukatsky, File)``, ``Photo: Reuters``,
``NAME/AFP via Getty Images``, ``REUTERS/Name Surname`` and the like.

:func:`find_credits` returns every credit in a paragraph with a flag telling
whether it closes a block (it ends a caption, so what follows starts a new
sentence) or sits inside a sentence (``Smoke rises (Photo by X / AFP) over
the city``), where :func:`cut` removes it and leaves tidy text.

Two things look like credits and are not: the agency in a dateline
(``KYIV, July 31 (Reuters) -``, ``WASHINGTON, Feb. 7 (Xinhua) --``) and a
slash in ordinary prose (``a Reuters/Ipsos poll``).  A bare agency in
brackets therefore counts only right after a finished sentence and never
before a dash, and an unbracketed name/agency chain only where it ends a
block and its last part is a known agency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|EFE|Getty(?:\s+Images)?|Xinhua|Sputnik|TASS"
    r"|Anadolu(?:\s+Agency)?|Shutterstock|Rex|REX|Alamy|Bloomberg|NurPhoto|SOPA\s+Images"
    r"|LightRocket|Pool|POOL|Handout|UPI|dpa|DPA|ANSA|Kyodo(?:\s+News)?|Yonhap"
    r"|ZUMA(?:\s+Press)?(?:\s+Wire)?|Zuma(?:\s+Press)?(?:\s+Wire)?|Abaca(?:press)?|PA(?:\s+Images|\s+Wire|\s+Media)?"
    r"|Ukrinform|AAP|Polaris|Redux|Sipa|SIPA|Imago|IMAGO|Belga|ANP|NTB(?:\s+Scanpix)?|Scanpix"
    r"|The\s+Guardian|The\s+Observer|Magnus\s+News|Planet\s+Labs(?:\s+PBC)?|Maxar(?:\s+Technologies)?"
    r"|People[’']s\s+Daily\s+Online|GT|CFP|VCG|UN\s+Photo|Wikimedia\s+Commons)"
)
#: agencies that may stand alone in brackets as a credit: ``(Xinhua)``
_BARE_AGENCY = re.compile(r"(?:AP|AFP|Reuters|REUTERS|EPA|Xinhua|Getty Images|Sputnik|TASS|Pool)")

_NAME = r"[A-Z][\w'’.\-]*"
_NAMEPART = rf"{_NAME}(?:\s+(?:(?:de|da|del|der|di|van|von|al|el|la|le|bin)\s+)?{_NAME}){{0,3}}"
_FILE = r"(?:\s*,\s*(?:File|FILE|file|Pool|POOL|pool))*"
# inside a chain a name runs up to its slash, so it never needs to give words back
_CHAIN = rf"(?:(?>{_NAMEPART})\s*/\s*){{1,4}}{_AGENCY}(?:\s*/\s*{_AGENCY})*(?:\s+via\s+Getty(?:\s+Images)?)?{_FILE}"

# Credits outside brackets.  Each alternative knows where it ends.
_PLAIN = re.compile(
    rf"\b(?:Photo(?:graph)?|Picture|Image|Credit|Photo\s+credit|Graphic|Illustration|Cartoon|Infographic)"
    rf"\s*:\s*(?:{_CHAIN}|{_AGENCY}\b|[^.!?:]{{1,60}}$)"
    rf"|^(?:Cartoon|Illustration|Graphic|Infographic)\s+by\s+{_NAMEPART}(?=\s+[A-Z])"
    rf"|\bPhoto\s+by\s+{_NAMEPART}\s*/\s*{_AGENCY}(?:\s*/\s*{_AGENCY})*"
    rf"|\bREUTERS/{_NAMEPART}(?:/File(?:\s+Photo)?)?"
    rf"|\b(?:AP|AFP)\s+Photo\s*/\s*{_NAMEPART}{_FILE}"
    rf"|\bImage\s+source,\s*(?:{_CHAIN}|{_AGENCY}\b|{_NAMEPART})"
    rf"|\bvia\s+Getty\s+Images\b"
)
# name/agency chains are only looked for near a slash (the expensive part)
_PLAIN_CHAIN = re.compile(rf"(?:(?<!\S)/\s*|(?<![\w/])){_CHAIN}")
_HAS_CREDIT_WORD = re.compile(r"Photo|Picture|Image|Credit|REUTERS|AP|AFP|Getty|Graphic|Illustration|Cartoon")
_BRACKETED = re.compile(r"[(\[]\s*([^()\[\]]{2,140}?)\s*[)\]]")
_PHOTO_LEAD = re.compile(
    r"(?:(?:AP|AFP|Reuters|EPA|UPI|Xinhua|Pool|Kremlin Pool|Official White House|UN|"
    r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+)?Photo(?:graph)?s?(?:\s*(?:/|:|,|by\b|courtesy\b)|\s*$)"
)
_LABEL_LEAD = re.compile(
    rf"(?:Image|Picture|Credit|Photo credit|Courtesy)\s*(?::|of\b|by\b)|Source:\s*{_AGENCY}$"
)
_VIA = re.compile(rf"\bvia\s+{_AGENCY}\b")
_CHAIN_FULL = re.compile(rf"(?:{_CHAIN}|{_AGENCY}\s*/\s*{_NAMEPART}{_FILE})")

_SENTENCE_START_AFTER = re.compile(r"\s*(?:$|[\"“‘'(\[A-Z0-9])")
_DASH_AFTER = re.compile(r"\s*[-–—]")


@dataclass(frozen=True)
class Credit:
    """A credit at ``text[start:end]``; ``boundary`` if it ends a block."""

    start: int
    end: int
    boundary: bool


def _bracket_is_credit(content: str) -> bool:
    """Does the text inside a pair of brackets read as a photo credit?"""
    return bool(
        _PHOTO_LEAD.match(content)
        or _LABEL_LEAD.match(content)
        or _VIA.search(content)
        or _CHAIN_FULL.fullmatch(content)
    )


def _bare_agency_ok(text: str, start: int, end: int) -> bool:
    """``(Xinhua)`` is a credit after a finished sentence, never in a dateline."""
    before = text[:start].rstrip()
    return (not before or before[-1] in ".!?…\"”’)]") and not _DASH_AFTER.match(text, end)


def _bracketed(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _BRACKETED.finditer(text):
        content = m.group(1)
        if _bracket_is_credit(content):
            spans.append((m.start(), m.end()))
        elif _BARE_AGENCY.fullmatch(content) and _bare_agency_ok(text, m.start(), m.end()):
            spans.append((m.start(), m.end()))
    return spans


def _slash_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around slashes, merged where they overlap."""
    windows: list[tuple[int, int]] = []
    for slash in re.finditer("/", text):
        lo, hi = max(0, slash.start() - 60), min(len(text), slash.end() + 80)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


def _plain_matches(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    if _HAS_CREDIT_WORD.search(text):
        found += _PLAIN.finditer(text)
    for lo, hi in _slash_windows(text):
        found += (m for m in _PLAIN_CHAIN.finditer(text, lo, hi) if "/" in m.group(0))
    return sorted(found, key=lambda m: (m.start(), -m.end()))


def _plain(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _plain_matches(text):
        s, e = m.start(), len(text[: m.end()].rstrip())
        if any(s < te and ts < e for ts, te in taken + spans):
            continue
        if not _SENTENCE_START_AFTER.match(text[e:]):
            continue  # unbracketed credits must end a block
        spans.append((s, e))
    return spans


def find_credits(text: str) -> list[Credit]:
    """Every photo credit in one paragraph, in order."""
    spans = _bracketed(text)
    spans += _plain(text, spans)
    out = []
    for s, e in sorted(spans):
        boundary = bool(_SENTENCE_START_AFTER.match(text[e:]))
        out.append(Credit(s, e, boundary))
    return out


def cut(text: str, start: int, end: int) -> str:
    """``text`` without ``text[start:end]``, with spacing and punctuation tidied."""
    left, right = text[:start].rstrip(), text[end:].lstrip()
    if not right or right[0] in ",.;:!?)]”’\"'":
        left = re.sub(r"\s*[-–—|,]$", "", left) if not right or right[0] in ".;:!?" else left
        return left + right
    if not left:
        return right
    return f"{left} {right}"
