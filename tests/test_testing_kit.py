"""The testing kit (filter/testing/) against itself and the real engine: the fake MX answers per
recipient over real SMTP, the webhook receiver verifies real signatures, the engine helper runs
the real engine; the fixtures are the plugin's (registered by the pytest11 entry point)."""
from __future__ import annotations

import smtplib
import sys

import pytest

from filter.testing import BounceFactory, EngineHarness, FakeMX, WebhookReceiver
from filter.testing.fake_mx import smtp_reply

MSG = b"From: app@sender.example\r\nTo: x@y.example\r\nSubject: hi\r\nMessage-ID: <m1@sender.example>\r\n\r\nhello\r\n"


def send(mx: FakeMX, rcpts: list[str], sender: str = "app@sender.example") -> dict:
    """Send MSG; the refused recipients as smtplib reports them ({} when all were accepted)."""
    with smtplib.SMTP(mx.host, mx.port, timeout=10) as s:
        try:
            return s.sendmail(sender, rcpts, MSG)
        except smtplib.SMTPRecipientsRefused as e:  # every recipient refused
            return e.recipients


# -- the fake MX -----------------------------------------------------------------------------------
def test_the_plugin_is_registered_by_its_entry_point(request):
    plugin = request.config.pluginmanager.get_plugin("bouncefilter")
    assert plugin is not None and plugin.__name__ == "filter.testing.plugin"


def test_rules_answer_per_recipient_and_every_transaction_is_recorded(fake_mx):
    fake_mx.reject("*@gone.example", 550, "5.1.1", "User unknown")
    fake_mx.reject("full@*", 452, "4.2.2", "Mailbox full")
    refused = send(fake_mx, ["jane@gone.example", "full@ok.example", "tom@ok.example"])
    assert refused == {"jane@gone.example": (550, b"5.1.1 User unknown"),
                       "full@ok.example": (452, b"4.2.2 Mailbox full")}
    (tx,) = fake_mx.wait_for_transactions(1)
    assert tx.mail_from == "app@sender.example" and tx.accepted == ["tom@ok.example"]
    assert [(r.stage, r.address, r.reply) for r in tx.rejected] == [
        ("RCPT", "jane@gone.example", "550 5.1.1 User unknown"), ("RCPT", "full@ok.example", "452 4.2.2 Mailbox full")]
    assert tx.delivered and tx.data is not None and tx.data.endswith(b"hello\r\n")
    (kept,) = fake_mx.messages
    assert kept.rcpt_tos == ["tom@ok.example"] and kept.message["Subject"] == "hi"


def test_a_later_rule_overrides_and_accept_makes_an_exception(fake_mx):
    fake_mx.reject("*@gone.example")
    fake_mx.accept("keep@gone.example")
    assert send(fake_mx, ["keep@gone.example", "other@gone.example"]) == {
        "other@gone.example": (550, b"5.1.1 User unknown")}
    assert fake_mx.wait_for(1)[0].rcpt_tos == ["keep@gone.example"]


def test_refusal_after_data_refuses_the_message(fake_mx):
    fake_mx.reject("big@*", 552, "5.3.4", "Message too big", at="DATA")
    with pytest.raises(smtplib.SMTPDataError) as e:
        send(fake_mx, ["big@ok.example"])
    assert e.value.smtp_code == 552
    (tx,) = fake_mx.wait_for_transactions(1)
    assert not tx.delivered and tx.reply == "552 5.3.4 Message too big" and tx.accepted == ["big@ok.example"]
    assert fake_mx.messages == [] and fake_mx.rejections == [("DATA", "big@ok.example", "552 5.3.4 Message too big")]


def test_greylisting_defers_the_first_try_of_each_pair_then_accepts(fake_mx):
    fake_mx.greylist("*@slow.example", tries=2)
    grey = (451, b"4.7.1 Greylisted, please try again later")
    assert send(fake_mx, ["a@slow.example"]) == {"a@slow.example": grey}
    assert send(fake_mx, ["a@slow.example"]) == {"a@slow.example": grey}
    assert send(fake_mx, ["a@slow.example"]) == {}                      # third try: through
    assert send(fake_mx, ["b@slow.example", "a@slow.example"]) == {"b@slow.example": grey}  # another pair
    assert send(fake_mx, ["a@slow.example"], sender="other@sender.example") == {"a@slow.example": grey}
    assert len(fake_mx.wait_for(2)) == 2


