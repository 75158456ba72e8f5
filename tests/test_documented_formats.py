"""Reports of the MTAs and providers as their documentation shows them, written by hand for these tests.

Each message follows the layout its software documents or ships as a template (sources beside
each one): Postfix's bounce(5) templates, Exim's documented bounce and delay-warning texts,
Sendmail's DSN with its session transcript, qmail's QSBMF (cr.yp.to/proto/qsbmf.txt), Courier,
OpenSMTPD, Microsoft Exchange / Exchange Online NDRs (learn.microsoft.com, "Diagnostic information
for administrators"), Lotus Domino, Novell GroupWise, Gmail, Yahoo, MDaemon.  What is asserted is
what the layout means: the kind of report, the failed recipients (only those), and, where the
report states it, the status.  The addresses are invented (example domains, RFC 2606).
"""
from __future__ import annotations

import pytest

from filter import classify
from shapes import mail


def multipart(headers: str, text: str, fields: str, original: str = "", report: bool = True) -> bytes:
    ctype = ('multipart/report; report-type=delivery-status; boundary="NDR"' if report
             else 'multipart/mixed; boundary="NDR"')
    body = (f"--NDR\nContent-Type: text/plain; charset=utf-8\n\n{text.strip()}\n\n"
            f"--NDR\nContent-Type: message/delivery-status\n\n{fields.strip()}\n\n")
    if original:
        body += f"--NDR\nContent-Type: text/rfc822-headers\n\n{original.strip()}\n\n"
    return mail(headers.strip("\n") + f"\nMIME-Version: 1.0\nContent-Type: {ctype}", body + "--NDR--\n")


ORIGINAL = """From: Newsletter <news@sender.example>
To: reader@example.net
Subject: November news
Message-ID: <n42.reader@sender.example>
"""


def got(raw: bytes) -> tuple[str, set[str | None]]:
    report = classify(raw)
    return report.kind, {r.address for r in report.recipients}


# -- Postfix: bounce(5) templates (bounce.cf.default) -----------------------------------------------
POSTFIX_FAILURE_TEXT = """This is the mail system at host mx.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<reader@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1
    <reader@example.net>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""
POSTFIX_FIELDS = """Reporting-MTA: dns; mx.sender.example
X-Postfix-Queue-ID: 4BxYz1abcd
X-Postfix-Sender: rfc822; news@sender.example
Arrival-Date: Tue,  1 Dec 2026 10:00:00 +0000 (UTC)

Final-Recipient: rfc822; reader@example.net
Original-Recipient: rfc822;reader@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 550 5.1.1 <reader@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
POSTFIX_HEAD = """From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)
To: news@sender.example
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
"""


def test_postfix_failure_template():
    report = classify(multipart(POSTFIX_HEAD, POSTFIX_FAILURE_TEXT, POSTFIX_FIELDS, ORIGINAL))
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reply_code, r.reason, r.smtp_command) == \
        ("failed", "reader@example.net", "5.1.1", "550", "user_unknown", "RCPT")


def test_postfix_failure_template_translated_keeps_its_dsn():
    # bounce(5): "the text of the report may be translated"; the delivery-status part stays RFC 3464
    text = ("Dies ist das Mailsystem auf dem Rechner mx.sender.example.\n\n"
            "Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht zugestellt werden.\n"
            "Sie ist unten angehängt.\n\n                   Das Mailsystem\n\n"
            "<reader@example.net>: Empfänger unbekannt\n")
    report = classify(multipart(POSTFIX_HEAD.replace("Undelivered Mail Returned to Sender", "Unzustellbare Nachricht"),
                                text, POSTFIX_FIELDS, ORIGINAL))
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.1", "user_unknown")


