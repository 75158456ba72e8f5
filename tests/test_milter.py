"""The milter (filter/adapters/milter_app.py) driven the way libmilter drives it, without an MTA.

``drive()`` plays libmilter's part: negotiation with the options an MTA offers, then the
callbacks negotiated, in order: envfrom, envrcpt, data, header (the bytes path pymilter uses),
eoh, body in 64 KiB chunks (stopping on SKIP), eom; it honours the replies (ACCEPT ends the
message).  The context records the header
changes.  The store, the classifier and the HTTP receiver are the real ones.  The same milter
behind a real Postfix is in test_postfix_integration.py.
"""
from __future__ import annotations

import email.parser
import email.policy
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import corpus
import pytest

pytest.importorskip("Milter")
import Milter
from receivers import WebhookReceiver
from test_pipe import NAMELESS

from filter.config import loads
from filter.engine import Engine
from filter.adapters.milter_app import BounceMilter, MilterApp
from milterctx import Ctx
from filter.store.sqlite import Store

CORPUS = corpus.CORPUS  # ../shared/corpus beside the checkout
POSTFIX_DSN = CORPUS / "bounces" / "lhost-postfix-04.eml"  # kijitora@example.co.jp 550 5.1.1
SECRET = "milter-test-secret"
#: what Postfix 3.7 offers: every action, every protocol step it can skip, SKIP
OFFERED_ACTIONS = Milter.CURR_ACTS
OFFERED_PROTOCOL = 0x1fffff




@dataclass
class Run:
    rc: int
    stage: str
    ctx: Ctx
    opts: list[int]
    body_sent: int = 0
    replies: list[tuple[str, int]] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return dict(self.ctx.added)


def drive(app: MilterApp, raw: bytes, sender: str = "", rcpts=("bounces@ours.example",)) -> Run:
    ctx = Ctx()
    m = BounceMilter(app)
    m._setctx(ctx)
    opts = [OFFERED_ACTIONS, OFFERED_PROTOCOL, 0, 0]
    assert m.negotiate(opts) == Milter.CONTINUE
    run = Run(Milter.CONTINUE, "", ctx, opts)

    def step(stage: str, rc: int) -> bool:
        run.replies.append((stage, rc))
        run.rc, run.stage = rc, stage
        if rc == Milter.NOREPLY:  # the MTA did not wait for an answer
            assert opts[1] & {"envfrom": Milter.P_NR_MAIL, "envrcpt": Milter.P_NR_RCPT,
                              "header": Milter.P_NR_HDR}[stage]
            return True
        return rc == Milter.CONTINUE

    if not step("envfrom", m.envfrom_bytes(f"<{sender}>".encode())):
        return run
    for r in rcpts:
        if not step("envrcpt", m.envrcpt_bytes(f"<{r}>".encode())):
            return run
    if not opts[1] & Milter.P_NODATA and not step("data", m.data()):
        return run
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n")
    for name, value in parsed.raw_items():
        if not step("header", m.header_bytes(name, value.encode("utf-8", "surrogateescape"))):
            return run
    if not opts[1] & Milter.P_NOEOH and not step("eoh", m.eoh()):
        return run
    body = body.replace(b"\n", b"\r\n")
    for i in range(0, len(body), 65535):
        rc = m.body(body[i:i + 65535])
        run.body_sent += len(body[i:i + 65535])
        run.replies.append(("body", rc))
        if rc == Milter.SKIP:
            assert opts[1] & Milter.P_SKIP
            break
        if rc != Milter.CONTINUE:
            run.rc, run.stage = rc, "body"
            return run
    step("eom", m.eom())
    m.close()
    return run


def config_text(tmp_path: Path, milter: str = "{bounce_addresses: [bounces@ours.example]}", url: str | None = None,
                extra: str = "", state: Path | None = None) -> str:
    text = f"state_dir: {state or tmp_path / 'state'}\nmilter: {milter}\n" \
           "outbox: {tries: 1, poll_interval: 100ms, retry_initial: 1s}\n" + extra
    if url:
        (tmp_path / "secret").write_text(SECRET)
        text += (f"actions:\n  app: {{type: webhook, url: '{url}', secret_file: {tmp_path / 'secret'}}}\n"
                 "rules:\n  - {match: {event: bounce}, actions: [app]}\n")
    return text


@pytest.fixture
def make_app(tmp_path):
    apps: list[MilterApp] = []

    def make(milter: str = "{bounce_addresses: [bounces@ours.example], deliver: false}", **kw) -> MilterApp:
        factory = kw.pop("engine_factory", None)
        app = MilterApp(loads(config_text(tmp_path, milter, **kw), env={}), engine_factory=factory)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def stored(tmp_path: Path, event: str | None = "bounce") -> list[dict]:
    """The events recorded (by default the bounces: the default rules add ``suppressed`` ones)."""
    with Store(tmp_path / "state" / "bouncefilter.db") as s:
        return list(s.events(event=event))


