"""``bouncefilter lmtp``: the LMTP service (RFC 2033) as an LMTP client sees it.

Most tests run the service in a thread of the test process (``LmtpService.start_in_thread``)
against a real store, over a real unix socket or TCP, with an LMTP client built on
``smtplib.LMTP`` that reads one reply per recipient after DATA (smtplib reads only one).  The
signal tests (SIGTERM, SIGHUP) run ``bouncefilter lmtp`` as a subprocess.  Behind a real Postfix:
test_lmtp_postfix.py.
"""
from __future__ import annotations

import dataclasses
import os
import re
import signal
import smtplib
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import corpus
import pytest

from filter.config import load
from filter.engine import Engine
from filter.adapters.lmtp_app import LmtpService, _Unstuff, _unstuff
from filter.adapters.pipe import checked_classify
from filter.store.sqlite import Store

REPO = Path(__file__).resolve().parents[1]
CORPUS = corpus.CORPUS
POSTFIX_DSN = (CORPUS / "bounces" / "lhost-postfix-04.eml").read_bytes()  # kijitora@example.co.jp 550 5.1.1
NOT_BOUNCE = (CORPUS / "not-bounces" / "human-reply-mentions-bounce.eml").read_bytes()
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


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def variant(i: int, raw: bytes = POSTFIX_DSN) -> bytes:
    """The same DSN about another recipient, with its own Message-ID: new events."""
    out = raw.replace(b"kijitora@example.co.jp", f"user{i}@example.co.jp".encode())
    return crlf(re.sub(rb"(?im)^(Message-ID:\s*<)", rb"\g<1>v" + str(i).encode() + b".", out, count=1))


class Client(smtplib.LMTP):
    """smtplib.LMTP that reads the LMTP replies after DATA: one per accepted recipient."""

    def __init__(self, address: str, timeout: float = 30):
        if address.startswith("unix:"):
            super().__init__(address[5:], timeout=timeout)
        else:
            host, _, port = address.rpartition(":")
            super().__init__(host, int(port), timeout=timeout)
        code, _ = self.ehlo("client.example.test")  # LHLO
        assert code == 250

    def deliver(self, sender: str, rcpts: list[str], data: bytes) -> list[tuple[int, str]]:
        code, resp = self.mail(sender)
        assert code == 250, resp
        accepted = []
        for r in rcpts:
            code, resp = self.rcpt(r)
            assert code == 250, resp
            accepted.append(r)
        self.putcmd("data")
        code, resp = self.getreply()
        assert code == 354, resp
        q = smtplib._quote_periods(data)
        if q[-2:] != b"\r\n":
            q += b"\r\n"
        self.send(q + b".\r\n")
        return [(c, r.decode()) for c, r in (self.getreply() for _ in accepted)]


def write_config(root: Path, extra: str = "", lmtp: str = "") -> Path:
    cfg = root / "bouncefilter.yaml"
    cfg.write_text(f"state_dir: {root / 'state'}\nlmtp: {{deliver: false{', ' + lmtp if lmtp else ''}}}\n{extra}")
    return cfg


def events(root: Path, event: str | None = None) -> list[dict]:
    db = root / "state" / "bouncefilter.db"
    if not db.exists():
        return []
    with Store(db) as s:
        return list(s.events(event=event))


@pytest.fixture
def service(tmp_path):
    """start(extra=..., lmtp=..., listen=...) -> a running in-process service; stopped after."""
    started: list[LmtpService] = []

    def start(extra: str = "", lmtp: str = "", listen: str | None = None, engine_factory=None) -> LmtpService:
        cfg = write_config(tmp_path, extra, lmtp)
        svc = LmtpService(load(cfg), listen=listen or f"unix:{tmp_path / 'lmtp.sock'}",
                          engine_factory=engine_factory)
        started.append(svc.start_in_thread())
        return svc

    yield start
    for svc in started:
        svc.stop()


