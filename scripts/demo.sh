#!/usr/bin/env bash
# The main job on the bundled examples, with the default embedded setup (a SQLite store and the
# suppression list under examples/state/): classify, record, apply the rules, run the actions.
#
#   bash scripts/demo.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x .venv/bin/bouncefilter ]]; then
    python=${PYTHON:-python3}
    echo "demo.sh: creating .venv and installing bouncefilter"
    "$python" -m venv .venv
    .venv/bin/python -m pip install --quiet -e .
fi
bf=.venv/bin/bouncefilter
config=examples/bouncefilter.yaml

echo "== what each example is"
"$bf" classify --format text examples/bounces
echo
echo "== process: classify, record, rules, actions (running it twice records nothing twice)"
"$bf" process --config "$config" examples/bounces
echo
echo "== events in the store (examples/state/bouncefilter.db)"
"$bf" events --config "$config"
echo
echo "== suppressed addresses (examples/state/suppressed.txt)"
"$bf" suppression list --config "$config"
