"""Texts of the receiving organisation's own gateways and rules (Exchange transport rules, TLS policy
checks, list servers, mail-security products' notices, PowerMTA's categories beside the words), each
wording written for its test after the products' documentation, with the neighbours that keep their
reading."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide

from shapes import mail, pmta_dsn


@pytest.mark.parametrize("status, diagnostic, reason", [
    # Exchange Online 5.7.321-5.7.325 and MTA-STS (RFC 8461 4.2): the MX's certificate failed the checks
    ("5.7.325", "550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject "
                "alternative name matching the hostname (DANE)", "failed_starttls"),
    ("5.7.5", "550 5.7.5 Remote certificate failed MTA-STS validation. Reason: RemoteCertificateNameMismatch",
     "failed_starttls"),
    ("4.7.5", "451 4.7.5 TLS certificate verification failed for mx.b.example", "failed_starttls"),
    # an administrator's transport-rule text says what the organisation does not take
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; Executable and macro-enabled attachments are not "
              "accepted by Example Health. Please resend as PDF.", "policy_violation"),
    ("5.7.1", "550 5.7.1 External messages containing links to file-sharing services are not accepted by "
              "Example Shipping", "policy_violation"),
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; Messages with the sensitivity label 'Highly "
              "Confidential' cannot be sent outside the organization", "policy_violation"),
    ("5.7.0", "552 5.7.0 Message rejected: file type .zip is not allowed", "policy_violation"),
    ("5.7.1", "550 5.7.1 Recipient does not accept messages in this language", "policy_violation"),
    # ... or that the person left: the mailbox is gone whoever wrote the rule
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; The recipient is no longer with the Agency. Your "
              "message has not been forwarded.", "user_unknown"),
    # the rule's default text names no cause but the rule: the receiving organisation's mail flow rule, its policy
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; Delivery not authorized, message refused",
     "policy_violation"),
    # a list that takes submissions from its own organisation only: our sender lacks the right
    ("5.0.0", "550 Submission to this list is restricted to senders within the university (uni.example)",
     "rejected"),
    # our own account or address refused
    ("5.7.1", "554 5.7.1 <b@news.example>: Sender account is disabled", "rejected"),
    ("5.1.2", "553 5.1.2 The domain in the sender address news.example does not resolve", "rejected"),
    ("5.7.1", "550 5.7.1 <b@news.example>: Sender address administratively rejected", "rejected"),
    # greylisting said with "temporarily rejected" is greylisting; "previously" reports an earlier refusal
    ("4.7.1", "450 4.7.1 <b@news.example>: Sender address temporarily rejected: greylisted, please retry in "
              "5 minutes", "rate_limited"),
    ("5.1.1", "550 5.1.1 <a@b.example>: Recipient address rejected: user unknown; sender address previously "
              "rejected", "user_unknown"),
    # the complaints of the site's own users
    ("5.7.1", "550 5.7.1 <b@news.example>: Sender address automatically rejected due to spam complaints from "
              "our users", "bad_reputation"),
    # the recipient's account closed or disabled keeps its reading
    ("5.2.1", "550 5.2.1 <a@b.example>: account is disabled", "suspended"),
    ("5.2.1", "550 5.2.1 Mailbox has been inactive for too long", "suspended"),
    # ... and inactive then deleted is gone
    ("5.1.1", "550 5.1.1 Mailbox has been inactive for too long and was deleted; no such user here",
     "user_unknown"),
    # the scanner failed or is missing: the receiving side's state, no virus found (amavisd-new's text)
    ("4.5.0", "451 4.5.0 Error in processing, id=04128-02, virus_scan FAILED: AV: ALL VIRUS SCANNERS FAILED",
     "system_error"),
    ("4.7.1", "451 4.7.1 Content rejected temporarily: virus scanner unavailable", "system_error"),
    ("5.7.1", "554 5.7.1 Rejected by virus scanner: Eicar-Test-Signature found", "virus_detected"),
    # a host that refused to talk because it is going down
    ("4.3.2", "delivery temporarily suspended: host mx.b.example[192.0.2.5] refused to talk to me: 421 4.3.2 "
              "Service shutting down and closing transmission channel", "system_error"),
    ("5.7.1", "host mx.b.example[192.0.2.5] refused to talk to me: 554 5.7.1 Your IP is on our blocklist", "blocked"),
    # the backscatter advice beside a missing mailbox names no forged message of ours
    ("5.1.1", "550 5.1.1 <a@b.example>: No such user here. If you did not send this message, your address may have "
              "been spoofed by a virus or a spammer", "user_unknown"),
    ("5.7.1", "550 5.7.1 Message rejected as spoofing", "auth_failure"),
    ("5.7.1", "550 5.7.1 Suspected spoof of a trusted domain", "auth_failure"),
    ("5.7.1", "550 5.7.1 Rejected by header based Anti-Spoofing policy", "policy_violation"),
    # complaints: the refusal of our sender for them, not a recipient's account suspended for them
    ("5.7.1", "550 5.7.1 Mail refused following numerous complaints from recipients at this domain", "bad_reputation"),
    ("5.2.1", "550 5.2.1 <a@b.example>: This account has been suspended due to spam complaints from our users",
     "suspended"),
    # greylisting after a semicolon; our sending account in other words
    ("4.7.1", "450 4.7.1 <b@news.example>: Sender address temporarily rejected; greylisting in effect", "rate_limited"),
    ("5.7.1", "554 5.7.1 Your sending account has been suspended", "rejected"),
    ("5.7.1", "554 5.7.1 Sending account b@news.example has been deactivated", "rejected"),
    # the scan that could not be made
    ("4.3.0", "451 4.3.0 Temporary error: unable to scan message for viruses", "system_error"),
    ("4.3.0", "421 4.3.0 Virus check timed out", "system_error"),
    # a size limit of attachments is a size, whatever sentence carries it
    ("5.7.1", "550 5.7.1 Messages with attachments larger than 20 MB are not accepted", "message_too_large"),
    ("5.7.1", "550 5.7.1 This message cannot be forwarded outside of the organization", "policy_violation"),
    ("5.7.1", "550 5.7.1 This mailbox only accepts messages written in English or German", "policy_violation"),
    ("5.7.1", "550 5.7.1 Brian Hollis has left the Agency and this mailbox is no longer monitored", "user_unknown"),
    # Barracuda's sender notice: its reason line says the cause ("Score": the spam score)
    ("5.7.1", "Your message to: j@t.example was blocked by our Spam Firewall. The email you sent with the following "
              "subject has NOT BEEN DELIVERED: Subject: Hello Reason: Score", "spam_detected"),
    # the sender's domain named and refused, however the reply opens: never a missing mailbox
    ("5.0.0", "550 Requested action not taken: mailbox unavailable (policy: sender domain news.example is blocked by "
              "the administrator)", "rejected"),
    ("5.1.0", "550 5.1.0 Address rejected: the sending domain news.example is on our deny list", "rejected"),
    ("5.1.1", "550 5.1.1 <a@b.example>: Recipient address rejected: sender news.example is blocked by this user",
     "filtered"),
    ("5.1.1", "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown", "user_unknown"),
    # an account closed and then deleted, or deleted with its name between: gone
    ("5.2.1", "550 5.2.1 <a@b.example>: account closed - this mailbox and all its data have been deleted",
     "user_unknown"),
    ("5.0.0", "The user account dkent has been removed from our system.", "user_unknown"),
    # ... and closed, with no end to it, gone as well; closed for a time, suspended
    ("5.2.1", "550 5.2.1 Account closed", "user_unknown"),
    ("5.2.1", "550 5.2.1 Account temporarily closed", "suspended"),
    # a size given in brackets
    ("5.3.4", "The message size (38.4 MB) exceeds the limit allowed by the recipient's organization (25 MB).",
     "message_too_large"),
])
def test_a_gateways_text(status: str, diagnostic: str, reason: str) -> None:
    action = "failed" if status[0] == "5" else "delayed"
    assert decide(status=status, diagnostic=diagnostic, action=action) == reason


@pytest.mark.parametrize("status, diagnostic", [
    # the host the MTA talked to is named, never read as words ("spam-filter", "virus-gw", "anti-spam")
    ("4.4.1", "<a@b.example>... Deferred: Connection timed out with spam-filter.b.example."),
    ("4.4.1", "<a@b.example>... Deferred: 451 4.4.1 reply: read error from virus-gw.b.example."),
    ("4.4.316", "450 4.4.316 Connection refused [Message=Socket error code 10061] "
                "[LastAttemptedServerName=spam-filter.b.example] [LastAttemptedServerIP=198.51.100.33:25]"),
    ("4.4.2", "421 4.4.2 [internal] error reading response from anti-spam.b.example: Connection reset by peer"),
    ("4.4.1", "<a@b.example>... Deferred: Connection reset by spamfilter.b.example."),
    ("4.4.3", "<a@b.example>... Deferred: Name server: virus-scan.b.example.: host name lookup failure"),
    ("4.4.1", "451 4.4.1 timeout waiting for input from spam-gw.b.example during client greeting"),
])
def test_a_host_name_is_not_read_as_words(status: str, diagnostic: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="delayed") == "network_error"


@pytest.mark.parametrize("category, status, diagnostic, reason", [
    # PowerMTA's "quota-issues" covers rate and size limits too: the words say which quota
    ("quota-issues", "4.7.0", "421 4.7.0 Connection rate limit exceeded for 203.0.113.45, try again later",
     "rate_limited"),
    ("quota-issues", "5.3.4", "552 5.3.4 Message size limit exceeded", "message_too_large"),
    ("quota-issues", "4.2.2", "452 4.2.2 Mailbox full", "mailbox_full"),
    ("quota-issues", "4.2.2", "452 4.2.2 Please try again later", "mailbox_full"),
    # an inactive mailbox the words and the code both say was deleted is gone
    ("inactive-mailbox", "5.1.1", "550 5.1.1 Mailbox has been inactive for too long and was deleted; no such "
                                  "user here", "user_unknown"),
    # ... not where only one of them says so
    ("inactive-mailbox", "5.7.1", "550 5.7.1 no such user", "suspended"),
    ("inactive-mailbox", "5.1.1", "550 5.1.1 Mailbox unavailable", "suspended"),
])
def test_a_powermta_category_beside_words_naming_the_limit(category, status, diagnostic, reason) -> None:
    (rec,) = classify(pmta_dsn(category, diagnostic, status)).recipients
    assert rec.reason == reason


_TREND = """From: Trend Micro Email Security <noreply@tmes.trendmicro.example>
To: bounces+x1@news.example.com
Subject: Undeliverable message notification
Date: Wed, 15 Jan 2025 15:05:03 -0500
Message-ID: <6768@tmes.trendmicro.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""


