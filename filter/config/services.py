"""The config sections of the long-running services: ``milter:``, ``lmtp:``, ``pop3:``, ``imap:``
(the IMAP bridge), ``web:``, ``ingest:`` (ESP notifications), and ``reconfirm:``
(re-confirmation before removal).

Apart from :mod:`filter.config` because the pipe, which starts once per bounce, imports that
module to read its cached config: every dataclass costs it import time (about 1 ms each).  The
pipe's cache (:mod:`filter.config.cache`) leaves the services' sections out, so this module is
imported by a full load (:func:`filter.config._check`), when one of its names is asked of
:mod:`filter.config` (its ``__getattr__``), or when a cached config has a ``reconfirm:`` section
(the engine reads it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filter.config import (
    ActionConfig,
    Expanded,
    Secret,
    Trust,
    _ADDRESS_OK,
    _Bool,
    _check_mailbox_account,
    _Ctx,
    _Duration,
    _Enum,
    _Int,
    _List,
    _MetricsListen,
    _Path,
    _Secret,
    _Section,
    _Spec,
    _Str,
    format_duration,
    model,
    shown,
)

# -- milter: and lmtp: (filter/adapters/milter_app.py, lmtp_app.py) ------------------------------
@dataclass(frozen=True, slots=True)
class MilterSettings:
    """``milter:``: the milter (``filter/adapters/milter_app.py``)."""

    socket: str = "inet:8899@127.0.0.1"
    #: envelope recipients (globs) that make a message a bounce, besides <> and the VERP patterns
    bounce_addresses: tuple[str, ...] = ()
    #: header and body bytes spooled per message; the rest is skipped (the core reads 4 MiB at most)
    max_size: int = 4 * 1024 * 1024
    headers: bool = True
    #: kinds of recorded bounces to discard instead of delivering them further
    discard: tuple[str, ...] = ()
    #: longest wait at end of message for the record; then accept unmarked (fail open)
    timeout: float = 20.0
    #: run the outbox in the milter process (else leave deliveries to ``outbox work``)
    deliver: bool = True
    #: messages waiting for (or in) the recorder at most; beyond, accept unrecorded (fail open)
    queue_max: int = 100
    #: their bytes at most (one message is always let in); beyond, accept unrecorded
    queue_max_bytes: int = 64 * 1024 * 1024
    #: ``HOST:PORT`` (loopback) where the milter serves Prometheus metrics; None: none (filter/metrics.py)
    metrics: str | None = None


@dataclass(frozen=True, slots=True)
class LmtpSettings:
    """``lmtp:``: the LMTP service (``filter/adapters/lmtp_app.py``)."""

    #: ``unix:/PATH`` or ``HOST:PORT`` (``[IPv6]:PORT``); ``--listen`` overrides
    listen: str = "127.0.0.1:2424"
    #: the unix socket's mode and group (so that Postfix's lmtp client, user postfix, can connect)
    socket_mode: int = 0o660
    socket_group: str | None = None
    #: bytes of one message held in memory; a larger one is spilled to quarantine/ whole
    max_size: int = 16 * 1024 * 1024
    #: the largest message kept whole in quarantine/ (advertised as SIZE); larger: 452, deferred
    max_spill: int = 1024 * 1024 * 1024
    #: concurrent sessions; more wait for a free one (greeting delayed) up to ``timeout``
    max_sessions: int = 20
    #: messages that share one durable commit at most (1: one commit per message)
    group_commit: int = 64
    #: how long the first message of a group waits for more (0: a commit takes what arrived
    #: while the previous one ran)
    group_window: float = 0.0
    #: idle time allowed between commands (and for one message's record); a stop waits as long
    timeout: float = 300.0
    #: run the outbox in the service (else leave deliveries to ``outbox work``)
    deliver: bool = True
    #: ``HOST:PORT`` (loopback) where the service serves Prometheus metrics; None: none (filter/metrics.py)
    metrics: str | None = None


# -- pop3: the mailboxes the POP3 bridge drains (pop3bridge/) ------------------------------------
@dataclass(frozen=True, slots=True)
class Pop3Account:
    """One mailbox of ``pop3.accounts``; ``name`` keys its UIDL memory in the store."""

    name: str
    host: str
    port: int
    tls: str
    ca_file: Path | None
    username: str
    password: Secret
    non_bounce: str = "keep"
    forward_action: str | None = None
    allow_insecure: bool = False
    timeout: float = 60.0
    max_message_size: int = 10 * 1024 * 1024
    top_lines: int = 1000
    #: a session stops taking new messages (QUIT) after this long; network reads end there too
    session_timeout: float = 1800.0


@dataclass(frozen=True, slots=True)
class Pop3:
    """The ``pop3:`` section: polling, backoff on connection and login failures, the accounts."""

    accounts: tuple[Pop3Account, ...] = ()
    poll_interval: float = 60.0
    poll_jitter: float = 10.0
    tries: int = 3
    backoff_initial: float = 5.0
    backoff_max: float = 600.0
    #: ``HOST:PORT`` (loopback) where the bridge serves Prometheus metrics; None: none (filter/metrics.py)
    metrics: str | None = None

    def to_dict(self, mask: bool = True) -> dict:
        d: dict[str, Any] = {k: format_duration(getattr(self, k)) for k in
                             ("poll_interval", "poll_jitter", "backoff_initial", "backoff_max")}
        d["tries"] = self.tries
        d["metrics"] = self.metrics
        d["accounts"] = [{k: ("***" if k == "password" and mask else
                              shown(v) if mask and isinstance(v, str) else
                              str(v) if isinstance(v, (Path, Secret, Expanded)) else
                              format_duration(v) if k in ("timeout", "session_timeout") else v)
                          for k, v in ((f, getattr(a, f)) for f in a.__slots__)} for a in self.accounts]
        return d


_POP3_ACCOUNT: dict[str, _Spec] = {
    "name": _Str(required=True, pattern=r"^[A-Za-z0-9_.@-]+$", hint="letters, digits, '_', '.', '@', '-'"),
    "host": _Str(required=True, pattern=r"^\S+$", hint="a host name or address"),
    "port": _Int(None, minimum=1, maximum=65535),
    "tls": _Enum(("pop3s", "starttls", "plain"), default="pop3s"),
    "ca_file": _Path(),
    "allow_insecure": _Bool(False),
    "username": _Str(required=True, pattern=r"^\S", hint="a user name"),
    "password": _Secret(required=True),
    "non_bounce": _Enum(("keep", "delete", "forward"), default="keep"),
    "forward_action": _Str(None),
    "timeout": _Duration(60.0, positive=True),
    "max_message_size": _Int(10 * 1024 * 1024, minimum=1024),
    "top_lines": _Int(1000, minimum=0),
    "session_timeout": _Duration(1800.0, positive=True),
}
_POP3: dict[str, _Spec] = {
    "poll_interval": _Duration(60.0, positive=True),
    "poll_jitter": _Duration(10.0),
    "tries": _Int(3, minimum=1, maximum=100),
    "backoff_initial": _Duration(5.0, positive=True),
    "backoff_max": _Duration(600.0, positive=True),
    "metrics": _MetricsListen(),
    "accounts": _List(_Section(_POP3_ACCOUNT), required=True, nonempty=True),
}


def _check_pop3(ctx: _Ctx, value: Any, actions: dict[str, ActionConfig], record_not_bounce: bool) -> Pop3 | None:
    s = _Section(_POP3).check(ctx, ("pop3",), value)
    if s is None or not s["accounts"]:
        return None
    accounts, names = [], set()
    for i, a in enumerate(s["accounts"]):
        p = ("pop3", "accounts", i)
        _check_mailbox_account(ctx, p, a, names, actions, record_not_bounce, memory="UIDL", secure="pop3s")
        if a["port"] is None and a["tls"] is not None:
            a["port"] = 995 if a["tls"] == "pop3s" else 110
        if None not in (a["name"], a["host"], a["tls"], a["username"], a["password"]):
            accounts.append(Pop3Account(**a))
    if None in (s["poll_interval"], s["poll_jitter"], s["tries"], s["backoff_initial"], s["backoff_max"]):
        return None
    return Pop3(tuple(accounts), s["poll_interval"], s["poll_jitter"], s["tries"], s["backoff_initial"],
                s["backoff_max"], s["metrics"])


# -- web: the console, the HTTP API and /metrics (``bouncefilter web``, filter/web/) --------------
@dataclass(frozen=True, slots=True)
class WebToken:
    """One API token of ``web.tokens``: ``read`` may look, ``write`` may also change the list.
    ``name`` is who did it in the events a change makes (``source: web:NAME``)."""

    name: str
    token: Secret
    role: str = "read"


@dataclass(frozen=True, slots=True)
class WebSettings:
    """``web:``: ``bouncefilter web`` (docs/web.md).  Loopback by default; any other address needs
    tokens and TLS, or ``allow_insecure: true`` said out loud (:func:`web_listen_problem`)."""

    #: ``HOST:PORT`` or ``[IPv6]:PORT``; ``--listen`` overrides
    listen: str = "127.0.0.1:8025"
    tokens: tuple[WebToken, ...] = ()
    #: the key that signs session cookies (None: a random one per start; sessions end at a restart)
    session_secret: Secret | None = None
    #: how long a page login lasts
    session_max_age: float = 12 * 3600.0
    #: /metrics asks for a token too (else it is open, like /healthz)
    metrics_auth: bool = False
    #: a non-loopback listen without tokens or TLS, on purpose (a trusted network behind a proxy)
    allow_insecure: bool = False
    tls_cert: Path | None = None
    tls_key: Path | None = None
    #: connections served at once; more get 503 (the server stays within memory)
    max_connections: int = 64
    #: the largest request body (bulk checks, imports)
    max_body: int = 4 * 1024 * 1024
    #: original-message headers the campaigns page groups by
    campaign_headers: tuple[str, ...] = ("X-Campaign-Id",)


WEB_ROLES = ("read", "write")
_WEB_TOKEN: dict[str, _Spec] = {
    "name": _Str(None, pattern=r"^[A-Za-z0-9_.@-]{1,64}$", hint="letters, digits, '_', '.', '@', '-'"),
    "token": _Secret(required=True),
    "role": _Enum(WEB_ROLES, default="read"),
}
_WEB: dict[str, _Spec] = {
    "listen": _Str("127.0.0.1:8025", pattern=r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$",
                   hint="HOST:PORT or [IPv6]:PORT"),
    "tokens": _List(_Section(_WEB_TOKEN)),
    "session_secret": _Secret(),
    "session_max_age": _Duration(12 * 3600.0, positive=True),
    "metrics_auth": _Bool(False),
    "allow_insecure": _Bool(False),
    "tls_cert": _Path(),
    "tls_key": _Path(),
    "max_connections": _Int(64, minimum=1, maximum=10_000),
    "max_body": _Int(4 * 1024 * 1024, minimum=1024),
    "campaign_headers": _List(_Str(pattern=r"^[!-9;-~]+$", hint="a header field name"), default=("X-Campaign-Id",)),
}


def web_listen_problem(web: WebSettings, listen: str | None = None) -> str | None:
    """Why ``web`` may not listen on ``listen`` (default ``web.listen``), or None.  Loopback is
    always allowed; another address only with tokens and TLS, or ``allow_insecure``."""
    import ipaddress

    host = (listen or web.listen).rpartition(":")[0].strip("[]")
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if loopback or web.allow_insecure:
        return None
    missing = [what for what, ok in (("tokens", bool(web.tokens)), ("tls_cert/tls_key", web.tls_cert is not None))
               if not ok]
    if not missing:
        return None
    return (f"{host} is not a loopback address: listening there needs {' and '.join(missing)} "
            "(or allow_insecure: true, for a trusted network only)")


def _check_web(ctx: _Ctx, value: Any) -> WebSettings | None:
    s = _Section(_WEB).check(ctx, ("web",), value)
    if s is None:
        return None
    tokens, seen, names = [], set(), set()
    for i, t in enumerate(s["tokens"] or ()):
        p = ("web", "tokens", i)
        if t is None or t["token"] is None:
            continue
        if len(t["token"]) < 16:
            ctx.error(p + ("token",), "a token is at least 16 characters (e.g. openssl rand -hex 32)")
            continue
        if str(t["token"]) in seen:
            ctx.error(p + ("token",), "the same token is given twice")
            continue
        seen.add(str(t["token"]))
        name = t["name"] or f"token{i + 1}"
        if name in names:
            ctx.error(p + ("name",), f"another token is named {name!r}")
        names.add(name)
        tokens.append(WebToken(name, t["token"], t["role"] or "read"))
    if (s["tls_cert"] is None) != (s["tls_key"] is None):
        ctx.error(("web", "tls_cert" if s["tls_cert"] is None else "tls_key"),
                  "tls_cert and tls_key go together")
        return None
    keys = [k for k in _WEB if k not in ("tokens",)]
    if any(s[k] is None and _WEB[k].default is not None for k in keys):
        return None
    web = WebSettings(listen=s["listen"], tokens=tuple(tokens), session_secret=s["session_secret"],
                      session_max_age=s["session_max_age"], metrics_auth=s["metrics_auth"],
                      allow_insecure=s["allow_insecure"], tls_cert=s["tls_cert"], tls_key=s["tls_key"],
                      max_connections=s["max_connections"], max_body=s["max_body"],
                      campaign_headers=tuple(s["campaign_headers"]))
    why = web_listen_problem(web)
    if why:
        ctx.error(("web", "listen"), why)
        return None
    return web


def _web_dict(web: "WebSettings", mask: bool) -> dict:
    return {"listen": web.listen,
            "tokens": [{"name": t.name, "role": t.role, "token": "***" if mask else str(t.token)} for t in web.tokens],
            "session_secret": None if web.session_secret is None else ("***" if mask else str(web.session_secret)),
            "session_max_age": format_duration(web.session_max_age), "metrics_auth": web.metrics_auth,
            "allow_insecure": web.allow_insecure,
            "tls_cert": None if web.tls_cert is None else str(web.tls_cert),
            "tls_key": None if web.tls_key is None else str(web.tls_key),
            "max_connections": web.max_connections, "max_body": web.max_body,
            "campaign_headers": list(web.campaign_headers)}


# -- imap: the folders the IMAP bridge watches (imapbridge/, docs/imap.md) ------------------------
@dataclass(frozen=True, slots=True)
class ImapAccount:
    """One folder of ``imap.accounts``; ``name`` keys its UID memory in the store
    (``imap:NAME:UIDVALIDITY``, RFC 3501 section 2.3.1.1).  The keys that mean the same as in
    ``pop3.accounts`` have the same names and defaults."""

    name: str
    host: str
    port: int
    tls: str
    ca_file: Path | None
    username: str
    #: exactly one of ``password`` and ``oauth2_token`` (SASL XOAUTH2; a ``*_file`` token is read
    #: again at every login, so that a refresher may rewrite it)
    password: Secret | None = None
    oauth2_token: Secret | None = None
    folder: str = "INBOX"
    #: what becomes of a recorded bounce: moved to ``processed_folder`` (RFC 6851 MOVE, else
    #: COPY + \\Deleted + UID EXPUNGE, RFC 4315), flagged (``processed_flag`` + \\Seen), or deleted
    processed: str = "move"
    processed_folder: str = "Processed"
    processed_flag: str = "$BounceProcessed"
    non_bounce: str = "keep"
    non_bounce_folder: str | None = None
    forward_action: str | None = None
    allow_insecure: bool = False
    timeout: float = 60.0
    max_message_size: int = 10 * 1024 * 1024
    session_timeout: float = 1800.0
    #: wait for new mail with IDLE (RFC 2177) when the server offers it; else poll
    idle: bool = True
    #: IDLE is ended and issued again after this long (RFC 2177: at least every 29 minutes)
    idle_timeout: float = 600.0


@dataclass(frozen=True, slots=True)
class Imap(Pop3):
    """The ``imap:`` section: polling (the fallback when IDLE is off or not offered), backoff on
    connection and login failures, the accounts.  Same keys and defaults as ``pop3:``."""

    accounts: tuple[ImapAccount, ...] = ()

    def to_dict(self, mask: bool = True) -> dict:
        d = Pop3.to_dict(self, mask)
        for shown_acc, a in zip(d["accounts"], self.accounts):
            for k in ("password", "oauth2_token"):
                v = getattr(a, k)
                shown_acc[k] = None if v is None else "***" if mask else str(v)
            shown_acc["idle_timeout"] = format_duration(a.idle_timeout)
        return d


_IMAP_FOLDER = r"^[^\r\n\x00*%]+$"
_IMAP_ACCOUNT: dict[str, _Spec] = {
    **{k: v for k, v in _POP3_ACCOUNT.items() if k not in ("tls", "password", "non_bounce", "top_lines")},
    "tls": _Enum(("imaps", "starttls", "plain"), default="imaps"),
    "password": _Secret(),
    "oauth2_token": _Secret(),
    "folder": _Str("INBOX", pattern=_IMAP_FOLDER, hint="a folder name (no '*', '%' or line break)"),
    "processed": _Enum(("move", "flag", "delete"), default="move"),
    "processed_folder": _Str("Processed", pattern=_IMAP_FOLDER, hint="a folder name (no '*', '%' or line break)"),
    "processed_flag": _Str("$BounceProcessed", pattern=r"^[^\s()\[\]{%*\"\\\]]+$",
                           hint="an IMAP keyword (RFC 3501 atom: no space, parenthesis, bracket, quote, % or *)"),
    "non_bounce": _Enum(("keep", "move", "delete", "forward"), default="keep"),
    "non_bounce_folder": _Str(None, pattern=_IMAP_FOLDER, hint="a folder name (no '*', '%' or line break)"),
    "idle": _Bool(True),
    "idle_timeout": _Duration(600.0, positive=True),
}
_IMAP: dict[str, _Spec] = {**_POP3, "accounts": _List(_Section(_IMAP_ACCOUNT), required=True, nonempty=True)}


def _check_imap(ctx: _Ctx, value: Any, actions: dict[str, ActionConfig], record_not_bounce: bool) -> Imap | None:
    s = _Section(_IMAP).check(ctx, ("imap",), value)
    if s is None or not s["accounts"]:
        return None
    accounts, names = [], set()
    for i, a in enumerate(s["accounts"]):
        p = ("imap", "accounts", i)
        _check_mailbox_account(ctx, p, a, names, actions, record_not_bounce, memory="UID", secure="imaps")
        raw = value["accounts"][i] if isinstance(value, dict) and isinstance(value.get("accounts"), list) \
            and isinstance(value["accounts"][i], dict) else {}
        given = [k for k in ("password", "password_file", "oauth2_token", "oauth2_token_file") if k in raw]
        if len({k.removesuffix("_file") for k in given}) != 1:
            ctx.error(p, "give one of password (or password_file) and oauth2_token (or oauth2_token_file)"
                         f"{', not both' if given else ''}")
        if a["non_bounce"] == "move" and not a["non_bounce_folder"]:
            ctx.error(p + ("non_bounce",), "move needs non_bounce_folder: the folder human mail goes to")
        elif a["non_bounce"] != "move" and a["non_bounce_folder"]:
            ctx.error(p + ("non_bounce_folder",), "only used with non_bounce: move")
        watched = (a["folder"] or "").upper() if (a["folder"] or "").upper() == "INBOX" else a["folder"]
        for key in ("processed_folder", "non_bounce_folder"):
            used = key == "non_bounce_folder" or a["processed"] == "move"
            if used and a[key] and (a[key].upper() if a[key].upper() == "INBOX" else a[key]) == watched:
                ctx.error(p + (key,), f"{a[key]!r} is the watched folder: messages would come back")
        if a["port"] is None and a["tls"] is not None:
            a["port"] = 993 if a["tls"] == "imaps" else 143
        if None not in (a["name"], a["host"], a["tls"], a["username"]) and \
                (a["password"] is not None or a["oauth2_token"] is not None):
            accounts.append(ImapAccount(**a))
    if None in (s["poll_interval"], s["poll_jitter"], s["tries"], s["backoff_initial"], s["backoff_max"]):
        return None
    return Imap(tuple(accounts), s["poll_interval"], s["poll_jitter"], s["tries"], s["backoff_initial"],
                s["backoff_max"], s["metrics"])


# -- ingest: ESP notifications over HTTP (``bouncefilter ingest``, filter/ingest/, docs/ingest.md) ----
#: the host a SigningCertURL / SubscribeURL must have: Amazon SNS's regional endpoint
#: (https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html)
SNS_HOST_PATTERN = r"^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$"
#: the addresses Postmark sends webhooks from (https://postmarkapp.com/support/article/800-ips-for-firewalls)
POSTMARK_SOURCES = ("3.134.147.250/32", "50.31.156.6/32", "50.31.156.77/32", "18.217.206.57/32")


@dataclass(frozen=True, slots=True)
class IngestSes:
    """``ingest.ses``: Amazon SES notifications through an SNS topic."""

    #: the topic ARNs whose messages are taken (anything else: 403)
    topics: tuple[str, ...]
    #: answer SNS's SubscriptionConfirmation by fetching its SubscribeURL
    confirm_subscriptions: bool = True
    #: the host (regex) SigningCertURL and SubscribeURL must name: SNS's, changed only for tests or
    #: an air-gapped mirror (a warning is logged when it is)
    cert_host_pattern: str = SNS_HOST_PATTERN
    #: CA bundle for those fetches (default: the system's); TLS is always verified
    ca_file: Path | None = None


@dataclass(frozen=True, slots=True)
class IngestSendgrid:
    """``ingest.sendgrid``: the Event Webhook's verification key (base64 of the DER public key)."""

    public_key: str


