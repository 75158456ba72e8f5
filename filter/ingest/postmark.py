"""Postmark's webhooks (``POST /ingest/postmark``): bounce, spam complaint, delivery.

Postmark does not sign its webhooks; its documentation ("Protecting your webhook",
https://postmarkapp.com/developer/webhooks/webhooks-overview) gives HTTP basic authentication in
the webhook URL (``https://USER:PASSWORD@host/ingest/postmark``) and a check of the source
address against the IPs it sends from (https://postmarkapp.com/support/article/800-ips-for-firewalls).
Both are required here: the peer's address must be in ``ingest.postmark.sources`` (403) and the
credentials must match ``username``/``password`` (401, compared in constant time).  With no signed
timestamp there is no replay window; the events' ids (the bounce ``ID``) make a repeat the same
event.  The peer is the one uvicorn reports: behind a reverse proxy on this host, the address the
proxy puts in ``X-Forwarded-For`` (believed from 127.0.0.1 and ::1 only); behind a proxy on
another host, the proxy (``sources`` must then name it, and the proxy restrict the source).

Payloads: https://postmarkapp.com/developer/webhooks/bounce-webhook (``RecordType`` Bounce, with
``Type``, ``ID``, ``Email``, ``Details``, ``BouncedAt``, ``MessageID``), spam complaint (same
fields, ``RecordType`` SpamComplaint), delivery (``Recipient``, ``DeliveredAt``, ``Details``).
"""
from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
from typing import Any

from filter.ingest._json import load_json, obj, text
from filter.ingest.model import Incoming, ProviderEvent, Recipient, Refused, Verified
from filter.ingest.replay import parse_time

__all__ = ["verify"]


def _credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header[:6].lower() == "basic ":
        return None
    try:
        user, sep, password = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    return (user, password) if sep else None


def verify(req: Incoming, settings) -> Verified:
    """Check one webhook request and read its event (``settings``: ``config.ingest.postmark``)."""
    try:
        peer = ipaddress.ip_address((req.client or "").split("%")[0])
    except ValueError:
        peer = None
    if isinstance(peer, ipaddress.IPv6Address) and peer.ipv4_mapped is not None:
        peer = peer.ipv4_mapped  # a dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d
    if peer is None or not any(peer in ipaddress.ip_network(n) for n in settings.sources):
        raise Refused(403, f"{req.client} is not one of Postmark's addresses (ingest.postmark.sources)")
    creds = _credentials(req.headers.get("authorization"))
    ok_user = creds is not None and hmac.compare_digest(creds[0].encode(), str(settings.username).encode())
    ok_password = creds is not None and hmac.compare_digest(creds[1].encode(), str(settings.password).encode())
    if not (ok_user and ok_password):
        raise Refused(401, "bad credentials: the webhook URL must carry ingest.postmark's username and password")
    data = obj(load_json(req.body, "a Postmark webhook (JSON)"), "the body")
    events, ignored = _events(data)
    return Verified(tuple(events), f"postmark: basic auth and source {req.client}", None, ignored=ignored)


def _events(d: dict[str, Any]) -> tuple[list[ProviderEvent], int]:
    from filter.ingest.mapping import POSTMARK

    record = text(d.get("RecordType"), 40)
    if record is None:
        raise Refused(400, "the webhook has no RecordType")
    if record not in {k.split("/")[0] for k in POSTMARK}:
        return [], 1
    meta = d.get("Metadata") if isinstance(d.get("Metadata"), dict) else {}
    headers = {f"X-PM-Metadata-{k[:40]}": str(v)[:200] for k, v in list(meta.items())[:10] if isinstance(k, str)}
    if text(d.get("Tag"), 200):
        headers["X-PM-Tag"] = text(d.get("Tag"), 200)  # type: ignore[assignment]
    if record == "Delivery":
        address, when, etype = text(d.get("Recipient"), 400), d.get("DeliveredAt"), "Delivery"
        key = f"{text(d.get('MessageID'), 200)}:{address}"
    else:
        address, when = text(d.get("Email"), 400), d.get("BouncedAt")
        etype = f"Bounce/{text(d.get('Type'), 60) or ''}" if record == "Bounce" else record
        key = text(d.get("ID"), 100) or f"{text(d.get('MessageID'), 200)}:{address}"
    if address is None:
        raise Refused(400, f"the {record} webhook names no recipient")
    try:
        occurred = parse_time(when, "BouncedAt") if when is not None else None
    except Refused:
        occurred = None
    details = text(d.get("Details"))  # the server's answer; Description is Postmark's generic text
    rcpt = Recipient(address, details) if details else Recipient(address, text(d.get("Description")), smtp=False)
    ev = ProviderEvent("postmark", etype, key, (rcpt,), occurred,
                       feedback_type="abuse" if record == "SpamComplaint" else None,
                       message_id=text(d.get("MessageID"), 500), subject=text(d.get("Subject"), 500),
                       from_=text(d.get("From"), 500), headers=headers)
    return [ev], 0
