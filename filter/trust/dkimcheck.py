"""DKIM evidence from the original a bounce returns: did we send a message with these headers?

A delivery status notification usually returns the message it is about (RFC 3464 section 2:
a ``message/rfc822`` part, or ``text/rfc822-headers`` for RET=HDRS; older MTAs paste it into
a text part).  When that original carries a DKIM-Signature of one of our domains that verifies
over the returned headers, a message with those signed header fields was signed with our key.

Why the header signature alone is enough
    RFC 6376 section 3.7 computes the header hash over the header fields listed in h= and then
    over the DKIM-Signature field itself, b= emptied but bh= (the body hash) kept.  b= is thus
    a signature over our headers plus a *claimed* body hash, whatever body is returned with
    them.  Bounces cut, re-encode or drop the body (RET=HDRS, size limits, 8BITMIME downgrades),
    so the body hash is checked too but not required: ``DkimEvidence.body`` says whether the
    returned body still matched ("ok"), did not ("mismatch"), or was absent ("not checked").

What it proves
    That someone holding the private key of a selector of our domain -- our signing MTA --
    signed a message with exactly these From/To/Cc/Subject/Date/Message-ID values (those the
    signature covers: ``DkimEvidence.signed``).

What it does not prove
    That this bounce is genuine, that it is about that message, or that delivery failed.
    Everybody who received a message of ours (each recipient, a mailing list, any relay on the
    way) holds a validly signed copy and can paste its headers into a forged DSN: DKIM has no
    replay protection beyond x=.  The caller must therefore bind the evidence to the bounce:
    the recipient the bounce reports as failed must be one the signed To/Cc name (a newsletter
    reader can only replay a copy addressed to himself, not to the address he wants
    suppressed).  Mail whose signed To names no individual (lists, Bcc, "undisclosed
    recipients") proves nothing about any recipient.  Only the header instances the signature
    covers are reported (repeated fields are selected bottom-up, RFC 6376 section 5.4.2): an
    unsigned To added above the signed one is ignored.

Signatures count as ours when d= equals a configured domain exactly (no parent or subdomain
matching) and, when the key names a selector, s= equals it.  Keys come from the configured
public key when there is one, otherwise from DNS (``dnsfunc`` or dkimpy's lookup).

Nothing here raises: a failure is ``DkimEvidence(valid=False, why=...)``, ``why`` one of
"valid", "no returned original", "no signature of ours", "malformed" (the original or our
signature cannot be parsed, or its t= lies in the future), "expired" (x= past), "key not found",
"bad key" (unparsable, revoked or too small), "dns error", "bad signature" or "error".

dkimpy is imported by ``check`` only: importing this module costs a few dataclasses.
"""
from __future__ import annotations

import base64
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

#: originals are cut to this size (the headers are what matters; a cut body is a "mismatch")
MAX_ORIGINAL = 1 << 20
#: a bounce is read up to this size to find its original
MAX_BOUNCE = 4 << 20
#: signatures of ours verified per original (each may cost a DNS lookup)
MAX_SIGNATURES = 5
#: DKIM-Signature fields looked at per original, ours or not
MAX_SIGNATURE_FIELDS = 20
#: MIME parts visited looking for the original
MAX_PARTS = 500
#: header fields reported in ``DkimEvidence.signed`` when the signature covers them
SIGNED_FIELDS = ("from", "to", "cc", "message-id", "date", "subject")
MAX_FIELD = 8 * 1024

# RFC 3464 (and RFC 6533 message/global) shapes of a returned original, and misspellings seen
_ORIGINAL_TYPES = frozenset({"message/rfc822", "message/global", "text/rfc822-headers",
                             "message/rfc822-headers", "text/rfc822-header"})


@dataclass(frozen=True, slots=True)
class DkimKey:
    domain: str                      # d= we sign with (lower-case)
    selector: str | None = None      # None = any selector, key from DNS
    public_key: bytes | None = None  # the DNS TXT value ("v=DKIM1; k=rsa; p=...") or a PEM public key; None = DNS


@dataclass(frozen=True, slots=True)
class DkimEvidence:
    valid: bool
    why: str                 # "valid", "no signature of ours", "bad signature", "key not found", "no returned original", "malformed", ...
    domain: str | None = None
    selector: str | None = None
    body: str = "not checked"    # "ok" | "mismatch" | "not checked"
    # lower-case header name -> value, for the headers the signature covers among
    # from/to/cc/message-id/date/subject (decoded text, unfolded)
    signed: dict[str, str] = field(default_factory=dict, hash=False)


