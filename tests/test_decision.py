"""The decision's precedence (filter/core/classifier.py docstring), one rule a test.

Every wording here is written for the test, in the shape servers use; none is taken from a
sample file.  Each group names the rule and why it holds.
"""
from __future__ import annotations

import pytest

from filter.core.classifier import decide
from filter.core.model import reason_class


def reason(diagnostic: str, status: str | None = None, command: str | None = None, action: str = "failed",
           context: str | None = None) -> str:
    return decide(status=status, diagnostic=diagnostic, command=command, action=action, diag_type="smtp",
                  context=context)


# -- step 5: words that say the mailbox does not exist mean it at any stage -----------------------
@pytest.mark.parametrize("command", [None, "RCPT", "DATA"])
@pytest.mark.parametrize("status", [None, "5.0.0", "5.1.0", "5.2.0"])
@pytest.mark.parametrize("text", [
    "550 No such user here",
    "550 <pat@mail.example>: Recipient address rejected: User unknown in local recipient table",
    "553 sorry, that mailbox does not exist",
    "550 Addressee unknown, relay=mx.example",
    "550 The account you tried to reach does not exist",
])
def test_no_such_user_is_hard_at_any_stage(text: str, status: str | None, command: str | None) -> None:
    assert reason(text, status, command) == "user_unknown"
    assert reason_class("user_unknown") == "hard"


@pytest.mark.parametrize("text, expected", [
    # the mailbox exists: a filter of the recipient or a content check spoke
    ("550 Unknown user or message refused by the recipient's filter settings", "filtered"),
    ("554 User unknown; message content rejected as spam", "spam_detected"),
    ("550 Delivery refused by local policy (user unknown to the policy server)", "policy_violation"),
    # the unknown address is ours
    ("550 5.1.0 <b@sender.example>: Sender address rejected: User unknown in relay recipient table", "rejected"),
])
def test_other_words_say_the_mailbox_exists(text: str, expected: str) -> None:
    assert reason(text, "5.0.0", "DATA") == expected


def test_unknown_user_at_mail_from_is_our_address() -> None:
    assert reason("550 User unknown", "5.0.0", "MAIL") == "rejected"


def test_a_providers_no_such_mailbox_code_at_mail_from_is_our_address() -> None:
    # Outlook.com's "5.5.0 requested action not taken: mailbox unavailable" is its "no such
    # mailbox" (providers.py); said before any recipient was named, the mailbox is ours
    text = "550 5.5.0 Requested action not taken: mailbox unavailable (no such user)"
    assert reason(text, "5.5.0", "RCPT") == "user_unknown"
    assert reason(text, "5.5.0", "MAIL") == "rejected"


def test_vaguer_words_still_need_the_rcpt_stage() -> None:
    assert reason("550 Recipient rejected", "5.0.0", "RCPT") == "user_unknown"
    assert reason("550 Recipient rejected", "5.0.0", "DATA") == "filtered"


def test_an_address_in_the_text_is_not_words() -> None:
    # "spam" and "filtered" here are names, not what the server said
    assert reason("550 5.1.1 <filtered@spam.example>... User unknown", "5.1.1", "RCPT") == "user_unknown"
    assert reason("550 5.2.1 <filtered@example.org>: user unknown", "5.2.1") == "user_unknown"


# -- step 4: a weak code yields to words that name a cause -----------------------------------------
@pytest.mark.parametrize("status, text", [
    ("5.1.6", "551 5.1.6 Sorry, no mailbox here by that name"),
    ("5.7.17", "550 5.7.17 Addressee unknown"),
    ("5.3.0", "553 5.3.0 Addressee unknown"),
    ("5.5.0", "550 5.5.0 Requested action not taken: mailbox not found"),
    ("5.7.1", "550 5.7.1 No such user here"),
    ("5.4.1", "550 5.4.1 Recipient does not exist here"),
])
def test_weak_codes_yield_to_no_such_user(status: str, text: str) -> None:
    assert reason(text, status) == "user_unknown"


def test_weak_codes_still_decide_alone() -> None:
    assert reason("551 5.1.6 Recipient has moved; please try bob@new.example", "5.1.6") == "has_moved"
    assert reason("550 5.5.0 Requested action not taken", "5.5.0") == "syntax_error"
    assert reason("554 5.3.0 Other mail system problem", "5.3.0") == "system_error"


def test_a_specific_code_is_not_weak() -> None:
    # the recipient's quota code stands against "unknown" in the same reply
    assert reason("552 5.2.2 Mailbox of unknown size is full", "5.2.2") == "mailbox_full"


# -- step 3: a block of the sender never reads as an unknown user -----------------------------------
@pytest.mark.parametrize("status, text, expected", [
    ("5.1.1", "550 5.1.1 Service unavailable; client [192.0.2.1] blocked using bl.spamcop.net", "blocked"),
    ("5.1.1", "550 5.1.1 Sender verify failed", "rejected"),
    ("5.1.0", "550 5.1.0 <b@sender.example>: Sender address rejected: undeliverable address", "rejected"),
    ("5.1.8", "553 5.1.8 <b@sender.example>: Sender address rejected: Domain not found", "rejected"),
    ("5.1.1", "550 5.1.1 Address is on the suppression list of this account", "suppressed"),
    ("5.7.1", "550 5.7.1 Access denied, traffic not accepted from this IP", "blocked"),
    ("5.1.1", "550 5.1.1 Your IP address has a poor reputation; see our postmaster page", "bad_reputation"),
])
def test_sender_blocks_are_not_unknown_users(status: str, text: str, expected: str) -> None:
    got = reason(text, status, "RCPT")
    assert got == expected
    assert reason_class(got) != "hard"


# -- family 10: the sender's rate and quotas, loops, authentication, policies ----------------------
@pytest.mark.parametrize("status, text", [
    ("4.2.1", "421 4.2.1 The user you are trying to contact is receiving mail too quickly"),
    (None, "421 Too many concurrent SMTP connections from this IP address"),
    ("4.7.1", "450 4.7.1 Error: too much mail from 192.0.2.25"),
    ("5.7.1", "550 5.7.1 Daily message submission quota exceeded"),
    (None, "421 Max message per connection reached, closing transmission channel"),
    ("4.7.0", "421 4.7.0 Connection rate limit exceeded"),
    ("4.7.1", "421 4.7.1 Messages deferred due to excessive volume"),
])
def test_the_senders_rate_and_quota(status: str | None, text: str) -> None:
    assert reason(text, status, action="delayed" if text[0] == "4" else "failed") == "rate_limited"


@pytest.mark.parametrize("status, text", [
    ("5.4.6", "554 5.4.6 Hop count exceeded - possible mail loop"),
    ("5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop"),
    (None, "554 Too many hops"),
    (None, "552 looping message"),
    ("4.3.0", "451 4.3.0 Temporary lookup failure"),
])
def test_loops_and_local_failures_are_system_errors(status: str | None, text: str) -> None:
    assert reason(text, status) == "system_error"


def test_authentication_required_is_a_security_error() -> None:
    assert reason("530 5.7.1 Client was not authenticated", "5.7.1", "MAIL") == "security_error"
    assert reason("550 5.7.1 SMTP AUTH is required for relaying") == "security_error"


def test_policies_of_the_receiving_organisation() -> None:
    assert reason("550 5.7.1 Delivery not authorized, message refused by transport rule", "5.7.1") \
        == "policy_violation"
    assert reason("554 Delivery rejected: the domain's policy does not allow mail from you") == "policy_violation"


def test_greylisting_is_a_rate_limit_but_try_later_alone_is_not() -> None:
    assert reason("451 4.7.1 Greylisted, please try again later", "4.7.1", action="delayed") == "rate_limited"
    assert reason("451 4.3.0 Temporary local problem - please try later", "4.3.0", action="delayed") \
        == "system_error"


# -- family 2: wordings that were not known ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ('Unrouteable mail domain "nowhere.example"', "host_unknown"),
    ("all relevant MX records point to non-existent hosts", "host_unknown"),
    ("554 5.4.4 SMTP; Name or service not known", "host_unknown"),
    ("The user's mailbox has used up its storage allotment", "mailbox_full"),
    ("552 Mailbox limit exceeded for this recipient", "mailbox_full"),
    ("452 4.2.2 The recipient has exceeded their storage space", "mailbox_full"),
    ("450 4.2.0 Mailbox temporarily unavailable: user has too many messages", "mailbox_full"),
    ("554 5.7.1 This message has been blocked because it contains a URIBL listed domain", "spam_detected"),
    ("550 Rejected by MailMarshal: mass mailer detected", "spam_detected"),
    ("550 Message failed antispam checks", "spam_detected"),
    ("554 Message rejected by DSPAM as spam", "spam_detected"),
    ("This message has been in the queue for too long", "expired"),
    ("553 host denies relay.", "no_relaying"),
    ("454 4.7.0 TLS not available due to local problem", "failed_starttls"),
    ("550 black ip.", "blocked"),
])
def test_wordings(text: str, expected: str) -> None:
    assert reason(text) == expected


def test_a_temporary_dns_failure_is_not_a_missing_domain() -> None:
    assert reason("451 4.4.3 Name or service not known, try again later", "4.4.3", action="delayed") \
        != "host_unknown"


# -- family 8: the sending MTA gave up --------------------------------------------------------------
def test_a_final_failure_after_connection_timeouts_is_expired() -> None:
    text = "connect to mx.remote.example[192.0.2.9]:25: Connection timed out"
    assert reason(text) == "expired"
    assert reason(text, action="delayed") == "network_error"


def test_the_reports_own_words_say_it_gave_up() -> None:
    assert reason("451 4.2.0 Mailbox temporarily unavailable", "5.0.0",
                  context="retry timeout exceeded") == "expired"
    # but a cause the server named stands
    assert reason("452 4.2.2 Mailbox full", "5.0.0", context="retry timeout exceeded") == "mailbox_full"


@pytest.mark.parametrize("text", [
    "Temporary failure in MX lookup",
    "Connection to recipients server failed. Error: DNS lookup of MX records for remote.example failed "
    "(temporary error)",
    "DNS lookup of remote.example failed (temporary)",
    "MX lookup of remote.example timed out",
])
def test_the_resolvers_trouble_named_around_the_domain_is_a_network_error(text: str) -> None:
    # the DNS failing this time, with the domain (or the record type) between its words; "(temporary
    # error)" in parentheses qualifies that failure and names no cause of its own
    assert reason(text, action="delayed") == "network_error"
    assert reason("451 4.3.0 Temporary error, please try again", "4.3.0", action="delayed") == "system_error"


def test_a_retry_limit_reached_is_expired_whatever_failed_before() -> None:
    assert reason("Unable to deliver message, retry time limit exceeded: DNS lookup of remote.example failed",
                  "5.4.7") == "expired"
    assert reason("delivery abandoned: retry count limit reached") == "expired"


def test_words_that_say_it_expired_outrank_a_network_code() -> None:
    assert reason("550 5.4.316 Message expired, connection refused", "5.4.316") == "expired"
    assert reason("421 Warning: message still undelivered after 4 hours", "4.5.0", action="delayed") == "expired"


def test_congestion_is_the_receiving_system_full() -> None:
    assert reason("452 4.4.5 Insufficient disk space; try again later", "4.4.5", action="delayed") == "system_full"


def test_a_weak_code_with_words_that_name_the_recipient() -> None:
    # in reply to RCPT TO the words are final, whatever the weak code says
    assert reason("550 Requested action not taken: mailbox unavailable", "5.3.0", "RCPT") == "user_unknown"
    # at a stage the report does not name they do not say the mailbox is missing: not hard
    assert reason_class(reason("550 Requested action not taken: mailbox unavailable", "5.0.0")) != "hard"
    assert reason("450 Requested action not taken: mailbox unavailable", "4.0.0", action="delayed") != "user_unknown"


def test_a_link_names_its_page_but_its_parameters_are_not_words() -> None:
    # "?ip=" would read as a blocked IP, "#filtered" as a filter
    assert reason("550 5.1.1 See https://postmaster.example/codes?ip=192.0.2.1#filtered Recipient address "
                  "does not exist", "5.1.1") == "user_unknown"
    # the page's own name still says what it is about
    assert reason("550 5.7.0 Blocked - see https://support.example/dnsbl-lookup.cgi?ip=192.0.2.25", "5.7.0",
                  "MAIL") == "blocked"


def test_a_recipient_filter_with_a_user_unknown_code() -> None:
    assert reason("550 5.1.1 Refused due to recipient preferences", "5.1.1") == "filtered"


def test_blocklist_wording_of_postfix_rbl_checks() -> None:
    assert reason("554 5.7.1 Service unavailable; Client host [192.0.2.49] blocked using cbl.example.org",
                  "5.7.1") == "blocked"


# -- whole reports: the sending MTA gave up after temporary replies ------------------------------
_EXIM_RETRY_DSN = b"""From: Mail Delivery System <Mailer-Daemon@mx.sender.example>
To: bounces@sender.example
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=b1
X-Failed-Recipients: kim@remote.example

--b1
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kim@remote.example
    retry timeout exceeded
    host mx.remote.example [192.0.2.9]: 451 4.2.0 Mailbox temporarily unavailable

--b1
Content-type: message/delivery-status

Reporting-MTA: dns; mx.sender.example

Action: failed
Final-Recipient: rfc822;kim@remote.example
Status: 5.0.0
Remote-MTA: dns; mx.remote.example
Diagnostic-Code: smtp; 451 4.2.0 Mailbox temporarily unavailable

--b1--
"""


