"""IBM (Lotus) Notes / Domino non-delivery reports: "Failure Reasons", then the address."""
from __future__ import annotations

import re

from filter.core.lazyre import Lazy
from filter.core.address import find_all
from filter.core.message import ParsedMessage
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection, Record

name = "notes"

_ADDRESSES = Lazy(r"\S+@\S+")
_WORDS = Lazy(r"[^\W\d_]{3,}(?:\s+[^\W\d_]{2,}){2}")  # three words in a row: a sentence, not an address's name

_START = Lazy(r"^-+\s*failure reasons\s*-+\s*$", re.I | re.M)
_END = Lazy(r"^-+\s*returned message\s*-+\s*$", re.I | re.M)
# Domino's own words -> reason (English and Japanese editions)
PHRASES = [
    (Lazy(r"not listed in (?:the )?(?:public name & address book|domino directory)|"
                r"ディレクトリのリストにありません|no such user", re.I), "user_unknown"),
    (Lazy(r"no route found to domain|unable to resolve", re.I), "host_unknown"),
    (Lazy(r"mail ?file .{0,40}(?:full|quota)|exceeds? .{0,20}quota", re.I), "mailbox_full"),
]


def detect(msg: ParsedMessage) -> Detection | None:
    body = msg.body
    if not (body.startswith("-") or "\n-" in body):
        return None  # no line starts with the rule before "Failure Reasons" (cheaper than the pattern)
    if body.isascii() and "failure reasons" not in body.lower():
        return None  # (in ASCII text the case-insensitive pattern matches these words in their ASCII cases only)
    start = _START.search(body)
    if not start:
        return None
    end = _END.search(body, start.end())
    section = body[start.end():end.start() if end else len(body)]
    lines = [ln.strip() for ln in section.splitlines() if ln.strip()]
    # (a reason may name the recipient inside it, Domino R5's "User jo (jo@x.example) not listed in public Name & Address
    # Book": a line with words besides its address is a reason too)
    reason_lines = [ln for ln in lines if "@" not in ln or _WORDS.search(_ADDRESSES.sub(" ", ln))]
    addresses = list(dict.fromkeys(find_all("\n".join(ln for ln in lines if "@" in ln))))
    if not addresses:
        return None
    diagnostic = " ".join(reason_lines) or None
    reason = next((r for pattern, r in PHRASES if diagnostic and pattern.search(diagnostic)), None)
    records = [Record(address=a, diagnostic=diagnostic, reason=reason) for a in addresses]
    return Detection(textdet.report_kind(msg, body), records, name)
