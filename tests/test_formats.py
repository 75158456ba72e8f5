"""One test per family of formats, on small messages written the way those systems write them."""
from __future__ import annotations

import base64

import pytest

from filter import Envelope, classify
from shapes import mail


def one(report):
    assert len(report.recipients) == 1, report.recipients
    return report.recipients[0]


# -- RFC 3464 -------------------------------------------------------------------------------------
DSN_HEAD = """
From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)
To: bounces@sender.example
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"
"""


def dsn(recipient_blocks: str, text: str = "The mail system", original: str = "", status_ctype: str = "message/delivery-status",
        status_cte: str | None = None) -> str:
    fields = "Reporting-MTA: dns; mx.sender.example\n\n" + recipient_blocks.strip("\n") + "\n"
    cte = ""
    if status_cte == "base64":
        fields = base64.encodebytes(fields.encode()).decode()
        cte = "Content-Transfer-Encoding: base64\n"
    parts = f"--B\nContent-Type: text/plain\n\n{text}\n\n--B\nContent-Type: {status_ctype}\n{cte}\n{fields}\n"
    if original:
        parts += f"--B\nContent-Type: text/rfc822-headers\n\n{original.strip()}\n\n"
    return parts + "--B--\n"


THREE = """
Final-Recipient: rfc822; gone@a.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <gone@a.example>: Recipient address rejected: User unknown

Final-Recipient: rfc822; full@b.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

Final-Recipient: rfc822; slow@c.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
"""


def test_dsn_with_several_recipients_and_headers_of_the_original():
    original = "From: News <news@sender.example>\nTo: gone@a.example\nSubject: Hello\n" \
               "Message-ID: <m1@sender.example>\nX-Campaign-Id: c-42"
    report = classify(mail(DSN_HEAD, dsn(THREE, original=original)))
    assert report.kind == "failed"
    assert report.detector == "dsn"
    got = {r.address: (r.reason, r.class_, r.status, r.reply_code, r.action) for r in report.recipients}
    assert got["gone@a.example"] == ("user_unknown", "hard", "5.1.1", "550", "failed")
    assert got["full@b.example"] == ("mailbox_full", "soft", "5.2.2", "552", "failed")
    assert got["slow@c.example"][0] in ("network_error", "expired") and got["slow@c.example"][4] == "delayed"
    assert report.original.message_id == "<m1@sender.example>"
    assert report.original.headers["X-Campaign-Id"] == "c-42"


def test_original_recipient_is_kept_when_the_mail_was_forwarded():  # RFC 3464 section 2.3.1
    forwarded = "Original-Recipient: rfc822; jo@old.example\nFinal-Recipient: rfc822; jo@new.example\nAction: failed\nStatus: 5.1.1"
    r = one(classify(mail(DSN_HEAD, dsn(forwarded))))
    assert (r.address, r.original_recipient) == ("jo@new.example", "jo@old.example")
    assert r.to_dict()["original_recipient"] == "jo@old.example"
    same = "Original-Recipient: rfc822;Jo@New.example\nFinal-Recipient: rfc822; jo@new.example\nAction: failed\nStatus: 5.1.1"
    r = one(classify(mail(DSN_HEAD, dsn(same))))
    assert r.original_recipient is None and "original_recipient" not in r.to_dict()


def test_dsn_recipient_blocks_without_blank_lines_still_split():
    blocks = THREE.replace("\n\n", "\n")
    report = classify(mail(DSN_HEAD, dsn(blocks)))
    assert [r.address for r in report.recipients] == ["gone@a.example", "full@b.example", "slow@c.example"]


def test_global_delivery_status_with_utf8_address():  # RFC 6533
    block = ("Final-Recipient: utf-8; \\x{4F60}\\x{597D}@example.jp\nAction: failed\nStatus: 5.1.1\n"
             "Diagnostic-Code: smtp; 550 5.1.1 no such user")
    report = classify(mail(DSN_HEAD, dsn(block, status_ctype="message/global-delivery-status")))
    r = one(report)
    assert r.address == "你好@example.jp"
    assert (r.reason, r.class_) == ("user_unknown", "hard")


def test_base64_delivery_status_and_crlf():
    block = "Final-Recipient: rfc822; x@y.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown user"
    report = classify(mail(DSN_HEAD, dsn(block, status_cte="base64"), crlf=True))
    r = one(report)
    assert (r.address, r.reason, r.status, r.reply_code) == ("x@y.example", "user_unknown", "5.1.1", "550")


def test_delayed_dsn_is_a_warning_not_a_failure():
    block = "Final-Recipient: rfc822; lee@slow.example\nAction: delayed\nStatus: 4.2.2\n" \
            "Diagnostic-Code: smtp; 452 4.2.2 Mailbox over quota\nWill-Retry-Until: Sat, 7 Nov 2026 09:14:01 +0000"
    report = classify(mail(DSN_HEAD.replace("Undelivered Mail Returned to Sender", "Delayed Mail (still being retried)"),
                           dsn(block)))
    r = one(report)
    assert report.kind == "delayed"
    assert (r.reason, r.class_, r.permanent, r.action) == ("mailbox_full", "soft", False, "delayed")
    assert r.bouncestudio_code == 70


def test_success_dsn_is_delivered():
    block = "Final-Recipient: rfc822; ok@x.example\nAction: relayed\nStatus: 2.0.0\nDiagnostic-Code: smtp; 250 2.0.0 queued"
    report = classify(mail(DSN_HEAD.replace("Undelivered Mail Returned to Sender", "Successful Mail Delivery Report"),
                           dsn(block)))
    r = one(report)
    assert report.kind == "delivered" and (r.reason, r.class_) == ("delivered", "info")


