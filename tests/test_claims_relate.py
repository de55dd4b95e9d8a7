"""When two claims contradict or corroborate each other (no parsing: claim
records built by hand)."""

from __future__ import annotations

from warwire.claims import Claim
from warwire.claims.relate import CONTRADICTS, CORROBORATES, compare, place_keys, same_place


def claim(**kw) -> Claim:
    base = dict(text="x", start=0, end=1, claimant="someone", side=None, topic="territorial_control")
    base.update(kw)
    return Claim(**base)


def test_place_keys_split_lists_and_fold() -> None:
    assert place_keys("Pisky and Novoselivka") == {"pisky", "novoselivka"}
    assert place_keys("the Zaporizhzhia plant") == {"zaporizhzhia plant"}
    assert place_keys(None) == set()


def test_a_bare_noun_stands_for_a_named_place_only_within_an_article() -> None:
    a = claim(place="Zaporizhzhia plant")
    b = claim(place="plant")
    assert same_place(a, b, loose=True)
    assert not same_place(a, b, loose=False)


def test_control_claims() -> None:
    russia = claim(claimant="ministry", side="Russia", holder="Russia", place="Pisky and Novoselivka")
    ukraine = claim(claimant="general staff", side="Ukraine", holder="Ukraine", place="Pisky")
    concede = claim(claimant="governor", side="Ukraine", holder="Russia", place="Pisky")
    assert compare(russia, ukraine) == CONTRADICTS
    assert compare(russia, concede) == CORROBORATES
    assert compare(russia, claim(side="Ukraine", holder="Ukraine", place="Bakhmut")) is None


def test_a_denial_contradicts_what_it_denies() -> None:
    asserted = claim(side="Ukraine", holder="Russia", place="Soledar")
    denied = claim(claimant="Kyiv", side="Russia", holder="Russia", place="Soledar", negated=True)
    assert compare(asserted, denied) == CONTRADICTS


def test_the_same_side_never_contradicts_itself() -> None:
    a = claim(claimant="ministry", side="Russia", holder="Russia", place="Lyman")
    b = claim(claimant="Shoigu", side="Russia", holder="Ukraine", place="Lyman")
    assert compare(a, b) is None


def test_the_article_and_unknown_sources_do_not_corroborate() -> None:
    article = claim(claimant="article", side="media", holder="Russia", place="Lyman")
    ministry = claim(claimant="ministry", side="Russia", holder="Russia", place="Lyman")
    unknown = claim(claimant="officials", side=None, holder="Russia", place="Lyman")
    assert compare(article, ministry) is None
    assert compare(unknown, ministry) is None


def test_casualty_figures() -> None:
    a = claim(topic="casualties", side="Ukraine", quantity=200, target="soldier", place="Izium")
    b = claim(topic="casualties", side="Russia", quantity=20, target="servicemen", place="Izium")
    c = claim(topic="casualties", side="international", quantity=195, target="soldier", place="Izium")
    d = claim(topic="casualties", side="Russia", quantity=20, target="civilian", place="Izium")
    assert compare(a, b) == CONTRADICTS
    assert compare(a, c) == CORROBORATES
    assert compare(a, d) is None


def test_attacks_blamed_on_each_other() -> None:
    a = claim(topic="attack", side="Ukraine", actor="Russia", target="plant", place="Enerhodar")
    b = claim(topic="attack", side="Russia", actor="Ukraine", target="plant", place="Enerhodar")
    c = claim(topic="attack", side="international", actor=None, target="plant", place="Enerhodar")
    assert compare(a, b) == CONTRADICTS
    assert compare(a, c) == CORROBORATES


def test_two_parties_blaming_each_other_for_a_strike_are_contested_not_corroborated() -> None:
    # "the plant was hit five times", says Ukraine's operator; "Ukrainian forces fired on
    # the plant", say Russian-installed officials: one strike, two accused attackers.
    operator = claim(claimant="Energoatom", side="Ukraine", topic="attack", place="plant",
                     target="plant")
    occupiers = claim(claimant="officials", side="Russia", topic="attack", place="plant",
                      actor="Ukraine")
    assert compare(operator, occupiers) == CONTRADICTS
    neutral = claim(claimant="IAEA", side="international", topic="attack", place="plant",
                    target="plant")
    assert compare(operator, neutral) == CORROBORATES


def test_an_outlet_repeating_a_party_does_not_corroborate_it() -> None:
    outlet = claim(claimant="a Kyiv newspaper", side="media", holder="Ukraine", place="Izium")
    army = claim(claimant="the general staff", side="Ukraine", holder="Ukraine", place="Izium")
    assert compare(outlet, army) is None
