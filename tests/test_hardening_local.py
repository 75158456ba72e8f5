"""Issue 10, findings 7, 9, 10 and 12 (files): the milter's queue, local file attacks, secrets.

CI runs as root: the checks of owners and modes are exercised by modes (which bind root too);
the one test about another user's folder drops to ``nobody`` in a subprocess (root only).
"""
from __future__ import annotations

import io
import logging
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from filter.engine.actions import Context, create
from filter.config import ConfigError, load, loads, redact_url
from filter.fsutil import UnsafePath, check_private_dir, write_atomic
from filter.adapters.pipe import run as pipe_run

REPO = Path(__file__).resolve().parents[1]
DSN = (b"From: MAILER-DAEMON@mx.example\nTo: bounces@ours.example\nSubject: Undelivered Mail Returned to Sender\n"
       b"Message-ID: <dsn-1@mx.example>\n\n<jo@example.net>: host mx.example.net said: 550 5.1.1 <jo@example.net>:"
       b" Recipient address rejected: User unknown\n")


def cli(*args: str, env: dict | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], cwd=str(REPO), capture_output=True,
                          input=stdin, env=dict(os.environ, **(env or {})), timeout=60)


def write_config(tmp_path: Path, text: str = "", state: Path | None = None) -> Path:
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"state_dir: {state or tmp_path / 'state'}\n" + text)
    return cfg


# -- 9: no predictable names, no symlink followed -------------------------------------------------
def test_write_atomic_never_writes_through_a_planted_symlink(tmp_path):
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    target = tmp_path / "list.txt"
    for pid in {os.getpid(), os.getppid()}:  # the names the old code used
        (tmp_path / f".list.txt.{pid}.tmp").symlink_to(victim)
    write_atomic(target, b"new content\n")
    assert victim.read_bytes() == b"precious"
    assert target.read_bytes() == b"new content\n" and not target.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600          # the default mode, whatever the umask
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == \
        sorted(f".list.txt.{pid}.tmp" for pid in {os.getpid(), os.getppid()})   # only the planted ones


def test_the_pipe_spill_never_writes_through_a_planted_symlink(tmp_path):
    cfg = write_config(tmp_path, "pipe: {max_size: 1024}\n")
    qdir = tmp_path / "state" / "quarantine"
    qdir.mkdir(parents=True, mode=0o700)
    (tmp_path / "state").chmod(0o700)
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    (qdir / f".incoming-{os.getpid()}.eml").symlink_to(victim)    # the name the old code used
    big = DSN + b"x" * 5000 + b"\n"
    assert pipe_run(str(cfg), stdin=io.BytesIO(big), stderr=io.StringIO()) == 0
    assert victim.read_bytes() == b"precious"
    kept = [p for p in qdir.glob("*.eml") if not p.is_symlink()]
    assert len(kept) == 1 and kept[0].read_bytes() == big               # kept whole
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o1777, 0o757])
def test_a_state_dir_others_can_write_into_is_refused_with_its_name(tmp_path, mode):
    state = tmp_path / "state"
    state.mkdir()
    state.chmod(mode)
    cfg = write_config(tmp_path, state=state)
    with pytest.raises(ConfigError) as e:
        load(cfg)
    [msg] = e.value.errors
    assert f"state_dir: folder {state} is writable by" in msg and "refused" in msg and "chmod 700" in msg
    err = io.StringIO()
    assert pipe_run(str(cfg), stdin=io.BytesIO(DSN), stderr=err) == 75           # the MTA keeps it
    assert str(state) in err.getvalue() and "Traceback" not in err.getvalue()
    r = cli("check-config", str(cfg))
    assert r.returncode == 78 and str(state).encode() in r.stderr and b"Traceback" not in r.stderr
    assert not (state / "bouncefilter.db").exists()


def test_a_state_dir_that_became_unsafe_after_start_up_is_refused_by_the_store(tmp_path):
    from filter.engine import Engine
    from filter.store.sqlite import StoreUnavailable

    config = load(write_config(tmp_path))
    (tmp_path / "state").mkdir(mode=0o777)
    os.chmod(tmp_path / "state", 0o777)
    with pytest.raises(StoreUnavailable, match="writable by others"), Engine(config) as engine:
        engine.process(DSN, source="test")


