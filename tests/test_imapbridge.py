"""The IMAP bridge end to end: a real Dovecot with IMAP (tests/imapstack.py), the real core over
corpus mail, a real webhook receiver and SMTP sink.

As in tests/test_pop3bridge.py (whose corpus helpers are used here, not copied), what each test
expects is computed independently of the bridge: the event ids the engine documents (a digest of
the message and the recipient) from the corpus files as they are on disk, so a test also proves
that the IMAP path yields the same ids as the pipe and the POP3 bridge.  Where messages end up is
read from the Maildirs, not asked of the bridge.
"""
from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import imapstack
import mailstack as ms
import pytest
from imapclient import IMAPClient
from receivers import SMTPSink, WebhookReceiver
from test_pop3bridge import (
    BOUNCE_KINDS,
    CORPUS,
    ENV,
    REPO,
    SECRET,
    expected,
    expected_bounce_ids,
    humans,
    log_lines,
)

from filter.config import loads
from filter.core import model
from filter.engine import message_digest
from filter.store import open_store
from imapbridge.bridge import ImapBridge, memory_key
from imapbridge.client import ImapSession
from test_pop3bridge import bounces as _bounces


def bounces(n: int, offset: int = 0) -> list[bytes]:
    """n corpus bounces spread over the formats, none with a NUL byte: IMAP cannot carry one
    (RFC 3501 section 4.3; Dovecot sends 0x80 instead), so such a message has another digest,
    hence other event ids, than its file on disk (docs/imap.md)."""
    return [raw for raw in _bounces(n + 2, offset) if b"\0" not in raw][:n]



@pytest.fixture
def imap(test_ca):
    """Dovecot with IMAP + STARTTLS and IMAPS (and POP3); users bounces/bouncepass, testuser/secret123."""
    why = imapstack.unavailable_reason()
    if why:
        pytest.skip(why)
    with imapstack.ImapDovecot(users={"bounces": "bouncepass", "testuser": "secret123"}, tls=test_ca,
                               background_stop=True) as dv:
        yield dv


# -- config --------------------------------------------------------------------------------------
def account(name: str, dv, ca, *, tls: str = "imaps", user: str = "bounces", password: str = "POP3_PASSWORD",
            ca_file: Path | None = None, extra: str = "", port: int | None = None) -> str:
    port = port or (dv.imaps_port if tls == "imaps" else dv.imap_port)
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


def config_text(tmp: Path, accounts: str, *, url: str | None = None, actions: str = "", store: str = "") -> str:
    kinds = ", ".join(BOUNCE_KINDS)
    rules = f"  - {{match: {{event: bounce, kind: [{kinds}]}}, actions: [app]}}\n" if url else "  []\n"
    if url:
        actions = f"  app: {{type: webhook, url: '{url}', secret: '${{HOOK_SECRET}}', timeout: 30s}}\n" + actions
    return f"""\
state_dir: {tmp / 'state'}
{store}outbox: {{tries: 1, inline_budget: 60s, retry_initial: 1s, retry_max: 2s}}
actions:
{actions or '  {}'}
rules:
{rules}
imap:
  tries: 2
  backoff_initial: 20ms
  backoff_max: 100ms
  poll_interval: 200ms
  poll_jitter: 0s
  accounts:
{accounts}"""


def load(tmp: Path, text: str):
    return loads(text, env=ENV, base=tmp)


def write(tmp: Path, text: str) -> Path:
    load(tmp, text)  # valid, or the test is wrong
    p = tmp / "bouncefilter.yaml"
    p.write_text(text)
    return p


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True, check=False,
                          cwd=REPO, env=dict(os.environ, **ENV), timeout=timeout)


def seed(dv, raws: list[bytes], user: str = "bounces") -> None:
    for raw in raws:
        dv.seed(user, raw)


