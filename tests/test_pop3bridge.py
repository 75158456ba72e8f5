"""The POP3 bridge end to end: a real Dovecot, the real core over corpus mail, a real webhook receiver.

Bounces come from ../shared/corpus/bounces and human mail from ../shared/corpus/not-bounces
(read in place, never copied).  What each test expects is computed independently of the bridge:
the event ids the engine documents (a digest of the message and the recipient), from the corpus
file as it is on disk, so a test also proves that the POP3 path yields the same ids as the pipe.
"""
from __future__ import annotations

import contextlib
import json
import os
import pty
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import mailstack as ms
import corpus
import pytest
from receivers import SMTPSink, WebhookReceiver

from filter import classify
from filter.core import model
from filter.config import ConfigError, loads
from filter.engine import event_id, message_digest
from filter.store.sqlite import Store
from pop3bridge.bridge import Bridge

REPO = Path(__file__).resolve().parents[1]
CORPUS = corpus.CORPUS  # ../shared/corpus beside the checkout
SECRET = "pop3-hook-secret"
ENV = {"POP3_PASSWORD": "bouncepass", "GOOD_PASSWORD": "secret123", "BAD_PASSWORD": "not-it",
       "HOOK_SECRET": SECRET}
BOUNCE_KINDS = [k for k in model.KINDS if k != model.NOT_BOUNCE]


# -- corpus and expectations ---------------------------------------------------------------------
def _corpus(sub: str) -> list[Path]:
    d = CORPUS / sub
    files = sorted(d.glob("*.eml")) if d.is_dir() else []
    if not files:
        pytest.skip(f"corpus folder {d} not found")
    return files


