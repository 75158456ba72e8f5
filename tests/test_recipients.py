"""Recipient extraction: which addresses a report names as failed, and only those.

Every message here is written for its test, the way the reporting software writes it; each test
asserts the exact set of addresses reported.
"""
from __future__ import annotations

import pytest

from filter import Envelope, classify
from shapes import mail


def addresses(raw: bytes, **kw) -> set[str | None]:
    """The addresses a failure or delay report names as not delivered (a recipient it lists as delivered is reported
    ``delivered``, as a DSN's "Action: delivered" is: never one of these)."""
    report = classify(raw, **kw)
    assert report.kind in ("failed", "delayed"), report.kind
    return {r.address for r in report.recipients if r.reason != "delivered"}


POSTFIX_HEAD = """
From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)
To: bounces@sender.example
Subject: Undelivered Mail Returned to Sender
"""

POSTFIX_INTRO = """This is the mail system at host mx.sender.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

"""

REPORT_HEAD = POSTFIX_HEAD + """MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"
"""


def report(text: str, fields: str, original: str = "", original_type: str = "text/rfc822-headers") -> str:
    body = (f"--B\nContent-Type: text/plain\n\n{text}\n\n--B\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; mx.sender.example\n\n{fields.strip()}\n\n")
    if original:
        body += f"--B\nContent-Type: {original_type}\n\n{original.strip()}\n\n"
    return body + "--B--\n"


# -- 1. quoted-printable soft line breaks ------------------------------------------------------------
def test_soft_line_break_inside_an_address_in_a_text_bounce():
    # a QP-encoded report whose Content-Transfer-Encoding was lost on the way
    body = POSTFIX_INTRO + (
        "<jane.do=\ne@example.com>: host mx.example.com[192.0.2.5] said: 550 5.1.1 User unkn=\n"
        "own (in reply to RCPT TO command)\n\n"
        "<bob@exam=\nple.org>: host mx.example.org[192.0.2.6] said: 550 5.1.1 No such user (in=\n"
        " reply to RCPT TO command)\n")
    assert addresses(mail(POSTFIX_HEAD, body)) == {"jane.doe@example.com", "bob@example.org"}


def test_soft_line_break_with_indented_continuation():
    body = ("A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  averyveryverylongmailboxname.jane.do=\n   e@example.com\n"
            "    550 5.1.1 mailbox unavailable\n")
    head = "From: Mail Delivery System <Mailer-Daemon@relay.example>\nTo: bounces@sender.example\n" \
           "Subject: Mail delivery failed: returning message to sender"
    assert addresses(mail(head, body)) == {"averyveryverylongmailboxname.jane.doe@example.com"}


def test_soft_line_break_in_a_delivery_status_field():
    fields = ("Final-Recipient: rfc822; averyveryverylongmailboxname.jane.do=\ne@example.com\n"
              "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown")
    assert addresses(mail(REPORT_HEAD, report("The mail system", fields))) == {
        "averyveryverylongmailboxname.jane.doe@example.com"}


def test_soft_line_break_in_the_to_of_a_pasted_original():
    head = "From: MAILER-DAEMON@mx.example\nTo: bounces@sender.example\nSubject: Undeliverable"
    body = ("Your message could not be delivered.\n550 5.1.1 Mailbox does not exist\n\n"
            "--- Original message follows\n\n"
            "From: news@sender.example\nTo: averyveryverylongmailboxname.jane.do=\ne@example.com\nSubject: hi\n\nHello\n")
    assert addresses(mail(head, body)) == {"averyveryverylongmailboxname.jane.doe@example.com"}


def test_a_line_ending_in_equals_outside_an_address_is_left_alone():
    body = POSTFIX_INTRO + "<jane@example.com>: host mx.example.com[192.0.2.5] said: 550 5.1.1 unknown\n" \
                           "==========\nbob@example.org is not affected=\nfoo\n"
    assert addresses(mail(POSTFIX_HEAD, body)) == {"jane@example.com"}


# -- 2. recipients only the envelope headers name ----------------------------------------------------
_NO_ADDRESS = "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist"


def test_x_failed_recipients_names_the_recipient_first():
    head = REPORT_HEAD.replace("To: bounces@sender.example", "To: bounces+jo=example.org@sender.example") + \
        "X-Failed-Recipients: ann@example.net\n"
    raw = mail(head, report("Delivery failed.", _NO_ADDRESS, "From: a@sender.example\nTo: other@example.com"))
    assert addresses(raw) == {"ann@example.net"}


def test_x_failed_recipients_fills_every_unnamed_recipient():
    head = REPORT_HEAD + "X-Failed-Recipients: ann@example.net, bob@example.net\n"
    fields = "Final-Recipient: rfc822; ann@example.net\n" + _NO_ADDRESS + "\n\n" + _NO_ADDRESS
    assert addresses(mail(head, report("Delivery failed.", fields))) == {"ann@example.net", "bob@example.net"}


def test_verp_before_the_original_to():
    head = REPORT_HEAD.replace("To: bounces@sender.example", "To: bounces+jo=example.org@sender.example")
    raw = mail(head, report("Delivery failed.", _NO_ADDRESS, "From: a@sender.example\nTo: other@example.com"))
    assert addresses(raw) == {"jo@example.org"}
    raw = mail(REPORT_HEAD, report("Delivery failed.", _NO_ADDRESS))
    assert addresses(raw, envelope=Envelope(recipient="bounces+kim=example.org@sender.example")) == {"kim@example.org"}


def test_original_to_with_exactly_one_recipient():
    fields = "Final-Recipient: rfc822; <>\n" + _NO_ADDRESS
    original = "From: News <news@sender.example>\nTo: \"Only One\" <only@example.com>\nSubject: hi"
    assert addresses(mail(REPORT_HEAD, report("Delivery failed.", fields, original))) == {"only@example.com"}
    # a returned original as message/rfc822
    raw = mail(REPORT_HEAD, report("Delivery failed.", fields, original + "\n\nHello\n", "message/rfc822"))
    assert addresses(raw) == {"only@example.com"}


def test_original_with_several_recipients_names_no_one():
    for original in ("From: news@sender.example\nTo: a@example.com, b@example.com\nSubject: hi",
                     "From: news@sender.example\nTo: a@example.com\nCc: b@example.com\nSubject: hi"):
        assert addresses(mail(REPORT_HEAD, report("Delivery failed.", _NO_ADDRESS, original))) == {None}


def test_text_bounce_without_address_takes_x_failed_recipients():
    head = ("From: Mail Delivery System <Mailer-Daemon@relay.example>\nTo: bounces+jo=example.org@sender.example\n"
            "Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: ann@example.net")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. "
            "This is a permanent error.\n\n    550 5.1.1 mailbox unavailable\n")
    assert addresses(mail(head, body)) == {"ann@example.net"}


