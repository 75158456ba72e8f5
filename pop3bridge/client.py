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

Errors are :class:`Pop3Error` subclasses with one readable line naming the server (never the
password); ``transient`` says whether trying again later can help (a connection refused or dropped,
a login refused, a locked mailbox) or not (a certificate that does not verify).
"""
from __future__ import annotations

import re
import socket
import ssl
from pathlib import Path
from typing import Self

__all__ = [
    "TLS_MODES",
    "Pop3AuthError",
    "Pop3Client",
    "Pop3CommandError",
    "Pop3ConnectionError",
    "Pop3Error",
    "Pop3TLSError",
]

TLS_MODES = ("pop3s", "starttls", "plain")
_MAX_REPLY = 8192          # a status line (+OK/-ERR ...) longer than this is a broken server
_CHUNK = 65536             # longest piece of a message line read at once (longer lines are joined)
_CODE = re.compile(r"^\[([A-Z/-]+)\]")


class Pop3Error(Exception):
    """A POP3 session failed; ``str()`` is one line naming the server."""

    transient = True


class Pop3ConnectionError(Pop3Error):
    """Cannot connect, the connection dropped or timed out, or the TLS handshake failed."""


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
                 context: ssl.SSLContext | None = None):
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
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as e:
            raise Pop3ConnectionError(f"cannot connect to {self.where}: {_oserror(e)}") from None
        self._sock = sock
        if self.tls == "pop3s":
            self._start_tls()
        self._file = self._sock.makefile("rb")
        self.greeting = self._reply("greeting")
        if self.tls == "starttls":
            self.context()
            try:
                self._command(b"STLS", "STLS")
            except Pop3CommandError as e:
                self.close()
                raise Pop3TLSError(f"{e} (tls: starttls: will not go on in clear text)") from None
            self._file.close()
            self._start_tls()
            self._file = self._sock.makefile("rb")
        return self.greeting

    def _start_tls(self) -> None:
        assert self._sock is not None
        try:
            self._sock = self.context().wrap_socket(self._sock, server_hostname=self.host)
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

    def close(self) -> None:
        """Drop the connection without QUIT: messages marked with DELE stay on the server."""
        for obj in (self._file, self._sock):
            if obj is not None:
                try:
                    obj.close()
                except OSError:
                    pass
        self._file = self._sock = None

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
            self._sock.sendall(line + b"\r\n")
        except OSError as e:
            self.close()
            raise Pop3ConnectionError(f"connection to {self.where} lost during {what}: {_oserror(e)}") from None

    def _readline(self, limit: int, what: str) -> bytes:
        try:
            line = self._file.readline(limit)  # type: ignore[union-attr]
        except (OSError, ValueError, AttributeError) as e:
            self.close()
            raise Pop3ConnectionError(f"connection to {self.where} lost during {what}: {_oserror(e)}") from None
        if not line:
            self.close()
            raise Pop3ConnectionError(f"connection to {self.where} closed by the server during {what}")
        return line

    def _reply(self, what: str) -> str:
        line = self._readline(_MAX_REPLY, what)
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

    def _lines(self, what: str, limit: int | None = None) -> tuple[bytes, bool]:
        """A multi-line response body: dot-unstuffed, CRLF made LF; (data, truncated past limit)."""
        out: list[bytes] = []
        size = 0
        truncated = False
        at_start = True
        readline = self._readline
        while True:
            line = readline(_CHUNK, what)
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
            if limit is not None and size + len(line) > limit:
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
        parts = self._command(b"STAT", "STAT").split()
        return int(parts[0]), int(parts[1])

    def uidl(self) -> list[tuple[int, str]]:
        """``[(message number, unique id)]`` for every message, in server order."""
        self._command(b"UIDL", "UIDL")
        data, _ = self._lines("UIDL")
        out = []
        for line in data.decode("ascii", "replace").splitlines():
            num, _, uid = line.strip().partition(" ")
            if num.isdigit() and uid:
                out.append((int(num), uid.strip()))
        return out

    def list(self) -> dict[int, int]:
        """``{message number: size in octets}``."""
        self._command(b"LIST", "LIST")
        data, _ = self._lines("LIST")
        out = {}
        for line in data.decode("ascii", "replace").splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit():
                out[int(parts[0])] = int(parts[1])
        return out

    def retr(self, num: int, *, limit: int | None = None) -> tuple[bytes, bool]:
        """The whole message (LF line ends); stores at most ``limit`` bytes: (raw, truncated)."""
        self._command(b"RETR %d" % num, f"RETR {num}")
        return self._lines(f"RETR {num}", limit)

    def top(self, num: int, lines: int, *, limit: int | None = None) -> tuple[bytes, bool]:
        """The header and the first ``lines`` body lines, at most ``limit`` bytes: (raw, truncated)."""
        self._command(b"TOP %d %d" % (num, lines), f"TOP {num}")
        return self._lines(f"TOP {num}", limit)

    def dele(self, num: int) -> None:
        """Mark for deletion; the server deletes at a successful QUIT, and only then."""
        self._command(b"DELE %d" % num, f"DELE {num}")

    def noop(self) -> None:
        self._command(b"NOOP", "NOOP")

    def quit(self) -> None:
        """QUIT: commits the DELEs, then closes."""
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
