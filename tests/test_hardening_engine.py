"""Hardening of the engine, the outbox and two actions (issue 10, findings 2, 5, 6 and 8).

2. one message must not stall all bounce processing: recipients per message are capped
   (``events.max_recipients``; the rest are said to be dropped in a defect), the store's write
   lock is held in short transactions, and every deadline is honoured (the inline budget counts
   from the start of the message; no batch is claimed after it).  The acceptance run: a
   100,000-recipient DSN through the real ``bouncefilter pipe`` command in < 10 s and < 200 MB
   while 5 other pipes started during it exit 0.
5. a webhook receiver that trickles its answer cannot hold a delivery past its total deadline.
6. two outbox workers never deliver one event twice (leases renewed per delivery and checked
   before marking done).
8. the ``log`` action writes whole lines or nothing: a full disk leaves no torn line and the
   delivery is retried.
"""
from __future__ import annotations

import errno
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from receivers import WebhookReceiver, fake_classify, fake_message

from filter.engine.actions import Context, Retry
from filter.config import ConfigError, loads
from filter.core.detectors.base import MAX_RECORDS
from filter.engine import Engine
from filter.engine.outbox import Outbox
from filter.store.sqlite import Store

REPO = Path(__file__).resolve().parents[1]
SECRET = "hardening-secret"


# -- helpers -------------------------------------------------------------------------------------
def big_dsn(n: int, tag: str = "big") -> bytes:
    """A multipart/report DSN naming ``n`` failed recipients in compact per-recipient blocks."""
    head = (f"From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
            f"To: bounces@ours.example\nSubject: Undelivered Mail Returned to Sender\n"
            f"Message-ID: <{tag}-{n}@mx.example.org>\nDate: Sat, 21 Nov 2026 10:00:00 +0000\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
            "--B\nContent-Type: text/plain\n\nDelivery to the following recipients failed.\n\n"
            "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n").encode()
    blocks = b"".join(b"Final-Recipient:rfc822;%x@x.ex\nStatus:5.1.1\n\n" % i for i in range(n))
    return head + blocks + b"--B--\n"


def write_config(tmp_path: Path, url: str, extra: str = "", webhook: str = "") -> Path:
    (tmp_path / "secret").write_text(SECRET + "\n")
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(f"""\
state_dir: {tmp_path / 'state'}
actions:
  app: {{type: webhook, url: '{url}', secret_file: {tmp_path / 'secret'}{webhook}}}
  list: {{type: suppression_file, path: {tmp_path / 'suppressed'}}}
{extra}rules:
  - {{match: {{class: hard}}, actions: [list, app]}}
""")
    return cfg


_LAUNCHER = """
import json, os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
print(json.dumps({"exit": os.waitstatus_to_exitcode(status), "maxrss_kib": usage.ru_maxrss,
                  "cpu": usage.ru_utime + usage.ru_stime}))
"""


def pipe_cmd(cfg: Path) -> list[str]:
    return [sys.executable, "-m", "filter.cli", "pipe", "--config", str(cfg), "--", "", "bounces@ours.example"]


def stored_events(tmp_path: Path) -> list[dict]:
    with Store(tmp_path / "state" / "bouncefilter.db") as s:
        return list(s.events())