# -- taken: 250 per recipient ------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["unix", "tcp"])
def test_a_dsn_gets_250_per_recipient_and_its_events_are_recorded(service, tmp_path, where):
    svc = service(listen=None if where == "unix" else "127.0.0.1:0")
    assert svc.address.startswith("unix:/" if where == "unix" else "127.0.0.1:")
    rcpts = ["bounces@example.test", "bounces+kijitora=example.co.jp@example.test"]
    with Client(svc.address) as c:
        replies = c.deliver("", rcpts, crlf(POSTFIX_DSN))
    assert [code for code, _ in replies] == [250, 250]
    for (code, text), rcpt in zip(replies, rcpts):
        assert text.startswith(f"2.0.0 <{rcpt}> recorded: failed, 2 new event(s) of 2")
    evs = events(tmp_path)
    assert [(e["event"], e["recipient"]["address"]) for e in evs] == \
        [("bounce", "kijitora@example.co.jp"), ("suppressed", "kijitora@example.co.jp")]   # one set of events
    assert {e["source"] for e in evs} == {"lmtp"}
    r = subprocess.run([sys.executable, "-m", "filter.cli", "events", "--config", str(tmp_path / "bouncefilter.yaml"),
                        "--event", "bounce"], capture_output=True, text=True, cwd=REPO, timeout=60, check=False)
    assert r.returncode == 0 and "kijitora@example.co.jp" in r.stdout and len(r.stdout.splitlines()) == 1
    s = svc.stats()
    assert (s["messages"], s["recorded"], s["tempfailed"], s["events_new"]) == (1, 1, 0, 2)


def test_the_same_message_again_is_250_and_recorded_once(service, tmp_path):
    svc = service()
    with Client(svc.address) as c:
        [(c1, _)] = c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))
        [(c2, t2)] = c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))   # same connection
    assert (c1, c2) == (250, 250) and "0 new event(s)" in t2
    assert len(events(tmp_path)) == 2


def test_the_envelope_recipient_decodes_verp_and_return_path_is_the_sender(service, tmp_path):
    svc = service()
    verp = "bounces+jane=example.org@ours.example"
    with Client(svc.address) as c:
        [(code, _)] = c.deliver("", [verp], crlf(NAMELESS))
        # several recipients: the one that matches a VERP pattern is the envelope recipient
        [(a, _), (b, _)] = c.deliver("", ["postmaster@ours.example", verp.replace("jane", "joe")],
                                     crlf(NAMELESS.replace(b"nameless-1", b"nameless-2")))
    assert (code, a, b) == (250, 250, 250)
    assert [(e["recipient"]["address"], e["recipient"]["reason"]) for e in events(tmp_path, "bounce")] == \
        [("jane@example.org", "user_unknown"), ("joe@example.org", "user_unknown")]


def test_not_a_bounce_is_250_and_recorded_as_configured(service, tmp_path):
    svc = service()
    with Client(svc.address) as c:
        [(code, text)] = c.deliver("someone@example.org", ["bounces@example.test"], crlf(NOT_BOUNCE))
    assert code == 250 and "taken: not a bounce" in text
    [ev] = events(tmp_path)
    assert ev["kind"] == "not_bounce" and svc.stats()["not_bounce"] == 1


GARBAGE = {"empty": b"", "blank": b"\r\n\r\n", "binary": bytes(range(1, 256)).replace(b"\n", b"x").replace(b"\r", b"y"),
           "no-headers": b"hello, this is not a mail message\r\n\r\nat all\r\n",
           "nul-in-header": b"Subject: a\x00b\r\nFrom: x@y\r\n\r\nbody\r\n",
           "dots-and-a-long-line": b".starts with a dot\r\n..two dots\r\n.\r\n" + b"z" * 300_000 + b"\r\n.end\r\n"}


@pytest.mark.parametrize("name", list(GARBAGE))
def test_garbage_is_250_and_not_a_bounce_as_through_the_pipe(service, tmp_path, name):
    """What is not a mail message is what ``bouncefilter classify`` and the pipe say it is (not a
    bounce, recorded as ``not_bounce.record`` says); never a 5xx for content."""
    svc = service()
    data = GARBAGE[name]
    with Client(svc.address) as c:
        [(code, text)] = c.deliver("", ["bounces@example.test"], data)
    assert code == 250 and "not a bounce" in text
    [ev] = events(tmp_path)
    assert ev["event"] == "bounce" and ev["kind"] == "not_bounce"
    assert svc.stats()["not_bounce"] == 1 and svc.stats()["quarantined"] == 0


