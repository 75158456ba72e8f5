"""A private Dovecot serving IMAP (with STARTTLS) and IMAPS beside POP3, for the IMAP bridge's tests.

:class:`ImapDovecot` is tests/mailstack.py's :class:`~mailstack.DovecotInstance` (same users,
Maildirs, test CA, seeding, start/stop and stale-process reaping), with ``imap`` added to
``protocols`` and two more listeners on 127.0.0.1.  Needs Debian's ``dovecot-imapd``
(scripts/install-system-deps.sh installs it).  Helpers: :meth:`ImapDovecot.folder_count` (the
messages of one folder, read from the Maildir), :meth:`crash` / :meth:`restart` (SIGKILL of the
master and its children, then the same config again: same ports, same Maildirs) and
:meth:`new_uidvalidity` (what a server restore or a re-created folder does to UIDVALIDITY).
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from pathlib import Path

import mailstack as ms

IMAP_BINARY = "/usr/lib/dovecot/imap"


def unavailable_reason() -> str | None:
    """Why these tests cannot run here, or None."""
    why = ms.unavailable_reason()
    if why:
        return why
    if not os.path.exists(IMAP_BINARY):
        return f"{IMAP_BINARY} not found (Debian package dovecot-imapd; scripts/install-system-deps.sh installs it)"
    return None


class ImapDovecot(ms.DovecotInstance):
    """DovecotInstance with IMAP on ``imap_port`` (STARTTLS offered) and IMAPS on ``imaps_port``."""

    def __init__(self, *args, oauth2_introspection: str | None = None, **kw) -> None:
        super().__init__(*args, **kw)
        self.imap_port = 0
        self.imaps_port = 0
        #: an RFC 7662 token introspection URL: XOAUTH2 and OAUTHBEARER logins are checked there
        #: (Dovecot's oauth2 passdb, introspection_mode = post); passwords keep working
        self.oauth2_introspection = oauth2_introspection

    def _write_config(self) -> None:
        # four listeners, each port picked free on its own: draw again until no two are the same (Dovecot refuses
        # a config with a "duplicate listener", and the start's retry looks only for ports in use)
        taken = {self.pop3_port, self.pop3s_port}
        while True:
            self.imap_port, self.imaps_port = ms.free_port(), ms.free_port()
            if len(taken | {self.imap_port, self.imaps_port}) == 4:
                break
        super()._write_config()
        conf = self.root / "dovecot" / "dovecot.conf"  # type: ignore[operator]
        text = conf.read_text().replace("protocols = pop3\n", "protocols = pop3 imap\n", 1)
        assert "protocols = pop3 imap" in text, "mailstack's Dovecot config changed: adapt imapstack"
        text += f"""\
service imap-login {{
  inet_listener imap {{
    address = {ms.HOST}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {ms.HOST}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
protocol imap {{
  mail_max_userip_connections = 50
}}
verbose_proctitle = yes
"""
        if self.oauth2_introspection:
            ext = self.root / "dovecot" / "dovecot-oauth2.conf.ext"  # type: ignore[operator]
            ext.write_text(f"""\
introspection_mode = post
introspection_url = {self.oauth2_introspection}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
""")
            text = text.replace("auth_mechanisms = plain login\n", "auth_mechanisms = plain login xoauth2 oauthbearer\n", 1)
            assert "xoauth2" in text, "mailstack's Dovecot config changed: adapt imapstack"
            text += f"""\
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {ext}
}}
"""
        conf.write_text(text)

    def _ready(self) -> bool:
        if not super()._ready():
            return False
        ok = ms.read_banner(self.imap_port, timeout=0.5) or ""
        ok_tls = ms.read_banner(self.imaps_port, tls=True, timeout=0.5) or ""
        return ok.startswith("* OK") and ok_tls.startswith("* OK")

    # -- folders -----------------------------------------------------------------------------
    def folder_dir(self, user: str, folder: str = "INBOX") -> Path:
        """A folder's Maildir (Maildir++: ``.Name`` under the INBOX's)."""
        md = self.maildir(user)
        return md if folder.upper() == "INBOX" else md / f".{folder}"

    def folder_files(self, user: str, folder: str = "INBOX") -> list[Path]:
        d = self.folder_dir(user, folder)
        return [p for sub in ("new", "cur") if (d / sub).is_dir() for p in (d / sub).iterdir() if p.is_file()]

    def folder_count(self, user: str, folder: str = "INBOX") -> int:
        return len(self.folder_files(user, folder))

    def new_uidvalidity(self, user: str, folder: str = "INBOX") -> None:
        """Make the server give the folder a new UIDVALIDITY (the messages stay, with new UIDs),
        as a restore from backup or a re-created folder does: its uidlist and index removed."""
        d = self.folder_dir(user, folder)
        for p in d.iterdir():
            if p.name.startswith("dovecot-uidlist") or p.name.startswith("dovecot.index"):
                p.unlink()

    def idling(self, user: str) -> bool:
        """Is an IMAP process of ours, logged in as ``user``, in IDLE?  (``verbose_proctitle``:
        Dovecot names the command a process is in, ``dovecot/imap [USER IP IDLE]``.)"""
        assert self.proc is not None
        for pid, _ in ms._descendants(self.proc.pid):
            try:
                title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            if "imap" in title and f"[{user} " in title and "IDLE" in title:
                return True
        return False

    # -- faults ------------------------------------------------------------------------------
    def crash(self) -> None:
        """SIGKILL the master and its children, mid-session (no LOGOUT, nothing flushed)."""
        assert self.proc is not None
        kids = [pid for pid, _ in ms._descendants(self.proc.pid)]
        self.proc.kill()
        self.proc.wait()
        for pid in kids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        ms.wait_until(lambda: not ms.port_open(self.imaps_port), 30, what="dovecot down")

    def restart(self) -> None:
        """The same config again (same ports, same Maildirs), stale Maildir locks cleared."""
        r = self.root
        assert r is not None
        for user in self.users:
            for lock in self.maildir(user).rglob("*.lock"):
                lock.unlink()
        with open(r / "log" / "master.out", "ab") as out:
            self.proc = subprocess.Popen([ms.DOVECOT, "-c", str(r / "dovecot" / "dovecot.conf"), "-F"],
                                         stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        ms._record_pid(r, "dovecot-master", self.proc.pid)
        ms.wait_until(self._ready, 30, what="dovecot restarted")
