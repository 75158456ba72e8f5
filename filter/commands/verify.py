"""``bouncefilter verify ADDRESS... | --file FILE|-``: a verdict per address before it enters a list.

Each address gets ``deliverable``, ``undeliverable``, ``risky`` or ``unknown`` with its reasons
(:mod:`filter.hygiene.verifier`, docs/hygiene.md) and, for a typo of a big provider's domain, a
suggestion.  Output is one JSON object per line (``--format json``, the default: ``address``,
``verdict``, ``reasons``, ``suggestion``, ``normalized``, ``details``, ``mx``) or CSV with a header
(``--format csv``; reasons joined by ``;``, details by `` | ``; cells a spreadsheet would run as a
formula are neutralised as ``suppression export`` does), in the order of the input.

``--file`` reads a plain list (one address a line, ``#`` comments) or a CSV with a header naming
an address column (``address``, ``email``, ``recipient`` ...: the columns ``suppression import``
knows), chosen by ``--input-format`` or the file name (``*.csv``).  The exit status is 0 when
every address was checked, whatever the verdicts; 1 when some input rows held no address (each
reported on stderr as ``FILE:LINE: why``, the others checked all the same); 2 for a usage error;
78 for a bad config; 75 when the config's store cannot be read now.  On a terminal, stderr shows
the progress.  ``--config`` adds the config's ``dns:``/``verify:`` settings and the store's
history of each address (suppressed, bounced before); options given here win.
"""
from __future__ import annotations

import argparse
import sys
import time
from typing import Iterator

from filter.commands import EX_FAIL, EX_USAGE, add_config_argument, fail, guarded, load_config

#: CSV output columns
COLUMNS = ("address", "verdict", "reasons", "suggestion", "normalized", "details", "mx")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("addresses", nargs="*", metavar="ADDRESS", help="addresses to verify")
    parser.add_argument("--file", "-f", metavar="FILE", help="read addresses from FILE ('-' = stdin)")
    parser.add_argument("--input-format", choices=("plain", "csv"),
                        help="plain: one address per line, # comments; csv: a header with an address column "
                             "(default: csv for *.csv, else plain)")
    parser.add_argument("--format", choices=("json", "csv"), default="json",
                        help="json: one object per line (default); csv: a header, then one row per address")
    parser.add_argument("--nameserver", "-n", action="append", metavar="HOST[:PORT]",
                        help="ask this DNS server instead of the system's (repeat for more; [IPv6]:PORT)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS",
                        help="longest wait for one DNS lookup, every server included (default 5)")
    parser.add_argument("--concurrency", type=int, metavar="N", help="addresses checked at once (default 16)")
    parser.add_argument("--probe", action="store_true",
                        help="also ask each domain's MX (RCPT TO without DATA, catch-all test); off by default: "
                             "see docs/hygiene.md for its risks")
    parser.add_argument("--probe-port", type=int, metavar="PORT",
                        help="the port the probe connects to on the MX hosts (default 25)")
    parser.add_argument("--test-domains", action="store_true",
                        help="accept domains under .test (RFC 6761), refused otherwise: test setups")
    add_config_argument(parser, required=False)


def _progress(done: int, total: int, started: float) -> None:
    rate = done / max(time.monotonic() - started, 1e-6)
    pct = f" ({100 * done // total}%)" if total else ""
    sys.stderr.write(f"\rverify: {done}/{total}{pct} {rate:.0f}/s ")
    sys.stderr.flush()


