"""Regular expressions compiled on first use.

The pipe starts a process per bounce, and compiling the format tables at import would cost every
bounce the patterns of every format; a ``Lazy`` pattern is compiled the first time a message
needs it, then its methods are plain attribute lookups.

A long case-insensitive alternation searched for in a text is slow: the engine tries every
alternative at every position of the text (its quick scan for a match's first character works
only for case-sensitive patterns).  A ``Lazy`` with ``scan`` set is compiled behind a
look-ahead at the characters a match can start with (:func:`first_items`), so that at most
positions one character test fails instead of the whole alternation.  It finds the same matches:
the look-ahead only turns away positions where no match can start.
"""
from __future__ import annotations

import re

from filter.core import regexcache

try:  # the stdlib's own parser and compiler (re.compile's; private, present since Python 3.11)
    from re import _compiler, _parser
    from re import _constants as _C
except ImportError:  # pragma: no cover - a Python that moved them: patterns compile as written
    _compiler = _parser = _C = None  # type: ignore[assignment]

# (re's own default for endpos: the end of any string)
_END = 2**63 - 1
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class Lazy:
    """Stands for ``re.compile(pattern, flags)``; compiles on the first method call.

    ``scan``: compile it behind a look-ahead at its first characters (for a case-insensitive
    pattern searched for in texts, or a case-sensitive one whose alternatives start with
    look-behinds: the engine's own quick scan, which works only on a plain first character of
    every alternative, cannot help either)."""

    def __init__(self, pattern: str, flags: int = 0, *, scan: bool = False):
        self.pattern = pattern
        self.flags = flags
        self.scan = scan

    @property
    def compiled(self) -> re.Pattern[str]:
        rx = self.__dict__.get("_compiled")
        if rx is None:
            rx = regexcache.compile(self.pattern, self.flags,
                                    _look_ahead if self.scan and _parser is not None else None)
            self.__dict__["_compiled"] = rx
            for name in _METHODS:  # later calls find the bound methods directly
                self.__dict__[name] = getattr(rx, name)
        return rx

    def __getattr__(self, name: str):
        if name in _METHODS:
            return getattr(self.compiled, name)
        raise AttributeError(name)

    @property
    def folded(self) -> re.Pattern[str] | None:
        """The case-sensitive copy of an IGNORECASE pattern for lower-cased ASCII texts
        (:func:`_compile_folded`), compiled on first use; None when there is none."""
        if "_folded" not in self.__dict__:
            self.__dict__["_folded"] = _compile_folded(self)
        return self.__dict__["_folded"]

    @property
    def _searcher(self) -> tuple[re.Pattern[str] | None, bool]:
        """What ``folded_search`` searches a lower-cased text with: the line-start copy
        (:func:`_compile_line_start`) and True, else ``folded`` and False; worked out on first use."""
        searcher = self.__dict__.get("_searcher_")
        if searcher is None:
            line = _compile_line_start(self) if self.folded is not None else None
            searcher = self.__dict__["_searcher_"] = (line, True) if line is not None else (self.folded, False)
        return searcher

    def folded_search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """``search(text, pos, endpos)``, the same match (its ``pos`` aside); an ASCII text is first searched, lower-cased, with a
        case-sensitive copy of the pattern (:func:`_folded`), and the match is then made at the place
        found.  For a long case-insensitive alternation searched in lines: the engine tries a
        case-sensitive one's alternatives by their first character, a case-insensitive one's every
        one in full (twice as slow on the recipient sentences of ``detectors/text.py``)."""
        folded, line_start = self._searcher
        if folded is None or not text.isascii():
            return self.compiled.search(text, pos, endpos)
        if line_start:
            # (the copy finds a line break and the line after it, :func:`_line_start`: the first line is
            # the one place a match can start without a break before it)
            pos = min(max(pos, 0), len(text))
            if pos == 0 or text[pos - 1] == "\n":
                m = self.compiled.match(text, pos, endpos)
                if m is not None:
                    return m
            m = folded.search(text.lower(), pos, endpos)
            return None if m is None else self.compiled.match(text, m.start() + 1, endpos)
        m = folded.search(text.lower(), pos, endpos)
        return None if m is None else self.compiled.match(text, m.start(), endpos)


