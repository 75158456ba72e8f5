"""Refusals written by the receiving side's open-source filters and policy daemons (postfwd,
Cluebringer, greylistd, Exim ACLs, Postfix's content inspection), each wording written for its test
after the tools' documentation, and the reply code read before an IP address."""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from filter.core.smtptext import find_reply_code

from shapes import exim_report, postfix_dsn


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a count of ours per period (postfwd's rate() example; Cluebringer's quota module)
    ("4.7.1", "450 4.7.1 <a@b.example>: Recipient address rejected: sorry, max 100 requests per hour", "rate_limited"),
    ("4.7.1", "450 4.7.1 <a@b.example>: Recipient address rejected: maximum 20 messages per minute", "rate_limited"),
    ("4.7.1", "450 4.7.1 <a@b.example>: Recipient address rejected: Policy rejection; Message count quota exceeded",
     "rate_limited"),
    # greylistd's documented Exim ACL
    ("4.0.0", "451 192.0.2.219 is not yet authorized to deliver mail from <b@news.example> to <a@b.example>. "
              "Please try later.", "rate_limited"),
    # Exchange Online throttles a new sending IP (4.7.500-699)
    ("4.7.500", "451 4.7.500 Server busy. Please try again later from [198.51.100.7]. (S77714)", "rate_limited"),
    # an Exim ACL's HELO check (the spec's example), as Postfix's reject_non_fqdn_helo_hostname
    ("5.0.0", "550 HELO should be a FQDN", "blocked"),
    ("5.5.2", "504 5.5.2 <mta7>: Helo command rejected: need fully-qualified hostname", "blocked"),
    # Postfix's content inspection named: a rule on the content
    ("5.7.1", "550 5.7.1 Blocked by header_checks: Subject contains forbidden words", "content_error"),
    ("5.7.1", "550 5.7.1 Rejected by body_checks", "content_error"),
    # an administrator's prohibition: the site's rule
    ("5.7.1", "553 sorry, your mail was administratively denied. (#5.7.1)", "policy_violation"),
    # RFC 5322 2.1.1's header line limit: the message's form, not its size
    ("5.6.0", "554 5.6.0 Message rejected: header line too long in MIME part", "not_compliant_rfc"),
    # their neighbours keep their reading: the mailbox's own quota, a message line too long (a size
    # limit), a "busy" server that names no sender (the system's state)
    ("4.2.2", "452 4.2.2 Quota exceeded (mailbox for user is full)", "mailbox_full"),
    ("5.3.4", "552 5.3.4 Message line too long", "message_too_large"),
    ("4.3.2", "421 4.3.2 Server busy, try again later", "system_error"),
])
def test_a_policy_daemons_refusal(status: str, diagnostic: str, reason: str) -> None:
    action = "failed" if status[0] == "5" else "delayed"
    assert decide(status=status, diagnostic=diagnostic, action=action) == reason


@pytest.mark.parametrize("text, code", [
    ("451 192.0.2.219 is not yet authorized to deliver mail", "451"),
    ("550 192.0.2.64 is not allowed to send mail from <b@news.example>", "550"),
    ("421 4.7.0 192.0.2.7 rate limited", "421"),
])
def test_a_reply_code_before_an_ip_address(text: str, code: str) -> None:
    assert find_reply_code(text) == code


def test_greylisting_in_whole_reports() -> None:
    text = "192.0.2.219 is not yet authorized to deliver mail from <b@sender.example> to <r@provider.example>. Please try later."
    for raw in (postfix_dsn("451", "", "RCPT", text), exim_report("451", "", "RCPT", text)):
        (rec,) = classify(raw).recipients
        assert (rec.reason, rec.reply_code) == ("rate_limited", "451")


