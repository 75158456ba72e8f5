"""Issue 9, "Trust: only real bounces of our own mail may suppress": the acceptance tests.

Everything here is real: ``bouncefilter pipe`` runs as a subprocess the way an MTA runs it
(stdin, ``-- SENDER RECIPIENT``, an exit status) wherever the issue says "piped through", the
``verp`` CLI gives the signed return paths and message ids an application would put on its mail,
the engine runs in process elsewhere, against a real SQLite store, a real suppression file and a
real HTTP receiver (``tests/receivers.py``) that verifies the webhook signatures.  DKIM
originals are signed with dkimpy with a key pair from ``openssl genrsa``.

The config is the one a careful user writes: the key in a file of mode 0600 (``trust.secret_file``:
pipe(8) passes no environment), and rules that suppress hard bounces, complaints and
unsubscribe requests and tell the application (``app``, a webhook) about them.  Forgeries must
leave the suppression list, the suppression file and the application alone, and show up as
``untrusted`` events (``alert``, the built-in log).

The Postfix end to end test of the issue is tests/test_trust_postfix.py.
"""
from __future__ import annotations

import email.utils
import itertools
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from receivers import WebhookReceiver

from filter.trust import verp
from filter.config import load
from filter.engine import Engine
from filter.core.model import Envelope
from filter.store.sqlite import Store

REPO = Path(__file__).resolve().parents[1]
HOOK_SECRET = "trust-test-webhook-secret"
BOUNCES = "bounces@example.com"
VICTIM = "victim@customer.example"
OTHER = "someone.else@customer.example"
LONG = "firstname.middlename.lastname.department.division@mail.subsidiary.customer.example"

DATE = email.utils.formatdate(time.time() - 120)

#: the issue's forgery: 15 hand-written lines, no returned original
FORGED = f"""\
From: Mail Delivery System <MAILER-DAEMON@mx.attacker.example>
To: bounces@example.com
Subject: Undelivered Mail Returned to Sender
Date: {DATE}
Message-ID: <forged-1@mx.attacker.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Final-Recipient: rfc822; victim@customer.example
Action: failed
Status: 5.1.1
--b--
""".encode()

RULES = """\
rules:
  - {match: {event: bounce, class: hard}, actions: [suppress, app]}
  - {match: {event: bounce, kind: [complaint, unsubscribe]}, actions: [suppress, app]}
  - {match: {event: [suppressed, unsuppressed]}, actions: [app]}
  - {match: {event: [untrusted, untrusted_surge]}, actions: [alert]}
"""


# -- messages ------------------------------------------------------------------------------------
_n = itertools.count(1)


def _mid(tag: str) -> str:
    return f"<{tag}-{next(_n)}.{secrets.token_hex(4)}@mx.remote.example>"


def original(to: str = VICTIM, *, message_id: str | None = None, frm: str = "Example News <news@example.com>",
             extra: str = "") -> str:
    """The message we (or someone pretending to be us) sent, as a bounce returns it."""
    mid = message_id or f"<news.{next(_n)}@example.com>"
    return (f"From: {frm}\nTo: {to}\nSubject: Your weekly news\nMessage-ID: {mid}\nDate: {DATE}\n{extra}"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
            + "".join(f"Line {i} of the newsletter.\n" for i in range(20)))


