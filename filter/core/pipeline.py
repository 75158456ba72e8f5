"""bytes -> ParsedMessage -> detectors -> records -> classifier -> Report.

The only place the pieces meet.  Never raises on bad input: a detector that fails is recorded
as a defect and the next one is tried; a message nothing recognises is ``not_bounce``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from email.message import Message
from email.utils import getaddresses

from filter.core import classifier
from filter.core.address import common_verp_list, decode_common_verp, decode_verp, find_all, normalize, repair
from filter.core.detectors import registry
from filter.core.detectors.arf import masked
from filter.core.detectors.base import MAX_RECORDS, Detection, Record
from filter.core.detectors.dsn import SUCCESS_ACTIONS, at_an_internal_name
from filter.core.detectors.text import (BOUNCE_SUBJECT, bounce_subject, from_system, is_reply, is_role_account, lone_address,
                                       names_a_system, organisation, original_text, report_text, restated_to,
                                       system_account)
from filter.core.lazyre import Lazy
from filter.core.patterns import matches, status_reason
from filter.core.message import ParsedMessage, decode_header
from filter.core.model import (
    AUTO_REPLY,
    CHALLENGE,
    COMPLAINT,
    DELAYED,
    DELIVERED,
    FAILED,
    FAILURE_KINDS,
    KIND_REASON,
    NOT_BOUNCE,
    Envelope,
    Original,
    RecipientResult,
    Report,
    bouncestudio_code,
    reason_class,
)

# headers of the original kept for correlation; trace and signature headers are left out
_SKIP_ORIGINAL = ("received", "dkim-signature", "arc-", "x-received", "authentication-results",
                  "received-spf", "x-google-dkim-signature", "x-gm-message-state", "domainkey-signature",
                  "x-ms-exchange-", "x-microsoft-antispam", "x-forefront-", "content-")
_MAX_ORIGINAL_HEADERS = 60


def classify(data: bytes, *, source: str | None = None, envelope: Envelope | None = None,
             verp: str | list[str] | None = None, max_bytes: int | None = None) -> Report:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    msg = ParsedMessage(bytes(data), max_bytes)
    detection = _detect(msg)
    if (detection is None or detection.kind == NOT_BOUNCE) and (msg.attached or _list_notice(msg)):
        detection = _list_forwarded_bounce(msg) or detection
        if (detection is None or detection.kind == NOT_BOUNCE) and from_system(msg) and not is_reply(msg):
            # a mail system's own notice that passes on the report it attaches, in words no report uses
            # ("Our gateway received the notification attached below ... passed on to you unchanged"); a
            # person forwarding a bounce to ask about it writes from a person's address, as a forward
            detection = _forwarded_report(msg) or detection
        if (detection is None or detection.kind == NOT_BOUNCE) and _passes_on_a_report_to_us(msg):
            # a relay, a sending platform or a colleague passing on, as an attachment, a report that went to our own bounce
            # address ("Fwd: Undelivered Mail Returned to Sender", its To our VERP address): the report it carries, whoever
            # forwards it (a person's forward of a report on the person's own mail names the person's address there)
            detection = _forwarded_report(msg) or detection
        if (detection is None or detection.kind == NOT_BOUNCE) and _may_be_their_admins_forward(msg):
            # a person of the failed recipients' own organisation passing on the report as an attachment ("WG:
            # Unzustellbar: ..." from its IT desk, "Frau Koch ist ausgeschieden, das Postfach wurde gelöscht"): the report
            # is about addresses of the forwarder's organisation, as for the same report pasted inline (text.py
            # ``_forwarded_records``); a report on anyone else's mail the person forwards is none of ours
            detection = _their_colleagues_report(msg) or detection
    elif (detection is None or detection.kind == NOT_BOUNCE) and bounce_subject(msg) and not msg.head("list-id"):
        # ... or pasting it into the forward's text ("---------- Forwarded message ----------", its header block and all)
        detection = _pasted_report_to_us(msg) or detection
    elif detection is not None and detection.kind in FAILURE_KINDS and msg.attached \
            and _points_to_the_report_it_returns(detection, msg) and (inner := _forwarded_report(msg)) is not None \
            and _same_recipients(inner, detection):
        # a relay's report that says only "see attached" (X.0.0) over the report of the server behind it, returned as its
        # "original" (RFC 3464 section 2: the returned content is any message): the inner report says what happened
        detection = inner
    if detection is not None and detection.message is not None:
        msg = detection.message  # the wrapped report, read as if it had come alone
    original, named = _read_original(msg)
    if detection is None or detection.kind == NOT_BOUNCE:
        return Report(NOT_BOUNCE, [], original, source, detection.detector if detection else None, msg.defects)
    if len(detection.records) > MAX_RECORDS:
        msg.defects.append(f"{len(detection.records) - MAX_RECORDS} of {len(detection.records)} recipients not "
                           f"read: at most {MAX_RECORDS} per message")
        detection.records = detection.records[:MAX_RECORDS]
    patterns = [verp] if isinstance(verp, str) else verp
    records = _complete_addresses(detection, msg, original, envelope, patterns, named)
    if detection.detector == "text" and (_a_letter_about_our_address(records, msg) or _about_the_reader(records, msg, original)
                                         or _nothing_returned_or_named(records, msg)):
        return Report(NOT_BOUNCE, [], original, source, None, msg.defects)
    if detection.kind in FAILURE_KINDS:
        _replies_about_us(records, msg, original)
        if detection.detector == "text" and len(records) == 1:
            _the_notices_own_words(records[0], msg)
    said: dict[tuple, str] = {}  # a report repeats one answer for many recipients: each read once
    results = [_result(r, detection.kind, said) for r in records]
    return Report(detection.kind, results, original, source, detection.detector, msg.defects)


def _detect(msg: ParsedMessage, depth: int = 0) -> Detection | None:
    for det in registry():
        try:
            found = det.detect(msg)
        except Exception as exc:  # a bug in one format module must not lose the message
            msg.defects.append(f"detector {det.name} failed: {type(exc).__name__}: {exc}")
            continue
        if found is not None:
            if depth == 0 and _may_wrap(found):
                inner = _forwarded_report(msg)
                if inner is not None:
                    return inner
            return found
    if depth == 0 and (msg.auto_submitted.startswith("auto-") or _a_colleagues_forward(msg)):
        # a machine's forward of a report it was given (a mailbox rule's "FW: Undeliverable: ...", the
        # report attached, no words of its own; RFC 3834 marks it automatic): the report it carries
        # (a person who forwards one to ask about it writes no such header: that stays their mail, unless the person is a
        # colleague of the organisation it was sent to, passing on a report of our mail, "WG: Undelivered Mail Returned to
        # Sender" with a note "Tippfehler in der Domain im CRM?")
        return _forwarded_report(msg)
    return None


def _a_colleagues_forward(msg: ParsedMessage) -> bool:
    """From a person of the organisation the message was sent to (the same organisation as its To), a report's subject."""
    to, frm = msg.header("To"), msg.from_
    return bool(msg.attached) and "@" in frm and bool(to) and "@" in to and "," not in to \
        and organisation(frm) == organisation(to) and not system_account(msg) \
        and bounce_subject(msg)


def _may_be_their_admins_forward(msg: ParsedMessage) -> bool:
    """A person's message with a report's subject and a message attached (the cheap tests first)."""
    return bool(msg.attached) and "@" in msg.from_ and bounce_subject(msg) and not system_account(msg) \
        and not msg.head("list-id")


