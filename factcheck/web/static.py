"""Static files: our own stylesheet and JS, and htmx.min.js from the pinned django-js-lib-htmx
package (read from the installed package, never copied into the repository; no CDN)."""

from __future__ import annotations

import importlib.metadata
import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING

from litestar import get
from litestar.datastructures import CacheControlHeader
from litestar.response import File
from litestar.router import Router
from litestar.static_files import create_static_files_router

from factcheck.security.auth import PUBLIC

if TYPE_CHECKING:
    from litestar.router import Router

OWN_STATIC = Path(__file__).parent / "static"
HTMX_VERSION = ".".join(importlib.metadata.version("django-js-lib-htmx").split(".")[:3])
"""The htmx release the pinned package ships (its own version adds a fourth, packaging number):
pyproject.toml is the one place it is written."""


def htmx_dir() -> Path:
    return Path(str(importlib.resources.files("js_lib_htmx") / "static" / "htmx"))


@get(
    "/favicon.ico",
    include_in_schema=False,
    opt=PUBLIC,
    cache_control=CacheControlHeader(max_age=86400, public=True),
)
async def favicon() -> File:
    """Browsers ask for /favicon.ico on pages that name no icon (the printable report): the same SVG."""
    return File(OWN_STATIC / "favicon.svg", media_type="image/svg+xml", content_disposition_type="inline")


def static_router() -> Router:
    return create_static_files_router(
        path="/static",
        directories=[OWN_STATIC, htmx_dir()],
        cache_control=CacheControlHeader(max_age=3600, public=True),
        include_in_schema=False,
        opt=PUBLIC,
    )
