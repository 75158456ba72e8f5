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

from filter.commands import (
    EX_CONFIG,
    EX_UNAVAILABLE,
    add_service_arguments,
    check_http_listen,
    fail,
    guarded,
    load_config,
    service_logging,
    warn_if_store_unavailable,
)


def configure(parser: argparse.ArgumentParser) -> None:
    add_service_arguments(parser, "where to listen (default: ingest.listen of the config, 127.0.0.1:8026)")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config.ingest is None:
        fail(f"{args.config}: no ingest: section (docs/ingest.md)", EX_CONFIG)
    from filter.config import ingest_listen_problem

    if args.listen is not None:
        check_http_listen(args.listen)
        why = ingest_listen_problem(config.ingest, args.listen)
        if why:
            fail(f"--listen: {why}", EX_CONFIG)
    service_logging("ingest", args.quiet)
    for w in config.warnings:
        logging.getLogger("bouncefilter.ingest").warning("%s", w)
    try:
        from filter.ingest.service import serve
    except ImportError as e:
        fail(f"bouncefilter ingest needs starlette, uvicorn and cryptography: pip install bouncefilter ({e})",
             EX_UNAVAILABLE)
    warn_if_store_unavailable(config, "bouncefilter.ingest", "every notification is answered 503")
    try:
        serve(config, listen=args.listen)
    except SystemExit as e:  # uvicorn exits 1 when it cannot bind (it has logged why)
        if e.code:
            fail(f"cannot listen on {args.listen or config.ingest.listen}", EX_UNAVAILABLE)
    return 0