@pytest.mark.parametrize("diagnostic, reason", [
    # a refusal named only by the filter, or by what it refused: the filter judged it spam ...
    ("550 5.7.1 Message content rejected", "spam_detected"),
    ("554 5.7.1 Your message has been blocked by our filters", "spam_detected"),
    ("550 Rejected by the content filter", "spam_detected"),
    # ... unless the words name the cause besides
    ("550 Virus Detected; Content Rejected", "virus_detected"),
    ("550 5.7.1 Your message was rejected by the content filter: message contains a prohibited attachment type (.zip)",
     "policy_violation"),
    ("554 5.6.0 Content rejected: malformed MIME structure", "content_error"),
])
def test_a_refusal_named_by_its_filter_yields_to_a_named_cause(diagnostic: str, reason: str) -> None:
    assert decide(status=None, diagnostic=diagnostic, action="failed") == reason


def test_not_yet_authorized_to_post_to_a_list_is_no_greylisting() -> None:
    """greylistd names the triplet ("... to deliver mail from <x> to <y>"); a list's refusal of a non-member
    ("not yet authorized to deliver mail to this list") is no rate limit."""
    assert decide(status="5.7.1", diagnostic="550 5.7.1 you are not yet authorized to deliver mail to this list; "
                  "subscribe and confirm your membership first", action="failed") != "rate_limited"


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a host named where the MTA connected or looked up is a name, not words
    ("4.4.1", "connect to spamfilter.example.com[192.0.2.1]:25: Connection timed out", "network_error"),
    ("4.4.2", "conversation with virusscan.example.net[192.0.2.1] timed out while receiving the initial server "
              "greeting", "network_error"),
    ("5.4.4", "Host or domain name not found. Name service error for name=spam.example.org type=A: Host not found",
     "host_unknown"),
    ("4.4.1", "no answer from host spamfilter2.example.test: connection timed out", "network_error"),
    # ... while the list a reply names as its cause keeps its meaning
    ("5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "blocked"),
    ("5.7.1", "host mx.spamfilter.example[192.0.2.1] said: 550 5.7.1 Message rejected as spam", "spam_detected"),
    # the site's rules on a message's language, character set or format
    ("5.7.1", "550 Rejected by the content filter: messages in this language are not accepted", "policy_violation"),
    ("5.7.1", "550 HTML-only messages are not accepted", "policy_violation"),
    # a temporary refusal whose words name the scanner's own failure
    ("4.7.1", "451 4.7.1 Content rejected temporarily: content scanner unavailable", "system_error"),
    # the recipient's own list of senders: a person's choice
    ("5.7.1", "550 5.7.1 Recipient address rejected: you are not on my list of allowed senders", "filtered"),
    # "administratively" refuses what it names: the message (a rule), an account, our address
    ("5.7.1", "553 5.7.1 <b@news.example>: Sender address administratively rejected", "rejected"),
    ("4.4.1", "ICMP destination unreachable: communication administratively prohibited", "network_error"),
    ("5.2.1", "550 5.2.1 <f@school.example>: mailbox unavailable, account administratively blocked by the school IT "
              "department", "suspended"),
    # (".zip is not allowed" is a file type, no IP)
    ("5.7.1", "554 5.7.1 Message administratively rejected: attachment type .zip is not allowed", "policy_violation"),
])
def test_names_and_rules_in_refusals(status: str, diagnostic: str, reason: str) -> None:
    action = "failed" if status[0] == "5" else "delayed"
    assert decide(status=status, diagnostic=diagnostic, action=action) == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # Postfix's "delivery temporarily suspended: <the last failure>": that failure is the cause
    ("4.7.8", "delivery temporarily suspended: SASL authentication failed; server submit.example.net[192.0.2.40] "
              "said: 535 5.7.8 Error: authentication failed: authentication failure", "security_error"),
    ("4.3.0", "delivery temporarily suspended: unknown mail transport error", "system_error"),
    ("4.4.1", "delivery temporarily suspended: connect to mx.example.net[192.0.2.1]:25: Connection timed out",
     "network_error"),
    ("4.4.1", "delivery temporarily suspended", "network_error"),
    # our own side's host: Exim's spool short of space
    ("4.3.0", "452 Space shortage, please try later", "system_full"),
])
def test_our_own_sides_state_is_read_for_its_cause(status: str, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="delayed") == reason
