"""Mail addresses: finding them in text, normalising them, unwrapping BATV / SRS / VERP.

References: RFC 5321 section 4.1.2 (Mailbox syntax), BATV draft-levine-smtp-batv-01 (prvs=),
the Sender Rewriting Scheme (SRS0= / SRS1=), and the VERP convention of qmail / Mailman.
"""
from __future__ import annotations

import re

from filter.core.lazyre import Lazy

# local part: a quoted string, or a run of anything that is not a separator (RFC 5322 atext plus
# the RFC 2047 words some MTAs leave in DSNs, and UTF-8 local parts of RFC 6531); domain: labels
# of anything that is not a separator, or an address literal.  Negated classes keep these patterns
# cheap to compile: classes spelled with large Unicode ranges cost tens of milliseconds each, on
# every cold start of the pipe.  The few small blocks below are punctuation, never part of an
# address: general punctuation (quotes, dashes, zero-width spaces), CJK symbols and punctuation
# ("、", "。", "「」", the ideographic space) and the full-width / half-width forms ("：", "，",
# "（）"), which East Asian reports glue to the address they name; and the guillemets « » that
# Russian and French texts put round it ("«ivan@example.ru»: почтовый ящик не существует"); the
# Arabic comma, semicolon, question mark and full stop (U+060C, U+061B, U+061F, U+06D4) and the
# Devanagari danda (U+0964, U+0965), which right-to-left and Indian texts end a clause with
# ("إلى العنوان: user@example.com.sa،"): punctuation IDNA2008 never lets into a domain label.
_PUNCT = "\u00ab\u00bb\u060c\u061b\u061f\u06d4\u0964\u0965\u2000-\u206f\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef"
_LOCAL = r"""(?:"[^"\r\n]{1,128}"|[^\s"(),:;<>@\[\]\\""" + _PUNCT + r"""]+)"""
_LABEL = r"""[^\s"'`(),:;<>@\[\]\\/=.?!*|{}""" + _PUNCT + r"""]+"""
_DOMAIN = r"(?:\[[0-9A-Fa-f.:IPv]+\]|" + _LABEL + r"(?:\." + _LABEL + r")+)"
ADDRESS = _LOCAL + "@" + _DOMAIN
# A match starts only where a run of local-part characters starts (the second look-behind): the
# local part runs up to the "@", so a start inside the run could only find the same end, and
# trying every one of them made a long run without "@" quadratic.
ADDRESS_RE = Lazy(r"(?<![\w.@/-])(?<![^\s\"(),:;<>\[\]\\" + _PUNCT + r"])(" + ADDRESS + r")(?![\w@-]|\.\w)")
_PUNCT_RE = Lazy("[" + _PUNCT + "]")

