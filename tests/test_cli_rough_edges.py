"""Issue 12, found 7: the CLI's rough edges, each as a new user meets it.

The "truncated" defect kept by ``classify``; non-mail input the same in ``pipe`` as in ``classify``;
no traceback in a quarantine's JSON; a FIFO in a folder skipped, not waited on; ``classify`` on a
terminal; ``events --format text`` and its validated filters; a cut address marked; "did you mean"
for a mistyped command.
"""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "bounces"
DSN = EXAMPLES / "01-postfix-user-unknown.eml"  # jane.doe@customer.example, 550 5.1.1
CLI = [sys.executable, "-m", "filter.cli"]


def run(*args: str, stdin: bytes | None = None, env: dict | None = None,
        timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, cwd=REPO, timeout=timeout,
                          env=dict(os.environ, **(env or {})))


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines() if line]


def config(tmp_path: Path, extra: str = "") -> Path:
    cfg = tmp_path / "bouncefilter.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n{extra}")
    return cfg


TRUNCATED = "message truncated to its first 500 bytes"


# -- 1. the "truncated" defect ---------------------------------------------------------------------
def test_the_api_reports_truncated():
    import filter

    assert TRUNCATED in filter.classify(DSN.read_bytes(), max_bytes=500).defects


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_classify_keeps_the_truncated_defect_of_a_file(jobs):
    res = run("classify", "--jobs", jobs, "--max-bytes", "500", str(DSN))
    assert res.returncode == 0, res.stderr
    [report] = lines(res.stdout)
    assert TRUNCATED in report["defects"]


def test_classify_keeps_the_truncated_defect_on_stdin_and_in_an_mbox(tmp_path):
    [report] = lines(run("classify", "--max-bytes", "500", stdin=DSN.read_bytes()).stdout)
    assert TRUNCATED in report["defects"]

    mbox = tmp_path / "box.mbox"
    body = DSN.read_bytes().replace(b"\nFrom ", b"\n>From ")
    mbox.write_bytes(b"From MAILER-DAEMON Mon Nov  2 09:14:03 2026\n" + body + b"\nFrom x Mon Nov  2 09:14:03 2026\n"
                     + b"Subject: short\n\nhi\n")
    long_one, short_one = lines(run("classify", "--max-bytes", "500", str(mbox)).stdout)
    assert TRUNCATED in long_one["defects"]
    assert short_one["defects"] == []


def test_a_message_of_exactly_max_bytes_is_not_truncated(tmp_path):
    data = DSN.read_bytes()
    [report] = lines(run("classify", "--max-bytes", str(len(data)), str(DSN)).stdout)
    assert not any("truncated" in d for d in report["defects"])


def test_the_text_table_shows_the_defects_under_the_row():
    out = run("classify", "--format", "text", "--max-bytes", "500", str(DSN)).stdout.decode().splitlines()
    assert out[1].startswith("01-postfix")
    assert out[2] == f"  defect: {TRUNCATED}"


# -- 2. non-mail input: the pipe says what classify says; no traceback in a quarantine's JSON -----
def _pipe(cfg: Path, data: bytes, env: dict | None = None) -> subprocess.CompletedProcess:
    return run("pipe", "--config", str(cfg), stdin=data, env=env)


def _events(tmp_path: Path) -> list[dict]:
    from filter.store.sqlite import Store

    with Store(tmp_path / "state" / "bouncefilter.db") as s:
        return list(s.events())


@pytest.mark.parametrize("data", [b"garbage", bytes(range(1, 256)), b""], ids=["garbage", "binary", "empty"])
def test_non_mail_is_not_bounce_in_the_pipe_as_in_classify(tmp_path, data):
    [report] = lines(run("classify", stdin=data).stdout)
    assert report["kind"] == "not_bounce"
    r = _pipe(config(tmp_path), data)
    assert r.returncode == 0 and r.stderr == b""
    [ev] = _events(tmp_path)
    assert (ev["event"], ev["kind"]) == ("bounce", "not_bounce")
    quarantine = tmp_path / "state" / "quarantine"
    assert not quarantine.exists() or not any(quarantine.glob("*.json"))


def test_non_mail_that_the_core_reads_as_a_bounce_is_still_quarantined(monkeypatch):
    import filter
    from filter.core.model import FAILED, Original, RecipientResult, Report
    from filter.adapters.pipe import Unreadable, pipe_classify

    fake = Report(FAILED, [RecipientResult(address="a@b.example", reason="user_unknown", class_="hard")],
                  Original(None, None, None, None, {}))
    monkeypatch.setattr(filter, "classify", lambda raw, **kw: fake)
    with pytest.raises(Unreadable, match="no header section"):
        pipe_classify(b"garbage")
    assert pipe_classify(b"Subject: x\n\nbody\n") is fake  # mail: whatever the core says


