"""The POP3 bridge's fast path (issue 11, item 4): group commit, PIPELINING, classifier processes.

Most tests run against a small POP3 server in a thread (``Mailbox``: RFC 1939 semantics, DELE
counted only at QUIT, optional CAPA PIPELINING, faults on demand) filled with corpus bounces, so
that they can look inside: which commands came in one segment (pipelining), whether the events of
a message were committed in the store when its DELE arrived, what a dropped connection, a refused
RETR, a locked store or a dying classifier process leave behind.  The last test checks the same
against the real Dovecot of tests/mailstack.py.

The invariant everywhere: a message leaves the server only after its events are durably recorded
(``DELE`` after the commit, effective at ``QUIT``), and nothing is recorded twice.
"""
from __future__ import annotations

import logging
import os
import random
import socket
import sqlite3
import threading
from pathlib import Path

import corpus
import pytest

from filter import classify
from filter.core import model
from filter.config import loads
from filter.engine import event_id, message_digest
from filter.store.sqlite import Store
from pop3bridge import bridge as bridge_mod
from pop3bridge.bridge import Bridge
from pop3bridge.client import Pop3Client

CORPUS = corpus.CORPUS


def bounces(n: int) -> list[bytes]:
    """n corpus bounces (cycled; each copy gets its own Message-ID: a new message each)."""
    files = sorted((CORPUS / "bounces").glob("*.eml"))
    if not files:
        pytest.skip(f"corpus folder {CORPUS / 'bounces'} not found")
    out = []
    for i in range(n):
        raw = files[i % len(files)].read_bytes().replace(b"\r\n", b"\n")
        out.append(b"Message-ID: <batch-%d@test.example>\n" % i + raw if i >= len(files) else raw)
    return out


def expected_ids(raws: list[bytes]) -> set[str]:
    out: set[str] = set()
    for raw in raws:
        r = classify(raw, source="pop3")
        addresses = {(x.address or "").lower() for x in r.recipients} or {""}
        out |= {event_id(message_digest(raw), "bounce", a) for a in addresses}
    return out


