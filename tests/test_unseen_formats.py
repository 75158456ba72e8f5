"""Bounce formats and provider / MTA wordings the classifier had not been shown (issue 8).

Each group is one rule, with wordings written for the test in the shape the servers use (none
taken from a sample file); the whole reports are built with ``tests/shapes.py`` or written inline.
The source of each rule is cited beside the rule in ``filter/core``.
"""
from __future__ import annotations

import json

import pytest

from filter.core.classifier import decide
from filter.core.model import reason_class
from filter.core.pipeline import classify
from shapes import RCPT, exim_report, mail, postfix_dsn


def reason(diagnostic: str, status: str | None = None, command: str | None = None, action: str = "failed",
           context: str | None = None) -> str:
    return decide(status=status, diagnostic=diagnostic, command=command, action=action, diag_type="smtp",
                  context=context)


def only(raw: bytes) -> tuple[str, list[tuple[str, str, str]]]:
    report = classify(raw)
    return report.kind, [(r.address, r.reason, r.class_) for r in report.recipients]


# -- a mailbox at its size limit, said with "reached" (RFC 3463 X.2.2) ------------------------------
@pytest.mark.parametrize("code, status, text", [
    ("550", "5.0.0", "Mailbox has reached its size limit"),
    ("552", "", "The recipient's inbox has reached its storage quota"),
    ("452", "4.2.2", "mailbox reached the maximum size allowed"),
    ("550", "5.2.0", "Mailfolder has hit its disk quota"),
])
def test_mailbox_reached_its_limit_is_full(code: str, status: str, text: str) -> None:
    kind, recips = only(postfix_dsn(code, status, "RCPT", text))
    assert recips == [(RCPT, "mailbox_full", "soft")]


@pytest.mark.parametrize("text", [
    "Your account has reached its daily sending limit",
    "Account has reached the sending quota for today",
])
def test_reached_a_sending_limit_is_no_full_mailbox(text: str) -> None:
    assert reason(f"550 5.7.1 {text}", "5.7.1", "MAIL") == "rate_limited"


# -- our mail comes too fast: our rate, beside any word for our server (issue 8 family 10) --------
@pytest.mark.parametrize("stage", ["CONN", "RCPT", "DATA"])
@pytest.mark.parametrize("code, status, text", [
    ("421", "", "Receiving mail from your server too quickly, slow down"),
    ("450", "4.7.1", "You are sending messages too fast from your IP, try again later"),
    ("421", "4.7.0", "your host is sending mail too frequently"),
    ("550", "5.7.1", "Rejected: your server sends e-mails too often"),
])
def test_mail_too_fast_is_rate_limited(code: str, status: str, text: str, stage: str) -> None:
    kind, recips = only(postfix_dsn(code, status, stage, text))
    assert recips == [(RCPT, "rate_limited", "soft")]


# -- the recipient's own list names the sender: a person's choice, the mailbox exists (5a) --------
@pytest.mark.parametrize("text", [
    "550 5.7.1 Sender is on the recipient's blacklist",
    "550 Your address is in the user's personal block list",
    "554 5.7.1 Message refused: sender listed in the recipient's deny list",
    "550 The sender is on the user's own blacklist",
])
def test_recipients_own_list_is_filtered(text: str) -> None:
    assert reason(text, "5.7.1", "RCPT") == "filtered"
    assert reason(text, None, "DATA") == "filtered"


@pytest.mark.parametrize("text, expected", [
    # a block list of our IP stays a block, even with the recipient named as the one refusing
    ("550 5.7.1 The recipient rejected your message: your IP 192.0.2.1 is blacklisted", "blocked"),
    ("554 Service unavailable; Client host [192.0.2.1] blocked using bl.example.net", "blocked"),
    ("550 5.7.1 Sender IP 192.0.2.1 is on our blacklist", "blocked"),
])
def test_a_block_list_of_our_ip_stays_blocked(text: str, expected: str) -> None:
    assert reason(text, "5.7.1", "RCPT") == expected


# -- an address not verified *yet*, said with a temporary code: no hard verdict ------------------
@pytest.mark.parametrize("action", ["failed", "delayed"])
@pytest.mark.parametrize("text", [
    "450 4.1.1 <r@provider.example>: Recipient address rejected: unverified address: Address verification in progress",
    "451 4.1.1 Recipient address rejected: temporarily unable to verify the address",
    "450 4.1.1 <r@provider.example>: Recipient address rejected: unverified address: connect to mx.provider.example[198.51.100.7]:25: Connection timed out",
    "451 4.1.8 Could not complete recipient verify callout",
])
def test_unverified_address_is_not_hard(text: str, action: str) -> None:
    status = text.split()[1]
    got = reason(text, status, "RCPT", action)
    assert reason_class(got) != "hard", got


