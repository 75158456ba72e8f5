"""Where a message's classification time goes, stage by stage: prints shares, asserts nothing.

    python bench/profile_core.py [CORPUS_DIR] [--passes N]

Over the corpus (default ../shared/corpus), after one warm-up pass (patterns compiled, tables
built), the CPU time of ``filter.classify`` is split into its stages by timing each one in place:

  - parse:      ``ParsedMessage`` (MIME split, header blocks, the report's text parts);
  - det:NAME:   each detector's ``detect`` in registry order (what it asks of the message for the
                first time -- its text, a memo shared with later detectors -- counts for it);
  - classifier: ``classifier.decide``, once per recipient record;
  - original:   the returned original's headers (``pipeline._read_original``);
  - rest:       what classify does around them (addresses completed, the Report built).

A second table gives the regular expressions compiled in a fresh process during its first pass:
every process pays them once (each ``classify --jobs`` worker, the POP3 bridge before it forks).
Not a test and not a timed benchmark: the shares are what to look at, the absolute figures follow
the machine's load.
"""
from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

FIRST_PASS = r"""
import re._compiler as c, sys, time
from pathlib import Path
spent = [0.0, 0]
compile_ = c.compile
def timed(p, flags=0):
    t = time.process_time()
    try:
        return compile_(p, flags)
    finally:
        spent[0] += time.process_time() - t
        spent[1] += 1
c.compile = timed
from filter import classify
messages = [p.read_bytes() for p in sorted(Path(sys.argv[1]).rglob("*.eml"))]
before = list(spent)
t = time.process_time()
for m in messages:
    classify(m)
first = time.process_time() - t
t = time.process_time()
for m in messages:
    classify(m)
second = time.process_time() - t
print(first, second, spent[0] - before[0], spent[1] - before[1])
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    messages = [p.read_bytes() for p in sorted(Path(args.corpus).rglob("*.eml"))]
    if not messages:
        print(f"no .eml files under {args.corpus}", file=sys.stderr)
        return 2

    from filter.core import pipeline
    from filter.core.detectors import registry

    for m in messages:  # warm: patterns compiled, tables built
        pipeline.classify(m)
    spent: collections.Counter[str] = collections.Counter()
    calls: collections.Counter[str] = collections.Counter()

    def timed(label: str, fn):
        def run(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] += time.process_time() - t
                calls[label] += 1
        return run

    saved = []
    for det in registry():
        saved.append((det, "detect", det.detect))
        det.detect = timed(f"det:{det.name}", det.detect)
    for obj, name, label in ((pipeline, "ParsedMessage", "parse"), (pipeline.classifier, "decide", "classifier"),
                             (pipeline, "_read_original", "original")):
        saved.append((obj, name, getattr(obj, name)))
        setattr(obj, name, timed(label, getattr(obj, name)))
    try:
        start = time.process_time()
        for _ in range(args.passes):
            for m in messages:
                pipeline.classify(m)
        total = time.process_time() - start
    finally:
        for obj, name, fn in reversed(saved):
            setattr(obj, name, fn)
    n = len(messages) * args.passes
    spent["rest"] = total - sum(spent.values())
    print(f"{len(messages)} messages x {args.passes} passes: {total / n * 1e6:.0f} us CPU per message "
          f"(timers included), Python {sys.version.split()[0]}")
    for label, value in spent.most_common():
        per = f"{calls[label] // args.passes:6} calls/pass" if calls[label] else " " * 17
        print(f"  {value / total * 100:5.1f} %  {value / n * 1e6:7.1f} us/message  {per}  {label}")

    out = subprocess.run([sys.executable, "-c", FIRST_PASS, args.corpus], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(HERE.parent)))
    if out.returncode == 0:
        first, second, compiling, patterns = out.stdout.split()
        print(f"a fresh process: first pass {float(first):.3f} s CPU, second {float(second):.3f} s; "
              f"{int(patterns)} patterns compiled in the first, {float(compiling):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
