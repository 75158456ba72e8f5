"""The pipe and the milter behind a real Sendmail, configured as conf/sendmail.mc says (issue 12).

Each test starts a private Sendmail (tests/sendmailstack.py: Debian 12's own sendmail 8.17
binaries and its default sendmail.mc, unpacked beside Postfix by scripts/install-system-deps.sh)
on 127.0.0.1 for the domain ``sm.test``, with the alias line conf/sendmail.mc documents
(``bounces: "|/opt/bouncefilter/bin/bouncefilter pipe --config ..."``, only the paths changed) and
the snippet's ``INPUT_MAIL_FILTER``.  The pipe runs as Sendmail's DefaultUser, ``mail`` on Debian,
from a virtualenv on Debian's Python (``pipe_venv``).  Outcomes are real: events in the store,
webhooks at a real HTTP receiver, the Sendmail queue files.
"""
from __future__ import annotations

import json
import os
import pwd
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import mailstack as ms
import pytest
import sendmailstack as sms
from conftest import PIPE_VENV_CACHE
from receivers import WebhookReceiver
from test_pipe import NAMELESS  # a free-text bounce that names no recipient
from test_postfix_integration import SECRET, Setup, milter

from filter.store.sqlite import Store

SENDMAIL_UNAVAILABLE = sms.unavailable_reason()
pytestmark = pytest.mark.skipif(bool(SENDMAIL_UNAVAILABLE), reason=f"sendmail: {SENDMAIL_UNAVAILABLE}")

HARD = "  - {match: {event: bounce, class: hard}, actions: [suppress, app]}\n"
VERP = "bounces+nouser=remote.test@sm.test"   # our VERP return path for mail to nouser@remote.test


class SendmailSetup(Setup):
    """test_postfix_integration's config + state dir, for Sendmail's pipe user ``mail`` (not nobody)."""

    def __init__(self, root: Path, venv: Path, url: str, **kw: str) -> None:
        super().__init__(root, venv, url, **kw)
        self.uid, self.gid = sms.mail_user()
        os.chown(self.state, self.uid, self.gid)

    def alias(self) -> str:
        """conf/sendmail.mc's alias line, with this venv and config instead of /opt and /etc."""
        line = sms.documented_alias("bounces")
        assert "/opt/bouncefilter/bin/bouncefilter" in line and "/etc/bouncefilter/bouncefilter.yaml" in line, line
        return (line.replace("/opt/bouncefilter", str(self.venv)).replace("/etc/bouncefilter/bouncefilter.yaml",
                                                                         str(self.cfg)).split(": ", 1)[1])


@pytest.fixture(scope="module")
def venv() -> Path:
    """The pipe's virtualenv (Debian python, world-readable): what ``mail`` runs."""
    return ms.pipe_venv(PIPE_VENV_CACHE)


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver(SECRET) as rx:
        yield rx


@pytest.fixture
def mx() -> Iterator[ms.RemoteMX]:
    with ms.RemoteMX() as remote:
        yield remote


def check_suppressed(s: SendmailSetup, receiver: WebhookReceiver) -> dict:
    """The hard bounce of nouser@remote.test: one event by the pipe, suppressed, its webhook sent."""
    [ev] = s.wait_events(1)
    assert (ev["kind"], ev["recipient"]["address"], ev["recipient"]["class"], ev["recipient"]["reason"],
            ev["recipient"]["status"], ev["source"]) == \
        ("failed", "nouser@remote.test", "hard", "user_unknown", "5.1.1", "pipe")
    [supp] = s.wait_events(1, event="suppressed")
    assert supp["cause"] == ev["id"] and supp["recipient"]["address"] == "nouser@remote.test"
    ms.wait_until(lambda: ev["id"] in receiver.accepted, 10, what="the webhook of the bounce")
    assert receiver.duplicates == 0 and receiver.bad_signatures == 0
    return ev