def test_exim_retry_timeout_keeps_the_remote_reply_and_is_expired() -> None:
    from filter import classify

    r = classify(_EXIM_RETRY_DSN).recipients[0]
    assert (r.address, r.reason, r.reply_code, r.status) == ("kim@remote.example", "expired", "451", "5.0.0")


def test_exim_retry_timeout_as_free_text() -> None:
    from filter import classify

    text = _EXIM_RETRY_DSN.split(b"--b1\nContent-type: message/delivery-status")[0].replace(
        b"multipart/report; report-type=delivery-status; boundary=b1", b"text/plain").replace(
        b"--b1\nContent-type: text/plain; charset=us-ascii\n", b"")
    r = classify(text).recipients[0]
    assert (r.address, r.reason, r.reply_code) == ("kim@remote.example", "expired", "451")


def test_a_named_cause_stands_in_a_report_that_gave_up() -> None:
    from filter import classify

    raw = _EXIM_RETRY_DSN.replace(b"451 4.2.0 Mailbox temporarily unavailable", b"452 4.2.2 Mailbox full")
    assert classify(raw).recipients[0].reason == "mailbox_full"


@pytest.mark.parametrize("text", [
    "550 recipient does not accept mail from this sender",
    "550 Recipient has blocked you",
    "550 5.7.1 Sender is on the recipient's blocked senders list",
])
def test_the_recipient_refuses_this_sender(text: str) -> None:
    # the mailbox exists; its owner's filter refused us (not a domain that takes no mail)
    assert reason(text) == "filtered"


def test_a_reply_about_the_senders_ip_is_a_block() -> None:
    assert reason_class(reason("550 5.1.1 Bad sender IP 192.0.2.1", "5.1.1", "RCPT")) == "block"


def test_a_providers_code_in_the_status_field_counts_as_in_the_text() -> None:
    # Outlook.com answers unknown users with 5.5.0 and RFC 5321's generic 550 text; a DSN may
    # carry the code only in its Status field
    assert reason("550 Requested action not taken: mailbox unavailable", "5.5.0") == "user_unknown"
    assert reason("550 5.7.606 Access denied, banned sending IP [192.0.2.1]", None) == "blocked"
    assert reason("550 Access denied, banned sending IP [192.0.2.1]", "5.7.606") == "blocked"


@pytest.mark.parametrize("text, expected", [
    ("This mail message has exceeded the maximum incoming message size.", "message_too_large"),
    ("This person's account is exceeding their quota.", "mailbox_full"),
    ("Your message reached our server, but this email address is wrong or no longer valid.", "user_unknown"),
])
def test_more_wordings(text: str, expected: str) -> None:
    assert reason(text) == expected


# -- step 3: a "bad destination system" code (X.1.2) beside a cause on the sender's side ---------
@pytest.mark.parametrize("text, status, expected", [
    ("550 5.1.2 Your host 192.0.2.1 is listed in a DNS block list", "5.1.2", "blocked"),
    ("550 5.1.2 Connection limit reached: too many connections from 192.0.2.1", "5.1.2", "rate_limited"),
    ("554 5.1.2 Relay access denied", "5.1.2", "no_relaying"),
    # with no such cause the code keeps its meaning: the recipient's domain is bad
    ("550 5.1.2 Host unknown", "5.1.2", "host_unknown"),
    # words of the content or a policy beside the code, and none about the domain: the words decide
    # (a hard verdict here would suppress a good address for a spam refusal)
    ("550 5.1.2 Your message looks like spam", "5.1.2", "spam_detected"),
    ("550 5.1.2 Message rejected: virus found in attachment", "5.1.2", "virus_detected"),
    ("554 5.1.2 Message refused: TLS is required for this domain", "5.1.2", "failed_starttls"),
    # ... unless the words speak of the domain too
    ("550 5.1.2 Domain does not exist (the message also looks like spam)", "5.1.2", "host_unknown"),
])
def test_a_domain_code_does_not_outrank_a_sender_side_cause(text: str, status: str, expected: str) -> None:
    assert reason(text, status, "RCPT") == expected


# -- step 4a: the sender's own quota outranks any status code ------------------------------------
@pytest.mark.parametrize("text, status", [
    ("452 4.2.2 Daily sending quota exceeded for this account", "4.2.2"),
    ("550 5.2.2 Outbound sending limit exceeded, try again tomorrow", "5.2.2"),
    ("550 5.1.1 Too many connections from 192.0.2.1", "5.1.1"),
])
def test_the_senders_quota_outranks_a_code(text: str, status: str) -> None:
    assert reason(text, status, "RCPT", action="delayed" if status[0] == "4" else "failed") == "rate_limited"


# -- step 5: a quota said in reply to MAIL FROM is ours: no recipient has been named yet -----------
@pytest.mark.parametrize("text, status", [
    ("550 5.7.1 Mail quota exceeded", "5.7.1"),
    ("552 5.2.2 Quota exceeded for this account", "5.2.2"),
])
def test_a_quota_at_mail_from_is_the_senders(text: str, status: str) -> None:
    assert reason(text, status, "MAIL") == "rate_limited"
    assert reason(text, status, "RCPT") == "mailbox_full"  # named after a recipient: its mailbox


# -- step 3: a "user unknown" code whose words name another cause and no recipient ---------------
@pytest.mark.parametrize("text, expected", [
    ("550 5.1.1 Your message looks like spam and was not accepted", "spam_detected"),
    ("550 5.1.1 Message refused: a virus was found in the attachment", "virus_detected"),
    ("550 5.1.1 TLS is required for mail to this domain", "failed_starttls"),
    ("550 5.1.1 The message is not RFC 5322 compliant", "not_compliant_rfc"),
])
def test_a_user_code_yields_to_words_of_another_cause(text: str, expected: str) -> None:
    assert reason(text, "5.1.1", "RCPT") == expected


@pytest.mark.parametrize("text", [
    # words that name the recipient keep the code's meaning, even beside a content word
    "550 5.1.1 User unknown (see our spam policy)",
    "550 5.1.1 Recipient address rejected: Access denied",
])
def test_a_user_code_with_recipient_words_stays(text: str) -> None:
    assert reason(text, "5.1.1", "RCPT") == "user_unknown"


def test_a_domain_code_about_the_senders_domain_is_ours() -> None:
    # "bad destination system" status, but the words say the unknown domain is the sender's
    assert reason("550 5.1.2 Domain of sender address does not resolve", "5.1.2", "RCPT") == "rejected"
    assert reason("550 5.1.2 The sender domain has been blocked", "5.1.2", "RCPT") == "rejected"


# -- step 5a: a policy of the receiving domain or organisation is no person's filter ---------------
@pytest.mark.parametrize("text, expected", [
    ("550 5.7.1 Rejected by domain policy", "policy_violation"),
    ("550 5.7.1 Message refused by the organization's mail policy", "policy_violation"),
    # a person's own rule stays that person's filter
    ("550 5.7.1 Rejected by the recipient's filter settings", "filtered"),
])
def test_an_organisation_policy_is_not_a_filter(text: str, expected: str) -> None:
    assert reason(text, "5.7.1", "RCPT") == expected


# -- step 3: an X.1.2 code whose own words name the domain is about the domain ---------------------
# ("bad destination system address" is RFC 3463's text for X.1.2; "address" beside it names no mailbox)
@pytest.mark.parametrize("text", [
    "550 5.1.2 Bad destination system address",
    "553 5.1.2 The mail domain mentioned in the email address is unknown",
])
def test_domain_code_with_domain_words_is_host_unknown(text: str) -> None:
    assert reason(text, status="5.1.2", command="RCPT") == "host_unknown"


def test_x12s_registered_text_names_the_domain_without_its_code() -> None:
    # RFC 3463's text for X.1.2: "address" there names no mailbox
    assert reason("550 Bad destination system address", status=None, command=None) == "host_unknown"
    assert reason("550 Bad destination mailbox address", status=None, command=None) == "user_unknown"


def test_domain_code_beside_words_of_a_missing_mailbox_keeps_the_words() -> None:
    # the words name the mailbox and not the domain: they decide, as before
    assert reason("550 5.1.2 <pat@mail.example>: Recipient address rejected: User unknown", status="5.1.2",
                  command="RCPT") == "user_unknown"


# -- an address glued to East Asian brackets is a name, not words ---------------------------------
def test_an_address_in_east_asian_brackets_is_not_words() -> None:
    # "「」" end the address as "<>" do: the words around it decide ("the recipient does not exist")
    assert reason("宛先「filtered@example.jp」は存在しません") == "user_unknown"
    assert reason("収件人【spam@example.cn】不存在") == reason("収件人不存在")


# -- a host not reachable is a connection never made: expired once the MTA gave up -----------------
def test_host_not_reachable() -> None:
    assert reason("421 Host not reachable", action="delayed") == "network_error"
    assert reason("421 Host not reachable", action="failed") == "expired"


# -- a refusal of our login, our relay or our address never reads as an unknown recipient ----------
# (review of the rule-table phrases: "user invalid", "could not find user", "wrong recipients",
# "address ... does not exist", "account ... not available" must keep their subject)
@pytest.mark.parametrize("text, status, command", [
    ("535 5.7.8 Error: authentication failed: user invalid", "5.7.8", "RCPT"),
    ("530 5.7.0 Could not find user for SMTP authentication", "5.7.0", None),
    ("550 5.7.1 wrong recipients domain for relay", "5.7.1", None),
    ("550 5.7.1 Address 192.0.2.1 does not exist in our allow list", "5.7.1", None),
    ("550 5.7.1 Your account is not available for sending", "5.7.1", "RCPT"),
    ("550 Reverse path <s@sender.example> is invalid", None, None),
    ("550 Originator address unrecognized", None, None),
])
def test_a_refusal_of_the_sender_is_never_an_unknown_user(text: str, status: str | None, command: str | None) -> None:
    assert reason(text, status, command) != "user_unknown"



def test_a_providers_quota_code_at_mail_from_is_our_quota() -> None:
    # Exchange's StoreDrv quota exception is a recipient's full mailbox; said before any recipient
    # was named it is our sending quota, as the words "552 5.2.2 mailbox full" there are
    text = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    assert reason(text, "5.2.2", "RCPT") == "mailbox_full"
    assert reason(text, "5.2.2", "MAIL") == "rate_limited"


def test_a_domain_in_the_mail_from_address_is_no_link_in_the_content() -> None:
    assert reason("550 The domain in your mail from address is blocked", None, "MAIL") != "spam_detected"
    assert reason("554 A URL in this message is listed at a URI block list", None, "DATA") == "spam_detected"


# -- normalisation: Turkish capitals ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # "İ" lowers to "i" plus U+0307 in Python; the tables are written with a plain "i"
    ("İLETİ ÇOK BÜYÜK", "message_too_large"),
    ("ALICI BULUNAMADI: BÖYLE BİR KULLANICI YOK", "user_unknown"),
])
def test_turkish_capitals_read_like_lower_case(text: str, expected: str) -> None:
    assert reason(text) == expected == reason(text.lower().replace("i\u0307", "i"))


# -- a "host not found" said to be temporary proves no domain gone, in any language ---------------
@pytest.mark.parametrize("text", [
    "Host not found, try again later",
    "Host nicht gefunden, bitte später erneut versuchen",
    "Domaine introuvable, réessayez plus tard",
    "Dominio non trovato, riprovare più tardi",
    "Домен не найден, попробуйте позже",
])
def test_a_temporary_lookup_failure_is_not_a_gone_domain(text: str) -> None:
    assert reason(text, "5.0.0") != "host_unknown"
    assert reason(text.split(",")[0], "5.0.0") == "host_unknown"


# -- a "bad destination system" status (X.1.2) beside words that say more ---------------------------
@pytest.mark.parametrize("text, status, action, expected", [
    # a lookup that failed this time: the code is temporary and the words say so
    ("450 4.1.2 Temporary MX lookup error for provider.example", "4.1.2", "delayed", "network_error"),
    ("451 Sorry, I couldn't find any host by that name. (#4.1.2)", "4.1.2", "failed", "network_error"),
    # qmail's permanent answer (DNS_HARD) keeps the code's meaning
    ("550 Sorry, I couldn't find any host named gone.example. (#5.1.2)", "5.1.2", "failed", "host_unknown"),
    # a final bounce sent with 5.1.2 after the retries ran out: the sending MTA gave up
    ("550 5.1.2 Too many failures (Tried all MXs)", "5.1.2", "failed", "expired"),
    # ... unless its words say the domain is unknown
    ("550 5.1.2 Domain not found; gave up after too many failures", "5.1.2", "failed", "host_unknown"),
    # a null MX (RFC 7505) said with 5.1.2: the domain takes no mail
    ("550 5.1.2 Domain provider.example sends and receives no email (NULL MX)", "5.1.2", "failed", "not_accept"),
])
def test_a_domain_code_beside_words_that_say_more(text: str, status: str, action: str, expected: str) -> None:
    assert reason(text, status, None, action) == expected


