"""Real mail servers for integration tests: Postfix, Dovecot POP3, an aiosmtpd "remote MX".

No mocks, no systemd, no Docker. Each class is a context manager that starts a real server on
127.0.0.1 with ephemeral ports in a private temp dir (mkdtemp + chmod 0755, so that ``nobody``,
``postfix`` and ``dovecot`` can traverse it), polls it until it accepts connections, and on exit
stops it by its recorded pid and removes the dir. Needs root and the Debian packages from
``scripts/install-system-deps.sh``. See ``../shared/docs/mailstack.md`` for the measurements
behind the settings used here.

    with RemoteMX() as mx, PostfixInstance(remote=mx) as pf:
        pf.send("sender@example.test", ["nouser@remote.test"])
        dsn = pf.wait_for_pipe(1)[0]          # the DSN, as written by the stand-in pipe script

No pytest import here: ``tests/conftest.py`` wraps these in fixtures.
"""
from __future__ import annotations

import atexit
import email
import email.message
import email.policy
import email.utils
import fcntl
import hashlib
import json
import os
import poplib
import re
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filter.testing.fake_mx import FakeMX, ReceivedMessage  # noqa: F401 - ReceivedMessage: for importers

REPO_ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
NOBODY_UID = 65534
NOBODY_GID = 65534
DEBIAN_PYTHON = "/usr/bin/python3"  # world-readable, unlike pyenv's under /root

POSTFIX_MASTER = "/usr/lib/postfix/sbin/master"
POSTFIX = "/usr/sbin/postfix"
POSTCONF = "/usr/sbin/postconf"
POSTQUEUE = "/usr/sbin/postqueue"
POSTSUPER = "/usr/sbin/postsuper"
SENDMAIL = "/usr/sbin/sendmail"
DOVECOT = "/usr/sbin/dovecot"
OPENSSL = "/usr/bin/openssl"

REQUIRED_BINARIES = (POSTFIX_MASTER, POSTFIX, POSTCONF, POSTQUEUE, DOVECOT, OPENSSL, DEBIAN_PYTHON)
TEMP_PREFIX = "bf-mailstack-"


def unavailable_reason() -> str | None:
    """Why the real-server tests cannot run here, or None when they can."""
    if os.environ.get("BOUNCEFILTER_MAILSTACK_UNAVAILABLE"):  # scripts/test.sh: why it installed no Postfix
        return os.environ["BOUNCEFILTER_MAILSTACK_UNAVAILABLE"]
    if os.geteuid() != 0:
        return "mailstack tests need root (Postfix and Dovecot masters run as root)"
    missing = [b for b in REQUIRED_BINARIES if not os.access(b, os.X_OK)]
    if missing:
        return f"missing {', '.join(missing)}: run scripts/install-system-deps.sh"
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        return "aiosmtpd not installed: pip install -e '.[test]'"
    return None


# --------------------------------------------------------------------------------------------
# small helpers: temp dirs, ports, waiting, processes
# --------------------------------------------------------------------------------------------

def make_tempdir(prefix: str = "", parent: str | os.PathLike[str] | None = None) -> Path:
    """mkdtemp + chmod 0755 (mkdtemp is 0700, which nobody/postfix/dovecot cannot traverse).

    The dir gets an ``owner`` file (pid + start time of this process) so that `reap_stale`
    can clean up after a test run that was SIGKILLed.
    """
    path = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX + prefix, dir=parent))
    path.chmod(0o755)
    (path / "owner").write_text(f"{os.getpid()} {_starttime(os.getpid())}\n")
    check_traversable(path, "other")
    return path


def check_traversable(path: Path, who: str = "other") -> None:
    """Raise if some parent of ``path`` is not searchable by 'other' (e.g. pytest's tmp_path)."""
    for p in [path, *path.parents]:
        try:
            mode = p.stat().st_mode
        except OSError as e:  # pragma: no cover
            raise RuntimeError(f"cannot stat {p}: {e}") from e
        if not mode & 0o001:
            raise RuntimeError(
                f"{p} (mode {mode & 0o777:o}) is not traversable by {who}; "
                "use make_tempdir() (mkdtemp + chmod 0755), not pytest's tmp_path")


def free_port() -> int:
    """An ephemeral TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def port_in_use(port: int, host: str = HOST) -> bool:
    """True if binding ``port`` fails with EADDRINUSE (someone else listens there)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return True
        return False


def port_open(port: int, host: str = HOST) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


def read_banner(port: int, host: str = HOST, *, tls: bool = False,
                timeout: float = 1.0) -> str | None:
    """The first line the server at ``port`` sends (unverified TLS first if ``tls``), or None.

    Readiness checks use it to make sure the port is served by *our* process and not by
    someone who grabbed the ephemeral port in between."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            sock: socket.socket = raw
            if tls:
                ctx = ssl.create_default_context()
                ctx.check_hostname = False
                ctx.verify_mode = ssl.CERT_NONE
                sock = ctx.wrap_socket(raw, server_hostname=host)
            data = b""
            while b"\n" not in data:
                chunk = sock.recv(512)
                if not chunk:
                    break
                data += chunk
            return data.decode("utf-8", "replace").strip() or None
    except (OSError, ssl.SSLError):
        return None


def wait_until(pred: Callable[[], Any], timeout: float = 10.0, interval: float = 0.02,
               what: str = "condition") -> Any:
    """Poll ``pred`` until it returns something truthy; return that, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    while True:
        result = pred()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout:.1f}s waiting for {what}")
        time.sleep(interval)


def backdate(*paths: os.PathLike[str] | str, seconds: float = 60.0) -> None:
    """Postfix's file loader sleeps until config files are ~1-2 s old: make them older."""
    t = time.time() - seconds
    for p in paths:
        os.utime(p, (t, t))


def _proc_stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # "pid (comm) state ppid ... starttime(22nd)"; comm may contain spaces/parens
    rest = raw[raw.rfind(")") + 2:].split()
    return rest  # rest[0]=state, rest[1]=ppid, rest[19]=starttime


def _starttime(pid: int) -> str:
    st = _proc_stat(pid)
    return st[19] if st else "0"


