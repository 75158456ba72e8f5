"""The systemd units shipped in conf/systemd/ (issue 12): ``systemd-analyze verify`` passes on each,
they run what the walkthrough installs, hardened, and ``Type=notify`` exactly where the daemon
reports readiness (filter/sdnotify.py).

``systemd-analyze verify`` needs no running systemd.  It checks that every ``Exec*=`` program
exists, so it runs with ``--root`` on a temporary tree holding the units as shipped in
/etc/systemd/system and stand-in executables at the paths they name
(/opt/bouncefilter/bin/bouncefilter, /bin/kill): the units are verified unchanged.  Its exit code
stays 0 for an unknown key or a value it cannot parse (it only warns), so any line it prints about
our units fails the test too.  In CI (``CI`` set, as .ci/run is run) a missing systemd-analyze is
a failure: scripts/install-system-deps.sh installs it (Debian package ``systemd``); elsewhere the
check is skipped.
"""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
UNITS = sorted((REPO / "conf" / "systemd").glob("*.service"))
BIN = "/opt/bouncefilter/bin/bouncefilter"
CONFIG = "/etc/bouncefilter/bouncefilter.yaml"
#: unit -> (its command line after the program, the sources of the daemon it runs)
EXPECTED = {
    "bouncefilter-milter.service": (["milter", "--config", CONFIG], ["filter/adapters/milter_app.py", "filter/commands/milter.py"]),
    "bouncefilter-outbox.service": (["outbox", "work", "--config", CONFIG], ["filter/engine/outbox.py", "filter/commands/outbox.py"]),
    "bouncefilter-pop3bridge.service": (["pop3bridge", "--config", CONFIG],
                                        ["pop3bridge/bridge.py", "filter/commands/pop3bridge.py", "filter/commands/_mailbox.py"]),
    "bouncefilter-lmtp.service": (["lmtp", "--config", CONFIG], ["filter/adapters/lmtp_app.py", "filter/commands/lmtp.py"]),
    "bouncefilter-web.service": (["web", "--config", CONFIG], ["filter/web/app.py", "filter/httpd.py", "filter/commands/web.py"]),
    "bouncefilter-ingest.service": (["ingest", "--config", CONFIG], ["filter/ingest/service.py", "filter/httpd.py", "filter/commands/ingest.py"]),
    "bouncefilter-imapbridge.service": (["imapbridge", "--config", CONFIG], ["imapbridge/bridge.py", "filter/commands/imapbridge.py", "filter/commands/_mailbox.py"]),
}
#: services that reload their config on SIGHUP
RELOADS = {"bouncefilter-milter.service", "bouncefilter-lmtp.service", "bouncefilter-web.service",
           "bouncefilter-ingest.service", "bouncefilter-imapbridge.service",
           "bouncefilter-pop3bridge.service"}
HARDENING = {
    "User": "bouncefilter", "NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes",
    "PrivateTmp": "yes", "PrivateDevices": "yes", "CapabilityBoundingSet": "", "UMask": "0077",
    "RestrictAddressFamilies": "AF_UNIX AF_INET AF_INET6", "ReadWritePaths": "/var/lib/bouncefilter",
    "SystemCallFilter": "@system-service",
}


def service(unit: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True, delimiters=("=",))
    parser.optionxform = str  # keys as written
    parser.read_string(unit.read_text())
    return dict(parser["Service"])


def test_every_service_is_shipped():
    assert [u.name for u in UNITS] == sorted(EXPECTED)


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_unit_runs_what_the_walkthrough_installs_hardened(unit):
    s = service(unit)
    argv = s["ExecStart"].split()
    assert argv[0] == BIN and argv[1:] == EXPECTED[unit.name][0]
    for key, value in HARDENING.items():
        assert s.get(key) == value, f"{unit.name}: {key}={s.get(key)!r}, want {value!r}"
    if unit.name in RELOADS:
        assert s["ExecReload"] == "/bin/kill -HUP $MAINPID"
    else:
        assert "ExecReload" not in s
    if "RuntimeDirectory" in s:  # shared by units: stopping one must not remove the other's socket
        assert s["RuntimeDirectory"] == "bouncefilter" and s["RuntimeDirectoryPreserve"] == "yes"


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_type_notify_exactly_where_the_daemon_says_ready(unit):
    s = service(unit)
    sources = "".join((REPO / f).read_text() for f in EXPECTED[unit.name][1])
    says_ready = "sdnotify.ready(" in sources
    if says_ready:
        assert s["Type"] == "notify" and s.get("NotifyAccess", "main") == "main", unit.name
    else:  # Type=notify without READY=1: systemd would time the start out and kill it
        assert s["Type"] in ("exec", "simple"), f"{unit.name}: Type={s['Type']} but the daemon never says READY=1"


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_the_command_line_is_one_the_cli_takes(unit):
    argv = service(unit)["ExecStart"].split()
    r = subprocess.run([sys.executable, "-m", "filter.cli", *argv[1:], "--help"], cwd=REPO, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and "usage:" in r.stdout, r.stdout + r.stderr


def systemd_analyze() -> str:
    found = shutil.which("systemd-analyze")
    if found is None:
        why = "systemd-analyze not found (Debian package systemd; scripts/install-system-deps.sh installs it)"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    return found


def test_systemd_analyze_verify_passes_on_every_unit(tmp_path):
    analyze = systemd_analyze()
    root = tmp_path / "root"
    system = root / "etc" / "systemd" / "system"
    system.mkdir(parents=True)
    programs = set()
    for unit in UNITS:
        shutil.copy(unit, system / unit.name)
        for key, value in service(unit).items():
            if key.startswith("Exec"):
                programs.add(value.split()[0].lstrip("-@:+!"))
    assert BIN in programs and "/bin/kill" in programs
    for program in programs:
        stub = root / program.lstrip("/")
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text("#!/bin/sh\nexit 0\n")
        stub.chmod(0o755)
    r = subprocess.run([analyze, "verify", f"--root={root}", "--recursive-errors=no", "--man=no",
                        *(str(system / u.name) for u in UNITS)], capture_output=True, text=True, timeout=120)
    ours = [line for line in (r.stdout + r.stderr).splitlines()
            if str(root) in line or any(u.name in line for u in UNITS)]
    assert r.returncode == 0 and not ours, f"exit {r.returncode}:\n{r.stdout}{r.stderr}"


def test_systemd_analyze_would_catch_a_broken_unit(tmp_path):
    """The check above is worth something: a wrong key and a missing program are reported."""
    analyze = systemd_analyze()
    root = tmp_path / "root"
    system = root / "etc" / "systemd" / "system"
    system.mkdir(parents=True)
    text = (REPO / "conf" / "systemd" / "bouncefilter-outbox.service").read_text()
    (system / "broken.service").write_text(text.replace("ProtectHome=yes", "ProtectHome=yes\nProtectEverything=yes"))
    r = subprocess.run([analyze, "verify", f"--root={root}", "--recursive-errors=no", "--man=no",
                        str(system / "broken.service")], capture_output=True, text=True, timeout=120)
    out = r.stdout + r.stderr
    assert "ProtectEverything" in out and f"{BIN} is not executable" in out
