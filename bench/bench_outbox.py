"""`bouncefilter outbox flush` of 10,000 pending webhook events to a local receiver, whole process.

    python bench/bench_outbox.py [--events N] [--rounds N] [--baseline REV]

10,000 bounce events are recorded through the Engine (a webhook rule, ``inline_budget: 0``: all
left pending), once; each contender then flushes a copy of that store as a whole process
(``python -m filter.cli outbox flush --config ...``) to the same receiver, side by side:

  - before:                   the webhook action and the outbox loop of REV (the commit before
                              keep-alive, found in git; one connection per request, urllib, one
                              at a time), with everything else from this tree;
  - no keep-alive, 1 at once: this tree with ``KEEPALIVE = False, CONCURRENCY = 1``;
  - keep-alive, 1 at once:    this tree with ``CONCURRENCY = 1`` (one kept connection);
  - after (default):          this tree as configured (keep-alive, CONCURRENCY per endpoint).

The receiver is a separate process (asyncio, HTTP/1.1 keep-alive) that verifies every signature
and counts connections, requests, distinct Idempotency-Keys and bad signatures; each flush must
deliver every event exactly once with valid signatures, or the bench says so.  Events/s = events
/ wall time of the whole flush process (interpreter start and config load included).  Best of
``--rounds``.  Not a test: it prints the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

SECRET = "bench-secret"


# -- the receiver (its own process) --------------------------------------------------------------
def serve(secret: str) -> None:
    """An HTTP/1.1 keep-alive receiver on 127.0.0.1; port on stdout; ``stats`` / ``reset`` on stdin."""
    import asyncio
    import threading

    from filter.engine.actions.webhook import verify

    stats = {"connections": 0, "requests": 0, "bad_signatures": 0, "max_open": 0}
    keys: set[str] = set()
    open_now = [0]
    ok = b'{"ok":true}'
    reply = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % len(ok)

    class Receiver(asyncio.Protocol):
        def connection_made(self, transport):
            self.t, self.buf = transport, b""
            stats["connections"] += 1
            open_now[0] += 1
            stats["max_open"] = max(stats["max_open"], open_now[0])

        def connection_lost(self, exc):
            open_now[0] -= 1

        def data_received(self, data):
            self.buf += data
            while True:
                end = self.buf.find(b"\r\n\r\n")
                if end < 0:
                    return
                headers = {}
                for line in self.buf[:end].decode("latin-1").split("\r\n")[1:]:
                    k, _, v = line.partition(":")
                    headers[k.strip().lower()] = v.strip()
                n = int(headers.get("content-length") or 0)
                if len(self.buf) < end + 4 + n:
                    return
                body, self.buf = self.buf[end + 4:end + 4 + n], self.buf[end + 4 + n:]
                stats["requests"] += 1
                if not verify(secret, body, headers.get("x-bouncefilter-signature", "")):
                    stats["bad_signatures"] += 1
                keys.add(headers.get("idempotency-key"))
                close = headers.get("connection", "").lower() == "close"
                self.t.write(reply + (b"Connection: close\r\n\r\n" if close else b"\r\n") + ok)
                if close:
                    self.t.close()
                    return

    def commands():
        for line in sys.stdin:
            if line.strip() == "reset":
                keys.clear()
                stats.update(connections=0, requests=0, bad_signatures=0, max_open=0)
            print(json.dumps({**stats, "keys": len(keys)}), flush=True)

    async def main():
        server = await asyncio.get_running_loop().create_server(Receiver, "127.0.0.1", 0, backlog=1024)
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Event().wait()

    threading.Thread(target=commands, daemon=True).start()
    asyncio.run(main())


class ReceiverProcess:
    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, cwd=ROOT)
        self.port = int(self.proc.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}/hooks/bounces"

    def ask(self, command: str = "stats") -> dict:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


# -- the store ------------------------------------------------------------------------------------
def enqueue(cfg_path: Path, n: int) -> None:
    from filter.core import model
    from filter.config import load
    from filter.engine import Engine

    config = load(str(cfg_path))
    with Engine(config) as engine:
        group = getattr(engine.store, "group", None)
        for start in range(0, n, 500):
            reports = [model.Report(kind="failed", source="bench", original=model.Original(message_id=f"<m{i}@bench>"),
                                    recipients=[model.RecipientResult(address=f"user{i}@example.com",
                                                                      reason="user_unknown", class_="hard",
                                                                      permanent=True, status="5.1.1",
                                                                      reply_code="550")])
                       for i in range(start, min(n, start + 500))]
            if group is not None:  # one durable commit per 500 (the store's group commit)
                with group():
                    for r in reports:
                        engine.record(r, inline_budget=0)
            else:
                for r in reports:
                    engine.record(r, inline_budget=0)
        counts = engine.store.counts()
        engine.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if counts["pending"] != n:
        raise SystemExit(f"expected {n} pending deliveries, the store has {counts}")


def baseline_tree(rev: str | None, dest: Path) -> tuple[Path, str]:
    """This tree's ``filter`` package with webhook.py and outbox.py as they were at ``rev``."""
    if rev is None:
        intro = subprocess.run(["git", "log", "--format=%H", "-S", "KEEPALIVE", "--", "filter/engine/actions/webhook.py"],
                               cwd=ROOT, capture_output=True, text=True).stdout.split()
        rev = f"{intro[-1]}^" if intro else "HEAD"
    label = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.strip()
    shutil.copytree(ROOT / "filter", dest / "filter", ignore=shutil.ignore_patterns("__pycache__"))
    for path in ("filter/engine/actions/webhook.py", "filter/engine/outbox.py"):
        old = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, capture_output=True, check=True).stdout
        if b"KEEPALIVE" in old:
            raise SystemExit(f"{rev} already has keep-alive: pass --baseline with an older commit")
        (dest / path).write_bytes(old)
    return dest, label