def test_not_mail_is_named_among_the_defects():
    from filter.adapters.pipe import pipe_classify

    report = pipe_classify(b"garbage")
    assert report.kind == "not_bounce"
    assert any(d.startswith("not a mail message: no header section") for d in report.defects)


@pytest.mark.parametrize("debug", [False, True])
def test_a_quarantine_json_has_a_reason_and_a_traceback_only_in_debug(tmp_path, monkeypatch, debug):
    from filter.config import load
    from filter.engine import Engine

    if debug:
        monkeypatch.setenv("BOUNCEFILTER_DEBUG", "1")
    else:
        monkeypatch.delenv("BOUNCEFILTER_DEBUG", raising=False)

    def broken(raw: bytes, **kw):
        raise ValueError("a bug in a detector")

    with Engine(load(str(config(tmp_path))), classify=broken) as engine:
        outcome = engine.process(DSN.read_bytes(), source="test", inline_budget=0)
    assert outcome.quarantined is not None
    meta = json.loads(outcome.quarantined.with_suffix(".json").read_text())
    assert meta["reason"] == "classify raised ValueError: a bug in a detector"
    assert ("traceback" in meta) is debug
    if debug:
        assert "ValueError" in "".join(meta["traceback"])


# -- 3. a FIFO (socket, device) in a folder is skipped, not waited on -------------------------------
@pytest.fixture
def folder_with_a_fifo(tmp_path: Path) -> Path:
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "01.eml").write_bytes(DSN.read_bytes())
    os.mkfifo(folder / "02-fifo")
    (folder / "03.eml").write_bytes((EXAMPLES / "07-vacation.eml").read_bytes())
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_classify_skips_a_fifo_in_a_folder(folder_with_a_fifo: Path, jobs: str):
    res = run("classify", "--jobs", jobs, str(folder_with_a_fifo), timeout=30)
    assert res.returncode == 0, res.stderr
    assert [Path(r["source"]).name for r in lines(res.stdout)] == ["01.eml", "03.eml"]
    [err] = res.stderr.decode().splitlines()
    assert "02-fifo" in err and "skipped" in err and "FIFO" in err


def test_classify_skips_a_socket_in_a_folder(tmp_path: Path):
    import socket

    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "a.eml").write_bytes(DSN.read_bytes())
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "b.sock"))
        res = run("classify", str(folder), timeout=30)
    finally:
        sock.close()
    assert res.returncode == 0 and len(lines(res.stdout)) == 1
    assert "b.sock" in res.stderr.decode() and "socket" in res.stderr.decode()


def test_process_skips_a_fifo_in_a_folder_and_says_so(tmp_path: Path, folder_with_a_fifo: Path):
    res = run("process", "--config", str(config(tmp_path)), str(folder_with_a_fifo), timeout=30)
    assert res.returncode == 0, res.stderr
    err = res.stderr.decode()
    assert "02-fifo" in err and "skipped" in err
    assert "processed 2 message(s)" in err


# -- 4. classify on a terminal ------------------------------------------------------------------------
def _on_a_terminal(args: list[str], typed: bytes = b"", timeout: float = 20) -> tuple[int, bytes, bytes]:
    """Run the CLI with a pseudo-terminal as stdin; ``typed`` is written to it (then Ctrl-D)."""
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([*CLI, *args], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                cwd=REPO)
        os.close(slave)
        if typed:
            time.sleep(0.5)
            os.write(master, typed)
            os.write(master, b"\x04")
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            pytest.fail(f"bouncefilter {' '.join(args)} waited silently on the terminal")
        return proc.returncode, out, err
    finally:
        while select.select([master], [], [], 0)[0]:
            try:
                if not os.read(master, 4096):
                    break
            except OSError:
                break
        os.close(master)


def test_classify_without_a_path_on_a_terminal_is_a_usage_error():
    code, out, err = _on_a_terminal(["classify"], timeout=15)
    assert code == 2 and out == b""
    assert b"usage: bouncefilter classify" in err and b"'-'" in err


def test_classify_dash_on_a_terminal_says_how_to_end():
    # the whole message typed (or pasted), line by line, then one Ctrl-D
    code, out, err = _on_a_terminal(["classify", "-"], typed=DSN.read_bytes(), timeout=15)
    assert code == 0, err
    assert b"reading a message from the terminal; end with Ctrl-D" in err
    [report] = lines(out)
    assert report["kind"] == "failed"
    assert report["recipients"][0]["address"] == "jane.doe@customer.example"


def test_classify_on_a_pipe_says_nothing_more():
    res = run("classify", stdin=DSN.read_bytes())
    assert res.returncode == 0 and res.stderr == b""


# -- 5, 6. events: a text table; --kind and --event validated ------------------------------------------
@pytest.fixture
def store_with_events(tmp_path: Path) -> Path:
    cfg = config(tmp_path)
    res = run("process", "--config", str(cfg), str(EXAMPLES))
    assert res.returncode == 0, res.stderr
    return cfg


