"""Split a message into compat32 ``Message`` parts, faster than the stdlib feed parser.

``email.message_from_bytes`` pushes every line of a message through Python code, and most
lines of a bounce are lines nobody reads: the returned original and its attachments.  Here a
multipart body is cut at its boundary lines (RFC 2046 section 5.1.1) with string searches, and
a header block is cut into its fields (RFC 5322 section 2.2: a field and its folded lines) by one
regular-expression pass.  The parts are :class:`Entity` objects, ``Message`` subclasses that
work out their Content-Type once.  The tree is the one the feed parser builds (same
compat32 header values, same payload strings, same reading of broken MIME: a missing start or
close boundary, a multipart without a boundary, a header block without its blank line), with
two differences: message/* parts stay text (``message.py`` reads the returned original's
header block on its own and the report fields as text; their bodies are never parsed), and a
bare CR line end is read as LF.
"""
from __future__ import annotations

import email.message
import re
from email.message import Message
from email.utils import unquote

from filter.core import regexcache
from filter.core.lazyre import Lazy

#: multipart nesting split; deeper multiparts are left empty (``message.py`` records it)
MAX_DEPTH = 20

# email.feedparser.headerRE: a header, a continuation, or a Unix "From " line (the runs are
# possessive: a name stops at its colon, a line at its end, and the block at the first other line,
# so nothing is ever given back; the engine then keeps no state to give it back with)
_HEADER_BLOCK = regexcache.compile(r"(?:(?:From |[\041-\071\073-\176]*+:|[\t ])[^\n]*+(?:\n|\Z))*+")
_BARE_CR = re.compile(r"\r(?!\n)")
# the stdlib's Content-Type parameter splitter (private, so looked up, not assumed)
_parseparam = getattr(email.message, "_parseparam", None)


class Entity(Message):
    """A compat32 ``Message`` that reads its Content-Type cheaply, with the stdlib's answers.

    ``Message.get_content_type`` scans every header and parses the value each time, and a part's
    type is asked for three or four times on its way (split, walk, detectors); ``get_boundary``
    goes through the general parameter parser and RFC 2231 decoding, a quarter of the cost of
    splitting a message.  Here the first Content-Type value is read once: a plain ASCII value
    (no 8-bit bytes, no RFC 2231 ``*`` parameter, no backslash escape) is read the way the
    stdlib reads it, by its own ``_parseparam``, in fewer steps; anything else goes to the
    stdlib.  The type is kept with the header list, its length and the default type it was
    worked out from, so that a change through the ``Message`` API (which appends, rebuilds the
    list or sets the default type) recomputes it; ``replace_header``, the one in-place change,
    drops it.
    """

    _ctype_of: tuple | None = None

    def _content_type_value(self) -> object:
        for name, value in self._headers:
            # (the length first: most names are not 12 characters long, and lower() makes a string)
            if len(name) == 12 and name.lower() == "content-type":
                return value
        return None

    def get_content_type(self) -> str:
        cached = self._ctype_of
        headers = self._headers
        if cached is not None and cached[0] is headers and cached[1] == len(headers) \
                and cached[2] == self._default_type:
            return cached[3]
        value = self._content_type_value()
        if value is None:
            ctype = self._default_type
        elif isinstance(value, str) and value.isascii():  # Message.get_content_type, no Header
            ctype = value.partition(";")[0].strip().lower()
            if ctype.count("/") != 1:  # RFC 2045 section 5.2
                ctype = "text/plain"
        else:
            ctype = Message.get_content_type(self)
        self._ctype_of = (headers, len(headers), self._default_type, ctype)
        return ctype

    def get_content_maintype(self) -> str:
        return self.get_content_type().partition("/")[0]

    def get_boundary(self, failobj=None):
        value = self._content_type_value()
        if value is None:
            return failobj
        if _parseparam is None or not isinstance(value, str) or not value.isascii() or "*" in value \
                or "\\" in value:
            return Message.get_boundary(self, failobj)
        pieces = value.split(";")
        if _split_as_parseparam(pieces):
            # each piece is a parameter as _parseparam cuts and tidies it (name stripped and
            # lower-cased, value stripped; a piece without "=" is its own name, with no value)
            for piece in pieces:
                name, _, quoted = piece.partition("=")
                if name.strip().lower() == "boundary":
                    return unquote(unquote(quoted.strip())).rstrip()
            return failobj
        for param in _parseparam(value):
            name, sep, quoted = param.partition("=")
            if (name.strip() if sep else param).lower() == "boundary":
                # get_param unquotes, collapse_rfc2231_value unquotes again (quote() in between
                # changes nothing without a backslash)
                return unquote(unquote(quoted.strip())).rstrip()
        return failobj

    def replace_header(self, _name, _value) -> None:
        self._ctype_of = None
        Message.replace_header(self, _name, _value)


