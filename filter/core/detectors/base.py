"""The one small interface every format detector implements, and the record it returns.

A detector looks at a ParsedMessage and either declines (returns None) or says what the
message is and which recipients it names, with the facts it could read for each.  It never
decides a reason from those facts (the classifier does), unless the format itself states one
(a feedback report, an auto-reply, a carrier's own wording).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from filter.core.message import ParsedMessage


#: recipients read per message: a report naming more is cut here, and says so in its defects
#: (the engine records at most ``events.max_recipients`` of them anyway; a forged DSN with 100,000
#: recipient blocks must not cost seconds and hundreds of MB to classify)
MAX_RECORDS = 10_000


@dataclass(slots=True)
class Record:
    """What a report says about one recipient, before classification."""

    address: str | None = None
    status: str | None = None
    reply_code: str | None = None
    diagnostic: str | None = None
    diag_type: str | None = None  # "smtp", "x-unix", ... (RFC 3464 diagnostic-type)
    action: str | None = None  # failed | delayed | delivered | relayed | expanded
    remote_mta: str | None = None
    command: str | None = None  # RCPT, MAIL, DATA, CONN, EHLO ...
    reason: str | None = None  # only when the format states the reason itself
    #: a reason the format states coarsely (PowerMTA's "policy-related" for any 5.7.1): the words
    #: decide, this only where they leave the cause unread
    fallback_reason: str | None = None
    feedback_type: str | None = None
    #: the report's own words around the recipients ("was aborted after 5 hours")
    context: str | None = None
    alt_addresses: list[str] = field(default_factory=list)
    #: the address the sender wrote, when the report says it differs (RFC 3464 Original-Recipient)
    original_recipient: str | None = None
    #: the recipient as the report names it when that is no address (a display name, a bare local
    #: part: Exchange 5.5 IMS, GroupWise); the core looks it up among the original's To / Cc
    name: str | None = None


@dataclass(slots=True)
class Detection:
    kind: str
    records: list[Record]
    detector: str
    #: the report a cover note wrapped, when the detection is that report's (pipeline._forwarded_report):
    #: its own headers and returned original are the ones to read, not the cover note's
    message: ParsedMessage | None = None


#: ``typing.TYPE_CHECKING`` without importing ``typing`` (about 2 ms of every pipe's start): the
#: interface below is for readers and type checkers, nothing checks it at run time
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import Protocol

    class Detector(Protocol):
        """Detectors are plain modules or objects with a name and a detect function."""

        name: str

        def detect(self, msg: ParsedMessage) -> Detection | None: ...
