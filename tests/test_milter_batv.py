"""BATV in the milter (trust.batv, filter/adapters/milter_app.py): signing outbound senders, refusing
backscatter at RCPT, and the negotiation that goes with it -- driven the way libmilter drives it,
without an MTA (the same behind a real Postfix: test_batv_postfix.py).

``drive()`` plays libmilter's part as tests/test_milter.py's does, with what BATV adds: a
recipient refused (REJECT at RCPT) is dropped and the next one is tried; without any recipient
left the MTA aborts the message.  The context records CHGFROM and the replies set.
"""
from __future__ import annotations

import email.parser
import email.policy
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import corpus
import pytest

pytest.importorskip("Milter")
import Milter

from filter.trust import verp
from filter.config import loads
from filter.adapters.milter_app import BatvMilter, BounceMilter, MilterApp, milter_class
from filter.store.sqlite import Store
from milterctx import Ctx

POSTFIX_DSN = corpus.CORPUS / "bounces" / "lhost-postfix-04.eml"  # kijitora@example.co.jp 550 5.1.1
OFFERED_ACTIONS = Milter.CURR_ACTS   # what Postfix 3.7 offers
OFFERED_PROTOCOL = 0x1fffff
SENDER = "sender@example.test"
REJECT = ("550", "5.7.1", "Bounce to an address that did not send this mail (BATV)")
OUTBOUND = (b"From: Sender <sender@example.test>\nTo: someone@remote.test\nSubject: hello\n"
            b"Message-ID: <m1@example.test>\n\n" + b"hello there\n" * 20000)   # ~240 KB


class BatvCtx(Ctx):
    """:class:`milterctx.Ctx` that also records SMFIR_CHGFROM and the replies set."""

    def __init__(self, queue_id: str | None = "4XyZ1A2B3C"):
        super().__init__(queue_id)
        self.chgfrom_calls: list[tuple[str, object]] = []
        self.replies: list[tuple] = []

    def chgfrom(self, sender, params=None):
        self.chgfrom_calls.append((sender, params))

    def setreply(self, rcode, xcode=None, msg=None, *ml):
        self.replies.append((rcode, xcode, msg, *ml))