# -- a virus scanner's all-clear is no virus found ---------------------------------------------------
@pytest.mark.parametrize("footer", [
    "No virus found in this message.",
    "This message has been scanned for viruses and dangerous content by MailScanner, and is believed to be clean.",
    "Keine Viren gefunden.",
    "Aucun virus détecté.",
    "Nie wykryto wirusów.",
    "Вирусы не обнаружены.",
    "Не обнаружены вирусы.",
    "Не виявлено вірусів.",
    "本邮件已经过杀毒扫描，未发现病毒。",
    "ウイルスは検出されませんでした。",
    "바이러스가 발견되지 않았습니다.",
    "Δεν βρέθηκε ιός.",
])
def test_a_scanners_all_clear_does_not_hide_a_missing_mailbox(footer: str) -> None:
    # footers carry the scan's all-clear into bounces; read as a virus found it would turn an unknown
    # user into a block (the mailbox-exists words outrank "user unknown")
    assert reason(f"550 No such user here. {footer}", None, "RCPT") == "user_unknown"


@pytest.mark.parametrize("text", [
    "554 5.7.1 Message rejected: virus found (Eicar-Test-Signature)",
    "554 Rejected: the anti-virus engine found a virus in the attachment",
    "550 本邮件含有病毒，已被拒绝。",
])
def test_a_virus_found_stays_a_virus(text: str) -> None:
    assert reason(text, None, "DATA") == "virus_detected"


# -- phrases that look like a missing mailbox or host but name something else ----------------------
@pytest.mark.parametrize("text, status, command", [
    # an address missing from a list is a policy, not a missing mailbox
    ("550 5.7.1 The address you sent to does not exist in our allow list for external senders", "5.7.1", "RCPT"),
    ("550 수신 허용 목록에 없는 주소입니다", "5.7.1", "RCPT"),
    # our own host, named in German: the sending / delivering host
    ("550 Einliefernder Host unbekannt", None, "RCPT"),
    ("550 5.7.1 Der sendende Host wurde nicht gefunden", None, "DATA"),
    # a block of our side said after the Turkish "account blocked"
    ("550 Hesap engellendi: IP adresiniz spam listesinde", None, "RCPT"),
])
def test_words_about_something_else_are_not_hard(text: str, status: str | None, command: str) -> None:
    assert reason_class(reason(text, status, command)) != "hard"


@pytest.mark.parametrize("text, expected", [
    ("550 The mail address you specified does not exist", "user_unknown"),
    ("550 Zielhost nicht gefunden", "host_unknown"),
    ("550 없는 메일 주소입니다", "user_unknown"),
    ("550 Hesap askıya alındı", "suspended"),
])
def test_the_same_words_about_the_recipient_keep_their_meaning(text: str, expected: str) -> None:
    assert reason(text, None, "RCPT") == expected


def test_a_login_that_ran_out_of_attempts_is_not_an_expired_message() -> None:
    # "maximum number of attempts" of a login is no delivery retry schedule (RFC 3463 X.4.7)
    assert reason("535 5.7.8 Authentication failed: exceeded the maximum number of attempts", "5.7.8") != "expired"
    assert reason("Delivery failed after maximum retries") == "expired"
    assert reason("Message expired: reached the maximum number of delivery attempts") == "expired"


@pytest.mark.parametrize("text, expected", [
    # the all-clear is cut by its own clause: the dots of a status code or a host name end nothing
    ("550 5.0.0 user unknown (scanned for viruses by ClamAV)", "user_unknown"),
    ("550 mailbox full - scanned for viruses by MailScanner", "mailbox_full"),
    ("550 No virus found, but the recipient mailbox does not exist", "user_unknown"),
    ("550 5.1.1 User unknown. No virus found in this message.", "user_unknown"),
])
def test_the_all_clear_takes_only_its_own_clause(text: str, expected: str) -> None:
    assert reason(text, None, "RCPT") == expected


# -- the second review's findings ---------------------------------------------------------------------
@pytest.mark.parametrize("text, status, command, action", [
    # our own domain without MX, at MAIL FROM or said of our sender address
    ("550 5.1.2 No MX record for sender domain ours.example", "5.1.2", "MAIL", "failed"),
    ("550 5.1.2 <news@ours.example>: Sender address rejected: Domain ours.example has no MX record", "5.1.2",
     "RCPT", "failed"),
    # temporary answers with vague or lookup words
    ("450 4.2.1 Mailbox currently unavailable, try again later", "4.2.1", "RCPT", "failed"),
    ("451 4.3.0 Account unavailable, please try again later", "4.3.0", "RCPT", "failed"),
    ("451 4.3.0 Temporary failure: email address lookup in domain map failed", "4.3.0", None, "delayed"),
    # our accounts and our relay, named beside words that would read as a recipient's
    ("550 5.7.1 Account unavailable for relaying", None, "RCPT", "failed"),
    ("550 5.7.1 SASL user is invalid", None, "RCPT", "failed"),
    ("550 5.7.1 Recipient not allowed to receive mail from external senders", "5.7.1", "RCPT", "failed"),
    ("550 5.7.1 Relay access denied: user mailer expired", None, "RCPT", "failed"),
    ("535 5.7.8 Authentication failed: user relay01 is disabled", "5.7.8", "RCPT", "failed"),
    ("421 4.7.1 Too many login failures, your IP is temporarily locked", "4.7.1", "CONN", "failed"),
])
def test_our_side_and_passing_answers_are_never_hard_nor_a_recipients_account(text: str, status: str | None,
                                                                              command: str | None,
                                                                              action: str) -> None:
    got = reason(text, status, command, action)
    assert reason_class(got) != "hard" and got != "suspended", got


@pytest.mark.parametrize("text, expected", [
    ("550 user <jo@provider.example> is disabled", "suspended"),
    ("550 Account temporarily locked", "suspended"),
    ("550 Recipient not allowed", "user_unknown"),
    ("450 4.1.1 <jo@provider.example>: Recipient address rejected: User unknown in local recipient table",
     "user_unknown"),
])
def test_the_recipients_own_words_keep_their_meaning(text: str, expected: str) -> None:
    assert reason(text, None, "RCPT") == expected


# -- the third review's findings ------------------------------------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("554 5.1.2 Sender domain does not accept mail", "5.1.2"),
    ("550 5.1.2 Your domain shop.example does not accept mail (no MX)", None),
])
def test_our_domain_without_mx_is_ours(text: str, status: str | None) -> None:
    assert reason(text, status, "RCPT") == "rejected"


@pytest.mark.parametrize("text", [
    "550 5.2.1 Account jo is disabled for spam complaints - the user's password was reset",
    "550 This mailbox has been disabled (password expired)",
    "550 user jo is disabled. Please log in to webmail to reactivate",
])
def test_the_recipients_disabled_account_stays_suspended(text: str) -> None:
    # spam or a password named beside it do not make the account ours; only a login of ours that failed
    assert reason(text, None, "RCPT") == "suspended"


def test_the_anti_virus_products_name_is_no_virus() -> None:
    assert reason("554 5.7.1 Your message was rejected: Anti-Virus service unavailable", "5.7.1", "DATA") \
        != "virus_detected"


def test_the_login_words_stand_for_the_login_pattern():
    """_says_login tries _LOGIN only on a text holding one of its plain words."""
    from filter.core import classifier
    from filter.core.patterns import _required_words

    required = _required_words(classifier._LOGIN.pattern)
    assert required
    for needed in required:
        assert any(w in needed for w in ("auth", "log", "sasl", "credential")), needed


# -- the seventh session's probe of older formats ---------------------------------------------------
@pytest.mark.parametrize("text", [
    # hMailServer's own report when the recipient's domain has no mail server
    "No mail servers appear to exists for the recipients address.",
    "No mail servers appear to exist for the recipient's address.",
    # MailEnable's report of an unregistered domain
    "The message could not be delivered because the domain name (misspeled.example) does not appear to be registered.",
])
def test_a_domain_without_any_mail_server_or_registration_is_unknown(text: str) -> None:
    assert reason(text, None, None) == "host_unknown"


@pytest.mark.parametrize("text", [
    "The message could not be delivered because the sender domain name (shop.example) does not appear to be registered.",
    "The domain name shop.example is registered",
])
def test_a_domain_said_registered_or_the_senders_is_no_unknown_host(text: str) -> None:
    assert reason(text, None, None) != "host_unknown"


@pytest.mark.parametrize("text, status, action, expected", [
    # Sendmail's words for a TCP connection nobody accepted: no server answered, nothing refused us
    ("Deferred: Connection refused by mx.remote.example.", "4.4.1", "failed", "expired"),
    ("Deferred: Connection refused by mx.remote.example.", "4.4.1", "delayed", "network_error"),
    ("connect to mx.remote.example[198.51.100.7]:25: Connection refused", "4.4.1", "delayed", "network_error"),
    # the Windows socket error (10061, WSAECONNREFUSED) in a Windows MTA's transcript
    ("*  Connection refused by remote host (10061)", None, "failed", "expired"),
    ("Connection refused by the remote host", None, "delayed", "network_error"),
    ("554 5.7.1 Connection refused by mx.remote.example: your IP is listed", "5.7.1", "failed", "blocked"),
    # a server that refuses the connection in words of its own still blocks us
    ("554 Connection refused due to abuse", "5.7.1", "failed", "blocked"),
    ("421 4.7.0 Connection refused from 192.0.2.25: listed at zen.spamhaus.org", "4.7.0", "delayed", "blocked"),
])
def test_a_connection_nobody_accepted_is_no_block(text: str, status: str, action: str, expected: str) -> None:
    assert decide(status=status, diagnostic=text, command=None, action=action) == expected


@pytest.mark.parametrize("text, status", [
    ("450 4.2.0 <r@provider.example>: Recipient address rejected: Greylisted, see http://postgrey.example/", "4.2.0"),
    ("452 4.5.3 Too many recipients", "4.5.3"),
    ("421 4.7.0 Too many connections from your IP, slow down", "4.7.0"),
])
def test_a_temporary_refusal_repeated_in_a_final_report_keeps_its_meaning(text: str, status: str) -> None:
    """A final report that only repeats the server's temporary answer (Action: failed with its 4.X.X
    status) keeps the answer's meaning, as a delay warning does; said to have stopped retrying, the
    MTA gave up (Exim's "retry timeout exceeded")."""
    assert decide(status=status, diagnostic=text, command="RCPT", action="failed") == "rate_limited"
    assert decide(status=status, diagnostic=text, command="RCPT", action="delayed") == "rate_limited"
    assert decide(status=status, diagnostic=text, command="RCPT", action="failed",
                  context="retry timeout exceeded") == "expired"


@pytest.mark.parametrize("text, expected", [
    ("550 5.7.1 Your message was rejected by the recipient: the recipient has blocked mail from this sender",
     "filtered"),
    ("550 5.7.1 The recipient has blocked e-mails from this address", "filtered"),
    # the recipient's *server* or organisation refusing says nothing of a person's choice
    ("554 5.7.1 Message rejected by the recipient's server: your IP 192.0.2.25 is listed on zen.spamhaus.org",
     "blocked"),
])
def test_the_persons_own_block_is_a_filter(text: str, expected: str) -> None:
    assert reason(text, "5.7.1", "DATA") == expected


@pytest.mark.parametrize("text", [
    "Your message was blocked by our Spam Firewall. Reason: Message content rejected (score 7.4, bulk mail)",
    "Your message was blocked by the spam filter: message content rejected",
])
def test_a_spam_firewall_that_rejects_the_content_names_spam(text: str) -> None:
    assert reason(text, None, None) == "spam_detected"


@pytest.mark.parametrize("context, expected", [
    ("Folgende Empfängeradresse existiert nicht: <address> Grund:", "user_unknown"),
    ("The following recipient does not exist: <address> Reason:", "user_unknown"),
    # beside the vague words, the report's may only say what they may mean
    ("The following recipient's mailbox is full: <address> Reason:", "on_hold"),
])
def test_the_reports_words_beside_a_vague_550(context: str, expected: str) -> None:
    assert reason("550 Requested action not taken: mailbox unavailable", None, None, context=context) == expected


def test_the_reports_words_about_this_recipient_by_its_address() -> None:
    """The words before a recipient's reply that name it ("... existiert nicht: <it>") are about it."""
    import filter
    from shapes import mail

    raw = mail("From: Mail Delivery System <mailer-daemon@web.example>\nTo: bounces@sender.example\n"
               "Subject: Unzustellbar: Angebote\nContent-Type: text/plain; charset=utf-8",
               "Ihre E-Mail konnte nicht zugestellt werden.\n\nFolgende Empfängeradresse existiert nicht:\n\n"
               "  grete@web.example\n\nGrund: 550 Requested action not taken: mailbox unavailable\n")
    (rec,) = filter.classify(raw).recipients
    assert (rec.address, rec.reason, rec.class_) == ("grete@web.example", "user_unknown", "hard")


