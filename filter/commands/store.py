"""``bouncefilter store migrate|copy``: the store's schema, and moving a store to another engine.

``store migrate --config FILE [--check]``
    Bring the schema of the config's store up to date and say what was done (``--check``: only
    say whether it is; exit 1 when a migration is due).  Every service also migrates at start
    (safe: the migrations run under an advisory lock, one host at a time); this command is for
    doing it at a chosen moment, or from a deployment script.
``store copy --config FILE --from URL --to URL``
    Copy everything a store holds (events, stored messages, soft-bounce history, suppression
    list, outbox, hashed return paths, POP3 UIDL memory) into another, e.g. an existing SQLite
    store into the PostgreSQL database several hosts will share.  Idempotent: rows the target
    already has (by event id, address, (event, action) ...) are left as they are, so an
    interrupted copy is simply run again.  The PostgreSQL side takes the config's ``store:``
    password and TLS settings; ``sqlite://PATH`` names a SQLite file.  Progress on stderr when
    it is a terminal.  Stop the services writing to the source first, or copy again after.
"""
from __future__ import annotations

import argparse
import sys

from filter.commands import EX_FAIL, add_config_argument, guarded, load_config

#: rows per page read from the source and per transaction written to the target
PAGE = 1000


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="store_command", metavar="migrate|copy", required=True)
    m = sub.add_parser("migrate", help="bring the store's schema up to date")
    add_config_argument(m)
    m.add_argument("--check", action="store_true", help="change nothing; exit 1 when a migration is due")
    c = sub.add_parser("copy", help="copy a store into another (idempotent)")
    add_config_argument(c)
    c.add_argument("--from", dest="source", metavar="URL", required=True,
                   help="the store to read: sqlite://PATH or postgresql://user@host:port/db")
    c.add_argument("--to", dest="target", metavar="URL", required=True, help="the store to write into")


@guarded
def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    if args.store_command == "migrate":
        return _migrate(config, check=args.check)
    return _copy(config, args.source, args.target)


def _migrate(config, *, check: bool) -> int:
    from filter.store import open_store

    if config.store.engine == "sqlite":
        from filter.store.sqlite import SCHEMA_VERSION

        with open_store(config) as store:  # SQLite brings its schema up to date when opened
            print(f"store: SQLite {store.path}: schema version {store.schema_version()} (current {SCHEMA_VERSION})")
        return 0
    from filter.store.postgres import SCHEMA_VERSION

    with open_store(config, migrate=None) as store:
        have = store.schema_version()
        if check:
            print(f"store: {store.path}: schema version {have} (current {SCHEMA_VERSION})"
                  + ("" if have == SCHEMA_VERSION else ": run bouncefilter store migrate"))
            return 0 if have == SCHEMA_VERSION else EX_FAIL
        done = store.migrate()
        print(f"store: {store.path}: schema version {store.schema_version()}"
              + (f" (applied {', '.join(map(str, done))})" if done else " (up to date)"))
    return 0


def _copy(config, source: str, target: str) -> int:
    from filter.store import open_url
    from filter.store.base import COPY_TABLES

    from pathlib import Path

    from filter.commands import EX_USAGE, fail
    from filter.config import ConfigError

    if source == target:
        fail("--from and --to name the same store", EX_USAGE)
    for url in (source, target):
        if not url.startswith(("sqlite://", "postgresql://", "postgres://")):
            fail(f"{url}: a store is sqlite://PATH or postgresql://user@host:port/database", EX_USAGE)
    if source.startswith("sqlite://") and not Path(source[len("sqlite://"):]).expanduser().is_file():
        fail(f"{source}: no such SQLite store", EX_USAGE)  # never an empty new file copied from
    tty = sys.stderr.isatty()
    try:
        src, dst = open_url(source, config), None
        dst = open_url(target, config)
    except ConfigError as e:
        fail("; ".join(x.split(": ", 2)[-1] for x in e.errors), EX_USAGE)
    with src, dst:
        total_new = total = 0
        for table, cols, key in COPY_TABLES:
            after: tuple = ()
            read = new = 0
            while True:
                rows = src.dump(table, after, PAGE)
                if not rows:
                    break
                new += dst.load(table, rows)
                read += len(rows)
                after = tuple(rows[-1][cols.index(k)] for k in key)
                if tty:
                    print(f"\r{table}: {read} read, {new} new", end="", file=sys.stderr, flush=True)
                if len(rows) < PAGE:
                    break
            if tty:
                print(file=sys.stderr)
            print(f"{table}: {read} rows, {new} copied, {read - new} already there")
            total += read
            total_new += new
    print(f"store copy: {total} rows read, {total_new} copied")
    return 0
