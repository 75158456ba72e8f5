"""The LMTP service (RFC 2033): Postfix's ``lmtp`` client delivers bounces to it, as it hands
mail to Dovecot or Cyrus, without starting a Python interpreter per bounce.

    bouncefilter lmtp --config /etc/bouncefilter/bouncefilter.yaml [--listen unix:/PATH|HOST:PORT]

One process, four threads (a Store connection is never shared between threads):

* the **asyncio loop** (main thread) speaks LMTP: aiosmtpd's :class:`~aiosmtpd.lmtp.LMTP`,
  with DATA read here (any line length, dot-unstuffed, spilled to disk past ``lmtp.max_size``)
  and one reply per recipient after the message.  It never touches the store: it hands the
  message to the recorder and awaits the outcome.
* the **recorder**, two threads in a pipeline: the *classifier* classifies each message as it
  arrives (:meth:`Engine.prepare`, no store); the *committer* owns the store and records what
  has been classified meanwhile -- up to ``lmtp.group_commit`` messages, waiting at most
  ``lmtp.group_window`` for more -- in ONE durable transaction (:meth:`Engine.record_batch`):
  group commit, one fsync for many bounces, and the next group is classified during it.  Only
  then are the sessions answered.
* the **outbox** thread (``lmtp.deliver``) delivers what the records enqueued, as ``outbox
  work`` does; the recorder never delivers inline (budget 0).

Replies after DATA, one per accepted recipient, all the same for one message:

==========  ======================================================================================
``250``     ``2.0.0``: the message's events are durably recorded (new or already known), or it is
            quarantined whole (larger than ``lmtp.max_size``, the classifier raised), or it is
            not a bounce, input that is not a mail message included (recorded as
            ``not_bounce.record`` says; the same answer as ``classify`` and the pipe).
``451``     ``4.3.0``: nothing could be recorded (store locked past ``store.busy_timeout``, disk
            full, unwritable, an internal error): Postfix keeps the message and retries.
``452``     ``4.3.1``: larger than ``lmtp.max_spill``: not kept; Postfix keeps it and retries.
==========  ======================================================================================

Never a 5xx for content: a bounce must not bounce.  The only 5xx are protocol errors (a command
out of order or malformed) and, as RFC 1870 allows, ``552`` at MAIL for a declared ``SIZE``
above ``lmtp.max_spill`` (advertised in the LHLO reply; Postfix then returns the message to its
sender, the double-bounce rules apply).

The envelope: the message is processed once whatever the number of recipients (one set of
events); the envelope recipient given to the engine (VERP decoding, signed return paths) is the
first that matches a ``verp`` pattern, else the first.  ``Return-Path: <sender>`` is added in
front, as a final delivery (and the pipe's ``flags=R``) does.

Sessions: at most ``lmtp.max_sessions`` at once; more wait for a free one (their greeting is
delayed) for up to ``lmtp.timeout``, then get ``421 4.3.2``.  SIGTERM/SIGINT: stop listening,
close idle sessions (``421``), let the ones in a transaction finish it (up to ``lmtp.timeout``),
record what was received, exit 0.  SIGHUP: reload the config (new messages use it; an invalid
file keeps the old one, logged).  SIGUSR1: log the counters (:meth:`LmtpService.stats`).
"""
from __future__ import annotations

import asyncio
import collections
import itertools
import logging
import os
import queue
import re
import signal
import socket
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import syntax

from filter.core.address import compile_verp
from filter import sdnotify
from filter.engine import Engine, Outcome, StoreUnavailable
from filter.core.model import NOT_BOUNCE, Envelope
from filter.adapters.pipe import Unreadable, null_sender, pipe_classify, unreadable

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config

__all__ = ["ListenError", "LmtpService", "parse_listen", "serve"]

log = logging.getLogger("bouncefilter.lmtp")

#: :meth:`LmtpService.stats` keys that are levels, not counts (Prometheus gauges)
_GAUGES = frozenset({"sessions_active", "sessions_peak", "queued"})
_METRICS_HELP = {
    "messages": "messages received (DATA)", "recorded": "messages answered 250 after a durable record",
    "quarantined": "messages quarantined (the core could not read them)", "not_bounce": "messages that are no bounce",
    "tempfailed": "messages answered 451 (nothing could be recorded; the MTA retries)",
    "too_large": "messages refused 452 (larger than max_spill)", "events_new": "new events recorded",
    "sessions": "LMTP sessions accepted", "sessions_refused": "sessions refused 421 (max_sessions, stopping)",
    "sessions_active": "sessions open now", "sessions_peak": "most sessions open at once since start",
    "batches": "group commits", "commits": "durable commits of the store",
    "queued": "messages waiting for the recorder now",
}

#: recipients of one transaction at most (more: 452 4.5.3, the client sends them in another)
MAX_RECIPIENTS = 1000
_CHUNK = 1 << 20


class ListenError(Exception):
    """The service cannot listen where it was told (address in use, bad path, permissions)."""