def test_events_as_a_text_table(store_with_events: Path):
    res = run("events", "--config", str(store_with_events), "--format", "text")
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode().splitlines()
    assert out[0].split() == ["time", "event", "kind", "address", "class", "reason", "trust"]
    row = next(line for line in out if "jane.doe@customer.example" in line)
    cells = row.split()
    assert cells[1:] == ["bounce", "failed", "jane.doe@customer.example", "hard", "user_unknown", "unverified"]
    assert len(cells[0]) == 20 and cells[0].endswith("Z")  # 2026-11-02T09:14:03Z
    assert any(line.split()[1:3] == ["suppressed", "failed"] for line in out)
    # the JSON default is unchanged
    default = run("events", "--config", str(store_with_events))
    assert all(isinstance(e, dict) for e in lines(default.stdout))
    assert len(lines(default.stdout)) == len(out) - 1


def test_events_text_marks_a_cut_reason_and_shows_a_quarantine(tmp_path: Path):
    from filter.config import load
    from filter.engine import Engine

    def broken(raw: bytes, **kw):
        raise ValueError("a rather long explanation of what went wrong")

    cfg = config(tmp_path)
    with Engine(load(str(cfg)), classify=broken) as engine:
        engine.process(b"Subject: x\n\nbody\n", source="test", inline_budget=0)
    out = run("events", "--config", str(cfg), "--format", "text").stdout.decode().splitlines()
    [row] = out[1:]
    assert row.split()[1] == "quarantined" and "classify raised" in row and "…" in row


@pytest.mark.parametrize("args", [["--kind", "nonsense"], ["--event", "bogus"], ["--kind", "FAILED"]])
def test_events_refuses_an_unknown_kind_or_event(store_with_events: Path, args: list[str]):
    res = run("events", "--config", str(store_with_events), *args)
    assert res.returncode == 2 and res.stdout == b""
    assert b"invalid choice" in res.stderr and args[1].encode() in res.stderr


def test_events_filters_by_a_valid_kind_and_event(store_with_events: Path):
    res = run("events", "--config", str(store_with_events), "--kind", "complaint", "--event", "bounce")
    assert res.returncode == 0
    assert [(e["event"], e["kind"]) for e in lines(res.stdout)] == [("bounce", "complaint")]


# -- 7. a long address in the classify table ---------------------------------------------------------
def test_the_classify_table_marks_a_cut_address(tmp_path: Path):
    long = "a.very.long.local.part.for.testing@subdomain.customer.example"  # 61 characters
    msg = tmp_path / "long-address-bounce-with-a-rather-long-file-name.eml"
    msg.write_bytes(DSN.read_bytes().replace(b"jane.doe@customer.example", long.encode()))
    assert lines(run("classify", str(msg)).stdout)[0]["recipients"][0]["address"] == long
    out = run("classify", "--format", "text", str(msg), env={"PYTHONIOENCODING": "utf-8"}).stdout.decode()
    row = out.splitlines()[1]
    assert long[:37] + "…" in row and long not in row
    assert row.startswith(msg.name[:39] + "…")  # the source column too
    # an output encoding without "…": a visible "~", never a "?" or a silent cut
    ascii_out = run("classify", "--format", "text", str(msg), env={"PYTHONIOENCODING": "ascii"}).stdout.decode()
    assert long[:37] + "~" in ascii_out


# -- 8. did you mean ------------------------------------------------------------------------------------
@pytest.mark.parametrize("typo, meant", [("clasify", "classify"), ("evnets", "events"), ("proces", "process")])
def test_a_mistyped_command_gets_a_suggestion(typo: str, meant: str):
    res = run(typo)
    assert res.returncode == 2
    first = res.stderr.decode().splitlines()[0]
    assert first == f"bouncefilter: unknown command {typo!r}; did you mean {meant!r}?"


def test_no_suggestion_for_nonsense_and_the_pipe_rule_kept():
    res = run("xyzzy-plugh")
    assert res.returncode == 2 and b"did you mean" not in res.stderr
    res = run("--config", "x.yaml", "pipe", stdin=b"")
    assert res.returncode == 75  # under an MTA: never a code that bounces the bounce
    assert b"the command comes first: 'bouncefilter pipe --config ...'" in res.stderr
    res = run("pipee", "--config", "x.yaml")
    assert res.returncode == 2 and b"did you mean 'pipe'?" in res.stderr


def test_outbox_list_has_a_header_and_says_when_it_is_empty(tmp_path):
    import subprocess
    import sys

    cfg = tmp_path / "bf.yaml"
    cfg.write_text(f"state_dir: {tmp_path / 'state'}\n")
    r = subprocess.run([sys.executable, "-m", "filter.cli", "outbox", "list", "--config", str(cfg)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout == "" and "no pending or dead deliveries" in r.stderr
    r = subprocess.run([sys.executable, "-m", "filter.cli", "outbox", "list", "--json", "--config", str(cfg)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout == "" and r.stderr == ""  # JSON stays machine-clean
