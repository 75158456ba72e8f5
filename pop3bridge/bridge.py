"""Drain POP3 bounce mailboxes into the engine: accounts, polling, backoff, UIDL memory.

One *round* of one account is up to ``pop3.tries`` sessions (tenacity, exponential backoff with
jitter between them) until one drains the mailbox.  A session:

1. connects (``pop3s`` / ``starttls`` / ``plain``, certificates verified), logs in and asks
   ``CAPA`` (RFC 2449) whether the server offers ``PIPELINING``;
2. ``UIDL`` and ``LIST``; the account's remembered UIDLs are read from the store and those no
   longer on the server are forgotten;
3. in server order: a UIDL remembered as ``kept`` is skipped; one remembered as ``taken``
   (recorded by an earlier session that dropped before ``QUIT``) is only ``DELE``\\ d; a new one is
   fetched (``RETR``, or ``TOP`` when ``LIST`` says it is over ``max_message_size``: classified on
   its head).  With PIPELINING up to 32 commands (1 MiB of messages by ``LIST``) are sent ahead
   of their answers, so the server works while the bridge classifies; without it, one at a time;
4. each message is classified (in this process, or, for a session of at least ``POOL_MIN`` new
   messages, also in worker processes forked for the session: one per CPU but one, up to 4), then
   recorded by the engine with the others of its *group* in ONE durable store transaction
   (``Store.group()``: one fsync for up to 64 messages; the first groups are smaller, and groups
   shrink when the inline deliveries that follow each commit are slow) -- events, deliveries to
   make, and the message's UIDL mark, all in the same commit;
5. only once the group is committed, its messages are ``DELE``\\ d -- unless one is not a bounce
   and the account says ``non_bounce: keep``, when it stays on the server, remembered as ``kept``
   -- and the group's new deliveries are tried (``outbox.inline_budget``);
6. ``QUIT`` commits the deletions; their UIDLs are then forgotten.

Why no duplicate can come out of a dropped session: a message is ``DELE``\\ d only after the store
committed its events, and a ``DELE`` counts only at ``QUIT``.  If the connection, the server or
the bridge dies before ``QUIT``, the message is still on the server next time; its UIDL says it was
taken, so it is deleted without being classified again.  If even the UIDL mark was lost, the
message is classified again and the engine finds the same event ids (a digest of the message and
the recipient): nothing new is recorded and nothing is delivered twice.  Messages fetched ahead
and not yet recorded when a session ends are simply still on the server.

Non-bounces: ``keep`` (default: left on the server, never classified twice), ``delete``, or
``forward``: the message's ``not_bounce`` event is queued for the named ``forward`` action in the
durable outbox (the message kept in the store), then deleted from the server.

Bounds against a broken or hostile server (``docs/security.md``): a session takes no new message
after ``session_timeout`` and sends ``QUIT``; the answers already asked for and ``QUIT`` get
``timeout`` more, and no network read goes past that; ``RETR``/``TOP`` answers are read up to
``2 * max_message_size + 1 MiB`` bytes, then the connection is dropped; listings keep the first
100,000 messages (the rest are seen in a later session, and UIDLs beyond them are not forgotten);
SIGTERM stops a read in progress within 2 s.  Memory: at most 256 messages / 16 MiB fetched and
not yet recorded (plus one message over that size).

One account's failure never stops the others: each account runs in its own thread with its own
engine (store connection).  :meth:`Bridge.stop` (SIGTERM/SIGINT in the command) lets the current
group finish, sends ``QUIT`` and returns.
"""
from __future__ import annotations

import logging
import os
import pickle
import random
import select
import signal
import struct
import sys
import threading
import time
import warnings
from collections import Counter, deque
from collections.abc import Callable
from itertools import islice
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from filter.core import model
from filter.store.sqlite import StoreUnavailable

from pop3bridge.client import Pop3Client, Pop3CommandError, Pop3Error, Pop3Stopped

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config, Pop3Account
    from filter.engine import Engine, Outcome

__all__ = ["KEPT", "SOURCE", "TAKEN", "AccountResult", "Bridge", "Progress", "Totals"]

log = logging.getLogger("bouncefilter.pop3bridge")

SOURCE = "pop3"            # the ``source`` of the events (rules: ``match: {source: pop3}``)
TAKEN, KEPT = "taken", "kept"


class _Stopped(Exception):
    """Stop was requested before a session started."""


@dataclass
class AccountResult:
    """What one round of one account did (sums over its sessions)."""

    account: str
    ok: bool = False
    error: str | None = None
    stopped: bool = False
    sessions: int = 0
    on_server: int = 0       # messages on the server at the last UIDL
    todo: int = 0            # messages to classify this round (done + still to do)
    done: int = 0            # messages classified
    deleted: int = 0         # DELE of messages classified in this round
    redeleted: int = 0       # DELE of messages a dropped session had taken (not classified again)
    kept: int = 0            # non-bounces left on the server
    forwarded: int = 0       # non-bounces queued for the forward action
    quarantined: int = 0
    headonly: int = 0        # oversized: classified on their head (TOP)
    events: int = 0          # new events recorded
    duplicates: int = 0      # messages whose events were all known already
    classes: Counter = field(default_factory=Counter)  # per event: hard/soft/.../not_bounce
    seconds: float = 0.0
    deadline: bool = False   # a session ended at session_timeout with messages left

    def fields(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in ("account", "ok", "sessions", "on_server", "done", "deleted",
                                           "redeleted", "kept", "forwarded", "quarantined", "headonly",
                                           "events", "duplicates")}
        d["classes"] = dict(sorted(self.classes.items()))
        d["seconds"] = round(self.seconds, 3)
        if self.stopped:
            d["stopped"] = True
        if self.deadline:
            d["deadline"] = True
        if self.error:
            d["error"] = self.error
        return d


