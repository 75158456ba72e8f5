"""``bouncefilter pipe``: every outcome and its exit code, as the MTA sees them.

Each test runs the real command in a subprocess (the way pipe(8) runs it: stdin, argv, an exit
status) against a real store and a real HTTP receiver, and looks at the store, the quarantine
folder and what the receiver got.  The only codes the MTA may ever see are 0 (taken) and 75
(EX_TEMPFAIL: keep it and retry); any other would bounce the bounce.
The Postfix end to end tests are in test_postfix_integration.py.
"""
from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import corpus
import pytest
from receivers import WebhookReceiver

from filter.store.sqlite import Store

REPO = Path(__file__).resolve().parents[1]
CORPUS = corpus.CORPUS  # ../shared/corpus beside the checkout
SECRET = "pipe-test-secret"
POSTFIX_DSN = CORPUS / "bounces" / "lhost-postfix-04.eml"  # kijitora@example.co.jp 550 5.1.1
NOT_BOUNCE = CORPUS / "not-bounces" / "human-reply-mentions-bounce.eml"

#: a free-text bounce that names no recipient: only the envelope (VERP) can say who it was
NAMELESS = b"""From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: bounces@ours.example
Subject: Undelivered Mail Returned to Sender
Message-ID: <nameless-1@mx.example.org>
Date: Sat, 21 Nov 2026 10:00:00 +0000

This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

The mail system said: 550 5.1.1 User unknown
"""


def write_config(tmp_path: Path, url: str = "http://127.0.0.1:9/none", extra: str = "",
                 rules: str = "  - {match: {event: bounce, kind: [failed, delayed]}, actions: [app]}\n") -> Path:
    (tmp_path / "secret").write_text(SECRET + "\n")
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(f"""\
state_dir: {tmp_path / 'state'}
outbox: {{tries: 2, backoff_initial: 10ms, backoff_max: 20ms, inline_budget: 2s}}
actions:
  app: {{type: webhook, url: '{url}', secret_file: {tmp_path / 'secret'}, timeout: 1s}}
{extra}rules:
{rules}""")
    return cfg


def pipe(cfg: Path | str, data: bytes, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", "pipe", "--config", str(cfg), *args],
                          input=data, check=False, capture_output=True, cwd=REPO, env=dict(os.environ, **(env or {})),
                          timeout=60)


def events(tmp_path: Path) -> list[dict]:
    with Store(tmp_path / "state" / "bouncefilter.db") as s:
        return list(s.events())


def one_line(stderr: bytes) -> str:
    text = stderr.decode()
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("bouncefilter: "), text  # never a leading 4.x.x / 5.x.x for pipe(8)
    return lines[0]


# -- taken: exit 0 -------------------------------------------------------------------------------
def test_bounce_is_recorded_and_its_webhook_delivered_inline(tmp_path):
    with WebhookReceiver(SECRET) as rx:
        cfg = write_config(tmp_path, rx.url)
        r = pipe(cfg, POSTFIX_DSN.read_bytes(), "--", "", "bounces@ours.example")
        assert r.returncode == 0, r.stderr
        assert r.stderr == b"" and r.stdout == b""
        evs = events(tmp_path)
        assert [(e["kind"], e["recipient"]["address"], e["recipient"]["class"], e["recipient"]["reason"],
                 e["source"]) for e in evs] == [("failed", "kijitora@example.co.jp", "hard", "user_unknown", "pipe")]
        assert list(rx.accepted) == [evs[0]["id"]]           # delivered before the pipe exited
        assert rx.accepted[evs[0]["id"]].json["recipient"]["status"] == "5.1.1"
        assert rx.bad_signatures == 0


def test_the_same_bounce_twice_is_taken_twice_and_recorded_once(tmp_path):
    with WebhookReceiver(SECRET) as rx:
        cfg = write_config(tmp_path, rx.url)
        for _ in range(2):  # e.g. the MTA retried after a timeout that came after the commit
            assert pipe(cfg, POSTFIX_DSN.read_bytes()).returncode == 0
        assert len(events(tmp_path)) == 1
        assert len(rx.requests) == 1 and rx.duplicates == 0


