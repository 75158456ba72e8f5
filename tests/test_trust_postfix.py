"""Issue 9 through a real Postfix: a bounce of our own mail suppresses, a forged one does not.

A private Postfix (tests/mailstack.py) relays ``remote.test`` to an aiosmtpd "remote MX" that
refuses ``nouser@`` with 550 5.1.1, and hands mail for ``example.test`` to ``bouncefilter pipe``
run by pipe(8) as ``nobody`` from a virtualenv on Debian's Python (``pipe_venv``), with pipe(8)'s
empty environment: the trust key reaches it through ``trust.secret_file`` (mode 0600, owned by
the pipe user, as an admin would install it).  The application asks ``bouncefilter verp sign``
(as the pipe user, from the same install) for the return path of its message, and submits the
message over SMTP with that ``MAIL FROM``.  Postfix writes the DSN to that address; the pipe
finds it verified and suppresses.  A forged DSN injected over SMTP to the plain bounce address
is recorded ``untrusted`` and acts on nothing, and so is the honest DSN of a message that went out
without a signed return path (what a key costs: unsigned mail no longer suppresses).
"""
from __future__ import annotations

import email.utils
import os
import re
import subprocess
import time
from pathlib import Path

import mailstack as ms
import pytest
from receivers import WebhookReceiver

from filter.store.sqlite import Store

pytestmark = pytest.mark.mailstack

HOOK_SECRET = "trust-postfix-webhook-secret"
BOUNCES = "bounces@example.test"
VICTIM = "victim@customer.example"


class Setup:
    """Config, key and state dir as an admin installs them for the pipe user (nobody)."""

    def __init__(self, root: Path, venv: Path, url: str):
        self.venv = venv
        self.dir = root / "bf"
        self.dir.mkdir()
        self.state = self.dir / "state"
        self.state.mkdir()
        os.chown(self.state, ms.NOBODY_UID, ms.NOBODY_GID)
        key = self.dir / "trust.key"
        fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(os.urandom(32).hex() + "\n")
        os.chown(key, ms.NOBODY_UID, ms.NOBODY_GID)          # readable by the pipe user only
        hook = self.dir / "webhook.secret"
        hook.write_text(HOOK_SECRET + "\n")
        os.chown(hook, ms.NOBODY_UID, ms.NOBODY_GID)
        hook.chmod(0o600)
        self.cfg = self.dir / "bouncefilter.yaml"
        self.cfg.write_text(f"""\
state_dir: {self.state}
outbox: {{tries: 2, backoff_initial: 10ms, backoff_max: 50ms, inline_budget: 3s}}
trust: {{secret_file: {key}, bounce_address: {BOUNCES}}}
actions:
  app: {{type: webhook, url: '{url}', secret_file: {hook}, timeout: 2s}}
rules:
  - {{match: {{event: bounce, class: hard}}, actions: [suppress, app]}}
  - {{match: {{event: untrusted}}, actions: [alert]}}
""")

    @property
    def pipe_argv(self) -> list[str]:
        return [str(self.venv / "bin" / "bouncefilter"), "pipe", "--config", str(self.cfg), "--"]

    def as_nobody(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["runuser", "-u", "nobody", "--", str(self.venv / "bin" / "bouncefilter"), *args,
                               "--config", str(self.cfg)], check=False, capture_output=True, text=True, cwd="/",
                              timeout=60)

    def events(self, event: str | None = None) -> list[dict]:
        db = self.state / "bouncefilter.db"
        if not db.exists():  # never create it as root
            return []
        with Store(db) as s:
            return list(s.events(event=event))

    def suppressed(self) -> set[str]:
        with Store(self.state / "bouncefilter.db") as s:
            return {row["address"] for row in s.suppressed()}


def sent_via_pipe(pf: ms.PostfixInstance) -> list[str]:
    return re.findall(r"to=<([^>]*)>, relay=bouncepipe, .*status=sent \(delivered via bouncepipe service\)",
                      pf.log())


def forged_dsn(victim: str) -> bytes:
    return (f"From: Mail Delivery System <MAILER-DAEMON@mx.attacker.example>\r\nTo: {BOUNCES}\r\n"
            f"Subject: Undelivered Mail Returned to Sender\r\nDate: {email.utils.formatdate()}\r\n"
            "Message-ID: <forged-1@mx.attacker.example>\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
            "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Final-Recipient: rfc822; {victim}\r\nAction: failed\r\nStatus: 5.1.1\r\n--b--\r\n").encode()


def test_postfix_dsn_of_signed_mail_suppresses_and_a_forged_dsn_does_not(
        postfix_factory, pipe_venv, mailstack_tmpdir):
    with WebhookReceiver(HOOK_SECRET) as rx:
        s = Setup(mailstack_tmpdir, pipe_venv, rx.url)
        r = s.as_nobody("events")                                  # the store is the pipe user's
        assert r.returncode == 0, r.stderr
        r = s.as_nobody("verp", "sign", "nouser@remote.test")      # what the application asks for
        assert r.returncode == 0 and r.stderr == "", r.stderr
        tag = r.stdout.strip()
        assert re.fullmatch(r"bounces\+nouser=remote\.test=s0[a-z2-7]{12}@example\.test", tag), tag
        assert s.as_nobody("verp", "check", tag).returncode == 0

        pf = postfix_factory(pipe_argv=s.pipe_argv)
        pf.remote.set_rule("plain", "550 5.1.1 <{address}>: Recipient address rejected: User unknown")
        t0 = time.monotonic()
        pf.send(tag, ["nouser@remote.test"], subject="signed return path")
        pf.send("", [BOUNCES], forged_dsn(VICTIM))                 # anyone can do this
        pf.send("sender@example.test", ["plain@remote.test"], subject="unsigned return path")
        ms.wait_until(lambda: len(sent_via_pipe(pf)) == 3, 30, what="three DSNs taken by the pipe (exit 0)")
        pf.wait_queue_empty()
        took = time.monotonic() - t0

        assert sorted(sent_via_pipe(pf)) == sorted([tag, BOUNCES, "sender@example.test"])
        [real] = s.events("bounce")
        assert (real["recipient"]["address"], real["recipient"]["status"], real["recipient"]["reason"],
                real["source"]) == ("nouser@remote.test", "5.1.1", "user_unknown", "pipe")
        assert real["trust"]["level"] == "verified"
        assert any("verp: signed return path for nouser@remote.test" in x for x in real["trust"]["evidence"])
        assert real["original"]["subject"] == "signed return path"   # Postfix's own DSN, the whole way
        untrusted = {e["recipient"]["address"]: e for e in s.events("untrusted")}
        assert set(untrusted) == {VICTIM, "plain@remote.test"}
        assert untrusted[VICTIM]["trust"]["level"] == "unverified"
        # the honest bounce of unsigned mail from our domain: plausible, not enough to act
        assert untrusted["plain@remote.test"]["trust"]["level"] == "plausible"
        assert untrusted["plain@remote.test"]["original"]["subject"] == "unsigned return path"
        assert s.suppressed() == {"nouser@remote.test"}
        ms.wait_until(lambda: rx.accepted, 10, what="the webhook of the real bounce")
        assert [(r.json["event"], r.json["recipient"]["address"]) for r in rx.accepted.values()] == \
            [("bounce", "nouser@remote.test")]
        assert rx.bad_signatures == 0 and len(rx.requests) == 1
        alerts = [line for line in (s.state / "alerts.jsonl").read_text().splitlines() if line.strip()]
        assert len(alerts) == 2 and VICTIM in "".join(alerts)
        print(f"three DSNs through Postfix and the pipe in {took:.1f}s")
