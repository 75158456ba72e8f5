"""A fake remote MX: a real SMTP server (aiosmtpd) on 127.0.0.1 that answers per recipient.

Why: the question an application (or an MTA) under test must answer is "what do I do when the
remote server says 550 5.1.1 to this recipient?".  A mock of ``smtplib`` cannot answer it; a real
server on loopback can, for the application itself (``smtplib.SMTP(mx.host, mx.port)``) and for a
real MTA relaying to it (Postfix ``transport_maps``: ``remote.example  smtp:[127.0.0.1]:PORT``,
see :attr:`FakeMX.nexthop`).

Replies are chosen by rules on the recipient address (shell-style patterns, case-insensitive,
the most recently added rule first)::

    with FakeMX() as mx:
        mx.reject("*@gone.example", 550, "5.1.1", "User unknown")          # at RCPT TO
        mx.reject("big@*", 552, "5.3.4", "Message too big", at="DATA")     # after the data
        mx.greylist("*@slow.example")                 # 451 4.7.1 the first try of each pair
        mx.accept("keep@gone.example")                # an exception to the rule above
        ...
        assert mx.transactions[0].rejected[0].reply.startswith("550")

Every transaction is recorded (:class:`Transaction`): the client's HELO, MAIL FROM, the
recipients accepted and refused with the reply each got, the data when there was any, and the
final reply.  Accepted mail is kept in :attr:`FakeMX.messages`.

The reply codes follow RFC 5321 (basic code) and RFC 3463 (enhanced status, sent as RFC 2034
allows).  Importable without pytest; aiosmtpd is imported when the server starts.
"""
from __future__ import annotations

import email
import email.message
import email.policy
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, Callable

__all__ = ["FakeMX", "Rule", "Transaction", "Refusal", "ReceivedMessage", "HOST", "free_port", "smtp_reply"]

#: the only address the kit's servers listen on: test traffic stays on loopback
HOST = "127.0.0.1"
#: where a rule applies: refusing the recipient (RCPT TO) or the whole message after its data
STAGES = ("RCPT", "DATA")


