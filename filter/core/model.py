"""The vocabulary and the result types of the classifier.

Everything downstream (the CLI's JSON, the YAML rules, the webhook payloads, the store) speaks
these names; they are the ones of ``docs/vocabulary.md``.  Kept free of heavy imports: the pipe
imports this module on every bounce.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# -- kinds (one per message) --------------------------------------------------------------------
FAILED = "failed"
DELAYED = "delayed"
DELIVERED = "delivered"
COMPLAINT = "complaint"
AUTO_REPLY = "auto_reply"
CHALLENGE = "challenge"
UNSUBSCRIBE = "unsubscribe"
NOT_BOUNCE = "not_bounce"
KINDS = (FAILED, DELAYED, DELIVERED, COMPLAINT, AUTO_REPLY, CHALLENGE, UNSUBSCRIBE, NOT_BOUNCE)
#: kinds that report a delivery problem (a recipient that did not get the mail)
FAILURE_KINDS = frozenset({FAILED, DELAYED})

# -- classes (one per recipient) ----------------------------------------------------------------
HARD = "hard"
SOFT = "soft"
BLOCK = "block"
INFO = "info"
UNDETERMINED = "undetermined"
CLASSES = (HARD, SOFT, BLOCK, INFO, UNDETERMINED)

# -- list-hygiene events (filter/hygiene/probation.py, reconfirm.py), derived like ``suppressed`` ---
#: a soft suppression expired into probation / one more soft bounce in probation suppressed it
#: again / a re-confirmation mail went out / its link was followed (or a positive reply came) /
#: no answer (or a hard bounce of it): the removal is final
HYGIENE_EVENTS = ("probation", "resuppressed", "reconfirm_sent", "reconfirmed", "removed")

# -- reasons: name -> (class, BounceStudio type code) -------------------------------------------
# BounceStudio codes: 10 hard, 20 soft, 21 soft DNS, 22 mailbox full, 23 too large, 40 general,
# 50 block, 51 known spammer, 52 spam content, 53 virus, 54 relay denied, 60 auto-reply,
# 70 transient, 90 unsubscribe, 100 challenge-response, 0 non-bounce.
REASONS: dict[str, tuple[str, int]] = {
    "user_unknown": (HARD, 10),
    "host_unknown": (HARD, 10),
    "has_moved": (HARD, 10),
    "not_accept": (HARD, 10),  # soft when the server answered 4xx, see reason_class()
    "suspended": (SOFT, 20),
    "mailbox_full": (SOFT, 22),
    "message_too_large": (SOFT, 23),
    "suppressed": (SOFT, 20),
    "system_error": (SOFT, 20),
    "system_full": (SOFT, 20),
    "network_error": (SOFT, 21),
    "expired": (SOFT, 20),
    "mailer_error": (SOFT, 20),
    "rate_limited": (SOFT, 20),
    "filtered": (SOFT, 20),
    "blocked": (BLOCK, 50),
    "bad_reputation": (BLOCK, 51),
    "spam_detected": (BLOCK, 52),
    "virus_detected": (BLOCK, 53),
    "content_error": (BLOCK, 50),
    "policy_violation": (BLOCK, 50),
    "rejected": (BLOCK, 50),
    "no_relaying": (BLOCK, 54),
    "auth_failure": (BLOCK, 50),
    "require_ptr": (BLOCK, 50),
    "security_error": (BLOCK, 50),
    "failed_starttls": (BLOCK, 50),
    "syntax_error": (BLOCK, 50),
    "not_compliant_rfc": (BLOCK, 50),
    "on_hold": (UNDETERMINED, 40),
    "undefined": (UNDETERMINED, 40),
    "delivered": (INFO, 0),
    "auto_reply": (INFO, 60),
    "complaint": (INFO, 0),
    "challenge": (INFO, 100),
    "unsubscribe": (INFO, 90),
}

#: the reason every non-failure kind gives its recipients
#: feedback types (RFC 5965's registry) that no person sent, with the reason they give: an RFC 6591
#: authentication failure report (a DMARC failure report, RFC 7489 section 7.3) is the receiver's
#: machine saying that our SPF, DKIM or DMARC failed; the recipient complained of nothing
FEEDBACK_REASON = {"auth-failure": "auth_failure"}

KIND_REASON = {
    DELIVERED: "delivered",
    AUTO_REPLY: "auto_reply",
    COMPLAINT: "complaint",
    CHALLENGE: "challenge",
    UNSUBSCRIBE: "unsubscribe",
}


def reason_class(reason: str, permanent: bool | None = None) -> str:
    """The class of a reason; ``not_accept`` is hard on a 5xx and soft on a 4xx."""
    if reason == "not_accept" and permanent is False:
        return SOFT
    return REASONS.get(reason, (UNDETERMINED, 40))[0]


def bouncestudio_code(reason: str, kind: str, permanent: bool | None, has_address: bool) -> int:
    """BounceStudio's type code, for users who migrate from it."""
    if kind in FAILURE_KINDS and not has_address:
        return 30
    if kind == DELAYED:
        return 70
    if reason == "not_accept" and permanent is False:
        return 20
    return REASONS.get(reason, (UNDETERMINED, 40))[1]