def test_postfix_delay_template():
    text = ("This is the mail system at host mx.sender.example.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "<reader@example.net>: connect to mx.example.net[192.0.2.25]:25: Connection timed out\n")
    fields = ("Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; reader@example.net\n"
              "Action: delayed\nStatus: 4.4.1\n"
              "Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.25]:25: Connection timed out\n"
              "Will-Retry-Until: Sun,  6 Dec 2026 10:00:00 +0000 (UTC)\n")
    head = POSTFIX_HEAD.replace("Undelivered Mail Returned to Sender", "Delayed Mail (still being retried)")
    assert got(multipart(head, text, fields, ORIGINAL)) == ("delayed", {"reader@example.net"})


def test_postfix_success_and_verify_templates_are_not_failures():
    success = ("This is the mail system at host mx.sender.example.\n\nYour message was successfully delivered to "
               "the destination(s)\nlisted below. If the message was delivered to mailbox you will receive no "
               "further\nnotifications. Otherwise you may still receive notifications of mail delivery errors\n"
               "from other systems.\n\n<reader@example.net>: delivery via mx.example.net[192.0.2.25]:25: 250 2.0.0 Ok\n")
    fields = ("Reporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; reader@example.net\n"
              "Action: relayed\nStatus: 2.0.0\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4BxYz2\n")
    head = POSTFIX_HEAD.replace("Undelivered Mail Returned to Sender", "Successful Mail Delivery Report")
    assert classify(multipart(head, success, fields)).kind == "delivered"
    verify = ("This is the mail system at host mx.sender.example.\n\nEnclosed is the mail delivery report that you "
              "requested.\n\n<reader@example.net>: delivery via mx.example.net[192.0.2.25]:25: 250 2.1.5 Ok\n")
    fields = fields.replace("Action: relayed", "Action: deliverable")
    head = POSTFIX_HEAD.replace("Undelivered Mail Returned to Sender", "Mail Delivery Status Report")
    assert classify(multipart(head, verify, fields)).kind == "delivered"


def test_postfix_alias_expansion_reports_only_the_final_recipient():
    text = POSTFIX_FAILURE_TEXT.replace("<reader@example.net>: host", "<reader@example.net> (expanded from\n    <staff@example.net>): host")
    fields = POSTFIX_FIELDS.replace("Original-Recipient: rfc822;reader@example.net", "Original-Recipient: rfc822;staff@example.net")
    report = classify(multipart(POSTFIX_HEAD, text, fields))
    assert [(r.address, r.original_recipient) for r in report.recipients] == [("reader@example.net", "staff@example.net")]


# -- Exim: the documented bounce and delay-warning messages ------------------------------------------
EXIM_HEAD = """From: Mail Delivery System <Mailer-Daemon@relay.sender.example>
To: news@sender.example
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied
"""
EXIM_INTRO = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""


@pytest.mark.parametrize("block, status", [
    ("  reader@example.net\n    host mx.example.net [192.0.2.25]\n"
     "    SMTP error from remote mail server after RCPT TO:<reader@example.net>:\n"
     "    550 5.1.1 <reader@example.net>: Recipient address rejected: User unknown\n", "5.1.1"),
    ("  reader@example.net\n    Unrouteable address\n", None),
    ("  reader@example.net\n    retry timeout exceeded\n", None),
    ("  reader@example.net\n    all hosts for 'example.net' have been failing for a long time (and retry time not reached)\n",
     None),
])
def test_exim_bounce_message(block, status):
    raw = mail(EXIM_HEAD, EXIM_INTRO + block + "\n------ This is a copy of the message, including all the headers. ------\n\n"
               + ORIGINAL)
    report = classify(raw)
    assert (report.kind, [r.address for r in report.recipients]) == ("failed", ["reader@example.net"])
    assert report.recipients[0].status == status


def test_exim_bounce_without_x_failed_recipients_header_and_two_addresses():
    block = ("  reader@example.net\n    Unrouteable address\n"
             "  other@example.org\n    host mx.example.org [192.0.2.26]\n"
             "    SMTP error from remote mail server after end of data:\n    552 5.2.2 Mailbox full\n")
    raw = mail(EXIM_HEAD, EXIM_INTRO + block + "\n------ This is a copy of the message, including all the headers. ------\n\n"
               + ORIGINAL)
    assert got(raw) == ("failed", {"reader@example.net", "other@example.org"})


def test_exim_delay_warning():
    # Exim's spec, "warn_message_file" and the default delay warning
    raw = mail("From: Mail Delivery System <Mailer-Daemon@relay.sender.example>\nTo: news@sender.example\n"
               "Subject: Warning: message 1rAbCd-000123-Xy delayed 24 hours\nAuto-Submitted: auto-replied", """
This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay.sender.example.

The message identifier is:     1rAbCd-000123-Xy
The subject of the message is: November news
The date of the message is:    Mon, 30 Nov 2026 10:00:00 +0000

The address to which the message has not yet been delivered is:

  reader@example.net
    host mx.example.net [192.0.2.25]: Connection timed out

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""")
    assert got(raw) == ("delayed", {"reader@example.net"})


# -- Sendmail: DSN and "----- Transcript of session follows -----" ------------------------------------
SENDMAIL_HEAD = """From: Mail Delivery Subsystem <MAILER-DAEMON@mail.sender.example>
To: <news@sender.example>
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
"""
SENDMAIL_TEXT = """The original message was received at Tue, 1 Dec 2026 10:00:00 GMT
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<reader@example.net>
    (reason: 550 5.1.1 <reader@example.net>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> DATA
<<< 550 5.1.1 <reader@example.net>... User unknown
550 5.1.1 <reader@example.net>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
"""


def test_sendmail_dsn():
    fields = ("Reporting-MTA: dns; mail.sender.example\nReceived-From-MTA: DNS; localhost\n"
              "Arrival-Date: Tue, 1 Dec 2026 10:00:00 GMT\n\nFinal-Recipient: RFC822; reader@example.net\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: DNS; mx.example.net\n"
              "Diagnostic-Code: SMTP; 550 5.1.1 <reader@example.net>... User unknown\n"
              "Last-Attempt-Date: Tue, 1 Dec 2026 10:00:01 GMT\n")
    report = classify(multipart(SENDMAIL_HEAD, SENDMAIL_TEXT, fields, ORIGINAL))
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.1", "user_unknown")


def test_sendmail_text_only_transcript():
    report = classify(mail(SENDMAIL_HEAD, SENDMAIL_TEXT + "\n   ----- Original message follows -----\n\n" + ORIGINAL))
    assert (report.kind, {r.address for r in report.recipients}) == ("failed", {"reader@example.net"})
    assert report.recipients[0].status == "5.1.1"


def test_sendmail_warning():
    text = ("    **********************************************\n"
            "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
            "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
            "    **********************************************\n\n"
            "The original message was received at Tue, 1 Dec 2026 10:00:00 GMT\nfrom localhost [127.0.0.1]\n\n"
            "   ----- Transcript of session follows -----\n"
            "<reader@example.net>... Deferred: Connection timed out with mx.example.net.\n"
            "Warning: message still undelivered after 4 hours\n"
            "Will keep trying until message is 5 days old\n")
    head = SENDMAIL_HEAD.replace("Returned mail: see transcript for details",
                                 "Warning: could not send message for past 4 hours")
    assert got(mail(head, text)) == ("delayed", {"reader@example.net"})


# -- qmail: QSBMF (cr.yp.to/proto/qsbmf.txt), and Yahoo's "failure notice" ------------------------------
def test_qmail_qsbmf_several_paragraphs():
    raw = mail("From: MAILER-DAEMON@mail.sender.example\nTo: news@sender.example\nSubject: failure notice", """
Hi. This is the qmail-send program at mail.sender.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<reader@example.net>:
Sorry, no mailbox here by that name. (#5.1.1)

<other@example.org>:
192.0.2.26 does not like recipient.
Remote host said: 552 5.2.2 Mailbox full
Giving up on 192.0.2.26.

--- Below this line is a copy of the message.

Return-Path: <news@sender.example>
""" + ORIGINAL)
    report = classify(raw)
    assert {r.address: r.status for r in report.recipients} == {"reader@example.net": "5.1.1",
                                                                 "other@example.org": "5.2.2"}


def test_yahoo_failure_notice():
    raw = mail("From: MAILER-DAEMON@yahoo.example\nTo: news@sender.example\nSubject: failure notice", """
Sorry, we were unable to deliver your message to the following address.

<reader@yahoo.example>:
Remote host said: 554 delivery error: dd This user doesn't have a yahoo.example account (reader@yahoo.example) [0] - mta1.mail.yahoo.example [RCPT_TO]

--- Below this line is a copy of the message.
""" + ORIGINAL)
    report = classify(raw)
    r, = report.recipients
    assert (report.kind, r.address, r.reply_code, r.reason) == ("failed", "reader@yahoo.example", "554", "user_unknown")


# -- Courier and OpenSMTPD ---------------------------------------------------------------------------
def test_courier_report():
    text = ("This is a delivery status notification from mx.sender.example,\n"
            "running the Courier mail server, version 1.1.\n\n"
            "The original message was received on Tue, 1 Dec 2026 10:00:00 +0000\n"
            "from localhost [127.0.0.1]\n\n"
            "---------------------------------------------------------------------------\n\n"
            "                           UNDELIVERABLE MAIL\n\n"
            "Your message to the following recipients cannot be delivered:\n\n"
            "<reader@example.net>:\n    mx.example.net [192.0.2.25]:\n"
            ">>> RCPT TO:<reader@example.net>\n<<< 550 5.1.1 <reader@example.net>... User unknown\n\n"
            "---------------------------------------------------------------------------\n")
    fields = ("Reporting-MTA: dns; mx.sender.example\nArrival-Date: Tue, 1 Dec 2026 10:00:00 +0000\n\n"
              "Final-Recipient: rfc822; reader@example.net\nAction: failed\nStatus: 5.0.0\n"
              "Remote-MTA: dns; mx.example.net\nDiagnostic-Code: smtp; 550 5.1.1 <reader@example.net>... User unknown\n")
    head = "From: Courier mail server at mx.sender.example <@>\nTo: news@sender.example\n" \
           "Subject: NOTICE: mail delivery status."
    report = classify(multipart(head, text, fields, ORIGINAL))
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.1", "user_unknown")


def test_opensmtpd_report_without_dsn_part():
    raw = mail("From: Mailer Daemon <MAILER-DAEMON@mx.sender.example>\nTo: news@sender.example\n"
               "Subject: Delivery status notification: error", """
Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

An error has occurred while attempting to deliver a message for
the following list of recipients:

reader@example.net: 550 5.1.1 <reader@example.net>: Recipient address rejected: User unknown

Below is a copy of the original message:

""" + ORIGINAL)
    report = classify(raw)
    r, = report.recipients
    assert (report.kind, r.address, r.status) == ("failed", "reader@example.net", "5.1.1")


def test_opensmtpd_delay():
    raw = mail("From: Mailer Daemon <MAILER-DAEMON@mx.sender.example>\nTo: news@sender.example\n"
               "Subject: Delivery status notification: delay", """
Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

Delays have been detected while attempting to deliver a message for
the following list of recipients:

reader@example.net: 421 4.7.0 Try again later

Consider this as an early warning only.  There is no need to resend the message.
Delivery will keep being retried.

Below is a copy of the original message:

""" + ORIGINAL)
    assert got(raw) == ("delayed", {"reader@example.net"})


# -- Microsoft Exchange / Exchange Online (learn.microsoft.com: "NDRs in Exchange Online") -------------
EXO_TEXT = """Your message to reader@example.net couldn't be delivered.

reader wasn't found at example.net.

news     Office 365     reader
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

Diagnostic information for administrators:

Generating server: BN6PR11MB1234.namprd11.prod.outlook.example

reader@example.net
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from BN6PR11MB1234.namprd11.prod.outlook.example (2603:10b6:404::1) by
 BN6PR11MB1234.namprd11.prod.outlook.example with HTTPS; Tue, 1 Dec 2026 10:00:00 +0000
From: Newsletter <news@sender.example>
To: reader@example.net
Subject: November news
Message-ID: <n42.reader@sender.example>
"""
EXO_HEAD = """From: Microsoft Outlook <postmaster@sender.onmicrosoft.example>
To: <news@sender.example>
Subject: Undeliverable: November news
"""


def test_exchange_online_ndr_with_dsn():
    fields = ("Reporting-MTA: dns;BN6PR11MB1234.namprd11.prod.outlook.example\n"
              "Received-From-MTA: dns;sender.example\n\nFinal-Recipient: rfc822;reader@example.net\n"
              "Action: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    report = classify(multipart(EXO_HEAD, EXO_TEXT, fields))
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.10", "user_unknown")


def test_exchange_online_ndr_text_only():
    # a forward or a gateway that kept only the readable part
    report = classify(mail(EXO_HEAD, EXO_TEXT))
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.10", "user_unknown")


def test_exchange_2010_ndr_text_only():
    raw = mail(EXO_HEAD.replace("Microsoft Outlook", "Microsoft Exchange"), """
Delivery has failed to these recipients or groups:

Reader Example (reader@example.net)
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.

Diagnostic information for administrators:

Generating server: mail.sender.example

reader@example.net
#550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found ##

Original message headers:

From: Newsletter <news@sender.example>
To: reader@example.net
Subject: November news
""")
    report = classify(raw)
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.1", "user_unknown")


def test_exchange_remote_server_returned_names_the_remote_reply():
    raw = mail(EXO_HEAD.replace("Microsoft Outlook", "Microsoft Exchange"), """
Delivery has failed to these recipients or groups:

reader@example.net
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: mail.sender.example

reader@example.net
mx.example.net #<mx.example.net #5.2.2 smtp;552 5.2.2 Mailbox full> #SMTP#

Original message headers:

From: Newsletter <news@sender.example>
""")
    report = classify(raw)
    r, = report.recipients
    assert (r.address, r.status, r.reason) == ("reader@example.net", "5.2.2", "mailbox_full")


# -- Lotus Domino / HCL Notes, Novell GroupWise ------------------------------------------------------
def test_domino_delivery_failure_report():
    raw = mail("From: Postmaster@notes.example.net\nTo: news@sender.example\n"
               "Subject: DELIVERY FAILURE: User reader (reader@example.net) not listed in Domino Directory", """
Your message

  Subject: November news

was not delivered to:

  reader@example.net

because:

  User reader (reader@example.net) not listed in Domino Directory
""")
    report = classify(raw)
    r, = report.recipients
    assert (report.kind, r.address, r.reason) == ("failed", "reader@example.net", "user_unknown")


def test_groupwise_undeliverable_status():
    raw = mail("From: Mail Delivery System <postmaster@gw.example.net>\nTo: news@sender.example\n"
               "Subject: Message status - undeliverable", """
The message that you sent was undeliverable to the following:
        reader@example.net (user not found)

Possible issues:
Unknown user
Unknown host
""")
    report = classify(raw)
    assert (report.kind, {r.address for r in report.recipients}) == ("failed", {"reader@example.net"})


# -- Gmail --------------------------------------------------------------------------------------------
GMAIL_TEXT = """** Address not found **

Your message wasn't delivered to reader@example.net because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/answer/6596

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
"""
GMAIL_HEAD = """From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: news@sender.example
Subject: Delivery Status Notification (Failure)
Auto-Submitted: auto-replied
"""


def test_gmail_address_not_found():
    fields = ("Reporting-MTA: dns; googlemail.example\nArrival-Date: Tue, 01 Dec 2026 02:00:00 -0800 (PST)\n\n"
              "Final-Recipient: rfc822; reader@example.net\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx.example.net. (192.0.2.25, the server for the domain example.net.)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\n"
              "Last-Attempt-Date: Tue, 01 Dec 2026 02:00:01 -0800 (PST)\n")
    report = classify(multipart(GMAIL_HEAD, GMAIL_TEXT, fields, ORIGINAL))
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.1", "user_unknown")


def test_gmail_address_not_found_text_only():
    report = classify(mail(GMAIL_HEAD, GMAIL_TEXT + "\n----- Original message -----\n\n" + ORIGINAL))
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.1", "user_unknown")


# -- MDaemon: "PERMANENT fatal delivery errors" with its session transcript -----------------------------
def test_mdaemon_permanent_failure_names_the_recipient_in_the_transcript():
    raw = mail("From: Mail Delivery System <MDaemon@mail.sender.example>\nTo: news@sender.example\n"
               "Subject: Permanent Delivery Failure", """
The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are set locally by the postmaster.

YOU SHOULD NOT ATTEMPT TO RESEND THIS MESSAGE!

--- Session Transcript ---
 Tue 2026-12-01 10:00:00: Parsing message <mail.sender.example\\pd50000001.msg>
 Tue 2026-12-01 10:00:00: *  From: news@sender.example
 Tue 2026-12-01 10:00:00: *  To: reader@example.net
 Tue 2026-12-01 10:00:00: Attempting SMTP connection to [mx.example.net : 25]
 Tue 2026-12-01 10:00:01: --> MAIL From:<news@sender.example>
 Tue 2026-12-01 10:00:01: <-- 250 2.1.0 Ok
 Tue 2026-12-01 10:00:01: --> RCPT To:<reader@example.net>
 Tue 2026-12-01 10:00:01: <-- 550 5.1.1 <reader@example.net>: Recipient address rejected: User unknown
--- End Transcript ---
""")
    report = classify(raw)
    r, = report.recipients
    assert (report.kind, r.address, r.status, r.reason) == ("failed", "reader@example.net", "5.1.1", "user_unknown")


# -- what must stay apart ----------------------------------------------------------------------------
@pytest.mark.parametrize("headers, body, kinds", [
    # a person answering with a bounce quoted
    ("From: Dana <dana@example.org>\nTo: news@sender.example\nSubject: Re: Undelivered Mail Returned to Sender\n"
     "In-Reply-To: <n42.reader@sender.example>",
     "Hi, I got the message below, can you check?\n\n> This is the mail system at host mx.sender.example.\n"
     "> <reader@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1 User unknown\n", {"not_bounce"}),
    # a newsletter about deliverability
    ("From: Deliverability Weekly <news@weekly.example>\nTo: news@sender.example\nSubject: Why mail is undeliverable",
     "This week: five reasons your mail could not be delivered, and what a 550 5.1.1 reply means.\n"
     "Write to editor@weekly.example with questions.\n", {"not_bounce"}),
    # an out-of-office reply without RFC 3834 headers
    ("From: Reader <reader@example.net>\nTo: news@sender.example\nSubject: Out of Office: November news",
     "I am out of the office until 7 December with limited access to e-mail.\n", {"auto_reply"}),
    # a challenge of a challenge-response system
    ("From: reader@example.net\nTo: news@sender.example\nSubject: Please confirm your message",
     "Your message to reader@example.net is being held. I use a challenge-response spam filter: "
     "please verify that you are a human by replying to this mail; your message will be delivered once you confirm.\n",
     {"challenge", "auto_reply"}),
])
def test_mail_that_is_not_a_bounce_stays_apart(headers, body, kinds):
    assert classify(mail(headers, body)).kind in kinds


# -- a report from an ordinary mailbox: its heading of failed recipients makes it one ---------------------
def test_ndr_from_a_plain_account_with_its_list_of_failed_recipients():
    # CDO / Exchange gateways send their NDRs from the administrator's own address
    raw = mail("From: <admin@corp.example>\nTo: <news@sender.example>\nSubject: Non-Delivery: November news\n"
               "X-Mailer: Microsoft CDO for Windows 2000", """
--- Non-Delivery Report ---
The email below could not be delivered to the following user:

"reader@corp.example" <reader@corp.example>

Old message:
""")
    assert got(raw) == ("failed", {"reader@corp.example"})


@pytest.mark.parametrize("headers, body", [
    # the same heading in a person's reply, or in prose that names no one after it
    ("From: Dana <dana@example.org>\nTo: news@sender.example\nSubject: Re: Non-Delivery: November news",
     "Why this?\n\nThe email below could not be delivered to the following user:\n\nreader@corp.example\n"),
    ("From: Dana <dana@example.org>\nTo: news@sender.example\nSubject: Undeliverable parcels",
     "Parcels could not be delivered to the following addresses:\n\n12 Main Street\n4 High Road\n"),
])
def test_the_heading_alone_makes_no_report(headers, body):
    assert classify(mail(headers, body)).kind == "not_bounce"


# -- auto-replies and challenges without RFC 3834 headers --------------------------------------------
@pytest.mark.parametrize("subject", ["【自動返信】November news", "[Auto-Reply] November news", "(Out of Office) November news",
                                     "[Automatische Antwort] November news"])
def test_auto_reply_prefix_in_brackets(subject):
    raw = mail(f"From: Reader <reader@example.net>\nTo: news@sender.example\nSubject: {subject}", "Back on Monday.\n")
    report = classify(raw)
    assert (report.kind, [r.address for r in report.recipients]) == ("auto_reply", ["reader@example.net"])


def test_a_word_in_brackets_is_no_auto_reply():
    raw = mail("From: Reader <reader@example.net>\nTo: news@sender.example\nSubject: [Vacation] photos from the trip",
               "Here are the photos.\n")
    assert classify(raw).kind == "not_bounce"


@pytest.mark.parametrize("subject, body", [
    # TMDA: the confirmation request names the message "that you sent to" the protected address
    ("Please confirm your message", "This message was created automatically.\n\nA message that you sent to "
     "reader@example.net has been held until you confirm it by replying to this message.\n"),
    # Spam Arrest's request: only senders approved beforehand
    ("Re: November news [Please Verify]", "I apologize for this automatic reply to your email.\n\nTo control spam, "
     "I now allow incoming messages only from senders I have approved beforehand.\n\nIf you would like to be added "
     "to my list of approved senders, please fill out the short request form (see link below)."),
    # a spamBlocker sender verification
    ("Re: November news [spamBlocker request]", "I'm protecting myself from receiving junk mail. Please click on the "
     "link below to complete the verification process. You have to do this only once."),
])
def test_challenge_requests_name_the_protected_reader(subject, body):
    raw = mail(f"From: reader@example.net\nTo: news@sender.example\nSubject: {subject}", body)
    report = classify(raw)
    assert (report.kind, [r.address for r in report.recipients]) == ("challenge", ["reader@example.net"])


def test_a_newsletter_asking_to_be_whitelisted_is_no_challenge():
    raw = mail("From: Shop <news@shop.example>\nTo: reader@example.net\nSubject: Welcome!\n"
               "List-Unsubscribe: <mailto:u@shop.example>",
               "Please add us to your list of approved senders so our mail does not land in spam. "
               "Click the link below to complete the verification process.")
    assert classify(raw).kind == "not_bounce"


# -- gateways and servers of other vendors, each by its documented layout -----------------------------
def _failed(raw: bytes) -> list[tuple[str | None, str | None, str | None]]:
    report = classify(raw)
    assert report.kind == "failed", report.kind
    return [(r.address, r.reply_code, r.reason) for r in report.recipients]


def test_ipswitch_imail_cause_then_address():
    raw = mail("From: postmaster@imail.example.net\nTo: news@sender.example\nSubject: Undeliverable Mail",
               "Unknown user: reader@example.net\n\nOriginal message follows.\n\n" + ORIGINAL)
    assert _failed(raw) == [("reader@example.net", None, "user_unknown")]


def test_trend_micro_interscan_transcript():
    raw = mail("From: Mail Delivery Subsystem <postmaster@imss.example.net>\nTo: news@sender.example\n"
               "Subject: Mail could not be delivered", "This message is created automatically by mail delivery software.\n\n"
               "Sent <<< RCPT TO:<reader@example.net>\nReceived >>> 550 5.1.1 <reader@example.net>... User unknown\n\n"
               "Could not deliver mail to this user.\n")
    assert _failed(raw) == [("reader@example.net", "550", "user_unknown")]


def test_surfcontrol_reply_before_the_affected_recipients():
    raw = mail("From: SurfControl <postmaster@sc.example.net>\nTo: news@sender.example\nSubject: Delivery failure: news",
               "Your message:\n\n   From:    news@sender.example\n   Subject: November news\n\nCould not be delivered because of\n\n"
               "550 5.1.1 User unknown\n\nThe following recipients were affected:\n\n    reader@example.net\n")
    assert _failed(raw) == [("reader@example.net", "550", "user_unknown")]


def test_apache_james_message_details_name_the_recipient_after_the_error():
    raw = mail("From: mailer-daemon@james.example.net\nTo: news@sender.example\nSubject: Undeliverable", """
Error message below:
550 - Requested action not taken: no such user here

Message details:

  Subject: November news
  MAIL FROM: news@sender.example
  RCPT TO: reader@example.net
  From: Newsletter <news@sender.example>
  To: reader@example.net
  Size (in bytes): 1024
""")
    assert _failed(raw) == [("reader@example.net", "550", "user_unknown")]


def test_sun_oracle_messaging_server_text_report():
    raw = mail("From: Internet Mail Delivery <postmaster@ims.example.net>\nTo: news@sender.example\n"
               "Subject: Delivery Notification: Delivery has failed", """
This report relates to a message you sent with the following header fields:

  Message-id: <n42@sender.example>
  From: news@sender.example
  To: reader@example.net, boss@example.net
  Subject: November news

Your message cannot be delivered to the following recipients:

  Recipient address: reader@example.net
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 5.1.1 unknown or illegal alias: reader@example.net
""")
    assert _failed(raw) == [("reader@example.net", "550", "user_unknown")]


def test_messagelabs_bulleted_recipient():
    raw = mail("From: Mail Delivery System <MAILER-DAEMON@messagelabs.example>\nTo: news@sender.example\n"
               "Subject: Mail Delivery Failure", "This is an automatically generated Delivery Status Notification.\n\n"
               "Delivery to the following recipients failed permanently:\n\n    * reader@example.net\n\n"
               "Technical details of permanent failure:\nPERM_FAILURE: SMTP Error (state 9): 550 5.1.1 User unknown\n")
    assert _failed(raw) == [("reader@example.net", "550", "user_unknown")]


# -- success reports written as text: never failures --------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("Delivered: November news", "Your message has been delivered to the following recipients:\n\n"
                                 "reader@example.net (reader@example.net)\n\nSubject: November news\n"),
    ("Relayed: November news", "Delivery to these recipients or groups is complete, but no delivery notification was "
                               "sent by the destination server:\n\nreader@example.net (reader@example.net)\n"),
    ("Delivery Status Notification (Success)", "This is an automatically generated Delivery Status Notification.\n\n"
     "Your message has been successfully relayed to the following recipients, but the requested delivery status "
     "notifications may not be generated by the destination.\n\n     reader@example.net\n"),
    ("Return receipt", "   ----- The following addresses had successful delivery notifications -----\n"
                       "<reader@example.net>  (successfully delivered to mailbox)\n"),
    ("Successful Mail Delivery Report", "This is the mail system at host mx.sender.example.\n\nYour message was "
     "successfully delivered to the destination(s)\nlisted below.\n\n<reader@example.net>: delivery via "
     "mx.example.net[192.0.2.25]:25: 250 2.0.0 Ok: queued as 4BxYz2\n"),
])
def test_success_notifications_in_words_are_delivered(subject, body):
    raw = mail(f"From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>\nTo: news@sender.example\nSubject: {subject}", body)
    report = classify(raw)
    assert (report.kind, [r.address for r in report.recipients]) == ("delivered", ["reader@example.net"])


