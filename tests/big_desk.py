"""A desk with more active people than the app lists in a menu (issue 18), for the tests of the
assign form (``tests/claims/test_assign_big_desk.py``) and the assignee filter
(``tests/queue/test_assignee_search.py``): ``PEOPLE_LISTED`` is ``LIMIT`` here; the same code at 50
or 1,000. Each module's ``app`` and ``olga`` fixtures return ``big_desk_app`` and ``make_olga``."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from factcheck.app import create_app
from tests.builders import make_user

if TYPE_CHECKING:
    from factcheck.settings import Settings

LIMIT = 3


def big_desk_app(settings: Settings) -> Any:
    return create_app(replace(settings, people_listed=LIMIT))


def people(db, n: int, prefix: str = "Person") -> list[Any]:
    return [db.run(lambda s, i=i: make_user(s, name=f"{prefix} {i}")) for i in range(n)]


def make_olga(db) -> Any:
    return db.run(lambda s: make_user(s, name="Olga Other", email="olga@test.example"))