def parse_listen(spec: str) -> tuple[str, str, int]:
    """``unix:/PATH`` -> ("unix", PATH, 0); ``HOST:PORT`` / ``[IPv6]:PORT`` -> ("tcp", HOST, PORT)."""
    if spec.startswith("unix:"):
        path = spec[5:]
        if not path.startswith("/"):
            raise ListenError(f"{spec!r}: a unix socket needs an absolute path (unix:/PATH)")
        return "unix", path, 0
    m = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\]:(\d{1,5})|([A-Za-z0-9.-]+):(\d{1,5})", spec)
    if not m:
        raise ListenError(f"{spec!r} is not unix:/PATH, HOST:PORT or [IPv6]:PORT")
    host, port = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not 0 <= int(port) < 65536:  # 0: any free port (tests)
        raise ListenError(f"{spec!r}: no such port")
    return "tcp", host, int(port)


def _text(value: Any, limit: int = 300) -> str:
    """One printable ASCII line (a reply text or a log field), at most ``limit`` characters."""
    s = " ".join(str(value).split())
    s = "".join(c if " " <= c <= "~" else "?" for c in s)
    return s if len(s) <= limit else s[:limit - 3] + "..."


# -- the recorder: one thread owns the engine; group commit ---------------------------------------
@dataclass(slots=True, eq=False)
class _Job:
    raw: bytes
    envelope: Envelope
    mid: str
    #: its state across threads: cancelled by the session that gave up, or taken by the classifier
    future: Future
    #: where the outcome goes (the loop's future; resolved a group at a time)
    waiter: asyncio.Future
    #: a message larger than ``lmtp.max_size``: the whole of it, kept in quarantine/ (``raw`` is
    #: its head) and its size
    spill: Path | None = None
    size: int = 0


class _Recorder:
    """Two threads in a pipeline: the classifier prepares each job as it arrives
    (:meth:`Engine.prepare`: no store), the committer records what has been prepared meanwhile
    -- a group -- with one durable commit (:meth:`Engine.record_batch`).  While the committer
    waits for its fsync (the GIL is free then), the classifier prepares the next group."""

    def __init__(self, service: LmtpService):
        self.service = service
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        self.ready: queue.Queue[tuple[_Job, Any] | None] = queue.Queue()
        self.batches = 0
        self.commits = 0            # durable commits by the committer's stores
        self._closed_commits = 0
        self._engines: dict[str, Engine | None] = {"classify": None, "commit": None}
        self.cpu: dict[str, float] = {}  # CPU seconds of each thread, once it has ended
        self.threads = [threading.Thread(target=self._classify_loop, name="bf-lmtp-classify", daemon=True),
                        threading.Thread(target=self._commit_loop, name="bf-lmtp-record", daemon=True)]

    def start(self) -> None:
        for t in self.threads:
            t.start()

    def submit(self, job: _Job) -> None:
        self.jobs.put(job)

    def pending(self) -> int:
        return self.jobs.qsize() + self.ready.qsize()

    def stop(self, timeout: float | None = None) -> None:
        """Record every job already submitted, then stop (and close the store)."""
        self.jobs.put(None)
        for t in self.threads:
            t.join(timeout)

    def _engine(self, role: str) -> Engine:
        """Each thread its own engine (a Store connection is never shared); a new one after a reload."""
        config = self.service.config
        engine = self._engines[role]
        if engine is not None and engine.config is not config:  # reloaded (SIGHUP)
            self._close(role)
            engine = None
        if engine is None:
            engine = self._engines[role] = self.service.engine_factory(config)
        return engine

    def _close(self, role: str) -> None:
        engine, self._engines[role] = self._engines[role], None
        if engine is not None:
            store = engine._store
            if role == "commit":
                self._closed_commits += store.commits if store is not None else 0
            engine.close()

    # -- stage 1: classify ------------------------------------------------------------------------
    def _classify_loop(self) -> None:
        try:
            from filter.core import pipeline as core  # noqa: F401 - the first bounce should not wait for the core's imports
        except Exception:  # noqa: BLE001 - the first message says it again
            pass
        try:
            while True:
                job = self.jobs.get()
                if job is None:
                    break
                if job.future.set_running_or_notify_cancel():  # not given up by its session
                    self.ready.put((job, self._prepare(job)))
                elif job.spill is not None:
                    job.spill.unlink(missing_ok=True)
        finally:
            self._close("classify")
            self.cpu["classify"] = time.thread_time()
            self.ready.put(None)

    def _prepare(self, job: _Job):
        try:
            engine = self._engine("classify")
        except Exception as e:  # noqa: BLE001 - said per message (451)
            return e
        classify = None
        if job.spill is not None:
            limit, size = self.service.config.lmtp.max_size, job.size

            def classify(_raw: bytes, **kw):
                raise Unreadable(f"larger than lmtp.max_size ({limit} bytes): {size} bytes; kept whole")
        try:
            return engine.prepare(job.raw, source="lmtp", envelope=job.envelope, classify=classify)
        except Exception as e:  # noqa: BLE001 - prepare absorbs the content's; this is a bug
            return e

    # -- stage 2: record, a group at a time ---------------------------------------------------------
    def _commit_loop(self) -> None:
        try:
            while True:
                item = self.ready.get()
                if item is None:
                    break
                if self._group(item):
                    break
        finally:
            self._close("commit")
            self.cpu["commit"] = time.thread_time()

    def _group(self, first: tuple[_Job, Any]) -> bool:
        """Collect one group (what is ready now, up to ``lmtp.group_commit``, waiting at most
        ``lmtp.group_window`` for more) and record it; True when the stop sentinel was met."""
        settings = self.service.config.lmtp
        batch = [first]
        stop = False
        deadline = time.monotonic() + settings.group_window
        while len(batch) < settings.group_commit:
            wait = deadline - time.monotonic()
            try:
                item = self.ready.get(timeout=wait) if wait > 0 else self.ready.get_nowait()
            except queue.Empty:
                break
            if item is None:
                stop = True
                break
            batch.append(item)
        self._commit(batch)
        return stop

    def _commit(self, batch: list[tuple[_Job, Any]]) -> None:
        prepared = [(i, p) for i, (_, p) in enumerate(batch) if not isinstance(p, Exception)]
        results: list[Any] = [p for _, p in batch]
        if prepared:
            engine = None
            try:
                engine = self._engine("commit")
                out = engine.record_batch([p for _, p in prepared], inline_budget=0)
                for (i, _), r in zip(prepared, out):
                    results[i] = r
            except Exception as e:  # noqa: BLE001 - StoreUnavailable (or a bug): none of them recorded
                for i, _ in prepared:
                    results[i] = e
            self.batches += 1
            store = engine._store if engine is not None else None
            self.commits = self._closed_commits + (store.commits if store is not None else 0)
        wake = False
        answers = []
        for (job, _), result in zip(batch, results):
            if job.spill is not None:
                result = self._keep_spill(job, result)
            if isinstance(result, Outcome) and result.enqueued:
                wake = True
            answers.append((job.waiter, result))
        self.service.answer(answers)  # one wake-up of the loop for the whole group
        if wake:
            self.service.wake_deliverer()

    @staticmethod
    def _keep_spill(job: _Job, result: Any) -> Any:
        """The quarantine file of an oversized message is its head: put the whole message there."""
        spill, job.spill = job.spill, None
        try:
            if isinstance(result, Outcome) and result.quarantined is not None:
                from filter.fsutil import fsync_dir

                try:
                    os.replace(spill, result.quarantined)
                    fsync_dir(result.quarantined.parent)
                except OSError as e:
                    return StoreUnavailable(f"cannot keep an oversized message in {result.quarantined.parent}: "
                                            f"{e.strerror or e}")
            return result
        finally:
            if spill is not None:
                spill.unlink(missing_ok=True)


