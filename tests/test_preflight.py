"""check-config's preflight (filter/config/preflight.py), postmap found under pipe(8)'s PATH, and the
documents of issue 12 (walk-through, conf/, README).

The permission cases (a folder the pipe user cannot write) run as ``nobody`` against a real
install in tests/test_walkthrough.py; here everything that does not need another user.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from filter.config import preflight
from filter.engine.actions.suppression_file import POSTMAP_SEARCH_PATH, find_program, postmap_argv
from filter.config import load

REPO = Path(__file__).resolve().parents[1]
POSTMAP = "/usr/sbin/postmap"
has_postmap = pytest.mark.skipif(not os.access(POSTMAP, os.X_OK), reason="postfix is not installed (no postmap)")


def cli(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    # the package from this checkout whatever the cwd (pipe(8) starts the pipe in a folder of its own)
    e = dict(env if env is not None else os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "filter.cli", *args], capture_output=True, text=True, env=e,
                          cwd=cwd or REPO, timeout=60)


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "state").mkdir(exist_ok=True, mode=0o700)
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n" + text)
    return cfg


def line_of(cfg: Path, text: str) -> int:
    return next(i for i, line in enumerate(cfg.read_text().splitlines(), 1) if text in line)


# -- postmap under pipe(8)'s PATH (issue 12, item 3) ---------------------------------------------
def test_a_bare_postmap_is_looked_for_in_sbin_after_path(tmp_path):
    sbin = tmp_path / "sbin"
    sbin.mkdir()
    prog = sbin / "postmap"
    prog.write_text("#!/bin/sh\n")
    prog.chmod(0o755)
    assert find_program("postmap", f"/nonexistent:{sbin}") == str(prog)
    assert find_program("postmap", "/nonexistent") is None
    assert postmap_argv(["/opt/x/postmap", "-c", "/etc/postfix"], env_path="") == ["/opt/x/postmap", "-c", "/etc/postfix"]
    assert postmap_argv(["postmap-nowhere"], env_path="/usr/bin:/bin") == ["postmap-nowhere"]   # left to fail, named
    assert "/usr/sbin" in POSTMAP_SEARCH_PATH.split(":")
    if os.access(POSTMAP, os.X_OK):
        assert postmap_argv(["postmap", "-c", "/etc/postfix"], env_path="/usr/bin:/bin") == [
            POSTMAP, "-c", "/etc/postfix"]


@has_postmap
def test_postmap_true_with_the_default_command_works_in_pipe8s_environment(tmp_path):
    """pipe(8) runs the pipe with PATH=/usr/bin:/bin and MAIL_CONFIG: the map must be made."""
    postfix_dir = tmp_path / "postfix"
    postfix_dir.mkdir()
    (postfix_dir / "main.cf").write_text("compatibility_level = 3.6\n")
    cfg = write(tmp_path, f"""\
actions:
  suppress:
    type: suppression_file
    path: {tmp_path}/lists/suppressed
    format: postfix
    postmap: true
    map_type: hash
""")
    env = {"PATH": "/usr/bin:/bin", "MAIL_CONFIG": str(postfix_dir), "LANG": "C"}
    r = cli("suppression", "add", "--config", str(cfg), "jane@example.org", env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "lists" / "suppressed.db").exists(), r.stderr
    assert not (tmp_path / "lists" / "suppressed.postmap-pending").exists()
    q = subprocess.run([POSTMAP, "-c", str(postfix_dir), "-q", "jane@example.org", f"hash:{tmp_path}/lists/suppressed"],
                       capture_output=True, text=True)
    assert q.stdout.strip() == "REJECT 5.1.1 suppressed: manual"


# -- check-config's preflight (item 4) -----------------------------------------------------------
def test_commands_that_pipe8_cannot_find_are_named_with_their_key_and_line(tmp_path):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "on-bounce").write_text("#!/bin/sh\n")
    (bindir / "on-bounce").chmod(0o755)
    (bindir / "not-executable").write_text("#!/bin/sh\n")
    (bindir / "not-executable").chmod(0o644)
    cfg = write(tmp_path, f"""\
