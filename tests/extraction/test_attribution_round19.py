"""Claimants on real news, nineteenth round (issue 14, session 19). A verb of saying or
judgement in its base form after a plural subject ("Farm groups blame the levy",
"Economists predict two more rises", "Critics call it a failure"). Invented sentences:
people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorities blame a faulty gas line for the blast at the Millbrook depot.", "Authorities"),
        ("Economists predict two more rate rises in Eastport next year.", "Economists"),
        ("Farm scholars caution that a wet spring does not mean a poor harvest.", "Farm scholars"),
        ("Critics call it the worst levy in the county's history.", "Critics"),
        ("Millbrook teachers also criticize the plan to close the school.", "Millbrook teachers"),
        ("Some angry farmers threaten to block the road to the mill.", "Some angry farmers"),
        ("Only a quarter of Eastport voters agree with him.", "Only a quarter of Eastport voters"),
        ("Critics charge that the council hid the cost of the levy.", "Critics"),
        ("Police announce the name of the driver on the radio.", "Police"),
        ("Farm groups still question whether the levy is fair to Millbrook.", "Farm groups"),
        ("Millbrook teachers maintain that the school was never short of money.", "Millbrook teachers"),
    ],
)
def test_a_base_form_of_saying_after_a_plural_subject(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The farmers share the blame for the flood in Millbrook.",  # a noun after a verb
        "Tom Hale takes the blame for the flood in Millbrook.",
        "Tom Hale heaps praise on the council for the new bridge.",
        "Police charge the driver with leaving the scene of the crash.",  # an act, not words
        "The farmers agree to sell the mill to the council.",  # an intention
        "Farmers who want to blame the council for the flood met in Millbrook.",  # an infinitive
        "The mayor's call for a recount went unanswered in Millbrook.",  # a noun
        "Bernie Sanders praise is rare in Millbrook.",  # a surname, not a plural
        "The farmers maintain the roads around Millbrook.",  # an act, not words
    ],
)
def test_no_base_form_of_saying_without_a_plural_subject(text: str) -> None:
    assert claimants(text) == [None]


def test_a_heading_before_a_quoted_speaker_is_no_plural_subject() -> None:
    text = "Farmers agree - Tom Hale: “The levy will close the mill by the spring.”"
    assert claimants(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Tom Hale's view, the levy will close the mill by the spring.", "Tom Hale"),
        ("The levy, in Grace Olin's words, is “a tax on every farmer in Millbrook.”", "Grace Olin"),
        ("The bridge was built because, in Tom Jones’ words, “the town needed it.”", "Tom Jones"),
        ("In Tom Hale's mind, the flood was the council's fault.", "Tom Hale"),
    ],
)
def test_the_owner_of_a_view_set_off_in_its_sentence(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


def test_a_verb_of_saying_outranks_a_view() -> None:
    text = "Asked who leads the council in his view, Tom Hale said Grace Olin."
    assert claimants(text) == ["Tom Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "Grace Olin's view of the levy is well known in Millbrook.",  # not set off
        "The mill stood in Tom Hale's view of the river for twenty years.",
    ],
)
def test_no_owner_of_a_view_not_set_off(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levy was put off after complaints from the Eastport Farmers Union that it was unfair.",
            "The Eastport Farmers Union",
        ),
        (
            "The biggest surprise was an allegation from Tom Hale, the mayor's rival, that the count"
            " was rigged.",
            "Tom Hale",
        ),
    ],
)
def test_a_noun_of_speech_names_its_speaker_before_that(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The levy drew harsh criticism from Grace Olin in Millbrook.", None),  # no "that"
        ("The bridge has faced complaints from the start that it was too narrow.", None),  # no one
        (
            "Facing complaints from Grace Olin that the levy was unfair, Tom Hale said it would pass.",
            "Tom Hale",
        ),
    ],
)
def test_a_noun_of_speech_without_its_speakers_words(text: str, expected: str | None) -> None:
    assert claimants(text) == [expected]


def test_a_surname_in_ing_alone_before_its_verb_of_saying() -> None:
    text = "Tom Schilling runs the mill. Schilling told the Courier: “The levy is dead.”"
    assert claimants(text) == [None, "Tom Schilling"]
    assert claimants("Fleming said the levy would pass in May.") == ["Fleming"]


@pytest.mark.parametrize(
    "text",
    [
        "Having said that, the council left the levy as it was.",  # a participle opening the sentence
        "Speaking softly, the mayor left the hall in Millbrook.",
    ],
)
def test_a_participle_opening_the_sentence_is_no_surname(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale has indicated he would vote against the levy in May.", "Tom Hale"),
        ("The Eastport Farmers Union maintained it had never backed the levy.", "The Eastport Farmers Union"),
    ],
)
def test_a_clause_without_that_after_a_verb_that_states(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The farmers maintained the roads around Millbrook for twenty years.",  # an object
        "The vote indicates she is pulling ahead of Tom Hale in Millbrook.",  # a thing, not a speaker
    ],
)
def test_no_clause_stated_after_an_object_or_a_thing(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In an early-March Eastport Courier poll, Tom Hale led Grace Olin by ten points.",
            "An early-March Eastport Courier poll",
        ),
        (
            "Tom Hale led Grace Olin 2-1 in a Courier/Millbrook College/Eastport Radio North County Farm poll"
            " last week.",
            "A Courier/Millbrook College/Eastport Radio North County Farm poll",
        ),
        ("In Gallup's latest Millbrook poll, Tom Hale led Grace Olin.", "Gallup's latest Millbrook poll"),
    ],
)
def test_a_named_poll_after_in(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale led Grace Olin by ten points in the mid-March poll in Millbrook.",  # no name
        "In Hale's old barn, the county poll workers met on Monday.",
    ],
)
def test_no_named_poll_after_in(text: str) -> None:
    assert claimants(text) == [None]