def test_a_report_of_success_and_failure_is_a_failure():
    raw = mail("From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>\nTo: news@sender.example\n"
               "Subject: Delivery Status Notification (Failure)",
               "Your message has been delivered to the following recipients:\n\nother@example.org\n\n"
               "Delivery to the following recipients failed permanently:\n\n     reader@example.net\n\n"
               "550 5.1.1 User unknown\n")
    assert classify(raw).kind == "failed"


@pytest.mark.parametrize("diagnostic, reason", [("Unrecognised O/R name (0)", "user_unknown"),
                                                ("Unrecognized OR-address", "user_unknown")])
def test_x400_gateway_non_delivery_report(diagnostic, reason):
    # ITU-T X.411 NonDeliveryDiagnosticCode 0, "unrecognised-OR-name", printed by X.400 gateways
    raw = mail("From: X.400 Gateway <postmaster@x400.example.net>\nTo: news@sender.example\n"
               "Subject: Nondelivery Notification: November news",
               "Your message\n\n  Subject: November news\n\ncould not be delivered to the following recipients:\n\n"
               f"Recipient: reader@example.net\n  Reason: Unable to transfer (1)\n  Diagnostic: {diagnostic}\n")
    assert _failed(raw) == [("reader@example.net", None, reason)]


def test_exchange_ndr_from_its_system_mailbox_with_the_originals_subject():
    raw = mail("From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>\n"
               "To: news@sender.example\nSubject: November news",
               "Delivery has failed to these recipients or groups:\n\nreader@corp.example\n"
               "The recipient's mailbox is full and can't accept messages now.\n")
    assert got(raw) == ("failed", {"reader@corp.example"})