# -- a POP3 server with a mailbox --------------------------------------------------------------
class Mailbox:
    """A POP3 server (plain, 127.0.0.1) over a list of messages.  Each session sees the messages
    present at its login, numbered from 1; DELEs take effect at QUIT only.

    ``pipelining``: CAPA lists PIPELINING (else CAPA is refused, as an RFC 1939 server would).
    Faults: ``drop_after_retr`` (close the connection after that many RETR answers, in the first
    session), ``refuse_retr`` (UIDLs whose RETR gets -ERR), ``retr_delay`` (seconds per RETR).
    ``on_dele(uidl)`` is called in the server thread when a DELE arrives, before it is answered.
    ``max_burst``: the most commands that arrived together (more than 1: the client pipelined).
    """

    def __init__(self, messages: list[bytes], *, pipelining: bool = True):
        self.messages = [(f"uid-{i:05d}", m) for i, m in enumerate(messages)]
        self.pipelining = pipelining
        self.lock = threading.Lock()
        self.drop_after_retr: int | None = None
        self.refuse_retr: set[str] = set()
        self.retr_delay = 0.0
        self.on_dele = None
        self.max_burst = 0
        self.sessions = 0
        self.quits = 0
        self.log: list[str] = []
        self.errors: list[BaseException] = []
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self._closing = False

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self._closing = True
        self.sock.close()

    def uidls(self) -> list[str]:
        with self.lock:
            return [u for u, _ in self.messages]

    def _serve(self):
        while not self._closing:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _session(self, conn: socket.socket) -> None:
        with self.lock:
            self.sessions += 1
            first = self.sessions == 1
            box = list(self.messages)
        deleted: set[int] = set()
        retrs = 0
        buf = b""
        try:
            conn.sendall(b"+OK mailbox ready\r\n")
            while True:
                data = conn.recv(65536)
                if not data:
                    return
                buf += data
                *lines, buf = buf.split(b"\r\n")
                self.max_burst = max(self.max_burst, len(lines))
                for line in lines:
                    cmd = line.decode("ascii", "replace")
                    self.log.append(cmd)
                    verb, _, arg = cmd.partition(" ")
                    verb = verb.upper()
                    if verb in ("USER", "PASS", "NOOP"):
                        out = b"+OK\r\n"
                    elif verb == "CAPA":  # an RFC 1939-only server does not know CAPA
                        out = b"+OK\r\nUIDL\r\nTOP\r\nUSER\r\nPIPELINING\r\n.\r\n" if self.pipelining \
                            else b"-ERR unknown command\r\n"
                    elif verb == "UIDL":
                        out = b"+OK\r\n" + b"".join(b"%d %s\r\n" % (i + 1, u.encode()) for i, (u, _) in
                                                    enumerate(box) if i + 1 not in deleted) + b".\r\n"
                    elif verb == "LIST":
                        out = b"+OK\r\n" + b"".join(b"%d %d\r\n" % (i + 1, len(m)) for i, (_, m) in
                                                    enumerate(box) if i + 1 not in deleted) + b".\r\n"
                    elif verb in ("RETR", "TOP"):
                        n = int(arg.split()[0])
                        uidl, raw = box[n - 1]
                        if self.retr_delay:
                            threading.Event().wait(self.retr_delay)
                        if uidl in self.refuse_retr:
                            out = b"-ERR cannot read that message\r\n"
                        else:
                            lines = raw.split(b"\n")
                            if raw.endswith(b"\n"):
                                lines.pop()
                            body = b"".join((b"." + x if x.startswith(b".") else x) + b"\r\n" for x in lines)
                            out = b"+OK\r\n" + body + b".\r\n"
                        retrs += 1
                        if first and self.drop_after_retr is not None and retrs > self.drop_after_retr:
                            conn.close()
                            return
                    elif verb == "DELE":
                        n = int(arg)
                        if self.on_dele is not None:
                            self.on_dele(box[n - 1][0])
                        deleted.add(n)
                        out = b"+OK marked\r\n"
                    elif verb == "QUIT":
                        gone = {box[n - 1][0] for n in deleted}
                        with self.lock:
                            self.messages = [(u, m) for u, m in self.messages if u not in gone]
                            self.quits += 1
                        conn.sendall(b"+OK bye\r\n")
                        return
                    else:
                        out = b"-ERR unknown command\r\n"
                    conn.sendall(out)
        except (OSError, ValueError, IndexError) as e:
            if not isinstance(e, OSError):
                self.errors.append(e)
        except BaseException as e:  # an assertion in on_dele: the test sees it
            self.errors.append(e)
        finally:
            conn.close()


def config(tmp: Path, port: int, *, extra: str = "", top: str = ""):
    return loads(f"""\
state_dir: {tmp / 'state'}
{top}pop3:
  tries: 2
  backoff_initial: 20ms
  backoff_max: 50ms
  accounts:
    - name: fake
      host: 127.0.0.1
      port: {port}
      tls: plain
      allow_insecure: true
      username: u
      password: ${{PW}}
{''.join(f'      {line}{chr(10)}' for line in extra.splitlines())}""", env={"PW": "pw"}, base=tmp)


def events(cfg) -> list[dict]:
    with Store(cfg.db_path) as s:
        return [e for e in s.events() if e["event"] == "bounce"]


def check_complete(cfg, mail: list[bytes], box: Mailbox) -> None:
    """Every message recorded exactly once, and gone from the server."""
    evs = events(cfg)
    assert len(evs) == len({e["id"] for e in evs}), "an event recorded twice"
    assert {e["id"] for e in evs} == expected_ids(mail)
    assert box.uidls() == []
    with Store(cfg.db_path) as s:
        assert s.pop3_uidls("fake") == {}
    assert not box.errors, box.errors


