"""GET /healthz: a real query, so a load balancer sees a broken database."""

from __future__ import annotations

import asyncio
import logging

from litestar import MediaType, Response, get
from litestar.datastructures import State

from factcheck.db import check_database
from factcheck.security.auth import PUBLIC

HEALTH_TIMEOUT_S = 5

log = logging.getLogger("factcheck")


@get("/healthz", media_type=MediaType.JSON, include_in_schema=False, opt=PUBLIC)
async def healthz(state: State) -> Response[dict[str, str]]:
    try:
        await asyncio.wait_for(check_database(state.engine), HEALTH_TIMEOUT_S)
    except Exception as exc:  # any failure to reach the database is "unavailable", never a 500
        log.warning("health check failed: %s", exc)
        return Response({"status": "error", "database": "unreachable"}, status_code=503)
    return Response({"status": "ok", "database": "ok"})
