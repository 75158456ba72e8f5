"""The ``bouncefilter`` command: a table of subcommands, each imported only when it runs.

A subcommand is a module in ``filter/commands/`` with two functions:

    def configure(parser: argparse.ArgumentParser) -> None   # add its arguments
    def run(args: argparse.Namespace) -> int                 # do the work, return the exit code

Only the module of the subcommand being run is imported, so ``bouncefilter pipe`` pays for the
pipe and nothing else (the pipe starts once per bounce).
"""
from __future__ import annotations

import sys

#: name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "classify": ("filter.commands.classify", "classify messages and print one JSON line (or a table row) each"),
    "process": ("filter.commands.process", "run the whole engine (classify, record, rules, actions) over files"),
    "check-config": ("filter.commands.check_config", "validate a config file and print it with secrets masked"),
    "events": ("filter.commands.events", "print stored events as JSON lines or a table"),
    "suppression": ("filter.commands.suppression", "list, check, add, remove, export or import suppressed addresses"),
    "outbox": ("filter.commands.outbox", "list, retry or flush pending action deliveries; run the worker"),
    "stats": ("filter.commands.stats", "a summary of a period: bounces by kind/class/reason, domains, candidates"),
    "prune": ("filter.commands.prune", "delete what retention: no longer keeps (old events, finished deliveries)"),
    "store": ("filter.commands.store", "migrate the store's schema, or copy a store into another (SQLite -> PostgreSQL)"),
    "pipe": ("filter.commands.pipe", "read one message on stdin as a Postfix/Sendmail pipe (sysexits codes)"),
    "milter": ("filter.commands.milter", "run the milter (pymilter) that sees bounces as they arrive"),
    "lmtp": ("filter.commands.lmtp", "run the LMTP service (RFC 2033) Postfix delivers bounces to"),
    "pop3bridge": ("filter.commands.pop3bridge", "drain POP3 bounce mailboxes into the engine"),
    "imapbridge": ("filter.commands.imapbridge", "watch IMAP bounce folders (IDLE or polling) and drain them into the engine"),
    "verp": ("filter.commands.verp", "sign or check return paths (signed VERP, BATV), message ids, tokens"),
    "reconfirm": ("filter.commands.reconfirm", "re-confirmation mails before a removal for good, and their links"),
    "verify": ("filter.commands.verify", "verify addresses before they enter a list: deliverable, risky, ..."),
    "ingest": ("filter.commands.ingest", "receive ESP notifications (SES/SNS, SendGrid, Postmark, Mailgun) over HTTP"),
    "web": ("filter.commands.web", "run the web console, the HTTP API (/api/v1) and /metrics"),
    "report": ("filter.commands.report", "write the overview, domains and campaigns as one HTML (or JSON) file"),
    "fake-mx": ("filter.commands.fake_mx", "a fake remote MX on 127.0.0.1 answering per recipient rule, for testing"),
}

from filter.commands import EX_TEMPFAIL, EX_USAGE


def _usage() -> str:
    width = max(len(n) for n in COMMANDS)
    lines = ["usage: bouncefilter COMMAND [ARGS ...]", "", "commands:"]
    lines += [f"  {name:<{width}}  {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "Run 'bouncefilter COMMAND --help' for the arguments of one command."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(_usage(), file=sys.stdout if argv else sys.stderr)
        return 0 if argv else EX_USAGE
    if argv[0] == "--version":
        from importlib.metadata import version

        print(f"bouncefilter {version('bouncefilter')}")
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        import difflib

        if name.startswith("-"):  # an option before the command (`bouncefilter --config X pipe`)
            named = next((a for a in rest if a in COMMANDS), None)
            hint = f"; the command comes first: 'bouncefilter {named} {name} ...'" if named else \
                "; the command comes first, then its options"
        else:
            close = difflib.get_close_matches(name, COMMANDS, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
        print(f"bouncefilter: unknown command {name!r}{hint}\n\n{_usage()}", file=sys.stderr)
        # a misplaced `pipe` (`bouncefilter --config X pipe`) runs under an MTA, which bounces
        # the bounce on any status but 0 and 75 (EX_TEMPFAIL: it keeps the message)
        return EX_TEMPFAIL if "pipe" in argv else EX_USAGE
    import importlib

    module = importlib.import_module(COMMANDS[name][0])
    fast = getattr(module, "parse_fast", None)  # the pipe (one process per bounce): no argparse
    args = fast(rest) if fast is not None else None
    if args is None:
        import argparse

        parser = argparse.ArgumentParser(prog=f"bouncefilter {name}", description=COMMANDS[name][1],
                                         formatter_class=_help_formatter)
        module.configure(parser)
        args = parser.parse_args(rest)  # exits 2 on a usage error, as argparse does
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `bouncefilter classify ... | head`: the reader has seen enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0


def _help_formatter(prog: str):
    """argparse's help formatter, given the terminal's width: left to ask it itself, argparse imports
    ``shutil`` (and with it ``bz2`` and ``lzma``, 2 ms) for every command line it parses, help or not.
    The width is found as ``shutil.get_terminal_size`` finds it: $COLUMNS, the terminal, else 80."""
    import argparse
    import os

    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return argparse.HelpFormatter(prog, width=(columns or 80) - 2)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
