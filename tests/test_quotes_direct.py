"""Quoted words: every mark the press uses, split and multi-paragraph quotes,
mixed and scare quotes, captions.  Sentences are written for these tests."""

from __future__ import annotations

import pytest

from warwire.config import Settings
from warwire.quotes import Quotes
from warwire.quotes.context import paragraph_spans
from warwire.quotes.marks import pair_paragraph, scan
from warwire.record import Article

from quotes_util import quotes


def quoted(text: str) -> list[str]:
    return [text[m.start:m.end] for m in scan(text, paragraph_spans(text))]


@pytest.mark.parametrize("text, inside", [
    ('"We will not leave Kharkiv," he said.', "We will not leave Kharkiv"),
    ("“We will not leave Kharkiv,” he said.", "We will not leave Kharkiv"),
    ("'We will not leave Kharkiv,' he said.", "We will not leave Kharkiv"),
    ("‘We will not leave Kharkiv,’ he said.", "We will not leave Kharkiv"),
    ("«We will not leave Kharkiv», he said.", "We will not leave Kharkiv"),
    ("„We will not leave Kharkiv“, he said.", "We will not leave Kharkiv"),
])
def test_every_quotation_mark_style_pairs(text: str, inside: str) -> None:
    assert quoted(text) == [inside]


def test_apostrophes_and_plural_possessives_do_not_open_or_close_quotes() -> None:
    text = ("'The soldiers' positions near Izium were shelled all night, and Kyiv's "
            "reinforcements didn't arrive,' the commander said.")
    assert quoted(text) == ["The soldiers' positions near Izium were shelled all night, and Kyiv's "
                            "reinforcements didn't arrive"]
    assert quoted("The volunteers' vans left Lviv's station at dawn.") == []
    assert quoted("Residents called the attack 'barbaric' and the troops' retreat 'shameful'.") == [
        "barbaric", "shameful"]


def test_a_quote_inside_a_quote_stays_inside() -> None:
    text = "“They told us, ‘Leave now or die,’ and we left,” she said."
    assert quoted(text) == ["They told us, ‘Leave now or die,’ and we left"]


def test_a_quote_running_into_the_next_paragraph_is_chained() -> None:
    text = ("“The shelling started at dawn. We hid in the basement with the children.\n\n"
            "“When it stopped, half the street was gone,” said Olena Kovalenko, 62.")
    spans = scan(text, paragraph_spans(text))
    assert [text[m.start:m.end] for m in spans] == [
        "The shelling started at dawn. We hid in the basement with the children.",
        "When it stopped, half the street was gone"]
    assert spans[0].close_at is None and spans[0].chain == spans[1].chain >= 0
    assert pair_paragraph("“The shelling started at dawn.")[1] == (0, "double")


def test_direct_quote_with_a_frame_after_it(nlp) -> None:
    text = "“Russian troops shelled the market twice,” Mykolaiv Gov. Vitaliy Kim said on Telegram."
    (q,) = quotes(nlp, text)
    assert (q.kind, q.text, q.cue) == ("direct", "Russian troops shelled the market twice", "said")
    assert q.speaker == "Vitaliy Kim"
    assert text[q.speaker_start:q.speaker_end] == "Mykolaiv Gov. Vitaliy Kim"


def test_direct_quote_with_a_frame_before_it_and_several_sentences(nlp) -> None:
    text = ("The head of the regional administration, Oleh Syniehubov, told reporters: "
            "\"The city was hit by eleven rockets overnight. Three people were killed. "
            "Rescuers are still working.\"")
    (q,) = quotes(nlp, text)
    assert q.text == ("The city was hit by eleven rockets overnight. Three people were killed. "
                      "Rescuers are still working.")
    assert (q.kind, q.cue, q.speaker) == ("direct", "told", "Oleh Syniehubov")


def test_split_quote_both_halves_go_to_the_speaker(nlp) -> None:
    text = ("'The bridge is gone,' said Serhiy Bratchuk, a spokesman for the Odesa military "
            "administration. 'We will build a pontoon one.'")
    first, second = quotes(nlp, text)
    assert (first.text, second.text) == ("The bridge is gone", "We will build a pontoon one.")
    assert first.speaker == second.speaker == "Serhiy Bratchuk"
    assert first.cue_start == second.cue_start
    assert first.speaker_role == "Spokesman for the Odesa military administration"


def test_split_quote_inside_one_sentence(nlp) -> None:
    text = "“We have no water,” Kovalenko said, “and no electricity since Tuesday.”"
    first, second = quotes(nlp, text)
    assert second.text == "and no electricity since Tuesday."
    assert first.speaker == second.speaker == "Kovalenko"


def test_multi_paragraph_quote_takes_the_speaker_named_at_its_end(nlp) -> None:
    text = ("“The shelling started at dawn. We hid in the basement with the children.\n\n"
            "“When it stopped, half the street was gone,” said Olena Kovalenko, 62.")
    first, second = quotes(nlp, text)
    assert first.speaker == second.speaker == "Olena Kovalenko"
    assert first.kind == second.kind == "direct"