def digests(dv, folder: str = "INBOX", user: str = "bounces") -> list[bytes]:
    """Digests of the messages in one folder (a list: a copy made twice shows twice)."""
    return sorted(message_digest(p.read_bytes()) for p in dv.folder_files(user, folder))


def of(raws: list[bytes]) -> list[bytes]:
    return sorted(message_digest(r) for r in raws)


def memory(cfg, name: str = "hosted", also: tuple = ()) -> dict[str, dict[str, str]]:
    """The bridge's UID memory as the store's API gives it: ``imap:NAME`` (the UIDVALIDITY seen),
    the current ``imap:NAME:UIDVALIDITY`` and those of ``also`` (UIDVALIDITY values), when not empty."""
    with open_store(cfg) as s:
        out = {f"imap:{name}": s.pop3_uidls(f"imap:{name}")}
        v = out[f"imap:{name}"].get("uidvalidity")
        for ver in ([v] if v else []) + list(also):
            rows = s.pop3_uidls(memory_key(name, ver))
            if rows:
                out[memory_key(name, ver)] = rows
    return out


def stored(cfg) -> list[dict]:
    with open_store(cfg) as s:
        return list(s.events())


# ================================================================================================
@pytest.mark.mailstack
@pytest.mark.parametrize("tls", ["plain", "starttls", "imaps"])
def test_drains_bounces_to_processed_and_keeps_human_mail_in_each_tls_mode(imap, test_ca, tmp_path, tls):
    mail, human = bounces(10), humans(2)
    seed(imap, mail + human)
    want = expected_bounce_ids(mail)
    calls = []

    def counting(raw, **kw):
        from filter import classify

        calls.append(raw)
        return classify(raw, **kw)

    with WebhookReceiver(SECRET) as rx:
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca, tls=tls), url=rx.url))
        (r,) = ImapBridge(cfg, classify=counting).run_once()
        assert r.ok, r.error
        assert (r.on_server, r.done, r.deleted, r.kept) == (12, 12, 10, 2)
        assert digests(imap, "Processed") == of(mail)  # created when missing; each bounce once
        assert digests(imap) == of(human)              # human mail stays, unread
        assert all(",S" not in p.name.rpartition(":2,")[2] for p in imap.folder_files("bounces"))
        assert set(rx.accepted) == want and len(rx.requests) == len(want) and rx.duplicates == 0
        assert {e["id"] for e in stored(cfg) if e["kind"] != model.NOT_BOUNCE} == want
        assert {e["source"] for e in stored(cfg)} == {"imap"}
        # the next round: the kept human mail is skipped by UID, never fetched or classified again
        (r,) = ImapBridge(cfg, classify=counting).run_once()
        assert r.ok and (r.on_server, r.done, r.kept, r.deleted) == (2, 0, 0, 0)
        assert len(calls) == 12 and len(rx.requests) == len(want)


@pytest.mark.mailstack
def test_a_large_folder_is_drained_with_classifier_processes_and_group_commits(imap, test_ca, tmp_path):
    mail = bounces(150, offset=1)
    seed(imap, mail)
    with WebhookReceiver(SECRET) as rx:
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca), url=rx.url))
        bridge = ImapBridge(cfg, workers=2)
        t0 = time.monotonic()
        (r,) = bridge.run_once()
        took = time.monotonic() - t0
        assert r.ok and r.done == 150 and r.deleted == 150, r.error
        assert digests(imap, "Processed") == of(mail) and imap.folder_count("bounces") == 0
        want = expected_bounce_ids(mail)
        assert set(rx.accepted) == want and len(rx.requests) == len(want) and rx.duplicates == 0
    print(f"150 bounces drained over IMAPS in {took:.2f}s ({150 / took:.0f}/s, webhooks inline)")


