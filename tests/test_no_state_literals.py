"""Workflow states and actions are named only in the ``factcheck/claims/workflow/`` package (STYLE.md,
habit 1): everywhere else reads ``State.X`` / ``Action.X``, and templates get values from view-models. This
test fails when a module or a template spells one as a string literal, the way the docs test fails
when the README lags."""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING

from factcheck.claims.workflow import Action, State
from factcheck.settings import ROOT

if TYPE_CHECKING:
    from pathlib import Path

NAMES = {s.value for s in State} | {a.value for a in Action}
WORKFLOW = ROOT / "factcheck" / "claims" / "workflow"
"""The one home of the names: every module of the package, and nothing beside it."""

# The same word meaning something else, each with its reason.
NOT_THE_WORKFLOW = {
    ("factcheck/articles/controllers.py", "published"): "the article form's publication-date field",
    ("factcheck/publishing/export_queries.py", "published"): "a verdict revision's status in exports",
    ("templates/articles/new.html", "published"): "the article form's publication-date field",
    ("factcheck/articles/importing.py", "published"): "the article form's publication-date field",
    ("factcheck/articles/candidates.py", "start"): "a candidate's character offset, kept with the article",
    ("factcheck/articles/cli.py", "published"): "the publication date in `factcheck article-text --json`",
}

_JINJA = re.compile(r"{{.*?}}|{%.*?%}", re.DOTALL)
_QUOTED = re.compile(r"""(["'])([a-z_]+)\1""")
_VALUE = re.compile(r"""\bvalue=(["'])([a-z_]+)\1""")


def _python_literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    }


def _template_literals(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    found = {m.group(2) for block in _JINJA.findall(text) for m in _QUOTED.finditer(block)}
    return found | {m.group(2) for m in _VALUE.finditer(text)}


def _at_home(path: Path) -> bool:
    return WORKFLOW in path.parents


def _offenders() -> list[str]:
    found = []
    files = [(p, _python_literals) for p in (ROOT / "factcheck").rglob("*.py") if not _at_home(p)]
    files += [(p, _template_literals) for p in (ROOT / "templates").rglob("*") if p.is_file()]
    for path, literals in files:
        rel = path.relative_to(ROOT).as_posix()
        for name in sorted(literals(path) & NAMES):
            if (rel, name) not in NOT_THE_WORKFLOW:
                found.append(f"{rel}: {name!r}")
    return found


def test_no_module_or_template_outside_the_workflow_names_a_state_or_action() -> None:
    assert _offenders() == []


def test_it_would_catch_a_template_comparing_with_a_state(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_text('{% if page.state.value == "in_review" %}x{% endif %}<input value="accept">')
    assert _template_literals(page) & NAMES == {"in_review", "accept"}


def test_it_would_catch_a_module_comparing_with_an_action(tmp_path) -> None:
    module = tmp_path / "module.py"
    module.write_text('"""Docstrings may say published."""\nif action == "publish":\n    pass\n')
    assert _python_literals(module) & NAMES == {"publish"}


def test_the_workflow_package_is_the_one_home_of_the_names() -> None:
    assert _at_home(WORKFLOW / "_table.py") and _at_home(WORKFLOW / "__init__.py")
    assert not _at_home(ROOT / "factcheck" / "claims" / "workflow_notes.py")
    assert not _at_home(ROOT / "factcheck" / "claims" / "diagram.py")
