"""The HTTP services' server: uvicorn, plus what every long-running service here does.

``bouncefilter web`` and ``bouncefilter ingest`` differ in their application only; the serving
rules are one: SIGHUP reloads the config in a thread (the event loop keeps answering), SIGTERM
and SIGINT stop cleanly (uvicorn finishes the requests under way) with exit status 0, not the
re-raised signal uvicorn would die of, and systemd hears READY / RELOADING / STOPPING
(:mod:`filter.sdnotify`, as the LMTP service says them).  Concurrency is bounded by uvicorn's
``limit_concurrency`` (503 beyond), request size by the applications.
"""
from __future__ import annotations

import contextlib
import logging
import signal
import threading
from typing import Any, Callable

from filter import sdnotify

__all__ = ["run"]


def run(app: Any, *, listen: str, log: logging.Logger, on_reload: Callable[[], object], max_connections: int,
        tls_cert: Any = None, tls_key: Any = None, what: str = "", **uvicorn_options: Any) -> None:
    """Serve ``app`` on ``listen`` (``HOST:PORT`` or ``[IPv6]:PORT``) in the foreground until
    SIGTERM/SIGINT; SIGHUP calls ``on_reload()`` in a thread of its own.  ``what`` is added to the
    "listening on" line."""
    import uvicorn

    host, _, port = listen.rpartition(":")
    tls: dict[str, Any] = {}
    if tls_cert is not None:
        tls.update(ssl_certfile=str(tls_cert), ssl_keyfile=str(tls_key))
    options: dict[str, Any] = dict(log_level="warning", access_log=False, server_header=False, lifespan="off",
                                   timeout_graceful_shutdown=10, h11_max_incomplete_event_size=64 * 1024)
    options.update(uvicorn_options)
    config = uvicorn.Config(app, host=host.strip("[]"), port=int(port), limit_concurrency=max_connections,
                            **tls, **options)

    class Server(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self):
            # uvicorn raises the captured SIGTERM again after its graceful stop (the process would
            # die of it); a clean stop exits 0 instead
            with super().capture_signals():
                yield
                self._captured_signals.clear()

        async def startup(self, sockets=None):
            await super().startup(sockets)
            if self.should_exit:
                return
            import asyncio

            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: threading.Thread(
                target=_reload, args=(on_reload,), name="reload", daemon=True).start())
            c = self.config
            log.info("listening on %s://%s:%d%s", "https" if c.ssl_certfile else "http", c.host, c.port,
                     f" {what}" if what else "")
            sdnotify.ready(f"listening on {c.host}:{c.port}")

    try:
        Server(config).run()
    finally:
        sdnotify.stopping()


def _reload(on_reload: Callable[[], object]) -> None:
    """RELOADING=1, the reload, READY=1 again whatever it said (an invalid file keeps the old config)."""
    sdnotify.reloading()
    try:
        on_reload()
    finally:
        sdnotify.ready()