def _alive(pid: int, starttime: str | None = None) -> bool:
    """True if ``pid`` runs and is not a zombie (and, if given, started at ``starttime``)."""
    st = _proc_stat(pid)
    if st is None or st[0] in ("Z", "X"):
        return False
    return starttime is None or st[19] == starttime


def _descendants(pid: int) -> list[tuple[int, str]]:
    """(pid, starttime) of every descendant of ``pid``, from /proc."""
    parent_of: dict[int, int] = {}
    start: dict[int, str] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            st = _proc_stat(int(d))
            if st:
                parent_of[int(d)] = int(st[1])
                start[int(d)] = st[19]
    out: list[tuple[int, str]] = []
    frontier = [pid]
    while frontier:
        p = frontier.pop()
        for child, ppid in parent_of.items():
            if ppid == p:
                out.append((child, start[child]))
                frontier.append(child)
    return out


def stop_process(proc: subprocess.Popen[Any], term_timeout: float = 5.0,
                 sig: int = signal.SIGTERM) -> float:
    """Stop ``proc`` and all its descendants by pid; return the seconds it took.

    Records the descendants first, sends ``sig`` to the process, waits up to ``term_timeout``,
    then SIGKILLs it, then SIGKILLs any recorded descendant still alive after 2 s.
    """
    t0 = time.monotonic()
    kids = _descendants(proc.pid)
    if proc.poll() is None:
        try:
            proc.send_signal(sig)
        except ProcessLookupError:
            pass
        try:
            proc.wait(term_timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    deadline = time.monotonic() + 2.0
    for pid, start in kids:
        while _alive(pid, start) and time.monotonic() < deadline:
            time.sleep(0.01)
        if _alive(pid, start):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    return time.monotonic() - t0


_pending_stops: list[threading.Thread] = []


def stop_in_background(fn: Callable[[], None], name: str = "mailstack-stop") -> None:
    """Run a slow teardown (Dovecot's master takes ~1 s after SIGTERM) in a thread.

    Ports are ephemeral and dirs private, so the next test need not wait for it.
    `wait_pending_stops` (called by conftest at session end) joins them all.
    """
    t = threading.Thread(target=fn, name=name, daemon=False)
    t.start()
    _pending_stops.append(t)


def wait_pending_stops(timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while _pending_stops:
        _pending_stops.pop().join(max(0.0, deadline - time.monotonic()))


atexit.register(wait_pending_stops)


def _record_pid(root: Path, name: str, pid: int) -> None:
    pids = root / "pids"
    pids.mkdir(exist_ok=True)
    (pids / name).write_text(f"{pid} {_starttime(pid)}\n")


def reap_stale(base: str | os.PathLike[str] | None = None) -> list[int]:
    """Kill servers left behind by a test run that died (SIGKILL), and remove its temp dirs.

    Looks at ``<tmp>/bf-mailstack-*`` dirs whose ``owner`` process is gone, kills the pids
    recorded in their ``pids/`` (only if their start time still matches), removes the dir.
    Returns the pids killed.
    """
    base = Path(base or tempfile.gettempdir())
    killed: list[int] = []
    for d in base.glob(TEMP_PREFIX + "*"):
        try:
            opid, ostart = (d / "owner").read_text().split()
        except (OSError, ValueError):
            continue
        if _alive(int(opid), ostart):
            continue
        for f in (d / "pids").glob("*") if (d / "pids").is_dir() else []:
            try:
                pid_s, start = f.read_text().split()
            except (OSError, ValueError):
                continue
            pid = int(pid_s)
            if _alive(pid, start):
                for p, _start in _descendants(pid):
                    try:
                        os.kill(p, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                try:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                except ProcessLookupError:
                    pass
        shutil.rmtree(d, ignore_errors=True)
    return killed


def _run(argv: Sequence[str | os.PathLike[str]], *, timeout: float = 60, check: bool = True,
         **kw: Any) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=timeout,
                       **kw)
    if check and r.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv))} exited {r.returncode}:\n"
                           f"{r.stdout}{r.stderr}")
    return r


class _Managed:
    """Context-manager plumbing: __enter__ starts, failure during start cleans up."""

    def start(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def stop(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self):  # type: ignore[no-untyped-def]
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class ServerProcess(_Managed):
    """Any subprocess that listens on a TCP port (a milter, ``bouncefilter milter`` ...).

    Started with ``argv``, ready when ``port`` accepts connections on 127.0.0.1; stopped with
    SIGTERM, then SIGKILL after ``term_timeout`` (libmilter takes ~5 s to honour SIGTERM, so the
    default is 0.5 s). stdout+stderr go to ``log_path`` (read it with `log`).
    """

    def __init__(self, argv: Sequence[str | os.PathLike[str]], port: int, *,
                 log_path: Path | None = None, env: Mapping[str, str] | None = None,
                 cwd: str | os.PathLike[str] | None = None, ready_timeout: float = 10.0,
                 term_timeout: float = 0.5) -> None:
        self.argv = [str(a) for a in argv]
        self.port = port
        self.env = dict(env) if env is not None else None
        self.cwd = cwd
        self.ready_timeout = ready_timeout
        self.term_timeout = term_timeout
        self._own_dir: Path | None = None
        if log_path is None:
            self._own_dir = make_tempdir("proc-")
            log_path = self._own_dir / "process.log"
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None
        self.stop_seconds = 0.0

    def start(self) -> None:
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(self.argv, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, env=self.env, cwd=self.cwd)
        if self._own_dir:
            _record_pid(self._own_dir, "process", self.proc.pid)

        def ready() -> bool:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"{self.argv[0]} exited {self.proc.returncode} before "
                                   f"listening on {self.port}:\n{self.log()}")
            return port_open(self.port)

        wait_until(ready, self.ready_timeout, what=f"{self.argv[0]} on port {self.port}")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is not None:
            self.stop_seconds = stop_process(self.proc, self.term_timeout)
            self.proc = None
        if self._own_dir:
            shutil.rmtree(self._own_dir, ignore_errors=True)
            self._own_dir = None


