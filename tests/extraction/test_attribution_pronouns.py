"""Claimants on real news (issue 14, session 14): "he" or "she" after other names, told
apart by the gender the article gives its people: a title ("Mr. Hale", "Mrs. Olin"), the
pronoun used of a person who opens a sentence ("Ira Hale said he …"), a man's or a woman's
first name. Guards: a pronoun of the gender of someone named since, of a person of unknown
gender, of a last speaker of unknown or the other gender, is still left open. Invented
sentences: people, places and figures."""

from __future__ import annotations

import pytest

from factcheck.extraction.antecedents import learn_gender
from factcheck.extraction.learn_first_names import first_names
from factcheck.extraction.speakers import Speakers
from tests.extraction.helpers import claimants

SAID = "said the levy costs $3 million."
PLACE = "The vote at Lake Moreau was close."
WON = "“We won,” {} said."


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (f"Mr. Ira Hale {SAID} {PLACE} {WON.format('he')}", "Ira Hale"),
        (f"Ira Hale {SAID} Mr. Hale left early. {PLACE} {WON.format('he')}", "Ira Hale"),
        (f"Ms. Grace Olin {SAID} {PLACE} {WON.format('she')}", "Grace Olin"),
        (f"Grace Olin said she would hire 300 workers. {PLACE} {WON.format('she')}", "Grace Olin"),
        (f"Ira Hale said his levy costs $3 million. {PLACE} {WON.format('he')}", "Ira Hale"),
        # A first name tells it: "Susan" is a woman's, "John" a man's.
        (f"Susan Pell {SAID} {PLACE} {WON.format('she')}", "Susan Pell"),
        (f"John Marsh {SAID} {PLACE} {WON.format('he')}", "John Marsh"),
        # The last speaker again, by their first name alone.
        (f"Bob Marsh {SAID} The crowd at Lake Moreau cheered Bob. {WON.format('he')}", "Bob Marsh"),
        # A woman named since does not leave "he" open.
        (
            f"Mr. Ira Hale {SAID} The crowd cheered for Mrs. Grace Olin at Lake Moreau. {WON.format('he')}",
            "Ira Hale",
        ),
    ],
)
def test_a_pronoun_of_the_last_persons_gender_is_them_past_other_names(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


@pytest.mark.parametrize(
    "text",
    [
        # The pronoun is the gender of someone named since.
        f"Mr. Ira Hale {SAID} The crowd cheered for Mrs. Grace Olin at Lake Moreau. {WON.format('she')}",
        f"Mr. Ira Hale {SAID} The crowd cheered for Mr. Noor Renner at Lake Moreau. {WON.format('he')}",
        f"Mr. Noor Renner spoke first. Mr. Ira Hale {SAID} The crowd at Lake Moreau cheered Mr. Renner. "
        + WON.format("he"),
        # A man named by his first name alone ("Bob" is a man's name).
        f"Mr. Ira Hale {SAID} The crowd at Lake Moreau cheered Bob. {WON.format('he')}",
        # Someone named since is a person of unknown gender.
        f"Mr. Ira Hale {SAID} The crowd cheered for Sen. Dana Whitlow at Lake Moreau. {WON.format('he')}",
        # The last speaker's gender is unknown, or not the pronoun's.
        f"Dana Whitlow {SAID} {PLACE} {WON.format('he')}",
        f"Mrs. Grace Olin {SAID} {PLACE} {WON.format('he')}",
    ],
)
def test_a_pronoun_the_gender_does_not_decide_is_left_open(text: str) -> None:
    assert claimants(text)[-1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ira Hale thanked Grace Olin, who said she would stay.",  # another name between
        "Ira Hale called on her to resign.",  # "her" may be anyone
        "Ira Hale’s wife said she would stay.",  # someone of his
    ],
)
def test_a_pronoun_tells_the_gender_of_only_the_person_it_is_of(sentence: str) -> None:
    speakers = Speakers()
    speakers.learn_names(sentence)
    learn_gender(sentence, speakers)
    assert "Ira Hale" not in speakers.genders.known


def test_a_surname_shared_by_two_people_tells_neither_gender() -> None:
    speakers = Speakers()
    for sentence in ("Ira Hale and Grace Hale spoke.", "Mrs. Hale left early."):
        speakers.learn_names(sentence)
        learn_gender(sentence, speakers)
    assert "Ira Hale" not in speakers.genders.known
    assert "Grace Hale" not in speakers.genders.known


def test_first_names_are_learnt_from_articles_that_agree() -> None:
    articles = [
        "Ira Hale said he would run. Grace Olin said she would stay. Will Marsh said he would go.",
        "Ira Reyes said his plan works. Mrs. Grace Dunn spoke. Will Pike said he will, he will.",
        "Paul Renner said he would run.",
        "Dana Whitlow said he would run. Ms. Dana Price spoke.",
    ]
    # "Paul": one article only; "Dana": the articles disagree; "Will": a word more often.
    assert first_names(articles) == {"Grace": "female", "Ira": "male"}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Ms. Grace Hale said the levy costs $3 million. Mr. Ira Hale spoke. Mrs. Hale said it will pass.",
            "Grace Hale",
        ),
        (
            "Ms. Grace Hale said the levy costs $3 million. Mr. Ira Hale spoke. Mr. Hale said it will pass.",
            "Ira Hale",
        ),
        # Nothing tells them apart: the last one named.
        (
            "Dana Hale said the levy costs $3 million. Noor Hale spoke next. Mrs. Hale said it will pass.",
            "Noor Hale",
        ),
    ],
)
def test_a_titled_surname_two_people_share_is_the_one_of_the_titles_gender(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (f"Mrs. Grace Olin {SAID} {WON.format('he')}", None),
        (f"Mr. Ira Hale {SAID} {WON.format('she')}", None),
        (f"Susan Pell {SAID} {WON.format('he')}", None),
        # The gender agrees, or nothing tells it: the last person, as before.
        (f"Mrs. Grace Olin {SAID} {WON.format('she')}", "Grace Olin"),
        (f"Dana Whitlow {SAID} {WON.format('he')}", "Dana Whitlow"),
    ],
)
def test_a_pronoun_is_not_the_last_person_when_their_gender_is_the_other(
    text: str, claimant: str | None
) -> None:
    assert claimants(text)[-1] == claimant