def _their_colleagues_report(msg: ParsedMessage) -> Detection | None:
    """The attached report, when every recipient it names is an address of the forwarder's own organisation."""
    found = _forwarded_report(msg)
    if found is None or not found.records:
        return None
    theirs = organisation(msg.from_)
    own = (normalize(msg.from_) or "").lower()
    if all(r.address and organisation(r.address) == theirs and r.address.lower() != own for r in found.records):
        return found
    return None


def _may_wrap(found: Detection) -> bool:
    """The detection may be a cover note's, the real report attached: a failure that says nothing itself,
    or the text reader's reading of a forwarder's or relay's own words above the report it wraps ("j.doe@
    alumni.example.edu forwards to j.doe@corp.example. Delivery to that address failed; the delivery
    report is attached"), or an auto-reply (forwarders mark their notices auto-replied)."""
    if found.kind == AUTO_REPLY:
        return True
    return found.kind in FAILURE_KINDS and (
        found.detector == "text" or not any(r.status or r.reply_code or r.diagnostic for r in found.records))


def _wrapped_bytes(original: Message) -> bytes:
    """A wrapped message's bytes again, its 8-bit text as it came (the stdlib's ``as_bytes`` refuses
    text it cannot write as ASCII: a relay's German bounce, "Frühlingsputz" in the copy it returns)."""
    body = original.get_payload()
    if not isinstance(body, str):
        return original.as_bytes()
    # (the raw header list, as compat32 keeps it: the values as they came, folding included)
    head = "".join(f"{name}: {value}\n" for name, value in original._headers)
    return (head + "\n" + body).encode("utf-8", "surrogateescape")


def _points_to_the_report_it_returns(det: Detection, msg: ParsedMessage) -> bool:
    """No record of the report says a cause (no status beyond the class, "5.0.0"; no words the tables read), and what it
    returns is a report itself (its type, Exim's header, a report's subject).  The cheap questions first: most reports say
    their cause in a status, and most return our message."""
    if not all(not (r.status and not r.status.endswith(".0.0")) and r.reason is None for r in det.records):
        return False
    original = msg.attached[0]
    if original.get_content_type() != "multipart/report" and not original.get("X-Failed-Recipients") \
            and BOUNCE_SUBJECT.folded_search(decode_header(original.get("Subject")) or "") is None:
        return False
    return all(classifier.decide(status=None, diagnostic=r.diagnostic or "", action="failed") in ("on_hold", "undefined")
               for r in det.records)


def _passes_on_a_report_to_us(msg: ParsedMessage) -> bool:
    """The first attached message was addressed to a VERP address (the envelope sender of a message of ours, where its
    report goes, RFC 3464 section 2) of the organisation this message is addressed to, and this message is no list's post."""
    if not msg.attached or msg.head("list-post") or msg.head("list-id"):
        return False
    return _our_verp_address(msg.header("To"), decode_header(msg.attached[0].get("To")) or "")


def _our_verp_address(to: str | None, inner_to: str) -> bool:
    """``inner_to`` (a passed-on report's To) is a VERP address of the organisation ``to`` (this message's To) names."""
    inner = normalize(inner_to) or ""
    return bool(to) and "@" in to and "@" in inner and organisation(inner) == organisation(normalize(to) or to) \
        and decode_verp(inner, None) is not None


def _pasted_report_to_us(msg: ParsedMessage) -> Detection | None:
    """A report pasted into a forward's text (a hosting company's support passing on "Undelivered Mail Returned to Sender"
    with a note), its pasted To a VERP address of the organisation this message is addressed to (``_passes_on_a_report_to_us``
    for a report attached): the report it carries, read as if it had come alone."""
    to = msg.header("To")
    if not to or "@" not in to:
        return None
    pasted = _pasted_report(msg.body[:20000])
    if pasted is None:
        return None
    try:
        inner = ParsedMessage(pasted)
    except Exception:
        return None
    if not _our_verp_address(to, inner.header("To") or ""):
        return None
    found = _detect(inner, depth=1)
    if found is None or found.kind not in FAILURE_KINDS:
        return None
    found.message = inner
    return found


def _same_recipients(inner: Detection, outer: Detection) -> bool:
    """The inner report is about the recipients the outer one names (every one it names)."""
    named = {r.address.lower() for r in outer.records if r.address}
    return bool(named) and named == {r.address.lower() for r in inner.records if r.address}


def _forwarded_report(msg: ParsedMessage) -> Detection | None:
    """The report a gateway, relay or forwarder wraps as an attachment (saying nothing itself, or
    passing it on in a cover note of its own words): read with its own headers (``Detection.message``)."""
    for original in msg.attached[:1]:
        report = original.get_content_type() == "multipart/report" or original.get("X-Failed-Recipients")
        if not report and not BOUNCE_SUBJECT.folded_search(decode_header(original.get("Subject")) or ""):
            continue  # (its subject first: most attached messages are no report, and are not parsed again)
        try:
            inner = ParsedMessage(_wrapped_bytes(original))
        except Exception:
            return None
        if not report and not system_account(inner):
            # (a report in plain text, qmail's "Failure Notice" from MAILER-DAEMON@ forwarded by a sending platform's
            # bounce forwarding, is one by its sender and subject; another message attached is no report)
            continue
        found = _detect(inner, depth=1)
        if found is not None and found.kind in FAILURE_KINDS:
            found.message = inner
            return found
    return None


# A list manager's notice to the list's owner that forwards a bounce it could not read itself, or
# the last bounce of a member it disabled: Mailman's "Uncaught bounce notification" / "Bounce action
# notification", LISTSERV's "Delivery error notice", Sympa's non-delivery report for the list.  It
# comes from the list's own notice address or software, and its subject names the notice (a person who
# forwards it, "Fwd: Uncaught bounce notification", writes about it: no notice of the manager's).
_LIST_NOTICE_FROM = ("-bounces@", "-owner@", "listserv@", "sympa@", "sympa-request@", "mailman@", "majordomo@",
                     "listmaster@",
                     # (ezmlm's "<list>-help@"; Majordomo's "owner-<list>@", ``_OWNER_FIRST``)
                     "-help@")
_OWNER_FIRST = Lazy(r"(?:^|[<\s\"])owner-([^@\s<>]+@[^\s<>]+)")
# ... and its notice's subject says what it is (Mailman's "Uncaught bounce notification" / "Bounce action
# notification", LISTSERV's "Delivery error notice", Sympa's "Non-delivery report", in French too)
_LIST_NOTICE_SUBJECT = ("uncaught bounce", "bounce action notification", "delivery error notice", "non-delivery report",
                        "nondelivery report", "rapport de non-remise", "erreur de distribution", "unrecognized bounce",
                        "unrecognised bounce", "bounce notification",
                        # Mailman 3's owner notices (templates list:admin:notice:disable / :removal): "<member>'s
                        # subscription disabled on <list>", "<member> unsubscribed from <list> mailing list due to
                        # bounces", the triggering bounce attached
                        "subscription disabled on", "due to bounces", "due to excessive bounces",
                        "bounce score incremented",
                        # Sympa's notice to the list owners that it removed a bouncing subscriber
                        "automatic removal of",
                        # Majordomo's "BOUNCE <list>: <reason>" to the list's approver, ezmlm's bounce report to its owner
                        "bounce ", "bounce report")


_PASTED_FROM = Lazy(r"(?im)^from:[ \t]*(\S.*)$")
_PASTED_SUBJECT = Lazy(r"(?im)^subject:[ \t]*(.*)$")
_HEADER_LINE = Lazy(r"[!-9;-~]+:")


