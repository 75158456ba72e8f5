"""Probation (issue 15 part 2, docs/hygiene.md): soft suppressions expire after a quiet period.

Every test runs on both store engines (SQLite and a private PostgreSQL) and on simulated time: the
engine's clock is a variable the test moves.  The events are checked where the rules send them (a
``log`` action's file) and the suppression list where the ``suppression_file`` action mirrors it.
"""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dnsstack
from filter.config import ConfigError, loads
from filter.engine import Engine
from filter.hygiene.probation import run as probation
from receivers import fake_classify, fake_message

REPO = Path(__file__).resolve().parents[1]
DAY = 86400.0
STORE = ""

#: every test of this module runs on SQLite and on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("store_in_module")


class Clock:
    """Simulated time: the engine reads it, the test moves it."""

    def __init__(self, t: float):
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, days: float) -> None:
        self.t += days * DAY


def config_text(tmp_path: Path, soft: str = "", extra: str = "") -> str:
    return f"""\
state_dir: {tmp_path / 'state'}
{STORE}soft_bounce: {{threshold: 3, window: 14d, reset_after: 30d{', ' + soft if soft else ''}}}
actions:
  events: {{type: log, path: {tmp_path / 'events.jsonl'}}}
  list: {{type: suppression_file, path: {tmp_path / 'suppressed'}, format: plain}}
rules:
  - {{match: {{event: bounce, class: hard}}, actions: [list]}}
  - {{match: {{event: bounce, kind: complaint}}, actions: [list]}}
  - {{match: {{event: [suppressed, unsuppressed, probation, resuppressed]}}, actions: [events]}}
{extra}"""


def make_engine(tmp_path: Path, clock: Clock, **kw) -> Engine:
    return Engine(loads(config_text(tmp_path, **kw), base=tmp_path), classify=fake_classify, clock=clock)


_n = [0]


def bounce(e: Engine, spec: str, kind: str = "failed"):
    """One bounce, received now (simulated): no Date header, so it counts at the engine's clock."""
    _n[0] += 1
    return e.process(fake_message(spec, kind=kind, message_id=f"m{_n[0]}"), source="test")


def soft(e: Engine, address: str):
    return bounce(e, f"{address} soft mailbox_full 4.2.2")


def suppress_by_soft_bounces(e: Engine, clock: Clock, address: str) -> None:
    for _ in range(3):
        soft(e, address)
        clock.advance(1)
    assert e.store.suppression(address)["policy"] == "soft_bounce"


def logged(tmp_path: Path) -> list[dict]:
    p = tmp_path / "events.jsonl"
    return [json.loads(x) for x in p.read_text().splitlines()] if p.exists() else []


def listed(tmp_path: Path) -> list[str]:
    p = tmp_path / "suppressed"
    return p.read_text().split() if p.exists() else []


def test_a_soft_suppression_goes_on_probation_after_the_quiet_period(tmp_path):
    clock = Clock(1_700_000_000.0)
    e = make_engine(tmp_path, clock)
    suppress_by_soft_bounces(e, clock, "jo@example.com")
    assert listed(tmp_path) == ["jo@example.com"]
    clock.advance(12)  # 13 quiet days since the last bounce: not yet
    r = probation(e)
    assert r.probation == [] and e.store.suppression("jo@example.com") is not None
    clock.advance(2)
    r = probation(e, inline_budget=5)
    assert r.probation == ["jo@example.com"] and r.events == 1
    # sendable again: off the list and off the file, as `suppression remove` takes it off
    assert e.store.suppression("jo@example.com") is None
    assert listed(tmp_path) == []
    assert e.store.soft_bounce_count("jo@example.com") == 0
    mark = e.store.hygiene("jo@example.com")
    assert mark["state"] == "probation" and mark["due"] == pytest.approx(clock.t + 30 * DAY)
    ev = [x for x in logged(tmp_path) if x["event"] == "probation"]
    assert len(ev) == 1 and ev[0]["recipient"]["address"] == "jo@example.com"
    assert ev[0]["probation"]["strikes"] == 0 and ev[0]["suppression"]["policy"] == "soft_bounce"
    # a second run finds nothing more to do
    assert probation(e).probation == []
    e.close()


def test_one_soft_bounce_in_probation_resuppresses_and_the_second_time_for_good(tmp_path):
    clock = Clock(1_700_000_000.0)
    e = make_engine(tmp_path, clock)
    a = "kim@example.com"
    suppress_by_soft_bounces(e, clock, a)
    clock.advance(15)
    assert probation(e, inline_budget=5).probation == [a]
    clock.advance(3)
    out = soft(e, a)  # one soft bounce (the threshold is 3): suppressed again at once
    assert [x["event"] for x in out.events] == ["bounce", "resuppressed"]
    assert out.events[1]["probation"] == {"strikes": 1, "final": False,
                                          "since": out.events[1]["probation"]["since"]}
    row = e.store.suppression(a)
    assert row["policy"] == "soft_bounce" and listed(tmp_path) == [a]
    # strike one: probation again after another quiet period
    clock.advance(15)
    assert probation(e, inline_budget=5).probation == [a]
    assert e.store.hygiene(a)["strikes"] == 1 and listed(tmp_path) == []
    clock.advance(1)
    out = soft(e, a)
    assert out.events[1]["event"] == "resuppressed" and out.events[1]["probation"]["final"] is True
    assert e.store.suppression(a)["policy"] == "probation"  # for good: never on probation again
    clock.advance(100)
    assert probation(e).probation == [] and e.store.suppression(a) is not None
    assert [x["event"] for x in logged(tmp_path)] == ["suppressed", "probation", "resuppressed", "probation",
                                                      "resuppressed"]
    e.close()


