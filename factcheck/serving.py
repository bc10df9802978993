"""``factcheck serve``'s work: is the port free, then one app process or several on it."""

from __future__ import annotations

import errno
import gc
import socket
from typing import TYPE_CHECKING

from factcheck.settings import ConfigError, Settings

if TYPE_CHECKING:
    from litestar import Litestar


def check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ConfigError(
                    f"port {port} on {host} is already in use; stop the other server or set PORT"
                ) from None
            raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def freeze_heap() -> None:
    """Once the served app has started, move every object alive then (the modules, the app, its
    engine: about 200,000) out of the cyclic garbage collector's reach (``gc.freeze``). Each full
    collection walked them all, stopping the server for 250-400 ms on this machine every few
    hundred requests (benchmarks/README.md, session 8); they live as long as the process anyway.
    Objects made later (requests, caches) are collected as before."""
    gc.collect()
    gc.freeze()


def served(app: Litestar) -> Litestar:
    """``app`` as a server runs it: its heap is frozen once it has started (``freeze_heap``). Not
    for tests, which build thousands of apps in one process."""
    app.on_startup.append(freeze_heap)
    return app


def run_server(settings: Settings, workers: int = 1) -> None:
    """Serve until stopped. With ``workers`` > 1, uvicorn runs that many app processes on the one
    port; each builds its app from the same environment, and they share sessions, CSRF, rate
    limits and the outbox through the database, and the secret key kept in VAR_DIR (made before
    they start), so any process can answer any request."""
    import uvicorn

    where = {"host": settings.host, "port": settings.port, "log_level": "warning"}
    if workers == 1:
        from factcheck.app import create_app

        uvicorn.run(served(create_app(settings)), **where)  # type: ignore[arg-type]
        return
    uvicorn.run("factcheck.app:app_factory", factory=True, workers=workers, **where)  # type: ignore[arg-type]
