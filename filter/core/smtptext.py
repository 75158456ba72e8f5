"""Reading the SMTP facts out of a diagnostic text: enhanced status, reply code, failing command.

Every detector uses these, so a format module only has to cut the text per recipient.
"""
from __future__ import annotations

import re

from filter.core.lazyre import Lazy

# The patterns start with a digit class so that the regex engine can skip ahead quickly; what may
# not stand before a code (a letter, a digit, a dot: part of an IP address or a version) is
# checked by hand.
# RFC 3463 enhanced status: class "." subject "." detail, not followed by more of a dotted number
# (RFC 3463 section 3: the subjects registered are 0 to 7; "deferred - 4.16.50", a provider's own code, is none)
# (nor glued to a reference's letters by a dash: "Ref: 4.2.2-SPM-0031" is a ticket's number)
# the labels a report gives the returned message's subject when it restates it ("Subject:", "Betreff:", "Asunto:", "Aihe:",
# "件名:"): the sender's words, never a cause (text.py's record fields, the classifier's restated lines)
SUBJECT_LABELS = (r"subject|betreff|objet|asunto|oggetto|assunto|onderwerp|temat|aihe|ämne|emne|tárgy|předmět|predmet|konu|"
                  r"тема|件名|主题|主旨|제목")
_STATUS = Lazy(r"([245])\.([0-7])\.(\d{1,3})(?![\w]|\.\d|-[A-Za-z])")
# an enhanced status right after a reply code ("550 5.1.1", "550-5.1.1", "550 #5.1.1", "550-'5.2.2")
_CODE_STATUS = Lazy(r"([245]\d\d)[ -]['\"]?#?([245]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d)")
# RFC 5321 reply code, followed by a space, a dash, a colon or the end of the line (not by another
# three digits, "550 552": a list of numbers; an IPv4 address after it is the reply's text, "451
# 192.0.2.7 is not yet authorized to deliver mail from ...", an Exim ACL naming the client host)
# (not a telephone number's groups: "(082) 221-0000", "555 1234")
_REPLY = Lazy(r"([245][0-5]\d)(?=[ \-:]|$)(?![ -]?\d{3,}\b(?!\.\d))", re.M)
_QMAIL_STATUS = Lazy(r"\(#([245])\.(\d{1,3})\.(\d{1,3})\)")
_NOT_BEFORE_CODE = frozenset("0123456789.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-")
# (East Asian notices put the reply in full-width brackets or after a full-width colon: "该邮箱已被冻结（554 User account is frozen）")
_REPLY_AFTER = frozenset(" \t\n:;([\"'=（：【「")


def _free(text: str, i: int, allowed_hash: bool = False) -> bool:
    """Nothing glued before position i (start of text, white space, punctuation)."""
    if i == 0:
        return True
    c = text[i - 1]
    if c == "#" and allowed_hash:
        return i == 1 or text[i - 2] not in _NOT_BEFORE_CODE
    return c not in _NOT_BEFORE_CODE


def _may_hold_status(text: str) -> bool:
    """False when no enhanced status can be in the text: each pattern that reads one
    (_CODE_STATUS, _STATUS, _QMAIL_STATUS) needs a class digit and its dot, "2.", "4." or "5.".
    Three substring searches cost less than one pass of a pattern that starts with a class of
    characters, and many texts handed here (a report's sentences) have no code at all."""
    return "5." in text or "4." in text or "2." in text


# the _CODE_STATUS matches of the text asked last: find_status and find_reply_code are asked of one
# text in turn (a recipient's block, a Diagnostic-Code), and each went over all of it for them
_last_codes: tuple[str | None, list[re.Match[str]]] = (None, [])


def _code_statuses(text: str) -> list[re.Match[str]]:
    """Every match of _CODE_STATUS in ``text``, in order."""
    global _last_codes
    last = _last_codes
    if last[0] is not text:
        last = _last_codes = (text, list(_CODE_STATUS.finditer(text)))
    return last[1]


def find_status(text: str | None) -> str | None:
    """The enhanced status code a text carries, preferring one that follows a reply code."""
    if not text or not _may_hold_status(text):
        return None
    # a session transcript shows successes before the failure: the failure's code counts
    for m in _code_statuses(text):
        if m.group(2)[0] != "2" and _free(text, m.start()):
            return m.group(2)
    m = _QMAIL_STATUS.search(text)
    if m:
        return ".".join(m.groups())
    success = None
    for m in _STATUS.finditer(text):
        if not _free(text, m.start(), allowed_hash=True):
            continue
        if m.group(1) != "2":
            return ".".join(m.groups())
        success = success or ".".join(m.groups())
    if success is not None and any(m.group(1)[0] in "45" and _free(text, m.start()) for m in _REPLY.finditer(text)):
        # a session log's failure without an enhanced code ("<-- 522 mailbox full"), then "250 2.0.0
        # Ok" to the RSET or QUIT after it: the success is no status of the failure
        return None
    return success


