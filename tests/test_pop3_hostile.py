"""pop3bridge against a broken or hostile POP3 server (issue 10, finding 11): every read bounded.

A small fake POP3 server on 127.0.0.1 (socketserver, in a thread) misbehaves one way per test:
endless listings, an endless RETR, a trickled greeting, an over-long status line, a huge CAPA.
The client must keep its memory bounded, give up in bounded time with one clear error, and honour
a stop request (SIGTERM in the command) at any point -- with commands pipelined (RFC 2449) too.
"""
from __future__ import annotations

import os
import signal
import socketserver
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pop3bridge.client import Pop3Client, Pop3ConnectionError, Pop3Stopped

REPO = Path(__file__).resolve().parents[1]
BOUNCE = (b"From: MAILER-DAEMON@mx.example\r\nTo: bounces@ours.example\r\nSubject: Undelivered Mail\r\n"
          b"\r\n<jo@example.net>: host mx.example.net said: 550 5.1.1 User unknown\r\n")


class FakePop3:
    """A POP3 server whose answers are the ``behaviour`` methods; the defaults are well-behaved."""

    def __init__(self, **overrides):
        self.overrides = overrides
        self.commands: list[str] = []
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                try:
                    outer.session(self.rfile, self.wfile)
                except (OSError, ValueError):
                    pass

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def session(self, rfile, wfile):
        greet = self.overrides.get("greeting")
        if greet:
            greet(wfile)
        else:
            wfile.write(b"+OK fake POP3 ready\r\n")
        while True:
            line = rfile.readline(1024)
            if not line:
                return
            cmd = line.strip().decode("ascii", "replace")
            self.commands.append(cmd)
            verb = cmd.split(" ", 1)[0].upper()
            hook = self.overrides.get(verb.lower())
            if hook:
                hook(wfile, cmd)
                continue
            if verb in ("USER", "PASS", "DELE", "NOOP"):
                wfile.write(b"+OK\r\n")
            elif verb == "UIDL":
                wfile.write(b"+OK\r\n1 uid-1\r\n.\r\n")
            elif verb == "LIST":
                wfile.write(b"+OK\r\n1 %d\r\n.\r\n" % len(BOUNCE))
            elif verb == "RETR":
                wfile.write(b"+OK\r\n" + BOUNCE + b".\r\n")
            elif verb == "QUIT":
                wfile.write(b"+OK bye\r\n")
                return
            else:
                wfile.write(b"-ERR unknown\r\n")


def many_lines(fmt: bytes, n: int):
    def answer(wfile, cmd):
        wfile.write(b"+OK\r\n")
        chunk = []
        for i in range(1, n + 1):
            chunk.append(fmt % (i, i))
            if len(chunk) == 5000:
                wfile.write(b"".join(chunk))
                chunk = []
        wfile.write(b"".join(chunk) + b".\r\n")
    return answer


def endless(wfile, cmd):
    wfile.write(b"+OK here it comes\r\nSubject: endless\r\n\r\n")
    line = b"y" * 76 + b"\r\n"
    block = line * 1000
    while True:
        wfile.write(block)


def endless_paced(wfile, cmd):
    """Endless, but paced (about 8 MB/s): a test of a deadline or a stop request must not reach
    the byte cap first on a fast machine."""
    wfile.write(b"+OK here it comes\r\nSubject: endless\r\n\r\n")
    block = (b"y" * 76 + b"\r\n") * 1000
    while True:
        wfile.write(block)
        time.sleep(0.01)


def client(srv: FakePop3, **kw) -> Pop3Client:
    kw.setdefault("timeout", 5)
    return Pop3Client("127.0.0.1", srv.port, tls="plain", allow_insecure=True, **kw)


# -- listings: count and line length bounded -----------------------------------------------------
def test_a_huge_uidl_or_list_keeps_only_max_messages_entries():
    with FakePop3(uidl=many_lines(b"%d uid-%d\r\n", 300_000), list=many_lines(b"%d %d\r\n", 300_000)) as srv:
        c = client(srv)
        c.connect()
        c.login("u", "p")
        listing = c.uidl()
        assert len(listing) == 100_000 and c.listing_truncated          # the default bound
        assert listing[-1] == (100_000, "uid-100000")
        sizes = c.list()
        assert len(sizes) == 100_000 and c.listing_truncated
        c.noop()                                                        # still in step
        c.quit()
        c = client(srv, max_messages=10)
        c.connect()
        assert len(c.uidl()) == 10 and c.listing_truncated
        c.close()


