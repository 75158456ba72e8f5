"""Drain POP3 bounce mailboxes into the engine: accounts, polling, backoff, UIDL memory.

One *round* of one account is up to ``pop3.tries`` sessions (tenacity, exponential backoff with
jitter between them) until one drains the mailbox.  A session:

1. connects (``pop3s`` / ``starttls`` / ``plain``, certificates verified) and logs in;
2. ``UIDL`` and ``LIST``; the account's remembered UIDLs are read from the store and those no
   longer on the server are forgotten;
3. for each message, in server order: a UIDL remembered as ``kept`` is skipped; one remembered as
   ``taken`` (recorded by an earlier session that dropped before ``QUIT``) is only ``DELE``\\ d;
   a new one is fetched (``RETR``, or ``TOP`` when ``LIST`` says it is over
   ``max_message_size``: classified on its head), given to :meth:`filter.engine.Engine.process`
   (recorded durably, or quarantined), remembered, then ``DELE``\\ d -- unless it is not a bounce
   and the account says ``non_bounce: keep``, when it stays on the server, remembered as ``kept``;
4. ``QUIT`` commits the deletions; their UIDLs are then forgotten.

Why no duplicate can come out of a dropped session: a message is ``DELE``\\ d only after the engine
committed its events, and a ``DELE`` counts only at ``QUIT``.  If the connection, the server or
the bridge dies before ``QUIT``, the message is still on the server next time; its UIDL says it was
taken, so it is deleted without being classified again.  If even the UIDL mark was lost (it is
written without fsync, after the engine's durable commit), the message is classified again and the
engine finds the same event ids (a digest of the message and the recipient): nothing new is
recorded and nothing is delivered twice.

Non-bounces: ``keep`` (default: left on the server, never classified twice), ``delete``, or
``forward``: the message's ``not_bounce`` event is queued for the named ``forward`` action in the
durable outbox (the message kept in the store), then deleted from the server.

Bounds against a broken or hostile server (``docs/security.md``): a session lasts at most
``session_timeout`` (then it takes no new message and sends ``QUIT``; network reads end there);
``RETR``/``TOP`` answers are read up to ``2 * max_message_size + 1 MiB`` bytes, then the
connection is dropped; listings keep the first 100,000 messages (the rest are seen in a later
session, and UIDLs beyond them are not forgotten); SIGTERM stops a read in progress within 2 s.

One account's failure never stops the others: each account runs in its own thread with its own
engine (store connection).  :meth:`Bridge.stop` (SIGTERM/SIGINT in the command) lets the current
message finish, sends ``QUIT`` and returns.
"""
from __future__ import annotations

import logging
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from filter import model
from filter.store import StoreUnavailable

from .client import Pop3Client, Pop3Error, Pop3Stopped

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config, Pop3Account
    from filter.engine import Engine, Outcome

