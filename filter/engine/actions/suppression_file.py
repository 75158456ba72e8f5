"""``suppression_file``: keep a list file in step with the store's suppression list.

Every suppression_file action mirrors the store: a delivery for an address makes the file's entry
for that address agree with the store's *current* row (present with its reason, or absent).  So
deliveries are idempotent and order-free: a retried ``suppressed`` that arrives after the
``unsuppressed`` of the same address cannot resurrect it, and no address is ever listed twice.

Formats:

* ``plain``: one address per line;
* ``csv``: ``address,reason,class,first_seen,last_seen`` (RFC 4180, ISO 8601 UTC times);
* ``postfix``: an access(5) map, ``addr REJECT 5.1.1 suppressed: reason`` (the optional text of
  REJECT may start with an RFC 3463 enhanced status code), with an optional ``postmap`` run, so
  that ``smtpd_recipient_restrictions = check_recipient_access hash:/var/lib/bouncefilter/suppressed``
  refuses suppressed recipients at once.  A bare ``postmap`` (the default ``postmap_command``) is
  looked for in ``$PATH`` then :data:`POSTMAP_SEARCH_PATH`: pipe(8) gives the pipe
  ``PATH=/usr/bin:/bin``, which does not hold ``/usr/sbin/postmap``.

Writes are atomic and serialised between processes: ``flock`` on ``<file>.lock``, read, write a
temporary file in the same folder, ``fsync``, ``rename`` over the list, ``fsync`` the folder.  A
reader sees the old list or the new one, never a torn line; two writers never lose each other's
changes.  Addresses come from mail anyone can send: only addresses the project's address rule
accepts (:func:`filter.core.address.check_address`: no whitespace, control characters, paths ...) and
that no format could misread (no leading ``#``) are written; CSV cells that a spreadsheet would
evaluate as a formula (``=``, ``+``, ``-``, ``@``, TAB, CR first) get a leading ``'``.
"""
from __future__ import annotations

import functools
import io
import os
import time
from pathlib import Path
from typing import Any

from filter.engine.actions import Context, Permanent, Retry

CSV_HEADER = ("address", "reason", "class", "first_seen", "last_seen")
# OWASP "CSV injection": a cell a spreadsheet would read as a formula (or a DDE call) starts with
# one of these; such a cell is written with a leading "'" (shown as text, not evaluated).  A cell
# that starts with "'" itself gets one more, so that reading the file back is exact.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def unlistable(address: str | None) -> str | None:
    """Why ``address`` cannot be a list entry, or None.  The project's address rule
    (:func:`filter.core.address.address_problem`: no whitespace, control characters, paths, over-long
    parts ...) plus what the list formats could misread: a leading ``#`` starts a comment."""
    from filter.core.address import address_problem

    why = address_problem(address)
    if why:
        return why
    if address.startswith("#"):  # type: ignore[union-attr]
        return "starts with '#' (a comment in a list file)"
    return None


def valid_address(address: str | None) -> bool:
    return unlistable(address) is None


def csv_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: formula characters neutralised (OWASP)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_uncell(value: str) -> str:
    return value[1:] if value.startswith("'") else value


@functools.lru_cache(maxsize=256)  # a list's entries share a handful of reasons
def _map_text(text: str) -> str:
    """Free text (the reason) for the rest of an access(5) line: one line, printable, spaces."""
    from filter.core.address import printable

    return " ".join(printable(text).split()) or "suppressed"


def _iso(t: Any) -> str:
    if t is None or t == "":
        return ""
    if isinstance(t, str):
        return t
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(float(t)))


#: Where a bare program name in ``postmap_command`` (the default ``postmap``) is looked for after
#: ``$PATH``: pipe(8) runs the pipe with ``PATH=/usr/bin:/bin``, and Postfix installs postmap in an
#: sbin folder (Debian, Ubuntu, Red Hat: /usr/sbin; FreeBSD ports: /usr/local/sbin).
POSTMAP_SEARCH_PATH = "/usr/sbin:/usr/local/sbin:/sbin"


def find_program(name: str, search_path: str) -> str | None:
    """``name`` as an executable file: itself when it holds a ``/``, else the first match in the
    ``:``-separated folders of ``search_path`` (what execvp would run); None when there is none."""
    if "/" in name:
        return name if os.path.isfile(name) and os.access(name, os.X_OK) else None
    for folder in search_path.split(os.pathsep):
        candidate = os.path.join(folder or ".", name)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def postmap_argv(command, env_path: str | None = None) -> list[str]:
    """``postmap_command`` with a bare program name resolved, once, through ``env_path`` (default:
    this process's ``$PATH``) then :data:`POSTMAP_SEARCH_PATH`; unchanged when nothing matches (the
    run then fails and is retried, and ``check-config`` says so)."""
    argv = [str(c) for c in ([command] if isinstance(command, str) else command)]
    if argv and "/" not in argv[0]:
        if env_path is None:
            env_path = os.environ.get("PATH", os.defpath)
        found = find_program(argv[0], f"{env_path}{os.pathsep}{POSTMAP_SEARCH_PATH}")
        if found:
            argv[0] = found
    return argv


