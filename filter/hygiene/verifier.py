"""Verify an address before it enters a list: ``deliverable``, ``undeliverable``, ``risky`` or ``unknown``.

Each check adds reason codes (``REASONS``: the verdict each one stands for, what it means and
where the rule comes from); the address's verdict is the gravest of its reasons'
(``undeliverable`` > ``unknown`` > ``risky`` > ``deliverable``): a null MX outweighs a typo, a DNS
timeout means "cannot say" even for a role account.  The checks, in order:

1. syntax, with email-validator (RFC 5321/5322 as mail systems take it, internationalised local
   parts and IDN domains: RFC 6531, RFC 5890); a refused address goes no further;
2. the shipped lists (:mod:`filter.hygiene.lists`): disposable domains, role accounts (RFC 2142),
   typos of the big providers' domains (the suggestion);
3. the domain's mail hosts (:mod:`filter.hygiene.mailhost`: MX, RFC 7505 null MX, RFC 5321
   implicit MX, MX hosts that resolve), through dnspython, cached per domain;
4. with ``probe``, the SMTP probe (:mod:`filter.hygiene.probe`, off by default: see its risks);
5. with a store (``config``), this project's own history of the address: suppressed, hard-bounced
   before, soft bounces counted.

Checks 1-4 run on a thread pool (DNS and SMTP wait on the network); the store is read in the
calling thread (a SQLite connection belongs to one thread).  Nothing here raises for bad input:
an address that is not one gets ``undeliverable`` with reason ``syntax`` and email-validator's words.
"""
from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from filter.hygiene import mailhost as mh
from filter.hygiene import probe as pr

DELIVERABLE = "deliverable"
RISKY = "risky"
UNKNOWN = "unknown"
UNDELIVERABLE = "undeliverable"
#: the verdicts, least grave first: an address gets the gravest of its reasons'
VERDICTS = (DELIVERABLE, RISKY, UNKNOWN, UNDELIVERABLE)
_RANK = {v: i for i, v in enumerate(VERDICTS)}

#: reason code -> (verdict, what it means, where the rule comes from)
REASONS: dict[str, tuple[str, str, str]] = {
    # syntax
    "syntax": (UNDELIVERABLE, "not an address a mail system accepts", "RFC 5321 4.1.2, RFC 5322 3.4.1, RFC 6531"),
    "domain_literal": (RISKY, "an address literal (user@[192.0.2.1]): legal, but no list member has one",
                       "RFC 5321 4.1.3"),
    # DNS (filter/hygiene/mailhost.py)
    "mx": (DELIVERABLE, "the domain's MX hosts resolve", "RFC 5321 5.1"),
    mh.IMPLICIT_MX: (DELIVERABLE, "no MX record: mail goes to the domain's own address (implicit MX)", "RFC 5321 5.1"),
    mh.DOMAIN_NOT_FOUND: (UNDELIVERABLE, "the domain does not exist (NXDOMAIN)", "RFC 1035 4.1.1, RFC 8020"),
    mh.NULL_MX: (UNDELIVERABLE, "the domain publishes a null MX: it accepts no mail", "RFC 7505"),
    mh.NO_MAIL_HOST: (UNDELIVERABLE, "the domain has neither MX nor address records", "RFC 5321 5.1"),
    mh.MX_UNRESOLVABLE: (UNDELIVERABLE, "no MX host of the domain resolves to an address", "RFC 5321 5.1"),
    mh.DNS_TIMEOUT: (UNKNOWN, "the DNS did not answer in time", "dns: timeout / lifetime"),
    mh.DNS_ERROR: (UNKNOWN, "the DNS answered with an error (SERVFAIL, REFUSED)", "RFC 1035 4.1.1"),
    # the shipped lists (filter/hygiene/data/)
    "disposable": (RISKY, "a disposable (throw-away) mailbox provider", "disposable-email-domains"),
    "role_account": (RISKY, "a role account, read by many or none, not a person", "RFC 2142"),
    "typo": (RISKY, "the domain looks like a typo of a big provider's: see the suggestion", "typo_targets.txt"),
    # the SMTP probe (filter/hygiene/probe.py)
    pr.ACCEPTED: (DELIVERABLE, "the MX accepted RCPT TO (and refused a random local part)", "RFC 5321 3.3"),
    pr.REJECTED: (UNDELIVERABLE, "the MX refused the recipient: the mailbox does not exist", "RFC 5321 4.2.2, RFC 3463"),
    pr.SOFT: (RISKY, "the MX refused for a reason that may pass (mailbox full, suspended)", "RFC 3463"),
    pr.CATCH_ALL: (RISKY, "the MX accepts any local part: its yes proves nothing", "RFC 5321 3.3"),
    pr.BLOCKED: (UNKNOWN, "the MX refused the probe itself (a block of the sender, a policy), not the address",
                 "RFC 3463 X.7.x"),
    pr.TEMPFAIL: (UNKNOWN, "the MX answered 4xx (greylisting, a rate limit); not retried", "RFC 6647"),
    pr.UNREACHABLE: (UNKNOWN, "no MX host could be reached on the probe's port", "RFC 5321 5.1"),
    pr.NO_SMTPUTF8: (UNKNOWN, "the MX does not offer SMTPUTF8, which this address needs", "RFC 6531 3.2"),
    # this project's history (the store)
    "suppressed_hard": (UNDELIVERABLE, "on the suppression list after a hard bounce", "docs/vocabulary.md"),
    "suppressed": (RISKY, "on the suppression list (complaint, unsubscribe, soft-bounce policy, by hand)",
                   "docs/vocabulary.md"),
    "hard_bounced": (RISKY, "hard-bounced before, no longer suppressed", "docs/vocabulary.md"),
    "soft_bounced": (RISKY, "soft bounces counted by the soft-bounce policy", "soft_bounce: in the config"),
}