def _list_notice(msg: ParsedMessage) -> bool:
    """A list manager's notice to the list's owner about a bounce (its sender and subject, ``_LIST_NOTICE_*``)."""
    sender, subject = msg.from_.lower(), msg.subject.lower()
    # (Majordomo's "owner-<list>@<host>" names the list in its subject: "BOUNCE <list>@<host>: ..."; an "owner-relations@"
    # team is no list's)
    owner = _OWNER_FIRST.search(sender)
    return (any(w in sender for w in _LIST_NOTICE_FROM) or owner is not None and owner.group(1) in subject) \
        and any(w in subject for w in _LIST_NOTICE_SUBJECT)


def _pasted_report(body: str) -> bytes | None:
    """A mail system's report pasted into a notice's text, its header block and all: the block whose From names a mail
    system (MAILER-DAEMON, postmaster) and whose subject is a report's ("failure notice"), read from its first header line
    (an mbox "From " line above it left out) to the end."""
    for m in _PASTED_FROM.finditer(body):
        if not names_a_system(m.group(1)):
            continue
        start = body.rfind("\n\n", 0, m.start())
        start = 0 if start < 0 else start + 2
        end = body.find("\n\n", m.end())
        block = body[start:end if end >= 0 else len(body)]
        subject = _PASTED_SUBJECT.search(block)
        if subject is None or not BOUNCE_SUBJECT.folded_search(subject.group(1)):
            continue
        lines = block.split("\n")
        skip = next((i for i, line in enumerate(lines) if _HEADER_LINE.match(line)), 0)
        start += sum(len(line) + 1 for line in lines[:skip])
        return body[start:].encode("utf-8", "surrogateescape")
    return None


def _list_forwarded_bounce(msg: ParsedMessage) -> Detection | None:
    """The bounce a list manager's notice forwards, read as the report it is (its failed recipients
    are list members); never a notice to the reader about the reader's own address (ezmlm's warning
    to a subscriber whose mail bounces: ``not_bounce``)."""
    if not _list_notice(msg):
        return None
    if msg.head("list-post") or msg.head("in-reply-to") or msg.ctype == "multipart/digest" \
            or msg.subject.lower().lstrip().startswith(("fwd:", "fw:", "re:", "aw:", "wg:", "tr:")):
        return None  # a post the list distributed (or its digest), or a person's forward or reply
    readers = {a.lower() for a in find_all(msg.header("To") or "")}
    # (the bounce attached, or pasted into the notice's text: below LISTSERV's rule "----- Message in error (48 lines) -----",
    # Majordomo's "appears to be an error report", ezmlm's "Below this line is a copy of the bounce message I received")
    pasted = _pasted_report(msg.body[:20000]) if not msg.attached else None
    wrapped = [_wrapped_bytes(o) for o in msg.attached[:2]] if msg.attached else [pasted] if pasted else []
    for data in wrapped:
        try:
            inner = ParsedMessage(data)
        except Exception:
            continue
        found = _detect(inner, depth=1)
        if found is None or found.kind not in FAILURE_KINDS:
            continue
        named = {r.address.lower() for r in found.records if r.address}
        if not named or named & readers:
            return None  # no one named, or the reader's own address: a notice to the reader
        return found
    return None


_ORIGINAL_MAIL_FROM = Lazy(r"(?im)^original-mail-from[ \t]*:[ \t]*(\S[^\r\n]*)")