def flush(cwd: Path, cfg: Path, setup: str = "") -> float:
    code = f"import sys\n{setup}\nfrom filter.cli import main; sys.exit(main())"
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code, "outbox", "flush", "--config", str(cfg)], cwd=cwd,
                       capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(cwd)})
    took = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"flush failed ({r.returncode}): {r.stderr[-2000:]}")
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", metavar="REV", help="git revision of the 'before' webhook/outbox "
                                                    "(default: the commit before keep-alive came)")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(SECRET)
        return 0
    from filter.engine.actions import webhook

    rx = ReceiverProcess()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-outbox-") as tmp:
            tmp = Path(tmp)
            master = tmp / "master"
            master.mkdir()
            (tmp / "secret").write_text(SECRET)
            cfg_text = (f"state_dir: {{state}}\noutbox: {{{{inline_budget: 0}}}}\n"
                        f"actions: {{{{app: {{{{type: webhook, url: '{rx.url}', secret_file: '{tmp / 'secret'}'}}}}}}}}\n"
                        "rules: [{{match: {{}}, actions: [app]}}]\n")
            (master / "c.yaml").write_text(cfg_text.format(state=master / "state"))
            t = time.perf_counter()
            enqueue(master / "c.yaml", args.events)
            print(f"{args.events} events recorded in {time.perf_counter() - t:.1f}s "
                  f"(Engine.record, inline_budget 0); receiver: asyncio, keep-alive, signatures verified")
            old_tree, label = baseline_tree(args.baseline, tmp / "before")
            contenders = {
                f"before ({label}: urllib, 1 conn/request)": (old_tree, ""),
                "no keep-alive, 1 at once": (ROOT, "import filter.engine.actions.webhook as w; w.KEEPALIVE = False; "
                                                   "w.CONCURRENCY = 1"),
                "keep-alive, 1 at once": (ROOT, "import filter.engine.actions.webhook as w; w.CONCURRENCY = 1"),
                f"after (keep-alive, {webhook.CONCURRENCY} per endpoint)": (ROOT, ""),
            }
            best: dict[str, tuple[float, dict]] = {name: (float("inf"), {}) for name in contenders}
            names = list(contenders)
            for r in range(args.rounds):
                for name in names[r % len(names):] + names[:r % len(names)]:
                    run = tmp / "run"
                    shutil.rmtree(run, ignore_errors=True)
                    shutil.copytree(master / "state", run / "state")
                    (run / "c.yaml").write_text(cfg_text.format(state=run / "state"))
                    rx.ask("reset")
                    cwd, setup = contenders[name]
                    took = flush(cwd, run / "c.yaml", setup)
                    stats = rx.ask()
                    if stats["requests"] != args.events or stats["keys"] != args.events or stats["bad_signatures"]:
                        print(f"  !! {name}: receiver saw {stats}", file=sys.stderr)
                    if took < best[name][0]:
                        best[name] = (took, stats)
    finally:
        rx.close()
    print(f"{args.events} pending webhook events, `outbox flush` as a whole process, best of {args.rounds}; "
          f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    base = best[names[0]][0]
    for name, (took, stats) in best.items():
        print(f"  {name:42} {took:6.2f} s {args.events / took:7.0f} events/s  x{base / took:5.1f}   "
              f"connections {stats['connections']:>6}, most open at once {stats['max_open']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
