"""RFC 3464 delivery status notifications (and RFC 6533 message/global-delivery-status).

A DSN is authoritative: one block of per-recipient fields each (Final-Recipient, Action,
Status, Remote-MTA, Diagnostic-Code).  The human-readable part often says more (which SMTP
command failed, the server's full reply), so its per-recipient text is merged in.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from filter.core.lazyre import Lazy
from filter.core import patterns
from filter.core import smtptext
from filter.core.address import find_all, normalize, repair
from filter.core.message import ParsedMessage
from filter.core.model import DELAYED, DELIVERED, FAILED
from filter.core.detectors import text as textdet
from filter.core.detectors.base import MAX_RECORDS, Detection, Record

name = "dsn"

# the type of a typed value ("rfc822" in "rfc822; user@example.com", "smtp" in "smtp; 550 ...")
_TYPE = Lazy(r"\s*[A-Za-z][\w.-]{0,20}\s*")
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
_RECIPIENT_FIELDS = ("original-recipient", "final-recipient")
_UTF8_ESCAPE = Lazy(r"\\x\{([0-9A-Fa-f]{1,6})\}")
_DSN_IN_TEXT = Lazy(r"^(?:Final|Original)-Recipient\s*:", re.I | re.M)


def _may_hold_fields(body: str) -> bool:
    """False when _DSN_IN_TEXT cannot match: an ASCII text without "-recipient" in any case (in
    ASCII, IGNORECASE folds nothing else; other texts are left to the pattern).  A search for a
    string costs a fraction of a pattern that is tried at every line of a text without fields."""
    return not body.isascii() or "-recipient" in body.lower()


# RFC 3464 actions that are not failures; "deliverable" is what address verification
# (Postfix's sendmail -bv) reports
#: RFC 3464 2.3.3's actions of a success ("deliverable": an address verified, Postfix's sendmail -bv)
SUCCESS_ACTIONS = ("delivered", "relayed", "expanded", "deliverable")


def _field(line: str) -> tuple[str, str] | None:
    """(name lower-cased, value stripped) of a "Name: value" line, None for another line: a name
    of letters, digits and "-" that starts with a letter, blanks allowed before the colon (what
    ``^([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*)$`` reads from a line without a line break, with
    string operations; ``str.strip`` takes the blanks ``\\s`` does)."""
    name, colon, value = line.partition(":")
    name = name.rstrip()
    if not colon or not name or not name[0].isascii() or not name[0].isalpha() or not _NAME_CHARS.issuperset(name):
        return None
    return name.lower(), value.strip()


def parse_fields(text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """(per-message fields, [per-recipient fields]) of a delivery-status body.

    Blocks are separated by blank lines (RFC 3464 section 2.1), but many reports forget the
    blank line, so a new recipient block also starts when a recipient field repeats.
    """
    per_message: dict[str, str] = {}
    recipients: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    last_key = None
    # continuation lines of the last field, joined once it ends (adding each to the growing
    # value copied it every time: quadratic in a field folded over many lines)
    more: list[str] = []
    target: dict[str, str] = per_message
    for raw in text.splitlines():
        if not raw.strip():
            if more:
                target[last_key] += " " + " ".join(more)
                more = []
            if current:
                recipients.append(current)
            current = None
            last_key = None
            continue
        field = None if raw[:1] in (" ", "\t") else _field(raw)
        if field is None:
            # a folded line (RFC 5322 section 2.2.3), or the next line of a multi-line SMTP
            # reply that the reporting MTA pasted without folding it
            if not more:
                target = current if current is not None else per_message
                if last_key not in target:
                    continue
            more.append(raw.strip())
            continue
        if more:
            target[last_key] += " " + " ".join(more)
            more = []
        key, value = field
        if key in _RECIPIENT_FIELDS or key in ("action", "status", "diagnostic-code", "remote-mta",
                                             "x-actual-recipient", "last-attempt-date", "will-retry-until"):
            if current is None:
                current = {}
            elif key in current and key in _RECIPIENT_FIELDS + ("action", "status"):
                recipients.append(current)
                current = {}
            current.setdefault(key, value)
            last_key = key
        elif current is not None:
            current.setdefault(key, value)
            last_key = key
        else:
            per_message.setdefault(key, value)
            last_key = key
    if more:
        target[last_key] += " " + " ".join(more)
    if current:
        recipients.append(current)
    return per_message, [r for r in recipients if any(k in r for k in _RECIPIENT_FIELDS + ("status", "action"))]


def _typed(value: str | None) -> tuple[str | None, str]:
    """'smtp; 550 5.1.1 ...' -> ('smtp', '550 5.1.1 ...'); an untyped value keeps no type."""
    if not value:
        return None, ""
    head, sep, tail = value.partition(";")
    if sep and _TYPE.fullmatch(head):
        return head.strip().lower(), tail.strip()
    return None, value.strip()


def _address(fields: dict[str, str]) -> tuple[str | None, list[str], str | None]:
    """(the recipient, other addresses the block names, the Original-Recipient if it differs).

    The Final-Recipient is the address the failure is about (RFC 3464 section 2.3.2); the
    Original-Recipient (section 2.3.1, from the sender's ORCPT) is the one the sender wrote,
    which differs when the mail was forwarded or aliased on the way.
    """
    found: dict[str, str] = {}
    for key in ("final-recipient", "original-recipient", "x-actual-recipient"):
        _, value = _typed(fields.get(key))
        if "\\x{" in value:  # RFC 6533 utf-8 address with escaped code points
            value = _UTF8_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
        addr = normalize(value, dotless=True)
        if addr and not addr.startswith("@"):
            found.setdefault(key, addr)
    if not found:
        return None, [], None
    final, original = found.get("final-recipient"), found.get("original-recipient")
    if final and original and _INTERNAL_NAME.search(final) and "." in original.rpartition("@")[2]:
        # the mailbox at a channel's own host name ("user@ims-ms-daemon") or at a name that routes nowhere outside the
        # reporting server ("office@localhost", "jo@mailhost.localdomain"): a routing address inside it, which the sender
        # never wrote; the recipient is the original
        found = {"original-recipient": original, **{k: v for k, v in found.items() if k != "original-recipient"}}
    first, *others = found.values()
    original = found.get("original-recipient")
    return first, others, original if original and original.lower() != first.lower() else None


# Sun / Oracle Messaging Server (and PMDF before it) names each channel's host "<channel>-daemon"
# (the message store's "ims-ms-daemon", "sims-ms-daemon"; "tcp-daemon", "process-daemon" in its
# Received lines) and may report the store's routing address as the Final-Recipient
# (and the names kept off the Internet's DNS: RFC 6761 "localhost", RFC 6762 "*.local", RFC 8375 "*.home.arpa", ICANN's
# private-use "*.internal" (2024) and the names it will not delegate for their collisions ("*.corp"), with the "localdomain" of
# Linux hosts' own files and the "*.lan", "*.intranet", "*.private" of private networks; an address literal of a private
# network (RFC 1918, "lena@[10.0.3.17]"); a bare host name, "kijitora@mailhub0", stays the recipient the report names)
# (and the private suffixes Active Directory domains are often named with, never delegated: "*.intra", "*.intern", "*.loc",
# "*.priv", and the German and Scandinavian spelling "*.lokal";
# and Exchange Online's routing domain of a hybrid tenant, "<tenant>.mail.onmicrosoft.com", the target address a mailbox's
# mail is forwarded to inside Microsoft 365, never the address its sender wrote - Microsoft's hybrid deployment docs)
_INTERNAL_NAME = Lazy(r"@(?:[a-z0-9_-]+-daemon|localhost)$|"
                     r"@[a-z0-9_.-]+\.(?:localhost|local|localdomain|internal|lan|home\.arpa|corp|intranet|intra|intern|private|priv|loc|lokal)$|@[a-z0-9-]+\.mail\.onmicrosoft\.com$|"
                     r"@\[(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|127\.)[\d.]+\]$", re.I)


def at_an_internal_name(address: str) -> bool:
    """The address is at a name that routes nowhere outside the reporting server (``_INTERNAL_NAME``)."""
    return _INTERNAL_NAME.search(address) is not None


def _leads(diag: str, status: str) -> bool:
    """The status opens the server's reply ("550 5.7.1 ..."), rather than being quoted in it."""
    head = diag[:16]
    return status in head


def _supplementary(value: str | None) -> str | None:
    """The remote server's reply inside Exchange 2003's (IIS SMTP's) X-Supplementary-Info field,
    ``<mx.example.net #5.7.1 smtp;550 5.7.1 Blocked by ...>``, as a Diagnostic-Code ("smtp; 550 ..."):
    it writes the reply there and no Diagnostic-Code."""
    if not value or "smtp;" not in value.lower():
        return None
    reply = value[value.lower().index("smtp;"):].strip().rstrip(">").strip()
    return reply or None


_STATUS_COMMENT = Lazy(r"^\s*\d\.\d{1,3}\.\d{1,3}\s*\(([^()]{3,300})\)")
_VAGUE_COMMENT = Lazy(r"\s*(?:(?:unknown|undefined|other|general) )?(?:permanent|temporary|transient|persistent transient)? ?"
                      r"(?:failure|error|status|problem)\s*$", re.I)


def records_from_fields(recipients: list[dict[str, str]]) -> list[Record]:
    out = []
    for f in recipients:
        address, alt, original_recipient = _address(f)
        diag_type, diag = _typed(f.get("diagnostic-code") or _supplementary(f.get("x-supplementary-info")))
        diag = " ".join(diag.split())
        if not diag and (comment := _STATUS_COMMENT.search(f.get("status") or "")) is not None \
                and _VAGUE_COMMENT.match(comment.group(1)) is None:
            # PMDF and Sun / Oracle Messaging Server give the reason as a comment of the Status field, "Status: 5.0.0
            # (illegal host/domain name found)" (RFC 3464 fields allow RFC 822 comments): with no Diagnostic-Code, the
            # reporting MTA's own words for the status (never its name of the status class alone, "(unknown permanent
            # failure)": the report's text says more)
            diag = " ".join(comment.group(1).split())
        status = (f.get("status") or "").split()[0] if f.get("status") else None
        status = smtptext.find_status(status) if status else None
        diag_status = smtptext.find_status(diag)
        reply = smtptext.find_reply_code(diag)
        if diag_status and smtptext.consistent(diag_status, status) and smtptext.consistent(diag_status, reply) \
                and (not status or status.endswith(".0.0") or _leads(diag, diag_status)):
            # the server's own code is more precise than the one the reporting MTA summarised
            status = diag_status
        _, remote = _typed(f.get("remote-mta"))
        action = (f.get("action") or "").split()[0].lower() if f.get("action") else None
        if action == "undeliverable":
            action = "failed"
        category = (f.get("x-powermta-bouncecategory") or "").strip().lower()
        out.append(Record(
            # PowerMTA files a reply by patterns of its own: its category stands where the words leave
            # the cause unread, and yields to the words where they name one (pipeline._unread)
            fallback_reason=patterns.PMTA_CATEGORY.get(category),
            address=address,
            status=status,
            # the remote server's own reply stands even where the reporting MTA's status is final
            # and the reply temporary: a report sent when retries ran out (Exim's "retry timeout
            # exceeded" keeps the last 4xx reply in Diagnostic-Code)
            reply_code=reply if smtptext.consistent(status, reply) or action == "failed" and reply
            and reply[0] == "4" and diag.startswith(reply) else None,
            diagnostic=diag or None,
            diag_type=diag_type,
            action=action,
            remote_mta=(remote or None) and remote.strip("[] ").lower(),
            command=smtptext.find_command(diag),
            alt_addresses=alt,
            original_recipient=original_recipient,
        ))
    return out


def _blocks(records: list[Record], text_records: list[Record]) -> Iterator[tuple[Record, Record]]:
    """Each record with the human-readable block about the same recipient: matched by address (or
    one of its other addresses), or the only block of a one-recipient report."""
    by_addr = {r.address.lower(): r for r in text_records if r.address}
    single = text_records[0] if len(text_records) == 1 and len(records) == 1 else None
    for rec in records:
        t = (by_addr.get(rec.address.lower()) if rec.address else None) \
            or next((by_addr[a.lower()] for a in rec.alt_addresses if a.lower() in by_addr), None) or single
        if t is not None:
            yield rec, t


def merge_text(records: list[Record], text_records: list[Record]) -> None:
    """Fill what the DSN fields lack from the human-readable part, per recipient."""
    for rec, t in _blocks(records, text_records):
        if not rec.address:
            rec.address = t.address
        if not rec.command:
            rec.command = t.command
        if not rec.diagnostic or len(rec.diagnostic) < 12:
            if t.diagnostic:
                rec.diagnostic = t.diagnostic if not rec.diagnostic else f"{rec.diagnostic} {t.diagnostic}"
        if not rec.reply_code and t.reply_code and smtptext.consistent(rec.status, t.reply_code):
            rec.reply_code = t.reply_code
        if (not rec.status or rec.status.endswith(".0.0")) and t.status and smtptext.consistent(t.status, rec.status):
            rec.status = t.status
        if not rec.remote_mta:
            rec.remote_mta = t.remote_mta
        _keep_alias(rec, t)  # "(expanded from <alias>)" in the text
        rec.context = t.context


def _lines_naming(text: str, address: str) -> list[str]:
    """The lines of the report's text that name ``address``; or, where none does, those that open with its local part
    as a word (GroupWise's "ldunn (user not found)", a recipient of its own post office named by its user ID)."""
    own = address.lower()
    lines = [ln.strip() for ln in text.splitlines() if own in ln.lower()]
    if lines:
        return lines
    # (the user ID may drop the local part's dots: "l.dunn@" is "ldunn" on its post office)
    for local in dict.fromkeys((own.partition("@")[0], own.partition("@")[0].replace(".", ""))):
        lines = [ln.strip() for ln in text.splitlines()
                 if ln.strip().lower().startswith(local) and ln.strip()[len(local):len(local) + 2].strip()[:1] in ("(", ":", "-", "")
                 and len(ln.strip()) > len(local)]
        if lines:
            return lines
    return []


def _keep_alias(rec: Record, t: Record) -> None:
    if not rec.original_recipient and t.original_recipient \
            and t.original_recipient.lower() != (rec.address or "").lower():
        rec.original_recipient = t.original_recipient


# Exchange's default words for a mail flow rule's rejection, with nothing after them
# (Office 365 may go on with its own labels: "Message rejected by: <server>", German "Nachricht abgelehnt von: <server>")
# (where the report's text quotes the reply, "Remote Server returned '550 5.7.1 ...policy'", what follows the closing
# quote is the report's layout in its language - Dutch "... geretourneerd", "Cabeçalhos da mensagem original:" -, not
# the reply)
# (Exchange 2007-2013 end the reply with "##", after which the report's own labels may follow: "## Ursprüngliche
# Nachrichtenkopfzeilen:")
_RULE_HEADING_ONLY = Lazy(r"transport\.rules\.rejectmessage; the message was rejected by organi[sz]ation policy\.?(?:'(?:\s|$)| ##|"
                          r"\"?(?:\s*$|\s+(?:message rejected by|nachricht abgelehnt von|message rejet[ée] par|"
                          r"mensaje rechazado por)\s*:))", re.I)
# the NDR's section for the sender, above "Diagnostic information for administrators": where a rule's own text for users
# stands ("Delivery has failed to these recipients or groups: <address> The staff you are trying to reach has resigned ...")
# (or, in the layout of Office 365's NDRs since 2017, "Your message to <address> couldn't be delivered." then the rule's text,
# above the graphic's labels and "How to Fix It")
# (and its German and French: "Ihre Nachricht an <address> konnte nicht zugestellt werden.", "Votre message à <address> n'a pas
# pu être remis.")
# The report's words about a recipient may begin after the heading and end before the administrators' section (its
# heading in the NDR's language, "Generating server:", or the recipient named again above "Remote Server returned"):
# the rule's text is what stands between them.
# (the recipient under the heading may carry its display name: "Anna Weber (<address>)")
_USER_SECTION = Lazy(r"(?:delivery has failed to these recipients or groups:\s*(?:(?:[^\n<(:]{1,60}\()?<address>\)?\s*)?|"
                     # (the same heading in the NDR's language, the recipient under it: "Falha na entrega a estes
                     # destinatários ou grupos: <address>", "Bezorging is mislukt voor deze geadresseerden of groepen:")
                     r"[^:<]{0,100}:\s*(?:[^\n<(:]{1,60}\()?<address>\)?\s*|"
                     # (or the layout since 2017 in the NDR's language, its first sentence naming the recipient: "Uw bericht
                     # aan <address> kan niet worden bezorgd.", "Su mensaje para <address> no se pudo entregar.")
                     r"[^.<:]{0,60}<address>[^.<:]{0,80}\.\s*|your message to <address> "
                     r"couldn'?t be delivered\.\s*|ihre nachricht an <address> konnte nicht zugestellt werden\.\s*|"
                     r"votre message (?:à|a) <address> n'a pas pu (?:être|etre) remis\.\s*)?(.*?)\s*"
                     r"(?:diagnostic information for administrators|diagnoseinformationen f(?:ü|ue)r administratoren|"
                     r"informations de diagnostic pour les administrateurs|informa(?:ç|c)(?:õ|o)es de diagn(?:ó|o)stico|"
                     r"informaci(?:ó|o)n de diagn(?:ó|o)stico|diagnostische (?:gegevens|informatie) voor|"
                     r"informazioni di diagnostica|generating server:|<address>|\S+ office 365 |action required|"
                     r"how to fix it|aktion erforderlich|so beheben sie|action requise|comment r[ée]soudre)", re.I | re.S)


# Exchange's own sentence for that section, no rule's text ("Your message wasn't delivered because the recipient's email
# provider rejected it.", German "Ihre Nachricht wurde nicht übermittelt, weil ...", French "Votre message n'a pas été remis
# car ...")
_EXCHANGE_OWN_WORDS = Lazy(r"your message wasn'?t delivered because|the message was rejected by the recipient'?s|"
                           # (its sentence that names the rule, in its languages: "Uw bericht is geweigerd door een regel voor
                           # e-mailstroom (transportregel) van de organisatie van de ontvanger")
                           r"[^.]{0,80}\b(?:mail flow rule|transport rule|regel voor e-mailstroom|transportregel|"
                           r"nachrichtenflussregel|e-mail-flussregel|r(?:è|e)gle de flux|regla de flujo|regra de fluxo|"
                           r"regola del flusso)|"
                           r"ihre nachricht wurde nicht (?:übermittelt|zugestellt), (?:da|weil)|"
                           r"votre message n'a pas (?:été|ete) remis (?:car|parce)", re.I)


def _rule_reasons(records: list[Record], text_records: list[Record]) -> None:
    """A Diagnostic-Code with Exchange's default words for a mail flow rule's rejection only, where the NDR's
    "Diagnostic information for administrators" quotes the same rule with the reason its administrator wrote (the
    RejectMessage action's "Reject Reason" is shown in that section: Exchange 2007/2010 "Associating a DSN Message
    with a Transport Rule", technet.microsoft.com/library/bb123506): the administrator's words say why."""
    for rec, t in _blocks(records, text_records):
        if rec.diagnostic and _RULE_HEADING_ONLY.search(rec.diagnostic) and t.diagnostic \
                and "RejectMessage;" in t.diagnostic and not _RULE_HEADING_ONLY.search(t.diagnostic):
            rec.diagnostic = t.diagnostic
        elif rec.diagnostic and _RULE_HEADING_ONLY.search(rec.diagnostic) and t.context \
                and (users := _USER_SECTION.search(t.context)) and (own := users.group(1).strip()) \
                and not _EXCHANGE_OWN_WORDS.match(own):
            # ... or the rule's text for users above them, the default words below (the rule's own reason shown to
            # the sender only): its words in place of the default ones
            head = rec.diagnostic[:rec.diagnostic.lower().find("rejectmessage;") + len("rejectmessage;")]
            rec.diagnostic = f"{head} {own}"


def _reasons_of_bare_refusals(records: list[Record], text_records: list[Record]) -> None:
    """A refusal that gives no cause ("550 5.7.1 Message rejected", RFC 5321's bare "550 Requested action not taken: mailbox
    unavailable") takes the words the report's text gives for the same recipient ("<address>  Reason: the message was judged
    to be spam"), after its own."""
    for rec, t in _blocks(records, text_records):
        bare = rec.diagnostic and (_BARE_REFUSAL.match(rec.diagnostic) or _BARE_UNAVAILABLE.match(rec.diagnostic)
                                   or _POINTS_TO_THE_TEXT.match(rec.diagnostic))
        if bare and t.diagnostic and t.address:
            words = t.diagnostic.replace(t.address, " ").strip()
            if words and not _BARE_REFUSAL.match(words) and not _BARE_UNAVAILABLE.match(words) and words not in rec.diagnostic:
                rec.diagnostic = f"{rec.diagnostic} {words}"


def _merge_context(records: list[Record], text_records: list[Record]) -> None:
    """The report's own words about each recipient kept as the record's context; its DSN fields
    stand."""
    for rec, t in _blocks(records, text_records):
        if t.context and not rec.context:
            rec.context = t.context
        if t.diagnostic and rec.diagnostic and rec.context:
            # (the words the report adds after the reply it quotes: Exim's "421 ... please retry later\n
            # retry timeout exceeded", the MTA's own reason to stop, which the Diagnostic-Code leaves out)
            said, quoted = " ".join(t.diagnostic.split()), " ".join(rec.diagnostic.split())
            if said.startswith(quoted) and (more := said[len(quoted):].strip()):
                rec.context = f"{rec.context}\n{more}"


# the first line of a multi-line reply ("554-mx.example ESMTP Service not available"): RFC 5321
# 4.2.1 marks every line but the last with a hyphen after the code
_FIRST_OF_MANY = Lazy(r"[245]\d\d-")


def _whole_replies(records: list[Record], text: str) -> None:
    """A Diagnostic-Code that holds one line of a multi-line reply - its first ("554-mx.example ESMTP
    Service not available") or its last ("550 5.7.1  for more information. ... - gsmtp"): Sendmail
    copies one line into its DSN - is completed from the session transcript: the "<<< NNN-" lines
    and the "<<< NNN text" that ends them, whatever addresses they name (RFC 5321 4.2.1: one reply,
    all its lines).  A reply is the recipient's when it answers the ">>> RCPT To:<address>" before it
    in the same session, or names the address; one that answers or names another recipient is not
    its own, and of several that could be, none is taken (the DSN's line stays)."""
    replies = _transcript_replies(text.splitlines())
    if not replies:
        return
    addresses = {r.address.lower() for r in records if r.address}
    for rec in records:
        said = " ".join((rec.diagnostic or "").split())
        if len(said) < 8:
            continue
        head = said[:60]
        first = bool(_FIRST_OF_MANY.match(said))
        found = [(rcpt, joined) for opening, closing, joined, rcpt in replies
                 if (opening.startswith(head) if first else closing.startswith(head))]
        own = (rec.address or "").lower()
        others = addresses - {own}
        tied = [joined for rcpt, joined in found if own and (rcpt == own or own in _named(joined))]
        free = [joined for rcpt, joined in found
                if rcpt not in others and not _named(joined) & others]
        best = tied[0] if len(tied) == 1 else free[0] if not tied and len(free) == 1 else None
        if best is not None:
            rec.diagnostic = best


def _named(text: str) -> set[str]:
    """The addresses a reply names, whole (``ann@`` is not inside ``joann@``)."""
    return {a.lower() for a in find_all(text)}


def _transcript_replies(lines: list[str]) -> list[tuple[str, str, str, str | None]]:
    """Every multi-line reply of a session transcript: (first line, last line, all joined, the
    recipient of the ">>> RCPT To:" it answers, if one came before it in its session)."""
    found = []
    rcpt: str | None = None
    i = 0
    while i < len(lines):
        said = lines[i].strip()
        if said.startswith("... while talking to"):
            rcpt = None  # a new session
        elif said.startswith(">>>"):
            m = _RCPT_COMMAND.match(said)
            if m is not None:
                rcpt = m.group(1).lower()
            elif not said[3:].strip().upper().startswith(("DATA", ".")):
                rcpt = None  # another command: what follows answers it (DATA and "." keep the recipient)
        if not (said.startswith("<<<") and _FIRST_OF_MANY.match(said[3:].strip())):
            i += 1
            continue
        reply = [" ".join(said[3:].split())]
        code = reply[0][:3]
        i += 1
        while i < len(lines):
            more = lines[i].strip()
            if not more.startswith("<<<") or not more[3:].strip().startswith(code):
                break
            reply.append(" ".join(more[3:].split()))
            i += 1
            if reply[-1][3:4] != "-":
                break  # the last line of the reply
        if len(reply) > 1:
            found.append((reply[0], reply[-1], " ".join(reply), rcpt))
    return found


_RCPT_COMMAND = Lazy(r">>>\s*RCPT\s+TO:\s*<([^<>\s]+@[^<>\s]+)>", re.I)


# one attempt of Exchange's list: "<date> - Remote Server at <host> (<ip>) returned '<reply>'", the
# reply ending at the quote before the next attempt's date (or the end of what was kept); in Exchange's localised
# templates (German "Remoteserver unter <host> hat '<reply>' zurückgegeben.", French "a renvoyé '<reply>'", Spanish
# "devolvió", Italian "ha restituito", Dutch "heeft '<reply>' geretourneerd", Portuguese "retornou"; their dates
# "21.03.2025"); in the languages whose verb no list holds, the quoted reply itself, opened by its code (Swedish "returnerade
# '441 4.4.1 ...'", Polish "zwrócił '452 4.2.2 ...'", Czech "vrátil '421 4.3.2 ...'")
_ATTEMPT = Lazy(r"(?:(?:returned|hat|a (?:retourn(?:é|e)|renvoy(?:é|e))|devolvi(?:ó|o)|ha restituito|heeft|retornou) '|"
                r"\s'(?=[245]\d\d[ -]))(.+?)"
                r"(?:'(?=\s+(?:(?:zur(?:ü|ue)ckgegeben|geretourneerd)[.\s]+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s)|"
                r"'(?=\s+(?:zur(?:ü|ue)ckgegeben|geretourneerd)\b)|'?\s*$)")


# Exchange Online's delay notice names the latest attempt's error after the fields' "400 4.4.7 Message delayed"
# ("LastError: 451 4.4.0 DNS query failed", "LastError: 451 4.4.0 Primary target IP address responded with: \"452 4.2.2
# ...\""; its message trace's form "LastError: [{LED=452 4.2.2 ...};{FQDN=mx.example};{IP=...}]", the reply up to the
# field's closing "};")
# (or the bare field as the notice copies it from the trace, "LED=450 4.4.316 Connection refused [Message=Socket error ...]")
_LAST_ERROR = Lazy(r"(?:\blast ?error:\s*(?:\[\{led=)?|\bled=)([245]\d\d\b(?:(?!\};).)+)", re.I)
_RESPONDED = Lazy(r"\bresponded with:?\s*[\"']?([245]\d\d[ -].+?)[\"']?(?=\s+attempted failover\b|\s*$)", re.I)


def _merge_later_replies(records: list[Record], text_records: list[Record]) -> None:
    """A delay warning whose fields give only the reporting MTA's own "4.4.7 Message delayed"
    (Exchange: "Remote Server returned '400 4.4.7 Message delayed'") names no cause: RFC 3464's
    ``Action: delayed`` says the MTA has not given up, so X.4.7 ("delivery time expired", RFC 3463)
    is its word for the delay.  When the recipient's own lines go on with a server's reply (the
    attempts it lists, the latest first: "... - Remote Server at mx.example returned '421 4.7.28
    ...'"), that reply is the cause, with its codes."""
    for rec, t in _blocks(records, text_records):
        if rec.action != "delayed" or not (rec.status or "").endswith(".4.7") or not rec.diagnostic \
                or not t.diagnostic:
            continue
        if t.diagnostic.startswith(rec.diagnostic[:12]):
            # (each attempt's reply is quoted whole, coded or not: "... returned '421 Too many concurrent
            # SMTP connections'", up to the quote that ends its line)
            m = _ATTEMPT.search(t.diagnostic, len(rec.diagnostic))
            reply = m.group(1).strip() if m else ""
            last = _LAST_ERROR.search(t.diagnostic, len(rec.diagnostic))
            if last is not None:
                # (Exchange Online's "LastError: 451 4.4.0 Primary target IP address responded with: \"452 4.2.2 ...
                # quota exceeded.\" Attempted failover ...": the receiving server's own reply, quoted in its words)
                inner = _RESPONDED.search(last.group(1))
                reply = (inner or last).group(1).strip()
        elif "message delayed" in rec.diagnostic.lower() and t.status and not t.status.endswith(".4.7"):
            # the recipient's lines quote only the remote server's reply ("Remote Server at mx...
            # returned '441 4.4.1 ... Failed to connect'"), the fields only "400 4.4.7 Message delayed"
            reply = t.diagnostic
        else:
            continue
        if not reply or reply.startswith(rec.diagnostic[:12]):
            continue
        rec.diagnostic = reply
        rec.status = smtptext.find_status(reply) or rec.status
        rec.reply_code = smtptext.find_reply_code(reply)
        rec.command = rec.command or smtptext.find_command(reply)


def _names_aliases(msg: ParsedMessage) -> bool:
    """The report's words may say a recipient was expanded from an alias (string tests; Postfix
    may wrap "(expanded" and "from <alias>)" onto two lines)."""
    body = msg.body  # (the report's text is the body without the returned original: a cheaper first look)
    if "expanded" not in body and "generated from" not in body:
        return False
    text = textdet.report_text(msg)
    return "expanded" in text or "generated from" in text


def _merge_aliases(records: list[Record], text_records: list[Record]) -> None:
    """The alias the report's words give for a recipient kept as its original_recipient, where
    the fields name none; the rest of the fields stand."""
    for rec, t in _blocks(records, text_records):
        if rec.address and t.address and t.address.lower() == rec.address.lower():
            _keep_alias(rec, t)


def report_kind(records: list[Record]) -> str:
    actions = {r.action for r in records}
    if actions and actions <= set(SUCCESS_ACTIONS):
        return DELIVERED
    if actions and actions <= {"delayed"}:
        return DELAYED
    return FAILED


def detect(msg: ParsedMessage) -> Detection | None:
    blocks = list(msg.status_blocks)
    if not blocks:
        # RFC 3464 fields pasted into text, or a multipart/report whose boundary never comes
        body = msg.body
        m = _DSN_IN_TEXT.search(body) if _may_hold_fields(body) else None
        if m is not None:
            # fields inside the returned original (below its marker line and its headers) are the
            # original's, a report quoted in it: never this one's ("------ This is a copy of the
            # message ... ------", "From: ...", "Subject: ...", then "Final-Recipient: ...")
            # (or, with only the original's body quoted, when the report's own words before it
            # already name who failed: "<carol@...>: ... said: 552 ...", "----- The text of your
            # message follows -----", then a quoted "Final-Recipient: dave@...")
            start = textdet.original_start(body)
            if start < m.start() and (_is_rule_line(body, start) or _ORIGINAL_HEADERS.folded_search(body, start, m.start())
                                      or any(r.address for r in _text_records(msg))):
                m = None
        if not m or not (msg.report_type == "delivery-status" or textdet.looks_like_bounce(msg)):
            return None
        blocks = [body[max(0, body.rfind("\n\n", 0, m.start())):]]
    recipients: list[dict[str, str]] = []
    for block in blocks:
        recipients.extend(parse_fields(repair(block))[1])
    if len(recipients) > MAX_RECORDS:
        msg.defects.append(f"{len(recipients) - MAX_RECORDS} of {len(recipients)} recipient blocks not read: "
                           f"at most {MAX_RECORDS} per message")
        del recipients[MAX_RECORDS:]
    records = records_from_fields(recipients)
    if not records:
        return None  # a delivery-status part without recipients: let the text detectors try
    for rec in records:
        if not rec.action:
            rec.action = "delayed" if rec.status and rec.status.startswith("4") and \
                textdet.report_kind(msg, textdet.report_text(msg)) == DELAYED else "failed"
    # (a report that names failed and delivered recipients keeps both, each with its own Action: RFC
    # 3464 section 2.3 gives every recipient its own, and a sender that asked NOTIFY=SUCCESS learns the
    # delivered ones from the same report; an address delivered to one destination and failed at
    # another, Sendmail's program and mailbox of one alias, failed)
    failed = {(r.address or "").lower() for r in records if r.action not in SUCCESS_ACTIONS}
    if failed:
        records = [r for r in records if r.action not in SUCCESS_ACTIONS or (r.address or "").lower() not in failed]
    records = _one_per_recipient(records)
    if any(_open(r, several=len(records) > 1) for r in records):
        merge_text(records, _text_records(msg))
        if len(records) > 1 and not _text_records(msg):
            # (several recipients, Domino's way: each named by its address inside its own "because:" sentence, "User Hans
            # Gruber/Sales/ACME (hans.gruber@...) not listed in Domino Directory"): the lines that name its address are its
            # words
            text = textdet.report_text(msg)
            for rec in records:
                if rec.address and not rec.diagnostic:
                    lines = _lines_naming(text, rec.address)
                    if lines:
                        rec.diagnostic = " ".join(lines)[:2000]
        if len(records) == 1 and not records[0].diagnostic and not _text_records(msg):
            # one recipient, no Diagnostic-Code, and words that name it inside a sentence the text
            # reader takes for no recipient line (Domino's "was not delivered to: Anna Berg/Sales/ACME@ACME
            # because: User Anna Berg/Sales/ACME (anna.berg@...) not listed in Domino Directory"): the
            # lines that name its address are its words; never the report's list of possible causes
            # (a Final-Recipient in Notes' own form, "rfc822;Peter Schmitt/Vertrieb/ACME-DE@ACME", is no address: the words
            # under the report's one "because:" are its words)
            text = textdet.report_text(msg)
            lines = _lines_naming(text, records[0].address) if records[0].address else None
            if lines:
                # (with the words a "because:" line gives after its colon, Domino's delay report: "has been delayed to:
                # x@ / because: Unable to connect to mx...: TLS handshake failed")
                words = " ".join(lines)
                inline = _BECAUSE_INLINE.search(text)
                if inline is not None and inline.group(1) not in words:
                    words += " " + inline.group(1).strip()
                records[0].diagnostic = words[:2000]
            elif not records[0].address and (because := _BECAUSE.search(text)) is not None:
                records[0].diagnostic = " ".join(because.group(1).split())[:2000]
            elif (because := _BECAUSE.search(text)) is not None:
                # ... or none, the recipient named by its Notes name only ("was not delivered to: Hans
                # Gruber/Einkauf/ACME@ACME because: Maximum hop count exceeded"): the words under "because:"
                records[0].diagnostic = " ".join(because.group(1).split())[:2000]
            else:
                # ... or an Exchange 5.5-2003 entry that names it by its display name only ("Accounts
                # Payable on <date>"): the words indented under the report's one entry
                records[0].diagnostic = textdet.sole_entry_words(text)
    else:
        if len(records) == 1 and not records[0].command and (
                (records[0].status or "")[2:] in _READ_COMMAND or patterns.status_reason(records[0].status)[0] is None):
            # the code leaves the cause to the words (a vague or addressing code, or one the registry does
            # not hold: Microsoft's 5.7.60 "Client does not have permissions to send as this sender"),
            # and the words may depend on the SMTP command
            # ("user unknown" answered to RCPT TO or after DATA): the report's own text names it;
            # an addressing code answered to MAIL FROM is about *our* address (never suppress the
            # recipient for it), so the command is read for those too
            records[0].command = smtptext.find_command(textdet.report_text(msg))
        if not all(r.original_recipient for r in records) and _names_aliases(msg):
            # Postfix's "<final@...> (expanded from <alias@...>)", Exim's "(generated from ...)":
            # the address the sender wrote, which the fields may not carry (no Original-Recipient)
            _merge_aliases(records, _text_records(msg))
        if any(r.action == "delayed" and (r.status or "").endswith(".4.7") for r in records):
            _merge_later_replies(records, _text_records(msg))
        if any(r.action == "failed" and (r.status or " ")[0] == "4" for r in records):
            # a final failure after a temporary answer: the report's own words say why the MTA
            # stopped retrying (Exim's "451 ...: retry timeout exceeded"): kept as context, the
            # fields stand
            _merge_context(records, _text_records(msg))
    # (a recipient block may lack the Status field RFC 3464 section 2.3.4 requires: "Action: failed / Diagnostic-Code: smtp; 550
    # No such user here" is read all the same)
    if any(r.diagnostic and ((r.status or "")[1:4] == ".7." and _BARE_REFUSAL.match(r.diagnostic) or _BARE_UNAVAILABLE.match(r.diagnostic)
                             or _POINTS_TO_THE_TEXT.match(r.diagnostic))
           for r in records):
        # a policy refusal that says nothing more ("550 5.7.1 Message rejected"): the report's own words may say why
        # ("<address> Reason: the attached file's type is not allowed"), read as the reply's
        _reasons_of_bare_refusals(records, _text_records(msg))
        if len(records) == 1 and (rec := records[0]).diagnostic and (_BARE_REFUSAL.match(rec.diagnostic)
                                                                    or _BARE_UNAVAILABLE.match(rec.diagnostic)):
            # (the report's words for its one recipient on a labelled line of their own, above the reply it quotes: "宛先:
            # x@...\n理由: 宛先のメールボックスの容量が上限に達しているため、受信できません。\n550 Requested action not taken:
            # mailbox unavailable")
            said = [m.group("said").strip() for m in textdet.REASON_LINE.finditer(textdet.report_text(msg), 0, 5000)]
            if len(said) == 1 and said[0] not in rec.diagnostic:
                rec.diagnostic = f"{rec.diagnostic} {said[0]}"
    if any(r.diagnostic and "RejectMessage" in r.diagnostic and _RULE_HEADING_ONLY.search(r.diagnostic) for r in records):
        _rule_reasons(records, _text_records(msg))
    # (a session transcript's "<<<" in the report's text parts: a cheap first look)
    if any("<<<" in part.text for part in msg.parts) and any(r.diagnostic for r in records):
        _whole_replies(records, textdet.report_text(msg))
    return Detection(report_kind(records), records, name)


# a reply that only says it refused ("550 5.7.1 Message rejected", "554 5.7.1 Rejected."), no cause
_BARE_REFUSAL = Lazy(r"(?:smtp; ?)?(?:[45]\d\d[ -])?(?:[45]\.\d{1,3}\.\d{1,3} )?(?:the )?(?:message |mail |e-?mail )?"
                     r"(?:was |has been )?(?:rejected|refused|denied|not accepted|blocked)[.!]?\s*$", re.I)

# ... and RFC 5321's generic 550 text alone ("550 Requested action not taken: mailbox unavailable"), which leaves the cause to the
# report's own words for the recipient ("宛先: x@... 理由: 指定されたメールアドレスは存在しません")
_BARE_UNAVAILABLE = Lazy(r"(?:smtp; ?)?(?:[45]\d\d[ -])?(?:[45]\.\d{1,3}\.\d{1,3} )?(?:requested action not taken:? )?"
                         r"mailbox (?:unavailable|not available)[.!]?\s*$", re.I)
# ... or a diagnostic that only points at the report's text ("550 see report", "5.0.0 see the text above", "failed, see
# attached notice"): the text gives each recipient's cause
_POINTS_TO_THE_TEXT = Lazy(r"(?:smtp; ?)?(?:[45]\d\d[ -])?(?:[45]\.\d{1,3}\.\d{1,3} )?(?:\w+[,:]? )?see (?:the )?"
                           r"(?:report|text|notice|message|details)(?: (?:above|below|attached))?[.!]?\s*$", re.I)

# Domino's "was not delivered to: <name> because: <cause>", the cause on the lines under "because:"
# (Domino's report in German, French, Spanish, Italian, Dutch: "weil:", "parce que :", "porque:", "perché:", "omdat:")
# (and in French "car :", Slovak "pretože:"; the words on the label's own line in Domino's delay report, ``_BECAUSE_INLINE``)
_BECAUSE_LABEL = r"(?im)^[ \t]*(?:because|weil|parce que|car|porque|perch(?:é|e)|omdat|pretože|pretoze)[ \t]*:[ \t]*"
_BECAUSE_INLINE = Lazy(_BECAUSE_LABEL + r"(\S[^\n]*)")
_BECAUSE = Lazy(_BECAUSE_LABEL + r"\n(?:[ \t]*\n)?((?:[ \t]*\S[^\n]*\n?){1,4})")


def _is_rule_line(body: str, start: int) -> bool:
    """The marker line at ``start`` is a separator ("------ This is a copy of your message, without the
    headers ------", "--- Below this line is a copy of the message."), not a sentence of the report
    that speaks of the copy ("A copy of the original message is appended after the fields below")."""
    end = body.find("\n", start)
    line = body[start:end if end >= 0 else len(body)].strip()
    return line[:2] in ("--", "==", "__", "**") or line.endswith(("--", "=="))


# a returned message's own header lines (what a DSN's fields never are)
_ORIGINAL_HEADERS = Lazy(r"(?im)^(?:from|to|subject|date|message-id|received|return-path|mime-version):[ \t]")


def _text_records(msg: ParsedMessage) -> list[Record]:
    """The records the report's words give (read once: the alias and the context merges both ask)."""
    return textdet._memo(msg, "dsn_text_records", lambda m: textdet.parse_blocks(textdet.report_text(m)))


def _one_per_recipient(records: list[Record]) -> list[Record]:
    """One record per recipient: a report may repeat a recipient's block (Sendmail lists every
    step of an aliasing loop, each with the same Final-Recipient); the first block stands."""
    seen: set[str] = set()
    out = []
    for r in records:
        key = r.address.lower() if r.address else None
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        out.append(r)
    return out


# detail codes that leave the cause to the words ("other or undefined", "mailbox disabled",
# "delivery not authorized"): with these the SMTP command the text names can decide
_VAGUE = frozenset({"0.0", "1.0", "2.0", "2.1", "3.0", "4.0", "4.1", "5.0", "7.0", "7.1"})
# "no such user / domain" codes (RFC 3463 X.1.1-X.1.3): said at MAIL FROM they name our address;
# "mailbox full" (X.2.2) said there, before any recipient was named, is our sending quota
_ADDRESSING = frozenset({"1.1", "1.2", "1.3", "2.2"})
# RFC 4954's account codes: X.7.13 "user account disabled" follows a successful AUTH, X.7.8 its
# credentials refused; which account (our relay login, or the recipient's mailbox) the command says
_ACCOUNT = frozenset({"7.8", "7.13"})
_READ_COMMAND = _VAGUE | _ADDRESSING | _ACCOUNT


def _open(rec: Record, several: bool = True) -> bool:
    """The fields leave facts open (who, the server's words, its codes), so the human-readable
    part is worth reading recipient by recipient."""
    return (not rec.address or not rec.status or rec.status.endswith(".0.0") or not rec.reply_code
            or not rec.diagnostic or len(rec.diagnostic) < 12 or several and rec.status[2:] in _VAGUE)
