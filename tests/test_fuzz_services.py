"""A bounded, seeded fuzz of the milter callbacks and the POP3 client's reader (issue 10,
acceptance: 0 crashes, no input over 1 s).  The same fuzz over ``classify`` is tests/test_fuzz.py;
its seeds (``examples/bounces``, the shared corpus when it is at ``../shared/corpus``, the
regression inputs of test_hardening_core) and its mutations are used here too.

* **Milter** (filter/adapters/milter_app.py): each case is a random sequence of the callbacks libmilter
  makes (``envfrom``/``envrcpt``/``header`` through pymilter's bytes entry points, ``data``,
  ``eoh``, ``body``, ``eom``, ``abort``, ``close``), one to three messages per connection, with
  steps dropped, repeated, swapped or cut short, hostile envelope and header values (NUL, CR, LF,
  non-UTF-8, huge, VERP look-alikes, our own ``X-Bouncefilter-*`` headers) and bodies that are
  mutated seeds in random chunks, against a real app (real engine and store in a temporary
  ``state_dir``; two configurations: the defaults, and the smallest ``max_size`` with
  ``discard``).  No exception may leave a callback, every answer is a milter code, no internal
  error may be swallowed by the fail-open path (the log says "internal error") and the
  classifier may raise nothing but ``Unreadable`` (the engine would quarantine the message).
* **POP3 client** (pop3bridge/client.py): one fake server on 127.0.0.1 (a thread per
  connection) answers each command of a case from a seeded generator: garbage, empty and
  over-long status lines, NUL, bare CR or LF, no line end, pipelined extra replies, listings with
  broken, over-long and early-terminated lines, messages (mutated seeds) with right, wrong or no
  dot-stuffing, a missing, bare or malformed final ``.``, a close at a random byte, a server that
  stops answering.  The client (short timeouts; sometimes a session deadline, a stop request,
  small ``max_response``/``max_messages``/``limit``) connects and runs a random sequence of
  USER/PASS, UIDL, LIST, RETR, TOP, DELE, NOOP, STAT, QUIT: it may raise only :class:`Pop3Error`
  (its documented errors), never an ``IndexError``/``ValueError``/``UnicodeDecodeError`` of its
  parsing, and what it returns must respect the bounds it was given.

Every case must take under a second.  Timing is measured with care against a busy CI machine:
the CPU time of the whole process (``time.process_time``, the recorder thread included) must be
under a second, and a case whose wall time is over a second is run again and counts as slow only
when it is slow twice.

Deterministic: the cases come from ``random.Random(seed)``.  Bounded: at most
``BOUNCEFILTER_FUZZ_MILTER_CASES`` (default 800) / ``BOUNCEFILTER_FUZZ_POP3_CASES`` (default
1200) cases, cut at ``BOUNCEFILTER_FUZZ_MILTER_BUDGET`` (default 10) / ``..._POP3_BUDGET``
(default 15) seconds, the rest skipped.  The seed is ``BOUNCEFILTER_FUZZ_SEED`` as for
test_fuzz.py.  To widen it locally::

    BOUNCEFILTER_FUZZ_SEED=7 BOUNCEFILTER_FUZZ_MILTER_BUDGET=300 BOUNCEFILTER_FUZZ_MILTER_CASES=100000 \\
        BOUNCEFILTER_FUZZ_POP3_BUDGET=300 BOUNCEFILTER_FUZZ_POP3_CASES=100000 pytest tests/test_fuzz_services.py
"""
from __future__ import annotations

import email.parser
import email.policy
import logging
import os
import queue
import random
import socket
import socketserver
import threading
import time
from collections.abc import Callable

import pytest

from test_fuzz import NASTY, _mutate, _seeds

from pop3bridge.client import Pop3Client, Pop3Error

