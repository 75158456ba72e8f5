"""Proves the real-server harness (tests/mailstack.py) with real traffic on 127.0.0.1."""
from __future__ import annotations

import json
import poplib
import re
import ssl
import subprocess
import sys

import pytest

import mailstack as ms

pytestmark = pytest.mark.mailstack


def field(text: str, name: str) -> str | None:
    m = re.search(rf"^{re.escape(name)}:\s*(.+)$", text, re.M)
    return m.group(1).strip() if m else None


def dsn_by_recipient(captures: list[ms.PipeCapture]) -> dict[str, ms.PipeCapture]:
    out = {}
    for c in captures:
        rcpt = field(c.text, "Final-Recipient")
        assert rcpt, c.text
        out[rcpt.split(";")[1].strip()] = c
    return out


# (a) RemoteMX rejects -> Postfix writes a DSN -> pipe(8) as nobody ---------------------------

def test_rejections_become_dsns_at_the_pipe(postfix_factory, remote_mx):
    pf = postfix_factory()
    expected = {"nouser": ("5.1.1", "RCPT"), "full": ("4.2.2", "RCPT"),
                "spam": ("5.7.1", "end of DATA"), "dmarc": ("5.7.26", "end of DATA"),
                "big": ("5.3.4", "end of DATA")}
    for local in expected:
        assert pf.send("sender@example.test", f"{local}@remote.test") == {}
    pf.send("sender@example.test", "ok@remote.test")

    dsns = dsn_by_recipient(pf.wait_for_pipe(len(expected)))
    assert set(dsns) == {f"{lp}@remote.test" for lp in expected}
    for local, (status, stage) in expected.items():
        c = dsns[f"{local}@remote.test"]
        assert c.argv == ["", "sender@example.test"]          # null_sender= gives ''
        assert c.uid == ms.NOBODY_UID
        assert c.text.startswith("Return-Path: <>")           # flags=R
        msg = c.message
        assert msg.get_content_type() == "multipart/report"
        assert msg.get_param("report-type") == "delivery-status"
        assert field(c.text, "Status") == status
        assert field(c.text, "Action") == "failed"            # lifetime 0: 4xx fails at once
        diag = field(c.text, "Diagnostic-Code")
        assert diag and diag.startswith(f"smtp; {'4' if status[0] == '4' else '5'}")
        assert status in diag
        assert f"in reply to {stage}" in c.text.replace("\n    ", " ")

    got = remote_mx.wait_for(1)
    assert [(m.mail_from, m.rcpt_tos) for m in got] == [("sender@example.test",
                                                        ["ok@remote.test"])]
    assert {(stage, addr.split("@")[0]) for stage, addr, _ in remote_mx.rejections} == {
        ("RCPT", "nouser"), ("RCPT", "full"), ("DATA", "spam"), ("DATA", "dmarc"),
        ("DATA", "big")}
    pf.wait_queue_empty()
    assert "status=bounced" in pf.log()


def test_rule_table_override_and_verp_recipient(postfix_factory, remote_mx):
    remote_mx.set_rule("gone", "550 5.1.1 <{address}>: gone away")
    remote_mx.rules.pop("nouser")                             # now accepted
    pf = postfix_factory()
    pf.send("bounces+gone=remote.test@example.test", "gone@remote.test")
    pf.send("bounces@example.test", "nouser@remote.test")
    [c] = pf.wait_for_pipe(1)
    assert c.argv == ["", "bounces+gone=remote.test@example.test"]
    assert field(c.text, "Status") == "5.1.1"
    assert "gone away" in c.text
    assert remote_mx.wait_for(1)[0].rcpt_tos == ["nouser@remote.test"]


# (b) delayed DSN, and postconf + reload + flush ---------------------------------------------