# -- a bounce from another MTA, over SMTP ------------------------------------------------------------
@pytest.mark.mailstack   # the DSN is Postfix's: needs the private Postfix too
def test_a_postfix_dsn_over_smtp_is_piped_by_the_documented_alias_and_suppresses(
        postfix_factory, venv, mailstack_tmpdir, receiver):
    s = SendmailSetup(mailstack_tmpdir, venv, receiver.url, rules=HARD)
    with sms.SendmailInstance(aliases={"bounces": s.alias()}) as sm:
        # another site's Postfix: our mail to nouser@remote.test fails there (550 5.1.1), and it
        # sends its DSN over SMTP to our VERP return path at sm.test, i.e. to this Sendmail
        pf = postfix_factory(extra_transport={"sm.test": f"smtp:[{ms.HOST}]:{sm.port}"})
        pf.send(VERP, ["nouser@remote.test"], subject="to nouser")
        pf.wait_log(rf"to=<{re.escape(VERP)}>, relay=127\.0\.0\.1\[127\.0\.0\.1\]:{sm.port}, .*status=sent")
        ev = check_suppressed(s, receiver)
        sm.wait_queue_empty()                           # exit 0: taken, nothing left queued
        assert sm.postmaster_mbox.read_text() == ""
    assert ev["original"]["subject"] == "to nouser"
    assert s.counts()["pending"] == 0
    assert (s.state / "bouncefilter.db").stat().st_uid == s.uid   # the pipe ran as mail (Debian's DefaultUser)


def test_sendmails_own_dsn_is_piped_and_suppresses(venv, mailstack_tmpdir, receiver, mx):
    """Mail sent through this Sendmail from the VERP address bounces at the remote MX: Sendmail's
    own DSN (its format, not Postfix's) goes to the alias and is recorded the same way."""
    s = SendmailSetup(mailstack_tmpdir, venv, receiver.url, rules=HARD)
    with sms.SendmailInstance(aliases={"bounces": s.alias()}, remote=mx) as sm:
        assert sm.send(VERP, ["nouser@remote.test"], ms.make_message(VERP, "nouser@remote.test", "to nouser")) == {}
        ev = check_suppressed(s, receiver)
        sm.wait_queue_empty()
    assert [r[1] for r in mx.rejections] == ["nouser@remote.test"]
    assert ev["original"]["subject"] == "to nouser"


def test_an_alias_passes_no_envelope_a_nameless_bounce_is_read_by_verp_from_its_to(venv, mailstack_tmpdir, receiver):
    """What conf/sendmail.mc says of the alias: the program gets no envelope on its command line,
    so a bounce that names no recipient is attributed by the VERP address in its own ``To:``."""
    s = SendmailSetup(mailstack_tmpdir, venv, receiver.url, rules=HARD)
    verp = "bounces+jane=example.org@sm.test"
    with sms.SendmailInstance(aliases={"bounces": s.alias()}) as sm:
        sm.send("", [verp], NAMELESS.replace(b"To: bounces@ours.example", f"To: {verp}".encode(), 1))
        [ev] = s.wait_events(1)
        sm.wait_queue_empty()
    assert (ev["recipient"]["address"], ev["recipient"]["reason"], ev["recipient"]["class"]) == \
        ("jane@example.org", "user_unknown", "hard")


def test_an_include_file_of_a_nologin_user_is_refused_and_the_bounce_goes_to_the_postmaster(mailstack_tmpdir):
    """Why the walkthrough gives the pipe to ``mail`` rather than an ``:include:`` file owned by
    the bouncefilter user: Sendmail runs an include file's programs as its owner only if that
    owner has a login shell (nobody, like section 1's user, has /usr/sbin/nologin)."""
    include = mailstack_tmpdir / "bounces.include"
    with sms.SendmailInstance(aliases={"bounces": f":include:{include}"}) as sm:
        include.write_text(f'"|{ms.DEBIAN_PYTHON} {sm.root}/capture-pipe {sm.pipe_out}"\n')
        os.chown(include, ms.NOBODY_UID, ms.NOBODY_GID)
        assert pwd.getpwuid(ms.NOBODY_UID).pw_shell.endswith("nologin")
        sm.send("", ["bounces+jane=example.org@sm.test"], NAMELESS)
        notice = ms.wait_until(lambda: "doesn't have a valid shell" in sm.postmaster_mbox.read_text()
                               and sm.postmaster_mbox.read_text(), 20, what="the postmaster notice")
        sm.wait_queue_empty()
        assert sm.pipe_messages() == []                 # the program never ran
    assert "User nobody@sm.test doesn't have a valid shell for mailing to programs" in notice
    assert "Status: 5.7.1" in notice


