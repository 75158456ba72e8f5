"""The engine end to end, and the acceptance list of issue 3, on both store engines (every test
runs on SQLite and on a private PostgreSQL: the ``store_in_module`` fixture of tests/conftest.py).

The stand-in classifier of ``receivers.py`` makes the reports (so these tests do not depend on
the core's accuracy); the tests at the end run the real core over ``../shared/corpus``.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from email.utils import formatdate
from pathlib import Path

import corpus
import pytest

from filter.config import loads
from filter.engine import Engine, StoreUnavailable, message_digest
from filter.store import open_store
from receivers import SMTPSink, WebhookReceiver, fake_classify, fake_message

REPO = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
SECRET = "acceptance-secret"
ENV = {"HOOK_SECRET": SECRET}
DAY = 86400.0
#: the ``store:`` section of the engine under test ("" for SQLite: today's configs exactly)
STORE = ""

#: every test of this module runs on SQLite and on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("store_in_module")


def store_of(tmp_path: Path):
    """The store the test's config names (opened anew: what another process would see)."""
    return open_store(loads(config_text(tmp_path), env=ENV, base=tmp_path))


def config_text(tmp_path: Path, url: str = "http://127.0.0.1:9/none", rules: str | None = None,
                extra: str = "") -> str:
    text = f"""\
state_dir: {tmp_path / 'state'}
{STORE}outbox: {{tries: 2, backoff_initial: 10ms, backoff_max: 20ms, retry_initial: 1s, retry_max: 2s, inline_budget: 2s}}
actions:
  app: {{type: webhook, url: '{url}', secret: '${{HOOK_SECRET}}', timeout: 2s}}
  list: {{type: suppression_file, path: {tmp_path / 'suppressed'}, format: plain}}
{extra}"""
    if rules is None:
        rules = "  - {match: {event: bounce}, actions: [app]}\n"
    return text + "rules:\n" + rules


def engine(tmp_path, **kw) -> Engine:
    return Engine(loads(config_text(tmp_path, **kw), env=ENV, base=tmp_path), classify=fake_classify)


def write_config(tmp_path, **kw) -> Path:
    p = tmp_path / "bouncefilter.yaml"
    p.write_text(config_text(tmp_path, **kw))
    return p


def cli(*args, env=None, timeout=120) -> subprocess.CompletedProcess:
    e = dict(os.environ, **ENV, **(env or {}))
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True,
                          cwd=REPO, env=e, timeout=timeout)


def flush_until_done(cfg: Path, passes: int = 20) -> int:
    for i in range(passes):
        r = cli("outbox", "flush", "--config", str(cfg))
        if r.returncode == 0:
            return i + 1
        assert r.returncode == 1, r.stderr
    raise AssertionError("outbox never drained")


# -- acceptance: receiver down for the first 5 attempts, then up --------------------------------
def test_receiver_failing_first_5_attempts_gets_every_event_exactly_once(tmp_path):
    with WebhookReceiver(SECRET) as rx:
        rx.fail_first = 5
        e = engine(tmp_path, url=rx.url)
        msgs = [fake_message(f"user{i}@example.com hard user_unknown 5.1.1") for i in range(10)]
        ids = set()
        for m in msgs:
            out = e.process(m, source="test")
            ids |= {ev["id"] for ev in out.events}
        for _ in range(10):
            if e.deliver(due_only=False).retry == 0 and e.store.counts()["pending"] == 0:
                break
        assert e.store.counts() == {"pending": 0, "done": 10, "dead": 0}
    assert len(ids) == 10
    assert set(rx.accepted) == ids                       # none lost
    assert rx.duplicates == 0                            # none twice
    assert sum(r.status == 200 for r in rx.requests) == 10
    assert sum(r.status == 503 for r in rx.requests) == 5
    assert rx.bad_signatures == 0                        # every signature verified with the secret


