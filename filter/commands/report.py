"""``bouncefilter report --config FILE [--since 30d] [--out FILE] [--format html|json]``.

The console's overview, domains and campaigns of one period as ONE self-contained HTML file
(styles inline, charts as inline SVG, no script, nothing loaded from anywhere: a cron job can
mail it), or ``--format json`` with the same numbers.  ``--since`` is a number of days (``30d``,
the default; whole UTC days ending today, as the console's periods); the file is written
atomically (``-`` or no ``--out``: stdout).
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from filter.commands import add_config_argument, fail, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--since", default="30d", help="the period in days: 7d, 30d (default), 90d ... (at most 400d)")
    parser.add_argument("--out", "-o", metavar="FILE", default="-", help="write FILE atomically ('-': stdout)")
    parser.add_argument("--format", choices=("html", "json"), default="html")
    parser.add_argument("--top", type=int, default=25, metavar="N", help="domains and campaigns shown (default 25)")


def _days(text: str) -> int:
    t = text.strip().lower()
    if t.endswith("d"):
        t = t[:-1]
    if not t.isdigit() or not 1 <= int(t) <= 400:
        fail(f"--since: {text!r}: a number of days from 1 to 400 (7d, 30d, 90d)", 2)
    return int(t)


def build(store, config, *, days: int, now: float, top: int = 25) -> dict:
    """The report's parts: the overview, the domains and the campaigns (dataclasses)."""
    from filter.web import data

    return {"ov": data.overview(store, config, days=days, now=now),
            "domains": data.domains(store, config, days=days, now=now, top=top),
            "campaigns": data.campaigns(store, config, days=days, now=now, top=top)}


def html(parts: dict, config) -> str:
    from filter.web.pages import environment

    return environment().get_template("report.html").render(
        **parts, standalone=True, principal=None, message=None, request_path="", days=parts["ov"].days,
        headers=config.web.campaign_headers)


def as_json(parts: dict) -> str:
    from dataclasses import asdict

    return json.dumps({"overview": parts["ov"].to_dict(), "domains": [asdict(d) for d in parts["domains"]],
                       "campaigns": [asdict(c) for c in parts["campaigns"]]}, ensure_ascii=False, indent=1)


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    days = _days(args.since)
    if args.top < 1:
        fail("--top: at least 1", 2)
    import importlib.util

    if importlib.util.find_spec("jinja2") is None:  # the report's templates: a clear error
        fail("the report needs jinja2: pip install bouncefilter")
    from filter.store import open_store

    with open_store(config) as store:
        parts = build(store, config, days=days, now=time.time(), top=args.top)
    text = html(parts, config) if args.format == "html" else as_json(parts) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
        return 0
    from pathlib import Path

    from filter.fsutil import write_atomic

    try:
        write_atomic(Path(args.out), text.encode("utf-8"), mode=0o644)
    except OSError as e:
        fail(f"{args.out}: {e.strerror or e}")
    return 0
