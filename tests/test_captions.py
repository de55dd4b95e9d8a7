"""The clean stage: captions, credits, promos and repeats go; body text stays.

Each test article below is a list of labelled pieces.  ``body`` pieces must
survive verbatim (false removals must be zero); every other piece must be
gone from the text and listed in ``removed`` with its kind.  The articles are
written for this project in the styles the scrapers deliver: line-per-
paragraph wire copy, AP copy flattened into one line with captions inline,
Guardian copy whose paragraph breaks survive only as runs of spaces.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from warwire.clean import boilerplate
from warwire.clean.captions import Clean, clean_text
from warwire.pipeline import Stage
from warwire.record import Article

BODY = "body"

# --- test articles --------------------------------------------------------------

#: Reuters style, one paragraph per line, blank lines between.
WIRE = [
    (BODY, "MYKOLAIV, Ukraine, July 31 (Reuters) - Russian missiles struck the southern port city of "
           "Mykolaiv overnight, killing two people and damaging a grain terminal, the regional "
           "governor said on Sunday."),
    ("caption", "A woman walks past a damaged apartment block in Mykolaiv on July 31, 2022."),
    ("credit", "REUTERS/Olena Hrytsenko"),
    (BODY, "Governor Vitaliy Kim said on Telegram that the city had come under the heaviest "
           "bombardment since the start of the war, with at least 12 missiles hitting residential "
           "areas and the port."),
    ("boilerplate", "Advertisement"),
    (BODY, "Officials said the photos showed damage to the plant on July 31."),
    (BODY, "'We heard the first explosion at about one in the morning and then it did not stop,' "
           "said Tetiana, a 58-year-old nurse who asked that her surname not be used."),
    (BODY, "\"They are trying to frighten us.\""),
    ("caption", "Ukrainian servicemen ride atop an armoured vehicle near Bakhmut, Donetsk region, "
                "Ukraine, December 3, 2022. REUTERS/Clodagh Kilcoyne"),
    (BODY, "Russia's defence ministry said its forces had used high-precision weapons against a "
           "temporary base of foreign fighters, a claim Reuters could not independently verify."),
    ("boilerplate", "Read more: Ukraine says grain ships could sail within days"),
    (BODY, "The agreement to unblock Ukraine's Black Sea ports was signed in Istanbul on July 22, 2022."),
    (BODY, "Grain exports are central to Ukraine's economy, and the shelling of the terminal "
           "raised fresh doubts about the deal, according to traders in Odesa."),
    (BODY, "\"It was terrifying.\""),
    ("boilerplate", "(Reporting by Pavel Polityuk in Kyiv; Editing by Frances Kerry)"),
]

#: AP style, flattened into one line, captions and their near-repeats inline.
AP_FLAT = [
    (BODY, "KHARKIV, Ukraine (AP) — Firefighters pulled two survivors from the rubble of a school in "
           "Kharkiv on Thursday after a Russian strike levelled its gymnasium, local officials said."),
    (BODY, "The school had been used as a distribution point for humanitarian aid since March."),
    ("caption", "Rescue workers search the rubble of a school destroyed by a Russian strike in Kharkiv, "
                "Ukraine, Thursday, Aug. 18, 2022. Russian shelling has hit dozens of schools in the "
                "region since the start of the war."),
    ("credit", "(AP Photo/Efrem Lukatsky, File)"),
    (BODY, "\"There were children here yesterday,\" said Oleh Synehubov, the regional governor."),
    (BODY, "Ukraine's prosecutor general said investigators were examining the strike as a "
           "possible war crime."),
    (BODY, "Residents walk to the well every morning because the water mains were cut in May, "
           "the mayor said."),
    ("caption", "FILE - A man looks at a destroyed Russian tank displayed in downtown Kyiv, Ukraine, "
                "Wednesday, Aug. 24, 2022."),
    ("credit", "(AP Photo/Evgeniy Maloletka, File)"),
    (BODY, "Moscow denies targeting civilians."),
    ("boilerplate", "___"),
    ("boilerplate", "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine"),
    ("caption", "Rescue workers search the rubble of the school destroyed by a Russian strike in Kharkiv, "
                "Ukraine, Thursday, Aug. 18, 2022. Russian shelling has hit dozens of schools in the "
                "region since the start of the war."),
    ("credit", "(AP Photo/Efrem Lukatsky)"),
    ("boilerplate", "Copyright 2022 The Associated Press. All rights reserved."),
]

#: Guardian style: paragraph breaks survive as runs of three spaces.
GUARDIAN = [
    (BODY, "Ukraine's grain harvest has begun under fire in the south, where farmers are clearing "
           "unexploded shells from their fields before they can bring in the wheat."),
    ("caption", "A farmer inspects wheat in a field near Odesa."),
    ("credit", "Photograph: Nina Lyashonok/AFP/Getty Images"),
    (BODY, "Agricultural officials expect the harvest to be about 40% smaller than last year's."),
    ("boilerplate", "Related: How do you move 20m tonnes of grain out of a war zone?"),
    (BODY, "“We will not leave our land,” said Serhiy, who farms 300 hectares near the front."),
    ("boilerplate", "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST"),
    (BODY, "Russian forces shelled the port of Odesa hours after the deal was signed."),
    ("caption", "Smoke rises over the port of Odesa after a missile strike on 23 July."),
    ("credit", "Photograph: Reuters"),
    (BODY, "Turkey, which brokered the agreement with the UN, said it had received assurances "
           "from Moscow that the strike would not affect shipments."),
]

#: Caption and credit lines the way other scrapers deliver them.
LINES = [
    ("credit", "Image source, Getty Images"),
    ("caption", "Image caption, Volunteers unload aid from a lorry in Zaporizhzhia"),
    (BODY, "Aid agencies say the number of people needing food assistance in the south has "
           "doubled since the spring."),
    ("caption", "Pictured: Ukrainian soldiers rest in a trench near Sievierodonetsk"),
    ("caption", "Caption: Evacuees board a train to Lviv"),
    ("credit", "Credit: Sergei Supinsky/AFP"),
    (BODY, "According to a Reuters/Ipsos poll published on Tuesday, most respondents support "
           "sending more air defence systems to Ukraine."),
    ("credit", "[Photo: Ministry of Defence of Ukraine]"),
    ("credit", "Roman Pilipey/AFP via Getty Images"),
    ("credit", "Photo: Reuters"),
    (BODY, "The photo, taken by an AFP photographer on March 3, 2022, shows a column of armoured "
           "vehicles on the road to Kyiv."),
    ("boilerplate", "Share this article"),
    ("boilerplate", "Supported by"),
    ("boilerplate", "Follow us on Twitter @warwire_news"),
    ("boilerplate", "Click here to get our daily briefing."),
    ("boilerplate", "Sign up for our newsletter to get the latest updates on the war."),
    ("boilerplate", "READ MORE"),
    (BODY, "Advertisement revenue at Russian state broadcasters fell sharply after the invasion."),
    ("boilerplate", "This story has been updated with comment from the Ukrainian defence ministry."),
]

#: Repeats: the same paragraph twice, and once more with a small change.
REPEATS = [
    (BODY, "Ukraine's military said on Monday it had recaptured three villages north of Kherson, "
           "the first significant gains of its southern counteroffensive."),
    (BODY, "Russian officials did not comment on the claim."),
    ("duplicate", "Ukraine's military said on Monday it had recaptured three villages north of Kherson, "
                  "the first significant gains of its southern counteroffensive."),
    (BODY, "The villages lie along the Inhulets river, which has marked the front line for months."),
    ("duplicate", "Ukraine's military said on Monday that it had recaptured three villages north of Kherson, "
                  "the first significant gains of its southern counteroffensive."),
    (BODY, "What is the name of the school your daughter attends in Kharkiv?"),
    (BODY, "Analysts say the offensive will test whether Western-supplied rockets can cut "
           "Russian supply lines across the Dnipro."),
    (BODY, "What is the name of the school your daughter attends in Kharkiv?"),
]

#: Body text that looks like a caption on one count or another, and must stay.
LOOKALIKES = [
    (BODY, "Ukrainian troops stand guard near the bridge, officials said on Sunday, July 31, 2022."),
    (BODY, "Protesters marched through central Tbilisi on March 3, 2022."),
    (BODY, "Peace talks resumed in Istanbul on Tuesday, March 29, 2022."),
    (BODY, "\"We walk past the ruins every day,\" she said."),
    (BODY, "I watched as soldiers carry the wounded to a bus in Irpin on March 5, 2022."),
    (BODY, "Photographs taken by residents show the bridge collapsed into the river."),
    (BODY, "The footage, credited to the Ukrainian army, appears to show a drone striking a tank."),
]


def _render(pieces: list[tuple[str, str]], sep: str) -> str:
    return sep.join(text for _, text in pieces)


def _normalised(text: str) -> str:
    return " ".join(text.split())


CASES = {
    "wire": (WIRE, "\n\n"),
    "wire_single_newlines": (WIRE, "\n"),
    "ap_flat": (AP_FLAT, " "),
    "guardian": (GUARDIAN, "   "),
    "lines": (LINES, "\n"),
    "repeats": (REPEATS, "\n\n"),
    "lookalikes": (LOOKALIKES, "\n\n"),
}


def _audit(pieces: list[tuple[str, str]], sep: str) -> tuple[list[str], list[str]]:
    """``(false_removals, missed)`` for one test article."""
    text, removed = clean_text(_render(pieces, sep))
    flat = _normalised(text)
    removed_flat = " ".join(_normalised(r.text) for r in removed)
    false_removals = [t for kind, t in pieces if kind == BODY and _normalised(t) not in flat]
    missed = []
    for kind, t in pieces:
        if kind == BODY:
            continue
        if kind == "duplicate":
            present = flat.count(_normalised(t)) > 0 and kind not in {r.kind for r in removed}
        else:
            present = _normalised(t) not in removed_flat
        if present:
            missed.append(f"{kind}: {t}")
    return false_removals, missed


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_body_paragraph_is_removed(name):
    pieces, sep = CASES[name]
    false_removals, _ = _audit(pieces, sep)
    assert false_removals == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_caption_credit_and_promo_is_removed(name):
    pieces, sep = CASES[name]
    _, missed = _audit(pieces, sep)
    assert missed == []


def test_measurement_over_all_test_articles():
    """The headline numbers: body pieces kept, junk pieces removed."""
    body = junk = false_removals = missed = 0
    for pieces, sep in CASES.values():
        body += sum(1 for k, _ in pieces if k == BODY)
        junk += sum(1 for k, _ in pieces if k != BODY)
        fr, mi = _audit(pieces, sep)
        false_removals += len(fr)
        missed += len(mi)
    assert body >= 40 and junk >= 40
    assert (false_removals, missed) == (0, 0)


def test_removed_items_carry_their_kind():
    _, removed = clean_text(_render(WIRE, "\n\n"))
    kinds = [r.kind for r in removed]
    assert kinds == ["caption", "credit", "boilerplate", "caption", "credit", "boilerplate", "boilerplate"]
    assert removed[0].text == "A woman walks past a damaged apartment block in Mykolaiv on July 31, 2022."


def test_duplicates_are_reported_as_duplicates():
    _, removed = clean_text(_render(REPEATS, "\n\n"))
    assert [r.kind for r in removed] == ["duplicate", "duplicate"]


def test_paragraphs_are_joined_by_blank_lines():
    text, _ = clean_text(_render(WIRE, "\n"))
    kept = [t for k, t in WIRE if k == BODY]
    assert text == "\n\n".join(kept)


def test_flattened_text_is_split_where_a_caption_was():
    text, _ = clean_text(_render(AP_FLAT, " "))
    paragraphs = text.split("\n\n")
    assert paragraphs[0].endswith("since March.")
    assert paragraphs[1].startswith('"There were children here yesterday,"')


def test_dateline_is_kept_intact():
    text, removed = clean_text(_render(WIRE, "\n\n"))
    assert text.startswith("MYKOLAIV, Ukraine, July 31 (Reuters) - Russian missiles")
    assert all("(Reuters)" not in r.text for r in removed)


@pytest.mark.parametrize(
    "raw, expected, credit",
    [
        ("Smoke rises (Photo by Ivan Petrov / AFP) over the port, witnesses said.",
         "Smoke rises over the port, witnesses said.", "(Photo by Ivan Petrov / AFP)"),
        ("The convoy reached Zaporizhzhia on Friday (AP Photo/Andriy Andriyenko).",
         "The convoy reached Zaporizhzhia on Friday.", "(AP Photo/Andriy Andriyenko)"),
        ("Volunteers in Lviv [Photo: Oksana Kuzmenko] sort donated clothes for the east.",
         "Volunteers in Lviv sort donated clothes for the east.", "[Photo: Oksana Kuzmenko]"),
    ],
)
def test_inline_credit_leaves_tidy_text(raw, expected, credit):
    text, removed = clean_text(raw)
    assert text == expected
    assert [(r.kind, r.text) for r in removed] == [("credit", credit)]
    assert "  " not in text and " ," not in text and " ." not in text


def test_dateline_on_a_line_of_its_own_is_kept():
    raw = "KHERSON, Ukraine, Nov 11 (Reuters) -\nUkrainian troops entered the city centre on Friday."
    text, removed = clean_text(raw)
    assert text == raw.replace("\n", "\n\n") and removed == []


def test_promo_between_sentences_of_a_flattened_body():
    raw = ("The minister spoke in Kyiv on Monday. Advertisement Advertisement He said more air "
           "defence systems were on their way. Read more here. Officials did not give a date.")
    text, removed = clean_text(raw)
    assert text == ("The minister spoke in Kyiv on Monday.\n\nHe said more air defence systems were on "
                    "their way.\n\nOfficials did not give a date.")
    assert [(r.kind, r.text) for r in removed] == [
        ("boilerplate", "Advertisement"), ("boilerplate", "Advertisement"), ("boilerplate", "Read more here.")]


def test_agency_in_a_dateline_is_not_a_credit():
    for raw in ("WASHINGTON, Feb. 7 (Xinhua) -- The U.S. president spoke with the German chancellor.",
                "KYIV, Ukraine (AP) — Russia launched nighttime attacks on several cities."):
        text, removed = clean_text(raw)
        assert text == raw and removed == []


def test_cleaning_is_idempotent():
    for pieces, sep in CASES.values():
        once, _ = clean_text(_render(pieces, sep))
        twice, removed = clean_text(once)
        assert twice == once and removed == []


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\n", ".", "(AP Photo/Name)", "Advertisement",
                                 "a" * 5000, "(" * 300, "Photo: " * 200, "\u00a0\u2028x\u2029"])
def test_odd_input_does_not_crash(raw):
    text, removed = clean_text(raw)
    assert isinstance(text, str) and isinstance(removed, list)


def test_stage_sets_text_and_removed():
    stage = Clean()
    assert isinstance(stage, Stage)
    assert (stage.name, stage.needs, stage.adds) == ("clean", ("raw_text",), ("text", "removed"))
    article = Article(raw_text=_render(GUARDIAN, "   "))
    stage(article)
    assert article.text.startswith("Ukraine's grain harvest has begun")
    assert "Photograph:" not in article.text
    assert {r.kind for r in article.removed} == {"caption", "credit", "boilerplate"}


def test_boilerplate_file_format():
    whole, start = boilerplate.parse("# comment\n\nRelated:.*$\nAdvertisement\n  \n")
    assert [p.pattern for p in whole] == ["Related:.*$"]
    assert [p.pattern for p in start] == ["Advertisement"]
    with pytest.raises(ValueError, match="line 1"):
        boilerplate.parse("(unclosed")


def test_shipped_boilerplate_file_compiles():
    whole, start = boilerplate.patterns()
    assert len(whole) + len(start) > 30


def test_whole_line_pattern_never_eats_body_run_into_it():
    raw = "Related: Grain deal explained The ministry said exports would resume. More news follows."
    text, removed = clean_text(raw)
    assert "The ministry said exports would resume." in text


# --- the real corpus (skipped where it is not mounted) ---------------------------

CORPUS = Path(os.environ.get("WARWIRE_CORPUS", "/work/shared/data/articles/war_news_2022.jsonl"))


@pytest.mark.skipif(not CORPUS.exists(), reason="real article corpus not available")
def test_real_articles_clean_without_crashing_and_quickly():
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")][:400]
    start = time.perf_counter()
    for row in rows:
        raw = row.get("text") or ""
        text, removed = clean_text(raw)
        raw_words = set(re.findall(r"\w+", raw))
        assert set(re.findall(r"\w+", text)) <= raw_words  # cleaning only ever removes
        assert all(r.kind in {"caption", "credit", "boilerplate", "duplicate"} for r in removed)
    per_second = len(rows) / (time.perf_counter() - start)
    assert per_second > 50
