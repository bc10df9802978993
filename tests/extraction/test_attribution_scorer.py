"""The attribution scorer's match of a claimant to PolNeAR's annotated source
(`benchmarks/attribution_quality.py`): a claimant that names the person a source
describes is right, a claimant naming someone or something else beside them is not."""

from __future__ import annotations

import pytest

from tests.scripts import script_module


def _scorer():
    return script_module("benchmarks/attribution_quality.py")


@pytest.mark.parametrize(
    ("source", "claimant"),
    [
        ("political scientist Dossym Satpayev in Almaty", "Dossym Satpayev"),
        ("undecided Republican voter Stephanie Hooton of Derry, N.H.,", "Stephanie Hooton"),
        ("Senator Ted Cruz of Texas", "Cruz"),
        ("a terse Miller", "Pat Miller"),
        ("Mr. Burman of the Tax Policy Center", "Leonard Burman"),
        ("Sen. Bernie Sanders (I-Vt.)", "Bernie Sanders"),
        ("Butz, 49,", "Butz"),
        ("Stumpf’s", "John Stumpf"),
    ],
)
def test_a_claimant_naming_the_described_person_is_right(source: str, claimant: str) -> None:
    assert _scorer().same_source(source, claimant)


@pytest.mark.parametrize(
    ("source", "claimant"),
    [
        ("analysts at Goldman Sachs", "Goldman Sachs"),
        ("Everyone but Hewlett", "Walter Hewlett"),
        ("critics like Huffman", "Jared Huffman"),
        ("the younger Mr. Trump", "Donald J. Trump"),
        ("a columnist for the tech news site Pando", "Pando"),
        ("the University of California", "California"),
        ("Bank of America", "America"),
        ("a spokesman for committee Democrats", "Democrats"),
        ("Maddow", "The senator"),
        ("The British capital's new mayor", "Mayor"),
        ("Donald Trump's eldest daughter, 34,", "Donald Trump"),
    ],
)
def test_a_claimant_beside_the_source_is_wrong(source: str, claimant: str) -> None:
    assert not _scorer().same_source(source, claimant)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("a confident-seeming Manafort", "Manafort"),
        ("Mr. Burman of the Tax Policy Center", "Mr. Burman"),
        ("The University of California", ""),
        ("senior adviser Mr. Burman of the Tax Policy Center", "Mr. Burman"),
        ("Kerry", ""),
        ("the Obama administration", ""),
    ],
)
def test_the_name_closing_a_description(source: str, name: str) -> None:
    assert _scorer().name_at_end(source) == name


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("said", "saying"),
        ("told reporters", "saying"),
        ("according to", "saying"),
        ("criticized", "stance"),
        ("declined", "other"),
        ("in", "other"),
        (":", "other"),
        ("", "other"),
    ],
)
def test_each_cue_is_of_one_kind(cue: str, kind: str) -> None:
    assert _scorer().cue_kind(cue) == kind


def test_the_cue_is_read_with_its_attribution(tmp_path) -> None:
    """An invented brat file: one attribution with a cue, one without (a headline's tag)."""
    ann = tmp_path / "invented_1.ann"
    ann.write_text(
        "T1\tSource 0 5\tKerry\n"
        "T2\tCue 6 10\tsaid\n"
        "T3\tContent 11 30\tthe bombs were dumb\n"
        "T4\tSource 40 46\tLavrov\n"
        "T5\tContent 48 60\ttalks ended\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        "E2\tAttribution:T4 Source:T4 Content:T5\n",
        encoding="utf-8",
    )
    found = _scorer().read_attributions(ann)
    assert [(a.source, a.cue) for a in found] == [("Kerry", "said"), ("Lavrov", "")]