class Totals:
    """What the drains did, summed over accounts and rounds since the command started: what
    ``pop3.metrics`` / ``imap.metrics`` serve (filter/metrics.py).  Accounts drain in threads of
    their own, hence the lock; the command hands the same Totals to the bridge it builds after a
    SIGHUP, so the counters do not reset on a reload."""

    #: AccountResult fields added up per round (``deleted``: taken off the server or the folder,
    #: IMAP's moved and flagged included; ``redeleted``: those a dropped session had taken)
    FIELDS = ("sessions", "done", "deleted", "redeleted", "kept", "forwarded", "quarantined", "headonly",
              "events", "duplicates")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(("rounds", "rounds_failed", *self.FIELDS), 0)

    def add(self, result: AccountResult) -> None:
        with self._lock:
            c = self._counts
            c["rounds"] += 1
            c["rounds_failed"] += not result.ok
            for k in self.FIELDS:
                c[k] += getattr(result, k)

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)


#: the counters' names as served (``done`` is a message classified)
METRICS_HELP = {
    "rounds": "rounds of an account (up to tries sessions each)",
    "rounds_failed": "rounds that ended without draining the mailbox",
    "sessions": "sessions (connections) opened",
    "done": "messages classified and recorded",
    "deleted": "messages classified then deleted, moved or flagged on the server",
    "redeleted": "messages a dropped session had recorded, deleted without classifying again",
    "kept": "non-bounces left on the server",
    "forwarded": "non-bounces queued for the forward action",
    "quarantined": "messages the classifier could not read",
    "headonly": "oversized messages classified on their head",
    "events": "new events recorded",
    "duplicates": "messages whose events were all recorded before",
    "accounts": "accounts the bridge drains now",
}


class Progress:
    """One status line on a terminal: messages done / total per account, counts by class."""

    def __init__(self, stream: TextIO | None = None, interval: float = 0.1):
        self.stream = stream or sys.stderr
        self.interval = interval
        self.lock = threading.Lock()
        self.results: dict[str, AccountResult] = {}
        self._last = 0.0
        self._width = 0

    def update(self, result: AccountResult, force: bool = False) -> None:
        with self.lock:
            self.results[result.account] = result
            now = time.monotonic()
            if not force and now - self._last < self.interval:
                return
            self._last = now
            self._draw()

    def _draw(self) -> None:
        parts = []
        for r in self.results.values():
            counts = " ".join(f"{k} {v}" for k, v in sorted(r.classes.items()))
            state = " FAILED" if r.error and not r.ok else ""
            parts.append(f"{r.account}: {r.done}/{r.todo}{' ' + counts if counts else ''}{state}")
        line = " | ".join(parts)
        pad = max(0, self._width - len(line))
        self._width = len(line)
        self.stream.write("\r" + line + " " * pad)
        self.stream.flush()

    def finish(self) -> None:
        with self.lock:
            if self.results:
                self._draw()
                self.stream.write("\n")
                self.stream.flush()
                self._width = 0


