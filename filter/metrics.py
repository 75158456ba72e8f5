"""Prometheus metrics of one long-running service, served on a loopback port of its own.

``bouncefilter web`` serves ``/metrics`` from the store: totals that every process and host
recorded.  What only the running process knows (sessions now, the record queue's depth, messages
answered with a temporary failure, fail-open accepts) is served by the process itself when its
section names a port (``lmtp: metrics:``, ``milter: metrics:``, ``pop3: metrics:``, ``imap: metrics:``,
``outbox: metrics:`` for ``outbox work``; loopback only, no authentication:
:class:`filter.config._MetricsListen`).

A service hands :func:`serve` a snapshot function (its counters as a dict, read at scrape time:
no second set of counters to keep in step) and says which of its keys are gauges; every other
key is a counter and is exposed as ``bouncefilter_<service>_<key>_total``.  prometheus-client
writes the text format (https://prometheus.io/docs/instrumenting/exposition_formats/).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping

log = logging.getLogger("bouncefilter.metrics")

__all__ = ["MetricsServer", "serve", "parse_listen"]


def parse_listen(listen: str) -> tuple[str, int]:
    """``HOST:PORT`` / ``[IPv6]:PORT`` -> (host, port)."""
    host, _, port = listen.rpartition(":")
    return host.strip("[]"), int(port)


class _Snapshot:
    """A prometheus-client collector reading ``snapshot()`` at each scrape."""

    def __init__(self, service: str, snapshot: Callable[[], Mapping[str, float]], gauges: frozenset[str],
                 help: Mapping[str, str]):
        self.service, self.snapshot, self.gauges, self.help = service, snapshot, gauges, help

    def describe(self) -> list:
        return []  # read at scrape time only

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

        for key, value in sorted(self.snapshot().items()):
            name = f"bouncefilter_{self.service}_{key}"
            text = self.help.get(key, key.replace("_", " "))
            family = (GaugeMetricFamily if key in self.gauges else CounterMetricFamily)(name, text)
            family.add_metric([], value)
            yield family


@dataclass
class MetricsServer:
    """The running endpoint; :meth:`close` stops it (a service's shutdown calls it)."""

    listen: str
    _server: Any
    _thread: Any

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def serve(listen: str, service: str, snapshot: Callable[[], Mapping[str, float]], *,
          gauges: frozenset[str] = frozenset(), help: Mapping[str, str] | None = None) -> MetricsServer:
    """Serve ``snapshot()`` at ``http://listen/metrics`` on a daemon thread (OSError when the port
    cannot be bound: the caller says so and goes on without metrics)."""
    from prometheus_client import CollectorRegistry, start_http_server

    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Snapshot(service, snapshot, gauges, help or {}))
    host, port = parse_listen(listen)
    server, thread = start_http_server(port, addr=host, registry=registry)
    log.info("metrics on http://%s/metrics", listen if port else f"{host}:{server.server_address[1]}")
    return MetricsServer(listen, server, thread)