class Groups:
    """Counts the store's group commits (one durable transaction each)."""

    def __init__(self, monkeypatch):
        self.count = 0
        real = Store.group
        outer = self

        def group(store):
            outer.count += 1
            return real(store)

        monkeypatch.setattr(Store, "group", group)


# ================================================================================================
def test_pipelined_drain_records_before_each_dele_in_few_commits(tmp_path, monkeypatch):
    mail = bounces(120)
    groups = Groups(monkeypatch)
    with Mailbox(mail) as box:
        cfg = config(tmp_path, box.port)
        db_path = cfg.db_path

        def committed_before_dele(uidl: str) -> None:
            # another connection sees only what was committed: the mark and the message's events
            with sqlite3.connect(db_path) as db:
                row = db.execute("SELECT state FROM pop3_uidls WHERE account='fake' AND uidl=?", (uidl,)).fetchone()
                assert row == ("taken",), f"DELE of {uidl} before its record was committed"
                raw = dict(box.messages)[uidl]
                ids = expected_ids([raw])
                n = db.execute(f"SELECT count(*) FROM events WHERE id IN ({','.join('?' * len(ids))})",
                               tuple(ids)).fetchone()[0]
                assert n == len(ids), f"DELE of {uidl} before its events were committed"

        box.on_dele = committed_before_dele
        (r,) = Bridge(cfg).run_once()
    assert r.ok, r.error
    assert (r.done, r.deleted, r.sessions) == (120, 120, 1)
    check_complete(cfg, mail, box)
    assert box.max_burst > 1            # commands were pipelined
    assert box.max_burst <= bridge_mod._MAX_WAITING + 1
    assert groups.count <= 10           # 120 messages in a handful of durable commits, not 120


def test_a_server_without_pipelining_gets_one_command_at_a_time(tmp_path):
    mail = bounces(40)
    with Mailbox(mail, pipelining=False) as box:
        cfg = config(tmp_path, box.port)
        (r,) = Bridge(cfg).run_once()
    assert r.ok, r.error
    assert (r.done, r.deleted) == (40, 40)
    check_complete(cfg, mail, box)
    assert box.max_burst == 1           # never a second command before the answer to the first
    assert "CAPA" in box.log            # it asked


@pytest.mark.parametrize("workers", [0, 2])
def test_connection_dropped_with_commands_in_flight_no_loss_no_duplicate(tmp_path, workers):
    mail = bounces(90)
    with Mailbox(mail) as box:
        box.drop_after_retr = 50        # the first session dies mid-pipeline, before QUIT
        cfg = config(tmp_path, box.port)
        (r,) = Bridge(cfg, workers=workers).run_once()  # pop3.tries: 2
        assert r.ok, r.error
        assert r.sessions == 2 and box.quits == 1
        # what the first session recorded is deleted, not classified again; the rest is taken
        # (deleted counts every DELE the server accepted, those of the dropped session too)
        assert 0 < r.redeleted < 90 and r.done == r.deleted == 90
        assert r.duplicates == 0
    check_complete(cfg, mail, box)


def test_a_refused_retr_keeps_what_came_before_and_after_it(tmp_path):
    mail = bounces(20)
    with Mailbox(mail) as box:
        bad = box.uidls()[7]
        box.refuse_retr = {bad}
        cfg = loads(f"""\
state_dir: {tmp_path / 'state'}
pop3:
  tries: 1
  accounts:
    - {{name: fake, host: 127.0.0.1, port: {box.port}, tls: plain, allow_insecure: true, username: u,
       password: '${{PW}}'}}
""", env={"PW": "pw"}, base=tmp_path)
        (r,) = Bridge(cfg).run_once()
        assert not r.ok and "refused RETR 8: -ERR cannot read that message" in r.error
        # the other 19 (all in flight before the refusal) are recorded, DELEd and QUIT committed
        assert r.done == 19 and box.quits == 1 and box.uidls() == [bad]
    good = [m for i, m in enumerate(mail) if i != 7]
    assert {e["id"] for e in events(cfg)} == expected_ids(good)


