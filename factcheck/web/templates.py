"""The Jinja environment: templates/ at the top of the checkout, autoescape always on."""

from __future__ import annotations

from datetime import UTC, datetime

from jinja2 import Environment, FileSystemLoader, select_autoescape
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig
from markupsafe import Markup

from factcheck.accounts.roles import Role, can
from factcheck.claims.workflow import State
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


def state_label(value: str) -> str:
    return State(value).label


def field_error(errors: dict[str, str] | None, field: str) -> Markup:
    """A field's message under it, or nothing (a global, so fragments rendered alone have it)."""
    message = (errors or {}).get(field)
    if not message:
        return Markup("")
    return Markup('<p class="field-error" role="alert">{}</p>').format(message)


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["timeago"] = timeago
    env.filters["state_label"] = state_label
    env.filters["markdown"] = render_markdown
    env.globals["field_error"] = field_error
    env.globals["STATES"] = list(State)
    env.globals["ROLES"] = list(Role)
    env.globals["can"] = lambda user, permission: user is not None and can(user.role, permission)
    return env


def template_config() -> TemplateConfig[JinjaTemplateEngine]:
    return TemplateConfig(instance=JinjaTemplateEngine.from_environment(make_environment()))
