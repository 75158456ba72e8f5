"""Report layouts of the MTAs and providers the shared corpus holds no sample of.

The layout facts (start markers, field labels, the lines that name a recipient, the sentences a
module's tables know) were read from the decoder CODE of Sisimai, rb-sisimai
``lib/sisimai/lhost/<name>.rb`` (cited per test); the messages below are written for these tests
in that layout, with invented addresses (RFC 2606 / .example) and our own wording for every
variable part.  No sample message of any project was opened.

What is asserted is what the layout means: the kind of report, the failed recipients (only
those), the status / reply code where the layout states one, and a reason whose class
(``reason_class``) matches the words.  The last group: ordinary mail that looks like one of these
layouts stays apart.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.model import reason_class
from shapes import mail

ORIGINAL = ("From: Newsletter <news@sender.example>\nTo: reader@example.net\nSubject: November news\n"
            "Message-ID: <n42.reader@sender.example>\n\nHello\n")


def one(raw: bytes, kind: str = "failed"):
    """The report's only recipient (asserting the kind and that there is exactly one)."""
    report = classify(raw)
    assert report.kind == kind, report.kind
    assert len(report.recipients) == 1, [r.address for r in report.recipients]
    return report.recipients[0]


# -- Amazon WorkMail: DSN fields after "Technical report:" in the text (lhost/amazonworkmail.rb) -------
def test_amazon_workmail_technical_report():
    raw = mail("""From: MAILER-DAEMON@workmail.example
To: news@sender.example
Subject: Delivery Status Notification (Failure)
X-Mailer: Amazon WorkMail
X-SES-Outgoing: 2026.12.01-192.0.2.9
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B1"
""", """--B1
Content-Type: text/plain; charset=UTF-8

Your message to the recipient below could not be delivered.

Technical report:

Reporting-MTA: dsn; out-1.workmail.example
Action: failed
Final-Recipient: rfc822; reader@example.net
Diagnostic-Code: smtp; 550 5.1.1 <reader@example.net>... no such mailbox
Status: 5.1.1

--B1
Content-Type: message/rfc822

""" + ORIGINAL + "\n--B1--\n")
    r = one(raw)
    assert (r.address, r.status, r.reply_code, r.reason) == ("reader@example.net", "5.1.1", "550", "user_unknown")


# -- Aol: an RFC 3464 report marked by X-AOL-IP; "Host or domain name not found" (lhost/aol.rb) --------
def test_aol_host_not_found():
    raw = mail("""From: Mail Delivery Subsystem <MAILER-DAEMON@aol.example>
To: news@sender.example
Subject: Returned mail: see transcript for details
X-AOL-IP: 192.0.2.135
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B2"
""", """--B2
Content-Type: text/plain

Your message could not be delivered to one or more recipients.

<reader@nowhere.example>: Host or domain name not found. Name service error for
    name=nowhere.example type=MX: Host not found, try again

--B2
Content-Type: message/delivery-status

Reporting-MTA: dns; omr.aol.example

Final-Recipient: rfc822; reader@nowhere.example
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=nowhere.example type=MX: Host not found, try again

--B2--
""")
    r = one(raw)
    assert (r.address, r.status, r.reason, reason_class(r.reason)) == \
        ("reader@nowhere.example", "5.4.4", "host_unknown", "hard")


# -- Bigfoot: session transcript then DSN fields in the text, original as message/partial ------------
# (lhost/bigfoot.rb: "Transcript of session follows", ">>> RCPT TO", "<<< 553 Invalid recipient")
def test_bigfoot_transcript_and_fields_in_text():
    raw = mail("""From: Mail Delivery Subsystem <MAILER-DAEMON@bigfoot.example>
To: news@sender.example
Subject: Returned mail: see transcript for details
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B3"
""", """--B3
Content-Type: text/plain

   ----- The following addresses had permanent fatal errors -----
<reader@example.net>

   ----- Transcript of session follows -----
>>> RCPT TO:<reader@example.net>
<<< 553 Invalid recipient reader@example.net (Mode: normal)

Reporting-MTA: dns; mx.bigfoot.example
Final-Recipient: RFC822; reader@example.net
Action: failed
Status: 5.0.0
Diagnostic-Code: SMTP; 553 Invalid recipient reader@example.net (Mode: normal)

--B3
Content-Type: message/partial

""" + ORIGINAL + "\n--B3--\n")
    r = one(raw)
    assert (r.address, r.reply_code, reason_class(r.reason)) == ("reader@example.net", "553", "hard")


