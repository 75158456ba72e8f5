"""``lmtp: metrics:`` / ``milter: metrics:`` / ``pop3: metrics:`` / ``imap: metrics:`` /
``outbox: metrics:``: a service's own counters in Prometheus' format (filter/metrics.py), scraped
over HTTP from the running service and parsed with prometheus-client's text parser."""
from __future__ import annotations

import socket
import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from filter.config import ConfigError, loads
from test_lmtp import POSTFIX_DSN, Client, crlf, service  # noqa: F401 - the fixture
from test_milter_reload import milter_proc  # noqa: F401 - the fixture
from test_imapbridge import imap  # noqa: F401 - the fixture


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(port: int) -> dict[str, float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    return {s.name: s.value for fam in text_string_to_metric_families(text) for s in fam.samples}


def _settled(port: int, name: str, value: float, timeout: float = 5.0) -> dict[str, float]:
    """A scrape once ``name`` reads ``value`` (or the last one after ``timeout``): the server ends a
    session after the client has seen its last reply and closed, so a scrape right after QUIT may
    come first (a CI run on a loaded machine did)."""
    deadline = time.monotonic() + timeout
    while True:
        seen = scrape(port)
        if seen.get(name) == value or time.monotonic() > deadline:
            return seen
        time.sleep(0.05)


def test_the_lmtp_service_serves_its_counters_and_they_follow_what_it_answered(service, tmp_path):
    port = free_port()
    svc = service(lmtp=f"metrics: '127.0.0.1:{port}'", listen="127.0.0.1:0")
    before = scrape(port)
    assert before["bouncefilter_lmtp_messages_total"] == 0 and before["bouncefilter_lmtp_sessions_active"] == 0
    with Client(svc.address) as c:
        [(code, _)] = c.deliver("", ["bounces@example.test"], crlf(POSTFIX_DSN))
        during = scrape(port)
    assert code == 250
    after = _settled(port, "bouncefilter_lmtp_sessions_active", 0)
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


# -- the bridges and the outbox worker (pop3.metrics, imap.metrics, outbox.metrics) ---------------
def scrape_or_none(port: int) -> dict[str, float] | None:
    """None while nothing listens there (the process is starting, or moved its endpoint)."""
    try:
        return scrape(port)
    except OSError:
        return None


def until(port: int, what: str, pred, timeout: float = 60) -> dict[str, float]:
    """The first scrape for which ``pred(metrics)`` holds."""
    import mailstack as ms

    return ms.wait_until(lambda: (m := scrape_or_none(port)) is not None and pred(m) and m, timeout, 0.1, what=what)


@pytest.mark.parametrize("section", ["pop3", "imap", "outbox"])
def test_the_bridges_and_the_outbox_take_the_same_loopback_only_key(tmp_path, section):
    body = "{metrics: '%s', accounts: [{name: a, host: h, username: u, password: '${P}'}]}" \
        if section != "outbox" else "{metrics: '%s'}"
    ok = loads(f"state_dir: {tmp_path}\n{section}: {body % '[::1]:9125'}\n", env={"P": "x"})
    assert getattr(ok, section).metrics == "[::1]:9125" and ok.to_dict()[section]["metrics"] == "[::1]:9125"
    with pytest.raises(ConfigError, match=rf"{section}\.metrics"):
        loads(f"state_dir: {tmp_path}\n{section}: {body % '0.0.0.0:9125'}\n", env={"P": "x"})


@pytest.mark.mailstack
def test_the_pop3_bridge_serves_its_drain_totals_and_a_reload_neither_resets_nor_stops_them(
        dovecot, test_ca, tmp_path):
    """Totals summed over rounds and accounts, read from the running ``pop3bridge``; a SIGHUP
    builds a new bridge with the same totals (a new account is summed in, known bounces count as
    duplicates), and a new ``metrics:`` address moves the endpoint with them."""
    import os
    import signal
    import subprocess
    import sys

    import test_pop3bridge as tp
    from filter.core import model

    port, moved = free_port(), free_port()
    first = tp.account("first", dovecot, test_ca, user="testuser", password="GOOD_PASSWORD")
    second = tp.account("second", dovecot, test_ca)
    cfg = tp.write(tmp_path, tp.config_text(tmp_path, first, pop3=f"  metrics: '127.0.0.1:{port}'\n"))
    mail, human = tp.bounces(3, offset=31), tp.humans(1)
    assert tp.expected(human[0])[0] == model.NOT_BOUNCE
    tp.seed(dovecot, "testuser", mail + human)
    log = tmp_path / "bridge.log"
    with open(log, "w") as err:
        p = subprocess.Popen([sys.executable, "-m", "filter.cli", "pop3bridge", "--config", str(cfg)],
                             stdout=subprocess.DEVNULL, stderr=err, cwd=tp.REPO, env=dict(os.environ, **tp.ENV))
    try:
        m = until(port, "the first drain", lambda m: m["bouncefilter_pop3_done_total"] == 4)
        n = len(tp.stored(tp.load(tmp_path, cfg.read_text())))
        assert (m["bouncefilter_pop3_deleted_total"], m["bouncefilter_pop3_kept_total"],
                m["bouncefilter_pop3_duplicates_total"], m["bouncefilter_pop3_events_total"],
                m["bouncefilter_pop3_rounds_failed_total"], m["bouncefilter_pop3_accounts"]) == (3, 1, 0, n, 0, 1)
        assert m["bouncefilter_pop3_sessions_total"] >= m["bouncefilter_pop3_rounds_total"] >= 1

        more = tp.bounces(2, offset=37)
        tp.seed(dovecot, "bounces", more)   # the second account's, drained after the reload
        tp.seed(dovecot, "testuser", mail)  # the same bounces again: duplicates
        cfg.write_text(tp.config_text(tmp_path, first + second, pop3=f"  metrics: '127.0.0.1:{port}'\n"))
        p.send_signal(signal.SIGHUP)
        m = until(port, "both accounts drained", lambda m: m["bouncefilter_pop3_done_total"] == 9)
        assert (m["bouncefilter_pop3_deleted_total"], m["bouncefilter_pop3_kept_total"],
                m["bouncefilter_pop3_duplicates_total"], m["bouncefilter_pop3_accounts"]) == (8, 1, 3, 2)
        assert m["bouncefilter_pop3_events_total"] == len(tp.stored(tp.load(tmp_path, cfg.read_text()))) > n

        cfg.write_text(tp.config_text(tmp_path, first + second, pop3=f"  metrics: '127.0.0.1:{moved}'\n"))
        p.send_signal(signal.SIGHUP)
        m = until(moved, "the endpoint moved", lambda m: True)
        assert m["bouncefilter_pop3_done_total"] == 9 and m["bouncefilter_pop3_duplicates_total"] == 3
        assert scrape_or_none(port) is None
        p.send_signal(signal.SIGTERM)
        assert p.wait(30) == 0
    finally:
        if p.poll() is None:
            p.kill()
    assert scrape_or_none(moved) is None  # stopped with the bridge
    assert "Traceback" not in log.read_text()


HOOK_ENV = {"HOOK_SECRET": "outbox-metrics-secret"}


def outbox_worker(tmp_path, port: int, app_url: str, gone_url: str):
    """A store with one bounce's deliveries pending for two webhook actions (``app`` and
    ``gone``), and ``outbox work`` started on it with ``outbox.metrics`` on ``port``:
    (the process, its config, the events per action, its stderr file)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from filter.config import load as load_file
    from filter.engine import Engine
    from test_lmtp import POSTFIX_DSN

    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(f"""\
state_dir: {tmp_path / 'state'}
outbox: {{inline: false, tries: 1, retry_initial: 1s, retry_max: 2s, poll_interval: 200ms,
         metrics: '127.0.0.1:{port}'}}
retention: {{interval: 0}}
soft_bounce: {{probation_interval: 0}}
actions:
  app: {{type: webhook, url: '{app_url}', secret: '${{HOOK_SECRET}}', concurrency: 1}}
  gone: {{type: webhook, url: '{gone_url}', secret: '${{HOOK_SECRET}}'}}
rules:
  - {{match: {{event: bounce}}, actions: [app, gone]}}
""")
    config = load_file(cfg, env=HOOK_ENV)
    with Engine(config) as engine:
        assert engine.process(POSTFIX_DSN, source="test").new
        pending = engine.store.counts()["pending"]
    events = pending // 2
    assert events >= 1 and pending == 2 * events
    log = tmp_path / "work.log"
    with open(log, "w") as err:
        p = subprocess.Popen([sys.executable, "-m", "filter.cli", "outbox", "work", "--config", str(cfg)],
                             stdout=subprocess.DEVNULL, stderr=err, cwd=Path(__file__).resolve().parents[1],
                             env=dict(os.environ, **HOOK_ENV))
    return p, config, events, log


def test_the_outbox_worker_serves_delivered_retried_dead_and_pending(tmp_path):
    """``outbox work`` against real webhook receivers: one answering 503 (retried until it comes
    back, then delivered), one answering 400 (dead at once); the pending gauge follows the store."""
    import signal

    from receivers import WebhookReceiver

    from filter.engine import Engine

    port = free_port()
    with WebhookReceiver(HOOK_ENV["HOOK_SECRET"]) as app, WebhookReceiver(HOOK_ENV["HOOK_SECRET"]) as gone:
        app.status, gone.status = 503, 400
        p, config, events, log = outbox_worker(tmp_path, port, app.url, gone.url)
        try:
            down = until(port, "the dead letters and a failed attempt", lambda m: m.get("bouncefilter_outbox_dead_total")
                         == events and m["bouncefilter_outbox_retried_total"] >= 1
                         and m.get("bouncefilter_outbox_pending") == events)
            assert down["bouncefilter_outbox_delivered_total"] == 0 and down["bouncefilter_outbox_passes_total"] >= 1
            app.status = None  # the target is back
            up = until(port, "all delivered", lambda m: m["bouncefilter_outbox_pending"] == 0)
            assert (up["bouncefilter_outbox_delivered_total"], up["bouncefilter_outbox_dead_total"],
                    up["bouncefilter_outbox_passes_failed_total"]) == (events, events, 0)
            assert up["bouncefilter_outbox_retried_total"] >= down["bouncefilter_outbox_retried_total"]
            assert up["bouncefilter_outbox_passes_total"] > down["bouncefilter_outbox_passes_total"]
            assert len(app.accepted) == events and len(gone.accepted) == 0
            p.send_signal(signal.SIGTERM)
            assert p.wait(30) == 0
        finally:
            if p.poll() is None:
                p.kill()
    with Engine(config) as engine:
        counts = engine.store.counts()
    assert (counts["done"], counts["dead"], counts["pending"]) == (events, events, 0)
    assert scrape_or_none(port) is None  # stopped with the worker
    assert "Traceback" not in log.read_text()


def test_a_metrics_port_in_use_leaves_the_outbox_worker_delivering_without(tmp_path):
    """Deliveries matter more than metrics: the worker says why it has none and delivers."""
    import signal

    import mailstack as ms
    from receivers import WebhookReceiver

    from filter.engine import Engine

    secret = HOOK_ENV["HOOK_SECRET"]
    with socket.socket() as taken, WebhookReceiver(secret) as app, WebhookReceiver(secret) as other:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        p, config, events, log = outbox_worker(tmp_path, port, app.url, other.url)
        try:
            ms.wait_until(lambda: len(app.accepted) == len(other.accepted) == events, 30, 0.1, what="every delivery")
            p.send_signal(signal.SIGTERM)
            assert p.wait(30) == 0
        finally:
            if p.poll() is None:
                p.kill()
    with Engine(config) as engine:
        assert engine.store.counts()["done"] == 2 * events
    assert f"metrics: cannot listen on 127.0.0.1:{port}" in log.read_text()


@pytest.mark.mailstack
def test_the_imap_bridge_serves_the_same_totals_from_the_pop3_drain(imap, test_ca, tmp_path):  # noqa: F811
    """imapbridge reuses the POP3 bridge's drain, so its totals come from the same place:
    ``deleted`` counts the bounces moved to ``processed_folder``, ``kept`` the human mail left."""
    import os
    import signal
    import subprocess
    import sys

    import test_imapbridge as ti
    from filter.core import model

    dv = imap
    port = free_port()
    text = ti.config_text(tmp_path, ti.account("hosted", dv, test_ca))
    cfg = ti.write(tmp_path, text.replace("imap:\n", f"imap:\n  metrics: '127.0.0.1:{port}'\n"))
    mail, human = ti.bounces(2, offset=41), ti.humans(1)
    assert ti.expected(human[0])[0] == model.NOT_BOUNCE
    ti.seed(dv, mail + human)
    log = tmp_path / "bridge.log"
    with open(log, "w") as err:
        p = subprocess.Popen([sys.executable, "-m", "filter.cli", "imapbridge", "--config", str(cfg)],
                             stdout=subprocess.DEVNULL, stderr=err, cwd=ti.REPO, env=dict(os.environ, **ti.ENV))
    try:
        m = until(port, "the drain", lambda m: m["bouncefilter_imap_done_total"] == 3)
        assert (m["bouncefilter_imap_deleted_total"], m["bouncefilter_imap_kept_total"],
                m["bouncefilter_imap_duplicates_total"], m["bouncefilter_imap_rounds_failed_total"],
                m["bouncefilter_imap_accounts"]) == (2, 1, 0, 0, 1)
        assert m["bouncefilter_imap_events_total"] == len(ti.stored(ti.load(tmp_path, cfg.read_text())))
        assert dv.folder_count("bounces", "Processed") == 2
        p.send_signal(signal.SIGTERM)
        assert p.wait(30) == 0
    finally:
        if p.poll() is None:
            p.kill()
    assert scrape_or_none(port) is None
    assert "Traceback" not in log.read_text()
