"""``bouncefilter pop3bridge --config FILE [--once]``: drain the POP3 mailboxes of ``pop3.accounts``.

Without ``--once`` it polls every account each ``pop3.poll_interval`` (plus up to
``pop3.poll_jitter``), backing off after failed rounds, until SIGTERM or SIGINT: the current
message is finished (recorded and deleted), ``QUIT`` commits, exit 0.  With ``--once`` it drains
every account once and exits: 0 when all of them were drained, 1 when any failed (each failure is
one line on stderr naming the account and the server's answer).  78: invalid config.

Output: on a terminal, one progress line (messages done / total per account, counts by class);
otherwise quiet JSON lines on stderr: one per round that did something, one per failure.
Deliveries that fail inline stay in the outbox for ``bouncefilter outbox work``.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import time

from filter import sdnotify
from filter.commands import (
    EX_CONFIG,
    EX_FAIL,
    EX_USAGE,
    add_config_argument,
    error,
    fail,
    guarded,
    load_config,
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--once", action="store_true",
                        help="drain every account once and exit (exit 1 if any account failed)")
    parser.add_argument("--account", action="append", metavar="NAME",
                        help="only this account (repeatable; default: all of pop3.accounts)")
    parser.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                        help="the progress line (default: when stderr is a terminal)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every round, even empty ones")


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        d = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created)),
             "level": record.levelname.lower(), "message": record.getMessage()}
        d.update(getattr(record, "fields", None) or {})
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"), default=str)


class _TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", None) or {}
        extra = " ".join(f"{k}={v}" for k, v in fields.items() if k != "account")
        who = f"{fields['account']}: " if "account" in fields else ""
        # start from a clean line: the progress line may be on it
        return f"\r\x1b[Kbouncefilter pop3bridge: {who}{record.getMessage()}{' (' + extra + ')' if extra else ''}"


def _setup_logging(tty: bool, verbose: bool) -> None:
    logger = logging.getLogger("bouncefilter.pop3bridge")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_TextFormatter() if tty else _JsonFormatter())
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING if tty else logging.INFO)


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config.pop3 is None:
        fail(f"{args.config}: no pop3: section (see docs/config.md)", EX_CONFIG)
    accounts = list(config.pop3.accounts)
    if args.account:
        known = {a.name for a in accounts}
        unknown = [n for n in args.account if n not in known]
        if unknown:
            fail(f"no pop3 account named {', '.join(map(repr, unknown))} (known: {', '.join(sorted(known))})",
                 EX_USAGE)
        accounts = [a for a in accounts if a.name in args.account]

    from pop3bridge.bridge import Bridge, Progress

    tty = sys.stderr.isatty()
    progress = Progress() if args.progress == "always" or (args.progress == "auto" and tty) else None
    _setup_logging(tty, args.verbose)
    bridge = Bridge(config, accounts=accounts, progress=progress)

    def on_signal(signum, frame) -> None:
        sdnotify.stopping()
        bridge.stop()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    results = []
    try:
        if args.once:
            results = bridge.run_once()
        else:
            sdnotify.ready("polling")
            bridge.run_forever()
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
        if progress is not None:
            progress.finish()
    failed = [r for r in results if not r.ok]
    for r in failed:
        error(f"pop3 account {r.account}: {r.error}")
    return EX_FAIL if failed else 0
