"""filter.trust.dkimcheck: our DKIM signature on the original a bounce returns, verified header-only.

A key pair is made with openssl for the session; messages are signed with dkimpy and wrapped in
the bounce shapes MTAs send (Postfix DSN with the whole original, RET=HDRS headers only, a cut
body, a pasted original), with CRLF and LF line ends (Postfix's pipe hands over LF-only mail).
"""
from __future__ import annotations

import base64
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

dkim = pytest.importorskip("dkim")

from filter.trust import dkimcheck as dc  # noqa: E402
from filter.trust.dkimcheck import DkimEvidence, DkimKey, check, returned_original  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")

SIGNED = [b"from", b"to", b"subject", b"message-id", b"date"]
TO = "Jane Doe <jane@example.org>"

ORIGINAL = (
    "From: Example News <news@example.com>\r\n"
    f"To: {TO}\r\n"
    "Subject: Your weekly news\r\n"
    "Message-ID: <20261201.abc@example.com>\r\n"
    "Date: Tue, 1 Dec 2026 10:00:00 +0000\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=us-ascii\r\n"
    "\r\n"
    + "".join(f"Line {i} of the newsletter, long enough to be worth cutting.\r\n" for i in range(40))
).encode()


class Keys:
    def __init__(self, tmp) -> None:
        self.private, self.pem = _keypair(tmp, "a", 1024)
        self.other_private, self.other_pem = _keypair(tmp, "b", 1024)
        self.small_private, self.small_pem = _keypair(tmp, "c", 512)
        self.pkcs1_pem = subprocess.run(
            ["openssl", "rsa", "-in", str(tmp / "a.key"), "-RSAPublicKey_out"],
            check=True, capture_output=True).stdout
        self.txt = dc.txt_record(self.pem)


def _keypair(tmp, name: str, bits: int) -> tuple[bytes, bytes]:
    key = tmp / f"{name}.key"
    subprocess.run(["openssl", "genrsa", "-out", str(key), str(bits)], check=True, capture_output=True)
    pub = subprocess.run(["openssl", "rsa", "-in", str(key), "-pubout"], check=True, capture_output=True).stdout
    return key.read_bytes(), pub


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> Keys:
    return Keys(tmp_path_factory.mktemp("dkimkeys"))


def sign(message: bytes, private: bytes, domain: bytes = b"example.com", selector: bytes = b"s1",
         canonicalize=(b"relaxed", b"simple")) -> bytes:
    return dkim.sign(message, selector, domain, private, canonicalize=canonicalize,
                     include_headers=SIGNED) + message


def dsn(original: bytes | None, *, headers_only: bool = False, lf: bool = False,
        cte: str = "8bit") -> bytes:
    """A Postfix-shaped multipart/report bounce around ``original`` (CRLF), LF-only if asked."""
    b = "3F2B1C0A5D.1764583200/mx.example.net"
    head = (
        "Return-Path: <>\r\n"
        "Received: by mx.example.net (Postfix) id 3F2B1C0A5D; Tue,  1 Dec 2026 10:00:05 +0000 (UTC)\r\n"
        "Date: Tue,  1 Dec 2026 10:00:05 +0000 (UTC)\r\n"
        "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "To: bounces+jane=example.org@example.com\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{b}\"\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "Message-Id: <20261201100005.3F2B1C0A5D@mx.example.net>\r\n"
        "\r\n"
        "This is a MIME-encapsulated message.\r\n"
        "\r\n"
        f"--{b}\r\n"
        "Content-Description: Notification\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "This is the mail system at host mx.example.net.\r\n"
        "\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n"
        "\r\n"
        "<jane@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown\r\n"
        "\r\n"
        f"--{b}\r\n"
        "Content-Description: Delivery report\r\n"
        "Content-Type: message/delivery-status\r\n"
        "\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n"
        "Arrival-Date: Tue,  1 Dec 2026 10:00:01 +0000 (UTC)\r\n"
        "\r\n"
        "Final-Recipient: rfc822; jane@example.org\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"
        "\r\n"
    ).encode()
    out = head
    if original is not None:
        ctype = "text/rfc822-headers" if headers_only else "message/rfc822"
        desc = "Undelivered Message Headers" if headers_only else "Undelivered Message"
        body = original
        if cte == "base64":
            body = base64.encodebytes(original).replace(b"\n", b"\r\n")
        # Postfix puts its own Received line above the returned headers
        received = (b"Received: from app.example.com (app.example.com [192.0.2.10])\r\n"
                    b"\tby mx.example.net (Postfix) with ESMTP id 3F2B1C0A5D\r\n")
        out += (f"--{b}\r\nContent-Description: {desc}\r\nContent-Type: {ctype}\r\n"
                f"Content-Transfer-Encoding: {cte}\r\n\r\n").encode()
        out += (body if cte == "base64" else received + body)
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    out += f"\r\n--{b}--\r\n".encode()
    return out.replace(b"\r\n", b"\n") if lf else out