@dataclass
class Run:
    rc: int
    stage: str
    ctx: BatvCtx
    opts: list[int]
    milter: BounceMilter
    body_sent: int = 0
    replies: list[tuple[str, int]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def rcpt_replies(self) -> list[int]:
        return [rc for stage, rc in self.replies if stage == "envrcpt"]

    @property
    def chgfrom(self) -> list[str]:
        return [s for s, _ in self.ctx.chgfrom_calls]


def drive(app: MilterApp, raw: bytes = b"", sender: str = "", rcpts=("someone@remote.test",), *,
          actions: int = OFFERED_ACTIONS) -> Run:
    ctx = BatvCtx()
    m = milter_class(app)(app)
    m._setctx(ctx)
    opts = [actions, OFFERED_PROTOCOL, 0, 0]
    assert m.negotiate(opts) == Milter.CONTINUE
    run = Run(Milter.CONTINUE, "", ctx, opts, m)
    nr = {"envfrom": Milter.P_NR_MAIL, "envrcpt": Milter.P_NR_RCPT, "header": Milter.P_NR_HDR}

    def step(stage: str, rc: int) -> bool:
        run.replies.append((stage, rc))
        run.rc, run.stage = rc, stage
        if rc == Milter.NOREPLY:  # the MTA did not wait for an answer
            assert opts[1] & nr[stage]
            return True
        assert not opts[1] & nr.get(stage, 0), f"{stage} answered although the MTA does not wait"
        return rc == Milter.CONTINUE

    if not step("envfrom", m.envfrom_bytes(f"<{sender}>".encode())):
        return run
    accepted = 0
    for r in rcpts:
        rc = m.envrcpt_bytes(f"<{r}>".encode())
        if step("envrcpt", rc):
            accepted += 1
        elif rc == Milter.REJECT:     # this recipient only
            run.refused.append(r)
        else:
            return run
    if not accepted:                  # no valid recipient: the MTA never sends DATA
        m.abort()
        run.stage = "abort"
        return run
    if not opts[1] & Milter.P_NODATA and not step("data", m.data()):
        return run
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n")
    for name, value in parsed.raw_items():
        if not step("header", m.header_bytes(name, value.encode("utf-8", "surrogateescape"))):
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


def config(tmp_path: Path, batv: str | None = '{sign: ["*@example.test"]}', trust: str = "") -> str:
    key = tmp_path / "key"
    key.write_text("batv-unit-test-key\n")
    text = f"state_dir: {tmp_path / 'state'}\nmilter: {{deliver: false}}\n" \
           f"trust:\n  secret_file: {key}\n{trust}"
    if batv is not None:
        text += f"  batv: {batv}\n"
    return text


@pytest.fixture
def make_app(tmp_path):
    apps: list[MilterApp] = []

    def make(batv: str | None = '{sign: ["*@example.test"]}', trust: str = "") -> MilterApp:
        app = MilterApp(loads(config(tmp_path, batv, trust), env={}))
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def keys(app: MilterApp):
    return app.config.trust.verp_keys()


def stored(tmp_path: Path, event: str | None = "bounce") -> list[dict]:
    db = tmp_path / "state" / "bouncefilter.db"
    if not db.exists():
        return []
    with Store(db) as s:
        return list(s.events(event=event))


def dsn_to(rcpt: str) -> bytes:
    """The corpus Postfix DSN, addressed (To:) as Postfix addresses it: to the envelope recipient."""
    raw = POSTFIX_DSN.read_bytes()
    return raw.replace(b"\nTo: ", f"\nTo: <{rcpt}>\nX-Old-To: ".encode(), 1)


# -- negotiation ---------------------------------------------------------------------------------
def test_with_batv_chgfrom_is_asked_and_the_mta_waits_for_the_rcpt_reply(make_app):
    app = make_app()
    assert milter_class(app) is BatvMilter
    run = drive(app, OUTBOUND, sender="alice@elsewhere.test")
    actions, proto = run.opts[0], run.opts[1]
    assert actions == Milter.ADDHDRS | Milter.CHGHDRS | Milter.CHGFROM
    assert not proto & Milter.P_NR_RCPT                               # RCPT may be refused
    assert proto & (Milter.P_NR_MAIL | Milter.P_NR_HDR) == Milter.P_NR_MAIL | Milter.P_NR_HDR
    for skipped in (Milter.P_NOCONNECT, Milter.P_NOHELO, Milter.P_NOEOH, Milter.P_NOUNKNOWN):
        assert proto & skipped
    for called in (Milter.P_NOMAIL, Milter.P_NORCPT, Milter.P_NODATA, Milter.P_NOHDRS, Milter.P_NOBODY):
        assert not proto & called
    assert proto & Milter.P_SKIP


def test_without_batv_negotiation_and_behaviour_are_unchanged(make_app, tmp_path):
    app = make_app(batv=None)                                     # a key, but no trust.batv
    assert app.batv is None and milter_class(app) is BounceMilter
    run = drive(app, OUTBOUND, sender=SENDER)
    assert run.opts[0] == Milter.ADDHDRS | Milter.CHGHDRS          # no CHGFROM
    assert run.opts[1] & Milter.P_NR_RCPT                          # envrcpt: no reply
    assert (run.stage, run.rc, run.chgfrom, run.body_sent) == ("data", Milter.ACCEPT, [], 0)
    run = drive(app, POSTFIX_DSN.read_bytes(), sender="", rcpts=[SENDER])   # unsigned: not refused
    assert run.rcpt_replies == [Milter.NOREPLY] and (run.stage, run.rc) == ("eom", Milter.ACCEPT)
    assert run.ctx.replies == [] and len(stored(tmp_path, None)) >= 1


def test_each_milter_class_has_its_own_protocol_mask():
    # pymilter caches the mask in a class attribute: a subclass (serve()'s Bound) must not inherit
    # the cached mask of its base, whichever was negotiated first
    assert BounceMilter.protocol_mask() & Milter.P_NR_RCPT == 0
    assert BatvMilter.protocol_mask() & Milter.P_NR_RCPT

    class Bound(BatvMilter):
        pass

    class Plain(BounceMilter):
        pass

    assert Bound.protocol_mask() == BatvMilter.protocol_mask()
    assert Plain.protocol_mask() == BounceMilter.protocol_mask()


# -- signing outbound mail -----------------------------------------------------------------------
@pytest.mark.parametrize("sender", [SENDER, "Sender@Example.TEST", "news+list@example.test"])
def test_mail_from_a_signing_sender_leaves_with_a_valid_prvs_sender(make_app, tmp_path, caplog, sender):
    app = make_app()
    with caplog.at_level(logging.INFO, logger="bouncefilter.milter"):
        run = drive(app, OUTBOUND, sender=sender)
    assert (run.stage, run.rc) == ("eom", Milter.ACCEPT)
    [signed] = run.chgfrom
    assert signed.startswith("<prvs=") and signed.endswith(">")
    check = verp.batv_check(signed, keys=keys(app), validity=app.batv.validity)
    assert check.valid and check.recipient == sender.lower()
    assert signed[1:-1].endswith("=" + sender)                     # the original address, as written
    # not a bounce: nothing kept, nothing recorded, nothing marked
    assert ("data", Milter.CONTINUE) in run.replies
    assert {rc for stage, rc in run.replies if stage == "header"} == {Milter.NOREPLY}
    assert ("body", Milter.SKIP) in run.replies and run.body_sent <= 65535
    assert run.milter.headers == [] and run.milter.spool == bytearray()
    assert run.ctx.added == [] and run.ctx.changed == []
    assert stored(tmp_path, None) == []
    lines = [r.getMessage() for r in caplog.records if "BATV" in r.getMessage()]
    assert lines == [f"4XyZ1A2B3C: BATV: signed <{sender}> -> {signed}"]


def test_other_senders_null_senders_and_signed_senders_are_not_signed(make_app, tmp_path):
    app = make_app()
    run = drive(app, OUTBOUND, sender="alice@elsewhere.test")
    assert (run.stage, run.rc, run.chgfrom, run.body_sent) == ("data", Milter.ACCEPT, [], 0)
    run = drive(app, OUTBOUND, sender="alice@sub.example.test")     # *@example.test: not a subdomain
    assert (run.stage, run.rc, run.chgfrom) == ("data", Milter.ACCEPT, [])
    already = verp.batv_sign(SENDER, keys=keys(app))
    run = drive(app, OUTBOUND, sender=already)
    assert (run.stage, run.rc, run.chgfrom) == ("data", Milter.ACCEPT, [])
    run = drive(app, OUTBOUND, sender=already.replace("prvs=", "PRVS=", 1))
    assert run.chgfrom == []
    # the null sender: a bounce, recorded as ever, never signed
    run = drive(app, POSTFIX_DSN.read_bytes(), sender="", rcpts=["bounces@elsewhere.test"])
    assert (run.stage, run.rc, run.chgfrom) == ("eom", Milter.ACCEPT, [])
    assert run.ctx.added[0] == ("X-Bouncefilter-Kind", "failed")
    assert len(stored(tmp_path, None)) >= 1


# -- refusing backscatter at RCPT ----------------------------------------------------------------
def _bad_addresses(app: MilterApp) -> dict[str, tuple[str, str]]:
    """address -> (why, what the refusal log line says)."""
    good = verp.batv_sign(SENDER, keys=keys(app))
    other = verp.batv_sign(SENDER, keys=[verp.Key("0", b"someone else's key")])
    expired = verp.batv_sign(SENDER, keys=keys(app), now=time.time() - 30 * 86400)
    tag = good.split("=")[1]
    wrong_key = "prvs=7" + tag[1:] + "=" + SENDER
    return {
        SENDER: "not BATV-signed",
        "Sender@Example.Test": "not BATV-signed",
        other: "bad signature",
        good.replace(SENDER, "other@example.test"): "bad signature",   # a tag moved to another sender
        expired: "expired",
        wrong_key: "unknown key",
        f"prvs=0123abc={SENDER}": "malformed",
        f"prvs=sender/0123abcdef@example.test": "malformed",           # the draft's older form
    }


def test_bounces_to_a_signing_address_without_a_valid_signature_are_refused_at_rcpt(make_app, tmp_path, caplog):
    app = make_app()
    for address, why in _bad_addresses(app).items():
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="bouncefilter.milter"):
            run = drive(app, dsn_to(address), sender="", rcpts=[address])
        assert run.rcpt_replies == [Milter.REJECT], address
        assert run.ctx.replies == [REJECT], address
        assert run.stage == "abort" and run.refused == [address]
        lines = [r.getMessage() for r in caplog.records]
        assert lines == [f"4XyZ1A2B3C: BATV: refused a bounce (null sender) to <{address}>: {why}"], address
    assert stored(tmp_path, None) == []                           # nothing recorded