# -- the returned original --------------------------------------------------------------------

def returned_original(raw: bytes) -> bytes | None:
    """The returned original message's bytes from a bounce: the first message/rfc822 part, a
    text/rfc822-headers part (headers only), or None.

    Failing those, a header block with a DKIM-Signature field pasted into a text/plain part
    (qmail, old Exim, Microsoft "original message headers"), with the rest of that part as body;
    a quote prefix common to its lines ("> ", indentation) is removed.
    """
    try:
        return _returned_original(raw)
    except Exception:  # a bounce is hostile input; no original is the honest answer
        return None


def _returned_original(raw: bytes) -> bytes | None:
    from filter.core import mime

    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogateescape")
    if not raw:
        return None
    msg = mime.parse(raw[:MAX_BOUNCE].decode("ascii", "surrogateescape"))
    texts = []
    stack = [msg]
    visited = 0
    while stack and visited < MAX_PARTS:
        part = stack.pop()
        visited += 1
        ctype = part.get_content_type()
        if ctype in _ORIGINAL_TYPES:
            data = _part_bytes(part).lstrip(b"\r\n")
            if data.strip():
                return data
            continue
        payload = part._payload
        if isinstance(payload, list):
            stack.extend(reversed([p for p in payload if hasattr(p, "get_content_type")]))
        elif ctype == "text/plain":
            texts.append(part)
    for part in texts:
        found = _pasted(_part_bytes(part))
        if found is not None:
            return found
    return None


def _part_bytes(part) -> bytes:
    """A leaf part's body as bytes, transfer encoding undone (message/rfc822 must not be encoded,
    RFC 2046 section 5.2.1; some MTAs base64 it anyway)."""
    cte = str(part.get("content-transfer-encoding", "")).strip().lower()
    if cte in ("base64", "quoted-printable"):
        data = part.get_payload(decode=True)
        if isinstance(data, bytes):
            return data
    payload = part._payload
    if not isinstance(payload, str):
        return b""
    try:  # mime.parse read the bytes as ASCII + surrogateescape: this gives them back
        return payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return payload.encode("utf-8", "surrogateescape")


_PASTED_SIGNATURE = re.compile(rb"(?im)^([ \t>]*)DKIM-Signature[ \t]*:")
_FIELD = re.compile(rb"[\x21-\x39\x3b-\x7e]+:")
_LINES = re.compile(rb"[^\n]*\n|[^\n]+")


def _pasted(text: bytes) -> bytes | None:
    """The header block (and what follows it) around the first DKIM-Signature line of a text."""
    m = _PASTED_SIGNATURE.search(text)
    if m is None:
        return None
    prefix = m.group(1)
    start = text.rfind(b"\n", 0, m.start()) + 1
    before = _LINES.findall(text, 0, start)
    after = _LINES.findall(text, start)

    def unquote(line: bytes) -> bytes | None:
        core = line.rstrip(b"\r\n")
        eol = line[len(core):]
        if core.startswith(prefix):
            return core[len(prefix):] + eol
        if core == prefix.rstrip(b" \t"):  # a blank line of the quote: ">"
            return eol
        return None

    def kind(line: bytes | None) -> str:
        if line is None or not line.strip():
            return "end"
        if line[:1] in (b" ", b"\t"):
            return "continuation"
        return "field" if _FIELD.match(line) else "end"

    head: list[bytes] = []
    for line in reversed(before):  # up to the blank line (or report text) above the block
        line = unquote(line)
        if kind(line) == "end":
            break
        head.append(line)
    head.reverse()
    while head and kind(head[0]) == "continuation":  # a block starts with a field
        head.pop(0)
    i = 0
    while i < len(after):
        line = unquote(after[i])
        if kind(line) == "end":
            break
        head.append(line)
        i += 1
    body: list[bytes] = []
    if i < len(after):
        line = unquote(after[i])
        if line is not None and not line.strip():  # the blank line ending the header block
            for line in after[i + 1:]:
                line = unquote(line)
                if line is None:
                    break
                body.append(line)
    out = b"".join(head)
    if not out.endswith(b"\n"):
        out += b"\r\n"
    return out + b"\r\n" + b"".join(body) if body else out


# -- verification -----------------------------------------------------------------------------

