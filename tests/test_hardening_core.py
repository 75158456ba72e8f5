"""Issue 10, findings 3 and 4: the classification core in linear time, and never a traceback.

Finding 3: each text path that was quadratic (or worse) is timed on a large input, with a bound
far above what it takes now and far below what it took before (times on a 2-core machine, before
-> after, in the comments).  Where a pattern was rewritten, a test compares it with the pattern
it replaced on many random strings: same matches, so the same reports.

Finding 4: ``classify`` raised on a ``charset`` parameter with 8-bit bytes or NUL, on
``charset=idna`` / ``punycode``; the charset look-up now refuses every name it cannot use.
"""
from __future__ import annotations

import email.header
import random
import re
import time

import pytest

from filter import classify
from filter.core.detectors import autoreply, text
from filter.core.detectors.dsn import parse_fields
from filter.core.detectors.vendors import exchange
from filter.engine import message_digest
from filter.core.message import MAX_FIELD, MAX_TEXT, ParsedMessage, _strip_html, decode_bytes, decode_header


def _bounce(body: bytes, ctype: bytes = b"text/plain", extra: bytes = b"") -> bytes:
    return (b"From: MAILER-DAEMON@example.com\nTo: a@example.org\n"
            b"Subject: Undelivered Mail Returned to Sender\n" + extra
            + b"Content-Type: " + ctype + b"\n\n" + body)


def _timed(fn, *args) -> float:
    """Seconds one call takes; a call over half a second is timed twice more and the fastest run
    counts (a pause of a busy machine, or of the collector over the heap of the tests before, does
    not repeat; work that grows faster than its input is slow every time)."""
    runs: list[float] = []
    while len(runs) < 3:
        start = time.perf_counter()
        fn(*args)
        runs.append(time.perf_counter() - start)
        if runs[-1] < 0.5:
            break
    return min(runs)


# -- finding 4: inputs that raised --------------------------------------------------------------
CRASHERS = [
    ("charset with an 8-bit byte", b"From: a@b.example\nContent-Type: text/plain; charset=\xe9tf-8\n\nhello \xe9\n"),
    ("charset with NUL", b"From: a@b.example\nContent-Type: text/plain; charset=utf\x00-8\n\nhello \xe9\n"),
    ("charset ending in NUL", b"From: a@b.example\nContent-Type: text/plain; charset=utf-8\x00\n\nhello \xe9\x00\n"),
    ("charset=idna", b"From: a@b.example\nContent-Type: text/plain; charset=idna\n\nhello \xe9\n"),
    ("charset=punycode", b"From: a@b.example\nContent-Type: text/plain; charset=punycode\n\nhello \xe9\n"),
    ("charset=undefined", b"From: a@b.example\nContent-Type: text/plain; charset=undefined\n\nhello\n"),
    ("lines ending in NUL", _bounce(b"<a@b.example>: 550 5.1.1 user unknown\x00\x00\n\x00\n",
                                    b"text/plain; charset=us-ascii\x00")),
    ("encoded words in odd charsets", b"From: =?idna?Q?abc?= <a@b.example>\nSubject: =?punycode?B?w6k=?= "
                                      b"=?\xff?Q?x?= =?utf\x00-8?Q?y?=\n\nx\n"),
    ("RFC 2231 boundary in idna", b"From: a@b.example\nContent-Type: multipart/mixed; boundary*=idna''%FF%FE\n\n"
                                  b"--x\n\nhi\n"),
    ("nested RFC 2231 boundary in punycode",
     _bounce(b"--o\nContent-Type: multipart/alternative; boundary*=punycode''%FF\n\n--i\n\nx\n--o--\n",
             b"multipart/mixed; boundary=o")),
    ("a DSN part in charset=idna",
     _bounce(b"--o\nContent-Type: message/delivery-status; charset=idna\nContent-Transfer-Encoding: base64\n\n"
             b"RmluYWwtUmVjaXBpZW50OiByZmM4MjI7IGFAYi5leGFtcGxlCkFjdGlvbjogZmFpbGVkClN0YXR1czogNS4xLjEK\n--o--\n",
             b"multipart/report; report-type=delivery-status; boundary=o")),
]


@pytest.mark.parametrize("name,data", CRASHERS, ids=[c[0] for c in CRASHERS])
def test_classify_reads_what_used_to_raise(name, data):
    report = classify(data)
    report.to_dict()


@pytest.mark.parametrize("charset", ["idna", "punycode", "undefined", "unicode_escape", "raw-unicode-escape",
                                     "rot13", "base64", "\udce9tf-8", "utf\x00-8", "utf-8\x00", "x" * 300, "",
                                     "utf-8", "latin-1", "iso-2022-jp", "shift_jis", "nonsense"])