def test_an_oversized_message_is_spilled_and_quarantined_whole(service, tmp_path):
    svc = service(lmtp="max_size: 4096")
    data = crlf(POSTFIX_DSN) + b"\r\n" + b".dot\r\n" * 1000 + (b"y" * 70 + b"\r\n") * 3000 + b"\r\n".join(
        [b"." * 5, b"x" * 200_000, b"..", b""])
    with Client(svc.address) as c:
        [(code, text)] = c.deliver("", ["bounces@example.test"], data)
    assert code == 250 and "quarantined" in text
    [ev] = events(tmp_path)
    assert ev["event"] == "quarantined" and "lmtp.max_size (4096 bytes)" in ev["quarantine"]["reason"]
    assert Path(ev["quarantine"]["path"]).read_bytes() == data
    assert not list((tmp_path / "state" / "quarantine").glob(".incoming-*"))


def test_larger_than_max_spill_is_452_and_nothing_is_kept_and_size_is_advertised(service, tmp_path):
    svc = service(lmtp="max_size: 32768, max_spill: 65536")
    with Client(svc.address) as c:
        assert c.esmtp_features["size"] == "65536" and "pipelining" in c.esmtp_features \
            and "enhancedstatuscodes" in c.esmtp_features
        [(code, text)] = c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN) + b"x" * 100_000 + b"\r\n")
        assert code == 452 and text.startswith("4.3.1 <bounces@example.test> message larger than 65536 bytes")
        code, text = c.mail("", ["SIZE=70000"])                      # declared: RFC 1870's 552
        assert code == 552
        c.rset()
        [(code, _)] = c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))   # the session goes on
        assert code == 250
    assert [e["event"] for e in events(tmp_path)] == ["bounce", "suppressed"]
    assert list((tmp_path / "state" / "quarantine").iterdir()) == []
    assert svc.stats()["too_large"] == 1


def test_lmtp_speaks_lhlo_only_and_answers_pipelined_commands(service, tmp_path):
    svc = service()
    s = socket.socket(socket.AF_UNIX)
    s.connect(svc.address[5:])
    f = s.makefile("rb")
    assert f.readline().startswith(b"220 ")
    s.sendall(b"EHLO x\r\nHELO x\r\n")
    assert f.readline().startswith(b"500") and f.readline().startswith(b"500")
    body = crlf(POSTFIX_DSN).replace(b"\r\n.", b"\r\n..")
    s.sendall(b"LHLO x\r\nMAIL FROM:<> BODY=8BITMIME SIZE=%d\r\nRCPT TO:<a@example.test>\r\n"
              b"RCPT TO:<b@example.test>\r\nDATA\r\n" % len(body) + body + b".\r\nQUIT\r\n")
    lines = [line.decode() for line in f.readlines()]
    s.close()
    codes = [line[:4] for line in lines]
    assert codes == ["250-"] * 5 + ["250 ", "250 ", "250 ", "250 ", "354 ", "250 ", "250 ", "221 "], lines
    assert lines[7].startswith("250 2.1.5") and lines[10].startswith("250 2.0.0 <a@example.test> recorded")
    assert lines[11].startswith("250 2.0.0 <b@example.test> recorded")


def test_the_outbox_thread_delivers_what_the_records_enqueued_never_inline(tmp_path):
    from receivers import WebhookReceiver

    (tmp_path / "secret").write_text("lmtp-secret\n")
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(f"""\
state_dir: {tmp_path / 'state'}
outbox: {{poll_interval: 30s, inline_budget: 5s}}
actions:
  app: {{type: webhook, url: 'http://127.0.0.1:9/none', secret_file: {tmp_path / 'secret'}, timeout: 2s}}
rules:
  - {{match: {{event: bounce}}, actions: [app]}}
""")
    with WebhookReceiver("lmtp-secret") as rx:
        cfg.write_text(cfg.read_text().replace("http://127.0.0.1:9/none", rx.url))
        svc = LmtpService(load(cfg), listen=f"unix:{tmp_path / 'lmtp.sock'}").start_in_thread()
        try:
            rx.delay = 1.0                                 # a slow receiver does not delay the reply
            with Client(svc.address) as c:
                t0 = time.monotonic()
                assert c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))[0][0] == 250
                assert time.monotonic() - t0 < 0.9
            deadline = time.monotonic() + 10                # woken at once, not after poll_interval
            while not rx.accepted and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            svc.stop()
        [ev] = events(tmp_path, "bounce")
        assert list(rx.accepted) == [ev["id"]] and rx.duplicates == 0
    with Store(tmp_path / "state" / "bouncefilter.db") as st:
        assert st.counts()["pending"] == 0


