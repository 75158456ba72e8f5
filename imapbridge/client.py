"""One IMAP session over IMAPClient, and the POP3-shaped wire the POP3 bridge's drain runs on.

Why IMAPClient (PyPI ``imapclient``) rather than :mod:`imaplib` alone: it *is* imaplib underneath
(the same parser, kept in the standard library), and adds what this bridge would otherwise write
again: FETCH answers parsed and keyed by UID, ``UID MOVE`` (RFC 6851) and ``UID EXPUNGE``
(RFC 4315), IDLE (RFC 2177) with a timeout, SASL XOAUTH2, a STARTTLS that verifies the
certificate by default and refuses to go on when the server does not offer it.

TLS modes as for POP3: ``imaps`` (TLS from the first byte, RFC 8314, port 993), ``starttls``
(RFC 3501 section 6.2.1, port 143: a server that does not offer it is an error, never a fallback
to clear text) and ``plain`` (only with ``allow_insecure``, refused by the config otherwise).
Certificates and host names are always verified, against ``ca_file`` or the system store.

Bounds against a broken or hostile server (``docs/security.md``): every socket read waits at most
``timeout``; a literal (a message body) larger than ``2 * max_message_size + 1 MiB`` drops the
connection before it is read (a server that lies about RFC822.SIZE); imaplib refuses lines over
1,000,000 bytes.  :meth:`ImapSession.cut` (another thread: SIGTERM) shuts the socket down, which
ends a read in progress at once.

Errors are :class:`ImapError`, a subclass of :class:`pop3bridge.client.Pop3Error` so that the
POP3 bridge's session loop (retries, backoff, "account failed") treats both alike: one readable
line naming the server (never the password or token), ``transient`` saying whether trying again
later can help.
"""
from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pop3bridge.client import Pop3CommandError, Pop3Error, Pop3Stopped, _oserror

if TYPE_CHECKING:  # pragma: no cover
    from imapclient import IMAPClient

    from filter.config import ImapAccount

__all__ = ["ImapAuthError", "ImapCommandError", "ImapConnectionError", "ImapError", "ImapSession",
           "ImapStopped", "ImapTLSError", "Wire"]

DELETED, SEEN = b"\\Deleted", b"\\Seen"
MAX_MESSAGES = 100_000     # messages of a folder listed per session (the lowest UIDs; the rest later)
_LIST_CHUNK = 2000         # UIDs per listing FETCH
_NEWS = re.compile(rb"^\* \d+ (EXISTS|RECENT)\b", re.I)  # new mail in the selected folder (RFC 3501 7.3)


class ImapError(Pop3Error):
    """An IMAP session failed; ``str()`` is one line naming the server."""


class ImapConnectionError(ImapError):
    """Cannot connect, the connection dropped or timed out, or the TLS handshake failed."""


class ImapTLSError(ImapError):
    """The certificate does not verify, or the server will not start TLS: waiting will not help."""

    transient = False


class ImapAuthError(ImapError):
    """The login (LOGIN or AUTHENTICATE XOAUTH2) was refused."""


class ImapCommandError(ImapError, Pop3CommandError):
    """The server answered NO or BAD to a command (or a message it listed has vanished)."""


class ImapStopped(ImapError, Pop3Stopped):
    """A stop was requested (SIGTERM) while waiting for the server: the connection was dropped."""

    transient = False


