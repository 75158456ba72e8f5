"""Compiled patterns kept between processes (filter/core/regexcache.py): the same pattern as
``re.compile`` makes, read back without parsing, and never an error from the cache itself."""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from filter.core import lazyre, regexcache

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = [
    (r"(?P<code>[45]\d\d)[ -](?P<status>[45]\.\d{1,3}\.\d{1,3})", 0),
    (r"user (?:unknown|not found)|no such (?:user|mailbox)", re.I),
    (r"^Final-Recipient:\s*(\S+)", re.M),
    (r"""(?x) mailbox \s+ (?:is\s+)? full   # a comment""", 0),
    (r"(?<!not )delivered|配信が遅延|задерживается", 0),
    (r"a.b", re.S),
    (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.A),
]
TEXTS = ["550 5.1.1 User unknown", "final-recipient: rfc822; a@b.example\nFinal-Recipient: x@y",
         "Mailbox is full", "the mail was not delivered; 配信が遅延しています", "a\nb", "write to jane.doe+x@mail.example.org",
         "", "421 4.7.0 try later, NO SUCH MAILBOX", "письмо задерживается"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The folder of this test's cache (under a base of its own)."""
    monkeypatch.setenv("BOUNCEFILTER_REGEX_CACHE", str(tmp_path / "regex"))
    monkeypatch.setattr(regexcache, "_new", {})
    monkeypatch.setattr(regexcache, "_TRUSTED", {})
    return Path(regexcache.cache_dir())


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a.flags == b.flags and a.groups == b.groups and a.groupindex == b.groupindex
    for text in TEXTS:
        assert [m.span() + m.groups() for m in a.finditer(text)] == [m.span() + m.groups() for m in b.finditer(text)]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_compiled_and_read_back_as_re_compile_makes_it(cache, monkeypatch, pattern, flags) -> None:
    expected = re.compile(pattern, flags)
    fresh = regexcache.compile(pattern, flags)
    _same(fresh, expected)
    assert fresh.pattern == pattern
    assert regexcache.save() == 1 and len(list(cache.iterdir())) == 1

    # read back: no parsing at all
    def no_parse(*args, **kwargs):
        raise AssertionError("parsed although kept")

    monkeypatch.setattr(regexcache._parser, "parse", no_parse)
    kept = regexcache.compile(pattern, flags)
    _same(kept, expected)
    assert regexcache.save() == 0  # nothing new


def test_a_scanned_pattern_is_kept_apart_from_the_plain_one(cache) -> None:
    pattern = r"(?:remise|distribution) (?:est )?diff[ée]r[ée]e|wird weiterhin versucht"
    plain = regexcache.compile(pattern, re.I)
    scanned = regexcache.compile(pattern, re.I, lazyre._look_ahead)
    assert scanned.pattern is None and plain.pattern == pattern
    assert regexcache.save() == 2
    for text in ("La remise est différée", "es WIRD weiterhin versucht", "nothing"):
        assert bool(scanned.search(text)) == bool(plain.search(text)) == bool(re.search(pattern, text, re.I))
    again = regexcache.compile(pattern, re.I, lazyre._look_ahead)
    assert again.pattern is None and again.search("la remise est différée")


def test_a_damaged_or_foreign_file_is_compiled_afresh(cache) -> None:
    pattern, flags = PATTERNS[0]
    regexcache.compile(pattern, flags)
    regexcache.save()
    (path,) = cache.iterdir()
    for damaged in (b"not marshal at all", marshal.dumps((("another", "python"), "x", 1, 2, 3, 4, 5)),
                    path.read_bytes()[:-7]):
        path.write_bytes(damaged)
        _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))
        regexcache._new.clear()
    # an entry whose code the engine refuses (same header and key): compiled afresh, not raised
    header, key, final_flags, groups, groupindex, indexgroup, code = marshal.loads(
        marshal.dumps((regexcache._header(), f"{flags}:0:{pattern}", 32, 0, {}, (None,), b"\xff" * 12)))
    path.write_bytes(marshal.dumps((header, key, final_flags, groups, groupindex, indexgroup, code)))
    _same(regexcache.compile(pattern, flags), re.compile(pattern, flags))


def test_a_wrong_pattern_says_so_as_re_compile_does(cache) -> None:
    with pytest.raises(re.error):
        regexcache.compile(r"(unclosed")


def test_a_folder_that_cannot_be_written_keeps_nothing(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    monkeypatch.setenv("BOUNCEFILTER_REGEX_CACHE", str(blocker / "regex"))
    monkeypatch.setattr(regexcache, "_new", {})
    monkeypatch.setattr(regexcache, "_TRUSTED", {})
    _same(regexcache.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))
    assert regexcache.save() == 0 and not regexcache._new


