"""Bench of the MTA adapters (issue 4).  Not a timed test: run it by hand, as root.

    .venv/bin/python bench/bench_pipe.py [--runs 40] [--bounces 1000] [--json out.json]

1. Pipe cold start: ``bouncefilter pipe`` as a whole process (a new bounce each run, so each
   run classifies, records with fsync and exits) against ``python -c pass`` and
   ``python -c "import filter.cli"``, all with the same interpreter: the venv that Postfix runs
   as ``nobody`` (``tests/mailstack.py:pipe_venv``, Debian's /usr/bin/python3).  Median of
   ``--runs`` runs each.  Also the slowest imports of one pipe run (``-X importtime``).
2. Postfix -> pipe: ``--bounces`` distinct DSNs (a real Postfix DSN, recipient and Message-ID
   changed) submitted over SMTP to a private Postfix whose transport hands them to
   ``bouncefilter pipe`` (pipe(8), ``nobody``); bounces/s from the first submission until the
   last event is in the store and the queue is empty.
3. Postfix -> milter: the same number of bounces submitted by 4 SMTP clients through
   ``smtpd_milters`` = ``bouncefilter milter`` (this interpreter), relayed to the remote MX;
   bounces/s until the MX has them all (marked) and the store has their events; peak RSS
   (VmHWM) of the milter process.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

import mailstack as ms

from filter.store.sqlite import Store

CACHE = os.environ.get("BOUNCEFILTER_PIPE_VENV_CACHE", "/var/tmp/bouncefilter-pipe-venv")


def postfix_dsn() -> bytes:
    """One real DSN from Postfix 3.7 (550 5.1.1 from the remote MX)."""
    with ms.RemoteMX() as mx, ms.PostfixInstance(remote=mx) as pf:
        pf.send("sender@example.test", ["nouser@remote.test"], subject="bench")
        return pf.wait_for_pipe(1)[0].content


def variant(dsn: bytes, i: int) -> bytes:
    """The same DSN about another recipient, with its own Message-ID: a new event."""
    out = dsn.replace(b"nouser@remote.test", f"user{i}@remote.test".encode())
    return re.sub(rb"(?im)^(Message-ID:\s*<)", rb"\g<1>bench" + str(i).encode() + b".", out, count=1)


def median_ms(argv: list[str], runs: int, inputs=None) -> tuple[float, float]:
    times = []
    for i in range(runs):
        data = inputs(i) if inputs else None
        t0 = time.perf_counter()
        r = subprocess.run(argv, input=data, capture_output=True, cwd="/", check=False)
        times.append((time.perf_counter() - t0) * 1000)
        if r.returncode != 0:
            raise SystemExit(f"{argv[0]} exited {r.returncode}: {r.stderr.decode()[-500:]}")
    return statistics.median(times), min(times)


def as_nobody(argv: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *argv]


def config(root: Path, extra: str = "") -> Path:
    state = root / "state"
    state.mkdir()
    os.chown(state, ms.NOBODY_UID, ms.NOBODY_GID)
    cfg = root / "bouncefilter.yaml"
    cfg.write_text(f"state_dir: {state}\n{extra}")  # default rules: hard -> suppress (in the store)
    return cfg


def bench_cold_start(venv: Path, dsn: bytes, runs: int) -> dict:
    root = ms.make_tempdir("bench-cold-")
    try:
        cfg = config(root)
        py, bf = str(venv / "bin" / "python"), str(venv / "bin" / "bouncefilter")
        out = {"python": subprocess.run([py, "-VV"], capture_output=True, text=True, check=True).stdout.strip()}
        out["python_c_pass_ms"], _ = median_ms(as_nobody([py, "-c", "pass"]), runs)
        out["import_filter_cli_ms"], _ = median_ms(as_nobody([py, "-c", "import filter.cli"]), runs)
        out["pipe_ms"], out["pipe_min_ms"] = median_ms(
            as_nobody([bf, "pipe", "--config", str(cfg), "--", "", "bounces@example.test"]), runs,
            lambda i: variant(dsn, 100000 + i))
        r = subprocess.run(as_nobody([py, "-X", "importtime", bf, "pipe", "--config", str(cfg)]),
                           input=variant(dsn, 999999), capture_output=True, cwd="/", check=True)
        rows = []
        for line in r.stderr.decode().splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
            if m:
                rows.append((int(m.group(2)), int(m.group(1)), m.group(4)))
        out["modules_imported"] = len(rows)
        out["slowest_imports_us"] = [(name, cum, own) for cum, own, name in sorted(rows, reverse=True)[:8]]
        heavy = ("http.client", "urllib.request", "smtplib", "ssl", "tenacity", "Milter", "milter", "asyncio")
        out["heavy_imported"] = sorted({n for _, _, n in rows} & set(heavy))
        return out
    finally:
        ms.shutil.rmtree(root, ignore_errors=True)


def wait_events(db: Path, n: int, timeout: float, pf: ms.PostfixInstance | None = None) -> None:
    """Until the store has ``n`` bounce events; ``postqueue -f`` whenever the pipe deferred some."""
    deferred = 0

    def enough() -> bool:
        nonlocal deferred
        if pf is not None and pf.log().count("status=deferred") > deferred:
            deferred = pf.log().count("status=deferred")
            pf.flush()
        if not db.exists():
            return False
        with Store(db) as s:
            return sum(1 for _ in s.events(event="bounce")) >= n
    ms.wait_until(enough, timeout, interval=0.5, what=f"{n} events")


def submit(pf: ms.PostfixInstance, messages: list[tuple[str, bytes]], clients: int) -> None:
    import smtplib

    chunks = [messages[i::clients] for i in range(clients)]

    def one(chunk):
        with smtplib.SMTP(ms.HOST, pf.port, local_hostname="client.example.test", timeout=60) as s:
            for rcpt, raw in chunk:
                s.sendmail("", [rcpt], raw)

    threads = [threading.Thread(target=one, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def bench_postfix_pipe(venv: Path, dsn: bytes, n: int) -> dict:
    root = ms.make_tempdir("bench-pipe-")
    try:
        cfg = config(root)
        bf = str(venv / "bin" / "bouncefilter")
        # a store that exists, as in production (the pipe user creates it; a burst of first
        # writers on a brand-new store can meet "database is locked": exit 75, retried)
        subprocess.run(as_nobody([bf, "events", "--config", str(cfg)]), check=True, capture_output=True, cwd="/")
        argv = [bf, "pipe", "--config", str(cfg), "--"]
        with ms.RemoteMX() as mx, ms.PostfixInstance(remote=mx, pipe_argv=argv, lifetimes="default") as pf:
            msgs = [("bounces@example.test", variant(dsn, i).replace(b"\n", b"\r\n")) for i in range(n)]
            t0 = time.monotonic()
            submit(pf, msgs, 4)
            submitted = time.monotonic() - t0
            wait_events(root / "state" / "bouncefilter.db", n, 600, pf)
            pf.wait_queue_empty(120)
            took = time.monotonic() - t0
            deferred = pf.log().count("status=deferred")
        return {"bounces": n, "seconds": round(took, 2), "bounces_per_s": round(n / took, 1),
                "submit_seconds": round(submitted, 2), "deferred": deferred,
                "concurrency": "pipe maxproc 100 (default_process_limit), 20 per destination"}
    finally:
        ms.shutil.rmtree(root, ignore_errors=True)


def bench_postfix_milter(dsn: bytes, n: int) -> dict:
    root = ms.make_tempdir("bench-milter-")
    try:
        cfg = config(root, "milter: {deliver: false}\n")
        port = ms.free_port()
        argv = [sys.executable, "-m", "filter.cli", "milter", "-q", "--config", str(cfg),
                "--socket", f"inet:{port}@127.0.0.1"]
        with ms.ServerProcess(argv, port, cwd=str(REPO), log_path=root / "milter.log") as m, \
                ms.RemoteMX() as mx, \
                ms.PostfixInstance(remote=mx, smtpd_milters=[f"inet:127.0.0.1:{port}"]) as pf:
            msgs = [(f"bounces-{i}@remote.test", variant(dsn, i).replace(b"\n", b"\r\n")) for i in range(n)]
            t0 = time.monotonic()
            submit(pf, msgs, 4)
            got = mx.wait_for(n, 600)
            wait_events(root / "state" / "bouncefilter.db", n, 600)
            took = time.monotonic() - t0
            marked = sum(1 for g in got if g.message["X-Bouncefilter-Kind"] == "failed")
            status = Path(f"/proc/{m.proc.pid}/status").read_text()
            hwm = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))
            rss = int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
        return {"bounces": n, "seconds": round(took, 2), "bounces_per_s": round(n / took, 1), "marked": marked,
                "smtp_clients": 4, "milter_peak_rss_mib": round(hwm / 1024, 1),
                "milter_rss_after_mib": round(rss / 1024, 1),
                "python": sys.version.split()[0]}
    finally:
        ms.shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=40)
    ap.add_argument("--bounces", type=int, default=1000)
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()
    if ms.unavailable_reason():
        raise SystemExit(f"bench_pipe: {ms.unavailable_reason()}")
    venv = ms.pipe_venv(CACHE)
    dsn = postfix_dsn()
    results = {"cold_start": bench_cold_start(venv, dsn, args.runs)}
    c = results["cold_start"]
    print(f"pipe cold start ({c['python']}, as nobody, median of {args.runs}):")
    print(f"  python -c pass            {c['python_c_pass_ms']:7.1f} ms")
    print(f"  python -c 'import filter.cli' {c['import_filter_cli_ms']:5.1f} ms")
    print(f"  bouncefilter pipe (a new bounce: classify, record, fsync) {c['pipe_ms']:.1f} ms "
          f"(min {c['pipe_min_ms']:.1f}); {c['modules_imported']} modules; heavy: {c['heavy_imported'] or 'none'}")
    for name, cum, own in c["slowest_imports_us"]:
        print(f"    {name:<28} {cum / 1000:6.1f} ms cumulative, {own / 1000:6.1f} ms own")
    results["postfix_pipe"] = p = bench_postfix_pipe(venv, dsn, args.bounces)
    print(f"Postfix -> pipe: {p['bounces']} bounces in {p['seconds']} s = {p['bounces_per_s']} bounces/s "
          f"(submitted in {p['submit_seconds']} s; {p['deferred']} deferred)")
    results["postfix_milter"] = m = bench_postfix_milter(dsn, args.bounces)
    print(f"Postfix -> milter: {m['bounces']} bounces in {m['seconds']} s = {m['bounces_per_s']} bounces/s "
          f"({m['marked']} marked; milter peak RSS {m['milter_peak_rss_mib']} MiB, Python {m['python']})")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
