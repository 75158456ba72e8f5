"""Files the engine owns: durable replacement, exclusive creation, private folders.

* :func:`write_atomic`: write a temporary file in the same folder, fsync it, rename it over the
  target, fsync the folder (rename(2) is atomic; the folder's fsync makes the new name survive a
  power cut).  Readers see the old content or the new, never a mix; a failure (disk full) leaves
  the old file and no temporary behind.
* Every file is created with ``O_CREAT|O_EXCL|O_NOFOLLOW`` under a name nobody can guess
  (:func:`create_new`): a symlink or a file planted by another local user under a predictable name
  is never opened, truncated or written through.  ``rename`` replaces a planted symlink itself,
  never what it points to.
* :func:`private_dir` creates the state folders ``0700`` and refuses to use a folder another local
  user could write into (see ``docs/security.md``): group- or world-writable, or owned by another
  user.  A refusal is :class:`UnsafePath`, one line naming the folder and the fix.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["UnsafePath", "check_private_dir", "create_new", "fsync_dir", "private_dir", "write_atomic"]

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | os.O_CLOEXEC


class UnsafePath(OSError):
    """A folder another local user could write into (or that is not a folder): refused."""


def create_new(folder: Path, prefix: str, suffix: str = ".tmp", mode: int = 0o600) -> tuple[int, Path]:
    """Create and open a new file ``folder/<prefix><random><suffix>`` (never an existing name, never
    through a symlink); return ``(fd, path)``.  The mode is set whatever the umask."""
    for _ in range(100):
        path = folder / f"{prefix}{os.urandom(8).hex()}{suffix}"
        try:
            fd = os.open(path, _CREATE, mode)
        except FileExistsError:
            continue
        try:
            os.fchmod(fd, mode)
        except BaseException:
            os.close(fd)
            path.unlink(missing_ok=True)
            raise
        return fd, path
    raise FileExistsError(f"cannot create a new file in {folder}")  # pragma: no cover - 2^64 names


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    fd, tmp = create_new(path.parent, f".{path.name}.", ".tmp", mode)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- private folders -----------------------------------------------------------------------------
def _owner_ok(uid: int, euid: int) -> bool:
    # root may use the service account's folder (the admin inspecting the store): root cannot be
    # protected from that account anyway, and the account can already do anything to its store
    return uid in (euid, 0) or euid == 0


def _who(uid: int) -> str:
    try:
        import pwd

        return f"{pwd.getpwuid(uid).pw_name} (uid {uid})"
    except (ImportError, KeyError):
        return f"uid {uid}"


def check_private_dir(path: Path, what: str = "state_dir") -> None:
    """Refuse ``path`` (an existing folder) when another local user could write into it or replace it.

    The folder itself: a folder (after symlinks), owned by this user or root, not group- or
    world-writable (the sticky bit does not make it acceptable: another user could still create
    the names the engine uses).  Each folder above it: owned by this user or root, and not
    group- or world-writable unless sticky (``/tmp``: others may create entries there but cannot
    rename or remove this folder).  Root may use a folder owned by another user (the service
    account's).  Raises :class:`UnsafePath`.
    """
    euid = os.geteuid()
    real = Path(os.path.realpath(path))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        raise
    if not stat.S_ISDIR(st.st_mode):
        raise UnsafePath(f"{what} {path} is not a folder")
    if not _owner_ok(st.st_uid, euid):
        raise UnsafePath(f"{what} {path} is owned by {_who(st.st_uid)}, not by this user ({_who(euid)}): "
                         "refused (another user could plant files in it); run as its owner, or "
                         "give it to this user")
    if st.st_mode & 0o022:
        raise UnsafePath(f"{what} {path} is writable by {'others' if st.st_mode & 0o002 else 'its group'} "
                         f"(mode {stat.S_IMODE(st.st_mode):04o}): refused; chmod 700 {path}")
    for parent in real.parents:
        pst = os.stat(parent)
        if not _owner_ok(pst.st_uid, euid):
            raise UnsafePath(f"{what} {path}: the folder above it, {parent}, is owned by {_who(pst.st_uid)}, "
                             "who could replace it: refused")
        if pst.st_mode & 0o022 and not pst.st_mode & stat.S_ISVTX:
            raise UnsafePath(f"{what} {path}: the folder above it, {parent}, is writable by others "
                             f"(mode {stat.S_IMODE(pst.st_mode):04o}, not sticky), who could replace it: refused")


def check_state_path(path: Path, what: str = "state_dir") -> None:
    """:func:`check_private_dir` on ``path`` if it exists, else on the nearest folder above it that
    exists (the ancestors' rule: not writable by others unless sticky).  For start-up checks."""
    p = Path(path)
    if p.exists() or p.is_symlink():
        if p.is_dir():  # not a folder: the store says so when it is opened (temporary failure)
            check_private_dir(p, what)
        return
    euid = os.geteuid()
    for parent in p.parents:
        if parent.exists():
            pst = os.stat(parent)
            if not _owner_ok(pst.st_uid, euid) or (pst.st_mode & 0o022 and not pst.st_mode & stat.S_ISVTX):
                raise UnsafePath(f"{what} {path} does not exist and {parent}, where it would be created, "
                                 f"is writable by others or owned by {_who(pst.st_uid)}: refused")
            return


def private_dir(path: Path, what: str = "state_dir") -> Path:
    """Create ``path`` (and missing folders above it) ``0700`` if needed, then
    :func:`check_private_dir` it.  Returns ``path``."""
    p = Path(path)
    if not p.is_dir():
        missing = []
        q = p
        while not q.exists() and not q.is_symlink() and q != q.parent:
            missing.append(q)
            q = q.parent
        for d in reversed(missing):
            try:
                os.mkdir(d, 0o700)
            except FileExistsError:
                pass  # another process made it: checked below
    check_private_dir(p, what)
    return p