# -- Facebook: DSN fields in an inline text part after its fixed first sentence; the reason is a -------
# Facebook response code in the Diagnostic-Code (lhost/facebook.rb, "RCP-P1" = address does not exist)
@pytest.mark.parametrize("code, words, cls", [
    ("RCP-P1", "The attempted recipient address does not exist", "hard"),
    ("MSG-P1", "The message exceeds the maximum allowed size", "soft"),
])
def test_facebook_response_codes(code, words, cls):
    raw = mail("""From: Facebook <mailer-daemon@mx.facebook.example>
To: news@sender.example
Subject: Sorry, your message could not be delivered
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B4"
""", f"""--B4
Content-Type: text/plain; charset=UTF-8
Content-Disposition: inline

This message was created automatically by Facebook.

Reporting-MTA: dns; mx.facebook.example
Final-Recipient: rfc822; reader@facebook.example
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 5.0.0 {code} {words}

--B4--
""")
    r = one(raw)
    assert r.address == "reader@facebook.example"
    assert reason_class(r.reason) == cls, r.reason


# -- fml: the list manager refuses a post from a non-member (lhost/fml.rb: X-MLServer, "-admin@" sender,
# "<digits>.FML..." Message-ID, "You are not a member of this mailing list <list@...>.") ----------------
def test_fml_not_a_member():
    raw = mail("""From: kitchen-admin@lists.example.org
To: news@sender.example
Subject: NOT MEMBER article from news@sender.example
X-MLServer: fml [fml 4.0.3 release]
Message-ID: <200112011000.FML12345.kitchen@lists.example.org>
""", """You are not a member of this mailing list <kitchen@lists.example.org>.

If you know the general guide of this list, please send mail with
the mail body "guide" to the address below.

Original mail as follows:

""" + ORIGINAL)
    r = one(raw)
    assert (r.address, reason_class(r.reason)) == ("kitchen@lists.example.org", "block")


@pytest.mark.parametrize("subject, body, reason", [
    # lhost/fml.rb ErrorTitle / ErrorTable: the list's own notices about a post it did not distribute
    ("fml system error message", "Duplicated Message-ID in <kitchen@lists.example.org>.", "system_error"),
    ("Loop Alert: kitchen@lists.example.org",
     "fml <kitchen@lists.example.org> has detected a loop condition so that\n"
     "input mail has already passed this list <kitchen@lists.example.org>.", "system_error"),
    ("Security Alert", "Security alert: a suspicious command in the post to <kitchen@lists.example.org>.",
     "security_error"),
    ("Spam mail from a spammer is rejected", "The post to <kitchen@lists.example.org> was refused.", "rejected"),
])
def test_fml_notices_name_the_list_once(subject, body, reason):
    raw = mail(f"From: kitchen-admin@lists.example.org\nTo: news@sender.example\nSubject: {subject}\n"
               "X-MLServer: fml [fml 4.0.3 release]\nMessage-ID: <200112011000.FML12345.kitchen@lists.example.org>",
               body + "\n\nOriginal mail as follows:\n\n" + ORIGINAL)
    r = one(raw)
    assert (r.address, r.reason) == ("kitchen@lists.example.org", reason)


# -- Google Groups: X-Failed-Recipients names the group; four bullets explain (lhost/googlegroups.rb) --
def test_google_groups_cannot_post():
    raw = mail("""From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: news@sender.example
Subject: Delivery Status Notification (Failure)
X-Failed-Recipients: kitchen@googlegroups.com
""", """Hello news@sender.example,

We're writing to let you know that the group you tried to contact (kitchen) may not exist, or you may
not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

Google Groups

----- Original message -----

""" + ORIGINAL)
    r = one(raw)
    assert (r.address, reason_class(r.reason)) == ("kitchen@googlegroups.com", "block")


# -- Gmail before 2014: "Delivery to the following recipient failed permanently:", the address
# indented alone, "Technical details of permanent failure:", "(state N)" (lhost/google.rb) -----------
GOOGLE_HEAD = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: news@sender.example\n"


def test_google_old_permanent_failure():
    raw = mail(GOOGLE_HEAD + "Subject: Delivery Status Notification (Failure)", """
This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     reader@example.net

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the recipient domain. We recommend
contacting the other email provider for further information about the cause of this error. The
error that the other server returned was:
550 550 5.1.1 <reader@example.net>: Recipient address rejected: no such mailbox (state 14).

   ----- Original message -----

""" + ORIGINAL)
    r = one(raw)
    assert (r.address, r.status, r.reply_code, r.reason) == ("reader@example.net", "5.1.1", "550", "user_unknown")


