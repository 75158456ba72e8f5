"""The Postfix/Sendmail pipe adapter: one message on stdin, the engine, a sysexits(3) code.

Postfix's pipe(8) and Sendmail's prog mailer judge a delivery by the command's exit status:

====  ===========================================================================================
 0    taken: the events are recorded durably (new or already known), or the message is
      quarantined (``state_dir/quarantine/``) for a human; also mail that is not a bounce,
      recorded or not as ``not_bounce.record`` says.  Deliveries that failed within the inline
      budget stay in the outbox (``bouncefilter outbox work`` delivers them later).
 75   EX_TEMPFAIL: nothing could be recorded (store locked past ``store.busy_timeout``,
      disk full, unwritable; config unreadable or invalid; input unreadable; any internal
      error).  The MTA keeps the message and tries again (``postqueue -f`` after a fix).
====  ===========================================================================================

No other code, ever: the MTA bounces a message on any other status, and the message here *is*
a bounce (measured with Postfix 3.7's pipe(8): 1, 64 EX_USAGE, 70 EX_SOFTWARE and 78 EX_CONFIG
give ``status=bounced``; 75 and 71 give ``status=deferred``).  A usage error in master.cf is
75 too: the bounces wait in the queue until the command line is fixed.  Failures print one line
on stderr, which Postfix puts in its log (``status=deferred (temporary failure. Command output:
bouncefilter: ...)``); the line starts with ``bouncefilter:``, never with a status code (pipe(8)
would take a leading ``4.x.x``/``5.x.x`` as the delivery status).

Input that is not a mail message at all (empty, no header section, NUL bytes in the header) is
what ``bouncefilter classify`` and ``process`` say it is: ``not_bounce`` (recorded or not as
``not_bounce.record`` says, with why it is not mail among the report's defects), taken (0).  Only
when the core finds a bounce in such input, or raises, is it quarantined whole (a human looks).  A
message larger than ``pipe.max_size`` is quarantined whole too.  Both count as taken: the MTA does
not retry them for days.

Cold start matters (one process per bounce): this module imports the engine (core, store,
rules) and, through :func:`filter.config.load`, YAML; HTTP, SMTP and tenacity are imported only
when an action is delivered inline.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (filter/core/detectors/base.py)
if TYPE_CHECKING:  # pragma: no cover
    from typing import IO

    from filter.config import Config
    from filter.core.model import Report

__all__ = ["EX_OK", "EX_TEMPFAIL", "Unreadable", "checked_classify", "null_sender", "pipe_classify", "run",
           "unreadable"]

EX_OK = 0
EX_TEMPFAIL = 75

_CHUNK = 1 << 20
_FIELD = re.compile(rb"[!-9;-~]+[ \t]*:")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


class Unreadable(Exception):
    """The input is not a mail message (or is too large to read): it is quarantined whole."""


def unreadable(raw: bytes) -> str | None:
    """Why ``raw`` is not a mail message at all, or None when it is one (however broken)."""
    if not raw.strip():
        return "empty input"
    data = raw
    if data.startswith(b"From "):  # an mbox separator line (Sendmail's prog mailer, flag U)
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    if not _FIELD.match(data):
        return "no header section: the input does not start with a header field"
    m = _HEADER_END.search(data)
    if b"\0" in (data[:m.start()] if m else data):
        return "NUL bytes in the header section"
    return None


def null_sender(sender: str | None) -> str | None:
    """The envelope sender as the core wants it: ``''`` for the null sender in any spelling."""
    if sender is None:
        return None
    s = sender.strip()
    if s in ("", "<>") or s.upper() == "MAILER-DAEMON":  # pipe(8) without null_sender=
        return ""
    return s[1:-1] if s.startswith("<") and s.endswith(">") else s


def checked_classify(raw: bytes, **kw) -> Report:
    """:func:`filter.classify`, refusing what is not a message (the engine then quarantines it)."""
    why = unreadable(raw)
    if why:
        raise Unreadable(why)
    from filter import classify

    return classify(raw, **kw)


def pipe_classify(raw: bytes, **kw) -> Report:
    """:func:`filter.classify` as the pipe uses it: the same answer as ``bouncefilter classify``.

    Input that is not a mail message (see :func:`unreadable`) is ``not_bounce`` when the core
    says so, with the reason among its defects, and :class:`Unreadable` (quarantined whole by
    the engine) only when the core claims to find a bounce in it: something to look at."""
    from filter import classify

    report = classify(raw, **kw)
    why = unreadable(raw)
    if why:
        from filter.core.model import NOT_BOUNCE

        if report.kind != NOT_BOUNCE:
            raise Unreadable(f"{why}; yet read as {report.kind}")
        report.defects.append(f"not a mail message: {why}")
    return report


def _say(stderr: IO[str], message: str) -> None:
    line = " ".join(str(message).split())  # one line, whatever the exception text holds
    try:
        stderr.write(f"bouncefilter: {line}\n")
        stderr.flush()
    except (OSError, ValueError):  # the MTA closed our stderr: the exit code still speaks
        pass


def _read(stdin: IO[bytes], limit: int) -> bytes:
    """At most ``limit + 1`` bytes: one more than allowed says there is more."""
    parts, size = [], 0
    while size <= limit:
        chunk = stdin.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


class TooLarge(Exception):
    """The message is larger than ``pipe.max_spill``: deferred (75), nothing kept, nothing cut."""


def _spill(config: Config, head: bytes, stdin: IO[bytes]) -> tuple[Path, int]:
    """Write the whole oversized message (head + the rest of stdin) under quarantine/, fsynced:
    a new ``0600`` file under an unguessable name (``O_EXCL|O_NOFOLLOW``) in the private quarantine
    folder.  More than ``pipe.max_spill`` bytes: :class:`TooLarge` (the file is removed)."""
    from filter.fsutil import create_new

    cap = max(config.pipe.max_spill, len(head))
    qdir = config.quarantine_dir  # made 0700, refused when another user could write into it
    fd, path = create_new(qdir, ".incoming-", ".eml")
    try:
        with open(fd, "wb", closefd=True) as f:
            f.write(head)
            size = len(head)
            while True:
                chunk = stdin.read(min(_CHUNK, cap + 1 - size))
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:
                    raise TooLarge(f"larger than pipe.max_spill ({cap} bytes): not kept (message deferred; "
                                   "raise pipe.max_spill or the MTA's message_size_limit decides)")
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        path.unlink(missing_ok=True)  # a full disk, too large: nothing half-written stays behind
        raise
    return path, size


def run(config_path: str, *, sender: str | None = None, recipient: str | None = None,
        stdin: IO[bytes] | None = None, stderr: IO[str] | None = None, verbose: bool = False) -> int:
    """Take one message from ``stdin``; return 0 or 75 (never anything else, never raise)."""
    stderr = sys.stderr if stderr is None else stderr
    try:
        return _run(config_path, sender, recipient, sys.stdin.buffer if stdin is None else stdin, stderr,
                    verbose)
    except BaseException as e:  # noqa: BLE001 - a bug, MemoryError, ^C: defer, never bounce a bounce
        if isinstance(e, SystemExit) and e.code in (EX_OK, EX_TEMPFAIL):
            return int(e.code)
        if os.environ.get("BOUNCEFILTER_DEBUG"):
            import traceback

            traceback.print_exc(file=stderr)
        _say(stderr, f"internal error: {type(e).__name__}: {e} (message deferred; "
                     "set BOUNCEFILTER_DEBUG=1 for the traceback)")
        return EX_TEMPFAIL


def _run(config_path: str, sender: str | None, recipient: str | None, stdin: IO[bytes], stderr: IO[str],
         verbose: bool) -> int:
    from filter.config import ConfigError
    from filter.config.cache import load  # the validated config without YAML while the file is unchanged

    try:
        config = load(config_path)
    except ConfigError as e:
        more = f" (and {len(e.errors) - 1} more problem(s); run bouncefilter check-config)" \
            if len(e.errors) > 1 else ""
        _say(stderr, f"{e.errors[0]}{more} (message deferred)")
        return EX_TEMPFAIL

    from filter.engine import Engine, StoreUnavailable
    from filter.core.model import Envelope

    limit = config.pipe.max_size
    try:
        raw = _read(stdin, limit)
    except OSError as e:
        _say(stderr, f"cannot read the message on stdin: {e.strerror or e} (message deferred)")
        return EX_TEMPFAIL

    spilled: Path | None = None
    classify = pipe_classify
    try:
        if len(raw) > limit:
            spilled, size = _spill(config, raw, stdin)
            raw = raw[:limit]

            def classify(_raw: bytes, **kw) -> Report:
                raise Unreadable(f"larger than pipe.max_size ({limit} bytes): {size} bytes; kept whole")
    except TooLarge as e:
        _say(stderr, str(e))
        return EX_TEMPFAIL
    except (OSError, StoreUnavailable) as e:
        _say(stderr, f"cannot keep an oversized message in {config.state_dir / 'quarantine'}: "
                     f"{getattr(e, 'strerror', None) or e} (message deferred)")
        return EX_TEMPFAIL

    envelope = Envelope(null_sender(sender), recipient or None)
    engine = Engine(config, classify=classify)
    try:
        try:
            outcome = engine.process(raw, source="pipe", envelope=envelope)
        except StoreUnavailable as e:
            _say(stderr, f"{e} (message deferred: the MTA retries)")
            return EX_TEMPFAIL
        if spilled is not None and outcome.quarantined is not None:
            from filter.fsutil import fsync_dir

            os.replace(spilled, outcome.quarantined)  # the whole message, not the head
            spilled = None
            fsync_dir(outcome.quarantined.parent)
    finally:
        engine.close()
        if spilled is not None:
            try:
                spilled.unlink()
            except OSError:
                pass
    if verbose:
        r = outcome.report
        what = f"quarantined in {outcome.quarantined}" if outcome.quarantined else \
            f"{r.kind if r else '?'}: {outcome.new} new event(s) of {len(outcome.events)}"
        _say(stderr, f"{what}; deliveries: {outcome.enqueued} enqueued, {outcome.delivered} delivered, "
                     f"{outcome.pending} pending")
    return EX_OK
