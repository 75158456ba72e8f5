"""``bouncefilter pipe --config FILE [--sender S] [--recipient R] [SENDER RECIPIENT]``.

One message on stdin, as a Postfix pipe(8) service or a Sendmail prog mailer / alias:

    # master.cf (see conf/postfix-master.cf)
    bouncefilter unix - n n - - pipe
      flags=Rq null_sender= user=bouncefilter argv=/opt/bouncefilter/bin/bouncefilter pipe
      --config /etc/bouncefilter/bouncefilter.yaml -- ${sender} ${recipient}

The envelope (``--sender``/``--recipient``, or the two positional arguments Postfix passes) is
used to decode VERP.  Exit 0 when the message is taken, 75 (EX_TEMPFAIL) when it could not be
recorded; never another code (see :mod:`filter.pipe`), a usage error included.
"""
from __future__ import annotations

import argparse
import sys

from . import EX_TEMPFAIL


def _usage_error(parser: argparse.ArgumentParser):
    def error(message: str):  # argparse would exit 2, which Postfix takes as a permanent failure
        sys.stderr.write(f"bouncefilter: pipe: {' '.join(message.split())} (message deferred; "
                         "fix the command line)\n")
        sys.exit(EX_TEMPFAIL)
    return error


def configure(parser: argparse.ArgumentParser) -> None:
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


def run(args: argparse.Namespace) -> int:
    from ..pipe import run as pipe_run

    sender, recipient = args.sender, args.recipient
    pos = list(args.envelope or [])
    if pos and sender is None:
        sender = pos.pop(0)
    if pos and recipient is None:
        recipient = pos[0]  # more than one: ${recipient} without *_destination_recipient_limit = 1
    return pipe_run(args.config, sender=sender, recipient=recipient, verbose=args.verbose)