actions:
  a:
    type: exec
    command: [on-bounce, --quiet]
  b:
    type: exec
    command: [on-bounce]
    env: ["PATH={bindir}:/usr/bin:/bin"]
  c:
    type: exec
    command:
      - {bindir}/missing
  d:
    type: exec
    command: [{bindir}/not-executable]
  e:
    type: exec
    command: [sh, -c, "exit 0"]
  lst:
    type: suppression_file
    path: {tmp_path}/lst
    format: postfix
    postmap: true
    postmap_command: [postmap-nowhere]
rules:
  - {{match: {{class: hard}}, actions: [a, b, c, d, e, lst]}}
""")
    problems = preflight.check(load(cfg))
    assert problems == [
        f"{cfg}:{line_of(cfg, '[on-bounce, --quiet]')}: actions.a.command: on-bounce is not found in "
        "PATH=/usr/bin:/bin (pipe(8)'s: the pipe gets no other environment): give the program's absolute path",
        f"{cfg}:{line_of(cfg, '/missing')}: actions.c.command: {bindir}/missing does not exist",
        f"{cfg}:{line_of(cfg, 'not-executable]')}: actions.d.command: {bindir}/not-executable is not executable by "
        + problems[2].split(" is not executable by ")[1],
        f"{cfg}:{line_of(cfg, '[postmap-nowhere]')}: actions.lst.postmap_command: postmap-nowhere is not found in "
        f"PATH=/usr/bin:/bin (pipe(8)'s: the pipe gets no other environment) nor in {POSTMAP_SEARCH_PATH}: "
        "give the program's absolute path",
    ]
    # the same with the caller's PATH: b's env PATH still wins, a is found
    assert [p.split(": ")[1] for p in preflight.check(load(cfg), search_path=f"{bindir}:/usr/bin:/bin")] == \
        ["actions.c.command", "actions.d.command", "actions.lst.postmap_command"]


@has_postmap
def test_the_default_postmap_command_passes(tmp_path):
    cfg = write(tmp_path, f"""\
actions:
  lst: {{type: suppression_file, path: {tmp_path}/lst, format: postfix, postmap: true}}
rules:
  - {{match: {{class: hard}}, actions: [lst]}}
""")
    assert preflight.check(load(cfg)) == []


def test_folders_that_are_not_folders_are_named(tmp_path):
    (tmp_path / "afile").write_text("x")
    cfg = write(tmp_path, f"""\
actions:
  lst: {{type: suppression_file, path: {tmp_path}/afile/suppressed}}
  audit:
    type: log
    path: {tmp_path}/afile/logs/events.jsonl
  ok_log: {{type: log, path: {tmp_path}/new/folders/events.jsonl}}
rules:
  - {{match: {{class: hard}}, actions: [lst, audit, ok_log]}}
""")
    problems = preflight.check(load(cfg))
    assert len(problems) == 2, problems
    assert problems[0].startswith(f"{cfg}:{line_of(cfg, 'lst:')}: actions.lst.path: {tmp_path}/afile is not a folder")
    assert problems[1].startswith(f"{cfg}:{line_of(cfg, 'logs/events')}: actions.audit.path: folder "
                                  f"{tmp_path}/afile/logs does not exist and ")
    assert not (tmp_path / "new").exists()          # checked, not made


def test_check_config_exits_78_with_every_problem_and_still_prints_warnings(tmp_path):
    cfg = write(tmp_path, """\
actions:
  notify: {type: exec, command: [no-such-program-here]}
  other: {type: exec, command: [/no/such/program]}
rules:
  - {match: {class: hard}, actions: [notify, other]}
""")
    r = cli("check-config", str(cfg))
    assert r.returncode == 78 and r.stdout == "" and "Traceback" not in r.stderr
    errors = [line for line in r.stderr.splitlines() if not line.startswith("bouncefilter: warning:")]
    assert errors == [
        f"bouncefilter: {cfg}:3: actions.notify.command: no-such-program-here is not found in PATH=/usr/bin:/bin "
        "(pipe(8)'s: the pipe gets no other environment): give the program's absolute path",
        f"bouncefilter: {cfg}:4: actions.other.command: /no/such/program does not exist",
    ]
    assert "warning: " in r.stderr                  # no trust key: the forgery warning is still said
    fine = write(tmp_path, """\
actions:
  notify: {type: exec, command: [/bin/true]}
rules:
  - {match: {class: hard}, actions: [notify]}