def test_an_empty_setting_keeps_nothing(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BOUNCEFILTER_REGEX_CACHE", "")
    monkeypatch.setattr(regexcache, "_new", {})
    assert regexcache.cache_dir() is None
    regexcache.compile(*PATTERNS[2])
    assert not regexcache._new and regexcache.save() == 0


def test_a_process_keeps_what_it_compiled_for_the_next(tmp_path) -> None:
    """A real `bouncefilter classify -`: the first process writes its patterns when it exits, the
    second reads them (nothing new to write) and says the same.  Both run with one string hash seed:
    the order of a set of index words decides which of two phrases a text holds is tried (and
    compiled) first, so under another seed the same work may compile another phrase."""
    env = dict(os.environ, BOUNCEFILTER_REGEX_CACHE=str(tmp_path / "regex"), PYTHONPATH=str(ROOT),
               PYTHONHASHSEED="1")
    message = (ROOT / "examples" / "bounces" / "02-exim-mailbox-full.eml").read_bytes()
    probe = ("import sys; from filter.core import regexcache; from filter.cli import main\n"
             "try:\n    main(['classify', '-'])\nfinally:\n"
             "    sys.stderr.write(f'new={len(regexcache._new)}\\n')\n")
    first = subprocess.run([sys.executable, "-c", probe], input=message, capture_output=True, env=env, check=True)
    (folder,) = (tmp_path / "regex").iterdir()
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) >= 10, first.stderr
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    second = subprocess.run([sys.executable, "-c", probe], input=message, capture_output=True, env=env, check=True)
    assert second.stdout == first.stdout
    assert b"new=0" in second.stderr, second.stderr
    assert sorted(p.name for p in folder.iterdir()) == kept


def test_changed_compiling_code_is_another_folder(cache, monkeypatch) -> None:
    """The look-ahead's code (lazyre.py) or this module changed, or another interpreter: the
    entries compiled by the old code are not read (they were written by another compiler)."""
    regexcache.compile(r"user (?:unknown|not found)", re.I, lazyre._look_ahead)
    assert regexcache.save() == 1
    before = regexcache.cache_dir()
    monkeypatch.setattr(regexcache.sys, "version", sys.version + " (another build)")
    monkeypatch.setattr(regexcache, "_folder", None)
    after = regexcache.cache_dir()
    assert after != before and os.path.dirname(after) == os.path.dirname(before)
    assert regexcache._read(after, f"{int(re.I)}:1:user (?:unknown|not found)") is None


def test_a_folder_others_may_write_is_neither_read_nor_written(cache) -> None:
    pattern, flags = PATTERNS[1]
    regexcache.compile(pattern, flags)
    assert regexcache.save() == 1
    key = f"{int(flags)}:0:{pattern}"
    assert regexcache._read(str(cache), key) is not None
    os.chmod(cache, 0o777)  # anyone could plant an entry: what it says is not believed
    regexcache._TRUSTED.clear()
    assert regexcache._read(str(cache), key) is None
    regexcache.compile(PATTERNS[2][0], PATTERNS[2][1])
    assert regexcache.save() == 0
    os.chmod(cache, 0o755)
    os.chmod(cache.parent, 0o775)  # the base too (another user could replace the folder)
    regexcache._TRUSTED.clear()
    assert regexcache._read(str(cache), key) is None


def test_the_temporary_file_is_never_written_through_a_link(cache, tmp_path, monkeypatch) -> None:
    """A link planted where the temporary file goes is never followed (os.urandom names it, and
    O_EXCL | O_NOFOLLOW refuse what is there)."""
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    pattern, flags = PATTERNS[0]
    cache.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(regexcache.os, "urandom", lambda n: b"\0" * n)
    path = regexcache._file(str(cache), f"{flags}:0:{pattern}")
    os.symlink(victim, f"{path}.{os.getpid()}.{'00' * 4}.tmp")
    regexcache.compile(pattern, flags)
    assert regexcache.save() == 0
    assert victim.read_text() == "keep me"


def test_a_thread_compiling_while_the_process_saves(cache) -> None:
    import threading

    stop = threading.Event()

    def compiling() -> None:
        n = 0
        while not stop.is_set():
            regexcache.compile(rf"pattern number {n}")
            n += 1

    worker = threading.Thread(target=compiling, daemon=True)
    worker.start()
    try:
        for _ in range(20):
            regexcache.save()
    finally:
        stop.set()
        worker.join()
    regexcache.save()
    assert not regexcache._new


def test_the_package_keeps_only_its_newest_folder(tmp_path, monkeypatch) -> None:
    base = tmp_path / "pkg" / "__pycache__" / "regex"
    old = base / "cpython-311-0123456789abcdef"
    old.mkdir(parents=True)
    (old / "entry").write_bytes(b"old")
    monkeypatch.delenv("BOUNCEFILTER_REGEX_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_HERE", str(tmp_path / "pkg"))
    monkeypatch.setattr(regexcache, "_folder", None)
    monkeypatch.setattr(regexcache, "_new", {})
    monkeypatch.setattr(regexcache, "_TRUSTED", {})
    regexcache.compile(*PATTERNS[0])
    assert regexcache.save() == 1
    assert [p.name for p in base.iterdir()] == [os.path.basename(regexcache.cache_dir())]
    monkeypatch.setattr(regexcache, "_folder", None)