def _compile_folded(lazy: Lazy) -> re.Pattern[str] | None:
    """A case-sensitive pattern that matches a lower-cased ASCII text where ``lazy`` (IGNORECASE)
    matches the text itself, at the same places with the same spans; None without IGNORECASE, or
    with flags set inside the pattern (a part that may not ignore case).  The flags of a leading
    ``(?im)``-like group count as the pattern's own flags, as if given beside it."""
    pattern, flags = _own_flags(lazy)
    if pattern is None or not flags & re.IGNORECASE or _INLINE_FLAGS.search(pattern):
        return None
    return regexcache.compile(pattern, flags & ~re.IGNORECASE, _folded_scanned if lazy.scan else _folded)


def _compile_line_start(lazy: Lazy) -> re.Pattern[str] | None:
    """The folded copy (:func:`_compile_folded`) of a pattern whose every match starts at a line's
    start (``^`` under MULTILINE, first in the pattern, no alternative beside it), opened with the
    line break instead (:func:`_line_start`); None for any other pattern.

    The engine tries such a pattern at every place of the text, and under IGNORECASE tries its
    alternatives each in full on every line (a table of field labels); the copy is found by the
    engine's quick scan for one character, the line break, and then tries the line's first
    characters grouped (:func:`_by_first_char`), as the folded copy of any other pattern does."""
    pattern, flags = _own_flags(lazy)
    if pattern is None or not flags & re.MULTILINE or flags & re.VERBOSE or not pattern.startswith("^") \
            or _top_level_bar(pattern):
        return None
    try:
        return regexcache.compile(pattern, flags & ~re.IGNORECASE, _line_start)
    except re.error:  # (a tree _line_start finds no line-start one in: searched with the folded copy)
        return None


def _own_flags(lazy: Lazy) -> tuple[str | None, int]:
    """The pattern without a leading group of global flags ("(?im)"), and its flags with them
    (None: no parser, or not a text pattern)."""
    if _parser is None or not isinstance(lazy.pattern, str):
        return None, lazy.flags
    pattern, flags = lazy.pattern, lazy.flags
    if (leading := _LEADING_FLAGS.match(pattern)) is not None:
        pattern = pattern[leading.end():]
        for letter in leading.group(1):
            flags |= _FLAG_LETTERS[letter]
    return pattern, flags


# a group that sets flags, "(?i)", "(?-i:...)" (a stricter test than the parser's: it may only
# leave a pattern unfolded)
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]+[:)]")
# a pattern's leading group of global flags ("(?im)"), and what each letter sets
_LEADING_FLAGS = re.compile(r"\(\?([aimsux]+)\)")
_FLAG_LETTERS = {"a": re.ASCII, "i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "u": re.UNICODE, "x": re.VERBOSE}


def _top_level_bar(pattern: str) -> bool:
    """The pattern has an alternative at its top level ("^a|b": not every match starts with "^").
    Escapes, classes and groups are stepped over as the parser reads them."""
    depth = 0
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: up to its closing "]" (one right after "[" or "[^" is a member)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _line_start(tree, _flags: int) -> None:
    """:func:`_folded`, for a pattern whose every match starts at a line's start: its ``^`` made
    the line break before the line (the copy's match starts one character earlier, at the break;
    ``Lazy.folded_search`` tries the first line itself).  Raises ``re.error`` for a tree that does
    not open with ``^`` (the copy is then not made)."""
    if not tree.data or tree.data[0] != (_C.AT, _C.AT_BEGINNING) or not tree.state.flags & re.MULTILINE:
        raise re.error("not a line-start pattern")
    tree.data[0] = (_C.LITERAL, ord("\n"))
    _folded(tree, _flags)


def _folded(tree, _flags: int) -> None:
    """Rewrite a parsed pattern (in place) to take, case-sensitively, the lower-cased forms of the
    ASCII characters it takes under IGNORECASE: each literal and class becomes exactly those
    characters (:func:`_ascii_taken`); the rest of the pattern takes no letters of its own.  Its
    alternations are then grouped by their first characters (:func:`_by_first_char`)."""
    _fold(tree)
    _by_first_char(tree, tree.state.flags)


def _folded_scanned(tree, _flags: int) -> None:
    """:func:`_folded`, behind the look-ahead of a ``scan`` pattern (its first characters as the
    pattern takes them under IGNORECASE)."""
    _look_ahead(tree, re.IGNORECASE)
    _fold(tree)
    _by_first_char(tree, tree.state.flags)


def _by_first_char(tree, flags: int) -> None:
    """Group the alternatives of each alternation of a case-sensitive parsed pattern (in place) by
    the character they start with, as a trie: ``has|was|have`` becomes ``h(?:as|ave)|was``.

    The engine tries an alternation's alternatives one by one at each position; one that starts
    with a literal other than the text's character is turned away quickly, but a long table's
    hundreds of them are still walked at every position the look-ahead lets through (most of a
    folded pattern's time).  Grouped, it walks only the first characters, then the alternatives
    that start with the text's one.

    The matches are the same: alternatives that start with different characters cannot both match
    at one place, so only their order among themselves changes, and those that share the first
    character keep theirs (a literal matches one way only, so ``c(?:x|y)`` tries what ``cx|cy``
    tries).  Only alternatives that start with a plain literal move, and none past one that does
    not (``\\b``, a class, a group: it stays where it stands, in order with the rest).  Nothing is
    done under IGNORECASE (a literal there stands for its other cases too) nor inside a group that
    sets flags of its own."""
    if not flags & re.IGNORECASE:
        _group_branches(tree)


def _group_branches(sub) -> None:
    for i, (op, av) in enumerate(sub.data):
        if op is _C.BRANCH:
            for branch in av[1]:
                _group_branches(branch)
            sub.data[i] = (_C.BRANCH, (av[0], _grouped(sub.state, av[1])))
        elif op is _C.SUBPATTERN:
            if not (av[1] or av[2]):  # (a group that sets flags: left as it is)
                _group_branches(av[3])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT, _C.ASSERT, _C.ASSERT_NOT):
            _group_branches(av[-1])
        elif op is _C.ATOMIC_GROUP:
            _group_branches(av)
        elif op is _C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _group_branches(branch)


