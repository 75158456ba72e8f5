"""examples/walkthrough-pop3.md, followed against a real Dovecot (issue 12).

The configuration is the walk-through's own YAML block (``# /etc/bouncefilter/bouncefilter.yaml``),
with only what points at the world moved: ``/etc/bouncefilter`` and ``/var/lib/bouncefilter`` into
a temp dir, the provider's host and port to the fixtures' Dovecot (POP3S, certificate from the
test CA, which replaces the system CA bundle as ``ca_file``), the user name to the fixture's.
The password and the trust key go to the files the walk-through makes.  The mailbox gets what a
hosted mailbox gets: two real DSNs (RFC 3464) and a reply from a human.  One DSN answers mail
sent with the return path that ``bouncefilter verp sign`` printed (its To and Delivered-To name
it): verified, it suppresses; the other answers the plain bounce address: recorded as
``untrusted``, it does not.  The human reply stays on the server (``non_bounce: keep``).
"""
from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import mailstack as ms
import pytest
import yaml

from filter.config import loads

pytestmark = pytest.mark.mailstack

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "examples" / "walkthrough-pop3.md"
UNIT = REPO / "conf" / "systemd" / "bouncefilter-pop3bridge.service"
CONFIG_MARK = "# /etc/bouncefilter/bouncefilter.yaml"
PASSWORD = "bouncepass"  # the fixture's user `bounces`


# -- the walk-through, read ----------------------------------------------------------------------
def text() -> str:
    return DOC.read_text()


def blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text(), flags=re.S | re.M)


def config_block() -> str:
    [block] = [b for b in blocks("yaml") if b.startswith(CONFIG_MARK)]
    return block


def shell() -> str:
    return "\n".join(blocks("sh"))


def bf() -> list[str]:
    exe = Path(sys.executable).with_name("bouncefilter")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "filter.cli"]


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """As the service runs it: no environment of ours (no ${ENV} secret could be resolved)."""
    return subprocess.run([*bf(), *args], capture_output=True, text=True, timeout=timeout, check=False, cwd="/",
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})


# -- the install, under a temp root --------------------------------------------------------------
class Install:
    def __init__(self, root: Path, dovecot, test_ca):
        self.etc = root / "etc" / "bouncefilter"
        self.var = root / "var" / "lib" / "bouncefilter"
        self.etc.mkdir(parents=True)
        self.var.mkdir(parents=True)
        cfg = config_block()
        account = yaml.safe_load(cfg)["pop3"]["accounts"][0]
        assert (account["tls"], account["port"], account["non_bounce"]) == ("pop3s", 995, "keep")
        for old, new in (("/etc/bouncefilter/", f"{self.etc}/"), ("/var/lib/bouncefilter", str(self.var)),
                         ("/etc/ssl/certs/ca-certificates.crt", str(test_ca.ca_cert)),
                         (f"host: {account['host']} ", "host: 127.0.0.1 "),
                         ("port: 995\n", f"port: {dovecot.pop3s_port}\n"),
                         (f"username: {account['username']}\n", "username: bounces\n")):
            assert old in cfg, f"the walk-through's config no longer has {old!r}"
            cfg = cfg.replace(old, new)
        self.cfg = self.etc / "bouncefilter.yaml"
        self.cfg.write_text(cfg)
        data = yaml.safe_load(cfg)
        # section 3: the secrets in files (the unit passes no environment)
        Path(data["pop3"]["accounts"][0]["password_file"]).write_text(PASSWORD + "\n")
        Path(data["trust"]["secret_file"]).write_text(base64.b64encode(os.urandom(32)).decode() + "\n")
        self.bounce_address = data["trust"]["bounce_address"]

    def events(self) -> list[dict]:
        r = run("events", "--config", str(self.cfg))
        assert r.returncode == 0, r.stderr
        return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]


