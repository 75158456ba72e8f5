"""Novell GroupWise (GWIA 5.x / 6.x) "Message status - undeliverable" reports that name recipients
by user ID, not address.

"The message that you sent was undeliverable to the following:", then one recipient a line with
GroupWise's words in parentheses ("\tkurt (user not found)").  A recipient in GroupWise's own
post office is named by its user ID (the local part): the generic text detector, which reads
addresses, finds none.  Reports that list addresses ("kurt@example.com (user not found)") are
left to it, as before.
"""
from __future__ import annotations

import re

from filter.core.lazyre import Lazy
from filter.core.message import ParsedMessage
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection, Record

name = "groupwise"

_HEADING = Lazy(r"^[ \t]*The message that you sent was undeliverable to the following:[ \t\r]*$", re.I | re.M)
# an indented user ID (or display name), then GroupWise's words in parentheses; no "@"
_ENTRY = Lazy(r"^[ \t]+(?P<name>[^\s@()<>:;][^@()<>:;\n]{0,79}?)[ \t]+\((?P<why>[^@\n]*)\)[ \t\r]*$")


def detect(msg: ParsedMessage) -> Detection | None:
    body = textdet.report_text(msg)
    if "undeliverable to the following" not in body:
        return None
    heading = _HEADING.search(body)
    if heading is None or not (textdet.looks_like_bounce(msg) or textdet.from_system(msg)):
        return None
    records = _named(body[heading.end():])
    if not records:
        return None
    return Detection(textdet.report_kind(msg, body), records, name)


def _named(after: str) -> list[Record]:
    """The recipients listed under the heading by user ID, each with GroupWise's own words for it.

    The list is the run of indented "<user ID> (<why>)" lines right under the heading (blank lines
    before it aside): one record per line, named (``Record.name``: the core finds the address among
    the returned original's To / Cc by its local part), its diagnostic the words in parentheses, so
    "kurt (user not found)" and "lena (... mailbox is full)" are each classified by their own words.
    An entry with an address, or no list: nothing (the text detector reads those)."""
    records: list[Record] = []
    for line in after.replace("\r", "").split("\n")[1:200]:
        if not line.strip():
            if records:
                break
            continue
        m = _ENTRY.match(line)
        if m is None:
            if "@" in line:
                return []
            break
        rec = textdet.record_from_block("", m.group("why"))
        rec.address, rec.name = None, " ".join(m.group("name").split())
        records.append(rec)
    return records
