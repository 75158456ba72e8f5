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
# Sendmail is not installed: Debian's sendmail-bin conflicts with Postfix (both provide
# mail-transport-agent). For tests/test_sendmail.py, Debian's own sendmail-bin, sendmail-base and
# sendmail-cf are fetched with `apt-get download` and unpacked with `dpkg -x` into a private
# prefix, $BOUNCEFILTER_SENDMAIL_PREFIX (default /opt/bouncefilter-test/sendmail): no package
# database entry, nothing in /usr or /etc, no user, no daemon; tests/sendmailstack.py runs it from
# there. `rm -rf` the prefix to fetch it again. What it needs at run time is installed normally
# (SENDMAIL_RUNTIME below: none of them conflicts with Postfix).
#
# --dry-run: say what would be installed, unpacked or skipped, change nothing (no root needed).
# BOUNCEFILTER_DEPS_SKIPPED_FILE=PATH: write there, one line, why packages were skipped.
# BOUNCEFILTER_DEPS_TEST_ROOT=DIR: look for /usr/sbin/sendmail and policy-rc.d, and unpack
# Sendmail, under DIR (for tests/test_install_system_deps.py, which also puts stand-ins of
# dpkg-query, apt-get, dpkg ... first on PATH).
#
# Exit status: 0 when every package is installed and Sendmail unpacked afterwards; 3 when some
# were skipped on purpose (an MTA to keep; the reason is printed); 1 when some are missing and
# this cannot install or unpack them (not root, no apt-get, or apt-get or dpkg -x failed).
set -euo pipefail

# postfix + dovecot: the real servers the integration tests start on 127.0.0.1.
# libmilter-dev + gcc + python3-dev: pymilter has only an sdist on PyPI, so pip compiles it.
# python3-venv: the world-readable venv from /usr/bin/python3 that pipe(8) runs as nobody.
# openssl: the test CA.
# systemd: systemd-analyze, which checks conf/systemd/*.service (tests/test_systemd_units.py);
#   installing it starts nothing and does not make it the init (that is systemd-sysv).
# nsd: the authoritative DNS server tests/dnsstack.py runs on 127.0.0.1 with a test zone
#   (bouncefilter verify); the package's own service is not started (policy-rc.d below).
# chromium + chromium-driver: the headless browser the web console's tests drive (tests/test_web_browser.py,
#   selenium from PyPI); nothing is started at install.
PACKAGES=(postfix dovecot-core dovecot-pop3d dovecot-imapd libmilter-dev python3-venv python3-dev gcc openssl systemd nsd postgresql
          chromium chromium-driver)

# The private Sendmail (see the header): the packages unpacked, and what they need at run time.
# m4 builds sendmail.cf from sendmail.mc; the libraries are sendmail-bin's Depends (apt-cache show
# sendmail-bin, 8.17.1.9-2+deb12u2, Debian 12) that a fresh Debian 12 may lack (liblockfile1 is
# not in the base image; libc6 is). sendmail-base's perl/make/adduser/lockfile-progs are for its
# maintainer scripts and sendmailconfig, which the tests do not run.
SENDMAIL_DEBS=(sendmail-bin sendmail-base sendmail-cf)
SENDMAIL_RUNTIME=(m4 liblockfile1 libdb5.3 libldap-2.5-0 libnsl2 libsasl2-2 libssl3 libwrap0)
SENDMAIL_BIN=usr/libexec/sendmail/sendmail   # in the prefix, as sendmail-bin ships it

dry_run=0
for arg in "$@"; do
    case "$arg" in
        --dry-run) dry_run=1 ;;
        *) echo "usage: $0 [--dry-run]" >&2; exit 2 ;;
    esac
done

say() { printf 'install-system-deps: %s\n' "$*"; }
root=${BOUNCEFILTER_DEPS_TEST_ROOT:-}
SENDMAIL_PREFIX=${BOUNCEFILTER_SENDMAIL_PREFIX:-$root/opt/bouncefilter-test/sendmail}

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
for pkg in "${PACKAGES[@]}" "${SENDMAIL_RUNTIME[@]}"; do
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