def test_human_part_names_the_failing_command():
    # Postfix: the DSN says 5.0.0, the text says it was an answer to end of DATA: words that only
    # name the recipient as refused are then a content filter's
    block = ("Final-Recipient: rfc822; u@x.example\nAction: failed\nStatus: 5.0.0\n"
             "Diagnostic-Code: smtp; 550 Recipient rejected")
    text = "<u@x.example>: host mx.x.example[192.0.2.1] said: 550 Recipient rejected (in reply to end of DATA command)"
    r = one(classify(mail(DSN_HEAD, dsn(block, text=text))))
    assert (r.smtp_command, r.reason, r.class_) == ("DATA", "filtered", "soft")
    text = text.replace("end of DATA", "RCPT TO")
    r = one(classify(mail(DSN_HEAD, dsn(block, text=text))))
    assert (r.smtp_command, r.reason, r.class_) == ("RCPT", "user_unknown", "hard")


# -- complaints (RFC 5965) --------------------------------------------------------------------------
ARF_HEAD = """
From: fbl@isp.example
To: abuse@sender.example
Subject: Abuse Report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"
"""


def arf(fields: str, original_to: str = "victim@isp.example") -> bytes:
    body = (f"--F\nContent-Type: text/plain\n\nAn abuse report.\n\n--F\nContent-Type: message/feedback-report\n\n"
            f"{fields.strip()}\n\n--F\nContent-Type: message/rfc822\n\nFrom: news@sender.example\nTo: {original_to}\n"
            f"Subject: Offer\nMessage-ID: <o1@sender.example>\n\nbuy\n\n--F--\n")
    return mail(ARF_HEAD, body)


def test_arf_abuse_with_several_original_rcpt_to():
    report = classify(arf("Feedback-Type: abuse\nVersion: 1\nOriginal-Rcpt-To: a@isp.example\nOriginal-Rcpt-To: b@isp.example"))
    assert report.kind == "complaint"
    assert [(r.address, r.reason, r.class_, r.feedback_type) for r in report.recipients] == [
        ("a@isp.example", "complaint", "info", "abuse"), ("b@isp.example", "complaint", "info", "abuse")]


def test_arf_without_original_rcpt_to_takes_the_original_to():
    r = one(classify(arf("Feedback-Type: fraud\nVersion: 1")))
    assert (r.address, r.feedback_type) == ("victim@isp.example", "fraud")


def test_arf_not_spam_is_not_a_complaint():  # RFC 6650 section 3
    assert classify(arf("Feedback-Type: not-spam\nVersion: 1")).kind == "not_bounce"


def test_arf_auth_failure_is_our_authentication_not_a_complaint():
    # RFC 6591: a DMARC failure report (RFC 7489 section 7.3) says our SPF / DKIM / DMARC failed at
    # the receiver; nobody complained, and the recipient must never be suppressed for it
    r = one(classify(arf("Feedback-Type: auth-failure\nVersion: 1\nAuth-Failure: dmarc\n"
                         "Original-Rcpt-To: reader@isp.example")))
    assert (r.address, r.reason, r.class_, r.feedback_type) == ("reader@isp.example", "auth_failure", "block",
                                                                 "auth-failure")
    assert classify(arf("Feedback-Type: auth-failure\nVersion: 1")).kind == "complaint"


def test_non_arf_complaint_from_a_provider():
    body = ("--X\nContent-Type: message/rfc822\n\nX-HmXmrOriginalRecipient: reader@hotmail.example\n"
            "From: news@sender.example\nTo: reader@hotmail.example\nSubject: hi\n\nhello\n--X--\n")
    raw = mail("From: staff@hotmail.com\nTo: fbl@sender.example\nSubject: complaint about message from 192.0.2.1\n"
               "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"X\"", body)
    r = one(classify(raw))
    assert (r.address, r.reason) == ("reader@hotmail.example", "complaint")


# -- RFC 5429 Sieve reject (an MDN, not a DSN) -----------------------------------------------------
def sieve_mdn(disposition: str, text: str) -> bytes:
    body = (f"--M\nContent-Type: text/plain; charset=utf-8\n\n{text}\n--M\n"
            "Content-Type: message/disposition-notification\n\nReporting-UA: mx.example.net; Dovecot Mail Delivery Agent\n"
            f"Final-Recipient: rfc822; fay@example.net\nOriginal-Message-ID: <m1@sender.example>\nDisposition: {disposition}\n"
            "\n--M--\n")
    return mail("From: Mail Delivery Subsystem <MAILER-DAEMON@example.net>\nTo: news@sender.example\n"
                "Subject: Automatically rejected mail\nAuto-Submitted: auto-replied (rejected)\nMIME-Version: 1.0\n"
                "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"M\"", body)


def test_sieve_reject_is_a_failure_with_its_reason():
    raw = sieve_mdn("automatic-action/MDN-sent-automatically; deleted",
                    "Your message to <fay@example.net> was automatically rejected:\nQuota exceeded (mailbox for user is full)")
    report = classify(raw)
    r = one(report)
    assert (report.kind, r.address, r.reason, r.class_) == ("failed", "fay@example.net", "mailbox_full", "soft")


@pytest.mark.parametrize("text", [
    "I no longer accept mail from this sender. Please remove me from your list.",
    "Mail from sender.example is not accepted. Contact me by post.",
    "Rejected by my personal filter.",
])
def test_a_sieve_reject_in_its_owners_words_is_the_recipients_filter(text):
    # RFC 5429 2.5: the recipient's own script refused it; the mailbox exists, and its owner's words are no
    # block of our host
    raw = sieve_mdn("automatic-action/MDN-sent-automatically; deleted",
                    f"Your message to <fay@example.net> was automatically rejected:\n{text}")
    r = one(classify(raw))
    assert (r.reason, r.class_) == ("filtered", "soft")


@pytest.mark.parametrize("disposition", ["manual-action/MDN-sent-manually; deleted",
                                         "automatic-action/MDN-sent-automatically; displayed"])
