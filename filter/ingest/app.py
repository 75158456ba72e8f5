"""The HTTP side: a Starlette app with one endpoint per provider, and the thread that records.

    from filter.ingest.app import create_app
    app = create_app(config)            # routes /ses, /sendgrid, /postmark, /mailgun, /healthz
    Mount("/ingest", app=app)           # how ``bouncefilter web`` can serve it; ``bouncefilter
                                        # ingest`` serves it alone (filter/ingest/service.py)

One request, in order: the body is read up to ``ingest.max_body`` (413 beyond); the provider's
module verifies it and reads its events (:mod:`filter.ingest.ses` ... ``mailgun``; 400 malformed,
401 bad signature or stale, 403 not allowed, 409 replay); each event is mapped
(:mod:`filter.ingest.mapping`, :mod:`filter.ingest.report`) and all of them are recorded by the
*recorder*, one thread that owns the engine (a store connection is never shared between
threads), in one durable transaction: the same Engine, rules, suppression list and outbox as the
pipe, the LMTP service and the bridges.  Then 200 with what was recorded; 503 when the store
cannot record now (nothing was, the provider retries).  Never a traceback: an unexpected error
is logged and answered 500 with a one-line reason.

Trust: the provider's verified signature is the evidence, so each event's trust verdict is
``verified`` with that evidence (:class:`IngestEngine`): with ``trust.require: verified`` an ESP
bounce acts, as a bounce to a signed return path does.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from filter.engine import Engine, StoreUnavailable
from filter.ingest import mailgun, postmark, sendgrid, ses
from filter.ingest.mapping import lookup
from filter.ingest.model import Incoming, Refused, Verified
from filter.ingest.replay import ReplayGuard
from filter.ingest.report import digest, to_report

if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config

__all__ = ["create_app", "Ingestor", "IngestEngine", "PROVIDERS"]

log = logging.getLogger("bouncefilter.ingest")

PROVIDERS = ("ses", "sendgrid", "postmark", "mailgun")


class _ProviderAssessor:
    """Stands for :class:`filter.trust.assess.Assessor`: every recipient is vouched for by the
    provider's verified signature."""

    def __init__(self, engine: "IngestEngine"):
        self.engine = engine

    def assess(self, report, raw=None, envelope=None):
        from filter.trust.assess import VERIFIED, Assessment, Verdict

        return Assessment([Verdict(VERIFIED, [self.engine.evidence]) for _ in range(max(1, len(report.recipients)))])


class IngestEngine(Engine):
    """The engine, with the provider's signature as the trust evidence of what it records."""

    #: set by the recorder before each request's events (one thread owns the engine)
    evidence: str = "provider signature verified"

    @property
    def assessor(self):
        return _ProviderAssessor(self)


@dataclass(slots=True)
class Recorded:
    """What the recorder did with one request's events."""

    events: int = 0
    new: int = 0
    enqueued: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