@pytest.mark.parametrize("data", [b"plain", b"caf\xe9", b"\xff\xfe\x00\x00", b"\x1b$B\x00\xff", b"xn--caf-dma",
                                  b"\\N{", b"\x00" * 5])
def test_decode_bytes_never_raises(charset, data):
    assert isinstance(decode_bytes(data, charset, []), str)


def test_an_unusable_charset_is_a_defect_and_the_text_is_still_read():
    report = classify(_bounce(b"<jo@example.net>: 550 5.1.1 user unknown\n", b"text/plain; charset=idna"))
    assert [r.address for r in report.recipients] == ["jo@example.net"]
    assert any("unknown charset 'idna'" in d for d in report.defects)


# -- finding 3: linear time ---------------------------------------------------------------------
def test_html_only_bounce_of_3_mb_with_unclosed_tags_under_a_second():
    # the acceptance; before: 96 KB took 4.9 s, 3 MB never finished; now ~0.2 s
    for body in (b"<html>" + b"<" * 3_000_000, b"<b" * 1_500_000, b"< br" * 750_000):
        data = _bounce(body, b"text/html")
        assert _timed(classify, data) < 1.0


def test_strip_html_is_unchanged_by_the_bound():
    ref_tag = re.compile(r"<[^>]*>")
    # (a line-breaking tag takes the source's own line break after it: one break, not two)
    ref_br = re.compile(r"(?i)<\s*(br|/p|/div|/tr|/h\d|li)\b[^>]*>(?:[ \t]*\r?\n)?")
    rnd = random.Random(3)
    pieces = ["<", ">", "<br>", "< br", "</p", "li", " ", "\n", "x", "&amp;", "<b>", "/div", "BR"]
    for _ in range(3000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        want = ref_tag.sub("", ref_br.sub("\n", s))
        for k, v in (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"), ("&quot;", '"'), ("&#39;", "'")):
            want = want.replace(k, v)
        assert _strip_html(s) == want, s


def test_100k_encoded_words_in_from_under_a_second():
    # before: 16.8 s (email.header.decode_header pops its words off the front of a list)
    for raw in (b"=?utf-8?B?YQ==?= " * 100_000 + b"<a@b.example>",  # 1.7 MB of words
                b"=?x?B?" * 100_000,  # words that never close
                b"=?utf-8?Q?a " * 100_000,
                b"=?a?Q?b?=" * 100_000):
        data = b"From: " + raw + b"\nSubject: " + raw + b"\n\nbody\n"
        assert _timed(classify, data) < 1.0
    assert _timed(decode_header, "=?utf-8?B?YQ==?= " * 100_000) < 1.0


def _reference_decode_header(value: str) -> str:  # what decode_header did with the stdlib
    raw = value
    if any("\udc80" <= c <= "\udcff" for c in raw):
        # (raw 8-bit header bytes, kept by the parser as surrogate escapes: read as UTF-8, else Windows-1252; RFC 6532)
        data = raw.encode("utf-8", "surrogateescape")
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            raw = data.decode("cp1252", "replace")
    if "=?" in raw:
        try:
            chunks = email.header.decode_header(raw)
            raw = "".join(decode_bytes(b, cs) if isinstance(b, bytes) else b for b, cs in chunks)
        except Exception:
            pass
    return " ".join(raw.split())


def test_decode_header_reads_encoded_words_as_the_stdlib_does():
    pieces = ["=?", "?=", "?", "=", "utf-8", "iso-8859-1", "Q", "B", "q", "b", "YWJj", "=C3=A9", "_", " ", "  ",
              "\n", "\n ", "\r\n ", "\t", "abc", "\udce9", "é", "=?utf-8?Q?a=C3=A9?=", "=?utf-8?B?w6k=?=",
              "=?iso-8859-1?q?caf=E9?=", "YQ", "=?x?B?", "\x00", "=?utf-8?B?!!?=", "\u2028", "\r"]
    rnd = random.Random(1)
    for _ in range(20000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 14)))
        assert decode_header(s) == _reference_decode_header(s), repr(s)


def test_a_subject_or_from_past_the_bound_is_cut_with_a_defect():
    msg = ParsedMessage(b"From: a@b.example\nSubject: " + b"x" * (MAX_FIELD + 10) + b"\n\nbody\n")
    assert len(msg.subject) == MAX_FIELD
    assert any("subject header cut" in d for d in msg.defects)
    msg = ParsedMessage(_bounce(b"y" * (MAX_TEXT + 10)))
    assert len(msg.body) == MAX_TEXT
    assert any("report text cut" in d for d in msg.defects)


