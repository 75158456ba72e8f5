"""``bouncefilter ingest --config FILE [--listen HOST:PORT]``: receive ESP notifications over HTTP.

Serves ``/ingest/ses``, ``/ingest/sendgrid``, ``/ingest/postmark`` and ``/ingest/mailgun`` for
the providers configured in ``ingest:`` (docs/ingest.md), verifies each provider's signature and
records the events with the same engine as every other input.  Runs in the foreground until
SIGTERM/SIGINT; SIGHUP reloads the config.  See :mod:`filter.ingest.service`.

Exit: 0 after a clean stop, 78 for an invalid config (or no ``ingest:`` section), 69 when it
cannot listen.
"""
from __future__ import annotations

import argparse
import logging
import sys

from filter.commands import EX_CONFIG, add_config_argument, fail, guarded, load_config

EX_UNAVAILABLE = 69


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--listen", "-l", metavar="HOST:PORT",
                        help="where to listen (default: ingest.listen of the config, 127.0.0.1:8026)")
    parser.add_argument("--quiet", "-q", action="store_true", help="log warnings and errors only")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config.ingest is None:
        fail(f"{args.config}: no ingest: section (docs/ingest.md)", EX_CONFIG)
    from filter.config import ingest_listen_problem

    if args.listen is not None:
        import re

        if not re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}", args.listen):
            fail(f"--listen {args.listen!r}: expected HOST:PORT or [IPv6]:PORT", EX_CONFIG)
        why = ingest_listen_problem(config.ingest, args.listen)
        if why:
            fail(f"--listen: {why}", EX_CONFIG)
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(asctime)s bouncefilter ingest: %(levelname)s %(message)s")
    for w in config.warnings:
        logging.getLogger("bouncefilter.ingest").warning("%s", w)
    try:
        from filter.ingest.service import serve
    except ImportError as e:
        fail(f"bouncefilter ingest needs starlette, uvicorn and cryptography: pip install bouncefilter ({e})",
             EX_UNAVAILABLE)
    from filter.engine import Engine, StoreUnavailable

    try:  # say at start-up what would make every notification answered 503
        with Engine(config) as probe:
            probe.store.counts()
    except StoreUnavailable as e:
        logging.getLogger("bouncefilter.ingest").warning("%s: every notification is answered 503 until it works", e)
    try:
        serve(config, listen=args.listen)
    except SystemExit as e:  # uvicorn exits 1 when it cannot bind (it has logged why)
        if e.code:
            fail(f"cannot listen on {args.listen or config.ingest.listen}", EX_UNAVAILABLE)
    return 0