def test_other_disposition_notifications_are_not_failures(disposition):
    raw = sieve_mdn(disposition, "Your message to fay@example.net was deleted without being read.")
    assert classify(raw).kind not in ("failed", "delayed")


# -- broken MIME ------------------------------------------------------------------------------------
def test_multipart_that_lost_its_boundary_parameter_is_cut_at_its_delimiters():
    body = ("This is a multi-part message in MIME format.\n\n--=_lost\nContent-Type: text/plain\n\nThe mail system\n\n"
            "--=_lost\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
            "Final-Recipient: rfc822; lost@example.org\nAction: failed\nStatus: 5.1.1\n\n--=_lost\n"
            "Content-Type: message/rfc822\n\nFrom: b@sender.example\nSubject: spring sale\n\nhello\n--=_lost--\n")
    for ctype in ("Content-Type: multipart/report; report-type=delivery-status", ""):
        raw = mail("From: MAILER-DAEMON@mx.example\nTo: b@sender.example\nSubject: Undelivered Mail\n" + ctype, body)
        report = classify(raw)
        r = one(report)
        assert (r.address, r.reason, report.detector) == ("lost@example.org", "user_unknown", "dsn"), ctype
        assert report.original.subject == "spring sale"
        assert any("boundary" in d for d in report.defects)


def test_pasted_original_with_its_own_boundary_stays_text():
    # a plain-text bounce (no Content-Type) that pastes the original, MIME and all
    raw = mail("From: MAILER-DAEMON@mx.example\nTo: b@sender.example\nSubject: failure notice", """
<gone@example.org>:
550 5.1.1 user unknown

--- Below this line is a copy of the message.

Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain

Hello <other@example.com>
--alt--
""")
    r = one(classify(raw))
    assert (r.address, r.reason) == ("gone@example.org", "user_unknown")


# -- replies that are not failures ------------------------------------------------------------------
def test_vacation_auto_reply():
    raw = mail("From: Pat <pat@example.org>\nTo: news@sender.example\nSubject: Out of Office: Your order\n"
               "Auto-Submitted: auto-replied", "I am away until Monday.")
    report = classify(raw)
    assert report.kind == "auto_reply" and one(report).address == "pat@example.org"
    assert one(report).bouncestudio_code == 60


def test_a_dsn_carrying_auto_submitted_is_still_a_bounce():
    block = "Final-Recipient: rfc822; x@y.example\nAction: failed\nStatus: 5.1.1"
    assert classify(mail(DSN_HEAD, dsn(block))).kind == "failed"  # DSN_HEAD has Auto-Submitted


def test_challenge_names_the_protected_recipient():
    raw = mail("From: Verification <verify@cr.example>\nTo: news@sender.example\n"
               "Subject: Please confirm your message to jo@example.net\nAuto-Submitted: auto-replied",
               "I am protected by a challenge-response anti-spam service. Click to prove you are a human.")
    report = classify(raw)
    assert report.kind == "challenge" and one(report).address == "jo@example.net"
    assert one(report).bouncestudio_code == 100


def test_unsubscribe_reply_but_not_a_newsletter_footer():
    raw = mail("From: Chris <chris@example.com>\nTo: list@sender.example\nSubject: Re: Weekly news",
               "Please remove me from this mailing list.\n\n> Weekly news...")
    r = one(classify(raw))
    assert (r.address, r.reason, r.bouncestudio_code) == ("chris@example.com", "unsubscribe", 90)
    newsletter = mail("From: News <news@shop.example>\nTo: me@example.com\nSubject: Deals\n"
                      "List-Unsubscribe: <mailto:unsubscribe@shop.example>",
                      "Great deals!\n\nTo unsubscribe, click here. Remove me from this list: link.")
    assert classify(newsletter).kind == "not_bounce"


# -- free-text bounces ------------------------------------------------------------------------------
def test_qmail():
    raw = mail("From: MAILER-DAEMON@mx.example.jp\nTo: bounces@sender.example\nSubject: failure notice", """
Hi. This is the qmail-send program at mx.example.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<one@example.jp>:
192.0.2.1 does not like recipient.
Remote host said: 550 5.1.1 <one@example.jp>: Recipient address rejected: User unknown
Giving up on 192.0.2.1.

<two@example.jp>:
Sorry, I couldn't find any host named example.jp. (#5.1.2)

--- Below this line is a copy of the message.

Return-Path: <bounces@sender.example>
To: one@example.jp
Subject: hi
""")
    report = classify(raw)
    got = {r.address: (r.reason, r.status, r.reply_code, r.smtp_command) for r in report.recipients}
    assert got == {"one@example.jp": ("user_unknown", "5.1.1", "550", "RCPT"),
                   "two@example.jp": ("host_unknown", "5.1.2", None, None)}


def test_exim_several_recipients_and_sender_refused_at_mail_from():
    raw = mail("From: Mail Delivery System <Mailer-Daemon@relay.example>\nTo: bounces@sender.example\n"
               "Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: a@x.example, b@y.example", """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  a@x.example
    host mx.x.example [192.0.2.2]
    SMTP error from remote mail server after MAIL FROM:<bounces@sender.example> SIZE=1543:
    550 5.1.8 <bounces@sender.example>: Sender address rejected: Domain not found
  b@y.example
    host mx.y.example [192.0.2.3]
    SMTP error from remote mail server after initial connection:
    554 mx.y.example ESMTP not accepting messages from 192.0.2.9: listed at zen.spamhaus.org

------ This is a copy of the message, including all the headers. ------
""")
    got = {r.address: (r.reason, r.class_, r.smtp_command) for r in classify(raw).recipients}
    assert got["a@x.example"] == ("rejected", "block", "MAIL")
    assert got["b@y.example"] == ("blocked", "block", "CONN")


