"""The claim page's timeline reads as sentences, not action names (issue #15)."""

from __future__ import annotations

import re

from sqlalchemy import select

from factcheck.articles.service import ArticleDraft, ArticleService
from factcheck.claims.models import Claim
from factcheck.claims.workflow import Action, State
from tests.builders import DW_ARTICLE, actor_of, make_claim
from tests.conftest import post


def _timeline(html: str) -> list[str]:
    section = html[html.index('id="timeline"') : html.index('id="comment-form"')]
    entries = re.findall(r'<li class="entry event">(.*?)</li>', section, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", e).split()) for e in entries]


def test_transitions_and_assignments_read_as_sentences(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker))
    for action in (Action.ACCEPT, Action.START):
        version = db.scalar(select(Claim.version).where(Claim.id == claim.id))
        post(as_checker, f"/claims/{claim.id}/actions/{action.value}", {"version": str(version)})
    version = db.scalar(select(Claim.version).where(Claim.id == claim.id))
    post(as_checker, f"/claims/{claim.id}/assignee", {"version": str(version), "assignee": str(editor.id)})
    lines = _timeline(as_checker.get(f"/claims/{claim.id}").text)
    name = checker.display_name
    assert any(line.endswith(f"{name} created the claim → Candidate") for line in lines), lines
    assert any(f"{name} accepted the claim Candidate → Queued" in line for line in lines), lines
    assert any(f"{name} started research Queued → Researching" in line for line in lines), lines
    assert any(line.endswith(f"{name} assigned it to {editor.display_name}") for line in lines), lines
    assert not any(re.search(r"\b(accept|start|assign)\b", line) for line in lines), lines


def test_a_claim_the_extractor_found_says_so(as_checker, db, checker) -> None:
    body = DW_ARTICLE.read_text(encoding="utf-8")
    draft = ArticleDraft(title="Kerry on Syria", body=body)
    result = db.run(lambda s: ArticleService(session=s).import_with_candidates(draft, actor_of(checker)))
    claim_id = db.scalar(select(Claim.id).where(Claim.article_id == result.article.id).limit(1))
    lines = _timeline(as_checker.get(f"/claims/{claim_id}").text)
    assert lines[0].endswith(f"Found in the article, imported by {checker.display_name} → Candidate"), lines