class Bridge:
    """Drains the accounts of ``config.pop3`` into an :class:`~filter.engine.Engine` each."""

    #: the config section whose accounts this bridge drains (the IMAP bridge: ``imap``)
    section = "pop3"

    def __init__(self, config: Config, *, accounts: list[Pop3Account] | None = None,
                 classify: Callable[..., Any] | None = None, progress: Progress | None = None,
                 on_message: Callable[[str, str, Outcome | None], None] | None = None,
                 stop_event: threading.Event | None = None, workers: int | None = None,
                 batch_size: int | None = None):
        settings = getattr(config, self.section)
        if settings is None:
            raise ValueError(f"the configuration has no {self.section}: section")
        self.config = config
        self.settings = settings
        self.accounts = list(accounts if accounts is not None else self.settings.accounts)
        self._classify = classify
        self.progress = progress
        #: called after each message is taken or kept: (account name, uidl, outcome)
        self.on_message = on_message
        self.stop_event = stop_event or threading.Event()
        #: classifier processes for a session with at least POOL_MIN new messages (0: none, all
        #: in this process; default: one per CPU but one, up to 4)
        self.workers = _default_workers() if workers is None else max(0, workers)
        #: messages recorded per durable commit at most (group commit)
        self.batch_size = BATCH_MAX if batch_size is None else max(1, batch_size)
        #: what the drains did, summed (the command hands a reloaded bridge the one it keeps)
        self.totals = Totals()

    # -- what operators see (``pop3.metrics`` / ``imap.metrics``, filter/commands/_mailbox.py) ----
    def stats(self) -> dict[str, int]:
        """The drains' totals (:class:`Totals`) and the accounts drained now (a gauge)."""
        return {**self.totals.snapshot(), "accounts": len(self.accounts)}

    # -- control ---------------------------------------------------------------------------------
    def stop(self) -> None:
        """Finish the current group of messages (record, DELE, deliveries), QUIT, and return
        (from any thread or a signal handler).  Messages fetched ahead and not recorded stay on
        the server, untouched."""
        self.stop_event.set()

    @property
    def stopping(self) -> bool:
        return self.stop_event.is_set()

    def run_once(self) -> list[AccountResult]:
        """One round of every account (in parallel); the results, in config order."""
        return self._in_threads(self.drain)

    def run_forever(self) -> None:
        """Poll every account until :meth:`stop`: ``poll_interval`` (+ jitter) between rounds,
        growing backoff after failed rounds."""
        self._in_threads(self._loop)

    def _in_threads(self, fn: Callable[[Pop3Account], Any]) -> list[Any]:
        if len(self.accounts) == 1:
            return [fn(self.accounts[0])]
        out: list[Any] = [None] * len(self.accounts)

        def work(i: int, account: Pop3Account) -> None:
            out[i] = fn(account)

        threads = [threading.Thread(target=work, args=(i, a), name=f"pop3-{a.name}", daemon=True)
                   for i, a in enumerate(self.accounts)]
        for t in threads:
            t.start()
        for t in threads:
            while t.is_alive():  # short joins: the main thread stays responsive to signals
                t.join(0.2)
        return out

    def _loop(self, account: Pop3Account) -> None:
        s = self.settings
        failures = 0
        while not self.stopping:
            r = self.drain(account)
            if self.stopping:
                break
            if r.ok:
                failures = 0
                delay = s.poll_interval
            else:
                failures += 1
                delay = min(s.backoff_max, s.backoff_initial * 2 ** min(failures, 30))
                log.warning("account failed; next round later", extra={"fields": {
                    "account": account.name, "error": r.error, "retry_in": round(delay, 2)}})
            self.stop_event.wait(delay + random.uniform(0, s.poll_jitter))

    # -- one round of one account ----------------------------------------------------------------
    def drain(self, account: Pop3Account) -> AccountResult:
        """Up to ``pop3.tries`` sessions, with backoff, until one drains the mailbox."""
        from tenacity import (
            Retrying,
            retry_if_exception,
            stop_after_attempt,
            wait_exponential,
            wait_random,
        )

        from filter.engine import Engine

        s = self.settings
        result = AccountResult(account.name)
        started = time.monotonic()

        def before_sleep(state) -> None:
            err = state.outcome.exception()
            result.error = str(err)
            log.warning("session failed; retrying", extra={"fields": {
                "account": account.name, "attempt": state.attempt_number, "error": str(err),
                "retry_in": round(state.upcoming_sleep, 2)}})
            self._show(result, force=True)

        retrying = Retrying(
            stop=stop_after_attempt(s.tries),
            wait=wait_exponential(multiplier=s.backoff_initial, max=s.backoff_max) + wait_random(0, s.backoff_initial),
            retry=retry_if_exception(_transient), sleep=self.stop_event.wait, before_sleep=before_sleep,
            reraise=True)
        engine = Engine(self.config, classify=self._classify)
        try:
            while True:
                result.deadline = False
                before = result.done + result.redeleted
                retrying(self._session, account, engine, result)
                # a session cut by its deadline that got on: another one drains the rest
                if not result.deadline or self.stopping or result.done + result.redeleted == before:
                    break
            result.ok, result.error = True, None
        except (_Stopped, Pop3Stopped):
            result.stopped = True
            result.ok = result.error is None
        except (Pop3Error, StoreUnavailable) as e:
            result.error = str(e)
        except Exception as e:  # a bug must not stop the other accounts
            log.exception("internal error", extra={"fields": {"account": account.name}})
            result.error = f"internal error: {type(e).__name__}: {e}"
        finally:
            engine.close()
            result.seconds = time.monotonic() - started
        self.totals.add(result)
        self._show(result, force=True)
        if not result.ok:
            log.error("account failed", extra={"fields": result.fields()})
        elif result.done or result.redeleted or result.stopped:
            log.info("drained", extra={"fields": result.fields()})
        else:
            log.debug("nothing new", extra={"fields": result.fields()})
        return result

    def _show(self, result: AccountResult, force: bool = False) -> None:
        if self.progress is not None:
            self.progress.update(result, force)

    def _session(self, account: Pop3Account, engine: Engine, result: AccountResult) -> None:
        if self.stopping:
            raise _Stopped
        result.sessions += 1
        deadline = time.monotonic() + account.session_timeout
        # no new message after the deadline; the answers already asked for (pipelined) may take
        # up to `timeout` more, as QUIT does: no network read goes on past that
        client = Pop3Client(account.host, account.port, tls=account.tls, ca_file=account.ca_file,
                            timeout=account.timeout, allow_insecure=account.allow_insecure,
                            deadline=deadline + account.timeout, should_stop=self.stop_event.is_set,
                            max_response=2 * account.max_message_size + (1 << 20))
        classifier: _InProcess | None = None
        try:
            client.connect()
            client.login(account.username, account.password)
            client.capa()  # PIPELINING? (after login: a server may offer more to a user)
            listing = client.uidl()
            sizes = client.list() if listing else {}
            truncated = client.listing_truncated
            store = engine.store
            seen = store.pop3_uidls(account.name)
            if not truncated:  # a cut listing does not say which UIDLs are gone
                present = {u for _, u in listing}
                store.pop3_forget(account.name, [u for u in seen if u not in present])
            todo = [(n, u) for n, u in listing if seen.get(u) != KEPT]
            new = sum(1 for _, u in todo if u not in seen)
            result.on_server = len(listing)
            result.todo = result.done + new
            self._show(result, force=True)
            classifier = self._classifier(new)
            run = _Run(self, account, engine, client, result, deadline, classifier)
            try:
                run.drain([(n, u, sizes.get(n, 0), seen.get(u) == TAKEN) for n, u in todo])
            except StoreUnavailable:
                try:  # commit the deletions of what was recorded before the store failed
                    run.finish(account.timeout)
                    client.quit(grace=account.timeout)
                    store.pop3_forget(account.name, run.deleted)
                except (Pop3Error, StoreUnavailable):
                    pass
                raise
            if truncated and not result.stopped and not result.deadline and run.error is None:
                result.deadline = True  # more messages than one listing holds: another session
            run.finish(account.timeout)
            client.quit(grace=account.timeout)
            store.pop3_forget(account.name, run.deleted)
            if run.error is not None:  # a message the server would not give: what came before
                raise run.error        # it is recorded and deleted; the session fails as before
        finally:
            client.close()
            if classifier is not None:
                classifier.close()

    # -- classification: in this process, or in worker processes for a large mailbox -------------
    def _classifier(self, new: int) -> _InProcess:
        verp = list(self.config.verp)
        if self._classify is None and new >= POOL_MIN and self.workers > 0:
            return _Pool(self.workers, verp)
        return _InProcess(self._classify, verp)

    def _forward(self, engine: Engine, account: Pop3Account, outcome: Outcome, raw: bytes) -> list[str]:
        """Queue the message's not_bounce event for the forward action (inside the group: durable
        with it); the event ids to try once committed."""
        store, action = engine.store, account.forward_action
        assert action is not None
        ids = [e["id"] for e in outcome.events]
        if not ids:  # not recorded (not_bounce.record: false is refused by the config check)
            raise StoreUnavailable(f"not_bounce event of a message for {action!r} was not recorded")
        queued = []
        with store.transaction():
            for eid in ids:
                if store.enqueue(eid, action, time.time()):
                    store.save_message(eid, raw)
                    queued.append(eid)
        return queued