@dataclass(frozen=True, slots=True)
class IngestPostmark:
    """``ingest.postmark``: the basic-auth credentials of the webhook URL and where it may come from."""

    username: str
    password: Secret
    sources: tuple[str, ...] = POSTMARK_SOURCES


@dataclass(frozen=True, slots=True)
class IngestMailgun:
    """``ingest.mailgun``: the HTTP webhook signing key."""

    signing_key: Secret


@dataclass(frozen=True, slots=True)
class Reconfirm:
    """``reconfirm:`` (filter/hygiene/reconfirm.py, docs/hygiene.md): before an address is removed
    for good, one mail asks its owner to confirm it.  Never for hard bounces or complaints."""

    #: the confirmation link's base (``https://lists.example.com``): the link is
    #: ``{url}/reconfirm?a=ADDRESS&t=TOKEN`` (served by ``bouncefilter web`` or ``reconfirm serve``)
    url: str
    #: the mail's From (also where a human reply goes)
    mail_from: str
    #: removals that ask first: ``soft_bounce`` (the soft-bounce policy's removal for good),
    #: ``rule`` / ``manual`` (suppressions of those policies), and bounce classes
    policies: tuple[str, ...] = ("soft_bounce",)
    classes: tuple[str, ...] = (model.UNDETERMINED,)
    #: without an answer within ``wait`` the removal is final (``removed``); the link expires then
    wait: float = 7 * 86400
    subject: str = "Please confirm your address"
    #: a text template (``string.Template``: ``$address``, ``$link``, ``$days``, ``$unsubscribe``); None: built in
    template_file: "Path | None" = None
    #: the SMTP relay (as a ``forward`` action's keys)
    host: str = "localhost"
    port: int = 25
    starttls: bool = False
    ca_file: "Path | None" = None
    username: str | None = None
    password: "Secret | None" = None
    allow_insecure_auth: bool = False
    timeout: float = 30.0
    #: the envelope sender (None: a signed return path of ``trust.bounce_address`` when a key is
    #: set, else ``mail_from``); bounces of the mail must come back to ``bouncefilter process``
    return_path: str | None = None
    #: the link's HMAC key (``${ENV}`` or ``secret_file``); None: the ``trust:`` keys
    secret: "Secret | None" = None
    #: ``HOST:PORT`` of ``bouncefilter reconfirm serve``, the built-in endpoint when ``web`` is not run
    listen: str = "127.0.0.1:8026"

    def keys(self, trust: "Trust"):
        """The HMAC keys (:class:`filter.trust.verp.Key`): the section's own, else the trust keys."""
        from filter.trust.verp import Key

        if self.secret is not None:
            return [Key("0", str(self.secret).encode("utf-8"))]
        return trust.verp_keys()

    def to_dict(self, mask: bool = True) -> dict:
        d: dict[str, Any] = {}
        for k in _RECONFIRM:
            v = getattr(self, k)
            if k in ("password", "secret"):
                v = None if v is None else ("***" if mask else str(v))
            elif isinstance(_RECONFIRM[k], _Duration):
                v = format_duration(v)
            elif isinstance(v, tuple):
                v = list(v)
            elif isinstance(v, Path):
                v = str(v)
            d[k] = v
        return d


