"""Sources of a sentence and belligerent sources."""

from __future__ import annotations

from events_util import parse

from warwire.events.attribution import belligerent_source, sources


def sent(text: str):
    return next(parse(text).sents)


def test_reporting_subject_and_according_to():
    s = sources(sent("Two people were killed, regional governor Vitaliy Kim said."))
    assert [x.text for x in s] == ["regional governor Vitaliy Kim"]
    s = sources(sent("According to local officials, the bridge was destroyed."))
    assert [x.text for x in s] == ["local officials"]


def test_belligerent_source_has_a_side():
    s = belligerent_source(sent("Russia's defence ministry said its forces destroyed a depot."))
    assert s is not None and s.side == "RU"
    assert belligerent_source(sent("The mayor said the bridge was destroyed.")) is None


def test_a_reporting_verb_with_two_subjects_keeps_the_nearer():
    # the parse may give "reported" the bombs as a second subject; they are the event, not the source
    s = sources(sent("A soldier was killed and three were wounded when two improvised explosive devices, "
                     "planted by unknown men, detonated near their vehicle on the highway, the news agency reported."))
    assert [x.text for x in s] == ["the news agency"]


def test_a_country_speaking_is_a_party():
    s = belligerent_source(sent("Moscow said its strikes killed 80 foreign mercenaries near the port."))
    assert s is not None and s.side == "RU"


def test_a_subject_lost_to_a_dash_is_still_the_source():
    s = belligerent_source(sent("As the siege drags on - the Ukrainian army claimed it had killed 40 Russian "
                                "troops near the bridge - supplies are running short."))
    assert s is not None and s.side == "UA"


def test_a_party_quoted_in_the_sentence_before_makes_the_figures_claims():
    from warwire.events.attribution import claim_source
    doc = parse("Russia's defence ministry said its missiles hit a training camp on Sunday. "
                "Up to 90 foreign fighters were killed.")
    first, second = list(doc.sents)
    assert claim_source(second) is not None
    doc = parse("The mayor said a missile hit the camp. Two guards were killed, police said.")
    assert claim_source(list(doc.sents)[1]) is None
