"""Drain IMAP bounce folders into the engine: accounts, IDLE or polling, backoff, UID memory.

The drain itself is the POP3 bridge's (:mod:`pop3bridge.bridge`), reused, not written again:
retries with backoff (``imap.tries``), classification (in worker processes for a large folder),
group commit (one durable store transaction for up to 64 messages, with each message's mark),
"recorded before removed", ``non_bounce``, bounds on memory, inline deliveries.  What is IMAP's
own is here and in :mod:`imapbridge.client`:

1. a session connects (``imaps`` / ``starttls`` / ``plain``, certificates verified), logs in
   (LOGIN, or XOAUTH2 with a token file read again at every login), creates ``processed_folder``
   (and ``non_bounce_folder``) when missing, and SELECTs ``folder``;
2. **UIDVALIDITY** (RFC 3501 section 2.3.1.1): the UIDs of the folder are remembered in the store
   (the POP3 bridge's ``pop3_uidls`` table) under the account key ``imap:NAME:UIDVALIDITY``, and
   the UIDVALIDITY last seen under ``imap:NAME`` (uid ``uidvalidity``).  When the server's
   changes, the old UIDs mean nothing any more: they are forgotten and the folder is read again
   from the start; the events' stable ids (a digest of the message and the recipient) make the
   messages read before duplicates, never new events;
3. ``UID FETCH 1:* (FLAGS RFC822.SIZE)``: messages remembered as ``kept`` (human mail left in
   the folder, bounces flagged) are skipped, and so are messages marked \\Deleted by others; a
   message remembered as ``taken`` whose disposition did not happen (the bridge or the server
   died in between) is read again (a duplicate: nothing new recorded or sent) and disposed of;
   one we had marked \\Deleted is only expunged;
4. new messages are fetched (``BODY.PEEK[]``: never marked \\Seen; over ``max_message_size`` only
   the first that many bytes, classified as the head of the message), classified and recorded in
   groups; once a group is committed, and only then, its bounces are moved to
   ``processed_folder`` (``UID MOVE``, RFC 6851; else ``UID COPY`` + ``\\Deleted`` + ``UID
   EXPUNGE``, RFC 4315), or flagged (``processed_flag`` and \\Seen, then remembered as kept), or
   deleted, as ``processed`` says; human mail is kept, moved to ``non_bounce_folder``, deleted,
   or forwarded (then deleted), as ``non_bounce`` says.

Why no loss and no duplicate when the server or the bridge dies mid-drain: a message leaves the
folder only after its events are committed; one that was committed and not moved is still in the
folder next time, and reading it again finds the same event ids.

Waiting for mail (``run_forever``): with ``idle: true`` and a server that offers IDLE, the
session stays open and waits in IDLE (RFC 2177, re-issued every ``idle_timeout``; stop requests
looked at every 0.5 s) until the server reports new mail, then drains again; otherwise it logs
out and polls every ``poll_interval``.  SIGTERM: the current group is finished (recorded and
disposed of), then LOGOUT; a read still blocked 2 s later is cut (its messages are still in the
folder, untouched, or recorded and read again as duplicates).
"""
from __future__ import annotations

import dataclasses
import logging
import random
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from filter.core import model
from filter.store.sqlite import StoreUnavailable
from pop3bridge.bridge import KEPT, TAKEN, AccountResult, Bridge, Progress, _Run, _Stopped

from imapbridge.client import DELETED, MAX_MESSAGES, ImapError, ImapSession, Wire

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config, ImapAccount
    from filter.engine import Engine, Outcome

__all__ = ["SOURCE", "AccountResult", "ImapBridge", "Progress", "memory_key"]

log = logging.getLogger("bouncefilter.imapbridge")

SOURCE = "imap"            # the ``source`` of the events (rules: ``match: {source: imap}``)
STOP_GRACE = 2.0           # after a stop request, a read still blocked this long is cut


def memory_key(account: str, uidvalidity: int | str) -> str:
    """The store's account key of one folder's UIDs (``pop3_uidls.account``)."""
    return f"imap:{account}:{uidvalidity}"


@dataclasses.dataclass(frozen=True)
class _Keyed:
    """What the POP3 drain reads of an account, named by the UID memory key of this session."""

    name: str
    non_bounce: str
    forward_action: str | None
    max_message_size: int
    session_timeout: float
    top_lines: int = 0