RECONFIRM_POLICIES = ("soft_bounce", "rule", "manual")
_RECONFIRM: dict[str, _Spec] = {
    "url": _Str(required=True, pattern=r"^https?://[^\s/?#]+(/[^\s?#]*)?$", hint="an http(s) URL, no query"),
    "mail_from": _Str(required=True, pattern=_ADDRESS_OK, hint="an email address"),
    "policies": _List(_Enum(RECONFIRM_POLICIES), default=("soft_bounce",)),
    "classes": _List(_Enum(tuple(c for c in model.CLASSES if c != model.HARD)), default=(model.UNDETERMINED,)),
    "wait": _Duration(7 * 86400.0, positive=True),
    "subject": _Str("Please confirm your address"),
    "template_file": _Path(),
    "host": _Str("localhost"),
    "port": _Int(25, minimum=1, maximum=65535),
    "starttls": _Bool(False),
    "ca_file": _Path(),
    "username": _Str(None),
    "password": _Secret(),
    "allow_insecure_auth": _Bool(False),
    "timeout": _Duration(30.0, positive=True),
    "return_path": _Str(None, pattern=_ADDRESS_OK, hint="an email address"),
    "secret": _Secret(),
    "listen": _Str("127.0.0.1:8026", pattern=r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$",
                   hint="HOST:PORT or [IPv6]:PORT"),
}