@pytest.mark.parametrize("text", [
    # the verification probe got a definite "no such user": the words say it, hard
    "450 4.1.1 <r@provider.example>: Recipient address rejected: unverified address: host mx.provider.example"
    "[198.51.100.7] said: 550 5.1.1 <r@provider.example>: User unknown",
    "450 4.1.1 <r@provider.example>: Recipient address rejected: User unknown in local recipient table",
])
def test_unverified_with_an_unknown_user_answer_stays_hard(text: str) -> None:
    assert reason(text, "4.1.1", "RCPT") == "user_unknown"


def test_qmail_gave_up_on_an_unverified_address_is_soft() -> None:
    raw = mail("From: MAILER-DAEMON@mail.sender.example\nTo: b@sender.example\nSubject: failure notice", (
        "Hi. This is the qmail-send program at mail.sender.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<r@provider.example>:\n198.51.100.7 does not like recipient.\n"
        "Remote host said: 450 4.1.1 <r@provider.example>: Recipient address rejected: unverified address: "
        "Address verification in progress\n"
        "I'm not going to try again; this message has been in the queue too long.\n"))
    kind, recips = only(raw)
    assert kind == "failed"
    assert [(a, c) for a, _, c in recips] == [(RCPT, "soft")]


# -- a warning's retry schedule is no cause: the network trouble is (family 8) --------------------
@pytest.mark.parametrize("text", [
    "Deferred: Connection timed out with mx.provider.example. Warning: message still undelivered after 4 hours "
    "Will keep trying until message is 5 days old",
    "connect to mx.provider.example[198.51.100.7]:25: Connection refused. Will keep trying until the message is 5 days old",
])
def test_delay_warning_with_network_words_is_network_error(text: str) -> None:
    assert reason(text, "4.4.1", None, "delayed") == "network_error"


def test_sendmail_warning_is_network_error() -> None:
    raw = mail(
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.sender.example>\nTo: b@sender.example\n"
        "Subject: Warning: could not send message for past 4 hours\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"w\"",
        "--w\nContent-Type: text/plain\n\n"
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{RCPT}>... Deferred: Connection timed out with mx.provider.example.\n"
        "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n\n"
        "--w\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.sender.example\n\n"
        f"Final-Recipient: RFC822; {RCPT}\nAction: delayed\nStatus: 4.4.1\n"
        "Remote-MTA: DNS; mx.provider.example\nLast-Attempt-Date: Mon, 30 Nov 2026 13:12:45 GMT\n\n--w--\n")
    kind, recips = only(raw)
    assert kind == "delayed"
    assert recips == [(RCPT, "network_error", "soft")]


# -- a final failure after a temporary rate refusal: the MTA gave up (family 8) --------------------
@pytest.mark.parametrize("text", [
    "451 4.7.1 Greylisting in action, please come back later",
    "450 4.7.1 Recipient address rejected: Greylisted, see https://greylist.example/help",
    "421 4.7.0 Too many connections from your IP, try again later",
])
def test_rate_refusal_until_retry_timeout_is_expired(text: str) -> None:
    status = text.split()[1]
    assert reason(text, status, "RCPT", "failed", context="SMTP error from remote mail server after RCPT TO: "
                  "retry timeout exceeded") == "expired"
    # the same answer in a warning, or without the MTA's own words, stays what the server said
    assert reason(text, status, "RCPT", "delayed") == "rate_limited"
    assert reason(text, status, "RCPT", "failed") == "rate_limited"


def test_permanent_rate_refusal_is_not_expired() -> None:
    # a 5xx is a final answer of the server: no retry ran out
    assert reason("550 5.7.1 Daily message quota exceeded for this sender", "5.7.1", "RCPT", "failed",
                  context="retry timeout exceeded") == "rate_limited"


def test_exim_dsn_retry_timeout_keeps_the_reply_and_is_expired() -> None:
    raw = mail(
        "From: Mail Delivery System <Mailer-Daemon@mail.sender.example>\nTo: b@sender.example\n"
        f"Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: {RCPT}\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"e\"",
        "--e\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {RCPT}\n    host mx.provider.example [198.51.100.7]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{RCPT}>:\n"
        "    451 4.7.1 Greylisted, please try again later: retry timeout exceeded\n\n"
        "--e\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.sender.example\n\n"
        f"Action: failed\nFinal-Recipient: rfc822;{RCPT}\nStatus: 4.0.0\nRemote-MTA: dns; mx.provider.example\n"
        "Diagnostic-Code: smtp; 451 4.7.1 Greylisted, please try again later\n\n--e--\n")
    report = classify(raw)
    assert report.kind == "failed"
    (r,) = report.recipients
    assert (r.address, r.reason, r.class_, r.reply_code) == (RCPT, "expired", "soft", "451")


