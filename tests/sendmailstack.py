"""A private Sendmail for integration tests: Debian's own binaries, on 127.0.0.1, no systemd.

Debian's ``sendmail-bin`` conflicts with the Postfix the other tests use (both provide
``mail-transport-agent``), so ``scripts/install-system-deps.sh`` does not install it: it fetches
``sendmail-bin``, ``sendmail-base`` and ``sendmail-cf`` with ``apt-get download`` and unpacks them
with ``dpkg -x`` into :data:`PREFIX` (``/opt/bouncefilter-test/sendmail``, or
``$BOUNCEFILTER_SENDMAIL_PREFIX``). Nothing of it is in ``/usr`` or ``/etc``; no ``smmsp``/``smmta``
user exists. :class:`SendmailInstance` runs that binary as the MTA daemon in the foreground
(``sendmail -bD -C <private sendmail.cf>``) with everything in a private temp dir, like
``tests/mailstack.py`` runs Postfix:

    with RemoteMX() as mx, SendmailInstance(remote=mx, aliases={...}) as sm:
        sm.send("", ["bounces+jane=example.org@sm.test"], dsn)
        sm.wait_queue_empty()

Its ``sendmail.cf`` is built with m4 from **Debian's own default** ``sendmail.mc`` (the one
``sendmailconfig`` starts from: ``cf/debian/sendmail.mc`` in the prefix), plus the documented
``conf/sendmail.mc`` snippet, with only what makes it private changed (:data:`PRIVATE_DEFINES`:
paths, the port, the host name), so the tests see what a Debian admin's Sendmail does.

Measured with Debian 12's Sendmail 8.17.1.9-2+deb12u2 (facts the settings below rest on):

* **The 60 s sleep.** At start, before reading its config, Sendmail qualifies the machine's host
  name; when the name has no dot and nothing qualifies it (here: ``/etc/hosts`` giving ``vm``
  only, DNS answering NXDOMAIN), it sleeps 60 s (strace: ``clock_nanosleep`` of 60 s right after
  the failed lookup; its source calls this "My unqualified host name ... sleeping for retry"), in
  *every* invocation (``-bi``, ``-q``, ``-bD``).  ``confDOMAIN_NAME`` does not help (read
  later).  Each run therefore goes through ``unshare --uts`` with the host name set to
  :data:`HOSTNAME` (``sm.test``, dotted): then ``-bi`` takes ~0.02 s and an instance starts in
  ~0.6 s.  Without ``unshare`` (no CAP_SYS_ADMIN, e.g. some containers) the instance still
  works, 60 s slower per command (measured: 120 s to start, ``-bi`` then ``-bD``; a delivery
  after that at the usual speed; each ``-q`` 60 s more); the timeouts allow for it.
* **Files under /tmp.** Sendmail refuses an alias database in a path with a world-writable
  directory ("WARNING: World writable directory /tmp", then "Cannot create database for alias
  file") unless ``DontBlameSendmail`` holds ``TrustStickyBit``: Debian's ``debian-mta`` domain
  sets it, so the temp dir under /tmp works without a setting of ours.
* **Who runs the pipe.** An alias ``"|command"`` runs as ``DefaultUser``, which Debian's
  ``ostype/debian.m4`` sets to ``mail:mail`` (uid 8): the virtualenv must be readable and the
  config and ``state_dir`` usable by ``mail`` (not by ``nobody``, not by root). The program
  gets ``AGENT=sendmail`` and ``PWD=/`` as its whole environment (no PATH), no envelope on its
  command line, and the message with an mbox ``From `` line first. ``bounces+anything@`` reaches
  the alias ``bounces`` (Sendmail's +detail).
* **smrsh is not Debian's default.** Debian's ``sendmail.mc`` has no ``FEATURE(`smrsh')``: the
  prog mailer is ``/bin/sh -c``. (``smrsh`` looks in ``/etc/mail/smrsh``, compiled in.)
* **Exit codes.** 0: delivered, the queue file is gone. 75 (EX_TEMPFAIL): the message stays in
  the queue (its ``qf`` file: sender ``MAILER-DAEMON`` for a null-sender bounce, the alias's
  program as recipient, status line ``M`` "Deferred: prog mailer (/bin/sh) exited with
  EX_TEMPFAIL", which ``mailq`` shows) and is tried again at the next queue run
  (``sendmail -q``), here after the store is fixed.
* **:include: and nologin.** Programs of an ``:include:`` file run as the file's owner only if
  that owner has a valid shell: for ``nobody`` (``/usr/sbin/nologin``) delivery fails with 5.7.1
  "User nobody@sm.test doesn't have a valid shell for mailing to programs" and, the bounce having
  the null sender, a "Postmaster notify" goes to the postmaster: the bounce never reaches the pipe.
* **Debian's access map.** ``FEATURE(`access_db')`` without ``/etc/mail/access.db`` answers every
  MAIL FROM with "451 4.3.0 Temporary system failure"; Debian's ``update_db`` makes the map from
  ``examples/db/access`` (``Connect:127 RELAY``, ``GreetPause:127 0``), and so does the fixture
  (``makemap -C <our cf>``: makemap reads ``/etc/mail/sendmail.cf`` otherwise). With it the
  ``greet_pause`` of Debian's mc does not delay 127.0.0.1: an instance answers at once.
* **TrustedUser.** ``debian-mta`` names ``smmta``, a user only the package's postinst creates;
  without it every command fails ("readcf: option TrustedUser: unknown user smmta", exit 70).
* **Bare LF.** This build carries the SMTP smuggling fix: a message with a bare LF gets "421
  4.5.0 Bare linefeed (LF) not allowed"; `SendmailInstance.send` sends CRLF.
* **Logging.** Sendmail logs only to syslog (``/dev/log``); with no syslog daemon nothing is
  logged, so tests look at the queue files and at the outcome (events in the store).

Needs root (the daemon runs deliveries as other users). No pytest import here.
"""
from __future__ import annotations