@pytest.mark.mailstack
@pytest.mark.parametrize("non_bounce", ["move", "delete", "forward"])
def test_non_bounce_modes_with_a_real_smtp_sink(imap, test_ca, tmp_path, non_bounce):
    human, mail = humans(3), bounces(2, offset=5)
    for raw in human:
        assert expected(raw)[0] == model.NOT_BOUNCE, "the core takes this human mail for a bounce"
    seed(imap, human + mail)
    with SMTPSink() as sink:
        actions = (f"  humans: {{type: forward, to: [postmaster@example.com], host: 127.0.0.1, "
                   f"port: {sink.port}, timeout: 5s}}\n")
        extra = {"move": "non_bounce: move\nnon_bounce_folder: Humans\n", "delete": "non_bounce: delete\n",
                 "forward": "non_bounce: forward\nforward_action: humans\n"}[non_bounce]
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca, extra=extra), actions=actions))
        (r,) = ImapBridge(cfg).run_once()
        assert r.ok, r.error
        assert r.deleted == 5 and r.kept == 0 and r.classes["not_bounce"] == 3
        assert imap.folder_count("bounces") == 0
        assert digests(imap, "Processed") == of(mail)
        assert digests(imap, "Humans") == (of(human) if non_bounce == "move" else [])
        if non_bounce == "forward":
            assert r.forwarded == 3 and len(sink.messages) == 3
            bodies = sorted(m.data.split(b"\r\n", 1)[1].replace(b"\r\n", b"\n") for m in sink.messages)
            assert bodies == sorted(h.replace(b"\r\n", b"\n") for h in human)
            assert all(m.rcpt_tos == ["postmaster@example.com"] for m in sink.messages)
        else:
            assert r.forwarded == 0 and sink.messages == []
        (r,) = ImapBridge(cfg).run_once()
        assert r.ok and r.done == 0 and len(sink.messages) == (3 if non_bounce == "forward" else 0)


@pytest.mark.mailstack
@pytest.mark.parametrize("processed", ["flag", "delete"])
def test_processed_flag_or_delete(imap, test_ca, tmp_path, processed):
    mail = bounces(4, offset=2)
    seed(imap, mail)
    cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca, extra=f"processed: {processed}\n")))
    (r,) = ImapBridge(cfg).run_once()
    assert r.ok and r.done == 4 and r.deleted == 4, r.error
    assert not imap.folder_dir("bounces", "Processed").exists()  # not created: not used
    if processed == "delete":
        assert imap.folder_count("bounces") == 0
    else:  # still there, seen, with the keyword: as another IMAP client sees them
        assert digests(imap) == of(mail)
        with IMAPClient("127.0.0.1", imap.imaps_port,
                        ssl_context=ssl.create_default_context(cafile=str(test_ca.ca_cert))) as c:
            c.login("bounces", "bouncepass")
            c.select_folder("INBOX", readonly=True)
            flags = c.get_flags(c.search(["ALL"]))
        assert len(flags) == 4 and all({b"\\Seen", b"$BounceProcessed"} <= set(f) for f in flags.values())
        (key,) = memory(cfg).keys() - {"imap:hosted"}
        assert set(memory(cfg)[key].values()) == {"kept"} and len(memory(cfg)[key]) == 4
    (r,) = ImapBridge(cfg).run_once()  # nothing read twice
    assert r.ok and r.done == 0
    assert len(stored(cfg)) == len(expected_bounce_ids(mail))


@pytest.mark.mailstack
def test_copy_and_uid_expunge_when_the_server_has_no_move(imap, test_ca, tmp_path, monkeypatch):
    real_has = ImapSession.has
    monkeypatch.setattr(ImapSession, "has", lambda self, cap: cap != "MOVE" and real_has(self, cap))
    human, mail = humans(1), bounces(3, offset=3)
    seed(imap, human + mail)
    cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca)))
    (r,) = ImapBridge(cfg).run_once()
    assert r.ok and r.deleted == 3, r.error
    assert digests(imap, "Processed") == of(mail) and digests(imap) == of(human)
    # (Dovecot writes the session's counts when it logs the logout, which may come a moment after the bridge returns)
    try:
        ms.wait_until(lambda: "expunged=3" in imap.log(), 5.0, what="Dovecot's logout line")
    except TimeoutError:
        pass  # (the assertion below says what the log holds)
    log = imap.log()
    assert "expunged=3" in log and "deleted=3" in log  # COPY, \Deleted, UID EXPUNGE (Dovecot's own count)


