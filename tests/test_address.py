"""Addresses: normalising, finding them in text, VERP, BATV and SRS."""
from __future__ import annotations

import pytest

from filter.core.address import decode_verp, find_all, normalize, unwrap


@pytest.mark.parametrize("raw, expected", [
    ("<User@Example.COM>", "User@example.com"),
    ("rfc822; jane@EXAMPLE.org", "jane@example.org"),
    ('"Jane Doe" <jane@example.org>', "jane@example.org"),
    ("mailto:jane@example.org", "jane@example.org"),
    ('"neko....nyaan...."@example.org', '"neko....nyaan...."@example.org'),
    ("not an address", None),
    ("@example.org", None),
    ("user@localhost", None),
    ("", None),
    (None, None),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_dotless_domains_only_when_asked():
    assert normalize("kijitora@mailhub0") is None
    assert normalize("kijitora@mailhub0", dotless=True) == "kijitora@mailhub0"


@pytest.mark.parametrize("wrapped, plain", [
    ("prvs=1234567890=jo@example.org", "jo@example.org"),   # BATV (draft-levine-smtp-batv)
    ("prvs=jo/1234567890@example.org", "jo@example.org"),   # older BATV form
    ("SRS0=HHH=TT=example.org=jo@forwarder.example", "jo@example.org"),
    ("SRS1=HHH=forwarder.example==HHH=TT=example.org=jo@second.example", "jo@example.org"),
    ("jo@example.org", "jo@example.org"),
])
def test_unwrap(wrapped, plain):
    assert unwrap(wrapped) == plain


def test_find_all_in_text():
    text = "Delivery to <a@x.example> and B@Y.EXAMPLE failed; see http://x.example/a@b and a@x.example again."
    assert find_all(text) == ["a@x.example", "B@y.example"]


@pytest.mark.parametrize("address, patterns, expected", [
    ("bounces+jo=example.org@lists.example", None, "jo@example.org"),
    ("<bounces+jo=example.org@lists.example>", None, "jo@example.org"),
    ("bounces+a=b=c@example.org@lists.example", None, None),   # not an address to begin with
    ("bounces+first.last=sub.example.co.uk@lists.example", None, "first.last@sub.example.co.uk"),
    ("ret-jo=example.org@news.example", ["ret-LOCAL=DOMAIN@*"], "jo@example.org"),
    ("ret-jo=example.org@news.example", None, None),            # default pattern does not apply
    ("bounces@lists.example", None, None),
])
def test_decode_verp(address, patterns, expected):
    assert decode_verp(address, patterns) == expected


def test_long_runs_without_their_at_sign_are_read_in_linear_time():
    """A match starts only where a run starts (filter/core/address.py): 100 KB of local-part characters
    without an "@", or before a lone full-width "＠", used to take seconds to minutes."""
    import time

    from filter import classify
    from filter.core.address import find_all

    for text in ("1." * 50_000 + "\uff20", "*" * 100_000, "recipient" + "*" * 100_000 + " x"):
        start = time.perf_counter()
        assert find_all(text) == []
        classify(("From: MAILER-DAEMON@x.example\nSubject: Undelivered Mail\n\n" + text).encode())
        assert time.perf_counter() - start < 2.0
    assert find_all("'bob@x.org', <jane.doe@example.com>") == ["bob@x.org", "jane.doe@example.com"]


@pytest.mark.parametrize("text, expected", [
    # an East Asian sentence written straight against the address, with no space or mark between
    ("pat@example.jp宛てのメールは配信できませんでした", ["pat@example.jp"]),
    ("pat@mail.example.co.jp様へのメール", ["pat@mail.example.co.jp"]),
    ("收件人pat@example.cn发送失败", ["pat@example.cn"]),
    ("user@example.kr에게 보낸 메일", ["user@example.kr"]),
    ("수신자user@example.kr 없음", ["user@example.kr"]),
    ("pat@例え.jp宛て", ["pat@例え.jp"]),
    # internationalised addresses stay whole: a UTF-8 local part, a domain in one script per label
    ("山田@例え.jp", ["山田@例え.jp"]),
    ("taro@例え.テスト", ["taro@例え.テスト"]),
    ("山田@example.jp", ["山田@example.jp"]),
])
def test_east_asian_words_glued_to_an_address(text, expected):
    assert find_all(text) == expected
