"""Sieve "reject" refusals sent as message disposition notifications (RFC 5429, RFC 8098).

A Sieve script that rejects a message after delivery to the mailbox (Dovecot Pigeonhole, Cyrus)
answers with an MDN, not a DSN: RFC 5429 section 2.5.1 makes the disposition
``automatic-action/MDN-sent-automatically; deleted`` and puts the reason in the human-readable
part ("Your message to <u@example.com> was automatically rejected: Quota exceeded").  That is a
failure, read by those words or, in a language no table holds, by the mark Dovecot Pigeonhole and Cyrus put on every
reject they send ("Auto-Submitted: auto-replied (rejected)").  Every other MDN (a read receipt: ``displayed``, a manual ``deleted``, an automatic
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


# the mark the Sieve implementations put on a reject's MDN ("Auto-Submitted: auto-replied (rejected)": Dovecot
# Pigeonhole's and its LDA's rejection, Cyrus's sieve reject), RFC 3834's value with a comment that names the refusal:
# a refusal whatever language its text is in (a Thai or Tagalog reject text says nothing our tables know)
_REJECT_MARK = Lazy(r"^auto-replied\s*\(rejected\)", re.I)
# ... unless its words say the message was deleted, a read receipt's words (RFC 8098's "deleted" disposition: "Your
# message was deleted without being read", German "ungelesen gelöscht", Spanish "se eliminó sin leerse", Swedish "raderades",
# Japanese "削除されました"), whatever the header says
_UNREAD = Lazy(r"\bdeleted\b|gel(?:ö|oe)scht|\belimin(?:ó|o|ado|ada)\b|削除|\bradera(?:d|des|t)|\bsupprim(?:é|e)|\bverwijderd\b|"
               r"\busuni(?:ę|e)t|\bsmaz(?:á|a)n|\bcancellat|\bapagad|\bexclu(?:í|i)d|удален|видален|\bt(?:ö|o)r(?:ö|o)l(?:ve|t)|\bpoistettu|"
               r"\bslettet|διαγρά|\bodstran(?:ě|e)n|\bsmazan|\bkustutat", re.I)


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
    marked = _REJECT_MARK.search(msg.auto_submitted) is not None and _UNREAD.search(own) is None
    if not marked and not _REFUSAL.search(own) and not textdet._refused(own):
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
