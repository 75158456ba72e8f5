"""``bouncefilter ingest``: the ingest endpoints served alone, by uvicorn, at ``/ingest/<provider>``.

A long-running service held to the same rules as the LMTP service and ``bouncefilter web``:
loopback by default (another address needs TLS, or ``allow_insecure`` behind a TLS proxy:
:func:`filter.config.ingest_listen_problem`); memory bounded (``ingest.max_body`` per request,
413 beyond), concurrency bounded (``ingest.max_connections``: uvicorn answers 503 beyond, and
every provider retries a 503); SIGHUP reloads the config (providers, keys, topics; an invalid file
keeps the old one, logged; ``listen`` and TLS need a restart); SIGTERM/SIGINT stops cleanly
(requests under way finish, the recorder finishes its transaction, exit 0); systemd is told
(:mod:`filter.sdnotify`: READY, RELOADING, STOPPING).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING


if TYPE_CHECKING:  # pragma: no cover
    from filter.config import Config
    from filter.ingest.app import Ingestor

__all__ = ["create_service_app", "serve", "reload"]

log = logging.getLogger("bouncefilter.ingest")


def create_service_app(config: "Config"):
    """The standalone app: the ingest app mounted at ``/ingest``, and ``/healthz``."""
    from starlette.applications import Starlette
    from starlette.routing import Mount, Route

    from filter.ingest.app import create_app, healthz

    inner = create_app(config)
    app = Starlette(routes=[Route("/healthz", healthz(inner.state.ingestor)), Mount("/ingest", app=inner)])
    app.state.ingestor = inner.state.ingestor
    return app


def reload(ingestor: "Ingestor") -> bool:
    """Load the config file again (SIGHUP); an invalid file keeps the configuration in use."""
    from filter.config import ConfigError, load

    path = ingestor.config.path
    if path is None:
        log.error("reload: the configuration was not read from a file; nothing to reload")
        return False
    try:
        new = load(path)
        if new.ingest is None:
            raise ConfigError([f"{path}: no ingest: section"])
        old = ingestor.config.ingest
        ingestor.reload(new)
        if (new.ingest.listen, new.ingest.tls_cert, new.ingest.tls_key) != (old.listen, old.tls_cert, old.tls_key):
            log.warning("reload: ingest.listen or TLS changed: restart the service to apply")
        return True
    except ConfigError as e:
        log.error("reload: %s: keeping the configuration in use", "; ".join(e.errors))
        return False
    except Exception as e:  # noqa: BLE001 - a reload never stops the service
        log.error("reload: %s: %s: keeping the configuration in use", type(e).__name__, e)
        return False


def serve(config: "Config", *, listen: str | None = None) -> None:
    """Run in the foreground until SIGTERM/SIGINT; SIGHUP reloads the config (filter/httpd.py)."""
    from filter import httpd

    s = config.ingest
    app = create_service_app(config)
    ingestor = app.state.ingestor
    providers = [p for p in ("ses", "sendgrid", "postmark", "mailgun") if getattr(s, p) is not None]
    try:
        httpd.run(app, listen=listen or s.listen, log=log, on_reload=lambda: reload(ingestor),
                  max_connections=s.max_connections, tls_cert=s.tls_cert, tls_key=s.tls_key,
                  what=f"/ingest/ ({', '.join(providers)})",
                  # X-Forwarded-For is believed from a proxy on this host only (Postmark's source check)
                  proxy_headers=True, forwarded_allow_ips="127.0.0.1,::1")
    finally:
        ingestor.close()
    log.info("stopped: %s", ", ".join(f"{k} {v}" for k, v in ingestor.counters.items()))
