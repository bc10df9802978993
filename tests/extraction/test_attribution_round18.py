"""Claimants on real news, eighteenth round (issue 14, session 18). A participle of speech
or judgement with "by" names its speaker after "by" ("a practice criticized by Hale"); a
participle with "by" names no speaker in the noun before it ("measures added by
Republicans"). Invented sentences: people, places and figures."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council let some farms skip the count, a practice criticized by Tom Hale and some teachers.",
            "Tom Hale",
        ),
        (
            "She has not farmed in twenty years — a fact first reported by Grace Olin, a reporter"
            " for the Eastport Courier.",
            "Grace Olin",
        ),
        (
            "The mayor's remarks, first reported by the Eastport Courier on Tuesday, hinted at a"
            " tinge of regret.",
            "The Eastport Courier",
        ),
        (
            "Mr. Dunn had blocked the levy - an allegation rejected by the Millbrook council.",
            "The Millbrook council",
        ),
        (
            "In his youth he was suspected of fraud and accused by the Eastport Courier of rigging"
            " the count.",
            "The Eastport Courier",
        ),
    ],
)
def test_a_participle_of_speech_with_by_names_its_speaker(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


def test_the_speaker_after_by_without_what_it_was_for() -> None:
    assert claimants("Tom Hale was praised by the council for his work.") == ["The council"]


def test_as_described_by_names_its_speaker() -> None:
    text = (
        "From the closed mill to the “extremely careless” handling of the levy – as described by"
        " Council Chair Grace Olin – many farmers doubt him."
    )
    assert claimants(text) == ["Grace Olin"]


@pytest.mark.parametrize(
    "text",
    [
        'The council blocked a levy to fight the flood because of "poison pill" measures added by'
        " Republicans on other issues.",
        "The council passed a plan endorsed by Tom Hale last year.",
    ],
)
def test_a_participle_of_an_act_with_by_names_no_speaker(text: str) -> None:
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject's own act, "by" before a gerund
        ("Tom Hale responded by saying the levy was fair.", "Tom Hale"),
        # an aside set off by dashes: its subject speaks in the verb after it
        (
            "On Friday, Hale — mentioned by the Courier as the council's choice — told Grace Olin"
            " that he would run.",
            "Hale",
        ),
        # a question put to the subject: the answer is the subject's
        ("Asked by Grace Olin whether the mill would close, Tom Hale said it would.", "Tom Hale"),
        # a main verb of saying outranks the participle's agent
        ("Tom Hale, praised by the council for his work, said the levy was fair.", "Tom Hale"),
    ],
)
def test_a_participle_with_by_keeps_the_speaker_of_the_sentence(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a participle and its object inside the sentence, read as the subject of "called"
        (
            "Hale's speech convinced many farmers that he had gone too far, tarring a former mayor"
            " who is popular in Millbrook, and uttering charges that Olin, for one, called ''plain"
            " lies.''"
        ),
        # a word of a title alone: "campaign finance reports" is no finance minister's report
        "The candidates must file their campaign finance reports to the county clerk on Sunday.",
        "According to state law, no one may hand out leaflets within 50 feet of a polling place.",
    ],
)
def test_a_participle_clause_or_a_word_of_a_title_names_no_speaker(text: str) -> None:
    assert claimants(text) == [None]


def test_a_group_and_what_it_is_is_no_speaker() -> None:
    text = (
        "Addressing 100 farmers at the spring fair here, many of them deeply skeptical about Mr."
        " Hale's levy, the council chief, Tom Dunn, bluntly suggested that the plan was dead."
    )
    assert claimants(text) == [None]


def test_a_participle_opening_the_sentence_is_no_speaker() -> None:
    text = (
        "Addressing about 100 farmers at the fair, many of them deeply skeptical about the levy,"
        " the chief, Tom Hale, bluntly suggested that the plan was dead."
    )
    assert claimants(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gerund's noun phrase is a source
        ("Polling of dairy farmers shows that Hale remains popular.", "Polling of dairy farmers"),
        ("Many of them said the levy was unfair.", "Many of them"),
        ("The finance minister said the levy was fair.", "The finance minister"),
    ],
)
def test_a_gerund_a_group_and_a_whole_title_still_speak(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While Olin pledged to work with both parties, Hale insisted that change will come only"
            " with a shake-up.",
            "Hale",
        ),
        (
            "When Dunn suggested that the mill would sue the county, Hale fired back: “If they sue"
            " us, they will lose.”",
            "Hale",
        ),
        (
            "After Dunn criticized the levy during a debate, Grace Olin shot back, “I could have"
            " stayed home.”",
            "Grace Olin",
        ),
    ],
)
def test_the_main_clause_speaks_after_a_subordinate_clause(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same speaker in both clauses
        ("When Hale announced his bid, he said the levy was dead.", "Hale"),
        # a number or a quantifier for a subject: the subordinate clause's group, as before
        (
            "While many farmers have expressed doubts about the levy, many said Monday that it was fair.",
            "Many farmers",
        ),
        # no clause before the comma, an aside
        ("As Tom Hale, a farmer in Millbrook, said, the levy was unfair.", "Tom Hale"),
        # no subordinate clause
        ("Olin pledged to work with both parties, and Hale insisted that it was a shake-up.", "Olin"),
    ],
)
def test_no_main_clause_speaker_without_a_subordinate_clause_and_a_named_subject(
    text: str, expected: str
) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural after a determiner is a noun, not "states" of saying
        ("Hale won both states.", None),
        ("Tom Hale states that the levy is fair.", "Tom Hale"),
        ("The report states that the levy is fair.", "The report"),
    ],
)
def test_a_plural_after_a_determiner_is_no_verb_of_saying(text: str, expected: str | None) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UTF-8 read as Latin-1, once and twice, and a combining tilde: the name stays whole
        (
            'Mayor Grace PeÃ±a Olin compared the levy with a toll, and urged farmers not to "pay."',
            "Grace PeÃ±a Olin",
        ),
        ("Arturo SarukhÃ\x83Â¡n, the mayor of Eastport, said the levy was fair.", "Arturo SarukhÃ\x83Â¡n"),
        ("Mayor Grace PeA\u0303±a Olin said the levy was fair.", "Grace PeA\u0303±a Olin"),
    ],
)
def test_a_name_misread_from_utf8_stays_whole(text: str, expected: str) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both fires were claimed by the Eastport Liberation Front, sparking fear in the valley.",
            "The Eastport Liberation Front",
        ),
        ("Hale has been mocked by Grace Olin as a careless, lazy farmer.", "Grace Olin"),
        # the passive in a clause of its own: not the sentence's statement
        (
            "Fear grew after the fires in Millbrook, which were claimed by the Eastport Liberation Front.",
            None,
        ),
    ],
)
def test_a_passive_of_speech_whose_subject_opens_the_sentence(text: str, expected: str | None) -> None:
    assert claimants(text) == [expected]