# -- 2. one message must not stall all bounce processing ------------------------------------------
def test_100k_recipient_dsn_through_the_pipe_is_fast_small_and_blocks_no_other_pipe(tmp_path):
    raw = big_dsn(100_000)
    (tmp_path / "big.eml").write_bytes(raw)
    with WebhookReceiver(SECRET) as rx:
        cfg = write_config(tmp_path, rx.url)  # every default: inline_budget 5s, max_recipients 1000, ...
        t0 = time.monotonic()
        # started by a small launcher that waits for it: a child forked straight from this test
        # process would count this process's own resident memory (hundreds of MB late in a full
        # run) in its peak RSS until it execs
        with open(tmp_path / "big.eml", "rb") as stdin, open(tmp_path / "big.err", "wb") as err:
            big = subprocess.Popen([sys.executable, "-c", _LAUNCHER, *pipe_cmd(cfg)], stdin=stdin,
                                   stdout=subprocess.PIPE, stderr=err, cwd=REPO)
        stalled = threading.Timer(60, big.kill)  # before the fix it ran for many minutes
        stalled.start()
        # 5 ordinary bounces arrive while the big one is classified, recorded and delivered
        others: list[subprocess.Popen] = []
        for i in range(5):
            time.sleep(0.8)
            p = subprocess.Popen(pipe_cmd(cfg), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, cwd=REPO)
            others.append(p)
            p.stdin.write(big_dsn(1, tag=f"small{i}"))
            p.stdin.close()
        # the launcher's wait4: the exit status, the peak RSS and the CPU time of the pipe itself
        measured = json.loads(big.communicate()[0])
        elapsed = time.monotonic() - t0
        big.returncode = measured["exit"]
        peak_mb = measured["maxrss_kib"] / 1024
        cpu = measured["cpu"]
        stalled.cancel()
        results = []
        for p in others:
            out = p.stderr.read()
            p.wait(60)
            results.append((p.returncode, out.decode(errors="replace")))
    err = (tmp_path / "big.err").read_text()
    # the acceptance bound is 10 s of wall time; on a host already busier than its CPUs (other
    # jobs) the wall bound grows with the load, the CPU-time bound never does
    load = os.getloadavg()[0] / (os.cpu_count() or 1)
    wall_limit = 10.0 * max(1.0, min(load, 3.0))
    print(f"\n100k-recipient DSN through the pipe: {elapsed:.2f}s wall, {cpu:.2f}s CPU, peak RSS {peak_mb:.0f} MB"
          f" (load {load:.2f} per CPU)")
    assert big.returncode == 0, err
    assert "Traceback" not in err
    assert elapsed < wall_limit, f"{elapsed:.1f}s (load {load:.2f} per CPU)"
    assert cpu < 8.0, f"{cpu:.1f}s CPU"
    assert peak_mb < 200, f"{peak_mb:.0f} MB"
    assert results == [(0, "")] * 5, results

    evs = stored_events(tmp_path)
    bounces = [e for e in evs if e["event"] == "bounce"]
    big_ones = [e for e in bounces if e["recipient"]["address"].endswith("@x.ex")
                and "defects" in e]
    assert len(big_ones) == 1000                                      # the cap, the message recorded
    # the core reads at most MAX_RECORDS recipient blocks, the engine records max_recipients of
    # them; the defects say how many were left at each step
    read = next(d for d in big_ones[0]["defects"] if "recipient blocks not read" in d)
    left, seen = (int(w) for w in read.split()[0:3:2])
    assert seen - left == MAX_RECORDS and seen > 50_000
    defect = next(d for d in big_ones[0]["defects"] if "events.max_recipients" in d)
    dropped, total = (int(w) for w in defect.split()[0:3:2])
    assert total - dropped == 1000 and total == MAX_RECORDS
    assert len(bounces) == 1000 + 5                                   # and every small one


def test_cap_is_configurable_and_the_defect_is_on_the_report_and_the_events(tmp_path):
    cfg = loads(f"state_dir: {tmp_path / 'state'}\nevents: {{max_recipients: 3}}\n", env={})
    e = Engine(cfg, classify=fake_classify)
    rcpts = [f"u{i}@x.test hard user_unknown 5.1.1" for i in range(6)] + ["U0@X.test hard user_unknown 5.1.1"]
    out = e.process(fake_message(*rcpts), source="t", inline_budget=0)
    assert [p["recipient"]["address"] for p in out.events if p["event"] == "bounce"] == \
        ["u0@x.test", "u1@x.test", "u2@x.test"]
    assert out.report.defects[-1].startswith("3 of 6 recipients not recorded")
    assert all(p["defects"] == [out.report.defects[-1]] for p in out.events if p["event"] == "bounce")
    again = e.process(fake_message(*rcpts[:3]), source="t", inline_budget=0)  # under the cap: untouched
    assert all("defects" not in p for p in again.events)
    e.close()


@pytest.mark.parametrize("value", ["0", "-1", "many", "2000000"])
def test_cap_is_validated(value):
    with pytest.raises(ConfigError) as ei:
        loads(f"events: {{max_recipients: {value}}}\n", env={})
    assert "events.max_recipients" in str(ei.value.errors[0])


class Slow:
    def __init__(self, pause: float):
        self.pause, self.calls = pause, 0

    def deliver(self, event, ctx):
        self.calls += 1
        time.sleep(self.pause)