def _csv_addresses(text: str, name: str, bad: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """(line number, address) of a CSV with a header row naming an address column."""
    from filter.commands.lists import csv_table
    from filter.engine.actions.suppression_file import csv_uncell

    table = csv_table(text, name)
    if table is None:
        return
    _, col, rows = table
    for n, fields in rows:
        if col >= len(fields) or not fields[col].strip():
            bad.append((n, "no address in this row"))
            continue
        yield n, csv_uncell(fields[col].strip())


def _inputs(args: argparse.Namespace, bad: list[tuple[int, str]]) -> tuple[list[str], str]:
    """The addresses to check, and the input's name for messages."""
    if args.file is None:
        return list(args.addresses), "<arguments>"
    from filter.commands.lists import plain_entries, read_input

    text, name = read_input(args.file)
    fmt = args.input_format or ("csv" if args.file.lower().endswith(".csv") else "plain")
    if fmt == "csv":
        return [a for _, a in _csv_addresses(text, name, bad)], name
    return [a for _, a, _ in plain_entries(text)], name


@guarded
def run(args: argparse.Namespace) -> int:
    from filter.core.address import printable

    if args.file is not None and args.addresses:
        fail("give addresses or --file, not both", EX_USAGE)
    if args.file is None and not args.addresses:
        fail("no address: give ADDRESS... or --file FILE ('-' for stdin)", EX_USAGE)
    if args.concurrency is not None and not 1 <= args.concurrency <= 256:
        fail("--concurrency: from 1 to 256", EX_USAGE)
    if args.probe_port is not None and not 0 < args.probe_port < 65536:
        fail("--probe-port: from 1 to 65535", EX_USAGE)
    if args.timeout is not None and not args.timeout > 0:
        fail("--timeout: a number of seconds above 0", EX_USAGE)

    from filter.hygiene import mailhost
    from filter.hygiene.verifier import History, Settings, Verifier, _with_probe_port, open_store

    try:
        names = tuple(mailhost.parse_nameserver(n) for n in args.nameserver or ())
    except ValueError as e:
        fail(f"--nameserver {e}", EX_USAGE)
    overrides = {"nameservers": names or None, "lifetime": args.timeout, "concurrency": args.concurrency,
                 "test_domains": True if args.test_domains else None, "probe": True if args.probe else None}
    if args.timeout is not None:  # one server may take part of it, then the next is asked
        overrides["timeout"] = min(args.timeout / 2, 2.0)
    config = load_config(args.config) if args.config else None
    try:
        if config is not None:
            settings = Settings.from_config(config, **overrides)
        else:
            settings = Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValueError as e:  # a nameserver of the config that does not resolve
        fail(f"{args.config}: dns.nameservers: {e}", EX_USAGE)
    if args.probe_port is not None:
        settings = _with_probe_port(settings, args.probe_port)

    bad: list[tuple[int, str]] = []
    addresses, name = _inputs(args, bad)
    for n, why in bad[:100]:
        sys.stderr.write(f"bouncefilter: {printable(name)}:{n}: {why}\n")
    if len(bad) > 100:
        sys.stderr.write(f"bouncefilter: ... and {len(bad) - 100} more bad line(s)\n")

    try:
        verifier = Verifier(settings)
    except ValueError as e:  # no system resolver
        fail(str(e), EX_USAGE)
    store = open_store(config) if config is not None else None
    if store is not None:
        verifier.history = History(store, config.soft_bounce.threshold)
    tty = sys.stderr.isatty()
    started = last = time.monotonic()
    done = 0
    try:
        write = _writer(args.format)
        for done, result in enumerate(verifier.verify_many(addresses), 1):
            write(result)
            if tty and time.monotonic() - last > 0.2:
                last = time.monotonic()
                _progress(done, len(addresses), started)
        sys.stdout.flush()
    finally:
        if tty and addresses:
            _progress(done if addresses else 0, len(addresses), started)
            sys.stderr.write("\n")
        if store is not None:
            store.close()
    return EX_FAIL if bad else 0


def _writer(fmt: str):
    """A function that prints one Result in ``fmt``, a CSV header first."""
    import json

    from filter.core.address import json_printable, printable

    if fmt == "json":
        def write(result) -> None:
            sys.stdout.write(json_printable(json.dumps(result.to_dict(), ensure_ascii=False)) + "\n")
        return write
    import csv

    from filter.engine.actions.suppression_file import csv_cell

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(COLUMNS)

    def write_csv(result) -> None:
        d = result.to_dict()
        row = [d["address"], d["verdict"], ";".join(d["reasons"]), d["suggestion"] or "", d["normalized"] or "",
               " | ".join(d["details"]), " ".join(d["mx"])]
        out.writerow([csv_cell(printable(c)) for c in row])
    return write_csv