_COUNTED = (" day(", " hour(", " second(", " minute(", " mensajes", " mensagens", " messaggi", " nachrichten", " e-mails",
            " emails", " mails")


def find_reply_code(text: str | None) -> str | None:
    """The SMTP reply code (550, 452, ...) the remote server answered, if the text has one."""
    if not text:
        return None
    success = None
    with_status = _code_statuses(text) if _may_hold_status(text) else ()
    for m in with_status:
        if not _free(text, m.start()):
            continue
        if m.group(1)[0] != "2":
            return m.group(1)
        success = success or m.group(1)
    for m in _REPLY.finditer(text):
        i = m.start()
        if i and text[i - 1] not in _REPLY_AFTER:
            continue
        if i > 2 and text[i - 1] == " " and text[i - 2].isdigit() and text[i - 3].isdigit():
            continue  # the last group of a number written in groups, a telephone's ("phone us on 01632 960 555")
        code = m.group(1)
        # "552 bytes", "250 messages" are not replies; a reply is followed by text or a status
        after = text[m.end():m.end() + 12].lower()
        if after.startswith((" bytes", " kb", " mb", " messages", " days", " hours", " seconds", " minutes")):
            continue
        if code[0] == "2":
            # (nor a count that reads like a success code, MDaemon's "will be retried in 240 minute(s)", a plan's "250 mensajes
            # salientes por hora": a failure's text names no 2xx reply beside them)
            if not after.startswith(_COUNTED):
                success = success or code
            continue
        return code
    return success


def consistent(status: str | None, reply_code: str | None) -> bool:
    """A status and a reply code agree on permanent (5) or temporary (4)."""
    return not status or not reply_code or status[0] == reply_code[0]


# The SMTP command the failure answered.  The wording is each MTA's own; the command is one of
# RFC 5321's (CONN stands for the greeting after connect).
# (a plain string the wording must contain, the wording, the command); the string is looked for
# first with a substring search, which keeps this table cheap over long transcripts
_COMMAND_TABLE: list[tuple[str, str, str]] = [
    # Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"
    ("in reply to", r"in reply to (?:the )?rcpt to\b", "RCPT"),
    ("in reply to", r"in reply to (?:the )?mail from\b", "MAIL"),
    ("in reply to", r"in reply to (?:the )?(?:end of )?data\b", "DATA"),
    ("in reply to", r"in reply to (?:the )?(?:helo|ehlo|lhlo)\b", "EHLO"),
    ("in reply to", r"in reply to (?:the )?(?:initial|server) greeting", "CONN"),
    ("in reply to", r"in reply to (?:the )?starttls\b", "STARTTLS"),
    ("in reply to", r"in reply to (?:the )?auth\b", "AUTH"),
    ("refused to talk to me", r"refused to talk to me", "CONN"),
    # Exim: "SMTP error from remote mail server after RCPT TO:<...>:"
    ("after rcpt", r"\bafter rcpt\b", "RCPT"),
    ("after mail from", r"\bafter mail from\b", "MAIL"),
    ("after mail command", r"after mail command", "MAIL"),
    ("after end of data", r"after end of data", "DATA"),
    ("after data", r"\bafter data\b", "DATA"),
    ("after sending data", r"after sending data block", "DATA"),
    ("after pipelined data", r"after pipelined data", "DATA"),
    ("after initial connection", r"after initial connection", "CONN"),
    ("after connect", r"\bafter connect\b", "CONN"),
    ("after ehlo", r"\bafter ehlo\b", "EHLO"),
    ("after helo", r"\bafter helo\b", "EHLO"),
    ("after auth", r"\bafter auth\b", "AUTH"),
    # Sendmail transcript: ">>> RCPT To:<...>" then "<<< 550 ..."
    (">>>", r">>> ?rcpt to", "RCPT"),
    (">>>", r">>> ?mail from", "MAIL"),
    (">>>", r">>> ?data\b|>>> ?\.$", "DATA"),
    (">>>", r">>> ?(?:ehlo|helo)\b", "EHLO"),
    (">>>", r">>> ?auth\b", "AUTH"),
    # qmail-remote: "does not like recipient.", "failed on DATA command",
    # "failed after I sent the message", "sender was rejected", "greeting failed"
    ("does not like recipient", r"does not like recipient", "RCPT"),
    ("does not like sender", r"does not like sender", "MAIL"),
    ("failed on data command", r"failed on data command", "DATA"),
    ("failed after i sent the message", r"failed after i sent the message", "DATA"),
    ("sender was rejected", r"sender was rejected", "MAIL"),
    ("greeting failed", r"greeting failed", "CONN"),
    ("my name was rejected", r"my name was rejected", "CONN"),
    # DragonFly: "did not like our RCPT TO:", "did not like our final DATA:"
    ("did not like our", r"did not like our rcpt to", "RCPT"),
    ("did not like our", r"did not like our (?:final )?data", "DATA"),
    ("did not like our", r"did not like our mail from", "MAIL"),
    ("did not like our", r"did not like our (?:ehlo|helo)", "EHLO"),
    # bracketed or labelled command names used by Yahoo, Exchange, GMX, 1&1, m-FILTER ...
    ("[rcpt_to]", r"\[rcpt_to\]", "RCPT"),
    ("smtp:rcpt", r"\bsmtp:rcpt\b", "RCPT"),
    ("(rcpt)", r"\(rcpt\)", "RCPT"),
    ("rcpt command", r"(?:after|for) rcpt(?: to)? command", "RCPT"),
    ("[mail_from]", r"\[mail_from\]", "MAIL"),
    ("smtp:mail", r"\bsmtp:mail\b", "MAIL"),
    ("(mail from)", r"\(mail from\)", "MAIL"),
    ("mail command", r"for mail(?: from)? command", "MAIL"),
    ("[data]", r"\[data\]", "DATA"),
    ("smtp:data", r"\bsmtp:data\b", "DATA"),
    ("(data)", r"\(data\)", "DATA"),
    (" command", r"for (?:text|data) command|after data command", "DATA"),
    ("step:", r"step: ?data", "DATA"),
    ("smtp command", r"-+ ?smtp command\s+rcpt", "RCPT"),
    ("smtp command", r"-+ ?smtp command\s+mail", "MAIL"),
    ("smtp command", r"-+ ?smtp command\s+data", "DATA"),
    ("rcpt to", r"\brcpt to (?:command )?(?:rejected|refused|failed)", "RCPT"),
    ("recipient command", r"\brecipient command (?:rejected|refused|failed)", "RCPT"),
]
# matched against lower-cased text (IGNORECASE makes Python's engine several times slower)
_COMMANDS: dict[str, list[tuple[re.Pattern[str], str]]] = {}
for _word, _p, _cmd in _COMMAND_TABLE:
    _COMMANDS.setdefault(_word, []).append((Lazy(_p), _cmd))
