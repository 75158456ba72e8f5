"""``bouncefilter events --config FILE``: the stored events as JSON lines (the webhook body), with
every control character escaped (safe on a terminal)."""
from __future__ import annotations

import argparse
import json
import sys
import time

from . import add_config_argument, fail, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--address", help="only events about this recipient address")
    parser.add_argument("--kind", help="only this kind (failed, delayed, complaint, ...)")
    parser.add_argument("--event", help="only this event type (bounce, suppressed, unsuppressed, quarantined)")
    parser.add_argument("--since", help="received since a date (2024-05-01, 2024-05-01T12:00:00Z, UTC) "
                        "or a duration ago (7d)")
    parser.add_argument("--limit", type=int, help="at most this many")


def parse_since(text: str) -> float:
    from ..config import parse_duration

    try:
        return time.time() - parse_duration(text)
    except ValueError:
        pass
    import calendar

    for fmt in ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return float(calendar.timegm(time.strptime(text, fmt)))
        except ValueError:
            continue
    fail(f"--since: {text!r} is neither a date (2024-05-01[T12:00:00Z], UTC) nor a duration (7d)", 2)


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from ..address import json_printable
    from ..store import Store

    since = parse_since(args.since) if args.since else None
    with Store(config.db_path, busy_timeout=config.busy_timeout) as store:
        out = sys.stdout
        for payload in store.events(address=args.address, kind=args.kind, event=args.event, since=since,
                                    limit=args.limit):
            # JSON escapes C0 controls (ESC, CR, LF); DEL, C1 (CSI 0x9b, OSC 0x9d), U+2028 and
            # bidi controls it leaves raw are escaped too: one line, no terminal escape sequence
            out.write(json_printable(json.dumps(payload, ensure_ascii=False, separators=(",", ":"))) + "\n")
    return 0
