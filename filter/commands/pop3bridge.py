"""``bouncefilter pop3bridge --config FILE [--once]``: drain the POP3 mailboxes of ``pop3.accounts``.

Without ``--once`` it polls every account each ``pop3.poll_interval`` (plus up to
``pop3.poll_jitter``), backing off after failed rounds, until SIGTERM or SIGINT: the current
message is finished (recorded and deleted), ``QUIT`` commits, exit 0.  With ``--once`` it drains
every account once and exits: 0 when all of them were drained, 1 when any failed (each failure is
one line on stderr naming the account and the server's answer).  78: invalid config.  SIGHUP
(without ``--once``): the current message is finished, the config is read again and the accounts
are polled with it; an invalid config is refused (logged) and the old one goes on.

Output: on a terminal, one progress line (messages done / total per account, counts by class);
otherwise quiet JSON lines on stderr: one per round that did something, one per failure.
Deliveries that fail inline stay in the outbox for ``bouncefilter outbox work``.
"""
from __future__ import annotations

import argparse

from filter.commands import _mailbox, guarded


def configure(parser: argparse.ArgumentParser) -> None:
    _mailbox.configure(parser, "pop3")


@guarded
def run(args: argparse.Namespace) -> int:
    from pop3bridge.bridge import Bridge, Progress

    return _mailbox.run(args, section="pop3", program="pop3bridge", docs="docs/config.md",
                        loggers=("bouncefilter.pop3bridge",), make_bridge=Bridge, progress_class=Progress,
                        watching="polling")
