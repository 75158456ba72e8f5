"""Bounded, tolerant reading of one message: headers, text, delivery-status blocks, the original.

Bounces are written by every kind of software and many are broken: wrong or unknown charsets,
base64 where RFC 3464 forbids it, multipart without boundaries, 8-bit headers.  Nothing here
raises on bad input; what went wrong is collected in ``defects``.

The message tree is the stdlib's compat32 ``Message`` (~6x faster than ``email.policy.default``,
../shared/docs/performance.md), built by ``mime`` rather than the feed parser; the few headers
we decode go through ``email.header`` by hand.
"""
from __future__ import annotations

import binascii
import codecs
import email.base64mime
import email.errors
import email.quoprimime
import re
from email.message import Message
from functools import lru_cache

from filter.core import mime, smtptext
from filter.core.lazyre import Lazy

DEFAULT_MAX_BYTES = 4 * 1024 * 1024  # the report comes first; the returned original may be cut
MAX_PARTS = 500  # leaf parts visited; a bounce has a handful
# Text the detectors read.  A report's own words are a few KB (the largest in the shared corpus:
# 18 KB); what follows them in a long text is a pasted original.  Bounded so that the work per
# message is too, whatever the input (every pattern over it is linear, but a 4 MB text still
# costs seconds): the report text, and the Subject and From every detector matches.
MAX_TEXT = 256 * 1024
MAX_FIELD = 8 * 1024

# Python codec names for charsets that bounces declare but Python spells otherwise, or decodes
# too strictly (ISO-2022-JP mail routinely carries JIS X 0212 / NEC extensions).
_CHARSET_ALIASES = {
    "iso-2022-jp": "iso2022_jp_ext",
    "iso2022-jp": "iso2022_jp_ext",
    "csiso2022jp": "iso2022_jp_ext",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "euc-jp": "euc_jis_2004",
    "x-euc-jp": "euc_jis_2004",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8",
    "ansi_x3.4-1968": "ascii",
    "us-ascii": "utf-8",  # 8-bit bytes behind a us-ascii label are usually UTF-8
    "ascii": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
    # the WHATWG Encoding Standard reads these labels as windows-1252, as every mail client does: the
    # bytes 0x80-0x9F behind them are Windows' curly quotes and dashes, never C1 controls
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
}
# single-byte charsets: every byte decodes, so a wrong label never fails; UTF-8 multibyte sequences
# are so unlikely in real text under them that bytes which decode as UTF-8 are UTF-8 mislabelled
_SINGLE_BYTE = ("iso-8859", "iso8859", "iso_8859", "windows-125", "cp125", "koi8", "cp866", "cp437", "cp850", "mac")
_ESC_JIS = Lazy(rb"\x1b\$[@B]")
# codecs Python has that are no charset of mail: they fail on some bytes whatever the error
# handler (idna, punycode, undefined) or read backslashes as escapes (*unicode_escape)
_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"})


@lru_cache(maxsize=256)
def _usable(codec: str) -> bool:
    """A codec name decode_bytes may pass to bytes.decode: a text codec Python knows, spelled in
    printable ASCII (a name with NUL or 8-bit bytes makes the codec registry raise ValueError or
    UnicodeEncodeError rather than LookupError)."""
    if not codec.isascii() or not codec.isprintable():
        return False
    try:
        info = codecs.lookup(codec)
    except Exception:  # LookupError, and whatever a broken codec search function raises
        return False
    return info._is_text_encoding and info.name.replace("_", "-") not in _NOT_CHARSETS