def dsn(return_path: str, recipient: str, *, status: str, diagnostic: str, n: int) -> bytes:
    """A Postfix DSN as a hosted mailbox stores it: the return path in Delivered-To and To."""
    boundary = f"B{n}.1793612043/mx.example.org"
    return f"""\
Return-Path: <>
Delivered-To: {return_path}
Date: Tue, 01 Dec 2026 10:0{n}:00 +0000
From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: {return_path}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="{boundary}"
Message-Id: <2026120110000{n}.ABCDEF@mx.example.org>

This is a MIME-encapsulated message.

--{boundary}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{recipient}>: host mx.example.org[198.51.100.7] said: {diagnostic}
    (in reply to RCPT TO command)

--{boundary}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org
Arrival-Date: Tue, 01 Dec 2026 10:00:00 +0000

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822;{recipient}
Action: failed
Status: {status}
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; {diagnostic}

--{boundary}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <{return_path}>
From: Example News <news@example.com>
To: {recipient}
Subject: Your December newsletter
Message-Id: <news-{n}@example.com>

--{boundary}--
""".replace("\n", "\r\n").encode()


HUMAN = b"""\
Return-Path: <sam@customer.example>
Delivered-To: bounces@example.com
From: Sam Lee <sam@customer.example>
To: bounces@example.com
Subject: Re: Your December newsletter
Date: Tue, 01 Dec 2026 11:00:00 +0000
Message-Id: <reply-1@customer.example>
In-Reply-To: <news-1@example.com>

Hello, could you tell me when the spring catalogue comes out? I would like
to order the blue one again.

Thanks, Sam
""".replace(b"\n", b"\r\n")


@pytest.fixture
def install(tmp_path, dovecot, test_ca) -> Install:
    return Install(tmp_path, dovecot, test_ca)


# -- the walk-through, run -----------------------------------------------------------------------
def test_the_walkthrough_drains_a_hosted_mailbox_signed_bounces_act_and_human_mail_stays(install, dovecot):
    r = run("check-config", "-q", str(install.cfg))                               # section 4
    assert r.returncode == 0, r.stderr
    # section 5: the application's signed return path, from the CLI
    r = run("verp", "sign", "jane@example.org", "--config", str(install.cfg))
    assert r.returncode == 0, r.stderr
    signed = r.stdout.strip()
    local, _, domain = install.bounce_address.partition("@")
    assert re.fullmatch(rf"{local}\+jane=example\.org=s0[a-z0-9]+@{re.escape(domain)}", signed), signed
    assert run("verp", "check", signed, "--config", str(install.cfg)).returncode == 0
    unsigned = f"{local}+tom=example.net@{domain}"                 # mail sent before the switch
    dovecot.seed("bounces", dsn(signed, "jane@example.org", status="5.1.1", n=1,
                                diagnostic="550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown"))
    dovecot.seed("bounces", dsn(unsigned, "tom@example.net", status="5.1.1", n=2,
                                diagnostic="550 5.1.1 <tom@example.net>: Recipient address rejected: User unknown"))
    dovecot.seed("bounces", HUMAN)

    # section 6: the first run
    r = run("pop3bridge", "--config", str(install.cfg), "--once")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in r.stderr.splitlines()]
    [drained] = lines
    assert drained["message"] == "drained" and drained["account"] == "hosted"
    assert (drained["done"], drained["deleted"], drained["kept"], drained["events"]) == (3, 2, 1, 4), drained   # + suppressed

    events = install.events()
    assert {e["source"] for e in events} == {"pop3"}
    by = {(e["event"], (e.get("recipient") or {}).get("address")): e for e in events}
    jane, tom = by["bounce", "jane@example.org"], by["untrusted", "tom@example.net"]
    assert ("suppressed", "jane@example.org") in by and ("suppressed", "tom@example.net") not in by
    assert (jane["event"], jane["kind"], jane["recipient"]["class"], jane["trust"]["level"]) == \
        ("bounce", "failed", "hard", "verified"), jane
    assert any("signed return path" in x for x in jane["trust"]["evidence"]), jane["trust"]
    assert (tom["event"], tom["recipient"]["class"], tom["trust"]["level"]) == ("untrusted", "hard", "plausible")  # From: our domain, anyone can write it
    assert [e["kind"] for e in events if e["event"] == "bounce" and e["kind"] == "not_bounce"] == ["not_bounce"]
    assert sorted(e["event"] for e in events) == ["bounce", "bounce", "suppressed", "untrusted"]

    r = run("suppression", "list", "--config", str(install.cfg))
    assert r.returncode == 0 and r.stdout.split() == ["jane@example.org"], r
    r = run("events", "--format", "text", "--config", str(install.cfg))
    assert r.returncode == 0 and "verified" in r.stdout and "untrusted" in r.stdout, r
    r = run("stats", "--config", str(install.cfg))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r

    # section 8: the human reply is still on the server, the bounces are gone
    md = dovecot.maildir("bounces")
    left = [p.read_bytes() for sub in ("new", "cur") for p in (md / sub).iterdir()]
    assert [b"Subject: Re: Your December newsletter" in m for m in left] == [True]

    # the next round takes nothing again (the kept message is remembered by its UIDL)
    r = run("pop3bridge", "--config", str(install.cfg), "--once")
    assert r.returncode == 0 and r.stderr == "", r.stderr
    assert len(install.events()) == len(events) and dovecot.count("bounces") == 1


