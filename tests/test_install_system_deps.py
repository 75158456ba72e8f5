"""scripts/install-system-deps.sh never removes an installed MTA (issue 12, Found 5), and unpacks
a private Sendmail beside Postfix without installing it (issue 12, a Sendmail path tested live).

The script runs for real, with stand-ins for dpkg-query, apt-get, dpkg, id and
debconf-set-selections first on PATH (a package list in a file; apt-get records its calls,
"installs" by adding to the list and "downloads" by writing NAME_1.0_all.deb files; dpkg -x
"unpacks" a small tree) and BOUNCEFILTER_DEPS_TEST_ROOT for /usr/sbin and /opt: nothing on this
machine is touched.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "install-system-deps.sh"
ALL = ["postfix", "dovecot-core", "dovecot-pop3d", "dovecot-imapd", "libmilter-dev", "python3-venv", "python3-dev", "gcc",
       "openssl", "systemd", "nsd", "postgresql", "chromium", "chromium-driver"]
#: what the private Sendmail needs at run time: installed normally, after ALL
SENDMAIL_RUNTIME = ["m4", "liblockfile1", "libdb5.3", "libldap-2.5-0", "libnsl2", "libsasl2-2", "libssl3", "libwrap0"]
EVERYTHING = ALL + SENDMAIL_RUNTIME
SENDMAIL_DEBS = ["sendmail-bin", "sendmail-base", "sendmail-cf"]

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
if [ "$1" = download ]; then
  shift
  if [ -n "${FAKE_DOWNLOAD_FAIL:-}" ]; then
    for a in "$@"; do case "$a" in -*) ;; *) echo "E: Unable to locate package $a" >&2; exit 100 ;; esac; done
  fi
  for a in "$@"; do case "$a" in -*) ;; *) echo "deb of $a" > "${a}_1.0_all.deb" ;; esac; done
  exit 0
fi
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
    "dpkg": r"""#!/bin/sh
[ "$1" = -x ] || exit 2
echo "-x $(basename "$2")" >> "$FAKE_APT_LOG"
case "$(basename "$2")" in
  sendmail-bin_*) mkdir -p "$3/usr/libexec/sendmail"; printf '#!/bin/sh\n' > "$3/usr/libexec/sendmail/sendmail"
                  chmod 755 "$3/usr/libexec/sendmail/sendmail" ;;
  sendmail-cf_*) mkdir -p "$3/usr/share/sendmail/cf/m4"; echo "divert(-1)" > "$3/usr/share/sendmail/cf/m4/cf.m4" ;;
  *) mkdir -p "$3/etc/mail"; echo help > "$3/etc/mail/helpfile" ;;
esac
""",
    "id": r"""#!/bin/sh
