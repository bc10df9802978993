"""`factcheck extract PATH`: print the candidate claims of a text file.

The file is read as UTF-8 bytes and decoded without newline translation (as
`open(path, encoding="utf-8", newline="")` would read it), so with `--json` the
offsets index that exact text: a file with "\\r\\n" line ends keeps both characters,
and a byte-order mark, if any, is character 0.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from factcheck.extraction.extractor import extract

if TYPE_CHECKING:
    from factcheck.extraction.candidate import Candidate


@click.command("extract")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="A JSON array, in text order.")
@click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out candidates scoring below this.",
)
def extract_command(path: str, as_json: bool, min_score: float) -> None:
    """Print every sentence of the UTF-8 text file PATH ("-" for standard input)
    with its check-worthiness score, highest first; --json gives offsets too."""
    text = _read_text(path)
    candidates = [c for c in extract(text) if c.score >= min_score]
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in candidates], ensure_ascii=False, indent=2))
        return
    for candidate in sorted(candidates, key=lambda c: -c.score):
        click.echo(_plain_line(candidate))


def _read_text(path: str) -> str:
    """The file's text, decoded as UTF-8 with its line ends untouched."""
    shown = "standard input" if path == "-" else path
    try:
        with click.open_file(path, "rb") as file:  # "-" is standard input
            data: bytes = file.read()
    except OSError as error:
        raise click.ClickException(f"cannot read {shown}: {error.strerror}.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise click.ClickException(
            f"{shown} is not UTF-8 text (invalid byte at position {error.start})."
        ) from None


def _plain_line(candidate: Candidate) -> str:
    """ "0.82  John Kerry  “Russia has indicated…”", on one line."""
    text = " ".join(candidate.text.split())
    return f"{candidate.score:.2f}  {candidate.claimant or '-'}  {text}"
