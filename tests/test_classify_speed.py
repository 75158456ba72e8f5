"""The shortcuts taken for bulk classify speed give what the general way gives (issue 11 item 3).

Each shortcut skips work when a cheap test shows that the general way would give the same answer:
reading a regular file in one call, taking a plain ASCII part's payload as its text, skipping a
pattern whose words a text lacks.  These tests hold each one against the general way it stands for.
"""
from __future__ import annotations

import os
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filter.commands.classify import _buffered_file, _file
from filter.core import message, mime, smtptext
from filter.core.detectors import arf

# characters that make the edge cases: blanks of every kind, line ends splitlines() knows, colons,
# case pairs that IGNORECASE folds beyond ASCII (Kelvin sign, long s, dotted I), code digits
EDGY = st.text(alphabet=st.sampled_from(list("aAzZfFsSkK09245-.:;# \t\xa0\u2028\x85\x0b\x1c\u212a\u017f\u0130é")),
               max_size=40)


# -- reading files -------------------------------------------------------------------------------
def _general(path: str, max_bytes: int) -> list:
    """What _file gave before it read regular files in one call: everything through a buffer."""
    with open(path, "rb") as fh:
        return list(_buffered_file(path, fh, max_bytes))


@pytest.mark.parametrize("content", [
    b"", b"F", b"From", b"From ", b"Subject: x\n\nbody\n", b"x" * 70_000,
    b"From a\nSubject: one\n\nhi\n\nFrom b\nSubject: two\n\n>From quoted\n",
])
@pytest.mark.parametrize("max_bytes", [3, 5, 100, 4 << 20])
def test_a_file_reads_as_through_a_buffer(tmp_path, content: bytes, max_bytes: int):
    path = tmp_path / "m.eml"
    path.write_bytes(content)
    assert list(_file(str(path), max_bytes)) == _general(str(path), max_bytes)