def _assertions_factored(state, branches: list) -> list:
    """The alternatives ``branches``, each run of them that opens with the same position test
    (``\\b``, ``^``) made one that tests it once: ``\\bhas|\\bwas`` becomes ``\\b(?:has|was)``,
    whose alternatives then open with their literals (a test of no characters matches one way
    only, and the run keeps its place and its order)."""
    out: list = []
    i = 0
    while i < len(branches):
        head = branches[i].data[0] if branches[i].data else None
        j = i + 1
        if head is not None and head[0] is _C.AT:
            while j < len(branches) and branches[j].data and branches[j].data[0] == head:
                j += 1
        if j - i > 1:
            rests = _parser.SubPattern(state, [(_C.BRANCH, (None, [_parser.SubPattern(state, m.data[1:])
                                                                   for m in branches[i:j]]))])
            _group_branches(rests)
            out.append(_parser.SubPattern(state, [head] + rests.data))
        else:
            out.append(branches[i])
        i = j
    return out


def _grouped(state, branches: list) -> list:
    """The alternatives ``branches``, those of each run that start with a literal grouped by it
    (:func:`_by_first_char`); the groups of a run stand in the order of their first alternatives."""
    out: list = []
    run: dict[int, list] = {}  # first character -> the run's alternatives that start with it

    def close_run() -> None:
        for ch, members in run.items():
            if len(members) == 1:
                out.append(members[0])
                continue
            rests = _parser.SubPattern(state, [(_C.BRANCH, (None, [_parser.SubPattern(state, m.data[1:])
                                                                   for m in members]))])
            _group_branches(rests)  # (the next character: a trie)
            out.append(_parser.SubPattern(state, [(_C.LITERAL, ch)] + rests.data))
        run.clear()

    for branch in _assertions_factored(state, branches):
        if branch.data and branch.data[0][0] is _C.LITERAL:
            run.setdefault(branch.data[0][1], []).append(branch)
        else:
            close_run()
            out.append(branch)
    close_run()
    return out


def _fold(sub) -> None:
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.IN):
            taken = _ascii_taken(op, av)
            if len(taken) == 1:
                data[i] = (_C.LITERAL, taken[0])
            else:  # (none: a letter like "п", taken by no character of an ASCII text)
                data[i] = (_C.IN, [(_C.LITERAL, c) for c in taken] or [(_C.NEGATE, None), (_C.RANGE, (0, 127))])
        elif op is _C.SUBPATTERN:
            _fold(av[3])
        elif op is _C.BRANCH:
            for branch in av[1]:
                _fold(branch)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT, _C.ASSERT, _C.ASSERT_NOT):
            _fold(av[-1])
        elif op is _C.ATOMIC_GROUP:
            _fold(av)
        elif op is _C.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _fold(branch)
        elif op not in (_C.AT, _C.ANY, _C.GROUPREF):  # (a reference compares lower-cased text with itself)
            sub.state.flags |= re.IGNORECASE  # not worked out: the copy ignores case too (right, not quicker)