def _check_reconfirm(ctx: _Ctx, value: Any, trust: "Trust | None") -> "Reconfirm | None":
    path = ("reconfirm",)
    r = _Section(_RECONFIRM).check(ctx, path, value)
    if r is None or None in (r["url"], r["mail_from"]):
        return None
    if r["secret"] is None and trust is not None and not trust.keys:
        ctx.error(path, "the confirmation link needs a key: reconfirm.secret (or secret_file), or trust.keys")
        return None
    if r["username"] and not r["starttls"] and not r["allow_insecure_auth"]:
        ctx.error(path + ("username",), "a login without starttls: true sends the password in clear: set "
                                        "starttls: true, or allow_insecure_auth: true")
        return None
    if r["template_file"] is not None:
        try:
            r["template_file"].read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            ctx.error(path + ("template_file",), f"cannot read {str(r['template_file'])!r}: "
                                                 f"{getattr(e, 'strerror', None) or e}")
            return None
    r["url"] = str(r["url"]).rstrip("/")
    return Reconfirm(**{k: tuple(v) if isinstance(v, tuple) else v for k, v in r.items()})


@dataclass(frozen=True, slots=True)
class IngestSettings:
    """``ingest:``: ``bouncefilter ingest`` (or ``/ingest`` under ``bouncefilter web``).  The
    provider's signature is the authentication; a provider without its section is not served."""

    listen: str = "127.0.0.1:8026"
    #: notifications older (or newer) than this are refused, and a signature seen within it is a replay
    replay_window: float = 300.0
    max_body: int = 4 * 1024 * 1024
    max_connections: int = 32
    #: a non-loopback listen without TLS, on purpose (behind a proxy that terminates TLS)
    allow_insecure: bool = False
    tls_cert: Path | None = None
    tls_key: Path | None = None
    #: deliver the outbox from this process (else ``outbox work`` does)
    deliver: bool = True
    ses: IngestSes | None = None
    sendgrid: IngestSendgrid | None = None
    postmark: IngestPostmark | None = None
    mailgun: IngestMailgun | None = None

    def to_dict(self, mask: bool = True) -> dict:
        d: dict[str, Any] = {"listen": self.listen, "replay_window": format_duration(self.replay_window),
                             "max_body": self.max_body, "max_connections": self.max_connections,
                             "allow_insecure": self.allow_insecure,
                             "tls_cert": None if self.tls_cert is None else str(self.tls_cert),
                             "tls_key": None if self.tls_key is None else str(self.tls_key), "deliver": self.deliver}
        if self.ses is not None:
            d["ses"] = {"topics": list(self.ses.topics), "confirm_subscriptions": self.ses.confirm_subscriptions,
                        "cert_host_pattern": self.ses.cert_host_pattern,
                        "ca_file": None if self.ses.ca_file is None else str(self.ses.ca_file)}
        if self.sendgrid is not None:
            d["sendgrid"] = {"public_key": self.sendgrid.public_key}
        if self.postmark is not None:
            d["postmark"] = {"username": shown(self.postmark.username),
                             "password": "***" if mask else str(self.postmark.password),
                             "sources": list(self.postmark.sources)}
        if self.mailgun is not None:
            d["mailgun"] = {"signing_key": "***" if mask else str(self.mailgun.signing_key)}
        return d


