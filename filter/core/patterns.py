"""The knowledge the classifier uses, as data: enhanced status codes and diagnostic phrases.

Phrases are regular expressions matched against the diagnostic text lower-cased, with runs of
white space folded to one space.  Each table entry says what the remote server *means*, in
words servers actually send (RFC 5321 reply texts, Postfix / Sendmail / Exim / qmail / Exchange
wordings, provider codes).  Add a phrase where the meaning is general, never to fit one sample.
Compiled once, on first use.
"""
from __future__ import annotations

import itertools
import re

from filter.core import regexcache
from filter.core.lazyre import Lazy
from filter.core.wordindex import WordGate

# -- enhanced status codes (RFC 3463, IANA registry of RFC 5248) -> reason --------------------
# Codes whose reading is "from the text" (X.0.0, X.1.0, X.7.0, X.7.1 ...) are absent here and in
# STATUS_FALLBACK instead: they only count when no phrase says more.
# X.1.4 "destination mailbox address ambiguous" names several matching mailboxes (a directory fault
# of the receiving side), never a missing one.
STATUS_REASON: dict[str, str] = {
    "1.1": "user_unknown", "1.2": "host_unknown", "1.3": "user_unknown", "1.4": "system_error",
    "1.6": "has_moved", "1.7": "rejected", "1.8": "rejected", "1.9": "system_error",
    "1.10": "not_accept",
    "2.1": "filtered", "2.2": "mailbox_full", "2.3": "message_too_large", "2.4": "system_error",
    "3.0": "system_error", "3.1": "system_full", "3.2": "not_accept", "3.3": "system_error",
    "3.4": "message_too_large", "3.5": "system_error",
    "4.0": "network_error", "4.1": "network_error", "4.2": "network_error", "4.3": "system_error",
    "4.4": "host_unknown", "4.5": "system_full", "4.6": "system_error", "4.7": "expired",
    "5.0": "syntax_error", "5.1": "syntax_error", "5.2": "syntax_error", "5.3": "rate_limited",
    "5.4": "syntax_error", "5.5": "syntax_error", "5.6": "security_error",
    "6.0": "content_error", "6.1": "content_error", "6.2": "content_error", "6.3": "content_error",
    "6.5": "content_error", "6.6": "content_error", "6.7": "content_error", "6.8": "content_error",
    "6.9": "content_error",
    "7.2": "policy_violation", "7.3": "security_error", "7.4": "security_error",
    "7.5": "security_error", "7.6": "security_error", "7.7": "security_error",
    "7.8": "security_error", "7.9": "security_error", "7.10": "failed_starttls",
    "7.11": "failed_starttls", "7.12": "security_error", "7.13": "suspended",
    "7.14": "security_error", "7.15": "policy_violation", "7.16": "message_too_large",
    "7.17": "has_moved", "7.18": "host_unknown", "7.19": "system_error", "7.20": "auth_failure",
    "7.21": "auth_failure", "7.22": "auth_failure", "7.23": "auth_failure",
    "7.24": "auth_failure", "7.25": "require_ptr", "7.26": "auth_failure", "7.27": "rejected",
    "7.28": "rate_limited", "7.29": "auth_failure", "7.30": "failed_starttls",
}
#: codes that only hint: used when neither a phrase nor a specific code decided
STATUS_FALLBACK: dict[str, str] = {
    "1.0": "user_unknown",
    "2.0": "filtered",
    "7.0": "security_error",
    "7.1": "security_error",
}
#: where X.4.4 ("unable to route") is permanent, the domain has no mail host
PERMANENT_OVERRIDES: dict[str, str] = {"4.4": "host_unknown"}
TEMPORARY_OVERRIDES: dict[str, str] = {"4.4": "network_error"}


#: the subject's reading for detail codes outside the registry (Microsoft's 5.1.351, 5.4.312 ...)
SUBJECT_DEFAULT = {"1": "user_unknown", "2": "filtered", "3": "system_error", "4": "network_error",
                   "5": "syntax_error", "6": "content_error"}


def status_reason(status: str | None) -> tuple[str | None, str | None]:
    """(specific reason, fallback reason) for an enhanced status code."""
    if not status or status[0] not in "45":
        return None, None
    key = status[2:]
    if status[0] == "4" and key in TEMPORARY_OVERRIDES:
        return TEMPORARY_OVERRIDES[key], None
    spec, fallback = STATUS_REASON.get(key), STATUS_FALLBACK.get(key)
    if spec is None and fallback is None:
        subject, _, detail = key.partition(".")
        if subject == "7" and len(detail) == 3 and detail[0] == "9":
            # X.7.900-999: the codes Microsoft 365 leaves to an administrator's mail flow rule ("Reject the
            # message with the enhanced status code", learn.microsoft.com "Mail flow rule actions in
            # Exchange Online"): a policy of the recipient's organisation, weak beside the words the
            # administrator wrote ("... has left the company" decides)
            return "policy_violation", None
        if detail.isdigit() and int(detail) >= 10:
            spec = SUBJECT_DEFAULT.get(subject)
    return spec, fallback


# -- phrases -------------------------------------------------------------------------------------
# what a person who left worked for ("is no longer with the Agency", "has left the company")
_ORGANISATION = (r"(company|organi[sz]ation|firm|university|school|agency|department|office|practice|council|ministry|"
                 r"institute|hospital|bank|group|team|business)")
# what names the cause of a refusal after who was refused ("Mail from 192.0.2.7 rejected: exceeded 10
# simultaneous connections", "... message looks like spam", "... down for maintenance"): that cause
# decides, the words of a refused host do not (an anti-spam *system* is who refuses, no verdict)
_UNLESS_A_CAUSE = (r"(?![^.;]{0,100}((?<!anti-)(?<!anti)spam|virus|malware|attachment|too many|simultaneous|connections|"
                   r"recipients|idle|maintenance|shutting down|going down|sequence|syntax|complaint))")
# a spam filter or scanner out of service for now ("our spam filter is being upgraded"), said after its name: the receiving
# system's state, never a verdict on the content
_OUT_OF_SERVICE_FOR_NOW = r" (is |are )?(being |currently |temporarily )?(upgraded|updated|unavailable|down|offline|under maintenance)\b"
#: a mail loop found (RFC 5321 6.3; X.4.6 "routing loop detected", Exchange's 5.4.14 "hop count exceeded",
#: Sendmail's "mail for <x> loops back to myself"): the receiving side's configuration, whoever reports it
# "the domain of the recipient does not exist" (Coremail's English line, and any server that names the
# domain by what it belongs to): the words after it are said of the domain, not of the mailbox (checked
# after the noun: a pattern that opens with a look-behind is tried at every position of the text)
_NOT_DOMAIN_OF = (r"(?<!domain of the recipient)(?<!domain of recipient)(?<!domain for the recipient)"
                  r"(?<!domain of this recipient)(?<!domain of the user)")
MAIL_LOOP = [
    r"loops? back to myself", r"(mail|routing|message|forwarding) loop", r"loop(ing)? (detected|message|mail)",
    r"too many hops", r"hop count (exceeded|exceeds)", r"forwarded more than the maximum", r"max(imum)? hop count",
    r"too many (\"?received\"?|delivered-to) (headers|lines)",
    # ... in German and French ("vermutlich eine Mail-Schleife", "boucle de messagerie détectée")
    r"(e-?)?mail-?schleife", r"bucle de (reenv[íi]o|correo|mensajes?|enrutamiento)", r"loop (di posta|di inoltro)", r"zu viele \"?received\"?-?(kopfzeilen|header)", r"boucle (de (messagerie|courrier|routage|messages?)|d'e-?mails?)",    # ... and in Dutch, Polish, Russian, Japanese and Chinese ("Te veel Received-kopregels - vermoedelijk een mail-lus", "wykryto
    # pętlę pocztową", "обнаружена почтовая петля", "メールループを検出", "检测到邮件循环")
    r"\b(e-?)?mail-lus\b", r"\b(e-?)?maillus\b", r"te veel \"?received\"?-?(kopregels|headers)", r"p(ę|e)tl(a|ę|e|i) (pocztow|poczty)",
    r"почтов(ая|ую) петл", r"メールループ", r"邮件循环", r"邮件环路", r"郵件迴圈", r"郵件環路",
]