def test_notices_of_the_same_mailbox_are_not_bounces():
    head = "From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>\nTo: news@sender.example\n"
    assert classify(mail(head + "Subject: Your mailbox is almost full", "Your mailbox is almost full.\n\nreader@corp.example\n")).kind \
        == "not_bounce"
    assert classify(mail(head + "Subject: Recall Failure: November news",
                         "Your message\n\nTo: reader@corp.example\nSubject: November news\n\nwas not recalled.\n")).kind == "not_bounce"


@pytest.mark.parametrize("subject", ["Não é possível entregar: Novidades", "Kézbesíthetetlen: hírlevél", "无法送达: 新闻",
                                     "Kan inte levereras: nyheter", "Teslim Edilemiyor: haberler"])
def test_localized_undeliverable_subjects_of_outlook(subject):
    # a gateway account that is no mailer-daemon: the subject is one of the two signs of a report
    from email.header import Header

    encoded = Header(subject, "utf-8").encode()  # RFC 2047, as Outlook sends it
    raw = mail(f"From: <gateway-01@corp.example>\nTo: news@sender.example\nSubject: {encoded}",
               "reader@corp.example\n550 5.1.1 User unknown\n")
    assert got(raw) == ("failed", {"reader@corp.example"})
    assert classify(mail("From: <gateway-01@corp.example>\nTo: news@sender.example\nSubject: hírlevél",
                         "reader@corp.example\n550 5.1.1 User unknown\n")).kind == "not_bounce"


