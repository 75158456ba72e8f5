"""Classification throughput against the peers, in one process over the same messages.

    python bench/bench_core.py [CORPUS_DIR] [--rounds N]

Prints messages/s for
  - floor:        ``email.message_from_bytes`` alone (compat32), the parse every tool pays;
  - flufl.bounce: ``all_failures(message_from_bytes(data))`` (the Python peer, bench extra);
  - bouncefilter: ``filter.classify(data)``;
and the ratios.  Contenders alternate on short slices of the corpus and the best time of each
slice counts, so that a noisy machine slows them alike.  Not a test: nothing fails, it measures.
"""
from __future__ import annotations

import argparse
import email
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def load(corpus: Path) -> list[bytes]:
    data = []
    for root, dirs, files in os.walk(corpus):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".eml"):
                data.append((Path(root) / name).read_bytes())
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    messages = load(Path(args.corpus))
    if not messages:
        print(f"no .eml files under {args.corpus}", file=sys.stderr)
        return 2

    from filter import classify

    contenders = {"floor (email.message_from_bytes)": email.message_from_bytes,
                  "bouncefilter classify": classify}
    try:
        from flufl.bounce import all_failures

        contenders["flufl.bounce all_failures"] = lambda raw: all_failures(email.message_from_bytes(raw))
    except ImportError:
        print("flufl.bounce is not installed (pip install '.[bench]'); its column is skipped")
    for fn in contenders.values():  # warm up: lazy imports, compiled patterns
        for raw in messages:
            fn(raw)
    # The corpus is cut in slices; each round times every contender on every slice, and the best
    # time of each (contender, slice) counts.  On a noisy machine (shared CPUs, frequency steps)
    # the minimum of short runs is much steadier than one long run.
    slices = [messages[i:i + 20] for i in range(0, len(messages), 20)]
    best_time = {name: [float("inf")] * len(slices) for name in contenders}
    for _ in range(args.rounds):
        for k, chunk in enumerate(slices):
            for name, fn in contenders.items():
                start = time.perf_counter()
                for raw in chunk:
                    fn(raw)
                best_time[name][k] = min(best_time[name][k], time.perf_counter() - start)
    best = {name: len(messages) / sum(times) for name, times in best_time.items()}

    print(f"{len(messages)} messages, best of {args.rounds} rounds, {sys.version.split()[0]}")
    for name, value in best.items():
        print(f"  {name:36} {value:8.0f} msg/s")
    ours = best["bouncefilter classify"]
    print(f"  ratio bouncefilter / floor           {ours / best['floor (email.message_from_bytes)']:8.2f}")
    if "flufl.bounce all_failures" in best:
        print(f"  ratio bouncefilter / flufl.bounce    {ours / best['flufl.bounce all_failures']:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
