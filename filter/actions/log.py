"""``log``: append each event as one JSON line to a file.

One ``write`` on an ``O_APPEND`` descriptor per line, so concurrent writers (several pipe
processes, the worker) never interleave inside a line (POSIX: appends are atomic with respect to
the file offset).  ``fsync: true`` makes each line durable before the delivery counts as done.
"""
from __future__ import annotations

import json
import os
from typing import Any

from . import Context, Retry


class Action:
    def __init__(self, cfg, config):
        self.name = cfg.name
        self.path = cfg.options["path"]
        self.fsync = bool(cfg.options.get("fsync"))

    def deliver(self, event: dict[str, Any], ctx: Context) -> None:
        line = (json.dumps(event, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o640)
            try:
                os.write(fd, line)
                if self.fsync:
                    os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as e:
            raise Retry(f"cannot append to {self.path}: {e.strerror or e}") from None
