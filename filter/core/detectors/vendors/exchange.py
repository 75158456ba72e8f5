"""Microsoft Exchange 5.5 / 2000 / 2003 non-delivery reports (before Exchange wrote RFC 3464).

"Your message ... did not reach the following recipient(s):" then per recipient
"user@example.com on <date>", Exchange's words, and an ``MSEXCH:IMS`` diagnostic whose
hexadecimal code names the cause.
"""
from __future__ import annotations

import re

from filter.core.lazyre import Lazy
from filter.core.message import ParsedMessage
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection

name = "exchange"

_MARKER = Lazy(r"did not reach (?:the following|some or all of the intended) recipient|"
                     r"following recipient\(s\) could not be reached", re.I)
_MAILER = Lazy(r"internet mail service|microsoft exchange|msexch", re.I)
_CODE = Lazy(r"\(([0-9A-F]{8})\)")
# X.400 form: on a line, before any "@", "dda:SMTP=" then the address (the line up to the address
# and a ";" after it are dropped).  Read line by line below: as one pattern,
# ``(?im)^[^\n@]*?\bdda:SMTP=(\S+@[^;\s]+);?``, every "dda:SMTP=" of a long run without an
# address rescanned the rest of the run (quadratic).
_X400_TAG = Lazy(r"(?i)\bdda:SMTP=")
_X400_ADDRESS = Lazy(r"\S+@[^;\s]+")
_RUN = Lazy(r"\S*")
# MSEXCH:IMS / IMC diagnostic codes -> reason
CODES = {
    "000C05A6": "user_unknown",      # Unknown Recipient
    "000C0595": "filtered",          # Ambiguous Recipient
    "00010256": "system_error",      # Too many recipients
    "000D06B5": "system_error",      # No proxy for recipient
    "00120270": "network_error",     # Too Many Hops
    "00050311": "content_error",     # Conversion to Internet format failed
    "000502CC": "content_error",     # Conversion to Internet format failed
    "000B0981": "security_error",    # Server does not support AUTH
    "000B099C": "on_hold",           # Host unknown / size / remote error, undecided
    "000B09AA": "on_hold",
    "000B09B6": "on_hold",
}


def detect(msg: ParsedMessage) -> Detection | None:
    body = textdet.report_text(msg)
    if ("did not reach" not in body and "could not be reached" not in body) or not _MARKER.search(body) or not (_MAILER.search(str(msg.head("x-mailer"))) or "MSEXCH:" in body):
        return None
    # X.400 originator/recipient form: "c=US;a= ;p=ORG;o=Site;dda:SMTP=user@example.com; on <date>"
    records = textdet.parse_blocks(_x400_plain(body))
    if not records:
        return None
    for rec in records:
        m = _CODE.search(rec.diagnostic or "")
        if m and m.group(1) in CODES:
            rec.reason = CODES[m.group(1)]
    return Detection(textdet.report_kind(msg, body), records, name)


def _x400_plain(text: str) -> str:
    """The text with each X.400 originator/recipient line cut to its SMTP address."""
    if "dda:" not in text.lower():
        return text
    return "\n".join(_x400_line(line) if "dda:" in line.lower() else line for line in text.split("\n"))


def _x400_line(line: str) -> str:
    at = line.find("@")
    limit = len(line) if at < 0 else at  # the tag stands before the line's first "@"
    pos = 0
    while (tag := _X400_TAG.search(line, pos, limit)) is not None:
        m = _X400_ADDRESS.match(line, tag.end())
        if m is not None:
            end = m.end() + (line[m.end():m.end() + 1] == ";")
            return m.group() + line[end:]
        # no address in the rest of this run: a later tag inside the run has none either
        pos = max(_RUN.match(line, tag.end()).end(), tag.end() + 1)
    return line
