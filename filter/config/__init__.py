"""The YAML configuration of the actions engine: loading, validation, defaults, secrets.

Why this shape:

* Every error a user can cause names the file, the line and the dotted key (``bouncefilter.yaml:12:
  actions.app.secret: ...``), and all of them are found at start-up (``check-config``, or the first
  line of the pipe), never at the first bounce.  PyYAML's ``safe_load`` loses line numbers, so the
  file is composed into nodes (``yaml.compose`` semantics, the C loader when present) and a map
  ``path -> line`` is kept beside the plain values.
* Secrets are given by reference only: ``${ENV_NAME}`` or a sibling ``<key>_file: PATH``.  A secret
  written in clear is an error, a missing variable or file too.  Resolved secrets are
  :class:`Secret` objects whose ``repr`` is ``***``, so they do not leak into logs or tracebacks.
* ``yaml`` is imported inside :func:`load` only: importing this module stays cheap.

The schema (keys, types, defaults) is the table below; ``conf/bouncefilter.yaml`` and
``docs/config.md`` document it for people.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from filter.core import model

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (filter/core/detectors/base.py)
if TYPE_CHECKING:  # pragma: no cover - defined in filter.config.services, imported on demand
    from typing import Any

    from filter.config.services import (Imap, IngestSettings, LmtpSettings, MilterSettings, Pop3, Reconfirm,
                                         WebSettings)

__all__ = ["Config", "ConfigError", "ActionConfig", "Rule", "Match", "SoftBounce", "Outbox",
           "Retention", "Secret", "Trust", "TrustKey", "DkimDomain", "Batv", "TRUST_LEVELS", "load", "loads",
           "parse_duration", "DEFAULT_RULES"]


class ConfigError(Exception):
    """The configuration is invalid; ``errors`` holds one message per problem (file:line: key: what)."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


class NotCacheable(TypeError):
    """Raised when pickling a value that must never be written anywhere (a secret from the
    environment, a ``${NAME}`` value): :mod:`filter.config.cache` then does not cache."""


class Secret(str):
    """A resolved secret: behaves as the string, prints as ``***``; ``ref`` is the ``${NAME}`` it came
    from (None for a ``*_file`` secret), ``file`` the file it was read from (None for ``${NAME}``)."""

    ref: str | None = None
    file: str | None = None

    def __repr__(self) -> str:
        return "'***'"

    def __reduce__(self):
        # pickled as where it comes from, never as its value (filter/config/cache.py)
        if self.file is None:
            raise NotCacheable("a secret from the environment is not cached")
        return (_secret_from_file, (self.file,))


def _secret_from_file(path: str) -> Secret:
    """A ``*_file`` secret read again (what a cached config holds instead of the secret)."""
    text = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    if not text:
        raise ValueError(f"secret file {path!r} is empty")
    secret = Secret(text)
    secret.file = path
    return secret


class Expanded(str):
    """A value in which ``${NAME}`` references were resolved: behaves as the resolved string;
    ``template`` is the text as written, what is displayed (``check-config``), since a resolved
    variable may hold a token (a URL's query, an ``Authorization`` header)."""

    template: str = ""
    names: tuple[str, ...] = ()

    def __reduce__(self):
        raise NotCacheable("a value from the environment is not cached")


def shown(value: Any) -> Any:
    """A config value as it may be displayed: secrets ``***``, ``${NAME}`` values as written,
    paths as strings; tuples and lists item by item."""
    if isinstance(value, Secret):
        return "***"
    if isinstance(value, Expanded):
        return str(value.template)
    if isinstance(value, (tuple, list)):
        return [shown(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, str):
        return str(value)
    return value


_URL = re.compile(r"\b([A-Za-z][A-Za-z0-9+.-]*://)(?:[^\s/@?#]*@)?([^\s/?#]*)([^\s?#]*)(?:[?#][^\s]*?(?=[:,;.)>'\"\]]*(?:\s|$)))?")


def redact_url(text: str) -> str:
    """``text`` with every URL's userinfo, query and fragment removed (they carry tokens):
    ``https://u:p@h/x?token=1`` -> ``https://h/x?...``.  For errors and logs."""
    def sub(m: re.Match) -> str:
        cut = m.group(0) != m.group(1) + m.group(2) + m.group(3)
        q = "?..." if cut and ("?" in m.group(0) or "#" in m.group(0)) else ""
        return f"{m.group(1)}{m.group(2)}{m.group(3)}{q}"

    return _URL.sub(sub, str(text))


def secret_env_names(config: "Config", *, keep_action: str | None = None) -> set[str]:
    """The environment variables a config reads secrets from: every ``${NAME}`` behind a secret
    (``webhook.secret``, ``forward.password``, POP3 passwords) and inside the values of other
    actions (a token in a webhook ``url`` or ``headers``).  Not passed to ``exec`` children."""
    names: set[str] = set()

    def walk(v: Any) -> None:
        if isinstance(v, Secret) and v.ref:
            names.update(_ENV_REF.findall(v.ref))
        elif isinstance(v, Expanded):
            names.update(v.names)
        elif isinstance(v, (tuple, list)):
            for x in v:
                walk(x)

    for a in config.actions.values():
        if a.name != keep_action:
            for v in a.options.values():
                walk(v)
    if config.pop3 is not None:
        for acc in config.pop3.accounts:
            walk(acc.password)
    if config.imap is not None:
        for acc in config.imap.accounts:
            walk(acc.password)
            walk(acc.oauth2_token)
    for k in config.trust.keys:
        walk(k.secret)
    if config.ingest is not None:
        walk(config.ingest.postmark.password if config.ingest.postmark else None)
        walk(config.ingest.mailgun.signing_key if config.ingest.mailgun else None)
    return names


# -- durations -----------------------------------------------------------------------------------
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")


def parse_duration(value: Any) -> float:
    """``14d`` / ``60s`` / ``30m`` / ``1.5h`` / a bare number of seconds -> seconds."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 60s, 30m, 12h or 14d")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError("a duration cannot be negative")
        return float(value)
    m = _DURATION.match(str(value))
    if not m:
        raise ValueError(f"{value!r} is not a duration (use e.g. 60s, 30m, 12h, 14d)")
    return float(m.group(1)) * _UNITS[m.group(2) or "s"]


def format_duration(seconds: float) -> str:
    for unit in ("d", "h", "m", "s"):
        n = seconds / _UNITS[unit]
        if n >= 1 and n == int(n):
            return f"{int(n)}{unit}"
    return f"{seconds:g}s"


# -- the effective configuration -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SoftBounce:
    """N soft bounces within ``window`` suppress; ``reset_after`` of quiet forgets the history."""

    threshold: int = 3
    window: float = 14 * 86400
    reset_after: float = 30 * 86400
    kinds: tuple[str, ...] = (model.FAILED,)
    classes: tuple[str, ...] = (model.SOFT, model.UNDETERMINED)
    #: reasons of those classes that never count: a rate limit (too many messages or connections,
    #: greylisting, throttling) is the receiving side's answer to the *sender's* volume, nothing said of
    #: the recipient's address; its soft class only says the sender may try again later
    except_reasons: tuple[str, ...] = ("rate_limited",)
    #: a suppression this policy made is lifted into probation after this long without a bounce
    #: (the suppression's ``last_seen``); 0: never (it stays until lifted by hand or a delivery)
    probation_after: float = 14 * 86400
    #: how long probation lasts: one soft bounce within it suppresses the address again at once
    probation_for: float = 30 * 86400
    #: how often an address may be suppressed again from probation and still get another one;
    #: the next time it is suppressed for good (policy ``probation``)
    probation_max: int = 1
    #: verify (syntax + DNS, filter/hygiene/verifier.py) at the end of the quiet period; an
    #: undeliverable address stays suppressed
    probation_verify: bool = False
    #: how often ``outbox work`` runs probation (0: never; then ``bouncefilter suppression probation``)
    probation_interval: float = 3600.0


@dataclass(frozen=True, slots=True)
class Outbox:
    """How deliveries are attempted: in process (tenacity) and durably across hours."""

    inline: bool = True
    inline_budget: float = 5.0
    tries: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 5.0
    retry_initial: float = 60.0
    retry_max: float = 3600.0
    max_age: float = 3 * 86400
    lease: float = 300.0
    poll_interval: float = 5.0
    batch: int = 500
    #: a delivery still failing this long after it was enqueued raises a ``delivery_failing``
    #: event (one per action per period of this length) and a WARNING line; 0: never
    alert_after: float = 3600.0
    #: ``HOST:PORT`` (loopback) where ``outbox work`` serves Prometheus metrics; None: none (filter/metrics.py)
    metrics: str | None = None


@dataclass(frozen=True, slots=True)
class PipeSettings:
    """``pipe:``: the Postfix/Sendmail pipe (``filter/adapters/pipe.py``)."""

    #: bytes read from stdin into memory; a larger message is quarantined whole (never cut)
    max_size: int = 64 * 1024 * 1024
    #: the largest message kept whole in quarantine/; a larger one is deferred (exit 75), never cut
    max_spill: int = 1024 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Retention:
    """``retention:``: how long the store keeps what it no longer needs (``bouncefilter prune``,
    :mod:`filter.engine.retention`).  Every age is a duration in seconds; 0 keeps that kind forever.
    Never pruned: the suppression list, the soft-bounce history the policy still counts, the
    events a pending delivery or a suppression row refers to."""

    #: events (by ``received_at``) of every type not named below
    events: float = 400 * 86400
    #: ``untrusted`` and ``untrusted_surge`` events (forged bounces come in waves)
    untrusted: float = 90 * 86400
    #: ``bounce`` events of kind ``not_bounce`` (human mail, spam to the bounce address)
    not_bounce: float = 90 * 86400
    #: finished deliveries: ``done`` (since ``done_at``) and dead letters (since their last try)
    deliveries: float = 30 * 86400
    #: raw messages kept for ``forward`` actions (by their event's ``received_at``)
    messages: float = 30 * 86400
    #: rows deleted per transaction (the write lock is held that long, then given up)
    batch: int = 500
    #: how often ``outbox work`` prunes (0: never; then run ``bouncefilter prune`` from cron)
    interval: float = 3600.0


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """``store:`` (besides ``busy_timeout``, kept on :attr:`Config.busy_timeout`): which store.

    ``url`` None (the default) or ``sqlite://PATH`` is the SQLite file (``state_dir/bouncefilter.db``
    by default); ``postgresql://user@host:port/db`` is a PostgreSQL database that several hosts
    share (``docs/several-hosts.md``).  The password is never part of the url: ``password:
    ${ENV}`` or ``password_file: PATH``.  :func:`filter.store.open_store` opens it."""

    url: str | None = None
    #: the PostgreSQL password (a :class:`Secret`), None for none (peer or certificate login)
    password: "Secret | None" = None
    #: libpq's sslmode; None: ``verify-full`` for a server over the network, ``prefer`` on this host
    sslmode: str | None = None
    #: the CA file that signs the server's certificate (None: the system's trust store)
    sslrootcert: Path | None = None
    #: connections per process to PostgreSQL (the long-running services' engines share them)
    pool_size: int = 8

    @property
    def engine(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return "postgresql" if self.url is not None and not self.url.startswith("sqlite:") else "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        """The file a ``sqlite://PATH`` url names (None: the default in ``state_dir``)."""
        return Path(self.url[len("sqlite://"):]) if self.url is not None and self.url.startswith("sqlite://") else None