# -- one session's messages: fetched ahead, classified, recorded in groups, deleted --------------
#: messages recorded per durable commit at most (group commit), and the first group's size
BATCH_MAX, _BATCH_FIRST = 64, 4
_BATCH_BYTES = 8 << 20        # ... and bytes of message per commit at most
_BATCH_AGE = 0.2              # a classified message waits at most about this long for others to join
_DELIVERY_TARGET = 0.5        # inline deliveries after one commit should take about this (s) at most
_WINDOW, _WINDOW_BYTES = 32, 1 << 20  # RETR/TOP sent ahead of their answers (PIPELINING) at most
_MAX_WAITING = 256            # commands waiting for their answers at most (DELEs included)
_QUEUE, _QUEUE_BYTES = 256, 16 << 20  # messages fetched and not yet recorded at most
#: new messages in a session from which classification goes to worker processes
POOL_MIN = 64
_TASK = 8                     # messages per worker task
_PER_WORKER = 4               # tasks handed to one worker at a time at most
_WARM = 32                    # messages classified in the bridge before it forks its workers


@dataclass(slots=True, eq=False)
class _Msg:
    """One message of the session, from its fetch to its DELE."""

    num: int
    uidl: str
    raw: bytes = b""
    headonly: bool = False
    received: float = 0.0         # the engine's clock when fetched (the events' received_at)
    ready: bool = False           # classified (or given up: the engine classifies it)
    ready_at: float = 0.0         # time.monotonic() when seen ready
    report: Any = None            # the Report, or None: Engine.process classifies (and quarantines)
    digest: bytes | None = None   # computed by a classifier process (else by the engine)
    occurred: float | None = None