PHRASES: dict[str, list[str]] = {
    "mailbox_full": [
        # a VM/CMS user's reader at its count of spool files ("Spool file limit exceeded for user V273KQ2J", "Reader of user X is
        # full": the virtual reader is the mailbox there)
        r"\bspool file limit (exceeded|reached)\b", r"\breader of user \S+ is full\b",
        # (the size limit named as the mailbox's, "Message size exceeds the size limit of the mailbox. The account has used 1024
        # MB of 1024 MB": the space left in it, not the message's own size)
        r"\bexceeds the (size limit|quota|storage limit) of the (recipient'?s )?mail ?box\b",
        r"\b(account|mail ?box) has used [\d.,]+ ?[kmgt]i?b of (its )?[\d.,]+ ?[kmgt]i?b\b",
        # a Domino mail file over its quota ("The recipient's mail file has exceeded its database quota")
        r"\bmail (file|database) (has )?exceeded (its|the) (database )?(quota|size limit)\b",
        # the mailbox at its cap ("Gary's mailbox is at its storage cap")
        r"\b(mail ?box|inbox|account)\b[^.;]{0,20}\b(is at|reached|has reached|hit|has hit) (its|the|their|his|her) (storage|quota|size|space) "
        r"(cap|limit|ceiling|allowance)\b",
        r"\bused up (all )?(of )?(the|its|their|his|her) (space|storage|quota)\b",
        # a mailbox without room ("Jenny's mailbox has no room left", "the inbox is out of space")
        r"\b(mail ?box|inbox)\b[^.;]{0,40} (has no|is out of|ran out of|has run out of) (more )?(room|space|storage)\b",
        r"box (is |was |has become )?(full|over ?quota|overfull)",
        # the address between ("The mailbox of karin@... is full", FirstClass)
        r"mail ?box (of|for) (user )?\S+ (is |was )?(full|over ?quota)",
        r"box (size|storage) (limit )?(exceeded|is exceeded|has been exceeded)",
        r"mail ?box (has )?exceeded", r"mail ?box would exceed", r"mail ?box quota",
        r"mail ?folder is full", r"mailfolder is full", r"inbox is full", r"box is full",
        # CompuServe's "mail area" (its word for the mailbox: "the recipient's mail area is full"), and the remedy a notice
        # gives for a full mailbox ("The recipient must delete messages before new mail can be received")
        r"\bmail area (is |was )?(full|over ?quota)\b",
        r"\b(must|needs? to|has to|should) (first )?delete (some )?(old |existing |stored )?(messages|mails?|e-?mails) (before|so that|to make room|to receive)\b",
        r"(?<!domain )(?<!domain is )over (the |its |his |her |their )?(allowed )?(storage |disk |mailbox |size )?quota", r"overquota",
        # the recipient's mailbox named before "full" ("The mailbox of the recipient is full") and
        # Domino's mail file / mail database that "has exceeded its quota"
        r"mail ?box of (the |this )?(recipient|user|addressee|subscriber|customer|member) is (full|over ?quota)",
        # (the owner named between, as Domino names the mail file: "the mail file for <address> has exceeded its quota")
        # (or its path in brackets: "Recipient's mail file (mail\jdoe.nsf) has exceeded its quota")
        r"(mail ?file|mail database|mail ?box)( (of|for) (<address>|\S+)| \([^()\n]{1,80}\))? (has exceeded|exceeds|exceeded|is over) (its |the )?(size |storage |disk )?quota",
        r"(mail ?file|mail database)( (of|for) [^.;]{1,60}?)?( \([^()\n]{1,80}\))? has reached (its|the) (size |storage )?(limit|quota|maximum)",
        # ("the mail file for this recipient (mail4\ms.nsf) is full; the database quota limit has been reached")
        r"\b(mail ?file|mail database)( (of|for) [^.;()]{1,60}?)?( \([^()\n]{1,80}\))? (is|was) (full|over ?quota)\b",
        r"\b(database|mail ?file|mail ?box) quota limit (has been |was |is )?(reached|exceeded)\b",
        # (not maildrop's own watchdog, "maildrop: Timeout quota exceeded.": a time limit, not storage)
        # (nor a policy daemon's count of our messages, Cluebringer's "Message count quota exceeded")
        # (the word in brackets too: Domino's "Maximum database size (quota) exceeded")
        r"(?<!timeout )(?<!count )quota\)? (exceeded|exceed|violation|has been exceeded|full|usage exceeded)",
        r"(disk|disk ?space|storage|mailbox|mail|user|account) quota", r"exceeded (the |his |her |their )?quota",
        r"account is (full|over quota)", r"(mail ?box|account|disk space) is (full|over)",
        r"(recipient|receiver)(?:'s)? mail ?box is full", r"insufficient (quota|mailbox space)",
        r"exceeded storage allocation",
        r"not enough (storage |disk )?(storage|space) (in|for|on) (the )?(user'?s? |recipient'?s? )?(mail ?box|user|account)",
        # ... said with "insufficient" ("452 Insufficient space in mailbox"): the mailbox's space, not the
        # system's disk (that is X.3.1 ``system_full``, "insufficient system storage")
        r"insufficient (free )?(storage |disk )?(storage|space) (in|for|on) (the )?(user'?s? |recipient'?s? )?(mail ?box|inbox|account)",
        # Lotus Domino: the recipient's mail file (its mailbox database) reached its maximum size
        r"mail ?file size exceeds",
        r"number of messages in recipient's mail ?box exceeded", r"too many messages in (the |this )?mail ?box",
        r"mail ?box (is )?at capacity", r"mailbox (size|storage) limit", r"status code 22\b",
        r"full mail ?box", r"their mail ?box is full", r"not enough space(?! on the (disk|server|device|drive|volume))",
        # the recipient's storage, said without "full" or "quota" (RFC 3463 X.2.2 "mailbox full")
        r"used up (its|his|her|their|the) (storage|disk|mail ?box|space|quota)", r"storage (allotment|allocation|space limit)",
        r"mail ?box (size )?limit (exceeded|reached)",
        # ("The following mailboxes have exceeded their storage allowance")
        r"\bexceeded (its|their|the|his|her) storage allowance\b",
        # the quota named after the verb (Domino: "Unable to deliver message to recipient because it would exceed the mail
        # file quota set for <address>")
        r"\b(would |will )?exceed (the |its |his |her |their )?(recipient'?s |user'?s )?(mail ?file|mail database|mail ?box|storage|disk) quota\b", r"exceeded (its|his|her|their|the) (storage|disk) (space|limit|allocation)",
        r"over (its|his|her|their|the) (storage|disk|size) limit", r"exceeding (its|his|her|their|the) (storage |disk )?quota", r"(inbox|mail ?box|account) (is )?out of (space|storage)",
        r"(user|recipient|mail ?box|account) has too many messages", r"(user|recipient) has insufficient (disk |storage )?space",
        r"mail ?box exceeds (the )?(allowed|maximum|quota|size)",
        r"would exceed (the |its |his |her |their )?(mail ?box |disk |storage |user )?quota",
        # BMH rule table "full" rules: the recipient's storage, a mailbox named by its address, the
        # mailbox file at its size limit (Postfix local(8) "error writing message: File too large")
        r"(recipient|user|mail ?box)(?:'s)? storage (is )?full", r"mail ?box <?<address>>? (is )?full",
        r"error writing message: file too large",
        r"(recipient|user|mail ?box|account)(?:'s)? quota limit", r"(mail ?box|user|account) space (is )?not enough",
        # the mailbox's own size or space named as the limit it is over (RFC 3463 X.2.2): "exceeded the
        # maximum mailbox size", "Mailbox size has reached the limit", "the recipient mailbox has no more
        # space", "Mailbox temporarily full"
        r"(exceeded|exceeds|over|reached) (the |its |his |her |their )?(maximum |max |allowed )?(mail ?box|inbox) (size|space|storage)",
        r"(mail ?box|inbox) (size|storage) (has )?(reached|hit|exceeded) (the |its )?(size )?(limit|maximum|quota)",
        r"(mail ?box|inbox) (has|had) no (more |free )?(space|storage|room)",
        r"(mail ?box|inbox) (is )?(temporarily|currently|now|completely) (full|over ?quota)",
        # the mailbox at its size limit, said with "reached" (RFC 3463 X.2.2 "mailbox full": "Mailbox has
        # reached its size limit", "the recipient's inbox has reached its storage quota"); only the
        # mailbox's own size or storage, never "reached its sending limit" (the sender's quota)
        r"(mail ?box|inbox|mail ?folder)(?:'s)? (has )?(reached|hit) (its|his|her|their|the) (maximum |max |allowed )?"
        r"(size|storage|disk|space|quota)( limit| quota| allocation)?",
    ],
    "message_too_large": [
        # the message's own size said beside the limit it passes ("because it is 31.4 MB, which exceeds the 25 MB limit for
        # incoming mail"): the size, never a mailbox's quota (that one says "quota" or "mailbox")
        r"\b(it is|is|of|size:?) \d+([.,]\d+)? ?(mb|kb|gb|megabytes?)\b[^.;]{0,30}\bexceed(s|ing)? (the |our )?\d+([.,]\d+)? ?"
        r"(mb|kb|gb|megabytes?) (size )?limit\b",
        # the largest message taken, with its figure ("max 2 MB per message including attachments")
        r"\bmax(imum)?\.? \d+([.,]\d+)? ?(mb|kb|gb|megabytes?|mbytes?) (per|for each|for every|for one) (message|mail|e-?mail)\b",
        # a size limit on messages, said with its figure in an administrator's words ("Messages over 10 MB are not
        # accepted", Swedish "Meddelanden över 10 MB tas inte emot", Dutch "Berichten groter dan 20 MB worden niet
        # aangenomen", German "Nachrichten größer als 15 MB"): the message's size (not a mailbox's, never a quota)
        r"\b(messages?|e-?mails?|mails?|meddelanden|berichten|nachrichten|e-?mails|messaggi|mensajes|wiadomo(ś|s)ci|mensagens)\b"
        # (each comparator spelled out: a word index built on "ver" or "s de" would try the pattern on every report)
        r"[^.;]{0,20}\b(over|above|larger than|bigger than|exceeding|över|groter dan|größer als|groesser als|über|ueber|"
        r"plus de|supérieurs? à|superieurs? a|más de|mas de|superiori a|maiores que|powyżej|powyzej) \d+(?:[.,]\d+)? ?"
        r"(mb|megabytes?|mo)\b",
        # a size named as a limit ("Attachments over 10MB not allowed")
        r"(attachments?|messages?|mails?|e-?mails?|files?) (over|above|exceeding|larger than|bigger than) \d+([.,]\d+)? ?([kmg]i?b|[kmg]bytes?|megabytes?)\b",
        # (never our share of mail to missing mailboxes: "too large a share of your recent deliveries ... do not exist")
        r"too (large|big)\b(?! an? (share|proportion|percentage|fraction|number)\b)", r"message (is |was )?too long(?! in (the )?queue)", r"message (size|length) (exceeds|is over|exceeded|too)",
        # (never a line's length, RFC 5322 section 2.1.1: "Message exceeds the maximum line length", ``not_compliant_rfc``)
        r"(?<!command )exceeds? (the )?(fixed |local |system |server |site |domain |recipient'?s? )?(maximum|max|administrative|size)( message)?( size)? (limit|size)?(?!line)",
        r"size (limit )?(exceeded|too large|exceeds)", r"message file too big",
        # the size named before the verb ("message size 41.8 MB exceeds the gateway limit of 30 MB")
        r"(message|mail|e-?mail) size (of )?[\d.,]+ ?(bytes|[kmg]i?b|k|m)? (exceeds|is over|is larger than)",
        r"\bsize \(?[\d.,]+ ?(bytes|[kmg]i?b)\)? (exceeds|is (larger|bigger|greater) than)",
        # Amazon SES "552 Transaction failed: Message length is more than 10485760 bytes long"
        r"message (length|size) is (more|greater|larger) than \d+ (bytes|kb|mb)",
        r"larger than (the )?(current )?(system|allowed|maximum) (limit|size)",
        # "the message is larger than the recipient's server accepts"
        r"(message|mail|e-?mail) is (larger|bigger) than (the )?(recipient|server|mailbox|system|limit|maximum|allowed)",
        r"maximum (allowed )?message size", r"line limit exceeded", r"(?<!header )(?<!command )line too long",
        r"(maximum|max) (incoming |inbound |allowed |permitted )?(message|mail|e-?mail) size",
        # a size named as the limit ("Messages larger than 5 MB are not accepted by this mailbox", a
        # recipient's Sieve rule, RFC 5429; "mails bigger than 20MB are refused"): the size is the cause
        r"(messages?|mails?|e-?mails?|attachments?|files?) (larger|bigger) than \d+([.,]\d+)? ?([kmg]i?b|[kmg]bytes?|bytes|kilobytes?|megabytes?)\b",
        r"message exceeds(?! the maximum line length)", r"mail too large", r"size of the message",
        r"exceeds (the )?(message )?size limit", r"message length exceeds administrative limit",
        r"(exceeded|exceeds|over) (the )?(mail|message) ?size limit",
        # the size given in brackets ("The message size (38.4 MB) exceeds the limit allowed by the recipient's
        # organization"): a gateway's size rule
        r"(message|mail|e-?mail) size \([^)]{1,24}\) (exceeds|is (larger|greater|more) than)",
    ],
    "suspended": [
        # the recipient's domain switched off by its host for now ("550 The domain x.example is currently suspended. Please contact the
        # hosting provider": the hosting account's state, its mail back once it is paid or cleared; never our domain, "your domain")
        r"(?<!your )(?<!sender )\bdomain (<?[a-z0-9-]+(\.[a-z0-9-]+)+>? )?(is|has been) (currently |temporarily )?suspended\b",
        # the person away for a long time, the mailbox kept ("Sarah Okafor is on parental leave until 3 February",
        # "Dr. Mendes is on sabbatical", "on long-term leave, mailbox not accepting messages"): said in a
        # failure, the mailbox exists and takes no mail for now (an out-of-office *reply* saying so is an
        # auto-reply, detected as one before any reason is read)
        r"\bon (\w+[ -]){0,2}(leave|sabbatical|furlough)\b",
        # ... or away on a retreat, an expedition, a tour, at sea, until a date, and taking no mail meanwhile ("Sister
        # Bernadette is on a silent retreat until 30 June and receives no e-mail during this time")
        r"\bon (a |an )?(\w+ ){0,2}(retreat|expedition|tour|voyage|pilgrimage) until\b",
        r"\breceives? no (e-?mails?|mail|messages) (during|for|until) (this|that|the) (time|period|trip|retreat)\b",
        # a mailbox held for a time ("Mailbox on hold during staff absence", "This address will not accept email until
        # 2 September", "Temporarily not accepting mail for this user (sabbatical)", "disabled until further notice")
        r"\b(mail ?box|account|address) (is |has been |was )?((placed|put) )?on hold\b",
        r"\b(will not|won't|does not|doesn't|cannot|can't) (accept|receive) (any )?(e-?mails?|mail|messages) (until|before)\b",
        r"\btemporarily not accepting (e-?mails?|mail|messages) for this (user|mail ?box|address|account)\b",
        r"\bdisabled until(l)? further notice\b",
        # ... or its incoming mail stopped, or left dormant until its owner logs in again ("550 Incoming mail is suspended for
        # this account", "550 5.2.1 Dormant account. The user must log in to reactivate the mailbox", "account temporarily
        # stopped"): the mailbox exists and takes nothing for now
        r"\bincoming mail (is |has been )?(suspended|disabled|stopped|blocked) for this (account|mail ?box|address|user)\b",
        # (the same in Spanish, Italian, French and German: "La recepción de correo entrante está suspendida para esta cuenta",
        # "la ricezione della posta è sospesa per questa casella", "la réception du courrier est suspendue pour ce compte",
        # "der Empfang von E-Mails ist für dieses Konto ausgesetzt"; Italian "casella inattiva da oltre 12 mesi")
        r"\brecepci(ó|o)n de(l)? correo( entrante)? (est(á|a) |ha sido )?(suspendida|desactivada|detenida)\b",
        r"\bricezione della posta( in arrivo)? (è |e' |e )?(sospesa|disattivata|bloccata)\b",
        # (Catalan "La recepció de correu està suspesa per a aquest compte")
        r"\brecepci(ó|o) de(l)? correu( entrant)? (est(à|a) |ha estat )?(suspesa|desactivada|aturada)\b",
        r"\br(é|e)ception (du|des) (courrier|courriels|messages)( entrants?)? (est |a (é|e)t(é|e) )?(suspendue|d(é|e)sactiv(é|e)e)\b",
        r"\bempfang (von|der) (e-?mails|nachrichten)\b[^.;]{0,40}\b(ausgesetzt|deaktiviert|gesperrt)\b",
        r"\b(casella|account)\b[^.;]{0,60}\binattiv[ao] da\b",
        r"\bdormant (account|mail ?box|user)\b", r"\b(account|mail ?box) (is |has been )?temporarily stopped\b",
        # the account or its hosting held for an unpaid bill ("Mailbox blocked (hosting unpaid)", "suspended for
        # non-payment"), or until reactivated ("The hosting account for x has been suspended. Mail will not be accepted
        # until the account is reactivated")
        r"\b(hosting|account|invoice|subscription|service) (is )?(unpaid|not paid|overdue)\b", r"\bunpaid (fees|invoices?|bills?)\b", r"\boverdue (invoice|payment|balance|bill)\b", r"\bnon-?payment\b",
        r"\bhosting account\b[^.;]{0,60}\b(suspended|disabled|deactivated|locked)\b", r"\buntil the account is reactivated\b",
        # the recipient's account closed by its administrators ("mailbox unavailable, account
        # administratively blocked by the school IT department")
        r"(account|mail ?box)( has been| is| was)? administratively (blocked|disabled|suspended|locked|closed|deactivated)",
        # ... or by its administrator ("550 5.2.1 <address>: Mailbox is blocked by administrator", RFC 3463 X.2.1 "mailbox
        # disabled"): the mailbox exists and its owner's site switched it off (never "your account", ours)
        r"(?<!your )(?<!sender )(?<!sending )\b(account|mail ?box)( of (this|the) (user|recipient))?( has been| is| was)? (blocked|locked|disabled|suspended) by "
        r"(the |an? |its |their )?(system |mail |e-?mail )?(administrator|admin|postmaster)s?\b",
        # (not "Sender account is disabled": our own account, a refusal of the sender)
        r"(?<!sender )(?<!sender's )(?<!sending )(account|mail ?box|address|user|recipient)( <address>)?( has been| is| was)? (currently |temporarily |temporary |permanently )?"
        r"(disabled|suspended|deactivated|inactive|locked|frozen|expired|discontinued|on hold for inactivity)"
        r"(?! by (another|a different|an?other) (process|session|program|client)| by the (message|mail) ?store)"
        # (not an account said inactive and then deleted: "Mailbox has been inactive for too long and was
        # deleted", gone, ``user_unknown``)
        r"(?![^.;]{0,60}\b(was|has been|have been) (deleted|removed|purged)\b)",
        # an address said disabled or suspended at the head of the reply ("550 5.1.1 <jo@example.org> is
        # disabled"): it exists and takes no mail, no missing mailbox
        r"^(\d{3}[ -](\d\.\d{1,3}\.\d{1,3} )?)?<?<address>>? (is|has been|was) (temporarily )?(disabled|suspended)\b",
        r"(account|mail ?box|user|address) (is )?(not active|not activated)",
        # ("The account is not in good standing and has been disabled": the recipient's account, not our sending one)
        r"\baccount(?<!your account)(?<!sender account)(?<!sending account) (is |was )?not in good standing\b",
        # the account exists and is not live (yet, or any longer): its owner has not activated it, it is
        # dormant after months without a login, it awaits deletion ("mailbox pending activation", "Account
        # not yet activated by its owner", "mailbox is dormant", "This mailbox is scheduled for deletion")
        r"\b(account|mail ?box|address)\b(?<!your account)(?<!your mailbox)(?<!sender account)(?<!sending account)[^.;]{0,20} "
        r"(is |has )?(pending |awaiting |"
        r"not (yet )?(been )?)activat",
        r"\b(account|mail ?box|address|user)\b (is |has been |was )?(currently )?(in an? )?dormant\b",
        r"\b(account|mail ?box|(?<!<)address)\b[^.;]{0,20} (is |has been |was )?(scheduled|marked|queued|flagged) for "
        r"(deletion|removal|closure)\b",
        # Exchange's store names the state in its error ("STOREDRV.Deliver: ... MapiExceptionMailboxDisabled")
        r"mapiexceptionmailboxdisabled",
        # the provider's notice of the address written to ("The email account that you tried to reach
        # is currently suspended")
        r"(account|mail ?box|address|user|recipient) (that )?you (tried|are trying|were trying) to (reach|contact|write to|send to) "
        r"(is|has been|was) (currently |temporarily |now )?(disabled|suspended|deactivated|inactive|locked)",
        r"(user|account|mail ?box) or domain (is |has been )?(disabled|suspended|deactivated)",
        r"(user|account|mail ?box) status is (locked|disabled|suspended|inactive)",
        r"is (now |currently )?disabled (with|for|from) (the )?(mta|mail|smtp|e-?mail) service",
        r"(mail|e-?mail) receiving (is )?disabled", r"receiving (of )?(mail|e-?mail) (is )?disabled",
        r"(because|as|since) (it|the (mail ?box|account)) (is|has been|was) (disabled|suspended|deactivated)",
        r"(?<!sending account )(?<!sender account )<address>>?:? (is|has been) (currently |temporarily )?(suspended|disabled|deactivated)",
        r"disabled (recipient|user|account|mail ?box)", r"user account disabled",
        # (a "terminated" account, Sisimai's "user is terminated"; closed or cancelled for good it is gone,
        # ``user_unknown``, and closed for a time it is here, below)
        r"account (has been )?terminated(?! and (no longer exists|(does not|doesn't) exist|"
        r"(has been |was )?(removed|deleted|purged)))"
        r"(?![^.;]{0,60}\b(have|has) been (removed|deleted|purged)\b)",
        r"\b(account|mail ?box|inbox|(?<!<)address)\b[^.;]{0,30} (is |has been |was )?(temporarily|currently) (closed|shut)\b",
        r"\b(account|mail ?box|inbox|(?<!<)address)\b[^.;]{0,30} (is |has been |was )?closed (until|till|for the (holidays|summer|"
        r"winter|duration)|during)\b",
        r"this account has been disabled",
        r"mail ?box (is )?(currently )?(unavailable|suspended) due to", r"account is locked",
        r"(e-?mail )?account (that )?you tried to reach (is|has been) (disabled|inactive|suspended|deactivated)", r"mail ?box (is )?disabled",
        r"(user|recipient|mailbox) suspended", r"suspended (account|mailbox|user)",
        # the recipient's own account blocked (Seznam "The recipient's account has been blocked"): never
        # "your account", which is ours
        r"recipient(?:'s|s')? (e-?mail )?account (has been |is |was )?(blocked|locked)(?! (by|for|from|to|due))",
        r"service (has been )?(suspended|terminated) for (this|the) (user|account|recipient)",
        r"account (is )?inactive", r"inactive (account|user|mail ?box)",
    ],
    "has_moved": [
        # (not "has moved on from <the firm>": the person left, ``user_unknown``)
        r"has moved(?! on\b)", r"moved to a new (address|location)", r"\bmoved to (a |the )?new (e-?mail |mail )?domain\b",
        r"\bnew (e-?mail )?address:? <address>", r"(address|user|mail ?box) has (been )?changed",
        r"no longer on (this )?server", r"user not local(; please try)?", r"not our user",
        r"has been replaced by", r"(?<!misconfigured )(?<!no )forwarding address(?! (has been |was |is )?(retired|discontinued|ended|expired|terminated|closed|deactivated|disabled|inactive|no longer (active|valid|in use|available)))", r"mailbox owner has changed",
        # the address to use now, said with "instead" (RFC 3463 X.1.6 "the mailbox address provided was at
        # one time valid, but mail is no longer being accepted for that address"; qmail's bouncesaying
        # "This address no longer accepts mail. Please use <new> instead."; not "please write to
        # sales@... instead": someone else to contact, the person's address is gone)
        r"(no longer (accepts|receives|in use|used|active|valid)|retired|discontinued|(has|was) (been )?(closed|changed))"
        r"[^;]{0,60}?(please )?use (the (new )?address )?(<address>|<?[^\s@<>]+@[^\s@<>]+>?) instead\b",
        # the person's own new address ("She can now be reached at ana.ruiz@...", "is now reachable at ...";
        # German "ist jetzt unter <address> erreichbar", French "est désormais joignable à <address>"); not
        # someone else to write to ("please write to info@...": the address is only gone, ``user_unknown``)
        r"\b(he|she|they) (can|may) (now )?be (reached|contacted) at <address>",
        # ... said with the person's name ("Mailbox renamed. Joy Okafor can now be reached at <address>")
        r"\bcan now be (reached|contacted) at (the (new )?(e-?mail )?address )?<address>", r"\bmail ?box (has been |was )?renamed\b",
        # ... "Bill now writes from <address> - this old domain is being retired"
        r"\bnow (writes|sends|e-?mails) from <address>", r"\bi('ve| have) moved (over )?to <?<address>>?", r"\bi('m| am) now at <?<address>>?",
        # ... "Address changed!! The club captain is now <address>"
        r"\baddress changed\b(?<!sender address changed)(?<!sender's address changed)(?<!your address changed)(?! (for|on|in) )",
        r"\bis now <address>",
        r"\b(is|are) now (reachable|available|to be reached) at <address>",
        r"\b(ist|sind) (jetzt|nun|ab sofort|neu) unter <address> (erreichbar|zu erreichen)",
        r"\b(est|suis|sommes|sont) (d[ée]sormais|maintenant) joignables? (à|a|sur|via) (l['’]adresse )?<address>",
        # ... French "Mon adresse électronique a changé" (my address changed), Portuguese "Este endereço foi transferido para
        # <address>" (this address was moved to)
        r"\b(mon|notre) adresse( (é|e)lectronique| e-?mail| mail)? a chang(é|e)\b",
        r"\bendere(ç|c)o( de e-?mail)? foi (transferido|alterado|mudado) para <address>",
        # ... and French "Veuillez écrire désormais à <address>", "écrivez dorénavant à <address>" (the address to use now)
        r"\b([ée]crire|[ée]crivez|envoyer|envoyez|adresser|adressez)( vos messages| votre message| vos courriels)? "
        r"(d[ée]sormais|dor[ée]navant) (à|a) <address>",
        # ... said as "the new address" ("Her new address is s.okafor@...", "all millbrook.example addresses have moved.
        # Please resend your message to ..."); the other languages' wording in knowledge/languages.py
        r"\bnew (e-?mail )?address( is)?:? <address>", r"\baddresses (have|has) (been )?moved\b",
        r"\b(his|her|their|my) (new )?e-?mail( address)? is now:? <address>",
        # an office's or a role's mail sent on to its new address ("The club secretary's mail now goes to <address>";
        # French "a déménagé et changé d'adresse électronique", Polish "nowy adres e-mail: <address>", German "senden Sie
        # bitte ab sofort an <address>")
        r"\bmail now goes to <address>", r"\bchang[ée] d['’]adresse (e-?mail|mail|[ée]lectronique|de messagerie)\b",
        r"\bnowy adres( e-?mail)?:? <address>", r"\b(senden|schreiben) sie (bitte )?(ab sofort|k(ü|ue)nftig|zuk(ü|ue)nftig|fortan) an <address>",
        # ... in German, French, Spanish, Italian, Dutch and Portuguese ("Ihre neue Adresse lautet <a>", "sa nouvelle
        # adresse est <a>", "su nueva dirección es <a>", "il suo nuovo indirizzo è <a>", "haar nieuwe adres is <a>",
        # "o novo endereço é <a>")
        r"\bneuen? (e-?mail-?)?adressen?( lautet| ist| lauten| sind)?:? ?<address>",
        # Polish "Księgowość przeniesiona na <address>" (moved to)
        r"\bprzeniesion[aeyo]? (na|do) <address>",
        r"\bnouvelle adresse( e-?mail| [ée]lectronique| de messagerie)? (est|:) ?:? ?<address>",
        r"\bnueva direcci[óo]n( de correo( electr[óo]nico)?)? es:? <address>",
        r"\bnuovo indirizzo( e-?mail| di posta( elettronica)?)? ([èe]|e'):? <address>",
        r"\bnieuwe (e-?mail)?adres is:? <address>", r"\bnovo endere[çc]o( de e-?mail)? [ée]:? <address>",
        # ... and the address to use from now on (Dutch "Gebruik voortaan <a>", "is voortaan bereikbaar op <a>"; Portuguese
        # "Utilizador mudou de endereço: use <a>")
        r"\bgebruik (voortaan|vanaf nu|nu) <address>", r"\b(is|zijn) (voortaan|vanaf nu|nu) bereikbaar (op|via) <address>",
        r"\bmudou (de|o seu|o) endere[çc]o( de e-?mail| eletr[óô]nico)?\b",
        r"\bnovo e-?mail\b[^.]{0,60}\b[ée]:? <address>",
    ],
    "no_relaying": [
        # "This server does not relay for your domain"
        r"(does not|doesn't|will not|won't|do not) relay (mail )?for\b",
        # "550 Denied - 192.0.2.80 is not an authorized relay for <domain>": our host may not relay
        r"not an? authori[sz]ed relay",
        r"relay(ing)? (access )?(denied|not permitted|not allowed|prohibited|rejected|refused|disallowed)",
        # (the request or the attempt refused, IMail's "550 Relay Request Denied", "Relay attempt rejected")
        r"\brelay (request|attempt)s? (denied|rejected|refused|not (permitted|allowed))\b",
        r"(not|isn't|is not) (permitted|allowed|authori[sz]ed|configured) to relay",
        r"(unable|cannot|can't|not able) to relay", r"we do not relay", r"no relaying", r"relaying (is )?not",
        # (not Sendmail's "Relaying temporarily denied. Cannot resolve PTR record for <ip>": our reverse DNS)
        r"relaying (is )?temporarily (denied|not allowed|refused)(?![^.]*\.? ?cannot resolve ptr)",
        # hMailServer's answer for a domain it does not host (SMTPConnection.cpp, relaying not allowed:
        # "Delivery is not allowed to this address.")
        r"delivery is not allowed to this address",
        r"(relay|relaying) (mail )?(to .* |for others |for other (domains|hosts|sites|networks) )?(is )?(not allowed|denied|not permitted)",
        # the server's own account of what it takes ("this server only delivers mail for the domains it hosts; it will not pass
        # mail on to other destinations"): no relay for us
        r"\bonly (deliver|accept|handle|relay|take)s? (e-?mail |mail |messages )?for the domains (it|we) (hosts?|serves?|handles?)\b",
        r"\bonly (deliver|accept|handle|relay|take)s? (e-?mail |mail |messages )?for domains hosted (on|by|at) (this|our) (system|server|host)\b",
        r"\bwill not pass (e-?mail|mail|messages) on to other (destinations|domains|servers)\b",
        r"in my list of allowed rcpthosts", r"unauthori[sz]ed relay", r"(denie[sd]|refuses?|refused) relay", r"not a gateway", r"relay not (allowed|permitted)",
        # (a sender said to be an open relay is refused for it, ``blocked``; a server's "we are not an open relay" is an aside of
        # its help text, beside whatever it refused)
        r"relaying mail to .* is not allowed", r"not local host .{0,200} not a gateway",
        r"this system is not configured to relay", r"we do not accept mail for", r"relay denied",
        r"(e-?mail )?address is not verified", r"identities failed the check",
        # (a server's own refusal, "550 Insecure mail relay"; not a list's entry for our host, "listed as an open proxy/insecure
        # relay": ``blocked``)
        r"insecure (mail )?relay(?<!/insecure relay)(?<!as an insecure relay)",
    ],
    "user_unknown": [
        r"user (is )?unknown", r"unknown (user|recipient|mail ?box|local ?part|local-part|account|alias|addressee|address)",
        # (MDaemon's transcript "Unknown local user (x@...) - rejecting": no mailbox of that name on the server)
        r"unknown local (user|recipient|mail ?box|account)",
        # (a group address that names no group: Groups.io's "There is no group named "makers" on Groups.io", "the group
        # does not exist"; never Google Groups' "may not exist, or you may not have permission", which says two things)
        r"\bthere is no (such )?(group|list|mailing list) named\b", r"\b(the )?(group|mailing list) (named \S+ )?does not exist\b",
        # (German "Die Gruppe "vorstand" existiert auf diesem Server nicht", French "la liste « adherents » est inconnue sur le
        # serveur")
        r"\bdie (gruppe|liste|mailingliste)\b[^.]{0,30}\bexistiert (auf diesem server |hier )?nicht\b",
        r"\bla liste\b[^.]{0,30}\best inconnue\b",
        # ("The following recipients are not known here", "user not known on this server")
        r"\b(recipients?|users?|addressees?|mail ?box(es)?) (are |is )?not known (here|on this (server|system|host))\b",
        r"no such (user|mail ?box|recipient|account|address|person|local user|alias|login)",
        # ... said as a mailbox that exists for no one: "No mailbox exists for this address", "There is no mailbox for this
        # address" (hMailServer's and hosted servers' words)
        r"\bno (mail ?box|account|user) exists (for|with|at)\b", r"\bthere is no (mail ?box|account|user) (for|with|at|by|named)\b",
        # (... alone, hMailServer's "Error Description: No mailbox exists", never our sender's: "no mailbox exists for the sender")
        r"\bno (mail ?box|account) exists\b(?! (for|with|at) (the |this |your |our )?(sender|return|reply|envelope))",
        # (the recipient's account not found, hMailServer's "The recipient account could not be found")
        r"\b(recipient|user|e-?mail|mail) account (couldn't|could not|cannot|can't) be found\b",
        # (not "the domain of the recipient does not exist": the domain, host_unknown)
        r"(user|recipient|mail ?box|address|account|addressee|alias|local ?part|e-?mail account)" + _NOT_DOMAIN_OF + " "
        r"(does not|doesn't|did not|do not) exist",
        r"(user|recipient|mail ?box|account|addressee)" + _NOT_DOMAIN_OF + r" (was |is )?not (found|known|valid|recogni[sz]ed|listed)",
        # ("The recipient is not registered on this system": no account of that name where it was sent)
        r"\b(recipient|user|addressee|mail ?box)( address)? (is |was )?not registered (on|in|at|with) (this|the|our) "
        r"(system|server|domain|directory|host|mail ?server)\b",
        # Proofpoint "Recipient address rejected: User email address is marked as invalid"
        # (help.proofpoint.com, its per-domain list of addresses that do not exist)
        r"(user|recipient) (e-?mail )?address (is |has been )?marked (as )?invalid",
        # (not "invalid user settings": Dovecot's configuration error, a system_error in mtas.py)
        # (nor "bad destination system address", RFC 3463 X.1.2: the domain, host_unknown)
        r"(invalid|bad|unknown|illegal|non-?existent|nonexistent) (recipient|mail ?box|user|address|alias|account|"
        r"destination(?! system))(?! settings\b)",
        # (the word after the noun, GroupWise's status "jsmith (user non-existent)")
        r"\b(user|recipient|mail ?box|addressee) (is )?non-?existent\b",
        r"recipient" + _NOT_DOMAIN_OF + r" (unknown|not found|invalid|does not exist|is not valid)", r"recipientnotfound",
        r"mail ?box not found",
        # the address named with a clause between ("The mail address you specified does not exist", "the
        # e-mail address that you entered doesn't exist"): still the recipient's address, not a domain
        #   (not our own "return / reply / sender address", nor an address missing from a list:
        #   "does not exist in our allow list for external senders" is a policy)
        r"(?<!return )(?<!reply )(?<!reply-to )(?<!sender )(?<!from )(e-?mail |mail )?address (that )?(you |which you )?"
        r"(specified|entered|used|wrote|sent to|typed) (does not|doesn't|did not) exist"
        r"(?! (in|on) (our|the|this|your) [\w-]{0,20} ?(allow|white|safe|permitted|approved|accepted)[\w-]* ?list)",
        r"no (mail ?box|account|user|recipient|one) (here )?(by|with) (that|this) (name|address)",
        r"no mail ?box here", r"doesn't have an? .{1,80} account", r"does not have an? .{1,80} account",
        r"unknown or illegal (user|alias)", r"not a (valid|known) (user|recipient|mail ?box|address)",
        r"is not a valid (user|recipient|mail ?box|address|e-?mail)",
        r"recipient name is not recognized", r"unknown recipient", r"unrouteable (user|mailbox)",
        r"(account|address|user|mail ?box) (is )?((not|no longer) (valid|in use)|no longer (available|active|operational))",
        # an account, mailbox or address closed or cancelled, with no end to it ("Account closed", "The events inbox has
        # been closed", "Alumni email accounts were closed on 1 September 2025", "this email is now closed"): the
        # address will not work again (Sisimai's Suspend table holds states one comes back from, suspended,
        # disabled, frozen, never "closed"); not closed for a time ("temporarily closed", "closed until January",
        # "... try again after the holidays": ``suspended``), nor a list closed *to* some senders (a restriction),
        # nor our own account ("your account has been closed": ours)
        r"\b(account|mail ?box|inbox|e-?mail|e-?mail address|address)(e?s)?\b(?<!your account)(?<!your mailbox)"
        # (not a delivery to it that was cancelled: "Delivery to this mailbox was cancelled by the sender")
        r"(?<!to this mailbox)(?<!to the mailbox)(?<!to this address)(?<!to the address)( \S{1,64})? "
        r"(has been |have been |was |were |is |are |is now )?(now )?(permanently )?(closed|cancell?ed)\b"
        r"(?! (to|for|until|till|during|over|temporarily|by (its |the )?owner)\b)"
        r"(?![^.;]{0,80}\b(try again|until|till|temporar|holiday|vacation|for now|reopen|re-open))",
        r"\b(account|mail ?box|(?<!<)address)\b[^.;]{0,30} (has been |was |is )?(permanently|definitively|definitely) "
        r"(disabled|deactivated|closed|shut down|suspended)\b",
        r"\b(account|mail ?box|(?<!<)address|inbox)\b[^.;]{0,40}\b(closed|cancell?ed|deactivated|disabled|shut down|deleted|suspended) "
        r"(permanently|definitively|for good)\b",
        # Gmail's notice form, closed ("The email account that you tried to reach has been closed permanently")
        r"\b(account|mail ?box|address) (that )?you (tried|are trying|were trying) to (reach|contact|write to) (has been |is |was )?"
        r"(permanently )?closed\b",
        # "Recipient address rejected: Not in use" (the address itself, no port or service)
        r"\bnot in use\b(?<!port not in use)(?<!service not in use)(?<!server not in use)(?<!line not in use)",
        # the person is gone from the organisation for good: retired ("Margaret retired at the end of June", "ALAN
        # WHEATLEY HAS NOW RETIRED"; people retire, things "have been retired"), died ("has passed away", "is
        # deceased"), "doesn't work here any more"
        r"\b(has|have) (now |recently )?retired\b", r"(?<!was )(?<!were )(?<!been )\bretired (at the end of|in|on|last|this|after)\b(?! (this|the|our|all) (server|system|host|service|gateway|relay|"
        r"cluster|network|platform)s?\b)",
        r"\b(has |have )?(sadly )?passed away\b", r"\bis (now )?deceased\b",
        #    ... retired from the place named ("Mr Harrow retired from the firm on 31 March"), and the one word an
        #    administrator may leave of it ("550 5.0.0 <x>... deceased")
        r"\b(has |have )?retired from (the|our|this) (firm|company|practice|partnership|organi[sz]ation|school|academy|"
        r"college|university|council|board|business|church|club|service|office|department|team|hospital|society)\b",
        r"(^|\.{3} ?|: ?)deceased\.?$",
        # people who left and no longer have an account there ("Pupils who have left Hillcrest Academy no longer have an
        # email account"): the address went with them
        r"\bno longer (has|have) an? (e-?mail |mail )?(account|mail ?box|address)\b",
        r"\b(does not|doesn't|doesnt|do not|don't|dont) work (here|for us|with us|at [^.;]{1,60}) any ?more\b",
        r"user (not|doesn't) exist", r"recipient not found", r"not listed in (the )?(public name|domino directory)",
        # (Domino's router that looked the name up and found none: "Unable to locate CN=Maria Brandt/O=EXVERS in Domino
        # Directory")
        r"\b(unable to|could not|cannot) (locate|find) [^.;]{1,120}? in (the )?domino directory\b",
        # X.400's non-delivery diagnostic "unrecognised-OR-name" (ITU-T X.411: the recipient's O/R name names no one),
        # as gateways write it in their delivery reports
        r"\bunrecogni[sz]ed[- ]or[- ]name\b", r"\bunrecogni[sz]ed originator/recipient name\b",
        # a directory's own words for a name it does not hold ("The user or group name does not exist",
        # "the recipient's user ID is no longer valid")
        r"(user|recipient)( or group)? name (does not|doesn't|did not) exist",
        r"(user|recipient)(?:'s)? user ?id (is )?(no longer valid|not valid|invalid|unknown)",
        # (not "the destination server for this recipient could not be found in DNS", Exchange 2003's
        # 5.4.0: the server, not the recipient, is what was not found)
        r"(?<!server for this )(?<!server for the )(?<!server for that )(address|recipient|mail ?box|user) (couldn't|could not|cannot|can't) be found",
        r"user (has )?(expired|terminated)",
        # (not a server or system that "no longer accepts mail": the host, ``not_accept`` or its move)
        r"no longer(?<!server no longer)(?<!system no longer)(?<!host no longer)(?<!domain no longer) (a valid|accepts mail|exists)",
        # the account or mailbox deleted, with its name or its data between ("The user account dkent has been
        # removed from our system", "this mailbox and all its data have been deleted"): it is gone
        r"\b(user )?account \S{1,64} (has been|was) (deleted|removed)\b",
        # ... the address called its "mail ID", as Indian English says ("his mail ID x@ has been deleted from our server")
        r"\b(e-?)?mail id( \S{1,64})? (has been |was |is )?(permanently )?(deleted|removed|deactivated and deleted)\b(?! from (the |this |a |our |your |their )?[\w -]{0,30}?(list|group|newsletter))",
        r"\b(mail ?box|account) and all (of )?its data (have|has) been (deleted|removed|purged)\b",
        # ... a group or list deleted ("This mailing group was deleted at the end of the school year")
        r"\b(group|list|distribution list|alias)\b[^.;]{0,20} (has been|was|is now) (deleted|removed)\b(?! from\b)",
        # the person left the organisation that ran the mailbox (an alias or filter "fail" text: "This
        # person no longer works at Example Inc.", "is no longer with the company"); said in a failure
        # report only (an out-of-office reply saying so is an auto-reply, detected as one)
        r"(?<!your )\b(person|employee|user|recipient|he|she|they) (is |are )?no longer (works?|working|employed) (at|for|with|here)\b",
        r"(?<!you )(?<!you are )\bno longer (with|at|employed by) (the|this|our) " + _ORGANISATION + r"\b",
        r"\bhas left (the|this|our) " + _ORGANISATION + r"\b",
        # (and said tersely: "550 Left the company."; not the company's network or server)
        r"\bleft (the|this|our) " + _ORGANISATION + r"\b(?! (network|server|system|mail|gateway|premises)\b)",
        # ... the organisation named by its own name, which no table lists ("Rebecca Dalton is no longer with
        # Orchard Supply", "no longer employed by Pacific Tooling", "no longer works at the Brightwater
        # Foundation", "has left Northwind Analytics"): the person the address was for is gone; not a message
        # or a host that "has left" ("your message has left our server": it was passed on)
        r"\b(is|are) no longer (with|at|employed (by|at|with|in)|working (at|for|with|in)|part of) (?!you\b|this time\b)",
        r"\bno longer works? (at|for|with|in|here)\b",
        r"\bhas left(?<!message has left)(?<!mail has left)(?<! it has left) (?!(the |our |your |this |a |its )?"
        r"(queue|server|network|system|building|host|gateway|relay|outbox|mta|mail ?server)\b)\w",
        # ... and without "has", dated ("Anna Nowak left Contoso Ltd in May.", "left Harbour Dental on 31 March",
        # "left the Lindqvist Foundation at the end of 2025"): a date says a person's departure; not mail or a
        # host left somewhere ("left in the queue on ...", "left our server at 10:04": no month or year)
        r"\bleft (?!(in|on|at|for|over|behind|unread|alone|unanswered|undelivered|the (queue|server|network|system|"
        r"building|gateway|relay|outbox)|our|your|its)\b)[\w&'.-]+( [\w&'.-]+){0,4}? (in|on|at the end of|as of|since) "
        r"(the )?(\d{1,2}(st|nd|rd|th)? )?(january|february|march|april|may|june|july|august|september|october|"
        r"november|december|(19|20)\d\d)\b",
        # an address that takes no mail at all, by design ("You have replied to a no-reply address", "This
        # address is used for sending automated notifications only and does not receive mail", "Journaling
        # mailbox - this address cannot receive messages"): no mailbox for mail to it; not a mailbox that
        # takes none now or from us ("cannot receive messages at this time", "... from external senders":
        # the recipient's state or filter), nor one full or disabled (named first, ``FIRST``)
        r"\b(is|to|reached|replied to) an? (no-?reply|do-?not-?reply|donotreply|send-?only|outgoing[- ]only|outbound[- ]only) "
        r"(e-?mail )?(address|mail ?box|account)\b",
        # (the use named after the match: "sending" said inside it would read as our side, ``OURS_GUARDED``)
        r"(\b(address|mail ?box|account)|<address>>?) (is )?used (only )?for (?=(sending|outgoing|outbound)\b)",
        r"\b((?<!<)address|mail ?box|account|inbox)\b[^.;]{0,40} (does not|doesn't|do not|cannot|can't|will not|won't|is not able to|"
        r"is unable to) (receive|accept|take) (any )?(incoming |inbound |external )?(e-?mails?|mails?|messages?|replies)\b"
        # (the clause ends there: "... from external senders", "... at this time", "... with attachments" say
        # which mail or when)
        r"(?=\s*([.;,:!)\-–]|$|\(|(and|but|please|so|for (help|support|questions|enquiries|queries))\b))",
        # ... or one whose mail is no longer read ("Messages to helpdesk@... are no longer read", "requests are
        # no longer accepted by email at this address")
        r"\b(is|are) no longer (read|monitored|checked|staffed)\b",
        # ... or whose replies nobody reads ("Nobody reads replies to order e-mails", "Replies to this address are
        # not read"), an address its owner no longer uses, a list or address shut down ("This list address has
        # been shut down", "The cryo-em-users list was closed in March": a list or address, not a person's
        # account, which a closure only suspends)
        r"\b(nobody|no one|no-one) (reads|monitors|answers) (the )?(replies|messages|mail|e-?mails)\b",
        r"\breplies (to [^.;]{0,40})?(are|will) not (be )?(read|monitored|answered)\b",
        r"\bno longer uses? (this|that|the) (e-?mail )?address\b",
        # ... no one uses it ("Nobody at Brightwater Bakery uses that address"), the person moved on from the firm, the
        # mailbox of a person who died ("belonged to the late Pat Gallagher"), a person's own mailbox shut ("retired at
        # Easter and her mailbox is shut down now")
        # ... nobody of that name is there ("Nobody by that name works here anymore", "there is nobody at Eastmarsh
        # District Council with that email address", "we could not find anyone by that name")
        r"\bnobody by (that|this|the) name\b", r"\bno(-| )one by (that|this|the) name\b",
        # ... not at the site, in the words of administrators writing English as a second language ("The user is not
        # available in our domain", "this mail id is not existing in our server")
        *(rf"\b(user|recipient|addressee|mail ?id|e-?mail id|id) is not {state} (in|on|at) (our|this|the) (domain|server|system|organi[sz]ation|mail server)\b"
          for state in ("available", "existing", "present")),
        r"\b(mail ?id|e-?mail id|e-?mail address|user ?id|user|account) is not existing\b",
        r"\bthere is (nobody|no one|no-one|no (member of staff|staff member|employee|person))\b(?:[^.;]|\.(?=\w)){0,60}\b(with|using) (that|this|the) (e-?mail )?address\b",
        r"\b(could not|couldn't|cannot|can't|unable to) find (anyone|anybody|a person|someone) (by|with) that name\b",
        r"\bnobody (at [^.;]{1,40} )?uses (that|this) (e-?mail )?address\b", r"\b(address|mail ?box) is not used by anyone\b", r"(\bhas|'s) moved on from\b", r"\bbelonged to the late\b",
        # ... relieved from services (Indian English: the employment ended), the post abolished ("this extension agent
        # position was eliminated in the budget cuts")
        r"\brelieved from (his |her |the )?(services?|duties|employment)\b",
        # ... a fixed-term post ended ("belonged to a fixed-term staff member whose contract has ended")
        r"\b(whose|his|her|their) (employment )?contract (has )?(ended|expired|finished|terminated)\b",
        r"\b(position|post|role|job) (was |has been |is )?(eliminated|abolished)\b",
        r"\band (his|her|their) (mail ?box|account|e-?mail( address)?|address) (is|has been|was) (now )?(shut down|closed|deleted|"
        r"removed)\b(?! (for|until|till|during|temporarily)\b)",
        # (the noun, never the "<address>" that stands for an address named before other words: "jo@... (Post office is
        # closed)", GroupWise's server closed)
        r"\b(list|(?<!<)address|alias)\b[^.;]{0,40} (has been|was|is) (permanently )?(shut down|closed|discontinued|retired|"
        r"decommissioned|abolished)\b(?! (to|for|until|till)\b)",
        r"no longer accepted (by e-?mail )?(at|by|on|via) this (e-?mail )?address",
        # ("Journaling mailbox: no incoming mail is accepted at this address", "The list ... no longer accepts posts")
        r"\bno (incoming |inbound )?(mail|e-?mails?|messages) (is |are )?accepted (at|by|on|for) this (e-?mail )?(address|mail ?box)\b"
        r"(?=\s*([.;,:!)\-–]|$))",
        r"\bno longer accepts (posts|messages|e-?mails|submissions|any mail)\b",
        # an account or mailbox deleted or removed is gone (not only closed, ``suspended``): "The
        # recipient account has been deleted", "Mailbox has been permanently deleted", "Account removed"
        r"(?<!your )\b(account|mail ?box|e-?mail address) (has been |was |is )?(permanently )?(deleted|removed)\b(?! from (the |this |a |our |your |their )?[\w -]{0,30}?(list|group|newsletter|folder|quarantine))",
        # an account closed and removed ("Account was cancelled and has been removed from our system",
        # "terminated and deleted"): gone
        r"(account|mail ?box) (was |has been )?(closed|cancel+ed|terminated) and (has been |was )?(removed|deleted|purged)",
        # "the account you wrote to has been closed and does not exist anymore"
        # (an IBM host's "550 RECIPIENT USER07 NOT DEFINED TO THIS NODE": no such user id on the node)
        r"\b(recipient|user ?id|user|mailbox)( \S{1,64})? (is )?not defined (to|on|at|in) this (node|system|host)\b",
        # (never across another subject's noun: "... requested by the address x@. That host does not exist any more": the host)
        r"(account|mail ?box|address|user|recipient)\b(?:(?!\b(?:host|domain|server)\b).){0,60} (does not|doesn't) exist (any ?more|any longer)",
        # RFC 5321 551 "User not local"; "550 5.7.1 Recipient is not local" (Sisimai userunknown.rb):
        # the server holds no mailbox for this recipient
        r"recipient (is )?not local\b",
        r"there is no (one|user) (at|by) (this|that)", r"not listed in (the )?(directory|address book)",
        # the address's person named as gone ("Former employee - mail for this address is no longer accepted")
        r"^(\d{3}[ -](\d\.\d{1,3}\.\d{1,3} )?)?former (employee|staff member|member of staff|student|pupil)\b",
        # an account ended and deleted ("This intern account expired at end of placement period and was deleted", "This
        # account belonged to a past pupil and has been deleted"); a person no longer in an organisation's service
        r"\b(account|mail ?box|(?<!<)address)\b[^.;]{0,80}\band (was|has been) (deleted|removed)\b",
        r"\bno longer in the (services?|employ(ment)?) of\b", r"\bdisengaged from the (company|organi[sz]ation|firm|bank)\b",
        r"\brelieved from the (company|organi[sz]ation|firm|bank)\b",
        # ("Mr. X has separated from the organisation": HR's word in Indian English for one who left)
        r"\b(has|have|had) separated from the (company|organi[sz]ation|firm|bank|institute|university)\b",
        r"\b(employee|staff member|user) (has )?separated\b(?! (the|its|his|her) )", r"\bmail ?box is no more in use\b", r"\bex-(student|employee|staff|pupil)s?\b",
        # an address's forwarding ended ("The lifetime e-mail forwarding service ended", "Mail forwarding for this address
        # expired ... No forwarding address is available")
        r"\bforwarding (service )?(has )?(ended|stopped)\b", r"\bforwarding\b[^.;]{0,40}\b(expired|ended|stopped) on\b",
        # an address, mailbox or forwarding ended for good ("The accounts shared mailbox has been decommissioned", "Lifetime
        # forwarding for this address was discontinued", "This role account has been discontinued")
        r"\b(mail ?box|account|address|alias|forwarding)( [\w.-]+)? (has been|was|is|is being) (decommissioned|discontinued|retired)\b",
        # ("Recipient not in our directory, please check the spelling")
        r"(recipient|user|addressee|address) (is )?not (found )?in (our|the) (user |staff |company )?(directory|address book)\b",
        # (a gateway's field for the recipient and its reason, cc:Mail's "Recipient: PERKINS, ANNE / Reason: Not found in
        # directory")
        r"\b(recipient|addressee)\b[^.;]{0,40}\breason: not found in (the |our )?directory\b",
        r"destination (address|mail ?box) (is )?(invalid|unknown|unavailable)",
        r"sorry,? (no mail ?box|that user|this user)", r"user lookup (failed|error)",
        r"user doesn't have", r"unknown user account", r"mail ?box not found", r"no such address",
        # (never Exchange's "the destination e-mail system for the recipient is unknown": the system, ``host_unknown``)
        r"(address|mail ?box|recipient)(?<!system for the recipient) (is )?(invalid|unknown)\b", r"addressee unknown",
        r"dosn't exist|does not exist on this (server|system)", r"delivery failed,? no such",
        r"is not a known user", r"no account (by|with) that name", r"(?<!domain name in the )(?<!domain name in the e-mail )(?<!domain name in the email )(e-?mail )?address is (wrong|incorrect)", r"e-?mail address (was |is )?not found",
        r"address (was |is )?not found in (the |our )?(recipient'?s? )?(e-?mail |mail )?(system|directory|domain)",
        r"(account|address|mail ?box|user|recipient) (that )?you (tried|are trying|attempted|wanted) to (reach|contact|write to|send to|e-?mail) (does not|doesn't|did not|no longer) exists?",
        # the name between the noun and the verdict ("user jdoe was not found", "rcpt (jdoe) doesn't
        # exist", "<jdoe@x.example> not found"): an address is masked as <address> before matching;
        # never the sender's ("sender address <address> does not exist" is ours)
        # (not the sender's: "sender / from <noun>", checked after the noun, where it is cheap)
        r"(user|recipient|mail ?box|account|rcpt|addressee)(?<!system for the recipient)(?<!sender user)(?<!sender recipient)(?<!sender mailbox)(?<!sender mail box)(?<!sender account)(?<!sender rcpt)(?<!sender addressee)(?<!from user)(?<!from recipient)(?<!from mailbox)(?<!from mail box)(?<!from account)(?<!from rcpt)(?<!from addressee)(?<!from: user)(?<!from: recipient)(?<!from: mailbox)(?<!from: mail box)(?<!from: account)(?<!from: rcpt)(?<!from: addressee)" + _NOT_DOMAIN_OF + r" ((?!(domain|host|server|system|ip|service)\b)\S{1,64} |\( ?\S{1,64} ?\) )"
        r"(was |is )?(not found|unknown|(does not|doesn't|did not|do not) exists?|not exists?|not ok)\b",
        # BMH rule table (PHPMailer-BMH phpmailer-bmh_rules.php, "unknown" rules): a user that is no
        # member of the domain, an account "here" that the user does not have
        r"not a member of (this |the )?domain", r"(does not|doesn't) have an? (.{1,80} )?account\b",
        # (not "<address> Unknown host or domain name": the words after it are about its domain)
        r"(?<!sender )(?<!sender address )(?<!from )(?<!from: )<address>>?:? (was |is )?(not found|unknown(?! (host|domain|mail domain|mailer|system)\b)|(does not|doesn't|did not) exist)\b",
        r"(user|recipient|mail ?box|account|address) not exists?\b", r"mail ?box (is )?not present",
        r"(user|mail ?box|home) (path|directory) (does not|doesn't|no|not) exists?\b",
        r"no (mail ?box|account|user|recipient) (was )?found", r"unknown (e-?mail|mail) address",
        r"\b(user|recipient|mailbox)[-_]?(unknown|not[-_]?found)\b", r"\b(invalid|unknown)[-_](user|recipient|mailbox)\b",
    ],
    # phrases that name the recipient as the problem without saying it does not exist: they
    # count only when the reply answered RCPT TO (RFC 5321 section 3.3)
    "user_unknown_weak": [
        r"recipient address rejected", r"address rejected", r"recipient rejected", r"mail ?box unavailable",
        r"(address|mail ?box) (is )?(unavailable|not available)", r"requested action not taken: mailbox",
        r"no valid recipients?", r"invalid (recipient|address|mail ?box)", r"recipient (address )?cannot be verified",
        r"(recipient|rcpt) (is )?(not (ok|accepted)|rejected)\b",
    ],
    # a block named only by the product that refused or the sending IP it names ("550 5.1.1 Recipient
    # rejected (Barracuda)", T-Online's "554 IP=192.0.2.25 - A problem occurred"): a refusal of our side
    # when no other words name the cause, never a cause against words that do ("Rate limit exceeded -
    # Barracuda Rate Control", "virus found (Barracuda Antivirus)"); nor may an addressing code beside
    # them make the recipient unknown (classifier: ``blocked_weak``)
    # (not Exchange Online's "[LastAttemptedIP=198.51.100.80:25]": the server it tried, not ours)
    # an attachment named by a type that runs code (a program, a script, a macro document: "la pièce jointe
    # « facture.exe » est interdite", "anexos do tipo .js não são permitidos", "(.docm .xlsm .pptm)"): the type
    # is the cause in any language, a site's attachment policy, when no other words name one (a virus, spam,
    # "a bad attachment" come first; classifier ``_AS``)
    "attachment_type": [
        r"\.(exe|scr|pif|vbs|vbe|jse|wsf|hta|lnk|ps1|docm|xlsm|pptm)\b", r"\.js\b",
    ],
    # Exim's refusal by an ACL with no message of its own ("550 Administrative prohibition", src/acl.c's default text): the
    # site refused us, whatever its rule was; a cause the words name besides decides ("Administrative prohibition -
    # attachment type blocked by policy")
    # (Exim's "Administrative prohibition", and the same said "Prohibited by administrator": the site's refusal, no cause)
    # (and in Spanish, French, Italian, Portuguese, German: "Prohibido por el administrador", "Interdit par l'administrateur",
    # "Proibito dall'amministratore", "Proibido pelo administrador", "Vom Administrator verboten")
    # (Dutch "Verboden door de beheerder", Polish "Zabronione przez administratora"), at the head of the reply
    "rejected_weak": [r"administrative prohibition",
                      # (the one refused may be named first: "553 5.7.1 Remetente proibido pelo administrador", "Sender
                      # prohibited by administrator")
                      r"^(\d{3}[ -](\d\.\d{1,3}\.\d{1,3} )?)?((sender|recipient|message|remetente|remitente|destinat(á|a)rio|mensagem|"
                      r"mensaje|absender|empf(ä|ae)nger|nachricht|exp(é|e)diteur|destinataire|mittente|destinatario|messaggio) )?"
                      r"(prohibited by (the )?administrator|prohibido por el administrador|"
                      r"interdit par l'administrateur|proibito dall'amministratore|proibido pelo administrador|vom administrator verboten|"
                      r"verboden door de beheerder|zabronione przez administratora)\b"],
    # Exchange 2000-2003's "#5.4.0 The destination e-mail system for the recipient is unknown or invalid" and its translations
    # (Exchange 5.5's IMS wrote it too): the recipient's domain, whatever "the recipient ... unknown" inside the same sentence
    # would say (classifier: decided first)
    "destination_system": [
        r"destination (e-?mail |mail |messaging )?system (for the recipient )?is (unknown|invalid)",
        # (the recipient's host not found by name, Post.Office / InterMail: "Your message was not delivered because the destination
        # computer was not found", whatever its list below, "The following destination addresses were unknown", says of them)
        r"\bdestination (computer|host|machine|system|server) (was |could )?not (be )?found\b",
        # (the recipient named "of" or "for": "du destinataire" / "pour le destinataire", "del" / "para el", "del" / "per il")
        r"\bsyst(è|e)me de messagerie de destination ((du|pour le) destinataire )?est inconnu\b",
        r"\bziel-?e-?mail-?system (des empf(ä|ae)ngers |f(ü|ue)r den empf(ä|ae)nger )?ist unbekannt\b",
        r"\bsistema de correo (electr(ó|o)nico )?de destino ((del|para el) destinatario )?es desconocido\b",
        r"\bsistema di posta (elettronica )?di destinazione ((del|per il) destinatario )?(è|e) sconosciuto\b",
        r"\bm(å|a)l-?e-?postsystem er ukjent\b", r"\bmottagarens e-?postsystem (är|ar) ok(ä|a)nt\b",
        r"\bm(å|a)lets e-?postsystem (f(ö|o)r mottagaren )?(är|ar) ok(ä|a)nt\b",
        r"\bc(í|i)lov(ý|y) e-?mailov(ý|y) syst(é|e)m p(ř|r)(í|i)jemce je nezn(á|a)m(ý|y)\b",
        r"\bcie(ľ|l)ov(ý|y) e-?mailov(ý|y) syst(é|e)m (pr(í|i)jemcu )?je nezn(á|a)my\b",
        # (Romanian "Sistemul de poștă electronică de destinație (pentru destinatar) este necunoscut")
        r"\bsistemul de po(ș|ş|s)t(ă|a) electronic(ă|a) de destina(ț|ţ|t)ie (pentru destinatar )?este necunoscut\b",
        r"\bsistema de correu (electr(ò|o)nic )?de destinaci(ó|o) (del destinatari )?(é|e)s desconegut\b",
        r"поштова система одержувача невідома", r"\bgalam(ē|e)r(ķ|k)a e-?pasta sist(ē|e)ma nav zin(ā|a)ma\b",
        r"宛先電子メール ?システムが不明",
        # (Exchange's sentence in Greek "Το σύστημα ηλεκτρονικού ταχυδρομείου προορισμού για τον παραλήπτη είναι άγνωστο",
        # Turkish "Alıcının hedef e-posta sistemi bilinmiyor", Indonesian "Sistem email tujuan untuk penerima tidak dikenal",
        # Polish "Docelowy system poczty e-mail adresata jest nieznany", Dutch "Het doel-e-mailsysteem voor de ontvanger is
        # onbekend", Portuguese "O sistema de e-mail de destino do destinatário é desconhecido", Hungarian "A címzett cél e-mail
        # rendszere ismeretlen", Russian "Почтовая система получателя неизвестна", Finnish "Vastaanottajan
        # kohdesähköpostijärjestelmä on tuntematon", Danish "Modtagerens destinationsmailsystem er ukendt", Chinese
        # "收件人的目标电子邮件系统未知", Korean "받는 사람의 대상 전자 메일 시스템을 알 수 없")
        r"σ(ύ|υ)στημα ηλεκτρονικο(ύ|υ) ταχυδρομε(ί|ι)ου προορισμο(ύ|υ) (για τον παραλ(ή|η)πτη )?ε(ί|ι)ναι (ά|α)γνωστο",
        r"\bhedef e-?posta sistemi (bilinmiyor|ge(ç|c)ersiz)", r"\bsistem (e-?mail|surel|surat elektronik) tujuan\b(?:[^.]|\.(?=\w)){0,30}\btidak dikenal\b",
        r"\bsystem poczty e-?mail (adresata )?jest nieznany\b",
        # (the same sentences as later Exchange versions and other translators word them: Romanian "sistemul de e-mail de
        # destinație este necunoscut", Spanish "se desconoce el sistema de correo electrónico de destino")
        r"\bsistemul de e-?mail de destina(ț|ţ|t)ie (pentru destinatar )?este necunoscut\b",
        r"\bse desconoce el sistema de correo (electr(ó|o)nico )?de destino\b", r"\bdoel-?e-?mailsysteem ((voor|van) de (ontvanger|geadresseerde) )?is onbekend\b",
        r"\be-?mailsysteem van de bestemming is onbekend\b", r"宛先の電子メール ?システムが不明",
        r"\bsistema de e-?mail de destino (do destinat(á|a)rio )?(é|e) desconhecido\b", r"\bc(é|e)l e-?mail ?rendszere ismeretlen\b",
        r"почтовая система (получателя )?(неизвестна|недопустима)", r"\bkohdes(ä|a)hk(ö|o)postij(ä|a)rjestelm(ä|a) on tuntematon\b",
        r"\bdestinationsmailsystem (er )?ukendt\b", r"目标电子邮件系统未知|目標電子郵件系統未知", r"대상 전자 ?메일 시스템을 알 수 없",
    ],
    "blocked_weak": [
        # Trustwave MailMarshal names itself in every notice it sends, whatever rule stopped the message
        # ("MailMarshal ... has stopped the following message ... Rule: Block Executable Attachments", "Rule:
        # Recipient validation - reject unknown recipients"): the rule's cause decides, even an unknown
        # recipient; the product alone names a block of our mail ("Rejected by MailMarshal SpamProfiler"
        # stays spam, knowledge/providers.py)
        r"mailmarshal",
        # an address said blocked at the head of the reply ("550 5.1.1 <jo@example.org> is blocked"): ours or
        # the recipient's, the reply does not say whose; a refusal with no cause, never a missing mailbox
        r"^(\d{3}[ -](\d\.\d{1,3}\.\d{1,3} )?)?<?<address>>? (is|has been|was) (temporarily )?(blocked|locked)\b",
        r"barracuda",
        # (not Exchange's "{IP=192.0.2.200}" in a QUEUE.Expired diagnostic: the destination it last tried)
        r"(?<!attempted)(?<!attemptedserver)(?<!\{)ip=\s?\d+\.\d+\.\d+\.\d+",
        # "blocked by our Spam Firewall" (the product's name): a block, its cause named elsewhere or not
        r"blocked by (our|the) (barracuda )?spam ?firewall",
        # who is refused, said without a cause ("connection rejected from 192.0.2.1", "your IP ..."):
        # the cause the reply gives besides decides ("... Error Code: CXCNCT - too many concurrent
        # connections", "Your IP has exceeded its limit of recipients per hour"), a block otherwise
        r"connection (rejected|denied) from", r"your (ip|server|host|mail server)\b",
        # a refusal whose only object is an IP address ("554 5.7.1 - ERROR: Mail refused - <192.0.2.7>")
        r"(refused|rejected|blocked|denied)(?<!connection refused)(?<!connection rejected)(?<!connection blocked)"
        r"(?<!connection denied)\W{1,6}\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b(?!:\d)",
        # ... or the address first ("554 5.7.1 192.0.2.57 rejected - AUP#BL1", Spectrum's error pages)
        # (not a host that refused our connection: "[192.0.2.203] refused the connection", the network)
        r"[\s\[(<:=]\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}[\]>)]? (is |has been |was )?(refused|rejected|blocked|denied|banned|"
        r"not (allowed|permitted|authori[sz]ed) to (send|connect|deliver))\b(?! (the |a |our |your |this )?connection)"],
    "filtered": [
        # the recipient's own Sieve script, or the recipient's choice, named as what refused it ("550 5.7.1 Rejected by Sieve:
        # <the owner's words>", "the recipient has chosen to refuse your mail")
        r"\brejected by (a |the |the recipient's |the user's )?sieve\b", r"\brecipient has chosen to (refuse|reject|block)\b",
        # ... or a rule the person set ("the recipient has configured a spam rule to reject mail from this sender", "the user has
        # set up a filter that bounces your messages"): the person's own rule, however it names its kind
        r"\b(recipient|user|addressee|mailbox owner) has (configured|set up|created|defined|added) an? (spam |mail |e-?mail |inbox |"
        r"custom |sieve |personal )?(rule|filter)\b(?:[^.;]|\.(?=\w)){0,40}?\b(reject|refuse|block|bounce|return)",
        # ("Recipient has reported mail from this sender as spam and chose to block it": the person's own choice)
        r"\b(recipient|user|addressee) (has )?(reported|marked)\b[^.;]{0,60}\band chose to (block|refuse|reject)\b",
        # ("this recipient marked earlier messages from your address as junk and has added you to their blocked senders")
        r"\bhas added you to (their|his|her|his or her) (personal )?(blocked senders?|block ?list|black ?list|deny ?list)\b",
        # (Exchange's "RESOLVER.RST.SenderBlockedByRecipient; sender is on the recipient's junk email block list": the person's list)
        r"\bsenderblockedbyrecipient\b", r"\brecipient'?s junk (e-?mail |mail )?(block|blocked senders?) ?list\b",
        # (a Japanese carrier's refusal by the recipient's own reception settings, "Rejected by the recipient's reception settings (mail
        # from PC/specified domain refused)", "受信拒否設定", "受信設定により拒否")
        r"\brecipient'?s reception settings?\b", r"受信拒否設定", r"受信設定により",
        # ("the recipient's personal mail filter refuses mail from this sender": the person's own filter; never the recipient's
        # spam filter, a judgement of the content)
        r"\b(recipient|user|addressee)('s)? (own |personal )(e-?mail |mail )?(filter|filtering rules?)\b",
        # the sender on the recipient's own list of blocked senders ("Sender is on the recipient's personal blocked list",
        # "Sender address is in the recipient's blocked list. Mail rejected by user settings."): a person's choice, the mailbox
        # exists (an organisation's list is its policy: "the organization's block list")
        *(rf"\b(recipient|user|addressee)['’]?s (personal |own |private )?{kind}\b"
          for kind in ("blocked (senders? )?list", "block ?list", "deny ?list", "black ?list")),
        # ... said as the person's deed ("The message was blocked because the recipient has placed your address on his or her
        # blacklist", cPanel's BoxTrapper)
        r"\b(recipient|user|addressee) has (placed|put|added) your (e-?mail )?address (on|to) (his|her|his or her|their) "
        r"(personal |own )?(black ?list|block ?list|blocked senders? list|deny ?list)\b",
        # a person's own filter named in the first person ("This address doesn't take newsletters. My filter bounced yours.")
        r"\bmy (own |spam |mail |e-?mail )?filter\b", r"\b(my|a) personal (mail |e-?mail |spam )?filter\b",
        # the sender blocked by the recipient ("sender news.example is blocked by this user")
        # (not "by the recipient organisation": its administrators, no person's own choice)
        r"(is|has been|was) blocked by (this|the) (user|recipient|addressee)\b(?!['’]s)"
        r"(?! (organi[sz]ation|company|domain|server|system|administrators?|mail server)s?\b)",
        # the recipient's own list of senders ("you are not on my list of allowed senders", "nicht auf
        # meiner Liste zugelassener Absender"): a person's choice, the mailbox exists
        r"not (yet )?on my (personal )?(list of )?(approved|allowed|known|trusted|accepted|verified|permitted) senders",
        # AOL's Mail Controls and Parental Controls, the member's own settings of whom to take mail from (AOL's
        # help: "Mail Controls"; its bounces "... could not be delivered because they are not accepting mail from x")
        r"\b(mail|parental) controls\b",
        # mail taken only from the senders in the recipient's own address book or contacts
        r"only (accepts?|allows?|receives?) (mail|messages|e-?mails?) from (senders |people |addresses )?(in|on) "
        r"(his|her|their|its|the recipient'?s) (address ?book|contacts?( list)?)",
        r"nicht auf meiner liste (bekannter|zugelassener|erlaubter|bestätigter|bestaetigter|vertrauenswürdiger) absender",
        r"(rejected|refused|blocked|denied) by (the )?(recipient|user|receiver|domain|mailbox)(?:'?s)? ((personal|own|private) )?"
        # (Japanese carriers' "domain designation" reception, 指定受信: the person's own list of domains it takes mail from)
        r"((mail|e-?mail|inbox|mailbox|reception|receiving|receipt|sieve|domain designation) )?(filter|filtering|setting|preference|policy|rule)",
        # (not "invalid user settings": Dovecot's own configuration error, a system_error in mtas.py)
        r"(recipient|user|receiver|addressee)(?<!invalid recipient)(?<!invalid user)(?<!invalid receiver)(?<!invalid addressee)"
        # (a setting named by what it takes: the Japanese carriers' "recipient's designated-domain reception filter
        # setting", 指定受信, mail taken from the domains the subscriber chose)
        r"(?:'?s)? ([a-z]+-[a-z]+ )?((e-?)?mail )?(reception |receiving )?(filter|filtering|preferences?|settings?|policy)",
        # ... the recipient's own rule on whom to take mail from ("the recipient accepts mail only from specified domains",
        # "... only from people in their contact list")
        r"\bthe recipient (only )?accepts (mail|messages|e-?mails?) (only )?from\b",
        r"(accepts?|allows?|receives?) (mail|messages|e-?mails?) only from (senders |people |addresses )?(in|on) (his|her|their|its|"
        r"the recipient'?s) (own )?(address ?book|contacts?( list)?|contact list)",
        # (not "content filtered by policy": the receiving organisation's content policy, no person's filter)
        # (nor "filtered as spam": the content judged, ``spam_detected``)
        r"(?<!content )filtered(?! by (the |our |local |site |domain )?(policy|policies|content|security|anti-?spam|spam))"
        r"(?! as (spam|junk|bulk))",
        r"refused due to recipient preferences", r"you have been blocked by the recipient",
        # the person refuses it, or set a filter of their own ("Recipient refuses mail from this sender", "Mail from this
        # address is not wanted by the recipient", "Rejected by a filter the mailbox owner created", "jo@example.org has
        # blocked mail from your address")
        r"\b(recipient|user|addressee) refuses (to receive )?(this |your |the )?(e-?mails?|mail|messages?)\b",
        r"\bnot wanted by the (recipient|user|addressee|mailbox owner)\b",
        r"\bfilter (that |which )?the (mailbox owner|recipient|user|addressee) (has )?(created|set up|defined)\b",
        r"(<?<address>>?|[^\s@<>]+@[^\s@<>]+) has blocked (e-?mails?|mail|messages) from (you\b|your (e-?mail )?address|this sender)",
        # the recipient's own allow list ("Sender not in recipient's whitelist", "refused by the recipient's personal
        # whitelist filter"), and a person who wants none of it ("Recipient doesn't want your mail", Sisimai filtered.rb
        # "user refuses to receive this mail"; "This recipient does not accept mail from mailing lists")
        r"\b(recipient|user|addressee|mailbox owner)(?:'?s)? (personal |own |private )?(white ?list|allow ?list|safe ?senders? list)",
        r"\b(recipient|user|addressee) (does not|doesn't|do not|don't) (want|wish to receive) (your|this|these|the) "
        r"(e-?mails?|mail|messages?)\b",
        r"\b(recipient|user|addressee|person|mail ?box|address) (does not|doesn't) (accept|want|take) (e-?mails?|mail|messages|posts) "
        r"from (mailing lists|lists|newsletters|bulk senders|marketing senders)\b",
        #    ... or from us by name ("Recipient does not accept mail from <news@shop.example> (personal block list)")
        r"\b(recipient|user|addressee|mailbox owner) (does not|doesn't|will not|won't) accept (e-?mails?|mail|messages) from "
        r"(<?<address>>?|[^\s@<>]+@[^\s@<>]+|you\b|your (e-?mail )?address|this sender)",
        # ... and one that takes mail from the senders it approved only ("This school account can only receive email
        # from approved senders", as "only accepts mail from approved senders")
        r"\bonly (receive|accept)s? (e-?mails?|mail|messages) from (approved|known|trusted|whitelisted|allowed|accepted) "
        r"(senders|contacts|correspondents|addresses)\b",
        # the recipient's own list of whom it takes mail from ("not allowed to receive mail from you",
        # "not on the recipient's approved senders list", Exchange 5.7.129 RestrictedToRecipientsPermission)
        r"(recipient|mail ?box|user|<address>>?)( \S+){0,2} (is |are )?(not allowed|not authori[sz]ed|not permitted) to "
        r"(receive|accept) (mail|messages?|e-?mails?) from (?!\d|\[|your (ip|network|host|server)|unauthenticated)",
        r"(recipient|mailbox)(?:'?s)?( mailbox)? has rejected (this|the|your) sender",
        r"approved senders? list",
        r"recipient(?:'s)? list of (approved|allowed|accepted|permitted|safe|trusted) senders",
        r"access denied by (the )?recipient(?!'?s? (mail )?(server|mta|host|system|domain))",
        r"restrictedtorecipientspermission",
        # "mail from unknown senders is not accepted by this mailbox owner": the owner's own setting
        r"(not accepted|refused|rejected|blocked) by (this|the) (mail ?box|account) owner",
        # ... or by the recipient's own junk-mail settings ("message refused by recipient's junk mail settings": Outlook's
        # per-user Junk Email options, the person's choice)
        r"\b(by|per) (the )?recipient'?s?( own)? (junk|spam)( mail| e-?mail)? (settings|options|preferences|rules)\b",
        # ... or the recipient's rule of known senders ("Recipient accepts mail from known senders only")
        r"\brecipient (only )?accepts (mail|e-?mails?|messages) (only )?from (known|approved|trusted|allowed) senders\b",
        # (nor senders of a kind the site requires, "only accepts mail from senders with a resolvable domain": its technical
        # rule, about our side)
        r"only accept(ing|s)? (mail|e-?mail|messages) from(?! senders (with|whose|that)\b)(?! (authenticated|tls|encrypted|secure|ssl|internal|within|inside|"
        r"school|staff|employees|registered|users (of|in|within)|members of|the (university|school|college|company|"
        r"organi[sz]ation|domain|department)|[^.;]{0,40}\b(domains|networks|organi[sz]ations|partners|institutions)\b|"
        # (nor the organisation's own customers, clients or suppliers: "We only accept email from customers on our database")
        r"[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b|(our |registered |existing )?(customers|clients|suppliers|vendors|contractors)\b))",
        r"user reject",
        # a person's address that takes no mail ("550 jo@example.org is not accepting any mail",
        # Sisimai filtered.rb): the owner's setting, the mailbox exists; a domain or host saying it is
        # ``not_accept``
        r"(<address>|[^\s@<>]+@[^\s@<>]+)>? (is )?not accepting (any )?(e-?)?mail\b(?! from)",
        # ... the mailbox itself said not to take mail now ("Staff member on long-term leave, mailbox not accepting
        # messages"): it exists, its owner or keeper set it so (a domain that takes none is ``not_accept``)
        r"(mail ?box|account|inbox) (is )?(currently |temporarily )?not accepting (any )?(new )?(messages|mail|e-?mails?)\b(?! from)",
        # blocked because the recipient asked for it ("blocked at the recipient's request", "the recipient has
        # asked us to block your messages")
        r"at the (recipient|user|addressee|mailbox owner|owner)'?s request", r"(recipient|user|addressee) has asked (us )?to block",
        # ... said of the person by name ("Jack has asked not to receive email from your organisation. Message refused at
        # his request.")
        r"\b(has|have) asked (us )?not to (receive|get) (any )?(e-?mails?|mail|messages|newsletters)\b",
        r"\brefused at (his|her|their) (own )?request\b",
        # "550 5.7.1 Message rejected by the recipient": the person refused it; not something of
        # theirs ("the recipient's server / anti-spam system" is no person's choice), nor a heading
        # whose text gives the cause ("Rejected by the recipient: user unknown")
        r"(rejected|declined|blocked) by (the )?recipient(?:s(?!['\u2019])|(?!s))(?:\(s\))?+"
        r"(?!['\u2019]s\b|\s*:|\s+(mail )?(server|mta|mx|host|system|domain|gateway|organi[sz]ation|network)s?\b)",
        r"recipient (has )?(refused|rejected|blocked) (your|this|the)", r"due to the recipient's policy",
        # the recipients themselves take no mail from this sender (AOL's Mail Controls, a member's own
        # setting: "could not be delivered because they are not accepting mail from <address>")
        r"(recipients?|addressees?|they|(the|this) (user|member|recipient|addressee|mailbox owner)) (is|are) not accepting (e-?)?mail from",
        # the recipient's own list of whom it takes mail from ("accepts mail only from known contacts")
        r"(recipient|user|mailbox owner|addressee) (only )?accepts (e-?)?mail only from (known|approved|trusted|listed|selected|their)",
        # ... in Dutch ("Deze ontvanger accepteert alleen mail van bekende afzenders")
        r"\baccepteert (alleen|uitsluitend|enkel) (e-?)?mail van (bekende|goedgekeurde|vertrouwde) (afzenders|contacten)\b",
        # AOL (postmaster error index, a member's Mail Controls): "user not accepting mail from this sender"
        r"(the )?person you (are )?(writing|sending|mailing) to (has|have) blocked (e-?mails?|mail|messages?) from",
        r"(user|member|recipient|addressee|<address>>?:?( is)?) not accepting (e-?)?mail from (this sender|you\b|your (e-?mail )?address)"
        r"(?![^.;]{0,80}\b(spam|virus|junk))",
        r"domain filter", r"(message|mail) (was )?refused by the recipient(?!['\u2019]s)",
        # a filter *setting* is the person's reception setting (the Japanese carriers' "Recipient rejected by
        # filter setting", "受信拒否設定"): not an organisation's or a server's filter, which is named as such
        r"(rejected|refused|blocked) by (the )?((e-?)?mail |reception |receiving |receipt )?filter settings?\b"
        r"(?! (of|on|at) (the |this |your )?(domain|organi[sz]ation|company|server|system|administrator|gateway))"
        # (nor a spam score it gives: "Rejected by filter setting: spam score 14.2", the content judged)
        r"(?![^.;]{0,40}\bspam)",
        # the recipient refuses this sender: the mailbox exists (Exchange's blocked senders list,
        # providers' per-user block lists)
        # (not "from your country / network / IP": a block of where we send from)
        r"(does not|doesn't|will not|won't|do not) accept (e-?mail|mail|messages?) from (you\b|this sender|"
        r"your(?! (country|region|network|ip|server|host|isp|provider|domain|sending domain)\b)|the sender|this (e-?mail )?address|"
        r"unknown senders)",
        r"(has|have) blocked (you|your (e-?mail|address)|the sender|this sender|your messages)",
        # the person, named as such, blocked this sender ("the recipient has blocked mail from this sender";
        # never "our system / the administrator has blocked mail from you")
        r"(recipient|addressee|mailbox owner|user) (has|have) blocked (e-?mails?|mail|messages?) from "
        r"(you|your (e-?mail )?address|this sender|the sender|this (e-?mail )?address)",
        r"blocked senders? list", r"(user|recipient)(?:'s)? (personal |own |private )?(block|black|deny) ?list",
        # ("the recipient has added your address to their personal list of blocked senders")
        r"\b(personal|own|private) list of blocked senders\b",
        # "550 5.7.1 Sender blacklisted by recipient": the person listed us (not "by the recipient's server")
        r"(sender|you|your (e-?mail )?address) (is |are |was |were |has been |have been )?(blacklisted|blocked|banned) by (the )?recipient\b(?!['\u2019]s)"
        # (not "by the recipient organisation": its administrators, no person's own list)
        r"(?! (organi[sz]ation|company|domain|server|system|administrators?|mail server)s?\b)",
        r"(user|recipient)'s (personal |own |private )?reject ?list",
        # the recipient chose not to receive this mail ("has chosen not to receive mail from you",
        # Willcom "recipient ... refuse to receive mail", AT&T "has restricted SMS e-mail")
        r"(chosen|chose|decided|elected) not to (receive|accept) (e-?mail|mail|messages?)",
        r"(recipient|user|addressee)\b.{0,20} refuse[sd]? to (receive|accept)", r"has restricted (sms )?e-?mail",
        # the recipient takes mail only from inside its organisation (Exchange "RequireSenderAuthentication",
        # groups and mailboxes closed to outside senders)
        r"(does not|doesn't|will not|won't|do not|cannot|can't) (accept|receive) (e-?mail|mail|messages?) from "
        r"(external|outside|internet|unauthori[sz]ed) (senders?|users?|domains?|addresses)",
        r"not (authori[sz]ed|allowed|permitted) to receive (external|outside|internet) (e-?mail|mail|messages)",
        r"(does not|doesn't|will not|won't|do not|cannot|can't) (accept|receive) (external|outside|internet) (e-?mails?|mail|messages)",
    ],
    "rejected": [
        # our sending domain refused as such ("your domain is blocked by policy", "Su dominio está bloqueado")
        # (each written so that its index word is specific: "your domain ", not "domain ", which most replies hold)
        r"\byour domain (is|has been|was) (blocked|banned|refused|rejected|denied)\b",
        *(rf"\byour {kind} domain (is|has been|was) (blocked|banned|refused|rejected|denied)\b" for kind in ("sending", "sender", "email", "e-mail")),
        # ... or on the organisation's own list ("550 5.7.1 Sender domain is on the organization block list", "sender domain in
        # organization blocklist")
        # (the domain may be named between: "Sender domain mail.shop.example is on the organization's deny list")
        r"\bsender domain (<?[\w.-]+\.\w+>? )?(is )?(on|in) (the |an? )?organi[sz]ation(['’]s)? (block ?list|blacklist|deny ?list)\b",
        # ... or our address blocked by the recipient domain's people (Gmail / Google Workspace "550 5.7.1 The user or
        # administrator of example.com has blocked messages from news@shop.example. Message blocked by administrator"): our
        # address refused there, the mailbox exists
        r"\b(user|administrator|admin)( or (the )?(user|administrator|admin))? of \S+ (has|have) blocked (messages|mail|e-?mails?) from\b",
        # ... said by the organisation (AppRiver / Zix: "The recipient organization ... does not accept email from your domain";
        # "The domain has been blocked by the recipient's administrator")
        *(rf"\b(does not|doesn't|do not|don't|will not|won't) accept (e-?mails?|mail|messages) from your {kind}domain\b"
          for kind in ("", "sending ", "sender ", "email ")),
        r"\b(the |your |sender |sending )domain (is|has been|was) blocked by the (recipient['\u2019]s |recipient organi[sz]ation['\u2019]s )?"
        r"(administrator|admin|organi[sz]ation)s?\b",
        # ... or named ("Messages from the sender domain shop.example are blocked by <organisation>")
        *(rf"\b{kind} domain (\S+ )?(is|are|has been|have been|was) (blocked|banned|refused|rejected|denied|blacklisted)\b"
          for kind in ("sender", "sending", "sender's")),
        # (not "Sender blocked: 192.0.2.45 is listed on bl.spamcop.net": the host named, on a list, ``blocked``)
        # (nor "Sender rejected: sending host 192.0.2.7 is listed on ...": a heading, the sending host the refused)
        r"sender (e-?mail )?(address )?(rejected|refused|denied|blocked|blacklisted|invalid|unknown|not allowed|verify failed)"
        r"(?!( error)?\W{1,6}\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b)(?!( error)?\W{1,6}((the|your) )?(sending |client |remote |connecting )?(host|ip|server)\b)",
        # the sender's address named between ("Sender address news@shop.example is blocked by the
        # domain's administrator"): our address refused, whatever the status code says
        # (or without its verb, Comcast's "550 5.1.0 Sender address bounces+x=y@... rejected; sender domain does not resolve")
        r"sender (e-?mail )?address <?(<address>|[^\s@<>]+@[^\s@<>]+)>? ((is|was|has been) )?(rejected|refused|denied|blocked|blacklisted|banned|not allowed)"
        r"(?! by (the )?(recipient|user|addressee|mailbox owner)\b(?!['\u2019]s))",
        # a server refusing mail from our address ("this server does not accept mail from <address>")
        # (the object named after the words: "networks we do not accept mail from." names what it refers back to, the host's
        # list, above)
        r"(server|system|host|site|we) (does not|doesn't|do not|don't|will not|won't) accept (e-?)?mail from"
        r"(?! ((mail )?(servers|hosts|networks) (in|located in|based in) )?your (country|region|network|ip|server|host|isp|provider)\b)(?! ?[.;,!)]| ?$)",
        # our bounce (null sender) refused as backscatter: BATV (RFC draft-levine-smtp-batv) found no
        # valid tag, unsigned or third-party DSNs refused (SonicWall, SpamWall, McAfee "[BOUNCEDENY]")
        r"\bbatv\b", r"(unsigned|third-party) dsns?\b", r"\[bouncedeny\]",
        # Sender ID could not find the purported responsible address (RFC 4407); Exchange's sender
        # filter list; the recipient takes mail only from listed senders
        r"purported responsible address", r"senderfilterconfig", r"isn't on the recipient's list of senders",
        # (not "the Global Bad Senders list": a block list of sending hosts, ``blocked``)
        r"(invalid|bad|unknown|unverified|bogus|forged|illegal) (envelope )?(sender(?! ip)(?!s? list)(?!s\b)|mail from|from address|return path)",
        # Exchange Online 5.2.252 "SendAsDenied; <us> not allowed to send as <from>", Outlook.com 5.7.60
        # "Client does not have permissions to send as this sender": our account may not send as that address
        r"sendasdenied", r"not allowed to send as\b", r"(?:does not|doesn't) have permissions? to send as",
        # our sending account held by the sending service ("Sending paused for this account", "Your
        # account has been temporarily blocked for review", Postmark "... is not a Sender Signature on
        # your account", "your account is pending approval"): the refusal is of us
        r"sending (is )?(paused|suspended|disabled) for (this|your) account",
        r"your account (has been|is) (temporarily )?(blocked|suspended|paused|disabled|restricted) (for review|from sending)",
        r"is not a (confirmed |verified )?sender signature", r"your account is pending approval",
        r"unroutable sender", r"domain of sender address", r"sender (domain|address) (does not exist|not found|must resolve)",
        r"sender(?:'s)? (e-?mail )?domain( name)? (\S{1,100} )?(does not exist|(was |is )?not found|must (exist|resolve)|is not registered|is unknown)",
        r"sender(?:'s)? (address |e-?mail )?domain\b.{0,60}(has no|without|lacks) (a )?(valid )?(mx|dns|a|mx or a)( records?)?\b",
        r"sender verification (failed|failure)", r"sender verify", r"bogus mail from",
        # our sending account at a service not in good standing ("Your account is not in good standing; sending disabled")
        r"\byour (sending |e-?mail )?account (is )?not in good standing\b",
        # a callout to our return address found no mailbox there ("the sender's mailbox <x> is unavailable / could not be
        # verified (sender callout failed)", "sender mailbox <x> does not exist or cannot receive replies (return path
        # unverifiable)"): the unknown mailbox is ours
        r"\bsender[- ]callout\b", r"\breturn path (is )?(unverifiable|could not be verified)\b",
        *(rf"\b{kind} mail ?box\b(?:[^.;]|\.(?=\w)){{0,80}}\b(does not exist|doesn't exist|is unavailable|cannot receive|"
          r"could not be verified|cannot be verified|unverifiable)\b" for kind in ("sender", "sender's")),
        # a callout to our sender address failed ("451 Could not verify sender address: unknown user in
        # sender domain"): the unknown user is ours
        r"(could not|couldn't|cannot|can't|unable to|failed to) verify (the )?(envelope )?sender",
        r"envelope (sender|from) (rejected|refused|blocked|invalid)",
        # (Mimecast's "550 Administrative prohibition envelope blocked": our envelope sender on the site's block list)
        r"administrative prohibition\W{0,4}envelope blocked",
        # (with an adverb between: "Sender address administratively rejected")
        # (the adverbs an administrator's refusal carries; not "previously", a report of an earlier
        # refusal, nor "temporarily ... greylisted", which is greylisting: ``rate_limited``)
        r"sender (e-?mail )?address (has been |was |is )?(administratively|permanently|explicitly|manually|automatically|"
        r"globally|locally) (rejected|refused|denied|blocked)",
        r"sender (e-?mail )?address (has been |was |is )?temporarily (rejected|refused|denied|blocked)(?![^.]{0,40}gr[ae]y-?list)",
        # our own sending account closed or blocked by the receiving (or relaying) system: a refusal of the
        # sender, not the recipient's mailbox ("554 5.7.1 <bounces@example.com>: Sender account is disabled")
        r"(sender(?:'s)?|sending) (account|mail ?box)( <address>)? (has been |is |was )?(disabled|suspended|deactivated|locked|blocked|inactive)",
        # the domain of our address does not resolve ("553 5.1.2 The domain in the sender address ... does not resolve")
        r"domain (in|of) (the |your )?sender(?:'s)? (e-?mail )?address\b.{0,60}(does not (exist|resolve)|not found|unresolvable|"
        r"cannot be resolved|is (unknown|invalid))",
        r"(null|empty) (envelope )?sender", r"(sender(?:'s)?|from|your) (e-?mail )?(address|domain) .{0,40}(has been )?blacklisted",
        r"your (e-?mail )?address has been (blacklisted|blocked|banned)",
        # our domain's mail refused as such ("Mail from your domain shop.example is not accepted on this server")
        r"\b(mail|e-?mails?|messages) from (your|the) (sender |sending )?domain\b(?:[^.;]|\.(?=\w)){0,60}?\b(is |are )?(not accepted|"
        r"not (permitted|allowed)|refused|rejected|blocked|banned)\b",
        # our own account closed, terminated or not live ("your Microsoft account has been closed", "Sender account
        # pending activation - sending disabled"): a refusal of us, no recipient's mailbox
        r"\byour (\S+ )?(account|mail ?box) (has been |was |is )?(closed|terminated|cancell?ed)\b",
        r"\b(sender(?:'s)?|sending) account\b[^.;]{0,20} (is |has )?(pending |awaiting |not (yet )?(been )?)activat",
        # our domain or address on the site's own list ("Sender domain news.shop.example is on our local blocklist")
        r"\b(sender(?:'s)?|sending|your)( e-?mail)? (domain|address)( \S{1,100})? (is )?(listed )?(on|in) (our|the|this site's|a) "
        r"(local )?((sender |sending )?domain )?(block|black|deny|reject) ?list",
        # our domain or address blocked by the recipient's administrators or organisation ("your sending domain
        # shop.example has been blocked by the recipient's administrator", Google Workspace "The user or
        # administrator of example.org has blocked messages from your domain"): our address refused, whatever
        # code comes with it; not a person's own list ("blocked by the recipient": ``filtered``)
        r"\b(your|sender(?:'s)?|sending)( sending)?( e-?mail)? (domain|address)( \S{1,100})? (has been |is |was )?(blocked|"
        r"blacklisted|banned) by (the )?(recipient(?:'s|s')? )?([\w&'.-]+ ){0,3}(administrators?|admins?|organi[sz]ation|company|"
        r"it department)",
        r"\badministrators? of \S+ (has|have) blocked (messages|mail|e-?mails?) from your (domain|(e-?mail )?address)",
        r"sending (address|domain) (not accepted|rejected|refused)", r"sender not pre-approved",
        # mail from our organisation, our kind of address or our own address refused ("Mail from your organisation is not
        # accepted here", "Mail from freemail addresses (gmail, hotmail) is not accepted by the council"; German
        # "Nachrichten von Ihrer Absenderadresse werden nicht angenommen")
        r"\b(mail|e-?mails?|messages) from (your|this) (organi[sz]ation|company|domain|(sender |e-?mail )?address)\b[^.;]{0,20} "
        r"(is|are) not (accepted|allowed|permitted)\b",
        r"\b(mail|e-?mails?|messages) from (free ?mail|webmail|free e-?mail) (addresses|accounts|providers|services)\b[^.;]{0,60} "
        r"(is|are) not (accepted|allowed|permitted)\b",
        r"\b(nachrichten|e-?mails?|mails) von ihrer (absenderadresse|absenderdomain|domain|adresse|organisation|firma)\b"
        r"[^.;]{0,60}\bnicht (angenommen|akzeptiert|zugelassen)\b",
        # (not an IP address that may not send, "203.0.113.14 is not allowed to send mail": the host, ``blocked_weak``)
        # (not our IP range or country refused: "Your country IP range is not allowed to send mail", a block of the host)
        r"not(?<!\d is not)(?<!\d\] is not)(?<!range is not)(?<!ranges are not)(?<!country is not) allowed to (send|post)",
        # a group that takes posts from its members only (Google Groups: "the group you tried to contact
        # may not exist, or you may not have permission to post messages to the group"; Sisimai reads
        # the notice as the poster refused): our sender lacks the right, the group address may work
        r"(do not|don't|may not|might not|does not|doesn't) have (the )?permissions? to post",
        # a list or distribution group that takes posts from some senders only (Sendmail's and Exchange's
        # "Posting restricted to list members", ezmlm's "Sorry, only subscribers may post", "only internal
        # senders may post to this distribution list"; RFC 3463 X.7.2 "the sender is not authorized to
        # send a message to the intended mailing list"): our sender lacks the right
        r"(posting|posts?|mail|sending|submissions?) (to (this |the )?(list|group|[^\s]+) )?(is )?(restricted|limited) to (the |its )?"
        # (the members may be named by what they are: "Posting to board@... is limited to board members")
        r"(list'?s? |group'?s? |board |committee |club )?(members|subscribers|moderators|owners|senders (within|inside|in|from))",
        r"(list|group) (only )?accepts? (posts|mail|messages) (only )?from (its |the )?(members|subscribers)",
        r"(messages|posts|mail) to this (list|group) are (only )?accepted (only )?from (its |the )?(members|subscribers)",
        r"\bnon-?(subscribers|members) (cannot|can't|can not|may not|are not allowed to) (post|send|write)\b",
        # (the list's name may take a few words: "Only members of the Villa Rosa residents' list may post here")
        # (not "members of staff": an organisation's own people, its rule below)
        r"only (the )?(list |group )?(subscribed |registered )?(members|subscribers|moderators)(?! of staff\b)( of (the |this )?\S{1,64}( \S{1,64}){0,4}?)? "
        r"(may|can|are (allowed|permitted) to) (post|send|write)",
        # our address that the server could not verify ("Your sender address could not be verified")
        r"sender( e-?mail)? address could not be verified",
        # Outlook.com's verdict on our own sending account ("STOREDRV.Submission.Exception:OutboundSpamException
        # ... Actual verdict is Suspend"): the account that sends is refused (its quota verdict, RefuseQuota, is
        # our rate, ``sender_limit``)
        r"outboundspamexception",
        r"from address (is )?(rejected|invalid|not allowed)", r"return path (is )?(invalid|rejected)",
        r"sender (is |was )?(found )?(on|in) (the |our |my |a )?(block|black|deny|blocked) ?list", r"sender (is )?(a )?spammer",
        r"you are (not allowed|not authori[sz]ed) to (send|post|use)", r"your access to submit messages",
        r"sender (is )?not (pre-?)?(approved|permitted|authori[sz]ed)", r"sending this from a different address or alias",
        r"from: domain is invalid", r"sender (address )?domain (is )?(invalid|unresolvable|empty|not found)",
        # the sender's domain or address named, then refused by a list or an administrator ("sender domain
        # news.example is blocked by the administrator", "the sending domain news.example is on our deny
        # list"): a refusal of the sender, however the reply opens ("mailbox unavailable", "address rejected")
        # (a domain or an address named, never an IP address, "The sender 192.0.2.25 is banned", nor "the sending
        # server is on a blocklist": the host, ``blocked``)
        # (the classifier reads the address as "<address>": "sender address <address> is on our block list")
        r"\b(sender|sending)( e-?mail)?( domain| address)? ((?=[^\s\d.:\[\]]*[a-z])[^\s.]{1,64}\.\S{1,100} |<address> )?(is|has been|was) (blocked|denied|banned|blacklisted|"
        r"on (our|the|a) (deny|block|black) ?list)(?! by (this|the) (user|recipient|addressee))",
        # Yahoo (postmaster.yahooinc.com/error-codes): "451 Message temporarily deferred due to unresolvable
        # RFC.5321 from domain" (the envelope sender's domain, or the From header's, RFC.5322, fails its DNS check)
        r"unresolvable rfc ?\.?532[12] from domain",
        r"you are sending to/from an address that has been blacklisted",
        r"mail ?from (is )?mismatch(ed)? with (the )?(message )?header",
        # our address named between the words ("Sender address <s@x.example> does not exist", "Mail
        # from <s@x.example> unknown"): the unknown address is the sender's
        r"(sender|mail from|envelope sender|envelope from|return path)( address)?:? <?<address>>?:? (was |is )?"
        r"(not found|unknown|(does not|doesn't) exist|invalid)\b",
        # ... "is not a valid mailbox / address": the same verdict on our address in other words
        r"(sender|mail from|envelope sender|envelope from|return path)( address)?:? <?<address>>?:? (is |was )?"
        r"not (a )?valid\b",
    ],
    "host_unknown": [
        # a node no route names (IBM VM's RSCS, BITNET: "The node LEHMANVM is not defined in the RSCS routing tables and no gateway
        # is known for domain BORO.EXAMPLE")
        r"\bnot defined in the (rscs |network )?routing tables?\b", r"\bno gateway (is )?(known|defined) for (the )?(domain|node)\b",
        # the domain named by what it belongs to ("the domain of the recipient does not exist", Coremail's
        # English line; "the domain of this recipient was not found")
        r"domain (of|for) (the |this )?recipient((?:'s)? address)? (does not exist|doesn't exist|(was |could )?not (be )?found|is (invalid|unknown))",
        # the recipient's domain name lapsed at its registrar ("Domain has expired - mail for this domain is no longer
        # accepted. Renew at your registrar.")
        # ("The domain x.example has lapsed and email to it is no longer accepted")
        r"\bdomain( name)?( [\w-]+(\.[\w-]+)+)? (has |is )?(expired|lapsed)\b(?! (certificate|cert|tls))",
        # ... no longer registered, its registration ran out ("The domain x.example is no longer registered (registration ran
        # out on 3 March)")
        r"\bdomain( name)?( [\w-]+(\.[\w-]+)+)? is no longer registered\b", r"\b(domain )?registration (ran out|has run out|has lapsed)\b",
        r"\bregistration of [\w-]+(\.[\w-]+)+ (has )?lapsed\b",
        # Apache James (RemoteDelivery): "There are no DNS entries for the hostname x.example. I cannot
        # determine where to send this message."
        r"no dns entries for the host ?name",
        # Stalwart's DSN for a name that does not resolve: "(failed to lookup 'example.org': Record not found)"
        r"failed to look ?up '?[a-z0-9.-]+\.[a-z]{2,}'?:? (record not found|nxdomain|no such domain)",
        # the domain named between the words ("Domain x.example not found in DNS", "the domain name
        # x.example is not registered"), never the sender's (those are ``rejected``, above)
        r"(?<!sender )(?<!sender's )(?<!from )(?<!sending )domain( name)? \S{1,100} (was |is )?(not found|not registered|unregistered)",
        # MailEnable: "The message could not be delivered because the domain name (x.example) does not
        # appear to be registered" (the recipient's: its report names no other)
        r"delivered because the domain( name)? \S{1,100} (does not|doesn't) appear to be registered",
        # hMailServer: "No mail servers appear to exists for the recipients address"
        r"no mail ?servers? (appears? to )?exists? for the recipients?(?:'s|s')? (e-?mail )?address",
        r"(?<!sender )(?<!sending )(recipient |mail |e-?mail )?domain( name)? must exist",
        r"no (mx|mail exchanger) (or|nor) a(aaa)? records?",
        r"host (is )?unknown", r"\bhost ?name is unknown\b", r"unknown host", r"host (or domain name )?not found", r"domain (name )?not found",
        r"no such (domain|host)", r"unknown (mail )?domain", r"(domain|host) (does not|doesn't) exist",
        r"name service error", r"unrouteable address", r"unroutable (address|domain)", r"dns lookup failure: host",
        # (the address itself said to be so: cPanel's Exim "550 rejected because x@y.example is unroutable")
        r"(<address>|@[a-z0-9-]+(\.[a-z0-9-]+)+>?) is unroutable\b",
        r"couldn't find any host", r"could not find (any |the )?host", r"domain (is )?(invalid|unknown)",
        r"(recipient|destination) domain (is )?(invalid|unknown|not found|does not exist)",
        r"nxdomain", r"bad destination system address", r"unrout(e)?able mail domain",
        # (Exchange's "the recipient's destination email system is unknown or invalid": ``destination_system``, decided first)
        # the resolver says the name does not exist (getaddrinfo EAI_NONAME; Exim's MX check)
        r"name or service not known", r"no address associated with (host ?name|name)",
        # the same EAI_NONAME error as BSD and macOS libc word it (gai_strerror(3): "nodename nor
        # servname provided, or not known")
        r"nodename nor servname provided",
        r"mx records? points? to non-?existent hosts?", r"host .{1,80} not found", r"\S+ does not exist$",
        # neither a mail exchanger nor an address for the recipient's domain (XMail's "Unable to find an MX or A record for
        # the domain"): no host to deliver to at all (RFC 5321 section 5.1: the A record is the last resort)
        r"(couldn't|could not|cannot|can't|unable to) find (an? |any )?mx or a(aaa)? records? for (the )?(recipient'?s? |destination )?domain",
        r"\bno mx or a(aaa)? records? (found |exists? )?for (the )?(recipient'?s? |destination )?domain",
        # (... the host named, ArGoSoft's "Could not find MX or A record for host x.example")
        r"(couldn't|could not|cannot|can't|unable to) find (an? |any )?mx or a(aaa)? records? for (the )?host\b",
        r"no route for (the )?domain", r"domain .{1,80} (does not|doesn't) exist",
        # Exchange 2003 (5.4.0): "The destination server for this recipient could not be found in Domain
        # Name Service (DNS)" - no host of the recipient's domain is in the DNS
        r"destination (mail )?server (for (this|the) recipient )?(could not|couldn't|cannot|can't) be found in (the )?(domain name service|dns)",
        r"domain (is )?(not reachable|unreachable)",
        # Gmail's "** Domain not found ** ... because the domain x.example couldn't be found": the
        # name between the words, never the sender's or our own domain
        # Exchange "The domain name in the email address is incorrect" (5.1.2 / 5.4.1 pages of
        # learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/): the recipient's domain
        r"domain name in the (e-?mail )?address is (incorrect|wrong|invalid)",
        # (hMailServer: "Remote server (example.net) could not be found. Please verify that the domain name is correct.")
        r"remote (mail )?server \([a-z0-9.-]{1,100}\) (could not|couldn't|cannot) be found",
        r"verify that the domain name is correct",
        r"(?<!sender )(?<!sender's )(?<!from )(?<!sending )(?<!your )(?<!helo )(?<!ehlo )(?<!envelope )(?<!return-path )"
        r"(?<!bounce )(?<!client )(?<!sender-)domain( name)? (\S{1,100} )?"
        r"(could ?n[o']t|can ?n[o']t|cannot) be (found|resolved)",
    ],
    "spam_detected": [
        # a product's refusal that names its module after it ("Rejected by ESET Mail Security: Antispam", "blocked by
        # GravityZone: Antispam"): the spam filter judged it
        r"\b(rejected|blocked|refused) by [^.:;]{1,60}: ?anti-?spam\b",
        # a message judged phishing or fraud by its words ("classified as a possible phishing attempt", "matches an
        # active phishing campaign", "looks like a known fraud attempt"): fraudulent content, no malware (the
        # scanner's signature names stay ``virus_detected``: "Heuristics.Phishing.Email", "Trojan.PDF.Phishing", a
        # dotted name)
        # (nor a scanner's signature name: "HTML/Phishing.Agent.BKR", "Heuristics.Phishing.Email")
        r"(?<![./])phishing", r"\b(known |suspected |possible )?fraud(ulent)? (attempt|message|e-?mail|content)\b",
        # a content filter's score above its threshold ("content scored 14.2 against a threshold of 5.0", SpamAssassin's
        # "score=14.2 required=5.0" said in words)
        r"\bscored \d+(\.\d+)? (points )?(against|above|over) (a|the|its|our) (spam )?threshold\b",
        r"\bscored \d+([.,]\d+)? points? \(?(required|threshold|limit)\b",
        # (not the purpose Gmail gives a rate limit, "To protect our users from spam, email has been
        # temporarily rate limited": the limit is what it did, no verdict on this message; a cause it
        # names besides, PTR or authentication, still decides)
        # (not the product's name, "blocked by our Spam Firewall. ... Reason: Virus detected": its
        # reason line says the cause)
        # (nor a product's tagline, "Spam and Malware Protection", "spam protection by ...")
        # (nor the filter out of service for a time, "our spam filter is being upgraded": the receiving system's state)
        r"\bspams?\b(?!hous|cop)(?! ?firewall)(?! and (malware|virus)\b| protection\b)(?!-? (und|et|y|e|en) (viren|virus|anti-?virus)\w*)"
        r"(?!,? (\S+ ){0,8}?(has|have) been (temporarily )?rate[- ]limited)"
        r"(?! ?(filter|scanner|checks?)" + _OUT_OF_SERVICE_FOR_NOW + ")", r"junk mail(?! (settings|options|preferences|rules)\b)",
        # (not a kind of mail a site says it does not take, "does not accept unsolicited marketing or bulk email": its policy)
        r"(?<!accept )(?<!accept any )unsolicited",
        # (not bulk mail as a kind the site does not take, "Bulk mail and newsletters are not accepted here": its policy)
        # (nor one kind in a list of kinds refused, "not to accept newsletters or any other bulk mail")
        r"(?<!other )(?<!marketing or )(?<!marketing and )bulk (e-?)?mail(?! senders?\b)(?!s?( (and|or|with) [\w ]{1,30})? ((is|are) )?not (accepted|wanted|allowed|permitted|welcome|delivered to this)\b)",
        # a filter's verdict of the kind ("this looks like bulk marketing mail")
        r"(looks|appears|seems) (to be )?like (bulk|mass|marketing|promotional|junk)\b",
        r"scored as spam", r"classified as (spam|junk)", r"considered (spam|junk)",
        r"spam ?(content|score|filter(?!" + _OUT_OF_SERVICE_FOR_NOW + ")|detected|message)",
        r"looks like spam", r"identified as (spam|junk)", r"rejected as (spam|junk)",
        r"suspected spam", r"probable spam", r"spamassassin(?![\w-]* transport\b)", r"high spam",
        r"message (was )?(rejected|blocked|refused) (as|because it is|due to) (spam|junk|bulk)",
        r"mail (appears|looks) to be unsolicited", r"(unacceptable|objectionable|inappropriate) content", r"rejected by (the )?anti-?spam (filter|scanner)",
        # spam filters named by product or by what they count (URIBL/SURBL list domains found in
        # the content; DSPAM, MailMarshal, SpamAssassin score the content)
        r"\buri ?bl\b", r"\burl ?bl\d*\b", r"\bsurbl\b", r"\bdspam\b", r"mass mailer", r"anti-?spam (checks?|filter|system|engine|software|polic)",
        r"spam (checks?|scan|rules?|test)",
        r"spam ?trap",
        # ... and its sender notice's reason line "Reason: Score" (the message's spam score over the block level)
        r"\breason: (spam )?score\b",
        # (rspamd's reject named, "Rejected by rspamd: score 23.10 / 15.00 [...]")
        r"\brejected by rspamd\b",
        r"(blocked|rejected|refused|stopped|caught) by (our|the) spam ?filters?\b",
    ],
    # a refusal named only by the filter that made it, or by what it refused ("Message content
    # rejected", Postfix cleanup's default REJECT text; "rejected by the content filter"; "blocked by
    # our filters"): the filter judged the message, and without a cause in the words that is spam
    # (classifier: a cause the words name besides decides, "Virus detected; Content rejected",
    # "rejected by the content filter: prohibited attachment type")
    "spam_generic": [
        r"message content rejected", r"content (was )?(rejected|refused|blocked)", r"content filter rejection",
        r"rejected by (the )?content (filter|scanner)", r"content reject\b",
        # the receiving server's own mail filter stopped this message ("Your message has been
        # temporarily blocked by our filter"; a recipient's filter is ``filtered``)
        r"(blocked|rejected|refused|stopped|caught) by (our|the) (mail |e-?mail |content |message )?filters?\b",
        # Barracuda Email Security Gateway "550 permanent failure for one or more recipients
        # (<address>:blocked)": its filter (spam score, content rule, attachment policy) blocked the message;
        # the cause it names besides decides ("... :blocked) - Banned attachment type: .iso")
        r"for one or more recipients \([^)]{0,120}:blocked\)",
    ],
    # the receiving site's own filter or scanner failed for now ("message scanning service (Cloudmark) unavailable", DSPAM's
    # "unable to open storage driver", Italian "Sistema antispam temporaneamente non disponibile", French "Délai dépassé lors de
    # l'analyse antispam", German "Virenscanner vorübergehend nicht verfügbar"): with a temporary code the site's state, no
    # verdict on the message, whatever the filter's name says (classifier step 4a)
    "filter_failed": [
        r"\b(spam|anti-?spam|virus|anti-?virus|content|message|mail) ?(filter|scanner|scanning|check|analysis|engine)( service| daemon)?s?\b"
        r"(?:[^.;]|\.(?=\w)){0,40}?\b(is |are )?(temporarily |currently )?(unavailable|not available|not responding|timed? ?out|down|offline)\b",
        r"\bunable to open (the )?storage driver\b",
        # (the failure said before the filter's name: "Temporary failure in spam filter (spamd: connection refused)", "temporary
        # error in the virus scanner")
        r"\btemporary (failure|error|problem) (in|of|with) (the )?(anti-?spam|spam|anti-?virus|virus|content) ?(filter|scanner|check|scan)",
        r"\b(sistema|filtro|servizio|motore) anti-?(spam|virus) (è |e' )?(temporaneamente )?non disponibile\b",
        r"\b(d(é|e)lai d(é|e)pass(é|e)|timeout|erreur temporaire) (lors de|pendant|de) l['’ ]?analyse anti-?(spam|virus)\b",
        r"\banalyse anti-?(spam|virus) (temporairement )?(indisponible|impossible)\b",
        r"\b(spam|viren|virus)(filter|scanner|pr(ü|ue)fung) (ist )?(vor(ü|ue)bergehend |zurzeit |derzeit )?(nicht verf(ü|ue)gbar|ausgefallen)\b",
        # (Portuguese "Verificação anti-spam temporariamente indisponível", Spanish "filtro antispam temporalmente no disponible",
        # Dutch "Spamfilter tijdelijk niet bereikbaar")
        r"\banti-?(spam|v(í|i)rus) (est(á|a) )?(temporariamente )?indispon(í|i)vel\b",
        r"\banti-?(spam|virus) (est(á|a) )?(temporalmente )?no disponible\b",
        r"\b(spam|virus)(filter|scanner) (is )?(tijdelijk )?(niet bereikbaar|niet beschikbaar|onbereikbaar)\b",
    ],
    # a block list names something in the *content* (a link's domain in the body: URIBL, SURBL,
    # Spamhaus DBL as a URI list), not the sending host: the content is judged spam (decided before
    # the block-list words, which would read it as a block of our IP)
    "content_listed": [
        r"(listed|blacklisted|blocked) (uri|url|link|domain)s? (in|within) (the )?(message|body|content)",
        # (Postfix's reject_rhsbl_* on a body's domain as a policy daemon writes it: "Domain in body [x] blocked using
        # dbl.spamhaus.org"; "a domain referenced by a link in the message body ... is listed")
        *(rf"\bdomain in {the}body\b" for the in ("", "the ", "the message ", "message ")),
        r"\breferenced by a link in the (message )?body\b",
        # ("Message content rejected: contains link to domain click.x listed in dbl.spamhaus.org")
        r"\bcontains? (a |an )?(link|url|uri)s? to (the )?domain\b(?:[^.;]|\.(?=\w)){0,60}\blisted\b",
        # ("Message body references a hostname (go.x) that appears on the Spamhaus Domain Blocklist")
        r"\b(message |mail )?body references (a |an )?(host ?name|domain|url|link)\b",
        # the links' reputation, not ours ("bulk marketing characteristics, URL reputation")
        r"\b(url|uri|link) reputation\b",
        # links of the message on block lists ("check your e-mail's content, e.g. links on block lists", German "Links auf
        # Blocklisten"): the content's, not our host's
        r"\blinks? (on|in) (a |the )?block ?lists?\b", r"\blinks auf (einer |der )?blockliste",
        # (the list as the subject: "dbl.spamhaus.org lists a domain that appears in the message body")
        r"\b(lists|listed) an? (domain|url|uri|link)s? (that|which) (appears?|is found|occurs?|is used) in the (message )?(body|content|text)\b",
        # ("it contains a link to a URL with a poor reputation (listed by our URL filter)")
        r"\b(link|links) to an? (url|domain|site|web ?site)s? with an? (poor|bad|low) reputation\b",
        # ("a link to a newly registered domain": the age of a domain the content links to, not of our sending domain)
        r"\b(link|links|url|urls) (to|pointing to) (an? )?(newly|recently) registered domains?\b",
        # ("contains a URL (x.shop) whose domain was registered within the last 14 days")
        r"\b(url|uri|link)s?\b(?:[^.;]|\.(?=\w)){0,80}\bdomains? (was |were )?(registered|created) (within|in) the (last|past) \d+ days\b",
        # ("it contains a link (go.example) with a poor reputation", "URL-Reputation")
        *(rf"\bcontains an? (link|url|uri)\b(?:[^.;]|\.(?=\w)){{0,80}}\bwith (an? )?{adj} reputation\b" for adj in ("poor", "bad", "low")),
        r"\b(url|uri|link)-reputation\b",
        r"(uri|url|link|domain)s? (found )?in (the )?(message|body|content|text)[^.;]{0,60}(listed|blacklisted|blocked)",
        r"(message|body|content) contains? (an? )?(listed|blacklisted|blocked) (uri|url|link|domain)",
        # ... "body contains a URL whose domain is listed in the Spamhaus DBL"
        # (the domain named between, its dots no sentence's end: "the body contains a URL whose domain (deals.example) is listed in")
        r"(message|body|content) contains? an? (uri|url|link)\b(?:[^.;]|\.(?=\w)){0,60}\b(listed|blacklisted|blocklisted)\b",
        #    ... with the service that lists them named between ("blocked because it contains FortiGuard - AntiSpam
        #    blocking URL(s)", FortiMail's FortiGuard URL check): links its blocklist holds, spam content
        r"contains? [^.;]{0,40}\b(listed|blacklisted|blocklisted|blocked|blocking) (uri|url|link)s?\b",
        # the same said with the list after the link ("Message contains a URL listed on the Spamhaus DBL",
        # "the email contains links that are blacklisted at ..."): a URI block list checks the links of
        # the body (www.spamhaus.org/blocklists/domain-blocklist/, www.surbl.org/lists), not our host
        r"(message|body|content|e-?mail|mail) contains? (an? |one or more |some )?(uri|url|link|hyperlink|domain|web ?site)s? "
        r"(that (is|are) |which (is|are) )?(listed|blacklisted|blocked) (in|on|by|at)\b",
        # ... the link's domain named between ("contains a link to deals.example, which is listed in the
        # Spamhaus DBL", Exim "message body contains a URL with the domain deals.example which is listed in
        # dbl.spamhaus.org", "URL domain deals.example is listed in dblack.mail.abusix.zone"; not the sending
        # domain on the same list, "sending domain news.example listed in dbl.spamhaus.org": ``blocked``)
        # (a "hyperlink" too: "message contains a hyperlink to x.example which is listed at dbl.spamhaus.org")
        r"(contains?|containing) (an? |the |one or more )?(uri|url|link|hyperlink|domain)s? (to |with the domain |for )?\S{1,100},? "
        r"((that|which) (is|are) )?(listed|blacklisted|blocked) (in|on|by|at)\b",
        r"\b(uri|url|link) domain\b(?:[^.;]|\.(?=\w)){0,80}(listed|blacklisted) (in|on|at)\b",
        # ... the link to a domain listed ("the body contains a link to a domain listed in dbl.spamhaus.org"), the
        # URL named then said listed ("URL https://x/y in message body is listed by ivmURI")
        # ("it contains a URL listed on a domain blocklist (deals.example)": a link of the message, whatever contains it)
        r"\b(contain(s|ed)?|containing) (an? |the |one or more )?(uri|url|link|hyperlink)s? (that (is|are) |which (is|are) )?"
        r"(listed|blacklisted|blocklisted) (in|on|by|at)\b",
        r"(contain(s|ed)?|containing) (an? |the )?(uri|url|link)s? to (an? |the )?(domain|site|web ?site) (that (is|are) |which (is|are) )?"
        r"(listed|blacklisted|blocked) (in|on|by|at)\b",
        r"\b(uri|url|link)s? \S{1,200} in (the )?(message|body|message body|content)\b[^.;]{0,20}(is |are )?(listed|blacklisted|blocked)",
        # ... in German ("Die Nachricht enthält einen Link, der auf einer Sperrliste steht")
        r"enth(ä|ae|a)lt einen (link|verweis|url)\b[^.;]{0,40}(sperrliste|blacklist|blocklist|block-liste)",
        # ... the list named as a noun ("this message contains a URL that is on a blocklist")
        r"(message|body|content|e-?mail|mail) contains? (an? |one or more |some )?(uri|url|link|domain|web ?site)s? "
        r"(that (is|are) |which (is|are) )?(on|in) (a|an|the|our|one) (uri |url |domain )?(block|black|deny) ?list",
    ],
    # the receiver counted our mail's unknown recipients and refuses us for it ("554 ... too many
    # invalid recipients": Cox, "The sending IP address has exceeded the threshold of invalid
    # recipients and has been blocked", www.cox.com/business/support/email-error-codes.html;
    # Yahoo's "excessive unknown recipients"): a block of the sender, though it names unknown users
    "invalid_recipients": [
        r"(too many|excessive( number of)?|(high|large) (number|rate|percentage) of|(threshold|limit) of) "
        r"(invalid|unknown|bad|non-?existent|undeliverable) (recipients?|rcpts?|addresses|users)",
        r"(invalid|unknown|bad|non-?existent) (recipients?|rcpts?|addresses|users) (threshold|limit|rate) "
        r"(exceeded|reached)",
        # (our messages counted, "your server has sent too many messages to non-existent users")
        r"\btoo many (messages|mails|e-?mails) (sent |addressed )?(to|for) (non-?existent|invalid|unknown) (users|recipients|addresses|mailboxes)\b",
        # (said as our bounce rate: "temporarily blocked due to high bounce rate", Portuguese "taxa de endereços inexistentes
        # acima do permitido" (rate of non-existent addresses above the allowed))
        r"\b(due to|because of) (a |our |your )?(high|excessive) bounce rate\b",
        r"\btaxa de endere(ç|c)os (inexistentes|inv(á|a)lidos)\b",
        # (German "wegen zu vieler Nachrichten an nicht existierende Empfänger vorübergehend gesperrt")
        r"\bzu viele[rn]? (nachrichten |e-?mails )?an nicht existierende empf(ä|ae)nger\b",
        # (Polish "Zbyt wiele wiadomości z Twojego serwera trafia na nieistniejące adresy" (too many go to non-existent
        # addresses), Swedish "Avsändarens andel studsande meddelanden är för hög" (the sender's share of bouncing messages is
        # too high))
        r"\btrafia(j(ą|a))? na nieistniej(ą|a)ce adresy\b", r"\bandel(en)? studsande (meddelanden|e-?post|mejl)\b",
        # (English "your bounce rate is too high", Dutch "Te veel berichten van uw server gaan naar niet-bestaande adressen; uw
        # bouncepercentage is te hoog")
        r"\bbounce ?rate (is )?(too|very|extremely) high\b", r"\bbounce-?percentage (is )?te hoog\b",
        r"\bgaan naar niet-?bestaande adressen\b",
        # (Arabic "نسبة الرسائل المرتدة ... مرتفعة" (the share of bounced messages is high), Russian "слишком высокий процент писем
        # на несуществующие адреса")
        r"نسبة (الرسائل )?المرتدة",
        # (a share of our mail "addressed to mailboxes that do not exist", "sent to non-existent addresses": our list's state
        # held against us)
        r"\b(share|proportion|percentage|fraction) of (your|our|the sender's|recent) (recent )?(deliveries|messages|mail|e-?mails)\b"
        r"(?:[^.]|\.(?=\w)){0,60}\b(mailboxes|addresses|recipients) (that|which) do(es)? not exist\b",
        # (German "Zu viele Ihrer Nachrichten ... gingen an Postfächer, die es bei uns nicht gibt"; French "une part anormalement
        # élevée de vos envois récents visait des adresses inexistantes"; Portuguese "Muitas mensagens suas foram para caixas
        # postais inexistentes")
        r"\bzu viele (ihrer )?(nachrichten|e-?mails|mails)\b(?:[^.]|\.(?=\w)){0,60}\b(postf(ä|ae)cher|adressen|empf(ä|ae)nger),? die es "
        r"(hier |bei uns )?nicht gibt\b",
        r"\b(part|proportion|pourcentage) (anormalement |trop )?(é|e)lev(é|e)e? de vos (envois|messages|courriels)\b(?:[^.]|\.(?=\w)){0,60}"
        r"\badresses (inexistantes|invalides)\b",
        r"\bmuitas (das )?(suas )?mensagens( suas)? (foram|s(ã|a)o|v(ã|a)o) (enviadas )?para (caixas postais|endere(ç|c)os|destinat(á|a)rios) "
        r"(inexistentes|inv(á|a)lidos)\b",
        # (Spanish "un porcentaje elevado de los envíos de su servidor se dirigen a buzones inexistentes", Italian "troppi
        # messaggi verso caselle inesistenti", Dutch "te veel berichten voor adressen die bij ons niet bestaan")
        r"\b(porcentaje|proporci(ó|o)n) (elevad[oa] |alt[oa] )?de (los |sus )?(env(í|i)os|mensajes|correos)\b(?:[^.]|\.(?=\w)){0,60}"
        r"\b(buzones|direcciones|destinatarios) (inexistentes|inv(á|a)lid[oa]s)\b",
        # (French "Trop de messages adressés à des destinataires inexistants depuis votre adresse IP")
        r"\btrop de (messages|courriels|e-?mails) ((adress|envoy)(é|e)s )?(à|a|vers) des (destinataires|adresses) (inexistant(e)?s|invalides)\b",
        # (or "troppi messaggi indirizzati a destinatari inesistenti": addressed, sent, directed to)
        r"\btroppi messaggi ((indirizzati|inviati|diretti) )?(verso|a|per) (caselle|indirizzi|destinatari) (inesistenti|non validi)\b",
        r"\bte veel berichten (voor|naar|aan) (adressen|ontvangers|mailboxen)\b(?:[^.]|\.(?=\w)){0,30}\b(niet bestaan|onbekend zijn)\b", r"\b(процент|доля|много) (писем|сообщений) на несуществующие адреса\b",
        # (Russian "Ваш сервер отправил слишком много писем несуществующим получателям")
        r"\bслишком много (писем|сообщений) несуществующим (получателям|адресатам|адресам)\b",
    ],
    "virus_detected": [
        # (not the product's name, "Anti-Virus service unavailable", "Protected by Anti-Virus"; a
        # scanner's all-clear, "No virus found", is taken out of the text before any phrase is read:
        # classifier._ALL_CLEAR)
        # (not a scanner that failed or is missing: "virus scanner unavailable", amavisd-new's "virus_scan
        # FAILED", the scanner's state is the receiving side's, ``system_error``)
        # (not what a check looks for: "cannot be checked for viruses", Dutch "kunnen niet op virussen worden gecontroleerd")
        r"(?<!anti-)(?<!anti )(?<!for )(?<!op )\bvirus(?![ _-]?(scan|check)\w*:?( (service|engine|server|daemon))? (is |are )?(temporarily |currently )?(unavailable|not available|down|failed|not responding|timed? ?out|error))"
        # (nor the scanner out of service in a language that writes it in one word: Swedish / Norwegian "Virusskanner
        # tillfälligt otillgänglig", German "Virenscanner nicht erreichbar")
        # (Norwegian / Danish with the article: "Virusskanneren er midlertidig utilgjengelig")
        r"(?!skanner(en)? (\S+ ){1,2}(otillg(ä|a)nglig|utilgjengelig|utilg(æ|ae)ngelig|ikke tilgjengelig))"
        # (Swedish "Viruskontrollen är tillfälligt otillgänglig")
        r"(?!kontroll(en)? (\S+ ){1,2}(otillg(ä|a)nglig|utilgjengelig|utilg(æ|ae)ngelig))",
        # (not a product's name: "Hornetsecurity Spam and Malware Protection" signs notices of every cause, Cisco's "Secure Malware
        # Analytics" analyses attachments whatever it finds)
        r"malware(?! (protection|analytics)\b)", r"infected", r"\bfound to be malicious\b", r"\bobserved malicious behaviou?r\b", r"trojan", r"\bworm\b", r"malicious (content|attachment|software|code|payload|url|link)",
        r"contains? a (known )?(virus|threat)", r"dangerous (content|attachment)",
        # a sandbox's verdict on an attachment ("attachment flagged as malicious by Proofpoint Targeted Attack Protection")
        r"\b(attachment|file|object|payload)s? (was |were |has been )?(flagged|classified|identified|detected) as malicious\b",
        # ... and a link's ("contained a link classified as Malicious Web Sites", Forcepoint's URL category; "a link to a malicious
        # web site"), as "malicious url" above
        # (never "No link was classified as malicious")
        r"(?<!\bno )\b(link|url)s? (was |were |has been )?(flagged|classified|identified|detected|categori[sz]ed) as malicious\b",
        r"\b(link|links|url|urls) to (a |an )?(known )?malicious (web ?sites?|sites?|pages?|domains?)\b",
        # a ClamAV signature named with its verdict, as clamd writes it ("stream: Eicar-Test-Signature FOUND",
        # "Sanesecurity.Phishing.Bank.7734.UNOFFICIAL FOUND"): the scanner's find, whatever the signature's words
        r"\b[a-z0-9_-]+(\.[a-z0-9_-]+){2,} found\b",
        # a scanner's signature for a phishing mail (ClamAV "Heuristics.Phishing.Email.SpoofedDomain"): the scanner's
        # find, as its other signatures (a phishing text refused by words is fraud content, ``spam_detected``)
        r"heuristics\.phishing",
        # a malware name as scanners write it, its platform or kind before a slash ("JS/Downloader.Agent.PQR", "W32/Emotet.A",
        # "Troj/Agent-AB", "Mal/DrodZp-A": ESET's and Sophos' naming), after a blank or a bracket (not a link's path: "/js/x.js");
        # one phrase per prefix, each found by its own word ("js/", "troj/")
        *(rf"(?:^|[\s(\[\"'=:,])(?:{kind})/[a-z][\w-]*[.-][\w.-]+" for kind in (
            "js", "vbs", "html", "w32", "w64", "win32", "win64", "msil", "doc", "xls", "pdf", "java", "php", "linux", "macos", "osx",
            "android", "troj", "mal", "exp",
            # (McAfee's and others' macro families: "W97M/Downloader.gen", "X97M/Laroux.A", "O97M/Agent.B"; kinds written out)
            "w97m", "x97m", "o97m", "vba", "trojan", "worm", "backdoor")),
        # Microsoft's naming, the kind before a colon ("Trojan:JS/Nemucod", "TrojanDownloader:O97M/Donoff.A", "Worm:Win32/Conficker")
        r"\b(trojan|trojandownloader|worm|virus|backdoor|ransom|exploit|pws|phish|hacktool)\s?:\s?(js|vbs|win32|win64|w97m|o97m|x97m|"
        r"html|msil|script|pdf|vba|linux|macos|androidos)/[a-z]\w+",
        # Trend Micro's naming, the kind before an underscore ("TROJ_FRS.VSNW1AC25", "TSPY_EMOTET.SMA", "BKDR_AGENT.X", "W97M_DLOADER.A":
        # its Threat Encyclopedia's prefixes), one phrase per prefix
        *(rf"\b{kind}_[a-z0-9]+\.[a-z0-9]+" for kind in ("troj", "tspy", "bkdr", "worm", "ransom", "hktl", "w97m", "x97m", "o97m")),
        # the virus scanner named as what refused it ("550 Rejected by ClamAV")
        r"\b(rejected|blocked|refused|quarantined) by clam(av|d)\b",
    ],
    "policy_violation": [
        # the bulk senders' rules of 2024 (Gmail's and Yahoo's sender requirements, RFC 8058): a bulk message without a one-click
        # unsubscribe refused ("Bulk mail refused: message lacks an RFC 8058 one-click unsubscribe (List-Unsubscribe-Post)
        # header"): the site's rule for bulk mail, no judgement of our host
        r"\b(lacks|missing|without|requires?|no) (an? )?(rfc ?8058 )?one-click unsubscribe\b", r"\blist-unsubscribe-post\b",
        # the receiving organisation's compliance rules ("Message rejected: compliance rule", "blocked by a compliance policy")
        r"\bcompliance (rule|rules|policy|policies)\b",
        # a receiving domain's content compliance rule (Google Workspace's "Content compliance" setting: "Message rejected by
        # the recipient domain's content compliance policy")
        r"\bcontent compliance (polic(y|ies)|rules?|settings?)\b",
        # a site's content filter policy or data-security (DLP) policy, named as what the message broke ("Message rejected due
        # to content filter policy: <rule>", "message violates data security policy"): its rule, no judgement of our host
        r"\bcontent filter(ing)? polic(y|ies)\b", r"\bdata (security|protection|loss prevention) polic(y|ies)\b",
        # only the site's partners may write ("Sender's email server is not in the allowed list (whitelist) of Davao Coop. Only
        # registered partner domains can send to our members' mailboxes"): the organisation's rule of who may write
        *(rf"\bonly (registered |approved |authori[sz]ed |trusted |whitelisted |listed )?(partner |member )?{who} (can|may|are allowed to|are permitted to) (send|write|mail)\b"
          for who in ("domains", "organi[sz]ations", "partners")),
        *(rf"\bnot (in|on) (the |an? |our )?{kind} (senders? |domains? )?list\b(?! of (the )?(recipient|user)\b)"
          for kind in ("allowed", "approved")),
        # attachments of a kind not accepted ("Zipped attachments aren't accepted by our mail server"), Office documents
        # with macros ("does not accept Office documents with macros"); outsiders kept from some accounts ("external
        # senders cannot email pupil accounts")
        r"\battachments? (aren't|are not|isn't|is not) (accepted|allowed|permitted)\b", r"\bno attachments,? please\b",
        # ("Message rejected due to unacceptable attachments", "attachment type not allowed")
        r"\b(unacceptable|disallowed|prohibited|forbidden|unauthori[sz]ed|executable) (file )?attachments?\b",
        r"\battachment (type|extension)s? (is |are )?(not (allowed|permitted|accepted)|prohibited|forbidden|blocked)\b",
        # links to file-sharing services refused ("Mail with links to file sharing sites is not accepted")
        r"\b(links?|urls?) to (external )?file[- ]?sharing (sites|services|platforms)\b",
        # archives refused ("Compressed archives (.zip, .rar, .7z) are refused at this site")
        r"\b(compressed |zip )?archives\b(?:[^.;]|\.(?=\w)){0,30}\b(are|is) (refused|not accepted|blocked|not allowed)\b",
        r"\b(documents|files|attachments) (with|containing) macros\b", r"\bmacro-?enabled (office )?(documents|files|attachments)\b",
        r"\bexternal senders (cannot|can't|may not|are not allowed to|are not permitted to) (e-?mail|send|write|mail|contact|post)\b",
        r"\bonly accepts? (e-?mail|mail|messages) (to this (group|list|address|mail ?box) )?from within\b",
        # ... or the organisation's own customers, clients or suppliers only ("We only accept email from customers on our database")
        r"only (accept|receive|take)s? (mail|e-?mails?|messages) from (our |registered |existing )?(customers|clients|suppliers|vendors|"
        r"contractors)\b",
        # (the same with "only" after the mail and the partners qualified: "accepts mails only from registered bus contractors")
        r"\b(accept|receive|take)s? (mails?|e-?mails?|messages) only from (our |registered |approved |existing )?([\w-]+ )?"
        r"(customers|clients|suppliers|vendors|contractors|partners)\b",
        # a kind of mail a site does not take ("Marketing email not wanted here", "Newsletters are not accepted by
        # this organisation", "Our school does not accept mail from mass-mailing services"): its policy, no block
        # of our IP and no absent mailbox
        r"(bulk|marketing|promotional|advertising|commercial|mass[- ]?mail(ing)?s?|newsletters?)( (e-?mails?|mail|messages?))?"
        r"( (and|or) (bulk|marketing|promotional|advertising|commercial|mass[- ]?mail(ing)?s?|newsletters?)( (e-?mails?|mail|messages?))?)?"
        r"( (is|are))? not (wanted|accepted|permitted|allowed|welcome|delivered to this (address|mail ?box))\b",
        # (or the decision said: "we decided not to accept newsletters or any other bulk mail on our office address")
        r"(do(es)? not|don't|doesn't|will not|won't|not to) accept (any )?(unsolicited |unrequested )?(e-?mail )?(bulk|marketing|promotional|advertising|mass[- ]?mail(ing)?s?|"
        r"newsletters?)( (and|or) (bulk|marketing|promotional|advertising|mass[- ]?mail(ing)?s?|newsletters?))?"
        r"( (e-?mails?|mail|messages?))?\b",
        # ... or wants none ("We do not want newsletters or marketing."), and job applications by e-mail refused ("We do
        # not accept job applications or CVs by e-mail any more", "CVs are no longer accepted by email"): the kind of
        # mail refused by the organisation (not "... at this address": an address that takes no mail, user_unknown)
        r"(do(es)? not|don't|doesn't) want (any )?(bulk|marketing|promotional|advertising|newsletters?|sales)\b",
        # (or an address that receives none: "This address does not receive newsletters")
        r"\b(address|mail ?box) (does not|doesn't|will not|won't) receive (any )?(bulk|marketing|promotional|advertising|newsletters?)\b",
        # invoices taken through a portal only ("Invoices are only accepted via our supplier portal", "We no longer
        # accept invoices by e-mail")
        r"\binvoices\b[^.;]{0,30}\b(are|will be) (only )?accepted (only )?(via|through|on|by) (our|the)\b",
        r"(do(es)? not|don't|doesn't|no longer|will not|won't) accept invoices\b[^.;]{0,20}\b(by|via|per) e-?mail\b",
        # a list or group closed to non-members ("this list is closed to non-members", "closed to outside senders")
        r"\b(list|group)\b[^.;]{0,30} (is )?closed to (non-?members|non-?subscribers|outsiders|outside senders|external senders)\b",
        # ... or takes no posts from outside ("550 5.0.0 group does not accept outside posts")
        r"\b(list|group) (does not|doesn't|will not|won't) accept (outside|external|non-?member) (posts|messages|mail|senders)\b",
        # an organisation's rule on who may write to one of its addresses: its own people, its partners' domains or
        # networks, never outsiders ("This group accepts messages only from users within example.com", "The mailbox
        # accepts messages only from registered partner organisations"): a receiving policy refused the message, our
        # address being outside it (a list's membership, "only members may post", is the sender's right,
        # ``rejected`` above, as Sisimai reads "by non-member to a members-only list")
        r"only internal senders (may|can|are (allowed|permitted) to) (post|send|write)",
        # ... and the senders it names ("Mail to this address is restricted to our concert promoters", "Only Academy staff
        # and registered parents may write to student accounts")
        r"\b(mail|e-?mail|messages?) to this (address|mail ?box|account|list|group) (is|are) restricted to\b",
        r"\bonly [^.;]{0,40}\b(staff|employees|parents|colleagues|personnel)\b[^.;]{0,40}\b(may|can) (write|send|post|e-?mail)\b",
        r"\bonly our [^.;]{0,40} (may|can) (send|write|post)\b",
        # ... or named by their domains ("Only government domain (gov.bd) can send mail to this address")
        r"\bonly (?:[^.;]|\.(?=\w)){0,40}\bdomains?\b(?:[^.;]|\.(?=\w)){0,30}\b(may|can|are (allowed|permitted) to) (send|write|post|e-?mail)\b",
        # ... its business partners, named ("Only approved suppliers may email this address")
        # ... or keeps for internal use ("this address is for internal use only"; "Messages from outside the district cannot be
        # delivered to student accounts")
        r"\b(address|mail ?box|account|list|alias) is (only )?(for|reserved for) internal (use|mail|senders|communication)\b",
        r"\b(messages|mail|e-?mails?) from outside (the |our )?([\w-]+ ){0,2}[\w-]+ (cannot|can't|may not|will not|won't) be delivered\b",
        r"\bonly internal senders (are )?(allowed|permitted|accepted)\b",
        # (the rule's terse name, "Recipient address rejected: internal senders only")
        r"\binternal senders only\b",
        r"\bonly accepts (messages|mail|e-?mails?) from senders inside (its|the|their) organi[sz]ation\b",
        # (an admin's English without the auxiliary: "We not accept newsletters and marketing on this address")
        r"\b(we|i) not accept (any )?(newsletters?|marketing|bulk|advertising)\b",
        r"\b(receives|accepts) (e-?mail|mail|messages) from (company |our )?(staff|employees|colleagues) only\b",
        r"\bonly (approved|registered|authori[sz]ed|accredited) (suppliers|vendors|partners|contractors|customers|clients) "
        r"(may|can) (e-?mail|write|send|contact|mail)\b",
        r"(group|list|address|mail ?box) (only )?accepts (messages|mail|e-?mails?) only from (registered |authori[sz]ed )?"
        r"(users|people|members|senders|addresses) (within|inside|in|of|from) ",
        # ... said as the outside it keeps out ("This mailbox does not accept mail from outside Fairclough LLP", "all-staff is an
        # internal list and cannot receive mail from outside the school"), and the same rule kept by our own organisation
        # on what its accounts send ("Sending email to addresses outside Brightpath Tutoring is not allowed from student
        # accounts")
        r"(does not|doesn't|cannot|can't|can not|will not|won't|may not) (accept|receive) (e-?mails?|mail|messages)"
        r"( from (anyone|senders|people|addresses))? (from )?outside\b",
        r"\b(sending|to send) (e-?mails?|mail|messages) to (addresses|recipients|people|anyone) outside\b(?:[^.;]|\.(?=\w)){0,60}\b(is )?not "
        r"(allowed|permitted)\b",
        # a kind of mail named by what it is about ("mail mentioning crypto investments is not accepted at this address")
        r"\b(mail|e-?mails?|messages) (mentioning|about|concerning|promoting|offering|advertising) [^.;]{1,60}\b(is|are) not "
        r"(accepted|allowed|permitted|welcome)\b",
        # attachments of a kind the site does not take ("We do not accept executable attachments")
        r"\b(do not|don't|does not|doesn't|cannot|can't|will not|won't) accept (\w+ ){0,2}attachments\b",
        # ... and the same said of a school's, a university's or a company's own senders ("Class mailboxes only accept
        # mail from school staff", "This address only receives mail from within the university", "This list is
        # internal only", "only internal senders may write to this address")
        r"only (accept|receive)s? (mail|e-?mails?|messages) from (internal|within|inside|(school )?staff|employees|registered|"
        r"users (of|in|within)|members of|the (university|school|college|company|organi[sz]ation|department))",
        r"\b(list|group|address|mail ?box) is internal only\b",
        # ... and the senders a list, group or mailbox takes named by a kind the site approved ("can only receive
        # mail from approved school domains", "accepts mail only from authorised public sector networks", "only
        # permitted from university addresses", "only accepts email from NHS.net and registered partner domains",
        # "internal distribution list - external senders are not permitted") (a person's own list of senders, "only
        # accepts mail from approved senders", stays ``filtered``)
        r"only (accept|receive)s? (mail|e-?mails?|messages) from [^.;]{0,40}\b(domains|networks|organi[sz]ations|partners|institutions)\b",
        r"(accept|receive)s? (mail|e-?mails?|messages) only from [^.;]{0,40}\b(domains|networks|organi[sz]ations|partners|institutions)\b",
        r"(is|are) only (permitted|allowed|accepted) from [^.;]{0,40}\b(domains|networks|organi[sz]ations|partners|institutions|"
        r"addresses)\b",
        r"only accepts? (e-?mails?|mail|messages) from [\w-]+(\.[\w-]+)*\.[a-z]{2,}\b",
        r"\bexternal (senders|mail|e-?mails?|messages) (are |is )?not (permitted|allowed|accepted)\b",
        r"(do(es)? not|don't|doesn't|no longer|will not|won't) accept (any )?(job |employment )?(applications|cvs|c\.v\.s|"
        r"r[ée]sum[ée]s|curricula)\b[^.;]{0,40}\b(by|via|per) e-?mail\b",
        r"\b(job |employment )?(applications|cvs|c\.v\.s|r[ée]sum[ée]s)\b[^.;]{0,30}\b(by|via|per) e-?mail (are|is) (no longer|not) "
        r"(accepted|considered|processed)\b(?! (at|on|by|via) this (e-?mail )?address)",
        r"(do(es)? not|don't|doesn't|will not|won't) accept (mail|e-?mails?|messages) from (mass[- ]?mailing|bulk[- ]?(mail(ing)?|sending)|"
        r"e-?mail marketing|marketing|newsletter) (services?|providers?|platforms?|senders?|companies)",
        r"policy (violation|reasons|rejection)", r"violat(e|es|ed|ion of) (our|the|local|site) .{0,20}polic",
        # (a named rule's policy, "violated the Outbound - Financial data (IBAN/SWIFT) policy and was not delivered")
        r"\bviolated (the|our) (?:[^.;]|\.(?=\w)){21,60}? polic(y|ies)\b",
        # an organisation's named policy that stopped it (Zix: "was blocked by your organization's email encryption policy";
        # a DLP rule: "blocked ... because it matched the Data Loss Prevention rule")
        r"\b(blocked|rejected|stopped) by (your|the|our|their) organi[sz]ation['’]s (e-?mail )?(encryption|security|data loss "
        r"prevention|dlp|content|compliance) polic(y|ies)\b",
        r"\bmatched the data loss prevention (rule|policy)\b",
        # a message said to have broken a named policy of the site ("breached the data-protection policy of example.org",
        # Clearswift's "breached the policy 'Outbound Sensitive Data'", "contravened the acceptable use policy")
        r"\b(breach(ed|es)?|contraven(e|es|ed)|infring(e|es|ed)) (the|our|its|their|this|a|an|local|site) ([\w'\"-]+ ){0,3}"
        r"polic(y|ies)\b",
        # ... and who may write to an address said last ("this address accepts mail from internal senders only")
        r"\b(accepts?|receives?) (e-?mail|mail|messages) (only )?from internal (senders|users|addresses|staff)( only)?\b",
        # a refusal under a named organisation's policy ("Message blocked by university policy", "rejected by company
        # e-mail policy")
        r"\b(blocked|rejected|refused|denied) by (the |our )?(university|school|college|company|corporate|council|hospital|bank|"
        r"government|institutional|firm|group)( (e-?mail|mail|security|it))? polic(y|ies)\b",
        # a list's or group's moderator refused the post (Exchange's moderated groups, Mailman): the group's rule
        r"(rejected|declined|refused) by (the |a )?(group |list )?moderators?\b",
        # (a gateway's direction named: "Rejected by outbound policy: Restrict external sending")
        r"(denied|rejected|refused|blocked) (by|due to|because of) (local |our |site |content |security |outbound |inbound )?polic",
        # the site takes no mail in a language, a character set or a format ("messages in this language are
        # not accepted", "HTML-only messages are not accepted"): its rule on the content
        r"(messages?|mails?|e-?mails?) in (this|that|the|your) (language|character set|charset|encoding)( \([^)]{0,40}\))? (are |is )?not (accepted|allowed|permitted)",
        r"(character sets?|charsets?) (are |is )?not (accepted|allowed|permitted)",
        r"(does not|doesn't|do not|don't|will not) accept (messages?|mails?|e-?mails?) in (this|that|the|your|a foreign) language",
        r"html(?:[- ]only|[- ]formatted)? (messages?|mails?|e-?mails?) (are |is )?not (accepted|allowed|permitted)",
        # an administrator's prohibition of the message ("553 sorry, your mail was administratively denied.
        # (#5.7.1)"): the site's rule, not our host's reputation (not ICMP's "communication administratively
        # prohibited", a network's filter; an account, a relay or a sender address "administratively"
        # refused keeps its own reading)
        r"(mail|message|e-?mail)s? (was |is |has been |were |are )?administratively (denied|prohibited|rejected|refused|blocked|declined)",
        r"local policy", r"content policy", r"acceptable content rules",
        r"\b(contravenes|breaches|violates|breaks|infringes) (the|our|this) ([\w'-]+ ){0,3}(regulations|rules|code of conduct)\b",
        *(rf"\bunder (the|our|this) ([\w'-]+ ){{0,2}}{kind} policy\b"
          for kind in ("ict", "it", "(e-?)?mail", "acceptable use", "communications?")), r"(mail |e-?mail )?filtering polic(y|ies)", r"content restrictions?", r"against (our|the) polic", r"prohibited (content|attachment|file|by polic)",
        # (the type named after the words: "attachment type .html is not permitted")
        r"(attachment|file)( type| extension)?s?( of (the )?type \S{1,20}| \.[a-z0-9]{1,10}| \(\.[a-z0-9]{1,10}\))? (is |are )?(not allowed|not accepted|not permitted|prohibited|blocked|banned)",
        # (the receiving organisation's policy named: "blocked by the recipient organisation's data protection policy")
        r"\b(recipient|receiving|destination)(['’]s)? organi[sz]ation['’]?s? ([\w-]+ ){0,3}polic(y|ies)\b",
        # "the message contains an attachment that is not allowed (invoice.html)"
        r"(contains?|containing|has|with) an? (attachment|file) (that|which) (is|are) not (allowed|permitted|accepted)",
        # "The message contained an attachment of a type that is not permitted by the recipient's organization" (Proofpoint)
        r"\b(attachment|file) of a type (that|which) (is|are) not (allowed|permitted|accepted)\b",
        # a message the receiving side's policy requires encrypted ("554 5.7.1 Message must be encrypted (NoSpamProxy
        # policy)"): of the message, never the connection's TLS
        r"\b(message|e-?mail)s? must be (sent )?encrypted\b",
        # a data-loss-prevention rule named by what it guards ("Policy: Data Security - Personally Identifiable Information",
        # "The message contains 14 IBAN numbers": Forcepoint's and the gateways' DLP notices)
        r"\bpersonally identifiable information\b", r"\bcontains \d+ (iban|credit card|card|account|social security) numbers\b",
        # "Attachment name "offerta.docm" is forbidden by the recipient's mail policy"
        r"attachment (file ?)?name\b(?:[^.;]|\.(?=\w)){0,80}?(is |are )?(forbidden|not allowed|not permitted|prohibited|blocked)",
        r"(extension|file type)( \.?\w{1,10})? (is |are )?(not allowed|not accepted|not permitted|prohibited|blocked|banned|forbidden)",
        r"(blocked|banned|forbidden|prohibited|disallowed) (file|attachment)( name)? (type|extension)s?",
        # "contains a file type that the recipient's organization does not accept" (Sophos Email)
        r"(file|attachment) type (that |which )?(the )?(recipient'?s? )?(organi[sz]ation|domain|server|site) (does not|doesn't|will not) accept",
        r"attachment (filter|filtering|policy|block)", r"banned (words?|phrases?|content|attachments?|files?|file types?)",
        # attachments taken from no one on an address ("does not accept attachments from external senders")
        r"(do(es)? not|don't|doesn't|will not|won't) accept (any )?attachments\b",
        r"header error", r"potential security issue", r"blocked because its content",
        # (not after the cause it restates: "Mail system down for maintenance - message not accepted")
        r"(?<!maintenance - )(?<!maintenance; )(?<!maintenance, )message (contents? )?(is |are )?not (allowed|accepted|permitted)",
        r"email (address )?not allowed to be used",
        r"not (allowed|permitted) by (local |our )?polic", r"message (was )?rejected for policy",
        r"rejected due to (local|domain|content|organi[sz]ation|security|our) polic", r"due to (local|domain|content|organi[sz]ation|security) polic",
        r"dmarc policy violation",
        # a named organisation's rules ("rejected by Northwind IT policy", "blocked by Fabrikam mail policy")
        r"\b(by|per|under) (the )?([\w&.-]+ ){1,3}(it|mail|e-?mail|messaging|company|corporate) polic(y|ies)\b",
        # a gateway's rules about the content or its attachments (Proofpoint "Email Firewall rule",
        # executables and password-protected archives refused, data loss prevention)
        r"(e-?mail |mail )?firewall rules?", r"(rejected|blocked|refused) by (the |our )?(filter|filtering|content|mail|e-?mail|server|site|security) rules?",
        r"(attachment|message) contains (an? )?(executable|prohibited|forbidden|disallowed|banned)",
        r"(password[- ]protected|encrypted) (archive|attachment|zip|file)", r"data loss prevention", r"\bdlp\b",
        # a data loss prevention rule named by what it found ("appears to contain payment card numbers")
        r"contains? (payment |credit |debit )?card (numbers|details|data)\b", r"(payment|credit|debit) card (numbers|details|data)\b",
        r"suspicious (attachment|file)",
        # an administrator's rule of the receiving organisation (Exchange transport / mail flow rules)
        r"(transport|mail ?flow) rule",
        # the texts administrators write for those rules say what the organisation does not take:
        # "Executable and macro-enabled attachments are not accepted", "External messages containing links
        # to file-sharing services are not accepted", "Messages with the sensitivity label ... cannot be sent
        # outside the organization" (Exchange's TRANSPORT.RULES.RejectMessage names only the rule: its
        # default text, "Delivery not authorized, message refused", no cause)
        r"(messages?|mails?|e-?mails?) (containing|with) [^.;]{1,60} (are|is) not (accepted|allowed|permitted)",
        r"cannot be (sent|delivered|forwarded) outside (of )?(the|this|your|our) (organi[sz]ation|company|network|tenant)",
        r"only accepts? (messages?|mails?|e-?mails?) (written )?in (english|german|french|spanish|[a-z]+ (and|or) [a-z]+)\b",
        r"sensitivity label", r"(domain|organi[sz]ation|tenant|company|administrator)(?:'s)? (e-?mail |mail )?polic(y|ies)",
        # ... said with the adjective ("Message blocked due to organizational policy", "corporate e-mail policy")
        r"\b(organi[sz]ational|corporate) (e-?mail |mail |security )?polic(y|ies)\b",
        # Office documents with macros refused (Broadcom Email Security.cloud "MS-Office file containing VBA
        # macros found inside of the email", KB 162445), attachments of a type ("attachments of type .iso are
        # not accepted by this organization"): what the site takes, no judgement of spam or malware
        r"(file|document|attachment)s? containing (vba )?macros",
        # a message stopped by a rule of the site, no more said ("Your message was blocked due to a policy", German "wurde
        # aufgrund einer Richtlinie blockiert", French "bloqué en raison d'une règle", Italian "bloccato a causa di una policy")
        r"(blocked|rejected|refused|stopped|quarantined) (due to|because of) (a|an|the) ([\w-]+ )?polic(y|ies)\b",
        r"\baufgrund (einer|der) ([\w-]+ )?richtlinie (blockiert|abgewiesen|zur(ü|ue)ckgewiesen|gestoppt)",
        r"\b(bloqu|rejet|refus)(é|e)e? en raison d['’](une|la) (r(è|e)gle|politique)\b",
        r"\b(bloccat|rifiutat|respint)[oa] a causa di una (policy|regola|politica)\b",
        # (German "Makros in Office-Dokumenten nicht erlaubt", the site's rule on macro documents)
        r"\bmakros\b[^.;]{0,40}\bnicht (erlaubt|zugelassen|gestattet)\b",
        # a gateway's rule against macro documents ("Block macro-enabled Office documents (.docm .xlsm .pptm)",
        # Cisco content filter "Inbound_Strip_Macro_Documents")
        r"(?<![a-z])macro[-_ ]?(enabled[-_ ])?(office[-_ ])?(documents?|files?|attachments?)\b",
        r"\battachments? of (the )?type \S{1,20} (are|is) not (accepted|allowed|permitted)",
    ],
    "auth_failure": [
        # Outlook.com's DMARC refusal, "messages from (<ip>) on behalf of (<domain>) could not be delivered due to domain owner
        # policy restrictions" (the domain owner's policy: its DMARC record's p=reject)
        r"\bdue to domain owner policy restrictions\b",
        # a gateway's own account of the checks (NoSpamProxy: "The SPF check for the sender domain x returned 'fail'", "the
        # DMARC policy of the domain is 'reject'")
        r"\bspf check\b(?:[^.;]|\.(?=\w)){0,80}\breturned '?(fail|softfail)\b", r"\bdmarc policy (of the (sender )?domain )?is '?reject\b",
        # (not "originating from your DKIM domain": Gmail names the domain whose reputation it
        # judges, no check that failed)
        r"\bspf\b", r"\bdkim\b(?! domain\b)", r"(?<!your )\bdkim domain\b", r"\bdmarc\b", r"sender policy framework", r"domainkeys",
        r"unauthenticated (e-?mail|mail|message)", r"does not pass (dmarc|spf|dkim)",
        r"(sender|domain) authentication (failed|failure|check)", r"authentication checks? failed",
        # ("disposition SPOOF - sender failed authentication for x", "the message failed sender authentication")
        r"\bsender failed (its |the )?authentication\b", r"\bfail(ed|s)? (the )?sender authentication\b",
        r"arc validation", r"5\.7\.(2[0-46]|509|515)\b", r"not authenticated by the sending domain",
        # a forged sender found (Barracuda "550 rejecting spoofed message", Microsoft's spoof intelligence):
        # the sender's claim to its domain failed the receiving side's checks
        # (not the advice appended to a missing mailbox, "your address may have been spoofed by a virus")
        r"(?<!anti-)(?<!anti )\bspoof(ed|ing)? (message|mail|e-?mail|sender|domain|address|from)\b",
        r"\b(suspected|detected|possible|likely) spoof(ing)?\b", r"\b(as|for) spoofing\b",
        # a receiver's anti-spoofing check of the sending IP against the sender's domain (Libraesva
        # "Antispoofing - sending IP ... is not allowed to send for this sender domain"), as SPF checks it
        # (not Mimecast's "Rejected by header based Anti-Spoofing policy": an administrator's policy,
        # ``policy_violation``)
        r"\bantispoofing - sending ip\b",
    ],
    "require_ptr": [
        # AOL's refusal when our IP's reverse lookup fails ("550 REQUESTED ACTION NOT TAKEN: DNS FAILURE", AOL's postmaster error
        # list, "DNS" errors: the sending IP has no or a broken PTR record)
        r"\brequested action not taken: dns failure\b",
        r"reverse (dns|lookup|mapping|host ?name|name)", r"\bptr\b( record)?", r"\brdns\b", r"\bfcrdns\b",
        r"ip name lookup failed", r"(cannot|can't|could not|unable to) (find|resolve|determine) your (host ?name|domain name|reverse|address|ip( address)?)\b",
        r"(no|missing|without a|invalid) (valid )?(reverse|ptr|hostname for your ip)", r"unresolvable (relay )?host ?name",
        r"client host .{0,60}(has no|without|lacks) (a )?(ptr|reverse|host ?name)",
        r"(hostname|host name) (lookup|verification) failed", r"unverif(y|i)able (sending )?ips?",
        r"ip address (has no|without|does not have) (a )?(ptr|reverse|host ?name)", r"not resolve to your ip",
        r"client address .{0,60} (has no|without) (ptr|reverse|hostname)",
    ],
    "bad_reputation": [
        # (not a block list named for reputation, "listed on the MailSafe reputation blocklist (RBL: ...)": a list, ``blocked``)
        r"reputation(?! ?(block|black|deny) ?list)", r"user complaints", r"unexpected volume or user complaints", r"sender score",
        r"ip (is )?(known|seen) (as|for) (spam|abuse)", r"poor sending history", r"low (sender |ip )?trust",
        # ("this sender has a poor track record with our subscribers": the sender's history with the site)
        r"\b(poor|bad) (sending )?track record\b",
        # the sender suspected of sending spam, no message judged (QQ Mail's "550 Suspected spam sender"): its standing
        r"\bsuspected spam (sender|source)\b", r"\bsuspected spammer\b",
        # ("the sending history of x with our users is not good enough", "the standing of your network with our users is low")
        r"\bsending history\b", r"\bstanding of your (sending )?(network|ip|server|host|domain)\b", r"\b(low|poor|bad) standing\b",
        r"\btss0[0-8]\b", r"(excessive|too many|high (rate|number) of) (user |spam )?complaints",
        # ("We have received a large number of complaints from our users about mail from 192.0.2.61")
        r"\b(large|significant|unusual(ly high)?|growing) (number|volume|amount) of (user |spam |abuse )?complaints\b",
        # ("deferred: elevated complaint rate reported by our subscribers")
        r"\b(elevated|high|excessive|unusual(ly high)?) (spam |user )?complaint rates?\b",
        # ("mail from 192.0.2.200 has been reported as spam by many of our users and is blocked for all recipients", "An unusually large
        # share of our members have flagged mail from this sender as unwanted")
        r"\breported as (spam|junk|unwanted) by (many|numerous|a large number) of (our )?(users|members|subscribers|customers|recipients)\b",
        r"\b(large|high) (share|proportion|percentage) of our (users|members|subscribers|customers)\b[^.;]{0,40}\b(flagged|marked|reported)\b",
        # a sending domain too new to have a reputation ("Your domain was registered less than 30 days ago")
        r"(domain|sender domain) (was )?registered less than \d+ (days|weeks|months)", r"newly registered domain",
        r"domain (is )?too (new|young)",
        # a count of our past mail judged spam (SFR "Service refused due to bad behaviour - too many messages
        # reported as spam"): our history, not this message's content ("Our users reported this bulk email as
        # spam" stays ``spam_detected``)
        r"too many (of (your|the) )?(messages|mails|e-?mails)\b[^.;]{0,60}\b(reported|identified|flagged|marked|classified) as (spam|junk)",
        # ... or a share of it ("our subscribers have flagged an unusually high percentage of recent mail from x as junk")
        r"(high|unusual(ly high)?|large|excessive) (percentage|proportion|share|number|rate) of (your |the |recent |our )*"
        r"(mail|messages|e-?mails?)\b(?:[^.;]|\.(?=\w)){0,60}?\b(as|reported as|marked as|flagged as) (spam|junk)",
        # refused for the complaints of the site's own users ("rejected due to spam complaints from our users")
        r"(rejected|refused|blocked|denied|deferred)[^.;]{0,24} (due to|because of|following) (numerous |many |repeated )?"
        r"(spam |user |abuse )?complaints (from|by) ((our|its|the) )?(users|recipients|customers|subscribers)",
    ],
    "not_compliant_rfc": [
        # the RFC 5322 limits and fields a site checks ("lines longer than 998 characters", section 2.1.1; "Messages
        # without a Message-ID are not accepted", section 3.6.4)
        r"lines? (longer|over|exceeding|more) than 998\b", r"\blines? exceeds? 998\b",
        # (Exchange Online's 5.6.11 "SMTPSEND.BareLinefeedsAreIllegal": a bare LF where RFC 5322 section 2.3 wants CRLF)
        r"barelinefeedsareillegal", r"\bmore than 998 (characters|chars|octets|bytes)\b",
        # (the limit named in another language: German "Zeilen mit mehr als 998 Zeichen", "Zeile zu lang (max. 998 Zeichen)", French
        # "998 caractères", Spanish / Portuguese "998 caracteres", Italian "998 caratteri", Polish "998 znaków", Dutch "998 tekens",
        # Swedish "998 tecken", Danish / Norwegian "998 tegn")
        r"\b998 (zeichen|caract(è|e)res|caracteres|caratteri|znak(ó|o)w|tekens|tecken|tegn)\b", r"(without|missing|no) (a |the )?message-?id\b",
        # "550 5.7.1 Message headers fail syntax check": the header fields break RFC 5322's grammar
        r"headers? (fail(ed|s)?|failing) (the )?syntax check",
        # (not Gmail's pointer "... go to <help link> and review RFC 5321 specifications", which it adds
        # to replies about recipients, rates and syntax alike: advice to read, no verdict)
        # (nor an X.400 gateway's note of its own conversion, PP's "Converted to RFC 822 at <host>": a step of the route)
        r"(?<!review )(?<!see )(?<!converted to )rfc[ -]?(5322|2822|822|5890|6531)(?!\s*;)", r"(?<!review )(?<!see )rfc ?(5321|2821)(?! address)",
        r"not (rfc|standards?)[- ]compliant",
        # Mailman 3's LMTP runner: "550 No Message-ID header provided", "501 Message has defects"
        r"no message-id header", r"message has defects",
        # RFC 5322 2.1.1: a header line is at most 998 characters ("554 5.6.0 header line too long")
        r"header (line|field)s? (is |are |was )?too long",
        r"multiple .{0,20}addresses in from: header", r"(duplicate|missing|invalid|malformed|multiple) .{0,20}(header|headers)\b",
        r"headers? (are |is )?(not )?(compliant|malformed|invalid)", r"non-?compliant", r"bare (lf|linefeed|newline)",
        # a field RFC 5322 section 3.6 allows once, sent twice ("550 5.6.0 Only one From header allowed")
        r"\bonly one [\w-]+:? header( field)? (is )?(allowed|permitted)\b",
        r"message (is )?not (properly )?formatted", r"improper(ly)? formatted", r"\bbare <?lf>?",
        # ... in German, the header's lines ("Kopfzeilen") duplicated, missing or malformed ('doppelte Kopfzeile "Message-ID"',
        # "fehlende Date-Kopfzeile")
        r"\b(doppelte|fehlende|ung(ü|ue)ltige|fehlerhafte|mehrfache|mehrere)\b[^.;]{0,20}kopfzeilen?\b",
    ],
    "rate_limited": [
        # a count of our mail over a period ("more than 200 messages from your server this hour")
        r"\bmore than \d+ (messages|mails|e-?mails|connections) from your (server|ip|host|domain|address)\b",
        r"too many (connections|concurrent|simultaneous|sessions|messages|recipients|mails|emails|requests|errors|threads)",
        r"too many (open|active|parallel) connections",
        # a temporary 4.7.x that says only "try again later" (rspamd's greylisting reply "451 4.7.1 Try
        # again later", postgrey's and others'): held back for now, nothing refused for good
        r"^4\d\d(?: 4\.7\.\d{1,3})? (?:please )?try again later\.?$",
        # told to come back later *from our address*: Exchange Online's 4.7.500-4.7.699 "Server busy.
        # Please try again later from [<ip>]" throttles a sending IP (Microsoft, "Fix error code 451
        # 4.7.500-699 (ASxxx) in Exchange Online"), nothing failed on their side
        r"try again later from \[?[0-9a-f]{1,4}[.:][0-9a-f.:]+\]?",
        # the sender sends too fast or too much (Google 4.2.1 "receiving mail at a rate", Postfix
        # anvil "too many connections", Exim ratelimit, providers' daily quotas of a sender)
        r"receiving mail (too quickly|too fast|at a rate)", r"too much mail", r"frequency limit", r"(sending|submission|message|mail) frequency",
        r"(connection|thread|session|concurrency) (limit|count) (exceeded|reached)", r"max(imum)? (number of )?(messages?|mails?|recipients?) per (connection|session|hour|day|minute)",
        r"(daily|hourly) (sending |submission |message |mail |email |recipient )?(quota|limit)",
        # (a forwarding service's count of the mail it passes on for the recipient's domain, "paperkite.example has reached its
        # daily forwarding limit, try again later": taken again tomorrow)
        r"\b(daily|hourly|monthly) forwarding (quota|limit)\b",
        # Exim's ratelimit ACL, as its spec words the refusal: "Sender rate $sender_rate / $sender_rate_period"
        r"sender rate [\d.]+ ?/ ?\d*[smhdw]\b", r"(sending|submission|outgoing) (quota|limit) (exceeded|reached)",
        r"exceeded (the |your |its )?(daily |hourly )?(sending|submission|message|mail) (quota|limit)", r"too many (messages|mails) from",
        r"rate limit", r"rate-limit", r"ratelimit", r"(rate|volume) (exceeded|too high)", r"throttl",
        # Symantec Email Security.cloud (MessageLabs) "421 Service Temporarily Unavailable; traffic shaping in
        # effect for <ip>": the gateway slows the sending IP down (its documented traffic shaping)
        r"traffic shaping",
        r"(greylist|graylist|grey-list|gray-list)", r"slow down",
        # greylisting in a host's own words: the sender is not known yet and must wait before its retry is taken
        # ("We don't know your server yet. Come back in a little while", "new senders have to wait 10 minutes before we
        # take their mail"; postgrey's idea, RFC 6647 section 2.1, said by an administrator)
        r"\b(don't|do not) know (you|your (mail )?(server|host)|your ip|this (server|host|sender)) yet\b",
        r"\bnew senders (have to|must|need to) wait\b",
        r"\b(have not|haven't) seen mail from (your|this) (server|host|ip|network) before\b",
        r"\bfirst[- ]time sender\b", r"\bfrom (new|unknown) (servers|senders|hosts) (is|are) (held back|delayed|deferred)\b",
        # the receiving server taking fewer of our messages for now ("The receiving server is limiting the number of messages it
        # accepts from our server")
        r"\blimiting the number of (messages|e-?mails|connections|recipients)\b",
        # ("Your server is not yet known to us, please retry in a few minutes")
        r"\byour (mail ?)?(server|host) is not (yet )?known to us yet\b", r"\byour (mail ?)?(server|host) is not yet known\b",
        # iRedAPD's default greylisting reply (its GREYLISTING_MESSAGE; iRedMail enables greylisting by
        # default): "451 4.7.1 <x>: Recipient address rejected: Intentional policy rejection, please try
        # again later"
        r"intentional policy rejection,? please try again later",
        r"sending (rate|quota|limit)", r"exceeded .{0,40}(rate|frequency|number of (messages|recipients|connections))",
        r"connection (rate|frequency|limit)", r"message (rate|frequency|limit) exceeded",
        r"\d+ simultaneous connections", r"recipients per (session|connection|message|transaction)",
        # a limit on the sender's connections reached ("Connection deferred - concurrent connections limit exceeded",
        # "simultaneous connection limit reached"): the receiving side's rate of us, as "too many concurrent connections"
        r"\b(concurrent|simultaneous|parallel) (smtp )?(connection|session)s? (limit|count|quota) (exceeded|reached)\b",
        # ... in German, French, Spanish, Italian ("Zu viele gleichzeitige Verbindungen", "trop de connexions simultanées",
        # "demasiadas conexiones simultáneas", "troppe connessioni simultanee")
        r"\bzu viele (gleichzeitige|parallele) verbindungen\b", r"\btrop de connexions (simultan(é|e)es|parall(è|e)les)\b",
        r"\bdemasiadas conexiones (simult(á|a)neas|concurrentes)\b", r"\btroppe connessioni (simultanee|contemporanee)\b",
        # (Dutch "Te veel gelijktijdige verbindingen", Polish "Zbyt wiele jednoczesnych połączeń", Portuguese "Muitas conexões
        # simultâneas", Japanese "同時接続数が上限を超えています" (the number of simultaneous connections is over the limit))
        r"\bte veel gelijktijdige verbindingen\b", r"\bzbyt (wiele|du(ż|z)o) (jednoczesnych|r(ó|o)wnoczesnych) po(ł|l)(ą|a)cze(ń|n)\b",
        r"\b(muitas|demasiadas) conex(õ|o)es (simult(â|a)neas|concorrentes)\b", r"同時接続数が(上限|制限)を超え",
        r"too (fast|frequent|often)", r"deferred (due to|because of) (volume|rate)", r"excessive (volume|rate|number of (messages|connections|recipients))",
        r"temporarily (deferred|rejected) .{0,40}(rate|volume|limit)", r"receiving mail at a rate",
        # the recipient's limit of mail received in a time said as a limit exceeded ("Receiving limit exceeded, try again
        # later", o2.pl / WP's bilingual "Przekroczono limit odbierania poczty")
        r"\breceiving limit (exceeded|reached|has been (exceeded|reached))\b", r"\breceive limit (exceeded|reached|has been (exceeded|reached))\b",
        r"\bprzekroczono limit odbierania\b",
        # ... and said as a rate ("Recipient's mailbox is receiving too many messages right now (receive rate limit exceeded)")
        r"\breceive rate limit (exceeded|reached)\b", r"\bmail ?box is receiving too many messages\b",
        # (a rate said to have passed its limit, "Message submission rate for this client has exceeded the configured limit")
        r"\b(message|submission|sending|connection|mail) rate (for|of) (this|your|the) (client|ip|host|server|sender)\b"
        r"[^.;]{0,30}\b(has )?(exceeded|reached)\b",
        # ("550 5.2.2 Inbound message rate for this mailbox exceeded (max 60 per 10 minutes)")
        r"\binbound (message |mail )?rate\b[^.;]{0,40}\b(exceeded|reached)\b", r"\bincoming (message |mail )?rate\b[^.;]{0,40}\b(exceeded|reached)\b",
        r"has exceeded (the |its |their )?(allowed |maximum )?(number|rate|limit)", r"maximum (number of )?(connections|recipients)",
        r"mail flood", r"recipient limit", r"daily (sending |relay |message )?(quota|limit)",
        # a count of ours per period, as policy daemons word a rate limit (postfwd's rate() example
        # "sorry, max 100 requests per hour"; Cluebringer's quota module "Message count quota exceeded")
        r"max(imum)?\.? \d+ (requests?|messages?|mails?|e-?mails?|recipients?|connections?) (per|an|a|each|every) "
        r"(hour|minute|min|second|sec|day)\b",
        r"(message|mail|recipient|connection) count quota",
        # greylistd's documented Exim ACL: "<ip> is not yet authorized to deliver mail from <x> to <y>.
        # Please try later." (the triplet is new; the next try is accepted)
        r"not yet authori[sz]ed to deliver mail from\b",
        # greylisting said by when the sender's mail is taken (RFC 6647 section 2.1: the first attempt refused for a time, a
        # retry accepted): "mail from new senders is accepted only on the second delivery attempt"
        r"\baccepted (only )?(on|at|with) (the|a|their|its) (second|next|later) (delivery |sending )?(attempt|try|retry)\b",
    ],
    "blocked": [
        # our host refused for where its IP is ("we do not accept connections from outside the EU", a GeoIP rule): the
        # sending IP's place, no recipient's and no receiving system's state
        r"\bgeo-?ip\b", r"(do not|don't|does not|doesn't|will not|won't) accept connections from (outside|your country|your region)\b",
        r"\b(messages|mail|e-?mails?|connections) from (servers|hosts|ips?|ip addresses) (located |based )?outside\b",
        # (not the sending account's own list, "on your account's blocklist", "blocklisted contacts": a sending service's
        # suppression of its own contacts, ``suppressed``)
        r"(?<!account's )(?<!account’s )(?<!accounts )(?<!account )\bblock(ed|ing)? ?list(?!ed contacts?\b)",
        r"(?<!account's )(?<!account’s )(?<!accounts )(?<!account )\bblack ?list",
        # our host refused for the spam it has sent, not this message's content ("Service refused due to bad behavior - Too
        # many spam messages", "554 Access denied - Under investigation for spam abuse": a provider's block of the IP)
        # (Paran's "SPAM_SUSPECT:IP_CONTROL": the sending IP under control)
        r"\bip_control\b",
        r"\btoo many spam (messages|mails|e-?mails)\b", r"\baccess denied\W+under investigation for (spam|abuse|spam abuse)\b",
        # our host (or one our mail passed) found to be an open relay and refused for it ("This mail was handled by an open
        # relay", the ORDB / ORBS era's lists of open relays)
        r"\b(handled|sent|relayed|delivered) (by|through|via) an open relay\b",
        r"\b(appears to be|is listed as|identified as|tested as) an (open relay|open proxy|insecure relay)\b",
        r"\bip (deny|block|black) ?list",
        # a range of addresses or a country refused ("Mail from bulk sending service IP ranges is blocked here", "We
        # do not accept email from your country")
        r"\bip (address )?ranges? (is |are )?(blocked|banned|refused|denied|not accepted)",
        r"(mail|e-?mail|messages|connections) from your (country|region|geographic)",
        #    ... the servers of our country ("we do not accept mail from servers in your country")
        r"\bfrom (mail )?(servers|hosts|ip addresses|networks) (in|located in|based in) your (country|region)\b",
        # our IP named, on the site's own list ("198.51.100.7 is on our local deny list")
        r"[\s\[(<:=]\d{1,3}(\.\d{1,3}){3}\]? (is |was )?(listed |found )?(on|in) (our |the |a )?(local )?(block|black|deny|reject) ?list",
        r"\b(ip|client|server|sender ip|client host)s? (address )?(is |has been |was )?"
        r"(blocked|banned|blacklisted|listed|denied|not allowed)",
        # our IP named, then filtered or blocked (Naver "421 4.3.2 Your IP(192.0.2.46) is filtered and this
        # connection will be closed. You must register your IP"): the sending host, not a person's filter
        r"\byour ip( address)?\s?(\(?\d{1,3}(\.\d{1,3}){3}\)?\s)?(is|has been|was) (filtered|blocked|banned|blacklisted|listed|denied)",
        # (not the domain's own mail exchangers, "No answer from any hosts listed in MX" (KumoMTA, Exim): a network failure)
        r"(?<!not )(?<!grey)(?<!gray)(?<!grey-)listed (at|in|on|by) (?!(the |its )?mx\b)", r"\brbl\b", r"\bdnsbl\b", r"spamhaus", r"spamcop", r"\bsorbs\b",
        # block lists of sending hosts named by their name (their operators' pages: uceprotect.net, psbl.org,
        # barracudacentral.org, abusix.com, invaluement.com, spamrats.com, mailspike.org, backscatterer.org)
        r"uceprotect", r"\bpsbl\b", r"barracudacentral", r"\babusix\b", r"invaluement", r"\bivmsip\b", r"spamrats",
        r"mailspike", r"backscatterer",
        # (Postfix's prefix of a client restriction, whose text after the colon may name a cause of its own: "450 4.7.1 Client
        # host rejected: Greylisted, try again in 5 minutes" is greylisting, ``rate_limited``)
        r"client host rejected(?!:?\s*(grey|gray)[- ]?list)", r"client host \[?[\d.:a-f]+\]? (is )?blocked", r"\bblocked ip\b",
        # mail from an IP address said refused ("571 Email from 192.0.2.80 is currently blocked by
        # Verizon Online's anti-spam system"): the host, whatever system refuses it
        r"from \[?\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\]? (is |are |has been |was )?(currently |temporarily |permanently )?"
        r"(blocked|refused|rejected|denied|blacklisted|banned)" + _UNLESS_A_CAUSE,
        r"(dynamic|dial-?up|residential|consumer) (ip|address|host|range|pool|connection)",
        r"(isp|provider)(?:'s)? (smtp|mail ?server|relay)", r"use the smtp server of your isp",
        # (a server or system, not the recipients themselves: "they are not accepting mail from <x>" is
        # their own setting, ``filtered``)
        r"(?<!they are )(?<!recipients are )(?<!recipient is )(?<!addressee is )(?<!user is )(?<!member is )"
        r"(?<!user )(?<!member )(?<!recipient )(?<!addressee )(?<!mailbox owner is )"
        # (nor the address named before it: AOL's "550 5.1.1 <jo@aol.com>: IS NOT ACCEPTING MAIL FROM THIS
        # SENDER", its member's own setting as AOL's error page lists it)
        r"(?<!>: is )(?<!> is )not accepting (connections|mail) from",
        r"not accepting connections", r"connection (rejected|denied) (by|due)", r"connection refused (from|due)",
        # (not Sendmail's words for a TCP connection nobody accepted: "Deferred: Connection refused by
        # mx.example.", "(reason: Connection refused by ...)": no server answered to refuse us; nor
        # the Windows socket error 10061 / WSAECONNREFUSED, "Connection refused by remote host", unless
        # a server's reply says it: "554 Connection refused by remote host")
        # (nor with only an IP address, or a host with its address or port, after them, anywhere in a line: "last error: 4.4.1
        # connection refused by 192.0.2.170:25", "mx.x.example[192.0.2.170]:25", a TCP connection nobody accepted; a server's own
        # "550 Access denied - connection refused by mx.example.net" names only itself)
        # (nor the sending MTA's record of its last attempt, "(last error: Connection refused by 203.0.113.88)")
        r"(?<=[\s\S])(?<!deferred: )(?<!reason: )(?<!error: )connection refused by(?! (the )?remote host\b)"
        r"(?! (\[?\d{1,3}(\.\d{1,3}){3}\]?:\d+|(<host>|[a-z0-9-]+(\.[a-z0-9-]+)+)(\[[0-9a-f.:]+\](:\d+)?|:\d+))\.?\s*($|[;,)]))",
        # (nor the same words alone with only the host after them, the "Deferred:" lost: "Connection refused by mail.x.example",
        # its address and port too, Postfix's "mx.x.example[192.0.2.45]:25")
        r"^connection refused by(?! (the )?remote host\b)(?! (\[?[a-z0-9-]+(\.[a-z0-9-]+)+\]?|<host>)(\[[0-9a-f.:]+\])?(:\d+)?\.?\s*($|[;,)]))",
        r"^[45]\d\d[ -](\d\.\d{1,3}\.\d{1,3} )?connection refused by\b",
        r"may not be (a )?mail exchanger", r"ip address .{0,40}(blacklisted|blocked|listed)",
        # (not amavisd-new's contents category "id=... - BANNED: <file name or type>": its attachment
        # policy, knowledge/mtas.py)
        r"(?<! - )banned(?! (words?|phrases?|content|attachments?|files?|file types?)\b)",
        # (not "host mx.example [192.0.2.3] refused the connection": the host named by its address closed its
        # port to any client, a network failure the sending MTA reports; nor Domino's "Unable to connect to host mx...: Remote
        # system refused the connection (connection refused)", the socket's own error after it)
        r"(refused|rejected)(?<!\] refused)(?<!\] rejected)(?<!system refused)(?<!host refused) (your|the) (connection\b|ip\b)"
        r"(?! \(connection refused\))",
        # "refused by blackhole list", "RBL" spelled out (a DNS list of sending hosts)
        r"black ?hole", r"bypass(ing)? (the |your )?(service provider'?s?|isp'?s?|provider'?s?) (mail )?relay",
        r"service (is )?(not )?(available|permitted) (for|to) (your|this) (ip|host|network)",
        r"poor (ip )?reputation", r"mail from your (ip|server|host|network)(?! before\b)",
        # our host on the site's own list, described rather than named ("Your mail server 203.0.113.77 appears on a list of
        # networks we do not accept mail from")
        r"\bon a list of (networks|hosts|servers|ip addresses|ips|addresses) (that )?(we|this server) (do not|don't|will not|won't|no longer) accept\b",
        # ("your network 203.0.113.0/24 is on this site's list of refused networks")
        *(rf"\blist of {adj} (networks|hosts|servers|ip addresses|ips|address ranges)\b"
          for adj in ("refused", "blocked", "banned", "rejected", "denied", "barred")),
        # ... or in a range of addresses it refuses ("client [203.0.113.45] falls within an address range this site refuses mail
        # from")
        r"\b(address|ip|network) range (that )?(this (site|server)|we) (refuses?|blocks?|rejects?|(does|do) not accept)\b",
        r"\(bl\)", r"envelope blocked(?! \S{1,2} user (domain )?entry)", r"blocked using", r"\bcbl\b", r"abuseat", r"\bblack ?ip\b", r"sending ip",
        r"(traffic|mail|messages?|connections?|e-?mail) (is |are )?not accepted from (this|your|the sending) (ip|host|server|network)",
        r"(sender|source|client|connecting) ip( address)?\b", r"blocked for (abuse|spam)",
        # the sending IP named as refused in other words (Sisimai Blocked's meanings: "invalid IP for
        # sending mail", "sent from the following IP address", "listed as abusive", "not allowed to
        # connect", "mail was blocked by <operator>")
        r"\binvalid (sending |source |client )?ip( address)?\b", r"(sent|coming) from (the following |your |this )ip",
        r"listed as (abusive|spam|a spam source|a spammer)", r"(not allowed|not permitted) to connect",
        r"(mail|connection|messages?) from \d+\.\d+\.\d+\.\d+ (is |was |were )?(refused|rejected|blocked|denied)"
        + _UNLESS_A_CAUSE,
        # (nor a gateway that says why: "blocked by the email protection gateway because it contains malware")
        # (nor a content gateway that names itself in every notice, "was blocked by MailMarshal. Reason: ... rule 'Spam
        # Censor'": its rule says why, ``blocked_weak``; nor the recipient domain's administrator, "This message was blocked by
        # the administrator of x.example. Messages with promotional content are not accepted": its rule says why)
        # (nor a gateway named by what it inspects, "was blocked by the email content security gateway")
        r"was blocked by (?!(the |our |an? |their |your )?(e-?mail |mail |message )?(recipient|user|receiver|content|spam|anti-?spam|virus|polic|filter|attachment|transport|mail ?flow|rule|mailmarshal|data loss prevention|dlp\b|administrator|admin\b))"
        # (nor an organisation's named policy, "was blocked by your organization's email encryption policy": the policy)
        r"(?!(the |our |their |your )?organi[sz]ation['’]s (e-?mail )?((encryption|security|data loss prevention|dlp|content|"
        r"compliance) )?polic)"
        # (nor a named organisation's policy, "was blocked by the Shop Example data loss prevention policy": the policy)
        r"(?!(the |our |their |your )?([\w&'’-]+ ){1,3}(data loss prevention|dlp|content|attachment|transport|mail ?flow|"
        r"security|compliance|encryption|e-?mail) polic)"
        r"(?!(?:[^.]|\.(?=\w)){0,80}\b(because|as|since) (it )?(contains?|contained|carrie[sd]|is infected)\b"
        r"[^.]{0,30}\b(malware|virus|trojan|attachment|file))"
        # (nor one that says which of the site's rules the message broke, "was blocked by Zix Email Threat Protection because
        # it violated the recipient organization's content policy": the policy)
        r"(?!(?:[^.]|\.(?=\w)){0,80}\b(because|as|since) (it )?(violated|violates|breached|breaches|did not comply with)\b)",
        r"\d+\.\d+\.\d+\.\d+ (is |was )?blocked",
        r"blocked (by|using|due to) (rbl|dnsbl|ldap|spamhaus|spamcop|sorbs|our (block|black) ?list)",
        # our HELO name refused (Postfix reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname,
        # reject_unknown_helo_hostname: "Helo command rejected: Host not found" / "need fully-qualified
        # hostname", https://www.postfix.org/postconf.5.html): a refusal of the sending host, whatever
        # its words say about a host or domain not found
        r"(?:helo|ehlo) command rejected",
        #    ... or said in an access map's own words ("HELO name mail.sender.example rejected", "invalid
        #    EHLO hostname")
        r"\b(?:helo|ehlo)( name| hostname| host)? (\S+ )?(rejected|refused|not allowed|is invalid|is not valid)",
        r"\binvalid (helo|ehlo)( name| hostname)?\b",
        # ... or not found in the DNS ("HELO/EHLO hostname mta2 does not resolve", Postfix reject_unknown_helo_hostname's
        # meaning in an administrator's words)
        r"\b(?:helo|ehlo)(/ehlo)?( name| hostname| host)? (\S+ )?(does not|doesn't|did not|could not|cannot) resolve\b",
        # an Exim ACL's own wording of the same check (its spec's example: "HELO should be a FQDN")
        r"\b(?:helo|ehlo)( name| hostname| argument)? (should|must) be (a |an )?(fqdn|fully[- ]qualified)",
        # our mail refused for where it comes from: a sender domain or host blocked by an access table
        # ("mail from sender.example is blocked", access(5) REJECT with text), a geo-IP block ("Mail
        # from your country is not accepted")
        r"(mail|messages?|e-?mails?) from (?!(the )?(recipient|user)\b)\S+ (is |are )?(blocked|banned|not accepted|not allowed|refused)"
        r"(?! by (the )?(recipient|user|receiver|addressee))" + _UNLESS_A_CAUSE,
        r"(mail|messages?|e-?mails?|connections?) from your (country|region|location) (is |are )?"
        r"(blocked|banned|refused|not accepted|not allowed)",
        r"\b(country|region|geo-?ip|geo-?location)\b[^.]{0,30}\b(blocked|not accepted|not allowed|refused|banned)",
        # qmail chkuser's answer when we sent it too many wrong recipients (CHKUSER_MAXWRONGRCPT_STRING,
        # chkuser_settings.h: "sorry, you are violating our security policies (#5.1.1 - chkuser)"): it
        # refuses the sender, whatever the X.1.1 it gives
        r"you are violating (our|the|its) (security )?polic(y|ies)",
    ],
    # said at MAIL FROM or after DATA it refuses us; at the greeting it refuses our host
    "access_denied": [r"access (is )?denied", r"access (is )?restricted", r"not permitted to (send|connect)"],
    "security_error": [
        r"authentication (is )?required", r"must (be )?authenticate", r"smtp auth(entication)? (is )?required",
        r"only accepts? (mail|e-?mail|messages) from authenticated (users|senders|clients)", r"(client|sender|user|you) (was |were |is |are )?not authenticated", r"(?<!dane )(smtp )?auth(entication)? (failed|failure|error|unsuccessful)",
        r"invalid credentials", r"not authori[sz]ed", r"unauthori[sz]ed", r"(sender|you are) not authenticated",
        r"security (policy|reasons|violation|error|check)", r"insecure", r"certificate",
        r"delivery not authorized", r"message refused", r"access (is )?(denied|restricted|forbidden)",
        # the client's login was refused or is required again (RFC 4954 454 / 535, Google 4.7.0 "Too
        # many login attempts", 5.7.0 "No identity changes permitted")
        r"too many (failed |invalid |bad )?(login|logon|authentication|auth) (attempts|failures)",
        r"unauthenticated (senders?|users?|clients?|relay|access) (are |is )?not (allowed|permitted|accepted)",
        r"no identity changes permitted",
    ],
    # words that say the client must authenticate (RFC 4954 530 5.7.0 "Authentication required"):
    # they name the cause even beside a code servers send with any text (530 5.5.1, 5.7.x)
    "auth_required": [
        r"authentication (is )?required", r"must (be )?authenticated?\b", r"smtp auth(entication)? (is )?required",
        r"(client|sender|user|you) (was |were |is |are )?not authenticated", r"authentication needed",
        r"only accepts? (mail|e-?mail|messages) from authenticated (users|senders|clients)",
        r"unauthenticated (senders?|users?|clients?|relay|access) (are |is )?not (allowed|permitted|accepted)",
    ],
    "failed_starttls": [
        # MTA-STS (RFC 8461) said no: the recipient domain's policy does not let us deliver to that MX
        r"mta-sts\b.{0,60}(?:fail|error|invalid|not authori|not permitted|not allowed|mismatch|does not match)",
        r"policy does not authori[sz]e (?:the )?mx",
        # DANE (RFC 7672): the MX's TLS certificate did not match its TLSA records ("DANE authentication failed for mx.x",
        # Postfix's "Server certificate not trusted" under a dane policy)
        r"\bdane (?:authentication|verification|validation|tlsa)? ?(?:failed|failure|error)\b",
        # (not the stage a connection was lost or timed out at, Postfix's "timed out while receiving the
        # STARTTLS response", "lost connection ... while sending STARTTLS": a network failure)
        r"(?<!while sending )(?<!while receiving )(?<!while receiving the )(?<!after )starttls",
        r"\btls\b.{0,40}(required|failed|failure|negotiat|handshake|error|must)",
        # (Exchange Online's 4.4.317 "[Message=TlsNegotiationFailure: The remote certificate is invalid ...]", its words run
        # together; learn.microsoft.com's "Fix NDR error 4.4.317")
        r"\btlsnegotiationfail(ure|ed)\b",
        # the verb before TLS ("421 4.4.2 Unable to negotiate TLS with the receiving server (TLS policy: Require)": Amazon
        # SES's words when its configuration set requires TLS)
        r"\b(unable to|could not|couldn't|failed to|cannot|can't) negotiate (a |the )?(tls|ssl)\b", r"\btls policy:? require\b",
        r"(use|issue) (a )?(starttls|tls)", r"encryption (is )?required",
        # the verb before the noun ("Delivery to this address requires a TLS encrypted connection", "requires an encrypted
        # connection"): the receiving side takes the mail only over TLS (RFC 3207), the transport's security, no content
        r"\brequires? (an? )?(tls|ssl|starttls|encrypted)([- ]encrypted)? (connection|session|channel|transport)\b",
        # (ZixGateway and gateways' TLS-enforcement notices: "A TLS connection to the recipient's mail server could not be
        # established", "requires that all email be delivered over an encrypted (TLS) connection", "the policy does not allow
        # delivery without encryption")
        *(rf"\b{kind} connection\b[^.;]{{0,60}}\bcould not be (established|negotiated|set up)\b" for kind in ("tls", "encrypted", "secure")),
        *(rf"\bbe {verb} {only}over an? (encrypted|secure|tls)\b" for verb in ("delivered", "sent", "transmitted")
          for only in ("", "only ")),
        r"\b(delivery|deliver|send|sending|transmission) (is not allowed |is not permitted )?without encryption\b",
        # (a mailbox that takes only encrypted mail, Posteo's "TLS receiving guarantee" as its help pages describe it: "The
        # recipient only accepts TLS-encrypted mail", "accepts only encrypted connections")
        r"\b(only accepts?|accepts? only) (tls[- ]?|ssl[- ]?)?(encrypted|secured?) (mail|e-?mails?|messages?|connections?|delivery)\b",
        # versions of TLS the server no longer speaks ("TLS 1.0 and TLS 1.1 have been retired on this server. Please
        # connect using TLS 1.2 or newer")
        # (the versions listed between, dots and all: "TLS 1.0 and 1.1 are not supported")
        r"\btls ?v?1\.[0-3]\b(?:[^.;]|\.(?=\d)){0,60}\b(retired|disabled|deprecated|unsupported|no longer (supported|accepted|allowed)|"
        r"(are|is) not (supported|accepted|allowed))",
        r"\b(connect|connecting|reconnect) (using|with|over) tls ?v?1\.[23]\b",
        r"only accepts? (mail|e-?mail|messages) (from|over|via) (tls|ssl|encrypted|secure)", r"requiretls", r"ssl (handshake|error)", r"(high-strength|strong|stronger) ciphers?", r"\btls\b (is )?(not available|unavailable)", r"must issue a starttls command first",
        # the destination's certificate or DANE / DNSSEC records failed the checks (Exchange Online
        # 5.7.321-5.7.325, learn.microsoft.com "non-delivery reports in Exchange Online":
        # "certificate-expired", "tlsa-invalid: The domain failed DANE validation", "dnssec-invalid")
        r"certificate[- ](is |has )?expired", r"tlsa-invalid", r"failed dane validation", r"dnssec-invalid",
        # 5.7.325 "certificate-host-mismatch", .NET's "RemoteCertificateNameMismatch", "Remote certificate
        # failed MTA-STS validation" (RFC 8461 section 4.2: the MX's certificate must match its name)
        r"certificate-host-mismatch", r"certificate ?name ?mismatch", r"fail\w* (mta-sts|dane) (policy )?validation",
        r"certificate (verification|validation) failed",
        # (OpenSSL's "certificate verify failed" as MTAs quote it, Postfix's DANE "no TLSA record matched")
        r"\bcertificate verify failed\b", r"\bno tlsa records? matched\b",
    ],
    "system_error": [
        # mail held back while the site moves to another server ("while we move to a new server this weekend")
        r"\bwhile we (move|migrate|switch|transfer)\b[^.;]{0,30}\bto (a )?new (server|system|provider|platform|host)\b",
        r"system error", r"internal (server |system )?(error|failure|problem)",
        # (not a label of the last answer the sending MTA got, "Last server error: ('connection error', 'Connection refused')")
        r"(?<!last )server error(?!:)",
        # RFC 5321 4.2.2's own 421 text: the service is going down, nothing refused us
        r"^4\d\d\b.{0,80}service not available, closing transmission channel",
        r"local (error|problem) in processing", r"temporary local (problem|failure|error)",
        # the receiving system being moved ("Our email system is being migrated this weekend", "Domain migration
        # in progress - mail temporarily refused"): its own state, for a while (not "mailbox was migrated to
        # ...": done, an address elsewhere)
        r"\b(is|are) (currently )?being migrated\b", r"\bmigration (is )?(currently )?(in progress|under ?way|ongoing)\b",
        # Exchange's "MailboxInTransitException ... The mailbox is being moved to another database": a move, for a while
        r"mailboxintransit", r"\b(mail ?box|account) is being moved\b",
        r"\b(moving|migrating|switching|transferring)\b[^.;]{0,60}\b(e-?mail|mail)\b[^.;]{0,30} to a new (mail |e-?mail )?"
        r"(provider|system|server|platform|service|host)\b",
        r"\b(mail ?box(es)?|accounts|e-?mail|mail) (is |are )?being (moved|migrated|transferred) to a new (mail |e-?mail )?"
        r"(provider|system|server|platform|service|host)\b",
        # RFC 4954 section 6: "454 4.7.0 Temporary authentication failure" (the server's own backend)
        r"temporary authentication failure",
        r"(server|system|service) (is )?(mis)?configur", r"misconfigur", r"config(uration)? error",
        # Postfix local(8) with allow_mail_to_commands / allow_mail_to_files not allowing the alias or .forward
        # that names a command or a file ("mail to command is restricted"): the receiving host's own setting
        r"mail to (command|file)s? is restricted",
        # a mail loop is a misconfiguration of the receiving side (RFC 5321 6.3; X.4.6 "routing
        # loop detected", Exchange's 5.4.14 "hop count exceeded")
        *MAIL_LOOP,
        # Exchange 5.4.11 "Agent generated message depth exceeded": messages generated by agents in a loop
        r"message depth exceeded",
        # the domain's MX names this very host, which does not take mail for it (Microsoft 5.4.8
        # "MX record points to the local server", Sendmail "MX list ... points back to")
        r"mx (record|list|host)s? (points?|resolves?) (back )?to (the |this )?(local|same) (server|host|machine)",
        # the receiving system's own tables or storage failed (Postfix "Temporary lookup failure")
        r"temporary lookup failure", r"(database|db) (temporary )?(error|failure|unavailable)",
        # RFC 3463 X.3.2 "System not accepting network messages": the host is shutting down, overloaded
        # or in maintenance (its own words; a permanent or a transient state of the host, no domain
        # that takes no mail)
        r"not accepting network messages", r"(service|server|system|host) (is )?(shutting|going) down",
        r"(system|server|host) (is )?(temporarily )?overloaded",
        # the receiving side in maintenance ("planned maintenance window 22:00 until 04:00 UTC", "server under
        # maintenance"): its own state for a while, nothing said of the recipient
        r"\b(under|in) (planned |scheduled )?maintenance\b", r"(planned|scheduled) maintenance", r"maintenance window",
        r"\b(closed|down|offline|unavailable) for (planned |scheduled )?maintenance\b",
        # the receiving side's own scanner failed ("content scanner unavailable", "virus scanner not
        # responding"): its state, no verdict on the message
        r"(scanners?|scanning service|scan engine|filter service) (is |are )?(temporarily )?(unavailable|not available|down|not responding|failed)",
        # amavisd-new's "451 4.5.0 Error in processing, id=..., virus_scan FAILED: AV: ALL VIRUS SCANNERS FAILED"
        r"virus_scan failed",
        # "451 4.7.1 Attachment scanning temporarily unavailable": the site's scanner, for now
        r"(attachment|content|virus|malware|spam) (scann(ing|er)|filter(ing)?|check(ing|er)?) (is |are )?(temporarily )?"
        r"(unavailable|not available|down|failed|not responding)",
        r"verifica[çc][ãa]o de anexos (temporariamente )?indispon[íi]vel|(an[áa]lisis|escaneo) de (adjuntos|anexos) (temporalmente )?no disponible", r"(unable|failed) to scan (the )?(message|mail|e-?mail|attachment)",
        r"virus ?(check|scan)\w* (timed? ?out|time-?out|failed|error)",
        # "553 sorry, temporary failure in local delivery", "temporary server failure": whatever the code,
        # the words say the failure is the system's (a bare "Temporary failure" names no cause)
        r"\btemporary (local |server |system )failure\b", r"temporary failure in local delivery",
        # the directory or message store behind the mailbox failed, not the mailbox: Dovecot's
        # "Temporary failure in user lookup" (auth userdb unreachable), "storage server unreachable"
        r"temporary (failure|error) (in|during|of) (the )?(user|recipient|mailbox|account) lookup",
        r"temporary (user|recipient|mailbox|account) lookup (failure|error)",
        r"(storage|mail ?store|message store|mailbox) (server|backend|node) (is )?(unreachable|not reachable|unavailable|down)",
        r"temporary local problem",
        r"ldap", r"directory (server|lookup) (failure|error|unavailable)", r"(database|db) (error|failure|unavailable)",
        r"resources? (are |is )?(temporarily )?unavailable", r"recipient (is )?temporarily unavailable", r"service (is )?(currently |temporarily )?unavailable", r"server (is )?(busy|unavailable|down)",
        # "421 ... ESMTP server temporarily not available" (Cox: "our systems are experiencing an
        # issue", www.cox.com/business/support/email-error-codes.html): their outage, not our refusal
        r"(server|service|system) (is )?(currently |temporarily )+not available",
        r"could not load", r"timeout waiting(?! (on|for) (socket )?connect)(?! for input from)(?! for (the )?(server'?s? )?(initial )?(greeting|banner))", r"i/o error", r"write error",
        r"locked by (another|a different|an?other) (process|session|program|client)",
        r"temporarily unable", r"processing error", r"system\S{0,4} (is )?busy",
        # a mailbox in use by another process (RFC 5321 section 4.2.3, 450 "mailbox unavailable (e.g., mailbox busy or
        # temporarily blocked for policy reasons)": "450 4.2.0 Mailbox busy, try again later", "mailbox locked"): the
        # receiving system's state for now
        r"\bmail ?box (is )?(currently |temporarily )?(busy|in use|locked by another (process|session))\b", r"message ended (early|prematurely)", r"(?<!\()\btemporary (local |server |system )?(error|problem)\b(?! delivering your message\b.{0,200}\bthe response (from the remote server )?was)",
        r"unexpected (error|failure)", r"host (is )?down",
        # (not a "(temporary error)" in parentheses: that qualifies the failure named before it,
        # "DNS lookup of MX records for <domain> failed (temporary error)", and names no cause)
    ],
    "system_full": [
        r"(mail |mailer |disk |file |queue )?system (is )?full", r"insufficient (system )?(storage|disk space|space|resources)",
        r"(disk|queue|spool|file ?system) (is )?full", r"out of (disk )?(space|storage|memory)", r"no space left",
        # (OpenVMS's "-SYSTEM-F-DEVICEFULL, device full; allocation failure": the disk the mail file is on, no one's quota,
        # which VMS calls EXDISKQUOTA)
        r"\bdevice ?full\b",
        r"not enough (system )?(storage|memory)",
        # Exim's refusal when its spool is short of space (smtp_in.c: "452 Space shortage, please try later")
        r"space shortage",
        # the host's disk, no mailbox named: Dovecot's MAIL_ERRSTR_NO_SPACE "Not enough disk space"
        # (ENOSPC; its quota plugin says "Quota exceeded"), RFC 3463 X.3.1 "mail system full"
        r"not enough (free )?disk space", r"not enough space on the (disk|server|device|drive|volume)",
    ],
    "not_accept": [
        r"null mx", r"(domain|host|server|system|mail ?box|address|\.[a-z]{2,}) (does not|doesn't|will not|won't) accept (any )?(e-?)?mail(?! from)"
        # (not a kind of mail the domain does not take: "This domain does not accept email newsletters from external senders",
        # its policy)
        r"(?!s? (newsletters?|bulk|marketing|promotional|advertising|campaigns?|attachments?|with|containing|larger|over)\b)",
        r"accepts no (e-?)?mail",
        # a parked domain, and a domain whose mail service its host switched off (Plesk: "Mail service is switched off for
        # domain x.example")
        r"\bdomain is parked\b", r"\bdomain( name)? is for sale\b", r"\bparked domain\b", r"\bmail (service )?(is )?(switched|turned) off for (the )?domain\b",
        r"no mx (record|host)s?( found)?", r"(couldn't|could not|cannot|unable to) find (a |any )?mail exchanger",
        # (not a kind of mail an organisation refuses, "bulk marketing mail is not accepted by this organisation":
        # a policy; the domain that takes no mail at all is this reason)
        r"no (mail|smtp) (server|host|exchanger)s? (found|for|available)",
        r"mail(?<!bulk mail)(?<!marketing mail)(?<!promotional mail)(?<!commercial mail)(?<!advertising mail)"
        r"(?<!unsolicited mail)(?<!mass mail)(?<!formatted mail)(?<!html mail)(?<!encrypted mail) (is )?not accepted"
        # (nor one an organisation refuses by its name: "... not accepted by the Nowak law office")
        r"(?! by (this|the|our) (?!(domain|server|system|host|mail ?server|mx)\b))",
        r"not accepting (any )?(e-?)?mail(?! from\b)", r"(system|host|server) (is )?not accepting messages",
        # the recipient's whole domain given up by its owner ("The domain westlake.example is no longer in use", "This domain has
        # been decommissioned. Mail is no longer accepted for anyone at ...", "the club has closed down and this domain no longer
        # receives email"): no address of it takes mail, as RFC 7505's null MX says it (not our sending domain, ``rejected``)
        r"\bdomain(?<!sender domain)(?<!your domain)(?<!from domain)(?<!sending domain)\b(?:[^.;]|\.(?=\w)){0,60}?\b(is|has been) no "
        r"longer (in use|used|active|in service|operational)\b",
        r"\bdomain(?<!sender domain)(?<!your domain)(?<!sending domain)\b(?:[^.;]|\.(?=\w)){0,60}?\b(has been|was|is being) "
        r"(decommissioned|retired|discontinued|shut down|closed down)\b",
        r"\bthis domain no longer (receives|accepts|takes) (any )?(e-?mails?|mail|messages)\b",
        r"\bno (mail|e-?mail|messages) (is |are )?accepted for this domain\b",
        r"\bmail is no longer (accepted|received|delivered) for (anyone|any address|any user|all addresses|all users|any recipient) at\b",
    ],
    "network_error": [
        # the remote host named as not answering (Kerio's "Remote host mx.example[192.0.2.71] is not responding")
        r"\b(remote )?(host|server)\b(?:[^.;]|\.(?=\w)){0,60}\bis not responding\b",
        # none of the domain's mail exchangers answered (KumoMTA's "No answer from any hosts listed in MX")
        r"\bno answer from any (of the )?hosts? listed in (the )?mx\b",
        r"connection (timed out|time ?out|refused|reset|closed|dropped|lost|failed)", r"(timed|time) out",
        # ("451 4.4.2 Timeout while connecting to destination server": the time ran out before a connection was made)
        r"\btime-?out (while|when|during) (connecting|trying to connect|establishing)\b",
        r"\bconnection to (the )?(recipients?'?s?|remote|destination|receiving|target) (mail |smtp )?server (failed|was refused|timed out)\b",
        r"no route to host", r"network (is )?unreachable", r"timeout waiting for input", r"host (is )?(unreachable|not reachable)",
        r"(could not|couldn't|can't|cannot|unable to|failed to) (connect|establish|open|reach)",
        r"lost connection", r"socket error", r"broken pipe", r"(dns|name server|resolver) (lookup )?(error|failure|failed|problem|timeout)",
        # (and the DANE record's, Postfix "TLSA lookup error for mx...:25": the destination's DNS failed, RFC 7672)
        r"(dns|mx|host|domain|address|tlsa) lookup (error|failure|failed|timed out)",
        r"temporary (dns|lookup|resolver) failure", r"name server (error|failure)", r"smtp connection",
        r"tls (session|connection) (failed|error)", r"conversation with .* (timed out|failed)",
        r"connect to .* (failed|timed out|refused)", r"did not accept our requests to connect", r"(remote|mail) server (is )?not (responding|reachable)",
        r"unexpected (eof|end of file|disconnect)", r"malformed (or unexpected )?(response|reply|greeting)",
        r"host not found, try again", r"name service error .{0,80}try again", r"temporary failure in name resolution",
        r"(server|host) (did not|didn't|does not|doesn't) (respond|answer)", r"no answer from (the )?(remote )?(host|server)",
        # Exim "host lookup did not complete" (a DNS lookup that timed out or failed temporarily),
        # "Remote host closed connection in response to ...", "SMTP timeout after ..."
        r"(host|dns|mx) lookup did not complete", r"(remote host|remote server|server) closed (the )?connection",
        r"smtp timeout", r"(connection|session) (has )?expired", r"\bdns temporary (failure|error)",
        # Sendmail "host name lookup failure" (a temporary resolver failure); "connection with <host> is broken"
        r"host ?name lookup (failure|failed|error)", r"connection (with|to) \S+ (is |was )?broken",
        # OpenSMTPD "Temporary failure in MX lookup" (smtpd/mta.c, a DNS answer of SERVFAIL or a
        # time-out); hMailServer-style "DNS lookup of MX records for <domain> failed (temporary
        # error)": the resolver's trouble, named with the domain between the words
        r"(?<!permanent )failure in (mx|dns|a|aaaa|host ?name|name server) lookup",
        r"(dns|mx) lookup of (\S+ ){1,5}?(failed|did not complete|timed out)(?! \(?permanent)",
    ],
    # the sender's own quotas and limits: "quota" here is ours, not the recipient's mailbox
    "sender_limit": [
        # a provider's count of our IP's, domain's or connections' mail ("550 Ip frequency limited", "Domain frequency limited",
        # Tencent's wording, service.mail.qq.com/detail/122): our rate, whatever the code
        r"\bfrequency (is )?limited\b",
        # our volume held against us for a time ("Since you sent too many e-mails, you are not allowed to send more e-mails within
        # 24 hours", a Korean portal's refusal)
        r"\byou (have )?sent too many (e-?mails|messages)\b", r"\bnot allowed to send (any )?more (e-?mails|messages) within\b",
        # the site's own count of our messages ("You have sent more messages to Harrow Vale Council in the last hour
        # than we allow from one sender"): our rate
        r"\bmore (messages|mails?|e-?mails)\b[^.;]{0,80} than (we|our (server|system|policy|limits?)|is) (allows?|accepts?|permits?)\b",
        # Zoho "550 5.4.6 Unusual sending activity detected. Please try after sometime.": our sending
        r"unusual sending activity (?:detected|from (?:your|this))",
        # Exchange's "STOREDRV.Submission.Exception:SubmissionQuotaExceededException": our submission quota
        r"submissionquotaexceeded",
        # Outlook.com's outbound verdict on our account ("OutboundSpamException ... Actual verdict is
        # RefuseQuota"), an ESP's plan credits used up ("Maximum credits exceeded"): our sending quota
        r"verdict is refusequota", r"maximum credits exceeded",
        r"(daily|hourly) (sending |submission |message |mail |email |recipient )?(quota|limit)",
        # Exim's ratelimit ACL, as its spec words the refusal: "Sender rate $sender_rate / $sender_rate_period"
        r"sender rate [\d.]+ ?/ ?\d*[smhdw]\b",
        # (not a size: "exceeds the outbound limit of 35 MB for this mail flow policy" is the message's size)
        r"(sending|submission|outgoing|outbound|relay) (quota|limit)(?! of [\d.,]+ ?([kmg]i?b|bytes|k|m)\b)", r"too much mail from",
        r"\bsender('?s)? (sending |message |daily |hourly )?quota (exceeded|reached)",
        # (the count kept for our sending domain, as a policy daemon words it: "Quota exceeded for sender domain shop.example
        # (200 msgs/hour)")
        r"\bquota (exceeded|reached) for (the )?sender( domain| address)?\b",
        # (Plesk's "Outgoing mail limit exceeded for domain <ours>": the limit said to be used up, never one a refusal counts
        # towards, "Repeated rejections count towards your outgoing mail limit")
        r"\b(outgoing|outbound) (mail|e-?mail|message) (quota|limit) (has been |was )?(exceeded|reached)\b",
        # Gmail 4.7.28 "this sender exceeded the quota for sending messages that have the same
        # Message-ID" (support.google.com/a/answer/3726730): the sender's quota, no mailbox's
        # (not a size limit, nor the recipient's mailbox: "Sender exceeded the message size limit",
        # "the sender has exceeded the mailbox quota of the recipient")
        r"\bsender (has )?exceeded (the |its |a )?(?!(\w+ ){0,2}?(size|mailbox|storage|disk|recipient))(\w+ ){0,2}?(quota|limit)",
        r"(?<!size )(quota|limit) for sending", r"too many (messages|mails) from",
        r"(try again|send|sending) (more )?slower",
        # cPanel's per-domain outgoing limits ("Domain x has exceeded the max defers and failures per hour
        # (5/5 (100%)) allowed. Message discarded."): our sending account's, no recipient's
        r"exceeded the max (defers and failures|e-?mails) per hour",
        # cPanel's Exim: "451-The server has reached its limit for processing requests from your host": how
        # much our host sent, whatever "your host" says beside it
        r"(reached|exceeded) (its|the) limit for (processing )?(requests|messages|connections) from (your|this) (host|ip|server)",
        # the sending host's own connection count ("421 Too many connections from your IP address",
        # Postfix anvil "too many connections from"): a rate, even where the words name our IP
        r"too many (concurrent |simultaneous |parallel |smtp )?(connections|sessions) from",
        # ... said as the limit our IP exceeds (EarthLink's ELNK_110 "Connection deferred - the sending IP address exceeds the
        # concurrent connections limit")
        *(rf"\bexceeds? the {kind} (smtp )?(connections?|sessions?) limit\b" for kind in ("concurrent", "simultaneous", "parallel")),
        # ... or our IP past the site's limit of SMTP sessions ("421 4.7.0 IP 192.0.2.23 has exceeded the session limit", Comcast's
        # and others' per-IP session count)
        r"\b(has |have )?exceeded the (smtp )?(session|connection) (count )?limit\b",
        # "Sender IP x temporarily rejected due to excessive connection rate" (SpamExperts and others): the rate
        # is the cause, whatever the IP named beside it
        r"excessive (connection|sending|message|mail|e-?mail) (rate|frequency|volume)",
        # (and an account's relay cap, "You have exceeded the maximum number of relays per day for your account")
        r"exceeded the max(imum)? (number of )?(connections|messages|recipients|mails|e-?mails|relays) per (second|minute|hour|day)",
        r"\bslow down\b", r"throttle your (delivery|sending) rate",
        # a sending rate or threshold named as what we exceeded ("421 4.7.0 Service temporarily unavailable:
        # sending rate from 192.0.2.1 exceeds policy", Sophos "Mail flood detected; this mailbox has exceeded
        # its outbound sending threshold"): our volume, whatever IP, mailbox or lookup link stands beside it
        r"(sending|connection|message|mail) rate (from|of)\b(?:[^.;]|\.(?=\w)){0,60}?\bexceed",
        r"(outbound|outgoing) (sending |mail |message )?threshold",
        r"(rejected|deferred|refused|limited|throttled) due to (excessive|too many) (connections|connection attempts|messages|mails)\b",
        r"(connection|session|concurrency) (limit|count) (exceeded|reached)",
        r"exceeded (the |your |its )?(daily |hourly )?(sending|submission|message|mail) (quota|limit)",
        # the receiver says our mail (or our server) comes too fast ("Receiving mail from your server too
        # quickly", "you are sending messages too fast"): our rate, whatever block word stands beside
        # it ("your server") (RFC 3463 X.7.28 / Google 4.2.1 "receiving mail at a rate", support.google.com/mail/answer/6592)
        r"(receiv(es|ing)|sends?|sending|sent|accept(s|ing)) (mail|messages?|e-?mails?|connections?) (from (you|your|this)\b[^.,;]{0,30} )?"
        r"too (quickly|fast|frequently|often)",
        # a limit counted per sender and time ("Rate limit exceeded: max 200 messages per hour from this
        # sender", a Postfix policy daemon's text behind "Sender address rejected:"): our rate
        r"(max(imum)?|limit( of)?|at most) \d+ (messages|mails|e-?mails|recipients|connections) (per|an?|each) "
        r"(second|minute|hour|day)\b[^.;]{0,20}\b(from|for) (this|your|the|each) (sender|account|ip|address|user|client|host)",
    ],
    # could not reach the server at all; in a final report this means the sending MTA gave up
    "connect_failure": [
        r"connection (timed out|time ?out|refused)", r"(could not|couldn't|can't|cannot|unable to|failed to|wasn't able to) "
        r"(connect|establish|open|reach)", r"did not accept our requests to connect", r"socket error",
        r"no route to host", r"(network|host) (is )?unreachable", r"host (is )?not reachable", r"operation timed out",
        r"\btime-?out (while|when|during) (connecting|trying to connect|establishing)\b",
        # (hMailServer's "Connection to recipients server failed.")
        r"\bconnection to (the )?(recipients?'?s?|remote|destination|receiving|target) (mail |smtp )?server (failed|was refused|timed out)\b",
        # (Postfix smtp(8): "conversation with mx[ip] timed out while receiving the initial server greeting": no answer came;
        # not its "lost connection with mx[ip] while ...": a server answered and the session broke, a network error whether the
        # report is final or not - the shared corpus's Postfix report at 4.4.2 "while performing the HELO handshake")
        r"timed out while receiving the initial server greeting",
        # (the same in other MTAs' words: "421 4.4.2 mx.example: timeout waiting for greeting", "timeout waiting for banner")
        r"\btime-?out waiting for (the )?(server'?s? )?(initial )?(greeting|banner)\b",
        r"could not find a gateway", r"all hosts have been failing",
        r"(server|host) (did not|didn't|does not|doesn't) (respond|answer)", r"no answer from (the )?(remote )?(host|server)",
        # Windows' socket errors as Exchange and MDaemon quote them ("Failed to connect. Winsock error code:
        # 10060", "Connection failed (10061)"): WSAETIMEDOUT and WSAECONNREFUSED (learn.microsoft.com
        # "Windows Sockets Error Codes"), no server answered
        r"winsock error( code)?:? ?1006[01]\b", r"connection failed \(?1006[01]\b",
        # the connection broke in the middle of the session (Sendmail "reply: read error from mx.example.",
        # "Connection reset by mx.example"): no answer came (Postfix's "lost connection with" stays the network's, as the
        # shared corpus labels it)
        r"\b(reply: )?read error from\b", r"\bconnection (reset|closed|dropped) by\b",
    ],
    "expired": [
        r"retry time(out)? (exceeded|reached|expired)", r"retry (time |count )?limit (exceeded|reached|expired)", r"(delivery|message|queue) (time|period|lifetime) (expired|exceeded|has expired)",
        # (not Gmail's "421 4.7.0 Connection expired, try reconnecting": an SMTP session that timed
        # out, a network error; nothing of the message expired)
        r"(message|delivery) (has )?expired", r"(?<!connection )(?<!session )(?<!certificate )(?<!certificate-)(?<!certificate is )\bexpired\b", r"(has been|was|been) in the queue too long", r"queue too long",
        r"(in|on) the queue for too long", r"(still )?undelivered after \d+ (minutes|hours|days)",
        r"will keep trying until",
        r"(too long|too many days) in (the )?queue",
        # qmail ends every permanent failure with "Giving up on <IP>." (QSBMF, cr.yp.to/proto/qsbmf.txt):
        # giving up on a host is no expiry; "giving up" alone, or on the message, is
        r"giving up(?! on \[?\d)", r"gave up", r"(have|has|had|'ve|’ve) stopped (trying|retrying|attempting)\b",
        # ("We won't make any further attempts", "will not make any more delivery attempts")
        r"\b(won'?t|will not) make any (further|more) (delivery )?attempts\b", r"(could not|couldn't|cannot|unable to) (be )?deliver(ed)? (the message )?(within|in|after|for)",
        r"after (multiple|repeated|several|many) (retries|attempts)", r"all hosts have been failing",
        # (hMailServer: "The delivery attempt was made 6 times over 48 hours. The message has been deleted from the queue.")
        r"\b(delivery )?attempts? (was|were|has been|have been) made \d+ times\b",
        # (MMDF: "After 7 days (168 hours), your message could not be fully delivered")
        r"\bafter \d+ (hours|days)\b[^.;]{0,40}\b(could not|couldn't|cannot|was not|has not been) (be )?(fully |yet )?deliver",
        r"maximum (delivery|retry|queue) time", r"\b(has been|was) in the (retry|delivery|mail|outbound) (system|queue) for \d+ (hours|days)\b",
        r"could not deliver for the last", r"retry (period|limit) (exceeded|reached)",
        # (the same in the other order: "Message exceeded retry period (max 5 days) - last attempt: 421 ...")
        r"\bexceeded (the |its |max(imum)? )?retry (period|time|limit)\b",
        # (Momentum: "could not be delivered to the recipient below within the configured retry period (72 hours)")
        r"\bwithin the (configured |maximum |allowed )?retry period\b",
        r"(was|has been) (aborted|abandoned) after", r"(delivery|message) (was )?not delivered (for|within)",
        # (the retry schedule's timeout, Exim's "retry timeout exceeded"; a server's own session timeout,
        # Postfix smtpd's "421 4.4.2 ... Error: timeout exceeded", is a connection that went idle)
        r"(retry|queue|delivery|maximum|lifetime) time ?out exceeded", r"deferred (for|too) (long|many)", r"(hours|days) on the queue",
        r"will not (be )?retried", r"no more retries", r"delivery attempts? (has |have )?(expired|exceeded|failed for)",
        r"message timed out", r"not delivered in time",
        # the sending MTA's retry count ran out ("Delivery failed after maximum retries", "maximum number
        # of delivery attempts reached"): the retry schedule ended, RFC 3463 X.4.7
        r"(after|reached|exceeded) (the )?(maximum|max) (number of )?(delivery (retries|retry attempts|attempts)|retries|retry attempts)",
        r"(maximum|max) (number of )?(delivery )?(retries|retry attempts|delivery attempts) (reached|exceeded)",
        # ... in the words of Apache James's RemoteDelivery mailet ("Too many retries failure. Bouncing after 5 retries."):
        # the configured maxRetries ran out, the message returned
        r"\btoo many (delivery )?retries\b", r"\b(bouncing|bounced|returned|returning|giving up) after \d+ (delivery )?(retries|attempts|tries)\b",
        # ... and chasquid's ("failed repeatedly and timed out, last error: ..."): its queue's time for the message ran out
        r"\bfailed repeatedly and timed out\b",
    ],
    "content_error": [
        # words the site forbids in the text ("Message content rejected: prohibited words", "Subject contains
        # forbidden words"): the content itself refused
        r"(prohibited|forbidden|disallowed|blacklisted) (words?|phrases?|terms|keywords|expressions)",
        r"(improper|illegal|invalid|bad|unsupported) (use of )?(8-?bit|binary|mime|character|encoding|content)",
        r"8-?bit data", r"(mime|encoding|charset) (error|problem|not supported)", r"content (error|not supported|type)",
        r"media (error|not supported)", r"conversion (required|failed|not supported)", r"message (body|content) (error|invalid|malformed)",
        r"(corrupt|malformed|damaged) (message|attachment|content|mime)", r"utf-?8 (header|string|reply)",
        # an attachment the site refuses by its kind ("rejected because it contains a bad attachment:
        # invoice.scr", "banned attachment", qmail-scanner / simscan / cPanel filters)
        r"(contains|containing|has|with) an? (bad|forbidden|prohibited|banned|dangerous|unsafe|disallowed) attachment",
        # Postfix's content inspection named (header_checks(5), body_checks): a rule on the content
        r"\b(mime_header|nested_header|header|body)_checks\b",
        # ezmlm-reject: "Sorry, I don't accept messages of MIME Content-Type 'text/html'" (the list's rule
        # on the content's type, whatever its #5.2.3)
        r"(don't|do not) accept messages of mime content-type",
        r"(invalid|malformed|corrupt) message content", r"invalid data in (the )?message", r"mime/reject",
        r"invalid (mime |message )?structure",
    ],
    "mailer_error": [
        r"mailer error", r"x-unix;", r"(command|program|mailer|pipe) (died|failed|crashed|exited)",
        # Postfix local(8) / pipe(8): the delivery command ran past its time limit
        r'command time limit exceeded: "',  # (with the command it ran, never a server's 421 of its own)
        r"exit (status|code)", r"procmail", r"maildrop", r"mail\.local", r"smrsh", r"pipe to \|",
        r"local delivery (failed|error)", r"unknown mailer", r"delivery program", r"command output",
        r"(cannot|can't|couldn't|could not|failed to) (create|open|write|read|lock) ", r"permission denied",
        r"\bdeliver(y)? (agent|program) (error|failed)", r"child status \d+", r"mail delivery agent",
        r"failed to (read|process) response template",
        # Exim's pipe transport: "Child process of address_pipe transport returned 69 (could mean service
        # or program unavailable) from command: ..." - the local delivery program failed
        r"child process of \S+ transport returned",
        # ... or killed ("Child process of pipe_alerts transport (running command ...) was terminated by signal 9
        # (Killed) after timeout"): the program did not finish, whatever limit ended it
        r"child process of \S+ transport\b[^.;]{0,160}\b(was )?(terminated|killed) by signal",
        # Postfix local(8): the mailbox file cannot be written ("cannot update mailbox ... is not a regular file")
        r"cannot update mail ?box", r"is not a regular file",
        # the shell's own error line, quoted from the command a .qmail or .forward file runs ("/bin/sh: -c: line 1: syntax
        # error: unexpected end of file", "sh: 1: /usr/local/bin/filter: not found"): the local delivery program failed
        r"(?<![\w/])(/usr)?/bin/(ba|da|k)?sh: ", r"(?<![\w/])sh: (-c: )?(line )?\d+: ",
    ],
    "syntax_error": [
        # Postfix reject_unauth_pipelining (smtpd_check.c: "Improper use of SMTP command pipelining"):
        # our client broke the protocol, whatever recipient the reply names
        r"improper use of smtp command pipelining",
        # Exim's smtp_enforce_sync: "554 SMTP synchronization error" (the client wrote before the reply
        # it had to wait for, RFC 5321 4.3.1), Postfix's "improper command pipelining after <cmd>"
        r"smtp (protocol )?synchroni[sz]ation error", r"improper command pipelining",
        r"syntax error", r"(command|parameter|argument)s? (not recogni[sz]ed|unrecogni[sz]ed|invalid|unknown)",
        r"(bad|invalid|unrecogni[sz]ed) (command|sequence of commands|parameter|syntax)", r"malformed (address|command)",
        r"protocol (error|violation)", r"line too long", r"unknown command", r"command not (implemented|recogni[sz]ed)",
        r"parameters? not implemented", r"not implemented",
        r"bad sequence", r"may not follow", r"incorrectly constructed",
    ],
    "suppressed": [
        r"suppress(ion)? list", r"(address|recipient) (is |was )?(on|in) (the |our |an? )?(account(-level)? )?suppression",
        r"previously (hard )?bounced", r"(address|recipient) (is |was )?suppressed", r"on the suppression list",
        # (an address's history; not the message's own: "this message has bounced between our two servers", a loop)
        r"(has|had)(?<!message has)(?<!message had) (previously )?(bounced|complained)(?! between| back and forth)",
        r"blocked by (the )?sending service",
        # the sending account's own list, whatever the service calls it ("the recipient is on your account's blocklist
        # (reason: hard_bounce) ... Messages to blocklisted contacts are dropped before sending"): nothing was sent
        r"\b(on|in) (your|the) account'?s? (block ?list|blacklist|suppression list|exclusion list|do[- ]not[- ](send|mail|contact) list)\b",
        # (an address the service stopped sending to after it bounced: "Inactive recipient: this address was marked inactive
        # after a previous hard bounce or spam complaint and will not be sent to", Postmark's inactive recipients)
        r"\b(after|because of|due to) (a |an )?(previous|prior|earlier) (hard )?bounce\b",
        # (a service's status of a recipient it skipped: "Suppressed: address is on the invalid address list", Chinese "状态: 已跳过
        # ... 无效地址列表" (skipped ... the invalid-address list), the list the console keeps of addresses that bounced)
        r"\bsuppressed: (the )?(address|recipient) (is )?(on|in) (the |our |your |an? )?(invalid|bounced?|inactive) (address(es)? )?list\b",
        r"(无效地址列表|無效地址列表|无效地址名单|無效地址名單|无效邮箱列表|無效郵箱列表)",
    ],
    "on_hold": [
        # a message held while a sandbox looks at it ("is being held while its attachments are analyzed by Proofpoint Targeted
        # Attack Protection", "analysed in a sandbox"): held, not yet delivered, nothing refused
        r"\b(is|are) (currently )?being held (while|until)\b", r"\b(analy[sz]ed|examined|scanned|detonated) in (a|the) sandbox\b",
        # ("451 4.7.1 Message deferred: attachment submitted for sandbox analysis, please retry later": the scan still to finish)
        r"\b(submitted|sent|queued|held|pending|awaiting) (for )?(an? )?sandbox (analysis|inspection|scan|scanning|detonation)\b",
        r"\bsandbox (analysis|scan|scanning|inspection) (is )?(in progress|pending|still running|not yet complete)\b",
        # (not kept in the queue for a server out of reach, "The message was held because the recipient's mail server could not
        # be reached for 7 days": the delivery's own retries, no one holding it)
        r"on hold", r"(message|delivery) (is |was )?held(?! (because|as|since) [^.]{0,60}\b(could not|couldn't|cannot|can't) be reached\b)",
        r"held for (review|moderation|approval)",
        # (held by a named policy or product, "has been held by the organisation's email security policy and has not been
        # delivered yet")
        r"\b(has|have|had) been held by\b",
        # (a message "waiting for approval by a compliance reviewer before it can be delivered": held, as a data-loss-prevention
        # rule holds it)
        r"\b(is|are) (now )?(awaiting|waiting for|pending) (an? |the )?(\w+ )?(review|approval|release)\b",
        # (stopped until someone approves it: MailMarshal's "The message contains an attachment type which requires administrator
        # approval")
        r"\brequires? (an? )?(administrator|admin|moderator)('s)? approval\b",
        r"quarantin", r"deferred (pending|for) review",
        # held until a person releases it ("has been held by Zix Email Threat Protection and will not be delivered unless it
        # is released by the recipient or their administrator")
        r"\bwill not be delivered unless (it is |it's |it gets )?released\b",
        # (MailMarshal's hold: "MailMarshal has placed your message in a folder for review by an administrator")
        r"\bplaced (your|the) (message|e-?mail) in (a|the) (folder|queue) for (an? )?(administrator'?s? )?review\b",
        # kept back by the recipient's organisation for a review ("retained by ... records management for
        # legal review", "held for compliance review"): not delivered, not refused either
        r"(retained|held|kept) (back )?(by [^.;]{0,60})?for (legal|compliance|manual|further|security) review",
        # held while a sandbox analyses its attachment ("Your message is being held for attachment analysis")
        r"\b(is being|has been|was) held for (attachment |sandbox |security |further |malware )?(analysis|scanning|inspection)\b",
        # ("An attachment is undergoing dynamic threat analysis"; French "est retenu temporairement", "en cours d'analyse")
        r"\bundergoing (dynamic |sandbox )?(threat |malware |security )?analysis\b", r"\best retenu temporairement\b",
        # (kept or set aside until someone has looked at it: "is being kept pending examination by the Compliance team", "was set
        # aside for examination under the 'External Marketing' rule")
        r"\b(kept|set aside|put aside|held) (pending|for|awaiting) (an? )?(examination|inspection|manual review)\b",
    ],
}

