"""The README's state diagram, drawn from the workflow table (a docs test keeps the README current)."""

from __future__ import annotations

from factcheck.accounts.roles import EDITORS
from factcheck.claims.workflow import TRANSITIONS, State, editor_to_withdraw


def mermaid_diagram() -> str:
    """The state diagram drawn from the table; the README embeds it and a test keeps it current."""
    lines = ["stateDiagram-v2", f"    [*] --> {State.CANDIDATE.value}"]
    for t in TRANSITIONS:
        who = "editors" if t.roles == EDITORS else "staff"
        extra = " (quorum)" if t.quorum else ""
        if editor_to_withdraw in t.checks:
            extra += " (editors, once published)"
        lines.append(f"    {t.source.value} --> {t.target.value}: {t.action.value} [{who}]{extra}")
    return "\n".join(lines)
