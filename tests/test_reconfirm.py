"""Re-confirmation before a removal for good (issue 15 part 3, ``reconfirm:``, docs/hygiene.md).

On both store engines, on simulated time: the mail goes through the configured relay to an
aiosmtpd sink (tests/receivers.py), its link is followed over HTTP on the real ``bouncefilter
web`` (and on ``bouncefilter reconfirm serve``), and a real bounce of it (the testing kit's Postfix
DSN returning the mail the sink got) is fed back through ``bouncefilter process``.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from email.utils import formatdate
from html import unescape
from pathlib import Path

import pytest

import webstack as ws
from filter.config import ConfigError, loads
from filter.engine import Engine
from filter.hygiene import reconfirm as rc
from filter.testing.bounces import BounceFactory
from filter.trust import verp
from receivers import SMTPSink, fake_classify, fake_message
from test_probation import Clock

REPO = Path(__file__).resolve().parents[1]
DAY = 86400.0
STORE = ""
KEY = "reconfirm-test-key-0123456789abcdef"

#: every test of this module runs on SQLite and on PostgreSQL (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("store_in_module")


def config_text(tmp_path: Path, relay_port: int, web_port: int = 9, soft: str = "probation_after: 0",
                reconfirm: str = "") -> str:
    (tmp_path / "link.key").write_text(KEY + "\n")
    return f"""\
state_dir: {tmp_path / 'state'}
{STORE}soft_bounce: {{threshold: 3, window: 14d, reset_after: 30d, {soft}}}
trust: {{secret_file: {tmp_path / 'link.key'}, bounce_address: bounces@sender.example, require: unverified}}
reconfirm:
  url: http://127.0.0.1:{web_port}
  mail_from: lists@sender.example
  host: 127.0.0.1
  port: {relay_port}
  timeout: 10s
{reconfirm}web: {{listen: '127.0.0.1:{web_port}'}}
actions:
  events: {{type: log, path: {tmp_path / 'events.jsonl'}}}
  list: {{type: suppression_file, path: {tmp_path / 'suppressed'}, format: plain}}
rules:
  - {{match: {{event: bounce, class: [hard, undetermined]}}, actions: [list]}}
  - {{match: {{event: bounce, kind: complaint}}, actions: [list]}}
  - {{match: {{event: [suppressed, unsuppressed, probation, resuppressed, reconfirm_sent, reconfirmed, removed]}},
      actions: [events]}}
