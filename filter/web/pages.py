"""The console's pages: server-rendered HTML (Jinja2), no script, charts as inline SVG.

Why server-rendered: nothing to build or fetch, works in any browser and behind any proxy, and
the same templates make ``bouncefilter report``'s file.  A page needs a session (log in once with
a token at ``/login``) or a Bearer token; a form that changes something needs a write token and
the session's CSRF token (a hidden field), and an ``Origin``, when the browser sends one, of
this site.  The numbers come from :mod:`filter.web.data`; changes go through the engine
(:func:`filter.web.api.suppress` / ``unsuppress``, ``suppress_many`` for an import) with
``source: web:TOKEN-NAME``.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from filter.web import data
from filter.web.app import HTTPProblem, require, state
from filter.web.auth import SESSION_COOKIE, Auth, Principal
from filter.web.charts import CLASS_COLORS, day_label, sparkline, stacked_bars

__all__ = ["routes", "templates", "render_error", "environment"]

TEMPLATES = Path(__file__).with_name("templates")
PAGE = 100


def _fmt_time(t: float | str | None) -> str:
    if t is None:
        return "-"
    if isinstance(t, str):
        return t.replace("T", " ").rstrip("Z")
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t))


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def environment() -> jinja2.Environment:
    """The template environment (autoescaped HTML) pages and the report share."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(time=_fmt_time, pct=_pct, day=day_label)
    env.globals.update(stacked_bars=stacked_bars, sparkline=sparkline, colors=CLASS_COLORS, periods=data.PERIODS)
    return env


def templates() -> jinja2.Environment:
    return environment()


def render(request: Request, name: str, status: int = 200, principal: Principal | None = None,
           **ctx: Any) -> HTMLResponse:
    env: jinja2.Environment = request.app.state.templates
    html = env.get_template(name).render(request_path=request.url.path, principal=principal, standalone=False,
                                         message=request.query_params.get("msg"), **ctx)
    return HTMLResponse(html, status_code=status)


def render_error(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", status=status, status_code=status, error=message,
                  principal=state(request).principal(request))


def _days(request: Request) -> int:
    raw = request.query_params.get("days", "30")
    if not raw.isdigit() or int(raw) not in data.PERIODS:
        raise HTTPProblem(400, f"days: one of {', '.join(map(str, data.PERIODS))}")
    return int(raw)


#: the overview, domains and campaigns of one period are computed at most this often (seconds):
#: their grouped queries cost about what ``bouncefilter stats`` does, and a dashboard is reloaded
#: often; changes made in the console show on the list and events pages at once
SUMMARY_TTL = 30.0
_summaries: dict[tuple[str, int], tuple[float, Any]] = {}
_summaries_lock = threading.Lock()


def forget_summaries() -> None:
    """After a change made here, or a reload: the next view computes again."""
    with _summaries_lock:
        _summaries.clear()


async def _summary(request: Request, name: str, days: int, fn):
    """``fn(store, config)`` of one page and period, kept :data:`SUMMARY_TTL` seconds."""
    key = (name, days)
    now = time.monotonic()
    with _summaries_lock:
        hit = _summaries.get(key)
        if hit is not None and now - hit[0] < SUMMARY_TTL:
            return hit[1]
    value = await _store_work(request, fn)
    with _summaries_lock:
        _summaries[key] = (time.monotonic(), value)
    return value


async def _store_work(request: Request, fn):
    st = state(request)

    def work():
        with st.pool.store() as store:
            return fn(store, st.config)

    return await run_in_threadpool(work)


# -- login ---------------------------------------------------------------------------------------
async def login_page(request: Request) -> Response:
    return render(request, "login.html", next=_next(request.query_params.get("next")), error=None)


def _next(value: str | None) -> str:
    """Where to go after logging in: a path of this site only (never another host)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def _same_origin(request: Request) -> bool:
    """No Origin (an older browser, a script with a token), or this site's."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


async def login(request: Request) -> Response:
    st = state(request)
    if not _same_origin(request):
        raise HTTPProblem(403, "a login from another site is refused")
    form = await request.form()
    token = str(form.get("token") or "")
    nxt = _next(str(form.get("next") or "/"))
    made = st.auth.new_session(token.strip())
    if made is None:
        return render(request, "login.html", status=401, next=nxt, error="this token is not one of web.tokens")
    principal, cookie = made
    resp = RedirectResponse(nxt, status_code=303)
    resp.set_cookie(SESSION_COOKIE, cookie, max_age=int(st.config.web.session_max_age), httponly=True,
                    samesite="strict", secure=st.tls, path="/")
    return resp


