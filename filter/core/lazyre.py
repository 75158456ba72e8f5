"""Regular expressions compiled on first use.

The pipe starts a process per bounce, and compiling the format tables at import would cost every
bounce the patterns of every format; a ``Lazy`` pattern is compiled the first time a message
needs it, then its methods are plain attribute lookups.
"""
from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class Lazy:
    """Stands for ``re.compile(pattern, flags)``; compiles on the first method call."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        rx = self.__dict__.get("_compiled")
        if rx is None:
            rx = self.__dict__["_compiled"] = re.compile(self.pattern, self.flags)
            for name in _METHODS:  # later calls find the bound methods directly
                self.__dict__[name] = getattr(rx, name)
        return rx

    def __getattr__(self, name: str):
        if name in _METHODS:
            return getattr(self.compiled, name)
        raise AttributeError(name)
