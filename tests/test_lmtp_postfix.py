"""The LMTP service behind a real Postfix (issue 11): Postfix's lmtp client delivers the DSNs it
writes to ``bouncefilter lmtp`` over a unix socket.

Every test starts a private Postfix (tests/mailstack.py) that relays ``remote.test`` to an
aiosmtpd "remote MX" answering 550 5.1.1 / 452 4.2.2 at RCPT and 554 5.7.1 / 550 5.7.26 /
552 5.3.4 at DATA; its transport map sends mail for ``example.test`` (the DSNs for
``sender@example.test``) to ``lmtp:unix:<socket>`` (or the ``bouncefilter-lmtp`` service of
``conf/postfix-master.cf``).  The service is ``bouncefilter lmtp`` in a subprocess (the dev venv,
as root) whose socket is ``0660 root:postfix`` (the lmtp client runs as ``postfix``).  The
assertions are about real outcomes: events in the store, Postfix's log and queue.
"""
from __future__ import annotations

import itertools
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import mailstack as ms
import pytest

from filter.store.sqlite import Store

pytestmark = pytest.mark.mailstack

REPO = Path(__file__).resolve().parents[1]
SENDER = "sender@example.test"

#: remote MX rule -> what the DSN Postfix writes must be recorded as
EXPECTED = {
    "nouser": ("failed", "hard", "user_unknown", "5.1.1", "550"),
    "full": ("failed", "soft", "mailbox_full", "4.2.2", "452"),
    "spam": ("failed", "block", "spam_detected", "5.7.1", "554"),
    "dmarc": ("failed", "block", "auth_failure", "5.7.26", "550"),
    "big": ("failed", "soft", "message_too_large", "5.3.4", "552"),
}


class Service:
    """``bouncefilter lmtp`` on ``<dir>/run/lmtp.sock`` (a folder postfix can traverse)."""

    def __init__(self, root: Path, extra: str = ""):
        self.dir = root / "bf"
        self.dir.mkdir(exist_ok=True)
        (self.dir / "run").mkdir(mode=0o755, exist_ok=True)
        self.sock = self.dir / "run" / "lmtp.sock"
        self.state = self.dir / "state"
        self.cfg = self.dir / "bouncefilter.yaml"
        self.cfg.write_text(f"state_dir: {self.state}\n"
                            f"lmtp: {{listen: 'unix:{self.sock}', socket_group: postfix, deliver: false}}\n{extra}")
        self.log_path = self.dir / "lmtp.log"
        self.proc: subprocess.Popen | None = None
        self._root = root

    def start(self) -> "Service":
        self.proc = subprocess.Popen([sys.executable, "-m", "filter.cli", "lmtp", "--config", str(self.cfg)],
                                     cwd=REPO, stdin=subprocess.DEVNULL, stdout=open(self.log_path, "ab"),
                                     stderr=subprocess.STDOUT, env=dict(os.environ, PYTHONUNBUFFERED="1"))
        ms._record_pid(self._root, f"lmtp-{self.proc.pid}", self.proc.pid)  # reaped if this run is SIGKILLed
        n = self.log().count("listening on")
        ms.wait_until(lambda: self.log().count("listening on") > n or self.proc.poll() is not None, 20,
                      what="bouncefilter lmtp listening")
        assert self.proc.poll() is None, self.log()
        return self

    def stop(self, sig: int = signal.SIGTERM) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(5)
        finally:
            self.proc = None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def events(self, event: str | None = "bounce") -> list[dict]:
        db = self.state / "bouncefilter.db"
        if not db.exists():
            return []
        with Store(db) as s:
            return list(s.events(event=event))

    def wait_events(self, n: int, timeout: float = 30) -> list[dict]:
        return ms.wait_until(lambda: (lambda e: e if len(e) >= n else None)(self.events()), timeout, interval=0.1,
                             what=f"{n} event(s) in {self.state}")


@pytest.fixture
def service(mailstack_tmpdir):
    started: list[Service] = []

    def start(extra: str = "") -> Service:
        s = Service(mailstack_tmpdir, extra).start()
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


