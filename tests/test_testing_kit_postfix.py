"""The kit with a real MTA: a private Postfix (tests/mailstack.py) relays ``remote.test`` to the
kit's ``fake_mx`` (its ``nexthop``, as a user's ``transport_maps`` would), the fake MX refuses by
pattern, Postfix writes its DSNs, and the factory's ``postfix`` shape, made from the same refusal,
is read by the classifier exactly as Postfix's own DSN is and has its structure."""
from __future__ import annotations

import email
import email.policy
import re

import pytest

from filter import classify
from filter.testing import BounceFactory

pytestmark = pytest.mark.mailstack


def _facts(raw: bytes) -> list[tuple]:
    report = classify(raw)
    return [(report.kind, r.address, r.reason, r.class_, r.status, r.reply_code, r.smtp_command, r.permanent)
            for r in report.recipients]


def _shape(raw: bytes) -> tuple:
    """What makes a Postfix DSN a Postfix DSN: the subject, the parts with their descriptions,
    the delivery-status fields by name, and the notification's opening line."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    parts = [(p.get_content_type(), p.get("Content-Description")) for p in msg.get_payload()]
    status = msg.get_payload()[1].get_payload()
    names = tuple(sorted({f for block in status for f in block.keys()}))
    text = msg.get_payload()[0].get_payload()
    first = text.strip().splitlines()[0]
    answered = re.findall(r"\(in reply to (.+?) command\)", re.sub(r"\s+", " ", text))
    return msg["Subject"], msg.get_param("report-type"), parts, names, first.split(" at host ")[0], answered


def test_postfix_relaying_to_the_fake_mx_and_the_factorys_postfix_shape_agree(postfix_factory, fake_mx):
    fake_mx.reject("gone@remote.test", 550, "5.1.1", "<{address}>: Recipient address rejected: User unknown")
    fake_mx.reject("spam@remote.test", 554, "5.7.1", "Message rejected as spam", at="DATA")
    pf = postfix_factory(remote=fake_mx)
    for rcpt in ("gone@remote.test", "spam@remote.test", "ok@remote.test"):
        assert pf.send("app@example.test", rcpt) == {}

    captured = pf.wait_for_pipe(2, timeout=30)
    assert [m.rcpt_tos for m in fake_mx.wait_for(1)] == [["ok@remote.test"]]
    refusals = {r.address: r for tx in fake_mx.wait_for_transactions(3) for r in tx.rejected}
    assert {a: (r.stage, r.reply) for a, r in refusals.items()} == {
        "gone@remote.test": ("RCPT", "550 5.1.1 <gone@remote.test>: Recipient address rejected: User unknown"),
        "spam@remote.test": ("DATA", "554 5.7.1 Message rejected as spam")}

    factory = BounceFactory(sender="app@example.test", reporting_mta=pf.myhostname)
    seen = set()
    for capture in captured:
        real = capture.content
        (fact,) = _facts(real)
        refusal = refusals[fact[1]]
        made = factory.from_reply(refusal.address, refusal.reply, stage=refusal.stage, shape="postfix",
                                  remote_mta="mx.remote.test")
        assert _facts(made) == [fact]
        assert _shape(made) == _shape(real)
        seen.add((fact[1], fact[2]))
    assert seen == {("gone@remote.test", "user_unknown"), ("spam@remote.test", "spam_detected")}


def test_sendmail_relaying_to_the_fake_mx_and_the_factorys_sendmail_shape_agree(fake_mx):
    import mailstack as ms
    import sendmailstack as sms

    if sms.unavailable_reason():
        pytest.skip(f"sendmail: {sms.unavailable_reason()}")
    fake_mx.reject("gone@remote.test", 550, "5.1.1", "<{address}>... User unknown")
    sender = f"bounces@{sms.HOSTNAME}"
    with sms.SendmailInstance(remote=fake_mx) as sm:
        assert sm.send(sender, ["gone@remote.test"], ms.make_message(sender, "gone@remote.test", "hi")) == {}
        (capture,) = sm.wait_for_pipe(1, timeout=60)
        sm.wait_queue_empty()
    real = capture.content.split(b"\n", 1)[1] if capture.content.startswith(b"From ") else capture.content
    (refusal,) = [r for tx in fake_mx.transactions for r in tx.rejected]
    made = BounceFactory(sender=sender, reporting_mta=sms.HOSTNAME).from_reply(
        refusal.address, refusal.reply, stage=refusal.stage, shape="sendmail", remote_mta="mx.remote.test")
    assert _facts(made) == _facts(real) == [("failed", "gone@remote.test", "user_unknown", "hard", "5.1.1", "550",
                                             "RCPT", True)]
    real_msg = email.message_from_bytes(real, policy=email.policy.compat32)
    made_msg = email.message_from_bytes(made, policy=email.policy.compat32)
    assert made_msg["Subject"] == real_msg["Subject"]
    assert [p.get_content_type() for p in made_msg.get_payload()] == [p.get_content_type()
                                                                       for p in real_msg.get_payload()]
    fields = [sorted({f for block in m.get_payload()[1].get_payload() for f in block.keys()})
              for m in (made_msg, real_msg)]
    assert fields[0] == fields[1]