def test_google_old_delay_warning():
    raw = mail(GOOGLE_HEAD + "Subject: Delivery Status Notification (Delay)", """
This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     reader@example.net

Message will be retried for 2 more day(s)

Technical details of temporary failure:
Google tried to deliver your message, but it was rejected by the recipient domain. The error
that the other server returned was: 452 452 4.2.2 <reader@example.net>... over quota (state 14).
""")
    r = one(raw, "delayed")
    assert (r.address, r.status, r.reason) == ("reader@example.net", "4.2.2", "mailbox_full")


# -- G Suite: "** Address not found **", "The response from the remote server was:" above a DSN --------
# (lhost/gsuite.rb)
def test_gsuite_address_not_found_with_vague_status():
    raw = mail(GOOGLE_HEAD + """Subject: Delivery Status Notification (Failure)
X-Gm-Message-State: AbCdEf
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B5"
""", """--B5
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to reader@example.net because the address couldn't be found.
Check for typos or unnecessary spaces and try again.

The response from the remote server was:
550 #5.1.0 Address rejected.

--B5
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; reader@example.net
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 #5.1.0 Address rejected.

--B5--
""")
    r = one(raw)
    assert (r.address, r.reply_code, r.reason) == ("reader@example.net", "550", "user_unknown")


# -- Mail.Ru: Exim's layout under a Russian preamble (lhost/mailru.rb: "This message was created
# automatically by mail delivery software.", the address indented alone, "SMTP error from remote
# mail server after RCPT TO", "------ This is a copy of the message ...") ---------------------------
def test_mailru_exim_layout_with_russian_preamble():
    raw = mail("""From: Mail Delivery System <mailer-daemon@corp.mail.example>
To: news@sender.example
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
""", """Это письмо создано автоматически почтовым сервером, отвечать на него не нужно.

Ваше письмо не удалось доставить одному или нескольким получателям:

**********************

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  reader@example.net
    SMTP error from remote mail server after RCPT TO:<reader@example.net>:
    host mx.example.net [192.0.2.25]: 550 5.1.1 <reader@example.net>: no such mailbox

------ This is a copy of the message, including all the headers. ------

""" + ORIGINAL)
    r = one(raw)
    assert (r.address, r.status, r.reply_code, r.smtp_command, r.reason) == \
        ("reader@example.net", "5.1.1", "550", "RCPT", "user_unknown")


# -- McAfee Email Gateway: "--- The following addresses had delivery problems ---", then
# "<address>   (cause)", and a delivery-status part with status 5.0.0 (lhost/mcafee.rb) ---------------
def test_mcafee_delivery_problems_list():
    raw = mail("""From: postmaster@gateway.example.net
To: news@sender.example
Subject: Delivery Status
X-NAI-Header: Modified by McAfee Email and Web Security Virtual Appliance
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B6"
""", """--B6
Content-Type: text/plain; name="deliveryproblems.txt"

    --- The following addresses had delivery problems ---

<reader@example.net>   (User unknown reader@example.net)

--B6
Content-Type: message/delivery-status; name="deliverystatus.txt"

Original-Recipient: <reader@example.net>
Final-Recipient: RFC822; <reader@example.net>
Action: failed
Status: 5.0.0

--B6--
""")
    r = one(raw)
    assert (r.address, r.reason) == ("reader@example.net", "user_unknown")


# -- Zoho Mail: "address cause, ERROR_CODE :550, ERROR_CODE :5.1.1 ..." on one line, and the bracketed
# "[Status: Error, Address: <...>, ResponseCode 421, , cause.]" record (lhost/zoho.rb) ----------------
ZOHO_HEAD = ("From: mailer-daemon@mail.zoho.example\nTo: news@sender.example\n"
             "Subject: Undelivered Mail Returned to Sender\nX-ZohoMail: Si CHF_MF_NL SS_10\n")
ZOHO_INTRO = ("This message was created automatically by mail delivery software.\nA message that you sent could "
              "not be delivered to one or more of its recipients. This is a permanent error.\n\n")


def test_zoho_error_code_line():
    raw = mail(ZOHO_HEAD, ZOHO_INTRO + "reader@example.net Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 "
                                       "<reader@example.net>... no such mailbox\n")
    r = one(raw)
    assert (r.address, r.status, r.reply_code, r.reason) == ("reader@example.net", "5.1.1", "550", "user_unknown")