@pytest.mark.parametrize("told", [10, 30])  # the size fstat tells: the file grew since, or a read came short
def test_a_file_whose_read_does_not_match_its_size_is_read_through_a_buffer(tmp_path, monkeypatch, told: int):
    path = tmp_path / "m.eml"
    content = b"Subject: x\n\n" + b"y" * 10
    path.write_bytes(content)
    real = os.fstat

    def fstat(fd: int) -> os.stat_result:
        st = real(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, told,
                               st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(os, "fstat", fstat)
    assert list(_file(str(path), 1000)) == [(str(path), content, None)]


def test_what_cannot_be_read_says_why(tmp_path):
    assert list(_file(str(tmp_path), 100)) == [(str(tmp_path), b"", "Is a directory")]
    missing = str(tmp_path / "gone.eml")
    assert list(_file(missing, 100)) == [(missing, b"", "No such file or directory")]


def test_a_fifo_is_read_whole(tmp_path):
    """A pipe may return short reads: it takes the buffered way, which reads to the end."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    data = b"Subject: piped\n\n" + b"line\n" * 20_000

    def write() -> None:
        with open(fifo, "wb") as fh:
            for i in range(0, len(data), 4096):
                fh.write(data[i:i + 4096])
                fh.flush()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        got = list(_file(str(fifo), 4 << 20))
    finally:
        writer.join(10)
    assert got == [(str(fifo), data, None)]


# -- a part's text ---------------------------------------------------------------------------------
def _general_text(part, defects: list[str]) -> str:
    """_part_text's general way: the stdlib's transfer decoding, then decode_bytes."""
    payload = part.get_payload(decode=True)
    if payload is None:
        return str(message._payload(part) or "")
    return message.decode_bytes(payload, message._charset(part), defects)


@pytest.mark.parametrize("headers", [
    "", "Content-Type: text/plain", "Content-Type: text/plain; charset=us-ascii",
    "Content-Type: text/plain; charset=\"UTF-8\"", "Content-Type: text/plain; charset=iso-8859-1",
    "Content-Type: text/plain; charset=utf-16", "Content-Type: text/plain; charset=utf-7",
    "Content-Type: text/plain; charset=iso-2022-jp", "Content-Type: text/plain; charset=x-unknown",
    "Content-Type: text/plain; charset=idna",
    "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: BASE64",
    "Content-Transfer-Encoding: base64 ", "Content-Transfer-Encoding: quoted-printable",
    "Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: x-uuencode",
    "Content-Transfer-Encoding: 7bit\nContent-Transfer-Encoding: base64",
])
@pytest.mark.parametrize("body", [
    "Delivery to the following recipient failed: jane@example.com\n",
    "SGVsbG8gd29ybGQ=\n", "caf=C3=A9 =\nsoft break\n", "\x1b$B$3$s$K$A$O\x1b(B\n", "+AGEAYgBj-\n",
    "caf\udcc3\udca9\n",  # 8-bit bytes (surrogate escapes): the general way
])
def test_a_part_text_is_what_the_stdlib_decodes(headers: str, body: str):
    part = mime.Entity()
    mime.read_headers(part, headers + "\n\n" if headers else "\n")
    part.set_payload(body)
    fast: list[str] = []
    slow: list[str] = []
    assert message._part_text(part, fast) == _general_text(part, slow)
    assert fast == slow
    if body.isascii():
        assert message._payload(part) == part.get_payload()


# -- quick rejects ---------------------------------------------------------------------------------
@settings(max_examples=1000, deadline=None)
@given(st.one_of(EDGY, st.sampled_from(["Abuse report", "FBL REPORT for you", "ſpam report", "Reported as SPAM",
                                       "Email Feedback-Loop", "scomp: 1", "Undeliverable: hello"])))
def test_the_complaint_subject_reject_never_hides_a_match(subject: str):
    if arf._COMPLAINT_SUBJECT.search(subject):
        assert arf._may_be_complaint(subject)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(EDGY, st.sampled_from(["550 5.1.1 user unknown", "(#5.1.1)", "said: 452 4.2.2 full",
                                       "250 2.0.0 ok", "5.7.1", "no code here"])))
def test_the_status_reject_never_hides_a_status(text: str):
    if not smtptext._may_hold_status(text):
        assert smtptext.find_status(text) is None
        assert not smtptext._CODE_STATUS.search(text)
        assert not smtptext._STATUS.search(text)
        assert not smtptext._QMAIL_STATUS.search(text)



@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list(smtptext._COMMAND_WORDS) + ["after", "command", "like", "rcpt", "data", "mail",
                                                                  "reject", "x", " ", "550", "to"]), max_size=8))
def test_the_command_words_found_are_those_of_the_table(pieces: list[str]):
    """Looked for by their gates, the words found are those a search for each finds, in order."""
    for text in ("".join(pieces), " ".join(pieces)):
        assert smtptext._command_words(text) == [w for w in smtptext._COMMAND_WORDS if w in text]


def test_every_command_word_is_looked_for():
    gated = [w for words in smtptext._GATED.values() for w in words]
    assert sorted(gated + list(smtptext._UNGATED)) == sorted(smtptext._COMMAND_WORDS)


# -- the returned original's header names ----------------------------------------------------------
@pytest.mark.parametrize("name", ["Received", "DKIM-Signature", "ARC-Seal", "X-MS-Exchange-Foo", "Content-Type",
                                  "Subject", "To", "X-Mailer", "MESSAGE-ID", "x-received", "Résumé", ""])
def test_a_header_name_is_kept_or_left_out_as_before(name: str):
    from filter.core import pipeline

    expected = None if name.lower().startswith(pipeline._SKIP_ORIGINAL) else name.lower()
    assert pipeline._kept_name(name) == expected
    assert pipeline._kept_name(name) == expected  # from the memo


def test_the_header_name_memo_stays_small(monkeypatch):
    from filter.core import pipeline

    monkeypatch.setattr(pipeline, "_NAMES", {})
    for n in range(10_000):
        assert pipeline._kept_name(f"X-Made-Up-{n}") == f"x-made-up-{n}"
    assert len(pipeline._NAMES) <= 4096


# -- a multipart's boundary --------------------------------------------------------------------------
@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('bBoundaryx;="\' \t<>-_/*\\')), max_size=40))
def test_a_boundary_is_the_stdlib_boundary(params: str):
    """Read with a plain split when the quotes allow it, as the stdlib's parameter parser reads it."""
    from email.message import Message

    for value in (f"multipart/mixed;{params}", f"multipart/mixed; boundary={params}", params):
        entity = mime.Entity()
        entity["Content-Type"] = value
        plain = Message()
        plain["Content-Type"] = value
        assert entity.get_boundary() == plain.get_boundary(), value
