"""``bouncefilter web --config FILE [--listen HOST:PORT]``: the console, the HTTP API and /metrics.

Runs in the foreground until SIGTERM/SIGINT (requests in progress finish); SIGHUP reloads the
config (tokens, limits, campaign headers; the listen address needs a restart).  Listens on
``web.listen`` (127.0.0.1:8025 by default); another address than loopback needs ``web.tokens``
and TLS (``web.tls_cert``/``tls_key``), or ``web.allow_insecure: true``.  See docs/web.md.

Exit: 0 after a clean stop, 78 for an invalid config or a refused address, 69 when it cannot
listen.
"""
from __future__ import annotations

import argparse
import logging
import re
import sys

from filter.commands import EX_CONFIG, add_config_argument, fail, guarded, load_config

EX_UNAVAILABLE = 69


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--listen", "-l", metavar="HOST:PORT",
                        help="HOST:PORT or [IPv6]:PORT (default: web.listen of the config, 127.0.0.1:8025)")
    parser.add_argument("--quiet", "-q", action="store_true", help="log warnings and errors only")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s bouncefilter web: %(levelname)s %(message)s")
    from filter.config import web_listen_problem

    if args.listen is not None:
        if not re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}", args.listen) or \
                not 0 < int(args.listen.rpartition(":")[2]) < 65536:
            fail(f"--listen: {args.listen!r} is not HOST:PORT or [IPv6]:PORT", 2)
        why = web_listen_problem(config.web, args.listen)
        if why:
            fail(f"--listen: {why}", EX_CONFIG)
    try:
        from filter.web.app import serve
    except ImportError as e:
        fail(f"the web console needs starlette, uvicorn, jinja2 and prometheus-client: pip install "
             f"bouncefilter ({e})", EX_UNAVAILABLE)
    try:
        serve(config, listen=args.listen)
    except SystemExit as e:  # uvicorn exits 1 when it cannot bind (it has logged why)
        if e.code:
            fail(f"cannot listen on {args.listen or config.web.listen} (see the message above)", EX_UNAVAILABLE)
    return 0
