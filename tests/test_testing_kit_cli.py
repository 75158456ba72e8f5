"""``bouncefilter fake-mx`` as a user runs it: a real process, real SMTP, SIGTERM and Ctrl-C."""
from __future__ import annotations

import json
import re
import signal
import smtplib
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def start(*args: str, cwd: Path = REPO) -> tuple[subprocess.Popen, int]:
    """Start ``bouncefilter fake-mx --port 0 ARGS``; (process, the port it printed)."""
    proc = subprocess.Popen([sys.executable, "-m", "filter.cli", "fake-mx", "--port", "0", *args], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
    if not m:
        proc.kill()
        raise AssertionError(f"no banner: {line!r} {proc.communicate()}")
    return proc, int(m.group(1))


def send(port: int, rcpts: list[str]) -> dict:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as s:
        try:
            return s.sendmail("app@sender.example", rcpts, b"Subject: t\r\n\r\nbody\r\n")
        except smtplib.SMTPRecipientsRefused as e:
            return e.recipients


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> tuple[int, str, str]:
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=20)
    return proc.returncode, out, err


def test_rules_from_flags_answer_and_each_transaction_is_printed():
    proc, port = start("--reject", "*@gone.example", "550 5.1.1 User unknown", "--greylist", "*@slow.example",
                       "--reject-data", "big@*", "552 5.3.4 Message too big")
    try:
        assert send(port, ["jane@gone.example", "tom@ok.example"]) == {
            "jane@gone.example": (550, b"5.1.1 User unknown")}
        assert send(port, ["a@slow.example"]) == {"a@slow.example": (451, b"4.7.1 Greylisted, please try again later")}
        assert send(port, ["a@slow.example"]) == {}
        with pytest.raises(smtplib.SMTPDataError):
            send(port, ["big@ok.example"])
        time.sleep(0.3)
    finally:
        code, out, err = stop(proc)
    assert code == 0, err
    assert "rcpt <jane@gone.example>: 550 5.1.1 User unknown" in out
    assert "rcpt <tom@ok.example>: 250 accepted" in out
    assert "rcpt <a@slow.example>: 451 4.7.1" in out
    assert "data <big@ok.example>: 552 5.3.4 Message too big" in out
    assert "stopped after 4 transaction(s), 2 message(s) accepted" in err
    assert "Traceback" not in err


def test_the_first_rule_given_decides_and_ctrl_c_stops_cleanly(tmp_path):
    proc, port = start("--accept", "keep@gone.example", "--reject", "*@gone.example", "550 5.1.1 gone",
                       "--json", "--keep", str(tmp_path / "kept"))
    try:
        assert send(port, ["keep@gone.example", "x@gone.example"]) == {"x@gone.example": (550, b"5.1.1 gone")}
        time.sleep(0.3)
    finally:
        code, out, err = stop(proc, signal.SIGINT)
    assert code == 0, err
    (tx,) = [json.loads(line) for line in out.splitlines()]
    assert tx["accepted"] == ["keep@gone.example"] and tx["delivered"] is True
    assert tx["rejected"] == [{"stage": "RCPT", "address": "x@gone.example", "reply": "550 5.1.1 gone"}]
    (kept,) = (tmp_path / "kept").iterdir()
    assert kept.read_bytes().endswith(b"body\r\n")


def test_rules_from_a_yaml_file(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text('hostname: mx.yaml.test\nrules:\n'
                     '  - {match: "*@gone.example", reply: "550 5.1.1 User unknown"}\n'
                     '  - {match: "*@slow.example", greylist: 2}\n'
                     '  - {match: "spam@*", reply: "554 5.7.1 Spam", at: DATA}\n')
    proc, port = start("--rules", str(rules))
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as s:
            assert s.ehlo()[1].startswith(b"mx.yaml.test")
        assert send(port, ["j@gone.example"]) == {"j@gone.example": (550, b"5.1.1 User unknown")}
        assert send(port, ["s@slow.example"]) != {} and send(port, ["s@slow.example"]) != {}
        assert send(port, ["s@slow.example"]) == {}
        with pytest.raises(smtplib.SMTPDataError):
            send(port, ["spam@ok.example"])
    finally:
        code, out, err = stop(proc)
    assert code == 0, err


@pytest.mark.parametrize("text, message", [
    ("rules: [{match: x, reply: '999 no'}]", "code from 200 to 599"),
    ("rules: [{match: x}]", "exactly one of reply, greylist, accept"),
    ("rules: [{match: x, reply: '550 5.1.1 x', when: later}]", "unknown key(s) when"),
    ("rules: [{match: x, greylist: 0}]", "greylist: true or the number"),
    ("rules: [{match: x, reply: '550 x', at: HELO}]", "at: RCPT or DATA"),
    ("port: 99999\n", "port: a number"),
    ("colour: red\n", "unknown key(s) colour"),
    ("rules: [unclosed\n", "not YAML"),
])
def test_a_bad_rules_file_is_one_line_and_exit_78(tmp_path, text, message):
    rules = tmp_path / "rules.yaml"
    rules.write_text(text)
    r = subprocess.run([sys.executable, "-m", "filter.cli", "fake-mx", "--port", "0", "--rules", str(rules)],
                       cwd=REPO, capture_output=True, text=True, timeout=60)
    assert r.returncode == 78, r.stderr
    assert message in r.stderr and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_bad_flags_and_a_missing_file_are_clear_errors(tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "filter.cli", "fake-mx", *args], cwd=REPO,
                              capture_output=True, text=True, timeout=60)

    r = run("--port", "0", "--reject", "*@x", "hello")
    assert r.returncode == 2 and "SMTP reply starts with a code" in r.stderr and "Traceback" not in r.stderr
    r = run("--port", "0", "--rules", str(tmp_path / "nope.yaml"))
    assert r.returncode == 78 and "cannot read the rules file" in r.stderr
    r = run("--port", "70000")
    assert r.returncode == 2 and "--port" in r.stderr


def test_a_port_in_use_is_a_clear_error():
    proc, port = start()
    try:
        r = subprocess.run([sys.executable, "-m", "filter.cli", "fake-mx", "--port", str(port)], cwd=REPO,
                           capture_output=True, text=True, timeout=60)
    finally:
        stop(proc)
    assert r.returncode == 1 and "could not listen on 127.0.0.1" in r.stderr and "Traceback" not in r.stderr
