"""``bouncefilter suppression list|check|add|remove|export``: the store's suppression list.

``list`` prints one address per line; ``check ADDR`` prints its row as JSON and exits 0, or exits
1 when the address is not suppressed; ``add``/``remove`` go through the engine, so they make
``suppressed``/``unsuppressed`` events that the rules and the suppression files see like any
other; ``export --format plain|csv|postfix`` writes the whole list in a suppression_file format.
``add`` takes only an address the project's address rule accepts; what reaches the terminal has
its control characters and escape sequences escaped (``\\x1b``); ``export`` leaves out (with a
warning) any row that no list file could hold safely.
"""
from __future__ import annotations

import argparse
import json
import sys

from . import EX_FAIL, add_config_argument, fail, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="op", metavar="OP", required=True)
    p = sub.add_parser("list", help="print suppressed addresses, one per line")
    add_config_argument(p)
    p.add_argument("--long", action="store_true", help="one JSON object per address (reason, class, policy, seen)")
    p = sub.add_parser("check", help="exit 0 if ADDR is suppressed (and print why), 1 if not")
    add_config_argument(p)
    p.add_argument("address", metavar="ADDR")
    p = sub.add_parser("add", help="suppress ADDR by hand")
    add_config_argument(p)
    p.add_argument("address", metavar="ADDR")
    p.add_argument("--reason", default="manual", help="why (default: manual)")
    p = sub.add_parser("remove", help="lift the suppression of ADDR")
    add_config_argument(p)
    p.add_argument("address", metavar="ADDR")
    p = sub.add_parser("export", help="write the list in a suppression file format")
    add_config_argument(p)
    p.add_argument("--format", choices=("plain", "csv", "postfix"), default="plain")
    p.add_argument("--output", "-o", metavar="FILE", help="write FILE atomically instead of stdout")
    p.add_argument("--reject-status", help="postfix: the RFC 3463 status after REJECT (default: the "
                                           "config's postfix suppression_file action's, else 5.1.1)")


def _address(text: str) -> str:
    from ..address import address_problem, printable

    a = text.strip().lower()
    why = address_problem(a)
    if why:
        fail(f"{printable(text, 200)}: not an email address (local@domain): {why}", 2)
    return a


def _out(text: str) -> str:
    """Text for the terminal: controls, escape sequences (ESC, OSC 52 ...) and line breaks escaped."""
    from ..address import printable

    return printable(text)


def _json(obj) -> str:
    from ..address import json_printable

    return json_printable(json.dumps(obj, ensure_ascii=False))


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from ..store import Store

    if args.op in ("add", "remove"):
        from ..engine import Engine

        if args.op == "add":
            address = _address(args.address)
        else:  # any text: a row an older version let in can still be removed
            from ..address import address_problem

            address = args.address.strip().lower()
            if not address:
                fail("remove: an address is required", 2)
        with Engine(config) as engine:
            if args.op == "add":
                outcome = engine.suppress(address, reason=args.reason)
                what = "suppressed" if outcome.new else "already suppressed"
            else:
                legacy = bool(address_problem(address)) and engine.store.suppression(address) is not None
                outcome = engine.unsuppress(address)
                what = "unsuppressed" if outcome.new or legacy else "was not suppressed"
        extra = f" ({outcome.pending} delivery(ies) pending in the outbox)" if outcome.pending else ""
        print(f"{_out(address)}: {what}{extra}")
        return 0
    with Store(config.db_path, busy_timeout=config.busy_timeout) as store:
        if args.op == "check":
            row = store.suppression(_address(args.address))
            if row is None:
                print(f"{_out(args.address.strip().lower())}: not suppressed")
                return EX_FAIL
            print(_json(_row(row)))
            return 0
        rows = store.suppressed()
    if args.op == "list":
        for r in rows:
            sys.stdout.write((_json(_row(r)) if args.long else _out(r["address"])) + "\n")
        return 0
    from ..actions.suppression_file import ListFile, unlistable
    from ..address import printable

    # a row an older version let in (a control character, a path ...) is left out, with a warning:
    # no list file, and above all no access(5) map, ever gets a line it could misread
    kept = []
    for r in rows:
        why = unlistable(r["address"].lower())
        if why:
            sys.stderr.write(f"bouncefilter: export: left out ({why}): {printable(r['address'], 200)}\n")
        else:
            kept.append(r)
    rows = kept

    status = args.reject_status or next((a.options["reject_status"] for a in config.actions.values()
                                         if a.type == "suppression_file" and a.options["format"] == "postfix"),
                                        "5.1.1")
    lf = ListFile(args.output or "-", args.format, reject_status=status)
    entries = {r["address"]: lf.render(r) for r in rows}
    if args.output:
        try:
            lf.write(entries)
        except OSError as e:
            fail(f"{args.output}: {e.strerror or e}")
    else:
        sys.stdout.write(lf.text(entries))
    return 0


def _row(r: dict) -> dict:
    import time

    return {**r, "first_seen": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(r["first_seen"])),
            "last_seen": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(r["last_seen"]))}
