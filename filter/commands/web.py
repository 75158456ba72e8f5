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

from filter.commands import (
    EX_CONFIG,
    EX_UNAVAILABLE,
    add_service_arguments,
    check_http_listen,
    fail,
    guarded,
    load_config,
    service_logging,
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_service_arguments(parser, "HOST:PORT or [IPv6]:PORT (default: web.listen of the config, 127.0.0.1:8025)")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    service_logging("web", args.quiet)
    from filter.config import web_listen_problem

    if args.listen is not None:
        check_http_listen(args.listen)
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