def decode_bytes(data: bytes, charset: str | None, defects: list[str] | None = None) -> str:
    """Text from bytes under a declared charset, repairing the usual lies; never raises."""
    cs = (charset or "").strip().strip('"').lower()
    codec = _CHARSET_ALIASES.get(cs, cs)
    if not codec:
        if _ESC_JIS.search(data):
            codec = "iso2022_jp_ext"
        elif data.isascii():
            return data.decode("ascii")
        else:
            codec = "utf-8"
    if _usable(codec):
        if codec.startswith(_SINGLE_BYTE) and not data.isascii():
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                if defects is not None:
                    defects.append(f"charset {charset!r} declared, bytes are UTF-8: read as UTF-8")
                return text
        try:
            text = data.decode(codec)
            if "1258" in codec and not text.isascii():
                # Windows-1258 writes Vietnamese tones as combining marks after the base letter ("hu" + U+0309 + "y"): composed
                # (Unicode NFC, as every other charset gives them and the tables spell them)
                import unicodedata

                text = unicodedata.normalize("NFC", text)
            return text
        except UnicodeDecodeError:
            if _ESC_JIS.search(data):
                # ISO-2022-JP text with lines of 8-bit bytes among it (a Japanese notice that pastes the returned
                # headers as they came, an UTF-8 subject and all): each line under what reads it
                return _jis_lines(data, codec if "2022" in codec else "iso2022_jp_ext")
    else:
        if defects is not None:
            defects.append(f"unknown charset {charset!r}, decoded as UTF-8")
        codec = ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _ESC_JIS.search(data):
        return data.decode("iso2022_jp_ext", "replace")
    if codec in ("", "utf-8", "utf8"):
        # bytes that are not UTF-8 where UTF-8 was declared or assumed (a server's Latin-1 reply copied into a report
        # whose own text is UTF-8, "550 5.7.1 Der Empf\xe4nger ..."): each run of them read as Windows Western, the
        # likeliest 8-bit charset, the valid UTF-8 around it kept as it is
        return data.decode("utf-8", "bf-cp1252")
    # an unknown charset on bytes that are not UTF-8: Windows Western is likeliest
    return data.decode(codec or "cp1252", "replace")