def test_a_raw_8bit_subject_is_read_as_utf8():
    # no RFC 2047 words: the header arrives as raw UTF-8, as some gateways send it
    raw = mail("From: <gateway-01@corp.example>\nTo: news@sender.example\nSubject: 无法送达: 新闻",
               "reader@corp.example\n550 5.1.1 User unknown\n")
    assert got(raw) == ("failed", {"reader@corp.example"})


def test_swedish_absence_subject_with_the_bodys_own_words():
    raw = mail("From: sven@example.se\nTo: news@sender.example\nSubject: =?utf-8?q?Fr=C3=A5nvaro=3A_November_news?=",
               "Jag är på semester till 7 december.\n")
    assert classify(raw).kind == "auto_reply"
    assert classify(mail("From: sven@example.se\nTo: news@sender.example\nSubject: =?utf-8?q?Fr=C3=A5nvaro?=",
                         "Vi ses i morgon.\n")).kind == "not_bounce"


def test_the_list_heading_is_read_in_crlf_mail_too():
    raw = mail("From: <admin@corp.example>\nTo: <news@sender.example>\nSubject: Non-Delivery: November news",
               "--- Non-Delivery Report ---\nThe email below could not be delivered to the following user:\n\n"
               "\"reader@corp.example\" <reader@corp.example>\n")
    assert got(raw.replace(b"\n", b"\r\n")) == ("failed", {"reader@corp.example"})