def test_a_world_writable_folder_above_is_refused_unless_sticky(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "state").mkdir(mode=0o700)
    shared.chmod(0o777)
    with pytest.raises(UnsafePath, match=f"the folder above it, {shared}, is writable by others"):
        check_private_dir(shared / "state")
    shared.chmod(0o1777)                                                  # like /tmp: accepted
    check_private_dir(shared / "state")


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to make a folder owned by another user")
def test_a_state_dir_owned_by_another_user_is_refused():
    import pwd

    nobody = pwd.getpwnam("nobody")
    base = Path(tempfile.mkdtemp(prefix="bf-owner-"))
    try:
        base.chmod(0o755)
        other = base / "state"
        other.mkdir(mode=0o755)
        os.chown(other, 12345, 12345)                                    # a third user's folder, not writable by nobody
        code = ("import os, sys, pwd; from filter.fsutil import check_private_dir; os.setgid(%d); os.setuid(%d)\n"
                "try:\n    check_private_dir(sys.argv[1])\nexcept OSError as e:\n    print(e); sys.exit(3)\n"
                % (nobody.pw_gid, nobody.pw_uid))
        r = subprocess.run([sys.executable, "-c", code, str(other)], cwd=str(REPO), capture_output=True, text=True,
                           env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=30)
        assert r.returncode == 3, r.stderr
        assert f"{other} is owned by uid 12345, not by this user (nobody" in r.stdout
        check_private_dir(other)                                         # root may use the service user's folder
    finally:
        shutil.rmtree(base)


# -- 12: modes under umask 022; the spill capped --------------------------------------------------
def test_store_quarantine_and_spill_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        cfg = write_config(tmp_path, "pipe: {max_size: 1024}\n")
        assert pipe_run(str(cfg), stdin=io.BytesIO(DSN), stderr=io.StringIO()) == 0
        assert pipe_run(str(cfg), stdin=io.BytesIO(DSN + b"y" * 4000 + b"\n"), stderr=io.StringIO()) == 0
    finally:
        os.umask(old)
    state = tmp_path / "state"
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    assert stat.S_IMODE((state / "quarantine").stat().st_mode) == 0o700
    for f in ["bouncefilter.db", *(f"quarantine/{p.name}" for p in (state / "quarantine").iterdir())]:
        assert stat.S_IMODE((state / f).stat().st_mode) == 0o600, f
    assert list((state / "quarantine").glob("*.eml"))


def test_the_oversize_spill_is_capped_and_defers_beyond(tmp_path):
    cfg = write_config(tmp_path, "pipe: {max_size: 1024, max_spill: 65536}\n")
    err = io.StringIO()
    huge = DSN + b"z" * (1 << 20)
    assert pipe_run(str(cfg), stdin=io.BytesIO(huge), stderr=err) == 75
    assert "larger than pipe.max_spill (65536 bytes)" in err.getvalue()
    assert [p for p in (tmp_path / "state" / "quarantine").iterdir()] == []   # nothing half-kept
    err = io.StringIO()
    assert pipe_run(str(cfg), stdin=io.BytesIO(DSN + b"z" * 30000), stderr=err) == 0   # under the cap: kept
    assert len(list((tmp_path / "state" / "quarantine").glob("*.eml"))) == 1


# -- 7: the milter's record queue is bounded ------------------------------------------------------
def test_the_milter_record_queue_is_bounded_and_fails_open(tmp_path, caplog):
    pytest.importorskip("Milter")
    import Milter
    from test_milter import drive

    from filter.engine import Engine
    from filter.adapters.milter_app import MilterApp

    release = threading.Event()

    class Stuck(Engine):  # a store locked for longer than the milter.timeout
        def process(self, *a, **kw):
            release.wait(30)
            return super().process(*a, **kw)

    cfg = loads(f"state_dir: {tmp_path / 'state'}\nmilter: {{bounce_addresses: [bounces@ours.example], deliver: false,"
                " timeout: 50ms, queue_max: 3, queue_max_bytes: 1048576}\n", env={})
    app = MilterApp(cfg, engine_factory=lambda c: Stuck(c))
    big = DSN + b"b" * 400_000 + b"\n"
    try:
        with caplog.at_level(logging.INFO, logger="bouncefilter.milter"):
            runs = [drive(app, big.replace(b"dsn-1", b"dsn-%d" % i)) for i in range(10)]
            assert all((r.stage, r.rc) == ("eom", Milter.ACCEPT) for r in runs)     # fail open, never held
            assert app.queued <= 3 and app.queued_bytes <= 1048576 + len(big)
            full = [r.getMessage() for r in caplog.records if "record queue full" in r.getMessage()]
            assert len(full) >= 7 and all("accepted unchanged" in m for m in full)
    finally:
        release.set()
        app.close()
    assert app.queued == 0 and app.queued_bytes == 0


# -- 10: secrets never printed, stored in clear or inherited --------------------------------------
SECRETS = {"HOOK_TOKEN": "tok-5ecret-1", "HOOK_SECRET": "hmac-5ecret-2", "EXEC_SECRET": "exec-5ecret-3"}


def test_check_config_prints_the_reference_never_the_resolved_value(tmp_path):
    cfg = write_config(tmp_path, """\
actions:
  app: {type: webhook, url: 'https://hooks.example/b?token=${HOOK_TOKEN}', secret: '${HOOK_SECRET}',
        headers: ['Authorization: Bearer ${HOOK_TOKEN}']}
  run: {type: exec, command: [/usr/bin/true, '--key=${EXEC_SECRET}'], env: ['KEY=${EXEC_SECRET}']}
""")
    r = cli("check-config", str(cfg), env=SECRETS)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    for value in SECRETS.values():
        assert value not in out
    assert "token=${HOOK_TOKEN}" in out and "Bearer ${HOOK_TOKEN}" in out
    assert "--key=${EXEC_SECRET}" in out and "KEY=${EXEC_SECRET}" in out