def _as_cp1252(err: UnicodeError) -> tuple[str, int]:
    """The codec error handler of :func:`decode_bytes`: the bytes UTF-8 could not read, read as Windows-1252 (its five
    unassigned bytes as Latin-1, as browsers do)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in err.object[err.start:err.end]), err.end


codecs.register_error("bf-cp1252", _as_cp1252)


def _jis_lines(data: bytes, codec: str) -> str:
    """Text whose lines are ISO-2022-JP (7-bit, shifted by escape sequences) or UTF-8, one or the other per line."""
    out = []
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode(codec))
        except UnicodeDecodeError:
            try:
                out.append(line.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(line.decode(codec, "replace"))
    return "".join(out)


def eight_bit_header(text: str, fallback: str | None) -> str:
    """Header text whose 8-bit bytes the parser kept as surrogate escapes, read as UTF-8 (RFC 6532 allows it there), else
    under ``fallback`` (older mailers write their own charset)."""
    data = text.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(data, fallback)


def decode_header(value: object) -> str:
    """A header value as text: RFC 2047 encoded words decoded, folding removed."""
    if value is None:
        return ""
    raw = str(value)
    if not raw.isascii() and any("\udc80" <= c <= "\udcff" for c in raw):
        # 8-bit bytes in a header: the parser keeps them as surrogate escapes
        raw = eight_bit_header(raw, "cp1252")
    if "=?" in raw:
        try:
            chunks = _rfc2047_chunks(raw)
            if chunks is not None:
                raw = "".join(decode_bytes(b, cs) for b, cs in chunks)
        except Exception:  # malformed encoded words: keep the raw text
            pass
    return " ".join(raw.split())


def _encoded_words(s: str):
    """(start, end, charset, encoding, encoded text) of each RFC 2047 encoded word in ``s``, as
    ``email.header.ecre`` finds them, in linear time.

    The stdlib's pattern (``=?`` charset ``?`` q|b ``?`` lazy text ``?=``) rescans the rest of the
    line from every ``=?`` that has no ``?=`` after it, and ``decode_header`` pops its words off
    the front of a list: both quadratic.  The next ``?=`` and the next line end only move forward,
    so each is looked up once per stretch of text.
    """
    n = len(s)
    close = nl = -1
    pos = 0
    while True:
        start = s.find("=?", pos)
        if start < 0:
            return
        q = s.find("?", start + 2)  # the charset runs to the first "?" (it may span lines)
        if q < 0:
            return
        text = q + 3
        if text <= n and s[q + 1:q + 2] in ("q", "Q", "b", "B") and s[q + 2:text] == "?":
            if close < text:
                close = s.find("?=", text)
                if close < 0:
                    return  # no "?=" ahead: no later word can end either
            if nl < text:
                nl = s.find("\n", text)
                if nl < 0:
                    nl = n
            if close < nl:  # the encoded text stays on its line
                yield start, close + 2, s[start + 2:q], s[q + 1], s[text:close]
                pos = close + 2
                continue
        pos = start + 1


def _rfc2047_chunks(header: str) -> list[tuple[bytes, str | None]] | None:
    """``email.header.decode_header(header)`` in linear time: the same (bytes, charset) runs,
    the same error (HeaderParseError on bad base64); None for a header without encoded words."""
    if next(_encoded_words(header), None) is None:
        return None
    words: list[tuple[str, str | None, str | None]] = []  # (text, encoding, charset)
    for line in header.splitlines():
        pos = 0
        for start, end, charset, encoding, encoded in _encoded_words(line):
            plain = line[pos:start]
            if not pos:
                plain = plain.lstrip()
            if plain:
                words.append((plain, None, None))
            words.append((encoded, encoding.lower(), charset.lower()))
            pos = end
        plain = line[pos:] if pos else line[pos:].lstrip()
        if plain:
            words.append((plain, None, None))
    # white space between two encoded words is dropped (RFC 2047 section 6.2)
    drop = {n - 1 for n in range(2, len(words))
            if words[n][1] and words[n - 2][1] and words[n - 1][0].isspace()}
    chunks: list[tuple[bytes, str | None]] = []
    run: list[bytes] = []
    last = None
    for n, (text, encoding, charset) in enumerate(words):
        if n in drop:
            continue
        if encoding is None:
            word = text.encode("raw-unicode-escape")
        elif encoding == "q":
            word = email.quoprimime.header_decode(text).encode("raw-unicode-escape")
        else:
            if len(text) % 4:  # Postel's law: add missing padding
                text += "==="[:4 - len(text) % 4]
            try:
                word = email.base64mime.decode(text)
            except binascii.Error:
                raise email.errors.HeaderParseError("Base64 decoding error") from None
        if run and charset != last:
            chunks.append(((b" " if last is None else b"").join(run), last))
            run = []
        run.append(word)
        last = charset
    if run:
        chunks.append(((b" " if last is None else b"").join(run), last))
    return chunks


class Part:
    """One leaf part: its content type and its decoded text (empty for binary parts)."""

    __slots__ = ("ctype", "text", "twin")

    def __init__(self, ctype: str, text: str, twin: bool = False):
        self.ctype = ctype
        self.text = text
        #: an HTML part that is the alternative of a plain-text one (RFC 2046 section 5.1.4):
        #: the same words again
        self.twin = twin


class ParsedMessage:
    """What the detectors read; built once per message."""

    def __init__(self, data: bytes, max_bytes: int | None = None):
        self.defects: list[str] = []
        #: what the detectors worked out about this message, shared between them
        self.memo: dict[str, object] = {}
        limit = max_bytes or DEFAULT_MAX_BYTES
        if len(data) > limit:
            self.defects.append(f"message truncated to its first {limit} bytes")
            data = data[:limit]
        self.msg = _parse(data, self.defects)
        self._index_headers()
        self.parts: list[Part] = []
        #: message/rfc822 parts and text/rfc822-headers parts, in order: the returned original(s)
        self.attached: list[Message] = []
        #: the content type each of ``attached`` came in (a report generator's "text/rfc822-headers" or a message)
        self.attached_types: list[str] = []
        #: raw text of each message/delivery-status or message/global-delivery-status part
        self.status_blocks: list[str] = []
        #: content type of other report parts (feedback-report, disposition-notification, ...)
        self.report_parts: dict[str, str] = {}
        #: the charset the first text/plain part declares ("" when it declares none): a
        #: delivery-status part without one is read under it (:func:`_part_text`)
        self._text_charset: str | None = None
        self._walk()
        self._body: str | None = None

    # -- headers ------------------------------------------------------------------------------
    def _index_headers(self) -> None:
        heads: dict[str, str] = {}
        for key, value in self.msg._headers:  # one pass; Message.get() scans every header each time
            heads.setdefault(key.lower(), value)
        self._heads = heads
        self.ctype = self.msg.get_content_type()
        #: the report-type of a multipart/report (RFC 6522): delivery-status, feedback-report, ...
        self.report_type = ""
        if self.ctype == "multipart/report":
            m = _REPORT_TYPE.search(str(heads.get("content-type", "")))
            self.report_type = m.group(1).lower() if m else ""
        self._subject: str | None = None
        self._from: str | None = None

    def head(self, name: str) -> str | None:
        """The raw value of the first header of that (lower-case) name, or None."""
        value = self._heads.get(name)
        return None if value is None else str(value)

    @property
    def auto_submitted(self) -> str:
        """The Auto-Submitted field (RFC 3834 section 5) lower-cased, "" when absent: "auto-replied",
        "auto-generated", "auto-replied (confirm)" ... mark mail no person wrote."""
        value = self._heads.get("auto-submitted")
        return "" if value is None else str(value).strip().lower()

    def header(self, name: str) -> str:
        return decode_header(self._heads.get(name.lower()))

    # every detector asks for these; they are worked out once
    @property
    def subject(self) -> str:
        if self._subject is None:
            self._subject = self._field("subject")
        return self._subject

    @property
    def from_(self) -> str:
        if self._from is None:
            self._from = self._field("from")
        return self._from

    def _field(self, name: str) -> str:
        raw = self.head(name)
        if raw is not None and len(raw) > MAX_FIELD:
            self.defects.append(f"{name} header cut to its first {MAX_FIELD} characters")
            raw = raw[:MAX_FIELD]
        return decode_header(raw)

    # -- text ---------------------------------------------------------------------------------
    @property
    def body(self) -> str:
        """All human-readable text of the report (not of the attached original), joined."""
        if self._body is None:
            # An HTML part is read (its tags stripped) when it comes before any plain text and is
            # not the twin of a plain-text alternative: a report written only in HTML, beside the
            # plain-text footer a gateway added ("scanned by ..."), is the report.  After a plain
            # text, an HTML part is a gateway's banner or footer, or the original sent back as a
            # part: none of it the report's words.
            texts = []
            plain_before = False
            for k, p in enumerate(self.parts):
                if p.twin and p.text and k and texts and self.parts[k - 1].ctype == "text/plain" \
                        and texts[-1] is self.parts[k - 1].text and _a_stub(texts[-1], p.text):
                    # (a plain-text alternative that only points at its HTML twin, "Please view this message as HTML", "siehe
                    # HTML-Version", or says no more than "Mail delivery failed.": the HTML says what the report says)
                    texts[-1] = _strip_html(p.text)
                    continue
                if not p.text or p.twin or not p.ctype.startswith(("text/", "multipart/")) \
                        or p.ctype == "text/rfc822-headers":
                    continue
                if p.ctype == "text/html":
                    if not plain_before:
                        texts.append(_strip_html(p.text))
                    continue
                plain_before = plain_before or not p.text.isspace()
                texts.append(p.text)
            if not texts:  # an empty plain-text alternative: its HTML twin is the text
                texts = [_strip_html(p.text) for p in self.parts if p.ctype == "text/html" and p.text]
            body = "\n".join(texts)
            if len(body) > MAX_TEXT:
                self.defects.append(f"report text cut to its first {MAX_TEXT} characters")
                body = body[:MAX_TEXT]
            self._body = body
        return self._body

    def _walk(self) -> None:
        # (part, depth, whether it lies under a multipart/alternative with a plain-text choice)
        stack: list[tuple[Message, int, bool]] = [(self.msg, 0, False)]
        visited = 0
        while stack:
            part, depth, twin = stack.pop()
            visited += 1
            if visited > MAX_PARTS:
                self.defects.append(f"more than {MAX_PARTS} MIME parts; the rest was not read")
                break
            ctype = part.get_content_type()
            if ctype in ("message/delivery-status", "message/global-delivery-status"):
                block = _part_text(part, self.defects, self._text_charset or None)
                if not block.strip() and part.get("final-recipient") is not None:
                    block = _fields_in_head(part)
                    self.defects.append("delivery-status fields without the blank line after the part's header; read there")
                self.status_blocks.append(block)
                continue
            if ctype in _ORIGINAL_TYPES:
                self.attached.append(_original_head(part, self.defects))
                self.attached_types.append(ctype)
                continue
            if ctype.startswith("message/"):  # feedback-report, disposition-notification, ...
                self.report_parts[ctype] = _part_text(part, self.defects)
                continue
            sub = part._payload
            if isinstance(sub, list):  # part.is_multipart(), part.get_payload()
                if part.defects and mime.NO_CLOSE in part.defects and mime.NO_CLOSE not in self.defects:
                    self.defects.append(mime.NO_CLOSE)
                if not sub and depth >= mime.MAX_DEPTH:
                    self.defects.append(f"MIME nesting deeper than {mime.MAX_DEPTH}; inner parts not read")
                    continue
                if ctype == "multipart/alternative" and not twin:
                    twin = any(isinstance(p, Message) and p.get_content_type() == "text/plain" for p in sub)
                stack.extend((p, depth + 1, twin) for p in reversed(sub) if isinstance(p, Message))
                continue
            if ctype.startswith("multipart/") or depth == 0 and "content-type" not in self._heads:
                # a multipart whose Content-Type lost its boundary (RFC 2046 section 5.1.1), or
                # was lost itself: cut it at the delimiter lines the body shows
                boundary = mime.guess_boundary(_payload(part))
                if boundary is not None:
                    self.defects.append(f"multipart without its boundary parameter; cut at {boundary!r}")
                    mime.split(part, _payload(part), boundary, depth)
                    parts = _payload(part)
                    if isinstance(parts, list):  # a close delimiter first leaves the body text
                        stack.extend((p, depth + 1, twin) for p in reversed(parts) if isinstance(p, Message))
                        continue
            # text/*, and leaves that should have been text: a multipart without a usable
            # boundary, or a bare body declared as octet-stream
            readable = ctype.startswith(("text/", "multipart/")) or ctype == "application/octet-stream" and depth == 0
            text = _part_text(part, self.defects) if readable else ""
            if readable and ctype == "text/plain" and self._text_charset is None:
                self._text_charset = _charset(part) or ""
            if ctype == "text/plain" and " " in text:
                text = _unflowed(part, text)
            self.parts.append(Part(ctype, text, twin and ctype == "text/html"))


def _a_stub(plain: str, html: str) -> bool:
    """A plain-text alternative that says far less than its HTML twin (RFC 2046 section 5.1.4: the parts are meant to say
    the same): nothing, a pointer at the HTML, or a few words without the server's answer the HTML gives (the cheap tests
    first)."""
    words = plain.strip()
    if len(words) >= 300 or len(html) < len(words) + 100:
        return False
    if not words or "html" in words.lower():
        return True  # (nothing, or a pointer at the HTML: "Please view this message as HTML", "siehe HTML-Ansicht")
    # (or a line or the recipient's address alone, with no server's answer where the HTML gives one, "550 5.7.1 ...": a
    # person's note says all it says in its plain text, whatever report or signature its HTML twin carries)
    if len(words) >= 60 and "@" not in words:
        return False
    shown = _strip_html(html).strip()
    return len(shown) > len(words) + 60 and smtptext.find_status(words) is None and smtptext.find_status(shown) is not None


_FLOWED = Lazy(r"""(?i)\bformat\s*=\s*["']?flowed\b""")
_DELSP = Lazy(r"""(?i)\bdelsp\s*=\s*["']?yes\b""")