def _complete_addresses(det: Detection, msg: ParsedMessage, original: Original,
                        envelope: Envelope | None, verp: list[str] | None,
                        named: dict[str, str] | None = None) -> list[Record]:
    """Recipients the report does not name come from the envelope, or from the returned original.

    In order of trust: Exim's X-Failed-Recipients, the VERP address the report was sent to (the
    configured patterns, or the default), the original's To when it had a single recipient, the
    one address the notice's words name; last, a guess from the VERP forms of other software
    (Mailman, qmail / ezmlm: ``decode_common_verp``), taken only if it is one of the original's
    recipients when those are known (list mail is addressed To the list: the list's own address
    there names no one, and leaves the guess free).  A message id is never a recipient.
    """
    records = det.records
    if det.kind == COMPLAINT and len(records) == 1 and not records[0].address:
        # a complaint whose recipient was redacted (RFC 6590): the VERP address our original was sent
        # with names who complained ("Return-Path: <bounces+jo=isp.example@news.example>")
        # (or in the form of a list manager's, "news-bounces+jo=isp.example@...": nothing else names the recipient here)
        # (the report's own Original-Mail-From, RFC 5965 section 3.2, is that envelope sender, kept where the copy's was
        # redacted with the rest: "Return-Path: <bounces+[redacted]=isp.example@...>")
        report = msg.report_parts.get("message/feedback-report") or ""
        field = _ORIGINAL_MAIL_FROM.search(report)
        for rp in (original.headers.get("Return-Path"), field and field.group(1)):
            guess = decode_verp(rp, verp) if rp else None
            if guess and not masked(guess):
                records[0].address = guess
                break
        return records
    if det.kind not in FAILURE_KINDS:
        if det.kind == CHALLENGE and len(records) == 1:
            _the_mailbox_a_challenge_guards(records[0], msg, verp)
        if det.kind == DELIVERED and any(r.name and not r.address for r in records):
            # (a delivery receipt naming its recipients by display name, as the same system's NDRs do)
            _resolve_names(records, original, named or {}, _domain_of(msg.from_))
        return [r for r in records if r.address] or records
    if len(records) > 1:
        records = _without_ours(records, msg, original, same_domain=det.detector != "dsn")
    elif det.detector == "text" and records and records[0].address:
        _verp_over_ours(records[0], msg, verp)
        _unmasked_by_verp(records[0], msg, verp)
    elif det.detector == "dsn" and records and records[0].address:
        _the_address_we_wrote_to(records[0], msg, original, verp)
    _verp_itself_decoded(records, msg, verp)
    named = named or {}
    # the message ids of the original and the ones the report refers to
    ids = " ".join(filter(None, (named.get("message-id"), named.get("in-reply-to"), named.get("references"),
                                 msg.head("in-reply-to"), msg.head("references"))))
    if "@" in ids and any(r.address and r.address.partition("@")[0] in ids for r in records):
        records = _without_message_ids(records, ids)
    if all(r.address for r in records):
        return records
    if any(r.name and not r.address for r in records):
        _resolve_names(records, original, named, _domain_of(msg.from_))
        if all(r.address for r in records):
            return records
    have = {r.address.lower() for r in records if r.address}
    failed = msg.head("x-failed-recipients")
    pool: list[str] = []
    if failed:
        for a in (normalize(x) for x in decode_header(failed).split(",")):
            if a and a.lower() not in have and a not in pool:
                pool.append(a)
    if pool:
        unnamed = [r for r in records if not r.address]
        for r in unnamed:
            r.address = pool.pop(0) if pool else None
        if pool and len(unnamed) == len(records):
            # a report that names no one, about all of them: one record each
            records = records + [replace(unnamed[-1], address=a, alt_addresses=[]) for a in pool]
        if all(r.address for r in records):
            return records
    candidates = [envelope.recipient if envelope else None,
                  *(decode_header(v) for v in msg.msg.get_all("X-Original-To") or []),
                  *(decode_header(v) for v in msg.msg.get_all("Delivered-To") or []),
                  msg.header("To"),
                  original.headers.get("Return-Path")]
    candidates = [c for c in candidates if c]
    guess = next((a for a in (decode_verp(c, verp, common=False) for c in candidates) if a), None)
    tos = find_all(original.to or "")
    if named.get("cc"):  # (also beside a To of an empty group, "To: Book club:;", the one recipient in Cc)
        tos += [a for a in find_all(named["cc"]) if a.lower() not in {t.lower() for t in tos}]
    if _list_post_to_itself(tos, named):
        tos = []  # a list's post addressed to the list: its To names no member
    common, lists = None, []
    if guess is None and tos:
        # the list's own address among the original's recipients (a Mailman or ezmlm bounce to
        # "news-bounces+jo=dest.example@lists.example" returns a post "To: news@lists.example"):
        # not a recipient that failed, and no reason to doubt the VERP address's member
        # (each member gets a copy of its own, sent from its own VERP address: the member it
        # names is the one that failed, whoever else the post was addressed to)
        common, lists = next(((a, common_verp_list(c)) for c in candidates
                              if (a := decode_common_verp(c, verp))), (None, []))
        if common is not None and any(t.lower() in lists for t in tos):
            guess = common
    sender_domain = (normalize(original.from_) or "").lower().rpartition("@")[2] if original.from_ else ""
    to_ourselves = False
    if guess is None:
        # the original's only recipient (To and Cc together), our own organisation's copies aside (a desk we copied in, "Cc:
        # Kestrel Desk <desk@our.example>", is no recipient the remote side reports)
        # (and our organisation's other hosts: a post of "hello@news.shop.example" to "members@lists.shop.example")
        our_org = organisation(sender_domain) if sender_domain else ""
        theirs = [t for t in tos if not sender_domain or not _same_organisation(t.lower().rpartition("@")[2], sender_domain)
                  and organisation(t) != our_org]
        guess = tos[0] if len(tos) == 1 else theirs[0] if len(theirs) == 1 else None
        # (an original addressed only to ourselves, its recipients in Bcc: "To: Subscribers <newsletter@our.example>")
        to_ourselves = bool(tos) and not theirs
    if (guess is None and not tos or to_ourselves) and (msg.attached or original.to):
        # an original addressed to no one its headers name (Bcc, "To: undisclosed-recipients:;", a list's post to the list):
        # the one address its Received lines say it was for (RFC 5321 section 4.4, the FOR clause), when they name one only
        # and not ours (the Received lines of an attached original, or of one pasted as text below the report: its header
        # block as ``_read_original`` reads it)
        received = ([str(h) for h in msg.attached[0].get_all("Received") or []] if msg.attached
                    else [v for k, v in _pasted_headers(original_text(msg)) if k.lower() == "received"])
        fors = {a.lower() for h in received for m in _RECEIVED_FOR.finditer(h) if (a := normalize(m.group(1)))}
        if to_ourselves and len(fors) > 1:
            # (the hop that delivered the post to our own list is named too: "for <members@lists.our.example>")
            fors = {a for a in fors if organisation(a) != our_org}
        if len(fors) == 1 and (only := fors.pop()).rpartition("@")[2] != sender_domain:
            guess = only  # (an original to ourselves: the one address it was for, not ours)
    if guess is None and det.detector == "text" and (original.to is None or not tos):
        # no envelope, no original (or one addressed to no one its headers name, "To: undisclosed-recipients:;"): the one
        # address the notice's own words name
        ours = {a.lower() for v in (msg.header("From"), msg.header("To"), msg.header("Reply-To"),
                                    msg.header("Return-Path"), original.from_) if v for a in find_all(v)}
        # the domain the report was sent to, and the original's sender's: the sender's own
        own_domains = {a.lower().rpartition("@")[2] for v in (msg.header("To"), original.from_) if v
                       for a in find_all(v)}
        guess = lone_address(msg, ours, own_domains) or restated_to(msg, ours)
        if guess is None and "@" in msg.subject:
            # ... or the address a report's subject gives as whom it failed for, right after its words
            # ("Mail delivery failed: bea@example.com", Domino's "DELIVERY FAILURE: User carl.b
            # (carl.b@example.org) not listed ..."), never an address of the original's subject
            # ("Undeliverable: Your order for alice@...") nor ours
            m = _SUBJECT_RECIPIENT.match(msg.subject)
            guess = normalize(m.group(1)) if m else None
            if guess and (guess.lower() in ours or is_role_account(guess)):
                guess = None
    if guess is None:
        # the VERP forms of other software: a guess, kept only if the original named it
        if common is None:
            common = next((a for a in (decode_common_verp(c, verp) for c in candidates) if a), None)
        if common is not None and (not tos or common.lower() in {t.lower() for t in tos}):
            guess = common
    for r in records:
        # (a guess is about the one recipient of a report; a report naming several by name, one of
        # them not found among the original's recipients, does not say which one it is)
        if not r.address and (r.name is None or len(records) == 1):
            r.address = guess
    return records


_RECEIVED_FOR = Lazy(r"\bfor\s+<([^\s<>@]{1,64}@[^\s<>@;]{1,255})>", re.I)


def _list_post_to_itself(tos: list[str], named: dict[str, str]) -> bool:
    """A mailing list's post addressed to the list itself ("From: / To: ham-swap@listserv...", "Sender: owner-ham-swap@..."):
    each member's copy came by the envelope alone, so the To names no member (RFC 2919 lists, LISTSERV, Majordomo).
    ``named``: the original's headers by lower-case name."""
    if len(tos) != 1:
        return False
    to_addr = tos[0].lower()
    listish = (named.get("precedence", "").strip().lower() in ("list", "bulk")
               or any(h in named for h in ("list-id", "list-post", "list-unsubscribe", "errors-to")))
    owners = {a.lower() for h in ("from", "sender", "errors-to", "reply-to") for a in find_all(named.get(h, ""))}
    local, _, domain = to_addr.partition("@")
    # (the list's owner address beside it, "Sender: owner-lectors@...", is the list's mark on its own)
    return f"owner-{local}@{domain}" in owners or f"{local}-owner@{domain}" in owners or listish and to_addr in owners


_SUBJECT_RECIPIENT = Lazy(
    # (and the same headings in German, French, Spanish, Italian, Dutch and Portuguese: "Zustellung fehlgeschlagen: x@ - ...")
    r"\s*(?:(?:(?:mail )?delivery (?:has )?fail(?:ed|ure)|undeliverable|undelivered mail|returned mail|failure notice|"
    r"zustellung fehlgeschlagen|unzustellbar|(?:é|e)chec de (?:la )?(?:remise|distribution)|error de entrega|entrega fallida|"
    r"consegna non riuscita|mancata consegna|bezorging mislukt|onbestelbaar|falha (?:na|de) entrega|"
    r"non[- ]?delivery(?: report)?|delivery status notification \(failure\))(?:\s*(?:to)?\s*[:\-]\s*"
    r"(?:(?:mail|message|e-?mail) (?:to|for) )?|\s+(?:mail|message|e-?mail) (?:to|for)\s+|"
    # (the recipient right after a preposition, "Delivery failure for x@", "Delivery failed to x@")
    r"\s+(?:for|to)\s+)|"
    # (German "Unzustellbare Nachricht an <x@>", French "Message non remis à <x@>", Dutch "Onbestelbaar bericht aan <x@>",
    # Spanish "Mensaje no entregado a <x@>", Italian "Messaggio non recapitato a <x@>", Portuguese "Mensagem não entregue a
    # <x@>")
    r"unzustellbare (?:nachricht|e-?mail) an\s+|message non (?:remis|distribu(?:é|e)) (?:à|a)\s+|onbestelbaar bericht aan\s+|"
    r"mensaje no entregado a\s+|messaggio non (?:recapitato|consegnato) a\s+|mensagem n(?:ã|a)o entregue (?:a|para)\s+)"
    r"(?:user \S{1,64} \()?"
    # (the cause after a dash, "Delivery failure: x@ - user account expired")
    r"[<\"]?([^\s<>\"()@]{1,64}@[^\s<>\"()@]{1,255})[>\")]?(?:\s*$| not listed| unknown|\s+[-–]\s+\w)", re.I)