# -- whole reports of several MTAs carrying these wordings ----------------------------------------
@pytest.mark.parametrize("build", [postfix_dsn, exim_report])
@pytest.mark.parametrize("code, status, stage, text, expected", [
    ("550", "5.0.0", "RCPT", "Mailbox has reached its size limit", ("mailbox_full", "soft")),
    ("550", "5.7.1", "RCPT", "Sender is on the recipient's blacklist", ("filtered", "soft")),
    ("421", "", "CONN", "Receiving mail from your server too quickly, slow down", ("rate_limited", "soft")),
    ("450", "4.1.1", "RCPT", "<r@provider.example>: Recipient address rejected: unverified address: "
     "Address verification in progress", None),
])
def test_whole_reports(build, code: str, status: str, stage: str, text: str, expected) -> None:
    report = classify(build(code, status, stage, text))
    (r,) = report.recipients
    assert r.address == RCPT
    if expected is None:
        assert r.class_ != "hard"
    else:
        assert (r.reason, r.class_) == expected, json.dumps([r.reason, r.class_])


# -- step 8: the report states the cause once, before its list of recipients ---------------------
@pytest.mark.parametrize("context, expected", [
    ("This Message was undeliverable due to the following reason: The user(s) account is temporarily over quota.",
     "mailbox_full"),
    ("Your message was not delivered because the destination computer was not found. "
     "Host nonexistent.example not found", "host_unknown"),
    ("The following recipients could not be reached: No such user", "user_unknown"),
])
def test_report_words_before_the_list_decide_when_the_record_says_nothing(context: str, expected: str) -> None:
    own = "Please reply to <postmaster@provider.example> if you feel this message to be in error."
    assert reason(own, None, None, "failed", context=context) == expected
    assert reason("", None, None, "failed", context=context) == expected


def test_record_words_outrank_the_report_words() -> None:
    # the recipient's own reply decides; the report's general words only fill a gap
    assert reason("552 5.2.2 Mailbox full", "5.2.2", "RCPT", "failed",
                  context="The following recipients were unknown") == "mailbox_full"
    # vague reply words about the recipient stay the record's (step 6), not the report's
    assert reason("550 Requested action not taken: mailbox unavailable", None, None, "failed",
                  context="The user(s) account is temporarily over quota.") == "on_hold"


@pytest.mark.parametrize("body, address, expected", [
    ("This Message was undeliverable due to the following reason:\n\n"
     "The user(s) account is temporarily over quota.\n\n<{a}>\n\n"
     "Please reply to <postmaster@provider.example>\nif you feel this message to be in error.\n",
     RCPT, ("mailbox_full", "soft")),
    ("This Message was undeliverable due to the following reason:\n\n"
     "Your message was not delivered because the destination computer was\nnot found.\n\n"
     "     Host gone.example not found\n\nThe following recipients did not receive this message:\n\n     <{a}>\n\n"
     "Please reply to <postmaster@provider.example>\nif you feel this message to be in error.\n",
     "r@gone.example", ("host_unknown", "hard")),
])
def test_reason_paragraph_before_the_recipients(body: str, address: str, expected) -> None:
    raw = mail("From: Mail Administrator <Postmaster@provider.example>\nTo: b@sender.example\n"
               "Subject: Mail System Error - Returned Mail", body.format(a=address))
    kind, recips = only(raw)
    assert kind == "failed"
    assert recips == [(address, *expected)]


# -- a block list that names a link of the body: the content, not our host (step 4a) ---------------
@pytest.mark.parametrize("text", [
    "554 5.7.1 Message contains a URL listed on the Spamhaus DBL",
    "550 The email contains links that are blacklisted at multi.surbl.org",
    "554 Rejected: body contains one or more domains listed in a URI block list",
])
def test_listed_link_in_the_body_is_spam(text: str) -> None:
    assert reason(text, "5.7.1", "DATA") == "spam_detected"


def test_our_ip_listed_stays_blocked_beside_a_link_word() -> None:
    assert reason("554 5.7.1 Your IP 192.0.2.1 is listed on the Spamhaus SBL, see the URL below",
                  "5.7.1", "DATA") == "blocked"


