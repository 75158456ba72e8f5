"""A real DNS server for the tests of ``bouncefilter verify``: NSD on 127.0.0.1 with a test zone.

NSD (Debian package ``nsd``, from ``scripts/install-system-deps.sh``) is an authoritative-only
server: it answers what the zone says and nothing else, which is what a test needs.  It runs in
the foreground (``nsd -d``) from a private temp dir (``mailstack.make_tempdir``), on a random port,
as the user running the tests (``username: ""``: root stays root, anyone else needs no
privilege), or as ``user`` when root asks for another one (the test that it runs unprivileged).
It is stopped by its pid (``mailstack.stop_process``); no systemd, nothing outside the temp dir.

:class:`SilentDNS` is the slow server: a UDP socket that takes queries and never answers.
:class:`ProbeMX` is the remote MX the SMTP probe talks to (``mailstack.RemoteMX``, which is
aiosmtpd, with per-address rules: accepting, 550 5.1.1, 451 greylisting, a catch-all domain).

    with NsdServer() as dns, ProbeMX() as mx:
        verify(["jane@good.test"], nameservers=[dns.address], probe=True, probe_port=mx.port)

The zone (``ZONE``, origin ``test.``) has one name per case the verifier must tell apart, and
two more zones stand in for real domains: ``gmial.com`` (a typo of gmail.com that exists) and
``mailinator.com`` (a disposable provider).  No pytest import here: fixtures are in the tests.
"""
from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mailstack import HOST, RemoteMX, _record_pid, free_port, make_tempdir, stop_process, wait_until

NSD = "/usr/sbin/nsd"

#: the test zone; every name below is one case of filter/hygiene/verifier.py
ZONE = """\
$ORIGIN test.
$TTL 300
@               SOA   ns.test. hostmaster.test. 1 3600 600 86400 300
@               NS    ns.test.
ns              A     127.0.0.1
; an MX whose host resolves: deliverable
good            MX    10 mx.good
mx.good         A     127.0.0.1
; RFC 7505 null MX: the domain accepts no mail
nullmx          MX    0 .
; no MX but an address: RFC 5321 section 5.1 implicit MX
implicit        A     127.0.0.1
implicit6       AAAA  ::1
; exists, but neither MX nor address: no mail host
nohost          TXT   "v=spf1 -all"
; the only MX host does not exist
badmx           MX    10 mx.nowhere
; the first MX host does not exist, the second does
backup          MX    5  gone.backup
backup          MX    20 mx.good
; an IDN domain (ünicode.test)
xn--nicode-2ya  MX    10 mx.good
; the SMTP probe's domains (ProbeMX on 127.0.0.1; the probe's port override points at it)
probe           MX    10 mx.probe
mx.probe        A     127.0.0.1
catchall        MX    10 mx.catchall
mx.catchall     A     127.0.0.1
; an MX host at 127.0.0.2, where nothing listens: the probe cannot connect
deadmx          MX    10 mx.deadmx
mx.deadmx       A     127.0.0.2
"""

#: stand-ins for real domains, each its own zone: name -> records (relative to the name)
EXTRA_ZONES: dict[str, str] = {
    "gmial.com": "@ MX 10 mx.good.test.\n",       # a typo of gmail.com that exists
    "mailinator.com": "@ MX 10 mx.good.test.\n",  # a disposable provider (the shipped list)
}


def unavailable_reason() -> str | None:
    """Why the DNS tests cannot run here, or None when they can."""
    if not os.access(NSD, os.X_OK):
        return f"{NSD} missing: run scripts/install-system-deps.sh (Debian package nsd)"
    try:
        import dns.resolver  # noqa: F401
        import email_validator  # noqa: F401
    except ImportError as e:
        return f"{e.name} not installed: pip install -e '.[test]'"
    return None


def _zone_text(origin: str, records: str) -> str:
    return (f"$ORIGIN {origin}.\n$TTL 300\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n"
            f"@ NS ns.test.\n{records}")


