"""Reports to classify, written the way the servers write them: shared by the test modules.

``mail(headers, body)`` joins a message; ``postfix_dsn`` and ``exim_report`` wrap one reply text
(code, enhanced status, SMTP stage, words) in a whole Postfix DSN (failed for a 5xx, delayed for a
4xx) or an Exim bounce / delay warning, the shapes ../shared/tools/replies_check.py builds too.
"""
from __future__ import annotations


def mail(headers: str, body: str, crlf: bool = False) -> bytes:
    raw = headers.strip("\n") + "\n\n" + body.lstrip("\n")
    return raw.replace("\n", "\r\n").encode() if crlf else raw.encode("utf-8")


UTF8 = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"


def readers_reply(body: str, sender: str = "Office <office@firm.example>", subject: str = "RE: June news"):
    """The report of a person's answer to our mailing (plain UTF-8 text, no quoted original unless ``body`` has one)."""
    from filter import classify

    return classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))


NULL = "Return-Path: <>\n"


def auto_reply(body: str, sender: str = "Ana Lima <ana@firm.example>", subject: str = "Automatic reply: June news"):
    """The report of an auto-responder's answer, sent with a null return path (RFC 3834)."""
    from filter import classify

    return classify(mail(f"{NULL}From: {sender}\nTo: news@shop.example\nSubject: {subject}\n"
                         f"Auto-Submitted: auto-replied\n{UTF8}", body))


def notice(sender: str, subject: str, body: str, crlf: bool = False, null: bool = False):
    """The report of a mail system's or security product's own notice to the sender, in plain text (``null``: sent with a
    null return path, as most gateways send theirs)."""
    from filter import classify

    return classify(mail(f"{NULL if null else ''}From: {sender}\nTo: news@shop.example\nSubject: {subject}\n"
                         f"Auto-Submitted: auto-generated\n{UTF8}", body, crlf))


VERP = "bounces+eva=firm.example@mail.shop.example"


def system_notice(sender: str, subject: str, body: str, to: str = VERP, auto: str = "auto-generated"):
    """The report of a recipient site's system writing to the VERP address our message to eva@firm.example went out with,
    with a null return path (``auto``: its Auto-Submitted value)."""
    from filter import classify

    return classify(mail(f"{NULL}From: {sender}\nTo: {to}\nSubject: {subject}\nAuto-Submitted: {auto}\n{UTF8}", body))


def persons_mail(sender: str, subject: str, body: str, to: str = "news@shop.example", extra: str = ""):
    """The report of a person's or a desk's mail to us (``extra``: more header lines, e.g. an automatic mark)."""
    from filter import classify

    return classify(mail(f"From: {sender}\nTo: {to}\nSubject: {subject}\n{extra}{UTF8}", body))


def kind_and_reasons(report) -> tuple:
    """A report's kind and each recipient's (address, reason), the pair most tests compare."""
    return report.kind, [(x.address, x.reason) for x in report.recipients]


IP = "192.0.2.25"
RCPT = "r@provider.example"
STAGE = {"RCPT": "RCPT TO", "MAIL": "MAIL FROM", "DATA": "end of DATA", "CONN": "initial greeting"}
EXIM_STAGE = {"RCPT": f"after RCPT TO:<{RCPT}>", "MAIL": "after MAIL FROM:<b@sender.example>",
               "DATA": "after end of data", "CONN": "after initial connection"}


def diag(code: str, status: str, text: str) -> str:
    return " ".join(x for x in (code, status, text) if x)


def postfix_dsn(code: str, status: str, stage: str, text: str) -> bytes:
    final = code[0] == "5"
    said = diag(code, status, text)
    return (
        "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\nTo: bounces@sender.example\n"
        f"Subject: {'Undelivered Mail Returned to Sender' if final else 'Delayed Mail (still being retried)'}\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
        f"--b\nContent-Type: text/plain\n\n<{RCPT}>: host mx.provider.example[198.51.100.7] said: {said} "
        f"(in reply to {STAGE[stage]} command)\n\n--b\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; mail.sender.example\n\nFinal-Recipient: rfc822; {RCPT}\n"
        f"Action: {'failed' if final else 'delayed'}\nStatus: {status or code[0] + '.0.0'}\n"
        f"Remote-MTA: dns; mx.provider.example\nDiagnostic-Code: smtp; {said}\n\n--b--\n"
    ).encode()


def exim_report(code: str, status: str, stage: str, text: str) -> bytes:
    said = diag(code, status, text)
    where = f"host mx.provider.example [198.51.100.7]\n    SMTP error from remote mail server {EXIM_STAGE[stage]}:\n"
    if code[0] == "5":
        return ("From: Mail Delivery System <Mailer-Daemon@mail.sender.example>\nTo: b@sender.example\n"
                "Subject: Mail delivery failed: returning message to sender\n\n"
                "This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                f"  {RCPT}\n    {where}    {said}\n").encode()
    return ("From: Mail Delivery System <Mailer-Daemon@mail.sender.example>\nTo: b@sender.example\n"
            "Subject: Warning: message 1abcde-000123-AB delayed 24 hours\n\n"
            "This message was created automatically by mail delivery software.\n"
            "A message that you sent has not yet been delivered to one or more of its\n"
            "recipients after more than 24 hours on the queue on mail.sender.example.\n\n"
            "The address to which the message has not yet been delivered is:\n\n"
            f"  {RCPT}\n    {where.replace('SMTP error', 'Delay reason: SMTP error')}    {said}\n\n"
            "No action is required on your part. Delivery attempts will continue for\n"
            "some time, and this warning may be repeated at intervals if the message\n"
            "remains undelivered.\n").encode()


def pmta_dsn(category: str, diagnostic: str, status: str = "5.7.1") -> bytes:
    """A PowerMTA DSN whose one recipient failed (5.x.x) or was delayed (4.x.x) with ``diagnostic``
    filed under ``category`` (its X-PowerMTA-BounceCategory field)."""
    return mail("""From: postmaster@pmta.example.org
To: news@sender.example
Subject: Delivery report
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="PM1"
""", f"""--PM1
Content-Type: message/delivery-status

Reporting-MTA: dns; pmta.example.org

Final-Recipient: rfc822; reader@example.jp
Action: {"failed" if status[0] == "5" else "delayed"}
Status: {status}
Diagnostic-Code: smtp; {diagnostic}
X-PowerMTA-BounceCategory: {category}

--PM1--
""")
