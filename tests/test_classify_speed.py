"""The shortcuts taken for bulk classify speed give what the general way gives (issue 11 item 3).

Each shortcut skips work when a cheap test shows that the general way would give the same answer:
reading a regular file in one call, taking a plain ASCII part's payload as its text, skipping a
pattern whose words a text lacks.  These tests hold each one against the general way it stands for.
"""
from __future__ import annotations

import os
import re
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filter.commands.classify import _buffered_file, _file, _walk
from filter.core import lazyre, message, mime, smtptext
from filter.core.detectors import arf, autoreply, dsn, text as textdet
from filter.core.detectors.vendors import notes

# characters that make the edge cases: blanks of every kind, line ends splitlines() knows, colons,
# case pairs that IGNORECASE folds beyond ASCII (Kelvin sign, long s, dotted I), code digits
EDGY = st.text(alphabet=st.sampled_from(list("aAzZfFsSkK09245-.:;# \t\xa0\u2028\x85\x0b\x1c\u212a\u017f\u0130é")),
               max_size=40)


# -- reading files -------------------------------------------------------------------------------
def _general(path: str, max_bytes: int) -> list:
    """What _file gave before it read regular files in one call: everything through a buffer."""
    with open(path, "rb") as fh:
        return list(_buffered_file(path, fh, max_bytes))


@pytest.mark.parametrize("content", [
    b"", b"F", b"From", b"From ", b"Subject: x\n\nbody\n", b"x" * 70_000,
    b"From a\nSubject: one\n\nhi\n\nFrom b\nSubject: two\n\n>From quoted\n",
])
@pytest.mark.parametrize("max_bytes", [3, 5, 100, 4 << 20])
def test_a_file_reads_as_through_a_buffer(tmp_path, content: bytes, max_bytes: int):
    path = tmp_path / "m.eml"
    path.write_bytes(content)
    assert list(_file(str(path), max_bytes)) == _general(str(path), max_bytes)


@pytest.mark.parametrize("told", [10, 30])  # the size fstat tells: the file grew since, or a read came short
def test_a_file_whose_read_does_not_match_its_size_is_read_through_a_buffer(tmp_path, monkeypatch, told: int):
    path = tmp_path / "m.eml"
    content = b"Subject: x\n\n" + b"y" * 10
    path.write_bytes(content)
    real = os.fstat

    def fstat(fd: int) -> os.stat_result:
        st = real(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, told,
                               st.st_atime, st.st_mtime, st.st_ctime))

    monkeypatch.setattr(os, "fstat", fstat)
    assert list(_file(str(path), 1000)) == [(str(path), content, None)]


def test_what_cannot_be_read_says_why(tmp_path):
    assert list(_file(str(tmp_path), 100)) == [(str(tmp_path), b"", "Is a directory")]
    missing = str(tmp_path / "gone.eml")
    assert list(_file(missing, 100)) == [(missing, b"", "No such file or directory")]


