"""Amazon SES event notifications delivered by mail (SNS "Notification" JSON, or the bare event).

Documented at docs.aws.amazon.com/ses/latest/dg/notification-contents.html: ``notificationType``
is Bounce, Complaint or Delivery, each with its recipients; the event publishing records
(docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html) name theirs in
``eventType``, and add DeliveryDelay, a message SES still retries.  The DSN-shaped bounces SES also
sends are read by the ``dsn`` detector.
"""
from __future__ import annotations

import json

from filter.core.lazyre import Lazy
from filter.core.address import normalize
from filter.core.message import ParsedMessage
from filter.core.model import COMPLAINT, DELAYED, DELIVERED, FAILED
from filter.core import smtptext
from filter.core.detectors.base import Detection, Record

name = "amazonses"

# SES bounce sub-types that name the cause better than any diagnostic text
_SUBTYPE_REASON = {"suppressed": "suppressed", "onaccountsuppressionlist": "suppressed"}
# SES bounce sub-types that name a cause only when the recipient's record carries no diagnostic
# (docs.aws.amazon.com/ses/latest/dg/notification-contents.html, "Bounce types"): NoEmail "the email
# address doesn't exist", MailboxFull, MessageTooLarge, ContentRejected "a content rejected
# bounce", AttachmentRejected "an unacceptable attachment"; the remote server's words, when given,
# say more and decide
_SUBTYPE_FALLBACK = {"noemail": "user_unknown", "mailboxfull": "mailbox_full", "messagetoolarge": "message_too_large",
                     "contentrejected": "spam_detected", "attachmentrejected": "policy_violation"}
# a DeliveryDelay's delayType, where the recipient's record carries no diagnostic (the event publishing page, "Delivery
# delay object"): the mailbox full, spam, the recipient's server, our IP listed, the network, SES's own failure, a
# deferral SES chose for the sending rate
_DELAY_FALLBACK = {"mailboxfull": "mailbox_full", "spamdetected": "spam_detected", "recipientservererror": "system_error",
                   "ipfailure": "blocked", "transientcommunicationfailure": "network_error", "internalfailure": "system_error",
                   "sendingdeferral": "rate_limited"}
_SOFT_BREAK = Lazy(r"!\r?\n ")  # lines the mail gateway wrapped at 990 characters


def detect(msg: ParsedMessage) -> Detection | None:
    body = msg.body
    if '"notificationType"' not in body and '\\"notificationType\\"' not in body \
            and '"eventType"' not in body and '\\"eventType\\"' not in body:
        return None
    event = _event(body)
    if not isinstance(event, dict):
        return None
    if not event.get("notificationType") and not isinstance(event.get("mail"), dict):
        return None  # (an "eventType" of some other service's JSON: SES's records always carry their "mail" object)
    ntype = str(event.get("notificationType") or event.get("eventType") or "").lower()
    if ntype == "bounce":
        b = event.get("bounce") or {}
        subtype = str(b.get("bounceSubType", "")).lower()
        forced = _SUBTYPE_REASON.get(subtype)
        records = []
        for r in b.get("bouncedRecipients") or []:
            diag = str(r.get("diagnosticCode") or "")
            typ, _, text = diag.partition(";") if ";" in diag[:12] else ("", "", diag)
            text = text.strip()
            status = smtptext.find_status(str(r.get("status") or "")) or smtptext.find_status(text)
            records.append(Record(
                address=normalize(r.get("emailAddress")), status=status,
                reply_code=smtptext.find_reply_code(text), diagnostic=text or None,
                diag_type=typ.strip().lower() or None, action=(r.get("action") or "failed").lower(),
                command=smtptext.find_command(text),
                reason=forced or (None if text else _SUBTYPE_FALLBACK.get(subtype))))
        return Detection(FAILED, records, name) if records else None
    if ntype == "deliverydelay":
        d = event.get("deliveryDelay") or {}
        fallback = _DELAY_FALLBACK.get(str(d.get("delayType", "")).lower())
        records = []
        for r in d.get("delayedRecipients") or []:
            diag = str(r.get("diagnosticCode") or "")
            typ, _, text = diag.partition(";") if ";" in diag[:12] else ("", "", diag)
            text = text.strip()
            records.append(Record(
                address=normalize(r.get("emailAddress")), status=smtptext.find_status(str(r.get("status") or "")) or
                smtptext.find_status(text), reply_code=smtptext.find_reply_code(text), diagnostic=text or None,
                diag_type=typ.strip().lower() or None, action="delayed", command=smtptext.find_command(text),
                reason=None if text else fallback))
        return Detection(DELAYED, records, name) if records else None
    if ntype == "complaint":
        c = event.get("complaint") or {}
        ftype = str(c.get("complaintFeedbackType") or "abuse").lower()
        records = [Record(address=normalize(r.get("emailAddress")), feedback_type=ftype)
                   for r in c.get("complainedRecipients") or []]
        return Detection(COMPLAINT, records, name) if records else None
    if ntype == "delivery":
        d = event.get("delivery") or {}
        reply = str(d.get("smtpResponse") or "")
        records = [Record(address=normalize(a), status=smtptext.find_status(reply),
                          reply_code=smtptext.find_reply_code(reply), diagnostic=reply or None,
                          action="delivered", remote_mta=d.get("remoteMtaIp"))
                   for a in d.get("recipients") or []]
        return Detection(DELIVERED, records, name) if records else None
    return None


def _event(body: str) -> dict | None:
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end <= start:
        return None
    raw = body[start:end + 1]
    for candidate in (raw, _SOFT_BREAK.sub("", raw)):
        try:
            outer = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(outer, dict) and isinstance(outer.get("Message"), str):  # SNS envelope
            try:
                return json.loads(outer["Message"])
            except ValueError:
                return None
        return outer if isinstance(outer, dict) else None
    return None