# -- results -------------------------------------------------------------------------------------
@dataclass(slots=True)
class Envelope:
    """What the MTA knows about the bounce itself (pipe argv, milter, POP3 headers)."""

    sender: str | None = None
    recipient: str | None = None


@dataclass(slots=True)
class RecipientResult:
    """One recipient named in a report, with what happened to it."""

    address: str | None
    reason: str
    class_: str
    permanent: bool | None = None
    status: str | None = None
    reply_code: str | None = None
    diagnostic: str | None = None
    remote_mta: str | None = None
    action: str | None = None
    bouncestudio_code: int = 0
    feedback_type: str | None = None
    smtp_command: str | None = None
    #: the address as the sender wrote it, when the mail was forwarded to ``address`` on the way
    original_recipient: str | None = None
    #: an address the report named that the address rule refused (:meth:`screen`):
    #: ``{"address": <escaped, cut to 400 characters>, "why": ...}``; ``address`` is then None
    address_refused: dict | None = None

    def screen(self) -> str | None:
        """Apply the project's address rule (:func:`filter.core.address.address_problem`) to
        ``address`` and ``original_recipient``.  A refused ``address`` becomes None and is kept,
        escaped, in ``address_refused`` with the reason (so nothing downstream - the store, the
        suppression lists, payloads, logs, the terminal - ever sees it raw, and no rule can
        suppress it); a refused ``original_recipient`` is dropped.  Returns a defect line, or
        None when nothing was refused.  Idempotent."""
        from filter.core.address import address_problem, printable

        defects = []
        if self.address is not None:
            why = address_problem(self.address)
            lower = self.address.lower()  # as stored
            if why is None and lower != self.address:
                why = address_problem(lower)
            if why:
                shown = printable(self.address, 400)
                self.address_refused = {"address": shown, "why": why}
                self.address = None
                defects.append(f"recipient address refused ({why}): {shown}")
        if self.original_recipient is not None:
            why = address_problem(self.original_recipient)
            if why:
                defects.append(f"original recipient refused ({why}): {printable(self.original_recipient, 400)}")
                self.original_recipient = None
        return "; ".join(defects) or None

    def to_dict(self) -> dict:
        d = {
            "address": self.address,
            "reason": self.reason,
            "class": self.class_,
            "permanent": self.permanent,
            "status": self.status,
            "reply_code": self.reply_code,
            "diagnostic": self.diagnostic,
            "remote_mta": self.remote_mta,
            "action": self.action,
            "bouncestudio_code": self.bouncestudio_code,
            "smtp_command": self.smtp_command,
        }
        if self.feedback_type is not None:
            d["feedback_type"] = self.feedback_type
        if self.original_recipient is not None:
            d["original_recipient"] = self.original_recipient
        if self.address_refused is not None:
            d["address_refused"] = dict(self.address_refused)
        return d


@dataclass(slots=True)
class Original:
    """The message that bounced, as far as the report returned it."""

    message_id: str | None = None
    subject: str | None = None
    from_: str | None = None
    to: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "message_id": self.message_id,
            "subject": self.subject,
            "from": self.from_,
            "to": self.to,
            "headers": dict(self.headers),
        }


@dataclass(slots=True)
class Report:
    """What one message is, and one result per recipient it names."""

    kind: str
    recipients: list[RecipientResult] = field(default_factory=list)
    original: Original = field(default_factory=Original)
    source: str | None = None
    #: which detector recognised the message ("dsn", "arf", "qmail", ...); None for not_bounce
    detector: str | None = None
    #: problems met while reading the message (truncated, undecodable part, ...); not fatal
    defects: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # every address a report hands on has passed the address rule (RecipientResult.screen)
        for r in self.recipients:
            defect = r.screen()
            if defect:
                self.defects.append(defect)

    @property
    def is_failure(self) -> bool:
        return self.kind in FAILURE_KINDS

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "kind": self.kind,
            "detector": self.detector,
            "recipients": [r.to_dict() for r in self.recipients],
            "original": self.original.to_dict(),
            "defects": list(self.defects),
        }