#: libpq's sslmode values (https://www.postgresql.org/docs/current/libpq-ssl.html)
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: query parameters a ``store.url`` may carry (everything else has its own key, or is a secret)
_PG_QUERY_KEYS = ("host", "port", "application_name", "connect_timeout", "target_session_attrs")


@dataclass(frozen=True, slots=True)
class DnsSettings:
    """``dns:``: the resolver ``bouncefilter verify`` asks (``filter/hygiene/mailhost.py``)."""

    #: ``HOST[:PORT]`` or ``[IPv6]:PORT``, asked in order; empty: the system's (/etc/resolv.conf)
    nameservers: tuple[str, ...] = ()
    #: one query to one server; then the next server is asked
    timeout: float = 2.0
    #: one lookup, every server and retry included; past it the verdict is ``unknown``
    lifetime: float = 5.0


@dataclass(frozen=True, slots=True)
class VerifySettings:
    """``verify:``: ``bouncefilter verify`` (``filter/hygiene/verifier.py``, docs/hygiene.md)."""

    #: addresses checked at once
    concurrency: int = 16
    #: accept addresses under .test (RFC 6761 section 6.2): test setups only
    test_domains: bool = False
    #: the SMTP probe (RCPT TO without DATA), off unless asked for: docs/hygiene.md says why
    probe: bool = False
    #: the port the probe connects to on each MX host (25; a relay or a test server may differ)
    probe_port: int = 25
    probe_timeout: float = 10.0
    #: the EHLO name (None: this host's FQDN) and the envelope sender ("": the null sender <>)
    probe_helo: str | None = None
    probe_mail_from: str = ""


#: trust levels, weakest first (docs/security.md, "Trust")
TRUST_LEVELS = ("unverified", "plausible", "verified")


@dataclass(frozen=True, slots=True)
class TrustKey:
    """One HMAC key of ``trust.keys`` (or ``trust.secret``, key ``0``): the first one signs."""

    id: str
    secret: "Secret"


@dataclass(frozen=True, slots=True)
class DkimDomain:
    """A domain we DKIM-sign with (``trust.dkim``): its signature on a returned original is evidence."""

    domain: str
    #: None: any selector, the key from DNS
    selector: str | None = None
    #: the public key (PEM, or the DNS TXT value) in a file; None: from DNS
    public_key_file: Path | None = None


@dataclass(frozen=True, slots=True)
class Batv:
    """``trust.batv``: BATV (prvs=) signing of envelope senders by the milter."""

    #: envelope senders (globs) whose outbound mail the milter signs
    sign: tuple[str, ...] = ()
    #: how long a signed address accepts bounces (the draft suggests 7 days)
    validity: float = 7 * 86400
    #: the reply to a bounce (null sender) for a signing sender without a valid signature
    reject: str = "550 5.7.1 Bounce to an address that did not send this mail (BATV)"
    #: recipients never refused (RFC 5321 section 4.5.1: postmaster takes mail from anyone)
    exempt: tuple[str, ...] = ("postmaster@*", "abuse@*")


_BATV_REJECT = Batv().reject
_BATV_EXEMPT = Batv().exempt


@dataclass(frozen=True, slots=True)
class Trust:
    """``trust:``: how a bounce proves it answers mail we sent (``filter/trust/assess.py``)."""

    keys: tuple[TrustKey, ...] = ()
    #: signed return paths, message ids and tokens older than this prove nothing
    max_age: float = 30 * 86400
    #: the address ``verp sign`` builds signed return paths on (with the ``verp`` pattern)
    bounce_address: str | None = None
    #: the weakest level that acts (suppresses, counts, lifts); weaker bounces are ``untrusted``
    require: str = "unverified"
    #: our sending domains: an original from one of them is plausible (not proof)
    domains: tuple[str, ...] = ()
    #: the header of our mail that carries a token (``filter.trust.verp.token``)
    header: str = "X-Bouncefilter-Token"
    dkim: tuple[DkimDomain, ...] = ()
    batv: Batv | None = None
    #: an ``untrusted_surge`` event when this many untrusted events arrive within ``alert_window``
    alert_threshold: int = 10
    alert_window: float = 3600.0

    @property
    def enabled(self) -> bool:
        """Whether anything can vouch for a bounce (a key or a DKIM domain)."""
        return bool(self.keys or self.dkim)

    def acts(self, level: str) -> bool:
        """Whether a bounce of this trust level may act (suppress, count, lift)."""
        return TRUST_LEVELS.index(level) >= TRUST_LEVELS.index(self.require)

    def verp_keys(self):
        """The keys as :class:`filter.trust.verp.Key` objects."""
        from filter.trust.verp import Key

        return [Key(k.id, str(k.secret).encode("utf-8")) for k in self.keys]

    def to_dict(self) -> dict:
        d: dict[str, Any] = {
            "keys": [{"id": k.id, "secret": "***"} for k in self.keys],
            "max_age": format_duration(self.max_age), "bounce_address": self.bounce_address,
            "require": self.require, "domains": list(self.domains), "header": self.header,
            "dkim": [{"domain": x.domain, "selector": x.selector,
                      "public_key_file": str(x.public_key_file) if x.public_key_file else None} for x in self.dkim],
            "alert": {"threshold": self.alert_threshold, "window": format_duration(self.alert_window)},
        }
        if self.batv is not None:
            b = self.batv
            d["batv"] = {"sign": list(b.sign), "validity": format_duration(b.validity), "reject": b.reject,
                         "exempt": list(b.exempt)}
        return d