# -- 3. addresses next to CJK punctuation and full-width characters ----------------------------------
JA_HEAD = """
From: MAILER-DAEMON@mx.example.jp
To: bounces@sender.example
Subject: =?UTF-8?B?6YWN5L+h44Ko44Op44O8?= Undeliverable
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
JA_INTRO = "送信されたメッセージは次の宛先に配信できませんでした。\nYour message could not be delivered.\n\n"


@pytest.mark.parametrize("line, expected", [
    ("宛先 user@example.jp。550 5.1.1 User unknown", {"user@example.jp"}),
    ("收件人（user@example.cn）不存在。550 5.1.1", {"user@example.cn"}),
    ("<user@example.cn>：550 5.1.1 用户不存在", {"user@example.cn"}),
    ("user@example.cn：550 5.1.1 用户不存在", {"user@example.cn"}),
    ("宛先「user@example.jp」は存在しません (550 5.1.1)", {"user@example.jp"}),
    ("宛先：user@example.jp、550 5.1.1 User unknown", {"user@example.jp"}),
    ("a@example.cn，\nb@example.cn、\nc@example.cn。\n550 5.1.1 用户不存在", {"a@example.cn", "b@example.cn", "c@example.cn"}),
    ("【a@example.cn】（550 5.1.1 用户不存在）\n《b@example.cn》：550 5.1.1 用户不存在", {"a@example.cn", "b@example.cn"}),
    ("宛先：ｕｓｅｒ＠ｅｘａｍｐｌｅ．ｊｐ\n550 5.1.1 User unknown", {"user@example.jp"}),
    ("宛先：user＠example.jp\n550 5.1.1 User unknown", {"user@example.jp"}),
    ("“user@example.cn”：550 5.1.1 用户不存在", {"user@example.cn"}),
])
def test_cjk_punctuation_and_full_width_forms(line, expected):
    assert addresses(mail(JA_HEAD, JA_INTRO + line + "\n")) == expected


def test_full_width_at_in_a_delivery_status_field():
    fields = "Final-Recipient: rfc822; ｕｓｅｒ＠ｅｘａｍｐｌｅ．ｊｐ\n" + _NO_ADDRESS
    assert addresses(mail(REPORT_HEAD, report("Delivery failed.", fields))) == {"user@example.jp"}


# -- 4. message ids are never recipients -------------------------------------------------------------
def test_quoted_message_id_in_the_report_text():
    body = ("Your message could not be delivered to the following recipient:\n\n"
            "    jane@example.com\n    550 5.1.1 User unknown\n\n"
            "Original message ID:\n    <20240101.abc@mail.example>\n"
            "Message-ID: <20240101.abc@mail.example>\n"
            "In-Reply-To:\n <20231231.xyz@mail.example>\n"
            "References: <20231230.aaa@mail.example>\n <20231231.xyz@mail.example> <20231231.www@mail.example>\n"
            "\t<20231231.zzz@mail.example>\n")
    head = "From: MAILER-DAEMON@mx.example\nTo: bounces@sender.example\nSubject: Undeliverable"
    assert addresses(mail(head, body)) == {"jane@example.com"}


def test_message_id_is_not_taken_when_no_recipient_is_named():
    head = "From: MAILER-DAEMON@mx.example\nTo: bounces@sender.example\nSubject: Undeliverable"
    body = ("Your message could not be delivered.\n550 5.1.1 Mailbox does not exist\n\n"
            "The message id was <20240101.abc@mail.example>.\n\n"
            "--- Original message follows\n\n"
            "Message-ID:\n  <20240101.abc@mail.example>\nFrom: news@sender.example\nTo: only@example.com\nSubject: hi\n")
    assert addresses(mail(head, body)) == {"only@example.com"}


def test_message_id_of_the_returned_headers_in_a_dsn():
    text = "Your message could not be delivered.\n\n  <20240101.abc@mail.example>: 550 5.1.1 unknown\n"
    original = "Message-ID: <20240101.abc@mail.example>\nFrom: news@sender.example\nTo: only@example.com\nSubject: hi"
    raw = mail(REPORT_HEAD, report(text, _NO_ADDRESS, original))
    assert addresses(raw) == {"only@example.com"}


def test_header_lines_of_an_unmarked_original_name_no_recipient():
    head = "From: MAILER-DAEMON@mx.example\nTo: bounces@sender.example\nSubject: Undeliverable"
    body = ("Delivery to the following recipient failed permanently:\n\n     jane@example.com\n\n"
            "550 5.1.1 User unknown\n\n"
            "   In-Reply-To: <20231231.xyz@mail.example>\n"
            "   Message-Id:\n\t<20240101.abc@mail.example>\n")
    assert addresses(mail(head, body)) == {"jane@example.com"}


# -- 5. aliases: "(expanded from <alias>)" -----------------------------------------------------------
def test_postfix_expanded_from_in_a_text_bounce():
    body = POSTFIX_INTRO + (
        "<final@example.net> (expanded from <alias@example.com>): host mx.example.net[192.0.2.1]\n"
        "    said: 550 5.1.1 <final@example.net>: Recipient address rejected: User unknown\n"
        "    (in reply to RCPT TO command)\n\n"
        "<a.rather.long.final.mailbox.name@example.net> (expanded from\n"
        "    <team@example.com>): host mx.example.net[192.0.2.1] said: 552 5.2.2 Mailbox\n"
        "    full (in reply to RCPT TO command)\n\n"
        "<another.rather.long.final.mailbox@example.net> (expanded\n"
        "    from <sales@example.com>): host mx.example.net[192.0.2.1] said: 550 5.1.1\n"
        "    No such user (in reply to RCPT TO command)\n")
    report = classify(mail(POSTFIX_HEAD, body))
    got = {r.address: r.original_recipient for r in report.recipients}
    assert got == {"final@example.net": "alias@example.com",
                   "a.rather.long.final.mailbox.name@example.net": "team@example.com",
                   "another.rather.long.final.mailbox@example.net": "sales@example.com"}
    assert {r.address: r.reason for r in report.recipients}["a.rather.long.final.mailbox.name@example.net"] == "mailbox_full"


def test_postfix_expanded_from_in_a_dsn():
    text = POSTFIX_INTRO + ("<a.rather.long.final.mailbox.name@example.net> (expanded from\n"
                            "    <team@example.com>): host mx.example.net[192.0.2.1] said: 550 5.1.1\n"
                            "    No such user (in reply to RCPT TO command)\n")
    fields = ("Final-Recipient: rfc822; a.rather.long.final.mailbox.name@example.net\n"
              "Original-Recipient: rfc822;team@example.com\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 No such user")
    rep = classify(mail(REPORT_HEAD, report(text, fields)))
    assert [(r.address, r.original_recipient) for r in rep.recipients] == [
        ("a.rather.long.final.mailbox.name@example.net", "team@example.com")]
    # fields that leave the rest to the text, which names the alias
    fields = "Final-Recipient: rfc822; a.rather.long.final.mailbox.name@example.net\nAction: failed\nStatus: 5.0.0"
    rep = classify(mail(REPORT_HEAD, report(text, fields)))
    assert [(r.address, r.original_recipient, r.status) for r in rep.recipients] == [
        ("a.rather.long.final.mailbox.name@example.net", "team@example.com", "5.1.1")]


def test_exim_generated_from():
    head = ("From: Mail Delivery System <Mailer-Daemon@relay.example>\nTo: bounces@sender.example\n"
            "Subject: Mail delivery failed: returning message to sender")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  final@example.net\n    (generated from alias@example.com)\n"
            "    host mx.example.net [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<final@example.net>:\n"
            "    550 5.1.1 User unknown\n"
            "  pipe to |/usr/local/bin/handler\n    generated by tickets@example.com\n"
            "    Child process of pipe transport returned 1\n")
    report = classify(mail(head, body))
    assert {r.address: r.original_recipient for r in report.recipients} == {
        "final@example.net": "alias@example.com", "tickets@example.com": None}


# -- Exim: the reason indented below the address; addresses in it are words of the reply ------------
def test_addresses_in_exims_indented_reason_are_not_recipients():
    # Exim's layout (spec, "Bounce messages"): the failed address indented two spaces, what went
    # wrong indented below it; a delisting mailbox or a callout's "RCPT TO:<our sender>" there is
    # a word of the remote reply; the next address at the first indentation is a recipient again
    head = ("From: Mail Delivery System <Mailer-Daemon@relay.example>\nTo: bounces@sender.example\n"
            "Subject: Mail delivery failed: returning message to sender")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  first@example.net\n    host mx.example.net [192.0.2.1]\n"
            "    SMTP error from remote mail server after initial connection:\n"
            "    554 Your host is listed; to be removed write to removals@lists.example.org\n"
            "  second@example.org\n    host mx.example.org [192.0.2.2]\n"
            "    SMTP error from remote mail server after RCPT TO:<second@example.org>:\n"
            "    550 Verification failed for <bounces@sender.example> Sent: RCPT TO:<bounces@sender.example>\n")
    report = classify(mail(head, body))
    assert [r.address for r in report.recipients] == ["first@example.net", "second@example.org"]


# -- a folded reply that starts a line with an address ---------------------------------------------
def test_an_address_opening_a_folded_reply_line_is_a_word_of_the_reply():
    # Postfix wraps a long reply and indents the rest: "<s@sender.example>: ..." on the second line
    # is the server naming our envelope sender, not a second recipient
    text = POSTFIX_INTRO + (
        "<jane@example.com>: host mx.example.com[192.0.2.5] said: 553 5.1.8\n"
        "    <s@sender.example>: Sender address rejected: Domain not found (in reply to\n"
        "    MAIL FROM command)")
    fields = ("Final-Recipient: rfc822; jane@example.com\nAction: failed\nStatus: 5.0.0\n"
              "Diagnostic-Code: smtp; 553 5.1.8 <s@sender.example>: Sender address rejected:\n"
              "    Domain not found")
    rep = classify(mail(REPORT_HEAD, report(text, fields)))
    assert [(r.address, r.reason) for r in rep.recipients] == [("jane@example.com", "rejected")]
    # a text-only report of the same shape names one recipient too
    assert addresses(mail(POSTFIX_HEAD, text)) == {"jane@example.com"}
    # while a list of bare addresses, one per indented line, stays a list of recipients
    listing = "The following recipients failed:\n\n    a@example.com\n    b@example.org\n"
    assert addresses(mail(POSTFIX_HEAD, POSTFIX_INTRO + listing)) == {"a@example.com", "b@example.org"}


# -- who a report names, by its layout ------------------------------------------------------------------
@pytest.mark.parametrize("line", ['       "Reader Example" <reader@example.net>', "Reader Example (reader@example.net)",
                                  "  Reader Example <reader@example.net>"])
def test_display_name_then_the_address_alone_on_its_line(line):
    raw = mail(POSTFIX_HEAD, f"Delivery to the following recipients failed.\n\n{line}\n\nReason: 550 5.1.1 unknown user\n")
    assert addresses(raw) == {"reader@example.net"}


def test_a_field_label_before_a_name_addr_is_no_recipient():
    raw = mail(POSTFIX_HEAD, "Delivery to the following recipient failed.\n\nreader@example.net: 550 5.1.1 unknown user\n\n"
                             "Original sender News <news@sender.example>\n")
    assert addresses(raw) == {"reader@example.net"}


@pytest.mark.parametrize("invitation", [
    "For further assistance, please send mail to <postmaster@mx.sender.example>.",
    "If you have questions, contact postmaster@mx.sender.example",
])
def test_the_reporting_sites_contact_is_no_recipient(invitation):  # RFC 2142 role accounts named as contacts
    raw = mail(POSTFIX_HEAD, f"Your message could not be delivered.\n{invitation}\n\n"
                             "<reader@example.net>: 550 5.1.1 User unknown\n")
    assert addresses(raw) == {"reader@example.net"}


def test_a_recipient_named_before_the_contact_on_its_line_stays():
    raw = mail(POSTFIX_HEAD, "Your message could not be delivered.\n\n"
                             "reader@example.net: mailbox unavailable, please contact postmaster@example.net\n")
    assert addresses(raw) == {"reader@example.net"}


def test_imcea_encapsulated_addresses():
    # Microsoft Learn, "IMCEA encapsulation": IMCEASMTP carries an SMTP address with '+XX' escapes;
    # IMCEAEX carries a legacyExchangeDN, no mailbox: the readable part names the recipient then
    fields = ("Final-Recipient: rfc822;IMCEASMTP-reader+40example+2Enet@corp.example\nAction: failed\nStatus: 5.1.1\n\n"
              "Final-Recipient: rfc822;IMCEAEX-_O=CORP_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=jo@corp.example\n"
              "Action: failed\nStatus: 5.1.1\n")
    assert addresses(mail(REPORT_HEAD, report(POSTFIX_INTRO, fields))) == {"reader@example.net", None}
    only_ex = fields.split("\n\n")[1]
    text = "Delivery has failed to these recipients or groups:\n\nJo Example (jo@corp.example)\nThe e-mail address couldn't be found.\n"
    assert addresses(mail(REPORT_HEAD, report(text, only_ex))) == {"jo@corp.example"}


@pytest.mark.parametrize("body", [
    # Exim lists the delivered addresses after the failed ones
    "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
    "The following address(es) failed:\n\n  reader@example.net\n    Unrouteable address\n\n"
    "The following address(es) were delivered:\n  other@example.org\n",
    # Gmail / Exchange: a paragraph of delivered recipients before the failed ones
    "Your message has been delivered to the following recipients:\n\nother@example.org\n\n"
    "Delivery to the following recipients failed permanently:\n\n     reader@example.net\n\n550 5.1.1 User unknown\n",
    # Postfix: a success line beside the failure (a 2xx reply of its own)
    "<reader@example.net>: host mx said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n"
    "<other@example.org>: delivery via mx.example.org[192.0.2.1]:25: 250 2.0.0 Ok\n",
])
def test_recipients_listed_as_delivered_are_not_failed(body):
    assert addresses(mail(POSTFIX_HEAD, body)) == {"reader@example.net"}


def test_a_failure_paragraph_after_a_success_one_starts_over():
    body = ("The following address(es) were delivered:\n  other@example.org\n\n"
            "The following address(es) failed:\n\n  reader@example.net\n    Unrouteable address\n"
            "  third@example.com\n    Unrouteable address\n")
    assert addresses(mail(POSTFIX_HEAD, body)) == {"reader@example.net", "third@example.com"}


def test_message_from_sender_to_recipient_names_the_recipient():
    raw = mail(POSTFIX_HEAD, "Your message from news@sender.example to reader@example.net could not be delivered.\n\n"
                             "550 5.1.1 User unknown\n")
    assert addresses(raw) == {"reader@example.net"}


def test_envelope_to_is_the_recipient_and_envelope_from_the_sender():
    raw = mail(POSTFIX_HEAD, "Delivery failed.\n\nEnvelope-From: news@sender.example\nEnvelope-To: reader@example.net\n"
                             "550 5.1.1 no such user\n")
    assert addresses(raw) == {"reader@example.net"}


def test_sendmail_expanded_from_is_the_original_recipient_not_a_recipient():
    body = ("   ----- The following addresses had permanent fatal errors -----\n<reader@example.net>\n"
            "    (reason: 550 5.1.1 User unknown)\n    (expanded from: <list@sender.example>)\n<other@example.org>\n"
            "    (reason: 552 5.2.2 Mailbox full)\n")
    report = classify(mail(POSTFIX_HEAD, body))
    assert {(r.address, r.original_recipient) for r in report.recipients} == \
        {("reader@example.net", "list@sender.example"), ("other@example.org", None)}


def test_one_record_per_mailbox_however_cased():
    raw = mail(POSTFIX_HEAD, "<Reader@Example.NET>: host mx said: 550 5.1.1 User unknown\n\n"
                             "reader@example.net\n    550 5.1.1 User unknown\n")
    assert {a.lower() for a in addresses(raw)} == {"reader@example.net"} and len(addresses(raw)) == 1


def test_a_dsn_repeating_a_recipients_block_gives_one_record():
    block = "Final-Recipient: rfc822; reader@example.net\nAction: failed\nStatus: 5.1.1\n"
    result = classify(mail(REPORT_HEAD, report(POSTFIX_INTRO, "\n".join([block] * 3))))
    assert [r.address for r in result.recipients] == ["reader@example.net"]


def test_messaging_server_channel_address_gives_way_to_the_original_recipient():
    # Sun / Oracle Messaging Server: "user@ims-ms-daemon" is the message store channel's routing name
    fields = ("Action: failed\nStatus: 5.0.0 (recipient reached disk quota)\n"
              "Original-recipient: rfc822;reader@example.net\nFinal-recipient: rfc822;reader@ims-ms-daemon\n")
    result = classify(mail(REPORT_HEAD, report(POSTFIX_INTRO, fields)))
    assert [(r.address, r.original_recipient) for r in result.recipients] == [("reader@example.net", None)]


def test_a_dotless_final_recipient_of_another_kind_stays_the_recipient():
    # a host name without a dot is still the address the report is about (RFC 3464 section 2.3.2)
    fields = "Final-Recipient: rfc822; reader@mailhub0\nOriginal-Recipient: rfc822;reader@example.net\nAction: failed\nStatus: 5.2.0\n"
    result = classify(mail(REPORT_HEAD, report(POSTFIX_INTRO, fields)))
    assert [(r.address, r.original_recipient) for r in result.recipients] == [("reader@mailhub0", "reader@example.net")]


@pytest.mark.parametrize("address", ["imceafoo@example.com", "IMCEA-x@example.com"])
def test_a_local_part_that_merely_starts_like_imcea_is_kept(address):
    from filter.core.address import normalize

    assert normalize(address) == address


# -- the sender's address named in the report is never a failed recipient ------------------------------
CJK_HEAD = """
From: MAILER-DAEMON@mx.example.jp
To: news@sender.example
Subject: Mail delivery failed
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
"""


@pytest.mark.parametrize("label", ["送信者：", "差出人：", "发件人：", "寄件者：", "발신자: ", "Absender: ",
                                   "Expéditeur : ", "Remitente: ", "Mittente: ", "Afzender: ", "Nadawca: "])
def test_a_sender_label_in_another_language_names_no_recipient(label):
    # reports in other languages label the original's sender with their own word for "sender"
    body = (f"メールを配信できませんでした。\n\n宛先：「reader@example.jp」\n理由：User unknown\n\n"
            f"宛先：（other@example.jp）。\n理由：Mailbox full\n\n{label}news@sender.example\n")
    assert addresses(mail(CJK_HEAD, body)) == {"reader@example.jp", "other@example.jp"}


def test_the_reports_addressee_listed_among_recipients_is_the_sender():
    # a bare line naming the address the report was sent to: the original's sender, not a recipient
    body = ("Your message could not be delivered to the following recipients:\n\n  reader@example.jp\n"
            "    550 5.1.1 User unknown\n  other@example.jp\n    552 5.2.2 Mailbox full\n\n"
            "Original sender:\n  news@sender.example\n")
    assert addresses(mail(CJK_HEAD, body)) == {"reader@example.jp", "other@example.jp"}


def test_a_report_about_the_senders_own_address_alone_keeps_it():
    # mail the sender sent to itself: the only address the report names stays the recipient
    body = "Your message could not be delivered to the following recipient:\n\n  news@sender.example\n" \
           "    550 5.1.1 User unknown\n"
    assert addresses(mail(CJK_HEAD, body)) == {"news@sender.example"}


@pytest.mark.parametrize("line", [
    "Your message <20261130.4F2A@mail.sender.example> to <reader@example.net> could not be delivered:",
    "Your message (ID <20261130.4F2A@mail.sender.example>) to reader@example.net could not be delivered:",
    "The mail <20261130.4F2A@mail.sender.example> addressed to reader@example.net was refused:",
])
def test_a_message_id_before_to_names_the_message_and_the_address_after_it_the_recipient(line):
    raw = mail(POSTFIX_HEAD, line + "\n550 5.1.1 User unknown\n")
    assert addresses(raw) == {"reader@example.net"}


def test_an_address_glued_to_the_words_of_a_japanese_report():
    body = ("次の宛先へのメールは配信できませんでした。\n\nreader@example.jp宛てのメール\n理由: 550 5.1.1 User unknown\n")
    assert addresses(mail(CJK_HEAD, body)) == {"reader@example.jp"}


# -- the report's own addressee and the X-Failed-Recipients header, weighed in the right order ---------
def test_our_address_with_a_reply_does_not_outweigh_the_addressee():
    # the reply names OUR address (refused as sender): the addressee is the failed recipient
    head = ("From: Mail Delivery System <Mailer-Daemon@mx.example.com>\nTo: s@sender.example\n"
            "Subject: Undeliverable: hello")
    body = ("Your message to a@example.net could not be delivered.\n\nThe remote server replied:\n\n"
            "<s@sender.example>: 550 5.1.0 Sender address rejected: domain has no MX\n")
    report = classify(mail(head, body))
    assert [r.address for r in report.recipients] == ["a@example.net"]


def test_an_address_only_the_failed_recipients_header_names_borrows_no_other_reply():
    head = ("From: Mail Delivery System <Mailer-Daemon@relay.example>\nTo: s@sender.example\n"
            "X-Failed-Recipients: a@example.net, b@example.org\n"
            "Subject: Mail delivery failed: returning message to sender")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  a@example.net\n    host mx.example.net [192.0.2.1]\n"
            "    SMTP error from remote mail server after RCPT TO:<a@example.net>:\n"
            "    550 5.1.1 User unknown\n")
    got = {r.address: (r.reason, r.status) for r in classify(mail(head, body)).recipients}
    assert got["a@example.net"] == ("user_unknown", "5.1.1")
    assert got["b@example.org"][1] is None and got["b@example.org"][0] != "user_unknown"


# -- the one address a notice names, as the last resort ---------------------------------------------
_LONE_HEAD = ("From: Mail Delivery System <mailer-daemon@mx.example.net>\nTo: news@sender.example\n"
              "Subject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\n"
              "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")


@pytest.mark.parametrize("body,expected", [
    # a word order no sentence form knows: the only address the words name is the recipient
    ("La remise à anna@example.fr est différée. Le serveur continuera à essayer.", "anna@example.fr"),
    ("anna@example.com.tr adresine iletiniz henüz teslim edilemedi.", "anna@example.com.tr"),
    # the report's addressee (our sender) and a role account beside it are never the recipient
    ("Votre message de news@sender.example: la remise à anna@example.fr a échoué.\nContact: postmaster@example.fr",
     "anna@example.fr"),
    # two addresses the words name: no guess between them
    ("La remise à anna@example.fr et à paul@example.fr a échoué.", None),
    # an address the reader is invited to write to is no recipient, whatever its local part
    ("La remise à anna@example.fr a échoué. Écrivez à info@example.fr pour plus d'informations.", "anna@example.fr"),
    ("Ihre Nachricht konnte nicht zugestellt werden: Benutzer unbekannt.\n"
     "Bei Fragen schreiben Sie an kundenservice@mx.example.net.", None),
    ("Votre message n'a pas pu être remis.\nPour toute question : assistance@mx.example.net", None),
    # our own address named as the sender, in the report's language
    ("Ihre Nachricht konnte nicht zugestellt werden: Benutzer unbekannt.\nVon: Newsletter <news@lists.example.org>", None),
    ("Ihre Nachricht konnte nicht zugestellt werden: Benutzer unbekannt.\nAbsender der Nachricht: bounces-1@lists.example.org",
     None),
    ("Votre message n'a pas pu être remis.\nL'expéditeur était bounces-1@lists.example.org", None),
    ("No se pudo entregar el mensaje.\nEl mensaje fue enviado por bounces-1@lists.example.org", None),
    ("Ihre Nachricht konnte nicht zugestellt werden.\nQueue ID: 4ABC123 id 20261201.abc@mx.example.net", None),
    # a message id under its localized label, an address inside a link
    ("Ihre Nachricht konnte nicht zugestellt werden: Benutzer unbekannt.\nNachrichten-ID: <20261201.abc@sender.example>",
     None),
    ("メールを配信できませんでした。宛先不明です。\nメッセージID: <20261201.abc@sender.example>", None),
    ("Your message could not be delivered. User unknown.\nSee https://user:pw@help.example.net/x", None),
    # an address in the domain the report was sent to is ours (a list or VERP address), never the
    # recipient beside another one
    ("您的邮件无法传送到 anna@example.cn，因为收件人不存在。\n本通知由系统发送给 news@sender.example。", "anna@example.cn"),
    ("İletiniz anna@example.com.tr adresine teslim edilemedi: kullanıcı bulunamadı.\n"
     "Sorularınız için yardim@mx.example.net adresine gönderdiğiniz e-postalar yanıtlanır.", "anna@example.com.tr"),
    # a contact line alone names no recipient
    ("Votre message n'a pas pu être remis.\nPlease contact helpdesk@example.fr for assistance.", None),
    # the address the words give as the mail's origin ("not accepting mail from <our list>")
    ("Your mail could not be delivered because they are not accepting mail from news@lists.example.org:\n"
     "\tscreenname", None),
    # a message id is no recipient
    ("Votre message n'a pas pu être remis.\nMessage-ID: <20261201.abc@sender.example>", None),
])
def test_the_one_address_a_notice_names_is_its_recipient(body, expected):
    report = classify(mail(_LONE_HEAD, body + "\n"))
    assert report.kind in ("failed", "delayed")
    assert [r.address for r in report.recipients] == [expected]


def test_the_returned_original_outranks_the_one_address_of_the_words():
    """With a returned original, its single To names the recipient (the words' address is not read)."""
    body = ("La remise a échoué. Pour toute question: info@example.fr\n\n"
            "----- Original message -----\n\nFrom: news@sender.example\nTo: anna@example.fr\n"
            "Subject: Hi\n\nhello\n")
    report = classify(mail(_LONE_HEAD, body))
    assert [r.address for r in report.recipients] == ["anna@example.fr"]


@pytest.mark.parametrize("listed", [
    "K. Reader (k.reader@corp.example)",
    "Karin K. Reader (k.reader@corp.example)",
    "J. R. Reader <k.reader@corp.example>",
])
def test_a_display_name_with_initials_names_the_listed_recipient(listed):
    """Exchange lists the failed recipients by name and address under its heading; an initial's
    period belongs to the name (it does not end a sentence before the address)."""
    head = ("From: Microsoft Outlook <postmaster@corp.example>\nTo: news@sender.example\n"
            "Subject: Undeliverable: November news\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8")
    body = f"Delivery has failed to these recipients or groups:\n\n{listed}\nThe email address you entered couldn't be found.\n"
    report = classify(mail(head, body))
    assert [(r.address, r.reason) for r in report.recipients] == [("k.reader@corp.example", "user_unknown")]


def test_a_chinese_sentence_with_the_message_between_the_verb_and_the_address():
    """Exchange Online zh-CN: "无法将你的邮件传递给 <address>。" (could not deliver your message to)."""
    head = ("From: Microsoft Outlook <postmaster@corp.example>\nTo: news@sender.example\n"
            "Subject: Undeliverable: News\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8")
    report = classify(mail(head, "无法将你的邮件传递给 k.reader@corp.example。\n找不到你输入的电子邮件地址。\n"))
    assert [(r.address, r.reason) for r in report.recipients] == [("k.reader@corp.example", "user_unknown")]


@pytest.mark.parametrize("contact", [
    "Si tiene dudas, envíe un correo a ayuda@mx.example.net.",
    "Per domande invia una e-mail a assistenza@mx.example.net.",
    "Em caso de dúvidas, envie uma mensagem a ajuda@mx.example.net.",
    "Если у вас есть вопросы, напишите письмо на адрес help@mx.example.net.",
    "W razie pytań napisz w formie wiadomości do pomoc@mx.example.net.",
    "Skicka ett meddelande till kundtjanst@mx.example.net om du har frågor.",
    "S dotazy se obraťte jako zprávu na adresu podpora@mx.example.net.",
    "Pour toute question, envoyez un courriel à assistance@mx.example.net.",
    # our own address, named as the notice's addressee in the report's words
    "本通知由系统发送给 news@sender.example。",
])
def test_an_invitation_to_write_names_no_second_recipient(contact):
    """The localized "message to <address>" forms read a contact sentence too; the words that invite
    the reader to write (and the returned mail's own sender) keep that address out."""
    head = ("From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\nTo: bounces+x@sender.example\n"
            "Subject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit")
    body = ("Your message wasn't delivered to rcpt@example.com because the address couldn't be found.\n"
            f"{contact}\n\n----- Original message -----\n\nFrom: news@sender.example\nTo: rcpt@example.com\n"
            "Subject: Hi\n\nhello\n")
    report = classify(mail(head, body))
    assert [(r.address, r.reason) for r in report.recipients] == [("rcpt@example.com", "user_unknown")]


def test_a_dsn_recipient_in_the_reports_own_domain_stays():
    """RFC 3464 names each failed recipient in its own Final-Recipient field: a colleague in the
    domain the report was sent to is one of them (only words the report writes are weighed)."""
    raw = mail("""From: MAILER-DAEMON@mx.corp.example (Mail Delivery System)
To: bounces@corp.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"
""", """--B
Content-Type: text/plain

The mail system could not deliver to the recipients below.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.corp.example

Final-Recipient: rfc822; alice@corp.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 no such user

Final-Recipient: rfc822; bob@other.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 no such user

--B--
""")
    assert sorted(r.address for r in classify(raw).recipients) == ["alice@corp.example", "bob@other.example"]


def test_the_invitation_index_words_stand_for_the_pattern():
    """``text._invites`` tries ``_INVITE`` only on a line holding one of ``_INVITE_WORDS``: every
    invitation the pattern reads in this module's notices holds one (the fast answer is the
    pattern's)."""
    import inspect
    import sys

    from filter.core.detectors.text import _INVITE, _INVITE_WORDS, invites as _invites

    lines = [ln.lower() for ln in inspect.getsource(sys.modules[__name__]).splitlines()]
    read = [ln for ln in lines if _INVITE.search(ln)]
    assert len(read) >= 10
    for ln in read:
        assert any(w in ln for w in _INVITE_WORDS), ln
    assert _invites("si tiene dudas, envíe un correo a ayuda@mx.example.net.")
    assert not _invites("la remise à anna@example.fr a échoué.")


def test_the_exchange_group_words_stand_for_the_heading():
    """``exchange._names_groups`` looks for a word every localized heading holds before the heading's
    pattern is tried: each heading of the localized tests holds one."""
    from filter.core.detectors.vendors.exchange import _HEADING, _names_groups
    from test_exchange_localized import L, OLDER_HEADINGS

    headings = [t["head"] for t in L.values()] + [t["delay_head"] for t in L.values() if t.get("delay_head")]
    headings += [h for h, _ in OLDER_HEADINGS.values()]
    assert len(headings) >= 30
    for h in headings:
        if _HEADING.search(h):
            assert _names_groups(h), h


def test_a_role_account_heading_its_own_failure_is_the_recipient():
    """qmail's "<support@example.com>:" alone on its line, the server's answer below: the role account
    is the recipient that failed; a postmaster@ named as a contact in the text still is none."""
    body = ("Hi. This is the qmail-send program at mail.sender.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n"
            "<support@example.com>:\n192.0.2.7 does not like recipient.\n"
            "Remote host said: 550 5.1.1 <support@example.com>: Recipient address rejected: User unknown\n\n"
            "If you need help, contact postmaster@sender.example:\n")
    raw = mail("From: MAILER-DAEMON@mail.sender.example\nTo: bounces@sender.example\nSubject: failure notice", body)
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("support@example.com", "user_unknown")]