def test_delayed_dsn(postfix_factory):
    pf = postfix_factory(lifetimes="delayed")
    pf.send("sender@example.test", "full@remote.test")
    [c] = pf.wait_for_pipe(1, timeout=5)
    assert c.message["Subject"] == "Delayed Mail (still being retried)"
    assert field(c.text, "Action") == "delayed"
    assert field(c.text, "Status") == "4.2.2"
    assert field(c.text, "Will-Retry-Until")
    # the message stayed queued for another try (the queue itself may already have expired it:
    # the delay settings give it 3 s, so read the log rather than race the queue)
    pf.wait_log(r"to=<full@remote.test>.*status=deferred")


def test_postconf_reload_flush_expires_deferred_mail(postfix_factory):
    pf = postfix_factory(lifetimes="default")
    pf.send("sender@example.test", "full@remote.test")
    pf.wait_log(r"to=<full@remote.test>.*status=deferred")
    assert pf.pipe_messages() == []
    pf.postconf(maximal_queue_lifetime="0", bounce_queue_lifetime="0")
    assert pf.postconf_get("maximal_queue_lifetime") == "0"
    pf.flush()
    [c] = pf.wait_for_pipe(1)
    assert field(c.text, "Action") == "failed" and field(c.text, "Status") == "4.2.2"
    pf.wait_queue_empty()


# (c) Dovecot POP3 ---------------------------------------------------------------------------

def test_pop3_plain_stls_pop3s(dovecot, test_ca):
    dovecot.seed("testuser", "From: a@example.test\nSubject: one\n\nfirst\n")
    dovecot.seed("testuser", "From: a@example.test\nSubject: two\n\nsecond\n")
    assert dovecot.count("testuser") == 2

    p = dovecot.pop3()
    assert {"STLS", "UIDL", "USER"} <= set(p.capa())
    p.user("testuser")
    p.pass_("secret123")
    assert p.stat()[0] == 2
    uidls = [line.split()[1] for line in p.uidl()[1]]
    assert len(set(uidls)) == 2 and all(re.fullmatch(rb"[0-9a-f]{16}", u) for u in uidls)
    body = b"\n".join(p.retr(1)[1])
    assert b"Subject: one" in body and b"first" in body
    p.dele(1)
    p.quit()
    assert dovecot.count("testuser") == 1

    p = dovecot.pop3("stls")                                  # verified against the test CA
    assert p.sock.version().startswith("TLSv1.")
    p.user("testuser")
    p.pass_("secret123")
    assert [line.split()[1] for line in p.uidl()[1]] == [uidls[1]]  # UIDLs are stable
    p.quit()

    for host in ("localhost", "127.0.0.1"):                  # SAN has both
        p = dovecot.pop3("pop3s", host=host)
        p.user("testuser")
        p.pass_("secret123")
        assert p.stat()[0] == 1
        p.quit()

    wrong = test_ca.client_context(wrong_ca=True)
    for mode in ("stls", "pop3s"):
        with pytest.raises(ssl.SSLCertVerificationError):
            dovecot.pop3(mode, context=wrong)

    p = dovecot.pop3()
    p.user("testuser")
    with pytest.raises(poplib.error_proto, match="Authentication failed"):
        p.pass_("wrong-password")
    p.close()
    assert dovecot.count("testuser") == 1


def test_postfix_delivers_dsn_into_dovecot_mailbox(postfix_factory, dovecot):
    pf = postfix_factory(dovecot=dovecot, pipe_routes=())
    pf.send("bounces@pop.test", "nouser@remote.test")
    ms.wait_until(lambda: dovecot.count("bounces") == 1, 10, what="DSN in the Maildir")
    p = dovecot.pop3("stls")
    p.user("bounces")
    p.pass_("bouncepass")
    text = b"\n".join(p.retr(1)[1]).decode()
    p.quit()
    assert field(text, "Status") == "5.1.1"
    assert field(text, "Final-Recipient") == "rfc822; nouser@remote.test"


# (d) pymilter sees SMTP mail and (non_smtpd_milters) the bounce ------------------------------

