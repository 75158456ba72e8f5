"""``bouncefilter stats --config FILE [--since 7d|DATE] [--format text|json] [--top N]``: a summary
of a period, read from the store (read only; grouped SQL over the ``received_at`` index).

* bounces (``bounce`` events, mail that is not a bounce apart) by kind, by class, by reason;
* the domains with the most failed / delayed bounces (bounces, distinct addresses, per class);
* soft-bounce candidates: addresses not suppressed with at least ``soft_bounce.threshold - 1``
  soft bounces counted within ``soft_bounce.window`` (now, whatever the period): the next one
  suppresses them;
* suppressions added in the period (still listed), by policy and reason, and the list's size;
* untrusted events (bounces without the evidence ``trust.require`` asks for) and surge alerts;
* every event type's count.

Text is a set of small tables (addresses and domains escaped for the terminal); ``--format
json`` is one object with the same numbers.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from filter.commands import add_config_argument, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--since", default="7d",
                        help="the period: received since a duration ago (7d, the default) or a date "
                             "(2024-05-01, 2024-05-01T12:00:00Z, UTC)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--top", type=int, default=10, metavar="N",
                        help="rows of the domain, reason and candidate tables (default 10)")


def _iso(t: float | None) -> str | None:
    return None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def collect(store, config, *, since: float, now: float, top: int = 10) -> dict:
    """The numbers of one period, as the JSON output holds them."""
    from filter.config import format_duration

    events: dict[str, int] = {}
    kinds: dict[str, int] = {}
    classes: dict[str, int] = {}
    reasons: dict[tuple[str, str], int] = {}
    not_bounce = 0
    for event, kind, class_, reason, n in store.stats_events(since, now):
        events[event] = events.get(event, 0) + n
        if event != "bounce":
            continue
        if kind == "not_bounce":
            not_bounce += n
            continue
        kinds[kind or "none"] = kinds.get(kind or "none", 0) + n
        if class_ is not None:
            classes[class_] = classes.get(class_, 0) + n
        if reason is not None:
            key = (reason, class_ or "")
            reasons[key] = reasons.get(key, 0) + n
    bounces = sum(kinds.values())
    by = lambda d: dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))  # noqa: E731
    domains = [{"domain": d, "bounces": n, "addresses": a, "hard": h or 0, "soft": s or 0, "block": b or 0,
                "other": o or 0} for d, n, a, h, s, b, o in store.stats_domains(since, now, limit=top)]
    sb = config.soft_bounce
    at_least = max(1, sb.threshold - 1)
    total, cand = store.stats_soft_candidates(now=now, window=sb.window, at_least=at_least, limit=top)
    policies: dict[str, int] = {}
    by_reason: dict[str, int] = {}
    for policy, reason, n in store.stats_suppressions(since, now):
        policies[policy] = policies.get(policy, 0) + n
        by_reason[reason or "none"] = by_reason.get(reason or "none", 0) + n
    return {
        "period": {"since": _iso(since), "until": _iso(now), "seconds": round(now - since)},
        "events": by(events),
        "bounces": {"total": bounces, "by_kind": by(kinds), "by_class": by(classes),
                    "by_reason": [{"reason": r, "class": c or None, "count": n}
                                  for (r, c), n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))][:top],
                    "reasons": len(reasons)},
        "not_bounce": not_bounce,
        "domains": domains,
        "soft_bounce_candidates": {"threshold": sb.threshold, "window": format_duration(sb.window),
                                   "at_least": at_least, "count": total,
                                   "addresses": [{"address": a, "soft_bounces": n, "last": _iso(t)}
                                                 for a, n, t in cand]},
        "suppressions": {"added": sum(policies.values()), "by_policy": by(policies), "by_reason": by(by_reason),
                         "listed": store.suppression_count()},
        "untrusted": {"events": events.get("untrusted", 0), "surges": events.get("untrusted_surge", 0)},
    }


def _table(title: str, header: tuple, rows: list[tuple], out: list[str]) -> None:
    """A titled table; numbers right-aligned, text left; '(none)' when empty."""
    out.append(title)
    if not rows:
        out.append("  (none)")
        out.append("")
        return
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    numeric = [header[i] == "share" or all(isinstance(r[i], int) for r in rows) for i in range(len(header))]
    for r in cells:
        out.append("  " + "  ".join(c.rjust(w) if num else c.ljust(w)
                                    for c, w, num in zip(r, widths, numeric)).rstrip())
    out.append("")


def render(s: dict) -> str:
    from filter.core.address import printable

    p = s["period"]
    out = [f"bouncefilter stats: {p['since']} .. {p['until']}", ""]
    b = s["bounces"]
    pct = lambda n: f"{100 * n / b['total']:.1f}%" if b["total"] else "-"  # noqa: E731
    _table(f"Bounces: {b['total']} (not a bounce: {s['not_bounce']})", ("kind", "count", "share"),
           [(k, n, pct(n)) for k, n in b["by_kind"].items()], out)
    _table("By class", ("class", "count", "share"), [(k, n, pct(n)) for k, n in b["by_class"].items()], out)
    more = b["reasons"] - len(b["by_reason"])
    _table("By reason" + (f" (top {len(b['by_reason'])} of {b['reasons']})" if more > 0 else ""),
           ("reason", "class", "count", "share"),
           [(r["reason"], r["class"] or "-", r["count"], pct(r["count"])) for r in b["by_reason"]], out)
    _table("Top failing domains (failed and delayed)", ("domain", "bounces", "addresses", "hard", "soft", "block",
                                                        "other"),
           [(printable(d["domain"], 60), d["bounces"], d["addresses"], d["hard"], d["soft"], d["block"], d["other"])
            for d in s["domains"]], out)
    c = s["soft_bounce_candidates"]
    shown = len(c["addresses"])
    _table(f"Soft-bounce candidates: {c['count']} address(es) not suppressed with >= {c['at_least']} soft bounce(s) "
           f"within {c['window']} (threshold {c['threshold']})" + (f", top {shown}" if c["count"] > shown else ""),
           ("address", "soft bounces", "last"),
           [(printable(a["address"], 80), a["soft_bounces"], a["last"]) for a in c["addresses"]], out)
    sp = s["suppressions"]
    _table(f"Suppressions added: {sp['added']} (the list holds {sp['listed']})", ("policy", "count"),
           list(sp["by_policy"].items()), out)
    if sp["by_reason"]:
        _table("Suppressions added, by reason", ("reason", "count"),
               [(printable(r, 60), n) for r, n in sp["by_reason"].items()], out)
    u = s["untrusted"]
    out.append(f"Untrusted events: {u['events']} (surge alerts: {u['surges']})")
    out.append("")
    _table("Events by type", ("event", "count"), list(s["events"].items()), out)
    return "\n".join(out).rstrip() + "\n"


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from filter.core.address import json_printable
    from filter.store import open_store
    from filter.commands.events import parse_since

    if args.top < 1:
        from filter.commands import fail

        fail("--top: at least 1", 2)
    now = time.time()
    since = parse_since(args.since)
    with open_store(config) as store:
        s = collect(store, config, since=since, now=now, top=args.top)
    if args.format == "json":
        sys.stdout.write(json_printable(json.dumps(s, ensure_ascii=False)) + "\n")
    else:
        sys.stdout.write(render(s))
    return 0