# -- DATA: dot-unstuffing, and the spill of an oversized message -----------------------------------
class _Unstuff:
    """Incremental RFC 5321 section 4.5.2 transparency removal for data written piece by piece."""

    def __init__(self) -> None:
        self.pending = bytearray()  # never holds a CRLF
        self.line_start = True      # ``pending`` begins a line

    def feed(self, data: bytes) -> bytes:
        buf = self.pending
        start = max(0, len(buf) - 1)
        buf += data
        cut = buf.rfind(b"\r\n", start)
        if cut < 0:
            if len(buf) < 65536:
                return b""
            keep = 1 if buf.endswith(b"\r") else 0  # a "\r\n." may start with it
            out, self.pending = bytes(buf[:len(buf) - keep]), bytearray(buf[len(buf) - keep:])
            if self.line_start and out.startswith(b"."):
                out = out[1:]
            self.line_start = False
            return out
        block, self.pending = bytes(buf[:cut + 2]), bytearray(buf[cut + 2:])
        if self.line_start and block.startswith(b"."):
            block = block[1:]
        self.line_start = True
        return block.replace(b"\r\n.", b"\r\n")

    def close(self) -> bytes:
        out, self.pending = bytes(self.pending), bytearray()
        return out[1:] if self.line_start and out.startswith(b".") else out


def _unstuff(data: bytes) -> bytes:
    return (data[1:] if data.startswith(b".") else data).replace(b"\r\n.", b"\r\n")


class _Spill:
    """The whole of an oversized message, written (fsynced at the end) to a new 0600 file in the
    private quarantine folder; writes run in the loop's executor."""

    def __init__(self, folder: Path):
        from filter.fsutil import create_new

        self.fd, self.path = create_new(folder, ".incoming-", ".eml")
        self.unstuff = _Unstuff()

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]

    async def write(self, data: bytes) -> None:
        data = self.unstuff.feed(data)
        if data:
            await asyncio.get_running_loop().run_in_executor(None, self._write, data)

    async def finish(self) -> None:
        def done() -> None:
            self._write(self.unstuff.close())
            os.fsync(self.fd)
            os.close(self.fd)
            self.fd = -1
        await asyncio.get_running_loop().run_in_executor(None, done)

    def discard(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        self.path.unlink(missing_ok=True)


@dataclass(slots=True)
class _Data:
    data: bytes = b""           # the message (dot-unstuffed); its head when spilled
    spill: _Spill | None = None
    size: int = 0               # bytes received (as sent, dot-stuffed)
    too_large: bool = False     # past lmtp.max_spill: nothing kept
    failed: str | None = None   # the oversized message could not be kept


# -- one LMTP session -------------------------------------------------------------------------------
class _Handler:
    """aiosmtpd hooks: enhanced status codes, the transaction state the shutdown looks at."""

    async def handle_MAIL(self, server: _Session, session, envelope, address: str, mail_options: list[str]) -> str:
        if server.service.stopping:
            server.goodbye_after_reply = True
            return "421 4.3.2 Service shutting down, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        server.in_transaction = True
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server: _Session, session, envelope, address: str, rcpt_options: list[str]) -> str:
        if len(envelope.rcpt_tos) >= MAX_RECIPIENTS:
            return "452 4.5.3 Too many recipients"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_RSET(self, server: _Session, session, envelope) -> str:
        server.in_transaction = False
        if server.service.stopping:
            server.goodbye_after_reply = True
        return "250 2.0.0 Ok"

    async def handle_NOOP(self, server: _Session, session, envelope, arg: str) -> str:
        return "250 2.0.0 Ok"

    async def handle_QUIT(self, server: _Session, session, envelope) -> str:
        return "221 2.0.0 Bye"

    async def handle_exception(self, error: Exception) -> str:  # never a 5xx for our own failure
        log.error("internal error in a session: %s: %s", type(error).__name__, error)
        return f"451 4.3.0 Internal error: {_text(type(error).__name__)}, try again later"