# -- matching -------------------------------------------------------------------------------------
# Python's regex engine tries every alternative at every position, which is slow for long tables.
# So each phrase is indexed by a plain string every match of it must contain (worked out from
# the phrase itself), and only the phrases whose string occurs in a text are run.
#
# Which strings occur is worked out once per text (``Scan``): the text's four-character pieces
# meet the first four characters of every index string in one set intersection (three for the
# strings of three), and only the few strings that start with a piece the text has are looked for.  The classifier asks a dozen
# reasons of one text; each then costs a set operation, not a pass over its strings.


class Scan:
    """Phrase lookups for one text, each reason worked out at most once."""

    __slots__ = ("text", "_said", "present")

    def __init__(self, text: str):
        self.text = text
        self._said: dict[str, bool] = {}
        #: the index strings (of every reason) that occur in the text
        self.present: set[str] = set()
        if text:
            by_gram, keys4, keys3 = _by_gram()
            # a frozenset's intersection with an iterator looks each piece up: no pass over the keys
            for gram in keys4.intersection(zip(text, text[1:], text[2:], text[3:])):
                self.present.update(filter(text.__contains__, by_gram[gram]))
            for gram in keys3.intersection(zip(text, text[1:], text[2:])):
                self.present.update(filter(text.__contains__, by_gram[gram]))

    def says(self, reason: str) -> bool:
        said = self._said.get(reason)
        if said is not None:
            return said
        own, by_word, always = _WORD_SETS.get(reason) or _word_sets(reason)
        text = self.text
        said = False
        found = _found_not_ours if reason in OURS_GUARDED else _found
        if not own.isdisjoint(self.present):
            said = any(found(p, text) for word in own.intersection(self.present) for p in by_word[word])
        if always and not said:
            said = any(found(p, text) for p in always)
        self._said[reason] = said
        return said

    def says_none_of(self, reasons: tuple[str, ...]) -> bool:
        """True when no phrase of these reasons can occur (one set operation over their words)."""
        words = _words_of(reasons)
        if words is None or not words.isdisjoint(self.present):
            return False
        for r in reasons:
            self._said[r] = False
        return True


