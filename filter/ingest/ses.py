"""Amazon SES notifications through Amazon SNS (``POST /ingest/ses``).

Verification follows "Verifying the signatures of Amazon SNS messages"
(https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html):

1. the topic must be one of ``ingest.ses.topics`` (403 otherwise: nothing is fetched for it);
2. ``SigningCertURL`` must be ``https://`` on a host matching ``ingest.ses.cert_host_pattern``
   (Amazon SNS's own, ``sns.<region>.amazonaws.com``); the certificate is fetched with TLS
   verified, without following redirects, and cached until it expires;
3. the string to sign is built from the message's fields in the documented order (Notification:
   Message, MessageId, Subject if present, Timestamp, TopicArn, Type; SubscriptionConfirmation
   and UnsubscribeConfirmation: Message, MessageId, SubscribeURL, Timestamp, Token, TopicArn,
   Type), each as ``name\\nvalue\\n``;
4. ``Signature`` (base64) must verify with the certificate's RSA key: SHA1withRSA for
   ``SignatureVersion`` 1, SHA256withRSA for 2;
5. ``Timestamp`` must be within the replay window and the ``MessageId`` new within it.

A ``SubscriptionConfirmation`` is answered by fetching its ``SubscribeURL`` under the same rules
(https, the same host pattern, TLS verified), when ``confirm_subscriptions`` is on.

The SES message inside (``Message``, a JSON string) is read per
https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html (``notificationType``) and
https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
(``eventType``): bounce, complaint, delivery, delivery delay, reject.
"""
from __future__ import annotations

import base64
import binascii
import logging
import re
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from filter.ingest._json import load_json, obj, text
from filter.ingest.model import Incoming, ProviderEvent, Recipient, Refused, Verified
from filter.ingest.replay import ReplayGuard, check_fresh, parse_time

__all__ = ["SnsFetcher", "verify", "string_to_sign", "parse_ses"]

log = logging.getLogger("bouncefilter.ingest")

_FIELDS = {
    "Notification": ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"),
    "SubscriptionConfirmation": ("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"),
    "UnsubscribeConfirmation": ("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"),
}
#: a certificate or a confirmation answer larger than this is not SNS's
_MAX_FETCH = 64 * 1024
_CACHE_SIZE = 32


def string_to_sign(msg: dict[str, Any]) -> bytes:
    """The bytes SNS signs for ``msg`` (step 3 of the module docstring)."""
    fields = _FIELDS[msg["Type"]]
    out = []
    for name in fields:
        if name == "Subject" and msg.get("Subject") is None:
            continue
        value = msg.get(name)
        if not isinstance(value, str):
            raise Refused(400, f"the SNS message has no {name}")
        out.append(f"{name}\n{value}\n")
    return "".join(out).encode("utf-8")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102 - a redirect is refused
        raise urllib.error.HTTPError(req.full_url, code, "redirect refused (SNS URLs are fetched as given)",
                                     headers, fp)


class SnsFetcher:
    """Fetches SNS signing certificates and subscription confirmations: https only, the host
    pinned by ``host_pattern`` (matched against ``host[:port]``), TLS verified against the system's
    CAs or ``ca_file``, no redirects, small answers; certificates cached until they expire."""

    def __init__(self, host_pattern: str, ca_file: Path | None = None, timeout: float = 10.0):
        self.host_pattern = re.compile(host_pattern)
        self.timeout = timeout
        context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
        self._opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _NoRedirect)
        self._certs: dict[str, Any] = {}
        self._lock = threading.Lock()

    def check_url(self, url: Any, what: str) -> str:
        """``url`` when it may be fetched; Refused(401) naming what is wrong otherwise."""
        if not isinstance(url, str):
            raise Refused(400, f"the SNS message has no {what}")
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "https" or parts.username or parts.password or not parts.hostname:
            raise Refused(401, f"{what} must be an https:// URL without credentials")
        netloc = parts.netloc.lower()
        if not self.host_pattern.fullmatch(netloc):
            raise Refused(401, f"{what} host {netloc[:100]!r} is not Amazon SNS's "
                               "(ingest.ses.cert_host_pattern)")
        return url

    def get(self, url: str) -> bytes:
        """The body of ``url`` (checked with :meth:`check_url` first); Refused(503) when it cannot
        be had now (SNS retries)."""
        try:
            with self._opener.open(urllib.request.Request(url, headers={"User-Agent": "bouncefilter-ingest"}),
                                   timeout=self.timeout) as r:
                body = r.read(_MAX_FETCH + 1)
        except (urllib.error.URLError, OSError, ValueError) as e:
            reason = getattr(e, "reason", None) or e
            raise Refused(503, f"cannot fetch {urllib.parse.urlsplit(url).netloc}: {reason}") from None
        if len(body) > _MAX_FETCH:
            raise Refused(503, f"the answer of {urllib.parse.urlsplit(url).netloc} is too large")
        return body

    def certificate(self, url: str):
        """The X.509 certificate at ``url`` (cached until its notAfter)."""
        from cryptography import x509

        now = time.time()
        with self._lock:
            cert = self._certs.get(url)
        if cert is not None and cert.not_valid_after_utc.timestamp() > now:
            return cert
        try:
            cert = x509.load_pem_x509_certificate(self.get(url))
        except ValueError:
            raise Refused(401, "SigningCertURL does not hold a PEM certificate") from None
        if not cert.not_valid_before_utc.timestamp() <= now <= cert.not_valid_after_utc.timestamp():
            raise Refused(401, "the SNS signing certificate is not valid now")
        with self._lock:
            if len(self._certs) >= _CACHE_SIZE:
                self._certs.pop(next(iter(self._certs)))
            self._certs[url] = cert
        return cert