def test_a_valid_signature_passes_and_the_bounce_is_recorded_verified(make_app, tmp_path):
    app = make_app()
    good = verp.batv_sign(SENDER, keys=keys(app))
    run = drive(app, dsn_to(good), sender="", rcpts=[good])
    assert run.rcpt_replies == [Milter.CONTINUE] and run.ctx.replies == []
    assert (run.stage, run.rc) == ("eom", Milter.ACCEPT) and run.chgfrom == []
    assert dict(run.ctx.added)["X-Bouncefilter-Kind"] == "failed"
    [ev] = stored(tmp_path)
    assert ev["recipient"]["address"] == "kijitora@example.co.jp"
    assert ev["trust"]["level"] == "verified", ev["trust"]
    upper = good.upper().replace("PRVS=", "prvs=")                   # MTAs may change the case
    assert drive(app, dsn_to(upper), sender="", rcpts=[upper]).rcpt_replies == [Milter.CONTINUE]


def test_only_the_refused_recipient_is_dropped(make_app, tmp_path):
    app = make_app()
    good = verp.batv_sign(SENDER, keys=keys(app))
    run = drive(app, dsn_to(good), sender="", rcpts=[SENDER, good])
    assert run.rcpt_replies == [Milter.REJECT, Milter.CONTINUE] and run.refused == [SENDER]
    assert run.stage == "eom"
    [ev] = stored(tmp_path)
    assert ev["trust"]["level"] == "verified"                      # the envelope recipient: the signed one


