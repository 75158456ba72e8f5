"""Issue 10, findings 1 and 12 (addresses): one address rule for the whole project, and every
writer (access map, CSV, plain list, terminal, log) escapes or refuses.

The forged DSNs are built here: RFC 6533 ``\\x{..}`` escapes in a ``utf-8`` Final-Recipient put
CR, LF, TAB, ESC into the address the DSN detector decodes.  Through the real classifier, the
engine and the real CLI, none of them may reach the Postfix access map, the CSV, the terminal or a
log line raw.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from filter import classify
from filter.engine.actions import Context, Permanent, create
from filter.engine.actions.suppression_file import ListFile
from filter.core.address import AddressError, address_problem, check_address, json_printable, printable, valid_address
from filter.config import loads
from filter.engine import Engine
from filter.store.sqlite import Store

REPO = Path(__file__).resolve().parents[1]
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202e\ufffd]")


def dsn(*final_recipients: str, subject: str = "Undelivered Mail Returned to Sender", mid: str = "f1") -> bytes:
    blocks = "".join(f"Final-Recipient: {fr}\nAction: failed\nStatus: 5.1.1\n"
                     f"Diagnostic-Code: smtp; 550 5.1.1 user unknown\n\n" for fr in final_recipients)
    return (f"""From: MAILER-DAEMON@mx.example.org
To: bounces@sender.example
Subject: {subject}
Date: Mon, 01 Jul 2024 10:00:00 +0000
Message-ID: <{mid}@mx.example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Delivery failed.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

{blocks}--B
Content-Type: text/rfc822-headers

From: news@sender.example
To: someone@x.example
Subject: =?utf-8?b?aGVsbG8bXTUyO2M7WlhacGJBPT0HIMKdIMKFIG5leHQ=?=
Message-ID: <orig-{mid}@sender.example>

--B--
""").encode("utf-8")


# the forged DSN of finding 1: CR LF (and TAB) in an address make extra access(5) lines
FORGED_MAP = dsn(r"utf-8; victim@x.example\x{0D}\x{0A}gmail.com OK",
                 r"utf-8; other@x.example\x{0A}example.net\x{09}REJECT",
                 r"utf-8; esc@x.example\x{1B}]52;c;ZXZpbA==\x{07}",
                 "rfc822; real@x.example")
# addresses a spreadsheet would evaluate (each a valid address)
FORMULAS = dsn("rfc822; =1+2@x.example", "rfc822; -2+3@x.example", "rfc822; +1@x.example", mid="f2")


def cli(*args, stdin=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, cwd=REPO,
                          input=stdin, env=dict(os.environ), timeout=120)


def write_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(f"""\
state_dir: {tmp_path / 'state'}
actions:
  map: {{type: suppression_file, path: {tmp_path / 'suppressed'}, format: postfix}}
  sheet: {{type: suppression_file, path: {tmp_path / 'suppressed.csv'}, format: csv}}
  events: {{type: log, path: {tmp_path / 'events.jsonl'}}}
rules:
  - {{match: {{event: bounce, class: hard}}, actions: [suppress, events]}}