_Grams = tuple[dict[tuple[str, ...], tuple[str, ...]], frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]
_BY_GRAM: _Grams | None = None
_WORD_SETS: dict[str, tuple[frozenset[str], dict[str, list[str]], list[str]]] = {}


def _by_gram() -> _Grams:
    """Every index string of every reason, by its first four characters (three for the strings
    of three): ({piece: strings}, pieces of four, pieces of three); built once."""
    global _BY_GRAM
    if _BY_GRAM is None:
        from filter.core._phrase_words import WORDS

        # every phrase's index strings, read straight from the generated table (the pipe's cold
        # start builds no per-reason index for this); a phrase missing there is worked out here
        words = {w for w, _, _ in PROVIDER_CODES}
        for phrases in PHRASES.values():
            for p in phrases:
                found = WORDS[p] if p in WORDS else _required_words(p)
                if found:
                    words.update(found)
        grams: dict[tuple[str, ...], set[str]] = {}
        for word in words:
            grams.setdefault(tuple(word[:4]), set()).add(word)
        _BY_GRAM = ({g: tuple(ws) for g, ws in grams.items()}, frozenset(g for g in grams if len(g) == 4),
                    frozenset(g for g in grams if len(g) == 3))
    return _BY_GRAM


def _word_sets(reason: str) -> tuple[frozenset[str], dict[str, list[str]], list[str]]:
    """(index words as a set, {word: phrases}, [phrases without a word]) of a reason."""
    words, by_word, always = _index(reason)
    entry = _WORD_SETS[reason] = (frozenset(words), by_word, always)
    return entry