# -- text that hides its addresses ------------------------------------------------------------------
# A quoted-printable soft line break ("=" at a line's end, RFC 2045 section 6.7) left in text whose
# Content-Transfer-Encoding was lost: the run of address characters before it and the one after it
# are one word.  Only a break inside an address is joined (the joined run must read as an address
# across the break), so a line that merely ends in "=" stays as it is.
_SOFT_BREAK = Lazy(r"""(?<![^\s"(),:;<>\[\]\\=])([^\s"(),:;<>\[\]\\=]+)=\r?\n[ \t]*([^\s"(),:;<>\[\]\\=]+)""")
# an address written in full-width forms (U+FF01-FF5E, what an East Asian input method types):
# "ｕｓｅｒ＠ｅｘａｍｐｌｅ．ｊｐ", or "user＠example.jp"; its ASCII twin is the address
# (starts where a run starts, as ADDRESS_RE does: linear on a long run without its "＠")
_FULLWIDTH_RUN = Lazy("(?<![A-Za-z0-9._%+\\-\uff05\uff0b\uff0d\uff0e\uff10-\uff19\uff21-\uff3a\uff3f\uff41-\uff5a])"
                      "[A-Za-z0-9._%+\\-\uff05\uff0b\uff0d\uff0e\uff10-\uff19\uff21-\uff3a\uff3f\uff41-\uff5a]*"
                      "\uff20[A-Za-z0-9.\\-\uff0d\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def _join_break(m: re.Match[str]) -> str:
    before, after = m.group(1), m.group(2)
    if "@" in before or "@" in after:
        joined = before + after
        a = ADDRESS_RE.search(joined)
        if a is not None and a.start(1) < len(before) < a.end(1):
            return joined
    return m.group(0)


# An address broken right after its "@" by a line break (a narrow table cell's "<br>", a notice wrapped at a fixed width:
# "peter.k@\nexample.de"): the local part and the domain on the next line are one address.
_AT_BREAK = Lazy(r"(?<![^\s\"(),:;<>\[\]\\])([^\s\"(),:;<>\[\]\\@]+@)\r?\n[ \t]*(" + _DOMAIN + r")(?![\w@-]|\.\w)")


def repair(text: str) -> str:
    """Text with the addresses it hides made plain: quoted-printable soft line breaks inside an
    address joined, an address broken after its "@" joined, full-width addresses in ASCII.  Text without any comes
    back as it is."""
    if "=\n" in text or "=\r\n" in text:
        text = _SOFT_BREAK.sub(_join_break, text)
    if "@\n" in text or "@\r\n" in text:
        text = _AT_BREAK.sub(lambda m: m.group(1) + m.group(2), text)
    if "\uff20" in text:
        text = _FULLWIDTH_RUN.sub(lambda m: m.group(0).translate(_FULLWIDTH), text)
    return text


_PRVS = Lazy(r"^(?:prvs|msprvs\d*|btv1)=(?:[^=@]+)=(?P<local>[^@]+)@", re.I)
_PRVS_OLD = Lazy(r"^prvs=(?P<local>[^/@]+)/[^@]+@", re.I)
_SRS0 = Lazy(r"^SRS0[=+-][^=]+=[^=]+=(?P<domain>[^=]+)=(?P<local>.+)@", re.I)
_SRS1 = Lazy(r"^SRS1[=+-].*?==[^=]+=[^=]+=(?P<domain>[^=]+)=(?P<local>.+)@", re.I)


def normalize(addr: str | None, *, dotless: bool = False) -> str | None:
    """``"<User@Example.COM>"`` -> ``User@example.com``; None when it is not an address.

    ``dotless`` accepts a domain without a dot (``user@mailhub``), which only a field that
    is known to hold an address (a DSN's Final-Recipient) may carry.

    The answer depends on the arguments only, and one message's reading asks for the same few
    addresses again and again (its From and To, each recipient, by each detector that looks): the
    answers of the last ``_NORMALIZED_KEPT`` questions are kept (nearly half of the calls over the
    shared corpus were a repeat within the same message).
    """
    if not addr:
        return None
    if type(addr) is not str:  # (a str subclass or a header object: worked out, not kept)
        return _normalize(addr, dotless)
    key = (addr, dotless)
    found = _normalized.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        if len(_normalized) >= _NORMALIZED_KEPT:
            _normalized.clear()  # a memo of the message being read, not a history: start again
        found = _normalized[key] = _normalize(addr, dotless)
    return found  # type: ignore[return-value]


#: questions whose answers ``normalize`` keeps (a message asks a few dozen; more would only remember other messages)
_NORMALIZED_KEPT = 64
_normalized: dict[tuple[str, bool], str | None] = {}
_UNKNOWN = object()


def _normalize(addr: str, dotless: bool) -> str | None:
    a = addr.strip()
    if not a.isascii():
        a = _clean_wide(a)
    if ";" in a[:12]:  # "rfc822; user@example.com"
        a = a.split(";", 1)[1].strip()
    if a.endswith(")") and " (" in a and "@" in a[:a.rfind(" (")]:
        # a trailing comment (RFC 5322 section 3.2.2 CFWS, allowed in a DSN's address fields by
        # RFC 3464 section 2.3.2): "user@example.com (User Name)"
        a = a[:a.rfind(" (")].rstrip()
    if "<" in a and ">" in a[a.rfind("<"):]:  # "Display Name <user@example.com>"
        inner = a[a.rfind("<") + 1:a.rfind(">")]
        if "@" in inner:
            a = inner
    a = a.strip().strip("<>[(),;:'").strip()
    if a.endswith("]"):
        a = _unclosed_stripped(a)
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
    addr = f"{local}@{domain}"
    if local[:5].upper() == "IMCEA":
        inner = unimcea(addr)
        if inner != addr:
            return normalize(inner) if inner else None
    return unwrap(addr)


def _unclosed_stripped(a: str) -> str:
    """``a`` without the "]" (and the marks around it) that close nothing in it: the one that ends
    an address literal (``name@[192.0.2.55]``, RFC 5321 section 4.1.3) stays, the one that closed a
    bracket around the whole address ("[user@example.com]", its "[" already cut) goes."""
    while a.endswith("]") and a.count("]") > a.count("["):
        a = a[:-1].rstrip().rstrip("<>(),;:'").rstrip()
    return a


def _clean_wide(a: str) -> str:
    """An address with East Asian forms around it: full-width letters in ASCII, the punctuation
    glued to either end ("「user@example.jp」", "user@example.jp。") cut off, and the words of an
    East Asian sentence written straight against it ("user@example.jp宛て", "收件人user@example.cn")."""
    a = repair(a) if "\uff20" in a else a
    at = a.rfind("@")
    if at < 0:
        return a
    local, domain = a[:at], a[at + 1:]
    if _PUNCT_RE.search(a) is not None:
        # the domain ends at the first punctuation mark; the local part starts after the last one
        m = _PUNCT_RE.search(domain)
        if m is not None:
            domain = domain[:m.start()]
        marks = list(_PUNCT_RE.finditer(local))
        if marks and not local.startswith('"'):
            local = local[marks[-1].end():]
    # no space separates words in Chinese and Japanese: a sentence may run on from an ASCII domain
    # ("example.jp宛てのメール", "example.cn发送失败") or into an ASCII local part ("收件人user").  An
    # internationalised domain (RFC 5890) is written in one script per label, and no top-level
    # domain mixes ASCII letters with these scripts: the domain ends where its last ASCII label
    # meets them; the local part starts after them when the rest of the address is ASCII (a UTF-8
    # local part of RFC 6531 that is all East Asian script stays whole)
    # (the patterns are tried only where their East Asian character can be: they cost more to
    # compile, for the East Asian ranges, than a process spends on the addresses that need them)
    m = None if domain.isascii() else _ASCII_DOMAIN_THEN_EA.match(domain)
    if m is not None:
        domain = m.group(1)
    if domain.isascii() and not local.isascii() and _EA_FIRST <= local[0] <= _EA_LAST:
        m = _EA_THEN_ASCII_LOCAL.match(local)
        if m is not None:
            local = m.group(1)
    return f"{local}@{domain}"


# the East Asian scripts (Hangul Jamo, CJK radicals, kana, bopomofo, CJK ideographs and their
# extensions, Hangul syllables, compatibility ideographs): one of these after an ASCII domain, or
# before an ASCII local part, is a word of the sentence around the address
_EA = "\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_ASCII_DOMAIN_THEN_EA = Lazy(r"([^.]+(?:\.[^.]+)*?\.[A-Za-z]{2,63})[" + _EA + "]")
_EA_THEN_ASCII_LOCAL = Lazy(r"[" + _EA + r"]+([!-~]+)$")
# the first and the last character of those ranges
_EA_FIRST, _EA_LAST = "\u1100", "\ufaff"


# Exchange's IMCEA encapsulation (Microsoft Learn, "IMCEA encapsulation"): a non-SMTP address carried
# as "IMCEA<type>-<address, with '+XX' hex escapes>@<the organisation's domain>".  IMCEASMTP wraps an
# SMTP address; every other type (EX: a legacyExchangeDN, X500, FAX ...) names no Internet mailbox.
_IMCEA = Lazy(r"^IMCEA(?P<type>[A-Za-z0-9]+)-(?P<inner>.+)@[^@]+$", re.I)
_HEX_ESCAPE = Lazy(r"\+([0-9A-Fa-f]{2})")


def unimcea(addr: str) -> str | None:
    """The SMTP address an IMCEA-encapsulated address carries; None when it carries none;
    ``addr`` itself when it is not encapsulated."""
    m = _IMCEA.match(addr)
    if m is None:
        return addr
    if m.group("type").upper() != "SMTP":
        return None
    inner = _HEX_ESCAPE.sub(lambda h: chr(int(h.group(1), 16)), m.group("inner"))
    return inner if inner.count("@") == 1 and "." in inner.rpartition("@")[2] else None


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
    for m in ADDRESS_RE.finditer(repair(text) if text else ""):
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
# The tag of a signed VERP address (filter/trust/verp.py): form ("s" plain, "h" hashed), key id, day, MAC;
# ASCII only (``(?a:``), so that under re.I no Unicode look-alike (the Kelvin sign for "k", the
# long s for "s") passes for a tag character.
VERP_TAG = r"(?a:[sh][0-9][a-z2-7]{12})"


_verp_cache: dict[str, re.Pattern[str]] = {}


def compile_verp(pattern: str) -> re.Pattern[str]:
    """``bounces+LOCAL=DOMAIN@*`` -> a regex with groups ``local``, ``domain`` and ``tag``.

    ``*`` matches anything, LOCAL the recipient's local part and DOMAIN its domain (the last
    ``=`` before the ``@`` separates them, so local parts containing ``=`` survive).

    A signed address (filter/trust/verp.py) carries ``=TAG`` right before the pattern's first literal
    ``@``: ``bounces+jane=example.org=s0abcdefghijkl@x``.  Its reading is preferred: a look-ahead
    notes a tag-shaped ``=TAG@`` anywhere, and the conditional ``(?(...)...)`` then requires the tag
    before the ``@``; when that reading fails, the engine backtracks into the unsigned one.  The
    LOCAL group stays greedy either way, so unsigned addresses split exactly as they always did
    (``bounces+jane=s0abcdefghijkl@x`` is still local "jane", domain "s0abcdefghijkl").
    ``tag`` is None for an unsigned address (always, for a pattern without an ``@``).
    """
    cached = _verp_cache.get(pattern)
    if cached is not None:
        return cached
    out = []
    i = 0
    tagged = False
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
            if pattern[i] == "@" and not tagged:
                out.append(r"(?(verp_tag_ahead)=(?P<tag>" + VERP_TAG + "))")
                tagged = True
            out.append(re.escape(pattern[i]))
            i += 1
    ahead = r"(?:(?=.*?=(?P<verp_tag_ahead>" + VERP_TAG + ")@))?" if tagged else ""
    if not tagged:  # no "@", no place for a tag: the group is there, and never matches
        out.append(r"(?:(?!)(?P<tag>))?")
    compiled = _verp_cache[pattern] = re.compile("^" + ahead + "".join(out) + "$", re.I)
    return compiled


# The VERP forms of other software whose whole suffix is the recipient's address, read (as a guess,
# ``decode_common_verp``) when no pattern of one's own is configured (``patterns`` None, or the
# default alone):
# - Mailman 2 / 3's "LIST-bounces+LOCAL=DOMAIN@" (VERP_FORMAT "%(bounces)s+%(mailbox)s=%(host)s");
# - qmail's VERP ("-@[]" appended to the sender "LIST-return-@HOST": "LIST-return-LOCAL=DOMAIN@HOST",
#   qmail-send(8)) and ezmlm's "LIST-return-NUMBER-LOCAL=DOMAIN@HOST".
# The mailing services' "bounce-...=...@" / "bounce+...=...@" forms are not read: they carry ids
# and hashes before the address ("bounce+5f3a1c.9e2b7d-jo=example.org@", Mailchimp's
# "bounce-mc.us4_...-jane=example.com@"), and no rule tells where the recipient's local part starts.
# A list name is required before "-bounces+" / "-return-"; the domain is host-name labels ending
# in a top-level label of letters (or an IDN "xn--" label), right before the "@"; a local part
# after "return-" that is all digits is ezmlm's message number without its address ("tax-return-
# 2025=acme.co.uk@"), never a recipient.  Compiled on first use.
_COMMON_VERP = Lazy(r"^[^@\s+]*?[^@\s+-]-(?:bounces\+|return-(?P<num>\d{1,12}-)?)(?P<local>[^@\s=][^@\s]*?)="
                    r"(?P<domain>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}))"
                    r"@[^@\s]+$", re.I)


def decode_verp(address: str | None, patterns: list[str] | None = None, *, common: bool = True) -> str | None:
    """The failed recipient a VERP bounce address encodes, or None.

    A signed address gives its recipient with the tag stripped (whether the tag is good is
    filter/trust/verp.py's ``check``); a hashed one (tag "h...") names no recipient: None.
    With no pattern of one's own (``patterns`` None or the default alone) and ``common``, the
    common forms of other software are read too (``decode_common_verp``; the pipeline asks for
    those apart, as a guess weaker than the report's and the returned original's recipients).
    """
    addr = normalize(address)
    if not addr:
        return None
    for p in patterns or [DEFAULT_VERP]:
        m = compile_verp(p).match(addr)
        if m:
            tag = m.groupdict().get("tag")
            if tag and tag[0] in "hH":
                continue
            local, domain = m.group("local"), m.group("domain")
            return normalize(f"{local}@{domain}")
    return decode_common_verp(addr, patterns) if common else None


def decode_common_verp(address: str | None, patterns: list[str] | None = None) -> str | None:
    """The recipient a Mailman or qmail / ezmlm VERP address (``_COMMON_VERP``) encodes, or None;
    always None when a pattern of one's own is configured (``patterns`` other than the default).

    A guess about other software's addresses: the pipeline takes it only when nothing else names
    the recipient, and only if it is one of the returned original's recipients when those are known."""
    if patterns and list(patterns) != [DEFAULT_VERP]:
        return None
    addr = normalize(address)
    if not addr or "=" not in addr or "-" not in addr:
        return None
    m = _COMMON_VERP.match(addr)
    if m is None:
        return None
    local = m.group("local")
    if local.isdigit() and m.group("num") is None and "-return-" in addr.lower():
        return None
    return normalize(f"{local}@{m.group('domain')}")


def common_verp_list(address: str | None) -> list[str]:
    """The list's own addresses a Mailman or qmail / ezmlm VERP address names (``LIST`` of
    ``LIST-bounces+...@domain`` / ``LIST-return-...@domain``), lower-case: ``LIST`` at the bounce
    address's domain and at its parent domains ("news@lists.example" and, for a bounce address at
    "bounces.lists.example", "news@lists.example"); empty when it is no such address."""
    addr = normalize(address)
    if not addr or "=" not in addr or "-" not in addr or _COMMON_VERP.match(addr) is None:
        return []
    local, _, domain = addr.lower().rpartition("@")
    cut = min((k for k in (local.find("-bounces+"), local.find("-return-")) if k > 0), default=-1)
    if cut <= 0:
        return []
    name = local[:cut]
    labels = domain.split(".")
    return [f"{name}@{'.'.join(labels[k:])}" for k in range(len(labels) - 1)]


# -- the address rule -----------------------------------------------------------------------------
# One rule for every address that enters the store, a payload, a list file or a terminal, whatever
# the way in (a classified report, ``suppression add``, a list file read back).  Addresses come
# from mail anyone can send: an RFC 6533 ``\x{0D}\x{0A}`` escape in a DSN, a NUL, a megabyte-long
# local part or ``../../etc/x@y`` must stop here.  What it accepts (RFC 5321 section 4.1.2 with the
# UTF-8 of RFC 6531): a dot-atom or quoted local part of printable characters without whitespace,
# ``/`` or ``\``; a hostname (LDH labels, or internationalised labels of letters, marks and digits)
# or an IPv4 / IPv6 address literal; at most 64 octets of local part, 255 of domain, 320 in all
# (RFC 5321 section 4.5.3.1).  ``normalize`` and the detectors are left as they are: the rule
# judges what they produce.

class AddressError(ValueError):
    """An address the project refuses (the message says why)."""


_MAX_LOCAL, _MAX_DOMAIN, _MAX_TOTAL = 64, 255, 320
# RFC 5322 atext without "/" (a path separator in whatever may one day use the address as a name)
_ATEXT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-=?^_`{|}~")
_QTEXT = frozenset(chr(c) for c in range(0x21, 0x7F)) - frozenset('"\\/')
_LDH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def _char_problem(text: str) -> str | None:
    """Why a character of ``text`` may never be in an address: controls, whitespace, U+FFFD."""
    if text.isascii():
        if text.isprintable() and " " not in text:
            return None
        for c in text:
            if c == " ":
                return "whitespace"
            if not c.isprintable():
                return f"control character U+{ord(c):04X}"
        return None  # pragma: no cover
    for c in text:
        if c == "\ufffd":
            return "replacement character U+FFFD (undecodable bytes)"
        if c.isspace():
            return f"whitespace U+{ord(c):04X}"
        if not c.isprintable():  # C0, DEL, C1, format (bidi, zero-width), surrogates, unassigned
            return f"control character U+{ord(c):04X}"
    return None


def _local_problem(local: str) -> str | None:
    if not local:
        return "empty local part"
    n = len(local.encode("utf-8", "surrogatepass"))
    if n > _MAX_LOCAL:
        return f"local part of {n} octets (at most {_MAX_LOCAL})"
    if "/" in local or "\\" in local:
        return "path character in the local part ('/' or '\\')"
    if local.startswith('"'):
        if len(local) < 3 or not local.endswith('"'):
            return "unbalanced quotes in the local part"
        if any(c not in _QTEXT and c.isascii() for c in local[1:-1]):
            return "character not allowed in a quoted local part"
        return None
    if local.strip(".") == "":
        return "local part made of dots"
    for c in local:
        if c not in _ATEXT and c != "." and c.isascii():
            return f"character {c!r} not allowed in a local part (quote it)"
    return None


def _label_problem(label: str) -> str | None:
    if not label:
        return "empty label in the domain"
    if label.isascii():
        if len(label) > 63:
            return "domain label longer than 63 octets"
        if not all(c in _LDH for c in label):
            return "domain is not a hostname (letters, digits, '-')"
    else:
        import unicodedata

        for c in label:
            if c.isascii():
                if c not in _LDH:
                    return "domain is not a hostname (letters, digits, '-')"
            elif unicodedata.category(c)[0] not in "LMN":
                return f"character U+{ord(c):04X} not allowed in an internationalised domain"
        if len(label.encode("punycode")) + 4 > 63:
            return "domain label longer than 63 octets (as an A-label)"
    if label.startswith("-") or label.endswith("-"):
        return "domain label starting or ending with '-'"
    return None


def _domain_problem(domain: str) -> str | None:
    if not domain:
        return "empty domain"
    n = len(domain.encode("utf-8", "surrogatepass"))
    if n > _MAX_DOMAIN:
        return f"domain of {n} octets (at most {_MAX_DOMAIN})"
    if domain.startswith("["):
        import ipaddress

        if not domain.endswith("]"):
            return "unclosed address literal"
        inner = domain[1:-1]
        try:
            if inner[:5].lower() == "ipv6:":
                ipaddress.IPv6Address(inner[5:])
            else:
                ipaddress.IPv4Address(inner)
        except ValueError:
            return "address literal is neither IPv4 nor IPv6"
        return None
    for label in domain.split("."):
        why = _label_problem(label)
        if why:
            return why
    return None


# The common address: dot-atoms of ASCII atext (no "/": a path character here), a hostname of
# letter-digit-hyphen labels.  It needs none of the checks below; everything else goes through
# them (RFC 5321 4.1.2, 4.5.3.1).
_ATOM = r"[A-Za-z0-9!#$%&'*+=?^_`{|}~-]+"
_LDH_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN = Lazy(_ATOM + r"(?:\." + _ATOM + r")*@" + _LDH_LABEL + r"(?:\." + _LDH_LABEL + r")+")


