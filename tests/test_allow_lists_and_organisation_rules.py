"""Administrators' words for people gone, allow lists, and an organisation's rule on who may write.

Each case is a wording written for the rule it tests (none copied from a sample): what the words
mean decides, whatever code a site's rule sends them with.
"""
from __future__ import annotations

import pytest

from filter.core.classifier import decide


@pytest.mark.parametrize("status, diagnostic, reason", [
    # the person retired from the place, or died; people who left and no longer have an account
    ("5.0.0", "550 5.0.0 <p.quill@firm.example>... Ms Quill retired from the practice in May. Please write to "
              "office@firm.example", "user_unknown"),
    ("5.0.0", "550 5.0.0 <r.dunn@host.example>... deceased", "user_unknown"),
    ("5.7.1", "550 5.7.1 Students who have left the college no longer have an email account.", "user_unknown"),
    # an allow list of the recipient's own, and a person who wants none of it
    ("5.7.1", "550 5.7.1 <jo@isp.example>: Recipient address rejected: Sender not in recipient's whitelist",
     "filtered"),
    ("5.7.1", "550 5.7.1 Message refused by the recipient's personal allow list: sender not approved by "
              "<jo@isp.example>", "filtered"),
    ("5.7.1", "550 5.7.1 Recipient doesn't want your mail", "filtered"),
    ("5.0.0", "550 This recipient does not accept mail from mailing lists", "filtered"),
    ("5.7.1", "550 5.7.1 This pupil's account can only receive email from approved senders.", "filtered"),
    (None, "550 Werbung und Newsletter sind an dieser Adresse nicht erwünscht.", "filtered"),
    ("5.7.1", "550 5.7.1 Ich nehme keine E-Mails von unbekannten Absendern an.", "filtered"),
    # a mailbox switched off for a time, the cause between (German), a hosting suspended (Polish)
    ("5.7.1", "550 5.7.1 Das Postfach ist während der Elternzeit vorübergehend deaktiviert.", "suspended"),
    (None, "550 Domena zawieszona - brak opłaty za hosting.", "suspended"),
    # the address to use from now on (Dutch, Portuguese)
    ("5.1.6", "550 5.1.6 Dit adres is opgeheven. Gebruik voortaan secretariaat@vereniging.example", "has_moved"),
    ("5.1.6", "550 5.1.6 Mevrouw Smit is voortaan bereikbaar op a.smit@mail.example", "has_moved"),
    (None, "551 Utilizador mudou de endereço: use j.silva@novo.example", "has_moved"),
    # Microsoft's heading before a mail flow rule's own words, ended by a full stop
    ("5.7.1", "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy. This mailbox "
              "is no longer in use.", "user_unknown"),
    # the rate said in words; a code of Outlook.com's series that is not a block-list code does not outrank them
    ("4.7.652", "451 4.7.652 The mail server [192.0.2.8] has exceeded the maximum number of connections. (S3115)",
     "rate_limited"),
    ("5.7.1", "550 5.7.1 Unfortunately, messages from [192.0.2.8] weren't sent. Please contact your Internet service "
              "provider since part of their network is on our block list (S3150).", "blocked"),
    # an organisation's rule on who may write to its addresses: a receiving policy, our address outside it
    ("5.7.1", "554 5.7.1 <rota@hospital.example>: Recipient address rejected: This mailbox only accepts mail from "
              "within the Trust", "policy_violation"),
    ("5.7.1", "550 5.7.1 Only internal senders may write to payroll@firm.example", "policy_violation"),
])
def test_the_words_decide(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason


@pytest.mark.parametrize("status, diagnostic, reason", [
    # a server retired from a cluster is no person who left the firm (RFC 3463 X.3.2: the system takes no mail now)
    ("4.3.2", "451 4.3.2 This server was retired from the cluster; please try again later", "not_accept"),
    # a list's own members are the sender's right (Sisimai: "by non-member to a members-only list")
    ("5.7.1", "550 5.7.1 Only members of chess-club may post to this list.", "rejected"),
    # our own sending account disabled is ours, not the recipient's
    ("5.7.1", "550 5.7.1 Your sending account is deactivated during the audit", "rejected"),
    # a block list of the recipient's is still a block by the person (filtered); one of the site's a block of us
    ("5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.8] blocked using zen.spamhaus.org", "blocked"),
])
def test_what_the_words_are_not(status: str | None, diagnostic: str, reason: str) -> None:
    assert decide(status=status, diagnostic=diagnostic, action="failed") == reason