def test_sendmail_transcript_in_the_text_part():
    block = "Final-Recipient: RFC822; u@x.example\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: X-Unix; 67"
    text = ("   ----- The following addresses had permanent fatal errors -----\n<u@x.example>\n"
            "    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n"
            "... while talking to mx.x.example.:\n>>> RCPT To:<u@x.example>\n<<< 550 5.1.1 <u@x.example>... User unknown\n")
    r = one(classify(mail(DSN_HEAD.replace("Undelivered Mail Returned to Sender", "Returned mail: see transcript for details"),
                          dsn(block, text=text))))
    assert r.address == "u@x.example" and r.smtp_command == "RCPT"


@pytest.mark.parametrize("line", [
    "\t* [quota@example.net]: 552 quota@example.net... User account is overquota",
    "The following message, addressed to 'quota@example.net', failed: 552 mailbox over quota",
])
def test_recipient_in_square_brackets_or_single_quotes(line):
    raw = mail("From: MAILER-DAEMON@mx.example\nTo: b@sender.example\nSubject: Undeliverable: hi",
               f"Delivery has failed to these recipients:\n\n{line}\n")
    r = one(classify(raw))
    assert (r.address, r.reason, r.reply_code) == ("quota@example.net", "mailbox_full", "552")


def test_exchange_2003():
    raw = mail("From: System Administrator <postmaster@corp.example>\nTo: news@sender.example\n"
               "Subject: Undeliverable: Hello\nX-Mailer: Internet Mail Service (5.5.2657.72)", """
Your message

  To:      someone@corp.example
  Subject: Hello

did not reach the following recipient(s):

someone@corp.example on Thu, 29 Apr 2007 16:51:51 -0500
    The recipient name is not recognized
    MSEXCH:IMS:CORP:SITE:EXCHANGE 0 (000C05A6) Unknown Recipient
""")
    r = one(classify(raw))
    assert (r.address, r.reason, r.class_) == ("someone@corp.example", "user_unknown", "hard")


def test_lotus_notes_failure_reasons():
    raw = mail("From: postmaster@n.example.co.jp\nTo: news@sender.example\nSubject: Undeliverable message", """
------- Failure Reasons  --------

User not listed in public Name & Address Book
taro@n.example.co.jp

------- Returned Message --------
""")
    r = one(classify(raw))
    assert (r.address, r.reason) == ("taro@n.example.co.jp", "user_unknown")


def test_japanese_carrier_in_iso_2022_jp():
    text = "The user(s) account is disabled.\n\n<hanako@ezweb.ne.jp>\n"
    raw = ("From: Postmaster@ezweb.ne.jp\nTo: news@sender.example\nSubject: Mail System Error - Returned Mail\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=ISO-2022-JP\n\n").encode() + \
        "配信できませんでした。\n".encode("iso2022_jp") + text.encode()
    r = one(classify(raw))
    assert (r.address, r.reason, r.class_) == ("hanako@ezweb.ne.jp", "suspended", "soft")


@pytest.mark.parametrize("charset, encoding", [("shift_jis", "cp932"), ("iso-8859-1", "latin-1"), ("utf-8", "utf-8")])
def test_charsets_are_read(charset, encoding):
    body = "ユーザーが存在しません" if encoding != "latin-1" else "Adresse inconnue: réessayez"
    raw = (f"From: MAILER-DAEMON@mx.example\nTo: b@sender.example\nSubject: Undelivered Mail Returned to Sender\n"
           f"Content-Type: text/plain; charset={charset}\n\n{body}\n\n<u@example.com>: 550 5.1.1 User unknown\n").encode(encoding)
    r = one(classify(raw))
    assert (r.address, r.status, r.reason) == ("u@example.com", "5.1.1", "user_unknown")


def test_unknown_charset_is_a_defect_not_an_error():
    raw = (b"From: MAILER-DAEMON@mx.example\nTo: b@sender.example\nSubject: failure notice\n"
           b"Content-Type: text/plain; charset=x-no-such-charset\n\n<u@example.com>:\n550 5.1.1 User unknown\n")
    report = classify(raw)
    assert one(report).reason == "user_unknown"
    assert any("x-no-such-charset" in d for d in report.defects)


# -- addresses ---------------------------------------------------------------------------------------
def test_verp_gives_the_recipient_when_the_report_names_none():
    raw = mail("From: MAILER-DAEMON@mx.example\nTo: bounces+jo=example.org@sender.example\n"
               "Subject: Mail delivery failed", "Your message could not be delivered.\n550 5.1.1 Mailbox does not exist")
    r = one(classify(raw))
    assert r.address == "jo@example.org" and r.reason == "user_unknown"
    # the envelope recipient from the MTA counts first, with a configured pattern
    raw = mail("From: MAILER-DAEMON@mx.example\nTo: list@sender.example\nSubject: Mail delivery failed",
               "Your message could not be delivered.\n550 5.2.2 Mailbox full")
    r = one(classify(raw, envelope=Envelope(recipient="ret-jo=example.org@sender.example"), verp="ret-LOCAL=DOMAIN@*"))
    assert (r.address, r.reason) == ("jo@example.org", "mailbox_full")


def test_batv_and_srs_wrappers_are_stripped():
    block = ("Final-Recipient: rfc822; SRS0=HHH=TT=example.org=jo@forwarder.example\nAction: failed\nStatus: 5.1.1\n\n"
             "Final-Recipient: rfc822; prvs=1234abcd=ann@example.net\nAction: failed\nStatus: 5.1.1")
    report = classify(mail(DSN_HEAD, dsn(block)))
    assert [r.address for r in report.recipients] == ["jo@example.org", "ann@example.net"]


