"""The API's test bed: tokens for the cast, and requests as a script sends them (no cookies)."""

from __future__ import annotations

from typing import Any

import pytest

from tests import builders


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def checker_token(db: Any, checker: Any) -> dict[str, str]:
    return bearer(db.run(lambda s: builders.make_token(s, checker)))


@pytest.fixture
def editor_token(db: Any, editor: Any) -> dict[str, str]:
    return bearer(db.run(lambda s: builders.make_token(s, editor)))


@pytest.fixture
def scale(db: Any) -> Any:
    from factcheck.verdicts.service import VerdictService

    return db.run(lambda s: VerdictService(session=s).ensure_scale())
