"""The pipe and the milter behind a real Postfix (issue 4): what a user's install does.

Every test starts a private Postfix on 127.0.0.1 (tests/mailstack.py) that relays
``remote.test`` to an aiosmtpd "remote MX" answering 550 5.1.1 / 452 4.2.2 at RCPT and 554 5.7.1
/ 550 5.7.26 / 552 5.3.4 at DATA, and hands mail for ``example.test`` (the DSNs Postfix writes
for ``sender@example.test``) to ``bouncefilter pipe`` run by pipe(8) as ``nobody`` from a
virtualenv on Debian's Python (``pipe_venv``), with ``flags=Rq null_sender= ${sender}
${recipient}``.  The milter is ``bouncefilter milter`` in a subprocess.  A real HTTP receiver
takes the webhooks.  The assertions are about real outcomes: events in the store, webhook
requests, headers the remote MX received, Postfix's log and queue.

The store is shared by root (the milter, these assertions) and nobody (the pipe): it is always
created by nobody first, and SQLite gives the files it makes as root to the database's owner.
"""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import mailstack as ms
import corpus
import pytest
from receivers import WebhookReceiver
from test_pipe import NAMELESS  # a free-text bounce that names no recipient

from filter import classify
from filter.engine import event_id, message_digest
from filter.core.model import Envelope
from filter.store.sqlite import Store

pytestmark = pytest.mark.mailstack

REPO = Path(__file__).resolve().parents[1]
CORPUS = corpus.CORPUS / "bounces"  # ../shared/corpus beside the checkout
SECRET = "integration-secret"
SENDER = "sender@example.test"

#: remote MX rule -> what the DSN Postfix writes must be recorded as
EXPECTED = {
    "nouser": ("failed", "hard", "user_unknown", "5.1.1", "550"),
    "full": ("failed", "soft", "mailbox_full", "4.2.2", "452"),
    "spam": ("failed", "block", "spam_detected", "5.7.1", "554"),
    "dmarc": ("failed", "block", "auth_failure", "5.7.26", "550"),
    "big": ("failed", "soft", "message_too_large", "5.3.4", "552"),
}


