"""The store on both engines (SQLite and PostgreSQL, the ``store_backend`` fixture of conftest.py):
idempotent events, soft-bounce counts in any order, suppression rows, leases, failures; and the
SQLite store's own settings (WAL, fsync, its lock)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from filter.config import loads
from filter.store import open_store
from filter.store.sqlite import Store, StoreUnavailable

REPO = Path(__file__).resolve().parents[1]


def open_backend(backend, tmp_path: Path, *, busy_timeout: str = "10s"):
    """A store of the backend under test (SQLite: ``tmp_path/state``; PostgreSQL: the test's database)."""
    text = f"state_dir: {tmp_path / 'state'}\n"
    if backend.url:
        text += f"store: {{url: '{backend.url}', busy_timeout: {busy_timeout}}}\n"
    else:
        text += f"store: {{busy_timeout: {busy_timeout}}}\n"
    return open_store(loads(text, base=tmp_path))


from pgstack import execute as sql  # noqa: E402 - a raw statement on either engine


def _event(store: Store, id: str, address: str = "a@x.test", at: float = 1000.0) -> bool:
    return store.insert_event(id=id, event="bounce", kind="failed", address=address, class_="hard",
                              reason="user_unknown", source="t", received_at=at, occurred_at=at, cause=None,
                              payload={"id": id, "recipient": {"address": address}})


def test_wal_full_sync(tmp_path):
    with Store(tmp_path / "s.db") as s:
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_idempotent_events(tmp_path, store_backend):
    with open_backend(store_backend, tmp_path) as s:
        with s.transaction():
            assert _event(s, "e1") is True
            assert _event(s, "e1") is False
            assert s.enqueue("e1", "hook", 1000.0) is True
            assert s.enqueue("e1", "hook", 1000.0) is False
        assert [e["id"] for e in s.events()] == ["e1"]
        assert s.counts() == {"pending": 1, "done": 0, "dead": 0}


def test_rollback_records_nothing(tmp_path, store_backend):
    with open_backend(store_backend, tmp_path) as s:
        with pytest.raises(RuntimeError):
            with s.transaction():
                _event(s, "e1")
                s.enqueue("e1", "hook", 1.0)
                raise RuntimeError("crash before commit")
        assert list(s.events()) == [] and s.counts()["pending"] == 0


def test_soft_bounce_window_and_reset(tmp_path, store_backend):
    day = 86400.0
    with open_backend(store_backend, tmp_path) as s, s.transaction():
        kw = dict(window=14 * day, reset_after=30 * day)
        assert s.add_soft_bounce("a@x", 0 * day, "1", **kw) == 1
        assert s.add_soft_bounce("a@x", 5 * day, "2", **kw) == 2
        assert s.add_soft_bounce("a@x", 5 * day, "2", **kw) == 2          # same event: counted once
        assert s.add_soft_bounce("a@x", 16 * day, "3", **kw) == 2         # day 0 left the window
        assert s.add_soft_bounce("a@x", 50 * day, "4", **kw) == 1         # 34 quiet days: reset
        s.clear_soft_bounces("a@x")
        assert s.add_soft_bounce("a@x", 51 * day, "5", **kw) == 1


def test_soft_bounces_count_in_whatever_order_they_are_recorded(tmp_path, store_backend):
    day = 86400.0
    kw = dict(window=14 * day, reset_after=30 * day)
    with open_backend(store_backend, tmp_path) as s, s.transaction():
        # newest first: the third (the oldest) completes a window of three
        assert [s.add_soft_bounce("new@x.test", d * day, f"n{d}", **kw) for d in (10, 9, 8)] == [1, 2, 3]
        # out of order: the middle one recorded last
        assert [s.add_soft_bounce("mid@x.test", d * day, f"m{d}", **kw) for d in (1, 12, 6)] == [1, 2, 3]
        # 20 days apart: no window of 14 days holds both, in either order
        assert [s.add_soft_bounce("far@x.test", d * day, f"f{d}", **kw) for d in (25, 5)] == [1, 1]
        # the policy's count is the best window holding the new one (days 0, 1, 10), not all five
        assert [s.add_soft_bounce("two@x.test", d * day, f"t{d}", **kw) for d in (0, 1, 20, 21, 10)] == \
            [1, 2, 1, 2, 3]


def test_suppression_rows(tmp_path, store_backend):
    with open_backend(store_backend, tmp_path) as s:
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


def test_claim_leases_and_dead_owner_takeover(tmp_path, store_backend):
    with open_backend(store_backend, tmp_path) as s:
        with s.transaction():
            _event(s, "e1")
            s.enqueue("e1", "hook", 0.0)
        (d,) = s.claim(now=100.0, lease=300)
        assert d.payload["id"] == "e1"
        # a live other owner's lease is respected ...
        sql(s, "UPDATE outbox SET lease_owner=? WHERE id=?", (f"{os.uname().nodename}:1", d.id))
        assert s.claim(now=101.0, lease=300) == []
        # ... until it expires
        assert len(s.claim(now=500.0, lease=300)) == 1
        # a lease held by a process of this host that is gone is taken over at once
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        sql(s, "UPDATE outbox SET lease_owner=?, lease_until=? WHERE id=?",
            (f"{os.uname().nodename}:{dead.pid}", 10_000.0, d.id))
        # ... but never a lease of another host: it can only expire
        (e,) = s.claim(now=601.0, lease=300)
        sql(s, "UPDATE outbox SET lease_owner=?, lease_until=? WHERE id=?", (f"other-host:{dead.pid}", 10_000.0, d.id))
        assert s.claim(now=602.0, lease=300) == []
        sql(s, "UPDATE outbox SET lease_owner=?, lease_until=? WHERE id=?",
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
from filter.config import load
from filter.store import open_store
cfg, prefix, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
s = open_store(load(cfg))
for i in range(n):
    with s.transaction():
        s.insert_event(id=f"{prefix}{i}", event="bounce", kind="failed", address=f"{prefix}{i}@x", class_="hard",
                       reason="user_unknown", source="t", received_at=i, occurred_at=i, cause=None, payload={})
        s.enqueue(f"{prefix}{i}", "hook", 0.0)
"""


def test_two_writer_processes_lose_nothing(tmp_path, store_backend):
    cfg = tmp_path / "bf.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\nstore: {{busy_timeout: 30s}}\n" if not store_backend.url else
                   f"state_dir: {tmp_path / 'state'}\nstore: {{url: '{store_backend.url}', busy_timeout: 30s}}\n")
    open_backend(store_backend, tmp_path).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(cfg), p, "300"], cwd=REPO) for p in ("a", "b")]
    assert [p.wait(120) for p in procs] == [0, 0]
    with open_backend(store_backend, tmp_path) as s:
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


# -- PostgreSQL: what differs ---------------------------------------------------------------------
def test_pg_locked_past_busy_timeout_is_store_unavailable(tmp_path, pg_url):
    import psycopg

    from filter.store import StoreUnavailable as Unavailable

    backend = type("B", (), {"url": pg_url})()
    s = open_backend(backend, tmp_path, busy_timeout="300ms")
    holder = psycopg.connect(pg_url + "?sslmode=disable")
    holder.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE")  # a transaction holding the lock
    try:
        t = time.monotonic()
        with pytest.raises(Unavailable, match="lock"):
            with s.transaction():
                _event(s, "e1")
        assert 0.2 < time.monotonic() - t < 5
    finally:
        holder.rollback()
        holder.close()
    with s.transaction():  # and the store works again once the lock is gone
        assert _event(s, "e1")
    s.close()


def test_pg_unreachable_is_store_unavailable_within_the_busy_timeout(tmp_path):
    from filter.store import StoreUnavailable as Unavailable

    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    backend = type("B", (), {"url": f"postgresql://bf@127.0.0.1:{port}/none"})()
    t = time.monotonic()
    with pytest.raises(Unavailable, match="127.0.0.1"):
        open_backend(backend, tmp_path, busy_timeout="1s")
    assert time.monotonic() - t < 5


def test_pg_schema_is_versioned_and_migrated_once(tmp_path, pg_cluster):
    from filter.store.postgres import SCHEMA_VERSION

    name = pg_cluster.new_db(empty=True)
    try:
        backend = type("B", (), {"url": pg_cluster.url(name)})()
        with open_backend(backend, tmp_path) as s:
            assert s.schema_version() == SCHEMA_VERSION
            assert s.migrate() == []  # nothing left to do
            with s.transaction():
                assert _event(s, "e1")
        import psycopg

        with psycopg.connect(pg_cluster.conninfo(name)) as c:
            assert c.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == \
                [(v,) for v in range(1, SCHEMA_VERSION + 1)]
            c.execute("INSERT INTO schema_version VALUES (999, 0, 'from the future')")
        from filter.store import StoreUnavailable as Unavailable

        with pytest.raises(Unavailable, match="newer"):
            open_backend(backend, tmp_path)
    finally:
        from filter.store.postgres import close_pools

        close_pools()
        pg_cluster.drop_db(name)


def test_group_commit_savepoints_on_both_engines(tmp_path, store_backend):
    # the LMTP service's group commit: one message's failure undoes only its savepoint
    with open_backend(store_backend, tmp_path) as s:
        before = s.commits
        with s.group():
            with s.transaction():
                assert _event(s, "g1")
            with pytest.raises(RuntimeError):
                with s.transaction():
                    _event(s, "g2")
                    raise RuntimeError("this message's own bug")
            with s.transaction():
                assert _event(s, "g3")
        assert [e["id"] for e in s.events()] == ["g1", "g3"]
        assert s.commits == before + 1  # one durable commit for the group


def test_pop3_uidls_hashed_return_paths_and_copy_rows(tmp_path, store_backend):
    with open_backend(store_backend, tmp_path) as s:
        s.pop3_remember("acct", "u1", "taken", at=1.0)
        s.pop3_remember("acct", "u2", "kept", at=1.0)
        s.pop3_remember("acct", "u1", "kept", at=2.0)      # remembered again: the new state
        assert s.pop3_uidls("acct") == {"u1": "kept", "u2": "kept"} and s.pop3_uidls("other") == {}
        s.pop3_forget("acct", ["u2"])
        assert s.pop3_uidls("acct") == {"u1": "kept"}
        s.verp_remember("d1", "Long@Example.NET")
        assert s.verp_address("d1") == "long@example.net" and s.verp_address("d2") is None
        # store copy's primitives: paged by key, loaded once
        with s.transaction():
            for i in range(5):
                _event(s, f"c{i}")
        page1 = s.dump("events", (), 3)
        page2 = s.dump("events", (page1[-1][0],), 3)
        assert [r[0] for r in page1 + page2] == [f"c{i}" for i in range(5)]
        assert s.load("events", page1) == 0  # all there already
