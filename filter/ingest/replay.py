"""The replay window: stale notifications and a signature seen twice are refused.

Every signing scheme here signs a timestamp with the payload (SNS ``Timestamp``, SendGrid's
``X-Twilio-Email-Event-Webhook-Timestamp``, Mailgun's ``timestamp``); a request whose timestamp is
further than ``ingest.replay_window`` (default 5 minutes) from now is refused (401), whatever its
signature.  Within the window, a request is refused as a replay (409) when its signature (Mailgun:
its token; SNS: its MessageId) was taken already: the guard remembers each one for the window,
so a captured request cannot be played again, neither now (the guard) nor later (stale).

The memory is per process and bounded (:data:`MAX_KEYS`; the oldest are forgotten first).  What it
forgets is harmless: event ids are content-derived, so a replay that got through would be the
same events again, recorded once.  A key is *claimed* before the record and *released* if the
record fails, so a provider's retry after a 503 is taken, and two copies racing are one.
"""
from __future__ import annotations

import collections
import threading
from datetime import datetime

from filter.ingest.model import Refused

__all__ = ["ReplayGuard", "check_fresh", "parse_time", "MAX_KEYS"]

#: keys remembered at most (a flood cannot grow the memory past this)
MAX_KEYS = 200_000


def parse_time(value: object, what: str) -> float:
    """Epoch seconds from a number, a numeric string or an ISO 8601 time ("2026-12-01T10:00:00.123Z");
    Refused(400) for anything else."""
    if isinstance(value, bool):
        raise Refused(400, f"{what} is not a time")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        v = value.strip()
        try:
            return float(v)
        except ValueError:
            pass
        try:
            t = datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            raise Refused(400, f"{what} {v[:40]!r} is not a time") from None
        if t.tzinfo is None:
            raise Refused(400, f"{what} {v[:40]!r} has no time zone")
        return t.timestamp()
    raise Refused(400, f"{what} is missing or not a time")


def check_fresh(signed_at: float, now: float, window: float) -> None:
    """Refused(401) unless the signed timestamp is within ``window`` of ``now`` (either way)."""
    if abs(now - signed_at) > window:
        age = now - signed_at
        when = f"{age:.0f}s old" if age > 0 else f"{-age:.0f}s in the future"
        raise Refused(401, f"the signed timestamp is {when}: outside the replay window of {window:g}s")


class ReplayGuard:
    """Signatures (or tokens) taken within the replay window; thread safe."""

    def __init__(self, window: float, max_keys: int = MAX_KEYS):
        self.window = window
        self.max_keys = max_keys
        self._seen: collections.OrderedDict[str, float] = collections.OrderedDict()
        self._lock = threading.Lock()

    def claim(self, key: str, now: float) -> None:
        """Refused(409) when ``key`` was taken (or is being taken) within the window; else held."""
        with self._lock:
            self._expire(now)
            if key in self._seen:
                raise Refused(409, "replay: this signed notification was taken already")
            self._seen[key] = now
            while len(self._seen) > self.max_keys:
                self._seen.popitem(last=False)

    def release(self, key: str) -> None:
        """The record failed: the provider's retry must be taken."""
        with self._lock:
            self._seen.pop(key, None)

    def __len__(self) -> int:
        return len(self._seen)

    def _expire(self, now: float) -> None:
        limit = now - self.window
        while self._seen:
            key, at = next(iter(self._seen.items()))
            if at >= limit:
                break
            self._seen.popitem(last=False)
