"""Issue 13's acceptance: several "hosts" (processes with their own ``state_dir``) sharing one
PostgreSQL store (a private cluster, tests/pgstack.py).

- one soft bounce recorded on each of three hosts at once suppresses the address exactly once;
- a hard bounce recorded on host A is on host C's ``suppression list`` at once;
- the same bounce fed to all three hosts is one event (one delivery per action);
- 4 outbox workers on 2 hosts deliver every event exactly once to a receiver that fails the
  first attempts;
- PostgreSQL stopped while 20 pipe processes run: each exits 0 or 75, and after the restart
  and the MTA's retry every bounce is recorded once.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from email.utils import formatdate
from pathlib import Path

import pytest

from filter.config import load
from filter.store import open_store
from receivers import WebhookReceiver, fake_message

REPO = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
SECRET = "cross-host-secret"
ENV = dict(os.environ, HOOK_SECRET=SECRET)
DAY = 86400.0


def host_config(tmp_path: Path, name: str, url: str, hook: str = "http://127.0.0.1:9/none", extra: str = "") -> Path:
    """Host ``name``: its own state_dir, the shared store."""
    d = tmp_path / name
    d.mkdir(exist_ok=True)
    p = d / "bouncefilter.yaml"
    p.write_text(f"""\
state_dir: {d / 'state'}
store: {{url: '{url}', busy_timeout: 3s}}
soft_bounce: {{threshold: 3, window: 14d}}
outbox: {{inline_budget: 0, batch: 25, tries: 1, retry_initial: 100ms, retry_max: 200ms, poll_interval: 100ms}}
actions:
  app: {{type: webhook, url: '{hook}', secret: '${{HOOK_SECRET}}', timeout: 2s}}
rules:
  - {{match: {{event: bounce, class: hard}}, actions: [suppress, app]}}
  - {{match: {{event: bounce}}, actions: [app]}}
  - {{match: {{event: suppressed}}, actions: [app]}}
{extra}""")
    return p


#: a host: records the messages of a JSON file (after a common start time, so hosts overlap)
HOST = r"""
import json, sys, time
sys.path.insert(0, sys.argv[3])
from receivers import fake_classify
from filter.config import load
from filter.engine import Engine
msgs, start = json.load(open(sys.argv[2])), float(sys.argv[4])
with Engine(load(sys.argv[1]), classify=fake_classify) as e:
    time.sleep(max(0.0, start - time.time()))
    for m in msgs:
        e.process(m.encode(), source="pipe")
"""


def run_hosts(tmp_path: Path, jobs: list[tuple[Path, list[bytes]]]) -> None:
    start = time.time() + 2.0  # every host ready (psycopg imported, pool connected) before
    procs = []
    for k, (cfg, msgs) in enumerate(jobs):
        f = tmp_path / f"msgs{k}.json"
        f.write_text(json.dumps([m.decode() for m in msgs]))
        procs.append(subprocess.Popen([sys.executable, "-c", HOST, str(cfg), str(f), str(TESTS), str(start)],
                                      cwd=REPO, env=ENV, stderr=subprocess.PIPE, text=True))
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err


def cli(*args, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env=ENV, timeout=timeout)


def test_one_soft_bounce_on_each_of_three_hosts_suppresses_exactly_once(tmp_path, pg_url):
    hosts = [host_config(tmp_path, h, pg_url) for h in "ABC"]
    now = time.time()
    addresses = [f"full{i}@example.net" for i in range(40)]
    jobs = []
    for k, cfg in enumerate(hosts):
        # each host its own bounce of each address, written k days apart; host A records them
        # in one order, host B in the reverse order: the threshold is crossed in any order
        date = formatdate(now - (2 - k) * DAY)
        msgs = [fake_message(f"{a} soft mailbox_full 4.2.2", message_id=f"{a}-{k}", date=date) for a in addresses]
        jobs.append((cfg, msgs if k != 1 else msgs[::-1]))
    run_hosts(tmp_path, jobs)
    with open_store(load(hosts[2], env=ENV)) as s:
        listed = {r["address"]: r for r in s.suppressed()}
        assert set(listed) == set(addresses)
        assert {r["policy"] for r in listed.values()} == {"soft_bounce"}
        suppressed = [e for e in s.events(event="suppressed")]
        assert sorted(e["recipient"]["address"] for e in suppressed) == sorted(addresses)  # once each
        assert {e["suppression"]["soft_bounces"] for e in suppressed} == {3}
        assert len(list(s.events(event="bounce"))) == 3 * len(addresses)


def test_three_soft_bounces_recorded_newest_first_on_one_host_suppress(tmp_path, pg_url):
    cfg = host_config(tmp_path, "A", pg_url)
    now = time.time()
    msgs = [fake_message("late@example.net soft mailbox_full 4.2.2", message_id=f"late-{d}",
                         date=formatdate(now - d * DAY)) for d in (0, 1, 2)]  # the newest first
    run_hosts(tmp_path, [(cfg, msgs)])
    with open_store(load(cfg, env=ENV)) as s:
        assert s.suppression("late@example.net")["policy"] == "soft_bounce"


def test_a_hard_bounce_on_a_is_listed_on_c_at_once_and_the_same_bounce_on_all_is_one_event(tmp_path, pg_url):
    a, b, c = (host_config(tmp_path, h, pg_url) for h in "ABC")
    run_hosts(tmp_path, [(a, [fake_message("gone@example.net hard user_unknown 5.1.1", message_id="gone")])])
    r = cli("suppression", "list", "--config", str(c))
    assert r.returncode == 0, r.stderr
    assert "gone@example.net" in r.stdout
    r = cli("suppression", "check", "--config", str(c), "gone@example.net")
    assert r.returncode == 0, r.stderr
    same = fake_message("twice@example.net hard user_unknown 5.1.1", message_id="same-bounce")
    run_hosts(tmp_path, [(a, [same]), (b, [same]), (c, [same])])
    with open_store(load(b, env=ENV)) as s:
        ids = [e["id"] for e in s.events(address="twice@example.net", event="bounce")]
        assert len(ids) == 1
        assert [d.action for d in s.deliveries(("pending",)) if d.event_id == ids[0]] == ["app"]
        assert len(list(s.events(address="twice@example.net", event="suppressed"))) == 1


WORKER = r"""
import sys
from filter.config import load
from filter.engine import Engine
with Engine(load(sys.argv[1])) as e:
    for _ in range(200):
        r = e.deliver(due_only=False)
        if e.store.counts()["pending"] == 0:
            break
