"""``bouncefilter reconfirm run [--dry-run] [--json] | serve [--listen HOST:PORT]``: re-confirmation
before a removal for good (``reconfirm:``, :mod:`filter.hygiene.reconfirm`, docs/hygiene.md).

``run`` sends the pending re-confirmation mails through the configured relay (``reconfirm_sent``)
and makes final the removals nobody answered within ``reconfirm.wait`` (``removed``); ``outbox
work`` does the same every ``soft_bounce.probation_interval``.  ``serve`` is the tiny built-in
endpoint for the links (``/reconfirm``, ``/reconfirm/unsubscribe``) on ``reconfirm.listen``, for
sites that do not run ``bouncefilter web`` (which serves them too).

Exit: 0; 78 for an invalid config or one without a ``reconfirm:`` section; 69 when ``serve``
cannot listen.
"""
from __future__ import annotations

import argparse
import json
import sys

from filter.commands import (EX_CONFIG, EX_UNAVAILABLE, add_config_argument, add_service_arguments, check_http_listen,
                             fail, guarded, load_config, service_logging)


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="op", metavar="OP", required=True)
    p = sub.add_parser("run", help="send pending re-confirmation mails; make unanswered removals final")
    add_config_argument(p)
    p.add_argument("--dry-run", action="store_true", help="say what would be done, send and change nothing")
    p.add_argument("--json", action="store_true", help="the result as one JSON object")
    p = sub.add_parser("serve", help="serve the confirmation links (when bouncefilter web is not run)")
    add_service_arguments(p, "HOST:PORT or [IPv6]:PORT (default: reconfirm.listen, 127.0.0.1:8026)")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if config.reconfirm is None:
        fail("the config has no reconfirm: section (docs/hygiene.md)", EX_CONFIG)
    if args.op == "serve":
        return _serve(config, args)
    from filter.engine import Engine
    from filter.hygiene.reconfirm import run as reconfirm

    with Engine(config) as engine:
        r = reconfirm(engine, dry_run=args.dry_run, inline_budget=None)
    if args.json:
        print(json.dumps(r.to_dict()))
        return 0
    verb = "would send" if r.dry_run else "sent"
    for a in r.sent:
        print(f"{a}: re-confirmation {verb}")
    for a, why in r.failed:
        print(f"{a}: not sent now ({why})")
    for a in r.removed:
        print(f"{a}: {'would be removed' if r.dry_run else 'removed'} for good (no answer)")
    print(f"reconfirm: {verb} {len(r.sent)}, {len(r.failed)} not sent, {len(r.removed)} removed for good",
          file=sys.stderr)
    return 0


def _serve(config, args: argparse.Namespace) -> int:
    import logging

    service_logging("reconfirm", args.quiet)
    listen = args.listen or config.reconfirm.listen
    check_http_listen(listen)
    from filter import httpd
    from filter.web.app import create_reconfirm_app

    app = create_reconfirm_app(config)
    try:
        httpd.run(app, listen=listen, log=logging.getLogger("bouncefilter.reconfirm"), on_reload=lambda: None,
                  max_connections=config.web.max_connections, log_level="info")
    except SystemExit as e:  # uvicorn exits 1 when it cannot bind (it has logged why)
        if e.code:
            fail(f"cannot listen on {listen} (see the message above)", EX_UNAVAILABLE)
    finally:
        app.state.web.pool.close()
    return 0