def _unflowed(part: Message, text: str) -> str:
    """A ``format=flowed`` text with its soft line breaks joined again (RFC 3676 section 4): a
    line that ends in a space goes on in the next (that space dropped too under ``delsp=yes``),
    a leading space is stuffing; the signature separator "-- " and quoted lines (whose depth
    rules this does not follow) stay as they are.  A report line cut there ("... undeliverable
    to the\n following:", a pasted Received header) is one line again."""
    ctype = str(part.get("content-type", ""))
    if not _FLOWED.search(ctype):
        return text
    delsp = bool(_DELSP.search(ctype))
    out: list[str] = []
    run = ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.startswith(">"):
            if run:
                out.append(run)
                run = ""
            out.append(line)
            continue
        if line.startswith(" "):
            line = line[1:]
        if run and line[:1].isspace():
            # a writer that follows RFC 3676 breaks after a blank, so what goes on never starts with
            # one: an indented line is a line of its own (a report's "    550 5.1.1 User unknown ")
            out.append(run)
            run = ""
        if line.endswith(" ") and line != "-- ":
            run += line[:-1] if delsp else line
        else:
            out.append(run + line)
            run = ""
    if run:
        out.append(run)
    return "\n".join(out)


# The returned original (RFC 3464 section 2: message/rfc822 or text/rfc822-headers; RFC 6533
# message/global) is read for its headers only: its body, often the larger part of a bounce
# and sometimes MIME of its own, is never parsed.
_ORIGINAL_TYPES = frozenset({"message/rfc822", "message/global", "text/rfc822-headers",
                             "message/rfc822-headers", "text/rfc822-header"})


