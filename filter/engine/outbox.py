"""The delivery loop: pending deliveries of the store's outbox -> actions.

Two levels of retry, because targets fail in two ways:

* in process, within one attempt, tenacity retries a :class:`~filter.engine.actions.Retry` a few times
  with exponential backoff and jitter (``outbox.tries``, ``backoff_initial`` .. ``backoff_max``):
  a dropped connection or a 503 during a deploy is over in seconds;
* durably, across hours: a delivery that still fails keeps ``state='pending'`` with a
  ``next_attempt`` that doubles from ``retry_initial`` up to ``retry_max`` (with jitter, so a
  recovering receiver is not hit by every sender at once), until ``max_age`` makes it a dead
  letter.  ``bouncefilter outbox retry`` puts dead letters back.

Deliveries are leased (``store.claim``) before an attempt, so the worker, ``flush`` and the
pipe's inline attempt never deliver the same row at the same time; a lease held by a process that
died is taken over.  A batch is claimed at once but each delivery's lease is renewed just before
its attempt (``store.renew``), and its outcome is written only while the lease is still this
store's: a worker that spent longer than ``outbox.lease`` on a batch finds the rest taken over by
another worker and skips them, it never delivers or marks them too.  No batch is claimed once the
pass's deadline (the inline budget) has passed.  Delivery is at least once: a process killed after the target accepted and
before ``done`` was written delivers again, with the same ``Idempotency-Key`` (webhook) or as a
no-op (suppression files are idempotent).

An action with ``concurrency`` above 1 (the webhook: requests in flight per endpoint, on kept
connections) has that many of its deliveries tried at once by worker threads; leases are renewed
a few at a time just before those start, outcomes are written by the pass's own thread (the
store is never used by the workers) and ``done`` marks are grouped (``complete_many``), each only
while its lease is still held.  Other actions are tried one at a time.

tenacity is imported when a delivery first fails, not when the engine starts.
"""
from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from filter.engine.actions import Context, Permanent, Retry

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config
    from filter.store.base import Delivery
    from filter.store.base import StoreProtocol as Store

__all__ = ["Outbox", "RunResult"]

#: event ids per claim of an inline pass (SQLite's bound-variable limit is 999 on old versions)
_IDS_PER_CLAIM = 400
#: concurrent deliveries: ``done`` marks written together, this many or after this long
_DONE_GROUP = 64
_DONE_EVERY = 0.5


@dataclass(slots=True)
class RunResult:
    done: int = 0
    retry: int = 0
    dead: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: "RunResult") -> None:
        self.done += other.done
        self.retry += other.retry
        self.dead += other.dead
        self.skipped += other.skipped
        self.errors += other.errors


