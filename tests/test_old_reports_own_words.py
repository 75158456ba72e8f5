"""Older reports whose own summary hides the remote's words, read by what they say.

- Exchange 5.5's IMS writes its words after its diagnostic code ("0 (000C05A6) Unknown Recipient"): other
  words there ("Delivery time expired") decide, and "the recipient's destination email system is unknown"
  is the domain's, not the user's;
- Sendmail ends a transcript with its own "554 5.0.0 Service unavailable" after the remote's reply
  ("<<< 553 Mail data refused ...", or its list's "(reason: 550 ...)"): the remote's reply says why;
- Sendmail gives up after the connection broke ("reply: read error from ...", "Connection reset by ..."):
  the queue's give-up, ``expired``.
Each report is written here for the rule it tests.
"""
from __future__ import annotations

import pytest

from filter import classify
from shapes import mail

EXCHANGE_55 = """\
From: System Administrator <postmaster@kestrel.example>
To: Purchasing <purchasing@toys.example>
Subject: Undeliverable: PO 45521
X-Mailer: Internet Mail Service (5.5.2653.19)
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"

Your message

  To:      Orders
  Subject: PO 45521

did not reach the following recipient(s):

orders@kestrel.example on Mon, 9 Jul 2001 17:40:01 -0400
    {words}
\tThe MTS-ID of the original message is: c=US;a= ;p=Tailspin;l=TSMAIL1-010709214001Z-5580
    MSEXCH:IMS:Tailspin:HQ:TSMAIL1 0 (000C05A6) {ims}
"""


@pytest.mark.parametrize("words, ims, reason", [
    ("The recipient name is not recognized", "Unknown Recipient", "user_unknown"),
    ("Unable to deliver the message in the time allowed.  Please retry or contact your administrator",
     "Delivery time expired", "expired"),
    ("The message could not be delivered because the recipient's destination email system is unknown or invalid.",
     "Host unknown", "host_unknown"),
])
def test_exchange_55_ims_words_after_its_code(words, ims, reason):
    head, body = EXCHANGE_55.format(words=words, ims=ims).split("\n\n", 1)
    report = classify(mail(head, body))
    assert [(r.address, r.reason) for r in report.recipients] == [("orders@kestrel.example", reason)]


SENDMAIL = """\
From: Mail Delivery Subsystem <MAILER-DAEMON@shop.example>
To: news@shop.example
Subject: Returned mail: see transcript for details
MIME-Version: 1.0
Content-Type: text/plain

The original message was received at Wed, 16 Nov 2011 15:22:01 +0400
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<natasha@mail.example>
{reason}
   ----- Transcript of session follows -----
... while talking to mx.mail.example.:
>>> DATA
<<< {reply}
554 5.0.0 Service unavailable
"""


@pytest.mark.parametrize("reason_line, reply, reason", [
    ("", "553 Mail data refused: message looks like spam, rule [169648].", "spam_detected"),
    ("    (reason: 550 5.7.1 Message rejected as spam by content filter)\n",
     "550 5.7.1 Message rejected as spam by content filter", "spam_detected"),
    ("", "550 5.1.1 <natasha@mail.example>: Recipient address rejected: User unknown", "user_unknown"),
])
def test_sendmails_service_unavailable_gives_way_to_the_remotes_reply(reason_line, reply, reason):
    head, body = SENDMAIL.format(reason=reason_line, reply=reply).split("\n\n", 1)
    report = classify(mail(head, body))
    assert [(r.address, r.reason) for r in report.recipients] == [("natasha@mail.example", reason)]


def test_sendmails_service_unavailable_alone_stays_the_systems():
    head, body = SENDMAIL.format(reason="", reply="").replace(">>> DATA\n<<< \n", "").split("\n\n", 1)
    report = classify(mail(head, body))
    assert [(r.address, r.reason) for r in report.recipients] == [("natasha@mail.example", "system_error")]


GIVE_UP = """\
From: Mail Delivery Subsystem <MAILER-DAEMON@shop.example>
To: orders@shop.example
Subject: Returned mail: Cannot send message for 5 days
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

   ----- The following addresses had permanent fatal errors -----
<bob@isp.example>
    (reason: 451 4.4.1 {said})

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; shop.example

Final-Recipient: RFC822; bob@isp.example
Action: failed
Status: 4.4.7
Diagnostic-Code: SMTP; 451 4.4.1 {said}

--b--
"""


@pytest.mark.parametrize("said", ["reply: read error from mx.isp.example.", "Connection reset by mx.isp.example."])
def test_a_give_up_after_the_connection_broke_is_expired(said):
    head, body = GIVE_UP.format(said=said).split("\n\n", 1)
    report = classify(mail(head, body))
    assert [(r.address, r.reason) for r in report.recipients] == [("bob@isp.example", "expired")]
