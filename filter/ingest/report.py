"""A verified provider event -> the :class:`~filter.core.model.Report` every other way in produces.

Both of the provider's facts count: its event type gives the kind and a default reason
(:mod:`filter.ingest.mapping`), and for a failure its SMTP diagnostic goes through the one
classifier (:func:`filter.core.classifier.decide`, with the status and reply code found in it as
for a DSN).  When the words or codes name a cause, that cause decides; when they say nothing
readable (``on_hold``/``undefined``), the provider's type does.  ``permanent`` is the server's
answer (5xx/4xx) when a code says it, else the provider's bounce type.
"""
from __future__ import annotations

import hashlib

from filter.core import model
from filter.core.classifier import decide
from filter.core.smtptext import find_command, find_reply_code, find_status
from filter.ingest.mapping import Mapping
from filter.ingest.model import ProviderEvent, Recipient

__all__ = ["to_report", "digest"]

#: what decide() answers when the words name no cause: the provider's own type decides then
_UNREAD = frozenset({"on_hold", "undefined", "delivered"})


def digest(ev: ProviderEvent) -> bytes:
    """The content-derived digest of an event (the engine's event ids hash it with the address):
    the provider and its own id of the event, so a notification delivered twice is one event."""
    return hashlib.sha256(f"ingest\0{ev.provider}\0{ev.event_type.split('/')[0]}\0{ev.key}".encode()).digest()


def _recipient(r: Recipient, m: Mapping, kind: str) -> model.RecipientResult:
    if kind not in model.FAILURE_KINDS:
        reason = model.KIND_REASON.get(kind, m.reason)
        return model.RecipientResult(address=r.address, reason=reason, class_=model.reason_class(reason),
                                     diagnostic=r.diagnostic, remote_mta=r.remote_mta,
                                     action="delivered" if kind == model.DELIVERED else None,
                                     bouncestudio_code=model.bouncestudio_code(reason, kind, None, True))
    text = r.diagnostic if r.diagnostic and r.smtp else ""
    status = r.status or find_status(text)
    reply = find_reply_code(text)
    action = "delayed" if kind == model.DELAYED else "failed"
    reason = m.reason
    if text or status:
        said = decide(status=status, diagnostic=text, command=find_command(text), action=action,
                      diag_type="smtp")
        if said not in _UNREAD:
            reason = said
    first = (status or reply or " ")[0]
    permanent = True if first == "5" else False if first == "4" else m.permanent
    return model.RecipientResult(address=r.address, reason=reason, class_=model.reason_class(reason, permanent),
                                 permanent=permanent, status=status, reply_code=reply, diagnostic=r.diagnostic,
                                 remote_mta=r.remote_mta, action=action,
                                 bouncestudio_code=model.bouncestudio_code(reason, kind, permanent, True))


def to_report(ev: ProviderEvent, m: Mapping) -> model.Report:
    """The report of one event (one recipient record per recipient the provider names)."""
    recipients = [_recipient(r, m, m.kind) for r in ev.recipients]
    if m.kind == model.COMPLAINT:
        reason = model.FEEDBACK_REASON.get((ev.feedback_type or "").lower())
        for rr in recipients:
            rr.feedback_type = ev.feedback_type
            if reason:  # an authentication failure report: nobody complained (model.FEEDBACK_REASON)
                rr.reason, rr.class_ = reason, model.reason_class(reason)
                rr.bouncestudio_code = model.bouncestudio_code(reason, m.kind, None, True)
    original = model.Original(message_id=ev.message_id, subject=ev.subject, from_=ev.from_, to=ev.to,
                              headers=dict(ev.headers))
    return model.Report(kind=m.kind, recipients=recipients, original=original, source=f"ingest:{ev.provider}",
                        detector=f"esp:{ev.provider}")