@dataclass(frozen=True, slots=True)
class Result:
    """The verdict on one address, with its reasons (codes of ``REASONS``) and, per reason, the details."""

    address: str
    verdict: str
    reasons: tuple[str, ...]
    #: the address with a typo corrected (jane@gmial.com -> jane@gmail.com), else None
    suggestion: str | None = None
    #: email-validator's normalised form (domain lower case, Unicode NFC), None when refused
    normalized: str | None = None
    details: tuple[str, ...] = ()
    #: the mail hosts found, best first
    mx: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"address": self.address, "verdict": self.verdict, "reasons": list(self.reasons),
                "suggestion": self.suggestion, "normalized": self.normalized, "details": list(self.details),
                "mx": list(self.mx)}


def _result(address: str, found: list[tuple[str, str]], **kw: Any) -> Result:
    """A Result from (reason, detail) pairs: the verdict is the gravest reason's."""
    verdict = max((REASONS[r][0] for r, _ in found), key=_RANK.__getitem__, default=UNKNOWN)
    return Result(address, verdict, tuple(r for r, _ in found), details=tuple(d for _, d in found), **kw)


@dataclass(frozen=True, slots=True)
class Settings:
    """How to verify: the config's ``dns:`` and ``verify:`` sections, or the CLI's options."""

    #: (IP, port) of the nameservers to ask; empty: the system's resolver
    nameservers: tuple[tuple[str, int], ...] = ()
    #: one DNS query to one server, and one lookup (all servers and retries), in seconds
    timeout: float = 2.0
    lifetime: float = 5.0
    #: addresses checked at once (DNS and SMTP wait on the network)
    concurrency: int = 16
    #: accept domains under .test (RFC 6761 6.2), otherwise refused as never deliverable: test setups
    test_domains: bool = False
    probe: bool = False
    probe_settings: pr.ProbeSettings = field(default_factory=pr.ProbeSettings)

    @classmethod
    def from_config(cls, config: Any, **overrides: Any) -> "Settings":
        """Settings from a loaded :class:`filter.config.Config`; ``overrides`` (not None) win."""
        d, v = config.dns, config.verify
        values: dict[str, Any] = {
            "nameservers": tuple(mh.parse_nameserver(n) for n in d.nameservers),
            "timeout": d.timeout, "lifetime": d.lifetime, "concurrency": v.concurrency,
            "test_domains": v.test_domains, "probe": v.probe,
            "probe_settings": pr.ProbeSettings(port=v.probe_port, timeout=v.probe_timeout, helo=v.probe_helo,
                                               mail_from=v.probe_mail_from),
        }
        values.update({k: x for k, x in overrides.items() if x is not None})
        return cls(**values)