def _split_as_parseparam(pieces: list[str]) -> bool:
    """Whether the stdlib's ``_parseparam`` cuts a value (without backslashes) at every ";", as
    ``value.split(";")`` made ``pieces``: it leaves a ";" inside double quotes, that is one with
    an odd number of quotes before it.  Nearly every Content-Type has its quotes around the
    boundary only, and then a plain split does in one call what its loop does in Python."""
    quotes = 0
    for piece in pieces[:-1]:
        quotes += piece.count('"')
        if quotes % 2:
            return False
    return True


def parse(text: str) -> Message:
    """The message tree of ``text`` (bytes decoded ASCII + surrogateescape, as the stdlib does)."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        text = _BARE_CR.sub("\n", text)  # the feed parser ends lines at a bare CR too
    msg = Entity()
    _fill(msg, text, 0)
    return msg


def _fill(msg: Message, text: str, depth: int) -> str:
    """Read ``text`` into ``msg``; its main content type (the caller's next question)."""
    body = read_headers(msg, text)
    main = msg.get_content_maintype()
    if main != "multipart":
        msg.set_payload(body)
        return main
    try:
        boundary = msg.get_boundary()
    except Exception:  # an RFC 2231 boundary*= in a charset Python cannot decode (idna, punycode)
        boundary = None
    if boundary is None:  # read as text, as the feed parser does (NoBoundaryInMultipartDefect)
        msg.set_payload(body)
        return main
    split(msg, body, boundary, depth)
    return main


#: a multipart that never closes (RFC 2046 5.1.1's close delimiter): often a message cut in transit
NO_CLOSE = "multipart without its closing boundary: the message may be truncated"


def split(msg: Message, body: str, boundary: str, depth: int = 0) -> None:
    """Set msg's payload to the parts of a multipart ``body`` cut at ``boundary``."""
    if depth >= MAX_DEPTH:
        msg.set_payload([])
        return
    digest = msg.get_content_type() == "multipart/digest"
    spans = _boundaries(body, "--" + boundary)
    if not spans or spans[0][2]:  # no start delimiter: text up to the close one, if any, is the
        msg.set_payload(body[:spans[0][0]] if spans else body)  # payload (StartBoundaryNotFoundDefect)
        return
    msg.preamble = _chop(body[:spans[0][0]]) if spans[0][0] else None
    parts: list[Message] = []
    for k, (_, after, close) in enumerate(spans):
        if close:
            msg.epilogue = body[after:]
            break
        end = spans[k + 1][0] if k + 1 < len(spans) else len(body)
        part = Entity()
        if digest:  # RFC 2046 section 5.1.5
            part.set_default_type("message/rfc822")
        main = _fill(part, body[after:end], depth + 1)
        # RFC 2046: the line break before a boundary belongs to the boundary
        if isinstance(part._payload, str) and main != "multipart":
            part._payload = _chop(part._payload)
        elif part.epilogue:
            part.epilogue = _chop(part.epilogue)
        parts.append(part)
    msg.set_payload(parts)
    if not spans[-1][2]:
        msg.defects.append(NO_CLOSE)  # (ParsedMessage reports it: what follows may be missing)


def _boundaries(body: str, sep: str) -> list[tuple[int, int, bool]]:
    """(start, end of line, is close delimiter) of each delimiter line, up to the close one.

    Delimiter lines right after a delimiter line are swallowed, close ones included, as the
    feed parser does: they make no empty parts.
    """
    found: list[tuple[int, int, bool]] = []
    n = len(sep)
    pos = body.find(sep)
    while pos >= 0:
        if pos == 0 or body[pos - 1] == "\n":
            eol = body.find("\n", pos + n)
            after = len(body) if eol < 0 else eol + 1
            tail = body[pos + n:after]
            close = tail.startswith("--")
            # RFC 2046 section 5.1.1: the delimiter may be followed by linear white space only
            if not (tail[2:] if close else tail).strip(" \t\r\n"):
                if found and found[-1][1] == pos:
                    found[-1] = (found[-1][0], after, False)
                else:
                    found.append((pos, after, close))
                    if close:
                        break
            pos = body.find(sep, after)
        else:
            pos = body.find(sep, pos + 1)
    return found


def _chop(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith("\n") else text


# One entry of a header block (the block itself is _HEADER_BLOCK's match, so no line in it is
# empty): a header with its continuation lines (name, value after the colon's blanks), a Unix
# "From " line, or any other line (a continuation with no header to continue, an empty name).
# The runs of a value are possessive: what follows them (an optional line end) always matches.
# (compiled on first use: only a block with a "From " line, or a very long one, is read with it)
_ENTRY = Lazy(r"([\041-\071\073-\176]+):[ \t]*+([^\n]*+(?:\n[\t ][^\n]*+)*+)\n?|(From [^\n]*\n?)|[^\n]+\n?")
# the same for a block without a "From " line, the usual one: a header, or any other line (two
# groups, so that findall gives the (name, value) pairs the headers are stored as)
_HEADER_ENTRY = regexcache.compile(r"([\041-\071\073-\176]+):[ \t]*+([^\n]*+(?:\n[\t ][^\n]*+)*+)\n?|[^\n]+\n?")


def read_headers(msg: Message, text: str) -> str:
    """Set msg's headers from the top of ``text`` as email.feedparser does; return the body.

    One regular-expression pass gives each header with its continuation lines: the header block
    of a bounce and of its returned original is most of what is read line by line, and a Python
    loop over its lines was a fifth of the cost of a message.
    """
    blank = text.find("\n\n")
    if 0 < blank < MAX_CONTENT_TYPE and text[0] != "\n" and text.find("\r", 0, blank) < 0 \
            and text.find("From ", 0, blank) < 0:
        # the usual block (LF line ends, no "From " line, a blank line within reach): when every line
        # before the first blank line is a header or its continuation, those lines are the block
        # _HEADER_BLOCK would match, and the entries are all it takes (one pass over it, not two)
        entries = _HEADER_ENTRY.findall(text, 0, blank + 1)
        if ("", "") not in entries:
            msg._headers.extend(entries)
            return text[blank + 2:]
    end = _HEADER_BLOCK.match(text).end()
    if text.startswith("\n", end):  # the blank line that ends the header block
        body = text[end + 1:]
    else:
        body = text[end + 2:] if text.startswith("\r\n", end) else text[end:]
    if end <= MAX_CONTENT_TYPE and text.find("From ", 0, end) < 0:  # no value to cut, no "From " line
        # (name, value) pairs as they are stored, ("", "") for a line that is no header
        entries = _HEADER_ENTRY.findall(text, 0, end)
        if text.find("\r", 0, end) >= 0:  # a value ends before its "\n": only a CR can end it
            msg._headers.extend([(name, value.rstrip("\r\n")) for name, value in entries if name])
        elif ("", "") in entries:
            msg._headers.extend([entry for entry in entries if entry[0]])
        else:  # the usual block, every line a header or its continuation: the pairs as found
            msg._headers.extend(entries)
        return body
    entries = _ENTRY.findall(text, 0, end)
    headers = msg._headers
    last = len(entries) - 1
    for i, (name, value, unix_from) in enumerate(entries):
        if name:
            # email.policy.compat32 header_source_parse: folding kept, leading blanks dropped
            if len(value) > MAX_CONTENT_TYPE and name.lower() == "content-type":
                value = value[:MAX_CONTENT_TYPE]
            headers.append((name, value.rstrip("\r\n")))
        elif unix_from:
            if i == 0:
                msg.set_unixfrom(unix_from.rstrip("\r\n"))
            elif i == last:  # more likely the first body line than a header
                return unix_from + body
    return body


# The stdlib reads Content-Type parameters (get_boundary, get_param) in quadratic time: 22,000
# parameters in a 560 KB header took 1.4 s.  A real one is well under 1 KB.
MAX_CONTENT_TYPE = 8 * 1024


# a delimiter line followed by a part's first header: "--XYZ" then "Content-Type: ..."
_DELIMITER_AND_HEADER = regexcache.compile(r"^--([^\s]{1,70})[ \t]*\r?\n(?=Content-[\w-]+:)", re.M | re.I)
# the same after a line break: searched for, it opens with characters that have no case, which the
# engine's fast scan finds (``^`` under IGNORECASE has none: the pattern was tried at every place)
_DELIMITER_AFTER_BREAK = regexcache.compile(r"\n--([^\s]{1,70})[ \t]*\r?\n(?=Content-[\w-]+:)", re.I)


def guess_boundary(body: str) -> str | None:
    """The boundary of a multipart body whose Content-Type lost it (or was lost itself).

    Only when the body opens on it, after at most a short preamble ("This is a multi-part message
    in MIME format"), and the body does not declare it: a returned original pasted as text
    declares its own boundary in its headers and must stay text.
    """
    m = _DELIMITER_AND_HEADER.match(body, 0, 600)
    start = 0
    if m is None:
        m = _DELIMITER_AFTER_BREAK.search(body, 0, 600)
        start = m.start() + 1 if m else 0
    if m is None or "boundary" in body[:start].lower():
        return None
    boundary = m.group(1)
    if re.search(r"(?i)boundary\s*=\s*\"?" + re.escape(boundary), body):
        return None
    return boundary
