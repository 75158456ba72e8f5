"""Cold start of `bouncefilter classify - < one.eml` and of `bouncefilter pipe --config FILE`, as whole
processes, against `python -c pass`.

    python bench/bench_coldstart.py [MESSAGE ...] [--runs N]

All run from the same interpreter (this virtualenv), side by side, alternating; the medians are
compared.  The pipe starts once per bounce under Postfix, so this is the price of every bounce.
The pipe runs with a real config (a store in a temporary state_dir, the default suppression, a
log action for hard bounces), as pipe(8) would start it: an empty environment, the argv Postfix
passes.  The issue's bounds: classify at most 4x, pipe at most 5x.  Not a test: it prints the
figures.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = [HERE.parent / "examples" / "bounces" / "01-postfix-user-unknown.eml",
           HERE.parent / "examples" / "bounces" / "02-exim-mailbox-full.eml"]


def once(argv: list[str], stdin: bytes | None, env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
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
    # and the regular expressions compiled once, as the install steps do (filter/core/regexcache.py)
    subprocess.run([py, "-m", "filter.core.regexcache"], cwd=HERE.parent, stdout=subprocess.DEVNULL, check=False)
    tmp = Path(tempfile.mkdtemp(prefix="bf-coldstart-"))
    cfg = tmp / "bouncefilter.yaml"
    cfg.write_text(f"state_dir: {tmp / 'state'}\nactions:\n  app: {{type: log, path: {tmp / 'app.jsonl'}}}\n"
                   "rules:\n  - {match: {event: bounce, class: hard}, actions: [suppress, app]}\n")
    pipe = [py, "-m", "filter.cli", "pipe", "--config", str(cfg), "--", "MAILER-DAEMON", "bounces@example.com"]
    empty = {"PATH": "/usr/bin:/bin"}  # pipe(8)'s environment
    for message in args.messages:
        data = message.read_bytes()
        for _ in range(3):  # warm the page cache
            once(bare, None)
            once(classify, data)
            once(pipe, data, empty)
        base, ours, piped = [], [], []
        for _ in range(args.runs):
            base.append(once(bare, None))
            ours.append(once(classify, data))
            piped.append(once(pipe, data, empty))
        b, o, p = statistics.median(base), statistics.median(ours), statistics.median(piped)
        print(f"{message.name}: python -c pass {b * 1000:.1f} ms, classify - {o * 1000:.1f} ms (ratio {o / b:.2f}), "
              f"pipe --config {p * 1000:.1f} ms (ratio {p / b:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