LOGMILTER = r'''
import json, sys
import Milter

class LogMilter(Milter.Base):
    def envfrom(self, f, *a):
        self.rec = {"from": f, "rcpt": [], "headers": []}
        return Milter.CONTINUE
    def envrcpt(self, r, *a):
        self.rec["rcpt"].append(r)
        return Milter.CONTINUE
    def header(self, k, v):
        self.rec["headers"].append([k, v])
        return Milter.CONTINUE
    def eom(self):
        self.rec["queue_id"] = self.getsymval("i")
        with open(sys.argv[2], "a") as f:
            f.write(json.dumps(self.rec) + "\n")
        return Milter.ACCEPT

Milter.factory = LogMilter
Milter.runmilter("logmilter", "inet:%s@127.0.0.1" % sys.argv[1], 60)
'''


def test_milter_sees_smtp_mail_and_bounce(postfix_factory, remote_mx, mailstack_tmpdir):
    pytest.importorskip("milter", reason="pymilter not installed in the test venv")
    script = mailstack_tmpdir / "logmilter_standin.py"       # not milter.py: shadows the C module
    script.write_text(LOGMILTER)
    out = mailstack_tmpdir / "milter.jsonl"
    port = ms.free_port()
    with ms.ServerProcess([sys.executable, script, str(port), out], port,
                          log_path=mailstack_tmpdir / "milter.log") as milter:
        spec = f"inet:127.0.0.1:{port}"
        pf = postfix_factory(smtpd_milters=spec, non_smtpd_milters=spec)
        assert pf.postconf_get("internal_mail_filter_classes") == "bounce"
        pf.send("sender@example.test", "ok@remote.test")
        pf.send("sender@example.test", "nouser@remote.test")
        pf.wait_for_pipe(1)
        remote_mx.wait_for(1)
        recs = ms.wait_until(
            lambda: out.exists() and len(lines := out.read_text().splitlines()) >= 3
            and [json.loads(x) for x in lines], 10, what="3 milter records")
        pf.wait_queue_empty()
    assert milter.stop_seconds < 2
    smtp = [r for r in recs if r["from"] == "<sender@example.test>"]
    # internally generated mail reaches the milter without angle brackets: '' and bare rcpt
    bounces = [r for r in recs if r["from"] in ("", "<>")]
    assert sorted(r["rcpt"][0] for r in smtp) == ["<nouser@remote.test>", "<ok@remote.test>"]
    assert [[x.strip("<>") for x in r["rcpt"]] for r in bounces] == [["sender@example.test"]]
    assert ["Subject", "Undelivered Mail Returned to Sender"] in bounces[0]["headers"]
    assert all(r["queue_id"] for r in recs)


# pipe_venv: the project runs as nobody under pipe(8) -----------------------------------------

def test_pipe_venv_runs_as_nobody_under_pipe(pipe_venv, postfix_factory):
    r = subprocess.run(["runuser", "-u", "nobody", "--", pipe_venv / "bin" / "bouncefilter",
                        "--version"], capture_output=True, text=True, cwd="/")
    assert r.returncode == 0 and r.stdout.startswith("bouncefilter "), r.stderr
    r = subprocess.run(["runuser", "-u", "nobody", "--", pipe_venv / "bin" / "python", "-c",
                        "import filter; print(filter.__file__)"], capture_output=True,
                       text=True, cwd="/")
    assert r.returncode == 0 and r.stdout.startswith(str(pipe_venv)), r.stderr

    pf = postfix_factory(pipe_argv=[str(pipe_venv / "bin" / "python"), "{capture}", "{out}"])
    pf.send("sender@example.test", "nouser@remote.test")
    [c] = pf.wait_for_pipe(1)
    assert c.python == str(pipe_venv / "bin" / "python") and c.uid == ms.NOBODY_UID
    assert c.env.get("PATH") == "/usr/bin:/bin"
