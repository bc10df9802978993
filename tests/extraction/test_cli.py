"""`factcheck extract PATH [--json] [--min-score X]`."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from click.testing import CliRunner

from factcheck.extraction import extract
from factcheck.extraction.cli import extract_command

from .helpers import DW_ARTICLE, read_dw_article

if TYPE_CHECKING:
    from pathlib import Path

SAMPLE = "Kerry said 40 people died.\r\n\r\nBy DW\r\n\r\nI think it has to stop."


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(extract_command, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stdout, result.stderr


def write(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    return str(path)


def test_plain_output_lists_every_candidate_highest_score_first() -> None:
    code, out, _ = run(str(DW_ARTICLE))
    lines = out.splitlines()
    assert code == 0
    assert len(lines) == 21  # 22 sentences, the standfirst's UN figure a mention of the body's
    scores = [float(line.split("  ")[0]) for line in lines]
    assert scores == sorted(scores, reverse=True)
    assert any(
        line.startswith("0.") and "  John Kerry  Kerry accused Russia of using “dumb bombs”" in line
        for line in lines
    )


def test_plain_output_shows_a_dash_for_no_claimant_and_one_line_per_candidate(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, b"Aleppo has been\ndivided since 2012.")
    code, out, _ = run(path)
    [candidate] = extract("Aleppo has been\ndivided since 2012.")
    assert code == 0
    assert out == f"{candidate.score:.2f}  -  Aleppo has been divided since 2012.\n"


def test_json_output_is_ordered_by_position_with_offsets_into_the_text() -> None:
    code, out, _ = run(str(DW_ARTICLE), "--json")
    body = read_dw_article()
    items = json.loads(out)
    assert code == 0
    assert [item["start"] for item in items] == sorted(item["start"] for item in items)
    for item in items:
        assert body[item["start"] : item["end"]] == item["text"]
        assert {"text", "start", "end", "claimant", "quote", "score", "reasons", "mentions"} <= set(item)
        for mention in item["mentions"]:
            assert set(mention) == {"text", "start", "end"}
            assert body[mention["start"] : mention["end"]] == mention["text"]
    dumb_bombs = next(item for item in items if "dumb bombs" in item["text"])
    assert dumb_bombs["claimant"] == "John Kerry"
    assert dumb_bombs["quote"] == "dumb bombs"
    assert isinstance(dumb_bombs["reasons"], list)
    assert dumb_bombs["mentions"] == []
    un = next(item for item in items if item["text"].startswith("The United Nations has estimated"))
    assert [m["text"][:21] for m in un["mentions"]] == ["The UN reports 40,000"]


def test_json_offsets_count_windows_line_ends(tmp_path: Path) -> None:
    path = write(tmp_path, SAMPLE.encode())
    code, out, _ = run(path, "--json")
    assert code == 0
    for item in json.loads(out):
        assert SAMPLE[item["start"] : item["end"]] == item["text"]
    assert json.loads(out)[1]["start"] == SAMPLE.index("By DW")


def test_min_score_leaves_out_lower_candidates() -> None:
    code, out, _ = run(str(DW_ARTICLE), "--json", "--min-score", "0.8")
    items = json.loads(out)
    assert code == 0
    assert items and all(item["score"] >= 0.8 for item in items)
    code, out, _ = run(str(DW_ARTICLE), "--min-score", "0.8")
    assert len(out.splitlines()) == len(items)


def test_a_min_score_outside_0_to_1_is_refused() -> None:
    code, _, err = run(str(DW_ARTICLE), "--min-score", "2")
    assert code == 2
    assert "--min-score" in err


def test_a_dash_reads_standard_input() -> None:
    code, out, _ = run("-", "--json", input=SAMPLE.encode())
    assert code == 0
    assert [item["text"] for item in json.loads(out)] == [
        "Kerry said 40 people died.",
        "By DW",
        "I think it has to stop.",
    ]


def test_a_missing_file_is_one_clear_error_line(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path / "missing.txt"))
    assert code == 2
    assert out == ""
    assert "does not exist" in err
    assert "Traceback" not in err


def test_a_file_that_is_not_utf8_is_one_clear_error_line(tmp_path: Path) -> None:
    path = write(tmp_path, "Kerry said 40 people died in Aleppo.".encode("utf-16"))
    code, out, err = run(path)
    assert code == 1
    assert out == ""
    assert err.strip() == f"Error: {path} is not UTF-8 text (invalid byte at position 0)."


def test_invalid_utf8_on_standard_input_is_refused() -> None:
    code, _, err = run("-", input=b"Kerry said \xff 40 people died.")
    assert code == 1
    assert "standard input is not UTF-8 text" in err


def test_an_empty_file_gives_no_candidates(tmp_path: Path) -> None:
    assert run(write(tmp_path, b""), "--json")[:2] == (0, "[]\n")
    assert run(write(tmp_path, b""))[:2] == (0, "")
