"""Token patterns: words or lemmas, alternatives, prefixes, exact forms, gaps."""

from __future__ import annotations

from warwire.events.lexicon import Matcher, longest, split_hyphens


def pairs(*tokens: str) -> list[tuple[str, str]]:
    """(lower, lemma): a crude lemma, enough for these tests."""
    lemmas = {"shelled": "shell", "forces": "force", "attacked": "attack", "struck": "strike"}
    return [(t.lower(), lemmas.get(t.lower(), t.lower())) for t in tokens]


def test_word_or_lemma_matches():
    m = Matcher([("shelling", "shell", 3.0, None)])
    assert [h.key for h in m.match(pairs("Russian", "forces", "shelled", "Kharkiv"))] == ["shelling"]


def test_alternatives_prefix_and_gap():
    m = Matcher([("air", "air strike|strikes", 3.5, None), ("loot", "loot*", 4.0, None),
                 ("clash", "exchange ~1 fire", 3.0, None)])
    keys = [h.key for h in m.match(pairs("looters", "after", "an", "exchange", "of", "fire",
                                         "and", "air", "strikes"))]
    assert sorted(keys) == ["air", "clash", "loot"]


def test_exact_form_does_not_match_other_forms_of_the_lemma():
    m = Matcher([("air", "air =attacks", 3.5, None)])
    assert not m.match(pairs("air", "forces", "attacked"))
    assert m.match(pairs("air", "attacks"))


def test_longest_match_wins_and_gap_tokens_stay_free():
    m = Matcher([("shelling", "mortars", 3.0, None), ("shelling", "fired ~4 at", 1.0, None),
                 ("grenade", "grenade", 4.0, None), ("grenade", "grenade launchers", -3.0, None)])
    hits = longest(m.match(pairs("fired", "mortars", "and", "grenade", "launchers", "at", "positions")))
    assert sorted((h.key, h.weight) for h in hits) == [("grenade", -3.0), ("shelling", 1.0),
                                                       ("shelling", 3.0)]


def test_offsets_shift_to_the_document():
    m = Matcher([("shelling", "shell", 3.0, "artillery")])
    hit = m.match(pairs("they", "shelled"), offset=10)[0]
    assert (hit.start, hit.end, hit.extra) == (11, 12, "artillery")


def test_an_exact_form_is_not_reached_through_the_lemma_index():
    # "according" has the lemma "accord"; "=accord" names the noun form only
    m = Matcher([("agreement", "=accord", 2.5, None)])
    assert not m.match([("according", "accord"), ("to", "to"), ("officials", "official")])
    assert m.match([("accord", "accord")])


def test_a_prefix_matches_through_the_lemma():
    # "recapturing" does not start with "recapture", its lemma does
    m = Matcher([("regain", "recapture*", 3.0, None)])
    assert m.match([("recapturing", "recapture")])
    assert not m.match([("recaps", "recap")])


def test_hyphenated_words_match_as_the_parse_splits_them():
    assert split_hyphens("staged a sit-in") == "staged a sit - in"
    assert split_hyphens("pepper-spray* su-25 120-mm") == "pepper - spray* su-25 120-mm"
    m = Matcher([("protest", "sit-in", 3.0, None), ("riot", "pepper-spray*", 3.0, None)])
    assert [h.key for h in m.match(pairs("a", "sit", "-", "in", "was", "pepper", "-", "sprayed"))] \
        == ["protest", "riot"]
    assert m.match(pairs("sit-in"))


def test_cue_words_outside_their_event_frame_score_nothing():
    from events_util import parse

    from warwire.events.classify import matcher, score
    from warwire.events.lexicon import token_pairs

    for text in ("The treaty bans offensive weapons on the islands.",
                 "The convoy crossed heavily mined waters.",
                 "The parade was a military demonstration of the new tanks."):
        sent = next(parse(text).sents)
        s = score(matcher().match(token_pairs(sent), sent.start))
        assert s.family("battles") <= 0 and s.family("explosions") <= 0 and s.keys["+protest"] <= 0, text
