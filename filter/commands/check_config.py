"""``bouncefilter check-config FILE``: validate a config and print the effective one, secrets masked.

Exit 0 when valid (the printed YAML is what the engine runs with: defaults filled in, relative
paths resolved, built-in actions shown), 78 (EX_CONFIG) with one line per problem otherwise.

Besides the config itself it checks what the actions will meet (:mod:`filter.config.preflight`), as the
user running it and with pipe(8)'s environment (``PATH=/usr/bin:/bin``): ``state_dir`` and the
folders of suppression lists and logs writable, exec and postmap commands found.  Run it as the
user of the pipe (``runuser -u bouncefilter -- bouncefilter check-config FILE``).
"""
from __future__ import annotations

import argparse
import sys

from filter.commands import EX_CONFIG, fail, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", metavar="FILE", help="the YAML configuration")
    parser.add_argument("--config", "-c", dest="config", metavar="FILE", help="same as FILE")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing when valid")


@guarded
def run(args: argparse.Namespace) -> int:
    path = args.file or args.config
    if not path:
        fail("check-config: give the config FILE", 2)
    config = load_config(path)
    for w in config.warnings:
        print(f"bouncefilter: warning: {w}", file=sys.stderr)
    from filter.config.preflight import check

    problems = check(config)
    if problems:
        fail("\n".join(problems), EX_CONFIG)
    if not args.quiet:
        import yaml

        sys.stdout.write(f"# {path}: valid; the effective configuration (secrets masked):\n")
        sys.stdout.write(yaml.safe_dump(config.to_dict(mask=True), sort_keys=False, allow_unicode=True))
    return 0