# -- not bounces ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("headers, body", [
    ("From: Dana <dana@example.org>\nTo: news@sender.example\nSubject: Re: newsletter",
     "My colleague said your mail bounced because her mailbox was full. Delivery failed twice."),
    ("From: ops@logistics.example\nTo: team@sender.example\nSubject: Undeliverable parcels at the warehouse",
     "We have 14 undeliverable parcels (address unknown)."),
    ("From: Lee <lee@example.org>\nTo: support@sender.example\nSubject: Fwd: why no mail?",
     'My IT says the server returns "550 5.7.1 message rejected". Help?'),
    ("From: Pat <pat@example.net>\nTo: sales@sender.example\nSubject: Read: Quote\nMIME-Version: 1.0\n"
     "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"m\"",
     "--m\nContent-Type: text/plain\n\nDisplayed.\n--m\nContent-Type: message/disposition-notification\n\n"
     "Final-Recipient: rfc822;pat@example.net\nDisposition: manual-action/MDN-sent-manually; displayed\n--m--\n"),
])
def test_human_mail_is_not_a_bounce(headers, body):
    assert classify(mail(headers, body)).kind == "not_bounce"


@pytest.mark.parametrize("stage, reason", [("MAIL FROM", "rate_limited"), ("RCPT TO", "mailbox_full")])
def test_a_dsns_quota_code_reads_the_stage_from_the_text(stage: str, reason: str) -> None:
    # the fields say 5.2.2 and no SMTP command; Postfix's text names it: before any recipient was
    # named (MAIL FROM) the quota is our sending quota, at RCPT TO the recipient's full mailbox
    raw = mail("From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\nTo: bounces@sender.example\n"
               "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
               'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
               "--b\nContent-Type: text/plain\n\n<r@provider.example>: host mx.provider.example[198.51.100.7] "
               f"said: 552 5.2.2 Over quota (in reply to {stage} command)\n\n--b\n"
               "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.sender.example\n\n"
               "Final-Recipient: rfc822; r@provider.example\nAction: failed\nStatus: 5.2.2\n"
               "Diagnostic-Code: smtp; 552 5.2.2 Over quota\n\n--b--\n")
    (rcpt,) = classify(raw).recipients
    assert (rcpt.reason, rcpt.smtp_command) == (reason, stage.split()[0])


def test_an_automatic_deleted_that_refuses_nothing_is_no_failure():
    """A read receipt for a message a rule deleted unread (RFC 8098 "deleted") was delivered: only a
    Sieve reject's words refuse it (RFC 5429 2.5.1)."""
    raw = sieve_mdn("automatic-action/MDN-sent-automatically; deleted",
                    "Your message\n\n  To: fay@example.net\n  Subject: spring sale\n\nwas deleted without being read "
                    "on Wednesday, 12 November 2025.")
    assert classify(raw).kind not in ("failed", "delayed")
    localized = sieve_mdn("automatic-action/MDN-sent-automatically; deleted",
                          "Ihre Nachricht an fay@example.net wurde automatisch abgelehnt: Postfach voll")
    assert classify(localized).kind == "failed"


@pytest.mark.parametrize("marker", ["------ This is a copy of the message, including all the headers. ------",
                                    "----- Original message -----"])
def test_report_fields_inside_the_returned_original_are_the_originals(marker):
    """A text bounce whose returned original quotes a DSN: only the outer report's recipient counts."""
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its recipients.\n\n"
            "  outer@rcpt.example\n    SMTP error from remote mail server after RCPT TO:<outer@rcpt.example>:\n"
            "    552 5.2.2 Mailbox quota exceeded\n\n"
            f"{marker}\n\nFrom: b@sender.example\nTo: outer@rcpt.example\nSubject: how DSNs look\n\n"
            "Reporting-MTA: dns; mx.other.example\n\nFinal-Recipient: rfc822; inner@appear.example\n"
            "Action: failed\nStatus: 5.1.1\n")
    raw = mail("From: Mail Delivery System <Mailer-Daemon@mx.rcpt.example>\nTo: b@sender.example\n"
               "Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: outer@rcpt.example",
               body)
    r = one(classify(raw))
    assert (r.address, r.reason, r.class_) == ("outer@rcpt.example", "mailbox_full", "soft")