import email.message
import functools
import os
import pwd
import re
import shutil
import smtplib
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mailstack import (CAPTURE_PIPE_SCRIPT, DEBIAN_PYTHON, HOST, REPO_ROOT, PipeCapture, PostfixInstance,
                       RemoteMX, _Managed, _record_pid, free_port, make_message, make_tempdir, read_banner,
                       stop_process, wait_until)

PREFIX = Path(os.environ.get("BOUNCEFILTER_SENDMAIL_PREFIX", "/opt/bouncefilter-test/sendmail"))
SENDMAIL = PREFIX / "usr" / "libexec" / "sendmail" / "sendmail"   # where sendmail-bin ships the binary
CF_DIR = PREFIX / "usr" / "share" / "sendmail" / "cf"              # sendmail-cf's m4 files
DEBIAN_MC = CF_DIR / "debian" / "sendmail.mc"                       # Debian's default sendmail.mc
MAKEMAP = PREFIX / "usr" / "libexec" / "sendmail" / "makemap"
M4 = "/usr/bin/m4"
UNSHARE = "/usr/bin/unshare"
HOSTNAME = "sm.test"     # dotted: no 60 s sleep (see the docstring); also the local mail domain
SNIPPET = REPO_ROOT / "conf" / "sendmail.mc"
SNIPPET_MILTER_SOCKET = "inet:8899@127.0.0.1"   # what conf/sendmail.mc names; replaced by a port of ours

REQUIRED = (SENDMAIL, MAKEMAP, DEBIAN_MC, CF_DIR / "m4" / "cf.m4", CF_DIR / "debian" / "autoconf.m4", Path(M4),
            Path(DEBIAN_PYTHON))


def unavailable_reason() -> str | None:
    """Why the private Sendmail cannot run here, or None when it can."""
    if os.geteuid() != 0:
        return "the private Sendmail needs root (its daemon runs deliveries as the user mail)"
    missing = [str(p) for p in REQUIRED if not p.exists()]
    if missing:
        return (f"no private Sendmail ({', '.join(missing)} missing): run scripts/install-system-deps.sh "
                f"as root (it unpacks Debian's sendmail packages into {PREFIX})")
    try:
        pwd.getpwnam("mail")
    except KeyError:
        return "no user 'mail' (Debian's DefaultUser for Sendmail's prog mailer)"
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        return "aiosmtpd not installed: pip install -e '.[test]'"
    return None


@functools.cache
def uts_namespace() -> bool:
    """Whether ``unshare --uts`` works here (root with CAP_SYS_ADMIN): measured once."""
    if not os.access(UNSHARE, os.X_OK):
        return False
    r = subprocess.run([UNSHARE, "--uts", "--", "/bin/sh", "-c", f"hostname {HOSTNAME}"],
                       capture_output=True, timeout=10, check=False)
    return r.returncode == 0