def test_not_a_bounce_is_taken_and_recorded_as_the_config_says(tmp_path):
    raw = NOT_BOUNCE.read_bytes()
    cfg = write_config(tmp_path)
    assert pipe(cfg, raw).returncode == 0
    assert [e["kind"] for e in events(tmp_path)] == ["not_bounce"]

    other = tmp_path / "norecord"
    other.mkdir()
    cfg = write_config(other, extra="not_bounce: {record: false}\n")
    r = pipe(cfg, raw)
    assert r.returncode == 0 and r.stderr == b""
    assert not (other / "state" / "bouncefilter.db").exists() or events(other) == []


@pytest.mark.parametrize("data", [b"", b"\n\n", os.urandom(3000).replace(b"\n", b"x"),
                                  b"hello, this is not a mail message\n\nat all\n",
                                  b"Subject: a\x00b\nFrom: x@y\n\nbody\n"],
                         ids=["empty", "blank", "binary", "no-headers", "nul-in-header"])
def test_garbage_is_taken_as_not_bounce_as_classify_says(tmp_path, data):
    # issue 12, found 7: the same answer as `bouncefilter classify` (not_bounce), not a quarantine
    cfg = write_config(tmp_path)
    r = pipe(cfg, data)
    assert r.returncode == 0 and r.stderr == b""
    [ev] = events(tmp_path)
    assert ev["event"] == "bounce" and ev["kind"] == "not_bounce"
    assert not (tmp_path / "state" / "quarantine").exists() or not list((tmp_path / "state" / "quarantine").iterdir())

    other = tmp_path / "norecord"  # not_bounce.record: false -> taken, nothing recorded
    other.mkdir()
    r = pipe(write_config(other, extra="not_bounce: {record: false}\n"), data)
    assert r.returncode == 0 and r.stderr == b""
    assert not (other / "state" / "bouncefilter.db").exists() or events(other) == []


def test_oversized_message_is_quarantined_whole_not_cut(tmp_path):
    cfg = write_config(tmp_path, extra="pipe: {max_size: 4096}\n")
    data = POSTFIX_DSN.read_bytes() + b"\n" + b"x" * 200 + (b"\n" + b"y" * 70) * 3000   # ~210 KB
    r = pipe(cfg, data)
    assert r.returncode == 0, r.stderr
    [ev] = events(tmp_path)
    assert ev["event"] == "quarantined" and "max_size (4096 bytes)" in ev["quarantine"]["reason"]
    assert Path(ev["quarantine"]["path"]).read_bytes() == data
    assert not list((tmp_path / "state" / "quarantine").glob(".incoming-*"))


def test_envelope_from_argv_gives_the_recipient_of_a_nameless_bounce_by_verp(tmp_path):
    cfg = write_config(tmp_path)
    verp = "bounces+jane=example.org@ours.example"
    assert pipe(cfg, NAMELESS).returncode == 0                                   # no envelope: unknown
    assert pipe(cfg, NAMELESS.replace(b"nameless-1", b"nameless-2"), "--", "", verp).returncode == 0
    assert pipe(cfg, NAMELESS.replace(b"nameless-1", b"nameless-3"), "--sender", "MAILER-DAEMON",
                "--recipient", verp.replace("jane", "joe")).returncode == 0
    got = [(e["recipient"]["address"], e["recipient"]["reason"]) for e in events(tmp_path)]
    assert got == [(None, "user_unknown"), ("jane@example.org", "user_unknown"), ("joe@example.org", "user_unknown")]


def test_webhook_down_the_pipe_still_exits_0_and_the_outbox_delivers_later(tmp_path):
    rx = WebhookReceiver(SECRET)  # not listening: connection refused
    cfg = write_config(tmp_path, rx.url)
    t0 = time.monotonic()
    r = pipe(cfg, POSTFIX_DSN.read_bytes())
    assert r.returncode == 0 and r.stderr == b""
    assert time.monotonic() - t0 < 10
    with Store(tmp_path / "state" / "bouncefilter.db") as s:
        assert s.counts()["pending"] == 1
    with rx:
        f = subprocess.run([sys.executable, "-m", "filter.cli", "outbox", "flush", "--config", str(cfg)],
                           check=False, capture_output=True, text=True, cwd=REPO, timeout=60)
        assert f.returncode == 0, f.stderr
    [ev] = events(tmp_path)
    assert list(rx.accepted) == [ev["id"]] and rx.duplicates == 0


