"""One POP3 session (RFC 1939): TLS, USER/PASS, UIDL, LIST, RETR, bounded TOP, DELE, QUIT.

    with Pop3Client("pop.example.com", 995, tls="pop3s") as c:     # connects, verifies TLS
        c.login("bounces@example.com", password)
        for num, uidl in c.uidl():
            raw, truncated = c.retr(num, limit=10 << 20)
            ...
            c.dele(num)
        c.quit()                    # DELE takes effect here, and only here (RFC 1939 section 6)

Why not :mod:`poplib`: it refuses lines over 2048 bytes (real bounces quote HTML and headers
longer than that), keeps every line of a message as a list, and cannot bound what it reads.  This
client reads through one buffered file, undoes the dot-stuffing, turns CRLF into LF (the form the
pipe gets from Postfix), and stops *storing* (not reading: the session must stay in step) past a
byte limit, saying so.

TLS modes: ``pop3s`` (TLS from the first byte, RFC 8314, port 995), ``starttls`` (``STLS``,
RFC 2595, port 110: a refusal is an error, never a fallback to clear text) and ``plain`` (only
with ``allow_insecure=True``).  Certificates and host names are always verified, against
``ca_file`` or the system store.

**Against a broken or hostile server** every read is bounded (``docs/security.md``):

* a status line longer than 8,192 bytes is an error (never read as two replies);
* a ``UIDL``/``LIST`` line longer than 1,024 bytes is an error; past ``max_messages`` entries the
  rest of the listing is read (to stay in step) but not kept, and :attr:`Pop3Client.listing_truncated`
  says so;
* a multi-line answer is cut off after ``max_response`` bytes on the wire (the connection is
  dropped: an endless ``RETR``), whatever the ``limit`` of what is stored;
* a status line must arrive within ``timeout`` in all (a trickled greeting does not reset it), a
  multi-line answer within ``timeout`` of silence, and nothing is read past :attr:`deadline`
  (the session's, a ``time.monotonic()`` value);
* ``should_stop`` (a callable) is polled at least every 0.2 s while waiting or reading: once it
  says stop for ``stop_grace`` seconds, the read is abandoned (:class:`Pop3Stopped`; the connection
  dropped without ``QUIT``, so nothing is deleted).

Errors are :class:`Pop3Error` subclasses with one readable line naming the server (never the
password); ``transient`` says whether trying again later can help (a connection refused or dropped,
a login refused, a locked mailbox) or not (a certificate that does not verify).
"""
from __future__ import annotations

import re
import socket
import ssl
import time
from pathlib import Path
from typing import Self

__all__ = [
    "TLS_MODES",
    "Pop3AuthError",
    "Pop3Client",
    "Pop3CommandError",
    "Pop3ConnectionError",
    "Pop3Error",
    "Pop3Stopped",
    "Pop3TLSError",
]

TLS_MODES = ("pop3s", "starttls", "plain")
_MAX_REPLY = 8192          # a status line (+OK/-ERR ...) longer than this is a broken server
_CHUNK = 65536             # longest piece of a message line read at once (longer lines are joined)
_MAX_LISTING_LINE = 1024   # a UIDL/LIST line (RFC 1939: a unique-id is at most 70 characters)
_TICK = 0.2                # longest wait in one recv: how often a stop request is looked at
MAX_MESSAGES = 100_000     # UIDL/LIST entries kept per session by default
MAX_RESPONSE = 64 << 20    # bytes of one multi-line answer read by default before giving up
_CODE = re.compile(r"^\[([A-Z/-]+)\]")


class Pop3Error(Exception):
    """A POP3 session failed; ``str()`` is one line naming the server."""

    transient = True


class Pop3ConnectionError(Pop3Error):
    """Cannot connect, the connection dropped or timed out, or the TLS handshake failed."""


class Pop3Stopped(Pop3Error):
    """A stop was requested (SIGTERM) while waiting for the server: the connection was dropped."""

    transient = False


class Pop3TLSError(Pop3Error):
    """The server's certificate does not verify, or it will not start TLS: trying again will not help."""

    transient = False


class Pop3CommandError(Pop3Error):
    """The server answered ``-ERR`` to a command."""

    def __init__(self, message: str, reply: str = ""):
        super().__init__(message)
        self.reply = reply
        m = _CODE.match(reply)
        #: the RFC 2449/3206 response code, e.g. ``AUTH``, ``IN-USE``, ``SYS/TEMP``
        self.code = m.group(1) if m else None


class Pop3AuthError(Pop3CommandError):
    """USER/PASS refused (wrong credentials, or ``[IN-USE]`` / ``[SYS/TEMP]``)."""