def _name_key(name: str) -> str:
    """A display name or local part compared case-insensitively, blanks and quotes aside."""
    return " ".join(name.replace('"', " ").replace("'", " ").split()).casefold()


def _domain_of(value: str) -> str | None:
    """The domain of the one address in a header value ("System Administrator <postmaster@x>")."""
    found = find_all(value or "")
    return found[0].rpartition("@")[2].lower() if len(found) == 1 else None


def _same_organisation(domain: str, reporter: str) -> bool:
    """The reporting system's domain and an address's are one organisation's: equal, or one inside
    the other ("mail.corp.example" reports for "corp.example")."""
    return domain == reporter or domain.endswith("." + reporter) or reporter.endswith("." + domain)


def _resolve_names(records: list[Record], original: Original, named: dict[str, str],
                   reporter: str | None) -> None:
    """Give each record the report names by display name or local part (``Record.name``) the one
    address of the returned original's To / Cc with that display name or local part.

    Some reports name a failed recipient in their own directory's terms, not by address
    (Exchange 5.5 IMS / 2000-2003 text NDR: "Ann Lee on <date>"; GroupWise 5.x-6.x: "kurt (user
    not found)"): with several recipients, only the original's headers ("Ann Lee"
    <ann.lee@example.com>) say which address each entry is.  A display name written "Lee, Ann"
    matches "Ann Lee" too.  A name that matches no address, or two, is left without one: no
    address is ever made up or picked between two.  The names are the reporting organisation's
    own (its directory, its post office): addresses of the report sender's domain (``reporter``) are
    the candidates, unless the report comes from the original sender's own organisation (its own server
    reporting a remote failure): then any of the original's recipients."""
    if reporter is None:
        return
    headers = " ,".join(v for v in (original.to, named.get("cc")) if v)
    if not headers:
        return
    sender = _domain_of(original.from_ or "")
    # (a report of the sending organisation's own server about a remote failure - Exchange 2003's "Le serveur de destination pour
    # ce destinataire est introuvable dans le DNS" under "Jean Dupont le ..." - names a recipient elsewhere by the display name
    # its sender wrote: any entry of the original's To / Cc)
    keys = _name_keys(headers, None if sender and _same_organisation(sender, reporter) else reporter)
    for r in records:
        if r.name and not r.address:
            found = keys.get(_name_key(r.name), set())
            if not found and "/" in r.name:
                # a Domino hierarchical name ("Lena Brandt/Einkauf/TALWERKE", "CN=Lena Brandt/OU=Einkauf/O=TALWERKE"): its
                # common name is the display name the original's headers give
                common = r.name.partition("/")[0].strip()
                found = keys.get(_name_key(common[3:] if common[:3].lower() == "cn=" else common), set())
            if len(found) == 1:
                r.address = next(iter(found))


def _name_keys(headers: str, reporter: str | None) -> dict[str, set[str]]:
    """The addresses of ``headers`` by display name and local part (only those of ``reporter``'s organisation, when given)."""
    keys: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for display, addr in getaddresses([headers]):
        address = normalize(addr) if "@" in addr else None
        if not address or reporter is not None and not _same_organisation(address.rpartition("@")[2].lower(), reporter):
            continue
        address = spelled.setdefault(address.lower(), address)
        forms = {address.rpartition("@")[0]}
        if display.strip():
            forms.add(display)
            last, comma, first = display.partition(",")
            if comma and "," not in first:
                forms.add(f"{first} {last}")
        for form in forms:
            if _name_key(form):
                keys.setdefault(_name_key(form), set()).add(address)
    return keys


def _without_ours(records: list[Record], msg: ParsedMessage, original: Original, same_domain: bool = True) -> list[Record]:
    """The records left when the returned mail's sender, or (``same_domain``: recipients read from
    the report's words, not an RFC 3464 Final-Recipient) an address in the domain the report was sent
    to, is named beside failed recipients in another domain ("this notice was sent to <our
    address>"): those are ours, never failed recipients (kept when nothing else is)."""
    sent_by = (normalize(original.from_) or "").lower() if original.from_ and "@" in original.from_ else ""
    to = msg.header("To")
    ours_at = (normalize(to) or "").lower().rpartition("@")[2] if same_domain and to and "@" in to and "," not in to else ""

    def ours(r: Record) -> bool:
        a = (r.address or "").lower()
        if not a:
            return False
        if a == sent_by:
            return True
        # in our domain, but with a failure of its own (a provider's notice to its own user about
        # another of its users: "2. jo@hanmail.net / 사유 : 받는 사람의 메일함이 가득 찼습니다"): a recipient
        return bool(ours_at) and a.rpartition("@")[2] == ours_at and not _states_a_cause(r)

    kept = [r for r in records if not ours(r)]
    return kept if any(r.address for r in kept) else records


def _the_address_we_wrote_to(record: Record, msg: ParsedMessage, original: Original, verp: list[str] | None) -> None:
    """A DSN's one Final-Recipient at the reporting server's own internal name ("kmueller@example-firma.local") with no
    Original-Recipient to give way to (dsn.py), or one that names the very VERP address the report was sent to (an appliance
    that wrote the envelope sender in the field): the address our VERP return path encodes (else the one address our
    returned message was sent to) is the one we wrote to - for an internal name only where both name the same person
    ("kmueller" for "k.mueller"; another name is a member of the group we wrote to, "p.lang@ex02.firma.local" under
    "vertrieb@", whose failure is no failure of the group's address)."""
    to = normalize(msg.header("To") or "") or ""
    ours = to.lower() == record.address.lower()
    if not ours and not at_an_internal_name(record.address):
        return
    guess = decode_verp(to, verp) if "@" in to else None
    if not guess and not ours and original.to and len(sent_to := find_all(original.to)) == 1:
        guess = normalize(sent_to[0])
    if guess and not at_an_internal_name(guess) and (ours or _same_name(record.address, guess)):
        record.address = guess


def _same_name(internal: str, external: str) -> bool:
    """Two local parts name the same person: the same letters ("kmueller", "k.mueller"), or an initial and a surname of the
    other's parts ("cschmidt", "carola.schmidt")."""
    a, b = internal.partition("@")[0].lower(), external.partition("@")[0].lower()
    if re.sub(r"[^a-z0-9]", "", a) == re.sub(r"[^a-z0-9]", "", b):
        return True
    for x, y in ((a, b), (b, a)):
        parts = [p for p in re.split(r"[._-]+", y) if p]
        flat = re.sub(r"[^a-z0-9]", "", x)
        if len(parts) >= 2 and flat in (parts[0][0] + parts[-1], parts[0] + parts[-1][0], parts[-1] + parts[0][0]):
            return True
    return False


