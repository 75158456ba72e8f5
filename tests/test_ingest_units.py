"""Unit tests of filter/ingest beside the real-service tests (test_ingest_service.py): the mapping
tables and their fallbacks, the classifier deciding over the provider's type, the replay guard,
Postmark's source check, the ``ingest:`` config section, and the trust verdict the provider's
signature gives (with ``trust.require: verified`` an ESP bounce still acts)."""
from __future__ import annotations

import base64
import time

import pytest

pytest.importorskip("cryptography")

from filter.config import ConfigError, loads  # noqa: E402
from filter.core import model  # noqa: E402
from filter.ingest import mapping  # noqa: E402
from filter.ingest.model import Incoming, ProviderEvent, Recipient, Refused, Verified  # noqa: E402
from filter.ingest.replay import ReplayGuard, check_fresh, parse_time  # noqa: E402
from filter.ingest.report import digest, to_report  # noqa: E402


def test_every_mapping_names_a_known_kind_and_reason():
    for provider, table in mapping.TABLES.items():
        for key, m in table.items():
            if m is not None:
                assert m.kind in model.KINDS and m.reason in model.REASONS, (provider, key)


@pytest.mark.parametrize("provider,etype,kind,reason", [
    ("ses", "Bounce/Permanent/NoEmail", "failed", "user_unknown"),
    ("ses", "Bounce/Permanent/SomethingNew", "failed", "user_unknown"),  # falls back to its family
    ("ses", "Bounce/Transient/MailboxFull", "failed", "mailbox_full"),
    ("ses", "DeliveryDelay/IPFailure", "delayed", "blocked"),
    ("sendgrid", "bounce/blocked/", "failed", "blocked"),
    ("sendgrid", "dropped/Unsubscribed Address", "failed", "suppressed"),
    ("mailgun", "failed/temporary/generic", "delayed", "undefined"),
    ("postmark", "Bounce/SpamComplaint", "complaint", "complaint"),
])
def test_lookup_and_fallbacks(provider, etype, kind, reason):
    m = mapping.lookup(provider, etype)
    assert (m.kind, m.reason) == (kind, reason)


def test_events_not_about_delivery_map_to_nothing():
    assert mapping.lookup("ses", "Open") is None and mapping.lookup("sendgrid", "click") is None
    assert mapping.lookup("mailgun", "a-type-mailgun-adds-later") is None


def event(etype: str, diagnostic: str | None = None, status: str | None = None, provider: str = "ses",
          smtp: bool = True) -> ProviderEvent:
    return ProviderEvent(provider, etype, "k1", (Recipient("jane@customer.example", diagnostic, status, smtp=smtp),))


@pytest.mark.parametrize("etype,diagnostic,cls,reason,permanent", [
    # the diagnostic names a cause: it decides over the provider's type
    ("Bounce/Transient/General", "smtp; 550 5.1.1 user unknown", "hard", "user_unknown", True),
    ("Bounce/Permanent/General", "smtp; 552 5.2.2 mailbox full", "soft", "mailbox_full", True),
    ("Bounce/Permanent/General", "550 5.7.1 rejected: your IP is listed at zen.spamhaus.org", "block", None, True),
    # it says nothing readable: the provider's type decides
    ("Bounce/Transient/MailboxFull", None, "soft", "mailbox_full", False),
    ("Bounce/Permanent/General", "smtp; 550 ", "hard", "user_unknown", True),
])
def test_diagnostic_and_type_both_count(etype, diagnostic, cls, reason, permanent):
    ev = event(etype, diagnostic)
    r = to_report(ev, mapping.lookup("ses", etype)).recipients[0]
    assert (r.class_, r.permanent) == (cls, permanent)
    if reason:
        assert r.reason == reason


def test_provider_words_are_not_classified():
    ev = event("dropped/Bounced Address", "Bounced Address", provider="sendgrid", smtp=False)
    r = to_report(ev, mapping.lookup("sendgrid", ev.event_type)).recipients[0]
    assert (r.reason, r.diagnostic) == ("suppressed", "Bounced Address")


def test_digest_is_content_derived():
    a, b = event("Bounce/Permanent/General"), event("Bounce/Permanent/General", "smtp; 550 5.1.1")
    assert digest(a) == digest(b)  # the provider's id of the event, whatever else differs
    assert digest(a) != digest(ProviderEvent("ses", "Complaint", "k1", ()))


def test_replay_guard_window_and_release():
    g = ReplayGuard(300.0)
    g.claim("x", 1000.0)
    with pytest.raises(Refused) as e:
        g.claim("x", 1100.0)
    assert e.value.status == 409
    g.claim("x", 1400.0)  # past the window (a stale request is refused before: check_fresh)
    g.release("x")
    g.claim("x", 1401.0)
    small = ReplayGuard(300.0, max_keys=2)
    for k in "abc":
        small.claim(k, 1.0)
    assert len(small) == 2


def test_freshness_and_times():
    check_fresh(1000.0, 1299.0, 300.0)
    for signed in (600.0, 1400.0):
        with pytest.raises(Refused) as e:
            check_fresh(signed, 1000.0, 300.0)
        assert e.value.status == 401
    assert parse_time("2026-12-01T10:00:00.000Z", "t") == parse_time("1796119200", "t")
    for bad in ("yesterday", None, True, "2026-12-01T10:00:00"):
        with pytest.raises(Refused):
            parse_time(bad, "t")