def _original_head(part: Message, defects: list[str]) -> Message:
    """The header block of an attached original, parsed on its own; the body kept as text."""
    raw = _payload(part)
    encoded = str(part.get("content-transfer-encoding", "")).strip().lower() in ("base64", "quoted-printable")
    if encoded:  # RFC 2046 forbids encoding message/rfc822; some do
        raw = _part_text(part, defects)
    raw = raw.lstrip("\r\n") if isinstance(raw, str) else ""
    original = mime.Entity()
    body = mime.read_headers(original, raw)
    head = raw[:len(raw) - len(body)]
    if not head.isascii():  # 8-bit headers (RFC 6532, or just broken): decode, read again
        original = mime.Entity()
        if not encoded and isinstance(part._payload, str):
            # (the header block as its bytes came, surrogate escapes: ``get_payload`` decoded them under the part's charset
            # parameter, which is no charset of the returned message's headers; RFC 6532 says UTF-8)
            came = part._payload.lstrip("\r\n")
            head = came[:len(came) - len(mime.read_headers(mime.Entity(), came))]
        mime.read_headers(original, eight_bit_header(head, _charset(part)))
    original.set_payload(body)  # unparsed, for a report forwarded whole
    return original


def _parse(data: bytes, defects: list[str]) -> Message:
    if b"\r\r\n" in data:
        # a CRLF file converted to CRLF again: RFC 5322 2.3 allows CR only before LF, "CR CR LF" is one
        # line break (else every line grows an empty one after it and a DSN's fields fall apart)
        data = data.replace(b"\r\r\n", b"\r\n")
        defects.append("line breaks written CR CR LF: read as CRLF")
    try:
        return mime.parse(data.decode("ascii", "surrogateescape"))
    except Exception as exc:  # MemoryError included
        defects.append(f"MIME structure unreadable ({type(exc).__name__}); read as plain text")
        head, _, body = data.partition(b"\n\n") if b"\r\n\r\n" not in data[:65536] else data.partition(b"\r\n\r\n")
        msg = mime.Entity()
        try:
            mime.read_headers(msg, head.decode("ascii", "surrogateescape"))
        except Exception:
            msg = mime.Entity()
        del msg["Content-Type"]
        del msg["Content-Transfer-Encoding"]
        msg.set_payload(body.decode("utf-8", "surrogateescape"))
        return msg


