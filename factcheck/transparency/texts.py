"""The default texts of the transparency pages, generated from the settings and the workflow table,
so they are true as long as nobody has written their own."""

from __future__ import annotations

from factcheck.claims.workflow import State

METHODOLOGY_MAX = 20_000
POLICY_MAX = 20_000
DEFINITION_MAX = 1_000
TIPS_PATH = "/tips/new"
"""The reader-tip form (issue 16); the methodology invites tips only when the app serves it."""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def default_methodology(*, approvals_needed: int, min_sources: int, tips_open: bool) -> str:
    states = "\n".join(f"- **{state.label}**: {state.in_plain_words}." for state in State)
    sources = (
        f"at least {_plural(min_sources, 'source')}" if min_sources else "the sources the fact-checker found"
    )
    editors = "an editor" if approvals_needed == 1 else f"{approvals_needed} editors"
    tips = (
        f"\n\n# Send us a claim\n\nReaders can ask us to check a claim: [send a tip]({TIPS_PATH})."
        if tips_open
        else ""
    )
    return f"""# How we choose claims

We check statements of fact that can be verified, that matter to the public and that are spread
widely. Opinions and predictions are not checked.

# How a claim moves through our work

{states}

# How we research and review

A verdict cites {sources}, each linked from the fact-check. It is read and approved by
{editors} before it is published. An editor never approves a verdict they wrote, or any part of it.

# How we correct

A correction reopens the fact-check; the published version stays visible, marked as under
correction, until the corrected version is approved and published with a note saying what changed.
Every correction is listed on [our corrections page](/corrections).{tips}
"""


DEFAULT_CORRECTIONS_POLICY = """When we get something wrong, we correct it openly. Anyone can tell us
about a possible error. A correction goes through the same review as the original verdict; the
corrected fact-check carries a note saying what changed and when, and the earlier wording stays
on record in the corrections log below. When a fact-check cannot stand at all, an editor withdraws
it: its address then says so, when and why, and the withdrawal is listed below too."""