async def logout(request: Request) -> Response:
    await _write_form(request, write=False)
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=state(request).tls)
    return resp


async def _write_form(request: Request, *, write: bool = True):
    """(principal, form) of a form post that may change something: a write token, the session's
    CSRF token, a same-site Origin."""
    p = require(request, write=write)
    if not _same_origin(request):
        raise HTTPProblem(403, "a form posted from another site is refused")
    form = await request.form()
    bearer = state(request).auth.bearer(request.headers.get("authorization"))
    if bearer is None and not Auth.csrf_ok(p, form.get("csrf")):
        raise HTTPProblem(403, "the form's CSRF token is missing or stale: reload the page and try again")
    return p, form


# -- pages ---------------------------------------------------------------------------------------
async def overview_page(request: Request) -> Response:
    p = require(request)
    days = _days(request)
    ov = await _summary(request, "overview", days, lambda store, config: data.overview(store, config, days=days))
    return render(request, "overview.html", principal=p, ov=ov, days=days)


async def domains_page(request: Request) -> Response:
    p = require(request)
    days = _days(request)
    rows = await _summary(request, "domains", days, lambda store, config: data.domains(store, config, days=days))
    return render(request, "domains.html", principal=p, rows=rows, days=days)


async def campaigns_page(request: Request) -> Response:
    p = require(request)
    days = _days(request)
    rows = await _summary(request, "campaigns", days,
                          lambda store, config: data.campaigns(store, config, days=days))
    headers = state(request).config.web.campaign_headers
    return render(request, "campaigns.html", principal=p, rows=rows, days=days, headers=headers)


async def suppressions_page(request: Request) -> Response:
    from filter.web.api import decode_cursor, encode_cursor

    p = require(request)
    q = (request.query_params.get("q") or "").strip()[:200]
    order = request.query_params.get("order", "address")
    if order not in ("address", "newest"):
        raise HTTPProblem(400, "order: address or newest")
    after = decode_cursor(request.query_params.get("cursor"), (str,) if order == "address" else (float, str))

    def work(store, config):
        return store.suppressions_page(after=after, limit=PAGE + 1, search=q or None, order=order), \
            store.suppression_count()

    rows, total = await _store_work(request, work)
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    nxt = None
    if more:
        last = rows[-1]
        key = [last["address"]] if order == "address" else [last["first_seen"], last["address"]]
        nxt = "/suppressions?" + urlencode({"q": q, "order": order, "cursor": encode_cursor(key)})
    return render(request, "suppressions.html", principal=p, rows=rows, total=total, q=q, order=order, next_url=nxt)


def _back(path: str, msg: str) -> RedirectResponse:
    """The answer to a form post (after its change): back to the page, with what was done."""
    forget_summaries()
    return RedirectResponse(f"{path}?{urlencode({'msg': msg[:300]})}", status_code=303)


async def suppression_add(request: Request) -> Response:
    from filter.core.address import address_problem
    from filter.web.api import reason_problem, suppress

    p, form = await _write_form(request)
    address = str(form.get("address") or "").strip().lower()
    reason = str(form.get("reason") or "manual").strip() or "manual"
    why = address_problem(address) if address else "an address is required"
    why = why and f"{address[:100] or 'address'}: not an email address (local@domain): {why}"
    why = why or reason_problem(reason)
    if why:
        return _back("/suppressions", why)
    new, _ = await run_in_threadpool(suppress, state(request), p, address, reason)
    return _back("/suppressions", f"{address}: {'suppressed' if new else 'already suppressed'}")


async def suppression_remove(request: Request) -> Response:
    from filter.web.api import unsuppress

    p, form = await _write_form(request)
    address = str(form.get("address") or "").strip().lower()
    if not address:
        return _back("/suppressions", "an address is required")
    removed = await run_in_threadpool(unsuppress, state(request), p, address)
    return _back("/suppressions", f"{address}: {'unsuppressed' if removed else 'was not suppressed'}")