_REPORT_TYPE = Lazy(r"""(?i)\breport-type\s*=\s*["']?([\w-]+)""")
_CHARSET = Lazy(r"""(?i)\bcharset\s*=\s*["']?([^"';\s]+)""")


def _charset(part: Message) -> str | None:
    """The charset parameter, read straight off the header (get_param parses every parameter)."""
    for key, value in part._headers:  # raw_items() without its copy
        if len(key) == 12 and key.lower() == "content-type":  # (the length first: no lower() of most names)
            m = _CHARSET.search(str(value))
            return m.group(1) if m else None
    return None


def _transfer_encoding(part: Message) -> str | None:
    """The Content-Transfer-Encoding mechanism (the first such header, lower-cased, "" without
    one); None when it is not plain ASCII text (the stdlib would read it as a ``Header``).

    ``get_payload(decode=True)`` compares the header's whole value, so ``"base64 "`` (a blank
    after the token, or a comment, both allowed around it: RFC 2045 sections 6.1 and 5.1 by
    way of RFC 822's lexical rules) left a base64 part undecoded and its report unread; the
    header is rewritten here to the bare token, in this parsed copy only, before decoding."""
    for index, (key, value) in enumerate(part._headers):
        if len(key) == 25 and key.lower() == "content-transfer-encoding":
            if not (isinstance(value, str) and value.isascii()):
                return None
            cte = value.lower()
            if cte not in _ENCODED and cte not in _PLAIN:
                token = cte.split("(", 1)[0].strip()
                if token != cte and token in _ENCODED:
                    part._headers[index] = (key, token)
                cte = token
            return cte
    return ""


