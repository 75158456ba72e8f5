"""``/metrics``: the store's state in Prometheus' text format (prometheus-client).

Why a collector that reads the store at scrape time instead of counters kept in this process:
the events are recorded by other processes (the pipe, the LMTP service, the milter, the POP3
bridge, ``outbox work``), possibly on other hosts sharing one PostgreSQL store; the store is the
one place that knows them all, so the totals here are the store's (the same numbers as
``bouncefilter stats``, whose grouped query this reuses) and survive restarts.  Every family:

- ``bouncefilter_bounces_total{kind,class,reason}``: ``bounce`` events ever recorded (kept by
  retention);
- ``bouncefilter_events_total{event}``: events by type (``quarantined`` among them);
- ``bouncefilter_quarantined_total``: messages the classifier could not read;
- ``bouncefilter_suppressions``: addresses listed now;
- ``bouncefilter_outbox_deliveries{state}``: pending / done / dead;
- ``bouncefilter_outbox_oldest_pending_age_seconds``: the age of the oldest pending delivery;
- ``bouncefilter_outbox_delivery_seconds``: a histogram of enqueue-to-done times of the finished
  deliveries the store keeps (``retention.deliveries``);
- ``bouncefilter_store_up``: 1 when this scrape could read the store;
- ``bouncefilter_store_errors_total``: StoreUnavailable met by this web service.
"""
from __future__ import annotations

import time
from typing import Callable, Iterator

from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric

from filter.store import StoreUnavailable

__all__ = ["StoreCollector", "render", "registry_for", "CONTENT_TYPE", "LATENCY_BUCKETS"]

#: the delivery latency histogram's upper bounds (seconds): inline deliveries, retries, a day
LATENCY_BUCKETS = (0.1, 0.5, 1.0, 5.0, 30.0, 60.0, 300.0, 900.0, 3600.0, 6 * 3600.0, 86400.0)


class StoreCollector:
    """A prometheus-client collector over :class:`filter.web.stores.StorePool`."""

    def __init__(self, pool, clock: Callable[[], float] = time.time):
        self.pool = pool
        self.clock = clock

    def describe(self) -> list:
        return []  # collected at scrape time only

    def collect(self) -> Iterator[Metric]:
        now = self.clock()
        up = GaugeMetricFamily("bouncefilter_store_up", "1 when this scrape could read the store")
        try:
            with self.pool.store() as store:
                rows = store.stats_events(0.0, now + 1)
                listed = store.suppression_count()
                counts = store.counts()
                oldest = store.deliveries(("pending",), limit=1)
                within, done, total = store.stats_delivery_latency(list(LATENCY_BUCKETS))
        except StoreUnavailable:
            up.add_metric([], 0)
            yield up
            yield self._errors()
            return
        up.add_metric([], 1)
        bounces = CounterMetricFamily("bouncefilter_bounces", "bounce events recorded, by kind, class and reason",
                                      labels=("kind", "class", "reason"))
        events = CounterMetricFamily("bouncefilter_events", "events recorded, by type", labels=("event",))
        by_event: dict[str, int] = {}
        for event, kind, class_, reason, n in rows:
            by_event[event] = by_event.get(event, 0) + n
            if event == "bounce":
                bounces.add_metric([kind or "", class_ or "", reason or ""], n)
        for event, n in sorted(by_event.items()):
            events.add_metric([event], n)
        quarantined = CounterMetricFamily("bouncefilter_quarantined", "messages quarantined (the classifier failed)")
        quarantined.add_metric([], by_event.get("quarantined", 0))
        supp = GaugeMetricFamily("bouncefilter_suppressions", "addresses on the suppression list")
        supp.add_metric([], listed)
        outbox = GaugeMetricFamily("bouncefilter_outbox_deliveries", "outbox deliveries by state", labels=("state",))
        for state, n in sorted(counts.items()):
            outbox.add_metric([state], n)
        age = GaugeMetricFamily("bouncefilter_outbox_oldest_pending_age_seconds",
                                "age of the oldest pending delivery (0: none pending)")
        age.add_metric([], max(0.0, now - oldest[0].created_at) if oldest else 0.0)
        latency = HistogramMetricFamily("bouncefilter_outbox_delivery_seconds",
                                        "enqueue-to-done time of finished deliveries",
                                        buckets=[(repr(b), n) for b, n in zip(LATENCY_BUCKETS, within)]
                                        + [("+Inf", done)], sum_value=total)
        yield from (up, bounces, events, quarantined, supp, outbox, age, latency, self._errors())

    def _errors(self) -> Metric:
        errors = CounterMetricFamily("bouncefilter_store_errors", "StoreUnavailable met by the web service")
        errors.add_metric([], self.pool.errors)
        return errors


def registry_for(pool) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StoreCollector(pool))
    return registry


def render(registry: CollectorRegistry) -> bytes:
    return generate_latest(registry)