def test_zoho_bracketed_status_record():
    raw = mail(ZOHO_HEAD, ZOHO_INTRO + "[Status: Error, Address: <reader@far.example>, ResponseCode 421, , "
                                       "Host not reachable.]\n")
    r = one(raw)
    assert (r.address, r.reply_code) == ("reader@far.example", "421")
    assert reason_class(r.reason) != "hard", r.reason  # the host was not reached: nothing says the mailbox is gone


# -- Deutsche Telekom / Smail 3: "|---- Failed addresses follow: ----|" then the address and its reply,
# or " address ... failed: cause" (lhost/deutschetelekom.rb; smail notify.c as quoted there) -----------
def test_telekom_failed_addresses_follow():
    raw = mail("From: Mail Delivery System <Mailer-Daemon@t-online.example>\nTo: news@sender.example\n"
               "Subject: Mail delivery failed", """
|------------------------- Failed addresses follow: ---------------------|
 <reader@example.net>
   552 5.2.2 <reader@example.net> Quota exceeded (mailbox for user is full)

|------------------------- Message text follows: ------------------------|
""" + ORIGINAL)
    r = one(raw)
    assert (r.address, r.status, r.reply_code, r.reason) == ("reader@example.net", "5.2.2", "552", "mailbox_full")


def test_smail_address_then_failed_cause():
    raw = mail("From: MAILER-DAEMON@smail.example.org\nTo: news@sender.example\nSubject: mail failed, returning to sender",
               """
|------------------------- Message log follows: -------------------------|
 no valid recipients were found for this message
|------------------------- Failed addresses follow: ---------------------|
 reader@gone.example.net ... unknown host
|------------------------- Message text follows: ------------------------|
""" + ORIGINAL)
    r = one(raw)
    assert (r.address, r.reason) == ("reader@gone.example.net", "host_unknown")


# -- Mimecast: "-- address" under "could not be delivered:", causes as further "-- " lines ------------
# (lhost/mimecast.rb)
def test_mimecast_dash_lines():
    raw = mail("From: Mimecast Postmaster <postmaster@mimecast.example>\nTo: news@sender.example\n"
               "Subject: Email Delivery Failure\nMessage-Id: <1234567890-1102117314000@mta-25.mimecast.lan>", """
An email that you attempted to send to the following address could not be delivered:
-- reader@example.net

The problem appears to be :
-- Recipient email address is possibly incorrect

Additional information follows :
-- 5.4.1 Recipient address rejected: no mailbox by that name
""")
    r = one(raw)
    assert (r.address, r.status, reason_class(r.reason)) == ("reader@example.net", "5.4.1", "hard")


# -- IMail (SMTP32): "<cause>: <address>" lines, "undeliverable to <address>" with the server's reply
# after "Body of message generated response:" (lhost/imailserver.rb ReFailures / ReSMTP) -------------
IMAIL_HEAD = "From: postmaster@imail.example.net\nTo: news@sender.example\nSubject: Undeliverable Mail\nX-Mailer: <SMTP32 v8.22>\n"


@pytest.mark.parametrize("lines, reason", [
    ("User mailbox exceeds allowed size: reader@example.net", "mailbox_full"),
    ("Invalid final delivery userid: reader@example.net", "user_unknown"),
    ("Delivery failed 3 attempts: reader@example.net", "expired"),
    ("Requested action not taken: virus detected: reader@example.net", "virus_detected"),
    ("Unknown user: reader@example.net\nAdditional RCPT TO generated following response:\n550 no such user here",
     "user_unknown"),
])
def test_imail_cause_then_address(lines, reason):
    r = one(mail(IMAIL_HEAD, lines + "\n\nOriginal message follows.\n\n" + ORIGINAL))
    assert (r.address, r.reason) == ("reader@example.net", reason)


def test_imail_undeliverable_to_with_the_reply_below():
    r = one(mail(IMAIL_HEAD, "undeliverable to reader@example.net\nBody of message generated response:\n"
                             "550 5.7.1 Message refused as spam by the content filter\n\nOriginal message follows.\n\n"
                 + ORIGINAL))
    assert (r.address, r.reply_code, reason_class(r.reason)) == ("reader@example.net", "550", "block")


# -- Apache James: "[BOUNCE]" subject, "Error message below:" with the reply on the next line, then
# "Message details:" whose "RCPT TO:" names the recipient (lhost/apachejames.rb, AbstractNotify.java) --
JAMES_BODY = """Error message below:
550 - Requested action not taken: no such user here

Message details:
  Subject: November news
  MAIL FROM: news@sender.example
  RCPT TO: reader@example.net
  From: Newsletter <news@sender.example>
  To: reader@example.net
  Size (in bytes): 1024
"""