def dsn(rcpt: str | None = VICTIM, *, status: str = "5.1.1", action: str = "failed", to: str = BOUNCES,
        orig: str | None = None, headers_only: bool = False) -> bytes:
    """An RFC 3464 report as a remote MTA writes it (LF line ends, as pipe(8) hands mail over);
    ``rcpt=None``: a report that names no recipient."""
    b = f"=_b{next(_n)}"
    per = "" if rcpt is None else f"Final-Recipient: rfc822; {rcpt}\n"
    per += f"Action: {action}\nStatus: {status}\n"
    if action == "failed":
        per += "Diagnostic-Code: smtp; " + ("550 5.1.1 User unknown" if status.startswith("5")
                                            else f"452 {status} Mailbox full") + "\n"
    parts = ["Content-Type: text/plain\n\nThis is the mail system at host mx.remote.example.\n",
             f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.remote.example\n\n{per}"]
    if orig is not None:
        body = orig.split("\n\n", 1)[0] + "\n" if headers_only else orig
        parts.append(f"Content-Type: {'text/rfc822-headers' if headers_only else 'message/rfc822'}\n\n{body}")
    subject = "Successful Mail Delivery Report" if action == "delivered" else "Undelivered Mail Returned to Sender"
    return (f"From: Mail Delivery System <MAILER-DAEMON@mx.remote.example>\nTo: {to}\nSubject: {subject}\n"
            f"Date: {DATE}\nMessage-ID: {_mid('dsn')}\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"\n\n'
            + "".join(f"--{b}\n{p}\n" for p in parts) + f"--{b}--\n").encode()


def nameless(to: str = BOUNCES) -> bytes:
    """A free-text bounce that names no recipient: only the return path can say who it was."""
    return (f"From: Mail Delivery System <MAILER-DAEMON@mx.remote.example>\nTo: {to}\n"
            f"Subject: Undelivered Mail Returned to Sender\nMessage-ID: {_mid('nameless')}\nDate: {DATE}\n\n"
            "This is the mail system at host mx.remote.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n"
            "The mail system said: 550 5.1.1 User unknown\n").encode()


def qmail(rcpt: str = VICTIM, to: str = BOUNCES) -> bytes:
    """A plain-text "failed" mail as qmail writes it (no DSN, no original)."""
    return (f"From: MAILER-DAEMON@mx.remote.example\nTo: {to}\nSubject: failure notice\nDate: {DATE}\n"
            f"Message-ID: {_mid('qmail')}\n\n"
            "Hi. This is the qmail-send program at mx.remote.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{rcpt}>:\n192.0.2.1 does not like recipient.\n"
            f"Remote host said: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown\n"
            "Giving up on 192.0.2.1.\n").encode()


def arf(rcpt: str = VICTIM, *, orig: str | None = None, to: str = "fbl@example.com") -> bytes:
    """An RFC 5965 feedback report (a complaint) returning the original."""
    b = f"=_arf{next(_n)}"
    orig = orig if orig is not None else original(rcpt)
    return (f"From: Mail Abuse Reports <feedback@fbl.remote.example>\nTo: {to}\nSubject: Complaint about message\n"
            f"Date: {DATE}\nMessage-ID: {_mid('arf')}\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=feedback-report; boundary="{b}"\n\n'
            f"--{b}\nContent-Type: text/plain\n\nThis is an email abuse report.\n\n"
            f"--{b}\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: RemoteFBL/1.0\n"
            f"Version: 1\nOriginal-Rcpt-To: {rcpt}\nArrival-Date: {DATE}\n\n"
            f"--{b}\nContent-Type: message/rfc822\n\n{orig}\n--{b}--\n").encode()


def unsubscribe(frm: str = VICTIM, *, in_reply_to: str | None = None, to: str = "news@example.com") -> bytes:
    """A person's "unsubscribe" reply to the list (its From is all it says about who)."""
    irt = f"In-Reply-To: {in_reply_to}\nReferences: {in_reply_to}\n" if in_reply_to else ""
    return (f"From: {frm}\nTo: {to}\nSubject: unsubscribe\nDate: {DATE}\nMessage-ID: {_mid('unsub')}\n{irt}"
            "\nunsubscribe\n").encode()


# -- the bench: a config, a store, a suppression file, the receiver ------------------------------
def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text + "\n")
    assert path.stat().st_mode & 0o777 == 0o600


class Bench:
    """A config in ``root`` (key file 0600), with helpers to run the CLI and read the outcome."""

    def __init__(self, root: Path, url: str, *, trust: str | None = "", rules: str = RULES, actions: str = ""):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.state = root / "state"
        self.key = secrets.token_urlsafe(32)
        self.key_file = root / "trust.key"
        _write_private(self.key_file, self.key)
        hook = root / "webhook.secret"
        _write_private(hook, HOOK_SECRET)
        self.list_file = root / "suppressed.txt"
        if trust == "":
            trust = f"trust: {{secret_file: {self.key_file}, bounce_address: {BOUNCES}}}\n"
        self.cfg = root / "bouncefilter.yaml"
        self.cfg.write_text(f"""\
state_dir: {self.state}
outbox: {{tries: 1, backoff_initial: 10ms, backoff_max: 20ms, inline_budget: 3s}}
actions:
  app: {{type: webhook, url: '{url}', secret_file: {hook}, timeout: 2s}}
  listfile: {{type: suppression_file, path: {self.list_file}}}
{actions}{trust or ''}{rules}""")

    # -- signing, as the application does -------------------------------------------------------
    @property
    def keys(self) -> list[verp.Key]:
        return [verp.Key("0", self.key.encode())]

    def sign(self, recipient: str, **kw) -> str:
        return verp.sign(recipient, keys=kw.pop("keys", self.keys), bounce_address=BOUNCES, **kw)

    # -- the CLI, as an MTA / an application runs it ----------------------------------------------
    def cli(self, *args: str, data: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "filter.cli", *args], input=data, capture_output=True,
                              check=False, cwd=REPO, timeout=60, env=env)

    def pipe(self, raw: bytes, recipient: str = BOUNCES, sender: str = "") -> subprocess.CompletedProcess:
        """As pipe(8) runs it: ``-- ${sender} ${recipient}``, no environment to speak of (the key
        comes from ``trust.secret_file``)."""
        r = self.cli("pipe", "--config", str(self.cfg), "--", sender, recipient, data=raw,
                     env={"PATH": os.defpath})
        assert r.returncode == 0, r.stderr
        return r

    def verp(self, *args: str) -> str:
        r = self.cli("verp", *args, "--config", str(self.cfg))
        assert r.returncode == 0, r.stderr
        return r.stdout.decode().strip()

    # -- in process -------------------------------------------------------------------------------
    def engine(self, **kw) -> Engine:
        return Engine(load(self.cfg), **kw)

    # -- what happened ----------------------------------------------------------------------------
    def events(self, event: str | None = None) -> list[dict]:
        db = self.state / "bouncefilter.db"
        if not db.exists():
            return []
        with Store(db) as s:
            return list(s.events(event=event))

    def suppressed(self) -> dict[str, dict]:
        db = self.state / "bouncefilter.db"
        if not db.exists():
            return {}
        with Store(db) as s:
            return {row["address"]: row for row in s.suppressed()}

    def listed(self) -> set[str]:
        """The suppression file's addresses (none when it was never written)."""
        if not self.list_file.exists():
            return set()
        return {line.strip() for line in self.list_file.read_text().splitlines() if line.strip()}

    def alerts(self) -> list[dict]:
        path = self.state / "alerts.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def hooks(rx: WebhookReceiver) -> list[tuple[str, str | None]]:
    """(event, recipient) of every webhook the application accepted, in arrival order."""
    return [(r.json["event"], (r.json.get("recipient") or {}).get("address")) for r in rx.accepted.values()]


