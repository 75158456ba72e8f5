"""Compiled regular expressions kept between processes, as Python keeps bytecode.

Compiling the phrase tables is the dearest part of a fresh process's reading: ~20 ms of the pipe's
cold start for the sixty-odd patterns one bounce needs, ~200 ms for a bulk worker's five hundred.
The stdlib's regex parser and compiler (``re._parser``, ``re._compiler``) are Python; what they
produce, the engine's code (a list of integers), is what ``_sre.compile`` takes.  So the code of
each pattern compiled is kept in a file beside the package's bytecode and handed straight to
``_sre.compile`` by the next process:

- one file a pattern, in ``filter/core/__pycache__/regex/<cache tag>-<fingerprint>/``
  (``BOUNCEFILTER_REGEX_CACHE`` names another base folder; set to an empty value, nothing is read
  or written): a process reads only the few dozen it needs;
- the fingerprint covers what the code depends on besides the pattern: the interpreter's whole
  version, the engine's ``MAGIC`` and code size, and the code that compiles (this module and
  ``lazyre``'s look-ahead, by size and modification time): changed code is a new folder, and the
  package's own cache keeps only the newest;
- a file is named by a digest of the pattern's text, its flags and how it was compiled, and holds
  all three, which must be equal;
- what the folder holds decides how bounces are read, as bytecode decides what runs: a folder (or
  its base) that another user owns, or that group or others may write, is neither read nor written;
- a process that compiled something new writes it when it exits (under a temporary name, then
  renamed: a reader never sees half a file); a folder that cannot be written is simply not kept
  (a pipe running as a user that may not write the package: ``python -m filter.core.regexcache``
  compiles every table once, at install time, as ``compileall`` does for bytecode);
- an entry the engine refuses (a damaged file) is compiled afresh; nothing here raises.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array

try:  # the engine and the stdlib's compiler (private; re.compile's own path since Python 3.11)
    import _sre
    from re import _compiler, _parser
    from re import _constants as _C
except ImportError:  # pragma: no cover - another Python: patterns compile as written
    _sre = _compiler = _parser = _C = None  # type: ignore[assignment]

_FORMAT = 3

try:  # blake2b names an entry's file (a C module of the interpreter's own: cheap to import)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

# what this process compiled that the cache did not hold: {key: entry}, written when it exits
_new: dict[str, bytes] = {}
# the folder this process reads and writes, worked out once: (setting it came from, folder or None)
_folder: tuple[str | None, str | None] | None = None
_HERE = os.path.dirname(os.path.abspath(__file__))


def _header() -> tuple:
    return (_FORMAT, sys.implementation.cache_tag, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None),
            array("I").itemsize)


def _fingerprint() -> str:
    """What the engine code depends on besides a pattern and its flags: the interpreter (its whole
    version: a patch release may change the compiler), the engine, and the code here that
    compiles (this module and ``lazyre``'s look-ahead), by their files' size and modification
    time as Python's bytecode cache checks a source.  Another fingerprint is another folder."""
    parts = [sys.version, repr(_header())]
    for name in ("regexcache.py", "lazyre.py"):
        try:
            st = os.stat(os.path.join(_HERE, name))
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{name}:?")
    return blake2b("\0".join(parts).encode(), digest_size=8).hexdigest()


def _base() -> str | None:
    path = os.environ.get("BOUNCEFILTER_REGEX_CACHE")
    if path is not None:
        return path or None
    if sys.implementation.cache_tag is None or _sre is None:
        return None
    return os.path.join(_HERE, "__pycache__", "regex")


def cache_dir() -> str | None:
    """The folder of the cache (None: not kept): ``<base>/<cache tag>-<fingerprint>``, where the base
    is ``filter/core/__pycache__/regex`` or ``BOUNCEFILTER_REGEX_CACHE``."""
    global _folder
    setting = os.environ.get("BOUNCEFILTER_REGEX_CACHE")
    if _folder is None or _folder[0] != setting:
        base = _base()
        _folder = (setting, None if base is None else
                   os.path.join(base, f"{sys.implementation.cache_tag}-{_fingerprint()}"))
    return _folder[1]


def _trusted(path: str) -> bool:
    """A folder whose files may be believed: owned by this user or root, and writable by no one
    else (what it holds decides how bounces are read, as bytecode decides what runs)."""
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_uid in (0, os.geteuid()) and not st.st_mode & 0o022


_TRUSTED: dict[str, bool] = {}


def _usable(folder: str) -> bool:
    """The folder and its base may be believed (worked out once a process)."""
    ok = _TRUSTED.get(folder)
    if ok is None:
        ok = _TRUSTED[folder] = _trusted(folder) and _trusted(os.path.dirname(folder))
    return ok


def _file(folder: str, key: str) -> str:
    return os.path.join(folder, blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest())


def _read(folder: str | None, key: str) -> tuple | None:
    """The entry kept for ``key``: (flags, groups, groupindex, indexgroup, code as bytes), or None."""
    if folder is None or not _usable(folder):
        return None
    try:
        with open(_file(folder, key), "rb") as f:
            header, kept_key, *entry = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return tuple(entry) if header == _header() and kept_key == key and len(entry) == 5 else None


def compile(pattern: str, flags: int = 0, tree_hook=None) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when it holds the pattern.

    ``tree_hook``: a function that changes the parsed tree before it is compiled (``lazyre``'s
    look-ahead); such a pattern is kept apart from the plain one (and from another hook's, by the
    hook's name), and its ``.pattern`` is None
    (as when the stdlib compiles a tree)."""
    flags = int(flags)
    if _sre is None:
        return re.compile(pattern, flags)
    key = f"{flags}:{getattr(tree_hook, '__name__', '') if tree_hook is not None else 0}:{pattern}"
    folder = cache_dir()
    entry = _read(folder, key)
    if entry is not None:
        try:
            final_flags, groups, groupindex, indexgroup, code = entry
            return _sre.compile(pattern if tree_hook is None else None, final_flags, array("I", code).tolist(),
                                groups, groupindex, indexgroup)
        except Exception:  # a damaged entry: compiled afresh below
            pass
    try:
        tree = _parser.parse(pattern, flags)
        if tree_hook is not None:
            tree_hook(tree, flags)
        code = _with_first_chars(_compiler._code(tree, flags), tree, flags | tree.state.flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        final_flags, groups = flags | tree.state.flags, tree.state.groups - 1
        compiled = _sre.compile(pattern if tree_hook is None else None, final_flags, code, groups, groupindex,
                                tuple(indexgroup))
    except re.error:
        raise  # the pattern itself is wrong: as re.compile says it
    except Exception:  # pragma: no cover - a stdlib whose private compiler changed
        return re.compile(pattern, flags)
    if folder is not None:
        if not _new:
            atexit.register(save)
        _new[key] = marshal.dumps((_header(), key, final_flags, groups, groupindex, tuple(indexgroup),
                                   array("I", code).tobytes()))
    return compiled


def _with_first_chars(code: list[int], tree, flags: int) -> list[int]:
    """The engine's ``code`` of the parsed ``tree``, its info block telling the characters every
    match starts with when the stdlib's compiler did not work them out.

    ``search`` (and ``finditer``, ``sub`` ...) skips, in one tight loop, the places whose character
    is not in that set, and starts a match only where it is; without it the engine starts one at
    every place of the text, which fails quickly but costs the setting up of a match each time.
    The stdlib works the set out only when the pattern opens with a literal, a class, or
    alternatives that all open with a literal: not for one that opens with ``\\b`` or a look-around
    (the look-ahead of ``lazyre``'s scanned patterns, a table's look-behinds), nor for a grouped
    alternation whose groups open differently.  Here the set is ``lazyre.first_items``' (or the
    characters of the look-ahead the pattern opens with), and only for a case-sensitive pattern
    (the set is tried as it is written) that cannot match empty and is not anchored at the start
    (there the engine gives up after the first place).  The matches are the same: the places
    skipped are those where no match can start."""
    if flags & (re.IGNORECASE | re.LOCALE) or code[0] != _C.INFO or code[2] or not code[3]:
        return code  # (code[2]: a prefix or a set already; code[3]: the shortest match, 0 = may be empty)
    body = code[1] + 1
    if code[body] == _C.AT and code[body + 1] in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING):
        return code
    from filter.core.lazyre import first_items

    items = first_items(tree)
    if items is None and tree.data and tree.data[0][0] is _C.ASSERT and tree.data[0][1][0] == 1:
        ahead = list(tree.data[0][1][1])  # a look-ahead at the first character: (?=[...])
        if len(ahead) == 1 and ahead[0][0] is _C.IN and all(op is not _C.NEGATE for op, _ in ahead[0][1]):
            items = ahead[0][1]
    if not items:
        return code
    charset, _cased = _compiler._optimize_charset(items)
    info = [_C.INFO, 0, _C.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1  # (the skip to the pattern's own code)
    return info + code[body:]


def save() -> int:
    """Write what this process compiled, one file an entry (each written whole under a fresh
    temporary name, never through a link, then renamed: a reader never sees half of one,
    concurrent writers write the same bytes).  Nothing raised: it is a cache.  Returns how many
    were written."""
    folder = cache_dir()
    items = list(_new.items())  # (one step under the GIL: a thread still compiling adds to _new)
    if folder is None or not items:
        return 0
    base = os.path.dirname(folder)
    try:
        fresh = not os.path.isdir(folder)
        os.makedirs(folder, mode=0o755, exist_ok=True)
    except OSError:
        _new.clear()
        return 0
    _TRUSTED.pop(folder, None)
    if not _usable(folder):
        _new.clear()  # a folder others may write: nothing of ours goes there
        return 0
    if fresh and base == os.path.join(_HERE, "__pycache__", "regex"):
        _forget_others(base, folder)
    written = 0
    for key, data in items:
        path = _file(folder, key)
        tmp = f"{path}.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
            written += 1
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            break  # a folder that cannot be written: the rest would fail alike
        finally:
            _new.pop(key, None)
    _new.clear()
    return written


def _forget_others(base: str, keep: str) -> None:
    """The package's own cache keeps one folder: the others were written by code or an interpreter
    that is no longer here (a folder in use by another installed version is written again)."""
    import shutil

    try:
        names = os.listdir(base)
    except OSError:
        return
    for name in names:
        path = os.path.join(base, name)
        if path != keep and os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)


def warm() -> int:
    """Compile every table of the classifier (the ``Lazy`` patterns of its modules and every phrase)
    and save them: for an install whose pipe may not write the package.  Returns how many."""
    import importlib
    import pkgutil

    import filter.core
    from filter.core import patterns
    from filter.core.lazyre import Lazy

    n = 0
    for info in pkgutil.walk_packages(filter.core.__path__, "filter.core."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in list(vars(module).values()):
            if isinstance(value, Lazy):
                value.compiled
                n += 1
                if value.folded is not None:  # its copy for lower-cased texts (``Lazy.folded_search``)
                    n += 1
                    if value._searcher[1]:  # ... and the line-start one, for a pattern anchored at lines
                        n += 1
    for phrases in patterns.PHRASES.values():
        for phrase in phrases:
            patterns.compiled(phrase)
            n += 1
    save()
    return n


if __name__ == "__main__":  # python -m filter.core.regexcache
    count = warm()
    print(f"{count} patterns compiled; cache: {cache_dir() or 'not kept (BOUNCEFILTER_REGEX_CACHE is empty)'}")