def bounces(n: int, offset: int = 0) -> list[bytes]:
    """n corpus bounces spread over the formats (every k-th file)."""
    files = _corpus("bounces")
    step = max(1, len(files) // n)
    picked = files[offset % step::step][:n]
    assert len(picked) == n
    return [p.read_bytes() for p in picked]


def humans(n: int | None = None) -> list[bytes]:
    return [p.read_bytes() for p in _corpus("not-bounces")[:n]]


def expected(raw: bytes) -> tuple[str, set[str]]:
    """(kind, event ids) the engine must record for one message, by its documented id scheme."""
    r = classify(raw, source="pop3")
    digest = message_digest(raw)
    addresses = {(x.address or "").lower() for x in r.recipients} or {""}
    return r.kind, {event_id(digest, "bounce", a) for a in addresses}


def expected_bounce_ids(raws: list[bytes]) -> set[str]:
    out: set[str] = set()
    for raw in raws:
        kind, ids = expected(raw)
        assert kind != model.NOT_BOUNCE, "corpus bounce taken for human mail by the core"
        out |= ids
    return out


def stored(cfg) -> list[dict]:
    with Store(cfg.db_path) as s:
        return list(s.events())


# -- config --------------------------------------------------------------------------------------
def account(name: str, dv, ca, *, tls: str = "pop3s", user: str = "bounces", password: str = "POP3_PASSWORD",
            ca_file: Path | None = None, extra: str = "", port: int | None = None) -> str:
    port = port or (dv.pop3s_port if tls == "pop3s" else dv.pop3_port)
    text = f"""\
    - name: {name}
      host: 127.0.0.1
      port: {port}
      tls: {tls}
      ca_file: {ca_file or ca.ca_cert}
      username: {user}
      password: ${{{password}}}
"""
    if tls == "plain":
        text += "      allow_insecure: true\n"
    return text + "".join(f"      {line}\n" for line in extra.splitlines())


def config_text(tmp: Path, accounts: str, *, url: str | None = None, actions: str = "", rules: str | None = None,
                pop3: str = "") -> str:
    kinds = ", ".join(BOUNCE_KINDS)
    if rules is None:
        rules = f"  - {{match: {{event: bounce, kind: [{kinds}]}}, actions: [app]}}\n" if url else "  []\n"
    if url:
        actions = f"  app: {{type: webhook, url: '{url}', secret: '${{HOOK_SECRET}}', timeout: 30s}}\n" + actions
    return f"""\
state_dir: {tmp / 'state'}
outbox: {{tries: 1, inline_budget: 60s, retry_initial: 1s, retry_max: 2s}}
actions:
{actions or '  {}'}
rules:
{rules}
pop3:
  tries: 2
  backoff_initial: 20ms
  backoff_max: 100ms
  poll_interval: 200ms
  poll_jitter: 0s
{pop3}  accounts:
{accounts}"""


def load(tmp: Path, text: str):
    return loads(text, env=ENV, base=tmp)


def write(tmp: Path, text: str) -> Path:
    load(tmp, text)  # valid, or the test is wrong
    p = tmp / "bouncefilter.yaml"
    p.write_text(text)
    return p


def cli(*args: str, timeout: float = 60, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True, check=False,
                          cwd=REPO, env=dict(os.environ, **ENV), timeout=timeout, **kw)


def log_lines(stderr: str) -> list[dict]:
    return [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]


def seed(dv, user: str, raws: list[bytes]) -> None:
    for raw in raws:
        dv.seed(user, raw)


def on_server(dv, user: str) -> set[bytes]:
    """Digests of the messages still in a Maildir."""
    md = dv.maildir(user)
    return {message_digest(p.read_bytes()) for sub in ("new", "cur") for p in (md / sub).iterdir()}


# -- Dovecot crash and restart (same config, same Maildir, same ports) ---------------------------
def crash(dv) -> None:
    kids = [pid for pid, _ in ms._descendants(dv.proc.pid)]
    dv.proc.kill()
    dv.proc.wait()
    for pid in kids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    ms.wait_until(lambda: not ms.port_open(dv.pop3s_port), 30, what="dovecot down")


def restart(dv) -> None:
    # a pop3 process killed while it moved a message from new/ to cur/ (a RETR, pipelined or
    # not) leaves its Maildir dotlock behind: Dovecot takes it for stale only after minutes
    # (the bridge's sessions time out meanwhile, and a later round succeeds); clear it as an
    # administrator would, so that the test is about the bridge and not about Dovecot's recovery
    for user in dv.users:
        for lock in dv.maildir(user).glob("*.lock"):
            lock.unlink()
    r = dv.root
    with open(r / "log" / "master.out", "ab") as out:
        dv.proc = subprocess.Popen([ms.DOVECOT, "-c", str(r / "dovecot" / "dovecot.conf"), "-F"],
                                   stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    ms._record_pid(r, "dovecot-master", dv.proc.pid)
    ms.wait_until(dv._ready, 30, what="dovecot restarted")


# ================================================================================================
@pytest.mark.mailstack
@pytest.mark.parametrize("tls", ["plain", "starttls", "pop3s"])
def test_drains_real_bounces_in_each_tls_mode(dovecot, test_ca, tmp_path, tls):
    mail, human = bounces(10), humans(2)
    seed(dovecot, "bounces", mail + human)
    want = expected_bounce_ids(mail)
    with WebhookReceiver(SECRET) as rx:
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", dovecot, test_ca, tls=tls), url=rx.url))
        (r,) = Bridge(cfg).run_once()
    assert r.ok, r.error
    assert (r.on_server, r.done, r.deleted, r.kept, r.redeleted) == (12, 12, 10, 2, 0)
    assert on_server(dovecot, "bounces") == {message_digest(m) for m in human}  # human mail stays
    assert set(rx.accepted) == want and len(rx.requests) == len(want) and rx.duplicates == 0
    assert {e["id"] for e in stored(cfg) if e["kind"] != model.NOT_BOUNCE} == want
    assert all(e["source"] == "pop3" for e in stored(cfg))


@pytest.mark.mailstack
def test_webhook_fires_exactly_once_per_bounce_even_when_the_bounces_arrive_again(dovecot, test_ca, tmp_path):
    mail = bounces(40, offset=1)
    want = expected_bounce_ids(mail)
    seed(dovecot, "bounces", mail)
    with WebhookReceiver(SECRET) as rx:
        cfg = write(tmp_path, config_text(tmp_path, account("hosted", dovecot, test_ca), url=rx.url))
        r = cli("pop3bridge", "--config", str(cfg), "--once")
        assert r.returncode == 0, r.stderr
        (line,) = log_lines(r.stderr)
        assert line["message"] == "drained" and line["done"] == 40 and line["deleted"] == 40
        assert dovecot.count("bounces") == 0
        assert set(rx.accepted) == want and len(rx.requests) == len(want) and rx.duplicates == 0
        for key, req in rx.accepted.items():  # each call is about the event it claims, signed
            assert req.json["id"] == key and req.json["source"] == "pop3" and req.json["kind"] in BOUNCE_KINDS
        # the same bounces delivered to the mailbox again (an MTA retrying, a second copy)
        seed(dovecot, "bounces", mail)
        r = cli("pop3bridge", "--config", str(cfg), "--once")
        assert r.returncode == 0, r.stderr
        (line,) = log_lines(r.stderr)
        assert line["done"] == 40 and line["duplicates"] == 40 and line["events"] == 0
        assert dovecot.count("bounces") == 0
        assert len(rx.requests) == len(want) and rx.duplicates == 0


@pytest.mark.mailstack
@pytest.mark.parametrize("tls", ["starttls", "pop3s"])
def test_wrong_ca_is_refused_with_a_clear_error(dovecot, test_ca, tmp_path, tls):
    seed(dovecot, "bounces", bounces(2))
    acct = account("hosted", dovecot, test_ca, tls=tls, ca_file=test_ca.other_ca_cert)
    cfg = write(tmp_path, config_text(tmp_path, acct))
    r = cli("pop3bridge", "--config", str(cfg), "--once")
    assert r.returncode == 1, r.stderr
    port = dovecot.pop3s_port if tls == "pop3s" else dovecot.pop3_port
    assert (f"bouncefilter: pop3 account hosted: TLS certificate of 127.0.0.1:{port} not trusted: unable to get "
            f"local issuer certificate (checked against CA file {test_ca.other_ca_cert})") in r.stderr
    lines = log_lines(r.stderr)
    assert [x["message"] for x in lines] == ["account failed"]  # not retried: waiting cannot fix it
    assert lines[0]["sessions"] == 1 and "Traceback" not in r.stderr
    assert dovecot.count("bounces") == 2 and "Login:" not in dovecot.log()


@pytest.mark.mailstack
def test_wrong_password_is_a_clear_error_with_backoff_and_the_other_account_is_drained(dovecot, test_ca, tmp_path):
    seed(dovecot, "bounces", bounces(3))
    good_mail = bounces(4, offset=2)
    seed(dovecot, "testuser", good_mail)
    accounts = (account("bad", dovecot, test_ca, password="BAD_PASSWORD")
                + account("good", dovecot, test_ca, user="testuser", password="GOOD_PASSWORD"))
    cfg = write(tmp_path, config_text(tmp_path, accounts))  # pop3.tries: 2
    r = cli("pop3bridge", "--config", str(cfg), "--once")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    refusal = f"login as 'bounces' on 127.0.0.1:{dovecot.pop3s_port} refused: -ERR [AUTH] Authentication failed."
    assert f"bouncefilter: pop3 account bad: {refusal}" in r.stderr
    assert "not-it" not in r.stderr
    lines = log_lines(r.stderr)
    retries = [x for x in lines if x["message"] == "session failed; retrying"]
    assert [(x["account"], x["attempt"], x["error"]) for x in retries] == [("bad", 1, refusal)]
    assert 0.02 <= retries[0]["retry_in"] <= 0.04 + 0.001  # backoff_initial + jitter up to backoff_initial
    (failed,) = [x for x in lines if x["message"] == "account failed"]
    assert failed["account"] == "bad" and failed["sessions"] == 2
    (drained,) = [x for x in lines if x["message"] == "drained"]
    assert drained["account"] == "good" and drained["done"] == 4
    assert dovecot.count("bounces") == 3 and dovecot.count("testuser") == 0
    ids = {e["id"] for e in stored(load(tmp_path, cfg.read_text()))}
    assert ids == expected_bounce_ids(good_mail)


@pytest.mark.mailstack
def test_long_running_polls_backs_off_and_stops_on_sigterm(dovecot, test_ca, tmp_path):
    # "down": nothing listens there (Dovecot's auth penalty would make a wrong password slow here)
    accounts = (account("down", dovecot, test_ca, port=ms.free_port())
                + account("good", dovecot, test_ca, user="testuser", password="GOOD_PASSWORD"))
    cfg = write(tmp_path, config_text(tmp_path, accounts))
    log = tmp_path / "bridge.log"
    with open(log, "w") as err:
        p = subprocess.Popen([sys.executable, "-m", "filter.cli", "pop3bridge", "--config", str(cfg)],
                             stdout=subprocess.DEVNULL, stderr=err, cwd=REPO, env=dict(os.environ, **ENV))
    try:
        ms.wait_until(lambda: log.read_text().count('"account failed"') >= 2, 60, what="two failed rounds")
        mail = bounces(3, offset=3)
        seed(dovecot, "testuser", mail)  # new mail while it runs: taken at the next poll
        ms.wait_until(lambda: dovecot.count("testuser") == 0, 30, what="the good account drained")
        assert p.poll() is None  # the failing account did not stop anything
        p.send_signal(signal.SIGTERM)
        assert p.wait(30) == 0
    finally:
        if p.poll() is None:
            p.kill()
    lines = log_lines(log.read_text())
    later = [x for x in lines if x["message"] == "account failed; next round later"]
    assert len(later) >= 2 and {x["account"] for x in later} == {"down"}
    assert "cannot connect to 127.0.0.1:" in later[0]["error"] and "Connection refused" in later[0]["error"]
    assert later[0]["retry_in"] < later[-1]["retry_in"] <= 0.1  # growing, capped at backoff_max
    assert any(x["message"] == "drained" and x["account"] == "good" and x["done"] == 3 for x in lines)
    ids = {e["id"] for e in stored(load(tmp_path, cfg.read_text()))}
    assert ids == expected_bounce_ids(mail)


@pytest.mark.mailstack
def test_human_mail_is_kept_not_reported_and_never_classified_twice(dovecot, test_ca, tmp_path):
    human, mail = humans(), bounces(4, offset=4)
    for raw in human:
        assert expected(raw)[0] == model.NOT_BOUNCE, "the core takes this human mail for a bounce"
    seed(dovecot, "bounces", human + mail)
    calls = []

    def counting_classify(raw, **kw):
        calls.append(message_digest(raw))
        return classify(raw, **kw)

    with WebhookReceiver(SECRET) as rx:
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", dovecot, test_ca), url=rx.url,
                                         rules=None))
        (r,) = Bridge(cfg, classify=counting_classify).run_once()
        assert r.ok and r.kept == len(human) and r.deleted == 4 and r.classes["not_bounce"] == len(human)
        assert on_server(dovecot, "bounces") == {message_digest(m) for m in human}
        assert set(rx.accepted) == expected_bounce_ids(mail)  # no webhook for human mail
        assert all(x.json["kind"] != model.NOT_BOUNCE for x in rx.requests)
        with Store(cfg.db_path) as s:
            assert s.suppressed() == []
        assert len(calls) == len(human) + 4
        # next rounds: the kept messages are skipped by UIDL, never fetched or classified again
        for _ in range(2):
            (r,) = Bridge(cfg, classify=counting_classify).run_once()
            assert r.ok and (r.on_server, r.done, r.kept, r.deleted) == (len(human), 0, 0, 0)
        assert len(calls) == len(human) + 4 and len(rx.requests) == len(expected_bounce_ids(mail))
    assert dovecot.count("bounces") == len(human)
    # the server's own account of the last two sessions: nothing fetched, nothing deleted
    def logouts() -> list[str]:
        return [x for x in dovecot.log().splitlines() if "pop3(bounces)" in x and "Logged out" in x]

    ms.wait_until(lambda: len(logouts()) == 3, 30, what="three sessions in the dovecot log")
    assert all("retr=0/0, del=0/" in x for x in logouts()[1:])


