"""Sieve "reject" refusals sent as message disposition notifications (RFC 5429, RFC 8098).

A Sieve script that rejects a message after delivery to the mailbox (Dovecot Pigeonhole, Cyrus)
answers with an MDN, not a DSN: RFC 5429 section 2.5.1 makes the disposition
``automatic-action/MDN-sent-automatically; deleted`` and puts the reason in the human-readable
part ("Your message to <u@example.com> was automatically rejected: Quota exceeded").  That is a
failure.  Every other MDN (a read receipt: ``displayed``, a manual ``deleted``, an automatic
``deleted`` whose own words refuse nothing: "was deleted without being read") is not a bounce and
is left to the detectors after this one.
"""
from __future__ import annotations

import re

from filter.core.address import normalize
from filter.core.classifier import decide, without_restated
from filter.core.lazyre import Lazy
from filter.core.message import ParsedMessage
from filter.core.model import FAILED
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection, Record
from filter.core.detectors.dsn import parse_fields

name = "mdn"

# the words of a refusal (a Sieve reject worded "refused", "declined", "not accepted", "denied")
_REFUSAL = Lazy(r"reject|refus|declin|not accepted|denied|no longer exists|does not exist|quota|"
                r"(?:does not|doesn't|no longer|will not|won't) accept|not (?:be )?delivered|undeliverable|"
                r"discard|no longer in use|not in use", re.I)


def detect(msg: ParsedMessage) -> Detection | None:
    report = msg.report_parts.get("message/disposition-notification")
    if report is None:
        return None
    fields, blocks = parse_fields(report)
    for block in blocks:  # RFC 8098 has one block; a parser may see recipient fields as a block
        for key, value in block.items():
            fields.setdefault(key, value)
    mode, _, disposition = (fields.get("disposition") or "").partition(";")
    if not mode.strip().lower().startswith("automatic-action") or \
            disposition.strip().lower().split("/")[0] != "deleted":
        return None
    recipient = (fields.get("final-recipient") or fields.get("original-recipient") or "").partition(";")
    address = normalize(recipient[2] or recipient[0])
    said = textdet.report_text(msg)
    # (the lines restating the returned message may say anything: "Subject: Meeting declined")
    own = "\n".join(without_restated(said))
    if not _REFUSAL.search(own) and not textdet._refused(own):
        # an automatic "deleted" whose own words refuse nothing ("Your message ... was deleted without
        # being read", a mailbox rule's read receipt, RFC 8098) was delivered: RFC 5429 2.5.1 puts a
        # refusal and its reason in a Sieve reject's text ("... was automatically rejected: ...")
        return None
    # the reason follows the sentence naming the recipient ("... was automatically rejected:")
    _, sep, reason = said.partition("rejected:")
    diagnostic = " ".join((reason if sep else said).split()) or None
    # the recipient's own Sieve script refused it (RFC 5429 section 2.5): the mailbox exists, and the
    # text is what its owner (or the script's author) chose to say, "Mail from <x> is not accepted"
    # no block of our host; only its words about the mailbox itself (full, gone, disabled) say more
    said_reason = decide(status=None, diagnostic=diagnostic, action="failed")
    return Detection(FAILED, [Record(address=address, diagnostic=diagnostic, action="failed",
                                     reason=said_reason if said_reason in _OF_THE_MAILBOX else "filtered")], name)


# what a Sieve reject's words may say of the mailbox itself (anything else is its owner's filter)
_OF_THE_MAILBOX = frozenset({"mailbox_full", "user_unknown", "suspended", "message_too_large", "has_moved"})
