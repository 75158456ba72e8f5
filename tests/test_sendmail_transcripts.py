"""Whose words are whose in a Sendmail report about several recipients (vocabulary rule 13).

Sendmail's report (savemail.c, deliver.c) lists the recipients, then a "Transcript of session
follows" section: "... while talking to <host>:" opens the SMTP session with the host of the
recipients named after it, and "<name>... <what happened>" ends each recipient's lines; a local
delivery names the mailbox by its local part only ("<maja>... Disc quota exceeded").  A recipient
never takes the next session's dialogue, nor a line about another local mailbox.  The messages are
written for these tests.
"""
from __future__ import annotations

from filter import classify

HEAD = """\
Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.sender.example>
To: <clerk@sender.example>
Subject: {subject}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B0"

--B0

The original message was received at Mon, 3 Jun 2024 16:00:00 -0700
from ws1.sender.example [10.0.0.5]

{text}
--B0
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sender.example

{fields}
--B0--
"""


def _reasons(subject: str, text: str, fields: str) -> dict[str | None, str]:
    report = classify(HEAD.format(subject=subject, text=text, fields=fields).encode())
    return {r.address: r.reason for r in report.recipients}


def test_the_next_session_is_the_next_recipients() -> None:
    text = """   ----- Transcript of session follows -----
<ana@far.example>... Deferred: Connection timed out with mx.far.example.
... while talking to mx.near.example.:
<<< 421 4.7.0 mx.near.example Too many connections; try again later
<ben@near.example>... Deferred: 421 4.7.0 mx.near.example Too many connections; try again later
Warning: message still undelivered after 4 hours
"""
    fields = """Final-Recipient: RFC822; ana@far.example
Action: delayed
Status: 4.4.1

Final-Recipient: RFC822; ben@near.example
Action: delayed
Status: 4.7.0
Diagnostic-Code: SMTP; 421 4.7.0 mx.near.example Too many connections; try again later
"""
    got = _reasons("Warning: could not send message for past 4 hours", text, fields)
    assert got == {"ana@far.example": "network_error", "ben@near.example": "rate_limited"}


def test_a_local_mailboxs_line_is_not_the_next_recipients() -> None:
    text = """   ----- The following addresses had permanent fatal errors -----
hr@sender.example
    (reason: 552 5.2.2 <maja>... Disc quota exceeded)
    (expanded from: <hr@sender.example>)

   ----- The following addresses had transient non-fatal errors -----
<kim@partner.example>
    (reason: Name server: partner.example.: host name lookup failure)

   ----- Transcript of session follows -----
552 5.2.2 <maja>... Disc quota exceeded
<kim@partner.example>... Deferred: Name server: partner.example.: host name lookup failure
"""
    fields = """Final-Recipient: RFC822; hr@sender.example
X-Actual-Recipient: RFC822; maja@mail.sender.example
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Unix; 552 5.2.2 <maja>... Disc quota exceeded

Final-Recipient: RFC822; kim@partner.example
Action: delayed
Status: 4.4.3
"""
    got = _reasons("Returned mail: see transcript for details", text, fields)
    assert got == {"hr@sender.example": "mailbox_full", "kim@partner.example": "network_error"}


def test_a_session_before_its_recipient_stays_its_own() -> None:
    text = """   ----- Transcript of session follows -----
... while talking to mx.far.example.:
>>> RCPT To:<ana@far.example>
<<< 550 5.1.1 <ana@far.example>... User unknown
550 5.1.1 <ana@far.example>... User unknown
"""
    fields = """Final-Recipient: RFC822; ana@far.example
Action: failed
Status: 5.1.1
"""
    assert _reasons("Returned mail: see transcript for details", text, fields) == {"ana@far.example": "user_unknown"}


def test_an_alias_whose_only_words_name_its_expansion_keeps_them() -> None:
    # <accounts@...> expanded to the local mailbox "pat"; the transcript's line about "<pat>" is all the
    # report says of it (no words of its own above the transcript)
    text = """   ----- The following addresses had permanent fatal errors -----
<accounts@sender.example>

   ----- Transcript of session follows -----
550 5.1.1 <pat>... User unknown
"""
    fields = """Final-Recipient: RFC822; accounts@sender.example
Action: failed
Status: 5.1.1
"""
    got = _reasons("Returned mail: see transcript for details", text, fields)
    assert got == {"accounts@sender.example": "user_unknown"}


def test_a_multi_line_reply_is_read_whole_from_the_transcript() -> None:
    """Sendmail copies the first line of a multi-line reply into "(reason: ...)" and the DSN's
    Diagnostic-Code; the lines after it, in the transcript, say why (RFC 5321 4.2.1: one reply)."""
    text = """   ----- The following addresses had permanent fatal errors -----
<liv@provider.example>
    (reason: 554-mx.provider.example ESMTP Service not available)

   ----- Transcript of session follows -----
... while talking to mx.provider.example.:
<<< 554-mx.provider.example ESMTP Service not available
<<< 554-No SMTP service
<<< 554-Your IP address is listed on our block list.
<<< 554 See https://postmaster.provider.example/blocks
554 5.0.0 Service unavailable
"""
    fields = """Final-Recipient: RFC822; liv@provider.example
Action: failed
Status: 5.0.0
Diagnostic-Code: SMTP; 554-mx.provider.example ESMTP Service not available
"""
    assert _reasons("Returned mail: see transcript for details", text, fields) == {"liv@provider.example": "blocked"}
    # the first line alone names no cause
    one_line = text.replace("<<< 554-Your IP address is listed on our block list.\n", "")
    assert _reasons("Returned mail: see transcript for details", one_line, fields) != {"liv@provider.example": "blocked"}


