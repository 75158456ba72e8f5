"""A bounded pool of store connections for the web service's worker threads.

Why: a store object is one connection and is not shared between threads (SQLite's rule, and the
PostgreSQL store's transaction state); opening one per request would cost a schema check each
time.  The pool holds at most ``size`` stores, opened on first use; a request borrows one and
gives it back, and a request beyond ``size`` waits for one (at most ``timeout``, then
:class:`StoreUnavailable`): the store's concurrency is bounded whatever the HTTP load.  A store
that raised StoreUnavailable is closed rather than given back (the next borrower opens a new
one).  :meth:`reset` (after a SIGHUP) closes idle ones so the new config's store is used.
"""
from __future__ import annotations

import queue
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterator

from filter.store import StoreUnavailable

if TYPE_CHECKING:  # pragma: no cover
    from filter.store import StoreProtocol

__all__ = ["StorePool"]


class StorePool:
    def __init__(self, opener: Callable[[], StoreProtocol], size: int = 4, timeout: float = 30.0):
        self._opener = opener
        self._idle: "queue.LifoQueue[StoreProtocol]" = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(size)
        self._timeout = timeout
        self._generation = 0
        self._lock = threading.Lock()
        #: StoreUnavailable seen by borrowers (the ``bouncefilter_store_errors_total`` metric)
        self.errors = 0

    @contextmanager
    def store(self) -> Iterator[StoreProtocol]:
        if not self._slots.acquire(timeout=self._timeout):
            self._count_error()
            raise StoreUnavailable("the web service's store connections are all busy")
        gen = self._generation
        st = None
        try:
            try:
                st = self._idle.get_nowait()
            except queue.Empty:
                try:
                    st = self._opener()
                except StoreUnavailable:
                    self._count_error()
                    raise
            try:
                yield st
            except StoreUnavailable:
                self._count_error()
                st.close()
                st = None
                raise
        finally:
            if st is not None:
                if gen == self._generation:
                    self._idle.put(st)
                else:
                    st.close()
            self._slots.release()

    def _count_error(self) -> None:
        with self._lock:
            self.errors += 1

    def reset(self, opener: Callable[[], StoreProtocol] | None = None) -> None:
        """Use ``opener`` from now on and close the idle stores (busy ones close when returned)."""
        with self._lock:
            if opener is not None:
                self._opener = opener
            self._generation += 1
        self.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