# --------------------------------------------------------------------------------------------
# TLS: a test CA (EC keys) and a second, unrelated CA
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TLSFiles:
    dir: Path
    ca_cert: Path        # trust anchor for clients
    ca_key: Path
    cert: Path           # server cert: CN=localhost, SAN DNS:localhost, IP:127.0.0.1
    key: Path
    other_ca_cert: Path  # an unrelated CA: verifying the server against it must fail

    def client_context(self, wrong_ca: bool = False) -> ssl.SSLContext:
        """A verifying client context trusting the test CA (or the unrelated one)."""
        return ssl.create_default_context(
            cafile=str(self.other_ca_cert if wrong_ca else self.ca_cert))


def _openssl_ca(dir: Path, name: str, cn: str) -> tuple[Path, Path]:
    key, cert = dir / f"{name}.key", dir / f"{name}.pem"
    _run([OPENSSL, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
          "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", f"/CN={cn}",
          "-addext", "basicConstraints=critical,CA:TRUE",
          "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
    return cert, key


def make_test_ca(dir: str | os.PathLike[str]) -> TLSFiles:
    """Create a CA, a server cert for localhost/127.0.0.1 signed by it, and an unrelated CA.

    All with EC P-256 keys via the openssl CLI (~0.06 s). Files are world-readable except the
    keys (0600, root): the servers read them as root before dropping privileges.
    """
    d = Path(dir)
    d.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = _openssl_ca(d, "ca", "bouncefilter Test CA")
    other_cert, _ = _openssl_ca(d, "other-ca", "Unrelated Test CA")
    key, csr, cert = d / "server.key", d / "server.csr", d / "server.pem"
    _run([OPENSSL, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
          "-keyout", key, "-out", csr, "-subj", "/CN=localhost"])
    ext = d / "server-ext.cnf"
    ext.write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                   "basicConstraints=critical,CA:FALSE\n"
                   "keyUsage=critical,digitalSignature\n"
                   "extendedKeyUsage=serverAuth\n"
                   "authorityKeyIdentifier=keyid,issuer\n"
                   "subjectKeyIdentifier=hash\n")
    _run([OPENSSL, "x509", "-req", "-in", csr, "-CA", ca_cert, "-CAkey", ca_key,
          "-CAcreateserial", "-out", cert, "-days", "2", "-extfile", ext])
    for p in (ca_cert, other_cert, cert):
        p.chmod(0o644)
    for p in d.glob("*.key"):
        p.chmod(0o600)
    return TLSFiles(dir=d, ca_cert=ca_cert, ca_key=ca_key, cert=cert, key=key,
                    other_ca_cert=other_cert)


# --------------------------------------------------------------------------------------------
# RemoteMX: the testing kit's fake MX (filter/testing/fake_mx.py) answering per local part
# --------------------------------------------------------------------------------------------

#: local part -> (stage, reply). Stage "RCPT" rejects the recipient; "DATA" accepts it and
#: rejects the whole message after DATA. ``{address}`` is replaced by the recipient.
DEFAULT_MX_RULES: dict[str, tuple[str, str]] = {
    "nouser": ("RCPT", "550 5.1.1 <{address}>: Recipient address rejected: User unknown"),
    "full": ("RCPT", "452 4.2.2 <{address}>: Mailbox full"),
    "spam": ("DATA", "554 5.7.1 Message rejected as spam"),
    "dmarc": ("DATA", "550 5.7.26 Unauthenticated email is not accepted due to the "
                      "domain's DMARC policy"),
    "big": ("DATA", "552 5.3.4 Message too big for system"),
}


class RemoteMX(FakeMX):
    """The testing kit's fake MX (``filter.testing.fake_mx``) with this suite's older table of
    rules: ``rules`` (a copy of DEFAULT_MX_RULES unless given) maps a recipient's local part to
    (stage, reply); change it at any time, e.g. ``mx.rules["gone"] = ("RCPT", "550 5.1.1 gone")``
    or `set_rule`.  The kit's pattern rules (``mx.reject("*@x.test", ...)``) are consulted first.
    Accepted mail is in ``messages``; every rejection is in ``rejections`` as (stage, address,
    reply); every transaction in ``transactions``."""

    def __init__(self, rules: Mapping[str, tuple[str, str]] | None = None, *,
                 server_hostname: str = "mx.remote.test") -> None:
        super().__init__(server_hostname=server_hostname)
        self.rules: dict[str, tuple[str, str]] = dict(DEFAULT_MX_RULES if rules is None
                                                      else rules)

    def set_rule(self, local_part: str, reply: str, at: str = "RCPT") -> None:
        if at not in ("RCPT", "DATA"):
            raise ValueError("at must be 'RCPT' or 'DATA'")
        self.rules[local_part.lower()] = (at, reply)

    def _rule(self, address: str) -> tuple[str, str] | None:
        return self.rules.get(address.rsplit("@", 1)[0].lower())


# --------------------------------------------------------------------------------------------
# Postfix private instance
# --------------------------------------------------------------------------------------------

#: Stand-in for the pipe program: saves stdin to <out>/<n>.eml and argv/uid to <n>.json.
#: Runs as nobody with Debian's python (pipe(8) passes a tiny environment).
CAPTURE_PIPE_SCRIPT = """\
#!/usr/bin/python3
import json, os, sys, time
out = sys.argv[1]
data = sys.stdin.buffer.read()
base = os.path.join(out, "%.6f-%d" % (time.time(), os.getpid()))
with open(base + ".eml", "wb") as f:
    f.write(data)
with open(base + ".tmp", "w") as f:
    json.dump({"argv": sys.argv[2:], "uid": os.getuid(), "gid": os.getgid(),
               "python": sys.executable, "env": dict(os.environ)}, f)
os.rename(base + ".tmp", base + ".json")
"""

#: Postfix daemons (chroot "n" everywhere: nothing to copy into the queue dir).
_MASTER_CF_SERVICES = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""

#: Queue lifetimes. "immediate": one delivery attempt, a 4xx becomes a failed DSN at once.
#: "delayed": a "delayed" DSN after ~0.1 s, then the failed DSN after ~3 s.
#: "default": Postfix's defaults (5 days; a 4xx stays deferred).
LIFETIMES: dict[str, dict[str, str]] = {
    "immediate": {"maximal_queue_lifetime": "0", "bounce_queue_lifetime": "0"},
    "delayed": {"delay_warning_time": "1s", "minimal_backoff_time": "1s",
                "maximal_backoff_time": "1s", "queue_run_delay": "1s",
                "maximal_queue_lifetime": "3s", "bounce_queue_lifetime": "3s"},
    "default": {},
}


@dataclass
class PipeCapture:
    """One message delivered to the stand-in pipe script."""
    argv: list[str]      # what followed the out dir: by default [sender, recipient]
    uid: int
    content: bytes
    path: Path
    env: dict[str, str] = field(default_factory=dict)
    python: str = ""     # sys.executable of the script

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.content, policy=email.policy.default)  # type: ignore[return-value]

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


