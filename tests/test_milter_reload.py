"""SIGHUP reloads the milter's config (issue 12, Found 8): a real ``bouncefilter milter`` process.

Before, libmilter's own signal thread took SIGHUP and stopped the milter.  Here the process is
driven over its socket by a small MTA-side milter protocol client (:class:`MilterClient`,
protocol version 6 as Postfix speaks it), with ``$NOTIFY_SOCKET`` pointing at a datagram socket
of the test, as systemd's is (``Type=notify``): READY=1 says when it listens, RELOADING=1 then
READY=1 when a reload is over.  After a SIGHUP the process is alive and messages that start
afterwards get the new behaviour; a message under way when it came finishes with the old one; an
invalid file keeps the old config; many SIGHUPs in a row never stop it; SIGTERM still stops it
cleanly (exit 0, STOPPING=1).  The last test does the same behind a real Postfix.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("Milter")
import Milter

import mailstack as ms

REPO = Path(__file__).resolve().parents[1]
DSN = (REPO / "examples" / "bounces" / "01-postfix-user-unknown.eml").read_bytes()  # failed, hard
BOUNCES = "bounces@ours.example"


# -- the MTA's side of the milter protocol -----------------------------------------------------
class MilterClient:
    """What an MTA sends a milter (protocol 6), honouring the steps and replies it negotiates."""

    ALL_ACTIONS = 0x1ff        # SMFIF_ADDHDRS ... SETSYMLIST
    ALL_PROTOCOL = 0x1fffff    # every step may be skipped, every reply left out, SKIP understood
    #: the "no reply" bits: an MTA without them gets a reply to every step (libmilter fakes it)
    NO_REPLY = (Milter.P_NR_CONN | Milter.P_NR_HELO | Milter.P_NR_MAIL | Milter.P_NR_RCPT | Milter.P_NR_DATA |
                Milter.P_NR_UNKN | Milter.P_NR_EOH | Milter.P_NR_BODY | Milter.P_NR_HDR)
    FINAL = {b"a", b"c", b"d", b"r", b"t", b"y"}  # accept, continue, discard, reject, tempfail, reply

    def __init__(self, port: int, timeout: float = 30.0, protocol: int = ALL_PROTOCOL):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self._send(b"O", struct.pack("!III", 6, self.ALL_ACTIONS, protocol))
        cmd, data = self._recv()
        assert cmd == b"O", (cmd, data)
        _, self.actions, self.protocol = struct.unpack("!III", data[:12])

    def close(self) -> None:
        try:
            self._send(b"Q")
        except OSError:
            pass
        self.sock.close()

    def __enter__(self) -> MilterClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _send(self, cmd: bytes, data: bytes = b"") -> None:
        self.sock.sendall(struct.pack("!I", len(data) + 1) + cmd + data)

    def _read(self, n: int) -> bytes:
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("the milter closed the connection")
            buf += chunk
        return buf

    def _recv(self) -> tuple[bytes, bytes]:
        (n,) = struct.unpack("!I", self._read(4))
        body = self._read(n)
        return body[:1], body[1:]

    def _step(self, cmd: bytes, data: bytes, skip: int, noreply: int) -> bytes | None:
        """Send a step unless negotiated away; its reply (None when none is due)."""
        if self.protocol & skip:
            return b"c"
        self._send(cmd, data)
        if self.protocol & noreply:
            return None
        cmd, _ = self._recv()
        return cmd

    # a message in parts, so that a test can act between its start and its end
    def start(self, sender: str, rcpts: list[str], qid: str = "TESTQID") -> bytes:
        """MAIL FROM and RCPT TO; returns the last reply (b"c" when the message goes on)."""
        self._send(b"D", b"M" + b"i\0" + qid.encode() + b"\0")
        reply = self._step(b"M", f"<{sender}>".encode() + b"\0", Milter.P_NOMAIL, Milter.P_NR_MAIL) or b"c"
        if reply != b"c":
            return reply
        for r in rcpts:
            reply = self._step(b"R", f"<{r}>".encode() + b"\0", Milter.P_NORCPT, Milter.P_NR_RCPT) or b"c"
        return reply

    def finish(self, raw: bytes) -> tuple[bytes, list[tuple[bytes, bytes]]]:
        """DATA, headers, body, end of message: (the final reply, the modifications asked)."""
        reply = self._step(b"T", b"", Milter.P_NODATA, Milter.P_NR_DATA)
        if reply not in (None, b"c"):
            return reply, []
        head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
        for line in re.split(rb"\n(?![ \t])", head):
            name, _, value = line.partition(b":")
            reply = self._step(b"L", name + b"\0" + value.lstrip(b" ") + b"\0", Milter.P_NOHDRS, Milter.P_NR_HDR)
            if reply not in (None, b"c"):
                return reply, []
        reply = self._step(b"N", b"", Milter.P_NOEOH, Milter.P_NR_EOH)
        if reply not in (None, b"c"):
            return reply, []
        reply = self._step(b"B", body.replace(b"\n", b"\r\n"), Milter.P_NOBODY, Milter.P_NR_BODY)
        if reply not in (None, b"c", b"s"):
            return reply, []
        self._send(b"E")
        changes = []
        while True:
            cmd, data = self._recv()
            if cmd in self.FINAL:
                return cmd, changes
            changes.append((cmd, data))

    def message(self, raw: bytes, sender: str = "", rcpts: tuple[str, ...] = (BOUNCES,)):
        reply = self.start(sender, list(rcpts))
        if reply != b"c":
            return reply, []
        return self.finish(raw)


def added_headers(changes: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """The SMFIR_ADDHEADER requests: {name: value}."""
    out = {}
    for cmd, data in changes:
        if cmd == b"h":
            name, value = data.rstrip(b"\0").split(b"\0", 1)
            out[name.decode()] = value.decode()
    return out


def dsn(n: int) -> bytes:
    """The example DSN with a Message-ID of its own (a new record each time)."""
    return f"Message-ID: <reload-test-{n}-{time.monotonic_ns()}@ours.example>\n".encode() + DSN


# -- the milter process --------------------------------------------------------------------------
class MilterProcess:
    """``bouncefilter milter`` in a subprocess, with a NOTIFY_SOCKET of ours."""

    def __init__(self, tmp: Path, config: str, *, wait: bool = True):
        self.dir = tmp
        self.cfg = tmp / "bouncefilter.yaml"
        self.cfg.write_text(config)
        self.port = ms.free_port()
        self.notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.notify.bind(str(tmp / "notify.sock"))
        self.notify.settimeout(30)
        self.log_path = tmp / "milter.log"
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "filter.cli", "milter", "--config", str(self.cfg), "--socket",
                 f"inet:{self.port}@127.0.0.1"], cwd=str(REPO), stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT,
                env=dict(os.environ, PYTHONUNBUFFERED="1", NOTIFY_SOCKET=str(tmp / "notify.sock")))
        if wait:
            self.wait_ready()

    def wait_ready(self) -> None:
        try:
            assert self.next_notice() == ["READY=1", f"STATUS=listening on inet:{self.port}@127.0.0.1"]
        except BaseException:
            self.stop()
            raise

    def next_notice(self) -> list[str]:
        try:
            return self.notify.recv(4096).decode().split("\n")
        except socket.timeout:
            raise AssertionError(f"no sd_notify message within 30 s; log:\n{self.log()}") from None

    def drain(self) -> list[str]:
        """The notifications waiting, without waiting for more."""
        got = []
        self.notify.setblocking(False)
        try:
            while True:
                got += self.notify.recv(4096).decode().split("\n")
        except BlockingIOError:
            return got
        finally:
            self.notify.settimeout(30)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def reload(self, config: str | None = None) -> None:
        """Write ``config`` (if given), SIGHUP, and wait until the reload is over (READY=1)."""
        if config is not None:
            self.cfg.write_text(config)
        self.proc.send_signal(signal.SIGHUP)
        got = self.next_notice()
        assert got[0] == "RELOADING=1" and got[1].startswith("MONOTONIC_USEC="), got
        assert self.next_notice()[0] == "READY=1"
        assert self.proc.poll() is None, self.log()

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.notify.close()
        return self.proc.returncode


def config(tmp: Path, milter: str) -> str:
    return f"state_dir: {tmp / 'state'}\nmilter: {{bounce_addresses: [{BOUNCES}], deliver: false, {milter}}}\n"


@pytest.fixture
def milter_proc(tmp_path):
    procs: list[MilterProcess] = []

    def start(milter: str) -> MilterProcess:
        p = MilterProcess(tmp_path, config(tmp_path, milter))
        procs.append(p)
        return p

    yield start
    for p in procs:
        p.stop()


# -- tests ---------------------------------------------------------------------------------------
def test_sighup_reloads_headers_and_discard_and_the_milter_stays_up(milter_proc, tmp_path):
    m = milter_proc("headers: false")
    with MilterClient(m.port) as old_conn:
        reply, changes = old_conn.message(dsn(1))
        assert reply == b"a" and added_headers(changes) == {}             # headers: false
        m.reload(config(tmp_path, "headers: true"))
        with MilterClient(m.port) as c:                                    # a new connection
            reply, changes = c.message(dsn(2))
        assert reply == b"a"
        assert added_headers(changes) == {"X-Bouncefilter-Kind": "failed", "X-Bouncefilter-Class": "hard",
                                          "X-Bouncefilter-Reason": "user_unknown"}
        reply, changes = old_conn.message(dsn(3))                          # a new message, old connection
        assert reply == b"a" and "X-Bouncefilter-Kind" in added_headers(changes)
        m.reload(config(tmp_path, "headers: true, discard: [failed]"))
        assert old_conn.message(dsn(4))[0] == b"d"                         # discarded now
    log = m.log()
    assert log.count("INFO reloaded ") == 2 and "headers: on; discard: failed" in log
    assert "internal error" not in log and "Traceback" not in log
    assert m.stop() == 0
    assert "INFO stopped" in m.log()


def test_a_message_under_way_finishes_with_the_config_it_started_with(milter_proc, tmp_path):
    m = milter_proc("headers: true")
    # replies to MAIL and RCPT: the milter has seen them when start() returns
    with MilterClient(m.port, protocol=MilterClient.ALL_PROTOCOL & ~MilterClient.NO_REPLY) as c:
        assert c.start("", [BOUNCES]) == b"c"                              # MAIL FROM, RCPT TO
        m.reload(config(tmp_path, "headers: true, discard: [failed]"))
        reply, changes = c.finish(dsn(1))                                  # DATA ... end of message
        assert reply == b"a" and added_headers(changes)["X-Bouncefilter-Kind"] == "failed"
        assert c.message(dsn(2))[0] == b"d"                                # the next one: new config
    assert "1 message(s) under way finish with the previous configuration" in m.log()


def test_an_invalid_config_keeps_the_one_in_use(milter_proc, tmp_path):
    m = milter_proc("headers: false")
    m.reload("state_dir: [not, a, path\nmilter: {headers: maybe}\n")      # not even YAML
    m.reload(config(tmp_path, "headers: maybe"))                           # YAML, invalid value
    with MilterClient(m.port) as c:
        reply, changes = c.message(dsn(1))
    assert reply == b"a" and added_headers(changes) == {}                 # still headers: false
    log = m.log()
    assert log.count("keeping the configuration in use") == 2, log
    assert re.search(r"ERROR reload: .*bouncefilter\.yaml:\d+: milter\.headers: .*keeping the configuration", log)
    assert m.stop() == 0


def test_sighup_storm_never_stops_the_milter(milter_proc, tmp_path):
    """libmilter's own signal thread sigwait()s SIGHUP too; the main thread must take every one."""
    m = milter_proc("headers: false")
    notices: list[str] = []
    for i in range(40):
        m.proc.send_signal(signal.SIGHUP)
        if i % 8 == 0:
            with MilterClient(m.port) as c:
                assert c.message(dsn(i))[0] == b"a"
        time.sleep(0.01)
        notices += m.drain()
    # SIGHUPs that come while one is pending are one (the kernel merges them): at least one reload
    ms.wait_until(lambda: notices.extend(m.drain()) or notices.count("RELOADING=1") >= 1 and
                  notices.count("READY=1") == notices.count("RELOADING=1"), 30, what="the reloads to end")
    assert m.proc.poll() is None, m.log()
    assert m.log().count("INFO reloaded ") == notices.count("RELOADING=1")
    with MilterClient(m.port) as c:
        assert c.message(dsn(99))[0] == b"a"
    assert m.stop() == 0
    assert "Traceback" not in m.log()


