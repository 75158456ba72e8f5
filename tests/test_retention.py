"""Retention (``retention:``, ``bouncefilter prune``, the worker's periodic prune): the store stays
bounded, and nothing the engine still needs goes (issue 12).

The acceptance test writes 100,000 events over a simulated year with a fake clock: the engine
records a few messages a day (hard and soft bounces, delivery notices, a human reply forwarded:
suppressions, soft-bounce history, stored messages, deliveries of every state), and the bulk of
the day's bounces are recorded through the store as a pipe would (one event and its delivery
each), so that the whole year takes seconds.  A prune runs every simulated week.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from filter.core import model
from filter.config import loads
from filter.engine import Engine
from filter.engine.retention import prune
from filter.store import open_store
from filter.store.sqlite import Store
from pgstack import execute as sqlx

REPO = Path(__file__).resolve().parents[1]
#: the ``store:`` section of the engine under test ("" for SQLite: today's configs exactly)
STORE = ""

#: every test of this module runs on SQLite and on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("store_in_module")
DAY = 86400.0
T0 = 1_700_000_000.0


def config(tmp_path: Path, retention: str = "{events: 60d, untrusted: 14d, not_bounce: 14d, deliveries: 7d, "
                                             "messages: 7d, batch: 500}", extra: str = ""):
    return loads(f"""\
state_dir: {tmp_path / 'state'}
{STORE}soft_bounce: {{threshold: 3, window: 14d, reset_after: 30d}}
retention: {retention}
actions:
  app: {{type: log, path: {tmp_path / 'app.jsonl'}}}
  humans: {{type: forward, to: [postmaster@example.com]}}
  list: {{type: suppression_file, path: {tmp_path / 'suppressed'}}}
