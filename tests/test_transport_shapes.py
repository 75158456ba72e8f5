"""A bounce keeps its verdict through what the mail systems it crosses do to it.

Gateways re-encode parts, wrap them in one more multipart with a footer of their own, turn the
text into HTML or re-flow it (RFC 3676).  Each test writes one report, applies one such change,
and checks that the recipient, the reason and the class stay those of the plain report.  The
reports are written for the tests.
"""
from __future__ import annotations

import base64

from filter import classify

BOUNDARY = "bnd-7f3a"
REPORT = (
    "This is the mail system at host mail.sender.example.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n"
    "<kim@remote.example>: host mx.remote.example[198.51.100.4] said: 550 5.1.1\n"
    "    <kim@remote.example>: Recipient address rejected: User unknown in virtual\n"
    "    mailbox table (in reply to RCPT TO command)\n"
)
STATUS = (
    "Reporting-MTA: dns; mail.sender.example\n\n"
    "Final-Recipient: rfc822; kim@remote.example\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <kim@remote.example>: Recipient address\n"
    "    rejected: User unknown in virtual mailbox table\n"
)
HEAD = (
    "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\n"
    "To: bounces@sender.example\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
)


def report(text_part: str, status_part: str | None = None) -> bytes:
    status_part = status_part or f"Content-Type: message/delivery-status\n\n{STATUS}"
    return (HEAD + f'Content-Type: multipart/report; report-type=delivery-status; boundary="{BOUNDARY}"\n\n'
            f"--{BOUNDARY}\n{text_part}\n--{BOUNDARY}\n{status_part}\n--{BOUNDARY}--\n").encode()


def verdict(raw: bytes) -> list[tuple[str | None, str, str]]:
    rep = classify(raw)
    assert rep.kind == "failed"
    return [(r.address, r.reason, r.class_) for r in rep.recipients]


PLAIN = [("kim@remote.example", "user_unknown", "hard")]


def b64(text: str) -> str:
    return base64.encodebytes(text.encode()).decode()


def test_the_plain_report_is_read() -> None:
    assert verdict(report(f"Content-Type: text/plain\n\n{REPORT}")) == PLAIN


def test_a_transfer_encoding_with_a_blank_after_its_name_is_still_decoded() -> None:
    # RFC 2045 section 6.1: the mechanism is a token, white space and comments may stand around it
    for cte in ("base64 ", "BASE64\t", "base64 (gateway)"):
        text = f"Content-Type: text/plain\nContent-Transfer-Encoding: {cte}\n\n{b64(REPORT)}"
        status = f"Content-Type: message/delivery-status\nContent-Transfer-Encoding: {cte}\n\n{b64(STATUS)}"
        assert verdict(report(text, status)) == PLAIN, cte
    # an unknown mechanism is left as it is, never guessed at
    rep = classify(report(f"Content-Type: text/plain\nContent-Transfer-Encoding: x-gzip64\n\n{b64(REPORT)}",
                          f"Content-Type: message/delivery-status\n\n{STATUS}"))
    assert [(r.address, r.reason) for r in rep.recipients] == [("kim@remote.example", "user_unknown")]


def html(text: str) -> str:
    body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\r\n")
    return f"<html><body><div>{body}</div></body></html>"


def test_an_html_report_beside_a_gateways_plain_footer_is_the_report() -> None:
    # the report only in HTML, wrapped by a gateway that added its own plain-text footer: the
    # footer is not what the report says (no status part: only the words name the cause)
    raw = (HEAD + f'Content-Type: multipart/mixed; boundary="{BOUNDARY}"\n\n'
           f"--{BOUNDARY}\nContent-Type: text/html; charset=utf-8\n\n{html(REPORT)}\n"
           f"--{BOUNDARY}\nContent-Type: text/plain\n\nThis message was scanned by Example MailGuard.\n"
           f"--{BOUNDARY}--\n").encode()
    assert verdict(raw) == PLAIN


def test_an_html_twin_of_the_plain_text_is_not_read_twice() -> None:
    alt = "alt-19c"
    text_part = (f'Content-Type: multipart/alternative; boundary="{alt}"\n\n'
                 f"--{alt}\nContent-Type: text/plain\n\n{REPORT}\n"
                 f"--{alt}\nContent-Type: text/html\n\n{html(REPORT)}\n--{alt}--\n")
    from filter.core.message import ParsedMessage

    msg = ParsedMessage(report(text_part))
    assert msg.body.count("Recipient address rejected") == 1
    assert verdict(report(text_part)) == PLAIN