def test_sighup_while_starting_is_ignored(tmp_path):
    """From the moment the command ignores SIGHUP (before its config is read) to READY=1, a
    SIGHUP is dropped: none may wait for libmilter's signal thread to start and find it."""
    m = MilterProcess(tmp_path, config(tmp_path, "headers: false"), wait=False)
    try:
        status = Path(f"/proc/{m.proc.pid}/status")

        def ignores_hup() -> bool:
            text = status.read_text() if status.exists() else ""
            return any(line.startswith("SigIgn:") and int(line.split()[1], 16) & 1 for line in text.splitlines())

        ms.wait_until(lambda: m.proc.poll() is not None or ignores_hup(), 30, interval=0.001,
                      what="the milter command to ignore SIGHUP")
        m.notify.setblocking(False)
        sent, got = 0, []
        deadline = time.monotonic() + 60
        while m.proc.poll() is None and "READY=1" not in got and time.monotonic() < deadline:
            m.proc.send_signal(signal.SIGHUP)
            sent += 1
            time.sleep(0.001)
            try:
                got = m.notify.recv(4096).decode().split("\n")
            except BlockingIOError:
                pass
        m.notify.settimeout(30)
        assert m.proc.poll() is None, m.log()
        assert "READY=1" in got and sent > 10
        with MilterClient(m.port) as c:
            assert c.message(dsn(1))[0] == b"a"
        # (the last SIGHUPs, sent after the handler was in place, may have been reloads)
        assert m.log().count("INFO reloaded ") <= 3
    finally:
        assert m.stop() == 0