_SNS_TOPIC = r"^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$"
_INGEST: dict[str, _Spec] = {
    "listen": _Str("127.0.0.1:8026", pattern=r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$",
                   hint="HOST:PORT or [IPv6]:PORT"),
    "replay_window": _Duration(300.0, positive=True),
    "max_body": _Int(4 * 1024 * 1024, minimum=1024),
    # uvicorn's limit_concurrency counts the connection asking: 1 would refuse everything
    "max_connections": _Int(32, minimum=2, maximum=10_000),
    "allow_insecure": _Bool(False),
    "tls_cert": _Path(),
    "tls_key": _Path(),
    "deliver": _Bool(True),
    "ses": _Section({
        "topics": _List(_Str(pattern=_SNS_TOPIC, hint="an SNS topic ARN (arn:aws:sns:REGION:ACCOUNT:NAME)"),
                        required=True, nonempty=True),
        "confirm_subscriptions": _Bool(True),
        "cert_host_pattern": _Str(SNS_HOST_PATTERN, hint="a regular expression"),
        "ca_file": _Path(),
    }),
    "sendgrid": _Section({"public_key": _Str(None), "public_key_file": _Path()}),
    "postmark": _Section({
        "username": _Str(None, required=True, pattern=r"^[^:\s]{1,128}$", hint="no ':' or blank"),
        "password": _Secret(required=True),
        "sources": _List(_Str(hint="an address or network"), default=POSTMARK_SOURCES, nonempty=True),
    }),
    "mailgun": _Section({"signing_key": _Secret(required=True)}),
}