def test_probation_max_zero_makes_the_first_resuppression_final(tmp_path):
    clock = Clock(1_700_000_000.0)
    e = make_engine(tmp_path, clock, soft="probation_max: 0, probation_after: 7d")
    suppress_by_soft_bounces(e, clock, "lee@example.com")
    clock.advance(7)
    assert probation(e).probation == ["lee@example.com"]
    soft(e, "lee@example.com")
    assert e.store.suppression("lee@example.com")["policy"] == "probation"
    e.close()


def test_probation_ends_quietly_and_the_address_is_ordinary_again(tmp_path):
    clock = Clock(1_700_000_000.0)
    e = make_engine(tmp_path, clock, soft="probation_for: 10d")
    a = "max@example.com"
    suppress_by_soft_bounces(e, clock, a)
    clock.advance(14)
    probation(e)
    clock.advance(9)
    assert probation(e).graduated == [] and e.store.hygiene(a)["state"] == "probation"
    clock.advance(2)
    assert probation(e).graduated == [a] and e.store.hygiene(a) is None
    soft(e, a)  # one soft bounce no longer suppresses: the threshold counts again
    assert e.store.suppression(a) is None and e.store.soft_bounce_count(a) == 1
    e.close()


def test_a_bounce_from_before_the_probation_does_not_count_against_it(tmp_path):
    """A backfill of an old soft bounce (its Date before the probation began) is history, not a strike."""
    from email.utils import formatdate

    clock = Clock(time.time())
    e = make_engine(tmp_path, clock)
    a = "old@example.com"
    clock.advance(-40)
    suppress_by_soft_bounces(e, clock, a)
    clock.advance(37)  # now
    probation(e)
    out = e.process(fake_message(f"{a} soft mailbox_full 4.2.2", message_id="late",
                                 date=formatdate(clock.t - 20 * DAY)), source="test")
    assert [x["event"] for x in out.events] == ["bounce"] and e.store.suppression(a) is None
    e.close()


def test_hard_bounces_complaints_and_manual_suppressions_never_go_on_probation(tmp_path):
    clock = Clock(1_700_000_000.0)
    e = make_engine(tmp_path, clock)
    bounce(e, "hard@example.com hard user_unknown 5.1.1")
    bounce(e, "spam@example.com info complaint", kind="complaint")
    e.suppress("hand@example.com")
    suppress_by_soft_bounces(e, clock, "soft@example.com")
    clock.advance(400)
    r = probation(e)
    assert r.probation == ["soft@example.com"]
    for a in ("hard@example.com", "spam@example.com", "hand@example.com"):
        assert e.store.suppression(a) is not None and e.store.hygiene(a) is None
    e.close()


def test_dry_run_changes_nothing(tmp_path):
    clock = Clock(1_700_000_000.0)
    e = make_engine(tmp_path, clock)
    for a in ("a@example.com", "b@example.com"):
        suppress_by_soft_bounces(e, clock, a)
    clock.advance(20)
    r = probation(e, dry_run=True)
    assert sorted(r.probation) == ["a@example.com", "b@example.com"] and r.dry_run
    assert len(e.store.suppressed()) == 2 and e.store.hygiene("a@example.com") is None
    assert [x["event"] for x in logged(tmp_path)] == ["suppressed", "suppressed"]
    e.close()


def test_a_delivery_notice_or_a_manual_removal_forgets_the_strikes(tmp_path):
    clock = Clock(1_700_000_000.0)
    e = make_engine(tmp_path, clock)
    a = "dee@example.com"
    suppress_by_soft_bounces(e, clock, a)
    clock.advance(15)
    probation(e)
    bounce(e, f"{a} info delivered 2.0.0", kind="delivered")
    assert e.store.hygiene(a) is None
    soft(e, a)
    assert e.store.suppression(a) is None  # an ordinary soft bounce again
    b = "eve@example.com"
    suppress_by_soft_bounces(e, clock, b)
    clock.advance(15)
    probation(e)
    soft(e, b)
    assert e.store.hygiene(b)["strikes"] == 1
    e.unsuppress(b)
    assert e.store.hygiene(b) is None and e.store.suppression(b) is None
    e.close()


def test_probation_after_zero_turns_it_off(tmp_path):
    clock = Clock(1_700_000_000.0)
    e = make_engine(tmp_path, clock, soft="probation_after: 0")
    suppress_by_soft_bounces(e, clock, "z@example.com")
    clock.advance(1000)
    assert probation(e).probation == [] and e.store.suppression("z@example.com") is not None
    e.close()


