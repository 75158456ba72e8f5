"""`bouncefilter classify --jobs N`: worker processes, and the same output, in the same order, as in process."""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpus import CORPUS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "bounces"


def cli(*args: str, stdin: bytes | None = None, setup: str = "") -> subprocess.CompletedProcess:
    code = f"import sys\n{setup}\nfrom filter.cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=300)


def mbox_of(*names: str) -> bytes:
    out = b""
    for name in names:
        body = (EXAMPLES / name).read_bytes().replace(b"\nFrom ", b"\n>From ")
        out += b"From MAILER-DAEMON Mon Nov  2 09:14:03 2026\n" + body.rstrip(b"\n") + b"\n\n"
    return out


@pytest.fixture(scope="module")
def mail(tmp_path_factory) -> Path:
    """A folder of ~150 messages (nested folders, an mbox, a hidden file, non-ASCII names)."""
    root = tmp_path_factory.mktemp("mail")
    sources = sorted(EXAMPLES.iterdir())
    if CORPUS.is_dir():
        sources += sorted(CORPUS.glob("bounces/*.eml"))[:120]
    for i, src in enumerate(sources):
        sub = root / f"box{i % 3}" / ("deeper" if i % 5 == 0 else "")
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, sub / f"{i:03d}-{src.name}")
    (root / "box1" / "archive.mbox").write_bytes(mbox_of("01-postfix-user-unknown.eml", "07-vacation.eml",
                                                         "02-exim-mailbox-full.eml"))
    (root / "box2" / "é-accent.eml").write_bytes((EXAMPLES / "04-gmail-blocked.eml").read_bytes())
    (root / "box2" / ".hidden.eml").write_bytes(b"not read")
    return root


def test_jobs_give_the_same_output_in_the_same_order(mail: Path):
    one = cli("classify", "--jobs", "1", str(mail))
    assert one.returncode == 0, one.stderr
    assert one.stdout.count(b"\n") > 100
    for jobs in ("2", "3", "0"):
        many = cli("classify", "--jobs", jobs, str(mail))
        assert many.returncode == 0, many.stderr
        assert many.stdout == one.stdout, f"--jobs {jobs} differs from --jobs 1"
    default = cli("classify", str(mail))
    assert default.stdout == one.stdout
    text1 = cli("classify", "--format", "text", "-j", "1", str(mail))
    text2 = cli("classify", "--format", "text", "-j", "2", str(mail))
    assert text1.returncode == text2.returncode == 0
    assert text1.stdout == text2.stdout and text1.stdout.startswith(b"source")


def test_the_same_as_before_the_workers(mail: Path):
    """The in-process output is the one the classifier gives, line for line, in walk order."""
    import json

    from filter import classify
    from filter.commands.classify import iter_messages
    from filter.core.message import DEFAULT_MAX_BYTES

    expected = [json.dumps(classify(data, source=src).to_dict(), ensure_ascii=False)
                for src, data, err in iter_messages([str(mail)], DEFAULT_MAX_BYTES) if not err]
    got = cli("classify", "-j", "2", str(mail)).stdout.decode("utf-8").splitlines()
    assert got == expected


def test_errors_keep_their_place_and_the_exit_status(mail: Path, tmp_path: Path):
    missing = tmp_path / "missing.eml"
    args = [str(EXAMPLES / "07-vacation.eml"), str(missing), str(mail), str(tmp_path / "gone.eml")]
    one = cli("classify", "-j", "1", *args)
    two = cli("classify", "-j", "2", *args)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    err = two.stderr.decode().splitlines()
    assert len(err) == 2 and "missing.eml" in err[0] and "gone.eml" in err[1] and "Traceback" not in two.stderr.decode()


def test_stdin_among_paths(mail: Path):
    data = (EXAMPLES / "03-qmail-no-mailbox.eml").read_bytes()
    one = cli("classify", "-j", "1", str(EXAMPLES), "-", stdin=data)
    two = cli("classify", "-j", "2", str(EXAMPLES), "-", stdin=data)
    assert one.stdout == two.stdout and one.stdout.splitlines()[-1].startswith(b'{"source": "-"')


def test_a_large_mbox_is_cut_into_messages_for_the_workers(tmp_path: Path):
    names = sorted(p.name for p in EXAMPLES.iterdir()) * 12
    big = tmp_path / "big.mbox"
    big.write_bytes(mbox_of(*names))
    # a tiny split threshold: this 'large' mbox is read by the parent and spread over the workers
    setup = "import filter.commands.classify as c; c.MBOX_SPLIT_BYTES = 1000; c.MAX_CHUNK = 5"
    one = cli("classify", "-j", "1", str(big), setup=setup)
    two = cli("classify", "-j", "2", str(big), setup=setup)
    auto = cli("classify", str(big), setup=setup)  # a large mbox alone is worth the workers
    assert one.returncode == two.returncode == auto.returncode == 0
    assert one.stdout.count(b"\n") == len(names)
    assert one.stdout == two.stdout == auto.stdout