rules:
  - {{match: {{event: bounce, class: hard}}, actions: [list, app]}}
  - {{match: {{event: bounce, kind: not_bounce}}, actions: [humans]}}
  - {{match: {{event: bounce, class: soft}}, actions: [app]}}
  - {{match: {{event: [suppressed, unsuppressed]}}, actions: [app]}}
{extra}""", env={}, base=tmp_path)


def report(kind: str, *rcpts: tuple[str, str, str]) -> model.Report:
    return model.Report(kind=kind, recipients=[model.RecipientResult(address=a, reason=r, class_=c)
                                               for a, c, r in rcpts])


def bulk_bounces(store: Store, t: float, day: int, n: int) -> None:
    """``n`` bounce events of one day, each with its delivery to ``app`` (as the pipe records them)."""
    rows, pairs = [], []
    for i in range(n):
        eid = f"bulk-{day}-{i}"
        a = f"r{(day * 7919 + i) % 40000}@d{i % 300}.example"
        p = {"id": eid, "event": "bounce", "kind": "failed", "recipient": {"address": a, "class": "block",
                                                                           "reason": "blocked", "status": "5.7.1"},
             "original": {"message_id": f"<{eid}@example.com>"}, "received_at": "x", "source": "pipe",
             "diagnostic": "550 5.7.1 refused: " + "x" * 120}
        rows.append((eid, "bounce", "failed", a, "block", "blocked", "pipe", t + i, t + i, None, json.dumps(p)))
        pairs.append((eid, "app"))
    with store.transaction():
        store.insert_events_many(rows)
        store.enqueue_many(pairs, t)


def the_worker(store: Store, t: float, stuck: set[int]) -> None:
    """What ``outbox work`` would have done by ``t``: every delivery done, except the forwards
    (their server refuses: dead letters) and the ``stuck`` ones (the target is down for good)."""
    with store.transaction():
        ids = ",".join(map(str, stuck)) or "0"
        sqlx(store, f"UPDATE outbox SET state='dead', attempts=1, next_attempt=? WHERE state='pending'"
                         f" AND action='humans' AND id NOT IN ({ids})", (t,))
        sqlx(store, f"UPDATE outbox SET state='done', attempts=1, done_at=? WHERE state='pending'"
                         f" AND id NOT IN ({ids})", (t,))


# -- acceptance: 100,000 events over a simulated year ---------------------------------------------
def test_prune_keeps_the_store_bounded_over_a_simulated_year(tmp_path):
    cfg = config(tmp_path)
    clock = [T0]
    engine = Engine(cfg, clock=lambda: clock[0])
    store = engine.store
    hard: set[str] = set()
    stuck: set[int] = set()
    samples: dict[int, tuple[dict, dict]] = {}
    pruned = {"events": 0, "deliveries": 0, "messages": 0, "soft_bounces": 0, "transactions": 0}
    started = time.monotonic()
    for day in range(365):
        t = T0 + day * DAY
        clock[0] = t
        with store.group():  # the engine's messages of the day: one durable commit
            for k in range(2):  # two hard bounces: suppressed for good
                a = f"gone{day}.{k}@example.net"
                hard.add(a)
                engine.record(report("failed", (a, "hard", "user_unknown")), source="pipe", received_at=t,
                              occurred_at=t, digest=f"h{day}.{k}".encode(), inline_budget=0)
            for k in range(12):  # soft bounces from 40 flaky mailboxes: some reach the threshold
                a = f"flaky{(day * 3 + k) % 40}@example.org"
                engine.record(report("failed", (a, "soft", "mailbox_full")), source="pipe", received_at=t + k,
                              occurred_at=t + k, digest=f"s{day}.{k}".encode(), inline_budget=0)
            # a human reply to the bounce address, kept for the forward action
            engine.record(report("not_bounce"), raw=b"From: someone\r\n\r\n" + b"hello " * 500, source="pipe",
                          received_at=t + 20, occurred_at=t + 20, digest=f"n{day}".encode(), inline_budget=0)
            # a delivery notice now and then lifts a soft-bounce suppression
            if day % 10 == 0:
                engine.record(report("delivered", (f"flaky{day % 40}@example.org", "info", "delivered")),
                              source="pipe", received_at=t + 30, occurred_at=t + 30, digest=f"d{day}".encode(),
                              inline_budget=0)
        with store.transaction():  # forged bounces (recorded, never acting)
            store.insert_event(id=f"u{day}", event="untrusted", kind="failed", address=f"victim{day}@example.com",
                               class_="hard", reason="user_unknown", source="pipe", received_at=t + 40,
                               occurred_at=t + 40, cause=None, payload={"id": f"u{day}", "event": "untrusted"})
        bulk_bounces(store, t + 100, day, 260)
        if day == 0:  # one delivery whose target never comes back: it and its event stay
            stuck.add(sqlx(store, "SELECT min(id) FROM outbox WHERE action='app'")[0][0])
            stuck_event = sqlx(store, "SELECT event_id FROM outbox WHERE id=?", (min(stuck),))[0][0]
        the_worker(store, t + DAY / 2, stuck)
        if day % 7 == 6:
            r = prune(store, cfg, now=t + DAY - 1, sleep=lambda s: None)
            assert r.complete
            for k in pruned:
                pruned[k] += getattr(r, k)
        if day in (120, 240, 364):
            samples[day] = (store.table_counts(), store.file_stats())
    took = time.monotonic() - started
    events_written = sqlx(store, "SELECT count(*) FROM events")[0][0] + pruned["events"]
    assert events_written >= 100_000, events_written

    mid, end = samples[120], samples[364]
    print(f"\n{events_written} events written in {took:.1f}s; pruned {pruned}")
    for day, (rows, size) in sorted(samples.items()):
        print(f"  day {day}: {rows}; file {size['size'] / 1e6:.1f} MB ({size['free'] / 1e6:.1f} MB free)")
    # bounded: the store holds what retention keeps (60 days of events, 7 of finished deliveries
    # and messages), not the year: from day 120 to the end nothing grows by more than 15 %
    for table in ("events", "outbox", "messages", "soft_bounces"):
        assert end[0][table] <= 1.15 * mid[0][table] + 50, (table, mid[0][table], end[0][table])
    assert end[0]["events"] < 0.3 * events_written
    assert end[0]["outbox"] < 0.1 * events_written
    assert end[0]["messages"] <= 7 + 14 + 2
    # the file: pruned pages are reused before it grows (no VACUUM during the year); what it still
    # gains is the suppression list (never pruned) and the events that explain it
    assert end[1]["size"] <= 1.25 * mid[1]["size"], (mid[1], end[1])
    per_event = (mid[1]["size"] - mid[1]["free"]) / mid[0]["events"]
    assert end[1]["size"] < 0.3 * events_written * per_event   # unpruned, the year would take that much

    # suppression entries all stay, with the bounce that caused each (rule suppressions)
    listed = {r["address"]: r for r in store.suppressed()}
    assert hard <= set(listed)
    assert len(listed) == end[0]["suppression"]
    missing = sqlx(store, "SELECT count(*) FROM suppression s WHERE s.policy != 'manual' AND NOT EXISTS"
                               " (SELECT 1 FROM events e WHERE e.id = s.event_id)")[0][0]
    assert missing == 0
    first = store.suppression("gone0.0@example.net")
    assert first is not None and sqlx(store, "SELECT received_at FROM events WHERE id=?",
                                                  (first["event_id"],))[0][0] == T0
    # ... and the `suppressed` event of every listed address
    assert sqlx(store, "SELECT count(DISTINCT address) FROM events WHERE event='suppressed' AND address IN"
                            " (SELECT address FROM suppression)")[0][0] == len(listed)
    # the delivery still pending after a year keeps its event
    assert sqlx(store, "SELECT state FROM outbox WHERE id=?", (min(stuck),))[0][0] == "pending"
    assert sqlx(store, "SELECT count(*) FROM events WHERE id=?", (stuck_event,))[0][0] == 1
    # nothing older than retention is left but what is kept on purpose
    old = sqlx(store, "SELECT count(*) FROM events WHERE received_at < ?", (clock[0] - 61 * DAY,))[0][0]
    assert old <= 1 + 2 * len(listed)

    # VACUUM (prune --vacuum) gives the free pages back: the file is then the live rows only
    before = store.file_stats()
    store.vacuum()
    after = store.file_stats()
    print(f"  after VACUUM: file {after['size'] / 1e6:.1f} MB (was {before['size'] / 1e6:.1f} MB), "
          f"WAL {after['wal']} bytes")
    assert after["free"] == 0 and after["size"] <= before["size"] - before["free"] + 65536
    assert after["wal"] == 0
    engine.close()


# -- what must never go --------------------------------------------------------------------------
def test_soft_bounce_history_the_policy_counts_survives_a_prune(tmp_path):
    cfg = config(tmp_path, "{events: 1d, untrusted: 1d, not_bounce: 1d, deliveries: 1d, messages: 1d}")
    clock = [T0]
    engine = Engine(cfg, clock=lambda: clock[0])
    for k, day in enumerate((0, 5, 10)):  # the third within 14 days suppresses
        t = T0 + day * DAY
        clock[0] = t
        if k == 2:
            prune(engine.store, cfg, now=t, sleep=lambda s: None)
            assert engine.store.soft_bounce_count("s@example.org") == 2     # 10 and 5 days old: kept
            assert engine.store.suppression("s@example.org") is None
        engine.record(report("failed", ("s@example.org", "soft", "mailbox_full")), source="t", received_at=t,
                      occurred_at=t, digest=f"{day}".encode(), inline_budget=0)
    assert engine.store.suppression("s@example.org")["policy"] == "soft_bounce"
    # 44 days (window + reset_after) later that history cannot count any more: it goes
    clock[0] = T0 + 60 * DAY
    r = prune(engine.store, cfg, now=clock[0], sleep=lambda s: None)
    assert r.soft_bounces == 3 and engine.store.soft_bounce_count("s@example.org") == 0
    assert engine.store.suppression("s@example.org") is not None             # the list: never


def test_backfilled_soft_bounces_are_kept_while_recent(tmp_path):
    """Old bounces read now (an mbox backfill, dated by their Date) keep their history for the
    policy: a soft bounce goes only when it is old AND was read long ago."""
    cfg = config(tmp_path)
    engine = Engine(cfg, clock=lambda: T0 + 400 * DAY)
    engine.record(report("failed", ("b@example.org", "soft", "mailbox_full")), source="t",
                  received_at=T0 + 400 * DAY, occurred_at=T0, digest=b"old", inline_budget=0)
    assert prune(engine.store, cfg, now=T0 + 400 * DAY, sleep=lambda s: None).soft_bounces == 0
    assert engine.store.soft_bounce_count("b@example.org") == 1
    assert prune(engine.store, cfg, now=T0 + 450 * DAY, sleep=lambda s: None).soft_bounces == 1


def test_pending_deliveries_their_events_and_messages_stay(tmp_path):
    cfg = config(tmp_path, "{events: 1d, untrusted: 1d, not_bounce: 1d, deliveries: 1d, messages: 1d}")
    engine = Engine(cfg, clock=lambda: T0)
    engine.record(report("not_bounce"), raw=b"Subject: hi\r\n\r\nhello", source="t", received_at=T0,
                  occurred_at=T0, digest=b"n", inline_budget=0)
    engine.record(report("failed", ("x@example.net", "soft", "mailbox_full")), source="t", received_at=T0,
                  occurred_at=T0, digest=b"s", inline_budget=0)
    store = engine.store
    assert store.counts()["pending"] == 2 and store.table_counts()["messages"] == 1
    later = T0 + 100 * DAY
    r = prune(store, cfg, now=later, sleep=lambda s: None)
    assert (r.events, r.messages, r.deliveries) == (0, 0, 0)        # both deliveries still pending
    # the forward dies, the app delivery is done: 100 days later both rows, events and message go
    with store.transaction():
        sqlx(store, "UPDATE outbox SET state='dead', next_attempt=? WHERE action='humans'", (T0 + 50 * DAY,))
        sqlx(store, "UPDATE outbox SET state='done', done_at=? WHERE action='app'", (T0 + 50 * DAY,))
    r = prune(store, cfg, now=T0 + 50.5 * DAY, sleep=lambda s: None)
    assert (r.deliveries, r.events, r.messages) == (0, 0, 0)       # finished less than 1 day ago
    r = prune(store, cfg, now=later, sleep=lambda s: None)
    assert (r.deliveries, r.events, r.messages) == (2, 2, 0)        # the message went with its event
    assert store.table_counts() == {"events": 0, "outbox": 0, "messages": 0, "soft_bounces": 0, "suppression": 0}


def test_messages_go_after_their_own_age_while_the_event_stays(tmp_path):
    cfg = config(tmp_path, "{events: 30d, not_bounce: 30d, deliveries: 1d, messages: 2d}")
    engine = Engine(cfg, clock=lambda: T0)
    engine.record(report("not_bounce"), raw=b"Subject: hi\r\n\r\nhello", source="t", received_at=T0,
                  occurred_at=T0, digest=b"n", inline_budget=0)
    store = engine.store
    with store.transaction():
        sqlx(store, "UPDATE outbox SET state='done', done_at=?", (T0,))
    r = prune(store, cfg, now=T0 + 3 * DAY, sleep=lambda s: None)
    assert (r.messages, r.events, r.deliveries) == (1, 0, 1)
    assert store.table_counts()["events"] == 1


def test_zero_keeps_forever_and_dry_run_deletes_nothing(tmp_path):
    cfg = config(tmp_path, "{events: 0, untrusted: 0, not_bounce: 0, deliveries: 0, messages: 0}")
    engine = Engine(cfg, clock=lambda: T0)
    bulk_bounces(engine.store, T0, 0, 100)
    assert prune(engine.store, cfg, now=T0 + 1000 * DAY).total == 0
    cfg2 = config(tmp_path)
    with engine.store.transaction():
        sqlx(engine.store, "UPDATE outbox SET state='done', done_at=?", (T0,))
    dry = prune(engine.store, cfg2, now=T0 + 100 * DAY, dry_run=True)
    assert (dry.deliveries, dry.events) == (100, 100) and engine.store.table_counts()["events"] == 100
    real = prune(engine.store, cfg2, now=T0 + 100 * DAY, sleep=lambda s: None)
    assert (real.deliveries, real.events) == (100, 100)


# -- small transactions: a pipe keeps recording while a large prune runs ------------------------
def test_a_large_prune_never_holds_the_write_lock_long(tmp_path):
    cfg = config(tmp_path, "{events: 1d, deliveries: 1d, batch: 500}")
    store = open_store(cfg)
    for day in range(40):  # 40,000 old events, their deliveries done
        bulk_bounces(store, T0 + day * 60, day, 1000)
    with store.transaction():
        sqlx(store, "UPDATE outbox SET state='done', done_at=?", (T0,))
    result = {}

    def run_prune():
        with open_store(cfg) as s:
            result["r"] = prune(s, cfg, now=T0 + 10 * DAY)

    engine = Engine(cfg, classify=None, clock=time.time)
    waits = []
    th = threading.Thread(target=run_prune)
    th.start()
    n = 0
    while th.is_alive():  # a pipe: one bounce every few milliseconds, each in its own transaction
        t = time.monotonic()
        engine.record(report("failed", (f"live{n}@example.com", "hard", "user_unknown")), source="pipe",
                      digest=f"live{n}".encode(), inline_budget=0)
        waits.append(time.monotonic() - t)
        n += 1
        time.sleep(0.005)
    th.join()
    r = result["r"]
    assert r.events == 40_000 and r.deliveries == 40_000 and r.transactions >= 160
    print(f"\nprune of 80,000 rows: {r.seconds:.2f}s, {r.transactions} transactions; {n} bounces recorded "
          f"meanwhile, slowest {max(waits) * 1000:.0f} ms")
    assert n >= 10
    assert max(waits) < 1.0
    assert engine.store.table_counts()["suppression"] == n
    engine.close()
    store.close()


def test_deadline_stops_a_run_between_transactions(tmp_path):
    cfg = config(tmp_path, "{events: 1d, deliveries: 1d, batch: 10}")
    store = open_store(cfg)
    bulk_bounces(store, T0, 0, 200)
    with store.transaction():
        sqlx(store, "UPDATE outbox SET state='done', done_at=?", (T0,))
    calls = []
    r = prune(store, cfg, now=T0 + 10 * DAY, should_stop=lambda: len(calls) > 5, sleep=calls.append)
    assert not r.complete and 0 < r.total < 400
    r2 = prune(store, cfg, now=T0 + 10 * DAY, sleep=lambda s: None)
    assert r2.complete and r.total + r2.total == 400


# -- config --------------------------------------------------------------------------------------
def test_retention_config_defaults_and_errors(tmp_path):
    c = loads("{}", env={}, base=tmp_path)
    rt = c.retention
    assert (rt.events, rt.untrusted, rt.not_bounce, rt.deliveries, rt.messages, rt.batch, rt.interval) == (
        400 * DAY, 90 * DAY, 90 * DAY, 30 * DAY, 30 * DAY, 500, 3600.0)
    assert c.to_dict()["retention"] == {"events": "400d", "untrusted": "90d", "not_bounce": "90d",
                                        "deliveries": "30d", "messages": "30d", "batch": 500, "interval": "1h"}
    from filter.config import ConfigError

    with pytest.raises(ConfigError) as e:
        loads("retention:\n  event: 30d\n  batch: 0\n  messages: soon\n", env={}, base=tmp_path)
    text = "\n".join(e.value.errors)
    assert "retention.event: unknown key (did you mean 'events'?)" in text
    assert "retention.batch: must be at least 1" in text and "retention.messages:" in text


def test_the_example_config_documents_retention():
    text = (REPO / "conf" / "bouncefilter.yaml").read_text()
    assert "\nretention:" in text
    docs = (REPO / "docs" / "config.md").read_text()
    for key in ("events", "untrusted", "not_bounce", "deliveries", "messages", "batch", "interval"):
        assert f"`retention.{key}`" in docs, key
    assert "bouncefilter prune" in docs


# -- the CLI and the worker ------------------------------------------------------------------------
def cli(*args, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=timeout)


def write_config(tmp_path: Path, retention: str) -> Path:
    p = tmp_path / "bouncefilter.yaml"
    p.write_text(f"state_dir: {tmp_path / 'state'}\n{STORE}retention: {retention}\n"
                 f"outbox: {{poll_interval: 100ms}}\n"
                 f"actions: {{app: {{type: log, path: {tmp_path / 'app.jsonl'}}}}}\n"
                 "rules: [{match: {event: bounce}, actions: [app]}]\n")
    return p


def old_events(cfg_path: Path, n: int) -> None:
    from filter.config import load

    with open_store(load(cfg_path)) as store:
        bulk_bounces(store, time.time() - 100 * DAY, 0, n)
        with store.transaction():
            sqlx(store, "UPDATE outbox SET state='done', done_at=?", (time.time() - 99 * DAY,))


def test_cli_prune_dry_run_json_and_vacuum(tmp_path):
    cfg = write_config(tmp_path, "{events: 30d, deliveries: 30d}")
    old_events(cfg, 300)
    r = cli("prune", "--config", str(cfg), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "would delete 300 event(s), 300 finished delivery(ies)" in r.stdout
    assert "store: 300 events, 300 deliveries" in r.stdout
    r = cli("prune", "--config", str(cfg), "--json")
    out = json.loads(r.stdout)
    assert (out["events"], out["deliveries"], out["complete"], out["rows"]["events"]) == (300, 300, True, 0)
    r = cli("prune", "--config", str(cfg), "--vacuum")
    assert r.returncode == 0 and "deleted 0 event(s)" in r.stdout and "vacuum returned" in r.stdout
    assert "prune" in cli("--help").stdout


def test_outbox_work_prunes_when_it_starts_and_stops_cleanly(tmp_path):
    cfg = write_config(tmp_path, "{events: 30d, deliveries: 30d, interval: 1h}")
    old_events(cfg, 50)
    worker = subprocess.Popen([sys.executable, "-m", "filter.cli", "outbox", "work", "--config", str(cfg)],
                              cwd=REPO, stderr=subprocess.PIPE, text=True)
    try:
        from filter.config import load

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with open_store(load(cfg)) as s:
                if s.table_counts()["events"] == 0:
                    break
            time.sleep(0.1)
    finally:
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(30) == 0
    err = worker.stderr.read()
    assert "prune: deleted 50 event(s), 50 finished delivery(ies)" in err, err
    assert "Traceback" not in err


def test_outbox_work_with_interval_zero_does_not_prune(tmp_path):
    cfg = write_config(tmp_path, "{events: 30d, deliveries: 30d, interval: 0}")
    old_events(cfg, 5)
    worker = subprocess.Popen([sys.executable, "-m", "filter.cli", "outbox", "work", "--config", str(cfg)],
                              cwd=REPO, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    time.sleep(1.5)
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(30) == 0
    assert "prune" not in worker.stderr.read()
    from filter.config import load

    with open_store(load(cfg)) as s:
        assert s.table_counts()["events"] == 5
