"""A report that names failed, delayed and delivered recipients (RFC 3464 section 2.3.3: each
recipient has its own Action): each recipient keeps what its own fields say, a delivered one
included, and the engine records the delivered one as a success, never as a failure."""
from __future__ import annotations

from filter import classify
from filter.config import loads
from filter.engine import Engine

from shapes import mail

REPORT = mail("""From: Mail Delivery Subsystem <MAILER-DAEMON@mx-out.sender.example>
To: <bounces@sender.example>
Subject: Returned mail: see transcript for details
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"
""", """--b

   ----- The following addresses had permanent fatal errors -----
<gone@dest.example>
    (reason: 550 5.1.1 <gone@dest.example>... User unknown)

   ----- The following addresses had transient non-fatal errors -----
<later@dest.example>
    (reason: 451 4.7.1 Greylisted, please try again in 5 minutes)

   ----- The following addresses had successful delivery notifications -----
<fine@dest.example>  (relayed to non-DSN-aware mailer)

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out.sender.example

Final-Recipient: RFC822; gone@dest.example
Action: failed
Status: 5.1.1
Diagnostic-Code: SMTP; 550 5.1.1 <gone@dest.example>... User unknown

Final-Recipient: RFC822; later@dest.example
Action: delayed
Status: 4.7.1
Diagnostic-Code: SMTP; 451 4.7.1 Greylisted, please try again in 5 minutes

Final-Recipient: RFC822; fine@dest.example
Action: relayed
Status: 2.0.0

--b--
""")


def test_each_recipient_keeps_its_own_action() -> None:
    report = classify(REPORT)
    assert report.kind == "failed"
    got = [(r.address, r.action, r.reason, r.class_) for r in report.recipients]
    assert got == [("gone@dest.example", "failed", "user_unknown", "hard"),
                   ("later@dest.example", "delayed", "rate_limited", "soft"),
                   ("fine@dest.example", "relayed", "delivered", "info")]


def test_the_delivered_recipients_event_is_a_success(tmp_path) -> None:
    cfg = loads(f"state_dir: {tmp_path / 'state'}\nrules: []\n", base=tmp_path)
    outcome = Engine(cfg).process(REPORT, source="test")
    kinds = {e["recipient"]["address"]: e["kind"] for e in outcome.events if e.get("recipient")}
    assert kinds == {"gone@dest.example": "failed", "later@dest.example": "failed", "fine@dest.example": "delivered"}


def test_an_address_delivered_to_one_destination_and_failed_at_another_failed() -> None:
    """Sendmail reports an alias's program delivery and its mailbox failure for one address: the
    address failed (its mailbox is full), the program's success does not hide it."""
    raw = mail("""From: Mail Delivery Subsystem <MAILER-DAEMON@mx.lind.example>
To: <bounces@sender.example>
Subject: Returned mail: see transcript for details
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"
""", """--b

   ----- The following addresses had permanent fatal errors -----
<e.lind@lind.example>
    (reason: 552 5.2.2 Mailbox full)

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lind.example

Final-Recipient: RFC822; e.lind@lind.example
X-Actual-Recipient: X-Unix; |/usr/local/bin/notify-sms
Action: delivered
Status: 2.1.5

Final-Recipient: RFC822; e.lind@lind.example
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full

--b--
""")
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("e.lind@lind.example", "mailbox_full")]
