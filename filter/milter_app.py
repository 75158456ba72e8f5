"""The milter: sees bounces while the MTA receives them, records them, marks or discards them.

(Never name this module ``milter.py``: it would hide pymilter's C module ``milter``.)

Per message, the MTA calls (only these are negotiated; connect, helo, eoh and unknown are
switched off, and envfrom/envrcpt/header ask for no reply):

* ``envfrom`` / ``envrcpt``: the envelope.  A message is a bounce when the sender is null
  (``<>``), or a recipient is one of ``milter.bounce_addresses`` (globs) or matches a VERP
  pattern of ``verp``.
* ``data``: all recipients are known; a message that is not a bounce is accepted here, before
  its headers are sent.  (Answering at DATA also matters for speed over an ``inet:`` socket:
  without a reply there, the MTA's next small write waits for a delayed ACK, measured +40 ms per
  message with Postfix 3.7 on Linux.)
* ``header``: the headers are kept.
* ``body``: spooled in memory up to ``milter.max_size`` bytes; then the rest is skipped
  (SMFIS_SKIP) -- the core reads 4 MiB at most anyway.
* ``eom``: the engine classifies and records (one recorder thread owns the store connection;
  deliveries are left to the outbox, which a background thread of this process runs unless
  ``milter.deliver`` is false).  Then ``X-Bouncefilter-Kind``, ``-Class`` and ``-Reason``
  are added (headers of those names that came with the message are removed first), and a
  recorded bounce whose kind is in ``milter.discard`` is discarded.

It fails open: any internal error, a store that cannot record, a record slower than
``milter.timeout``, or a full record queue accepts the message unchanged and logs one line.
The queue of messages waiting for the recorder (a record that outlived ``milter.timeout`` is still
in it, with its raw bytes) is bounded by ``milter.queue_max`` messages and
``milter.queue_max_bytes`` bytes: while the store is locked, memory stays bounded and later
bounces go on to the bounce mailbox unrecorded.  Only ADDHDRS and CHGHDRS
are asked of the MTA (and CHGFROM with BATV).

BATV (``trust.batv``, draft-levine-smtp-batv "prvs")
----------------------------------------------------
For senders whose application cannot sign its own return path.  With ``trust.batv`` set, the
milter also

* signs outbound mail: a message whose envelope sender (not null, not already ``prvs=``) matches
  a ``trust.batv.sign`` glob (case-insensitive) leaves with the sender
  ``prvs=KDDDSSSSSS=local@domain`` (``filter.verp.batv_sign`` with the first trust key, valid
  ``trust.batv.validity``): SMFIR_CHGFROM at end of message, one INFO line per message.  Such
  mail is not a bounce: its headers and body are skipped, nothing is recorded;
* refuses backscatter at RCPT: on mail with the null sender, a recipient whose address (the
  ``prvs=`` wrapper taken off) matches a ``sign`` glob and no ``trust.batv.exempt`` glob
  (postmaster@*, abuse@* by default) must be a valid, unexpired ``prvs=`` address of ours, or it
  gets ``trust.batv.reject`` (550 5.7.1 by default) and one log line.  A valid one goes on as any
  bounce: recorded, and the engine finds it ``verified`` (``filter.trust``).

Then the MTA is asked for a reply to RCPT (without BATV, envrcpt asks for none, as above) and
for the CHGFROM action.  An internal error accepts (the message unsigned, the recipient taken).

Where to attach it (Postfix): ``smtpd_milters`` of the smtpd that takes your outbound mail
(submission, the applications' relay) -- that signs -- and of the one that takes inbound mail
from the internet -- that refuses bounces to unsigned addresses; ``non_smtpd_milters`` with
``internal_mail_filter_classes = bounce`` to see (and record) the DSNs Postfix writes itself
(those go to the signed address and pass).  Mail submitted with sendmail(1) goes through
``non_smtpd_milters`` too, and is signed there.  Mail an smtpd with the milter takes *in* from
the internet with one of our senders (forged) is signed as well: if one smtpd serves both
directions, expect that.

The limit: BATV binds the envelope *sender*, not the recipient.  A valid ``prvs=`` address says
we sent some mail from it within the validity, not that the bounced recipient was one of its
recipients: whoever received one of our signed messages can send bounces naming anyone to that
address until it expires.  A signed VERP return path (``filter.verp.sign``) binds the recipient.
"""
from __future__ import annotations

import fnmatch
import logging
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any

import Milter