_WORDS_OF: dict[tuple[str, ...], frozenset[str] | None] = {}


def _words_of(reasons: tuple[str, ...]) -> frozenset[str] | None:
    """Every index word of these reasons; None if one of them has a phrase without a word."""
    if reasons not in _WORDS_OF:
        words: set[str] = set()
        for r in reasons:
            own, _, always = _index(r)
            if always:
                _WORDS_OF[reasons] = None
                break
            words.update(own)
        else:
            _WORDS_OF[reasons] = frozenset(words)
    return _WORDS_OF[reasons]


def matches(reason: str, text: str) -> bool:
    """Does the (lower-cased, space-folded) text say this reason?"""
    return _says(reason, text) if text else False


# each reason's index words as one gate (``wordindex.WordGate``: word by word, then in one pass): {reason: gate}
_GATES: dict[str, WordGate] = {}


def _says(reason: str, text: str) -> bool:
    if not text:
        return False
    words, by_word, always = _index(reason)
    found = _found_not_ours if reason in OURS_GUARDED else _found
    gate = _GATES.get(reason)
    if gate is None:
        gate = _GATES[reason] = WordGate(words)
    if gate.holds(text):  # the common answer, "no", found without a Python loop
        for word, phrases in by_word.items():
            if word in text:
                for p in phrases:
                    if found(p, text):
                        return True
    return any(found(p, text) for p in always) if always else False