def test_message_digest_of_a_header_folded_over_a_million_lines():
    # before: 41.7 s in the pipe (each folded line was added to a growing bytes value)
    data = b"From: a@b.example\nSubject: x\nTo: a\n" + b" b\n" * 1_000_000 + b"\nbody" + b" " * 1_000_000 + b"x\n"
    assert _timed(message_digest, data) < 5.0


def test_message_digest_unchanged():
    a = b"Message-ID: <1@x>\nTo: a,\n b,\n\tc\nSubject: hi  there\nReceived: x\n\nline  \r\nmore\t\n\n\n"
    b = b"Received: y\nSubject: hi there\nTo: a, b, c\nMessage-ID: <1@x>\n\nline\nmore\n"
    assert message_digest(a) == message_digest(b)
    assert message_digest(a) != message_digest(a.replace(b"more", b"mare"))
    assert message_digest(b"To: a\n\nx  y \n") != message_digest(b"To: a\n\nx y\n")


def test_dsn_field_folded_over_many_lines():
    # before: 2.9 s for 300k lines, 43 s for 1.2M (quadratic); now ~0.5 s for 600k
    data = _bounce(b"Final-Recipient: rfc822; a@b.example\nDiagnostic-Code: smtp; 550\n" + b" x\n" * 600_000,
                   b"message/delivery-status")
    assert _timed(classify, data) < 5.0
    fields = parse_fields("Reporting-MTA: dns; a\n  b\n\nFinal-Recipient: rfc822; x@y.example\nStatus: 5.1.1\n"
                          "Diagnostic-Code: smtp; 550\n more\n\tand more\nAction: failed\n folded action\n")
    assert fields == ({"reporting-mta": "dns; a b"},
                      [{"final-recipient": "rfc822; x@y.example", "status": "5.1.1",
                        "diagnostic-code": "smtp; 550 more and more", "action": "failed folded action"}])


def test_a_long_rule_before_a_marker_line():
    # before: over 60 s for a 1 MB line of dashes; now ~0.2 s
    assert _timed(classify, _bounce(b"--" * 500_000 + b"original")) < 2.0
    assert _timed(text.cut_original, "x\n" + "-" * 200_000 + "original message" + " " * 200_000 + "x") < 1.0


def test_exchange_x400_lines_without_an_address():
    # before: 25 s for 180 KB; now ~0.5 s
    data = _bounce(b"Your message did not reach the following recipients\nMSEXCH:IMS\n" + b"dda:SMTP=" * 20_000 + b"\n")
    assert _timed(classify, data) < 3.0


def test_blank_runs_in_unsubscribe_and_quoted_reply_patterns():
    # before: 1.7 s for an 8 KB subject of "Fwd: ", 2 s for 5,000 blank lines; now milliseconds
    assert _timed(autoreply._UNSUB_SUBJECT.match, "fwd: " * 1600 + "x") < 0.5
    assert _timed(autoreply._UNSUB_BODY.search, "\n" * 5000 + "x") < 0.5
    assert _timed(autoreply._UNSUB_BODY.search, "stop" + " " * 5000 + "x") < 0.5
    assert _timed(autoreply._QUOTED_REPLY.search, "\n" * 20000 + "x") < 0.5
    assert _timed(autoreply._WORLD_SUBJECT.match, "antw " + "\t" * 16000) < 0.5
    assert _timed(text._ID_LABEL.search, "msgid" + " " * 20000 + "x") < 0.5
    assert _timed(text._ID_LINE.match, "<" + "a@" * 20000 + " >") < 0.5


# The rewritten patterns against the ones they replaced: the same answers on random strings.
_OLD = {
    "marker": re.compile(
        r"^\s*(?:[-=_*]{2,}\s*)?(?:(?:the )?original message (?:follows|was (?:attached|included|returned)|"
        r"headers?|below|is attached)|original message\s*[-=:]*\s*$|-+ ?original message ?-+|"
        r"(?:the )?(?:returned|undelivered|unsent|attached) (?:message|mail)(?: follows| below)?\s*(?:[-=]+)?\s*$)",
        re.I),
    # (a few words may stand between the id's name and its colon: "Message-ID of the original message:")
    "id_label": re.compile(r"(?:(?:original[-_ ])?message[-_ ]?id|msg-?id|in-reply-to|references)"
                           r"(?:\s+[^\s:=<>@]+){0,7}?\s*[:=]?\s*[<\"'(\[]?\s*$", re.I),
    "id_line": re.compile(r"^\s*(?:<[^<>\s]+@[^<>\s]+>[\s,]*)+$"),
    "unsub_subject": re.compile(
        r"^\s*(?:(?:re|aw|fw|fwd)\s*:\s*)*(?:.*\b(?:please )?(?:unsubscribe|remove) me\b.*|unsubscribe|remove|stop|"
        r"opt[- ]?out|desinscri(?:re|pci[oó]n)|abbestellen|se d[ée]sabonner|配信停止)\s*[.!]*\s*$", re.I),
    "unsub_body": re.compile(r"^\s*(?:unsubscribe(?: me)?|remove me|stop|opt[- ]?out)\s*[.!]*\s*$", re.I | re.M),
    "x400": re.compile(r"(?im)^[^\n@]*?\bdda:SMTP=(\S+@[^;\s]+);?"),
}
_NEW_MARKER = re.compile(
    r"^\s*(?:[-=_*]{2,}+\s*)?(?:(?:the )?original message (?:follows|was (?:attached|included|returned)|"
    r"headers?|below|is attached)|original message\s*+[-=:]*+\s*+$|-+ ?original message ?-+|"
    r"(?<=[-=_*][-=_*]-) ?original message ?-+|"
    r"(?:the )?(?:returned|undelivered|unsent|attached) (?:message|mail)(?: follows| below)?\s*+[-=]*+\s*+$)", re.I)