def test_a_multipart_that_never_closes_says_it_may_be_truncated():
    """RFC 2046 5.1.1: a multipart ends with its close delimiter; one cut before it (in transit, by a
    size limit) is read as far as it goes, and the report says what may be missing."""
    body = ("--b\nContent-Type: text/plain\n\nThe mail system\n\n<cut@example.org>: host mx.example.org said: "
            "550 5.1.1 <cut@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n"
            "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.sender.example\n\n"
            "Final-Recipient: rfc822; cut@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1")
    head = ("From: MAILER-DAEMON@mx.sender.example\nTo: b@sender.example\nSubject: Undelivered Mail\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"")
    report = classify(mail(head, body))
    r = one(report)
    assert (r.address, r.reason) == ("cut@example.org", "user_unknown")
    assert any("closing boundary" in d for d in report.defects)
    closed = classify(mail(head, body + "\n\n--b--\n"))
    assert not any("closing boundary" in d for d in closed.defects)


@pytest.mark.parametrize("text, reason", [
    ("Your message to <fay@example.net> was automatically refused:\nQuota exceeded", "mailbox_full"),
    ("Your message to <fay@example.net> was not accepted: This account no longer exists.", "user_unknown"),
    ("Your message to <fay@example.net> was automatically declined: I do not accept mail from your domain.", "filtered"),
])
def test_a_sieve_reject_in_other_words_is_a_failure(text, reason):
    r = one(classify(sieve_mdn("automatic-action/MDN-sent-automatically; deleted", text)))
    assert r.reason == reason


def test_report_fields_after_a_sentence_about_the_copy_are_the_reports():
    """A report whose boundary never comes: "A copy of the original message is appended after the
    delivery status fields below" is followed by this report's own fields, not by the original."""
    body = ("This is a delivery status notification.\n\nA copy of the original message is appended after the "
            "delivery status fields below.\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; "
            "bob@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n")
    raw = mail("From: MAILER-DAEMON@mx.example.net\nTo: b@sender.example\nSubject: Delivery Status Notification\n"
               "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"never\"",
               body)
    r = one(classify(raw))
    assert (r.address, r.reason) == ("bob@example.net", "user_unknown")


@pytest.mark.parametrize("marker", ["------ This is a copy of the body of the message, without the headers. ------",
                                    "--- Below this line is the body of the message.",
                                    "----- The text of your message follows -----"])
def test_a_dsn_quoted_in_a_body_only_copy_is_the_originals(marker):
    """Exim and qmail may return the body without its headers: a DSN a person quoted there names no
    recipient of this report (the report's own words named who failed)."""
    body = ("A message that you sent could not be delivered to one or more of its recipients.\n\n"
            "  carol@rcpt.example\n    SMTP error from remote mail server after end of data:\n"
            "    552 5.2.2 Mailbox full\n\n"
            f"{marker}\n\nHi support, this is what we got:\n\nReporting-MTA: dns; mx.other.example\n"
            "Final-Recipient: rfc822; dave@other.example\nAction: failed\nStatus: 5.1.1\n")
    raw = mail("From: Mail Delivery System <Mailer-Daemon@mx.sender.example>\nTo: b@sender.example\n"
               "Subject: Mail delivery failed: returning message to sender", body)
    r = one(classify(raw))
    assert (r.address, r.reason) == ("carol@rcpt.example", "mailbox_full")


@pytest.mark.parametrize("text", ["Ihre Nachricht an fay@example.net wurde ungelesen gelöscht.",
                                  "Su mensaje para fay@example.net se eliminó sin leerse.",
                                  "開封されずに削除されました。", "Your message was deleted."])
def test_a_read_receipt_for_a_deleted_message_is_no_failure(text):
    assert classify(sieve_mdn("automatic-action/MDN-sent-automatically; deleted", text)).kind not in ("failed", "delayed")


@pytest.mark.parametrize("subject", ["Meeting declined", "Storage quota report", "Access denied on shared drive",
                                     "Customer account no longer exists - please close ticket"])
def test_the_returned_subject_of_a_read_receipt_refuses_nothing(subject):
    text = f"Your message\n\n  To: fay@example.net\n  Subject: {subject}\n\nwas deleted without being read."
    assert classify(sieve_mdn("automatic-action/MDN-sent-automatically; deleted", text)).kind not in ("failed", "delayed")


@pytest.mark.parametrize("text", ["Meddelandet raderades utan att ha lästs.", "Az üzenetet olvasatlanul törölték.",
                                  "Zpráva byla odstraněna bez přečtení."])
def test_a_read_receipt_in_any_language_refuses_nothing(text):
    assert classify(sieve_mdn("automatic-action/MDN-sent-automatically; deleted", text)).kind not in ("failed", "delayed")


def test_a_dsn_below_a_rule_line_is_the_originals_even_when_the_report_names_no_one():
    body = ("Your message could not be delivered: the recipient's mailbox is over quota. The server will not "
            "try again.\n\n------ This is a copy of your message, without the headers ------\n\n"
            "Hi support, this is what we got:\n\nReporting-MTA: dns; mx.other.example\n"
            "Final-Recipient: rfc822; dave@other.example\nAction: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n")
    raw = mail("From: Mail Delivery System <Mailer-Daemon@mx.dest.example>\nTo: b@sender.example\n"
               "Subject: Undeliverable", body)
    assert all(r.address != "dave@other.example" for r in classify(raw).recipients)


@pytest.mark.parametrize("reply, expected", [
    ("550 No such user here", "user_unknown"),
    ("550 5.1.1 <ines@example.org>: Recipient address rejected: User unknown", "user_unknown"),
    ("552 5.2.2 Mailbox full", "mailbox_full"),
])
def test_cpanels_guessing_line_under_an_exim_failure_says_no_cause(reply, expected):
    """cPanel adds "The account or domain may not exist, they may be blacklisted, or missing the proper
    dns entries." under every failure: guesses, no cause; the server's reply decides."""
    raw = (b"From: Mail Delivery System <Mailer-Daemon@host.example.net>\nTo: news@sender.example\n"
           b"Subject: Mail delivery failed: returning message to sender\n\n"
           b"This message was created automatically by mail delivery software.\n\n"
           b"A message that you sent could not be delivered to one or more of its\n"
           b"recipients. This is a permanent error. The following address(es) failed:\n\n"
           b"  ines@example.org\n    host mx.example.org [192.0.2.62]\n"
           b"    SMTP error from remote mail server after RCPT TO:<ines@example.org>:\n    " + reply.encode() + b"\n\n"
           b"The mail server could not deliver mail to ines@example.org.  The account or domain may not exist, "
           b"they may be blacklisted, or missing the proper dns entries.\n\n"
           b"------ This is a copy of the message, including all the headers. ------\n\n"
           b"From: news@sender.example\nTo: ines@example.org\nSubject: News\n\nHi\n")
    (rec,) = classify(raw).recipients
    assert (rec.address, rec.reason) == ("ines@example.org", expected)


def test_an_address_inside_a_multi_line_reply_is_a_word_of_that_reply():
    """RFC 5321 4.2.1: every line of a multi-line reply but the last is "NNN-": Exim's sender-verify
    callout quoted by qmail ("550-Sent: RCPT TO:<our sender>") names no recipient of its own, and the
    reply, whole, says our sender was refused."""
    raw = (b"From: MAILER-DAEMON@mail.sender.example\nTo: bounces@sender.example\n"
           b"Subject: failure notice\n\n"
           b"Hi. This is the qmail-send program at mail.sender.example.\n"
           b"I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           b"This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           b"<user217@example.net>:\n198.51.100.27 does not like recipient.\n"
           b"Remote host said: 550-Verification failed for <bounces@sender.example>\n550-Called:   192.0.2.80\n"
           b"550-Sent:     RCPT TO:<bounces@sender.example>\n550-Response: 550 5.1.1 No such user\n"
           b"550 Sender verify failed\nGiving up on 198.51.100.27.\n\n"
           b"--- Below this line is a copy of the message.\n\nFrom: news@sender.example\nTo: user217@example.net\n\nHi\n")
    (rec,) = classify(raw).recipients
    assert (rec.address, rec.reason, rec.class_) == ("user217@example.net", "rejected", "block")
    assert "Sender verify failed" in rec.diagnostic


def test_addresses_whose_local_part_starts_like_a_reply_code_are_recipients():
    """"415-555-0100@sms.example.org" on its own line is an address (an SMS gateway's), not the next line of
    a "415-" reply: every one of the list is a recipient."""
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: news@sender.example\nSubject: Undeliverable: News",
               "Delivery has failed to these recipients or groups:\n\n415-555-0100@sms.example.org\n"
               "415-555-0101@sms.example.org\n415-555-0102@sms.example.org\n\n"
               "The e-mail address you entered couldn't be found.\n")
    assert [r.address for r in classify(raw).recipients] == [
        "415-555-0100@sms.example.org", "415-555-0101@sms.example.org", "415-555-0102@sms.example.org"]