__all__ = ["KEPT", "SOURCE", "TAKEN", "AccountResult", "Bridge", "Progress"]

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

    def __init__(self, config: Config, *, accounts: list[Pop3Account] | None = None,
                 classify: Callable[..., Any] | None = None, progress: Progress | None = None,
                 on_message: Callable[[str, str, Outcome | None], None] | None = None,
                 stop_event: threading.Event | None = None):
        if config.pop3 is None:
            raise ValueError("the configuration has no pop3: section")
        self.config = config
        self.settings = config.pop3
        self.accounts = list(accounts if accounts is not None else self.settings.accounts)
        self._classify = classify
        self.progress = progress
        #: called after each message is taken or kept: (account name, uidl, outcome)
        self.on_message = on_message
        self.stop_event = stop_event or threading.Event()

    # -- control ---------------------------------------------------------------------------------
    def stop(self) -> None:
        """Finish the current message, QUIT, and return (from any thread or a signal handler)."""
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
        client = Pop3Client(account.host, account.port, tls=account.tls, ca_file=account.ca_file,
                            timeout=account.timeout, allow_insecure=account.allow_insecure,
                            deadline=deadline, should_stop=self.stop_event.is_set,
                            max_response=2 * account.max_message_size + (1 << 20))
        try:
            client.connect()
            client.login(account.username, account.password)
            listing = client.uidl()
            sizes = client.list() if listing else {}
            truncated = client.listing_truncated
            store = engine.store
            seen = store.pop3_uidls(account.name)
            if not truncated:  # a cut listing does not say which UIDLs are gone
                present = {u for _, u in listing}
                store.pop3_forget(account.name, [u for u in seen if u not in present])
            todo = [(n, u) for n, u in listing if seen.get(u) != KEPT]
            result.on_server = len(listing)
            result.todo = result.done + sum(1 for _, u in todo if u not in seen)
            self._show(result, force=True)
            deleted: list[str] = []
            try:
                for num, uidl in todo:
                    if self.stopping:
                        result.stopped = True
                        break
                    if time.monotonic() >= deadline:
                        result.deadline = True
                        log.warning("session_timeout reached: QUIT, the rest in another session", extra={
                            "fields": {"account": account.name, "session_timeout": account.session_timeout}})
                        break
                    if seen.get(uidl) == TAKEN:  # recorded by a session that dropped before QUIT
                        client.dele(num)
                        deleted.append(uidl)
                        result.redeleted += 1
                        continue
                    state, outcome = self._take(client, engine, account, num, sizes.get(num, 0), result)
                    store.pop3_remember(account.name, uidl, state)
                    if state == TAKEN:
                        client.dele(num)
                        deleted.append(uidl)
                        result.deleted += 1
                    result.done += 1
                    self._show(result)
                    if self.on_message is not None:
                        self.on_message(account.name, uidl, outcome)
            except StoreUnavailable:
                try:  # commit the deletions of what was recorded before the store failed
                    client.quit(grace=account.timeout)
                    store.pop3_forget(account.name, deleted)
                except (Pop3Error, StoreUnavailable):
                    pass
                raise
            if truncated and not result.stopped and not result.deadline:
                result.deadline = True  # more messages than one listing holds: another session
            client.quit(grace=account.timeout)
            store.pop3_forget(account.name, deleted)
        finally:
            client.close()

    def _take(self, client: Pop3Client, engine: Engine, account: Pop3Account, num: int, size: int,
              result: AccountResult) -> tuple[str, Outcome]:
        """Fetch, classify and record one new message; TAKEN (to delete) or KEPT."""
        limit = account.max_message_size
        if size > limit:
            raw, _ = client.top(num, account.top_lines, limit=limit)
            headonly = True
        else:
            raw, headonly = client.retr(num, limit=limit)  # cut only if LIST under-reported the size
        if headonly:
            result.headonly += 1
        outcome = engine.process(raw, source=SOURCE)
        result.events += outcome.new
        result.duplicates += outcome.duplicate
        if outcome.quarantined:
            result.quarantined += 1
            return TAKEN, outcome
        report = outcome.report
        if report is None or report.kind != model.NOT_BOUNCE:
            for ev in outcome.events:
                if ev.get("event") == "bounce":
                    cls = (ev.get("recipient") or {}).get("class") or (report.kind if report else "unknown")
                    result.classes[cls] += 1
            return TAKEN, outcome
        result.classes[model.NOT_BOUNCE] += 1
        if account.non_bounce == "delete":
            return TAKEN, outcome
        if account.non_bounce == "forward" and not headonly:
            self._forward(engine, account, outcome, raw)
            result.forwarded += 1
            return TAKEN, outcome
        if account.non_bounce == "forward":
            log.warning("not a bounce, too big to forward: kept on the server", extra={"fields": {
                "account": account.name, "size": size, "max_message_size": limit}})
        result.kept += 1
        return KEPT, outcome

    def _forward(self, engine: Engine, account: Pop3Account, outcome: Outcome, raw: bytes) -> None:
        """Queue the message's not_bounce event for the forward action (durably), then try it."""
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
        ob = self.config.outbox
        if queued and ob.inline and ob.inline_budget > 0:
            try:
                engine.outbox.run(event_ids=queued, deadline=time.monotonic() + ob.inline_budget)
            except StoreUnavailable:
                pass  # queued durably: `bouncefilter outbox work` delivers it


def _transient(e: BaseException) -> bool:
    """Worth another session after a pause: connection and login failures, a busy store."""
    if isinstance(e, Pop3Error):
        return e.transient
    return isinstance(e, StoreUnavailable)