def _the_mailbox_a_challenge_guards(record: Record, msg: ParsedMessage, verp: list[str] | None) -> None:
    """A challenge comes from the challenge system's own address ("Antispam <antispam@firm.example>", "verifikasi@"), not
    from the mailbox it guards: that one is the address our VERP return path encodes (the challenge answers the envelope
    sender of the message it holds), else the one other address of the challenger's organisation its words name
    ("Ontvanger / Destinataire : secretariaat@firm.example")."""
    frm = (normalize(msg.from_) or "").lower()
    if not frm or (record.address or "").lower() != frm:
        return
    to = normalize(msg.header("To") or "")
    guess = decode_verp(to, verp) if to and "@" in to else None
    if guess and guess.lower() != frm and organisation(guess) != organisation(to):
        record.address = guess
        return
    if not _GUARD_ACCOUNT.search(msg.from_):
        return  # (a person's own challenge may name a colleague: only a challenge system's account speaks for another)
    theirs = organisation(frm)
    named = {a.lower() for a in find_all(report_text(msg)[:3000])} - {frm}
    named = {a for a in named if organisation(a) == theirs}
    if len(named) == 1:
        record.address = named.pop()


# the words of a challenge system's account, in its address or name ("Antispam <antispam@>", "Sender check <verify@>",
# "Verifikasi Pengirim <verifikasi@>", "Mail Guard", "confirm@", "challenge@")
_GUARD_ACCOUNT = Lazy(r"(?i)spam|verif|confirm|challenge|protect|guard|filter|check|secur|whitelist|allowlist")


def _verp_itself_decoded(records: list[Record], msg: ParsedMessage, verp: list[str] | None) -> None:
    """A record whose address is the VERP address the notice was sent to (Google Groups' "Hello bounces+board=x@<ours>,"
    greeting its reader) names our envelope sender, never a recipient: the recipient is the one that address encodes
    (RFC 5321 section 4.5.5)."""
    to = (normalize(msg.header("To") or "") or "").lower()
    for r in records:
        if to and r.address and r.address.lower() == to:
            _verp_over_ours(r, msg, verp)


def _verp_over_ours(record: Record, msg: ParsedMessage, verp: list[str] | None) -> None:
    """A notice's one address at the domain of the VERP address it was sent to is ours (our sender under a label the
    tables do not read, Macedonian "Испраќач: news@news.example"), never the recipient: the VERP address names who it is
    (RFC 5321 section 4.5.5: the notice goes to the envelope sender our message went out with)."""
    to = normalize(msg.header("To") or "")
    if not to or "@" not in to or record.address.lower().rpartition("@")[2] != to.lower().rpartition("@")[2]:
        return
    guess = decode_verp(to, verp)
    if guess and guess.lower() != record.address.lower() and guess.lower().rpartition("@")[2] != to.lower().rpartition("@")[2]:
        record.address = guess


def _unmasked_by_verp(record: Record, msg: ParsedMessage, verp: list[str] | None) -> None:
    """A notice that writes its recipient half hidden ("g*****i1990@posta.example", a provider's privacy habit) names the
    one the VERP address it was sent to encodes, when that one is at the same domain and shows the same letters around
    the stars."""
    local, _, domain = record.address.lower().rpartition("@")
    if "***" not in local:
        return
    to = normalize(msg.header("To") or "")
    guess = decode_verp(to, verp) if to and "@" in to else None
    if not guess or guess.lower().rpartition("@")[2] != domain:
        return
    shown = [re.escape(part) for part in re.split(r"\*+", local)]
    if re.fullmatch(".+?".join(shown), guess.lower().rpartition("@")[0]):
        record.address = guess


def _nothing_returned_or_named(records: list[Record], msg: ParsedMessage) -> bool:
    """Words of a failed delivery, and nothing a report carries: no recipient named (nor found in the
    envelope, the VERP address or a returned original), no server's code, no returned message, no
    X-Failed-Recipients - a notice to the reader or a lure styled as one ("Delivery Status
    Notification (Failure): 5 incoming messages were not delivered, upgrade now"), never a report on
    mail of ours (RFC 3464 section 2: a report names the recipients it is about)."""
    if msg.attached or msg.head("x-failed-recipients") or from_system(msg) or any(
            r.address or r.status or (r.reply_code or " ")[0] in "45" for r in records) or original_text(msg):
        return False  # (a mail system's own notice, or one sent with a null sender, is a report however bare)
    text = report_text(msg)
    if _OUR_MAIL.search(text) is not None:
        return False
    # (an address of someone else in its words - two recipients it could not tell apart - is a report's)
    known = {a.lower() for v in (msg.header("To"), msg.from_) if v for a in find_all(v)}
    return all(a.lower() in known for a in find_all(text[:20000]))


# a report's words about the mail we sent ("we were unable to deliver your message", "the message you
# sent"): a bare report says that much even when it names no one
_OUR_MAIL = Lazy(r"(?i)\byour (?:message|e-?mail|mail|letter)\b(?! (?:account|storage|quota|settings|server|address))|"
                 r"\byou sent\b|\bsent by you\b")


# a person's words about the mail they sent ("my email to", "meine E-Mail an", "j'ai envoyé", "メールを送った")
_FIRST_PERSON = Lazy(r"(?i)\b(?:i|my|me|i've|i'm|ich|meine?|mir|mich|je|j'ai|mon|ma|mes|moi|yo|mis?|io|mio|mia|eu|meu|minha|"
                     r"ik|mijn|ja|mój|moja|moje|jag|min|mitt)\b|\bя\b|мо[йяе]|私|我|送った|送りました|送信した|저는|제가")
# the words of a relay's own report, whoever it is sent from
_MTA_TEMPLATE = Lazy(r"(?i)created automatically|address(?:es|\(es\))? failed|permanent fatal errors|remote server replied|"
                     r"technical details of permanent failure|delivery failed for the following|this is the mail system|"
                     r"could not be delivered to one or more|the following (?:recipient|address)")


def _a_letter_about_our_address(records: list[Record], msg: ParsedMessage) -> bool:
    """A person outside our organisation writes that mail to *our* address failed ("meine E-Mail an
    bestellung@<our domain> kam mit folgender Meldung zurück: 550 5.1.1 ..."): no mail system's
    report (no system sender, no returned message, no X-Failed-Recipients), and every failed address
    it names is in the domains of the address it was sent to, which our own mail never fails at."""
    if msg.attached or msg.status_blocks or msg.head("x-failed-recipients") or from_system(msg):
        return False
    text = report_text(msg)
    if _FIRST_PERSON.search(text) is None or _MTA_TEMPLATE.search(text) is not None:
        return False  # a person writes of the mail *they* sent; a relay's template (any sender) is a report
    ours = [a.lower() for a in find_all(msg.header("To") or "")]
    writer = (_domain_of(msg.from_) or "").lower()
    if not ours or not writer or _in_domains(f"x@{writer}", set(ours)):
        return False
    named = [r.address.lower() for r in records if r.address]
    return bool(named) and all(_in_domains(a, set(ours)) for a in named)


def _about_the_reader(records: list[Record], msg: ParsedMessage, original: Original) -> bool:
    """Every address the text names as failed is one this message was sent to, it quotes no server's answer, returns no
    message and comes from no mail system's account: a notice to the reader about the reader's own mailbox (a lure's "the
    recipient bounces@<ours> does not exist on our new server until you confirm your data"), never a report of mail someone
    sent to themselves (qmail's "<x@...>: Remote host said: 552 ..." to x@, its copy below; MAILER-DAEMON's "Your message to
    x@ could not be delivered")."""
    if msg.attached or msg.status_blocks or msg.head("x-failed-recipients") or original.message_id or original.headers \
            or any(r.status or r.reply_code for r in records) or from_system(msg):
        return False  # (a mail system's report of mail the reader sent to itself names the reader: MAILER-DAEMON's stays one)
    named = {r.address.lower() for r in records if r.address}
    return bool(named) and named <= {a.lower() for a in find_all(msg.header("To") or "")}