def test_receiver_down_for_5_flushes_then_up_via_cli(tmp_path):
    rx = WebhookReceiver(SECRET)                         # not listening yet: connection refused
    cfg = write_config(tmp_path, url=rx.url)
    mdir = tmp_path / "mail"
    mdir.mkdir()
    for i in range(6):
        (mdir / f"{i}.eml").write_bytes(fake_message(f"u{i}@example.com hard user_unknown 5.1.1"))
    script = ("import sys; sys.path.insert(0, %r)\n"
              "from receivers import fake_classify\nfrom filter.config import load\nfrom filter.engine import Engine\n"
              "from pathlib import Path\n"
              "with Engine(load(sys.argv[1]), classify=fake_classify) as e:\n"
              "    for p in sorted(Path(sys.argv[2]).iterdir()):\n"
              "        e.process(p.read_bytes(), source='test')\n") % str(TESTS)
    r = subprocess.run([sys.executable, "-c", script, str(cfg), str(mdir)], cwd=REPO, env=dict(os.environ, **ENV),
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    for _ in range(5):                                   # five more attempts while down
        r = cli("outbox", "flush", "--config", str(cfg))
        assert r.returncode == 1 and "pending" in r.stderr
    with rx:
        assert flush_until_done(cfg) == 1
        r = cli("outbox", "flush", "--config", str(cfg))
        assert r.returncode == 0
    with store_of(tmp_path) as s:
        ids = {ev["id"] for ev in s.events()}
        assert s.counts() == {"pending": 0, "done": 6, "dead": 0}
    assert len(ids) == 6 and set(rx.accepted) == ids and rx.duplicates == 0 and rx.bad_signatures == 0


# -- acceptance: SIGKILL between recording and delivering ---------------------------------------
KILLABLE = r"""
import sys, json
sys.path.insert(0, sys.argv[3])
from receivers import fake_classify
from filter.config import load
from filter.engine import Engine
msgs = json.load(open(sys.argv[2]))
with Engine(load(sys.argv[1]), classify=fake_classify) as e:
    for m in msgs:
        e.process(m.encode(), source="test")
"""


@pytest.mark.parametrize("receiver_got_it", [True, False])
def test_sigkill_between_recording_and_delivering(tmp_path, receiver_got_it):
    rx = WebhookReceiver(SECRET)
    rx.hold = __import__("threading").Event()
    rx.accept_held = receiver_got_it
    with rx:
        cfg = write_config(tmp_path, url=rx.url)
        msgs = tmp_path / "msgs.json"
        msgs.write_text(json.dumps([fake_message("kill@example.com hard user_unknown 5.1.1").decode()]))
        proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(cfg), str(msgs), str(TESTS)], cwd=REPO,
                                env=dict(os.environ, **ENV))
        assert rx.arrived.wait(60), "the delivery never started"
        proc.send_signal(signal.SIGKILL)                 # recorded, delivery in flight
        assert proc.wait(30) == -signal.SIGKILL
        rx.hold = None
        with store_of(tmp_path) as s:
            (event,) = list(s.events())                  # recorded before the kill
            assert s.counts() == {"pending": 1, "done": 0, "dead": 0}
        # restart: the outbox takes over the dead process's lease at once and delivers
        assert flush_until_done(cfg) == 1
    with store_of(tmp_path) as s:
        assert [e["id"] for e in s.events()] == [event["id"]]
        assert s.counts() == {"pending": 0, "done": 1, "dead": 0}
    assert list(rx.accepted) == [event["id"]]            # exactly once at the receiver
    assert rx.duplicates == (1 if receiver_got_it else 0)  # a resend, dropped by its Idempotency-Key