class _Session(LMTP):
    """One connection: aiosmtpd's LMTP with RFC 2033's extensions, our DATA, and the slots."""

    line_length_limit = 65536  # the reader's buffer limit; command lines are still held to 512 (1024 MAIL/RCPT)

    def __init__(self, service: LmtpService):
        settings = service.config.lmtp
        super().__init__(service.handler, data_size_limit=settings.max_spill, enable_SMTPUTF8=True,
                         decode_data=False, hostname=service.hostname, ident="bouncefilter LMTP",
                         timeout=settings.timeout, loop=service.loop)
        self.service = service
        self.command_size_limits = collections.defaultdict(lambda: self.command_size_limit,
                                                           {"MAIL": 1024, "RCPT": 1024})
        self.in_transaction = False
        self.goodbye_after_reply = False
        self.closing = False
        self._out: list[bytes] = []

    # -- slots (lmtp.max_sessions) ---------------------------------------------------------------
    async def _handle_client(self) -> None:
        service = self.service
        if self._timeout_handle is not None:  # waiting for a slot has a bound of its own
            self._timeout_handle.cancel()
        if not await service.acquire(self):
            self._say(b"421 4.3.2 Too many sessions or shutting down, try again later\r\n")
            return
        self._reset_timeout()
        try:
            await super()._handle_client()
        finally:
            service.release(self)

    def _say(self, line: bytes) -> None:
        """Write one last line and close (idle sessions at a stop; refused sessions)."""
        self.closing = True
        try:
            if self.transport is not None and not self.transport.is_closing():
                self.transport.write(b"".join(self._out) + line)
                self._out.clear()
                self.transport.close()
        except Exception:  # noqa: BLE001 - the peer is gone already
            pass

    def shutdown(self) -> None:
        """The service stops: an idle session is closed now, one in a transaction after its reply."""
        if self.in_transaction:
            self.goodbye_after_reply = True
        else:
            self._say(b"421 4.3.2 Service shutting down, try again later\r\n")

    async def push(self, status) -> None:
        """Replies to pipelined commands (RFC 2920) leave in one write: a reply is held while
        another whole command is already waiting in the input, and sent with the next one."""
        data = (status.encode("utf-8") if isinstance(status, str) else status) + b"\r\n"
        self._out.append(data)
        if b"\n" not in self._reader._buffer or data[:1] != b"2" or data[:3] == b"221":  # type: ignore[attr-defined]
            self._flush()
            await self._writer.drain()
        if self.goodbye_after_reply and not self.in_transaction:
            self._say(b"421 4.3.2 Service shutting down, try again later\r\n" if not
                      (isinstance(status, str) and status.startswith("421")) else b"")

    def _flush(self) -> None:
        if self._out:
            data = b"".join(self._out)
            self._out.clear()
            self._writer.write(data)

    _ADDR = re.compile(r"<((?:[^\x00-\x20<>()\[\]\\,;:@\"\x7f]+@[^\x00-\x20<>()\[\]\\,;:@\"\x7f]+)?)>(?: +(\S.*))?")

    def _getaddr(self, arg: str):
        """The common ``<local@domain> PARAMS`` and ``<>`` without the email package's parser
        (a tenth of the time); anything else as aiosmtpd parses it."""
        m = self._ADDR.fullmatch(arg.strip())
        if m is None or (self.local_part_limit and len(m.group(1).rpartition("@")[0]) > self.local_part_limit):
            return super()._getaddr(arg)
        return m.group(1) or "<>", m.group(2) or ""

    # -- the greeting -------------------------------------------------------------------------------
    @syntax("LHLO hostname")
    async def smtp_LHLO(self, hostname: str) -> None:
        if not hostname:
            await self.push("501 5.5.4 Syntax: LHLO hostname")
            return
        self._set_rset_state()
        self.in_transaction = False
        assert self.session is not None
        self.session.extended_smtp = True
        self.session.host_name = hostname
        await self.push("\r\n".join([f"250-{self.hostname}", "250-PIPELINING", "250-ENHANCEDSTATUSCODES",
                                     "250-8BITMIME", "250-SMTPUTF8", f"250 SIZE {self.data_size_limit}"]))

    # -- the message ----------------------------------------------------------------------------------
    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        if await self.check_helo_needed("LHLO"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 5.5.1 Error: need RCPT command")
            return
        if arg:
            await self.push("501 5.5.4 Syntax: DATA")
            return
        service = self.service
        settings = service.config.lmtp
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        got = await self._read_data(settings.max_size, settings.max_spill)
        sender, rcpts = self.envelope.mail_from, list(self.envelope.rcpt_tos)
        self._set_post_data_state()
        self._timeout_handle.cancel()  # type: ignore[union-attr] - the record has its own bound
        try:
            replies = await service.take(got, sender, rcpts)
        finally:
            if got.spill is not None:
                got.spill.discard()
            self._reset_timeout()
        self.in_transaction = False
        await self.push("\r\n".join(replies))

    async def _read_data(self, max_size: int, max_spill: int) -> _Data:
        """Up to the lone dot: lines of any length, in memory up to ``max_size``, then spilled."""
        got = _Data()
        try:
            return await self._read_into(got, max_size, max_spill)
        except BaseException:  # the connection went away (or a bug): no half-written spill stays
            if got.spill is not None:
                got.spill.discard()
                got.spill = None
            raise

    async def _read_into(self, got: _Data, max_size: int, max_spill: int) -> _Data:
        reader = self._reader
        parts: list[bytes] = []
        tail = b"\r\n"  # the two bytes before the next piece (a virtual line end before the first)
        while True:
            self._reset_timeout()
            try:
                piece = await reader.readuntil(b".\r\n")
                ended = True
            except asyncio.LimitOverrunError as e:
                piece = await reader.read(e.consumed)
                ended = False
            except asyncio.IncompleteReadError:
                raise ConnectionResetError("connection closed during DATA") from None
            if ended and (tail + piece[:-3])[-2:] == b"\r\n":  # the "." begins a line: the end
                piece, last = piece[:-3], True
            else:
                last = False
            got.size += len(piece)
            if got.spill is None and not got.too_large and got.failed is None:
                if got.size <= max_size:
                    parts.append(piece)
                else:  # oversized: the whole message goes to a file, the head stays for the event
                    held = b"".join(parts) + piece
                    parts = []
                    got.data = _unstuff(held[:max_size + 1])[:max_size]
                    try:
                        got.spill = _Spill(self.service.config.quarantine_dir)
                        await got.spill.write(held)
                    except (OSError, StoreUnavailable) as e:
                        if got.spill is not None:
                            got.spill.discard()
                            got.spill = None
                        got.failed = f"cannot keep an oversized message: {getattr(e, 'strerror', None) or e}"
            elif got.spill is not None:
                if got.size > max_spill:
                    got.spill.discard()
                    got.spill = None
                    got.too_large = True
                else:
                    try:
                        await got.spill.write(piece)
                    except OSError as e:
                        got.spill.discard()
                        got.spill = None
                        got.failed = f"cannot keep an oversized message: {e.strerror or e}"
            if last:
                break
            if piece:
                tail = (tail + piece)[-2:]
        if got.spill is not None:
            try:
                await got.spill.finish()
            except OSError as e:
                got.spill.discard()
                got.spill = None
                got.failed = f"cannot keep an oversized message: {e.strerror or e}"
        elif not got.too_large and got.failed is None:
            got.data = _unstuff(b"".join(parts))
        return got


# -- the service --------------------------------------------------------------------------------------
class LmtpService:
    """Listens, runs the sessions, the recorder and the outbox thread; see the module's docstring.

    ``serve()`` runs it in the foreground with signal handlers; tests start it in a thread
    (:meth:`start_in_thread`) and call :meth:`stop`, :meth:`reload` and :meth:`stats`.
    """

    def __init__(self, config: Config, *, listen: str | None = None,
                 engine_factory: Callable[[Config], Engine] | None = None):
        self.config = config
        self._listen_fixed = listen is not None  # --listen: a reload does not look at lmtp.listen
        self.listen = listen or config.lmtp.listen
        self.engine_factory = engine_factory or (lambda c: Engine(c, classify=pipe_classify))
        self.hostname = os.uname().nodename or "localhost"
        self.handler = _Handler()
        self._verp = [compile_verp(p) for p in config.verp]
        self.loop: asyncio.AbstractEventLoop | None = None
        self.sessions: set[_Session] = set()
        self._waiters: collections.deque[tuple[asyncio.Future, _Session]] = collections.deque()
        self.stopping = False
        self._stop_event: asyncio.Event | None = None
        self._servers: list[asyncio.AbstractServer] = []
        self._socket_path: Path | None = None
        self._socket_ino: tuple[int, int] | None = None
        self._ids = itertools.count(1)
        self._prefix = f"{os.getpid():x}"
        self.counters = dict.fromkeys(("sessions", "sessions_refused", "messages", "recorded", "quarantined",
                                       "not_bounce", "tempfailed", "too_large", "events_new"), 0)
        self.sessions_peak = 0
        self.recorder = _Recorder(self)
        self._wake = threading.Event()
        self._stop_delivering = threading.Event()
        self._deliverer: threading.Thread | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every command at INFO

    # -- what tests and operators see -----------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Counters since start: messages (DATA received), recorded (250 after a record, duplicates
        included), quarantined, not_bounce, tempfailed (451), too_large (452), events_new;
        sessions (accepted), sessions_refused (421), sessions_active, sessions_peak; batches
        (group commits) and commits (durable commits of the recorder's store)."""
        out = dict(self.counters)
        out.update(sessions_active=len(self.sessions), sessions_peak=self.sessions_peak,
                   batches=self.recorder.batches, commits=self.recorder.commits,
                   queued=self.recorder.pending())
        return out

    def _stats_line(self) -> str:
        s = self.stats()
        return (f"{s['messages']} message(s): {s['recorded']} recorded ({s['events_new']} new event(s)), "
                f"{s['quarantined']} quarantined, {s['not_bounce']} not bounces, {s['tempfailed']} deferred (451), "
                f"{s['too_large']} too large (452); {s['batches']} group(s), {s['commits']} durable commit(s); "
                f"{s['sessions']} session(s) (peak {s['sessions_peak']}, {s['sessions_refused']} refused)")

    # -- slots ------------------------------------------------------------------------------------------
    async def acquire(self, session: _Session) -> bool:
        if self.stopping:
            self.counters["sessions_refused"] += 1
            return False
        if len(self.sessions) < self.config.lmtp.max_sessions and not self._waiters:
            self._grant(session)
            return True
        waiter = self.loop.create_future()  # type: ignore[union-attr]
        entry = (waiter, session)
        self._waiters.append(entry)
        try:
            granted = await asyncio.wait_for(asyncio.shield(waiter), self.config.lmtp.timeout)
        except BaseException:  # timed out, or the connection went away while waiting
            if waiter.done() and not waiter.cancelled() and waiter.result():
                self.release(session)  # granted meanwhile: give the slot back
            else:
                waiter.cancel()
            try:
                self._waiters.remove(entry)
            except ValueError:
                pass
            self.counters["sessions_refused"] += 1
            if isinstance(asyncio.current_task(), asyncio.Task) and \
                    asyncio.current_task().cancelling():  # type: ignore[union-attr]
                raise
            return False
        if not granted:
            self.counters["sessions_refused"] += 1
        return granted

    def _grant(self, session: _Session) -> None:
        self.sessions.add(session)
        self.counters["sessions"] += 1
        self.sessions_peak = max(self.sessions_peak, len(self.sessions))

    def release(self, session: _Session) -> None:
        self.sessions.discard(session)
        while self._waiters and len(self.sessions) < self.config.lmtp.max_sessions and not self.stopping:
            waiter, waiting = self._waiters.popleft()
            if not waiter.done():
                self._grant(waiting)
                waiter.set_result(True)
        if self.stopping and not self.sessions and self._stop_event is not None:
            self._all_closed.set()

    # -- one message ------------------------------------------------------------------------------
    def envelope(self, sender: str | None, rcpts: list[str]) -> Envelope:
        rcpt = next((r for r in rcpts if any(rx.match(r.lower()) for rx in self._verp)), rcpts[0] if rcpts else None)
        return Envelope(null_sender(sender), rcpt)

    async def take(self, got: _Data, sender: str | None, rcpts: list[str]) -> list[str]:
        """Record one received message; the replies, one per recipient."""
        mid = f"{self._prefix}.{next(self._ids)}"
        self.counters["messages"] += 1
        envelope = self.envelope(sender, rcpts)
        who = f"from <{_text(envelope.sender or '', 200)}> to <{_text(envelope.recipient or '', 200)}>"
        if got.too_large:
            self.counters["too_large"] += 1
            log.error("%s: %s: %d bytes, larger than lmtp.max_spill (%d): not kept (deferred)", mid, who,
                      got.size, self.config.lmtp.max_spill)
            return [f"452 4.3.1 <{_text(r, 200)}> message larger than {self.config.lmtp.max_spill} bytes: not kept, "
                    f"try again later ({mid})" for r in rcpts]
        if got.failed is not None:
            return self._deferred(mid, who, rcpts, got.failed)
        raw = got.data
        if got.spill is None and unreadable(raw) is None and raw[:12].lower() != b"return-path:":
            raw = b"Return-Path: <" + (envelope.sender or "").encode("utf-8", "surrogateescape") + b">\r\n" + raw
        job = _Job(raw, envelope, mid, Future(), self.loop.create_future())  # type: ignore[union-attr]
        if got.spill is not None:
            job.spill, job.size = got.spill.path, got.size
            got.spill = None  # the recorder moves it (or removes it)
        if self.recorder.pending() >= 2 * self.config.lmtp.max_sessions + 16:
            if job.spill is not None:
                job.spill.unlink(missing_ok=True)
            return self._deferred(mid, who, rcpts, "too many messages waiting for the store")
        self.recorder.submit(job)
        try:
            result = await asyncio.wait_for(job.waiter, self.config.lmtp.timeout)
        except asyncio.TimeoutError:
            if job.future.cancel() and job.spill is not None:  # never started: nothing recorded
                job.spill.unlink(missing_ok=True)
            return self._deferred(mid, who, rcpts, f"no record within {self.config.lmtp.timeout:g}s")
        except asyncio.CancelledError:  # the session went away: record it only if under way already
            if job.future.cancel() and job.spill is not None:
                job.spill.unlink(missing_ok=True)
            raise
        if isinstance(result, StoreUnavailable):
            return self._deferred(mid, who, rcpts, f"{result}")
        if not isinstance(result, Outcome):
            return self._deferred(mid, who, rcpts, f"internal error: {type(result).__name__}: {result}",
                                  error=True)
        self.counters["recorded"] += 1
        self.counters["events_new"] += result.new
        report = result.report
        if result.quarantined is not None or report is None:
            self.counters["quarantined"] += 1
            log.warning("%s: %s: quarantined in %s", mid, who, result.quarantined)
            text = "quarantined"
        elif report.kind == NOT_BOUNCE:
            self.counters["not_bounce"] += 1
            log.info("%s: not_bounce %s%s", mid, who, "" if result.events else " (not recorded: not_bounce.record)")
            text = "taken: not a bounce"
        else:
            log.info("%s: %s %s: %s; %d new event(s) of %d", mid, report.kind, who,
                     _text(", ".join(f"{r.address} {r.class_} {r.reason}" for r in report.recipients)
                           or "no recipients", 1000), result.new, len(result.events))
            text = f"recorded: {report.kind}, {result.new} new event(s) of {len(result.events)}"
        return [f"250 2.0.0 <{_text(r, 200)}> {text} ({mid})" for r in rcpts]

    def _deferred(self, mid: str, who: str, rcpts: list[str], why: str, error: bool = False) -> list[str]:
        self.counters["tempfailed"] += 1
        log.error("%s: %s: not recorded: %s (deferred: the MTA retries)", mid, who, why)
        what = "internal error" if error else "not recorded"
        return [f"451 4.3.0 <{_text(r, 200)}> {what}: {_text(why)}; try again later ({mid})" for r in rcpts]

    def answer(self, answers: list[tuple[asyncio.Future, Any]]) -> None:
        """From the committer: the outcomes of one group, handed to the loop in one call."""
        def resolve() -> None:
            for waiter, result in answers:
                if not waiter.done():
                    waiter.set_result(result)
        self.loop.call_soon_threadsafe(resolve)  # type: ignore[union-attr]

    # -- the outbox thread ----------------------------------------------------------------------
    def wake_deliverer(self) -> None:
        self._wake.set()

    def _deliver_loop(self) -> None:
        from filter.engine.outbox import delivery_loop

        delivery_loop(lambda: self.config, self.engine_factory, self._stop_delivering, self._wake, log)

    # -- config reload ------------------------------------------------------------------------------
    def reload(self) -> bool:
        """Load the config file again; the new one is used for new messages and sessions.  An
        invalid file keeps the old configuration (logged).  True when reloaded."""
        path = self.config.path
        if path is None:
            log.error("reload: the configuration was not read from a file; nothing to reload")
            return False
        sdnotify.reloading()
        try:
            return self._reload(path)
        finally:
            sdnotify.ready()

    def _reload(self, path) -> bool:
        from filter.config import ConfigError, load

        try:
            new = load(path)
        except ConfigError as e:
            log.error("reload: %s: keeping the configuration in use", "; ".join(e.errors))
            return False
        except Exception as e:  # noqa: BLE001
            log.error("reload: %s: %s: keeping the configuration in use", type(e).__name__, e)
            return False
        old = self.config.lmtp
        restart = [k for k in (("socket_mode", "socket_group", "deliver") +
                               (() if self._listen_fixed else ("listen",)))
                   if getattr(old, k) != getattr(new.lmtp, k)]
        self._verp = [compile_verp(p) for p in new.verp]
        self.config = new
        log.info("reloaded %s%s", path, f" ({', '.join('lmtp.' + k for k in restart)} changed: restart to apply)"
                 if restart else "")
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self._grant_waiters)
        return True

    def _grant_waiters(self) -> None:  # max_sessions may have grown
        self.release(None)  # type: ignore[arg-type]

    # -- lifecycle ----------------------------------------------------------------------------------
    def start_in_thread(self, timeout: float = 30.0) -> LmtpService:
        """Run the service in a thread of its own (no signal handlers); return once it listens."""
        self._thread = threading.Thread(target=self._thread_main, name="bf-lmtp-loop", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the LMTP service did not start")
        if self._error is not None:
            raise self._error
        return self

    def _thread_main(self) -> None:
        try:
            asyncio.run(self.main(signals=False))
        except BaseException as e:  # noqa: BLE001 - start_in_thread raises it
            self._error = e
            self._ready.set()

    def request_stop(self) -> None:
        """Stop (thread-safe): what SIGTERM does."""
        if self.loop is not None and self._stop_event is not None:
            try:
                self.loop.call_soon_threadsafe(self._stop_event.set)
            except RuntimeError:  # the loop has ended: stopped already
                pass

    def stop(self, timeout: float = 60.0) -> None:
        """:meth:`request_stop` and wait for the service's thread to end."""
        self.request_stop()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def address(self) -> str:
        """Where it listens (a TCP port given as 0 is the one picked)."""
        if self._socket_path is not None:
            return f"unix:{self._socket_path}"
        host, port = self._servers[0].sockets[0].getsockname()[:2]
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    async def main(self, signals: bool = True) -> None:
        self.loop = asyncio.get_running_loop()
        self._stop_event = asyncio.Event()
        self._all_closed = asyncio.Event()
        await self._open()  # before any thread starts (the socket is bound under a tight umask)
        self.recorder.start()
        if self.config.lmtp.deliver:
            self._deliverer = threading.Thread(target=self._deliver_loop, name="bf-lmtp-deliver", daemon=True)
            self._deliverer.start()
        if signals:
            self.loop.add_signal_handler(signal.SIGTERM, self._stop_event.set)
            self.loop.add_signal_handler(signal.SIGINT, self._stop_event.set)
            self.loop.add_signal_handler(signal.SIGHUP, lambda: self.loop.run_in_executor(None, self.reload))
            self.loop.add_signal_handler(signal.SIGUSR1, lambda: log.info("stats: %s", self._stats_line()))
        s = self.config.lmtp
        log.info("listening on %s (max_sessions %d, group_commit %d, group_window %gs, max_size %d, "
                 "max_spill %d; outbox %s)", self.address, s.max_sessions, s.group_commit, s.group_window,
                 s.max_size, s.max_spill, "delivered here" if s.deliver else "left to outbox work")
        self._start_metrics()
        self._ready.set()
        sdnotify.ready(f"listening on {self.address}")
        try:
            await self._stop_event.wait()
        finally:
            await self._shutdown()

    async def _open(self) -> None:
        kind, where, port = parse_listen(self.listen)
        s = self.config.lmtp

        def factory() -> _Session:
            return _Session(self)

        try:
            if kind == "unix":
                path = Path(where)
                sock = self._unix_socket(path, s.socket_mode, s.socket_group)
                server = await self.loop.create_unix_server(factory, sock=sock)  # type: ignore[union-attr]
            else:
                server = await self.loop.create_server(  # type: ignore[union-attr]
                    factory, where, port, reuse_address=True)
                for sk in server.sockets:
                    if sk.family in (socket.AF_INET, socket.AF_INET6):
                        sk.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError as e:
            raise ListenError(f"cannot listen on {self.listen}: {e.strerror or e}") from None
        self._servers.append(server)

    def _unix_socket(self, path: Path, mode: int, group: str | None) -> socket.socket:
        import stat

        gid = -1
        if group is not None:
            import grp

            try:
                gid = int(group) if group.isdigit() else grp.getgrnam(group).gr_gid
            except KeyError:
                raise ListenError(f"lmtp.socket_group: no group named {group!r}") from None
        if not path.parent.is_dir():
            try:
                path.parent.mkdir(mode=0o755, parents=True)
            except OSError as e:
                raise ListenError(f"cannot create {path.parent}: {e.strerror or e}") from None
        try:
            st = path.lstat()
        except FileNotFoundError:
            st = None
        if st is not None:
            if not stat.S_ISSOCK(st.st_mode):
                raise ListenError(f"{path} exists and is not a socket: not replaced")
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            probe.settimeout(1.0)
            try:
                probe.connect(str(path))
            except OSError:
                path.unlink()  # left by a service that died: nobody answers there
            else:
                raise ListenError(f"{path}: another service is listening there")
            finally:
                probe.close()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)  # never, not even for a moment, wider than 0600 before the chmod
        try:
            sock.bind(str(path))
        except OSError:
            sock.close()
            raise
        finally:
            os.umask(old)
        try:
            if gid != -1:  # the group first: the wider mode only for the right group
                os.chown(path, -1, gid)
            os.chmod(path, mode)
        except OSError as e:
            sock.close()
            path.unlink(missing_ok=True)
            raise ListenError(f"cannot set the mode or group of {path}: {e.strerror or e}") from None
        self._socket_path = path
        st = path.stat()
        self._socket_ino = (st.st_dev, st.st_ino)
        sock.listen(128)
        return sock

    def _start_metrics(self) -> None:
        """``lmtp.metrics``: :meth:`stats` in Prometheus' format (filter/metrics.py); a port that
        cannot be bound is logged and the service runs without (mail matters more than metrics)."""
        self.metrics = None
        if self.config.lmtp.metrics:
            from filter import metrics

            try:
                self.metrics = metrics.serve(self.config.lmtp.metrics, "lmtp", self.stats, gauges=_GAUGES,
                                             help=_METRICS_HELP)
            except OSError as e:
                log.warning("metrics: cannot listen on %s: %s; running without", self.config.lmtp.metrics,
                            e.strerror or e)

    async def _shutdown(self) -> None:
        sdnotify.stopping()
        self.stopping = True
        if getattr(self, "metrics", None) is not None:
            self.metrics.close()
        log.info("stopping: %d session(s) open", len(self.sessions))
        for server in self._servers:
            server.close()
        if self._socket_path is not None:
            try:
                st = self._socket_path.stat()
                if (st.st_dev, st.st_ino) == self._socket_ino:
                    self._socket_path.unlink()
            except OSError:
                pass
        while self._waiters:  # waiting for a slot: refused
            waiter, _ = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(False)
        for session in list(self.sessions):
            session.shutdown()
        if self.sessions:
            try:
                await asyncio.wait_for(self._all_closed.wait(), self.config.lmtp.timeout)
            except asyncio.TimeoutError:
                log.warning("stop: %d session(s) still in a transaction after %gs: closed (the MTA retries "
                            "their messages)", len(self.sessions), self.config.lmtp.timeout)
                for session in list(self.sessions):
                    if session.transport is not None:
                        session.transport.abort()
        await self.loop.run_in_executor(None, self.recorder.stop)  # type: ignore[union-attr]
        self._stop_delivering.set()
        self._wake.set()
        if self._deliverer is not None:
            await self.loop.run_in_executor(None, self._deliverer.join, 30.0)  # type: ignore[union-attr]
        self.recorder.cpu["loop"] = time.thread_time()
        log.info("stopped: %s; CPU s: %s", self._stats_line(),
                 ", ".join(f"{k} {v:.2f}" for k, v in sorted(self.recorder.cpu.items())))


def serve(config: Config, *, listen: str | None = None) -> LmtpService:
    """Run the service in the foreground until SIGTERM/SIGINT; SIGHUP reloads the config."""
    service = LmtpService(config, listen=listen)
    asyncio.run(service.main(signals=True))
    return service
