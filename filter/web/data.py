"""What the console, the API and ``bouncefilter report`` show, computed once for all three.

Why a module of its own: the overview is ``bouncefilter stats``'s summary
(:func:`filter.commands.stats.collect`, reused as it is) plus the per-day series, the outbox
state and the recent alerts; the pages render these dataclasses, the report renders the same
ones into one file, the API returns them as JSON.  Days are UTC days of ``received_at``, as the
stats count them.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from filter.core import model

__all__ = ["Overview", "DomainRow", "CampaignRow", "overview", "domains", "campaigns", "PERIODS", "DAY"]

DAY = 86400
#: the periods the pages offer (days)
PERIODS = (7, 30, 90)
#: the classes a chart stacks, in this order; a bounce without a class counts as ``none``
CHART_CLASSES = (*model.CLASSES, "none")
#: events of a period read in Python at most (domains' reasons, campaigns): a bound on the work
SCAN_LIMIT = 200_000


@dataclass(slots=True)
class Overview:
    days: int
    since: float
    now: float
    #: :func:`filter.commands.stats.collect`'s summary of the period
    summary: dict[str, Any]
    #: UNIX day numbers, and per class the bounces of each day
    day_numbers: list[int]
    series: dict[str, list[int]]
    hard_rate: float | None
    complaints: int
    outbox: dict[str, Any]
    alerts: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["since"], d["now"] = _iso(self.since), _iso(self.now)
        return d


@dataclass(slots=True)
class DomainRow:
    domain: str
    bounces: int
    addresses: int
    hard: int
    soft: int
    block: int
    other: int
    #: the most frequent reasons, most first: [(reason, count)]
    reasons: list[tuple[str, int]]
    #: failed/delayed bounces per day over the period (the sparkline)
    trend: list[int]
    #: blocks per day (a provider blocking you shows here the day it starts)
    block_trend: list[int]


@dataclass(slots=True)
class CampaignRow:
    header: str
    value: str
    #: recipients with a failed / delayed bounce, complaints, unsubscribes; hard/soft/block of the failures
    failed: int
    delayed: int
    complaints: int
    unsubscribes: int
    hard: int
    soft: int
    block: int
    addresses: int
    #: share of all bounce events of the period that this campaign's are
    share: float


def _iso(t: float | None) -> str | None:
    return None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def period(days: int, now: float) -> tuple[float, list[int]]:
    """(since, the day numbers): ``days`` whole UTC days ending today."""
    today = int(now // DAY)
    first = today - days + 1
    return float(first * DAY), list(range(first, today + 1))


def overview(store, config, *, days: int, now: float | None = None, alerts: int = 10) -> Overview:
    from filter.commands.stats import collect

    now = time.time() if now is None else now
    since, day_numbers = period(days, now)
    summary = collect(store, config, since=since, now=now, top=10)
    index = {d: i for i, d in enumerate(day_numbers)}
    series = {c: [0] * len(day_numbers) for c in CHART_CLASSES}
    for day, event, kind, class_, n in store.stats_days(since, now):
        if event != "bounce" or kind == model.NOT_BOUNCE or day not in index:
            continue
        series[class_ if class_ in series else "none"][index[day]] += n
    series = {c: v for c, v in series.items() if any(v)} or {"hard": [0] * len(day_numbers)}
    b = summary["bounces"]
    hard = b["by_class"].get(model.HARD, 0)
    return Overview(days=days, since=since, now=now, summary=summary, day_numbers=day_numbers, series=series,
                    hard_rate=(hard / b["total"]) if b["total"] else None,
                    complaints=b["by_kind"].get(model.COMPLAINT, 0), outbox=outbox_state(store, now),
                    alerts=recent_alerts(store, config, since=since, limit=alerts))


def outbox_state(store, now: float) -> dict[str, Any]:
    counts = store.counts()
    oldest = store.deliveries(("pending",), limit=1)
    return {**counts, "oldest_pending_age": round(now - oldest[0].created_at) if oldest else None}


def recent_alerts(store, config, *, since: float, limit: int = 10) -> list[dict[str, Any]]:
    """The newest events of the period that the rules send to an ``alert`` action (a block,
    a quarantined message, a surge of forged bounces, a failing delivery), newest first."""
    from filter.engine.rules import evaluate

    alerting = {"alert"} & set(config.actions)
    if not alerting:
        return []
    out: list[dict[str, Any]] = []
    before = None
    for _ in range(20):  # at most 20 pages of 500: a bound on the work
        page = store.events_page(since=since, before=before, limit=500)
        for received, eid, p in page:
            if alerting & set(evaluate(config.rules, p)):
                out.append(p)
                if len(out) >= limit:
                    return out
        if len(page) < 500:
            break
        before = (page[-1][0], page[-1][1])
    return out


def _scan(store, since: float, now: float):
    """Bounce payloads of the period (in the order received), at most :data:`SCAN_LIMIT`."""
    for p in store.events(event="bounce", since=since, limit=SCAN_LIMIT):
        yield p


def domains(store, config, *, days: int, now: float | None = None, top: int = 25) -> list[DomainRow]:
    """The top failing recipient domains (failed and delayed bounces) with their reasons and trend."""
    now = time.time() if now is None else now
    since, day_numbers = period(days, now)
    rows = store.stats_domains(since, now, limit=top)
    names = [r[0] for r in rows]
    index = {d: i for i, d in enumerate(day_numbers)}
    trend = {d: [0] * len(day_numbers) for d in names}
    blocks = {d: [0] * len(day_numbers) for d in names}
    reasons: dict[str, Counter] = defaultdict(Counter)
    for dom, day, class_, reason, n in store.stats_domain_days(since, now, names):
        if dom in trend and day in index:
            trend[dom][index[day]] += n
            reasons[dom][reason or "none"] += n
            if class_ == model.BLOCK:
                blocks[dom][index[day]] += n
    return [DomainRow(d, n, a, h, s, b, o, reasons[d].most_common(4), trend[d], blocks[d])
            for d, n, a, h, s, b, o in rows]


def campaigns(store, config, *, days: int, now: float | None = None, top: int = 50) -> list[CampaignRow]:
    """Bounces and complaints per value of the configured campaign headers (``web.campaign_headers``,
    read from the returned original's headers the engine keeps), the most failures first."""
    now = time.time() if now is None else now
    since, _ = period(days, now)
    wanted = {h.lower(): h for h in config.web.campaign_headers}
    stats: dict[tuple[str, str], Counter] = defaultdict(Counter)
    addresses: dict[tuple[str, str], set] = defaultdict(set)
    total = 0
    for p in _scan(store, since, now):
        kind = p.get("kind")
        if kind == model.NOT_BOUNCE:
            continue
        total += 1
        headers = (p.get("original") or {}).get("headers") or {}
        r = p.get("recipient") or {}
        for name, value in headers.items():
            h = wanted.get(name.lower())
            if h is None or not isinstance(value, str) or not value.strip():
                continue
            key = (h, value.strip()[:200])
            stats[key][kind] += 1
            if kind == model.FAILED and r.get("class") in (model.HARD, model.SOFT, model.BLOCK):
                stats[key][r["class"]] += 1
            if r.get("address"):
                addresses[key].add(r["address"].lower())
    rows = [CampaignRow(h, v, c[model.FAILED], c[model.DELAYED], c[model.COMPLAINT], c[model.UNSUBSCRIBE],
                        c[model.HARD], c[model.SOFT], c[model.BLOCK], len(addresses[(h, v)]),
                        round(sum(c[k] for k in model.KINDS) / total, 4) if total else 0.0)
            for (h, v), c in stats.items()]
    rows.sort(key=lambda r: (-(r.failed + r.complaints), r.header, r.value))
    return rows[:top]