# -- exit codes ------------------------------------------------------------------------------------
def test_store_unavailable_is_75_sendmail_keeps_it_queued_then_one_event_after_the_fix(
        venv, mailstack_tmpdir, receiver, mx):
    s = SendmailSetup(mailstack_tmpdir, venv, receiver.url, rules=HARD)
    os.chown(s.state, 0, 0)                             # root's, 0755: mail cannot create the store
    with sms.SendmailInstance(aliases={"bounces": s.alias()}, remote=mx) as sm:
        sm.send(VERP, ["nouser@remote.test"])
        [queued] = sm.wait_queued()                     # the pipe said 75: Sendmail keeps the DSN
        assert queued.sender == "MAILER-DAEMON", queued          # the DSN (null sender), kept
        assert queued.status == "Deferred: prog mailer (/bin/sh) exited with EX_TEMPFAIL", queued
        assert queued.recipients == [s.alias()]                   # the alias's program, to run again
        assert f"({queued.status})" in sm.run("-bp").stdout         # what mailq shows the admin
        assert s.events() == [] and receiver.requests == []
        sm.run_queue()                                  # still broken: tried again, kept again
        [again] = sm.queue()
        assert (again.queue_id, again.status) == (queued.queue_id, queued.status)
        os.chown(s.state, s.uid, s.gid)                 # the admin fixes it ...
        sm.run_queue()                                  # ... and runs sendmail -q
        sm.wait_queue_empty()
        check_suppressed(s, receiver)
        sm.run_queue()                                  # nothing left to deliver twice
        assert sm.postmaster_mbox.read_text() == ""     # never bounced to the postmaster either
    assert len(s.events()) == 1 and len(receiver.requests) == 1


# -- the documented snippet ------------------------------------------------------------------------
def test_the_documented_sendmail_snippet_expands_and_its_milter_marks_and_fails_open(mailstack_tmpdir):
    """conf/sendmail.mc added to Debian's default sendmail.mc: m4 expands it without a word on
    stderr, the milter line is in sendmail.cf as written, a bounce passes the live milter (marked
    and recorded), and with the milter killed mail keeps flowing unmarked (``F=``)."""
    d = mailstack_tmpdir
    cfg = d / "bouncefilter.yaml"
    cfg.write_text(f"state_dir: {d / 'state'}\nmilter: {{deliver: false}}\n")
    with milter(d, cfg) as m, sms.SendmailInstance(milter_port=m.port) as sm:   # bounces: the stand-in pipe
        cf = sm.cf.read_text()
        assert "\nO InputMailFilters=bouncefilter\n" in cf
        assert f"\nXbouncefilter, S=inet:{m.port}@127.0.0.1, F=, T=C:10s;S:30s;R:30s;E:60s\n" in cf
        verp = "bounces+jane=example.org@sm.test"       # a bounce that names no recipient: VERP says who
        sm.send("", [verp], NAMELESS)
        [marked] = sm.wait_for_pipe(1)
        assert marked.message["X-Bouncefilter-Kind"] == "failed" and marked.uid == sms.mail_user()[0]
        m.proc.kill()                                   # SIGKILL: no goodbye
        m.proc.wait(5)
        sm.send("", [verp], NAMELESS.replace(b"Message-ID: <", b"Message-ID: <again-", 1))
        msgs = sm.wait_for_pipe(2)
        sm.wait_queue_empty()
        log = m.log()
    assert msgs[1].message["X-Bouncefilter-Kind"] is None   # accepted unmarked: the milter failed open
    with Store(d / "state" / "bouncefilter.db") as st:
        [ev] = list(st.events(event="bounce"))
    assert (ev["recipient"]["address"], ev["recipient"]["reason"], ev["source"]) == \
        ("jane@example.org", "user_unknown", "milter")
    assert re.search(r"INFO \w+: failed from <> to <bounces\+jane=example\.org@sm\.test>: jane@example\.org", log)