# The private Sendmail: unpacked once; a complete unpack leaves .bouncefilter-unpacked (the .deb
# names) in the prefix, and only then is the prefix in place (unpacked beside it, then renamed).
sendmail_unpacked() {
    [[ -f $SENDMAIL_PREFIX/.bouncefilter-unpacked && -x $SENDMAIL_PREFIX/$SENDMAIL_BIN &&
       -f $SENDMAIL_PREFIX/usr/share/sendmail/cf/m4/cf.m4 ]]
}
apt_download() {  # into the current dir; the list may be missing or stale on a fresh machine
    apt-get download -q "$@" >>"$log" 2>&1 && return 0
    apt-get update -q >>"$log" 2>&1 && apt-get download -q "$@" >>"$log" 2>&1
}
unpack_sendmail() {
    if sendmail_unpacked; then
        say "sendmail already unpacked in $SENDMAIL_PREFIX"
        return 0
    fi
    say "apt-get download ${SENDMAIL_DEBS[*]}; dpkg -x into $SENDMAIL_PREFIX (not installed: it would replace Postfix)"
    local dl tmp deb
    dl=$(mktemp -d /tmp/install-system-deps.sendmail.XXXXXX)
    # apt drops to _apt to download; a folder it can write avoids its "unsandboxed" warning
    if id _apt >/dev/null 2>&1; then chown _apt "$dl" 2>/dev/null || true; fi
    if ! (cd "$dl" && apt_download "${SENDMAIL_DEBS[@]}"); then
        say "ERROR: apt-get download ${SENDMAIL_DEBS[*]} failed; last lines of $log:" >&2
        tail -n 30 "$log" >&2
        rm -rf "$dl"
        return 1
    fi
    tmp="$SENDMAIL_PREFIX.partial"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    for deb in "$dl"/*.deb; do
        if ! dpkg -x "$deb" "$tmp" >>"$log" 2>&1; then
            say "ERROR: dpkg -x $deb failed; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            rm -rf "$dl" "$tmp"
            return 1
        fi
        basename "$deb" >>"$tmp/.bouncefilter-unpacked"
    done
    rm -rf "$dl"
    if [[ ! -x $tmp/$SENDMAIL_BIN ]]; then
        say "ERROR: no $SENDMAIL_BIN in the unpacked packages (did Debian move it?)" >&2
        rm -rf "$tmp"
        return 1
    fi
    local libs
    libs=$(ldd "$tmp/$SENDMAIL_BIN" 2>/dev/null | awk '/not found/ {print $1}' | paste -sd' ' -)
    if [[ -n "$libs" ]]; then
        say "ERROR: the unpacked sendmail lacks the libraries $libs (add their packages to SENDMAIL_RUNTIME)" >&2
        rm -rf "$tmp"
        return 1
    fi
    rm -rf "$SENDMAIL_PREFIX"
    mv "$tmp" "$SENDMAIL_PREFIX"
    say "sendmail unpacked in $SENDMAIL_PREFIX: $(paste -sd' ' - <"$SENDMAIL_PREFIX/.bouncefilter-unpacked")"
}
# the end of every run that may change the machine: the Sendmail step, then the exit status
finish() {
    if ! unpack_sendmail; then
        report_skipped
        exit 1
    fi
    rm -f "$log"
    report_skipped
    exit "$(done_status)"
}

need_sendmail=1
if sendmail_unpacked; then need_sendmail=0; fi
if ((${#missing[@]} == 0)); then
    say "all packages already installed: ${PACKAGES[*]} ${SENDMAIL_RUNTIME[*]}"
    if ((!need_sendmail)); then
        say "sendmail already unpacked in $SENDMAIL_PREFIX"
        report_skipped
        exit "$(done_status)"
    fi
else
    say "missing: ${missing[*]}"
fi

if ((dry_run)); then
    if ((${#missing[@]})); then say "dry run: would install: ${missing[*]}"; fi
    if ((need_sendmail)); then
        say "dry run: would unpack ${SENDMAIL_DEBS[*]} into $SENDMAIL_PREFIX (apt-get download + dpkg -x, not installed)"
    fi
    report_skipped
    exit "$(done_status)"
fi
if [[ $(id -u) -ne 0 ]]; then
    if ((${#missing[@]})); then
        say "ERROR: not root; cannot install. Run as root: apt-get install ${missing[*]}" >&2
    fi
    if ((need_sendmail)); then
        say "ERROR: not root; cannot unpack ${SENDMAIL_DEBS[*]} into $SENDMAIL_PREFIX" >&2
    fi
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

# apt-get install the missing packages, never removing one
install_missing() {
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
    say "done: ${missing[*]} installed"
}

if ((${#missing[@]})); then install_missing; fi
finish
