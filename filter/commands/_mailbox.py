"""What ``pop3bridge`` and ``imapbridge`` share: the options, the log lines, the run loop.

Both drain hosted mailboxes through the same drain (:mod:`pop3bridge.bridge`; the IMAP bridge
subclasses it), so their command lines behave the same: ``--once`` drains every account once
(exit 1 if any failed, one line per failure), otherwise they watch until SIGTERM/SIGINT (the
current group is finished and committed, exit 0), and SIGHUP finishes the current group, reads
the config again and goes on with it (an invalid config, or one without the section, is refused,
logged, and the old one goes on).  On a terminal one progress line; otherwise quiet JSON lines
on stderr, one per round that did something, one per failure.

Watching, with ``metrics:`` in the section (``pop3.metrics``, ``imap.metrics``), the bridge's
totals (:meth:`pop3bridge.bridge.Bridge.stats`) are served in Prometheus' format
(filter/metrics.py).  A reload hands the new bridge the same totals (they do not reset) and keeps
the server; a new ``metrics:`` address moves it (one that cannot be bound is logged, and the
bridge goes on without).  ``--once`` serves none: it exits before a scrape would come.
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import time
from typing import Any, Callable

from filter import sdnotify
from filter.commands import EX_CONFIG, EX_FAIL, EX_USAGE, add_config_argument, error, fail, load_config


def configure(parser: argparse.ArgumentParser, section: str) -> None:
    add_config_argument(parser)
    parser.add_argument("--once", action="store_true",
                        help="drain every account once and exit (exit 1 if any account failed)")
    parser.add_argument("--account", action="append", metavar="NAME",
                        help=f"only this account (repeatable; default: all of {section}.accounts)")
    parser.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                        help="the progress line (default: when stderr is a terminal)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every round, even empty ones")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        d = {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created)),
             "level": record.levelname.lower(), "message": record.getMessage()}
        d.update(getattr(record, "fields", None) or {})
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"), default=str)


class TextFormatter(logging.Formatter):
    def __init__(self, program: str):
        super().__init__()
        self.program = program

    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", None) or {}
        extra = " ".join(f"{k}={v}" for k, v in fields.items() if k != "account")
        who = f"{fields['account']}: " if "account" in fields else ""
        # start from a clean line: the progress line may be on it
        return f"\r\x1b[Kbouncefilter {self.program}: {who}{record.getMessage()}{' (' + extra + ')' if extra else ''}"


def _setup_logging(program: str, loggers: tuple[str, ...], tty: bool, verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(TextFormatter(program) if tty else JsonFormatter())
    for name in loggers:
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.propagate = False
        logger.setLevel(logging.DEBUG if verbose else logging.WARNING if tty else logging.INFO)


def _accounts(args: argparse.Namespace, section: str, config: Any) -> list:
    accounts = list(getattr(config, section).accounts)
    if args.account:
        known = {a.name for a in accounts}
        unknown = [n for n in args.account if n not in known]
        if unknown:
            fail(f"no {section} account named {', '.join(map(repr, unknown))} (known: {', '.join(sorted(known))})",
                 EX_USAGE)
        accounts = [a for a in accounts if a.name in args.account]
    return accounts


def _reload(args: argparse.Namespace, section: str, config: Any, accounts: list, log: logging.Logger):
    """The config read again after SIGHUP; the old one kept (and said why) when it is invalid or
    has no ``section`` any more."""
    from filter.config import ConfigError, load

    try:
        new = load(args.config)
    except ConfigError as e:
        log.error("reload refused: the config is invalid; going on with the one loaded before",
                  extra={"fields": {"errors": e.errors}})
        return config, accounts
    if getattr(new, section) is None:
        log.error(f"reload refused: no {section}: section any more; going on with the one loaded before")
        return config, accounts
    chosen = [a for a in getattr(new, section).accounts if not args.account or a.name in args.account]
    log.info("config reloaded", extra={"fields": {"accounts": [a.name for a in chosen]}})
    return new, chosen


def _metrics(listen: str | None, section: str, snapshot: Callable[[], dict], log: logging.Logger):
    """``section.metrics``: the server, or None (none asked for, or the port cannot be bound:
    draining matters more than metrics)."""
    if not listen:
        return None
    from filter import metrics
    from pop3bridge.bridge import METRICS_HELP

    try:
        return metrics.serve(listen, section, snapshot, gauges=frozenset({"accounts"}), help=METRICS_HELP)
    except OSError as e:
        log.warning(f"metrics: cannot listen on {listen}: {e.strerror or e}; running without")
        return None


def run(args: argparse.Namespace, *, section: str, program: str, docs: str, loggers: tuple[str, ...],
        make_bridge: Callable[..., Any], progress_class: Callable[[], Any], watching: str) -> int:
    """The command: ``make_bridge(config, accounts=..., progress=...)`` drains (``run_once``) or
    watches (``run_forever``, until its ``stop()``)."""
    config = load_config(args.config)
    if getattr(config, section) is None:
        fail(f"{args.config}: no {section}: section (see {docs})", EX_CONFIG)
    accounts = _accounts(args, section, config)
    tty = sys.stderr.isatty()
    progress = progress_class() if args.progress == "always" or (args.progress == "auto" and tty) else None
    _setup_logging(program, loggers, tty, args.verbose)
    log = logging.getLogger(loggers[-1])
    bridge = make_bridge(config, accounts=accounts, progress=progress)
    totals = bridge.totals  # kept across reloads
    # what the signals asked for; a signal that comes while a reload makes the next bridge is
    # meant for that bridge too (else a SIGTERM then would be lost and the service never stop)
    asked = {"reload": False, "stop": False}
    served = None

    def on_signal(signum, frame) -> None:
        asked["stop"] = True
        sdnotify.stopping()
        bridge.stop()

    def on_hup(signum, frame) -> None:  # reload: the current group finishes, then the new config
        asked["reload"] = True
        bridge.stop()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    if not args.once:
        previous[signal.SIGHUP] = signal.signal(signal.SIGHUP, on_hup)
    results = []
    try:
        if args.once:
            results = bridge.run_once()
        else:
            # the bridge of the moment: a reload replaces it, the server reads the new one
            served = _metrics(getattr(config, section).metrics, section, lambda: bridge.stats(), log)
            sdnotify.ready(watching)
            while True:
                bridge.run_forever()
                if asked["stop"] or not asked["reload"]:
                    break
                asked["reload"] = False
                sdnotify.reloading()
                config, accounts = _reload(args, section, config, accounts, log)
                bridge = make_bridge(config, accounts=accounts, progress=progress)
                bridge.totals = totals
                listen = getattr(config, section).metrics
                if listen != (served.listen if served is not None else None):
                    if served is not None:
                        served.close()
                    served = _metrics(listen, section, lambda: bridge.stats(), log)
                sdnotify.ready(f"{watching} (config reloaded)")
                if asked["stop"] or asked["reload"]:  # came while reloading: this bridge stops at once
                    bridge.stop()
    finally:
        if served is not None:
            served.close()
        for s, h in previous.items():
            signal.signal(s, h)
        if progress is not None:
            progress.finish()
    failed = [r for r in results if not r.ok]
    for r in failed:
        error(f"{section} account {r.account}: {r.error}")
    return EX_FAIL if failed else 0
