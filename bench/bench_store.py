"""Events recorded per second with 1, 4 and 8 concurrent writers, SQLite beside PostgreSQL (issue 13).
Prints figures, asserts nothing (not a timed test).

    .venv/bin/python bench/bench_store.py [--events 2000] [--writers 1,4,8]

Each writer is a process with its own engine (as concurrent pipe processes, or hosts), recording
hard bounces through ``Engine.record`` (event + suppression + derived event + a delivery, one
durable transaction each, as the pipe does) for distinct addresses.  SQLite: one file in a temp
dir (WAL, synchronous=FULL); PostgreSQL: a private cluster started for the run (tests/pgstack.py:
initdb, 127.0.0.1; its ``fsync = off`` is the tests' setting, so PostgreSQL's figures here are
an upper bound for a server whose WAL is on a real disk).  Rates are events (bounces) per
second over all writers; the ratio is PostgreSQL / SQLite.
"""
from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _writer(cfg_text: str, base: str, prefix: str, n: int, barrier, out) -> None:
    from filter.config import loads
    from filter.core import model
    from filter.engine import Engine

    with Engine(loads(cfg_text, base=Path(base), env={})) as e:
        e.store  # opened (and the pool connected) before the clock starts
        barrier.wait()
        t = time.perf_counter()
        for i in range(n):
            r = model.Report(kind="failed", recipients=[model.RecipientResult(
                address=f"{prefix}{i}@example.net", reason="user_unknown", class_="hard")])
            e.record(r, source="bench", digest=f"{prefix}-{i}".encode(), inline_budget=0)
        out.put(time.perf_counter() - t)


def run(cfg_text: str, base: Path, writers: int, total: int) -> float:
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(writers + 1), ctx.Queue()
    per = total // writers
    procs = [ctx.Process(target=_writer, args=(cfg_text, str(base), f"w{writers}x{k}-", per, barrier, out))
             for k in range(writers)]
    for p in procs:
        p.start()
    barrier.wait()
    t = time.perf_counter()
    for p in procs:
        p.join()
    took = time.perf_counter() - t
    assert all(p.exitcode == 0 for p in procs)
    return per * writers / took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=2000, help="events per run (split between the writers)")
    ap.add_argument("--writers", default="1,4,8")
    args = ap.parse_args()
    counts = [int(x) for x in args.writers.split(",")]

    import pgstack

    rules = "rules: [{match: {event: bounce, class: hard}, actions: [suppress, hook]}]\n"
    actions = "actions: {hook: {type: log, path: hook.jsonl}}\n"
    reason = pgstack.unavailable_reason()
    cluster = None if reason else pgstack.PgCluster().setup()
    tmp = Path(tempfile.mkdtemp(prefix="bf-bench-store-"))
    try:
        rows = []
        for w in counts:
            lite = tmp / f"lite{w}"
            lite.mkdir()
            sq = run(f"state_dir: {lite / 'state'}\n{actions}{rules}", lite, w, args.events)
            pg = None
            if cluster is not None:
                url = cluster.url(cluster.new_db())
                pgd = tmp / f"pg{w}"
                pgd.mkdir()
                pg = run(f"state_dir: {pgd / 'state'}\nstore: {{url: '{url}'}}\n{actions}{rules}", pgd, w,
                         args.events)
            rows.append((w, sq, pg))
        print(f"events recorded per second ({args.events} hard bounces per run; each: event, suppression, "
              "derived event, delivery; one durable commit)")
        print(f"{'writers':>7}  {'SQLite':>8}  {'PostgreSQL':>10}  {'PG/SQLite':>9}")
        for w, sq, pg in rows:
            print(f"{w:>7}  {sq:>8.0f}  {pg if pg is None else f'{pg:10.0f}':>10}  "
                  f"{'-' if pg is None else f'{pg / sq:.2f}x':>9}")
        if cluster is None:
            print(f"PostgreSQL not measured: {reason}")
    finally:
        if cluster is not None:
            from filter.store.postgres import close_pools

            close_pools()
            cluster.destroy()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