def test_sigkill_at_random_points_of_a_stream_loses_and_doubles_nothing(tmp_path):
    """Kill a process mid-stream, run it again over the same mail, flush: the exact set, once each."""
    with WebhookReceiver(SECRET) as rx:
        rx.delay = 0.05
        cfg = write_config(tmp_path, url=rx.url)
        msgs = tmp_path / "msgs.json"
        msgs.write_text(json.dumps([fake_message(f"s{i}@example.com hard user_unknown 5.1.1").decode()
                                    for i in range(30)]))
        for wait_for in (3, 11, 19):
            proc = subprocess.Popen([sys.executable, "-c", KILLABLE, str(cfg), str(msgs), str(TESTS)],
                                    cwd=REPO, env=dict(os.environ, **ENV))
            deadline = time.monotonic() + 60
            while len(rx.requests) < wait_for and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            proc.kill()
            proc.wait(30)
        proc = subprocess.run([sys.executable, "-c", KILLABLE, str(cfg), str(msgs), str(TESTS)], cwd=REPO,
                              env=dict(os.environ, **ENV), timeout=120)
        assert proc.returncode == 0
        flush_until_done(cfg)
    with store_of(tmp_path) as s:
        ids = [e["id"] for e in s.events()]
        assert s.counts() == {"pending": 0, "done": 30, "dead": 0}
    assert len(ids) == len(set(ids)) == 30
    assert set(rx.accepted) == set(ids)


# -- acceptance: the same bounce twice -----------------------------------------------------------
def test_same_bounce_twice_is_one_event_and_one_delivery(tmp_path):
    with WebhookReceiver(SECRET) as rx:
        e = engine(tmp_path, url=rx.url)
        m = fake_message("twice@example.com hard user_unknown 5.1.1")
        first = e.process(m, source="pipe")
        # the same bounce fetched by the POP3 bridge: trace fields added, CRLF made LF
        again = b"Received: from pop.example.com by bridge\nDelivered-To: bounces@example.com\n" + \
            m.replace(b"\r\n", b"\n")
        second = e.process(again, source="pop3")
        assert e.process(m, source="pipe").duplicate
        assert first.new == 1 and first.delivered == 1
        assert second.duplicate and second.new == 0 and second.enqueued == 0
        assert [x["id"] for x in second.events] == [x["id"] for x in first.events]
        assert len(list(e.store.events())) == 1
        assert e.store.counts() == {"pending": 0, "done": 1, "dead": 0}
    assert len(rx.requests) == 1


def test_message_digest_ignores_trace_fields_and_line_ends():
    m = b"From: a@b\r\nMessage-ID: <x@y>\r\nSubject: s\r\n  folded\r\n\r\nbody \r\n\r\n"
    same = b"From MAILER-DAEMON Thu Jan  1 00:00:00 2024\nReturn-Path: <>\nX-Original-To: b@c\n" \
           b"From: a@b\nMessage-ID: <x@y>\nSubject: s folded\n\nbody\n"
    assert message_digest(m) == message_digest(same)
    assert message_digest(m) != message_digest(m.replace(b"body", b"other"))
    assert message_digest(m) != message_digest(m.replace(b"<x@y>", b"<z@y>"))


# -- acceptance: soft-bounce policy --------------------------------------------------------------
def soft(e: Engine, address: str, day: float, n: int = 0):
    date = formatdate(time.time() - 100 * DAY + day * DAY)
    return e.process(fake_message(f"{address} soft mailbox_full 4.2.2", date=date, message_id=f"{address}-{day}-{n}"),
                     source="test")


SOFT_RULES = "  - {match: {event: [suppressed, unsuppressed]}, actions: [app]}\n"


def test_three_soft_bounces_in_the_window_suppress_two_do_not(tmp_path):
    with WebhookReceiver(SECRET) as rx:
        e = engine(tmp_path, url=rx.url, rules=SOFT_RULES)
        soft(e, "two@example.com", 0)
        soft(e, "two@example.com", 5)
        assert e.store.suppression("two@example.com") is None
        soft(e, "three@example.com", 0)
        soft(e, "three@example.com", 6)
        out = soft(e, "three@example.com", 13)
        row = e.store.suppression("three@example.com")
        assert row is not None and row["policy"] == "soft_bounce" and row["reason"] == "mailbox_full"
        assert [x["event"] for x in out.events] == ["bounce", "suppressed"]
        assert out.events[1]["suppression"]["soft_bounces"] == 3
        # spread wider than the window: no suppression
        for d in (0, 10, 20):
            soft(e, "spread@example.com", d)
        assert e.store.suppression("spread@example.com") is None
    # the derived event went through the rules (the webhook) and the mirror (the suppression file)
    assert [r.json["event"] for r in rx.accepted.values()] == ["suppressed"]
    assert (tmp_path / "suppressed").read_text() == "three@example.com\n"