class _Fetcher:
    """The session's commands, in server order: ``DELE`` of the messages an earlier session took,
    ``RETR``/``TOP`` of the new ones (up to ``_WINDOW`` ahead of their answers when the server
    offers PIPELINING, else one at a time), and ``DELE`` of what was recorded.  Answers are read in
    the order the commands were sent."""

    def __init__(self, run: _Run, jobs: list[tuple[int, str, int, bool]]):
        self.run = run
        self.client = run.client
        self.account = run.account
        self.jobs = deque(jobs)   # (num, uidl, size, taken before) not asked for yet
        self.sent: deque[tuple[str, int, str]] = deque()  # ("fetch"|"dele"|"redele", num, uidl)
        self.pipelining = self.client.pipelining
        self.fetching = 0         # RETR/TOP sent, not answered
        self.fetch_bytes = 0      # what LIST says they weigh
        self.sizes: dict[int, int] = {}

    @property
    def more(self) -> bool:
        return bool(self.jobs) or self.fetching > 0

    def _can_send(self) -> bool:
        return not self.client.outstanding if not self.pipelining else self.client.outstanding < _MAX_WAITING

    def _fill(self) -> None:
        c, acct = self.client, self.account
        if self.pipelining and self.fetching > _WINDOW // 2:
            return  # refilled by halves: several commands in one write
        while self.jobs and self._can_send():
            num, uidl, size, taken = self.jobs[0]
            if taken:  # recorded by a session that dropped before QUIT: only deleted
                if self.run.halted():
                    return
                self.jobs.popleft()
                c.send_dele(num)
                self.sent.append(("redele", num, uidl))
                continue
            est = min(size, acct.max_message_size) or 1
            if self.fetching and (self.fetching >= _WINDOW or self.fetch_bytes + est > _WINDOW_BYTES):
                return
            if self.run.halted():
                return
            self.jobs.popleft()
            if size > acct.max_message_size:
                c.send_top(num, acct.top_lines, limit=acct.max_message_size)
            else:  # cut only if LIST under-reported the size
                c.send_retr(num, limit=acct.max_message_size)
            self.sent.append(("fetch", num, uidl))
            self.sizes[num] = est
            self.fetching += 1
            self.fetch_bytes += est

    def _receive(self) -> _Msg | None:
        """Read the oldest answer: the message fetched, or None for a DELE (accounted).  A -ERR
        raises :class:`Pop3CommandError`, its command forgotten (the session stays in step)."""
        kind, num, uidl = self.sent[0]
        try:
            verb, _, body, cut = self.client.receive()
        finally:
            if self.client.outstanding < len(self.sent):  # answered (or refused), or disconnected
                self.sent.popleft()
                if kind == "fetch":
                    self.fetching -= 1
                    self.fetch_bytes -= self.sizes.pop(num, 0)
        if kind == "fetch":
            return _Msg(num, uidl, body or b"", headonly=cut or verb == "TOP")
        self.run.deleted_ok(uidl, redelete=kind == "redele")
        return None

    def next(self) -> _Msg | None:
        """The next message fetched (DELE answers on the way are accounted), or None: no more,
        or the session is to end (stop, deadline)."""
        while not self.run.halted():
            self._fill()
            if not self.sent:
                return None
            m = self._receive()
            if m is not None:
                return m
        return None

    def dele(self, m: _Msg) -> None:
        """Queue the DELE of a recorded message (sent with the next read, or by :meth:`flush`)."""
        self.client.send_dele(m.num)
        self.sent.append(("dele", m.num, m.uidl))
        if not self.pipelining:  # one command at a time: its answer now
            self._receive()

    def finish(self, grace: float) -> None:
        """No more commands: read what is outstanding (messages fetched ahead are dropped)."""
        self.jobs.clear()
        self.client.deadline = time.monotonic() + grace
        while self.sent:
            self._receive()


class _InProcess:
    """Classification in this process, at once."""

    def __init__(self, classify: Callable[..., Any] | None, verp: list[str]):
        if classify is None:
            from filter import classify
        self.classify = classify
        self.verp = verp

    def add(self, m: _Msg) -> None:
        try:
            m.report = self.classify(m.raw, source=SOURCE, envelope=None, verp=self.verp)
        except Exception:  # noqa: BLE001 - the engine classifies it again and quarantines it
            m.report = None
        m.ready, m.ready_at = True, time.monotonic()

    def flush(self) -> None:
        pass

    def poll(self, m: _Msg) -> bool:
        return m.ready

    def wait(self, m: _Msg, halted: Callable[[], bool]) -> bool:
        return True

    def close(self) -> None:
        pass


class _Pool(_InProcess):
    """Classification (with the message digest and date) in worker processes forked from this
    one once it has classified ``_WARM`` messages itself; ``_TASK`` messages per task, at most
    ``_PER_WORKER`` tasks per worker at a time.  While the bridge waits for a result it classifies
    tasks not handed out yet itself (the last ones first).  The bridge records the results in
    server order.  A worker that dies, or a result that cannot be sent, leaves its messages to the
    engine, in this process, and the rest of the session is classified here.

    Each worker keeps only its two pipes (every other descriptor it inherited is closed: a
    connection the bridge drops is dropped), ignores SIGINT/SIGTERM (the bridge ends it: EOF on
    its task pipe), and ends when the bridge is gone (EOF too)."""

    def __init__(self, workers: int, verp: list[str]):
        super().__init__(None, verp)
        self.size = workers
        self.workers: list[_Worker] = []
        self.warm = 0  # messages classified here before the workers start
        self.chunk: list[_Msg] = []
        self.chunk_bytes = 0
        self.waiting: deque[list[_Msg]] = deque()  # tasks not handed out yet
        self.broken = False
        self.pumped = 0.0  # when results were last looked for (poll: at most every 2 ms)

    def _start(self) -> None:
        """Fork the workers, once this process has classified a few messages: the patterns they
        needed (compiled on first use) are then compiled once, not again in every worker."""
        try:
            for _ in range(self.size):
                self.workers.append(_Worker.start())
        except OSError as e:
            self._broken(e)

    def add(self, m: _Msg) -> None:
        if self.broken:
            return super().add(m)
        if not self.workers:
            super().add(m)
            self.warm += 1
            if self.warm >= _WARM:
                self._start()
            return
        self.chunk.append(m)
        self.chunk_bytes += len(m.raw)
        if len(self.chunk) >= _TASK or self.chunk_bytes >= 1 << 20:
            self.flush()

    def flush(self) -> None:
        if self.chunk:
            self.waiting.append(self.chunk)
            self.chunk, self.chunk_bytes = [], 0
        self._pump(0)

    def _pump(self, timeout: float) -> None:
        """Collect the results that came (waiting up to ``timeout`` for one) and hand out tasks."""
        self.pumped = time.monotonic()
        live = [w for w in self.workers if w.alive]
        reading = [w.results for w in live if w.running]
        writing = [w.tasks for w in live if w.out]
        if reading or writing:
            readable, _, _ = select.select(reading, writing, [], timeout)
            for w in live:
                try:
                    if w.out:
                        w.send_some()
                    if w.running and w.results in readable:
                        w.receive()
                except _WorkerGone as e:
                    self._lost(w, e)
        for w in sorted((w for w in self.workers if w.alive), key=lambda w: len(w.running)):
            if not self.waiting:
                break
            if len(w.running) < _PER_WORKER:
                try:
                    w.submit(self.waiting.popleft(), self.verp)
                except _WorkerGone as e:
                    self._lost(w, e)
        if self.waiting and not any(w.alive for w in self.workers):
            self._broken(_WorkerGone("no classifier process left"))

    def _lost(self, w: _Worker, e: BaseException) -> None:
        for task in w.running:  # the engine classifies them, here
            for m in task:
                if not m.ready:
                    m.report, m.ready, m.ready_at = None, True, time.monotonic()
        w.running.clear()
        w.stop()
        self._broken(e)

    def _broken(self, e: BaseException) -> None:
        if not self.broken:
            self.broken = True
            log.warning("classifier processes failed; classifying in this one", extra={"fields": {
                "error": f"{type(e).__name__}: {e}"}})
        while self.waiting:
            self._here(self.waiting.popleft())
        chunk, self.chunk, self.chunk_bytes = self.chunk, [], 0
        self._here(chunk)

    def _here(self, chunk: list[_Msg]) -> None:
        for m in chunk:
            super().add(m)

    def poll(self, m: _Msg) -> bool:
        if not m.ready and time.monotonic() - self.pumped >= 0.002:
            self._pump(0)
        return m.ready

    def wait(self, m: _Msg, halted: Callable[[], bool]) -> bool:
        """Until ``m`` is classified (True), or the session is to end (False)."""
        self.flush()
        while not m.ready:
            if halted():
                return False
            for i, chunk in enumerate(self.waiting):
                if any(x is m for x in chunk):  # its task was not handed out: here, now
                    del self.waiting[i]
                    self._here(chunk)
                    break
            else:
                if self.waiting:  # rather than wait: a task nobody has taken yet, the last one
                    self._here(self.waiting.pop())
                    self._pump(0)
                else:
                    self._pump(0.2)
        return True

    def close(self) -> None:
        for w in self.workers:
            w.stop()


