"""imapbridge.client.Wire with a recording double of the session (the real server: test_imapbridge.py):
the POP3-shaped pipelining it offers the POP3 drain, and how it batches IMAP commands."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from imapbridge.client import ImapCommandError, Wire


@dataclass
class _Account:
    processed: str = "move"
    processed_folder: str = "Processed"
    processed_flag: str = "$BounceProcessed"
    non_bounce_folder: str | None = "Humans"


class _Session:
    """Records the commands; serves bodies (CRLF, as IMAP sends them) for the UIDs it has."""

    where = "imap.test:993"

    def __init__(self, account, bodies):
        self.account, self.bodies, self.calls = account, bodies, []

    def fetch(self, uids, limit=None):
        self.calls.append(("fetch", tuple(uids), limit))
        return {u: self.bodies[u][:limit] if limit else self.bodies[u] for u in uids if u in self.bodies}

    def move(self, uids, folder):
        self.calls.append(("move", tuple(uids), folder))

    def delete(self, uids):
        self.calls.append(("delete", tuple(uids)))

    def flag(self, uids, flags):
        self.calls.append(("flag", tuple(uids), tuple(flags)))


def test_fetches_ahead_in_one_command_and_answers_in_order():
    s = _Session(_Account(), {7: b"a\r\nb\r\n", 9: b"c\r\n", 12: b"x" * 100})
    w = Wire(s)
    w.send_retr(7, limit=50)
    w.send_retr(9, limit=50)
    w.send_top(12, 0, limit=10)
    assert w.outstanding == 3
    assert w.receive() == ("RETR", 7, b"a\nb\n", False)  # CRLF made LF, as the pipe gets mail
    assert s.calls == [("fetch", (7, 9), None), ("fetch", (12,), 10)]  # one FETCH for the whole ones
    assert w.receive() == ("RETR", 9, b"c\n", False)
    assert w.receive() == ("TOP", 12, b"x" * 10, True)  # oversized: its start, said to be cut
    assert w.outstanding == 0 and len(s.calls) == 2


def test_dispositions_wait_for_flush_and_go_one_command_per_destination():
    s = _Session(_Account(), {})
    w = Wire(s)
    w.plan.update({1: "processed", 2: "human", 3: "processed", 4: "delete"})
    for uid in (1, 2, 3, 4):
        w.send_dele(uid)
    assert s.calls == []  # nothing before the group's commit is done: flush() is called after it
    w.flush()
    assert sorted(s.calls) == [("delete", (4,)), ("move", (1, 3), "Processed"), ("move", (2,), "Humans")]
    assert [w.receive()[:2] for _ in range(4)] == [("DELE", 1), ("DELE", 2), ("DELE", 3), ("DELE", 4)]
    assert len(s.calls) == 3  # answers read afterwards send nothing more


def test_flag_mode_flags_and_remembers_what_it_flagged():
    s = _Session(_Account(processed="flag"), {})
    w = Wire(s)
    w.send_dele(5)
    w.receive()  # a read of a DELE flushes first
    assert s.calls == [("flag", (5,), (b"\\Seen", b"$BounceProcessed"))] and w.flagged == {5}


def test_a_message_gone_from_the_server_is_a_command_error_and_the_wire_stays_in_step():
    s = _Session(_Account(), {2: b"m\r\n"})
    w = Wire(s)
    w.send_retr(1)
    w.send_retr(2)
    with pytest.raises(ImapCommandError, match="UID FETCH 1 on imap.test:993: the message is gone"):
        w.receive()
    assert w.outstanding == 1 and w.receive() == ("RETR", 2, b"m\n", False)