@pytest.mark.parametrize("body", [
    "Your message\n\n  Subject: News\n\nwas not delivered to:\n\n  anna@notes.example.org\n  ben@notes.example.org\n"
    "  carl@notes.example.org\n\nbecause:\n\n  User not listed in Domino Directory\n",
    "<anna@notes.example.org>\n<ben@notes.example.org>\n<carl@notes.example.org>\n宛先アドレスが存在しません\n",
])
def test_a_list_of_addresses_shares_the_reason_below_it(body):
    raw = mail("From: Postmaster <postmaster@notes.example.org>\nTo: bounces@sender.example\n"
               "Subject: DELIVERY FAILURE: User not listed\nContent-Type: text/plain; charset=utf-8", body)
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [
        ("anna@notes.example.org", "user_unknown"), ("ben@notes.example.org", "user_unknown"),
        ("carl@notes.example.org", "user_unknown")]


def test_each_address_keeps_its_own_reason_when_each_has_one():
    body = ("The following addresses had permanent fatal errors:\n\n<anna@example.org>\n    550 5.1.1 User unknown\n"
            "<ben@example.org>\n    552 5.2.2 Mailbox full\n")
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: bounces@sender.example\nSubject: Returned mail", body)
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [
        ("anna@example.org", "user_unknown"), ("ben@example.org", "mailbox_full")]


