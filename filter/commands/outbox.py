"""``bouncefilter outbox list|retry|flush|work``: the durable queue of action deliveries.

``list`` shows pending and dead-lettered deliveries (``--state`` to choose); ``retry`` puts dead
letters back (all, or the given ids); ``flush`` tries every pending delivery now, ignoring backoff
timers, and exits 0 only when nothing is left pending; ``work`` is the long-lived delivery loop
(stops cleanly on SIGTERM / SIGINT).  ``work`` also applies ``retention:`` (:mod:`filter.engine.retention`)
when it starts and every ``retention.interval`` after (0: never), in a thread of its own with its
own store connection, in small transactions, so deliveries go on meanwhile; it says on stderr
what it deleted.  ``work --once`` does not prune (run ``bouncefilter prune`` from cron).  In the
same way ``work`` runs list-hygiene probation (:mod:`filter.hygiene.probation`) when it starts and
every ``soft_bounce.probation_interval`` (0: never; ``bouncefilter suppression probation`` by hand).
With ``outbox.metrics``, ``work`` (not ``--once``) serves its counters in Prometheus' format
(:meth:`filter.engine.outbox.Outbox.stats`, filter/metrics.py) until it stops.

Errors are shown with URLs cut to scheme, host and path (:func:`filter.config.redact_url`): a
webhook URL's userinfo and query often hold tokens.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time

from filter import sdnotify
from filter.commands import EX_FAIL, add_config_argument, error, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="op", metavar="OP", required=True)
    p = sub.add_parser("list", help="list pending and dead-lettered deliveries")
    add_config_argument(p)
    p.add_argument("--state", choices=("pending", "dead", "done", "all"), help="only this state")
    p.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    p = sub.add_parser("retry", help="put dead letters back in the queue, due now")
    add_config_argument(p)
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="delivery ids (default: every dead letter)")
    p = sub.add_parser("flush", help="try every pending delivery now; exit 0 when none is left pending")
    add_config_argument(p)
    p = sub.add_parser("work", help="run the delivery loop until stopped")
    add_config_argument(p)
    p.add_argument("--once", action="store_true", help="one pass over what is due, then exit")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from filter.config import redact_url
    from filter.engine import Engine

    with Engine(config) as engine:
        store = engine.store
        if args.op == "list":
            states = {"all": ("pending", "dead", "done"), None: ("pending", "dead")}.get(args.state, (args.state,))
            rows = store.deliveries(tuple(states))
            if not args.json:
                if not rows:  # say so: an empty answer looks like a command that did nothing
                    print(f"no {' or '.join(states)} deliveries", file=sys.stderr)
                else:
                    sys.stdout.write(f"{'ID':>6} {'STATE':<7} {'ACTION':<16} {'EVENT':<32} ATTEMPTS NEXT / ERROR\n")
            for d in rows:
                row = d.to_dict()
                if row.get("last_error"):
                    row["last_error"] = redact_url(row["last_error"])
                if args.json:
                    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
                else:
                    err = " ".join(redact_url(d.last_error).split()) if d.last_error else ""
                    sys.stdout.write(f"{d.id:>6} {d.state:<7} {d.action:<16} {d.event_id} attempts={d.attempts} "
                                     f"next={row['next_attempt']}" + (f" error={err}" if err else "") + "\n")
            return 0
        if args.op == "retry":
            n = store.retry(args.ids or None)
            print(f"{n} delivery(ies) back in the queue")
            return 0
        if args.op == "flush":
            result = engine.deliver(due_only=False)
            counts = store.counts()
            for e in result.errors[-20:]:
                error(redact_url(e))
            print(f"flush: delivered {result.done}, retry later {result.retry}, dead {result.dead}; "
                  f"outbox: {counts['pending']} pending, {counts['dead']} dead", file=sys.stderr)
            return 0 if counts["pending"] == 0 else EX_FAIL
        if args.once:
            result = engine.deliver()
            print(f"delivered {result.done}, retry later {result.retry}, dead {result.dead}", file=sys.stderr)
            return 0
        stopping = []
        stop_event = threading.Event()

        def stop(signum, frame):
            stopping.append(signum)
            stop_event.set()
            sdnotify.stopping()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)

        def report(r) -> None:
            error(f"outbox: delivered {r.done}, retry later {r.retry}, dead {r.dead}")
            for e in r.errors[-5:]:
                error(redact_url(e))

        pruner = _start_pruner(config, stop_event)
        hygiene = _start_hygiene(config, stop_event)
        served = _start_metrics(config, engine.outbox)
        sdnotify.ready("working the outbox")
        try:
            engine.outbox.work(should_stop=lambda: bool(stopping), on_pass=report,
                               on_error=lambda e: error(f"outbox: {redact_url(str(e))}; trying again in "
                                                        f"{config.outbox.poll_interval:g}s"))
        finally:
            stop_event.set()
            if served is not None:
                served.close()
            if pruner is not None:
                pruner.join(30)
            if hygiene is not None:
                hygiene.join(30)
    return 0


_METRICS_HELP = {
    "passes": "passes over the due deliveries",
    "passes_failed": "passes a store error cost",
    "delivered": "deliveries the target accepted",
    "retried": "failed attempts, tried again later",
    "dead": "deliveries given up (dead letters)",
    "skipped": "deliveries left to a later pass or another worker",
    "pending": "pending deliveries, as of the last pass",
}


def _start_metrics(config, outbox):
    """``outbox.metrics``: the worker's counters; a port that cannot be bound is said and the
    worker goes on without (deliveries matter more than metrics)."""
    if not config.outbox.metrics:
        return None
    from filter import metrics

    try:
        return metrics.serve(config.outbox.metrics, "outbox", outbox.stats, gauges=frozenset({"pending"}),
                             help=_METRICS_HELP)
    except OSError as e:
        error(f"metrics: cannot listen on {config.outbox.metrics}: {e.strerror or e}; running without")
        return None


#: one prune run of the worker stops after this long (the next run, soon after, goes on)
PRUNE_BUDGET = 60.0


def _start_pruner(config, stop: threading.Event) -> threading.Thread | None:
    """Prune at once, then every ``retention.interval``, until ``stop`` is set."""
    interval = config.retention.interval
    if not interval:
        return None

    def loop() -> None:
        from filter.engine.retention import prune, summary
        from filter.store import open_store

        store = None
        try:
            while not stop.is_set():
                try:
                    if store is None:
                        store = open_store(config)
                    r = prune(store, config, deadline=time.monotonic() + PRUNE_BUDGET, should_stop=stop.is_set,
                              sleep=stop.wait)
                    if r.total or not r.complete:
                        error(f"prune: {summary(r)}")
                    wait = interval if r.complete else min(interval, 60.0)
                except Exception as e:  # noqa: BLE001 - the store may be locked or full: try again later
                    wait = min(interval, 300.0)
                    error(f"prune: {e}; trying again in {wait:g}s")
                stop.wait(wait)
        finally:
            if store is not None:
                store.close()

    t = threading.Thread(target=loop, name="bouncefilter-prune", daemon=True)
    t.start()
    return t


def _start_hygiene(config, stop: threading.Event) -> threading.Thread | None:
    """Run probation (and re-confirmation, when configured) at once, then every
    ``soft_bounce.probation_interval``, until ``stop`` is set; an engine of its own (its own
    store connection), deliveries left to the worker's loop."""
    interval = config.soft_bounce.probation_interval
    if not interval:
        return None

    def loop() -> None:
        from filter.engine import Engine
        from filter.hygiene.probation import run as probation, summary
        from filter.hygiene.reconfirm import run as reconfirm

        engine = Engine(config)
        try:
            while not stop.is_set():
                try:
                    r = probation(engine, deadline=time.monotonic() + PRUNE_BUDGET, should_stop=stop.is_set)
                    if r.probation or r.held or r.graduated or not r.complete:
                        error(summary(r))
                    if config.reconfirm is not None:
                        rc = reconfirm(engine)
                        if rc.sent or rc.failed or rc.removed:
                            error(f"reconfirm: sent {len(rc.sent)}, not sent {len(rc.failed)}, "
                                  f"removed for good {len(rc.removed)}")
                    wait = interval if r.complete else min(interval, 60.0)
                except Exception as e:  # noqa: BLE001 - the store may be locked or down: try again later
                    wait = min(interval, 300.0)
                    error(f"probation: {e}; trying again in {wait:g}s")
                stop.wait(wait)
        finally:
            engine.close()

    t = threading.Thread(target=loop, name="bouncefilter-hygiene", daemon=True)
    t.start()
    return t