def test_the_claim_loop_honours_the_deadline_and_leaves_the_rest_claimable(tmp_path):
    cfg = loads(f"state_dir: {tmp_path}\noutbox: {{batch: 50}}\nactions: {{x: {{type: log, path: x.log}}}}\n"
                "rules: [{match: {}, actions: [x]}]\n", env={}, base=tmp_path)
    store = Store(cfg.db_path)
    ids = [f"e{i}" for i in range(5000)]
    with store.transaction():
        for i in ids:
            store.insert_event(id=i, event="bounce", kind="failed", address=None, class_=None, reason=None,
                               source="t", received_at=0, occurred_at=0, cause=None, payload={"id": i})
            store.enqueue(i, "x", 0)
    ob = Outbox(cfg, store)
    ob._actions["x"] = slow = Slow(0.01)
    claims: list[float] = []
    real_claim = store.claim

    def claim(**kw):
        claims.append(time.monotonic())
        return real_claim(**kw)

    store.claim = claim
    t = time.monotonic()
    deadline = t + 0.5
    r = ob.run(event_ids=ids, deadline=deadline)
    assert time.monotonic() - t < 1.0
    assert claims and max(claims) < deadline                 # nothing claimed after the deadline
    assert r.done == slow.calls < 5000 and r.done + r.skipped == 5000
    # what was not tried is not leased: another process takes it at once
    with Store(cfg.db_path) as other:
        assert len(other.claim(limit=10_000)) == 5000 - r.done
    store.close()


# -- 5. a trickling webhook receiver --------------------------------------------------------------
class Trickler:
    """Answers any request one byte every ``pause`` seconds, for ever (a broken or hostile peer)."""

    def __init__(self, pause: float = 0.3):
        self.pause = pause
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/hook"
        self.stop = threading.Event()
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn: socket.socket) -> None:
        answer = b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nX-Slow: " + b"a" * 100000
        try:
            conn.recv(65536)
            for i in range(len(answer)):
                if self.stop.wait(self.pause):
                    break
                conn.sendall(answer[i:i + 1])
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def trickler():
    t = Trickler()
    yield t
    t.close()


def _webhook(url: str, **opts):
    from filter.engine.actions.webhook import Action
    from filter.config import ActionConfig

    return Action(ActionConfig("app", "webhook", {"url": url, "secret": SECRET, **opts}), None)


def _bounded(fn, limit: float = 10.0):
    """``fn()``'s exception and how long it took; fails the test if it is still running after ``limit``."""
    out: list = []

    def run():
        t = time.monotonic()
        try:
            fn()
            out.append((None, time.monotonic() - t))
        except Exception as e:  # noqa: BLE001
            out.append((e, time.monotonic() - t))

    th = threading.Thread(target=run, daemon=True)
    th.start()
    th.join(limit)
    assert out, f"still running after {limit}s"
    return out[0]


def test_webhook_total_deadline_beats_a_trickling_receiver(trickler):
    action = _webhook(trickler.url, timeout=1.0, deadline=1.5)  # each byte comes well within timeout
    err, took = _bounded(lambda: action.deliver({"id": "e1", "event": "bounce"}, Context()))
    assert isinstance(err, Retry) and "deadline" in str(err) and 1.4 < took < 3.0, (err, took)
    # an inline attempt stops at what is left of the inline budget, before the deadline
    err, took = _bounded(lambda: action.deliver({"id": "e2", "event": "bounce"},
                                                Context(deadline=time.monotonic() + 0.7)))
    assert isinstance(err, Retry) and "inline budget" in str(err) and took < 1.5, (err, took)


def test_webhook_deadline_is_configurable_and_validated(tmp_path):
    cfg = loads("actions: {app: {type: webhook, url: 'http://127.0.0.1:9/', secret: '${S}', deadline: 45s}}\n",
                env={"S": "x"})
    assert cfg.actions["app"].options["deadline"] == 45.0
    assert loads("actions: {app: {type: webhook, url: 'http://127.0.0.1:9/', secret: '${S}'}}\n",
                 env={"S": "x"}).actions["app"].options["deadline"] == 30.0
    with pytest.raises(ConfigError):
        loads("actions: {app: {type: webhook, url: 'http://127.0.0.1:9/', secret: '${S}', deadline: 0}}\n",
              env={"S": "x"})


