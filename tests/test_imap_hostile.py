"""imapbridge against a broken or hostile IMAP server: a fake one on 127.0.0.1 (socketserver, in a
thread) that lies about a message's size and announces an endless literal, or goes silent.  The
bridge must refuse the literal before reading it, give up in bounded time with one clear error,
record nothing and remove nothing.  (The well-behaved server: Dovecot, tests/test_imapbridge.py.)
"""
from __future__ import annotations

import re
import socketserver
import threading
import time
from pathlib import Path

import pytest

from filter.config import loads
from imapbridge.bridge import ImapBridge

BOUNCE = (b"From: MAILER-DAEMON@mx.example\r\nTo: bounces@ours.example\r\nSubject: Undelivered Mail\r\n"
          b"\r\n<jo@example.net>: host mx.example.net said: 550 5.1.1 User unknown\r\n")


class FakeImap:
    """Just enough IMAP4rev1 for one session of the bridge; ``body`` answers the body FETCH."""

    def __init__(self, body):
        self.body = body
        self.commands: list[bytes] = []
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
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def session(self, rfile, wfile):
        wfile.write(b"* OK [CAPABILITY IMAP4rev1 MOVE UIDPLUS IDLE] fake ready\r\n")
        for line in rfile:
            self.commands.append(line)
            tag, _, rest = line.rstrip(b"\r\n").partition(b" ")
            cmd = rest.upper()
            if cmd.startswith(b"LOGOUT"):
                wfile.write(b"* BYE\r\n" + tag + b" OK bye\r\n")
                return
            if cmd.startswith(b"CAPABILITY"):
                wfile.write(b"* CAPABILITY IMAP4rev1 MOVE UIDPLUS IDLE\r\n")
            elif cmd.startswith(b"SELECT"):
                wfile.write(b"* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 2] ok\r\n")
                wfile.write(tag + b" OK [READ-WRITE] selected\r\n")
                continue
            elif cmd.startswith(b"LIST"):
                wfile.write(b'* LIST () "." Processed\r\n')
            elif cmd.startswith(b"UID SEARCH"):
                wfile.write(b"* SEARCH 1\r\n")
            elif cmd.startswith(b"UID FETCH") and b"RFC822.SIZE" in cmd:
                wfile.write(b"* 1 FETCH (UID 1 FLAGS () RFC822.SIZE %d)\r\n" % len(BOUNCE))
            elif cmd.startswith(b"UID FETCH") and b"BODY" in cmd:
                self.body(wfile)
                return
            wfile.write(tag + b" OK done\r\n")
            wfile.flush()


def _config(tmp_path: Path, port: int):
    return loads(f"""\
state_dir: {tmp_path / 'state'}
imap:
  tries: 1
  accounts:
    - name: fake
      host: 127.0.0.1
      port: {port}
      tls: plain
      allow_insecure: true
      username: u
      password: ${{PW}}
      timeout: 2s
      max_message_size: 65536
""", env={"PW": "pw"}, base=tmp_path)


def _events(cfg) -> int:
    from filter.store import open_store

    with open_store(cfg) as s:
        return len(list(s.events()))


def test_a_literal_past_the_bound_is_refused_before_it_is_read(tmp_path):
    sent = []

    def endless(wfile):  # says 1 GB after RFC822.SIZE said a few hundred bytes, then sends some
        wfile.write(b"* 1 FETCH (UID 1 BODY[] {1000000000}\r\n")
        for _ in range(64):
            wfile.write(b"x" * 65536)
            sent.append(1)
        wfile.flush()

    fake = FakeImap(endless)
    try:
        cfg = _config(tmp_path, fake.port)
        t0 = time.monotonic()
        (r,) = ImapBridge(cfg).run_once()
        took = time.monotonic() - t0
    finally:
        fake.close()
    assert not r.ok and took < 10
    cap = 2 * 65536 + (1 << 20)
    assert re.search(rf"announced a literal of 1000000000 bytes \(over {cap}\)", r.error), r.error
    assert r.error.startswith("UID FETCH on 127.0.0.1:") and r.done == 0 and _events(cfg) == 0
    assert not any(b"MOVE" in c or b"EXPUNGE" in c or b"STORE" in c for c in fake.commands)


def test_a_server_that_goes_silent_mid_fetch_times_out_with_a_clear_error(tmp_path):
    def silent(wfile):
        wfile.write(b"* 1 FETCH (UID 1 BODY[] {%d}\r\n" % len(BOUNCE) + BOUNCE[:40])
        wfile.flush()
        time.sleep(6)

    fake = FakeImap(silent)
    try:
        cfg = _config(tmp_path, fake.port)
        t0 = time.monotonic()
        (r,) = ImapBridge(cfg).run_once()
        took = time.monotonic() - t0
    finally:
        fake.close()
    assert not r.ok and took < 5, (took, r.error)
    assert r.error == f"UID FETCH on 127.0.0.1:{fake.port} failed: timed out" and _events(cfg) == 0
    assert not any(b"MOVE" in c for c in fake.commands)


@pytest.mark.parametrize("greeting", [b"+OK POP3 ready\r\n", b"220 smtp.example ESMTP\r\n"])
def test_a_server_that_is_not_imap_is_named_so(tmp_path, greeting):
    class Srv(socketserver.StreamRequestHandler):
        def handle(self):
            self.wfile.write(greeting)
            time.sleep(0.5)

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Srv)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        (r,) = ImapBridge(_config(tmp_path, server.server_address[1])).run_once()
    finally:
        server.shutdown()
        server.server_close()
    assert not r.ok and "the server did not greet in IMAP" in r.error and "Traceback" not in r.error


def test_a_stop_request_cuts_a_blocked_read_within_the_grace(tmp_path):
    def silent(wfile):
        wfile.write(b"* 1 FETCH (UID 1 BODY[] {%d}\r\n" % len(BOUNCE) + BOUNCE[:40])
        wfile.flush()
        time.sleep(30)

    fake = FakeImap(silent)
    try:
        text = f"""\
state_dir: {tmp_path / 'state'}
imap:
  accounts:
    - {{name: fake, host: 127.0.0.1, port: {fake.port}, tls: plain, allow_insecure: true, username: u,
       password: '${{PW}}', timeout: 60s}}
"""
        cfg = loads(text, env={"PW": "pw"}, base=tmp_path)
        bridge = ImapBridge(cfg)
        threading.Timer(0.5, bridge.stop).start()
        t0 = time.monotonic()
        (r,) = bridge.run_once()
        took = time.monotonic() - t0
    finally:
        fake.close()
    assert r.stopped and r.ok and 2.0 <= took < 4.0, (took, r.fields())  # the grace, then the cut
    assert _events(cfg) == 0