def free_port(host: str = HOST) -> int:
    """A port free on ``host`` right now (the caller retries if it is taken before it binds)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def smtp_reply(code: int, status: str | None, text: str) -> str:
    """One reply line: ``550 5.1.1 text`` (the enhanced status code is left out when None).

    Refuses what is no reply: a code outside 200-599 (RFC 5321 section 4.2), a status whose class
    does not agree with the code (RFC 3463: 2.x.x with 2yz, 4.x.x with 4yz, 5.x.x with 5yz), a
    line break in the text (a second line would be read as a new reply)."""
    if not isinstance(code, int) or not 200 <= code <= 599:
        raise ValueError(f"an SMTP reply code is a number from 200 to 599, not {code!r}")
    if status is not None:
        parts = status.split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts) or parts[0] != str(code)[0]:
            raise ValueError(f"enhanced status {status!r} does not fit reply code {code} (RFC 3463: "
                             f"'{str(code)[0]}.X.Y')")
    if "\r" in text or "\n" in text:
        raise ValueError("the reply text must be one line")
    return " ".join(str(p) for p in (code, status, text) if p)


@dataclass(frozen=True, slots=True)
class Rule:
    """``pattern`` (fnmatch, on the lowercased address) -> ``reply`` at ``stage``.

    ``reply`` may contain ``{address}`` (the recipient).  ``first_tries``: greylisting, the rule
    answers only the first N attempts of each (sender, recipient) pair and then lets the mail
    through; None = every attempt."""

    pattern: str
    reply: str
    stage: str = "RCPT"
    first_tries: int | None = None

    def applies(self, address: str) -> bool:
        return fnmatchcase(address.lower(), self.pattern.lower())


@dataclass(slots=True)
class Refusal:
    """A recipient (or, at DATA, the whole message for it) refused, with the reply given."""

    stage: str
    address: str
    reply: str


@dataclass
class ReceivedMessage:
    """Mail the server accepted: the envelope and the bytes as received."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes

    @property
    def data(self) -> bytes:
        """The same bytes as :attr:`content` (the name the project's older sink used)."""
        return self.content

    @property
    def message(self) -> email.message.EmailMessage:
        """The message parsed (stdlib ``email``, default policy)."""
        return email.message_from_bytes(self.content, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class Transaction:
    """One MAIL FROM ... (DATA | RSET | QUIT) exchange, as the server saw and answered it."""

    peer: str
    helo: str | None
    mail_from: str
    accepted: list[str] = field(default_factory=list)
    rejected: list[Refusal] = field(default_factory=list)
    #: the message data, when the client got as far as sending it
    data: bytes | None = None
    #: the reply to the data (None when no data was sent)
    reply: str | None = None
    started: float = field(default_factory=time.time)

    @property
    def delivered(self) -> bool:
        """Whether the message was accepted (for the recipients in :attr:`accepted`)."""
        return self.reply is not None and self.reply.startswith("2")

    def describe(self) -> str:
        """One line per fact, for people (``bouncefilter fake-mx`` prints it)."""
        lines = [f"from {self.peer} helo={self.helo or '-'} mail from=<{self.mail_from}>"]
        lines += [f"  rcpt <{a}>: 250 accepted" for a in self.accepted]
        lines += [f"  {r.stage.lower()} <{r.address}>: {r.reply}" for r in self.rejected]
        if self.data is not None:
            lines.append(f"  data {len(self.data)} bytes: {self.reply}")
        elif not self.rejected and not self.accepted:
            lines.append("  no recipients")
        return "\n".join(lines)


class FakeMX:
    """The fake MX.  Start it as a context manager (or :meth:`start` / :meth:`stop`).

    ``tls=(cert, key)`` offers STARTTLS and requires it before MAIL (RFC 3207), for senders that
    must be tested with TLS.  ``server_hostname`` is the name in the greeting and in the replies
    (the "remote MTA" a DSN will name).  Anything not matched by a rule is accepted and kept.
    """

    def __init__(self, *, server_hostname: str = "mx.fake.test", tls: tuple[Path, Path] | None = None,
                 port: int | None = None) -> None:
        self.server_hostname = server_hostname
        self.tls = tls
        self.port = port or 0
        self._fixed_port = port is not None
        #: the rules, the one consulted first at the head
        self.pattern_rules: list[Rule] = []
        self.messages: list[ReceivedMessage] = []
        self.transactions: list[Transaction] = []
        #: every refusal as (stage, address, reply), in order
        self.rejections: list[tuple[str, str, str]] = []
        self._tries: dict[tuple[int, str, str], int] = {}
        self._cond = threading.Condition()
        self._controller: Any = None
        #: called with each finished :class:`Transaction`, in the server's thread (the CLI prints them)
        self.on_transaction: Callable[[Transaction], None] | None = None

    # -- rules ---------------------------------------------------------------------------------
    def add_rule(self, pattern: str, reply: str, *, at: str = "RCPT", first_tries: int | None = None) -> Rule:
        """The general form: ``reply`` is the whole reply line (``{address}`` is filled in)."""
        at = at.upper()
        if at not in STAGES:
            raise ValueError(f"at must be one of {', '.join(STAGES)}, not {at!r}")
        if not pattern or any(c in pattern for c in "\r\n "):
            raise ValueError(f"not an address pattern: {pattern!r}")
        code = reply[:3]
        if not (code.isdigit() and 200 <= int(code) <= 599) or (len(reply) > 3 and reply[3] != " "):
            raise ValueError(f"an SMTP reply starts with a code from 200 to 599: {reply!r}")
        if "\r" in reply or "\n" in reply:  # a second line would be read as the next reply
            raise ValueError(f"the reply must be one line: {reply!r}")
        if first_tries is not None and first_tries < 1:
            raise ValueError("first_tries must be at least 1")
        rule = Rule(pattern, reply, at, first_tries)
        with self._cond:
            self.pattern_rules.insert(0, rule)  # the most recent rule first: a later call overrides
        return rule

    def reject(self, pattern: str, code: int = 550, status: str | None = "5.1.1", text: str = "User unknown",
               *, at: str = "RCPT") -> Rule:
        """Answer ``code status text`` to matching recipients (4xx defers, 5xx refuses)."""
        return self.add_rule(pattern, smtp_reply(code, status, text), at=at)

    def greylist(self, pattern: str = "*", *, tries: int = 1, code: int = 451, status: str | None = "4.7.1",
                 text: str = "Greylisted, please try again later") -> Rule:
        """Greylisting: the first ``tries`` attempts of each (sender, recipient) pair get a 4xx,
        the next one is accepted (what a retrying MTA sees from postgrey and the like)."""
        if not 400 <= code <= 499:
            raise ValueError("greylisting answers 4xx (a temporary failure)")
        return self.add_rule(pattern, smtp_reply(code, status, text), first_tries=tries)

    def accept(self, pattern: str = "*") -> Rule:
        """Accept and keep mail for matching recipients (to make an exception to a wider rule)."""
        return self.add_rule(pattern, "250 2.1.5 OK")

    def clear(self) -> None:
        """Forget every rule (everything is accepted again)."""
        with self._cond:
            del self.pattern_rules[:]
            self._tries.clear()

    def _rule(self, address: str) -> tuple[str, str] | None:
        """A hook for subclasses: (stage, reply) for an address no pattern rule matched, or None
        to accept it (the project's own tests keep their older table of local parts here)."""
        return None

    def _answer(self, address: str, mail_from: str, stage: str) -> str | None:
        """The refusal to give ``address`` at ``stage``, counting greylisting attempts."""
        with self._cond:
            rules = list(self.pattern_rules)
        for rule in rules:  # the first rule that matches decides, whatever its stage
            if not rule.applies(address):
                continue
            if rule.stage != stage:
                return None
            if rule.first_tries is not None:
                key = (id(rule), mail_from.lower(), address.lower())
                with self._cond:
                    n = self._tries[key] = self._tries.get(key, 0) + 1
                if n > rule.first_tries:
                    return None
            return None if rule.reply.startswith("2") else rule.reply.replace("{address}", address)
        found = self._rule(address)
        if found and found[0] == stage and not found[1].startswith("2"):
            return found[1].replace("{address}", address)
        return None

    # -- addresses ------------------------------------------------------------------------------
    @property
    def host(self) -> str:
        return HOST

    @property
    def nexthop(self) -> str:
        """The Postfix nexthop for this server: ``[127.0.0.1]:PORT`` (for ``relayhost`` or a
        ``transport_maps`` entry ``smtp:[127.0.0.1]:PORT``; the brackets skip the MX lookup)."""
        return f"[{HOST}]:{self.port}"

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> "FakeMX":
        from aiosmtpd.controller import Controller

        kw: dict[str, Any] = {"server_hostname": self.server_hostname, "ready_timeout": 5}
        if self.tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(str(self.tls[0]), str(self.tls[1]))
            kw.update(tls_context=ctx, require_starttls=True)
        last: Exception | None = None
        for _ in range(1 if self._fixed_port else 5):  # a free port can be taken before the bind
            if not self._fixed_port:
                self.port = free_port()
            controller = Controller(_Handler(self), hostname=HOST, port=self.port, **kw)
            try:
                controller.start()
            except Exception as e:  # noqa: BLE001 - aiosmtpd raises several kinds here
                last = e
                continue
            self._controller = controller
            return self
        raise RuntimeError(f"the fake MX could not listen on {HOST}:{self.port}: {last}")

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> "FakeMX":
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- waiting --------------------------------------------------------------------------------
    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[ReceivedMessage]:
        """Wait until at least ``count`` messages were accepted; return them all."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.messages) >= count, timeout):
                raise TimeoutError(f"fake MX: {len(self.messages)} of {count} messages after {timeout}s "
                                   f"(refusals: {self.rejections})")
            return list(self.messages)

    def wait_for_transactions(self, count: int = 1, timeout: float = 10.0) -> list[Transaction]:
        """Wait until at least ``count`` transactions ended (delivered or not); return them all."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.transactions) >= count, timeout):
                raise TimeoutError(f"fake MX: {len(self.transactions)} of {count} transactions after {timeout}s")
            return list(self.transactions)

    # -- recording (called from the server's thread) --------------------------------------------
    def _refused(self, tx: Transaction | None, stage: str, address: str, reply: str) -> None:
        with self._cond:
            self.rejections.append((stage, address, reply))
            if tx is not None:
                tx.rejected.append(Refusal(stage, address, reply))
            self._cond.notify_all()

    def _finish(self, tx: Transaction | None, message: ReceivedMessage | None = None) -> None:
        if tx is None:
            return
        with self._cond:
            if message is not None:
                self.messages.append(message)
            self.transactions.append(tx)
            self._cond.notify_all()
        callback = self.on_transaction
        if callback is not None:
            callback(tx)


class _Handler:
    """aiosmtpd handler hooks; the transaction in progress lives on the session."""

    def __init__(self, mx: FakeMX) -> None:
        self.mx = mx

    @staticmethod
    def _peer(session: Any) -> str:
        peer = session.peer
        return f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)

    def _close(self, session: Any) -> None:
        tx = getattr(session, "bf_tx", None)
        session.bf_tx = None
        self.mx._finish(tx)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        self._close(session)
        session.bf_tx = Transaction(self._peer(session), session.host_name, address)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        tx = getattr(session, "bf_tx", None)
        reply = self.mx._answer(address, envelope.mail_from or "", "RCPT")
        if reply is not None:
            self.mx._refused(tx, "RCPT", address, reply)
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        if tx is not None:
            tx.accepted.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        tx = getattr(session, "bf_tx", None)
        session.bf_tx = None
        content = bytes(envelope.original_content or envelope.content or b"")
        if tx is not None:
            tx.data = content
        for rcpt in envelope.rcpt_tos:
            reply = self.mx._answer(rcpt, envelope.mail_from or "", "DATA")
            if reply is not None:
                self.mx._refused(tx, "DATA", rcpt, reply)
                if tx is not None:
                    tx.reply = reply
                self.mx._finish(tx)
                return reply
        reply = f"250 2.0.0 Ok: queued as {time.time_ns():x}"
        if tx is not None:
            tx.reply = reply
        self.mx._finish(tx, ReceivedMessage(envelope.mail_from, list(envelope.rcpt_tos), content))
        return reply

    async def handle_RSET(self, server: Any, session: Any, envelope: Any) -> str:
        self._close(session)
        return "250 2.0.0 OK"

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:
        self._close(session)
        return "221 2.0.0 Bye"