def test_postmark_source_check():
    from filter.config import IngestPostmark, Secret
    from filter.ingest import postmark

    settings = IngestPostmark("hook", Secret("pw-0123456789ab"), ("50.31.156.6/32",))
    auth = {"authorization": "Basic " + base64.b64encode(b"hook:pw-0123456789ab").decode()}
    body = b'{"RecordType": "Bounce", "Type": "HardBounce", "ID": 7, "Email": "a@customer.example"}'
    with pytest.raises(Refused) as e:
        postmark.verify(Incoming(body, auth, "10.1.2.3", time.time()), settings)
    assert e.value.status == 403
    v = postmark.verify(Incoming(body, auth, "50.31.156.6", time.time()), settings)
    assert [ev.event_type for ev in v.events] == ["Bounce/HardBounce"]




def sendgrid_key() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pub = ec.generate_private_key(ec.SECP256R1()).public_key()
    return base64.b64encode(pub.public_bytes(serialization.Encoding.DER,
                                             serialization.PublicFormat.SubjectPublicKeyInfo)).decode()


def test_config_section_is_checked(tmp_path):
    c = loads(f"ingest: {{sendgrid: {{public_key: {sendgrid_key()}}}, mailgun: {{signing_key: '${{K}}'}}}}",
              env={"K": "secret-key-123"}, base=tmp_path)
    assert c.ingest.listen == "127.0.0.1:8026" and c.ingest.replay_window == 300
    assert c.to_dict()["ingest"]["mailgun"]["signing_key"] == "***"
    bad = {
        "ingest: {}": "no provider configured",
        "ingest: {ses: {topics: [not-an-arn]}}": "SNS topic ARN",
        "ingest: {sendgrid: {public_key: 'bm90IGEga2V5'}}": "not a DER public key",
        "ingest: {mailgun: {signing_key: clear-text}}": "by reference only",
        "ingest: {listen: '0.0.0.0:8026', mailgun: {signing_key: '${K}'}}": "not a loopback address",
        "ingest: {postmark: {username: u, password: '${K}', sources: [nowhere]}}": "not an address or network",
        "ingest: {ses: {topics: ['arn:aws:sns:us-east-1:123456789012:t'], cert_host_pattern: '('}}": "regular",
    }
    for text, words in bad.items():
        with pytest.raises(ConfigError) as e:
            loads(text, env={"K": "secret-key-123"}, base=tmp_path)
        assert words in str(e.value), (text, str(e.value))


def test_trust_require_verified_still_acts_on_a_signed_notification(tmp_path):
    from filter.config import loads as load_text
    from filter.ingest.app import Ingestor

    config = load_text(f"""state_dir: {tmp_path / 'state'}
trust: {{secret: '${{T}}', require: verified}}
ingest: {{mailgun: {{signing_key: '${{K}}'}}, deliver: false}}
""", env={"T": "t" * 32, "K": "secret-key-123"}, base=tmp_path)
    ing = Ingestor(config)
    try:
        ev = ProviderEvent("mailgun", "failed/permanent/bounce", "id-1",
                           (Recipient("jane@customer.example", "550 5.1.1 no such user"),))
        done = ing.record(Verified((ev,), "mailgun: webhook signature verified"), time.time())
        assert done.new == 2  # the bounce, and the suppression it made
        engine = ing._engine
        events = list(engine.store.events(address="jane@customer.example"))
        assert events[0]["event"] == "bounce" and events[0]["trust"] == {
            "level": "verified", "evidence": ["mailgun: webhook signature verified"]}
        assert engine.store.suppression("jane@customer.example") is not None
    finally:
        ing.close()


def test_docs_show_the_mapping_tables_as_they_are():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "ingest.md").read_text()
    for provider, table in mapping.TABLES.items():
        for key, m in table.items():
            if m is None:
                row = f"| `{key}` | not recorded |"
            else:
                perm = "" if m.permanent is None else ("yes" if m.permanent else "no")
                row = f"| `{key}` | {m.kind} | {m.reason} | {model.reason_class(m.reason, m.permanent)} | {perm} |"
            assert row in doc, f"docs/ingest.md lacks or differs for {provider} {key}: {row}"


def test_the_documented_ingest_section_loads_as_written(tmp_path):
    """docs/config.md's ``ingest:`` block (every key) loads, with only the SendGrid key (a
    placeholder there) replaced by a real one and the referenced variables set."""
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "config.md").read_text()
    block = doc.split("## `ingest:`", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    block = block.replace("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...", sendgrid_key())
    c = loads(f"state_dir: {tmp_path / 'state'}\n" + block, base=tmp_path,
              env={"POSTMARK_WEBHOOK_PASSWORD": "pw-0123456789abcdef", "MAILGUN_WEBHOOK_SIGNING_KEY": "k" * 32})
    assert c.ingest.ses.topics == ("arn:aws:sns:us-east-1:123456789012:ses-bounces",)
    assert c.ingest.postmark.sources[0] == "3.134.147.250/32" and c.ingest.mailgun is not None
    assert not any("cert_host_pattern" in w for w in c.warnings)  # the default pattern is SNS's own
