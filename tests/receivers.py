"""Real servers for the actions tests: an HTTP webhook receiver and an SMTP sink (aiosmtpd).

Both listen on 127.0.0.1 only, on a free port, in a thread of the test process, so a test can
point a subprocess (the CLI, a process it SIGKILLs) at them and look at what arrived.

``WebhookReceiver`` behaves like a careful real receiver: it verifies the signature, keeps the
first body per ``Idempotency-Key`` and answers 200 to a repeat without counting it twice.  Its
failure modes are set on the instance at any time:

* ``fail_first = N``: answer 503 to the next N requests (they are not accepted);
* ``status = 400``: answer that status to everything (a permanent refusal);
* ``delay = 2.0``: wait that long before answering (a slow receiver);
* ``down()`` / ``up()``: stop listening (connection refused) and listen again on the same port;
* ``hold = threading.Event()``: requests wait for the event; ``arrived`` is set when one does
  (to SIGKILL a sender while its request is in flight); ``accept_held`` says whether a held
  request is accepted before waiting (the receiver got it, the sender never heard back).
"""
from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"


@dataclass
class Received:
    key: str | None
    signature: str | None
    body: bytes
    headers: dict[str, str]
    status: int = 0

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class WebhookReceiver:
    def __init__(self, secret: str | None = None, *, tls: tuple[Path, Path] | None = None):
        self.secret = secret
        self.tls = tls
        self.lock = threading.Lock()
        self.requests: list[Received] = []          # every request, in arrival order
        self.accepted: dict[str, Received] = {}     # Idempotency-Key -> first accepted request
        self.duplicates = 0                         # repeats of an accepted key (answered 200)
        self.bad_signatures = 0
        self.fail_first = 0
        self.status: int | None = None
        self.delay = 0.0
        self.hold: threading.Event | None = None
        self.accept_held = True
        self.arrived = threading.Event()
        self.port = _free_port()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{HOST}:{self.port}/hooks/bounces"

    def up(self) -> "WebhookReceiver":
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                code = receiver._handle(self, body)
                if code is None:  # dropped: the sender sees the connection close
                    self.close_connection = True
                    return
                reply = b'{"ok":true}' if code < 300 else b'{"ok":false}'
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        for _ in range(100):
            try:
                self._server = _Server((HOST, self.port), Handler)
                break
            except OSError:
                time.sleep(0.05)
        else:  # pragma: no cover
            raise RuntimeError(f"cannot listen on {HOST}:{self.port}")
        if self.tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(str(self.tls[0]), str(self.tls[1]))
            self._server.socket = ctx.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def down(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
            self._thread = None

    def __enter__(self) -> "WebhookReceiver":
        return self.up()

    def __exit__(self, *exc) -> None:
        if self.hold is not None:
            self.hold.set()
        self.down()

    # -- behaviour -------------------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler, body: bytes) -> int | None:
        from filter.engine.actions.webhook import verify

        key = handler.headers.get("Idempotency-Key")
        sig = handler.headers.get("X-Bouncefilter-Signature")
        rec = Received(key, sig, body, {k: v for k, v in handler.headers.items()})
        with self.lock:
            self.requests.append(rec)
            if self.status is not None:
                rec.status = self.status
                return self.status
            if self.fail_first > 0:
                self.fail_first -= 1
                rec.status = 503
                return 503
            if self.secret is not None and not (sig and verify(self.secret, body, sig)):
                self.bad_signatures += 1
                rec.status = 401
                return 401
        if self.hold is not None:
            if self.accept_held:
                self._accept(key, rec)
            self.arrived.set()
            self.hold.wait(60)
            return None
        if self.delay:
            time.sleep(self.delay)
        self._accept(key, rec)
        rec.status = 200
        return 200

    def _accept(self, key: str | None, rec: Received) -> None:
        with self.lock:
            if key in self.accepted:
                self.duplicates += 1
            else:
                self.accepted[key] = rec


# -- SMTP ----------------------------------------------------------------------------------------
@dataclass
class Envelope:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class SMTPSink:
    """A real aiosmtpd server collecting what it is sent; ``refuse`` = a reply to give to DATA."""

    messages: list[Envelope] = field(default_factory=list)
    refuse: str | None = None
    tls: tuple[Path, Path] | None = None
    port: int = 0

    def __enter__(self) -> "SMTPSink":
        from aiosmtpd.controller import Controller

        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                if sink.refuse:
                    return sink.refuse
                sink.messages.append(Envelope(envelope.mail_from, list(envelope.rcpt_tos),
                                              envelope.original_content or envelope.content))
                return "250 2.0.0 OK"

        kw: dict[str, Any] = {}
        if self.tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(str(self.tls[0]), str(self.tls[1]))
            kw.update(tls_context=ctx, require_starttls=True)
        self.port = _free_port()
        self._controller = Controller(Handler(), hostname=HOST, port=self.port, **kw)
        self._controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self._controller.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


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