@pytest.mark.mailstack
def test_idle_delivers_a_new_bounce_to_the_events_in_under_two_seconds(imap, test_ca, tmp_path):
    cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca)))
    got: dict[str, float] = {}
    arrived = threading.Event()

    def on_message(key, uid, outcome):
        got[uid] = time.monotonic()
        arrived.set()

    bridge = ImapBridge(cfg, on_message=on_message)
    t = threading.Thread(target=bridge.run_forever, daemon=True)
    t.start()
    try:
        ms.wait_until(lambda: imap.idling("bounces"), 20, what="the bridge in IDLE")
        latencies = []
        for i, raw in enumerate(bounces(3, offset=9)):
            arrived.clear()
            t0 = time.monotonic()
            imap.seed("bounces", raw)
            assert arrived.wait(10), "no event for a new bounce"
            latencies.append(max(got.values()) - t0)
            assert expected(raw)[1] <= {e["id"] for e in stored(cfg)}
            ms.wait_until(lambda: imap.folder_count("bounces", "Processed") == i + 1, 10, what="moved")
        assert max(latencies) < 2.0, latencies
        print(f"IDLE latencies (s): {[round(x, 3) for x in latencies]}")
    finally:
        bridge.stop()
        t.join(10)
    assert not t.is_alive()
    assert imap.folder_count("bounces") == 0


@pytest.mark.mailstack
@pytest.mark.parametrize("when", ["after-move", "before-move"])
@pytest.mark.parametrize("batch", [1, None], ids=["one-per-commit", "group-commit"])
def test_server_killed_mid_drain_next_run_has_no_duplicate_and_no_loss(imap, test_ca, tmp_path, batch, when,
                                                                      monkeypatch):
    # after-move: killed once a group is recorded and moved; before-move: killed between the
    # durable record of a group and its MOVE (the messages are recorded, still in the folder)
    n = 12 if batch == 1 else 40
    mail = bounces(n, offset=6)
    want = expected_bounce_ids(mail)
    seed(imap, mail)
    taken = []

    def kill_after_five(key, uid, outcome):
        taken.append(uid)
        if len(taken) == 5 and when == "after-move":
            imap.crash()  # SIGKILL: master and children, mid-session

    real_move, crashed = ImapSession.move, []

    def move(self, uids, folder):
        if when == "before-move" and len(taken) >= 4 and not crashed:
            crashed.append(uids)
            imap.crash()
        return real_move(self, uids, folder)

    monkeypatch.setattr(ImapSession, "move", move)
    with WebhookReceiver(SECRET) as rx:
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca), url=rx.url))
        (r,) = ImapBridge(cfg, on_message=kill_after_five, batch_size=batch).run_once()
        k = r.done
        assert not r.ok and k == len(taken) and 5 <= k <= n and "127.0.0.1" in r.error
        moved = imap.folder_count("bounces", "Processed")
        # recorded and not moved: the group the crash cut, and (after-move) messages fetched ahead
        # that were recorded before a MOVE found the server gone; all still in the folder
        assert moved < k, (moved, k, r.fields())
        assert r.sessions == 2  # one retry after backoff, refused: the server is down
        recorded = {e["id"] for e in stored(cfg) if e["event"] == "bounce"}
        assert set(rx.accepted) == recorded <= want and len(rx.requests) == len(recorded)
        assert moved + imap.folder_count("bounces") == n  # nothing lost, nothing copied twice
        imap.restart()
        (r2,) = ImapBridge(cfg).run_once()
        assert r2.ok, r2.error
        # what was recorded and not moved is read again: duplicates, nothing new, nothing resent
        assert r2.done == n - moved and r2.duplicates == k - moved
        assert imap.folder_count("bounces") == 0
        assert digests(imap, "Processed") == of(mail)  # each exactly once
        assert set(rx.accepted) == want and len(rx.requests) == len(want) and rx.duplicates == 0
    events = [e for e in stored(cfg) if e["event"] == "bounce"]
    assert len(events) == len({e["id"] for e in events}) and {e["id"] for e in events} == want
    assert all(not v for k, v in memory(cfg).items() if k != "imap:hosted")  # moved: forgotten