# -- the review of those rules -------------------------------------------------------------------------
@pytest.mark.parametrize("text, status, command", [
    ("554 Connection refused by mx.example.net", None, "CONN"),
    ("550 Access denied - connection refused by mx.example.net", None, None),
    ("554 5.7.1 Connection refused by server", "5.7.1", None),
])
def test_a_server_that_answers_connection_refused_blocks_us(text: str, status: str | None, command: str | None):
    assert reason(text, status, command) == "blocked"


@pytest.mark.parametrize("text, status", [
    ("550 5.7.1 The return-path domain ours.example does not appear to be registered", "5.7.1"),
    ("550 5.7.1 No mail servers appear to exist for the domain of your email address", "5.7.1"),
    ("550 The From: domain ours.example does not appear to be registered", None),
    ("550 No mail server exists for the domain in your From address", None),
])
def test_our_domain_unregistered_or_without_mail_server_is_never_the_recipients(text: str, status: str | None):
    assert reason(text, status, None) != "host_unknown"


@pytest.mark.parametrize("text, status", [
    ("Your message was rejected by the recipient's anti-spam system", None),
    ("550 5.7.1 Our system has blocked emails from you because of too many spam complaints", "5.7.1"),
    ("550 5.7.1 Our organisation has blocked email from this address", "5.7.1"),
    ("554 The administrator has blocked messages from your network", None),
    ("Mimecast has blocked mail from this sender: spam", None),
])
def test_a_system_or_an_administrator_that_blocks_us_is_no_persons_filter(text: str, status: str | None):
    assert reason(text, status, "DATA") != "filtered"


def test_a_user_unknown_the_recipients_server_says_stays_hard() -> None:
    assert reason("550 5.1.1 Rejected by the recipient: user unknown", "5.1.1", "RCPT") == "user_unknown"


@pytest.mark.parametrize("body", [
    # a heading of the report is about whom it lists under it, not about the next one's
    "The following address does not exist:\n   a@example.net\n   550 5.1.1 User unknown\n\n"
    "The following address could not be delivered:\n   b@example.net\n"
    "   550 Requested action not taken: mailbox unavailable\n",
    # a condition, a hedge: no statement that the mailbox does not exist
    "Check that the address is correct. If the address does not exist, remove it from your list.\n\n"
    "   b@example.net\n   550 Requested action not taken: mailbox unavailable\n",
    "The e-mail address could not be found, or the recipient's mail server refused the message.\n\n"
    "   b@example.net\n   550 Requested action not taken: mailbox unavailable\n",
])
def test_the_report_words_beside_a_vague_550_must_name_the_recipient(body: str) -> None:
    import filter
    from shapes import mail

    raw = mail("From: Mail Delivery System <mailer-daemon@mx.example.net>\nTo: bounces@sender.example\n"
               "Subject: Undeliverable mail", body)
    got = {r.address: r.reason for r in filter.classify(raw).recipients}
    assert got["b@example.net"] != "user_unknown"
    assert got.get("a@example.net", "user_unknown") == "user_unknown"


@pytest.mark.parametrize("context", ["No such user here: <address>", "Folgende Empfängeradresse existiert nicht: <address>"])
def test_a_temporary_vague_answer_is_never_made_unknown_by_the_report(context: str) -> None:
    assert reason("450 Requested mail action not taken: mailbox unavailable", "4.0.0", None, context=context) \
        != "user_unknown"


# -- the probe of provider replies in Postfix and Exim reports ------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the sending IP named in a rate limit says who is limited, not that it is blocked (T-Online "(RL)")
    ("421 IP=192.0.2.25 - Too many messages in a short time, try again later. (RL)", "rate_limited"),
    # a product's name says nothing of the cause: its words do
    ("421 Rate limit exceeded - Barracuda Rate Control, please try again later", "rate_limited"),
    ("554 5.7.1 Message rejected: virus found (Barracuda Antivirus)", "virus_detected"),
    ("554 Service unavailable; Client host [192.0.2.25] blocked using Barracuda Reputation; "
     "http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.25", "blocked"),
    ("554 IP=192.0.2.25 - A problem occurred. (Ask your postmaster for help or to contact "
     "tosa@rx.t-online.de to clarify.) (BL)", "blocked"),
    # Mimecast: the recipient's own blocked-senders entry (community.mimecast.com DOC-1369)
    ("550 Envelope blocked - User Entry", "filtered"),
    ("550 Administrative prohibition envelope blocked", "rejected"),  # the organisation's policy
])
def test_the_cause_is_in_the_words_not_in_the_product_or_the_ip(text: str, expected: str) -> None:
    assert reason(text, None, "RCPT") == expected


def test_an_unregistered_status_reads_the_stage_from_the_report() -> None:
    """Microsoft's 5.7.60 (not in the IANA registry) said at MAIL FROM: the report's "(in reply to MAIL
    FROM command)" names the stage the fields leave out, and a refusal there is of our address."""
    import filter
    from shapes import postfix_dsn

    raw = postfix_dsn("550", "5.7.60", "MAIL", "SMTP; Client does not have permissions to send as this sender")
    (rec,) = filter.classify(raw).recipients
    assert (rec.smtp_command, rec.reason, rec.class_) == ("MAIL", "rejected", "block")


# -- the review of those: a product or IP named is a weak sign of a block ---------------------------
@pytest.mark.parametrize("text, status", [
    ("550 5.1.1 Recipient rejected (Barracuda)", "5.1.1"),
    ("550 5.1.0 Address rejected by Barracuda", "5.1.0"),
    ("550 5.1.1 IP=192.0.2.25 - A problem occurred. (Ask your postmaster for help or to contact "
     "tosa@rx.t-online.de to clarify.)", "5.1.1"),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked by Barracuda", "5.7.1"),
])
def test_a_refusal_named_only_by_the_product_or_our_ip_is_a_block(text: str, status: str) -> None:
    """No other words name a cause: the product that refused, or our IP it names, says the refusal is of
    our side; an addressing code beside them does not make the recipient unknown."""
    assert reason(text, status, "RCPT") == "blocked"


def test_explicit_unknown_user_words_beside_the_products_name_stay_hard() -> None:
    assert reason("550 5.1.1 <x@example.net>: Recipient address rejected: User unknown (Barracuda)", "5.1.1",
                  "RCPT") == "user_unknown"


def test_a_temporary_no_such_user_beside_a_time_out_stays_unknown() -> None:
    """Only "try later" / "temporary" words, in any language, keep a 4xx from an unknown user; a time-out
    named beside "no such user" is the verification's, not the answer's."""
    assert reason("450 4.1.1 No such user. Connection timed out while verifying", "4.1.1", None) == "user_unknown"


# -- library rule tables and old formats (probes of PHPMailer-BMH, BounceParser, Sisimai wordings) ----
@pytest.mark.parametrize("text, status", [
    ("550 5.1.1 Account Closed, Please Remove", "5.1.1"),
    ("550 Recipient address rejected: Account closed due to inactivity. No forwarding information is available.", ""),
    ("550 The recipient's account has been closed.", ""),
    ("550 5.1.1 mailbox terminated", "5.1.1"),
])
def test_a_closed_account_is_gone_and_a_terminated_one_suspended(text: str, status: str) -> None:
    """Closed with no end to it, the address will not work again (``user_unknown``, hard; Sisimai's Suspend
    table holds only states one comes back from); terminated, as Sisimai's "user is terminated", is an
    account that exists and takes no mail (``suspended``, soft), whatever addressing code comes with it.
    (KumoMTA's and PHP-Bounce-Handler's tables read both as an inactive mailbox.)"""
    got = reason(text, status or None, "RCPT")
    expected = ("suspended", "soft") if "terminated" in text else ("user_unknown", "hard")
    assert (got, reason_class(got)) == expected


@pytest.mark.parametrize("text, expected", [
    ("550 Your account has been terminated for abuse", "rejected"),
    ("550 5.2.1 Mailbox disabled due to inactivity", "suspended"),
    ("452 4.2.1 Mailbox is closed temporarily, try again later", "suspended"),
])
def test_closed_words_that_leave_the_mailbox(text: str, expected: str) -> None:
    got = reason(text, None, "MAIL" if "Your account" in text else "RCPT")
    assert got == expected or (expected == "suspended" and got != "user_unknown")


@pytest.mark.parametrize("text", [
    "550 5.7.1 Recipient is not local", "551 5.1.6 User not local; please try <x@example.org>",
])
def test_a_recipient_not_local_has_no_mailbox_here(text: str) -> None:
    assert reason(text, None, "RCPT") in ("user_unknown", "has_moved")


@pytest.mark.parametrize("text", [
    "The mailbox of the recipient is full.", "Recipient's mail database has exceeded its quota.",
    "the recipient's mail file is over its size quota.", "mailbox has exceeded the storage limit",
])
def test_full_mailboxes_in_the_words_of_older_servers(text: str) -> None:
    assert reason(text, None, None) == "mailbox_full"


def test_the_mailbox_of_the_recipient_does_not_exist_in_german() -> None:
    assert reason("Die Mailbox des Empfaengers existiert nicht.", None, None) == "user_unknown"
    assert reason("Die Mailbox des Empfängers existiert nicht.", None, None) == "user_unknown"


@pytest.mark.parametrize("text, expected", [
    ("550 jo@example.org is not accepting any mail", "filtered"),
    ("550 <jo@example.org> is not accepting any mail", "filtered"),
    ("550 example.org is not accepting any mail", "not_accept"),
])
def test_an_address_that_takes_no_mail_is_its_owners_setting(text: str, expected: str) -> None:
    """A person's address that takes no mail: the owner's choice, the mailbox exists (soft); a domain
    that takes none accepts no mail at all (not_accept)."""
    assert reason(text, "5.0.0", "RCPT") == expected


@pytest.mark.parametrize("text, status, command, expected", [
    ("421 mx1.example.org Service not available, closing transmission channel", None, "CONN", "system_error"),
    ("421 4.3.2 mx.example.org Service not available, closing transmission channel", "4.3.2", None, "system_error"),
])
def test_rfc_5321s_own_421_is_the_service_going_down(text, status, command, expected) -> None:
    """RFC 5321 4.2.2's 421 "Service not available, closing transmission channel": temporary, of the
    receiving side, nothing refused the sender."""
    assert reason(text, status, command, action="delayed") == expected


@pytest.mark.parametrize("text, status, command", [
    ("452 4.2.0 Mailbox busy, transaction cancelled, please retry", "4.2.0", "RCPT"),
    ("451 4.3.0 Mailbox lookup failed, session terminated", "4.3.0", "RCPT"),
    ("421 4.4.2 mailbox server unreachable, port closed", None, None),
    ("Delivery to this mailbox was cancelled by the sender", None, None),
    ("550 5.7.2 This mailing list account is closed to non-members", "5.7.2", "RCPT"),
    ("550 5.2.1 Account will be closed soon, currently disabled", "5.2.1", "RCPT"),
    ("550 5.2.1 Mailbox temporarily closed", "5.2.1", "RCPT"),
    ("450 4.2.1 Mailbox closed until 2026-11-05 (vacation)", "4.2.1", "RCPT"),
    ("550 5.2.1 Account closed by owner during holidays, try again in January", "5.2.1", "RCPT"),
    ("554 5.7.1 Message rejected: your Microsoft account has been closed", "5.7.1", "DATA"),
    ("550 5.7.1 Your company account was terminated for non-payment, service closed", "5.7.1", "MAIL"),
])
def test_closed_words_that_are_not_a_gone_account(text, status, command) -> None:
    """A session, a port, a transaction, a list, a mailbox closed for now or until a date, our own
    account: none is a recipient's account closed for good."""
    assert reason(text, status, command) != "user_unknown"


@pytest.mark.parametrize("text, status", [
    ("554 5.7.1 Sending domain is over its quota", "5.7.1"),
    ("421 4.7.0 Your account has exceeded the limit for outgoing messages", "4.7.0"),
    ("550 5.4.5 Your account has exceeded its quota for outgoing mail", "5.4.5"),
])
def test_our_own_quotas_are_no_full_mailbox(text, status) -> None:
    assert reason(text, status, None) != "mailbox_full"


@pytest.mark.parametrize("text, status, expected", [
    # Exchange Online names the server it tried: no IP of ours blocked
    ("550 4.4.7 Message expired, connection refused(Socket error code 10061) [Message=SocketError] "
     "[LastAttemptedServerName=mx.slow.example] [LastAttemptedIP=198.51.100.80:25]", "4.4.7", "expired"),
    # rspamd's greylisting reply: a temporary 4.7.x that says only "try again later"
    ("451 4.7.1 Try again later", "4.7.1", "rate_limited"),
    ("451 4.7.1 Please try again later", "4.7.1", "rate_limited"),
    # our account may not send as that address
    ("554 5.2.252 SendAsDenied; bounces@sender.example not allowed to send as news@sender.example; "
     "STOREDRV.Submit.Exception:SendAsDeniedException", "5.2.252", "rejected"),
    ("550 5.7.60 SMTP; Client does not have permissions to send as this sender", "5.7.60", "rejected"),
    ("550 5.4.6 Unusual sending activity detected. Please try after sometime.", "5.4.6", "rate_limited"),
    ("MTA-STS failed to authenticate 'secure.example': Policy does not authorize MX 'mx2.secure.example'", "4.0.0",
     "failed_starttls"),
])
def test_modern_platforms_words(text, status, expected) -> None:
    assert reason(text, status, None) == expected