def test_html_line_breaks_are_not_doubled_by_the_sources_newlines() -> None:
    from filter.core.message import _strip_html

    assert _strip_html("one<br>\r\ntwo<br>\nthree<br>  four") == "one\ntwo\nthree\n  four"
    # numeric character references ("&#64;" in an address, "&#160;" as a blank)
    assert _strip_html("kim&#64;remote.example&#160;said&#x3a;") == "kim@remote.example said:"
    # a reference to no character is left as written
    assert _strip_html("&#0;&#x110000;") == "&#0;&#x110000;"


def flowed(text: str, width: int = 40) -> str:
    """``text`` as a format=flowed writer sends it: long lines cut after a blank (which stays, as
    the soft break's mark), a leading blank stuffed with another."""
    out = []
    for line in text.split("\n"):
        line = " " + line if line.startswith(" ") else line
        while len(line) > width and " " in line[:width]:
            cut = line.rindex(" ", 0, width) + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def test_format_flowed_lines_are_joined_again() -> None:
    from filter.core.message import ParsedMessage

    raw = report(f"Content-Type: text/plain; format=flowed\n\n{flowed(REPORT)}")
    assert "could not be delivered to one or more recipients" not in raw.decode()
    assert "could not\nbe delivered to one or more recipients." in ParsedMessage(raw).body
    assert verdict(raw) == PLAIN
    # delsp=yes: the blank that marks a soft break is not part of the text
    from filter.core.message import _unflowed

    part = ParsedMessage(b"Content-Type: text/plain; format=flowed; delsp=yes\n\nx\n").msg
    assert _unflowed(part, "Recipient addr \nrejected\n-- \nsig") == "Recipient addrrejected\n-- \nsig"
    # without format=flowed a line's trailing blank joins nothing
    plain = ParsedMessage(b"Content-Type: text/plain\n\nx\n").msg
    assert _unflowed(plain, "a \nb") == "a \nb"


def test_an_html_part_after_the_plain_report_is_not_the_reports_words() -> None:
    # a gateway's footer or banner, or the original sent back as a part: "our office has moved"
    # there must not make the recipient's address one that moved
    raw = (HEAD + f'Content-Type: multipart/report; report-type=delivery-status; boundary="{BOUNDARY}"\n\n'
           f"--{BOUNDARY}\nContent-Type: text/plain\n\n<kim@remote.example>: host mx.remote.example said: "
           f"554 Transaction failed (in reply to end of DATA command)\n"
           f"--{BOUNDARY}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.sender.example\n\n"
           f"Final-Recipient: rfc822; kim@remote.example\nAction: failed\nStatus: 5.0.0\n"
           f"--{BOUNDARY}\nContent-Type: text/html\n\n<p>Please note: our office has moved to 12 Example Road."
           f"</p>\n--{BOUNDARY}--\n").encode()
    (rec,) = classify(raw).recipients
    assert rec.address == "kim@remote.example"
    assert rec.reason != "has_moved" and rec.class_ != "hard"


def test_a_flowed_report_keeps_its_indented_lines_apart() -> None:
    # a blank at the end of a reply line, then the next recipient's indented block: no soft break
    # (RFC 3676 writers break after a blank, so a continuation never starts with one)
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  kim@remote.example\n    host mx.remote.example [198.51.100.4]\n"
            "    SMTP error from remote mail server after RCPT TO:<kim@remote.example>:\n"
            "    550 5.1.1 User unknown \n  lee@other.example\n    host mx.other.example [198.51.100.5]\n"
            "    SMTP error from remote mail server after RCPT TO:<lee@other.example>:\n"
            "    452 4.2.2 Mailbox full\n    retry timeout exceeded\n")
    raw = ("From: Mail Delivery System <Mailer-Daemon@mx.sender.example>\nTo: news@sender.example\n"
           "Subject: Mail delivery failed: returning message to sender\nMIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=us-ascii; format=flowed\n\n" + body).encode()
    got = {r.address: r.reason for r in classify(raw).recipients}
    assert got == {"kim@remote.example": "user_unknown", "lee@other.example": "mailbox_full"}
