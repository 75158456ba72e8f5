"""Reading the SMTP facts out of a diagnostic text: enhanced status, reply code, failing command.

Every detector uses these, so a format module only has to cut the text per recipient.
"""
from __future__ import annotations

import re

# RFC 3463 enhanced status: class "." subject "." detail; not part of a longer dotted number
# (an IP address, a version) and not glued to letters.
_STATUS = re.compile(r"(?<![\w.#-])#?([245])\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)")
# an enhanced status right after a reply code ("550 5.1.1", "550-5.1.1", "550 #5.1.1")
_CODE_STATUS = re.compile(r"(?<![\w.])([245]\d\d)[ -]#?([245]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d)")
# RFC 5321 reply code at the start of a reply line, or after "said:" / "error:" and the like
_REPLY = re.compile(
    r"(?:^|(?<=[\s:;(\[\"'=]))([245][0-5]\d)(?=[ \-:]|$)(?![ -]?\d{3}\b)", re.M)
_QMAIL_STATUS = re.compile(r"\(#([245])\.(\d{1,3})\.(\d{1,3})\)")


def find_status(text: str | None) -> str | None:
    """The enhanced status code a text carries, preferring one that follows a reply code."""
    if not text:
        return None
    # a session transcript shows successes before the failure: the failure's code counts
    for m in _CODE_STATUS.finditer(text):
        if m.group(2)[0] != "2":
            return m.group(2)
    m = _QMAIL_STATUS.search(text)
    if m:
        return ".".join(m.groups())
    success = None
    for m in _STATUS.finditer(text):
        if m.group(1) != "2":
            return ".".join(m.groups())
        success = success or ".".join(m.groups())
    return success


def find_reply_code(text: str | None) -> str | None:
    """The SMTP reply code (550, 452, ...) the remote server answered, if the text has one."""
    if not text:
        return None
    success = None
    for m in _CODE_STATUS.finditer(text):
        if m.group(1)[0] != "2":
            return m.group(1)
        success = success or m.group(1)
    for m in _REPLY.finditer(text):
        code = m.group(1)
        if code[0] == "2":
            success = success or code
            continue
        # "552 bytes", "250 messages" are not replies; a reply is followed by text or a status
        after = text[m.end():m.end() + 12].lower()
        if after.startswith((" bytes", " kb", " mb", " messages", " days", " hours", " seconds", " minutes")):
            continue
        return code
    return success


def consistent(status: str | None, reply_code: str | None) -> bool:
    """A status and a reply code agree on permanent (5) or temporary (4)."""
    return not status or not reply_code or status[0] == reply_code[0]


# The SMTP command the failure answered.  The wording is each MTA's own; the command is one of
# RFC 5321's (CONN stands for the greeting after connect).
_COMMANDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.I), cmd)
    for p, cmd in [
        # Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"
        (r"in reply to (?:the )?rcpt to\b", "RCPT"),
        (r"in reply to (?:the )?mail from\b", "MAIL"),
        (r"in reply to (?:the )?(?:end of )?data\b", "DATA"),
        (r"in reply to (?:the )?(?:helo|ehlo|lhlo)\b", "EHLO"),
        (r"in reply to (?:the )?(?:initial|server) greeting|refused to talk to me", "CONN"),
        (r"in reply to (?:the )?starttls\b", "STARTTLS"),
        # Exim: "SMTP error from remote mail server after RCPT TO:<...>:"
        (r"\bafter (?:rcpt to|rcpt\b)", "RCPT"),
        (r"\bafter mail from\b", "MAIL"),
        (r"\bafter (?:end of data|data\b|sending data block|pipelined data)", "DATA"),
        (r"\bafter (?:initial connection|connect\b)", "CONN"),
        (r"\bafter (?:ehlo|helo)\b", "EHLO"),
        # Sendmail transcript: ">>> RCPT To:<...>" then "<<< 550 ..."
        (r">>> ?rcpt to", "RCPT"),
        (r">>> ?mail from", "MAIL"),
        (r">>> ?data\b|>>> ?\.$", "DATA"),
        (r">>> ?(?:ehlo|helo)\b", "EHLO"),
        # qmail-remote: "does not like recipient.", "failed on DATA command",
        # "failed after I sent the message", "sender was rejected", "greeting failed"
        (r"does not like recipient", "RCPT"),
        (r"failed on data command|failed after i sent the message", "DATA"),
        (r"sender was rejected|does not like sender", "MAIL"),
        (r"greeting failed|my name was rejected", "CONN"),
        # DragonFly: "did not like our RCPT TO:", "did not like our final DATA:"
        (r"did not like our rcpt to", "RCPT"),
        (r"did not like our (?:final )?data", "DATA"),
        (r"did not like our mail from", "MAIL"),
        (r"did not like our (?:ehlo|helo)", "EHLO"),
        # bracketed or labelled command names used by Yahoo, Exchange, GMX, 1&1, m-FILTER ...
        (r"\[rcpt_to\]|\bsmtp:rcpt\b|\(rcpt\)|after rcpt command|for rcpt(?: to)? command", "RCPT"),
        (r"\[mail_from\]|\bsmtp:mail\b|\(mail from\)|after mail command|for mail(?: from)? command", "MAIL"),
        (r"\[data\]|\bsmtp:data\b|\(data\)|for (?:text|data) command|step: ?data|after data command", "DATA"),
        (r"-+ ?smtp command\s*\n\s*(rcpt)", "RCPT"),
        (r"-+ ?smtp command\s*\n\s*(mail)", "MAIL"),
        (r"-+ ?smtp command\s*\n\s*(data)", "DATA"),
        (r"\b(?:rcpt to|recipient) (?:command )?(?:rejected|refused|failed)", "RCPT"),
    ]
]


def find_command(text: str | None) -> str | None:
    """The SMTP command a failure answered, from the wording MTAs use to say so."""
    if not text:
        return None
    folded = " ".join(text.split())
    for pattern, cmd in _COMMANDS:
        if pattern.search(folded) or pattern.search(text):
            return cmd
    return None


_HOST = re.compile(
    r"(?:\bhost|\bserver|\bby|\bfrom|\bat|\bto)\s+\[?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)+)\]?"
    r"(?:\.?\s*\[(?:ipv6:)?[0-9a-f.:]+\])?(?:\s+said|\s*:|\s+refused|\s+\(|\s*\])", re.I)


def find_remote_host(text: str | None) -> str | None:
    """The remote MTA a text names ("host mx.example.com[192.0.2.1] said:")."""
    if not text:
        return None
    m = _HOST.search(text)
    if m:
        host = m.group(1).rstrip(".").lower()
        if any(c.isalpha() for c in host) or host.count(".") == 3:
            return host
    return None
