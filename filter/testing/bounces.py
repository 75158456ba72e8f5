"""The bounce factory: realistic bounces for a recipient and a reason, in the shapes MTAs send.

Why: an application's bounce handling is only tested when it is fed what real mail systems
send.  Each shape here is written from the sending software's *documented* format, not copied
from collected samples:

* ``postfix``: the bounce(5) default ``failure_template`` / ``delay_template`` text with an
  RFC 3464 delivery-status part and the returned message (RFC 3462/6522 multipart/report);
* ``exim``: Exim's documented free-text bounce ("A message that you sent could not be delivered
  to one or more of its recipients ...", "SMTP error from remote mail server after RCPT TO:")
  and its delay warning, followed by the copy of the message;
* ``sendmail``: "Returned mail: see transcript for details", the list of permanent fatal errors,
  the session transcript, then the RFC 3464 part and the returned headers (text/rfc822-headers);
* ``exchange``: Exchange Online / Microsoft 365's NDR ("Your message to ... couldn't be
  delivered.", "Diagnostic information for administrators", "Remote server returned '...'")
  with its RFC 3464 part;
* ``gmail``: Gmail's "Delivery Status Notification (Failure)" ("** Address not found **", "The
  response from the remote server was:") with its RFC 3464 part;
* ``qmail``: qmail-send's QSBMF bounce (the "qmail-send program", "Remote host said:", "---
  Below this line is a copy of the message.").

Beside them: an RFC 5965 ARF complaint (:meth:`BounceFactory.complaint`), an RFC 3834
auto-reply (:meth:`~BounceFactory.auto_reply`), a challenge-response request
(:meth:`~BounceFactory.challenge`), an unsubscribe reply (:meth:`~BounceFactory.unsubscribe`) and
a success DSN (:meth:`~BounceFactory.delivered`).  :meth:`~BounceFactory.from_reply` writes a
shape's failure report around any reply a server gave (what a fake MX refused).

Every message returns the original's identifying headers (Message-ID, Subject, From, To and
any header you give, e.g. ``X-Campaign-Id``) so that correlation can be tested.

What a reason looks like is data (:data:`REMOTE`, :data:`LOCAL`, :data:`DELAY`); which shape can
carry which reason is :func:`supports` / :func:`why_not`, never forced.  Importable without pytest.
"""
from __future__ import annotations

import email.parser
import email.utils
import itertools
import time
from dataclasses import dataclass, field

__all__ = ["BounceFactory", "Cause", "SHAPES", "REMOTE", "LOCAL", "DELAY", "NOT_CARRIED",
           "supports", "why_not", "bounce_reasons", "UnsupportedBounce", "matrix_markdown"]

SHAPES = ("postfix", "exim", "sendmail", "exchange", "gmail", "qmail")


class UnsupportedBounce(ValueError):
    """The shape cannot carry the reason (``why_not`` says why), or the name is unknown."""


@dataclass(frozen=True, slots=True)
class Cause:
    """A remote server's reply: ``code status text``, answered to ``stage`` (RFC 5321 command)."""

    code: int
    status: str
    text: str
    stage: str = "RCPT"  # RCPT | DATA | MAIL

    def reply(self, recipient: str) -> str:
        return f"{self.code} {self.status} {self.text.replace('{rcpt}', recipient)}"