def test_a_listing_line_over_1024_bytes_is_an_error_not_memory():
    def long_uid(wfile, cmd):
        wfile.write(b"+OK\r\n1 " + b"u" * 100_000 + b"\r\n.\r\n")

    with FakePop3(uidl=long_uid) as srv:
        c = client(srv)
        c.connect()
        with pytest.raises(Pop3ConnectionError, match="longer than 1024 bytes"):
            c.uidl()


# -- an endless RETR: cut off by bytes read, by the deadline, by a stop --------------------------
def test_an_endless_retr_is_dropped_after_max_response_bytes():
    with FakePop3(retr=endless) as srv:
        c = client(srv, max_response=2 << 20)
        c.connect()
        t0 = time.monotonic()
        with pytest.raises(Pop3ConnectionError, match=r"answer to RETR 1 longer than 2097152 bytes"):
            c.retr(1, limit=4096)
        assert time.monotonic() - t0 < 10 and c._sock is None


def test_the_session_deadline_ends_an_endless_retr():
    with FakePop3(retr=endless_paced) as srv:
        c = client(srv, deadline=time.monotonic() + 1.0)
        c.connect()
        t0 = time.monotonic()
        with pytest.raises(Pop3ConnectionError, match="session deadline passed during RETR 1"):
            c.retr(1, limit=4096)
        assert time.monotonic() - t0 < 3


def test_a_stop_request_ends_a_read_in_progress():
    stop = threading.Event()
    threading.Timer(0.5, stop.set).start()
    with FakePop3(retr=endless_paced) as srv:
        c = client(srv, should_stop=stop.is_set, stop_grace=0.5)
        c.connect()
        t0 = time.monotonic()
        with pytest.raises(Pop3Stopped):
            c.retr(1, limit=4096)
        assert time.monotonic() - t0 < 3


# -- status lines: the whole line within timeout, at most 8,192 bytes ----------------------------
def test_a_trickled_greeting_times_out_as_a_whole():
    def trickle(wfile):
        for b in b"+OK a very slow greeting indeed\r\n":
            wfile.write(bytes([b]))
            wfile.flush()
            time.sleep(0.3)

    with FakePop3(greeting=trickle) as srv:
        c = client(srv, timeout=1)
        t0 = time.monotonic()
        with pytest.raises(Pop3ConnectionError, match="timed out"):
            c.connect()
        assert time.monotonic() - t0 < 2.5


def test_a_status_line_over_8192_bytes_is_an_error_not_two_replies():
    def long_greeting(wfile):
        wfile.write(b"+OK " + b"x" * 10_000 + b"\r\n")

    with FakePop3(greeting=long_greeting) as srv:
        c = client(srv)
        with pytest.raises(Pop3ConnectionError, match="longer than 8192 bytes"):
            c.connect()


# -- the bridge: SIGTERM during a hostile RETR ---------------------------------------------------
def test_sigterm_stops_the_bridge_during_an_endless_retr(tmp_path):
    state = tmp_path / "state"
    cfg = tmp_path / "c.yaml"
    with FakePop3(retr=endless_paced) as srv:
        cfg.write_text(f"state_dir: {state}\npop3:\n  accounts:\n"
                       f"    - {{name: evil, host: 127.0.0.1, port: {srv.port}, tls: plain, allow_insecure: true,\n"
                       f"       username: u, password: '${{POP3_PASSWORD}}', max_message_size: 1073741824}}\n")
        env = dict(os.environ, POP3_PASSWORD="pw", PYTHONPATH=str(REPO))
        proc = subprocess.Popen([sys.executable, "-m", "filter.cli", "pop3bridge", "--once", "--config", str(cfg)],
                                cwd=str(REPO), env=env, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while not any(c.startswith("RETR") for c in srv.commands) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any(c.startswith("RETR") for c in srv.commands), "the bridge never sent RETR"
        time.sleep(0.5)
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=10)
        finally:
            proc.kill()
        assert time.monotonic() - t0 < 5
        assert "Traceback" not in err
        assert "DELE 1" not in srv.commands                              # nothing deleted