def address_problem(addr: object) -> str | None:
    """Why ``addr`` is refused as an address, or None when it is a good one."""
    if not isinstance(addr, str) or not addr:
        return "empty"
    if len(addr) <= 255 and addr.index("@") <= 64 if "@" in addr else False:
        if _PLAIN.fullmatch(addr):
            return None
    n = len(addr.encode("utf-8", "surrogatepass"))
    if n > _MAX_TOTAL:
        return f"{n} octets long (at most {_MAX_TOTAL})"
    why = _char_problem(addr)
    if why:
        return why
    local, at, domain = addr.rpartition("@")
    if not at:
        return "no '@'"
    return _local_problem(local) or _domain_problem(domain)


def check_address(addr: object) -> str:
    """``addr`` itself when the project's address rule accepts it; else :class:`AddressError`."""
    why = address_problem(addr)
    if why:
        raise AddressError(f"{printable(str(addr), 80)!s}: not an address: {why}")
    return addr  # type: ignore[return-value]


def valid_address(addr: object) -> str | None:
    """``addr`` when the address rule accepts it, else None."""
    return None if address_problem(addr) else addr  # type: ignore[return-value]


# -- writing untrusted text where a terminal or a log reads it -----------------------------------
def _escape_char(c: str) -> str:
    o = ord(c)
    if c == "\\":
        return "\\\\"
    if o < 0x100:
        return f"\\x{o:02x}"
    if o < 0x10000:
        return f"\\u{o:04x}"
    return f"\\U{o:08x}"