LIST_HEAD = ("From: MAILER-DAEMON@mx.example.org\nTo: bounces@sender.example\nSubject: Undelivered Mail\n"
             "Content-Type: text/plain; charset=utf-8")


@pytest.mark.parametrize("body, expected", [
    ("メールを配信できませんでした。\n\n送信先：taro@example.jp、jiro@example.jp\n理由：550 5.1.1 User unknown\n",
     [("taro@example.jp", "user_unknown"), ("jiro@example.jp", "user_unknown")]),
    ("邮件无法送达。\n\n收件人：李雷<lilei@example.cn>；韩梅梅<hanmeimei@example.cn>\n原因：550 5.1.1 用户不存在\n",
     [("lilei@example.cn", "user_unknown"), ("hanmeimei@example.cn", "user_unknown")]),
    ("Delivery failed.\n\nFailed recipients: Dan Ray <dan.ray@example.com>; Eve <eve@example.com>\n"
     "Reason: 550 5.1.1 User unknown\n",
     [("dan.ray@example.com", "user_unknown"), ("eve@example.com", "user_unknown")]),
])
def test_a_label_of_recipients_then_several_of_them(body, expected):
    assert [(r.address, r.reason) for r in classify(mail(LIST_HEAD, body)).recipients] == expected


@pytest.mark.parametrize("sep", ["  ", "\t", "   "])
def test_a_table_of_recipients_and_their_reasons(sep):
    body = (f"Delivery failed for the following recipients:\n\n  song@example.cn{sep}Reason: 550 5.1.1 user unknown\n"
            f"  tang@example.cn{sep}552 5.2.2 mailbox full\n")
    assert [(r.address, r.reason) for r in classify(mail(LIST_HEAD, body)).recipients] == [
        ("song@example.cn", "user_unknown"), ("tang@example.cn", "mailbox_full")]