@dataclass(frozen=True, slots=True)
class ActionConfig:
    name: str
    type: str
    options: dict[str, Any]
    line: int = 0
    builtin: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """All given keys must match (AND); a list value matches any of its items (OR)."""

    event: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    class_: tuple[str, ...] = ()
    reason: tuple[str, ...] = ()
    permanent: bool | None = None
    status: tuple[str, ...] = ()
    reply_code: tuple[str, ...] = ()
    domain: tuple[str, ...] = ()
    address: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    trust: tuple[str, ...] = ()
    headers: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def to_dict(self) -> dict:
        out: dict[str, Any] = {}
        for key, attr in _MATCH_ATTRS.items():
            v = getattr(self, attr)
            if v in ((), None):
                continue
            if key == "header":
                out[key] = {h: list(p) if len(p) > 1 else p[0] for h, p in v}
            elif isinstance(v, tuple):
                out[key] = list(v) if len(v) > 1 else v[0]
            else:
                out[key] = v
        return out


@dataclass(frozen=True, slots=True)
class Rule:
    match: Match
    actions: tuple[str, ...]
    stop: bool = False
    line: int = 0

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"match": self.match.to_dict(), "actions": list(self.actions)}
        if self.stop:
            d["stop"] = True
        return d


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None
    state_dir: Path
    verp: tuple[str, ...]
    soft_bounce: SoftBounce
    outbox: Outbox
    busy_timeout: float
    record_not_bounce: bool
    actions: dict[str, ActionConfig]
    rules: tuple[Rule, ...]
    default_rules: bool = False
    warnings: tuple[str, ...] = field(default=())
    pipe: PipeSettings = field(default_factory=PipeSettings)
    milter: "MilterSettings" = field(default_factory=lambda: _services().MilterSettings())
    #: the ``lmtp:`` section (the LMTP service)
    lmtp: "LmtpSettings" = field(default_factory=lambda: _services().LmtpSettings())
    #: the ``pop3:`` section (POP3 bridge), None when absent
    pop3: "Pop3 | None" = None
    #: the ``imap:`` section (IMAP bridge, imapbridge/), None when absent
    imap: "Imap | None" = None
    #: ``events.max_recipients``: recipients of one message recorded as events; the rest are
    #: dropped and said so in a defect (one forged DSN must not stall the store)
    max_recipients: int = 1000
    #: the ``trust:`` section (signed return paths, BATV, evidence from the returned original)
    trust: Trust = field(default_factory=Trust)
    #: the ``retention:`` section (``bouncefilter prune``)
    retention: Retention = field(default_factory=Retention)
    #: the ``store:`` section: which store (SQLite in ``state_dir``, or a shared PostgreSQL)
    store: StoreSettings = field(default_factory=StoreSettings)
    #: the ``dns:`` and ``verify:`` sections (``bouncefilter verify``)
    dns: DnsSettings = field(default_factory=DnsSettings)
    verify: VerifySettings = field(default_factory=VerifySettings)
    #: the ``web:`` section (``bouncefilter web``: console, HTTP API, /metrics)
    web: "WebSettings" = field(default_factory=lambda: _services().WebSettings())
    #: the ``ingest:`` section (ESP notifications: ``bouncefilter ingest``), None when absent
    ingest: "IngestSettings | None" = None
    #: the ``reconfirm:`` section (a re-confirmation mail before a removal for good), None when absent
    reconfirm: "Reconfirm | None" = None

    @property
    def db_path(self) -> Path:
        """The store; asking for it makes ``state_dir`` (``0700``) and the database file (``0600``)
        if they are missing, and refuses a ``state_dir`` another user could write into
        (:class:`filter.store.sqlite.StoreUnavailable`, naming the folder; ``docs/security.md``)."""
        path = self.state_dir / "bouncefilter.db"
        _private(self.state_dir, "state_dir")
        if not path.exists():
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                                 | os.O_CLOEXEC, 0o600))
            except FileExistsError:
                pass
            except OSError as e:
                _unavailable(f"store {path}: {e.strerror or e}")
        return path

    @property
    def quarantine_dir(self) -> Path:
        """``state_dir/quarantine``, made ``0700`` when missing and checked like :attr:`db_path`."""
        _private(self.state_dir, "state_dir")
        return _private(self.state_dir / "quarantine", "quarantine folder")

    def _store_dict(self, mask: bool) -> dict:
        st = self.store
        d: dict[str, Any] = {"busy_timeout": format_duration(self.busy_timeout)}
        if st.url is not None:
            d["url"] = shown(st.url)
        if st.engine == "postgresql":
            d["password"] = None if st.password is None else ("***" if mask else str(st.password))
            d.update(sslmode=st.sslmode, sslrootcert=None if st.sslrootcert is None else str(st.sslrootcert),
                     pool_size=st.pool_size)
        return d

    def to_dict(self, mask: bool = True) -> dict:
        """The effective configuration, defaults filled in, secrets masked."""
        sb, ob = self.soft_bounce, self.outbox
        d: dict[str, Any] = {
            "state_dir": str(self.state_dir),
            "verp": shown(self.verp),
            "soft_bounce": {"threshold": sb.threshold, "window": format_duration(sb.window),
                            "reset_after": format_duration(sb.reset_after),
                            "kinds": list(sb.kinds), "classes": list(sb.classes),
                            "except_reasons": list(sb.except_reasons),
                            "probation_after": format_duration(sb.probation_after),
                            "probation_for": format_duration(sb.probation_for),
                            "probation_max": sb.probation_max, "probation_verify": sb.probation_verify,
                            "probation_interval": format_duration(sb.probation_interval)},
            "not_bounce": {"record": self.record_not_bounce},
            "events": {"max_recipients": self.max_recipients},
            "store": self._store_dict(mask),
            "outbox": {k: (format_duration(getattr(ob, k)) if isinstance(_OUTBOX[k], _Duration)
                           else getattr(ob, k)) for k in _OUTBOX},
            "actions": {},
            "rules": [r.to_dict() for r in self.rules],
        }
        for name, a in self.actions.items():
            opts = {}
            for k, v in a.options.items():
                if isinstance(v, Secret) and mask:
                    v = "***"
                elif isinstance(v, tuple):
                    v = list(v)
                elif isinstance(v, Path):
                    v = str(v)
                elif k == "mode" and isinstance(v, int):
                    v = f"0o{v:o}"
                elif isinstance(v, float) and k in _DURATION_KEYS:
                    v = format_duration(v)
                opts[k] = v
            if mask:
                opts = {k: v if k == "mode" or isinstance(v, (bool, int, float)) or v is None else shown(v)
                        for k, v in opts.items()}
            entry = {"type": a.type, **opts}
            if a.builtin:
                entry["builtin"] = True
            d["actions"][name] = entry
        d["pipe"] = {"max_size": self.pipe.max_size, "max_spill": self.pipe.max_spill}
        # (the pipe's cached copy has no service sections: filter/config/cache.py for_pipe)
        if (m := self.milter) is not None:
            d["milter"] = {"socket": shown(m.socket), "bounce_addresses": shown(m.bounce_addresses),
                           "max_size": m.max_size, "headers": m.headers, "discard": list(m.discard),
                           "timeout": format_duration(m.timeout), "deliver": m.deliver,
                           "queue_max": m.queue_max, "queue_max_bytes": m.queue_max_bytes, "metrics": m.metrics}
        if (lm := self.lmtp) is not None:
            d["lmtp"] = {"listen": shown(lm.listen), "socket_mode": f"0o{lm.socket_mode:o}",
                         "socket_group": lm.socket_group, "max_size": lm.max_size, "max_spill": lm.max_spill,
                         "max_sessions": lm.max_sessions, "group_commit": lm.group_commit,
                         "group_window": format_duration(lm.group_window), "timeout": format_duration(lm.timeout),
                         "deliver": lm.deliver, "metrics": lm.metrics}

        d["trust"] = self.trust.to_dict()
        rt = self.retention
        d["retention"] = {k: (format_duration(getattr(rt, k)) if isinstance(_RETENTION[k], _Duration)
                              else getattr(rt, k)) for k in _RETENTION}
        d["dns"] = {"nameservers": list(self.dns.nameservers), "timeout": format_duration(self.dns.timeout),
                    "lifetime": format_duration(self.dns.lifetime)}
        d["verify"] = {k: (format_duration(getattr(self.verify, k)) if isinstance(_VERIFY[k], _Duration)
                           else getattr(self.verify, k)) for k in _VERIFY}
        if self.web is not None:
            d["web"] = _services()._web_dict(self.web, mask)
        if self.pop3 is not None:
            d["pop3"] = self.pop3.to_dict(mask)
        if self.imap is not None:
            d["imap"] = self.imap.to_dict(mask)
        if self.ingest is not None:
            d["ingest"] = self.ingest.to_dict(mask)
        if self.reconfirm is not None:
            d["reconfirm"] = self.reconfirm.to_dict(mask)
        return d


def _unavailable(message: str):
    from filter.store.sqlite import StoreUnavailable

    raise StoreUnavailable(message)


