"""``bouncefilter classify [PATH ...]``: one JSON line (or table row) per message.

PATH may be a message file, a folder (read recursively, hidden files skipped), an mbox file
(recognised by its leading ``From `` line), or ``-`` for stdin (the default when stdin is not a
terminal).  A path that cannot be read is reported on stderr and the run goes on; the exit status
is then 1.  In a folder, what is not a regular file (a FIFO, a socket, a device) is skipped with
a line on stderr: opening it could wait forever.  Without a PATH on a terminal the command
refuses (exit 2) rather than wait silently for a message typed in; ``-`` reads one, with a hint.

A message longer than ``--max-bytes`` is cut there and says so in its ``defects`` (JSON), or in
an indented ``defect:`` line under its row (text), as :func:`filter.classify` reports it.

Bulk runs use every core: with more than :data:`AUTO_JOBS_MIN` messages to read, the work is cut
in ordered chunks and classified by ``--jobs`` worker processes (default: the CPUs this process
may run on), forked once the core is imported and the parent has classified the first chunk
itself, so that no worker imports the core or compiles its patterns again.  The output
is the same, byte for byte and in the same order, as ``--jobs 1`` (in process): chunks are
written in the order they were cut, whatever order the workers finish them in.  A worker reads
its own files (the parent only lists them), so the parent stays nearly idle; a large mbox file
is cut into messages by the parent and the messages are sent to the workers.

Output goes through one buffered binary stdout (UTF-8), without a flush per line; each worker
returns the encoded lines of a whole chunk at once.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator

from filter.core.message import DEFAULT_MAX_BYTES

_CHUNK = 1 << 16

#: below this many messages a run stays in process (forking and the pool cost more than they save)
AUTO_JOBS_MIN = 256
#: an mbox file larger than this is cut into messages by the parent in a parallel run, so that
#: its messages are spread over the workers (a smaller one is read by one worker, as a file)
MBOX_SPLIT_BYTES = 4 << 20
#: messages per chunk handed to a worker, at most (fewer on small runs, so every worker has work)
MAX_CHUNK = 64
#: messages per chunk at the end of a run, at least (see _chunks)
MIN_CHUNK = 4
#: message bytes per chunk of a split mbox, about
CHUNK_BYTES = 2 << 20


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="message files, folders, mbox files, or - for stdin (the default when "
                             "stdin is not a terminal)")
    parser.add_argument("--format", choices=("json", "text"), default="json",
                        help="json: one JSON object per line (default); text: a readable table")
    parser.add_argument("--verp", action="append", metavar="PATTERN",
                        help="VERP pattern(s) for the bounce address (default bounces+LOCAL=DOMAIN@*)")
    parser.add_argument("--envelope-recipient", metavar="ADDR",
                        help="envelope recipient of the bounce (for VERP decoding of a single message)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                        help=f"read at most this many bytes of each message (default {DEFAULT_MAX_BYTES})")
    parser.add_argument("--jobs", "-j", type=_jobs, default=0, metavar="N",
                        help="worker processes (default: one per CPU when there are more than "
                             f"{AUTO_JOBS_MIN} messages, else 1); 1 = in process. The output is "
                             "the same, in the same order, whatever N")


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (automatic) or more")
    return n


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity mask; cgroup cpusets shrink it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


# -- what a worker (or the in-process run) does with one message ----------------------------------
class _Job:
    """The settings of a run, and the classification of one unit of work into output bytes."""

    def __init__(self, args: argparse.Namespace):
        import json

        from filter.core.pipeline import classify
        from filter.core.model import Envelope

        self._classify = classify
        self.envelope = Envelope(recipient=args.envelope_recipient) if args.envelope_recipient else None
        self.verp = args.verp
        self.max_bytes = args.max_bytes
        self.text = args.format == "text"
        self.encoding = _stdout_encoding() if self.text else "utf-8"
        # (a report is a fresh tree of dicts and lists: no cycle for the encoder to watch for)
        self._encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
        self._encode_ascii = json.JSONEncoder(check_circular=False).encode

    def line(self, source: str, data: bytes) -> bytes:
        report = self._classify(data, source=source, envelope=self.envelope, verp=self.verp, max_bytes=self.max_bytes)
        if self.text:
            return _table_rows(report, self.encoding).encode(self.encoding, "replace")
        d = report.to_dict()
        try:
            return (self._encode(d) + "\n").encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: \u escapes keep the line valid JSON and UTF-8
            return (self._encode_ascii(d) + "\n").encode("ascii")

    def unit(self, unit: tuple) -> tuple[bytes, list[str], int]:
        """(output, stderr lines, errors) of one unit of work: ``("file", path)``,
        ``("data", source, bytes)``, ``("error", source, message)`` or ``("skip", source, why)``
        (a line on stderr that is not an error)."""
        if unit[0] == "data":
            return self.line(unit[1], unit[2]), [], 0
        if unit[0] == "error":
            return b"", [_error_line(unit[1], unit[2])], 1
        if unit[0] == "skip":
            return b"", [_error_line(unit[1], unit[2])], 0
        out: list[bytes] = []
        errors: list[str] = []
        for source, data, error in _file(unit[1], self.max_bytes):
            if error:
                errors.append(_error_line(source, error))
            else:
                out.append(self.line(source, data))
        return b"".join(out), errors, len(errors)


def _error_line(source: str, error: str) -> str:
    return f"bouncefilter classify: {source}: {error}\n"


_job: _Job | None = None  # a worker's settings (set by _init_worker)


def _init_worker(args: argparse.Namespace) -> None:
    import gc
    import signal

    global _job
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle (it stops the pool)
    _job = _Job(args)
    gc.enable()  # the parent froze what it had (its pages stay shared) and disabled it to fork


def _work(chunk: list[tuple]) -> tuple[bytes, list[str], int]:
    from filter.core import regexcache

    result = _chunk(_job, chunk)  # type: ignore[arg-type]
    regexcache.save()  # what the chunk compiled (a forked worker ends with os._exit: no atexit)
    return result


def _chunk(job: _Job, chunk: list[tuple]) -> tuple[bytes, list[str], int]:
    """(output, stderr lines, errors) of a chunk of units, in their order."""
    out: list[bytes] = []
    lines: list[str] = []
    errors = 0
    for unit in chunk:
        o, e, n = job.unit(unit)
        out.append(o)
        lines += e
        errors += n
    return b"".join(out), lines, errors


def run(args: argparse.Namespace) -> int:
    if not args.paths and _stdin_is_tty():
        # `bouncefilter classify` typed alone: the user wants to know what it takes, not to find
        # it waiting silently for a message on the keyboard
        sys.stderr.write("usage: bouncefilter classify [PATH ...] (or a message piped in)\n"
                         "bouncefilter classify: no message given: name files or folders, pipe a message "
                         "in, or give '-' to type one on the terminal\n")
        return 2
    if "-" in args.paths and _stdin_is_tty():
        sys.stderr.write("bouncefilter classify: reading a message from the terminal; end with Ctrl-D\n")
        sys.stderr.flush()
    out = _binary_stdout()
    if args.format == "text":
        out.write(f"{'source':40} {'kind':11} {'address':38} {'reason':18} {'class':12} {'status':8} reply\n"
                  .encode(_stdout_encoding(), "replace"))
    sources = list(_sources(args.paths or ["-"], args.max_bytes))
    jobs = args.jobs or (cpu_count() if _large(sources) else 1)
    try:
        errors = _run_pool(args, sources, jobs, out) if jobs > 1 else _run_here(args, sources, out)
    finally:
        out.flush()
    return 1 if errors else 0


def _run_here(args: argparse.Namespace, sources: list[tuple], out) -> int:
    """In process, streaming: one message in memory at a time (an mbox of any size)."""
    job = _Job(args)
    errors = 0
    tty = out.isatty()
    for unit in sources:
        if unit[0] == "data":
            out.write(job.line(unit[1], unit[2]))
            continue
        if unit[0] == "skip":
            out.flush()
            sys.stderr.write(_error_line(unit[1], unit[2]))
            sys.stderr.flush()
            continue
        for source, data, error in _file(unit[1], args.max_bytes):
            if error:
                out.flush()
                sys.stderr.write(_error_line(source, error))
                sys.stderr.flush()
                errors += 1
            else:
                out.write(job.line(source, data))
                if tty:
                    out.flush()
    return errors


def _run_pool(args: argparse.Namespace, sources: list[tuple], jobs: int, out) -> int:
    """Chunks to ``jobs`` forked workers, at most a few in flight per worker; written in order."""
    import gc
    import itertools
    import multiprocessing
    from collections import deque

    from filter.core.detectors import registry

    registry()  # the core and its format modules imported once, here: the forked workers inherit them

    size = max(1, min(MAX_CHUNK, len(sources) // (jobs * 8)))
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    ctx = multiprocessing.get_context(method)
    errors = 0
    tty = out.isatty()

    def emit(result: tuple[bytes, list[str], int]) -> None:
        nonlocal errors
        o, lines, n = result
        if lines:
            out.flush()
            sys.stderr.write("".join(lines))
            sys.stderr.flush()
        errors += n
        out.write(o)
        if tty:
            out.flush()

    chunks = _chunks(sources, args.max_bytes, size, jobs)
    # The first chunk is classified here, before the fork: the patterns it needs are compiled
    # and the phrase indexes built once, and every worker inherits them.  A fresh process spends
    # about 0.14 s of CPU on them over its first few hundred bounces (bench/profile_core.py),
    # which each worker paid again; here it costs the other workers' share of one chunk.
    first = next(chunks, None)
    if first is not None:
        emit(_chunk(_Job(args), first))
    rest = next(chunks, None)
    if rest is None:
        return errors
    gc.disable()
    gc.freeze()  # the parent's objects: no collection in a worker writes to their pages
    try:
        with ctx.Pool(jobs, initializer=_init_worker, initargs=(args,)) as pool:
            gc.enable()
            in_flight: deque = deque()
            for chunk in itertools.chain((rest,), chunks):
                in_flight.append(pool.apply_async(_work, (chunk,)))
                if len(in_flight) >= jobs * 3:  # bounded: a huge mbox is never all in memory
                    emit(in_flight.popleft().get())
            while in_flight:
                emit(in_flight.popleft().get())
    finally:
        gc.unfreeze()
        gc.enable()
    return errors


def _binary_stdout():
    """sys.stdout's binary buffer (what was written as text so far is flushed first)."""
    sys.stdout.flush()
    return getattr(sys.stdout, "buffer", None) or _TextOut(sys.stdout)


