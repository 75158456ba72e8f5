"""``bouncefilter fake-mx``: the testing kit's fake MX on the command line.

For people testing a non-Python application or a staging MTA by hand: an SMTP server on
127.0.0.1 that answers each recipient by the first rule that matches it, and prints every
transaction (who connected, MAIL FROM, each recipient with its reply, the data's size and the
final reply)::

    bouncefilter fake-mx --port 2525 --reject '*@gone.example' '550 5.1.1 User unknown' \\
        --greylist '*@slow.example' --reject-data 'big@*' '552 5.3.4 Message too big'
    bouncefilter fake-mx --rules rules.yaml --keep ./accepted --json

The rules file (YAML)::

    port: 2525                     # optional (the flag wins); 0 = any free port
    hostname: mx.fake.test         # the name in the greeting
    rules:                         # the first that matches a recipient decides
      - {match: "*@gone.example", reply: "550 5.1.1 User unknown"}
      - {match: "big@*", reply: "552 5.3.4 Message too big", at: DATA}
      - {match: "*@slow.example", greylist: 1}     # 451 4.7.1 for the first try of each pair
      - {match: "keep@gone.example", accept: true}

Patterns are shell-style (``*``, ``?``) on the whole address, case-insensitive.  Anything no rule
matches is accepted.  The server listens on 127.0.0.1 only (test traffic stays on loopback).  It
stops cleanly on SIGTERM or Ctrl-C (exit 0); a bad rule or an unusable port is one line on stderr
(exit 2 for bad flags, 78 for a bad rules file, 1 when the port cannot be had).
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filter.commands import EX_CONFIG, EX_FAIL, EX_USAGE, CommandError, fail, guarded

#: the keys a rule of the YAML file may have
_RULE_KEYS = frozenset({"match", "reply", "at", "greylist", "accept"})


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """One rule as the user wrote it (a flag or a YAML item), in priority order."""

    pattern: str
    kind: str                  # reject | greylist | accept
    reply: str | None = None
    at: str = "RCPT"
    tries: int = 1


class _Ordered(argparse.Action):
    """Collects --reject / --reject-data / --greylist / --accept into one list, in command-line order."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        rules = list(getattr(namespace, "rule_flags", None) or [])
        values = [values] if isinstance(values, str) else list(values)
        rules.append((self.const, values))
        namespace.rule_flags = rules


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=None, metavar="N",
                        help="the port on 127.0.0.1 (default 2525; 0 = any free port, printed on stderr)")
    parser.add_argument("--hostname", default=None, metavar="NAME", help="the name in the greeting (mx.fake.test)")
    parser.add_argument("--reject", nargs=2, action=_Ordered, const="reject", metavar=("PATTERN", "REPLY"),
                        help="answer REPLY (e.g. '550 5.1.1 User unknown') to RCPT TO for matching recipients")
    parser.add_argument("--reject-data", nargs=2, action=_Ordered, const="reject-data", metavar=("PATTERN", "REPLY"),
                        help="accept the recipient, then answer REPLY after the message data")
    parser.add_argument("--greylist", action=_Ordered, const="greylist", metavar="PATTERN",
                        help="451 4.7.1 for the first attempt of each (sender, recipient) pair, then accept")
    parser.add_argument("--accept", action=_Ordered, const="accept", metavar="PATTERN",
                        help="accept and keep (an exception to a later, wider rule)")
    parser.add_argument("--rules", metavar="FILE", help="a YAML file of rules (after the flags' rules)")
    parser.add_argument("--keep", metavar="DIR", help="write each accepted message to DIR/<n>.eml")
    parser.add_argument("--json", action="store_true", help="print each transaction as one JSON line")
    parser.set_defaults(rule_flags=[])


def _flag_rules(flags: list[tuple[str, list[str]]]) -> list[RuleSpec]:
    out = []
    for kind, values in flags:
        if kind in ("reject", "reject-data"):
            out.append(RuleSpec(values[0], "reject", values[1], "DATA" if kind == "reject-data" else "RCPT"))
        else:
            out.append(RuleSpec(values[0], kind))
    return out