def test_store_locked_mid_drain_commits_the_groups_before_and_loses_nothing(tmp_path):
    mail = bounces(60)
    with Mailbox(mail) as box:
        cfg = config(tmp_path, box.port, top="store: {busy_timeout: 200ms}\n")
        locker: list[sqlite3.Connection] = []

        def lock_after_first_group(name, uidl, outcome):
            if not locker:  # another writer takes the store and keeps it
                db = sqlite3.connect(cfg.db_path, isolation_level=None)
                db.execute("BEGIN IMMEDIATE")
                locker.append(db)

        (r,) = Bridge(cfg, on_message=lock_after_first_group, workers=0).run_once()
        assert not r.ok and "locked" in r.error
        first = r.done
        assert 0 < first < 60 and r.deleted == first and box.quits >= 1  # QUIT committed them
        assert len(box.uidls()) == 60 - first
        locker[0].execute("ROLLBACK")
        locker[0].close()
        (r2,) = Bridge(cfg).run_once()
        assert r2.ok, r2.error
        assert r2.done == 60 - first and r2.duplicates == 0
    check_complete(cfg, mail, box)


def test_classifier_processes_record_what_this_process_would(tmp_path):
    mail = bounces(80) + [p.read_bytes() for p in sorted((CORPUS / "not-bounces").glob("*.eml"))[:5]]

    def drain(workers: int, where: Path):
        with Mailbox(mail) as box:
            cfg = config(where, box.port, extra="non_bounce: delete")
            (r,) = Bridge(cfg, workers=workers).run_once()
            assert r.ok, r.error
            assert r.done == len(mail) and box.uidls() == []
        with Store(cfg.db_path) as s:
            return r, {e["id"]: e for e in s.events()}

    r0, here = drain(0, tmp_path / "here")
    r2, there = drain(2, tmp_path / "there")
    assert here.keys() == there.keys()
    for eid, e in here.items():
        f = there[eid]
        if e["occurred_at"] != e["received_at"]:  # from the message's Date: the same in both
            assert e["occurred_at"] == f["occurred_at"]
        assert _timeless(e) == _timeless(f)
    assert r0.classes == r2.classes and r0.events == r2.events
    assert any(e["kind"] == model.NOT_BOUNCE for e in here.values())


def _timeless(v):
    """An event payload without the times that depend on when it was read."""
    if isinstance(v, dict):
        return {k: _timeless(x) for k, x in v.items() if not k.endswith(("_at", "_seen"))}
    return v


def _dies_on_poison(messages, verp):
    if any(b"X-Poison: die" in raw for raw, _ in messages):
        os._exit(3)  # a classifier process killed (OOM killer, a crash in C)
    return _real_task(messages, verp)


_real_task = bridge_mod._classify_task


def test_a_dying_classifier_process_leaves_its_messages_to_this_one(tmp_path, monkeypatch, caplog):
    mail = bounces(100)
    mail[70] = b"X-Poison: die\n" + mail[70]  # past the ones the bridge classifies before forking
    monkeypatch.setattr(bridge_mod, "_classify_task", _dies_on_poison)  # forked workers inherit it
    with Mailbox(mail) as box:
        cfg = config(tmp_path, box.port)
        with caplog.at_level(logging.WARNING, logger="bouncefilter.pop3bridge"):
            (r,) = Bridge(cfg, workers=2).run_once()
    assert r.ok, r.error
    assert r.done == 100 and r.quarantined == 0
    assert any("classifier processes failed" in rec.getMessage() for rec in caplog.records)
    check_complete(cfg, mail, box)