# -- negotiation ---------------------------------------------------------------------------------
def test_negotiates_only_the_callbacks_and_actions_it_needs(make_app):
    run = drive(make_app(), POSTFIX_DSN.read_bytes())
    actions, proto = run.opts[0], run.opts[1]
    assert actions == Milter.ADDHDRS | Milter.CHGHDRS
    for skipped in (Milter.P_NOCONNECT, Milter.P_NOHELO, Milter.P_NOEOH, Milter.P_NOUNKNOWN):
        assert proto & skipped
    for called in (Milter.P_NOMAIL, Milter.P_NORCPT, Milter.P_NODATA, Milter.P_NOHDRS, Milter.P_NOBODY):
        assert not proto & called
    assert proto & (Milter.P_NR_MAIL | Milter.P_NR_RCPT | Milter.P_NR_HDR) == \
        Milter.P_NR_MAIL | Milter.P_NR_RCPT | Milter.P_NR_HDR          # the MTA need not wait for these
    assert not proto & (Milter.P_NR_DATA | Milter.P_NR_BODY)            # these answer ACCEPT / SKIP
    assert proto & Milter.P_SKIP


# -- bounces: recorded, marked -------------------------------------------------------------------
def test_null_sender_bounce_is_recorded_and_marked(make_app, tmp_path):
    run = drive(make_app(), POSTFIX_DSN.read_bytes(), sender="", rcpts=["someone@ours.example"])
    assert (run.stage, run.rc) == ("eom", Milter.ACCEPT)
    assert run.headers == {"X-Bouncefilter-Kind": "failed", "X-Bouncefilter-Class": "hard",
                           "X-Bouncefilter-Reason": "user_unknown"}
    [ev] = stored(tmp_path)
    assert (ev["source"], ev["recipient"]["address"], ev["recipient"]["status"]) == \
        ("milter", "kijitora@example.co.jp", "5.1.1")


def test_bounce_address_or_verp_recipient_makes_a_bounce_and_verp_names_the_recipient(make_app, tmp_path):
    app = make_app()
    run = drive(app, NAMELESS, sender="postmaster@mx.example.org", rcpts=["Bounces@Ours.Example"])
    assert run.stage == "eom" and run.headers["X-Bouncefilter-Kind"] == "failed"
    run = drive(app, NAMELESS.replace(b"nameless-1", b"nameless-2"), sender="postmaster@mx.example.org",
                rcpts=["bounces+jane=example.org@ours.example"])
    assert run.stage == "eom" and run.headers["X-Bouncefilter-Reason"] == "user_unknown"
    assert [e["recipient"]["address"] for e in stored(tmp_path)] == [None, "jane@example.org"]


def test_other_mail_is_accepted_at_data_without_its_headers_or_body(make_app, tmp_path):
    run = drive(make_app(), POSTFIX_DSN.read_bytes(), sender="alice@example.org", rcpts=["bob@ours.example"])
    assert (run.stage, run.rc) == ("data", Milter.ACCEPT)
    assert not any(stage == "header" for stage, _ in run.replies)
    assert run.body_sent == 0 and run.ctx.added == [] and run.ctx.changed == []
    assert not (tmp_path / "state" / "bouncefilter.db").exists() or stored(tmp_path) == []


def test_body_is_spooled_up_to_max_size_then_skipped(make_app, tmp_path):
    raw = POSTFIX_DSN.read_bytes() + b"\n" + (b"z" * 76 + b"\n") * 4000       # ~300 KB
    run = drive(make_app("{max_size: 8192, deliver: false}"), raw)
    assert ("body", Milter.SKIP) in run.replies and run.body_sent <= 2 * 65535
    assert run.headers["X-Bouncefilter-Reason"] == "user_unknown"          # the report is at the top
    assert len(stored(tmp_path)) == 1


def test_incoming_bouncefilter_headers_are_replaced_not_doubled(make_app):
    raw = POSTFIX_DSN.read_bytes().replace(
        b"Subject:", b"X-Bouncefilter-Kind: delivered\nx-bouncefilter-kind: delivered\n"
                     b"X-Bouncefilter-Reason: forged\nSubject:", 1)
    run = drive(make_app(), raw)
    assert sorted(run.ctx.changed) == [("X-Bouncefilter-Kind", 1, None), ("X-Bouncefilter-Kind", 2, None),
                                       ("X-Bouncefilter-Reason", 1, None)]
    assert [i for n, i, _ in run.ctx.changed if n == "X-Bouncefilter-Kind"] == [2, 1]  # last first
    assert run.headers["X-Bouncefilter-Kind"] == "failed"


