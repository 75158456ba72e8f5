"""BATV behind a real Postfix (issue 9, item 2): the milter signs the envelope sender of our
outbound mail, Postfix's DSN comes back to the signed address and is recorded as ``verified``,
and bounces to our unsigned (or forged) addresses are refused at RCPT.

One stack for the module (tests/mailstack.py): an aiosmtpd remote MX for ``remote.test``
(550 5.1.1 for ``nouser@``), ``bouncefilter milter`` in a subprocess (the dev venv, as root), and a
private Postfix with the milter as ``smtpd_milters`` and ``non_smtpd_milters``
(``internal_mail_filter_classes = bounce``: Postfix's own DSNs pass it too).  Mail for
``example.test`` -- the DSNs to ``prvs=...=sender@example.test`` -- goes to the stand-in pipe
script, which only saves it.  The config: a trust key in a file and
``batv: {sign: ["*@example.test"]}``.
"""
from __future__ import annotations

import json
import os
import re
import smtplib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import mailstack as ms
import pytest

from filter.trust import verp
from filter.config import load

pytestmark = pytest.mark.mailstack

REPO = Path(__file__).resolve().parents[1]
SENDER = "sender@example.test"


@dataclass
class Stack:
    dir: Path
    cfg: Path
    keys: list
    validity: float
    mx: ms.RemoteMX
    milter: ms.ServerProcess
    pf: ms.PostfixInstance

    def cli(self, *args: str) -> str:
        r = subprocess.run([sys.executable, "-m", "filter.cli", *args, "--config", str(self.cfg)],
                           cwd=str(REPO), capture_output=True, text=True, timeout=60, check=False)
        assert r.returncode == 0, r.stderr
        return r.stdout

    def events(self, *args: str) -> list[dict]:
        return [json.loads(line) for line in self.cli("events", *args).splitlines() if line.strip()]


@pytest.fixture(scope="module")
def stack():
    reason = ms.unavailable_reason()
    if reason:
        pytest.skip(f"mailstack: {reason}")
    d = ms.make_tempdir("batv-")
    try:
        key = d / "trust.key"
        key.write_text("batv-postfix-test-key-0123456789abcdef\n")
        key.chmod(0o600)
        cfg = d / "bouncefilter.yaml"
        cfg.write_text(f"state_dir: {d / 'state'}\nmilter: {{deliver: false}}\n"
                       f"trust:\n  secret_file: {key}\n  batv: {{sign: [\"*@example.test\"]}}\n")
        config = load(cfg)
        port = ms.free_port()
        with ms.RemoteMX() as mx, \
                ms.ServerProcess([sys.executable, "-m", "filter.cli", "milter", "--config", str(cfg),
                                  "--socket", f"inet:{port}@127.0.0.1"], port, cwd=str(REPO),
                                 log_path=d / "milter.log", env=dict(os.environ, PYTHONUNBUFFERED="1")) as m, \
                ms.PostfixInstance(d, remote=mx, smtpd_milters=[f"inet:127.0.0.1:{port}"],
                                   non_smtpd_milters=[f"inet:127.0.0.1:{port}"]) as pf:
            assert pf.postconf_get("internal_mail_filter_classes") == "bounce"
            yield Stack(d, cfg, config.trust.verp_keys(), config.trust.batv.validity, mx, m, pf)
    finally:
        import shutil

        shutil.rmtree(d, ignore_errors=True)


def test_outbound_mail_leaves_with_a_signed_envelope_sender(stack):
    n = len(stack.mx.messages)
    stack.pf.send(SENDER, ["someone@remote.test"], subject="signed please")
    msg = stack.mx.wait_for(n + 1)[n]
    assert msg.rcpt_tos == ["someone@remote.test"] and msg.message["Subject"] == "signed please"
    assert msg.mail_from.startswith("prvs=") and msg.mail_from.endswith("=" + SENDER), msg.mail_from
    check = verp.batv_check(msg.mail_from, keys=stack.keys, validity=stack.validity)
    assert check.valid and check.recipient == SENDER, check
    assert msg.message["From"] == SENDER                           # the header is left alone
    ms.wait_until(lambda: re.search(rf"INFO \w+: BATV: signed <{SENDER}> -> <{re.escape(msg.mail_from)}>",
                                    stack.milter.log()), 5, what="the milter's log line")
    assert not any((e.get("original") or {}).get("subject") == "signed please" for e in stack.events())   # not recorded


