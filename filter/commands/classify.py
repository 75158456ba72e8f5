"""``bouncefilter classify [PATH ...]``: one JSON line (or table row) per message.

PATH may be a message file, a folder (read recursively, hidden files skipped), an mbox file
(recognised by its leading ``From `` line), or ``-`` for stdin (the default).  A path that
cannot be read is reported on stderr and the run goes on; the exit status is then 1.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator

from ..message import DEFAULT_MAX_BYTES

_CHUNK = 1 << 16


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="message files, folders, mbox files, or - for stdin (default)")
    parser.add_argument("--format", choices=("json", "text"), default="json",
                        help="json: one JSON object per line (default); text: a readable table")
    parser.add_argument("--verp", action="append", metavar="PATTERN",
                        help="VERP pattern(s) for the bounce address (default bounces+LOCAL=DOMAIN@*)")
    parser.add_argument("--envelope-recipient", metavar="ADDR",
                        help="envelope recipient of the bounce (for VERP decoding of a single message)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                        help=f"read at most this many bytes of each message (default {DEFAULT_MAX_BYTES})")


def run(args: argparse.Namespace) -> int:
    from .. import classify
    from ..model import Envelope

    envelope = Envelope(recipient=args.envelope_recipient) if args.envelope_recipient else None
    out = sys.stdout
    errors = 0
    if args.format == "text":
        out.write(f"{'source':40} {'kind':11} {'address':38} {'reason':18} {'class':12} {'status':8} reply\n")
    for source, data, error in iter_messages(args.paths or ["-"], args.max_bytes):
        if error:
            print(f"bouncefilter classify: {source}: {error}", file=sys.stderr)
            errors += 1
            continue
        report = classify(data, source=source, envelope=envelope, verp=args.verp, max_bytes=args.max_bytes)
        if args.format == "json":
            out.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
        else:
            out.write(_table_rows(report))
    out.flush()
    return 1 if errors else 0


def _table_rows(report) -> str:
    src = os.path.basename(report.source or "-")[:40]
    if not report.recipients:
        return f"{src:40} {report.kind:11} {'-':38}\n"
    rows = []
    for r in report.recipients:
        rows.append(f"{src:40} {report.kind:11} {(r.address or '?')[:38]:38} {r.reason:18} {r.class_:12} "
                    f"{r.status or '-':8} {r.reply_code or '-'}\n")
        src = ""
    return "".join(rows)


def iter_messages(paths: list[str], max_bytes: int) -> Iterator[tuple[str, bytes, str | None]]:
    """(source, raw bytes, error) for every message under the given paths, in order."""
    for path in paths:
        if path == "-":
            yield "-", read_bounded(sys.stdin.buffer, max_bytes), None
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield from _file(os.path.join(root, name), max_bytes)
        else:
            yield from _file(path, max_bytes)


def _file(path: str, max_bytes: int) -> Iterator[tuple[str, bytes, str | None]]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield path, b"", exc.strerror or str(exc)
        return
    with fh:
        try:
            head = fh.read(5)
            if head == b"From ":
                for n, data in enumerate(_mbox(fh, max_bytes)):
                    yield path, data, None
                return
            yield path, head + read_bounded(fh, max_bytes - len(head)), None
        except OSError as exc:
            yield path, b"", exc.strerror or str(exc)


def read_bounded(fh, limit: int) -> bytes:
    """Read at most ``limit`` bytes and drain the rest, so a writer on a pipe never blocks."""
    data = fh.read(limit)
    while fh.read(_CHUNK):
        pass
    return data


def _mbox(fh, max_bytes: int) -> Iterator[bytes]:
    """Messages of an mbox (the leading ``From `` line already consumed), each bounded."""
    fh.readline()  # rest of the first envelope line
    buf: list[bytes] = []
    size = 0
    prev_blank = True
    for line in fh:
        if line.startswith(b"From ") and prev_blank:
            yield b"".join(buf)
            buf, size = [], 0
            prev_blank = False
            continue
        prev_blank = not line.strip()
        if line.startswith(b">From "):  # mboxrd / mboxo quoting
            line = line[1:]
        if size < max_bytes:
            buf.append(line)
            size += len(line)
    if buf:
        yield b"".join(buf)