def open_store(config: Any):
    """The config's store, read the way ``bouncefilter suppression`` reads it."""
    try:
        from filter.store import open_store as _open
    except ImportError:  # before filter.store.open_store existed: the SQLite store
        from filter.store.sqlite import Store

        return Store(config.db_path, busy_timeout=config.busy_timeout)
    return _open(config)


class History:
    """What this project knows of an address: its suppression row, hard bounces, soft bounces."""

    def __init__(self, store: Any, soft_threshold: int | None = None):
        self.store = store
        self.soft_threshold = soft_threshold

    def facts(self, address: str) -> list[tuple[str, str]]:
        from filter.core.address import address_problem

        a = address.lower()
        if address_problem(a):  # never stored: the store takes only what the address rule accepts
            return []
        out: list[tuple[str, str]] = []
        row = self.store.suppression(a)
        if row is not None:
            why = ", ".join(f"{k} {row[k]}" for k in ("reason", "class", "policy") if row.get(k))
            code = "suppressed_hard" if row.get("class") == "hard" else "suppressed"
            out.append((code, f"suppressed since {_day(row['first_seen'])} ({why})"))
        hard = [e for e in self.store.events(address=a, event="bounce")
                if (e.get("recipient") or {}).get("class") == "hard"]
        if hard and (row is None or row.get("class") != "hard"):
            r = hard[-1].get("recipient") or {}
            out.append(("hard_bounced", f"{len(hard)} hard bounce(s), the last {hard[-1].get('received_at', '?')}"
                                        f" ({r.get('reason')}, {r.get('status') or r.get('reply_code') or '-'})"))
        n = self.store.soft_bounce_count(a)
        if n:
            of = f" of the {self.soft_threshold} that suppress" if self.soft_threshold else ""
            out.append(("soft_bounced", f"{n} soft bounce(s) counted{of}"))
        return out


def _day(ts: float) -> str:
    import time

    return time.strftime("%Y-%m-%d", time.gmtime(ts))