@pytest.mark.parametrize("sender", ["postmaster@mail.james.example", "James Server <james@mail.james.example>"])
def test_apache_james_bounce_subject(sender):
    raw = mail(f"From: {sender}\nTo: news@sender.example\nSubject: [BOUNCE]\n"
               "Message-ID: <123.456.JavaMail.james@mail.james.example>", JAMES_BODY)
    r = one(raw)
    assert (r.address, r.reply_code, r.reason) == ("reader@example.net", "550", "user_unknown")


# -- WebSense SurfControl: "Your message could not be sent.", "Addressed To: <address>", then
# "<address>: [ip], <reply>"; recognised by its X-Mailer, whatever account sends it (lhost/surfcontrol.rb)
SURFCONTROL_BODY = """Your message could not be sent.
A transcript of the attempts to send the message follows.
The number of attempts made: 1
Addressed To: reader@example.net

Tue 01 Dec 2026 10:00:00 +0000
Failed to send to identified host,
reader@example.net: [192.0.2.5], 550 reader@example.net... no such mailbox
--- Message non-deliverable.
"""


@pytest.mark.parametrize("sender, subject", [("postmaster@filter.example.net", "Undeliverable: November news"),
                                             ("Mail Filter <filter@filter.example.net>", "November news")])
def test_surfcontrol_transcript(sender, subject):
    raw = mail(f"From: {sender}\nTo: news@sender.example\nSubject: {subject}\n"
               "X-SEF-Processed: 0_0_0_000__2026_12_01_10_00_00\nX-Mailer: SurfControl E-mail Filter", SURFCONTROL_BODY)
    r = one(raw)
    assert (r.address, r.reply_code, r.reason) == ("reader@example.net", "550", "user_unknown")


def test_mail_relayed_through_a_filter_is_no_bounce():
    raw = mail("From: Colleague <colleague@example.net>\nTo: news@sender.example\nSubject: Lunch?\n"
               "X-Mailer: Thunderbird 115\nX-SEF-Processed: 0_0_0_000__2026_12_01_10_00_00",
               "Your message could not be sent to me yesterday, my box was full. Lunch at noon?")
    assert classify(raw).kind == "not_bounce"


# -- Oracle / Sun Messaging Server: "Recipient address:" may be a source route to an internal store;
# "Original address:" names the address the sender wrote (lhost/messagingserver.rb) ------------------
def test_messaging_server_source_routed_recipient_reports_the_original_address():
    raw = mail("""From: Internet Mail Delivery <postmaster@ims.example.net>
To: news@sender.example
Subject: Delivery Notification: Delivery has failed
MIME-Version: 1.0
Content-Type: multipart/report; boundary="Boundary_(ID_abc123)"; report-type=delivery-status
""", """--Boundary_(ID_abc123)
Content-type: text/plain; charset=us-ascii

This report relates to a message you sent with the following header fields:

  Message-id: <n42@sender.example>
  From: Newsletter <news@sender.example>
  To: reader@example.net
  Subject: November news

Your message cannot be delivered to the following recipients:

  Recipient address: @mx.example.net:reader@store1
  Original address: reader@example.net
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 5.1.1 <reader@store1>... no such mailbox

--Boundary_(ID_abc123)--
""")
    r = one(raw)
    assert (r.address, r.reply_code, r.reason) == ("reader@example.net", "550", "user_unknown")


# -- Domino: "was not delivered to:" / the address indented / "because:" / the cause; the causes
# of lhost/domino.rb MessagesOf, English and Japanese -------------------------------------------------
@pytest.mark.parametrize("cause, cls", [
    ("User reader (reader@example.net) not listed in Domino Directory", "hard"),
    ("User reader (reader@example.net) not listed in public Name & Address Book", "hard"),
    ("ユーザー reader (reader@example.net) は Domino ディレクトリには見つかりません", "hard"),
    ("Several matches found in Domino Directory for reader@example.net", "soft"),
])
def test_domino_causes(cause, cls):
    raw = mail("From: Postmaster/Example@example.net\nTo: news@sender.example\nSubject: DELIVERY FAILURE: reader",
               f"Your message\n\n  Subject: November news\n\nwas not delivered to:\n\n  reader@example.net\n\n"
               f"because:\n\n  {cause}\n")
    r = one(raw)
    assert (r.address, reason_class(r.reason)) == ("reader@example.net", cls), r.reason