def lmtp_postfix(postfix_factory, svc: Service, **kw) -> ms.PostfixInstance:
    """Postfix whose transport sends example.test (the DSNs to sender@example.test) to the service."""
    kw.setdefault("lifetimes", "default")   # a deferral stays in the queue (no expiry)
    return postfix_factory(pipe_routes=(), extra_transport={"example.test": f"lmtp:unix:{svc.sock}"}, **kw)


def sent_via_lmtp(pf: ms.PostfixInstance) -> list[str]:
    return re.findall(r"to=<sender@example\.test>, relay=\S*lmtp\.sock\S*, .*status=sent \(250 2\.0\.0 "
                      r"<sender@example\.test> recorded: failed", pf.log())


# -- Postfix's own DSNs through LMTP -----------------------------------------------------------------
def test_postfix_dsns_reach_the_lmtp_service_and_give_the_right_events(postfix_factory, service):
    svc = service()
    pf = lmtp_postfix(postfix_factory, svc, lifetimes="immediate")   # the 452 gives a DSN at once too
    for local in EXPECTED:
        pf.send(SENDER, [f"{local}@remote.test"], subject=f"to {local}")
    evs = svc.wait_events(len(EXPECTED))
    pf.wait_queue_empty()
    got = {e["recipient"]["address"].split("@")[0]: (e["kind"], e["recipient"]["class"], e["recipient"]["reason"],
                                                     e["recipient"]["status"], e["recipient"]["reply_code"])
           for e in evs}
    assert got == EXPECTED
    assert {e["source"] for e in evs} == {"lmtp"}
    assert {e["original"]["subject"] for e in evs} == {f"to {k}" for k in EXPECTED}
    ms.wait_until(lambda: len(sent_via_lmtp(pf)) == len(EXPECTED), 10, what="every DSN logged as sent (250)")
    assert not re.search(r"to=<sender@example\.test>, .*status=(deferred|bounced)", pf.log())
    assert re.search(r"INFO \S+: failed from <> to <sender@example\.test>: nouser@remote\.test hard user_unknown",
                     svc.log())


