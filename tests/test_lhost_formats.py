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
from shapes import mail, pmta_dsn, postfix_dsn

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


# =====================================================================================================
# More layouts, read the same way from the decoder code of rb-sisimai lib/sisimai/lhost/<name>.rb
# (cited per group); the wording of every variable part is ours.
# =====================================================================================================
def check(raw: bytes, address: str, want: str, *, status: str | None = None, reply: str | None = None,
          command: str | None = None, kind: str = "failed"):
    """One recipient, ``address``; ``want`` is a reason, several reasons joined by "|", or a class."""
    r = one(raw, kind)
    assert r.address == address, r.address
    wanted = want.split("|")
    if set(wanted) <= {"hard", "soft", "block"}:
        assert reason_class(r.reason) in wanted, r.reason
    else:
        assert r.reason in wanted, r.reason
    if status:
        assert r.status == status, r.status
    if reply:
        assert r.reply_code == reply, r.reply_code
    if command:
        assert r.smtp_command == command, r.smtp_command
    return r


# -- BIGLOBE: "----- The following addresses had delivery problems -----", the address alone, then
# "----- Non-delivered information -----" and the cause (lhost/biglobe.rb MessagesOf) ----------------
@pytest.mark.parametrize("cause, want", [
    ("The number of messages in recipient's mailbox exceeded the local limit.", "mailbox_full"),
    # the module files "User unknown" after the DATA stage under "filtered"; the words say the user
    ("Mail Delivery Failed... User unknown", "user_unknown|filtered"),
])
def test_biglobe_non_delivered_information(cause, want):
    raw = mail("""From: postmaster@biglobe.ne.jp
To: news@sender.example
Subject: Returned mail: Delivery failed
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----_Biglobe000000/00000.biglobe.example"
""", f"""------_Biglobe000000/00000.biglobe.example
Content-Type: text/plain; charset="iso-2022-jp"

   ----- The following addresses had delivery problems -----
reader@example.ne.jp

   ----- Non-delivered information -----
{cause}

------_Biglobe000000/00000.biglobe.example
Content-Type: message/rfc822

""" + ORIGINAL + "\n------_Biglobe000000/00000.biglobe.example--\n")
    check(raw, "reader@example.ne.jp", want)


# -- au by KDDI: "Your mail sent on: <date>" (or "attempted to be delivered on:"), then indented
# "Could not be delivered to: <address>" and the cause (lhost/kddi.rb MessagesOf) ----------------------
@pytest.mark.parametrize("opening, cause, want", [
    ("Your mail sent on: Tue, 01 Dec 2026 10:00:00 +0900", "As their mailbox is full.", "mailbox_full"),
    ("Your mail attempted to be delivered on: Tue, 01 Dec 2026 10:00:00 +0900",
     "Due to the following SMTP relay error.", "no_relaying"),
    ("Your mail sent on: Tue, 01 Dec 2026 10:00:00 +0900", "As the remote domain doesnt exist.", "host_unknown"),
])
def test_kddi_could_not_be_delivered_to(opening, cause, want):
    raw = mail("From: no-reply@mail.dion.ne.jp\nTo: news@sender.example\nSubject: Undelivered Mail\n"
               "Received: from mx.au.com (localhost) by mx1.dion.ne.jp; Tue, 1 Dec 2026 10:00:00 +0900",
               f"{opening}\n    Could not be delivered to: <reader@au.example>\n    {cause}\n")
    check(raw, "reader@au.example", want)


# -- au EZweb: the cause first ("The user(s) account ..."), then "<address>", or "Recipient: <address>"
# with its ">>> / <<<" exchange (lhost/ezweb.rb ReFailures) ---------------------------------------------
EZWEB_HEAD = ("From: Postmaster@ezweb.ne.jp\nTo: news@sender.example\nSubject: Mail System Error - Returned Mail\n"
              "Message-ID: <20261201100000.A1@mx.ezweb.ne.jp>\n")


@pytest.mark.parametrize("body, want", [
    ("The user(s) account is temporarily over quota.\n\n<reader@ezweb.example>\n", "mailbox_full"),
    ("The user(s) account is temporarily limited.\n\n<reader@ezweb.example>\n", "suspended"),
    ("Your message was not delivered within 0 days and 1 hours.\nRemote host is not responding.\n\n"
     "<reader@ezweb.example>\n", "expired"),
    ("Each of the following recipients was rejected by a remote\nmail server.\n\n    Recipient: <reader@ezweb.example>\n"
     "    >>> RCPT TO:<reader@ezweb.example>\n    <<< 550 <reader@ezweb.example>: no such mailbox\n", "user_unknown"),
])
def test_ezweb_causes(body, want):
    check(mail(EZWEB_HEAD, body), "reader@ezweb.example", want)


# -- 1&1: Exim's opening, the address alone, "For the following reason:" and the cause; or
# "<address>:" followed by "SMTP error from remote server for TEXT command, host: ... reason: ..."
# (lhost/einsundeins.rb; "--- The header of the original message is following. ---") -----------------
EINS_HEAD = ('From: "Mail Delivery System" <mailer-daemon@kundenserver.example>\nTo: news@sender.example\n'
             "Subject: Mail delivery failed: returning message to sender\n")
EXIM_OPENING = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
                "be delivered to one or more of\nits recipients. This is a permanent error. The following address\n"
                "failed:\n\n")
HEADER_FOLLOWS = "\n--- The header of the original message is following. ---\n\n" + ORIGINAL


def test_einsundeins_size_limit():
    raw = mail(EINS_HEAD, EXIM_OPENING + "reader@example.eu\n\nFor the following reason:\n\nMail size limit exceeded. "
               "For explanation visit\nhttp://postmaster.provider.example/en/error-messages?ip=192.0.2.1\n" + HEADER_FOLLOWS)
    check(raw, "reader@example.eu", "message_too_large")


def test_einsundeins_smtp_error_for_text_command():
    raw = mail(EINS_HEAD, EXIM_OPENING + "reader@example.fr:\nSMTP error from remote server for TEXT command, host: "
               "smtp-in.example.fr (192.0.2.65) reason: 550 5.7.1 Message refused, sender blocked by local policy\n"
               + HEADER_FOLLOWS)
    check(raw, "reader@example.fr", "block", status="5.7.1", reply="550")


# -- GMX: the same opening; the address in quotes with a colon, or in angle brackets; "SMTP error from
# remote server after RCPT command:", "host: ...", the reply; or "Reason:" above the cause (lhost/gmx.rb)
GMX_HEAD = ('From: "Mail Delivery System" <mailer-daemon@gmx.example>\nTo: news@sender.example\n'
            "Subject: Mail delivery failed: returning message to sender\n"
            "X-GMX-Antispam: 0 (Mail was not recognized as spam); Detail=V3;\n")