@pytest.mark.mailstack
@pytest.mark.parametrize("non_bounce", ["forward", "delete"])
def test_non_bounce_forward_to_a_real_smtp_sink_or_delete(dovecot, test_ca, tmp_path, non_bounce):
    human, mail = humans(3), bounces(2, offset=5)
    seed(dovecot, "bounces", human + mail)
    with SMTPSink() as sink:
        actions = (f"  humans: {{type: forward, to: [postmaster@example.com], host: 127.0.0.1, "
                   f"port: {sink.port}, timeout: 5s}}\n")
        extra = f"non_bounce: {non_bounce}\n" + ("forward_action: humans\n" if non_bounce == "forward" else "")
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", dovecot, test_ca, extra=extra),
                                         actions=actions))
        (r,) = Bridge(cfg).run_once()
        assert r.ok and r.deleted == 5 and r.kept == 0
        assert dovecot.count("bounces") == 0
        if non_bounce == "forward":
            assert r.forwarded == 3 and len(sink.messages) == 3
            for m in sink.messages:
                assert m.rcpt_tos == ["postmaster@example.com"] and m.mail_from == "<>"
                assert m.data.startswith(b"X-Bouncefilter-Event: ")
            # each human message arrived whole (line ends CRLF on the wire)
            bodies = sorted(m.data.split(b"\r\n", 1)[1].replace(b"\r\n", b"\n") for m in sink.messages)
            assert bodies == sorted(h.replace(b"\r\n", b"\n") for h in human)
        else:
            assert r.forwarded == 0 and sink.messages == []
        # bounces were not forwarded; a second run forwards nothing again
        (r,) = Bridge(cfg).run_once()
        assert r.ok and r.done == 0
        assert len(sink.messages) == (3 if non_bounce == "forward" else 0)