def check(original: bytes, *, keys: Sequence[DkimKey], dnsfunc=None, timeout: float = 5.0) -> DkimEvidence:
    """Verify the DKIM-Signature(s) of the original whose d= is one of keys' domains (and selector
    when given); first valid one wins.

    ``dnsfunc(name: bytes, timeout=...) -> bytes | None`` answers TXT lookups for keys without
    a ``public_key``; dkimpy's own DNS lookup when None.
    """
    try:
        return _check(original, keys, dnsfunc, timeout)
    except Exception as exc:  # never raise: the pipe must go on
        return DkimEvidence(False, "malformed" if _is_format_error(exc) else "error")


def _is_format_error(exc: Exception) -> bool:
    try:
        import dkim
    except Exception:
        return False
    return isinstance(exc, (dkim.MessageFormatError, IndexError, UnicodeError))


def _check(original, keys, dnsfunc, timeout) -> DkimEvidence:
    if isinstance(original, str):
        original = original.encode("utf-8", "surrogateescape")
    if not original or not original.strip():
        return DkimEvidence(False, "no returned original")
    original = original.lstrip(b"\r\n")
    if len(original) > MAX_ORIGINAL:
        cut = original.rfind(b"\n", 0, MAX_ORIGINAL)
        original = original[:cut + 1 if cut > 0 else MAX_ORIGINAL]
    ours = [k for k in keys if k.domain]
    if not ours or not re.search(rb"(?im)^dkim-signature[ \t]*:", original):
        return DkimEvidence(False, "no signature of ours")

    import dkim
    from dkim.util import parse_tag_value

    try:
        d = dkim.DKIM(original, logger=_quiet_logger(), timeout=timeout)
    except Exception:
        return DkimEvidence(False, "malformed")
    fields = [v for n, v in d.headers if n.lower() == b"dkim-signature"]
    cache: dict[bytes, bytes | None] = {}
    failure: DkimEvidence | None = None
    tried = 0
    for idx, value in enumerate(fields[:MAX_SIGNATURE_FIELDS]):
        try:
            tags = parse_tag_value(value)
        except Exception:
            continue  # whose it is cannot be told
        domain = _text(tags.get(b"d", b"")).lower().rstrip(".")
        selector = _text(tags.get(b"s", b"")).lower()
        candidates = _candidates(ours, domain, selector)
        if not candidates:
            continue
        tried += 1
        if tried > MAX_SIGNATURES:
            break
        evidence = _verify_one(dkim, d, idx, domain, selector, candidates, dnsfunc, timeout, cache)
        if evidence.valid:
            return evidence
        failure = failure or evidence
    return failure or DkimEvidence(False, "no signature of ours")


def _candidates(keys: Sequence[DkimKey], domain: str, selector: str) -> list[DkimKey]:
    """Our keys for d=/s=: those naming the selector first, then any-selector ones."""
    exact, wild = [], []
    for k in keys:
        if k.domain.lower().rstrip(".") != domain or not domain:
            continue
        if k.selector is None:
            wild.append(k)
        elif k.selector.lower() == selector:
            exact.append(k)
    out: list[DkimKey] = []
    seen = set()
    for k in exact + wild:  # one try per distinct key source
        if k.public_key not in seen:
            seen.add(k.public_key)
            out.append(k)
    return out


def _verify_one(dkim, d, idx, domain, selector, candidates, dnsfunc, timeout, cache) -> DkimEvidence:
    def fail(why: str, body: str = "not checked") -> DkimEvidence:
        return DkimEvidence(False, why, domain, selector, body)

    try:
        prep = d.verify_headerprep(idx)
    except dkim.ValidationError as exc:
        return fail("expired" if "x= value is past" in str(exc) else "malformed")
    except Exception:
        return fail("malformed")
    if not prep:
        return fail("malformed")
    sig, include_headers, sigheaders = prep
    sig = dict(sig)
    name = sig[b"s"] + b"._domainkey." + sig[b"d"] + b"."
    body_empty = not d.body.strip()
    first: DkimEvidence | None = None
    for key in candidates:
        try:
            lookup = _lookup(key, dnsfunc, cache, dkim)
        except Exception:
            result = fail("bad key")
        else:
            result = _verify_with(dkim, d, sig, include_headers, sigheaders[idx], name, lookup,
                                  timeout, body_empty, fail)
        if result.valid:
            return DkimEvidence(True, "valid", domain, selector, result.body,
                                _signed(dkim, d, include_headers))
        first = first or result
    return first or fail("key not found")


