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
and connection errors = retry.  TLS is verified against the system CAs, or ``ca_file`` (hostname
checked).  A URL's ``user:password@`` is sent as HTTP Basic authorization (unless ``headers``
has an ``Authorization``); the ``http_proxy`` / ``https_proxy`` / ``no_proxy`` environment
variables are honoured as urllib honours them (CONNECT tunnel for https).

Two time limits: ``timeout`` bounds each network operation (connect, one read), ``deadline``
the whole request (default 30s; an inline attempt also stops at the inline budget), waiting for
a free connection included.  A receiver that trickles its answer a byte at a time never lets one
read time out; at the deadline a watchdog shuts the connection down and the delivery is retried
later.  One watchdog thread per process serves every request (a heap of deadlines), not a timer
thread per request.

Connections (HTTP/1.1 keep-alive, RFC 9112 section 9.3) are kept per endpoint: per (scheme,
host, port, TLS trust, proxy), shared by every webhook action of the process that points there.
At most :data:`CONCURRENCY` requests are in flight per endpoint (``Action.concurrency``: the
outbox runs that many deliveries of a webhook at once), and as many idle connections are kept, the
last used first.  A connection is not reused after an answer the client did not read to its end
(over 64 KiB), after ``Connection: close``, when it was idle more than :data:`IDLE_LIMIT` seconds,
or when the receiver has closed it (seen before reuse: the socket is readable while idle).

A kept connection can still be closed by the receiver just as a request goes out (its idle
timeout races the request).  When a *reused* connection fails before any byte of an answer came
back (reset, broken pipe, closed without a status line), the request is sent once more on a fresh
connection, within the same deadline, before the attempt counts as failed.  The receiver may have
processed the first copy (it may have closed after reading it): the repeat carries the same
``Idempotency-Key`` and body (and a fresh signature timestamp), which is what the key is for, so
the repeat is safe; a failure on a fresh connection, a timeout, or an error after the status line
is never repeated here (the outbox retries it later).

``http.client``/``ssl`` are imported when the first request is made, not when the engine starts.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import threading
import time
from typing import Any

from filter.config import redact_url
from filter.engine.actions import Context, Permanent, Retry

SIGNATURE_HEADER = "X-Bouncefilter-Signature"
USER_AGENT = "bouncefilter-webhook/1"

#: requests in flight per endpoint, and idle connections kept (the action option ``concurrency``
#: when the config has it)
CONCURRENCY = 4
#: keep connections open between requests (the action option ``keepalive`` when the config has
#: it); False: one connection per request, ``Connection: close``
KEEPALIVE = True
#: a connection idle longer than this is closed rather than reused (receivers close theirs after
#: 5 to 75 s; a NAT may forget one silently)
IDLE_LIMIT = 30.0
#: at most this much of an answer is read; a longer one is not read on, its connection is closed
READ_LIMIT = 65536


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


# -- deadlines -----------------------------------------------------------------------------------
class _Deadlines:
    """One daemon thread firing the watchdogs whose time has come (``time.monotonic()``).

    A request done before its deadline only marks its watchdog cancelled; the thread drops the
    cancelled ones when they reach the top of the heap, so it wakes about once per deadline
    span, not once per request.
    """

    def __init__(self) -> None:
        import heapq
        import itertools

        self._heapq = heapq
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Watchdog]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def add(self, dog: "_Watchdog") -> None:
        with self._cond:
            if self._thread is None or not self._thread.is_alive():  # first use, or a forked child
                self._heap = []
                self._thread = threading.Thread(target=self._run, name="webhook-deadlines", daemon=True)
                self._thread.start()
            heap = self._heap
            while heap and heap[0][2].cancelled:  # requests done: the heap stays about as large
                self._heapq.heappop(heap)         # as the number in flight
            self._heapq.heappush(heap, (dog.at, next(self._seq), dog))
            if heap[0][2] is dog:
                self._cond.notify()

    def _run(self) -> None:
        heap, pop = self._heap, self._heapq.heappop
        while True:
            due: list[_Watchdog] = []
            with self._cond:
                heap = self._heap
                now = time.monotonic()
                while heap and (heap[0][2].cancelled or heap[0][0] <= now):
                    dog = pop(heap)[2]
                    if not dog.cancelled:
                        due.append(dog)
                if not due:
                    self._cond.wait(None if not heap else heap[0][0] - now)
            for dog in due:
                dog.fire()


_DEADLINES = _Deadlines()