# -- not taken: 451, the MTA keeps the message ---------------------------------------------------------
def test_store_locked_past_busy_timeout_is_451_then_recorded_once_when_free(service, tmp_path):
    svc = service(extra="store: {busy_timeout: 300ms}\n")
    with Client(svc.address) as c:
        assert c.deliver("", ["bounces@example.test"], crlf(NAMELESS))[0][0] == 250   # the store exists
    lock = sqlite3.connect(tmp_path / "state" / "bouncefilter.db", isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")                     # another writer that does not let go
    try:
        with Client(svc.address) as c:
            t0 = time.monotonic()
            replies = c.deliver("", ["bounces@example.test", "bounces@other.test"], crlf(POSTFIX_DSN))
            took = time.monotonic() - t0
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert [code for code, _ in replies] == [451, 451]
    assert replies[0][1].startswith("4.3.0 <bounces@example.test> not recorded: store ") and "locked" in replies[0][1]
    assert 0.25 < took < 5
    assert len(events(tmp_path)) == 1                   # nothing of it
    with Client(svc.address) as c:                       # the MTA retries
        assert [code for code, _ in c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))] == [250]
        assert "0 new" in c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))[0][1]
    assert [e["event"] for e in events(tmp_path)].count("bounce") == 2
    assert svc.stats()["tempfailed"] == 1


def test_a_state_dir_that_cannot_be_used_is_451_for_everything_garbage_included(service, tmp_path):
    (tmp_path / "afile").write_text("not a folder\n")
    svc = service()
    # (load() refuses such a state_dir: the running service is given one, as a reload could)
    svc.config = dataclasses.replace(svc.config, state_dir=tmp_path / "afile" / "state")
    with Client(svc.address) as c:
        for data in (crlf(POSTFIX_DSN), b"garbage without headers\r\n"):   # the quarantine too
            [(code, text)] = c.deliver("", ["bounces@example.test"], data)
            assert code == 451 and text.startswith("4.3.0 <bounces@example.test> not recorded: "), text
    assert svc.stats()["tempfailed"] == 2


def test_an_internal_error_is_451_never_5xx(service, tmp_path):
    def broken(config):
        engine = Engine(config, classify=checked_classify)
        engine.record_batch = lambda *a, **kw: 1 / 0
        return engine

    svc = service(engine_factory=broken)
    with Client(svc.address) as c:
        [(code, text)] = c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))
    assert code == 451 and "ZeroDivisionError" in text and events(tmp_path) == []


