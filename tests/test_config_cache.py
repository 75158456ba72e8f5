"""The pipe's compiled config (filter/config/cache.py): used while fresh, never holding a secret."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from filter.config import cache as config_cache
from filter.config import ConfigError

REPO = Path(__file__).resolve().parent.parent
DSN = (REPO / "examples" / "bounces" / "01-postfix-user-unknown.eml").read_bytes()


def write(tmp_path: Path, extra: str = "", state: str | None = None) -> Path:
    key = tmp_path / "trust.key"
    if not key.exists():
        key.write_text("first-key\n")
        key.chmod(0o600)
    cfg = tmp_path / "bf.yaml"
    cfg.write_text(f"state_dir: {state or tmp_path / 'state'}\ntrust:\n  secret_file: {key}\n{extra}")
    return cfg


def loaded_twice(cfg: Path):
    """The first load writes the cache (into an existing state_dir), the second reads it."""
    first = config_cache.load(cfg)
    first.db_path  # makes state_dir, as the engine does
    config_cache.load(cfg)
    return first, config_cache.load(cfg)


def test_the_cache_is_used_while_the_file_is_unchanged_and_holds_no_secret(tmp_path):
    cfg = write(tmp_path)
    config_cache.load(cfg).db_path
    a = config_cache.load(cfg)                       # writes it
    cache = tmp_path / "state" / config_cache.CACHE_NAME
    assert cache.exists() and (cache.stat().st_mode & 0o777) == 0o600
    assert b"first-key" not in cache.read_bytes()    # the secret's file, not the secret
    b = config_cache.load(cfg)
    assert b == a and str(b.trust.keys[0].secret) == "first-key"
    # a rotated key file is read at once, through the same cache
    (tmp_path / "trust.key").write_text("second-key\n")
    assert str(config_cache.load(cfg).trust.keys[0].secret) == "second-key"


def test_an_edited_file_is_read_again(tmp_path):
    cfg = write(tmp_path)
    loaded_twice(cfg)
    write(tmp_path, "soft_bounce: {threshold: 7}\n")
    assert config_cache.load(cfg).soft_bounce.threshold == 7


def test_a_config_naming_an_environment_variable_is_never_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("BF_HOOK", "https://app.example/hook")
    cfg = write(tmp_path, "actions:\n  app: {type: webhook, url: '${BF_HOOK}', secret_file: %s}\n"
                % (tmp_path / "trust.key"))
    loaded_twice(cfg)
    assert not (tmp_path / "state" / config_cache.CACHE_NAME).exists()


@pytest.mark.parametrize("spoil", ["garbage", "group-writable", "other key", "symlink"])
def test_a_doubtful_cache_is_ignored(tmp_path, spoil):
    cfg = write(tmp_path)
    loaded_twice(cfg)
    cache = tmp_path / "state" / config_cache.CACHE_NAME
    if spoil == "garbage":
        cache.write_bytes(config_cache._MAGIC + b"\0" * 40)
    elif spoil == "group-writable":
        cache.chmod(0o620)
    elif spoil == "other key":  # a valid pickle of another config under this name
        data = cache.read_bytes()
        cache.write_bytes(config_cache._MAGIC + b"x" * 32 + data[len(config_cache._MAGIC) + 32:])
    else:
        target = tmp_path / "elsewhere"
        cache.rename(target)
        cache.symlink_to(target)
    calls = []
    real = config_cache._write
    config_cache._write = lambda *a: calls.append(a) or real(*a)
    try:
        c = config_cache.load(cfg)
    finally:
        config_cache._write = real
    assert str(c.trust.keys[0].secret) == "first-key"
    assert calls, "the long way was taken and the cache written again"


def test_errors_still_name_the_problem_and_a_missing_secret_file_is_not_hidden(tmp_path):
    cfg = write(tmp_path)
    loaded_twice(cfg)
    (tmp_path / "trust.key").unlink()
    with pytest.raises(ConfigError) as e:
        config_cache.load(cfg)
    assert "trust.secret_file: cannot read secret file" in str(e.value)
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\nsoft_bounce: {{treshold: 3}}\n")
    with pytest.raises(ConfigError):
        config_cache.load(cfg)


@pytest.mark.parametrize("line, expected", [
    (b"state_dir: /var/lib/bf\n", "/var/lib/bf"),
    (b"state_dir: '/var/lib/b f'  # here\n", "/var/lib/b f"),
    (b'state_dir: "rel/state"\n', "{base}/rel/state"),
    (b"verp: x\n", "{base}/state"),
    (b"state_dir:\n  - /a\n", None),
    (b"state_dir: /a\nstate_dir: /b\n", None),
])
def test_state_dir_is_read_without_yaml_or_not_at_all(tmp_path, line, expected):
    got = config_cache._state_dir(line, tmp_path)
    assert (None if got is None else str(got)) == (None if expected is None else expected.format(base=tmp_path))


def test_the_pipe_skips_yaml_from_the_third_bounce_on(tmp_path):
    cfg = write(tmp_path, "actions:\n  app: {type: log, path: %s}\nrules:\n  - {match: {event: untrusted}, actions: [app]}\n"
                % (tmp_path / "app.jsonl"))
    argv = [sys.executable, "-X", "importtime", "-m", "filter.cli", "pipe", "--config", str(cfg), "--",
            "MAILER-DAEMON", "bounces@example.com"]
    mods = []
    for _ in range(3):
        r = subprocess.run(argv, input=DSN, capture_output=True, cwd=REPO, timeout=60, env={"PATH": "/usr/bin:/bin"})
        assert r.returncode == 0, r.stderr.decode()[-2000:]
        mods.append({line.rsplit("|", 1)[1].strip() for line in r.stderr.decode().splitlines()
                     if line.startswith("import time:") and "|" in line})
    assert "yaml" in mods[0] and "yaml" in mods[1]   # no state_dir yet; then the cache is written
    assert "yaml" not in mods[2] and "filter.config.cache" in mods[2]
    # the same message three times: one event (stable ids), one log line
    assert (tmp_path / "app.jsonl").read_text().count('"event":"untrusted"') == 1


def test_the_pipes_copy_leaves_the_services_sections_out_and_still_shows_itself(tmp_path):
    # what the pipe reads from the cache: no milter/lmtp/pop3/imap/web/ingest sections (their
    # dataclasses are never defined for it), and the rest of the config as loaded
    from filter.config import loads
    from filter.config.cache import SERVICE_SECTIONS, for_pipe

    cfg = loads(f"state_dir: {tmp_path / 'state'}\n", env={})
    slim = for_pipe(cfg)
    assert all(getattr(slim, name) is None for name in SERVICE_SECTIONS)
    assert slim.rules == cfg.rules and slim.store == cfg.store and slim.trust == cfg.trust
    shown = slim.to_dict()
    assert "milter" not in shown and "web" not in shown and shown["pipe"] == cfg.to_dict()["pipe"]