"""


def test_four_outbox_workers_on_two_hosts_deliver_each_event_exactly_once(tmp_path, pg_url):
    # the 5,000: BF_OUTBOX_EVENTS=5000 (measured on 2026-12-01: see docs/several-hosts.md)
    n = int(os.environ.get("BF_OUTBOX_EVENTS", "400"))
    with WebhookReceiver(SECRET) as rx:
        rx.fail_first = refused = 30
        rx.delay = 0.002
        a, b = (host_config(tmp_path, h, pg_url, hook=rx.url) for h in "AB")
        now = time.time()
        with open_store(load(a, env=ENV)) as s:
            with s.transaction():
                for i in range(n):
                    s.insert_event(id=f"ev{i:04d}", event="bounce", kind="failed", address=None, class_=None,
                                   reason=None, source="t", received_at=now, occurred_at=now, cause=None,
                                   payload={"id": f"ev{i:04d}", "event": "bounce"})
                    s.enqueue(f"ev{i:04d}", "app", now)
        started = time.monotonic()
        procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(cfg)], cwd=REPO, env=ENV,
                                  stderr=subprocess.PIPE, text=True) for cfg in (a, a, b, b)]
        for p in procs:
            _, err = p.communicate(timeout=900)
            assert p.returncode == 0, err
        print(f"\n{n} events delivered by 4 workers on 2 hosts in {time.monotonic() - started:.1f}s "
              f"({len(rx.requests)} requests, the first {refused} refused)")
        with open_store(load(b, env=ENV)) as s:
            assert s.counts() == {"pending": 0, "done": n, "dead": 0}
    assert sorted(rx.accepted) == [f"ev{i:04d}" for i in range(n)]  # every one, once (by idempotency key)
    assert rx.duplicates == 0
    assert rx.bad_signatures == 0


def dsn(i: int) -> bytes:
    """A plain RFC 3464 report, written for this test."""
    rcpt = f"user{i}@example.net"
    return (f"From: MAILER-DAEMON@mx.example.org\r\nTo: bounces@example.com\r\nSubject: Undelivered Mail\r\n"
            f"Message-ID: <dsn-{i}@mx.example.org>\r\nDate: {formatdate()}\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
            "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown\r\n"
            "--b--\r\n").encode()


def test_postgresql_stopped_while_20_pipes_run_loses_and_doubles_nothing(tmp_path, pg_cluster, pg_url):
    cfg = host_config(tmp_path, "A", pg_url)
    argv = [sys.executable, "-m", "filter.cli", "pipe", "--config", str(cfg), "--", "", "bounces@example.com"]
    msgs = [dsn(i) for i in range(20)]
    procs = []
    for k, m in enumerate(msgs):
        p = subprocess.Popen(argv, cwd=REPO, env=ENV, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        procs.append(p)
        if k == 6:
            pg_cluster.stop("immediate")  # the server goes away while pipes are starting and running
        p.stdin.write(m)
        p.stdin.close()
    codes = []
    for p in procs:
        p.wait(120)
        codes.append(p.returncode)
        err = p.stderr.read().decode()
        assert "Traceback" not in err
    pg_cluster.start()
    assert set(codes) <= {0, 75}, codes
    assert 75 in codes  # some were deferred
    for k, code in enumerate(codes):  # the MTA retries what was deferred
        if code == 75:
            r = subprocess.run(argv, input=msgs[k], cwd=REPO, env=ENV, capture_output=True, timeout=120)
            assert r.returncode == 0, r.stderr
    # and a retry of what was taken changes nothing (a crash after the commit, before exit 0)
    r = subprocess.run(argv, input=msgs[0], cwd=REPO, env=ENV, capture_output=True, timeout=120)
    assert r.returncode == 0
    with open_store(load(cfg, env=ENV)) as s:
        bounces = list(s.events(event="bounce"))
        assert sorted(e["recipient"]["address"] for e in bounces) == sorted(f"user{i}@example.net" for i in range(20))
        assert len({e["id"] for e in bounces}) == 20
        assert len(s.suppressed()) == 20


def test_a_long_running_engine_survives_a_restart_of_postgresql(tmp_path, pg_cluster, pg_url):
    from filter.engine import Engine, StoreUnavailable
    from receivers import fake_classify

    cfg = host_config(tmp_path, "A", pg_url)
    with Engine(load(cfg, env=ENV), classify=fake_classify) as e:
        assert e.process(fake_message("one@example.net hard user_unknown 5.1.1"), source="lmtp").new
        pg_cluster.stop("fast")
        with pytest.raises(StoreUnavailable):
            e.process(fake_message("two@example.net hard user_unknown 5.1.1", message_id="two"), source="lmtp")
        pg_cluster.start()
        # the same engine (its pool) goes on without a restart of its own
        assert e.process(fake_message("two@example.net hard user_unknown 5.1.1", message_id="two"), source="lmtp").new
        assert {r["address"] for r in e.store.suppressed()} == {"one@example.net", "two@example.net"}


def test_the_password_comes_from_a_file_and_never_from_the_url(tmp_path, pg_cluster):
    import pgstack

    name = pg_cluster.new_db()
    (tmp_path / "pw").write_text(pgstack.PASSWORD + "\n")
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n"
                   f"store: {{url: '{pg_cluster.url(name, user='bf_pw')}', password_file: {tmp_path / 'pw'}}}\n")
    r = cli("suppression", "add", "--config", str(cfg), "pw@example.net")
    assert r.returncode == 0, r.stderr
    r = cli("check-config", str(cfg))
    assert pgstack.PASSWORD not in r.stdout + r.stderr
    (tmp_path / "pw").write_text("wrong\n")
    r = cli("suppression", "list", "--config", str(cfg))
    assert r.returncode == 75 and "password" in r.stderr and "wrong" not in r.stderr
    assert r.stderr.count("\n") == 1, r.stderr
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n"
                   f"store: {{url: 'postgresql://bf_pw:{pgstack.PASSWORD}@127.0.0.1:{pg_cluster.port}/{name}'}}\n")
    r = cli("suppression", "list", "--config", str(cfg))
    assert r.returncode == 78 and "never put the password in the url" in r.stderr
    assert pgstack.PASSWORD not in r.stderr


def test_store_migrate_and_copy_from_sqlite_is_idempotent(tmp_path, pg_cluster):
    from receivers import fake_classify

    from filter.engine import Engine

    name = pg_cluster.new_db(empty=True)
    url = pg_cluster.url(name)
    lite = tmp_path / "lite.yaml"
    lite.write_text(f"state_dir: {tmp_path / 'state'}\nsoft_bounce: {{threshold: 2}}\n")
    with Engine(load(lite), classify=fake_classify) as e:
        for i in range(30):
            e.process(fake_message(f"c{i}@example.net hard user_unknown 5.1.1", message_id=f"c{i}"), source="pipe")
        e.process(fake_message("soft@example.net soft mailbox_full 4.2.2", message_id="s1"), source="pipe")
        e.store.pop3_remember("acct", "uidl-1", "taken")
        e.store.verp_remember("digest1", "long@example.net")
        before = (sorted(x["id"] for x in e.store.events()), e.store.suppressed(), e.store.counts())
    pgcfg = tmp_path / "pg.yaml"
    pgcfg.write_text(f"state_dir: {tmp_path / 'pgstate'}\nstore: {{url: '{url}'}}\n")
    r = cli("store", "migrate", "--config", str(pgcfg), "--check")
    assert r.returncode == 1 and "schema version 0" in r.stdout
    r = cli("store", "migrate", "--config", str(pgcfg))
    assert r.returncode == 0 and "(applied 1" in r.stdout, r.stdout + r.stderr
    r = cli("store", "migrate", "--config", str(pgcfg))
    assert r.returncode == 0 and "up to date" in r.stdout
    src = f"sqlite://{tmp_path / 'state' / 'bouncefilter.db'}"
    r = cli("store", "copy", "--config", str(pgcfg), "--from", src, "--to", url)
    assert r.returncode == 0, r.stderr
    assert "events: " in r.stdout and ", 0 already there" in r.stdout
    r = cli("store", "copy", "--config", str(pgcfg), "--from", src, "--to", url)  # again: nothing new
    assert r.returncode == 0 and "copied" in r.stdout
    assert "store copy: " in r.stdout and " 0 copied" in r.stdout.splitlines()[-1]
    with open_store(load(pgcfg)) as s:
        after = (sorted(x["id"] for x in s.events()), s.suppressed(), s.counts())
        assert after == before
        assert s.pop3_uidls("acct") == {"uidl-1": "taken"} and s.verp_address("digest1") == "long@example.net"
        assert s.soft_bounce_count("soft@example.net") == 1
