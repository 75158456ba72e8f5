#!/usr/bin/env bash
# Install the Debian packages that the real-server tests (tests/mailstack.py) and the pymilter
# build need. Idempotent: packages that are already installed are left alone, and nothing is
# configured or started (Postfix gets debconf "No configuration": the tests use private configs).
#
#   sudo scripts/install-system-deps.sh        # or as root; CI runs it from .ci/run
#
# Exit status: 0 when every package is installed afterwards, 1 when some are missing and this
# cannot install them (not root, no apt-get, or apt-get failed).
set -euo pipefail

# postfix + dovecot: the real servers the integration tests start on 127.0.0.1.
# libmilter-dev + gcc + python3-dev: pymilter has only an sdist on PyPI, so pip compiles it.
# python3-venv: the world-readable venv from /usr/bin/python3 that pipe(8) runs as nobody.
# openssl: the test CA.
PACKAGES=(postfix dovecot-core dovecot-pop3d libmilter-dev python3-venv python3-dev gcc openssl)

say() { printf 'install-system-deps: %s\n' "$*"; }

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    say "all packages already installed: ${PACKAGES[*]}"
    exit 0
fi
say "missing: ${missing[*]}"

if [[ $(id -u) -ne 0 ]]; then
    say "ERROR: not root; cannot install. Run as root: apt-get install ${missing[*]}" >&2
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

say "preseeding debconf: postfix 'No configuration'"
run debconf-set-selections <<'SEL'
postfix postfix/main_mailer_type select No configuration
postfix postfix/mailname string example.test
SEL

say "apt-get update"
run apt-get update -q

# No daemon may start at install time (the tests run private instances). Debian images
# usually ship a policy-rc.d that says so; add a temporary one where there is none.
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    say "temporary /usr/sbin/policy-rc.d: no service starts during the install"
fi

say "apt-get install ${missing[*]}"
run apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"

still=()
for pkg in "${missing[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == installed ]] || still+=("$pkg")
done
if ((${#still[@]})); then
    say "ERROR: still missing after install: ${still[*]} (log: $log)" >&2
    exit 1
fi
rm -f "$log"
say "done: ${missing[*]} installed"