def _private(path: Path, what: str) -> Path:
    """:func:`filter.fsutil.private_dir`, its refusals and errors as ``StoreUnavailable``."""
    from filter.fsutil import private_dir

    try:
        return private_dir(path, what)
    except OSError as e:
        _unavailable(str(e) if not e.strerror else f"{what} {path}: {e.strerror}")


# -- the schema ----------------------------------------------------------------------------------
class _Ctx:
    """Collects errors with file and line; resolves ``${ENV}`` and ``*_file`` references."""

    def __init__(self, filename: str, lines: dict[tuple, int], base: Path, env: dict[str, str]):
        self.filename, self.lines, self.base, self.env = filename, lines, base, env
        self.errors: list[str] = []
        self.warnings: list[str] = []
        #: check that state_dir is private (load() of a file; not loads() of text in tests)
        self.check_paths = False

    def line(self, path: tuple) -> int:
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 0)

    def error(self, path: tuple, msg: str) -> None:
        key = _dotted(path) or "(top level)"
        self.errors.append(f"{self.filename}:{self.line(path)}: {key}: {msg}")

    def expand(self, path: tuple, value: str) -> str | None:
        def sub(m: re.Match) -> str:
            name = m.group(1)
            if name not in self.env:
                raise KeyError(name)
            return self.env[name]

        try:
            return _ENV_REF.sub(sub, value)
        except KeyError as e:
            self.error(path, f"environment variable {e.args[0]} is not set")
            return None


_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _dotted(path: tuple) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


