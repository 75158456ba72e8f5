"""The config sections only the services read: ``imap:`` (the IMAP bridge), ``ingest:`` (ESP
notifications) and ``reconfirm:`` (re-confirmation before removal).

Apart from :mod:`filter.config` because the pipe, which starts once per bounce, imports that
module to read its cached config: every dataclass costs it import time.  This module is imported
when a file has one of these sections (:func:`filter.config._check`) or when one of its names is
asked of :mod:`filter.config` (its ``__getattr__``); a cached config with none of them never
needs it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filter.config import (
    ActionConfig,
    Pop3,
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
    _POP3,
    _POP3_ACCOUNT,
    _Path,
    _Secret,
    _Section,
    _Spec,
    _Str,
    format_duration,
    model,
    shown,
)

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
