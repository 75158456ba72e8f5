"""``log``: append each event as one JSON line to a file.

Each line is appended whole or not at all.  Writers (several pipe processes, the worker) take
turns under an ``flock`` of the file; the line is written on an ``O_APPEND`` descriptor until every
byte is out (a full disk makes ``write`` short or fail with ENOSPC).  On any failure the file is
truncated back to its length before the line, and the delivery is retried (never marked done
over a torn line); a fragment left by a crash is ended with a newline before the next line, so
lines are never glued together.  ``fsync: true`` makes each line durable before the delivery
counts as done (a failed fsync truncates and retries too).
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
from typing import Any

from filter.core.address import json_printable
from filter.engine.actions import Context, Retry


class Action:
    def __init__(self, cfg, config):
        self.name = cfg.name
        self.path = cfg.options["path"]
        self.fsync = bool(cfg.options.get("fsync"))

    def deliver(self, event: dict[str, Any], ctx: Context) -> None:
        # one line whatever the event holds: JSON escapes CR/LF, json_printable the rest (NEL,
        # U+2028, DEL, C1, bidi controls) that a log reader or a terminal could take for a break
        line = (json_printable(json.dumps(event, separators=(",", ":"), ensure_ascii=False)) + "\n").encode(
            "utf-8", "backslashreplace")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o640)
            try:
                append_line(fd, line, self.fsync, self.path)
            finally:
                os.close(fd)
        except OSError as e:
            raise Retry(f"cannot append to {self.path}: {e.strerror or e}") from None


def append_line(fd: int, line: bytes, sync: bool, path=None) -> None:
    """Append ``line`` to the file open on ``fd`` (``O_APPEND``) whole, or leave the file as it was.

    Raises OSError when it could not (the file is then truncated back to its previous length).
    """
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        start = os.lseek(fd, 0, os.SEEK_END)
        if start and path is not None and _last_byte(path, start) not in (b"\n", None):
            line = b"\n" + line  # a torn line from a crash: end it, do not glue ours to it
        view = memoryview(line)
        written = 0
        try:
            while written < len(line):
                n = os.write(fd, view[written:])
                if n <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                written += n
            if sync:
                os.fsync(fd)
        except OSError as e:
            if written or sync:
                try:
                    os.ftruncate(fd, start)
                except OSError as t:
                    raise OSError(e.errno, f"{e.strerror or e}; and cannot remove the partial line:"
                                           f" {t.strerror or t}") from None
            raise OSError(e.errno, f"{e.strerror or e} ({written} of {len(line)} bytes written, removed;"
                                   " the event will be tried again)") from None
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _last_byte(path, size: int) -> bytes | None:
    try:
        rfd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        return os.pread(rfd, 1, size - 1)
    except OSError:
        return None
    finally:
        os.close(rfd)