class NsdServer:
    """NSD serving ``ZONE`` and ``EXTRA_ZONES`` (plus ``extra`` records in ``test.``) on
    127.0.0.1:``port``.  ``address`` is ``127.0.0.1:PORT`` for ``--nameserver``."""

    def __init__(self, *, extra: Iterable[str] = (), zones: Mapping[str, str] | None = None,
                 user: str | None = None) -> None:
        self.extra = list(extra)
        self.zones = dict(EXTRA_ZONES if zones is None else zones)
        self.user = user
        self.port = 0
        self.dir: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"{HOST}:{self.port}"

    def _write(self, port: int) -> Path:
        assert self.dir is not None
        d = self.dir
        zones = {"test": ZONE + "".join(line + "\n" for line in self.extra)}
        zones.update({name: _zone_text(name, text) for name, text in self.zones.items()})
        for name, text in zones.items():
            (d / f"{name}.zone").write_text(text)
        conf = d / "nsd.conf"
        conf.write_text(
            "server:\n"
            f"  ip-address: {HOST}\n  port: {port}\n  do-ip6: no\n"
            '  username: ""\n  chroot: ""\n  database: ""\n'
            f'  zonesdir: "{d}"\n  zonelistfile: "{d}/zone.list"\n  xfrdfile: "{d}/xfrd.state"\n'
            f'  xfrdir: "{d}"\n  pidfile: "{d}/nsd.pid"\n  logfile: "{d}/nsd.log"\n'
            "  server-count: 1\n  verbosity: 1\n  hide-version: yes\n  reuseport: no\n"
            "remote-control:\n  control-enable: no\n"
            + "".join(f'zone:\n  name: "{name}"\n  zonefile: "{name}.zone"\n' for name in zones))
        if self.user is not None:
            pw = pwd.getpwnam(self.user)
            for p in [d, *d.iterdir()]:
                os.chown(p, pw.pw_uid, pw.pw_gid)
        return conf

    def _answers(self) -> bool:
        import dns.message
        import dns.query

        try:
            q = dns.message.make_query("test.", "SOA")
            return bool(dns.query.udp(q, HOST, port=self.port, timeout=0.5).answer)
        except (OSError, Exception):  # noqa: BLE001 - not up yet (timeout, refused)
            return False

    def start(self) -> None:
        self.dir = make_tempdir("nsd-")
        last = ""
        for _ in range(5):  # the free port can be taken between free_port() and nsd's bind
            self.port = free_port()
            conf = self._write(self.port)
            kw: dict[str, Any] = {}
            if self.user is not None:
                pw = pwd.getpwnam(self.user)
                kw = {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
            with open(self.dir / "stdout.log", "ab") as log:
                self.proc = subprocess.Popen([NSD, "-d", "-c", str(conf)], stdout=log, stderr=subprocess.STDOUT,
                                             stdin=subprocess.DEVNULL, cwd=self.dir, **kw)
            _record_pid(self.dir, "nsd", self.proc.pid)
            try:
                wait_until(lambda: self.proc.poll() is not None or self._answers(), 10.0, what="nsd")
            except TimeoutError:
                pass
            if self.proc.poll() is None and self._answers():
                return
            last = self.log()
            stop_process(self.proc)
            self.proc = None
        raise RuntimeError(f"nsd did not start:\n{last}")

    def log(self) -> str:
        if self.dir is None:
            return ""
        return "".join(p.read_text(errors="replace") for p in (self.dir / "nsd.log", self.dir / "stdout.log")
                       if p.exists())

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc, term_timeout=2.0)
            self.proc = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> "NsdServer":
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class SilentDNS:
    """A nameserver that never answers: a bound UDP socket nobody reads (queries pile up in the
    kernel's buffer and time out).  ``address`` for ``--nameserver``."""

    def __init__(self) -> None:
        self.sock: socket.socket | None = None
        self.port = 0

    @property
    def address(self) -> str:
        return f"{HOST}:{self.port}"

    def __enter__(self) -> "SilentDNS":
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((HOST, 0))
        self.port = self.sock.getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None


#: ProbeMX's replies by local part, whatever the domain (``{address}`` is filled in)
PROBE_RULES: dict[str, tuple[str, str]] = {
    "nouser": ("RCPT", "550 5.1.1 <{address}>: Recipient address rejected: User unknown in virtual mailbox table"),
    "grey": ("RCPT", "451 4.7.1 <{address}>: Recipient address rejected: Greylisted, see "
                     "http://postgrey.schweikert.ch/help/probe.test.html"),
    "blocked": ("RCPT", "554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org"),
}
UNKNOWN_USER = ("RCPT", "550 5.1.1 <{address}>: Recipient address rejected: User unknown in local recipient table")


class ProbeMX(RemoteMX):
    """aiosmtpd as the MX of the probe's domains: on ``catch_all`` domains every local part is
    accepted; elsewhere only ``users`` are, ``PROBE_RULES`` answer their local parts, and any
    other local part (the probe's random one) is refused with 550 5.1.1.  Counts the DATA
    commands it got in ``messages`` (the probe must never send one)."""

    def __init__(self, *, users: Iterable[str] = ("jane", "postmaster", "info"),
                 catch_all: Iterable[str] = ("catchall.test",)) -> None:
        super().__init__(PROBE_RULES, server_hostname="mx.probe.test")
        self.users = {u.lower() for u in users}
        self.catch_all = {d.lower() for d in catch_all}
        self.rcpts: list[str] = []
        self._lock = threading.Lock()

    def _rule(self, address: str) -> tuple[str, str] | None:
        local, _, domain = address.rpartition("@")
        with self._lock:
            self.rcpts.append(address)
        rule = self.rules.get(local.lower())
        if rule is not None:
            return rule
        if domain.lower() in self.catch_all or local.lower() in self.users:
            return None
        return UNKNOWN_USER
