"""Retention: what the store stops keeping (``retention:``), pruned by ``bouncefilter prune`` and,
every ``retention.interval``, by ``bouncefilter outbox work``.

    from filter.engine.retention import prune
    result = prune(store, config, now=time.time())      # PruneResult: rows deleted per table

What goes, oldest first (ages from ``retention:``, 0 = keep forever):

* finished deliveries (``outbox`` rows ``done``, or dead letters last tried) older than
  ``deliveries``; pending ones never;
* events received longer ago than ``events`` (``untrusted`` / ``untrusted_surge`` events:
  ``untrusted``; ``not_bounce`` records: ``not_bounce``), with their stored message, except an
  event an outbox row still refers to, one a suppression row names as its cause, and the
  ``suppressed`` event of an address still listed;
* raw messages kept for ``forward`` actions whose event was received longer ago than ``messages``,
  unless a pending or dead delivery may still forward them;
* soft bounces the policy can no longer count: older than ``soft_bounce.window`` +
  ``reset_after`` (what :meth:`filter.store.sqlite.Store.add_soft_bounce` forgets itself), and read
  that long ago too (a backfill of old bounces keeps its history while it runs).

Never: the suppression list.

Small transactions: each step deletes at most ``retention.batch`` rows per transaction, found
beforehand by a read that takes no lock, and pauses between transactions as long as the last
one took, so the write lock is held half the time at most and for a few milliseconds at once:
a pipe, the milter or the LMTP service keep recording meanwhile.  Deletions are not fsynced (a
prune lost in a power cut is simply done again).

File size: SQLite reuses the pages freed by a prune before it grows the file, so a store pruned
regularly stops growing once it holds ``retention`` worth of rows.  To give the space back to the
file system (after a first prune of a large store), ``bouncefilter prune --vacuum`` rewrites the
file (``VACUUM``, holding the write lock meanwhile: for a quiet moment).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config
    from filter.store.base import StoreProtocol as Store

__all__ = ["PruneResult", "prune", "cutoffs"]

#: the steps of one run, in order (deliveries first: they keep events)
STEPS = ("deliveries", "events", "messages", "soft_bounces")


@dataclass(slots=True)
class PruneResult:
    """Rows deleted (or, in a dry run, that would be) per table."""

    deliveries: int = 0
    events: int = 0
    messages: int = 0
    soft_bounces: int = 0
    #: write transactions used, and seconds the run took (pauses included)
    transactions: int = 0
    seconds: float = 0.0
    #: False when the deadline stopped the run before it was through (the next run goes on)
    complete: bool = True
    dry_run: bool = False
    cutoffs: dict = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.deliveries + self.events + self.messages + self.soft_bounces

    def to_dict(self) -> dict:
        iso = lambda t: None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))  # noqa: E731
        return {"dry_run": self.dry_run, "complete": self.complete, "deliveries": self.deliveries,
                "events": self.events, "messages": self.messages, "soft_bounces": self.soft_bounces,
                "transactions": self.transactions, "seconds": round(self.seconds, 3),
                "cutoffs": {k: iso(v) for k, v in self.cutoffs.items()}}


def cutoffs(config: "Config", now: float) -> dict[str, float | None]:
    """The time before which each kind of row goes (None: kept forever)."""
    rt, sb = config.retention, config.soft_bounce
    cut = lambda age: None if not age else now - age  # noqa: E731
    return {"events": cut(rt.events), "untrusted": cut(rt.untrusted), "not_bounce": cut(rt.not_bounce),
            "deliveries": cut(rt.deliveries), "messages": cut(rt.messages),
            "soft": now - (sb.window + sb.reset_after)}


def prune(store: "Store", config: "Config", *, now: float | None = None, dry_run: bool = False,
          deadline: float | None = None, should_stop: Callable[[], bool] = lambda: False,
          sleep: Callable[[float], None] = time.sleep) -> PruneResult:
    """One retention run over the store (see the module's docstring).

    ``deadline`` (``time.monotonic()``) and ``should_stop`` end the run early, between two
    transactions (``complete`` is then False).  ``dry_run`` deletes nothing and counts what one
    run would delete.  Raises :class:`filter.store.sqlite.StoreUnavailable` when the store cannot be
    used (what was deleted before stays deleted).
    """
    started = time.monotonic()
    now = time.time() if now is None else now
    cut = cutoffs(config, now)
    batch = config.retention.batch
    result = PruneResult(dry_run=dry_run, cutoffs=cut)

    def stopped() -> bool:
        if should_stop() or (deadline is not None and time.monotonic() >= deadline):
            result.complete = False
            return True
        return False

    def write(fn):
        """Run one small write transaction, then pause as long as it took (at least 1 ms)."""
        t = time.monotonic()
        n = fn()
        result.transactions += 1
        sleep(max(0.001, time.monotonic() - t))
        return n

    try:
        # finished deliveries first: an event is kept while any delivery of it is
        if dry_run:
            result.deliveries = store.prune_deliveries(cut["deliveries"], dry_run=True)
        else:
            while not stopped():
                n = write(lambda: store.prune_deliveries(cut["deliveries"], limit=batch))
                result.deliveries += n
                if n < batch:
                    break
        for what in ("events", "messages", "soft_bounces"):
            after: tuple = ()
            while not stopped():
                found = store.prune_candidates(what, cut, after=after, limit=batch, dry_run=dry_run)
                if not found:
                    break
                after = found[-1]
                if dry_run:
                    n = len(found)
                else:
                    n = write(lambda: store.prune_rows(what, found, cut))
                setattr(result, what, getattr(result, what) + n)
                if len(found) < batch:
                    break
    finally:
        result.seconds = time.monotonic() - started
    return result


def summary(result: PruneResult) -> str:
    """One line: what was (or would be) deleted."""
    verb = "would delete" if result.dry_run else "deleted"
    text = (f"{verb} {result.events} event(s), {result.deliveries} finished delivery(ies), "
            f"{result.messages} stored message(s), {result.soft_bounces} old soft bounce(s)")
    if not result.dry_run:
        text += f" in {result.transactions} transaction(s), {result.seconds:.2f}s"
    if not result.complete:
        text += " (stopped before the end: the next run goes on)"
    return text
