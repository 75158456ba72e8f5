"""SendGrid's Event Webhook (``POST /ingest/sendgrid``), with its Signed Event Webhook.

Verification per "Event Webhook Security Features"
(https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features):
SendGrid signs ``timestamp + payload`` (the value of ``X-Twilio-Email-Event-Webhook-Timestamp``
followed by the raw request body, byte for byte) with ECDSA P-256 / SHA-256, and sends the DER
signature in base64 in ``X-Twilio-Email-Event-Webhook-Signature``; ``ingest.sendgrid.public_key``
is the verification key it shows (base64 of the DER SubjectPublicKeyInfo).  The timestamp must be
within the replay window and the signature new within it.

The body is a JSON array of events (https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event):
``event``, ``email``, ``timestamp``, ``sg_event_id`` (the event's id), ``reason`` / ``response``
(the server's answer), ``status``, ``type`` (bounce or blocked), ``bounce_classification``.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
from typing import Any

from filter.ingest._json import load_json, text
from filter.ingest.model import Incoming, ProviderEvent, Recipient, Refused, Verified
from filter.ingest.replay import ReplayGuard, check_fresh, parse_time

__all__ = ["verify", "SIGNATURE", "TIMESTAMP"]

log = logging.getLogger("bouncefilter.ingest")

SIGNATURE = "x-twilio-email-event-webhook-signature"
TIMESTAMP = "x-twilio-email-event-webhook-timestamp"
_KEYS: dict[str, Any] = {}


def _public_key(b64: str):
    key = _KEYS.get(b64)
    if key is None:
        from cryptography.hazmat.primitives.serialization import load_der_public_key

        key = _KEYS[b64] = load_der_public_key(base64.b64decode(b64))  # checked when the config was loaded
    return key


def verify(req: Incoming, settings, guard: ReplayGuard) -> Verified:
    """Check one Event Webhook request and read its events (``settings``: ``config.ingest.sendgrid``)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    sig, stamp = req.headers.get(SIGNATURE), req.headers.get(TIMESTAMP)
    if not sig or not stamp:
        raise Refused(401, "no signature: SendGrid's Signed Event Webhook must be on "
                           f"({SIGNATURE} and {TIMESTAMP} headers)")
    try:
        signature = base64.b64decode(sig, validate=True)
    except (binascii.Error, ValueError):
        raise Refused(401, f"{SIGNATURE} is not base64") from None
    try:
        _public_key(settings.public_key).verify(signature, stamp.encode("utf-8") + req.body,
                                                ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise Refused(401, "bad signature: the request does not verify with ingest.sendgrid.public_key") from None
    check_fresh(parse_time(stamp, TIMESTAMP), req.now, guard.window)
    data = load_json(req.body, "a JSON array of events")
    if not isinstance(data, list):
        raise Refused(400, "the body is not a JSON array of events")
    events, ignored, malformed = [], 0, 0
    for i, e in enumerate(data):
        ev = _event(e) if isinstance(e, dict) else None
        if ev is None:
            if isinstance(e, dict) and isinstance(e.get("event"), str) and e.get("email") is None:
                ignored += 1  # an event without a recipient (none of those this project records)
                continue
            malformed += 1
            log.warning("sendgrid: event %d of %d has no event or email: skipped", i + 1, len(data))
            continue
        if ev == "ignored":
            ignored += 1
        else:
            events.append(ev)
    if malformed and not events and not ignored:
        raise Refused(400, "no event in the body has an event name and an email")
    guard.claim(f"sendgrid:{sig}", req.now)
    return Verified(tuple(events), "sendgrid: signed event webhook verified", f"sendgrid:{sig}",
                    ignored=ignored + malformed)


def _event(e: dict[str, Any]) -> "ProviderEvent | str | None":
    from filter.ingest.mapping import SENDGRID

    name, email = text(e.get("event"), 60), text(e.get("email"), 400)
    if name is None or email is None:
        return None
    if name == "bounce":
        etype = f"bounce/{text(e.get('type'), 20) or 'bounce'}/{text(e.get('bounce_classification'), 60) or ''}"
    elif name == "dropped":
        etype = f"dropped/{text(e.get('reason'), 100) or ''}"
    else:
        etype = name
    if name not in {k.split("/")[0] for k in SENDGRID}:
        return "ignored"
    diagnostic = text(e.get("reason")) if name == "bounce" else text(e.get("response")) \
        if name in ("deferred", "delivered") else text(e.get("reason"))
    key = text(e.get("sg_event_id"), 200) or hashlib.sha256(
        json.dumps(e, sort_keys=True, default=str).encode()).hexdigest()
    try:
        occurred = parse_time(e.get("timestamp"), "timestamp") if e.get("timestamp") is not None else None
    except Refused:
        occurred = None
    headers = {"X-SendGrid-Message-Id": v for v in [text(e.get("sg_message_id"), 200)] if v}
    for cat in (e.get("category") if isinstance(e.get("category"), list) else [e.get("category")])[:1]:
        if isinstance(cat, str):
            headers["X-SendGrid-Category"] = cat[:200]
    rcpt = Recipient(email, diagnostic, text(e.get("status"), 20) if name in ("bounce", "deferred") else None,
                     text(e.get("mx"), 300), smtp=name != "dropped")
    return ProviderEvent("sendgrid", etype, key, (rcpt,), occurred, message_id=text(e.get("smtp-id"), 500),
                         headers=headers)
