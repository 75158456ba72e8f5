"""Each action against real parts: an HTTP receiver, aiosmtpd, real files, real subprocesses, postmap."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from filter.engine.actions import Context, Permanent, Retry, create
from filter.engine.actions.suppression_file import ListFile
from filter.engine.actions.webhook import sign, verify
from filter.config import loads
from receivers import SMTPSink, WebhookReceiver

REPO = Path(__file__).resolve().parents[1]
SECRET = "s3cret-for-tests"
EVENT = {"id": "0123456789abcdef0123456789abcdef", "event": "bounce", "kind": "failed",
         "recipient": {"address": "Jo@Example.com", "reason": "user_unknown", "class": "hard", "permanent": True,
                       "status": "5.1.1", "reply_code": "550", "diagnostic": "no such user"},
         "original": {"message_id": "<m@x>", "headers": {}}, "received_at": "2024-05-01T12:00:00Z"}


def action(tmp_path, type_: str, **opts):
    body = json.dumps({"type": type_, **opts})
    c = loads(f"actions:\n  x: {body}\n", env={"HOOK_SECRET": SECRET}, base=tmp_path)
    return create(c.actions["x"], c)


def hook(tmp_path, url, **kw):
    return action(tmp_path, "webhook", url=url, secret="${HOOK_SECRET}", **kw)


# -- webhook -------------------------------------------------------------------------------------
def test_webhook_contract_headers_body_and_signature(tmp_path):
    with WebhookReceiver(SECRET) as rx:
        hook(tmp_path, rx.url).deliver(EVENT, Context())
        (r,) = rx.requests
    assert r.status == 200 and rx.bad_signatures == 0
    assert r.headers["Content-Type"] == "application/json"
    assert r.key == EVENT["id"]
    assert r.json == EVENT
    t, v1 = dict(p.split("=", 1) for p in r.signature.split(",")).values()
    import hashlib
    import hmac

    assert v1 == hmac.new(SECRET.encode(), f"{t}.".encode() + r.body, hashlib.sha256).hexdigest()
    assert verify(SECRET, r.body, r.signature)
    assert not verify("wrong", r.body, r.signature)
    assert not verify(SECRET, r.body + b" ", r.signature)
    assert not verify(SECRET, r.body, sign(SECRET, r.body, int(time.time()) - 3600))  # stale


@pytest.mark.parametrize("status, outcome", [(200, None), (204, None), (400, Permanent), (404, Permanent),
                                             (410, Permanent), (408, Retry), (429, Retry), (500, Retry),
                                             (503, Retry), (302, Retry)])
def test_webhook_status_classes(tmp_path, status, outcome):
    with WebhookReceiver() as rx:
        rx.status = status
        a = hook(tmp_path, rx.url)
        if outcome is None:
            a.deliver(EVENT, Context())
        else:
            with pytest.raises(outcome, match=str(status)):
                a.deliver(EVENT, Context())
        assert len(rx.requests) == 1  # a 302 is not followed


def test_webhook_down_and_slow_are_retry(tmp_path):
    rx = WebhookReceiver()
    with pytest.raises(Retry):
        hook(tmp_path, rx.url).deliver(EVENT, Context())  # nothing listening
    with rx:
        rx.delay = 1.5
        t = time.monotonic()
        with pytest.raises(Retry):
            hook(tmp_path, rx.url, timeout="0.3s").deliver(EVENT, Context())
        assert time.monotonic() - t < 1.4


def test_webhook_tls_is_verified(tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    import mailstack

    tls = mailstack.make_test_ca(tmp_path / "tls")
    with WebhookReceiver(SECRET, tls=(tls.cert, tls.key)) as rx:
        url = rx.url.replace("127.0.0.1", "localhost")
        with pytest.raises(Retry, match="CERTIFICATE_VERIFY_FAILED"):
            hook(tmp_path, url).deliver(EVENT, Context())               # system CAs do not know it
        with pytest.raises(Retry, match="CERTIFICATE_VERIFY_FAILED"):
            hook(tmp_path, url, ca_file=str(tls.other_ca_cert)).deliver(EVENT, Context())
        hook(tmp_path, url, ca_file=str(tls.ca_cert)).deliver(EVENT, Context())
        assert len(rx.accepted) == 1


# -- suppression_file ----------------------------------------------------------------------------
def rows(*addresses, reason="user_unknown"):
    return {a.lower(): {"address": a.lower(), "reason": reason, "class": "hard", "first_seen": 1714564800.0,
                        "last_seen": 1714568400.0} for a in addresses}


def ev_for(address, event="suppressed"):
    return {**EVENT, "event": event, "recipient": {**EVENT["recipient"], "address": address}}


@pytest.mark.parametrize("fmt, expected", [
    ("plain", "a@x.test\njo@example.com\n"),
    ("csv", "address,reason,class,first_seen,last_seen\n"
            "a@x.test,user_unknown,hard,2024-05-01T12:00:00Z,2024-05-01T13:00:00Z\n"
            "jo@example.com,user_unknown,hard,2024-05-01T12:00:00Z,2024-05-01T13:00:00Z\n"),
    ("postfix", "# bouncefilter suppression list (access(5) map); rewritten by bouncefilter\n"
                "a@x.test REJECT 5.1.1 suppressed: user_unknown\n"
                "jo@example.com REJECT 5.1.1 suppressed: user_unknown\n"),
])
def test_suppression_file_formats_no_duplicates_and_removal(tmp_path, fmt, expected):
    path = tmp_path / "list"
    a = action(tmp_path, "suppression_file", path=str(path), format=fmt)
    state = rows("Jo@Example.com", "a@x.test")
    ctx = Context(suppression=state.get)
    for _ in range(2):  # twice: no duplicates
        assert a.deliver_batch([ev_for("Jo@Example.com"), ev_for("a@x.test"), ev_for("JO@example.com")], ctx) == \
            [None, None, None]
    assert path.read_text() == expected
    del state["jo@example.com"]
    a.deliver(ev_for("jo@example.com", "unsuppressed"), ctx)
    assert "jo@example.com" not in path.read_text()
    assert "a@x.test" in path.read_text()
    assert not list(tmp_path.glob(".list.*.tmp"))


def test_suppression_file_mirrors_store_state_whatever_the_order(tmp_path):
    path = tmp_path / "list"
    a = action(tmp_path, "suppression_file", path=str(path))
    a.deliver(ev_for("jo@example.com", "unsuppressed"), Context(suppression=lambda addr: None))
    # a late retry of the earlier 'suppressed' cannot resurrect an address the store no longer lists
    a.deliver(ev_for("jo@example.com", "suppressed"), Context(suppression=lambda addr: None))
    assert path.read_text() == ""


@pytest.mark.parametrize("bad", ["x y@z", "a@b\nevil@x OK", "a@b REJECT", "", "nope", "a@@b"])
def test_suppression_file_refuses_unlistable_addresses(tmp_path, bad):
    a = action(tmp_path, "suppression_file", path=str(tmp_path / "l"), format="postfix")
    (err,) = a.deliver_batch([ev_for(bad)], Context(suppression=lambda addr: rows(addr)[addr.lower()]))
    assert isinstance(err, Permanent)


@pytest.mark.skipif(not os.access("/usr/sbin/postmap", os.X_OK), reason="postmap not installed")
def test_suppression_file_postfix_with_real_postmap(tmp_path):
    conf = tmp_path / "pf"
    conf.mkdir()
    (conf / "main.cf").write_text("compatibility_level = 3.6\n")
    path = tmp_path / "suppressed"
    a = action(tmp_path, "suppression_file", path=str(path), format="postfix", postmap=True,
               postmap_command=["/usr/sbin/postmap", "-c", str(conf)], map_type="hash")
    state = rows("jo@example.com")
    a.deliver(ev_for("jo@example.com"), Context(suppression=state.get))

    def query(addr):
        return subprocess.run(["/usr/sbin/postmap", "-c", str(conf), "-q", addr, f"hash:{path}"],
                              capture_output=True, text=True, timeout=60)

    assert query("jo@example.com").stdout.strip() == "REJECT 5.1.1 suppressed: user_unknown"
    a.deliver(ev_for("jo@example.com", "unsuppressed"), Context(suppression=lambda addr: None))
    assert query("jo@example.com").returncode == 1  # not found any more
    # a postmap failure is a retry, and the retry runs postmap even though the list is unchanged
    bad = action(tmp_path, "suppression_file", path=str(path), format="postfix", postmap=True,
                 postmap_command=["/usr/sbin/postmap", "-c", str(tmp_path / "nowhere")])
    with pytest.raises(Retry):
        bad.deliver(ev_for("jo@example.com"), Context(suppression=state.get))
    a.deliver(ev_for("jo@example.com"), Context(suppression=state.get))
    assert query("jo@example.com").returncode == 0


ADDER = r"""
import sys
from filter.engine.actions import Context, create
from filter.config import loads
path, fmt, prefix, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
c = loads(f"actions: {{x: {{type: suppression_file, path: '{path}', format: {fmt}}}}}", env={})
a = create(c.actions["x"], c)
row = lambda addr: {"address": addr, "reason": "user_unknown", "class": "hard", "first_seen": 0, "last_seen": 0}
for i in range(n):
    addr = f"{prefix}{i:04d}@example.com"
    a.deliver({"id": addr, "event": "suppressed", "recipient": {"address": addr}}, Context(suppression=row))
