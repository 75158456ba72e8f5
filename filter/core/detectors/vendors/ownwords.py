"""Reporting systems that state the cause in their own fixed sentences, without an SMTP reply.

Mobile carriers, mail-security gateways and MMS relays answer from their own directory or
filter; their sentences are as definite as a status code, but only for the system that writes
them.  Each entry: who writes it (a pattern on From, X-Mailer or the text), and its sentences.
The generic reader finds the recipients; this table gives the meaning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from filter.core.lazyre import Lazy
from filter.core.message import ParsedMessage
from filter.core.classifier import names_a_cause
from filter.core.detectors import dsn
from filter.core.detectors import text as textdet
from filter.core.detectors.base import Detection

name = "ownwords"


@dataclass(frozen=True)
class Reporter:
    name: str
    domains: tuple[str, ...]  # who sends it: the From address is in one of these domains ...
    marker: str | None        # ... or this word is in the From name, X-Mailer or first report lines
    phrases: tuple[tuple[Lazy, str], ...]
    #: sentences that give a reason only when the record's own words give none (a heading the
    #: product writes above every cause)
    fallbacks: tuple[tuple[Lazy, str], ...] = ()


def _r(pattern: str) -> Lazy:
    return Lazy(pattern, re.I)


REPORTERS = (
    # au (KDDI) / EZweb, NTT docomo, SoftBank: subscribers' own address and domain filters
    Reporter("jp-carrier",
             ("ezweb.ne.jp", "au.com", "auone-net.jp", "dion.ne.jp", "kddi.com", "docomo.ne.jp",
              "softbank.ne.jp", "i.softbank.jp", "vodafone.ne.jp", "disney.ne.jp"), None,
             ((_r(r"rejected by a remote mail server|rejected by the domain filter|受信拒否|拒否されました"), "filtered"),
              (_r(r"account is disabled|サービス停止|利用停止"), "suspended"),
              (_r(r"mailbox is full|容量"), "mailbox_full"))),
    # US carriers' SMS/MMS gateways (Verizon vtext / vzwpix and the like)
    Reporter("us-carrier-mms",
             ("vtext.com", "vzwpix.com", "mms.att.net", "txt.att.net", "tmomail.net", "messaging.sprintpcs.com",
              "pm.sprint.com"), "mmsc",
             ((_r(r"no valid recipients|invalid user address|no such user|subscriber (?:not found|unknown)"), "user_unknown"),)),
    # Trend Micro InterScan Messaging Security Suite: "Please check if address is correct" says the
    # address is wrong; its heading "Unable to deliver message to <x>" says nothing of the cause, which
    # the lines after it give ("DNS lookup failed: host not found")
    Reporter("interscan", (), "interscan",
             ((_r(r"please check if (?:the )?address is correct"), "user_unknown"),),
             ((_r(r"unable to deliver message to <"), "user_unknown"),)),
    # OpenSMTPD: when no remote server answered, its report gives the relay's own failure string
    # instead of a reply (smtpd/mta.c "relay->failstr = ...", smtpd/queue.c "Envelope expired", as
    # quoted in rb-sisimai lib/sisimai/lhost/opensmtpd.rb); the report opens with bounce.c's fixed
    # "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail."
    Reporter("opensmtpd", (), "this is the mailer-daemon, please do not reply",
             (
                 # the destination's name cannot be resolved or is malformed
                 (_r(r"invalid domain name|domain does not exist"), "host_unknown"),
                 # every MX of the destination refused every message: it takes no mail
                 (_r(r"destination seems? to reject all mails?"), "not_accept"),
                 # the MX lookup or the route to the MXs failed: a network condition, not the mailbox
                 (_r(r"no mx found for (?:domain|destination)|no valid route to (?:remote mx|destination)|"
                     r"network error on destination mxs?|all routes to destination blocked|"
                     r"address family mismatch on destination mxs?|could not retrieve source address|"
                     r"bad dns lookup error code|temporary failure in mx lookup"), "network_error"),
                 # the relay's credentials for the smarthost are missing: the sending side's security setup
                 (_r(r"could not retrieve credentials"), "security_error"),
                 (_r(r"envelope expired"), "expired"),
             )),
)


# each reporter's domains as the ends of a sender domain written with a dot in front: ".d" ends
# ".<domain>" when the domain is d or one of its subdomains (one ``endswith`` per reporter)
_DOMAIN_ENDS = tuple(tuple("." + d for d in r.domains) for r in REPORTERS)


def _reporter(msg: ParsedMessage) -> Reporter | None:
    sender = msg.from_.lower()
    domain = sender.rpartition("@")[2].strip(" >\"'")
    dotted = "." + domain if domain else None
    head = None
    for r, ends in zip(REPORTERS, _DOMAIN_ENDS):
        if dotted and dotted.endswith(ends):
            return r
        if r.marker is not None:
            if head is None:
                head = f"{sender} {msg.head('x-mailer') or ''} {msg.body[:500]}".lower()
            if r.marker in head:
                return r
    return None


def detect(msg: ParsedMessage) -> Detection | None:
    reporter = _reporter(msg)
    if reporter is None:
        return None
    body = textdet.report_text(msg)
    if msg.status_blocks:  # an RFC 3464 report whose fields say less than the sentence above them
        found = dsn.detect(msg)
        if found is None:
            return None
        kind, records = found.kind, found.records
    elif textdet.looks_like_bounce(msg):
        # (the free-text reader's records where it finds them: our own addresses left out, a product's cause lines below its
        # summary joined to the recipient's, "Recipient: <x@>" ... "Reason: The message was identified as spam")
        found = textdet.detect(msg)
        if found is not None and found.records:
            kind, records = found.kind, found.records
        else:
            kind = textdet.report_kind(msg, body)
            records = textdet.parse_blocks(body) or [textdet.record_from_block_without_address(body)]
    else:
        return None
    for rec in records:
        vague = not rec.status or rec.status.endswith(".0.0")
        if vague and (not rec.reply_code or reporter.name == "us-carrier-mms" or msg.status_blocks):
            said = " ".join(filter(None, (rec.context, rec.diagnostic, body if len(records) == 1 else None)))
            rec.reason = next((reason for p, reason in reporter.phrases if p.search(said)), rec.reason)
            if rec.reason is None and reporter.fallbacks and not names_a_cause(rec):
                rec.reason = next((reason for p, reason in reporter.fallbacks if p.search(said)), None)
    return Detection(kind, records, name)

