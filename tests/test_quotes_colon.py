"""A name and a colon opening a paragraph (:mod:`warwire.quotes.colon`):
headlines and transcript turns.  Sentences are written for these tests."""

from __future__ import annotations

from quotes_util import quotes


def test_a_headline_name_and_colon_report_the_rest(nlp) -> None:
    text = ("Zelensky: Russia will pay for every crime in Bucha\n\n"
            "The president spoke in Kyiv on Monday.")
    found = quotes(nlp, text)
    assert [(q.cue, q.text, q.speaker) for q in found] == [
        (":", "Russia will pay for every crime in Bucha", "Zelensky")]
    q = found[0]
    assert text[q.source_start:q.source_end] == "Zelensky"


def test_labels_and_section_heads_name_no_speaker(nlp) -> None:
    text = ("UPDATE: The Kremlin has not responded to the remarks.\n\n"
            "BONDS: Prices fell as the yield on the 10-year note rose.")
    assert quotes(nlp, text) == []


def test_in_a_title_any_short_name_may_speak(nlp) -> None:
    text = ("Kremlin spokesman: Talks with Kyiv have stalled again\n\n"
            "The talks had resumed in Istanbul a week earlier.")
    found = quotes(nlp, text)
    assert [(q.cue, q.text) for q in found] == [(":", "Talks with Kyiv have stalled again")]


def test_a_column_run_into_one_paragraph_has_no_title_to_speak(nlp) -> None:
    # a feed that dropped the paragraph breaks: the heading and the whole column are one "paragraph"
    text = ("Hysteria and Propaganda: Public enemies The coverage of the war has become as shallow as "
            "it is dangerous. Commentators speak of victory as if it were a football match, and the "
            "studios fill with generals who have not seen a front in decades. The reports from the "
            "east are thin, and the shelling of Donetsk goes unmentioned night after night.")
    assert [q for q in quotes(nlp, text) if q.cue == ":"] == []


def test_a_quoted_transcript_names_each_turn_by_surname(nlp) -> None:
    text = ("Defence Minister Oleksii Reznikov spoke to the BBC on Sunday. A partial transcript follows.\n\n"
            "\"HOST: Will the counter-offensive begin before the autumn rains arrive in the south?\n\n"
            "\"REZNIKOV: We will not announce the date. Our forces are ready and the weapons have arrived.\n\n"
            "ENERGY: Gas prices rose again in Europe on Monday as the pipeline stayed shut.")
    found = [q for q in quotes(nlp, text) if q.cue == ":"]
    assert [(q.text, text[q.source_start:q.source_end]) for q in found] == [
        ("We will not announce the date. Our forces are ready and the weapons have arrived", "REZNIKOV")]


def test_said_before_the_name_and_colon(nlp) -> None:
    text = ("The governor spoke after the strike.\n\n"
            "Said Kim: \u201cThe city will not be intimidated by these attacks on its people.\u201d")
    found = quotes(nlp, text)
    assert [(q.cue, q.text) for q in found] == [
        ("Said", "The city will not be intimidated by these attacks on its people.")]
    q = found[0]
    assert text[q.source_start:q.source_end] == "Kim"


def test_a_title_name_with_a_topic_or_a_source_after_from(nlp) -> None:
    text = ("Kuleba on the Grain Deal: Russia Is Using Hunger as a Weapon\n\n"
            "The minister spoke in Kyiv.")
    (q,) = [q for q in quotes(nlp, text) if q.cue == ":"]
    assert text[q.source_start:q.source_end] == "Kuleba"
    text = ("A warning from Zaluzhnyi: The enemy is preparing a new offensive\n\n"
            "The commander spoke on Friday.")
    (q,) = [q for q in quotes(nlp, text) if q.cue == ":"]
    assert text[q.source_start:q.source_end] == "Zaluzhnyi"
