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

SIGTERM/SIGINT stop it (libmilter notices within ~5 s; records under way are finished).  SIGHUP
reloads the config (:class:`MilterService`): a message takes the configuration in force at its
MAIL FROM and keeps it to its end; an invalid file keeps the one in use (logged).  Under systemd
``Type=notify`` it says READY=1, RELOADING=1 and STOPPING=1 (:mod:`filter.sdnotify`).  How
SIGHUP is kept from libmilter's own signal thread, which would stop the milter: :func:`serve`.

BATV (``trust.batv``, draft-levine-smtp-batv "prvs")
----------------------------------------------------
For senders whose application cannot sign its own return path.  With ``trust.batv`` set, the
milter also

* signs outbound mail: a message whose envelope sender (not null, not already ``prvs=``) matches
  a ``trust.batv.sign`` glob (case-insensitive) leaves with the sender
  ``prvs=KDDDSSSSSS=local@domain`` (``filter.trust.verp.batv_sign`` with the first trust key, valid
  ``trust.batv.validity``): SMFIR_CHGFROM at end of message, one INFO line per message.  Such
  mail is not a bounce: its headers and body are skipped, nothing is recorded;
* refuses backscatter at RCPT: on mail with the null sender, a recipient whose address (the
  ``prvs=`` wrapper taken off) matches a ``sign`` glob and no ``trust.batv.exempt`` glob
  (postmaster@*, abuse@* by default) must be a valid, unexpired ``prvs=`` address of ours, or it
  gets ``trust.batv.reject`` (550 5.7.1 by default) and one log line.  A valid one goes on as any
  bounce: recorded, and the engine finds it ``verified`` (``filter.trust.assess``).

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
address until it expires.  A signed VERP return path (``filter.trust.verp.sign``) binds the recipient.
"""
from __future__ import annotations

import fnmatch
import logging
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any

import Milter

from filter import sdnotify
from filter.core.address import compile_verp
from filter.engine import Engine, Outcome, StoreUnavailable
from filter.core.model import NOT_BOUNCE, Envelope
from filter.adapters.pipe import null_sender, pipe_classify
from filter.trust.verp import batv_check, batv_sign, is_batv

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config

__all__ = ["HEADERS", "BatvMilter", "BounceMilter", "MilterApp", "MilterService", "milter_class", "serve"]

log = logging.getLogger("bouncefilter.milter")

#: the headers this milter writes (and removes from the mail it marks)
HEADERS = ("X-Bouncefilter-Kind", "X-Bouncefilter-Class", "X-Bouncefilter-Reason")
_HEADERS_LOWER = {h.lower() for h in HEADERS}
ACTIONS = Milter.ADDHDRS | Milter.CHGHDRS
#: with BATV: the envelope sender of outbound mail is changed too
BATV_ACTIONS = ACTIONS | Milter.CHGFROM


#: what :meth:`MilterService.stats` counts (Prometheus counters; ``queued*`` are gauges)
_COUNTERS = ("messages", "recorded", "quarantined", "discarded", "queue_full", "timeouts", "store_unavailable",
             "errors")
_METRICS_HELP = {
    "messages": "bounces that reached the end of DATA", "recorded": "bounces recorded (events written)",
    "quarantined": "bounces quarantined (accepted unchanged)", "discarded": "recorded bounces discarded (milter.discard)",
    "queue_full": "bounces accepted unrecorded: the record queue was full (fail open)",
    "timeouts": "bounces accepted before their record finished (milter.timeout; recorded later)",
    "store_unavailable": "bounces accepted unrecorded: the store could not be used (fail open)",
    "errors": "internal errors (message accepted unchanged)", "reloads": "configuration reloads (SIGHUP)",
    "queued": "messages waiting for the recorder now", "queued_bytes": "their bytes",
}


class QueueFull(Exception):
    """The recorder has ``milter.queue_max`` messages or ``queue_max_bytes`` bytes waiting."""


class MilterApp:
    """What all connections share: the config, the recorder thread, the delivery thread."""

    def __init__(self, config: Config, *, engine_factory: Callable[[Config], Engine] | None = None):
        self.config = config
        self.settings = config.milter
        self._engine_factory = engine_factory or (lambda c: Engine(c, classify=pipe_classify))
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
        """``sender`` as a prvs= address (raises ``filter.trust.verp.VerpError`` for one it cannot sign)."""
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
            from filter.core import pipeline as core  # noqa: F401

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
        from filter.engine.outbox import delivery_loop

        delivery_loop(lambda: self.config, self._engine_factory, self._stop, self._wake, log)

    def stop_delivering(self) -> None:
        """Let the delivery thread end after its current pass (a reload: the new app delivers)."""
        self._stop.set()
        self._wake.set()

    def close(self, timeout: float = 30.0) -> None:
        """Finish the records under way, stop the delivery thread, close the store."""
        self._recorder.shutdown(wait=True)
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self.stop_delivering()
        if self._deliverer is not None:
            self._deliverer.join(timeout)


def _value(v: Any) -> str:
    return v if isinstance(v, str) else bytes(v).decode("utf-8", "surrogateescape")


class BounceMilter(Milter.Base):
    """One instance per SMTP connection (libmilter calls it from that connection's thread)."""

    app: MilterApp  # set by serve() / the tests on a subclass
    #: set by serve() on its classes: each message takes the service's app in force at its MAIL
    #: FROM and keeps it to its end (a SIGHUP reload swaps the service's app); None: ``app``
    service: MilterService | None = None
    #: the actions asked of the MTA
    actions = ACTIONS

    def __init__(self, app: MilterApp | None = None):
        if app is not None:
            self.app = app
        self._bound: MilterApp | None = None
        self._reset()

    def _bind(self) -> None:
        """At MAIL FROM: this message uses the configuration in force now, to its end."""
        service = self.service
        if service is not None:
            self._unbind()
            self.app = self._bound = service.acquire()

    def _unbind(self) -> None:
        """The message is over (or the milter is out of it): its app may retire."""
        bound, self._bound = self._bound, None
        if bound is not None and self.service is not None:
            self.service.release(bound)

    def _reset(self) -> None:
        self.sender: str | None = None
        self.rcpts: list[str] = []
        self.headers: list[tuple[str, str]] = []
        self.spool = bytearray()
        self.size = 0
        self.truncated = False
        self.failed = False

    def _count(self, key: str) -> None:
        if self.service is not None:
            self.service.count(key)

    def _fail(self, where: str, e: BaseException) -> None:
        self.failed = True
        self._count("errors")
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
            self._bind()
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
                self._unbind()
                return Milter.ACCEPT  # not ours: no headers, no body, no more callbacks
            return Milter.CONTINUE
        except Exception as e:  # noqa: BLE001
            self._fail("data", e)
            self._unbind()
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
            self._unbind()
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
        try:
            if self.failed:
                return Milter.ACCEPT
            return self._eom()
        except Exception as e:  # noqa: BLE001 - fail open
            self._fail("eom", e)
            return Milter.ACCEPT
        finally:
            self._reset()
            self._unbind()

    def _eom(self) -> int:
        app, qid = self.app, self._qid()
        envelope = app.envelope(self.sender, self.rcpts)
        self._count("messages")
        try:
            future = app.record(self.raw(), envelope)
        except QueueFull as e:
            log.error("%s: not recorded: %s (message accepted unchanged)", qid, e)
            self._count("queue_full")
            return Milter.ACCEPT
        try:
            outcome = future.result(timeout=app.settings.timeout)
        except FutureTimeout:
            log.error("%s: no record within %.0fs (message accepted unchanged; it is recorded when the "
                      "store answers)", qid, app.settings.timeout)
            future.add_done_callback(lambda f: _late(qid, f))
            self._count("timeouts")
            return Milter.ACCEPT
        except StoreUnavailable as e:
            log.error("%s: not recorded: %s (message accepted unchanged)", qid, e)
            self._count("store_unavailable")
            return Milter.ACCEPT
        report = outcome.report
        self._count("recorded")
        if outcome.quarantined is not None or report is None:
            log.warning("%s: quarantined in %s (message accepted unchanged)", qid, outcome.quarantined)
            self._count("quarantined")
            return Milter.ACCEPT
        discard = report.kind != NOT_BOUNCE and report.kind in app.settings.discard
        log.info("%s: %s from <%s> to <%s>: %s; %d new event(s) of %d%s", qid, report.kind, envelope.sender or "",
                 envelope.recipient or "", ", ".join(f"{r.address} {r.class_} {r.reason}"
                                                    for r in report.recipients) or "no recipients",
                 outcome.new, len(outcome.events), "; discarded" if discard else "")
        if discard:
            self._count("discarded")
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
        self._unbind()
        return Milter.CONTINUE

    def close(self) -> int:
        self._unbind()
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
            # (a reload may have turned BATV off since this connection negotiated it)
            self.signing = not self.failed and self.app.batv is not None and self.app.batv_signs(self.sender)
        except Exception as e:  # noqa: BLE001
            self._fail("envfrom (BATV)", e)
        return Milter.CONTINUE

    def envrcpt(self, to: str, *params: str) -> int:  # no @noreply: a reply may refuse
        try:
            rcpt = _value(to).strip().strip("<>")
        except Exception as e:  # noqa: BLE001
            self._fail("envrcpt", e)
            return Milter.CONTINUE
        if not self.failed and null_sender(self.sender) == "" and self.app.batv is not None:
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
            self._unbind()
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


def describe(config: Config) -> str:
    """The settings that decide what the milter does, for the log (start and reload)."""
    m, batv = config.milter, config.trust.batv
    return (f"bounce addresses: {', '.join(m.bounce_addresses) or 'none'}; VERP: {', '.join(config.verp) or 'none'}; "
            f"headers: {'on' if m.headers else 'off'}; discard: {', '.join(m.discard) or 'nothing'}; "
            f"outbox: {'delivered here' if m.deliver else 'left to outbox work'}; BATV: "
            + (f"signs {', '.join(batv.sign)}, refuses unsigned bounces to them" if batv else "off"))


class MilterService:
    """What :func:`serve` runs: the app that new messages take, swapped by :meth:`reload`; the apps
    a reload retired, each closed (its records finished, its store closed) once the last message
    that started with it is over; the milter class libmilter instantiates per connection."""

    def __init__(self, config: Config, socket: str, *, socket_fixed: bool = True,
                 engine_factory: Callable[[Config], Engine] | None = None):
        self.socket = socket
        #: the socket came from the command line: a reload does not look at ``milter.socket``
        self.socket_fixed = socket_fixed
        self._engine_factory = engine_factory
        self._lock = threading.Lock()
        self._users: dict[MilterApp, int] = {}    # messages under way, per app
        self._retired: set[MilterApp] = set()     # replaced by a reload, messages still under way
        self._closers: list[threading.Thread] = []
        self.reloads = 0
        self.counters = dict.fromkeys(_COUNTERS, 0)
        self.metrics = None
        self.app = MilterApp(config, engine_factory=engine_factory)
        self.factory = self._milter_class(self.app)

    # -- what operators see (``milter.metrics``, filter/metrics.py) ------------------------------
    def count(self, key: str) -> None:
        with self._lock:
            self.counters[key] += 1

    def stats(self) -> dict[str, int]:
        """Counters since start (messages that reached the end of DATA as bounces, recorded,
        quarantined, discarded, and the fail-open accepts: queue_full, timeouts,
        store_unavailable, errors), reloads, and the record queue now (queued, queued_bytes)."""
        with self._lock:
            out = dict(self.counters)
            out["reloads"] = self.reloads
        app = self.app
        out.update(queued=app.queued, queued_bytes=app.queued_bytes)
        return out

    def start_metrics(self) -> None:
        """``milter.metrics``: serve :meth:`stats` (before the main thread unblocks SIGHUP: the
        server's thread must keep it blocked, see :func:`serve`); a port that cannot be bound is
        logged and the milter runs without."""
        listen = self.app.config.milter.metrics
        if not listen:
            return
        from filter import metrics

        try:
            self.metrics = metrics.serve(listen, "milter", self.stats, gauges=frozenset({"queued", "queued_bytes"}),
                                         help=_METRICS_HELP)
        except OSError as e:
            log.warning("metrics: cannot listen on %s: %s; running without", listen, e.strerror or e)

    def _milter_class(self, app: MilterApp) -> type[BounceMilter]:
        base = milter_class(app)
        return type(f"Served{base.__name__}", (base,), {"app": app, "service": self})

    # -- messages take the app in force at their MAIL FROM -------------------------------------
    def acquire(self) -> MilterApp:
        with self._lock:
            app = self.app
            self._users[app] = self._users.get(app, 0) + 1
            return app

    def release(self, app: MilterApp) -> None:
        with self._lock:
            n = self._users.get(app, 0) - 1
            if n > 0:
                self._users[app] = n
                return
            self._users.pop(app, None)
            if app not in self._retired:
                return
            self._retired.discard(app)
        self._close_later(app)

    def _close_later(self, app: MilterApp) -> None:
        """Close a retired app in a thread of its own (a late record may still be running)."""
        t = threading.Thread(target=app.close, name="bf-retire", daemon=True)
        with self._lock:
            self._closers = [c for c in self._closers if c.is_alive()] + [t]
        t.start()

    # -- SIGHUP ----------------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the config file again: messages that start from now on use it (a new app: its
        own recorder, engine and delivery thread); messages under way finish with the one they
        started with.  An unreadable or invalid file keeps the configuration in use (logged).
        True when reloaded."""
        from filter.config import ConfigError, load

        path = self.app.config.path
        sdnotify.reloading()
        try:
            if path is None:
                log.error("reload: the configuration was not read from a file; nothing to reload")
                return False
            try:
                new = load(path)
            except ConfigError as e:
                log.error("reload: %s: keeping the configuration in use", "; ".join(e.errors))
                return False
            except Exception as e:  # noqa: BLE001 - keep serving with what works
                log.error("reload: %s: %s: keeping the configuration in use", type(e).__name__, e)
                return False
            try:
                app = MilterApp(new, engine_factory=self._engine_factory)
            except Exception as e:  # noqa: BLE001
                log.error("reload: %s: %s: %s: keeping the configuration in use", path, type(e).__name__, e)
                return False
            with self._lock:
                old, self.app = self.app, app
                self.factory = Milter.factory = self._milter_class(app)
                idle = self._users.get(old, 0) == 0
                if not idle:
                    self._retired.add(old)
                busy = sum(self._users.values())
                self.reloads += 1
            old.stop_delivering()  # deliveries from now on with the new actions
            if idle:
                self._close_later(old)
            restart = not self.socket_fixed and new.milter.socket != old.config.milter.socket
            log.info("reloaded %s (%s)%s%s", path, describe(new),
                     f"; {busy} message(s) under way finish with the previous configuration" if busy else "",
                     f"; milter.socket changed to {new.milter.socket}: restart to apply" if restart else "")
            return True
        finally:
            sdnotify.ready(f"listening on {self.socket}")

    def close(self) -> None:
        """Finish the records under way of every app, stop the delivery threads, close the stores."""
        if self.metrics is not None:
            self.metrics.close()
            self.metrics = None
        with self._lock:
            apps = [self.app, *self._retired]
            self._retired.clear()
            closers = list(self._closers)
        for app in apps:
            app.close()
        for t in closers:
            t.join(60)


def _sa_nodefer(signum: int) -> bool:
    """Let the handler of ``signum`` run without ``signum`` blocked (SA_NODEFER), which Python's
    ``signal.signal`` cannot ask for; done with libc's ``sigaction`` on 64-bit Linux (x86_64,
    aarch64: glibc's and musl's ``struct sigaction`` put ``sa_flags`` after a 128-byte mask).
    False where it was not done.  See :func:`serve` for why it matters."""
    import ctypes
    import platform
    import struct
    import sys

    if sys.platform != "linux" or platform.machine() not in ("x86_64", "aarch64") or \
            ctypes.sizeof(ctypes.c_void_p) != 8:
        return False
    sa_onstack, sa_nodefer, flags_at = 0x08000000, 0x40000000, 8 + 128
    try:
        sigaction = ctypes.CDLL(None, use_errno=True).sigaction
    except (OSError, AttributeError):
        return False
    buf = ctypes.create_string_buffer(256)  # sizeof(struct sigaction) is 152 there
    if sigaction(signum, None, buf) != 0:
        return False
    (flags,) = struct.unpack_from("i", buf, flags_at)
    if not flags & sa_onstack:  # CPython installs its handlers with SA_ONSTACK: not the layout we know
        return False
    struct.pack_into("i", buf, flags_at, flags | sa_nodefer)
    return sigaction(signum, buf, None) == 0


def _libmilter_sigwaits(threads_before: set[str]) -> bool | None:
    """Whether libmilter's signal thread is asleep in ``sigwait()``: a thread started since
    ``threads_before`` (ids in /proc/self/task) that does not block SIGTERM.  Every thread of
    ours blocks it (:func:`serve`), and ``sigwait`` unblocks what it waits for while it sleeps
    (after it has looked for one already pending).  None when /proc cannot tell."""
    import os
    import signal

    bit = 1 << (signal.SIGTERM - 1)
    try:
        tids = set(os.listdir("/proc/self/task")) - threads_before
    except OSError:
        return None
    for tid in tids:
        try:
            with open(f"/proc/self/task/{tid}/status") as f:
                blocked = next((line.split()[1] for line in f if line.startswith("SigBlk:")), None)
        except OSError:  # the thread ended
            continue
        if blocked is None:
            return None
        if not int(blocked, 16) & bit:
            return True
    return False


def serve(config: Config, socket: str, *, name: str = "bouncefilter", timeout: int = 0,
          socket_fixed: bool = True) -> MilterService:
    """Run the milter until SIGTERM/SIGINT, then finish cleanly; SIGHUP reloads the config
    (:meth:`MilterService.reload`).  Call it from the main thread (it takes SIGHUP there).

    How SIGHUP reaches us and not libmilter: ``smfi_main`` blocks SIGHUP, SIGTERM and SIGINT
    and ``sigwait()``s them in a signal thread of its own, which stops the milter on any of the
    three; a sigwait unblocks what it waits for while it sleeps, so blocking SIGHUP cannot hide
    it, and a second sigwait (a thread of ours) would only race with libmilter's.  Linux gives a
    signal sent to the process to its main thread (the thread whose id is the process id) when
    that thread does not block it (``complete_signal`` in kernel/signal.c); to any other thread
    that does not block it only when the main thread does.  So:

    * SIGTERM and SIGINT are blocked in every thread of ours: libmilter's signal thread takes them
      and stops, as before.  SIGHUP is blocked in every thread but the main thread, libmilter's
      included (it runs here in a thread of ours, ``bf-libmilter``; reloads run in
      ``bf-reload``): they all start from this thread with it blocked.
    * The main thread never blocks SIGHUP afterwards: it starts no thread (glibc's
      pthread_create blocks every signal for a moment), its handler runs with SA_NODEFER
      (:func:`_sa_nodefer`; a second SIGHUP while the first one's handler runs would otherwise
      go to libmilter), and it only waits on a wake-up socket (``signal.set_wakeup_fd``) and
      hands each SIGHUP to ``bf-reload``.
    * While libmilter starts, SIGHUP is *ignored*: a signal whose target thread does not block it
      and whose action is "ignore" is dropped when sent, so none can wait in the process's queue
      for libmilter's sigwait to find it when it starts (a SIGHUP in that moment is lost; systemd
      sends none before READY=1).  Once libmilter's signal thread sleeps in sigwait
      (:func:`_libmilter_sigwaits`), SIGHUP gets its handler and READY=1 is sent.
    """
    import os
    import signal
    import socket as so

    import milter as libmilter  # pymilter's C module

    stop, hup = {signal.SIGTERM, signal.SIGINT}, signal.SIGHUP
    # block the stop signals before any thread starts, or one of ours takes a SIGTERM with the
    # default action and the process dies at once, records under way and all
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, stop)
    previous_hup = signal.signal(hup, signal.SIG_IGN)  # until libmilter's sigwait sleeps
    wake_r, wake_w = so.socketpair()
    wake_w.setblocking(False)
    previous_wakeup = signal.set_wakeup_fd(wake_w.fileno(), warn_on_full_buffer=False)
    opensocket = libmilter.opensocket
    service: MilterService | None = None
    reloader: threading.Thread | None = None
    reload_wanted = threading.Event()
    done = threading.Event()
    try:
        # every thread from here on starts with SIGHUP blocked (they inherit this mask)
        signal.pthread_sigmask(signal.SIG_BLOCK, {hup})
        try:
            service = MilterService(config, socket, socket_fixed=socket_fixed)
            service.start_metrics()

            def opensocket_nodelay(rmsock: bool):
                rc = opensocket(rmsock)
                if socket.startswith("inet"):
                    nodelay_listeners()
                return rc

            libmilter.opensocket = opensocket_nodelay
            Milter.factory = service.factory
            Milter.set_flags(service.factory.actions)  # (each connection negotiates its class's own)
            failed: list[BaseException] = []
            go = threading.Event()

            def libmilter_main() -> None:
                try:
                    go.wait()
                    Milter.runmilter(name, socket, timeout)
                except BaseException as e:  # noqa: BLE001 - raised again in the main thread
                    failed.append(e)
                finally:
                    done.set()
                    reload_wanted.set()
                    try:
                        wake_w.send(b"X")
                    except OSError:
                        pass

            def reload_loop() -> None:
                while True:
                    reload_wanted.wait()
                    reload_wanted.clear()
                    if done.is_set():
                        return
                    service.reload()

            reloader = threading.Thread(target=reload_loop, name="bf-reload", daemon=True)
            reloader.start()
            before = set(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else set()
            thread = threading.Thread(target=libmilter_main, name="bf-libmilter", daemon=True)
            thread.start()
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {hup})  # here only (SIG_IGN still)
        go.set()
        started = time.monotonic()
        while not done.is_set():
            waiting = _libmilter_sigwaits(before)
            if waiting or (waiting is None and time.monotonic() - started > 0.5):  # None: give it a moment
                break
            if time.monotonic() - started > 10:
                log.warning("libmilter's signal thread not seen in sigwait after 10 s: SIGHUP handled anyway")
                break
            time.sleep(0.005)
        if not done.is_set():
            signal.signal(hup, lambda signum, frame: None)  # its number on the wake-up socket says it
            if not _sa_nodefer(hup):
                log.debug("SIGHUP handler without SA_NODEFER: two SIGHUPs at once may stop the milter")
            log.info("listening on %s (%s)", socket, describe(config))
            sdnotify.ready(f"listening on {socket}")
        while not done.is_set():
            got = wake_r.recv(4096)  # signal numbers, or X when libmilter has returned
            if bytes([hup]) in got:
                reload_wanted.set()
        thread.join()
        if failed:
            raise failed[0]
        return service
    finally:
        sdnotify.stopping()
        done.set()
        reload_wanted.set()
        if reloader is not None:
            reloader.join(60)
        libmilter.opensocket = opensocket
        if service is not None:
            service.close()
        signal.set_wakeup_fd(previous_wakeup)
        signal.signal(hup, previous_hup)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        wake_r.close()
        wake_w.close()
        log.info("stopped")