# -- more vendors' layouts: what kind, who, and which class of cause ------------------------------------
@pytest.mark.parametrize("head, body, address, cls", [
    # Kerio Connect: "The following recipient(s) could not be reached:", the error with its codes
    ("From: Mail Delivery Subsystem <postmaster@kerio.example.net>\nSubject: Undeliverable: November news",
     "Your message did not reach some or all of the intended recipients.\n\n   Subject:  November news\n\n"
     "The following recipient(s) could not be reached:\n\n   reader@example.net\n      Error Type: SMTP\n"
     "      Remote server (192.0.2.25) issued an error.\n      hop count exceeded - possible mail loop (554 5.4.6)\n",
     "reader@example.net", "soft"),
    # Barracuda's NDR for a message its spam scoring blocked: our content, not the reader
    ("From: Barracuda <postmaster@barracuda.example.net>\nSubject: **Message you sent blocked by our bulk email filter**",
     "Your message to: reader@example.net\nwas blocked by our Spam Firewall. The email you sent with the following subject "
     "has NOT BEEN DELIVERED:\n\nSubject: November news\n", "reader@example.net", "block"),
    # Mimecast: a policy of the receiving organisation refused the sender
    ("From: Mimecast <postmaster@mimecast.example>\nSubject: Undeliverable Message",
     "Your message couldn't be delivered to the recipient(s) listed below.\n\nreader@example.net\n"
     "Rejected by header based Blocked Senders - block for manual block\n", "reader@example.net", "block"),
    # Gmail's delay notice
    ("From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\nSubject: Delivery Status Notification (Delay)",
     "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to reader@example.net. "
     "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
     "The response from the remote server was:\n421 4.7.0 Try again later, closing connection.\n", "reader@example.net", None),
])
def test_vendor_reports(head, body, address, cls):
    report = classify(mail(head + "\nTo: news@sender.example", body))
    assert report.kind in ("failed", "delayed")
    assert [r.address for r in report.recipients] == [address]
    if cls:
        assert report.recipients[0].class_ == cls


