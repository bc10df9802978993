"""The Jinja environment: templates/ at the top of the checkout, autoescape always on (but in the
board's cards, which write the values ``board_page._card`` made safe as they are and escape the
others with ``| e``: see templates/claims/board.html)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig
from markupsafe import Markup

from factcheck.settings import ROOT
from factcheck.web.markdown import render_markdown

TEMPLATES_DIR = ROOT / "templates"


def timeago(value: datetime | None, now: datetime | None = None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    seconds = int(((now or datetime.now(UTC)) - value).total_seconds())
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def field_error(errors: dict[str, str] | None, field: str) -> Markup:
    """A field's message under it, or nothing (a global, so fragments rendered alone have it)."""
    message = (errors or {}).get(field)
    if not message:
        return Markup("")
    return Markup('<p class="field-error" role="alert">{}</p>').format(message)


def make_environment(
    globals: dict[str, Any] | None = None, filters: dict[str, Any] | None = None
) -> Environment:
    """The environment, with the caller's (the app's) domain ``globals`` and ``filters`` added:
    this module knows no domain."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["timeago"] = timeago
    env.filters["markdown"] = render_markdown
    env.globals["field_error"] = field_error
    env.globals.update(globals or {})
    env.filters.update(filters or {})
    return env


def template_config(
    globals: dict[str, Any] | None = None, filters: dict[str, Any] | None = None
) -> TemplateConfig[JinjaTemplateEngine]:
    return TemplateConfig(instance=JinjaTemplateEngine.from_environment(make_environment(globals, filters)))
