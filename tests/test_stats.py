"""``bouncefilter stats`` (issue 12): a period's bounces by kind / class / reason, top failing
domains, soft-bounce candidates near the threshold, suppressions added, untrusted events; text
and JSON; grouped SQL over the store's indexes."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from filter.core import model
from filter.commands.stats import collect, render
from filter.config import load
from filter.engine import Engine
from filter.store import open_store
from pgstack import execute as sqlx

REPO = Path(__file__).resolve().parents[1]
DAY = 86400.0

#: the ``store:`` section of the engine under test ("" for SQLite: today's configs exactly)
STORE = ""

#: every test of this module runs on SQLite and on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("store_in_module")


def write_config(tmp_path: Path) -> Path:
    p = tmp_path / "bouncefilter.yaml"
    p.write_text(f"state_dir: {tmp_path / 'state'}\n{STORE}soft_bounce: {{threshold: 3, window: 14d}}\n"
                 f"actions: {{list: {{type: suppression_file, path: {tmp_path / 'suppressed'}}}}}\n"
                 "rules:\n  - {match: {event: bounce, class: hard}, actions: [list]}\n"
                 "  - {match: {event: bounce, kind: complaint}, actions: [list]}\n")
    return p


def rec(engine: Engine, t: float, kind: str, *rcpts: tuple[str, str, str], n=[0]) -> None:
    n[0] += 1
    r = model.Report(kind=kind, recipients=[model.RecipientResult(address=a, class_=c, reason=why)
                                            for a, c, why in rcpts])
    engine.record(r, source="pipe", received_at=t, occurred_at=t, digest=f"m{n[0]}".encode(), inline_budget=0)


def populate(cfg: Path, now: float) -> None:
    config = load(cfg)
    clock = [now]
    with Engine(config, clock=lambda: clock[0]) as e:
        old = now - 30 * DAY                      # before the period: not counted
        clock[0] = old
        rec(e, old, "failed", ("old@gmail.example", "hard", "user_unknown"))
        for i, t in enumerate((now - 3 * DAY, now - 2 * DAY, now - 1 * DAY)):
            clock[0] = t
            rec(e, t, "failed", (f"gone{i}@gmail.example", "hard", "user_unknown"))
            rec(e, t, "failed", ("full@yahoo.example", "soft", "mailbox_full"))           # 3: suppressed
            rec(e, t, "failed", (f"blocked{i}@corp.example", "block", "blocked"))
        clock[0] = now - DAY
        for t in (now - 5 * DAY, now - 4 * DAY):                                          # 2 of 3: candidates
            rec(e, t, "failed", ("near@yahoo.example", "soft", "mailbox_full"))
            rec(e, t, "delayed", ("late@gmail.example", "soft", "network_error"))        # delays do not count
        rec(e, now - 4 * DAY, "failed", ("once@yahoo.example", "soft", "mailbox_full"))   # 1: not near
        rec(e, now - 2 * DAY, "failed", ("near2@x.example", "undetermined", "undefined"),
            ("near2b@x.example", "soft", "system_error"))
        rec(e, now - 1 * DAY, "failed", ("near2@x.example", "undetermined", "undefined"))
        rec(e, now - DAY, "complaint", ("angry@gmail.example", "info", "complaint"))
        rec(e, now - DAY, "not_bounce")
        clock[0] = now - DAY
        e.suppress("manual@example.com", reason="asked", inline_budget=0)
        with e.store.transaction():
            for i in range(4):
                e.store.insert_event(id=f"u{i}", event="untrusted", kind="failed", address=f"v{i}@example.com",
                                     class_="hard", reason="user_unknown", source="pipe", received_at=now - DAY,
                                     occurred_at=now - DAY, cause=None, payload={"id": f"u{i}"})
            e.store.insert_event(id="surge", event="untrusted_surge", kind=None, address=None, class_=None,
                                 reason=None, source=None, received_at=now - DAY, occurred_at=now - DAY, cause=None,
                                 payload={"id": "surge"})


def test_stats_numbers(tmp_path):
    cfg = write_config(tmp_path)
    now = time.time()
    populate(cfg, now)
    config = load(cfg)
    with open_store(config) as store:
        s = collect(store, config, since=now - 7 * DAY, now=now + 1, top=3)
    b = s["bounces"]
    # every bounce event of the 7 days (not the one of 30 days ago), not_bounce apart
    assert b["by_kind"] == {"failed": 15, "delayed": 2, "complaint": 1}
    assert b["total"] == 18 and s["not_bounce"] == 1
    assert b["by_class"] == {"soft": 9, "hard": 3, "block": 3, "undetermined": 2, "info": 1}
    assert b["by_reason"][:3] == [{"reason": "mailbox_full", "class": "soft", "count": 6},
                                  {"reason": "blocked", "class": "block", "count": 3},
                                  {"reason": "user_unknown", "class": "hard", "count": 3}]
    assert b["reasons"] == 7
    assert s["domains"] == [
        {"domain": "yahoo.example", "bounces": 6, "addresses": 3, "hard": 0, "soft": 6, "block": 0, "other": 0},
        {"domain": "gmail.example", "bounces": 5, "addresses": 4, "hard": 3, "soft": 2, "block": 0, "other": 0},
        {"domain": "corp.example", "bounces": 3, "addresses": 3, "hard": 0, "soft": 0, "block": 3, "other": 0}]
    c = s["soft_bounce_candidates"]
    assert (c["threshold"], c["at_least"], c["window"], c["count"]) == (3, 2, "14d", 2)
    assert [(a["address"], a["soft_bounces"]) for a in c["addresses"]] == [("near2@x.example", 2),
                                                                          ("near@yahoo.example", 2)]
    sp = s["suppressions"]
    # 3 hard (rule), full@ (soft_bounce policy), angry@ (complaint rule), manual@; old@ before the period
    assert sp["by_policy"] == {"rule": 4, "manual": 1, "soft_bounce": 1} and sp["added"] == 6
    assert sp["listed"] == 7 and sp["by_reason"]["user_unknown"] == 3 and sp["by_reason"]["asked"] == 1
    assert s["untrusted"] == {"events": 4, "surges": 1}
    assert s["events"]["bounce"] == 19 and s["events"]["suppressed"] == 6

    text = render(s)
    assert "Bounces: 18 (not a bounce: 1)" in text
    assert "Top failing domains (failed and delayed)" in text and "yahoo.example" in text
    assert "Soft-bounce candidates: 2 address(es) not suppressed with >= 2 soft bounce(s) within 14d" in text
    assert "Suppressions added: 6 (the list holds 7)" in text
    assert "Untrusted events: 4 (surge alerts: 1)" in text
    assert "By reason (top 3 of 7)" in text
    lines = text.splitlines()
    i = lines.index("By class")
    assert lines[i + 1].split() == ["class", "count", "share"] and lines[i + 2].split() == ["soft", "9", "50.0%"]


def test_cli_text_json_since_and_an_empty_store(tmp_path, store_backend):
    cfg = write_config(tmp_path)
    now = time.time()
    populate(cfg, now)
    r = subprocess.run([sys.executable, "-m", "filter.cli", "stats", "--config", str(cfg), "--format", "json"],
                       capture_output=True, text=True, cwd=REPO, timeout=60)
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["bounces"]["total"] == 18 and s["period"]["seconds"] == 7 * 86400
    day = time.strftime("%Y-%m-%d", time.gmtime(now - 1.5 * DAY))
    r = subprocess.run([sys.executable, "-m", "filter.cli", "stats", "--config", str(cfg), "--since", day],
                       capture_output=True, text=True, cwd=REPO, timeout=60)
    assert r.returncode == 0 and f"bouncefilter stats: {day}T00:00:00Z .. " in r.stdout
    r = subprocess.run([sys.executable, "-m", "filter.cli", "stats", "--config", str(cfg), "--since", "soon"],
                       capture_output=True, text=True, cwd=REPO, timeout=60)
    assert r.returncode == 2 and "--since" in r.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    global STORE
    if store_backend.url:  # a database of its own, as empty as a new SQLite file
        STORE = f"store: {{url: '{store_backend.cluster.url(store_backend.cluster.new_db())}'}}\n"
    r = subprocess.run([sys.executable, "-m", "filter.cli", "stats", "--config", str(write_config(empty))],
                       capture_output=True, text=True, cwd=REPO, timeout=60)
    assert r.returncode == 0 and "Bounces: 0 (not a bounce: 0)" in r.stdout and "(none)" in r.stdout
    assert "stats" in subprocess.run([sys.executable, "-m", "filter.cli", "--help"], capture_output=True,
                                     text=True, cwd=REPO).stdout


def test_addresses_are_escaped_on_the_terminal(tmp_path):
    cfg = write_config(tmp_path)
    config = load(cfg)
    now = time.time()
    with open_store(config) as store:
        with store.transaction():  # a row an older version let in, with an escape sequence
            sqlx(store, "INSERT INTO soft_bounces (address, at, event_id) VALUES (?, ?, 'a'), (?, ?, 'b')",
                 ("x\x1b[2J@example.com", now - 10, "x\x1b[2J@example.com", now - 5))
        s = collect(store, config, since=now - DAY, now=now)
    text = render(s)
    assert "\x1b" not in text and "x\\x1b[2J@example.com" in text


def test_stats_read_through_the_indexes_and_stay_fast(tmp_path, store_backend):
    cfg = write_config(tmp_path)
    config = load(cfg)
    now = time.time()
    with open_store(config) as store:
        if store_backend.url is None:  # SQLite's plan names the index (PostgreSQL's depends on its statistics)
            plans = []
            for sql in ("SELECT event, count(*) FROM events WHERE received_at >= ? AND received_at < ? GROUP BY event",):
                plans += [r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + sql, (0, 1))]
            assert any("events_received" in p for p in plans), plans
        rows = []
        for i in range(100_000):  # a year of bounces, 7 days of them in the period
            t = now - (i % 365) * DAY - 1
            a = f"u{i % 2000}@d{i % 500}.example"
            rows.append((f"e{i}", "bounce", "failed", a, "soft" if i % 3 else "hard",
                         "mailbox_full" if i % 3 else "user_unknown", "pipe", t, t, None, "{}"))
        with store.transaction():
            store.insert_events_many(rows)
        store.load("soft_bounces", [(r[3], r[7], r[0]) for r in rows if r[4] == "soft"])
        started = time.monotonic()
        s = collect(store, config, since=now - 7 * DAY, now=now)
        took = time.monotonic() - started
    print(f"\nstats over 100,000 events (1,918 in the period): {took * 1000:.0f} ms")
    assert s["bounces"]["total"] == 1918
    assert s["domains"][0]["bounces"] > 0 and s["soft_bounce_candidates"]["count"] > 0
    assert took < 2.0