def test_a_permanent_refusal_saying_try_again_later_is_no_greylisting() -> None:
    assert reason("550 5.7.1 Try again later", "5.7.1", "RCPT") != "rate_limited"


def test_a_recipients_account_locked_for_unusual_activity_is_no_sending_limit_of_ours() -> None:
    got = reason("550 5.2.1 Mailbox unavailable. This account has been locked due to unusual sending activity", "5.2.1",
                 "RCPT")
    assert got != "rate_limited" and reason_class(got) != "block"


def test_our_client_ip_named_by_a_label_is_still_a_weak_block() -> None:
    assert reason("550 5.7.1 Rejected: ClientIP=192.0.2.10 listed", "5.7.1", "RCPT") in ("blocked", "security_error")


# -- the ninth session's probe of documented provider replies ---------------------------------------
@pytest.mark.parametrize("text, status", [
    ("554 mx.provider.example 192.0.2.25 too many invalid recipients", None),
    ("550 5.1.1 Excessive unknown recipients from your host, try later", "5.1.1"),
    ("554 5.7.1 Your IP has exceeded the threshold of invalid recipients and has been blocked", "5.7.1"),
    ("421 4.7.0 Unknown recipients limit reached for 192.0.2.25", "4.7.0"),
])
def test_a_refusal_for_the_unknown_recipients_we_sent_to_blocks_the_sender(text: str, status: str | None) -> None:
    # the receiver counts our mail's bad addresses and refuses us: no recipient of this message is said
    # missing, so it is never an unknown user (a good address would be suppressed)
    assert reason(text, status, "RCPT") == "blocked"
    assert reason("550 5.1.1 <kim@remote.example>: Recipient address rejected: User unknown", "5.1.1",
                  "RCPT") == "user_unknown"
    assert reason("452 4.5.3 Too many recipients", "4.5.3", "RCPT") == "rate_limited"


@pytest.mark.parametrize("text, status, expected", [
    ("550 5.5.3 Too many recipients for this sender. For more information, go to "
     "https://help.provider.example/?p=TooMany and review RFC 5321 specifications.", "5.5.3", "rate_limited"),
    ("555 5.5.2 Syntax error, goodbye. See RFC 5321 for the syntax.", "5.5.2", "syntax_error"),
    # a verdict that names the standard stays one
    ("550 5.7.1 This message is not RFC 5322 compliant, review RFC 5322 specifications", "5.7.1",
     "not_compliant_rfc"),
    ("554 5.6.0 Message violates RFC 5322: duplicate Date header", "5.6.0", "not_compliant_rfc"),
])
def test_a_pointer_to_read_an_rfc_is_no_verdict(text: str, status: str, expected: str) -> None:
    assert reason(text, status, "RCPT") == expected


def test_a_senders_quota_and_the_purpose_of_a_rate_limit_are_no_full_mailbox_and_no_spam() -> None:
    assert reason("421 4.7.28 The provider has detected this sender exceeded the quota for sending messages "
                  "with the same Message-ID", "4.7.28", "DATA", action="delayed") == "rate_limited"
    assert reason("421 4.7.28 Unusual rate of email detected. To protect our users from spam, email has been "
                  "temporarily rate limited. Read our bulk email senders guidelines.", "4.7.28", "DATA",
                  action="delayed") == "blocked"
    # spam said as the message's verdict stays spam
    assert reason("550 5.7.1 Message rejected as spam by the content filter", "5.7.1", "DATA") == "spam_detected"
    assert reason("550 5.7.1 Our users reported this bulk email as spam", "5.7.1", "DATA") == "spam_detected"
    # the DKIM domain named as whose reputation is judged is no failed check; a failed check stays one
    assert reason("421 4.7.28 Unusual rate of unsolicited email originating from your DKIM domain "
                  "shop.example, temporarily rate limited", "4.7.28", "DATA", action="delayed") != "auth_failure"
    assert reason("550 5.7.26 Unauthenticated email: DKIM signature did not verify", "5.7.26",
                  "DATA") == "auth_failure"


@pytest.mark.parametrize("text, expected", [
    ("421 mx.provider.example ESMTP server temporarily not available", "system_error"),
    ("421 4.3.2 Service is currently not available, closing channel", "system_error"),
    ("421 4.7.0 Connection expired, try reconnecting.", "network_error"),
    ("554 mx.provider.example message rejected. URLBL011", "spam_detected"),
    ("552 mx.provider.example attachment extension is forbidden", "policy_violation"),
])
def test_documented_provider_wordings(text: str, expected: str) -> None:
    assert reason(text, None, "DATA", action="delayed" if text[0] == "4" else "failed") == expected


def test_a_temporary_answer_at_mail_from_that_says_only_try_later_is_no_refusal_of_our_address() -> None:
    assert reason("421 mx.provider.example Requested action aborted: try again later.", None, "MAIL",
                  action="delayed") == "rate_limited"
    assert reason("550 Requested action not taken: not allowed", None, "MAIL") == "rejected"


def test_the_server_an_exchange_report_last_tried_is_no_ip_of_ours() -> None:
    assert reason("550 4.4.7 QUEUE.Expired; message expired [Message=451 Message ended early] "
                  "[LastAttemptedServerName=mx.remote.example] [LastAttemptedServerIP=198.51.100.7:25]",
                  "4.4.7") != "blocked"


@pytest.mark.parametrize("text", [
    "550 5.7.1 <kim@remote.example>: Recipient address rejected: Access denied",
    "554 5.7.1 <kim@remote.example>: Recipient address rejected: Only internal senders may write to this list",
])
def test_postfixs_recipient_restriction_prefix_beside_a_policy_status_names_no_missing_mailbox(text: str) -> None:
    # smtpd_check.c answers every recipient restriction "<addr>: Recipient address rejected: <text>"
    # (an access table's REJECT says "Access denied"): beside X.7.Y only the text could say the
    # mailbox is missing, and these do not
    assert reason(text, "5.7.1", "RCPT") not in ("user_unknown", "host_unknown", "not_accept", "has_moved")
    assert reason("550 5.7.1 <kim@remote.example>: Recipient address rejected: User unknown in local "
                  "recipient table", "5.7.1", "RCPT") == "user_unknown"
    assert reason("550 5.1.1 <kim@remote.example>: Recipient address rejected", "5.1.1", "RCPT") == "user_unknown"


def test_a_mail_file_that_exceeds_its_quota_is_full() -> None:
    assert reason("Unable to deliver message; the recipient's mail file exceeds its quota", None) == "mailbox_full"


# -- the ninth session's review: where the new rules must stop --------------------------------------
@pytest.mark.parametrize("text", [
    "550 5.1.1 <kim@remote.example>... No such user (threshold of unknown users reached for 192.0.2.25)",
    "550 5.1.1 Mailbox kim@remote.example does not exist - too many invalid recipients, closing connection",
])
def test_a_count_of_unknown_recipients_beside_this_ones_own_unknown_is_an_aside(text: str) -> None:
    assert reason(text, "5.1.1", "RCPT") == "user_unknown"


@pytest.mark.parametrize("text, status, expected", [
    ("552 5.3.4 Sender exceeded the message size limit", "5.3.4", "message_too_large"),
    ("552 5.2.2 <kim@remote.example>: the sender has exceeded the mailbox quota of the recipient", "5.2.2",
     "mailbox_full"),
])
def test_a_size_limit_or_the_recipients_quota_is_no_quota_of_the_sender(text: str, status: str, expected: str) -> None:
    assert reason(text, status, "RCPT") == expected


def test_a_refusal_of_our_address_that_asks_to_retry_is_still_a_refusal_of_our_address() -> None:
    assert reason("450 Your sender address bounces@sender.example is not accepted, please retry later", None,
                  "MAIL", action="delayed") == "rejected"


def test_spam_and_dkim_said_as_verdicts_stay_verdicts() -> None:
    assert reason("550 5.7.1 To protect our users from spam, this message has been blocked.", "5.7.1",
                  "DATA") == "spam_detected"
    assert reason("550 5.7.1 DKIM domain shop.example failed signature verification", "5.7.1",
                  "DATA") == "auth_failure"


def test_a_servers_own_connection_refused_reply_still_blocks() -> None:
    assert reason("554 Connection refused by remote host", None, "CONN") == "blocked"
    assert reason("Permanent failure in MX lookup: domain remote.example has no mail exchanger", None) \
        != "network_error"


def test_a_delay_warning_that_cannot_connect_in_japanese_is_a_network_error() -> None:
    assert reason("相手先のメールサーバーに接続できないため、引き続き配信を試みます", None, action="delayed") == "network_error"


# -- the ninth session's probe of the border between a missing mailbox and everything else ----------
@pytest.mark.parametrize("text, status", [
    # Postfix's restriction prefix before a refusal of another subject than addressing
    ("503 5.5.0 <kim@remote.example>: Recipient address rejected: Improper use of SMTP command pipelining", "5.5.0"),
    # an access table's text that refuses our domain or host, whatever the X.1.1 beside it
    ("550 5.1.1 <kim@remote.example>: Recipient address rejected: mail from shop.example is blocked", "5.1.1"),
    ("550 5.1.1 <kim@remote.example>: Recipient address rejected: HELO name mail.shop.example rejected", "5.1.1"),
    ("550 5.1.1 <kim@remote.example>: Recipient address rejected: Mail from your country is not accepted", "5.1.1"),
    # qmail chkuser's answer to too many wrong recipients from us
    ("571 sorry, you are violating our security policies (#5.1.1 - chkuser)", "5.1.1"),
    # the address exists and is blocked or locked
    ("550 5.1.1 <kim@remote.example> is blocked", "5.1.1"),
    # vague words beside a policy status
    ("550 5.7.1 Recipient refused", "5.7.1"),
])
def test_no_missing_mailbox_where_the_words_or_the_code_name_another_cause(text: str, status: str) -> None:
    assert reason_class(reason(text, status, "RCPT")) != "hard"


def test_the_restriction_prefix_alone_or_with_an_addressing_status_still_says_unknown() -> None:
    assert reason("550 <kim@remote.example>: Recipient address rejected.", None, "RCPT") == "user_unknown"
    assert reason("550 5.1.1 <kim@remote.example>: Recipient address rejected: not listed here", "5.1.1",
                  "RCPT") == "user_unknown"
    assert reason("550 <kim@remote.example>: Recipient address rejected: Access denied", "5.0.0",
                  "RCPT") == "user_unknown"


@pytest.mark.parametrize("text, status, expected", [
    ("550 5.7.1 <kim@remote.example>: user is not allowed to receive mail from you", "5.7.1", "filtered"),
    ("550 5.7.1 Sender is not on the recipient's approved senders list", "5.7.1", "filtered"),
    ("550 5.7.1 Access denied by recipient", "5.7.1", "filtered"),
    ("454 4.7.1 <kim@remote.example>: Relaying temporarily denied", "4.7.1", "no_relaying"),
    ("550 Delivery is not allowed to this address.", None, "no_relaying"),
    ("451 DNS temporary failure (#4.5.1 - chkuser)", "4.5.1", "network_error"),
    ("552 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException", "5.2.2", "rate_limited"),
    ("550 Recipient kim@remote.example is inactive and no longer receives mail", None, "suspended"),
    ("450 4.2.0 Mailbox is locked by another process, try again later", "4.2.0", "system_error"),
    ("550 No Message-ID header provided", None, "not_compliant_rfc"),
])
def test_border_wordings(text: str, status: str | None, expected: str) -> None:
    assert reason(text, status, "RCPT", action="delayed" if text[0] == "4" else "failed") == expected


def test_cpanels_guesses_in_a_diagnostic_code_are_no_cause() -> None:
    assert reason("550 The mail server could not deliver mail to kim@remote.example. The account or domain may "
                  "not exist, they may be blacklisted, or missing the proper dns entries.", None, "RCPT") != "blocked"


