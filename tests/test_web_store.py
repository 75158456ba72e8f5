"""The store's read queries for the web console (the additive block of filter/store/sqlite.py,
postgres.py and base.py), on both engines: SQLite and a private PostgreSQL (``store_backend``)."""
from __future__ import annotations

import pytest

from filter.config import loads
from filter.store import open_store

DAY = 86400.0


def _open(backend, tmp_path):
    text = f"state_dir: {tmp_path / 'state'}\n" + backend.yaml
    return open_store(loads(text, base=tmp_path))


def _fill(store):
    rows = [("e1", "bounce", "failed", "a@one.test", "hard", "user_unknown", 10 * DAY + 5),
            ("e2", "bounce", "failed", "b@one.test", "block", "blocked", 10 * DAY + 6),
            ("e3", "bounce", "delayed", "c@two.test", "soft", "mailbox_full", 11 * DAY + 1),
            ("e4", "bounce", "complaint", "d@two.test", "info", "complaint", 11 * DAY + 2),
            ("e5", "suppressed", None, "a@one.test", "hard", "user_unknown", 11 * DAY + 3)]
    with store.transaction():
        for id, event, kind, address, class_, reason, at in rows:
            store.insert_event(id=id, event=event, kind=kind, address=address, class_=class_, reason=reason,
                               source="t", received_at=at, occurred_at=at, cause=None,
                               payload={"id": id, "event": event, "kind": kind, "recipient": {"address": address}})
        for i, a in enumerate(["a@one.test", "b_x@one.test", "bx@one.test", "c@two.test", "z%@two.test"]):
            store.suppress(a, reason="r", class_=None, kind=None, policy="manual", event_id=None, at=100.0 + i)


def test_web_read_queries(store_backend, tmp_path):
    with _open(store_backend, tmp_path) as store:
        _fill(store)
        page = store.suppressions_page(limit=2)
        assert [r["address"] for r in page] == ["a@one.test", "b_x@one.test"]
        page = store.suppressions_page(after=("b_x@one.test",), limit=10)
        assert [r["address"] for r in page] == ["bx@one.test", "c@two.test", "z%@two.test"]
        # search is a substring; '_' and '%' are literal characters
        assert [r["address"] for r in store.suppressions_page(search="B_X")] == ["b_x@one.test"]
        assert [r["address"] for r in store.suppressions_page(search="%")] == ["z%@two.test"]
        newest = store.suppressions_page(order="newest", limit=2)
        assert [r["address"] for r in newest] == ["z%@two.test", "c@two.test"]
        more = store.suppressions_page(order="newest", after=(newest[-1]["first_seen"], newest[-1]["address"]))
        assert [r["address"] for r in more] == ["bx@one.test", "b_x@one.test", "a@one.test"]

        got = store.suppressions_of(["a@one.test", "nobody@x.test", "c@two.test"])
        assert sorted(r["address"] for r in got) == ["a@one.test", "c@two.test"]
        assert store.suppressions_of([]) == []

        days = {(d, e, k, c): n for d, e, k, c, n in store.stats_days(0, 20 * DAY)}
        assert days[(10, "bounce", "failed", "hard")] == 1 and days[(11, "bounce", "delayed", "soft")] == 1
        assert days[(11, "suppressed", None, "hard")] == 1
        dd = sorted(store.stats_domain_days(0, None, ["one.test", "two.test"]))
        assert dd == [("one.test", 10, "block", "blocked", 1), ("one.test", 10, "hard", "user_unknown", 1),
                      ("two.test", 11, "soft", "mailbox_full", 1)]
        assert store.stats_domain_days(0, None, []) == []

        ev = store.events_page(limit=2)
        assert [e[1] for e in ev] == ["e5", "e4"]
        ev2 = store.events_page(before=(ev[-1][0], ev[-1][1]), limit=10)
        assert [e[1] for e in ev2] == ["e3", "e2", "e1"]
        assert [e[1] for e in store.events_page(kind="failed", class_="block")] == ["e2"]
        assert [e[1] for e in store.events_page(address="A@ONE.TEST", event="bounce")] == ["e1"]
        assert [e[1] for e in store.events_page(since=11 * DAY, until=11 * DAY + 2)] == ["e3"]
        assert store.event("e3")["recipient"]["address"] == "c@two.test" and store.event("nope") is None


def test_delivery_latency(store_backend, tmp_path):
    with _open(store_backend, tmp_path) as store:
        _fill(store)
        with store.transaction():
            for i, eid in enumerate(["e1", "e2", "e3"]):
                store.enqueue(eid, "hook", 1000.0)
        ds = store.claim(now=1000.0, due_only=False)
        assert len(ds) == 3
        store.complete(ds[0].id, now=1000.5)
        store.complete(ds[1].id, now=1100.0)
        within, done, total = store.stats_delivery_latency([1.0, 60.0, 3600.0])
        assert (within, done, total) == ([1, 1, 2], 2, pytest.approx(100.5))
        assert store.stats_delivery_latency([]) == ([], 2, pytest.approx(100.5))
