"""Claimants on real news, fifteenth round (issue 14, session 16): statements that got no
claimant. A quotation going on in the next sentence of its paragraph, a few words of the
writer's around it. Guards: titles, sentences with more to say of their own, a speaker
reported without a quotation. Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    "text",
    [
        "“We won the vote by 300,” Tom Hale said. Now, “the budget is balanced for the first time.”",
        "“The mill is open,” said Tom Hale, a farmer. Unless the council objects, “it reopens in May.”",
        "“The levy failed,” Tom Hale said. Instead, “it cost 300 jobs at the Eastport mill.”",
        "“The levy failed,” Tom Hale told reporters. The council “has no plan for the 300 jobs.”",
    ],
)
def test_a_quotation_going_on_after_its_tag_keeps_the_speaker(text: str) -> None:
    assert claimants(text) == ["Tom Hale", "Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        # a title in quotation marks
        "“We won the vote by 300,” Tom Hale said. The film is “The Long Road Home Again.”",
        # a sentence with more to say of its own than a few words around the quotation
        "“We won the vote,” Tom Hale said. The council members met on Tuesday in the hall to"
        " discuss “the future of the old mill.”",
        # a quotation of three words
        "“We won the vote,” Tom Hale said. Now, “the budget balanced.”",
        # the sentence before reports its speaker without a quotation
        "Tom Hale said the mill closed. Now, “the budget is balanced for the first time.”",
    ],
)
def test_a_quotation_not_going_on_names_nobody(text: str) -> None:
    assert claimants(text)[1] is None


def test_a_new_paragraph_is_not_a_quotation_going_on() -> None:
    text = "“We won the vote by 300,” Tom Hale said.\n\nNow, “the budget is balanced for the first time.”"
    assert claimants(text) == ["Tom Hale", None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sen. Grace Olin, D-N.M., said the levy would cost 300 jobs.", "Grace Olin"),
        ("Rep. Tom Hale, R-N.Y., noted in a column that the levy had cost 300 jobs.", "Tom Hale"),
        (
            "Dana Whitlow, host of the Courier’s “Morning Show,” suggested the levy would cost 300 jobs.",
            "Dana Whitlow",
        ),
        ("Tom Hale, star of the film “Mill Town,” said the levy would cost 300 jobs.", "Tom Hale"),
        (
            "Grace Olin, one of two farmers on the board, argued that the levy had cost 300 jobs.",
            "Grace Olin",
        ),
    ],
)
def test_a_subject_before_a_party_label_or_a_role_of_something_names_the_speaker(
    text: str, claimant: str
) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Grace Olin, D-N.M., voted for the levy in 2014.",
        "Tom Hale, son of the mill’s founder, opened the mill in 1990.",
    ],
)
def test_a_subject_before_an_aside_doing_something_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The latest Eastport Courier/WXRT poll puts Hale at 40 percent.",
            "The latest Eastport Courier/WXRT poll",
        ),
        (
            "Wednesday’s Millbrook College poll has Olin leading Hale by six points.",
            "Wednesday’s Millbrook College poll",
        ),
        ("The Courier’s own tracking poll gave Olin a 12-point lead.", "The Courier’s own tracking poll"),
        ("The Eastport College survey had him at 4 percent.", "The Eastport College survey"),
    ],
)
def test_a_poll_putting_someone_somewhere_is_the_source(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "The poll has a margin of error of 3 points.",
        "Hale leads in the poll, which has 40 questions.",
    ],
)
def test_a_poll_putting_nobody_anywhere_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "An Eastport Courier/WXRT News poll conducted last week found that 40 percent back the levy.",
            "An Eastport Courier/WXRT News poll",
        ),
        (
            "A Millbrook Herald/Eastport College poll released this week found 66 percent oppose the levy.",
            "A Millbrook Herald/Eastport College poll",
        ),
    ],
)
def test_a_document_opening_with_a_long_name_is_the_source(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "The State Department withheld a key Eastport email in 2014 that would have shown the cost.",
        "The council is conducting a straw poll of members, the results of which come on Saturday.",
    ],
)
def test_a_document_after_a_verb_is_no_opening(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Grace Olin labeled the levy “a tax on farmers.”", "Grace Olin"),
        ("The Eastport Courier deemed the claim false because no jobs were lost.", "The Eastport Courier"),
        ("Tom Hale characterized the levy as a tax on 300 farmers.", "Tom Hale"),
        ("Dana Whitlow credited the levy with saving 300 jobs.", "Dana Whitlow"),
        ("Grace Olin dubbed the plan “the 300-job levy.”", "Grace Olin"),
    ],
)
def test_a_verb_of_labelling_or_judging_names_its_subject(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Eerie video credited to the Eastport Courier showed 40 trucks on the bridge.",
        "The candidate labeled “a leader” continues to lead the field by 12 points.",
        "Some levies deemed by farmers as unfair have failed to pass.",
    ],
)
def test_a_participle_of_labelling_names_nobody(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The Eastport Courier quoted a farmer as saying the levy had cost 300 jobs.",
            "The Eastport Courier",
        ),
        ("Tom Hale was quoted as saying the levy had cost 300 jobs.", "Tom Hale"),
    ],
)
def test_quoted_as_saying_names_who_quoted_or_was_quoted(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Former Gov. Tom Hale, for his part, is labeling the levy “a tax on farmers.”", "Tom Hale"),
        ("Grace Olin, meanwhile, hopes that the levy will bring 300 jobs.", "Grace Olin"),
        ("Tom Hale has, in fact, praised the levy for saving 300 jobs.", "Tom Hale"),
    ],
)
def test_an_aside_of_the_writers_between_subject_and_verb_is_passed_over(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_an_aside_of_the_writers_after_joined_subjects_does_not_cut_them() -> None:
    text = "Eastport farmers and Millbrook officials, however, hope that the levy will bring 300 jobs."
    assert claimants(text) != ["Millbrook officials"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale went to the fair but on Tuesday said the levy had cost 300 jobs.",
        "Tom Hale used to support the levy, but now says it has cost 300 jobs.",
    ],
)
def test_a_second_verb_after_a_time_names_the_first_verbs_subject(text: str) -> None:
    assert claimants(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale was accused by Grace Olin of hiding the 300 lost jobs.", "Grace Olin"),
        (
            "The levy has been criticized by the Eastport Courier for costing 300 jobs.",
            "The Eastport Courier",
        ),
    ],
)
def test_a_speech_act_in_the_passive_names_who_made_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        # the name after "by" read only in part
        "Tom Hale was accused by Eastport Courier columnist Grace Olin of hiding 300 lost jobs.",
        # a name going on with "of the …"
        "Tom Hale was denounced by the head of the Eastport farmers' union in 2014.",
    ],
)
def test_a_passive_speech_act_with_a_name_not_read_whole_names_nobody(text: str) -> None:
    assert claimants(text) == [None]
