"""The web application and its server: ``create_app`` wires routes, ``serve`` runs uvicorn.

Why here and not in each route: limits, security headers, authentication helpers and the
reload live in one place.  A long-running service bounds its memory and concurrency (uvicorn's
``limit_concurrency`` answers 503 beyond ``web.max_connections``; a request body over
``web.max_body`` gets 413 before it is read; at most :data:`STORE_CONNECTIONS` requests use the
store at once), reloads its config on SIGHUP (tokens, sessions, campaign headers; an invalid file
keeps the old one), stops cleanly on SIGTERM (uvicorn finishes the requests in progress) and
tells systemd (:mod:`filter.sdnotify`, as the LMTP service does).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from filter.config import Config
from filter.store import StoreUnavailable
from filter.web.auth import ANONYMOUS, SESSION_COOKIE, Auth, Principal
from filter.web.stores import StorePool

__all__ = ["create_app", "serve", "WebState", "HTTPProblem", "STORE_CONNECTIONS"]

log = logging.getLogger("bouncefilter.web")

#: stores (connections) the service holds at most: requests beyond wait for one
STORE_CONNECTIONS = 4

#: no script at all, styles inline only, forms to this site only, never framed
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")


class HTTPProblem(Exception):
    """A clear error for the caller: status and one sentence (JSON for the API, a page else)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class WebState:
    """What every request reads; replaced as a whole on reload (one assignment, thread safe)."""

    config: Config
    auth: Auth
    pool: StorePool
    tls: bool

    def principal(self, request: Request) -> Principal | None:
        """The caller by Bearer token, else by session cookie; anonymous when no token is configured."""
        p = self.auth.bearer(request.headers.get("authorization"))
        if p is None:
            p = self.auth.session(request.cookies.get(SESSION_COOKIE))
        if p is None and self.auth.open:
            return ANONYMOUS
        return p


def state(request: Request) -> WebState:
    return request.app.state.web


def require(request: Request, *, write: bool = False) -> Principal:
    """The caller, or HTTPProblem 401 (no valid token) / 403 (a read-only token writing)."""
    p = state(request).principal(request)
    if p is None:
        raise HTTPProblem(401, "a token is required: Authorization: Bearer TOKEN (web.tokens)")
    if write and not p.can_write:
        raise HTTPProblem(403, f"the token {p.name!r} is read-only: this needs a token with role: write")
    return p


class _Limits:
    """ASGI middleware: refuses a body over ``max_body`` (413) and adds the security headers."""

    def __init__(self, app, get_state):
        self.app, self.get_state = app, get_state

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        st: WebState = self.get_state()
        limit = st.config.web.max_body
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise HTTPProblem(413, f"the request body is over web.max_body ({limit} bytes)")
            return message

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                hs = list(message.get("headers") or [])
                names = {k.lower() for k, _ in hs}
                extra = {b"content-security-policy": CSP.encode(), b"x-content-type-options": b"nosniff",
                         b"referrer-policy": b"same-origin", b"cache-control": b"no-store"}
                if st.tls:
                    extra[b"strict-transport-security"] = b"max-age=31536000"
                hs += [(k, v) for k, v in extra.items() if k not in names]
                message = {**message, "headers": hs}
            await send(message)

        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            resp = JSONResponse({"error": f"the request body is over web.max_body ({limit} bytes)"}, status_code=413)
            return await resp(scope, receive, send_with_headers)
        await self.app(scope, limited_receive, send_with_headers)


async def _problem(request: Request, exc: Exception) -> Response:
    """HTTPProblem and StoreUnavailable as a clear answer: JSON under /api, a short page elsewhere."""
    if isinstance(exc, StoreUnavailable):
        status, message = 503, f"the store is unavailable: {exc} (try again later)"
        log.warning("%s %s: %s", request.method, request.url.path, exc)
    else:
        status, message = exc.status, exc.message  # type: ignore[attr-defined]
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    if request.url.path.startswith("/api/") or request.url.path in ("/metrics", "/healthz") \
            or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    if status == 401:
        from starlette.responses import RedirectResponse

        return RedirectResponse("/login?next=" + _safe_next(request.url.path), status_code=303)
    from filter.web.pages import render_error

    return render_error(request, status, message)


