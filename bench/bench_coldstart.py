"""Cold start of `bouncefilter classify - < one.eml` as a whole process, against `python -c pass`.

    python bench/bench_coldstart.py [MESSAGE ...] [--runs N]

Both run from the same interpreter (this virtualenv), side by side, alternating; the medians are
compared.  The pipe starts once per bounce under Postfix, so this is the price of every bounce.
Not a test: it prints the figures.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = [HERE.parent / "examples" / "bounces" / "01-postfix-user-unknown.eml",
           HERE.parent / "examples" / "bounces" / "02-exim-mailbox-full.eml"]


def once(argv: list[str], stdin: bytes | None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("messages", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=31)
    args = ap.parse_args()
    py = sys.executable
    classify = [py, "-c", "import sys; from filter.cli import main; sys.exit(main())", "classify", "-"]
    bare = [py, "-c", "pass"]
    # byte-compiled modules, as an installed package has them
    subprocess.run([py, "-m", "compileall", "-q", str(HERE.parent / "filter")], check=False)
    for message in args.messages:
        data = message.read_bytes()
        for _ in range(3):  # warm the page cache
            once(bare, None)
            once(classify, data)
        base, ours = [], []
        for _ in range(args.runs):
            base.append(once(bare, None))
            ours.append(once(classify, data))
        b, o = statistics.median(base), statistics.median(ours)
        print(f"{message.name}: python -c pass {b * 1000:.1f} ms, classify - {o * 1000:.1f} ms, ratio {o / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
