"""``OPTIONS`` answers with every method of the path (issue 12, schemathesis ST205).

Litestar makes a path's OPTIONS handler when the path's first method is registered, bound to that
first route; when more methods join the path later (``GET /api/v1/claims`` after ``POST``), the
handler is carried over and its ``Allow`` still lists only the first. Once the app is built, each
OPTIONS handler is pointed at the route it now belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.routes import HTTPRoute

if TYPE_CHECKING:
    from litestar import Litestar


def bind_options_to_final_routes(app: Litestar) -> None:
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            fn = handler.fn
            if getattr(fn, "__name__", "") != "options_handler" or not fn.__closure__:
                continue
            cells = dict(zip(fn.__code__.co_freevars, fn.__closure__, strict=True))
            if "self" in cells and isinstance(cells["self"].cell_contents, HTTPRoute):
                cells["self"].cell_contents = route
