"""``bouncefilter events --config FILE``: the stored events as JSON lines (the webhook body), with
every control character escaped (safe on a terminal); ``--format text``: a readable table (time,
event, kind, address, class, reason, trust level), a cut value marked with "…".

``--kind`` and ``--event`` take only the names events carry (:data:`filter.core.model.KINDS`,
:data:`filter.config.EVENT_TYPES`): anything else is a usage error (exit 2), not an empty answer."""
from __future__ import annotations

import argparse
import json
import sys
import time

from filter.commands import add_config_argument, fail, guarded, load_config


#: (title, width) of the text table's columns; the last one is not padded
COLUMNS = (("time", 20), ("event", 15), ("kind", 11), ("address", 38), ("class", 12), ("reason", 24),
           ("trust", 0))


def configure(parser: argparse.ArgumentParser) -> None:
    from filter.config import EVENT_TYPES
    from filter.core.model import KINDS

    add_config_argument(parser)
    parser.add_argument("--address", help="only events about this recipient address")
    parser.add_argument("--kind", choices=KINDS, metavar="KIND",
                        help=f"only this kind: {', '.join(KINDS)}")
    parser.add_argument("--event", choices=EVENT_TYPES, metavar="EVENT",
                        help=f"only this event type: {', '.join(EVENT_TYPES)}")
    parser.add_argument("--format", choices=("json", "text"), default="json",
                        help="json: one JSON object per line, the webhook body (default); text: a readable table")
    parser.add_argument("--since", help="received since a date (2024-05-01, 2024-05-01T12:00:00Z, UTC) "
                        "or a duration ago (7d)")
    parser.add_argument("--limit", type=int, help="at most this many")


def parse_since(text: str) -> float:
    from filter.config import parse_duration

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
    from filter.core.address import json_printable
    from filter.store import open_store

    since = parse_since(args.since) if args.since else None
    text = getattr(args, "format", "json") == "text"
    with open_store(config) as store:
        out = sys.stdout
        if text:
            out.write(_row([title for title, _ in COLUMNS]))
        for payload in store.events(address=args.address, kind=args.kind, event=args.event, since=since,
                                    limit=args.limit):
            if text:
                out.write(table_row(payload))
                continue
            # JSON escapes C0 controls (ESC, CR, LF); DEL, C1 (CSI 0x9b, OSC 0x9d), U+2028 and
            # bidi controls it leaves raw are escaped too: one line, no terminal escape sequence
            out.write(json_printable(json.dumps(payload, ensure_ascii=False, separators=(",", ":"))) + "\n")
    return 0


def table_row(payload: dict) -> str:
    """One event as a row of the text table (``-`` for what it does not carry)."""
    rcpt = payload.get("recipient") or {}
    suppression = payload.get("suppression") or {}
    reason = rcpt.get("reason") or suppression.get("reason")
    if payload.get("event") == "quarantined":
        reason = (payload.get("quarantine") or {}).get("reason")
    address = rcpt.get("address")
    if address is None and (rcpt.get("address_refused") or {}).get("address"):
        address = "refused: " + str(rcpt["address_refused"]["address"])
    trust = (payload.get("trust") or {}).get("level")
    return _row([payload.get("received_at"), payload.get("event"), payload.get("kind"), address,
                 rcpt.get("class") or suppression.get("class"), reason, trust])


def _row(values: list) -> str:
    from filter.core.address import printable
    from filter.commands.classify import _stdout_encoding, fit

    encoding = _stdout_encoding()
    cells = []
    for (_, width), value in zip(COLUMNS, values):
        cell = printable(str(value)) if value not in (None, "") else "-"  # one line, no escape sequence
        cells.append(f"{fit(cell, width, encoding):{width}}" if width else cell)
    return " ".join(cells).rstrip() + "\n"