def _check_signature(msg: dict[str, Any], fetcher: SnsFetcher) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    version = msg.get("SignatureVersion")
    algorithm = {"1": hashes.SHA1, "2": hashes.SHA256}.get(version if isinstance(version, str) else "")
    if algorithm is None:
        raise Refused(400, f"SignatureVersion {str(version)[:10]!r} is not 1 or 2")
    try:
        signature = base64.b64decode(msg.get("Signature") or "", validate=True)
    except (binascii.Error, ValueError, TypeError):
        raise Refused(401, "the SNS Signature is not base64") from None
    url = fetcher.check_url(msg.get("SigningCertURL"), "SigningCertURL")
    key = fetcher.certificate(url).public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise Refused(401, "the SNS signing certificate has no RSA key")
    try:
        key.verify(signature, string_to_sign(msg), padding.PKCS1v15(), algorithm())
    except InvalidSignature:
        raise Refused(401, "bad signature: the SNS message does not verify with its signing certificate") from None


def verify(req: Incoming, settings, fetcher: SnsFetcher, guard: ReplayGuard) -> Verified:
    """Check one SNS request (module docstring) and read the SES notification it carries.

    ``settings`` is ``config.ingest.ses``; the guard's key is claimed here (the caller releases it
    when the record fails).
    """
    msg = obj(load_json(req.body, "an SNS message"), "the SNS message")
    kind = msg.get("Type")
    if kind not in _FIELDS:
        raise Refused(400, f"SNS Type {str(kind)[:40]!r} is not Notification, SubscriptionConfirmation "
                           "or UnsubscribeConfirmation")
    topic = msg.get("TopicArn")
    if topic not in settings.topics:
        raise Refused(403, f"topic {str(topic)[:200]!r} is not in ingest.ses.topics")
    header_topic = req.headers.get("x-amz-sns-topic-arn")
    if header_topic is not None and header_topic != topic:
        raise Refused(400, "x-amz-sns-topic-arn does not name the message's topic")
    _check_signature(msg, fetcher)
    check_fresh(parse_time(msg.get("Timestamp"), "Timestamp"), req.now, guard.window)
    message_id = text(msg.get("MessageId"), 200)
    key = f"sns:{message_id}"
    evidence = f"ses: SNS signature verified (topic {topic})"
    if kind == "SubscriptionConfirmation":
        guard.claim(key, req.now)
        if not settings.confirm_subscriptions:
            log.warning("SNS subscription to %s waits for a confirmation by hand (confirm_subscriptions: false)",
                        topic)
            return Verified((), evidence, key, note="subscription not confirmed (confirm_subscriptions: false)")
        url = fetcher.check_url(msg.get("SubscribeURL"), "SubscribeURL")
        try:
            fetcher.get(url)
        except Refused:
            guard.release(key)
            raise
        log.info("SNS subscription to %s confirmed", topic)
        return Verified((), evidence, key, note="subscription confirmed")
    if kind == "UnsubscribeConfirmation":
        guard.claim(key, req.now)
        log.warning("SNS says this endpoint was unsubscribed from %s", topic)
        return Verified((), evidence, key, note="unsubscribe noted")
    body = msg.get("Message")
    inner = obj(load_json(body.encode("utf-8") if isinstance(body, str) else b"", "an SES notification"),
                "the SES notification")
    events, ignored = parse_ses(inner)
    guard.claim(key, req.now)
    return Verified(tuple(events), evidence, key, ignored=ignored)