# -- not taken: exit 75, one line, the MTA keeps the message -------------------------------------
def test_store_locked_past_the_busy_timeout_is_75_then_0_once_free(tmp_path):
    cfg = write_config(tmp_path, extra="store: {busy_timeout: 300ms}\n")
    assert pipe(cfg, NAMELESS).returncode == 0  # creates the store
    db = sqlite3.connect(tmp_path / "state" / "bouncefilter.db", isolation_level=None)
    db.execute("BEGIN EXCLUSIVE")
    try:
        r = pipe(cfg, POSTFIX_DSN.read_bytes())
        assert r.returncode == 75
        assert "locked" in one_line(r.stderr)
    finally:
        db.execute("ROLLBACK")
        db.close()
    assert len(events(tmp_path)) == 1                       # nothing of it was recorded
    assert pipe(cfg, POSTFIX_DSN.read_bytes()).returncode == 0
    assert len(events(tmp_path)) == 2


def test_store_that_cannot_be_created_is_75(tmp_path):
    (tmp_path / "afile").write_text("not a folder\n")
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text().replace(str(tmp_path / "state"), str(tmp_path / "afile" / "state")))
    for data in (POSTFIX_DSN.read_bytes(), b"garbage without headers"):  # a not_bounce too
        r = pipe(cfg, data)
        assert r.returncode == 75
        one_line(r.stderr)


def test_config_problems_are_75_not_78(tmp_path):
    good = write_config(tmp_path)
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("state_dir: [unclosed\n")
    bad_key = tmp_path / "badkey.yaml"
    bad_key.write_text(good.read_text() + "colour: blue\nstore: {busy_timeout: soon}\n")
    for cfg, words in ((tmp_path / "missing.yaml", "cannot read"), (tmp_path, "cannot read"),
                       (bad_yaml, "YAML"), (bad_key, "more problem")):
        r = pipe(cfg, POSTFIX_DSN.read_bytes())
        assert r.returncode == 75, (cfg, r.stderr)
        assert words in one_line(r.stderr)
    assert not (tmp_path / "state").exists()


@pytest.mark.parametrize("args", [["--bogus"], ["--sender"], ["--verbose=yes"]])
def test_command_line_mistakes_are_75_not_64_or_2(tmp_path, args):
    r = pipe(write_config(tmp_path), POSTFIX_DSN.read_bytes(), *args)
    assert r.returncode == 75
    assert "fix the command line" in one_line(r.stderr)


@pytest.mark.parametrize("argv", [["pipe", "--help"], ["--config", "c.yaml", "pipe"]])
def test_help_or_a_misplaced_pipe_defers_rather_than_taking_or_bouncing(argv):
    r = subprocess.run([sys.executable, "-m", "filter.cli", *argv], input=b"x", check=False, capture_output=True,
                       cwd=REPO)
    assert r.returncode == 75 and "Traceback" not in r.stderr.decode()


def test_missing_config_argument_is_75():
    r = subprocess.run([sys.executable, "-m", "filter.cli", "pipe"], input=b"x", check=False, capture_output=True, cwd=REPO)
    assert r.returncode == 75 and "--config" in one_line(r.stderr)


def test_an_internal_error_is_75_with_one_line(tmp_path, monkeypatch):
    from filter.adapters import pipe as pipe_module
    from filter.engine import Engine

    def broken(self, *a, **kw):
        raise KeyError("a bug\nwith two lines")

    monkeypatch.setattr(Engine, "process", broken)
    err = io.StringIO()
    rc = pipe_module.run(str(write_config(tmp_path)), stdin=io.BytesIO(POSTFIX_DSN.read_bytes()), stderr=err)
    assert rc == 75
    line = one_line(err.getvalue().encode())
    assert "internal error: KeyError" in line and "deferred" in line


# -- cold start ----------------------------------------------------------------------------------
HEAVY = ("http", "http.client", "urllib.request", "smtplib", "ssl", "tenacity", "Milter", "milter",
         "concurrent.futures", "asyncio", "subprocess", "filter.engine.outbox", "filter.engine.actions", "filter.adapters.milter_app")


def imported(r: subprocess.CompletedProcess) -> set[str]:
    names = set()
    for line in r.stderr.decode().splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