def _found(phrase: str, text: str) -> bool:
    return bool(compiled(phrase).search(text))  # a match, or a plain phrase's True


# The hard reasons say the RECIPIENT's mailbox or domain does not exist.  The same words said of our
# side - the sender's address or domain, our HELO name, "your domain" - are a refusal of the sender
# (RFC 5321 4.2.5 / RFC 3463 X.1.7, X.1.8: "bad sender's address"), never a reason to suppress the
# recipient: a phrase whose matched words (or the possessive right before them) name our side does
# not count, whatever the language ("die Domain des Absenders wurde nicht gefunden", "адрес
# отправителя не найден", "votre domaine example.org est inconnu", "l'adresse de l'expéditeur est
# introuvable").  Each table's own look-arounds say the same for its phrases; this is the net under
# all of them.
OURS_GUARDED = frozenset({"user_unknown", "user_unknown_weak", "host_unknown", "not_accept"})
_OUR_SIDE = Lazy(
    r"absender|exp[ée]diteur|remitente|mittente|remetente|afzender|nadawc|отправител|відправник|odes[íi]latel|"
    r"изпращач|подател|"
    r"afsender|avsender|avs[äa]ndar|l[äa]hett[äa]j|felad[óo]|expeditor|αποστολ|g[öo]nderen|g[öo]nderici|"
    r"送信者|送信元|差出人|发件人|發件人|寄件者|寄件人|보낸 ?사람|발신자|\bsender|\bsending\b|\bhelo\b|\behlo\b|"
    # id / ms, vi, th, hi, fa, ar, he, sr / hr, et, lv, lt, kk (knowledge/languages.py ``_MORE_LANGUAGES``)
    r"pengirim|ng[ưu][ờo]i g[ửu]i|ผู้ส่ง|प्रेषक|فرستنده|المرسل|השולח|po[šs]iljal|po[šs]iljaoc|po[šs]iljatelj|"
    r"пошиљала|пошиљаоц|\bsaatja|s[ūu]t[īi]t[āa]j|siunt[ėe]j|жіберуші")