def test_soft_policy_comes_from_the_config(tmp_path):
    extra = "soft_bounce: {threshold: 2, window: 1d, reset_after: 3d}\n"
    e = engine(tmp_path, rules=SOFT_RULES.replace("app", "list"), extra=extra)
    soft(e, "a@example.com", 0)
    soft(e, "a@example.com", 1.5)                        # 1.5 days apart: outside a 1d window
    assert e.store.suppression("a@example.com") is None
    soft(e, "a@example.com", 2)                          # 2 within 1 day: threshold 2
    assert e.store.suppression("a@example.com") is not None
    # reset_after: a quiet period forgets the count
    soft(e, "b@example.com", 0)
    soft(e, "b@example.com", 0.5, n=1)
    assert e.store.suppression("b@example.com") is not None
    soft(e, "c@example.com", 0)
    soft(e, "c@example.com", 10)                         # 10 quiet days > reset_after
    assert e.store.soft_bounce_count("c@example.com") == 1


def test_rate_limits_do_not_count_toward_a_soft_suppression_unless_configured(tmp_path):
    """A rate limit (too many messages, greylisting, throttling) answers the sender's volume: three of
    them say nothing of the recipient's address, so by default they do not count; a configuration that
    clears ``except_reasons`` counts them like any soft bounce."""
    def limited(e: Engine, address: str, day: float):
        date = formatdate(time.time() - 100 * DAY + day * DAY)
        return e.process(fake_message(f"{address} soft rate_limited 4.7.0", date=date, message_id=f"{address}-{day}"),
                         source="test")

    e = engine(tmp_path, rules=SOFT_RULES.replace("app", "list"))
    for d in (0, 1, 2):
        limited(e, "busy@example.com", d)
    assert e.store.suppression("busy@example.com") is None
    assert e.store.soft_bounce_count("busy@example.com") == 0
    assert e.config.to_dict()["soft_bounce"]["except_reasons"] == ["rate_limited"]

    counted = tmp_path / "counted"
    counted.mkdir()
    e2 = engine(counted, rules=SOFT_RULES.replace("app", "list"), extra="soft_bounce: {except_reasons: []}\n")
    for d in (0, 1, 2):
        limited(e2, "counted@example.com", d)
    assert e2.store.suppression("counted@example.com") is not None


def test_an_unknown_reason_in_except_reasons_is_a_config_error(tmp_path):
    with pytest.raises(Exception, match="except_reasons"):
        engine(tmp_path, extra="soft_bounce: {except_reasons: [rate_limit]}\n")


def test_a_later_delivery_clears_the_count_and_lifts_a_soft_suppression(tmp_path):
    e = engine(tmp_path, rules=SOFT_RULES.replace("app", "list"))
    for d in (0, 1):
        soft(e, "d@example.com", d)
    e.process(fake_message("d@example.com info delivered 2.0.0", kind="delivered"), source="test")
    assert e.store.soft_bounce_count("d@example.com") == 0
    soft(e, "d@example.com", 2)
    assert e.store.suppression("d@example.com") is None  # the count started again
    for d in (3, 4):
        soft(e, "d@example.com", d)
    assert e.store.suppression("d@example.com") is not None
    assert (tmp_path / "suppressed").read_text() == "d@example.com\n"
    out = e.process(fake_message("d@example.com info delivered 2.0.0", kind="delivered"), source="test")
    assert [x["event"] for x in out.events] == ["bounce", "unsuppressed"]
    assert e.store.suppression("d@example.com") is None
    assert (tmp_path / "suppressed").read_text() == ""