from .address import compile_verp
from .engine import Engine, Outcome, StoreUnavailable
from .model import NOT_BOUNCE, Envelope
from .pipe import checked_classify, null_sender
from .verp import batv_check, batv_sign, is_batv

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config

__all__ = ["HEADERS", "BatvMilter", "BounceMilter", "MilterApp", "milter_class", "serve"]

log = logging.getLogger("bouncefilter.milter")

#: the headers this milter writes (and removes from the mail it marks)
HEADERS = ("X-Bouncefilter-Kind", "X-Bouncefilter-Class", "X-Bouncefilter-Reason")
_HEADERS_LOWER = {h.lower() for h in HEADERS}
ACTIONS = Milter.ADDHDRS | Milter.CHGHDRS
#: with BATV: the envelope sender of outbound mail is changed too
BATV_ACTIONS = ACTIONS | Milter.CHGFROM


class QueueFull(Exception):
    """The recorder has ``milter.queue_max`` messages or ``queue_max_bytes`` bytes waiting."""


class MilterApp:
    """What all connections share: the config, the recorder thread, the delivery thread."""

    def __init__(self, config: Config, *, engine_factory: Callable[[Config], Engine] | None = None):
        self.config = config
        self.settings = config.milter
        self._engine_factory = engine_factory or (lambda c: Engine(c, classify=checked_classify))
        self._bounce_globs = [a.lower() for a in self.settings.bounce_addresses]
        self._verp = [compile_verp(p) for p in config.verp]
        #: ``trust.batv`` (None: no signing, no refusing)
        self.batv = config.trust.batv
        if self.batv is not None:
            self._batv_keys = config.trust.verp_keys()
            self._batv_sign = _globs(self.batv.sign)
            self._batv_exempt = _globs(self.batv.exempt)
            code, xcode, text = self.batv.reject.split(" ", 2)
            self.batv_reply = (code, xcode, text.replace("%", "%%"))  # libmilter reads % as a format
        self._recorder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bf-record")
        self._engine: Engine | None = None  # used by the recorder thread only
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._queue_lock = threading.Lock()
        self.queued = 0          # messages submitted to the recorder and not finished
        self.queued_bytes = 0    # their raw bytes
        self._deliverer: threading.Thread | None = None
        if self.settings.deliver:
            self._deliverer = threading.Thread(target=self._deliver_loop, name="bf-deliver", daemon=True)
            self._deliverer.start()
        self._recorder.submit(self._warm)  # the first bounce should not wait for the core's imports

    # -- what is a bounce --------------------------------------------------------------------
    def bounce_address(self, rcpt: str) -> bool:
        """A configured bounce address (glob) or a VERP address."""
        a = rcpt.strip().strip("<>").lower()
        return any(fnmatch.fnmatchcase(a, g) for g in self._bounce_globs) or \
            any(rx.match(a) for rx in self._verp)

    def is_bounce(self, sender: str | None, rcpts: list[str]) -> bool:
        return null_sender(sender) == "" or any(self.bounce_address(r) for r in rcpts)

    def envelope(self, sender: str | None, rcpts: list[str]) -> Envelope:
        """The envelope the engine sees: the recipient is the first bounce address (with BATV,
        else the first prvs= one: the engine verifies it), else the first recipient."""
        rcpt = next((r for r in rcpts if self.bounce_address(r)), None)
        if rcpt is None and self.batv is not None:
            rcpt = next((r for r in rcpts if is_batv(r)), None)
        if rcpt is None and rcpts:
            rcpt = rcpts[0]
        return Envelope(null_sender(sender), rcpt.strip().strip("<>") if rcpt else None)

    # -- BATV (trust.batv) ---------------------------------------------------------------------
    def batv_signs(self, sender: str | None) -> bool:
        """Whether the milter signs mail from ``sender``: not null, not BATV already, a ``sign`` glob."""
        s = null_sender(sender)
        return bool(s) and self._batv_sign(s.lower()) is not None and not is_batv(s)

    def batv_signed(self, sender: str) -> str:
        """``sender`` as a prvs= address (raises ``filter.verp.VerpError`` for one it cannot sign)."""
        assert self.batv is not None
        return batv_sign(sender, keys=self._batv_keys, validity=self.batv.validity)

    def batv_refusal(self, rcpt: str) -> str | None:
        """Why a bounce (null sender) to ``rcpt`` is refused, or None when it may come: a signing
        address not exempt takes bounces only at a valid prvs= form of itself."""
        assert self.batv is not None
        a = rcpt.strip().strip("<>").lower()
        inner = _unwrap_batv(a)
        if self._batv_sign(inner) is None or self._batv_exempt(inner) is not None:
            return None
        if inner == a:
            return "not BATV-signed"
        check = batv_check(a, keys=self._batv_keys, validity=self.batv.validity)
        return None if check.valid else check.why

    # -- recording (one thread: a Store connection is not shared between threads) -------------
    def record(self, raw: bytes, envelope: Envelope) -> Future[Outcome]:
        """Queue ``raw`` for the recorder; :class:`QueueFull` when the queue is at its bounds (one
        message is always let in, whatever its size)."""
        size = len(raw)
        with self._queue_lock:
            if self.queued and (self.queued + 1 > self.settings.queue_max or
                                self.queued_bytes + size > self.settings.queue_max_bytes):
                raise QueueFull(f"record queue full ({self.queued} message(s), {self.queued_bytes} bytes waiting; "
                                f"milter.queue_max {self.settings.queue_max}, queue_max_bytes "
                                f"{self.settings.queue_max_bytes})")
            self.queued += 1
            self.queued_bytes += size
        try:
            future = self._recorder.submit(self._record, raw, envelope)
        except BaseException:
            self._done(size)
            raise
        future.add_done_callback(lambda f: self._done(size))
        return future

    def _done(self, size: int) -> None:
        with self._queue_lock:
            self.queued -= 1
            self.queued_bytes -= size

    def _warm(self) -> None:
        try:
            from . import core  # noqa: F401

            if self._engine is None:
                self._engine = self._engine_factory(self.config)
        except Exception as e:  # noqa: BLE001 - the first message will say it again
            log.warning("warm-up: %s: %s", type(e).__name__, e)

    def _record(self, raw: bytes, envelope: Envelope) -> Outcome:
        if self._engine is None:
            self._engine = self._engine_factory(self.config)
        outcome = self._engine.process(raw, source="milter", envelope=envelope, inline_budget=0)
        if outcome.enqueued:
            self._wake.set()
        return outcome

    # -- deliveries ---------------------------------------------------------------------------
    def _deliver_loop(self) -> None:
        engine: Engine | None = None
        interval = self.config.outbox.poll_interval
        while not self._stop.is_set():
            self._wake.wait(interval)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                if engine is None:
                    engine = self._engine_factory(self.config)
                r = engine.deliver()
                if r.done or r.dead or r.retry:
                    log.info("outbox: delivered %d, retry later %d, dead %d", r.done, r.retry, r.dead)
            except StoreUnavailable as e:
                log.warning("outbox: %s (will try again)", e)
            except Exception as e:  # noqa: BLE001 - keep the milter up; the outbox is durable
                log.error("outbox: internal error: %s: %s", type(e).__name__, e)
        if engine is not None:
            engine.close()

    def close(self, timeout: float = 30.0) -> None:
        """Finish the records under way, stop the delivery thread, close the store."""
        self._recorder.shutdown(wait=True)
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self._stop.set()
        self._wake.set()
        if self._deliverer is not None:
            self._deliverer.join(timeout)