def test_a_wrong_password_exits_1_and_names_the_account(install, dovecot):
    data = yaml.safe_load(install.cfg.read_text())
    Path(data["pop3"]["accounts"][0]["password_file"]).write_text("not-the-password\n")
    cfg = install.cfg.read_text().replace("  poll_interval: 60s\n", "  poll_interval: 60s\n  tries: 1\n")
    install.cfg.write_text(cfg)
    r = run("pop3bridge", "--config", str(install.cfg), "--once")
    assert r.returncode == 1, r.stderr
    assert re.search(r"^bouncefilter: pop3 account hosted: login as 'bounces' on 127\.0\.0\.1:\d+ refused: "
                     r"-ERR \[AUTH\] Authentication failed\.$", r.stderr, re.M), r.stderr
    assert "not-the-password" not in r.stderr


# -- the walk-through, read against the repository ------------------------------------------------
def test_the_optional_snippets_make_valid_configs(install):
    """Section 4's webhook and section 8's forward, added to the config as they say."""
    def snippet(word: str) -> dict:
        [b] = [b for b in blocks("yaml") if not b.startswith(CONFIG_MARK) and word in b]
        return yaml.safe_load(b.replace("/etc/bouncefilter/", f"{install.etc}/"))

    (install.etc / "webhook.secret").write_text("s3cret\n")
    data = yaml.safe_load(install.cfg.read_text())
    data.update(snippet("type: webhook"))
    config = loads(yaml.safe_dump(data), env={}, base=install.etc)
    assert config.actions["app"].type == "webhook" and config.pop3 is not None
    data = yaml.safe_load(install.cfg.read_text())
    forward = snippet("type: forward")
    data["actions"] = forward["actions"]
    [changes] = forward["pop3"]["accounts"]
    data["pop3"]["accounts"][0].update(changes)
    config = loads(yaml.safe_dump(data), env={}, base=install.etc)
    [account] = config.pop3.accounts
    assert (account.non_bounce, account.forward_action) == ("forward", "humans")


def test_the_walkthrough_runs_what_the_shipped_unit_runs():
    sh = shell()
    unit = UNIT.read_text()
    [exec_start] = re.findall(r"^ExecStart=(.*)$", unit, re.M)
    assert exec_start.startswith("/opt/bouncefilter/bin/bouncefilter pop3bridge --config ")
    config = exec_start.split("--config ")[1].split()[0]
    assert config == "/etc/bouncefilter/bouncefilter.yaml"
    assert f"bouncefilter pop3bridge --config {config} --once" in sh
    assert "cp conf/systemd/bouncefilter-pop3bridge.service /etc/systemd/system/" in sh
    assert re.search(r"^User=bouncefilter$", unit, re.M) and "useradd --system" in sh
    assert not re.search(r"^Environment(File)?=", unit, re.M)      # hence password_file:
    assert "password_file:" in config_block() and "${" not in config_block()
    assert set(re.findall(r"(\S+) -m venv", sh)) == {"/usr/bin/python3"}


def test_the_walkthrough_cites_only_what_the_repository_has():
    doc = text()
    cited = {c for c in re.findall(r"`((?:\.\./)*[\w.-]+/[\w./-]+\.(?:md|py|cf|yaml|mc|sh|service))`", doc)
             if not c.startswith("/")}
    links = {c.split("#")[0] for c in re.findall(r"\]\(((?!https?:)[^)]+)\)", doc)}
    assert cited and links
    missing = sorted([c for c in cited if not (REPO / c).exists()]
                     + [c for c in links if not (DOC.parent / c).exists()])
    assert not missing, missing
    for where in (REPO / "README.md", REPO / "examples" / "walkthrough.md"):
        assert "walkthrough-pop3.md" in where.read_text(), where