class _Watchdog:
    """Shuts the connections of one request down when its deadline passes (``time.monotonic()``).

    A socket timeout is per operation: it never fires while the peer sends a byte now and then.
    ``shutdown`` (not ``close``: the descriptor stays owned by the socket object) makes the
    blocked read return at once, and the request fails.
    """

    def __init__(self, at: float):
        self.at = at
        self.fired = False
        self.cancelled = False
        self._conns: list[Any] = []
        self._lock = threading.Lock()
        _DEADLINES.add(self)

    def watch(self, conn) -> None:
        with self._lock:
            self._conns.append(conn)
            self.check()

    def check(self) -> None:
        if self.fired or time.monotonic() >= self.at:
            raise socket.timeout("request deadline passed")

    def fire(self) -> None:
        with self._lock:
            if self.cancelled:
                return
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
            self.cancelled = True
            self._conns.clear()


# -- connections ---------------------------------------------------------------------------------
_classes: tuple[type, type] | None = None


def _connection_classes() -> tuple[type, type]:
    global _classes
    if _classes is not None:
        return _classes
    import http.client

    class Coalescing:
        """Headers and body in one write: one packet, and never Nagle's algorithm holding the body
        back until the receiver acknowledges the headers (its delayed ACK: up to 40 ms each)."""

        _held: bytes | None = None
        _hold_next = False

        def send(self, data):
            if self._held is not None:
                data, self._held = self._held + data, None
            elif self._hold_next and isinstance(data, bytes) and data.endswith(b"\r\n\r\n"):
                self._held, self._hold_next = data, False  # http.client sends the body next
                return
            super().send(data)

        def request_with_body(self, method: str, target: str, body: bytes, headers: dict[str, str]) -> None:
            self._held, self._hold_next = None, bool(body)
            try:
                self.request(method, target, body, headers)
            finally:
                self._held, self._hold_next = None, False

    def nodelay(sock) -> None:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (OSError, AttributeError):  # pragma: no cover - not TCP
            pass

    class Conn(Coalescing, http.client.HTTPConnection):
        watchdog: _Watchdog

        def connect(self):
            self.watchdog.watch(self)
            super().connect()
            nodelay(self.sock)
            self.watchdog.check()

    class TLSConn(Coalescing, http.client.HTTPSConnection):
        watchdog: _Watchdog

        def connect(self):  # HTTPSConnection.connect, with the handshake under the watchdog too
            self.watchdog.watch(self)
            http.client.HTTPConnection.connect(self)  # TCP, and the proxy's CONNECT tunnel if any
            nodelay(self.sock)
            self.sock = self._context.wrap_socket(self.sock, server_hostname=self._tunnel_host or self.host,
                                                  do_handshake_on_connect=False)
            self.watchdog.check()
            self.sock.do_handshake()
            self.watchdog.check()

    _classes = Conn, TLSConn
    return _classes


def _readable(sock) -> bool:
    """An idle connection's socket has something to read: the peer closed it (or sent junk)."""
    import select

    try:
        if getattr(sock, "pending", None) and sock.pending():
            return True
        p = select.poll()
        p.register(sock, select.POLLIN)
        return bool(p.poll(0))
    except (OSError, ValueError):
        return True


class Endpoint:
    """Kept connections to one endpoint, and the bound on its requests in flight."""

    def __init__(self, make, limit: int):
        self.make = make            # () -> a new, unconnected connection
        self.limit = limit
        self.busy = 0
        self.opened = 0             # connections made (reuse shows as opened < requests)
        self._idle: list[tuple[Any, float]] = []
        self._cond = threading.Condition()
        self._pid = os.getpid()

    def acquire(self, at: float) -> bool:
        """A request slot, waiting until ``at`` at most (False: none came free in time)."""
        with self._cond:
            while self.busy >= self.limit:
                left = at - time.monotonic()
                if left <= 0 or not self._cond.wait(left):
                    if self.busy >= self.limit:
                        return False
            self.busy += 1
            return True

    def release(self) -> None:
        with self._cond:
            self.busy -= 1
            self._cond.notify()

    def take(self, fresh: bool = False):
        """(connection, reused?): the most recently used sound idle one, else (or when ``fresh``)
        a new one."""
        now = time.monotonic()
        with self._cond:
            if self._pid != os.getpid():  # a forked child: those sockets are the parent's
                self._idle, self._pid = [], os.getpid()
            while self._idle and not fresh:
                conn, since = self._idle.pop()
                if now - since <= IDLE_LIMIT and conn.sock is not None and not _readable(conn.sock):
                    return conn, True
                conn.close()
            self.opened += 1
        return self.make(), False

    def give(self, conn) -> None:
        """Keep a connection whose answer was read to its end, for the next request."""
        with self._cond:
            if self._pid == os.getpid() and len(self._idle) < self.limit:
                self._idle.append((conn, time.monotonic()))
                return
        conn.close()

    def discard_idle(self) -> None:
        with self._cond:
            idle, self._idle = self._idle, []
        for conn, _ in idle:
            conn.close()

    close = discard_idle


