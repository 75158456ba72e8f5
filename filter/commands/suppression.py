"""``bouncefilter suppression list|check|add|remove|export|import``: the store's suppression list.

``list`` prints one address per line; ``check ADDR`` prints its row as JSON and exits 0, or exits
1 when the address is not suppressed; ``add``/``remove`` go through the engine, so they make
``suppressed``/``unsuppressed`` events that the rules and the suppression files see like any
other; ``export --format plain|csv|postfix`` writes the whole list in a suppression_file format.
``add`` takes only an address the project's address rule accepts; what reaches the terminal has
its control characters and escape sequences escaped (``\\x1b``); ``export`` leaves out (with a
warning) any row that no list file could hold safely.

``import FILE|-`` adds many addresses at once (users migrating from another tool): ``plain`` (one
address per line; ``#`` starts a comment) or ``csv`` (a header row naming an ``address`` column -
or ``email`` / ``recipient`` - and optionally ``reason`` and/or a BounceStudio code column -
``bouncestudio_code``, ``code``, ``type`` - mapped to our reasons, :data:`CODE_REASONS`); the
format defaults to ``csv`` for a ``.csv`` file, else ``plain``.  Every address goes through the
project's address rule; a line it refuses is reported (``FILE:LINE: why``) and not imported, and
the command then exits 1 (0 when every line was good).  Idempotent: an address already listed
is counted as skipped and left as it is.  One transaction for all, each new address a
``suppressed`` event through the rules, as ``add`` makes, and each suppression file rewritten
once (:meth:`filter.engine.Engine.suppress_many`); other actions' deliveries are left to
``outbox work``.

``probation [--dry-run] [--json]`` runs the probation pass once (:mod:`filter.hygiene.probation`,
docs/hygiene.md): soft-bounce suppressions quiet for ``soft_bounce.probation_after`` are lifted
into probation (``probation`` events; with ``probation_verify`` an undeliverable one is kept),
and probations past their end are forgotten; ``--dry-run`` says what it would do and changes
nothing.  ``outbox work`` runs the same every ``soft_bounce.probation_interval``.
"""
from __future__ import annotations

import argparse
import json
import sys

from filter.commands import EX_FAIL, add_config_argument, fail, guarded, load_config


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
    p = sub.add_parser("import", help="suppress every address of FILE (plain or CSV), in one transaction")
    add_config_argument(p)
    p.add_argument("file", metavar="FILE", help="the list ('-' = stdin)")
    p.add_argument("--format", choices=("plain", "csv"),
                   help="plain: one address per line, # comments; csv: a header with an address column and "
                        "optionally reason / bouncestudio_code (default: csv for *.csv, else plain)")
    p.add_argument("--reason", default="manual",
                   help="the reason of addresses the file gives none for (default: manual)")
    p = sub.add_parser("probation", help="lift soft-bounce suppressions quiet for soft_bounce.probation_after "
                                         "into probation (docs/hygiene.md)")
    add_config_argument(p)
    p.add_argument("--dry-run", action="store_true", help="say what would be done, change nothing")
    p.add_argument("--json", action="store_true", help="the result as one JSON object")


def _address(text: str) -> str:
    from filter.core.address import address_problem, printable

    a = text.strip().lower()
    why = address_problem(a)
    if why:
        fail(f"{printable(text, 200)}: not an email address (local@domain): {why}", 2)
    return a


def _out(text: str) -> str:
    """Text for the terminal: controls, escape sequences (ESC, OSC 52 ...) and line breaks escaped."""
    from filter.core.address import printable

    return printable(text)


def _json(obj) -> str:
    from filter.core.address import json_printable

    return json_printable(json.dumps(obj, ensure_ascii=False))


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from filter.store import open_store

    if args.op == "import":
        return _import(config, args)
    if args.op == "probation":
        return _probation(config, args)
    if args.op in ("add", "remove"):
        from filter.engine import Engine

        if args.op == "add":
            address = _address(args.address)
        else:  # any text: a row an older version let in can still be removed
            from filter.core.address import address_problem

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
    with open_store(config) as store:
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
    from filter.engine.actions.suppression_file import ListFile, unlistable
    from filter.core.address import printable

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


# -- import --------------------------------------------------------------------------------------
def _code_reasons() -> dict[int, str | None]:
    """BounceStudio type code -> our reason: the first reason of :data:`filter.core.model.REASONS`
    with that code, except where that one is too narrow for the code's general meaning."""
    from filter.core.model import REASONS

    out: dict[int, str | None] = {}
    for name, (_, code) in REASONS.items():
        out.setdefault(code, name)
    # 0 "not a bounce": the reason given by --reason; 20 "soft, general"; 30 "recipient not
    # extracted", 40 "general", 70 "transient (a delay warning)": no cause known
    out.update({0: None, 20: "system_error", 30: "undefined", 40: "undefined", 70: "undefined"})
    return out


#: BounceStudio code -> reason (None: the --reason default); see :func:`_code_reasons`
CODE_REASONS = _code_reasons()
_CODE_COLUMNS = ("bouncestudio_code", "bouncestudio", "bounce_code", "code", "type", "bounce_type")
_MAX_SHOWN = 100  # bad lines printed at most (then how many more)