def test_a_message_the_classifier_chokes_on_is_quarantined_with_processes_too(tmp_path, monkeypatch):
    import filter

    real = filter.classify

    def choking(raw, **kw):
        if b"X-Poison: raise" in raw:
            raise RuntimeError("classifier bug")
        return real(raw, **kw)

    monkeypatch.setattr(filter, "classify", choking)  # in the workers (forked) and in the engine
    mail = bounces(100)
    mail[70] = b"X-Poison: raise\n" + mail[70]
    with Mailbox(mail) as box:
        cfg = config(tmp_path, box.port)
        (r,) = Bridge(cfg, workers=2).run_once()
        assert r.ok, r.error
        assert r.done == 100 and r.quarantined == 1 and box.uidls() == []
    q = list(cfg.quarantine_dir.glob("*.eml"))
    assert len(q) == 1 and q[0].read_bytes() == mail[70]


def test_stop_with_commands_in_flight_quits_and_deletes_only_what_was_recorded(tmp_path):
    mail = bounces(200)
    stop = threading.Event()
    seen: list[str] = []

    def stop_after_ten(name, uidl, outcome):
        seen.append(uidl)
        if len(seen) >= 10:
            stop.set()

    with Mailbox(mail) as box:
        cfg = config(tmp_path, box.port)
        (r,) = Bridge(cfg, on_message=stop_after_ten, stop_event=stop).run_once()
        assert r.ok and r.stopped and box.quits == 1
        assert r.done == len(seen) < 200
        left = set(box.uidls())
        assert not left & set(seen) and len(left) == 200 - r.done
    recorded = {e["id"] for e in events(cfg)}
    assert recorded == expected_ids([m for i, m in enumerate(mail) if f"uid-{i:05d}" in seen])


def test_session_timeout_with_commands_in_flight_goes_on_in_another_session(tmp_path):
    mail = bounces(60)
    with Mailbox(mail) as box:
        box.retr_delay = 0.02                       # about 1.2 s of RETRs in all
        cfg = config(tmp_path, box.port, extra="session_timeout: 400ms")
        (r,) = Bridge(cfg, workers=0).run_once()
        assert r.ok, r.error
        assert r.sessions >= 2 and (box.quits, r.done) == (r.sessions, 60), r
    check_complete(cfg, mail, box)


def test_groups_shrink_when_inline_deliveries_are_slow(tmp_path, monkeypatch):
    """Inline deliveries run after each commit; when they are slow, groups shrink so that a stop
    is answered soon (and they grow back while commits are what costs)."""
    from filter.engine.outbox import Outbox

    real = Outbox.run

    def slow(self, **kw):
        threading.Event().wait(0.2 * len(kw.get("event_ids") or ()))  # 0.2 s per event
        return real(self, **kw)

    monkeypatch.setattr(Outbox, "run", slow)
    groups = Groups(monkeypatch)
    mail = bounces(12)
    with Mailbox(mail) as box:
        cfg = config(tmp_path, box.port, top="actions:\n  hook: {type: log, path: hook.jsonl}\n"
                                             "rules:\n  - {match: {event: bounce}, actions: [hook]}\n")
        (r,) = Bridge(cfg, workers=0).run_once()
        assert r.ok and r.done == 12
    assert groups.count >= 4  # 4, then 2 or so at a time (without the delay: 4 + 8, two groups)


# -- the client's block reader against a line-by-line reference ----------------------------------
def _reference(wire: bytes, limit: int | None) -> tuple[bytes, bool]:
    """RFC 1939 section 3 by the letter, one line at a time (what the client did before)."""
    out, size, cut = [], 0, False
    for line in wire.split(b"\n")[:-1]:
        line += b"\n"
        if line in (b".\r\n", b".\n"):
            break
        if line.startswith(b"."):
            line = line[1:]
        if line.endswith(b"\r\n"):
            line = line[:-2] + b"\n"
        if cut or limit is not None and size + len(line) > limit:
            cut = True
            continue
        out.append(line)
        size += len(line)
    return b"".join(out), cut