def printable(text: str, limit: int | None = None) -> str:
    """``text`` safe for a terminal or a one-line log: every control, format, line-separator or
    other non-printable character (ESC, OSC, CR, LF, TAB, NUL, DEL, C1, U+2028, bidi overrides ...),
    U+FFFD and the backslash written as a Python-style escape (``\\x1b``, ``\\u202e``, ``\\\\``), so the
    result is one line and reads back unambiguously.  ``limit`` cuts a long text (``...``)."""
    if limit is not None and len(text) > limit:
        text = text[:limit] + "..."
    if text.isprintable() and "\\" not in text and "\ufffd" not in text:
        return text
    return "".join(c if c.isprintable() and c not in "\\\ufffd" else _escape_char(c) for c in text)


def json_printable(encoded: str) -> str:
    """A JSON text (``json.dumps(..., ensure_ascii=False)``) with the non-printable characters that
    JSON leaves raw (DEL, C1 controls, U+2028/2029, format characters ...) written as ``\\uXXXX``:
    the same JSON value, safe on a terminal and on one log line."""
    if encoded.isprintable():
        return encoded
    out = []
    for c in encoded:
        if c.isprintable():
            out.append(c)
        elif ord(c) < 0x10000:
            out.append(f"\\u{ord(c):04x}")
        else:
            v = ord(c) - 0x10000
            out.append(f"\\u{0xD800 + (v >> 10):04x}\\u{0xDC00 + (v & 0x3FF):04x}")
    return "".join(out)