def test_delayed_warnings_do_not_count(tmp_path):
    e = engine(tmp_path, rules=SOFT_RULES)
    for d in range(5):
        e.process(fake_message("w@example.com soft mailbox_full 4.2.2", kind="delayed", message_id=f"w{d}"),
                  source="test")
    assert e.store.suppression("w@example.com") is None


# -- defaults, derived events, suppression files ------------------------------------------------
def test_defaults_hard_complaint_unsubscribe_suppress_block_alerts_never_suppresses(tmp_path):
    e = Engine(loads(f"state_dir: {tmp_path / 'state'}\n{STORE}", env={}), classify=fake_classify)
    e.process(fake_message("hard@example.com hard user_unknown 5.1.1"), source="t")
    e.process(fake_message("c@example.com info complaint", kind="complaint"), source="t")
    e.process(fake_message("u@example.com info unsubscribe", kind="unsubscribe"), source="t")
    e.process(fake_message("blk@example.com block spam_detected 5.7.1"), source="t")
    e.process(fake_message("ar@example.com info auto_reply", kind="auto_reply"), source="t")
    # a DMARC failure report (RFC 6591 auth-failure): our authentication failed, nobody complained
    e.process(fake_message("dmarc@example.com block auth_failure", kind="complaint"), source="t")
    assert [r["address"] for r in e.store.suppressed()] == ["c@example.com", "hard@example.com", "u@example.com"]
    alerts = [json.loads(x) for x in (tmp_path / "state" / "alerts.jsonl").read_text().splitlines()]
    assert [(a["event"], a["recipient"]["address"]) for a in alerts] == [("bounce", "blk@example.com"),
                                                                        ("bounce", "dmarc@example.com")]


def test_contract_rules_file_and_webhook_get_suppressions(tmp_path):
    rules = ("  - match: {class: hard}\n    actions: [list, app]\n"
             "  - match: {kind: [complaint, unsubscribe]}\n    actions: [list, app]\n")
    with WebhookReceiver(SECRET) as rx:
        e = engine(tmp_path, url=rx.url, rules=rules)
        out = e.process(fake_message("Hard@Example.com hard user_unknown 5.1.1"), source="t")
        assert [x["event"] for x in out.events] == ["bounce", "suppressed"]
        assert (tmp_path / "suppressed").read_text() == "hard@example.com\n"
        # suppress/unsuppress by hand: derived events through the same rules and files
        e.suppress("manual@example.com")
        assert (tmp_path / "suppressed").read_text() == "hard@example.com\nmanual@example.com\n"
        e.unsuppress("hard@example.com")
        assert (tmp_path / "suppressed").read_text() == "manual@example.com\n"
        assert e.store.counts()["pending"] == 0
    kinds = sorted((r.json["event"], r.json["recipient"]["address"].lower()) for r in rx.accepted.values())
    assert kinds == [("bounce", "hard@example.com"), ("suppressed", "hard@example.com"),
                     ("unsuppressed", "hard@example.com")]


def test_header_rules_route_campaigns(tmp_path):
    rules = "  - {match: {header: {X-Campaign-Id: 'spring-*'}}, actions: [app]}\n"
    with WebhookReceiver(SECRET) as rx:
        e = engine(tmp_path, url=rx.url, rules=rules)
        e.process(fake_message("a@x.com soft mailbox_full", headers={"X-Campaign-Id": "spring-24"}), source="t")
        e.process(fake_message("b@x.com soft mailbox_full", headers={"X-Campaign-Id": "fall-24"}), source="t")
    assert [r.json["recipient"]["address"] for r in rx.accepted.values()] == ["a@x.com"]