@pytest.mark.mailstack
@pytest.mark.parametrize("uidl_memory", ["kept", "lost"])
@pytest.mark.parametrize("batch", [1, None], ids=["one-per-commit", "group-commit"])
def test_server_killed_mid_drain_next_run_has_no_duplicate_and_no_loss(dovecot, test_ca, tmp_path, uidl_memory,
                                                                      batch):
    # batch 1: one durable commit per message; None: group commits (and, with 40 messages,
    # classifier processes and pipelined RETRs): the server dies with commands in flight
    n = 12 if batch == 1 else 40
    mail = bounces(n, offset=6)
    want = expected_bounce_ids(mail)
    seed(dovecot, "bounces", mail)
    taken = []

    def kill_after_five(name, uidl, outcome):
        taken.append(uidl)
        if len(taken) == 5:
            crash(dovecot)  # SIGKILL: master and children, mid-session, before QUIT

    with WebhookReceiver(SECRET) as rx:
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", dovecot, test_ca), url=rx.url))
        (r,) = Bridge(cfg, on_message=kill_after_five, batch_size=batch).run_once()
        # what the bridge reported was recorded (whole groups committed); messages it had
        # fetched ahead may still be recorded after the crash, before a read fails ...
        k = r.done
        assert not r.ok and k == len(taken) and 5 <= k <= n and "127.0.0.1" in r.error
        assert r.sessions == 2  # one retry after backoff, refused: the server is down
        assert dovecot.count("bounces") == n  # ... but no QUIT: the DELEs did not count
        first = set(rx.accepted)
        recorded = {e["id"] for e in stored(cfg) if e["event"] == "bounce"}
        assert len(first) == len(rx.requests) and first == recorded <= want  # recorded = delivered

        if uidl_memory == "lost":  # as if the bridge died between the engine's commit and its mark
            with sqlite3.connect(cfg.db_path) as db:
                assert db.execute("DELETE FROM pop3_uidls").rowcount == k
        restart(dovecot)
        (r2,) = Bridge(cfg).run_once()
        assert r2.ok, r2.error
        if uidl_memory == "kept":  # the k are deleted without being classified again
            assert (r2.redeleted, r2.done, r2.duplicates) == (k, n - k, 0)
        else:  # classified again; the engine knows their events: nothing new, nothing resent
            assert (r2.redeleted, r2.done, r2.duplicates) == (0, n, k)
        assert dovecot.count("bounces") == 0
        assert set(rx.accepted) == want and len(rx.requests) == len(want) and rx.duplicates == 0
    events = [e for e in stored(cfg) if e["event"] == "bounce"]
    assert len(events) == len({e["id"] for e in events}) and {e["id"] for e in events} == want
    with Store(cfg.db_path) as s:
        assert s.pop3_uidls("hosted") == {}  # forgotten once the QUIT committed the deletions


