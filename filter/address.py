"""Mail addresses: finding them in text, normalising them, unwrapping BATV / SRS / VERP.

References: RFC 5321 section 4.1.2 (Mailbox syntax), BATV draft-levine-smtp-batv-01 (prvs=),
the Sender Rewriting Scheme (SRS0= / SRS1=), and the VERP convention of qmail / Mailman.
"""
from __future__ import annotations

import re

from .lazyre import Lazy

# local part: a quoted string, or a run of anything that is not a separator (RFC 5322 atext plus
# the RFC 2047 words some MTAs leave in DSNs, and UTF-8 local parts of RFC 6531); domain: labels
# of anything that is not a separator, or an address literal.  Negated classes keep these patterns
# cheap to compile: classes spelled with Unicode ranges cost tens of milliseconds each, on every
# cold start of the pipe.
_LOCAL = r"""(?:"[^"\r\n]{1,128}"|[^\s"(),:;<>@\[\]\\]+)"""
_LABEL = r"""[^\s"'`(),:;<>@\[\]\\/=.?!*|{}]+"""
_DOMAIN = r"(?:\[[0-9A-Fa-f.:IPv]+\]|" + _LABEL + r"(?:\." + _LABEL + r")+)"
ADDRESS = _LOCAL + "@" + _DOMAIN
ADDRESS_RE = Lazy(r"(?<![\w.@/-])(" + ADDRESS + r")(?![\w@-]|\.\w)")

_PRVS = Lazy(r"^(?:prvs|msprvs\d*|btv1)=(?:[^=@]+)=(?P<local>[^@]+)@", re.I)
_PRVS_OLD = Lazy(r"^prvs=(?P<local>[^/@]+)/[^@]+@", re.I)
_SRS0 = Lazy(r"^SRS0[=+-][^=]+=[^=]+=(?P<domain>[^=]+)=(?P<local>.+)@", re.I)
_SRS1 = Lazy(r"^SRS1[=+-].*?==[^=]+=[^=]+=(?P<domain>[^=]+)=(?P<local>.+)@", re.I)


def normalize(addr: str | None, *, dotless: bool = False) -> str | None:
    """``"<User@Example.COM>"`` -> ``User@example.com``; None when it is not an address.

    ``dotless`` accepts a domain without a dot (``user@mailhub``), which only a field that
    is known to hold an address (a DSN's Final-Recipient) may carry.
    """
    if not addr:
        return None
    a = addr.strip()
    if ";" in a[:12]:  # "rfc822; user@example.com"
        a = a.split(";", 1)[1].strip()
    if "<" in a and ">" in a[a.rfind("<"):]:  # "Display Name <user@example.com>"
        inner = a[a.rfind("<") + 1:a.rfind(">")]
        if "@" in inner:
            a = inner
    a = a.strip().strip("<>[](),;:'").strip()
    if a.lower().startswith("mailto:"):
        a = a[7:]
    if a.startswith("<") or a.endswith(">"):
        a = a.strip("<>")
    if "@" not in a:
        return None
    local, _, domain = a.rpartition("@")
    domain = domain.strip().rstrip(".").lower()
    local = local.strip()
    if not local or not domain or "." not in domain and not domain.startswith("[") and not dotless:
        return None
    if " " in local and not local.startswith('"'):
        return None
    return unwrap(f"{local}@{domain}")


def unwrap(addr: str) -> str:
    """Strip a BATV (prvs=) or SRS (SRS0= / SRS1=) wrapper to get the real mailbox."""
    if "=" not in addr:  # every wrapper has one
        return addr
    m = _PRVS.match(addr) or _PRVS_OLD.match(addr)
    if m:
        return f"{m.group('local')}@{addr.rpartition('@')[2]}"
    m = _SRS1.match(addr) or _SRS0.match(addr)
    if m:
        return f"{m.group('local')}@{m.group('domain').lower()}"
    return addr


def find_all(text: str) -> list[str]:
    """Every address in a text, in order, normalised, without repeats."""
    seen: list[str] = []
    for m in ADDRESS_RE.finditer(text or ""):
        a = normalize(m.group(1))
        if a and a not in seen:
            seen.append(a)
    return seen


def first(text: str | None) -> str | None:
    if not text:
        return None
    m = ADDRESS_RE.search(text)
    return normalize(m.group(1)) if m else None


# -- VERP -----------------------------------------------------------------------------------------
DEFAULT_VERP = "bounces+LOCAL=DOMAIN@*"


_verp_cache: dict[str, re.Pattern[str]] = {}


def compile_verp(pattern: str) -> re.Pattern[str]:
    """``bounces+LOCAL=DOMAIN@*`` -> a regex with groups ``local`` and ``domain``.

    ``*`` matches anything, LOCAL the recipient's local part and DOMAIN its domain (the last
    ``=`` before the ``@`` separates them, so local parts containing ``=`` survive).
    """
    cached = _verp_cache.get(pattern)
    if cached is not None:
        return cached
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("LOCAL", i):
            out.append(r"(?P<local>.+)")
            i += 5
        elif pattern.startswith("DOMAIN", i):
            out.append(r"(?P<domain>[^=@]+)")
            i += 6
        elif pattern[i] == "*":
            out.append(r"[^@]*" if "@" in pattern[i:] else r".*")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    compiled = _verp_cache[pattern] = re.compile("^" + "".join(out) + "$", re.I)
    return compiled


def decode_verp(address: str | None, patterns: list[str] | None = None) -> str | None:
    """The failed recipient a VERP bounce address encodes, or None."""
    addr = normalize(address)
    if not addr:
        return None
    for p in patterns or [DEFAULT_VERP]:
        m = compile_verp(p).match(addr)
        if m:
            local, domain = m.group("local"), m.group("domain")
            return normalize(f"{local}@{domain}")
    return None
