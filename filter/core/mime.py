"""Split a message into compat32 ``Message`` parts, faster than the stdlib feed parser.

``email.message_from_bytes`` pushes every line of a message through Python code, and most
lines of a bounce are lines nobody reads: the returned original and its attachments.  Here a
multipart body is cut at its boundary lines (RFC 2046 section 5.1.1) with string searches, and
only header blocks are read line by line.  The tree is the one the feed parser builds (same
compat32 header values, same payload strings, same reading of broken MIME: a missing start or
close boundary, a multipart without a boundary, a header block without its blank line), with
two differences: message/* parts stay text (``message.py`` reads the returned original's
header block on its own and the report fields as text; their bodies are never parsed), and a
bare CR line end is read as LF.
"""
from __future__ import annotations

import re
from email.message import Message

#: multipart nesting split; deeper multiparts are left empty (``message.py`` records it)
MAX_DEPTH = 20

# email.feedparser.headerRE: a header, a continuation, or a Unix "From " line
_HEADER_BLOCK = re.compile(r"(?:(?:From |[\041-\071\073-\176]*:|[\t ])[^\n]*(?:\n|\Z))*")
_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_BARE_CR = re.compile(r"\r(?!\n)")


def parse(text: str) -> Message:
    """The message tree of ``text`` (bytes decoded ASCII + surrogateescape, as the stdlib does)."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        text = _BARE_CR.sub("\n", text)  # the feed parser ends lines at a bare CR too
    msg = Message()
    _fill(msg, text, 0)
    return msg


def _fill(msg: Message, text: str, depth: int) -> None:
    body = read_headers(msg, text)
    if msg.get_content_maintype() != "multipart":
        msg.set_payload(body)
        return
    try:
        boundary = msg.get_boundary()
    except Exception:  # an RFC 2231 boundary*= in a charset Python cannot decode (idna, punycode)
        boundary = None
    if boundary is None:  # read as text, as the feed parser does (NoBoundaryInMultipartDefect)
        msg.set_payload(body)
        return
    split(msg, body, boundary, depth)


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
        part = Message()
        if digest:  # RFC 2046 section 5.1.5
            part.set_default_type("message/rfc822")
        _fill(part, body[after:end], depth + 1)
        # RFC 2046: the line break before a boundary belongs to the boundary
        if isinstance(part._payload, str) and part.get_content_maintype() != "multipart":
            part._payload = _chop(part._payload)
        elif part.epilogue:
            part.epilogue = _chop(part.epilogue)
        parts.append(part)
    msg.set_payload(parts)


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


def read_headers(msg: Message, text: str) -> str:
    """Set msg's headers from the top of ``text`` as email.feedparser does; return the body."""
    end = _HEADER_BLOCK.match(text).end()
    lines = _LINE.findall(text, 0, end)
    if text.startswith("\n", end):  # the blank line that ends the header block
        body = text[end + 1:]
    else:
        body = text[end + 2:] if text.startswith("\r\n", end) else text[end:]
    name = None
    value: list[str] = []
    for i, line in enumerate(lines):
        if line[0] in " \t":
            if name is not None:  # a continuation before any header is dropped
                value.append(line)
            continue
        if name is not None:
            _set(msg, value)
            name = None
        if line.startswith("From "):
            if i == 0:
                msg.set_unixfrom(line.rstrip("\r\n"))
            elif i == len(lines) - 1:  # more likely the first body line than a header
                return line + body
            continue
        colon = line.find(":")
        if colon > 0:
            name, value = line[:colon], [line]
    if name is not None:
        _set(msg, value)
    return body


# The stdlib reads Content-Type parameters (get_boundary, get_param) in quadratic time: 22,000
# parameters in a 560 KB header took 1.4 s.  A real one is well under 1 KB.
MAX_CONTENT_TYPE = 8 * 1024


def _set(msg: Message, lines: list[str]) -> None:
    """email.policy.compat32 header_source_parse: folding kept, leading blanks dropped."""
    name, value = lines[0].split(":", 1)
    value = value.lstrip(" \t") + "".join(lines[1:])
    if len(value) > MAX_CONTENT_TYPE and name.strip().lower() == "content-type":
        value = value[:MAX_CONTENT_TYPE]
    msg.set_raw(name, value.rstrip("\r\n"))


# a delimiter line followed by a part's first header: "--XYZ" then "Content-Type: ..."
_DELIMITER_AND_HEADER = re.compile(r"^--([^\s]{1,70})[ \t]*\r?\n(?=Content-[\w-]+:)", re.M | re.I)


def guess_boundary(body: str) -> str | None:
    """The boundary of a multipart body whose Content-Type lost it (or was lost itself).

    Only when the body opens on it, after at most a short preamble ("This is a multi-part message
    in MIME format"), and the body does not declare it: a returned original pasted as text
    declares its own boundary in its headers and must stay text.
    """
    m = _DELIMITER_AND_HEADER.search(body, 0, 600)
    if m is None or "boundary" in body[:m.start()].lower():
        return None
    boundary = m.group(1)
    if re.search(r"(?i)boundary\s*=\s*\"?" + re.escape(boundary), body):
        return None
    return boundary
