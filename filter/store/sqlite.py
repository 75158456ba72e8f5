"""The durable store: events, per-address history, suppression list and outbox, in one SQLite file.

Why SQLite in WAL mode with ``synchronous=FULL``: a commit is on disk when it returns, readers
(``bouncefilter events``, the outbox worker) never block the pipe, and concurrent writers (Postfix
runs several pipe processes at once) queue on the write lock for at most ``busy_timeout``.
Recording an event and enqueuing its deliveries happen in ONE transaction
(:meth:`Store.transaction`), so a process killed between recording and delivering leaves the
deliveries pending, never lost and never doubled (``UNIQUE(event_id, action)``).

Any failure to record durably (locked past the busy timeout, disk full, unwritable or corrupt
file) is raised as :class:`StoreUnavailable`; the pipe turns it into exit 75 (EX_TEMPFAIL) so the
MTA keeps the message and retries.

Every address that enters a table (an event's ``address``, ``soft_bounces``, ``suppression``)
passes the project's address rule (:func:`filter.core.address.check_address`); one that does not
raises :class:`filter.core.address.AddressError` (a ValueError) and nothing is written.

Only the standard library is imported here (``sqlite3``, ``json``, ``os``, ``time``), the
address rule and :mod:`filter.store.base` (the contract both engines keep).  The schema is
versioned by SQLite's ``user_version`` (:data:`SCHEMA_VERSION`).
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path

from filter.core.address import check_address
from filter.store.base import (COPY_TABLES, HYGIENE_COLS, Delivery, StoreUnavailable, owner_dead, owner_id,
                               soft_bounce_count)

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (filter/core/detectors/base.py)
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, Iterator

__all__ = ["Store", "StoreUnavailable", "Delivery", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id          TEXT PRIMARY KEY,
    event       TEXT NOT NULL,          -- bounce | untrusted | untrusted_surge | suppressed | ...
    kind        TEXT,
    address     TEXT,
    class       TEXT,
    reason      TEXT,
    source      TEXT,
    received_at REAL NOT NULL,
    occurred_at REAL NOT NULL,
    cause       TEXT,                   -- the event a derived event comes from
    payload     TEXT NOT NULL           -- the JSON body actions receive
);
CREATE INDEX IF NOT EXISTS events_address ON events (address, occurred_at);
CREATE INDEX IF NOT EXISTS events_received ON events (received_at);
CREATE TABLE IF NOT EXISTS soft_bounces (
    address  TEXT NOT NULL,
    at       REAL NOT NULL,
    event_id TEXT NOT NULL,
    PRIMARY KEY (address, event_id)
);
CREATE TABLE IF NOT EXISTS suppression (
    address    TEXT PRIMARY KEY,
    reason     TEXT,
    class      TEXT,
    kind       TEXT,
    policy     TEXT NOT NULL,           -- rule | soft_bounce | manual
    event_id   TEXT,
    first_seen REAL NOT NULL,
    last_seen  REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    id           INTEGER PRIMARY KEY,
    event_id     TEXT NOT NULL,
    action       TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending',   -- pending | done | dead
    attempts     INTEGER NOT NULL DEFAULT 0,
    created_at   REAL NOT NULL,
    next_attempt REAL NOT NULL,
    lease_until  REAL,
    lease_owner  TEXT,
    last_error   TEXT,
    done_at      REAL,
    UNIQUE (event_id, action)
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_attempt);
CREATE TABLE IF NOT EXISTS messages (
    event_id TEXT PRIMARY KEY,
    raw      BLOB NOT NULL
);
"""


_owner = owner_id
_owner_dead = owner_dead


def _unavailable(e: BaseException, path: Path) -> StoreUnavailable:
    return StoreUnavailable(f"store {path}: {e}")


def _is_store_error(e: BaseException) -> bool:
    if isinstance(e, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)):
        return False
    return isinstance(e, (sqlite3.OperationalError, sqlite3.DatabaseError, OSError))


