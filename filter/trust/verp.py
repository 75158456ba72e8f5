"""Signed bounce addresses, message ids and tokens: only real bounces of our own mail may suppress.

Anyone can send a DSN naming any recipient to an unsigned VERP address, and so get that recipient
suppressed.  A tag made with a secret key, carried where a real bounce brings it back (the envelope
recipient, the returned message id, a header of the returned original), lets the filter tell a
bounce of a message we sent from a forged one.  Standard library only (hmac, hashlib, time;
secrets only when a message id is made): the pipe imports this module for every bounce.

Keys: ``keys[0]`` signs, every key listed verifies (rotation: add the new key in front, drop the
old one once its tags have expired).  A tag names its key by a digit, so a key no longer listed
reads as "unknown key".  MACs are compared with :func:`hmac.compare_digest`.  Addresses are
lower-cased before they are MACed (MTAs may change the case of a local part, RFC 5321 section
2.4 notwithstanding) and tags are read case-insensitively.

Signed VERP
-----------
Unsigned VERP, as before: the pattern ``bounces+LOCAL=DOMAIN@*`` makes
``bounces+jane=example.org@bounces.example.com`` for jane@example.org.  Signed, a tag goes right
before the pattern's ``@``, after an ``=``::

    bounces+jane=example.org=s0aqk2m7c4xyza@bounces.example.com

A domain never holds "=", and the tag has a fixed shape, so the reading is unambiguous
(``filter.core.address.compile_verp`` matches both forms).  The tag is 14 characters
``[sh][0-9][a-z2-7]{12}``:

* form: ``s`` plain (LOCAL and DOMAIN are the recipient's), ``h`` hashed (below);
* key id: one digit;
* day: days since the epoch, mod 1024, as 2 base32 characters (RFC 4648 section 6 alphabet, lower
  case); read back as the latest day, not after tomorrow (clock skew), with that residue;
* MAC: the first 50 bits of HMAC-SHA256(key, ``b"bouncefilter-verp\\0" + form + key id + day +
  b"\\0" + subject``) as 10 base32 characters; subject: the lower-cased recipient (form ``s``) or
  the digest (form ``h``).

Hashed form: RFC 5321 section 4.5.3.1.1 allows 64 octets of local part, and
``bounces+`` + local + domain + tag soon exceeds it.  Then LOCAL is the digest (the first 16
base32 characters of SHA-256 of the lower-cased recipient), DOMAIN is ``h``, the form is ``h``:
``bounces+3yqkz6xjg2hf4xaa=h=h0aqk2m7c4xyza@bounces.example.com``.  The address no longer names
the recipient, so :func:`sign` hands (digest, recipient) to ``remember`` to be stored, and
:func:`check` asks ``resolve`` for it.  The hashed form is also used when the plain one would not
be a valid address (a quoted local part, an address literal), or would not read back as itself.

Message ids and tokens
----------------------
``message_id``: ``<bf.{form}{key}{day2}{nonce8}{mac10}@{domain}>`` (RFC 5322 section 3.6.4 msg-id;
the left side is a dot-atom), form ``r`` bound to a recipient or ``u`` unbound, an 8-character
random nonce (a msg-id must be unique), MAC over ``b"bouncefilter-msgid\\0" + form + key + day +
nonce + b"\\0" + recipient``.  ``token``: ``bf1.{key}{day2}{mac10}`` for a correlation header, MAC
over ``b"bouncefilter-token\\0" + key + day + b"\\0" + recipient``.  The distinct prefixes keep a MAC
made for one use from being accepted for another.

BATV
----
draft-levine-smtp-batv-01, "prvs" (simple private signature): ``prvs=KDDDSSSSSS=local@domain``,
K the key digit, DDD the expiry day (days since the epoch + validity days) mod 1000, SSSSSS the
first three bytes, hex, of HMAC-SHA1(key, K DDD + original address lower-cased).

Check functions never raise on what a message brings: they return a :class:`Check` saying why not.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

from filter.core.address import DEFAULT_VERP, AddressError, _char_problem, address_problem, check_address, compile_verp
from filter.core.lazyre import Lazy

__all__ = [
    "BATV_VALIDITY", "Check", "DEFAULT_MAX_AGE", "Key", "VerpError", "batv_check", "batv_sign", "check",
    "check_message_id", "check_token", "is_batv", "message_id", "recipient_digest", "sign", "token",
]


@dataclass(frozen=True, slots=True)
class Key:
    """A signing key.  ``id`` is one digit, carried in every tag (BATV's K as well), so that a
    verifier knows which key to try; ``secret`` should be 32 random bytes
    (``secrets.token_bytes(32)``).  The secret stays out of ``repr`` (and so out of logs)."""

    id: str
    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or len(self.id) != 1 or self.id not in "0123456789":
            raise ValueError(f"key id must be one digit 0-9, not {self.id!r}")
        if not isinstance(self.secret, bytes) or not self.secret:
            raise ValueError(f"key {self.id}: the secret must be non-empty bytes")


class VerpError(ValueError):
    """Bad input to a sign function: a recipient the address rule refuses, no key, a pattern
    that does not fit the bounce address."""


@dataclass(frozen=True, slots=True)
class Check:
    """What a check found.  Only ``valid`` vouches for anything; ``recipient`` may be set on an
    invalid result too (the address the tag claims, for a log), lower-cased and passing the
    address rule."""

    valid: bool
    #: "valid" or why not: "not a VERP address", "no tag", "bad signature", "expired",
    #: "unknown key", "other recipient", "hash not resolved", "malformed"
    why: str
    recipient: str | None = None
    key_id: str | None = None
    #: days since the epoch the tag was made (BATV: its expiry day)
    day: int | None = None
    #: hashed VERP form: the digest to resolve
    digest: str | None = None
    #: message ids: False when the id was made without a recipient
    bound: bool = True


VALID = "valid"
NOT_VERP = "not a VERP address"
NO_TAG = "no tag"
BAD_SIGNATURE = "bad signature"
EXPIRED = "expired"
UNKNOWN_KEY = "unknown key"
OTHER_RECIPIENT = "other recipient"
NOT_RESOLVED = "hash not resolved"
MALFORMED = "malformed"

DEFAULT_MAX_AGE = 30 * 86400
BATV_VALIDITY = 7 * 86400
_DAY = 86400
# the longest text a check looks at: RFC 5321 4.5.3.1.3 allows a path of 256 octets; an unsigned
# VERP address of a long recipient may be longer, but not this long
_MAX_INPUT = 1024

# -- base32 (RFC 4648 section 6 alphabet, lower case, no padding) ----------------------------------
_B32 = "abcdefghijklmnopqrstuvwxyz234567"
_B32_VALUE = {c: i for i, c in enumerate(_B32)}


def _b32(value: int, chars: int) -> str:
    """``value`` (``chars`` * 5 bits) as ``chars`` base32 characters, most significant first."""
    return "".join(_B32[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _b32_prefix(data: bytes, chars: int) -> str:
    """The first ``chars`` characters of the base32 encoding of ``data`` (what
    ``base64.b32encode(data)[:chars].lower()`` gives, without the import)."""
    bits = chars * 5
    nbytes = (bits + 7) // 8
    return _b32(int.from_bytes(data[:nbytes], "big") >> (nbytes * 8 - bits), chars)


def _b32_int(text: str) -> int:
    value = 0
    for c in text:
        value = value << 5 | _B32_VALUE[c]
    return value


def recipient_digest(recipient: str) -> str:
    """The hashed VERP form's LOCAL for ``recipient``: 16 base32 characters (80 bits) of SHA-256
    of the lower-cased address.  What :func:`sign` passes to ``remember``."""
    return _b32_prefix(hashlib.sha256(recipient.lower().encode("utf-8", "surrogatepass")).digest(), 16)


# -- keys, days, MACs ------------------------------------------------------------------------------
def _key_list(keys: Sequence[Key] | Key) -> Sequence[Key]:
    return (keys,) if isinstance(keys, Key) else keys


def _signing_key(keys: Sequence[Key] | Key) -> Key:
    keys = _key_list(keys)
    if not keys:
        raise VerpError("no signing key configured")
    key = keys[0]
    if not isinstance(key, Key):
        raise VerpError(f"not a Key: {type(key).__name__}")
    return key


def _find_key(keys: Sequence[Key] | Key, kid: str) -> Key | None:
    for key in _key_list(keys):
        if isinstance(key, Key) and key.id == kid:
            return key
    return None


def _today(now: float | None) -> int:
    return int((time.time() if now is None else now) // _DAY)


def _day2(day: int) -> str:
    return _b32(day % 1024, 2)


def _made_day(residue: int, today: int) -> int:
    """The day a tag with day ``residue`` (mod 1024) was made: the latest such day not after
    tomorrow (a signer whose clock is ahead)."""
    back = (today - residue) % 1024
    return today + 1 if back == 1023 else today - back


def _expired(day: int, today: int, max_age: float) -> bool:
    return today - day > max_age / _DAY


def _mac(key: Key, purpose: bytes, head: str, subject: str) -> str:
    """10 base32 characters (50 bits) of HMAC-SHA256 over purpose, the tag's head and subject."""
    msg = purpose + head.encode("ascii") + b"\0" + subject.encode("utf-8", "surrogatepass")
    return _b32_prefix(hmac.new(key.secret, msg, hashlib.sha256).digest(), 10)


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


def _clean(value: object) -> str | None:
    """A value from a message, trimmed of whitespace and one pair of angle brackets; None when
    it is not a string, too long, or holds control characters or whitespace."""
    if not isinstance(value, str) or len(value) > _MAX_INPUT:
        return None
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        v = v[1:-1].strip()
    if not v or _char_problem(v):
        return None
    return v


def _rcpt(text: str) -> str | None:
    """``text`` lower-cased when it passes the address rule (for a Check's recipient)."""
    text = text.lower()
    return None if address_problem(text) else text


def _checked_recipient(recipient: object) -> str:
    try:
        return check_address(recipient).lower()
    except AddressError as e:
        raise VerpError(str(e)) from None


# -- signed VERP -----------------------------------------------------------------------------------
_VERP_PURPOSE = b"bouncefilter-verp\0"
_DIGEST_RE = Lazy(r"[a-z2-7]{16}", re.ASCII)


def _literal_prefix(pattern: str) -> str:
    ends = [i for i in (pattern.find("LOCAL"), pattern.find("DOMAIN"), pattern.find("*")) if i >= 0]
    return pattern[:min(ends)] if ends else pattern


def _fit_bounce_address(pattern: str, bounce_address: str | None) -> str | None:
    """The bounce address's domain (for a ``*`` in the pattern's domain part), after checking
    that the pattern's literal local prefix is the bounce address's local part + a separator."""
    if bounce_address is None:
        return None
    if address_problem(bounce_address):
        raise VerpError(f"bounce address {bounce_address!r}: {address_problem(bounce_address)}")
    b_local, _, b_domain = bounce_address.rpartition("@")
    prefix = _literal_prefix(pattern)
    if "@" in prefix:  # the pattern's local part is all literal
        ok = prefix.partition("@")[0].lower() == b_local.lower()
    else:
        n = len(b_local)
        ok = len(prefix) > n and prefix[:n].lower() == b_local.lower() and not prefix[n].isalnum()
    if not ok:
        raise VerpError(f"VERP pattern {pattern!r} does not fit the bounce address {bounce_address!r}: "
                        f"its local part must start with {b_local + '+'!r} (or another separator), "
                        f"not {prefix!r}")
    return b_domain


def _build(pattern: str, local: str, domain: str, tag: str, bounce_domain: str | None) -> str:
    out: list[str] = []
    i = 0
    at = False
    while i < len(pattern):
        if pattern.startswith("LOCAL", i):
            out.append(local)
            i += 5
        elif pattern.startswith("DOMAIN", i):
            out.append(domain)
            i += 6
        elif pattern[i] == "*":
            if at:
                if bounce_domain is None:
                    raise VerpError(f"VERP pattern {pattern!r} needs a bounce_address for its '*' domain")
                out.append(bounce_domain)
            i += 1
        else:
            if pattern[i] == "@" and not at:
                out.append("=" + tag)
                at = True
            out.append(pattern[i])
            i += 1
    if not at:
        raise VerpError(f"VERP pattern {pattern!r} has no '@': no place for a tag")
    return "".join(out)


def _reads_back(address: str, pattern: str, local: str, domain: str, tag: str) -> bool:
    """``address`` is a valid address that the pattern reads as (local, domain, tag)."""
    if address_problem(address):
        return False
    m = compile_verp(pattern).match(address)
    return (m is not None and (m.group("tag") or "").lower() == tag
            and m.group("local").lower() == local and m.group("domain").lower() == domain)


def sign(recipient: str, *, keys: Sequence[Key], pattern: str = DEFAULT_VERP,
         bounce_address: str | None = None, now: float | None = None,
         remember: Callable[[str, str], None] | None = None) -> str:
    """The signed VERP address for ``recipient`` (see the module docstring).

    The plain form when its local part fits 64 octets (RFC 5321 section 4.5.3.1.1) and it reads
    back as itself, else the hashed form, whose (digest, recipient) goes to ``remember``.
    :class:`VerpError` for a recipient the address rule refuses, no key, a pattern that does not
    fit ``bounce_address`` or needs its domain when none is given, or a pattern too long for even
    the hashed form.
    """
    key = _signing_key(keys)
    rcpt = _checked_recipient(recipient)
    bounce_domain = _fit_bounce_address(pattern, bounce_address)
    day2 = _day2(_today(now))
    local, _, domain = rcpt.rpartition("@")
    head = "s" + key.id + day2
    tag = head + _mac(key, _VERP_PURPOSE, head, rcpt)
    address = _build(pattern, local, domain, tag, bounce_domain)
    if _reads_back(address, pattern, local, domain, tag):
        return address
    digest = recipient_digest(rcpt)
    head = "h" + key.id + day2
    tag = head + _mac(key, _VERP_PURPOSE, head, digest)
    address = _build(pattern, digest, "h", tag, bounce_domain)
    if not _reads_back(address, pattern, digest, "h", tag):
        raise VerpError(f"VERP pattern {pattern!r} makes no valid signed address, even hashed: "
                        f"{address!r} ({address_problem(address) or 'does not read back'})")
    if remember is not None:
        remember(digest, rcpt)
    return address


def _check_tag(m: re.Match[str], tag: str, keys: Sequence[Key], max_age: float, today: int,
               resolve: Callable[[str], str | None] | None) -> Check:
    tag = tag.lower()
    form, kid, day2, mac = tag[0], tag[1], tag[2:4], tag[4:]
    local, domain = m.group("local").lower(), m.group("domain").lower()
    if form == "s":
        subject, recipient, digest = f"{local}@{domain}", _rcpt(f"{local}@{domain}"), None
    elif domain == "h" and _DIGEST_RE.fullmatch(local):
        subject, recipient, digest = local, None, local
    else:
        return Check(False, MALFORMED, key_id=kid)
    key = _find_key(keys, kid)
    if key is None:
        return Check(False, UNKNOWN_KEY, recipient=recipient, key_id=kid, digest=digest)
    if not _same(_mac(key, _VERP_PURPOSE, form + kid + day2, subject), mac):
        return Check(False, BAD_SIGNATURE, recipient=recipient, key_id=kid, digest=digest)
    day = _made_day(_b32_int(day2), today)
    if _expired(day, today, max_age):
        return Check(False, EXPIRED, recipient=recipient, key_id=kid, day=day, digest=digest)
    if digest is not None:
        found = resolve(digest) if resolve is not None else None
        if not isinstance(found, str) or recipient_digest(found) != digest:
            return Check(False, NOT_RESOLVED, key_id=kid, day=day, digest=digest)
        return Check(True, VALID, recipient=found.lower(), key_id=kid, day=day, digest=digest)
    return Check(True, VALID, recipient=subject, key_id=kid, day=day)


def check(address: str, *, keys: Sequence[Key], patterns: Sequence[str] = (DEFAULT_VERP,),
          max_age: float = DEFAULT_MAX_AGE, now: float | None = None,
          resolve: Callable[[str], str | None] | None = None) -> Check:
    """Is ``address`` a signed VERP address of ours, for which recipient?

    Tries every pattern; a valid tag wins, then the first failing tag, then an unsigned VERP
    address ("no tag", with the recipient it encodes), else "not a VERP address".  A hashed
    address is valid only once ``resolve(digest)`` gives a recipient whose digest it is ("hash
    not resolved" otherwise, with ``digest`` set).  Exceptions from ``resolve`` are the caller's.
    """
    addr = _clean(address)
    if addr is None:
        return Check(False, MALFORMED)
    if "@" not in addr:
        return Check(False, NOT_VERP)
    if isinstance(patterns, str):
        patterns = (patterns,)
    today = _today(now)
    failed: Check | None = None
    unsigned: Check | None = None
    for pattern in patterns:
        m = compile_verp(pattern).match(addr)
        if m is None:
            continue
        tag = m.groupdict().get("tag")
        if not tag:
            if unsigned is None:
                unsigned = Check(False, NO_TAG, recipient=_rcpt(f"{m.group('local')}@{m.group('domain')}"))
            continue
        result = _check_tag(m, tag, keys, max_age, today, resolve)
        if result.valid:
            return result
        failed = failed or result
    return failed or unsigned or Check(False, NOT_VERP)


# -- message ids and tokens ------------------------------------------------------------------------
_MSGID_PURPOSE = b"bouncefilter-msgid\0"
_TOKEN_PURPOSE = b"bouncefilter-token\0"
_MSGID_RE = Lazy(r"bf\.([ru])([0-9])([a-z2-7]{2})([a-z2-7]{8})([a-z2-7]{10})", re.ASCII)
_TOKEN_RE = Lazy(r"bf1\.([0-9])([a-z2-7]{2})([a-z2-7]{10})", re.ASCII)


def message_id(domain: str, *, keys: Sequence[Key], recipient: str | None = None,
               now: float | None = None) -> str:
    """A signed Message-ID ``<bf.…@domain>`` (RFC 5322 section 3.6.4), bound to ``recipient``
    when one is given.  A DSN returns the original's id, so a bounce that carries one of these
    was a bounce of a message we sent (to that recipient, when bound)."""
    import secrets  # only senders make ids; the pipe only checks them

    key = _signing_key(keys)
    if not isinstance(domain, str) or address_problem(f"x@{domain}"):
        raise VerpError(f"message id domain {domain!r}: not a domain")
    form, subject = ("u", "") if recipient is None else ("r", _checked_recipient(recipient))
    nonce = "".join(secrets.choice(_B32) for _ in range(8))
    head = form + key.id + _day2(_today(now)) + nonce
    return f"<bf.{head}{_mac(key, _MSGID_PURPOSE, head, subject)}@{domain}>"


def check_message_id(value: str, *, keys: Sequence[Key], recipient: str | None = None,
                     max_age: float = DEFAULT_MAX_AGE, now: float | None = None) -> Check:
    """Is ``value`` a Message-ID of ours (angle brackets and whitespace around it allowed)?

    An id bound to a recipient is valid only for ``recipient``: "other recipient" when none is
    given or the MAC does not hold for it (a MAC cannot tell a forgery from an id made for someone
    else).  An unbound id is valid with ``bound=False``.  "no tag" for an id that is not ours.
    """
    v = _clean(value)
    if v is None:
        return Check(False, MALFORMED)
    left, at, right = v.rpartition("@")
    left = left.lower()
    if not at or not left.startswith("bf."):
        return Check(False, NO_TAG)
    m = _MSGID_RE.fullmatch(left)
    if m is None or not right:
        return Check(False, MALFORMED)
    form, kid, day2, nonce, mac = m.groups()
    bound = form == "r"
    key = _find_key(keys, kid)
    if key is None:
        return Check(False, UNKNOWN_KEY, key_id=kid, bound=bound)
    if bound:
        if not isinstance(recipient, str) or not recipient:
            return Check(False, OTHER_RECIPIENT, key_id=kid, bound=True)
        subject = recipient.lower()
    else:
        subject = ""
    if not _same(_mac(key, _MSGID_PURPOSE, form + kid + day2 + nonce, subject), mac):
        return Check(False, OTHER_RECIPIENT if bound else BAD_SIGNATURE, key_id=kid, bound=bound)
    today = _today(now)
    day = _made_day(_b32_int(day2), today)
    rcpt = subject if bound else None
    if _expired(day, today, max_age):
        return Check(False, EXPIRED, recipient=rcpt, key_id=kid, day=day, bound=bound)
    return Check(True, VALID, recipient=rcpt, key_id=kid, day=day, bound=bound)


def token(recipient: str, *, keys: Sequence[Key], now: float | None = None) -> str:
    """A value for a correlation header, ``bf1.{key}{day2}{mac10}``, bound to ``recipient``."""
    key = _signing_key(keys)
    rcpt = _checked_recipient(recipient)
    head = key.id + _day2(_today(now))
    return f"bf1.{head}{_mac(key, _TOKEN_PURPOSE, head, rcpt)}"


def check_token(value: str, *, keys: Sequence[Key], recipient: str,
                max_age: float = DEFAULT_MAX_AGE, now: float | None = None) -> Check:
    """Is ``value`` a token of ours for ``recipient``?  A MAC that does not hold for it reads
    "other recipient", as for a bound message id; "no tag" for a value that is not a token."""
    v = _clean(value)
    if v is None:
        return Check(False, MALFORMED)
    v = v.lower()
    if not v.startswith("bf1."):
        return Check(False, NO_TAG)
    m = _TOKEN_RE.fullmatch(v)
    if m is None:
        return Check(False, MALFORMED)
    kid, day2, mac = m.groups()
    key = _find_key(keys, kid)
    if key is None:
        return Check(False, UNKNOWN_KEY, key_id=kid)
    if not isinstance(recipient, str) or not recipient:
        return Check(False, OTHER_RECIPIENT, key_id=kid)
    subject = recipient.lower()
    if not _same(_mac(key, _TOKEN_PURPOSE, kid + day2, subject), mac):
        return Check(False, OTHER_RECIPIENT, key_id=kid)
    today = _today(now)
    day = _made_day(_b32_int(day2), today)
    if _expired(day, today, max_age):
        return Check(False, EXPIRED, recipient=subject, key_id=kid, day=day)
    return Check(True, VALID, recipient=subject, key_id=kid, day=day)


# -- BATV (draft-levine-smtp-batv-01, "prvs") -----------------------------------------------------
_BATV_RE = Lazy(r"prvs=([0-9])([0-9]{3})([0-9a-f]{6})=([^@]+)@([^@]+)", re.ASCII | re.I)


def _batv_mac(key: Key, ddd: str, orig: str) -> str:
    msg = (key.id + ddd + orig).encode("utf-8", "surrogatepass")
    return hmac.new(key.secret, msg, hashlib.sha1).digest()[:3].hex()


def is_batv(address: str) -> bool:
    """``address`` has the ``prvs=`` shape at all (any case, either draft form): a BATV tag, ours
    or someone else's, good or not."""
    v = _clean(address)
    return v is not None and v[:5].lower() == "prvs=" and "@" in v


def batv_sign(sender: str, *, keys: Sequence[Key], validity: float = BATV_VALIDITY,
              now: float | None = None) -> str:
    """``sender`` as ``prvs=KDDDSSSSSS=local@domain``, valid ``validity`` seconds (whole days)."""
    key = _signing_key(keys)
    orig = _checked_recipient(sender)
    if is_batv(sender):
        raise VerpError(f"{sender!r} is BATV-signed already")
    days = int(validity // _DAY)
    if not 0 <= days <= 997:  # DDD counts mod 1000, and checks allow a day of skew
        raise VerpError(f"BATV validity of {validity} seconds: between 0 and 997 days")
    ddd = f"{(_today(now) + days) % 1000:03d}"
    local, _, domain = sender.rpartition("@")
    address = f"prvs={key.id}{ddd}{_batv_mac(key, ddd, orig)}={local}@{domain}"
    why = address_problem(address)
    if why:
        raise VerpError(f"BATV address for {sender!r}: {why}")
    return address


def batv_check(address: str, *, keys: Sequence[Key], now: float | None = None,
               validity: float = BATV_VALIDITY) -> Check:
    """Is ``address`` a BATV address of ours, not expired?  ``recipient`` is the original
    address, ``day`` the expiry day.  Valid while today is not after the expiry day, counted mod
    1000: (DDD - today) mod 1000 <= validity days + 1 (a day of clock skew).  "no tag" for an
    address without ``prvs=``; the draft's older ``prvs=local/tag`` form is "malformed" (not
    ours)."""
    v = _clean(address)
    if v is None:
        return Check(False, MALFORMED)
    if not is_batv(v):
        return Check(False, NO_TAG, recipient=_rcpt(v))
    m = _BATV_RE.fullmatch(v)
    if m is None:
        return Check(False, MALFORMED)
    kid, ddd, sss, local, domain = m.groups()
    orig = f"{local}@{domain}".lower()
    recipient = _rcpt(orig)
    key = _find_key(keys, kid)
    if key is None:
        return Check(False, UNKNOWN_KEY, recipient=recipient, key_id=kid)
    if not _same(_batv_mac(key, ddd, orig), sss.lower()):
        return Check(False, BAD_SIGNATURE, recipient=recipient, key_id=kid)
    today = _today(now)
    ahead = (int(ddd) - today) % 1000
    if ahead <= int(validity // _DAY) + 1:
        return Check(True, VALID, recipient=orig, key_id=kid, day=today + ahead)
    return Check(False, EXPIRED, recipient=recipient, key_id=kid, day=today + ahead - 1000)