def test_the_private_sendmail_is_debians_and_leaves_the_system_alone(mailstack_tmpdir):
    """The fixture runs Debian's binary from the prefix, with Debian's DefaultUser and prog mailer,
    and writes nothing outside its temp dir: no /etc/mail, no /var/spool/mqueue appear."""
    before = {p: p.exists() for p in (Path("/etc/mail"), Path("/var/spool/mqueue"), Path("/var/lib/sendmail"))}
    with sms.SendmailInstance() as sm:
        cf = sm.cf.read_text()
        version = subprocess.run(sm.command("-d0.1", "-bt"), input="", capture_output=True, text=True,
                                 timeout=60, check=False).stdout
    assert "\nO DefaultUser=mail:mail\n" in cf and "\nMprog,\t\tP=/bin/sh," in cf   # Debian's, no smrsh
    assert re.search(r"Version 8\.17\.", version), version
    assert {p: p.exists() for p in before} == before


# -- the walk-through's Sendmail section -----------------------------------------------------------
def test_the_walkthroughs_sendmail_section_works_as_written(venv, mailstack_tmpdir, request):
    """examples/walkthrough.md section 8 after sections 1 and 2 (tests/test_walkthrough.py's install
    of the shipped config under a temp root): its commands run as written (paths moved), its
    check-config passes as mail in Sendmail's environment, and section 4's smoke-test bounce sent
    to this Sendmail for example.com is recorded and suppressed."""
    import test_walkthrough as wt

    receiver = WebhookReceiver(wt.SECRET).up()        # the secret Install writes
    request.addfinalizer(receiver.down)
    inst = wt.Install(mailstack_tmpdir, venv, receiver.url)

    def moved(text: str) -> str:
        return (text.replace("/opt/bouncefilter", str(venv)).replace("/etc/bouncefilter", str(inst.etc))
                .replace("/var/lib/bouncefilter", str(inst.var)))

    [block] = wt.sh_blocks("8")
    commands = [c.strip() for c in re.sub(r"\\\n\s*", " ", block).splitlines() if c.strip() and not c.startswith("#")]
    [alias] = [m.group(1) for c in commands if (m := re.fullmatch(r"echo '(bounces: .*)'\s+>>/etc/mail/aliases", c))]
    assert alias == sms.documented_alias("bounces")                 # the walk-through and conf/ agree
    # "set format: plain (or csv) and postmap: false in actions.suppress": postmap is Postfix's
    text = inst.cfg.read_text()
    assert "    format: postfix " in text and "    postmap: true " in text
    inst.cfg.write_text(text.replace("    format: postfix ", "    format: plain   ", 1)
                        .replace("    postmap: true ", "    postmap: false", 1))
    for c in commands:
        if c.split()[0] in ("chgrp", "chown", "runuser"):
            r = subprocess.run(["/bin/bash", "-c", moved(c)], capture_output=True, text=True, timeout=60, cwd="/")
            assert r.returncode == 0, (c, r.stdout, r.stderr)
            if c.startswith("runuser"):
                assert r.stdout.strip().endswith("OK"), r.stdout     # check-config as mail: valid
    bounce = re.search(r'bounce = """\\\n(.*?)"""', wt.heredoc("4", "/usr/bin/python3 -"), re.S)
    assert bounce, "section 4's smoke test holds no bounce"
    verp = "bounces+jane=example.org@example.com"
    with sms.SendmailInstance(aliases={"bounces": moved(alias.split(": ", 1)[1])}, local_domains=["example.com"]) as sm:
        sm.send("", [verp], bounce.group(1))
        sm.wait_queue_empty()                           # queued before the 250 to DATA, gone once piped (exit 0)
    r = subprocess.run(["/usr/sbin/runuser", "-u", "mail", "--", str(venv / "bin" / "bouncefilter"), "events",
                        "--config", str(inst.cfg)], capture_output=True, text=True, timeout=60, cwd="/")
    assert r.returncode == 0, r.stderr
    evs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert [(e["event"], e["recipient"]["address"]) for e in evs] == \
        [("bounce", "jane@example.org"), ("suppressed", "jane@example.org")]
    assert (inst.var / "suppressed").read_text().split() == ["jane@example.org"]
    ms.wait_until(lambda: len(receiver.accepted) == 2, 10, what="the webhooks (bounce, suppressed)")
    assert receiver.bad_signatures == 0 and receiver.duplicates == 0