# -- not bounces, quarantine, store failures, budgets ------------------------------------------
def test_not_bounce_is_recorded_and_forwarded_to_a_human(tmp_path):
    with SMTPSink() as sink:
        extra = f"  human: {{type: forward, to: [postmaster@example.com], host: 127.0.0.1, port: {sink.port}}}\n"
        e = engine(tmp_path, rules="  - {match: {kind: not_bounce}, actions: [human]}\n", extra=extra)
        raw = b"From: person@example.org\r\nSubject: about your mail\r\n\r\nPlease call me.\r\n"
        out = e.process(raw, source="pipe")
        assert out.report.kind == "not_bounce" and out.new == 1 and out.delivered == 1
        (m,) = sink.messages
    assert m.data.endswith(b"Please call me.\r\n")
    assert [x["kind"] for x in e.store.events()] == ["not_bounce"]


def test_not_bounce_record_false(tmp_path):
    e = engine(tmp_path, extra="not_bounce: {record: false}\n")
    out = e.process(b"Subject: hi\r\n\r\nhello\r\n", source="pipe")
    assert out.recorded and out.events == [] and list(e.store.events()) == []


def test_classifier_exception_quarantines_and_counts_as_taken(tmp_path):
    e = Engine(loads(f"state_dir: {tmp_path / 'state'}\n{STORE}", env={}), classify=fake_classify)
    raw = fake_message("x@example.com hard user_unknown", crash=True)
    out = e.process(raw, source="pipe")
    assert out.recorded and out.quarantined is not None and out.quarantined.read_bytes() == raw
    meta = json.loads(out.quarantined.with_suffix(".json").read_text())
    assert meta["reason"] == "classify raised RuntimeError: the core fell over"
    assert [x["event"] for x in e.store.events()] == ["quarantined"]
    alerts = (tmp_path / "state" / "alerts.jsonl").read_text()
    assert "quarantined" in alerts                        # the default rules alert on it
    assert e.process(raw, source="pipe").duplicate         # the same message again: nothing new