def test_the_dsn_to_the_signed_sender_passes_is_recorded_verified_and_suppresses(stack):
    pipe_before = len(stack.pf.pipe_messages())
    stack.pf.send(SENDER, ["nouser@remote.test"], subject="to nouser")
    [dsn] = stack.pf.wait_for_pipe(pipe_before + 1, timeout=20)[pipe_before:]
    sender, rcpt = dsn.argv
    assert sender == "" and rcpt.startswith("prvs=") and rcpt.endswith("=" + SENDER)   # to the signed address
    assert verp.batv_check(rcpt, keys=stack.keys, validity=stack.validity).valid
    assert dsn.message["X-Bouncefilter-Kind"] == "failed"              # it passed the milter
    assert not re.search(r"milter-reject: .*to=<prvs=", stack.pf.log())
    [ev] = stack.events("--address", "nouser@remote.test", "--event", "bounce")
    assert (ev["kind"], ev["source"], ev["recipient"]["reason"], ev["recipient"]["status"]) == \
        ("failed", "milter", "user_unknown", "5.1.1")
    assert ev["original"]["subject"] == "to nouser"
    assert ev["trust"]["level"] == "verified", ev["trust"]
    assert any(x.startswith("batv:") for x in ev["trust"]["evidence"]), ev["trust"]
    assert stack.events("--event", "untrusted") == []
    assert "nouser@remote.test" in stack.cli("suppression", "list").split()
    [supp] = stack.events("--address", "nouser@remote.test", "--event", "suppressed")
    assert supp["cause"] == ev["id"]
    assert re.search(rf"INFO \w+: failed from <> to <{re.escape(rcpt)}>: nouser@remote\.test hard user_unknown",
                     stack.milter.log())


def test_bounces_to_unsigned_or_forged_addresses_are_refused_at_rcpt(stack):
    before = stack.events()
    good = verp.batv_sign(SENDER, keys=stack.keys)
    forged = verp.batv_sign(SENDER, keys=[verp.Key("0", b"not our key")])
    assert forged != good
    dsn = ms.make_message("MAILER-DAEMON@remote.test", SENDER, subject="Undelivered Mail Returned to Sender")
    for address in (SENDER, forged):
        with pytest.raises(smtplib.SMTPRecipientsRefused) as e:
            stack.pf.send("", [address], dsn)
        [(code, reply)] = e.value.recipients.values()
        assert code == 550 and reply.startswith(b"5.7.1 Bounce to an address that did not send this mail"), reply
        stack.pf.wait_log(rf"milter-reject: RCPT from \S+: 550 5\.7\.1 .*from=<> to=<{re.escape(address)}>")
    log = stack.milter.log()
    assert f"BATV: refused a bounce (null sender) to <{SENDER}>: not BATV-signed" in log
    assert f"BATV: refused a bounce (null sender) to <{forged}>: bad signature" in log
    stack.pf.wait_queue_empty()
    assert stack.events() == before                                    # nothing recorded for the refused
    # the exempt postmaster still takes bounces (recorded: untrusted), mail with a sender to the
    # plain address goes through
    assert stack.pf.send("", ["postmaster@example.test"], dsn) == {}
    assert stack.pf.send("someone@remote.test", [SENDER], ms.make_message("someone@remote.test", SENDER)) == {}
    stack.pf.wait_log(r"to=<postmaster@example\.test>, relay=bouncepipe, .*status=sent")
    stack.pf.wait_log(rf"to=<{SENDER}>, relay=bouncepipe, .*status=sent")