class ImapSession:
    """One connection to one IMAP account.  Not thread-safe, except :meth:`cut`."""

    def __init__(self, account: ImapAccount, *, should_stop: Callable[[], bool] | None = None):
        self.account = account
        self.should_stop = should_stop or (lambda: False)
        self.imap: IMAPClient | None = None
        self._cut = threading.Event()
        #: the largest literal read (bytes): a body past it drops the connection
        self.max_literal = 2 * account.max_message_size + (1 << 20)

    @property
    def where(self) -> str:
        return f"{self.account.host}:{self.account.port}"

    # -- errors ----------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Every failure of ``what`` as an :class:`ImapError` with one line naming the server."""
        from imapclient import exceptions as x

        try:
            yield
        except ImapError:
            raise
        except ssl.SSLCertVerificationError as e:
            self.close()
            ca = self.account.ca_file
            trust = f"CA file {ca}" if ca else "the system CA store"
            raise ImapTLSError(f"TLS certificate of {self.where} not trusted: "
                               f"{e.verify_message or e.reason} (checked against {trust})") from None
        except x.LoginError as e:
            raise ImapAuthError(f"login as {self.account.username!r} on {self.where} refused: "
                                f"{_said(e)}") from None
        except (x.IMAPClientAbortError, OSError, EOFError) as e:  # dropped, reset, timed out, TLS
            self.close()
            if self._cut.is_set() or self.should_stop():
                raise ImapStopped(f"{what} on {self.where}: stopped") from None
            hint = ""
            if isinstance(e, ssl.SSLError) and e.reason == "WRONG_VERSION_NUMBER":
                hint = " (the server did not answer in TLS: is this an IMAPS port? tls: starttls is for port 143)"
            said = _oserror(e) if isinstance(e, OSError) else _said(e)
            raise ImapConnectionError(f"{what} on {self.where} failed: {said}{hint}") from None
        except x.IMAPClientError as e:  # NO / BAD, a missing capability
            raise ImapCommandError(f"{what} on {self.where} refused: {_said(e)}", _said(e)) from None

    # -- connection ------------------------------------------------------------------------------
    def context(self) -> ssl.SSLContext:
        ca = self.account.ca_file
        try:
            return ssl.create_default_context(cafile=str(ca) if ca else None)
        except (OSError, ssl.SSLError) as e:
            raise ImapTLSError(f"cannot load the CA file {ca}: {getattr(e, 'strerror', None) or e}") from None

    def connect(self) -> None:
        """Connect, start TLS as configured, log in (LOGIN, or AUTHENTICATE XOAUTH2)."""
        from imapclient import IMAPClient
        from imapclient import exceptions as x

        a = self.account
        ctx = self.context() if a.tls != "plain" else None  # a bad ca_file: before any traffic
        if self.should_stop():
            raise ImapStopped(f"connecting to {self.where}: stopped")
        try:
            self.imap = IMAPClient(a.host, a.port, ssl=a.tls == "imaps", ssl_context=ctx, timeout=a.timeout)
        except OSError as e:
            if isinstance(e, ssl.SSLCertVerificationError):
                with self._errors("connect"):
                    raise
            hint = ""
            if isinstance(e, ssl.SSLError) and e.reason == "WRONG_VERSION_NUMBER":
                hint = " (the server did not answer in TLS: is this an IMAPS port? tls: starttls is for port 143)"
            elif isinstance(e, (socket.timeout, TimeoutError)) and a.tls != "imaps":
                hint = " (no greeting: is this an IMAPS port? then tls: imaps)"
            raise ImapConnectionError(f"cannot connect to {self.where}: {_oserror(e)}{hint}") from None
        except (x.IMAPClientError, EOFError) as e:  # a greeting that is not IMAP
            raise ImapConnectionError(f"cannot connect to {self.where}: the server did not greet in IMAP "
                                      "(RFC 3501 section 7.1.1: '* OK ...'): is this an IMAP port?"
                                      f"{' (' + _said(e) + ')' if e.args and e.args[0] else ''}") from None
        self._bound_literals()
        if a.tls == "starttls":
            with self._errors("STARTTLS"):
                try:
                    self.imap.starttls(ctx)
                except x.CapabilityError:
                    self.close()
                    raise ImapTLSError(f"{self.where} does not offer STARTTLS (tls: starttls: will not go on "
                                       "in clear text)") from None
            self._bound_literals()
        with self._errors("login"):
            if a.oauth2_token is not None:
                token = _fresh(a.oauth2_token)
                self.imap.oauth2_login(a.username, token)
            else:
                self.imap.login(a.username, str(a.password))

    def _bound_literals(self) -> None:
        """imaplib reads a literal of whatever size the server announces: refuse one past
        :attr:`max_literal` (the connection is dropped; the session fails, nothing is lost)."""
        imap4 = self.imap._imap  # type: ignore[union-attr]
        read, cap, where = type(imap4).read.__get__(imap4), self.max_literal, self.where

        def bounded(size: int) -> bytes:
            if size > cap:
                raise imaplib.IMAP4.abort(f"{where} announced a literal of {size} bytes (over {cap})")
            return read(size)

        imap4.read = bounded

    def has(self, capability: str) -> bool:
        with self._errors("CAPABILITY"):
            return self.imap.has_capability(capability)  # type: ignore[union-attr]

    def ensure_folder(self, folder: str) -> bool:
        """Create ``folder`` (and subscribe to it) when missing; True when it was created."""
        with self._errors(f"LIST {folder!r}"):
            if self.imap.folder_exists(folder):  # type: ignore[union-attr]
                return False
        try:
            with self._errors(f"CREATE {folder!r}"):
                self.imap.create_folder(folder)  # type: ignore[union-attr]
        except ImapCommandError as e:
            if "ALREADYEXISTS" not in e.reply.upper():  # RFC 5530: another client was first
                raise
            return False
        with contextlib.suppress(ImapCommandError), self._errors(f"SUBSCRIBE {folder!r}"):
            self.imap.subscribe_folder(folder)  # type: ignore[union-attr]
        return True

    def select(self, folder: str) -> tuple[int, int]:
        """SELECT (read-write); (UIDVALIDITY, EXISTS)."""
        with self._errors(f"SELECT {folder!r}"):
            r = self.imap.select_folder(folder)  # type: ignore[union-attr]
        if b"UIDVALIDITY" not in r:
            raise ImapCommandError(f"SELECT {folder!r} on {self.where}: no UIDVALIDITY in the answer "
                                   "(RFC 3501 requires it)")
        return int(r[b"UIDVALIDITY"]), int(r.get(b"EXISTS", 0))

    def listing(self) -> dict[int, tuple[tuple[bytes, ...], int]]:
        """Every message of the selected folder: ``{uid: (flags, RFC822.SIZE)}``."""
        out: dict[int, tuple[tuple[bytes, ...], int]] = {}
        with self._errors("UID SEARCH ALL"):
            uids = sorted(int(u) for u in self.imap.search(["ALL"]))[:MAX_MESSAGES]  # type: ignore[union-attr]
        for i in range(0, len(uids), _LIST_CHUNK):  # a command line stays well under 64 KiB
            with self._errors("UID FETCH (FLAGS RFC822.SIZE)"):
                data = self.imap.fetch(uids[i:i + _LIST_CHUNK], ["FLAGS", "RFC822.SIZE"])  # type: ignore[union-attr]
            out.update((int(uid), (tuple(d.get(b"FLAGS", ())), int(d.get(b"RFC822.SIZE", 0))))
                       for uid, d in data.items())
        return out

    def fetch(self, uids: list[int], limit: int | None = None) -> dict[int, bytes]:
        """The messages (``BODY.PEEK[]``: \\Seen is not set), or their first ``limit`` bytes."""
        part = f"BODY.PEEK[]<0.{limit}>" if limit is not None else "BODY.PEEK[]"
        key = b"BODY[]<0>" if limit is not None else b"BODY[]"
        with self._errors("UID FETCH"):
            data = self.imap.fetch(uids, [part])  # type: ignore[union-attr]
        return {int(uid): d[key] for uid, d in data.items() if isinstance(d.get(key), bytes)}

    def move(self, uids: list[int], folder: str) -> None:
        """Out of the selected folder into ``folder``: UID MOVE (RFC 6851), else COPY then
        :meth:`delete`."""
        imap = self.imap
        if self.has("MOVE"):
            with self._errors(f"UID MOVE to {folder!r}"):
                imap.move(uids, folder)  # type: ignore[union-attr]
            return
        with self._errors(f"UID COPY to {folder!r}"):
            imap.copy(uids, folder)  # type: ignore[union-attr]
        self.delete(uids)

    def delete(self, uids: list[int]) -> None:
        """\\Deleted, then UID EXPUNGE (RFC 4315); without UIDPLUS, EXPUNGE (RFC 3501), which also
        removes other messages of the folder marked \\Deleted."""
        imap = self.imap
        with self._errors("UID STORE +FLAGS.SILENT (\\Deleted)"):
            imap.add_flags(uids, [DELETED], silent=True)  # type: ignore[union-attr]
        self.expunge(uids)

    def expunge(self, uids: list[int]) -> None:
        imap = self.imap
        with self._errors("EXPUNGE"):
            if self.has("UIDPLUS"):
                imap.uid_expunge(uids)  # type: ignore[union-attr]
            else:
                imap.expunge()  # type: ignore[union-attr]

    def flag(self, uids: list[int], flags: list[bytes]) -> None:
        with self._errors("UID STORE +FLAGS.SILENT"):
            self.imap.add_flags(uids, flags, silent=True)  # type: ignore[union-attr]

    def newer_than(self, uid: int) -> bool:
        """Is there a message with a UID above ``uid`` (new mail since the listing)?"""
        with self._errors("UID SEARCH"):
            found = self.imap.search(["UID", f"{uid + 1}:*"])  # type: ignore[union-attr]
        return any(int(u) > uid for u in found)

    def idle(self, timeout: float, stopping: Callable[[], bool]) -> bool:
        """IDLE (RFC 2177) until the server reports new mail (True), ``timeout`` passes or a stop
        is requested (False).  The stop request is looked at every 0.5 s.

        The lines are read with a short socket timeout rather than by polling the socket (as
        IMAPClient's ``idle_check`` does): over TLS a line may already sit decrypted in the
        buffers, where a poll of the socket never sees it (the EXISTS was then seen only at the
        next IDLE timeout)."""
        imap = self.imap
        sock = imap.socket()  # type: ignore[union-attr]
        until = time.monotonic() + timeout
        news = False
        with self._errors("IDLE"):
            imap.idle()  # type: ignore[union-attr]
            try:
                while not news and not stopping():
                    left = until - time.monotonic()
                    if left <= 0:
                        break
                    sock.settimeout(min(0.5, left))
                    try:
                        line = imap._imap._get_line()  # type: ignore[union-attr]
                    except (socket.timeout, TimeoutError):
                        continue
                    news = _NEWS.match(line) is not None
            finally:
                sock.settimeout(self.account.timeout)
                if not self._cut.is_set():
                    imap.idle_done()  # type: ignore[union-attr]
        return news

    def logout(self) -> None:
        """LOGOUT (an error here changes nothing: all was done or will be done again)."""
        imap, self.imap = self.imap, None
        if imap is not None:
            with contextlib.suppress(Exception):
                imap.logout()
            self._shutdown(imap)

    def close(self) -> None:
        """Drop the connection without LOGOUT."""
        imap, self.imap = self.imap, None
        if imap is not None:
            self._shutdown(imap)

    @staticmethod
    def _shutdown(imap: IMAPClient) -> None:
        with contextlib.suppress(Exception):
            imap.shutdown()

    def cut(self) -> None:
        """From another thread: end a read in progress now (SIGTERM after its grace)."""
        self._cut.set()
        imap = self.imap
        if imap is not None:
            with contextlib.suppress(Exception):
                imap.socket().shutdown(socket.SHUT_RDWR)