def headers_of(message: bytes) -> bytes:
    return message.split(b"\r\n\r\n", 1)[0] + b"\r\n"


def local(keys: Keys, form: str = "pem", selector: str | None = "s1") -> list[DkimKey]:
    value = {"pem": keys.pem, "txt": keys.txt, "pkcs1": keys.pkcs1_pem}[form]
    return [DkimKey("example.com", selector, value)]


# -- the full original, a cut one, headers only -------------------------------------------------

@pytest.mark.parametrize("lf", [False, True], ids=["crlf", "lf"])
@pytest.mark.parametrize("form", ["pem", "txt", "pkcs1"])
def test_full_original_valid_body_ok(keys, lf, form):
    bounce = dsn(sign(ORIGINAL, keys.private), lf=lf)
    original = returned_original(bounce)
    assert original is not None and original.startswith(b"Received: from app.example.com")
    assert (b"\r\n" in original) is not lf
    ev = check(original, keys=local(keys, form))
    assert ev == DkimEvidence(True, "valid", "example.com", "s1", "ok", ev.signed)
    assert ev.signed["to"] == TO
    assert ev.signed["from"] == "Example News <news@example.com>"
    assert ev.signed["subject"] == "Your weekly news"
    assert ev.signed["message-id"] == "<20261201.abc@example.com>"
    assert ev.signed["date"] == "Tue, 1 Dec 2026 10:00:00 +0000"
    assert "cc" not in ev.signed  # not signed (and not present)