@pytest.mark.parametrize("label", ["Per informazioni:", "For information:", "Für Informationen:", "Para información:",
                                   "Pour plus d'informations :"])
def test_an_information_label_names_a_contact(label):
    body = f"{label} assistenza@provider.example\n\n<ugo@example.it>: 550 5.1.1 utente sconosciuto\n"
    assert [r.address for r in classify(mail(LIST_HEAD, body)).recipients] == ["ugo@example.it"]


@pytest.mark.parametrize("body", [
    "Your message to eve@example.org could not be delivered.\n550 5.1.1 User unknown\n\n"
    "Recipients: dan@example.org, eve@example.org, fay@example.org\n",
    "Your message to eve@example.org could not be delivered.\n550 5.1.1 User unknown\n\n"
    "送信先：dan@example.org、eve@example.org、fay@example.org\n",
])
def test_a_summary_of_the_addressees_beside_the_failed_one_names_no_failure(body):
    raw = mail(LIST_HEAD, body)
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("eve@example.org", "user_unknown")]


@pytest.mark.parametrize("body", [
    # each recipient's reason heads its group: the group keeps it
    "552 5.2.2 Mailbox full:\neve@example.org\nfay@example.org\n\nPlease try again later.\n",
    # the addressees, then one sentence about one of them
    "Your message was addressed to:\n\ndan@example.org\neve@example.org\nfay@example.org\n\n"
    "Delivery to fay@example.org failed permanently:\n550 5.1.1 User unknown\n",
])
def test_a_list_does_not_share_what_is_not_its_reason(body):
    got = {r.address: r.reason for r in classify(mail(LIST_HEAD, body)).recipients}
    assert got.get("eve@example.org") != "user_unknown" and got.get("dan@example.org") != "user_unknown"