def test_store_locked_postfix_defers_then_records_once_after_postqueue_f(postfix_factory, service):
    svc = service(extra="store: {busy_timeout: 500ms}\n")       # the CLI's start-up probe created the store
    pf = lmtp_postfix(postfix_factory, svc)
    lock = sqlite3.connect(svc.state / "bouncefilter.db", isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")                             # another writer that does not let go
    try:
        pf.send(SENDER, ["nouser@remote.test"])
        m = pf.wait_log(r"to=<sender@example\.test>, relay=\S*lmtp\.sock\S*, .*status=deferred \(host \S+ said: "
                        r"451 4\.3\.0 <sender@example\.test> not recorded: store .*locked.*\)", timeout=20)
        assert "Traceback" not in m.group(0)
        [queued] = pf.queue()
        assert queued["sender"] == "MAILER-DAEMON" and queued["queue_name"] == "deferred"   # the DSN, kept
        assert svc.events() == []
    finally:
        lock.execute("ROLLBACK")                                # the admin fixes it ...
        lock.close()
    pf.flush()                                                  # ... and runs postqueue -f
    pf.wait_queue_empty(20)
    [ev] = svc.wait_events(1)
    assert (ev["recipient"]["address"], ev["recipient"]["reason"]) == ("nouser@remote.test", "user_unknown")
    assert len(sent_via_lmtp(pf)) == 1
    time.sleep(0.5)
    assert len(svc.events()) == 1                               # nothing duplicated


def test_lmtp_service_killed_postfix_defers_and_delivers_after_restart(postfix_factory, service, remote_mx):
    for i in range(4):
        remote_mx.set_rule(f"gone{i}", "550 5.1.1 <{address}>: Recipient address rejected: User unknown")
    svc = service()
    pf = lmtp_postfix(postfix_factory, svc)
    pf.send(SENDER, ["gone0@remote.test"])
    svc.wait_events(1)
    ms.wait_until(lambda: len(sent_via_lmtp(pf)) == 1, 10, what="the first DSN sent")
    assert svc.stop(signal.SIGKILL) == -signal.SIGKILL          # no goodbye: the socket file stays
    assert svc.sock.exists()
    for i in (1, 2, 3):
        pf.send(SENDER, [f"gone{i}@remote.test"])
    ms.wait_until(lambda: len(re.findall(r"to=<sender@example\.test>, relay=\S+, .*status=deferred \((?:delivery "
                                         r"temporarily suspended: )?connect to \S*lmtp\.sock\S*: Connection refused\)",
                                         pf.log())) >= 3, 20, what="three DSNs deferred: connection refused")
    assert len(pf.queue()) == 3 and len(svc.events()) == 1
    svc.start()                                                 # restarted: takes over the stale socket
    pf.flush()
    pf.wait_queue_empty(20)
    evs = svc.wait_events(4)
    time.sleep(0.5)
    evs = svc.events()
    assert sorted(e["recipient"]["address"] for e in evs) == [f"gone{i}@remote.test" for i in range(4)]
    assert len({e["id"] for e in evs}) == 4                     # nothing lost, nothing twice
    assert len(sent_via_lmtp(pf)) == 4


# -- the documented configuration ----------------------------------------------------------------
def _settings(path: Path, prefix: str) -> dict[str, str]:
    out = {}
    for line in path.read_text().splitlines():
        if line.startswith(prefix):
            k, _, v = line.partition("=")
            out[k.strip()] = v.split("#", 1)[0].strip()
    return out


def test_the_documented_lmtp_snippets_work_as_written(postfix_factory, service):
    """conf/postfix-master.cf's bouncefilter-lmtp service and conf/postfix-main.cf's
    bouncefilter-lmtp_* settings, as written, with the transport line of the comments (only the
    socket path changed)."""
    svc = service()
    master = REPO / "conf" / "postfix-master.cf"
    lines = master.read_text().splitlines()
    [start] = [i for i, line in enumerate(lines) if line.startswith("bouncefilter-lmtp ")]
    service_lines = [lines[start]] + [line for line in itertools.takewhile(lambda x: x[:1].isspace() and x.strip(),
                                                                           lines[start + 1:])]
    [route] = re.findall(r"#\s+bounces@example\.com\s+(bouncefilter-lmtp:unix:\S+)", master.read_text())
    nexthop = route.replace("/run/bouncefilter/lmtp.sock", str(svc.sock))
    pf = lmtp_postfix(postfix_factory, svc)
    with open(pf.config_dir / "transport", "w") as f:              # example.test -> the documented route
        f.write(f"example.test\t{nexthop}\nremote.test\tsmtp:{pf.remote.nexthop}\n")
    with open(pf.config_dir / "master.cf", "a") as f:
        f.write("".join(line + "\n" for line in service_lines))
    main = _settings(REPO / "conf" / "postfix-main.cf", "bouncefilter-lmtp_")
    assert main == {"bouncefilter-lmtp_destination_recipient_limit": "1",
                    "bouncefilter-lmtp_initial_destination_concurrency": "20"}
    pf.postconf(main)                                              # reloads
    check = subprocess.run([ms.POSTCONF, "-c", str(pf.config_dir), "-n"], check=False, capture_output=True, text=True)
    assert check.returncode == 0 and "warning" not in check.stderr, check.stderr
    pf.send(SENDER, ["nouser@remote.test", "spam@remote.test"])
    pf.wait_log(r"to=<sender@example\.test>, relay=\S*lmtp\.sock\S*, .*status=sent \(250 2\.0\.0 "
                r"<sender@example\.test> recorded: failed, 3 new event\(s\)", timeout=20)
    assert re.search(r"postfix/bouncefilter-lmtp/lmtp\[\d+\]: \w+: to=<sender@example\.test>, .*status=sent",
                     pf.log())                                     # the documented service, named in the log
    assert sorted(e["recipient"]["address"] for e in svc.events()) == ["nouser@remote.test", "spam@remote.test"]
