"""What every provider's notification becomes before it meets the engine: the boundary types.

Each provider module (:mod:`filter.ingest.ses`, ``sendgrid``, ``postmark``, ``mailgun``) verifies
its request and turns it into :class:`ProviderEvent` values, one per event the provider reports;
:mod:`filter.ingest.report` turns those into the same :class:`filter.core.model.Report` the
classifier gives for a DSN, so the engine, the rules and the suppression list cannot tell the ways
in apart.  A request that must be refused raises :class:`Refused` with the HTTP status and one
sentence for the caller (never a traceback): nothing of it is recorded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

__all__ = ["Incoming", "Recipient", "ProviderEvent", "Refused", "Verified"]


class Refused(Exception):
    """The request is not taken: ``status`` (400 malformed, 401 bad signature or stale, 403 not
    allowed, 409 replay, 413 too large) and why, in one sentence."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class Incoming:
    """One HTTP request as the provider modules see it (no framework types past this point)."""

    body: bytes
    #: header names lowercased
    headers: Mapping[str, str]
    #: the peer's address (Postmark's source check)
    client: str | None
    #: when it arrived (``time.time()``)
    now: float


@dataclass(frozen=True, slots=True)
class Recipient:
    """One recipient of a provider event, with the remote server's answer when the provider gives it."""

    address: str
    #: the SMTP diagnostic as the provider passes it ("smtp; 550 5.1.1 user unknown")
    diagnostic: str | None = None
    #: the enhanced status code (RFC 3463) when the provider gives it separately
    status: str | None = None
    remote_mta: str | None = None
    #: False when ``diagnostic`` is the provider's own words (a suppression-list drop), not a
    #: server's answer: it is kept for people and not classified
    smtp: bool = True


@dataclass(frozen=True, slots=True)
class ProviderEvent:
    """One event a provider reported, verified, in the provider's own terms.

    ``event_type`` is the key of the provider's mapping table (:mod:`filter.ingest.mapping`), its
    parts joined by ``/`` from general to specific (``Bounce/Transient/MailboxFull``); ``key`` is
    the provider's own id of the event (SES feedbackId, SendGrid sg_event_id, Mailgun's event id,
    Postmark's bounce ID), which makes the event ids content-derived: the same notification
    delivered twice, or by two subscriptions, is one event.
    """

    provider: str
    event_type: str
    key: str
    recipients: tuple[Recipient, ...]
    #: when the provider says it happened (epoch seconds), None when it does not say
    occurred_at: float | None = None
    #: ARF feedback type of a complaint ("abuse" ...)
    feedback_type: str | None = None
    message_id: str | None = None
    subject: str | None = None
    from_: str | None = None
    to: str | None = None
    #: a few identifying headers of the original (tags, campaign ids)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Verified:
    """What one provider module made of one request: the events, what proved them, and the
    replay-guard key to remember once they are recorded (None when the scheme has none)."""

    events: tuple[ProviderEvent, ...]
    #: the evidence recorded with each event's trust verdict ("ses: SNS signature, topic ...")
    evidence: str
    replay_key: str | None = None
    #: events the provider sent that this project does not record (opens, clicks ...)
    ignored: int = 0
    #: a note for the caller (SNS subscription confirmed ...)
    note: str | None = None
