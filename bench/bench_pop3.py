"""The POP3 bridge against a bare poplib loop over the same mailbox: prints figures, asserts nothing.

    sudo .venv/bin/python bench/bench_pop3.py [--messages 1000] [--runs 3] [--tls pop3s]

A private Dovecot (tests/mailstack.py; root needed) serves a mailbox of ``--messages`` corpus
bounces (../shared/corpus/bounces, cycled; each copy after the first gets its own Message-ID so
that every message is new to the engine, as in real life).  Each run seeds the same mailbox, then:

* **baseline**: a subprocess with :mod:`poplib` (same TLS mode, same CA): login, ``RETR`` +
  ``DELE`` for every message, ``QUIT``.  Nothing else.
* **bridge**: ``bouncefilter pop3bridge --config FILE --once`` in a subprocess, default rules
  (hard bounces suppressed in the store, blocks alerted to a log file), an empty state folder:
  CAPA, UIDL, LIST, RETRs pipelined (Dovecot offers PIPELINING), classify (in the bridge and in
  the classifier processes it forks: one per CPU but one), record durably in group commits (one
  fsync'd SQLite commit per group of up to 64 messages), DELE each group once committed, QUIT.

Both run with bytecode caches (``compileall`` first, as an installed package has them).
Reported (median of ``--runs``): wall time of each subprocess (interpreter start included), the
drain time each reports itself (the loop only), their ratios, the CPU time of each subprocess with
its children (the bridge's classifier processes), and peak RSS (``VmHWM`` of each subprocess's
main process, read at its end: a wait4 ``ru_maxrss`` would also count the forking parent).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

BASELINE = r"""
import poplib, ssl, sys, time
poplib._MAXLINE = 1 << 20   # poplib refuses lines over 2048 bytes; some corpus bounces have them
host, port, tls, ca, user, pw = sys.argv[1:7]
t = time.perf_counter()
ctx = ssl.create_default_context(cafile=ca)
if tls == "pop3s":
    p = poplib.POP3_SSL(host, int(port), context=ctx)
else:
    p = poplib.POP3(host, int(port))
    if tls == "starttls":
        p.stls(context=ctx)
p.user(user); p.pass_(pw)
n, _ = p.stat()
size = 0
for i in range(1, n + 1):
    _, lines, octets = p.retr(i)
    size += octets
    p.dele(i)
