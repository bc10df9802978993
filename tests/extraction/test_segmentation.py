"""Sentence segmentation: spans, layout lines, quotations kept whole."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract
from factcheck.extraction.quotes import find_quotes
from factcheck.extraction.segmentation import Segment, segment

from .helpers import read_dw_article


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def layouts(text: str) -> list[str]:
    return [s.layout for s in segment(text)]


def test_sentences_are_split_with_offsets_into_the_text() -> None:
    text = "Kerry spoke in Washington. Russia denied it. The talks went on."
    segments = segment(text)
    assert [text[s.start : s.end] for s in segments] == [
        "Kerry spoke in Washington.",
        "Russia denied it.",
        "The talks went on.",
    ]
    assert [(s.start, s.end) for s in segments] == [(0, 26), (27, 44), (45, 63)]


def test_abbreviations_and_decimals_do_not_end_a_sentence() -> None:
    text = "Mr. Smith paid $3.5 million to the U.S. Treasury on Jan. 5. It was late."
    assert texts(text) == [
        "Mr. Smith paid $3.5 million to the U.S. Treasury on Jan. 5.",
        "It was late.",
    ]


def test_a_paragraph_break_always_ends_a_sentence() -> None:
    # The second paragraph starts in lower case, as a wrapped line would.
    text = "The talks in Geneva went on for days and\n\nnobody knew when they would end."
    assert texts(text) == [
        "The talks in Geneva went on for days and",
        "nobody knew when they would end.",
    ]


def test_a_line_break_ends_a_sentence() -> None:
    text = "Kerry in Geneva\nRussia denied that 12 hospitals were hit"
    assert texts(text) == ["Kerry in Geneva", "Russia denied that 12 hospitals were hit"]


def test_a_line_starting_in_lower_case_is_joined_into_its_sentence() -> None:
    text = "Kerry said the talks in Geneva\nhad failed on Friday. Moscow disagreed."
    assert texts(text) == [
        "Kerry said the talks in Geneva\nhad failed on Friday.",
        "Moscow disagreed.",
    ]
    text = "Kerry said aid had reached the U.S.\nand Europe. Moscow disagreed."
    assert texts(text)[0] == "Kerry said aid had reached the U.S.\nand Europe."


def test_windows_line_ends_keep_their_offsets() -> None:
    text = "Prices rose by 3 percent.\r\nWages fell.\r\n\r\nBy DW\r\n"
    for candidate in extract(text):
        assert text[candidate.start : candidate.end] == candidate.text
    assert texts(text) == ["Prices rose by 3 percent.", "Wages fell.", "By DW"]


@pytest.mark.parametrize(
    "text",
    [
        "‘We won. We lost,’ he said.",
        "“We won. We lost. We won again,” he said.",
        '"We won. They lost. Period." Then he left.',
        "He said: “Stop it. Now.” Then he left.",
    ],
)
def test_a_quotation_of_several_sentences_stays_one_segment(text: str) -> None:
    first = texts(text)[0]
    closing = max(text.rfind("’"), text.rfind("”"), text.rfind('"'))
    assert text.index(first) == 0
    assert len(first) > closing


def test_a_quotation_left_open_does_not_swallow_the_paragraph() -> None:
    text = "“We won. We lost. Then we went home."
    assert len(texts(text)) == 3


def test_a_quotation_left_open_ends_where_the_next_one_opens() -> None:
    text = "“We won the vote. “No deal,” Lavrov said."
    inner = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert inner == ["We won the vote.", "No deal"]


def test_an_apostrophe_does_not_close_a_single_quotation() -> None:
    text = "‘It’s over. We’re done,’ she said."
    assert texts(text) == [text]


def test_a_short_line_starting_with_by_is_a_byline() -> None:
    text = "Kerry calls for a truce\n\nBy DW\n\nWages fell."
    assert layouts(text) == ["headline", "byline", "body"]


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "By the end of 2015 unemployment had fallen to 5 percent."
    assert layouts(text) == ["body"]


def test_a_line_without_closing_punctuation_is_a_headline() -> None:
    text = "‘Dumb bombs’ and more refugees\n\nKerry accused Russia of using dumb bombs."
    assert layouts(text) == ["headline", "body"]


def test_a_long_unpunctuated_line_is_not_a_headline() -> None:
    line = " ".join(["word"] * 25)
    assert layouts(line) == ["body"]


def test_paragraphs_above_an_early_byline_are_the_standfirst() -> None:
    text = "Kerry called for a truce. The UN counts 40,000 refugees.\n\nBy DW\n\nKerry spoke."
    assert layouts(text) == ["standfirst", "standfirst", "byline", "body"]


def test_without_a_byline_there_is_no_standfirst() -> None:
    text = "Kerry called for a truce.\n\nKerry spoke."
    assert layouts(text) == ["body", "body"]


def test_segments_leave_out_surrounding_whitespace_and_byte_order_mark() -> None:
    text = "\ufeff  Kerry spoke.\u00a0 \n\n\t Russia denied it.  "
    assert texts(text) == ["Kerry spoke.", "Russia denied it."]


def test_lines_without_letters_or_digits_are_not_segments() -> None:
    assert texts("Kerry spoke.\n\n* * *\n\n---\n\nRussia denied it.") == [
        "Kerry spoke.",
        "Russia denied it.",
    ]


def test_empty_and_blank_texts_have_no_segments() -> None:
    assert segment("") == []
    assert segment(" \n\r\n\t ") == []


def test_a_very_long_paragraph_is_cut_at_each_sentence_end() -> None:
    sentence = "The ministry counted 12 new cases in the region. "
    block = sentence * 400
    segments = segment(block)
    assert len(segments) == 400
    assert all(block[s.start : s.end] == sentence.strip() for s in segments)


def test_titles_initials_and_months_do_not_end_a_sentence() -> None:
    text = "Sen. Alvarez met Gen. Smith and John F. Kennedy Jr. in Washington on Feb. 3. They spoke."
    assert texts(text) == [
        "Sen. Alvarez met Gen. Smith and John F. Kennedy Jr. in Washington on Feb. 3.",
        "They spoke.",
    ]


def test_a_dotted_abbreviation_ends_a_sentence_only_before_a_usual_opener() -> None:
    text = "Aid went to the U.S. Treasury and the U.K. It arrived in the U.S. The talks went on."
    assert texts(text) == [
        "Aid went to the U.S. Treasury and the U.K.",
        "It arrived in the U.S.",
        "The talks went on.",
    ]


def test_question_and_exclamation_marks_and_ellipses_end_a_sentence() -> None:
    text = "Is it true? Yes! Well… Nobody knows. 2016 was different."
    assert texts(text) == ["Is it true?", "Yes!", "Well…", "Nobody knows.", "2016 was different."]


def test_the_dw_article_is_segmented_into_its_sentences() -> None:
    text = read_dw_article()
    segments = segment(text)
    assert len(segments) == 22
    assert [s.layout for s in segments[:4]] == ["standfirst", "standfirst", "byline", "body"]
    by_text = {text[s.start : s.end][:30]: s for s in segments}
    assert by_text["‘Dumb bombs’ and more refugees"].layout == "headline"
    assert all(isinstance(s, Segment) for s in segments)
    # Kerry's two quoted sentences in one paragraph stay two segments: each closes.
    assert "“Russia has indicated" in text[segments[5].start : segments[5].end]
    assert text[segments[6].start : segments[6].end].startswith("“The Iranians confirmed")


def test_a_parenthesis_of_its_own_followed_by_a_capital_ends_a_sentence() -> None:
    text = (
        "Kerry spoke in Washington on Monday. (Additional reporting by Ann Lee in Geneva) "
        "Editor’s note: This story was updated on Tuesday."
    )
    assert texts(text) == [
        "Kerry spoke in Washington on Monday.",
        "(Additional reporting by Ann Lee in Geneva)",
        "Editor’s note: This story was updated on Tuesday.",
    ]


def test_a_parenthesis_inside_a_sentence_does_not_end_it() -> None:
    text = "The World Health Organization (WHO) Director said 40,000 people fled."
    assert texts(text) == [text]