case "$1" in -u) echo "$FAKE_UID" ;; *) exit 1 ;; esac
""",
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
        self.sendmail = self.root / "opt" / "bouncefilter-test" / "sendmail"   # the default prefix, under root
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

    def installs(self) -> list[str]:
        return [c for c in self.apt_calls() if c.startswith("install")]

    def downloads(self) -> list[str]:
        return [c for c in self.apt_calls() if c.startswith("download")]

    def unpacked(self) -> list[str]:
        """The .deb files the private Sendmail was unpacked from (its marker file), or []."""
        marker = self.sendmail / ".bouncefilter-unpacked"
        return marker.read_text().split() if marker.exists() else []


@pytest.fixture
def machine(tmp_path) -> Machine:
    return Machine(tmp_path)


def test_fresh_machine_installs_everything(machine):
    r = machine.run("--dry-run")
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"would install: {' '.join(EVERYTHING)}" in r.stdout and "SKIPPED" not in r.stdout
    assert f"would unpack {' '.join(SENDMAIL_DEBS)} into {machine.sendmail} (apt-get download + dpkg -x, not " \
           "installed)" in r.stdout
    assert machine.apt_calls() == [] and not machine.sendmail.exists()    # a dry run changes nothing
    r = machine.run(root=True)
    assert r.returncode == 0, r.stdout + r.stderr
    [simulation, install] = [c for c in machine.apt_calls() if "install" in c]
    assert simulation.startswith("-s ") and install.startswith("install --no-remove ")
    assert install.split()[-len(EVERYTHING):] == EVERYTHING
    assert not set(SENDMAIL_DEBS) & set(install.split())                 # never installed: it would replace Postfix
    assert "done: " + " ".join(EVERYTHING) + " installed" in r.stdout
    assert machine.downloads() == ["download -q " + " ".join(SENDMAIL_DEBS)]
    assert machine.unpacked() == sorted(f"{d}_1.0_all.deb" for d in SENDMAIL_DEBS)
    assert os.access(machine.sendmail / "usr" / "libexec" / "sendmail" / "sendmail", os.X_OK)
    assert f"sendmail unpacked in {machine.sendmail}: " in r.stdout
    assert not (machine.root / "usr" / "sbin" / "policy-rc.d").exists()  # the temporary one is gone


@pytest.mark.parametrize("mta", ["exim4-daemon-light", "sendmail-bin", "opensmtpd", "nullmailer"])
def test_another_mta_keeps_postfix_out_and_says_why(machine, mta):
    machine.installed(mta, "mail-transport-agent")
    machine.sendmail_binary()
    r = machine.run("--dry-run")
    assert r.returncode == 3, r.stdout + r.stderr
    assert f"would install: {' '.join(EVERYTHING[1:])}" in r.stdout
    reason = (f"postfix not installed: {mta} (an MTA) is installed, and Debian's postfix package conflicts with it "
              "(apt would remove it)")
    assert f"SKIPPED postfix: {reason}; the tests that need a real Postfix are skipped" in r.stdout
    assert machine.skipped.read_text() == reason + "\n"
    r = machine.run(root=True)
    assert r.returncode == 3, r.stdout + r.stderr
    assert machine.installs() == ["install --no-remove -y -q --no-install-recommends "
                                  "-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "
                                  + " ".join(EVERYTHING[1:])]
    assert "postfix" not in " ".join(machine.apt_calls())
    # the private Sendmail is unpacked whatever MTA is installed: it is no package, it replaces nothing
    assert len(machine.unpacked()) == 3 and "sendmail-bin" not in " ".join(machine.installs())


def test_a_sendmail_no_package_owns_counts_as_an_mta(machine):
    machine.sendmail_binary()
    r = machine.run("--dry-run")
    assert r.returncode == 3 and "/usr/sbin/sendmail of an MTA installed outside dpkg" in r.stdout
    # the same file owned by a package that is not an MTA (e.g. left by one being removed): no MTA
    r = machine.run("--dry-run", FAKE_SENDMAIL_OWNER="postfix")
    assert r.returncode == 0 and "SKIPPED" not in r.stdout


def test_with_postfix_installed_nothing_is_skipped(machine):
    for p in EVERYTHING:
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


# -- the private Sendmail ------------------------------------------------------------------------
def everything_installed(machine: Machine) -> None:
    for p in EVERYTHING:
        machine.installed(p, "mail-transport-agent" if p == "postfix" else "")


def test_sendmail_is_unpacked_once_and_a_second_run_changes_nothing(machine):
    everything_installed(machine)
    r = machine.run(root=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert machine.installs() == [] and machine.downloads() == ["download -q " + " ".join(SENDMAIL_DEBS)]
    assert [c for c in machine.apt_calls() if c.startswith("-x ")] == [f"-x {d}" for d in machine.unpacked()]
    assert not (machine.root / "opt" / "bouncefilter-test" / "sendmail.partial").exists()
    before = machine.apt_calls()
    r = machine.run(root=True)
    assert r.returncode == 0 and f"sendmail already unpacked in {machine.sendmail}" in r.stdout
    assert machine.apt_calls() == before                                 # idempotent: no download, no update
    r = machine.run("--dry-run")                                         # and nothing to do, not even as a user
    assert r.returncode == 0 and "would" not in r.stdout


def test_an_interrupted_unpack_is_done_again(machine):
    everything_installed(machine)
    (machine.sendmail / "usr").mkdir(parents=True)                      # a prefix without its marker file
    r = machine.run(root=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert len(machine.downloads()) == 1 and len(machine.unpacked()) == 3


def test_a_failed_download_updates_the_lists_retries_then_fails_clearly(machine):
    everything_installed(machine)
    r = machine.run(root=True, FAKE_DOWNLOAD_FAIL="1")
    assert r.returncode == 1
    assert [c.split()[0] for c in machine.apt_calls()] == ["download", "update", "download"]
    assert f"ERROR: apt-get download {' '.join(SENDMAIL_DEBS)} failed" in r.stderr
    assert "E: Unable to locate package sendmail-bin" in r.stderr        # apt's own words, from the log
    assert not machine.sendmail.exists() and "Traceback" not in r.stderr


def test_not_root_unpacks_nothing_and_says_so(machine):
    everything_installed(machine)
    r = machine.run()
    assert r.returncode == 1
    assert f"not root; cannot unpack {' '.join(SENDMAIL_DEBS)} into {machine.sendmail}" in r.stderr
    assert machine.apt_calls() == [] and not machine.sendmail.exists()


def test_the_prefix_can_be_chosen(machine):
    everything_installed(machine)
    prefix = machine.tmp / "elsewhere" / "sendmail"
    r = machine.run(root=True, BOUNCEFILTER_SENDMAIL_PREFIX=str(prefix))
    assert r.returncode == 0 and (prefix / ".bouncefilter-unpacked").read_text().split() == \
        sorted(f"{d}_1.0_all.deb" for d in SENDMAIL_DEBS)
    assert not machine.sendmail.exists()