# -- pipelining (RFC 2449): every bound holds for each answer -----------------------------------
def pipelining(wfile, cmd):
    wfile.write(b"+OK\r\nUIDL\r\nTOP\r\nPIPELINING\r\n.\r\n")


def test_a_pipelined_endless_retr_is_dropped_after_max_response_bytes():
    with FakePop3(capa=pipelining, retr=endless) as srv:
        c = client(srv, max_response=2 << 20)
        c.connect()
        assert c.capa() == {"UIDL": "", "TOP": "", "PIPELINING": ""} and c.pipelining
        for n in (1, 2, 3):
            c.send_retr(n, limit=4096)
        c.send_dele(1)
        assert c.outstanding == 4
        t0 = time.monotonic()
        with pytest.raises(Pop3ConnectionError, match=r"answer to RETR 1 longer than 2097152 bytes"):
            c.receive()
        assert time.monotonic() - t0 < 10 and c._sock is None and c.outstanding == 0


def test_without_pipelining_one_command_at_a_time_and_one_shots_wait_for_answers():
    with FakePop3() as srv:  # CAPA unknown: an RFC 1939 server
        c = client(srv)
        c.connect()
        assert c.capa() == {} and not c.pipelining
        c.send_retr(1)
        with pytest.raises(RuntimeError, match="PIPELINING"):
            c.send_retr(2)
        with pytest.raises(RuntimeError, match="unread"):
            c.noop()
        verb, num, raw, cut = c.receive()
        assert (verb, num, cut) == ("RETR", 1, False) and raw == BOUNCE.replace(b"\r\n", b"\n")
        c.noop()
        c.quit()


def test_a_huge_capa_answer_is_bounded():
    with FakePop3(capa=many_lines(b"X-CAP-%d %d\r\n", 300_000)) as srv:
        c = client(srv)
        c.connect()
        caps = c.capa()
        assert len(caps) == 1000 and not c.pipelining  # the first 1,000 lines kept, the rest read
        c.noop()                                        # still in step
        c.quit()

    def long_line(wfile, cmd):
        wfile.write(b"+OK\r\nPIPELINING " + b"x" * 100_000 + b"\r\n.\r\n")

    with FakePop3(capa=long_line) as srv:
        c = client(srv)
        c.connect()
        with pytest.raises(Pop3ConnectionError, match="longer than 1024 bytes"):
            c.capa()


def test_sigterm_stops_the_bridge_during_an_endless_pipelined_retr(tmp_path):
    state = tmp_path / "state"
    cfg = tmp_path / "c.yaml"
    with FakePop3(capa=pipelining, uidl=many_lines(b"%d uid-%d\r\n", 50), list=many_lines(b"%d %d\r\n", 50),
                  retr=endless_paced) as srv:
        cfg.write_text(f"state_dir: {state}\npop3:\n  accounts:\n"
                       f"    - {{name: evil, host: 127.0.0.1, port: {srv.port}, tls: plain, allow_insecure: true,\n"
                       f"       username: u, password: '${{POP3_PASSWORD}}', max_message_size: 1073741824}}\n")
        env = dict(os.environ, POP3_PASSWORD="pw", PYTHONPATH=str(REPO))
        proc = subprocess.Popen([sys.executable, "-m", "filter.cli", "pop3bridge", "--once", "--config", str(cfg)],
                                cwd=str(REPO), env=env, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 20
        while not any(c.startswith("RETR") for c in srv.commands) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any(c.startswith("RETR") for c in srv.commands), "the bridge never sent RETR"
        time.sleep(0.5)
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=10)
        finally:
            proc.kill()
        assert time.monotonic() - t0 < 5
        assert "Traceback" not in err
        assert not any(c.startswith("DELE") for c in srv.commands)   # nothing deleted
        assert "CAPA" in srv.commands