@pytest.mark.parametrize("row", [
    "newsletter@example.com\teve@example.org\tBlocked\t550 5.7.1 Message rejected as spam",
    "support@example.net  555-0100",
])
def test_other_columns_of_a_table_make_no_recipient(row):
    raw = mail("From: MAILER-DAEMON@mx.example.net\nTo: newsletter@example.com\nSubject: Undelivered Mail",
               "The following message has not been delivered.\n\n" + row + "\n")
    addresses = [r.address for r in classify(raw).recipients]
    assert "newsletter@example.com" not in addresses and "it-desk@example.net" not in addresses
    assert "support@example.net" not in addresses and "dan@example.org" not in addresses


def test_the_cells_of_an_html_table_stay_apart():
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: bounces@sender.example\nSubject: Undelivered Mail\n"
               "Content-Type: text/html; charset=utf-8",
               "<html><body><p>Delivery failed for the following recipients:</p><table><tr><td>feng@example.cn</td>"
               "<td>550 5.1.1 user unknown</td></tr><tr><td>lin@example.cn</td><td>552 5.2.2 mailbox full</td></tr>"
               "</table></body></html>")
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [
        ("feng@example.cn", "user_unknown"), ("lin@example.cn", "mailbox_full")]


@pytest.mark.parametrize("subject, expected", [
    ("Mail delivery failed: bea@example.com", "bea@example.com"),
    ("Undeliverable: bea@example.com", "bea@example.com"),
    ("Mail delivery failed: bea@example.com, carl@example.com", None),  # two: the subject does not say which
    ("Re: question from bea@example.com", None),                        # no report's subject
])
def test_the_one_address_a_reports_subject_names_is_its_last_resort(subject, expected):
    raw = mail(f"From: MAILER-DAEMON@mx.example.org\nTo: bounces@sender.example\nSubject: {subject}",
               "Your message could not be delivered.\n\n550 5.1.1 User unknown\n")
    report = classify(raw)
    assert report.kind == "failed" and [r.address for r in report.recipients] == [expected]


@pytest.mark.parametrize("subject", [
    "Undeliverable: Your order confirmation for alice@example.org",
    "Mail delivery failed: returning message from newsletter@example.com",
    "Delivery failure - contact postmaster@example.net",
    "Undelivered Mail Returned to Sender (Re: invoice from billing@example.com)",
])
def test_an_address_of_the_originals_subject_or_ours_is_no_recipient(subject):
    raw = mail(f"From: MAILER-DAEMON@mx.example.net\nTo: bounces@example.com\nSubject: {subject}",
               "Your message could not be delivered.\n\n550 5.1.1 User unknown\n")
    assert [r.address for r in classify(raw).recipients] == [None]


def test_a_contact_label_before_a_recipient_and_its_answer_names_the_recipient():
    raw = mail("From: MAILER-DAEMON@mx.example.it\nTo: bounces@example.com\nSubject: Messaggio non recapitato",
               "Il messaggio non è stato consegnato ai seguenti destinatari.\n"
               "Per informazioni: dan@example.it - 550 5.1.1 utente sconosciuto\n")
    assert [r.address for r in classify(raw).recipients] == ["dan@example.it"]


