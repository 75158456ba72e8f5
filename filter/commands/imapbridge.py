"""``bouncefilter imapbridge --config FILE [--once]``: drain the IMAP folders of ``imap.accounts``.

Without ``--once`` it drains every account, then waits for new mail in IDLE (RFC 2177) where the
account says ``idle: true`` and the server offers it, else polls every ``imap.poll_interval``
(plus up to ``imap.poll_jitter``), backing off after failed rounds, until SIGTERM or SIGINT: the
current group of messages is finished (recorded, then moved), LOGOUT, exit 0.  With ``--once`` it
drains every account once and exits: 0 when all of them were drained, 1 when any failed (one line
on stderr per failure, naming the account and the server's answer).  78: invalid config.

SIGHUP (without ``--once``): the current group is finished, the config is read again and the
accounts are watched with it; an invalid config is refused (logged) and the old one goes on.

Output as ``pop3bridge``'s (the same log lines, from the same drain): on a terminal one progress
line; otherwise quiet JSON lines on stderr, one per round that did something, one per failure.
In them ``deleted`` counts the messages taken out of the folder (moved or deleted) or flagged.
"""
from __future__ import annotations

import argparse

from filter.commands import _mailbox, guarded


def configure(parser: argparse.ArgumentParser) -> None:
    _mailbox.configure(parser, "imap")


@guarded
def run(args: argparse.Namespace) -> int:
    from imapbridge.bridge import ImapBridge, Progress

    # the drain's lines come from the POP3 bridge's logger (the same drain); the IMAP ones from ours
    return _mailbox.run(args, section="imap", program="imapbridge", docs="docs/imap.md",
                        loggers=("bouncefilter.pop3bridge", "bouncefilter.imapbridge"), make_bridge=ImapBridge,
                        progress_class=Progress, watching="watching")
