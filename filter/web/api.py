"""``/api/v1``: the JSON API an application asks "may I send to this address?" (docs/web.md).

Every route needs a token (``Authorization: Bearer``; 401 without one, 403 for a read-only token
on a write) unless no token is configured (then read only).  Changes go through the engine
(:meth:`filter.engine.Engine.suppress` / ``unsuppress``), as ``bouncefilter suppression add`` /
``remove`` do, so they make the same ``suppressed`` / ``unsuppressed`` events, with
``source: web:TOKEN-NAME``.  Errors are ``{"error": "..."}`` with a 4xx status, never a
traceback.  The schema is :data:`OPENAPI`, served at ``/api/v1/openapi.json``.
"""
from __future__ import annotations

import base64
import json
import time
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from filter.web.app import HTTPProblem, require, state

__all__ = ["routes", "OPENAPI", "MAX_CHECK", "encode_cursor", "decode_cursor"]

#: addresses one bulk check takes at most
MAX_CHECK = 1000
MAX_PAGE = 1000


# -- helpers -------------------------------------------------------------------------------------
def encode_cursor(key: tuple | list) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(key), separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(text: str | None, shape: tuple[type, ...]) -> tuple | None:
    """The key a cursor carries, checked against ``shape`` (HTTPProblem 400 when it is not one)."""
    if not text:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
        if not isinstance(key, list) or len(key) != len(shape) or not all(
                isinstance(v, t) or (t is float and isinstance(v, int)) for v, t in zip(key, shape)):
            raise ValueError
    except ValueError:
        raise HTTPProblem(400, "cursor: not a cursor this API gave (use next_cursor as it came)") from None
    return tuple(key)


def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise HTTPProblem(400, f"{name}: a whole number from {low} to {high}")
    return int(raw)


def _since(text: str | None, name: str = "since") -> float | None:
    """A duration ago (``30d``) or a date, as ``bouncefilter events --since`` takes it."""
    if not text:
        return None
    from filter.commands import CommandError
    from filter.commands.events import parse_since

    try:
        return parse_since(text)
    except (CommandError, ValueError):
        raise HTTPProblem(400, f"{name}: {text[:60]!r} is neither a duration (7d, 12h) nor a date "
                               "(2026-05-01, UTC)") from None