def test_a_recall_reports_table_is_no_failure():
    raw = mail("From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\n"
               "To: news@example.org\nSubject: Message Recall Report for message: Pricing sheet v2",
               "Message recall report\n\nMessage recall report for message: Pricing sheet v2\nSent: 12/03/2024 10:15\n\n"
               "  Recipient                     Recall status\n  peter.olsen@example.org       Success\n"
               "  lena.berg@example.org         Success\n\nSummary: 2 of 2 recipients - message recalled successfully.\n")
    assert classify(raw).kind == "not_bounce"


def test_a_text_report_listing_failed_and_delayed_recipients_is_a_failure():
    raw = mail("From: MAILER-DAEMON@mx.example.net\nTo: news@example.com\nSubject: Delivery report",
               "Your message could not be delivered to:\n  eli@example.net (550 5.1.1 no such user)\n"
               "  fern@example.net (550 5.1.1 no such user)\n\nDelivery is delayed for:\n"
               "  gabe@example.net (451 4.3.0 mailbox temporarily unavailable; still trying)\n")
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason, r.action) for r in report.recipients] == [
        ("eli@example.net", "user_unknown", "failed"), ("fern@example.net", "user_unknown", "failed"),
        ("gabe@example.net", "system_error", "delayed")]


def test_a_delay_warning_quoting_temporary_answers_stays_a_delay():
    raw = mail("From: MAILER-DAEMON@mx.example.net\nTo: news@example.com\nSubject: Delayed Mail (still being retried)",
               "Delivery to the following recipient has been delayed:\n\n  gabe@example.net (451 4.3.0 try later)\n\n"
               "The mail system will keep trying.\n")
    assert classify(raw).kind == "delayed"


# -- an answer that names its recipient is that recipient's ---------------------------------------
LISTED_THEN_ANSWERS = """This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       {a}
       {b}

Reported error: {first}
Reported error: {second}
"""


@pytest.mark.parametrize("swap", [False, True])
def test_answers_below_a_bare_list_go_to_the_recipient_they_name(swap: bool) -> None:
    a, b = "ann@corp.example", "bo@corp.example"
    first, second = f"550 5.1.1 <{a}>... User unknown", f"552 5.2.2 <{b}>... Mailbox full"
    if swap:  # the answers in the other order than the list
        first, second = second, first
    raw = mail("From: postmaster@corp.example\nTo: news@shop.example\nSubject: Delivery Status Notification (Failure)",
               LISTED_THEN_ANSWERS.format(a=a, b=b, first=first, second=second))
    got = {r.address: (r.reason, r.status, r.reply_code) for r in classify(raw).recipients}
    assert got == {a: ("user_unknown", "5.1.1", "550"), b: ("mailbox_full", "5.2.2", "552")}


def test_an_answer_naming_no_other_recipient_stays_where_it_is() -> None:
    # the answer below the list names an address the report does not list: it is the list's reason
    raw = mail("From: postmaster@corp.example\nTo: news@shop.example\nSubject: Undeliverable",
               "Delivery to the following recipient failed.\n\n       ann@corp.example\n\n"
               "Reported error: 550 5.1.1 <ann@corp.example>... User unknown (forwarded to zed@else.example)\n")
    (r,) = classify(raw).recipients
    assert (r.address, r.reason) == ("ann@corp.example", "user_unknown")


def test_a_role_account_that_sendmail_lists_as_failed_is_a_recipient():
    # "<webmaster@...>" alone on its line, then "(reason: 550 5.1.1 <webmaster@...>... User unknown)"
    raw = mail("From: Mail Delivery Subsystem <MAILER-DAEMON@web1.example.org>\nTo: root@web1.example.org\n"
               "Subject: Returned mail: see transcript for details",
               "   ----- The following addresses had permanent fatal errors -----\n<webmaster@example.org>\n"
               "    (reason: 550 5.1.1 <webmaster@example.org>... User unknown)\n\n"
               "   ----- Transcript of session follows -----\n550 5.1.1 <webmaster@example.org>... User unknown\n")
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("webmaster@example.org", "user_unknown")]


def test_a_role_account_named_alone_as_a_contact_stays_out():
    raw = mail("From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\nTo: news@sender.example\n"
               "Subject: Undeliverable",
               "<kim@example.org>: 550 5.1.1 User unknown\n\nQuestions? Write to\n<postmaster@example.org>\n"
               "(we answer within 2 days)\n")
    assert [r.address for r in classify(raw).recipients] == ["kim@example.org"]


def test_a_recipients_own_answer_naming_another_recipient_stays_its_own():
    # sales@'s answer names nora@ (where it forwards to): the answer is about sales@, not nora@
    raw = mail("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nTo: news@sender.example\n"
               "Subject: Mail delivery failed",
               "This message was created automatically by mail delivery software.\n\n"
               "  sales@example.org\n    host mx.example.org said: 550 5.7.1 Forwarding to nora@example.org refused: "
               "message rejected as spam\n\n  nora@example.org\n    host mx.example.org said: 451 4.3.0 Temporary "
               "local problem\n")
    got = {r.address: r.reason for r in classify(raw).recipients}
    assert got.get("sales@example.org") == "spam_detected" and got.get("nora@example.org") != "spam_detected"


def test_a_dsn_records_words_come_only_from_lines_naming_it():
    # a one-record DSN without Diagnostic-Code: the report's list of possible causes is no cause
    raw = ("From: postmaster@mx.example.org\nTo: news@sender.example\nSubject: Delivery failure\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=delivery-status; boundary=\"D\"\n\n--D\nContent-Type: text/plain\n\n"
           "Your message could not be delivered. This can happen when the address no longer exists or has been "
           "disabled, or the mailbox is full.\n\n--D\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; kim@example.org\nAction: failed\n"
           "Status: 5.0.0\n\n--D--\n").encode()
    (r,) = classify(raw).recipients
    assert r.class_ != "hard" and r.reason not in ("user_unknown", "mailbox_full", "suspended")


def test_the_first_lines_of_the_message_are_the_original_not_the_cause():
    raw = mail("From: MAILER-DAEMON@mx.example.org\nTo: news@sender.example\nSubject: Undeliverable",
               "Delivery has failed to this recipient:\n\n  hugo@example.org\n\nThe first lines of your message "
               "were:\n\nPlease note: our old address info@old.example no longer exists.\n")
    (r,) = classify(raw).recipients
    assert r.address == "hugo@example.org" and r.class_ != "hard"


def test_a_recipient_in_the_reports_own_domain_with_a_cause_of_its_own_stays():
    # a provider's notice to its user about two recipients, one of them another user of the provider
    raw = mail("From: Mail <MAILER-DAEMON@hanmail.example>\nTo: gyuri@hanmail.example\nSubject: Delivery failed\n"
               "Content-Type: text/plain; charset=utf-8",
               "The message could not be delivered to the following recipients.\n\n1. won@example.co.kr\n"
               "   Reason: no such user\n\n2. chae@hanmail.example\n   Reason: the recipient's mailbox is full\n")
    got = [(r.address, r.reason) for r in classify(raw).recipients]
    assert got == [("won@example.co.kr", "user_unknown"), ("chae@hanmail.example", "mailbox_full")]


def test_our_own_address_named_by_the_notice_is_no_recipient():
    raw = mail("From: MAILER-DAEMON@mx.remote.example\nTo: news@shop.example\nSubject: Undeliverable",
               "<kim@remote.example>: 550 5.1.1 User unknown\n\nThis notice was sent to bounces@shop.example\n")
    assert [r.address for r in classify(raw).recipients] == ["kim@remote.example"]