def assert_untouched(b: Bench, rx: WebhookReceiver, *, suppressed: set[str] = frozenset()) -> None:
    """Nothing acted: the list and its file are as they were, the application heard nothing."""
    assert set(b.suppressed()) == set(suppressed)
    assert b.listed() == set(suppressed)
    assert rx.requests == []
    assert len(b.events("suppressed")) == len(suppressed) and b.events("unsuppressed") == []


@pytest.fixture
def receiver():
    with WebhookReceiver(HOOK_SECRET) as rx:
        yield rx


@pytest.fixture
def bench(tmp_path, receiver) -> Bench:
    return Bench(tmp_path / "bf", receiver.url)


@pytest.fixture(scope="module")
def dkim_keys(tmp_path_factory):
    """(private PEM, public key file) from openssl genrsa, and an unrelated private key."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    d = tmp_path_factory.mktemp("dkim")
    for name in ("ours", "theirs"):
        subprocess.run(["openssl", "genrsa", "-out", str(d / f"{name}.key"), "2048"], check=True,
                       capture_output=True)
    subprocess.run(["openssl", "rsa", "-in", str(d / "ours.key"), "-pubout", "-out", str(d / "ours.pub")],
                   check=True, capture_output=True)
    return (d / "ours.key").read_bytes(), d / "ours.pub", (d / "theirs.key").read_bytes()


# -- 1. the forgery ----------------------------------------------------------------------
def test_forged_dsn_piped_with_a_secret_suppresses_nothing_and_is_untrusted(bench, receiver):
    assert len(FORGED.splitlines()) == 15
    r = bench.pipe(FORGED)
    assert r.stdout == b"" and r.stderr == b""
    [ev] = bench.events()
    assert (ev["event"], ev["kind"], ev["recipient"]["address"], ev["recipient"]["class"]) == \
        ("untrusted", "failed", VICTIM, "hard")
    assert ev["trust"]["level"] == "unverified"
    assert bench.events("bounce") == []
    assert_untouched(bench, receiver)
    assert [(a["event"], a["recipient"]["address"]) for a in bench.alerts()] == [("untrusted", VICTIM)]
    # the default rules (no rules: written) are as careful
    quiet = Bench(bench.root.parent / "defaults", receiver.url, rules="")
    quiet.pipe(FORGED)
    assert [e["event"] for e in quiet.events()] == ["untrusted"]
    assert quiet.suppressed() == {} and receiver.requests == []


def test_without_a_trust_section_the_forgery_suppresses_as_before_and_check_config_warns(tmp_path, receiver):
    b = Bench(tmp_path / "bf", receiver.url, trust=None)
    r = b.cli("check-config", "--config", str(b.cfg))
    assert r.returncode == 0, r.stderr
    assert "warning" in r.stderr.decode() and "anyone who can send you mail can forge a bounce that " \
        "suppresses any address" in r.stderr.decode()
    b.pipe(FORGED)
    [ev] = b.events("bounce")
    assert ev["recipient"]["address"] == VICTIM and ev["trust"]["level"] == "unverified"
    assert b.events("untrusted") == []
    assert set(b.suppressed()) == {VICTIM} and b.listed() == {VICTIM}
    assert sorted(hooks(receiver)) == [("bounce", VICTIM), ("suppressed", VICTIM)]
    # with a key, check-config says nothing of the kind
    keyed = Bench(tmp_path / "keyed", receiver.url)
    r = keyed.cli("check-config", "--config", str(keyed.cfg))
    assert r.returncode == 0 and "forge" not in r.stderr.decode(), r.stderr


# -- 2. a plausible returned original --------------------------------------------------------------
def test_forgery_with_a_plausible_original_is_plausible_and_suppresses_nothing(tmp_path, receiver):
    b = Bench(tmp_path / "bf", receiver.url,
              trust=f"trust: {{secret_file: {tmp_path / 'bf' / 'trust.key'}, domains: [example.com]}}\n")
    raw = dsn(VICTIM, orig=original(VICTIM, message_id="<20261201.1234@example.com>"))
    b.pipe(raw)
    [ev] = b.events()
    assert ev["event"] == "untrusted" and ev["recipient"]["address"] == VICTIM
    assert ev["trust"]["level"] == "plausible"
    assert any("in our domain" in x for x in ev["trust"]["evidence"])
    assert_untouched(b, receiver)
    assert [a["event"] for a in b.alerts()] == ["untrusted"]


# -- 3. tags that do not hold ----------------------------------------------------------------------
@pytest.mark.parametrize("case", ["wrong key", "unknown key", "expired", "other recipient"])
def test_bounce_to_a_bad_tag_is_untrusted_and_suppresses_nothing(bench, receiver, case):
    if case == "wrong key":
        tag = bench.sign(VICTIM, keys=[verp.Key("0", b"not-our-key-" * 3)])
        why = "bad signature"
    elif case == "unknown key":
        tag = bench.sign(VICTIM, keys=[verp.Key("7", bench.key.encode())])
        why = "unknown key"
    elif case == "expired":
        tag = bench.sign(VICTIM, now=time.time() - 31 * 86400)
        why = "expired"
    else:
        tag = bench.sign(OTHER)
        why = f"names {OTHER}, not this recipient"
    assert bench.cli("verp", "check", tag, "--config", str(bench.cfg)).returncode == (0 if case == "other recipient"
                                                                                      else 1)
    # the bounce even returns an original From our domain: failed evidence outweighs it
    bench.pipe(dsn(VICTIM, to=tag, orig=original(VICTIM)), recipient=tag)
    [ev] = bench.events()
    assert (ev["event"], ev["recipient"]["address"], ev["trust"]["level"]) == ("untrusted", VICTIM, "unverified")
    assert any(why in x for x in ev["trust"]["evidence"]), ev["trust"]
    assert_untouched(bench, receiver)


def test_a_tag_made_31_days_ago_is_expired_one_made_29_days_ago_is_not(bench):
    assert not verp.check(bench.sign(VICTIM, now=time.time() - 31 * 86400), keys=bench.keys).valid
    assert verp.check(bench.sign(VICTIM, now=time.time() - 29 * 86400), keys=bench.keys).valid


# -- 4. signed return paths from the CLI, end to end through the pipe -----------------------------
def test_dsn_to_a_signed_return_path_from_the_cli_is_verified_and_suppresses(bench, receiver):
    tag = bench.verp("sign", VICTIM)
    assert tag.startswith("bounces+victim=customer.example=s0") and tag.endswith("@example.com")
    assert len(tag.partition("@")[0]) <= 64
    assert bench.verp("sign", VICTIM, "--bounce-address", "bounces@mail.example.com").endswith("@mail.example.com")
    r = bench.cli("verp", "check", tag, "--config", str(bench.cfg))
    assert r.returncode == 0 and VICTIM in r.stdout.decode()
    bad = tag[:-len("@example.com") - 1] + ("a" if tag[-len("@example.com") - 1] != "a" else "b") + "@example.com"
    assert bench.cli("verp", "check", bad, "--config", str(bench.cfg)).returncode == 1

    bench.pipe(dsn(VICTIM, to=tag), recipient=tag)
    [ev] = bench.events("bounce")
    assert ev["recipient"]["address"] == VICTIM and ev["trust"]["level"] == "verified"
    assert any("verp: signed return path" in x for x in ev["trust"]["evidence"])
    assert bench.events("untrusted") == []
    assert set(bench.suppressed()) == {VICTIM} and bench.listed() == {VICTIM}
    assert sorted(hooks(receiver)) == [("bounce", VICTIM), ("suppressed", VICTIM)]
    assert receiver.bad_signatures == 0


def test_hashed_return_path_of_a_long_address_works_end_to_end(bench, receiver):
    tag = bench.verp("sign", LONG)
    local = tag.partition("@")[0]
    assert len(LONG.partition("@")[0]) > 40 and len(local) <= 64
    assert "=h=h0" in tag and "firstname" not in tag                  # the hashed form
    r = bench.cli("verp", "check", tag, "--config", str(bench.cfg))     # the store knows it
    assert r.returncode == 0 and LONG in r.stdout.decode()
    bench.pipe(dsn(LONG, to=tag), recipient=tag)
    [ev] = bench.events("bounce")
    assert ev["recipient"]["address"] == LONG and ev["trust"]["level"] == "verified"

    # a bounce that does not name the recipient at all: the engine reads it from the tag
    long2 = "another." + LONG
    tag2 = bench.verp("sign", long2)
    assert "=h=h0" in tag2
    bench.pipe(nameless(to=tag2), recipient=tag2)
    evs = {e["recipient"]["address"]: e for e in bench.events("bounce")}
    assert set(evs) == {LONG, long2}
    assert evs[long2]["trust"]["level"] == "verified" and evs[long2]["recipient"]["class"] == "hard"
    assert set(bench.suppressed()) == {LONG, long2} and bench.listed() == {LONG, long2}
    assert sorted(hooks(receiver)) == sorted([("bounce", LONG), ("suppressed", LONG),
                                              ("bounce", long2), ("suppressed", long2)])
    # a DSN without Final-Recipient, likewise
    long3 = "yet.another." + LONG
    tag3 = bench.verp("sign", long3)
    bench.pipe(dsn(None, to=tag3), recipient=tag3)
    assert {e["recipient"]["address"]: e["trust"]["level"] for e in bench.events("bounce")} == \
        {LONG: "verified", long2: "verified", long3: "verified"}
    assert set(bench.suppressed()) == {LONG, long2, long3}
    # the same nameless bounce to a tag moved onto another digest, and to a well signed hashed
    # tag the store never heard of (signed without remembering it), proves nothing
    forged = "bounces+" + verp.recipient_digest("nobody@customer.example") + "=h=" + tag2.partition("=h=")[2]
    unknown = bench.sign("forgotten." + LONG)
    assert "=h=h0" in unknown
    for to in (forged, unknown):
        bench.pipe(nameless(to=to), recipient=to)
    evs = bench.events("untrusted")
    assert [(e["recipient"]["address"], e["trust"]["level"]) for e in evs] == [(None, "unverified")] * 2
    assert any("bad signature" in x for x in evs[0]["trust"]["evidence"]), evs[0]["trust"]
    assert any("hash not resolved" in x for x in evs[1]["trust"]["evidence"]), evs[1]["trust"]
    assert len(bench.suppressed()) == 3


# -- 5. every kind that acts needs evidence ------------------------------------------------------
def soft_bounce_three_times(b: Bench, engine: Engine, address: str, *, signed: bool) -> None:
    to = b.sign(address) if signed else BOUNCES
    for _ in range(3):
        engine.process(dsn(address, status="4.2.2", to=to), source="pipe", envelope=Envelope("", to))


@pytest.mark.parametrize("kind", ["text failure", "complaint", "complaint replayed", "unsubscribe",
                                  "unsubscribe replayed", "soft bounces", "delivered"])
def test_forged_reports_of_every_kind_that_acts_change_nothing(bench, receiver, kind):
    with bench.engine() as engine:
        before: set[str] = set()
        if kind == "delivered":  # suppressed by the soft-bounce policy, through verified bounces
            soft_bounce_three_times(bench, engine, VICTIM, signed=True)
            assert bench.suppressed()[VICTIM]["policy"] == "soft_bounce"
            before = {VICTIM}
            receiver.requests.clear()
            receiver.accepted.clear()
        if kind == "soft bounces":
            soft_bounce_three_times(bench, engine, VICTIM, signed=False)
            with Store(bench.state / "bouncefilter.db") as s:
                assert s.soft_bounce_count(VICTIM) == 0                  # none of them counted
            assert len(bench.events("untrusted")) == 3
        else:
            # "replayed": the forger got our mail himself and reuses its Message-ID (made for him)
            mine = verp.message_id("example.com", keys=bench.keys, recipient="forger@attacker.example")
            raw = {"text failure": lambda: qmail(VICTIM),
                   "complaint": lambda: arf(VICTIM),
                   "complaint replayed": lambda: arf(VICTIM, orig=original(VICTIM, message_id=mine)),
                   "unsubscribe": lambda: unsubscribe(VICTIM),
                   "unsubscribe replayed": lambda: unsubscribe(VICTIM, in_reply_to=mine),
                   "delivered": lambda: dsn(VICTIM, status="2.0.0", action="delivered")}[kind]()
            out = engine.process(raw, source="pipe", envelope=Envelope("", BOUNCES))
            assert [p["event"] for p in out.events] == ["untrusted"], out.events
    untrusted = bench.events("untrusted")
    assert untrusted and {e["recipient"]["address"] for e in untrusted} == {VICTIM}
    assert {e["trust"]["level"] for e in untrusted} <= {"unverified", "plausible"}
    if "replayed" in kind:
        assert [e["trust"]["level"] for e in untrusted] == ["unverified"]
        assert any("made for another recipient" in x for x in untrusted[0]["trust"]["evidence"])
    assert_untouched(bench, receiver, suppressed=before)
    assert {a["event"] for a in bench.alerts()} == {"untrusted"}


def test_the_same_kinds_with_evidence_act(bench, receiver):
    a, c, s = "complainer@customer.example", "leaver@customer.example", "fullbox@customer.example"
    with bench.engine() as engine:
        # a complaint whose original carries our Message-ID made for the complainant
        mid = bench.verp("message-id", "--domain", "example.com", "--recipient", a)
        assert mid.startswith("<bf.r0") and mid.endswith("@example.com>")
        engine.process(arf(a, orig=original(a, message_id=mid)), source="pipe",
                       envelope=Envelope("", "fbl@example.com"))
        # an unsubscribe reply to our message bound to the person
        mid2 = bench.verp("message-id", "--domain", "example.com", "--recipient", c)
        engine.process(unsubscribe(c, in_reply_to=mid2), source="pipe", envelope=Envelope(c, "news@example.com"))
        # three verified soft bounces: suppressed by the threshold ...
        soft_bounce_three_times(bench, engine, s, signed=True)
        supp = bench.suppressed()
        assert set(supp) == {a, c, s}
        assert (supp[a]["kind"], supp[c]["kind"], supp[s]["policy"]) == ("complaint", "unsubscribe", "soft_bounce")
        assert bench.listed() == {a, c, s}
        # ... and a verified delivery notice lifts it
        tag = bench.sign(s)
        out = engine.process(dsn(s, status="2.0.0", action="delivered", to=tag), source="pipe",
                             envelope=Envelope("", tag))
        assert [p["event"] for p in out.events] == ["bounce", "unsuppressed"]
    assert set(bench.suppressed()) == {a, c} and bench.listed() == {a, c}
    bounces = {(e["kind"], e["recipient"]["address"]): e["trust"] for e in bench.events("bounce")}
    assert {k: v["level"] for k, v in bounces.items()} == {
        ("complaint", a): "verified", ("unsubscribe", c): "verified", ("failed", s): "verified",
        ("delivered", s): "verified"}
    assert any(f"message-id: ours, made for {a}" in x for x in bounces[("complaint", a)]["evidence"])
    assert bench.events("untrusted") == []
    got = hooks(receiver)
    assert sorted(got) == sorted([("bounce", a), ("suppressed", a), ("bounce", c), ("suppressed", c),
                                  ("suppressed", s), ("unsuppressed", s)])
    [sup] = [r.json for r in receiver.accepted.values() if r.json["event"] == "suppressed"
             and r.json["recipient"]["address"] == s]
    assert sup["suppression"]["soft_bounces"] == 3 and sup["trust"]["level"] == "verified"


# -- 6. the other carriers of evidence, rules, rotation, the surge alert ---------------------------
def test_signed_message_id_bound_is_verified_unbound_is_plausible(bench, receiver):
    bound = bench.verp("message-id", "--domain", "example.com", "--recipient", VICTIM)
    unbound = bench.verp("message-id", "--domain", "example.com")
    assert unbound.startswith("<bf.u0")
    with bench.engine() as engine:
        out = engine.process(dsn(VICTIM, orig=original(VICTIM, message_id=bound), headers_only=True),
                             source="pipe", envelope=Envelope("", BOUNCES))
        [ev, _] = out.events
        assert (ev["event"], ev["trust"]["level"]) == ("bounce", "verified")
        out = engine.process(dsn(OTHER, orig=original(OTHER, message_id=unbound)), source="pipe",
                             envelope=Envelope("", BOUNCES))
        [ev] = out.events
        assert (ev["event"], ev["trust"]["level"]) == ("untrusted", "plausible")
        assert any("made without a recipient" in x for x in ev["trust"]["evidence"])
        # an id bound to the victim, pasted into a report about someone else: evidence that fails
        # (the original is From our domain, which alone would be plausible)
        out = engine.process(dsn(OTHER, orig=original(OTHER, message_id=bound)), source="pipe",
                             envelope=Envelope("", BOUNCES))
        [ev] = out.events
        assert (ev["event"], ev["trust"]["level"]) == ("untrusted", "unverified")
        assert any("made for another recipient" in x for x in ev["trust"]["evidence"]), ev["trust"]
        # a forged id of our shape
        forged = bound[:-len("@example.com>") - 3] + ("aaa" if not bound.endswith("aaa@example.com>") else "bbb") \
            + "@example.com>"
        out = engine.process(dsn(VICTIM, orig=original(VICTIM, message_id=forged)), source="pipe",
                             envelope=Envelope("", BOUNCES))
        assert [(p["event"], p["trust"]["level"]) for p in out.events] == [("untrusted", "unverified")]
    assert set(bench.suppressed()) == {VICTIM}


def test_token_header_is_evidence_for_its_recipient(tmp_path, receiver):
    b = Bench(tmp_path / "bf", receiver.url,
              trust=f"trust: {{secret_file: {tmp_path / 'bf' / 'trust.key'}, header: X-Campaign-Token}}\n")
    tok = b.verp("token", VICTIM)
    assert tok.startswith("bf1.0")
    with b.engine() as engine:
        out = engine.process(dsn(VICTIM, orig=original(VICTIM, extra=f"X-Campaign-Token: {tok}\n")),
                             source="pipe", envelope=Envelope("", BOUNCES))
        assert [p["event"] for p in out.events] == ["bounce", "suppressed"]
        assert "token: X-Campaign-Token made for victim@customer.example" in out.events[0]["trust"]["evidence"]
        # the token of one recipient pasted into a forgery about another: evidence that fails
        out = engine.process(dsn(OTHER, orig=original(OTHER, extra=f"X-Campaign-Token: {tok}\n")),
                             source="pipe", envelope=Envelope("", BOUNCES))
        [ev] = out.events
        assert (ev["event"], ev["trust"]["level"]) == ("untrusted", "unverified")
        assert "token: X-Campaign-Token: made for another recipient (or forged)" in ev["trust"]["evidence"]
        # the default header name is not read when another is configured
        default = f"X-Bouncefilter-Token: {b.verp('token', OTHER)}\n"
        out = engine.process(dsn(OTHER, orig=original(OTHER, extra=default)), source="pipe",
                             envelope=Envelope("", BOUNCES))
        assert [p["event"] for p in out.events] == ["untrusted"]
    assert set(b.suppressed()) == {VICTIM}


def test_rules_can_match_the_trust_level(tmp_path, receiver):
    rules = """\
