"""No NUL in the API's text (issue 12): PostgreSQL cannot store one, so a JSON body carrying
``\\u0000`` in any string is refused here, named by its field, before a service or the database
sees it (found by the schemathesis test: a 500 on PostgreSQL, stored on SQLite)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

from factcheck.errors import Invalid

if TYPE_CHECKING:
    from litestar import Request

NUL_MESSAGE = "Remove the NUL character (\\u0000): text cannot hold one."


def _fields_with_nul(value: Any, name: str = "body") -> dict[str, str]:
    if isinstance(value, str):
        return {name: NUL_MESSAGE} if "\x00" in value else {}
    found: dict[str, str] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            found |= _fields_with_nul(item, str(key))
    elif isinstance(value, list):
        for item in value:
            found |= _fields_with_nul(item, name)
    return found


async def refuse_nul_in_json(request: Request[Any, Any, Any]) -> None:
    if request.method in ("GET", "HEAD", "OPTIONS", "DELETE"):
        return
    body = await request.body()
    if b"\\u0000" not in body.lower():
        return
    try:
        data = msgspec.json.decode(body)
    except msgspec.DecodeError:
        return  # malformed JSON: the handler's own decoding answers 400
    found = _fields_with_nul(data)
    if found:
        raise Invalid("Text cannot hold a NUL character.", found)
