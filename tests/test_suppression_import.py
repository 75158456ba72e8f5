"""``bouncefilter suppression import`` and ``Engine.suppress_many`` (issue 12): 100,000 addresses in
seconds, idempotent, one transaction, every address through the address rule, ``suppressed``
events through the rules, each suppression file rewritten once."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from filter.core.address import AddressError
from filter.config import load
from filter.engine import Engine, event_id
from filter.store import open_store
from pgstack import execute as sqlx

REPO = Path(__file__).resolve().parents[1]
ENV = {"HOOK_SECRET": "s"}


#: the ``store:`` section of the engine under test ("" for SQLite: today's configs exactly)
STORE = ""

#: every test of this module runs on SQLite and on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("store_in_module")


def write_config(tmp_path: Path, *, postmap: bool = True, extra_actions: str = "", rules: str | None = None,
                 list_path: Path | None = None) -> Path:
    counter = tmp_path / "postmap-runs"
    script = tmp_path / "fake-postmap"
    script.write_text(f"#!/bin/sh\necho \"$@\" >> {counter}\n")
    script.chmod(0o755)
    if rules is None:
        rules = ("  - {match: {class: hard}, actions: [suppress, app]}\n"
                 "  - {match: {event: [suppressed, unsuppressed]}, actions: [app]}\n")
    p = tmp_path / "bouncefilter.yaml"
    p.write_text(f"""\
