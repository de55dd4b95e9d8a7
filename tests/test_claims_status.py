"""The status of claims within one article: claimed, unverified, contested,
corroborated, denied.  Articles are written for these tests."""

from __future__ import annotations

import pytest

from warwire.claims import Claim, find_claims
from warwire.quotes import find_quotes


def claims(nlp, text: str) -> list[Claim]:
    doc = nlp(text)
    found = find_claims(doc, find_quotes(doc))
    for c in found:
        assert text[c.start:c.end] == c.text
    return found


def test_one_partys_word_is_claimed(nlp) -> None:
    (c,) = claims(nlp, "Russia's defence ministry said its forces had liberated the village of Pisky.")
    assert (c.status, c.status_cue, c.contradicts) == ("claimed", None, [])


def test_both_sides_holding_the_same_place_contest_each_other(nlp) -> None:
    text = ("Russia's defence ministry said on Monday that its forces had taken Pisky. "
            "Ukraine's military said its forces still hold Pisky.")
    russia, ukraine = claims(nlp, text)
    assert (russia.side, ukraine.side) == ("Russia", "Ukraine")
    assert (russia.holder, ukraine.holder) == ("Russia", "Ukraine")
    assert russia.status == ukraine.status == "contested"
    assert (russia.contradicts, ukraine.contradicts) == ([1], [0])


def test_a_governor_conceding_and_a_mayor_denying(nlp) -> None:
    text = ("Regional governor Oleh Synehubov conceded that the enemy holds the outskirts of Kupiansk. "
            "The Russian defence ministry said its troops had captured Kupiansk.")
    governor, ministry = claims(nlp, text)
    assert governor.side == "Ukraine" and governor.holder == "Russia"
    assert governor.status == ministry.status == "corroborated"
    assert governor.corroborates == [1]


def test_could_not_be_independently_verified(nlp) -> None:
    text = ("A Ukrainian commander said his unit had destroyed 12 Russian tanks near Vuhledar. "
            "Reuters could not independently verify the claim.")
    (c,) = claims(nlp, text)
    assert (c.status, c.status_cue) == ("unverified", "could not independently verify")


def test_a_note_in_the_same_sentence(nlp) -> None:
    text = ("Kadyrov said his fighters had killed 40 Ukrainian soldiers, a figure that could not "
            "be independently confirmed.")
    (c,) = claims(nlp, text)
    assert c.status == "unverified"


@pytest.mark.parametrize("text, cue", [
    ("Russian forces reportedly shelled the town of Kramatorsk overnight.", "reportedly"),
    ("Russian forces allegedly executed civilians in the village of Yahidne.", "allegedly"),
    ("An apparent missile strike destroyed a warehouse in Lviv.", "apparent"),
    ("The Kremlin claimed, without providing evidence, that Ukrainian saboteurs had blown up the bridge.",
     "without providing evidence"),
    ("The ministry said 300 Ukrainian soldiers were said to have surrendered in Mariupol.",
     "were said to"),
    ("Satellite images appeared to show that Russian forces had destroyed the bridge at Chonhar.",
     "appeared to"),
])
def test_hedges(nlp, text: str, cue: str) -> None:
    (c,) = claims(nlp, text)
    assert (c.status, c.status_cue) == ("unverified", cue)


def test_a_rejected_claim_is_denied(nlp) -> None:
    text = ("Wagner chief Yevgeny Prigozhin claimed his fighters had taken full control of Soledar. "
            "Kyiv rejected the claim.")
    (c,) = claims(nlp, text)
    assert (c.side, c.holder, c.status, c.status_cue) == ("Russia", "Russia", "denied", "rejected")


def test_a_denial_contests_the_claim_it_denies(nlp) -> None:
    text = ("Ukraine's military said Russian missiles struck the hospital in Mariupol. "
            "The Kremlin denied that its troops had struck the hospital in Mariupol.")
    claim, denial = claims(nlp, text)
    assert (claim.status, denial.status) == ("contested", "denied")
    assert claim.contradicts == [1] and denial.contradicts == [0]


