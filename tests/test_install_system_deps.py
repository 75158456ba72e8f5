"""scripts/install-system-deps.sh never removes an installed MTA (issue 12, Found 5).

The script runs for real, with stand-ins for dpkg-query, apt-get, id and debconf-set-selections
first on PATH (a package list in a file; apt-get records its calls and "installs" by adding to
the list) and BOUNCEFILTER_DEPS_TEST_ROOT for /usr/sbin: nothing on this machine is touched.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "install-system-deps.sh"
ALL = ["postfix", "dovecot-core", "dovecot-pop3d", "libmilter-dev", "python3-venv", "python3-dev", "gcc",
       "openssl", "systemd"]

FAKES = {
    "dpkg-query": r"""#!/bin/sh
case "$1" in
  -W) cat "$FAKE_DPKG_LIST" ;;
  -S) if [ -n "${FAKE_SENDMAIL_OWNER:-}" ]; then echo "$FAKE_SENDMAIL_OWNER: $2"; exit 0; fi
      echo "dpkg-query: no path found matching pattern $2" >&2; exit 1 ;;
  *) exit 2 ;;
esac
""",
    "apt-get": r"""#!/bin/sh
echo "$*" >> "$FAKE_APT_LOG"
simulate=0; install=0
for a in "$@"; do
  case "$a" in -s) simulate=1 ;; install) install=1 ;; esac
done
if [ $install = 1 ]; then
  seen=0
  for a in "$@"; do
    if [ $seen = 1 ]; then
      case "$a" in -*) ;; *) if [ $simulate = 1 ]; then echo "Inst $a (1.0 Debian:12)";
                              else printf 'installed\t%s\t\n' "$a" >> "$FAKE_DPKG_LIST"; fi ;; esac
    fi
    [ "$a" = install ] && seen=1
  done
  if [ $simulate = 1 ] && [ -n "${FAKE_REMV:-}" ]; then echo "Remv $FAKE_REMV [4.96-15]"; fi
fi
exit 0
""",
    "id": "#!/bin/sh\necho \"$FAKE_UID\"\n",
    "debconf-set-selections": "#!/bin/sh\ncat >/dev/null\n",
}


class Machine:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.bin = tmp / "bin"
        self.bin.mkdir()
        self.root = tmp / "root"
        (self.root / "usr" / "sbin").mkdir(parents=True)
        self.dpkg = tmp / "dpkg.list"
        self.dpkg.write_text("")
        self.apt_log = tmp / "apt.log"
        self.skipped = tmp / "skipped"
        self.env = {"FAKE_DPKG_LIST": str(self.dpkg), "FAKE_APT_LOG": str(self.apt_log),
                    "BOUNCEFILTER_DEPS_TEST_ROOT": str(self.root), "BOUNCEFILTER_DEPS_SKIPPED_FILE": str(self.skipped)}

    def installed(self, package: str, provides: str = "") -> None:
        with self.dpkg.open("a") as f:
            f.write(f"installed\t{package}\t{provides}\n")

    def sendmail_binary(self) -> None:
        (self.root / "usr" / "sbin" / "sendmail").write_text("#!/bin/sh\n")

    def run(self, *args: str, root: bool = False, **env: str) -> subprocess.CompletedProcess:
        for name, text in FAKES.items():
            (self.bin / name).write_text(text)
            (self.bin / name).chmod(0o755)
        path = f"{self.bin}:{os.environ.get('PATH', '/usr/bin:/bin')}"
        return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=60,
                              env={**os.environ, **self.env, **env, "PATH": path, "FAKE_UID": "0" if root else "1000"})

    def apt_calls(self) -> list[str]:
        return self.apt_log.read_text().splitlines() if self.apt_log.exists() else []


@pytest.fixture
def machine(tmp_path) -> Machine:
    return Machine(tmp_path)


def test_fresh_machine_installs_everything(machine):
    r = machine.run("--dry-run")
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"would install: {' '.join(ALL)}" in r.stdout and "SKIPPED" not in r.stdout
    r = machine.run(root=True)
    assert r.returncode == 0, r.stdout + r.stderr
    [simulation, install] = [c for c in machine.apt_calls() if "install" in c]
    assert simulation.startswith("-s ") and install.startswith("install --no-remove ")
    assert install.split()[-len(ALL):] == ALL
    assert "done: " + " ".join(ALL) + " installed" in r.stdout
    assert not (machine.root / "usr" / "sbin" / "policy-rc.d").exists()  # the temporary one is gone


@pytest.mark.parametrize("mta", ["exim4-daemon-light", "sendmail-bin", "opensmtpd", "nullmailer"])
def test_another_mta_keeps_postfix_out_and_says_why(machine, mta):
    machine.installed(mta, "mail-transport-agent")
    machine.sendmail_binary()
    r = machine.run("--dry-run")
    assert r.returncode == 3, r.stdout + r.stderr
    assert f"would install: {' '.join(ALL[1:])}" in r.stdout
    reason = (f"postfix not installed: {mta} (an MTA) is installed, and Debian's postfix package conflicts with it "
              "(apt would remove it)")
    assert f"SKIPPED postfix: {reason}; the tests that need a real Postfix are skipped" in r.stdout
    assert machine.skipped.read_text() == reason + "\n"
    r = machine.run(root=True)
    assert r.returncode == 3, r.stdout + r.stderr
    installs = [c for c in machine.apt_calls() if c.startswith("install")]
    assert installs == ["install --no-remove -y -q --no-install-recommends -o Dpkg::Options::=--force-confdef "
                        "-o Dpkg::Options::=--force-confold " + " ".join(ALL[1:])]
    assert "postfix" not in " ".join(machine.apt_calls())


def test_a_sendmail_no_package_owns_counts_as_an_mta(machine):
    machine.sendmail_binary()
    r = machine.run("--dry-run")
    assert r.returncode == 3 and "/usr/sbin/sendmail of an MTA installed outside dpkg" in r.stdout
    # the same file owned by a package that is not an MTA (e.g. left by one being removed): no MTA
    r = machine.run("--dry-run", FAKE_SENDMAIL_OWNER="postfix")
    assert r.returncode == 0 and "SKIPPED" not in r.stdout


def test_with_postfix_installed_nothing_is_skipped(machine):
    for p in ALL:
        machine.installed(p, "mail-transport-agent" if p == "postfix" else "")
    machine.sendmail_binary()
    r = machine.run("--dry-run", FAKE_SENDMAIL_OWNER="postfix")
    assert r.returncode == 0 and "all packages already installed" in r.stdout and "SKIPPED" not in r.stdout


def test_a_planned_removal_installs_nothing(machine):
    r = machine.run(root=True, FAKE_REMV="exim4-base")   # whatever the reason, apt wants to remove
    assert r.returncode == 1
    assert "would remove exim4-base: nothing installed" in r.stderr
    assert [c for c in machine.apt_calls() if c.startswith("install")] == []


def test_not_root_installs_nothing(machine):
    r = machine.run()
    assert r.returncode == 1 and "not root" in r.stderr and machine.apt_calls() == []