# -- Courier: the boxed heading, "<address>:" and its cause; esmtpclient.c's own causes as quoted in
# lhost/courier.rb MessagesOf -----------------------------------------------------------------------
@pytest.mark.parametrize("cause, reason", [("No such domain.", "host_unknown"), ("DNS lookup failed.", "network_error")])
def test_courier_own_causes(cause, reason):
    raw = mail("From: Courier mail server at mx.courier.example <@>\nTo: news@sender.example\n"
               "Subject: NOTICE: mail delivery status.\nMessage-ID: <courier.4D025E3A.00001792@mx.courier.example>", f"""
This is a delivery status notification from mx.courier.example,
running the Courier mail server, version 1.0.

                        ,-----------------------------------------.
                        |  UNDELIVERABLE MAIL                     |
                        `-----------------------------------------'

Your message to the following recipients cannot be delivered:

<reader@gone.example.net>:
    {cause}
""")
    r = one(raw)
    assert (r.address, r.reason) == ("reader@gone.example.net", reason)


# -- OpenSMTPD: "address: cause" under bounce.c's fixed intro; with no remote reply the cause is the
# relay's own failure string (smtpd/mta.c, queue.c, as quoted in lhost/opensmtpd.rb MessagesOf) ------
@pytest.mark.parametrize("cause, reason", [
    ("Envelope expired", "expired"),
    ("Invalid domain name", "host_unknown"),
    ("Domain does not exist", "host_unknown"),
    ("Destination seem to reject all mails", "not_accept"),
    ("No MX found for domain", "network_error"),
    ("No valid route to remote MX", "network_error"),
    ("Temporary failure in MX lookup", "network_error"),
    ("Could not retrieve credentials", "security_error"),
    ("550 5.2.2 <reader@example.net>... mailbox over quota", "mailbox_full"),
])
def test_opensmtpd_own_failure_strings(cause, reason):
    raw = mail("From: Mailer Daemon <MAILER-DAEMON@smtpd.example.org>\nTo: news@sender.example\n"
               "Subject: Delivery status notification: error", f"""
    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

reader@example.net: {cause}

    Below is a copy of the original message:

""" + ORIGINAL)
    r = one(raw)
    assert (r.address, r.reason) == ("reader@example.net", reason)


def test_a_person_quoting_the_opensmtpd_intro_is_no_bounce():
    raw = mail("From: Admin <admin@example.org>\nTo: team@example.org\nSubject: about our mail server",
               "Our new server starts its reports with: This is the MAILER-DAEMON, please DO NOT REPLY to "
               "this e-mail. Domain does not exist errors mean a typo. See you tomorrow.")
    assert classify(raw).kind == "not_bounce"


# -- recipients written around East Asian punctuation and message ids in quotes ------------------------
def test_japanese_could_not_deliver_with_the_address_in_fullwidth_brackets():
    raw = mail("From: MAILER-DAEMON@mx.example.jp\nTo: news@sender.example\nSubject: 配信エラー",
               "以下のアドレスに配信できませんでした（reader@example.jp）。\n550 5.1.1 User unknown\n")
    r = one(raw)
    assert (r.address, r.reply_code) == ("reader@example.jp", "550")


def test_quoted_message_id_before_to_is_not_the_recipient():
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: news@sender.example\nSubject: Undelivered Mail",
               'Your message "<20261201.abc@sender.example>" to reader@example.net could not be delivered.\n\n'
               "550 5.1.1 no such mailbox\n")
    assert one(raw).address == "reader@example.net"


def test_japanese_list_of_failed_addresses_separated_by_ideographic_commas():
    raw = mail("From: MAILER-DAEMON@mx.example.jp\nTo: news@sender.example\nSubject: 配信エラー",
               "次の宛先への配信に失敗しました：reader@example.jp、other@example.jp\n550 5.1.1 User unknown\n")
    report = classify(raw)
    assert {(r.address, r.reply_code) for r in report.recipients} == {("reader@example.jp", "550"), ("other@example.jp", "550")}


def test_english_sentence_listing_the_failed_recipients():
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: news@sender.example\nSubject: Returned mail",
               "Delivery to the following recipients failed: one@example.net, two@example.net\n550 5.1.1 no such mailbox\n")
    assert {r.address for r in classify(raw).recipients} == {"one@example.net", "two@example.net"}


def test_the_addressees_of_the_message_are_no_list_of_failures():
    # "your message to a, b": whom the message was for; only the recipient named with a reply failed
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: news@sender.example\nSubject: Returned mail",
               "Your message to one@example.net, two@example.net\n\none@example.net: 550 5.1.1 no such mailbox\n")
    assert [r.address for r in classify(raw).recipients] == ["one@example.net"]