# (not English "your": "your envelope recipient was denied" is qmail's word for the recipient; the
# English phrases keep "your domain" out by their own look-behinds)
_YOUR = Lazy(r"(?:\bihre?|\bdeine?|\bvotre|\bvos|\btuo|\btua|\bvostr[oa]|\bseu|\bsua|\buw|\bjouw|"
                   r"\btwoj[aey]?|\bваш[аеи]?|\bvaše?|\bdin|\bditt)\s+(?:\S+\s+)?$")


_GREETING = Lazy(r"(?:\bdear|เรียน|尊敬的|親愛的|亲爱的)\s*(?:sender|ผู้ส่ง|发件人|發件人|寄件者)\s*")
_OF_OURS = Lazy(r"\s*(?:de correo(?: electr[óo]nico)?\s*|di posta(?: elettronica)?\s*|de e-?mail\s*|e-?mail\s*)?"
                      r"(?:of the|of|for the|for|del?|du|des|do|da|di|della|dello|van de|van)\s+(?:l['’])?(?:"
                      + _OUR_SIDE.pattern + ")")


def _found_not_ours(phrase: str, text: str) -> bool:
    """The phrase occurs in the text, said of the recipient (not of our side)."""
    rx = compiled(phrase)
    if isinstance(rx, _Plain):
        start = text.find(rx.phrase)
        if start < 0:
            return False
        spans = [(start, start + len(rx.phrase))]
    else:
        spans = [m.span() for m in itertools.islice(rx.finditer(text), 4)]
    return not all(_ours(text, a, b) for a, b in spans)


