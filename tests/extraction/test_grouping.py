"""One candidate per point (issue 14): near-duplicates grouped, the best-worded kept."""

from __future__ import annotations

from factcheck.extraction import extract

from .helpers import candidate_starting


def test_a_statement_reported_twice_is_one_candidate_with_a_mention() -> None:
    text = (
        "The ministry said 12,000 people had been displaced by the floods.\n\n"
        "Roads were closed across the region.\n\n"
        "About 12,000 people have been displaced by the floods, the ministry said."
    )
    candidates = extract(text)
    assert len(candidates) == 2
    kept = next(c for c in candidates if c.mentions)
    assert len(kept.mentions) == 1
    for place in (kept, *kept.mentions):
        assert text[place.start : place.end] == place.text
    assert {kept.text, kept.mentions[0].text} == {
        "The ministry said 12,000 people had been displaced by the floods.",
        "About 12,000 people have been displaced by the floods, the ministry said.",
    }


def test_a_quotation_and_its_paraphrase_are_one_candidate_kept_where_it_is_attributed() -> None:
    text = (
        "Iran will support a ceasefire in Syria, the minister claimed in London.\n\n"
        "“Iran will support a ceasefire in Syria,” Kerry said."
    )
    candidates = extract(text)
    assert len(candidates) == 1
    assert candidates[0].mentions[0].text.startswith(("Iran will", "“Iran will"))


def test_the_best_scored_wording_is_kept_and_the_others_are_its_mentions_in_text_order() -> None:
    sentence = "The central bank raised interest rates to the highest level in a decade."
    attributed = "The central bank raised interest rates to the highest level in a decade, officials said."
    text = f"{sentence}\n\n{sentence}\n\n{attributed}"
    (kept,) = extract(text)
    starts = [m.start for m in kept.mentions]
    assert len(starts) == 2 and starts == sorted(starts)
    assert kept.start not in starts


def test_distinct_statements_are_not_merged() -> None:
    text = (
        "Unemployment rose to 5.1 percent last year, the highest rate since 2009.\n\n"
        "Unemployment rose to 7.2 percent last year, the highest rate since 2009.\n\n"
        "The storm knocked out power to thousands of homes across the region.\n\n"
        "The ministry accused the storm agency of hiding the true cost of the repairs."
    )
    candidates = extract(text)
    assert len(candidates) == 4
    assert all(not c.mentions for c in candidates)


def test_short_sentences_that_share_words_are_not_merged() -> None:
    text = "Kerry spoke. Kerry left.\n\nThank you all."
    assert all(not c.mentions for c in extract(text))


def test_sentences_on_one_topic_with_different_points_are_not_merged() -> None:
    text = (
        "Russia has bombed hospitals in Aleppo, Kerry said.\n\n"
        "Kerry said Russia must stop bombing Aleppo and let aid convoys into the city."
    )
    assert all(not c.mentions for c in extract(text))


def test_dw_article_keeps_its_distinct_candidates() -> None:
    from .helpers import read_dw_article

    candidates = extract(read_dw_article())
    assert len(candidates) == 21
    grouped = [c for c in candidates if c.mentions]
    assert len(grouped) == 1
    assert candidate_starting(candidates, "The United Nations has estimated") is grouped[0]