class _Chunked(Pop3Client):
    """A client fed from bytes, ``chunk`` bytes per read."""

    def __init__(self, wire: bytes, chunk: int):
        super().__init__("test", 1, tls="plain", allow_insecure=True)
        self.wire, self.chunk, self.off = wire, chunk, 0
        self._sock = object()  # type: ignore[assignment]

    def _fill(self, what, limit_at):
        data = self.wire[self.off:self.off + self.chunk]
        assert data, "read past the end of the answer"
        self.off += len(data)
        self._buf = self._buf[self._pos:] + data
        self._pos = 0


def test_block_reader_matches_the_line_by_line_reference():
    rnd = random.Random(11)
    pieces = [b"abc", b".", b"..", b"", b"x" * 70, b".\r", b"\r", b". ", b"...", b"From x", b"\t."]
    for _ in range(4000):
        lines = [rnd.choice(pieces) for _ in range(rnd.randint(0, 12))]
        eol = rnd.choice([b"\r\n", b"\n"])
        stuffed = b"".join((b"." + x if x.startswith(b".") else x) + eol for x in lines)
        wire = b"+OK\r\n" + stuffed + b"." + eol + b"+OK next\r\n"
        limit = rnd.choice([None, None, 0, 5, 40, 10_000])
        c = _Chunked(wire, rnd.randint(1, 40))
        c._reply("RETR")
        got, cut = c._body("RETR", limit, None)
        full, _ = _reference(stuffed + b"." + eol, None)
        if limit is None or len(full) <= limit:
            assert (got, cut) == (full, False), wire
        else:
            assert cut and full.startswith(got) and len(got) <= limit, wire
        assert c._reply("next") == "next"  # in step: the next answer is intact


# -- the same against the real Dovecot -----------------------------------------------------------
@pytest.mark.mailstack
def test_dovecot_pipelined_group_commit_and_dele_after_commit(dovecot, test_ca, tmp_path, monkeypatch):
    import mailstack as ms

    mail = bounces(150)
    for m in mail:
        dovecot.seed("bounces", m)
    groups = Groups(monkeypatch)
    most = [0]
    checked = [0]
    real_receive, real_send_dele = Pop3Client.receive, Pop3Client.send_dele
    cfg = loads(f"""\
state_dir: {tmp_path / 'state'}
pop3:
  accounts:
    - {{name: hosted, host: 127.0.0.1, port: {dovecot.pop3s_port}, tls: pop3s, ca_file: '{test_ca.ca_cert}',
       username: bounces, password: '${{PW}}'}}
""", env={"PW": "bouncepass"}, base=tmp_path)
    uidls: dict[int, str] = {}
    real_uidl = Pop3Client.uidl

    def uidl(self):
        listing = real_uidl(self)
        uidls.update(listing)
        return listing

    def receive(self):
        most[0] = max(most[0], self.outstanding)
        return real_receive(self)

    def send_dele(self, num):
        # the DELE of a message whose mark is not committed would be a bug: look from outside
        with sqlite3.connect(cfg.db_path) as db:
            row = db.execute("SELECT state FROM pop3_uidls WHERE account='hosted' AND uidl=?",
                             (uidls[num],)).fetchone()
        assert row == ("taken",), f"DELE {num} before its record was committed"
        checked[0] += 1
        return real_send_dele(self, num)

    monkeypatch.setattr(Pop3Client, "uidl", uidl)
    monkeypatch.setattr(Pop3Client, "receive", receive)
    monkeypatch.setattr(Pop3Client, "send_dele", send_dele)
    (r,) = Bridge(cfg).run_once()
    assert r.ok, r.error
    assert (r.done, r.deleted, r.sessions) == (150, 150, 1) and checked[0] == 150
    assert dovecot.count("bounces") == 0
    assert {e["id"] for e in events(cfg)} == expected_ids(mail)
    assert most[0] > 10                   # answers awaited together: pipelined
    assert groups.count <= 8              # 150 messages, a handful of durable commits
    ms.wait_until(lambda: "retr=150/" in dovecot.log() and "del=150/" in dovecot.log(), 30,
                  what="the session's counts in the dovecot log")
