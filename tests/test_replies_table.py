"""../shared/corpus/replies.tsv as a test table: every row is a sentence a server really sends.

Each reply, with its reply code, enhanced status and SMTP stage as a server sends them, must
classify to the reason and class its words mean (rows whose label leaves one open are not judged
on it).  Two ways: the classifier's own entry point, and a whole Postfix-style DSN through
``classify`` (the shape ../shared/tools/replies_check.py builds), so that the detectors' reading
of the stage and codes is tested too.
"""
from __future__ import annotations

import pytest

import corpus
from filter import classify
from filter.core.classifier import decide
from filter.core.model import reason_class
from filter.core.smtptext import find_status

# Rows whose words allow the labelled reading only with knowledge this project does not have;
# each says why.  Strict: a row that starts to pass must leave this list.
NOT_YET: dict[str, str] = {}
_STAGE = {"RCPT": "RCPT TO", "MAIL": "MAIL FROM", "DATA": "end of DATA", "CONN": "initial greeting"}


def _rows() -> list:
    return [pytest.param(row, id=row["id"], marks=pytest.mark.xfail(strict=True, reason=NOT_YET[row["id"]]))
            if row["id"] in NOT_YET else pytest.param(row, id=row["id"]) for row in corpus.replies()]


def _diagnostic(row: dict, address: str) -> str:
    text = row["text"].replace("{addr}", f"<{address}>")
    return " ".join(x for x in (row["reply_code"], row["status"], text) if x)


def _check(row: dict, reason: str, class_: str) -> None:
    assert not row["reason"] or reason == row["reason"], f"{row['text']!r}: {reason}, labelled {row['reason']}"
    assert not row["class"] or class_ == row["class"], f"{row['text']!r}: {class_}, labelled {row['class']}"


@pytest.mark.parametrize("row", _rows())
def test_reply_text_means_its_label(row: dict) -> None:
    final = row["reply_code"].startswith("5")
    diag = _diagnostic(row, "rcpt@remote.example")
    reason = decide(status=row["status"] or find_status(diag), diagnostic=diag,
                    command=row["stage"] or None, action="failed" if final else "delayed", diag_type="smtp")
    _check(row, reason, reason_class(reason, permanent=final))


@pytest.mark.parametrize("row", _rows())
def test_reply_text_in_a_postfix_dsn(row: dict) -> None:
    final = row["reply_code"].startswith("5")
    address = "rcpt@remote.example"
    diag = _diagnostic(row, address)
    stage = _STAGE.get(row["stage"], "")
    said = f"host mx.remote.example[192.0.2.7] said: {diag}" + (f" (in reply to {stage} command)" if stage else "")
    status = row["status"] or f"{row['reply_code'][0]}.0.0"
    raw = (
        "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\n"
        "To: bounces@sender.example\n"
        f"Subject: {'Undelivered Mail Returned to Sender' if final else 'Delayed Mail (still being retried)'}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        f"--b\nContent-Type: text/plain\n\n<{address}>: {said}\n\n"
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.sender.example\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: {'failed' if final else 'delayed'}\nStatus: {status}\n"
        f"Remote-MTA: dns; mx.remote.example\nDiagnostic-Code: smtp; {diag}\n\n--b--\n"
    ).encode("utf-8")
    report = classify(raw)
    assert [r.address for r in report.recipients] == [address]
    r = report.recipients[0]
    _check(row, r.reason, r.class_)


def test_the_table_is_there_and_mostly_judged() -> None:
    corpus.require()
    rows = corpus.replies()
    assert len(rows) >= 100
    assert sum(bool(r["reason"]) for r in rows) >= 0.8 * len(rows)