class _TextOut:  # pragma: no cover - a stdout replaced by an object without .buffer
    def __init__(self, stream):
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data.decode("utf-8", "replace"))

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return False


def _stdout_encoding() -> str:
    return getattr(sys.stdout, "encoding", None) or "utf-8"


def _stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced
        return False


def fit(text: str, width: int, encoding: str = "utf-8") -> str:
    """``text`` in ``width`` columns: a longer one is cut and ends in "…" ("~" where the output
    encoding has no "…"), never cut silently."""
    if len(text) <= width:
        return text
    try:
        "…".encode(encoding)
        mark = "…"
    except (UnicodeEncodeError, LookupError):
        mark = "~"
    return text[:width - 1] + mark


def _table_rows(report, encoding: str = "utf-8") -> str:
    src = fit(os.path.basename(report.source or "-"), 40, encoding)
    if not report.recipients:
        rows = [f"{src:40} {report.kind:11} {'-':38}\n"]
    else:
        rows = []
        for r in report.recipients:
            rows.append(f"{src:40} {report.kind:11} {fit(r.address or '?', 38, encoding):38} {r.reason:18} "
                        f"{r.class_:12} {r.status or '-':8} {r.reply_code or '-'}\n")
            src = ""
    rows += [f"  defect: {' '.join(d.split())}\n" for d in report.defects]  # under its message's rows
    return "".join(rows)


