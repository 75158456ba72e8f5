"""The outbox: in-process retries (tenacity), durable backoff, dead letters, leases, flush; on both
store engines (SQLite and PostgreSQL)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pgstack
import pytest

from filter.engine.actions import Permanent, Retry
from filter.config import loads
from filter.engine.outbox import Outbox
from filter.store import open_store
from filter.store.sqlite import Store
from receivers import WebhookReceiver

REPO = Path(__file__).resolve().parents[1]

#: the ``store:`` section of the engine under test ("" for SQLite: today's configs exactly)
STORE = ""

#: every test of this module runs on SQLite and on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("store_in_module")


class Clock:
    def __init__(self, t: float = 1_000_000.0):
        self.t = t
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.slept.append(s)


class Flaky:
    """An action failing the first ``fail`` calls with ``error``."""

    def __init__(self, fail: int, error=Retry):
        self.fail, self.error, self.calls = fail, error, []

    def deliver(self, event, ctx):
        self.calls.append(event["id"])
        if len(self.calls) <= self.fail:
            raise self.error("nope")


def setup(tmp_path, n=1, outbox="", clock=None):
    cfg = loads(f"state_dir: {tmp_path}\n{STORE}outbox: {{tries: 3, backoff_initial: 1s, backoff_max: 4s, retry_initial: 60s,"
                f" retry_max: 1h, max_age: 1d{outbox}}}\n"
                "actions: {x: {type: log, path: x.log}}\nrules: [{match: {}, actions: [x]}]\n", env={}, base=tmp_path)
    store = open_store(cfg)
    clock = clock or Clock()
    with store.transaction():
        for i in range(n):
            store.insert_event(id=f"e{i}", event="bounce", kind="failed", address=f"a{i}@x", class_="hard",
                               reason="user_unknown", source="t", received_at=clock.t, occurred_at=clock.t,
                               cause=None, payload={"id": f"e{i}"})
            store.enqueue(f"e{i}", "x", clock.t)
    ob = Outbox(cfg, store, clock=clock, sleep=clock.sleep)
    return ob, store, clock


def test_in_process_retries_with_exponential_backoff_and_jitter(tmp_path):
    ob, store, clock = setup(tmp_path)
    ob._actions["x"] = action = Flaky(2)
    r = ob.run()
    assert (r.done, r.retry, r.dead) == (1, 0, 0)
    assert action.calls == ["e0", "e0", "e0"]
    assert len(clock.slept) == 2 and 1 <= clock.slept[0] <= 2 and 2 <= clock.slept[1] <= 3
    assert store.counts()["done"] == 1


def test_durable_retry_doubles_then_dead_letter_after_max_age(tmp_path):
    ob, store, clock = setup(tmp_path)
    ob._actions["x"] = action = Flaky(10**9)
    delays = []
    for _ in range(200):
        r = ob.run(due_only=False)
        if r.dead:
            break
        (d,) = store.deliveries(("pending",))
        delays.append(d.next_attempt - clock.t)
        clock.t = d.next_attempt
    assert len(action.calls) % 3 == 0                 # every attempt made its 3 in-process tries
    assert 30 <= delays[0] <= 60 and 60 <= delays[1] <= 120 and 120 <= delays[2] <= 240
    assert max(delays) <= 3600                         # retry_max
    (d,) = store.deliveries(("dead",))
    assert "gave up after" in d.last_error and clock.t - d.created_at <= 86400


def test_permanent_is_dead_at_once_without_retries(tmp_path):
    ob, store, _ = setup(tmp_path)
    ob._actions["x"] = action = Flaky(1, Permanent)
    r = ob.run()
    assert (r.done, r.retry, r.dead) == (0, 0, 1) and action.calls == ["e0"]


def test_a_down_target_is_not_hammered_the_rest_wait_without_losing_an_attempt(tmp_path):
    ob, store, clock = setup(tmp_path, n=5)
    ob._actions["x"] = action = Flaky(10**9)
    r = ob.run()
    assert len(action.calls) == 3                      # only the first delivery was tried
    assert (r.retry, r.skipped) == (1, 4)
    rows = store.deliveries(("pending",))
    assert [d.attempts for d in rows] == [1, 0, 0, 0, 0]
    assert all(d.next_attempt > clock.t for d in rows)  # nothing due again at once: no busy loop
    # flush tries every one of them anyway (one try each after the first)
    r = ob.run(due_only=False)
    assert r.retry == 5 and len(action.calls) == 3 + 3 + 4


def test_deadline_releases_what_was_not_started(tmp_path):
    import time

    ob, store, _ = setup(tmp_path, n=3)
    ob._actions["x"] = Flaky(0)
    r = ob.run(deadline=time.monotonic() - 1)
    assert r.skipped == 3 and store.counts()["pending"] == 3
    assert ob.run().done == 3  # released leases are claimable again


def test_unknown_action_after_a_config_change_is_a_dead_letter(tmp_path):
    ob, store, _ = setup(tmp_path)
    pgstack.execute(store, "UPDATE outbox SET action='gone'")
    r = ob.run()
    assert r.dead == 1 and "no action named 'gone'" in store.deliveries(("dead",))[0].last_error


FLUSHER = r"""
import sys
from filter.config import load
from filter.engine import Engine
with Engine(load(sys.argv[1])) as e:
    e.deliver(due_only=False)