def test_the_engine_is_given_the_signed_recipient_of_a_bounce_to_several(make_app, tmp_path):
    app = make_app()
    good = verp.batv_sign(SENDER, keys=keys(app))
    run = drive(app, POSTFIX_DSN.read_bytes(), sender="", rcpts=["postmaster@example.test", good])  # To: another
    assert run.rcpt_replies == [Milter.CONTINUE, Milter.CONTINUE] and run.stage == "eom"
    [ev] = stored(tmp_path)
    assert ev["trust"]["level"] == "verified"


@pytest.mark.parametrize("rcpt", ["postmaster@example.test", "Abuse@Example.Test", "someone@elsewhere.test",
                                  "bounces+jane=example.org@elsewhere.test",
                                  "prvs=0123abcdef=postmaster@example.test",    # exempt inside the wrapper
                                  "prvs=0123abcdef=someone@elsewhere.test"])    # not a signing address
def test_exempt_and_other_recipients_take_bounces_as_before(make_app, rcpt):
    run = drive(make_app(), POSTFIX_DSN.read_bytes(), sender="", rcpts=[rcpt])
    assert run.rcpt_replies == [Milter.CONTINUE] and run.ctx.replies == []
    assert (run.stage, run.rc) == ("eom", Milter.ACCEPT)


def test_exempt_and_reject_are_configurable(make_app):
    app = make_app('{sign: ["*@example.test"], exempt: ["help@example.test"], '
                   'reject: "550 5.7.0 No such bounce here"}')
    assert drive(app, POSTFIX_DSN.read_bytes(), rcpts=["help@example.test"]).rcpt_replies == [Milter.CONTINUE]
    run = drive(app, POSTFIX_DSN.read_bytes(), rcpts=["postmaster@example.test"])   # the default is replaced
    assert run.rcpt_replies == [Milter.REJECT]
    assert run.ctx.replies == [("550", "5.7.0", "No such bounce here")]


@pytest.mark.parametrize("sender", ["alice@elsewhere.test", SENDER, "postmaster@remote.test"])
def test_mail_with_a_sender_is_never_refused(make_app, sender):
    app = make_app()
    run = drive(app, OUTBOUND, sender=sender, rcpts=[SENDER, "prvs=0123abcdef=sender@example.test"])
    assert run.rcpt_replies == [Milter.CONTINUE, Milter.CONTINUE] and run.ctx.replies == []