async def suppression_import(request: Request) -> Response:
    """A plain or CSV list, as ``bouncefilter suppression import`` reads it (its parsers, the
    engine's ``suppress_many``: one transaction, a ``suppressed`` event per new address)."""
    from filter.commands import CommandError
    from filter.commands import suppression as cmd
    from filter.commands.lists import plain_entries
    from filter.core.address import address_problem

    p, form = await _write_form(request)
    upload = form.get("file")
    if upload is None or not hasattr(upload, "read"):
        return _back("/suppressions", "import: choose a file")
    raw = await upload.read()
    name = getattr(upload, "filename", None) or "upload"
    fmt = str(form.get("format") or ("csv" if name.lower().endswith(".csv") else "plain"))
    reason = str(form.get("reason") or "manual").strip() or "manual"
    if fmt not in ("plain", "csv") or cmd.reason_problem(reason):
        return _back("/suppressions", "import: format plain or csv, and a reason of at most 200 characters")
    text = raw.decode("utf-8", "replace").removeprefix("\ufeff")
    bad: list = []
    entries: list[tuple[str, str | None]] = []
    try:
        rows = list(cmd.csv_entries(text, name, bad) if fmt == "csv" else plain_entries(text))
    except CommandError as e:
        return _back("/suppressions", f"import: {e}")
    for n, address, r in rows:
        a = address.lower()
        if address_problem(a) or a.startswith("#") or (r is not None and cmd.reason_problem(r)):
            bad.append((n, a))
            continue
        entries.append((a, r))

    def work(store, config):
        from filter.engine import Engine

        return Engine(config, store=store).suppress_many(entries, reason=reason, source=f"web:{p.name}",
                                                          inline_budget=0)

    out = await _store_work(request, work)
    return _back("/suppressions", f"import: {len(out.added)} suppressed, {out.skipped} already suppressed, "
                                  f"{len(bad)} bad line(s) not imported")


async def suppressions_csv(request: Request) -> Response:
    """The whole list as the ``csv`` suppression_file format (``suppression export --format csv``)."""
    require(request)
    from filter.engine.actions.suppression_file import ListFile, unlistable

    rows = await _store_work(request, lambda store, config: store.suppressed())
    lf = ListFile(Path("-"), "csv")
    text = lf.text({r["address"]: lf.render(r) for r in rows if not unlistable(r["address"].lower())})
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="suppressions.csv"'})


async def events_page(request: Request) -> Response:
    from filter.web.api import decode_cursor, encode_cursor, event_filters

    p = require(request)
    params = dict(request.query_params)
    filters = event_filters(params)
    before = decode_cursor(params.get("cursor"), (float, str))
    rows = await _store_work(request, lambda store, config: store.events_page(**filters, before=before,
                                                                             limit=PAGE + 1))
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    kept = {k: v for k, v in params.items() if k != "cursor" and v}
    nxt = "/events?" + urlencode({**kept, "cursor": encode_cursor([rows[-1][0], rows[-1][1]])}) if more else None
    from filter.config import EVENT_TYPES
    from filter.core import model

    return render(request, "events.html", principal=p, rows=[r[2] for r in rows], f=params, next_url=nxt,
                  choices={"event": EVENT_TYPES, "kind": model.KINDS, "class": model.CLASSES})


async def event_page(request: Request) -> Response:
    import json

    p = require(request)
    eid = request.path_params["id"]
    payload, raw = await _store_work(request, lambda store, config: (store.event(eid), store.message(eid)))
    if payload is None:
        raise HTTPProblem(404, "no such event")
    return render(request, "event.html", principal=p, ev=payload,
                  pretty=json.dumps(payload, indent=2, ensure_ascii=False),
                  raw=None if raw is None else raw[:256 * 1024].decode("utf-8", "replace"),
                  raw_cut=raw is not None and len(raw) > 256 * 1024)


async def outbox_page(request: Request) -> Response:
    p = require(request)
    now = time.time()

    def work(store, config):
        return data.outbox_state(store, now), store.deliveries(("pending", "dead"), limit=500)

    counts, rows = await _store_work(request, work)
    return render(request, "outbox.html", principal=p, counts=counts, rows=rows)


async def outbox_retry(request: Request) -> Response:
    p, form = await _write_form(request)
    ids_raw = form.getlist("id")
    if not all(str(i).isdigit() for i in ids_raw):
        return _back("/outbox", "retry: bad delivery id")
    ids = [int(i) for i in ids_raw] or None
    n = await _store_work(request, lambda store, config: store.retry(ids))
    return _back("/outbox", f"{n} delivery(ies) due again (by {p.name})")


routes = [
    Route("/", overview_page), Route("/domains", domains_page), Route("/campaigns", campaigns_page),
    Route("/suppressions", suppressions_page), Route("/suppressions.csv", suppressions_csv),
    Route("/suppressions/add", suppression_add, methods=["POST"]),
    Route("/suppressions/remove", suppression_remove, methods=["POST"]),
    Route("/suppressions/import", suppression_import, methods=["POST"]),
    Route("/events", events_page), Route("/events/{id}", event_page),
    Route("/outbox", outbox_page), Route("/outbox/retry", outbox_retry, methods=["POST"]),
    Route("/login", login_page, methods=["GET"]), Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
]