def test_a_fifo_is_read_whole(tmp_path):
    """A pipe may return short reads: it takes the buffered way, which reads to the end."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    data = b"Subject: piped\n\n" + b"line\n" * 20_000

    def write() -> None:
        with open(fifo, "wb") as fh:
            for i in range(0, len(data), 4096):
                fh.write(data[i:i + 4096])
                fh.flush()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        got = list(_file(str(fifo), 4 << 20))
    finally:
        writer.join(10)
    assert got == [(str(fifo), data, None)]



def _walked_by_os_walk(top: str) -> list:
    """What _walk gave when it listed with os.walk and asked os.stat about every file."""
    import stat

    out = []
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(f for f in files if not f.startswith(".")):
            path = os.path.join(root, name)
            try:
                mode = os.stat(path).st_mode
            except OSError:
                out.append((path, None))
                continue
            out.append((path, None if stat.S_ISREG(mode) else "skipped"))
    return out


def test_a_folder_is_listed_as_os_walk_lists_it(tmp_path):
    """The listing's entry types stand for os.stat: same files, same order, same skips (a FIFO),
    links to files followed, links to folders not walked into, hidden names left out."""
    for rel in ("b/2.eml", "a/1.eml", "a/z/3.eml", "a/.hidden/4.eml", ".h/5.eml", "top.eml", "a/.dot.eml", "c/6"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"Subject: x\n\nx\n")
    os.mkfifo(tmp_path / "a" / "pipe")
    os.symlink(tmp_path / "top.eml", tmp_path / "a" / "link.eml")
    os.symlink(tmp_path / "c", tmp_path / "a" / "linked-folder")
    os.symlink(tmp_path / "gone", tmp_path / "a" / "dangling.eml")
    got = [(path, why and "skipped") for path, why in _walk(str(tmp_path))]
    assert got == _walked_by_os_walk(str(tmp_path))
    assert (str(tmp_path / "a" / "pipe"), "skipped") in got and len(got) == 8


# -- a part's text ---------------------------------------------------------------------------------
def _general_text(part, defects: list[str]) -> str:
    """_part_text's general way: the stdlib's transfer decoding, then decode_bytes."""
    payload = part.get_payload(decode=True)
    if payload is None:
        return str(message._payload(part) or "")
    return message.decode_bytes(payload, message._charset(part), defects)


@pytest.mark.parametrize("headers", [
    "", "Content-Type: text/plain", "Content-Type: text/plain; charset=us-ascii",
    "Content-Type: text/plain; charset=\"UTF-8\"", "Content-Type: text/plain; charset=iso-8859-1",
    "Content-Type: text/plain; charset=utf-16", "Content-Type: text/plain; charset=utf-7",
    "Content-Type: text/plain; charset=iso-2022-jp", "Content-Type: text/plain; charset=x-unknown",
    "Content-Type: text/plain; charset=idna",
    "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: BASE64",
    "Content-Transfer-Encoding: base64 ", "Content-Transfer-Encoding: quoted-printable",
    "Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding: x-uuencode",
    "Content-Transfer-Encoding: 7bit\nContent-Transfer-Encoding: base64",
])
@pytest.mark.parametrize("body", [
    "Delivery to the following recipient failed: jane@example.com\n",
    "SGVsbG8gd29ybGQ=\n", "caf=C3=A9 =\nsoft break\n", "\x1b$B$3$s$K$A$O\x1b(B\n", "+AGEAYgBj-\n",
    "caf\udcc3\udca9\n",  # 8-bit bytes (surrogate escapes): the general way
])
def test_a_part_text_is_what_the_stdlib_decodes(headers: str, body: str):
    part = mime.Entity()
    mime.read_headers(part, headers + "\n\n" if headers else "\n")
    part.set_payload(body)
    fast: list[str] = []
    slow: list[str] = []
    assert message._part_text(part, fast) == _general_text(part, slow)
    assert fast == slow
    if body.isascii():
        assert message._payload(part) == part.get_payload()


# -- quick rejects ---------------------------------------------------------------------------------
@settings(max_examples=1000, deadline=None)
@given(st.one_of(EDGY, st.sampled_from(["Abuse report", "FBL REPORT for you", "ſpam report", "Reported as SPAM",
                                       "Email Feedback-Loop", "scomp: 1", "Undeliverable: hello"])))
def test_the_complaint_subject_reject_never_hides_a_match(subject: str):
    if arf._COMPLAINT_SUBJECT.search(subject):
        assert arf._may_be_complaint(subject)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(EDGY, st.sampled_from(["550 5.1.1 user unknown", "(#5.1.1)", "said: 452 4.2.2 full",
                                       "250 2.0.0 ok", "5.7.1", "no code here"])))
def test_the_status_reject_never_hides_a_status(text: str):
    if not smtptext._may_hold_status(text):
        assert smtptext.find_status(text) is None
        assert not smtptext._CODE_STATUS.search(text)
        assert not smtptext._STATUS.search(text)
        assert not smtptext._QMAIL_STATUS.search(text)



@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list(smtptext._COMMAND_WORDS) + ["after", "command", "like", "rcpt", "data", "mail",
                                                                  "reject", "x", " ", "550", "to"]), max_size=8))
def test_the_command_words_found_are_those_of_the_table(pieces: list[str]):
    """Looked for by their gates, the words found are those a search for each finds, in order."""
    for text in ("".join(pieces), " ".join(pieces)):
        assert smtptext._command_words(text) == [w for w in smtptext._COMMAND_WORDS if w in text]


def test_every_command_word_is_looked_for():
    gated = [w for words in smtptext._GATED.values() for w in words]
    assert sorted(gated + list(smtptext._UNGATED)) == sorted(smtptext._COMMAND_WORDS)


# -- the returned original's header names ----------------------------------------------------------
@pytest.mark.parametrize("name", ["Received", "DKIM-Signature", "ARC-Seal", "X-MS-Exchange-Foo", "Content-Type",
                                  "Subject", "To", "X-Mailer", "MESSAGE-ID", "x-received", "Résumé", ""])
def test_a_header_name_is_kept_or_left_out_as_before(name: str):
    from filter.core import pipeline

    expected = None if name.lower().startswith(pipeline._SKIP_ORIGINAL) else name.lower()
    assert pipeline._kept_name(name) == expected
    assert pipeline._kept_name(name) == expected  # from the memo


def test_the_header_name_memo_stays_small(monkeypatch):
    from filter.core import pipeline

    monkeypatch.setattr(pipeline, "_NAMES", {})
    for n in range(10_000):
        assert pipeline._kept_name(f"X-Made-Up-{n}") == f"x-made-up-{n}"
    assert len(pipeline._NAMES) <= 4096


# -- a multipart's boundary --------------------------------------------------------------------------
@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('bBoundaryx;="\' \t<>-_/*\\')), max_size=40))
def test_a_boundary_is_the_stdlib_boundary(params: str):
    """Read with a plain split when the quotes allow it, as the stdlib's parameter parser reads it."""
    from email.message import Message

    for value in (f"multipart/mixed;{params}", f"multipart/mixed; boundary={params}", params):
        entity = mime.Entity()
        entity["Content-Type"] = value
        plain = Message()
        plain["Content-Type"] = value
        assert entity.get_boundary() == plain.get_boundary(), value


