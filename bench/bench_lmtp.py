"""Bench: Postfix -> ``bouncefilter lmtp`` against Postfix -> ``bouncefilter pipe`` (issue 11).
Not a timed test: run it by hand, as root.

    .venv/bin/python bench/bench_lmtp.py [--bounces 1000] [--only lmtp|pipe] [--json out.json]

For each transport, in the same run: a private Postfix whose queue (and config and log) sit on
tmpfs (/dev/shm), so that the figure is the service's and not the disk's, takes ``--bounces``
distinct DSNs (a real Postfix 3.7 DSN, recipient and Message-ID changed) over SMTP, with the
transport held (``defer_transports``): they wait in the deferred queue.  Then the transport is
released (``defer_transports =``, ``postfix reload``, ``postqueue -f``) and the clock runs until
the maillog has the last ``status=sent``.  The store (``state_dir``) is on the disk, with its
durable commits: one fsync per bounce for the pipe, one per group for the LMTP service.

* pipe: ``bouncefilter pipe`` run by pipe(8) as ``nobody`` (``flags=Rq``, recipient limit 1,
  the fixture's default process limit), from the venv on Debian's Python (``pipe_venv``);
* LMTP: the documented ``bouncefilter-lmtp`` service of ``conf/postfix-master.cf`` and its
  ``bouncefilter-lmtp_*`` settings of ``conf/postfix-main.cf`` (Postfix's lmtp client, maxproc
  20, recipient limit 1, initial concurrency 20) to ``bouncefilter lmtp`` over a unix socket,
  the service run (as root) by the same interpreter, default ``lmtp:`` settings.
  ``BENCH_MAIN_CF="key=value ..."`` adds main.cf settings (to try others).

Printed: bounces/s for each and their ratio; peak RSS of the LMTP service's whole process tree
(VmHWM, and the sampled sum of VmRSS) and the sampled peak of the pipes' summed RSS; the
service's group commits.  Targets (issue 11): >= 300 bounces/s on 2 cores, RSS < 80 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import smtplib
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

import mailstack as ms  # noqa: E402

from filter.store.sqlite import Store  # noqa: E402

CACHE = os.environ.get("BOUNCEFILTER_PIPE_VENV_CACHE", "/var/tmp/bouncefilter-pipe-venv")
TMPFS = "/dev/shm"
DISK = "/var/tmp"
EXTRA_MAIN = dict(kv.split("=", 1) for kv in os.environ.get("BENCH_MAIN_CF", "").split() if kv)


def postfix_dsn() -> bytes:
    """One real DSN from Postfix 3.7 (550 5.1.1 from the remote MX), as the pipe receives it."""
    with ms.RemoteMX() as mx, ms.PostfixInstance(remote=mx) as pf:
        pf.send("sender@example.test", ["nouser@remote.test"], subject="bench")
        raw = pf.wait_for_pipe(1)[0].content
    return raw.split(b"\n", 1)[1] if raw.startswith(b"Return-Path:") else raw  # Postfix adds its own


def variant(dsn: bytes, i: int) -> bytes:
    out = dsn.replace(b"nouser@remote.test", f"user{i}@remote.test".encode())
    out = re.sub(rb"(?im)^(Message-ID:\s*<)", rb"\g<1>bench" + str(i).encode() + b".", out, count=1)
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def documented_main_cf() -> dict[str, str]:
    """The bouncefilter-lmtp_* settings of conf/postfix-main.cf, as written."""
    out = {}
    for line in (REPO / "conf" / "postfix-main.cf").read_text().splitlines():
        if line.startswith("bouncefilter-lmtp_"):
            k, _, v = line.partition("=")
            out[k.strip()] = v.split("#", 1)[0].strip()
    return out


def submit(port: int, messages: list[bytes], clients: int = 4) -> None:
    def one(chunk: list[bytes]) -> None:
        with smtplib.SMTP(ms.HOST, port, local_hostname="client.example.test", timeout=60) as s:
            for raw in chunk:
                s.sendmail("", ["bounces@example.test"], raw)

    threads = [threading.Thread(target=one, args=(messages[i::clients],)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


class LogCounter:
    """Counts regex matches in the growing maillog, reading only what was appended."""

    def __init__(self, path: Path, pattern: str):
        self.path, self.rx, self.offset, self.count, self.rest = path, re.compile(pattern), 0, 0, b""

    def poll(self) -> int:
        try:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                data = f.read()
        except OSError:
            return self.count
        self.offset += len(data)
        data = self.rest + data
        lines = data.split(b"\n")
        self.rest = lines.pop()
        self.count += sum(1 for line in lines if self.rx.search(line.decode("utf-8", "replace")))
        return self.count


def _tree(pid: int) -> list[int]:
    return [pid] + [p for p, _ in ms._descendants(pid)]


def _status_kb(pid: int, field: str) -> int:
    try:
        m = re.search(rf"{field}:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
    except OSError:
        return 0
    return int(m.group(1)) if m else 0


class RssSampler(threading.Thread):
    """Peak of the summed VmRSS of the processes ``pids()`` returns, sampled every 10 ms."""

    def __init__(self, pids):
        super().__init__(daemon=True)
        self.pids, self.peak_kb, self._halt = pids, 0, threading.Event()

    def run(self) -> None:
        while not self._halt.wait(0.01):
            self.peak_kb = max(self.peak_kb, sum(_status_kb(p, "VmRSS") for p in self.pids()))

    def stop(self) -> int:
        self._halt.set()
        self.join()
        return self.peak_kb


def _pipe_pids(cfg: Path) -> list[int]:
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                cmd = Path(f"/proc/{d}/cmdline").read_bytes()
            except OSError:
                continue
            if str(cfg).encode() in cmd and b"pipe" in cmd:
                out.append(int(d))
    return out


def run(transport: str, venv: Path, dsn: bytes, n: int, logs: str | None = None) -> dict:
    spool_root = ms.make_tempdir(f"bench-{transport}-q-", TMPFS)      # Postfix on tmpfs
    state_root = ms.make_tempdir(f"bench-{transport}-s-", DISK)       # the store on the disk
    service = None
    try:
        state = state_root / "state"
        state.mkdir()
        cfg = state_root / "bouncefilter.yaml"
        bf = str(venv / "bin" / "bouncefilter")
        if transport == "pipe":
            os.chown(state, ms.NOBODY_UID, ms.NOBODY_GID)
            cfg.write_text(f"state_dir: {state}\n")
            subprocess.run(["runuser", "-u", "nobody", "--", bf, "events", "--config", str(cfg)], check=True,
                           capture_output=True, cwd="/")               # the store exists, as in production
            held = "bouncepipe"
            kw = dict(pipe_argv=[bf, "pipe", "--config", str(cfg), "--"])
        else:
            (state_root / "run").mkdir(mode=0o755)
            sock = state_root / "run" / "lmtp.sock"
            cfg.write_text(f"state_dir: {state}\nlmtp: {{listen: 'unix:{sock}', socket_group: postfix}}\n")
            log = state_root / "lmtp.log"
            service = subprocess.Popen([bf, "lmtp", "--config", str(cfg)], stdout=open(log, "ab"),
                                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd="/")
            ms.wait_until(lambda: "listening on" in log.read_text() or service.poll() is not None, 30,
                          what="bouncefilter lmtp")
            assert service.poll() is None, log.read_text()
            held = "bouncefilter-lmtp"
            kw = dict(pipe_routes=(), extra_transport={"example.test": f"bouncefilter-lmtp:unix:{sock}"},
                      main_cf={**documented_main_cf(), **EXTRA_MAIN})
        with ms.RemoteMX() as mx, ms.PostfixInstance(spool_root, remote=mx, lifetimes="default", **kw) as pf:
            if transport == "lmtp":
                master = (REPO / "conf" / "postfix-master.cf").read_text().splitlines()
                [i] = [k for k, line in enumerate(master) if line.startswith("bouncefilter-lmtp ")]
                with open(pf.config_dir / "master.cf", "a") as f:
                    f.write("".join(line + "\n" for line in master[i:] if line.strip() and not line.startswith("#")))
            pf.postconf({"defer_transports": held})                     # hold: the DSNs wait in the queue
            deferred = LogCounter(pf.maillog, r"status=deferred \(deferred transport\)")
            t0 = time.monotonic()
            submit(pf.port, [variant(dsn, i) for i in range(n)])
            ms.wait_until(lambda: deferred.poll() >= n, 300, interval=0.05, what=f"{n} DSNs held")
            queued = time.monotonic() - t0
            sent = LogCounter(pf.maillog, r"to=<bounces@example\.test>, .*status=sent")
            sent.poll()
            sampler = RssSampler((lambda: _tree(service.pid)) if service else (lambda: _pipe_pids(cfg)))
            sampler.start()
            t0 = time.monotonic()
            pf.postconf({"defer_transports": ""})                       # release (reload) ...
            pf.flush()                                                  # ... and postqueue -f
            last = 0
            while sent.poll() < n:
                if pf.log().count("status=deferred") > last + n:        # a pipe's 75 (store busy): retried
                    last = pf.log().count("status=deferred") - n
                    pf.flush()
                if time.monotonic() - t0 > 900:
                    raise TimeoutError(f"{sent.count} of {n} sent after 900 s")
                time.sleep(0.01)
            took = time.monotonic() - t0
            peak_sampled = sampler.stop()
            retried = pf.log().count("status=deferred") - n
            if logs:
                shutil.copy(pf.maillog, Path(logs) / f"{transport}-maillog")
        with Store(state / "bouncefilter.db") as s:
            recorded = sum(1 for _ in s.events(event="bounce"))
        out = {"transport": transport, "bounces": n, "seconds": round(took, 2), "bounces_per_s": round(n / took, 1),
               "recorded": recorded, "deferred_again": retried, "held_in_s": round(queued, 1),
               "peak_rss_sampled_mib": round(peak_sampled / 1024, 1)}
        if service is not None:
            ticks = os.sysconf("SC_CLK_TCK")
            st = ms._proc_stat(service.pid)
            cpu = (int(st[11]) + int(st[12])) / ticks if st else 0.0   # utime + stime
            out["service_cpu_s"] = round(cpu, 2)
            out["service_cpu_ms_per_bounce"] = round(cpu * 1000 / n, 2)
            out["peak_rss_vmhwm_mib"] = round(sum(_status_kb(p, "VmHWM") for p in _tree(service.pid)) / 1024, 1)
            out["processes"] = len(_tree(service.pid))
            service.send_signal(signal.SIGTERM)
            out["exit"] = service.wait(60)
            if logs:
                shutil.copy(log, Path(logs) / "lmtp.log")
            m = re.search(r"stopped: (.*)", log.read_text())
            out["service_stats"] = m.group(1) if m else None
            cpu = re.search(r"CPU s: (.*)", out["service_stats"] or "")
            if cpu:
                out["service_thread_cpu_s"] = {k: float(v) for k, v in (x.split() for x in cpu.group(1).split(", "))}
            g = re.search(r"(\d+) group\(s\), (\d+) durable commit", out["service_stats"] or "")
            if g:
                out["group_commits"], out["durable_commits"] = int(g.group(1)), int(g.group(2))
        return out
    finally:
        if service is not None and service.poll() is None:
            service.kill()
            service.wait(10)
        shutil.rmtree(spool_root, ignore_errors=True)
        shutil.rmtree(state_root, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bounces", type=int, default=1000)
    ap.add_argument("--only", choices=("lmtp", "pipe"))
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--logs", metavar="DIR", help="keep Postfix's maillog and the service's log there")
    args = ap.parse_args()
    if ms.unavailable_reason():
        raise SystemExit(f"bench_lmtp: {ms.unavailable_reason()}")
    venv = ms.pipe_venv(CACHE)
    py = subprocess.run([str(venv / "bin" / "python"), "-VV"], capture_output=True, text=True).stdout.strip()
    dsn = postfix_dsn()
    print(f"{args.bounces} bounces, {os.cpu_count()} CPUs, {py}; Postfix queue on {TMPFS} (tmpfs), "
          f"store on {DISK} (disk)")
    results = {}
    for transport in ("lmtp", "pipe"):
        if args.only and transport != args.only:
            continue
        r = results[transport] = run(transport, venv, dsn, args.bounces, args.logs)
        line = (f"Postfix -> {transport:4}: {r['bounces']} bounces in {r['seconds']:7.2f} s = "
                f"{r['bounces_per_s']:7.1f} bounces/s; recorded {r['recorded']}, deferred again {r['deferred_again']}")
        if transport == "lmtp":
            line += (f"; service CPU {r['service_cpu_s']} s ({r['service_cpu_ms_per_bounce']} ms/bounce, start-up "
                     f"included: {r.get('service_thread_cpu_s')}); peak RSS {r['peak_rss_vmhwm_mib']} MiB (VmHWM, "
                     f"{r['processes']} process), "
                     f"sampled {r['peak_rss_sampled_mib']} MiB; {r.get('group_commits')} group commits; "
                     f"exit {r['exit']}")
        else:
            line += f"; pipes' summed RSS peak (sampled) {r['peak_rss_sampled_mib']} MiB"
        print(line, flush=True)
    if "lmtp" in results and "pipe" in results:
        print(f"LMTP / pipe: {results['lmtp']['bounces_per_s'] / results['pipe']['bounces_per_s']:.1f}x")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
