"""Preflight checks of a loaded config: can this user, in the pipe's environment, reach every target?

:func:`filter.config.load` checks what a config *says*; this module checks what the actions will
*meet* when they run, as the user running ``check-config`` (run it as the pipe user) and with the
environment Postfix's pipe(8) gives a command: no variables but ``PATH=/usr/bin:/bin`` (and
``MAIL_CONFIG``, ``LANG``, ``LC_CTYPE``).  Each problem would otherwise show up only at the first
bounce, as deliveries retried for days (``outbox.max_age``) or dead letters:

* ``state_dir``: writable (the store, the quarantine, the ``alert`` log);
* ``suppression_file`` ``path``: its folder writable (the list is replaced through a temporary file
  beside it and locked with ``<file>.lock``), or creatable; an existing lock file writable;
* ``suppression_file`` ``postmap_command`` (with ``postmap: true``): runnable, a bare name
  resolved as the action resolves it (``PATH`` then ``POSTMAP_SEARCH_PATH``);
* ``log`` ``path``: the file appendable, or its folder writable or creatable;
* ``exec`` ``command``: runnable, a bare name resolved with pipe(8)'s ``PATH`` (or the ``PATH=``
  the action's ``env:`` sets), as ``subprocess`` resolves it;
* ``webhook`` / ``forward`` ``ca_file``: readable;
* ``store.url`` of a PostgreSQL store: the server answers, the login and TLS work, and the schema is
  not newer than this bouncefilter (an older one is migrated by the services at start).

Problems are ``FILE:LINE: KEY: what``, as config errors are (``actions.NAME.KEY``); the lines come
from the same YAML composition as the loader's (:func:`filter.config._compose`).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

__all__ = ["PIPE_PATH", "check"]

#: The PATH pipe(8) gives the command it runs (its environment is otherwise empty).
PIPE_PATH = "/usr/bin:/bin"


def _user() -> str:
    uid = os.getuid()
    try:
        import pwd

        return f"{pwd.getpwuid(uid).pw_name} (uid {uid})"
    except (KeyError, ImportError):  # pragma: no cover - a uid without a passwd entry
        return f"uid {uid}"


def _nearest_existing(path: Path) -> Path:
    p = path
    while not os.path.lexists(p) and p != p.parent:
        p = p.parent
    return p


def _folder_problem(folder: Path, user: str, why: str) -> str | None:
    """Why files cannot be created in ``folder`` (made with its parents when missing), or None."""
    if folder.is_dir():
        if os.access(folder, os.W_OK | os.X_OK):
            return None
        return f"folder {folder} is not writable by {user}: {why}"
    if os.path.lexists(folder):
        return f"{folder} is not a folder: {why}"
    parent = _nearest_existing(folder)
    if parent.is_dir() and os.access(parent, os.W_OK | os.X_OK):
        return None  # the action makes it (mkdir -p)
    because = "not writable" if parent.is_dir() else "not a folder"
    return f"folder {folder} does not exist and {user} cannot create it ({parent} is {because}): {why}"


def _program_problem(name: str, search_path: str, user: str, also: str = "") -> str | None:
    """Why ``name`` would not run (a bare name looked up in ``search_path``, then ``also``)."""
    from filter.engine.actions.suppression_file import find_program

    if "/" in name:
        if not os.path.exists(name):
            return f"{name} does not exist"
        if os.path.isdir(name) or not os.access(name, os.X_OK):
            return f"{name} is not executable by {user}"
        return None
    if find_program(name, f"{search_path}{os.pathsep}{also}" if also else search_path) is None:
        where = f"PATH={search_path}" + (" (pipe(8)'s: the pipe gets no other environment)"
                                         if search_path == PIPE_PATH else "")
        if also:
            where += f" nor in {also}"
        return f"{name} is not found in {where}: give the program's absolute path"
    return None


class _Lines:
    def __init__(self, config_path: Path | None):
        self.filename = str(config_path) if config_path is not None else "<config>"
        self.lines: dict[tuple, int] = {}
        if config_path is not None:
            try:
                from filter.config import _compose

                _, self.lines = _compose(Path(config_path).read_text(encoding="utf-8"), self.filename)
            except Exception:  # noqa: BLE001 - it loaded a moment ago; without lines the key still says it
                self.lines = {}

    def line(self, path: tuple) -> int:
        # as filter.config._Ctx.line: the nearest enclosing key that is written in the file
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 0)

    def problem(self, path: tuple, msg: str, at: tuple | None = None) -> str:
        key = ".".join(str(k) for k in path if not isinstance(k, int))
        return f"{self.filename}:{self.line(at or path)}: {key}: {msg}"


def _postgresql_problem(config: Any) -> str | None:
    """Why the PostgreSQL store cannot be used now, or None: opened as it is (no migration)."""
    from filter.store import open_store
    from filter.store.base import StoreUnavailable

    try:
        store = open_store(config, migrate=None)
    except StoreUnavailable as e:
        return str(e)
    except ImportError as e:  # psycopg missing from this installation
        return f"the PostgreSQL driver cannot be imported ({e}): pip install bouncefilter"
    try:  # the pool connects on first use: this is where an unreachable server shows
        from filter.store.postgres import SCHEMA_VERSION

        have = store.schema_version()
    except StoreUnavailable as e:
        return str(e)
    finally:
        store.close()
    if have > SCHEMA_VERSION:  # older is fine: the services migrate it at start
        return (f"the schema is at version {have}, newer than this bouncefilter's ({SCHEMA_VERSION}): "
                "upgrade bouncefilter on this host")
    return None


def check(config: Any, *, search_path: str = PIPE_PATH) -> list[str]:
    """Every problem found, one line each (``FILE:LINE: KEY: what``), in file order; [] when none.

    ``search_path`` is the PATH bare command names are resolved with: pipe(8)'s by default."""
    from filter.engine.actions.suppression_file import POSTMAP_SEARCH_PATH, postmap_argv

    where = _Lines(getattr(config, "path", None))
    user = _user()
    found: list[tuple[int, str]] = []

    def add(path: tuple, msg: str | None, at: tuple | None = None) -> None:
        if msg:
            found.append((where.line(at or path), where.problem(path, msg, at)))

    state = Path(config.state_dir)
    add(("state_dir",), _folder_problem(
        state, user, "the store, quarantine/ and the alert log live there (run check-config as the "
                     "user of the pipe / milter / LMTP service)"))

    store = getattr(config, "store", None)
    if store is not None and store.engine == "postgresql":
        add(("store", "url"), _postgresql_problem(config))

    for name, action in config.actions.items():
        if getattr(action, "builtin", False):
            continue  # the built-in suppress (store only) and alert (state_dir/alerts.jsonl)
        o = action.options
        base = ("actions", name)
        if action.type == "suppression_file":
            target = Path(o["path"])
            problem = _folder_problem(
                target.parent, user,
                f"the list is replaced through a temporary file beside it and locked with {target.name}.lock")
            lock = target.with_name(target.name + ".lock")
            if problem is None and lock.exists() and not os.access(lock, os.R_OK | os.W_OK):
                problem = f"lock file {lock} is not writable by {user} (made by another user?)"
            if problem is None and target.exists() and not os.access(target, os.R_OK):
                problem = f"{target} is not readable by {user}"
            add(base + ("path",), problem)
            if o.get("postmap") and (o.get("format") or "plain") == "postfix":
                cmd = o.get("postmap_command") or ("postmap",)
                argv = postmap_argv(cmd, env_path=search_path)
                key = base + ("postmap_command",)
                at = key + (0,) if key in where.lines else base + ("postmap",)
                add(key, _program_problem(argv[0], search_path, user, POSTMAP_SEARCH_PATH), at)
        elif action.type == "log":
            target = Path(o["path"])
            if target.exists() and not target.is_dir():
                problem = None if os.access(target, os.W_OK) else f"{target} is not writable by {user}"
            else:
                problem = _folder_problem(target.parent, user, "the log file is created there")
            add(base + ("path",), problem)
        elif action.type == "exec":
            argv = [str(a) for a in o["command"]]
            path = search_path
            for item in o.get("env") or ():
                k, _, v = str(item).partition("=")
                if k == "PATH":
                    path = v
            key = base + ("command",)
            add(key, _program_problem(argv[0], path, user), key + (0,))
        if action.type in ("webhook", "forward") and o.get("ca_file"):
            ca = Path(o["ca_file"])
            if not ca.is_file() or not os.access(ca, os.R_OK):
                add(base + ("ca_file",), f"{ca} is not a file {user} can read")
    found.sort(key=lambda p: p[0])
    return [msg for _, msg in found]
