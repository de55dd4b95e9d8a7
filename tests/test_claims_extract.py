"""Claims from quotes (by their speakers) and from the journalist's own
sentences (by the article, side media).  Sentences are written for these tests."""

from __future__ import annotations


from warwire.claims import Claim, find_claims
from warwire.claims.extract import pieces
from warwire.quotes import find_quotes


def claims(nlp, text: str) -> tuple[list[Claim], list]:
    doc = nlp(text)
    quotes = find_quotes(doc)
    found = find_claims(doc, quotes)
    for c in found:
        assert text[c.start:c.end] == c.text
        if c.place is not None:
            assert text[c.place_start:c.place_end] == c.place
    return found, quotes


def test_a_ministry_claim_of_liberated_villages(nlp) -> None:
    text = ("Russia's defence ministry said on Wednesday that its forces had liberated the "
            "villages of Pisky and Novoselivka in the Donetsk region.")
    (c,), quotes = claims(nlp, text)
    assert c.text == ("its forces had liberated the villages of Pisky and Novoselivka in the "
                      "Donetsk region")
    assert (c.side, c.topic, c.status, c.holder, c.place) == (
        "Russia", "territorial_control", "claimed", "Russia", "Pisky and Novoselivka")
    assert c.claimant == quotes[0].speaker and c.quote == 0
    assert quotes[0].speaker_side == "Russia"


def test_the_journalists_own_assertion(nlp) -> None:
    text = "Russian troops have shelled the city of Kharkiv every day this week."
    (c,), _ = claims(nlp, text)
    assert (c.claimant, c.side, c.quote) == ("article", "media", None)
    assert (c.topic, c.actor, c.place) == ("attack", "Russia", "Kharkiv")
    assert c.text == "Russian troops have shelled the city of Kharkiv every day this week"


def test_a_reported_sentence_is_the_speakers_not_the_articles(nlp) -> None:
    text = "Two people were killed in the strike on Mykolaiv, the regional governor said."
    (c,), _ = claims(nlp, text)
    assert c.quote == 0 and c.claimant != "article"
    assert (c.topic, c.quantity, c.quantity_text) == ("casualties", 2, "Two")


def test_each_sentence_of_a_long_quote_is_its_own_claim(nlp) -> None:
    text = ('"Our troops have recaptured the village of Klishchiivka. The enemy lost 40 soldiers '
            'there," the commander said.')
    found, _ = claims(nlp, text)
    assert [c.topic for c in found] == ["territorial_control", "casualties"]
    assert found[1].quantity == 40


def test_a_denial_gives_a_denied_negated_claim(nlp) -> None:
    text = "The Kremlin denied that its troops had struck the hospital in Mariupol."
    (c,), _ = claims(nlp, text)
    assert (c.side, c.topic, c.status, c.status_cue, c.negated) == (
        "Russia", "attack", "denied", "denied", True)
    assert c.text == "its troops had struck the hospital in Mariupol"


def test_opinions_and_plans_are_no_claims(nlp) -> None:
    text = ('"We will never accept the occupation of our land," the president said. '
            "NATO leaders are expected to discuss new sanctions next week.")
    found, _ = claims(nlp, text)
    assert found == []


def test_beliefs_and_findings_are_claims_of_their_holders_stances_are_not(nlp) -> None:
    text = "Ukrainian intelligence believes that Russian forces have lost 40 tanks near Avdiivka."
    (c,), quotes = claims(nlp, text)
    assert quotes[0].kind == "belief" and c.quote == 0
    assert c.claimant == "Ukrainian intelligence" and (c.topic, c.quantity) == ("damage", 40)
    text = "Moscow wants to capture the whole of the Donetsk region."
    found, quotes = claims(nlp, text)
    assert quotes[0].kind == "stance" and all(c.quote is None for c in found)


def test_a_fear_or_hope_holds_nothing_to_be_so(nlp) -> None:
    for text in ("Officials fear that 300 civilians were killed in the strike on the theatre.",
                 "Residents fear that Russian troops have mined the dam at Nova Kakhovka."):
        found, quotes = claims(nlp, text)
        assert quotes[0].kind == "belief" and found == []


def test_an_indirect_question_asserts_nothing(nlp) -> None:
    text = "Satellite images showed where Russian missiles had struck the airfield at Saky."
    found, quotes = claims(nlp, text)
    assert quotes[0].kind == "finding" and all(c.quote is None for c in found)


def test_the_reader_addressed_holds_no_belief(nlp) -> None:
    text = "You know the Russian army shelled the city for weeks."
    found, quotes = claims(nlp, text)
    assert all(q.kind != "belief" for q in quotes)
    assert all(c.claimant == "article" for c in found)


def test_a_reporting_nouns_clause_is_its_holders_claim(nlp) -> None:
    text = "Kyiv rejected Moscow's claim that Russian forces had captured the town of Soledar."
    found, _ = claims(nlp, text)
    (c,) = [c for c in found if c.claimant != "article"]
    assert (c.claimant, c.side, c.topic) == ("Moscow", "Russia", "territorial_control")


def test_shares_in_quotes(nlp) -> None:
    text = ("The mayor said 85 per cent of homes had been damaged. A local official said "
            "roughly half of the residents had fled. Officials said a fifth of the region's "
            "territory was controlled by Russian forces.")
    found, _ = claims(nlp, text)
    assert [(c.quantity, c.quantity_text) for c in found] == [
        (0.85, "85 per cent"), (0.5, "roughly half"), (0.2, "a fifth")]
    assert found[2].holder == "Russia"


def test_pieces_are_trimmed_sentences() -> None:
    text = '"that the town was shelled. Twice."'
    sents = [(0, 27), (28, len(text))]
    assert [text[s:e] for s, e in pieces(text, sents, 1, len(text) - 1)] == ["the town was shelled"]


def test_a_speakers_side_from_the_first_mention_holds_for_the_article(nlp) -> None:
    from warwire.claims.extract import Parsed, quote_sides
    text = ("Britain\u2019s U.N. ambassador Barbara Woodward said the referendums were \"a sham.\"\n\n"
            "\"Russia stands alone,\" Woodward said.")
    doc = nlp(text)
    quotes = [q for q in find_quotes(doc) if q.speaker == "Barbara Woodward" and q.kind != "scare"]
    sides = quote_sides(Parsed.of(doc), quotes)
    assert len(quotes) == 2 and sides == ["United Kingdom", "United Kingdom"]


def test_an_accusation_claims_the_act_of_the_accused(nlp) -> None:
    found, _ = claims(nlp, "Kyiv accused Moscow of shelling the Zaporizhzhia plant on Friday.")
    assert [(c.claimant, c.side, c.topic, c.actor, c.text) for c in found] == [
        ("Kyiv", "Ukraine", "attack", "Russia", "shelling the Zaporizhzhia plant on Friday")]


def test_naming_something_claims_nothing(nlp) -> None:
    found, _ = claims(nlp, "The foreign minister called the strike on the railway station a war crime.")
    assert found == []