def test_the_config_checks_the_probation_keys(tmp_path):
    with pytest.raises(ConfigError) as err:
        loads("soft_bounce: {probation_max: -1, probation_after: soon, probation_verify: 1, probation_for: 0}\n")
    text = str(err.value)
    for key in ("probation_max: must be at least 0", "probation_after:", "probation_verify: expected true or false",
                "probation_for: must be greater than zero"):
        assert key in text, text
    c = loads("soft_bounce: {probation_after: 7d, probation_max: 2, probation_verify: true}\n")
    sb = c.soft_bounce
    assert (sb.probation_after, sb.probation_max, sb.probation_verify, sb.probation_for) == (7 * DAY, 2, True, 30 * DAY)
    assert c.to_dict()["soft_bounce"]["probation_after"] == "7d"


def test_the_rules_can_route_the_new_events(tmp_path):
    c = loads("actions: {a: {type: log, path: /tmp/x}}\nrules:\n  - {match: {event: [probation, resuppressed, "
              "reconfirm_sent, reconfirmed, removed]}, actions: [a]}\n")
    assert c.rules[0].match.event == ("probation", "resuppressed", "reconfirm_sent", "reconfirmed", "removed")


# -- verify at the end of the quiet period: a real DNS server ------------------------------------
@pytest.fixture(scope="module")
def dns_server():
    why = dnsstack.unavailable_reason()
    if why:
        pytest.skip(f"dns: {why}")
    with dnsstack.NsdServer() as server:
        yield server


def test_probation_verify_keeps_undeliverable_addresses_suppressed(tmp_path, dns_server):
    clock = Clock(1_700_000_000.0)
    extra = f"dns: {{nameservers: ['{dns_server.address}'], lifetime: 2s}}\nverify: {{test_domains: true}}\n"
    e = make_engine(tmp_path, clock, soft="probation_verify: true", extra=extra)
    for a in ("ok@good.test", "gone@nullmx.test", "nx@nxdomain-here.test"):
        suppress_by_soft_bounces(e, clock, a)
    clock.advance(15)
    r = probation(e, inline_budget=5)
    assert r.probation == ["ok@good.test"]
    held = dict(r.held)
    assert set(held) == {"gone@nullmx.test", "nx@nxdomain-here.test"}
    assert "null_mx" in held["gone@nullmx.test"] and "domain_not_found" in held["nx@nxdomain-here.test"]
    assert sorted(listed(tmp_path)) == ["gone@nullmx.test", "nx@nxdomain-here.test"]
    mark = e.store.hygiene("gone@nullmx.test")
    assert mark["state"] == "held" and "null_mx" in mark["note"]
    # held for another quiet period, then looked at again (and still kept)
    clock.advance(1)
    assert probation(e).held == []
    clock.advance(14)
    assert {a for a, _ in probation(e).held} == {"gone@nullmx.test", "nx@nxdomain-here.test"}
    e.close()


# -- the command and the worker --------------------------------------------------------------------
def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=timeout)


def _old_soft_suppression(tmp_path: Path, address: str, soft: str = "") -> Path:
    """A config file, and a soft suppression made 20 days ago (the commands run on real time)."""
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(config_text(tmp_path, soft=soft))
    clock = Clock(time.time() - 20 * DAY)
    e = make_engine(tmp_path, clock, soft=soft)
    suppress_by_soft_bounces(e, clock, address)
    e.close()
    return cfg


def test_cli_suppression_probation_dry_run_then_for_real(tmp_path):
    cfg = _old_soft_suppression(tmp_path, "cli@example.com")
    r = cli("suppression", "probation", "--config", str(cfg), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "cli@example.com: would go on probation" in r.stdout and "would put 1" in r.stderr
    assert listed(tmp_path) == ["cli@example.com"]
    r = cli("suppression", "probation", "--config", str(cfg), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["probation"] == ["cli@example.com"]
    assert listed(tmp_path) == []  # mirrored within the inline budget
    r = cli("suppression", "check", "cli@example.com", "--config", str(cfg))
    assert r.returncode == 1


def test_cli_probation_with_a_bad_config_is_a_message_not_a_traceback(tmp_path):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("soft_bounce: {probation_max: lots}\n")
    r = cli("suppression", "probation", "--config", str(cfg))
    assert r.returncode == 78 and "probation_max: expected an integer" in r.stderr  # EX_CONFIG
    assert "Traceback" not in r.stderr


def test_outbox_work_runs_probation_on_its_period(tmp_path):
    cfg = _old_soft_suppression(tmp_path, "w@example.com", soft="probation_interval: 1h")
    proc = subprocess.Popen([sys.executable, "-m", "filter.cli", "outbox", "work", "--config", str(cfg)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and listed(tmp_path):
            time.sleep(0.2)
        assert listed(tmp_path) == []  # lifted, and the worker delivered the file's update
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "put 1 address(es) on probation" in err
    assert [x["event"] for x in logged(tmp_path)][-1] == "probation"
