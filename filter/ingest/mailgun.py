"""Mailgun's webhooks (``POST /ingest/mailgun``), JSON form.

Verification per "Securing Webhooks"
(https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks):
the body's ``signature`` object holds ``timestamp``, ``token`` and ``signature``, the hex
HMAC-SHA256 of ``timestamp + token`` under the HTTP webhook signing key
(``ingest.mailgun.signing_key``); compared in constant time.  The timestamp must be within the
replay window and the token new within it (Mailgun's advice: cache the tokens).

``event-data`` (https://documentation.mailgun.com/docs/mailgun/user-manual/events/): ``event``
(failed, delivered, complained, unsubscribed ...), ``severity`` and ``reason`` of a failure,
``recipient``, ``id`` (the event's id), ``timestamp``, ``delivery-status`` (``code``,
``enhanced-code``, ``message``, ``description``, ``mx-host``), ``message.headers``.
"""
from __future__ import annotations

import hashlib
import hmac
from typing import Any

from filter.ingest._json import load_json, obj, text
from filter.ingest.model import Incoming, ProviderEvent, Recipient, Refused, Verified
from filter.ingest.replay import ReplayGuard, check_fresh, parse_time

__all__ = ["verify", "sign"]


def sign(key: str, timestamp: str, token: str) -> str:
    """Mailgun's signature of (timestamp, token) under ``key`` (hex)."""
    return hmac.new(key.encode("utf-8"), (timestamp + token).encode("utf-8"), hashlib.sha256).hexdigest()


def verify(req: Incoming, settings, guard: ReplayGuard) -> Verified:
    """Check one webhook request and read its event (``settings``: ``config.ingest.mailgun``)."""
    body = obj(load_json(req.body, "a Mailgun webhook (JSON)"), "the body")
    s = obj(body.get("signature"), "signature")
    stamp, token, given = text(s.get("timestamp"), 40), text(s.get("token"), 200), text(s.get("signature"), 200)
    if not (stamp and token and given):
        raise Refused(401, "no signature: signature.timestamp, .token and .signature are required")
    if not hmac.compare_digest(sign(str(settings.signing_key), stamp, token), given.lower()):
        raise Refused(401, "bad signature: it does not verify with ingest.mailgun.signing_key")
    check_fresh(parse_time(stamp, "signature.timestamp"), req.now, guard.window)
    data = obj(body.get("event-data"), "event-data")
    events, ignored = _events(data)
    guard.claim(f"mailgun:{token}", req.now)
    return Verified(tuple(events), "mailgun: webhook signature verified", f"mailgun:{token}", ignored=ignored)


def _events(d: dict[str, Any]) -> tuple[list[ProviderEvent], int]:
    from filter.ingest.mapping import MAILGUN

    name = text(d.get("event"), 60)
    if name is None:
        raise Refused(400, "event-data has no event")
    if name not in {k.split("/")[0] for k in MAILGUN}:
        return [], 1
    recipient = text(d.get("recipient"), 400)
    if recipient is None:
        raise Refused(400, f"the {name} event has no recipient")
    reason = text(d.get("reason"), 60) or ""
    etype = f"failed/{text(d.get('severity'), 20) or ''}/{reason}" if name == "failed" else name
    ds = d.get("delivery-status") if isinstance(d.get("delivery-status"), dict) else {}
    words = [text(ds.get(k), 1000) for k in ("code", "enhanced-code", "message", "description")]
    diagnostic = " ".join(w for w in words if w) or None
    headers_in = (d.get("message") or {}).get("headers") if isinstance(d.get("message"), dict) else None
    h = headers_in if isinstance(headers_in, dict) else {}
    extra: dict[str, str] = {}
    for tag in (d.get("tags") if isinstance(d.get("tags"), list) else [])[:1]:
        if isinstance(tag, str):
            extra["X-Mailgun-Tag"] = tag[:200]
    try:
        occurred = parse_time(d.get("timestamp"), "timestamp") if d.get("timestamp") is not None else None
    except Refused:
        occurred = None
    key = text(d.get("id"), 200) or hashlib.sha256(repr(sorted(d.items())).encode()).hexdigest()
    rcpt = Recipient(recipient, diagnostic, text(ds.get("enhanced-code"), 20), text(ds.get("mx-host"), 300),
                     smtp=not reason.startswith("suppress-"))
    ev = ProviderEvent("mailgun", etype, key, (rcpt,), occurred,
                       feedback_type="abuse" if name == "complained" else None,
                       message_id=text(h.get("message-id"), 500), subject=text(h.get("subject"), 500),
                       from_=text(h.get("from"), 500), to=text(h.get("to"), 1000), headers=extra)
    return [ev], 0