def _verify_with(dkim, d, sig, include_headers, sig_header, name, lookup, timeout, body_empty, fail):
    # load the key first, so that "no key" and "bad key" are told from a bad signature
    # (verify_sig logs those and returns False); a DNS answer is cached for verify_sig's own lookup
    try:
        record = lookup(name, timeout=timeout)
    except Exception:
        return fail("dns error")
    if not record:
        return fail("key not found")
    try:
        dkim.evaluate_pk(name, record)
    except Exception:
        return fail("bad key")
    body = "not checked"
    try:
        # copies: verify_sig appends b"from" to include_headers
        if d.verify_sig(dict(sig), list(include_headers), sig_header, lookup):
            return DkimEvidence(True, "valid", body="ok")
        return fail("bad signature", "ok")  # body hash is checked first: it matched
    except dkim.ValidationError as exc:
        if "body hash mismatch" not in str(exc):
            return fail("malformed")
        body = "not checked" if body_empty else "mismatch"
    except dkim.KeyFormatError:  # e.g. "public key too small"
        return fail("bad key")
    except dkim.MessageFormatError:  # e.g. an unknown c= value
        return fail("malformed")
    except Exception:
        return fail("error")
    headers_only = {k: v for k, v in sig.items() if k != b"bh"}  # b= still covers the bh= text
    try:
        if d.verify_sig(headers_only, list(include_headers), sig_header, lookup):
            return DkimEvidence(True, "valid", body=body)
        return fail("bad signature", body)
    except dkim.KeyFormatError:
        return fail("bad key", body)
    except Exception:
        return fail("error", body)


def _lookup(key: DkimKey, dnsfunc, cache: dict, dkim) -> Callable[..., bytes | None]:
    if key.public_key is not None:
        record = txt_record(key.public_key)

        def local(name, timeout=5):
            return record
        return local
    base = dnsfunc if dnsfunc is not None else dkim.get_txt

    def cached(name, timeout=5):
        if name not in cache:
            cache[name] = base(name, timeout=timeout)
        return cache[name]
    return cached


# Ed25519 SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID 1.3.101.112 } BIT STRING (32 bytes) }
_ED25519_SPKI = bytes.fromhex("302a300506032b6570032100")


def txt_record(public_key: bytes | str) -> bytes:
    """The DKIM TXT record for a configured public key: a TXT value is kept, a PEM key
    (SubjectPublicKeyInfo or PKCS#1 RSA) or bare base64 DER becomes ``v=DKIM1; k=...; p=...``."""
    if isinstance(public_key, str):
        public_key = public_key.encode("ascii")
    value = public_key.strip()
    if value.startswith(b"-----BEGIN"):
        der = base64.b64decode(b"".join(
            line.strip() for line in value.splitlines() if line.strip() and not line.startswith(b"-----")),
            validate=True)
    elif re.search(rb"(?:^|;)\s*p\s*=", value):
        return value
    else:
        der = base64.b64decode(b"".join(value.split()), validate=True)
    if not der:
        raise ValueError("empty public key")
    if der.startswith(_ED25519_SPKI) and len(der) == len(_ED25519_SPKI) + 32:
        return b"v=DKIM1; k=ed25519; p=" + base64.b64encode(der[len(_ED25519_SPKI):])
    return b"v=DKIM1; k=rsa; p=" + base64.b64encode(der)


def _signed(dkim, d, include_headers) -> dict[str, str]:
    """The covered instances of the fields callers bind to, decoded (``message.decode_header``)."""
    from filter.core.message import decode_bytes, decode_header

    selected = dkim.select_headers(d.headers, [h.lower() for h in include_headers])
    found: dict[str, list[str]] = {}
    for name, value in selected:
        key = _text(name).lower()
        if key not in SIGNED_FIELDS:
            continue
        raw = bytes(value[:MAX_FIELD])
        try:  # RFC 6532 UTF-8, else the usual 8-bit header: Windows Western
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_bytes(raw, "windows-1252")
        found.setdefault(key, []).append(decode_header(text))
    out = {}
    for key, values in found.items():
        # RFC 5322 allows one of each; should several be signed, every To/Cc may be a recipient
        out[key] = ", ".join(v for v in values if v) if key in ("to", "cc") else values[0]
    return out


def _text(value: bytes) -> str:
    return value.strip().decode("ascii", "replace")


_QUIET = None


def _quiet_logger():
    """dkimpy logs every failure at error level; ours are results, reported in DkimEvidence."""
    global _QUIET
    if _QUIET is None:
        import logging

        logger = logging.Logger("bouncefilter.dkimcheck.dkimpy", logging.CRITICAL + 1)
        logger.addHandler(logging.NullHandler())
        _QUIET = logger
    return _QUIET
