"""Store backends: the durable events, per-address history, suppression list and outbox.

:func:`open_store` is how every caller opens the store the config names (``store:``):
:class:`filter.store.sqlite.Store` (one SQLite file, the embedded default) or
:class:`filter.store.postgres.PgStore` (a PostgreSQL database several hosts share).  Both keep the
contract of :mod:`filter.store.base`.  Only the chosen engine's module is imported: the pipe
with a SQLite store never loads psycopg.
"""
from __future__ import annotations

import ipaddress

from filter.store.base import StoreUnavailable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (filter/core/detectors/base.py)
if TYPE_CHECKING:  # pragma: no cover
    from filter.store.base import StoreProtocol
    from filter.config import Config, StoreSettings

__all__ = ["open_store", "open_url", "conninfo", "StoreUnavailable"]


def open_store(config: "Config", *, migrate: bool | None = True) -> StoreProtocol:
    """The store of ``config`` (opened now; StoreUnavailable when it cannot be).

    ``migrate``: bring a PostgreSQL schema up to date when it is older (safe at start: the
    migrations run under an advisory lock, one host at a time); False refuses an old schema
    instead (StoreUnavailable naming ``bouncefilter store migrate``); None opens it as it is."""
    st = config.store
    if st.engine == "sqlite":
        from filter.store.sqlite import Store

        path = st.sqlite_path
        if path is None:
            path = config.db_path  # makes state_dir private and the file 0600
        else:
            from filter.config import _private

            _private(path.parent, "store folder")
        return Store(path, busy_timeout=config.busy_timeout)
    from filter.store.postgres import PgStore

    return PgStore(conninfo(st), busy_timeout=config.busy_timeout, migrate=migrate, pool_size=st.pool_size,
                   label=label(st.url or ""))


def open_url(url: str, config: "Config", *, migrate: bool = True) -> StoreProtocol:
    """The store at ``url`` with ``config``'s other store settings (``bouncefilter store copy``)."""
    import dataclasses

    from filter.config import loads

    probe = loads("store: {url: " + _yaml_str(url) + "}", base=config.path.parent if config.path else None)
    st = dataclasses.replace(config.store, url=probe.store.url)
    if st.engine == "sqlite":
        st = dataclasses.replace(st, password=None, sslmode=None, sslrootcert=None)
    return open_store(dataclasses.replace(config, store=st), migrate=migrate)


def _yaml_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def label(url: str) -> str:
    """The url as errors may show it: no userinfo password (there is none), no query."""
    return url.split("?", 1)[0]


def _local(host: str | None) -> bool:
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def conninfo(st: "StoreSettings") -> str:
    """libpq's connection string for a PostgreSQL ``store:`` section.

    TLS is verified by default (``verify-full``: the server's certificate must chain to
    ``sslrootcert``, the system's trust store by default, and name the host) for a server over
    the network; a server on this host (loopback, a Unix socket) defaults to ``prefer``.  The
    password is passed as a parameter, never written into the url."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    import psycopg

    parts = urlsplit(st.url or "")
    params: dict[str, str] = {}
    if parts.hostname:
        params["host"] = unquote(parts.hostname)
    if parts.port:
        params["port"] = str(parts.port)
    if parts.username:
        params["user"] = unquote(parts.username)
    db = unquote(parts.path.lstrip("/"))
    if db:
        params["dbname"] = db
    for k, v in parse_qsl(parts.query, keep_blank_values=True):
        params[k] = v
    if st.password is not None:
        params["password"] = str(st.password)
    hosts = params.get("host", "").split(",")
    mode = st.sslmode or ("prefer" if all(_local(h) for h in hosts) else "verify-full")
    params["sslmode"] = mode
    if st.sslrootcert is not None:
        params["sslrootcert"] = str(st.sslrootcert)
    elif mode in ("verify-ca", "verify-full") and psycopg.pq.version() >= 160000:
        params["sslrootcert"] = "system"
    params.setdefault("application_name", "bouncefilter")
    params.setdefault("connect_timeout", "10")
    return psycopg.conninfo.make_conninfo(**params)