def test_gmx_quoted_address_and_reply():
    raw = mail(GMX_HEAD, EXIM_OPENING + '"reader@example.jp":\nSMTP error from remote server after RCPT command:\n'
               "host: mx.example.jp\n5.1.1 <reader@example.jp>... no such mailbox\n" + HEADER_FOLLOWS)
    check(raw, "reader@example.jp", "user_unknown", status="5.1.1")


def test_gmx_retry_timeout():
    raw = mail(GMX_HEAD, EXIM_OPENING + "<reader@slow.example.jp>\n\nReason:\ndelivery retry timeout exceeded\n"
               + HEADER_FOLLOWS)
    check(raw, "reader@slow.example.jp", "expired")


# -- DragonFly Mail Agent: "There was an error delivering your mail to <address>.", then
# "<host> [ip] did not like our <COMMAND>:" and the reply (lhost/dragonfly.rb, dma net.c) ------------
@pytest.mark.parametrize("command, reply, want, status", [
    ("RCPT TO", "552 5.2.2 <reader@example.com>: Recipient address rejected: mailbox over quota", "mailbox_full", "5.2.2"),
    ("DATA", "554 5.7.1 Message refused: classified as spam by the content filter", "block", "5.7.1"),
])
def test_dragonfly_did_not_like_our(command, reply, want, status):
    raw = mail("From: MAILER-DAEMON@df.example.org\nTo: news@sender.example\nSubject: Mail delivery failed\n"
               "Received: from localhost (df.example.org [127.0.0.1]) by df.example.org (DragonFly Mail Agent v0.13); "
               "Tue, 01 Dec 2026 10:00:00 +0900", f"""This is the DragonFly Mail Agent v0.13 at df.example.org.

There was an error delivering your mail to <reader@example.com>.

mx.example.com [192.0.2.25] did not like our {command}:
{reply}

Original message follows.

""" + ORIGINAL)
    check(raw, "reader@example.com", want, status=status, reply=reply[:3])


# -- MailFoundry: "Unable to deliver message to: <address>", "Delivery failed for the following
# reason:", "Server <host>[ip] failed with: <reply>" (lhost/mailfoundry.rb) -----------------------------
def test_mailfoundry_server_failed_with():
    raw = mail("""From: MAILER-DAEMON@filter.example.org
To: news@sender.example
Subject: Message delivery has failed
Received: from filter.example.org (MAILFOUNDRY) id 1234abcd for news@sender.example; Tue, 01 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="MF1"
""", """This is a MIME encoded message

--MF1
Content-Type: text/plain

Unable to deliver message to: <reader@example.org>
Delivery failed for the following reason:
Server mx2.example.org[192.0.2.222] failed with: 550 <reader@example.org> No such user here

This has been a permanent failure.  No further delivery attempts will be made.

--MF1
Content-Type: message/rfc822

""" + ORIGINAL + "\n--MF1--\n")
    check(raw, "reader@example.org", "user_unknown", reply="550")


# -- Trustwave SEG / MailMarshal SMTP: 'Undeliverable Mail: "<subject>"', "Could not be delivered
# because of", the reply, "The following recipients were affected:", then "Additional Information"
# whose Original Sender / Reporting-MTA lines name no recipient (lhost/mailmarshalsmtp.rb) -------------
def test_mailmarshal_additional_information_names_no_recipient():
    raw = mail('From: postmaster@relay.example.com\nTo: news@sender.example\nSubject: Undeliverable Mail: "November news"',
               """Your message:
   From:    news@sender.example
   Subject: November news

Could not be delivered because of

550 5.1.1 no such mailbox

The following recipients were affected:
    reader@example.com

Additional Information
======================
Original Sender:    <news@sender.example>
Sender-MTA:         <192.0.2.11>
Remote-MTA:         <192.0.2.12>
Reporting-MTA:      <relay.example.com>
MessageName:        <B0000000001.0001.mml>
Last-Attempt-Date:  <10:00:00 Tue, 01 Dec 2026>
""")
    check(raw, "reader@example.com", "user_unknown", status="5.1.1", reply="550")


# -- Digital Arts m-FILTER: X-Mailer m-FILTER, "failure notice", the address alone under a Japanese
# sentence, "-------server message" and "-------SMTP command" blocks (lhost/mfilter.rb) -------------------
def test_mfilter_server_message_block():
    raw = mail("From: mailer-daemon@mf.example.jp\nTo: news@sender.example\nSubject: failure notice\nX-Mailer: m-FILTER\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8", """このメールは配信システムが自動的に作成したものです。
相手のメールサーバーとのやりとりで問題が起きたため、お送りいただいたメールを届けられませんでした。

以下のメールアドレスへの送信に失敗しました。
reader@example.jp


-------server message
550 5.1.1 unknown user <reader@example.jp>

-------SMTP command
RCPT

-------original message

""" + ORIGINAL)
    check(raw, "reader@example.jp", "user_unknown", status="5.1.1", reply="550")


# -- Office 365: "Delivery has failed to these recipients or groups:" (or "<host> rejected your message
# to the following email addresses:"), "<address><mailto:address>", "Diagnostic information for
# administrators:", "Remote Server returned '<reply>'", "Original message headers:" (lhost/office365.rb)
O365_HEAD = """From: postmaster@tenant.onmicrosoft.example
To: news@sender.example
Subject: Undeliverable: November news
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-CrossTenant-OriginalArrivalTime: 01 Dec 2026 10:00:00.0000 (UTC)
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="O1"
"""


@pytest.mark.parametrize("opening, explain, returned, want, status", [
    ("Delivery has failed to these recipients or groups:",
     "We looked for this address but it does not exist at the receiving organisation. Check the spelling.",
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "user_unknown", "5.1.10"),
    ("mx.example.com rejected your message to the following email addresses:",
     "The receiving server refused this message. Contact its administrator.",
     "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using a block list of the receiver", "block", "5.7.1"),
])
def test_office365_diagnostic_information(opening, explain, returned, want, status):
    raw = mail(O365_HEAD, f"""--O1
Content-Type: text/plain; charset="us-ascii"

{opening}

reader@example.com<mailto:reader@example.com>
{explain}

Diagnostic information for administrators:

Generating server: AB1PR01MB0001.eurprd01.prod.outlook.example

reader@example.com
Remote Server returned '{returned}'

Original message headers:

Received: from AB1PR01MB0001.eurprd01.prod.outlook.example (192.0.2.1) by
 AB1PR01MB0002.eurprd01.prod.outlook.example with HTTPS; Tue, 1 Dec 2026 10:00:00 +0000
From: news@sender.example
To: reader@example.com

--O1--
""")
    check(raw, "reader@example.com", want, status=status, reply="550")