def _value(v: Any) -> str:
    return v if isinstance(v, str) else bytes(v).decode("utf-8", "surrogateescape")


class BounceMilter(Milter.Base):
    """One instance per SMTP connection (libmilter calls it from that connection's thread)."""

    app: MilterApp  # set by serve() / the tests on a subclass
    #: the actions asked of the MTA
    actions = ACTIONS

    def __init__(self, app: MilterApp | None = None):
        if app is not None:
            self.app = app
        self._reset()

    def _reset(self) -> None:
        self.sender: str | None = None
        self.rcpts: list[str] = []
        self.headers: list[tuple[str, str]] = []
        self.spool = bytearray()
        self.size = 0
        self.truncated = False
        self.failed = False

    def _fail(self, where: str, e: BaseException) -> None:
        self.failed = True
        log.error("%s: internal error in %s: %s: %s (message accepted unchanged)", self._qid(), where,
                  type(e).__name__, e)

    def _qid(self) -> str:
        try:
            return self.getsymval("i") or "-"
        except Exception:  # noqa: BLE001 - no context (tests) or an MTA without the macro
            return "-"

    # -- negotiation: only the callbacks and actions needed ------------------------------------
    @classmethod
    def protocol_mask(cls) -> int:
        """pymilter's mask (the steps and replies this class does not want: from its @noreply and
        @nocallback methods), computed for each class: pymilter caches it in a class attribute
        that a subclass would inherit, and :class:`BatvMilter` wants a reply to RCPT."""
        mask = cls.__dict__.get("_protocol_mask")
        if mask is None:
            mask = Milter.P_RCPT_REJ | Milter.P_HDR_LEADSPC
            for name, (nr, nc) in Milter.OPTIONAL_CALLBACKS.items():
                mask |= (nr | nc) & ~getattr(getattr(cls, name), "milter_protocol", 0)
            cls._protocol_mask = mask
        return mask

    def negotiate(self, opts: list[int]) -> int:
        rc = super().negotiate(opts)
        if rc == Milter.CONTINUE:
            opts[0] = self._actions = opts[0] & self.actions
        return rc

    # -- envelope and headers: no reply needed -------------------------------------------------
    @Milter.noreply
    def envfrom(self, mailfrom: str, *params: str) -> int:
        self._reset()
        try:
            self.sender = _value(mailfrom).strip().strip("<>")
        except Exception as e:  # noqa: BLE001
            self._fail("envfrom", e)
        return Milter.CONTINUE

    @Milter.noreply
    def envrcpt(self, to: str, *params: str) -> int:
        try:
            self.rcpts.append(_value(to).strip().strip("<>"))
        except Exception as e:  # noqa: BLE001
            self._fail("envrcpt", e)
        return Milter.CONTINUE

    @Milter.noreply
    def header(self, name: str, value: Any) -> int:
        try:
            if self.size <= self.app.settings.max_size:
                v = _value(value).replace("\r\n", "\n").replace("\n", "\r\n")
                self.headers.append((name, v))
                self.size += len(name) + len(v) + 4
            else:
                self.truncated = True
        except Exception as e:  # noqa: BLE001
            self._fail("header", e)
        return Milter.CONTINUE

    def data(self) -> int:
        try:
            if self.failed or not self.app.is_bounce(self.sender, self.rcpts):
                return Milter.ACCEPT  # not ours: no headers, no body, no more callbacks
            return Milter.CONTINUE
        except Exception as e:  # noqa: BLE001
            self._fail("data", e)
            return Milter.ACCEPT

    def body(self, chunk: bytes) -> int:
        try:
            room = self.app.settings.max_size - self.size
            if len(chunk) > room:
                self.spool += chunk[:max(room, 0)]
                self.size += max(room, 0)
                self.truncated = True
                # the rest of the body is not needed: skip it if the MTA lets us
                return Milter.SKIP if self._protocol & Milter.P_SKIP else Milter.CONTINUE
            self.spool += chunk
            self.size += len(chunk)
        except Exception as e:  # noqa: BLE001
            self._fail("body", e)
            return Milter.ACCEPT
        return Milter.CONTINUE

    def raw(self) -> bytes:
        """The message as the final delivery would show it: MTAs drop an incoming Return-Path and
        add the envelope sender as one when they deliver (pipe(8) ``flags=R`` too), and the core
        reads ``Return-Path: <>`` as a sign of a bounce."""
        lines = [f"{k}: {v}\r\n" for k, v in self.headers]
        if not any(k.lower() == "return-path" for k, _ in self.headers):
            lines.insert(0, f"Return-Path: <{self.sender or ''}>\r\n")
        return "".join(lines).encode("utf-8", "surrogateescape") + b"\r\n" + bytes(self.spool)

    def eom(self) -> int:
        if self.failed:
            return Milter.ACCEPT
        try:
            return self._eom()
        except Exception as e:  # noqa: BLE001 - fail open
            self._fail("eom", e)
            return Milter.ACCEPT
        finally:
            self._reset()

    def _eom(self) -> int:
        app, qid = self.app, self._qid()
        envelope = app.envelope(self.sender, self.rcpts)
        try:
            future = app.record(self.raw(), envelope)
        except QueueFull as e:
            log.error("%s: not recorded: %s (message accepted unchanged)", qid, e)
            return Milter.ACCEPT
        try:
            outcome = future.result(timeout=app.settings.timeout)
        except FutureTimeout:
            log.error("%s: no record within %.0fs (message accepted unchanged; it is recorded when the "
                      "store answers)", qid, app.settings.timeout)
            future.add_done_callback(lambda f: _late(qid, f))
            return Milter.ACCEPT
        except StoreUnavailable as e:
            log.error("%s: not recorded: %s (message accepted unchanged)", qid, e)
            return Milter.ACCEPT
        report = outcome.report
        if outcome.quarantined is not None or report is None:
            log.warning("%s: quarantined in %s (message accepted unchanged)", qid, outcome.quarantined)
            return Milter.ACCEPT
        discard = report.kind != NOT_BOUNCE and report.kind in app.settings.discard
        log.info("%s: %s from <%s> to <%s>: %s; %d new event(s) of %d%s", qid, report.kind, envelope.sender or "",
                 envelope.recipient or "", ", ".join(f"{r.address} {r.class_} {r.reason}"
                                                    for r in report.recipients) or "no recipients",
                 outcome.new, len(outcome.events), "; discarded" if discard else "")
        if discard:
            return Milter.DISCARD
        if app.settings.headers:
            self._mark(report)
        return Milter.ACCEPT

    def _mark(self, report) -> None:
        seen: dict[str, int] = {}
        for name, _ in self.headers:  # remove the ones that came with the message, last first
            if name.lower() in _HEADERS_LOWER:
                seen[name.lower()] = seen.get(name.lower(), 0) + 1
        for lname, n in seen.items():
            canonical = next(h for h in HEADERS if h.lower() == lname)
            for idx in range(n, 0, -1):
                self.chgheader(canonical, idx, None)
        values = {"X-Bouncefilter-Kind": report.kind}
        if report.recipients:
            values["X-Bouncefilter-Class"] = ", ".join(dict.fromkeys(r.class_ for r in report.recipients))
            values["X-Bouncefilter-Reason"] = ", ".join(dict.fromkeys(r.reason for r in report.recipients))
        for name, value in values.items():
            self.addheader(name, value)

    def abort(self) -> int:
        self._reset()
        return Milter.CONTINUE

    def close(self) -> int:
        return Milter.CONTINUE