# -- the ninth session's second review: where the border rules must stop ----------------------------
@pytest.mark.parametrize("text, status, command, action, not_expected", [
    # Bulgarian "does not exist / not found" said of the domain, the server, an IP or the sender
    ("550 5.1.2 Домейнът на получателя не съществува", "5.1.2", "RCPT", "failed", "user_unknown"),
    ("451 4.4.1 Сървърът на получателя не е намерен", "4.4.1", None, "delayed", "user_unknown"),
    ("550 5.7.1 IP адресът не е намерен в списъка с разрешени", "5.7.1", "RCPT", "failed", "user_unknown"),
    ("550 5.7.1 Адресът на изпращача не съществува", "5.7.1", "RCPT", "failed", "user_unknown"),
    # a refusal by the recipient's *server*, or of our host, is no person's filter
    ("554 5.7.1 Access denied by recipient mail server", "5.7.1", "RCPT", "failed", "filtered"),
    ("554 5.7.1 Host not permitted to accept messages from 192.0.2.1", "5.7.1", "RCPT", "failed", "filtered"),
    # Sendmail's temporary reverse-DNS failure is no relay refusal
    ("450 4.7.1 <kim@remote.example>... Relaying temporarily denied. Cannot resolve PTR record for 192.0.2.1",
     "4.7.1", "RCPT", "delayed", "no_relaying"),
    # a rate named with our network is no geo block; a host named "relay" no relay refusal
    ("421 4.7.0 Rate limit: too many emails from your network", "4.7.0", "MAIL", "delayed", "blocked"),
    ("550 5.7.1 smtp-relay: Zugriff verboten, Ihre IP steht auf der Sperrliste", "5.7.1", "RCPT", "failed",
     "no_relaying"),
    # "your account" in another language is ours, no suspended recipient
    ("550 5.7.1 Votre compte est inactif, envoi impossible", "5.7.1", "MAIL", "failed", "suspended"),
    ("A sua conta encontra-se bloqueada por envio de spam", None, None, "failed", "suspended"),
    # an address said blocked may be ours: never the recipient's suspended or missing mailbox
    ("550 5.0.0 news@shop.example is blocked", "5.0.0", "RCPT", "failed", "suspended"),
    ("550 5.1.1 <kim@remote.example> is blocked", "5.1.1", "RCPT", "failed", "user_unknown"),
])
def test_the_new_border_rules_stop_where_their_words_name_someone_else(text, status, command, action,
                                                                       not_expected) -> None:
    assert reason(text, status, command, action=action) != not_expected


def test_postfixs_prefix_beside_a_syntax_status_still_reads_its_text() -> None:
    assert reason("550 5.5.1 <kim@remote.example>: Recipient address rejected: nobody here by that name", "5.5.1",
                  "RCPT") == "user_unknown"
    assert reason("503 5.5.0 <kim@remote.example>: Recipient address rejected: Improper use of SMTP command "
                  "pipelining", "5.5.0", "RCPT") == "syntax_error"


def test_microsofts_tls_and_tenant_block_codes() -> None:
    # Exchange Online 5.7.321-325 (the destination's certificate, DANE, DNSSEC) and 5.7.703 (our own
    # tenant's recipient block list): learn.microsoft.com, "non-delivery reports in Exchange Online"
    assert reason("550 5.7.322 certificate-expired: Destination mail server's certificate is expired", "5.7.322") \
        == "failed_starttls"
    assert reason("550 5.7.323 tlsa-invalid: The domain failed DANE validation", "5.7.323") == "failed_starttls"
    assert reason("550 5.7.703 Your message can't be delivered because messages to kim@remote.example are blocked "
                  "by your organization's tenant recipient block policy", "5.7.703", "RCPT") == "policy_violation"
    assert reason("550 4.4.7 QUEUE.Expired; message expired", "4.4.7") == "expired"


@pytest.mark.parametrize("text, status, expected", [
    # the person refused it: a filter or block list of theirs, the mailbox exists (step 5a)
    ("550 5.7.1 Message rejected by the recipient", "5.7.1", "filtered"),
    ("554 Your message was declined by the recipient", None, "filtered"),
    # ... not their server or domain, which names no person's choice
    ("550 5.7.1 Message rejected by the recipient's mail server", "5.7.1", "security_error"),
    # the recipient takes mail only from the senders it listed: its own filter
    ("550 5.7.1 <kim@remote.example>: Recipient address rejected: sender is not on the recipient's list of "
     "allowed senders", "5.7.1", "filtered"),
    # ... and beside a cause on our side the cause decides
    ("554 5.7.1 Your IP 192.0.2.7 is listed on a block list; message rejected by the recipient", "5.7.1",
     "blocked"),
])
def test_rejected_by_the_recipient_names_their_filter(text: str, status: str | None, expected: str) -> None:
    assert reason(text, status, "RCPT") == expected


@pytest.mark.parametrize("text, status, command, expected", [
    # our address named between the words: the refusal is of us, whatever the 5.1.1 says
    ("550 5.1.1 Sender address news@shop.example is blocked by the domain's administrator", "5.1.1", "RCPT",
     "rejected"),
    ("550 5.1.1 Sender address <news@shop.example> has been banned", "5.1.1", "RCPT", "rejected"),
    # a callout to our sender address failed: the unknown user is ours
    ("451 Could not verify sender address: unknown user in sender domain", "4.7.0", "RCPT", "rejected"),
    # the server, not the recipient, is what the DNS does not know (Exchange 2003 5.4.0)
    ("The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify "
     "the email address and retry.", "5.4.0", None, "host_unknown"),
    ("mail.example: no DNS A-data returned", None, None, "host_unknown"),
    ("pat@old.example.ac.uk Unknown host or domain name \"old.example.ac.uk\"", None, None, "host_unknown"),
    # a directory's words for a name it does not hold
    ("The user or group name does not exist.", None, None, "user_unknown"),
    ("The recipient's user ID is no longer valid, or it was mistyped.", None, None, "user_unknown"),
    # a block list of senders is a block list ("bad senders" is no bad envelope sender)
    ("553 5.7.1 Rejected: IP 192.0.2.90 is listed on the Global Bad Senders list", "5.7.1", "RCPT", "blocked"),
    ("553 5.1.7 Bad sender address", "5.1.7", "MAIL", "rejected"),
    # the organisation's content policy filtered it: no person's filter
    ("550 5.7.1 Message rejected - content filtered by policy", "5.7.1", "DATA", "security_error"),
    ("550 5.7.1 Message filtered by the recipient", "5.7.1", "DATA", "filtered"),
    # the recipients themselves take no mail from this sender (a member's own setting) ...
    ("Your mail could not be delivered because they are not accepting mail from news@shop.example", None, None,
     "filtered"),
    # ... where a server taking none from our host is a block
    ("421 4.7.0 mx.example is not accepting mail from 192.0.2.1", "4.7.0", None, "blocked"),
    # an attachment type the site does not permit, and its policy in other languages
    ("554 5.3.0 Message rejected: attachments of type .js are not permitted", "5.3.0", "DATA", "policy_violation"),
    ("550 Mensaje rechazado por política local", None, None, "policy_violation"),
    ("550 5.7.1 Messaggio rifiutato dalle policy di sicurezza", "5.7.1", None, "policy_violation"),
    ("550 Message refusé par la politique locale", None, None, "policy_violation"),
    ("550 Mensagem rejeitada pela política local", None, None, "policy_violation"),
    ("550 Aufgrund lokaler Richtlinien abgelehnt", None, None, "policy_violation"),
    # an account closed (and gone) is missing; one closed for a time is suspended
    ("Undeliverable: the recipient's account has been closed and no longer exists.", None, None, "user_unknown"),
    ("The account you wrote to has been closed and does not exist anymore.", None, None, "user_unknown"),
    ("550 The account has been closed", None, "RCPT", "user_unknown"),
    ("550 The account has been temporarily closed", None, "RCPT", "suspended"),
    # the recipient's own mail rules; a local delivery program that failed (Exim's pipe transport)
    ("Message rejected by the recipient's mail rules.", None, None, "filtered"),
    # a group open to its members only: the poster lacks the right, the group address may work
    ("550 5.1.1 The group you tried to contact (team) may not exist, or you may not have permission to post "
     "messages to the group.", "5.1.1", "RCPT", "rejected"),
    ("550 5.1.1 The email account that you tried to reach does not exist.", "5.1.1", "RCPT", "user_unknown"),
    ("Child process of address_pipe transport returned 69 (could mean service or program unavailable) from "
     "command: /usr/local/bin/tickets", None, None, "mailer_error"),
])
def test_tenth_session_border_words(text: str, status: str | None, command: str | None, expected: str) -> None:
    assert reason(text, status, command) == expected


def test_gmails_delay_heading_gives_way_to_the_response_it_quotes():
    heading = ("There was a temporary problem delivering your message to kim@remote.example. Gmail will retry for "
               "46 more hours.")
    assert reason(heading + " The response was: The recipient server did not accept our requests to connect. "
                  "[remote.example 192.0.2.6: No route to host]", action="delayed") == "network_error"
    assert reason(heading, action="delayed") == "system_error"  # no response quoted: the heading is all


@pytest.mark.parametrize("text, status, command, expected", [
    # the recipient's server or MTA is no person: its words decide
    ("550 Message rejected by recipient server: mailbox unavailable, no such user", None, "RCPT", "user_unknown"),
    ("550 Rejected by recipient MTA - no such mailbox here", None, "RCPT", "user_unknown"),
    ("550 Mail is rejected by recipients [Mb5x]", None, "DATA", "filtered"),
    # "for this user" is the recipient's own address; only the destination *server* was not found in DNS
    ("550 The e-mail address for this user could not be found", "5.0.0", "RCPT", "user_unknown"),
    # terminated or cancelled and gone
    ("550 ACCOUNT CANCELLED AND NO LONGER EXISTS", None, "RCPT", "user_unknown"),
    ("550 5.1.1 The account has been terminated and no longer exists", "5.1.1", "RCPT", "user_unknown"),
    # our address blocked by the recipient (the person's list) / the mailbox owner's own setting
    ("550 5.7.1 Sender address news@shop.example has been blocked by the recipient", "5.7.1", "RCPT", "filtered"),
    ("550 Mail from unknown senders is not accepted by this mailbox owner", None, "RCPT", "filtered"),
    ("550 Account was cancelled and has been removed from our system", None, "RCPT", "user_unknown"),
    ("550 5.7.1 Sender address news@shop.example is blocked by the recipient's mail server", "5.7.1", "RCPT",
     "rejected"),
    ("550 5.7.1 <kim@i.mobile.example>: Recipient address rejected: Rejected by recipient's reception settings",
     "5.7.1", "RCPT", "filtered"),
])
def test_review_border_words(text: str, status: str | None, command: str | None, expected: str) -> None:
    assert reason(text, status, command) == expected


@pytest.mark.parametrize("text, status, expected", [
    # the sending service holding our account, or our plan's quota: the refusal is of us
    ("554 Message rejected: Sending paused for this account", None, "rejected"),
    ("550 Your account has been temporarily blocked for review", None, "rejected"),
    ("The 'From' address you supplied (news@shop.example) is not a Sender Signature on your account", None,
     "rejected"),
    ("554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Actual verdict is RefuseQuota, "
     "ShowTierUpgrade", "5.2.0", "rate_limited"),
    ("451 Authentication failed: Maximum credits exceeded", "4.7.0", "rate_limited"),
    # a size stated in bytes; a group closed to outside senders is its own setting
    ("552 Transaction failed: Message length is more than 10485760 bytes long", None, "message_too_large"),
    ("The message contains a file type that the recipient's organization does not accept (agenda.iso).", None,
     "policy_violation"),
    ("550 5.7.1 This group does not accept external mail", "5.7.1", "filtered"),
])
def test_the_sending_services_own_refusals(text: str, status: str | None, expected: str) -> None:
    assert reason(text, status) == expected


def test_the_recipients_plural_gateway_and_account_are_no_persons_filter_or_our_account():
    assert reason("550 blocked by the recipients' mail gateway", None, "RCPT") != "filtered"
    assert reason("550 The recipient's account is pending approval", None, "RCPT") != "rejected"


def test_the_recipients_mail_server_or_mx_is_no_person():
    assert reason("550 5.7.1 Message rejected by recipient(s) mail server policy", "5.7.1", "DATA") != "filtered"
    assert reason("554 5.7.1 Rejected by recipient MX: message scored as spam", "5.7.1", "DATA") == "spam_detected"


# -- rule 9: the sending MTA gave up after a temporary answer -----------------------------------
def test_exims_generic_status_over_a_temporary_answer_gave_up() -> None:
    # Exim's DSN puts its own 5.0.0 in the Status over the server's 450; its text says "retry timeout
    # exceeded": the queue lifetime ran out, the greylisting was never a final refusal (rule 12)
    assert reason("450 4.2.0 <r@example.org>: Recipient address rejected: Greylisted for 5 minutes", "5.0.0",
                  "RCPT", context="... Greylisted for 5 minutes: retry timeout exceeded") == "expired"
    # the server's own 5xx stays what it says
    assert reason("550 5.7.1 Too many connections from your IP, go away", "5.0.0", "RCPT",
                  context="retry timeout exceeded") != "expired"


def test_the_recipients_own_words_say_it_gave_up() -> None:
    # qmail's give-up sentence in the recipient's own lines, after a temporary greeting refusal
    text = ("421 4.7.0 mx.example.org Too many concurrent SMTP connections from this IP; please try again later "
            "I'm not going to try again; this message has been in the queue too long.")
    assert reason(text, "4.7.0", "CONN") == "expired"
    # a delay warning that repeats the answer keeps its cause
    assert reason("421 4.7.0 Too many concurrent SMTP connections; please try again later", "4.7.0",
                  action="delayed") == "rate_limited"


@pytest.mark.parametrize("text", [
    "Failed to connect. Winsock error code: 10060, Win32 error code: 10060.",
    "Connection failed (10061) while connecting to mx.provider.example",
])
def test_windows_socket_errors_are_a_server_never_reached(text: str) -> None:
    # WSAETIMEDOUT / WSAECONNREFUSED: a final report after them is the sending MTA giving up
    assert reason(text, "4.4.1", action="failed") == "expired"
    assert reason(text, "4.4.1", action="delayed") == "network_error"


