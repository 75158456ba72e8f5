"""Each provider's event types -> this project's kind, default reason and permanence, as data.

The tables are the contract ``docs/ingest.md`` shows; a key's parts go from general to specific
(``Bounce/Permanent/NoEmail``) and :func:`lookup` falls back part by part to ``*`` entries, so a
sub-type a provider adds later still lands on its family.  ``None`` as a value: the event is
valid but not about delivery (opens, clicks, sends): taken (200) and not recorded.

The *reason* here is only the default: for failures the provider's SMTP diagnostic goes through
the same classifier as every DSN (:func:`filter.core.classifier.decide`) and, when it names a
cause, decides (an SES ``Transient`` whose diagnostic says ``550 5.1.1 user unknown`` is a hard
``user_unknown``).  The class follows from the reason (:func:`filter.core.model.reason_class`).

Sources, per provider (event fields and types):

* Amazon SES: https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html and
  https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
* SendGrid: https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event
  (bounce ``type`` bounce/blocked, ``bounce_classification``)
* Postmark: https://postmarkapp.com/developer/webhooks/bounce-webhook and the bounce types of
  https://postmarkapp.com/developer/api/bounce-api#bounce-types
* Mailgun: https://documentation.mailgun.com/docs/mailgun/user-manual/events/ (``failed`` with
  ``severity`` permanent/temporary and ``reason``)
"""
from __future__ import annotations

from dataclasses import dataclass

from filter.core.model import COMPLAINT, DELAYED, DELIVERED, FAILED, UNSUBSCRIBE, AUTO_REPLY, CHALLENGE

__all__ = ["Mapping", "TABLES", "lookup"]


@dataclass(frozen=True, slots=True)
class Mapping:
    """What one provider event type means here."""

    kind: str
    #: the reason when the diagnostic does not name one (a key of :data:`filter.core.model.REASONS`)
    reason: str
    #: 5xx (True) or 4xx (False) when no status code says; None when not a failure
    permanent: bool | None = None


def _f(reason: str) -> Mapping:
    return Mapping(FAILED, reason, True)


def _t(reason: str) -> Mapping:  # a final failure of a temporary kind (the provider gave up)
    return Mapping(FAILED, reason, False)


def _d(reason: str) -> Mapping:  # still being retried
    return Mapping(DELAYED, reason, False)


_COMPLAINT = Mapping(COMPLAINT, "complaint")
_DELIVERED = Mapping(DELIVERED, "delivered")
_UNSUBSCRIBE = Mapping(UNSUBSCRIBE, "unsubscribe")

#: Amazon SES: notificationType / eventType, then bounceType / bounceSubType or delayType
SES: dict[str, Mapping | None] = {
    "Bounce/Permanent/General": _f("user_unknown"),  # "a general hard bounce ... remove the recipient"
    "Bounce/Permanent/NoEmail": _f("user_unknown"),
    "Bounce/Permanent/Suppressed": _f("suppressed"),
    "Bounce/Permanent/OnAccountSuppressionList": _f("suppressed"),
    "Bounce/Permanent/*": _f("user_unknown"),
    "Bounce/Transient/General": _t("undefined"),
    "Bounce/Transient/MailboxFull": _t("mailbox_full"),
    "Bounce/Transient/MessageTooLarge": _t("message_too_large"),
    "Bounce/Transient/ContentRejected": _t("content_error"),
    "Bounce/Transient/AttachmentRejected": _t("content_error"),
    "Bounce/Transient/*": _t("undefined"),
    "Bounce/*": Mapping(FAILED, "undefined"),
    "Complaint": _COMPLAINT,
    "Delivery": _DELIVERED,
    "DeliveryDelay/InternalFailure": _d("system_error"),
    "DeliveryDelay/General": _d("undefined"),
    "DeliveryDelay/MailboxFull": _d("mailbox_full"),
    "DeliveryDelay/SpamDetected": _d("spam_detected"),
    "DeliveryDelay/RecipientServerError": _d("system_error"),
    "DeliveryDelay/IPFailure": _d("blocked"),
    "DeliveryDelay/TransientCommunicationFailure": _d("network_error"),
    "DeliveryDelay/BYOIPHostNameLookupUnavailable": _d("network_error"),
    "DeliveryDelay/SendingDeferral": _d("rate_limited"),
    "DeliveryDelay/*": _d("undefined"),
    "Reject": _f("virus_detected"),  # SES refused to send it: "Bad content" (a virus)
    "Send": None, "Open": None, "Click": None, "RenderingFailure": None, "Subscription": None,
}

