"""``lmtp: metrics:`` / ``milter: metrics:``: a service's own counters in Prometheus' format
(filter/metrics.py), scraped over HTTP from the running service and parsed with
prometheus-client's text parser."""
from __future__ import annotations

import socket
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from filter.config import ConfigError, loads
from test_lmtp import POSTFIX_DSN, Client, crlf, service  # noqa: F401 - the fixture
from test_milter_reload import milter_proc  # noqa: F401 - the fixture


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(port: int) -> dict[str, float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    return {s.name: s.value for fam in text_string_to_metric_families(text) for s in fam.samples}


def test_the_lmtp_service_serves_its_counters_and_they_follow_what_it_answered(service, tmp_path):
    port = free_port()
    svc = service(lmtp=f"metrics: '127.0.0.1:{port}'", listen="127.0.0.1:0")
    before = scrape(port)
    assert before["bouncefilter_lmtp_messages_total"] == 0 and before["bouncefilter_lmtp_sessions_active"] == 0
    with Client(svc.address) as c:
        [(code, _)] = c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))
        during = scrape(port)
    assert code == 250
    after = scrape(port)
    assert during["bouncefilter_lmtp_sessions_active"] == 1
    assert (after["bouncefilter_lmtp_messages_total"], after["bouncefilter_lmtp_recorded_total"],
            after["bouncefilter_lmtp_tempfailed_total"], after["bouncefilter_lmtp_events_new_total"]) == (1, 1, 0, 2)
    assert after["bouncefilter_lmtp_sessions_active"] == 0 and after["bouncefilter_lmtp_sessions_peak"] == 1
    svc.stop()
    with pytest.raises(OSError):  # stopped with the service
        scrape(port)


def test_a_metrics_port_in_use_leaves_the_service_running_without(service, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        svc = service(lmtp=f"metrics: '127.0.0.1:{port}'", listen="127.0.0.1:0")
        assert svc.metrics is None
        with Client(svc.address) as c:
            [(code, _)] = c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))
        assert code == 250


@pytest.mark.parametrize("section", ["lmtp", "milter"])
@pytest.mark.parametrize("listen, ok", [("127.0.0.1:9125", True), ("[::1]:9125", True), ("localhost:9125", True),
                                        ("0.0.0.0:9125", False), ("192.0.2.7:9125", False), ("9125", False)])
def test_metrics_listen_only_on_loopback(tmp_path, section, listen, ok):
    text = f"state_dir: {tmp_path}\n{section}: {{metrics: '{listen}'}}\n"
    if ok:
        assert getattr(loads(text), section).metrics == listen
    else:
        with pytest.raises(ConfigError, match=rf"{section}\.metrics"):
            loads(text)


def test_the_milter_serves_its_counters_across_a_reload_and_sighup_still_reloads(milter_proc, tmp_path):
    from test_milter_reload import MilterClient, config, dsn

    port = free_port()
    m = milter_proc(f"metrics: '127.0.0.1:{port}'")
    with MilterClient(m.port) as c:
        assert c.message(dsn(1))[0] == b"a"
        m.reload(config(tmp_path, f"metrics: '127.0.0.1:{port}', discard: [failed]"))
        assert c.message(dsn(2))[0] == b"d"
    got = scrape(port)
    assert (got["bouncefilter_milter_messages_total"], got["bouncefilter_milter_recorded_total"],
            got["bouncefilter_milter_discarded_total"], got["bouncefilter_milter_reloads_total"],
            got["bouncefilter_milter_queue_full_total"], got["bouncefilter_milter_errors_total"]) == (2, 2, 1, 1, 0, 0)
    assert got["bouncefilter_milter_queued"] == 0
    assert m.stop() == 0 and "Traceback" not in m.log()
