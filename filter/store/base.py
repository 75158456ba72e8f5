"""What a store offers, whatever engine keeps it: the contract the engine, the outbox, retention,
statistics and the CLI rely on.

Two engines implement it: :class:`filter.store.sqlite.Store` (one SQLite file in ``state_dir``,
the embedded default) and :class:`filter.store.postgres.PgStore` (a PostgreSQL database that
several hosts share, ``docs/several-hosts.md``).  :func:`filter.store.open_store` picks one from
the config's ``store:`` section; callers never name an engine.

Guarantees both keep (tests/test_store.py runs the same tests on both):

- **Atomic units.**  :meth:`StoreProtocol.transaction` is one transaction: an event, its
  suppression and its enqueued deliveries are committed together or not at all.  Inside
  :meth:`StoreProtocol.group` (the LMTP service's group commit) each ``transaction()`` is a
  savepoint of one shared transaction.
- **Content-derived ids.**  An event whose id is known is not inserted again
  (:meth:`insert_event` returns False): the same bounce recorded twice, by one host or by two, is
  one event; ``(event_id, action)`` is unique in the outbox, so it is one delivery per action.
- **Leases.**  :meth:`claim` takes pending deliveries for ``lease`` seconds; a lease held by a
  live other owner is respected, an expired one (or one of a dead process of this host) is taken
  over; every outcome is written only while this store still holds the lease.
- **Failure is StoreUnavailable.**  Anything that prevents recording durably (locked past the
  busy timeout, disk full, server down, connection lost) raises :class:`StoreUnavailable`: the
  pipe answers 75 (EX_TEMPFAIL), the LMTP service 451, the milter fails open and the POP3 bridge
  leaves the message on the server, so nothing is lost.  Programming errors are not hidden.
- **The address rule.**  Every address that enters a table passed
  :func:`filter.core.address.check_address` (AddressError, nothing written).
"""
from __future__ import annotations

import bisect
import os
import time
from dataclasses import dataclass

__all__ = ["StoreUnavailable", "Delivery", "soft_bounce_count", "owner_id", "owner_dead",
           "iso", "COPY_TABLES", "HYGIENE_COLS"]


class StoreUnavailable(Exception):
    """The store cannot record durably now (locked, full, unwritable, corrupt, unreachable): retry later."""


@dataclass(slots=True)
class Delivery:
    """One (event, action) pair of the outbox."""

    id: int
    event_id: str
    action: str
    state: str
    attempts: int
    created_at: float
    next_attempt: float
    last_error: str | None
    payload: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "event_id": self.event_id, "action": self.action, "state": self.state,
                "attempts": self.attempts, "created_at": iso(self.created_at),
                "next_attempt": iso(self.next_attempt), "last_error": self.last_error}


def iso(t: float | None) -> str | None:
    return None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def owner_id() -> str:
    """``host:pid/nonce``: one owner per store object (two stores of one process never share a
    lease; hosts that share a PostgreSQL store tell their leases apart by the host part)."""
    return f"{os.uname().nodename}:{os.getpid()}/{os.urandom(4).hex()}"


def owner_dead(owner: str | None) -> bool:
    """A lease taken by a process of this host that no longer exists can be taken over at once.
    A lease of another host is never judged dead here: it expires."""
    if not owner:
        return True
    host, _, pid = owner.rpartition(":")
    pid = pid.partition("/")[0]
    if host != os.uname().nodename or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def soft_bounce_count(ats: list[float], at: float, window: float) -> int:
    """How many soft bounces the policy counts for one just recorded at ``at``: the most that
    any period of ``window`` seconds holding ``at`` contains (``ats``: the address's soft-bounce
    times, ``at`` among them).

    Why not simply those up to ``at``: bounces arrive out of order (several MX hosts, MTA retries,
    a POP3 backlog), and three soft bounces recorded newest first must suppress as they would in
    order.  The periods considered are ``(t - window, t]`` for every recorded ``t`` with
    ``at <= t < at + window``; ``t = at`` is the count of bounces in order.
    """
    s = sorted(ats)
    best = 0
    for t in s[bisect.bisect_left(s, at):]:
        if t >= at + window:
            break
        n = bisect.bisect_right(s, t) - bisect.bisect_right(s, t - window)
        best = max(best, n)
    return best