@pytest.mark.mailstack
def test_sigterm_mid_drain_finishes_the_current_message_and_quits(dovecot, test_ca, tmp_path):
    mail = bounces(30, offset=7)
    seed(dovecot, "bounces", mail)
    with WebhookReceiver(SECRET) as rx:
        rx.delay = 0.1  # a slow receiver: each message takes a while (inline delivery)
        cfg = write(tmp_path, config_text(tmp_path, account("hosted", dovecot, test_ca), url=rx.url))
        log = tmp_path / "bridge.log"
        with open(log, "w") as err:
            p = subprocess.Popen([sys.executable, "-m", "filter.cli", "pop3bridge", "--config", str(cfg)],
                                 stdout=subprocess.DEVNULL, stderr=err, cwd=REPO, env=dict(os.environ, **ENV))
        try:
            ms.wait_until(lambda: len(rx.requests) >= 3, 60, what="three deliveries")
            p.send_signal(signal.SIGTERM)
            assert p.wait(30) == 0
        finally:
            if p.poll() is None:
                p.kill()
        (line,) = log_lines(log.read_text())
        assert line["message"] == "drained" and line["stopped"] is True and line["ok"] is True
        assert 0 < line["done"] < 30
        # every message is either recorded and gone from the server (QUIT was sent), or untouched
        left = on_server(dovecot, "bounces")
        ids = {e["id"] for e in stored(load(tmp_path, cfg.read_text()))}
        for raw in mail:
            recorded = bool(expected(raw)[1] & ids)
            assert recorded != (message_digest(raw) in left)
        assert len(left) == 30 - line["done"]
        rx.delay = 0
        r = cli("pop3bridge", "--config", str(cfg), "--once")
        assert r.returncode == 0, r.stderr
        want = expected_bounce_ids(mail)
        assert dovecot.count("bounces") == 0
        assert set(rx.accepted) == want and len(rx.requests) == len(want) and rx.duplicates == 0