EXIM_HEAD = (b"From: Mail Delivery System <Mailer-Daemon@mx.sender.example>\nTo: news@sender.example\n"
             b"Subject: %s\nAuto-Submitted: auto-replied\n\n"
             b"This message was created automatically by mail delivery software.\n\n")


def test_an_exim_failure_is_final_whatever_temporary_words_the_quoted_answer_holds():
    """Exim's "This is a permanent error" and "retry timeout exceeded" say it gave up: a remote's
    "421 ... temporarily deferred" quoted under them is the cause, not the report's kind."""
    raw = (EXIM_HEAD % b"Mail delivery failed: returning message to sender") + (
        b"A message that you sent could not be delivered to one or more of its\n"
        b"recipients. This is a permanent error. The following address(es) failed:\n\n"
        b"  kim@remote.example\n    host mx.remote.example [198.51.100.4]\n"
        b"    SMTP error from remote mail server after MAIL FROM:<news@sender.example>:\n"
        b"    421 4.7.0 Messages from 192.0.2.25 temporarily deferred due to user complaints\n"
        b"    retry timeout exceeded\n")
    report = classify(raw)
    assert report.kind == "failed"
    assert one(report).address == "kim@remote.example"


def test_a_temporary_reply_code_in_a_delay_warning_keeps_it_a_delay():
    """RFC 5321 4.2.1: the reply code says whether the server refused for good; an enhanced status
    of another class beside it ("421 5.7.32") only details the refusal (RFC 3463 section 2)."""
    raw = (EXIM_HEAD % b"Warning: message 1rh2f7-000b0a-29 delayed 24 hours") + (
        b"A message that you sent has not yet been delivered to one or more of its\n"
        b"recipients after more than 24 hours on the queue on mx.sender.example.\n\n"
        b"The address to which the message has not yet been delivered is:\n\n"
        b"  kim@remote.example\n    host mx.remote.example [198.51.100.4]\n"
        b"    Delay reason: SMTP error from remote mail server after end of data:\n"
        b"    421 5.7.32 Your email was blocked because the From: header is not aligned with SPF or DKIM.\n\n"
        b"No action is required on your part. Delivery attempts will continue for\nsome time.\n")
    report = classify(raw)
    assert report.kind == "delayed"
    assert one(report).class_ == "block"


def test_a_give_up_on_a_temporary_answer_is_not_a_permanent_refusal():
    """Exim's retry-timeout DSN writes its own "Status: 5.0.0" over the remote's "432 4.3.2 System not
    accepting network messages": the server never refused for good, so no hard verdict (RFC 3463 X.3.2:
    the host is out of service for now, the system's state)."""
    raw = dsn("Final-Recipient: rfc822; kim@remote.example\nAction: failed\nStatus: 5.0.0\n"
              "Remote-MTA: dns; mx.remote.example\n"
              "Diagnostic-Code: smtp; 432 4.3.2 System not accepting network messages\n",
              text="retry timeout exceeded")
    rec = one(classify((DSN_HEAD.strip() + "\n\n" + raw).encode()))
    assert (rec.reason, rec.permanent, rec.class_) == ("system_error", False, "soft")
    raw = dsn("Final-Recipient: rfc822; kim@remote.example\nAction: failed\nStatus: 5.3.2\n"
              "Diagnostic-Code: smtp; 521 5.3.2 mx.remote.example does not accept mail\n")
    rec = one(classify((DSN_HEAD.strip() + "\n\n" + raw).encode()))
    assert (rec.reason, rec.class_) == ("not_accept", "hard")


