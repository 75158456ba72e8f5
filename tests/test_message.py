"""Bad input: a result or a clear one-line error, never a traceback; bounded time and memory."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filter import classify
from filter.core.model import CLASSES, KINDS, REASONS

DSN = (b"From: MAILER-DAEMON@mx.example\nTo: b@sender.example\nSubject: Undelivered Mail Returned to Sender\n"
       b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
       b"--B\nContent-Type: text/plain\n\nThe mail system\n\n--B\nContent-Type: message/delivery-status\n\n"
       b"Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; u@x.example\nAction: failed\nStatus: 5.1.1\n"
       b"Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--B\nContent-Type: message/rfc822\n\n"
       b"From: me@sender.example\nTo: u@x.example\nSubject: hello\n\nbody\n\n--B--\n")


def well_formed(report) -> None:
    assert report.kind in KINDS
    for r in report.recipients:
        assert r.reason in REASONS and r.class_ in CLASSES
        assert r.address is None or "@" in r.address
    json.dumps(report.to_dict())  # serialisable, always


def nested(depth: int) -> bytes:
    head = b"From: x@y.example\nSubject: deep\nMIME-Version: 1.0\n"
    body = b""
    for i in range(depth):
        body += f"Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\n".encode()
    return head + body + b"Content-Type: text/plain\n\nhello\n"


@pytest.mark.parametrize("name, data", [
    ("empty", b""),
    ("only headers", b"From: MAILER-DAEMON@x.example\nSubject: failure notice\n"),
    ("truncated MIME", DSN[: len(DSN) // 2]),
    ("binary garbage", bytes(range(256)) * 64),
    ("NUL bytes", b"\x00" * 5000),
    ("1 MB header line", b"Subject: " + b"x" * (1 << 20) + b"\nFrom: a@b.example\n\nbody\n"),
    ("10,000 nested parts", nested(10_000)),
    ("unknown charset", b"From: MAILER-DAEMON@x.example\nSubject: failure notice\n"
                        b"Content-Type: text/plain; charset=no-such-charset\n\n<u@x.example>:\n\xff\xfe 550 5.1.1 unknown\n"),
    ("boundary never closed", DSN.replace(b"--B--", b"")),
    ("CR only line ends", DSN.replace(b"\n", b"\r")),
    ("base64 that is not", b"Content-Transfer-Encoding: base64\nContent-Type: text/plain\n\n!!!***not base64***\n"),
])
def test_malformed_input_gives_a_result(name, data):
    report = classify(data)
    well_formed(report)


def test_truncated_bounce_still_names_the_recipient():
    report = classify(DSN[: DSN.index(b"--B\nContent-Type: message/rfc822")])
    assert [(r.address, r.reason) for r in report.recipients] == [("u@x.example", "user_unknown")]


def test_deep_nesting_is_reported_as_a_defect():
    report = classify(nested(10_000))
    assert report.kind == "not_bounce"
    assert report.defects  # either the parser gave up (read as text) or the walk stopped


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_any_bytes_classify_without_error(data):
    well_formed(classify(data))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    b"From: MAILER-DAEMON@mx.example\n", b"Subject: Undelivered Mail\n", b"MIME-Version: 1.0\n",
    b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n", b"\n", b"--B\n",
    b"--B--\n", b"Content-Type: message/delivery-status\n", b"Content-Type: message/rfc822\n",
    b"Final-Recipient: rfc822; u@x.example\n", b"Action: failed\n", b"Status: 5.1.1\n", b"Status: 9.9.9.9\n",
    b"Diagnostic-Code: smtp; 550 5.1.1 unknown\n", b"Content-Transfer-Encoding: base64\n", b"=?utf-8?B?w6k=?=\n",
    b"<u@x.example>: 552 5.2.2 full\n", b"\xff\xfe\x00garbage\n", b" folded continuation\n",
]), max_size=60))
def test_shuffled_report_pieces_classify_without_error(lines):
    well_formed(classify(b"".join(lines)))


def test_50_mb_bounce_is_fast_and_small(tmp_path):
    """A DSN whose returned original carries a 50 MB attachment, through the real command line:
    under 2 s and under 150 MB peak RSS (issue 2's acceptance)."""
    import base64

    path = tmp_path / "big.eml"
    head = DSN[: DSN.index(b"--B\nContent-Type: message/rfc822")]
    with path.open("wb") as f:
        f.write(head + b"--B\nContent-Type: message/rfc822\n\nFrom: me@sender.example\nTo: u@x.example\n"
                       b"Subject: big\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"I\"\n\n"
                       b"--I\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n")
        chunk = base64.encodebytes(b"\x00" * (3 << 20))
        while f.tell() < 50 << 20:
            f.write(chunk)
        f.write(b"\n--I--\n\n--B--\n")
    # a wrapper measures its one child, the CLI, alone
    wrapper = textwrap.dedent("""
        import resource, subprocess, sys, time
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", "import sys; from filter.cli import main; sys.exit(main())",
                              "classify", sys.argv[1]], capture_output=True, text=True)
        took = time.perf_counter() - start
        print(out.returncode, took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        print(out.stdout)
    """)
    run = subprocess.run([sys.executable, "-c", wrapper, str(path)], capture_output=True, text=True, timeout=120)
    first, rest = run.stdout.split("\n", 1)
    code, took, peak_kb = first.split()
    report = json.loads(rest)
    print(f"\n  {path.stat().st_size >> 20} MB bounce: {float(took):.3f} s (whole process), "
          f"peak RSS {int(peak_kb) / 1024:.0f} MB")
    assert code == "0"
    assert [(r["address"], r["reason"]) for r in report["recipients"]] == [("u@x.example", "user_unknown")]
    assert float(took) < 2.0
    assert int(peak_kb) / 1024 < 150


def test_a_close_delimiter_before_any_part_leaves_the_body_text() -> None:
    # found by the shuffled-pieces test: a guessed boundary whose close delimiter comes first
    raw = b"\nFrom: MAILER-DAEMON@mx.example\n--B--\n--B\nContent-Type: message/delivery-status\n"
    assert classify(raw).kind == "not_bounce"


def test_an_8bit_delivery_status_part_is_read_under_the_reports_charset():
    # RFC 3464 gives message/delivery-status no charset; Sendmail copies a server's 8-bit reply
    # (windows-1251 here) into it as it came, and into the report's text part, which declares it
    reply = "550 Почтовый ящик r@provider.example заблокирован администратором"
    raw = ("From: MAILER-DAEMON@mail.sender.example\nTo: b@sender.example\nSubject: Returned mail\n"
           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
           "--b\nContent-Type: text/plain; charset=\"windows-1251\"\nContent-Transfer-Encoding: 8bit\n\n"
           f"<r@provider.example>\n    (reason: {reply})\n\n"
           "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.sender.example\n\n"
           "Final-Recipient: RFC822; r@provider.example\nAction: failed\nStatus: 5.0.0\n"
           f"Diagnostic-Code: SMTP; {reply}\n\n--b--\n").encode("cp1251")
    from filter.core.message import ParsedMessage

    assert reply in ParsedMessage(raw).status_blocks[0]
    assert classify(raw).recipients[0].reason == "suspended"
    # a UTF-8 status part stays UTF-8 whatever the text part declares
    assert reply in ParsedMessage(raw.decode("cp1251").encode("utf-8")).status_blocks[0]


# -- the labels mail lies with (thirteenth session) ------------------------------------------------
def test_latin1_labels_read_as_windows_1252() -> None:
    """WHATWG Encoding Standard: "iso-8859-1", "latin1" and "us-ascii" name windows-1252; a curly quote
    (0x93/0x94) beside an address is punctuation, never a C1 control glued to it."""
    from filter.core.message import decode_bytes
    data = "\u201cpat@mail.example\u201d is full".encode("cp1252")
    for label in ("iso-8859-1", "ISO-8859-1", "latin1"):
        assert decode_bytes(data, label) == "\u201cpat@mail.example\u201d is full"


def test_utf8_behind_a_single_byte_label_is_read_as_utf8() -> None:
    from filter.core.message import decode_bytes
    text = "Адресат vera@mail.example не существует"
    defects: list[str] = []
    assert decode_bytes(text.encode("utf-8"), "windows-1251", defects) == text
    assert defects and "UTF-8" in defects[0]
    # the label is kept where the bytes are what it says
    assert decode_bytes(text.encode("cp1251"), "windows-1251") == text
    assert decode_bytes(text.encode("koi8-r"), "koi8-r") == text


def test_an_html_part_without_a_charset_parameter_names_it_in_its_meta() -> None:
    body = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body>' \
           "收件人：luo@mail.example.cn 550 5.1.1 用户不存在</body></html>"
    data = ("From: MAILER-DAEMON@mx.sender.example\nTo: news@sender.example\nSubject: 退信\n"
            "MIME-Version: 1.0\nContent-Type: text/html\nContent-Transfer-Encoding: 8bit\n\n").encode() \
        + body.encode("gbk")
    from filter.core.message import ParsedMessage
    assert "用户不存在" in ParsedMessage(data).body


def test_cr_cr_lf_line_breaks_are_one_break() -> None:
    """A CRLF file converted to CRLF again: the DSN's fields stay one recipient's."""
    raw = (b"From: MAILER-DAEMON@mx.sender.example\r\nTo: news@sender.example\r\nSubject: Undelivered Mail\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n"
           b"--B\r\nContent-Type: text/plain\r\n\r\n<kim@far.example>: host mx.far.example said: 550 5.1.1 User unknown\r\n"
           b"--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.sender.example\r\n\r\n"
           b"Final-Recipient: rfc822; kim@far.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
           b"Diagnostic-Code: smtp; 550 5.1.1 <kim@far.example>: User unknown\r\n--B--\r\n").replace(b"\r\n", b"\r\r\n")
    report = classify(raw)
    assert [(r.address, r.reason) for r in report.recipients] == [("kim@far.example", "user_unknown")]