# -- what each reason looks like --------------------------------------------------------------
#: reason -> the remote server's refusal that means it.  The codes are RFC 3463's (and RFC 7505's
#: 5.1.10, RFC 7372's 5.7.26 / 5.7.25 as Gmail publishes them); the words are the servers' usual
#: ones for that meaning (docs/vocabulary.md).  ``{rcpt}`` is the recipient.
REMOTE: dict[str, Cause] = {
    "user_unknown": Cause(550, "5.1.1", "<{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"),
    "has_moved": Cause(551, "5.1.6", "<{rcpt}>: Destination mailbox has moved, no forwarding address"),
    "not_accept": Cause(556, "5.1.10", "<{rcpt}>: Recipient address has null MX"),
    "suspended": Cause(550, "5.2.1", "<{rcpt}>: Mailbox disabled, this account has been suspended"),
    "mailbox_full": Cause(552, "5.2.2", "<{rcpt}>: Mailbox full, quota exceeded"),
    "message_too_large": Cause(552, "5.3.4", "Message size exceeds fixed maximum message size", "DATA"),
    "system_error": Cause(554, "5.3.5", "System incorrectly configured, mail loops back to myself", "DATA"),
    "system_full": Cause(552, "5.3.1", "Mail system full, insufficient system storage"),
    "rate_limited": Cause(550, "5.7.1", "Too many messages from your IP address, rate limit exceeded"),
    "filtered": Cause(550, "5.7.1", "Delivery blocked by the recipient's filter settings", "DATA"),
    "blocked": Cause(554, "5.7.1", "Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org"),
    "bad_reputation": Cause(550, "5.7.1", "Message rejected because of the poor reputation of the sending IP address", "DATA"),
    "spam_detected": Cause(554, "5.7.1", "Message rejected as spam by Content Filtering", "DATA"),
    "virus_detected": Cause(554, "5.7.1", "Message rejected: virus found in the message (Eicar-Test-Signature)", "DATA"),
    "content_error": Cause(554, "5.6.0", "Error: invalid MIME structure", "DATA"),
    "policy_violation": Cause(550, "5.7.1", "Message rejected due to local policy", "DATA"),
    "rejected": Cause(553, "5.1.8", "<bounces@sender.example>: Sender address rejected: Domain not found", "MAIL"),
    "no_relaying": Cause(554, "5.7.1", "<{rcpt}>: Relay access denied"),
    "auth_failure": Cause(550, "5.7.26", "Unauthenticated email from sender.example is not accepted due to domain's DMARC policy", "DATA"),
    "require_ptr": Cause(550, "5.7.25", "The IP address sending this message does not have a PTR record setup", "MAIL"),
    "security_error": Cause(554, "5.7.0", "Message refused for security reasons", "DATA"),
    "failed_starttls": Cause(530, "5.7.0", "Must issue a STARTTLS command first", "MAIL"),
    "syntax_error": Cause(500, "5.5.2", "Syntax error, command unrecognized", "MAIL"),
    "not_compliant_rfc": Cause(550, "5.6.0", "Message is not RFC 5322 compliant: duplicate Date header", "DATA"),
}

#: reason -> shape -> (status, the sending MTA's own words) for failures no remote server
#: answered: the domain does not exist, the MTA gave up retrying, a local delivery program failed.
LOCAL: dict[str, dict[str, tuple[str, str]]] = {
    "host_unknown": {
        "postfix": ("5.1.2", "Host or domain name not found. Name service error for name={domain} type=MX: Host not found"),
        "exim": ("5.1.2", "all relevant MX records point to non-existent hosts"),
        "sendmail": ("5.1.2", "550 5.1.2 <{rcpt}>... Host unknown (Name server: {domain}: host not found)"),
        "exchange": ("5.4.310", "550 5.4.310 DNS domain {domain} does not exist [Message=InfoDomainNonexistent]"),
        "gmail": ("5.1.2", "DNS Error: DNS type 'mx' lookup of {domain} responded with code NXDOMAIN Domain name not found: {domain}"),
        "qmail": ("5.1.2", "Sorry, I couldn't find any host named {domain}. (#5.1.2)"),
    },
    "expired": {
        "postfix": ("4.4.1", "connect to mx.{domain}[192.0.2.25]:25: Connection timed out"),
        "exim": ("4.4.1", "retry timeout exceeded"),
        "sendmail": ("4.4.7", "Deferred: Connection timed out with mx.{domain}."),
        "exchange": ("4.4.7", "550 4.4.7 QUEUE.Expired; message expired"),
        "qmail": ("4.4.1", "I'm not going to try again; this message has been in the queue too long."),
    },
    "mailer_error": {
        "postfix": ("5.3.0", 'Command died with status 1: "/usr/bin/procmail". Command output: procmail: Error while writing to "/var/mail/{local}"'),
        "exim": ("5.3.0", "Child process of address_pipe transport returned 75 (could mean temporary error) from command: /usr/bin/procmail"),
        "sendmail": ("5.3.0", "554 5.3.0 unknown mailer error 1"),
    },
}

#: reason -> the temporary refusal a delay warning carries (RFC 3464 ``Action: delayed``).
DELAY: dict[str, Cause] = {
    "network_error": Cause(421, "4.4.2", "mx.{domain}: lost connection with mx.{domain}[192.0.2.25] while receiving the initial server greeting"),
}

#: reasons that are not carried by any MTA's bounce, and why (the docs' matrix prints these)
NOT_CARRIED: dict[str, str] = {
    "suppressed": "only a sending service (Amazon SES, SendGrid ...) refuses for its own suppression list; no MTA says it",
    "on_hold": "means the classifier could not read the words: forcing it would test a misreading",
    "undefined": "a report that says nothing about the cause: each of these MTAs always says something",
}

#: why a shape cannot carry a LOCAL or DELAY reason it has no entry for
_SHAPE_LIMITS: dict[tuple[str, str], str] = {
    ("gmail", "expired"): "Gmail's own expiry notice is not documented in a stable form",
    ("exchange", "mailer_error"): "Exchange delivers to mailboxes, not to local programs",
    ("gmail", "mailer_error"): "Gmail delivers to mailboxes, not to local programs",
    ("qmail", "mailer_error"): "qmail-local's program failures are mailbox-side text without a fixed form",
    ("qmail", "network_error"): "qmail-send sends no delay warnings: only the final failure",
}