def load_rules_file(path: str) -> tuple[list[RuleSpec], dict[str, Any]]:
    """The rules and settings of a YAML rules file; CommandError (exit 78) naming what is wrong."""
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        fail(f"{path}: cannot read the rules file: {e.strerror or e}", EX_CONFIG)
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        fail(f"{path}: not YAML: {str(e).splitlines()[0]}", EX_CONFIG)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        fail(f"{path}: expected a mapping with 'rules:' (and optionally 'port:', 'hostname:')", EX_CONFIG)
    unknown = set(data) - {"rules", "port", "hostname"}
    if unknown:
        fail(f"{path}: unknown key(s) {', '.join(sorted(map(str, unknown)))} (rules, port, hostname)", EX_CONFIG)
    settings: dict[str, Any] = {}
    if "port" in data:
        if not isinstance(data["port"], int) or isinstance(data["port"], bool) or not 0 <= data["port"] <= 65535:
            fail(f"{path}: port: a number from 0 to 65535", EX_CONFIG)
        settings["port"] = data["port"]
    if "hostname" in data:
        if not isinstance(data["hostname"], str) or not data["hostname"] or " " in data["hostname"]:
            fail(f"{path}: hostname: one host name", EX_CONFIG)
        settings["hostname"] = data["hostname"]
    items = data.get("rules") or []
    if not isinstance(items, list):
        fail(f"{path}: rules: a list of {{match: PATTERN, reply: '550 ...'}} items", EX_CONFIG)
    rules = []
    for n, item in enumerate(items, 1):
        where = f"{path}: rules item {n}"
        if not isinstance(item, dict) or not isinstance(item.get("match"), str):
            fail(f"{where}: needs match: PATTERN", EX_CONFIG)
        extra = set(item) - _RULE_KEYS
        if extra:
            fail(f"{where}: unknown key(s) {', '.join(sorted(map(str, extra)))} "
                 f"({', '.join(sorted(_RULE_KEYS))})", EX_CONFIG)
        chosen = [k for k in ("reply", "greylist", "accept") if k in item]
        if len(chosen) != 1:
            fail(f"{where}: give exactly one of reply, greylist, accept", EX_CONFIG)
        at = str(item.get("at", "RCPT")).upper()
        if at not in ("RCPT", "DATA"):
            fail(f"{where}: at: RCPT or DATA", EX_CONFIG)
        if "reply" in item:
            if not isinstance(item["reply"], str):
                fail(f"{where}: reply: a reply line such as '550 5.1.1 User unknown'", EX_CONFIG)
            rules.append(RuleSpec(item["match"], "reject", item["reply"], at))
        elif "greylist" in item:
            tries = item["greylist"]
            tries = 1 if tries is True else tries
            if not isinstance(tries, int) or isinstance(tries, bool) or tries < 1:
                fail(f"{where}: greylist: true or the number of attempts to refuse (at least 1)", EX_CONFIG)
            rules.append(RuleSpec(item["match"], "greylist", tries=tries))
        else:
            if item["accept"] is not True:
                fail(f"{where}: accept: true", EX_CONFIG)
            rules.append(RuleSpec(item["match"], "accept"))
    return rules, settings


def build(rules: list[RuleSpec], *, port: int, hostname: str) -> Any:
    """A FakeMX with ``rules`` (the first of the list is consulted first); ValueError on a bad rule."""
    from filter.testing.fake_mx import FakeMX

    mx = FakeMX(server_hostname=hostname, port=port or None)
    for spec in reversed(rules):  # the FakeMX consults its most recent rule first
        try:
            if spec.kind == "reject":
                mx.add_rule(spec.pattern, spec.reply or "", at=spec.at)
            elif spec.kind == "greylist":
                mx.greylist(spec.pattern, tries=spec.tries)
            else:
                mx.accept(spec.pattern)
        except ValueError as e:
            raise ValueError(f"rule for {spec.pattern!r}: {e}") from None
    return mx


def _as_json(tx: Any) -> str:
    return json.dumps({"peer": tx.peer, "helo": tx.helo, "mail_from": tx.mail_from, "accepted": tx.accepted,
                       "rejected": [{"stage": r.stage, "address": r.address, "reply": r.reply} for r in tx.rejected],
                       "size": None if tx.data is None else len(tx.data), "reply": tx.reply,
                       "delivered": tx.delivered, "at": round(tx.started, 3)}, ensure_ascii=False)


@guarded
def run(args: argparse.Namespace) -> int:
    rules = _flag_rules(args.rule_flags)
    settings: dict[str, Any] = {}
    if args.rules:
        more, settings = load_rules_file(args.rules)
        rules += more
    port = args.port if args.port is not None else settings.get("port", 2525)
    if not 0 <= port <= 65535:
        fail("--port: a number from 0 to 65535", EX_USAGE)
    keep = Path(args.keep) if args.keep else None
    if keep is not None:
        try:
            keep.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            fail(f"--keep {keep}: {e.strerror or e}")
    try:
        mx = build(rules, port=port, hostname=args.hostname or settings.get("hostname", "mx.fake.test"))
    except ValueError as e:
        fail(str(e), EX_USAGE if not args.rules else EX_CONFIG)

    lock = threading.Lock()
    kept = [0]

    def show(tx: Any) -> None:
        with lock:
            if keep is not None and tx.delivered and tx.data is not None:
                kept[0] += 1
                try:
                    (keep / f"{kept[0]:06d}.eml").write_bytes(tx.data)
                except OSError as e:  # the server goes on; the user hears of it
                    print(f"bouncefilter fake-mx: cannot keep message {kept[0]}: {e.strerror or e}",
                          file=sys.stderr, flush=True)
            print(_as_json(tx) if args.json else tx.describe(), flush=True)

    mx.on_transaction = show
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        try:
            mx.start()
        except RuntimeError as e:
            raise CommandError(str(e), EX_FAIL) from None
        print(f"bouncefilter fake-mx: listening on {mx.host}:{mx.port} (Postfix nexthop {mx.nexthop}), "
              f"{len(rules)} rule(s); Ctrl-C or SIGTERM stops it", file=sys.stderr, flush=True)
        try:
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
    finally:
        mx.stop()
        signal.signal(signal.SIGTERM, previous)
    print(f"bouncefilter fake-mx: stopped after {len(mx.transactions)} transaction(s), "
          f"{len(mx.messages)} message(s) accepted", file=sys.stderr, flush=True)
    return 0