_ENDPOINTS: dict[tuple, Endpoint] = {}
_ENDPOINTS_LOCK = threading.Lock()


def _after_fork_in_child() -> None:
    """A forked child owns none of the parent's connections, locks or watchdog thread."""
    global _ENDPOINTS_LOCK, _DEADLINES
    _ENDPOINTS.clear()
    _ENDPOINTS_LOCK = threading.Lock()
    _DEADLINES = _Deadlines()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def close_all() -> None:
    """Close every kept connection (tests; a process about to exec)."""
    with _ENDPOINTS_LOCK:
        endpoints = list(_ENDPOINTS.values())
        _ENDPOINTS.clear()
    for e in endpoints:
        e.close()


def _proxy_for(scheme: str, host: str) -> str | None:
    """The proxy urllib would use for this URL (``*_proxy`` / ``no_proxy`` environment)."""
    if not any(k.lower().endswith("_proxy") for k in os.environ):
        return None
    import urllib.request

    proxy = urllib.request.getproxies().get(scheme)
    if not proxy or urllib.request.proxy_bypass(host):
        return None
    return proxy if "://" in proxy else "http://" + proxy


def _basic(user: str | None, password: str | None) -> str:
    import base64
    from urllib.parse import unquote

    raw = f"{unquote(user or '')}:{unquote(password or '')}".encode("utf-8")
    return "Basic " + base64.b64encode(raw).decode("ascii")


