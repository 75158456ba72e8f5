"""``bouncefilter milter --config FILE [--socket inet:PORT@HOST|unix:PATH]``: run the milter.

Runs in the foreground until SIGTERM/SIGINT (libmilter takes up to ~5 s to notice), then finishes
the records under way.  SIGHUP reloads the config: messages that start afterwards use it, the ones
under way finish with the previous one, and an invalid file keeps the previous one (logged);
``milter.socket`` needs a restart.  Under systemd (``Type=notify``) it reports READY=1 once
listening, RELOADING=1 / READY=1 around a reload and STOPPING=1 (``conf/systemd/``).  One log
line per bounce on stderr.  Run it as the same user as the pipe
and ``outbox work`` (they share ``state_dir``).  See :mod:`filter.adapters.milter_app` and
``conf/postfix-main.cf`` / ``conf/sendmail.mc``.

Exit: 0 after a clean stop, 78 for an invalid config, 69 when pymilter is missing or the socket
cannot be opened.
"""
from __future__ import annotations

import argparse
import logging
import signal
import sys

from filter.commands import EX_CONFIG, add_config_argument, fail, guarded, load_config

EX_UNAVAILABLE = 69


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--socket", "-s", metavar="SPEC",
                        help="inet:PORT@HOST, inet6:PORT@HOST or unix:/PATH (default: milter.socket of the "
                             "config, inet:8899@127.0.0.1)")
    parser.add_argument("--name", default="bouncefilter", help="the milter's name (Sendmail's X line)")
    parser.add_argument("--quiet", "-q", action="store_true", help="log warnings and errors only")


@guarded
def run(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # until serve() handles it: not a stop while starting
    config = load_config(args.config)
    socket = args.socket or config.milter.socket
    if not (socket.startswith(("inet:", "inet6:", "unix:", "local:"))):
        fail(f"--socket: {socket!r} is not inet:PORT@HOST, inet6:PORT@HOST or unix:/PATH", EX_CONFIG)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s bouncefilter milter: %(levelname)s %(message)s")
    try:
        from filter.adapters.milter_app import serve
    except ImportError as e:
        fail(f"the milter needs pymilter: pip install 'bouncefilter[milter]' ({e})", EX_UNAVAILABLE)
    from filter.engine import Engine, StoreUnavailable

    try:  # say at start-up what would make every message go through unrecorded
        with Engine(config) as probe:
            probe.store.counts()
    except StoreUnavailable as e:
        logging.getLogger("bouncefilter.milter").warning("%s: bounces are accepted unrecorded until it "
                                                         "works", e)
    import Milter

    try:
        serve(config, socket, name=args.name, socket_fixed=args.socket is not None)
    except Milter.error as e:
        fail(f"cannot run the milter on {socket}: {e}", EX_UNAVAILABLE)
    return 0
