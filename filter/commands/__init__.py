"""Subcommands of the bouncefilter CLI; see filter/cli.py for the table.

Helpers shared by the engine's commands (``process``, ``check-config``, ``events``,
``suppression``, ``outbox``): one way to load the config and one way to fail, so no traceback ever
reaches the user.  Exit codes follow sysexits(3): 78 (EX_CONFIG) for an invalid config, 75
(EX_TEMPFAIL) when the store cannot be used now, 70 (EX_SOFTWARE) for a bug, 1 for "not found / not done", 2 for usage.
"""
from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (2 ms of every command's start)
if TYPE_CHECKING:  # pragma: no cover
    from typing import NoReturn

EX_FAIL = 1
EX_USAGE = 2
EX_SOFTWARE = 70
EX_TEMPFAIL = 75
EX_CONFIG = 78


class CommandError(Exception):
    """A failure to report as one line on stderr, with an exit code."""

    def __init__(self, message: str, code: int = EX_FAIL):
        super().__init__(message)
        self.code = code


def error(message: str) -> None:
    print(f"bouncefilter: {message}", file=sys.stderr)


def fail(message: str, code: int = EX_FAIL) -> NoReturn:
    raise CommandError(message, code)


def add_config_argument(parser, required: bool = True) -> None:
    parser.add_argument("--config", "-c", metavar="FILE", required=required,
                        help="the YAML configuration (see conf/bouncefilter.yaml)")


def load_config(path: str):
    """Load and validate, or fail with every problem (file:line: key: what), exit 78."""
    from filter.config import ConfigError, load

    try:
        return load(path)
    except ConfigError as e:
        fail("\n".join(e.errors) if len(e.errors) > 1 else e.errors[0], EX_CONFIG)


def guarded(run):
    """Decorator for ``run(args)``: known failures become one stderr line and an exit code."""
    import functools

    @functools.wraps(run)
    def wrapper(args) -> int:
        from filter.store.sqlite import StoreUnavailable

        try:
            return int(run(args) or 0)
        except CommandError as e:
            for line in str(e).splitlines():
                error(line)
            return e.code
        except StoreUnavailable as e:
            error(f"{e} (try again later)")
            return EX_TEMPFAIL
        except BrokenPipeError:  # the reader went away (`... | head`): filter/cli.py ends quietly
            raise
        except Exception as e:  # a bug: one line for the user; BOUNCEFILTER_DEBUG=1 shows the traceback
            import os

            if os.environ.get("BOUNCEFILTER_DEBUG"):
                raise
            error(f"internal error: {type(e).__name__}: {e} (set BOUNCEFILTER_DEBUG=1 for the traceback)")
            return EX_SOFTWARE
    return wrapper


# -- what the long-running services' commands share (lmtp, web, ingest) --------------------------------
EX_UNAVAILABLE = 69


def add_service_arguments(parser, listen_help: str) -> None:
    """``--config``, ``--listen`` and ``--quiet``."""
    add_config_argument(parser)
    parser.add_argument("--listen", "-l", metavar="HOST:PORT", help=listen_help)
    parser.add_argument("--quiet", "-q", action="store_true", help="log warnings and errors only")


def service_logging(name: str, quiet: bool) -> None:
    """One line per record on stderr, ``bouncefilter NAME: LEVEL message`` (journald adds the time too)."""
    import logging

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING if quiet else logging.INFO,
                        format=f"%(asctime)s bouncefilter {name}: %(levelname)s %(message)s")


def check_http_listen(value: str) -> None:
    """``--listen`` of an HTTP service: HOST:PORT or [IPv6]:PORT (exit 2 otherwise)."""
    import re

    if not re.fullmatch(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}", value) or \
            not 0 < int(value.rpartition(":")[2]) < 65536:
        fail(f"--listen: {value!r} is not HOST:PORT or [IPv6]:PORT", EX_USAGE)


def warn_if_store_unavailable(config, logger: str, consequence: str) -> None:
    """Say at start-up what would make every request fail until the store works again."""
    import logging

    from filter.engine import Engine, StoreUnavailable

    try:
        with Engine(config) as probe:
            probe.store.counts()
    except StoreUnavailable as e:
        logging.getLogger(logger).warning("%s: %s until it works", e, consequence)