def _ours(text: str, a: int, b: int) -> bool:
    """The words text[a:b] are said of our side: a sender noun inside them, a possessive or a
    sender noun right before them in the same clause ("Ihre Domain ...", "afsenderens adresse
    ..."), or "of the sender" right after ("la dirección de correo del remitente")."""
    if _OUR_SIDE.search(text, a, b):
        return True
    before = text[max(0, a - 24):a]
    # (a clause ends at its stop, a greeting's "!" included: "Tisztelt Feladó! Ez az e-mail cím megszűnt", "Dear
    # sender! ...": the mailbox words after it are the recipient's)
    cut = max(before.rfind(c) for c in ".;:,!?\n")
    if cut >= 0:
        before = before[cut + 1:]
    # (a greeting to the sender written without a stop, as Thai writes it: "เรียน ผู้ส่ง ที่อยู่อีเมลนี้ไม่ได้ใช้งานแล้ว", "Dear
    # sender this address is no longer in use")
    if (greeting := _GREETING.search(before)) is not None:
        before = before[greeting.end():]
    return bool(_YOUR.search(before) or _OUR_SIDE.search(before) or _OF_OURS.match(text, b))


class _Plain:
    """A phrase of plain text (no character means anything to a regular expression): its
    ``search`` is the substring test that its compiled pattern would make, true when the phrase
    occurs; every process saves compiling it (about 0.2 ms a phrase)."""

    __slots__ = ("phrase",)

    def __init__(self, phrase: str):
        self.phrase = phrase

    def search(self, text: str) -> bool:
        return self.phrase in text


# letters, digits and the punctuation that stands for itself in a pattern (outside brackets)
_PLAIN_TEXT = re.compile(r"[a-z0-9 ,'_/<>@%&!=;:\"-]+")
_COMPILED: dict[str, re.Pattern[str] | _Plain] = {}


def compiled(phrase: str) -> re.Pattern[str] | _Plain:
    """Each phrase is compiled the first time a text contains its word: a pipe process that
    reads one bounce compiles a handful, not the whole table (and a plain-text phrase, none)."""
    rx = _COMPILED.get(phrase)
    if rx is None:
        rx = _COMPILED[phrase] = _Plain(phrase) if _PLAIN_TEXT.fullmatch(phrase) else regexcache.compile(phrase)
    return rx


def matcher(reason: str) -> re.Pattern[str]:
    """All phrases of a reason as one pattern (for tests and tools; matching uses the index)."""
    return re.compile("|".join(f"(?:{p})" for p in PHRASES[reason]))


_INDEX: dict[str, tuple[tuple[str, ...], dict[str, list[str]], list[str]]] = {}


def _index(reason: str):
    """(words), {word: phrases that contain it}, [phrases no word stands for]; built once.

    The words come from ``_phrase_words.py``, generated from the phrases by
    ``python -m filter.core.patterns`` (a test checks it is current); a phrase missing there is
    worked out on the spot."""
    entry = _INDEX.get(reason)
    if entry is None:
        from filter.core._phrase_words import WORDS

        by_word: dict[str, list[str]] = {}
        always: list[str] = []
        for p in PHRASES[reason]:
            words = WORDS[p] if p in WORDS else _required_words(p)
            if not words:
                always.append(p)
            for w in words or ():
                by_word.setdefault(w, []).append(p)
        entry = _INDEX[reason] = (tuple(by_word), by_word, always)
    return entry


def _required_words(pattern: str) -> set[str] | None:
    """Plain strings of which every match of ``pattern`` contains one, or None if unknown."""
    from re import _parser  # the stdlib's own regex parser, used once per phrase

    try:
        return _words(list(_parser.parse(pattern)), _parser)
    except Exception:
        return None


def _words(items, P) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is P.LITERAL:
            run.append(chr(arg))
            continue
        if len("".join(run).strip()) >= 3:
            candidates.append({"".join(run)})
        run = []
        if op is P.SUBPATTERN:  # a group every match goes through
            inner = list(arg[-1])
            if len(inner) == 1 and inner[0][0] is P.BRANCH:
                alts = [_words(list(branch), P) for branch in inner[0][1][1]]
                if all(alts):
                    candidates.append(set().union(*alts))
            else:
                sub = _words(inner, P)
                if sub:
                    candidates.append(sub)
        elif op is P.BRANCH:
            alts = [_words(list(branch), P) for branch in arg[1]]
            if all(alts):
                candidates.append(set().union(*alts))
    if len("".join(run).strip()) >= 3:
        candidates.append({"".join(run)})
    if not candidates:
        return None
    # the sharpest filter: no word every report contains, the fewest strings, the shortest of
    # them as long as possible
    return min(candidates, key=lambda c: (sum(w.strip() in _EVERYWHERE for w in c), len(c),
                                          -min(len(w) for w in c)))


# words most reports contain, whatever went wrong: poor filters
_EVERYWHERE = frozenset({"known", "unknown", "user", "mail", "message", "recipient", "sender", "address",
                         "over", "full", "box", "exceed", "exceeded", "host", "server", "error", "failed",
                         "domain", "account", "delivery", "deliver", "not", "the", "for", "your", "from", "to",
                         "rejected", "jected", "relay", "try", "too", "valid", "block", "blocked", "found",
                         "not found", "polic", "5.7.", "connect", "header", "lookup", "rate"})


# -- vendor fields ---------------------------------------------------------------------------------
#: PowerMTA's X-PowerMTA-BounceCategory DSN field (its documented categories) -> reason.  PowerMTA files
#: a reply by coarse patterns of its own (any 5.7.1 is "policy-related", a 5.1.1 "bad-mailbox"): the
#: category is a fallback, the server's words decide where they name a cause (pipeline._unread)
PMTA_CATEGORY: dict[str, str] = {
    "bad-mailbox": "user_unknown", "bad-domain": "host_unknown", "inactive-mailbox": "suspended",
    "quota-issues": "mailbox_full", "message-expired": "expired", "no-answer-from-host": "network_error",
    "routing-errors": "network_error", "bad-connection": "network_error", "policy-related": "policy_violation",
    "spam-related": "spam_detected", "virus-related": "virus_detected", "content-related": "content_error",
    "invalid-sender": "rejected", "relaying-issues": "no_relaying", "protocol-errors": "syntax_error",
    "bad-configuration": "system_error",
}


# -- provider codes -------------------------------------------------------------------------------
# Codes that large mailbox providers put in their replies; each names one cause precisely.
# (a word the text must contain, pattern on the lower-cased text, reason)
PROVIDER_CODES: list[tuple[str, str, str]] = [
    ("ofr", r"\bofr_?50[0-9]\b", "spam_detected"),            # Orange: "Mail rejete. Mail rejected. ofr_506"
    # Yahoo's TS03 / TSS09, "All messages from <ip> will be permanently deferred; Retrying will NOT succeed": the IP refused
    # outright (help.yahoo.com/kb/postmaster SLN3436), not a deferral for a while
    ("ts03", r"\[ts03\]|\bts03\b", "blocked"), ("ss09", r"\[tss09\]|\btss09\b", "blocked"),
    ("ts0", r"\[tss0[0-9]\]|\bts0[0-9]\b", "bad_reputation"),   # Yahoo: temporarily deferred, complaints
    # Office 365 directory-based edge blocking: "5.4.1 Recipient address rejected: Access denied.
    # AS(201806281)"; its other AS(nnnn) tags mark anti-spam verdicts, not unknown users
    ("as(2", r"access denied\.? \[?as\(2\d{8}\)", "user_unknown"),
]


def _check_provider_words() -> None:
    for word, _, _ in PROVIDER_CODES:
        if len(word.strip()) < 3:
            raise ValueError(f"provider code word {word!r}: at least three characters (the index needs them)")


def _merge_knowledge() -> None:
    """Add the tables of ``filter/core/knowledge/`` (other languages, providers' own wordings)."""
    import importlib

    from filter.core.knowledge import MODULES

    for name in MODULES:
        mod = importlib.import_module(f".knowledge.{name}", __package__)
        for reason, phrases in mod.PHRASES.items():
            if reason not in PHRASES:
                raise ValueError(f"filter/core/knowledge/{name}.py: unknown reason {reason!r}")
            # (none twice, in their order; a set to ask it: a list's membership test over thousands of phrases cost
            # milliseconds of every cold start)
            have = PHRASES[reason]
            seen = set(have)
            have.extend(p for p in phrases if not (p in seen or seen.add(p)))
        PROVIDER_CODES.extend(getattr(mod, "PROVIDER_CODES", ()))


_merge_knowledge()
_check_provider_words()


def _generate_words_module() -> str:
    lines = ['"""Generated by ``python -m filter.core.patterns`` from PHRASES: the plain words each phrase needs."""',
             "# fmt: off", "WORDS: dict[str, tuple[str, ...] | None] = {"]
    for p in dict.fromkeys(p for phrases in PHRASES.values() for p in phrases):  # a phrase may serve two reasons
        words = _required_words(p)
        lines.append(f"    {p!r}: {tuple(sorted(words)) if words else None!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # regenerate filter/core/_phrase_words.py after editing PHRASES
    from pathlib import Path

    target = Path(__file__).with_name("_phrase_words.py")
    target.write_text(_generate_words_module())
    print(f"wrote {target}")
