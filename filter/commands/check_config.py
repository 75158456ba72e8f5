"""``bouncefilter check-config FILE``: validate a config and print the effective one, secrets masked.

Exit 0 when valid (the printed YAML is what the engine runs with: defaults filled in, relative
paths resolved, built-in actions shown), 78 (EX_CONFIG) with one line per problem otherwise.
"""
from __future__ import annotations

import argparse
import os
import sys

from . import EX_CONFIG, fail, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE", help="the YAML configuration")
    parser.add_argument("--config", "-c", dest="config", metavar="FILE", help="same as FILE")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing when valid")


def _writable(path) -> bool:
    p = path
    while not p.exists() and p != p.parent:
        p = p.parent
    return os.access(p, os.W_OK | os.X_OK)


@guarded
def run(args: argparse.Namespace) -> int:
    path = args.file or args.config
    if not path:
        fail("check-config: give the config FILE", 2)
    config = load_config(path)
    if not _writable(config.state_dir):
        fail(f"{path}: state_dir: {config.state_dir} is not writable by this user", EX_CONFIG)
    for w in config.warnings:
        print(f"bouncefilter: warning: {w}", file=sys.stderr)
    if not args.quiet:
        import yaml

        sys.stdout.write(f"# {path}: valid; the effective configuration (secrets masked):\n")
        sys.stdout.write(yaml.safe_dump(config.to_dict(mask=True), sort_keys=False, allow_unicode=True))
    return 0