def test_validity_is_the_configured_one(make_app):
    app = make_app('{sign: ["*@example.test"], validity: 30d}')
    run = drive(app, OUTBOUND, sender=SENDER)
    [signed] = run.chgfrom
    expires = verp.batv_check(signed, keys=keys(app), validity=30 * 86400).day
    assert expires == int(time.time() // 86400) + 30
    nine_days_old = verp.batv_sign(SENDER, keys=keys(app), validity=30 * 86400, now=time.time() - 9 * 86400)
    assert drive(app, dsn_to(nine_days_old), rcpts=[nine_days_old]).rcpt_replies == [Milter.CONTINUE]


# -- fail open -----------------------------------------------------------------------------------
def test_internal_errors_accept_and_log(make_app, monkeypatch, caplog):
    app = make_app()

    def boom(*a, **kw):
        raise RuntimeError("a bug")

    with caplog.at_level(logging.INFO, logger="bouncefilter.milter"):
        monkeypatch.setattr(app, "batv_refusal", boom)
        run = drive(app, POSTFIX_DSN.read_bytes(), sender="", rcpts=[SENDER])
        assert run.rcpt_replies == [Milter.CONTINUE] and run.ctx.replies == [] and run.stage == "eom"
        monkeypatch.setattr(app, "batv_signed", boom)
        run = drive(app, OUTBOUND, sender=SENDER)
        assert (run.stage, run.rc, run.chgfrom) == ("eom", Milter.ACCEPT, [])
        monkeypatch.setattr(app, "batv_signs", boom)
        run = drive(app, OUTBOUND, sender=SENDER)
        assert (run.stage, run.rc, run.chgfrom) == ("data", Milter.ACCEPT, [])
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 3 and all("a bug" in e for e in errors), errors
    assert "recipient accepted" in errors[0] and "message accepted unchanged" in errors[1]


def test_an_mta_that_cannot_change_the_sender_gets_the_mail_unsigned(make_app, caplog):
    app = make_app()
    with caplog.at_level(logging.ERROR, logger="bouncefilter.milter"):
        run = drive(app, OUTBOUND, sender=SENDER, actions=OFFERED_ACTIONS & ~Milter.CHGFROM)
    assert not run.opts[0] & Milter.CHGFROM
    assert (run.stage, run.rc, run.ctx.chgfrom_calls) == ("eom", Milter.ACCEPT, [])
    assert any("not signed" in r.getMessage() and "CHGFROM" in r.getMessage() for r in caplog.records)


def test_a_sender_that_cannot_be_signed_goes_out_unsigned(make_app, caplog):
    app = make_app()
    long = "x" * 60 + "@example.test"                             # prvs= + tag would exceed 64 octets
    with caplog.at_level(logging.ERROR, logger="bouncefilter.milter"):
        run = drive(app, OUTBOUND, sender=long)
    assert (run.stage, run.rc, run.chgfrom) == ("eom", Milter.ACCEPT, [])
    assert any("not signed" in r.getMessage() for r in caplog.records)


# -- odd input -----------------------------------------------------------------------------------
def test_odd_envelopes_never_raise_nor_reach_the_fail_open_path(make_app, caplog):
    """A small seeded fuzz of what BATV reads (test_fuzz_services.py does the rest of the milter)."""
    import random

    app = make_app()
    good = verp.batv_sign(SENDER, keys=keys(app)).encode()
    pool = [b"", b"<>", b"MAILER-DAEMON", SENDER.encode(), b"SENDER@EXAMPLE.TEST", good, good.upper(),
            b"prvs=", b"prvs=@example.test", b"prvs==@example.test", b"prvs=0999aaaaaa=@example.test",
            b"prvs=0123abcdef=prvs=0123abcdef=sender@example.test", b"prvs=x/y/z@example.test",
            b"sender@example.test@example.test", b"@example.test", b"sender@", b"*@example.test",
            b"sender\x00@example.test", b"s\xffender@example.test", b"\xed\xa0\x80@example.test",
            b"postmaster@example.test", b"prvs=0123abcdef=postmaster@example.test", b"x" * 5000 + b"@example.test"]
    rnd = random.Random(9)
    answers = {Milter.CONTINUE, Milter.ACCEPT, Milter.REJECT, Milter.SKIP, Milter.NOREPLY}
    seen = {"signed": 0, "refused": 0}
    with caplog.at_level(logging.INFO, logger="bouncefilter.milter"):
        for _ in range(120):
            ctx = BatvCtx()
            m = BatvMilter(app)
            m._setctx(ctx)
            assert m.negotiate([OFFERED_ACTIONS, OFFERED_PROTOCOL, 0, 0]) == Milter.CONTINUE

            def pick() -> bytes:
                a = rnd.choice(pool)
                return rnd.choice((b"<%s>", b"%s", b" <%s> ", b"<%s")) % a if rnd.random() < 0.8 else a

            rcs = [m.envfrom_bytes(pick())]
            rcs += [m.envrcpt_bytes(pick()) for _ in range(rnd.randint(1, 3))]
            rcs += [m.data(), m.header_bytes("Subject", b"x"), m.body(b"hello\r\n" * rnd.randint(1, 2000))]
            rcs.append(m.eom())
            assert set(rcs) <= answers, rcs
            for signed, _ in ctx.chgfrom_calls:
                assert verp.batv_check(signed, keys=keys(app)).valid, signed
            seen["signed"] += len(ctx.chgfrom_calls)
            seen["refused"] += rcs.count(Milter.REJECT)
    assert seen["signed"] and seen["refused"], seen
    assert not [r.getMessage() for r in caplog.records if "internal error" in r.getMessage()]