"""


def make_engine(tmp_path: Path, clock: Clock, relay_port: int, **kw) -> Engine:
    return Engine(loads(config_text(tmp_path, relay_port, **kw), base=tmp_path), classify=fake_classify, clock=clock)


_n = [0]


def bounce(e: Engine, spec: str, kind: str = "failed"):
    _n[0] += 1
    return e.process(fake_message(spec, kind=kind, message_id=f"r{_n[0]}"), source="test")


def remove_by_soft_bounces(e: Engine, clock: Clock, address: str) -> None:
    for _ in range(3):
        bounce(e, f"{address} soft mailbox_full 4.2.2")
        clock.advance(1)
    assert e.store.suppression(address) is not None


def logged(tmp_path: Path) -> list[str]:
    p = tmp_path / "events.jsonl"
    return [json.loads(x)["event"] for x in p.read_text().splitlines()] if p.exists() else []


def listed(tmp_path: Path) -> list[str]:
    p = tmp_path / "suppressed"
    return p.read_text().split() if p.exists() else []


def the_link(msg) -> str:
    body = msg.message.get_body(("plain",)).get_content()
    return re.search(r"(http://\S+/reconfirm\?\S+)", body).group(1)


def test_the_mail_goes_out_once_with_a_signed_link_and_rfc_8058_headers(tmp_path):
    clock = Clock(time.time() - 3 * DAY)  # three soft bounces a day apart bring it to now
    with SMTPSink() as sink:
        e = make_engine(tmp_path, clock, sink.port)
        a = "ann@example.com"
        remove_by_soft_bounces(e, clock, a)
        assert e.store.hygiene(a)["state"] == "reconfirm_pending"
        r = rc.run(e, inline_budget=5)
        assert r.sent == [a]
        [msg] = sink.wait_for(1)
        assert rc.run(e, inline_budget=5).sent == []  # one mail, not one per run
        time.sleep(0.3)
        assert len(sink.messages) == 1
    m = msg.message
    assert msg.rcpt_tos == [a] and m["To"] == a and m["From"] == "lists@sender.example"
    assert m["Auto-Submitted"] == "auto-generated"
    assert m["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert m["List-Unsubscribe"].startswith("<http://127.0.0.1:9/reconfirm/unsubscribe?a=ann@example.com&t=rc1.")
    # the envelope sender is a signed return path: a bounce of this mail proves itself
    assert verp.check(msg.mail_from, keys=[verp.Key("0", KEY.encode())], now=clock.t).valid
    link = the_link(msg)
    token = re.search(r"t=(rc1\.\w+)", link).group(1)
    keys = [verp.Key("0", KEY.encode())]
    assert rc.check_token(token, keys=keys, address=a, max_age=7 * DAY).valid
    assert rc.check_token(token, keys=keys, address="other@example.com", max_age=7 * DAY).why == verp.BAD_SIGNATURE
    mark = e.store.hygiene(a)
    assert mark["state"] == "reconfirm" and mark["note"] == m["Message-ID"]
    assert mark["due"] == pytest.approx(clock.t + 7 * DAY)
    assert logged(tmp_path) == ["suppressed", "reconfirm_sent"]
    assert listed(tmp_path) == [a]  # still suppressed while it waits
    e.close()


def test_following_the_link_on_bouncefilter_web_lifts_the_suppression(tmp_path):
    web_port = ws.free_port()
    clock = Clock(time.time() - 3 * DAY)  # three soft bounces a day apart bring it to now
    with SMTPSink() as sink:
        e = make_engine(tmp_path, clock, sink.port, web_port=web_port)
        a = "bob@example.com"
        remove_by_soft_bounces(e, clock, a)
        rc.run(e, inline_budget=5)
        [msg] = sink.wait_for(1)
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(config_text(tmp_path, sink.port, web_port=web_port))
    home = ws.WebHome(tmp_path, cfg, {**os.environ, "PYTHONPATH": str(REPO)})
    server = ws.start_web(home)
    try:
        link = the_link(msg)
        path = link.split(f"127.0.0.1:{web_port}", 1)[1]
        status, body, _ = server.request("GET", path)  # a link scanner's GET changes nothing
        assert status == 200 and b"<form method='post'" in body
        assert e.store.suppression(a) is not None
        action = unescape(re.search(rb"action='([^']+)'", body).group(1).decode())
        status, body, _ = server.request("POST", action, raw=b"")
        assert status == 200 and b"confirmed" in body, body
        assert e.store.suppression(a) is None and e.store.hygiene(a) is None
        status, body, _ = server.request("POST", action, raw=b"")  # twice: nothing left to confirm
        assert status == 409
        status, _, _ = server.request("POST", path.replace("t=rc1.", "t=rc1.x"), raw=b"")
        assert status == 400
    finally:
        assert server.stop() == 0, server.log.read_text()
    flush = subprocess.run([sys.executable, "-m", "filter.cli", "outbox", "flush", "--config", str(cfg)],
                           capture_output=True, text=True, cwd=REPO, timeout=120)
    assert flush.returncode == 0, flush.stderr
    assert listed(tmp_path) == []  # the file mirrors the lifted suppression
    assert logged(tmp_path) == ["suppressed", "reconfirm_sent", "reconfirmed"]  # through the rules
    e.close()


def test_a_hard_bounce_of_the_mail_fed_back_through_process_makes_the_removal_final(tmp_path):
    clock = Clock(time.time() - 3 * DAY)  # three soft bounces a day apart bring it to now
    with SMTPSink() as sink:
        e = make_engine(tmp_path, clock, sink.port)
        a = "cy@example.com"
        remove_by_soft_bounces(e, clock, a)
        rc.run(e, inline_budget=5)
        [msg] = sink.wait_for(1)
        e.close()
    dsn = BounceFactory(sender=msg.mail_from).bounce(a, "user_unknown", original=msg.content)
    (tmp_path / "dsn.eml").write_bytes(dsn)
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(config_text(tmp_path, sink.port))
    r = subprocess.run([sys.executable, "-m", "filter.cli", "process", "--config", str(cfg), str(tmp_path / "dsn.eml")],
                       capture_output=True, text=True, cwd=REPO, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    e = make_engine(tmp_path, clock, sink.port)
    mark = e.store.hygiene(a)
    assert mark["state"] == "removed" and mark["note"] == "hard bounce"
    assert e.store.suppression(a) is not None
    assert logged(tmp_path)[-1] == "removed"
    # the link no longer lifts anything
    token = re.search(r"t=(rc1\.\w+)", the_link(msg)).group(1)
    assert rc.confirm(e, a, token) == rc.NOT_PENDING and e.store.suppression(a) is not None
    e.close()


def test_no_answer_within_the_wait_makes_the_removal_final(tmp_path):
    clock = Clock(time.time() - 3 * DAY)  # three soft bounces a day apart bring it to now
    with SMTPSink() as sink:
        e = make_engine(tmp_path, clock, sink.port, reconfirm="  wait: 3d\n")
        a = "dan@example.com"
        remove_by_soft_bounces(e, clock, a)
        rc.run(e, inline_budget=5)
        [msg] = sink.wait_for(1)
    clock.advance(2.9)
    assert rc.run(e, inline_budget=5).removed == []
    clock.advance(0.2)
    assert rc.run(e, inline_budget=5).removed == [a]
    assert e.store.hygiene(a)["state"] == "removed" and e.store.suppression(a) is not None
    assert logged(tmp_path)[-1] == "removed"
    # and the link has expired with it (the engine's clock: 3 days on)
    token = re.search(r"t=(rc1\.\w+)", the_link(msg)).group(1)
    clock.advance(2)
    assert rc.confirm(e, a, token) == rc.EXPIRED
    e.close()


def test_never_for_hard_bounces_or_complaints_and_undetermined_asks(tmp_path):
    clock = Clock(time.time() - 3 * DAY)  # three soft bounces a day apart bring it to now
    with SMTPSink() as sink:
        e = make_engine(tmp_path, clock, sink.port)
        bounce(e, "hard@example.com hard user_unknown 5.1.1")
        bounce(e, "spam@example.com info complaint", kind="complaint")
        bounce(e, "odd@example.com undetermined undetermined")
        assert e.store.hygiene("hard@example.com") is None and e.store.hygiene("spam@example.com") is None
        assert e.store.hygiene("odd@example.com")["state"] == "reconfirm_pending"
        # a delay notice with a hard reason (the MTA is still retrying) decides nothing
        bounce(e, "odd@example.com hard host_unknown 4.1.2", kind="delayed")
        assert e.store.hygiene("odd@example.com")["state"] == "reconfirm_pending"
        # a hard bounce before the mail went out: the removal is final, and nothing is sent
        bounce(e, "odd@example.com hard user_unknown 5.1.1")
        assert e.store.hygiene("odd@example.com")["state"] == "removed"
        assert rc.run(e, inline_budget=5).sent == []
        time.sleep(0.3)
        assert sink.messages == []
    e.close()


def test_with_probation_on_only_the_final_removal_asks(tmp_path):
    from filter.hygiene.probation import run as probation

    clock = Clock(time.time() - 3 * DAY)  # three soft bounces a day apart bring it to now
    with SMTPSink() as sink:
        e = make_engine(tmp_path, clock, sink.port, soft="probation_after: 14d, probation_max: 0")
        a = "eli@example.com"
        remove_by_soft_bounces(e, clock, a)
        assert e.store.hygiene(a) is None  # probation comes first
        clock.advance(14)
        assert probation(e).probation == [a]
        bounce(e, f"{a} soft mailbox_full 4.2.2")  # in probation, strike 1 of 0: for good
        assert e.store.suppression(a)["policy"] == "probation"
        mark = e.store.hygiene(a)
        assert mark["state"] == "reconfirm_pending" and mark["strikes"] == 1
        assert rc.run(e, inline_budget=5).sent == [a]
        sink.wait_for(1)
    e.close()


def test_one_click_unsubscribe_and_the_builtin_endpoint(tmp_path):
    port = ws.free_port()
    clock = Clock(time.time() - 3 * DAY)  # three soft bounces a day apart bring it to now
    with SMTPSink() as sink:
        e = make_engine(tmp_path, clock, sink.port, web_port=port)
        a = "fay@example.com"
        remove_by_soft_bounces(e, clock, a)
        rc.run(e, inline_budget=5)
        [msg] = sink.wait_for(1)
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(config_text(tmp_path, sink.port, web_port=port))
    proc = subprocess.Popen([sys.executable, "-m", "filter.cli", "reconfirm", "serve", "--config", str(cfg),
                             "--listen", f"127.0.0.1:{port}"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        unsub = msg.message["List-Unsubscribe"].strip("<>")
        deadline = time.monotonic() + 30
        while True:
            try:
                req = urllib.request.Request(unsub, data=b"List-Unsubscribe=One-Click", method="POST",
                                             headers={"Content-Type": "application/x-www-form-urlencoded"})
                with urllib.request.urlopen(req, timeout=10) as r:
                    status, body = r.status, r.read()
                break
            except urllib.error.HTTPError as err:
                status, body = err.code, err.read()
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.1)
        assert status == 200 and b"removed" in body
    finally:
        proc.terminate()
        out = proc.communicate(timeout=30)[0]
    assert proc.returncode == 0, out
    assert e.store.hygiene(a)["state"] == "removed" and e.store.suppression(a) is not None
    assert [x["event"] for x in e.store.events(address=a)][-1] == "removed"  # its deliveries: the worker's
    e.close()


def test_a_relay_that_refuses_for_now_is_tried_again_later(tmp_path):
    clock = Clock(time.time() - 3 * DAY)  # three soft bounces a day apart bring it to now
    with SMTPSink(refuse="451 4.3.0 try later") as sink:
        e = make_engine(tmp_path, clock, sink.port)
        a = "gus@example.com"
        remove_by_soft_bounces(e, clock, a)
        r = rc.run(e, inline_budget=5)
        assert r.sent == [] and r.failed[0][0] == a and "451" in r.failed[0][1]
        mark = e.store.hygiene(a)
        assert mark["state"] == "reconfirm_pending" and "451" in mark["note"]
        assert rc.run(e, inline_budget=5).failed == []  # not before RETRY_AFTER
        sink.refuse = None
        clock.t += rc.RETRY_AFTER
        assert rc.run(e, inline_budget=5).sent == [a]
    assert "reconfirm_sent" in logged(tmp_path)
    e.close()


def test_tokens_of_other_uses_and_garbage_are_refused():
    keys = [verp.Key("0", b"k" * 32)]
    a = "h@example.com"
    now = 1_700_000_000.0
    good = rc.make_token(a, keys=keys, now=now)
    assert rc.check_token(good, keys=keys, address=a, max_age=7 * DAY, now=now + 7 * DAY).valid
    assert rc.check_token(good, keys=keys, address=a, max_age=7 * DAY, now=now + 9 * DAY).why == verp.EXPIRED
    # a correlation token (the same key, another purpose) is no confirmation
    other = verp.token(a, keys=keys, now=now).replace("bf1.", "rc1.")
    assert not rc.check_token(other, keys=keys, address=a, max_age=7 * DAY, now=now).valid
    for junk in ("", "rc1.", "rc1." + "a" * 200, None, 5, "rc1.0aa\x00bbbbbbbbb", good + "x"):
        assert not rc.check_token(junk, keys=keys, address=a, max_age=7 * DAY, now=now).valid
    assert not rc.check_token(good, keys=keys, address=None, max_age=7 * DAY, now=now).valid


def test_the_config_needs_a_key_and_names_its_errors(tmp_path):
    with pytest.raises(ConfigError) as err:
        loads("reconfirm: {url: 'http://x.example', mail_from: a@b.example}\n")
    assert "reconfirm: the confirmation link needs a key" in str(err.value)
    with pytest.raises(ConfigError) as err:
        loads("reconfirm: {url: 'x', mail_from: nobody, policies: [hard], classes: [hard], secret: clear}\n")
    text = str(err.value)
    for part in ("reconfirm.url", "reconfirm.mail_from", "reconfirm.policies", "reconfirm.classes",
                 "reconfirm.secret: secrets are given by reference only"):
        assert part in text, text
    c = loads("reconfirm: {url: 'https://lists.example/', mail_from: a@b.example, secret: '${K}', wait: 3d}\n",
              env={"K": "s3cret"})
    assert c.reconfirm.url == "https://lists.example" and c.reconfirm.wait == 3 * DAY
    assert c.to_dict()["reconfirm"]["secret"] == "***"


def test_the_documented_reconfirm_section_loads_when_uncommented(tmp_path):
    """conf/bouncefilter.yaml shows reconfirm: commented out (it sends mail): uncommented, as
    written, it must load, with the defaults the comments state."""
    text = (REPO / "conf" / "bouncefilter.yaml").read_text()
    head, block = text.split("# reconfirm:\n", 1)
    lines = ["reconfirm:"] + [x[2:] if x.startswith("#   ") and not x.startswith("#   #") else x
                              for x in block.splitlines()]
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "webhook.secret").write_text("x\n")
    head = head.replace("/etc/bouncefilter/", f"{tmp_path}/etc/").replace("/var/lib/bouncefilter", f"{tmp_path}/var")
    (tmp_path / "k").write_text("key\n")
    (tmp_path / "bouncefilter.yaml").write_text(head + "\n".join(lines) + f"\n  secret_file: {tmp_path / 'k'}\n")
    from filter.config import load

    c = load(tmp_path / "bouncefilter.yaml", env={})
    r = c.reconfirm
    assert (r.url, r.mail_from, r.policies, r.classes, r.wait, r.port, r.listen) == \
        ("https://lists.example.org", "lists@example.org", ("soft_bounce",), ("undetermined",), 7 * DAY, 25,
         "127.0.0.1:8026")
    sb = c.soft_bounce
    assert (sb.probation_after, sb.probation_for, sb.probation_max, sb.probation_verify, sb.probation_interval) == \
        (14 * DAY, 30 * DAY, 1, False, 3600.0)


def _reply(sink_msg, *, auto: str | None = None, sender: str | None = None) -> bytes:
    m = sink_msg.message
    lines = [f"From: Ann <{sender or m['To']}>", f"To: {m['From']}", f"Subject: Re: {m['Subject']}",
             f"Message-ID: <reply-{time.time_ns()}@example.com>", f"In-Reply-To: {m['Message-ID']}",
             f"References: {m['Message-ID']}", "Date: " + formatdate(),
             "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8"]
    if auto:
        lines.append(f"Auto-Submitted: {auto}")
    return ("\r\n".join(lines) + "\r\n\r\nYes, please keep me on the list.\r\n").encode()


def test_a_persons_reply_lifts_the_suppression_an_auto_reply_does_not(tmp_path):
    """Through the real classifier: a human reply is mail that is not a bounce; an RFC 3834
    auto-reply (Auto-Submitted: auto-replied) or a reply from another address proves nothing."""
    clock = Clock(time.time() - 3 * DAY)
    with SMTPSink() as sink:
        e = make_engine(tmp_path, clock, sink.port)
        a = "ivy@example.com"
        remove_by_soft_bounces(e, clock, a)
        e._classify = None  # the real core from here on
        rc.run(e, inline_budget=5)
        [msg] = sink.wait_for(1)
    out = e.process(_reply(msg, auto="auto-replied"), source="test")
    assert "reconfirmed" not in [x["event"] for x in out.events] and e.store.suppression(a) is not None
    out = e.process(_reply(msg, sender="someone.else@example.com"), source="test")
    assert "reconfirmed" not in [x["event"] for x in out.events] and e.store.suppression(a) is not None
    out = e.process(_reply(msg), source="test", inline_budget=5)
    assert [x["event"] for x in out.events] == ["bounce", "reconfirmed"], out.events
    assert out.events[0]["kind"] == "not_bounce"
    assert e.store.suppression(a) is None and e.store.hygiene(a) is None
    assert logged(tmp_path)[-1] == "reconfirmed" and listed(tmp_path) == []
    e.close()