def test_the_cold_path_imports_no_http_smtp_tenacity_or_milter(tmp_path):
    cfg = write_config(tmp_path)  # the rules send failed/delayed bounces to a webhook
    for data in (NOT_BOUNCE.read_bytes(), b"garbage"):  # nothing to deliver: nothing heavy
        r = subprocess.run([sys.executable, "-X", "importtime", "-m", "filter.cli", "pipe", "--config", str(cfg)],
                           input=data, check=False, capture_output=True, cwd=REPO, timeout=60)
        assert r.returncode == 0
        mods = imported(r)
        assert {"filter.engine", "filter.store.sqlite", "yaml"} <= mods
        assert "filter.core.pipeline" in mods  # garbage too: the core says what it is (not_bounce)
        assert not mods & set(HEAVY), sorted(mods & set(HEAVY))
    # a bounce whose webhook runs inline pays for the HTTP client, and only then
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "filter.cli", "pipe", "--config", str(cfg)],
                       input=POSTFIX_DSN.read_bytes(), check=False, capture_output=True, cwd=REPO, timeout=60)
    assert r.returncode == 0
    assert "http.client" in imported(r) and "Milter" not in imported(r)


# -- two different inputs never share a quarantine file ---------------------------------------------
def test_two_different_quarantined_inputs_keep_two_quarantine_files(tmp_path):
    cfg = write_config(tmp_path, extra="pipe: {max_size: 4096}\n")  # quarantined: larger than max_size
    first, second = b"first garbage " + b"x" * 5000, b"second garbage " + b"x" * 5000
    assert pipe(cfg, first).returncode == 0
    assert pipe(cfg, second).returncode == 0
    kept = sorted(p.read_bytes() for p in (tmp_path / "state" / "quarantine").glob("*.eml"))
    assert kept == [first, second]


# -- the pipe's command line without argparse -------------------------------------------------------
@pytest.mark.parametrize("argv", [
    ["--config", "c.yaml", "MAILER-DAEMON", "bounces@x.example"],
    ["-c", "c.yaml", "--", "", "bounces@x.example"],
    ["--config=c.yaml", "--sender=", "--recipient", "b@x.example"],
    ["-cc.yaml", "-f", "s@x.example", "-r", "-", "-v"],
])
def test_the_fast_command_line_reads_what_argparse_reads(argv):
    import argparse

    from filter.commands import pipe as cmd

    fast = cmd.parse_fast(argv)
    parser = argparse.ArgumentParser()
    cmd.configure(parser)
    slow = parser.parse_args(argv)
    assert fast is not None and fast.config == "c.yaml"
    for key in ("config", "sender", "recipient", "envelope", "verbose"):
        assert getattr(fast, key) == getattr(slow, key), key


@pytest.mark.parametrize("argv", [["--help"], ["--config"], ["--confg", "x"], ["MAILER-DAEMON", "b@x"], ["-x"]])
def test_anything_else_goes_to_argparse(argv):
    from filter.commands import pipe as cmd

    assert cmd.parse_fast(argv) is None


def test_the_pipe_path_imports_no_argparse(tmp_path):
    cfg = write_config(tmp_path)
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "filter.cli", "pipe", "--config", str(cfg),
                        "--", "MAILER-DAEMON", "bounces@example.com"],
                       input=NOT_BOUNCE.read_bytes(), check=False, capture_output=True, cwd=REPO, timeout=60)
    assert r.returncode == 0
    assert not {"argparse", "shutil", "secrets"} & imported(r)


def test_the_pipe_with_its_cached_config_imports_no_typing_yaml_or_openssl(tmp_path):
    """Every bounce pays the pipe's start: after the first run has cached the config, the pipe reads no YAML, the engine
    and store leave ``typing`` to type checkers, and the ids are hashed by CPython's own SHA-256 (``filter.digest``), not
    through OpenSSL's ``_hashlib`` (2.5 ms of a 100 ms start)."""
    cfg = write_config(tmp_path)
    argv = [sys.executable, "-X", "importtime", "-m", "filter.cli", "pipe", "--config", str(cfg),
            "--", "MAILER-DAEMON", "bounces@example.com"]
    for _ in range(3):  # the first run makes state_dir, the second writes state_dir/.config-cache, the third reads it
        r = subprocess.run(argv, input=NOT_BOUNCE.read_bytes(), check=False, capture_output=True, cwd=REPO, timeout=60)
        assert r.returncode == 0
    mods = imported(r)
    assert {"filter.engine", "filter.store.sqlite", "filter.config.cache"} <= mods
    assert not {"typing", "yaml", "_hashlib"} & mods, sorted({"typing", "yaml", "_hashlib"} & mods)