@pytest.mark.parametrize("lf", [False, True], ids=["crlf", "lf"])
def test_body_cut_in_half_still_valid_body_mismatch(keys, lf):
    signed = sign(ORIGINAL, keys.private)
    bounce = dsn(signed[:len(signed) - len(ORIGINAL) // 4], lf=lf)
    ev = check(returned_original(bounce), keys=local(keys))
    assert ev.valid and ev.why == "valid"
    assert ev.body == "mismatch"
    assert ev.signed["to"] == TO


@pytest.mark.parametrize("lf", [False, True], ids=["crlf", "lf"])
def test_rfc822_headers_only(keys, lf):
    bounce = dsn(headers_of(sign(ORIGINAL, keys.private)), headers_only=True, lf=lf)
    original = returned_original(bounce)
    assert original is not None and b"Newsletter" not in original
    ev = check(original, keys=local(keys, "txt"))
    assert ev.valid and ev.body == "not checked"
    assert ev.signed["to"] == TO


@pytest.mark.parametrize("canon", [(b"simple", b"simple"), (b"relaxed", b"relaxed")], ids=["simple", "relaxed"])
@pytest.mark.parametrize("lf", [False, True], ids=["crlf", "lf"])
def test_canonicalizations_and_line_ends(keys, canon, lf):
    bounce = dsn(sign(ORIGINAL, keys.private, canonicalize=canon), lf=lf)
    ev = check(returned_original(bounce), keys=local(keys))
    assert ev.valid and ev.body == "ok"


def test_signed_over_lf_only_verifies_in_crlf(keys):
    """dkimpy reads either line end and hashes CRLF: a message signed LF-only verifies either way."""
    lf_message = ORIGINAL.replace(b"\r\n", b"\n")
    signed = dkim.sign(lf_message, b"s1", b"example.com", keys.private, include_headers=SIGNED,
                       linesep=b"\n") + lf_message
    assert b"\r" not in signed
    for original in (signed, signed.replace(b"\n", b"\r\n")):
        ev = check(original, keys=local(keys))
        assert ev.valid and ev.body == "ok"


def test_base64_encoded_message_rfc822(keys):
    """RFC 2046 forbids encoding message/rfc822; some MTAs do it anyway."""
    bounce = dsn(sign(ORIGINAL, keys.private), cte="base64")
    ev = check(returned_original(bounce), keys=local(keys))
    assert ev.valid and ev.body == "ok"


def test_original_over_limit_is_cut_headers_still_verify(keys):
    big = ORIGINAL + b"x" * 75 + b"\r\n"
    big += (b"y" * 76 + b"\r\n") * (dc.MAX_ORIGINAL // 78 + 10)
    signed = sign(big, keys.private)
    assert len(signed) > dc.MAX_ORIGINAL
    ev = check(signed, keys=local(keys))
    assert ev.valid and ev.body == "mismatch"


# -- what must not verify -----------------------------------------------------------------------

@pytest.mark.parametrize("lf", [False, True], ids=["crlf", "lf"])
def test_to_tampered_is_invalid(keys, lf):
    signed = sign(ORIGINAL, keys.private).replace(b"jane@example.org", b"victim@example.org")
    ev = check(returned_original(dsn(signed, lf=lf)), keys=local(keys))
    assert not ev.valid and ev.why == "bad signature"
    assert ev.domain == "example.com" and ev.signed == {}
    assert ev.body == "ok"  # the body hash is checked first, and matched


def test_tampered_headers_only_is_invalid(keys):
    signed = headers_of(sign(ORIGINAL, keys.private)).replace(b"weekly news", b"weekly newz")
    ev = check(returned_original(dsn(signed, headers_only=True)), keys=local(keys))
    assert not ev.valid and ev.why == "bad signature"


def test_unsigned_to_added_above_is_ignored(keys):
    """A To inserted above the signed one keeps the signature valid; only the signed one is reported."""
    signed = sign(ORIGINAL, keys.private)
    forged = b"To: victim@example.org\r\n" + signed
    ev = check(forged, keys=local(keys))
    assert ev.valid and ev.signed["to"] == TO


def test_to_added_below_breaks_the_signature(keys):
    signed = sign(ORIGINAL, keys.private)
    forged = signed.replace(b"MIME-Version: 1.0\r\n", b"MIME-Version: 1.0\r\nTo: victim@example.org\r\n")
    assert not check(forged, keys=local(keys)).valid


def test_signature_of_another_domain(keys):
    bounce = dsn(sign(ORIGINAL, keys.private, domain=b"example.net"))
    ev = check(returned_original(bounce), keys=local(keys))
    assert ev == DkimEvidence(False, "no signature of ours")


def test_subdomain_is_not_ours(keys):
    bounce = dsn(sign(ORIGINAL, keys.private, domain=b"mail.example.com"))
    assert check(returned_original(bounce), keys=local(keys)).why == "no signature of ours"


def test_key_for_another_selector(keys):
    bounce = dsn(sign(ORIGINAL, keys.private))
    ev = check(returned_original(bounce), keys=[DkimKey("example.com", "s2", keys.pem)])
    assert not ev.valid and ev.why == "no signature of ours"


def test_wrong_public_key_for_the_selector(keys):
    bounce = dsn(sign(ORIGINAL, keys.private))
    ev = check(returned_original(bounce), keys=[DkimKey("example.com", "s1", keys.other_pem)])
    assert not ev.valid and ev.why == "bad signature"


def test_key_too_small(keys):
    bounce = dsn(sign(ORIGINAL, keys.small_private))
    ev = check(returned_original(bounce), keys=[DkimKey("example.com", "s1", keys.small_pem)])
    assert not ev.valid and ev.why == "bad key"


def test_unparsable_public_key(keys):
    bounce = dsn(sign(ORIGINAL, keys.private))
    for bad in (b"v=DKIM1; k=rsa; p=AAAA", b"-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----\n",
                b"v=DKIM1; k=rsa; p="):
        ev = check(returned_original(bounce), keys=[DkimKey("example.com", "s1", bad)])
        assert not ev.valid and ev.why in ("bad key", "key not found"), bad


def test_no_original():
    bounce = dsn(None)
    assert returned_original(bounce) is None
    assert check(returned_original(bounce) or b"", keys=[DkimKey("example.com")]) == \
        DkimEvidence(False, "no returned original")
    assert check(None, keys=[DkimKey("example.com")]).why == "no returned original"


def test_original_without_signature(keys):
    ev = check(returned_original(dsn(ORIGINAL)), keys=local(keys))
    assert ev == DkimEvidence(False, "no signature of ours")


@pytest.mark.parametrize("garbage", [
    b"\x00\xff\xfe garbage \x80\x81",
    b"\n\n\n",
    b" continuation first\r\nDKIM-Signature: v=1; d=example.com; s=s1\r\n\r\n",
    b"DKIM-Signature: v=1; d=example.com; s=s1; garbage\r\n\r\nbody",
    b"DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; bh=AAAA; b=!!\r\nFrom: a\r\n\r\n",
    b"DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; bh=AAAA; b=AAAA\r\n\x80\xff: x\r\n\r\n",
    b"Content-Type: multipart/report; boundary=x\r\n\r\n--x\r\nContent-Type: message/rfc822\r\n\r\n\xff\xfe\x00",
])
def test_garbage_never_raises(keys, garbage):
    original = returned_original(garbage)
    for data in (garbage, original):
        ev = check(data, keys=local(keys))
        assert isinstance(ev, DkimEvidence) and not ev.valid


def test_signature_of_ours_malformed(keys):
    sig = b"DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; b=AAAA\r\n"  # no bh=
    ev = check(sig + ORIGINAL, keys=local(keys))
    assert not ev.valid and ev.why == "malformed" and ev.domain == "example.com"


def test_signature_from_the_future(keys, monkeypatch):
    """t= more than dkimpy's 10 h slop ahead (a signer with a broken clock) is no evidence."""
    import time
    now = time.time()
    monkeypatch.setattr(dkim.time, "time", lambda: now + 86400)
    signed = sign(ORIGINAL, keys.private)
    monkeypatch.undo()
    ev = check(signed, keys=local(keys))
    assert not ev.valid and ev.why == "malformed"


# -- keys from DNS ------------------------------------------------------------------------------

def test_key_from_dnsfunc(keys):
    asked = []

    def dnsfunc(name, timeout=5):
        asked.append((name, timeout))
        return keys.txt if name == b"s1._domainkey.example.com." else None

    bounce = dsn(sign(ORIGINAL, keys.private))
    ev = check(returned_original(bounce), keys=[DkimKey("example.com")], dnsfunc=dnsfunc, timeout=2.5)
    assert ev.valid and ev.selector == "s1"
    assert asked[0] == (b"s1._domainkey.example.com.", 2.5)
    assert len(asked) == 1  # verify_sig's own lookup is answered from the cache


def test_dns_no_key_and_dns_failure(keys):
    bounce = dsn(sign(ORIGINAL, keys.private))
    original = returned_original(bounce)
    ev = check(original, keys=[DkimKey("example.com")], dnsfunc=lambda name, timeout=5: None)
    assert not ev.valid and ev.why == "key not found"

    def broken(name, timeout=5):
        raise dkim.DnsTimeoutError("timed out")
    ev = check(original, keys=[DkimKey("example.com")], dnsfunc=broken)
    assert not ev.valid and ev.why == "dns error"


def test_local_key_preferred_and_falls_back(keys):
    """Two keys for the domain: a stale local one and DNS; the one that verifies wins."""
    bounce = dsn(sign(ORIGINAL, keys.private))
    ev = check(returned_original(bounce),
               keys=[DkimKey("example.com", "s1", keys.other_pem), DkimKey("example.com")],
               dnsfunc=lambda name, timeout=5: keys.txt)
    assert ev.valid


# -- several signatures -------------------------------------------------------------------------

def test_foreign_signature_first_then_ours(keys):
    ours = sign(ORIGINAL, keys.private)
    both = dkim.sign(ours, b"esp", b"esp.example.net", keys.other_private, include_headers=SIGNED) + ours
    ev = check(both, keys=local(keys))
    assert ev.valid and ev.domain == "example.com"


def test_bad_signature_of_ours_then_good_one(keys):
    good = sign(ORIGINAL, keys.private)
    bad = dkim.sign(ORIGINAL, b"s1", b"example.com", keys.other_private, include_headers=SIGNED)
    ev = check(bad + good, keys=local(keys))
    assert ev.valid


def test_at_most_five_signatures_of_ours_tried(keys):
    good = sign(ORIGINAL, keys.private)
    bad = dkim.sign(ORIGINAL, b"s1", b"example.com", keys.other_private, include_headers=SIGNED)
    ev = check(bad * dc.MAX_SIGNATURES + good, keys=local(keys))
    assert not ev.valid and ev.why == "bad signature"
    assert check(bad * (dc.MAX_SIGNATURES - 1) + good, keys=local(keys)).valid


# -- unicode and 8-bit headers ------------------------------------------------------------------

def test_8bit_and_encoded_word_headers(keys):
    message = (
        "From: =?utf-8?q?B=C3=BCcherei?= <news@example.com>\r\n"
        "To: Jürgen Müller <juergen@example.org>\r\n"
        "Subject: Grüße aus Köln ✓\r\n"
        "Message-ID: <u@example.com>\r\n"
        "Date: Tue, 1 Dec 2026 10:00:00 +0000\r\n"
        "\r\n"
        "Hallo\r\n"
    ).encode("utf-8")
    bounce = dsn(sign(message, keys.private)).replace(b"message/rfc822", b"message/global")
    ev = check(returned_original(bounce), keys=local(keys))
    assert ev.valid and ev.body == "ok"
    assert ev.signed["to"] == "Jürgen Müller <juergen@example.org>"
    assert ev.signed["from"] == "Bücherei <news@example.com>"
    assert ev.signed["subject"] == "Grüße aus Köln ✓"


def test_latin1_header_does_not_crash(keys):
    message = ORIGINAL.replace(b"Your weekly news", "Grüße".encode("latin-1"))
    ev = check(sign(message, keys.private), keys=local(keys))
    assert ev.valid and ev.signed["subject"] == "Grüße"


def test_folded_to_is_unfolded(keys):
    message = ORIGINAL.replace(f"To: {TO}".encode(), b"To: Jane Doe <jane@example.org>,\r\n\tJohn Roe <john@example.org>")
    ev = check(sign(message, keys.private), keys=local(keys))
    assert ev.valid and ev.signed["to"] == "Jane Doe <jane@example.org>, John Roe <john@example.org>"


# -- originals pasted into a text part ----------------------------------------------------------

def _pasted_bounce(original: bytes, prefix: bytes = b"", lf: bool = False) -> bytes:
    quoted = b"".join(prefix + line if line.strip() else prefix.rstrip() + b"\r\n"
                      for line in original.splitlines(keepends=True))
    out = (b"From: MAILER-DAEMON@mx.example.net\r\nTo: bounces@example.com\r\n"
           b"Subject: failure notice\r\n\r\n"
           b"Hi. This is the qmail-send program at mx.example.net.\r\n"
           b"I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\r\n"
           b"<jane@example.org>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"
           b"--- Below this line is a copy of the message.\r\n\r\n"
           + prefix + b"Return-Path: <bounces@example.com>\r\n"
           + quoted)
    return out.replace(b"\r\n", b"\n") if lf else out


@pytest.mark.parametrize("lf", [False, True], ids=["crlf", "lf"])
@pytest.mark.parametrize("prefix", [b"", b"> ", b"    "], ids=["plain", "quoted", "indented"])
def test_pasted_original(keys, prefix, lf):
    bounce = _pasted_bounce(sign(ORIGINAL, keys.private), prefix, lf)
    original = returned_original(bounce)
    assert original is not None and original.startswith(b"Return-Path: <bounces@example.com>")
    ev = check(original, keys=local(keys))
    assert ev.valid and ev.signed["to"] == TO
    assert ev.body == "ok"  # the quote prefix is removed from the body too


def test_pasted_headers_only(keys):
    bounce = _pasted_bounce(headers_of(sign(ORIGINAL, keys.private))) + b"\r\n--- end of copy\r\n"
    ev = check(returned_original(bounce), keys=local(keys))
    assert ev.valid and ev.body == "mismatch"


def test_bounce_own_signature_is_not_the_original(keys):
    """The reporting MTA's signature on the bounce itself is no returned original."""
    bounce = sign(b"From: MAILER-DAEMON@example.com\r\nTo: x@example.com\r\nSubject: x\r\n"
                  b"Message-ID: <b@x>\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\n\r\nno copy\r\n", keys.private)
    assert returned_original(bounce) is None


# -- the key record -----------------------------------------------------------------------------

def test_txt_record_forms(keys):
    txt = dc.txt_record(keys.pem)
    assert txt.startswith(b"v=DKIM1; k=rsa; p=MI")
    assert dc.txt_record(txt) == txt
    assert dc.txt_record(txt.decode()) == txt
    assert dc.txt_record(txt.split(b"p=")[1]) == txt  # bare base64
    assert dc.txt_record(keys.pkcs1_pem).startswith(b"v=DKIM1; k=rsa; p=MI")
    ed = b"-----BEGIN PUBLIC KEY-----\n" + base64.b64encode(
        bytes.fromhex("302a300506032b6570032100") + bytes(32)) + b"\n-----END PUBLIC KEY-----\n"
    assert dc.txt_record(ed) == b"v=DKIM1; k=ed25519; p=" + base64.b64encode(bytes(32))


def test_import_does_not_load_dkimpy():
    code = "import sys, filter.trust.dkimcheck; assert 'dkim' not in sys.modules; assert 'filter.core.mime' not in sys.modules"
    subprocess.run([__import__("sys").executable, "-c", code], check=True)


# -- fuzz ---------------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600), st.integers(min_value=0, max_value=2000))
def test_fuzz_never_raises(keys, noise, cut):
    signed = dsn(sign(ORIGINAL, keys.private))
    for data in (noise, signed[:cut] + noise, noise + signed[cut:]):
        original = returned_original(data)
        assert original is None or isinstance(original, bytes)
        ev = check(data, keys=local(keys))
        assert isinstance(ev, DkimEvidence)
        if original is not None:
            assert isinstance(check(original, keys=local(keys)), DkimEvidence)