#: what ``bouncefilter store copy`` moves, table by table, in this order (events before the
#: deliveries that join them): (table, columns, the unique key it is paged and deduplicated by).
#: An outbox row is copied without its id (the target numbers its own) and without a lease.
COPY_TABLES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("events", ("id", "event", "kind", "address", "class", "reason", "source", "received_at", "occurred_at",
                "cause", "payload"), ("id",)),
    ("messages", ("event_id", "raw"), ("event_id",)),
    ("soft_bounces", ("address", "at", "event_id"), ("address", "event_id")),
    ("suppression", ("address", "reason", "class", "kind", "policy", "event_id", "first_seen", "last_seen"),
     ("address",)),
    ("outbox", ("event_id", "action", "state", "attempts", "created_at", "next_attempt", "last_error", "done_at"),
     ("event_id", "action")),
    ("verp_addresses", ("digest", "address", "at"), ("digest",)),
    ("pop3_uidls", ("account", "uidl", "state", "at"), ("account", "uidl")),
    ("hygiene", ("address", "state", "at", "due", "strikes", "reason", "class", "event_id", "note"), ("address",)),
)

#: an address's list-hygiene mark (``filter/hygiene/probation.py``, ``filter/hygiene/reconfirm.py``):
#: ``state`` is ``probation`` (sendable again, watched until ``due``), ``held`` (kept suppressed:
#: the verify run at the end of the quiet period found it undeliverable; looked at again at
#: ``due``), ``suppressed`` (suppressed again from probation, may have probation again),
#: ``final`` (suppressed for good), ``reconfirm`` (a re-confirmation mail sent; the removal becomes
#: final at ``due`` without an answer) or ``removed`` (removal made final); ``strikes``: how
#: often the address was suppressed again from probation; ``reason``/``class``: of the
#: suppression that led here; ``event_id``: the event that set the mark; ``note``: why (held)
HYGIENE_COLS = ("address", "state", "at", "due", "strikes", "reason", "class", "event_id", "note")