def _list(value: Any) -> list:
    """A JSON array field as a list ([] for anything else: a malformed field names nobody)."""
    return value if isinstance(value, list) else []


def _addresses(value: Any) -> str | None:
    if isinstance(value, list):
        return ", ".join(v for v in value if isinstance(v, str))[:1000] or None
    return text(value, 1000)


def parse_ses(msg: dict[str, Any]) -> tuple[list[ProviderEvent], int]:
    """The events of one SES notification, and how many it had that are not recorded."""
    typ = msg.get("notificationType") or msg.get("eventType")
    if not isinstance(typ, str):
        raise Refused(400, "the SES notification has no notificationType or eventType")
    mail = obj(msg.get("mail") or {}, "mail")
    common = mail.get("commonHeaders") if isinstance(mail.get("commonHeaders"), dict) else {}
    message_id = text(mail.get("messageId"), 200)
    base = dict(message_id=text(common.get("messageId"), 500) or message_id, subject=text(common.get("subject"), 500),
                from_=_addresses(common.get("from")), to=_addresses(common.get("to")),
                headers={"X-SES-Message-Id": message_id} if message_id else {})
    if isinstance(mail.get("tags"), dict):
        for name, values in list(mail["tags"].items())[:20]:
            if isinstance(name, str) and isinstance(values, list) and values:
                base["headers"][f"X-SES-Tag-{name[:64]}"] = str(values[0])[:200]

    def part(name: str) -> dict[str, Any]:
        return obj(msg.get(name), f"the SES notification's {name}")

    if typ == "Bounce":
        b = part("bounce")
        rcpts = [Recipient(text(r.get("emailAddress"), 400) or "", text(r.get("diagnosticCode")),
                           text(r.get("status"), 20), text(b.get("reportingMTA"), 300))
                 for r in _list(b.get("bouncedRecipients")) if isinstance(r, dict)]
        etype = f"Bounce/{text(b.get('bounceType'), 40) or ''}/{text(b.get('bounceSubType'), 40) or ''}"
        key = text(b.get("feedbackId"), 300) or f"{message_id}:{b.get('timestamp')}"
        when = b.get("timestamp")
        extra: dict[str, Any] = {}
    elif typ == "Complaint":
        c = part("complaint")
        rcpts = [Recipient(text(r.get("emailAddress"), 400) or "") for r in _list(c.get("complainedRecipients"))
                 if isinstance(r, dict)]
        etype, key, when = "Complaint", text(c.get("feedbackId"), 300) or f"{message_id}:{c.get('timestamp')}", \
            c.get("timestamp")
        extra = {"feedback_type": text(c.get("complaintFeedbackType"), 60) or "abuse"}
    elif typ == "Delivery":
        d = part("delivery")
        rcpts = [Recipient(r[:400], text(d.get("smtpResponse")), None, text(d.get("reportingMTA"), 300))
                 for r in _list(d.get("recipients")) if isinstance(r, str)]
        etype, key, when, extra = "Delivery", f"{message_id}:{d.get('timestamp')}", d.get("timestamp"), {}
    elif typ == "DeliveryDelay":
        d = part("deliveryDelay")
        rcpts = [Recipient(text(r.get("emailAddress"), 400) or "", text(r.get("diagnosticCode")),
                           text(r.get("status"), 20), text(d.get("reportingMTA"), 300))
                 for r in _list(d.get("delayedRecipients")) if isinstance(r, dict)]
        etype = f"DeliveryDelay/{text(d.get('delayType'), 60) or ''}"
        key, when, extra = f"{message_id}:{d.get('timestamp')}", d.get("timestamp"), {}
    elif typ == "Reject":
        r = part("reject")
        rcpts = [Recipient(a[:400], f"rejected by Amazon SES: {text(r.get('reason'), 200) or 'no reason given'}",
                           smtp=False) for a in _list(mail.get("destination")) if isinstance(a, str)]
        etype, key, when, extra = "Reject", f"{message_id}:reject", mail.get("timestamp"), {}
    else:  # Send, Open, Click, RenderingFailure, Subscription, and types SES adds later
        return [], 1
    rcpts = [r for r in rcpts if r.address]
    if not rcpts:
        raise Refused(400, f"the SES {typ} names no recipient")
    occurred = None
    if when is not None:
        try:
            occurred = parse_time(when, "timestamp")
        except Refused:
            occurred = None
    return [ProviderEvent("ses", etype, key, tuple(rcpts), occurred, **extra, **base)], 0
