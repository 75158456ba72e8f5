"""The classification rules, one case each: status code, reply code, words and SMTP command."""
from __future__ import annotations

import pytest

from filter.core.classifier import decide
from filter.core.model import REASONS, bouncestudio_code, reason_class
from filter.core.patterns import PHRASES, Scan, matches, status_reason


@pytest.mark.parametrize("status, diagnostic, command, action, expected", [
    # a specific code decides
    ("5.1.1", "550 5.1.1 <u@x.example>: Recipient address rejected: User unknown", "RCPT", "failed", "user_unknown"),
    ("5.1.2", "550 5.1.2 Host unknown", None, "failed", "host_unknown"),
    ("5.2.2", "552 5.2.2 Mailbox full", None, "failed", "mailbox_full"),
    ("5.3.4", "552 5.3.4 Message too big for system", None, "failed", "message_too_large"),
    ("5.1.6", "551 5.1.6 User has moved", None, "failed", "has_moved"),
    ("5.7.26", "550 5.7.26 Unauthenticated email is not accepted due to domain's DMARC policy", None, "failed",
     "auth_failure"),
    ("5.7.25", "550 5.7.25 Reverse DNS validation failed", None, "failed", "require_ptr"),
    ("5.1.10", "550 5.1.10 Recipient address has null MX", None, "failed", "not_accept"),
    ("4.7.28", "421 4.7.28 Mail flood detected", None, "failed", "rate_limited"),
    # ... unless the words outrank it
    ("5.1.1", "550 5.1.1 mailbox full", None, "failed", "mailbox_full"),
    ("5.1.1", "550 5.1.1 IP address blacklisted by recipient, see spamhaus", None, "failed", "blocked"),
    ("5.1.1", "550 5.1.1 <u@x> - 192.0.2.1 has sent to too many recipients this hour", None, "failed", "rate_limited"),
    # vague codes leave it to the words
    ("5.7.1", "550 5.7.1 Message rejected as spam by Content Filtering", None, "failed", "spam_detected"),
    ("5.7.1", "554 5.7.1 <u@x>: Relay access denied", "RCPT", "failed", "no_relaying"),
    ("5.7.1", "550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org", None, "failed", "blocked"),
    ("5.0.0", "554 5.0.0 Message contains a virus (Eicar-Test-Signature)", None, "failed", "virus_detected"),
    ("5.0.0", "550 Denied by local policy", None, "failed", "policy_violation"),
    ("5.7.1", "550 5.7.1 Delivery not authorized", None, "failed", "security_error"),
    ("4.0.0", "451 4.0.0 greylisted, try again later", None, "failed", "rate_limited"),
    ("5.0.0", "550 Requested action not taken: mailbox unavailable (bad SPF record)", None, "failed", "auth_failure"),
    # words that say the mailbox does not exist mean it at any stage ...
    ("5.0.0", "550 User unknown", "RCPT", "failed", "user_unknown"),
    ("5.0.0", "550 User unknown", "DATA", "failed", "user_unknown"),
    ("5.0.0", "550 User unknown", None, "failed", "user_unknown"),
    # ... unless other words say a filter refused it
    ("5.0.0", "550 User unknown or rejected by the recipient's filter settings", "DATA", "failed", "filtered"),
    # the SMTP command says whose fault it was
    (None, "550 No such domain example.net", "MAIL", "failed", "rejected"),
    (None, "550 Access denied", "MAIL", "failed", "rejected"),
    (None, "550 Access denied", "CONN", "failed", "blocked"),
    (None, "554 mx.example ESMTP not accepting messages", "CONN", "failed", "blocked"),
    ("5.0.0", "550 <u@x>: Recipient address rejected: Access denied", "RCPT", "failed", "user_unknown"),
    # temporary is not final
    ("4.4.4", "451 4.4.4 Host or domain name not found, try again", None, "failed", "network_error"),
    (None, "Host or domain name not found. Name service error for name=x.example type=MX: Host not found",
     None, "failed", "host_unknown"),
    (None, "connect to mx.x.example[192.0.2.1]:25: Connection timed out", None, "failed", "expired"),
    (None, "connect to mx.x.example[192.0.2.1]:25: Connection timed out", None, "delayed", "network_error"),
    ("4.4.7", "retry timeout exceeded", None, "failed", "expired"),
    # local delivery programs
    ("5.3.0", "procmail: Couldn't create \"/var/spool/mail/u\"", None, "failed", "mailer_error"),
    # nothing to read
    (None, None, None, "failed", "undefined"),
    (None, "an error occurred", None, "failed", "on_hold"),
    (None, None, None, "delayed", "expired"),
    ("2.0.0", "250 2.0.0 OK", None, "delivered", "delivered"),
])
def test_decide(status, diagnostic, command, action, expected):
    diag_type = "x-unix" if diagnostic and diagnostic.startswith("procmail") else "smtp"
    assert decide(status=status, diagnostic=diagnostic, command=command, action=action, diag_type=diag_type) == expected


def test_provider_codes_are_more_precise_than_the_status():
    assert decide(status="5.2.0", diagnostic="550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]") == "spam_detected"
    assert decide(status="4.7.0", diagnostic="421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred") == \
        "bad_reputation"


def test_status_reading():
    assert status_reason("5.1.1") == ("user_unknown", None)
    assert status_reason("5.7.1") == (None, "security_error")  # vague: only a fallback
    assert status_reason("5.0.0") == (None, None)
    assert status_reason("4.4.4") == ("network_error", None)  # temporary unroutable: not "no such domain"
    assert status_reason("5.1.351") == ("user_unknown", None)  # a detail outside the registry: its subject
    assert status_reason(None) == (None, None)


def test_every_reason_has_a_class_and_a_bouncestudio_code():
    for reason, (cls, code) in REASONS.items():
        assert reason_class(reason) == cls
        assert isinstance(code, int)
    assert reason_class("not_accept", permanent=False) == "soft"  # RFC 7505 null MX on a 4xx
    assert bouncestudio_code("user_unknown", "failed", True, has_address=False) == 30
    assert bouncestudio_code("mailbox_full", "delayed", False, True) == 70


def test_phrase_index_finds_what_the_whole_table_finds():
    """The required-word index is a filter only: it must never hide a phrase that matches."""
    samples = [p for phrases in PHRASES.values() for p in phrases]
    texts = ["mailbox is full", "user unknown in local recipient table", "quota exceeded", "relay access denied",
             "blocked using zen.spamhaus.org", "connection timed out", "account has been disabled",
             "message size exceeds fixed maximum message size", "ip=192.0.2.1 blocked", "sender verify failed",
             "spf check failed", "unauthenticated email is not accepted", "retry timeout exceeded", "(#5.1.1)"]
    from filter.core.patterns import matcher

    for reason in PHRASES:
        whole = matcher(reason)
        for text in texts:
            assert bool(whole.search(text)) == matches(reason, text) == Scan(text).says(reason), (reason, text)
    assert len(samples) > 300


def test_generated_phrase_words_are_current():
    """filter/core/_phrase_words.py must match PHRASES: run `python -m filter.core.patterns` after editing them."""
    from filter.core import _phrase_words
    from filter.core import patterns

    expected = {p: (tuple(sorted(w)) if (w := patterns._required_words(p)) else None)
                for phrases in patterns.PHRASES.values() for p in phrases}
    assert _phrase_words.WORDS == expected, "run: python -m filter.core.patterns"