@pytest.mark.mailstack
def test_uidvalidity_change_forgets_the_old_uids_and_reads_the_folder_again(imap, test_ca, tmp_path, store_backend):
    human, mail = humans(2), bounces(3, offset=8)
    seed(imap, human + mail)
    with WebhookReceiver(SECRET) as rx:
        cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca), url=rx.url,
                                         store=store_backend.yaml))
        (r,) = ImapBridge(cfg).run_once()
        assert r.ok and r.kept == 2 and r.deleted == 3
        before = memory(cfg)
        v1 = before["imap:hosted"]["uidvalidity"]
        assert set(before[memory_key("hosted", v1)].values()) == {"kept"}
        time.sleep(1.1)  # Dovecot's new UIDVALIDITY is the time: another second
        imap.new_uidvalidity("bounces")
        later = bounces(2, offset=10)
        seed(imap, later)
        (r,) = ImapBridge(cfg).run_once()
        assert r.ok, r.error
        after = memory(cfg, also=(v1,))
        v2 = after["imap:hosted"]["uidvalidity"]
        assert v2 != v1 and memory_key("hosted", v1) not in after
        assert set(after[memory_key("hosted", v2)].values()) == {"kept"} and len(after[memory_key("hosted", v2)]) == 2
        # the human mail is read again under its new UIDs (a duplicate), the new bounces recorded
        assert r.done == 4 and r.duplicates == 2 and r.kept == 2 and r.deleted == 2
        assert digests(imap) == of(human) and digests(imap, "Processed") == of(mail + later)
        want = expected_bounce_ids(mail + later)
        assert set(rx.accepted) == want and len(rx.requests) == len(want) and rx.duplicates == 0


@pytest.mark.mailstack
def test_cli_once_logs_json_and_fails_clearly_on_a_wrong_ca_and_a_wrong_password(imap, test_ca, tmp_path):
    seed(imap, bounces(2))
    good = bounces(3, offset=2)
    seed(imap, good, user="testuser")
    accounts = (account("badca", imap, test_ca, ca_file=test_ca.other_ca_cert)
                + account("badpw", imap, test_ca, tls="starttls", password="BAD_PASSWORD")
                + account("good", imap, test_ca, user="testuser", password="GOOD_PASSWORD"))
    cfg = write(tmp_path, config_text(tmp_path, accounts))
    r = cli("imapbridge", "--config", str(cfg), "--once")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert (f"bouncefilter: imap account badca: TLS certificate of 127.0.0.1:{imap.imaps_port} not trusted: "
            f"unable to get local issuer certificate (checked against CA file {test_ca.other_ca_cert})") in r.stderr
    assert f"bouncefilter: imap account badpw: login as 'bounces' on 127.0.0.1:{imap.imap_port} refused:" in r.stderr
    assert "not-it" not in r.stderr
    lines = log_lines(r.stderr)
    failed = {x["account"]: x for x in lines if x["message"] == "account failed"}
    assert failed["badca"]["sessions"] == 1 and failed["badpw"]["sessions"] == 2  # a TLS failure: no retry
    (drained,) = [x for x in lines if x["message"] == "drained"]
    assert drained["account"] == "good" and drained["done"] == 3 and drained["deleted"] == 3
    assert imap.folder_count("bounces") == 2 and imap.folder_count("testuser") == 0
    assert {e["id"] for e in stored(load(tmp_path, cfg.read_text()))} == expected_bounce_ids(good)