def test_transactions_without_data_are_recorded_too(fake_mx):
    fake_mx.reject("*@gone.example")
    assert send(fake_mx, ["a@gone.example"]) == {"a@gone.example": (550, b"5.1.1 User unknown")}
    (tx,) = fake_mx.wait_for_transactions(1)
    assert tx.data is None and tx.reply is None and not tx.delivered
    assert "a@gone.example" in tx.describe() and "550 5.1.1" in tx.describe()


@pytest.mark.parametrize("call, message", [
    (lambda mx: mx.reject("*@x", 250, "2.0.0", "fine"), None),       # a 2xx reject is an accept: allowed
    (lambda mx: mx.reject("*@x", 650, "5.1.1", "x"), "200 to 599"),
    (lambda mx: mx.reject("*@x", 550, "4.1.1", "x"), "does not fit"),
    (lambda mx: mx.reject("*@x", 550, "5.1.1", "two\r\nlines"), "one line"),
    (lambda mx: mx.reject("*@x", at="HELO"), "at must be"),
    (lambda mx: mx.reject("a b"), "not an address pattern"),
    (lambda mx: mx.greylist("*", code=550), "4xx"),
    (lambda mx: mx.add_rule("*", "hello"), "SMTP reply"),
    (lambda mx: mx.add_rule("*", "550 5.1.1 a\r\n250 ok"), "one line"),
])
def test_bad_rules_are_refused_with_a_clear_error(call, message):
    mx = FakeMX()  # not started: rules are checked when they are made
    if message is None:
        call(mx)
        assert mx.pattern_rules[0].reply == "250 2.0.0 fine"
        return
    with pytest.raises(ValueError, match=message):
        call(mx)
    assert mx.pattern_rules == []


def test_smtp_reply_line():
    assert smtp_reply(550, "5.1.1", "User unknown") == "550 5.1.1 User unknown"
    assert smtp_reply(421, None, "try later") == "421 try later"


def test_the_fake_mx_works_without_pytest_as_a_context_manager():
    with FakeMX(server_hostname="mx.kit.test") as mx:
        with smtplib.SMTP(mx.host, mx.port, timeout=10) as s:
            code, banner = s.ehlo()
        assert code == 250 and banner.startswith(b"mx.kit.test")
        assert mx.nexthop == f"[127.0.0.1]:{mx.port}"
    with pytest.raises(OSError):
        smtplib.SMTP(mx.host, mx.port, timeout=2)                    # stopped: nobody listens


# -- the webhook receiver ------------------------------------------------------------------------
def _post(rx: WebhookReceiver, secret: str, body: bytes, key: str = "k1") -> int:
    import urllib.error
    import urllib.request

    from filter.engine.actions.webhook import sign

    req = urllib.request.Request(rx.url, data=body, method="POST", headers={
        "Content-Type": "application/json", "Idempotency-Key": key, "X-Bouncefilter-Signature": sign(secret, body)})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def test_the_receiver_refuses_a_wrong_signature_and_counts_a_repeat_once(webhook_receiver):
    assert _post(webhook_receiver, "not-the-secret", b'{"a":1}') == 401
    assert webhook_receiver.bad_signatures == 1 and webhook_receiver.events == []
    assert _post(webhook_receiver, webhook_receiver.secret, b'{"a":1}') == 200
    assert _post(webhook_receiver, webhook_receiver.secret, b'{"a":1}') == 200   # the same key again
    assert webhook_receiver.events == [{"a": 1}] and webhook_receiver.duplicates == 1


def test_the_receiver_fails_the_first_n_and_answers_slowly(webhook_receiver):
    import time

    webhook_receiver.fail_first = 2
    assert [_post(webhook_receiver, webhook_receiver.secret, b"{}", key=f"k{i}") for i in range(3)] == [503, 503, 200]
    webhook_receiver.delay = 0.4
    t = time.monotonic()
    assert _post(webhook_receiver, webhook_receiver.secret, b"{}", key="slow") == 200
    assert time.monotonic() - t >= 0.4