def test_a_local_delivery_programs_unknown_user_is_a_missing_mailbox() -> None:
    # mail.local over LMTP (RFC 3464 diagnostic-type x-unix): its 5.1.1 "User unknown" names the mailbox
    assert decide(status="5.1.1", diagnostic="550 5.1.1 pat: User unknown", command=None, action="failed",
                  diag_type="x-unix") == "user_unknown"
    # the program's own failure stays the program's, its "No such user" about an id it looked up too
    assert decide(status="5.3.0", diagnostic="procmail: Error while writing to /var/mail/pat", command=None,
                  action="failed", diag_type="x-unix") == "mailer_error"
    assert decide(status="5.1.1", diagnostic='procmail: Couldn\'t create "/var/spool/mail/pat" id: x: No such user',
                  command=None, action="failed", diag_type="x-unix") == "mailer_error"


def test_exchanges_queue_expired_names_the_server_it_tried_not_ours() -> None:
    # "{IP=...}" in Exchange's QUEUE.Expired diagnostic is the destination it last tried: no block of our IP
    text = ("550 4.4.7 QUEUE.Expired; message expired [{LED=420 4.4.0 Socket error while connecting to server};"
            "{MSG=};{FQDN=mx.provider.example};{IP=192.0.2.200};{LRT=7/6/2026 12:51:40 PM}]")
    assert reason(text, "4.4.7", action="failed") == "expired"


# -- a mailbox deleted or removed is gone, whatever code came with it -----------------------------
@pytest.mark.parametrize("text, status", [
    ("554 5.7.1 <kim@mail.example>: Recipient address rejected: The recipient account has been deleted", "5.7.1"),
    ("550 5.7.1 <kim@mail.example>... Account removed", "5.7.1"),
    ("550 5.2.1 <kim@mail.example>: Mailbox has been permanently deleted", "5.2.1"),
    ("550 5.1.1 This email address was removed", "5.1.1"),
])
def test_a_deleted_or_removed_mailbox_is_gone(text: str, status: str) -> None:
    assert reason(text, status, "RCPT") == "user_unknown"


@pytest.mark.parametrize("text, command, expected", [
    # closed or terminated only: the account exists, disabled (rule kept from earlier sessions)
    ("550 5.1.1 <kim@mail.example>: account has been terminated", "RCPT", "suspended"),
    # our own account, or an address taken off a list: no statement about the recipient's mailbox
    ("550 Your account has been deleted", "MAIL", "rejected"),
    ("550 5.7.1 Your email address has been removed from the mailing list", "DATA", "security_error"),
])
def test_removal_words_about_something_else(text: str, command: str, expected: str) -> None:
    assert reason(text, "5.0.0" if command == "MAIL" else "5.7.1" if "5.7.1" in text else "5.1.1", command) == expected


def test_no_such_user_under_a_quota_code_is_a_missing_mailbox() -> None:
    """'552 5.2.2 No such user': no word of a quota; the words say the mailbox does not exist."""
    assert reason("552 5.2.2 <kim@mail.example>: No such user", "5.2.2", "RCPT") == "user_unknown"
    assert reason("552 5.2.2 <kim@mail.example>: Mailbox full", "5.2.2", "RCPT") == "mailbox_full"


@pytest.mark.parametrize("text", [
    # Microsoft (learn.microsoft.com, "SMTP AUTH errors"): our relay login failed
    "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.",
    "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy.",
])
def test_an_unsuccessful_login_of_ours_is_a_security_error(text: str) -> None:
    assert reason(text, "5.7.139") == "security_error"


@pytest.mark.parametrize("text", [
    "554 5.7.1 Message rejected by recipient's Sieve filter: sender is on the recipient's reject list",
    "550 5.7.1 Rejected by the user's sieve filter",
])
def test_the_recipients_sieve_filter_or_reject_list_is_their_own_filter(text: str) -> None:
    assert reason(text, "5.7.1", "DATA") == "filtered"


@pytest.mark.parametrize("text, expected", [
    ("FAILED - rejected by the recipient's personal mail filter", "filtered"),
    ("550 Message refused by the user's own filter rules", "filtered"),
    ("FAILED - message is larger than the recipient's server accepts", "message_too_large"),
])
def test_the_recipients_own_filter_and_a_message_larger_than_allowed(text: str, expected: str) -> None:
    assert reason(text) == expected


def test_a_session_logs_later_success_is_no_status_of_the_failure() -> None:
    """MDaemon's log: "<-- 522 mailbox full", then "--> RSET" / "<-- 250 2.0.0 Ok"."""
    from filter.core.smtptext import find_status
    log = "08:48:00: --> RCPT To:<kim@mail.example> 08:48:00: <-- 522 mailbox full 08:48:01: --> RSET 08:48:01: <-- 250 2.0.0 Ok"
    assert find_status(log) is None
    assert find_status("250 2.0.0 Ok: queued as 4F2B1") == "2.0.0"
    assert reason(log) == "mailbox_full"


@pytest.mark.parametrize("text, status, expected", [
    # a quota word counts as a whole word: "fully qualified", "delimiter" name no quota
    ("552 5.2.2 <kim@mail.example>: No such user here; use the fully qualified address", "5.2.2", "user_unknown"),
    ("552 5.2.2 <kim@mail.example>: No such user (the delimiter was ignored)", "5.2.2", "user_unknown"),
    # "the recipient reject list" without a possessive is the site's list of refused recipients
    ("550 5.1.1 <kim@mail.example>: address is on the recipient reject list (mailbox decommissioned)", "5.1.1",
     "user_unknown"),
    # a Sieve script that fails to compile is the delivery agent failing, no filter refusing
    ("451 4.3.0 <kim@mail.example>: error in user's sieve filter script (compile failed, line 12)", "4.3.0",
     "system_error"),
    # RFC 4954 section 6: the server's authentication backend failed for now
    ("454 4.7.0 Temporary authentication failure: authentication backend unavailable", "4.7.0", "system_error"),
    # a server's own session timeout closing the connection is no expiry of our queue
    ("451 4.4.2 Message timeout exceeded, closing connection", "4.4.2", "network_error"),
    # taken off an allow list is no deleted mailbox
    ("550 5.7.0 Account is removed from the allow list", "5.7.0", "security_error"),
])
def test_the_edges_of_this_sessions_rules(text: str, status: str, expected: str) -> None:
    assert reason(text, status, "RCPT", "delayed" if status[0] == "4" else "failed") == expected


def test_a_2xx_inside_a_number_is_no_reply_code() -> None:
    from filter.core.smtptext import find_status
    assert find_status("250 2.6.0 message accepted, 31550 bytes") == "2.6.0"


@pytest.mark.parametrize("text, status, expected", [
    # Sendmail writes the local program's exit status first; sysexits.h 67 is EX_NOUSER
    ("67 550 5.1.1 <kim@mail.example>... User unknown", "5.1.1", "user_unknown"),
    # the status says the mailbox is full, whatever the program's words
    ("69 554 5.0.0 <kim@mail.example>... Service unavailable", "5.2.2", "mailbox_full"),
    # anything else is the program failing
    ("73 550 5.0.0 <kim@mail.example>... Can't create output", "5.0.0", "mailer_error"),
])
def test_a_local_programs_exit_status_and_status(text: str, status: str, expected: str) -> None:
    assert decide(status=status, diagnostic=text, action="failed", diag_type="x-unix") == expected


@pytest.mark.parametrize("text, status, expected", [
    ("451 4.3.0 Temporary system failure. Warning: message still undelivered after 4 hours", "4.3.0", "system_error"),
    ("451 4.4.1 reply: read error from mx.example.net. Will keep trying until message is 5 days old", "4.4.1",
     "network_error"),
    # a warning with nothing but its retry words stays a delay
    ("Warning: message still undelivered after 4 hours", None, "expired"),
])
def test_a_warnings_retry_words_beside_a_code_of_the_network_or_system(text, status, expected) -> None:
    assert reason(text, status, action="delayed") == expected


@pytest.mark.parametrize("text, status, expected", [
    ("The email account that you tried to reach is currently suspended.", None, "suspended"),
    ("554 Your email was rejected because it contains a bad attachment: invoice.scr", None, "content_error"),
    # ezmlm-reject gives #5.2.3 to every refusal: the words say the content's type
    ("Sorry, I don't accept messages of MIME Content-Type 'text/html' (#5.2.3)", "5.2.3", "content_error"),
    ("552 5.2.3 Message size exceeds fixed maximum message size", "5.2.3", "message_too_large"),
    ("554 5.7.1 Mensagem rejeitada: o IP de envio está listado em lista de bloqueio", "5.7.1", "blocked"),
])
def test_hosting_and_list_manager_wordings(text, status, expected) -> None:
    assert reason(text, status) == expected


@pytest.mark.parametrize("text, status, command, expected", [
    # X.3.2 out of service only for now: a shutdown said to be past or for good is no passing state
    ("521 5.3.2 mx.example.net does not accept mail: this service was shut down permanently", "5.3.2", None,
     "not_accept"),
    ("556 5.1.10 Recipient address has null MX; the mail service was shut down in 2025", "5.1.10", "RCPT",
     "not_accept"),
    ("554 5.3.2 System not accepting network messages (scheduled maintenance)", "5.3.2", None, "system_error"),
    # a server's own "Command time limit exceeded" is no local delivery command
    ("421 4.4.2 mx.example.net Command time limit exceeded", "4.4.2", None, "network_error"),
    # only authenticated or encrypted senders: a login or TLS, no person's filter
    ("530 5.7.0 This server only accepts mail from authenticated users", "5.7.0", "MAIL", "security_error"),
    ("550 5.7.1 We only accept mail from TLS-encrypted connections", "5.7.1", "MAIL", "failed_starttls"),
    # dotted names inside the words of other languages
    ("554 5.7.1 O IP de envio 192.0.2.25 está listado em lista de bloqueio", "5.7.1", None, "blocked"),
    ("550 5.7.1 O endereço do remetente está na lista de bloqueio pessoal do destinatário", "5.7.1", "RCPT",
     "filtered"),
    ("The recipient you tried to reach is temporarily suspended", None, None, "suspended"),
])
def test_the_edges_found_by_the_second_adversarial_probe(text, status, command, expected) -> None:
    action = "delayed" if (status or "5")[0] == "4" else "failed"
    assert reason(text, status, command, action) == expected
    assert decide(status=status, diagnostic="Connexion au serveur mx.fromagerie.example impossible",
                  action="delayed") == "network_error"


@pytest.mark.parametrize("text, expected", [
    ("550 5.7.1 Message headers fail syntax check", "not_compliant_rfc"),
    # the person listed us; the recipient's server listing our IP is a block
    ("550 5.7.1 Sender blacklisted by recipient", "filtered"),
    ("550 5.7.1 Your IP is blacklisted by the recipient's server", "blocked"),
])
def test_gmail_probe_wordings(text: str, expected: str) -> None:
    assert reason(text, "5.7.1", "RCPT") == expected


# -- thirteenth session: what a local program, a size, a store and a stage say --------------------
@pytest.mark.parametrize("text, status, expected", [
    # Postfix's pipe(8) / local(8): EX_NOUSER becomes 5.1.1 "user unknown", then the program's output
    ("user unknown. Command output: deliver: Fatal: Unknown user: kim@mail.example", "5.1.1", "user_unknown"),
    ("deliver: Fatal: Unknown user: kim@mail.example", "5.1.1", "user_unknown"),
    # ... but a program that could not create its output failed, whatever lookup it names
    ('procmail: Couldn\'t create "/var/mail/kim" id: kim: No such user', "5.1.1", "mailer_error"),
    # a size the program refused under a size status; a loop it found; a message it held for review
    ("Message size exceeds the limit set for this recipient", "5.2.3", "message_too_large"),
    ("546 Routing loop detected -- too many Received: headers.", "5.0.0", "system_error"),
    ("mail for kim@mail.example loops back to myself", "5.4.6", "system_error"),
    ("message held in quarantine pending administrator review", "4.0.0", "on_hold"),
    # the program's own failure stays the program's, under a system status too
    ("internal software error. Command output: import: segmentation fault", "5.3.0", "mailer_error"),
    ("Message size is fine, but the output file is locked", "5.2.3", "mailer_error"),
])
def test_what_a_local_program_says_under_a_status_that_agrees(text: str, status: str, expected: str) -> None:
    assert decide(status=status, diagnostic=text, action="failed", diag_type="x-unix") == expected


@pytest.mark.parametrize("text, status, expected", [
    # RFC 5321 4.2.3: 552 is a full mailbox and a size limit; words of the size alone decide
    ("552 5.2.2 Message size exceeds maximum permitted", "5.2.2", "message_too_large"),
    ("552 5.2.2 Message exceeds the maximum size allowed (25 MB)", "5.2.2", "message_too_large"),
    ("552 5.2.2 Message size exceeds fixed maximum message size", "5.2.2", "message_too_large"),
    # a word of the mailbox or its quota: full
    ("552 5.2.2 Mailbox size limit exceeded", "5.2.2", "mailbox_full"),
    ("552 5.2.2 Quota exceeded: message size exceeds the remaining space", "5.2.2", "mailbox_full"),
    ("552 5.2.2 over quota", "5.2.2", "mailbox_full"),
    # the host's disk, no owner named (Dovecot's ENOSPC text), against a mailbox's space
    ("452 4.3.1 <kim@mail.example> Not enough disk space", "4.3.1", "system_full"),
    ("452 4.2.2 Not enough disk space in the user's mailbox", "4.2.2", "mailbox_full"),
    # Exchange's store, not a filter of the recipient's
    ("432 4.2.0 STOREDRV.Deliver; Mailbox database is offline", "4.2.0", "system_error"),
    ("554 5.2.0 STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionNoSupport; "
     "Failed to process message due to a permanent exception", "5.2.0", "system_error"),
    ("554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
     "5.2.0", "mailbox_full"),
])
def test_which_store_a_size_or_space_belongs_to(text: str, status: str, expected: str) -> None:
    assert reason(text, status) == expected