def _master_arg(a: str) -> str:
    """Quote one pipe(8) argv element for master.cf ({ } groups text with spaces)."""
    return "{" + a + "}" if re.search(r"\s", a) else a


class PostfixInstance(_Managed):
    """A private Postfix (``master -s`` in the foreground) on 127.0.0.1:<ephemeral>.

    Routing (transport_maps, texthash):
      * every domain of ``remote`` (default ``remote.test``) -> ``smtp:[127.0.0.1]:<mx port>``
      * every key in ``pipe_routes`` (default: the whole domain ``example.test``, so
        ``sender@``, ``bounces@`` and VERP ``bounces+x=y@example.test`` all match) ->
        ``bouncepipe:`` — so the DSNs Postfix writes for mail from ``sender@example.test``
        reach the pipe;
      * when ``dovecot`` is given, ``<user>@<dovecot_domain>`` (default ``pop.test``) for
        each of its users -> virtual(8) into that user's Dovecot Maildir (uid 65534);
      * anything else -> ``error:`` (no DNS, no traffic off 127.0.0.1).

    The ``bouncepipe`` service is ``pipe flags=Rq null_sender= user=nobody argv=<pipe_argv>
    ${sender} ${recipient}``. Without ``pipe_argv`` it runs a stand-in script (Debian's
    python, as nobody) that saves each message: read them with `pipe_messages` /
    `wait_for_pipe`. ``pipe_argv`` must be runnable by nobody (see `pipe_venv`); in it
    ``{capture}`` is replaced by the stand-in script's path and ``{out}`` by `pipe_out`.
    """

    def __init__(self, tmpdir: str | os.PathLike[str] | None = None, *,
                 remote: RemoteMX | None = None,
                 remote_domains: Sequence[str] = ("remote.test",),
                 pipe_argv: Sequence[str] | None = None,
                 pipe_args: Sequence[str] = ("${sender}", "${recipient}"),
                 pipe_routes: Sequence[str] = ("example.test",),
                 pipe_user: str = "nobody",
                 pipe_flags: str = "Rq",
                 smtpd_milters: str | Sequence[str] = (),
                 non_smtpd_milters: str | Sequence[str] = (),
                 internal_mail_filter_classes: str | None = None,
                 milter_default_action: str = "accept",
                 lifetimes: str = "immediate",
                 dovecot: DovecotInstance | None = None,
                 dovecot_domain: str = "pop.test",
                 main_cf: Mapping[str, str] | None = None,
                 extra_transport: Mapping[str, str] | None = None,
                 myhostname: str = "mx.example.test",
                 ready_timeout: float = 15.0) -> None:
        if lifetimes not in LIFETIMES:
            raise ValueError(f"lifetimes must be one of {sorted(LIFETIMES)}")
        self._tmpdir = tmpdir
        self.remote = remote
        self.remote_domains = list(remote_domains)
        self.pipe_argv = list(pipe_argv) if pipe_argv is not None else None
        self.pipe_args = list(pipe_args)
        self.pipe_routes = list(pipe_routes)
        self.pipe_user = pipe_user
        self.pipe_flags = pipe_flags

        def as_list(v: str | Sequence[str]) -> list[str]:
            return [v] if isinstance(v, str) else list(v)

        self.smtpd_milters = as_list(smtpd_milters)
        self.non_smtpd_milters = as_list(non_smtpd_milters)
        if internal_mail_filter_classes is None and self.non_smtpd_milters:
            internal_mail_filter_classes = "bounce"
        self.internal_mail_filter_classes = internal_mail_filter_classes
        self.milter_default_action = milter_default_action
        self.lifetimes = lifetimes
        self.dovecot = dovecot
        self.dovecot_domain = dovecot_domain
        self.main_cf_extra = dict(main_cf or {})
        self.extra_transport = dict(extra_transport or {})
        self.myhostname = myhostname
        self.ready_timeout = ready_timeout

        self.root: Path | None = None
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.stop_seconds = 0.0

    # -- paths --------------------------------------------------------------------------
    @property
    def config_dir(self) -> Path:
        assert self.root, "not started"
        return self.root / "postfix"

    @property
    def queue_dir(self) -> Path:
        assert self.root, "not started"
        return self.root / "spool"

    @property
    def maillog(self) -> Path:
        assert self.root, "not started"
        return self.root / "log" / "maillog"

    @property
    def pipe_out(self) -> Path:
        """Dir owned by nobody where the stand-in pipe script writes (also usable by yours)."""
        assert self.root, "not started"
        return self.root / "out"

    # -- lifecycle ----------------------------------------------------------------------
    def _main_cf(self) -> dict[str, str]:
        r = self.root
        assert r
        cf = {
            "compatibility_level": "3.6",
            "queue_directory": f"{r}/spool",
            "data_directory": f"{r}/data",
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "myhostname": self.myhostname,
            "mydomain": "example.test",
            "myorigin": "$myhostname",
            "mydestination": "",
            "inet_interfaces": HOST,
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            "smtpd_relay_restrictions": "permit_mynetworks, reject_unauth_destination",
            "smtpd_peername_lookup": "no",
            "smtp_dns_support_level": "disabled",
            "default_transport": "error:5.3.0 no route in this test instance",
            "relay_transport": "error:5.3.0 no route in this test instance",
            "alias_maps": "",
            "alias_database": "",
            "biff": "no",
            "recipient_delimiter": "+",
            "maillog_file": f"{r}/log/maillog",
            "maillog_file_prefixes": f"{r}/log",
            "transport_maps": f"texthash:{r}/postfix/transport",
            "bouncepipe_destination_recipient_limit": "1",
            "milter_default_action": self.milter_default_action,
        }
        if self.smtpd_milters:
            cf["smtpd_milters"] = ", ".join(self.smtpd_milters)
        if self.non_smtpd_milters:
            cf["non_smtpd_milters"] = ", ".join(self.non_smtpd_milters)
        if self.internal_mail_filter_classes:
            cf["internal_mail_filter_classes"] = self.internal_mail_filter_classes
        if self.dovecot is not None:
            cf.update({
                "virtual_mailbox_domains": self.dovecot_domain,
                "virtual_mailbox_base": str(self.dovecot.mail_root),
                "virtual_mailbox_maps": f"texthash:{r}/postfix/vmailbox",
                "virtual_uid_maps": f"static:{NOBODY_UID}",
                "virtual_gid_maps": f"static:{NOBODY_GID}",
            })
        cf.update(LIFETIMES[self.lifetimes])
        cf.update(self.main_cf_extra)
        return cf

    def start(self) -> None:
        if self._tmpdir is not None:
            check_traversable(Path(self._tmpdir))
        self.root = r = make_tempdir("postfix-", self._tmpdir)
        for d in ("postfix", "spool", "data", "out", "log", "bin"):
            (r / d).mkdir(mode=0o755)
        shutil.chown(r / "data", "postfix", "postfix")
        os.chown(r / "out", NOBODY_UID, NOBODY_GID)

        script = r / "bin" / "capture-pipe"
        script.write_text(CAPTURE_PIPE_SCRIPT)
        script.chmod(0o755)
        if self.pipe_argv is None:
            argv = [str(script), str(r / "out")]
        else:
            argv = [a.replace("{capture}", str(script)).replace("{out}", str(r / "out"))
                    for a in self.pipe_argv]
        argv += self.pipe_args

        transport = [f"{k}\tbouncepipe:" for k in self.pipe_routes]
        if self.remote is not None:
            transport += [f"{d}\tsmtp:{self.remote.nexthop}" for d in self.remote_domains]
        transport += [f"{k}\t{v}" for k, v in self.extra_transport.items()]
        (r / "postfix" / "transport").write_text("\n".join(transport) + "\n")

        if self.dovecot is not None:
            (r / "postfix" / "vmailbox").write_text("".join(
                f"{u}@{self.dovecot_domain}\t{u}/Maildir/\n" for u in self.dovecot.users))
        else:
            (r / "postfix" / "vmailbox").write_text("")

        last: Exception | None = None
        for _ in range(5):  # retry if the ephemeral port got taken before master binds it
            self.port = free_port()
            self._write_config(argv)
            chk = _run([POSTFIX, "-c", r / "postfix", "check"], check=False)
            if chk.returncode:
                raise RuntimeError(f"postfix check failed ({chk.returncode}):\n{chk.stdout}"
                                   f"{chk.stderr}{self.log()[-3000:]}")
            self.proc = subprocess.Popen(
                [POSTFIX_MASTER, "-c", str(r / "postfix"), "-s"],
                stdin=subprocess.DEVNULL, stdout=open(r / "log" / "master.out", "ab"),
                stderr=subprocess.STDOUT)
            _record_pid(r, "postfix-master", self.proc.pid)
            try:
                wait_until(self._ready, self.ready_timeout, what=f"postfix smtpd :{self.port}")
                return
            except RuntimeError as e:  # master died: retry only if the port was taken
                last = e
                stop_process(self.proc, 2.0)
                self.proc = None
                if not port_in_use(self.port):  # master logs nothing when bind fails
                    break
        raise RuntimeError(f"Postfix did not start: {last}")

    def _write_config(self, pipe_argv: Sequence[str]) -> None:
        r = self.root
        assert r
        main = r / "postfix" / "main.cf"
        main.write_text("".join(f"{k} = {v}\n" for k, v in self._main_cf().items()))
        pipe_line = (f"bouncepipe unix - n n - - pipe\n"
                     f"  flags={self.pipe_flags} null_sender= user={self.pipe_user} "
                     f"argv={' '.join(_master_arg(a) for a in pipe_argv)}\n")
        (r / "postfix" / "master.cf").write_text(
            f"{HOST}:{self.port} inet n - n - - smtpd\n" + _MASTER_CF_SERVICES + pipe_line)
        backdate(*(r / "postfix").iterdir())

    def _ready(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            out = (self.root / "log" / "master.out").read_text(errors="replace")  # type: ignore[operator]
            raise RuntimeError(f"postfix master exited {self.proc.returncode}:\n{out[-3000:]}"
                               f"{self.log()[-3000:]}")
        banner = read_banner(self.port, timeout=0.5)
        return bool(banner and banner.startswith(f"220 {self.myhostname} "))

    def stop(self) -> None:
        if self.proc is not None:
            self.stop_seconds = stop_process(self.proc, 10.0)
            self.proc = None
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    # -- mail ---------------------------------------------------------------------------
    def send(self, mail_from: str, rcpt_tos: str | Sequence[str],
             message: bytes | str | email.message.Message | None = None, *,
             subject: str = "test message", mail_options: Sequence[str] = (),
             rcpt_options: Sequence[str] = ()) -> dict[str, tuple[int, bytes]]:
        """Submit over SMTP (smtplib) to this instance; return smtplib's refused dict."""
        rcpts = [rcpt_tos] if isinstance(rcpt_tos, str) else list(rcpt_tos)
        if message is None:
            message = make_message(mail_from, rcpts[0], subject=subject)
        with smtplib.SMTP(HOST, self.port, local_hostname="client.example.test",
                          timeout=15) as s:
            if isinstance(message, email.message.Message):
                message = message.as_bytes()
            return s.sendmail(mail_from, rcpts, message, mail_options=list(mail_options),
                              rcpt_options=list(rcpt_options))

    def sendmail_cli(self, mail_from: str, rcpt_tos: str | Sequence[str],
                     message: bytes | str | None = None) -> None:
        """Submit through sendmail(1)/postdrop/pickup (a non-SMTP submission)."""
        rcpts = [rcpt_tos] if isinstance(rcpt_tos, str) else list(rcpt_tos)
        if message is None:
            message = make_message(mail_from, rcpts[0]).as_bytes()
        if isinstance(message, str):
            message = message.encode()
        r = subprocess.run([SENDMAIL, "-C", str(self.config_dir), "-f", mail_from, "-i", "--",
                            *rcpts], input=message, capture_output=True, timeout=30)
        if r.returncode:
            raise RuntimeError(f"sendmail exited {r.returncode}: {r.stderr.decode()}")

    def flush(self) -> None:
        """``postqueue -f``: attempt delivery of everything deferred now."""
        _run([POSTQUEUE, "-c", self.config_dir, "-f"])

    def queue(self) -> list[dict[str, Any]]:
        """The queue as ``postqueue -j`` objects (queue_name, queue_id, sender, recipients...)."""
        r = _run([POSTQUEUE, "-c", self.config_dir, "-j"])
        return [json.loads(line) for line in r.stdout.splitlines() if line.strip()]

    def wait_queue_empty(self, timeout: float = 10.0) -> None:
        wait_until(lambda: not self.queue(), timeout, interval=0.05, what="empty postfix queue")

    def log(self) -> str:
        try:
            return self.maillog.read_text(errors="replace")
        except OSError:
            return ""

    def wait_log(self, pattern: str, timeout: float = 10.0) -> re.Match[str]:
        """Wait until the maillog matches the regex ``pattern``; return the match."""
        rx = re.compile(pattern, re.M)
        try:
            return wait_until(lambda: rx.search(self.log()), timeout, interval=0.05,
                              what=f"maillog /{pattern}/")
        except TimeoutError as e:
            raise TimeoutError(f"{e}\n--- maillog ---\n{self.log()[-4000:]}") from None

    def postconf(self, settings: Mapping[str, str] | None = None, *, reload: bool = True,
                 **kw: str) -> None:
        """``postconf -e key=value ...``, backdate main.cf, then ``postfix reload``."""
        items = {**(settings or {}), **kw}
        _run([POSTCONF, "-c", self.config_dir, "-e", *(f"{k}={v}" for k, v in items.items())])
        backdate(self.config_dir / "main.cf")
        if reload:
            self.reload()

    def postconf_get(self, name: str) -> str:
        return _run([POSTCONF, "-c", self.config_dir, "-h", name]).stdout.strip()

    def reload(self) -> None:
        backdate(*self.config_dir.iterdir())
        _run([POSTFIX, "-c", self.config_dir, "reload"])

    # -- the stand-in pipe ---------------------------------------------------------------
    def pipe_messages(self) -> list[PipeCapture]:
        """Messages the stand-in pipe script saved so far, oldest first."""
        out: list[PipeCapture] = []
        for meta in sorted(self.pipe_out.glob("*.json")):
            info = json.loads(meta.read_text())
            eml = meta.with_suffix(".eml")
            out.append(PipeCapture(argv=info["argv"], uid=info["uid"], content=eml.read_bytes(),
                                   path=eml, env=info.get("env", {}),
                                   python=info.get("python", "")))
        return out

    def wait_for_pipe(self, count: int = 1, timeout: float = 10.0) -> list[PipeCapture]:
        """Wait until the pipe saved at least ``count`` messages; return them all."""
        try:
            wait_until(lambda: len(list(self.pipe_out.glob("*.json"))) >= count, timeout,
                       what=f"{count} message(s) at the bouncepipe")
        except TimeoutError as e:
            raise TimeoutError(f"{e}\n--- maillog ---\n{self.log()[-4000:]}") from None
        return self.pipe_messages()


def make_message(mail_from: str, to: str, subject: str = "test message",
                 body: str = "Hello from the bouncefilter test suite.\n",
                 ) -> email.message.EmailMessage:
    """A small valid text message (From, To, Subject, Message-ID, Date)."""
    m = email.message.EmailMessage()
    m["From"] = mail_from
    m["To"] = to
    m["Subject"] = subject
    m["Message-ID"] = email.utils.make_msgid(domain="example.test")
    m["Date"] = email.utils.formatdate(localtime=False)
    m.set_content(body)
    return m


# --------------------------------------------------------------------------------------------
# Dovecot POP3 private instance
# --------------------------------------------------------------------------------------------

class DovecotInstance(_Managed):
    """A private Dovecot (``dovecot -F``) serving POP3 (with STLS) and POP3S on 127.0.0.1.

    ``users`` maps user name -> plain password (passwd-file). Each user's Maildir is
    ``mail_root/<user>/Maildir`` owned by 65534 (nobody), which is also the uid Postfix's
    virtual(8) uses when a `PostfixInstance` is given ``dovecot=``.
    """

    def __init__(self, tmpdir: str | os.PathLike[str] | None = None, *,
                 users: Mapping[str, str] | None = None, tls: TLSFiles | None = None,
                 hostname: str = "pop.example.test", ready_timeout: float = 10.0,
                 background_stop: bool = False) -> None:
        self._tmpdir = tmpdir
        self.background_stop = background_stop
        self.users: dict[str, str] = dict(users if users is not None
                                          else {"testuser": "secret123"})
        self.tls = tls
        self.hostname = hostname
        self.ready_timeout = ready_timeout
        self.root: Path | None = None
        self.pop3_port = 0
        self.pop3s_port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.stop_seconds = 0.0
        self._seq = 0

    @property
    def mail_root(self) -> Path:
        assert self.root, "not started"
        return self.root / "mail"

    @property
    def log_path(self) -> Path:
        assert self.root, "not started"
        return self.root / "log" / "dovecot.log"

    def maildir(self, user: str) -> Path:
        return self.mail_root / user / "Maildir"

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def _write_users(self) -> None:
        assert self.root
        p = self.root / "dovecot" / "users"
        p.write_text("".join(f"{u}:{{PLAIN}}{pw}\n" for u, pw in self.users.items()))
        p.chmod(0o644)
        for u in self.users:
            self._make_maildir(u)

    def _make_maildir(self, user: str) -> None:
        home = self.mail_root / user
        for sub in ("new", "cur", "tmp"):
            (home / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
        for dirpath, _dirs, filenames in os.walk(home):
            os.chown(dirpath, NOBODY_UID, NOBODY_GID)
            for f in filenames:
                os.chown(os.path.join(dirpath, f), NOBODY_UID, NOBODY_GID)

    def add_user(self, user: str, password: str) -> None:
        """Add (or change) a user while running; Dovecot re-reads the passwd-file."""
        self.users[user] = password
        self._write_users()

    def start(self) -> None:
        if self._tmpdir is not None:
            check_traversable(Path(self._tmpdir))
        self.root = r = make_tempdir("dovecot-", self._tmpdir)
        for d in ("dovecot", "dovecot/run", "dovecot/state", "log", "mail"):
            (r / d).mkdir(mode=0o755)
        os.chown(r / "mail", NOBODY_UID, NOBODY_GID)
        if self.tls is None:
            self.tls = make_test_ca(r / "tls")
        self._write_users()
        last: Exception | None = None
        for _ in range(5):
            self.pop3_port, self.pop3s_port = free_port(), free_port()
            if self.pop3_port == self.pop3s_port:
                continue
            self._write_config()
            self.proc = subprocess.Popen(
                [DOVECOT, "-c", str(r / "dovecot" / "dovecot.conf"), "-F"],
                stdin=subprocess.DEVNULL, stdout=open(r / "log" / "master.out", "ab"),
                stderr=subprocess.STDOUT)
            _record_pid(r, "dovecot-master", self.proc.pid)
            try:
                wait_until(self._ready, self.ready_timeout,
                           what=f"dovecot on :{self.pop3_port}/:{self.pop3s_port}")
                return
            except RuntimeError as e:  # retry only if a port was taken meanwhile
                last = e
                stop_process(self.proc, 2.0)
                self.proc = None
                if not (port_in_use(self.pop3_port) or port_in_use(self.pop3s_port)):
                    break
        raise RuntimeError(f"Dovecot did not start: {last}")

    def _write_config(self) -> None:
        r = self.root
        assert r and self.tls
        conf = f"""\
protocols = pop3
listen = {HOST}
hostname = {self.hostname}
base_dir = {r}/dovecot/run
state_dir = {r}/dovecot/state
instance_name = dovecot-{r.name}
log_path = {r}/log/dovecot.log
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login
ssl = yes
ssl_cert = <{self.tls.cert}
ssl_key = <{self.tls.key}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {r}/dovecot/users
}}
userdb {{
  driver = static
  args = uid={NOBODY_UID} gid={NOBODY_GID} home={r}/mail/%u
}}
mail_location = maildir:~/Maildir
pop3_uidl_format = %08Xu%08Xv
service pop3-login {{
  inet_listener pop3 {{
    address = {HOST}
    port = {self.pop3_port}
  }}
  inet_listener pop3s {{
    address = {HOST}
    port = {self.pop3s_port}
    ssl = yes
  }}
}}
"""
        (r / "dovecot" / "dovecot.conf").write_text(conf)

    def _ready(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            out = (self.root / "log" / "master.out").read_text(errors="replace")  # type: ignore[operator]
            raise RuntimeError(f"dovecot exited {self.proc.returncode}:\n{out[-3000:]}"
                               f"{self.log()[-3000:]}")
        ok = read_banner(self.pop3_port, timeout=0.5) or ""
        ok_tls = read_banner(self.pop3s_port, tls=True, timeout=0.5) or ""
        return ok.startswith("+OK") and ok_tls.startswith("+OK")

    def stop(self) -> None:
        """SIGTERM the master (it exits ~1.0 s later, after reaping its children), remove the
        dir. With ``background_stop`` this happens in a thread (see `stop_in_background`)."""
        proc, root = self.proc, self.root
        self.proc = self.root = None

        def _stop() -> None:
            if proc is not None:
                self.stop_seconds = stop_process(proc, 10.0)
            if root is not None:
                shutil.rmtree(root, ignore_errors=True)

        if self.background_stop and proc is not None:
            stop_in_background(_stop, "dovecot-stop")
        else:
            _stop()

    # -- mailbox helpers ----------------------------------------------------------------
    def seed(self, user: str, message: bytes | str | email.message.Message) -> Path:
        """Put one message into ``user``'s Maildir/new (LF line endings, owned by 65534)."""
        if isinstance(message, email.message.Message):
            message = message.as_bytes()
        if isinstance(message, str):
            message = message.encode()
        message = message.replace(b"\r\n", b"\n")
        self._make_maildir(user)
        self._seq += 1
        name = f"{time.time():.6f}.M{self._seq}P{os.getpid()}.seed"
        tmp = self.maildir(user) / "tmp" / name
        tmp.write_bytes(message)
        os.chown(tmp, NOBODY_UID, NOBODY_GID)
        dest = self.maildir(user) / "new" / name
        os.rename(tmp, dest)
        return dest

    def count(self, user: str) -> int:
        """Messages left in ``user``'s Maildir (new + cur)."""
        md = self.maildir(user)
        return sum(1 for sub in ("new", "cur") if (md / sub).is_dir()
                   for p in (md / sub).iterdir() if p.is_file())

    def pop3(self, tls: str = "plain", context: ssl.SSLContext | None = None,
             host: str = HOST, timeout: float = 10.0) -> poplib.POP3:
        """A connected (not logged in) client: tls = "plain", "stls" or "pop3s".

        For "stls"/"pop3s" ``context`` defaults to one that trusts the test CA.
        """
        if tls != "plain" and context is None:
            assert self.tls
            context = self.tls.client_context()
        if tls == "pop3s":
            return poplib.POP3_SSL(host, self.pop3s_port, context=context, timeout=timeout)
        p = poplib.POP3(host, self.pop3_port, timeout=timeout)
        if tls == "stls":
            try:
                p.stls(context=context)
            except BaseException:
                try:  # a failed handshake leaves poplib's socket detached
                    p.close()
                except OSError:
                    pass
                raise
        return p


# --------------------------------------------------------------------------------------------
# a venv that user nobody can run (for pipe(8) services)
# --------------------------------------------------------------------------------------------

_VENV_IGNORE = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info",
                                      "__pycache__", ".pytest_cache", ".hypothesis",
                                      ".mypy_cache", ".ruff_cache", "state", "tests", "bench",
                                      "*.pyc")
_PIP_QUIET = ["-q", "--disable-pip-version-check"]


def _digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode() if isinstance(p, str) else p)
        h.update(b"\0")
    return h.hexdigest()[:16]


def _source_hash(repo: Path, extras: Sequence[str], python: str) -> str:
    parts: list[bytes | str] = [os.path.realpath(python), ",".join(sorted(extras))]
    files = [repo / "pyproject.toml"]
    for pkg in ("filter", "pop3bridge"):
        if (repo / pkg).is_dir():
            files += sorted(p for p in (repo / pkg).rglob("*")
                            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    for p in files:
        if p.exists():
            parts += [str(p.relative_to(repo)), p.read_bytes()]
    return _digest(*parts)


def _umask022(argv: Sequence[str | os.PathLike[str]], timeout: float, **kw: Any) -> None:
    """Run with umask 022, so that everything created is readable by nobody."""
    _run(["sh", "-c", 'umask 022 && exec "$@"', "sh", *map(str, argv)], timeout=timeout, **kw)


def _cached_dir(path: Path, build: Callable[[Path], None]) -> Path:
    """``path`` if marked complete, else (re)build it with ``build(path)`` and mark it."""
    if (path / ".complete").exists():
        os.utime(path / ".complete")
        return path
    shutil.rmtree(path, ignore_errors=True)
    build(path)
    (path / ".complete").write_text("ok\n")
    return path


def _prune(cache: Path, pattern: str, keep: int) -> None:
    def last_used(p: Path) -> float:
        m = p / ".complete"
        return m.stat().st_mtime if m.exists() else 0.0

    for old in sorted(cache.glob(pattern), key=last_used, reverse=True)[keep:]:
        shutil.rmtree(old, ignore_errors=True)


def pipe_venv(cache_dir: str | os.PathLike[str] | None = None, *, repo: Path = REPO_ROOT,
              extras: Sequence[str] = (), python: str = DEBIAN_PYTHON,
              timeout: float = 600) -> Path:
    """A venv from Debian's python with the project installed (non-editable), runnable by nobody.

    Returns the venv dir; ``<venv>/bin/bouncefilter`` and ``<venv>/bin/python`` work as
    nobody (checked with runuser from "/"). In ``cache_dir`` (world-readable; a fresh temp dir
    when None) under a lock:

    * ``buildenv-<key>``: a venv with pip and the project's build requirements, made once;
    * ``wheels-<key>``: wheels of the dependencies, made once per pyproject.toml + extras;
    * ``venv-<hash of the sources>``: ``venv --without-pip`` + an offline install of a wheel
      built from a copy of the project (so pip writes no build/ or egg-info into the checkout,
      and the checkout may sit under a dir nobody cannot read). Reused while the sources are
      unchanged; the 3 most recently used are kept.

    First build ~7 s; after a source change ~2 s; unchanged ~0 s.
    """
    import tomllib

    repo = Path(repo)
    cache = Path(cache_dir) if cache_dir is not None else make_tempdir("venvcache-")
    cache.mkdir(parents=True, exist_ok=True, mode=0o755)
    cache.chmod(0o755)
    check_traversable(cache)
    pyproject = (repo / "pyproject.toml").read_bytes()
    build_requires = tomllib.loads(pyproject.decode())["build-system"]["requires"]
    pykey = _digest(os.path.realpath(python), *build_requires)
    venv = cache / f"venv-{_source_hash(repo, extras, python)}"
    extra_spec = f"[{','.join(extras)}]" if extras else ""

    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (venv / ".complete").exists():
            os.utime(venv / ".complete")
            return venv

        def make_buildenv(d: Path) -> None:
            _umask022([python, "-m", "venv", d], timeout)
            _umask022([d / "bin" / "python", "-m", "pip", "install", *_PIP_QUIET,
                       *build_requires, "wheel"], timeout)

        buildenv = _cached_dir(cache / f"buildenv-{pykey}", make_buildenv)
        pip = [str(buildenv / "bin" / "python"), "-m", "pip"]

        src = make_tempdir("src-")
        try:
            shutil.copytree(repo, src / "project", ignore=_VENV_IGNORE)
            _umask022([*pip, "wheel", *_PIP_QUIET, "--no-deps", "--no-build-isolation",
                       "-w", src / "dist", src / "project"], timeout, cwd=str(src))
            [wheel] = (src / "dist").glob("*.whl")
            spec = f"{wheel}{extra_spec}"
            wheels = _cached_dir(
                cache / f"wheels-{_digest(pykey, pyproject, extra_spec)}",
                lambda d: _umask022([*pip, "wheel", *_PIP_QUIET, "-w", d, spec], timeout))
            shutil.rmtree(venv, ignore_errors=True)
            _umask022([python, "-m", "venv", "--without-pip", venv], timeout)
            _umask022([*pip, "--python", venv / "bin" / "python", "install", *_PIP_QUIET,
                       "--no-index", "--find-links", wheels, spec], timeout, cwd=str(src))
        finally:
            shutil.rmtree(src, ignore_errors=True)

        # verify as nobody, from "/" so that no checkout on sys.path can fake the import
        r = _run(["runuser", "-u", "nobody", "--", venv / "bin" / "python", "-c",
                  "import filter; print(filter.__file__)"], check=False, cwd="/")
        if r.returncode != 0 or not r.stdout.strip().startswith(str(venv)):
            raise RuntimeError(f"nobody cannot import filter from {venv}:\n{r.stdout}{r.stderr}")
        (venv / ".complete").write_text("ok\n")
        _prune(cache, "venv-*", 3)
        _prune(cache, "wheels-*", 2)
        _prune(cache, "buildenv-*", 2)
    return venv
