"""``bouncefilter process --config FILE PATH...``: run the whole engine over files.

PATHs are message files, folders (walked recursively, in name order; hidden files skipped, and
FIFOs, sockets and devices skipped with a line on stderr), mbox archives (a file starting with ``From ``), or ``-`` for one message on stdin.  The same code path
as the pipe and the POP3 bridge (:meth:`filter.engine.Engine.process`), so it serves for backfills
of old bounces: each message is recorded durably, then one outbox pass delivers what is due.
Processing a file twice records nothing twice.

Exit: 0 when every message was taken (recorded or quarantined), 1 when a path could not be read,
75 when the store is unavailable, 78 for an invalid config.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

from filter.commands import EX_FAIL, add_config_argument, error, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("paths", nargs="+", metavar="PATH", help="message files, folders, mbox archives, or -")
    parser.add_argument("--source", default="process", help="the source name events carry (default: process)")
    parser.add_argument("--no-deliver", action="store_true",
                        help="record only; leave deliveries to 'bouncefilter outbox work|flush'")
    parser.add_argument("--json", action="store_true", help="print one JSON line per message")


def _is_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(5) == b"From "
    except OSError:
        return False


def _regular_files(top: Path) -> list[Path]:
    """The regular files under ``top`` (hidden ones left out), in name order.  A FIFO, socket or
    device in the folder is skipped with a line on stderr: opening or reading it could block the
    run forever (a path named on the command line is read as given: ``<(cmd)``)."""
    import stat

    from filter.commands.classify import _file_type

    files = []
    for f in sorted(top.rglob("*")):
        if any(part.startswith(".") for part in f.relative_to(top).parts):
            continue
        try:
            mode = f.stat().st_mode
        except OSError:  # a dangling link, gone since the listing
            continue
        if stat.S_ISREG(mode):
            files.append(f)
        elif not stat.S_ISDIR(mode):
            error(f"{f}: skipped: {_file_type(mode)}, not a regular file")
    return files


def messages(paths: list[str], problems: list[str]) -> Iterator[tuple[str, bytes]]:
    """(name, raw bytes) for every message under the given paths."""
    import mailbox

    for arg in paths:
        if arg == "-":
            yield "<stdin>", sys.stdin.buffer.read()
            continue
        p = Path(arg)
        if p.is_dir():
            files = _regular_files(p)
        elif p.exists():
            files = [p]
        else:
            problems.append(f"{arg}: no such file or folder")
            continue
        for f in files:
            try:
                if _is_mbox(f):
                    box = mailbox.mbox(str(f), create=False)
                    try:
                        for i, key in enumerate(box.keys()):
                            yield f"{f}#{i + 1}", box.get_bytes(key)
                    finally:
                        box.close()
                else:
                    yield str(f), f.read_bytes()
            except (OSError, mailbox.Error) as e:
                problems.append(f"{f}: {getattr(e, 'strerror', None) or e}")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from filter.engine import Engine

    problems: list[str] = []
    n = new = dup = quarantined = enqueued = 0
    with Engine(config) as engine:
        for name, raw in messages(args.paths, problems):
            outcome = engine.process(raw, source=args.source, inline_budget=0)
            n += 1
            new += outcome.new
            dup += outcome.duplicate
            enqueued += outcome.enqueued
            if outcome.quarantined:
                quarantined += 1
                error(f"{name}: quarantined: {outcome.quarantined}")
            if args.json:
                r = outcome.report
                sys.stdout.write(json.dumps({
                    "path": name, "kind": r.kind if r else None, "events": [e["id"] for e in outcome.events],
                    "new": outcome.new, "duplicate": outcome.duplicate,
                    "quarantined": str(outcome.quarantined) if outcome.quarantined else None}) + "\n")
        result = None
        if not args.no_deliver and enqueued:
            result = engine.deliver()
        counts = engine.store.counts()
    for p in problems:
        error(p)
    summary = (f"processed {n} message(s): {new} new event(s), {dup} already seen, {quarantined} quarantined; "
               f"{enqueued} delivery(ies) enqueued")
    if result is not None:
        summary += f"; delivered {result.done}, retry later {result.retry}, dead {result.dead}"
    summary += f"; outbox: {counts['pending']} pending, {counts['dead']} dead"
    print(summary, file=sys.stderr)
    return EX_FAIL if problems else 0
