"""Which side a speaker is on: names, roles, organisations and places in
``data/sides.tsv``.  Mentions are written for these tests."""

from __future__ import annotations

import pytest

from warwire.claims import side_of
from warwire.claims.sides import match_side, opposite


@pytest.mark.parametrize("speaker, role, context, side", [
    ("Igor Konashenkov", "Russian defence ministry spokesman", None, "Russia"),
    ("defence ministry", None, "Russia's defence ministry", "Russia"),
    ("Oleksandr Motuzyanyk", "Spokesman for Ukraine's defence ministry", None, "Ukraine"),
    ("Vitaliy Kim", "Governor of Mykolaiv", None, "Ukraine"),
    ("Oleh Synehubov", None, "Kharkiv regional governor Oleh Synehubov", "Ukraine"),
    ("Yevgeny Prigozhin", "Wagner chief", None, "Russia"),
    ("Kremlin", None, "The Kremlin", "Russia"),
    ("Reuters", None, None, "media"),
    ("The Associated Press", None, None, "media"),
    ("International Atomic Energy Agency", None, None, "international"),
    ("IAEA", None, "the IAEA", "international"),
    ("Rafael Grossi", "head of the U.N. nuclear watchdog", None, "international"),
    ("Red Cross", None, "the International Committee of the Red Cross", "international"),
    ("Vladimir Saldo", "Russian-installed governor of Kherson", None, "Russia"),
    ("a spokeswoman", None, "a spokeswoman for Ukraine's nuclear operator", "Ukraine"),
    ("officials", None, "officials", None),
])
def test_speakers(speaker, role, context, side) -> None:
    assert side_of(speaker, role, context) == side


def test_the_leftmost_actor_decides() -> None:
    assert side_of("Sergiy Kyslytsya", "Ukraine's ambassador to the UN") == "Ukraine"
    assert side_of("the envoy", "the UN envoy to Ukraine") == "international"


def test_a_mention_ending_in_a_media_word_is_media() -> None:
    assert side_of("Russian state media") == "media"
    assert side_of("Ukrainian outlets") == "media"
    assert side_of("RIA Novosti") == "media"


def test_acronyms_match_only_in_capitals() -> None:
    assert side_of("the WHO") == "international"
    assert side_of("officials who spoke") is None
    assert match_side("US officials") == "United States"
    assert match_side("told us") is None


def test_a_place_names_a_side_only_in_an_official_title() -> None:
    assert side_of("residents of Kharkiv") is None
    assert side_of("the mayor of Kherson") == "Ukraine"
    assert side_of("Belgorod governor Vyacheslav Gladkov") == "Russia"


def test_hyphenated_words_by_their_first_part() -> None:
    assert match_side("Russian-held territory") == "Russia"
    assert match_side("pro-Kremlin bloggers") == "Russia"


def test_opposite() -> None:
    assert opposite("Russia") == "Ukraine" and opposite("Ukraine") == "Russia"
    assert opposite("media") is None and opposite(None) is None


def test_a_mention_joining_both_sides_has_no_one_side() -> None:
    assert side_of("Ukrainian officials as well as Russian pro-government journalists") is None
    assert side_of("Moscow and Kyiv") is None
    assert side_of("Ukraine's defence ministry and Kyiv's mayor") == "Ukraine"


@pytest.mark.parametrize("speaker, role, context, side", [
    # the role is cut from the mention and lost the state the envoy speaks for
    ("Dmitry Polyansky", "Deputy U.N. ambassador", "Russia's deputy U.N. ambassador Dmitry Polyansky", "Russia"),
    ("Barbara Woodward", "Ambassador of U.N.", "Britain's U.N. ambassador Barbara Woodward", "United Kingdom"),
    # third states the table does not list, by name or demonym
    ("Andrzej Duda", None, "Polish President Andrzej Duda", "Poland"),
    ("defence ministry", None, "Azerbaijan's defence ministry", "Azerbaijan"),
    ("Wang Wenbin", "Chinese foreign ministry spokesman", None, "China"),
    ("the governor", None, "the governor", None),
])
def test_a_state_named_in_the_mention_gives_its_side(speaker, role, context, side) -> None:
    assert side_of(speaker, role, context) == side


@pytest.mark.parametrize("speaker, side", [
    ("BBC Ukrainian Service", "media"),
    ("The BBC's Ukrainian Service", "media"),
    ("the Ukrainian service of the BBC", "media"),
    ("Radio Liberty's Russian service", "media"),
    ("the Russian-language service of RFE/RL", "media"),
    ("Deutsche Welle's Ukrainian desk", "media"),
    ("the Moscow bureau of Reuters", "media"),
    ("Ukraine's emergency service", "Ukraine"),
    ("the Security Service of Ukraine", "Ukraine"),
    ("Russia's Federal Security Service", "Russia"),
])
def test_an_outlets_service_in_a_language_is_the_outlets(speaker, side) -> None:
    assert side_of(speaker) == side


def test_an_outlets_service_gives_its_claims_the_outlets_side() -> None:
    import warwire

    text = ("The BBC's Ukrainian Service reported that Russian forces shelled Kharkiv overnight, "
            "killing three civilians.")
    article = warwire.extract(text, published="2022-10-01", source="Reuters")
    assert [(q.speaker, q.speaker_side) for q in article.quotes] == [("BBC Ukrainian Service", "media")]
    assert [(c.claimant, c.side) for c in article.claims] == [("BBC Ukrainian Service", "media")]