# -- the action ----------------------------------------------------------------------------------
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
        self.ca_file = cfg.options.get("ca_file")
        self.extra_headers = [tuple(s.strip() for s in h.split(":", 1)) for h in cfg.options.get("headers") or ()]
        #: deliveries the outbox may run at once (bounded again per endpoint by the connection pool)
        self.concurrency = max(1, int(cfg.options.get("concurrency") or CONCURRENCY))
        self.keepalive = bool(cfg.options.get("keepalive", KEEPALIVE))
        self._setup: tuple[Endpoint, str, dict[str, str]] | None = None
        self._setup_lock = threading.Lock()

    # -- where to, and how ---------------------------------------------------------------------------
    def _endpoint(self) -> tuple[Endpoint, str, dict[str, str]]:
        """(endpoint, request target, constant headers), worked out on the first request."""
        if self._setup is None:
            with self._setup_lock:
                if self._setup is None:
                    self._setup = self._make_setup()
        return self._setup

    def _make_setup(self) -> tuple[Endpoint, str, dict[str, str]]:
        from urllib.parse import urlsplit

        u = urlsplit(self.url)
        scheme, host = u.scheme.lower(), u.hostname or ""
        port = u.port or (443 if scheme == "https" else 80)
        target = (u.path or "/") + (f"?{u.query}" if u.query else "")
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        if not self.keepalive:
            headers["Connection"] = "close"
        if u.username is not None or u.password is not None:
            headers["Authorization"] = _basic(u.username, u.password)
        taken = {k.lower(): k for k in headers}
        for k, v in self.extra_headers:
            lower = k.lower()
            if lower in ("idempotency-key", SIGNATURE_HEADER.lower(), "content-length"):
                continue  # the contract's own headers are never replaced
            if lower in ("content-type", "user-agent") and lower in taken:
                continue
            if lower in taken:  # an explicit Authorization wins over the URL's userinfo
                del headers[taken.pop(lower)]
            headers[k] = v
            taken[lower] = k
        proxy = _proxy_for(scheme, host)
        if proxy and scheme == "http":
            from urllib.parse import urlsplit as _split

            p = _split(proxy)
            if p.username is not None:
                headers["Proxy-Authorization"] = _basic(p.username, p.password)
        key = (scheme, host, port, str(self.ca_file) if self.ca_file else None, proxy, self.keepalive)
        with _ENDPOINTS_LOCK:
            endpoint = _ENDPOINTS.get(key)
            if endpoint is None:
                endpoint = _ENDPOINTS[key] = Endpoint(self._factory(scheme, host, port, proxy),
                                                      self.concurrency)
            else:
                endpoint.limit = max(endpoint.limit, self.concurrency)
        if proxy and scheme == "http":
            target = f"http://{u.netloc.rpartition('@')[2]}{target}"  # absolute-form, to the proxy
        return endpoint, target, headers

    def _factory(self, scheme: str, host: str, port: int, proxy: str | None):
        conn_class, tls_class = _connection_classes()
        timeout = self.timeout
        if scheme == "https":
            import ssl

            context = ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)
        connect_host, connect_port, tunnel_headers = host, port, None
        if proxy:
            from urllib.parse import urlsplit

            p = urlsplit(proxy)
            connect_host, connect_port = p.hostname or "", p.port or 80
            if p.username is not None and scheme == "https":
                tunnel_headers = {"Proxy-Authorization": _basic(p.username, p.password)}

        def make():
            if scheme == "https":
                conn = tls_class(connect_host, connect_port, timeout=timeout, context=context)
                if proxy:
                    conn.set_tunnel(host, port, headers=tunnel_headers)
            else:
                conn = conn_class(connect_host, connect_port, timeout=timeout)
            return conn

        return make

    # -- one delivery ----------------------------------------------------------------------------
    def deliver(self, event: dict[str, Any], ctx: Context) -> None:
        import http.client

        endpoint, target, base = self._endpoint()
        body = body_of(event)
        key = str(event["id"])
        at, limit = time.monotonic() + self.deadline, f"the {self.deadline:g}s deadline"
        if ctx.deadline is not None and ctx.deadline < at:
            at, limit = ctx.deadline, "the time left of the inline budget"
        if not endpoint.acquire(at):
            raise Retry(f"POST {self.shown_url}: no connection free within {limit} "
                        f"({endpoint.limit} in flight)")
        watchdog = None
        conn, keep, status = None, False, 0
        try:
            watchdog = _Watchdog(at)
            for repeat in (False, True):
                conn, reused = endpoint.take(fresh=repeat)
                try:
                    headers = dict(base)
                    headers["Idempotency-Key"] = key
                    headers[SIGNATURE_HEADER] = sign(self.secret, body)
                    status, keep = self._post(conn, target, body, headers, watchdog, at)
                    break
                except (http.client.HTTPException, OSError) as e:
                    conn.close()
                    conn = None
                    if reused and not repeat and _stale(e) and not watchdog.fired and time.monotonic() < at:
                        # the receiver closed a kept connection (the others it kept are likely
                        # gone too): once more, on a new connection
                        endpoint.discard_idle()
                        continue
                    if watchdog.fired or time.monotonic() >= at:
                        raise Retry(f"POST {self.shown_url}: no complete answer within {limit}") from None
                    raise Retry(f"POST {self.shown_url}: {str(e) or type(e).__name__}") from None
        finally:
            if watchdog is not None:
                watchdog.cancel()
            if conn is not None:
                if keep and self.keepalive and watchdog is not None and not watchdog.fired:
                    endpoint.give(conn)
                else:
                    conn.close()
            endpoint.release()
        if 200 <= status < 300:
            return
        if 400 <= status < 500 and status not in (408, 429):
            raise Permanent(f"POST {self.shown_url}: HTTP {status}")
        raise Retry(f"POST {self.shown_url}: HTTP {status}")

    def _post(self, conn, target: str, body: bytes, headers: dict[str, str], watchdog: _Watchdog,
              at: float) -> tuple[int, bool]:
        """(status, reusable): one request and its answer on ``conn``."""
        timeout = max(0.05, min(self.timeout, at - time.monotonic()))
        conn.watchdog = watchdog
        conn.timeout = timeout
        if conn.sock is not None:  # a kept connection: under this request's watchdog and timeout
            watchdog.watch(conn)
            conn.sock.settimeout(timeout)
        conn.request_with_body("POST", target, body, headers)
        resp = conn.getresponse()
        status = resp.status
        try:
            resp.read(READ_LIMIT)
        except (OSError, ValueError) as e:
            raise _Answered(e) from None
        # kept only when the answer was read to its end on a connection still open
        return status, resp.isclosed() and conn.sock is not None


class _Answered(OSError):
    """An error once the status line came back: never repeated on a fresh connection."""

    def __init__(self, cause: Exception):
        super().__init__(str(cause) or type(cause).__name__)


def _stale(e: BaseException) -> bool:
    """A kept connection the receiver had closed: reset, broken pipe, closed before a status line."""
    if isinstance(e, _Answered):
        return False
    # ConnectionReset (http.client.RemoteDisconnected: closed before a status line), BrokenPipe,
    # ConnectionAborted; a TLS connection closed under us
    return isinstance(e, ConnectionError) or type(e).__name__ in ("SSLEOFError", "SSLZeroReturnError")