_UNSUB_BODY_LINE = re.compile(r"^[^\S\n]*(?:unsubscribe(?: me)?|remove me|stop|opt[- ]?out)[^\S\n]*+[.!]*+[^\S\n]*+$",
                              re.I | re.M)

_CASES = [
    ("marker", lambda s: _NEW_MARKER.match(s), ["-", "=", "_", "*", " ", "original message", "Original Message",
                                                 "returned message", " follows", ":", "x", "\t", "-----", "\r"],
     lambda m: m and m.span()),
    ("id_label", text._ID_LABEL.search, ["message-id", "msgid", " ", "is", "was", ":", "=", "<", "\"", "x", "\t",
                                         "\n", "references", " is", "  "], lambda m: m and m.span()),
    ("id_line", text._ID_LINE.match, ["<", ">", "a", "@", " ", ",", "\t", "<a@b>", "@@", "b"], lambda m: m and m.span()),
    ("unsub_subject", autoreply._UNSUB_SUBJECT.match, ["re", "fw", "fwd", ":", " ", "\t", "\n", "unsubscribe", "remove",
                                                        "me", "please ", "stop", ".", "!", "x", "opt-out"],
     lambda m: m and m.span()),
    ("unsub_body", _UNSUB_BODY_LINE.search, ["\n", " ", "\t", "unsubscribe", " me", "remove me", "stop", ".", "!",
                                             "x", "\r"], bool),
]


@pytest.mark.parametrize("name,new,pieces,key", _CASES, ids=[c[0] for c in _CASES])
def test_rewritten_patterns_match_as_before(name, new, pieces, key):
    old = _OLD[name].search if name in ("id_label", "unsub_body") else _OLD[name].match
    rnd = random.Random(name)
    for _ in range(20000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        assert key(old(s)) == key(new(s)), repr(s)


def test_marker_pattern_in_the_module_is_the_one_tested():
    # the marker alternatives tested above are a part of the module's pattern
    assert "[-=_*]{2,}+" in text._ORIGINAL_MARKER.pattern
    assert "(?<=[-=_*][-=_*]-) ?original message ?-+" in text._ORIGINAL_MARKER.pattern
    assert _UNSUB_BODY_LINE.pattern.split("$")[0] in autoreply._UNSUB_BODY.pattern


def test_x400_lines_read_as_before():
    rnd = random.Random(5)
    pieces = ["dda:SMTP=", "DDA:smtp=", "@", "a", ";", " ", "\n", "x@y.z", "c=US;a= ;p=ORG;o=Site;", "\t", "-",
              "on date", "@;", "é", "_dda:SMTP="]
    for _ in range(20000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        assert exchange._x400_plain(s) == _OLD["x400"].sub(r"\1", s), repr(s)


# inputs that raised or took seconds before: the fuzz (tests/test_fuzz.py) starts from them too
REGRESSION_INPUTS: list[tuple[str, bytes]] = CRASHERS + [
    ("html unclosed", _bounce(b"<html>" + b"<" * 20_000, b"text/html")),
    ("encoded words", b"From: " + b"=?utf-8?B?YQ==?= " * 2000 + b"<a@b.example>\nSubject: =?x?B?=?x?B?\n\nx\n"),
    ("folded dsn", _bounce(b"Final-Recipient: rfc822; a@b.example\nDiagnostic-Code: smtp; 550\n" + b" x\n" * 2000,
                           b"message/delivery-status")),
    ("x400", _bounce(b"Your message did not reach the following recipients\nMSEXCH:IMS\n" + b"dda:SMTP=" * 200 + b"\n")),
    ("rule", _bounce(b"-" * 5000 + b"original\n")),
]
