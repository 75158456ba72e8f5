"""Reading a provider's JSON body: clear 400s instead of exceptions (one helper for all four)."""
from __future__ import annotations

import json
from typing import Any

from filter.ingest.model import Refused

__all__ = ["load_json", "text", "obj"]


def load_json(body: bytes, what: str) -> Any:
    """The decoded body; Refused(400) when it is not UTF-8 JSON."""
    if not body.strip():
        raise Refused(400, f"empty body: expected {what}")
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise Refused(400, f"the body is not JSON ({what} expected): {str(e)[:120]}") from None


def obj(value: Any, what: str) -> dict[str, Any]:
    """``value`` when it is a JSON object; Refused(400) otherwise."""
    if not isinstance(value, dict):
        raise Refused(400, f"{what} is not a JSON object")
    return value


def text(value: Any, limit: int = 2000) -> str | None:
    """A field as a string (numbers too), cut to ``limit``; None when missing or not scalar."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return value[:limit] if value.strip() else None
    return None
