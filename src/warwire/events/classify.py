"""Type an event: cue scores → one key of ``event_types.tsv``, by ACLED's rules.

Cues (``event_lexicon.tsv``) are matched longest-first, so "air strike" is
one cue, not "air" and "strike"; a negative cue ("grenade launchers",
"stun grenade") cancels a shorter one.  The scores are summed by family
(Battles, Explosions/Remote violence, Violence against civilians, Protests,
Riots) or by key (Strategic developments, the extra classes), and the top
one is refined with ACLED's priority rules:

- a battle with shelling is one Battles event; a territory change outranks
  the clash around it;
- territory: retaken without fighting after a withdrawal → Non-violent
  transfer; taken by the state forces of the country it lies in →
  Government regains territory; by anyone else (rebels, foreign forces) →
  Non-state actor overtakes territory;
- protests: violent protesters → Violent demonstration; lethal force on
  protesters, or protesters hurt by the force that dispersed them → Excessive
  force; dispersal or arrests → Protest with intervention; else Peaceful
  protest; a protest outranks the crime it is about;
- among explosive weapons the most specific kind named by a strong cue of its
  own wins (chemical, air/drone, suicide, shelling, IED, grenade); a strike
  carried out by an air force is an air strike; an aircraft shot down is a
  missile attack, or a clash when shot down by another aircraft; drones and
  missiles shot down are Disrupted weapons use;
- killings of combatants only, or an attack on a base, checkpoint or patrol,
  are an armed clash, but an attack by a state or an unnamed side on a base,
  an airfield or a depot with no one killed and no fighting told is a strike; armed men firing on or raiding civilians (``+civilian``)
  are an attack; missiles fired from aircraft are an air strike; detentions by
  a foreign occupying force are abductions, not arrests.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import Hit, Matcher, longest
from .tables import event_types, lexicon_rows

MIN_SCORE = 2.5
STRONG = 3.0
CLAIM = 5.0  # a claim of responsibility this strong outranks the attack it claims
COMPETING_MODIFIERS = frozenset({"+capture", "+regain", "+protest"})
EXPLOSIONS = ("chemical", "air_strike", "suicide_bomb", "shelling", "remote_explosive", "grenade")
VIOLENCE = ("sexual_violence", "abduction", "attack")
FAMILIES = {"battles": ("armed_clash", "+capture", "+regain", "nonviolent_transfer"),
            "explosions": EXPLOSIONS, "violence": VIOLENCE, "protests": ("+protest",),
            "riots": ("mob_violence",)}
FAMILY_RANK = {"battles": 3, "explosions": 13, "violence": 22, "protests": 42, "riots": 31}


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    return Matcher(lexicon_rows())


def is_modifier(key: str) -> bool:
    return key.startswith("+") and key not in COMPETING_MODIFIERS


@dataclass
class Scores:
    """Summed cue weights: competing keys, modifiers, and the hits behind them."""

    keys: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    mods: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    hits: list[Hit] = field(default_factory=list)

    def family(self, name: str) -> float:
        return sum(max(0.0, self.keys[k]) for k in FAMILIES[name])


def score(hits: Iterable[Hit], factor: Callable[[Hit], float] = lambda h: 1.0) -> Scores:
    """Longest-match cue selection and the summed scores."""
    hits = list(hits)
    mods = [h for h in hits if is_modifier(h.key)]
    by_mod: dict[str, list[Hit]] = defaultdict(list)
    for h in mods:
        by_mod[h.key].append(h)
    chosen_mods = [h for group in by_mod.values() for h in longest(group)]
    shielded = {i for h in chosen_mods if h.key in ("+weapon", "+aircraft") for i in range(h.start, h.end)}
    competing = [h for h in longest(h for h in hits if not is_modifier(h.key))
                 if not (h.key in EXPLOSIONS and shielded.intersection(h.covered()))]
    s = Scores()
    for h in competing:
        s.keys[h.key] += h.weight * factor(h)
    for h in chosen_mods:
        s.mods[h.key] += h.weight * factor(h)
    s.hits = competing + chosen_mods
    _crowd(s)
    s.keys["attack"] = max(s.keys["attack"], s.mods["+civilian"])  # gunmen fired on villagers
    return s


def _crowd(s: Scores) -> None:
    """Tear gas, water cannon, rubber bullets are used on crowds: a crowd was there, as
    strongly as its means are told ("police fired tear gas and water cannon in the square")."""
    s.keys["+protest"] = max(s.keys["+protest"], s.mods["+crowd"])


@dataclass
class Context:
    """What the rules need to know beyond the words."""

    actor_kind: str | None = None  # kind of the acting actor (actors.tsv)
    actor_side: str | None = None  # its country code
    actor_air: bool = False  # the actor is an air force
    place_cc: str | None = None  # country of the event's place
    civilian_victims: bool = False
    combatant_victims: bool = False
    source_side: str | None = None  # country code of the side the sentence's source speaks for
    place_target: bool = False  # the attack is "on" a place ("an attack on Mykolaiv"), not on people


def rank(key: str) -> int:
    t = event_types().get(key)
    return t.rank if t else FAMILY_RANK.get(key, 99)


def top_candidate(s: Scores) -> tuple[str, float] | None:
    """The family or key with the highest score (ACLED rank breaks ties)."""
    cands = {name: s.family(name) for name in FAMILIES}
    grouped = {k for keys in FAMILIES.values() for k in keys}
    for key, value in s.keys.items():
        if key not in grouped:
            cands[key] = value
    cands = {k: v for k, v in cands.items() if v > 0}
    if not cands:
        return None
    return max(cands.items(), key=lambda kv: (round(kv[1], 6), -rank(kv[0])))


def without_extras(s: Scores) -> Scores:
    """The scores with the extra classes left out: the ACLED event a claim or a disaster
    report also tells ("IS claimed the car bombing that killed eight")."""
    keys = defaultdict(float, {k: v for k, v in s.keys.items()
                               if k not in event_types() or event_types()[k].is_acled})
    return Scores(keys, s.mods, s.hits)


def decide(s: Scores, ctx: Context | None = None) -> str | None:
    """The event key for a sentence's (or a snippet's) cues; None when nothing is reported."""
    ctx = ctx or Context()
    top = top_candidate(s)
    if top is None or top[1] < MIN_SCORE:
        return None
    name = _priority(s, top[0])
    if name in ("battles", "explosions", "violence") and s.keys["claim_responsibility"] >= CLAIM:
        return "claim_responsibility"  # the claim or the denial is the news; the attack is its object
    if name == "battles":
        return _battle(s, ctx)
    if name == "explosions":
        return _explosion(s, ctx)
    if name == "violence":
        return _violence(s, ctx)
    if name == "protests":
        return _protest(s)
    if name == "riots":
        return "mob_violence"
    if name == "arrests" and ctx.actor_side and ctx.place_cc and ctx.actor_kind in ("state", "pmc") \
            and ctx.actor_side != ctx.place_cc:
        return "abduction"
    if name == "disrupted_weapons" and s.mods["+aircraft"] >= STRONG:
        return "armed_clash" if ctx.actor_air else "shelling"
    return name


def _priority(s: Scores, name: str) -> str:
    """ACLED's priority between families: battles over explosions, protests over their violence."""
    violence = max(VIOLENCE, key=lambda k: s.keys[k])
    if s.keys["armed_clash"] >= STRONG and (name == "explosions" or name == "violence" and violence == "attack"):
        return "battles"  # (a rape or an abduction is not absorbed by the fighting around it)
    if name in ("battles", "explosions") and s.keys["+capture"] + s.keys["+regain"] >= STRONG:
        return "battles"
    if s.keys["+protest"] >= STRONG and (name in ("battles", "arrests", "looting", "riots", "agreement",
                                                  "change_to_group", "organised_crime") or
                                         name == "violence" and violence == "attack"):
        mob = name == "riots" and (s.mods["+riot"] < 2 or s.keys["mob_violence"] > s.keys["+protest"])
        return "riots" if mob else "protests"
    if name == "violence" and s.family("explosions") >= MIN_SCORE:
        return "explosions"
    return name


