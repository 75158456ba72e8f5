"""Amazon SES bounce notifications by mail: the documented bounce sub-types
(docs.aws.amazon.com/ses/latest/dg/notification-contents.html, "Bounce types").

Each event is written for its test in the documented JSON shape; a sub-type names the cause only
when the recipient's record carries no diagnostic (the remote server's words say more).
"""
from __future__ import annotations

import json

import pytest

from filter import classify
from filter.core.model import reason_class


def notification(subtype: str, btype: str, diagnostic: str | None) -> bytes:
    recipient = {"emailAddress": "reader@example.net", "action": "failed", "status": "5.0.0"}
    if diagnostic:
        recipient["diagnosticCode"] = diagnostic
    event = {"notificationType": "Bounce",
             "bounce": {"bounceType": btype, "bounceSubType": subtype, "bouncedRecipients": [recipient],
                        "timestamp": "2026-12-01T10:00:00.000Z", "feedbackId": "0100-example"},
             "mail": {"source": "news@sender.example", "destination": ["reader@example.net"]}}
    return ("From: no-reply@sns.amazonaws.com\nTo: bounces@sender.example\nSubject: AWS Notification Message\n"
            "Content-Type: text/plain; charset=UTF-8\n\n" + json.dumps(event) + "\n").encode()


@pytest.mark.parametrize("subtype, btype, reason", [
    ("NoEmail", "Permanent", "user_unknown"),
    ("MailboxFull", "Transient", "mailbox_full"),
    ("MessageTooLarge", "Transient", "message_too_large"),
    ("ContentRejected", "Transient", "spam_detected"),
    ("AttachmentRejected", "Transient", "policy_violation"),
    ("Suppressed", "Permanent", "suppressed"),
])
def test_a_subtype_names_the_cause_when_no_diagnostic_does(subtype, btype, reason):
    report = classify(notification(subtype, btype, None))
    assert [(r.address, r.reason) for r in report.recipients] == [("reader@example.net", reason)]
    assert report.recipients[0].class_ == reason_class(reason)


def test_the_remote_servers_words_outrank_the_subtype():
    # SES files a blocklist refusal under "General" or even "NoEmail": the words decide
    report = classify(notification("NoEmail", "Permanent", "smtp; 550 5.7.1 Service unavailable; client host "
                                   "[192.0.2.9] blocked using zen.spamhaus.org"))
    assert report.recipients[0].reason == "blocked"
