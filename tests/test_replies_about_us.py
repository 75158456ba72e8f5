"""A reply that names our own address is about our address, whatever command it answered.

RFC 5321 4.2: a reply is about what its command gave; MAIL FROM gives our address (3.3).  A report
that does not say which command was answered (Gmail's notice, a session log) still shows it: the
address inside the reply's brackets.  "550 5.1.1 <news@sender.example>: User unknown" about our
bounce address must never suppress the recipient.  The messages are written for these tests.
"""
from __future__ import annotations

from filter import classify

from shapes import mail

OURS = "news@mail.sender.example"
RCPT = "jo@provider.example"


def _notice(reply: str) -> bytes:
    """A provider's notice with no command named, returning our message (its Return-Path ours)."""
    return mail(f"""From: Mail Delivery Subsystem <mailer-daemon@provider-mail.example>
To: {OURS}
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r1"
""", f"""--r1
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to {RCPT} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
{reply}

--r1
Content-Type: message/delivery-status

Reporting-MTA: dns; provider-mail.example

Final-Recipient: rfc822; {RCPT}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.provider.example
Diagnostic-Code: smtp; {reply}

--r1
Content-Type: message/rfc822

Return-Path: <{OURS}>
From: Shop <hello@sender.example>
To: {RCPT}
Subject: your order

thanks
--r1--
""")


def test_an_unknown_user_named_as_our_address_refuses_the_sender():
    [r] = classify(_notice(f"550 5.1.1 <{OURS}>: User unknown")).recipients
    assert r.address == RCPT and r.reason == "rejected" and r.class_ == "block"


def test_the_same_words_naming_the_recipient_stay_hard():
    [r] = classify(_notice(f"550 5.1.1 <{RCPT}>: User unknown")).recipients
    assert (r.reason, r.class_) == ("user_unknown", "hard")


def test_a_reply_naming_both_is_about_the_recipient():
    [r] = classify(_notice(f"550 5.1.1 <{RCPT}>: Recipient address rejected: User unknown (from <{OURS}>)")).recipients
    assert r.reason == "user_unknown"


def test_a_block_of_our_address_keeps_its_own_reason():
    """Only a hard verdict is at stake: a block the words name stays that block."""
    [r] = classify(_notice(f"550 5.7.1 <{OURS}>: Sender address rejected: SPF check failed")).recipients
    assert r.class_ == "block" and r.reason != "user_unknown"


def test_our_address_in_a_later_clause_is_not_what_the_reply_is_about():
    """A reply names first what it refuses; "mail from=<ours> not accepted" later is a clause."""
    [r] = classify(_notice(f"550 5.1.1 Recipient address does not exist in this domain; mail from=<{OURS}> "
                           "not accepted for this mailbox")).recipients
    assert r.reason == "user_unknown"


def test_an_address_in_our_own_domain_is_ours():
    """A bounce address of our domain the report does not show (the envelope sender) is ours."""
    [r] = classify(_notice("550 5.1.1 <bounce-7@lists.mail.sender.example>... User unknown")).recipients
    assert r.class_ == "block"
    # ... unless the recipient is in that domain too
    [r] = classify(_notice("550 5.1.1 <jo@provider.example>... User unknown")).recipients
    assert r.reason == "user_unknown"


def _letter(sender: str, failed: str) -> bytes:
    return mail(f"""From: {sender}
To: bounces@mail.shop.example
Subject: Unzustellbar - funktioniert Ihre Bestelladresse nicht?
Message-ID: <a1@web-post.example>
""", f"""Guten Tag,

meine E-Mail an {failed} kam heute mit folgender Meldung zurück:

  550 5.1.1 <{failed}>: Recipient address rejected: User unknown

Wie kann ich meine Bestellung sonst aufgeben?

Mit freundlichen Grüßen
Helga Brandt
""")


def test_a_persons_letter_that_our_address_bounced_is_no_report() -> None:
    """A person outside our organisation pastes the reply their mail to *our* address got: no mail
    system's report, and our own mail never fails at our own address."""
    report = classify(_letter("Helga Brandt <helga@web-post.example>", "bestellung@shop.example"))
    assert report.kind == "not_bounce"
    assert report.recipients == []


def test_a_mail_systems_notice_about_an_address_in_our_domain_stays_a_report() -> None:
    report = classify(_letter("Mail Delivery System <MAILER-DAEMON@mx.shop.example>", "bestellung@shop.example"))
    assert report.kind == "failed"
    assert [r.address for r in report.recipients] == ["bestellung@shop.example"]


def test_a_letter_naming_an_address_outside_our_domains_is_read_as_before() -> None:
    """The rule takes only letters about our own addresses; any other stays with the text reader."""
    ours = classify(_letter("Helga Brandt <helga@web-post.example>", "bestellung@shop.example"))
    theirs = classify(_letter("Helga Brandt <helga@web-post.example>", "kim@far.example"))
    assert ours.kind == "not_bounce"
    assert theirs.kind == "failed" and [r.address for r in theirs.recipients] == ["kim@far.example"]


def test_a_relays_template_from_a_personal_looking_account_stays_a_report() -> None:
    """Small relays send with whatever address their admin set: a relay's own template about an address
    in our domain is a report, not a person's letter (no first-person words, the template's own)."""
    data = mail("""From: Thomas Berger <thomas@berger-it.example>
To: bounces@mail.shop.example
Subject: Message undeliverable
""", """This message was created automatically by the mail forwarder at berger-it.example.

The following address(es) failed:

  anna.koch@shop.example
    Remote server replied: 550 5.1.1 <anna.koch@shop.example>: User unknown
""")
    report = classify(data)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("anna.koch@shop.example", "user_unknown")]