def test_when_workers_are_used_by_default(tmp_path: Path, monkeypatch):
    from filter.commands import classify as c

    few = [("file", str(EXAMPLES / n)) for n in sorted(os.listdir(EXAMPLES))]
    assert not c._large(few)
    assert c._large(few * (c.AUTO_JOBS_MIN // len(few) + 1))
    big = tmp_path / "big.mbox"
    big.write_bytes(mbox_of("01-postfix-user-unknown.eml") * 3)
    monkeypatch.setattr(c, "MBOX_SPLIT_BYTES", 100)
    assert c._large([("file", str(big))])
    (tmp_path / "plain.eml").write_bytes(b"x" * 200)
    assert not c._large([("file", str(tmp_path / "plain.eml"))])  # large, but not an mbox
    assert c.cpu_count() >= 1


def test_jobs_argument():
    from filter.commands import classify as c

    p = argparse.ArgumentParser()
    c.configure(p)
    assert p.parse_args([]).jobs == 0 and p.parse_args(["-j", "3"]).jobs == 3
    assert cli("classify", "--jobs", "-1").returncode == 2
    assert cli("classify", "--jobs", "x").returncode == 2


def test_output_is_written_through_one_buffer_not_a_flush_per_line(mail: Path):
    """strace-free check: the parent writes whole chunks; many messages, few writes."""
    code = ("import sys, os\n"
            "writes = [0]\n"
            "real = os.write\n"
            "import io\n"
            "class Counting(io.RawIOBase):\n"
            "    def writable(self): return True\n"
            "    def write(self, b):\n"
            "        writes[0] += 1\n"
            "        return real(1, b)\n"
            "sys.stdout = io.TextIOWrapper(io.BufferedWriter(Counting(), 1 << 16), encoding='utf-8')\n"
            "from filter.cli import main\n"
            "rc = main(sys.argv[1:])\n"
            "sys.stdout.flush()\n"
            "print(writes[0], file=sys.stderr)\n"
            "sys.exit(rc)\n")
    for jobs in ("1", "2"):
        r = subprocess.run([sys.executable, "-c", code, "classify", "-j", jobs, str(mail)], capture_output=True,
                           cwd=ROOT, timeout=300)
        assert r.returncode == 0, r.stderr
        lines = r.stdout.count(b"\n")
        writes = int(r.stderr.decode().split()[-1])
        assert writes * 4 < lines, (jobs, writes, lines)


def test_the_first_chunk_is_classified_before_the_fork(mail: Path, tmp_path: Path):
    """The parent classifies the first chunk itself and the workers the rest, the lines in order;
    the patterns the parent compiled for it are compiled once: the workers inherit them.  Each
    output line is tagged here with the process that classified it, and each process lists the
    patterns it compiled in a file of its own."""
    log = tmp_path / "compiled"
    log.mkdir()
    setup = (
        "import os, re, filter.commands.classify as c\n"
        "c.MAX_CHUNK = 8\n"
        "_compile = re._compiler.compile\n"
        "def logged(p, flags=0):\n"
        f"    with open(os.path.join({str(log)!r}, str(os.getpid())), 'a') as f:\n"
        "        f.write(repr((p, flags)) + '\\n')\n"
        "    return _compile(p, flags)\n"
        "re._compiler.compile = logged\n"
        "_line = c._Job.line\n"
        "c._Job.line = lambda self, source, data: b'%d ' % os.getpid() + _line(self, source, data)\n"
        "print(os.getpid(), flush=True)\n")
    res = cli("classify", "-j", "2", str(mail), setup=setup)
    assert res.returncode == 0, res.stderr
    parent, *rows = res.stdout.decode().splitlines()
    pids = [row.split(" ", 1)[0] for row in rows]
    assert pids[:8] == [parent] * 8  # the first chunk, here
    workers = set(pids[8:])
    assert workers and parent not in workers  # the rest, in the workers
    plain = cli("classify", "-j", "1", str(mail))
    assert [row.split(" ", 1)[1] for row in rows] == plain.stdout.decode().splitlines()

    def patterns(pid: str) -> set[str]:
        path = log / pid
        return set(path.read_text().splitlines()) if path.exists() else set()

    first = patterns(parent)
    assert first  # the first chunk needed patterns, compiled here...
    for pid in workers:  # ...and not again in a worker (the stdlib's cache may evict a few)
        assert len(patterns(pid) & first) <= len(first) // 10, pid