@pytest.mark.mailstack
@pytest.mark.parametrize("tls, port, said", [
    ("imaps", "pop3s_port", "the server did not greet in IMAP (RFC 3501 section 7.1.1: '* OK ...'): is this an IMAP port?"),
    ("imaps", "imap_port", "WRONG_VERSION_NUMBER (the server did not answer in TLS: is this an IMAPS port?"),
    ("starttls", "imaps_port", "timed out (no greeting: is this an IMAPS port? then tls: imaps)"),
])
def test_a_wrong_port_or_tls_mode_is_a_clear_error(imap, test_ca, tmp_path, tls, port, said):
    p = getattr(imap, port)
    cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca, tls=tls, port=p, extra="timeout: 1s\n")))
    (r,) = ImapBridge(cfg).run_once()
    assert not r.ok and r.error.startswith(f"cannot connect to 127.0.0.1:{p}: {said}"), r.error


@pytest.mark.mailstack
def test_long_running_stops_on_sigterm_within_seconds(imap, test_ca, tmp_path):
    cfg = write(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca)))
    log = tmp_path / "bridge.log"
    with open(log, "w") as err:
        p = subprocess.Popen([sys.executable, "-m", "filter.cli", "imapbridge", "--config", str(cfg)],
                             stdout=subprocess.DEVNULL, stderr=err, cwd=REPO, env=dict(os.environ, **ENV))
    try:
        mail = bounces(2, offset=11)
        ms.wait_until(lambda: imap.idling("bounces"), 30, what="the bridge in IDLE")
        seed(imap, mail)
        ms.wait_until(lambda: imap.folder_count("bounces", "Processed") == 2, 10, what="drained from IDLE")
        t0 = time.monotonic()
        p.send_signal(signal.SIGTERM)
        assert p.wait(10) == 0
        assert time.monotonic() - t0 < 3
    finally:
        if p.poll() is None:
            p.kill()
    assert "Traceback" not in log.read_text()
    assert {e["id"] for e in stored(load(tmp_path, cfg.read_text()))} == expected_bounce_ids(mail)


@pytest.mark.mailstack
def test_sighup_reloads_the_config_and_refuses_an_invalid_one(imap, test_ca, tmp_path):
    cfg = write(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca)))
    log = tmp_path / "bridge.log"
    with open(log, "w") as err:
        p = subprocess.Popen([sys.executable, "-m", "filter.cli", "imapbridge", "--config", str(cfg)],
                             stdout=subprocess.DEVNULL, stderr=err, cwd=REPO, env=dict(os.environ, **ENV))
    try:
        ms.wait_until(lambda: imap.idling("bounces"), 30, what="the bridge in IDLE")
        cfg.write_text(cfg.read_text() + "      processed_folder: Done\n")
        load(tmp_path, cfg.read_text())  # valid
        p.send_signal(signal.SIGHUP)
        ms.wait_until(lambda: '"config reloaded"' in log.read_text(), 20, what="the reload")
        first = bounces(1, offset=12)
        seed(imap, first)
        ms.wait_until(lambda: imap.folder_count("bounces", "Done") == 1, 20, what="moved to the new folder")
        good = cfg.read_text()
        cfg.write_text(good.replace("poll_interval: 200ms", "poll_interval: soon"))
        p.send_signal(signal.SIGHUP)
        ms.wait_until(lambda: '"reload refused' in log.read_text(), 20, what="the refusal")
        second = bounces(1, offset=13)
        seed(imap, second)  # still running, with the config loaded before
        ms.wait_until(lambda: imap.folder_count("bounces", "Done") == 2, 20, what="still watching")
        assert p.poll() is None
        p.send_signal(signal.SIGTERM)
        assert p.wait(10) == 0
    finally:
        if p.poll() is None:
            p.kill()
    text = log.read_text()
    assert "Traceback" not in text and "imap.poll_interval" in text
    assert imap.folder_count("bounces", "Processed") == 0


