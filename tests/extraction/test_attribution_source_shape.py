"""The shape of a source in real news reporting (issue 14): asides, adverbs, titles, shares and
common nouns around the speaker, each on sentences written for these tests (invented people)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import claimants


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Aid groups have long insisted that 500 people were missing.", "Aid groups"),
        ("Local officials now say the dam held.", "Local officials"),
        ("Residents even noted that the river rose 2 metres.", "Residents"),
        ("Tom Hale, however, said the farm lost 300 acres.", "Tom Hale"),
        ("Said Paul Renner, who owns the mill: “We lost 40 jobs.”", "Paul Renner"),
    ],
)
def test_adverbs_and_asides_around_the_verb_are_skipped(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tom Hale spoke in Reno. He's said the mill will close.", "Tom Hale"),
        (
            "WASHINGTON — Sen. Cara Boyd on Monday criticized the plan and said it cost 2 billion dollars.",
            "Cara Boyd",
        ),
        (
            "While not everything Tom Hale says is true, Dana Whitlow said the clinic had closed.",
            "Dana Whitlow",
        ),
    ],
)
def test_the_speaker_is_not_a_dateline_a_contraction_or_an_object(text: str, claimant: str) -> None:
    assert claimants(text)[-1] == claimant


@pytest.mark.parametrize(
    "text",
    [
        "Executives at the now-defunct Harbor Bank said 300 jobs were lost.",
        "Research released this week by four leading economists suggests that 2 million jobs were lost.",
    ],
)
def test_a_name_after_a_preposition_and_its_adjectives_is_not_the_subject(text: str) -> None:
    assert claimants(text)[0] not in {"Harbor Bank", "Economists"}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The former secretary of state said the deal failed.", "The former secretary of state"),
        ("The longtime senator said the deal failed.", "The longtime senator"),
        ("Dana Whitlow last week said the plan failed.", "Dana Whitlow"),
        ("Dana Whitlow on Monday said the plan failed.", "Dana Whitlow"),
        ("Nothing the mayor said will change the count, Dana Whitlow said.", "Dana Whitlow"),
        ("The clinic lacks staff, said Dana Whitlow, but the town has no money.", "Dana Whitlow"),
        ("Tom Hale, a farmer in Millbrook, who owns 300 acres, recalled that the river rose.", "Tom Hale"),
        ("“The vote is lost,” said campaign manager Tom Hale.", "Tom Hale"),
        ("“The vote is lost,” said Whitlow campaign manager Tom Hale.", "Tom Hale"),
        (
            "A top adviser to President Dana Whitlow said the plan failed.",
            "A top adviser to President Dana Whitlow",
        ),
    ],
)
def test_the_whole_source_and_only_the_source_is_the_claimant(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sen. Cara Boyd, R-Wis., said the bill had 40 sponsors.", "Cara Boyd"),
        ("Ann Lee, 67, a retired nurse in Allentown, Pa., said the clinic closed.", "Ann Lee"),
        (
            "Tom Hale, who has run the mill in Millbrook for most of the last thirty years with his "
            "brother, has said the river rose.",
            "Tom Hale",
        ),
        ("The meeting was first reported by the Harbor Post.", "The Harbor Post"),
        ("The death was confirmed by the Harbor Police Department.", "The Harbor Police Department"),
    ],
)
def test_long_asides_abbreviations_and_a_passive_reporter(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "In Ohio, 58 percent of likely voters said the plant should stay open.",
            "58 percent of likely voters",
        ),
        ("Six in 10 say the economy is getting worse.", "Six in 10"),
        ("About half of the town's voters said taxes were too high.", "About half of the town's voters"),
        ("A majority of residents say the bridge is unsafe.", "A majority of residents"),
        ("Some 40% of nurses have said the ward is understaffed.", "Some 40% of nurses"),
    ],
)
def test_a_share_of_a_group_is_the_source(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A state law enforcement official familiar with the inquiry said that 40 files were missing.",
            "A state law enforcement official familiar with the inquiry",
        ),
        ("People briefed on the talks said the deal was close.", "People briefed on the talks"),
        ("Mrs. Olin's confidants say the plan is fitting.", "Mrs. Olin's confidants"),
        ("All three candidates have said they would cut taxes.", "All three candidates"),
    ],
)
def test_a_common_noun_source_with_what_qualifies_it(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("As reported by the Harbor Post, 40 files were missing.", "The Harbor Post"),
        ("“We are anxious,” said another local nurse.", "Another local nurse"),
        ("The plant, which the union says had 300 workers, closed in May.", "The union"),
    ],
)
def test_as_reported_by_another_and_says_before_a_verb(text: str, claimant: str) -> None:
    assert claimants(text) == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Park, who calls the levy “a fraud,” said it would raise $3 million.",
        "Lena Park, citing ''the cost of the levy,'' said it would raise $3 million.",
        "Lena Park, clad in a red coat, said the levy would raise $3 million.",
        "Lena Park, facing a recount in May, said the levy would raise $3 million.",
    ],
)
def test_an_aside_opened_by_a_participle_or_ending_in_a_quotation_is_skipped(text: str) -> None:
    assert claimants(text) == ["Lena Park"]


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Varga toured the plant and said it would hire 50 workers.",
        "Mr. Varga toured the plant, saying it would hire 50 workers.",
    ],
)
def test_a_second_verb_reports_for_a_subject_with_a_title_and_its_full_stop(text: str) -> None:
    assert claimants(text) == ["Varga"]
