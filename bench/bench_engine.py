"""Throughput of the actions engine (issue 3): prints figures, asserts nothing.

    .venv/bin/python bench/bench_engine.py [--corpus ../shared/corpus] [--passes 3]

1. events recorded per second into the SQLite store with durable commits (WAL,
   synchronous=FULL): one transaction per event, as the pipe does, and 100 per transaction;
2. over the corpus' messages (read into memory first): the classify-only rate, and the
   end-to-end rate of classify + record + one suppression_file action delivered inline
   (``Engine.process``), with their ratio.  Each pass starts from an empty state folder, so
   nothing is a duplicate.  Best of ``--passes``.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def bench_store(tmp: Path, n: int, per_tx: int) -> float:
    from filter.store.sqlite import Store

    path = tmp / f"store-{per_tx}.db"
    with Store(path) as s:
        t = time.perf_counter()
        for start in range(0, n, per_tx):
            with s.transaction():
                for i in range(start, min(n, start + per_tx)):
                    s.insert_event(id=f"{per_tx}-{i}", event="bounce", kind="failed", address=f"u{i}@example.com",
                                   class_="hard", reason="user_unknown", source="bench", received_at=i,
                                   occurred_at=i, cause=None, payload={"id": i, "recipient": {"address": "x"}})
                    s.enqueue(f"{per_tx}-{i}", "hook", 0.0)
        return n / (time.perf_counter() - t)


def load_corpus(root: Path) -> list[bytes]:
    return [p.read_bytes() for sub in ("bounces", "other", "not-bounces") if (root / sub).is_dir()
            for p in sorted((root / sub).iterdir()) if p.is_file()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--events", type=int, default=2000)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    try:
        one = bench_store(tmp, args.events, 1)
        batch = bench_store(tmp, args.events * 5, 100)
        print(f"store, durable commits: {one:,.0f} events/s (1 per transaction); "
              f"{batch:,.0f} events/s (100 per transaction)")

        msgs = load_corpus(Path(args.corpus))
        if not msgs:
            print(f"no corpus at {args.corpus}: end-to-end figures skipped")
            return 0
        from filter import classify
        from filter.config import loads
        from filter.engine import Engine

        classify(msgs[0])  # import and warm up the core
        best_c = best_e = 0.0
        events = deliveries = 0
        for p in range(args.passes):
            t = time.perf_counter()
            for m in msgs:
                classify(m, source="bench")
            best_c = max(best_c, len(msgs) / (time.perf_counter() - t))

            state = tmp / f"pass{p}"
            cfg = loads(f"state_dir: {state}\nactions:\n  suppress: {{type: suppression_file, "
                        f"path: {state / 'suppressed'}, format: postfix}}\n", env={})
            with Engine(cfg) as engine:
                assert engine.store is not None  # open (and create) before timing, as a running service has it
                t = time.perf_counter()
                events = deliveries = 0
                for m in msgs:
                    out = engine.process(m, source="bench")
                    events += out.new
                    deliveries += out.delivered
                best_e = max(best_e, len(msgs) / (time.perf_counter() - t))
        print(f"corpus: {len(msgs)} messages -> {events} events, {deliveries} suppression-file deliveries (inline)")
        print(f"classify only:                                    {best_c:8,.0f} messages/s")
        print(f"classify + record + suppression_file (end to end): {best_e:8,.0f} messages/s"
              f"   ratio {best_e / best_c:.2f} of classify-only")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