def test_a_security_products_notice_naming_the_recipient_in_a_field() -> None:
    report = classify(mail(_TREND, """Trend Micro Email Security has blocked a message you sent.

Sender:     news@news.example.com
Recipient:  underwriting@assurance.example
Subject:    Registration confirmed
Rule:       Block classified attachments (Confidential)

The message was not delivered because it violates the content filtering policy of the recipient's organization.
"""))
    assert report.kind == "failed"
    (rec,) = report.recipients
    assert (rec.address, rec.reason) == ("underwriting@assurance.example", "policy_violation")


def test_a_security_products_size_notice() -> None:
    report = classify(mail(_TREND, """Trend Micro Email Security could not deliver a message you sent.

Sender:     news@news.example.com
Recipient:  claims@harbor.example
Subject:    Your ticket has been updated
Reason:     The message size (38.4 MB) exceeds the limit allowed by the recipient's organization (25 MB).
"""))
    (rec,) = report.recipients
    assert (rec.address, rec.reason) == ("claims@harbor.example", "message_too_large")


def test_a_hold_notice_from_the_products_postmaster() -> None:
    report = classify(mail("""From: Mimecast <postmaster@mimecast-notifications.example>
To: return+7@send.example.org
Subject: Message on hold: delivery pending
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
""", """Your message to registry@court.example has been placed on hold for review by the recipient's administrator.

Subject: Newsletter - April edition
Hold reason: Content Examination - Attachment requires review

The message will be delivered if it is released by an administrator.
"""))
    (rec,) = report.recipients
    assert (rec.address, rec.reason) == ("registry@court.example", "on_hold")


