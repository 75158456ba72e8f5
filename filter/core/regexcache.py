"""Compiled regular expressions kept between processes, as Python keeps bytecode.

Compiling the phrase tables is the dearest part of a fresh process's reading: ~20 ms of the pipe's
cold start for the sixty-odd patterns one bounce needs, ~200 ms for a bulk worker's five hundred.
The stdlib's regex parser and compiler (``re._parser``, ``re._compiler``) are Python; what they
produce, the engine's code (a list of integers), is what ``_sre.compile`` takes.  So the code of
each pattern compiled is kept in a file beside the package's bytecode and handed straight to
``_sre.compile`` by the next process:

- one file a pattern, in ``filter/core/__pycache__/regex.<cache tag>-<engine MAGIC>/``
  (``BOUNCEFILTER_REGEX_CACHE`` names another folder; set to an empty value, nothing is read or
  written): a process reads only the few dozen it needs;
- a file is named by a digest of the pattern's text, its flags and how it was compiled (``lazyre``'s
  first-character look-ahead) and holds all three, which must be equal, with a header of the
  interpreter's cache tag and the engine's ``MAGIC`` and code size (another Python never reads it);
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
except ImportError:  # pragma: no cover - another Python: patterns compile as written
    _sre = _compiler = _parser = None  # type: ignore[assignment]

_FORMAT = 2

try:  # blake2b names an entry's file (a C module of the interpreter's own: cheap to import)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

# what this process compiled that the cache did not hold: {key: entry}, written when it exits
_new: dict[str, bytes] = {}


def _header() -> tuple:
    return (_FORMAT, sys.implementation.cache_tag, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None),
            array("I").itemsize)


def cache_dir() -> str | None:
    """The folder of the cache (None: not kept)."""
    path = os.environ.get("BOUNCEFILTER_REGEX_CACHE")
    if path is not None:
        return path or None
    tag = sys.implementation.cache_tag
    if tag is None or _sre is None:
        return None
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__", f"regex.{tag}-{_sre.MAGIC}")


def _file(folder: str, key: str) -> str:
    return os.path.join(folder, blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest())


def _read(folder: str | None, key: str) -> tuple | None:
    """The entry kept for ``key``: (flags, groups, groupindex, indexgroup, code as bytes), or None."""
    if folder is None:
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
    look-ahead); such a pattern is kept apart from the plain one, and its ``.pattern`` is None
    (as when the stdlib compiles a tree)."""
    flags = int(flags)
    if _sre is None:
        return re.compile(pattern, flags)
    key = f"{flags}:{tree_hook is not None:d}:{pattern}"
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
        code = _compiler._code(tree, flags)
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


def save() -> int:
    """Write what this process compiled, one file an entry (each written whole under a temporary
    name, then renamed: a reader never sees half of one, concurrent writers write the same bytes).
    Nothing raised: it is a cache.  Returns how many were written."""
    folder = cache_dir()
    written = 0
    if folder is None or not _new:
        return 0
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        _new.clear()
        return 0
    for key, data in _new.items():
        path = _file(folder, key)
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
            written += 1
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            break  # a folder that cannot be written: the rest would fail alike
    _new.clear()
    return written


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
    for phrases in patterns.PHRASES.values():
        for phrase in phrases:
            patterns.compiled(phrase)
            n += 1
    save()
    return n


if __name__ == "__main__":  # python -m filter.core.regexcache
    count = warm()
    print(f"{count} patterns compiled; cache: {cache_dir() or 'not kept (BOUNCEFILTER_REGEX_CACHE is empty)'}")