def _battle(s: Scores, ctx: Context) -> str:
    territory = s.keys["+capture"] + s.keys["+regain"] + s.keys["nonviolent_transfer"]
    if territory < STRONG:
        if s.mods["+aircraft"] >= STRONG and not ctx.actor_air or _struck_facility(s, ctx):
            return "shelling"
        if ctx.actor_air and s.mods["+aircraft"] < STRONG:
            return "air_strike"  # an air force's attack is an air strike
        return "armed_clash"
    fought = s.keys["armed_clash"] >= MIN_SCORE or s.mods["+fight"] >= 2
    if (s.mods["+withdraw"] >= STRONG or s.keys["nonviolent_transfer"] >= STRONG) and not fought:
        return "nonviolent_transfer"
    state = ctx.actor_kind in ("state", "police", "government", "country")  # ("Ukraine has retaken")
    side = ctx.actor_side
    if ctx.actor_kind is None and s.keys["+regain"] > s.keys["+capture"]:
        state, side = True, ctx.source_side  # "the city was liberated": by the side that says so,
        # else by the place's government
    own = ctx.place_cc is None or side in (None, "place", ctx.place_cc)
    return "gov_regains" if state and own else "nonstate_overtakes"


def _struck_facility(s: Scores, ctx: Context) -> bool:
    """"The attack on the air base destroyed nine jets": an attack on a base, an airfield or a
    depot by a state or an unnamed side, with no one killed and no fighting named besides, is
    a strike; gunmen raiding a base, or people killed in it, make a clash."""
    if s.mods["+facility"] < STRONG or ctx.actor_kind not in (None, "state", "country") \
            or ctx.combatant_victims or ctx.civilian_victims:
        return False
    facility = [h for h in s.hits if h.key == "+facility"]
    return all(h.key != "armed_clash" or any(h.start < f.end and f.start < h.end for f in facility)
               for h in s.hits)