async def _json(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (ValueError, UnicodeDecodeError):
        raise HTTPProblem(400, "the body is not JSON") from None
    if not isinstance(body, dict):
        raise HTTPProblem(400, "the body is a JSON object")
    return body


def _address(text: str) -> str:
    from filter.core.address import address_problem

    a = text.strip().lower()
    why = address_problem(a)
    if why:
        raise HTTPProblem(400, f"not an email address (local@domain): {why}")
    return a


def _row(r: dict[str, Any]) -> dict[str, Any]:
    from filter.store.base import iso

    return {"address": r["address"], "reason": r["reason"], "class": r["class"], "kind": r["kind"],
            "policy": r["policy"], "event_id": r["event_id"], "first_seen": iso(r["first_seen"]),
            "last_seen": iso(r["last_seen"])}


# -- suppressions --------------------------------------------------------------------------------
async def list_suppressions(request: Request) -> Response:
    require(request)
    limit = _int(request, "limit", 100, 1, MAX_PAGE)
    after = decode_cursor(request.query_params.get("cursor"), (str,))
    search = request.query_params.get("search") or None
    st = state(request)

    def work():
        with st.pool.store() as store:
            return store.suppressions_page(after=after, limit=limit + 1, search=search)

    rows = await run_in_threadpool(work)
    more = len(rows) > limit
    rows = rows[:limit]
    return JSONResponse({"items": [_row(r) for r in rows],
                         "next_cursor": encode_cursor([rows[-1]["address"]]) if more else None})


async def get_suppression(request: Request) -> Response:
    require(request)
    address = _address(request.path_params["address"])
    st = state(request)

    def work():
        with st.pool.store() as store:
            return store.suppression(address)

    row = await run_in_threadpool(work)
    if row is None:
        return JSONResponse({"error": f"{address} is not suppressed", "address": address, "suppressed": False},
                            status_code=404)
    return JSONResponse({**_row(row), "suppressed": True})


def reason_problem(reason: Any) -> str | None:
    """Why ``reason`` may not be stored (the rule ``suppression import`` applies), or None."""
    from filter.commands.suppression import reason_problem

    if not isinstance(reason, str) or not reason.strip():
        return "reason: a non-empty string"
    return reason_problem(reason)


def suppress(st, principal, address: str, reason: str) -> tuple[bool, dict[str, Any] | None]:
    """Through the engine, as ``suppression add``; (newly suppressed?, the row)."""
    from filter.engine import Engine

    with st.pool.store() as store:
        engine = Engine(st.config, store=store)
        outcome = engine.suppress(address, reason=reason, source=f"web:{principal.name}")
        return bool(outcome.new), store.suppression(address)


def unsuppress(st, principal, address: str) -> bool:
    """Through the engine, as ``suppression remove``: an ``unsuppressed`` event; True when it was listed."""
    from filter.engine import Engine

    with st.pool.store() as store:
        if store.suppression(address) is None:
            return False
        engine = Engine(st.config, store=store)
        engine.unsuppress(address, source=f"web:{principal.name}")
        return True


async def put_suppression(request: Request) -> Response:
    p = require(request, write=True)
    address = _address(request.path_params["address"])
    body = await _json(request)
    reason = body.get("reason", "manual")
    why = reason_problem(reason)
    if why:
        raise HTTPProblem(400, why)
    new, row = await run_in_threadpool(suppress, state(request), p, address, reason.strip())
    return JSONResponse({**_row(row), "suppressed": True, "created": new}, status_code=201 if new else 200)


async def delete_suppression(request: Request) -> Response:
    p = require(request, write=True)
    address = request.path_params["address"].strip().lower()
    if not address:
        raise HTTPProblem(400, "an address is required")
    removed = await run_in_threadpool(unsuppress, state(request), p, address)
    if not removed:
        return JSONResponse({"error": f"{address} is not suppressed", "address": address}, status_code=404)
    return JSONResponse({"address": address, "suppressed": False})


async def check_suppressions(request: Request) -> Response:
    """Many addresses in one query: ``{"results": [{"address", "suppressed", "reason"}]}`` in the
    order given; an address that is not one answers ``"error"`` instead of failing the batch."""
    require(request)
    body = await _json(request)
    addresses = body.get("addresses")
    if not isinstance(addresses, list) or not all(isinstance(a, str) for a in addresses):
        raise HTTPProblem(400, 'addresses: a list of strings ({"addresses": ["a@example.com", ...]})')
    if len(addresses) > MAX_CHECK:
        raise HTTPProblem(400, f"addresses: at most {MAX_CHECK} per request (got {len(addresses)})")
    from filter.core.address import address_problem

    wanted = [a.strip().lower() for a in addresses]
    good = sorted({a for a in wanted if not address_problem(a)})
    st = state(request)

    def work():
        with st.pool.store() as store:
            return {r["address"]: r for r in store.suppressions_of(good)}

    listed = await run_in_threadpool(work)
    results = []
    for a in wanted:
        why = address_problem(a)
        if why:
            results.append({"address": a, "suppressed": None, "reason": None, "error": why})
            continue
        r = listed.get(a)
        results.append({"address": a, "suppressed": r is not None, "reason": r["reason"] if r else None})
    return JSONResponse({"results": results})


# -- events and stats ----------------------------------------------------------------------------
EVENT_FILTERS = ("address", "event", "kind", "class", "reason")


def event_filters(params) -> dict[str, Any]:
    """The events query's filters from query parameters (checked, HTTPProblem 400 otherwise)."""
    from filter.config import EVENT_TYPES
    from filter.core import model

    out: dict[str, Any] = {}
    known = {"event": EVENT_TYPES, "kind": model.KINDS, "class": model.CLASSES,
             "reason": (*model.REASONS, "manual")}
    for name in EVENT_FILTERS:
        v = (params.get(name) or "").strip()
        if not v:
            continue
        if name in known and v not in known[name]:
            raise HTTPProblem(400, f"{name}: one of {', '.join(known[name])}")
        out["class_" if name == "class" else name] = v.lower() if name == "address" else v
    out["since"] = _since(params.get("since"))
    out["until"] = _since(params.get("until"), "until")
    return out


async def list_events(request: Request) -> Response:
    require(request)
    filters = event_filters(request.query_params)
    limit = _int(request, "limit", 100, 1, MAX_PAGE)
    before = decode_cursor(request.query_params.get("cursor"), (float, str))
    st = state(request)

    def work():
        with st.pool.store() as store:
            return store.events_page(**filters, before=before, limit=limit + 1)

    rows = await run_in_threadpool(work)
    more = len(rows) > limit
    rows = rows[:limit]
    return JSONResponse({"items": [p for _, _, p in rows],
                         "next_cursor": encode_cursor([rows[-1][0], rows[-1][1]]) if more else None})


async def get_event(request: Request) -> Response:
    require(request)
    eid = request.path_params["id"]
    st = state(request)

    def work():
        with st.pool.store() as store:
            return store.event(eid), store.message(eid) is not None

    payload, has_raw = await run_in_threadpool(work)
    if payload is None:
        raise HTTPProblem(404, "no such event")
    return JSONResponse({**payload, "raw_stored": has_raw})


async def stats(request: Request) -> Response:
    """``bouncefilter stats --format json``'s object for ``since`` (default 7d)."""
    require(request)
    from filter.commands.stats import collect

    since = _since(request.query_params.get("since") or "7d")
    top = _int(request, "top", 10, 1, 1000)
    st = state(request)

    def work():
        with st.pool.store() as store:
            return collect(store, st.config, since=since, now=time.time(), top=top)

    return JSONResponse(await run_in_threadpool(work))


async def overview(request: Request) -> Response:
    """The overview page's numbers: per-day series by class, hard-bounce rate, outbox, alerts."""
    require(request)
    from filter.web import data

    days = _int(request, "days", 30, 1, 400)
    st = state(request)

    def work():
        with st.pool.store() as store:
            return data.overview(store, st.config, days=days).to_dict()

    return JSONResponse(await run_in_threadpool(work))


async def openapi(request: Request) -> Response:
    return JSONResponse(OPENAPI)


def _p(name: str, where: str = "query", typ: str = "string", desc: str = "", required: bool = False) -> dict:
    return {"name": name, "in": where, "required": required or where == "path", "description": desc,
            "schema": {"type": typ}}


_ERR = {"description": "an error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
_AUTH = {"401": {**_ERR, "description": "no valid token"}}
_WRITE = {**_AUTH, "403": {**_ERR, "description": "a read-only token"}}
_OK = lambda ref, d="OK": {"description": d, "content": {"application/json": {"schema": {"$ref": ref}}}}  # noqa: E731

#: the OpenAPI 3.1 description of this API (served at /api/v1/openapi.json)
OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "bouncefilter API", "version": "1",
             "description": "The suppression list, the events and the statistics of a bouncefilter store."},
    "servers": [{"url": "/api/v1"}],
    "security": [{"bearer": []}],
    "paths": {
        "/suppressions": {"get": {
            "summary": "List suppressed addresses, by address, one page at a time",
            "parameters": [_p("limit", typ="integer", desc=f"1..{MAX_PAGE}, default 100"),
                           _p("cursor", desc="next_cursor of the previous page"),
                           _p("search", desc="only addresses containing this text")],
            "responses": {"200": _OK("#/components/schemas/SuppressionPage"), "400": _ERR, **_AUTH}}},
        "/suppressions/{address}": {
            "parameters": [_p("address", "path")],
            "get": {"summary": "One address: its suppression, or 404",
                    "responses": {"200": _OK("#/components/schemas/Suppression"), "404": _ERR, **_AUTH}},
            "put": {"summary": "Suppress an address (a suppressed event, source web:TOKEN-NAME)",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object", "properties": {"reason": {"type": "string", "maxLength": 200}}}}}},
                    "responses": {"201": _OK("#/components/schemas/Suppression", "newly suppressed"),
                                  "200": _OK("#/components/schemas/Suppression", "already suppressed"),
                                  "400": _ERR, **_WRITE}},
            "delete": {"summary": "Lift a suppression (an unsuppressed event, source web:TOKEN-NAME)",
                       "responses": {"200": {"description": "lifted"}, "404": _ERR, **_WRITE}}},
        "/suppressions/check": {"post": {
            "summary": f"Check up to {MAX_CHECK} addresses in one request (one query)",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["addresses"],
                "properties": {"addresses": {"type": "array", "maxItems": MAX_CHECK, "items": {"type": "string"}}}}}}},
            "responses": {"200": _OK("#/components/schemas/CheckResults"), "400": _ERR, **_AUTH}}},
        "/events": {"get": {
            "summary": "Events, newest first, one page at a time",
            "parameters": [_p("address"), _p("event"), _p("kind"), _p("class"), _p("reason"),
                           _p("since", desc="7d, 12h or a date (UTC)"), _p("until", desc="as since"),
                           _p("limit", typ="integer"), _p("cursor")],
            "responses": {"200": _OK("#/components/schemas/EventPage"), "400": _ERR, **_AUTH}}},
        "/events/{id}": {"parameters": [_p("id", "path")], "get": {
            "summary": "One event (its payload, as actions receive it)",
            "responses": {"200": {"description": "the payload"}, "404": _ERR, **_AUTH}}},
        "/stats": {"get": {"summary": "bouncefilter stats --format json of a period",
                           "parameters": [_p("since", desc="default 7d"), _p("top", typ="integer")],
                           "responses": {"200": {"description": "the summary"}, "400": _ERR, **_AUTH}}},
        "/overview": {"get": {"summary": "The overview page's numbers",
                              "parameters": [_p("days", typ="integer", desc="1..400, default 30")],
                              "responses": {"200": {"description": "the overview"}, **_AUTH}}},
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                       "description": "a token of web.tokens (role read or write)"}},
        "schemas": {
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
            "Suppression": {"type": "object", "properties": {
                k: {"type": ["string", "null"]} for k in
                ("address", "reason", "class", "kind", "policy", "event_id", "first_seen", "last_seen")}
                | {"suppressed": {"type": "boolean"}}},
            "SuppressionPage": {"type": "object", "properties": {
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Suppression"}},
                "next_cursor": {"type": ["string", "null"]}}},
            "CheckResults": {"type": "object", "properties": {"results": {"type": "array", "items": {
                "type": "object", "properties": {"address": {"type": "string"},
                                                 "suppressed": {"type": ["boolean", "null"]},
                                                 "reason": {"type": ["string", "null"]},
                                                 "error": {"type": "string"}}}}}},
            "EventPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object"}},
                                                           "next_cursor": {"type": ["string", "null"]}}},
        },
    },
}

routes = [
    Route("/openapi.json", openapi),
    Route("/suppressions", list_suppressions, methods=["GET"]),
    Route("/suppressions/check", check_suppressions, methods=["POST"]),
    Route("/suppressions/{address}", get_suppression, methods=["GET"]),
    Route("/suppressions/{address}", put_suppression, methods=["PUT"]),
    Route("/suppressions/{address}", delete_suppression, methods=["DELETE"]),
    Route("/events", list_events, methods=["GET"]),
    Route("/events/{id}", get_event, methods=["GET"]),
    Route("/stats", stats, methods=["GET"]),
    Route("/overview", overview, methods=["GET"]),
]