class _WorkerGone(Exception):
    """A classifier process died, or its pipe broke."""


class _Worker:
    """One classifier process and its two pipes (length-prefixed pickles)."""

    def __init__(self, pid: int, tasks: int, results: int):
        self.pid, self.tasks, self.results = pid, tasks, results
        self.running: deque[list[_Msg]] = deque()  # tasks sent, results not read, oldest first
        self.out = b""        # what is still to be written to the task pipe
        self.inbuf = b""
        self.alive = True

    @classmethod
    def start(cls) -> _Worker:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        with warnings.catch_warnings():  # 3.12+: fork with threads running; the worker only
            warnings.simplefilter("ignore", DeprecationWarning)  # classifies bytes (no locks)
            pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                _worker_main(task_r, result_w)
            except BaseException:  # noqa: BLE001 - nothing here may return into the bridge
                code = 1
            finally:
                os._exit(code)
        os.close(task_r)
        os.close(result_w)
        os.set_blocking(task_w, False)
        os.set_blocking(result_r, False)
        return cls(pid, task_w, result_r)

    def submit(self, chunk: list[_Msg], verp: list[str]) -> None:
        blob = pickle.dumps(([(m.raw, m.received) for m in chunk], verp), protocol=5)
        self.out += struct.pack("!Q", len(blob)) + blob
        self.running.append(chunk)
        self.send_some()

    def send_some(self) -> None:
        try:
            n = os.write(self.tasks, self.out[:1 << 20])
        except BlockingIOError:
            return
        except OSError as e:
            raise _WorkerGone(f"classifier process {self.pid}: {e.strerror or e}") from None
        self.out = self.out[n:]

    def receive(self) -> None:
        try:
            data = os.read(self.results, 1 << 20)
        except BlockingIOError:
            return
        except OSError as e:
            raise _WorkerGone(f"classifier process {self.pid}: {e.strerror or e}") from None
        if not data:
            raise _WorkerGone(f"classifier process {self.pid} ended")
        self.inbuf += data
        while len(self.inbuf) >= 8:
            (n,) = struct.unpack("!Q", self.inbuf[:8])
            if len(self.inbuf) < 8 + n:
                break
            results, self.inbuf = pickle.loads(self.inbuf[8:8 + n]), self.inbuf[8 + n:]
            now = time.monotonic()
            for m, r in zip(self.running.popleft(), results):
                m.report, m.digest, m.occurred = r
                m.ready, m.ready_at = True, now

    def stop(self) -> None:
        """EOF on its task pipe ends it; one that does not end within a second is killed."""
        if not self.alive:
            return
        self.alive = False
        for fd in (self.tasks, self.results):
            try:
                os.close(fd)
            except OSError:
                pass
        until = time.monotonic() + 1.0
        while True:
            try:
                pid, _ = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                return
            if pid:
                return
            if time.monotonic() >= until:
                try:
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
                except (ProcessLookupError, ChildProcessError):
                    pass
                return
            time.sleep(0.005)