# -- helpers -------------------------------------------------------------------------------------
class Setup:
    """A config + state dir the pipe user (nobody) can use; secrets in a file (pipe(8) passes
    no environment)."""

    def __init__(self, root: Path, venv: Path, url: str, *, extra: str = "",
                 rules: str = "  - {match: {event: bounce}, actions: [app]}\n"):
        self.venv = venv
        self.dir = root / "bf"
        self.dir.mkdir()
        self.state = self.dir / "state"
        self.state.mkdir()
        os.chown(self.state, ms.NOBODY_UID, ms.NOBODY_GID)
        secret = self.dir / "webhook.secret"
        secret.write_text(SECRET + "\n")
        secret.chmod(0o644)
        self.cfg = self.dir / "bouncefilter.yaml"
        self.cfg.write_text(f"""\
state_dir: {self.state}
outbox: {{tries: 2, backoff_initial: 10ms, backoff_max: 50ms, inline_budget: 3s, retry_initial: 1s,
          poll_interval: 200ms}}
actions:
  app: {{type: webhook, url: '{url}', secret_file: {secret}, timeout: 2s}}
{extra}rules:
{rules}""")

    @property
    def pipe_argv(self) -> list[str]:
        return [str(self.venv / "bin" / "bouncefilter"), "pipe", "--config", str(self.cfg), "--"]

    def as_nobody(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run(["runuser", "-u", "nobody", "--", str(self.venv / "bin" / "bouncefilter"), *args,
                               "--config", str(self.cfg)], check=False, capture_output=True, text=True, cwd="/",
                              timeout=timeout)

    def create_store(self) -> None:
        r = self.as_nobody("events")
        assert r.returncode == 0, r.stderr

    def events(self, event: str | None = "bounce") -> list[dict]:
        db = self.state / "bouncefilter.db"
        if not db.exists():  # never create it as root
            return []
        with Store(db) as s:
            return list(s.events(event=event))

    def counts(self) -> dict[str, int]:
        with Store(self.state / "bouncefilter.db") as s:
            return s.counts()

    def wait_events(self, n: int, timeout: float = 30, **kw) -> list[dict]:
        def enough() -> list[dict] | None:
            evs = self.events(**kw)
            return evs if len(evs) >= n else None

        return ms.wait_until(enough, timeout, interval=0.1, what=f"{n} event(s) in {self.state}")


def milter(setup_dir: Path, cfg: Path) -> ms.ServerProcess:
    """``bouncefilter milter`` on a free port (the dev venv, as root)."""
    port = ms.free_port()
    return ms.ServerProcess([sys.executable, "-m", "filter.cli", "milter", "--config", str(cfg),
                             "--socket", f"inet:{port}@127.0.0.1"], port, cwd=str(REPO),
                            log_path=setup_dir / "milter.log", env=dict(os.environ, PYTHONUNBUFFERED="1"))


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def sent_via_pipe(pf: ms.PostfixInstance) -> list[str]:
    return re.findall(r"to=<[^>]*>, relay=bouncepipe, .*status=sent \(delivered via bouncepipe service\)", pf.log())


@pytest.fixture
def receiver():
    with WebhookReceiver(SECRET) as rx:
        yield rx


# -- Postfix's own DSNs through the pipe ---------------------------------------------------------
def test_postfix_dsns_reach_the_pipe_and_give_the_right_events_and_webhooks(
        postfix_factory, pipe_venv, mailstack_tmpdir, receiver):
    s = Setup(mailstack_tmpdir, pipe_venv, receiver.url)
    pf = postfix_factory(pipe_argv=s.pipe_argv)
    for local in EXPECTED:
        pf.send(SENDER, [f"{local}@remote.test"], subject=f"to {local}")
    try:
        evs = s.wait_events(len(EXPECTED), timeout=60)
    except TimeoutError as e:  # say what Postfix did (a deferral, a pipe that exited 75) and what arrived
        seen = [(x["recipient"]["address"], x["kind"]) for x in s.events()]
        raise AssertionError(f"{e}; events so far: {seen}\nPostfix log (tail):\n{pf.log()[-4000:]}") from None
    pf.wait_queue_empty()
    got = {e["recipient"]["address"].split("@")[0]: (e["kind"], e["recipient"]["class"], e["recipient"]["reason"],
                                                     e["recipient"]["status"], e["recipient"]["reply_code"])
           for e in evs}
    assert got == EXPECTED
    assert {e["source"] for e in evs} == {"pipe"}
    assert {e["original"]["subject"] for e in evs} == {f"to {k}" for k in EXPECTED}
    ms.wait_until(lambda: len(sent_via_pipe(pf)) == len(EXPECTED), 10,  # every DSN: exit 0, status=sent
                  what="the DSNs logged as sent by the pipe")
    ms.wait_until(lambda: len(receiver.accepted) == len(EXPECTED), 10, what="webhooks")
    assert set(receiver.accepted) == {e["id"] for e in evs}           # delivered inline by the pipe
    assert receiver.duplicates == 0 and receiver.bad_signatures == 0
    assert s.counts()["pending"] == 0


def test_delayed_dsn_is_a_warning_then_the_failure_counts(postfix_factory, pipe_venv, mailstack_tmpdir, receiver):
    # one soft failure suppresses (threshold 1): the delay warning before it must not
    s = Setup(mailstack_tmpdir, pipe_venv, receiver.url,
              extra="soft_bounce: {threshold: 1}\n",
              rules="  - {match: {event: bounce, kind: failed}, actions: [app]}\n")
    pf = postfix_factory(pipe_argv=s.pipe_argv, lifetimes="delayed")
    pf.send(SENDER, ["full@remote.test"])
    [delayed] = s.wait_events(1, timeout=15)
    assert (delayed["kind"], delayed["recipient"]["address"], delayed["recipient"]["action"],
            delayed["recipient"]["status"]) == ("delayed", "full@remote.test", "delayed", "4.2.2")
    assert s.events("suppressed") == [] and receiver.requests == []   # a warning: no action, no suppression
    evs = s.wait_events(2, timeout=20)                                # Postfix gives up after ~3 s
    failed = [e for e in evs if e["kind"] == "failed"]
    assert [(e["recipient"]["address"], e["recipient"]["class"]) for e in failed] == [("full@remote.test", "soft")]
    [supp] = s.wait_events(1, event="suppressed")
    assert supp["cause"] == failed[0]["id"] and supp["suppression"]["policy"] == "soft_bounce"
    ms.wait_until(lambda: receiver.accepted, 10, what="the webhook of the failure")
    assert list(receiver.accepted) == [failed[0]["id"]]
    ms.wait_until(lambda: len(sent_via_pipe(pf)) == 2, 10, what="both DSNs logged as sent by the pipe")


# -- the milter ----------------------------------------------------------------------------------
def test_corpus_bounces_injected_over_smtp_pass_the_milter_and_get_headers_and_events(
        postfix_factory, mailstack_tmpdir):
    d = mailstack_tmpdir
    cfg = d / "bouncefilter.yaml"
    cfg.write_text(f"state_dir: {d / 'state'}\nmilter: {{deliver: false}}\n")
    files = sorted(CORPUS.glob("*.eml"))
    with milter(d, cfg) as m:
        pf = postfix_factory(smtpd_milters=[f"inet:127.0.0.1:{m.port}"])
        t0 = time.monotonic()
        for i, f in enumerate(files):  # the envelope recipient says which file it is
            pf.send("", [f"bounces-{i}@remote.test"], crlf(f.read_bytes()))
        got = {msg.rcpt_tos[0]: msg for msg in pf.remote.wait_for(len(files), timeout=120)}
        took = time.monotonic() - t0
        milter_log = m.log()
    print(f"{len(files)} corpus bounces through Postfix + milter in {took:.1f}s")
    assert len(got) == len(files)                                   # none lost, none discarded
    with Store(d / "state" / "bouncefilter.db") as st:
        stored = {e["id"]: e for e in st.events(event="bounce")}
    assert {e["source"] for e in stored.values()} == {"milter"}
    wrong = []
    expected_ids: set[str] = set()
    for i, f in enumerate(files):
        raw = crlf(f.read_bytes())
        rcpt = f"bounces-{i}@remote.test"
        report = classify(raw, envelope=Envelope("", rcpt))
        want = {"X-Bouncefilter-Kind": report.kind}
        if report.recipients:
            want["X-Bouncefilter-Class"] = ", ".join(dict.fromkeys(r.class_ for r in report.recipients))
            want["X-Bouncefilter-Reason"] = ", ".join(dict.fromkeys(r.reason for r in report.recipients))
        h = got[rcpt].message
        seen = {k: h.get_all(k) for k in want}
        if seen != {k: [v] for k, v in want.items()} or "X-Bouncefilter-Class" in h and not report.recipients:
            wrong.append((f.name, want, seen))
        if report.kind != "not_bounce":
            # what the milter saw: the headers as Postfix passed them on (cleanup adds a missing
            # Message-Id) and the body as sent (the smtp client folds lines over 998 octets later)
            digest = message_digest(got[rcpt].content.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n" +
                                    raw.split(b"\r\n\r\n", 1)[1])
            expected_ids |= {event_id(digest, "bounce", (r.address or "").lower())
                             for r in (report.recipients or [None])}
    assert not wrong, wrong[:5]
    assert set(stored) == expected_ids                               # one event per recipient, no more
    assert len(re.findall(r"INFO \S+: ", milter_log)) >= len(files)  # one log line per bounce


def test_postfix_own_bounces_pass_the_milter_then_the_pipe_and_count_once(
        postfix_factory, pipe_venv, mailstack_tmpdir, receiver):
    s = Setup(mailstack_tmpdir, pipe_venv, receiver.url, extra="milter: {deliver: true}\n")
    s.create_store()                                   # by nobody, the pipe user
    with milter(s.dir, s.cfg) as m:
        pf = postfix_factory(pipe_argv=s.pipe_argv, smtpd_milters=[f"inet:127.0.0.1:{m.port}"],
                             non_smtpd_milters=[f"inet:127.0.0.1:{m.port}"])
        assert pf.postconf_get("internal_mail_filter_classes") == "bounce"
        pf.send(SENDER, ["nouser@remote.test", "spam@remote.test"])
        ms.wait_until(lambda: len(sent_via_pipe(pf)) == 1, 20, what="the DSN at the pipe")
        pf.wait_queue_empty()
        log = m.log()
    [qid] = re.findall(r"INFO (\w+): failed from <> to <sender@example.test>", log)   # the milter saw the DSN
    assert re.search(rf"{qid}: .*status=sent \(delivered via bouncepipe service\)", pf.log())  # then the pipe
    evs = s.events()
    assert sorted((e["recipient"]["address"], e["source"]) for e in evs) == \
        [("nouser@remote.test", "milter"), ("spam@remote.test", "milter")]   # the pipe found them known
    ms.wait_until(lambda: len(receiver.accepted) == 2, 10, what="two webhooks")
    assert set(receiver.accepted) == {e["id"] for e in evs} and receiver.duplicates == 0
    assert len(receiver.requests) == 2                  # the milter's outbox and the pipe did not both send


def test_milter_discards_recorded_bounces_when_configured(postfix_factory, mailstack_tmpdir):
    d = mailstack_tmpdir
    cfg = d / "bouncefilter.yaml"
    cfg.write_text(f"state_dir: {d / 'state'}\nmilter: {{discard: [failed], deliver: false}}\n")
    with milter(d, cfg) as m:
        pf = postfix_factory(non_smtpd_milters=[f"inet:127.0.0.1:{m.port}"])   # pipe: the capture script
        pf.send(SENDER, ["nouser@remote.test"])
        pf.send(SENDER, ["someone@remote.test"])       # delivered: no DSN
        pf.wait_log(r"milter-discard: END-OF-MESSAGE from \S+: milter triggers DISCARD action; from=<> "
                    r"to=<sender@example.test>")
        pf.wait_queue_empty()
    assert pf.pipe_messages() == []                     # the DSN never reached its recipient
    with Store(d / "state" / "bouncefilter.db") as st:
        [ev] = list(st.events(event="bounce"))
    assert (ev["recipient"]["address"], ev["recipient"]["reason"]) == ("nouser@remote.test", "user_unknown")
    assert [msg.rcpt_tos for msg in pf.remote.messages] == [["someone@remote.test"]]


# -- failures --------------------------------------------------------------------------------
def test_webhook_down_the_pipe_exits_0_and_the_outbox_delivers_later(postfix_factory, pipe_venv, mailstack_tmpdir):
    rx = WebhookReceiver(SECRET)                        # not listening: connection refused
    s = Setup(mailstack_tmpdir, pipe_venv, rx.url)
    pf = postfix_factory(pipe_argv=s.pipe_argv)
    pf.send(SENDER, ["nouser@remote.test"])
    [ev] = s.wait_events(1)
    ms.wait_until(lambda: sent_via_pipe(pf), 10, what="the DSN logged as sent")   # exit 0: taken
    pf.wait_queue_empty()
    assert s.counts()["pending"] == 1
    with rx:
        r = s.as_nobody("outbox", "flush")              # what `outbox work` does, as the pipe user
        assert r.returncode == 0, r.stderr
        assert list(rx.accepted) == [ev["id"]] and rx.duplicates == 0 and rx.bad_signatures == 0
    assert s.counts() == {"pending": 0, "done": 1, "dead": 0}


@pytest.mark.parametrize("trouble", ["unwritable", "locked"])
def test_store_trouble_defers_then_nothing_is_lost_once_fixed(postfix_factory, pipe_venv, mailstack_tmpdir,
                                                              receiver, trouble):
    s = Setup(mailstack_tmpdir, pipe_venv, receiver.url, extra="store: {busy_timeout: 500ms}\n")
    lock = None
    if trouble == "unwritable":
        os.chown(s.state, 0, 0)                         # root's, 0755: nobody cannot create the store
    else:
        s.create_store()
        lock = sqlite3.connect(s.state / "bouncefilter.db", isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")                 # another writer that does not let go
    pf = postfix_factory(pipe_argv=s.pipe_argv, lifetimes="default")   # keep deferred mail for days
    pf.send(SENDER, ["nouser@remote.test"])
    m = pf.wait_log(r"relay=bouncepipe, .*status=deferred \(temporary failure\. Command output: "
                    r"bouncefilter: store .*\)")
    assert "Traceback" not in m.group(0) and "(message deferred: the MTA retries)" in m.group(0)
    assert ("locked" in m.group(0)) == (trouble == "locked")
    [queued] = pf.queue()
    assert queued["sender"] == "MAILER-DAEMON" and queued["queue_name"] == "deferred"   # the DSN (<>), kept
    assert [r["address"] for r in queued["recipients"]] == [SENDER]
    assert s.events() == [] and receiver.requests == []
    if lock is not None:                                # the admin fixes it ...
        lock.execute("ROLLBACK")
        lock.close()
    else:
        os.chown(s.state, ms.NOBODY_UID, ms.NOBODY_GID)
    pf.flush()                                          # ... and runs postqueue -f
    pf.wait_queue_empty(20)
    [ev] = s.wait_events(1)
    assert (ev["recipient"]["address"], ev["recipient"]["reason"]) == ("nouser@remote.test", "user_unknown")
    assert list(receiver.accepted) == [ev["id"]]
    assert len(sent_via_pipe(pf)) == 1


def test_milter_killed_mail_keeps_flowing(postfix_factory, mailstack_tmpdir):
    d = mailstack_tmpdir
    cfg = d / "bouncefilter.yaml"
    cfg.write_text(f"state_dir: {d / 'state'}\nmilter: {{deliver: false}}\n")
    dsn = crlf((CORPUS / "lhost-postfix-04.eml").read_bytes())
    with milter(d, cfg) as m:
        pf = postfix_factory(smtpd_milters=[f"inet:127.0.0.1:{m.port}"])
        pf.send("", ["bounces@remote.test"], dsn)
        [first] = pf.remote.wait_for(1)
        assert first.message["X-Bouncefilter-Kind"] == "failed"
        m.proc.kill()                                   # SIGKILL: no goodbye
        m.proc.wait(5)
        pf.send("", ["bounces@remote.test"], dsn.replace(b"Message-ID: <", b"Message-ID: <again-", 1))
        pf.send(SENDER, ["someone@remote.test"])
        msgs = pf.remote.wait_for(3)
    pf.wait_queue_empty()
    assert [msg.message["X-Bouncefilter-Kind"] for msg in msgs[1:]] == [None, None]   # accepted unmarked
    pf.wait_log(rf"warning: connect to Milter service inet:127\.0\.0\.1:{m.port}: Connection refused")
    assert "status=deferred" not in pf.log() and "milter-reject" not in pf.log()


# -- the documented configuration ----------------------------------------------------------------
def _settings(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            k, _, v = line.partition("=")
            out[k.strip()] = v.split("#", 1)[0].strip()
    return out


def _milter_settings(path: Path) -> dict[str, str]:
    """The milter lines of conf/postfix-main.cf, commented out there (``# smtpd_milters = ...``)."""
    return {m.group(1): m.group(2).strip() for line in path.read_text().splitlines()
            if (m := re.match(r"^# ((?:smtpd_|non_smtpd_)?milters|milter_\w+|internal_mail_filter_classes) = (.*)$",
                              line))}


def test_the_documented_postfix_snippets_work_as_written(postfix_factory, pipe_venv, mailstack_tmpdir, receiver):
    """conf/postfix-master.cf and conf/postfix-main.cf, with only the paths, the user and the port
    changed, in front of a VERP bounce that names no recipient: the milter marks and records it,
    the pipe service of the snippet takes it, the recipient comes from the envelope."""
    s = Setup(mailstack_tmpdir, pipe_venv, receiver.url, extra="milter: {deliver: false}\n")
    s.create_store()
    with milter(s.dir, s.cfg) as m:
        pf = postfix_factory(pipe_argv=s.pipe_argv, extra_transport={"bounces@bf.test": "bouncefilter:"})
        main = _settings(REPO / "conf" / "postfix-main.cf")
        assert main.pop("transport_maps") == "hash:/etc/postfix/bouncefilter_transport"   # the fixture's texthash: map
        # admits the bounce address of a local domain (bf.test is not one here: tests/test_walkthrough.py)
        assert main.pop("local_recipient_maps").endswith(" hash:/etc/postfix/bouncefilter_transport")
        main.update(_milter_settings(REPO / "conf" / "postfix-main.cf"))  # commented out there: optional
        pf.postconf({k: v.replace("inet:127.0.0.1:8899", f"inet:127.0.0.1:{m.port}") for k, v in main.items()},
                    reload=False)
        service = "".join(line + "\n" for line in (REPO / "conf" / "postfix-master.cf").read_text().splitlines()
                          if line.strip() and not line.startswith("#"))
        service = service.replace("/opt/bouncefilter", str(pipe_venv)).replace(
            "/etc/bouncefilter/bouncefilter.yaml", str(s.cfg)).replace("user=bouncefilter", "user=nobody")
        with open(pf.config_dir / "master.cf", "a") as f:
            f.write(service)
        pf.reload()
        check = subprocess.run([ms.POSTCONF, "-c", str(pf.config_dir), "-n"], check=False, capture_output=True,
                               text=True)
        assert check.returncode == 0 and "warning" not in check.stderr, check.stderr
        verp = "bounces+jane=example.org@bf.test"
        pf.send("", [verp], crlf(NAMELESS))
        pf.wait_log(r"to=<bounces\+jane=example\.org@bf\.test>, relay=bouncefilter, .*"
                    r"status=sent \(delivered via bouncefilter service\)")
        log = m.log()
    [ev] = s.events()
    assert (ev["recipient"]["address"], ev["recipient"]["reason"], ev["source"]) == \
        ("jane@example.org", "user_unknown", "milter")
    assert re.search(r"INFO \w+: failed from <> to <bounces\+jane=example\.org@bf\.test>: jane@example\.org", log)


# The Sendmail snippet (conf/sendmail.mc) runs live in tests/test_sendmail.py.
