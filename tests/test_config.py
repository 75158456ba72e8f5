"""Config loading and validation: every error names the key and the line, found up front."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from filter import config as cfgmod
from filter.config import ConfigError, load, loads, parse_duration

CONTRACT = """\
state_dir: {state}
soft_bounce: {{threshold: 3, window: 14d, reset_after: 30d}}
actions:
  app:
    type: webhook
    url: https://app.example.com/hooks/bounces
    secret: ${{BOUNCEFILTER_WEBHOOK_SECRET}}
  suppress:
    type: suppression_file
    path: {state}/suppressed
    format: postfix                       # plain | csv | postfix
rules:
  - match: {{class: hard}}
    actions: [suppress, app]
  - match: {{kind: [complaint, unsubscribe]}}
    actions: [suppress, app]
"""
ENV = {"BOUNCEFILTER_WEBHOOK_SECRET": "s3cret"}
REPO = Path(__file__).resolve().parents[1]


def errors_of(text: str, env=ENV, base: Path | None = None) -> list[str]:
    with pytest.raises(ConfigError) as e:
        loads(text, filename="c.yaml", env=env, base=base)
    return e.value.errors


def test_contract_config_loads(tmp_path):
    c = loads(CONTRACT.format(state=tmp_path), env=ENV)
    assert c.state_dir == tmp_path
    assert c.soft_bounce.threshold == 3 and c.soft_bounce.window == 14 * 86400
    assert c.soft_bounce.reset_after == 30 * 86400
    assert c.actions["app"].options["secret"] == "s3cret"
    assert repr(c.actions["app"].options["secret"]) == "'***'"
    assert c.actions["suppress"].options["format"] == "postfix"
    assert [r.actions for r in c.rules] == [("suppress", "app"), ("suppress", "app")]
    assert not c.default_rules


def test_defaults_with_nothing_written(tmp_path):
    c = loads("", base=tmp_path, env={})
    assert c.state_dir == tmp_path / "state"  # ./state beside the config file
    assert c.verp == ("bounces+LOCAL=DOMAIN@*",)
    assert c.default_rules and c.rules == cfgmod.DEFAULT_RULES
    assert c.actions["suppress"].type == "suppress" and c.actions["alert"].type == "log"
    assert (c.soft_bounce.threshold, c.soft_bounce.window, c.soft_bounce.reset_after) == (3, 14 * 86400, 30 * 86400)


@pytest.mark.parametrize("written, mode", [("0o640", 0o640), ("0640", 0o640), ("416", 0o640), ('"640"', 0o640)])
def test_file_mode_as_yaml_writes_it(tmp_path, written, mode):
    c = loads(f"actions:\n  s:\n    type: suppression_file\n    path: {tmp_path}/s\n    mode: {written}\n", env={})
    assert c.actions["s"].options["mode"] == mode
    shown = yaml.safe_dump({"actions": {"s": c.to_dict()["actions"]["s"]}})  # as check-config prints it
    assert loads(shown, env={}).actions["s"].options["mode"] == mode


def test_null_means_the_default_for_optional_keys(tmp_path):
    c = loads(f"actions:\n  f:\n    type: forward\n    to: [a@b.example]\n    username: null\n    ca_file:\n"
              f"state_dir: {tmp_path}\n", env={})
    assert c.actions["f"].options["username"] is None and c.actions["f"].options["ca_file"] is None
    assert any("to" in e for e in errors_of("actions:\n  f:\n    type: forward\n    to: null\n"))
    assert any("mode" in e for e in errors_of("actions:\n  s:\n    type: suppression_file\n    path: /x\n    mode: 0o9\n"))


def test_postfix_only_keys_on_another_format_warn(tmp_path):
    c = loads(f"actions:\n  s:\n    type: suppression_file\n    path: {tmp_path}/s\n    postmap: true\n", env={})
    assert any("postmap only apply to format: postfix" in w for w in c.warnings)
    c = loads(f"actions:\n  s:\n    type: suppression_file\n    path: {tmp_path}/s\n    format: postfix\n"
              f"    postmap: true\n", env={})
    assert not [w for w in c.warnings if "postmap" in w]


def test_action_type_of_the_wrong_type_is_a_config_error():
    assert any("actions.a.type" in e for e in errors_of("actions:\n  a: {type: [webhook]}\n", env={}))


def test_typo_names_key_and_line():
    text = CONTRACT.format(state="/tmp/x").replace("threshold: 3", "treshold: 3")
    errs = errors_of(text)
    assert errs == ["c.yaml:2: soft_bounce.treshold: unknown key (did you mean 'threshold'?)"]


def test_wrong_type_names_key_and_line():
    text = CONTRACT.format(state="/tmp/x").replace("threshold: 3", "threshold: three")
    assert errors_of(text) == ["c.yaml:2: soft_bounce.threshold: expected an integer, got a string"]
    text = CONTRACT.format(state="/tmp/x").replace("window: 14d", "window: 14 days")
    assert "c.yaml:2: soft_bounce.window:" in errors_of(text)[0]


def test_missing_env_secret_names_key_and_line():
    errs = errors_of(CONTRACT.format(state="/tmp/x"), env={})
    assert errs == ["c.yaml:7: actions.app.secret: environment variable BOUNCEFILTER_WEBHOOK_SECRET is not set"]


def test_secret_in_clear_is_refused():
    text = CONTRACT.format(state="/tmp/x").replace("${BOUNCEFILTER_WEBHOOK_SECRET}", "hunter2")
    (err,) = errors_of(text)
    assert err.startswith("c.yaml:7: actions.app.secret: secrets are given by reference only")


def test_secret_file(tmp_path):
    (tmp_path / "hook.secret").write_text("from-a-file\n")
    text = CONTRACT.format(state=tmp_path).replace("secret: ${BOUNCEFILTER_WEBHOOK_SECRET}",
                                                   "secret_file: hook.secret")
    c = loads(text, env={}, base=tmp_path)
    assert c.actions["app"].options["secret"] == "from-a-file"
    errs = errors_of(text.replace("hook.secret", "missing.secret"), env={}, base=tmp_path)
    assert len(errs) == 1 and "actions.app.secret_file: cannot read secret file" in errs[0]


def test_missing_required_and_unknown_action():
    errs = errors_of("actions:\n  a: {type: webhook, url: 'https://x'}\nrules:\n  - {match: {class: hard}, actions: [b]}\n",
                     env={})
    assert "c.yaml:2: actions.a: missing required key 'secret' (or secret_file)" in errs
    assert any(e.startswith("c.yaml:4: rules[0].actions[0]: no action named 'b'") for e in errs)


def test_all_errors_reported_at_once():
    text = "soft_bounce: {threshold: 0}\noutbox: {tries: x}\nbogus: 1\nrules:\n  - match: {clas: hard}\n    actions: []\n"
    errs = errors_of(text, env={})
    assert len(errs) == 4, errs
    assert errs[0].startswith("c.yaml:1: soft_bounce.threshold: must be at least 1")
    assert any("c.yaml:3: bogus: unknown key" in e for e in errs)
    assert any("c.yaml:5: rules[0].match.clas: unknown match key (did you mean 'class'?)" in e for e in errs)


def test_match_values_are_checked():
    errs = errors_of("rules:\n  - match: {class: hrad, status: '5.x'}\n    actions: [suppress]\n", env={})
    assert any("rules[0].match.class: 'hrad' is not one of" in e for e in errs)
    assert any("rules[0].match.status:" in e for e in errs)


def test_duplicate_key_and_yaml_syntax():
    assert errors_of("state_dir: a\nstate_dir: b\n", env={}) == ["c.yaml:2: state_dir: duplicate key"]
    (err,) = errors_of("rules: [\n", env={})
    assert err.startswith("c.yaml:") and "YAML syntax error" in err


def test_durations():
    assert parse_duration("14d") == 14 * 86400
    assert parse_duration("60s") == 60 and parse_duration("30m") == 1800 and parse_duration(90) == 90
    assert parse_duration("1.5h") == 5400 and parse_duration("250ms") == 0.25
    for bad in ("14 days", "-1s", "d", True):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_effective_config_masks_secrets(tmp_path):
    c = loads(CONTRACT.format(state=tmp_path), env=ENV)
    d = c.to_dict()
    assert d["actions"]["app"]["secret"] == "***"
    assert "s3cret" not in repr(d)
    assert d["soft_bounce"]["window"] == "14d"


def test_example_config_is_valid(tmp_path):
    """conf/bouncefilter.yaml documents every key: it must load as written, installed (as
    examples/walkthrough.md does, here under tmp_path: tests/test_walkthrough.py runs the real one)."""
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "webhook.secret").write_text("x\n")
    text = (REPO / "conf" / "bouncefilter.yaml").read_text()
    text = text.replace("/etc/bouncefilter/", f"{tmp_path}/etc/").replace("/var/lib/bouncefilter", f"{tmp_path}/var")
    (tmp_path / "bouncefilter.yaml").write_text(text)
    c = load(tmp_path / "bouncefilter.yaml", env={})
    assert {"app", "suppress"} <= set(c.actions)
    assert c.actions["suppress"].options["path"] == tmp_path / "var" / "suppressed"


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    e = {k: v for k, v in os.environ.items() if k != "BOUNCEFILTER_WEBHOOK_SECRET"}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True, env=e,
                          cwd=REPO, timeout=60)


@pytest.mark.parametrize("edit, key", [
    (("threshold: 3", "treshhold: 3"), "soft_bounce.treshhold"),
    (("format: postfix", "format: [postfix]"), "actions.suppress.format"),
    (("window: 14d", "window: yes"), "soft_bounce.window"),
    (None, "actions.app.secret"),
])
def test_check_config_fails_naming_the_key(tmp_path, edit, key):
    text = CONTRACT.format(state=tmp_path / "state")
    if edit:
        text = text.replace(*edit)
    path = tmp_path / "c.yaml"
    path.write_text(text)
    r = _cli("check-config", str(path), env={} if edit is None else ENV)
    assert r.returncode == 78
    assert key in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.startswith(f"bouncefilter: {path}:")


def test_check_config_passes_prints_masked_and_it_runs(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(CONTRACT.format(state=tmp_path / "state"))
    r = _cli("check-config", str(path), env=ENV)
    assert r.returncode == 0, r.stderr
    assert "secret: '***'" in r.stdout and "s3cret" not in r.stdout
    # ... and a config that passes runs: the engine starts with it and records
    r = _cli("suppression", "add", "--config", str(path), "someone@example.com", env=ENV)
    assert r.returncode == 0, r.stderr
    r = _cli("suppression", "list", "--config", str(path), env=ENV)
    assert r.stdout == "someone@example.com\n"
    assert "someone@example.com REJECT 5.1.1" in (tmp_path / "state" / "suppressed").read_text()


def test_unreadable_config_is_one_line():
    r = _cli("events", "--config", "/nonexistent/bouncefilter.yaml")
    assert r.returncode == 78 and r.stderr.count("\n") == 1 and "cannot read the config file" in r.stderr