def test_a_recipients_dialogue_ends_at_the_next_session() -> None:
    """The lines after ">>> RCPT To:<address>" are that recipient's dialogue up to the next "...
    while talking to": the next host's ">>> MAIL From:" is no command of this recipient's (read when
    the fields leave facts open: the reply without an enhanced code, Status 5.0.0)."""
    text = """   ----- The following addresses had permanent fatal errors -----
<nia@first.example>
    (reason: 552 5.2.2 Mailbox full)
<omar@second.example>
    (reason: 552 Message size exceeds maximum permitted)

   ----- Transcript of session follows -----
... while talking to mx.first.example.:
>>> RCPT To:<nia@first.example>
<<< 250 2.1.5 Ok
>>> DATA
<<< 354 Go ahead
>>> .
<<< 552 5.2.2 Mailbox full
... while talking to mx.second.example.:
>>> MAIL From:<clerk@sender.example> SIZE=36134044
<<< 552 Message size exceeds maximum permitted
552 <omar@second.example>... Message size exceeds maximum permitted
"""
    fields = """Final-Recipient: RFC822; nia@first.example
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full

Final-Recipient: RFC822; omar@second.example
Action: failed
Status: 5.0.0
Diagnostic-Code: SMTP; 552 Message size exceeds maximum permitted
"""
    got = _reasons("Returned mail: see transcript for details", text, fields)
    assert got == {"nia@first.example": "mailbox_full", "omar@second.example": "message_too_large"}


def test_pipelined_replies_that_open_alike_go_to_the_recipient_they_name() -> None:
    text = """   ----- The following addresses had permanent fatal errors -----
<caio@far.example>
    (reason: 550-mx.far.example Mail rejected:)
<duda@far.example>
    (reason: 550-mx.far.example Mail rejected:)

   ----- Transcript of session follows -----
... while talking to mx.far.example.:
>>> DATA
<<< 550-mx.far.example Mail rejected:
<<< 550 5.1.1 <caio@far.example>: no such user here
<<< 550-mx.far.example Mail rejected:
<<< 550 5.7.1 <duda@far.example>: the recipient has blocked mail from this sender
"""
    fields = """Final-Recipient: RFC822; caio@far.example
Action: failed
Status: 5.1.1
Diagnostic-Code: SMTP; 550-mx.far.example Mail rejected:

Final-Recipient: RFC822; duda@far.example
Action: failed
Status: 5.7.1
Diagnostic-Code: SMTP; 550-mx.far.example Mail rejected:
"""
    got = _reasons("Returned mail: see transcript for details", text, fields)
    assert got == {"caio@far.example": "user_unknown", "duda@far.example": "filtered"}


def test_a_diagnostic_holding_the_last_line_of_a_reply_is_completed_too() -> None:
    """Some Sendmail versions keep the reply's last line in the DSN ("553 information. (#5.7.1)"):
    the lines before it in the transcript say the cause (an SPF failure, not an unknown user, whatever
    Sendmail's own "User unknown" line for a 553 answer to RCPT says)."""
    text = """   ----- Transcript of session follows -----
... while talking to mail.far.example.:
>>> RCPT To:<ada@far.example>
<<< 553-SPF (Sender Policy Framework) domain authentication
<<< 553-fail. Refer to the Troubleshooting page for more
<<< 553 information. (#5.7.1)
550 5.1.1 <ada@far.example>... User unknown
"""
    fields = """Final-Recipient: RFC822; ada@far.example
Action: failed
Status: 5.1.0
Diagnostic-Code: SMTP; 553 information. (#5.7.1)
"""
    got = _reasons("Returned mail: see transcript for details", text, fields)
    assert got == {"ada@far.example": "auth_failure"}


def test_a_warnings_retry_footer_is_no_cause_beside_the_servers_code() -> None:
    text = """   ----- Transcript of session follows -----
<kai@near.example>... Deferred: 451 4.4.1 reply: read error from mx.near.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
    fields = """Final-Recipient: RFC822; kai@near.example
Action: delayed
Status: 4.4.1
Will-Retry-Until: Fri, 7 Jun 2024 16:00:00 -0700
"""
    got = _reasons("Warning: could not send message for past 4 hours", text, fields)
    assert got == {"kai@near.example": "network_error"}


def test_alike_replies_go_to_the_recipient_whose_rcpt_they_answer() -> None:
    """Replies that end alike ("550 5.7.1 Ref: HM-2231") are each the answer to the ">>> RCPT To:"
    before them in their session; an address is matched whole (ann@ is not in joann@)."""
    text = """   ----- Transcript of session follows -----
... while talking to mx01.hosted.example.:
>>> RCPT To:<joann@one.example>
<<< 554-5.7.1 Message refused.
<<< 554-5.7.1 Reason: the mailbox is over its storage quota.
<<< 554 5.7.1 Ref: HM-2231
... while talking to mx02.hosted.example.:
>>> RCPT To:<ann@two.example>
<<< 554-5.7.1 Message refused.
<<< 554-5.7.1 Reason: message content classified as spam (score 9.8).
<<< 554 5.7.1 Ref: HM-2231
"""
    fields = """Final-Recipient: RFC822; joann@one.example
Action: failed
Status: 5.7.1
Diagnostic-Code: SMTP; 554 5.7.1 Ref: HM-2231

Final-Recipient: RFC822; ann@two.example
Action: failed
Status: 5.7.1
Diagnostic-Code: SMTP; 554 5.7.1 Ref: HM-2231
"""
    got = _reasons("Returned mail: see transcript for details", text, fields)
    assert got == {"joann@one.example": "mailbox_full", "ann@two.example": "spam_detected"}
