"""What a report names that is never a failed recipient, and the recipients it must still find.

Written for the rules (issue 8 family 6), each message written here for its test:

1. a role account (postmaster@, abuse@, support@ ...) named as a contact - after a contact label
   in any language, or alone on a line below the recipients - is never a failed recipient; the
   mail system's own record of it with the server's answer, a DSN's Final-Recipient,
   X-Failed-Recipients and the returned original's only To still name it;
2. a message id or a queue id in an address's shape ("Message <id@host>", "queued as <id@host>",
   "id=<...>", a timestamp local part) is never a recipient;
3. an address in a link (mailto:, https://) is never a recipient of a text notice, an address in
   the sender's own domain is no recipient beside another one, and "the message sent by <sender>
   to <recipient>" names the recipient, never the sender;
4. list mail is addressed To the list: the list's own address in the returned original leaves a
   Mailman / ezmlm VERP address's member as the recipient;
5. an address literal (``name@[192.0.2.55]``) keeps its closing bracket;
6. the alias the sender wrote ("(expanded from <alias>)") is reported as original_recipient when
   the DSN fields are complete.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.address import common_verp_list, normalize
from filter.core.detectors.text import anchors, lone_address
from filter.core.message import ParsedMessage
from shapes import mail

HEAD = """
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.relay.example>
To: letters@ourshop.example
Subject: Returned mail
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
"""


def failed(raw: bytes, **kw) -> dict[str | None, str]:
    report = classify(raw, **kw)
    assert report.kind in ("failed", "delayed"), report.kind
    return {r.address: r.class_ for r in report.recipients}


def named(raw: bytes) -> set[str]:
    """The addresses the report gives (records without one left out)."""
    return {a for a in failed(raw) if a}


# -- 1. role accounts named as contacts --------------------------------------------------------------
CONTACT_LINES = [
    "Kontakt: postmaster@far.example",
    "Contact : postmaster@far.example",
    "Contacto: abuse@far.example",
    "Contato: hostmaster@far.example",
    "Contatto: support@far.example",
    "Контакт: postmaster@far.example",
    "联系人：postmaster@far.example",
    "聯絡人：helpdesk@far.example",
    "連絡先：postmaster@far.example",
    "連絡先: abuse@far.example",
    "문의: postmaster@far.example",
    "연락처: noc@far.example",
    "İletişim: security@far.example",
    "postmaster@far.example",
    "  <abuse@far.example>",
    "Postmaster <postmaster@far.example>",
    "Bei Fragen wenden Sie sich an postmaster@far.example",
    "ユーザーは存在しません。連絡先：postmaster@far.example。",
]


@pytest.mark.parametrize("line", CONTACT_LINES)
def test_a_role_account_named_as_a_contact_is_no_recipient(line):
    body = f"<mika@far.example>: 550 5.1.1 Unknown user\n{line}\n"
    assert failed(mail(HEAD, body)) == {"mika@far.example": "hard"}


@pytest.mark.parametrize("line", [
    "Kontakt: it-team@far.example",
    "Contacto: mesa.ayuda@far.example",
    "連絡先：desk@far.example",
    "联系人：wang.admin@far.example",
    "문의: helpteam@far.example",
])
def test_any_address_after_a_contact_label_is_a_contact(line):
    assert anchors([line]) == []
    body = f"<mika@far.example>: 550 5.1.1 Unknown user\n{line}\n"
    assert named(mail(HEAD, body)) == {"mika@far.example"}


def test_a_recipient_named_before_the_contact_on_the_same_line_stays():
    found = anchors(["<mika@far.example>: 550 5.1.1 Unknown user. Kontakt: postmaster@far.example"])
    assert [a for _, a, *_ in found] == ["mika@far.example"]


@pytest.mark.parametrize("line", [
    "<postmaster@far.example>: host mx.far.example[192.0.2.7] said: 550 5.1.1 No such user",
    "postmaster@far.example: 550 5.1.1 mailbox unavailable",
    "550 <postmaster@far.example>... User unknown",
])
def test_the_mail_systems_own_record_of_a_role_account_names_it(line):
    assert [a for _, a, *_ in anchors([line])] == ["postmaster@far.example"]


def test_a_role_account_the_original_was_sent_to_is_still_the_recipient():
    # the words list the role account alone; the returned original was addressed to it
    body = ("   ----- The following addresses had delivery problems -----\n"
            "postmaster@far.example\n\n"
            "   ----- Non-delivered information -----\n"
            "The number of messages in recipient's mailbox exceeded the local limit.\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "From: letters@ourshop.example\nTo: postmaster@far.example\nSubject: Offers\n\nhello\n")
    assert named(mail(HEAD, body)) == {"postmaster@far.example"}


def test_x_failed_recipients_names_a_role_account():
    head = HEAD + "X-Failed-Recipients: abuse@far.example\n"
    body = ("A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  abuse@far.example\n    Unrouteable address\n")
    assert named(mail(head, body)) == {"abuse@far.example"}


# -- 2. message ids and queue ids ----------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Message <20261130.77aa@ourshop.example> could not be delivered.",
    "Your mail <CAF9x8Yzq1@mail.webmail.example> could not be delivered: 550 5.1.1 user unknown",
    "queued as <20261130.R7@mx.far.example>",
    "Status of id=<k2v9@mx.far.example>: failed",
    "Nachrichten-ID <k2v9@mx.far.example> wurde abgewiesen",
    "<20261130094501.GA4411@mx.far.example>",
    "Mail <1765.4a$k2@mx.far.example> rejected",
])
def test_a_message_or_queue_id_is_no_recipient(line):
    assert anchors([line]) == []
    body = f"Delivery failed.\n{line}\nReason: 550 5.1.1 recipient rejected.\n"
    assert named(mail(HEAD, body)) == set()


def test_a_recipient_after_the_message_id_stays():
    line = "Your message <CAF9x8Yzq1@mail.webmail.example> to <mika@far.example> was rejected: 550 5.1.1"
    assert [a for _, a, *_ in anchors([line])] == ["mika@far.example"]
    assert named(mail(HEAD, line + "\n")) == {"mika@far.example"}


@pytest.mark.parametrize("address", ["09012345678@docomo.example.jp", "20261130@far.example",
                                     "jo.2026@far.example", "19800512mika@far.example"])
def test_digits_alone_are_no_message_id(address):
    assert [a for _, a, *_ in anchors([f"<{address}>: 550 5.1.1 Unknown user"])] == [address]


# -- 3. links and the sender's own domain --------------------------------------------------------------
def test_a_mailto_link_is_no_recipient():
    body = "550 5.1.1 User unknown\nmailto:leave+mika=far.example@ourshop.example\n"
    assert named(mail(HEAD, body)) == set()


def test_a_mailto_link_in_another_domain_is_no_recipient_either():
    body = "550 5.1.1 User unknown\nUnsubscribe: mailto:leave@lists.elsewhere.example\n"
    assert named(mail(HEAD, body)) == set()


@pytest.mark.parametrize("line", [
    "Unsubscribe: <mailto:leave@lists.ourshop.example>",
    "Abmelden: mailto:leave+mika=far.example@ourshop.example",
    "unsubscribe here: https://ourshop.example/u?e=mika@far.example",
])
def test_an_address_inside_a_link_is_no_recipient(line):
    assert anchors([line]) == []
    body = f"<ola@other.example>: 550 5.1.1 Unknown user\n{line}\n"
    assert failed(mail(HEAD, body)) == {"ola@other.example": "hard"}


def test_a_link_after_the_recipient_leaves_it():
    line = "<ola@other.example>: 550 5.1.1 see https://help.far.example/550 for details"
    assert [a for _, a, *_ in anchors([line])] == ["ola@other.example"]


def test_the_recipient_after_the_sender_in_a_sent_by_sentence():
    body = ("Mail Delivery Failure: the message sent by letters@ourshop.example to ola@other.example "
            "was rejected by mx.other.example: 550 5.1.1 unknown\n")
    assert failed(mail(HEAD, body)) == {"ola@other.example": "hard"}
    # the sender named alone is never the recipient
    body = "This message was sent by letters@ourshop.example.\nReason: 550 5.1.1 unknown\n"
    assert named(mail(HEAD, body)) == set()


def lone(body: str) -> str | None:
    raw = f"From: MAILER-DAEMON@mx.relay.example\nTo: letters@ourshop.example\nSubject: x\n\n{body}\n".encode()
    return lone_address(ParsedMessage(raw), {"letters@ourshop.example"}, {"ourshop.example"})


def test_our_own_domain_beside_another_address_is_ours():
    assert lone("La remise a échoué : mika@far.example (copie : archive@ourshop.example)") == "mika@far.example"
    assert lone("Kopie: archive@ourshop.example\nDie Zustellung scheiterte bei mika@far.example") == "mika@far.example"


def test_our_own_domain_alone_is_still_the_recipient():
    # mail sent inside the company: the only address the words name
    assert lone("La remise a échoué : colleague@ourshop.example") == "colleague@ourshop.example"
    # two of our own: no guess between them
    assert lone("La remise a échoué : colleague@ourshop.example, boss@ourshop.example") is None


def test_a_link_is_never_the_lone_address():
    assert lone("550 5.1.1 User unknown\nmailto:leave+mika=far.example@ourshop.example") is None
    assert lone("550 5.1.1 User unknown\nmailto:leave@lists.elsewhere.example") is None


# -- 4. list mail addressed To the list ----------------------------------------------------------------
def qmail_bounce(to: str, original_to: str) -> bytes:
    return mail(f"From: MAILER-DAEMON@mx.far.example\nTo: {to}\nSubject: failure notice\n", (
        "Hi. This is the qmail-send program at mx.far.example.\n"
        "I'm afraid I wasn't able to deliver your message. The recipient does not exist (#5.1.1).\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"From: digest@lists.ourshop.example\nTo: {original_to}\nSubject: offers\n\nhello\n"))


@pytest.mark.parametrize("bounce_to", [
    "digest-bounces+mika=far.example@lists.ourshop.example",
    "digest-return-42-mika=far.example@lists.ourshop.example",
    "digest-bounces+mika=far.example@bounces.lists.ourshop.example",
])
def test_list_mail_to_the_list_names_the_verp_member(bounce_to):
    raw = qmail_bounce(bounce_to, "Digest <digest@lists.ourshop.example>")
    assert failed(raw) == {"mika@far.example": "hard"}


def test_the_list_among_several_addressees_still_names_the_verp_member():
    raw = qmail_bounce("digest-bounces+mika=far.example@lists.ourshop.example",
                       "digest@lists.ourshop.example, ola@other.example")
    assert failed(raw) == {"mika@far.example": "hard"}


def test_the_original_naming_someone_else_still_wins_over_the_guess():
    raw = qmail_bounce("digest-bounces+mika=far.example@lists.ourshop.example", "ola@other.example")
    assert named(raw) == {"ola@other.example"}


def test_a_configured_pattern_comes_before_the_list_rule():
    raw = qmail_bounce("bounce+ola=other.example@ourshop.example", "digest@lists.ourshop.example")
    assert classify_with(raw, "bounce+LOCAL=DOMAIN@*") == {"ola@other.example"}


def classify_with(raw: bytes, pattern: str) -> set[str]:
    return {r.address for r in classify(raw, verp=pattern).recipients if r.address}


def test_the_list_address_of_a_verp_address():
    assert common_verp_list("digest-bounces+mika=far.example@lists.ourshop.example") == \
        ["digest@lists.ourshop.example", "digest@ourshop.example"]
    assert common_verp_list("mika@far.example") == []


# -- 5. address literals ------------------------------------------------------------------------------
@pytest.mark.parametrize("written, address", [
    ("name@[192.0.2.55]", "name@[192.0.2.55]"),
    ("<name@[192.0.2.55]>", "name@[192.0.2.55]"),
    ("[name@[192.0.2.55]]", "name@[192.0.2.55]"),
    ("name@[192.0.2.55]]", "name@[192.0.2.55]"),
    ("<name@[IPv6:2001:db8::1]>,", "name@[ipv6:2001:db8::1]"),
    ("[mika@far.example]", "mika@far.example"),
    ("mika@far.example]", "mika@far.example"),
])
def test_an_address_literal_keeps_its_closing_bracket(written, address):
    assert normalize(written) == address


def test_a_report_on_an_address_literal_names_it():
    body = ("A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  name@[192.0.2.55]\n    550 5.1.1 User unknown\n")
    assert failed(mail(HEAD, body)) == {"name@[192.0.2.55]": "hard"}


# -- 6. the alias beside complete DSN fields -----------------------------------------------------------
def test_the_alias_the_sender_wrote_is_the_original_recipient():
    head = HEAD.replace("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
                        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n')
    body = ("--B\nContent-Type: text/plain\n\n"
            "<desk.real@inner.example> (expanded from <sales@far.example>): host\n"
            "    mx.inner.example[192.0.2.9] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n"
            "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.relay.example\n\n"
            "Final-Recipient: rfc822; desk.real@inner.example\nAction: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--B--\n")
    [rec] = classify(mail(head, body)).recipients
    assert (rec.address, rec.original_recipient, rec.class_) == ("desk.real@inner.example", "sales@far.example", "hard")


def test_the_alias_wrapped_onto_the_next_line():
    head = HEAD.replace("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
                        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n')
    body = ("--B\nContent-Type: text/plain\n\n"
            "<a.very.long.mailbox.name.for.this.test@inner.example> (expanded\n"
            "    from <sales@far.example>): host mx.inner.example[192.0.2.9] said: 550 5.1.1 User\n"
            "    unknown (in reply to RCPT TO command)\n\n"
            "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.relay.example\n\n"
            "Final-Recipient: rfc822; a.very.long.mailbox.name.for.this.test@inner.example\nAction: failed\n"
            "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--B--\n")
    [rec] = classify(mail(head, body)).recipients
    assert rec.original_recipient == "sales@far.example"