class BatvMilter(BounceMilter):
    """:class:`BounceMilter` with ``trust.batv``: signs the sender of outbound mail (CHGFROM at end
    of message) and refuses bounces to signing addresses without a valid signature (RCPT: the
    MTA waits for this envrcpt's reply, unlike :class:`BounceMilter`'s)."""

    actions = BATV_ACTIONS

    def _reset(self) -> None:
        super()._reset()
        self.signing = False

    @Milter.noreply
    def envfrom(self, mailfrom: str, *params: str) -> int:
        BounceMilter.envfrom.__wrapped__(self, mailfrom, *params)
        try:
            self.signing = not self.failed and self.app.batv_signs(self.sender)
        except Exception as e:  # noqa: BLE001
            self._fail("envfrom (BATV)", e)
        return Milter.CONTINUE

    def envrcpt(self, to: str, *params: str) -> int:  # no @noreply: a reply may refuse
        try:
            rcpt = _value(to).strip().strip("<>")
        except Exception as e:  # noqa: BLE001
            self._fail("envrcpt", e)
            return Milter.CONTINUE
        if not self.failed and null_sender(self.sender) == "":
            try:
                why = self.app.batv_refusal(rcpt)
                if why is not None:
                    self.setreply(*self.app.batv_reply)
                    log.info("%s: BATV: refused a bounce (null sender) to <%s>: %s", self._qid(), rcpt, why)
                    return Milter.REJECT
            except Exception as e:  # noqa: BLE001 - fail open: take the recipient
                log.error("%s: internal error in the BATV check of <%s>: %s: %s (recipient accepted)",
                          self._qid(), rcpt, type(e).__name__, e)
        self.rcpts.append(rcpt)
        return Milter.CONTINUE

    def data(self) -> int:
        if self.signing and not self.failed:
            return Milter.CONTINUE  # to end of message, for CHGFROM; headers and body skipped
        return super().data()

    @Milter.noreply
    def header(self, name: str, value: Any) -> int:
        if not self.signing:
            BounceMilter.header.__wrapped__(self, name, value)
        return Milter.CONTINUE

    def body(self, chunk: bytes) -> int:
        if self.signing:
            return Milter.SKIP if self._protocol & Milter.P_SKIP else Milter.CONTINUE
        return super().body(chunk)

    def eom(self) -> int:
        if not self.signing or self.failed:
            return super().eom()
        sender, qid = self.sender or "", self._qid()
        try:
            signed = self.app.batv_signed(sender)
            self.chgfrom(f"<{signed}>")
            log.info("%s: BATV: signed <%s> -> <%s>", qid, sender, signed)
        except Exception as e:  # noqa: BLE001 - fail open: the mail goes out unsigned
            log.error("%s: BATV: not signed <%s>: %s: %s (message accepted unchanged)", qid, sender,
                      type(e).__name__, e)
        finally:
            self._reset()
        return Milter.ACCEPT