def _replies_about_us(records: list[Record], msg: ParsedMessage, original: Original) -> None:
    """A reply that names our own address in its brackets, not the recipient's, is about our
    address: "550 5.1.1 <news@mail.sender.example>: User unknown" under a report that does not say
    which command it answered (Gmail's, MDaemon's session log where it follows "MAIL From:") refused
    the sender (RFC 5321 4.2: a reply is about the address its command gave; 3.3: MAIL FROM gives
    ours), so it is read as said in reply to MAIL FROM.  Ours: the address the report was sent to,
    and the returned message's Return-Path and From."""
    # (the address the reply opens with, as servers name what they refuse: "550 5.1.1 <x>: ...", "550
    # <x>... User unknown"; one named later, in a clause - "mail from=<x> not accepted", "contact
    # <postmaster@...>" - is not what the reply is about; most replies open with the recipient's own)
    about: list[tuple[Record, str]] = []
    for r in records:
        diag = r.diagnostic
        if not diag or r.command == "MAIL" or not r.address or "<" not in diag[:40]:
            continue
        m = _OPENING_ADDRESS.match(diag)
        if m is None:
            continue
        named = m.group(1).lower()
        low = diag.lower()
        own = [a for a in (r.address.lower(), *(x.lower() for x in r.alt_addresses),
                           (r.original_recipient or "").lower()) if a]
        if named not in own and not any(a in low for a in own):
            about.append((r, named))
    if not about:
        return
    # (ours: one of our addresses, or one in our domains - a bounce address of its own, the envelope
    # sender a report does not show - when the recipient's domain is another)
    ours = {a.lower() for v in (msg.header("To"), original.headers.get("Return-Path"), original.from_)
            if v and "@" in v for a in find_all(v)}
    for r, named in about:
        if named not in ours and not (_in_domains(named, ours) and not _in_domains(r.address.lower(), {named})):
            continue
        if reason_class(classifier.decide_record(r)) == "hard":
            # (only a hard verdict is at stake: the words about our address then say whose address
            # is unknown; a block of it stays the block its words name)
            r.command = "MAIL"


def _in_domains(address: str, others: set[str]) -> bool:
    """The address's domain is one of the others' domains, or a subdomain or parent of one."""
    domain = address.rpartition("@")[2]
    return any(_same_organisation(domain, other.rpartition("@")[2]) for other in others)


# a reply that opens with the address it is about: its codes, then the address in brackets
_OPENING_ADDRESS = Lazy(r"(?:[245]\d\d[ -]+)?(?:[245]\.\d{1,3}\.\d{1,3}[ -]+)?<([^<>\s@]{1,64}@[^<>\s@]{1,255})>")


def _states_a_cause(r: Record) -> bool:
    """The record's own words or codes name why delivery failed (not only where a notice was sent)."""
    if r.reason or r.status and not r.status.endswith(".0.0"):
        return True
    return classifier.decide_record(r, context=False) not in ("on_hold", "undefined", "delivered")


def _without_message_ids(records: list[Record], ids: str) -> list[Record]:
    """Records whose address is one of the message ids the report or the original carry: dropped
    when another record names a recipient, else left without an address (to be filled)."""
    known = {a.lower() for a in find_all(ids.replace("<", " ").replace(">", " "))}
    bad = [r for r in records if r.address and r.address.lower() in known]
    if not bad:
        return records
    kept = [r for r in records if r not in bad]
    if any(r.address for r in kept):
        return kept
    for r in bad:
        r.address = None
        r.original_recipient = None
    return records


# one reply for several recipients that gives each its own result (Barracuda's "550 permanent failure for one or more
# recipients (ana@x.example:blocked,old@x.example:550 5.1.1 User unknown)"): "address:result" pairs in brackets
# (the pairs parted by commas, or by semicolons where the results are whole replies: "(ana@x.example:550 5.1.1 <ana@x.example>:
# User unknown; bo@x.example:552 5.2.2 <bo@x.example>: Mailbox full)")
_RESULTS = Lazy(r"\(([^()@\s,;]+@[^()\s,;:]+:[^()]*[,;]\s*[^()@\s,;]+@[^()\s,;:]+:[^()]*)\)")
_NEXT_PAIR = Lazy(r"[,;]\s*(?=[^()@\s,;<>]+@[^()\s,;:<>]+:)")


def _the_notices_own_words(rec: Record, msg: ParsedMessage) -> None:
    """A notice that names its one recipient in a sentence of its own and says why in another paragraph ("Your message to x@
    could not be delivered.\n\nThe system retried for 5 days and stopped."): with nothing said beside the address (no
    reply, no words, no code), the notice's own paragraphs are the record's context (``classifier.decide``: they decide only
    where they name a cause)."""
    if rec.diagnostic or rec.context or rec.status or rec.reply_code or not rec.address:
        return
    words = report_text(msg)[:1500].replace(rec.address, " ")
    rec.context = " ".join(words.split()) or None


def _own_result(diagnostic: str | None, address: str | None) -> str | None:
    """The reply with only this recipient's own result among those it lists for several (the rest are others')."""
    if not diagnostic or not address or "," not in diagnostic and ";" not in diagnostic \
            or f"{address.lower()}:" not in diagnostic.lower():
        return diagnostic
    m = _RESULTS.search(diagnostic)
    if m is None:
        return diagnostic
    for pair in _NEXT_PAIR.split(m.group(1)):
        if pair.partition(":")[0].strip().lower() == address.lower():
            return f"{diagnostic[:m.start()]}({pair}){diagnostic[m.end():]}"
    return diagnostic


def _result(rec: Record, kind: str, said: dict[tuple, str] | None = None) -> RecipientResult:
    """The result of one record; ``said`` keeps the decisions already made for the same facts in this
    report (the decision depends on them alone)."""
    if kind in FAILURE_KINDS and rec.action in SUCCESS_ACTIONS:
        # a recipient the report's own fields say was delivered (RFC 3464 2.3.3), beside failed ones
        reason, permanent = "delivered", None
    elif kind in FAILURE_KINDS:
        if not rec.action:
            rec.action = "delayed" if kind == DELAYED else "failed"
        reason = rec.reason
        if not reason:
            own = _own_result(rec.diagnostic, rec.address)
            facts = (rec.status, own, rec.command, rec.action, rec.diag_type, rec.context)
            reason = said.get(facts) if said is not None else None
            if reason is None:
                reason = classifier.decide_record(rec if own == rec.diagnostic else replace(rec, diagnostic=own))
                if said is not None:
                    said[facts] = reason
        if rec.fallback_reason and _unread(reason, rec):
            reason = rec.fallback_reason
        if reason == "delivered":  # a success line inside a failure report
            reason = "undefined"
        permanent = _permanent(rec, kind, reason)
    elif kind == COMPLAINT and rec.reason:  # an authentication failure report (detectors/arf.py)
        reason, permanent = rec.reason, None
    else:
        reason = KIND_REASON.get(kind, "undefined")
        permanent = None
    action = rec.action or ({FAILED: "failed", DELAYED: "delayed"}.get(kind))
    return RecipientResult(
        address=rec.address,
        reason=reason,
        class_=reason_class(reason, permanent),
        permanent=permanent,
        status=rec.status,
        reply_code=rec.reply_code,
        diagnostic=rec.diagnostic,
        remote_mta=rec.remote_mta,
        action=action,
        bouncestudio_code=bouncestudio_code(reason, kind, permanent, bool(rec.address)),
        feedback_type=rec.feedback_type,
        smtp_command=rec.command,
        original_recipient=rec.original_recipient,
    )