def mail_user() -> tuple[int, int]:
    """uid, gid of ``mail``: Debian's ``confDEF_USER_ID`` (``mail:mail``), who runs alias programs."""
    pw = pwd.getpwnam("mail")
    return pw.pw_uid, pw.pw_gid


def documented_alias(name: str = "bounces") -> str:
    """The alias line for ``name`` that conf/sendmail.mc tells the admin to add to /etc/mail/aliases."""
    for line in SNIPPET.read_text().splitlines():
        m = re.match(rf'^dnl\s+({re.escape(name)}: ".*")\s*$', line)
        if m:
            return m.group(1)
    raise ValueError(f"conf/sendmail.mc documents no alias line for {name!r}")


@dataclass
class QueuedMessage:
    """One message in the private queue, read from its ``qf`` file (Sendmail's queue format)."""
    queue_id: str
    sender: str
    recipients: list[str]
    status: str          # the ``M`` line: why it is still there ("Deferred: ..."), or "" before a try


#: (macro, value) defines that make Debian's sendmail.mc private; ``{root}``, ``{port}``,
#: ``{hostname}`` are filled in.  Each replaces a system path of ostype/debian.m4 or
#: domain/debian-mta.m4 (``/etc/mail``, ``/var/lib/sendmail``, ``/var/run/sendmail``,
#: ``/var/spool/mqueue``) or keeps Sendmail off DNS and off the network interfaces.
PRIVATE_DEFINES: tuple[tuple[str, str], ...] = (
    ("confDOMAIN_NAME", "{hostname}"),
    ("confCW_FILE", "-o {root}/etc/mail/local-host-names"),
    ("confCR_FILE", "-o {root}/etc/mail/relay-domains"),
    ("confCT_FILE", "-o {root}/etc/mail/trusted-users"),
    ("ALIAS_FILE", "{root}/etc/mail/aliases"),
    ("QUEUE_DIR", "{root}/mqueue"),
    ("STATUS_FILE", "{root}/var/sendmail.st"),
    ("confHOST_STATUS_DIRECTORY", "{root}/var/host_status"),
    ("confPID_FILE", "{root}/var/sendmail.pid"),
    ("confCONTROL_SOCKET_NAME", "{root}/var/smcontrol"),
    ("confDEAD_LETTER_DROP", "{root}/var/dead.letter"),
    ("confHELP_FILE", "{root}/etc/mail/helpfile"),
    ("confSERVICE_SWITCH_FILE", "{root}/etc/mail/service.switch"),   # hosts from files: no DNS
    ("confHOSTS_FILE", "{root}/etc/mail/hosts"),
    ("confDONT_PROBE_INTERFACES", "True"),
    ("confTRUSTED_USER", "root"),            # not smmta: see "TrustedUser" in the module docstring
    # Sendmail only queues mail above QueueLA and refuses connections above RefuseLA (load
    # average; defaults 8 and 12 per CPU): a test machine busy with other suites must not decide
    # whether mail is delivered now
    ("confQUEUE_LA", "1000"),
    ("confREFUSE_LA", "1000"),
)


class _PortTaken(Exception):
    """The daemon cannot bind its port (someone took it after free_port): start on another."""