class Store:
    """One connection to the store.  Not shared between threads."""

    def __init__(self, path: str | os.PathLike, *, busy_timeout: float = 10.0):
        self.path = Path(path)
        self.owner = _owner()
        self._held: set[int] = set()  # ids of deliveries this store has leased and not settled
        #: durable commits made (``synchronous=FULL``: one fsync of the WAL each); group commit
        #: (:meth:`group`) makes one for several records
        self.commits = 0
        self._group = False   # inside group(): transaction() is a savepoint
        self._savepoints = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), timeout=busy_timeout, isolation_level=None,
                                      check_same_thread=False)
            self.db.execute("PRAGMA synchronous=FULL")
            self._durable = True
            self._ensure_schema(time.monotonic() + busy_timeout)
        except Exception as e:
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise

    def _ensure_schema(self, deadline: float) -> None:
        """Create the schema once.  Switching to WAL takes an exclusive lock and SQLite answers
        "database is locked" at once, without its busy handler, when several processes (the
        first bounces after an install) open a new store together: retry until the deadline."""
        pause = 0.005
        while True:
            try:
                if self.db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    self._create()
                return
            except (sqlite3.OperationalError, StoreUnavailable) as e:
                if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.1)

    def _create(self) -> None:
        mode = self.db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":  # pragma: no cover - e.g. a network file system
            raise sqlite3.OperationalError(f"cannot use WAL journal mode (got {mode})")
        with self.transaction():
            if self.db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        self.db.execute(stmt)
                self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        if self._held:  # leases still held (a pass interrupted by an error): free them now
            try:
                self.release(sorted(self._held))
            except Exception:  # noqa: BLE001 - best effort: they expire after outbox.lease anyway
                pass
            self._held.clear()
        try:
            self.db.close()
        except sqlite3.Error:  # pragma: no cover
            pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------------
    @contextmanager
    def transaction(self, durable: bool = True, immediate: bool = True) -> Iterator["Store"]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``: one atomic unit; errors become StoreUnavailable.

        ``immediate=False`` begins a deferred transaction, which takes the store's write lock only
        if it writes to the store: for work on this connection's temporary tables.

        ``durable=False`` commits with ``synchronous=NORMAL`` (no fsync until the next
        checkpoint; still atomic): for outbox bookkeeping (leases, ``done`` marks) whose loss in a
        power cut only means one more at-least-once delivery.  Events and their enqueued
        deliveries are always durable.

        Inside :meth:`group` it is a savepoint of the shared transaction (``durable`` is the
        group's): its changes are undone alone when it fails, and committed with the group.
        """
        if self._group:
            yield from self._savepoint()
            return
        try:
            if durable != self._durable:
                self.db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                self._durable = durable
            self.db.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        except Exception as e:
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise
        try:
            yield self
            self.db.execute("COMMIT")
        except BaseException as e:
            try:
                self.db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise
        if durable:
            self.commits += 1

    def _savepoint(self) -> Iterator["Store"]:
        self._savepoints += 1
        name = f"bf_{self._savepoints}"
        try:
            self.db.execute(f"SAVEPOINT {name}")
        except Exception as e:
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise
        try:
            yield self
            self.db.execute(f"RELEASE {name}")
        except BaseException as e:
            try:
                self.db.execute(f"ROLLBACK TO {name}")
                self.db.execute(f"RELEASE {name}")
            except sqlite3.Error:
                pass
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise

    @contextmanager
    def group(self) -> Iterator["Store"]:
        """ONE durable transaction that several records share (group commit): every
        :meth:`transaction` inside it is a savepoint, and the group commits once (one fsync) at
        the end.  Nothing is committed when it fails (StoreUnavailable for all).  A group inside
        a group is the same group."""
        if self._group:
            yield self
            return
        with self.transaction():
            self._group = True
            try:
                yield self
            finally:
                self._group = False

    def _read(self, sql: str, args: tuple = ()) -> list[sqlite3.Row | tuple]:
        try:
            return self.db.execute(sql, args).fetchall()
        except Exception as e:
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise

    # -- events (inside a transaction) -----------------------------------------------------------
    def insert_event(self, *, id: str, event: str, kind: str | None, address: str | None,
                     class_: str | None, reason: str | None, source: str | None, received_at: float,
                     occurred_at: float, cause: str | None, payload: dict[str, Any]) -> bool:
        """Insert an event unless its id is known; True when it is new."""
        if address is not None:
            check_address(address)
        cur = self.db.execute(
            "INSERT OR IGNORE INTO events (id, event, kind, address, class, reason, source, received_at,"
            " occurred_at, cause, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (id, event, kind, address, class_, reason, source, received_at, occurred_at, cause,
             json.dumps(payload, separators=(",", ":"), ensure_ascii=False)))
        return cur.rowcount == 1

    def events(self, *, address: str | None = None, kind: str | None = None, event: str | None = None,
               since: float | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
        where, args = [], []
        for col, val in (("address", address), ("kind", kind), ("event", event)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val.lower() if col == "address" else val)
        if since is not None:
            where.append("received_at >= ?")
            args.append(since)
        sql = "SELECT payload FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY received_at, rowid" + (f" LIMIT {int(limit)}" if limit else "")
        try:
            for (payload,) in self.db.execute(sql, args):
                yield json.loads(payload)
        except Exception as e:
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise

    def save_message(self, event_id: str, raw: bytes) -> None:
        self.db.execute("INSERT OR IGNORE INTO messages (event_id, raw) VALUES (?, ?)", (event_id, raw))

    def message(self, event_id: str) -> bytes | None:
        rows = self._read("SELECT raw FROM messages WHERE event_id=?", (event_id,))
        return bytes(rows[0][0]) if rows else None

    # -- soft-bounce history (inside a transaction) ----------------------------------------------
    def add_soft_bounce(self, address: str, at: float, event_id: str, *, window: float,
                        reset_after: float) -> int:
        """Count one soft bounce; return the most soft bounces any period of ``window`` holding
        ``at`` contains (:func:`filter.store.base.soft_bounce_count`: in whatever order they are
        recorded).  Inside a ``BEGIN IMMEDIATE`` transaction, so the count and the suppression
        it leads to are decided under the store's one write lock.

        A quiet period longer than ``reset_after`` since the latest soft bounce forgets the
        history first.
        """
        check_address(address)
        (last,) = self.db.execute("SELECT max(at) FROM soft_bounces WHERE address=?", (address,)).fetchone()
        if last is not None and at - last > reset_after:
            self.db.execute("DELETE FROM soft_bounces WHERE address=?", (address,))
        self.db.execute("INSERT OR IGNORE INTO soft_bounces (address, at, event_id) VALUES (?,?,?)",
                        (address, at, event_id))
        self.db.execute("DELETE FROM soft_bounces WHERE address=? AND at < ?",
                        (address, at - window - reset_after))
        ats = [r[0] for r in self.db.execute("SELECT at FROM soft_bounces WHERE address=? AND at > ? AND at < ?",
                                             (address, at - window, at + window))]
        return soft_bounce_count(ats, at, window)

    def clear_soft_bounces(self, address: str) -> None:
        self.db.execute("DELETE FROM soft_bounces WHERE address=?", (address,))

    def lock_address(self, address: str) -> None:
        """(inside a transaction) Serialise decisions about one address: ``BEGIN IMMEDIATE``
        already holds the store's one write lock, so nothing more is needed here."""

    def soft_bounce_count(self, address: str) -> int:
        return self._read("SELECT count(*) FROM soft_bounces WHERE address=?", (address.lower(),))[0][0]

    # -- suppression -----------------------------------------------------------------------------
    _SUPP_COLS = ("address", "reason", "class", "kind", "policy", "event_id", "first_seen", "last_seen")

    def suppression(self, address: str) -> dict[str, Any] | None:
        rows = self._read(f"SELECT {', '.join(self._SUPP_COLS)} FROM suppression WHERE address=?",
                          (address.lower(),))
        return dict(zip(self._SUPP_COLS, rows[0])) if rows else None

    def suppressed(self) -> list[dict[str, Any]]:
        rows = self._read(f"SELECT {', '.join(self._SUPP_COLS)} FROM suppression ORDER BY address")
        return [dict(zip(self._SUPP_COLS, r)) for r in rows]

    def suppress(self, address: str, *, reason: str | None, class_: str | None, kind: str | None,
                 policy: str, event_id: str | None, at: float) -> tuple[bool, dict[str, Any]]:
        """Add to the suppression list (inside a transaction); (newly suppressed?, the row)."""
        address = check_address(address.lower())
        row = self.suppression(address)
        if row is not None:
            if at > row["last_seen"]:
                self.db.execute("UPDATE suppression SET last_seen=? WHERE address=?", (at, address))
                row["last_seen"] = at
            return False, row
        self.db.execute(
            "INSERT INTO suppression (address, reason, class, kind, policy, event_id, first_seen, last_seen)"
            " VALUES (?,?,?,?,?,?,?,?)", (address, reason, class_, kind, policy, event_id, at, at))
        return True, dict(zip(self._SUPP_COLS, (address, reason, class_, kind, policy, event_id, at, at)))

    def unsuppress(self, address: str) -> dict[str, Any] | None:
        """Remove from the suppression list (inside a transaction); the removed row or None."""
        row = self.suppression(address)
        if row is not None:
            self.db.execute("DELETE FROM suppression WHERE address=?", (row["address"],))
        return row

    # -- outbox ----------------------------------------------------------------------------------
    def enqueue(self, event_id: str, action: str, now: float) -> bool:
        """Add a pending delivery (inside a transaction); False if that pair already exists."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO outbox (event_id, action, created_at, next_attempt) VALUES (?,?,?,?)",
            (event_id, action, now, now))
        return cur.rowcount == 1

    _OB_COLS = "o.id, o.event_id, o.action, o.state, o.attempts, o.created_at, o.next_attempt, o.last_error"

    def claim(self, *, now: float | None = None, lease: float = 300.0, due_only: bool = True,
              event_ids: list[str] | None = None, after_id: int = 0, limit: int = 500) -> list[Delivery]:
        """Take pending deliveries for this process for ``lease`` seconds, with their payloads.

        A delivery leased by another live process is skipped; one whose lease expired, or whose
        owner was a process of this host that is gone (killed), is taken over.  ``after_id``
        pages through the queue (a pass never takes one delivery twice).
        """
        now = time.time() if now is None else now
        where = ["o.state = 'pending'", "o.id > ?"]
        args: list[Any] = [after_id]
        if due_only:
            where.append("o.next_attempt <= ?")
            args.append(now)
        if event_ids is not None:
            if not event_ids:
                return []
            where.append(f"o.event_id IN ({','.join('?' * len(event_ids))})")
            args.extend(event_ids)
        sql = (f"SELECT {self._OB_COLS}, o.lease_until, o.lease_owner, e.payload FROM outbox o"
               f" JOIN events e ON e.id = o.event_id WHERE {' AND '.join(where)} ORDER BY o.id")
        out: list[Delivery] = []
        with self.transaction(durable=False):
            for row in self.db.execute(sql, args).fetchall():
                lease_until, owner, payload = row[8], row[9], row[10]
                if lease_until is not None and lease_until > now and owner != self.owner \
                        and not _owner_dead(owner):
                    continue
                out.append(Delivery(*row[:8], payload=json.loads(payload)))
                if len(out) >= limit:
                    break
            self.db.executemany("UPDATE outbox SET lease_until=?, lease_owner=? WHERE id=?",
                                [(now + lease, self.owner, d.id) for d in out])
        self._held.update(d.id for d in out)
        return out

    # Leases: ``claim`` reserves a batch; before each attempt the outbox renews the lease of the
    # delivery it is about to try (``renew``), and every outcome below is written only while this
    # store still holds the lease (``lease_owner``).  A worker whose lease ran out and was taken
    # over by another neither delivers nor marks anything: each delivery is tried by one owner.
    _MINE = " AND lease_owner=? AND state='pending'"

    def renew(self, delivery_ids: list[int], now: float | None = None, lease: float = 300.0) -> list[int]:
        """Extend this store's lease on those deliveries; the ids it still holds (others: taken over)."""
        now = time.time() if now is None else now
        held: list[int] = []
        if delivery_ids:
            with self.transaction(durable=False):
                for i in delivery_ids:
                    cur = self.db.execute("UPDATE outbox SET lease_until=? WHERE id=?" + self._MINE,
                                          (now + lease, i, self.owner))
                    if cur.rowcount == 1:
                        held.append(i)
                    else:
                        self._held.discard(i)
        return held

    def pending_count(self, *, now: float | None = None, due_only: bool = True, event_ids: list[str] | None = None,
                      after_id: int = 0) -> int:
        """How many pending deliveries ``claim`` would look at (leased or not); read only."""
        now = time.time() if now is None else now
        where, args = ["state = 'pending'", "id > ?"], [after_id]
        if due_only:
            where.append("next_attempt <= ?")
            args.append(now)
        if event_ids is not None:
            if not event_ids:
                return 0
            where.append(f"event_id IN ({','.join('?' * len(event_ids))})")
            args.extend(event_ids)
        return self._read(f"SELECT count(*) FROM outbox WHERE {' AND '.join(where)}", tuple(args))[0][0]

    def complete(self, delivery_id: int, now: float | None = None) -> bool:
        """Mark done (only while this store holds the lease); False when the lease was lost."""
        now = time.time() if now is None else now
        with self.transaction(durable=False):
            cur = self.db.execute("UPDATE outbox SET state='done', attempts=attempts+1, done_at=?, last_error=NULL,"
                                  " lease_until=NULL, lease_owner=NULL WHERE id=?" + self._MINE,
                                  (now, delivery_id, self.owner))
        self._held.discard(delivery_id)
        return cur.rowcount == 1

    def complete_many(self, delivery_ids: list[int], now: float | None = None) -> int:
        now = time.time() if now is None else now
        n = 0
        with self.transaction(durable=False):
            for i in delivery_ids:
                n += self.db.execute("UPDATE outbox SET state='done', attempts=attempts+1, done_at=?,"
                                     " last_error=NULL, lease_until=NULL, lease_owner=NULL WHERE id=?" + self._MINE,
                                     (now, i, self.owner)).rowcount
        self._held.difference_update(delivery_ids)
        return n

    def postpone(self, delivery_id: int, next_attempt: float) -> bool:
        """Move a delivery that was not tried to a later time, without counting an attempt."""
        with self.transaction(durable=False):
            cur = self.db.execute("UPDATE outbox SET next_attempt=?, lease_until=NULL, lease_owner=NULL"
                                  " WHERE id=?" + self._MINE, (next_attempt, delivery_id, self.owner))
        self._held.discard(delivery_id)
        return cur.rowcount == 1

    def fail(self, delivery_id: int, error: str, *, next_attempt: float | None) -> bool:
        """Record a failed attempt; ``next_attempt=None`` makes it a dead letter."""
        with self.transaction(durable=False):
            if next_attempt is None:
                cur = self.db.execute("UPDATE outbox SET state='dead', attempts=attempts+1, last_error=?,"
                                      " lease_until=NULL, lease_owner=NULL WHERE id=?" + self._MINE,
                                      (error[:2000], delivery_id, self.owner))
            else:
                cur = self.db.execute("UPDATE outbox SET attempts=attempts+1, last_error=?, next_attempt=?,"
                                      " lease_until=NULL, lease_owner=NULL WHERE id=?" + self._MINE,
                                      (error[:2000], next_attempt, delivery_id, self.owner))
        self._held.discard(delivery_id)
        return cur.rowcount == 1

    def release(self, delivery_ids: list[int]) -> None:
        """Give back leases not used (e.g. the inline budget ran out before trying them)."""
        if delivery_ids:
            with self.transaction(durable=False):
                self.db.executemany("UPDATE outbox SET lease_until=NULL, lease_owner=NULL WHERE id=?"
                                    " AND lease_owner=?", [(i, self.owner) for i in delivery_ids])
            self._held.difference_update(delivery_ids)

    def deliveries(self, states: tuple[str, ...] = ("pending", "dead"), *, limit: int | None = None
                   ) -> list[Delivery]:
        sql = (f"SELECT {self._OB_COLS} FROM outbox o WHERE o.state IN ({','.join('?' * len(states))})"
               " ORDER BY o.id" + (f" LIMIT {int(limit)}" if limit else ""))
        return [Delivery(*r) for r in self._read(sql, tuple(states))]

    def retry(self, ids: list[int] | None = None, *, now: float | None = None) -> int:
        """Dead letters (all, or those ids) back to pending, due now."""
        now = time.time() if now is None else now
        with self.transaction():
            if ids is None:
                cur = self.db.execute("UPDATE outbox SET state='pending', next_attempt=? WHERE state='dead'",
                                      (now,))
            else:
                cur = self.db.executemany(
                    "UPDATE outbox SET state='pending', next_attempt=? WHERE id=? AND state IN ('dead','pending')",
                    [(now, i) for i in ids])
            return cur.rowcount

    def counts(self) -> dict[str, int]:
        out = {"pending": 0, "done": 0, "dead": 0}
        for state, n in self._read("SELECT state, count(*) FROM outbox GROUP BY state"):
            out[state] = n
        return out

    def next_due(self) -> float | None:
        return self._read("SELECT min(next_attempt) FROM outbox WHERE state='pending'")[0][0]

    # -- hashed signed return paths (filter.trust.verp: an address too long for a local part) ---------
    _VERP_SCHEMA = ("CREATE TABLE IF NOT EXISTS verp_addresses (digest TEXT PRIMARY KEY, address TEXT NOT NULL,"
                    " at REAL NOT NULL) WITHOUT ROWID")
    _verp_ready = False

    def _verp_table(self) -> None:
        if not self._verp_ready:
            self._read(self._VERP_SCHEMA)
            self._verp_ready = True

    def verp_remember(self, digest: str, address: str, at: float | None = None) -> None:
        """Remember which address a hashed return path stands for (``verp sign``)."""
        check_address(address)
        self._verp_table()
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO verp_addresses (digest, address, at) VALUES (?,?,?)",
                            (digest, address.lower(), time.time() if at is None else at))

    def verp_address(self, digest: str) -> str | None:
        """The address a hashed return path stands for, or None."""
        self._verp_table()
        rows = self._read("SELECT address FROM verp_addresses WHERE digest=?", (digest,))
        return rows[0][0] if rows else None

    def count_events(self, event: str, *, since: float) -> int:
        """How many events of one type were received since ``since``."""
        rows = self._read("SELECT COUNT(*) FROM events WHERE received_at >= ? AND event = ?", (since, event))
        return int(rows[0][0])

    # -- POP3 bridge: the UIDLs each account has taken or kept -----------------------------------
    # A table of its own, created on first use (CREATE TABLE IF NOT EXISTS): databases made before
    # it existed gain it when the bridge first runs; nothing else reads it, so no version bump.
    _POP3_SCHEMA = ("CREATE TABLE IF NOT EXISTS pop3_uidls (account TEXT NOT NULL, uidl TEXT NOT NULL,"
                    " state TEXT NOT NULL, at REAL NOT NULL, PRIMARY KEY (account, uidl)) WITHOUT ROWID")
    _pop3_ready = False

    def _pop3_table(self) -> None:
        if not self._pop3_ready:
            self._read(self._POP3_SCHEMA)
            self._pop3_ready = True

    def pop3_uidls(self, account: str) -> dict[str, str]:
        """``{uidl: state}`` remembered for one account (``taken`` | ``kept``)."""
        self._pop3_table()
        return dict(self._read("SELECT uidl, state FROM pop3_uidls WHERE account=?", (account,)))

    def pop3_remember(self, account: str, uidl: str, state: str, at: float | None = None) -> None:
        """Remember a UIDL (its own small transaction, without fsync: losing it in a power cut only
        means the message is classified again, and its events' stable ids make that a no-op)."""
        self._pop3_table()
        with self.transaction(durable=False):
            self.db.execute("INSERT OR REPLACE INTO pop3_uidls (account, uidl, state, at) VALUES (?,?,?,?)",
                            (account, uidl, state, time.time() if at is None else at))

    def pop3_forget(self, account: str, uidls: list[str]) -> None:
        """Forget UIDLs that are gone from the server (deleted at QUIT, or by someone else)."""
        if uidls:
            self._pop3_table()
            with self.transaction(durable=False):
                self.db.executemany("DELETE FROM pop3_uidls WHERE account=? AND uidl=?",
                                    [(account, u) for u in uidls])

    # -- list hygiene: probation and re-confirmation marks (filter/hygiene/, docs/hygiene.md) -----
    # A table of its own, created on first use like pop3_uidls: stores made before it gain it
    # when the engine first asks; the PostgreSQL store has it from its migration 2.
    _HYGIENE_SCHEMA = ("CREATE TABLE IF NOT EXISTS hygiene (address TEXT PRIMARY KEY, state TEXT NOT NULL,"
                       " at REAL NOT NULL, due REAL, strikes INTEGER NOT NULL DEFAULT 0, reason TEXT, class TEXT,"
                       " event_id TEXT, note TEXT)")
    _hygiene_ready = False

    def _hygiene_table(self) -> None:
        if not self._hygiene_ready:
            self._read(self._HYGIENE_SCHEMA)
            self._read("CREATE INDEX IF NOT EXISTS hygiene_due ON hygiene (state, due)")
            self._hygiene_ready = True

    def hygiene(self, address: str) -> dict[str, Any] | None:
        """The address's hygiene mark (:data:`filter.store.base.HYGIENE_COLS`), or None."""
        self._hygiene_table()
        rows = self._read(f"SELECT {', '.join(HYGIENE_COLS)} FROM hygiene WHERE address=?", (address.lower(),))
        return dict(zip(HYGIENE_COLS, rows[0])) if rows else None

    def set_hygiene(self, address: str, *, state: str, at: float, due: float | None, strikes: int = 0,
                    reason: str | None = None, class_: str | None = None, event_id: str | None = None,
                    note: str | None = None) -> None:
        """(inside a transaction) Write the address's mark, replacing the one it had."""
        address = check_address(address.lower())
        self._hygiene_table()
        self.db.execute("INSERT OR REPLACE INTO hygiene (address, state, at, due, strikes, reason, class, event_id,"
                        " note) VALUES (?,?,?,?,?,?,?,?,?)",
                        (address, state, at, due, strikes, reason, class_, event_id, note))

    def clear_hygiene(self, address: str) -> dict[str, Any] | None:
        """(inside a transaction) Forget the address's mark; the mark it had, or None."""
        row = self.hygiene(address)
        if row is not None:
            self.db.execute("DELETE FROM hygiene WHERE address=?", (row["address"],))
        return row

    def hygiene_due(self, state: str, now: float, *, limit: int = 500) -> list[dict[str, Any]]:
        """Marks in ``state`` whose ``due`` time has come (oldest first)."""
        self._hygiene_table()
        rows = self._read(f"SELECT {', '.join(HYGIENE_COLS)} FROM hygiene WHERE state=? AND due <= ?"
                          " ORDER BY due, address LIMIT ?", (state, now, limit))
        return [dict(zip(HYGIENE_COLS, r)) for r in rows]

    def hygiene_marks(self, state: str | None = None) -> list[dict[str, Any]]:
        """Every mark (of one state), by address."""
        self._hygiene_table()
        where, args = (" WHERE state=?", (state,)) if state else ("", ())
        rows = self._read(f"SELECT {', '.join(HYGIENE_COLS)} FROM hygiene{where} ORDER BY address", args)
        return [dict(zip(HYGIENE_COLS, r)) for r in rows]

    def probation_candidates(self, *, quiet_since: float, now: float, limit: int = 500) -> list[dict[str, Any]]:
        """Suppressions the soft-bounce policy made whose address has been quiet (``last_seen``)
        since ``quiet_since``, except those a mark holds until later (``held``, ``due`` > now)."""
        self._hygiene_table()
        cols = ", ".join(f"s.{c}" for c in self._SUPP_COLS)
        rows = self._read(f"SELECT {cols} FROM suppression s WHERE s.policy='soft_bounce' AND s.last_seen <= ?"
                          " AND NOT EXISTS (SELECT 1 FROM hygiene h WHERE h.address=s.address AND h.state='held'"
                          " AND h.due > ?) ORDER BY s.last_seen, s.address LIMIT ?", (quiet_since, now, limit))
        return [dict(zip(self._SUPP_COLS, r)) for r in rows]

    # -- bulk suppression (``bouncefilter suppression import``, Engine.suppress_many) -----------
    def import_suppressions(self, rows: list[tuple[str, str | None, str | None, str, str, str, int]], *,
                            at: float, source: str, actions: dict[int, tuple[str, ...]],
                            leased: tuple[str, ...] = (), lease: float | None = None
                            ) -> tuple[list[str], int, tuple[int, int]]:
        """Many manual suppressions in ONE durable transaction, written set-wise by SQLite from a
        temporary table (``Engine.suppress_many``, ``bouncefilter suppression import``).

        ``rows``: ``(address, reason, class, cause, event_id, payload_json, group)``, addresses
        lowercase and distinct.  Each address not yet listed gets its suppression row (policy
        ``manual``, ``event_id`` = ``cause``, first and last seen ``at``), its ``suppressed`` event
        (``event_id``, the payload as given, from ``source``) and a delivery to each action of
        ``actions[group]``, and to each of ``leased``: those are leased by this store for
        ``lease`` seconds as if :meth:`claim` had taken them (settle them with
        :meth:`settle_leased`).  An address already listed, or listed by another process
        meanwhile, is left as it is.  Every address passes the address rule first (AddressError:
        nothing is written).

        Returns (the addresses skipped because listed, deliveries enqueued, the id range
        ``(after, upto]`` of the leased deliveries).
        """
        for r in rows:
            check_address(r[0])
            if r[0] != r[0].lower():
                raise ValueError(f"import_suppressions: addresses are lowercase ({r[0]!r})")
        # A larger page cache for the while: the default 2 MB would write pages out to the WAL
        # (and read them back) many times over in one transaction this large
        try:
            cache = self.db.execute("PRAGMA cache_size").fetchone()[0]
            self.db.execute(f"PRAGMA cache_size={min(cache, -65536)}")  # 64 MiB (negative: KiB)
        except Exception as e:
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise
        try:
            self._fill_import(rows, actions)
            with self.transaction():
                # listed before, or by another process since the caller looked: left out
                listed = "SELECT address FROM suppression s WHERE s.address = t.address"
                skipped = [a for (a,) in self.db.execute(
                    f"SELECT address FROM temp.bf_import t WHERE EXISTS ({listed})")]
                if skipped:
                    self.db.execute(f"DELETE FROM temp.bf_import AS t WHERE EXISTS ({listed})")
                # in key order: each index is written front to back
                self.db.execute(
                    "INSERT INTO suppression (address, reason, class, kind, policy, event_id, first_seen, last_seen)"
                    " SELECT address, reason, class, NULL, 'manual', cause, ?, ? FROM temp.bf_import ORDER BY address",
                    (at, at))
                self.db.execute(
                    "INSERT OR IGNORE INTO events (id, event, kind, address, class, reason, source, received_at,"
                    " occurred_at, cause, payload) SELECT eid, 'suppressed', NULL, address, class, reason, ?, ?, ?,"
                    " NULL, payload FROM temp.bf_import ORDER BY eid", (source, at, at))
                n = self.db.execute(
                    "INSERT OR IGNORE INTO outbox (event_id, action, created_at, next_attempt) SELECT t.eid, a.action,"
                    " ?, ? FROM temp.bf_import t JOIN temp.bf_actions a ON a.grp = t.grp ORDER BY t.eid, a.action",
                    (at, at)).rowcount
                first = self.db.execute("SELECT coalesce(max(id), 0) FROM outbox").fetchone()[0]
                until, owner = (None, None) if lease is None else (at + lease, self.owner)
                for name in leased:
                    n += self.db.execute(
                        "INSERT OR IGNORE INTO outbox (event_id, action, created_at, next_attempt, lease_until,"
                        " lease_owner) SELECT eid, ?, ?, ?, ?, ? FROM temp.bf_import ORDER BY eid",
                        (name, at, at, until, owner)).rowcount
                last = self.db.execute("SELECT coalesce(max(id), 0) FROM outbox").fetchone()[0]
        finally:
            try:
                self.db.execute("DELETE FROM temp.bf_import")
                self.db.execute("DELETE FROM temp.bf_actions")
            except sqlite3.Error:  # emptied at the next call anyway
                pass
            try:
                self.db.execute(f"PRAGMA cache_size={cache}")
            except sqlite3.Error:  # pragma: no cover
                pass
        return skipped, n, (first, last)

    def _fill_import(self, rows: list[tuple], actions: dict[int, tuple[str, ...]]) -> None:
        """``temp.bf_import`` and ``temp.bf_actions`` of :meth:`import_suppressions`: tables of this
        connection only, so filling them takes no lock on the store."""
        with self.transaction(durable=False, immediate=False):
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS bf_import (address TEXT NOT NULL, reason TEXT,"
                            " class TEXT, cause TEXT NOT NULL, eid TEXT NOT NULL, payload TEXT NOT NULL, grp INTEGER)")
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS bf_actions (grp INTEGER NOT NULL, action TEXT NOT NULL)")
            self.db.execute("DELETE FROM temp.bf_import")
            self.db.execute("DELETE FROM temp.bf_actions")
            self.db.executemany("INSERT INTO temp.bf_import VALUES (?,?,?,?,?,?,?)", rows)
            self.db.executemany("INSERT INTO temp.bf_actions VALUES (?,?)",
                                [(g, n) for g, names in actions.items() for n in names])

    def insert_events_many(self, rows: list[tuple]) -> int:
        """:meth:`insert_event` for many (inside a transaction): rows of ``(id, event, kind, address,
        class, reason, source, received_at, occurred_at, cause, payload_json)``, the payload
        already encoded.  Returns how many were new."""
        for r in rows:
            if r[3] is not None:
                check_address(r[3])
        cur = self.db.executemany(
            "INSERT OR IGNORE INTO events (id, event, kind, address, class, reason, source, received_at,"
            " occurred_at, cause, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        return max(cur.rowcount, 0)

    def enqueue_many(self, pairs: list[tuple[str, str]], now: float) -> int:
        """:meth:`enqueue` for many ``(event_id, action)`` pairs (inside a transaction)."""
        cur = self.db.executemany(
            "INSERT OR IGNORE INTO outbox (event_id, action, created_at, next_attempt) VALUES (?,?,?,?)",
            [(e, a, now, now) for e, a in pairs])
        return max(cur.rowcount, 0)

    def settle_leased(self, action: str, ids: tuple[int, int], *, done: bool, now: float | None = None,
                      event_ids: list[str] | None = None) -> int:
        """The deliveries of one action with ids in ``(ids[0], ids[1]]`` (the range
        :meth:`import_suppressions` returns) that this store still holds:
        marked done (``done=True``) or given back untouched for a worker (``done=False``), in one
        statement that walks the id range; ``event_ids``: only those of these events.  Returns
        how many."""
        now = time.time() if now is None else now
        if done:
            sql = ("UPDATE outbox SET state='done', attempts=attempts+1, done_at=?, last_error=NULL,"
                   " lease_until=NULL, lease_owner=NULL")
            args: tuple = (now,)
        else:
            sql, args = "UPDATE outbox SET lease_until=NULL, lease_owner=NULL", ()
        where = " WHERE id > ? AND id <= ? AND action=? AND lease_owner=? AND +state='pending'"
        with self.transaction(durable=False):
            if event_ids is not None:
                self.db.execute("CREATE TEMP TABLE IF NOT EXISTS bf_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
                self.db.execute("DELETE FROM temp.bf_ids")
                self.db.executemany("INSERT OR IGNORE INTO temp.bf_ids (id) VALUES (?)", [(i,) for i in event_ids])
                where += " AND event_id IN (SELECT id FROM temp.bf_ids)"
            n = self.db.execute(sql + where, (*args, ids[0], ids[1], action, self.owner)).rowcount
            if event_ids is not None:
                self.db.execute("DELETE FROM temp.bf_ids")
        return n

    def delivery_id(self, event_id: str, action: str) -> int | None:
        rows = self._read("SELECT id FROM outbox WHERE event_id=? AND action=?", (event_id, action))
        return rows[0][0] if rows else None

    # -- retention (filter/engine/retention.py, ``bouncefilter prune``) --------------------------------
    # Each step finds candidates with a read (a WAL reader blocks no writer), then deletes at most
    # ``limit`` of them in one short transaction that checks again every condition keeping a row:
    # the write lock is held for one small batch at a time, and what changed in between (a new
    # delivery, a new suppression) is never deleted.  Cutoffs are times (``received_at`` etc.
    # older than the cutoff go); None keeps that kind of row forever.
    #
    # Kept whatever their age: an event any outbox row refers to (pending, dead, or done and not
    # yet pruned: ``claim`` joins events, and ``outbox retry`` can bring a dead letter back), an
    # event a suppression row names as its cause (``event_id``), the ``suppressed`` event of an
    # address still listed; a stored message a pending or dead delivery may still forward; a
    # soft bounce the policy may still count (and one read less than that long ago).
    _EVENT_KEEP = (
        " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = e.id)"
        " AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.event_id = e.id)"
        " AND NOT (e.event = 'suppressed' AND e.address IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM suppression s2 WHERE s2.address = e.address))")
    # the same, counting deliveries the deliveries step of the same run removes first (dry run)
    _EVENT_KEEP_DRY = _EVENT_KEEP.replace(
        "WHERE o.event_id = e.id)",
        "WHERE o.event_id = e.id AND NOT (:deliveries IS NOT NULL AND ("
        "(o.state = 'done' AND o.next_attempt < :deliveries AND o.done_at < :deliveries)"
        " OR (o.state = 'dead' AND o.next_attempt < :deliveries AND o.created_at < :deliveries))))")
    _EVENT_AGE = ("e.received_at < CASE WHEN e.event IN ('untrusted', 'untrusted_surge') THEN :untrusted"
                  " WHEN e.event = 'bounce' AND e.kind = 'not_bounce' THEN :not_bounce ELSE :events END")
    _DELIVERY_DONE = ("(state = 'done' AND next_attempt < :deliveries AND done_at < :deliveries)"
                      " OR (state = 'dead' AND next_attempt < :deliveries AND created_at < :deliveries)")
    _MESSAGE_GONE = (
        "(NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)"
        " OR EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id AND e.received_at < :messages))"
        " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = m.event_id AND o.state IN ('pending', 'dead'))")
    _SOFT_GONE = ("sb.at < :soft AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = sb.event_id"
                  " AND e.received_at >= :soft)")
    _retention_ready = False

    def _retention_indexes(self) -> None:
        """The index that finds the suppression row naming an event (made once, on first prune)."""
        if not self._retention_ready:
            with self.transaction(durable=False):
                self.db.execute("CREATE INDEX IF NOT EXISTS suppression_event ON suppression (event_id)")
            self._retention_ready = True

    @staticmethod
    def _cutoffs(cutoffs: dict[str, float | None]) -> dict[str, float | None]:
        keys = ("events", "untrusted", "not_bounce", "deliveries", "messages", "soft")
        return {k: cutoffs.get(k) for k in keys}

    def prune_candidates(self, what: str, cutoffs: dict[str, float | None], *, after: tuple = (),
                         limit: int = 500, dry_run: bool = False) -> list[tuple]:
        """Up to ``limit`` rows of ``what`` (``events`` | ``messages`` | ``soft_bounces``) that
        may be deleted, after the cursor ``after`` (the last item of the previous call), in
        order; each item is a cursor: ``(received_at, rowid)`` for events, ``(rowid,)`` else.
        Read only.  ``dry_run``: count the deliveries the same run would remove as gone."""
        try:
            self._retention_indexes()
        except StoreUnavailable:
            if not dry_run:  # a dry run (perhaps as a user who may only read) goes on without it
                raise
        c = self._cutoffs(cutoffs)
        if what == "events":
            ages = [c[k] for k in ("events", "untrusted", "not_bounce") if c[k] is not None]
            if not ages:
                return []
            r, i = after or (float("-inf"), 0)
            keep = self._EVENT_KEEP_DRY if dry_run else self._EVENT_KEEP
            return [tuple(x) for x in self._read(
                "SELECT e.received_at, e.rowid FROM events e WHERE e.received_at < :hi AND e.received_at >= :r"
                f" AND (e.received_at > :r OR e.rowid > :i) AND {self._EVENT_AGE}{keep}"
                " ORDER BY e.received_at, e.rowid LIMIT :limit", {**c, "hi": max(ages), "r": r, "i": i, "limit": limit})]
        if what == "messages":
            if c["messages"] is None:
                return []
            return [tuple(x) for x in self._read(
                f"SELECT m.rowid FROM messages m WHERE m.rowid > :i AND {self._MESSAGE_GONE} ORDER BY m.rowid"
                " LIMIT :limit", {**c, "i": (after or (0,))[0], "limit": limit})]
        if what == "soft_bounces":
            if c["soft"] is None:
                return []
            return [tuple(x) for x in self._read(
                f"SELECT sb.rowid FROM soft_bounces sb WHERE sb.rowid > :i AND {self._SOFT_GONE} ORDER BY sb.rowid"
                " LIMIT :limit", {**c, "i": (after or (0,))[0], "limit": limit})]
        raise ValueError(f"prune_candidates: {what!r}")

    def prune_rows(self, what: str, cursors: list[tuple], cutoffs: dict[str, float | None]) -> int:
        """Delete those candidates of :meth:`prune_candidates` that may still go, in ONE short
        transaction (without fsync: a prune lost in a power cut is done again).  An event goes
        with its stored message.  Returns how many rows were deleted."""
        if not cursors:
            return 0
        c = self._cutoffs(cutoffs)
        n = 0
        with self.transaction(durable=False):
            for cur in cursors:
                args = {**c, "rowid": cur[-1]}
                if what == "events":
                    row = self.db.execute(f"SELECT e.id FROM events e WHERE e.rowid = :rowid AND {self._EVENT_AGE}"
                                          f"{self._EVENT_KEEP}", args).fetchone()
                    if row is None:
                        continue
                    self.db.execute("DELETE FROM messages WHERE event_id = ?", row)
                    n += self.db.execute("DELETE FROM events WHERE id = ?", row).rowcount
                elif what == "messages":
                    n += self.db.execute("DELETE FROM messages WHERE rowid IN (SELECT m.rowid FROM messages m"
                                         f" WHERE m.rowid = :rowid AND {self._MESSAGE_GONE})", args).rowcount
                elif what == "soft_bounces":
                    n += self.db.execute("DELETE FROM soft_bounces WHERE rowid IN (SELECT sb.rowid FROM"
                                         f" soft_bounces sb WHERE sb.rowid = :rowid AND {self._SOFT_GONE})",
                                         args).rowcount
                else:
                    raise ValueError(f"prune_rows: {what!r}")
        return n

    def prune_deliveries(self, cutoff: float | None, *, limit: int = 500, dry_run: bool = False) -> int:
        """Delete up to ``limit`` finished deliveries (``done`` before ``cutoff``; dead letters
        last tried before it) in one short transaction; pending ones never.  ``dry_run``: count
        them all, delete nothing."""
        if cutoff is None:
            return 0
        if dry_run:
            return self._read(f"SELECT count(*) FROM outbox WHERE {self._DELIVERY_DONE}", {"deliveries": cutoff})[0][0]
        with self.transaction(durable=False):
            return self.db.execute(f"DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE {self._DELIVERY_DONE}"
                                   " LIMIT :limit)", {"deliveries": cutoff, "limit": limit}).rowcount

    def table_counts(self) -> dict[str, int]:
        """Rows per table (events, outbox, messages, soft_bounces, suppression): read only."""
        return {t: self._read(f"SELECT count(*) FROM {t}")[0][0]
                for t in ("events", "outbox", "messages", "soft_bounces", "suppression")}

    def file_stats(self) -> dict[str, int]:
        """Bytes of the database: ``size`` (pages in use and free), ``free`` (free pages, reused
        by later writes before the file grows), ``wal`` (the write-ahead log's file)."""
        page = self._read("PRAGMA page_size")[0][0]
        pages = self._read("PRAGMA page_count")[0][0]
        free = self._read("PRAGMA freelist_count")[0][0]
        try:
            wal = os.path.getsize(str(self.path) + "-wal")
        except OSError:
            wal = 0
        return {"size": page * pages, "free": page * free, "wal": wal}

    def vacuum(self) -> None:
        """Rewrite the database without its free pages (``VACUUM``), then truncate the WAL.

        Holds the write lock for the whole rewrite (seconds for a large store: pipes wait up to
        ``store.busy_timeout``, then defer with 75): for a quiet moment, after a large first
        prune.  Day to day it is not needed: pruned pages are reused before the file grows."""
        try:
            self.db.execute("VACUUM")
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as e:
            if _is_store_error(e):
                raise _unavailable(e, self.path) from None
            raise

    # -- statistics (``bouncefilter stats``): read only -----------------------------------------
    # the domain of an address: what follows its last '@' (rtrim strips the characters that are
    # not '@' from the right, leaving the local part and its '@'; the domain holds no '@')
    _DOMAIN = "replace(address, rtrim(address, replace(address, '@', '')), '')"

    def stats_events(self, since: float, until: float | None = None) -> list[tuple]:
        """``(event, kind, class, reason, count)`` of the events received in the period."""
        until = float("inf") if until is None else until
        return [tuple(r) for r in self._read(
            "SELECT event, kind, class, reason, count(*) FROM events WHERE received_at >= ? AND received_at < ?"
            " GROUP BY event, kind, class, reason", (since, until))]

    def stats_domains(self, since: float, until: float | None = None, *, limit: int = 10) -> list[tuple]:
        """``(domain, bounces, addresses, hard, soft, block, other)`` of the failed and delayed
        ``bounce`` events received in the period, the most bounces first."""
        until = float("inf") if until is None else until
        return [tuple(r) for r in self._read(
            f"SELECT {self._DOMAIN} AS domain, count(*) AS n, count(DISTINCT address),"
            " sum(class = 'hard'), sum(class = 'soft'), sum(class = 'block'),"
            " sum(class IS NULL OR class NOT IN ('hard', 'soft', 'block'))"
            " FROM events WHERE received_at >= ? AND received_at < ? AND event = 'bounce'"
            " AND kind IN ('failed', 'delayed') AND address IS NOT NULL"
            " GROUP BY domain ORDER BY n DESC, domain LIMIT ?", (since, until, limit))]

    def stats_soft_candidates(self, *, now: float, window: float, at_least: int, limit: int = 20
                              ) -> tuple[int, list[tuple]]:
        """Addresses not suppressed with at least ``at_least`` soft bounces counted within
        ``window`` before ``now``: ``(total, [(address, count, last_at), ...])``, most first."""
        sql = ("FROM soft_bounces sb WHERE sb.at > ? AND sb.at <= ?"
               " AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.address = sb.address)"
               " GROUP BY sb.address HAVING count(*) >= ?")
        args = (now - window, now, at_least)
        total = self._read(f"SELECT count(*) FROM (SELECT sb.address {sql})", args)[0][0]
        rows = self._read(f"SELECT sb.address, count(*) AS n, max(sb.at) {sql} ORDER BY n DESC, sb.address LIMIT ?",
                          (*args, limit))
        return total, [tuple(r) for r in rows]

    def stats_suppressions(self, since: float, until: float | None = None) -> list[tuple]:
        """``(policy, reason, count)`` of the suppression rows first seen in the period (still
        listed)."""
        until = float("inf") if until is None else until
        return [tuple(r) for r in self._read(
            "SELECT policy, reason, count(*) FROM suppression WHERE first_seen >= ? AND first_seen < ?"
            " GROUP BY policy, reason", (since, until))]

    # -- copying between stores (``bouncefilter store copy``) ------------------------------------
    def dump(self, table: str, after: tuple, limit: int) -> list[tuple]:
        """Rows of one of :data:`filter.store.base.COPY_TABLES`, paged by its key."""
        name, cols, key = next(t for t in COPY_TABLES if t[0] == table)
        if name == "verp_addresses":
            self._verp_table()
        elif name == "pop3_uidls":
            self._pop3_table()
        elif name == "hygiene":
            self._hygiene_table()
        where = f" WHERE ({', '.join(key)}) > ({', '.join('?' * len(key))})" if after else ""
        rows = self._read(f"SELECT {', '.join(cols)} FROM {name}{where} ORDER BY {', '.join(key)} LIMIT ?",
                          (*after, limit))
        return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows]

    def load(self, table: str, rows: list[tuple]) -> int:
        """Insert the rows whose key is not there yet, in one transaction; how many were new."""
        name, cols, _ = next(t for t in COPY_TABLES if t[0] == table)
        if name == "verp_addresses":
            self._verp_table()
        elif name == "pop3_uidls":
            self._pop3_table()
        elif name == "hygiene":
            self._hygiene_table()
        for r in rows:
            if "address" in cols and r[cols.index("address")] is not None:
                check_address(r[cols.index("address")])
        with self.transaction():
            cur = self.db.executemany(f"INSERT OR IGNORE INTO {name} ({', '.join(cols)}) VALUES"
                                      f" ({', '.join('?' * len(cols))})", rows)
        return max(cur.rowcount, 0)

    def schema_version(self) -> int:
        """The schema version this file holds (SQLite's ``user_version``)."""
        return int(self._read("PRAGMA user_version")[0][0])

    def suppression_count(self) -> int:
        return self._read("SELECT count(*) FROM suppression")[0][0]

    # -- read queries of the web console, its API and `bouncefilter report` (filter/web/) --------
    # (additive block, issue 14: read only; the same methods in postgres.py and base.py)
    def suppressions_page(self, *, after: tuple | None = None, limit: int = 100, search: str | None = None,
                          order: str = "address") -> list[dict[str, Any]]:
        """One page of the list: ``order`` ``address`` (cursor ``(address,)``) or ``newest``
        (first seen, newest first; cursor ``(first_seen, address)``); ``search`` a substring."""
        where, args = [], []
        if search:
            where.append("address LIKE ? ESCAPE '\\'")
            args.append("%" + search.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if after and order == "newest":
            where.append("(first_seen, address) < (?, ?)")
            args += [after[0], after[1]]
        elif after:
            where.append("address > ?")
            args.append(after[0])
        sql = (f"SELECT {', '.join(self._SUPP_COLS)} FROM suppression" + (" WHERE " + " AND ".join(where) if where else "")
               + (" ORDER BY first_seen DESC, address DESC" if order == "newest" else " ORDER BY address") + " LIMIT ?")
        return [dict(zip(self._SUPP_COLS, r)) for r in self._read(sql, (*args, int(limit)))]

    def suppressions_of(self, addresses: list[str]) -> list[dict[str, Any]]:
        """The rows of those of ``addresses`` (lowercase) that are listed: one query."""
        if not addresses:
            return []
        marks = ",".join("?" * len(addresses))
        rows = self._read(f"SELECT {', '.join(self._SUPP_COLS)} FROM suppression WHERE address IN ({marks})",
                          tuple(addresses))
        return [dict(zip(self._SUPP_COLS, r)) for r in rows]

    def stats_days(self, since: float, until: float | None = None) -> list[tuple]:
        """``(day, event, kind, class, count)`` of the events received in the period; ``day`` is
        UNIX days (``received_at // 86400``, UTC)."""
        until = float("inf") if until is None else until
        return [tuple(r) for r in self._read(
            "SELECT CAST(received_at / 86400 AS INTEGER) AS day, event, kind, class, count(*) FROM events"
            " WHERE received_at >= ? AND received_at < ? GROUP BY day, event, kind, class", (since, until))]

    def stats_domain_days(self, since: float, until: float | None, domains: list[str]) -> list[tuple]:
        """``(domain, day, class, reason, count)`` of the failed and delayed bounces of ``domains``."""
        if not domains:
            return []
        until = float("inf") if until is None else until
        marks = ",".join("?" * len(domains))
        return [tuple(r) for r in self._read(
            f"SELECT {self._DOMAIN} AS domain, CAST(received_at / 86400 AS INTEGER) AS day, class, reason, count(*)"
            " FROM events WHERE received_at >= ? AND received_at < ? AND event = 'bounce'"
            f" AND kind IN ('failed', 'delayed') AND address IS NOT NULL AND domain IN ({marks})"
            " GROUP BY domain, day, class, reason", (since, until, *domains))]

    def events_page(self, *, address: str | None = None, event: str | None = None, kind: str | None = None,
                    class_: str | None = None, reason: str | None = None, since: float | None = None,
                    until: float | None = None, before: tuple | None = None, limit: int = 50
                    ) -> list[tuple[float, str, dict[str, Any]]]:
        """``(received_at, id, payload)`` newest first; ``before``: the cursor ``(received_at, id)``
        of the last row of the previous page."""
        where, args = [], []
        for col, val in (("address", address), ("event", event), ("kind", kind), ("class", class_),
                         ("reason", reason)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val.lower() if col == "address" else val)
        if since is not None:
            where.append("received_at >= ?")
            args.append(since)
        if until is not None:
            where.append("received_at < ?")
            args.append(until)
        if before:
            where.append("(received_at, id) < (?, ?)")
            args += [before[0], before[1]]
        sql = ("SELECT received_at, id, payload FROM events" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY received_at DESC, id DESC LIMIT ?")
        return [(r[0], r[1], json.loads(r[2])) for r in self._read(sql, (*args, int(limit)))]

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event's payload by its id."""
        rows = self._read("SELECT payload FROM events WHERE id = ?", (event_id,))
        return json.loads(rows[0][0]) if rows else None

    def stats_delivery_latency(self, bounds: list[float]) -> tuple[list[int], int, float]:
        """Finished deliveries (``done``, kept by retention): how many took at most each of
        ``bounds`` seconds from enqueue to done, how many in all, and their total seconds."""
        cases = ", ".join("sum(CASE WHEN done_at - created_at <= ? THEN 1 ELSE 0 END)" for _ in bounds)
        row = self._read(f"SELECT count(*), coalesce(sum(done_at - created_at), 0){', ' + cases if cases else ''}"
                         " FROM outbox WHERE state = 'done' AND done_at IS NOT NULL", tuple(bounds))[0]
        return [int(n or 0) for n in row[2:]], int(row[0]), float(row[1])