def test_trickling_receiver_holds_neither_the_pipe_nor_outbox_flush(tmp_path, trickler):
    cfg = write_config(tmp_path, trickler.url, extra="outbox: {inline_budget: 1500ms, tries: 1}\n",
                       webhook=", timeout: 1s, deadline: 2s")
    t = time.monotonic()
    r = subprocess.run(pipe_cmd(cfg), input=big_dsn(1, tag="trickle"), capture_output=True, cwd=REPO, timeout=30)
    assert r.returncode == 0 and r.stderr == b""
    assert time.monotonic() - t < 5.0                       # the inline budget, not the trickle
    t = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "filter.cli", "outbox", "flush", "--config", str(cfg)],
                       capture_output=True, cwd=REPO, timeout=30, text=True)
    assert time.monotonic() - t < 8.0                       # one delivery, its 2 s deadline
    assert r.returncode == 1 and "deadline" in r.stderr and "Traceback" not in r.stderr
    assert trickler.connections >= 2


# -- 6. two outbox workers deliver each event exactly once ---------------------------------------
def test_two_outbox_workers_deliver_every_event_exactly_once(tmp_path):
    n = 60
    with WebhookReceiver(SECRET) as rx:
        rx.delay = 0.1  # a batch of 20 takes ~2 s: twice the lease
        cfg = write_config(tmp_path, rx.url, extra="outbox: {inline: false, lease: 1s, batch: 20, "
                                                   "poll_interval: 200ms}\n")
        from filter.config import load

        with Engine(load(cfg), classify=fake_classify) as e:
            for i in range(n):
                e.process(fake_message(f"w{i}@x.test hard user_unknown 5.1.1", message_id=f"w{i}"), source="t")
        workers = [subprocess.Popen([sys.executable, "-m", "filter.cli", "outbox", "work", "--config", str(cfg)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO) for _ in range(2)]
        try:
            end = time.monotonic() + 60
            while time.monotonic() < end:
                with Store(tmp_path / "state" / "bouncefilter.db") as s:
                    if s.counts()["pending"] == 0:
                        break
                time.sleep(0.2)
        finally:
            for w in workers:
                w.send_signal(signal.SIGTERM)
            errs = [w.communicate(timeout=30)[1].decode() for w in workers]
        with Store(tmp_path / "state" / "bouncefilter.db") as s:
            # per event: its bounce and its `suppressed` event to app, the suppression to list
            assert s.counts() == {"pending": 0, "done": 3 * n, "dead": 0}
        assert len(rx.accepted) == 2 * n
        assert rx.duplicates == 0 and len(rx.requests) == 2 * n, (rx.duplicates, len(rx.requests))
        assert all("Traceback" not in x for x in errs)


def test_a_worker_whose_lease_was_taken_over_neither_delivers_nor_marks_done(tmp_path):
    cfg = loads(f"state_dir: {tmp_path}\noutbox: {{lease: 1s}}\nactions: {{x: {{type: log, path: x.log}}}}\n"
                "rules: [{match: {}, actions: [x]}]\n", env={}, base=tmp_path)
    a, b = Store(cfg.db_path), Store(cfg.db_path)
    with a.transaction():
        for i in range(2):
            a.insert_event(id=f"e{i}", event="bounce", kind="failed", address=None, class_=None, reason=None,
                           source="t", received_at=0, occurred_at=0, cause=None, payload={"id": f"e{i}"})
            a.enqueue(f"e{i}", "x", 0)
    d0, d1 = a.claim(now=100.0, lease=1.0)
    assert b.claim(now=100.5, lease=1.0) == []              # a live lease is respected
    taken = b.claim(now=102.0, lease=1.0)                    # a's lease ran out: b takes both
    assert [d.id for d in taken] == [d0.id, d1.id]
    assert a.renew([d0.id], now=102.1) == []                 # a must not deliver ...
    assert a.complete(d1.id, now=102.2) is False             # ... nor mark done ...
    assert a.fail(d1.id, "x", next_attempt=200.0) is False   # ... nor fail
    assert b.complete(d1.id, now=102.3) is True
    assert a.counts() == {"pending": 1, "done": 1, "dead": 0}
    # the outbox of `a` skips what it no longer holds
    ob = Outbox(cfg, a, clock=lambda: 102.4)
    ob._actions["x"] = slow = Slow(0)
    r = ob._run_action("x", [d0], None, exhaustive=False)
    assert slow.calls == 0 and r.skipped == 1 and r.done == 0
    a.close()
    b.close()


# -- 8. the log action writes whole lines or nothing ---------------------------------------------
def _log_action(path: Path, fsync: bool = False):
    from filter.engine.actions.log import Action
    from filter.config import ActionConfig

    return Action(ActionConfig("audit", "log", {"path": path, "fsync": fsync}), None)


class FullDisk:
    """os.write as on a filesystem with ``room`` bytes left: short writes, then ENOSPC."""

    def __init__(self, room: int):
        self.room = room
        self.real = os.write

    def __call__(self, fd, data):
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = self.real(fd, bytes(data[:min(self.room, 7)]))  # a few bytes per call, like a tight disk
        self.room -= n
        return n


@pytest.mark.parametrize("fsync", [False, True])
def test_log_on_a_full_disk_leaves_no_torn_line_and_retries(tmp_path, monkeypatch, fsync):
    path = tmp_path / "events.jsonl"
    action = _log_action(path, fsync)
    action.deliver({"id": "first"}, Context())
    before = path.read_bytes()
    monkeypatch.setattr("filter.engine.actions.log.os.write", FullDisk(room=20))
    with pytest.raises(Retry) as ei:
        action.deliver({"id": "second", "pad": "x" * 100}, Context())
    assert "No space left" in str(ei.value)
    assert path.read_bytes() == before                     # truncated back: no fragment
    monkeypatch.undo()
    action.deliver({"id": "third"}, Context())
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == ["first", "third"]


def test_log_short_writes_are_completed(tmp_path, monkeypatch):
    path = tmp_path / "events.jsonl"
    monkeypatch.setattr("filter.engine.actions.log.os.write", FullDisk(room=10_000))  # 7 bytes per call
    _log_action(path).deliver({"id": "a", "text": "y" * 300}, Context())
    assert json.loads(path.read_text())["text"] == "y" * 300 and path.read_text().count("\n") == 1


def test_log_ends_a_fragment_left_by_a_crash_before_the_next_line(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_bytes(b'{"id":"whole"}\n{"id":"cut sho')
    _log_action(path).deliver({"id": "next"}, Context())
    lines = path.read_text().splitlines()
    assert lines[0] == '{"id":"whole"}' and json.loads(lines[2]) == {"id": "next"}


def test_log_action_through_the_outbox_full_disk_then_freed(tmp_path, monkeypatch):
    """The real action path: the delivery is not marked done over a torn line; retried, written once."""
    clock = [1000.0]
    cfg = loads(f"state_dir: {tmp_path / 'state'}\noutbox: {{tries: 1, retry_initial: 10s}}\n"
                f"actions: {{audit: {{type: log, path: {tmp_path / 'audit.jsonl'}}}}}\n"
                "rules: [{match: {}, actions: [audit]}]\n", env={})
    e = Engine(cfg, classify=fake_classify, clock=lambda: clock[0])
    monkeypatch.setattr("filter.engine.actions.log.os.write", FullDisk(room=30))
    out = e.process(fake_message("d@x.test hard user_unknown 5.1.1", message_id="disk"), source="t")
    assert out.recorded and out.delivered == 0 and out.pending == 1
    assert not (tmp_path / "audit.jsonl").exists() or (tmp_path / "audit.jsonl").read_bytes() == b""
    (d,) = e.store.deliveries(("pending",))
    assert "No space left" in d.last_error
    monkeypatch.undo()                                       # space freed
    clock[0] += 3600
    r = e.deliver()
    assert r.done == 1 and e.store.counts()["pending"] == 0
    lines = (tmp_path / "audit.jsonl").read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["recipient"]["address"] == "d@x.test"
    e.close()


def test_the_core_reads_at_most_max_records_recipients_and_says_so():
    from filter import classify

    report = classify(big_dsn(MAX_RECORDS + 500))
    assert len(report.recipients) == MAX_RECORDS
    assert any(d.startswith(f"500 of {MAX_RECORDS + 500} recipient blocks not read") for d in report.defects)
