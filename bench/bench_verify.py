"""``bouncefilter verify --file`` of 10,000 addresses against the local DNS server: prints figures,
asserts nothing (issue 15 asks for 10,000 addresses with a warm DNS cache in under a minute).

    .venv/bin/python bench/bench_verify.py [--addresses 10000] [--domains 500] [--probe-addresses 10000]

NSD (tests/dnsstack.py; the Debian package ``nsd``, no root needed) serves the test zone plus
``--domains`` domains ``bN.bench.test``, each with an MX host that resolves; the addresses are
``userK@bN.bench.test`` spread over them (so each domain is looked up once per run and
every other address of it comes from the cache).  aiosmtpd (``ProbeMX``) is the MX of every
domain for the probe, which reaches it through ``--probe-port``: each probed address is one SMTP
session (EHLO, MAIL, RCPT, RCPT of a random local part, RSET, QUIT).

Reported, each the median of ``--runs``:

* **cli**: the wall time of the whole command in a subprocess (interpreter start, reading the
  file, one lookup per domain, writing JSON lines to a file), and addresses/s;
* **warm**: in process, the same list through one :class:`filter.hygiene.verifier.Verifier` a second
  time, every domain in its cache (what a long-lived caller sees);
* **probe**: the cli with ``--probe`` over ``--probe-addresses`` addresses.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))


def addresses(n: int, domains: int) -> list[str]:
    return [f"user{i % 50}@b{i % domains}.bench.test" for i in range(n)]


def run_cli(path: Path, nameserver: str, extra: list[str]) -> tuple[float, int, dict[str, int]]:
    out = path.with_suffix(".out")
    started = time.monotonic()
    with open(out, "w") as f:
        r = subprocess.run([sys.executable, "-m", "filter.cli", "verify", "--file", str(path), "--nameserver",
                            nameserver, "--test-domains", *extra], stdout=f, stderr=subprocess.PIPE, text=True,
                           cwd=ROOT, timeout=1800)
    took = time.monotonic() - started
    if r.returncode != 0:
        raise SystemExit(f"verify exited {r.returncode}: {r.stderr}")
    import json

    verdicts: dict[str, int] = {}
    lines = out.read_text().splitlines()
    for line in lines:
        v = json.loads(line)["verdict"]
        verdicts[v] = verdicts.get(v, 0) + 1
    return took, len(lines), verdicts


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--addresses", type=int, default=10_000)
    p.add_argument("--domains", type=int, default=500)
    p.add_argument("--probe-addresses", type=int, default=10_000, help="0: no probe run")
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()

    from dnsstack import NsdServer, ProbeMX

    from filter.hygiene.mailhost import parse_nameserver
    from filter.hygiene.verifier import Settings, Verifier

    extra = [f"b{i}.bench MX 10 mx.b{i}.bench\nmx.b{i}.bench A 127.0.0.1" for i in range(args.domains)]
    work = Path(tempfile.mkdtemp(prefix="bench-verify-"))
    users = [f"user{i}" for i in range(50)]
    with NsdServer(extra=extra) as dns, ProbeMX(users=users, catch_all=()) as mx:
        listing = work / "list.txt"
        listing.write_text("\n".join(addresses(args.addresses, args.domains)) + "\n")
        print(f"{args.addresses} addresses over {args.domains} domains; NSD on {dns.address}; "
              f"{os.cpu_count()} CPUs")

        times = []
        for _ in range(args.runs):
            took, n, verdicts = run_cli(listing, dns.address, [])
            times.append(took)
        med = statistics.median(times)
        print(f"cli:   {med:6.2f} s  {n / med:8.0f} addresses/s  (runs: {', '.join(f'{t:.2f}' for t in times)}; "
              f"verdicts {verdicts})")

        settings = Settings(nameservers=(parse_nameserver(dns.address),), test_domains=True)
        items = addresses(args.addresses, args.domains)
        with Verifier(settings) as v:
            started = time.monotonic()
            list(v.verify_many(items))
            cold = time.monotonic() - started
            warm_times = []
            for _ in range(args.runs):
                started = time.monotonic()
                list(v.verify_many(items))
                warm_times.append(time.monotonic() - started)
            queries = v.resolver.queries
        warm = statistics.median(warm_times)
        print(f"warm:  {warm:6.2f} s  {args.addresses / warm:8.0f} addresses/s  (in process, every domain cached; "
              f"the first pass {cold:.2f} s, {queries} lookups in all)")

        if args.probe_addresses:
            plist = work / "probe.txt"
            plist.write_text("\n".join(addresses(args.probe_addresses, args.domains)) + "\n")
            times = []
            for _ in range(max(1, args.runs // 3)):
                took, n, verdicts = run_cli(plist, dns.address, ["--probe", "--probe-port", str(mx.port)])
                times.append(took)
            med = statistics.median(times)
            print(f"probe: {med:6.2f} s  {n / med:8.0f} addresses/s  ({n} SMTP sessions each run, "
                  f"aiosmtpd in this process; verdicts {verdicts}; DATA sent: {len(mx.messages)})")
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