def test_an_em_dash_separates_a_numbered_recipient_from_its_reason():
    raw = mail("From: MAILER-DAEMON@mail.example.cn\nTo: news@sender.example\nSubject: 退信\n"
               "Content-Type: text/plain; charset=utf-8",
               "您发送的邮件未能投递到以下收件人：\n\n  1) deng@example.net.cn  ——  收件人地址不存在\n"
               "  2) luo@example.com.cn  ——  收件人帐号已被冻结\n")
    got = [r.address for r in classify(raw).recipients]
    assert got == ["deng@example.net.cn", "luo@example.com.cn"]


@pytest.mark.parametrize("address", ["isabelle.mercier@sfr.example", "islam.k@b.example", "wassim@b.example",
                                     "was@b.example", "is@b.example"])
def test_a_local_part_starting_with_is_or_was_is_kept_whole(address):
    """The sentence may say "to ... is" / "was <address>"; the words are words, never a local part's letters."""
    report = classify(mail("From: MAILER-DAEMON@mx.b.example\nTo: b@news.example\nSubject: Undelivered Mail\n",
                           f"Your message to {address} was refused: 550 5.1.1 user unknown\n"))
    assert [r.address for r in report.recipients] == [address]


def test_an_html_notice_naming_its_recipient_in_a_mailto_link_only():
    """'Your message to <a href="mailto:jo@...">Jo Lee</a> couldn't be delivered': the address stands in
    the link's target only; the help desk's link is a contact, no recipient."""
    raw = mail("From: MAILER-DAEMON@mx.osaka.example\nTo: news@shop.example\nSubject: Undeliverable: Product news\n"
               "Content-Type: text/html; charset=utf-8",
               '<html><body><p>Your message to <a href="mailto:s.takahashi@osaka.example">Takahashi Satoshi</a> '
               "couldn't be delivered.</p><p>Reported error: 552 5.2.2 mailbox full<br>Questions? "
               '<a href="mailto:helpdesk@osaka.example">helpdesk</a></p></body></html>')
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("s.takahashi@osaka.example", "mailbox_full")]


def test_a_subject_naming_the_mail_to_its_recipient():
    """"Undeliverable: mail to <address>", the body naming no one: the subject says whom it failed for."""
    raw = mail("From: MAILER-DAEMON@mx.lodge.example\nTo: news@shop.example\n"
               "Subject: Undeliverable: mail to reservations@lodge.example",
               "The mailbox is unavailable. The message has been returned.\n")
    assert [r.address for r in classify(raw).recipients] == ["reservations@lodge.example"]


def test_the_new_address_a_moved_person_gives_is_no_recipient():
    """"This address has moved ... Please resend it to my new address: <new>": the new address works; it
    is never the failed recipient (no address rather than the wrong one)."""
    raw = mail("Return-Path: <>\nFrom: \"Elena Castillo\" <e.castillo@oldfirm.example>\nTo: bounces@news.example.com\n"
               "Subject: Auto: address changed\nAuto-Submitted: auto-replied\n",
               "This address has moved. Your message was NOT delivered and has not been\nforwarded.\n\n"
               "Please resend it to my new address: elena@castillo-abogados.example\n")
    report = classify(raw)
    assert "elena@castillo-abogados.example" not in {r.address for r in report.recipients}


def test_a_forwarders_cover_note_above_the_report_it_wraps():
    """An alumni forwarder writes its own cover note ("forwards to ... Delivery to that address failed")
    above the delivery report it attaches: the wrapped report's fields say who failed and why."""
    raw = mail("""Return-Path: <>
From: Alumni Mail Forwarding <forwarding-noreply@alumni.example.edu>
To: bounces@news.example.com
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fwd"
""", """--fwd
Content-Type: text/plain; charset=us-ascii

The alumni forwarding address j.doe@alumni.example.edu forwards to
j.doe@oldjob.example. Delivery to that address failed; the
delivery report is attached below.

--fwd
Content-Type: message/rfc822

From: MAILER-DAEMON@mx.oldjob.example (Mail Delivery System)
To: fwd-bounce+jdoe@alumni.example.edu
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r"

--r
Content-Type: text/plain

<j.doe@oldjob.example>: host mbox.oldjob.example[198.51.100.158] said: 550 5.1.1
    <j.doe@oldjob.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)

--r
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.oldjob.example

Final-Recipient: rfc822; j.doe@oldjob.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <j.doe@oldjob.example>: Recipient address rejected: User unknown

--r--

--fwd--
""")
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("j.doe@oldjob.example", "user_unknown")]


def _wrapping(cover_head: str, cover_text: str, inner: str) -> bytes:
    return mail(cover_head + 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="w"\n',
                f"--w\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{cover_text}\n\n"
                f"--w\nContent-Type: message/rfc822\n\n{inner}\n--w--\n")


_EXIM_8BIT = """Return-path: <>
X-Failed-Recipients: vertrieb@holz.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.holz.example>
To: SRS0=4008=YK=news.example.com=rp+va44@relay.holz.example
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  vertrieb@holz.example
    host mx.holz.example [192.0.2.5]
    SMTP error from remote mail server after RCPT TO:<vertrieb@holz.example>:
    552 5.2.2 Mailbox full: quota exceeded (5120 MB)

------ This is a copy of the message, including all the headers. ------

From: Gartenwelt <news@news.example.com>
To: vertrieb@holz.example
Subject: Frühlingsputz im Garten
"""


@pytest.mark.parametrize("cover_head, cover_text", [
    # a relay's cover note in German, marked auto-generated, the wrapped Exim report in 8-bit text
    ("Return-Path: <>\nFrom: Mail-Relay <relay-admin@holz.example>\nTo: rp+va44@news.example.com\n"
     "Subject: Weitergeleitete Unzustellbarkeitsnachricht\nAuto-Submitted: auto-generated\n",
     "unser Mail-Relay hat die angehängte Unzustellbarkeitsnachricht von einem nachgelagerten Server erhalten."),
    # ... a forwarder's marked auto-replied, as forwarders mark their notices
    ("Return-Path: <>\nFrom: Forwarding <forwarding-noreply@alumni.example.edu>\nTo: rp+va44@news.example.com\n"
     "Subject: Notice from the alumni forwarder\nAuto-Submitted: auto-replied\n",
     "Our gateway received the notification attached below for a message you sent. It is passed on unchanged."),
])
def test_a_mail_systems_cover_note_passes_on_the_report_it_attaches(cover_head, cover_text):
    """The wrapped report is read as if it had come alone: its X-Failed-Recipients, its reply."""
    report = classify(_wrapping(cover_head, cover_text, _EXIM_8BIT))
    assert [(r.address, r.reason) for r in report.recipients] == [("vertrieb@holz.example", "mailbox_full")]


def test_a_person_forwarding_a_bounce_as_an_attachment_asks_a_question():
    """A person's forward (their own return path, "Fwd:") of a bounce on another organisation's address is no report of
    ours: the person asks about a third party's mail."""
    head = ("Return-Path: <anna@kunde.example>\nFrom: Anna <anna@kunde.example>\nTo: news@news.example.com\n"
            "Subject: Fwd: Mail delivery failed\n")
    raw = _wrapping(head, "Hallo, warum kommt Ihre Mail nicht an? Die Adresse stimmt.", _EXIM_8BIT)
    assert classify(raw).kind == "not_bounce"


def test_a_colleague_of_the_failed_recipient_forwarding_the_bounce_as_an_attachment_passes_on_its_report():
    """... while a person of the failed recipient's own organisation passes on the report of our mail to a colleague (as
    the same forward pasted inline is read, text.py ``_forwarded_records``): the mailbox is full, whatever the question."""
    head = ("Return-Path: <anna@holz.example>\nFrom: Anna <anna@holz.example>\nTo: news@news.example.com\n"
            "Subject: Fwd: Mail delivery failed\n")
    raw = _wrapping(head, "Hallo, warum kommt Ihre Mail nicht an? Die Adresse stimmt.", _EXIM_8BIT)
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("vertrieb@holz.example", "mailbox_full")]