class SendmailInstance(_Managed):
    """A private Sendmail (``sendmail -bD``) on 127.0.0.1:<ephemeral> for the domain ``sm.test``.

    * ``aliases``: extra lines of its aliases file (``{"bounces": '"|/path/cmd args"'}``).  Without
      an alias for ``bounces``, it goes to mailstack's stand-in pipe script (Debian's python):
      read what it saved with `pipe_messages` / `wait_for_pipe`.  ``postmaster``, ``root`` and
      ``MAILER-DAEMON`` go to the file `postmaster_mbox`.
    * ``remote``: a :class:`mailstack.RemoteMX`; every non-local recipient is relayed there
      (``SMART_HOST`` ``esmtp:[127.0.0.1]`` with the port in ``ESMTP_MAILER_ARGS``).
    * ``milter_port``: where the snippet's ``INPUT_MAIL_FILTER`` points (default: a free port
      nobody listens on, so the milter is down and, with ``F=``, mail flows).
    * ``snippet``: the text added to Debian's sendmail.mc (default: conf/sendmail.mc as shipped).
    * ``local_domains``: more domains delivered here (``/etc/mail/local-host-names``), besides ``sm.test``.
    """

    def __init__(self, *, aliases: Mapping[str, str] | None = None, remote: RemoteMX | None = None,
                 milter_port: int | None = None, snippet: str | None = None, local_domains: Sequence[str] = (),
                 ready_timeout: float = 20.0) -> None:
        self.aliases = dict(aliases or {})
        self.local_domains = [HOSTNAME, *local_domains]
        self.remote = remote
        self.milter_port = milter_port
        self.snippet = snippet if snippet is not None else SNIPPET.read_text()
        # without a UTS namespace the daemon sleeps 60 s before it listens (module docstring)
        self.ready_timeout = ready_timeout if uts_namespace() else ready_timeout + 70
        self.root: Path | None = None
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None

    # -- paths ------------------------------------------------------------------------------
    def _path(self, *parts: str) -> Path:
        assert self.root, "not started"
        return self.root.joinpath(*parts)

    @property
    def cf(self) -> Path:
        return self._path("etc", "mail", "sendmail.cf")

    @property
    def mc(self) -> Path:
        return self._path("etc", "mail", "sendmail.mc")

    @property
    def queue_dir(self) -> Path:
        return self._path("mqueue")

    @property
    def pipe_out(self) -> Path:
        """Where the stand-in pipe script writes (owned by mail, the alias programs' user)."""
        return self._path("out")

    @property
    def postmaster_mbox(self) -> Path:
        return self._path("out", "postmaster.mbox")

    # -- building the config ------------------------------------------------------------------
    def sendmail_mc(self) -> str:
        """Debian's sendmail.mc, made private, with the snippet before its MAILER_DEFINITIONS."""
        root = self.root
        assert root
        text = DEBIAN_MC.read_text()
        cf_m4 = "include(`/usr/share/sendmail/cf/m4/cf.m4')dnl\n"
        if cf_m4 not in text or "MAILER_DEFINITIONS\n" not in text:
            raise RuntimeError(f"{DEBIAN_MC} changed shape: no {cf_m4.strip()} or MAILER_DEFINITIONS")
        # cf.m4 from the prefix; then Debian's autoconf.m4, which ostype/debian.m4 would include
        # from the absolute /usr/share/sendmail unless sm_version is defined already
        # MAIL_SETTINGS_DIR (cfhead.m4 and debian.m4 keep one defined before them): the access
        # map and the other /etc/mail files of FEATUREs move into the instance
        text = text.replace(cf_m4, f"define(`MAIL_SETTINGS_DIR', `{root}/etc/mail/')dnl\n"
                                   f"include(`{CF_DIR}/m4/cf.m4')dnl\n"
                                   f"include(`{CF_DIR}/debian/autoconf.m4')dnl\n")
        text = text.replace("`/etc/mail/m4/", f"`{root}/etc/mail/m4/")       # dialup.m4, provider.m4
        daemons = re.findall(r"^DAEMON_OPTIONS\(.*\n", text, re.M)
        if not daemons:
            raise RuntimeError(f"{DEBIAN_MC} changed shape: no DAEMON_OPTIONS")
        for line in daemons:   # the MTA on our port only (no MSP on 587)
            text = text.replace(line, "")
        fill = {"root": str(root), "port": str(self.port), "hostname": HOSTNAME}
        private = [f"define(`{k}', `{v.format(**fill)}')dnl\n" for k, v in PRIVATE_DEFINES]
        private.append(f"DAEMON_OPTIONS(`Family=inet, Name=MTA-v4, Port={self.port}, Addr={HOST}')dnl\n")
        if self.remote is not None:
            private.append(f"define(`SMART_HOST', `esmtp:[{HOST}]')dnl\n"
                           f"define(`ESMTP_MAILER_ARGS', `TCP $h {self.remote.port}')dnl\n")
        milter_port = self.milter_port if self.milter_port is not None else free_port()
        snippet = self.snippet.replace(SNIPPET_MILTER_SOCKET, f"inet:{milter_port}@{HOST}")
        block = ("dnl --- private test instance (tests/sendmailstack.py) ---\n" + "".join(private)
                 + "dnl --- conf/sendmail.mc ---\n" + snippet.rstrip("\n") + "\n")
        return text.replace("MAILER_DEFINITIONS\n", block + "MAILER_DEFINITIONS\n", 1)

    def _write_files(self) -> None:
        root = self.root
        assert root
        etc = root / "etc" / "mail"
        (etc / "m4").mkdir(parents=True)
        for name in ("dialup.m4", "provider.m4"):   # created empty by sendmail-base's postinst
            (etc / "m4" / name).write_text("")
        (etc / "local-host-names").write_text("".join(f"{d}\n" for d in self.local_domains))
        (etc / "relay-domains").write_text("")
        (etc / "trusted-users").write_text("")
        (etc / "service.switch").write_text("hosts files\naliases files\n")
        (etc / "hosts").write_text(f"{HOST} localhost {HOSTNAME}\n")
        shutil.copy(PREFIX / "etc" / "mail" / "helpfile", etc / "helpfile")
        for d in ("var", "var/host_status"):
            (root / d).mkdir(exist_ok=True)
        self.queue_dir.mkdir(mode=0o700)
        uid, gid = mail_user()
        self.pipe_out.mkdir()
        os.chown(self.pipe_out, uid, gid)
        self.postmaster_mbox.touch()
        os.chown(self.postmaster_mbox, uid, gid)
        capture = root / "capture-pipe"
        capture.write_text(CAPTURE_PIPE_SCRIPT)
        capture.chmod(0o755)
        aliases = {"postmaster": "root", "MAILER-DAEMON": "postmaster", "root": str(self.postmaster_mbox),
                   "bounces": f'"|{DEBIAN_PYTHON} {capture} {self.pipe_out}"', **self.aliases}
        (etc / "aliases").write_text("".join(f"{k}: {v}\n" for k, v in aliases.items()))

    def _write_config(self) -> None:
        """sendmail.mc -> sendmail.cf (m4) for this port, then the maps that need the cf."""
        etc = self.cf.parent
        self.mc.write_text(self.sendmail_mc())
        r = subprocess.run([M4, str(self.mc)], capture_output=True, text=True, timeout=30, check=False)
        if r.returncode or r.stderr.strip():
            raise RuntimeError(f"m4 {self.mc} exited {r.returncode}:\n{r.stderr}")
        self.cf.write_text(r.stdout)
        # Debian's FEATURE(`access_db') map, made as its update_db makes it (module docstring)
        shutil.copy(PREFIX / "usr" / "share" / "sendmail" / "examples" / "db" / "access", etc / "access")
        mm = subprocess.run([str(MAKEMAP), "-C", str(self.cf), "hash", str(etc / "access")],
                            input=(etc / "access").read_bytes(), capture_output=True, timeout=30, check=False)
        if mm.returncode:
            raise RuntimeError(f"makemap hash {etc / 'access'} exited {mm.returncode}: {mm.stderr.decode()}")

    # -- running it ---------------------------------------------------------------------------
    def command(self, *args: str) -> list[str]:
        """argv of the private ``sendmail -C <cf> ARGS``, in a UTS namespace named sm.test if possible."""
        argv = [str(SENDMAIL), "-C", str(self.cf), *args]
        if uts_namespace():
            return [UNSHARE, "--uts", "--", "/bin/sh", "-c", f'hostname {HOSTNAME} && exec "$0" "$@"', *argv]
        return argv

    def run(self, *args: str, timeout: float = 120, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
        """Run ``sendmail -C <cf> ARGS`` once; raise with its output when it fails."""
        r = subprocess.run(self.command(*args), input=stdin.decode() if stdin is not None else None,
                           capture_output=True, text=True, timeout=timeout, check=False, cwd=str(self.root))
        if r.returncode:
            raise RuntimeError(f"sendmail {' '.join(args)} exited {r.returncode}:\n{r.stdout}{r.stderr}")
        return r

    def start(self) -> None:
        self.root = make_tempdir("sendmail-")
        self._write_files()
        last = ""
        for _ in range(5):   # the free port can be taken before sendmail binds it
            self.port = free_port()
            self._write_config()
            self.run("-bi")   # newaliases: aliases.db
            with open(self.root / "sendmail.out", "wb") as log:   # this try's output only
                self.proc = subprocess.Popen(self.command("-bD"), stdin=subprocess.DEVNULL, stdout=log,
                                             stderr=subprocess.STDOUT, cwd=str(self.root))
            _record_pid(self.root, "sendmail", self.proc.pid)
            try:
                wait_until(self._ready, self.ready_timeout, interval=0.1, what=f"sendmail on :{self.port}")
                return
            except _PortTaken as e:   # another port
                last = str(e)
            except TimeoutError as e:
                last = f"{e}\n{self.output()[-3000:]}"
            stop_process(self.proc, 2.0)
            self.proc = None
        raise RuntimeError(f"Sendmail did not start: {last}")

    def _ready(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise RuntimeError(f"sendmail -bD exited {self.proc.returncode}:\n{self.output()[-3000:]}")
        if "cannot bind: Address already in use" in self.output():
            # measured: it prints "451 4.0.0 opendaemonsocket: daemon MTA-v4: cannot bind: Address
            # already in use", retries for 50 s, then exits 71 ("server SMTP socket wedged")
            raise _PortTaken(f"port {self.port} taken: {self.output()[-300:]}")
        banner = read_banner(self.port, timeout=3.0)
        return bool(banner and banner.startswith(f"220 {HOSTNAME} ESMTP Sendmail"))

    def output(self) -> str:
        """What the daemon wrote on stdout/stderr (no log: Sendmail logs to syslog only)."""
        try:
            return (self._path("sendmail.out")).read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc, 5.0)
            self.proc = None
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    # -- mail ---------------------------------------------------------------------------------
    def send(self, mail_from: str, rcpt_tos: str | Sequence[str],
             message: bytes | str | email.message.Message | None = None) -> dict[str, tuple[int, bytes]]:
        """Submit over SMTP to this instance, as another MTA would; return smtplib's refused dict."""
        rcpts = [rcpt_tos] if isinstance(rcpt_tos, str) else list(rcpt_tos)
        if message is None:
            message = make_message(mail_from or "someone@example.test", rcpts[0])
        if isinstance(message, email.message.Message):
            message = message.as_bytes()
        if isinstance(message, str):
            message = message.encode()
        # CRLF only: this Sendmail (8.17.1.9-2+deb12u2, with the SMTP smuggling fix) answers a
        # bare LF with "421 4.5.0 Bare linefeed (LF) not allowed"
        message = message.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with smtplib.SMTP(HOST, self.port, local_hostname="client.example.test", timeout=30) as s:
            return s.sendmail(mail_from, rcpts, message)

    def queue(self) -> list[QueuedMessage]:
        """The messages in the queue, from their ``qf`` files (``S`` sender, ``R`` recipients, ``M`` status)."""
        out = []
        for qf in sorted(self.queue_dir.glob("qf*")):
            try:
                lines = qf.read_text(errors="replace").splitlines()
            except FileNotFoundError:   # delivered meanwhile
                continue
            sender = next((ln[1:] for ln in lines if ln.startswith("S")), "")
            rcpts = [ln.split(":", 1)[1] for ln in lines if ln.startswith("R") and ":" in ln]
            status = next((ln[1:] for ln in lines if ln.startswith("M")), "")
            out.append(QueuedMessage(qf.name[2:], sender, rcpts, status))
        return out

    def wait_queue_empty(self, timeout: float = 20.0) -> None:
        wait_until(lambda: not self.queue() and not list(self.queue_dir.glob("[dt]f*")), timeout,
                   interval=0.05, what="an empty sendmail queue")

    def wait_queued(self, timeout: float = 20.0) -> list[QueuedMessage]:
        """Wait until some message is in the queue with a status (a delivery was tried); return them."""
        return wait_until(lambda: [q for q in self.queue() if q.status], timeout, interval=0.05,
                          what="a deferred message in the sendmail queue")

    def run_queue(self) -> None:
        """``sendmail -q``: one queue run in the foreground (what the admin does after a fix)."""
        self.run("-q")

    # -- the stand-in pipe ----------------------------------------------------------------------
    def pipe_messages(self) -> list[PipeCapture]:
        """Messages the stand-in pipe script saved so far, oldest first: Postfix's reader, same files."""
        return PostfixInstance.pipe_messages(self)  # type: ignore[arg-type]  # it reads only .pipe_out

    def wait_for_pipe(self, count: int = 1, timeout: float = 20.0) -> list[PipeCapture]:
        wait_until(lambda: len(list(self.pipe_out.glob("*.json"))) >= count, timeout,
                   what=f"{count} message(s) at the stand-in pipe")
        return self.pipe_messages()
