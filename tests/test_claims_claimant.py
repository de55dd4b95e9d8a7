"""A claim's claimant cleaned: no live-blog timestamp, no place, and an embedded
post is its author's.  Sentences are written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from warwire.claims import Claim
from warwire.claims.claimant import clean, embed_author, strip_time


def test_a_timestamp_is_cut_off_the_speaker() -> None:
    assert strip_time("14:05 GMT Canada") == "Canada"
    assert strip_time("BST Ben Wallace") == "Ben Wallace"
    assert strip_time("UN officials") == "UN officials"
    assert strip_time("Serhiy Haidai") == "Serhiy Haidai"


def test_a_place_is_no_claimant_but_a_capital_is() -> None:
    town = SimpleNamespace(text="Lysychansk", role="metonym", feature="city")
    capital = SimpleNamespace(text="Moscow", role="metonym", feature="city")
    a = Claim("x", 0, 1, claimant="Lysychansk", side="Ukraine")
    b = Claim("y", 2, 3, claimant="Moscow", side="Russia")
    clean("x y", [a, b], [town, capital])
    assert (a.claimant, b.claimant) == (None, "Moscow")


def test_an_embedded_post_is_its_authors() -> None:
    text = ("Russian shelling hit the market in Kharkiv this morning.\n"
            "Two people were killed in the shelling of the central market. "
            "— Oleh Synyehubov (@synegubov) May 3, 2022\n"
            "Rescuers are at the scene.")
    start = text.index("Two people")
    c = Claim("Two people were killed", start, start + 22, claimant="article", side="media")
    assert embed_author(text, c) == (True, "Oleh Synyehubov")
    clean(text, [c], [])
    assert c.claimant == "Oleh Synyehubov"
    first = Claim("Russian shelling", 0, 16, claimant="article", side="media")
    assert embed_author(text, first) == (False, None)
