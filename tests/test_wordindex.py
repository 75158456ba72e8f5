"""The one-pass word index (filter/core/wordindex.py) answers as the word-by-word look-up does."""
from __future__ import annotations

import pytest

from filter.core import wordindex
from filter.core.detectors import text as textdet
from filter.core.wordindex import WordIndex

GREETINGS = ("hello", "bonjour", "grüß", "こんにちは")
PARTINGS = ("goodbye", "au revoir", "tschüss", "ciao")

TEXTS = [
    "", "hello world", "nothing here", "well, au revoir then", "grüß gott und tschüss",
    "こんにちは、さようなら", "say hello and goodbye", "HELLO in capitals is another word",
    "hell", "bonjou", "ciao" * 3, "a long text " * 400 + "ciao",
]


def _index(built: bool) -> WordIndex:
    index = WordIndex(GREETINGS, PARTINGS)
    if built:
        index._automaton = index._build()
        assert index._automaton is not None, "pyahocorasick is a declared dependency"
    return index


@pytest.mark.parametrize("text", TEXTS)
def test_the_automaton_and_the_word_by_word_look_up_agree(text: str) -> None:
    plain, built = _index(False), _index(True)
    for table in (GREETINGS, PARTINGS):
        expected = any(w in text for w in table)
        assert plain.holds(text, table) is expected
        assert built.holds(text, table) is expected
        # and where: the same occurrences, each a span of the text that is one of the table's words
        spans = sorted(built.spans(text, table))
        assert spans == sorted(plain.spans(text, table))
        assert all(text[a:b] in table for a, b in spans)
        assert len(spans) == sum(text.count(w) for w in table)


def test_a_table_not_given_is_looked_for_word_by_word() -> None:
    index = _index(True)
    other = ("world",)
    assert index.holds("hello world", other)
    assert not index.holds("hello", other)
    assert list(index.spans("hello world", other)) == [(6, 11)]


def test_a_one_shot_process_never_builds_the_automaton(monkeypatch) -> None:
    monkeypatch.setattr(wordindex, "BUILD_AFTER", 5)
    index = WordIndex(GREETINGS)
    for _ in range(4):
        assert index.holds("hello", GREETINGS)
    assert index._automaton is None
    assert index.holds("hello", GREETINGS)
    assert index._automaton is not None
    assert not index.holds("goodbye", GREETINGS)


def test_the_masks_kept_are_bounded() -> None:
    index = _index(True)
    for n in range(100):
        index.holds(f"text {n} hello", GREETINGS)
    assert len(index._memo) <= wordindex._MEMO_SIZE


@pytest.mark.parametrize("table", ["_REFUSED_WORDS", "_DELAY_WORLD_WORDS", "_DELAY_MORE_WORDS", "_GAVE_UP_WORDS",
                                   "_NO_MAILBOX_WORDS", "_NOT_YET_WORDS", "_SUCCESS_KEYS"])
def test_the_text_reports_tables_are_indexed(table: str) -> None:
    """Every table behind ``text._holds`` is one of the index's (else it is read word by word)."""
    assert id(getattr(textdet, table)) in textdet._INDEX._bits


def test_a_localized_table_is_read_only_near_its_words() -> None:
    """``_said_near`` finds what a search of the whole text finds, also far into a long report."""
    filler = "The original message follows, with its headers and a different body. " * 60
    for said in ("die zustellung wurde verzögert", "la remise est différée", "配信が遅延しています"):
        low = (filler + said + " " + filler).lower()
        assert textdet._said_near(textdet._DELAY_WORLD, low, textdet._DELAY_WORLD_WORDS) \
            or textdet._said_near(textdet._DELAY_MORE, low, textdet._DELAY_MORE_WORDS), said
    assert not textdet._said_near(textdet._DELAY_WORLD, filler.lower(), textdet._DELAY_WORLD_WORDS)
