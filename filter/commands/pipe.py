"""``bouncefilter pipe --config FILE [--sender S] [--recipient R] [SENDER RECIPIENT]``.

One message on stdin, as a Postfix pipe(8) service or a Sendmail prog mailer / alias:

    # master.cf (see conf/postfix-master.cf)
    bouncefilter unix - n n - - pipe
      flags=Rq null_sender= user=bouncefilter argv=/opt/bouncefilter/bin/bouncefilter pipe
      --config /etc/bouncefilter/bouncefilter.yaml -- ${sender} ${recipient}

The envelope (``--sender``/``--recipient``, or the two positional arguments Postfix passes) is
used to decode VERP.  Exit 0 when the message is taken, 75 (EX_TEMPFAIL) when it could not be
recorded; never another code (see :mod:`filter.adapters.pipe`), a usage error included.
"""
from __future__ import annotations

import sys

from filter.commands import EX_TEMPFAIL

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (filter/core/detectors/base.py)
if TYPE_CHECKING:  # pragma: no cover
    import argparse


def _usage_error(parser: "argparse.ArgumentParser"):
    def error(message: str):  # argparse would exit 2, which Postfix takes as a permanent failure
        sys.stderr.write(f"bouncefilter: pipe: {' '.join(message.split())} (message deferred; "
                         "fix the command line)\n")
        sys.exit(EX_TEMPFAIL)
    return error


def configure(parser: "argparse.ArgumentParser") -> None:
    parser.add_argument("--config", "-c", metavar="FILE", required=True,
                        help="the YAML configuration (readable by the pipe user)")
    parser.add_argument("--sender", "-f", metavar="S",
                        help="envelope sender (Postfix ${sender}; empty or MAILER-DAEMON = null sender)")
    parser.add_argument("--recipient", "-r", metavar="R",
                        help="envelope recipient (Postfix ${recipient}): the bounce address, for VERP")
    parser.add_argument("envelope", nargs="*", metavar="SENDER RECIPIENT",
                        help="the same as positional arguments, as Postfix passes ${sender} ${recipient}")
    parser.add_argument("--verbose", "-v", action="store_true", help="print one line about what was done")
    parser.error = _usage_error(parser)  # type: ignore[method-assign]

    def exit_(status: int = 0, message: str | None = None):  # after --help: the message was not read
        if message:
            sys.stderr.write(message)
        sys.exit(EX_TEMPFAIL)
    parser.exit = exit_  # type: ignore[method-assign]


_OPTS = {"--config": "config", "-c": "config", "--sender": "sender", "-f": "sender",
         "--recipient": "recipient", "-r": "recipient"}


def parse_fast(argv: list[str]) -> "argparse.Namespace | None":
    """The command line Postfix and Sendmail pass (``--config F [--sender S] [--recipient R]
    [--verbose] [--] SENDER RECIPIENT``), read without argparse: argparse, and the ``shutil`` and
    ``gettext`` it pulls in, cost about 8 ms of every bounce's cold start.  None for anything
    else (``--help``, a typo, a missing value): argparse then reads it, and says what is wrong."""
    ns = {"config": None, "sender": None, "recipient": None, "envelope": [], "verbose": False}
    i, positional = 0, False
    while i < len(argv):
        a = argv[i]
        if positional or not a.startswith("-") or a == "-":
            ns["envelope"].append(a)
        elif a == "--":
            positional = True
        elif a in ("--verbose", "-v"):
            ns["verbose"] = True
        else:
            name, eq, value = a.partition("=")
            key = _OPTS.get(name if name.startswith("--") else a[:2])
            if key is None:
                return None
            if eq and name.startswith("--"):
                ns[key] = value
            elif not name.startswith("--") and len(a) > 2:  # -cFILE
                ns[key] = a[2:]
            elif i + 1 < len(argv):
                i += 1
                ns[key] = argv[i]
            else:
                return None
        i += 1
    if not ns["config"]:
        return None
    from types import SimpleNamespace

    return SimpleNamespace(**ns)  # type: ignore[return-value]


def run(args: "argparse.Namespace") -> int:
    from filter.adapters.pipe import run as pipe_run

    sender, recipient = args.sender, args.recipient
    pos = list(args.envelope or [])
    if pos and sender is None:
        sender = pos.pop(0)
    if pos and recipient is None:
        recipient = pos[0]  # more than one: ${recipient} without *_destination_recipient_limit = 1
    return pipe_run(args.config, sender=sender, recipient=recipient, verbose=args.verbose)
