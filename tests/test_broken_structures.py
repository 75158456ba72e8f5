"""Reports whose structure is broken or thin, read for what they still say: delivery-status fields written
into the part's own header (no blank line after its Content-Type), a local queue's give-up under the
X-Local diagnostic type, a Sendmail report whose body was lost (its subject names the cause)."""
from __future__ import annotations

from filter import classify


def test_delivery_status_fields_written_into_the_parts_header_are_read():
    raw = b"""From: Mail Delivery Subsystem <MAILER-DAEMON@out.sender.example>
To: bounces@sender.example
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

Delivery to jo@dest.example failed.

--b
Content-Type: message/delivery-status
Reporting-MTA: dns; out.sender.example
Final-Recipient: rfc822; jo@dest.example
Action: failed
Status: 5.7.0
Diagnostic-Code: smtp; 530 5.7.0 Must issue a STARTTLS command first
Final-Recipient: rfc822; al@dest.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 No such user

--b--
"""
    report = classify(raw)
    assert [(r.address, r.reason, r.status) for r in report.recipients] == [
        ("jo@dest.example", "failed_starttls", "5.7.0"), ("al@dest.example", "user_unknown", "5.1.1")]
    assert any("blank line" in d for d in report.defects)


def test_a_connection_that_failed_under_x_unix_is_the_network():
    raw = b"""From: MAILER-DAEMON@gw.sender.example
To: bounces@sender.example
Subject: Delayed Mail (still being retried)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; gw.sender.example

Final-Recipient: rfc822; ops@dest.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Unix; connect to mx.dest.example[192.0.2.10]:25: Connection timed out

--b--
"""
    assert [r.reason for r in classify(raw).recipients] == ["network_error"]


def test_a_local_queues_give_up_is_expired_not_a_failing_program():
    raw = b"""From: MAILER-DAEMON@mx.sender.example
To: bounces@sender.example
Subject: Mail delivery failed
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

Your message could not be delivered within 5 days.

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sender.example

Final-Recipient: rfc822; ana@dest.example
Action: failed
Status: 4.4.7
Diagnostic-Code: X-Local; delivery time expired - no answer from mx.dest.example

--b--
"""
    assert [(r.reason, r.class_) for r in classify(raw).recipients] == [("expired", "soft")]


def test_a_sendmail_report_without_its_body_is_read_by_its_subject():
    head = ("From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.dest.example>\nTo: <bounces@sender.example>\n"
            "X-Failed-Recipients: kim@dest.example\nAuto-Submitted: auto-generated (failure)\n"
            "Content-Type: text/plain\n")
    lost = classify((head + "Subject: Returned mail: User unknown\n\n").encode())
    assert [(r.address, r.reason) for r in lost.recipients] == [("kim@dest.example", "user_unknown")]
    # ... its MIME preamble left alone, no part after it
    preamble = classify((head.replace("Content-Type: text/plain\n", "MIME-Version: 1.0\nContent-Type: multipart/report; "
                                      "report-type=delivery-status; boundary=\"x\"\n")
                         + "Subject: Returned mail: Cannot send message for 5 days\n\nThis is a MIME-encapsulated message\n"
                         ).encode())
    assert [(r.address, r.reason) for r in preamble.recipients] == [("kim@dest.example", "expired")]
    # "see transcript for details" names no cause
    vague = classify((head + "Subject: Returned mail: see transcript for details\n\n").encode())
    assert [r.reason for r in vague.recipients] != ["user_unknown"]
