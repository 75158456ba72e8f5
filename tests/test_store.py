"""The SQLite store: durability settings, idempotent events, soft-bounce counts, leases, failures."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from filter.store.sqlite import Store, StoreUnavailable

REPO = Path(__file__).resolve().parents[1]


def _event(store: Store, id: str, address: str = "a@x.test", at: float = 1000.0) -> bool:
    return store.insert_event(id=id, event="bounce", kind="failed", address=address, class_="hard",
                              reason="user_unknown", source="t", received_at=at, occurred_at=at, cause=None,
                              payload={"id": id, "recipient": {"address": address}})


def test_wal_full_sync_and_idempotent_events(tmp_path):
    with Store(tmp_path / "s.db") as s:
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        with s.transaction():
            assert _event(s, "e1") is True
            assert _event(s, "e1") is False
            assert s.enqueue("e1", "hook", 1000.0) is True
            assert s.enqueue("e1", "hook", 1000.0) is False
        assert [e["id"] for e in s.events()] == ["e1"]
        assert s.counts() == {"pending": 1, "done": 0, "dead": 0}


def test_rollback_records_nothing(tmp_path):
    with Store(tmp_path / "s.db") as s:
        with pytest.raises(RuntimeError):
            with s.transaction():
                _event(s, "e1")
                s.enqueue("e1", "hook", 1.0)
                raise RuntimeError("crash before commit")
        assert list(s.events()) == [] and s.counts()["pending"] == 0


def test_soft_bounce_window_and_reset(tmp_path):
    day = 86400.0
    with Store(tmp_path / "s.db") as s, s.transaction():
        kw = dict(window=14 * day, reset_after=30 * day)
        assert s.add_soft_bounce("a@x", 0 * day, "1", **kw) == 1
        assert s.add_soft_bounce("a@x", 5 * day, "2", **kw) == 2
        assert s.add_soft_bounce("a@x", 5 * day, "2", **kw) == 2          # same event: counted once
        assert s.add_soft_bounce("a@x", 16 * day, "3", **kw) == 2         # day 0 left the window
        assert s.add_soft_bounce("a@x", 50 * day, "4", **kw) == 1         # 34 quiet days: reset
        s.clear_soft_bounces("a@x")
        assert s.add_soft_bounce("a@x", 51 * day, "5", **kw) == 1


def test_suppression_rows(tmp_path):
    with Store(tmp_path / "s.db") as s:
        with s.transaction():
            new, row = s.suppress("A@X.test", reason="user_unknown", class_="hard", kind="failed", policy="rule",
                                  event_id="e", at=10.0)
            assert new and row["address"] == "a@x.test"
            new, row = s.suppress("a@x.test", reason="other", class_="soft", kind="failed", policy="rule",
                                  event_id="f", at=20.0)
            assert not new and row["reason"] == "user_unknown" and row["last_seen"] == 20.0
        assert s.suppression("a@X.TEST")["first_seen"] == 10.0
        with s.transaction():
            assert s.unsuppress("a@x.test")["address"] == "a@x.test"
            assert s.unsuppress("a@x.test") is None
        assert s.suppressed() == []


def test_claim_leases_and_dead_owner_takeover(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        with s.transaction():
            _event(s, "e1")
            s.enqueue("e1", "hook", 0.0)
        (d,) = s.claim(now=100.0, lease=300)
        assert d.payload["id"] == "e1"
        # a live other owner's lease is respected ...
        s.db.execute("UPDATE outbox SET lease_owner=? WHERE id=?", (f"{os.uname().nodename}:1", d.id))
        assert s.claim(now=101.0, lease=300) == []
        # ... until it expires
        assert len(s.claim(now=500.0, lease=300)) == 1
        # a lease held by a process of this host that is gone is taken over at once
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        s.db.execute("UPDATE outbox SET lease_owner=?, lease_until=? WHERE id=?",
                     (f"{os.uname().nodename}:{dead.pid}", 10_000.0, d.id))
        assert len(s.claim(now=600.0, lease=300)) == 1
        # backoff timers are honoured unless due_only=False
        s.fail(d.id, "down", next_attempt=5000.0)
        assert s.claim(now=700.0) == [] and len(s.claim(now=700.0, due_only=False)) == 1
        s.fail(d.id, "refused", next_attempt=None)
        assert s.counts()["dead"] == 1 and s.claim(now=10**6, due_only=False) == []
        assert s.retry() == 1 and s.counts()["pending"] == 1


def test_locked_past_busy_timeout_is_store_unavailable(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        s = Store(path, busy_timeout=0.2)
        t = time.monotonic()
        with pytest.raises(StoreUnavailable, match="locked"):
            with s.transaction():
                pass
        assert 0.15 < time.monotonic() - t < 5
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_state_dir_is_store_unavailable(tmp_path):  # pragma: no cover - CI runs as root
    d = tmp_path / "ro"
    d.mkdir(mode=0o500)
    with pytest.raises(StoreUnavailable):
        Store(d / "sub" / "s.db")


def test_unusable_path_is_store_unavailable(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreUnavailable):
        Store(tmp_path / "file" / "s.db")
    (tmp_path / "garbage.db").write_bytes(b"this is not an SQLite database" * 100)
    with pytest.raises(StoreUnavailable):
        Store(tmp_path / "garbage.db")


WRITER = r"""
import sys
from filter.store.sqlite import Store
path, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
s = Store(path, busy_timeout=30)
for i in range(n):
    with s.transaction():
        s.insert_event(id=f"{prefix}{i}", event="bounce", kind="failed", address=f"{prefix}{i}@x", class_="hard",
                       reason="user_unknown", source="t", received_at=i, occurred_at=i, cause=None, payload={})
        s.enqueue(f"{prefix}{i}", "hook", 0.0)
"""


def test_two_writer_processes_lose_nothing(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), p, "300"], cwd=REPO) for p in ("a", "b")]
    assert [p.wait(120) for p in procs] == [0, 0]
    with Store(path) as s:
        assert len(list(s.events())) == 600
        assert s.counts()["pending"] == 600



def _open_and_record(path: str, barrier, prefix: str) -> None:
    barrier.wait()
    with Store(path) as s, s.transaction():
        _event(s, prefix, address=f"{prefix}@x.test")


def test_many_processes_creating_a_new_store_at_once_all_record(tmp_path):
    # the first bounces after an install: every pipe process finds no store and creates it
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for trial in range(5):
        path = str(tmp_path / f"fresh{trial}" / "s.db")
        barrier = ctx.Barrier(16)
        procs = [ctx.Process(target=_open_and_record, args=(path, barrier, f"p{k}")) for k in range(16)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        assert [p.exitcode for p in procs] == [0] * 16
        with Store(path) as s:
            assert len(list(s.events())) == 16
