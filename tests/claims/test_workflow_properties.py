"""The review workflow's invariants under random use.

A hypothesis state machine drives one claim per example through the real services on the real
database (SQLite and PostgreSQL): random actions by random members of a small newsroom (two
fact-checkers, two editors, an admin), sources, verdict drafts and assignments, with the
organisation needing one or two approvals. After every step it reads the claim back and checks
the rules DESIGN.md states for "The review workflow":

- a published claim has a published current revision approved by enough editors, none its author;
- nobody's approval (or request for changes) of their own revision exists;
- every state change has exactly one Event, and the claim's state is the last Event's;
- approvals count only for the current revision: a new revision starts with none;
- a claim being researched always has an assignee;
- a refused step (NotAllowed, WrongState, Invalid, StaleEdit) changes nothing at all.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any
from uuid import UUID, uuid4

from hypothesis import HealthCheck, Phase, currently_in_test_context, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from factcheck.accounts.roles import EDITORS, Role
from factcheck.accounts.service import OrganisationService
from factcheck.claims.service import ClaimService
from factcheck.claims.work import ClaimWork
from factcheck.claims.workflow import Action, State, transitions_from
from factcheck.errors import Invalid, NotAllowed, StaleEdit, WrongState
from factcheck.evidence.service import EvidenceService
from factcheck.seeding import PATH_TO
from factcheck.verdicts.service import DEFAULT_SCALE, VerdictService
from tests.builders import actor_of, make_claim, make_user
from tests.claims.workflow_snapshot import Snapshot, read_back

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User

REFUSALS = (NotAllowed, WrongState, Invalid, StaleEdit)
RATINGS = [label for label, _ in DEFAULT_SCALE]
POOL = (Role.FACT_CHECKER, Role.FACT_CHECKER, Role.EDITOR, Role.EDITOR, Role.ADMIN)

whom = st.integers(min_value=0, max_value=len(POOL) - 1)
comments = st.sampled_from(["", "   ", "Needs a second, independent source.", "<b>Why</b> & how?"])
versions = st.sampled_from(["current", "stale", "none"])
summaries = st.sampled_from(
    ["Rights groups documented unguided bombs.", "Unguided bombs hit Aleppo.", "", "Two\nlines", "x" * 301]
)

PROPERTY_SETTINGS = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # Shrinking replays whole runs against the database; "explain" would replay them many times more.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
)


_runs = itertools.count(1)


class ClaimLife(RuleBasedStateMachine):
    """One claim, one newsroom, random steps; the database is the only source of truth."""

    def __init__(self, db: Any) -> None:
        super().__init__()
        self.db = db
        self.run = f"{next(_runs)}-{uuid4().hex[:8]}"
        self.users: list[User] = []
        self.claim_id: UUID | None = None
        self.approvals_needed = 1
        self.transitions = 0
        """State changes seen in the claim row itself, to hold the Events against."""
        self.snap: Snapshot | None = None
        self.savers: dict[UUID, set[UUID]] = {}
        """Who saved each verdict revision, as this machine saw its saves succeed."""

    # -- set-up: the newsroom, the quorum and a claim, walked to a random starting state --

    @initialize(approvals_needed=st.sampled_from([1, 2]), start=st.sampled_from(list(State)), author=whom)
    def newsroom(self, approvals_needed: int, start: State, author: int = 0) -> None:
        """Five people, the quorum, and a claim that ``author`` (of any role) walked to ``start``."""
        if approvals_needed > 1 and start in (State.APPROVED, State.PUBLISHED):
            start = State.IN_REVIEW  # the builder approves once; a claim past review needs more here
        self.approvals_needed = approvals_needed
        approver = next(i for i, role in enumerate(POOL) if role in EDITORS and i != author)

        async def set_up(session: AsyncSession) -> tuple[list[User], UUID, Snapshot]:
            await OrganisationService(session=session).save(
                {
                    "name": "Property desk",
                    "approvals_needed": str(approvals_needed),
                    "min_sources": "1",
                    "extractor_threshold": "0.5",
                }
            )
            users = [
                await make_user(session, role=role.value, email=f"{role.value}{i}-{self.run}@test.example")
                for i, role in enumerate(POOL)
            ]
            claim = await make_claim(
                session,
                state=start.value,
                text=f"Russia is using dumb bombs in Syria ({self.run})",
                by=users[author],
                editor=users[approver],
            )
            return users, claim.id, await read_back(session, claim.id)

        self.users, self.claim_id, self.snap = self.db.run(set_up)
        self.savers = {v.id: {v.author_id} for v in self.snap.verdicts if v.author_id is not None}
        self.transitions = len(PATH_TO[start])
        assert self.snap.state == start.value

    # -- the steps --

    @rule(action=st.sampled_from(list(Action)), who=whom, comment=comments, version=versions, assignee=whom)
    def any_action(self, action: Action, who: int, comment: str, version: str, assignee: int) -> None:
        """Any action at all, most of them refused: the refusals must leave no trace."""
        self._apply(action, who, comment, version, assignee)

    @rule(data=st.data(), who=whom, comment=comments, assignee=whom)
    def an_action_this_state_offers(self, data: st.DataObject, who: int, comment: str, assignee: int) -> None:
        """An action the table lists for the claim's state, so that runs get deep into the workflow."""
        assert self.snap is not None
        # The primary action (the one that moves the claim on) three times as often as the others.
        offered = [
            t.action for t in transitions_from(State(self.snap.state)) for _ in range(1 + 2 * t.primary)
        ]
        action = data.draw(st.sampled_from(offered), label="action")
        self._apply(action, who, comment or "Say why.", "current", assignee)

    @rule(who=whom, n=st.integers(min_value=0, max_value=3), stance=st.sampled_from(["supports", "refutes"]))
    def add_a_source(self, who: int, n: int, stance: str) -> None:
        """Sources come and go with any state; the same URL twice is refused."""
        url = f"https://example.org/{self.run}/report-{n}"

        async def add(session: AsyncSession) -> Any:
            return await EvidenceService(session=session).add_evidence(
                self._claim,
                self._actor(who),
                stance=stance,
                excerpt="Unguided bombs.",
                url=url,
                title="A report",
            )

        self._step(add)

    @rule(who=whom, rating=st.sampled_from([None, *RATINGS]), summary=summaries, version=versions)
    def save_a_verdict_draft(self, who: int, rating: str | None, summary: str, version: str) -> None:
        def draft_version(snap: Snapshot) -> int | None:
            latest = snap.latest
            current = latest.version if latest is not None and latest.submitted_at is None else 0
            return {"current": current, "stale": current + 1, "none": None}[version]

        async def save(session: AsyncSession, snap: Snapshot) -> Any:
            return await VerdictService(session=session).save_draft(
                claim_id=self._claim,
                author_id=self._actor(who).id,
                rating_label=rating,
                summary=summary,
                rationale=f"Amnesty documented **unguided** bombs ({self.run}).",
                version=draft_version(snap),
            )

        _, after, refused = self._step(save, with_snapshot=True)
        if refused is None and after.latest is not None:
            self.savers.setdefault(after.latest.id, set()).add(self.users[who].id)

    @rule(who=whom, assignee=st.one_of(st.none(), whom), version=st.sampled_from(["current", "stale"]))
    def assign(self, who: int, assignee: int | None, version: str) -> None:
        async def assign(session: AsyncSession, snap: Snapshot) -> Any:
            return await ClaimWork(session).assign(
                self._claim,
                self._actor(who),
                None if assignee is None else self.users[assignee].id,
                version=snap.version if version == "current" else snap.version - 1,
            )

        self._step(assign, with_snapshot=True)

    # -- the invariants, on what was read back after the last step --

    @invariant()
    def the_claim_carries_its_latest_revisions_rating(self) -> None:
        snap = self._snap
        assert snap.latest_rating_id == (snap.latest.rating_id if snap.latest else None)

    @invariant()
    def the_kept_counts_per_state_are_the_real_ones(self) -> None:
        snap = self._snap
        assert snap.kept_counts == snap.counted

    @invariant()
    def the_state_is_the_last_events_to_state(self) -> None:
        snap = self._snap
        with_state = [e for e in snap.events if e.to_state is not None]
        assert with_state, "a claim's creation is its first Event"
        assert snap.state == with_state[-1].to_state, (snap.state, with_state[-1])

    @invariant()
    def every_state_change_has_exactly_one_event(self) -> None:
        changes = [e for e in self._snap.events if e.from_state is not None and e.from_state != e.to_state]
        assert len(changes) == self.transitions, (changes, self.transitions)

    @invariant()
    def a_researching_claim_has_an_assignee(self) -> None:
        if self._snap.state == State.RESEARCHING.value:
            assert self._snap.assignee_id is not None, "researching with nobody on it"

    @invariant()
    def nobody_reviews_their_own_revision(self) -> None:
        snap = self._snap
        verdicts = {v.id: v for v in snap.verdicts}
        for approval in snap.approvals:
            verdict = verdicts[approval.verdict_id]
            assert approval.editor_id != verdict.author_id, ("own revision", approval, verdict)
            # Nor one they saved at some point, before someone else saved it after them.
            assert approval.editor_id not in self.savers.get(verdict.id, set()), ("co-written", approval)
            assert self._role(approval.editor_id) in EDITORS, ("not an editor", approval)
            assert verdict.submitted_at is not None, ("a draft was reviewed", approval, verdict)

    @invariant()
    def approvals_count_only_for_the_current_revision(self) -> None:
        snap = self._snap
        for verdict in snap.verdicts[:-1]:
            assert verdict.submitted_at is not None, ("only the latest revision may be a draft", verdict)
        latest = snap.latest
        if latest is None:
            return
        approvers = snap.approvers_of(latest)
        if latest.submitted_at is None:
            assert not [a for a in snap.approvals if a.verdict_id == latest.id], "a new revision starts at 0"
        state = State(snap.state)
        if state is State.IN_REVIEW:
            assert latest.submitted_at is not None and latest.published_at is None
            assert len(approvers) < self.approvals_needed, ("quorum reached but still in review", approvers)
        if state in (State.APPROVED, State.PUBLISHED):
            assert latest.submitted_at is not None
            assert len(approvers) >= self.approvals_needed, (state, approvers, self.approvals_needed)

    @invariant()
    def a_published_claim_shows_an_approved_published_revision(self) -> None:
        snap = self._snap
        for verdict in snap.verdicts:
            if verdict.published_at is not None:
                assert verdict.submitted_at is not None, ("published without being submitted", verdict)
        if snap.state != State.PUBLISHED.value:
            return
        latest = snap.latest
        assert latest is not None and latest.published_at is not None, ("published, no revision", latest)
        approvers = snap.approvers_of(latest)
        assert latest.author_id not in approvers
        assert all(self._role(editor) in EDITORS for editor in approvers)
        assert len(approvers) >= self.approvals_needed, (approvers, self.approvals_needed)

    # -- helpers --

    @property
    def _claim(self) -> UUID:
        assert self.claim_id is not None
        return self.claim_id

    @property
    def _snap(self) -> Snapshot:
        assert self.snap is not None
        return self.snap

    def _actor(self, who: int) -> Any:
        return actor_of(self.users[who])

    def _role(self, user_id: UUID) -> Role:
        return next(Role(u.role) for u in self.users if u.id == user_id)

    @staticmethod
    def _claim_version(snap: Snapshot, version: str) -> int | None:
        return {"current": snap.version, "stale": snap.version - 1, "none": None}[version]

    def _apply(self, action: Action, who: int, comment: str, version: str, assignee: int) -> None:
        async def apply(session: AsyncSession, snap: Snapshot) -> Any:
            return await ClaimService(session=session).apply(
                self._claim,
                action,
                self._actor(who),
                comment=comment,
                version=self._claim_version(snap, version),
                assignee_id=self.users[assignee].id,
            )

        before, after, refused = self._step(apply, with_snapshot=True)
        new_revision = (
            refused is None
            and after.latest is not None
            and before.latest is not None
            and after.latest.id != before.latest.id
        )
        if new_revision:
            # A copy of the one sent back keeps its writers; a correction is written (its note) by
            # whoever reopened.
            assert after.latest is not None and before.latest is not None
            writers = (
                {self.users[who].id} if action is Action.REOPEN else self.savers.get(before.latest.id, set())
            )
            self.savers[after.latest.id] = set(writers)
        if refused is None:
            new = after.events[len(before.events) :]
            assert [(e.action, e.from_state, e.to_state) for e in new] == [
                (action.value, before.state, after.state)
            ], new

    def _step(self, do: Any, *, with_snapshot: bool = False) -> tuple[Snapshot, Snapshot, Exception | None]:
        """Runs one service call and reads the claim back; a refusal must change nothing.

        Nobody else writes to this claim, so what was read after the last step is how it stands."""
        before = self._snap

        async def step(session: AsyncSession) -> tuple[Snapshot, Exception | None]:
            refused: Exception | None = None
            try:
                await (do(session, before) if with_snapshot else do(session))
            except REFUSALS as exc:
                refused = exc
                await session.rollback()
            return await read_back(session, self._claim), refused

        after, refused = self.db.run(step)
        if refused is not None:
            assert after == before, f"{type(refused).__name__} ({refused}) left a trace"
        if after.state != before.state:
            self.transitions += 1
        if currently_in_test_context():  # for --hypothesis-show-statistics
            event(f"refused: {type(refused).__name__}" if refused else f"{before.state} -> {after.state}")
        self.snap = after
        return before, after, refused