def test_outbox_list_cuts_tokens_out_of_urls_in_errors(tmp_path):
    cfg = write_config(tmp_path, """\
outbox: {tries: 1, backoff_initial: 1ms, inline_budget: 2s}
actions:
  app: {type: webhook, url: 'http://user:pw@127.0.0.1:1/hook?token=${HOOK_TOKEN}', secret: '${HOOK_SECRET}', timeout: 1s}
rules:
  - {match: {event: bounce}, actions: [app]}
""")
    r = cli("process", "--config", str(cfg), "-", env=SECRETS, stdin=DSN)
    assert b"Traceback" not in r.stderr
    for args in (("outbox", "list", "--config", str(cfg)), ("outbox", "list", "--json", "--config", str(cfg))):
        r = cli(*args, env=SECRETS)
        assert r.returncode == 0, r.stderr
        out = r.stdout.decode()
        assert "127.0.0.1:1/hook" in out                                   # the error is still useful
        assert SECRETS["HOOK_TOKEN"] not in out and "user:pw" not in out
    assert redact_url("POST https://u:p@h.example/x?token=1: HTTP 500") == "POST https://h.example/x?...: HTTP 500"


def test_an_exec_child_does_not_inherit_the_configs_secrets(tmp_path, monkeypatch):
    for k, v in SECRETS.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("UNRELATED", "kept")
    dump = tmp_path / "env.txt"
    config = loads(f"""\
actions:
  app: {{type: webhook, url: 'https://hooks.example/b?token=${{HOOK_TOKEN}}', secret: '${{HOOK_SECRET}}'}}
  run: {{type: exec, command: ['{sys.executable}', '-c', 'import os,sys; open(sys.argv[1],"w").write(repr(dict(os.environ)))',
         '{dump}'], env: ['MINE=${{EXEC_SECRET}}']}}
""", base=tmp_path)
    create(config.actions["run"], config).deliver({"id": "e1", "event": "bounce"}, Context())
    env = eval(dump.read_text())  # noqa: S307 - our own repr
    assert "HOOK_SECRET" not in env and "HOOK_TOKEN" not in env
    assert env["MINE"] == SECRETS["EXEC_SECRET"] and env["UNRELATED"] == "kept"
    assert env["BOUNCEFILTER_EVENT_ID"] == "e1"


def test_forward_refuses_a_login_in_clear_unless_allowed(tmp_path):
    base = "actions:\n  humans: {type: forward, to: [pm@ours.example], username: bf, password: '${SMTP_PW}'%s}\n"
    with pytest.raises(ConfigError, match="actions.humans.username: a login without starttls: true sends the "
                                          "password in clear"):
        loads(base % "", env={"SMTP_PW": "pw"})
    loads(base % ", starttls: true", env={"SMTP_PW": "pw"})
    loads(base % ", allow_insecure_auth: true", env={"SMTP_PW": "pw"})


def test_forward_sends_every_line_end_as_crlf(monkeypatch):
    import smtplib

    sent: list[bytes] = []

    class FakeSMTP:
        def __init__(self, *a, **kw):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def ehlo(self):
            pass

        def sendmail(self, sender, to, data):
            sent.append(data)

    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    config = loads("actions:\n  humans: {type: forward, to: [pm@ours.example]}\n")
    raw = b"Subject: hi\r\n\r\nline one\r.\rline two\nline three\r\n"
    create(config.actions["humans"], config).deliver({"id": "e1"}, Context(message=lambda _id: raw))
    [data] = sent
    assert b"\r.\r" not in data
    assert data.count(b"\r") == data.count(b"\r\n")                        # no bare CR
    assert data.count(b"\n") == data.count(b"\r\n")                        # no bare LF
    assert b"\r\n.\r\n" in data  # a line of one dot: smtplib's dot-stuffing now sees it as a line


def test_a_webhook_error_never_carries_the_urls_tokens():
    """What the outbox stores as a delivery's last error: the URL without userinfo, query or
    fragment (finding 10)."""
    from filter.engine.actions import Context, Retry, create
    from filter.config import loads

    cfg = loads("actions:\n  hook: {type: webhook, url: 'http://user:pw@127.0.0.1:9/x?token=s3cret#f', "
                "secret: '${HOOK_SECRET}', timeout: 1s, deadline: 2s}\n", env={"HOOK_SECRET": "abc"})
    hook = create(cfg.actions["hook"], cfg)
    try:
        hook.deliver({"event": "bounce", "id": "e1"}, Context())
    except Retry as exc:
        text = str(exc)
    else:
        raise AssertionError("a closed port must make the delivery retry")
    assert "s3cret" not in text and "pw" not in text and "127.0.0.1:9/x" in text
