"""Rules: an ordered list of ``match -> action names``, evaluated against an event's payload.

Every rule whose ``match`` holds contributes its actions, in order, without duplicates, until a
rule with ``stop: true`` matches (Sieve's ``stop``, RFC 5228 section 3.3).  Within a match all keys
must hold (AND) and a list value holds when any item does (OR).  Rules see the payload the
webhook receives (``docs/config.md``), never the mail: an action never parses mail, and neither
does a rule.

``untrusted`` events (bounces without the evidence ``trust.require`` asks for, ``filter/trust/assess.py``)
reach only the rules that name them, by ``event: untrusted`` or a ``trust:`` level: a rule written
for real bounces (``{class: hard}``) never hears of a forged one.

The defaults a user gets with no ``rules:`` written are :data:`filter.config.DEFAULT_RULES`.
"""
from __future__ import annotations

from fnmatch import fnmatchcase

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (filter/core/detectors/base.py)
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, Iterable

    from filter.config import Match, Rule

__all__ = ["matches", "evaluate"]


def _header(original: dict, name: str) -> str | None:
    headers = original.get("headers") or {}
    for k, v in headers.items():
        if k.lower() == name:
            return v
    fallback = {"message-id": "message_id", "subject": "subject", "from": "from", "to": "to"}.get(name)
    return original.get(fallback) if fallback else None


def matches(match: "Match", event: dict[str, Any]) -> bool:
    """Whether one rule's ``match`` holds for one event payload."""
    rcpt = event.get("recipient") or {}
    if match.event:
        if event.get("event") not in match.event:
            return False
    elif event.get("event") == "untrusted" and not match.trust:
        # a forged bounce must not reach a rule written for real ones (`{class: hard}` -> app):
        # untrusted events go only to rules that ask for them, by event or by trust level
        return False
    if match.kind and event.get("kind") not in match.kind:
        return False
    if match.class_ and rcpt.get("class") not in match.class_:
        return False
    if match.reason and rcpt.get("reason") not in match.reason:
        return False
    if match.permanent is not None and rcpt.get("permanent") is not match.permanent:
        return False
    if match.status:
        # RFC 3463: class.subject.detail; a prefix "5.1" matches 5.1.x, never 5.10.x
        status = rcpt.get("status") or ""
        if not any(status == p or status.startswith(p.rstrip(".") + ".") for p in match.status):
            return False
    if match.reply_code:
        code = str(rcpt.get("reply_code") or "")
        if not any(code.startswith(p) for p in match.reply_code):
            return False
    address = (rcpt.get("address") or "").lower()
    if match.address and not (address and any(fnmatchcase(address, p) for p in match.address)):
        return False
    if match.domain:
        domain = address.rpartition("@")[2]
        if not (domain and any(fnmatchcase(domain, p) for p in match.domain)):
            return False
    if match.source and event.get("source") not in match.source:
        return False
    if match.trust and (event.get("trust") or {}).get("level") not in match.trust:
        return False
    if match.headers:
        original = event.get("original") or {}
        for name, patterns in match.headers:
            value = _header(original, name)
            if value is None or not any(fnmatchcase(value.lower(), p.lower()) for p in patterns):
                return False
    return True


def evaluate(rules: "Iterable[Rule]", event: dict[str, Any]) -> list[str]:
    """The action names for one event: every matching rule's, in order, each name once."""
    names: list[str] = []
    for rule in rules:
        if matches(rule.match, event):
            for n in rule.actions:
                if n not in names:
                    names.append(n)
            if rule.stop:
                break
    return names