SEED = int(os.environ.get("BOUNCEFILTER_FUZZ_SEED", "20261201"))
MILTER_CASES = int(os.environ.get("BOUNCEFILTER_FUZZ_MILTER_CASES", "800"))
MILTER_BUDGET = float(os.environ.get("BOUNCEFILTER_FUZZ_MILTER_BUDGET", "10"))
POP3_CASES = int(os.environ.get("BOUNCEFILTER_FUZZ_POP3_CASES", "1200"))
POP3_BUDGET = float(os.environ.get("BOUNCEFILTER_FUZZ_POP3_BUDGET", "15"))
PER_INPUT = 1.0      # seconds, the bound
MAX_MESSAGE = 200_000  # bytes of one fuzzed message here (the large sizes: test_hardening_*)


def _message(rnd: random.Random, seeds: list[bytes]) -> bytes:
    data = rnd.choice(seeds)
    if rnd.random() < 0.8:
        data = _mutate(rnd, data, seeds)
    return data[:MAX_MESSAGE]


def _nasty(rnd: random.Random) -> bytes:
    return rnd.choice(NASTY) * rnd.choice((1, 1, 2, 40))


def _junk(rnd: random.Random, n: int | None = None) -> bytes:
    return bytes(rnd.randrange(256) for _ in range(n if n is not None else rnd.randint(0, 40)))


def _timed(run: Callable[[], list[str]]) -> tuple[list[str], float, float]:
    """(findings, wall seconds, process CPU seconds) of one run of a case."""
    wall, cpu = time.perf_counter(), time.process_time()
    found = run()
    return found, time.perf_counter() - wall, time.process_time() - cpu


def _fuzz(name: str, cases: int, budget: float, make_case: Callable[[random.Random, int], Callable[[], list[str]]]):
    """Run up to ``cases`` cases within ``budget`` seconds; assert no finding and none slow."""
    rnd = random.Random(SEED)
    failures: list[str] = []
    slow: list[str] = []
    started = time.perf_counter()
    done = 0
    for case in range(cases):
        if time.perf_counter() - started > budget:
            break
        run = make_case(rnd, case)
        found, wall, cpu = _timed(run)
        done += 1
        failures += [f"case {case} (seed {SEED}): {f}" for f in found]
        if cpu > PER_INPUT:
            slow.append(f"case {case} (seed {SEED}): {cpu:.2f} s of CPU ({wall:.2f} s)")
        elif wall > PER_INPUT:  # the machine may have been busy: slow only if slow again
            _, wall2, cpu2 = _timed(run)
            if wall2 > PER_INPUT:
                slow.append(f"case {case} (seed {SEED}): {wall:.2f} s then {wall2:.2f} s ({cpu2:.2f} s of CPU)")
    assert not failures, f"{name}: {len(failures)} finding(s):\n" + "\n".join(failures[:20])
    assert not slow, f"{name}: {len(slow)} case(s) over {PER_INPUT} s:\n" + "\n".join(slow[:20])
    if done < cases:
        pytest.skip(f"{name}: time budget reached after {done} of {cases} cases (0 crashes, none slow)")


@pytest.fixture(scope="module")
def seeds() -> list[bytes]:
    found = _seeds()
    assert found
    return found


# =================================================================================================
# the milter
# =================================================================================================
Milter = pytest.importorskip("Milter")

from filter.config import loads  # noqa: E402
from filter.engine import Engine  # noqa: E402
from filter.adapters.milter_app import BounceMilter, MilterApp  # noqa: E402
from milterctx import Ctx  # noqa: E402
from filter.adapters.pipe import Unreadable, checked_classify  # noqa: E402

OFFERED = [Milter.CURR_ACTS, 0x1fffff, 0, 0]  # what Postfix 3.7 offers (as in test_milter.py)
ANSWERS = {Milter.CONTINUE, Milter.ACCEPT, Milter.DISCARD, Milter.SKIP, Milter.TEMPFAIL, Milter.REJECT}
NOREPLY_OK = {"envfrom", "envrcpt", "header"}