# -- what there is to read ------------------------------------------------------------------------
def _sources(paths: list[str], max_bytes: int) -> Iterator[tuple]:
    """``("file", path)`` for every file under the paths, in output order; stdin is read now."""
    for path in paths:
        if path == "-":
            # one byte more than --max-bytes: the core then cuts it and says so (a defect)
            yield "data", "-", read_bounded(sys.stdin.buffer, max_bytes + 1)
        elif os.path.isdir(path):
            for file, skipped in _walk(path):
                yield ("file", file) if skipped is None else ("skip", file, skipped)
        else:
            yield "file", path


def _large(sources: list[tuple]) -> bool:
    """Worth the workers: many files, or a large mbox among a few."""
    if len(sources) > AUTO_JOBS_MIN:
        return True
    return any(u[0] == "file" and _big_mbox(u[1]) for u in sources)


def _big_mbox(path: str) -> bool:
    try:
        if os.stat(path).st_size <= MBOX_SPLIT_BYTES:
            return False
        with open(path, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def _chunks(sources: list[tuple], max_bytes: int, size: int, jobs: int = 1) -> Iterator[list[tuple]]:
    """Units cut in chunks of ``size`` (or about :data:`CHUNK_BYTES` of message data); a large
    mbox is read here, by the same code as in process, and its messages become data units.

    Towards the end the chunks get smaller (a quarter of each worker's share of what is left,
    at least :data:`MIN_CHUNK` units): the last chunks are what one worker may still classify
    while the others have nothing left, and a full chunk there kept a CPU idle for half a chunk's
    time on average (about 15 ms of a 1.5 s run of 3,600 bounces on two workers)."""
    chunk: list[tuple] = []
    nbytes = 0
    for index, unit in enumerate(sources):
        if unit[0] == "file" and _big_mbox(unit[1]):
            for source, data, error in _file(unit[1], max_bytes):
                chunk.append(("data", source, data) if error is None else ("error", source, error))
                nbytes += len(data)
                if len(chunk) >= MAX_CHUNK or nbytes >= CHUNK_BYTES:
                    yield chunk
                    chunk, nbytes = [], 0
            continue
        chunk.append(unit)
        if unit[0] == "data":
            nbytes += len(unit[2])
        left = len(sources) - index  # units left, this one included
        if len(chunk) >= min(size, max(MIN_CHUNK, left // (jobs * 4))) or nbytes >= CHUNK_BYTES:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


def _walk(top: str) -> Iterator[tuple[str, str | None]]:
    """(path, None) for every regular file under ``top`` (hidden ones left out), in name order,
    and (path, why) for what is skipped: a FIFO, socket or device would block the run on
    open() or read() (a file named on the command line is opened as given: ``<(cmd)``).

    The order is ``os.walk``'s, top-down with names sorted: a folder's files, then its
    sub-folders one after the other; a link to a folder is not followed, a folder that cannot be
    read is passed over.  The listing's own entry types answer "regular file?" for nearly every
    file: ``DirEntry.is_file`` reads the type the folder listing gave, where an ``os.stat`` of each
    path cost a system call (the listing of 3,580 bounces took 17 ms, now 7, in the part of a
    parallel run that the parent does alone); only a link or a file of another type is asked
    with ``os.stat``.
    """
    import stat

    folders = [top]  # the folders still to list, the next one last
    while folders:
        root = folders.pop()
        try:
            with os.scandir(root) as listing:
                entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError:  # as os.walk(onerror=None): a folder that cannot be listed is passed over
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink():
                    subfolders.append(os.path.join(root, entry.name))
                continue
            path = os.path.join(root, entry.name)
            try:
                regular = entry.is_file()  # a regular file, or a link to one
            except OSError:
                regular = False  # os.stat says why below
            if regular:
                yield path, None
                continue
            try:
                mode = os.stat(path).st_mode
            except OSError:  # a dangling link, gone since the listing: open() says why
                yield path, None
                continue
            yield path, None if stat.S_ISREG(mode) else f"skipped: {_file_type(mode)}, not a regular file"
        folders.extend(reversed(subfolders))


def _file_type(mode: int) -> str:
    import stat

    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def iter_messages(paths: list[str], max_bytes: int) -> Iterator[tuple[str, bytes, str | None]]:
    """(source, raw bytes, error) for every message under the given paths, in order (a
    non-regular file in a folder is an error "skipped: ...")."""
    for path in paths:
        if path == "-":
            yield "-", read_bounded(sys.stdin.buffer, max_bytes + 1), None
        elif os.path.isdir(path):
            for file, skipped in _walk(path):
                if skipped is None:
                    yield from _file(file, max_bytes)
                else:
                    yield file, b"", skipped
        else:
            yield from _file(path, max_bytes)


def _file(path: str, max_bytes: int) -> Iterator[tuple[str, bytes, str | None]]:
    """(source, bytes, error) of each message of one file: the file itself, or each message of
    an mbox file."""
    try:
        data, fh = _open_message_file(path, max_bytes)
    except OSError as exc:
        yield path, b"", exc.strerror or str(exc)
        return
    if fh is None:
        yield path, data, None
        return
    with fh:
        yield from _buffered_file(path, fh, max_bytes)


def _open_message_file(path: str, max_bytes: int):
    """(the file's bytes, None) for a regular file of at most ``max_bytes`` that is no mbox,
    else (None, a buffered file to read it from); OSError when it cannot be opened or read.

    A folder of bounces is mostly such files, and one ``os.read`` of the size the file has
    (plus the byte that would show it grew) costs 7 us where a buffered file object, its
    5-byte peek and the read of the rest cost 18 (3,580 bounces of a few KB).  Any other case
    takes the buffered way on the same descriptor (a FIFO is never opened twice): an mbox, a
    file larger than ``max_bytes``, one whose size changed or whose read came short (a network
    file system may return less than asked), and what is not a regular file (a pipe, ``/proc``).
    """
    import stat

    fd = os.open(path, os.O_RDONLY)
    owned = False  # once the buffered file holds the descriptor, it closes it
    try:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode) and 0 < st.st_size <= max_bytes:
            data = os.read(fd, st.st_size + 1)
            if len(data) == st.st_size and not data.startswith(b"From "):
                return data, None
            os.lseek(fd, 0, os.SEEK_SET)
        fh = open(fd, "rb")
        owned = True
        return None, fh
    finally:
        if not owned:
            os.close(fd)


def _buffered_file(path: str, fh, max_bytes: int) -> Iterator[tuple[str, bytes, str | None]]:
    """What :func:`_file` yields, read through a buffered file (an mbox is read line by line)."""
    try:
        head = fh.read(5)
        if head == b"From ":
            for data in _mbox(fh, max_bytes):
                yield path, data, None
            return
        # one byte more than max_bytes: the core cuts the message and says so in a defect
        yield path, head + _read_rest(fh, max(0, max_bytes + 1 - len(head)), len(head)), None
    except OSError as exc:
        yield path, b"", exc.strerror or str(exc)


def read_bounded(fh, limit: int) -> bytes:
    """Read at most ``limit`` bytes and drain the rest, so a writer on a pipe never blocks."""
    data = fh.read(limit)  # a buffered read(n) returns fewer than n bytes only at the end
    if len(data) < limit:  # so nothing to drain: a terminal's Ctrl-D (not sticky) is asked for once
        return data
    while fh.read(_CHUNK):
        pass
    return data


def _read_rest(fh, limit: int, offset: int) -> bytes:
    """``read_bounded(fh, limit)`` for a file already read up to ``offset``, sized by its length.

    A buffered ``read(n)`` allocates ``n`` bytes before it reads: asking every file of a folder
    for ``--max-bytes`` + 1 (4 MiB) cost more than the read itself (3x a plain ``read()`` over
    3,580 bounces of a few KB).  A regular file shorter than the limit is asked for its length
    plus one byte (the byte that shows its end: a file that grew since gets the bounded read).
    """
    try:
        rest = os.fstat(fh.fileno()).st_size - offset
    except (OSError, AttributeError, ValueError):  # not a real file (stdin replaced, ...)
        rest = -1
    if 0 <= rest < limit:  # st_size is 0 for pipes and /proc files: they take the general way
        data = fh.read(rest + 1)
        if len(data) <= rest:
            return data
        return data + read_bounded(fh, limit - len(data))
    return read_bounded(fh, limit)


def _mbox(fh, max_bytes: int) -> Iterator[bytes]:
    """Messages of an mbox (the leading ``From `` line already consumed), each bounded (a longer
    one keeps more than ``max_bytes``, so that the core cuts it and says so in a defect)."""
    fh.readline()  # rest of the first envelope line
    buf: list[bytes] = []
    size = 0
    prev_blank = True
    for line in fh:
        if line.startswith(b"From ") and prev_blank:
            yield b"".join(buf)
            buf, size = [], 0
            prev_blank = False
            continue
        prev_blank = not line.strip()
        if line.startswith(b">From "):  # mboxrd / mboxo quoting
            line = line[1:]
        if size <= max_bytes:
            buf.append(line)
            size += len(line)
    if buf:
        yield b"".join(buf)