@pytest.mark.mailstack
def test_oversized_message_is_classified_on_its_head(dovecot, test_ca, tmp_path):
    raw = (CORPUS / "bounces" / "lhost-postfix-01.eml").read_bytes()
    kind, _ = expected(raw)
    big = raw.rstrip(b"\n") + b"\n" + b"".join(b"epilogue filler line %06d ..........................\n" % i
                                               for i in range(5000))  # ~300 KB after the last boundary
    seed(dovecot, "bounces", [big, humans(1)[0]])
    extra = "max_message_size: 65536\ntop_lines: 300\n"
    cfg = load(tmp_path, config_text(tmp_path, account("hosted", dovecot, test_ca, extra=extra)))
    (r,) = Bridge(cfg).run_once()
    assert r.ok and r.headonly == 1 and r.deleted == 1 and r.kept == 1
    events = [e for e in stored(cfg) if e["kind"] != model.NOT_BOUNCE]
    assert {e["kind"] for e in events} == {kind} == {"failed"}
    want = {(x.address or "").lower() for x in classify(raw).recipients}
    assert {e["recipient"]["address"] for e in events} == want and want


@pytest.mark.mailstack
def test_progress_line_on_a_terminal(dovecot, test_ca, tmp_path):
    seed(dovecot, "bounces", bounces(5, offset=8) + humans(1))
    cfg = write(tmp_path, config_text(tmp_path, account("hosted", dovecot, test_ca)))
    master, slave = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "filter.cli", "pop3bridge", "--config", str(cfg), "--once"],
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, cwd=REPO,
                         env=dict(os.environ, **ENV))
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert p.wait(60) == 0
    text = out.decode()
    final = text.replace("\r\n", "\n").split("\r")[-1].strip()
    assert final.startswith("hosted: 6/6 ") and "not_bounce 1" in final
    assert "{" not in text  # no JSON log lines on a terminal


# -- configuration (no server needed) ------------------------------------------------------------
def test_config_refuses_plain_and_clear_passwords_and_checks_forward(tmp_path):
    text = """\
actions:
  humans: {type: forward, to: [a@example.com]}
  app: {type: log, path: x.jsonl}
pop3:
  accounts:
    - {name: a, host: h, tls: plain, username: u, password: "${POP3_PASSWORD}"}
    - {name: b, host: h, username: u, password: hunter2}
    - {name: c, host: h, username: u, password: "${POP3_PASSWORD}", non_bounce: forward}
    - {name: d, host: h, username: u, password: "${POP3_PASSWORD}", non_bounce: forward, forward_action: app}
    - {name: a, host: h, username: u, password_file: nowhere}
"""
    with pytest.raises(ConfigError) as e:
        load(tmp_path, text)
    assert e.value.errors == [
        ("<config>:6: pop3.accounts[0].tls: plain sends the password in clear: use pop3s or starttls, or set "
         "allow_insecure: true (a server on this host or a trusted network only)"),
        ("<config>:7: pop3.accounts[1].password: secrets are given by reference only: ${ENV_NAME}, or "
         "password_file: PATH (never in clear)"),
        "<config>:8: pop3.accounts[2].non_bounce: forward needs forward_action: the name of a forward action",
        "<config>:9: pop3.accounts[3].forward_action: no action of type forward named 'app' (known: humans)",
        (f"<config>:10: pop3.accounts[4].password_file: cannot read secret file '{tmp_path / 'nowhere'}': "
         "No such file or directory"),
        "<config>:10: pop3.accounts[4].name: another account is named 'a' (a name keys the UIDL memory)",
    ]
    (tmp_path / "pw").write_text("from-a-file\n")
    ok = load(tmp_path, text.split("    - {name: b")[0].replace("tls: plain,", "tls: plain, allow_insecure: true,")
              + "    - {name: e, host: h, tls: starttls, username: u, password_file: pw}\n")
    a, e_ = ok.pop3.accounts
    assert (a.port, a.tls, e_.port, e_.password, e_.ca_file) == (110, "plain", 110, "from-a-file", None)
    assert ok.to_dict()["pop3"]["accounts"][1]["password"] == "***"


