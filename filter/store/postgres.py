"""The shared store on PostgreSQL: what :class:`filter.store.sqlite.Store` keeps, for several hosts.

Why PostgreSQL: a sender with several MX hosts (each running the pipe, the milter or the LMTP
service, or draining a hosted mailbox) needs ONE suppression list, ONE soft-bounce history and
ONE outbox (``docs/several-hosts.md``).  Same tables, same ids, same semantics as the SQLite
store (:mod:`filter.store.base` is the contract; tests/test_store.py runs on both); what changes
is how concurrency is decided:

- an event's id is derived from its content, and ``INSERT ... ON CONFLICT DO NOTHING`` makes the
  same bounce recorded on two hosts one event (the second waits for the first to commit, then
  inserts nothing);
- soft-bounce counting and the suppression it leads to happen in one transaction holding a
  transaction-scoped advisory lock on the address (``pg_advisory_xact_lock``): two hosts
  recording the third soft bounce at once are serialised, so the threshold is neither missed
  nor crossed twice; ``INSERT ... ON CONFLICT DO NOTHING RETURNING`` on the suppression row
  lets exactly one writer see "newly suppressed";
- the outbox is claimed with ``SELECT ... FOR UPDATE SKIP LOCKED``: any number of workers on any
  hosts take disjoint batches without waiting for each other, and the lease they write then
  keeps the others away while they deliver (each delivery tried by one owner at a time).

Connections come from a process-wide :class:`psycopg_pool.ConnectionPool` per server (one
per process: the long-running services' several engines share it), checked before use, so a
restart of PostgreSQL costs the operations that were running (StoreUnavailable: the MTA
retries) and nothing else: the next operation gets a new connection.  A store object holds a
connection only while a transaction or a read runs.

Isolation is READ COMMITTED (PostgreSQL's default): every statement sees what other hosts
committed before it began; the locks above are what make the decisions that need more.

Durability: commits wait for the WAL flush (``synchronous_commit`` as the server has it);
``transaction(durable=False)`` (outbox bookkeeping) sets ``synchronous_commit = off`` for that
transaction only, as the SQLite store drops to ``synchronous=NORMAL``.

The schema lives in :data:`MIGRATIONS` (versioned, recorded in ``schema_version``); the store
applies the missing ones when opened, under an advisory lock so that hosts starting together
migrate once (``bouncefilter store migrate`` does the same by hand and says what it did).
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from contextlib import contextmanager
from typing import Any, Iterator

from filter.core.address import check_address
from filter.store.base import (COPY_TABLES, HYGIENE_COLS, Delivery, StoreUnavailable, owner_dead, owner_id,
                               soft_bounce_count)

__all__ = ["PgStore", "MIGRATIONS", "SCHEMA_VERSION", "StoreUnavailable"]

#: (version, description, SQL): applied in order, each in its own transaction, never edited once
#: released (a change is a new entry)
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "events, soft bounces, suppression list, outbox, messages, hashed return paths, POP3 UIDLs", """
CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    seq         BIGINT GENERATED ALWAYS AS IDENTITY,   -- arrival order (SQLite's rowid), with received_at
    event       TEXT NOT NULL,
    kind        TEXT,
    address     TEXT,
    class       TEXT,
    reason      TEXT,
    source      TEXT,
    received_at DOUBLE PRECISION NOT NULL,
    occurred_at DOUBLE PRECISION NOT NULL,
    cause       TEXT,
    payload     TEXT NOT NULL
);
CREATE INDEX events_address ON events (address, occurred_at);
CREATE INDEX events_received ON events (received_at, seq);
CREATE TABLE soft_bounces (
    address  TEXT NOT NULL,
    at       DOUBLE PRECISION NOT NULL,
    event_id TEXT NOT NULL,
    seq      BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    PRIMARY KEY (address, event_id)
);
CREATE INDEX soft_bounces_at ON soft_bounces (address, at);
CREATE TABLE suppression (
    address    TEXT PRIMARY KEY,
    reason     TEXT,
    class      TEXT,
    kind       TEXT,
    policy     TEXT NOT NULL,
    event_id   TEXT,
    first_seen DOUBLE PRECISION NOT NULL,
    last_seen  DOUBLE PRECISION NOT NULL
);
CREATE INDEX suppression_event ON suppression (event_id);
CREATE TABLE outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     TEXT NOT NULL,
    action       TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending',
    attempts     INTEGER NOT NULL DEFAULT 0,
    created_at   DOUBLE PRECISION NOT NULL,
    next_attempt DOUBLE PRECISION NOT NULL,
    lease_until  DOUBLE PRECISION,
    lease_owner  TEXT,
    last_error   TEXT,
    done_at      DOUBLE PRECISION,
    UNIQUE (event_id, action)
);
CREATE INDEX outbox_due ON outbox (state, next_attempt);
CREATE TABLE messages (
    event_id TEXT PRIMARY KEY,
    seq      BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    raw      BYTEA NOT NULL
);
CREATE TABLE verp_addresses (
    digest  TEXT PRIMARY KEY,
    address TEXT NOT NULL,
    at      DOUBLE PRECISION NOT NULL
);
CREATE TABLE pop3_uidls (
    account TEXT NOT NULL,
    uidl    TEXT NOT NULL,
    state   TEXT NOT NULL,
    at      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (account, uidl)
);
"""),
    (2, "list hygiene marks: probation and re-confirmation (filter/hygiene/)", """
CREATE TABLE hygiene (
    address  TEXT PRIMARY KEY,
    state    TEXT NOT NULL,
    at       DOUBLE PRECISION NOT NULL,
    due      DOUBLE PRECISION,
    strikes  INTEGER NOT NULL DEFAULT 0,
    reason   TEXT,
    class    TEXT,
    event_id TEXT,
    note     TEXT
);
CREATE INDEX hygiene_due ON hygiene (state, due);
"""),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]
#: the advisory lock hosts take to migrate one at a time (any constant of our own)
_MIGRATE_LOCK = 0x626F756E6365  # "bounce"

_pools: dict[tuple[int, str], Any] = {}
# the pool's own warnings (each failed reconnection) would reach stderr through logging's last
# resort; the operation that could not be done says it once, as StoreUnavailable
logging.getLogger("psycopg.pool").addHandler(logging.NullHandler())
_pools_lock = threading.Lock()


def _errors():
    import psycopg
    from psycopg_pool import PoolTimeout

    return psycopg, PoolTimeout


def _is_store_error(e: BaseException) -> bool:
    """Errors that mean "cannot record now" (StoreUnavailable), not a bug: the server is down or
    restarting, the connection dropped, a lock or statement timed out, the disk is full."""
    psycopg, PoolTimeout = _errors()
    if isinstance(e, PoolTimeout):
        return True
    if isinstance(e, (psycopg.errors.LockNotAvailable, psycopg.errors.QueryCanceled,
                      psycopg.errors.DiskFull, psycopg.errors.InsufficientResources,
                      psycopg.errors.AdminShutdown, psycopg.errors.CannotConnectNow,
                      psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected,
                      psycopg.errors.ReadOnlySqlTransaction)):
        return True
    if isinstance(e, (psycopg.IntegrityError, psycopg.ProgrammingError, psycopg.DataError)):
        return False
    return isinstance(e, (psycopg.OperationalError, psycopg.InterfaceError, OSError))


def pool_for(conninfo: str, *, timeout: float, max_size: int = 8):
    """The process's pool for one server (made on first use; a forked child makes its own)."""
    from psycopg_pool import ConnectionPool

    key = (os.getpid(), conninfo)
    with _pools_lock:
        pool = _pools.get(key)
        if pool is None:
            pool = ConnectionPool(conninfo, min_size=1, max_size=max_size, timeout=timeout,
                                  kwargs={"autocommit": True}, check=ConnectionPool.check_connection,
                                  reconnect_timeout=0, open=False, name="bouncefilter")
            pool.open(wait=False)
            _pools[key] = pool
    return pool


