"""The project's tests' names for the testing kit's servers, and a stand-in classifier.

The servers are the kit's (``filter/testing/``): ``WebhookReceiver`` (verifies the signature,
keeps the first body per ``Idempotency-Key``; ``fail_first``, ``status``, ``delay``, ``down()`` /
``up()``, ``hold``) and ``SMTPSink``, the kit's ``FakeMX`` accepting everything (or refusing
every message after DATA with ``refuse``).  They listen on 127.0.0.1 only, in a thread of the
test process, so a test can point a subprocess at them and look at what arrived.
"""
from __future__ import annotations

import time
from pathlib import Path

from filter.testing.fake_mx import HOST, FakeMX, ReceivedMessage, free_port  # noqa: F401 - for importers
from filter.testing.webhook import Received, WebhookReceiver  # noqa: F401 - for importers

_free_port = free_port


class SMTPSink(FakeMX):
    """A fake MX that keeps every message (``.messages``: ``mail_from``, ``rcpt_tos``, ``data``);
    ``refuse`` (settable at any time): the reply every message gets after DATA instead;
    ``tls=(cert, key)``: STARTTLS offered and required."""

    def __init__(self, refuse: str | None = None, tls: tuple[Path, Path] | None = None) -> None:
        super().__init__(tls=tls)
        self.refuse = refuse

    def _rule(self, address: str) -> tuple[str, str] | None:
        return ("DATA", self.refuse) if self.refuse else None


# -- a stand-in for the classification core ------------------------------------------------------
def fake_message(*recipients: str, kind: str = "failed", message_id: str | None = None, date: str | None = None,
                 crash: bool = False, extra: str = "", headers: dict[str, str] | None = None) -> bytes:
    """A message the stand-in classifier reads: one ``X-Rcpt: addr class reason status`` each."""
    lines = [f"Message-ID: <{message_id or time.time_ns()}@test>", "From: MAILER-DAEMON@test",
             "Subject: Undelivered Mail", f"X-Kind: {kind}"]
    if date:
        lines.append(f"Date: {date}")
    lines += [f"X-Rcpt: {r}" for r in recipients]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if crash:
        lines.append("X-Crash: yes")
    return ("\r\n".join(lines) + "\r\n\r\nThe mail system\r\n" + extra).encode()


def fake_classify(raw: bytes, *, source=None, envelope=None, verp=None, max_bytes=None):
    """Reads what :func:`fake_message` writes; raises for ``X-Crash`` (the quarantine path)."""
    from email.parser import BytesHeaderParser

    from filter.core import model

    h = BytesHeaderParser().parsebytes(raw)
    if h.get("X-Crash"):
        raise RuntimeError("the core fell over")
    kind = h.get("X-Kind", "not_bounce")
    rcpts = []
    for spec in h.get_all("X-Rcpt") or []:
        parts = spec.split()
        addr, cls, reason = parts[0], parts[1], parts[2]
        status = parts[3] if len(parts) > 3 else None
        rcpts.append(model.RecipientResult(address=addr, reason=reason, class_=cls,
                                           permanent=status.startswith("5") if status else None,
                                           status=status, reply_code=(status[0] + "50") if status else None))
    return model.Report(kind=kind, recipients=rcpts, source=source,
                        original=model.Original(message_id="<orig@test>",
                                                headers={"X-Campaign-Id": h.get("X-Campaign-Id") or "none"}))