# -- more ways to say the mailbox is full (RFC 3463 X.2.2) ----------------------------------------
@pytest.mark.parametrize("text", [
    "552 Recipient has exceeded the maximum mailbox size",
    "550 The recipient mailbox has no more space",
    "550 Mailbox size has reached the limit",
    "450 Mailbox temporarily full",
    "552 Inbox is currently over quota",
])
def test_mailbox_size_wordings_are_full(text: str) -> None:
    assert reason(text, None, "RCPT") == "mailbox_full"
    assert reason_class("mailbox_full") == "soft"


def test_message_size_is_not_mailbox_size() -> None:
    assert reason("552 5.3.4 Message size exceeds the maximum allowed", "5.3.4", "DATA") == "message_too_large"


# -- the resolver's "no such name" as BSD libc words it (gai_strerror EAI_NONAME) ------------------
@pytest.mark.parametrize("text, action, expected", [
    ("getaddrinfo(gone.example): nodename nor servname provided, or not known", "failed", "host_unknown"),
    ("Name or service not known", "failed", "host_unknown"),
    ("Temporary failure in name resolution", "delayed", "network_error"),
])
def test_resolver_errors(text: str, action: str, expected: str) -> None:
    assert reason(text, None, None, action) == expected


# -- the sending MTA's retry count ran out (RFC 3463 X.4.7) --------------------------------------
@pytest.mark.parametrize("text", [
    "Delivery failed after maximum retries",
    "Maximum number of delivery attempts reached",
    "Message discarded: max retries exceeded",
])
def test_retries_exhausted_is_expired(text: str) -> None:
    assert reason(text, None, None, "failed") == "expired"


# -- the recipient's address named with a clause between its words --------------------------------
@pytest.mark.parametrize("text", [
    "550 The mail address you specified does not exist",
    "550 5.1.1 The e-mail address that you entered doesn't exist",
])
def test_address_you_specified_does_not_exist(text: str) -> None:
    assert reason(text) == "user_unknown"
    # ... and said of our address at MAIL FROM it is ours (step 5)
    assert reason(text, None, "MAIL") == "rejected"


# -- no space *in the mailbox* is a full mailbox; no space on the system is the system's ----------
@pytest.mark.parametrize("text, expected", [
    ("452 Insufficient space in mailbox", "mailbox_full"),
    ("452 4.2.2 Insufficient storage space in the recipient's mailbox", "mailbox_full"),
    ("452 4.3.1 Insufficient system storage", "system_full"),
])
def test_insufficient_space(text: str, expected: str) -> None:
    assert reason(text, None, "RCPT", "delayed") == expected


# -- recipients listed on one line in full-width brackets (issue 8 family 6) ----------------------
@pytest.mark.parametrize("line", [
    "＜r5@provider.example＞、＜r6@provider.example＞",
    "「r5@provider.example」、「r6@provider.example」",
    "<r5@provider.example>、<r6@provider.example>",
])
def test_listed_recipients_in_east_asian_brackets(line: str) -> None:
    raw = mail("From: postmaster@mx.provider.example\nTo: b@sender.example\nSubject: Undeliverable\n"
               "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
               "次の宛先にメールを配信できませんでした。\n\n" + line + "\n\n理由：550 5.1.1 User unknown\n")
    kind, recips = only(raw)
    assert kind == "failed"
    assert recips == [("r5@provider.example", "user_unknown", "hard"), ("r6@provider.example", "user_unknown", "hard")]


def test_recipients_own_list_beside_a_block_list_of_our_ip_is_blocked() -> None:
    assert reason("550 5.7.1 Sender is on the recipient's blacklist; also your IP 192.0.2.1 is listed in "
                  "zen.spamhaus.org", "5.7.1", "RCPT") == "blocked"


# -- the review's findings: the context and the command stay the recipient's own ---------------------
_RETURNED = ("From: Mail Administrator <Postmaster@provider.example>\nTo: b@sender.example\n"
             "Subject: Mail System Error - Returned Mail")