rules:
  - {match: {event: bounce, class: hard, trust: verified}, actions: [suppress, app]}
  - {match: {event: bounce, trust: [unverified, plausible]}, actions: [review]}
"""
    b = Bench(tmp_path / "bf", receiver.url, rules=rules,
              actions=f"  review: {{type: log, path: {tmp_path / 'review.jsonl'}}}\n",
              trust=f"trust: {{secret_file: {tmp_path / 'bf' / 'trust.key'}, require: unverified}}\n")
    r = b.cli("check-config", "--config", str(b.cfg))
    assert r.returncode == 0, r.stderr
    assert "trust.require: unverified: forged bounces still act" in r.stderr.decode()
    tag = b.sign(VICTIM)
    b.pipe(dsn(VICTIM, to=tag), recipient=tag)
    b.pipe(FORGED.replace(VICTIM.encode(), OTHER.encode()))
    evs = {e["recipient"]["address"]: e for e in b.events("bounce")}
    assert {a: e["trust"]["level"] for a, e in evs.items()} == {VICTIM: "verified", OTHER: "unverified"}
    assert b.events("untrusted") == []                          # require: unverified: all are bounces
    assert set(b.suppressed()) == {VICTIM}                      # but only the verified one matched
    assert hooks(receiver) == [("bounce", VICTIM)]
    review = [json.loads(x) for x in (tmp_path / "review.jsonl").read_text().splitlines()]
    assert [(x["recipient"]["address"], x["trust"]["level"]) for x in review] == [(OTHER, "unverified")]


def test_key_rotation_the_old_key_verifies_until_it_is_dropped(tmp_path, receiver):
    old = Bench(tmp_path / "old", receiver.url)
    old_tag = old.verp("sign", VICTIM)
    assert old_tag.partition("=s")[2][0] == "0"
    new_key = tmp_path / "new.key"
    _write_private(new_key, secrets.token_urlsafe(32))
    rotated = Bench(tmp_path / "rotated", receiver.url, trust=(
        f"trust:\n  bounce_address: {BOUNCES}\n  keys:\n    - {{id: 1, secret_file: {new_key}}}\n"
        f"    - {{id: 0, secret_file: {old.key_file}}}\n"))
    new_tag = rotated.verp("sign", OTHER)
    assert new_tag.partition("=s")[2][0] == "1"                # the first key signs
    rotated.pipe(dsn(VICTIM, to=old_tag), recipient=old_tag)
    rotated.pipe(dsn(OTHER, to=new_tag), recipient=new_tag)
    evs = {e["recipient"]["address"]: e["trust"] for e in rotated.events("bounce")}
    assert {a: t["level"] for a, t in evs.items()} == {VICTIM: "verified", OTHER: "verified"}
    assert any("(key 0)" in x for x in evs[VICTIM]["evidence"])
    assert any("(key 1)" in x for x in evs[OTHER]["evidence"])
    assert set(rotated.suppressed()) == {VICTIM, OTHER}
    # the old key dropped: its tags no longer prove anything
    dropped = Bench(tmp_path / "dropped", receiver.url, trust=(
        f"trust:\n  keys:\n    - {{id: 1, secret_file: {new_key}}}\n"))
    receiver.requests.clear()
    dropped.pipe(dsn(VICTIM, to=old_tag), recipient=old_tag)
    [ev] = dropped.events()
    assert ev["event"] == "untrusted" and any("unknown key" in x for x in ev["trust"]["evidence"])
    assert dropped.suppressed() == {} and receiver.requests == []


@pytest.mark.parametrize("validity", [7, 21])
def test_bounce_to_a_batv_sender_is_verified_within_the_configured_validity(tmp_path, receiver, validity):
    b = Bench(tmp_path / "bf", receiver.url, trust=(
        f"trust:\n  secret_file: {tmp_path / 'bf' / 'trust.key'}\n"
        f"  batv: {{sign: ['*@example.com'], validity: {validity}d}}\n"))
    day = 86400

    def process(engine: Engine, rcpt: str, signed_days_ago: float) -> dict:
        # what the milter puts on outbound mail (filter.adapters.milter_app: batv_sign with the validity)
        prvs = verp.batv_sign("news@example.com", keys=b.keys, validity=validity * day,
                              now=time.time() - signed_days_ago * day)
        [ev, *_] = engine.process(dsn(rcpt, to=prvs), source="pipe", envelope=Envelope("", prvs)).events
        return ev

    with b.engine() as engine:
        ev = process(engine, VICTIM, 0)
        assert (ev["event"], ev["trust"]["level"]) == ("bounce", "verified"), ev["trust"]
        assert any("batv: signed envelope sender news@example.com" in x for x in ev["trust"]["evidence"])
        ev = process(engine, OTHER, validity - 1)               # still valid the day before it expires
        assert (ev["event"], ev["trust"]["level"]) == ("bounce", "verified"), ev["trust"]
        ev = process(engine, "late@customer.example", validity + 2)
        assert (ev["event"], ev["trust"]["level"]) == ("untrusted", "unverified"), ev["trust"]
        assert any("expired" in x for x in ev["trust"]["evidence"])
        # a prvs= address with a MAC that does not hold
        forged = "prvs=0" + "999" + "abcdef=news@example.com"
        [ev] = engine.process(dsn("forged@customer.example", to=forged), source="pipe",
                              envelope=Envelope("", forged)).events
        assert (ev["event"], ev["trust"]["level"]) == ("untrusted", "unverified")
    assert set(b.suppressed()) == {VICTIM, OTHER}


def test_untrusted_surge_after_the_threshold_once_per_window(tmp_path, receiver):
    b = Bench(tmp_path / "bf", receiver.url, trust=(
        f"trust: {{secret_file: {tmp_path / 'bf' / 'trust.key'}, alert: {{threshold: 3, window: 1h}}}}\n"))
    now = [time.time()]
    with b.engine(clock=lambda: now[0]) as engine:
        def forge(i: int) -> list[str]:
            now[0] += 10
            raw = FORGED.replace(VICTIM.encode(), f"victim{i}@customer.example".encode())
            raw = raw.replace(b"<forged-1@", f"<forged-{i}@".encode())
            return [p["event"] for p in engine.process(raw, source="pipe", envelope=Envelope("", BOUNCES)).events]

        assert forge(1) == ["untrusted"] and forge(2) == ["untrusted"]
        assert forge(3) == ["untrusted", "untrusted_surge"]
        assert forge(4) == ["untrusted"] and forge(5) == ["untrusted"]     # once per window
        now[0] += 3600                                                     # an hour later, a new wave
        assert forge(6) == ["untrusted"] and forge(7) == ["untrusted"]
        assert forge(8) == ["untrusted", "untrusted_surge"]
        assert forge(8) == ["untrusted"]                                   # the same message again: known
    surges = b.events("untrusted_surge")
    assert [s["untrusted"]["count"] for s in surges] == [3, 3]
    assert [a["event"] for a in b.alerts()].count("untrusted_surge") == 2
    assert b.suppressed() == {} and receiver.requests == []


def test_surge_alert_with_the_default_rules(tmp_path, receiver):
    b = Bench(tmp_path / "bf", receiver.url, rules="", trust=(
        f"trust: {{secret_file: {tmp_path / 'bf' / 'trust.key'}, alert: {{threshold: 3}}}}\n"))
    for i in range(3):
        b.pipe(FORGED.replace(b"<forged-1@", f"<forged-{i}@".encode()).replace(
            VICTIM.encode(), f"v{i}@customer.example".encode()))
    assert [a["event"] for a in b.alerts()] == ["untrusted_surge"]     # default rules: surges alert
    assert len(b.events("untrusted")) == 3 and b.suppressed() == {}


# -- 7. DKIM over the returned original ------------------------------------------------------------
def dkim_signed(private: bytes, to: str) -> str:
    import dkim

    msg = original(to).replace("\n", "\r\n").encode()
    sig = dkim.sign(msg, b"s1", b"example.com", private, canonicalize=(b"relaxed", b"relaxed"),
                    include_headers=[b"from", b"to", b"subject", b"message-id", b"date"])
    return (sig + msg).decode().replace("\r\n", "\n")


def test_require_verified_needs_a_key_or_dkim(tmp_path, receiver):
    b = Bench(tmp_path / "bf", receiver.url, trust="trust: {require: verified}\n")
    r = b.cli("check-config", "--config", str(b.cfg))
    assert r.returncode == 78
    assert "trust.require" in r.stderr.decode() and "needs evidence" in r.stderr.decode()


@pytest.mark.parametrize("shape", ["whole", "body-cut", "headers-only"])
def test_dkim_signed_original_is_evidence_bound_to_its_signed_recipient(tmp_path, receiver, dkim_keys, shape):
    pytest.importorskip("dkim")
    private, public_file, theirs = dkim_keys
    b = Bench(tmp_path / "bf", receiver.url, trust=(
        "trust:\n  require: verified\n"
        f"  dkim: [{{domain: example.com, selector: s1, public_key_file: {public_file}}}]\n"))
    r = b.cli("check-config", "--config", str(b.cfg))
    assert r.returncode == 0, r.stderr                         # DKIM alone is evidence enough

    def returned(orig: str) -> str:
        return orig[:orig.index("Line 3 of")] if shape == "body-cut" else orig   # a size limit cut it

    alice, bob, carol, dave = (f"{n}@customer.example" for n in ("alice", "bob", "carol", "dave"))
    with b.engine() as engine:
        def level(rcpt: str, orig: str) -> tuple[str, str, list[str]]:
            raw = dsn(rcpt, orig=returned(orig), headers_only=shape == "headers-only")   # RET=HDRS
            [ev, *_] = engine.process(raw, source="pipe", envelope=Envelope("", BOUNCES)).events
            return ev["event"], ev["trust"]["level"], ev["trust"]["evidence"]

        event, lv, why = level(alice, dkim_signed(private, alice))
        assert (event, lv) == ("bounce", "verified"), why
        assert any("dkim: d=example.com s=s1" in x and f"names {alice}" in x for x in why)
        body = {"whole": "ok", "body-cut": "mismatch", "headers-only": "not checked"}[shape]
        assert any(f"(body {body})" in x for x in why), why
        # a genuine signed copy addressed to someone else, replayed against bob
        event, lv, why = level(bob, dkim_signed(private, carol))
        assert (event, lv) == ("untrusted", "plausible"), why
        # our signed copy with its To changed to the victim: the signature breaks
        event, lv, why = level(dave, dkim_signed(private, carol).replace(f"To: {carol}", f"To: {dave}", 1))
        assert (event, lv) == ("untrusted", "unverified"), why
        assert any("dkim: bad signature" in x for x in why), why
        # signed for example.com with a key that is not ours
        event, lv, why = level(carol, dkim_signed(theirs, carol))
        assert (event, lv) == ("untrusted", "unverified"), why
    assert set(b.suppressed()) == {alice} and b.listed() == {alice}
    assert sorted(hooks(receiver)) == [("bounce", alice), ("suppressed", alice)]