# (worked out while compiling, for the literals and classes of the folded patterns: bounded by them)
_TAKEN: dict[tuple, list[int]] = {}


def _ascii_taken(op, av) -> list[int]:
    """The ASCII characters, upper case aside (a lower-cased text has none), that a LITERAL,
    NOT_LITERAL or IN item of a parsed pattern takes under IGNORECASE: it is compiled alone and
    tried on each."""
    key = (op, repr(av))
    taken = _TAKEN.get(key)
    if taken is None:
        state = _parser.State()
        state.flags = re.IGNORECASE | re.UNICODE
        rx = _compiler.compile(_parser.SubPattern(state, [(op, av)]), state.flags)
        taken = _TAKEN[key] = [c for c in range(128) if not 0x41 <= c <= 0x5A and rx.fullmatch(chr(c))]
    return taken


def scanned(*patterns: Lazy) -> None:
    """Compile these patterns behind their first characters' look-ahead (set before first use)."""
    for pattern in patterns:
        pattern.scan = True


def _look_ahead(tree, flags: int) -> None:
    """Put a look-ahead at the characters its matches start with in front of a parsed pattern.

    The look-ahead goes into the pattern's parse tree, which is then compiled (by ``regexcache``:
    the pattern is parsed once, as ``re.compile`` would, and the compiled pattern's ``.pattern``
    is None, the ``Lazy`` keeps the text).  Without a letter among the first characters, or when
    they are not worked out, no look-ahead is put (the engine's own scan works there).  A
    case-sensitive pattern's alternations are grouped by their first characters
    (:func:`_by_first_char`)."""
    items = first_items(tree)
    if items is not None and (any(map(_has_case, items)) or not flags & re.IGNORECASE):
        tree.data.insert(0, (_C.ASSERT, (1, _parser.SubPattern(tree.state, [(_C.IN, items)]))))
    _by_first_char(tree, flags | tree.state.flags)  # (a case-sensitive pattern's alternations)


def first_items(tree) -> list | None:
    """The items of a character class (as the parser writes a ``[...]``) that holds every
    character a match of the parsed pattern ``tree`` can start with; None when that is not worked
    out (a match may be empty, start with any character, or a group sets flags of its own).
    Compiled with the pattern's flags, the class takes every case of them, as the pattern does."""
    items: list = []
    return items if _first(list(tree), items) is False and items else None


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """:func:`first_items` of a pattern, written as the inside of a ``[...]`` (for reading)."""
    items = first_items(_parser.parse(pattern, int(flags)))
    return None if items is None else "".join(dict.fromkeys(map(_written, items)))


def _first(seq: list, items: list) -> bool | None:
    """Add to ``items`` the class items a match of the sequence ``seq`` can start with.

    False: every match of ``seq`` starts with one of them; True: a match may be empty (what
    follows ``seq`` may come first); None: unknown."""
    for op, av in seq:
        if op is _C.LITERAL:
            items.append((op, av))
            return False
        if op is _C.IN:
            if any(item_op not in (_C.LITERAL, _C.RANGE, _C.CATEGORY) for item_op, _ in av):
                return None  # a negated class: nearly any character
            items.extend(av)
            return False
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the match starts with what follows
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            empty = _first(list(sub), items)
        elif op is _C.ATOMIC_GROUP:
            empty = _first(list(av), items)
        elif op is _C.BRANCH:
            empty = False
            for branch in av[1]:
                one = _first(list(branch), items)
                if one is None:
                    return None
                empty = empty or one
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, _high, sub = av
            empty = _first(list(sub), items)
            if empty is not None:
                empty = empty or low == 0
        else:  # ANY, NOT_LITERAL, group references ...: not worked out
            return None
        if empty is None:
            return None
        if not empty:
            return False
    return True


def _has_case(item: tuple) -> bool:
    """A class item that holds a letter with cases (a range: at one of its ends)."""
    op, av = item
    if op is _C.LITERAL:
        return chr(av) != chr(av).swapcase()
    if op is _C.RANGE:
        return any(chr(c) != chr(c).swapcase() for c in av)
    return False


# characters that mean something inside brackets, written escaped there
_CLASS_SPECIAL = frozenset("\\]^-[")
# \d \s \w and their negations, as they are written inside brackets
_CATEGORY = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
             _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W"}


def _written(item: tuple) -> str:
    """A class item as written inside brackets."""
    op, av = item
    if op is _C.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    return _CATEGORY[av] if op is _C.CATEGORY else _char(av)


def _char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in _CLASS_SPECIAL else ch