# -- Outlook.com (Hotmail): X-Message-Delivery / X-Message-Info, "This is an automatically generated
# Delivery Status Notification", DSN fields; the module's own causes (lhost/outlook.rb MessagesOf) ----
@pytest.mark.parametrize("diagnostic, status, want", [
    ("550 Requested action not taken: mailbox unavailable", "5.5.0", "user_unknown"),
    ("The mail could not be delivered to the recipient because the domain is not reachable. Please check the "
     "domain and try again", "5.0.0", "host_unknown"),
])
def test_outlook_com_dsn(diagnostic, status, want):
    raw = mail("""From: postmaster@hotmail.example
To: news@sender.example
Subject: Delivery Status Notification (Failure)
X-Message-Delivery: Vj0xLjE7dXM9MDtsPTA7YT0w
X-Message-Info: qoqbxPtO2wE1c0Hq
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="OL1"
""", f"""--OL1
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       reader@example.com

--OL1
Content-Type: message/delivery-status

Reporting-MTA: dns;bay0-omc1-s1.bay0.hotmail.example
Arrival-Date: Tue, 1 Dec 2026 10:00:00 -0800

Final-Recipient: rfc822;reader@example.com
Action: failed
Status: {status}
Diagnostic-Code: smtp;{diagnostic}

--OL1--
""")
    check(raw, "reader@example.com", want)