def test_chinese_could_not_send_to_names_the_recipient():
    raw = mail("From: MAILER-DAEMON@mx.example.cn\nTo: news@sender.example\nSubject: 退信",
               "很抱歉您的邮件无法发送到 reader@example.cn。\n原因：550 Mailbox not found\n")
    r = one(raw)
    assert (r.address, r.reply_code) == ("reader@example.cn", "550")


def test_a_message_id_on_the_line_after_its_label_is_no_recipient():
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: news@sender.example\nSubject: Returned mail",
               "The message with ID\n  <20261201.abc@sender.example>\nwas not delivered to:\n  reader@example.net\n"
               "550 5.1.1 no such mailbox\n")
    assert [r.address for r in classify(raw).recipients] == ["reader@example.net"]


# -- X-Failed-Recipients (Exim spec, "Bounce messages"; kept by Exim-based reports such as Mail.Ru's,
# lhost/mailru.rb falls back to it) confirms the text's recipients and completes them ------------------
EXIM_HEAD = ("From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nTo: news@sender.example\n"
             "Subject: Mail delivery failed: returning message to sender\n")


def test_x_failed_recipients_drops_an_address_of_the_text_it_does_not_list():
    raw = mail(EXIM_HEAD + "X-Failed-Recipients: reader@example.net", """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  reader@example.net
    host mx.example.net [192.0.2.25]: 550 5.1.1 no such mailbox

Questions about this report: helpdesk-team@mx.example.org
""")
    assert [r.address for r in classify(raw).recipients] == ["reader@example.net"]


def test_x_failed_recipients_adds_the_address_the_text_did_not_anchor():
    raw = mail(EXIM_HEAD + "X-Failed-Recipients: reader@example.net, other@example.net", """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  reader@example.net
    host mx.example.net [192.0.2.25]: 550 5.1.1 no such mailbox
  and likewise other@example.net for the same reason
""")
    assert {r.address for r in classify(raw).recipients} == {"reader@example.net", "other@example.net"}


@pytest.mark.parametrize("subject, body, address", [
    ("Unzustellbar", "Ihre Nachricht an reader@example.de konnte nicht zugestellt werden.\nGrund: 550 5.1.1 unbekannt\n",
     "reader@example.de"),
    ("Non remis", "Votre message pour reader@example.fr n'a pas pu être remis.\nRaison : 550 5.1.1 inconnu\n",
     "reader@example.fr"),
    ("No entregado", "No se pudo entregar su mensaje a reader@example.es.\nMotivo: 550 5.1.1 desconocido\n",
     "reader@example.es"),
    ("Não entregue", "A sua mensagem para reader@example.pt não foi entregue.\nMotivo: 550 5.1.1 desconhecido\n",
     "reader@example.pt"),
    ("Mancata consegna", "Il messaggio per reader@example.it non è stato recapitato.\nMotivo: 550 5.1.1 sconosciuto\n",
     "reader@example.it"),
    ("Onbestelbaar", "Uw bericht aan reader@example.nl kon niet worden bezorgd.\nReden: 550 5.1.1 onbekend\n",
     "reader@example.nl"),
    ("Niedostarczona", "Wiadomość do reader@example.pl nie mogła zostać dostarczona.\nPowód: 550 5.1.1 nieznany\n",
     "reader@example.pl"),
    ("Недоставленное сообщение", "Не удалось доставить письмо получателю reader@example.ru: 550 5.1.1 нет такого ящика\n",
     "reader@example.ru"),
])
def test_sentences_naming_the_recipient_in_other_languages(subject, body, address):
    raw = mail(f"From: Mail Delivery System <mailer-daemon@mx.example.org>\nTo: news@sender.example\nSubject: {subject}\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8", body)
    r = one(raw)
    assert (r.address, r.reply_code) == (address, "550")


def test_the_administrators_address_a_german_report_invites_to_is_no_recipient():
    raw = mail("From: Mail Delivery System <mailer-daemon@mx.example.de>\nTo: news@sender.example\nSubject: Unzustellbar\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
               "Ihre Nachricht an reader@example.de konnte nicht zugestellt werden.\nGrund: 550 5.1.1 unbekannt\n\n"
               "Bei Fragen senden Sie eine Mail an postmaster@mx.example.de\n")
    assert [r.address for r in classify(raw).recipients] == ["reader@example.de"]


def test_the_addressee_of_the_message_gives_way_to_the_recipient_with_the_reply():
    # a list or alias the message was written to, expanded to the mailbox that refused it
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: news@sender.example\nSubject: Returned mail",
               "Your message to team@example.net could not be delivered.\n\n"
               "member@example.net: 550 5.1.1 no such mailbox\n")
    assert [r.address for r in classify(raw).recipients] == ["member@example.net"]