"""


def test_two_flushers_at_once_deliver_each_event_once(tmp_path):
    with WebhookReceiver("k") as rx:
        rx.delay = 0.01
        cfg = tmp_path / "c.yaml"
        cfg.write_text(f"state_dir: {tmp_path / 'state'}\n{STORE}outbox: {{batch: 20}}\n"
                       f"actions: {{app: {{type: webhook, url: '{rx.url}', secret: '${{K}}'}}}}\n"
                       "rules: [{match: {}, actions: [app]}]\n")
        store = open_store(loads(cfg.read_text(), env={"K": "k"}, base=tmp_path))
        with store.transaction():
            for i in range(200):
                store.insert_event(id=f"e{i}", event="bounce", kind="failed", address=None, class_=None, reason=None,
                                   source="t", received_at=0, occurred_at=0, cause=None, payload={"id": f"e{i}"})
                store.enqueue(f"e{i}", "app", 0)
        env = dict(os.environ, K="k")
        procs = [subprocess.Popen([sys.executable, "-c", FLUSHER, str(cfg)], cwd=REPO, env=env) for _ in range(2)]
        assert [p.wait(120) for p in procs] == [0, 0]
        assert store.counts() == {"pending": 0, "done": 200, "dead": 0}
    assert len(rx.requests) == 200 and len(rx.accepted) == 200 and rx.duplicates == 0


def test_flush_exit_code_says_whether_anything_is_left(tmp_path):
    rx = WebhookReceiver("k")
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n{STORE}outbox: {{tries: 1}}\n"
                   f"actions: {{app: {{type: webhook, url: '{rx.url}', secret: '${{K}}'}}}}\n"
                   "rules: [{match: {}, actions: [app]}]\n")
    store = open_store(loads(cfg.read_text(), env={"K": "k"}, base=tmp_path))
    with store.transaction():
        store.insert_event(id="e", event="bounce", kind="failed", address=None, class_=None, reason=None,
                           source="t", received_at=0, occurred_at=0, cause=None, payload={"id": "e"})
        store.enqueue("e", "app", __import__("time").time())
    env = dict(os.environ, K="k")

    def flush():
        return subprocess.run([sys.executable, "-m", "filter.cli", "outbox", "flush", "--config", str(cfg)],
                              cwd=REPO, env=env, capture_output=True, text=True, timeout=60)

    r = flush()
    assert r.returncode == 1 and "1 pending" in r.stderr and "Traceback" not in r.stderr
    with rx:
        r = flush()
    assert r.returncode == 0 and "0 pending" in r.stderr
    assert flush().returncode == 0  # nothing pending: still 0


def test_flush_tries_every_pending_delivery_past_the_first_batch(tmp_path):
    ob, store, _ = setup(tmp_path, n=12, outbox=", batch: 5")
    ob._actions["x"] = action = Flaky(10**9)
    r = ob.run(due_only=False)
    assert sorted(set(action.calls)) == sorted(f"e{i}" for i in range(12))  # none left out
    assert r.retry == 12 and store.counts()["pending"] == 12


def test_worker_survives_a_store_locked_for_a_while(tmp_path, store_backend):
    import sqlite3

    if store_backend.url:
        pytest.skip("SQLite's write lock; on PostgreSQL: test_pg_cross_host.py (server stopped and restarted)")
    ob, store, _ = setup(tmp_path, outbox=", poll_interval: 100ms")
    ob._actions["x"] = action = Flaky(0)
    ob.store = Store(store.path, busy_timeout=0.05)
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    errors = []

    def on_error(e):
        errors.append(e)
        holder.execute("ROLLBACK")  # the lock goes away; the next pass delivers

    ob.work(should_stop=lambda: bool(action.calls) or len(errors) > 3, on_error=on_error)
    assert len(errors) == 1 and "locked" in str(errors[0]) and action.calls == ["e0"]