def reason_problem(text: str) -> str | None:
    from filter.core.address import printable

    if len(text) > 200:
        return "a reason is at most 200 characters"
    plain = text.replace("\\", "")  # printable() doubles a backslash: that one is fine
    if printable(plain) != plain or "\ufffd" in text:
        return "a reason holds a control character or bytes that are not UTF-8"
    return None





def csv_entries(text: str, name: str, bad: list):
    """(line number, address, reason or None) of a CSV list with a header row: the reason from a
    ``reason`` column, else from a BounceStudio code column (:data:`CODE_REASONS`)."""
    from filter.commands.lists import csv_table
    from filter.engine.actions.suppression_file import csv_uncell

    table = csv_table(text, name)
    if table is None:
        return
    header, col, rows = table
    rcol = header.index("reason") if "reason" in header else None
    ccol = next((header.index(c) for c in _CODE_COLUMNS if c in header), None)
    for n, fields in rows:
        if col >= len(fields):
            bad.append((n, "no address in this row"))
            continue
        address = csv_uncell(fields[col].strip())
        reason = csv_uncell(fields[rcol].strip()) if rcol is not None and rcol < len(fields) else ""
        code = fields[ccol].strip() if ccol is not None and ccol < len(fields) else ""
        from filter.core.model import REASONS

        if reason and reason.lower() in REASONS:
            reason = reason.lower()
        elif not reason and code:
            if not code.isdigit() or int(code) not in CODE_REASONS:
                bad.append((n, f"{_out(code)[:40]!r} is not a BounceStudio code "
                               f"({', '.join(str(c) for c in sorted(CODE_REASONS))})"))
                continue
            reason = CODE_REASONS[int(code)] or ""
        yield n, address, reason or None


def _import(config, args) -> int:
    import gc

    # a one-shot bulk load: its rows, events and deliveries hold no reference cycles, and the cyclic
    # collector rescanning the growing heap cost about a tenth of an import of 100,000 addresses
    gc.disable()
    try:
        return _import_all(config, args)
    finally:
        gc.enable()


def _import_all(config, args) -> int:
    from filter.commands.lists import plain_entries, read_input
    from filter.core.address import address_problem, printable
    from filter.engine import Engine

    why = reason_problem(args.reason)
    if why:
        fail(f"--reason: {why}", 2)
    fmt = args.format or ("csv" if args.file.lower().endswith(".csv") else "plain")
    text, name = read_input(args.file)
    bad: list[tuple[int, str]] = []
    entries: list[tuple[str, str | None]] = []
    rows = csv_entries(text, name, bad) if fmt == "csv" else plain_entries(text)
    for n, address, reason in rows:
        a = address.lower()
        # the address rule (filter.core.address), and what a list file could misread (unlistable)
        why = address_problem(a) or ("starts with '#' (a comment in a list file)" if a.startswith("#") else None)
        if why:
            bad.append((n, f"{printable(address, 80)}: not an address (local@domain): {why}"))
            continue
        if reason is not None:
            problem = reason_problem(reason)
            if problem:
                bad.append((n, problem))
                continue
        entries.append((a, reason))
    bad.sort()
    for n, why in bad[:_MAX_SHOWN]:
        sys.stderr.write(f"bouncefilter: {_out(name)}:{n}: {why}\n")
    if len(bad) > _MAX_SHOWN:
        sys.stderr.write(f"bouncefilter: ... and {len(bad) - _MAX_SHOWN} more bad line(s)\n")
    import time

    started = time.monotonic()
    with Engine(config) as engine:
        out = engine.suppress_many(entries, reason=args.reason, source="import", inline_budget=0)
    took = time.monotonic() - started
    files = [f"{n} ({'rewritten' if e is None else 'not rewritten: ' + printable(e, 200)})"
             for n, e in out.mirrored.items()]
    print(f"import: {len(out.added)} suppressed, {out.skipped} already suppressed (skipped), "
          f"{len(bad)} bad line(s) not imported; {took:.1f}s"
          + (f"; lists: {', '.join(files)}" if files else "")
          + (f"; {out.pending} delivery(ies) pending in the outbox (outbox work delivers them)" if out.pending else ""))
    return EX_FAIL if bad else 0


def _probation(config, args: argparse.Namespace) -> int:
    """One probation run; deliveries within ``outbox.inline_budget``, the rest to ``outbox work``."""
    from filter.engine import Engine
    from filter.hygiene.probation import run as probation, summary

    with Engine(config) as engine:
        result = probation(engine, dry_run=args.dry_run, inline_budget=None)
    if args.json:
        print(_json(result.to_dict()))
        return 0
    for a in result.probation:
        print(f"{_out(a)}: {'would go' if result.dry_run else 'went'} on probation")
    for a, why in result.held:
        print(f"{_out(a)}: kept suppressed ({_out(why)})")
    for a in result.graduated:
        print(f"{_out(a)}: probation {'would end' if result.dry_run else 'ended'}")
    print(summary(result), file=sys.stderr)
    return 0