# -- Trend Micro (InterScan MSS / Vision One): sender "InterScan MSS" or "InterScan Notification",
# localized subjects, "Sent <<< RCPT TO:<address>" / "Received >>> <reply>", or "Unable to deliver
# message to <address>" (lhost/trendmicro.rb) ------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body, reply", [
    ("InterScan MSS", "メッセージを配信できません。", "このメッセージは配信できませんでした。\n\nSent <<< RCPT TO:<reader@example.jp>\n"
     "Received >>> 550 5.1.1 <reader@example.jp>... no such mailbox\n", "550"),
    ("InterScan Notification", "Mail could not be delivered",
     "The message could not be delivered.\n\nUnable to deliver message to <reader@example.jp>\n", None),
])
def test_trend_micro_interscan(sender, subject, body, reply):
    raw = mail(f'From: "{sender}" <postmaster@imss.example.jp>\nTo: news@sender.example\nSubject: {subject}\n'
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8", body)
    check(raw, "reader@example.jp", "user_unknown", reply=reply)


def test_trend_micro_heading_gives_way_to_the_cause_below_it():
    # "Unable to deliver message to <x>" heads every InterScan report: the line below names the cause
    raw = mail('From: "InterScan Notification" <postmaster@imss.example.jp>\nTo: news@sender.example\n'
               "Subject: Mail could not be delivered\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
               "Unable to deliver message to <reader@gone.example.jp>.\n\n"
               "DNS lookup failed: host not found (no MX or A record for gone.example.jp)\n")
    check(raw, "reader@gone.example.jp", "host_unknown")


# -- Sendmail V5: "----- Transcript of session follows -----", ">>> RCPT To:", "<<< reply", then
# "550 <address>... cause"; with no address there, the To: of the unsent message (lhost/v5sendmail.rb)
V5_HEAD = "From: Mail Delivery Subsystem <MAILER-DAEMON@old.example.org>\nTo: news@sender.example\n"


def test_v5sendmail_transcript():
    raw = mail(V5_HEAD + "Subject: Returned mail: User unknown", """   ----- Transcript of session follows -----
While talking to mx.example.org:
>>> RCPT To:<reader@example.org>
<<< 550 <reader@example.org>... no mailbox by that name
550 <reader@example.org>... User unknown

   ----- Unsent message follows -----
""" + ORIGINAL)
    check(raw, "reader@example.org", "user_unknown", reply="550")


def test_v5sendmail_deferred_until_it_gave_up_names_the_unsent_messages_recipient():
    raw = mail(V5_HEAD + "Subject: Returned mail: Cannot send message for 5 days", """   ----- Transcript of session follows -----
421 far.example.org (smtp)... Deferred: Connection timed out during user open with far.example.org

   ----- Unsent message follows -----
From: Newsletter <news@sender.example>
To: reader@far.example.org
Subject: November news

Hello
""")
    check(raw, "reader@far.example.org", "expired")


# -- Verizon Wireless: vtext.com "Error:" then "Message details:" whose "RCPT TO:" names the number and
# "550 - <cause>"; vzwpix.com "Message could not be delivered to mobile.", "Error: <cause>", the
# original's "To:" (lhost/verizon.rb) --------------------------------------------------------------------
def test_verizon_vtext_message_details():
    raw = mail("From: post_master@vtext.com\nTo: news@sender.example\nSubject: Undeliverable Message\n"
               "Received: from mx.vtext.com (192.0.2.5) by relay.vtext.com (8.14/8.14); Tue, 1 Dec 2026 10:00:00 GMT", """
Error: Message could not be sent.

Message details:
  Subject: November news
  Sent date: Tue Dec 01 10:00:00 GMT 2026
  MAIL FROM: news@sender.example
  RCPT TO: 5555550100@vtext.example
  From: news@sender.example
  To: 5555550100@vtext.example
  Size (in bytes): 1024
  Number of Attachments: 0

550 - Requested action not taken: no such user here
""")
    check(raw, "5555550100@vtext.example", "user_unknown", reply="550")


def test_verizon_picture_message_no_valid_recipients():
    raw = mail("From: sysadmin@mms.vzwpix.example\nTo: news@sender.example\nSubject: Undeliverable Message\n"
               "Received: from mms.vtext.com (192.0.2.6) by mms.vzwpix.example; Tue, 1 Dec 2026 10:00:00 GMT", """
Message could not be delivered to mobile.
Error: No valid recipients for this MM

Original Message:
From: Newsletter <news@sender.example>
To: 5555550100@vzwpix.example
Subject: November news
Date: Tue, 01 Dec 2026 10:00:00 +0000
""")
    check(raw, "5555550100@vzwpix.example", "user_unknown")


# -- the "unknown MTA" layouts X1 .. X6 (lhost/x1.rb .. x6.rb) -------------------------------------------
def test_x1_address_with_bracketed_cause():
    raw = mail('From: "Mail Deliver System" <MAILER-DAEMON@x1.example.co.jp>\nTo: news@sender.example\n'
               "Subject: Returned Mail: User unknown", """The original message was received at Tue, 01 Dec 2026 10:00:00 +0900 (JST)
from news@sender.example

---The following addresses had delivery errors---

reader@example.co.jp [User unknown]

Received: from 192.0.2.1 by x1.example.co.jp; Tue, 01 Dec 2026 10:00:00 +0900
""")
    check(raw, "reader@example.co.jp", "user_unknown")


def test_x2_unable_to_deliver_to_the_following_address():
    raw = mail("From: MAILER-DAEMON@mx.x2.example.com\nTo: news@sender.example\nSubject: Delivery failure", """
Message from x2.example.com.
Unable to deliver message to the following address(es).

<reader@x2.example.com>:
This user doesn't have a x2.example.com account (reader@x2.example.com) [0]

--- Original message follows.

""" + ORIGINAL)
    check(raw, "reader@x2.example.com", "user_unknown")


def test_x3_bulleted_recipient_and_smtp_technical_details():
    raw = mail("From: Mail Delivery System <MAILER-DAEMON@x3.example.com>\nTo: news@sender.example\n"
               "Subject: Delivery status notification", """============================================================================
      This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

  * reader@example.com


============================================================================
                            Technical details:

SMTP:RCPT host 192.0.2.8: 553 5.3.0 <reader@example.com>... No such user here


============================================================================
""")
    check(raw, "reader@example.com", "user_unknown", reply="553")


# X4: qmail clones - their openings (MarkingsOf), "<address>:" and the qmail-remote / qmail-ldap causes
X4_HEAD = ("From: MAILER-DAEMON@qmail.example.jp\nTo: news@sender.example\nSubject: failure notice\n"
           "Received: (qmail 12345 invoked for bounce); 1 Dec 2026 10:00:00 -0000\n")


@pytest.mark.parametrize("opening, lines, want", [
    ("We're sorry. There's a problem with the e-mail address(es) you're trying to send to.",
     "192.0.2.153 does not like recipient.\nRemote host said: 550 5.1.1 <reader@example.jp>... no mailbox\n"
     "Giving up on 192.0.2.153.", "user_unknown"),
    ("This is the machine generated message from mail service.", "Mailaddress is administratively disabled. (#5.2.1)",
     "suspended"),
    ("Unfortunately, your mail was not delivered to the following address:",
     "The message exeeded the maximum size the user accepts. (#5.2.3)", "message_too_large"),
    ("Su mensaje no pudo ser entregado.", "Connected to 192.0.2.135 but sender was rejected.\n"
     "Remote host said: 553 5.7.1 sender not allowed here", "block"),
    ("Your message to the following addresses could not be delivered.", "Temporary failure in LDAP lookup. (#4.4.3)",
     "system_error"),
])
def test_x4_qmail_clone_causes(opening, lines, want):
    raw = mail(X4_HEAD, f"{opening}\n\n<reader@example.jp>:\n{lines}\n\n--- Below this line is a copy of the message.\n\n"
               + ORIGINAL)
    check(raw, "reader@example.jp", want)


def test_x5_dsn_to_notification_recipients_with_encoded_sender():
    raw = mail("""From: =?iso-2022-jp?B?TWFpbCBEZWxpdmVyeSBTdWJzeXN0ZW0=?= <MAILER-DAEMON@x5.example.jp>
To: NotificationRecipients
Subject: =?iso-2022-jp?B?UmV0dXJuZWQgbWFpbDogVXNlciB1bmtub3du?=
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="X5"
""", """--X5
Content-Type: text/plain

The message could not be delivered.

--X5
Content-Type: message/delivery-status

Reporting-MTA: dns; x5.example.jp

Final-Recipient: rfc822; reader@example.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: SMTP; 550 5.1.1 <reader@example.jp>... no such mailbox

--X5--
""")
    check(raw, "reader@example.jp", "user_unknown", status="5.1.1", reply="550")


X6_HEAD = "From: postmaster@x6.example.jp\nTo: news@sender.example\nSubject: There was an error sending your mail\n"


def test_x6_the_servers_name_in_brackets_is_no_recipient():
    raw = mail(X6_HEAD, "1 error(s):\n\nSMTP Server <mta2.example.jp> rejected recipient <reader@example.jp> "
               "(Error following RCPT command). It responded as follows: [550 5.1.1 no such mailbox here]\n\n"
               "The attachment contains the original mail headers.\n")
    check(raw, "reader@example.jp", "user_unknown", status="5.1.1", reply="550")


def test_x6_recipients_that_returned_permanent_errors():
    raw = mail(X6_HEAD, "1 error(s):\n\nThe following recipients returned permanent errors: reader@example.jp.\n\n"
               "The attachment contains the original mail headers.\n")
    assert one(raw).address == "reader@example.jp"


# -- Yandex: Postfix's layout under "This is the mail system at host yandex.ru." with X-Yandex-Uniq
# (lhost/yandex.rb) -----------------------------------------------------------------------------------
def test_yandex_postfix_layout():
    raw = mail("""From: mailer-daemon@yandex.ru
To: news@sender.example
Subject: Undelivered Mail Returned to Sender
X-Yandex-Uniq: 00000000-0000-0000-0000-000000000000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="Y1"
""", """--Y1
Content-Type: text/plain; charset=utf-8

This is the mail system at host yandex.ru.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<reader@example.jp>: host mx.example.jp[192.0.2.9] said: 550 5.7.1 Message
    rejected as spam by the receiving filter (in reply to end of DATA command)

--Y1
Content-Type: message/delivery-status

Reporting-MTA: dns; forward1.mail.yandex.example

Final-Recipient: rfc822; reader@example.jp
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.example.jp
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by the receiving filter

--Y1--
""")
    check(raw, "reader@example.jp", "block", status="5.7.1", reply="550", command="DATA")


# -- Yahoo! Mail (X-YMailISG): "Sorry, we were unable to deliver your message ...", "<address>:", and
# "Remote host said:" with the reply on the same line or the next, "[RCPT_TO]" after (lhost/yahoo.rb)
YAHOO_HEAD = ("From: MAILER-DAEMON@yahoo.example\nTo: news@sender.example\nSubject: Failure Notice\n"
              "X-YMailISG: YtyUVyYWLDsbDh0000\nX-YMail-OSG: bTIbpDEVM1lHz0000\n")


@pytest.mark.parametrize("said, want, status", [
    ("Remote host said:\n550 5.2.2 <reader@example.org>... mailbox over quota\n[RCPT_TO]", "mailbox_full", "5.2.2"),
    ("Remote host said: 550 5.1.1 <reader@example.org>... no such mailbox [RCPT_TO]", "user_unknown", "5.1.1"),
])
def test_yahoo_remote_host_said(said, want, status):
    raw = mail(YAHOO_HEAD, "Sorry, we were unable to deliver your message to the following address.\n\n"
               f"<reader@example.org>:\n{said}\n\n--- Below this line is a copy of the message.\n\n" + ORIGINAL)
    check(raw, "reader@example.org", want, status=status, reply="550")


# -- TransWARE Active!hunter (X-AHMailID): ">>> address <address>" under "The following addresses had
# permanent fatal errors", the reply under the transcript heading (lhost/activehunter.rb) --------------
def test_activehunter_fatal_errors():
    raw = mail('From: "MAILER-DAEMON" <postmaster@ah.example.org>\nTo: news@sender.example\n'
               "Subject: FAILURE NOTICE : November news\nX-AHMailID: 12345678", """
  ----- The following addresses had permanent fatal errors -----

>>> reader@example.org <reader@example.org>

  ----- Transcript of session follows -----
550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
""")
    check(raw, "reader@example.org", "user_unknown", reply="550")


# -- SendGrid (Return-Path apps@sendgrid.net): "This is an automatically generated message from
# SendGrid.", DSN fields with a typeless Diagnostic-Code, "Arrival-Date: 2026-12-01 10-00-00", and
# "Action: expired" when the retries ran out (lhost/sendgrid.rb) ------------------------------------------
SENDGRID_HEAD = """Return-Path: <apps@sendgrid.net>
From: MAILER-DAEMON <apps@sendgrid.example>
To: news@sender.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="SG1"
"""


def sendgrid(address: str, action: str, status: str, diagnostic: str) -> bytes:
    return mail(SENDGRID_HEAD, f"""--SG1
Content-Type: text/plain

This is an automatically generated message from SendGrid.

I'm sorry to have to tell you that your message was not able to be
delivered to one of its intended recipients.

--SG1
Content-Type: message/delivery-status

Arrival-Date: 2026-12-01 10-00-00

Final-Recipient: rfc822; {address}
Action: {action}
Status: {status}
Diagnostic-Code: {diagnostic}

--SG1--
""")


def test_sendgrid_typeless_diagnostic_code():
    raw = sendgrid("reader@example.com", "failed", "5.1.1",
                   "550 5.1.1 <reader@example.com>: Recipient address rejected: no such mailbox")
    check(raw, "reader@example.com", "user_unknown", status="5.1.1", reply="550")


def test_sendgrid_action_expired():
    # "Action: expired": the retries of a temporary failure ran out (the module reads it the same way)
    raw = sendgrid("reader@slow.example.com", "expired", "4.0.0", "421 4.4.0 connection to the receiving host kept timing out")
    check(raw, "reader@slow.example.com", "soft")
    report = classify(raw)
    assert (report.kind, report.recipients[0].reason) == ("failed", "expired")


def test_sendgrid_action_expired_with_a_permanent_status_reads_the_reply():
    # a 5xx status is the server's final answer, whatever the Action says
    raw = sendgrid("reader@example.com", "expired", "5.1.1", "550 5.1.1 no such user here")
    assert classify(raw).recipients[0].reason == "user_unknown"


# -- content filters that return a DSN: Barracuda ("...our bulk email filter**", "Your message to:"),
# amavisd-new (sender "Content-filter at <host>", "The message ..."), both with text/rfc822-headers
# (lhost/barracuda.rb, lhost/amavis.rb) -------------------------------------------------------------------
def _filter_dsn(head: str, text: str, diagnostic: str) -> bytes:
    return mail(head + 'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="CF1"\n',
                f"""--CF1
Content-Type: text/plain

{text}

--CF1
Content-Type: message/delivery-status

Reporting-MTA: dns; filter.example.net

Final-Recipient: rfc822; reader@example.net
Action: failed
Status: {diagnostic.split()[1]}
Diagnostic-Code: smtp; {diagnostic}

--CF1
Content-Type: text/rfc822-headers

From: news@sender.example
To: reader@example.net
Subject: November news

--CF1--
""")


@pytest.mark.parametrize("head, text, diagnostic", [
    ("From: Barracuda <postmaster@spamfw.example.net>\nTo: news@sender.example\n"
     "Subject: **Message you sent blocked by our bulk email filter**\n",
     "Your message to: reader@example.net was classified as bulk mail by the filter.",
     "550 5.7.1 Message content rejected by the spam firewall"),
    ('From: "Content-filter at mx.example.net" <postmaster@mx.example.net>\nTo: news@sender.example\n'
     "Subject: Undeliverable mail, MTA-BLOCKED\n",
     "The message WAS NOT relayed to:\n<reader@example.net>:\n   554 5.7.0 Rejected by the next-hop MTA, id=12345-01",
     "554 5.7.0 Rejected by the next-hop MTA on relaying"),
])
def test_content_filters_dsn(head, text, diagnostic):
    check(_filter_dsn(head, text, diagnostic), "reader@example.net", "block", reply=diagnostic[:3])


# -- McAfee SaaS / MX Logic (X-MX-Bounce, X-MXL-Hash): Exim's text, "<address>: <reply>" on one line,
# "Included is a copy of the message header:" (lhost/mxlogic.rb, Exim's messages it quotes) -----------
@pytest.mark.parametrize("line, address, want", [
    ("<reader@example.jp>: 550 5.1.1 <reader@example.jp>... no such mailbox here", "reader@example.jp", "user_unknown"),
    ("<reader@nowhere.example>: Unrouteable address", "reader@nowhere.example", "host_unknown"),
])
def test_mxlogic_address_and_reply_on_one_line(line, address, want):
    raw = mail("From: Mail Delivery System <MAILER-DAEMON@mxl.example.com>\nTo: news@sender.example\n"
               "Subject: Mail delivery failed: returning message to sender\nX-MX-Bounce: mta/src/queue/bounce\n"
               "X-MXL-Hash: 4c9d4d411993da17-0000000000000000000000000000000000000000", f"""
This message was created automatically by mail delivery software.

A message that you have sent could not be delivered to one or more
recipients.  This is a permanent error.  The following address failed:

  {line}

Included is a copy of the message header:
-----------------------------------------
From: news@sender.example
To: {address}
Subject: November news
""")
    check(raw, address, want)


# -- PowerMTA: "Hello, this is the mail server on <host>.", DSN fields with X-PowerMTA-BounceCategory,
# the category deciding where the reply's words say little (lhost/powermta.rb Categories) -----------
@pytest.mark.parametrize("category, diagnostic, want", [
    ("bad-mailbox", "550 recipient refused", "user_unknown"),
    ("bad-domain", "550 refused", "host_unknown"),
    ("inactive-mailbox", "550 refused", "suspended"),
    ("quota-issues", "552 refused for this recipient", "mailbox_full"),
    ("spam-related", "554 message refused", "block"),
])
def test_powermta_bounce_category(category, diagnostic, want):
    raw = mail("""From: postmaster@pmta.example.org
To: news@sender.example
Subject: Delivery report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="PM1"
""", f"""--PM1
Content-Type: text/plain

Hello, this is the mail server on pmta.example.org.

I am sending you this message to let you know how a message you sent earlier
fared.  The recipients it concerns are listed below; a Delivery Status
Notification and the headers of the original message are attached.

 <reader@example.jp>  delivery failed; will not continue trying

--PM1
Content-Type: message/delivery-status

Reporting-MTA: dns; pmta.example.org

Final-Recipient: rfc822; reader@example.jp
Action: failed
Status: 5.0.0
Remote-MTA: dns; mx.example.jp
Diagnostic-Code: smtp; {diagnostic}
X-PowerMTA-BounceCategory: {category}

--PM1
Content-Type: text/rfc822-headers

From: news@sender.example
To: reader@example.jp
Subject: November news

--PM1--
""")
    check(raw, "reader@example.jp", want, reply=diagnostic[:3])


# -- Google Workspace: "** Message not delivered **" with no DSN fields; the recipient is the To: of the
# attached message; "The response was:" and the module's causes (lhost/googleworkspace.rb MessagesOf)
@pytest.mark.parametrize("text, want", [
    ("There was a problem delivering your message to reader@nodomain.example. See the technical details below.\n\n"
     "The response was:\n\nDNS Error: DNS type 'mx' lookup of nodomain.example responded with code NXDOMAIN "
     "Domain name not found: nodomain.example", "host_unknown|network_error"),
    ("There was a problem delivering your message to reader@nodomain.example. See the technical details below.\n\n"
     "The response was:\n\nDNS Error: DNS type 'mx' lookup of nodomain.example had no relevant answers.", "soft"),
    ("Your message couldn't be delivered to reader@nodomain.example because the domain does not accept email.\n\n"
     "The response was:\n\nThe domain nodomain.example publishes a Null MX record: it takes no mail.", "not_accept"),
])
def test_google_workspace_message_not_delivered(text, want):
    raw = mail(GOOGLE_HEAD + 'Subject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\n'
               'Content-Type: multipart/mixed; boundary="GW1"', f"""--GW1
Content-Type: text/plain; charset="UTF-8"

** Message not delivered **

{text}

--GW1
Content-Type: message/rfc822

From: Newsletter <news@sender.example>
To: reader@nodomain.example
Subject: November news

Hello
--GW1--
""")
    check(raw, "reader@nodomain.example", want)


# -- Gmail (lhost/gmail.rb): its own DNS and connection causes (MessagesOf) and the "(state N)" table ---
def _gmail(details: str) -> bytes:
    return mail(GOOGLE_HEAD + "Subject: Delivery Status Notification (Failure)", f"""
This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     reader@example.jp

Technical details of permanent failure:
{details}

   ----- Original message -----

""" + ORIGINAL)


GMAIL_SAID = ("Google tried to deliver your message, but it was rejected by the recipient domain. We recommend "
              "contacting the other email provider for further information about the cause of this error. The error "
              "that the other server returned was:\n")


@pytest.mark.parametrize("details, want", [
    ("DNS Error: Domain name not found", "host_unknown"),
    ("DNS Error: DNS server returned answer with no data", "host_unknown"),
    ("The recipient server did not accept our requests to connect. [mx.example.jp. 192.0.2.9: timed out]", "soft"),
    ("DNS Error: Could not contact DNS servers", "soft"),
    (GMAIL_SAID + "500 Remote server does not support SMTP Authenticated Relay (state 12).", "no_relaying"),
    (GMAIL_SAID + "550 550 5.7.1 <reader@example.jp>... Access denied (state 13).", "block"),
    (GMAIL_SAID + "550 550 5.2.2 <reader@example.jp>... mailbox over quota (state 14).", "mailbox_full"),
])
def test_gmail_own_causes_and_states(details, want):
    check(_gmail(details), "reader@example.jp", want)


# -- Lotus Notes: "------- Failure Reasons --------", the cause, the address (or the To: of the returned
# message when none is named), "------- Returned Message --------" (lhost/notes.rb MessagesOf) ---------
NOTES_HEAD = "From: postmaster@notes.example.co.jp\nTo: news@sender.example\nSubject: Undeliverable message\n"


@pytest.mark.parametrize("reasons, want", [
    ("Message has exceeded maximum hop count\nreader@notes.example.co.jp", "soft"),
    ("この宛先は ディレクトリのリストにありません\nreader@notes.example.co.jp", "user_unknown"),
    ("User not listed in public Name & Address Book", "user_unknown"),
])
def test_notes_failure_reasons(reasons, want):
    raw = mail(NOTES_HEAD + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
               f"------- Failure Reasons  --------\n\n{reasons}\n\n------- Returned Message --------\n"
               "From: Newsletter <news@sender.example>\nTo: reader@notes.example.co.jp\nSubject: November news\n\nHello\n")
    check(raw, "reader@notes.example.co.jp", want)


# -- Exchange 5.5 / 2003 (X-MS-Embedded-Report): "did not reach the following recipient(s):", "<address>
# on <date>", then "MSEXCH:IMS:... (<code>) <cause>" - the IMS codes of lhost/exchange2003.rb ----------
@pytest.mark.parametrize("first, code, cause, want", [
    ("The message was looping between servers", "00120270", "Too Many Hops", "soft"),
    ("The message could not be converted", "00050311", "Conversion to Internet format failed", "content_error"),
    ("The remote server refused to authenticate us", "000B0981", "502 Server does not support AUTH", "security_error"),
    ("No address of this type for the recipient", "000D06B5", "No proxy for recipient (non-smtp mail?)", "system_error"),
])
def test_exchange2003_ims_codes(first, code, cause, want):
    raw = mail("From: System Administrator <postmaster@corp.example>\nTo: news@sender.example\n"
               "Subject: Undeliverable: Hello\nX-MS-Embedded-Report:", f"""Your message

  To:      reader@corp.example
  Subject: Hello
  Sent:    Tue, 1 Dec 2026 10:00:00 +0000

did not reach the following recipient(s):

reader@corp.example on Tue, 1 Dec 2026 10:00:01 +0000
    {first}
    MSEXCH:IMS:CORP:SITE:EXCHANGE 0 ({code}) {cause}
""")
    check(raw, "reader@corp.example", want)


# -- Amazon SES receiving (X-SES-Outgoing): "This message could not be delivered.", DSN fields, the
# causes of the module (lhost/receivingses.rb MessagesOf) -----------------------------------------------
@pytest.mark.parametrize("status, diagnostic, want", [
    ("5.1.1", "550 5.1.1 Mailbox does not exist", "user_unknown|filtered"),
    ("5.3.4", "552 5.3.4 Message too large", "message_too_large"),
    ("5.2.2", "552 5.2.2 Mailbox full", "mailbox_full"),
    ("5.3.0", "550 5.3.0 Message content rejected", "block"),
])
def test_receiving_ses(status, diagnostic, want):
    raw = mail("""From: MAILER-DAEMON@amazonses.example
To: news@sender.example
Subject: Delivery Status Notification (Failure)
X-SES-Outgoing: 2026.12.01-192.0.2.7
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="SE1"
""", f"""--SE1
Content-Type: text/plain

This message could not be delivered.

--SE1
Content-Type: message/delivery-status

Reporting-MTA: dns; inbound-smtp.us-west-2.amazonaws.example

Action: failed
Final-Recipient: rfc822; reader@example.com
Diagnostic-Code: smtp; {diagnostic}
Status: {status}

--SE1
content-type: text/rfc822-headers

From: news@sender.example
To: reader@example.com
Subject: November news

--SE1--
""")
    check(raw, "reader@example.com", want, status=status, reply=diagnostic[:3])


# -- providers' replies (rb-sisimai lib/sisimai/rhost/<name>.rb, each a table of reply texts or codes):
# the texts and codes our tables did not know, in a Postfix DSN (shapes.postfix_dsn) ---------------------
@pytest.mark.parametrize("code, status, stage, text, want", [
    # Orange / La Poste (rhost/franceptt.rb): the code after OFR_ / LPNnnn_
    ("553", "5.5.3", "MAIL", "Mail from not owned by user. LPN105_421", "rejected"),
    ("421", "4.2.0", "DATA", "Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]",
     "system_error"),
    ("550", "5.5.0", "DATA", "Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN005_510",
     "blocked"),
    ("554", "5.7.1", "RCPT", "Client host rejected LPN000_630", "policy_violation"),
    ("550", "5.5.0", "RCPT", "Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426",
     "suspended"),
    # i.ua (rhost/iua.rb): the number of the linked error page
    ("550", "", "RCPT", "Mailbox was not used for a long time, see http://mail.i.ua/err/3", "suspended"),
    ("550", "", "RCPT", "see http://mail.i.ua/err/2", "user_unknown"),
    ("550", "", "RCPT", "Use SMTP of your provider http://mail.i.ua/err/6", "no_relaying"),
    # Yahoo (rhost/yahooinc.rb): "dd <address> is no longer valid"
    ("554", "", "RCPT", "delivery error: dd r@provider.example is no longer valid.", "suspended"),
    # Facebook (rhost/facebook.rb): its response codes
    ("550", "", "RCPT", "5.0.0 POL-P7 The message does not meet our domain authentication requirements", "auth_failure"),
    ("550", "", "DATA", "5.0.0 MSG-P2 The message carries an attachment type we do not accept", "content_error"),
    ("550", "", "RCPT", "5.0.0 RCP-P3 The recipient's privacy settings kept the message out", "filtered"),
    ("550", "", "DATA", "5.0.0 MSG-P3 A header field that may appear once appears several times", "not_compliant_rfc"),
    ("550", "", "DATA", "5.0.0 POL-P8 The message does not comply with our abuse policies", "policy_violation"),
    ("550", "", "DATA", "5.0.0 POL-P6 The message contains a url that is refused here", "spam_detected"),
    ("450", "", "RCPT", "4.0.0 RCP-T1 The recipient address is not available due to an internal system issue",
     "system_error"),
    # Cloudflare Email Routing (rhost/cloudflare.rb), Zoho Mail (rhost/zoho.rb)
    ("451", "", "RCPT", "Upstream error, please try again", "system_error"),
    ("541", "5.4.1", "RCPT", "Mail rejected by destination domain", "rejected"),
    ("554", "5.7.1", "RCPT", "Email cannot be delivered. Reason: Email flagged as Spam.", "spam_detected"),
])
def test_provider_replies_read_from_the_rhost_tables(code, status, stage, text, want):
    report = classify(postfix_dsn(code, status, stage, text))
    assert [r.reason for r in report.recipients] == [want]


# -- ordinary mail carrying these products' headers or words stays apart -----------------------------------
@pytest.mark.parametrize("headers, body", [
    ("From: Reader <reader@gmx.example>\nTo: news@sender.example\nSubject: Re: November news\n"
     "X-GMX-Antispam: 0 (Mail was not recognized as spam); Detail=V3;\nIn-Reply-To: <n42.reader@sender.example>",
     "Thanks for the newsletter. The header of the original message is following my signature, sorry.\n-- \nReader"),
    ("From: Colleague <colleague@corp.example.jp>\nTo: news@sender.example\nSubject: Lunch?\nX-Mailer: m-FILTER",
     "Shall we have lunch at noon? My friend reader@example.jp joins."),
    ("From: Reader <reader@yahoo.example>\nTo: news@sender.example\nSubject: question\nX-YMailISG: YtyUVyYWLDsbDh0000",
     "Sorry, we were unable to attend the event. Could you send the slides to <reader@yahoo.example>?"),
    ("Return-Path: <apps@sendgrid.net>\nFrom: Shop <news@shop.example>\nTo: reader@example.net\nSubject: Your receipt",
     "Thanks for your order. This is an automatically generated message from SendGrid on behalf of Shop."),
    ("From: Parcel Service <noreply@parcel.example>\nTo: reader@example.net\nSubject: Delivery report",
     "Hello, this is the parcel service. Your parcel was delivered to the front door at 10:00."),
    ("From: 5555550100@vtext.example\nTo: news@sender.example\nSubject: \n"
     "Received: from mx.vtext.com (192.0.2.5) by relay.vtext.com; Tue, 1 Dec 2026 10:00:00 GMT", "see you at 5"),
    ("From: Colleague <colleague@ah.example.org>\nTo: news@sender.example\nSubject: Minutes\nX-AHMailID: 12345678",
     "Here are the minutes. >>> action item for reader@example.org <reader@example.org>"),
    ('From: Colleague <colleague@corp.example>\nTo: team@corp.example\nSubject: Undeliverable Mail: "the projector"',
     "The projector could not be delivered because of the strike. The following recipients were affected:\n"
     "    team@corp.example"),
])
def test_ordinary_mail_with_these_products_headers_is_no_bounce(headers, body):
    assert classify(mail(headers, body)).kind == "not_bounce"


# -- Symantec.cloud / MessageLabs (X-Msg-Ref, "Mail Delivery Failure"): DSN fields, the module's causes
# "542 <address> Rejected" and "Please turn on SMTP Authentication in your mail client"
# (lhost/messagelabs.rb ReFailures) ---------------------------------------------------------------------
@pytest.mark.parametrize("diagnostic, want", [
    ("542 reader@example.net Rejected", "user_unknown"),
    ("542 <reader@example.net> Rejected", "user_unknown"),
    # a status code where the address would be: the words decide (a block of our IP, our address)
    ("542 5.7.1 Rejected: your IP 192.0.2.25 is listed on a blocklist", "blocked"),
    ("542 5.7.1 Rejected - sender address blacklisted", "rejected"),
    ("553 Please turn on SMTP Authentication in your mail client", "security_error"),
    ("550 No such user (reader@example.net)", "user_unknown"),
])
def test_messagelabs_dsn_causes(diagnostic, want):
    raw = mail("""From: Mail Delivery System <MAILER-DAEMON@messagelabs.com>
To: news@sender.example
Subject: Mail Delivery Failure
X-Msg-Ref: server-1.tower-1.messagelabs.example!1419367175!36473369!1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ML1"
""", f"""--ML1
Content-Type: text/plain

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

    * reader@example.net

--ML1
Content-Type: message/delivery-status

Reporting-MTA: dns; server-1.tower-1.messagelabs.example

Final-Recipient: rfc822; reader@example.net
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; {diagnostic}

--ML1
Content-Type: text/rfc822-headers

From: news@sender.example
To: reader@example.net
Subject: November news

--ML1--
""")
    check(raw, "reader@example.net", want, reply=diagnostic[:3])


# -- InterScan MSS in Japanese: the arrows turned round, ">>> " before our command and "<<< " before the
# reply, under "メール配信に失敗しました" (lhost/interscanmss.rb, "Error message in non-English") ------------
def test_interscan_japanese_transcript():
    raw = mail('From: "InterScan MSS" <postmaster@imss.example.jp>\nTo: news@sender.example\n'
               "Subject: メール配信に失敗しました\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
               "メールを配信できませんでした。\n\n送信 >>> RCPT TO:<reader@example.jp>\n"
               "受信 <<< 550 5.1.1 <reader@example.jp>... no such mailbox\n")
    check(raw, "reader@example.jp", "user_unknown", status="5.1.1", reply="550", command="RCPT")


@pytest.mark.parametrize("category, diagnostic, want", [
    ("policy-related", "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Part of their network is on "
     "our block list (S3150)", "blocked"),
    ("policy-related", "550 5.7.26 Unauthenticated email from sender.example is not accepted due to domain's DMARC "
     "policy", "auth_failure"),
    ("policy-related", "550 5.7.1 refused", "policy_violation"),
])
def test_powermta_coarse_category_yields_to_the_words(category, diagnostic, want):
    """PowerMTA gives "policy-related" to any 5.7.1 by its own coarse patterns: the server's words decide,
    the category only where they say nothing readable."""
    (rec,) = classify(pmta_dsn(category, diagnostic)).recipients
    assert rec.reason == want


@pytest.mark.parametrize("category, diagnostic, want", [
    # a network category yields to any cause the reply's words name, a soft one too
    ("routing-errors", "421 4.3.2 Too many connections from your IP (192.0.2.25) - try again later", "rate_limited"),
    ("bad-connection", "451 4.2.2 Mailbox full, try again later", "mailbox_full"),
    ("no-answer-from-host", "No answer from host", "network_error"),
])
def test_powermta_network_category_yields_to_the_words(category, diagnostic, want):
    (rec,) = classify(pmta_dsn(category, diagnostic)).recipients
    assert rec.reason == want


@pytest.mark.parametrize("category, diagnostic, want", [
    # PowerMTA files a 5.1.1 "bad-mailbox" by its code: words that name a block of our IP decide
    ("bad-mailbox", "550 5.1.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org",
     "blocked"),
    # ... as do words of a passing cause beside it (the category was the code's, not the words')
    ("bad-mailbox", "452 4.2.2 Mailbox unavailable: mailbox has exceeded its storage allocation", "mailbox_full"),
    ("bad-mailbox", "450 4.2.0 Requested mail action not taken: mailbox unavailable (greylisted, please retry in "
     "5 minutes)", "rate_limited"),
    # ... words of the recipient's side leave the mailbox category standing
    ("bad-mailbox", "550 5.1.1 mailbox unavailable", "user_unknown"),
    ("quota-issues", "552 5.2.2 refused", "mailbox_full"),
    ("message-expired", "451 4.4.1 connection timed out", "expired"),
])
def test_powermta_mailbox_category_yields_to_the_words_that_name_a_cause(category, diagnostic, want):
    (rec,) = classify(pmta_dsn(category, diagnostic)).recipients
    assert rec.reason == want


@pytest.mark.parametrize("diagnostic", ["554 5.7.1 Service unavailable", "550 5.7.1 Message rejected - system error",
                                        "554 5.7.1 Message filtered"])
def test_powermta_spam_category_beside_vague_words_of_the_recipients_side_stays_a_block(diagnostic):
    (rec,) = classify(pmta_dsn("spam-related", diagnostic)).recipients
    assert (rec.reason, rec.class_) == ("spam_detected", "block")


def test_spf_words_in_french_are_no_list_refusal():
    # "n'est pas autorisé à envoyer du courrier pour le domaine de l'expéditeur" is SPF's refusal of the
    # sending server; a list's refusal says "not allowed to send to this list"
    raw = mail("From: MAILER-DAEMON <mailer-daemon@mx.mairie.example.fr>\nTo: news@sender.example\n"
               "Subject: =?UTF-8?B?TWVzc2FnZSByZWZ1c8Op?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
               "Votre message pour accueil@mairie.example.fr a été refusé. Motif : échec de la vérification SPF, le "
               "serveur 192.0.2.20 n'est pas autorisé à envoyer du courrier pour le domaine de l'expéditeur.\n")
    check(raw, "accueil@mairie.example.fr", "auth_failure")