state_dir: {tmp_path / 'state'}
{STORE}outbox: {{inline_budget: 0}}
actions:
  app: {{type: webhook, url: 'http://127.0.0.1:9/hook', secret: '${{HOOK_SECRET}}'}}
  suppress:
    type: suppression_file
    path: {list_path or tmp_path / 'lists' / 'suppressed'}
    format: postfix
    postmap: {'true' if postmap else 'false'}
    postmap_command: [{script}]
{extra_actions}rules:
{rules}""")
    return p


def cli(*args, stdin: str | None = None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env=dict(os.environ, **ENV), input=stdin, timeout=timeout)


def store_of(cfg: Path):
    return open_store(load(cfg, env=ENV))


# -- acceptance: 100,000 addresses in < 10 s ------------------------------------------------------
def test_import_of_100000_addresses_takes_seconds_one_rewrite_and_is_idempotent(tmp_path):
    cfg = write_config(tmp_path)
    lines = ["# exported from the old tool", ""]
    lines += [f"Customer.{i}@Mail{i % 1000}.example.com" for i in range(100_000)]
    lines[5000] = "not an address"
    lines.append("  trailing@example.org   # moved away  ")
    src = tmp_path / "list.txt"
    src.write_text("\n".join(lines) + "\n")
    # one address is on the list already (a rule suppressed it): left as it is
    with Engine(load(cfg, env=ENV)) as e, e.store.transaction():
        e.store.suppress("customer.7@mail7.example.com", reason="user_unknown", class_="hard", kind="failed",
                         policy="rule", event_id="b0", at=1.0)

    before = os.times()
    started = time.monotonic()
    r = cli("suppression", "import", str(src), "--config", str(cfg))
    took = time.monotonic() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    busy = os.getloadavg()[0]
    print(f"\nimport of 100,000 addresses: {took:.1f}s (the command, start to exit; {cpu:.1f}s of CPU; "
          f"load average {busy:.1f} on {os.cpu_count()} CPUs)\n{r.stdout}")
    # < 10 s on the embedded SQLite store (issue 12); PostgreSQL's server shares the same two CPUs
    # with the command (and with the test cluster's other databases): 30 s.  On a machine busy with
    # other work (more runnable processes than CPUs) the command gets only its share of a CPU, and
    # the bound grows by that much
    bound = 30.0 if "postgresql" in STORE else 10.0
    assert took < bound * max(1.0, busy / (os.cpu_count() or 1)), took
    assert r.returncode == 1, r.stderr                          # one bad line
    assert f"{src}:5001: not an address: not an address (local@domain)" in r.stderr
    assert "import: 99999 suppressed, 1 already suppressed (skipped), 1 bad line(s) not imported" in r.stdout

    with store_of(cfg) as s:
        assert s.suppression_count() == 100_000
        assert s.suppression("customer.7@mail7.example.com")["policy"] == "rule"     # untouched
        row = s.suppression("trailing@example.org")
        assert (row["reason"], row["policy"]) == ("manual", "manual")
        counts = s.counts()
        # the list file's 99,999 deliveries done by the one rewrite; the webhook's left to the worker
        assert counts == {"pending": 99_999, "done": 99_999, "dead": 0}
        assert sqlx(s, "SELECT count(*) FROM outbox WHERE state='pending' AND action != 'app'")[0][0] == 0
        assert sqlx(s, "SELECT count(*) FROM events WHERE event='suppressed' AND source='import'"
                            )[0][0] == 99_999
    listed = (tmp_path / "lists" / "suppressed").read_text().splitlines()
    assert len(listed) == 1 + 99_999          # the header comment, one line per new address (the rule's
    assert "customer.12@mail12.example.com REJECT 5.1.1 suppressed: manual" in listed  # row was never mirrored)
    assert (tmp_path / "postmap-runs").read_text().count("\n") == 1                    # one rewrite, one postmap

    # idempotent: again, nothing new
    r = cli("suppression", "import", str(src), "--config", str(cfg))
    assert "import: 0 suppressed, 100000 already suppressed (skipped), 1 bad line(s)" in r.stdout
    with store_of(cfg) as s:
        assert s.counts() == {"pending": 99_999, "done": 99_999, "dead": 0}
        assert s.table_counts()["events"] == 99_999
    assert (tmp_path / "postmap-runs").read_text().count("\n") == 1


# -- formats --------------------------------------------------------------------------------------
def test_csv_with_reason_and_bouncestudio_code_columns(tmp_path):
    cfg = write_config(tmp_path, postmap=False)
    src = tmp_path / "old-tool.csv"
    src.write_text("\ufeffEmail,Reason,BounceStudio_Code\r\n"
                   "a@example.com,user_unknown,\r\n"
                   "b@example.com,,22\r\n"
                   "c@example.com,,51\r\n"
                   "d@example.com,asked by phone,\r\n"
                   "e@example.com,,\r\n"
                   "\"f@example.com\",,0\r\n"
                   "g@example.com,,77\r\n"
                   "bad@,user_unknown,\r\n"
                   "h@example.com,Mailbox_Full,10\r\n")
    r = cli("suppression", "import", str(src), "--config", str(cfg), "--reason", "migrated")
    assert r.returncode == 1
    assert f"{src}:8: '77' is not a BounceStudio code" in r.stderr
    assert f"{src}:9: bad@: not an address" in r.stderr
    assert "import: 7 suppressed, 0 already suppressed (skipped), 2 bad line(s) not imported" in r.stdout
    with store_of(cfg) as s:
        got = {r["address"]: (r["reason"], r["class"]) for r in s.suppressed()}
    assert got == {"a@example.com": ("user_unknown", "hard"), "b@example.com": ("mailbox_full", "soft"),
                   "c@example.com": ("bad_reputation", "block"), "d@example.com": ("asked by phone", None),
                   "e@example.com": ("migrated", None), "f@example.com": ("migrated", None),
                   "h@example.com": ("mailbox_full", "soft")}


def test_an_export_reads_back_as_it_was(tmp_path):
    cfg = write_config(tmp_path, postmap=False)
    src = tmp_path / "in.txt"
    src.write_text("x@example.com\n=cmd@example.com\n")
    assert cli("suppression", "import", str(src), "--config", str(cfg), "--reason", "+trap").returncode == 0
    out = tmp_path / "out.csv"
    assert cli("suppression", "export", "--format", "csv", "-o", str(out), "--config", str(cfg)).returncode == 0
    assert "'=cmd@example.com,'+trap" in out.read_text()      # a spreadsheet shows it as text
    (tmp_path / "2").mkdir()
    cfg2 = write_config(tmp_path / "2", postmap=False)
    r = cli("suppression", "import", str(out), "--config", str(cfg2))
    assert r.returncode == 0, r.stderr
    with store_of(cfg) as a, store_of(cfg2) as b:
        assert [(r["address"], r["reason"]) for r in a.suppressed()] == \
               [(r["address"], r["reason"]) for r in b.suppressed()] == \
               [("=cmd@example.com", "+trap"), ("x@example.com", "+trap")]


def test_plain_from_stdin_comments_and_bad_lines(tmp_path):
    cfg = write_config(tmp_path, postmap=False)
    text = ("# a comment\n\nok@example.com  # a note\n#not@example.com\nline with spaces@example.com\n"
            "ctl\x1b[2J@example.com\n" + "x" * 70 + "@example.com\nOK@EXAMPLE.COM\n")
    r = cli("suppression", "import", "-", "--config", str(cfg), stdin=text)
    assert r.returncode == 1
    assert "<stdin>:5: line with spaces@example.com: not an address" in r.stderr
    assert "<stdin>:6: ctl\\x1b[2J@example.com: not an address" in r.stderr    # escaped on the terminal
    assert "<stdin>:7:" in r.stderr and "\x1b" not in r.stderr
    assert "import: 1 suppressed, 1 already suppressed (skipped), 3 bad line(s)" in r.stdout
    r = cli("suppression", "import", "-", "--config", str(cfg), stdin="fine@example.com\n")
    assert r.returncode == 0 and "import: 1 suppressed" in r.stdout
    r = cli("suppression", "import", str(tmp_path / "missing.txt"), "--config", str(cfg))
    assert r.returncode == 1 and "missing.txt: No such file" in r.stderr
    r = cli("suppression", "import", "-", "--config", str(cfg), "--format", "csv", stdin="who,what\nx@y.z,1\n")
    assert r.returncode == 2 and "names no address column" in r.stderr


# -- the engine's bulk path -------------------------------------------------------------------------
def test_suppress_many_makes_what_suppress_makes(tmp_path):
    cfg = write_config(tmp_path, postmap=False, rules="  - {match: {event: suppressed, reason: user_unknown}, "
                                                      "actions: [app]}\n")
    clock = [1_700_000_000.0]
    with Engine(load(cfg, env=ENV), clock=lambda: clock[0]) as e:
        one = e.suppress("one@example.com", reason="user_unknown", inline_budget=0)
        out = e.suppress_many([("Two@Example.com", "user_unknown"), "three@example.com", "two@example.com",
                               "one@example.com"], inline_budget=0)
        assert out.added == ["two@example.com", "three@example.com"] and out.skipped == 2
        assert out.mirrored == {"suppress": None}
        single = one.events[0]
        rows = {r["address"]: r for r in e.store.suppressed()}
        events = {p["recipient"]["address"]: p for p in e.store.events(event="suppressed")}
        two = events["two@example.com"]
        # the same payload, key for key (the bulk path writes it from a template)
        assert list(two) == [k for k in single if k != "_t"] and two["source"] == "import"
        assert two["suppression"] == {"reason": "user_unknown", "class": "hard", "policy": "manual",
                                      "first_seen": "2023-11-14T22:13:20Z", "last_seen": "2023-11-14T22:13:20Z"}
        # ids as suppress() makes them: the row names its cause, the event derives from it
        cause = event_id("manual", "two@example.com", "suppressed", repr(clock[0]))
        assert rows["two@example.com"]["event_id"] == cause and two["id"] == event_id(cause, "suppressed")
        # the rules: app only for user_unknown; the list file for every one, done at once
        got = sorted((r[0], r[1], r[2]) for r in sqlx(e.store, 
            "SELECT e.address, o.action, o.state FROM outbox o JOIN events e ON e.id = o.event_id"))
        assert got == [("one@example.com", "app", "pending"), ("one@example.com", "suppress", "pending"),
                       ("three@example.com", "suppress", "done"),
                       ("two@example.com", "app", "pending"), ("two@example.com", "suppress", "done")]
        assert sqlx(e.store, "SELECT count(*) FROM outbox WHERE lease_owner IS NOT NULL")[0][0] == 0
    assert (tmp_path / "lists" / "suppressed").read_text().splitlines()[1:] == [
        "three@example.com REJECT 5.1.1 suppressed: manual", "two@example.com REJECT 5.1.1 suppressed: user_unknown"]


def test_suppress_many_refuses_a_bad_address_before_writing_anything(tmp_path):
    cfg = write_config(tmp_path, postmap=False)
    with Engine(load(cfg, env=ENV)) as e:
        with pytest.raises(AddressError):
            e.suppress_many(["good@example.com", "bad\r\n@example.com"])
        assert e.store.table_counts() == {"events": 0, "outbox": 0, "messages": 0, "soft_bounces": 0,
                                          "suppression": 0}


def test_a_list_that_cannot_be_written_is_left_to_the_worker(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    cfg = write_config(tmp_path, postmap=False, list_path=blocker / "suppressed")
    src = tmp_path / "in.txt"
    src.write_text("".join(f"u{i}@example.com\n" for i in range(1200)))
    r = cli("suppression", "import", str(src), "--config", str(cfg))
    assert r.returncode == 0, r.stderr
    assert "import: 1200 suppressed" in r.stdout and "suppress (not rewritten:" in r.stdout
    with store_of(cfg) as s:
        assert sqlx(s, "SELECT count(*) FROM outbox WHERE action='suppress' AND state='pending'"
                            " AND lease_owner IS NULL")[0][0] == 1200       # free for the worker
    blocker.unlink()
    r = cli("outbox", "flush", "--config", str(cfg))                             # the worker's pass
    assert len((blocker / "suppressed").read_text().splitlines()) == 1 + 1200
    with store_of(cfg) as s:
        assert sqlx(s, "SELECT count(*) FROM outbox WHERE action='suppress' AND state='done'")[0][0] \
            == 1200


def test_import_is_listed_in_the_help(tmp_path):
    r = cli("suppression", "--help")
    assert "import" in r.stdout


def test_an_address_listed_by_another_process_meanwhile_is_skipped(tmp_path):
    cfg = write_config(tmp_path, postmap=False)
    config = load(cfg, env=ENV)
    with Engine(config) as e, open_store(config) as other:
        write = e.store.import_suppressions

        def racing(*args, **kw):  # a pipe suppresses b@ while the import prepares its rows
            with other.transaction():
                other.suppress("b@example.com", reason="user_unknown", class_="hard", kind="failed",
                               policy="rule", event_id="x", at=1.0)
            return write(*args, **kw)

        e.store.import_suppressions = racing
        out = e.suppress_many(["a@example.com", "b@example.com"], inline_budget=0)
        assert out.added == ["a@example.com"] and out.skipped == 1
        assert e.store.suppression("b@example.com")["policy"] == "rule"
        assert [p["recipient"]["address"] for p in e.store.events(event="suppressed")] == ["a@example.com"]
        assert e.store.counts() == {"pending": 1, "done": 1, "dead": 0}
