"""The actions engine: one entry point for the pipe, the milter, the POP3 bridge and ``process``.

    from filter.config import load
    from filter.engine import Engine, StoreUnavailable

    engine = Engine(load("/etc/bouncefilter.yaml"))     # ConfigError is raised by load()
    try:
        outcome = engine.process(raw_bytes, source="pipe", envelope=Envelope(sender, recipient),
                                 inline_budget=5.0)
    except StoreUnavailable:
        return 75          # EX_TEMPFAIL: not recorded; the MTA keeps the message and retries
    # here the message is taken: recorded durably (outcome.recorded) or quarantined
    # (outcome.quarantined is the file under state_dir/quarantine/); delete it / exit 0 / DELE
    engine.close()

API
---
``Engine(config, *, store=None, classify=None, clock=time.time)``
    ``classify`` defaults to :func:`filter.classify`; ``store`` to the store of the config's
    ``store:`` section (:func:`filter.store.open_store`: SQLite in ``config.state_dir``, or a
    shared PostgreSQL), opened on first use.
``Engine.process(raw: bytes, *, source: str, envelope: Envelope | None = None,
inline_budget: float | None = None) -> Outcome``
    classify -> events -> rules -> outbox, recorded durably (each event with its deliveries in one
    transaction), then the new deliveries are attempted in process until ``inline_budget``
    seconds after the message was taken (default ``outbox.inline_budget``; 0 = leave them all to
    the outbox worker).  A delivery that fails stays pending in the outbox: it never makes
    ``process`` fail.
``Engine.record(report, *, raw=None, source, ...) -> Outcome``
    the same, for a caller that already has a :class:`~filter.core.model.Report`.
``Engine.prepare(raw, *, source, envelope=None, classify=None) -> Prepared`` and
``Engine.record_batch(prepared, *, inline_budget=None) -> list[Outcome | Exception]``
    group commit (the LMTP service): classify several messages outside any transaction, then
    record them all in ONE durable transaction, one savepoint per message, one fsync in all.
    ``Engine.process_many(messages, *, source, ...)`` does both for ``[(raw, envelope), ...]``.
    Raises StoreUnavailable (nothing of them recorded) when the transaction cannot be had or
    committed; a message's own failure is its slot in the list.
``Engine.suppress(address, *, reason) / Engine.unsuppress(address) -> Outcome``
    manual changes (``bouncefilter suppression add/remove``), as derived events through the rules.
``Engine.suppress_many(entries, *, reason="manual", source="import", ...) -> BulkOutcome``
    many manual suppressions in one transaction (``suppression import``): the same rows and
    derived events as ``suppress``, each suppression file rewritten once for all of them.
``Engine.deliver(*, budget=None, due_only=True) -> RunResult``
    one pass of the outbox.
``Engine.start_probation(row, *, now=None) / Engine.hygiene_step(address, *, event, expect, state, ...)``
    list hygiene (docs/hygiene.md, :mod:`filter.hygiene.probation`, :mod:`filter.hygiene.reconfirm`):
    a soft-bounce suppression lifted into probation, a re-confirmation step; each a derived event.

Exceptions: :class:`StoreUnavailable` (cannot record durably: locked past ``store.busy_timeout``,
disk full, unwritable, PostgreSQL unreachable; nothing was recorded, retry later) and, from :func:`filter.config.load`,
:class:`~filter.config.ConfigError`.  Everything else a message can cause is absorbed: an
exception inside the classifier quarantines the message (``state_dir/quarantine/<id>.eml`` and
``.json`` with the reason) and records a ``quarantined`` event; the message counts as taken.

Events
------
Each recipient record of a report becomes one ``bounce`` event whose id is a hash of a canonical
form of the message (the headers that identify it and the normalised body: not the Received /
Delivered-To / Return-Path lines that differ between the pipe and a POP3 mailbox) and of the
recipient address, so the same bounce seen twice is the same event and re-processing never
duplicates anything.  At most ``events.max_recipients`` recipients of one report become events
(the rest are named in a defect on the report and on each of its events), recorded in short
transactions of ``_CHUNK`` events so that one large report never holds the store's write lock
for long.  Derived events (``suppressed``, ``unsuppressed``, and list hygiene's ``probation``,
``resuppressed``, ``reconfirm_sent``, ``reconfirmed``, ``removed``) go through the same rules.  Mail
that is not a bounce is recorded as a ``not_bounce`` event (``not_bounce.record``) that rules may
send to ``forward``.

Suppression: a rule naming ``suppress`` (the built-in) or any ``suppression_file`` action
suppresses the address in the store; the soft-bounce policy (``soft_bounce``) does so after N
soft bounces within the window; a later ``delivered`` notice clears the soft count and lifts a
suppression the soft-bounce policy made.  Every change makes a derived event, and every
``suppression_file`` action mirrors the store's list.

Addresses: every address that reaches the store has passed the one address rule
(:func:`filter.core.address.check_address`).  A recipient whose address the rule refuses (control
characters, whitespace, a path, an over-long part, a domain that is no hostname) is still
recorded as a ``bounce`` event, nothing is lost, but with ``recipient.address`` null and
``recipient.address_refused = {"address": <escaped text>, "why": ...}``: rules still see it (by
class, kind ...), but nothing suppresses it, counts it as a soft bounce or lists it.  ``suppress``
refuses such an address (AddressError).

Imports stay light: the store's engine (sqlite3, or psycopg for PostgreSQL) and the rules; YAML is loaded by ``filter.config`` and
HTTP/SMTP/tenacity only when an action runs.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from filter.core import model
from filter.digest import sha256
from filter.engine.rules import evaluate
from filter.store.base import StoreUnavailable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (filter/core/detectors/base.py)
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, Callable, Iterable

    from filter.store.base import StoreProtocol as Store
    from filter.config import Config
    from filter.core.model import Envelope, Report
    from filter.engine.outbox import RunResult

__all__ = ["Engine", "Outcome", "BulkOutcome", "Prepared", "StoreUnavailable", "event_id", "message_digest"]

_SUPPRESSING = ("suppress", "suppression_file")
#: kinds whose bounces can act (suppress, count, lift): only these need the evidence of
#: ``trust.require``; an auto-reply or a challenge carries its verdict but stays a ``bounce`` event
_ACTING_KINDS = frozenset({model.FAILED, model.DELAYED, model.COMPLAINT, model.UNSUBSCRIBE, model.DELIVERED})
#: events recorded per store transaction (a large report commits in several short ones)
_CHUNK = 200


@dataclass(slots=True)
class Outcome:
    """What became of one message (or one manual change)."""

    report: "Report | None"
    #: the payloads of this message's events (new and already known), derived ones included
    events: list[dict[str, Any]] = field(default_factory=list)
    #: how many of them were new (0 = the same message was processed before)
    new: int = 0
    #: durably recorded in the store (always True when ``process`` returns)
    recorded: bool = True
    #: where the message was quarantined (the classifier raised), else None
    quarantined: Path | None = None
    #: deliveries enqueued / done in process / still pending
    enqueued: int = 0
    delivered: int = 0
    pending: int = 0
    #: why the inline delivery stopped short (the deliveries stay queued for the worker)
    delivery_error: str | None = None

    @property
    def duplicate(self) -> bool:
        return bool(self.events) and self.new == 0


@dataclass(slots=True)
class BulkOutcome:
    """What :meth:`Engine.suppress_many` did."""

    #: addresses newly suppressed (lowercase), and the ids of their ``suppressed`` events
    added: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    #: addresses already listed, or given twice
    skipped: int = 0
    #: deliveries enqueued / done in process / still pending
    enqueued: int = 0
    delivered: int = 0
    pending: int = 0
    #: suppression_file action -> None (rewritten once with every new entry) or why not (its
    #: deliveries stay pending for the worker)
    mirrored: dict[str, str | None] = field(default_factory=dict)
    #: why the inline delivery of the rest stopped short
    delivery_error: str | None = None


@dataclass(slots=True)
class Prepared:
    """One message classified (or quarantined) by :meth:`Engine.prepare`, not yet recorded."""

    raw: bytes
    source: str
    envelope: "Envelope | None"
    #: when the engine got it (``clock()``) and when work on it began (``time.monotonic()``)
    received: float
    started: float
    report: "Report | None" = None
    #: the classifier raised: the quarantine file written and the event to record
    quarantine: "tuple[Path, dict[str, Any]] | None" = None
    #: the quarantine could not be written: this message cannot be taken now
    error: StoreUnavailable | None = None


# -- stable ids ----------------------------------------------------------------------------------
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_STABLE_HEADERS = (b"message-id", b"date", b"from", b"to", b"subject")
# tried only where a run of blanks starts: from inside a long run that does not end its line,
# every position would rescan the rest of the run (quadratic)
_TRAILING_WS = re.compile(rb"(?<![ \t\r])[ \t\r]+$", re.M)


def message_digest(raw: bytes) -> bytes:
    """SHA-256 of the canonical form of a message: the same mail fetched by any path, same digest.

    Canonical form: the unfolded, whitespace-collapsed Message-ID, Date, From, To and Subject
    fields, then the body with CRLF made LF, trailing blanks removed from lines and trailing empty
    lines dropped.  Trace fields that each hop adds (Received, Return-Path, Delivered-To,
    X-Original-To) and an mbox ``From `` line are left out.
    """
    if raw.startswith(b"From "):
        raw = raw.split(b"\n", 1)[1] if b"\n" in raw else b""
    m = _HEADER_END.search(raw)
    # no header/body separator: not a message at all (garbage, a cut stream); all of it counts,
    # so two different inputs never share an id (and a quarantine file)
    head, body = (raw[:m.start()], raw[m.end():]) if m else (b"", raw)
    # each field's lines are collected and joined once: adding a folded line to a growing bytes
    # value copies it every time (a header folded over 1M lines took 42 s)
    fields: dict[bytes, list[bytes]] = {}
    name = None
    for line in head.split(b"\n"):
        line = line.rstrip(b"\r")
        if line[:1] in (b" ", b"\t") and name is not None:
            fields[name].append(line.strip())
            continue
        k, sep, v = line.partition(b":")
        name = k.strip().lower() if sep else None
        if name in _STABLE_HEADERS and name not in fields:
            fields[name] = [v.strip()]
        elif name not in _STABLE_HEADERS:
            name = None
    h = sha256()
    for k in _STABLE_HEADERS:
        h.update(k + b":" + b" ".join(b" ".join(fields.get(k, ())).split()) + b"\n")
    h.update(b"\n")
    h.update(_TRAILING_WS.sub(b"", body.replace(b"\r\n", b"\n")).rstrip(b"\n"))
    return h.digest()


def event_id(*parts: bytes | str | None) -> str:
    """A 128-bit hex id from its parts (message digest, event type, address ...)."""
    h = sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else (p or "").encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def _iso(t: float | None) -> str | None:
    return None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def _date_of(raw: bytes, received: float) -> float:
    """The message's own Date (RFC 5322 section 3.6.1), when sane; else when it was received.

    Soft-bounce windows are counted in the time the bounces were written, so a backfill of old
    bounces counts them as they happened, not as they were read.
    """
    m = re.search(rb"^Date:[ \t]*(.+(?:\r?\n[ \t].*)*)", raw[:65536], re.M | re.I)
    if not m:
        return received
    from email.utils import mktime_tz, parsedate_tz

    try:
        parsed = parsedate_tz(" ".join(m.group(1).decode("latin-1").split()))
        t = float(mktime_tz(parsed)) if parsed else None
    except (ValueError, OverflowError, TypeError):
        t = None
    if t is None or t > received + 86400 or t < 0:
        return received
    return min(t, received)


# -- the engine ----------------------------------------------------------------------------------
class Engine:
    """Records what messages say and decides, by the rules, what to deliver to which action."""

    def __init__(self, config: "Config", *, store: Store | None = None,
                 classify: Callable[..., "Report"] | None = None, clock: Callable[[], float] = time.time):
        self.config = config
        self._store = store
        self._classify = classify
        self.clock = clock
        self._outbox = None
        self._assessor = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from filter.store import open_store

            self._store = open_store(self.config)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
            self._outbox = None
            self._assessor = None

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def outbox(self):
        if self._outbox is None:
            from filter.engine.outbox import Outbox

            self._outbox = Outbox(self.config, self.store, clock=self.clock)
        return self._outbox

    # -- entry points ----------------------------------------------------------------------------
    def process(self, raw: bytes, *, source: str, envelope: "Envelope | None" = None,
                inline_budget: float | None = None) -> Outcome:
        """Classify, record and act on one raw message.  Raises only StoreUnavailable."""
        received = self.clock()
        started = time.monotonic()  # the inline budget counts from here: it bounds the whole message
        try:
            classify = self._classify
            if classify is None:
                from filter import classify
            report = classify(raw, source=source, envelope=envelope, verp=list(self.config.verp))
        except Exception as e:  # the core must never lose a message: keep it for a human
            return self._quarantine(raw, source, e, received, inline_budget, started)
        return self.record(report, raw=raw, source=source, received_at=received, inline_budget=inline_budget,
                           started=started, envelope=envelope)

    def record(self, report: "Report", *, raw: bytes | None = None, source: str | None = None,
               received_at: float | None = None, occurred_at: float | None = None,
               digest: bytes | None = None, inline_budget: float | None = None,
               started: float | None = None, envelope: "Envelope | None" = None) -> Outcome:
        """Record an already classified report (see :meth:`process`).

        ``envelope``: where the MTA delivered the report (the return path it was sent to), the
        first evidence :mod:`filter.trust.assess` reads.

        ``started`` (``time.monotonic()``, default now): when work on the message began; the
        inline budget runs from then, so classifying and recording a large report leave less
        (or no) time for inline deliveries, never more time in all.
        """
        started = time.monotonic() if started is None else started
        outcome, enqueued = self._record(report, raw=raw, source=source, received_at=received_at,
                                         occurred_at=occurred_at, digest=digest, envelope=envelope)
        return self._deliver_inline(outcome, enqueued, inline_budget, started)

    def _record(self, report: "Report", *, raw: bytes | None = None, source: str | None = None,
                received_at: float | None = None, occurred_at: float | None = None,
                digest: bytes | None = None, envelope: "Envelope | None" = None) -> tuple[Outcome, list[str]]:
        """:meth:`record` up to the inline deliveries: the outcome and the event ids enqueued."""
        received = self.clock() if received_at is None else received_at
        if digest is None:
            digest = message_digest(raw) if raw is not None else \
                sha256(repr(report.to_dict()).encode()).digest()
        if occurred_at is None:
            occurred_at = _date_of(raw, received) if raw is not None else received
        source = source or report.source
        report, defect = self._capped(report)
        outcome = Outcome(report)
        if report.kind == model.NOT_BOUNCE and not self.config.record_not_bounce:
            return outcome, []
        verdicts = self._assess(report, raw, envelope)
        payloads = self._bounce_events(report, digest, source, received, occurred_at, verdicts)
        if defect is not None:
            # what was left out of this report, at every step (the core's cut and this cap)
            cut = [d for d in report.defects if "not read" in d or "truncated" in d or d == defect]
            for p in payloads:
                p["defects"] = cut
        enqueued: list[str] = []
        untrusted = 0
        # short transactions (a few hundred events each): a large report never holds the write
        # lock for long, so concurrent pipes get their turn.  Each event is recorded with its
        # deliveries in one transaction; if a later chunk fails (StoreUnavailable), the MTA retries
        # and the stable ids make the chunks already recorded no-ops.
        for start in range(0, len(payloads), _CHUNK):
            with self.store.transaction():
                for p in payloads[start:start + _CHUNK]:
                    outcome.events.append(p)
                    if self._insert(p):
                        outcome.new += 1
                        untrusted += p["event"] == "untrusted"
                        enqueued += self._apply(p, raw, outcome, occurred_at)
        if untrusted:
            enqueued += self._surge(outcome, received)
        if self.config.reconfirm is not None and report.kind == model.NOT_BOUNCE and raw is not None and outcome.new:
            # a person's answer to a re-confirmation mail (filter/hygiene/reconfirm.py) lifts the suppression
            from filter.hygiene.reconfirm import confirm_reply

            lifted = confirm_reply(self, raw, inline_budget=0)
            if lifted is not None and lifted.events:
                outcome.events += lifted.events
                outcome.new += lifted.new
                enqueued += [lifted.events[-1]["id"]] * lifted.enqueued
        outcome.enqueued = len(enqueued)
        return outcome, enqueued

    # -- group commit: several messages, one durable transaction -------------------------------
    def prepare(self, raw: bytes, *, source: str, envelope: "Envelope | None" = None,
                classify: Callable[..., "Report"] | None = None) -> Prepared:
        """The part of :meth:`process` that needs no store: classify (with ``classify``, default
        the engine's), or, when the classifier raises, write the quarantine files.  Record the
        result with :meth:`record_batch`.  Never raises for the message's content."""
        received = self.clock()
        started = time.monotonic()
        try:
            fn = classify or self._classify
            if fn is None:
                from filter import classify as fn
            report = fn(raw, source=source, envelope=envelope, verp=list(self.config.verp))
        except Exception as e:  # the core must never lose a message: keep it for a human
            try:
                quarantine = self._quarantine_files(raw, source, e, received)
            except StoreUnavailable as u:
                return Prepared(raw, source, envelope, received, started, error=u)
            return Prepared(raw, source, envelope, received, started, quarantine=quarantine)
        return Prepared(raw, source, envelope, received, started, report=report)

    def record_batch(self, prepared: "list[Prepared]", *, inline_budget: float | None = None
                     ) -> "list[Outcome | Exception]":
        """Record several prepared messages in ONE durable transaction (one fsync: group commit).

        Each message is recorded inside its own savepoint, so one whose record fails for a
        reason of its own (a bug) is left out whole and its slot holds the exception, while the
        others are committed; a message whose quarantine could not be written holds its
        :class:`StoreUnavailable`.  When the transaction itself cannot be had or committed
        (store locked past ``store.busy_timeout``, disk full ...) nothing is recorded and
        :class:`StoreUnavailable` is raised for all.  The deliveries of the new events are
        attempted after the commit, each message within its own inline budget.
        """
        results: list[Outcome | Exception | None] = [None] * len(prepared)
        done: list[tuple[int, list[str], float]] = []
        with self.store.group():
            for i, p in enumerate(prepared):
                if p.error is not None:
                    results[i] = p.error
                    continue
                try:
                    with self.store.transaction():  # a savepoint: this message whole, or not at all
                        if p.quarantine is not None:
                            outcome, enqueued = self._record_quarantine(*p.quarantine)
                        else:
                            outcome, enqueued = self._record(p.report, raw=p.raw, source=p.source,
                                                             received_at=p.received, envelope=p.envelope)
                except StoreUnavailable:
                    raise  # the shared transaction is gone: none of them is recorded
                except Exception as e:  # noqa: BLE001 - this message's own failure
                    results[i] = e
                    continue
                results[i] = outcome
                done.append((i, enqueued, p.started))
        for i, enqueued, started in done:
            results[i] = self._deliver_inline(results[i], enqueued, inline_budget, started)  # type: ignore[arg-type]
        return results  # type: ignore[return-value]

    def process_many(self, messages: "list[tuple[bytes, Envelope | None]]", *, source: str,
                     inline_budget: float | None = None, classify: Callable[..., "Report"] | None = None
                     ) -> "list[Outcome | Exception]":
        """:meth:`process` for several messages, recorded with one durable commit
        (:meth:`prepare` each, then :meth:`record_batch`)."""
        return self.record_batch([self.prepare(raw, source=source, envelope=envelope, classify=classify)
                                  for raw, envelope in messages], inline_budget=inline_budget)

    # -- trust -----------------------------------------------------------------------------------
    @property
    def assessor(self):
        """The :class:`filter.trust.assess.Assessor` of ``config.trust`` (hashed return paths resolved
        through the store)."""
        if self._assessor is None:
            from filter.trust.assess import Assessor

            self._assessor = Assessor(self.config.trust, verp_patterns=self.config.verp,
                                      resolve=lambda d: self.store.verp_address(d), clock=self.clock)
        return self._assessor

    def _assess(self, report: "Report", raw: bytes | None, envelope: "Envelope | None") -> list[dict | None]:
        """One trust verdict (:class:`filter.trust.assess.Verdict` as a dict) per recipient (one for a
        report without any); None for mail that is not a bounce.

        A recipient the report left unnamed is the one a valid signed return path names (the
        hashed form, which the core cannot read without the store)."""
        n = max(1, len(report.recipients))
        if report.kind == model.NOT_BOUNCE:
            return [None] * n
        if not self.config.trust.enabled:  # nothing can vouch: no need to look (nor to import trust)
            return [{"level": "unverified", "evidence": []} for _ in range(n)]
        a = self.assessor.assess(report, raw=raw, envelope=envelope)
        if a.tagged and report.kind in model.FAILURE_KINDS and len(report.recipients) == 1 and \
                not report.recipients[0].address and report.recipients[0].address_refused is None:
            report.recipients[0].address = a.tagged  # screened again by _bounce_events
            a = self.assessor.assess(report, raw=raw, envelope=envelope)
        return [v.to_dict() for v in a.verdicts]

    def _surge(self, outcome: Outcome, now: float) -> list[str]:
        """An ``untrusted_surge`` event when ``trust.alert_threshold`` untrusted events arrived
        within ``trust.alert_window`` (at most one per window): forged bounces come in waves."""
        t = self.config.trust
        with self.store.transaction():
            since = now - t.alert_window
            n = self.store.count_events("untrusted", since=since)
            if n < t.alert_threshold or self.store.count_events("untrusted_surge", since=since):
                return []
            p = {"id": event_id("untrusted_surge", repr(now)), "event": "untrusted_surge", "kind": None,
                 "recipient": None, "original": {}, "received_at": _iso(now), "occurred_at": _iso(now),
                 "source": None, "untrusted": {"count": n, "window": t.alert_window, "since": _iso(since)},
                 "_t": (now, now)}
            if not self._insert(p):
                return []
            outcome.events.append(p)
            outcome.new += 1
            return self._enqueue(p, [a.name for a in self._actions_for(p) if a.type not in _SUPPRESSING], None)

    def _capped(self, report: "Report") -> "tuple[Report, str | None]":
        """At most ``events.max_recipients`` distinct recipients of one report are recorded.

        Returns the report to record (a shallow copy when capped, the rest of its recipients
        left out) and the defect saying how many were dropped, or (report, None).
        """
        cap = self.config.max_recipients
        if len(report.recipients) <= cap:
            return report, None
        kept: list = []
        keys: set[str] = set()
        dropped = 0
        for i, r in enumerate(report.recipients):
            key = (r.address or "").lower() or f"#{i}"  # the same address twice is one event
            if key in keys:
                continue
            if len(keys) < cap:
                keys.add(key)
                kept.append(r)
            else:
                keys.add(key)
                dropped += 1
        if not dropped:
            return report, None
        import copy

        defect = (f"{dropped} of {cap + dropped} recipients not recorded: at most {cap} per message "
                  "(events.max_recipients)")
        capped = copy.copy(report)  # no __post_init__: the recipients were screened already
        capped.recipients = kept
        capped.defects = [*report.defects, defect]
        return capped, defect

    def suppress(self, address: str, *, reason: str = "manual", source: str = "cli",
                 inline_budget: float | None = None) -> Outcome:
        """Suppress an address by hand: a ``suppressed`` event through the rules.  An address the
        address rule refuses raises :class:`filter.core.address.AddressError` (a ValueError)."""
        from filter.core.address import check_address

        check_address(address)
        now = self.clock()
        cause = {"id": event_id("manual", address.lower(), "suppressed", repr(now)), "event": "manual",
                 "kind": None, "recipient": {"address": address.lower(), "reason": reason, "class": None},
                 "original": {}, "received_at": _iso(now), "occurred_at": _iso(now), "source": source}
        outcome = Outcome(None)
        with self.store.transaction():
            new, row = self.store.suppress(address, reason=reason, class_=None, kind=None, policy="manual",
                                           event_id=cause["id"], at=now)
            enqueued = self._derive(cause, "suppressed", row, outcome) if new else []
        outcome.enqueued = len(enqueued)
        return self._deliver_inline(outcome, enqueued, inline_budget)

    def unsuppress(self, address: str, *, source: str = "cli", inline_budget: float | None = None) -> Outcome:
        """Lift a suppression by hand: an ``unsuppressed`` event through the rules."""
        from filter.core.address import address_problem

        now = self.clock()
        outcome = Outcome(None)
        with self.store.transaction():
            row = self.store.unsuppress(address)
            enqueued: list[str] = []
            if row is not None and address_problem(row["address"]):
                # a row an older version let in: gone, without an event carrying the bad address
                self.store.clear_soft_bounces(row["address"])
            elif row is not None:
                cause = {"id": event_id("manual", address.lower(), "unsuppressed", repr(now)), "event": "manual",
                         "kind": None, "recipient": {"address": row["address"], "reason": row["reason"],
                                                                "class": row["class"]},
                         "original": {}, "received_at": _iso(now), "occurred_at": _iso(now), "source": source}
                self.store.clear_soft_bounces(row["address"])
                self.store.clear_hygiene(row["address"])  # lifted by a human: no probation, no strikes
                enqueued = self._derive(cause, "unsuppressed", row, outcome)
        outcome.enqueued = len(enqueued)
        return self._deliver_inline(outcome, enqueued, inline_budget)

    def suppress_many(self, entries: "Iterable[str | tuple[str, str | None]]", *, reason: str = "manual",
                      source: str = "import", inline_budget: float | None = None,
                      mirror: bool = True) -> "BulkOutcome":
        """Suppress many addresses by hand in ONE transaction (``suppression import``).

        ``entries``: addresses, or ``(address, reason)`` pairs (a None reason is ``reason``).
        Each address is lowercased; one already listed (or twice in ``entries``) is skipped
        and left as it is.  Each new one gets its row (policy ``manual``; the class of its
        reason when it is one of :data:`filter.core.model.REASONS`) and a ``suppressed`` event
        through the rules, exactly as :meth:`suppress` makes; every ``suppression_file``
        action gets a delivery of each.  An address the address rule refuses raises
        :class:`filter.core.address.AddressError` before anything is written.

        ``mirror``: after the commit, each suppression file is rewritten ONCE with all the new
        entries (one lock, one write, one ``postmap``) and those deliveries are marked done;
        when that fails (or another process holds some of them) they stay pending and the
        outbox worker brings the file in step.  The other deliveries (webhooks ...) are tried
        within ``inline_budget`` (default ``outbox.inline_budget``; 0: left to the worker).
        """
        now = self.clock()
        wanted: dict[str, str] = {}
        skipped = 0
        for e in entries:
            address, why = (e, None) if isinstance(e, str) else e
            a = address.strip().lower()  # the store applies the address rule (AddressError: nothing written)
            if a in wanted:
                skipped += 1
                continue
            wanted[a] = why or reason
        out = BulkOutcome()
        iso = _iso(now)
        files = [a.name for a in self.config.actions.values() if a.type == "suppression_file"]
        import json

        encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
        stamp = f"\0suppressed\0{now!r}\0".encode()
        # the payload suppress() would make (the same keys, in the same order), written with a
        # template: only the address, the reason and the class differ from one to the next
        template = ('{"id":"%s","event":"suppressed","kind":null,"recipient":{"address":%s,"reason":%s,"class":%s},'
                    '"original":{},"received_at":' + encode(iso) + ',"occurred_at":' + encode(iso) + ',"source":'
                    + encode(source) + ',"detector":null,"cause":null,"suppression":{"reason":%s,"class":%s,'
                    '"policy":"manual","first_seen":' + encode(iso) + ',"last_seen":' + encode(iso) + '}}')
        # the rules see only what differs: the same (reason, class[, domain][, address]) gets
        # the same actions, evaluated once
        by_address = any(r.match.address for r in self.config.rules)
        by_domain = any(r.match.domain for r in self.config.rules)
        groups: dict[tuple, int] = {}
        actions: dict[int, tuple[str, ...]] = {}
        rows = []
        ids: dict[str, str] = {}  # address -> its suppressed event
        reasons: dict[str, tuple] = {}  # reason -> (class, its JSON, the class's JSON)
        for a, why in wanted.items():
            r = reasons.get(why)
            if r is None:
                cls = model.REASONS[why][0] if why in model.REASONS else None
                r = reasons[why] = (cls, encode(why), encode(cls))
            cls, j_why, j_cls = r
            # event_id("manual", a, "suppressed", repr(now)) and event_id(cause, "suppressed"),
            # as suppress() makes them, each in one hash call
            cause = sha256(b"manual\0" + a.encode() + stamp).hexdigest()[:32]
            eid = sha256(cause.encode() + b"\0suppressed\0").hexdigest()[:32]
            payload = template % (eid, encode(a), j_why, j_cls, j_why, j_cls)
            key = (why, cls, a.rpartition("@")[2] if by_domain else None, a if by_address else None)
            g = groups.get(key)
            if g is None:
                g = groups[key] = len(groups)
                names = [x.name for x in self._actions_for(json.loads(payload))
                         if x.type not in _SUPPRESSING and x.name not in files]
                # every suppression file mirrors the list: leased for the rewrite below, or queued
                actions[g] = tuple(names) if mirror else tuple(names + files)
            rows.append((a, why, cls, cause, eid, payload, g))
            ids[a] = eid
        # one transaction; addresses listed already (or meanwhile) are left out
        listed, out.enqueued, id_range = self.store.import_suppressions(
            rows, at=now, source=source, actions=actions, leased=tuple(files) if mirror else (),
            lease=self.config.outbox.lease if mirror else None)
        out.skipped = skipped + len(listed)
        for a in listed:
            del ids[a]
        out.added = list(ids)  # in the order given
        out.event_ids = list(ids.values())
        # the rows as committed: were one changed since (lifted by hand), that change's own
        # suppression-file delivery brings the files in step with it
        current = {r[0]: {"address": r[0], "reason": r[1], "class": r[2], "kind": None, "policy": "manual",
                          "event_id": r[3], "first_seen": now, "last_seen": now}
                   for r in rows if r[0] in ids} if mirror and files else {}
        del rows
        pending = out.enqueued
        if mirror and out.added and files:
            for name in files:
                done, error = self._mirror(name, out.added, out.event_ids, current, id_range)
                pending -= done
                out.mirrored[name] = error
        out.pending = pending
        budget = self.config.outbox.inline_budget if inline_budget is None else inline_budget
        if not self.config.outbox.inline and inline_budget is None:
            budget = 0
        if pending and budget > 0:
            try:
                r = self.outbox.run(event_ids=out.event_ids, deadline=time.monotonic() + budget)
                out.delivered = r.done
                out.pending = max(0, pending - r.done - r.dead)
            except Exception as e:  # noqa: BLE001 - recorded and queued durably: the worker delivers
                out.delivery_error = f"{type(e).__name__}: {e}"
        return out

    def _mirror(self, name: str, addresses: list[str], ids: list[str], rows: dict[str, dict[str, Any]],
                id_range: tuple[int, int]) -> "tuple[int, str | None]":
        """Bring one suppression file in step with the rows just added, in ONE rewrite: the
        action's ``deliver_batch`` gets every event at once (one lock, one write, one postmap);
        its deliveries, leased by this store since they were enqueued, are then marked done in
        one statement, or given back to the worker.  Returns (deliveries done, why not all)."""
        from filter.engine.actions import Context, Permanent

        ob = self.config.outbox
        try:
            action = self.outbox.action(name)
            ctx = Context(message=self.store.message, suppression=rows.get,
                          deadline=time.monotonic() + max(min(ob.lease / 2, 60.0), 1.0))  # within the lease
            results = action.deliver_batch([{"id": i, "event": "suppressed", "recipient": {"address": a}}
                                            for i, a in zip(ids, addresses)], ctx)
        except Exception as e:  # noqa: BLE001 - given back: the worker tries again
            results = [e] * len(ids)
        failed = [(i, err) for i, err in zip(ids, results) if err is not None]
        if not failed:
            return self.store.settle_leased(name, id_range, done=True, now=self.clock()), None
        error = f"{type(failed[0][1]).__name__}: {failed[0][1]}"
        bad = {i for i, _ in failed}
        done = 0
        if len(bad) < len(ids):
            done = self.store.settle_leased(name, id_range, done=True, now=self.clock(),
                                            event_ids=[i for i in ids if i not in bad])
        for i, err in failed:
            if isinstance(err, Permanent):  # an address no list may hold: a dead letter, as the worker would
                did = self.store.delivery_id(i, name)
                if did is not None:
                    self.store.fail(did, str(err), next_attempt=None)
        self.store.settle_leased(name, id_range, done=False)  # the rest: for the worker
        return done, error

    def deliver(self, *, budget: float | None = None, due_only: bool = True) -> "RunResult":
        """One pass over the outbox (what ``outbox work`` repeats and ``outbox flush`` forces)."""
        deadline = None if budget is None else time.monotonic() + budget
        return self.outbox.run(due_only=due_only, deadline=deadline)

    # -- events ----------------------------------------------------------------------------------
    def _bounce_events(self, report: "Report", digest: bytes, source: str | None, received: float,
                       occurred: float, verdicts: list | None = None) -> list[dict[str, Any]]:
        """One payload per distinct recipient.  With a verdict (:mod:`filter.trust.assess`) the payload
        carries ``trust``, and a recipient whose level does not reach ``trust.require`` becomes an
        ``untrusted`` event: recorded and shown to the rules, but it never suppresses, counts
        or lifts anything."""
        original = report.original.to_dict()
        trust = self.config.trust
        base = {"event": "bounce", "kind": report.kind, "original": original, "received_at": _iso(received),
                "occurred_at": _iso(occurred), "source": source, "detector": report.detector,
                "_t": (received, occurred)}
        out = []
        recipients = report.recipients or [None]
        seen: set[str] = set()
        for i, r in enumerate(recipients):
            if r is not None:
                r.screen()  # the address rule (a Report screens on creation; again if changed since)
            rcpt = r.to_dict() if r is not None else None
            address = (r.address or "").lower() if r is not None else ""
            if r is not None and r.address_refused is not None:
                # recorded without an address (so never suppressed); its id from the escaped text
                address = "refused:" + r.address_refused["address"]
            eid = event_id(digest, "bounce", address)
            if eid in seen:  # the same address twice in one report is one event
                continue
            seen.add(eid)
            p = {"id": eid, **base, "recipient": rcpt}
            if r is not None and r.reason == "delivered" and report.kind in model.FAILURE_KINDS:
                # a recipient delivered beside failed ones (RFC 3464 2.3.3): its event is a success,
                # never matched by a rule on failures
                p["kind"] = model.DELIVERED
            verdict = verdicts[i] if verdicts and i < len(verdicts) else None
            if verdict is not None:
                p["trust"] = verdict
                if report.kind in _ACTING_KINDS and not trust.acts(verdict["level"]):
                    p["event"] = "untrusted"
            out.append(p)
        return out

    def _insert(self, p: dict[str, Any]) -> bool:
        received, occurred = p.pop("_t", (None, None))
        rcpt = p.get("recipient") or {}
        if received is None:
            received = occurred = self.clock()
        return self.store.insert_event(
            id=p["id"], event=p["event"], kind=p.get("kind"), address=(rcpt.get("address") or "").lower() or None,
            class_=rcpt.get("class"), reason=rcpt.get("reason"), source=p.get("source"), received_at=received,
            occurred_at=occurred, cause=p.get("cause"), payload=p)

    def _actions_for(self, payload: dict[str, Any]) -> list:
        return [self.config.actions[n] for n in evaluate(self.config.rules, payload)]

    def _enqueue(self, payload: dict[str, Any], names: list[str], raw: bytes | None) -> list[str]:
        now = self.clock()
        out = []
        for name in names:
            if self.store.enqueue(payload["id"], name, now):
                out.append(name)
                if raw is not None and self.config.actions[name].type == "forward":
                    self.store.save_message(payload["id"], raw)
        return [payload["id"]] * len(out)

    def _apply(self, p: dict[str, Any], raw: bytes | None, outcome: Outcome, at: float) -> list[str]:
        """Inside the transaction: rules, suppression, soft-bounce policy, deliveries of a new event."""
        actions = self._actions_for(p)
        enqueued = self._enqueue(p, [a.name for a in actions if a.type not in _SUPPRESSING], raw)
        rcpt = p.get("recipient") or {}
        address = (rcpt.get("address") or "").lower()
        if p["event"] != "bounce" or not address:
            return enqueued
        kind, class_ = p.get("kind"), rcpt.get("class")
        if any(a.type in _SUPPRESSING for a in actions):
            new, row = self.store.suppress(address, reason=rcpt.get("reason"), class_=class_, kind=kind,
                                           policy="rule", event_id=p["id"], at=at)
            if new:
                enqueued += self._derive(p, "suppressed", row, outcome)
                self._ask_first(row, p, at)
            else:  # already listed: csv files show last_seen, keep them in step
                enqueued += self._enqueue(p, [a.name for a in self.config.actions.values()
                                              if a.type == "suppression_file"
                                              and a.options.get("format") == "csv"], None)
        sb = self.config.soft_bounce
        if kind in sb.kinds and class_ in sb.classes and rcpt.get("reason") not in sb.except_reasons:
            n = self.store.add_soft_bounce(address, at, p["id"], window=sb.window, reset_after=sb.reset_after)
            mark = self.store.hygiene(address)
            if mark is not None and mark["state"] == "probation" and at >= mark["at"]:
                enqueued += self._resuppress(p, mark, outcome, at)
            elif n >= sb.threshold:
                new, row = self.store.suppress(address, reason=rcpt.get("reason"), class_=class_, kind=kind,
                                               policy="soft_bounce", event_id=p["id"], at=at)
                if new:
                    enqueued += self._derive(p, "suppressed", row, outcome, soft_count=n)
                    self._ask_first(row, p, at)
        elif kind == model.DELIVERED:
            # a later successful delivery clears the soft count, and a suppression it caused, and
            # a probation (the address works: its strikes are forgotten)
            self.store.clear_soft_bounces(address)
            mark = self.store.hygiene(address)
            if mark is not None and mark["state"] in ("probation", "suppressed", "held"):
                self.store.clear_hygiene(address)
            row = self.store.suppression(address)
            if row is not None and row["policy"] == "soft_bounce":
                self.store.unsuppress(address)
                enqueued += self._derive(p, "unsuppressed", row, outcome)
        if kind == model.FAILED and class_ == model.HARD or kind == model.COMPLAINT and class_ == model.INFO:
            # a hard bounce (of the re-confirmation mail or any other) or a complaint while a
            # re-confirmation is pending: the removal is final at once (not an authentication
            # failure report, RFC 6591: class block, nobody complained)
            mark = self.store.hygiene(address)
            if mark is not None and mark["state"] in ("reconfirm", "reconfirm_pending"):
                enqueued += self._final_removal(p, mark, outcome, at, "hard bounce" if class_ == model.HARD
                                                else "complaint")
        return enqueued

    def _ask_first(self, row: dict[str, Any], p: dict[str, Any], at: float) -> None:
        """A removal for good that ``reconfirm:`` names (docs/hygiene.md) is marked for a
        re-confirmation mail (sent by :func:`filter.hygiene.reconfirm.run`); never for a hard
        bounce or a complaint, nor for a soft-bounce suppression that probation will lift."""
        rc = self.config.reconfirm
        if rc is None or row.get("class") == model.HARD or row.get("kind") in (model.COMPLAINT, model.UNSUBSCRIBE):
            return
        policy = row.get("policy")
        if policy == "soft_bounce" and self.config.soft_bounce.probation_after:
            return  # not for good: probation comes first
        soft = policy in ("soft_bounce", "probation")
        if not ((soft and "soft_bounce" in rc.policies) or policy in rc.policies
                or (row.get("class") in rc.classes and (soft or policy != "soft_bounce"))):
            return
        mark = self.store.hygiene(row["address"])
        self.store.set_hygiene(row["address"], state="reconfirm_pending", at=at, due=at,
                               strikes=int(mark["strikes"]) if mark else 0, reason=row.get("reason"),
                               class_=row.get("class"), event_id=p["id"])

    def _final_removal(self, p: dict[str, Any], mark: dict[str, Any], outcome: Outcome, at: float,
                       why: str) -> list[str]:
        """The removal is final (``removed``): the suppression stays, and no mail asks again."""
        address = mark["address"]
        self.store.set_hygiene(address, state="removed", at=at, due=None, strikes=int(mark.get("strikes") or 0),
                               reason=mark.get("reason"), class_=mark.get("class"), event_id=p["id"], note=why)
        row = self.store.suppression(address)
        if row is None:
            return []
        return self._derive(p, "removed", row, outcome, extra={"reconfirm": {"why": why, "since": _iso(mark["at"])}})

    def hygiene_step(self, address: str, *, event: str, expect: tuple[str, ...], state: str | None,
                     due: float | None = None, note: str | None = None, lift: bool = False,
                     now: float | None = None, source: str = "reconfirm", extra: dict[str, Any] | None = None,
                     inline_budget: float | None = 0) -> Outcome:
        """One list-hygiene step that no bounce brings (filter/hygiene/reconfirm.py), in one
        transaction, only when the address's mark is in a state of ``expect`` (else nothing is
        done: another run, a click or a bounce came first): the mark becomes ``state`` (None:
        forgotten), the suppression is lifted when ``lift`` (as :meth:`unsuppress` lifts it, soft
        count cleared), and an ``event`` is derived through the rules and every suppression file."""
        now = self.clock() if now is None else now
        address = address.lower()
        outcome = Outcome(None)
        enqueued: list[str] = []
        with self.store.transaction():
            self.store.lock_address(address)
            mark = self.store.hygiene(address)
            row = self.store.suppression(address)
            if mark is None or mark["state"] not in expect or row is None:
                return outcome
            if lift:
                self.store.unsuppress(address)
                self.store.clear_soft_bounces(address)
            if state is None:
                self.store.clear_hygiene(address)
            else:
                self.store.set_hygiene(address, state=state, at=now, due=due, strikes=int(mark["strikes"] or 0),
                                       reason=mark["reason"], class_=mark["class"], event_id=mark["event_id"],
                                       note=note)
            cause = {"id": mark["event_id"] or event_id("hygiene", address), "event": "hygiene",
                     "kind": row["kind"], "recipient": {"address": address, "reason": row["reason"],
                                                        "class": row["class"]},
                     "original": {}, "received_at": _iso(now), "occurred_at": _iso(now), "source": source}
            enqueued = self._derive(cause, event, row, outcome, extra=extra, dedupe=repr(now))
        outcome.enqueued = len(enqueued)
        return self._deliver_inline(outcome, enqueued, inline_budget)

    def _resuppress(self, p: dict[str, Any], mark: dict[str, Any], outcome: Outcome, at: float) -> list[str]:
        """One more soft bounce while on probation (docs/hygiene.md): suppressed again at once, a
        ``resuppressed`` event.  Past ``soft_bounce.probation_max`` strikes it is for good (policy
        ``probation``, never on probation again); before, it gets another probation later."""
        rcpt = p.get("recipient") or {}
        address = (rcpt.get("address") or "").lower()
        strikes = int(mark.get("strikes") or 0) + 1
        final = strikes > self.config.soft_bounce.probation_max
        new, row = self.store.suppress(address, reason=rcpt.get("reason"), class_=rcpt.get("class"),
                                       kind=p.get("kind"), policy="probation" if final else "soft_bounce",
                                       event_id=p["id"], at=at)
        self.store.set_hygiene(address, state="final" if final else "suppressed", at=at, due=None, strikes=strikes,
                               reason=rcpt.get("reason"), class_=rcpt.get("class"), event_id=p["id"])
        if not new:
            return []
        info = {"strikes": strikes, "final": final, "since": _iso(mark.get("at"))}
        out = self._derive(p, "resuppressed", row, outcome, extra={"probation": info})
        if final:
            self._ask_first(row, p, at)
        return out

    def start_probation(self, row: dict[str, Any], *, now: float | None = None, source: str = "probation",
                        inline_budget: float | None = None) -> Outcome:
        """Lift a suppression the soft-bounce policy made into probation (filter/hygiene/probation.py):
        off the list and the suppression files as :meth:`unsuppress` takes it off, soft count
        cleared, a ``probation`` event through the rules, the address marked ``probation`` until
        ``now + soft_bounce.probation_for``.  ``row`` is the suppression as the caller found it:
        when it changed since (another bounce, lifted by hand), nothing is done."""
        now = self.clock() if now is None else now
        address = row["address"]
        outcome = Outcome(None)
        enqueued: list[str] = []
        with self.store.transaction():
            self.store.lock_address(address)
            current = self.store.suppression(address)
            if current is None or current["policy"] != "soft_bounce" or current["last_seen"] != row["last_seen"]:
                return outcome
            self.store.unsuppress(address)
            self.store.clear_soft_bounces(address)
            mark = self.store.hygiene(address)
            strikes = int(mark["strikes"]) if mark else 0
            until = now + self.config.soft_bounce.probation_for
            cause = {"id": current["event_id"] or event_id("probation", address, repr(now)), "event": "probation_run",
                     "kind": current["kind"], "recipient": {"address": address, "reason": current["reason"],
                                                            "class": current["class"]},
                     "original": {}, "received_at": _iso(now), "occurred_at": _iso(now), "source": source}
            info = {"until": _iso(until), "strikes": strikes, "quiet_since": _iso(current["last_seen"])}
            enqueued = self._derive(cause, "probation", current, outcome, extra={"probation": info}, dedupe=repr(now))
            self.store.set_hygiene(address, state="probation", at=now, due=until, strikes=strikes,
                                   reason=current["reason"], class_=current["class"],
                                   event_id=outcome.events[-1]["id"] if outcome.events else None)
        outcome.enqueued = len(enqueued)
        return self._deliver_inline(outcome, enqueued, inline_budget)

    def _derive(self, cause: dict[str, Any], kind_of_event: str, row: dict[str, Any], outcome: Outcome,
                soft_count: int | None = None, extra: dict[str, Any] | None = None,
                dedupe: str | None = None) -> list[str]:
        """Record a derived event (``suppressed``, ``unsuppressed``, or a list-hygiene one: ``extra``
        holds its own keys); its rules, plus every suppression file.  ``dedupe``: part of the id,
        for a cause that may derive the same kind of event more than once (at different times)."""
        now = self.clock()
        suppression = {"reason": row.get("reason"), "class": row.get("class"), "policy": row.get("policy"),
                       "first_seen": _iso(row.get("first_seen")), "last_seen": _iso(row.get("last_seen"))}
        if soft_count is not None:
            suppression["soft_bounces"] = soft_count
        eid = event_id(cause["id"], kind_of_event) if dedupe is None else event_id(cause["id"], kind_of_event, dedupe)
        p = {"id": eid, "event": kind_of_event, "kind": cause.get("kind"),
             "recipient": cause.get("recipient"), "original": cause.get("original") or {},
             "received_at": _iso(now), "occurred_at": cause.get("occurred_at") or _iso(now),
             "source": cause.get("source"), "detector": cause.get("detector"),
             "cause": None if cause.get("event") == "manual" else cause["id"],
             "suppression": suppression, "_t": (now, now)}
        if cause.get("trust") is not None:
            p["trust"] = cause["trust"]
        if extra:
            p.update(extra)
        if not self._insert(p):
            return []
        outcome.events.append(p)
        outcome.new += 1
        names = [a.name for a in self._actions_for(p) if a.type not in _SUPPRESSING]
        names += [a.name for a in self.config.actions.values() if a.type == "suppression_file" and a.name not in names]
        return self._enqueue(p, names, None)

    # -- quarantine ------------------------------------------------------------------------------
    def _quarantine(self, raw: bytes, source: str | None, error: BaseException, received: float,
                    inline_budget: float | None, started: float | None = None) -> Outcome:
        outcome, enqueued = self._record_quarantine(*self._quarantine_files(raw, source, error, received))
        return self._deliver_inline(outcome, enqueued, inline_budget, started)

    def _quarantine_files(self, raw: bytes, source: str | None, error: BaseException,
                          received: float) -> tuple[Path, dict[str, Any]]:
        """Write ``quarantine/<id>.eml`` and ``.json``; the file and the event to record.  The
        ``.json`` says why (``reason``); a Python traceback only when ``BOUNCEFILTER_DEBUG`` is set."""
        import json
        import os

        from filter.fsutil import write_atomic

        digest = message_digest(raw)
        qid = event_id(digest, "quarantined")
        qdir = self.config.quarantine_dir
        reason = f"classify raised {type(error).__name__}: {error}"
        meta = {"id": qid, "source": source, "received_at": _iso(received), "reason": reason}
        if os.environ.get("BOUNCEFILTER_DEBUG"):
            import traceback

            meta["traceback"] = traceback.format_exception(type(error), error, error.__traceback__)[-6:]
        path = qdir / f"{qid}.eml"
        try:
            qdir.mkdir(parents=True, exist_ok=True)
            write_atomic(path, raw)
            write_atomic(qdir / f"{qid}.json", json.dumps(meta, indent=2).encode("utf-8"))
        except OSError as e:
            raise StoreUnavailable(f"cannot quarantine into {qdir}: {e.strerror or e}") from None
        p = {"id": qid, "event": "quarantined", "kind": None, "recipient": None, "original": {},
             "received_at": _iso(received), "occurred_at": _iso(received), "source": source,
             "quarantine": {"path": str(path), "reason": reason}, "_t": (received, received)}
        return path, p

    def _record_quarantine(self, path: Path, p: dict[str, Any]) -> tuple[Outcome, list[str]]:
        """Record the ``quarantined`` event of :meth:`_quarantine_files` (and its deliveries)."""
        p = dict(p)  # _insert pops "_t": a Prepared recorded again (after StoreUnavailable) keeps it
        outcome = Outcome(None, quarantined=path)
        with self.store.transaction():
            outcome.events.append(p)
            enqueued: list[str] = []
            if self._insert(p):
                outcome.new = 1
                enqueued = self._enqueue(p, [a.name for a in self._actions_for(p) if a.type not in _SUPPRESSING],
                                         None)
        outcome.enqueued = len(enqueued)
        return outcome, enqueued

    # -- inline delivery -------------------------------------------------------------------------
    def _deliver_inline(self, outcome: Outcome, enqueued: list[str], inline_budget: float | None,
                        started: float | None = None) -> Outcome:
        budget = self.config.outbox.inline_budget if inline_budget is None else inline_budget
        if not self.config.outbox.inline and inline_budget is None:
            budget = 0
        outcome.pending = len(enqueued)
        deadline = (time.monotonic() if started is None else started) + budget
        if not enqueued or budget <= 0 or time.monotonic() >= deadline:
            return outcome
        try:
            r = self.outbox.run(event_ids=sorted(set(enqueued)), deadline=deadline)
        except Exception as e:  # noqa: BLE001 - recorded and queued durably: the worker delivers
            outcome.delivery_error = f"{type(e).__name__}: {e}"
            return outcome
        outcome.delivered = r.done
        outcome.pending = max(0, len(enqueued) - r.done - r.dead)
        return outcome

