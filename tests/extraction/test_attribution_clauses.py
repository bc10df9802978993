"""Attribution of real news reporting, sixth round (issue 14, session 8): names around
the reporting verb and the clause it stands in. Sentences written for these tests:
invented people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("“The levy is dead,” said Council Leader Ruth M. Ambler (D-Ore.).", "Ruth M. Ambler"),
        (
            "Judge Tomas R. Elling imposed a 40-month sentence, saying it would deter fraud.",
            "Tomas R. Elling",
        ),
        ("Tomas R. Elling said the ruling would stand.", "Tomas R. Elling"),
    ],
)
def test_a_middle_initial_stays_in_the_name(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("“The levy is dead,” said former Varga adviser Tom Hale.", "Tom Hale"),
        ("“The levy is dead,” said former Eastport councilman Tom Hale.", "Tom Hale"),
        ("The levy will raise $3 million, says political scientist Ana Ruiz in Boise.", "Ana Ruiz"),
        ("“The levy is dead,” said former Eastport County Gov. Tom Hale, a Varga ally.", "Tom Hale"),
        (
            "The firm lobbied for the mill, said lobbyist and party strategist Tom Hale, a friend of Varga.",
            "Tom Hale",
        ),
    ],
)
def test_a_role_in_lowercase_words_before_the_name_after_the_verb(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_a_name_that_runs_on_into_its_own_clause_is_not_the_speaker() -> None:
    assert "Tom Hale" not in claimants("“We won,” said former adviser Tom Hale left the campaign in May.")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Hours later, Varga returned to the plant, telling reporters it would hire 50 workers.", "Varga"),
        ("Speaking at a school in Salem, New Carlow, Varga went after Hale, calling him “a fraud.”", "Varga"),
        (
            "At a rally in Ames, Eastport, on Sunday, Mrs. Varga tried again, saying the levy was fair.",
            "Varga",
        ),
        ("Early in her campaign, Varga attacked Hale, calling him “a failed mayor.”", "Varga"),
        (
            "Eastport (AFP) – Mayor Ines Varga has taken aim at the levy, saying it would cost 300 jobs.",
            "Ines Varga",
        ),
        # a name followed by a verb is the subject, whatever comes after it
        ("Varga on Monday attacked Hale, calling him “a failed mayor.”", "Varga"),
        ("Varga, Eastport Republican chairman, praised the plan, saying it would work.", "Varga"),
    ],
)
def test_the_subject_after_an_introduction_speaks_for_a_participle(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Varga landed in hot water last week by saying that the judge was biased.",
        "Varga was booed by the crowd after telling them that the levy was fair.",
        "Varga deflected questions about Hale before saying, “It is time to move on.”",
        "Varga erred in claiming that the levy would raise $3 million.",
    ],
)
def test_a_statement_made_in_the_course_of_an_act_is_the_subjects(text: str) -> None:
    assert claimants(text) == ["Varga"]


def test_a_participle_after_by_that_is_not_a_statement_has_no_claimant() -> None:
    assert claimants("The council voted by calling the roll.") == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("As the Eastport Courier put it, “The levy is dead.”", "The Eastport Courier"),
        ("As a local diplomat put it, the makeover was extreme.", "A local diplomat"),
        ("As Tom Hale, the No. 2 on the council, put it: “The levy is dead.”", "Tom Hale"),
        ("As Varga put it bluntly: “The levy is dead.”", "Varga"),
    ],
)
def test_as_someone_put_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize("text", ["Varga put it on the table for a vote.", "They put it to a vote in May."])
def test_putting_something_somewhere_is_not_a_statement(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Varga is also congratulating her rivals, especially Tom Hale.", "Varga"),
        ("Tom Hale’s campaign is already claiming a victory of sorts in Eastport.", "Tom Hale’s campaign"),
        ("Varga is now insisting that the levy would raise $3 million.", "Varga"),
    ],
)
def test_a_statement_going_on_now_with_an_adverb_before_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Park, president of the Eastport Farm Bureau, a group allied with growers, said it was unfair.",
        "Lena Park, director of the Eastport Bureau, a group allied with growers, said it was unfair.",
        "Lena Park, herself a grower allied with the bureau, said the levy was unfair.",
        "Lena Park, another unaligned Eastport grower, said the levy was unfair.",
    ],
)
def test_asides_opened_by_a_role_or_herself_are_skipped(text: str) -> None:
    assert claimants(text) == ["Lena Park"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The levy was backed by Lena Park, who said it would raise $3 million.", "Lena Park"),
        ("Varga attacked Tom Hale, who says the levy would cost 300 jobs.", "Tom Hale"),
        ("The mill is run by Tom Hale, a farmer, who has said the levy would fail.", "Tom Hale"),
        ("The plan angered growers and traders, who said it would cost 300 jobs.", "Traders"),
    ],
)
def test_who_says_gives_the_name_before_who(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


def test_who_with_a_stance_or_an_act_gives_no_claimant() -> None:
    assert claimants("Mayor Ines Varga, who endorsed Hale in May, is touring the plant.") == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Varga indicated that she would veto the levy.",
        "Mayor Ines Varga signaled that the levy was dead.",
    ],
)
def test_indicating_or_signalling_that_is_a_statement(text: str) -> None:
    assert claimants(text) == ["Ines Varga"]


@pytest.mark.parametrize(
    "text", ["Mayor Ines Varga signaled a turn to the left.", "The vote indicated a shift."]
)
def test_indicating_or_signalling_something_is_not(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Nearly nine out of 10 say they will vote for the levy.", "Nearly nine out of 10"),
        ("About one in five say they would not vote.", "About one in five"),
    ],
)
def test_a_share_out_of_ten_or_one_in_five_is_the_source(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    ["Varga made clear that the levy was dead.", "Varga has made it clear: “The levy is dead.”"],
)
def test_making_clear_that_is_a_statement(text: str) -> None:
    assert claimants(text) == ["Varga"]


def test_making_clear_progress_is_not() -> None:
    assert claimants("Varga made clear progress on the levy in May.") == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Varga issued a statement saying that the levy was dead.", "Varga"),
        ("Varga opened a new line of attack, stating that the levy was dead.", "Varga"),
        (
            "Minutes later, the Eastport council issued a statement saying the levy was dead.",
            "The Eastport council",
        ),
        (
            "Moments later, Mayor Ines Varga (D-Ore.) issued a statement saying the levy was dead.",
            "Ines Varga",
        ),
    ],
)
def test_a_statement_saying_and_stating(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]
