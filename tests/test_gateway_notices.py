"""Security gateways' and older servers' wordings (eighteenth session): each wording is written for
its test after what the product's documentation or the server says, with the neighbour that keeps its
own reading."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail


@pytest.mark.parametrize("status, diagnostic, action, reason", [
    # a sending rate named as what we exceeded, with our IP and a lookup link beside it: our rate
    ("4.7.0", "421 4.7.0 Service temporarily unavailable: sending rate from 192.0.2.77 exceeds policy, see "
              "https://ipcheck.proofpoint.com/?ip=192.0.2.77", "delayed", "rate_limited"),
    ("4.7.0", "421 4.7.0 The connection rate of 192.0.2.77 has exceeded the site's limit", "delayed", "rate_limited"),
    # ... while the lookup link alone still names a block of our host
    ("5.7.1", "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.77", "failed", "blocked"),
    # our outbound threshold, though "this mailbox has exceeded" stands beside it: no full mailbox
    ("5.7.28", "554 5.7.28 Mail flood detected; this mailbox has exceeded its outbound sending threshold",
     "failed", "rate_limited"),
    ("5.2.2", "552 5.2.2 This mailbox has exceeded its storage quota", "failed", "mailbox_full"),
    # a gateway's traffic shaping slows the sending IP down (Symantec Email Security.cloud)
    (None, "421 Service Temporarily Unavailable; traffic shaping in effect for 192.0.2.91, please retry later",
     "delayed", "rate_limited"),
    # MailMarshal names itself in every notice: the rule it names decides, spam only when none is named
    (None, "MailMarshal has stopped the following message because it broke the following rule(s): Rule: Block "
           "Executable Attachments Policy: Attachment Policy", "failed", "policy_violation"),
    (None, "554 Message refused by MailMarshal SpamProfiler", "failed", "spam_detected"),
])
def test_gateway_wordings(status: str | None, diagnostic: str, action: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action=action) == reason


def test_a_hold_until_the_sender_is_known_to_the_recipient_is_a_challenge() -> None:
    """A confirmation request (TMDA-style) explains its hold by the recipient's list of known senders."""
    raw = mail("From: jo-confirm+1726428115.48583.e26943@example.dk\nTo: news@sender.example\n"
               "Subject: Please confirm your message (Winter sale)\nAuto-Submitted: auto-replied (confirm)",
               "Your message with the subject \"Winter sale\" has been held because your address is not yet on the "
               "recipient's list of known senders.\nTo release your message, simply reply to this message, or "
               "visit https://example.dk/confirm/1726428115.\nUnconfirmed messages are deleted after 14 days.")
    assert classify(raw).kind == "challenge"
    # a newsletter that asks to be put on the reader's list of known senders asks nothing of a hold
    news = mail("From: Shop <news@shop.example>\nTo: jo@example.dk\nSubject: Add us to your contacts\n"
                "List-Unsubscribe: <https://shop.example/u>",
                "If our mail is not yet on the recipient's list of known senders, add news@shop.example to your "
                "contacts so that our offers reach your inbox.")
    assert classify(news).kind == "not_bounce"


def test_aol_mail_controls_are_the_members_own_setting() -> None:
    """AOL's Mail Controls (whom a member takes mail from), even as a local mailer's diagnostic."""
    assert decide(status="5.2.0", diagnostic="mail controls", action="failed", diag_type="x-unix") == "filtered"
    assert decide(status="5.2.0", diagnostic="procmail: Error while writing to mailbox", action="failed",
                  diag_type="x-unix") == "mailer_error"