# -- case-insensitive alternations behind a look-ahead at their first characters ----------------
_SCANNED = [(f"{mod.__name__}.{n}", rx) for mod in (textdet, autoreply)
            for n, rx in vars(mod).items() if isinstance(rx, lazyre.Lazy) and rx.scan]


@pytest.mark.parametrize("pattern, flags, first", [
    ("ab|c", 0, "ac"), ("a?b", 0, "ab"), ("(?:x)*y", 0, "xy"), (r"\d+z", 0, r"\d"), (r"(?<!q)\b(?:m|n)", 0, "mn"),
    ("[a-c]x|[]^-]", 0, r"a-c\]\^\-"), ("(?>ab)c", 0, "a"), ("(a)b", re.I, "a"),
    # not worked out: a match may be empty or start anywhere, or flags are set inline
    ("a*", 0, None), ("[^a]b", 0, None), (".x", 0, None), ("(?i:a)b", 0, None), (r"(a)\1|b", 0, "ab"), (r"(a)?\1", 0, None),
    ("(?i)ab", 0, "a"),
])
def test_first_chars(pattern: str, flags: int, first: str | None):
    assert lazyre.first_chars(pattern, flags) == first


def test_the_long_alternations_are_scanned():
    scanned = {n.rpartition(".")[2]: rx for n, rx in _SCANNED}
    for name in ("BOUNCE_SUBJECT", "_BOUNCE_WORDS", "_CHALLENGE_WORDS", "_CHALLENGE_MORE"):
        rx = scanned[name]  # compiled from the parse tree, with the look-ahead put in front
        assert lazyre.first_chars(rx.pattern, rx.flags) and rx.compiled.pattern is None, name


def _pieces(rx: lazyre.Lazy) -> list[str]:
    """Words of a pattern's own text (so that the generated texts hold matches), and case pairs."""
    return re.findall(r"[^\W\d_]{2,}", rx.pattern)[:300] + list("aAkKsSiI\u212a\u017f\u0130\u0131 :<>@.-[]\n")


@pytest.mark.parametrize("name, rx", _SCANNED, ids=[n for n, _ in _SCANNED])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_scanned_pattern_finds_what_the_plain_one_finds(name: str, rx: lazyre.Lazy, data):
    pieces = st.sampled_from(_pieces(rx) + ["user@example.com", "<a@b.example>", " to ", "550 5.1.1 "])
    text = "".join(data.draw(st.lists(st.one_of(pieces, EDGY), max_size=12)))
    plain = re.compile(rx.pattern, rx.flags)
    for got, want in ((rx.search(text), plain.search(text)), (rx.search(text.upper()), plain.search(text.upper()))):
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