""")
    return cfg


def process(cfg: Path, tmp_path: Path, *messages: bytes) -> None:
    for i, m in enumerate(messages):
        p = tmp_path / f"m{i}.eml"
        p.write_bytes(m)
        r = cli("process", "--config", str(cfg), str(p))
        assert r.returncode == 0, r.stderr


def map_lines(text: str) -> list[str]:
    return [x for x in text.splitlines() if x and not x.startswith("#")]


# -- finding 1 end to end --------------------------------------------------------------------------
def test_forged_dsn_injects_no_access_map_line(tmp_path):
    cfg = write_config(tmp_path)
    process(cfg, tmp_path, FORGED_MAP)
    r = cli("suppression", "export", "--format", "postfix", "--config", str(cfg))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("utf-8")
    lines = map_lines(out)
    # one line per real address, each a key that is a whole address: no 'gmail.com OK' line,
    # no 'example.net REJECT' line, no line that starts with blank space (a continuation)
    assert lines == ["real@x.example REJECT 5.1.1 suppressed: user_unknown"], out
    assert not CONTROL.search(out) and "\t" not in out
    # the file the action keeps is the same
    assert map_lines((tmp_path / "suppressed").read_text()) == lines
    # and the store never held the forged addresses
    with Store(tmp_path / "state" / "bouncefilter.db") as s:
        assert [x["address"] for x in s.suppressed()] == ["real@x.example"]


def test_forged_dsn_terminal_output_has_no_raw_controls(tmp_path):
    cfg = write_config(tmp_path)
    process(cfg, tmp_path, FORGED_MAP)
    listed = cli("suppression", "list", "--config", str(cfg)).stdout.decode("utf-8")
    assert listed == "real@x.example\n"
    long = cli("suppression", "list", "--long", "--config", str(cfg)).stdout.decode("utf-8")
    assert not CONTROL.search(long)
    events = cli("events", "--config", str(cfg)).stdout.decode("utf-8")
    assert "\x1b" not in events and not CONTROL.search(events), events
    payloads = [json.loads(x) for x in events.splitlines()]
    bounces = [p for p in payloads if p["event"] == "bounce"]
    # nothing is lost: one bounce event per recipient, the refused ones without an address
    assert len(bounces) == 4
    refused = [p["recipient"] for p in bounces if p["recipient"]["address"] is None]
    assert len(refused) == 3
    assert all(r["address_refused"]["why"] for r in refused)
    assert any(r["address_refused"]["address"] == "victim@x.example\\x0d\\x0agmail.com ok" for r in refused)
    # the subject with ESC ] 52 (OSC 52: write the clipboard), C1 OSC and NEL reads back intact
    subject = payloads[0]["original"]["subject"]
    assert subject.startswith("hello\x1b]52;c;ZXZpbA==\x07 \x9d") and subject.endswith("next")
    # the log action's lines: one line per event, no raw control either
    log = (tmp_path / "events.jsonl").read_text(encoding="utf-8")
    hard = [p for p in payloads if p["event"] == "bounce" and p["recipient"]["class"] == "hard"]
    assert len(log.splitlines()) == len(hard) == 4
    assert not CONTROL.search(log) and "\r" not in log


def test_forged_dsn_classify_output_carries_no_raw_control(tmp_path):
    report = classify(FORGED_MAP)
    assert [r.address for r in report.recipients] == [None, None, None, "real@x.example"]
    assert all(r.address_refused for r in report.recipients[:3])
    assert sum("recipient address refused" in d for d in report.defects) == 3
    p = tmp_path / "forged.eml"
    p.write_bytes(FORGED_MAP)
    for fmt in ("json", "text"):
        out = cli("classify", "--format", fmt, str(p)).stdout.decode("utf-8")
        assert "\r" not in out and "\x1b" not in out and "gmail.com" not in out.replace("\\x0agmail.com", ""), out


def test_refused_recipient_is_recorded_but_never_suppressed_or_counted(tmp_path):
    cfg = loads(f"state_dir: {tmp_path / 'state'}\nsoft_bounce: {{threshold: 1}}\n", env={}, base=tmp_path)
    soft = FORGED_MAP.replace(b"Status: 5.1.1", b"Status: 4.2.2").replace(b"550 5.1.1 user unknown",
                                                                          b"452 4.2.2 mailbox full")
    with Engine(cfg) as e:
        out = e.process(FORGED_MAP, source="test", inline_budget=0)
        assert out.new >= 4
        ids = [p["id"] for p in out.events if p["event"] == "bounce"]
        assert len(set(ids)) == 4  # three refused recipients are three events, not one
        assert [r["address"] for r in e.store.suppressed()] == ["real@x.example"]
        e.process(soft, source="test", inline_budget=0)
        assert all(check_address(r["address"]) for r in e.store.suppressed())
        n = e.store.db.execute("SELECT count(*) FROM soft_bounces WHERE address LIKE '%gmail%'").fetchone()[0]
        assert n == 0
        assert e.store.db.execute("SELECT count(*) FROM events WHERE address LIKE '%gmail%'").fetchone()[0] == 0


# -- CSV formula injection ------------------------------------------------------------------------
def test_csv_export_neutralises_formula_cells(tmp_path):
    cfg = write_config(tmp_path)
    process(cfg, tmp_path, FORMULAS)
    r = cli("suppression", "add", "plain@x.example", "--reason", '=HYPERLINK("http://evil.example")',
            "--config", str(cfg))
    assert r.returncode == 0, r.stderr
    out = cli("suppression", "export", "--format", "csv", "--config", str(cfg)).stdout.decode("utf-8")
    rows = list(csv.reader(io.StringIO(out)))[1:]
    cells = [c for row in rows for c in row]
    assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], out
    assert sorted(row[0] for row in rows) == ["'+1@x.example", "'-2+3@x.example", "'=1+2@x.example",
                                              "plain@x.example"]
    assert ["plain@x.example", '\'=HYPERLINK("http://evil.example")'] in [row[:2] for row in rows]
    # the CSV file the action keeps: the same cells, and reading it back gives the addresses
    sheet = (tmp_path / "suppressed.csv").read_text()
    assert "\n=" not in sheet and "\n+" not in sheet and "\n-" not in sheet
    lf = ListFile(tmp_path / "suppressed.csv", "csv")
    assert sorted(lf.read()) == ["+1@x.example", "-2+3@x.example", "=1+2@x.example", "plain@x.example"]


# -- rows an older version let in: every writer escapes or refuses ---------------------------------
LEGACY = ["victim@x.example\r\ngmail.com ok", "esc\x1b]52;c;ZXZpbA==\x07@x.example", "csi\x9b2j@x.example",
          "../../etc/x@y.example"]


def test_rows_in_the_store_from_before_the_rule_are_escaped_or_left_out(tmp_path):
    cfg = write_config(tmp_path)
    process(cfg, tmp_path, dsn("rfc822; real@x.example"))
    db = sqlite3.connect(tmp_path / "state" / "bouncefilter.db")
    with db:
        db.executemany("INSERT INTO suppression (address, reason, class, kind, policy, event_id, first_seen,"
                       " last_seen) VALUES (?, 'user_unknown\nevil.example OK', 'hard', 'failed', 'rule', NULL, 0, 0)",
                       [(a,) for a in LEGACY])
    db.close()
    listed = cli("suppression", "list", "--config", str(cfg)).stdout.decode("utf-8")
    assert len(listed.splitlines()) == 5 and not CONTROL.search(listed), listed
    assert "victim@x.example\\x0d\\x0agmail.com ok" in listed.splitlines()
    assert "esc\\x1b]52;c;ZXZpbA==\\x07@x.example" in listed.splitlines()
    long = cli("suppression", "list", "--long", "--config", str(cfg)).stdout.decode("utf-8")
    assert len(long.splitlines()) == 5 and not CONTROL.search(long)
    assert {json.loads(x)["address"] for x in long.splitlines()} == {"real@x.example", *LEGACY}
    for fmt in ("postfix", "plain", "csv"):
        r = cli("suppression", "export", "--format", fmt, "--config", str(cfg))
        assert r.returncode == 0
        out = r.stdout.decode("utf-8")
        assert "gmail" not in out and "etc" not in out and not CONTROL.search(out), (fmt, out)
        assert r.stderr.decode().count("left out") == 4
    # a suppression_file action refuses them too, and the map line's reason text stays one line
    r = cli("suppression", "export", "--format", "postfix", "--config", str(cfg))
    assert map_lines(r.stdout.decode()) == ["real@x.example REJECT 5.1.1 suppressed: user_unknown"]
    # remove still works for such a row, and prints it escaped
    r = cli("suppression", "remove", "csi\x9b2j@x.example", "--config", str(cfg))
    assert r.returncode == 0 and "unsuppressed" in r.stdout.decode() and "\x9b" not in r.stdout.decode()


def test_postfix_map_reason_cannot_break_the_line(tmp_path):
    lf = ListFile(tmp_path / "m", "postfix")
    line = lf.render({"address": "a@x.example", "reason": "x\ngmail.com OK\r\tz"})
    assert "\n" not in line and "\r" not in line and "\t" not in line
    assert line.startswith("a@x.example REJECT 5.1.1 suppressed: ")
    with pytest.raises(ValueError):
        lf.render({"address": "a@x.example\ngmail.com", "reason": "x"})


# -- ways in: suppression add, the store, the engine, list files read back ------------------------
@pytest.mark.parametrize("bad, why", [("a@x.example\r\ngmail.com OK", "control character U+000D"),
                                      ("../../etc/x@y.example", "path"), ("a\x01b@x.example", "U+0001"),
                                      ("x" * 65 + "@x.example", "65 octets"), ("a@-x.example", "'-'"),
                                      ("a b@x.example", "whitespace")])
def test_suppression_add_refuses_and_says_why(tmp_path, bad, why):
    cfg = write_config(tmp_path)
    r = cli("suppression", "add", bad, "--config", str(cfg))
    assert r.returncode == 2
    err = r.stderr.decode("utf-8")
    assert "not an email address" in err and why in err and not CONTROL.search(err.rstrip("\n"))
    assert not (tmp_path / "state" / "bouncefilter.db").exists() or \
        cli("suppression", "list", "--config", str(cfg)).stdout == b""


def test_store_and_engine_refuse_bad_addresses(tmp_path):
    with Store(tmp_path / "s.db") as s:
        with pytest.raises(AddressError), s.transaction():
            s.suppress("a@x.example\ngmail.com ok", reason="x", class_="hard", kind="failed", policy="rule",
                       event_id=None, at=0.0)
        with pytest.raises(AddressError), s.transaction():
            s.add_soft_bounce("\ufffd@x.example", 0.0, "e1", window=10, reset_after=10)
        with pytest.raises(AddressError), s.transaction():
            s.insert_event(id="1", event="bounce", kind="failed", address="../../etc/x@y", class_="hard",
                           reason="x", source="t", received_at=0, occurred_at=0, cause=None, payload={})
        assert s.suppressed() == []
    cfg = loads(f"state_dir: {tmp_path / 'state'}\n", env={}, base=tmp_path)
    with Engine(cfg) as e, pytest.raises(AddressError):
        e.suppress("x" * 1_000_000 + "@x.example")


def test_list_files_read_back_only_good_addresses(tmp_path):
    p = tmp_path / "l"
    p.write_text("good@x.example\n../../etc/x@y.example\n#c@x.example\n\u00fc\u00e4@b\u00fccher.example\n")
    assert sorted(ListFile(p, "plain").read()) == ["good@x.example", "üä@bücher.example"]
    a = create(loads(f"actions:\n  x: {{type: suppression_file, path: {p}, format: postfix}}\n",
                     env={}, base=tmp_path).actions["x"], None)
    ev = {"id": "1", "event": "suppressed", "recipient": {"address": "../../etc/x@y.example"}}
    (err,) = a.deliver_batch([ev], Context(suppression=lambda addr: {"address": addr}))
    assert isinstance(err, Permanent)


def test_log_action_line_is_one_line(tmp_path):
    a = create(loads(f"actions:\n  x: {{type: log, path: {tmp_path / 'e.jsonl'}}}\n", env={}, base=tmp_path
                     ).actions["x"], None)
    a.deliver({"id": "1", "recipient": {"address": None}, "original": {"subject": "a\u2028b\x85c\x9bd\u202ee\r\n"}},
              Context())
    text = (tmp_path / "e.jsonl").read_text(encoding="utf-8")
    assert text.count("\n") == 1 and not CONTROL.search(text)
    assert json.loads(text)["original"]["subject"] == "a\u2028b\x85c\x9bd\u202ee\r\n"


# -- the rule -------------------------------------------------------------------------------------
GOOD = [
    "jane.doe@customer.example",
    "Jane.Doe+tag@Example.COM",
    "user@mailhub",                               # dotless: a DSN's Final-Recipient may name one
    "o'brien@x.example",
    "=1+2@x.example",
    "a!#$%&'*+-=?^_`{|}~@x.example",
    "user@bücher.example",                        # IDN (RFC 5890)
    "user@xn--bcher-kva.example",
    "δοκιμή@παράδειγμα.δοκιμή",                   # RFC 6531 UTF-8 local part
    "用户@例子.广告",
    "θσερ@例え.テスト",
    '"john..doe"@x.example',                      # quoted local part
    '"a@b"@x.example',
    "taro..@docomo.ne.jp",                        # Japanese carriers' old local parts
    "user@[192.0.2.1]",                           # address literals (RFC 5321 4.1.3)
    "user@[IPv6:2001:db8::1]",
    "user@[ipv6:2001:db8::1]",
    "x" * 64 + "@" + ".".join(["a" * 63] * 3) + "." + "b" * 61,  # 64 + 1 + 253
]
BAD = [
    ("", "empty"), (None, "empty"),
    ("victim@x.example\r\ngmail.com OK", "control"),
    ("a@x.example\n", "control"),
    ("a\tb@x.example", "control"),
    ("a\x00@x.example", "control"),
    ("a\x7f@x.example", "control"),
    ("a\x85@x.example", "U+0085"),                # C1 NEL
    ("a\x9b@x.example", "control"),               # C1 CSI
    ("a\x1b]52;c;eA==\x07@x.example", "control"),   # OSC 52
    ("a\u202e@x.example", "control"),             # bidi override
    ("a\u2028@x.example", "U+2028"),
    ("a\ufffd@x.example", "U+FFFD"),
    ("a b@x.example", "whitespace"),
    ("a@x.example ", "whitespace"),
    ("a\u3000b@x.example", "whitespace"),
    ('"a b"@x.example', "whitespace"),
    ("a@", "empty domain"),
    ("@x.example", "empty local"),
    ("nope", "no '@'"),
    ("a@@x.example", "local part"),
    ("x" * 65 + "@x.example", "64"),
    ("a@" + ".".join(["b" * 63] * 4) + ".c", "255"),
    ("x" * 1_000_000 + "@x.example", "320"),
    ("../../etc/x@y", "path"),
    ("a/b@x.example", "path"),
    ("a\\b@x.example", "path"),
    ('"a\\"b"@x.example', "path"),
    ("..@x.example", "dots"),
    ("a@x..example", "empty label"),
    ("a@.x.example", "empty label"),
    ("a@x.example.", "empty label"),
    ("a@x_y.example", "hostname"),
    ("a@x.example/../../etc", "hostname"),
    ("a@-x.example", "'-'"),
    ("a@x-.example", "'-'"),
    ("a@" + "b" * 64 + ".example", "63"),
    ("a@ü" * 1 + "ü" * 60 + ".example", "A-label"),
    ("a@[300.1.1.1]", "literal"),
    ("a@[IPv6:zz::1]", "literal"),
    ("a@[192.0.2.1", "literal"),
    ("a@x.example;rm", "hostname"),
    ("a@exa\u2603mple.com", "U+2603"),
    ("a<b>@x.example", "not allowed"),
    ('"unclosed@x.example', "quotes"),
]


@pytest.mark.parametrize("addr", GOOD)
def test_rule_accepts(addr):
    assert address_problem(addr) is None
    assert check_address(addr) == addr
    assert valid_address(addr) == addr
    assert address_problem(addr.lower()) is None


@pytest.mark.parametrize("addr, why", BAD)
def test_rule_refuses_and_says_why(addr, why):
    problem = address_problem(addr)
    assert problem and why.lower() in problem.lower(), problem
    assert valid_address(addr) is None
    with pytest.raises(AddressError) as exc:
        check_address(addr)
    assert not CONTROL.search(str(exc.value)) and len(str(exc.value)) < 300


def test_printable_escapes_everything_a_terminal_acts_on():
    s = "a\x1b]52;c;eA==\x07\r\n\t\x00\x7f\x9b\x85\u2028\u202e\\z \u00fc\u7528"
    out = printable(s)
    assert not CONTROL.search(out) and "\n" not in out and "\t" not in out
    assert out == "a\\x1b]52;c;eA==\\x07\\x0d\\x0a\\x09\\x00\\x7f\\x9b\\x85\\u2028\\u202e\\\\z \u00fc\u7528"
    assert printable("plain@x.example") == "plain@x.example"
    j = json_printable(json.dumps({"s": s + "\U000e0001"}, ensure_ascii=False))
    assert not CONTROL.search(j) and json.loads(j) == {"s": s + "\U000e0001"}
