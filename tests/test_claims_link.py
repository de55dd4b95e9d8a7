"""Claims linked across articles: the same named place, opposite or agreeing
assertions, claimants of different sides.  Reports are written for these tests."""

from __future__ import annotations


from warwire.claims import Claim, ClaimLink, find_claims, link_claims
from warwire.quotes import find_quotes
from warwire.record import Article


def article(nlp, text: str, title: str) -> Article:
    a = Article(raw_text=text, title=title)
    doc = nlp(a.text)
    a.quotes = find_quotes(doc)
    a.claims = find_claims(doc, a.quotes)
    return a


def test_control_contested_across_two_articles(nlp) -> None:
    moscow = article(nlp, "Russia's defence ministry said its forces had taken full control of "
                          "the town of Lyman.", "Moscow claims Lyman")
    kyiv = article(nlp, "Ukraine's eastern command said its troops still hold Lyman and had "
                        "repelled several assaults.", "Kyiv says Lyman holds")
    assert moscow.claims[0].status == kyiv.claims[0].status == "claimed"
    links = link_claims([moscow, kyiv])
    assert links == [ClaimLink(moscow.id, 0, kyiv.id, 0, "contradicts", "Lyman")]
    assert moscow.claims[0].status == kyiv.claims[0].status == "contested"


def test_agreement_across_articles_corroborates(nlp) -> None:
    a = article(nlp, "Russia's defence ministry said its forces had captured Soledar.", "a")
    b = article(nlp, "Ukraine's military acknowledged that Russian forces had captured Soledar.", "b")
    (link,) = link_claims([a, b])
    assert link.relation == "corroborates"
    assert a.claims[0].status == b.claims[0].status == "corroborated"


def test_no_links_without_a_shared_named_place_or_within_one_article(nlp) -> None:
    a = article(nlp, "Russia said its forces had taken the town.", "a")
    b = article(nlp, "Ukraine said its forces still hold the town.", "b")
    assert link_claims([a, b]) == []
    same = article(nlp, "Russia said its forces had taken Pisky.", "same")
    assert link_claims([same, same]) == []


def test_mark_false_leaves_statuses_alone() -> None:
    def one(side: str, holder: str, title: str) -> Article:
        a = Article(raw_text=f"{title} body", title=title)
        a.claims = [Claim("x", 0, 1, claimant=side, side=side, topic="territorial_control",
                          holder=holder, place="Bakhmut")]
        return a

    a, b = one("Russia", "Russia", "a"), one("Ukraine", "Ukraine", "b")
    (link,) = link_claims([a, b], mark=False)
    assert link.relation == "contradicts" and a.claims[0].status == "claimed"


def test_a_plural_common_noun_links_nothing() -> None:
    from types import SimpleNamespace

    from warwire.claims import Claim
    from warwire.claims.link import link_claims

    def art(aid: str, side: str, negated: bool) -> SimpleNamespace:
        c = Claim("x", 0, 1, claimant=f"{side} ministry", side=side, topic="attack",
                  place="Ukrainian cities", actor="Russia", negated=negated)
        return SimpleNamespace(id=aid, claims=[c])

    assert link_claims([art("a", "Russia", True), art("b", "Ukraine", False)]) == []