class Pop3Client:
    """One connection to one POP3 server.  Not thread-safe; one per session."""

    def __init__(self, host: str, port: int | None = None, *, tls: str = "pop3s",
                 ca_file: str | Path | None = None, timeout: float = 60.0, allow_insecure: bool = False,
                 context: ssl.SSLContext | None = None, deadline: float | None = None,
                 should_stop=None, stop_grace: float = 2.0, max_messages: int = MAX_MESSAGES,
                 max_response: int = MAX_RESPONSE):
        if tls not in TLS_MODES:
            raise ValueError(f"tls must be one of {', '.join(TLS_MODES)}, not {tls!r}")
        if tls == "plain" and not allow_insecure:
            raise ValueError("tls: plain sends the password in clear: refused unless allow_insecure is set")
        self.host, self.tls, self.timeout = host, tls, timeout
        self.port = port or (995 if tls == "pop3s" else 110)
        self.ca_file = Path(ca_file) if ca_file else None
        self._context = context
        self._sock: socket.socket | None = None
        self._file = None
        self.greeting = ""
        self.user = ""
        #: ``time.monotonic()`` after which nothing more is read (None: no session deadline)
        self.deadline = deadline
        self.should_stop = should_stop
        self.stop_grace = stop_grace
        self.max_messages = max_messages
        self.max_response = max_response
        #: the last UIDL or LIST had more than ``max_messages`` entries (only the first were kept)
        self.listing_truncated = False
        self._buf = b""
        self._pos = 0
        self._stop_seen: float | None = None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    # -- connection ------------------------------------------------------------------------------
    def context(self) -> ssl.SSLContext:
        if self._context is None:
            try:
                self._context = ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)
            except (OSError, ssl.SSLError) as e:
                raise Pop3TLSError(f"cannot load the CA file {self.ca_file}: "
                                   f"{getattr(e, 'strerror', None) or e}") from None
        return self._context

    def connect(self) -> str:
        """Connect (and start TLS as configured); returns the server's greeting."""
        if self.tls == "pop3s":
            self.context()  # a bad ca_file is reported before any network traffic
        self._check_stop("connecting")
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self._wait(self.timeout, "connect", tick=False))
        except OSError as e:
            raise Pop3ConnectionError(f"cannot connect to {self.where}: {_oserror(e)}") from None
        self._sock = sock
        self._buf, self._pos = b"", 0
        if self.tls == "pop3s":
            self._start_tls()
        self.greeting = self._reply("greeting")
        if self.tls == "starttls":
            self.context()
            try:
                self._command(b"STLS", "STLS")
            except Pop3CommandError as e:
                self.close()
                raise Pop3TLSError(f"{e} (tls: starttls: will not go on in clear text)") from None
            if self._pos < len(self._buf):  # bytes after +OK, before the handshake: an injection
                self.close()
                raise Pop3TLSError(f"{self.where} sent data after the STLS answer, before TLS: refused")
            self._start_tls()
        return self.greeting

    def _start_tls(self) -> None:
        assert self._sock is not None
        try:
            self._sock = self.context().wrap_socket(self._sock, server_hostname=self.host,
                                                    do_handshake_on_connect=False)
            self._handshake()
        except ssl.SSLCertVerificationError as e:
            self.close()
            trust = f"CA file {self.ca_file}" if self.ca_file else "the system CA store"
            raise Pop3TLSError(f"TLS certificate of {self.where} not trusted: "
                               f"{e.verify_message or e.reason} (checked against {trust})") from None
        except (ssl.SSLError, OSError) as e:
            self.close()
            hint = ""
            if isinstance(e, ssl.SSLError) and e.reason == "WRONG_VERSION_NUMBER":
                hint = " (the server did not answer in TLS: is this a POP3S port? tls: starttls is for port 110)"
            raise Pop3ConnectionError(f"TLS handshake with {self.where} failed: {_oserror(e)}{hint}") from None

    def _handshake(self) -> None:
        """The TLS handshake within ``timeout`` in all (and the deadline), stop requests honoured."""
        sock = self._sock
        assert isinstance(sock, ssl.SSLSocket)
        limit = time.monotonic() + self.timeout
        while True:
            sock.settimeout(self._wait(limit - time.monotonic(), "the TLS handshake"))
            try:
                sock.do_handshake()
                return
            except (socket.timeout, TimeoutError):
                continue  # _wait raises once the time is up or a stop is requested

    def _check_stop(self, what: str) -> None:
        if self.should_stop is None or not self.should_stop():
            return
        now = time.monotonic()
        if self._stop_seen is None:
            self._stop_seen = now
        if now - self._stop_seen >= self.stop_grace:
            self.close()
            raise Pop3Stopped(f"{self.where}: stopped during {what} (connection dropped)")

    def _wait(self, left: float, what: str, tick: bool = True) -> float:
        """How long the next blocking step may wait: at most ``left`` (the step's own time), the
        session's deadline and a tick (to look at stop requests); raises when nothing is left."""
        self._check_stop(what)
        now = time.monotonic()
        if self.deadline is not None and self.deadline - now <= 0:
            self.close()
            raise Pop3ConnectionError(f"{self.where}: session deadline passed during {what} (connection dropped)")
        if left <= 0:
            self.close()
            raise Pop3ConnectionError(f"connection to {self.where} lost during {what}: timed out")
        wait = min(left, _TICK) if tick and self.should_stop is not None else left
        if self.deadline is not None:
            wait = min(wait, self.deadline - now)
        return max(wait, 0.001)

    def close(self) -> None:
        """Drop the connection without QUIT: messages marked with DELE stay on the server."""
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass
        self._file = None
        self._buf, self._pos = b"", 0

    def __enter__(self) -> Self:
        if self._sock is None:
            self.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- protocol --------------------------------------------------------------------------------
    def _send(self, line: bytes, what: str) -> None:
        if self._sock is None:
            raise Pop3ConnectionError(f"{self.where}: not connected ({what})")
        try:
            self._sock.settimeout(self._wait(self.timeout, what, tick=False))
            self._sock.sendall(line + b"\r\n")
        except OSError as e:
            self.close()
            raise Pop3ConnectionError(f"connection to {self.where} lost during {what}: {_oserror(e)}") from None

    def _fill(self, what: str, limit_at: float | None) -> None:
        """Read more bytes into the buffer.  ``limit_at``: when this whole answer must be in (a
        status line); else ``timeout`` of silence ends it.  Always the session's deadline."""
        sock = self._sock
        if sock is None:
            raise Pop3ConnectionError(f"{self.where}: not connected ({what})")
        idle_until = time.monotonic() + self.timeout
        while True:
            until = idle_until if limit_at is None else min(idle_until, limit_at)
            try:
                sock.settimeout(self._wait(until - time.monotonic(), what))
                data = sock.recv(_CHUNK)
            except (socket.timeout, TimeoutError):
                continue
            except Pop3Error:
                raise
            except (OSError, ValueError, AttributeError) as e:
                self.close()
                raise Pop3ConnectionError(f"connection to {self.where} lost during {what}: {_oserror(e)}") from None
            if not data:
                self.close()
                raise Pop3ConnectionError(f"connection to {self.where} closed by the server during {what}")
            self._buf = self._buf[self._pos:] + data
            self._pos = 0
            return

    def _readline(self, limit: int, what: str, limit_at: float | None = None) -> bytes:
        """One line with its end, or ``limit`` bytes of a longer line (the rest comes next)."""
        while True:
            buf, pos = self._buf, self._pos
            i = buf.find(b"\n", pos, pos + limit)
            if i >= 0:
                self._pos = i + 1
                return buf[pos:i + 1]
            if len(buf) - pos >= limit:
                self._pos = pos + limit
                return buf[pos:pos + limit]
            self._fill(what, limit_at)

    def _reply(self, what: str) -> str:
        line = self._readline(_MAX_REPLY, what, time.monotonic() + self.timeout)
        if not line.endswith(b"\n"):
            self.close()
            raise Pop3ConnectionError(f"{self.where}: answer to {what} longer than {_MAX_REPLY} bytes: "
                                      "not a POP3 server, or a broken one (connection dropped)")
        text = line.rstrip(b"\r\n").decode("utf-8", "replace")
        if line.startswith(b"+OK"):
            return text[3:].strip()
        if line.startswith(b"-ERR"):
            reply = text[4:].strip()
            raise Pop3CommandError(f"{self.where} refused {what}: -ERR {reply}", reply)
        self.close()
        raise Pop3ConnectionError(f"{self.where}: not a POP3 reply to {what}: {text[:200]!r}")

    def _command(self, line: bytes, what: str) -> str:
        self._send(line, what)
        return self._reply(what)

    def _lines(self, what: str, limit: int | None = None, *, line_max: int = _CHUNK,
               max_read: int | None = None, max_lines: int | None = None) -> tuple[bytes, bool]:
        """A multi-line response body: dot-unstuffed, CRLF made LF; (data, truncated past limit).
        ``line_max``: a longer line is an error when below ``_CHUNK`` (listings), else joined;
        ``max_read``: bytes read in all before the connection is dropped (``max_response``);
        ``max_lines``: lines stored at most (the rest read, not kept: truncated)."""
        out: list[bytes] = []
        size = 0
        read = 0
        cap = self.max_response if max_read is None else max_read
        truncated = False
        at_start = True
        readline = self._readline
        while True:
            line = readline(line_max, what)
            read += len(line)
            if read > cap:
                self.close()
                raise Pop3ConnectionError(f"{self.where}: answer to {what} longer than {cap} bytes: "
                                          "a broken or hostile server (connection dropped, nothing deleted)")
            if line_max < _CHUNK and not line.endswith(b"\n"):
                self.close()
                raise Pop3ConnectionError(f"{self.where}: a line of the answer to {what} is longer than "
                                          f"{line_max} bytes: a broken server (connection dropped)")
            if at_start:
                if line == b".\r\n" or line == b".\n":
                    break
                if line[:1] == b".":
                    line = line[1:]
            at_start = line[-1:] == b"\n"
            if line[-2:] == b"\r\n":
                line = line[:-2] + b"\n"
            if truncated:
                continue
            if limit is not None and size + len(line) > limit or max_lines is not None and len(out) >= max_lines:
                truncated = True  # keep reading to stay in step with the server, store no more
                continue
            out.append(line)
            size += len(line)
        return b"".join(out), truncated

    def login(self, user: str, password: str) -> None:
        """USER/PASS.  Raises :class:`Pop3AuthError` with the server's reason when refused."""
        self.user = user
        for line, what in ((b"USER " + user.encode("utf-8"), "USER"),
                           (b"PASS " + password.encode("utf-8"), "PASS")):
            self._send(line, what)
            try:
                self._reply(what)
            except Pop3CommandError as e:
                raise Pop3AuthError(f"login as {user!r} on {self.where} refused: -ERR {e.reply}",
                                    e.reply) from None

    def stat(self) -> tuple[int, int]:
        reply = self._command(b"STAT", "STAT")
        parts = reply.split()
        if len(parts) < 2 or not all(p.isascii() and p.isdigit() and len(p) <= 18 for p in parts[:2]):
            self.close()
            raise Pop3ConnectionError(f"{self.where}: not an answer to STAT: {reply[:200]!r} (connection dropped)")
        return int(parts[0]), int(parts[1])

    def _listing(self, what: str) -> list[list[str]]:
        """The lines of a UIDL/LIST answer, split; the first ``max_messages`` kept (the rest read)."""
        self._command(what.encode("ascii"), what)
        data, truncated = self._lines(what, line_max=_MAX_LISTING_LINE, max_lines=self.max_messages)
        rows = [line.split() for line in data.decode("ascii", "replace").splitlines()]
        if len(rows) > self.max_messages:
            rows, truncated = rows[:self.max_messages], True
        self.listing_truncated = truncated
        return rows

    def uidl(self) -> list[tuple[int, str]]:
        """``[(message number, unique id)]`` for every message (the first ``max_messages``), in
        server order."""
        out = []
        for parts in self._listing("UIDL"):
            if len(parts) >= 2 and parts[0].isdigit() and len(parts[0]) <= 9:
                out.append((int(parts[0]), parts[1]))
        return out

    def list(self) -> dict[int, int]:
        """``{message number: size in octets}`` (the first ``max_messages``)."""
        out = {}
        for parts in self._listing("LIST"):
            if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit() and len(parts[0]) <= 9 \
                    and len(parts[1]) <= 18:
                out[int(parts[0])] = int(parts[1])
        return out

    def retr(self, num: int, *, limit: int | None = None, max_read: int | None = None) -> tuple[bytes, bool]:
        """The whole message (LF line ends); stores at most ``limit`` bytes: (raw, truncated).
        Reads at most ``max_read`` (default ``max_response``) bytes, then drops the connection."""
        self._command(b"RETR %d" % num, f"RETR {num}")
        return self._lines(f"RETR {num}", limit, max_read=max_read)

    def top(self, num: int, lines: int, *, limit: int | None = None,
            max_read: int | None = None) -> tuple[bytes, bool]:
        """The header and the first ``lines`` body lines, at most ``limit`` bytes: (raw, truncated)."""
        self._command(b"TOP %d %d" % (num, lines), f"TOP {num}")
        return self._lines(f"TOP {num}", limit, max_read=max_read)

    def dele(self, num: int) -> None:
        """Mark for deletion; the server deletes at a successful QUIT, and only then."""
        self._command(b"DELE %d" % num, f"DELE {num}")

    def noop(self) -> None:
        self._command(b"NOOP", "NOOP")

    def quit(self, grace: float | None = None) -> None:
        """QUIT: commits the DELEs, then closes.  ``grace``: seconds the answer may take even past
        the session deadline (the bridge quits at its deadline)."""
        if grace is not None:
            self.deadline = time.monotonic() + grace
        try:
            self._command(b"QUIT", "QUIT")
        finally:
            self.close()


def _oserror(e: BaseException) -> str:
    if isinstance(e, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(e, ssl.SSLError):
        return e.reason or str(e)
    return getattr(e, "strerror", None) or str(e) or type(e).__name__
