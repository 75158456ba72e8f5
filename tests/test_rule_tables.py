"""What the rule tables of other open-source bounce classifiers teach, by meaning (issue 8, set B).

One parametrised group per source table (cited beside the phrases in
``filter/core/knowledge/mtas.py``: ``RULE_TABLES`` and ``KUMO_RULES``).  Every wording is written
for these tests in the shape servers send (none is copied from a table's comments or a bounce),
and asked three ways: through ``decide`` with the code, status and SMTP stage; through ``decide``
with no status and no stage (free-text bounces name neither); and as a whole report (a Postfix DSN
and an Exim bounce or delay warning).  Words
that only say the recipient was refused (``user_unknown_weak``) are final only in reply to RCPT TO,
so those cases skip the stage-less question.
"""
from __future__ import annotations

import pytest

import filter
from filter.core.classifier import decide
from filter.core.model import reason_class
from shapes import RCPT, diag as _diag, exim_report as _exim, postfix_dsn as _postfix

# (code, status, stage, the server's words, reason, also without status and stage)
GROUPS: dict[str, list[tuple[str, str, str, str, str, bool]]] = {
    # -- Mail::DeliveryStatus::BounceParser _std_reason -------------------------------------------
    "bounceparser": [
        ("550", "", "RCPT", "Mailbox pat.lee is not known at this site", "user_unknown", True),
        ("550", "", "RCPT", "recipient pat.lee unrecognized", "user_unknown", True),
        ("550", "", "RCPT", "Address pat.lee does not exist here", "user_unknown", True),
        ("550", "", "RCPT", "No such customer at this provider", "user_unknown", True),
        ("550", "", "RCPT", "Receiver not found: pat.lee", "user_unknown", True),
        ("550", "", "RCPT", "Unknown_receiver pat.lee", "user_unknown", True),
        ("550", "", "RCPT", "Sorry, this system doesn't handle mail for that user", "user_unknown", True),
        ("550", "", "RCPT", f"{RCPT} is invalid", "user_unknown", True),
        ("550", "", "RCPT", "customer account discontinued", "suspended", True),
        ("550", "5.1.2", "RCPT", "dest.example: no data record of requested type", "host_unknown", True),
    ],
    # -- PHPMailer-BMH bmhBodyRules / bmhDSNRules ---------------------------------------------------
    "phpmailer-bmh": [
        ("550", "", "RCPT", "Sorry, I can't find the user's mailbox here", "user_unknown", True),
        ("550", "", "RCPT", "Unable to find recipient on this server", "user_unknown", True),
        ("503", "", "RCPT", "all recipients were invalid", "user_unknown", True),
        ("550", "", "RCPT", "Error: wrong recipient", "user_unknown", True),
        ("451", "", "RCPT", "Unable to open maildir: input/output error", "system_error", True),
        ("451", "", "RCPT", "can not open new email file errno=13", "mailer_error", True),
        ("550", "", "DATA", "Messages without Subject: fields are not accepted here", "not_compliant_rfc", True),
        ("550", "", "DATA", "This user does not accept mail in non-Latin character sets", "content_error", True),
        ("553", "", "DATA", "Mail data refused by AISP, rule [4711].", "spam_detected", True),
        ("550", "", "RCPT", "relaying to <x@far.example> is prohibited", "no_relaying", True),
        ("553", "", "RCPT", "Specified domain is not allowed.", "no_relaying", True),
        ("554", "", "MAIL", "sender was rejected: 0,mx7,AbCdEf.1234", "rejected", True),
        ("550", "", "MAIL", "Verify mail from failed, blocked", "rejected", True),
        ("554", "5.7.1", "CONN", "see http://antispam.provider.example/denyip.php?IP=192.0.2.25", "blocked", True),
    ],
    # -- cfortune PHP-Bounce-Handler $bouncelist ----------------------------------------------------
    "bouncehandler": [
        ("550", "", "RCPT", "ADDRESS_NOT_FOUND", "user_unknown", True),
        ("550", "", "RCPT", "No such mail drop defined for this name", "user_unknown", True),
        ("550", "", "RCPT", "No one with this e-mail address here", "user_unknown", True),
        ("550", "", "RCPT", "This e-mail address is not known on this system", "user_unknown", True),
        ("550", "", "RCPT", "pat.lee was not found in the LDAP directory", "user_unknown", True),
        ("550", "", "RCPT", "mail is not being accepted for this mailbox", "suspended", True),
        # (closed for lack of use: closed, gone; deactivated for it: switched off, suspended)
        ("550", "", "RCPT", "Account closed due to inactivity", "user_unknown", True),
        ("550", "", "RCPT", "This mailbox was deactivated for lack of use", "suspended", True),
        ("452", "", "RCPT", "User has exhausted the allowed mailbox quota", "mailbox_full", True),
        ("452", "", "RCPT", "user has exceeded their allotted space", "mailbox_full", True),
        ("451", "", "RCPT", "Server too busy, please try later", "system_error", True),
        ("451", "", "RCPT", "system load too high, come back later", "system_error", True),
    ],
    # -- KumoMTA community bounces.toml -------------------------------------------------------------
    "kumomta-community": [
        ("553", "", "RCPT", "sorry, no mail-box by that name here", "user_unknown", True),
        ("553", "", "RCPT", "Requested action not taken: mailbox name not allowed", "user_unknown", True),
        ("550", "", "RCPT", f"recipient <{RCPT}> denied", "user_unknown", False),
        ("550", "", "RCPT", "Recipient address rejected: undeliverable address: unknown reason", "user_unknown",
         False),
        ("550", "5.2.1", "RCPT", "DisabledUser", "suspended", True),
        ("550", "", "RCPT", "No MX for dest.example", "host_unknown", True),
        ("554", "", "DATA", "MailLoop detected", "system_error", True),
        ("550", "5.2.1", "RCPT", "ReceivingRatePerm", "rate_limited", True),
        ("550", "5.7.509", "DATA", "DmarcRejection", "auth_failure", True),
        ("553", "", "MAIL", "Sender domain resolution failed", "rejected", True),
        ("550", "", "MAIL", "Sender <s@sender.example> has no A or MX records", "rejected", True),
        ("452", "", "RCPT", "restricted by local policy", "policy_violation", True),
        ("550", "", "CONN", "Mail refused, listed on ivmSIP", "blocked", True),
        ("550", "", "DATA", "JunkMail rejected by the gateway", "spam_detected", True),
        ("550", "", "DATA", "REJECTED - spam text found", "spam_detected", True),
        ("553", "", "DATA", "Blocked using spam pattern; your message may contain spam content", "spam_detected",
         True),
        ("550", "", "DATA", "A link in your message (bad.example) is listed on a URI block list", "spam_detected",
         True),
    ],
    # -- Sisimai reason modules (userunknown.rb, blocked.rb) -----------------------------------------
    "sisimai-reason": [
        ("550", "5.1.1", "RCPT", "No access from mail server 192.0.2.25", "blocked", True),
        ("550", "", "RCPT", "the receiving server rejected the recipient", "user_unknown", False),
        ("553", "", "RCPT", "Sorry, your envelope recipient was denied", "user_unknown", False),
        ("550", "", "RCPT", "this account is unavailable", "user_unknown", False),
        ("550", "5.1.1", "RCPT", "mail not accepted from hosts without a valid sender domain", "rejected", True),
        ("550", "5.7.1", "DATA", "Message refused by the SEG SpamProfiler", "spam_detected", True),
        ("550", "", "DATA", "Rejecting message content", "spam_detected", True),
        ("550", "", "DATA", "Spamming is not allowed here", "spam_detected", True),
        ("550", "", "DATA", "Undeliverable because the recipient is not accepting mail with executable attachments",
         "policy_violation", True),
        ("421", "", "CONN", "Too many errors from your IP, come back later", "rate_limited", True),
        ("550", "", "DATA", "You have exceeded the allowable number of posts without solving a captcha",
         "rate_limited", True),
        ("550", "", "RCPT", "Posting by non-members to a members-only list is refused", "rejected", True),
        ("550", "", "DATA", "Your address is not subscribed to this group", "rejected", True),
    ],
}