def _payload(part: Message):
    """``part.get_payload()``, which decodes 8-bit text under the charset parameter and raises
    when that codec cannot replace (idna, punycode): then as the stdlib does for an unknown one."""
    payload = part._payload
    if isinstance(payload, str) and payload.isascii():
        # what get_payload returns for text without 8-bit bytes, without its work (a header
        # scan, and an encoding of the whole payload to find that it has no surrogates)
        return payload
    try:
        return part.get_payload()
    except Exception:
        payload = part._payload
        if isinstance(payload, str):
            return payload.encode("ascii", "surrogateescape").decode("ascii", "replace")
        return payload


# what get_payload(decode=True) decodes (any other Content-Transfer-Encoding leaves the bytes as
# they are)
_ENCODED = frozenset({"quoted-printable", "base64", "x-uuencode", "uuencode", "uue", "x-uue"})
_PLAIN = frozenset({"7bit", "8bit", "binary"})
# codecs (as decode_bytes names them, after _CHARSET_ALIASES) that read ASCII bytes as themselves
_ASCII_READ_AS_IS = frozenset({"", "utf-8", "utf8", "iso-8859-15", "windows-1252", "cp1252"})


_RECIPIENT_FIELDS = ("final-recipient", "original-recipient")


def _fields_in_head(part: Message) -> str:
    """A delivery-status part written without the blank line that ends its own header (RFC 2045 / RFC 3464
    section 2.1): its fields were read as the part's header fields.  They are given back as the part's
    text, a blank line before each recipient's fields (the per-message fields come first; a recipient's
    Original-Recipient and Final-Recipient stay together)."""
    lines: list[str] = []
    for key, value in part.items():
        if key.lower().startswith("content-"):
            continue
        if key.lower() in _RECIPIENT_FIELDS and lines and lines[-1].split(":", 1)[0].lower() not in _RECIPIENT_FIELDS:
            lines.append("")
        lines.append(f"{key}: {' '.join(str(value).split())}")
    return "\n".join(lines) + "\n"


def _part_text(part: Message, defects: list[str], fallback: str | None = None) -> str:
    """A leaf part's text: its payload decoded by its Content-Transfer-Encoding, then read
    under its charset (:func:`decode_bytes`); a part that declares none and is not UTF-8 under
    ``fallback`` (a delivery-status part, which has no charset parameter in RFC 3464, under the
    charset of the report's own text: Sendmail copies a server's 8-bit reply into both as it came)."""
    payload = part._payload
    if isinstance(payload, str) and payload.isascii() and "\x1b" not in payload:
        # Most report parts are plain ASCII text, not transfer-encoded: their text is the payload
        # itself.  get_payload(decode=True) would encode it to bytes and decode_bytes read it
        # back, under a charset that reads ASCII as ASCII (an ESC would be ISO-2022-JP's).
        cte = _transfer_encoding(part)
        if cte is not None and cte not in _ENCODED:
            cs = (_charset(part) or "").strip().strip('"').lower()
            if _CHARSET_ALIASES.get(cs, cs) in _ASCII_READ_AS_IS:
                return payload
    else:
        _transfer_encoding(part)  # the header's value as get_payload compares it
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if payload is None:
        return str(_payload(part) or "")
    charset = _charset(part)
    if charset is None and not payload.isascii() and part.get_content_type() == "text/html":
        # HTML names its charset inside when the header does not (HTML5 8.2.2.2, the <meta> prescan)
        meta = _META_CHARSET.search(payload, 0, 4096)
        if meta is not None:
            charset = meta.group(1).decode("ascii", "replace")
            if charset.lower().startswith("utf-16"):
                charset = "utf-8"  # (the prescan's own rule: 8-bit bytes are never UTF-16)
    if charset is None and fallback and not payload.isascii():
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            return decode_bytes(payload, fallback, defects)
    return decode_bytes(payload, charset, defects)