@pytest.mark.mailstack
def test_oversized_message_is_classified_on_its_start(imap, test_ca, tmp_path):
    raw = (CORPUS / "bounces" / "lhost-postfix-01.eml").read_bytes()
    kind, ids = expected(raw)
    big = raw.rstrip(b"\n") + b"\n" + b"".join(b"epilogue filler line %06d ..........................\n" % i
                                               for i in range(5000))
    seed(imap, [big])
    cfg = load(tmp_path, config_text(tmp_path, account("hosted", imap, test_ca, extra="max_message_size: 65536\n")))
    (r,) = ImapBridge(cfg).run_once()
    assert r.ok and r.headonly == 1 and r.done == 1, r.error
    assert {e["kind"] for e in stored(cfg)} == {kind} and kind != model.NOT_BOUNCE
    assert imap.folder_count("bounces", "Processed") == 1  # the whole message moved, not a cut copy
    assert len(imap.folder_files("bounces", "Processed")[0].read_bytes()) >= len(big)


def test_command_without_an_imap_section_exits_78(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n")
    r = cli("imapbridge", "--config", str(cfg), "--once")
    assert r.returncode == 78 and "no imap: section" in r.stderr and "Traceback" not in r.stderr


class _Introspection:
    """An RFC 7662 token introspection endpoint on 127.0.0.1 for Dovecot's oauth2 passdb: the
    tokens in ``valid`` are active for user ``bounces``; every token asked about is recorded."""

    def __init__(self):
        import http.server
        import json
        import urllib.parse

        self.valid: set[str] = set()
        self.asked: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                token = urllib.parse.parse_qs(body).get("token", [""])[0]
                outer.asked.append(token)
                answer = {"active": True, "username": "bounces"} if token in outer.valid else {"active": False}
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *a):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/introspect"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.mailstack
def test_xoauth2_login_reads_the_token_file_again_at_each_login(test_ca, tmp_path):
    why = imapstack.unavailable_reason()
    if why:
        pytest.skip(why)
    idp = _Introspection()
    try:
        with imapstack.ImapDovecot(users={"bounces": "bouncepass"}, tls=test_ca,
                                   oauth2_introspection=idp.url, background_stop=True) as dv:
            token = tmp_path / "imap.token"
            token.write_text("token-one\n")
            acct = account("hosted", dv, test_ca).replace("password: ${POP3_PASSWORD}", f"oauth2_token_file: {token}")
            cfg = load(tmp_path, config_text(tmp_path, acct))
            idp.valid = {"token-one"}
            first = bounces(2, offset=14)
            seed(dv, first)
            (r,) = ImapBridge(cfg).run_once()
            assert r.ok and r.done == 2, r.error
            # the refresher rewrote the file; the old token is no longer valid
            token.write_text("token-two\n")
            idp.valid = {"token-two"}
            second = bounces(2, offset=15)
            seed(dv, second)
            (r,) = ImapBridge(cfg).run_once()
            assert r.ok and r.done == 2, r.error
            assert idp.asked[-1] == "token-two" and "token-one" in idp.asked
            assert digests(dv, "Processed") == of(first + second)
            assert dv.log().count("Login: user=<bounces>, method=XOAUTH2") == 2
            # a token the provider refuses: a clear error, retried, the token never shown
            idp.valid = set()
            (r,) = ImapBridge(cfg).run_once()
            assert not r.ok and r.sessions == 2
            assert r.error.startswith(f"login as 'bounces' on 127.0.0.1:{dv.imaps_port} refused:") and "token-two" not in r.error
    finally:
        idp.close()