CASES = [pytest.param(*case, id=f"{group}-{n}") for group, cases in GROUPS.items() for n, case in enumerate(cases)]


@pytest.mark.parametrize("code, status, stage, text, reason, bare", CASES)
def test_decide(code, status, stage, text, reason, bare):
    action = "failed" if code[0] == "5" else "delayed"
    got = decide(status=status or None, diagnostic=_diag(code, status, text), command=stage, action=action)
    assert (got, reason_class(got, code[0] == "5")) == (reason, reason_class(reason, code[0] == "5"))
    if bare:
        assert decide(status=None, diagnostic=text, command=None, action=action) == reason


@pytest.mark.parametrize("code, status, stage, text, reason, bare", CASES)
@pytest.mark.parametrize("shape", [_postfix, _exim], ids=["postfix", "exim"])
def test_whole_report(shape, code, status, stage, text, reason, bare):
    report = filter.classify(shape(code, status, stage, text))
    (rcpt,) = report.recipients
    assert rcpt.address == RCPT
    assert (rcpt.reason, rcpt.class_) == (reason, reason_class(reason, permanent=code[0] == "5"))


# words that must keep their own reason beside the new phrases (no over-reach)
@pytest.mark.parametrize("text, reason", [
    ("550 recipient domain is not known", "on_hold"),           # a domain, not a mailbox: not user_unknown
    ("550 Your IP address 192.0.2.1 is not recognized", "blocked"),
    ("451 could not find recipient's mail server", "on_hold"),  # routing, not a missing mailbox
    ("550 Sender address <s@sender.example> is not known", "on_hold"),  # ours: never a hard verdict
    ("550 MAIL FROM:<s@sender.example> is invalid", "on_hold"),
    ("550 Your email address is not recognized as a member of this list", "on_hold"),  # ours, not the recipient
])
def test_no_over_reach(text, reason):
    got = decide(status=None, diagnostic=text, action="failed")
    assert got == reason
    assert reason_class(got) != "hard"