#: kinds that are not delivery reports: made by their own methods
_OWN_METHOD = {"complaint": "complaint", "auto_reply": "auto_reply", "challenge": "challenge",
               "unsubscribe": "unsubscribe", "delivered": "delivered"}


def bounce_reasons() -> list[str]:
    """The vocabulary's reasons a delivery report can carry (``filter.core.model.REASONS``)."""
    from filter.core.model import REASONS

    return [r for r in REASONS if r not in _OWN_METHOD]


def why_not(shape: str, reason: str) -> str | None:
    """None when ``shape`` can carry ``reason``; otherwise the reason it cannot."""
    if shape not in SHAPES:
        return f"unknown shape {shape!r} (one of {', '.join(SHAPES)})"
    if reason in NOT_CARRIED:
        return NOT_CARRIED[reason]
    if reason in REMOTE:
        return None
    if reason in LOCAL:
        return None if shape in LOCAL[reason] else _SHAPE_LIMITS.get((shape, reason), "not documented for this MTA")
    if reason in DELAY:
        return _SHAPE_LIMITS.get((shape, reason))
    if reason in _OWN_METHOD:
        return f"not a failure: use BounceFactory.{_OWN_METHOD[reason]}()"
    return f"{reason!r} is not a reason of the vocabulary"


def supports(shape: str, reason: str) -> bool:
    return why_not(shape, reason) is None


# -- the factory --------------------------------------------------------------------------------
@dataclass
class _Failure:
    """What one shape's template needs to say about one recipient (a delivery, for ``delivered``)."""

    recipient: str
    status: str
    action: str                  # failed | delayed
    reply: str | None            # the remote server's reply line, None for the MTA's own words
    own_words: str | None        # the sending MTA's own words, None when a server replied
    stage: str | None            # RCPT | DATA | MAIL, with a reply
    remote_mta: str | None

    @property
    def domain(self) -> str:
        return self.recipient.rpartition("@")[2]

    @property
    def diagnostic(self) -> str:
        return self.reply or self.own_words or ""


#: Postfix's name of the command a reply answered ("(in reply to end of DATA command)")
_CMD = {"RCPT": "RCPT TO", "DATA": "end of DATA", "MAIL": "MAIL FROM"}
_counter = itertools.count(1)