class ListFile:
    """One list file in one format: parse, render entries, write atomically under a lock."""

    def __init__(self, path: Path, fmt: str, *, reject_status: str = "5.1.1", mode: int = 0o644):
        self.path, self.format, self.reject_status, self.mode = Path(path), fmt, reject_status, mode
        self._status_text = _map_text(reject_status)  # the same in every postfix entry
        self.lock_path = self.path.with_name(self.path.name + ".lock")

    # -- rendering -------------------------------------------------------------------------------
    def render(self, row: dict[str, Any], *, checked: str | None = None) -> str:
        """One entry; ValueError for an address no list may hold (see :func:`unlistable`).  ``checked``:
        the address the caller has already found listable (its row is not checked again)."""
        address = row["address"].lower()
        why = None if address == checked else unlistable(address)
        if why:
            from filter.core.address import printable

            raise ValueError(f"not a listable address ({why}): {printable(address, 80)}")
        if self.format == "plain":
            return address
        reason = row.get("reason") or "suppressed"
        if self.format == "postfix":
            return f"{address} REJECT {self._status_text} suppressed: {_map_text(reason)}"
        import csv

        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(
            [csv_cell(c) for c in (address, reason, row.get("class") or "", _iso(row.get("first_seen")),
                                   _iso(row.get("last_seen")))])
        return buf.getvalue()

    def parse(self, text: str) -> dict[str, str]:
        """address -> line, as found in the file (unknown lines are dropped: the file is ours)."""
        entries: dict[str, str] = {}
        if self.format == "csv":
            import csv

            for fields in csv.reader(io.StringIO(text)):
                if not fields or fields[0] == "address" or not valid_address(csv_uncell(fields[0])):
                    continue
                buf = io.StringIO()
                # cells written by an older version (before formula neutralising) are redone
                csv.writer(buf, lineterminator="").writerow([csv_cell(csv_uncell(f)) for f in fields])
                entries[csv_uncell(fields[0]).lower()] = buf.getvalue()
            return entries
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            address = line.split(None, 1)[0].lower()
            if valid_address(address):
                entries[address] = line
        return entries

    def text(self, entries: dict[str, str]) -> str:
        lines = [entries[a] for a in sorted(entries)]
        if self.format == "csv":
            lines.insert(0, ",".join(CSV_HEADER))
        elif self.format == "postfix":
            lines.insert(0, "# bouncefilter suppression list (access(5) map); rewritten by bouncefilter")
        return "".join(line + "\n" for line in lines)

    # -- I/O -------------------------------------------------------------------------------------
    def lock(self, deadline: float | None):
        """An exclusive flock on the lock file; Retry if not had before ``deadline``."""
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | (fcntl.LOCK_NB if deadline is not None else 0))
                    return fd
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise Retry(f"{self.lock_path}: locked by another process") from None
                    time.sleep(0.01)
        except BaseException:
            os.close(fd)
            raise

    def read(self) -> dict[str, str]:
        try:
            return self.parse(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def write(self, entries: dict[str, str]) -> None:
        from filter.fsutil import write_atomic

        write_atomic(self.path, self.text(entries).encode("utf-8"), self.mode)


class Action:
    def __init__(self, cfg, config):
        o = cfg.options
        self.name = cfg.name
        self.file = ListFile(o["path"], o.get("format") or "plain", reject_status=o.get("reject_status") or "5.1.1",
                             mode=o.get("mode") if o.get("mode") is not None else 0o644)
        self.postmap = bool(o.get("postmap")) and self.file.format == "postfix"
        cmd = o.get("postmap_command") or ("postmap",)
        self.postmap_command = [str(c) for c in ([cmd] if isinstance(cmd, str) else cmd)]
        if self.postmap:
            self.postmap_command = postmap_argv(self.postmap_command)
        self.map_type = o.get("map_type")

    def deliver(self, event: dict[str, Any], ctx: Context) -> None:
        err = self.deliver_batch([event], ctx)[0]
        if err is not None:
            raise err

    def deliver_batch(self, events: list[dict[str, Any]], ctx: Context) -> list[Exception | None]:
        """Apply many events in one locked rewrite; one result per event."""
        results: list[Exception | None] = [None] * len(events)
        wanted: dict[str, dict[str, Any] | None] = {}
        for i, ev in enumerate(events):
            address = ((ev.get("recipient") or {}).get("address") or "").lower()
            why = unlistable(address)
            if why:
                from filter.core.address import printable

                results[i] = Permanent(f"not a listable address ({why}): {printable(address, 80)}")
                continue
            wanted[address] = ctx.suppression(address)
        if not wanted:
            return results
        try:
            fd = self.file.lock(ctx.deadline)
        except OSError as e:
            return [r or Retry(f"{self.file.lock_path}: {e.strerror or e}") for r in results]
        except Retry as e:
            return [r or e for r in results]
        try:
            entries = self.file.read()
            before = dict(entries)
            for address, row in wanted.items():
                if row is None:
                    entries.pop(address, None)
                else:
                    entries[address] = self.file.render(row, checked=address)
            marker = self.file.path.with_name(self.file.path.name + ".postmap-pending")
            if entries != before or not self.file.path.exists():
                if self.postmap:
                    marker.touch()
                self.file.write(entries)
            if self.postmap and marker.exists():
                self._postmap(ctx)
                marker.unlink()
        except (OSError, Retry) as e:
            err = e if isinstance(e, Retry) else Retry(f"{self.file.path}: {e.strerror or e}")
            return [r or err for r in results]
        finally:
            os.close(fd)
        return results

    def _postmap(self, ctx: Context) -> None:
        import subprocess

        target = f"{self.map_type}:{self.file.path}" if self.map_type else str(self.file.path)
        try:
            proc = subprocess.run([*self.postmap_command, target], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=ctx.timeout(60.0), check=False)
        except subprocess.TimeoutExpired:
            raise Retry(f"{self.postmap_command[0]}: timed out") from None
        except OSError as e:
            raise Retry(f"{self.postmap_command[0]}: {e.strerror or e}") from None
        if proc.returncode != 0:
            raise Retry(f"{self.postmap_command[0]} {target}: exit {proc.returncode}: "
                        + proc.stderr.decode("utf-8", "replace").strip()[-300:])