# -- string tests in place of per-line patterns ------------------------------------------------------
@settings(max_examples=2000, deadline=None)
@given(st.one_of(EDGY, st.text(alphabet=st.sampled_from(list("-=_*#~ \t\xa0x\u2028")), max_size=12)))
def test_a_rule_line_is_what_the_rule_pattern_matches(line: str):
    for ln in line.splitlines() or [line]:
        assert textdet._is_rule(ln) == bool(re.match(r"^\s*[-=_*#~]{3,}\s*$", ln))


@settings(max_examples=2000, deadline=None)
@given(st.one_of(EDGY, st.text(alphabet=st.sampled_from(list("aZ09-_ :\t\xa0\u2003;xé")), max_size=20)))
def test_a_dsn_field_line_is_read_as_the_field_pattern_reads_it(line: str):
    for ln in line.splitlines() or [line]:
        m = re.match(r"^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.*)$", ln)
        assert dsn._field(ln) == (m and (m.group(1).lower(), m.group(2).strip()))


@settings(max_examples=2000, deadline=None)
@given(st.one_of(EDGY, st.text(alphabet=st.sampled_from(list("5504 -:._aé\u0660x")), max_size=20)),
       st.sampled_from(["550", "421", "554"]))
def test_a_reply_code_is_found_where_the_reply_pattern_finds_it(text: str, reply: str):
    m = re.search(r"(?<![\w.])" + reply + r"[ \-:]", text)
    assert textdet._reply_at(text, reply) == (m.start() if m else -1)


_MARKER_LINES = ["   The original message was received at Mon", "\t-- original message --", "  ---- Original Message ----",
                 " \xa0 ----- Below this line is a copy of the message.", "  Returned mail follows", "   message follows",
                 "    Technical details of permanent failure:", "  Reason: ", " remote host said:  ", "x"]


@settings(max_examples=1000, deadline=None)
@given(st.one_of(EDGY, st.sampled_from(_MARKER_LINES),
                 st.tuples(EDGY, st.sampled_from(_MARKER_LINES)).map("".join)))
def test_lines_are_matched_without_their_blanks_as_with_them(line: str):
    for ln in line.splitlines() or [line]:
        assert bool(textdet._ORIGINAL_MARKER.match(ln)) == bool(textdet._ORIGINAL_MARKER.match(ln.lstrip()))
        assert bool(textdet._BOILERPLATE.match(ln)) == bool(textdet._BOILERPLATE.match(ln.strip()))


@settings(max_examples=1000, deadline=None)
@given(st.one_of(EDGY, st.sampled_from(["--- Failure Reasons ---", "x\n-- failure reasons --\n", "\r\n---FAILURE REASONS---"]),
                 st.tuples(EDGY, st.sampled_from(["\n", "\r", "\u2028"]), st.just("-- Failure Reasons --")).map("".join)))
def test_the_notes_reject_never_hides_a_report(body: str):
    if notes._START.search(body):
        assert body.startswith("-") or "\n-" in body
        assert not body.isascii() or "failure reasons" in body.lower()


@settings(max_examples=1000, deadline=None)
@given(st.one_of(EDGY, st.tuples(EDGY, st.sampled_from(["\nFinal-Recipient: ", "\noriginal-RECIPIENT:", "\nFİnal-Recipient:",
                                                         "Original-Rec\u0131pient :", "-recipient"]), EDGY).map("".join)))
def test_the_dsn_fields_reject_never_hides_fields(body: str):
    if dsn._DSN_IN_TEXT.search(body):
        assert dsn._may_hold_fields(body)