def _check_ingest(ctx: _Ctx, value: Any) -> IngestSettings | None:
    """The ``ingest:`` section; each provider's key material is checked here, at start-up."""
    import ipaddress

    s = _Section(_INGEST).check(ctx, ("ingest",), value)
    if s is None:
        return None
    raw = value if isinstance(value, dict) else {}
    ok = True
    ses = sendgrid = postmark = mailgun = None
    if raw.get("ses") is not None and s["ses"] is not None:
        v = s["ses"]
        try:
            re.compile(v["cert_host_pattern"] or "")
        except re.error as e:
            ctx.error(("ingest", "ses", "cert_host_pattern"), f"not a regular expression: {e}")
            ok = False
        if v["cert_host_pattern"] not in (None, SNS_HOST_PATTERN):
            ctx.warnings.append(f"{ctx.filename}:{ctx.line(('ingest', 'ses', 'cert_host_pattern'))}: "
                                "ingest.ses.cert_host_pattern: SNS certificates are fetched from hosts other "
                                "than Amazon SNS's (tests or an air-gapped mirror only)")
        if v["topics"] is not None and v["cert_host_pattern"] is not None and ok:
            ses = IngestSes(tuple(v["topics"]), v["confirm_subscriptions"], v["cert_host_pattern"], v["ca_file"])
    if raw.get("sendgrid") is not None and s["sendgrid"] is not None:
        v = s["sendgrid"]
        p = ("ingest", "sendgrid")
        key = v["public_key"]
        if (key is None) == (v["public_key_file"] is None):
            ctx.error(p, "give one of public_key (the base64 key SendGrid shows) and public_key_file")
        elif key is None:
            try:
                key = v["public_key_file"].read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError) as e:
                ctx.error(p + ("public_key_file",), f"cannot read {str(v['public_key_file'])!r}: "
                                                     f"{getattr(e, 'strerror', None) or e}")
                key = None
        if key is not None:
            key = "".join(line for line in str(key).splitlines() if not line.startswith("-----"))
            key = "".join(key.split())
            why = _sendgrid_key_problem(key)
            if why:
                ctx.error(p + ("public_key" if v["public_key"] is not None else "public_key_file",), why)
            else:
                sendgrid = IngestSendgrid(key)
    if raw.get("postmark") is not None and s["postmark"] is not None:
        v = s["postmark"]
        nets = []
        for i, src in enumerate(v["sources"] or ()):
            try:
                nets.append(str(ipaddress.ip_network(src, strict=False)))
            except ValueError:
                ctx.error(("ingest", "postmark", "sources", i), f"{src!r} is not an address or network")
        if v["username"] is not None and v["password"] is not None and len(nets) == len(v["sources"] or ()):
            if len(v["password"]) < 12:
                ctx.error(("ingest", "postmark", "password"), "at least 12 characters (e.g. openssl rand -hex 16)")
            else:
                postmark = IngestPostmark(v["username"], v["password"], tuple(nets))
    if raw.get("mailgun") is not None and s["mailgun"] is not None and s["mailgun"]["signing_key"] is not None:
        mailgun = IngestMailgun(s["mailgun"]["signing_key"])
    if (s["tls_cert"] is None) != (s["tls_key"] is None):
        ctx.error(("ingest", "tls_cert" if s["tls_cert"] is None else "tls_key"), "tls_cert and tls_key go together")
        return None
    if any(s[k] is None for k in ("listen", "replay_window", "max_body", "max_connections", "allow_insecure",
                                  "deliver")):
        return None
    if not any((ses, sendgrid, postmark, mailgun)) and not ctx.errors:
        ctx.error(("ingest",), "no provider configured: add ses, sendgrid, postmark or mailgun")
        return None
    settings = IngestSettings(listen=s["listen"], replay_window=s["replay_window"], max_body=s["max_body"],
                              max_connections=s["max_connections"], allow_insecure=s["allow_insecure"],
                              tls_cert=s["tls_cert"], tls_key=s["tls_key"], deliver=s["deliver"], ses=ses,
                              sendgrid=sendgrid, postmark=postmark, mailgun=mailgun)
    why = ingest_listen_problem(settings)
    if why:
        ctx.error(("ingest", "listen"), why)
        return None
    return settings


