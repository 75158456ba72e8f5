"""`bouncefilter classify`: files, folders, mbox, stdin; errors on stderr; exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "bounces"
CLI = [sys.executable, "-c", "import sys; from filter.cli import main; sys.exit(main())"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=60)


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines() if line]


def test_folder_is_read_recursively_in_name_order():
    res = run("classify", str(EXAMPLES))
    assert res.returncode == 0, res.stderr
    reports = lines(res.stdout)
    assert [Path(r["source"]).name for r in reports] == sorted(p.name for p in EXAMPLES.iterdir())
    kinds = {Path(r["source"]).name: r["kind"] for r in reports}
    assert kinds["01-postfix-user-unknown.eml"] == "failed"
    assert kinds["06-arf-complaint.eml"] == "complaint"
    assert kinds["08-human-question.eml"] == "not_bounce"
    first = reports[0]
    assert set(first) >= {"source", "kind", "recipients", "original"}
    assert set(first["recipients"][0]) >= {"address", "reason", "class", "permanent", "status", "reply_code",
                                          "diagnostic", "remote_mta", "action", "bouncestudio_code"}
    assert set(first["original"]) == {"message_id", "subject", "from", "to", "headers"}


def test_stdin_by_dash_and_by_default():
    data = (EXAMPLES / "03-qmail-no-mailbox.eml").read_bytes()
    for args in (("classify", "-"), ("classify",)):
        res = run(*args, stdin=data)
        assert res.returncode == 0
        [report] = lines(res.stdout)
        assert report["source"] == "-"
        assert report["recipients"][0]["reason"] == "user_unknown"


def test_mbox_yields_one_line_per_message(tmp_path: Path):
    mbox = tmp_path / "archive.mbox"
    with mbox.open("wb") as f:
        for name in ("01-postfix-user-unknown.eml", "02-exim-mailbox-full.eml", "07-vacation.eml"):
            f.write(b"From MAILER-DAEMON Mon Nov  2 09:14:03 2026\n")
            body = (EXAMPLES / name).read_bytes().replace(b"\nFrom ", b"\n>From ")
            f.write(body.rstrip(b"\n") + b"\n\n")
    reports = lines(run("classify", str(mbox)).stdout)
    assert [r["kind"] for r in reports] == ["failed", "failed", "auto_reply"]
    assert all(r["source"] == str(mbox) for r in reports)


def test_an_unreadable_path_is_reported_and_the_run_goes_on(tmp_path: Path):
    res = run("classify", str(tmp_path / "missing.eml"), str(EXAMPLES / "07-vacation.eml"))
    assert res.returncode == 1
    assert len(lines(res.stdout)) == 1
    err = res.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "missing.eml" in err[0] and "Traceback" not in res.stderr.decode()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_permission(tmp_path: Path):
    p = tmp_path / "secret.eml"
    p.write_bytes(b"x")
    p.chmod(0)
    res = run("classify", str(p))
    assert res.returncode == 1 and "Permission denied" in res.stderr.decode()


def test_usage_errors_exit_2():
    assert run("classify", "--format", "yaml").returncode == 2
    assert run("no-such-command").returncode == 2
    res = run()
    assert res.returncode == 2 and b"usage" in res.stderr


def test_text_format_is_a_table():
    res = run("classify", "--format", "text", str(EXAMPLES))
    out = res.stdout.decode().splitlines()
    assert out[0].split()[:4] == ["source", "kind", "address", "reason"]
    row = next(line for line in out if line.startswith("01-postfix"))
    assert "jane.doe@customer.example" in row and "user_unknown" in row and "hard" in row


def test_garbage_and_empty_input_give_a_line_not_a_traceback(tmp_path: Path):
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "noise.bin").write_bytes(os.urandom(4096))
    res = run("classify", str(tmp_path))
    assert res.returncode == 0 and b"Traceback" not in res.stderr
    assert [r["kind"] for r in lines(res.stdout)] == ["not_bounce", "not_bounce"]


def test_help_lists_the_commands():
    res = run("--help")
    assert res.returncode == 0
    for name in ("classify", "process", "pipe", "milter", "pop3bridge"):
        assert name.encode() in res.stdout


# -- reading files: sized by their length, bounded by --max-bytes ------------------------------------
@pytest.mark.parametrize("size", [0, 1, 4, 5, 6, 499, 500, 501, 502, 5000])
def test_a_file_is_read_whole_up_to_one_byte_past_max_bytes(tmp_path: Path, size: int):
    from filter.commands.classify import _file

    path = tmp_path / "m.eml"
    content = bytes(range(256)) * (size // 256 + 1)
    path.write_bytes(content[:size].replace(b"From ", b"from "))
    [(source, data, error)] = list(_file(str(path), 500))
    assert (source, error) == (str(path), None)
    assert data == path.read_bytes()[:501]  # the core cuts the 501st byte and says so


def test_a_fifo_is_read_bounded(tmp_path: Path):
    """st_size says 0 for a pipe: it takes the bounded read, and the writer is drained, not blocked."""
    import threading

    from filter.commands.classify import _file

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    payload = b"Subject: x\n\n" + b"y" * 200_000

    def writer() -> None:
        with open(fifo, "wb") as f:
            f.write(payload)

    t = threading.Thread(target=writer)
    t.start()
    [(_, data, error)] = list(_file(str(fifo), 1000))
    t.join(10)
    assert error is None and data == payload[:1001] and not t.is_alive()


def test_a_file_that_grew_since_its_length_was_read_is_still_bounded(tmp_path: Path):
    """The file grows between fstat and read (a double stands for the race): max_bytes still holds."""
    from filter.commands.classify import _read_rest

    path = tmp_path / "m.eml"
    path.write_bytes(b"12345")  # fstat sees 5 bytes

    class Growing:
        def __init__(self) -> None:
            self.data, self.pos = b"x" * 100, 0
            self.real = open(path, "rb")

        def fileno(self) -> int:
            return self.real.fileno()

        def read(self, n: int = -1) -> bytes:
            out = self.data[self.pos:] if n < 0 else self.data[self.pos:self.pos + n]
            self.pos += len(out)
            return out

    fh = Growing()
    try:
        assert _read_rest(fh, 50, 0) == b"x" * 50     # grown past the limit: cut at it
        fh.pos = 0
        assert _read_rest(fh, 1000, 0) == b"x" * 100  # grown, under the limit: all of it
    finally:
        fh.real.close()


def test_classify_from_stdin_imports_neither_typing_nor_shutil():
    """`classify -` starts once per message in a shell loop: argparse is told the terminal's width
    (else it imports shutil, bz2 and lzma to ask) and ``typing`` is needed only by type checkers."""
    res = subprocess.run([sys.executable, "-X", "importtime", *CLI[1:], "classify", "-"],
                         input=(EXAMPLES / "01-postfix-user-unknown.eml").read_bytes(), capture_output=True, timeout=60)
    assert res.returncode == 0 and lines(res.stdout)[0]["kind"] == "failed"
    names = {line.rsplit("|", 1)[1].strip() for line in res.stderr.decode().splitlines()
             if line.startswith("import time:") and "|" in line}
    assert "argparse" in names and "filter.core.pipeline" in names
    assert not {"typing", "shutil", "lzma", "bz2"} & names, sorted({"typing", "shutil", "lzma", "bz2"} & names)


def test_help_is_as_wide_as_columns_says():
    env = dict(os.environ, COLUMNS="60")
    res = subprocess.run([*CLI, "classify", "--help"], capture_output=True, timeout=60, env=env)
    assert res.returncode == 0
    assert max(len(line) for line in res.stdout.decode().splitlines()) <= 58
    env["COLUMNS"] = "200"
    wide = subprocess.run([*CLI, "classify", "--help"], capture_output=True, timeout=60, env=env)
    assert len(wide.stdout.decode().splitlines()) < len(res.stdout.decode().splitlines())
