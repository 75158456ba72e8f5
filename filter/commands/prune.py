"""``bouncefilter prune --config FILE [--dry-run] [--vacuum] [--json]``: apply ``retention:``.

Deletes old events, finished deliveries, stored raw messages and soft bounces the policy can no
longer count (:mod:`filter.engine.retention`), in small transactions, so the pipe keeps recording
meanwhile; never the suppression list.  ``outbox work`` does the same every
``retention.interval``; this command is for cron, or to see what would go (``--dry-run``).
``--vacuum`` then rewrites the file to give the freed space back (holds the write lock while it
runs: for a quiet moment).  Prints one line (or ``--json``) and the store's size.
"""
from __future__ import annotations

import argparse
import json
import sys

from filter.commands import add_config_argument, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    add_config_argument(parser)
    parser.add_argument("--dry-run", "-n", action="store_true", help="delete nothing; count what would go")
    parser.add_argument("--vacuum", action="store_true",
                        help="then rewrite the file to return freed space (VACUUM; holds the write lock)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")


def _mib(n: int) -> str:
    return f"{n / 1048576:.1f} MiB"


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    from filter.engine.retention import prune, summary
    from filter.store import open_store

    with open_store(config) as store:
        result = prune(store, config, dry_run=args.dry_run)
        if args.vacuum and not args.dry_run:
            before = store.file_stats()["size"]
            store.vacuum()
            vacuumed = before - store.file_stats()["size"]
        else:
            vacuumed = None
        counts = store.table_counts()
        size = store.file_stats()
    if args.json:
        out = {**result.to_dict(), "rows": counts, "file": size}
        if vacuumed is not None:
            out["vacuum_freed"] = vacuumed
        sys.stdout.write(json.dumps(out) + "\n")
        return 0
    print(f"prune: {summary(result)}")
    print(f"store: {counts['events']} events, {counts['outbox']} deliveries, {counts['messages']} messages, "
          f"{counts['soft_bounces']} soft bounces, {counts['suppression']} suppressed; file {_mib(size['size'])}"
          f" ({_mib(size['free'])} free, reused before the file grows)"
          + (f"; vacuum returned {_mib(vacuumed)}" if vacuumed is not None else ""))
    return 0
