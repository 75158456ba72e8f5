"""A compiled copy of the validated config, for the pipe: one process per bounce.

Loading the YAML costs about 25 ms of every bounce's cold start (importing PyYAML alone is
20 ms), for a file that changes once a month.  :func:`load` keeps the validated
:class:`~filter.config.Config` as a pickle in ``state_dir/.config-cache`` and uses it while the
file's bytes and this code are unchanged; any doubt means the full :func:`filter.config.load`,
which also says what is wrong.

What the cache holds is what the pipe reads: the sections only the long-running services read
(``milter``, ``lmtp``, ``pop3``, ``imap``, ``web``, ``ingest``) are None in it (:func:`for_pipe`), so
that loading it defines none of their dataclasses (:mod:`filter.config.services`).  :func:`load`
returns that same shape on a miss, so that a pipe that read one of them would fail on its first
bounce, in the tests, not on its second.

What is never in the cache: secrets.  A secret read from a file (``*_file:``) is pickled as that
file's path and read again when the cache is loaded, so a rotated key file is used at once; a
config that names an environment variable (``${NAME}``) anywhere is never cached at all (the
pipe runs with pipe(8)'s empty environment anyway, and a variable's value could change what the
validation decided).

The cache lives in ``state_dir`` (``0700``, refused when another user could write into it), is
written ``0600`` through :func:`filter.fsutil.write_atomic`, and is read only when it belongs to
this user and nobody else can write it: a pickle runs code when loaded, and whoever can write
``state_dir`` owns the store anyway.
"""
from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (filter/core/detectors/base.py)
if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config

__all__ = ["load", "for_pipe", "CACHE_NAME", "SERVICE_SECTIONS"]

CACHE_NAME = ".config-cache"
_MAGIC = b"bouncefilter-config-cache-1\n"
# a top-level `state_dir:` written as a plain or quoted scalar on one line
_STATE_DIR = re.compile(rb"""^state_dir:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"][^#\n]*?))[ \t]*(?:#[^\n]*)?$""",
                        re.M)


def _code_stamp() -> bytes:
    """What the validation depends on besides the file: this code and the interpreter."""
    here = Path(__file__).resolve().parent  # filter/config
    parts = [sys.version.encode()]
    for name in ("__init__.py", "services.py", "../core/model.py", "cache.py"):
        try:
            st = (here / name).stat()
            parts.append(f"{name}:{st.st_mtime_ns}:{st.st_size}".encode())
        except OSError:
            parts.append(name.encode())
    return b"\0".join(parts)


def _state_dir(text: bytes, base: Path) -> Path | None:
    """Where the cache would be, read from the text without parsing YAML; None when unsure."""
    found = _STATE_DIR.findall(text)
    if len(found) > 1:
        return None
    if not found:
        return None if re.search(rb"^state_dir\s*:", text, re.M) else base / "state"
    value = next(v for v in found[0] if v).strip()
    try:
        p = Path(value.decode("utf-8")).expanduser()
    except UnicodeDecodeError:
        return None
    return p if p.is_absolute() else base / p


def load(path: str | os.PathLike) -> "Config":
    """:func:`filter.config.load`, through the cache when it is safe and fresh."""
    from filter import config as config_module

    p = Path(path)
    try:
        text = p.read_bytes()
    except OSError:
        return config_module.load(p)  # it says what is wrong
    base = p.resolve().parent
    state_dir = _state_dir(text, base) if b"${" not in text else None
    if state_dir is None:
        return for_pipe(config_module.load(p))
    from filter.digest import sha256

    key = sha256(_code_stamp() + b"\0" + str(p.resolve()).encode() + b"\0" + text).digest()
    cache = state_dir / CACHE_NAME
    config = _read(cache, key, state_dir)
    if config is not None:
        return config
    config = for_pipe(config_module.load(p))
    if config.state_dir == state_dir:
        _write(cache, key, config)
    return config


#: the sections only the long-running services read (each has its own ``load``)
SERVICE_SECTIONS = ("milter", "lmtp", "pop3", "imap", "web", "ingest")


def for_pipe(config: "Config") -> "Config":
    """``config`` without the sections of :data:`SERVICE_SECTIONS` (None in their place)."""
    import dataclasses

    return dataclasses.replace(config, **dict.fromkeys(SERVICE_SECTIONS))


def _private(st: os.stat_result) -> bool:
    return st.st_uid == os.geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(cache: Path, key: bytes, state_dir: Path) -> "Config | None":
    try:
        fd = os.open(cache, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not (_private(os.fstat(fd)) and _private(os.stat(state_dir))):
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read()
    except OSError:
        return None
    finally:
        os.close(fd)
    head = _MAGIC + key
    if not data.startswith(head):
        return None
    import pickle

    try:
        config = pickle.loads(data[len(head):])
    except Exception:  # noqa: BLE001 - a secret file gone, a class renamed: load it the long way
        return None
    from filter.config import Config

    return config if isinstance(config, Config) and config.state_dir == state_dir else None


def _write(cache: Path, key: bytes, config: "Config") -> None:
    """Best effort: only into an existing private ``state_dir`` (the store makes it); a config
    holding what cannot be cached (a secret from the environment) is not written."""
    try:
        if not _private(os.stat(cache.parent)):
            return
    except OSError:
        return
    import pickle

    try:
        data = pickle.dumps(config, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - NotCacheable (a secret from the environment) and the like
        return
    from filter.fsutil import write_atomic

    try:
        write_atomic(cache, _MAGIC + key + data, 0o600)
    except OSError:
        pass
