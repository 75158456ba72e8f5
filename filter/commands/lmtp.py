"""``bouncefilter lmtp --config FILE [--listen unix:/PATH|HOST:PORT]``: run the LMTP service.

Postfix delivers bounces to it with its ``lmtp`` client (``conf/postfix-master.cf``,
``conf/postfix-main.cf``): one long-running process instead of one ``bouncefilter pipe`` per
bounce.  Runs in the foreground until SIGTERM/SIGINT (sessions in a transaction finish it first);
SIGHUP reloads the config, SIGUSR1 logs the counters.  One log line per message on stderr.  Run
it as the same user as ``outbox work`` and any pipe (they share ``state_dir``).  See
:mod:`filter.adapters.lmtp_app` and ``docs/config.md`` (``lmtp:``).

Exit: 0 after a clean stop, 78 for an invalid config, 69 when it cannot listen.
"""
from __future__ import annotations

import argparse

from filter.commands import (
    EX_CONFIG,
    EX_UNAVAILABLE,
    add_service_arguments,
    fail,
    guarded,
    load_config,
    service_logging,
    warn_if_store_unavailable,
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_service_arguments(parser, "unix:/PATH, HOST:PORT or [IPv6]:PORT (default: lmtp.listen of the config, "
                                  "127.0.0.1:2424)")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    service_logging("lmtp", args.quiet)
    try:
        from filter.adapters.lmtp_app import ListenError, parse_listen, serve
    except ImportError as e:
        fail(f"the LMTP service needs aiosmtpd: pip install aiosmtpd ({e})", EX_UNAVAILABLE)
    listen = args.listen or config.lmtp.listen
    try:
        parse_listen(listen)
    except ListenError as e:
        fail(f"--listen: {e}", EX_CONFIG)
    warn_if_store_unavailable(config, "bouncefilter.lmtp", "every message is deferred (451)")
    try:
        serve(config, listen=args.listen)
    except ListenError as e:
        fail(str(e), EX_UNAVAILABLE)
    return 0
