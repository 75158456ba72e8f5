"""``webhook``: POST one event as JSON, signed, to an HTTP(S) endpoint.

Request (the contract of issue 3, ``docs/config.md``):

* body: the event payload, UTF-8 JSON;
* ``Content-Type: application/json``; ``Idempotency-Key: <event id>`` so that a receiver that saw a
  delivery whose answer was lost can drop the retry;
* ``X-Bouncefilter-Signature: t=<unix time>,v1=<hex HMAC-SHA256("<t>.<body>", secret)>``
  (RFC 2104 HMAC with SHA-256; the timestamp in the signed text lets a receiver refuse replays).

Outcome: 2xx = done; 4xx other than 408 (Request Timeout) and 429 (Too Many Requests, RFC 6585) =
dead letter (the receiver refuses this payload and will keep refusing it); anything else,
including 3xx (redirects are not followed: a POST must not silently become a GET), 5xx, timeouts
and connection errors = retry.  TLS is verified against the system CAs, or ``ca_file``.

Two time limits: ``timeout`` bounds each network operation (connect, one read), ``deadline``
the whole request (default 30s; an inline attempt also stops at the inline budget).  A receiver
that trickles its answer a byte at a time never lets one read time out; at the deadline a
watchdog shuts the connection down and the delivery is retried later.

``urllib``/``ssl`` are imported when the first request is made, not when the engine starts.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from typing import Any

from ..config import redact_url
from . import Context, Permanent, Retry

SIGNATURE_HEADER = "X-Bouncefilter-Signature"
USER_AGENT = "bouncefilter-webhook/1"


def sign(secret: str | bytes, body: bytes, timestamp: int | None = None) -> str:
    """The signature header value for ``body``: ``t=<unix time>,v1=<hex>``."""
    t = int(time.time()) if timestamp is None else int(timestamp)
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    mac = hmac.new(key, str(t).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


def verify(secret: str | bytes, body: bytes, header: str, *, tolerance: float = 300.0,
           now: float | None = None) -> bool:
    """Receiver side: check a signature header (constant-time), refusing stale timestamps."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    try:
        t = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - t) > tolerance:
        return False
    expected = sign(secret, body, t).split("v1=", 1)[1]
    return any(hmac.compare_digest(expected, v) for k, v in
               (p.split("=", 1) for p in header.split(",") if "=" in p) if k == "v1")


def body_of(event: dict[str, Any]) -> bytes:
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class _Watchdog:
    """Shuts the connections of one request down when its deadline passes (``time.monotonic()``).

    A socket timeout is per operation: it never fires while the peer sends a byte now and then.
    ``shutdown`` (not ``close``: the descriptor stays owned by the socket object) makes the
    blocked read return at once, and the request fails.
    """

    def __init__(self, at: float):
        self.at = at
        self.fired = False
        self._conns: list[Any] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, at - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, conn) -> None:
        with self._lock:
            self._conns.append(conn)
            self.check()

    def check(self) -> None:
        if self.fired or time.monotonic() >= self.at:
            raise socket.timeout("request deadline passed")

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for conn in self._conns:
                sock = getattr(conn, "sock", None)
                if sock is not None:
                    try:
                        socket.socket.shutdown(sock, socket.SHUT_RDWR)
                    except (OSError, ValueError):  # not connected yet, or closed already
                        pass

    def cancel(self) -> None:
        with self._lock:
            self._timer.cancel()
            self._conns.clear()


def _connection_classes():
    import http.client

    class Conn(http.client.HTTPConnection):
        watchdog: _Watchdog

        def connect(self):
            self.watchdog.watch(self)
            super().connect()
            self.watchdog.check()

    class TLSConn(http.client.HTTPSConnection):
        watchdog: _Watchdog

        def connect(self):  # HTTPSConnection.connect, with the handshake under the watchdog too
            self.watchdog.watch(self)
            http.client.HTTPConnection.connect(self)
            self.sock = self._context.wrap_socket(self.sock, server_hostname=self._tunnel_host or self.host,
                                                  do_handshake_on_connect=False)
            self.watchdog.check()
            self.sock.do_handshake()
            self.watchdog.check()

    return Conn, TLSConn


class Action:
    def __init__(self, cfg, config):
        self.name = cfg.name
        self.url: str = cfg.options["url"]
        # what errors say: no userinfo, query or fragment (they carry tokens; errors are stored
        # in the outbox and printed by `outbox list`)
        self.shown_url = redact_url(self.url)
        self.secret: str = cfg.options["secret"]
        self.timeout = float(cfg.options.get("timeout") or 10.0)
        self.deadline = float(cfg.options.get("deadline") or 30.0)
        self._local = threading.local()  # the watchdog of the request this thread is making
        self.ca_file = cfg.options.get("ca_file")
        self.extra_headers = [tuple(s.strip() for s in h.split(":", 1)) for h in cfg.options.get("headers") or ()]
        self._opener = None

    def _open(self):
        if self._opener is None:
            import ssl
            import urllib.request

            class NoRedirect(urllib.request.HTTPRedirectHandler):
                def redirect_request(self, *args, **kwargs):
                    return None

            local = self._local
            conn_class, tls_class = _connection_classes()

            def factory(cls):
                def make(host, **kw):
                    conn = cls(host, **kw)
                    conn.watchdog = local.watchdog
                    return conn
                return make

            class HTTP(urllib.request.HTTPHandler):
                def http_open(self, req):
                    return self.do_open(factory(conn_class), req)

            class HTTPS(urllib.request.HTTPSHandler):
                def https_open(self, req):
                    return self.do_open(factory(tls_class), req, context=self._context)

            context = ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)
            self._opener = urllib.request.build_opener(NoRedirect, HTTP, HTTPS(context=context))
        return self._opener

    def deliver(self, event: dict[str, Any], ctx: Context) -> None:
        import http.client
        import urllib.error
        import urllib.request

        body = body_of(event)
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT,
                   "Idempotency-Key": str(event["id"]), SIGNATURE_HEADER: sign(self.secret, body)}
        for k, v in self.extra_headers:
            headers.setdefault(k, v)
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        opener = self._open()
        at, limit = time.monotonic() + self.deadline, f"the {self.deadline:g}s deadline"
        if ctx.deadline is not None and ctx.deadline < at:
            at, limit = ctx.deadline, "the time left of the inline budget"
        watchdog = self._local.watchdog = _Watchdog(at)
        try:
            with opener.open(request, timeout=max(0.05, min(self.timeout, at - time.monotonic()))) as resp:
                status = resp.status
                resp.read(65536)
        except urllib.error.HTTPError as e:
            status = e.code
            e.close()
        except (urllib.error.URLError, http.client.HTTPException, OSError) as e:
            if watchdog.fired or time.monotonic() >= at:
                raise Retry(f"POST {self.shown_url}: no complete answer within {limit}") from None
            reason = getattr(e, "reason", None) or e
            raise Retry(f"POST {self.shown_url}: {reason}") from None
        finally:
            watchdog.cancel()
            self._local.watchdog = None
        if 200 <= status < 300:
            return
        if 400 <= status < 500 and status not in (408, 429):
            raise Permanent(f"POST {self.shown_url}: HTTP {status}")
        raise Retry(f"POST {self.shown_url}: HTTP {status}")