@dataclass
class BounceFactory:
    """Makes bounces.  ``sender`` is the envelope sender of the original (where bounces go),
    ``reporting_mta`` the host that writes the report, ``headers`` headers every original
    carries (e.g. ``{"X-Campaign-Id": "spring"}``) besides those given per call."""

    sender: str = "bounces@sender.example"
    from_: str = "News <news@sender.example>"
    reporting_mta: str = "mail.sender.example"
    headers: dict[str, str] = field(default_factory=dict)
    date: str = field(default_factory=lambda: email.utils.formatdate(time.time() - 120, localtime=False))

    # -- the original --------------------------------------------------------------------------
    def original(self, recipient: str, *, subject: str = "Your weekly digest", message_id: str | None = None,
                 headers: dict[str, str] | None = None, body: str = "Hello,\n\nthe news of the week.\n") -> bytes:
        """The message that bounced (what an application sent)."""
        mid = message_id or f"<{time.time_ns():x}.{next(_counter)}@sender.example>"
        fields = {"Return-Path": f"<{self.sender}>", "Message-ID": mid, "Date": self.date, "From": self.from_,
                  "To": f"<{recipient}>", "Subject": subject, "MIME-Version": "1.0",
                  "Content-Type": "text/plain; charset=utf-8"}
        for name, value in {**self.headers, **(headers or {})}.items():  # a given header replaces ours
            for known in [k for k in fields if k.lower() == name.lower()]:
                del fields[known]
            fields[name] = value
        lines = [f"{k}: {v}" for k, v in fields.items()]
        return ("\n".join(lines) + "\n\n" + body).encode()

    def _original(self, recipient: str, original: bytes | None, headers: dict[str, str] | None,
                  subject: str | None) -> tuple[str, str, str]:
        """(original text with LF line ends, its Message-ID, its Subject)."""
        raw = original if original is not None else self.original(recipient, headers=headers,
                                                                  **({"subject": subject} if subject else {}))
        text = raw.decode("utf-8", "replace").replace("\r\n", "\n")
        head = text.split("\n\n", 1)[0]
        h = email.parser.HeaderParser().parsestr(head, headersonly=True)
        return text, h.get("Message-ID", ""), h.get("Subject", "")

    # -- delivery reports ----------------------------------------------------------------------
    def bounce(self, recipient: str, reason: str = "user_unknown", *, shape: str = "postfix",
               original: bytes | None = None, headers: dict[str, str] | None = None, subject: str | None = None,
               remote_mta: str | None = None) -> bytes:
        """A failure (or, for a :data:`DELAY` reason, a delay warning) about ``recipient``.

        Raises :class:`UnsupportedBounce` when the shape cannot carry the reason."""
        if shape not in SHAPES:
            raise UnsupportedBounce(f"unknown shape {shape!r} (one of {', '.join(SHAPES)})")
        domain = recipient.rpartition("@")[2]
        remote = remote_mta or f"mx.{domain}"
        problem = why_not(shape, reason)
        if problem is not None:
            raise UnsupportedBounce(f"{shape} cannot carry {reason}: {problem}")
        if reason in REMOTE:
            c = REMOTE[reason]
            f = _Failure(recipient, c.status, "failed", c.reply(recipient), None, c.stage, remote)
        elif reason in DELAY:
            c = DELAY[reason]
            f = _Failure(recipient, c.status, "delayed", None,
                         c.text.replace("{rcpt}", recipient).replace("{domain}", domain), None, None)
        else:
            status, words = LOCAL[reason][shape]
            f = _Failure(recipient, status, "failed", None,
                         words.replace("{rcpt}", recipient).replace("{domain}", domain)
                         .replace("{local}", recipient.rpartition("@")[0]), None, None)
        orig, mid, subj = self._original(recipient, original, headers, subject)
        return getattr(self, f"_{shape}")(f, orig, mid, subj).replace("\n", "\r\n").encode()

    def from_reply(self, recipient: str, reply: str, *, stage: str = "RCPT", shape: str = "postfix",
                   original: bytes | None = None, headers: dict[str, str] | None = None,
                   remote_mta: str | None = None) -> bytes:
        """The failure report ``shape`` writes after a server answered ``reply`` (``550 5.1.1
        User unknown``) to ``stage``: e.g. what a fake MX refused (``Refusal.reply``)."""
        if shape not in SHAPES:
            raise UnsupportedBounce(f"unknown shape {shape!r} (one of {', '.join(SHAPES)})")
        parts = reply.strip().split(" ", 2)
        if len(parts) < 2 or not parts[0].isdigit() or not parts[0].startswith("5"):
            raise ValueError(f"a failure report carries a 5xx reply, not {reply!r}")
        if stage not in _CMD:
            raise ValueError(f"stage must be one of {', '.join(_CMD)}")
        has_status = len(parts[1].split(".")) == 3 and parts[1][0] == parts[0][0]
        status = parts[1] if has_status else f"{parts[0][0]}.0.0"
        f = _Failure(recipient, status, "failed", reply.strip(), None, stage,
                     remote_mta or f"mx.{recipient.rpartition('@')[2]}")
        orig, mid, subj = self._original(recipient, original, headers, None)
        return getattr(self, f"_{shape}")(f, orig, mid, subj).replace("\n", "\r\n").encode()

    def _dsn_part(self, f: _Failure, *, reporting: str | None = None, extra: str = "",
                  own_type: str = "smtp", status: str | None = None, sendmail: bool = False) -> str:
        """The RFC 3464 fields: the per-message block (``extra`` adds MTA-specific ones), a blank
        line, the per-recipient block.  ``own_type`` is the diagnostic type of the MTA's own words
        (``X-Postfix``, ``X-Unix`` ...); a server's reply is ``smtp``.  ``sendmail``: Sendmail's
        spelling (``RFC822;``, ``X-Actual-Recipient``, ``Last-Attempt-Date``)."""
        message = [f"Reporting-MTA: dns; {reporting or self.reporting_mta}", *filter(None, extra.split("\n")),
                   f"Arrival-Date: {self.date}"]
        if sendmail:
            recipient = [f"Final-Recipient: RFC822; {f.recipient}", f"X-Actual-Recipient: rfc822; {f.recipient}"]
        else:
            recipient = [f"Final-Recipient: rfc822; {f.recipient}", f"Original-Recipient: rfc822;{f.recipient}"]
        recipient += [f"Action: {f.action}", f"Status: {status or f.status}"]
        if f.remote_mta:
            recipient.append(f"Remote-MTA: {'DNS' if sendmail else 'dns'}; {f.remote_mta}")
        if f.diagnostic:
            kind = ("SMTP" if sendmail else "smtp") if f.reply else own_type
            recipient.append(f"Diagnostic-Code: {kind}; {f.diagnostic}")
        if sendmail:
            recipient.append(f"Last-Attempt-Date: {email.utils.formatdate(usegmt=True)}")
        return "\n".join(message) + "\n\n" + "\n".join(recipient)

    def _report(self, headers: list[str], parts: list[tuple[str, str]], boundary: str) -> str:
        """A multipart/report (RFC 6522) of ``parts`` = [(content headers, body)]."""
        head = "\n".join(headers + ["MIME-Version: 1.0",
                                    f'Content-Type: multipart/report; report-type=delivery-status;\n'
                                    f'\tboundary="{boundary}"'])
        body = "This is a MIME-encapsulated message.\n\n"
        for ctype, content in parts:
            body += f"--{boundary}\n{ctype}\n\n{content.rstrip()}\n\n"
        return head + "\n\n" + body + f"--{boundary}--\n"

    def _common(self, from_: str, subject: str) -> list[str]:
        return ["Return-Path: <>", f"Date: {email.utils.formatdate(localtime=False)}", f"From: {from_}",
                f"Subject: {subject}", f"To: {self.sender}", "Auto-Submitted: auto-replied",
                f"Message-ID: <{time.time_ns():x}.{next(_counter)}@{self.reporting_mta}>"]

    # Postfix: bounce(5) failure_template / delay_template
    def _postfix(self, f: _Failure, orig: str, mid: str, subj: str) -> str:
        if f.reply:
            said = f"host {f.remote_mta}[192.0.2.25] said: {f.reply} (in reply to {_CMD[f.stage or 'RCPT']} command)"
        else:
            said = f.own_words
        if f.action == "delayed":
            subject = "Delayed Mail (still being retried)"
            intro = ("####################################################################\n"
                     "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                     "####################################################################\n\n"
                     "Your message could not be delivered for more than 4 hour(s).\n"
                     "It will be retried until it is 5 day(s) old.")
        else:
            subject = "Undelivered Mail Returned to Sender"
            intro = ("I'm sorry to have to inform you that your message could not\n"
                     "be delivered to one or more recipients. It's attached below.")
        text = (f"This is the mail system at host {self.reporting_mta}.\n\n{intro}\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                f"                   The mail system\n\n<{f.recipient}>: {said}\n")
        dsn = self._dsn_part(f, own_type="X-Postfix", extra=f"X-Postfix-Queue-ID: 4F2A{next(_counter):04X}\n"
                             f"X-Postfix-Sender: rfc822; {self.sender}")
        returned = ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers",
                    orig.split("\n\n", 1)[0]) if f.action == "delayed" else \
            ("Content-Description: Undelivered Message\nContent-Type: message/rfc822", orig)
        return self._report(self._common(f"MAILER-DAEMON@{self.reporting_mta} (Mail Delivery System)", subject), [
            ("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii", text),
            ("Content-Description: Delivery report\nContent-Type: message/delivery-status", dsn),
            returned], f"{time.time_ns():X}.{next(_counter)}/{self.reporting_mta}")

    # Exim: the documented free-text bounce and delay warning
    def _exim(self, f: _Failure, orig: str, mid: str, subj: str) -> str:
        if f.reply:
            after = {"RCPT": f"RCPT TO:<{f.recipient}>", "MAIL": f"MAIL FROM:<{self.sender}>",
                     "DATA": "end of data"}[f.stage or "RCPT"]
            detail = (f"    host {f.remote_mta} [192.0.2.25]\n"
                      f"    SMTP error from remote mail server after {after}:\n    {f.reply}")
        else:
            detail = f"    {f.own_words}"
        if f.action == "delayed":
            head = self._common(f"Mail Delivery System <Mailer-Daemon@{self.reporting_mta}>",
                                "Warning: message 1tXyZa-000Abc-7Q delayed 24 hours")
            body = ("This message was created automatically by mail delivery software.\n"
                    "A message that you sent has not yet been delivered to one or more of its\n"
                    "recipients after more than 24 hours on the queue on "
                    f"{self.reporting_mta}.\n\n"
                    f"The message identifier is:     1tXyZa-000Abc-7Q\nThe subject of the message is: {subj}\n\n"
                    f"The address to which the message has not yet been delivered is:\n\n  {f.recipient}\n"
                    f"    Delay reason: {f.own_words}\n\n"
                    "No action is required on your part. Delivery attempts will continue for\n"
                    "some time, and this warning may be repeated at intervals if the message\n"
                    "remains undelivered. Eventually the mail delivery software will give up,\n"
                    "and when that happens, the message will be returned to you.\n")
            return "\n".join(head) + "\n\n" + body
        head = self._common(f"Mail Delivery System <Mailer-Daemon@{self.reporting_mta}>",
                            "Mail delivery failed: returning message to sender")
        body = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                f"  {f.recipient}\n{detail}\n\n"
                "------ This is a copy of the message, including all the headers. ------\n\n" + orig)
        return "\n".join(head) + "\n\n" + body

    # Sendmail: "Returned mail: see transcript for details"
    def _sendmail(self, f: _Failure, orig: str, mid: str, subj: str) -> str:
        status = None
        if f.reply:
            command = {"RCPT": f"RCPT To:<{f.recipient}>", "MAIL": f"MAIL From:<{self.sender}>",
                       "DATA": "DATA"}[f.stage or "RCPT"]
            code, _, words = f.reply.partition(" ")
            if f.stage == "DATA":  # after DATA sendmail's own line and status are generic (5.0.0)
                status, last = f"{code[0]}.0.0", f"{code} {code[0]}.0.0 Service unavailable"
            else:
                last = f"{code} {f.status} <{f.recipient}>... {words.partition(' ')[2]}"
            transcript = f"... while talking to {f.remote_mta}.:\n>>> {command}\n<<< {f.reply}\n{last}"
            reason = f.reply
        else:
            transcript = f"{f.own_words}"
            reason = f.own_words or ""
        received = f"The original message was received at {self.date}\nfrom localhost [127.0.0.1]\n\n"
        if f.action == "delayed":  # sendmail's warning after Timeout.queuewarn
            text = ("    **********************************************\n"
                    "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                    "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                    "    **********************************************\n\n" + received +
                    f"   ----- Transcript of session follows -----\n<{f.recipient}>... Deferred: {f.own_words}\n"
                    "Warning: message still undelivered after 4 hours\n"
                    "Will keep trying until message is 5 days old\n")
            subject, auto = "Warning: could not send message for past 4 hours", "auto-generated (warning-timeout)"
        else:
            text = (received + "   ----- The following addresses had permanent fatal errors -----\n"
                    f"<{f.recipient}>\n    (reason: {reason})\n\n"
                    f"   ----- Transcript of session follows -----\n{transcript}\n")
            subject, auto = "Returned mail: see transcript for details", "auto-generated (failure)"
        # X-Unix: a local mailer's failure (sendmail's prog mailer); its other own errors are SMTP-typed
        dsn = self._dsn_part(f, extra="Received-From-MTA: DNS; localhost", status=status, sendmail=True,
                             own_type="X-Unix" if f.status == "5.3.0" else "SMTP")
        head = [h if not h.startswith("Auto-Submitted:") else f"Auto-Submitted: {auto}"
                for h in self._common(f"Mail Delivery Subsystem <MAILER-DAEMON@{self.reporting_mta}>", subject)]
        # Debian's Sendmail returns the headers of the message (text/rfc822-headers), as observed
        # by tests/test_testing_kit_postfix.py against Sendmail 8.17
        return self._report(head, [("", text), ("Content-Type: message/delivery-status", dsn),
                                   ("Content-Type: text/rfc822-headers", orig.split("\n\n", 1)[0])],
                            f"1B2C3D{next(_counter)}.{time.time_ns()}/{self.reporting_mta}")

    # Exchange Online / Microsoft 365 NDR
    def _exchange(self, f: _Failure, orig: str, mid: str, subj: str) -> str:
        server = "AM0PR01MB1234.eurprd01.prod.exchangelabs.com"
        if f.action == "delayed":  # Exchange Online's delay notification
            text = (f"Delivery is delayed to these recipients or groups:\n\n{f.recipient}\n\nSubject: {subj}\n\n"
                    "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                    "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 "
                    "minutes. You'll be notified if the message can't be delivered by that time.\n\n"
                    f"Diagnostic information for administrators:\n\nGenerating server: {server}\n"
                    f"Receiving server: mx.{f.domain}\n\n{f.recipient}\n{f.own_words}\n")
            dsn = self._dsn_part(f, reporting=server)
            head = self._common(f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@"
                                f"{self.reporting_mta}>", f"Delivery delayed:{subj}")
            return self._report(head, [("Content-Type: text/plain; charset=us-ascii", text),
                                       ("Content-Type: message/delivery-status", dsn),
                                       ("Content-Type: text/rfc822-headers", orig.split("\n\n", 1)[0])],
                                f"_000_{time.time_ns():x}_")
        text = (f"Your message to {f.recipient} couldn't be delivered.\n\n"
                "Office 365 couldn't deliver the message to the recipient.\n\n"
                f"Diagnostic information for administrators:\n\nGenerating server: {server}\n"
                f"Receiving server: {f.remote_mta or server}\n\n{f.recipient}\n"
                f"Remote server returned '{f.diagnostic}'\n\n"
                "Original message headers:\n\n" + orig.split("\n\n", 1)[0] + "\n")
        dsn = self._dsn_part(f, reporting=server)
        head = self._common(f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{self.reporting_mta}>",
                            f"Undeliverable: {subj}") + ["X-MS-Exchange-Message-Is-Ndr: "]
        return self._report(head, [("Content-Type: text/plain; charset=us-ascii", text),
                                   ("Content-Type: message/delivery-status", dsn),
                                   ("Content-Type: message/rfc822", orig)], f"_000_{time.time_ns():x}_")

    # Gmail's Delivery Status Notification
    def _gmail(self, f: _Failure, orig: str, mid: str, subj: str) -> str:
        if f.action == "delayed":
            title, subject = "** Delivery incomplete **", "Delivery Status Notification (Delay)"
            lead = (f"There was a temporary problem delivering your message to {f.recipient}. "
                    "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.")
        elif f.status in ("5.1.1", "5.1.2", "5.1.10"):
            title, subject = "** Address not found **", "Delivery Status Notification (Failure)"
            lead = (f"Your message wasn't delivered to {f.recipient} because the address couldn't be found, "
                    "or is unable to receive mail.")
        else:
            title, subject = "** Message not delivered **", "Delivery Status Notification (Failure)"
            lead = f"There was a problem delivering your message to {f.recipient}. See the technical details below."
        text = (f"{title}\n\n{lead}\n\nThe response from the remote server was:\n{f.diagnostic}\n")
        head = self._common("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject)
        dsn = self._dsn_part(f, reporting="googlemail.com", extra="Received-From-MTA: dns; mail-sor-f41.google.com")
        return self._report(head, [("Content-Type: text/plain; charset=UTF-8", text),
                                   ("Content-Type: message/delivery-status", dsn),
                                   ("Content-Type: message/rfc822", orig)], f"000000000000{time.time_ns():x}")

    # qmail-send: QSBMF (http://cr.yp.to/proto/qsbmf.txt)
    def _qmail(self, f: _Failure, orig: str, mid: str, subj: str) -> str:
        if f.reply:
            what = {"RCPT": "does not like recipient.", "MAIL": "does not like sender.",
                    "DATA": "failed after I sent the message."}[f.stage or "RCPT"]
            detail = f"192.0.2.25 {what}\nRemote host said: {f.reply}\nGiving up on 192.0.2.25."
        else:
            detail = f.own_words or ""
        head = self._common(f"MAILER-DAEMON@{self.reporting_mta}", "failure notice")
        body = (f"Hi. This is the qmail-send program at {self.reporting_mta}.\n"
                "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                f"<{f.recipient}>:\n{detail}\n\n--- Below this line is a copy of the message.\n\n" + orig)
        return "\n".join(head) + "\n\n" + body

    # -- not failures --------------------------------------------------------------------------
    def delivered(self, recipient: str, *, original: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
        """A success DSN (RFC 3464 ``Action: delivered``), as Postfix sends for NOTIFY=SUCCESS."""
        orig, mid, subj = self._original(recipient, original, headers, None)
        f = _Failure(recipient, "2.0.0", "delivered", "250 2.0.0 Ok: queued as 4F2A9", None, "DATA",
                     f"mx.{recipient.rpartition('@')[2]}")
        text = (f"This is the mail system at host {self.reporting_mta}.\n\n"
                "Your message was successfully delivered to the destination(s)\n"
                "listed below. If the message was delivered to mailbox you will\n"
                "receive no further notifications. Otherwise you may still receive\n"
                "notifications of mail delivery errors from other systems.\n\n"
                f"                   The mail system\n\n<{recipient}>: delivery via {f.remote_mta}"
                f"[192.0.2.25]:25: {f.reply}\n")
        dsn = self._dsn_part(f, extra=f"X-Postfix-Queue-ID: 4F2A{next(_counter):04X}")
        return self._report(self._common(f"MAILER-DAEMON@{self.reporting_mta} (Mail Delivery System)",
                                         "Successful Mail Delivery Report"), [
            ("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii", text),
            ("Content-Description: Delivery report\nContent-Type: message/delivery-status", dsn),
            ("Content-Description: Delivered Message Headers\nContent-Type: text/rfc822-headers",
             orig.split("\n\n", 1)[0])], f"{time.time_ns():X}/{self.reporting_mta}").replace("\n", "\r\n").encode()

    def complaint(self, recipient: str, *, feedback_type: str = "abuse", original: bytes | None = None,
                  headers: dict[str, str] | None = None, reporter: str = "feedback.isp.example") -> bytes:
        """An ARF feedback report (RFC 5965): the recipient marked the mail as spam."""
        orig, mid, subj = self._original(recipient, original, headers, None)
        head = [f"Date: {email.utils.formatdate(localtime=False)}", f"From: <feedback@{reporter}>",
                f"To: <{self.sender}>", "Subject: FW: " + subj,
                f"Message-ID: <{time.time_ns():x}.{next(_counter)}@{reporter}>", "MIME-Version: 1.0",
                'Content-Type: multipart/report; report-type=feedback-report;\n\tboundary="arf_boundary"']
        text = (f"This is an email abuse report for an email message received from IP 192.0.2.10 on {self.date}.\n"
                "For more information about this format please see http://www.mipassoc.org/arf/.\n")
        report = (f"Feedback-Type: {feedback_type}\nUser-Agent: SomeGenerator/1.0\nVersion: 1\n"
                  f"Original-Mail-From: <{self.sender}>\nOriginal-Rcpt-To: <{recipient}>\n"
                  f"Arrival-Date: {self.date}\nReporting-MTA: dns; {reporter}\nSource-IP: 192.0.2.10\n"
                  f"Reported-Domain: sender.example\n")
        body = (f"--arf_boundary\nContent-Type: text/plain; charset=us-ascii\n\n{text}\n"
                f"--arf_boundary\nContent-Type: message/feedback-report\n\n{report}\n"
                f"--arf_boundary\nContent-Type: message/rfc822\n\n{orig.rstrip()}\n\n--arf_boundary--\n")
        return ("\n".join(head) + "\n\n" + body).replace("\n", "\r\n").encode()

    def auto_reply(self, recipient: str, *, original: bytes | None = None, headers: dict[str, str] | None = None,
                   subject: str = "Automatic reply: Out of office") -> bytes:
        """A vacation answer marked as RFC 3834 says (``Auto-Submitted: auto-replied``)."""
        _, mid, subj = self._original(recipient, original, headers, None)
        head = [f"Date: {email.utils.formatdate(localtime=False)}", f"From: <{recipient}>", f"To: <{self.sender}>",
                f"Subject: {subject}", f"Message-ID: <{time.time_ns():x}.{next(_counter)}@reply.example>",
                f"In-Reply-To: {mid}", f"References: {mid}", "Auto-Submitted: auto-replied",
                "X-Auto-Response-Suppress: All", "Content-Type: text/plain; charset=utf-8"]
        body = ("Thank you for your message. I am out of the office until Monday with limited access to\n"
                "email. For urgent matters please contact my colleague.\n")
        return ("\n".join(head) + "\n\n" + body).replace("\n", "\r\n").encode()

    def challenge(self, recipient: str, *, original: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
        """A challenge-response request: the recipient's spam blocker asks the sender to prove
        they are human before the message is delivered."""
        _, mid, subj = self._original(recipient, original, headers, None)
        head = [f"Date: {email.utils.formatdate(localtime=False)}", f"From: <{recipient}>", f"To: <{self.sender}>",
                f"Subject: Please confirm your message to {recipient}",
                f"Message-ID: <{time.time_ns():x}.{next(_counter)}@reply.example>", f"In-Reply-To: {mid}",
                "Auto-Submitted: auto-replied", "X-Challenge: yes", "Content-Type: text/plain; charset=utf-8"]
        body = (f"Hello,\n\nYour message to {recipient} with the subject \"{subj}\" is waiting for your\n"
                "confirmation. I use a challenge-response spam protection system: please verify\n"
                "that you are a human by replying to this message or by visiting the link below.\n"
                "Once you confirm, your message will be delivered and you will be added to my list\n"
                "of approved senders.\n\n  https://confirm.reply.example/c/8d3f0a\n")
        return ("\n".join(head) + "\n\n" + body).replace("\n", "\r\n").encode()

    def unsubscribe(self, recipient: str, *, original: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
        """A person answering a list mail with the word "unsubscribe" (an RFC 2369 mailto: request)."""
        _, mid, subj = self._original(recipient, original, headers, None)
        head = [f"Date: {email.utils.formatdate(localtime=False)}", f"From: <{recipient}>", f"To: <{self.sender}>",
                "Subject: unsubscribe", f"Message-ID: <{time.time_ns():x}.{next(_counter)}@reply.example>",
                f"In-Reply-To: {mid}", "Content-Type: text/plain; charset=utf-8"]
        return ("\n".join(head) + "\n\nunsubscribe\n").replace("\n", "\r\n").encode()


# -- the matrix of docs/testing.md ----------------------------------------------------------------
def matrix_markdown() -> str:
    """The table of docs/testing.md: for each reason (rows) and shape (columns), ``yes`` when the
    factory's bounce is classified back to that reason by :func:`filter.classify`, the reason it
    is read as otherwise, and ``-`` with a note when the shape cannot carry it.  Generated by
    classifying, so it states what the code does (print it with ``python -c "from
    filter.testing.bounces import matrix_markdown as m; print(m(), end='')"``)."""
    from filter import classify
    from filter.core.model import REASONS

    factory = BounceFactory()
    notes: dict[str, int] = {}
    lines = ["| reason | class | " + " | ".join(SHAPES) + " |", "|---|---|" + "---|" * len(SHAPES)]
    for reason in bounce_reasons():
        cells = []
        for shape in SHAPES:
            problem = why_not(shape, reason)
            if problem is not None:
                n = notes.setdefault(problem, len(notes) + 1)
                cells.append(f"- ({n})")
                continue
            got = classify(factory.bounce("jane@gone.example", reason, shape=shape)).recipients
            read = got[0].reason if got else "nothing"
            cells.append("yes" if read == reason else f"read as `{read}`")
        lines.append(f"| `{reason}` | {REASONS[reason][0]} | " + " | ".join(cells) + " |")
    lines.append("")
    lines += [f"({n}) {text}" + ("" if text.endswith(".") else ".") for text, n in notes.items()]
    return "\n".join(lines) + "\n"