p.quit()
print(n, size, time.perf_counter() - t)
import re
print(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1), file=sys.stderr)
"""

# the bridge's own command, then its peak RSS (VmHWM: of this process image, not of the parent
# that forked it, which a wait4 ru_maxrss would also count)
BRIDGE = r"""
import re, sys
from filter.cli import main
rc = main(sys.argv[1:])
print(re.search(r"VmHWM:\s+(\d+)", open("/proc/self/status").read()).group(1), file=sys.stderr)
sys.exit(rc)
"""

_MSGID = re.compile(rb"^Message-ID:[^\n]*\n", re.IGNORECASE | re.MULTILINE)


def mailbox(n: int, corpus: Path) -> list[bytes]:
    files = sorted((corpus / "bounces").glob("*.eml"))
    if not files:
        raise SystemExit(f"no corpus bounces under {corpus / 'bounces'}")
    out = []
    for i in range(n):
        raw = files[i % len(files)].read_bytes().replace(b"\r\n", b"\n")
        if i >= len(files):  # a copy: make it a different message (the digest reads Message-ID)
            new = b"Message-ID: <bench-copy-%d@bench.example>\n" % i
            m = _MSGID.search(raw)
            raw = raw[:m.start()] + new + raw[m.end():] if m else new + raw
        out.append(raw)
    return out


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, str, str]:
    """(wall seconds, CPU seconds with its children, peak RSS in KiB, stdout, stderr) of a
    subprocess that prints its VmHWM last."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t = time.perf_counter()
        p = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(p.pid, 0)  # its CPU and that of the children it waited for
        wall = time.perf_counter() - t
        code = p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        so, se = out.read().decode(), err.read().decode()
    if code != 0:
        raise SystemExit(f"{argv[:4]} exited {code}:\n{so}{se}")
    *rest, hwm = se.rstrip("\n").split("\n")
    return wall, usage.ru_utime + usage.ru_stime, int(hwm), so, "\n".join(rest)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tls", choices=("pop3s", "starttls", "plain"), default="pop3s")
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = ap.parse_args()

    import mailstack as ms

    reason = ms.unavailable_reason()
    if reason:
        raise SystemExit(f"bench_pop3: needs the mail stack: {reason}")
    msgs = mailbox(args.messages, Path(args.corpus))
    # bytecode caches written, as an installed package has them (the environment may say
    # PYTHONDONTWRITEBYTECODE): else every bridge process compiles its modules' source again,
    # about 0.1 s that the baseline's precompiled stdlib never pays
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "filter"), str(ROOT / "pop3bridge")],
                   check=False)
    total_bytes = sum(len(m) for m in msgs)
    work = ms.make_tempdir("bench-pop3-")
    env = dict(os.environ, BENCH_POP3_PASSWORD="bouncepass", PYTHONPATH=str(ROOT))
    rows: dict[str, list[float]] = {k: [] for k in ("base_wall", "base_loop", "base_cpu", "base_rss",
                                                     "bridge_wall", "bridge_loop", "bridge_cpu", "bridge_rss")}
    try:
        ca = ms.make_test_ca(work / "tls")
        with ms.DovecotInstance(users={"bounces": "bouncepass"}, tls=ca) as dv:
            port = dv.pop3s_port if args.tls == "pop3s" else dv.pop3_port
            for i in range(args.runs):
                for m in msgs:
                    dv.seed("bounces", m)
                wall, cpu, rss, out, _ = run([sys.executable, "-c", BASELINE, "127.0.0.1", str(port), args.tls,
                                         str(ca.ca_cert), "bounces", "bouncepass"], env)
                n, _, loop = out.split()
                assert int(n) == len(msgs) and dv.count("bounces") == 0
                rows["base_wall"].append(wall)
                rows["base_cpu"].append(cpu)
                rows["base_loop"].append(float(loop))
                rows["base_rss"].append(rss)

                for m in msgs:
                    dv.seed("bounces", m)
                state = work / f"state-{i}"
                cfg = work / f"bench-{i}.yaml"
                cfg.write_text(f"""\
state_dir: {state}
pop3:
  accounts:
    - name: bench
      host: 127.0.0.1
      port: {port}
      tls: {args.tls}
      allow_insecure: {str(args.tls == 'plain').lower()}
      ca_file: {ca.ca_cert}
      username: bounces
      password: ${{BENCH_POP3_PASSWORD}}
""")
                wall, cpu, rss, _, err = run([sys.executable, "-c", BRIDGE, "pop3bridge", "--config", str(cfg),
                                         "--once", "--progress", "never"], env)
                (line,) = [json.loads(x) for x in err.splitlines() if x.startswith("{")]
                assert line["done"] == len(msgs) and line["deleted"] == len(msgs), line
                assert dv.count("bounces") == 0
                rows["bridge_wall"].append(wall)
                rows["bridge_cpu"].append(cpu)
                rows["bridge_loop"].append(line["seconds"])
                rows["bridge_rss"].append(rss)
                shutil.rmtree(state, ignore_errors=True)
    finally:
        ms.wait_pending_stops()
        shutil.rmtree(work, ignore_errors=True)

    med = {k: statistics.median(v) for k, v in rows.items()}
    # each run measures both side by side: the median of the per-run ratios is the figure (the
    # machine's load changes between runs far more than within one)
    ratio = {k: statistics.median(b / a for a, b in zip(rows[f"base_{k}"], rows[f"bridge_{k}"]))
             for k in ("loop", "wall", "cpu")}
    n = len(msgs)
    print(f"mailbox: {n} corpus bounces, {total_bytes / 1e6:.1f} MB, tls={args.tls}; "
          f"median of {args.runs} run(s); ratio: median of the runs' bridge/poplib")
    print(f"{'':26}{'poplib RETR+DELE':>18}{'bridge':>12}{'ratio':>8}")
    print(f"{'drain loop (s)':26}{med['base_loop']:>18.2f}{med['bridge_loop']:>12.2f}{ratio['loop']:>8.2f}")
    print(f"{'process wall (s)':26}{med['base_wall']:>18.2f}{med['bridge_wall']:>12.2f}{ratio['wall']:>8.2f}")
    print(f"{'messages/s (loop)':26}{n / med['base_loop']:>18.0f}{n / med['bridge_loop']:>12.0f}")
    print(f"{'CPU, with children (s)':26}{med['base_cpu']:>18.2f}{med['bridge_cpu']:>12.2f}{ratio['cpu']:>8.2f}")
    print(f"{'peak RSS (MiB)':26}{med['base_rss'] / 1024:>18.1f}{med['bridge_rss'] / 1024:>12.1f}")
    if args.json:
        print(json.dumps({"messages": n, "bytes": total_bytes, "tls": args.tls, "runs": args.runs,
                          **{k: round(v, 3) for k, v in med.items()},
                          **{f"ratio_{k}": round(v, 2) for k, v in ratio.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