#: SendGrid: event, then the bounce's type (bounce / blocked) and bounce_classification
SENDGRID: dict[str, Mapping | None] = {
    "bounce/bounce/Invalid Address": _f("user_unknown"),
    "bounce/bounce/Mailbox Unavailable": _f("suspended"),
    "bounce/bounce/Technical": _f("system_error"),
    "bounce/bounce/Content": _f("content_error"),
    "bounce/bounce/Reputation": _f("bad_reputation"),
    "bounce/bounce/Frequency or Volume": _f("rate_limited"),
    "bounce/bounce/Unclassified": _f("undefined"),
    "bounce/bounce/*": _f("user_unknown"),  # "the receiving server ... would not accept mail permanently"
    "bounce/blocked/Reputation": _t("bad_reputation"),
    "bounce/blocked/Content": _t("spam_detected"),
    "bounce/blocked/Frequency or Volume": _t("rate_limited"),
    "bounce/blocked/Technical": _t("system_error"),
    "bounce/blocked/*": _t("blocked"),
    "bounce/*": _f("undefined"),
    "deferred": _d("undefined"),
    "dropped/Bounced Address": _f("suppressed"),
    "dropped/Unsubscribed Address": _f("suppressed"),
    "dropped/Spam Reporting Address": _f("suppressed"),
    "dropped/Invalid": _f("user_unknown"),
    "dropped/Recipient List over Package Quota": _f("rate_limited"),
    "dropped/*": _f("suppressed"),
    "delivered": _DELIVERED,
    "spamreport": _COMPLAINT,
    "unsubscribe": _UNSUBSCRIBE,
    "group_unsubscribe": _UNSUBSCRIBE,
    "processed": None, "open": None, "click": None, "group_resubscribe": None,
}

#: Postmark: RecordType, then the bounce's Type
POSTMARK: dict[str, Mapping | None] = {
    "Bounce/HardBounce": _f("user_unknown"),
    "Bounce/BadEmailAddress": _f("user_unknown"),
    "Bounce/AddressChange": _f("has_moved"),
    "Bounce/SoftBounce": _t("undefined"),
    "Bounce/Transient": _d("undefined"),
    "Bounce/DnsError": _t("network_error"),
    "Bounce/Blocked": _f("blocked"),
    "Bounce/SpamNotification": _f("spam_detected"),
    "Bounce/VirusNotification": _f("virus_detected"),
    "Bounce/DMARCPolicy": _f("auth_failure"),
    "Bounce/ManuallyDeactivated": _f("suppressed"),
    "Bounce/SMTPApiError": _f("system_error"),
    "Bounce/Unknown": Mapping(FAILED, "undefined"),
    "Bounce/Unsubscribe": _UNSUBSCRIBE,
    "Bounce/SpamComplaint": _COMPLAINT,
    "Bounce/AutoResponder": Mapping(AUTO_REPLY, "auto_reply"),
    "Bounce/ChallengeVerification": Mapping(CHALLENGE, "challenge"),
    "Bounce/Subscribe": None, "Bounce/OpenRelayTest": None, "Bounce/Unconfirmed": None,
    "Bounce/InboxPlacement": None, "Bounce/TemplateRenderingFailed": None,
    "Bounce/*": Mapping(FAILED, "undefined"),
    "SpamComplaint": _COMPLAINT,
    "Delivery": _DELIVERED,
    "Open": None, "Click": None, "SubscriptionChange": None,
}

#: Mailgun: event, then severity and reason of a failure
MAILGUN: dict[str, Mapping | None] = {
    "failed/permanent/bounce": _f("user_unknown"),
    "failed/permanent/suppress-bounce": _f("suppressed"),
    "failed/permanent/suppress-unsubscribe": _f("suppressed"),
    "failed/permanent/suppress-complaint": _f("suppressed"),
    "failed/permanent/old": _t("expired"),  # gave up retrying a temporary failure
    "failed/permanent/generic": _f("undefined"),
    "failed/permanent/*": _f("undefined"),
    "failed/temporary/*": _d("undefined"),
    "failed/*": _f("undefined"),
    "delivered": _DELIVERED,
    "complained": _COMPLAINT,
    "unsubscribed": _UNSUBSCRIBE,
    "accepted": None, "rejected": None, "opened": None, "clicked": None, "stored": None,
}

TABLES: dict[str, dict[str, Mapping | None]] = {"ses": SES, "sendgrid": SENDGRID, "postmark": POSTMARK,
                                                "mailgun": MAILGUN}


def lookup(provider: str, event_type: str) -> Mapping | None:
    """The mapping of ``event_type`` (``A/B/C``): ``A/B/C``, else ``A/B/*``, else ``A/*``; an event
    type the table does not know at all maps to None (not recorded, counted as ignored)."""
    table = TABLES[provider]
    if event_type in table:
        return table[event_type]
    parts = event_type.split("/")
    for n in range(len(parts) - 1, 0, -1):
        key = "/".join(parts[:n]) + "/*"
        if key in table:
            return table[key]
    return None