# -- header blocks ------------------------------------------------------------------------------------
@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["Subject: x", "From a@b", "From: a", " folded", "\tmore", "X-A:", ":", "no colon here",
                                 "", "Name : v", "Bad Name: v", "\r", "é: v", "A:b:c"]), max_size=8),
       st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_a_header_block_is_cut_as_by_the_backtracking_patterns(lines: list[str], eol: str, last_eol: bool):
    text = eol.join(lines) + (eol if last_eol else "")
    block = re.compile(r"(?:(?:From |[\041-\071\073-\176]*:|[\t ])[^\n]*(?:\n|\Z))*")
    entry = re.compile(r"([\041-\071\073-\176]+):[ \t]*([^\n]*(?:\n[\t ][^\n]*)*)\n?|(From [^\n]*\n?)|[^\n]+\n?")
    end = block.match(text).end()
    assert mime._HEADER_BLOCK.match(text).end() == end
    assert mime._ENTRY.findall(text, 0, end) == entry.findall(text, 0, end)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["Subject: x", "From: a", " folded", "\tmore", "X-A:", ":", "no colon here", "Name : v",
                                 "Bad Name: v", "\r", "é: v", "A:b:c", "Content-Type: text/plain"]), max_size=8),
       st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_a_header_block_without_a_from_line_is_read_as_the_general_way(lines: list[str], eol: str, last_eol: bool):
    """The two-group entries of a block without a "From " line are the (name, value) pairs the
    three-group pattern gives, and read_headers stores what it stored from those."""
    text = eol.join(lines) + (eol if last_eol else "") + eol + "body"
    end = mime._HEADER_BLOCK.match(text).end()
    general = mime._ENTRY.findall(text, 0, end)
    assert mime._HEADER_ENTRY.findall(text, 0, end) == [(name, value) for name, value, _ in general]
    msg = mime.Entity()
    mime.read_headers(msg, text)
    assert msg._headers == [(name, value.rstrip("\r\n")) for name, value, _ in general if name]


def test_the_delay_words_stand_for_the_delay_pattern():
    """says_delay tries _DELAY only on a text holding one of _DELAY_WORDS: every string of which a
    match holds one (the pattern's own, as the phrase index works them out) holds one of them."""
    from filter.core.patterns import _required_words

    assert not textdet._DELAY.flags & re.IGNORECASE  # matched against lower-cased text
    required = _required_words(textdet._DELAY.pattern)
    assert required
    for needed in required:
        assert any(w in needed for w in textdet._DELAY_WORDS), needed
    for said in ("delivery has been delayed", "we will retry", "still trying", "(delay)", "deferred delivery",
                 "delays have been detected", "no action is required on your part", "temporarily deferred"):
        assert textdet.says_delay(said)
    assert not textdet.says_delay("550 5.1.1 user unknown")


def test_the_subject_test_is_asked_once_per_message():
    from filter.core.message import ParsedMessage

    for subject, says in (("Undelivered Mail Returned to Sender", True), ("Hello", False)):
        msg = ParsedMessage(f"From: a@example.com\nSubject: {subject}\n\nbody\n".encode())
        assert textdet.bounce_subject(msg) is says
        assert bool(msg.memo["bounce_subject"]) is says  # the match itself is kept (or False)
        assert bool(textdet.BOUNCE_SUBJECT.search(textdet.subject(msg))) is says


@pytest.mark.parametrize("text", [
    "", "   ", "Hello, nothing here.", "The mailbox is full.", "550 user unknown", "The recipient's mailbox is full and "
    "cannot accept messages now", "Die E-Mail-Adresse existiert nicht", "メールボックスが一杯です", "x" * 30_000 + " user unknown",
])
def test_says_something_is_the_phrase_tables_answer(text: str):
    from filter.core.classifier import normalize
    from filter.core.patterns import PHRASES, matches

    folded = normalize(text[:textdet._SAYS_SCAN])
    expected = any(matches(r, folded) for r in PHRASES if r not in ("expired", "connect_failure"))
    assert textdet._says_something(text) is expected


def test_the_east_asian_span_holds_the_east_asian_ranges():
    from re import _parser

    from filter.core import address

    ((_in, items),) = list(_parser.parse(f"[{address._EA}]"))
    codes = [c for _op, av in items for c in (av if isinstance(av, tuple) else (av,))]
    assert (chr(min(codes)), chr(max(codes))) == (address._EA_FIRST, address._EA_LAST)


def test_every_pattern_of_the_core_compiles():
    """A Lazy pattern is compiled on first use, and the pipeline turns a detector's error into a
    defect (the next detector is tried): a table that no longer compiles would silently read
    nothing.  Every one is compiled here."""
    import importlib
    import pkgutil

    import filter.core

    broken = []
    for info in pkgutil.walk_packages(filter.core.__path__, "filter.core."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, lazyre.Lazy):
                try:
                    value.compiled
                except re.error as exc:
                    broken.append(f"{info.name}.{name}: {exc}")
    assert not broken
