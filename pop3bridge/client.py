"""One POP3 session (RFC 1939): TLS, USER/PASS, CAPA, UIDL, LIST, RETR, bounded TOP, DELE, QUIT.

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

**Pipelining** (RFC 2449): after :meth:`Pop3Client.capa`, when the server lists ``PIPELINING``,
:meth:`~Pop3Client.send_retr` / :meth:`~Pop3Client.send_top` / :meth:`~Pop3Client.send_dele`
queue commands without waiting (written together at :meth:`~Pop3Client.flush`, or before the next
read) and :meth:`~Pop3Client.receive` reads their answers one at a time, in the order sent::

    c.capa()
    for num in (1, 2, 3):
        c.send_retr(num)
    c.send_dele(1)
    for _ in range(4):
        verb, num, raw, truncated = c.receive()      # RETR 1, RETR 2, RETR 3, DELE 1

Without ``PIPELINING`` only one command may be waiting for its answer (``send_*`` raises
otherwise): the same calls, one at a time.  The one-shot methods (:meth:`~Pop3Client.retr`,
:meth:`~Pop3Client.dele`, :meth:`~Pop3Client.quit` ...) refuse to run while answers are
outstanding (:meth:`~Pop3Client.finish` reads them).  Every bound below holds for each answer.

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
from collections import deque
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
#: the line that ends a multi-line answer ("." alone), with the line end before it
_END = re.compile(rb"\n\.\r?\n")
_MAX_CAPA_LINES = 1000


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
        #: what the server said to CAPA (RFC 2449): ``{"PIPELINING": "", "SASL": "PLAIN", ...}``
        self.capabilities: dict[str, str] = {}
        self._buf = b""
        self._pos = 0
        self._stop_seen: float | None = None
        self._out: list[bytes] = []        # commands queued by send_*, not written yet
        self._waiting: deque[tuple[str, int, str, int | None, int | None]] = deque()  # sent, not answered

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
        self._out.clear()
        self._waiting.clear()

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
        if self._waiting or self._out:
            raise RuntimeError(f"{what} while {self.outstanding} pipelined answer(s) are unread: finish() first")
        self._send(line, what)
        return self._reply(what)

    def _body(self, what: str, limit: int | None, max_read: int | None) -> tuple[bytes, bool]:
        """The body of a RETR/TOP answer, read in blocks (never line by line): dot-unstuffed, CRLF
        made LF; (data, truncated).  At most ``limit`` bytes are kept (whole lines), and about twice
        that is held while reading; ``max_read`` bytes on the wire (terminator included) at most,
        then the connection is dropped."""
        cap = self.max_response if max_read is None else max_read
        keep = None if limit is None else 2 * limit + 2  # wire bytes enough for `limit` bytes of data
        parts: list[bytes] = []
        kept = 0
        read = 0
        cut = False
        first = True  # at the start of the body: the "." line may be the first one (no body)
        while True:
            buf, pos = self._buf, self._pos
            end = None
            if first and buf.startswith((b".\r\n", b".\n"), pos):
                body_end, end = pos, buf.index(b"\n", pos) + 1
            else:
                m = _END.search(buf, pos)
                if m is not None:
                    body_end, end = m.start() + 1, m.end()
            if end is not None:
                used = end
            else:  # all of it is body, but for the last 3 bytes: the start of a "\n.\r\n" to come
                body_end = used = max(pos, len(buf) - 3)
            read += used - pos
            if read > cap:
                self.close()
                raise Pop3ConnectionError(f"{self.where}: answer to {what} longer than {cap} bytes: "
                                          "a broken or hostile server (connection dropped, nothing deleted)")
            n = body_end - pos
            if n > 0:
                if keep is None or kept + n <= keep:
                    parts.append(buf[pos:body_end])
                    kept += n
                elif kept < keep:
                    parts.append(buf[pos:pos + keep - kept])
                    kept, cut = keep, True
                else:
                    cut = True
            self._pos = used
            if end is not None:
                break
            first = first and used == pos
            self._fill(what, None)
        data = b"".join(parts)
        if b"\n." in data or data[:1] == b".":
            data = (b"\n" + data).replace(b"\n.", b"\n")[1:]
        data = data.replace(b"\r\n", b"\n")
        if limit is not None and len(data) > limit:
            cut = True
        if cut and limit is not None:
            end = data.rfind(b"\n", 0, limit) + 1 if len(data) >= limit else len(data)
            data = data[:end or min(limit, len(data))]
            if len(data) > limit:
                data = data[:limit]
        return data, cut

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

    def capa(self) -> dict[str, str]:
        """CAPA (RFC 2449): the server's capabilities, also kept in :attr:`capabilities`; ``{}``
        when it refuses the command (an RFC 1939-only server).  Ask after login: a server may
        offer more to a logged-in user."""
        try:
            self._command(b"CAPA", "CAPA")
        except Pop3CommandError:
            self.capabilities = {}
            return {}
        data, _ = self._lines("CAPA", line_max=_MAX_LISTING_LINE, max_lines=_MAX_CAPA_LINES)
        caps: dict[str, str] = {}
        for line in data.decode("ascii", "replace").splitlines():
            name, _, args = line.strip().partition(" ")
            if name:
                caps[name.upper()] = args.strip()
        self.capabilities = caps
        return caps

    @property
    def pipelining(self) -> bool:
        """The server said PIPELINING to :meth:`capa`: several commands may wait for answers."""
        return "PIPELINING" in self.capabilities

    def retr(self, num: int, *, limit: int | None = None, max_read: int | None = None) -> tuple[bytes, bool]:
        """The whole message (LF line ends); stores at most ``limit`` bytes: (raw, truncated).
        Reads at most ``max_read`` (default ``max_response``) bytes, then drops the connection."""
        self._command(b"RETR %d" % num, f"RETR {num}")
        return self._body(f"RETR {num}", limit, max_read)

    def top(self, num: int, lines: int, *, limit: int | None = None,
            max_read: int | None = None) -> tuple[bytes, bool]:
        """The header and the first ``lines`` body lines, at most ``limit`` bytes: (raw, truncated)."""
        self._command(b"TOP %d %d" % (num, lines), f"TOP {num}")
        return self._body(f"TOP {num}", limit, max_read)

    def dele(self, num: int) -> None:
        """Mark for deletion; the server deletes at a successful QUIT, and only then."""
        self._command(b"DELE %d" % num, f"DELE {num}")

    # -- pipelining (RFC 2449) -------------------------------------------------------------------
    @property
    def outstanding(self) -> int:
        """Commands sent (or queued by ``send_*``) whose answers :meth:`receive` has not read."""
        return len(self._waiting)

    def _queue(self, line: bytes, verb: str, num: int, limit: int | None = None,
               max_read: int | None = None) -> None:
        if self._sock is None:
            raise Pop3ConnectionError(f"{self.where}: not connected ({verb} {num})")
        if self._waiting and not self.pipelining:
            raise RuntimeError(f"{verb} {num}: the server does not offer PIPELINING and an answer is unread")
        self._out.append(line + b"\r\n")
        self._waiting.append((verb, num, f"{verb} {num}", limit, max_read))

    def send_retr(self, num: int, *, limit: int | None = None, max_read: int | None = None) -> None:
        """Queue ``RETR num``; its answer comes from :meth:`receive` (as :meth:`retr`'s)."""
        self._queue(b"RETR %d" % num, "RETR", num, limit, max_read)

    def send_top(self, num: int, lines: int, *, limit: int | None = None, max_read: int | None = None) -> None:
        """Queue ``TOP num lines``; its answer comes from :meth:`receive` (as :meth:`top`'s)."""
        self._queue(b"TOP %d %d" % (num, lines), "TOP", num, limit, max_read)

    def send_dele(self, num: int) -> None:
        """Queue ``DELE num`` (counts only at QUIT, as :meth:`dele`)."""
        self._queue(b"DELE %d" % num, "DELE", num)

    def flush(self) -> None:
        """Write the queued commands (one write for all of them)."""
        if self._out:
            lines, what = b"".join(self._out), self._waiting[-1][2]
            self._out.clear()
            self._send(lines[:-2], what)

    def receive(self) -> tuple[str, int, bytes | None, bool]:
        """The answer to the oldest command not yet answered: ``(verb, num, body, truncated)``;
        ``body`` is the message for RETR/TOP, None for DELE.  ``-ERR`` raises
        :class:`Pop3CommandError` (that answer is consumed: the session stays in step)."""
        if self._sock is None:
            raise Pop3ConnectionError(f"{self.where}: not connected (an answer was awaited)")
        if not self._waiting:
            raise RuntimeError("receive(): no command is waiting for its answer")
        self.flush()
        verb, num, what, limit, max_read = self._waiting[0]
        try:
            self._reply(what)
        except Pop3CommandError:
            if self._waiting:
                self._waiting.popleft()
            raise
        if verb == "DELE":
            self._waiting.popleft()
            return verb, num, None, False
        body, truncated = self._body(what, limit, max_read)
        self._waiting.popleft()
        return verb, num, body, truncated

    def finish(self, grace: float | None = None) -> None:
        """Read every outstanding answer (messages dropped), e.g. before QUIT.  ``grace``: seconds
        that may take even past the session deadline.  A refused DELE raises."""
        if grace is not None:
            self.deadline = time.monotonic() + grace
        while self._waiting:
            self.receive()

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
