"""The bounce factory against the classifier: every reason of the vocabulary a delivery report can
carry, in every MTA shape that can carry it, is read back by ``filter.classify`` with that reason
and its class, for the right recipient, with the original's headers for correlation.  Where a
shape cannot carry a reason the factory refuses (``why_not`` says why); the table of
docs/testing.md is generated from the same code and must match it."""
from __future__ import annotations

from pathlib import Path

import pytest

from filter import classify
from filter.core.model import KIND_REASON, REASONS, reason_class
from filter.testing.bounces import (DELAY, NOT_CARRIED, SHAPES, BounceFactory, UnsupportedBounce, bounce_reasons,
                                    matrix_markdown, supports, why_not)

DOCS = Path(__file__).resolve().parents[1] / "docs" / "testing.md"
RCPT = "jane.doe@customer.example"

#: (shape, reason) pairs the factory makes faithfully and the classifier misreads today, with what
#: it reads instead: a finding for the core, kept visible as a strict xfail until it is fixed
MISREAD: dict[tuple[str, str], str] = {}
#: delay warnings that return no copy of the message (Exim's warning names the message only)
NO_COPY = {("exim", "network_error")}

CASES = [(shape, reason) for reason in bounce_reasons() for shape in SHAPES if supports(shape, reason)]


def _mark(shape: str, reason: str):
    if (shape, reason) in MISREAD:
        return pytest.param(shape, reason, marks=pytest.mark.xfail(
            strict=True, reason=f"the classifier reads {MISREAD[shape, reason]}"))
    return pytest.param(shape, reason)


def test_the_matrix_covers_every_reason_a_report_can_carry():
    failure_reasons = set(REASONS) - set(KIND_REASON.values())
    assert set(bounce_reasons()) == failure_reasons
    carried = {reason for _, reason in CASES}
    assert carried | set(NOT_CARRIED) == failure_reasons           # each is made or said not to be
    assert len(CASES) >= 150                                          # 6 shapes x most reasons


@pytest.mark.parametrize("shape, reason", [_mark(s, r) for s, r in CASES])
def test_each_shape_is_classified_back_to_its_reason(shape, reason):
    factory = BounceFactory(headers={"X-Campaign-Id": "digest-42"})
    raw = factory.bounce(RCPT, reason, shape=shape, headers={"Message-ID": "<orig-1@sender.example>"})
    report = classify(raw)
    assert report.kind == ("delayed" if reason in DELAY else "failed")
    (rcpt,) = report.recipients
    assert (rcpt.address, rcpt.reason) == (RCPT, reason)
    assert rcpt.class_ == reason_class(reason, rcpt.permanent)
    if (shape, reason) not in NO_COPY:
        assert report.original.message_id == "<orig-1@sender.example>"
        assert report.original.headers.get("X-Campaign-Id") == "digest-42"


@pytest.mark.parametrize("shape", SHAPES)
def test_a_reply_the_fake_mx_gave_becomes_that_shapes_bounce(shape):
    original = BounceFactory().original(RCPT, message_id="<o2@sender.example>")
    raw = BounceFactory().from_reply(RCPT, "550 5.1.1 <jane.doe@customer.example>: Recipient address rejected: "
                                           "User unknown", shape=shape, original=original)
    report = classify(raw)
    assert [(r.address, r.reason, r.class_) for r in report.recipients] == [(RCPT, "user_unknown", "hard")]
    assert report.original.message_id == "<o2@sender.example>"


@pytest.mark.parametrize("make, kind", [("complaint", "complaint"), ("auto_reply", "auto_reply"),
                                        ("challenge", "challenge"), ("unsubscribe", "unsubscribe"),
                                        ("delivered", "delivered")])
def test_the_non_failures(make, kind):
    report = classify(getattr(BounceFactory(), make)(RCPT))
    assert report.kind == kind
    assert [(r.address, r.reason, r.class_) for r in report.recipients] == [(RCPT, kind, "info")]


def test_a_shape_that_cannot_carry_a_reason_says_why():
    with pytest.raises(UnsupportedBounce, match="sending service"):
        BounceFactory().bounce(RCPT, "suppressed", shape="postfix")
    with pytest.raises(UnsupportedBounce, match="delay warnings"):
        BounceFactory().bounce(RCPT, "network_error", shape="qmail")
    with pytest.raises(UnsupportedBounce, match="unknown shape"):
        BounceFactory().bounce(RCPT, "user_unknown", shape="lotus")
    assert "not a reason" in why_not("postfix", "no_such_reason")
    assert "complaint()" in why_not("postfix", "complaint")
    with pytest.raises(ValueError, match="5xx"):
        BounceFactory().from_reply(RCPT, "451 4.7.1 later")


def test_the_docs_print_the_matrix_the_code_makes():
    text = DOCS.read_text(encoding="utf-8")
    assert matrix_markdown() in text, "docs/testing.md's matrix is stale: paste matrix_markdown()'s output"