def milter_class(app: MilterApp) -> type[BounceMilter]:
    """The milter class for ``app``'s config: :class:`BatvMilter` with ``trust.batv``."""
    return BatvMilter if app.batv is not None else BounceMilter


def _globs(globs) -> Callable[[str], Any]:
    """One compiled match function for lower-case ``globs`` (fnmatch, case-sensitive on the
    lower-cased address)."""
    rx = re.compile("|".join(f"(?:{fnmatch.translate(g)})" for g in globs) or r"(?!)", re.S)
    return rx.match


def _unwrap_batv(address: str) -> str:
    """``address`` without a BATV wrapper: ``prvs=TAG=local@domain`` (and the draft's older
    ``prvs=local/TAG@domain``) -> ``local@domain``; any other address as it is."""
    if address[:5] != "prvs=":
        return address
    local, at, domain = address.rpartition("@")
    rest = local[5:]
    if "=" in rest:
        rest = rest.split("=", 1)[1]
    elif "/" in rest:
        rest = rest.rsplit("/", 1)[0]
    return f"{rest}{at}{domain}" if at else address


def nodelay_listeners() -> int:
    """Set TCP_NODELAY on this process's listening TCP sockets (libmilter's); return how many.

    libmilter writes each header change as its own small packet and the MTA does not answer
    them, so with Nagle's algorithm the second one waits for a delayed ACK: measured +40 ms per
    marked message with Postfix 3.7 over ``inet:``.  libmilter gives no hook on its sockets, but
    on Linux an accepted socket inherits TCP_NODELAY from the listening one.
    """
    import os
    import socket as so

    n = 0
    try:
        fds = [int(f) for f in os.listdir("/proc/self/fd")]
    except OSError:  # not Linux: leave it
        return 0
    for fd in fds:
        try:
            s = so.socket(fileno=os.dup(fd))
        except OSError:
            continue
        try:
            if s.family in (so.AF_INET, so.AF_INET6) and s.type == so.SOCK_STREAM and \
                    s.getsockopt(so.SOL_SOCKET, so.SO_ACCEPTCONN):
                s.setsockopt(so.IPPROTO_TCP, so.TCP_NODELAY, 1)
                n += 1
        except OSError:
            pass
        finally:
            s.close()
    return n


