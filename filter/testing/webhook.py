"""A webhook receiver: a real HTTP server on 127.0.0.1 that checks bouncefilter's signature.

Why: an application's endpoint must refuse a request whose ``X-Bouncefilter-Signature`` does not
verify, and must not act twice on a retried delivery.  This receiver does what a careful real
endpoint does, so a test can point bouncefilter's ``webhook`` action at it and look at what
arrived: it verifies the signature (HMAC-SHA256 over ``<t>.<body>``, RFC 2104; the contract is in
``docs/config.md``) with the secret you give, keeps the first body per ``Idempotency-Key`` and
answers 200 to a repeat without counting it twice.

Failure modes, set on the instance at any time (or as keyword arguments):

* ``fail_first = N``: answer 503 to the next N requests (they are not accepted);
* ``status = 400``: answer that status to everything (a permanent refusal);
* ``delay = 2.0``: wait that long before answering (a slow receiver);
* ``down()`` / ``up()``: stop listening (connection refused) and listen again on the same port;
* ``hold = threading.Event()``: requests wait for the event; ``arrived`` is set when one does (to
  kill a sender while its request is in flight); ``accept_held`` says whether a held request is
  accepted before waiting (the receiver got it, the sender never heard back).

Importable without pytest; it needs nothing but the standard library and bouncefilter's own
``verify``.
"""
from __future__ import annotations

import json
import ssl
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from filter.testing.fake_mx import HOST, free_port

__all__ = ["WebhookReceiver", "Received"]


@dataclass
class Received:
    """One request as it arrived, with the status it was answered."""

    key: str | None
    signature: str | None
    body: bytes
    headers: dict[str, str]
    status: int = 0

    @property
    def json(self) -> dict[str, Any]:
        """The body as JSON (the event payload)."""
        return json.loads(self.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class WebhookReceiver:
    """The receiver; a context manager (or :meth:`up` / :meth:`down`).  ``url`` is its endpoint.

    ``secret=None`` accepts any signature (and none); with a secret, a request whose signature
    does not verify is answered 401 and counted in ``bad_signatures``.
    """

    def __init__(self, secret: str | None = None, *, tls: tuple[Path, Path] | None = None,
                 fail_first: int = 0, delay: float = 0.0, path: str = "/hooks/bounces"):
        self.secret = secret
        self.tls = tls
        self.path = path
        self.lock = threading.Lock()
        self.requests: list[Received] = []          # every request, in arrival order
        self.accepted: dict[str | None, Received] = {}  # Idempotency-Key -> first accepted request
        self.duplicates = 0                         # repeats of an accepted key (answered 200)
        self.bad_signatures = 0
        self.fail_first = fail_first
        self.status: int | None = None
        self.delay = delay
        self.hold: threading.Event | None = None
        self.accept_held = True
        self.arrived = threading.Event()
        self.port = free_port()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._cond = threading.Condition(self.lock)

    # -- what arrived ----------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{HOST}:{self.port}{self.path}"

    @property
    def events(self) -> list[dict[str, Any]]:
        """The accepted event payloads, each once, in the order they were first accepted."""
        with self.lock:
            return [r.json for r in self.accepted.values()]

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait until at least ``count`` distinct deliveries were accepted; return their payloads."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.accepted) >= count, timeout):
                raise TimeoutError(f"webhook receiver: {len(self.accepted)} of {count} deliveries after "
                                   f"{timeout}s ({len(self.requests)} requests, {self.bad_signatures} "
                                   f"with a bad signature)")
        return self.events

    # -- lifecycle -------------------------------------------------------------------------------
    def up(self) -> "WebhookReceiver":
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                try:
                    length = int(self.headers.get("Content-Length") or 0)
                except ValueError:
                    length = -1
                if not 0 <= length <= 16 * 1024 * 1024:
                    self.send_error(400, "bad Content-Length")
                    return
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

    def __exit__(self, *exc: object) -> None:
        if self.hold is not None:
            self.hold.set()
        self.down()

    # -- behaviour -------------------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler, body: bytes) -> int | None:
        from filter.engine.actions.webhook import SIGNATURE_HEADER, verify

        key = handler.headers.get("Idempotency-Key")
        sig = handler.headers.get(SIGNATURE_HEADER)
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
        with self._cond:
            if key in self.accepted:
                self.duplicates += 1
            else:
                self.accepted[key] = rec
            self._cond.notify_all()