class Ingestor:
    """What the routes share: the config (replaced whole on reload), the replay guard, the SNS
    fetcher, the recorder thread and the outbox thread."""

    def __init__(self, config: "Config", *, engine_factory: Callable[["Config"], Engine] | None = None):
        self.engine_factory = engine_factory or IngestEngine
        self._recorder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bf-ingest-record")
        self._engine: Engine | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._deliverer: threading.Thread | None = None
        self.counters = dict.fromkeys(("requests", "refused", "recorded", "events_new", "ignored"), 0)
        self.config = config
        self._apply(config)

    # -- configuration ------------------------------------------------------------------------------
    def _apply(self, config: "Config") -> None:
        s = config.ingest
        if s is None:
            raise ValueError("the configuration has no ingest: section")
        if getattr(self, "guard", None) is None:
            self.guard = ReplayGuard(s.replay_window)
        else:  # what was taken stays remembered across a reload
            self.guard.window = s.replay_window
        self.fetcher = ses.SnsFetcher(s.ses.cert_host_pattern, s.ses.ca_file) if s.ses is not None else None
        self.config = config

    def reload(self, config: "Config") -> None:
        """Use ``config`` for the next requests (SIGHUP)."""
        self._apply(config)
        log.info("reload: providers %s", ", ".join(p for p in PROVIDERS if getattr(config.ingest, p)) or "none")

    def start(self) -> None:
        """Start the outbox thread (``ingest.deliver``)."""
        if self.config.ingest.deliver and self._deliverer is None:  # type: ignore[union-attr]
            from filter.engine.outbox import delivery_loop

            self._deliverer = threading.Thread(
                target=delivery_loop, args=(lambda: self.config, self.engine_factory, self._stop, self._wake, log),
                name="bf-ingest-deliver", daemon=True)
            self._deliverer.start()

    def close(self) -> None:
        """Finish what is being recorded, stop the threads, close the store."""
        self._recorder.submit(self._close_engine).result()
        self._recorder.shutdown(wait=True)
        self._stop.set()
        self._wake.set()
        if self._deliverer is not None:
            self._deliverer.join(30.0)

    def _close_engine(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    # -- one request ----------------------------------------------------------------------------------
    def verify(self, provider: str, req: Incoming) -> Verified:
        """The provider module's verdict on ``req`` (raises Refused)."""
        s = self.config.ingest
        section = getattr(s, provider)
        if section is None:
            raise Refused(404, f"ingest.{provider} is not configured")
        if provider == "ses":
            return ses.verify(req, section, self.fetcher, self.guard)
        if provider == "sendgrid":
            return sendgrid.verify(req, section, self.guard)
        if provider == "mailgun":
            return mailgun.verify(req, section, self.guard)
        return postmark.verify(req, section)

    def record(self, verified: Verified, received: float) -> Recorded:
        """In the recorder thread: the events of one request, in one durable transaction."""
        config = self.config
        engine = self._engine
        if engine is not None and engine.config is not config:
            engine.close()
            engine = None
        if engine is None:
            engine = self._engine = self.engine_factory(config)
        if isinstance(engine, IngestEngine):
            engine.evidence = verified.evidence
        out = Recorded()
        mapped = []
        for ev in verified.events:
            m = lookup(ev.provider, ev.event_type)
            if m is None:
                continue
            mapped.append((ev, to_report(ev, m)))
        if not mapped:  # a subscription confirmation, or only opens and clicks: nothing to record
            return out
        try:
            with engine.store.group():
                for ev, report in mapped:
                    occurred = min(ev.occurred_at, received) if ev.occurred_at else received
                    o = engine.record(report, digest=digest(ev), source=report.source, received_at=received,
                                      occurred_at=occurred, inline_budget=0)
                    out.events += len(o.events)
                    out.new += o.new
                    out.enqueued += o.enqueued
                    out.kinds[report.kind] = out.kinds.get(report.kind, 0) + 1
        except StoreUnavailable:
            self._close_engine()  # a fresh connection next time
            raise
        if out.enqueued:
            self._wake.set()
        return out

    async def handle(self, provider: str, request: Request) -> Response:
        self.counters["requests"] += 1
        received = time.time()
        try:
            body = await _read_body(request, self.config.ingest.max_body)  # type: ignore[union-attr]
            req = Incoming(body, {k.lower(): v for k, v in request.headers.items()},
                           request.client.host if request.client else None, received)
            verified = await run_in_threadpool(self.verify, provider, req)
        except Refused as e:
            self.counters["refused"] += 1
            log.warning("%s: refused %d: %s (from %s)", provider, e.status, e.message,
                        request.client.host if request.client else "?")
            headers = {"WWW-Authenticate": 'Basic realm="bouncefilter"'} if e.status == 401 and \
                provider == "postmark" else None
            return JSONResponse({"error": e.message}, status_code=e.status, headers=headers)
        except Exception as e:  # noqa: BLE001 - a bug reading it: 500, the provider retries; nothing lost
            self.counters["refused"] += 1
            _internal(provider, "reading the notification", e)
            return JSONResponse({"error": f"internal error reading the notification: {type(e).__name__}"},
                                status_code=500)
        try:
            done = await asyncio.wrap_future(self._recorder.submit(self.record, verified, received))
        except StoreUnavailable as e:
            self._release(verified)
            log.error("%s: not recorded: %s (503: the provider retries)", provider, e)
            return JSONResponse({"error": f"not recorded, try again later: {e}"}, status_code=503,
                                headers={"Retry-After": "30"})
        except Exception as e:  # noqa: BLE001 - never a traceback to the caller; logged here
            self._release(verified)
            _internal(provider, "recording", e)
            return JSONResponse({"error": f"internal error: {type(e).__name__}"}, status_code=500)
        ignored = verified.ignored + sum(1 for ev in verified.events if lookup(ev.provider, ev.event_type) is None)
        self.counters["recorded"] += 1
        self.counters["events_new"] += done.new
        self.counters["ignored"] += ignored
        log.info("%s: %d event(s) (%d new), %d ignored%s", provider, done.events, done.new, ignored,
                 f"; {verified.note}" if verified.note else "")
        answer = {"events": done.events, "new": done.new, "ignored": ignored, "kinds": done.kinds}
        if verified.note:
            answer["note"] = verified.note
        return JSONResponse(answer)

    def _release(self, verified: Verified) -> None:
        if verified.replay_key is not None:
            self.guard.release(verified.replay_key)


def _internal(provider: str, doing: str, e: Exception) -> None:
    """One error line for a bug; the traceback only with ``BOUNCEFILTER_DEBUG`` set (as the engine's
    quarantine does)."""
    import os

    log.error("%s: internal error %s: %s: %s", provider, doing, type(e).__name__, str(e)[:300],
              exc_info=e if os.environ.get("BOUNCEFILTER_DEBUG") else None)


async def _read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > limit):
        raise Refused(413, f"the request body is over ingest.max_body ({limit} bytes)")
    parts, seen = [], 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise Refused(413, f"the request body is over ingest.max_body ({limit} bytes)")
        parts.append(chunk)
    return b"".join(parts)


def healthz(ing: Ingestor):
    """``GET /healthz``: 200 and the providers served (no store access: the recorder owns it)."""
    async def handler(request: Request) -> Response:
        providers = [p for p in PROVIDERS if getattr(ing.config.ingest, p) is not None]
        return JSONResponse({"status": "ok", "providers": providers})

    return handler


def create_app(config: "Config", *, ingestor: Ingestor | None = None) -> Starlette:
    """The ingest endpoints as an ASGI app (routes relative to where it is mounted): ``POST /ses``,
    ``/sendgrid``, ``/postmark``, ``/mailgun``; ``GET /healthz``.  ``app.state.ingestor`` is the
    :class:`Ingestor`; its outbox thread is started here.

    Another server mounting it (``Mount("/ingest", app=create_app(config))``, only when
    ``config.ingest`` is set) calls ``app.state.ingestor.reload(new_config)`` on SIGHUP and
    ``app.state.ingestor.close()`` once it has stopped serving.  No token applies: each
    provider's signature authenticates its requests."""
    ing = ingestor or Ingestor(config)

    def endpoint(provider: str):
        async def handler(request: Request) -> Response:
            return await ing.handle(provider, request)

        handler.__name__ = f"ingest_{provider}"
        return handler

    routes = [Route(f"/{p}", endpoint(p), methods=["POST"]) for p in PROVIDERS]
    routes.append(Route("/healthz", healthz(ing)))
    app = Starlette(routes=routes)
    app.state.ingestor = ing
    ing.start()
    return app