#: ``typing.TYPE_CHECKING`` without importing ``typing`` (2 ms of every pipe's start): the protocol is for
#: readers and type checkers, nothing checks it at run time
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, ContextManager, Iterator, Protocol

    class StoreProtocol(Protocol):
        """The operations a store offers (see the module docstring for the guarantees).

        Writes marked *(inside a transaction)* are called within :meth:`transaction`; the others
        open their own short transaction or only read.  Times are UNIX seconds (floats).
        """

        #: ``host:pid/nonce``, written into the leases this store takes
        owner: str
        #: durable commits made (group commit makes one for several records)
        commits: int

        def close(self) -> None: ...
        def __enter__(self) -> "StoreProtocol": ...
        def __exit__(self, *exc: Any) -> None: ...

        # transactions
        def transaction(self, durable: bool = True, immediate: bool = True) -> ContextManager["StoreProtocol"]:
            """One atomic unit; ``durable=False`` may skip the flush to disk (outbox bookkeeping)."""
        def group(self) -> ContextManager["StoreProtocol"]:
            """One durable transaction several records share; ``transaction()`` inside is a savepoint."""

        # events
        def insert_event(self, *, id: str, event: str, kind: str | None, address: str | None,
                         class_: str | None, reason: str | None, source: str | None, received_at: float,
                         occurred_at: float, cause: str | None, payload: dict[str, Any]) -> bool:
            """(inside a transaction) True when the id was new."""
        def insert_events_many(self, rows: list[tuple]) -> int: ...
        def events(self, *, address: str | None = None, kind: str | None = None, event: str | None = None,
                   since: float | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
            """Payloads in the order received."""
        def count_events(self, event: str, *, since: float) -> int: ...
        def save_message(self, event_id: str, raw: bytes) -> None: ...
        def message(self, event_id: str) -> bytes | None: ...

        # soft-bounce history (inside a transaction)
        def add_soft_bounce(self, address: str, at: float, event_id: str, *, window: float,
                            reset_after: float) -> int:
            """Count one soft bounce; the count :func:`soft_bounce_count` gives, decided under a lock
            on the address so that concurrent writers never miss a threshold."""
        def clear_soft_bounces(self, address: str) -> None: ...
        def lock_address(self, address: str) -> None:
            """(inside a transaction) Serialise the decisions about one address until it commits."""
        def soft_bounce_count(self, address: str) -> int: ...

        # suppression list
        def suppression(self, address: str) -> dict[str, Any] | None: ...
        def suppressed(self) -> list[dict[str, Any]]: ...
        def suppress(self, address: str, *, reason: str | None, class_: str | None, kind: str | None,
                     policy: str, event_id: str | None, at: float) -> tuple[bool, dict[str, Any]]:
            """(inside a transaction) (newly suppressed?, the row): one writer only ever sees True."""
        def unsuppress(self, address: str) -> dict[str, Any] | None: ...
        def suppression_count(self) -> int: ...
        def import_suppressions(self, rows: list[tuple], *, at: float, source: str,
                                actions: dict[int, tuple[str, ...]], leased: tuple[str, ...] = (),
                                lease: float | None = None) -> tuple[list[str], int, tuple[int, int]]: ...

        # list hygiene (HYGIENE_COLS; filter/hygiene/probation.py and reconfirm.py)
        def hygiene(self, address: str) -> dict[str, Any] | None: ...
        def set_hygiene(self, address: str, *, state: str, at: float, due: float | None, strikes: int = 0,
                        reason: str | None = None, class_: str | None = None, event_id: str | None = None,
                        note: str | None = None) -> None:
            """(inside a transaction) Write the address's mark, replacing the one it had."""
        def clear_hygiene(self, address: str) -> dict[str, Any] | None:
            """(inside a transaction) Forget the address's mark; the mark it had, or None."""
        def hygiene_due(self, state: str, now: float, *, limit: int = 500) -> list[dict[str, Any]]: ...
        def hygiene_marks(self, state: str | None = None) -> list[dict[str, Any]]: ...
        def probation_candidates(self, *, quiet_since: float, now: float, limit: int = 500) -> list[dict[str, Any]]:
            """``soft_bounce`` suppressions quiet since ``quiet_since``, not held past ``now``."""

        # outbox
        def enqueue(self, event_id: str, action: str, now: float) -> bool: ...
        def enqueue_many(self, pairs: list[tuple[str, str]], now: float) -> int: ...
        def claim(self, *, now: float | None = None, lease: float = 300.0, due_only: bool = True,
                  event_ids: list[str] | None = None, after_id: int = 0, limit: int = 500) -> list[Delivery]: ...
        def renew(self, delivery_ids: list[int], now: float | None = None, lease: float = 300.0) -> list[int]: ...
        def pending_count(self, *, now: float | None = None, due_only: bool = True,
                          event_ids: list[str] | None = None, after_id: int = 0) -> int: ...
        def complete(self, delivery_id: int, now: float | None = None) -> bool: ...
        def complete_many(self, delivery_ids: list[int], now: float | None = None) -> int: ...
        def postpone(self, delivery_id: int, next_attempt: float) -> bool: ...
        def fail(self, delivery_id: int, error: str, *, next_attempt: float | None) -> bool: ...
        def release(self, delivery_ids: list[int]) -> None: ...
        def settle_leased(self, action: str, ids: tuple[int, int], *, done: bool, now: float | None = None,
                          event_ids: list[str] | None = None) -> int: ...
        def delivery_id(self, event_id: str, action: str) -> int | None: ...
        def deliveries(self, states: tuple[str, ...] = ("pending", "dead"), *, limit: int | None = None
                       ) -> list[Delivery]: ...
        def retry(self, ids: list[int] | None = None, *, now: float | None = None) -> int: ...
        def counts(self) -> dict[str, int]: ...
        def next_due(self) -> float | None: ...

        # hashed signed return paths, POP3 UIDL memory
        def verp_remember(self, digest: str, address: str, at: float | None = None) -> None: ...
        def verp_address(self, digest: str) -> str | None: ...
        def pop3_uidls(self, account: str) -> dict[str, str]: ...
        def pop3_remember(self, account: str, uidl: str, state: str, at: float | None = None) -> None: ...
        def pop3_forget(self, account: str, uidls: list[str]) -> None: ...

        # retention and statistics (read only, or short batches)
        def prune_candidates(self, what: str, cutoffs: dict[str, float | None], *, after: tuple = (),
                             limit: int = 500, dry_run: bool = False) -> list[tuple]: ...
        def prune_rows(self, what: str, cursors: list[tuple], cutoffs: dict[str, float | None]) -> int: ...
        def prune_deliveries(self, cutoff: float | None, *, limit: int = 500, dry_run: bool = False) -> int: ...
        def table_counts(self) -> dict[str, int]: ...
        def file_stats(self) -> dict[str, int]: ...
        def vacuum(self) -> None: ...
        def stats_events(self, since: float, until: float | None = None) -> list[tuple]: ...
        def stats_domains(self, since: float, until: float | None = None, *, limit: int = 10) -> list[tuple]: ...
        def stats_soft_candidates(self, *, now: float, window: float, at_least: int, limit: int = 20
                                  ) -> tuple[int, list[tuple]]: ...
        def stats_suppressions(self, since: float, until: float | None = None) -> list[tuple]: ...

        # copying between stores (``bouncefilter store copy``)
        def dump(self, table: str, after: tuple, limit: int) -> list[tuple]:
            """Up to ``limit`` rows of one of :data:`COPY_TABLES` (its columns), after the key ``after``."""
        def load(self, table: str, rows: list[tuple]) -> int:
            """Insert rows :meth:`dump` gave, those whose key is not there yet (one transaction); how many."""

        # schema
        def schema_version(self) -> int:
            """The version of the schema the store holds (``bouncefilter store migrate``)."""

        # read queries of the web console, its API and ``bouncefilter report`` (filter/web/; additive, issue 14)
        def suppressions_page(self, *, after: tuple | None = None, limit: int = 100, search: str | None = None,
                              order: str = "address") -> list[dict[str, Any]]:
            """One page of the list by ``address`` (cursor ``(address,)``) or ``newest`` first
            (cursor ``(first_seen, address)``), optionally rows whose address holds ``search``."""
        def suppressions_of(self, addresses: list[str]) -> list[dict[str, Any]]:
            """The rows of the listed ones of ``addresses`` (lowercase), in one query (bulk check)."""
        def stats_days(self, since: float, until: float | None = None) -> list[tuple]:
            """``(day, event, kind, class, count)``; ``day`` = ``received_at // 86400`` (UTC days)."""
        def stats_domain_days(self, since: float, until: float | None, domains: list[str]) -> list[tuple]:
            """``(domain, day, class, reason, count)`` of the failed and delayed bounces of ``domains``."""
        def events_page(self, *, address: str | None = None, event: str | None = None, kind: str | None = None,
                        class_: str | None = None, reason: str | None = None, since: float | None = None,
                        until: float | None = None, before: tuple | None = None, limit: int = 50
                        ) -> list[tuple[float, str, dict[str, Any]]]:
            """``(received_at, id, payload)`` newest first, after the cursor ``before`` (received_at, id)."""
        def event(self, event_id: str) -> dict[str, Any] | None:
            """One event's payload by id."""
        def stats_delivery_latency(self, bounds: list[float]) -> tuple[list[int], int, float]:
            """Done deliveries: (how many took at most each bound, from enqueue to done; count; total seconds)."""
