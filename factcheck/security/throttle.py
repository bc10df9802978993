"""Repeated failed sign-ins from one client are refused for a while.

Counts live in a shared store (the database), so every app process sees the same count. Only
failures count: a team signing in through one office address is not slowed by its own successes.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from litestar.stores.base import Store

MAX_FAILURES = 5
WINDOW_S = 15 * 60


@dataclass(frozen=True, slots=True)
class SigninThrottle:
    store: Store
    max_failures: int = MAX_FAILURES
    window_s: int = WINDOW_S

    async def _count(self, client: str) -> int:
        raw = await self.store.get(client)
        return int(json.loads(raw)["failures"]) if raw else 0

    async def minutes_blocked(self, client: str) -> int:
        """How many more minutes this client must wait, 0 when it may try."""
        if await self._count(client) < self.max_failures:
            return 0
        seconds = await self.store.expires_in(client)
        return max(1, math.ceil((seconds or self.window_s) / 60))

    async def record_failure(self, client: str) -> None:
        failures = await self._count(client) + 1
        # The window restarts with each failure: a steady guesser stays locked out.
        await self.store.set(client, json.dumps({"failures": failures}), expires_in=self.window_s)

    async def forget(self, client: str) -> None:
        await self.store.delete(client)