#: limits other than the mailbox's storage that a "quota" category covers
_OTHER_QUOTAS = frozenset({"rate_limited", "message_too_large"})


def _unread(reason: str, rec: Record) -> bool:
    """The words left the sender's block the format states unread: nothing readable, a reason of
    the recipient's side that is no more than vague words beside it ("554 5.7.1 Service unavailable":
    the category says the block), or only the status code's own meaning ("550 5.7.1 refused"); words
    that name another block or a missing mailbox decide.  A category of the network (PowerMTA's
    "routing-errors") yields to any cause the words name, a soft one too ("Too many connections");
    a hard one ("bad-mailbox", "bad-domain", filed by the 5.1.x code alone) to any cause the words
    name ("550 5.1.1 ... blocked using zen.spamhaus.org", "452 4.2.2 mailbox unavailable: storage
    exceeded"): a wrong hard verdict suppresses a good address; a soft one of the mailbox ("quota-issues",
    "message-expired") only to words that name a block of the sender, and a quota category also to words
    that name which quota it was (PowerMTA files rate and size limits under "quota-issues" too: "421
    Connection rate limit exceeded", "552 5.3.4 Message size limit exceeded"), and to a missing mailbox
    where the words and the status code both say so ("inactive-mailbox" beside "550 5.1.1 Mailbox has been
    inactive for too long and was deleted; no such user")."""
    fallback = reason_class(rec.fallback_reason or "")
    if rec.fallback_reason == "network_error" or fallback == "hard":
        return reason_class(reason) == "undetermined"
    if rec.fallback_reason == "mailbox_full" and reason in _OTHER_QUOTAS:
        return False
    if fallback != "block" and reason_class(reason) == "hard" and rec.status and status_reason(rec.status)[0] == reason \
            and _words_say(reason, rec):
        return False  # words and code agree that the mailbox is gone ("550 5.1.1 ... was deleted; no such user")
    if fallback != "block":
        return reason_class(reason) != "block"
    if reason == "filtered" and _words_say(reason, rec) and _THE_PERSON.search(rec.diagnostic or ""):
        # the recipient's own filter or settings named in the words ("Rejected by the recipient's reception settings", "sender is on
        # the recipient's blocked senders list"), which a block category files by its 5.7.1 alone: the person's choice decides
        # (never "554 5.7.1 Message filtered" alone, beside "spam-related": whose filter is not said)
        return False
    if reason == "rate_limited" and ((rec.status or "")[:1] == "4" and _words_say(reason, rec) or _words_say("sender_limit", rec)):
        # greylisting or throttling named in the words ("451 4.7.1 ... Greylisted, please try again in 300 seconds"), or our own
        # sending past the site's limit ("421 4.7.0 IP 192.0.2.23 has exceeded the session limit"), which a block category
        # files by its 4.7.x code alone ("policy-related"); our own limits at any code (QQ's "550 Ip frequency limited"), never
        # greylisting merely mentioned beside a permanent refusal: the words name the cause, and it is ours to wait
        return False
    if reason_class(reason) not in ("hard", "block"):
        return True
    return bool(rec.status) and reason in status_reason(rec.status) and not _words_say(reason, rec)


# the words name the person whose filter it was
_THE_PERSON = Lazy(r"\b(?:recipient|addressee|mailbox owner|empf(?:ä|ae)nger)", re.I)


def _words_say(reason: str, rec: Record) -> bool:
    """The record's diagnostic words name ``reason`` (not only its status code)."""
    return matches(reason, classifier.normalize(rec.diagnostic or ""))


def _permanent(rec: Record, kind: str, reason: str) -> bool | None:
    code = rec.status or rec.reply_code
    if code and code[0] == "5" and code.endswith(".0.0") and (rec.reply_code or "")[:1] == "4":
        # the reporting MTA's own generic "5.0.0" on a remote server's temporary answer (Exim's
        # "retry timeout exceeded" report: "Status: 5.0.0", "Diagnostic-Code: smtp; 432 4.3.2 ..."):
        # it gave up, the server did not refuse for good
        return False
    if code and code[0] in "45":
        return code[0] == "5"
    if kind == DELAYED or rec.action == "delayed" or reason == "expired":
        return False
    if reason_class(reason) == "hard":
        return True
    return None


def extract_original(msg: ParsedMessage) -> Original:
    """The returned message's identifying headers: from an attached part, or pasted text."""
    return _read_original(msg)[0]


def _read_original(msg: ParsedMessage) -> tuple[Original, dict[str, str]]:
    """The Original, and its headers by lower-case name."""
    headers: dict[str, str] = {}
    source = msg.attached[0] if msg.attached else None
    if source is not None:
        items = source.raw_items()
    else:
        items = _pasted_headers(original_text(msg))
    named: dict[str, str] = {}
    for key, value in items:
        lk = _kept_name(key)
        if lk is None or lk in named:
            continue
        if len(headers) >= _MAX_ORIGINAL_HEADERS:
            break
        value = str(value)
        # most values are plain one-liners: decode only encoded words and folded lines
        # (and 8-bit text, kept as surrogate escapes: "To: Jürgen Weiß <jw@...>" sent raw, RFC 6532)
        value = decode_header(value) if "=?" in value or "\n" in value or not value.isascii() else value.strip()
        headers[key] = named[lk] = value[:500]
    return Original(
        message_id=named.get("message-id"),
        subject=named.get("subject"),
        from_=named.get("from"),
        to=named.get("to"),
        headers=headers,
    ), named


# header name as written -> its lower-case form, or None for a name left out (_SKIP_ORIGINAL):
# originals carry a few dozen headers each, nearly all of the same few hundred names, and the
# prefix test against every left-out prefix was a third of reading them
_NAMES: dict[str, str | None] = {}


def _kept_name(key: str) -> str | None:
    """The lower-case name of a header of the original that is kept, None for one left out."""
    try:
        return _NAMES[key]
    except KeyError:
        pass
    lk = key.lower()
    name = None if lk.startswith(_SKIP_ORIGINAL) else lk
    if len(_NAMES) >= 4096:
        _NAMES.clear()  # a bounded memo: a flood of made-up names starts it again, never grows it
    _NAMES[key] = name
    return name


def _pasted_headers(text: str) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    started = False
    for line in text.splitlines()[:200]:
        if not line.strip():
            if started:
                break
            continue
        if line[:1] in (" ", "\t") and items:
            k, v = items[-1]
            items[-1] = (k, _soft_joined(v, line) or v + " " + line.strip())
            continue
        key, sep, value = line.partition(":")
        if sep and key and " " not in key.strip() and key.strip().isascii():
            items.append((key.strip(), value.strip()))
            started = True
        elif started:
            joined = _soft_joined(items[-1][1], line)
            if joined is None:
                break
            items[-1] = (items[-1][0], joined)
    return items


def _soft_joined(value: str, line: str) -> str | None:
    """A header value cut by a quoted-printable soft break ("To: jane.do=" + "e@example.com"),
    whose encoding was lost, joined again; None when the value does not continue on that line."""
    if not value.endswith("="):
        return None
    joined = repair(value + "\n" + line)
    return None if "\n" in joined else joined


__all__ = ["classify", "extract_original", "normalize"]
