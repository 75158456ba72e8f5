"""filter.sdnotify against a real unix datagram socket, as systemd's $NOTIFY_SOCKET is."""
from __future__ import annotations

import os
from pathlib import Path
import socket
import time

import pytest

from filter import sdnotify


def _listener(address) -> socket.socket:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(address)
    s.settimeout(5)
    return s


def _received(sock: socket.socket) -> list[str]:
    return sock.recv(4096).decode().split("\n")


def test_ready_reloading_stopping_reach_a_path_socket(tmp_path, monkeypatch):
    path = tmp_path / "notify"
    with _listener(str(path)) as sock:
        monkeypatch.setenv("NOTIFY_SOCKET", str(path))
        assert sdnotify.ready("listening on inet:8899@127.0.0.1")
        assert _received(sock) == ["READY=1", "STATUS=listening on inet:8899@127.0.0.1"]
        before = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        assert sdnotify.reloading()
        got = _received(sock)
        after = time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000
        assert got[0] == "RELOADING=1" and got[1].startswith("MONOTONIC_USEC=") and len(got) == 2
        assert before <= int(got[1].split("=", 1)[1]) <= after
        assert sdnotify.stopping("finishing 2 record(s)\nnow")  # a status is one line
        assert _received(sock) == ["STOPPING=1", "STATUS=finishing 2 record(s) now"]
        assert sdnotify.status("idle")
        assert _received(sock) == ["STATUS=idle"]


@pytest.mark.skipif(not os.path.exists("/proc/net/unix"), reason="abstract unix sockets are Linux's")
def test_abstract_namespace_socket(monkeypatch):
    name = f"bouncefilter-test-{os.getpid()}-{time.monotonic_ns()}"
    with _listener(b"\0" + name.encode()) as sock:
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert sdnotify.socket_address() == b"\0" + name.encode()
        assert sdnotify.ready()
        assert _received(sock) == ["READY=1"]


def test_nowhere_to_send_is_not_an_error(tmp_path, monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert sdnotify.ready() is False
    monkeypatch.setenv("NOTIFY_SOCKET", "")
    assert sdnotify.ready() is False
    monkeypatch.setenv("NOTIFY_SOCKET", "vsock:2:1234")   # not supported here: ignored
    assert sdnotify.socket_address() is None and sdnotify.ready() is False
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "gone"))  # systemd went away: logged, False
    assert sdnotify.stopping() is False
    stream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # the wrong kind of socket
    stream.bind(str(tmp_path / "stream"))
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "stream"))
    try:
        assert sdnotify.ready() is False
    finally:
        stream.close()


def test_a_receiver_that_does_not_read_costs_a_bounded_wait(tmp_path, monkeypatch):
    path = tmp_path / "notify"
    with _listener(str(path)):  # never read: its queue fills (net.unix.max_dgram_qlen)
        monkeypatch.setenv("NOTIFY_SOCKET", str(path))
        monkeypatch.setattr(sdnotify, "SEND_TIMEOUT", 0.2)
        results = []
        t0 = time.monotonic()
        for _ in range(200):
            results.append(sdnotify.status("x" * 100))
            if not results[-1]:
                break
        assert results[0] and results[-1] is False      # sent until full, then dropped
        assert time.monotonic() - t0 < 5


# -- the services say it (Type=notify in conf/systemd) ------------------------------------------------
def _wait_for(sock: socket.socket, want: str, timeout: float = 20.0) -> list[str]:
    import time

    seen: list[str] = []
    sock.settimeout(0.2)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            seen += sock.recv(4096).decode().splitlines()
        except socket.timeout:
            continue
        if want in seen:
            return seen
    raise AssertionError(f"{want} not received; got {seen}")


@pytest.mark.parametrize("argv, reloads", [
    (["lmtp", "--listen", "127.0.0.1:0"], True),
    (["outbox", "work"], False),
])
def test_the_services_report_ready_reloading_and_stopping(tmp_path, argv, reloads):
    import signal
    import subprocess
    import sys

    cfg = tmp_path / "bf.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\noutbox: {{poll_interval: 0.2s}}\n")
    path = tmp_path / "notify"
    with _listener(str(path)) as sock:
        env = {"PATH": "/usr/bin:/bin", "NOTIFY_SOCKET": str(path)}
        proc = subprocess.Popen([sys.executable, "-m", "filter.cli", *argv, "--config", str(cfg)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent)
        try:
            _wait_for(sock, "READY=1")
            if reloads:
                proc.send_signal(signal.SIGHUP)
                seen = _wait_for(sock, "RELOADING=1")
                if "READY=1" not in seen[seen.index("RELOADING=1"):]:
                    _wait_for(sock, "READY=1")
            proc.send_signal(signal.SIGTERM)
            _wait_for(sock, "STOPPING=1")
            assert proc.wait(30) == 0, proc.stderr.read().decode()[-2000:]
        finally:
            if proc.poll() is None:
                proc.kill()
