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
    folder = tmp_path / "regex"
    monkeypatch.setenv("BOUNCEFILTER_REGEX_CACHE", str(folder))
    monkeypatch.setattr(regexcache, "_new", {})
    return folder


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
    second reads them (nothing new to write) and says the same."""
    folder = tmp_path / "regex"
    env = dict(os.environ, BOUNCEFILTER_REGEX_CACHE=str(folder), PYTHONPATH=str(ROOT))
    message = (ROOT / "examples" / "bounces" / "02-exim-mailbox-full.eml").read_bytes()
    probe = ("import sys; from filter.core import regexcache; from filter.cli import main\n"
             "try:\n    main(['classify', '-'])\nfinally:\n"
             "    sys.stderr.write(f'new={len(regexcache._new)}\\n')\n")
    first = subprocess.run([sys.executable, "-c", probe], input=message, capture_output=True, env=env, check=True)
    kept = sorted(p.name for p in folder.iterdir())
    assert len(kept) >= 10, first.stderr
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    second = subprocess.run([sys.executable, "-c", probe], input=message, capture_output=True, env=env, check=True)
    assert second.stdout == first.stdout
    assert b"new=0" in second.stderr, second.stderr
    assert sorted(p.name for p in folder.iterdir()) == kept