def test_mixed_quote_is_one_quote_over_the_reported_clause(nlp) -> None:
    text = "The mayor said the city was 'living under fire' after a week of strikes."
    (q,) = quotes(nlp, text)
    assert q.kind == "mixed"
    assert q.text.startswith("the city was 'living under fire'")
    assert q.speaker == "The mayor"


def test_a_quote_after_that_with_more_of_the_clause_after_it_is_mixed(nlp) -> None:
    text = 'The mayor told residents that "nobody is safe" in the city after dark.'
    (q,) = quotes(nlp, text)
    assert (q.kind, q.text) == ("mixed", 'that "nobody is safe" in the city after dark')
    text = 'The mayor told residents that "nobody is safe in the city after dark."'
    (q,) = quotes(nlp, text)
    assert (q.kind, q.text) == ("direct", "nobody is safe in the city after dark.")


def test_scare_quotes_short_and_unattributed_or_named_by_whoever_uses_the_word(nlp) -> None:
    text = ("Moscow calls the invasion a 'special military operation'. "
            "Troops entered the 'liberated' village on Monday.")
    what, named, loose = quotes(nlp, text)
    assert (named.kind, named.text, named.speaker, named.cue) == (
        "scare", "special military operation", "Moscow", "calls")
    assert (loose.kind, loose.text, loose.speaker) == ("scare", "liberated", None)
    # and what was called what, as an object the claims stage never takes for an assertion
    assert (what.kind, what.form, what.text, what.speaker) == (
        "indirect", "object", "the invasion a 'special military operation'", "Moscow")


def test_a_caption_with_a_photo_credit_gives_no_speaker_and_no_quote(nlp) -> None:
    text = ("Governor Vitaliy Kim visited the port on Sunday.\n\n"
            "A firefighter works at the site of a missile strike in Mykolaiv on July 31, 2022. "
            "(AP Photo/Efrem Lukatsky)\n\n"
            "\"We lost the grain terminal in one night,\" he said.")
    (q,) = quotes(nlp, text)
    assert q.speaker == "Vitaliy Kim"
    assert "Lukatsky" not in text[q.speaker_start:q.speaker_end]
    caption_only = "Efrem Lukatsky said the photo was taken in Irpin. (AP Photo/Efrem Lukatsky)"
    assert quotes(nlp, caption_only) == []


def test_a_quoted_subheading_is_not_a_quote(nlp) -> None:
    text = ("“We will hold the line,” the commander said.\n\n"
            "'Living under fire'.\n\n"
            "The town has had no power since March.")
    (q,) = quotes(nlp, text)
    assert q.text == "We will hold the line"


def test_the_stage_reads_the_shared_parse_and_keeps_spans_exact(nlp) -> None:
    text = "“The shelling continues,” Kim said. The Pentagon said the strike was deliberate."
    art = Article(raw_text=text)
    art.doc = nlp(art.text)
    stage = Quotes()
    assert (stage.name, stage.needs, stage.adds) == ("quotes", ("doc",), ("quotes",))
    stage(art)
    assert [q.kind for q in art.quotes] == ["direct", "indirect"]
    for q in art.quotes:
        assert art.text[q.start:q.end] == q.text
        assert q.speaker_side is None
    assert art.to_dict()["quotes"][1]["speaker"] == "Pentagon"


def test_the_stage_runs_in_a_pipeline_after_the_shared_parse() -> None:
    from warwire.analyse.nlp import Analyse
    from warwire.clean.captions import Clean
    from warwire.pipeline import Pipeline

    pipe = Pipeline([Clean(), Analyse(Settings().model), Quotes()])
    art = pipe(Article(raw_text="“The port is closed,” Odesa Mayor Hennadiy Trukhanov said on Monday."))
    (q,) = art.quotes
    assert (q.speaker, q.speaker_role) == ("Hennadiy Trukhanov", "Mayor of Odesa")
    assert art.text[q.start:q.end] == q.text and art.doc is None


def test_a_sign_reads_its_quoted_words(nlp) -> None:
    text = 'A banner outside the town hall read: "Kherson is Ukraine."'
    assert [(q.kind, q.cue, q.text) for q in quotes(nlp, text)] == [("direct", "read", "Kherson is Ukraine.")]


def test_a_quoted_title_before_the_speaker_is_not_what_the_verb_reports(nlp) -> None:
    text = ("In an interview on CBS's \"Face the Nation,\" Defence Secretary Lloyd Austin said the "
            "shipments to Ukraine will continue through the winter.")
    found = quotes(nlp, text)
    said = [q for q in found if q.cue == "said"]
    assert [q.text for q in said] == ["the shipments to Ukraine will continue through the winter"]


def test_a_mixed_quote_may_open_the_reported_clause(nlp) -> None:
    text = "He said \"budget reforms\" and the sale of seized assets would pay for the new brigades."
    found = quotes(nlp, text)
    assert [(q.kind, q.text) for q in found] == [
        ("mixed", "\"budget reforms\" and the sale of seized assets would pay for the new brigades")]


def test_any_reporting_verb_before_a_colon_and_a_quote_speaks_it(nlp) -> None:
    text = ("The inspector visited the plant on Monday. She concluded: \u201cThe reactor is stable, but "
            "the staff cannot work under shelling for much longer.\u201d")
    found = quotes(nlp, text)
    assert [(q.kind, q.cue) for q in found] == [("direct", "concluded")]
