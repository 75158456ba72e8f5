"""A private PostgreSQL cluster for the tests: initdb in a temp dir, 127.0.0.1 on a random port,
its Unix socket in the temp dir, started and stopped with pg_ctl; no systemd, no system cluster.

As root the server runs as the ``postgres`` user (Debian's package makes it; ``nobody`` else):
PostgreSQL refuses to run as root.  As another user it runs as that user.  Binaries come from
``/usr/lib/postgresql/<version>/bin`` (the newest), or ``$BOUNCEFILTER_PG_BIN``.

Each test gets its own database, made from a template that already holds the schema
(``CREATE DATABASE ... TEMPLATE``: a file copy, milliseconds), and dropped afterwards.

Users: ``bf`` (superuser, no password, trusted from 127.0.0.1: the tests' default) and
``bf_pw`` (password ``PASSWORD``, scram-sha-256: the password tests).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

PASSWORD = "pw-for-tests-only"
TEMPLATE = "bf_template"
PREFIX = "bf-pgstack-"


def pg_bin() -> Path | None:
    """The folder of initdb/pg_ctl/postgres, or None."""
    env = os.environ.get("BOUNCEFILTER_PG_BIN")
    if env:
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def unavailable_reason() -> str | None:
    """Why no private cluster can run here, or None."""
    b = pg_bin()
    if b is None or not all(os.access(b / x, os.X_OK) for x in ("initdb", "pg_ctl", "postgres")):
        return "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin): run scripts/install-system-deps.sh"
    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError:
        return "psycopg / psycopg_pool not installed: pip install -e ."
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as_user() -> str | None:
    """The user the server runs as when we are root (None: ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and neither a postgres nor a nobody user exists")


class PgCluster:
    """One private cluster.  ``start()`` / ``stop()`` / ``restart()``; ``url(db)``; ``new_db()``."""

    def __init__(self) -> None:
        self.bin = pg_bin()
        self.user = _run_as_user()
        self.dir = Path(tempfile.mkdtemp(prefix=PREFIX))
        self.dir.chmod(0o755)  # the server's user walks into it
        self.data = self.dir / "data"
        self.sock = self.dir / "sock"
        self.log = self.dir / "server.log"
        self.port = _free_port()
        self._owner_pid = os.getpid()
        (self.dir / "owner").write_text(f"{os.getpid()}\n")  # reap_stale: whose cluster this is

    # -- running commands as the server's user -------------------------------------------------
    def _cmd(self, argv: list[str]) -> list[str]:
        return ["runuser", "-u", self.user, "--", *argv] if self.user else argv

    def _run(self, argv: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
        r = subprocess.run(self._cmd(argv), capture_output=True, text=True, timeout=timeout, cwd="/")
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}\n{self.tail()}")
        return r

    def tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    # -- life cycle ----------------------------------------------------------------------------
    def init(self) -> None:
        self.sock.mkdir()
        if self.user:
            pw = pwd.getpwnam(self.user)
            for p in (self.dir, self.sock):
                os.chown(p, pw.pw_uid, pw.pw_gid)
        pwfile = self.dir / "superpw"
        pwfile.write_text("unused-superuser-password\n")
        if self.user:
            os.chown(pwfile, pwd.getpwnam(self.user).pw_uid, -1)
        self._run([str(self.bin / "initdb"), "-D", str(self.data), "-U", "bf", "--auth-local=trust",
                   "--auth-host=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8" if
                   Path("/usr/lib/locale/C.utf8").exists() else "--locale=C", "--no-sync"])
        pwfile.unlink()
        # bf: trusted from 127.0.0.1 (the tests' default); bf_pw: a real password login
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            "host all bf_pw 127.0.0.1/32 scram-sha-256\n"
            "host all bf 127.0.0.1/32 trust\n")
        with open(self.data / "postgresql.conf", "a") as f:
            f.write(f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                    f"unix_socket_directories = '{self.sock}'\n"
                    "max_connections = 400\nshared_buffers = 32MB\n"
                    "fsync = off\nsynchronous_commit = on\nfull_page_writes = off\n"  # test speed only
                    "log_min_messages = warning\nlog_line_prefix = '%m [%p] '\n")

    def start(self) -> None:
        self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start"])

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop"])

    def restart(self) -> None:
        self.stop()
        self.start()

    def running(self) -> bool:
        r = subprocess.run(self._cmd([str(self.bin / "pg_ctl"), "-D", str(self.data), "status"]),
                           capture_output=True, text=True, cwd="/")
        return r.returncode == 0

    def setup(self) -> "PgCluster":
        self.init()
        self.start()
        with self.admin() as c:
            c.execute(f"CREATE ROLE bf_pw LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
            c.execute(f"CREATE DATABASE {TEMPLATE}")
        import psycopg

        from filter.store.postgres import MIGRATIONS

        with psycopg.connect(self.conninfo(TEMPLATE), autocommit=True) as c:
            c.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
                      " applied_at DOUBLE PRECISION NOT NULL, description TEXT NOT NULL)")
            for version, description, sql in MIGRATIONS:
                with c.transaction():
                    c.execute(sql)
                    c.execute("INSERT INTO schema_version VALUES (%s, %s, %s)", (version, time.time(), description))
        return self

    def destroy(self) -> None:
        if os.getpid() != self._owner_pid:  # a forked child must not stop its parent's server
            return
        try:
            self.stop("immediate")
        except Exception:  # noqa: BLE001 - removing it anyway
            pid = self.data / "postmaster.pid"
            if pid.exists():
                try:
                    os.kill(int(pid.read_text().split()[0]), signal.SIGKILL)
                except (OSError, ValueError):
                    pass
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- connecting ----------------------------------------------------------------------------
    def conninfo(self, db: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=bf dbname={db} sslmode=disable"

    def admin(self):
        import psycopg

        return psycopg.connect(self.conninfo("postgres"), autocommit=True)

    def url(self, db: str, user: str = "bf") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{db}"

    def new_db(self, *, empty: bool = False) -> str:
        """A new database (with the schema, from the template; ``empty``: without)."""
        name = "t_" + uuid.uuid4().hex[:16]
        with self.admin() as c:
            c.execute(f"CREATE DATABASE {name}" + ("" if empty else f" TEMPLATE {TEMPLATE}"))
        return name

    def drop_db(self, name: str) -> None:
        try:
            with self.admin() as c:
                c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        except Exception:  # noqa: BLE001 - the server may be stopped by the test; the cluster goes anyway
            pass


def reap_stale() -> list[Path]:
    """Stop and remove clusters a killed test run left behind (their owner process is gone)."""
    b = pg_bin()
    reaped = []
    for d in map(Path, glob.glob(os.path.join(tempfile.gettempdir(), PREFIX + "*"))):
        try:
            owner = int((d / "owner").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        try:
            os.kill(owner, 0)
            continue  # still running (another test session)
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        pidfile = d / "data" / "postmaster.pid"
        if pidfile.exists() and b is not None:
            try:
                os.kill(int(pidfile.read_text().split()[0]), signal.SIGQUIT)  # immediate shutdown
            except (OSError, ValueError, IndexError):
                pass
        shutil.rmtree(d, ignore_errors=True)
        reaped.append(d)
    return reaped


def execute(store, statement: str, args: tuple = ()):
    """A raw statement (``?`` placeholders) on either engine's store: the rows of a SELECT, else
    how many rows changed; committed unless a transaction of the store is in progress.  For tests
    that set up or look at a state no API makes (a lease of another host, a renamed action)."""
    select = statement.lstrip().upper().startswith("SELECT")
    if hasattr(store, "db"):  # SQLite
        cur = store.db.execute(statement, args)
        return [tuple(r) for r in cur.fetchall()] if select else cur.rowcount
    if store._conn is not None:
        cur = store._x(statement.replace("?", "%s"), args)
        return [tuple(r) for r in cur.fetchall()] if select else cur.rowcount
    with store.transaction():
        cur = store._x(statement.replace("?", "%s"), args)
        return [tuple(r) for r in cur.fetchall()] if select else cur.rowcount
