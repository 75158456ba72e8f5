#!/usr/bin/env bash
# The whole test suite, on a fresh machine: Debian packages (postfix, dovecot, libmilter-dev ...),
# a virtualenv in .venv with the project and its test and bench extras, then pytest.
#
#   bash scripts/test.sh [PYTEST ARGS ...]
#
# As root it installs what is missing (CI); as another user it goes on without them, and the tests
# that need a real Postfix or Dovecot are skipped with the reason shown. It never removes an
# installed MTA: with Exim, Sendmail or another MTA installed, Postfix is not installed (the script
# says so) and the tests that need it are skipped with that reason.
set -euo pipefail
cd "$(dirname "$0")/.."

skipped_file=$(mktemp)
trap 'rm -f "$skipped_file"' EXIT
rc=0
BOUNCEFILTER_DEPS_SKIPPED_FILE=$skipped_file bash scripts/install-system-deps.sh || rc=$?
if ((rc == 3)); then    # skipped on purpose (an MTA to keep): go on; the reason goes to the tests
    BOUNCEFILTER_MAILSTACK_UNAVAILABLE=$(head -n 1 "$skipped_file")
    export BOUNCEFILTER_MAILSTACK_UNAVAILABLE
    echo "test.sh: going on without them: $BOUNCEFILTER_MAILSTACK_UNAVAILABLE"
elif ((rc != 0)); then
    if [[ $(id -u) -eq 0 ]]; then
        exit "$rc"      # root (CI) could install them and did not: that is a failure
    fi
    echo "test.sh: going on without them: real-server tests will be skipped"
fi

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
    echo "test.sh: creating .venv with $($python --version 2>&1)"
    "$python" -m venv .venv
fi
echo "test.sh: installing the project and its test extras into .venv"
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install --quiet -e '.[test,bench]'
# byte-compile once: the pipe starts per bounce and must not compile its modules every time
.venv/bin/python -m compileall -q filter pop3bridge >/dev/null
# and its regular expressions, likewise (filter/core/regexcache.py; as the install steps say)
.venv/bin/python -m filter.core.regexcache >/dev/null

rm -f "$skipped_file"
exec .venv/bin/python -m pytest "$@"