# -- group commit ----------------------------------------------------------------------------------------
def test_concurrent_clients_share_durable_commits_and_each_message_is_recorded_once(service, tmp_path):
    svc = service(lmtp="group_window: 200ms, max_sessions: 25")
    clients, per_client = 20, 5
    replies: dict[int, list] = {}

    def run(k: int) -> None:
        with Client(svc.address) as c:
            replies[k] = [c.deliver("", ["bounces@example.test"], variant(k * per_client + j))[0]
                          for j in range(per_client)]

    threads = [threading.Thread(target=run, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    n = clients * per_client
    assert sorted(code for r in replies.values() for code, _ in r) == [250] * n
    bounces = events(tmp_path, "bounce")
    assert sorted(e["recipient"]["address"] for e in bounces) == sorted(f"user{i}@example.co.jp" for i in range(n))
    assert len({e["id"] for e in bounces}) == n
    s = svc.stats()
    assert s["messages"] == n and s["recorded"] == n
    assert s["commits"] < n / 4, s                       # group commit: far fewer fsyncs than bounces
    assert s["commits"] <= s["batches"] + 1              # (+1: the store's creation)


def test_one_failing_message_of_a_group_is_451_alone(service, tmp_path):
    def picky(config):
        engine = Engine(config, classify=checked_classify)
        record = engine._record

        def _record(report, **kw):
            if b"user3@" in (kw.get("raw") or b""):
                engine.store.insert_event(id="half", event="bounce", kind=None, address=None, class_=None, reason=None,
                                          source=None, received_at=0, occurred_at=0, cause=None, payload={})
                raise RuntimeError("a bug for this one")          # after writing: its savepoint is undone
            return record(report, **kw)

        engine._record = _record
        return engine

    svc = service(lmtp="group_window: 300ms", engine_factory=picky)
    codes: dict[int, int] = {}

    def run(i: int) -> None:
        with Client(svc.address) as c:
            codes[i] = c.deliver("", ["bounces@example.test"], variant(i))[0][0]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert codes == {0: 250, 1: 250, 2: 250, 3: 451, 4: 250, 5: 250}
    assert sorted(e["recipient"]["address"] for e in events(tmp_path, "bounce")) == \
        [f"user{i}@example.co.jp" for i in (0, 1, 2, 4, 5)]
    assert svc.stats()["commits"] < 6


# -- sessions --------------------------------------------------------------------------------------------
def _greeting(s: socket.socket, timeout: float) -> bytes | None:
    s.settimeout(timeout)
    try:
        return s.recv(200) or b""
    except socket.timeout:
        return None


def test_max_sessions_bounds_concurrent_sessions_and_the_rest_wait_then_421(service, tmp_path):
    svc = service(lmtp="max_sessions: 2, timeout: 1500ms")
    path = svc.address[5:]
    a, b = Client(svc.address), Client(svc.address)
    c = socket.socket(socket.AF_UNIX)
    c.connect(path)
    assert _greeting(c, 0.5) is None                    # a third waits: no greeting yet
    a.quit()
    assert _greeting(c, 2).startswith(b"220 ")           # a slot freed: its session begins
    done = threading.Event()

    def keep_busy() -> None:                             # b and c stay active (no idle timeout)
        while not done.wait(0.2):
            b.noop()
            c.sendall(b"NOOP\r\n")

    t = threading.Thread(target=keep_busy)
    t.start()
    try:
        d = socket.socket(socket.AF_UNIX)
        d.connect(path)
        t0 = time.monotonic()
        got = _greeting(d, 5)
        assert got.startswith(b"421 4.3.2") and 1.2 < time.monotonic() - t0 < 4   # waited lmtp.timeout: refused
    finally:
        done.set()
        t.join()
    for s in (c, d):
        s.close()
    b.close()
    st = svc.stats()
    assert st["sessions_peak"] == 2 and st["sessions_refused"] >= 1


# -- the unix socket -----------------------------------------------------------------------------------
def test_unix_socket_mode_group_and_a_stale_socket_file(service, tmp_path):
    dead = socket.socket(socket.AF_UNIX)                 # a socket file left by a killed service
    dead.bind(str(tmp_path / "lmtp.sock"))
    dead.close()
    group = "postfix" if _group_exists("postfix") else str(os.getgid())
    svc = service(lmtp=f"socket_mode: 0o640, socket_group: {group}")
    st = os.stat(tmp_path / "lmtp.sock")
    assert stat.S_ISSOCK(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o640
    import grp
    assert st.st_gid == (grp.getgrnam(group).gr_gid if not group.isdigit() else int(group))
    with Client(svc.address) as c:
        assert c.noop()[0] == 250
    svc.stop()
    assert not (tmp_path / "lmtp.sock").exists()         # removed at stop


def _group_exists(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
        return True
    except KeyError:
        return False


def test_cli_refuses_a_bad_listen_spec_and_a_socket_it_cannot_take(tmp_path):
    cfg = write_config(tmp_path)

    def lmtp(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "filter.cli", "lmtp", "--config", str(cfg), *args],
                              capture_output=True, text=True, cwd=REPO, timeout=60, check=False)

    r = lmtp("--listen", "nowhere")
    assert r.returncode == 78 and "--listen" in r.stderr
    (tmp_path / "afile").write_text("x")
    r = lmtp("--listen", f"unix:{tmp_path / 'afile'}")
    assert r.returncode == 69 and "not a socket" in r.stderr and "Traceback" not in r.stderr
    cfg.write_text("lmtp: {max_sessions: 0}\n")
    r = lmtp()
    assert r.returncode == 78 and "lmtp.max_sessions" in r.stderr


# -- signals (a real process) -------------------------------------------------------------------------
class Process:
    def __init__(self, cfg: Path, sock: Path, log: Path):
        self.sock, self.log_path = sock, log
        self.proc = subprocess.Popen([sys.executable, "-m", "filter.cli", "lmtp", "--config", str(cfg),
                                      "--listen", f"unix:{sock}"], cwd=REPO, stdin=subprocess.DEVNULL,
                                     stdout=open(log, "ab"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while "listening on" not in self.log():
            assert self.proc.poll() is None, self.log()
            assert time.monotonic() < deadline, self.log()
            time.sleep(0.02)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_log(self, pattern: str, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while not re.search(pattern, self.log()):
            assert time.monotonic() < deadline, self.log()
            time.sleep(0.02)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)


def test_sigterm_closes_idle_sessions_finishes_the_one_in_flight_and_exits_0(tmp_path):
    cfg = write_config(tmp_path)
    p = Process(cfg, tmp_path / "lmtp.sock", tmp_path / "lmtp.log")
    try:
        busy, idle = Client(f"unix:{p.sock}"), Client(f"unix:{p.sock}")
        assert busy.mail("")[0] == 250 and busy.rcpt("bounces@example.test")[0] == 250
        busy.putcmd("data")
        assert busy.getreply()[0] == 354
        data = crlf(POSTFIX_DSN)
        busy.send(data[:500])                               # the message is on its way ...
        time.sleep(0.2)
        p.proc.send_signal(signal.SIGTERM)                  # ... when the service is told to stop
        code, text = idle.getreply()                        # an idle session: closed at once
        assert code == 421 and text.startswith(b"4.3.2")
        time.sleep(0.3)
        assert p.proc.poll() is None                        # still finishing the transaction
        with pytest.raises(OSError):
            socket.socket(socket.AF_UNIX).connect(str(p.sock))   # no new sessions
        busy.send(data[500:] + b".\r\n")
        code, text = busy.getreply()
        assert code == 250 and b"recorded: failed" in text   # recorded and answered
        assert busy.getreply()[0] == 421                    # then closed
        assert p.proc.wait(20) == 0
    finally:
        p.kill()
    assert [e["event"] for e in events(tmp_path)] == ["bounce", "suppressed"]
    assert re.search(r"INFO stopped: 1 message\(s\): 1 recorded .* 1 durable commit", p.log())


def test_sighup_reloads_the_config_and_keeps_the_old_one_when_the_new_is_invalid(tmp_path):
    cfg = write_config(tmp_path)
    p = Process(cfg, tmp_path / "lmtp.sock", tmp_path / "lmtp.log")
    try:
        with Client(f"unix:{p.sock}") as c:
            assert c.deliver("a@example.org", ["bounces@example.test"], crlf(NOT_BOUNCE))[0][0] == 250
        assert [e["kind"] for e in events(tmp_path)] == ["not_bounce"]
        cfg.write_text(cfg.read_text() + "not_bounce: {record: false}\n")
        p.proc.send_signal(signal.SIGHUP)
        p.wait_log(r"INFO reloaded ")
        with Client(f"unix:{p.sock}") as c:                # a new message uses the new config
            replies = c.deliver("a@example.org", ["bounces@example.test"],
                                crlf(NOT_BOUNCE).replace(b"Message-ID: <", b"Message-ID: <2.", 1))
            assert replies[0][0] == 250
        assert len(events(tmp_path)) == 1                   # not recorded any more
        cfg.write_text(cfg.read_text() + "lmtp: {bogus: 1}\n")
        p.proc.send_signal(signal.SIGHUP)
        p.wait_log(r"ERROR reload: .*lmtp.* keeping the configuration in use")
        with Client(f"unix:{p.sock}") as c:                # still up, still the last good config
            assert c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))[0][0] == 250
            assert c.deliver("a@example.org", ["bounces@example.test"],
                             crlf(NOT_BOUNCE).replace(b"Message-ID: <", b"Message-ID: <3.", 1))[0][0] == 250
        assert [e["kind"] for e in events(tmp_path, "bounce")] == ["not_bounce", "failed"]
        p.proc.send_signal(signal.SIGUSR1)
        p.wait_log(r"INFO stats: 4 message\(s\)")
        p.proc.send_signal(signal.SIGTERM)
        assert p.proc.wait(20) == 0
    finally:
        p.kill()


# -- helpers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("data", [b"", b".", b"..\r\n", b"a\r\n.b\r\n..c\r\n", b".x" + b"y" * 70000 + b"\r\n.z",
                                  b"a\r" + b"\n.b" * 5, b"\r\n.\r\n.\r\n"])
def test_incremental_unstuffing_matches_whole_unstuffing_at_any_cut(data):
    for size in (1, 2, 3, 7, 1000, 100000):
        u = _Unstuff()
        out = b"".join(u.feed(data[i:i + size]) for i in range(0, len(data), size)) + u.close()
        assert out == _unstuff(data), size
