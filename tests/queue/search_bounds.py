"""Small search bounds for the tests of bounded searches (``test_search_ranked.py``,
``test_search_periods.py``): a window of 2 best matches, 3 ranked on SQLite; the same statements
at any size. Their fixtures are imported by the test modules that use them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import pytest

from factcheck.app import create_app

if TYPE_CHECKING:
    from factcheck.settings import Settings

WINDOW = 2
RANKED = 3
BEST = "Ceasefire, ceasefire, ceasefire: the word of the week"
ALL = f"Showing the best {WINDOW} matches; refine the search."


@pytest.fixture
def ranked() -> int:
    return RANKED


@pytest.fixture
def app(settings: Settings, ranked: int) -> Any:
    return create_app(replace(settings, search_window=WINDOW, search_ranked=ranked))


def view(client, path: str = "/claims", **params: str) -> str:
    response = client.get(f"{path}?{urlencode(params)}")
    assert response.status_code == 200, response.text[-400:]
    return response.text