def _explosion(s: Scores, ctx: Context) -> str:
    strong = [k for k in EXPLOSIONS if s.keys[k] >= STRONG and _specific(s, k)]
    if (ctx.actor_air or s.mods["+air"] >= STRONG) and ("shelling" in strong or not strong):
        return "air_strike"  # missiles fired by jets or helicopters are an air strike
    if strong:
        return min(strong, key=rank)
    return max(EXPLOSIONS, key=lambda k: (s.keys[k], -rank(k)))


def _specific(s: Scores, key: str) -> bool:
    """A kind of explosive weapon is named by one strong cue ("shells", "IED"), not by
    generic words adding up ("explosions", "destroyed vehicles")."""
    return any(h.key == key and h.weight >= STRONG for h in s.hits)


def _violence(s: Scores, ctx: Context) -> str:
    key = max(VIOLENCE, key=lambda k: (s.keys[k], -rank(k)))
    if key == "attack" and (ctx.combatant_victims and not ctx.civilian_victims
                            or s.mods["+armed_target"] >= STRONG):
        return "armed_clash"  # fighters killed, or a base or checkpoint attacked
    if key == "attack" and ctx.place_target and ctx.actor_kind in (None, "state"):
        return "shelling"  # "an attack on Mykolaiv killed one": a strike on a town, not a raid
    return key


def _protest(s: Scores) -> str:
    riot, lethal = s.mods["+riot"], s.mods["+lethal"]
    if lethal >= STRONG and riot < STRONG:  # peaceful protesters shot, beaten, violently dispersed
        return "excessive_force"  # (violent protesters met with force stay a violent demonstration)
    if riot >= MIN_SCORE:
        return "violent_demonstration"
    if lethal >= 1 and s.mods["+intervene"] >= 2:  # dispersed, and hurt or killed doing so
        return "excessive_force"
    if lethal >= MIN_SCORE:
        return "excessive_force"
    if s.mods["+intervene"] >= 2:
        return "protest_intervention"
    return "peaceful_protest"


TERRITORY = frozenset({"gov_regains", "nonstate_overtakes", "nonviolent_transfer"})
TERRITORY_CUES = ("+regain", "+capture", "nonviolent_transfer")


def is_generic(s: Scores, top: str) -> bool:
    """Typed from killing words alone ("15 soldiers were killed"): it never outranks a specific event."""
    return top == "violence" and s.keys["sexual_violence"] < MIN_SCORE and s.keys["abduction"] < MIN_SCORE \
        and max((h.weight for h in s.hits if h.key == "attack"), default=0) < MIN_SCORE


def means(s: Scores, key: str) -> str | None:
    """The weapon named by the strongest cue of ``key`` ("missiles"), for the note."""
    found = [h for h in s.hits if h.key == key and h.extra]
    return max(found, key=lambda h: h.weight).extra if found else None
