"""Lazy.folded_search (filter/core/lazyre.py) finds what search finds, the same match."""
from __future__ import annotations

import random
import re

import pytest

from filter.core import lazyre
from filter.core.detectors import autoreply, text

# every IGNORECASE table of the two detectors that search with it
TABLES = [v for m in (text, autoreply) for v in vars(m).values() if isinstance(v, lazyre.Lazy) and v.flags & re.I]
# characters whose case IGNORECASE folds outside ASCII: Kelvin sign, long s, dotted and dotless i
ODD = ["\u212a", "\u017f", "\u0130", "\u0131", "é", "п"]


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.regs == b.regs and a.groups() == b.groups()


def _texts(rx: lazyre.Lazy, n: int, seed: int):
    """Random texts of the pattern's own words (in three cases), blanks, marks and addresses."""
    rnd = random.Random(seed)
    words = re.findall(r"[A-Za-z]{2,}|[^A-Za-z\s]", rx.pattern)[:80] + [" ", "  ", "\n", "\t", "a@B.co", "<X@y.ORG>"]
    for _ in range(n):
        t = "".join(rnd.choice(words) + rnd.choice(("", " ")) for _ in range(rnd.randint(1, 12)))
        yield rnd.choice((t, t.upper(), t.title()))


@pytest.mark.parametrize("rx", TABLES, ids=lambda rx: rx.pattern[:30])
def test_same_match_as_search(rx):
    for t in _texts(rx, 300, 11):
        assert _same(rx.compiled.search(t), rx.folded_search(t)), t
        end = len(t) // 2
        assert _same(rx.compiled.search(t, 1, end), rx.folded_search(t, 1, end)), t


def test_recipient_sentences():
    lines = ["Delivery to the following recipient failed permanently: Bob@Example.COM",
             "YOUR MESSAGE TO <ann@example.org> COULD NOT BE DELIVERED", "could not be delivered to: a@b.cd",
             "Message from x@y.org to z@w.net", "[Status: Error, Address: <U@EXAMPLE.NET>, ResponseCode 421",
             "Nachricht an Max@Example.de konnte nicht zugestellt werden", "no address here, only words to say"]
    for line in lines + [line.replace("e", odd) for line in lines for odd in ODD]:
        assert _same(text._SENTENCE.compiled.search(line), text._SENTENCE.folded_search(line)), line


def test_no_copy_without_ignorecase_or_with_inline_flags():
    assert lazyre.Lazy("abc").folded is None
    assert lazyre.Lazy(r"(?-i:Abc)|def", re.I).folded is None
    assert lazyre.Lazy(rb"abc", re.I).folded is None
    rx = lazyre.Lazy(r"\bK[a-z]+ (?:\u212aelvin|ſeen)", re.I)
    for t in ("kilo kelvin", "Kilo KELVIN", "kilo seen", "KILO SEEN", "kilo \u212aelvin"):
        assert _same(rx.compiled.search(t), rx.folded_search(t)), t


# alternations whose alternatives share first characters, open with \b or ^, hold groups, empty
# alternatives, look-behinds and a group with flags of its own (lazyre._by_first_char)
GROUPED = [r"has|was|have|hat|\bhas been|\bhad|\bwas|x|ha(s)|h(a)ve|", r"\b(?:ab|ac)|\bad|^ab|^ac|ab(?P<n>c)?|a",
           r"(?<!no )(?:message|mail|me) (?:to|too|t)|(?<=\bx)ya|(?<=\bx)yb|(?i:ab|AC)|ab|ac",
           r"(?:not |no )?(?:deliv(?:ered|ery)|delay(?:ed)?)\b|\bnot (?:been )?delivered|\bnot sent|\bno\b"]


@pytest.mark.parametrize("pattern", GROUPED)
def test_alternations_grouped_by_first_char_find_the_same(pattern):
    rx = lazyre.Lazy(pattern)
    lazyre.scanned(rx)  # (compiled behind the look-ahead, its alternations grouped)
    plain = re.compile(pattern)
    rnd = random.Random(5)
    words = re.findall(r"[a-z]+|[^a-z\s]", pattern) + [" ", "\n", "x", "no ", "AC"]
    for _ in range(400):
        t = "".join(rnd.choice(words) + rnd.choice(("", " ")) for _ in range(rnd.randint(1, 10)))
        assert [(m.regs, m.groups()) for m in rx.finditer(t)] == [(m.regs, m.groups()) for m in plain.finditer(t)], t


# the tables anchored at lines' starts ("(?im)^[ \t]*(?:from|sender|...)"): their copy opens with the line break
# (``lazyre._compile_line_start``), and folded_search tries the first line itself
LINE_TABLES = [v for m in (text, autoreply) for v in vars(m).values()
               if isinstance(v, lazyre.Lazy) and v.folded is not None and v._searcher[1]]


def test_the_field_tables_are_searched_by_lines():
    assert text._SENDER_FIELD_ADDRESS in LINE_TABLES and text._RECIPIENT_FIELD_ADDRESS in LINE_TABLES


@pytest.mark.parametrize("rx", LINE_TABLES, ids=lambda rx: rx.pattern[:30])
def test_line_start_copy_same_match(rx):
    for t in _texts(rx, 300, 5):
        t = t.replace("  ", "\n")  # (more lines, some of them empty or blank-led)
        for pos, end in ((0, len(t)), (1, len(t)), (t.find("\n") + 1, len(t)), (0, len(t) // 2), (-3, len(t) + 5)):
            assert _same(rx.compiled.search(t, pos, end), rx.folded_search(t, pos, end)), (t, pos, end)


@pytest.mark.parametrize("pattern, bar", [
    (r"^a|b", True), (r"^(?:a|b)", False), (r"^[|]x", False), (r"^\|x", False), (r"^[]|]x", False),
    (r"^[^]|]x", False), (r"^(a)|(b)", True), (r"^a[\]|]b", False),
])
def test_top_level_alternative(pattern, bar):
    assert lazyre._top_level_bar(pattern) is bar


def test_only_line_anchored_patterns_get_a_line_copy():
    assert lazyre.Lazy(r"(?im)^[ \t]*from:", 0)._searcher[1]
    assert not lazyre.Lazy(r"(?i)^from:", 0)._searcher[1]  # (no MULTILINE: "^" is the text's start)
    assert not lazyre.Lazy(r"(?im)^from:|to:", 0)._searcher[1]
    assert not lazyre.Lazy(r"^from:", re.M)._searcher[1]  # (no IGNORECASE: no folded copy)
    assert lazyre.Lazy(r"^from:", re.M | re.I)._searcher[1]