# -- the engine helper and the factory, together -------------------------------------------------
def test_a_hard_bounce_is_suppressed_and_posted_signed(bouncefilter_engine, bounce_factory, webhook_receiver):
    raw = bounce_factory.bounce("Jane@Gone.example", "user_unknown", shape="exim",
                                headers={"X-Campaign-Id": "spring"})
    outcome = bouncefilter_engine.process(raw)
    assert outcome.recorded and outcome.new >= 1
    assert bouncefilter_engine.is_suppressed("jane@gone.example")
    assert bouncefilter_engine.suppressed() == ["jane@gone.example"]
    events = webhook_receiver.wait_for(2)
    assert sorted(e["event"] for e in events) == ["bounce", "suppressed"]
    bounce = next(e for e in events if e["event"] == "bounce")
    assert bounce["recipient"]["reason"] == "user_unknown" and bounce["recipient"]["class"] == "hard"
    assert bounce["original"]["headers"]["X-Campaign-Id"] == "spring"
    assert webhook_receiver.bad_signatures == 0
    assert [e["event"] for e in bouncefilter_engine.events(event="bounce")] == ["bounce"]


@pytest.mark.parametrize("make, kind, suppressed", [
    ("complaint", "complaint", True), ("unsubscribe", "unsubscribe", True),
    ("auto_reply", "auto_reply", False), ("challenge", "challenge", False), ("delivered", "delivered", False)])
def test_replies_that_are_not_failures(bouncefilter_engine, bounce_factory, make, kind, suppressed):
    bouncefilter_engine.process(getattr(bounce_factory, make)("sam@isp.example"))
    (event,) = bouncefilter_engine.events(event="bounce")
    assert event["kind"] == kind and event["recipient"]["address"] == "sam@isp.example"
    assert bouncefilter_engine.is_suppressed("sam@isp.example") is suppressed


def test_soft_bounces_count_and_block_bounces_never_suppress(tmp_path):
    factory = BounceFactory()
    with EngineHarness(tmp_path, extra="soft_bounce: {threshold: 2, window: 1d}") as bf:
        bf.process(factory.bounce("full@isp.example", "mailbox_full", shape="postfix"))
        assert not bf.is_suppressed("full@isp.example")
        bf.process(factory.bounce("full@isp.example", "mailbox_full", shape="sendmail"))
        assert bf.suppression("full@isp.example")["policy"] == "soft_bounce"
        bf.process(factory.bounce("ok@isp.example", "blocked", shape="gmail"))
        assert not bf.is_suppressed("ok@isp.example")
        assert bf.suppressed() == ["full@isp.example"]


def test_a_receiver_that_fails_first_gets_the_event_from_the_outbox(bouncefilter_engine, bounce_factory,
                                                                    webhook_receiver):
    webhook_receiver.fail_first = 10**6          # down for the inline attempt
    bouncefilter_engine.process(bounce_factory.bounce("a@gone.example", "user_unknown"), inline_budget=0.5)
    assert webhook_receiver.events == [] and bouncefilter_engine.pending()
    webhook_receiver.fail_first = 0
    result = bouncefilter_engine.deliver()
    assert result.done == 2 and len(webhook_receiver.wait_for(2)) == 2 and not bouncefilter_engine.pending()


def test_the_engine_helper_refuses_a_secret_without_a_url_and_keeps_the_secret_out_of_the_file(tmp_path):
    with pytest.raises(ValueError, match="webhook_url"):
        EngineHarness(tmp_path, webhook_secret="s")
    with EngineHarness(tmp_path, webhook_url="http://127.0.0.1:9/x", webhook_secret="very-secret-value") as bf:
        assert "very-secret-value" not in bf.config_path.read_text()


def test_the_kit_imports_without_pytest():
    import subprocess

    code = ("import sys, filter.testing, filter.testing.fake_mx, filter.testing.bounces, filter.testing.engine, "
            "filter.testing.webhook; assert 'pytest' not in sys.modules and '_pytest' not in sys.modules")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_the_docs_example_is_the_outside_test_file_verbatim():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    example = (root / "tests" / "kit_outside" / "test_newsletter_bounces.py").read_text()
    assert "```python\n" + example + "```" in (root / "docs" / "testing.md").read_text()