@pytest.mark.parametrize("lines", [
    # the returned message's own subject, restated by the report, is the sender's words, not a cause
    "Your message\n\n  Subject: Address does not exist? Mailbox full? 5 ways to clean your list\n"
    "  Sent: Tue, 1 Dec 2026 10:00:00 +0000\n\ncould not be delivered to the following recipient:",
    "Original subject: Re: Domain not found error on our side?\nOriginal sender: b@sender.example\n\n"
    "Your message could not be delivered to the following recipient:",
    "Ihre Nachricht\n\n  Betreff: Postfach voll? So bleibt Ihre Liste sauber\n\n"
    "konnte nicht zugestellt werden an:",
])
def test_a_restated_subject_is_no_cause(lines: str) -> None:
    kind, recips = only(mail(_RETURNED, f"{lines}\n\n     <{RCPT}>\n\nPlease reply to <postmaster@provider.example>\n"))
    assert kind == "failed"
    assert recips == [(RCPT, "on_hold", "undetermined")]


def test_report_words_that_name_another_address_are_not_every_recipients() -> None:
    # "the address x no longer exists" is about x; the report's words before the list decide nothing
    # for the others (step 8 takes no words that name an address)
    assert reason("", None, None, "failed",
                  context="The address jo@provider.example no longer exists (user unknown).") in ("on_hold", "undefined")


def test_an_addressing_code_answered_to_mail_from_in_a_final_report_after_a_temporary_answer() -> None:
    # a 4.1.1 answered to MAIL FROM is about our address, also when the report is final (the MTA
    # gave up): the command is read from the report's text before its words are kept as context
    raw = mail(
        "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)\nTo: bounces@sender.example\n"
        "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"",
        f"--b\nContent-Type: text/plain\n\n<{RCPT}>: host mx.provider.example[198.51.100.7] said: 450 4.1.1 "
        "<bounces@sender.example>: Sender address rejected: address temporarily unknown (in reply to MAIL FROM "
        "command)\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.sender.example\n\n"
        f"Final-Recipient: rfc822; {RCPT}\nAction: failed\nStatus: 4.1.1\nRemote-MTA: dns; mx.provider.example\n\n"
        "--b--\n")
    kind, [(address, why, cls)] = only(raw)
    assert (kind, address) == ("failed", RCPT)
    assert cls != "hard", why


@pytest.mark.parametrize("text", [
    "Could not connect to mx.provider.example: nodename nor servname provided, or not known",
    "Host or domain name not found. Name service error for name=provider.example type=MX",
])
def test_an_unresolved_name_in_a_delay_warning_is_a_network_error(text: str) -> None:
    # the warning says the MTA keeps trying: the name did not resolve this time
    assert reason(text, None, None, "delayed") == "network_error"
    assert reason(text, None, None, "failed") == "host_unknown"


@pytest.mark.parametrize("status", ["5.1.1", "5.1.2"])
@pytest.mark.parametrize("text, expected", [
    ("550 {s} Recipient rejected: your message looks like spam", "spam_detected"),
    ("550 {s} Recipient address rejected: message content rejected as spam", "spam_detected"),
])
def test_who_was_refused_is_not_why(status: str, text: str, expected: str) -> None:
    # "recipient rejected" only names who was refused; beside an addressing status the cause in
    # the words decides, never a hard verdict
    assert reason(text.format(s=status), status, "RCPT") == expected


def test_a_servers_domain_not_found_answer_in_a_delay_warning_keeps_its_meaning() -> None:
    # Postfix's reject_unknown_recipient_domain answers 450 4.1.2 by default: the server says the
    # domain has no address; only the sending MTA's own resolver words become a network error
    assert reason("450 4.1.2 <r@gone.example>: Recipient address rejected: Domain not found", "4.1.2", "RCPT",
                  "delayed") == "host_unknown"


@pytest.mark.parametrize("error, subject, expected", [
    ("550 - Requested action not taken: no such user here", "Account suspended? Cannot log in since Monday",
     "user_unknown"),
    ("554 5.7.1 Client host [192.0.2.77] blocked using bl.spamcop.net", "Mailbox quota increase request", "blocked"),
])
def test_apache_james_restates_the_original_below_message_details(error, subject, expected):
    """James's notify template: the error under "Error message below:", then "Message details:" with the
    original's Subject, sent date, sender and size, the message's own words: they never decide."""
    raw = mail("From: postmaster@james.sender.example\nTo: ana@sender.example\nSubject: [BOUNCE]", (
        "Hi. This is the James mail server at james.sender.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "Failed recipient(s):\nkim@far.example\n\n"
        f"Error message below:\n{error}\n\n"
        f"Message details:\n  Subject: {subject}\n  Sent date: Mon Dec 09 06:13:18 CET 2024\n"
        "  MAIL FROM: ana@sender.example\n  RCPT TO: kim@far.example\n  Size (in bytes): 15734\n"))
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("kim@far.example", expected)]