def test_discard_only_recorded_bounces_of_the_listed_kinds(make_app, tmp_path):
    app = make_app("{discard: [failed], deliver: false}")
    run = drive(app, POSTFIX_DSN.read_bytes())
    assert (run.stage, run.rc) == ("eom", Milter.DISCARD) and run.ctx.added == []
    assert len(stored(tmp_path)) == 1                                     # recorded before it went
    other = (CORPUS / "not-bounces" / "newsletter-html.eml").read_bytes()
    run = drive(app, other)                                                # null sender, not a bounce
    assert (run.stage, run.rc) == ("eom", Milter.ACCEPT)
    assert run.headers == {"X-Bouncefilter-Kind": "not_bounce"}


def test_no_headers_when_configured_off(make_app):
    run = drive(make_app("{headers: false, deliver: false}"), POSTFIX_DSN.read_bytes())
    assert (run.stage, run.rc, run.ctx.added) == ("eom", Milter.ACCEPT, [])


# -- fail open -----------------------------------------------------------------------------------
def test_store_unavailable_accepts_unchanged_and_logs(tmp_path, make_app, caplog):
    (tmp_path / "afile").write_text("x")
    app = make_app(state=tmp_path / "afile" / "state")  # cannot be created: not a folder
    with caplog.at_level(logging.INFO, logger="bouncefilter.milter"):
        run = drive(app, POSTFIX_DSN.read_bytes())
    assert (run.stage, run.rc, run.ctx.added) == ("eom", Milter.ACCEPT, [])
    assert any("not recorded" in r.getMessage() for r in caplog.records)


def test_internal_errors_anywhere_accept_unchanged(make_app, caplog, monkeypatch):
    app = make_app()

    def boom(*a, **kw):
        raise RuntimeError("a bug")

    with caplog.at_level(logging.ERROR, logger="bouncefilter.milter"):
        monkeypatch.setattr(app, "is_bounce", boom)
        run = drive(app, POSTFIX_DSN.read_bytes())
        assert (run.stage, run.rc) == ("data", Milter.ACCEPT)
        monkeypatch.undo()
        monkeypatch.setattr(app, "record", boom)
        run = drive(app, POSTFIX_DSN.read_bytes())
        assert (run.stage, run.rc, run.ctx.added) == ("eom", Milter.ACCEPT, [])
        monkeypatch.undo()
        monkeypatch.setattr(BounceMilter, "raw", lambda self: 1 / 0)
        run = drive(app, POSTFIX_DSN.read_bytes())
        assert (run.stage, run.rc, run.ctx.added) == ("eom", Milter.ACCEPT, [])
    errors = [r.getMessage() for r in caplog.records]
    assert sum("internal error" in e and "accepted unchanged" in e for e in errors) == 3


def test_a_slow_record_accepts_after_the_timeout_and_is_still_recorded(make_app, tmp_path):
    release = threading.Event()

    class Slow(Engine):
        def process(self, *a, **kw):
            release.wait(10)
            return super().process(*a, **kw)

    app = make_app("{timeout: 200ms, deliver: false}", engine_factory=lambda c: Slow(c))
    t0 = time.monotonic()
    run = drive(app, POSTFIX_DSN.read_bytes())
    assert (run.stage, run.rc, run.ctx.added) == ("eom", Milter.ACCEPT, [])
    assert time.monotonic() - t0 < 2
    release.set()
    app.close()                                                          # finishes the record under way
    assert len(stored(tmp_path)) == 1


def test_a_message_the_core_cannot_read_is_quarantined_and_accepted_unchanged(make_app, tmp_path):
    def crash(raw, **kw):
        raise ValueError("core fell over")

    app = make_app(engine_factory=lambda c: Engine(c, classify=crash))
    run = drive(app, POSTFIX_DSN.read_bytes())
    assert (run.stage, run.rc, run.ctx.added) == ("eom", Milter.ACCEPT, [])
    [ev] = stored(tmp_path, None)
    assert ev["event"] == "quarantined" and Path(ev["quarantine"]["path"]).exists()


# -- threads -------------------------------------------------------------------------------------
def test_many_connections_at_once_all_recorded_by_one_recorder(make_app, tmp_path):
    app = make_app()
    files = sorted((CORPUS / "bounces").glob("lhost-postfix-*.eml"))[:12]
    results: list[Run] = []

    def one(p: Path) -> None:
        results.append(drive(app, p.read_bytes()))

    threads = [threading.Thread(target=one, args=(p,)) for p in files]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == len(files)
    assert all(r.stage == "eom" and r.rc == Milter.ACCEPT and r.headers for r in results)
    assert len({e["id"] for e in stored(tmp_path)}) >= len(files)


def test_the_milter_process_delivers_the_outbox_in_the_background(make_app, tmp_path):
    with WebhookReceiver(SECRET) as rx:
        app = make_app("{deliver: true}", url=rx.url)
        run = drive(app, POSTFIX_DSN.read_bytes())
        assert run.rc == Milter.ACCEPT
        deadline = time.monotonic() + 10
        while not rx.accepted and time.monotonic() < deadline:
            time.sleep(0.05)
        [ev] = stored(tmp_path)
        assert list(rx.accepted) == [ev["id"]] and rx.bad_signatures == 0