def test_a_later_section_of_a_sendmail_report_lends_no_other_recipients_reply():
    """savemail.c lists each recipient with "(reason: ...)", then the whole session's transcript
    below "----- Transcript of session follows -----": a line there about another recipient is not
    this one's reason; one about this recipient, or about none, still is."""
    body = ("   ----- The following addresses had permanent fatal errors -----\n<quin@remote.example>\n"
            "    (reason: 550 5.1.1 <quin@remote.example>... User unknown)\n\n"
            "   ----- The following addresses had transient non-fatal errors -----\n<ria@slow.example>\n"
            "    (reason: 451 4.4.1 reply: read error from mx.slow.example.)\n\n"
            "   ----- Transcript of session follows -----\n"
            "550 5.1.1 <quin@remote.example>... User unknown\n"
            "<ria@slow.example>... Deferred: Connection reset by mx.slow.example.\n")
    raw = ("From: Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>\nTo: news@sender.example\n"
           "Subject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n\n"
           + body).encode()
    got = {r.address: (r.reason, r.class_) for r in classify(raw).recipients}
    assert got["quin@remote.example"] == ("user_unknown", "hard")
    assert got["ria@slow.example"][1] != "hard"
    # the transcript is all a recipient's reason when it names no other recipient
    raw = ("From: Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>\nTo: news@sender.example\n"
           "Subject: Returned mail: see transcript for details\n\n"
           "   ----- The following addresses had permanent fatal errors -----\n<otto@remote.example>\n"
           "    (reason: 554 5.0.0 Service unavailable)\n\n   ----- Transcript of session follows -----\n"
           "mail.local: /var/mail/otto: Disc quota exceeded\n554 5.0.0 <otto@remote.example>... Service unavailable\n")
    assert one(classify(raw)).reason == "mailbox_full"


def test_exchange_2003_gives_the_remote_reply_in_x_supplementary_info():
    raw = dsn("Final-Recipient: rfc822; gabe@remote.example\nAction: failed\nStatus: 5.5.0\n"
              "X-Supplementary-Info: <mx.remote.example #5.5.0 smtp;554 5.7.1 Rejected: 192.0.2.25 listed at "
              "zen.spamhaus.org>\n")
    rec = one(classify((DSN_HEAD.strip() + "\n\n" + raw).encode()))
    assert (rec.reason, rec.class_) == ("blocked", "block")
    assert rec.diagnostic.startswith("554 5.7.1 Rejected")


def test_a_comment_after_the_final_recipients_address_is_no_part_of_it():
    # RFC 3464 section 2.3.2: RFC 822 address syntax, comments included
    raw = dsn("Final-Recipient: rfc822; sam.ito@remote.example (Sam Ito)\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n")
    assert one(classify((DSN_HEAD.strip() + "\n\n" + raw).encode())).address == "sam.ito@remote.example"


# -- an abuse desk's complaint without ARF: the recipient reported it ---------------------------------
@pytest.mark.parametrize("frm, subject, body, who", [
    ("Abuse Team <abuse@isp.example>", "Spam complaint about your mailing",
     "Hello,\n\nOne of our users, ann@isp.example, has reported the message below as spam.\nPlease remove the "
     "address from your lists.\n", "ann@isp.example"),
    ("Postmaster <postmaster@webmail.example>", "Complaint: marked as spam",
     "This message was marked as junk by the recipient bo@webmail.example. Please stop sending to this "
     "address.\n", "bo@webmail.example"),
])
def test_an_abuse_desks_plain_complaint(frm, subject, body, who):
    r = one(classify(mail(f"From: {frm}\nTo: news@sender.example\nSubject: {subject}", body)))
    assert (r.address, r.reason, r.class_) == (who, "complaint", "info")


def test_a_filter_that_marked_our_mail_as_spam_is_no_complaint():
    raw = mail("From: Postmaster <postmaster@webmail.example>\nTo: news@sender.example\nSubject: Message rejected as spam",
               "Your message to bo@webmail.example was marked as spam by the recipient's filter and was not delivered.\n")
    assert classify(raw).kind != "complaint"


def test_an_abuse_desk_names_our_sender_in_its_sentence_not_as_the_complainant():
    raw = mail("From: Abuse <abuse@isp.example>\nTo: postmaster@shop.example\nSubject: Spam complaint",
               "The message below, sent by news@shop.example, was marked as spam by the recipient.\n\n"
               "-------- Original message --------\nFrom: news@shop.example\nTo: hilde@isp.example\n"
               "Subject: Weekly\n\nHello\n")
    assert [r.address for r in classify(raw).recipients] == ["hilde@isp.example"]


@pytest.mark.parametrize("subject, body, extra", [
    # the desk thanking the person who reported, or answering in a conversation: nobody complained to us
    ("Spam report received", "Thank you. You have reported the message below as spam and we will look into it.\n"
     "From: news@shop.example\nTo: marcus@isp.example\n", ""),
    ("Re: spam from your customer", "We have reported this message as spam to the sending provider.\n", "In-Reply-To: <a@b>\n"),
])
def test_an_abuse_desks_other_mail_is_no_complaint(subject, body, extra):
    raw = mail(f"From: Abuse <abuse@isp.example>\nTo: marcus@isp.example\nSubject: {subject}\n{extra}", body)
    assert classify(raw).kind != "complaint"


def test_an_abuse_desk_names_the_complainant_on_its_own_line():
    raw = mail("From: Abuse <abuse@isp.example>\nTo: postmaster@shop.example\nSubject: Spam complaint",
               "A customer has reported the message below as spam; it was mailed by news@shop.example.\n"
               "Complainant: m.fischer@isp.example\n\nFrom: news@shop.example\nTo: subscribers@shop.example\n")
    assert [r.address for r in classify(raw).recipients] == ["m.fischer@isp.example"]


@pytest.mark.parametrize("subject, body, who", [
    ("Unsolicited commercial email received", "Complainant: h.meyer@isp.example\nOur customer has reported the "
     "message below as spam.\n", "h.meyer@isp.example"),
    ("Junk mail report", "The message below was flagged as junk by one of our subscribers (olsen.k@isp.example).\n",
     "olsen.k@isp.example"),
])
def test_an_abuse_desks_complaint_under_other_subjects_and_words(subject, body, who):
    raw = mail(f"From: Abuse <abuse@isp.example>\nTo: postmaster@shop.example\nSubject: {subject}", body)
    assert [r.address for r in classify(raw).recipients] == [who]