class Wire:
    """The POP3 client's pipelined interface (``send_retr``/``send_top``/``send_dele``,
    ``receive``, ``flush``, ``outstanding``) over an :class:`ImapSession`, so that the POP3
    bridge's ``_Fetcher`` and ``_Run`` drain an IMAP folder unchanged.  A message number is its
    UID.  Fetches waiting at the head are asked for in one ``UID FETCH`` (the fetcher keeps at
    most 32 of them / 1 MiB ahead); ``send_dele`` of a recorded message is its disposition
    (``plan[uid]``: ``processed`` -> the account's ``processed``, ``human`` -> moved to
    ``non_bounce_folder``, ``delete``), done for all queued ones in a few commands at
    :meth:`flush` (one per destination)."""

    pipelining = True

    def __init__(self, session: ImapSession):
        self.session = session
        self.account = session.account
        self.deadline: float | None = None
        self.plan: dict[int, str] = {}
        self.flagged: set[int] = set()
        self._queue: deque[list] = deque()   # [verb, uid, limit, done]: sent, not answered yet
        self._bodies: dict[int, bytes] = {}

    @property
    def outstanding(self) -> int:
        return len(self._queue)

    def send_retr(self, num: int, *, limit: int | None = None, max_read: int | None = None) -> None:
        self._queue.append(["RETR", num, limit, False])

    def send_top(self, num: int, lines: int, *, limit: int | None = None, max_read: int | None = None) -> None:
        self._queue.append(["TOP", num, limit, False])

    def send_dele(self, num: int) -> None:
        self._queue.append(["DELE", num, None, False])

    def receive(self) -> tuple[str, int, bytes | None, bool]:
        """The oldest answer: ``(verb, uid, body, cut)``.  A message that vanished (expunged by
        another client) raises :class:`ImapCommandError`, its command forgotten."""
        head = self._queue[0]
        verb, uid, limit, done = head
        if not done:
            self._fetch() if verb != "DELE" else self.flush()
        self._queue.popleft()
        if verb == "DELE":
            return verb, uid, None, False
        body = self._bodies.pop(uid, None)
        if body is None:
            raise ImapCommandError(f"UID FETCH {uid} on {self.session.where}: the message is gone "
                                   "(expunged by another client)", "gone")
        body = body.replace(b"\r\n", b"\n")  # the form the pipe gets from Postfix
        cut = limit is not None and len(body) > limit
        return verb, uid, body[:limit] if cut else body, cut or verb == "TOP"

    def _fetch(self) -> None:
        whole = [e for e in self._queue if e[0] == "RETR" and not e[3]]
        heads = [e for e in self._queue if e[0] == "TOP" and not e[3]]
        if whole:
            self._bodies.update(self.session.fetch([e[1] for e in whole]))
        for e in heads:  # oversized: the first max_message_size bytes (its head and then some)
            self._bodies.update(self.session.fetch([e[1]], e[2]))
        for e in whole + heads:
            e[3] = True

    def flush(self) -> None:
        """Do the queued dispositions: one command per destination."""
        todo = [e for e in self._queue if e[0] == "DELE" and not e[3]]
        if not todo:
            return
        a, s = self.account, self.session
        groups: dict[str, list[int]] = {}
        for e in todo:
            what = self.plan.get(e[1], "processed")
            if what == "processed":
                what = a.processed
            groups.setdefault(what, []).append(e[1])
        for what, uids in groups.items():
            if what == "move":
                s.move(uids, a.processed_folder)
            elif what == "human":
                s.move(uids, a.non_bounce_folder or "")
            elif what == "flag":
                s.flag(uids, [SEEN, a.processed_flag.encode()])
                self.flagged.update(uids)
            else:
                s.delete(uids)
            for e in todo:
                if e[1] in uids:
                    e[3] = True


def _fresh(token: str) -> str:
    """An XOAUTH2 token given by file is read again at each login (a refresher rewrites it)."""
    path = getattr(token, "file", None)
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8").strip()
        except OSError as e:
            raise ImapAuthError(f"cannot read the oauth2_token_file {path}: {e.strerror or e}") from None
        if not text:
            raise ImapAuthError(f"the oauth2_token_file {path} is empty")
        return text
    return str(token)


def _said(e: BaseException) -> str:
    """What the server (or imaplib) said, as one line."""
    text = " ".join(str(x.decode(errors="replace") if isinstance(x, bytes) else x) for x in e.args) or type(e).__name__
    return " ".join(text.split())[:500]
