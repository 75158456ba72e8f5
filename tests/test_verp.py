"""Signed VERP addresses, message ids, tokens and BATV (filter/trust/verp.py), and the VERP reading of
filter/core/address.py: only real bounces of our own mail may suppress."""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filter.trust import verp
from filter.core.address import address_problem, compile_verp, decode_verp
from filter.trust.verp import Check, Key, VerpError

K0 = Key("0", b"zero-secret-0123456789abcdef0123")
K1 = Key("1", b"one-secret-0123456789abcdef01234")
K1_OTHER = Key("1", b"not-the-secret-of-key-one-at-all")
NOW = 1_750_000_000.0  # 2025-06-15
TODAY = int(NOW // 86400)
DAY = 86400
BOUNCE = "bounces@bounces.example.com"
DEFAULT = "bounces+LOCAL=DOMAIN@*"
TAG = re.compile(r"[sh][0-9][a-z2-7]{12}")


def sign(recipient: str, **kw) -> str:
    kw.setdefault("keys", [K0])
    kw.setdefault("bounce_address", BOUNCE)
    kw.setdefault("now", NOW)
    return verp.sign(recipient, **kw)


def check(address: str, **kw) -> Check:
    kw.setdefault("keys", [K0])
    kw.setdefault("now", NOW)
    return verp.check(address, **kw)


def local_octets(address: str) -> int:
    return len(address.rpartition("@")[0].encode())


def b32(data: bytes, chars: int) -> str:
    return base64.b32encode(data).decode()[:chars].lower()


# -- the format, as the module docstring writes it --------------------------------------------------
def test_signed_address_has_the_documented_shape_and_mac():
    a = sign("Jane@Example.org")
    m = re.fullmatch(r"bounces\+jane=example\.org=(?P<tag>.{14})@bounces\.example\.com", a)
    assert m, a
    tag = m.group("tag")
    assert TAG.fullmatch(tag) and tag[:2] == "s0"
    # day: days since the epoch mod 1024, 2 base32 characters (RFC 4648 alphabet)
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    assert alphabet.index(tag[2]) * 32 + alphabet.index(tag[3]) == TODAY % 1024
    # MAC: first 50 bits of HMAC-SHA256 as base32, over purpose + form/key/day + NUL + recipient
    mac = hmac.new(K0.secret, b"bouncefilter-verp\0" + tag[:4].encode() + b"\0jane@example.org",
                   hashlib.sha256).digest()
    assert tag[4:] == b32(mac, 10)


def test_round_trip():
    a = sign("jane@example.org")
    assert check(a) == Check(True, "valid", recipient="jane@example.org", key_id="0", day=TODAY)
    assert local_octets(a) <= 64 and address_problem(a) is None


def test_literal_domain_pattern_needs_no_bounce_address():
    a = verp.sign("jo@example.org", keys=[K0], pattern="ret-LOCAL=DOMAIN@news.example", now=NOW)
    assert a.startswith("ret-jo=example.org=s0") and a.endswith("@news.example")
    assert check(a, patterns=["ret-LOCAL=DOMAIN@news.example"]).valid
    assert check(a).why == "not a VERP address"  # the default pattern does not apply
    # every configured pattern is tried
    assert check(a, patterns=[DEFAULT, "ret-LOCAL=DOMAIN@news.example"]).recipient == "jo@example.org"
    assert check(a, patterns="ret-LOCAL=DOMAIN@news.example").valid  # one pattern as a str


@pytest.mark.parametrize("recipient", [
    "a=b@example.org",            # "=" in the local part
    "first.last+tag@sub.example.co.uk",
    "o'brien@example.ie",
    "user@mailhub",               # a domain without a dot
    "x=s0abcdefghijkl@example.org",  # a local part ending in something tag-shaped
    "jo@s0abcdefghijkl",          # a tag-shaped dotless domain
    "Q@Example.ORG",
])
def test_round_trip_of_awkward_recipients(recipient):
    a = sign(recipient)
    assert compile_verp(DEFAULT).match(a)  # milter_app recognises it as a bounce address
    c = check(a)
    assert c.valid and c.recipient == recipient.lower(), (a, c)


def test_wrong_key():
    a = sign("jane@example.org", keys=[K1])
    assert check(a, keys=[K1_OTHER]).why == "bad signature"
    assert check(a, keys=[K1_OTHER]).recipient == "jane@example.org"  # what it claims, for a log
    assert not check(a, keys=[K1_OTHER]).valid


def test_rotation():
    a = sign("jane@example.org", keys=[K1, K0])      # keys[0] signs
    assert a.split("=")[-1].startswith("s1")
    assert check(a, keys=[K1, K0]).valid
    assert check(a, keys=[K0, K1]).valid             # every listed key verifies
    assert check(a, keys=[K1]).key_id == "1"
    gone = check(a, keys=[K0])
    assert (gone.valid, gone.why, gone.key_id) == (False, "unknown key", "1")
    assert check(a, keys=[]).why == "unknown key"
    assert check(a, keys=K1).valid                   # a lone Key is taken as [Key]


def test_expiry_at_the_max_age_boundary():
    a = sign("jane@example.org")
    assert check(a, now=NOW + 30 * DAY).valid        # 30 days old: max_age is 30 days
    c = check(a, now=NOW + 31 * DAY)
    assert (c.valid, c.why, c.day, c.recipient) == (False, "expired", TODAY, "jane@example.org")
    assert check(a, now=NOW + 2 * DAY, max_age=DAY).why == "expired"
    assert check(a, now=NOW + DAY, max_age=DAY).valid
    assert check(a, now=NOW + 500 * DAY, max_age=600 * DAY).valid


def test_one_day_of_clock_skew():
    tomorrow = sign("jane@example.org", now=NOW + DAY)  # a signer whose clock is a day ahead
    c = check(tomorrow)
    assert c.valid and c.day == TODAY + 1
    # two days ahead reads as 1022 days old
    assert check(sign("jane@example.org", now=NOW + 2 * DAY)).why == "expired"


def test_the_day_wraps_every_1024_days():
    a = sign("jane@example.org", now=NOW)
    assert check(a, now=NOW + 1024 * DAY, max_age=10 * DAY).valid  # indistinguishable, by design
    assert check(a, now=NOW + 1040 * DAY, max_age=10 * DAY).why == "expired"


def test_tampering():
    a = sign("jane@example.org")
    local, _, domain = a.rpartition("@")
    # another recipient under the same tag
    assert check(a.replace("jane=", "john=")).why == "bad signature"
    assert check(a.replace("example.org=", "example.net=")).why == "bad signature"
    # every character of the tag
    tag = local[-14:]
    for i in range(1, 14):
        for c in "a7":
            if tag[i] == c:
                continue
            forged = local[:-14] + tag[:i] + c + tag[i + 1:] + "@" + domain
            r = check(forged, keys=[K0, K1])
            # a letter for the key digit leaves no tag: an unsigned address of "jane=example.org"
            assert not r.valid and r.why in ("bad signature", "unknown key", "no tag" if i == 1 else ""), (forged, r)
    # the form character: a plain tag is no hashed tag
    assert check(local[:-14] + "h" + tag[1:] + "@" + domain).why == "malformed"
    # the bounce domain is not signed: any domain of ours receives it
    assert check(local + "@elsewhere.example").valid


def test_case_changes():
    a = sign("Jane.Doe@Example.org")
    for variant in (a.upper(), a.lower(), a.swapcase(), a.title()):
        c = check(variant)
        assert c.valid and c.recipient == "jane.doe@example.org", variant
    assert decode_verp(a.upper()) == "JANE.DOE@example.org"


def test_hashed_form_for_a_long_recipient():
    long = "very.long.local.part.of.someone" + "@" + "department.of.things.example.org"
    remembered: dict[str, str] = {}
    plain_local = "bounces+" + long.replace("@", "=") + "=" + "s0abcdefghijkl"
    assert len(plain_local) > 64 and address_problem(long) is None
    a = sign(long, remember=remembered.__setitem__)
    assert local_octets(a) <= 64 and address_problem(a) is None
    m = re.fullmatch(r"bounces\+(?P<digest>[a-z2-7]{16})=h=(?P<tag>h0[a-z2-7]{12})@bounces\.example\.com", a)
    assert m, a
    digest = m.group("digest")
    # the digest: the first 16 base32 characters of SHA-256 of the lower-cased recipient
    assert digest == b32(hashlib.sha256(long.lower().encode()).digest(), 16) == verp.recipient_digest(long)
    assert remembered == {digest: long.lower()}
    c = check(a, resolve=remembered.get)
    assert (c.valid, c.recipient, c.digest, c.key_id, c.day) == (True, long.lower(), digest, "0", TODAY)
    assert check(a.upper(), resolve=remembered.get).valid
    # not resolvable: the tag is good, but it names no one
    for resolve in (None, {}.get, lambda d: "someone.else@example.org", lambda d: 42):
        c = check(a, resolve=resolve)
        assert (c.valid, c.why, c.digest, c.recipient) == (False, "hash not resolved", digest, None)
    # a forged digest
    forged = a.replace(digest, "a" * 16)
    assert check(forged, resolve=lambda d: long).why == "bad signature"
    # expired before it is resolved
    assert check(a, now=NOW + 40 * DAY, resolve=remembered.get).why == "expired"
    assert decode_verp(a) is None


def test_hashed_form_without_remember_still_signs():
    long = "x" * 50 + "@example.org"
    a = sign(long)
    assert "=h=h0" in a and check(a).why == "hash not resolved"


def test_short_addresses_are_plain_and_fit_64_octets():
    for r in ("a@b.example", "jane.doe@example.org", "x" * 15 + "@" + "y" * 10 + ".example"):
        a = sign(r)
        assert "=s0" in a and local_octets(a) <= 64, a


def test_a_recipient_the_plain_form_cannot_carry_is_hashed():
    store: dict[str, str] = {}
    for r in ('"neko....nyaan...."@example.org', "jo@[192.0.2.1]"):
        a = sign(r, remember=store.__setitem__)
        assert "=h=h0" in a and address_problem(a) is None, a
        assert check(a, resolve=store.get).recipient == r.lower()


def test_sign_refuses():
    with pytest.raises(VerpError, match="not an address"):
        sign("no at sign")
    with pytest.raises(VerpError):
        sign("jane@example.org\r\nBcc: x@y.example")
    with pytest.raises(VerpError):
        sign("x" * 65 + "@example.org")
    with pytest.raises(VerpError, match="no signing key"):
        sign("jane@example.org", keys=[])
    with pytest.raises(VerpError, match="does not fit the bounce address"):
        sign("jane@example.org", bounce_address="returns@bounces.example.com")
    with pytest.raises(VerpError, match="does not fit the bounce address"):
        sign("jane@example.org", pattern="ret-LOCAL=DOMAIN@*")
    with pytest.raises(VerpError, match="needs a bounce_address"):
        sign("jane@example.org", bounce_address=None)
    with pytest.raises(VerpError, match="no '@'"):
        sign("jane@example.org", pattern="bounces+LOCAL=DOMAIN", bounce_address=None)
    with pytest.raises(VerpError, match="even hashed"):
        sign("jane@example.org", pattern="x" * 40 + "+LOCAL=DOMAIN@bounces.example", bounce_address=None)
    with pytest.raises(VerpError):
        sign("jane@example.org", bounce_address="not an address")
    assert issubclass(VerpError, ValueError)
    # another separator is fine
    assert sign("jane@example.org", pattern="bounces-LOCAL=DOMAIN@*").startswith("bounces-jane=")


def test_keys_are_checked_and_keep_their_secret():
    for bad in ("", "10", "a", 1, "\u0661"):
        with pytest.raises(ValueError):
            Key(bad, b"secret")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Key("0", b"")
    with pytest.raises(ValueError):
        Key("0", "text")  # type: ignore[arg-type]
    assert "zero-secret" not in repr(K0)


# -- filter/core/address.py: compile_verp / decode_verp -------------------------------------------------
@pytest.mark.parametrize("pattern, address, local, domain, tag", [
    (DEFAULT, "bounces+a=b=example.org=s0abcdefghijkl@x", "a=b", "example.org", "s0abcdefghijkl"),
    (DEFAULT, "bounces+jane=example.org=S0ABCDEFGHIJKL@X.EXAMPLE", "jane", "example.org", "S0ABCDEFGHIJKL"),
    (DEFAULT, "bounces+jane=mailhub=s0abcdefghijkl@x", "jane", "mailhub", "s0abcdefghijkl"),
    (DEFAULT, "bounces+abcdefghabcdefgh=h=h3abcdefghijkl@x", "abcdefghabcdefgh", "h", "h3abcdefghijkl"),
    (DEFAULT, "bounces+a=b=example.org@x", "a=b", "example.org", None),
    # unsigned, with a tag-shaped dotless domain: still read as it always was
    (DEFAULT, "bounces+jane=s0abcdefghijkl@x", "jane", "s0abcdefghijkl", None),
    # not a tag: 13 characters, "1" is not base32, "x" is no form, a Kelvin sign is no "k"
    (DEFAULT, "bounces+jane=example.org=s0abcdefghijk@x", "jane=example.org", "s0abcdefghijk", None),
    (DEFAULT, "bounces+jane=example.org=s0abcdefghij1l@x", "jane=example.org", "s0abcdefghij1l", None),
    (DEFAULT, "bounces+jane=example.org=x0abcdefghijkl@x", "jane=example.org", "x0abcdefghijkl", None),
    (DEFAULT, "bounces+jane=example.org=s0abcdefghij\u212al@x", "jane=example.org", "s0abcdefghij\u212al", None),
    ("ret-LOCAL=DOMAIN@news.example", "ret-jo=example.org=s1abcdefghijkl@news.example", "jo", "example.org",
     "s1abcdefghijkl"),
    ("DOMAIN=LOCAL@*", "example.org=a=b=s0abcdefghijkl@x", "a=b", "example.org", "s0abcdefghijkl"),
    ("DOMAIN=LOCAL@*", "example.org=a=b@x", "a=b", "example.org", None),
    # LOCAL stays greedy: the last "-" splits an unsigned address, as before
    ("LOCAL-DOMAIN@*", "jane-doe-example.org@x", "jane-doe", "example.org", None),
    ("LOCAL-DOMAIN@*", "jane-doe-example.org=s0abcdefghijkl@x", "jane-doe", "example.org", "s0abcdefghijkl"),
])
def test_compile_verp_reads_signed_and_unsigned_forms(pattern, address, local, domain, tag):
    m = compile_verp(pattern).match(address)
    assert m is not None
    assert (m.group("local"), m.group("domain"), m.group("tag")) == (local, domain, tag)


@pytest.mark.parametrize("address, patterns, expected", [
    ("bounces+jo=example.org=s0abcdefghijkl@lists.example", None, "jo@example.org"),
    ("<bounces+a=b=example.org=s0abcdefghijkl@lists.example>", None, "a=b@example.org"),
    ("bounces+abcdefghabcdefgh=h=h0abcdefghijkl@lists.example", None, None),  # hashed: names no one
    ("bounces+jo=example.org@lists.example", None, "jo@example.org"),
    ("ret-jo=example.org=s0abcdefghijkl@news.example", ["ret-LOCAL=DOMAIN@*"], "jo@example.org"),
    ("ret-jo=example.org=s0abcdefghijkl@news.example", None, None),
])
def test_decode_verp_strips_the_tag(address, patterns, expected):
    assert decode_verp(address, patterns) == expected


def test_decode_verp_of_what_sign_makes():
    assert decode_verp(sign("Jane@Example.org")) == "jane@example.org"
    assert decode_verp(sign("jo@example.org", pattern="ret-LOCAL=DOMAIN@*", bounce_address="ret@x.example"),
                       ["ret-LOCAL=DOMAIN@*"]) == "jo@example.org"


def test_unsigned_verp():
    c = check("bounces+jo=example.org@bounces.example.com")
    assert (c.valid, c.why, c.recipient) == (False, "no tag", "jo@example.org")
    assert check("<bounces+JO=Example.org@x.example>").recipient == "jo@example.org"
    assert check("jo@example.org").why == "not a VERP address"
    assert check("bounces@bounces.example.com").why == "not a VERP address"


# -- hostile input ---------------------------------------------------------------------------------
HOSTILE = [
    "", " ", "<>", "@", "bounces+", "no at sign", "a" * 1_000_000 + "@x.example",
    "bounces+" + "=s0abcdefghijkl" * 100_000 + "@x", "bounces+" + "a=" * 100_000 + "@x",
    "bounces+jane=example.org=s0abcdefghijkl@x\r\nBcc: y@z", "bounces+jane\x00=example.org=s0abcdefghijkl@x",
    "bounces+j\u00e4ne=b\u00fccher.example=s0abcdefghijkl@x", "bounces+\ud800=x.org=s0abcdefghijkl@x",
    "bounces+\u202ejane=example.org=s0abcdefghijkl@x", "bounces+jane=example.org=s0abcdefghijkl",
    "bounces+jane=example.org=s0abcdefghijkl@", "bounces+=s0abcdefghijkl@x", "bounces+a==s0abcdefghijkl@x",
    "bounces+zzzzzzzzzzzzzzzz=h=h0abcdefghijkl@x", "bounces+short=h=h0abcdefghijkl@x",
    "bounces+a=b=s9\u0661bcdefghijkl@x", "\ufffd@\ufffd", "<<<bf.>>>", "bf.@", "bf.r0@x", "bf1.", "bf1.0aa",
    "prvs=", "prvs=@", "prvs=0000000000=@x", "prvs=9999zzzzzz=jo@x", "PRVS=0123abcdef=" + "a" * 5000 + "@x",
    "prvs=\u0661\u0662\u0663\u0664abcdef=jo@x.example", None, b"bounces+jo=example.org@x", 42,
]


@pytest.mark.parametrize("value", HOSTILE, ids=lambda v: repr(v)[:40])
def test_hostile_input_never_raises(value):
    start = time.perf_counter()
    results = [
        verp.check(value, keys=[K0, K1], patterns=[DEFAULT, "DOMAIN=LOCAL@*", "LOCAL-DOMAIN@*"], now=NOW,
                   resolve=lambda d: None),
        verp.check_message_id(value, keys=[K0], recipient="jo@example.org", now=NOW),
        verp.check_message_id(value, keys=[K0], now=NOW),
        verp.check_token(value, keys=[K0], recipient="jo@example.org", now=NOW),
        verp.batv_check(value, keys=[K0], now=NOW),
    ]
    assert all(isinstance(r, Check) and not r.valid and r.why for r in results)
    assert isinstance(verp.is_batv(value), bool)
    assert time.perf_counter() - start < 1.0


def test_hostile_recipient_given_to_the_checks():
    mid = verp.message_id("example.com", keys=[K0], recipient="jo@example.org", now=NOW)
    tok = verp.token("jo@example.org", keys=[K0], now=NOW)
    for r in ("", "\ud800", None, 42, "jo@example.org\x00"):
        assert verp.check_message_id(mid, keys=[K0], recipient=r, now=NOW).why == "other recipient"
        assert verp.check_token(tok, keys=[K0], recipient=r, now=NOW).why == "other recipient"


# -- message ids -------------------------------------------------------------------------------------
def test_bound_message_id():
    mid = verp.message_id("mail.example.com", keys=[K0], recipient="Jo@Example.org", now=NOW)
    assert re.fullmatch(r"<bf\.r0[a-z2-7]{2}[a-z2-7]{8}[a-z2-7]{10}@mail\.example\.com>", mid), mid
    c = verp.check_message_id(mid, keys=[K0], recipient="jo@example.org", now=NOW)
    assert c == Check(True, "valid", recipient="jo@example.org", key_id="0", day=TODAY, bound=True)
    for variant in (mid.strip("<>"), f"  {mid}\t", mid.upper(), f"< {mid.strip('<>')} >"):
        assert verp.check_message_id(variant, keys=[K0], recipient="JO@example.org", now=NOW).valid, variant
    other = verp.check_message_id(mid, keys=[K0], recipient="someone@example.org", now=NOW)
    assert (other.valid, other.why, other.bound) == (False, "other recipient", True)
    assert verp.check_message_id(mid, keys=[K0], now=NOW).why == "other recipient"
    assert verp.check_message_id(mid, keys=[K1], recipient="jo@example.org", now=NOW).why == "unknown key"
    assert verp.check_message_id(mid, keys=[K0], recipient="jo@example.org", now=NOW + 31 * DAY).why == "expired"
    assert verp.check_message_id(mid, keys=[K0], recipient="jo@example.org", now=NOW + 30 * DAY).valid
    # the MAC over the documented input
    left = mid[1:].partition("@")[0]
    head, mac = left[3:-10], left[-10:]
    expected = hmac.new(K0.secret, b"bouncefilter-msgid\0" + head.encode() + b"\0jo@example.org",
                        hashlib.sha256).digest()
    assert mac == b32(expected, 10)


def test_unbound_message_id():
    mid = verp.message_id("example.com", keys=[K1, K0], now=NOW)
    assert mid.startswith("<bf.u1")
    for r in (None, "anyone@example.org"):
        c = verp.check_message_id(mid, keys=[K0, K1], recipient=r, now=NOW)
        assert (c.valid, c.bound, c.recipient, c.key_id) == (True, False, None, "1")
    left = mid[1:-1].partition("@")[0]
    forged = "<" + left[:-1] + ("a" if left[-1] != "a" else "b") + "@example.com>"
    assert verp.check_message_id(forged, keys=[K1], now=NOW).why == "bad signature"
    # a bound id is not an unbound one
    assert verp.check_message_id(mid.replace("<bf.u", "<bf.r"), keys=[K1], recipient="x@example.org",
                                 now=NOW).why == "other recipient"


def test_message_ids_are_unique_and_refuse_bad_input():
    ids = {verp.message_id("example.com", keys=[K0], now=NOW) for _ in range(50)}
    assert len(ids) == 50
    with pytest.raises(VerpError):
        verp.message_id("example.com", keys=[K0], recipient="not an address")
    with pytest.raises(VerpError):
        verp.message_id("exa mple.com", keys=[K0])
    with pytest.raises(VerpError):
        verp.message_id("example.com", keys=[])


def test_foreign_and_malformed_message_ids():
    assert verp.check_message_id("<20250615.abc@mail.example.com>", keys=[K0]).why == "no tag"
    assert verp.check_message_id("<bf.r0short@example.com>", keys=[K0]).why == "malformed"
    assert verp.check_message_id("<bf.x0aaaaaaaaaaaaaaaaaaaa@example.com>", keys=[K0]).why == "malformed"
    assert verp.check_message_id("<bf.u0aaaaaaaaaaaaaaaaaaaa@>", keys=[K0]).why == "malformed"


# -- tokens ------------------------------------------------------------------------------------------
def test_token():
    tok = verp.token("Jo@Example.org", keys=[K0], now=NOW)
    assert re.fullmatch(r"bf1\.0[a-z2-7]{12}", tok), tok
    assert verp.check_token(tok, keys=[K0], recipient="jo@example.org", now=NOW) == \
        Check(True, "valid", recipient="jo@example.org", key_id="0", day=TODAY)
    assert verp.check_token(f" {tok.upper()} ", keys=[K0], recipient="JO@EXAMPLE.ORG", now=NOW).valid
    assert verp.check_token(tok, keys=[K0], recipient="x@example.org", now=NOW).why == "other recipient"
    assert verp.check_token(tok, keys=[K1], recipient="jo@example.org", now=NOW).why == "unknown key"
    assert verp.check_token(tok, keys=[K0], recipient="jo@example.org", now=NOW + 31 * DAY).why == "expired"
    assert verp.check_token(tok, keys=[K0], recipient="jo@example.org", now=NOW + DAY, max_age=DAY).valid
    assert verp.check_token("something-else", keys=[K0], recipient="jo@example.org").why == "no tag"
    assert verp.check_token("bf1.0abc", keys=[K0], recipient="jo@example.org").why == "malformed"
    expected = hmac.new(K0.secret, b"bouncefilter-token\0" + tok[4:7].encode() + b"\0jo@example.org",
                        hashlib.sha256).digest()
    assert tok[7:] == b32(expected, 10)
    with pytest.raises(VerpError):
        verp.token("not an address", keys=[K0])


def test_a_mac_made_for_one_use_is_no_good_for_another():
    """The purposes differ: a token's MAC is no VERP tag's MAC for the same key, day, recipient."""
    tok = verp.token("jo@example.org", keys=[K0], now=NOW)
    forged = f"bounces+jo=example.org=s0{tok[5:]}@x.example"
    assert check(forged).why == "bad signature"


# -- BATV ------------------------------------------------------------------------------------------
def test_batv_round_trip_and_format():
    b = verp.batv_sign("Bounces@Example.com", keys=[K0], now=NOW)
    m = re.fullmatch(r"prvs=0(?P<ddd>[0-9]{3})(?P<sss>[0-9a-f]{6})=Bounces@Example\.com", b)
    assert m, b
    assert int(m.group("ddd")) == (TODAY + 7) % 1000
    expected = hmac.new(K0.secret, ("0" + m.group("ddd") + "bounces@example.com").encode(), hashlib.sha1)
    assert m.group("sss") == expected.digest()[:3].hex()
    c = verp.batv_check(b, keys=[K0], now=NOW)
    assert c == Check(True, "valid", recipient="bounces@example.com", key_id="0", day=TODAY + 7)
    assert verp.batv_check(b.upper(), keys=[K0], now=NOW).valid  # "PRVS=", upper-case hex
    assert verp.batv_check(f"<{b}>", keys=[K1, K0], now=NOW).valid
    assert verp.is_batv(b) and verp.is_batv(b.upper()) and verp.is_batv("prvs=jo/0123abcdef@example.org")
    assert not verp.is_batv("bounces@example.com")


def test_batv_expiry():
    b = verp.batv_sign("bounces@example.com", keys=[K0], now=NOW)
    assert verp.batv_check(b, keys=[K0], now=NOW + 7 * DAY).valid
    c = verp.batv_check(b, keys=[K0], now=NOW + 8 * DAY)
    assert (c.valid, c.why, c.day) == (False, "expired", TODAY + 7)
    assert verp.batv_check(b, keys=[K0], now=NOW + 500 * DAY).why == "expired"
    # a signer a day ahead
    assert verp.batv_check(verp.batv_sign("b@example.com", keys=[K0], now=NOW + DAY), keys=[K0], now=NOW).valid
    # a longer validity, told to the check
    long = verp.batv_sign("bounces@example.com", keys=[K0], now=NOW, validity=30 * DAY)
    assert verp.batv_check(long, keys=[K0], now=NOW, validity=30 * DAY).valid
    assert verp.batv_check(long, keys=[K0], now=NOW + 30 * DAY, validity=30 * DAY).valid
    assert verp.batv_check(long, keys=[K0], now=NOW + 31 * DAY, validity=30 * DAY).why == "expired"


def test_batv_refusals():
    b = verp.batv_sign("bounces@example.com", keys=[K1], now=NOW)
    assert verp.batv_check(b, keys=[K1_OTHER], now=NOW).why == "bad signature"
    assert verp.batv_check(b, keys=[K0], now=NOW).why == "unknown key"
    assert verp.batv_check(b.replace("=bounces@", "=someone@"), keys=[K1], now=NOW).why == "bad signature"
    tampered = b[:14] + ("0" if b[14] != "0" else "1") + b[15:]  # the last hex digit of SSSSSS
    assert verp.batv_check(tampered, keys=[K1], now=NOW).why == "bad signature"
    assert verp.batv_check("bounces@example.com", keys=[K1]).why == "no tag"
    assert verp.batv_check("bounces@example.com", keys=[K1]).recipient == "bounces@example.com"
    assert verp.batv_check("prvs=bounces/1234abcdef@example.com", keys=[K1]).why == "malformed"  # older form
    assert verp.batv_check("msprvs1=1234abcdef=bounces@example.com", keys=[K1]).why == "no tag"
    with pytest.raises(VerpError):
        verp.batv_sign(b, keys=[K1])
    with pytest.raises(VerpError):
        verp.batv_sign("not an address", keys=[K1])
    with pytest.raises(VerpError):
        verp.batv_sign("x" * 60 + "@example.com", keys=[K1])  # the local part would pass 64 octets
    with pytest.raises(VerpError):
        verp.batv_sign("bounces@example.com", keys=[K1], validity=-1)
    with pytest.raises(VerpError):
        verp.batv_sign("bounces@example.com", keys=[])


# -- properties ------------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.emails().filter(lambda a: address_problem(a) is None),
       st.sampled_from([DEFAULT, "ret-LOCAL=DOMAIN@*", "DOMAIN=LOCAL@*", "LOCAL-DOMAIN@*"]))
def test_check_of_sign_is_valid(address, pattern):
    store: dict[str, str] = {}
    bounce = "ret@bounces.example.com" if pattern.startswith("ret-") else BOUNCE
    if pattern[0] in "LD":
        bounce = None
        pattern = pattern.replace("@*", "@bounces.example.com")
    a = verp.sign(address, keys=[K0], pattern=pattern, bounce_address=bounce, now=NOW, remember=store.__setitem__)
    assert local_octets(a) <= 64 and address_problem(a) is None
    assert compile_verp(pattern).match(a)
    c = verp.check(a, keys=[K1, K0], patterns=[pattern], now=NOW, resolve=store.get)
    assert c.valid and c.recipient == address.lower(), (a, c)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_checks_never_raise(text):
    for value in (text, f"bounces+{text}=s0abcdefghijkl@x", f"bf.{text}@x", f"prvs={text}@x"):
        assert not verp.check(value, keys=[K0], patterns=[DEFAULT, "LOCAL-DOMAIN@*"], resolve=lambda d: text).valid
        assert not verp.check_message_id(value, keys=[K0], recipient=text).valid
        assert not verp.check_token(value, keys=[K0], recipient=text).valid
        assert not verp.batv_check(value, keys=[K0]).valid
