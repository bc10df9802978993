"""The README tells the truth (as Datasette's tests do): every setting the code reads is documented,
the commands it names exist, and the workflow diagram is the one the table draws."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.claims.diagram import mermaid_diagram
from factcheck.cli import main
from factcheck.settings import ROOT, SETTINGS

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented_in_the_readme(setting) -> None:
    assert re.search(rf"^\| `{setting.name}` \|", README, re.MULTILINE), f"{setting.name} is not in README.md"


def test_nothing_but_settings_py_reads_the_environment() -> None:
    readers = []
    for path in (ROOT / "factcheck").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"os\.environ|os\.getenv|getenv\(", text) and path.name != "settings.py":
            readers.append(str(path.relative_to(ROOT)))
    assert readers == []


def test_every_documented_setting_exists() -> None:
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", README, re.MULTILINE))
    assert documented == {s.name for s in SETTINGS}


def test_the_readme_starts_with_the_two_commands() -> None:
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert "make run" in first_block and "make test" in first_block
    targets = set(re.findall(r"^([a-z-]+):", (ROOT / "Makefile").read_text(), re.MULTILINE))
    assert {"run", "test"} <= targets


def test_the_makefile_targets_do_what_the_readme_says() -> None:
    dry = subprocess.run(["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "factcheck seed" in dry and "factcheck serve" in dry
    dry = subprocess.run(["make", "-n", "test"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "pytest" in dry


@pytest.mark.parametrize(
    "command",
    [
        "serve",
        "db upgrade",
        "db downgrade",
        "seed",
        "extract",
        "article-text",
        "feeds add",
        "feeds import",
        "feeds refresh",
    ],
    ids=lambda c: c.replace(" ", "-"),
)
def test_every_documented_command_exists(command: str) -> None:
    assert f"`factcheck {command}" in README
    result = CliRunner().invoke(main, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output


def test_the_workflow_diagram_in_the_readme_is_current() -> None:
    block = README.split("<!-- workflow-diagram -->", 1)[1].split("<!-- /workflow-diagram -->", 1)[0]
    assert block.strip() == f"```mermaid\n{mermaid_diagram()}\n```"


def test_the_demo_logins_in_the_readme_are_the_seeded_ones() -> None:
    from factcheck.seeding import load_demo

    for user in load_demo()["users"]:
        assert f"| {user['email']} | {user['password']} |" in README


def test_the_layout_in_the_readme_names_every_domain_package() -> None:
    packages = {p.name for p in (ROOT / "factcheck").iterdir() if (p / "__init__.py").exists()}
    layout = README.split("## Layout", 1)[1]
    for name in packages:
        assert re.search(rf"^  {name}/", layout, re.MULTILINE), (
            f"factcheck/{name}/ is not in the README layout"
        )


def test_compose_file_parses_and_names_the_app_and_postgresql() -> None:
    import yaml

    compose = yaml.safe_load(Path(ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert {"app", "db"} <= set(services)
    assert services["db"]["image"].startswith("postgres")
    assert services["app"]["environment"]["DATABASE_URL"].startswith("postgresql://")
    assert "@db:5432/" in services["app"]["environment"]["DATABASE_URL"]
    assert (ROOT / "Dockerfile").exists() and services["app"]["build"] == "."