_COMMAND_WORDS = tuple(_COMMANDS)
# Most words share a few short strings: a word is looked for only when the first of these that
# it contains occurs in the text (a text without "after" skips the twelve words that have it), a
# dozen searches for most texts instead of one per word.  Words with none of them are always
# looked for.
_GATES = ("after", "command", "like", "rcpt", "data", "mail", "reject")
_GATED: dict[str, tuple[str, ...]] = {
    gate: tuple(w for w in _COMMAND_WORDS if next((g for g in _GATES if g in w), None) == gate) for gate in _GATES}
_UNGATED = tuple(w for w in _COMMAND_WORDS if not any(g in w for g in _GATES))
_WORD_RANK = {w: n for n, w in enumerate(_COMMAND_WORDS)}


def _command_words(folded: str) -> list[str]:
    """The words of _COMMAND_TABLE that occur in the text, in the table's order."""
    found = [w for w in _UNGATED if w in folded]
    for gate in filter(folded.__contains__, _GATES):
        found += filter(folded.__contains__, _GATED[gate])
    return sorted(found, key=_WORD_RANK.__getitem__)


def find_command(text: str | None) -> str | None:
    """The SMTP command a failure answered, from the wording MTAs use to say so."""
    if not text:
        return None
    # a transcript names several commands; the last one before the error is the one that failed
    folded = " ".join(text.lower().split())
    best, where = None, -1
    for word in _command_words(folded):
        for pattern, cmd in _COMMANDS[word]:
            for m in pattern.finditer(folded):
                if m.start() > where:
                    best, where = cmd, m.start()
    return best


_HOST = Lazy(
    r"(?:host|server|by|from|at|to)\s+\[?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)+)\]?"
    r"(?:\.?\s*\[(?:ipv6:)?[0-9a-f.:]+\])?(?:\s+said|\s*:|\s+refused|\s+\(|\s*\])")


def find_remote_host(text: str | None) -> str | None:
    """The remote MTA a text names ("host mx.example.com[192.0.2.1] said:")."""
    if not text:
        return None
    m = _HOST.search(text.lower())
    if m:
        host = m.group(1).rstrip(".").lower()
        if any(c.isalpha() for c in host) or host.count(".") == 3:
            return host
    return None