class _Spec:
    default: Any = None
    required = False

    def check(self, ctx: _Ctx, path: tuple, value: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


class _Str(_Spec):
    def __init__(self, default: str | None = None, required: bool = False,
                 pattern: str | None = None, hint: str = ""):
        self.default, self.required = default, required
        self.pattern = pattern  # compiled on first use (re caches it): importing stays cheap
        self.hint = hint

    def check(self, ctx, path, value):
        if not isinstance(value, str):
            ctx.error(path, f"expected a string, got {_typename(value)}")
            return None
        written = value
        value = ctx.expand(path, value)
        if value is not None and self.pattern and not re.match(self.pattern, value):
            shown_value = written if value != written else value  # never echo a resolved variable
            ctx.error(path, f"{shown_value!r} is not valid{': ' + self.hint if self.hint else ''}")
            return None
        if value is not None and value != written:
            value = Expanded(value)
            value.template, value.names = written, tuple(_ENV_REF.findall(written))
        return value


class _MetricsListen(_Str):
    """``HOST:PORT`` of a service's Prometheus metrics: a loopback address only.  The counters name
    no address, but an endpoint without authentication stays on this host (a Prometheus elsewhere
    scrapes ``bouncefilter web``'s ``/metrics``, which has tokens and TLS, or goes through a proxy)."""

    def __init__(self):
        super().__init__(None, pattern=r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$", hint="HOST:PORT or [IPv6]:PORT")

    def check(self, ctx, path, value):
        value = super().check(ctx, path, value)
        if value is None:
            return None
        import ipaddress

        host = str(value).rpartition(":")[0].strip("[]")
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            ctx.error(path, f"{host} is not a loopback address: a service's metrics have no authentication "
                            "(scrape bouncefilter web's /metrics from another host)")
            return None
        return str(value)


class _Path(_Str):
    """A path; relative paths are taken relative to the config file's folder."""

    def check(self, ctx, path, value):
        value = super().check(ctx, path, value)
        if value is None:
            return None
        p = Path(str(value)).expanduser()
        return p if p.is_absolute() else (ctx.base / p)


class _Bool(_Spec):
    def __init__(self, default: bool = False):
        self.default = default

    def check(self, ctx, path, value):
        if not isinstance(value, bool):
            ctx.error(path, f"expected true or false, got {_typename(value)}")
            return None
        return value


class _Int(_Spec):
    def __init__(self, default: int | None = None, minimum: int | None = None,
                 maximum: int | None = None, required: bool = False):
        self.default, self.minimum, self.maximum, self.required = default, minimum, maximum, required

    def check(self, ctx, path, value):
        if isinstance(value, bool) or not isinstance(value, int):
            ctx.error(path, f"expected an integer, got {_typename(value)}")
            return None
        if self.minimum is not None and value < self.minimum:
            ctx.error(path, f"must be at least {self.minimum}")
            return None
        if self.maximum is not None and value > self.maximum:
            ctx.error(path, f"must be at most {self.maximum}")
            return None
        return value


class _Mode(_Int):
    """A file mode: YAML 1.1 reads ``0644`` as an integer, but ``0o644`` as a string."""

    def check(self, ctx, path, value):
        if isinstance(value, str):
            digits = value.strip().lower().removeprefix("0o")
            if not digits or any(c not in "01234567" for c in digits):
                ctx.error(path, f"expected a file mode such as 0o644, got {value!r}")
                return None
            value = int(digits, 8)
        return super().check(ctx, path, value)


class _Duration(_Spec):
    def __init__(self, default: float, positive: bool = False):
        self.default, self.positive = default, positive

    def check(self, ctx, path, value):
        try:
            seconds = parse_duration(value)
        except ValueError as e:
            ctx.error(path, str(e))
            return None
        if self.positive and seconds <= 0:
            ctx.error(path, "must be greater than zero")
            return None
        return seconds


class _Enum(_Spec):
    def __init__(self, choices, default=None):
        self.choices, self.default = tuple(choices), default

    def check(self, ctx, path, value):
        if value not in self.choices:
            ctx.error(path, f"{value!r} is not one of: {', '.join(map(str, self.choices))}")
            return None
        return value


class _List(_Spec):
    """A list of items; a single scalar is accepted as a list of one."""

    def __init__(self, item: _Spec, default=(), required: bool = False, nonempty: bool = False):
        self.item, self.default, self.required, self.nonempty = item, tuple(default), required, nonempty

    def check(self, ctx, path, value):
        if not isinstance(value, list):
            value = [value]
            items = [(path, value[0])]
        else:
            items = [(path + (i,), v) for i, v in enumerate(value)]
        if self.nonempty and not value:
            ctx.error(path, "must not be empty")
        out = [self.item.check(ctx, p, v) for p, v in items]
        return tuple(out) if None not in out else None


class _Secret(_Spec):
    """``${ENV_NAME}`` only (the sibling ``<key>_file`` is handled by the section)."""

    def __init__(self, required: bool = False):
        self.required = required

    def check(self, ctx, path, value):
        if not isinstance(value, str) or not _ENV_REF.fullmatch(value.strip()):
            ctx.error(path, "secrets are given by reference only: ${ENV_NAME}, or "
                            f"{path[-1]}_file: PATH (never in clear)")
            return None
        resolved = ctx.expand(path, value.strip())
        if resolved is not None and not resolved:
            ctx.error(path, f"environment variable {value.strip()[2:-1]} is empty")
            return None
        if resolved is None:
            return None
        secret = Secret(resolved)
        secret.ref = value.strip()
        return secret


class _Section(_Spec):
    def __init__(self, fields: dict[str, _Spec], required: bool = False):
        self.fields, self.required = fields, required

    @property
    def default(self):
        return {k: s.default for k, s in self.fields.items()}

    def check(self, ctx, path, value):
        if value is None:
            value = {}
        if not isinstance(value, dict):
            ctx.error(path, f"expected a mapping, got {_typename(value)}")
            return None
        out: dict[str, Any] = {}
        secret_files = {f"{k}_file": k for k, s in self.fields.items() if isinstance(s, _Secret)}
        for key, v in value.items():
            if key in secret_files:
                continue
            if key not in self.fields:
                ctx.error(path + (key,), f"unknown key{_suggest(key, list(self.fields) + list(secret_files))}")
                continue
            if v is None and not self.fields[key].required:
                continue  # `key: null` (or `key:` alone) means the default
            out[key] = self.fields[key].check(ctx, path + (key,), v)
        for fkey, skey in secret_files.items():
            if fkey not in value:
                continue
            if skey in value:
                ctx.error(path + (fkey,), f"give either {skey} or {fkey}, not both")
                continue
            out[skey] = _read_secret_file(ctx, path + (fkey,), value[fkey])
        for key, spec in self.fields.items():
            if key not in out:
                if spec.required:
                    hint = f" (or {key}_file)" if isinstance(spec, _Secret) else ""
                    ctx.error(path, f"missing required key {key!r}{hint}")
                out[key] = spec.default
        return out


def _read_secret_file(ctx: _Ctx, path: tuple, value: Any) -> Secret | None:
    if not isinstance(value, str):
        ctx.error(path, f"expected a file path, got {_typename(value)}")
        return None
    p = Path(value).expanduser()
    p = p if p.is_absolute() else ctx.base / p
    try:
        text = p.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as e:
        ctx.error(path, f"cannot read secret file {str(p)!r}: {e.strerror or e}")
        return None
    if not text:
        ctx.error(path, f"secret file {str(p)!r} is empty")
        return None
    secret = Secret(text)
    secret.file = str(p)
    return secret


def _typename(v: Any) -> str:
    if v is None:
        return "nothing (null)"
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a mapping"}.get(type(v), type(v).__name__)


def _suggest(key: Any, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(sorted(known))})"


_ADDRESS_OK = r"^[^\s@]+@[^\s@]+$"
_OUTBOX: dict[str, _Spec] = {
    "inline": _Bool(True),
    "inline_budget": _Duration(5.0),
    "tries": _Int(3, minimum=1, maximum=20),
    "backoff_initial": _Duration(0.5),
    "backoff_max": _Duration(5.0),
    "retry_initial": _Duration(60.0, positive=True),
    "retry_max": _Duration(3600.0, positive=True),
    "max_age": _Duration(3 * 86400.0, positive=True),
    "lease": _Duration(300.0, positive=True),
    "poll_interval": _Duration(5.0, positive=True),
    "batch": _Int(500, minimum=1),
    "alert_after": _Duration(3600.0),
    "metrics": _MetricsListen(),
}

#: per action type: its keys.  Paths are relative to the config file's folder.
ACTION_SCHEMAS: dict[str, dict[str, _Spec]] = {
    "webhook": {
        "url": _Str(required=True, pattern=r"^https?://[^\s/]+", hint="an http:// or https:// URL"),
        "secret": _Secret(required=True),
        "timeout": _Duration(10.0, positive=True),
        "deadline": _Duration(30.0, positive=True),
        "ca_file": _Path(),
        "headers": _List(_Str(pattern=r"^[A-Za-z0-9-]+:", hint="'Name: value'")),
        "concurrency": _Int(4, minimum=1, maximum=64),
        "keepalive": _Bool(True),
    },
    "suppression_file": {
        "path": _Path(required=True),
        "format": _Enum(("plain", "csv", "postfix"), default="plain"),
        "postmap": _Bool(False),
        "postmap_command": _List(_Str(), default=("postmap",), nonempty=True),
        "map_type": _Str(None, pattern=r"^[a-z0-9_]+$", hint="a Postfix map type such as hash, lmdb, cdb"),
        "reject_status": _Str("5.1.1", pattern=r"^5\.\d{1,3}\.\d{1,3}$", hint="an RFC 3463 5.x.y status"),
        "mode": _Mode(0o644, minimum=0, maximum=0o777),
    },
    "exec": {
        "command": _List(_Str(), required=True, nonempty=True),
        "timeout": _Duration(30.0, positive=True),
        "env": _List(_Str(pattern=r"^[A-Za-z_][A-Za-z0-9_]*=", hint="NAME=value")),
    },
    "log": {
        "path": _Path(required=True),
        "fsync": _Bool(False),
    },
    "forward": {
        "to": _List(_Str(pattern=_ADDRESS_OK, hint="an email address"), required=True, nonempty=True),
        "host": _Str("localhost"),
        "port": _Int(25, minimum=1, maximum=65535),
        "mail_from": _Str(""),
        "starttls": _Bool(False),
        "ca_file": _Path(),
        "username": _Str(None),
        "password": _Secret(),
        "allow_insecure_auth": _Bool(False),
        "timeout": _Duration(30.0, positive=True),
    },
}
_POSTFIX_ONLY = ("postmap", "postmap_command", "map_type", "reject_status")
_DURATION_KEYS = {k for s in ACTION_SCHEMAS.values() for k, v in s.items() if isinstance(v, _Duration)}

_MATCH_ATTRS = {"event": "event", "kind": "kind", "class": "class_", "reason": "reason",
                "permanent": "permanent", "status": "status", "reply_code": "reply_code",
                "domain": "domain", "address": "address", "source": "source", "trust": "trust",
                "header": "headers"}
EVENT_TYPES = ("bounce", "untrusted", "untrusted_surge", "suppressed", "unsuppressed", "quarantined",
               "delivery_failing") + model.HYGIENE_EVENTS
_MATCH: dict[str, _Spec] = {
    "event": _List(_Enum(EVENT_TYPES)),
    "kind": _List(_Enum(model.KINDS)),
    "class": _List(_Enum(model.CLASSES)),
    "reason": _List(_Enum(tuple(model.REASONS) + ("manual",))),
    "permanent": _Bool(None),
    "status": _List(_Str(pattern=r"^[245](\.\d{1,3}){0,2}\.?$", hint="a status or prefix: 5, 5.1, 5.1.1")),
    "reply_code": _List(_Str(pattern=r"^[245]\d{0,2}$", hint="a reply code or prefix: 5, 55, 550")),
    "domain": _List(_Str()),
    "address": _List(_Str()),
    "source": _List(_Str()),
    "trust": _List(_Enum(TRUST_LEVELS)),
}

#: the rules a user gets with no ``rules:`` written (docs/vocabulary.md: what a sender does per class)
DEFAULT_RULES: tuple[Rule, ...] = (
    # a hard reason in a report the MTA is still retrying (kind delayed: "450 4.1.2 Domain not found")
    # is not final: only a failed delivery suppresses at once (docs/config.md, "Defaults")
    Rule(Match(event=("bounce",), kind=(model.FAILED,), class_=(model.HARD,)), ("suppress",)),
    # (class info: an RFC 6591 authentication failure report is a complaint-kind report of our own
    # SPF / DKIM / DMARC failure, class block: it alerts, and never suppresses the recipient)
    Rule(Match(event=("bounce",), kind=(model.COMPLAINT, model.UNSUBSCRIBE), class_=(model.INFO,)), ("suppress",)),
    Rule(Match(event=("bounce",), class_=(model.BLOCK,)), ("alert",)),
    Rule(Match(event=("quarantined",)), ("alert",)),
    Rule(Match(event=("untrusted_surge",)), ("alert",)),
    Rule(Match(event=("delivery_failing",)), ("alert",)),
)

_TOP_KEYS = ("state_dir", "verp", "soft_bounce", "not_bounce", "events", "store", "outbox", "actions", "rules",
             "pipe", "milter", "lmtp", "trust", "pop3", "imap", "retention", "dns", "verify", "web",
             "ingest", "reconfirm")
_PIPE: dict[str, _Spec] = {"max_size": _Int(64 * 1024 * 1024, minimum=1024),
                           "max_spill": _Int(1024 * 1024 * 1024, minimum=1024)}
_MILTER: dict[str, _Spec] = {
    "socket": _Str("inet:8899@127.0.0.1", pattern=r"^(inet6?:\d+(@\S+)?|(unix|local):/\S+)$",
                   hint="inet:PORT@HOST, inet6:PORT@HOST or unix:/PATH"),
    "bounce_addresses": _List(_Str(pattern=_ADDRESS_OK, hint="an address or a glob such as bounces-*@example.com")),
    "max_size": _Int(4 * 1024 * 1024, minimum=1024),
    "headers": _Bool(True),
    "discard": _List(_Enum(tuple(k for k in model.KINDS if k != model.NOT_BOUNCE))),
    "timeout": _Duration(20.0, positive=True),
    "deliver": _Bool(True),
    "queue_max": _Int(100, minimum=1),
    "queue_max_bytes": _Int(64 * 1024 * 1024, minimum=1024),
    "metrics": _MetricsListen(),
}

_LMTP: dict[str, _Spec] = {
    "listen": _Str("127.0.0.1:2424", pattern=r"^(unix:/\S+|\[[0-9A-Fa-f:.]+\]:\d{1,5}|[A-Za-z0-9.-]+:\d{1,5})$",
                   hint="unix:/PATH, HOST:PORT or [IPv6]:PORT"),
    "socket_mode": _Mode(0o660, minimum=0, maximum=0o777),
    "socket_group": _Str(None, pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\$?$", hint="a group name or number"),
    "max_size": _Int(16 * 1024 * 1024, minimum=1024),
    "max_spill": _Int(1024 * 1024 * 1024, minimum=1024),
    "max_sessions": _Int(20, minimum=1, maximum=10000),
    "group_commit": _Int(64, minimum=1, maximum=10000),
    "group_window": _Duration(0.0),
    "timeout": _Duration(300.0, positive=True),
    "deliver": _Bool(True),
    "metrics": _MetricsListen(),
}

_RETENTION: dict[str, _Spec] = {
    "events": _Duration(400 * 86400.0),
    "untrusted": _Duration(90 * 86400.0),
    "not_bounce": _Duration(90 * 86400.0),
    "deliveries": _Duration(30 * 86400.0),
    "messages": _Duration(30 * 86400.0),
    "batch": _Int(500, minimum=1, maximum=10_000),
    "interval": _Duration(3600.0),
}

#: ``dns:`` (DnsSettings): a nameserver as ``--nameserver`` takes it (filter.hygiene.mailhost.parse_nameserver)
_DNS: dict[str, _Spec] = {
    "nameservers": _List(_Str(pattern=r"^(\[[0-9A-Fa-f:.]+\](:\d{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"
                                      r"|[A-Za-z0-9.-]+(:\d{1,5})?)$",
                              hint="HOST, HOST:PORT, [IPv6]:PORT or an IPv6 address")),
    "timeout": _Duration(2.0, positive=True),
    "lifetime": _Duration(5.0, positive=True),
}
#: ``verify:`` (VerifySettings)
_VERIFY: dict[str, _Spec] = {
    "concurrency": _Int(16, minimum=1, maximum=256),
    "test_domains": _Bool(False),
    "probe": _Bool(False),
    "probe_port": _Int(25, minimum=1, maximum=65535),
    "probe_timeout": _Duration(10.0, positive=True),
    "probe_helo": _Str(None, pattern=r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$", hint="a host name"),
    "probe_mail_from": _Str("", pattern=r"^([^\s@<>]+@[^\s@<>]+)?$", hint="an address, or '' for the null sender"),
}


def _soft_bounce_spec() -> _Section:
    return _Section({
        "threshold": _Int(3, minimum=1),
        "window": _Duration(14 * 86400.0, positive=True),
        "reset_after": _Duration(30 * 86400.0, positive=True),
        "kinds": _List(_Enum(model.KINDS), default=(model.FAILED,)),
        "classes": _List(_Enum(model.CLASSES), default=(model.SOFT, model.UNDETERMINED)),
        "except_reasons": _List(_Enum(tuple(model.REASONS)), default=("rate_limited",)),
        "probation_after": _Duration(14 * 86400.0),
        "probation_for": _Duration(30 * 86400.0, positive=True),
        "probation_max": _Int(1, minimum=0, maximum=100),
        "probation_verify": _Bool(False),
        "probation_interval": _Duration(3600.0),
    })


def _check_match(ctx: _Ctx, path: tuple, value: Any) -> Match | None:
    if not isinstance(value, dict):
        ctx.error(path, f"expected a mapping of match keys, got {_typename(value)}")
        return None
    kw: dict[str, Any] = {}
    ok = True
    for key, v in value.items():
        p = path + (key,)
        if key == "header":
            if not isinstance(v, dict) or not v:
                ctx.error(p, "expected a mapping of header name -> pattern(s)")
                ok = False
                continue
            hs = []
            for h, pats in v.items():
                checked = _List(_Str()).check(ctx, p + (h,), pats)
                if checked is None or not isinstance(h, str):
                    ok = False
                    continue
                hs.append((h.lower(), checked))
            kw["headers"] = tuple(hs)
            continue
        if key not in _MATCH:
            ctx.error(p, f"unknown match key{_suggest(key, list(_MATCH_ATTRS))}")
            ok = False
            continue
        checked = _MATCH[key].check(ctx, p, v)
        if checked is None:
            ok = False
            continue
        if key in ("domain", "address"):
            checked = tuple(s.lower() for s in checked)
        kw[_MATCH_ATTRS[key]] = checked
    return Match(**kw) if ok else None


def _check_rules(ctx: _Ctx, value: Any, action_names: set[str]) -> tuple[Rule, ...] | None:
    path = ("rules",)
    if not isinstance(value, list):
        ctx.error(path, f"expected a list of rules, got {_typename(value)}")
        return None
    rules = []
    for i, item in enumerate(value):
        p = path + (i,)
        if not isinstance(item, dict):
            ctx.error(p, f"expected a rule (a mapping with match and actions), got {_typename(item)}")
            continue
        for key in item:
            if key not in ("match", "actions", "stop"):
                ctx.error(p + (key,), f"unknown key{_suggest(key, ['match', 'actions', 'stop'])}")
        match = _check_match(ctx, p + ("match",), item.get("match", {}) or {})
        if "actions" not in item:
            ctx.error(p, "missing required key 'actions'")
            continue
        names = _List(_Str()).check(ctx, p + ("actions",), item["actions"] or [])
        stop = _Bool(False).check(ctx, p + ("stop",), item.get("stop", False))
        if names is not None:
            for j, n in enumerate(names):
                if n not in action_names:
                    jp = p + ("actions", j) if isinstance(item["actions"], list) else p + ("actions",)
                    ctx.error(jp, f"no action named {n!r}{_suggest(n, sorted(action_names))}")
        if match is not None and names is not None:
            rules.append(Rule(match, names, bool(stop), ctx.line(p)))
    return tuple(rules)


def _check(ctx: _Ctx, data: Any, config_path: Path | None) -> Config | None:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        ctx.error((), f"expected a mapping at the top of the file, got {_typename(data)}")
        return None
    for key in data:
        if key not in _TOP_KEYS:
            ctx.error((key,), f"unknown key{_suggest(key, list(_TOP_KEYS))}")
    state_dir = _Path().check(ctx, ("state_dir",), data["state_dir"]) if "state_dir" in data \
        else ctx.base / "state"
    if state_dir is not None and ctx.check_paths:
        from filter.fsutil import check_state_path

        try:
            check_state_path(state_dir, "folder")
        except OSError as e:
            ctx.error(("state_dir",), str(e))
    verp = _List(_Str(pattern=r".*LOCAL.*DOMAIN|.*DOMAIN.*LOCAL", hint="a pattern naming LOCAL and DOMAIN"),
                 nonempty=True).check(ctx, ("verp",), data["verp"]) if "verp" in data \
        else ("bounces+LOCAL=DOMAIN@*",)
    sb = _soft_bounce_spec().check(ctx, ("soft_bounce",), data.get("soft_bounce"))
    nb = _Section({"record": _Bool(True)}).check(ctx, ("not_bounce",), data.get("not_bounce"))
    ev = _Section({"max_recipients": _Int(1000, minimum=1, maximum=1_000_000)}).check(ctx, ("events",),
                                                                                    data.get("events"))
    st = _Section(_STORE).check(ctx, ("store",), data.get("store"))
    store = _check_store(ctx, st) if st is not None else None
    ob = _Section(_OUTBOX).check(ctx, ("outbox",), data.get("outbox"))
    pipe = _Section(_PIPE).check(ctx, ("pipe",), data.get("pipe"))
    from filter.config import services  # the sections only the services read (the pipe's cache has none)

    milter = _Section(_MILTER).check(ctx, ("milter",), data.get("milter"))
    lmtp = _Section(_LMTP).check(ctx, ("lmtp",), data.get("lmtp"))
    retention = _Section(_RETENTION).check(ctx, ("retention",), data.get("retention"))
    dns_ = _Section(_DNS).check(ctx, ("dns",), data.get("dns"))
    verify = _Section(_VERIFY).check(ctx, ("verify",), data.get("verify"))
    web = services._check_web(ctx, data.get("web"))

    actions: dict[str, ActionConfig] = {}
    raw_actions = data.get("actions") or {}
    if not isinstance(raw_actions, dict):
        ctx.error(("actions",), f"expected a mapping of action name -> action, got {_typename(raw_actions)}")
        raw_actions = {}
    for name, body in raw_actions.items():
        p = ("actions", name)
        if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9_.-]+", name):
            ctx.error(p, "an action name is letters, digits, '_', '.' or '-'")
            continue
        if not isinstance(body, dict):
            ctx.error(p, f"expected a mapping with a type, got {_typename(body)}")
            continue
        typ = body.get("type")
        if not isinstance(typ, str) or typ not in ACTION_SCHEMAS:
            ctx.error(p + ("type",) if "type" in body else p,
                      f"{'missing type' if typ is None else repr(typ) + ' is not an action type'}; "
                      f"one of: {', '.join(ACTION_SCHEMAS)}")
            continue
        opts = _Section(ACTION_SCHEMAS[typ]).check(ctx, p, {k: v for k, v in body.items() if k != "type"})
        if opts is not None and typ == "forward" and opts.get("username") and not opts.get("starttls") \
                and not opts.get("allow_insecure_auth"):
            ctx.error(p + ("username",), "a login without starttls: true sends the password in clear: set "
                                         "starttls: true, or allow_insecure_auth: true (a server on this "
                                         "host or a trusted network only)")
            opts = None
        if opts is not None:
            actions[name] = ActionConfig(name, typ, opts, ctx.line(p))
            unused = [k for k in _POSTFIX_ONLY if k in body] if typ == "suppression_file" and \
                opts["format"] != "postfix" else []
            if unused:
                ctx.warnings.append(f"{ctx.filename}:{ctx.line(p)}: actions.{name}: {', '.join(unused)} "
                                    f"only apply to format: postfix; ignored with format: {opts['format']}")
    # the built-ins the default rules name, unless the user defined actions of those names
    if "suppress" not in actions:
        actions["suppress"] = ActionConfig("suppress", "suppress", {}, builtin=True)
    if "alert" not in actions:
        actions["alert"] = ActionConfig("alert", "log", {"path": (state_dir or ctx.base) / "alerts.jsonl",
                                                         "fsync": False}, builtin=True)

    if "rules" in data and data["rules"] is not None:
        rules = _check_rules(ctx, data["rules"], set(actions))
        default = False
    else:
        rules, default = DEFAULT_RULES, True
    pop3 = services._check_pop3(ctx, data["pop3"], actions, bool(nb and nb["record"])) \
        if data.get("pop3") is not None else None
    trust = _check_trust(ctx, data.get("trust"))
    imap = ingest = reconfirm = None
    if any(data.get(k) is not None for k in ("imap", "ingest", "reconfirm")):
        if data.get("imap") is not None:
            imap = services._check_imap(ctx, data["imap"], actions, bool(nb and nb["record"]))
        if data.get("ingest") is not None:
            ingest = services._check_ingest(ctx, data["ingest"])
        if data.get("reconfirm") is not None:
            reconfirm = services._check_reconfirm(ctx, data["reconfirm"], trust)
    if ctx.errors or None in (state_dir, verp, sb, nb, ev, st, store, ob, rules, pipe, milter, lmtp, trust,
                              retention, dns_, verify, web):
        return None
    if sb["window"] > sb["reset_after"]:
        ctx.warnings.append(f"{ctx.filename}:{ctx.line(('soft_bounce',))}: soft_bounce: window is longer "
                            "than reset_after: a quiet period of reset_after forgets older soft bounces")
    return Config(
        path=config_path,
        state_dir=state_dir,
        verp=tuple(verp),
        soft_bounce=SoftBounce(sb["threshold"], sb["window"], sb["reset_after"], tuple(sb["kinds"]),
                               tuple(sb["classes"]), except_reasons=tuple(sb["except_reasons"]),
                               probation_after=sb["probation_after"],
                               probation_for=sb["probation_for"], probation_max=sb["probation_max"],
                               probation_verify=sb["probation_verify"],
                               probation_interval=sb["probation_interval"]),
        outbox=Outbox(**ob),
        busy_timeout=st["busy_timeout"],
        record_not_bounce=nb["record"],
        actions=actions,
        rules=tuple(rules),
        default_rules=default,
        warnings=tuple(ctx.warnings),
        pipe=PipeSettings(**pipe),
        milter=services.MilterSettings(**milter),
        lmtp=services.LmtpSettings(**lmtp),
        pop3=pop3,
        imap=imap,
        max_recipients=ev["max_recipients"],
        trust=trust,
        retention=Retention(**retention),
        store=store,
        dns=DnsSettings(tuple(dns_["nameservers"]), dns_["timeout"], dns_["lifetime"]),
        verify=VerifySettings(**verify),
        web=web,
        ingest=ingest,
        reconfirm=reconfirm,
    )


# -- trust: what a bounce must show before it acts (filter/trust/assess.py, docs/security.md) ------------
_HOSTNAME = r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
_TRUST_KEY: dict[str, _Spec] = {"id": _Int(None, minimum=0, maximum=9, required=True), "secret": _Secret(required=True)}
_DKIM: dict[str, _Spec] = {
    "domain": _Str(required=True, pattern=_HOSTNAME, hint="a domain name"),
    "selector": _Str(None, pattern=r"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$", hint="a DKIM selector"),
    "public_key_file": _Path(),
}
_BATV: dict[str, _Spec] = {
    "sign": _List(_Str(pattern=_ADDRESS_OK, hint="an address or a glob such as *@example.com"), nonempty=True),
    "validity": _Duration(7 * 86400.0, positive=True),
    "reject": _Str(_BATV_REJECT, pattern=r"^5\d\d 5\.\d{1,3}\.\d{1,3} \S",
                   hint="a 5xx reply with an enhanced status, e.g. 550 5.7.1 text"),
    "exempt": _List(_Str(pattern=_ADDRESS_OK, hint="an address or a glob"), default=_BATV_EXEMPT),
}
_TRUST: dict[str, _Spec] = {
    "secret": _Secret(),
    "keys": _List(_Section(_TRUST_KEY)),
    "max_age": _Duration(30 * 86400.0, positive=True),
    "bounce_address": _Str(None, pattern=r"^[^\s@*]+@[^\s@*]+$", hint="an address such as bounces@example.com"),
    "require": _Enum(TRUST_LEVELS),
    "domains": _List(_Str(pattern=_HOSTNAME, hint="a domain name")),
    "header": _Str("X-Bouncefilter-Token", pattern=r"^[!-9;-~]+$", hint="a header field name"),
    "dkim": _List(_Section(_DKIM)),
    "batv": _Section(_BATV),
    "alert": _Section({"threshold": _Int(10, minimum=1), "window": _Duration(3600.0, positive=True)}),
}


_STORE: dict[str, _Spec] = {
    "busy_timeout": _Duration(10.0, positive=True),
    "url": _Str(None),
    "password": _Secret(),
    "sslmode": _Enum(SSLMODES, None),
    "sslrootcert": _Path(None),
    "pool_size": _Int(8, minimum=1, maximum=200),
}


def _check_store(ctx: _Ctx, st: dict[str, Any]) -> StoreSettings | None:
    """``store.url``: absent, ``sqlite://PATH`` (relative to the config's folder) or
    ``postgresql://[user@]host[:port][/db]`` with no password in it (RFC 3986 userinfo is where
    a password would hide: refused, the secret goes in ``password`` / ``password_file``)."""
    from urllib.parse import parse_qsl, urlsplit

    url = st["url"]
    pg_only = [k for k in ("password", "sslmode", "sslrootcert") if st.get(k) is not None]
    if url is None or url.startswith("sqlite:"):
        if pg_only:
            ctx.error(("store", pg_only[0]), "only for a PostgreSQL store (store.url: postgresql://...)")
            return None
        if url is None:
            return StoreSettings()
        rest = url[len("sqlite:"):]
        if not rest.startswith("//") or not rest[2:]:
            ctx.error(("store", "url"), "a SQLite store is sqlite://PATH (sqlite:///var/lib/bouncefilter/bf.db)")
            return None
        p = Path(rest[2:]).expanduser()
        return StoreSettings(url="sqlite://" + str(p if p.is_absolute() else ctx.base / p))
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError as e:
        ctx.error(("store", "url"), f"not a valid url: {e}")
        return None
    if parts.scheme not in ("postgresql", "postgres"):
        ctx.error(("store", "url"), f"{parts.scheme or url!r}: the store is sqlite://PATH or "
                                    "postgresql://user@host:port/database")
        return None
    if parts.password is not None or ":" in parts.netloc.rpartition("@")[0]:
        ctx.error(("store", "url"), "never put the password in the url (it would be shown and logged): "
                                    "give store.password: ${ENV_NAME} or store.password_file: PATH")
        return None
    for key, _ in parse_qsl(parts.query, keep_blank_values=True):
        if "password" in key:
            ctx.error(("store", "url"), "never put the password in the url: give store.password: ${ENV_NAME} "
                                        "or store.password_file: PATH")
            return None
        if key.startswith("ssl"):
            ctx.error(("store", "url"), f"{key}: give it as store.{key}")
            return None
        if key not in _PG_QUERY_KEYS:
            ctx.error(("store", "url"), f"{key!r} is not a parameter the url may carry "
                                        f"(one of: {', '.join(_PG_QUERY_KEYS)})")
            return None
    if parts.fragment:
        ctx.error(("store", "url"), "a url with a #fragment is not a PostgreSQL url")
        return None
    return StoreSettings(url=url, password=st["password"], sslmode=st["sslmode"], sslrootcert=st["sslrootcert"],
                         pool_size=st["pool_size"])


def _check_trust(ctx: _Ctx, value: Any) -> Trust | None:
    """The ``trust:`` section.  Without a key the project behaves as it always did, and says so."""
    if value is None:
        ctx.warnings.append(f"{ctx.filename}: trust: no trust.secret: anyone who can send you mail can forge a "
                            "bounce that suppresses any address (see docs/security.md, Trust)")
        return Trust()
    raw = value if isinstance(value, dict) else {}
    s = _Section(_TRUST).check(ctx, ("trust",), value)
    if s is None:
        return None
    keys: list[TrustKey] = []
    if s["secret"] is not None and raw.get("keys"):
        ctx.error(("trust", "keys"), "give either secret (one key) or keys (rotation), not both")
    elif s["secret"] is not None:
        keys.append(TrustKey("0", s["secret"]))
    for i, k in enumerate(s["keys"] or ()):
        if k["id"] is None or k["secret"] is None:
            continue
        if any(x.id == str(k["id"]) for x in keys):
            ctx.error(("trust", "keys", i, "id"), f"another key has id {k['id']}")
        keys.append(TrustKey(str(k["id"]), k["secret"]))
    if s["max_age"] is not None and s["max_age"] > 1000 * 86400:
        ctx.error(("trust", "max_age"), "at most 1000d (signed addresses carry the day modulo 1024)")
    dkim = []
    for i, d in enumerate(s["dkim"] or ()):
        f = d["public_key_file"]
        if f is not None and not d["selector"]:
            ctx.error(("trust", "dkim", i, "public_key_file"), "a public key belongs to one selector: set selector")
        if f is not None and not os.access(f, os.R_OK):
            ctx.error(("trust", "dkim", i, "public_key_file"), f"cannot read {str(f)!r}")
        if d["domain"]:
            dkim.append(DkimDomain(d["domain"].lower(), d["selector"], f))
    batv = None
    if "batv" in raw and raw["batv"] is not None and s["batv"] is not None:
        b = s["batv"]
        if not keys:
            ctx.error(("trust", "batv"), "BATV signs with the trust key: set trust.secret (or trust.keys)")
        if b["validity"] is not None and b["validity"] > 365 * 86400:
            ctx.error(("trust", "batv", "validity"), "at most 365d (BATV carries the day modulo 1000)")
        if not b["sign"]:
            ctx.error(("trust", "batv", "sign"), "missing: the envelope senders (globs) the milter signs")
        if None not in b.values():
            batv = Batv(tuple(x.lower() for x in b["sign"]), b["validity"], b["reject"],
                        tuple(x.lower() for x in b["exempt"]))
    require = s["require"] or ("verified" if keys else "unverified")
    if require != "unverified" and not keys and not dkim:
        ctx.error(("trust", "require"), f"{require} needs evidence: set trust.secret (or trust.keys) or trust.dkim")
    if not keys and not dkim:
        ctx.warnings.append(f"{ctx.filename}:{ctx.line(('trust',))}: trust: no trust.secret: anyone who can send "
                            "you mail can forge a bounce that suppresses any address (see docs/security.md, Trust)")
    elif require == "unverified":
        ctx.warnings.append(f"{ctx.filename}:{ctx.line(('trust', 'require'))}: trust.require: unverified: "
                            "forged bounces still act; evidence is only recorded")
    elif require == "plausible":
        ctx.warnings.append(f"{ctx.filename}:{ctx.line(('trust', 'require'))}: trust.require: plausible: "
                            "a forger can write what makes a bounce plausible (an original from our domain)")
    domains = list(dict.fromkeys(x.lower() for x in s["domains"] or ()))
    if not domains:  # what we sign with says which domains are ours
        if s["bounce_address"]:
            domains.append(s["bounce_address"].rpartition("@")[2].lower())
        domains += [d.domain for d in dkim]
        if batv is not None:
            domains += [g.rpartition("@")[2] for g in batv.sign if not set("*?[") & set(g.rpartition("@")[2])]
        domains = list(dict.fromkeys(domains))
    alert = s["alert"] or {}
    if ctx.errors or None in (s["max_age"], s["header"], alert.get("threshold"), alert.get("window")):
        return None
    return Trust(keys=tuple(keys), max_age=s["max_age"], bounce_address=s["bounce_address"], require=require,
                 domains=tuple(domains), header=s["header"], dkim=tuple(dkim), batv=batv,
                 alert_threshold=alert["threshold"], alert_window=alert["window"])


def _check_mailbox_account(ctx: _Ctx, p: tuple, a: dict, names: set, actions: dict[str, ActionConfig],
                           record_not_bounce: bool, *, memory: str, secure: str) -> None:
    """What a POP3 and an IMAP account share: a name of its own (it keys the ``memory`` of what was
    taken), no password in clear unless said out loud, and ``non_bounce: forward`` with a forward
    action and recorded non-bounces."""
    if a["name"] in names:
        ctx.error(p + ("name",), f"another account is named {a['name']!r} (a name keys the {memory} memory)")
    names.add(a["name"])
    if a["tls"] == "plain" and not a["allow_insecure"]:
        ctx.error(p + ("tls",), f"plain sends the password in clear: use {secure} or starttls, or set "
                                "allow_insecure: true (a server on this host or a trusted network only)")
    fwd = a["forward_action"]
    if a["non_bounce"] == "forward":
        if not fwd:
            ctx.error(p + ("non_bounce",), "forward needs forward_action: the name of a forward action")
        elif fwd not in actions or actions[fwd].type != "forward":
            ctx.error(p + ("forward_action",), f"no action of type forward named {fwd!r}"
                      f"{_suggest(fwd, [n for n, x in actions.items() if x.type == 'forward'])}")
        if not record_not_bounce:
            ctx.error(p + ("non_bounce",), "forward needs not_bounce.record: true (the outbox forwards events)")
    elif fwd:
        ctx.error(p + ("forward_action",), "only used with non_bounce: forward")


# -- YAML with line numbers ----------------------------------------------------------------------
def _compose(text: str, filename: str) -> tuple[Any, dict[tuple, int]]:
    """Parse YAML safely, returning the plain data and ``path -> line`` (1-based)."""
    import yaml

    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_cls(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        lines: dict[tuple, int] = {}
        dupes: list[str] = []
        _walk(node, (), lines, dupes, filename)
        if dupes:
            raise ConfigError(dupes)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        raise ConfigError([f"{filename}:{line}: YAML syntax error: {e.problem or e.context}"]) from None
    except yaml.YAMLError as e:
        raise ConfigError([f"{filename}: YAML error: {e}"]) from None
    finally:
        loader.dispose()
    return data, lines


def _walk(node, path: tuple, lines: dict, dupes: list, filename: str) -> None:
    import yaml

    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set = set()
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k.value)
            if key in seen:
                dupes.append(f"{filename}:{k.start_mark.line + 1}: {_dotted(path + (key,))}: duplicate key")
            seen.add(key)
            lines[path + (key,)] = k.start_mark.line + 1
            _walk(v, path + (key,), lines, dupes, filename)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _walk(v, path + (i,), lines, dupes, filename)


def loads(text: str, *, filename: str = "<config>", base: Path | None = None,
          env: dict[str, str] | None = None, path: Path | None = None, check_paths: bool = False) -> Config:
    """Validate YAML text; raise :class:`ConfigError` listing every problem.  ``check_paths``: refuse a
    ``state_dir`` another user could write into (``load`` does; the store refuses it anyway)."""
    data, lines = _compose(text, filename)
    ctx = _Ctx(filename, lines, base or Path.cwd(), dict(os.environ) if env is None else env)
    ctx.check_paths = check_paths
    cfg = _check(ctx, data, path)
    if ctx.errors or cfg is None:
        # in file order, as an editor would walk them
        errors = sorted(ctx.errors, key=lambda e: int(e[len(filename) + 1:].split(":", 1)[0] or 0))
        raise ConfigError(errors or [f"{filename}: invalid configuration"])
    return cfg


def load(path: str | os.PathLike, *, env: dict[str, str] | None = None) -> Config:
    """Load and validate a config file.  ``state_dir`` defaults to ``./state`` beside the file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError([f"{p}: cannot read the config file: {getattr(e, 'strerror', None) or e}"]) from None
    return loads(text, filename=str(p), base=p.resolve().parent, env=env, path=p, check_paths=True)


#: names of the sections only the services read, defined in :mod:`filter.config.services`
_SERVICES = frozenset({"Imap", "ImapAccount", "IngestMailgun", "IngestPostmark", "IngestSendgrid", "IngestSes",
                       "IngestSettings", "LmtpSettings", "MilterSettings", "POSTMARK_SOURCES", "Pop3",
                       "Pop3Account", "RECONFIRM_POLICIES", "Reconfirm", "SNS_HOST_PATTERN", "WEB_ROLES",
                       "WebSettings", "WebToken", "ingest_listen_problem", "web_listen_problem"})


def _services() -> Any:
    """:mod:`filter.config.services`, imported on first use."""
    from filter.config import services

    return services


def __getattr__(name: str) -> Any:
    """``filter.config.IngestSettings`` and the like, from :mod:`filter.config.services` on first use
    (PEP 562): the pipe's cached config never needs that module."""
    if name in _SERVICES:
        from filter.config import services

        return getattr(services, name)
    raise AttributeError(f"module 'filter.config' has no attribute {name!r}")
