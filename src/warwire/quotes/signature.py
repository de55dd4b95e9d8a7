"""Quotes signed with a dash: ``"We will rebuild." ― Olena Kovalenko`` or
``'Fear.' -- Maria Petrenko, 34, Kharkiv``: readers' voices, pull quotes,
lists of reactions.  The name after the dash, to the end of its line (short of
an age or a town after a comma), is the speaker; the dash is the cue.
"""

from __future__ import annotations

import re

from .context import Context
from .direct import Tie
from .model import DIRECT, Cue

#: a dash after the closing mark, then a capitalised name of a few words up to the line's end
_SIGNED = re.compile(r"[^\S\n]*(―|—|–|--)[^\S\n]*((?:[A-Z\u00C0-\u00DE][\w'’.\-]*)(?:[^\S\n]+[\w'’.\-]+){0,5}?)"
                     r"\.?[^\S\n]*(?:,[^\n]{0,60})?[^\S\n]*(?=\n|$)")


def sign_ties(ctx: Context, ties: list[Tie]) -> None:
    """Tie each closed quote no cue claims to the name signing it."""
    for tie in ties:
        m = tie.mark
        if tie.cue is not None or m.close_at is None:
            continue
        cue = _signature(ctx, m.close_at + 1)
        if cue is not None:
            tie.cue, tie.kind, tie.standalone = cue, DIRECT, False


def _signature(ctx: Context, at: int) -> Cue | None:
    found = _SIGNED.match(ctx.text, at)
    if found is None or not all(w[:1].isupper() or len(w) <= 3 for w in found.group(2).split()):
        return None  # "-- and then it stopped" goes on the sentence
    dash_start, dash_end = found.span(1)
    name_start, name_end = found.span(2)
    if ctx.text[name_end - 1] == "." and name_end - name_start > 2 and ctx.text[name_end - 3] != " ":
        name_end -= 1  # "Carla Sanchez." ends a line, not a name; "Julie A." keeps its initial
    dash, head = ctx.token_at(dash_start), ctx.token_at(name_end - 1)
    return Cue(dash, (dash_start, dash_end), "speech", subject=head, source=(name_start, name_end))