@pytest.mark.parametrize("extra_head, body", [
    # the vendor's newsletter carries list headers
    ("List-Unsubscribe: <mailto:unsub@trendmicro.example>\n",
     "Trend Micro Email Security has blocked a message you sent.\n\nRecipient:  a@b.example\n"),
    # the words name no recipient at all
    ("", "Trend Micro Email Security could not deliver a message you sent.\n\nLearn how to configure your policies.\n"),
])
def test_no_notice_without_its_recipient_or_from_a_list(extra_head: str, body: str) -> None:
    report = classify(mail(_TREND.replace("MIME-Version", extra_head + "MIME-Version"), body))
    assert report.kind not in ("failed", "delayed")


def test_a_list_servers_refusal_marked_auto_replied() -> None:
    """Sympa marks its refusal notice auto-replied; its words make it the list's refusal of our post."""
    report = classify(mail("""From: sympa@lists.univ.example
To: return+c7@send.example.org
Subject: Message distribution: Authorization denied
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=us-ascii
""", """Your message for list students-l3 has been rejected.

You are not allowed to send messages to list students-l3@lists.univ.example. Only subscribers with an
address in univ.example may post.
"""))
    assert report.kind == "failed"
    (rec,) = report.recipients
    assert (rec.address, rec.reason) == ("students-l3@lists.univ.example", "rejected")