def close_pools() -> None:
    """Close this process's pools (tests, and services shutting down)."""
    with _pools_lock:
        for key in [k for k in _pools if k[0] == os.getpid()]:
            try:
                _pools.pop(key).close(timeout=1.0)
            except Exception:  # noqa: BLE001 - closing: nothing to save
                pass


class PgStore:
    """The store on one PostgreSQL database.  One object per thread (as the SQLite store);
    objects of one process share the connection pool.

    ``migrate``: True applies missing migrations at open; False refuses a schema older than
    :data:`SCHEMA_VERSION` (StoreUnavailable); None opens it as it is (``store migrate``)."""

    def __init__(self, conninfo: str, *, busy_timeout: float = 10.0, migrate: bool | None = True,
                 pool_size: int = 8, label: str | None = None):
        self.conninfo = conninfo
        #: what errors name: the server without credentials (``postgresql://user@host:port/db``)
        self.path = label or "postgresql"
        self.busy_timeout = busy_timeout
        self.owner = owner_id()
        self.commits = 0
        self._held: set[int] = set()
        # the connection of the transaction in progress, per thread: a store shared by mistake
        # between threads gives each its own transactions, never one interleaved with another's
        self._local = threading.local()
        self._closed = False
        self._local_ms = int(max(busy_timeout, 0.001) * 1000)
        try:
            self._pool = pool_for(conninfo, timeout=busy_timeout, max_size=pool_size)
            if migrate:
                self.migrate()
            elif migrate is False and self.schema_version() < SCHEMA_VERSION:
                raise StoreUnavailable(f"store {self.path}: schema version {self.schema_version()} is older than "
                                       f"{SCHEMA_VERSION}: run bouncefilter store migrate")
        except StoreUnavailable:
            raise
        except Exception as e:
            if _is_store_error(e):
                raise self._unavailable(e) from None
            raise

    @property
    def _conn(self):
        return getattr(self._local, "conn", None)

    @_conn.setter
    def _conn(self, conn) -> None:
        self._local.conn = conn

    def _unavailable(self, e: BaseException) -> StoreUnavailable:
        _, PoolTimeout = _errors()
        if isinstance(e, PoolTimeout):
            e = self._why_no_connection(e)
        text = " ".join(str(e).split()) or type(e).__name__
        return StoreUnavailable(f"store {self.path}: {text}")

    def _why_no_connection(self, e: BaseException) -> BaseException:
        """The pool says only that it had no connection in time; one direct attempt says why
        (refused, no such database, a password refused ...), or that every connection was busy."""
        import psycopg

        try:
            psycopg.connect(self.conninfo, connect_timeout=2).close()
        except Exception as direct:  # noqa: BLE001 - the reason to show
            msg = str(direct).strip().splitlines()
            return direct if not msg else type(direct)(msg[-1] if "failed:" not in msg[0] else
                                                       msg[0].split("failed:", 1)[1].strip() or msg[0])
        return type(e)(f"no free connection within {self.busy_timeout:g}s (store.pool_size)")

    # -- connections -----------------------------------------------------------------------------
    @contextmanager
    def _connection(self) -> Iterator[Any]:
        """The connection of the transaction in progress, or one from the pool for this call."""
        if self._conn is not None:
            yield self._conn
            return
        if self._closed:
            raise StoreUnavailable(f"store {self.path}: closed")
        try:
            ctx = self._pool.connection(timeout=self.busy_timeout)
            conn = ctx.__enter__()
        except Exception as e:
            if _is_store_error(e):
                raise self._unavailable(e) from None
            raise
        try:
            yield conn
        except BaseException:
            import sys

            ctx.__exit__(*sys.exc_info())
            raise
        else:
            ctx.__exit__(None, None, None)

    def _read(self, sql: str, args: Any = ()) -> list[tuple]:
        try:
            with self._connection() as conn:
                return conn.execute(sql, args).fetchall()
        except StoreUnavailable:
            raise
        except Exception as e:
            if _is_store_error(e):
                raise self._unavailable(e) from None
            raise

    def _x(self, sql: str, args: Any = ()):
        """A statement inside the transaction in progress (a cursor)."""
        return self._conn.execute(sql, args)

    def close(self) -> None:
        if self._held:
            try:
                self.release(sorted(self._held))
            except Exception:  # noqa: BLE001 - best effort: the leases expire anyway
                pass
            self._held.clear()
        self._closed = True

    def __enter__(self) -> "PgStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------------------
    def schema_version(self) -> int:
        rows = self._read("SELECT to_regclass('schema_version') IS NOT NULL")
        if not rows[0][0]:
            return 0
        return int(self._read("SELECT coalesce(max(version), 0) FROM schema_version")[0][0])

    def migrate(self) -> list[int]:
        """Apply the missing migrations (under an advisory lock: one host at a time); the
        versions applied.  A database newer than this code is refused (StoreUnavailable)."""
        applied: list[int] = []
        if self.schema_version() == SCHEMA_VERSION:
            return applied
        with self._connection() as conn:
            try:
                conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATE_LOCK,))
                try:
                    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                                 " applied_at DOUBLE PRECISION NOT NULL, description TEXT NOT NULL)")
                    have = int(conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0])
                    if have > SCHEMA_VERSION:
                        raise StoreUnavailable(f"store {self.path}: schema version {have} is newer than this "
                                               f"bouncefilter knows ({SCHEMA_VERSION}): upgrade bouncefilter")
                    for version, description, sql in MIGRATIONS:
                        if version <= have:
                            continue
                        with conn.transaction():
                            conn.execute(sql)
                            conn.execute("INSERT INTO schema_version (version, applied_at, description)"
                                         " VALUES (%s, %s, %s)", (version, time.time(), description))
                        applied.append(version)
                finally:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATE_LOCK,))
            except StoreUnavailable:
                raise
            except Exception as e:
                if _is_store_error(e):
                    raise self._unavailable(e) from None
                raise
        return applied

    # -- transactions ----------------------------------------------------------------------------
    @contextmanager
    def transaction(self, durable: bool = True, immediate: bool = True) -> Iterator["PgStore"]:
        """One transaction (a savepoint when one is in progress: :meth:`group`).  Errors that mean
        the store cannot record now become StoreUnavailable; nothing of it is committed then.
        ``immediate`` is the SQLite store's and means nothing here (row locks are taken as
        needed); ``durable=False`` commits without waiting for the WAL flush."""
        if self._conn is not None:
            try:
                with self._conn.transaction():
                    yield self
            except StoreUnavailable:
                raise
            except Exception as e:
                if _is_store_error(e):
                    raise self._unavailable(e) from None
                raise
            return
        try:
            with self._connection() as conn:
                self._conn = conn
                try:
                    with conn.transaction():
                        conn.execute(f"SET LOCAL lock_timeout = {self._local_ms}")
                        if not durable:
                            conn.execute("SET LOCAL synchronous_commit = off")
                        yield self
                finally:
                    self._conn = None
        except StoreUnavailable:
            raise
        except Exception as e:
            if _is_store_error(e):
                raise self._unavailable(e) from None
            raise
        if durable:
            self.commits += 1

    @contextmanager
    def group(self) -> Iterator["PgStore"]:
        """ONE transaction several records share (group commit: one WAL flush); every
        :meth:`transaction` inside it is a savepoint."""
        if self._conn is not None:
            yield self
            return
        with self.transaction():
            yield self

    # -- events ----------------------------------------------------------------------------------
    _EV_INSERT = ("INSERT INTO events (id, event, kind, address, class, reason, source, received_at,"
                  " occurred_at, cause, payload) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (id) DO NOTHING")

    def insert_event(self, *, id: str, event: str, kind: str | None, address: str | None,
                     class_: str | None, reason: str | None, source: str | None, received_at: float,
                     occurred_at: float, cause: str | None, payload: dict[str, Any]) -> bool:
        """Insert an event unless its id is known (here or on another host); True when new."""
        if address is not None:
            check_address(address)
        cur = self._x(self._EV_INSERT, (id, event, kind, address, class_, reason, source, received_at, occurred_at,
                                        cause, json.dumps(payload, separators=(",", ":"), ensure_ascii=False)))
        return cur.rowcount == 1

    def insert_events_many(self, rows: list[tuple]) -> int:
        for r in rows:
            if r[3] is not None:
                check_address(r[3])
        if not rows:
            return 0
        cur = self._conn.cursor()
        cur.executemany(self._EV_INSERT, rows)  # pipelined; rowcount: the rows inserted, all together
        return max(cur.rowcount, 0)

    def events(self, *, address: str | None = None, kind: str | None = None, event: str | None = None,
               since: float | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Payloads in the order received, read in pages (a large store is never held in memory)."""
        where, args = [], []
        for col, val in (("address", address), ("kind", kind), ("event", event)):
            if val is not None:
                where.append(f"{col} = %s")
                args.append(val.lower() if col == "address" else val)
        if since is not None:
            where.append("received_at >= %s")
            args.append(since)
        left = limit or None  # as the SQLite store: no limit (or 0) lists them all
        after: tuple[float, int] | None = None
        page = 1000
        while left is None or left > 0:
            w = list(where)
            a = list(args)
            if after is not None:
                w.append("(received_at, seq) > (%s, %s)")
                a.extend(after)
            n = page if left is None else min(page, left)
            rows = self._read("SELECT payload, received_at, seq FROM events" + (" WHERE " + " AND ".join(w) if w else "")
                              + " ORDER BY received_at, seq LIMIT %s", (*a, n))
            for payload, r, s in rows:
                yield json.loads(payload)
            if len(rows) < n:
                return
            after = (rows[-1][1], rows[-1][2])
            if left is not None:
                left -= len(rows)

    def count_events(self, event: str, *, since: float) -> int:
        return int(self._read("SELECT count(*) FROM events WHERE received_at >= %s AND event = %s",
                              (since, event))[0][0])

    def save_message(self, event_id: str, raw: bytes) -> None:
        self._x("INSERT INTO messages (event_id, raw) VALUES (%s, %s) ON CONFLICT DO NOTHING", (event_id, raw))

    def message(self, event_id: str) -> bytes | None:
        rows = self._read("SELECT raw FROM messages WHERE event_id=%s", (event_id,))
        return bytes(rows[0][0]) if rows else None

    # -- soft-bounce history (inside a transaction) ----------------------------------------------
    def _lock_address(self, address: str) -> None:
        """Serialise the decisions about one address across hosts until the transaction ends."""
        self._x("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (address,))

    def lock_address(self, address: str) -> None:
        """(inside a transaction) What :meth:`add_soft_bounce` holds: a probation run and a soft
        bounce of the same address on two hosts are decided one after the other."""
        self._lock_address(address.lower())

    def add_soft_bounce(self, address: str, at: float, event_id: str, *, window: float,
                        reset_after: float) -> int:
        """Count one soft bounce (see :func:`filter.store.base.soft_bounce_count`), holding the
        address's lock until the transaction (and the suppression it may lead to) commits."""
        check_address(address)
        self._lock_address(address)
        (last,) = self._x("SELECT max(at) FROM soft_bounces WHERE address=%s", (address,)).fetchone()
        if last is not None and at - last > reset_after:
            self._x("DELETE FROM soft_bounces WHERE address=%s", (address,))
        self._x("INSERT INTO soft_bounces (address, at, event_id) VALUES (%s,%s,%s) ON CONFLICT DO NOTHING",
                (address, at, event_id))
        self._x("DELETE FROM soft_bounces WHERE address=%s AND at < %s", (address, at - window - reset_after))
        ats = [r[0] for r in self._x("SELECT at FROM soft_bounces WHERE address=%s AND at > %s AND at < %s",
                                     (address, at - window, at + window))]
        return soft_bounce_count(ats, at, window)

    def clear_soft_bounces(self, address: str) -> None:
        self._x("DELETE FROM soft_bounces WHERE address=%s", (address,))

    def soft_bounce_count(self, address: str) -> int:
        return int(self._read("SELECT count(*) FROM soft_bounces WHERE address=%s", (address.lower(),))[0][0])

    # -- suppression -----------------------------------------------------------------------------
    _SUPP_COLS = ("address", "reason", "class", "kind", "policy", "event_id", "first_seen", "last_seen")
    _SUPP_SQL = ", ".join(_SUPP_COLS)

    def suppression(self, address: str) -> dict[str, Any] | None:
        rows = self._read(f"SELECT {self._SUPP_SQL} FROM suppression WHERE address=%s", (address.lower(),))
        return dict(zip(self._SUPP_COLS, rows[0])) if rows else None

    def suppressed(self) -> list[dict[str, Any]]:
        return [dict(zip(self._SUPP_COLS, r))
                for r in self._read(f"SELECT {self._SUPP_SQL} FROM suppression ORDER BY address")]

    def suppress(self, address: str, *, reason: str | None, class_: str | None, kind: str | None,
                 policy: str, event_id: str | None, at: float) -> tuple[bool, dict[str, Any]]:
        """Add to the suppression list (inside a transaction); (newly suppressed?, the row).  Of
        several hosts suppressing one address at once exactly one gets True."""
        address = check_address(address.lower())
        for _ in range(3):  # a row removed between the two statements: insert again
            row = self._x(f"INSERT INTO suppression ({self._SUPP_SQL}) VALUES (%s,%s,%s,%s,%s,%s,%s,%s)"
                          f" ON CONFLICT (address) DO NOTHING RETURNING {self._SUPP_SQL}",
                          (address, reason, class_, kind, policy, event_id, at, at)).fetchone()
            if row is not None:
                return True, dict(zip(self._SUPP_COLS, row))
            row = self._x(f"UPDATE suppression SET last_seen = greatest(last_seen, %s) WHERE address=%s"
                          f" RETURNING {self._SUPP_SQL}", (at, address)).fetchone()
            if row is not None:
                return False, dict(zip(self._SUPP_COLS, row))
        raise StoreUnavailable(f"store {self.path}: suppression of {address} kept changing")  # pragma: no cover

    def unsuppress(self, address: str) -> dict[str, Any] | None:
        row = self._x(f"DELETE FROM suppression WHERE address=%s RETURNING {self._SUPP_SQL}",
                      (address.lower(),)).fetchone()
        return dict(zip(self._SUPP_COLS, row)) if row else None

    def suppression_count(self) -> int:
        return int(self._read("SELECT count(*) FROM suppression")[0][0])

    # -- list hygiene: probation and re-confirmation marks (filter/hygiene/) --------------------
    _HYG_SQL = ", ".join(HYGIENE_COLS)

    def hygiene(self, address: str) -> dict[str, Any] | None:
        rows = self._read(f"SELECT {self._HYG_SQL} FROM hygiene WHERE address=%s", (address.lower(),))
        return dict(zip(HYGIENE_COLS, rows[0])) if rows else None

    def set_hygiene(self, address: str, *, state: str, at: float, due: float | None, strikes: int = 0,
                    reason: str | None = None, class_: str | None = None, event_id: str | None = None,
                    note: str | None = None) -> None:
        """(inside a transaction) Write the address's mark, replacing the one it had."""
        address = check_address(address.lower())
        self._x(f"INSERT INTO hygiene ({self._HYG_SQL}) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (address)"
                " DO UPDATE SET state=excluded.state, at=excluded.at, due=excluded.due, strikes=excluded.strikes,"
                " reason=excluded.reason, class=excluded.class, event_id=excluded.event_id, note=excluded.note",
                (address, state, at, due, strikes, reason, class_, event_id, note))

    def clear_hygiene(self, address: str) -> dict[str, Any] | None:
        row = self._x(f"DELETE FROM hygiene WHERE address=%s RETURNING {self._HYG_SQL}", (address.lower(),)).fetchone()
        return dict(zip(HYGIENE_COLS, row)) if row else None

    def hygiene_due(self, state: str, now: float, *, limit: int = 500) -> list[dict[str, Any]]:
        rows = self._read(f"SELECT {self._HYG_SQL} FROM hygiene WHERE state=%s AND due <= %s"
                          " ORDER BY due, address LIMIT %s", (state, now, limit))
        return [dict(zip(HYGIENE_COLS, r)) for r in rows]

    def hygiene_marks(self, state: str | None = None) -> list[dict[str, Any]]:
        where, args = (" WHERE state=%s", (state,)) if state else ("", ())
        return [dict(zip(HYGIENE_COLS, r))
                for r in self._read(f"SELECT {self._HYG_SQL} FROM hygiene{where} ORDER BY address", args)]

    def probation_candidates(self, *, quiet_since: float, now: float, limit: int = 500) -> list[dict[str, Any]]:
        cols = ", ".join(f"s.{c}" for c in self._SUPP_COLS)
        rows = self._read(f"SELECT {cols} FROM suppression s WHERE s.policy='soft_bounce' AND s.last_seen <= %s"
                          " AND NOT EXISTS (SELECT 1 FROM hygiene h WHERE h.address=s.address AND h.state='held'"
                          " AND h.due > %s) ORDER BY s.last_seen, s.address LIMIT %s", (quiet_since, now, limit))
        return [dict(zip(self._SUPP_COLS, r)) for r in rows]

    def import_suppressions(self, rows: list[tuple[str, str | None, str | None, str, str, str, int]], *,
                            at: float, source: str, actions: dict[int, tuple[str, ...]],
                            leased: tuple[str, ...] = (), lease: float | None = None
                            ) -> tuple[list[str], int, tuple[int, int]]:
        """Many manual suppressions in ONE transaction, copied into a temporary table and written
        set-wise (see :meth:`filter.store.sqlite.Store.import_suppressions` for the contract)."""
        for r in rows:
            check_address(r[0])
            if r[0] != r[0].lower():
                raise ValueError(f"import_suppressions: addresses are lowercase ({r[0]!r})")
        with self.transaction():
            self._x("CREATE TEMP TABLE bf_import (address TEXT NOT NULL, reason TEXT, class TEXT, cause TEXT NOT NULL,"
                    " eid TEXT NOT NULL, payload TEXT NOT NULL, grp INTEGER) ON COMMIT DROP")
            self._x("CREATE TEMP TABLE bf_actions (grp INTEGER NOT NULL, action TEXT NOT NULL) ON COMMIT DROP")
            with self._conn.cursor().copy("COPY bf_import FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)
            with self._conn.cursor().copy("COPY bf_actions FROM STDIN") as cp:
                for g, names in actions.items():
                    for name in names:
                        cp.write_row((g, name))
            # no table lock: a row another host inserts meanwhile makes ours wait for its commit,
            # then do nothing; what was listed (before or meanwhile) is what this insert did not add
            skipped = [a for (a,) in self._x(
                "WITH added AS (INSERT INTO suppression (address, reason, class, kind, policy, event_id, first_seen,"
                " last_seen) SELECT address, reason, class, NULL, 'manual', cause, %s, %s FROM bf_import"
                " ORDER BY address ON CONFLICT (address) DO NOTHING RETURNING address)"
                " DELETE FROM bf_import t WHERE NOT EXISTS (SELECT 1 FROM added WHERE added.address = t.address)"
                " RETURNING t.address", (at, at))]
            self._x("INSERT INTO events (id, event, kind, address, class, reason, source, received_at, occurred_at,"
                    " cause, payload) SELECT eid, 'suppressed', NULL, address, class, reason, %s, %s, %s, NULL, payload"
                    " FROM bf_import ORDER BY eid ON CONFLICT (id) DO NOTHING", (source, at, at))
            n = self._x("INSERT INTO outbox (event_id, action, created_at, next_attempt) SELECT t.eid, a.action, %s, %s"
                        " FROM bf_import t JOIN bf_actions a ON a.grp = t.grp ORDER BY t.eid, a.action"
                        " ON CONFLICT DO NOTHING", (at, at)).rowcount
            first = self._x("SELECT coalesce(max(id), 0) FROM outbox").fetchone()[0]
            until, owner = (None, None) if lease is None else (at + lease, self.owner)
            for name in leased:
                n += self._x("INSERT INTO outbox (event_id, action, created_at, next_attempt, lease_until, lease_owner)"
                             " SELECT eid, %s, %s, %s, %s, %s FROM bf_import ORDER BY eid ON CONFLICT DO NOTHING",
                             (name, at, at, until, owner)).rowcount
            last = self._x("SELECT coalesce(max(id), 0) FROM outbox").fetchone()[0]
        return skipped, max(n, 0), (int(first), int(last))

    # -- outbox ----------------------------------------------------------------------------------
    def enqueue(self, event_id: str, action: str, now: float) -> bool:
        cur = self._x("INSERT INTO outbox (event_id, action, created_at, next_attempt) VALUES (%s,%s,%s,%s)"
                      " ON CONFLICT DO NOTHING", (event_id, action, now, now))
        return cur.rowcount == 1

    def enqueue_many(self, pairs: list[tuple[str, str]], now: float) -> int:
        if not pairs:
            return 0
        cur = self._conn.cursor()
        cur.executemany("INSERT INTO outbox (event_id, action, created_at, next_attempt) VALUES (%s,%s,%s,%s)"
                        " ON CONFLICT DO NOTHING", [(e, a, now, now) for e, a in pairs])
        return max(cur.rowcount, 0)

    _OB_COLS = "o.id, o.event_id, o.action, o.state, o.attempts, o.created_at, o.next_attempt, o.last_error"

    def _where(self, now: float, due_only: bool, event_ids: list[str] | None, after_id: int,
               prefix: str = "o.") -> tuple[list[str], list[Any]]:
        where, args = [f"{prefix}state = 'pending'", f"{prefix}id > %s"], [after_id]
        if due_only:
            where.append(f"{prefix}next_attempt <= %s")
            args.append(now)
        if event_ids is not None:
            where.append(f"{prefix}event_id = ANY(%s)")
            args.append(list(event_ids))
        return where, args

    def claim(self, *, now: float | None = None, lease: float = 300.0, due_only: bool = True,
              event_ids: list[str] | None = None, after_id: int = 0, limit: int = 500) -> list[Delivery]:
        """Take up to ``limit`` pending deliveries for ``lease`` seconds, with their payloads.

        ``FOR UPDATE SKIP LOCKED``: a row another worker is claiming right now is passed over
        (never waited for); a row leased by a live other owner is passed over; an expired lease,
        or one of a dead process of this host, is taken over."""
        now = time.time() if now is None else now
        if event_ids is not None and not event_ids:
            return []
        host = os.uname().nodename + ":"
        out: list[Delivery] = []
        last = after_id
        with self.transaction(durable=False):
            while len(out) < limit:
                where, args = self._where(now, due_only, event_ids, last)
                where.append("(o.lease_until IS NULL OR o.lease_until <= %s OR o.lease_owner = %s"
                             " OR left(o.lease_owner, %s) = %s)")
                args += [now, self.owner, len(host), host]
                want = limit - len(out)
                rows = self._x(f"SELECT {self._OB_COLS}, o.lease_until, o.lease_owner, e.payload FROM outbox o"
                               f" JOIN events e ON e.id = o.event_id WHERE {' AND '.join(where)} ORDER BY o.id"
                               " LIMIT %s FOR UPDATE OF o SKIP LOCKED", (*args, want)).fetchall()
                for row in rows:
                    lease_until, owner = row[8], row[9]
                    if lease_until is not None and lease_until > now and owner != self.owner and not owner_dead(owner):
                        continue  # a live process of this host holds it
                    out.append(Delivery(*row[:8], payload=json.loads(row[10])))
                if len(rows) < want:
                    break
                last = rows[-1][0]
            if out:
                self._x("UPDATE outbox SET lease_until=%s, lease_owner=%s WHERE id = ANY(%s)",
                        (now + lease, self.owner, [d.id for d in out]))
        self._held.update(d.id for d in out)
        return out

    _MINE = " AND lease_owner=%s AND state='pending'"

    def renew(self, delivery_ids: list[int], now: float | None = None, lease: float = 300.0) -> list[int]:
        now = time.time() if now is None else now
        held: list[int] = []
        if delivery_ids:
            with self.transaction(durable=False):
                held = [r[0] for r in self._x("UPDATE outbox SET lease_until=%s WHERE id = ANY(%s)" + self._MINE
                                              + " RETURNING id", (now + lease, list(delivery_ids), self.owner))]
            lost = set(delivery_ids) - set(held)
            self._held.difference_update(lost)
            order = {i: k for k, i in enumerate(delivery_ids)}
            held.sort(key=order.__getitem__)
        return held

    def pending_count(self, *, now: float | None = None, due_only: bool = True, event_ids: list[str] | None = None,
                      after_id: int = 0) -> int:
        now = time.time() if now is None else now
        if event_ids is not None and not event_ids:
            return 0
        where, args = self._where(now, due_only, event_ids, after_id, prefix="")
        return int(self._read(f"SELECT count(*) FROM outbox WHERE {' AND '.join(where)}", args)[0][0])

    _DONE = ("UPDATE outbox SET state='done', attempts=attempts+1, done_at=%s, last_error=NULL, lease_until=NULL,"
             " lease_owner=NULL")

    def complete(self, delivery_id: int, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        with self.transaction(durable=False):
            n = self._x(self._DONE + " WHERE id=%s" + self._MINE, (now, delivery_id, self.owner)).rowcount
        self._held.discard(delivery_id)
        return n == 1

    def complete_many(self, delivery_ids: list[int], now: float | None = None) -> int:
        now = time.time() if now is None else now
        if not delivery_ids:
            return 0
        with self.transaction(durable=False):
            n = self._x(self._DONE + " WHERE id = ANY(%s)" + self._MINE, (now, list(delivery_ids), self.owner)).rowcount
        self._held.difference_update(delivery_ids)
        return n

    def postpone(self, delivery_id: int, next_attempt: float) -> bool:
        with self.transaction(durable=False):
            n = self._x("UPDATE outbox SET next_attempt=%s, lease_until=NULL, lease_owner=NULL WHERE id=%s" + self._MINE,
                        (next_attempt, delivery_id, self.owner)).rowcount
        self._held.discard(delivery_id)
        return n == 1

    def fail(self, delivery_id: int, error: str, *, next_attempt: float | None) -> bool:
        error = error.replace("\x00", "\\x00")  # a target's reply may carry a NUL: TEXT holds none
        with self.transaction(durable=False):
            if next_attempt is None:
                n = self._x("UPDATE outbox SET state='dead', attempts=attempts+1, last_error=%s, lease_until=NULL,"
                            " lease_owner=NULL WHERE id=%s" + self._MINE, (error[:2000], delivery_id, self.owner)).rowcount
            else:
                n = self._x("UPDATE outbox SET attempts=attempts+1, last_error=%s, next_attempt=%s, lease_until=NULL,"
                            " lease_owner=NULL WHERE id=%s" + self._MINE,
                            (error[:2000], next_attempt, delivery_id, self.owner)).rowcount
        self._held.discard(delivery_id)
        return n == 1

    def release(self, delivery_ids: list[int]) -> None:
        if delivery_ids:
            with self.transaction(durable=False):
                self._x("UPDATE outbox SET lease_until=NULL, lease_owner=NULL WHERE id = ANY(%s) AND lease_owner=%s",
                        (list(delivery_ids), self.owner))
            self._held.difference_update(delivery_ids)

    def settle_leased(self, action: str, ids: tuple[int, int], *, done: bool, now: float | None = None,
                      event_ids: list[str] | None = None) -> int:
        now = time.time() if now is None else now
        if done:
            sql, args = self._DONE, [now]
        else:
            sql, args = "UPDATE outbox SET lease_until=NULL, lease_owner=NULL", []
        sql += " WHERE id > %s AND id <= %s AND action=%s AND lease_owner=%s AND state='pending'"
        args += [ids[0], ids[1], action, self.owner]
        if event_ids is not None:
            sql += " AND event_id = ANY(%s)"
            args.append(list(event_ids))
        with self.transaction(durable=False):
            return self._x(sql, args).rowcount

    def delivery_id(self, event_id: str, action: str) -> int | None:
        rows = self._read("SELECT id FROM outbox WHERE event_id=%s AND action=%s", (event_id, action))
        return int(rows[0][0]) if rows else None

    def deliveries(self, states: tuple[str, ...] = ("pending", "dead"), *, limit: int | None = None
                   ) -> list[Delivery]:
        sql = f"SELECT {self._OB_COLS} FROM outbox o WHERE o.state = ANY(%s) ORDER BY o.id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [Delivery(*r) for r in self._read(sql, (list(states),))]

    def retry(self, ids: list[int] | None = None, *, now: float | None = None) -> int:
        now = time.time() if now is None else now
        with self.transaction():
            if ids is None:
                return self._x("UPDATE outbox SET state='pending', next_attempt=%s WHERE state='dead'", (now,)).rowcount
            return self._x("UPDATE outbox SET state='pending', next_attempt=%s WHERE id = ANY(%s)"
                           " AND state IN ('dead','pending')", (now, list(ids))).rowcount

    def counts(self) -> dict[str, int]:
        out = {"pending": 0, "done": 0, "dead": 0}
        for state, n in self._read("SELECT state, count(*) FROM outbox GROUP BY state"):
            out[state] = int(n)
        return out

    def next_due(self) -> float | None:
        return self._read("SELECT min(next_attempt) FROM outbox WHERE state='pending'")[0][0]

    # -- hashed signed return paths, POP3 UIDLs --------------------------------------------------
    def verp_remember(self, digest: str, address: str, at: float | None = None) -> None:
        check_address(address)
        with self.transaction():
            self._x("INSERT INTO verp_addresses (digest, address, at) VALUES (%s,%s,%s) ON CONFLICT (digest)"
                    " DO UPDATE SET address = excluded.address, at = excluded.at",
                    (digest, address.lower(), time.time() if at is None else at))

    def verp_address(self, digest: str) -> str | None:
        rows = self._read("SELECT address FROM verp_addresses WHERE digest=%s", (digest,))
        return rows[0][0] if rows else None

    def pop3_uidls(self, account: str) -> dict[str, str]:
        return dict(self._read("SELECT uidl, state FROM pop3_uidls WHERE account=%s", (account,)))

    def pop3_remember(self, account: str, uidl: str, state: str, at: float | None = None) -> None:
        with self.transaction(durable=False):
            self._x("INSERT INTO pop3_uidls (account, uidl, state, at) VALUES (%s,%s,%s,%s) ON CONFLICT (account, uidl)"
                    " DO UPDATE SET state = excluded.state, at = excluded.at",
                    (account, uidl, state, time.time() if at is None else at))

    def pop3_forget(self, account: str, uidls: list[str]) -> None:
        if uidls:
            with self.transaction(durable=False):
                self._x("DELETE FROM pop3_uidls WHERE account=%s AND uidl = ANY(%s)", (account, list(uidls)))

    # -- retention (the SQLite store's rules, in PostgreSQL's words) -----------------------------
    _EVENT_KEEP = (
        " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = e.id)"
        " AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.event_id = e.id)"
        " AND NOT (e.event = 'suppressed' AND e.address IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM suppression s2 WHERE s2.address = e.address))")
    _EVENT_KEEP_DRY = _EVENT_KEEP.replace(
        "WHERE o.event_id = e.id)",
        "WHERE o.event_id = e.id AND NOT (%(deliveries)s::float8 IS NOT NULL AND ("
        "(o.state = 'done' AND o.next_attempt < %(deliveries)s AND o.done_at < %(deliveries)s)"
        " OR (o.state = 'dead' AND o.next_attempt < %(deliveries)s AND o.created_at < %(deliveries)s))))")
    _EVENT_AGE = ("e.received_at < CASE WHEN e.event IN ('untrusted', 'untrusted_surge') THEN %(untrusted)s::float8"
                  " WHEN e.event = 'bounce' AND e.kind = 'not_bounce' THEN %(not_bounce)s::float8"
                  " ELSE %(events)s::float8 END")
    _DELIVERY_DONE = ("(state = 'done' AND next_attempt < %(deliveries)s AND done_at < %(deliveries)s)"
                      " OR (state = 'dead' AND next_attempt < %(deliveries)s AND created_at < %(deliveries)s)")
    _MESSAGE_GONE = (
        "(NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)"
        " OR EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id AND e.received_at < %(messages)s::float8))"
        " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = m.event_id AND o.state IN ('pending', 'dead'))")
    _SOFT_GONE = ("sb.at < %(soft)s::float8 AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = sb.event_id"
                  " AND e.received_at >= %(soft)s::float8)")

    @staticmethod
    def _cutoffs(cutoffs: dict[str, float | None]) -> dict[str, float | None]:
        keys = ("events", "untrusted", "not_bounce", "deliveries", "messages", "soft")
        return {k: cutoffs.get(k) for k in keys}

    def prune_candidates(self, what: str, cutoffs: dict[str, float | None], *, after: tuple = (),
                         limit: int = 500, dry_run: bool = False) -> list[tuple]:
        """See :meth:`filter.store.sqlite.Store.prune_candidates`; cursors are ``(received_at, seq,
        id)`` for events and ``(seq,)`` else."""
        c = self._cutoffs(cutoffs)
        if what == "events":
            ages = [c[k] for k in ("events", "untrusted", "not_bounce") if c[k] is not None]
            if not ages:
                return []
            r, i = after[:2] if after else (float("-inf"), 0)
            keep = self._EVENT_KEEP_DRY if dry_run else self._EVENT_KEEP
            return [tuple(x) for x in self._read(
                "SELECT e.received_at, e.seq, e.id FROM events e WHERE e.received_at < %(hi)s"
                f" AND (e.received_at, e.seq) > (%(r)s, %(i)s) AND {self._EVENT_AGE}{keep}"
                " ORDER BY e.received_at, e.seq LIMIT %(limit)s", {**c, "hi": max(ages), "r": r, "i": i, "limit": limit})]
        if what == "messages":
            if c["messages"] is None:
                return []
            return [tuple(x) for x in self._read(
                f"SELECT m.seq FROM messages m WHERE m.seq > %(i)s AND {self._MESSAGE_GONE} ORDER BY m.seq"
                " LIMIT %(limit)s", {**c, "i": (after or (0,))[0], "limit": limit})]
        if what == "soft_bounces":
            if c["soft"] is None:
                return []
            return [tuple(x) for x in self._read(
                f"SELECT sb.seq FROM soft_bounces sb WHERE sb.seq > %(i)s AND {self._SOFT_GONE} ORDER BY sb.seq"
                " LIMIT %(limit)s", {**c, "i": (after or (0,))[0], "limit": limit})]
        raise ValueError(f"prune_candidates: {what!r}")

    #: rows deleted by pruning after which this store VACUUMs the pruned tables: PostgreSQL
    #: reuses the space of deleted rows only once vacuumed, and autovacuum may lag behind a
    #: large prune (plain VACUUM takes no lock that writers wait for)
    RECLAIM_AFTER = 5_000
    _pruned = 0

    def _reclaim(self, n: int) -> None:
        self._pruned += n
        if self._pruned >= self.RECLAIM_AFTER and self._conn is None:
            self._pruned = 0
            self._exec_autocommit("VACUUM (SKIP_LOCKED) events, messages, outbox, soft_bounces")

    def prune_rows(self, what: str, cursors: list[tuple], cutoffs: dict[str, float | None]) -> int:
        n = self._prune_rows(what, cursors, cutoffs)
        self._reclaim(n)
        return n

    def _prune_rows(self, what: str, cursors: list[tuple], cutoffs: dict[str, float | None]) -> int:
        if not cursors:
            return 0
        c = self._cutoffs(cutoffs)
        n = 0
        with self.transaction(durable=False):
            seqs = [cur[-1] for cur in cursors]
            args = {**c, "seqs": seqs}
            if what == "events":  # by id (the primary key; seq has no index of its own)
                ids = [r[0] for r in self._x(f"SELECT e.id FROM events e WHERE e.id = ANY(%(seqs)s) AND {self._EVENT_AGE}"
                                             f"{self._EVENT_KEEP} FOR UPDATE OF e", args)]
                if ids:
                    self._x("DELETE FROM messages WHERE event_id = ANY(%s)", (ids,))
                    n = self._x("DELETE FROM events WHERE id = ANY(%s)", (ids,)).rowcount
            elif what == "messages":
                n = self._x(f"DELETE FROM messages m WHERE m.seq = ANY(%(seqs)s) AND {self._MESSAGE_GONE}", args).rowcount
            elif what == "soft_bounces":
                n = self._x(f"DELETE FROM soft_bounces sb WHERE sb.seq = ANY(%(seqs)s) AND {self._SOFT_GONE}",
                            args).rowcount
            else:
                raise ValueError(f"prune_rows: {what!r}")
        return n

    def prune_deliveries(self, cutoff: float | None, *, limit: int = 500, dry_run: bool = False) -> int:
        if cutoff is None:
            return 0
        if dry_run:
            return int(self._read(f"SELECT count(*) FROM outbox WHERE {self._DELIVERY_DONE}", {"deliveries": cutoff})[0][0])
        with self.transaction(durable=False):
            n = self._x(f"DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE {self._DELIVERY_DONE}"
                        " LIMIT %(limit)s FOR UPDATE SKIP LOCKED)", {"deliveries": cutoff, "limit": limit}).rowcount
        self._reclaim(n)
        return n

    def table_counts(self) -> dict[str, int]:
        return {t: int(self._read(f"SELECT count(*) FROM {t}")[0][0])
                for t in ("events", "outbox", "messages", "soft_bounces", "suppression")}

    def file_stats(self) -> dict[str, int]:
        """``size``: the database's bytes on the server; ``free`` and ``wal`` are the SQLite
        store's (0 here: PostgreSQL reuses space through autovacuum)."""
        return {"size": int(self._read("SELECT pg_database_size(current_database())")[0][0]), "free": 0, "wal": 0}

    def vacuum(self) -> None:
        """``VACUUM`` the tables pruning empties (outside a transaction, as PostgreSQL requires)."""
        for t in ("events", "outbox", "messages", "soft_bounces"):
            self._exec_autocommit(f"VACUUM {t}")

    def _exec_autocommit(self, sql: str) -> None:
        try:
            with self._connection() as conn:
                conn.execute(sql)
        except StoreUnavailable:
            raise
        except Exception as e:
            if _is_store_error(e):
                raise self._unavailable(e) from None
            raise

    # -- copying between stores (``bouncefilter store copy``) ------------------------------------
    def dump(self, table: str, after: tuple, limit: int) -> list[tuple]:
        """Rows of one of :data:`filter.store.base.COPY_TABLES`, paged by its key."""
        name, cols, key = next(t for t in COPY_TABLES if t[0] == table)
        where = f" WHERE ({', '.join(key)}) > ({', '.join(['%s'] * len(key))})" if after else ""
        rows = self._read(f"SELECT {', '.join(cols)} FROM {name}{where} ORDER BY {', '.join(key)} LIMIT %s",
                          (*after, limit))
        return [tuple(r) for r in rows]

    def load(self, table: str, rows: list[tuple]) -> int:
        """Insert the rows whose key is not there yet, in one transaction; how many were new."""
        name, cols, key = next(t for t in COPY_TABLES if t[0] == table)
        for r in rows:
            if "address" in cols and r[cols.index("address")] is not None:
                check_address(r[cols.index("address")])
        if not rows:
            return 0
        with self.transaction():
            cur = self._conn.cursor()
            cur.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})"
                            f" ON CONFLICT ({', '.join(key)}) DO NOTHING", rows)
        return max(cur.rowcount, 0)

    # -- statistics ------------------------------------------------------------------------------
    _DOMAIN = "split_part(address, '@', -1)"

    def stats_events(self, since: float, until: float | None = None) -> list[tuple]:
        until = float("inf") if until is None else until
        return [(*r[:4], int(r[4])) for r in self._read(
            "SELECT event, kind, class, reason, count(*) FROM events WHERE received_at >= %s AND received_at < %s"
            " GROUP BY event, kind, class, reason", (since, until))]

    def stats_domains(self, since: float, until: float | None = None, *, limit: int = 10) -> list[tuple]:
        until = float("inf") if until is None else until
        return [(r[0], *(int(x) for x in r[1:])) for r in self._read(
            f"SELECT {self._DOMAIN} AS domain, count(*) AS n, count(DISTINCT address),"
            " count(*) FILTER (WHERE class = 'hard'), count(*) FILTER (WHERE class = 'soft'),"
            " count(*) FILTER (WHERE class = 'block'),"
            " count(*) FILTER (WHERE class IS NULL OR class NOT IN ('hard', 'soft', 'block'))"
            " FROM events WHERE received_at >= %s AND received_at < %s AND event = 'bounce'"
            " AND kind IN ('failed', 'delayed') AND address IS NOT NULL"
            " GROUP BY domain ORDER BY n DESC, domain LIMIT %s", (since, until, limit))]

    def stats_soft_candidates(self, *, now: float, window: float, at_least: int, limit: int = 20
                              ) -> tuple[int, list[tuple]]:
        sql = ("FROM soft_bounces sb WHERE sb.at > %s AND sb.at <= %s"
               " AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.address = sb.address)"
               " GROUP BY sb.address HAVING count(*) >= %s")
        args = (now - window, now, at_least)
        total = int(self._read(f"SELECT count(*) FROM (SELECT sb.address {sql}) x", args)[0][0])
        rows = self._read(f"SELECT sb.address, count(*) AS n, max(sb.at) {sql} ORDER BY n DESC, sb.address LIMIT %s",
                          (*args, limit))
        return total, [(a, int(n), t) for a, n, t in rows]

    def stats_suppressions(self, since: float, until: float | None = None) -> list[tuple]:
        until = float("inf") if until is None else until
        return [(p, r, int(n)) for p, r, n in self._read(
            "SELECT policy, reason, count(*) FROM suppression WHERE first_seen >= %s AND first_seen < %s"
            " GROUP BY policy, reason", (since, until))]

    # -- read queries of the web console, its API and `bouncefilter report` (filter/web/) --------
    # (additive block, issue 14: read only; the same methods in sqlite.py and base.py)
    def suppressions_page(self, *, after: tuple | None = None, limit: int = 100, search: str | None = None,
                          order: str = "address") -> list[dict[str, Any]]:
        where, args = [], []
        if search:
            where.append("address LIKE %s")
            args.append("%" + search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if after and order == "newest":
            where.append("(first_seen, address) < (%s, %s)")
            args += [after[0], after[1]]
        elif after:
            where.append("address > %s")
            args.append(after[0])
        sql = (f"SELECT {self._SUPP_SQL} FROM suppression" + (" WHERE " + " AND ".join(where) if where else "")
               + (" ORDER BY first_seen DESC, address DESC" if order == "newest" else " ORDER BY address")
               + " LIMIT %s")
        return [dict(zip(self._SUPP_COLS, r)) for r in self._read(sql, (*args, int(limit)))]

    def suppressions_of(self, addresses: list[str]) -> list[dict[str, Any]]:
        if not addresses:
            return []
        return [dict(zip(self._SUPP_COLS, r)) for r in self._read(
            f"SELECT {self._SUPP_SQL} FROM suppression WHERE address = ANY(%s)", (list(addresses),))]

    def stats_days(self, since: float, until: float | None = None) -> list[tuple]:
        until = float("inf") if until is None else until
        return [(int(d), e, k, c, int(n)) for d, e, k, c, n in self._read(
            "SELECT floor(received_at / 86400)::bigint AS day, event, kind, class, count(*) FROM events"
            " WHERE received_at >= %s AND received_at < %s GROUP BY day, event, kind, class", (since, until))]

    def stats_domain_days(self, since: float, until: float | None, domains: list[str]) -> list[tuple]:
        if not domains:
            return []
        until = float("inf") if until is None else until
        return [(dom, int(d), c, r, int(n)) for dom, d, c, r, n in self._read(
            f"SELECT {self._DOMAIN} AS domain, floor(received_at / 86400)::bigint AS day, class, reason, count(*)"
            " FROM events WHERE received_at >= %s AND received_at < %s AND event = 'bounce'"
            f" AND kind IN ('failed', 'delayed') AND address IS NOT NULL AND {self._DOMAIN} = ANY(%s)"
            " GROUP BY domain, day, class, reason", (since, until, list(domains)))]

    def events_page(self, *, address: str | None = None, event: str | None = None, kind: str | None = None,
                    class_: str | None = None, reason: str | None = None, since: float | None = None,
                    until: float | None = None, before: tuple | None = None, limit: int = 50
                    ) -> list[tuple[float, str, dict[str, Any]]]:
        where, args = [], []
        for col, val in (("address", address), ("event", event), ("kind", kind), ("class", class_),
                         ("reason", reason)):
            if val is not None:
                where.append(f"{col} = %s")
                args.append(val.lower() if col == "address" else val)
        if since is not None:
            where.append("received_at >= %s")
            args.append(since)
        if until is not None:
            where.append("received_at < %s")
            args.append(until)
        if before:
            where.append("(received_at, id) < (%s, %s)")
            args += [before[0], before[1]]
        sql = ("SELECT received_at, id, payload FROM events" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY received_at DESC, id DESC LIMIT %s")
        return [(r[0], r[1], json.loads(r[2])) for r in self._read(sql, (*args, int(limit)))]

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = self._read("SELECT payload FROM events WHERE id = %s", (event_id,))
        return json.loads(rows[0][0]) if rows else None

    def stats_delivery_latency(self, bounds: list[float]) -> tuple[list[int], int, float]:
        cases = ", ".join("count(*) FILTER (WHERE done_at - created_at <= %s)" for _ in bounds)
        row = self._read(f"SELECT count(*), coalesce(sum(done_at - created_at), 0){', ' + cases if cases else ''}"
                         " FROM outbox WHERE state = 'done' AND done_at IS NOT NULL", tuple(bounds))[0]
        return [int(n or 0) for n in row[2:]], int(row[0]), float(row[1])