def test_command_without_a_pop3_section_exits_78(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n")
    r = cli("pop3bridge", "--config", str(cfg), "--once")
    assert r.returncode == 78 and "no pop3: section" in r.stderr


@pytest.mark.mailstack
def test_sighup_reloads_the_config_and_refuses_an_invalid_one(dovecot, test_ca, tmp_path):
    """The same command loop as imapbridge (filter/commands/_mailbox.py): SIGHUP finishes the round,
    reads the config again and polls with it; an invalid file is refused and the old one goes on."""
    cfg = write(tmp_path, config_text(tmp_path, account("first", dovecot, test_ca, user="testuser",
                                                        password="GOOD_PASSWORD")))
    log = tmp_path / "bridge.log"
    with open(log, "w") as err:
        p = subprocess.Popen([sys.executable, "-m", "filter.cli", "pop3bridge", "--config", str(cfg), "-v"],
                             stdout=subprocess.DEVNULL, stderr=err, cwd=REPO, env=dict(os.environ, **ENV))
    try:
        mail = bounces(2, offset=21)
        seed(dovecot, "bounces", mail)   # not an account of the first config: left alone
        # -v logs every round: once one is logged, the signal handlers are in place
        ms.wait_until(lambda: '"account":"first"' in log.read_text(), 30, what="a first round")
        assert dovecot.count("bounces") == 2
        cfg.write_text(config_text(tmp_path, account("second", dovecot, test_ca)))
        p.send_signal(signal.SIGHUP)
        ms.wait_until(lambda: '"config reloaded"' in log.read_text(), 30, what="the reload")
        ms.wait_until(lambda: dovecot.count("bounces") == 0, 30, what="the new account drained")
        good = cfg.read_text()
        cfg.write_text(good.replace("poll_interval: 200ms", "poll_interval: soon"))
        p.send_signal(signal.SIGHUP)
        ms.wait_until(lambda: '"reload refused' in log.read_text(), 30, what="the refusal")
        more = bounces(1, offset=23)
        seed(dovecot, "bounces", more)   # still polling, with the config loaded before
        ms.wait_until(lambda: dovecot.count("bounces") == 0, 30, what="still polling")
        assert p.poll() is None
        p.send_signal(signal.SIGTERM)
        assert p.wait(30) == 0
    finally:
        if p.poll() is None:
            p.kill()
    text = log.read_text()
    assert "Traceback" not in text and "pop3.poll_interval" in text
    assert {e["id"] for e in stored(load(tmp_path, good))} == expected_bounce_ids(mail + more)


@pytest.mark.mailstack
def test_sigterm_right_after_sighup_still_stops(dovecot, test_ca, tmp_path):
    """A stop asked while a reload is making the next bridge is meant for that bridge: the
    process exits 0 (before, the new bridge could start and the SIGTERM be lost)."""
    cfg = write(tmp_path, config_text(tmp_path, account("first", dovecot, test_ca, user="testuser",
                                                        password="GOOD_PASSWORD")))
    log = tmp_path / "bridge.log"
    for _ in range(3):
        with open(log, "w") as err:
            p = subprocess.Popen([sys.executable, "-m", "filter.cli", "pop3bridge", "--config", str(cfg), "-v"],
                                 stdout=subprocess.DEVNULL, stderr=err, cwd=REPO, env=dict(os.environ, **ENV))
        try:
            ms.wait_until(lambda: '"account":"first"' in log.read_text(), 30, what="a first round")
            p.send_signal(signal.SIGHUP)
            time.sleep(0.05)
            p.send_signal(signal.SIGTERM)
            assert p.wait(30) == 0
        finally:
            if p.poll() is None:
                p.kill()
        assert "Traceback" not in log.read_text()