class Outbox:
    """Delivers what the store's outbox holds, with the configured actions."""

    def __init__(self, config: "Config", store: "Store", *, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep):
        self.config, self.store, self.clock, self.sleep = config, store, clock, sleep
        self._actions: dict[str, Any] = {}
        #: what :meth:`work` did since it started (:meth:`stats`); written by the worker's thread,
        #: read by the metrics server's
        self._totals = dict.fromkeys(("passes", "passes_failed", "delivered", "retried", "dead", "skipped"), 0)
        self._pending: int | None = None
        self._totals_lock = threading.Lock()

    def stats(self) -> dict[str, int]:
        """The worker's totals: passes (and those a store error cost), deliveries delivered,
        retried (an attempt failed, tried again later), dead (given up), skipped (left to a
        later pass or another worker); ``pending``: every pending delivery, as of the last pass
        (the metrics scrape never touches the store: its connection is the worker's)."""
        with self._totals_lock:
            out = dict(self._totals)
            if self._pending is not None:
                out["pending"] = self._pending
            return out

    def _count_pass(self, r: "RunResult | None", pending: int | None) -> None:
        with self._totals_lock:
            t = self._totals
            t["passes"] += 1
            if r is None:
                t["passes_failed"] += 1
            else:
                t["delivered"] += r.done
                t["retried"] += r.retry
                t["dead"] += r.dead
                t["skipped"] += r.skipped
            if pending is not None:
                self._pending = pending

    def action(self, name: str):
        if name not in self._actions:
            from filter.engine.actions import create

            self._actions[name] = create(self.config.actions[name], self.config)
        return self._actions[name]

    def _context(self, deadline: float | None) -> Context:
        return Context(message=self.store.message, suppression=self.store.suppression, deadline=deadline)

    # -- one pass --------------------------------------------------------------------------------
    def run(self, *, due_only: bool = True, deadline: float | None = None,
            event_ids: list[str] | None = None) -> RunResult:
        """Try the pending deliveries (due ones, or all with ``due_only=False``) once each.

        ``deadline`` (``time.monotonic()``) bounds the pass: no batch is claimed after it, and
        deliveries not started by then are released untouched for a later pass.
        """
        result = RunResult()
        batch = self.config.outbox.batch
        # a long list of event ids (a large report's inline pass) is claimed in slices: bounded
        # SQL, and the deadline is looked at between them
        slices: list[list[str] | None] = [None] if event_ids is None else \
            [event_ids[i:i + _IDS_PER_CLAIM] for i in range(0, len(event_ids), _IDS_PER_CLAIM)]
        for n, ids in enumerate(slices):
            last_id = 0
            while True:
                if deadline is not None and time.monotonic() >= deadline:
                    # out of time: nothing more is claimed; say how many were left untouched
                    result.skipped += sum(self.store.pending_count(now=self.clock(), due_only=due_only, event_ids=x,
                                                                   after_id=last_id if x is ids else 0)
                                          for x in slices[n:])
                    return result
                claimed = self.store.claim(now=self.clock(), lease=self.config.outbox.lease, due_only=due_only,
                                           event_ids=ids, after_id=last_id, limit=batch)
                if not claimed:
                    break
                last_id = claimed[-1].id
                by_action: dict[str, list["Delivery"]] = {}
                for d in claimed:
                    by_action.setdefault(d.action, []).append(d)
                for name, deliveries in by_action.items():
                    result.add(self._run_action(name, deliveries, deadline, exhaustive=not due_only))
                if len(claimed) < batch:
                    break
        return result

    def _renew(self, deliveries: list["Delivery"], result: RunResult) -> list["Delivery"]:
        """Renew the leases of deliveries about to be tried; those taken over are skipped."""
        held = set(self.store.renew([d.id for d in deliveries], self.clock(), self.config.outbox.lease))
        result.skipped += len(deliveries) - len(held)
        return [d for d in deliveries if d.id in held]

    def _run_action(self, name: str, deliveries: list["Delivery"], deadline: float | None,
                    exhaustive: bool) -> RunResult:
        result = RunResult()
        if name not in self.config.actions:
            for d in deliveries:
                self._fail(d, Permanent(f"no action named {name!r} in the config any more"), result)
            return result
        try:
            action = self.action(name)
        except Exception as e:  # a broken action module must not stop the others
            for d in deliveries:
                self._fail(d, Retry(f"cannot start action {name!r}: {e}"), result)
            return result
        if hasattr(action, "deliver_batch"):
            if deadline is not None and time.monotonic() >= deadline:
                self.store.release([x.id for x in deliveries])
                result.skipped += len(deliveries)
                return result
            deliveries = self._renew(deliveries, result)
            if deliveries:
                result.add(self._run_batch(action, deliveries, deadline))
            return result
        if getattr(action, "concurrency", 1) > 1 and len(deliveries) > 1:
            result.add(self._run_concurrent(name, action, deliveries, deadline, exhaustive))
            return result
        down = False
        for i, d in enumerate(deliveries):
            if deadline is not None and time.monotonic() >= deadline:
                self.store.release([x.id for x in deliveries[i:]])
                result.skipped += len(deliveries) - i
                break
            if down and not exhaustive:
                # the target just failed every in-process try: do not hammer it with the rest of
                # this pass; they keep their place and come back at the failed one's next attempt
                self._postpone(deliveries[i:], result)
                break
            if not self._renew([d], result):
                continue  # its lease ran out and another worker took it: that one delivers it
            try:
                self._attempt(lambda d=d: action.deliver(d.payload, self._context(deadline)), deadline,
                              tries=1 if down else None)
                if self.store.complete(d.id, self.clock()):
                    result.done += 1
                else:  # pragma: no cover - only when one attempt outlasts outbox.lease
                    result.skipped += 1
            except (Retry, Permanent) as e:
                down = isinstance(e, Retry)
                self._fail(d, e, result)
            except Exception as e:  # a bug in an action: keep the delivery, say why
                self._fail(d, Retry(f"{type(e).__name__}: {e}"), result)
        return result

    def _run_concurrent(self, name: str, action, deliveries: list["Delivery"], deadline: float | None,
                        exhaustive: bool) -> RunResult:
        """Deliveries of one action, up to ``action.concurrency`` at a time (worker threads).

        The same rules as one at a time: leases are renewed a few at a time just before those
        deliveries start (one transaction for the few), and a delivery whose lease was taken over
        is skipped; nothing starts after the deadline (the rest is released untouched); once the
        target failed every in-process try, an ordinary pass starts no more (the rest is
        postponed, as when one at a time) and a flush gives each of the rest one try.  Outcomes
        are written by this thread only (the store is not shared with the workers), ``done``
        marks grouped (``complete_many``, every :data:`_DONE_GROUP` or :data:`_DONE_EVERY` s),
        each only while its lease is still this store's.
        """
        from collections import deque
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        result = RunResult()
        width = min(action.concurrency, len(deliveries))
        todo = deque(deliveries)
        ready: deque = deque()                 # leases just renewed, not started yet
        running: dict[Any, "Delivery"] = {}    # future -> delivery
        done: list[int] = []
        written = time.monotonic()
        down = False

        def attempt(d: "Delivery", tries: int | None) -> None:
            self._attempt(lambda: action.deliver(d.payload, self._context(deadline)), deadline, tries=tries)

        def write_done() -> None:
            nonlocal done, written
            if done:
                n = self.store.complete_many(done, self.clock())
                result.done += n
                result.skipped += len(done) - n
                done = []
            written = time.monotonic()

        with ThreadPoolExecutor(width, thread_name_prefix=f"outbox-{name}") as pool:
            while True:
                while len(running) < width and (ready or todo):
                    if deadline is not None and time.monotonic() >= deadline:
                        rest = [*ready, *todo]
                        self.store.release([x.id for x in rest])
                        result.skipped += len(rest)
                        ready.clear()
                        todo.clear()
                        break
                    if down and not exhaustive:
                        # the target just failed every in-process try: the rest keep their
                        # place and come back at the failed one's next attempt
                        self._postpone([*ready, *todo], result)
                        ready.clear()
                        todo.clear()
                        break
                    if not ready:
                        ready.extend(self._renew([todo.popleft() for _ in range(min(2 * width, len(todo)))],
                                                 result))
                        continue
                    d = ready.popleft()
                    running[pool.submit(attempt, d, 1 if down else None)] = d
                if not running:
                    break
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for f in finished:
                    d = running.pop(f)
                    err = f.exception()
                    if err is None:
                        done.append(d.id)
                        continue
                    if isinstance(err, Retry):
                        down = True
                    elif not isinstance(err, Permanent):  # a bug in an action: keep the delivery, say why
                        err = Retry(f"{type(err).__name__}: {err}")
                    self._fail(d, err, result)
                if len(done) >= _DONE_GROUP or time.monotonic() - written >= _DONE_EVERY:
                    write_done()
        write_done()
        return result

    def _run_batch(self, action, deliveries: list["Delivery"], deadline: float | None) -> RunResult:
        result = RunResult()
        outcome: list[Exception | None] = []

        def once() -> None:
            nonlocal outcome
            outcome = action.deliver_batch([d.payload for d in deliveries], self._context(deadline))
            retry = [e for e in outcome if isinstance(e, Retry)]
            if retry and len(retry) == len([e for e in outcome if e is not None]):
                raise retry[0]

        try:
            self._attempt(once, deadline)
        except Retry:
            pass
        except Exception as e:  # pragma: no cover - a bug in an action
            outcome = [Retry(f"{type(e).__name__}: {e}")] * len(deliveries)
        done = [d.id for d, err in zip(deliveries, outcome) if err is None]
        if done:
            n = self.store.complete_many(done, self.clock())
            result.done += n
            result.skipped += len(done) - n
        for d, err in zip(deliveries, outcome):
            if err is not None:
                self._fail(d, err, result)
        return result

    def _attempt(self, fn: Callable[[], None], deadline: float | None, tries: int | None = None) -> None:
        """Call ``fn``, retrying :class:`Retry` in process with exponential backoff and jitter.

        The first call is made directly: tenacity is imported and set up only once it failed, and
        is handed that failure as its own first attempt (same waits, same number of calls).
        """
        try:
            fn()
            return
        except Retry as e:
            first: list[Exception] = [e]

        def again() -> None:
            if first:
                raise first.pop()
            fn()

        from tenacity import (Retrying, retry_if_exception_type, stop_after_attempt, stop_after_delay,
                              wait_exponential_jitter)

        ob = self.config.outbox
        stop = stop_after_attempt(tries or ob.tries)
        if deadline is not None:
            stop = stop | stop_after_delay(max(0.0, deadline - time.monotonic()))
        try:  # tenacity >= 9 names the first wait `multiplier`; 8.x `initial`
            wait = wait_exponential_jitter(multiplier=ob.backoff_initial, max=ob.backoff_max,
                                           jitter=ob.backoff_initial)
        except TypeError:  # pragma: no cover - tenacity 8
            wait = wait_exponential_jitter(initial=ob.backoff_initial, max=ob.backoff_max, jitter=ob.backoff_initial)
        retrying = Retrying(stop=stop, wait=wait, retry=retry_if_exception_type(Retry), reraise=True,
                            sleep=self.sleep)
        retrying(again)

    def _next_attempt(self, d: "Delivery") -> float | None:
        ob = self.config.outbox
        now = self.clock()
        n = d.attempts + 1  # attempts made so far, this one included
        delay = min(ob.retry_max, ob.retry_initial * 2 ** min(n - 1, 30))
        delay *= 0.5 + random.random() / 2  # jitter: between half and all of the delay
        if now + delay - d.created_at > ob.max_age:
            return None
        return now + delay

    def _fail(self, d: "Delivery", err: Exception, result: RunResult) -> None:
        if isinstance(err, Permanent):
            nxt = None
            message = str(err)
        else:
            nxt = self._next_attempt(d)
            message = str(err) if nxt is not None else \
                f"gave up after {d.attempts + 1} attempts: {err}"
        if not self.store.fail(d.id, message, next_attempt=nxt):
            result.skipped += 1  # the lease was lost: the new owner records its own outcome
            return
        result.errors.append(f"{d.action} {d.event_id}: {message}")
        if nxt is None:
            result.dead += 1
        else:
            result.retry += 1
        after = self.config.outbox.alert_after
        if after > 0 and self.clock() - d.created_at >= after:
            self._alert_failing(d, message, after)

    def _alert_failing(self, d: "Delivery", message: str, after: float) -> None:
        """A target that keeps failing is said, not only listed: a WARNING line and a
        ``delivery_failing`` event through the rules (default: the ``alert`` log), at most one per
        action per ``outbox.alert_after``.  Never to the failing action itself (no loop)."""
        import logging

        from filter.engine import _iso, event_id
        from filter.engine.rules import evaluate

        now = self.clock()
        logging.getLogger("bouncefilter.outbox").warning(
            "outbox: action %s has been failing for %.0f s (delivery %d, %d attempt(s)): %s",
            d.action, now - d.created_at, d.id, d.attempts + 1, message)
        p = {"id": event_id("delivery_failing", d.action, repr(int(now // after))), "event": "delivery_failing",
             "kind": None, "recipient": None, "original": {}, "received_at": _iso(now), "occurred_at": _iso(now),
             "source": None, "delivery": {"action": d.action, "event_id": d.event_id, "failing_since":
                                          _iso(d.created_at), "attempts": d.attempts + 1, "error": message[:500]}}
        try:
            with self.store.transaction(durable=False):
                if not self.store.insert_event(id=p["id"], event=p["event"], kind=None, address=None, class_=None,
                                               reason=None, source=None, received_at=now, occurred_at=now,
                                               cause=d.event_id, payload=p):
                    return  # said already in this period
                for name in evaluate(self.config.rules, p):
                    a = self.config.actions.get(name)
                    if a is not None and name != d.action and a.type not in ("suppress", "suppression_file"):
                        self.store.enqueue(p["id"], name, now)
        except Exception as e:  # noqa: BLE001 - the alert must not break the pass; the WARNING was said
            logging.getLogger("bouncefilter.outbox").error("outbox: cannot record the alert: %s", e)

    def _postpone(self, rest: list["Delivery"], result: RunResult) -> None:
        for d in rest:
            nxt = self._next_attempt(d)
            if nxt is None:
                self._fail(d, Retry("target down"), result)
            else:
                self.store.postpone(d.id, nxt)
                result.skipped += 1

    # -- the long-lived worker -------------------------------------------------------------------
    def work(self, *, should_stop: Callable[[], bool] = lambda: False,
             on_pass: Callable[[RunResult], None] | None = None,
             on_error: Callable[[Exception], None] | None = None) -> None:
        """Deliver due deliveries until ``should_stop()``; sleep until the next one is due.

        A store that cannot be used for a while (locked past ``store.busy_timeout``, disk full)
        costs a pass, not the worker: it is reported to ``on_error`` and tried again after
        ``outbox.poll_interval``.
        """
        from filter.store.base import StoreUnavailable

        poll = self.config.outbox.poll_interval
        while not should_stop():
            r, counted = None, False
            try:
                r = self.run()
                if on_pass is not None and (r.done or r.retry or r.dead):
                    on_pass(r)
                pending = self.store.pending_count(due_only=False)
                self._count_pass(r, pending)
                counted = True
                nxt = self.store.next_due()
            except StoreUnavailable as e:
                if not counted:  # r None: the pass failed (what it did before is in the store)
                    self._count_pass(r, None)
                if on_error is not None:
                    on_error(e)
                nxt = None
            wait = poll if nxt is None else min(poll, max(0.2, nxt - self.clock()))
            end = time.monotonic() + wait
            while not should_stop() and time.monotonic() < end:
                self.sleep(min(0.2, max(0.0, end - time.monotonic())))


def delivery_loop(config_of: "Callable[[], Config]", engine_factory: "Callable[[Config], Any]", stop: Any,
                  wake: Any, log: Any) -> None:
    """The outbox thread of a long-running service (the milter, the LMTP service).

    A pass when ``wake`` is set (new deliveries were enqueued) or every ``outbox.poll_interval``,
    until ``stop`` is set (both ``threading.Event``).  ``config_of()`` is read on each turn: after a
    reload the next pass uses a new engine on the new config.  Nothing here may stop the service:
    a store that cannot be used now is a warning (the deliveries are durable, the next pass takes
    them), anything else an error line.
    """
    from filter.store.base import StoreUnavailable

    engine = None
    while not stop.is_set():
        config = config_of()
        wake.wait(config.outbox.poll_interval)
        wake.clear()
        if stop.is_set():
            break
        try:
            if engine is not None and engine.config is not config:
                engine.close()
                engine = None
            if engine is None:
                engine = engine_factory(config)
            r = engine.deliver()
            if r.done or r.dead or r.retry:
                log.info("outbox: delivered %d, retry later %d, dead %d", r.done, r.retry, r.dead)
        except StoreUnavailable as e:
            log.warning("outbox: %s (will try again)", e)
        except Exception as e:  # noqa: BLE001 - keep the service up; the outbox is durable
            log.error("outbox: internal error: %s: %s", type(e).__name__, e)
    if engine is not None:
        engine.close()
