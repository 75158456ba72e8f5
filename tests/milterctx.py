"""A stand-in for pymilter's milterContext, shared by the milter tests and the milter fuzz."""
from __future__ import annotations


class Ctx:
    """Macros in, header changes out.  ``queue_id=None``: the MTA sent no ``i`` macro."""

    def __init__(self, queue_id: str | None = "4XyZ1A2B3C"):
        self.priv = None
        self.macros = {"i": queue_id} if queue_id is not None else {}
        self.added: list[tuple[str, str]] = []
        self.changed: list[tuple[str, int, str | None]] = []

    def getpriv(self):
        return self.priv

    def setpriv(self, priv):
        self.priv = priv

    def getsymval(self, name):
        return self.macros.get(name)

    def setsymlist(self, *a):  # pragma: no cover - not used
        pass

    def addheader(self, name, value, idx):
        self.added.append((name, value))

    def chgheader(self, name, idx, value):
        self.changed.append((name, idx, value))