def _sendgrid_key_problem(key: str) -> str | None:
    """Why ``key`` is not SendGrid's verification key (base64 DER of an EC P-256 public key), or None."""
    import base64
    import binascii

    try:
        der = base64.b64decode(key, validate=True)
    except (binascii.Error, ValueError):
        return "not base64: paste the verification key SendGrid shows (Mail Settings > Event Webhook)"
    try:
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.hazmat.primitives.serialization import load_der_public_key
    except ImportError:  # pragma: no cover - a dependency
        return "needs the cryptography package (pip install cryptography)"
    try:
        pub = load_der_public_key(der)
    except ValueError:
        return "not a DER public key: paste the verification key SendGrid shows"
    if not isinstance(pub, ec.EllipticCurvePublicKey) or pub.curve.name != "secp256r1":
        return "not an ECDSA P-256 public key (SendGrid signs with ECDSA P-256)"
    return None


def ingest_listen_problem(ingest: IngestSettings, listen: str | None = None) -> str | None:
    """Why ``ingest`` may not listen on ``listen`` (default ``ingest.listen``), or None.  Every
    endpoint is authenticated by the provider's signature; a non-loopback address still needs TLS
    (Postmark's password travels in the request), or ``allow_insecure`` behind a TLS proxy."""
    import ipaddress

    host = (listen or ingest.listen).rpartition(":")[0].strip("[]")
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if loopback or ingest.allow_insecure or ingest.tls_cert is not None:
        return None
    return (f"{host} is not a loopback address: listening there needs tls_cert/tls_key "
            "(or allow_insecure: true behind a proxy that terminates TLS)")