def test_the_addressee_alone_stays_the_recipient():
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: news@sender.example\nSubject: Returned mail",
               "Your message to reader@example.net could not be delivered.\n\n550 5.1.1 no such mailbox\n")
    assert [r.address for r in classify(raw).recipients] == ["reader@example.net"]


# -- the localized subjects of non-delivery reports (Outlook / Exchange and the providers of each language)
@pytest.mark.parametrize("subject", [
    "Toimittamaton: uutiset", "Toimitus epäonnistui: uutiset", "Kézbesítési hiba: hírlevél", "Nu se poate livra: știri",
    "Livrare eșuată: știri", "Det gick inte att leverera: nyheter", "Leveringsfejl: nyheder", "Levering mislyktes: nyheter",
    "Η παράδοση απέτυχε: νέα", "無法傳遞: 新聞", "Teslim Edilemeyen ileti: haberler", "Не удается доставить: новости",
    "Не вдалося доставити: новини", "Недоставимо: новини", "Neisporučivo: vijesti", "Nedostavljivo: novice",
    "无法传递: 新闻", "Tidak dapat dikirim: berita", "Không thể gửi: tin tức"])
def test_localized_failure_subjects_from_a_system_sender(subject):
    raw = mail(f"From: MAILER-DAEMON@mx.example.net\nTo: news@sender.example\nSubject: {subject}",
               "reader@example.net\n    550 5.1.1 no such mailbox\n")
    r = one(raw)
    assert (r.address, r.reply_code) == ("reader@example.net", "550")


# -- ordinary mail that resembles these layouts stays apart -------------------------------------------
@pytest.mark.parametrize("headers, body", [
    # a parcel service's notice under a localized "delivery failed" subject, from a person's desk
    ("From: Pakkeshop <kundeservice@shop.example>\nTo: reader@example.net\nSubject: Leveringsfejl: din pakke",
     "Vi kunne ikke levere din pakke i dag. Kureren prøver igen i morgen.\nVenlig hilsen, Pakkeshop"),
    ("From: Verkkokauppa <asiakaspalvelu@shop.example>\nTo: reader@example.net\nSubject: Toimitus epäonnistui",
     "Pakettisi toimitus epäonnistui. Noudathan sen lähimmästä noutopisteestä.\nKiitos!"),
    ("From: Магазин <orders@shop.example>\nTo: reader@example.net\nSubject: Не удается доставить заказ",
     "Курьер не смог доставить ваш заказ. Мы позвоним вам завтра."),
    # a subject that starts with the word in brackets, from a person
    ("From: Park <events@trampoline.example>\nTo: reader@example.net\nSubject: [Bounce] The park opens on Saturday",
     "Come and jump with us! The error message below was a typo in our last mail: the park opens at 10."),
    # a Zoho user's ordinary mail (the provider's header, no report)
    ("From: Reader <reader@zoho-user.example>\nTo: news@sender.example\nSubject: Lunch\nX-ZohoMail: Si CHF_MF_NL",
     "See you at noon. My colleague friend@example.net joins us."),
    # a Facebook notification (the provider's name, no report words)
    ("From: Facebook <notification@facebookmail.example>\nTo: reader@example.net\nSubject: You have 3 new notifications",
     "This message was sent to reader@example.net. See what your friends are up to."),
    # a list's welcome mail from its -admin account
    ("From: kitchen-admin@lists.example.org\nTo: reader@example.net\nSubject: Welcome to kitchen\nX-MLServer: fml [fml 4.0.3]",
     "Welcome to the kitchen list <kitchen@lists.example.org>. Send \"guide\" for help."),
    # a person quoting a Japanese report in a reply
    ("From: Colleague <colleague@example.jp>\nTo: news@sender.example\nSubject: Re: 配信について\nIn-Reply-To: <a1@sender.example>",
     "先日のメールは配信できませんでした（reader@example.jp）とのことです。確認をお願いします。"),
    # a help-desk ticket that mentions a status record
    ("From: Helpdesk Agent <agent@desk.example>\nTo: reader@example.net\nSubject: Ticket 42 updated",
     "Your ticket log shows: [Status: Open, Address: <reader@example.net>, ResponseCode 200, , ok.]\nRegards"),
])
def test_ordinary_mail_resembling_these_layouts_is_no_bounce(headers, body):
    assert classify(mail(headers, body)).kind == "not_bounce"