"""


@pytest.mark.parametrize("fmt", ["plain", "postfix"])
def test_two_processes_1000_adds_each_leave_exactly_the_union(tmp_path, fmt):
    path = tmp_path / "suppressed"
    t = time.monotonic()
    procs = [subprocess.Popen([sys.executable, "-c", ADDER, str(path), fmt, p, "1000"], cwd=REPO)
             for p in ("a", "b")]
    assert [p.wait(300) for p in procs] == [0, 0]
    elapsed = time.monotonic() - t
    lines = [ln for ln in path.read_text().splitlines() if not ln.startswith("#")]
    expected = sorted(f"{p}{i:04d}@example.com" for p in "ab" for i in range(1000))
    assert len(lines) == 2000
    assert sorted(ln.split()[0] for ln in lines) == expected     # exactly the union, no duplicates
    if fmt == "postfix":                                          # no torn lines
        assert all(ln.endswith(" REJECT 5.1.1 suppressed: user_unknown") and len(ln.split()) == 5 for ln in lines)
    print(f"\n[two writers, {fmt}] 2 x 1000 adds in {elapsed:.1f}s")


def test_list_file_reader_never_sees_a_torn_file(tmp_path):
    path = tmp_path / "l"
    lf = ListFile(path, "plain")
    stop = threading.Event()
    seen_bad = []

    def reader():
        while not stop.is_set():
            try:
                text = path.read_text()
            except FileNotFoundError:
                continue
            if text and not text.endswith("\n"):
                seen_bad.append(text)

    th = threading.Thread(target=reader)
    th.start()
    try:
        for i in range(200):
            lf.write({f"a{j}@x": f"a{j}@x" for j in range(i)})
    finally:
        stop.set()
        th.join()
    assert seen_bad == []


# -- exec ----------------------------------------------------------------------------------------
def test_exec_gets_event_on_stdin_without_a_shell(tmp_path):
    out = tmp_path / "out.json"
    script = f"import sys, os; open({str(out)!r}, 'w').write(sys.stdin.read() + '|' + os.environ['TENANT'])"
    a = action(tmp_path, "exec", command=[sys.executable, "-c", script, "; rm -rf /"], env=["TENANT=acme"])
    a.deliver(EVENT, Context())
    body, tenant = out.read_text().rsplit("|", 1)
    assert json.loads(body) == EVENT and tenant == "acme"


@pytest.mark.parametrize("code, outcome", [(75, Retry), (1, Permanent), (64, Permanent)])
def test_exec_exit_codes(tmp_path, code, outcome):
    a = action(tmp_path, "exec", command=[sys.executable, "-c", f"import sys; print('boom', file=sys.stderr); sys.exit({code})"])
    with pytest.raises(outcome, match=f"exit {code}: boom"):
        a.deliver(EVENT, Context())


def test_exec_timeout_and_missing_program(tmp_path):
    a = action(tmp_path, "exec", command=[sys.executable, "-c", "import time; time.sleep(30)"], timeout="0.3s")
    t = time.monotonic()
    with pytest.raises(Retry, match="timed out"):
        a.deliver(EVENT, Context())
    assert time.monotonic() - t < 5
    with pytest.raises(Permanent):
        action(tmp_path, "exec", command=[str(tmp_path / "no-such-program")]).deliver(EVENT, Context())


# -- log -----------------------------------------------------------------------------------------
def test_log_appends_json_lines(tmp_path):
    a = action(tmp_path, "log", path="logs/events.jsonl", fsync=True)
    a.deliver(EVENT, Context())
    a.deliver({**EVENT, "id": "2"}, Context())
    lines = (tmp_path / "logs" / "events.jsonl").read_text().splitlines()
    assert [json.loads(x)["id"] for x in lines] == [EVENT["id"], "2"]


# -- forward -------------------------------------------------------------------------------------
HUMAN = b"From: someone@example.org\nTo: bounces@example.com\nSubject: re: your mail\n\nHello, a human here.\n"


def test_forward_sends_the_original_over_smtp(tmp_path):
    with SMTPSink() as sink:
        a = action(tmp_path, "forward", to=["postmaster@example.com"], host="127.0.0.1", port=sink.port)
        a.deliver(EVENT, Context(message=lambda eid: HUMAN))
        (m,) = sink.messages
    assert m.rcpt_tos == ["postmaster@example.com"] and m.mail_from == "<>"
    assert m.data.startswith(f"X-Bouncefilter-Event: {EVENT['id']}\r\n".encode())
    assert b"Hello, a human here.\r\n" in m.data and b"\n\n" not in m.data.replace(b"\r\n", b"")


def test_forward_refusals_and_missing_message(tmp_path):
    with SMTPSink(refuse="554 5.7.1 no thanks") as sink:
        a = action(tmp_path, "forward", to=["p@example.com"], host="127.0.0.1", port=sink.port)
        with pytest.raises(Permanent, match="554"):
            a.deliver(EVENT, Context(message=lambda eid: HUMAN))
        sink.refuse = "451 4.3.0 try later"
        with pytest.raises(Retry, match="451"):
            a.deliver(EVENT, Context(message=lambda eid: HUMAN))
        with pytest.raises(Permanent, match="not kept"):
            a.deliver(EVENT, Context())
    with pytest.raises(Retry):  # nobody listening any more
        a.deliver(EVENT, Context(message=lambda eid: HUMAN))


def test_forward_starttls_is_required_and_verified(tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    import mailstack

    tls = mailstack.make_test_ca(tmp_path / "tls")
    with SMTPSink(tls=(tls.cert, tls.key)) as sink:
        kw = dict(to=["p@example.com"], host="127.0.0.1", port=sink.port, starttls=True)
        with pytest.raises(Retry, match="CERTIFICATE_VERIFY_FAILED"):
            action(tmp_path, "forward", **kw, ca_file=str(tls.other_ca_cert)).deliver(EVENT, Context(message=lambda e: HUMAN))
        action(tmp_path, "forward", **kw, ca_file=str(tls.ca_cert)).deliver(EVENT, Context(message=lambda e: HUMAN))
        assert len(sink.messages) == 1