class _Errors(logging.Handler):
    """The milter's "internal error" lines: a crash its fail-open path swallowed is a finding."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record):
        msg = record.getMessage()
        if "internal error" in msg:
            self.lines.append(msg[:300])


ADDRESSES = (b"bounces@ours.example", b"Bounces@Ours.Example", b"bounces+jane=example.org@ours.example",
             b"bounces+=@ours.example", b"bounces+a=b=c@ours.example", b"someone@ours.example",
             b"alice@example.org", b"MAILER-DAEMON", b"postmaster@mx.example.org", b"", b"<>", b"*", b"[",
             b"bounces+j\x00ane=example.org@ours.example", b"bounces+jane=exa\r\nmple.org@ours.example",
             b"bounces+\xff\xfe=example.org@ours.example", b"bounces+jane=\xc3(@ours.example",
             b"bounces@ours.example\x00evil", b"\xed\xa0\x80@ours.example", b"bounces+*=*@ours.example")


def _address(rnd: random.Random) -> bytes:
    a = rnd.choice(ADDRESSES)
    r = rnd.random()
    if r < 0.15:
        pos = rnd.randint(0, len(a))
        a = a[:pos] + _nasty(rnd) + a[pos:]
    elif r < 0.2:
        a = a * rnd.randint(100, 5000)  # huge
    elif r < 0.25:
        a = _junk(rnd)
    if rnd.random() < 0.7:
        a = rnd.choice((b"<%s>", b" <%s> ", b"<<%s>>", b"%s", b"<%s")) % a
    return a


def _params(rnd: random.Random) -> list[bytes]:
    pool = (b"SIZE=1234", b"BODY=8BITMIME", b"SMTPUTF8", b"RET=HDRS", b"ENVID=\x00x", b"NOTIFY=NEVER", b"=",
            b"\xff=\xfe", b"ORCPT=rfc822;bounces@ours.example")
    return [rnd.choice(pool) if rnd.random() < 0.8 else _junk(rnd) for _ in range(rnd.choice((0, 0, 0, 1, 3)))]


def _header_name(rnd: random.Random) -> str:
    r = rnd.random()
    if r < 0.1:
        return rnd.choice(("X-Bouncefilter-Kind", "x-bouncefilter-class", "X-BOUNCEFILTER-REASON"))
    if r < 0.15:
        return "Return-Path"
    if r < 0.25:  # what pymilter could hand over for a broken name
        return _junk(rnd, rnd.randint(0, 30)).decode("utf-8", "surrogateescape")
    if r < 0.28:
        return "X-" + "n" * rnd.randint(1000, 50_000)
    return rnd.choice(("From", "To", "Subject", "Content-Type", "Message-ID", "Received", "X-Failed-Recipients",
                       "Auto-Submitted", "Date", "MIME-Version", "X-Mailer"))


def _header_value(rnd: random.Random) -> bytes:
    r = rnd.random()
    if r < 0.2:
        return _nasty(rnd) + b" failed; " + _nasty(rnd)
    if r < 0.25:
        return b"x" * rnd.randint(10_000, 200_000)
    if r < 0.3:
        return b"a\r\n b" * rnd.randint(100, 5000)
    if r < 0.4:
        return _junk(rnd)
    return rnd.choice((b"failed", b"Undelivered Mail Returned to Sender", b"<>", b"auto-replied",
                       b"multipart/report; report-type=delivery-status; boundary=x", b"text/plain; charset=idna"))


def _message_steps(rnd: random.Random, seeds: list[bytes]) -> list[tuple[str, tuple]]:
    """One message's callbacks in libmilter's order, hostile where it can be."""
    steps: list[tuple[str, tuple]] = [("envfrom_bytes", (_address(rnd), *_params(rnd)))]
    for _ in range(rnd.choice((0, 1, 1, 1, 2, 5))):
        steps.append(("envrcpt_bytes", (_address(rnd), *_params(rnd))))
    steps.append(("data", ()))
    raw = _message(rnd, seeds)
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    try:
        parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n")
        items = [(n, v.encode("utf-8", "surrogateescape")) for n, v in parsed.raw_items()]
    except Exception:  # noqa: BLE001 - the test's own parsing: libmilter would split it somehow
        items = [("Subject", head[:1000])]
    for _ in range(rnd.choice((0, 0, 0, 1, 2, 4))):
        items.insert(rnd.randint(0, len(items)), (_header_name(rnd), _header_value(rnd)))
    steps += [("header_bytes", (n, v)) for n, v in items]
    steps.append(("eoh", ()))
    if rnd.random() < 0.5:
        body = body.replace(b"\n", b"\r\n")
    pos = 0
    while pos < len(body):
        n = rnd.choice((65535, 65535, rnd.randint(1, 65535), rnd.randint(1, 64)))
        steps.append(("body", (body[pos:pos + n],)))
        pos += n
    if rnd.random() < 0.1:
        steps.append(("body", (b"",)))
    steps.append(("eom", ()))
    return steps


def _milter_script(rnd: random.Random, seeds: list[bytes]) -> list[tuple[str, tuple]]:
    steps: list[tuple[str, tuple]] = []
    for _ in range(rnd.choice((1, 1, 1, 2, 3))):
        msg = _message_steps(rnd, seeds)
        r = rnd.random()
        if r < 0.1 and len(msg) > 1:  # cut short: the client went away, or the MTA aborted
            msg = msg[:rnd.randrange(len(msg))] + ([("abort", ())] if rnd.random() < 0.7 else [])
        elif r < 0.2:  # steps dropped
            msg = [s for s in msg if rnd.random() > 0.2]
        elif r < 0.3:  # steps repeated
            for _ in range(rnd.randint(1, 4)):
                i = rnd.randrange(len(msg))
                msg.insert(i, msg[i])
        elif r < 0.35:  # out of order
            for _ in range(rnd.randint(1, 4)):
                i, j = rnd.randrange(len(msg)), rnd.randrange(len(msg))
                msg[i], msg[j] = msg[j], msg[i]
        elif r < 0.4:
            msg.insert(rnd.randint(0, len(msg)), ("abort", ()))
        steps += msg
    steps.append(("close", ()))
    return steps


def _drive(app: MilterApp, script: list[tuple[str, tuple]], qid: str | None) -> list[str]:
    """Play ``script`` against a new connection: findings (exceptions, odd answers, bad headers)."""
    found: list[str] = []
    ctx = Ctx(qid)
    m = BounceMilter(app)
    m._setctx(ctx)
    opts = list(OFFERED)
    if m.negotiate(opts) != Milter.CONTINUE:
        return ["negotiate did not answer CONTINUE"]
    for method, args in script:
        try:
            rc = getattr(m, method)(*args)
        except Exception as e:  # noqa: BLE001 - every exception out of a callback is a finding
            found.append(f"{method} raised {type(e).__name__}: {e}; args {repr(args)[:200]}")
            continue
        name = method.removesuffix("_bytes")
        if not (rc in ANSWERS or rc == Milter.NOREPLY and name in NOREPLY_OK):
            found.append(f"{method} answered {rc!r}")
        if rc == Milter.SKIP and not (name == "body" and opts[1] & Milter.P_SKIP):
            found.append(f"{method} answered SKIP")
    for name, value in ctx.added:
        if not isinstance(value, str) or any(c in value for c in "\r\n\x00"):
            found.append(f"header {name} added with value {value!r}")
    return found


class _Spy:
    """The classifier the engine calls: it may refuse what is not a message, nothing else."""

    def __init__(self):
        self.crashes: list[str] = []

    def __call__(self, raw: bytes, **kw):
        try:
            return checked_classify(raw, **kw)
        except Unreadable:
            raise
        except Exception as e:
            self.crashes.append(f"classify raised {type(e).__name__}: {e}; input {raw[:200]!r}")
            raise


def test_milter_callbacks_never_raise_and_answer_under_a_second(tmp_path, seeds):
    spy = _Spy()
    errors = _Errors()
    apps = []
    for i, milter in enumerate(("{bounce_addresses: [bounces@ours.example], deliver: false, timeout: 10s}",
                                "{bounce_addresses: ['bounces*@ours.example', '*@*.example'], deliver: false, "
                                "timeout: 10s, max_size: 1024, discard: [failed, delayed], queue_max: 1}")):
        text = f"state_dir: {tmp_path / f'state{i}'}\nverp: ['bounces+LOCAL=DOMAIN@*']\nmilter: {milter}\n" \
               "outbox: {tries: 1, poll_interval: 100ms, retry_initial: 1s}\n"
        apps.append(MilterApp(loads(text, env={}), engine_factory=lambda c: Engine(c, classify=spy)))
    log = logging.getLogger("bouncefilter.milter")
    log.addHandler(errors)
    try:
        for app in apps:  # warm up (imports, pattern compilation, the store), untimed
            _drive(app, [("envfrom_bytes", (b"<>",)), ("data", ()), ("header_bytes", ("Subject", b"x")),
                         ("body", (seeds[0],)), ("eom", ())], "warm")

        def make_case(rnd: random.Random, case: int) -> Callable[[], list[str]]:
            app = apps[rnd.random() < 0.25]
            script = _milter_script(rnd, seeds)
            qid = rnd.choice((f"Q{case}", None, "\x00\r\n"))

            def run() -> list[str]:
                n_spy, n_err = len(spy.crashes), len(errors.lines)
                found = _drive(app, script, qid)
                return found + spy.crashes[n_spy:] + [f"swallowed: {e}" for e in errors.lines[n_err:]]
            return run

        _fuzz("milter", MILTER_CASES, MILTER_BUDGET, make_case)
    finally:
        log.removeHandler(errors)
        for app in apps:
            app.close()


# =================================================================================================
# the POP3 client's reader
# =================================================================================================
TIMEOUT = 0.15  # the client's: a server that stops answering costs this much of a case


def _status(rnd: random.Random, ok: bytes = b"") -> bytes:
    r = rnd.random()
    if r < 0.6:
        return b"+OK " + ok + b"\r\n"
    if r < 0.72:
        return b"-ERR " + rnd.choice((b"", b"[IN-USE] locked", b"[AUTH] no", b"[SYS/TEMP] later", b"[", b"[\xff]",
                                      b"\x00")) + b"\r\n"
    return rnd.choice((
        b"\r\n", b"\n", b"+OK", b"+OK\r", b"+OK\n", b"+ok\r\n", b"OK\r\n", b"+OK\x00\r\n", b"\x00+OK\r\n",
        b"+OK \xff\xfe\xed\xa0\x80\r\n", b"-ERR\r\n", b"-ERR \xc3(\r\n", b"+OK a\r\n+OK b\r\n", b"+OK\r\n-ERR\r\n",
        b"+OK " + b"x" * rnd.randint(8100, 9000) + b"\r\n", b"+OK" * rnd.randint(2000, 4000),
        b"+OK " + b"y" * 8186 + b"\r\n", b"+OK " + b"y" * 8187 + b"\r\n", b".\r\n", b"+OK\r\n.\r\n",
        b"+OK " + _nasty(rnd) + b"\r\n", _junk(rnd) + b"\r\n", _junk(rnd),
    ))


LISTING_LINES = (b"1", b"", b" ", b"a b", b"-1 2", b"+1 2", b"0x1 5", b"1 -5", b"1 5 extra", b" 1 5", b"1\t5",
                 b"99999999999 1", b"1 9999999999999999999999", b"\xc2\xb2 \xc2\xb2", b"\xb2 x", b"1\x00 u", b"1 u\x00",
                 b"1 \xff\xfe", b"1 a\x0b2 b", b"1 a\x1c2 b", b".", b"..", b". 1", b"..1 u", b"1 u\r", b"\r")


def _listing(rnd: random.Random, verb: bytes) -> bytes:
    lines = []
    for i in range(1, rnd.choice((0, 1, 3, 10, 200)) + 1):
        r = rnd.random()
        if r < 0.7:
            lines.append(b"%d uid-%d" % (i, i) if verb == b"UIDL" else b"%d %d" % (i, rnd.randint(0, 10 ** 6)))
        elif r < 0.9:
            lines.append(rnd.choice(LISTING_LINES))
        elif r < 0.95:
            lines.append(b"%d " % i + b"u" * rnd.randint(1000, 3000))
        else:
            lines.append(_junk(rnd))
    return _multiline(rnd, lines)


def _multiline(rnd: random.Random, lines: list[bytes]) -> bytes:
    stuff = rnd.random() < 0.75
    end = rnd.choice((b"\r\n",) * 6 + (b"\n", b"\r", b"\r\r\n", b"\x00\r\n"))
    out = bytearray()
    for line in lines:
        if stuff and line.startswith(b"."):
            line = b"." + line
        out += line + (end if rnd.random() < 0.97 else rnd.choice((b"\n", b"\r", b"")))
    r = rnd.random()
    if r < 0.75:
        out += b".\r\n"
    elif r < 0.9:
        out += rnd.choice((b".\n", b".", b" .\r\n", b"..\r\n", b".\r", b".\x00\r\n", b".\r\n.\r\n", b"\r\n.\r\n"))
    return bytes(out)  # else: no final "." at all


def _answer(rnd: random.Random, seeds: list[bytes], verb: bytes) -> bytes:
    if verb in (b"UIDL", b"LIST"):
        status = _status(rnd)
        return status + _listing(rnd, verb) if status.startswith(b"+OK") or rnd.random() < 0.2 else status
    if verb in (b"RETR", b"TOP"):
        status = _status(rnd, b"message follows")
        if not status.startswith(b"+OK") and rnd.random() < 0.8:
            return status
        return status + _multiline(rnd, _message(rnd, seeds).replace(b"\r\n", b"\n").split(b"\n"))
    if verb == b"STAT":
        return rnd.choice((b"+OK 2 320\r\n", b"+OK\r\n", b"+OK 2\r\n", b"+OK a b\r\n", b"+OK \xc2\xb2 \xc2\xb2\r\n",
                           b"+OK -1 5\r\n", b"+OK 99999999999999999999999 1\r\n", b"+OK 1 " + b"9" * 5000 + b"\r\n",
                           _status(rnd)))
    return _status(rnd)


def _session(rnd: random.Random, seeds: list[bytes], sock: socket.socket) -> None:
    """Answer one client from ``rnd``; close at random, or stop answering (the client times out)."""
    rfile = sock.makefile("rb")

    def send(data: bytes) -> bool:
        r = rnd.random()
        if r < 0.04:  # closed at a random byte
            sock.sendall(data[:rnd.randint(0, len(data))])
            return False
        if r < 0.06:  # stops answering after a part of it
            sock.sendall(data[:rnd.randint(0, len(data))])
            rfile.read()  # until the client gives up and closes
            return False
        for i in range(0, len(data), 1 << 16):  # in pieces, sometimes split mid-line
            sock.sendall(data[i:i + (1 << 16)])
        return True

    def waited_on(answer: bytes, verb: bytes) -> bool:
        """An answer the client may still be waiting on the end of."""
        return not answer.endswith(b"\n") or verb in (b"UIDL", b"LIST", b"RETR", b"TOP") and \
            answer.startswith(b"+OK") and not answer.rstrip(b"\r\n").endswith(b"\n.")

    verb, answer = b"", _status(rnd, b"fuzz POP3 ready") if rnd.random() < 0.95 else _junk(rnd)
    while True:
        if rnd.random() < 0.03:
            answer += rnd.choice((b"+OK extra\r\n", _junk(rnd), b"1 u\r\n.\r\n"))
        if not send(answer) or verb == b"QUIT":
            return
        if waited_on(answer, verb) and rnd.random() < 0.8:  # mostly a dropped connection, else a timeout
            return
        line = rfile.readline(4096)
        if not line:
            return
        verb = line.split(b" ", 1)[0].strip().upper()
        answer = _answer(rnd, seeds, verb)


class FuzzPop3:
    """One server for every case: the n-th connection is answered from the n-th case's seed."""

    def __init__(self, seeds: list[bytes]):
        self.plans: queue.Queue[int] = queue.Queue()
        self.errors: list[str] = []
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self):
                self.request.settimeout(5)
                try:
                    seed = outer.plans.get(timeout=5)
                except queue.Empty:
                    return
                try:
                    _session(random.Random(seed), seeds, self.request)
                except OSError:  # the client went away
                    pass
                except Exception as e:  # noqa: BLE001 - a bug of this test, not of the client
                    outer.errors.append(f"fake server: {type(e).__name__}: {e}")

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 64

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def _pop3_case(rnd: random.Random, port: int, server: FuzzPop3) -> Callable[[], list[str]]:
    session_seed = rnd.getrandbits(64)
    kw: dict = {"timeout": TIMEOUT}
    if rnd.random() < 0.2:
        kw["max_response"] = rnd.choice((1, 100, 2048, 65536))
    if rnd.random() < 0.2:
        kw["max_messages"] = rnd.choice((1, 2, 50))
    deadline = rnd.choice((None,) * 8 + (0.05, 0.3))
    stop_after = rnd.choice((None,) * 9 + (rnd.randint(1, 40),))
    quit_grace = rnd.choice((None, 0.2))
    ops = []
    for _ in range(rnd.randint(1, 7)):
        op = rnd.choice(("login", "login", "uidl", "list", "retr", "retr", "top", "dele", "noop", "stat", "quit"))
        ops.append((op, rnd.randint(1, 3), rnd.choice((None, None, 0, 100, 4096)), rnd.choice((None, None, 64, 4096))))

    def run() -> list[str]:
        found: list[str] = []
        calls = [0]

        def should_stop() -> bool:
            calls[0] += 1
            return calls[0] > stop_after

        server.plans.put(session_seed)
        c = Pop3Client("127.0.0.1", port, tls="plain", allow_insecure=True,
                       deadline=None if deadline is None else time.monotonic() + deadline,
                       should_stop=should_stop if stop_after is not None else None, stop_grace=0.0, **kw)
        what = "connect"
        try:
            try:
                c.connect()
            except Pop3Error:
                return found
            for op, num, limit, max_read in ops:
                what = op
                try:
                    if op == "login":
                        c.login("fuzz", "secret")
                    elif op == "uidl":
                        listing = c.uidl()
                        if len(listing) > c.max_messages or not all(
                                isinstance(n, int) and isinstance(u, str) for n, u in listing):
                            found.append(f"uidl gave {listing[:5]!r}... ({len(listing)} entries)")
                    elif op == "list":
                        sizes = c.list()
                        if len(sizes) > c.max_messages or not all(
                                isinstance(n, int) and isinstance(s, int) for n, s in sizes.items()):
                            found.append(f"list gave {list(sizes.items())[:5]!r}... ({len(sizes)} entries)")
                    elif op in ("retr", "top"):
                        if op == "retr":
                            raw, truncated = c.retr(num, limit=limit, max_read=max_read)
                        else:
                            raw, truncated = c.top(num, 5, limit=limit, max_read=max_read)
                        if not isinstance(raw, bytes) or limit is not None and len(raw) > limit:
                            found.append(f"{op} gave {len(raw)} bytes over the limit {limit}")
                    elif op == "dele":
                        c.dele(num)
                    elif op == "noop":
                        c.noop()
                    elif op == "stat":
                        n, size = c.stat()
                        if not (isinstance(n, int) and isinstance(size, int)):
                            found.append(f"stat gave {(n, size)!r}")
                    elif op == "quit":
                        c.quit(grace=quit_grace)
                except Pop3Error as e:
                    if "\n" in str(e) or "\r" in str(e):
                        found.append(f"{op}: the error is not one line: {str(e)[:200]!r}")
        except Exception as e:  # noqa: BLE001 - anything but Pop3Error is a finding
            found.append(f"{what} raised {type(e).__name__}: {e}")
        finally:
            c.close()
        return found

    return run


def test_pop3_client_raises_only_its_own_errors_and_reads_under_a_second(seeds):
    server = FuzzPop3(seeds)
    try:
        def make_case(rnd: random.Random, case: int) -> Callable[[], list[str]]:
            return _pop3_case(rnd, server.port, server)

        _fuzz("pop3 client", POP3_CASES, POP3_BUDGET, make_case)
        assert not server.errors, "\n".join(server.errors[:10])
    finally:
        server.close()