def test_domino_router_without_a_route_to_the_domain():
    raw = mail("From: Postmaster@notes.example.net\nTo: news@sender.example\nSubject: DELIVERY FAILURE: Router: No route found",
               "Your message\n\n  Subject: November news\n\nwas not delivered to:\n\n  reader@example.net\n\nbecause:\n\n"
               "  Router: No route found to domain example.net from server NOTES/ORG. Check Server, Connection and Domain "
               "documents in Domino Directory.\n")
    assert _failed(raw) == [("reader@example.net", None, "host_unknown")]


@pytest.mark.parametrize("name", ["Administrateur système", "Systemadministrator", "Administrador del sistema",
                                  "システム管理者"])
def test_localized_system_administrator_sends_reports(name):
    from email.header import Header

    sender = Header(name, "utf-8").encode()
    raw = mail(f"From: {sender} <admin@corp.example>\nTo: news@sender.example\nSubject: November news",
               "reader@corp.example\n    550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n")
    assert got(raw) == ("failed", {"reader@corp.example"})


# -- CommuniGate Pro: "Failed to deliver to '<address>'", then the module that reports it ---------------
# (CommuniGate Pro guide, "E-Mail Transfer": a message's route is shown as module(queue)address; the
# SMTP module quotes the remote host's reply, the LOCAL module its own verdict)
def test_communigate_failed_to_deliver_to_a_quoted_bracketed_address():
    raw = mail("From: Mail Delivery Module <MAILER-DAEMON@cgp.sender.example>\nTo: news@sender.example\n"
               "Subject: Undeliverable mail: Failed to deliver to '<reader@example.net>'",
               "Failed to deliver to '<reader@example.net>'\nSMTP module(domain example.net) reports:\n"
               " host mx.example.net says:\n 550 5.1.1 <reader@example.net>: Recipient address rejected: User unknown\n\n"
               "Failed to deliver to '<other@cgp.sender.example>'\nLOCAL module(account other) reports:\n"
               " account is full (quota exceeded)\n")
    report = classify(raw)
    assert [(r.address, r.reason) for r in report.recipients] == [
        ("reader@example.net", "user_unknown"), ("other@cgp.sender.example", "mailbox_full")]


# -- Sendmail: the queue lifetime ran out (queue.c "Cannot send message for <interval>") -----------------
def test_sendmail_cannot_send_message_for_days_is_expired():
    raw = mail("From: Mail Delivery Subsystem <MAILER-DAEMON@mx.sender.example>\nTo: news@sender.example\n"
               "Subject: Returned mail: Cannot send message for 5 days",
               "The original message was received at Mon, 23 Nov 2026 10:00:00 GMT\n\n"
               "   ----- The following addresses had permanent fatal errors -----\n<reader@example.net>\n\n"
               "   ----- Transcript of session follows -----\nreader@example.net... Cannot send message for 5 days\n")
    assert _failed(raw) == [("reader@example.net", None, "expired")]
