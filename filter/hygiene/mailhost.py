"""Where mail for a domain goes: MX records, RFC 7505 null MX, implicit MX, MX hosts that resolve.

RFC 5321 section 5.1 is the rule: the MX records of the domain, lowest preference first; with no
MX record (the name exists, NODATA) the domain's own address records are the one mail host
("implicit MX"); a name that does not exist (NXDOMAIN) takes no mail.  RFC 7505: a single MX
whose exchange is the root (``MX 0 .``) says the domain accepts no mail at all; mixed with other
MX records it is an error, and the other records are used (section 4.3).

Lookups go through dnspython, to the system's resolver or the nameservers given
(``--nameserver``, the config's ``dns: nameservers:``).  A timeout or a server failure is not an
answer: the domain's verdict is then ``unknown``, never ``undeliverable``.  Answers (failures
included, so that 10,000 addresses at a dead domain wait once) are kept ``max_age`` seconds per
domain and per host, and a name asked for by several threads at once is looked up once.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

#: outcomes of a domain lookup (the codes of filter.hygiene.verifier.REASONS); None: MX hosts found
DOMAIN_NOT_FOUND = "domain_not_found"
NULL_MX = "null_mx"
NO_MAIL_HOST = "no_mail_host"
MX_UNRESOLVABLE = "mx_unresolvable"
IMPLICIT_MX = "implicit_mx"
DNS_TIMEOUT = "dns_timeout"
DNS_ERROR = "dns_error"
#: outcomes that say nothing about the domain, only about the DNS now
TRANSIENT = frozenset({DNS_TIMEOUT, DNS_ERROR})


@dataclass(frozen=True, slots=True)
class MailHosts:
    """The mail hosts of one domain (its ASCII form), best first, each with its addresses."""

    domain: str
    #: None (MX hosts found), or one of the outcome codes above
    outcome: str | None
    hosts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    detail: str = ""


def parse_nameserver(text: str) -> tuple[str, int]:
    """``HOST[:PORT]``, ``[IPv6]:PORT`` or a bare IPv6 address -> (IP address, port); a host name
    is resolved once, here.  ValueError with a message a user can act on."""
    text = text.strip()
    host, port = text, 53
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            raise ValueError(f"{text!r}: missing ']' (write [IPv6]:PORT)")
        host, rest = text[1:end], text[end + 1:]
        if rest:
            if not rest.startswith(":"):
                raise ValueError(f"{text!r}: expected ':PORT' after ']'")
            port = _port(text, rest[1:])
    elif text.count(":") == 1:
        host, _, p = text.partition(":")
        port = _port(text, p)
    if not host:
        raise ValueError(f"{text!r}: no host")
    try:
        return str(ipaddress.ip_address(host)), port
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)
    except (OSError, UnicodeError) as e:
        raise ValueError(f"{text!r}: cannot resolve the nameserver's name: {e}") from None
    return str(infos[0][4][0]), port


def _port(text: str, p: str) -> int:
    if not p.isdigit() or not 0 < int(p) < 65536:
        raise ValueError(f"{text!r}: the port must be a number from 1 to 65535")
    return int(p)


T = TypeVar("T")


class Memo(Generic[T]):
    """``fn(key)`` once per key and ``max_age`` seconds, however many threads ask at once."""

    def __init__(self, fn: Callable[[str], T], max_age: float, clock: Callable[[], float] = time.monotonic):
        self._fn, self._max_age, self._clock = fn, max_age, clock
        self._lock = threading.Lock()
        self._done: dict[str, tuple[float, T]] = {}
        self._pending: dict[str, threading.Event] = {}
        self.misses = 0

    def get(self, key: str) -> T:
        while True:
            with self._lock:
                hit = self._done.get(key)
                if hit is not None and self._clock() - hit[0] < self._max_age:
                    return hit[1]
                event = self._pending.get(key)
                if event is None:
                    self._pending[key] = event = threading.Event()
                    self.misses += 1
                    break
            event.wait()  # another thread is asking: take its answer (or ask again if it failed)
        try:
            value = self._fn(key)
            with self._lock:
                self._done[key] = (self._clock(), value)
            return value
        finally:
            with self._lock:
                del self._pending[key]
            event.set()


class MailHostResolver:
    """MX lookups with a cache; ``nameservers`` as (IP, port), or the system's resolver.

    ``timeout`` bounds one query to one server, ``lifetime`` one lookup (all servers, retries):
    a server that does not answer costs ``timeout`` before the next one is asked.
    """

    def __init__(self, nameservers: list[tuple[str, int]] | None = None, *, timeout: float = 2.0,
                 lifetime: float = 5.0, max_age: float = 600.0):
        import dns.resolver

        if nameservers:
            import dns.nameserver

            self.resolver = dns.resolver.Resolver(configure=False)
            self.resolver.nameservers = [dns.nameserver.Do53Nameserver(ip, port) for ip, port in nameservers]
        else:
            try:
                self.resolver = dns.resolver.Resolver()
            except (dns.resolver.NoResolverConfiguration, OSError) as e:
                raise ValueError(f"no system resolver ({e}): name one with --nameserver or dns: nameservers:") \
                    from None
        self.resolver.timeout, self.resolver.lifetime = timeout, lifetime
        self.resolver.retry_servfail = False
        self._domains: Memo[MailHosts] = Memo(self._lookup, max_age)
        self._hosts: Memo[tuple[tuple[str, ...], str | None, str]] = Memo(self._addresses, max_age)

    @property
    def queries(self) -> int:
        """Domains and hosts looked up so far (cache misses)."""
        return self._domains.misses + self._hosts.misses

    def lookup(self, domain: str) -> MailHosts:
        """The mail hosts of ``domain`` (ASCII, IDNA-encoded: email-validator's ``ascii_domain``)."""
        return self._domains.get(domain.lower().rstrip("."))

    def _query(self, name: str, rdtype: str):
        """(the answer's records or None for NODATA, outcome code or None, detail)."""
        import dns.exception
        import dns.resolver

        try:
            answer = self.resolver.resolve(name + ".", rdtype, raise_on_no_answer=False, search=False)
        except dns.resolver.NXDOMAIN:
            return None, DOMAIN_NOT_FOUND, f"{name} does not exist (NXDOMAIN)"
        except dns.exception.Timeout:
            return None, DNS_TIMEOUT, f"no answer for {name} {rdtype} within {self.resolver.lifetime:g}s"
        except dns.resolver.NoNameservers as e:
            return None, DNS_ERROR, f"{name} {rdtype}: {_first_error(e)}"
        except dns.exception.DNSException as e:
            return None, DNS_ERROR, f"{name} {rdtype}: {type(e).__name__}: {e}"
        return (answer.rrset if answer.rrset else None), None, ""

    def _addresses(self, host: str) -> tuple[tuple[str, ...], str | None, str]:
        """(addresses, outcome, detail) of a host: A first, AAAA when there is no A."""
        found: list[str] = []
        for rdtype in ("A", "AAAA"):
            records, outcome, detail = self._query(host, rdtype)
            if outcome is not None:
                return (), outcome, detail
            found += [r.address for r in records or ()]
            if found:
                break
        return tuple(found), None, "" if found else f"{host} has no address record"

    def _lookup(self, domain: str) -> MailHosts:
        import dns.name

        records, outcome, detail = self._query(domain, "MX")
        if outcome is not None:
            return MailHosts(domain, outcome, detail=detail)
        if records is None:  # no MX record: RFC 5321 section 5.1, the domain itself is the host
            addresses, outcome, detail = self._addresses(domain)
            if outcome is not None:
                return MailHosts(domain, outcome, detail=detail)
            if not addresses:
                return MailHosts(domain, NO_MAIL_HOST, detail=f"{domain} has neither MX nor address records")
            return MailHosts(domain, IMPLICIT_MX, ((domain, addresses),),
                             f"no MX: mail goes to {domain} itself ({', '.join(addresses)})")
        mx = sorted(records, key=lambda r: (r.preference, r.exchange.to_text()))
        real = [r for r in mx if r.exchange != dns.name.root]
        if not real:
            return MailHosts(domain, NULL_MX, detail=f"{domain} publishes a null MX (MX 0 .): it accepts no mail")
        hosts, failures = [], []
        for r in real:
            name = r.exchange.to_text(omit_final_dot=True).lower()
            addresses, outcome, detail = self._hosts.get(name)
            if addresses:
                hosts.append((name, addresses))
            else:
                failures.append((outcome, detail))
        if hosts:
            return MailHosts(domain, None, tuple(hosts), ", ".join(h for h, _ in hosts))
        transient = [f for f in failures if f[0] in TRANSIENT]
        if transient:
            return MailHosts(domain, transient[0][0], detail=transient[0][1])
        return MailHosts(domain, MX_UNRESOLVABLE,
                         detail="no MX host resolves: " + "; ".join(d for _, d in failures))


def _first_error(e: Exception) -> str:
    """What the servers said, shortly ("127.0.0.1:53 answered SERVFAIL")."""
    errors = getattr(e, "kwargs", {}).get("errors") or []
    for server, _tcp, _port, err, *_ in errors:
        return f"{server} answered {err}" if isinstance(err, str) else f"{server}: {err}"
    return str(e)