_META_CHARSET = Lazy(rb"""(?i)<meta\b[^>]{0,200}?\bcharset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""")
_TAG = Lazy(r"<[^>]*>")
# a line-breaking tag, and the source's own line break right after it: in HTML a newline is
# only white space (HTML 4.01 section 9.1), so "<br>\r\n" is one break, not two (two cut a
# pasted header block in half)
_BR = Lazy(r"(?i)<\s*(br|/p|/div|/tr|/h\d|li)\b[^>]*>(?:[ \t]*\r?\n)?")
_LINE_END = Lazy(r"[ \t]*\r?\n")
_CELL = Lazy(r"(?i)<\s*/t[dh]\s*>")
_ENT = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}


def _strip_html(html: str) -> str:
    # both patterns end at a ">": from a "<" with no ">" after it each would scan to the end of
    # the text, and again from the next "<" (quadratic); past the last ">" neither can match
    end = html.rfind(">") + 1
    after = _LINE_END.match(html, end)  # (the source's line break after the last tag goes with it)
    end = after.end() if after else end
    head = _BR.sub("\n", html[:end])
    if "</t" in head or "</T" in head:
        head = _CELL.sub("\t", head)  # a table's cells stay apart ("<td>a@x</td><td>user unknown</td>")
    if "mailto:" in head:
        # a link naming its address only in the href ('Your message to <a href="mailto:jo@...">Jo Lee</a>
        # couldn't be delivered'): the name, then the address in brackets, as a plain-text report writes it
        head = _MAILTO_LINK.sub(_mailto_text, head)
    if "alt=" in head or "ALT=" in head:
        # a picture's text alternative is its words where the picture is not shown (HTML 4.01
        # section 13.8): a notice that draws its cause as an image ("<img alt='Mailbox unknown'>")
        # says it there
        head = _IMG_ALT.sub(_alt_text, head)
    text = _TAG.sub("", head) + html[end:]
    if "&" in text:
        for k, v in _ENT.items():
            text = text.replace(k, v)
        if "&#" in text:  # numeric references ("&#64;" in an address, "&#160;")
            text = _NUMERIC_REF.sub(_numeric_char, text)
        if "&" in text:  # the other named references ("zur&uuml;ckgewiesen", "&eacute;chec")
            text = _NAMED_REF.sub(_named_char, text)
    return text


_IMG_ALT = Lazy(r"""<img\s[^>]*?\balt\s*=\s*(?:"([^"<]{0,300})"|'([^'<]{0,300})')[^>]*>""", re.I)


def _alt_text(m: re.Match) -> str:
    return f" {m.group(1) or m.group(2) or ''} "


# HTML5's named character references end with ";" here (the legacy ones without it are left as
# written: "&copy" inside a URL's query is more often a parameter than a character)
_NAMED_REF = Lazy(r"&([A-Za-z][A-Za-z0-9]{1,31};)")


def _named_char(m: re.Match) -> str:
    from html.entities import html5  # (imported only by a notice that needs it)

    return html5.get(m.group(1), m.group(0)).replace("\xa0", " ")


_MAILTO_LINK = Lazy(r"""<a\s[^>]*?href\s*=\s*["']?mailto:([^"'>\s?]{1,320})[^>]*>([^<]{0,200})</a\s*>""", re.I)


def _mailto_text(m: re.Match) -> str:
    name = m.group(2)
    return name if "@" in name else f"{name} ({m.group(1)})"  # (not "<...>": the tags go next)


_NUMERIC_REF = Lazy(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));")


def _numeric_char(m: re.Match) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    if code == 0xA0:
        return " "
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else m.group(0)
