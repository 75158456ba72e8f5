"""``bouncefilter verp sign|check|message-id|token``: signed return paths for applications.

An application that sends mail asks for the return path of each message (or imports
:func:`filter.trust.verp.sign`)::

    $ bouncefilter verp sign jane@example.org --config /etc/bouncefilter.yaml
    bounces+jane=example.org=s0xxxxxxxxxxxx@example.com

``sign`` prints the address alone on stdout (exit 0); ``check`` exits 0 when an address carries a
valid tag (and says for whom on stdout), 1 when not (and why on stderr).  The key comes from
``trust.secret`` / ``trust.keys`` of the config; without one the exit is 78 (EX_CONFIG).
An address too long for a local part is signed in its hashed form, remembered in the store so
that the engine can read it back.  ``message-id`` and ``token`` print the other two carriers of
evidence (a Message-ID for the mail, a value for the ``trust.header`` header).
"""
from __future__ import annotations

import argparse
import sys
import time

from filter.commands import EX_CONFIG, EX_FAIL, add_config_argument, fail, guarded, load_config


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="what", required=True, metavar="sign|check|message-id|token")
    p = sub.add_parser("sign", help="print the signed return path for a recipient")
    p.add_argument("recipient", metavar="RECIPIENT")
    p.add_argument("--bounce-address", metavar="ADDRESS",
                   help="the bounce address to build on (default: trust.bounce_address)")
    add_config_argument(p)
    p = sub.add_parser("check", help="exit 0 when ADDRESS carries a valid signature, 1 when not")
    p.add_argument("address", metavar="ADDRESS")
    add_config_argument(p)
    p = sub.add_parser("message-id", help="print a signed Message-ID (bound to --recipient when given)")
    p.add_argument("--domain", required=True, help="the domain part of the Message-ID")
    p.add_argument("--recipient", metavar="ADDRESS", help="bind the Message-ID to this recipient")
    add_config_argument(p)
    p = sub.add_parser("token", help="print the value of the trust.header header for a recipient")
    p.add_argument("recipient", metavar="RECIPIENT")
    add_config_argument(p)


def _store_engine(config):
    """The engine whose store remembers hashed return paths.  Root creating the store in the
    service account's ``state_dir`` hands the new files to that account: a root-owned store
    would lock out the pipe."""
    import os

    from filter.engine import Engine

    db = config.state_dir / "bouncefilter.db"
    existed = db.exists()
    engine = Engine(config)
    engine.store  # opens (and creates) it
    if not existed and os.geteuid() == 0:
        st = config.state_dir.stat()
        if st.st_uid != 0:
            for f in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                if f.exists():
                    os.chown(f, st.st_uid, st.st_gid)
    return engine


def _keys(config, path: str):
    if not config.trust.keys:
        fail(f"{path}: trust: no key to sign with: set trust.secret (or trust.secret_file, or trust.keys)",
             EX_CONFIG)
    return config.trust.verp_keys()


@guarded
def run(args: argparse.Namespace) -> int:
    from filter.trust import verp

    config = load_config(args.config)
    keys = _keys(config, args.config)
    if args.what == "check":
        engine = None
        try:
            def resolve(digest: str) -> str | None:
                nonlocal engine
                if engine is None:
                    engine = _store_engine(config)
                return engine.store.verp_address(digest)

            if verp.is_batv(args.address):
                batv = config.trust.batv
                chk = verp.batv_check(args.address, keys=keys,
                                      **({"validity": batv.validity} if batv is not None else {}))
            else:
                chk = verp.check(args.address, keys=keys, patterns=config.verp, max_age=config.trust.max_age,
                                 resolve=resolve)
        finally:
            if engine is not None:
                engine.close()
        if not chk.valid:
            print(f"bouncefilter: {args.address}: not valid: {chk.why}", file=sys.stderr)
            return EX_FAIL
        when = time.strftime("%Y-%m-%d", time.gmtime(chk.day * 86400)) if chk.day is not None else "?"
        print(f"valid: {chk.recipient} (key {chk.key_id}, day {when})")
        return 0
    try:
        if args.what == "sign":
            remembered: list[tuple[str, str]] = []
            address = verp.sign(args.recipient, keys=keys, pattern=config.verp[0],
                                bounce_address=args.bounce_address or config.trust.bounce_address,
                                remember=lambda d, a: remembered.append((d, a)))
            if remembered:  # the hashed form: the store must know the address before the bounce comes
                with _store_engine(config) as engine:
                    for d, a in remembered:
                        engine.store.verp_remember(d, a)
            print(address)
        elif args.what == "message-id":
            print(verp.message_id(args.domain, keys=keys, recipient=args.recipient))
        else:
            print(verp.token(args.recipient, keys=keys))
    except verp.VerpError as e:
        fail(str(e), EX_FAIL)
    return 0