def test_sigterm_after_a_reload_stops_cleanly_and_says_stopping(milter_proc, tmp_path):
    m = milter_proc("headers: false")
    m.reload(config(tmp_path, "headers: true"))
    m.proc.send_signal(signal.SIGTERM)
    assert m.next_notice()[0] == "STOPPING=1"
    assert m.proc.wait(60) == 0
    assert m.log().rstrip().endswith("INFO stopped")


# -- behind a real Postfix -----------------------------------------------------------------------
@pytest.mark.mailstack
def test_postfix_sees_the_new_config_after_sighup(postfix_factory, mailstack_tmpdir):
    d = mailstack_tmpdir
    m = MilterProcess(d, f"state_dir: {d / 'state'}\nmilter: {{deliver: false, headers: false}}\n")
    try:
        pf = postfix_factory(smtpd_milters=[f"inet:127.0.0.1:{m.port}"])
        pf.send("", ["before@remote.test"], dsn(1).replace(b"\n", b"\r\n"))
        [before] = pf.remote.wait_for(1, timeout=60)
        m.reload(f"state_dir: {d / 'state'}\nmilter: {{deliver: false, headers: true}}\n")
        pf.send("", ["after@remote.test"], dsn(2).replace(b"\n", b"\r\n"))
        got = {msg.rcpt_tos[0]: msg for msg in pf.remote.wait_for(2, timeout=60)}
        assert m.proc.poll() is None, m.log()
    finally:
        assert m.stop() == 0
    assert "X-Bouncefilter-Kind" not in got["before@remote.test"].message
    assert got["after@remote.test"].message["X-Bouncefilter-Kind"] == "failed"
    assert before.rcpt_tos == ["before@remote.test"]