@pytest.mark.parametrize("text, status, command, expected", [
    # before any recipient: Gmail's DoS protection after EHLO holds back our host
    ("421-4.7.0 Try again later, closing connection. (EHLO) x1-20020a.47 - gsmtp", "4.7.0", "EHLO", "blocked"),
    ("421 4.7.0 Connection refused from 192.0.2.7, try again later", "4.7.0", "CONN", "blocked"),
    # who is refused ("connection rejected from <ip>", "your IP") yields to the cause the reply gives
    ("421 mx.example connection rejected from 192.0.2.33. Error Code: XC01 - too many concurrent connections",
     None, None, "rate_limited"),
    ("452 4.5.3 Your IP has exceeded its limit of recipients per hour, try again later", "4.5.3", None,
     "rate_limited"),
    ("554 mx.example connection rejected from 192.0.2.33", None, None, "blocked"),
    ("554 Your IP 192.0.2.33 is not welcome here", None, None, "blocked"),
    # an IP as the only object of a refusal
    ("554 5.7.1 - ERROR: Mail refused - <192.0.2.230> - See https://postmaster.example/lookup?ip=192.0.2.230",
     "5.7.1", None, "blocked"),
    ("571 Email from 192.0.2.80 is currently blocked by Example Online's anti-spam system", None, None, "blocked"),
    # an AOL member's Mail Controls: the person's own setting
    ("550 5.7.1 <kim@mail.example>... user not accepting mail from this sender", "5.7.1", "RCPT", "filtered"),
    ("550 not accepting mail from this sender", None, "RCPT", "blocked"),
])
def test_who_is_refused_and_why(text: str, status: str | None, command: str | None, expected: str) -> None:
    assert reason(text, status, command) == expected


@pytest.mark.parametrize("text, status, expected", [
    # RFC 4954: X.7.13 follows a successful AUTH to a disabled account; refused in reply to AUTH it is
    # our relay login, never the recipient's mailbox
    ("525 5.7.13 User Account Disabled", "5.7.13", "security_error"),
    ("535 5.7.8 Error: authentication failed: mailbox unavailable", "5.7.8", "security_error"),
])
def test_a_refusal_in_reply_to_auth_is_our_login(text: str, status: str, expected: str) -> None:
    assert reason(text, status, "AUTH") == expected
    # the same account code in reply to RCPT TO is the recipient's
    assert reason("550 5.7.13 <kim@mail.example>: user account disabled", "5.7.13", "RCPT") == "suspended"


@pytest.mark.parametrize("text", [
    "host smtp.relay.example[192.0.2.5] said: 535 5.7.8 Error: authentication failed (in reply to AUTH command)",
    "SMTP error from remote mail server after AUTH PLAIN: 535 Incorrect authentication data",
    ">>> EHLO mx.sender.example\n<<< 250-smtp.relay.example\n>>> AUTH PLAIN AGtpbQBzZWNyZXQ=\n<<< 525 5.7.13 User Account Disabled",
])
def test_the_auth_command_is_read_from_each_mtas_wording(text: str) -> None:
    from filter.core import smtptext
    assert smtptext.find_command(text) == "AUTH"


@pytest.mark.parametrize("text, expected", [
    # RFC 3463 section 3: subjects 0-7; a provider's own dotted code is no enhanced status
    ("421 Message from (192.0.2.9) temporarily deferred - 4.16.50. Please refer to the help pages", None),
    ("upgrade to version 5.10.2 failed", None),
    ("Remote server said: 451 busy (#4.3.0) try later; status 4.7.1 seen", "4.3.0"),
    ("delivery failed: 5.1.1 mailbox unknown", "5.1.1"),
])
def test_an_enhanced_status_has_a_registered_subject(text: str, expected: str | None) -> None:
    from filter.core.smtptext import find_status
    assert find_status(text) == expected


def test_a_deferral_at_mail_from_that_names_no_cause_holds_back_for_now() -> None:
    """Yahoo's "421 Message from (<ip>) temporarily deferred" at MAIL FROM: nothing against our address."""
    assert reason("421 Message from (192.0.2.9) temporarily deferred - 4.16.50", None, "MAIL") == "rate_limited"
    assert reason("421 4.7.0 Message from (192.0.2.9) temporarily deferred: sender address rejected", "4.7.0",
                  "MAIL") == "rejected"


@pytest.mark.parametrize("text, expected", [
    # RFC 3463 X.1.6: the address was valid once; the reply names the one to use now
    ("550 This address no longer accepts mail. Please use adam.kowal@mail.example instead.", "has_moved"),
    ("550 Address retired - use the new address kim.lee@mail.example instead", "has_moved"),
    # someone else to write to: the person's mailbox is gone, no new address of theirs
    ("550 This person no longer works here. Please write to sales@mail.example instead.", "user_unknown"),
    ("550 5.1.1 <kim@mail.example>: User unknown", "user_unknown"),
])
def test_a_new_address_to_use_instead(text: str, expected: str) -> None:
    assert reason(text) == expected


@pytest.mark.parametrize("text, status, command, expected", [
    # iRedAPD's default greylisting reply: a deferral, not a policy of the receiving site
    ("451 4.7.1 <kim@mail.example>: Recipient address rejected: Intentional policy rejection, please try again later",
     "4.7.1", "RCPT", "rate_limited"),
    ("550 5.7.1 <kim@mail.example>: Recipient address rejected: policy rejection", "5.7.1", "RCPT", "policy_violation"),
    # Stalwart's DSN for a recipient domain that does not resolve
    ("<kim@no-such-domain.example> (failed to lookup 'no-such-domain.example': Record not found)", "5.0.0", None,
     "host_unknown"),
    # a named organisation's own policy
    ("550 5.7.1 Message rejected by Northwind IT policy: payroll data may not be sent outside", "5.7.1", "DATA",
     "policy_violation"),
    ("550 5.7.1 Executables are blocked by Fabrikam mail policy", "5.7.1", "DATA", "policy_violation"),
])
def test_hosted_suites_words(text: str, status: str, command: str | None, expected: str) -> None:
    assert reason(text, status, command) == expected


def test_a_delivery_agent_that_finds_the_account_disabled() -> None:
    assert decide(status="5.2.1", diagnostic="account is disabled", action="failed", diag_type="x-local") == "suspended"
    assert decide(status="5.3.0", diagnostic="account is disabled", action="failed", diag_type="x-local") == "mailer_error"


# -- the edges the adversarial probe of the thirteenth session's rules found ---------------------
@pytest.mark.parametrize("text, status, command, expected", [
    # "use <address> instead" names a new address only beside words that the old one is gone
    ("550 5.7.1 Sender address noreply@shop.example refused; please use sales@shop.example instead", "5.7.1",
     "MAIL", "rejected"),
    ("550 5.1.1 Mailbox does not exist; for invoices use billing@far.example instead", "5.1.1", "RCPT", "user_unknown"),
    ("550 This address has been retired. Please use kim.lee@far.example instead.", None, "RCPT", "has_moved"),
    # an IP's refusal that names its cause: the cause decides
    ("421 Mail from 192.0.2.7 rejected: exceeded 10 simultaneous connections", None, "CONN", "rate_limited"),
    ("554 Mail from 192.0.2.7 rejected: message looks like spam", None, "DATA", "spam_detected"),
    ("571 Email from 192.0.2.80 is currently blocked by Example Online's anti-spam system", None, None, "blocked"),
    # a TCP error naming the address it tried is no refusal by a server (a final report after it: gave up)
    ("Last error: Connection refused: 198.51.100.5:25 (10061)", None, None, "expired"),
    ("550 Denied - 192.0.2.80 is not an authorized relay for far.example", None, "RCPT", "no_relaying"),
    # who is refused, beside the receiving side's own state
    ("421 Connection rejected from 192.0.2.7: the server is down for maintenance", "4.3.2", "CONN", "system_error"),
    # the AOL wording of one sender; a class of senders or a spam verdict is no person's own filter
    ("550 5.7.1 user not accepting mail from this sender, reason: message looks like spam", "5.7.1", "RCPT",
     "spam_detected"),
    ("550 this member is not accepting e-mail from you", None, "RCPT", "filtered"),
    # list posting restricted, in more words; a person's own whitelist is theirs
    ("550 5.7.1 Posting to this list is restricted to members", "5.7.1", "RCPT", "rejected"),
    ("550 5.7.1 Only members of the group can send", "5.7.1", "RCPT", "rejected"),
    ("550 5.7.1 The recipient accepts mail only from known contacts; only authorized senders may write to this mailbox",
     "5.7.1", "RCPT", "filtered"),
    # a user's space, and the host's disk
    ("552 5.2.2 Size limit exceeded for user b.keller; the user has 0 bytes free", "5.2.2", "RCPT", "mailbox_full"),
    ("452 4.3.1 There is not enough space on the disk.", "4.3.1", "RCPT", "system_full"),
    # Exchange's quota named far into its token, its store "currently unavailable"
    ("554 5.2.0 STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionShutoffQuotaExceeded; failed",
     "5.2.0", "DATA", "mailbox_full"),
    ("432 4.2.0 STOREDRV.Deliver; mailbox database is currently unavailable", "4.2.0", "DATA", "system_error"),
    # complaints are a cause: no bare deferral
    ("421 Temporarily deferred: too many complaints from our users", None, "MAIL", "bad_reputation"),
])
def test_the_narrowed_rules_of_the_thirteenth_session(text, status, command, expected) -> None:
    assert reason(text, status, command) == expected


@pytest.mark.parametrize("text, status, expected", [
    # a program's lookup of someone else, or its own configuration, under Postfix's 5.1.1
    ("mail2ticket: sender <billing@shop.example>: no such user in customer directory", "5.1.1", "mailer_error"),
    ('spamc: getpwnam("spamd") failed: user unknown', "5.1.1", "mailer_error"),
    # the host's disk, as the delivery agent found it
    ("dovecot-lda: Error: write() failed: No space left on device", "4.3.0", "system_full"),
])
def test_a_local_programs_words_about_something_else(text: str, status: str, expected: str) -> None:
    assert decide(status=status, diagnostic=text, action="failed", diag_type="x-unix") == expected


@pytest.mark.parametrize("text, expected", [
    # James's RemoteDelivery for a name with no DNS entries (its "Message details:" block: test_unseen_formats)
    ("There are no DNS entries for the hostname no-such.example. I cannot determine where to send this message.",
     "host_unknown"),
])
def test_apache_james_reports(text: str, expected: str) -> None:
    assert reason(text) == expected



@pytest.mark.parametrize("text, status, expected", [
    # the recipient not found by the program's own lookup stays the recipient's
    ('unknown user: "eva" not found in LDAP directory', "5.1.1", "user_unknown"),
    ("maildrop: delivery agent reports: no such user 'olaf'", "5.1.1", "user_unknown"),
    ('procmail: Unknown user "pia" (see /etc/procmailrc config)', "5.1.1", "user_unknown"),
    # a lookup of another or of its own configuration stays the program's
    ("routing rule names agent 'tier2': user unknown in agent directory", "5.1.1", "mailer_error"),
    ("deliver: cannot open directory /var/mail/x: user unknown to the config file", "5.1.1", "mailer_error"),
])
def test_whose_lookup_a_local_programs_user_unknown_is(text: str, status: str, expected: str) -> None:
    assert decide(status=status, diagnostic=text, action="failed", diag_type="x-unix") == expected


@pytest.mark.parametrize("text, status, command, expected", [
    ("421 4.3.2 Mail from 192.0.2.33 refused: system going down for maintenance", "4.3.2", "CONN", "system_error"),
    ("421 4.7.0 Connection from 192.0.2.33 refused: too many open connections from your network", "4.7.0", "CONN",
     "rate_limited"),
    ("550 5.7.1 Posting to this group is limited to its members", "5.7.1", "RCPT", "rejected"),
    ("550 5.7.1 This list accepts posts from members only", "5.7.1", "RCPT", "rejected"),
    ("550 5.7.1 The mailbox owner is not accepting mail from your domain", "5.7.1", "RCPT", "filtered"),
    # "Message details:" of a report that puts its cause there (not James's restated original)
    ("554 Message was blocked. Message details: The attachment invoice.exe contained a virus", "5.7.1", "DATA",
     "virus_detected"),
])
def test_the_edges_found_by_the_thirteenth_sessions_second_adversarial_probe(text, status, command, expected) -> None:
    assert reason(text, status, command) == expected
