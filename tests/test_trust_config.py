"""The ``trust:`` section: what it accepts, what it refuses, what it says, what it costs the pipe."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from filter.config import ConfigError, loads, secret_env_names

REPO = Path(__file__).resolve().parent.parent
FORGED = b"""From: MAILER-DAEMON@mx.example.net
To: bounces@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; victim@customer.example
Action: failed
Status: 5.1.1

--b--
"""


def errors(text: str, env: dict | None = None) -> list[str]:
    with pytest.raises(ConfigError) as e:
        loads(text, env=env or {})
    return e.value.errors


def test_no_trust_section_behaves_as_before_and_warns():
    c = loads("", env={})
    assert not c.trust.enabled and c.trust.require == "unverified" and c.trust.acts("unverified")
    assert any("anyone who can send you mail can forge a bounce" in w for w in c.warnings)


def test_a_secret_makes_verified_the_default_requirement_and_silences_the_warning():
    c = loads("trust:\n  secret: ${K}\n  bounce_address: bounces@example.com\n", env={"K": "k1"})
    t = c.trust
    assert [k.id for k in t.keys] == ["0"] and str(t.keys[0].secret) == "k1"
    assert t.require == "verified" and not t.acts("plausible") and t.acts("verified")
    assert t.domains == ("example.com",)  # the bounce address says which domain is ours
    assert not [w for w in c.warnings if "trust" in w]
    shown = c.to_dict()["trust"]
    assert shown["keys"] == [{"id": "0", "secret": "***"}] and "k1" not in repr(c.to_dict())
    assert "K" in secret_env_names(c)  # never passed to exec children


def test_keys_rotate_and_are_read_from_files(tmp_path):
    (tmp_path / "k1").write_text("new\n")
    (tmp_path / "k0").write_text("old\n")
    c = loads(f"trust:\n  keys:\n    - {{id: 1, secret_file: {tmp_path}/k1}}\n    - {{id: 0, secret_file: {tmp_path}/k0}}\n",
              env={})
    assert [(k.id, str(k.secret)) for k in c.trust.keys] == [("1", "new"), ("0", "old")]
    assert [k.id for k in c.trust.verp_keys()] == ["1", "0"]


@pytest.mark.parametrize("text, expected", [
    ("trust:\n  secret: ${K}\n  keys: [{id: 1, secret: '${K}'}]\n", "trust.keys: give either secret"),
    ("trust:\n  keys: [{id: 1, secret: '${K}'}, {id: 1, secret: '${K}'}]\n", "trust.keys[1].id: another key has id 1"),
    ("trust:\n  keys: [{id: 10, secret: '${K}'}]\n", "trust.keys[0].id: must be at most 9"),
    ("trust:\n  secret: clear-text\n", "trust.secret: secrets are given by reference only"),
    ("trust:\n  secret: ${K}\n  max_age: 1100d\n", "trust.max_age: at most 1000d"),
    ("trust:\n  batv: {sign: ['*@example.com']}\n", "trust.batv: BATV signs with the trust key"),
    ("trust:\n  secret: ${K}\n  batv: {sign: ['*@example.com'], validity: 400d}\n", "trust.batv.validity: at most 365d"),
    ("trust:\n  secret: ${K}\n  batv: {sign: ['*@example.com'], reject: '450 try later'}\n",
     "trust.batv.reject: '450 try later' is not valid"),
    ("trust:\n  require: verified\n", "trust.require: verified needs evidence"),
    ("trust:\n  dkim: [{domain: example.com, public_key_file: /etc/passwd}]\n",
     "trust.dkim[0].public_key_file: a public key belongs to one selector"),
    ("trust:\n  dkim: [{domain: example.com, selector: s1, public_key_file: /nonexistent/k.pem}]\n",
     "trust.dkim[0].public_key_file: cannot read"),
    ("trust:\n  secret: ${K}\n  requires: verified\n", "trust.requires: unknown key (did you mean 'require'?)"),
    ("trust:\n  secret: ${K}\n  bounce_address: bounces@*\n", "trust.bounce_address: 'bounces@*' is not valid"),
])
def test_mistakes_are_named_with_their_line_and_key(text, expected):
    found = errors(text, {"K": "k"})
    assert any(expected in e for e in found), found
    assert all(e.startswith("<config>:") for e in found)


def test_dkim_alone_can_be_required_and_unverified_requirement_warns(tmp_path):
    key = tmp_path / "s1.txt"
    key.write_text("v=DKIM1; k=rsa; p=MIIB\n")
    c = loads(f"trust:\n  require: verified\n  dkim: [{{domain: Example.COM, selector: s1, public_key_file: {key}}}]\n",
              env={})
    assert c.trust.enabled and c.trust.require == "verified" and c.trust.dkim[0].domain == "example.com"
    assert c.trust.domains == ("example.com",)
    c = loads("trust:\n  secret: ${K}\n  require: unverified\n", env={"K": "k"})
    assert any("forged bounces still act" in w for w in c.warnings)


def test_rules_match_on_trust_and_the_surge_has_a_default_rule():
    c = loads("trust:\n  secret: ${K}\nrules:\n  - match: {trust: [verified, plausible], class: hard}\n"
              "    actions: [suppress]\n", env={"K": "k"})
    assert c.rules[0].match.trust == ("verified", "plausible")
    assert any("'sure' is not one of: unverified, plausible, verified" in e
               for e in errors("rules:\n  - match: {trust: sure}\n    actions: [alert]\n"))
    default = loads("trust:\n  secret: ${K}\n", env={"K": "k"})
    assert any(r.match.event == ("untrusted_surge",) and r.actions == ("alert",) for r in default.rules)


def _imports(cfg: Path, data: bytes) -> set[str]:
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "filter.cli", "pipe", "--config", str(cfg)],
                       input=data, check=False, capture_output=True, cwd=REPO, timeout=60)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    return {line.rsplit("|", 1)[1].strip() for line in r.stderr.decode().splitlines()
            if line.startswith("import time:") and "|" in line}


def test_the_pipe_pays_for_trust_only_when_configured_and_never_for_dkim_it_does_not_use(tmp_path):
    key = tmp_path / "key"
    key.write_text("k")
    key.chmod(0o600)
    plain = tmp_path / "plain.yaml"
    plain.write_text(f"state_dir: {tmp_path}/s1\n")
    mods = _imports(plain, FORGED)
    assert "filter.core.pipeline" in mods and not {"filter.trust.assess", "filter.trust.verp", "dkim", "filter.trust.dkimcheck"} & mods
    signed = tmp_path / "signed.yaml"
    signed.write_text(f"state_dir: {tmp_path}/s2\ntrust:\n  secret_file: {key}\n")
    mods = _imports(signed, FORGED)
    assert {"filter.trust.assess", "filter.trust.verp"} <= mods and not {"dkim", "filter.trust.dkimcheck"} & mods


def test_untrusted_events_reach_only_the_rules_that_ask_for_them():
    from filter.engine.rules import evaluate

    c = loads("trust:\n  secret: ${K}\nactions:\n  app: {type: log, path: /tmp/x.jsonl}\n  watch: {type: log, path: /tmp/y.jsonl}\n"
              "rules:\n  - {match: {class: hard}, actions: [suppress, app]}\n  - {match: {}, actions: [app]}\n"
              "  - {match: {event: untrusted}, actions: [watch]}\n  - {match: {trust: unverified}, actions: [alert]}\n",
              env={"K": "k"})
    hard = {"recipient": {"address": "v@x.example", "class": "hard"}, "trust": {"level": "unverified"}}
    assert evaluate(c.rules, {"event": "untrusted", **hard}) == ["watch", "alert"]
    assert evaluate(c.rules, {"event": "bounce", **hard}) == ["suppress", "app", "alert"]
    assert evaluate(c.rules, {"event": "untrusted_surge", "recipient": None}) == ["app"]


def test_verp_sign_as_root_hands_a_new_store_to_the_service_account(tmp_path):
    import os

    if os.geteuid() != 0:
        pytest.skip("needs root")
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    os.chown(state, 65534, 65534)  # the service account's folder (nobody here)
    key = tmp_path / "key"
    key.write_text("k")
    cfg = tmp_path / "bf.yaml"
    cfg.write_text(f"state_dir: {state}\ntrust:\n  secret_file: {key}\n  bounce_address: bounces@example.com\n")
    long = "a.very.long.local.part.for.the.hashed.form@subdomain.long-company-name.example.org"
    r = subprocess.run([sys.executable, "-m", "filter.cli", "verp", "sign", long, "--config", str(cfg)],
                       capture_output=True, text=True, cwd=REPO, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "=h=h0" in r.stdout  # the hashed form, remembered in the store
    assert (state / "bouncefilter.db").stat().st_uid == 65534