def _safe_next(path: str) -> str:
    from urllib.parse import quote

    return quote(path if path.startswith("/") and not path.startswith("//") else "/", safe="/")


async def healthz(request: Request) -> Response:
    """200 when the store answers, 503 otherwise (for load balancers); no token needed."""
    from starlette.concurrency import run_in_threadpool

    st = state(request)

    def probe() -> dict[str, Any]:
        with st.pool.store() as store:
            store.counts()
        return {"status": "ok"}

    try:
        return JSONResponse(await run_in_threadpool(probe))
    except StoreUnavailable as e:
        return JSONResponse({"status": "unavailable", "error": str(e)}, status_code=503)


async def metrics(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from filter.web.metrics import CONTENT_TYPE, render

    st = state(request)
    if st.config.web.metrics_auth:
        require(request)
    body = await run_in_threadpool(render, request.app.state.registry)
    return Response(body, media_type=CONTENT_TYPE)


# -- re-confirmation links (filter/hygiene/reconfirm.py): no token, the link's own HMAC is the proof --
_RECONFIRM_SAID = {
    "confirmed": (200, "Thank you: your address is confirmed, and you will hear from us again."),
    "unsubscribed": (200, "Done: your address is removed from our list."),
    "invalid": (400, "This link is not valid (it may have been cut, or changed)."),
    "expired": (410, "This link has expired."),
    "not_pending": (409, "There is nothing to confirm for this address any more."),
}


def _reconfirm_page(status: int, text: str, form: str = "") -> Response:
    from html import escape

    from starlette.responses import HTMLResponse

    return HTMLResponse(f"<!doctype html><html><head><meta charset='utf-8'><title>Confirmation</title></head>"
                        f"<body><p>{escape(text)}</p>{form}</body></html>", status_code=status)


async def reconfirm(request: Request) -> Response:
    """``GET /reconfirm?a=&t=`` shows one button (a link scanner that follows links confirms
    nothing); its ``POST`` (the same query) lifts the suppression."""
    from html import escape

    from starlette.concurrency import run_in_threadpool

    address, token = request.query_params.get("a", ""), request.query_params.get("t", "")
    st = state(request)
    if request.method == "GET":
        from filter.hygiene.reconfirm import check_token

        rc = st.config.reconfirm
        ok = rc is not None and check_token(token, keys=rc.keys(st.config.trust), address=address,
                                            max_age=rc.wait).valid
        if not ok:
            return _reconfirm_page(*_RECONFIRM_SAID["invalid"])
        action = escape(str(request.url.path) + "?" + str(request.url.query), quote=True)
        return _reconfirm_page(200, f"Keep receiving our mail at {address}?",
                               f"<form method='post' action='{action}'><button type='submit'>Yes, confirm "
                               f"{escape(address)}</button></form>")
    outcome = await run_in_threadpool(_reconfirm_do, st, "confirm", address, token)
    return _reconfirm_page(*_RECONFIRM_SAID[outcome])


async def reconfirm_unsubscribe(request: Request) -> Response:
    """RFC 8058 one-click unsubscribe (``POST``, body ``List-Unsubscribe=One-Click``): the
    removal is final at once."""
    from starlette.concurrency import run_in_threadpool

    st = state(request)
    outcome = await run_in_threadpool(_reconfirm_do, st, "unsubscribe", request.query_params.get("a", ""),
                                      request.query_params.get("t", ""))
    return _reconfirm_page(*_RECONFIRM_SAID[outcome])


def _reconfirm_do(st: WebState, what: str, address: str, token: str) -> str:
    from filter.engine import Engine
    from filter.hygiene import reconfirm as rc

    with st.pool.store() as store:
        engine = Engine(st.config, store=store)
        fn = rc.confirm if what == "confirm" else rc.unsubscribe
        return fn(engine, address, token, inline_budget=0)


def reconfirm_routes() -> list[Route]:
    return [Route("/reconfirm", reconfirm, methods=["GET", "POST"]),
            Route("/reconfirm/unsubscribe", reconfirm_unsubscribe, methods=["POST"])]


def create_reconfirm_app(config: Config) -> Starlette:
    """The tiny built-in endpoint (``bouncefilter reconfirm serve``) for sites that do not run
    ``bouncefilter web``: the two re-confirmation routes and ``/healthz``, nothing else."""
    pool = StorePool(_opener(config), size=STORE_CONNECTIONS)
    app = Starlette(routes=[Route("/healthz", healthz), *reconfirm_routes()],
                    exception_handlers={HTTPProblem: _problem, StoreUnavailable: _problem})
    app.state.web = WebState(config, Auth(config.web), pool, False)
    app.add_middleware(_Limits, get_state=lambda: app.state.web)
    return app


def _opener(config: Config):
    from filter.store import open_store

    return lambda: open_store(config)


def create_app(config: Config, *, tls: bool | None = None) -> Starlette:
    """The ASGI application over ``config``'s store (``tls``: served over TLS, default: the config says)."""
    from filter.web import api, pages
    from filter.web.metrics import registry_for

    tls = config.web.tls_cert is not None if tls is None else tls
    pool = StorePool(_opener(config), size=STORE_CONNECTIONS)
    routes = [Route("/healthz", healthz), Route("/metrics", metrics), Mount("/api/v1", routes=api.routes),
              *pages.routes]
    if config.reconfirm is not None:
        routes += reconfirm_routes()
    ingest = None
    if config.ingest is not None:  # the ESP notifications (docs/ingest.md): their signatures, no token
        from filter.ingest.app import create_app as ingest_app

        ingest = ingest_app(config)
        routes.append(Mount("/ingest", app=ingest))
    app = Starlette(routes=routes, exception_handlers={HTTPProblem: _problem, StoreUnavailable: _problem})
    app.state.ingestor = ingest.state.ingestor if ingest is not None else None
    app.state.web = WebState(config, Auth(config.web), pool, tls)
    app.state.registry = registry_for(pool)
    app.state.templates = pages.templates()
    app.add_middleware(_Limits, get_state=lambda: app.state.web)
    return app


def reload(app: Starlette) -> bool:
    """Load the config file again (SIGHUP): tokens, sessions key, limits, campaign headers and the
    store.  An invalid file keeps the configuration in use (logged).  The listen address and TLS
    files need a restart."""
    from filter.config import ConfigError, load

    st: WebState = app.state.web
    if st.config.path is None:
        log.error("reload: the configuration was not read from a file; nothing to reload")
        return False
    try:
        new = load(st.config.path)
    except ConfigError as e:
        log.error("reload: %s: keeping the configuration in use", "; ".join(e.errors))
        return False
    except Exception as e:  # noqa: BLE001 - a reload never stops the service
        log.error("reload: %s: %s: keeping the configuration in use", type(e).__name__, e)
        return False
    secret = None if new.web.session_secret is not None else st.auth._key  # keep sessions of a random key
    st.pool.reset(_opener(new))
    from filter.web.pages import forget_summaries

    forget_summaries()
    app.state.web = WebState(new, Auth(new.web, secret), st.pool, st.tls)
    ingestor = getattr(app.state, "ingestor", None)
    if ingestor is not None and new.ingest is not None:
        ingestor.reload(new)
    elif (ingestor is None) != (new.ingest is None):
        log.warning("reload: the ingest: section was added or removed: restart the service to apply")
    if new.web.listen != st.config.web.listen:
        log.warning("reload: web.listen changed: restart the service to listen there")
    log.info("reload: configuration reloaded (%d token(s))", len(new.web.tokens))
    return True


def serve(config: Config, *, listen: str | None = None) -> None:
    """Run in the foreground until SIGTERM/SIGINT; SIGHUP reloads the config (filter/httpd.py)."""
    from filter import httpd

    web = config.web
    listen = listen or web.listen
    app = create_app(config)
    if web.tls_cert is None and not _loopback(listen.rpartition(":")[0]):
        log.warning("listening on %s without TLS (web.allow_insecure: true)", listen)
    if not web.tokens:
        log.warning("no web.tokens configured: anyone who can connect may read (nobody may change anything)")
    try:
        httpd.run(app, listen=listen, log=log, on_reload=lambda: reload(app), max_connections=web.max_connections,
                  tls_cert=web.tls_cert, tls_key=web.tls_key, log_level="info",
                  what="/ingest/ too" if config.ingest is not None else "")
    finally:
        app.state.web.pool.close()
        if getattr(app.state, "ingestor", None) is not None:
            app.state.ingestor.close()


def _loopback(host: str) -> bool:
    import ipaddress

    try:
        return host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
