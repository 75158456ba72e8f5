"""Which of several word tables occur in a text, found in one pass over it.

The long localized patterns of the text reports (``detectors/text.py``: "no further attempts", "wird
weiterhin versucht", "pas encore distribué", ...) are tried only on a text that holds one of their
plain index words.  Asked word by word, that gate is a pass over the text per word: a few hundred
words over a 3,000-character report cost ~0.15 ms, and a report is asked several tables, for its
text and for its subject.  An Aho-Corasick automaton (pyahocorasick) over the words of every
table finds all of them in one pass; each table is then one bit of the text's mask.

The automaton costs about a millisecond to build, the price of a few reports' word-by-word look-ups:
it is built once a process has asked ``BUILD_AFTER`` questions, so that the one-shot pipe, which
reads one bounce, never pays for it.  Both ways give the same answers (tests/test_wordindex.py).
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

#: questions asked before the automaton is built (a one-shot process asks a few dozen)
BUILD_AFTER = 64
#: the fewest ASCII words a ``WordGate`` builds its automaton for: a pass of the automaton costs about what twenty substring
#: searches do (its pass is per character in Python's C loop; a substring search is the C library's), so a shorter table
#: stays word by word
GATE_MIN_WORDS = 32
#: texts whose masks are kept (a text is asked several tables in a row; subjects and reports alternate)
_MEMO_SIZE = 8


@lru_cache(maxsize=None)
def _ascii_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w.isascii())


class WordGate:
    """Whether a text holds one of a table's plain words: the gate in front of patterns that can match only where one of
    them stands (most texts hold none, and the patterns are not tried).

    Asked word by word (``any(map(text.__contains__, words))``), the gate is a pass over the text per word: a hundred
    words over a report's paragraph cost more than the pattern behind it is tried on the texts that pass.  An Aho-Corasick
    automaton over the words answers in one pass, stopping at the first word it finds.  It is built once the gate has been
    asked ``BUILD_AFTER`` times (the one-shot pipe, which reads one bounce, never pays for it), for a table of at least
    ``GATE_MIN_WORDS`` ASCII words; both ways give the same answer (tests/test_dispatch_speed.py)."""

    __slots__ = ("words", "_ascii", "_asked", "_automaton")

    def __init__(self, words: tuple[str, ...]):
        self.words = tuple(words)
        #: the ASCII words (no other can stand in an ASCII text)
        self._ascii = _ascii_words(self.words)
        self._asked = 0
        self._automaton = None

    def holds(self, text: str) -> bool:
        """``text`` holds one of the words."""
        automaton = self._automaton
        if automaton is not None:
            return next(automaton.iter(text), None) is not None
        self._asked_once_more()
        return any(map(text.__contains__, self._ascii if text.isascii() else self.words))

    def found(self, text: str) -> set[str]:
        """The words that occur in ``text`` (for a table whose every word found leads somewhere: a pass, not a search per
        word, once the automaton is built)."""
        automaton = self._automaton
        if automaton is not None:
            return {word for _end, word in automaton.iter(text)}
        self._asked_once_more()
        return set(filter(text.__contains__, self._ascii if text.isascii() else self.words))

    def _asked_once_more(self) -> None:
        """Count a question answered word by word; at the ``BUILD_AFTER``-th, build the automaton (it stays None for a
        table that is answered word by word for good)."""
        if self._asked < BUILD_AFTER:
            self._asked += 1
            if self._asked == BUILD_AFTER:
                self._automaton = self._build()

    def _build(self):
        """The automaton over the words (None for a short table, without pyahocorasick, or with an empty word, which every
        text holds: word by word, as before)."""
        if len(self._ascii) < GATE_MIN_WORDS or "" in self.words:
            return None
        try:
            import ahocorasick
        except ImportError:  # pragma: no cover - a declared dependency; the answers are the same
            return None
        automaton = ahocorasick.Automaton()
        for word in self.words:
            automaton.add_word(word, word)
        automaton.make_automaton()
        return automaton


class WordIndex:
    """The tables of plain words given at construction, looked for in texts all at once.

    Tables are known by identity (the module-level tuples); a tuple not given is looked for word
    by word."""

    def __init__(self, *tables: tuple[str, ...]):
        self._tables = tables
        self._bits = {id(t): 1 << i for i, t in enumerate(tables)}
        self._asked = 0
        self._automaton = None
        self._memo: dict[str, int] = {}

    def holds(self, text: str, words: tuple[str, ...]) -> bool:
        """``text`` holds one of ``words``."""
        bit = self._bits.get(id(words))
        automaton = self._automaton if bit is not None else None
        if automaton is None:
            if bit is not None:
                self._asked += 1
                if self._asked >= BUILD_AFTER:
                    self._automaton = self._build()
            # word by word; an ASCII text only for the ASCII words (no other word can stand in it)
            return any(map(text.__contains__, _ascii_words(words) if text.isascii() else words))
        mask = self._memo.get(text)
        if mask is None:
            mask = 0
            for _end, (word_bits, _size) in automaton.iter(text):
                mask |= word_bits
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[text] = mask
        return bool(mask & bit)

    def spans(self, text: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
        """Where the words of ``words`` stand in ``text``: (start, end) of each occurrence."""
        bit = self._bits.get(id(words))
        automaton = self._automaton if bit is not None else None
        if automaton is None:
            for w in words:
                at = text.find(w)
                while at >= 0:
                    yield at, at + len(w)
                    at = text.find(w, at + 1)
            return
        for end, (word_bits, size) in automaton.iter(text):
            if word_bits & bit:
                yield end + 1 - size, end + 1

    def _build(self):
        """The automaton over every word of every table (None without pyahocorasick: word by word)."""
        try:
            import ahocorasick
        except ImportError:  # pragma: no cover - a declared dependency; the answers are the same
            self._bits.clear()
            return None
        bits: dict[str, int] = {}
        for table in self._tables:
            for word in table:
                bits[word] = bits.get(word, 0) | self._bits[id(table)]
        automaton = ahocorasick.Automaton()
        for word, word_bits in bits.items():
            automaton.add_word(word, (word_bits, len(word)))
        automaton.make_automaton()
        return automaton