def _late(qid: str, future: Future) -> None:
    """The outcome of a record that outlived ``milter.timeout``: said in the log either way."""
    e = future.exception()
    if e is None:
        log.info("%s: recorded late (%d new event(s))", qid, future.result().new)
    else:  # the message went on unmarked: the bounce mailbox (or the pipe behind it) still has it
        log.error("%s: not recorded: %s: %s (message was accepted unchanged)", qid, type(e).__name__, e)


def serve(config: Config, socket: str, *, name: str = "bouncefilter", timeout: int = 0) -> None:
    """Run the milter until SIGTERM/SIGINT/SIGHUP (libmilter handles them), then finish cleanly."""
    import signal

    import milter as libmilter  # pymilter's C module

    # libmilter stops cleanly on these signals by sigwait()ing them in a thread of its own, with
    # them blocked everywhere else: block them before our threads start, or one of ours takes a
    # SIGTERM with the default action and the process dies at once, records under way and all.
    stop = {signal.SIGTERM, signal.SIGINT, signal.SIGHUP}
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, stop)
    app = MilterApp(config)
    opensocket = libmilter.opensocket

    def opensocket_nodelay(rmsock: bool):
        rc = opensocket(rmsock)
        if socket.startswith("inet"):
            nodelay_listeners()
        return rc

    libmilter.opensocket = opensocket_nodelay

    class Bound(milter_class(app)):  # type: ignore[misc]
        pass

    Bound.app = app
    Milter.factory = Bound
    Milter.set_flags(Bound.actions)
    batv = config.trust.batv
    log.info("listening on %s (bounce addresses: %s; VERP: %s; discard: %s; BATV: %s)", socket,
             ", ".join(config.milter.bounce_addresses) or "none", ", ".join(config.verp),
             ", ".join(config.milter.discard) or "nothing",
             f"signs {', '.join(batv.sign)}, refuses unsigned bounces to them" if batv else "off")
    try:
        Milter.runmilter(name, socket, timeout)
    finally:
        libmilter.opensocket = opensocket
        app.close()
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        log.info("stopped")