""")
    r = cli("check-config", "-q", str(fine))
    assert r.returncode == 0 and r.stdout == "", r.stderr


def test_a_state_dir_that_cannot_be_made_is_named_with_its_line(tmp_path):
    (tmp_path / "afile").write_text("x")
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"# comment\nstate_dir: {tmp_path}/afile/state\n")
    r = cli("check-config", str(cfg))
    assert r.returncode == 78 and "Traceback" not in r.stderr, r.stderr
    assert f"bouncefilter: {cfg}:2: state_dir: " in r.stderr, r.stderr


# -- the documents (items 2 and 6) ---------------------------------------------------------------
def test_the_shipped_suppression_list_is_in_the_state_folder_and_postmapped():
    text = (REPO / "conf" / "bouncefilter.yaml").read_text()
    state = re.search(r"^state_dir: (\S+)", text, re.M).group(1)
    path = re.search(r"^  suppress:\n(?:    .*\n)*?    path: (\S+)", text, re.M).group(1)
    assert Path(path).parent == Path(state) and not path.startswith("/etc/")
    assert re.search(r"^  suppress:\n(?:    .*\n)*?    postmap: true", text, re.M)
    assert "${" not in "".join(line.split("#")[0] for line in text.splitlines())   # pipe(8): no environment


def test_readme_tables_end_before_the_next_paragraph():
    lines = (REPO / "README.md").read_text().splitlines()
    for i, line in enumerate(lines[:-1]):
        if line.startswith("|") and lines[i + 1].strip() and not lines[i + 1].startswith("|"):
            pytest.fail(f"README.md:{i + 2}: {lines[i + 1]!r} follows a table row: it renders as a row")


def test_the_walkthrough_cites_only_what_the_repository_has():
    text = (REPO / "examples" / "walkthrough.md").read_text()
    cited = set(re.findall(r"`((?:\.\./)*[\w.-]+/[\w./-]+\.(?:md|py|cf|yaml|mc|sh))`", text))
    cited |= set(re.findall(r"\]\(((?!https?:)[^)]+)\)", text))
    local = {c for c in cited if not c.startswith("/")}
    assert local, "no citations found: the pattern is wrong"
    missing = sorted(c for c in local if not (REPO / c).exists())
    assert not missing, missing


def test_the_walkthrough_needs_no_outbound_port_25_no_mail_log_and_creates_main_cf():
    text = (REPO / "examples" / "walkthrough.md").read_text()
    blocks = "\n".join(re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M))
    assert "mail.log" not in blocks                      # Debian 12: journal or maillog_file
    assert "maillog_file = " in blocks
    assert "gmail" not in blocks
    assert "main.cf.debian" in blocks and "newaliases" in blocks
    assert re.search(r"smtplib\.SMTP\(\"localhost\", 25\)", blocks)
    venvs = re.findall(r"(\S+) -m venv", blocks)
    assert venvs and set(venvs) == {"/usr/bin/python3"}
    assert "local_recipient_maps" in blocks
    assert "/etc/postfix/transport " not in blocks      # the map of its own is the one admitted


def test_conf_postfix_main_cf_has_no_active_milter_line():
    active = [line for line in (REPO / "conf" / "postfix-main.cf").read_text().splitlines()
              if line.strip() and not line.startswith("#")]
    assert active and not [line for line in active if "milter" in line]


# -- a PostgreSQL store (issue 13): check-config tries the connection -----------------------------
def test_a_postgresql_store_that_answers_passes_and_one_that_does_not_is_named(tmp_path, pg_url):
    good = write(tmp_path, f"store: {{url: '{pg_url}', busy_timeout: 2s}}\n")
    assert preflight.check(load(good)) == []
    r = cli("check-config", str(good), "--quiet")
    assert r.returncode == 0, r.stderr
    with __import__("socket").socket() as s:   # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    bad = tmp_path / "bad.yaml"
    bad.write_text(good.read_text().replace(pg_url, re.sub(r":\d+/", f":{port}/", pg_url)))
    [problem] = preflight.check(load(bad))
    assert problem.startswith(f"{bad}:{line_of(bad, 'store:')}: store.url: ") and str(port) in problem
    r = cli("check-config", str(bad), "--quiet")
    assert r.returncode == 78 and "store.url" in r.stderr and "Traceback" not in r.stderr