def _worker_main(task_r: int, result_w: int) -> None:
    """In a classifier process: tasks in, results out, until EOF."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        fds = [int(x) for x in os.listdir("/proc/self/fd")]
    except OSError:  # pragma: no cover - not Linux
        fds = list(range(3, 1024))
    for fd in fds:  # only our two pipes: a connection the bridge drops must be dropped
        if fd > 2 and fd not in (task_r, result_w):
            try:
                os.close(fd)
            except OSError:
                pass
    inp = os.fdopen(task_r, "rb")
    out = os.fdopen(result_w, "wb")
    while True:
        head = inp.read(8)
        if len(head) < 8:
            return
        (n,) = struct.unpack("!Q", head)
        messages, verp = pickle.loads(inp.read(n))
        try:
            blob = pickle.dumps(_classify_task(messages, verp), protocol=5)
        except Exception:  # noqa: BLE001 - a result that does not pickle: the engine's turn
            blob = pickle.dumps([(None, None, None)] * len(messages), protocol=5)
        out.write(struct.pack("!Q", len(blob)) + blob)
        out.flush()


def _classify_task(messages: list[tuple[bytes, float]], verp: list[str]
                   ) -> list[tuple[Any, bytes | None, float | None]]:
    """In a classifier process, per (raw, received_at): the report, the message digest and when
    it occurred (its Date), all that the engine would work out from the message alone; (None,
    None, None) when the classifier raised (the engine classifies it again in the bridge, and
    quarantines it)."""
    from filter import classify
    from filter.engine import message_digest

    try:
        from filter.engine import _date_of  # the engine's own reading of Date (else it reads it)
    except ImportError:  # pragma: no cover
        _date_of = None
    out: list[tuple[Any, bytes | None, float | None]] = []
    for raw, received in messages:
        try:
            out.append((classify(raw, source=SOURCE, envelope=None, verp=verp), message_digest(raw),
                        _date_of(raw, received) if _date_of is not None else None))
        except Exception:  # noqa: BLE001
            out.append((None, None, None))
    return out


class _Run:
    """One session's drain: fetch (pipelined), classify, record in groups (one durable commit
    each), then DELE; deliveries of a group are tried after its commit."""

    def __init__(self, bridge: Bridge, account: Pop3Account, engine: Engine, client: Pop3Client,
                 result: AccountResult, deadline: float, classifier: _InProcess):
        self.bridge, self.account, self.engine, self.client = bridge, account, engine, client
        self.result, self.deadline, self.classifier = result, deadline, classifier
        self.deleted: list[str] = []          # UIDLs whose DELE the server accepted
        self.target = min(_BATCH_FIRST, bridge.batch_size)
        self.fetcher: _Fetcher | None = None
        self._halted = False
        self._seen = self._seen_bytes = 0  # messages at the head of the queue known classified
        #: the server refused a RETR/TOP (-ERR): no new command; what was fetched is recorded
        self.error: Pop3CommandError | None = None

    # -- end of the session ----------------------------------------------------------------------
    def halted(self) -> bool:
        """Stop requested or session_timeout reached: take no new message (sets the result's flag)."""
        if self._halted:
            return True
        if self.bridge.stopping:
            self.result.stopped = self._halted = True
        elif time.monotonic() >= self.deadline:
            self.result.deadline = self._halted = True
            log.warning("session_timeout reached: QUIT, the rest in another session", extra={
                "fields": {"account": self.account.name, "session_timeout": self.account.session_timeout}})
        return self._halted

    def deleted_ok(self, uidl: str, *, redelete: bool) -> None:
        self.deleted.append(uidl)
        if redelete:
            self.result.redeleted += 1
        else:
            self.result.deleted += 1

    def finish(self, grace: float) -> None:
        if self.fetcher is not None:
            self.fetcher.finish(grace)

    # -- the pump --------------------------------------------------------------------------------
    def drain(self, jobs: list[tuple[int, str, int, bool]]) -> None:
        fetcher = self.fetcher = _Fetcher(self, jobs)
        classifier, clock = self.classifier, self.engine.clock
        queue: deque[_Msg] = deque()   # fetched, not recorded yet, in server order
        queued = 0                     # their bytes
        while not self.halted():
            if fetcher.more and len(queue) < _QUEUE and queued < _QUEUE_BYTES:
                try:
                    m = fetcher.next()
                except Pop3CommandError as e:  # in step still: take what was fetched, then fail
                    if self.error is None:
                        self.error = e
                    fetcher.jobs.clear()
                    continue
                if m is not None:
                    m.received = clock()
                    classifier.add(m)
                    queue.append(m)
                    queued += len(m.raw)
                    n = self._ready(queue)
                    if n and (n >= self.target or time.monotonic() - queue[0].ready_at >= _BATCH_AGE):
                        queued -= self._record(queue, n)
                    continue
            if not queue:
                break
            # nothing more to fetch for now: a group's worth of what is queued, once classified
            classifier.flush()
            if not all(classifier.wait(m, self.halted) for m in islice(queue, min(self.target, len(queue)))):
                break
            queued -= self._record(queue, self._ready(queue))
        # halted: what was fetched and not recorded stays on the server, untouched

    def _ready(self, queue: deque[_Msg]) -> int:
        """How many messages at the head of the queue are classified (at most one group)."""
        n, size = self._seen, self._seen_bytes
        for m in islice(queue, n, None):
            if n >= self.target or (n and size + len(m.raw) > _BATCH_BYTES) or not self.classifier.poll(m):
                break
            n += 1
            size += len(m.raw)
        self._seen, self._seen_bytes = n, size
        return min(n, self.target)

    def _record(self, queue: deque[_Msg], n: int) -> int:
        """Record the first ``n`` messages in one durable commit, then DELE them and try their
        deliveries; the bytes taken off the queue."""
        batch = [queue.popleft() for _ in range(n)]
        self._seen, self._seen_bytes = 0, 0
        store, account, result = self.engine.store, self.account, self.result
        done: list[tuple[_Msg, str, Outcome, bool]] = []
        deliver: list[str] = []
        failure: Exception | None = None
        # ONE transaction, one fsync.  Inside it the engine's own transactions are savepoints:
        # a message whose record fails for a reason of its own (a bug) leaves at most whole
        # events (as the engine's chunked commits would), is neither remembered nor deleted, and
        # raises once the ones before it are committed and deleted.
        with store.group():
            for m in batch:
                try:
                    state, outcome, forwarded, ids = self._take(m)
                    store.pop3_remember(account.name, m.uidl, state)
                except StoreUnavailable:
                    raise  # the group is lost: nothing of it recorded, nothing deleted
                except Exception as e:  # noqa: BLE001
                    failure = e
                    break
                done.append((m, state, outcome, forwarded))
                deliver += ids
        # committed: now, and only now, the DELEs
        dele_error: Pop3Error | None = None
        try:
            for m, state, _, _ in done:
                if state == TAKEN:
                    self.fetcher.dele(m)
            self.client.flush()
        except Pop3Error as e:  # raised once the group's deliveries and counts are done
            dele_error = e
        started = time.monotonic()
        self._deliver(deliver)
        took = time.monotonic() - started
        for m, state, outcome, forwarded in done:
            self._count(m, state, outcome, forwarded)
        self.bridge._show(result)
        if self.bridge.on_message is not None:
            for m, _, outcome, _ in done:
                self.bridge.on_message(account.name, m.uidl, outcome)
        if failure is not None:
            raise failure
        if dele_error is not None:
            raise dele_error
        # the next group: bigger while commits are what costs, smaller when deliveries are slow
        if took > _DELIVERY_TARGET:
            self.target = max(1, int(len(batch) * _DELIVERY_TARGET / took))
        else:
            self.target = min(self.bridge.batch_size, self.target * 2)
        return sum(len(m.raw) for m in batch)

    def _take(self, m: _Msg) -> tuple[str, Outcome, bool, list[str]]:
        """Record one message (inside the group): (TAKEN or KEPT, outcome, forwarded, event ids
        whose deliveries to try after the commit)."""
        engine, account = self.engine, self.account
        if m.report is not None:
            outcome = engine.record(m.report, raw=m.raw, source=SOURCE, received_at=m.received,
                                    occurred_at=m.occurred, digest=m.digest, inline_budget=0)
        else:  # not classified (it raised, or its worker failed): the engine's own path
            outcome = engine.process(m.raw, source=SOURCE, inline_budget=0)
        ids = [e["id"] for e in outcome.events] if outcome.enqueued else []
        report = outcome.report
        if outcome.quarantined or report is None or report.kind != model.NOT_BOUNCE:
            return TAKEN, outcome, False, ids
        if account.non_bounce == "delete":
            return TAKEN, outcome, False, ids
        if account.non_bounce == "forward" and not m.headonly:
            return TAKEN, outcome, True, ids + self.bridge._forward(engine, account, outcome, m.raw)
        if account.non_bounce == "forward":
            log.warning("not a bounce, too big to forward: kept on the server", extra={"fields": {
                "account": account.name, "size": len(m.raw), "max_message_size": account.max_message_size}})
        return KEPT, outcome, False, ids

    def _count(self, m: _Msg, state: str, outcome: Outcome, forwarded: bool) -> None:
        result = self.result
        result.done += 1
        if m.headonly:
            result.headonly += 1
        result.events += outcome.new
        result.duplicates += outcome.duplicate
        if outcome.quarantined:
            result.quarantined += 1
            return
        report = outcome.report
        if report is None or report.kind != model.NOT_BOUNCE:
            for ev in outcome.events:
                if ev.get("event") == "bounce":
                    cls = (ev.get("recipient") or {}).get("class") or (report.kind if report else "unknown")
                    result.classes[cls] += 1
            return
        result.classes[model.NOT_BOUNCE] += 1
        if forwarded:
            result.forwarded += 1
        elif state == KEPT:
            result.kept += 1

    def _deliver(self, ids: list[str]) -> None:
        """The group's new deliveries, tried once its events are committed, within
        ``outbox.inline_budget`` (what is not done stays queued for ``outbox work``)."""
        ob = self.bridge.config.outbox
        if not ids or not ob.inline or ob.inline_budget <= 0:
            return
        try:
            self.engine.outbox.run(event_ids=sorted(set(ids)), deadline=time.monotonic() + ob.inline_budget)
        except Exception as e:  # noqa: BLE001 - recorded and queued durably: the worker delivers
            log.warning("inline delivery stopped; left to the outbox", extra={"fields": {
                "account": self.account.name, "error": f"{type(e).__name__}: {e}"}})


def _default_workers() -> int:
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return min(cpus - 1, 4)  # and this process classifies while it waits for them


def _transient(e: BaseException) -> bool:
    """Worth another session after a pause: connection and login failures, a busy store."""
    if isinstance(e, Pop3Error):
        return e.transient
    return isinstance(e, StoreUnavailable)