def test_a_neutral_party_agreeing_corroborates(nlp) -> None:
    text = ("Energoatom said Russian shelling had damaged a power line at the Zaporizhzhia nuclear plant. "
            "The International Atomic Energy Agency confirmed that a power line at the plant had been damaged.")
    ukraine, iaea = claims(nlp, text)
    assert (ukraine.side, iaea.side) == ("Ukraine", "international")
    assert ukraine.status == iaea.status == "corroborated"
    assert (ukraine.corroborates, iaea.corroborates) == ([1], [0])


def test_casualty_figures_that_differ_between_sides(nlp) -> None:
    text = ("Ukraine's defence ministry said 200 Russian soldiers had been killed near Izium. "
            "Russia's defence ministry said 20 of its servicemen had died in the fighting near Izium.")
    ukraine, russia = claims(nlp, text)
    assert (ukraine.quantity, russia.quantity) == (200, 20)
    assert ukraine.status == russia.status == "contested"


def test_the_article_restating_a_claim_does_not_corroborate_it(nlp) -> None:
    text = ("Russian forces captured the town of Lyman. "
            "Russia's defence ministry said its forces had captured Lyman.")
    article, ministry = claims(nlp, text)
    assert article.side == "media" and article.status == ministry.status == "claimed"


def test_contested_outranks_unverified(nlp) -> None:
    text = ("Russia said its forces had taken Pisky. Ukraine said its troops still held Pisky. "
            "Neither account could be independently verified.")
    first, second = claims(nlp, text)
    assert first.status == second.status == "contested"


def test_a_verification_note_covers_the_nearest_claimant_not_everyone_before(nlp) -> None:
    text = ("Governor Vitaliy Kim said the missiles struck an industrial area in Mykolaiv. "
            "Russia's defence ministry said its forces had destroyed a weapons depot near "
            "Mykolaiv. The report could not be independently verified.")
    governor, ministry = claims(nlp, text)
    assert (governor.side, governor.status) == ("Ukraine", "claimed")
    assert (ministry.side, ministry.status) == ("Russia", "unverified")


def test_seemingly_hedges_a_claim(nlp) -> None:
    (c,) = claims(nlp, "Russian troops seemingly shelled the village of Pisky overnight.")
    assert (c.status, c.status_cue) == ("unverified", "seemingly")


def test_an_adjective_hedges_the_claims_own_noun(nlp) -> None:
    (c,) = claims(nlp, "An apparent Russian missile strike killed 12 civilians in Kramatorsk.")
    assert (c.status, c.status_cue) == ("unverified", "apparent")


def test_an_adjective_in_an_aside_does_not_hedge_the_claim(nlp) -> None:
    text = ("Despite Moscow's purported annexation of the region, Ukrainian troops have "
            "recaptured the village of Pisky.")
    (c,) = claims(nlp, text)
    assert c.status == "claimed"


def test_a_hedge_earlier_in_a_long_quote_does_not_hedge_a_later_claim(nlp) -> None:
    text = ('The governor said on Telegram: "The night was hard, and the strike probably came from the '
            'sea. We are counting the damage. Russian forces shelled Kramatorsk overnight and destroyed '
            'two schools."')
    shelled = [c for c in claims(nlp, text) if c.text.startswith("Russian forces shelled")]
    assert [(c.status, c.status_cue) for c in shelled] == [("claimed", None)]


def test_a_forecast_with_likely_to_is_no_doubt_on_the_claim(nlp) -> None:
    (c,) = claims(nlp, "British intelligence said Russia holds 90% of the Luhansk region and is likely to "
                       "complete control of it within two weeks.")
    assert (c.status, c.status_cue) == ("claimed", None)
    (d,) = claims(nlp, "Russian forces likely shelled the town overnight, the governor said.")
    assert (d.status, d.status_cue) == ("unverified", "likely")


def test_pushed_back_from_a_town_contests_its_capture(nlp) -> None:
    text = ("Ukraine's military said its forces had pushed Russian troops back from the centre of "
            "Sievierodonetsk. Russia's defence ministry said its troops had taken full control of "
            "Sievierodonetsk.")
    ukraine, russia = claims(nlp, text)
    assert (ukraine.topic, ukraine.holder, russia.holder) == ("territorial_control", "Ukraine", "Russia")
    assert ukraine.status == russia.status == "contested"
