#!/usr/bin/env bash
# Install the Debian packages that the real-server tests (tests/mailstack.py), the pymilter build
# and the systemd unit check need. Idempotent: packages that are already installed are left
# alone, and nothing is configured or started (Postfix gets debconf "No configuration": the tests
# use private configs).
#
#   sudo scripts/install-system-deps.sh [--dry-run]   # or as root; CI runs it from scripts/test.sh
#
# It never removes a package. Debian's MTAs conflict with each other: when another one (Exim,
# Sendmail, OpenSMTPD, nullmailer ... anything that provides mail-transport-agent, or a
# /usr/sbin/sendmail that no package owns) is installed, Postfix is not installed, and says so;
# the tests that need Postfix are then skipped with that reason. The install itself runs with
# --no-remove, after a simulation that must plan no removal.
#
# --dry-run: say what would be installed or skipped, change nothing (no root needed).
# BOUNCEFILTER_DEPS_SKIPPED_FILE=PATH: write there, one line, why packages were skipped.
# BOUNCEFILTER_DEPS_TEST_ROOT=DIR: look for /usr/sbin/sendmail and policy-rc.d under DIR (for
# tests/test_install_system_deps.py, which also puts stand-ins of dpkg-query, apt-get ... first
# on PATH).
#
# Exit status: 0 when every package is installed afterwards; 3 when some were skipped on purpose
# (an MTA to keep; the reason is printed); 1 when some are missing and this cannot install them
# (not root, no apt-get, or apt-get failed).
set -euo pipefail

# postfix + dovecot: the real servers the integration tests start on 127.0.0.1.
# libmilter-dev + gcc + python3-dev: pymilter has only an sdist on PyPI, so pip compiles it.
# python3-venv: the world-readable venv from /usr/bin/python3 that pipe(8) runs as nobody.
# openssl: the test CA.
# systemd: systemd-analyze, which checks conf/systemd/*.service (tests/test_systemd_units.py);
#   installing it starts nothing and does not make it the init (that is systemd-sysv).
PACKAGES=(postfix dovecot-core dovecot-pop3d libmilter-dev python3-venv python3-dev gcc openssl systemd)

dry_run=0
for arg in "$@"; do
    case "$arg" in
        --dry-run) dry_run=1 ;;
        *) echo "usage: $0 [--dry-run]" >&2; exit 2 ;;
    esac
done

say() { printf 'install-system-deps: %s\n' "$*"; }
root=${BOUNCEFILTER_DEPS_TEST_ROOT:-}

# every package dpkg knows: "STATUS<TAB>NAME<TAB>PROVIDES"
dpkg_list=$(dpkg-query -W -f='${db:Status-Status}\t${Package}\t${Provides}\n' 2>/dev/null || true)
installed() { awk -F'\t' -v p="$1" '$2 == p && $1 == "installed" {found=1} END {exit !found}' <<<"$dpkg_list"; }

# an MTA that installing Postfix would remove: prints what it is, or nothing
other_mta() {
    local mtas
    mtas=$(awk -F'\t' '$1 == "installed" && $2 != "postfix" && $3 ~ /(^|[ ,])mail-transport-agent([ ,(]|$)/ {print $2}' \
        <<<"$dpkg_list" | paste -sd' ' -)
    if [[ -n "$mtas" ]]; then
        printf '%s (an MTA)' "$mtas"
    elif [[ -e $root/usr/sbin/sendmail || -L $root/usr/sbin/sendmail ]] &&
            ! dpkg-query -S /usr/sbin/sendmail >/dev/null 2>&1; then
        printf '/usr/sbin/sendmail of an MTA installed outside dpkg'
    fi
}

missing=()
for pkg in "${PACKAGES[@]}"; do
    installed "$pkg" || missing+=("$pkg")
done

skipped=()
skip_reason=""
if [[ " ${missing[*]} " == *" postfix "* ]]; then
    mta=$(other_mta)
    if [[ -n "$mta" ]]; then
        skipped+=(postfix)
        skip_reason="postfix not installed: $mta is installed, and Debian's postfix package conflicts with it (apt would remove it)"
        keep=()
        for pkg in "${missing[@]}"; do [[ "$pkg" == postfix ]] || keep+=("$pkg"); done
        missing=("${keep[@]}")
    fi
fi
report_skipped() {
    if [[ -n "$skip_reason" ]]; then
        say "SKIPPED ${skipped[*]}: $skip_reason; the tests that need a real Postfix are skipped"
        if [[ -n "${BOUNCEFILTER_DEPS_SKIPPED_FILE:-}" ]]; then
            printf '%s\n' "$skip_reason" >"$BOUNCEFILTER_DEPS_SKIPPED_FILE"
        fi
    fi
}
done_status() { if ((${#skipped[@]})); then echo 3; else echo 0; fi; }

if ((${#missing[@]} == 0)); then
    say "all packages already installed: ${PACKAGES[*]}"
    report_skipped
    exit "$(done_status)"
fi
say "missing: ${missing[*]}"

if ((dry_run)); then
    say "dry run: would install: ${missing[*]}"
    report_skipped
    exit "$(done_status)"
fi
if [[ $(id -u) -ne 0 ]]; then
    say "ERROR: not root; cannot install. Run as root: apt-get install ${missing[*]}" >&2
    report_skipped
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    say "ERROR: apt-get not found (Debian/Ubuntu only); install by hand: ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp /tmp/install-system-deps.XXXXXX.log)
run() {  # run quietly, show the log on failure
    if ! "$@" >>"$log" 2>&1; then
        say "ERROR: '$*' failed; last lines of $log:" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
}
APT_OPTS=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

say "preseeding debconf: postfix 'No configuration'"
run debconf-set-selections <<'SEL'
postfix postfix/main_mailer_type select No configuration
postfix postfix/mailname string example.test
SEL

say "apt-get update"
run apt-get update -q

# Never remove anything: apt's plan for these packages must hold no "Remv" line.
plan=$(apt-get -s "${APT_OPTS[@]}" install "${missing[@]}" 2>>"$log") || {
    say "ERROR: apt-get cannot plan the install of ${missing[*]}; last lines of $log:" >&2
    tail -n 30 "$log" >&2
    exit 1
}
removals=$(awk '$1 == "Remv" {print $2}' <<<"$plan" | paste -sd' ' -)
if [[ -n "$removals" ]]; then
    say "ERROR: installing ${missing[*]} would remove ${removals}: nothing installed (remove them yourself if that is what you want)" >&2
    exit 1
fi

# No daemon may start at install time (the tests run private instances). Debian images
# usually ship a policy-rc.d that says so; add a temporary one where there is none.
if [[ ! -e $root/usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    trap 'rm -f "$root/usr/sbin/policy-rc.d"' EXIT
    say "temporary /usr/sbin/policy-rc.d: no service starts during the install"
fi

say "apt-get install ${missing[*]}"
run apt-get install --no-remove "${APT_OPTS[@]}" "${missing[@]}"

still=()
dpkg_list=$(dpkg-query -W -f='${db:Status-Status}\t${Package}\t${Provides}\n' 2>/dev/null || true)
for pkg in "${missing[@]}"; do
    installed "$pkg" || still+=("$pkg")
done
if ((${#still[@]})); then
    say "ERROR: still missing after install: ${still[*]} (log: $log)" >&2
    exit 1
fi
rm -f "$log"
say "done: ${missing[*]} installed"
report_skipped
exit "$(done_status)"
