"""A target that keeps failing is said (issue 12): a WARNING line and a ``delivery_failing`` event."""
from __future__ import annotations

import json
import logging

from receivers import WebhookReceiver, fake_classify, fake_message

from filter.config import loads
from filter.engine import Engine

SECRET = "alert-secret"


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def engine(tmp_path, url: str, clock: Clock, extra: str = "") -> Engine:
    text = (f"state_dir: {tmp_path / 'state'}\noutbox: {{alert_after: 1h, tries: 1, backoff_initial: 0s}}\n"
            f"actions:\n  app: {{type: webhook, url: '{url}', secret: '${{S}}', timeout: 2s}}\n"
            "rules:\n  - {match: {class: hard}, actions: [app]}\n"
            "  - {match: {event: delivery_failing}, actions: [alert, app]}\n" + extra)
    return Engine(loads(text, env={"S": SECRET}), classify=fake_classify, clock=clock)


def alerts(tmp_path) -> list[dict]:
    path = tmp_path / "state" / "alerts.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_a_target_failing_past_alert_after_raises_one_alert_per_period(tmp_path, caplog):
    clock = Clock()
    with WebhookReceiver(SECRET) as rx:
        rx.status = 503
        e = engine(tmp_path, rx.url, clock)
        e.process(fake_message("gone@example.com hard user_unknown 5.1.1"), source="pipe")
        e.deliver(due_only=False)                       # failing, but not for long yet
        assert not list(e.store.events(event="delivery_failing"))
        clock.t += 2 * 3600
        with caplog.at_level(logging.WARNING, logger="bouncefilter.outbox"):
            e.deliver(due_only=False)
        [ev] = list(e.store.events(event="delivery_failing"))
        assert ev["delivery"]["action"] == "app" and "503" in ev["delivery"]["error"]
        assert any("action app has been failing" in r.getMessage() for r in caplog.records)
        e.deliver(due_only=False)                       # the alert goes out; app fails once more
        assert [a["event"] for a in alerts(tmp_path)] == ["delivery_failing"]
        assert len(list(e.store.events(event="delivery_failing"))) == 1   # one per period
        # never to the failing action itself: app got bounce deliveries only
        assert {r.json["event"] for r in rx.requests} == {"bounce"}
        clock.t += 3600                                 # the next period says it again
        e.deliver(due_only=False)
        assert len(list(e.store.events(event="delivery_failing"))) == 2
        e.close()


def test_alert_after_zero_never_alerts(tmp_path):
    clock = Clock()
    with WebhookReceiver(SECRET) as rx:
        rx.status = 503
        e = Engine(loads((f"state_dir: {tmp_path / 'state2'}\noutbox: {{alert_after: 0s, tries: 1}}\n"
                          f"actions:\n  app: {{type: webhook, url: '{rx.url}', secret: '${{S}}'}}\n"
                          "rules:\n  - {match: {class: hard}, actions: [app]}\n"), env={"S": SECRET}),
                   classify=fake_classify, clock=clock)
        e.process(fake_message("gone@example.com hard user_unknown 5.1.1"), source="pipe")
        clock.t += 86400
        e.deliver(due_only=False)
        assert not list(e.store.events(event="delivery_failing"))
        e.close()