def test_a_product_notice_without_has() -> None:
    report = classify(mail(_TREND.replace("Trend Micro Email Security", "Proofpoint Essentials"),
                           """Proofpoint Essentials quarantined a message that you sent.

Recipient:  accounts@harbor.example
Subject:    Your invoice
"""))
    assert [r.address for r in report.recipients] == ["accounts@harbor.example"]


_MAILSCANNER = """From: MailScanner <postmaster@bau.example>
To: bounces@news.example.com
Subject: {Virus?} March newsletter
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
"""


def test_mailscanners_report_to_the_sender_names_the_recipient_it_restates() -> None:
    """MailScanner's report to the sender (its sender.virus.report.txt) restates the original's To,
    Subject and Date under "a message you sent:-": the To is the recipient the message was for."""
    report = classify(mail(_MAILSCANNER, """Our virus detector has just been triggered by a message you sent:-
  To: greta@bau.example
  Subject: March newsletter
  Date: Fri, 06 Mar 2026 02:19:00 +0100
Any infected parts of the message (attachments) have not been delivered.

The virus detector said this about the message:
Report: ClamAV: statement.zip->statement.js contains Js.Downloader.Agent-9873145-0
"""))
    assert report.kind == "failed"
    (rec,) = report.recipients
    assert (rec.address, rec.reason) == ("greta@bau.example", "virus_detected")


def test_a_restated_to_naming_two_recipients_names_neither() -> None:
    """Two addresses restated: the notice does not say which one failed (the core does not guess)."""
    report = classify(mail(_MAILSCANNER, """Our virus detector has just been triggered by a message you sent:-
  To: greta@bau.example, tom@bau.example
  Subject: March newsletter
Any infected parts of the message (attachments) have not been delivered.
"""))
    assert [r.address for r in report.recipients] == [None]


def test_mailscanners_german_report_names_the_recipient_under_an() -> None:
    """MailScanner's German template ("Unser Virenscanner wurde durch eine Nachricht von Ihnen ausgelöst:",
    the recipient under "An:")."""
    report = classify(mail(_MAILSCANNER.replace("charset=us-ascii", "charset=utf-8"),
                           "Unser Virenscanner wurde durch eine Nachricht von Ihnen ausgelöst:\n"
                           "  An: a.krueger@werke.example\n  Betreff: Frühjahrsangebote\n"
                           "Alle infizierten Teile der Nachricht wurden entfernt.\n\n"
                           "Report: Sophos: rechnung.docm was infected by Troj/DocDl-AQTX\n"))
    assert [(r.address, r.reason) for r in report.recipients] == [("a.krueger@werke.example", "virus_detected")]


@pytest.mark.parametrize("sender, text", [
    # the German template, sent under the postmaster's own name
    ('"Postmaster Schreinerei" <postmaster@schreinerei.example>',
     "Unser Virenscanner wurde durch eine Nachricht von Ihnen ausgelöst:\n  An: buchhaltung@schreinerei.example\n"
     "  Betreff: Angebote\nAlle infizierten Teile der Nachricht wurden entfernt.\n"),
    # the Spanish template ("A:")
    ("MailScanner <postmaster@clinica.example>",
     "Nuestro detector de virus ha sido activado por un mensaje que usted envió:\n  A: administracion@clinica.example\n"
     "  Asunto: Ofertas\nLas partes infectadas del mensaje no han sido entregadas.\n"),
])
def test_mailscanners_reports_in_other_languages_and_names(sender: str, text: str) -> None:
    raw = mail(f"From: {sender}\nTo: bounces@news.example.com\nSubject: Virus\nContent-Type: text/plain; charset=utf-8\n",
               text)
    report = classify(raw)
    assert report.kind == "failed"
    (rec,) = report.recipients
    assert rec.address.split("@")[0] in ("buchhaltung", "administracion")