class _Sourced:
    """The engine, with ``source: imap`` on what the POP3 drain records (it names its own)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def record(self, report: Any, **kw: Any) -> Outcome:
        kw["source"] = SOURCE
        return self._engine.record(report, **kw)

    def process(self, raw: bytes, **kw: Any) -> Outcome:
        kw["source"] = SOURCE
        return self._engine.process(raw, **kw)


class _ImapRun(_Run):
    """The POP3 drain of one session, each recorded message given its disposition."""

    wire: Wire
    imap_account: ImapAccount

    def _take(self, m: Any) -> tuple[str, Outcome, bool, list[str]]:
        state, outcome, forwarded, ids = super()._take(m)
        report = outcome.report
        human = not outcome.quarantined and report is not None and report.kind == model.NOT_BOUNCE
        if human and state == KEPT and self.imap_account.non_bounce == "move":
            state = TAKEN
        if state == TAKEN:
            self.wire.plan[m.num] = ("human" if self.imap_account.non_bounce == "move" else "delete") \
                if human else "processed"
        return state, outcome, forwarded, ids


class ImapBridge(Bridge):
    """Drains the accounts of ``config.imap`` into an :class:`~filter.engine.Engine` each
    (the POP3 bridge's loop and drain; IMAP sessions, IDLE and UID memory of its own)."""

    section = "imap"

    def __init__(self, config: Config, *, accounts: list[ImapAccount] | None = None,
                 classify: Callable[..., Any] | None = None, progress: Progress | None = None,
                 on_message: Callable[[str, str, Outcome | None], None] | None = None,
                 stop_event: threading.Event | None = None, workers: int | None = None,
                 batch_size: int | None = None):
        # on_message: called after each message is recorded: (memory key, uid, outcome)
        super().__init__(config, accounts=accounts, classify=classify, progress=progress, on_message=on_message,
                         stop_event=stop_event, workers=workers, batch_size=batch_size)
        #: run_forever: sessions stay open between rounds to wait in IDLE
        self._linger = False
        self._open: dict[str, ImapSession] = {}   # account name -> its session, open or lingering
        self._highest: dict[str, int] = {}        # account name -> the highest UID listed
        self._lock = threading.Lock()

    # -- control ---------------------------------------------------------------------------------
    def stop(self) -> None:
        """Finish the current group (record, dispose of), LOGOUT, return; a read still blocked
        after :data:`STOP_GRACE` seconds is cut (from any thread or a signal handler)."""
        self.stop_event.set()
        timer = threading.Timer(STOP_GRACE, self._cut_all)
        timer.daemon = True
        timer.start()

    def _cut_all(self) -> None:
        with self._lock:
            sessions = list(self._open.values())
        for s in sessions:
            s.cut()

    def run_forever(self) -> None:
        """Until :meth:`stop`: drain, then wait for mail in IDLE (or poll), per account."""
        self._linger = True
        try:
            super().run_forever()
        finally:
            for name in list(self._open):
                self._drop(name, logout=True)

    def _loop(self, account: ImapAccount) -> None:  # type: ignore[override]
        s = self.settings
        failures = 0
        while not self.stopping:
            r = self.drain(account)
            if self.stopping:
                break
            if r.ok:
                failures = 0
                if not self._idle(account):
                    self.stop_event.wait(s.poll_interval + random.uniform(0, s.poll_jitter))
                continue
            failures += 1
            self._drop(account.name)
            delay = min(s.backoff_max, s.backoff_initial * 2 ** min(failures, 30))
            log.warning("account failed; next round later", extra={"fields": {
                "account": account.name, "error": r.error, "retry_in": round(delay, 2)}})
            self.stop_event.wait(delay + random.uniform(0, s.poll_jitter))

    def _idle(self, account: ImapAccount) -> bool:
        """Wait in IDLE on the session the drain left open; False when there is none (poll)."""
        session = self._open.get(account.name)
        if session is None or session.imap is None:
            return False
        try:
            if session.newer_than(self._highest.get(account.name, 0)):
                return True  # came while the drain ran: no need to wait
            news = session.idle(account.idle_timeout, lambda: self.stopping)
            log.debug("idle ended", extra={"fields": {"account": account.name, "new_mail": news}})
        except ImapError as e:
            log.warning("IDLE failed; reconnecting", extra={"fields": {"account": account.name, "error": str(e)}})
            self._drop(account.name)
        return True

    def _drop(self, name: str, *, logout: bool = False) -> None:
        with self._lock:
            session = self._open.pop(name, None)
        if session is not None:
            session.logout() if logout else session.close()

    # -- one session -----------------------------------------------------------------------------
    def _session(self, account: ImapAccount, engine: Engine, result: AccountResult) -> None:  # type: ignore[override]
        if self.stopping:
            raise _Stopped
        result.sessions += 1
        deadline = time.monotonic() + account.session_timeout
        with self._lock:
            session = self._open.get(account.name)
        fresh = session is None or session.imap is None
        if fresh:
            session = ImapSession(account, should_stop=self.stop_event.is_set)
            with self._lock:
                self._open[account.name] = session
        classifier = None
        keep = False
        try:
            if fresh:
                session.connect()
                if account.processed == "move":
                    if session.ensure_folder(account.processed_folder):
                        log.info("folder created", extra={"fields": {"account": account.name,
                                                                     "folder": account.processed_folder}})
                if account.non_bounce == "move" and account.non_bounce_folder:
                    session.ensure_folder(account.non_bounce_folder)
            uidvalidity, _ = session.select(account.folder)
            store = engine.store
            key = self._uidvalidity(store, account, uidvalidity)
            listing = session.listing()
            self._highest[account.name] = max(listing, default=0)
            seen = store.pop3_uidls(key)
            # UIDs gone from the folder are forgotten (above a cut listing nothing is known)
            top = max(listing) if len(listing) >= MAX_MESSAGES else None
            store.pop3_forget(key, [u for u in seen if not u.isdigit()
                                    or (int(u) not in listing and (top is None or int(u) < top))])
            flag = account.processed_flag.encode().lower()
            ours = [uid for uid, (flags, _) in listing.items()
                    if seen.get(str(uid)) == TAKEN and DELETED in flags]
            if ours:  # our COPY + \Deleted happened, the EXPUNGE did not: finish it
                session.expunge(ours)
                store.pop3_forget(key, [str(u) for u in ours])
                result.redeleted += len(ours)
            todo = [(uid, size) for uid, (flags, size) in sorted(listing.items())
                    if seen.get(str(uid)) != KEPT and DELETED not in flags
                    and not (account.processed == "flag" and flag in {f.lower() for f in flags})]
            result.on_server = len(listing)
            result.todo = result.done + len(todo)
            self._show(result, force=True)
            wire = Wire(session)
            classifier = self._classifier(len(todo))
            keyed = _Keyed(key, "keep" if account.non_bounce == "move" else account.non_bounce,
                           account.forward_action, account.max_message_size, account.session_timeout)
            run = _ImapRun(self, keyed, _Sourced(engine), wire, result, deadline, classifier)  # type: ignore[arg-type]
            run.wire, run.imap_account = wire, account
            try:
                run.drain([(uid, str(uid), size, False) for uid, size in todo])
            finally:
                self._settle(store, key, run, wire)
            run.finish(account.timeout)
            self._settle(store, key, run, wire)
            if run.error is not None:  # a message that vanished: what came before it is done
                raise run.error
            keep = self._linger and account.idle and not self.stopping and session.has("IDLE")
        except (ImapError, StoreUnavailable):
            self._drop(account.name)
            raise
        finally:
            if classifier is not None:
                classifier.close()
            if not keep and session.imap is not None:
                self._drop(account.name, logout=True)

    def _settle(self, store: Any, key: str, run: _Run, wire: Wire) -> None:
        """What left the folder is forgotten; what was flagged is remembered as kept."""
        done, run.deleted = run.deleted, []
        try:
            store.pop3_forget(key, [u for u in done if int(u) not in wire.flagged])
            for u in done:
                if int(u) in wire.flagged:
                    store.pop3_remember(key, u, KEPT)
        except StoreUnavailable:
            pass  # the next listing forgets what is gone; a flagged one is skipped by its flag

    def _uidvalidity(self, store: Any, account: ImapAccount, uidvalidity: int) -> str:
        """The memory key for this UIDVALIDITY; the old UIDs forgotten when it changed."""
        meta = f"imap:{account.name}"
        before = store.pop3_uidls(meta).get("uidvalidity")
        if before != str(uidvalidity):
            if before is not None:
                old = memory_key(account.name, before)
                gone = list(store.pop3_uidls(old))
                store.pop3_forget(old, gone)
                log.warning("UIDVALIDITY changed: the folder is read again (known messages are duplicates, "
                            "not new events)", extra={"fields": {"account": account.name, "folder": account.folder,
                                                                 "before": before, "now": uidvalidity,
                                                                 "forgotten": len(gone)}})
            store.pop3_remember(meta, "uidvalidity", str(uidvalidity))
        return memory_key(account.name, uidvalidity)