def test_the_workflow_keeps_its_invariants_under_random_use(db) -> None:
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    run_state_machine_as_test(lambda: ClaimLife(db), settings=PROPERTY_SETTINGS)


def _check_invariants(machine: ClaimLife) -> None:
    machine.the_state_is_the_last_events_to_state()
    machine.every_state_change_has_exactly_one_event()
    machine.a_researching_claim_has_an_assignee()
    machine.nobody_reviews_their_own_revision()
    machine.approvals_count_only_for_the_current_revision()
    machine.a_published_claim_shows_an_approved_published_revision()


def test_a_claim_sent_back_after_nobody_was_put_on_it_still_has_an_assignee(db) -> None:
    """Found by the machine above: unassigning is allowed outside research, and reopening (or
    requesting changes) then puts the claim back into research with nobody on it."""
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    machine = ClaimLife(db)
    machine.newsroom(approvals_needed=1, start=State.PUBLISHED)
    machine.assign(who=0, assignee=None, version="current")
    machine.any_action(Action.REOPEN, who=2, comment="Wrong date.", version="current", assignee=0)
    _check_invariants(machine)


def test_an_editor_who_approved_may_then_request_changes_without_a_crash(db) -> None:
    """With two approvals needed, an editor approves and then changes their mind on the same revision:
    the request is either recorded or refused with a reason, never a database error. (Too deep for
    25 random runs to hit often, so it is spelt out here.)"""
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    machine = ClaimLife(db)
    machine.newsroom(approvals_needed=2, start=State.IN_REVIEW)
    machine.any_action(Action.APPROVE, who=2, comment="", version="current", assignee=0)
    machine.any_action(
        Action.REQUEST_CHANGES, who=2, comment="On second thoughts.", version="current", assignee=0
    )
    _check_invariants(machine)