def test_store_locked_raises_store_unavailable_and_records_nothing(tmp_path, store_backend):
    cfg = loads(config_text(tmp_path) + "", env=ENV, base=tmp_path)
    cfg = type(cfg)(**{**{f: getattr(cfg, f) for f in cfg.__dataclass_fields__}, "busy_timeout": 0.2})
    e = Engine(cfg, classify=fake_classify)
    assert e.store is not None  # create it
    if store_backend.url is None:
        holder = sqlite3.connect(cfg.db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
    else:  # another host's transaction holding the table
        import psycopg

        holder = psycopg.connect(store_backend.url + "?sslmode=disable")
        holder.execute("BEGIN")
        holder.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE")
    try:
        with pytest.raises(StoreUnavailable):
            e.process(fake_message("l@example.com hard user_unknown"), source="pipe")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert list(e.store.events()) == []


def test_slow_receiver_does_not_exceed_the_inline_budget(tmp_path):
    with WebhookReceiver(SECRET) as rx:
        rx.delay = 3
        e = engine(tmp_path, url=rx.url)
        t = time.monotonic()
        out = e.process(fake_message("slow@example.com hard user_unknown 5.1.1"), source="pipe", inline_budget=0.5)
        assert time.monotonic() - t < 2.0
        assert out.recorded and out.delivered == 0 and out.pending == 1
        assert e.store.counts()["pending"] == 1


def test_a_failing_inline_delivery_never_undoes_the_record(tmp_path, monkeypatch):
    e = engine(tmp_path, url="http://127.0.0.1:9/")

    def broken(**kw):
        raise RuntimeError("outbox bug")
    monkeypatch.setattr(e.outbox, "run", broken)
    out = e.process(fake_message("b@example.com hard user_unknown 5.1.1"), source="pipe", inline_budget=1)
    assert out.recorded and out.delivery_error == "RuntimeError: outbox bug"
    assert [x["recipient"]["address"] for x in e.store.events(event="bounce")] == ["b@example.com"]
    assert e.store.counts()["pending"] >= 1  # queued for the worker


def test_permanent_refusal_is_a_dead_letter_until_retried(tmp_path):
    with WebhookReceiver(SECRET) as rx:
        rx.status = 422
        cfg = write_config(tmp_path, url=rx.url)
        e = Engine(loads(cfg.read_text(), env=ENV), classify=fake_classify)
        e.process(fake_message("dead@example.com hard user_unknown 5.1.1"), source="pipe")
        assert e.store.counts() == {"pending": 0, "done": 0, "dead": 1}
        assert len(rx.requests) == 1                      # a 4xx is not retried in process either
        r = cli("outbox", "list", "--config", str(cfg))
        assert " dead " in r.stdout and "HTTP 422" in r.stdout
        rx.status = None
        assert cli("outbox", "retry", "--config", str(cfg)).returncode == 0
        assert cli("outbox", "flush", "--config", str(cfg)).returncode == 0
    assert len(rx.accepted) == 1


def test_outbox_work_delivers_in_the_background_and_stops_on_sigterm(tmp_path):
    rx = WebhookReceiver(SECRET)
    cfg = write_config(tmp_path, url=rx.url)
    e = Engine(loads(cfg.read_text(), env=ENV), classify=fake_classify)
    e.process(fake_message("bg@example.com hard user_unknown 5.1.1"), source="pipe", inline_budget=0)
    cfg.write_text(cfg.read_text().replace("retry_initial: 1s", "retry_initial: 0.2s")
                   .replace("inline_budget: 2s", "inline_budget: 2s, poll_interval: 0.1s"))
    worker = subprocess.Popen([sys.executable, "-m", "filter.cli", "outbox", "work", "--config", str(cfg)],
                              cwd=REPO, env=dict(os.environ, **ENV), stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(1.0)                                   # the receiver is down: retries scheduled
        with rx:
            deadline = time.monotonic() + 30
            while not rx.accepted and time.monotonic() < deadline:
                time.sleep(0.05)
        assert len(rx.accepted) == 1
    finally:
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(30) == 0
        assert "Traceback" not in worker.stderr.read()


# -- CLI -----------------------------------------------------------------------------------------
def test_cli_events_and_suppression_commands(tmp_path):
    cfg = write_config(tmp_path, rules="  - {match: {class: hard}, actions: [list]}\n")
    e = Engine(loads(cfg.read_text(), env=ENV), classify=fake_classify)
    e.process(fake_message("h@example.com hard user_unknown 5.1.1", "s@example.com soft mailbox_full 4.2.2"),
              source="pipe")
    lines = [json.loads(x) for x in cli("events", "--config", str(cfg)).stdout.splitlines()]
    assert sorted((x["event"], x["recipient"]["address"]) for x in lines) == [
        ("bounce", "h@example.com"), ("bounce", "s@example.com"), ("suppressed", "h@example.com")]
    only = cli("events", "--config", str(cfg), "--address", "S@example.com", "--since", "1d").stdout.splitlines()
    assert len(only) == 1 and json.loads(only[0])["recipient"]["reason"] == "mailbox_full"
    assert cli("events", "--config", str(cfg), "--since", "2999-01-01").stdout == ""
    assert cli("suppression", "list", "--config", str(cfg)).stdout == "h@example.com\n"
    r = cli("suppression", "check", "--config", str(cfg), "h@example.com")
    assert r.returncode == 0 and json.loads(r.stdout)["reason"] == "user_unknown"
    assert cli("suppression", "check", "--config", str(cfg), "nobody@example.com").returncode == 1
    assert cli("suppression", "add", "--config", str(cfg), "m@example.com", "--reason", "asked").returncode == 0
    assert (tmp_path / "suppressed").read_text() == "h@example.com\nm@example.com\n"
    assert cli("suppression", "remove", "--config", str(cfg), "h@example.com").returncode == 0
    assert (tmp_path / "suppressed").read_text() == "m@example.com\n"
    r = cli("suppression", "export", "--config", str(cfg), "--format", "postfix")
    assert r.stdout.splitlines()[1:] == ["m@example.com REJECT 5.1.1 suppressed: asked"]
    r = cli("suppression", "add", "--config", str(cfg), "not an address")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_cli_store_unavailable_is_75_and_one_line(tmp_path):
    (tmp_path / "blocker").write_text("a file where the state folder should be")
    cfg = tmp_path / "c.yaml"
    if STORE:  # PostgreSQL: a server that does not answer
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        cfg.write_text(f"state_dir: {tmp_path / 'state'}\n"
                       f"store: {{url: 'postgresql://bf@127.0.0.1:{port}/gone', busy_timeout: 1s}}\n")
    else:
        cfg.write_text(f"state_dir: {tmp_path / 'blocker'}\n")
    r = cli("events", "--config", str(cfg))
    assert r.returncode == 75 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


# -- with the real classification core, over the shared corpus -------------------------------------
CORPUS = corpus.CORPUS  # ../shared/corpus beside the checkout


def _core_available() -> bool:
    try:
        from filter.core import pipeline as core  # noqa: F401
    except ImportError:
        return False
    return True


needs_corpus = pytest.mark.skipif(not (CORPUS / "bounces").is_dir() or not _core_available(),
                                  reason="needs the classification core and ../shared/corpus")


@needs_corpus
def test_process_the_corpus_twice_records_once(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n{STORE}"
                   f"actions:\n  suppress: {{type: suppression_file, path: {tmp_path / 'suppressed.csv'}, format: csv}}\n")
    r = cli("process", "--config", str(cfg), str(CORPUS / "bounces"), str(CORPUS / "not-bounces"), timeout=300)
    assert r.returncode == 0, r.stderr
    with open_store(loads(cfg.read_text(), base=tmp_path)) as s:
        events = list(s.events())
        suppressed = {x["address"] for x in s.suppressed()}
        assert s.counts()["pending"] == 0 and s.counts()["dead"] == 0
    n_files = len(list((CORPUS / "bounces").iterdir())) + len(list((CORPUS / "not-bounces").iterdir()))
    assert len({e["id"] for e in events}) == len(events) >= n_files * 0.9
    hard = {e["recipient"]["address"].lower() for e in events if e["event"] == "bounce" and e["recipient"]
            and e["recipient"].get("address") and (e["recipient"]["class"] == "hard"
                                                   or e["kind"] in ("complaint", "unsubscribe"))}
    assert hard and hard <= suppressed
    import csv

    from filter.engine.actions.suppression_file import csv_uncell

    with (tmp_path / "suppressed.csv").open(newline="") as f:  # "=..." cells are written "'=..." (OWASP)
        csv_addresses = {csv_uncell(row["address"]) for row in csv.DictReader(f)}
    assert csv_addresses == suppressed
    r = cli("process", "--config", str(cfg), str(CORPUS / "bounces"), str(CORPUS / "not-bounces"), timeout=300)
    assert r.returncode == 0 and " 0 new event(s)" in r.stderr
    with open_store(loads(cfg.read_text(), base=tmp_path)) as s:
        assert len(list(s.events())) == len(events)


@needs_corpus
def test_real_bounce_through_pipe_and_pop3_paths_is_one_event(tmp_path):
    e = Engine(loads(f"state_dir: {tmp_path / 'state'}\n{STORE}", env={}))
    raw = (CORPUS / "bounces" / sorted(p.name for p in (CORPUS / "bounces").iterdir()
                                       if p.name.startswith("lhost-postfix"))[0]).read_bytes()
    first = e.process(raw, source="pipe")
    second = e.process(b"Received: from mx by pop\r\nDelivered-To: bounces@example.com\r\n" + raw, source="pop3")
    assert first.new >= 1 and second.duplicate
    assert first.report.kind == "failed"