class Verifier:
    """Verifies addresses with one resolver, one cache and one prober; ``history`` optional.

        with Verifier(Settings(nameservers=(("127.0.0.1", 5353),))) as v:
            for result in v.verify_many(addresses):
                ...
    """

    def __init__(self, settings: Settings | None = None, history: History | None = None):
        self.settings = settings or Settings()
        self.history = history
        self.resolver = mh.MailHostResolver(list(self.settings.nameservers) or None, timeout=self.settings.timeout,
                                            lifetime=self.settings.lifetime)
        self.prober = pr.Prober(self.settings.probe_settings) if self.settings.probe else None

    def __enter__(self) -> "Verifier":
        return self

    def __exit__(self, *exc: object) -> None:
        """Nothing to release: threads live only inside ``verify_many``, and the history's store
        is closed by whoever opened it."""

    def check(self, address: str) -> Result:
        """Checks 1-4 (everything but the store); safe to call from many threads at once."""
        from email_validator import validate_email

        from filter.hygiene import lists

        text = address.strip() if isinstance(address, str) else ""
        try:
            # strict: the RFC 5321 4.5.3.1.1 limit of 64 octets for a local part, which a server may enforce
            v = validate_email(text, check_deliverability=False, allow_smtputf8=True, allow_quoted_local=True,
                               allow_domain_literal=True, strict=True, test_environment=self.settings.test_domains)
        except ValueError as e:  # EmailNotValidError, and the IDNA codec's errors
            return _result(address, [("syntax", str(e) or type(e).__name__)])
        found: list[tuple[str, str]] = []
        if getattr(v, "domain_address", None) is not None:  # set only for a literal
            return _result(address, [("domain_literal", f"{v.domain}: no DNS to ask")], normalized=v.normalized)
        domain = v.ascii_domain
        if lists.is_disposable(domain):
            found.append(("disposable", f"{domain} is on the disposable-domain list"))
        if lists.is_role(v.local_part):
            found.append(("role_account", f"{v.local_part} names a role"))
        target = lists.suggest_domain(domain)
        suggestion = f"{v.local_part}@{target}" if target else None
        if target:
            found.append(("typo", f"did you mean {target}?"))
        hosts = self.resolver.lookup(domain)
        found.append((hosts.outcome or "mx", hosts.detail))
        if self.prober is not None and hosts.hosts:
            p = self.prober.probe(v.ascii_email or v.normalized, domain, hosts.hosts, smtputf8=v.smtputf8)
            found.append((p.outcome, p.detail))
        return _result(address, found, suggestion=suggestion, normalized=v.normalized,
                       mx=tuple(h for h, _ in hosts.hosts))

    def _with_history(self, result: Result) -> Result:
        if self.history is None or result.normalized is None:
            return result
        facts = self.history.facts(result.normalized)
        if not facts:
            return result
        found = list(zip(result.reasons, result.details)) + facts
        return _result(result.address, found, suggestion=result.suggestion, normalized=result.normalized,
                       mx=result.mx)

    def verify(self, address: str) -> Result:
        """Every check, the store's included, for one address."""
        return self._with_history(self.check(address))

    def verify_many(self, addresses: Iterable[str]) -> Iterator[Result]:
        """Results in the order of ``addresses``, checked ``concurrency`` at a time; at most a few
        hundred addresses are read ahead, so a file of millions streams."""
        from concurrent.futures import ThreadPoolExecutor

        n = max(1, self.settings.concurrency)
        pool = ThreadPoolExecutor(n, thread_name_prefix="verify")
        window: collections.deque = collections.deque()
        try:
            for address in addresses:
                window.append(pool.submit(self.check, address))
                if len(window) >= n * 16:
                    yield self._with_history(window.popleft().result())
            while window:
                yield self._with_history(window.popleft().result())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def verify(addresses: str | Iterable[str], *, nameservers: Iterable[str] = (), probe: bool = False,
           probe_port: int | None = None, config: Any = None, timeout: float | None = None,
           lifetime: float | None = None, concurrency: int | None = None,
           test_domains: bool | None = None) -> Result | list[Result]:
    """Verify one address (-> :class:`Result`) or several (-> a list, in order).

    ``nameservers`` (``HOST[:PORT]``) replace the system's resolver; ``probe`` turns the SMTP probe
    on (``probe_port`` replaces 25); ``config`` (a path or a loaded :class:`filter.config.Config`)
    brings its ``dns:``/``verify:`` settings and its store (suppressed, bounced before).
    Raises ValueError for a nameserver that is not one.
    """
    if config is not None and not hasattr(config, "dns"):
        from filter.config import load

        config = load(config)
    overrides: dict[str, Any] = {"timeout": timeout, "lifetime": lifetime, "concurrency": concurrency,
                                 "test_domains": test_domains}
    names = tuple(mh.parse_nameserver(n) for n in ([nameservers] if isinstance(nameservers, str) else nameservers))
    if names:
        overrides["nameservers"] = names
    if probe:
        overrides["probe"] = True
    if config is not None:
        settings = Settings.from_config(config, **overrides)
    else:
        settings = Settings(**{k: x for k, x in overrides.items() if x is not None})
    if probe_port is not None:
        settings = _with_probe_port(settings, probe_port)
    single = isinstance(addresses, str)
    items = [addresses] if single else list(addresses)
    store = open_store(config) if config is not None else None
    try:
        history = History(store, config.soft_bounce.threshold) if store is not None else None
        with Verifier(settings, history) as v:
            results = list(v.verify_many(items))
    finally:
        if store is not None:
            store.close()
    return results[0] if single else results


def _with_probe_port(settings: Settings, port: int) -> Settings:
    from dataclasses import replace

    return replace(settings, probe_settings=replace(settings.probe_settings, port=port))
