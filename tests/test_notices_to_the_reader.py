"""Mail about the reader's own mailbox, or a program's report, is no bounce.

Rules:
- a report names the recipients the sender's mail failed for and returns or quotes that mail (RFC
  3464 section 2); a notice without report fields and without a returned original that names no
  recipient but the address it was sent to, or none and speaks of the reader's own mailbox ("your
  mailbox", "your storage", "incoming messages"), tells the reader about itself: a quota warning, a
  deactivation notice, a lure written in their likeness;
- the same words in a report that names another recipient, or returns the mail, keep it a bounce;
- cron's mail of a job's output ("Cron <root@host> command", X-Cron-Env) is a program's report,
  never a mail system's, whatever it counts.
"""
from __future__ import annotations

import pytest

from filter import classify
from shapes import mail

TO = "To: bounces@sender.example\n"


@pytest.mark.parametrize("sender, subject, body", [
    ("Mail Administrator <postmaster@sender.example>", "Mailbox quota warning",
     "Your mailbox bounces@sender.example has reached 92% of its quota (9.2 GB of 10 GB).\n\nWhen it is full, mail "
     "sent to you will be returned to the sender as undeliverable (\"552 5.2.2 Mailbox full\").\n"),
    ("Microsoft Outlook <MicrosoftExchange0a1b2c3d@sender.example>", "Your mailbox is full.",
     "Your mailbox is full.\n\nYour mailbox has exceeded its size limit. You can't send or receive items until you "
     "reduce the size of your mailbox.\n"),
    ("Mail Delivery System <mailer-daemon@sender.example>", "Mail delivery failed: returning message to sender",
     "Message delivery failed.\n12 incoming messages could not be delivered because your mailbox storage is full "
     "(552 5.2.2).\nClick below to release the pending messages to your inbox.\n"),
    ("Postmaster <postmaster@mail-notice.example.org>", "Undelivered Mail Returned to Sender",
     "You have 4 undelivered messages.\n\nRecipient: bounces@sender.example\nStatus: 550 Message delivery failed\n\n"
     "Retrieve your messages now: https://mail-notice.example.org/r\n"),
    ("Mail System <mailer-daemon@sender.example>", "Account notice",
     "Your mailbox will be deactivated within 24 hours: messages sent to you will be returned as undeliverable.\n"),
])
def test_a_notice_about_the_readers_own_mailbox_is_no_bounce(sender, subject, body):
    report = classify(mail(f"From: {sender}\n{TO}Subject: {subject}", body))
    assert (report.kind, report.recipients) == ("not_bounce", [])


def test_the_same_words_naming_another_recipient_are_a_bounce():
    raw = mail(f"From: Mail Delivery System <mailer-daemon@mx.example.net>\n{TO}Subject: Undeliverable",
               "Your message could not be delivered.\n\n<carol@example.net>: 552 5.2.2 mailbox full\n")
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("carol@example.net", "mailbox_full")]


def test_a_report_that_returns_the_mail_stays_a_bounce_without_an_address():
    raw = mail(f"From: Mail Delivery System <mailer-daemon@mx.example.net>\n{TO}Subject: Undeliverable",
               "Your message could not be delivered: the mailbox is full (552 5.2.2).\n\n"
               "------ This is a copy of the message, including all the headers. ------\n\n"
               "From: news@sender.example\nTo: dave@example.net\nSubject: Spring news\n\nHello\n")
    report = classify(raw)
    assert report.kind == "failed"
    assert report.recipients[0].reason == "mailbox_full"


@pytest.mark.parametrize("extra", ["", "X-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/root>\n"])
def test_crons_report_of_a_job_is_no_bounce(extra):
    raw = mail("From: Cron Daemon <root@mta.sender.example>\n" + TO
               + "Subject: Cron <root@mta> /usr/local/bin/bounce-report --daily\n" + extra,
               "Hard bounces: 12 (user unknown 9, host unknown 3)\nSoft bounces: 41 (mailbox full 30)\n"
               "Blocks: 2 (554 5.7.1 blocked using bl.example.net)\n")
    assert classify(raw).kind == "not_bounce"


def test_a_root_senders_bounce_is_still_a_bounce():
    raw = mail(f"From: root@mx.example.net\n{TO}Subject: Returned mail: see transcript for details",
               "The original message was received at Tue, 12 Mar 2024 10:21:07 GMT\n\n"
               "   ----- The following addresses had permanent fatal errors -----\n<erin@example.net>\n"
               "    (reason: 550 5.1.1 <erin@example.net>... User unknown)\n")
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [("erin@example.net", "user_unknown")]


@pytest.mark.parametrize("to, body", [
    # a bounce that names no recipient (VERP does) but quotes the server's reply
    ("bounces+jane=example.org@news.example.com",
     "Message delivery failed.\nReason: 550 5.2.1 Mailbox disabled, not accepting incoming messages\n"),
    ("bounces+jane=example.org@news.example.com",
     "Your message couldn't be delivered because the recipient's email account is over its storage limit.\n"
     "You may want to store your mailbox items elsewhere.\n\nThe response was:\n552 5.2.2 The recipient's inbox is "
     "out of storage space.\n"),
    # mail the sender sent to itself, with or without the server's code
    ("news@news.example.com", "Your message to news@news.example.com could not be delivered: your mailbox is over quota.\n"),
    ("news@news.example.com", "Delivery to the following recipient failed permanently:\n\n  news@news.example.com\n\n"
                              "552 5.2.2 <news@news.example.com>: Your mailbox is full\n"),
])
def test_a_report_that_names_no_other_recipient_stays_a_report(to, body):
    raw = mail(f"Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nTo: {to}\n"
               "Subject: Delivery failure", body)
    assert classify(raw).kind == "failed"


# -- the ninth session's probe of what else lands in a bounce mailbox --------------------------------
def _plain(subject: str, body: str, sender: str = "postmaster@remote.example",
           to: str = "bounces+7f3a2c@mail.sender.example") -> bytes:
    return (f"From: {sender}\nTo: {to}\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


@pytest.mark.parametrize("body", [
    "Your message to ann@remote.example has been delivered to the recipient's mailbox.",
    "Your message to ann@remote.example has been accepted and queued for delivery.",
    "Your message to ann@remote.example was read on Wednesday, 2 December 2026.",
    "Recipient: ann@remote.example\nRecall status: Success",
])
def test_a_system_notice_that_names_a_recipient_and_no_failure_is_no_bounce(body: str) -> None:
    assert classify(_plain("Delivery notice", body)).kind not in ("failed", "delayed")


@pytest.mark.parametrize("subject, body", [
    ("Quota warning", "Your mailbox bounces+7f3a2c@mail.sender.example is now 95% full. When it is full, new mail "
     "will be rejected with \"552 5.2.2 Mailbox full\"."),
    ("Speicherplatz", "Ihr Postfach ist voll. Neue Nachrichten werden mit \"552 5.2.2 Mailbox full\" abgewiesen."),
    ("Undelivered messages", "Your email could not be delivered. Open the attached file to view the undelivered "
     "messages and the delivery report."),
])
def test_warnings_and_lures_about_the_readers_own_mail_are_no_bounces(subject: str, body: str) -> None:
    assert classify(_plain(subject, body)).kind not in ("failed", "delayed")


def test_a_mail_log_summary_lists_replies_of_a_days_traffic_not_a_report() -> None:
    body = ("Grand Totals\n------------\nmessages\n\n 120400   received\n    812   bounced\n\n"
            "message bounce detail (by relay)\n--------------------------------\n"
            "  mx.remote.example[198.51.100.20]:25\n"
            "    640   said: 550 5.1.1 <x@remote.example>: Recipient address rejected: User unknown\n")
    assert classify(_plain("Postfix log summary for Dec 1", body, "root@mail.sender.example (Cron Daemon)")).kind \
        == "not_bounce"
    # a real report naming the reader's subaddressed box among others stays one
    real = _plain("Undelivered Mail Returned to Sender",
                  "<kim@remote.example>: host mx.remote.example said: 550 5.1.1 User unknown (in reply to RCPT TO "
                  "command)", "MAILER-DAEMON@mail.sender.example")
    assert classify(real).kind == "failed"


# -- tenth session: mail that quotes server answers about no message of ours ---------------------------
def test_a_helpdesk_ticket_quoting_a_bounce_is_no_report():
    raw = mail("From: Support <support@help.example>\nTo: customer@shop.example\n"
               "Subject: [Support] Re: Bounce when mailing our supplier - Request #48377\nAuto-Submitted: auto-generated",
               "##- Please type your reply above this line -##\n\nHi, you wrote that you got this back:\n\n"
               "    Delivery has failed to these recipients or groups:\n    k.olsen@supplier.example\n"
               "    550 5.1.1 User unknown\n\nWe will check the address with the supplier.\n")
    assert classify(raw).kind == "not_bounce"


@pytest.mark.parametrize("body", [
    "The following address(es) failed:\n\n  reader@shop.example\n    550 5.1.1 mailbox does not exist - account "
    "deactivated\n\nSign in here to reactivate: https://portal.example/login\n",
    "<reader@shop.example>: your mailbox has expired.\n\nRenew your mailbox today: https://portal.example/renew\n",
    "您的邮箱容量已满，新邮件将无法投递。\n请点击下面的链接扩容：https://portal.example/up\n",
])
def test_a_lure_that_names_only_the_reader_and_asks_to_act_is_no_report(body):
    raw = mail("From: Mail Delivery System <mailer-daemon@mx.portal.example>\nTo: reader@shop.example\n"
               "Subject: Mail delivery failed\nContent-Type: text/plain; charset=utf-8", body)
    assert classify(raw).kind == "not_bounce"


# the same notices in the languages they are sent in: the reader's mailbox measured against its quota,
# and a lure's call to release or fetch "your pending messages" (written for this test)
@pytest.mark.parametrize("sender, subject, body", [
    ("cPanel <cpanel@sender.example>", "The mailbox is almost full",
     "The mailbox bounces@sender.example has used 93.41% of its 500 MB quota.\n\nWhen the mailbox reaches its "
     "quota, it will not be able to receive new messages.\n"),
    ("postmaster@sender.example", "Предупреждение: ящик заполнен",
     "Ваш почтовый ящик bounces@sender.example заполнен на 95%.\nКогда ящик заполнится, отправители получат "
     "уведомление о недоставке (552 5.2.2 Mailbox is full).\n"),
    ("postmaster@sender.example", "メールボックス容量のお知らせ",
     "メールボックスの使用量が、容量の90%を超えました。\n容量を超えると、送信者にはエラーメール（配信できませんでした）が返送されます。\n"),
    ("postmaster@sender.example", "Zustellung fehlgeschlagen: 4 ausstehende Nachrichten",
     "4 eingehende Nachrichten konnten nicht zugestellt werden.\n\nKlicken Sie hier, um Ihre ausstehenden "
     "Nachrichten freizugeben: https://mail-notice.example.org/f\n"),
    ("mailer-daemon@sender.example", "Mensajes no entregados (6)",
     "Tiene 6 mensajes que no se han entregado en su bandeja de entrada.\n\nRecupere sus mensajes ahora: "
     "https://mail-notice.example.org/r\n"),
    ("postmaster@sender.example", "Недоставленные входящие письма: 5",
     "5 входящих писем не были доставлены в ваш ящик.\n\nПолучить письма: https://mail-notice.example.org/l\n"),
])
def test_the_same_notices_in_other_languages_are_no_bounce(sender, subject, body):
    report = classify(mail(f"From: {sender}\n{TO}Subject: {subject}\nReturn-Path: <>\nMIME-Version: 1.0\n"
                           "Content-Type: text/plain; charset=utf-8", body))
    assert report.kind == "not_bounce", report.recipients


@pytest.mark.parametrize("sender, subject, body", [
    ("Mail Gateway <gateway@sender.example>", "Отчёт о сообщениях в карантине",
     "За последние сутки шлюз заблокировал 2 сообщения, адресованные bounces@sender.example, и поместил их в "
     "резервное хранилище.\n\n1. От: win@prize.example\n   Тема: Вы выиграли!\n   Причина: спам\n"
     "2. От: mailer-daemon@relay.example\n   Тема: Недоставленное сообщение\n   Причина: фишинг\n"),
    ("System antyspamowy <antyspam@sender.example>", "Raport kwarantanny: 2 wiadomości zatrzymane",
     "Następujące wiadomości zostały zatrzymane w kwarantannie i nie trafiły do skrzynki bounces@sender.example:\n\n"
     "1. Od: kontakt@prize.example  Temat: Gratulacje!  Powód: SPAM (wynik 14.2)\n"
     "2. Od: poczta@admin.example  Temat: Wiadomość niedostarczona  Powód: phishing\n"),
])
def test_a_quarantine_digest_of_mail_held_for_the_reader_is_no_bounce(sender, subject, body):
    # the held mail's senders are listed under the language's "From:", never as failed recipients
    report = classify(mail(f"From: {sender}\n{TO}Subject: {subject}\nMIME-Version: 1.0\n"
                           "Content-Type: text/plain; charset=utf-8", body))
    assert report.kind == "not_bounce", report.recipients


@pytest.mark.parametrize("subject, body", [
    ("Speicherplatz", "Ihr Postfach bounces@sender.example hat die Speichergrenze überschritten.\n"
                      "Neue Nachrichten an Sie konnten nicht zugestellt werden.\n"),
    ("Espace de stockage", "Votre boîte aux lettres bounces@sender.example a dépassé sa limite.\n"
                           "Les nouveaux messages n'ont pas pu être distribués.\n"),
])
def test_the_readers_own_mailbox_named_in_german_and_french_is_no_bounce(subject, body):
    report = classify(mail(f"From: Postmaster <postmaster@sender.example>\n{TO}Subject: {subject}\nMIME-Version: 1.0\n"
                           "Content-Type: text/plain; charset=utf-8", body))
    assert report.kind == "not_bounce", report.recipients


def test_cpanels_quota_warning_to_the_mailbox_itself_is_no_bounce() -> None:
    """cPanel's "Mailbox quota warning" to the mailbox it measures: what will happen, never a report."""
    body = ("The mailbox \"info@shop.example\" is using 910.3 MB of its 1 GB quota (91%). When the mailbox "
            "reaches its quota, new messages sent to it will bounce with the error \"mailbox is full\".")
    data = mail("Return-Path: <>\nFrom: cPanel on server1.host.example <cpanel@server1.host.example>\n"
                "To: info@shop.example\nAuto-Submitted: auto-generated\n"
                "Subject: [server1.host.example] Mailbox quota warning: info@shop.example is at 91% of its quota", body)
    assert classify(data).kind not in ("failed", "delayed")


def test_a_person_asking_about_a_report_quotes_its_subject_and_lines():
    """A person's question whose subject quotes a report's ('Question about "Returned mail: ..."') and
    whose body quotes its lines is no report (subject in quotes, indented lines, a person's account)."""
    raw = mail('From: Rebecca Hale <r.hale@shop.example>\nTo: IT Helpdesk <helpdesk@shop.example>\n'
               'Subject: Question about "Returned mail: see transcript for details"',
               "Hi,\n\nsince yesterday I keep getting these whenever I write to our supplier:\n\n"
               "    ----- The following addresses had permanent fatal errors -----\n"
               "    <orders@supplier.example>\n        (reason: 550 5.1.1 <orders@supplier.example>... User unknown)\n\n"
               "Is that on our side or theirs?\n\nThanks,\nRebecca\n")
    assert classify(raw).kind == "not_bounce"
    # the same report from the mail system is one
    raw = mail("From: Mail Delivery Subsystem <MAILER-DAEMON@shop.example>\nTo: r.hale@shop.example\n"
               "Subject: Returned mail: see transcript for details",
               "   ----- The following addresses had permanent fatal errors -----\n<orders@supplier.example>\n"
               "    (reason: 550 5.1.1 <orders@supplier.example>... User unknown)\n")
    assert [(r.address, r.reason) for r in classify(raw).recipients] == [("orders@supplier.example", "user_unknown")]


@pytest.mark.parametrize("subject, quoted", [
    ('Question about "Returned mail: see transcript for details"', True),
    ("Why do I keep getting 'Returned mail: see transcript for details'?", True),
    ("Was heißt „Unzustellbar“?", True),
    # closing quotes before the report's words: the words are not quoted
    ("Ihre Nachricht „Angebot 2027“ konnte nicht zugestellt werden", False),
    ('Undeliverable: "Quarterly figures"', False),
])
def test_which_subjects_quote_a_reports_words(subject, quoted):
    from filter.core.detectors.text import BOUNCE_SUBJECT, _inside_quotes
    m = BOUNCE_SUBJECT.search(subject)
    assert m is not None and _inside_quotes(subject, m.start()) is quoted


@pytest.mark.parametrize("subject", ["Recall report for message: Invoice 3381 (corrected)",
                                     "Message Recall Report for message: Invoice 3381", "Recall Failure: Invoice 3381"])
def test_outlooks_recall_report_is_no_bounce(subject: str) -> None:
    """A recall acts on a message already delivered; its "Failed: the message couldn't be found" per
    recipient says the recall failed, not the delivery."""
    data = mail(f"""From: Microsoft Outlook <MicrosoftExchange329e71ec@rivermill.example>
To: bounces@rivermill.example
Subject: {subject}
""", """Recall report for message: Invoice 3381 (corrected)

Original message sent: 3/10/2025 9:00 AM

Recipient                                   Recall status
a.nowak@far.example                         Failed: the message couldn't be found; it might have been moved or deleted
t.wojcik@far.example                        Failed: the message has already been read
kasa@far.example                            Success
""")
    report = classify(data)
    assert report.kind == "not_bounce"
    assert report.recipients == []


def _styled(body: str, extra: str = "", sender: str = "Webmail Team <team@mail-notice.example>") -> bytes:
    return mail(f"""From: {sender}
To: bounces@shop.example
Subject: Delivery Status Notification (Failure)
{extra}""", body)


def test_words_of_a_failure_that_name_no_one_and_return_nothing_are_no_report() -> None:
    """RFC 3464 section 2: a report names the recipients it is about; a notice with failure words, no
    recipient, no server code and no returned message is a lure or a notice to the reader."""
    report = classify(_styled("Delivery Status Notification (Failure)\n\nThe following incoming messages to "
                              "bounces@shop.example were not delivered:\n\n  RE: Payment confirmation (212 KB)\n"
                              "  Shared document: Q1 figures.xlsx (1.2 MB)\n\nReason: Your mail account needs to be upgraded to the latest version.\n"
                              "Upgrade now to receive your messages: https://portal.example/\n"))
    assert report.kind == "not_bounce"


def test_a_failure_with_a_server_code_or_a_recipient_stays_a_report() -> None:
    system = "Mail Delivery Subsystem <mailer-daemon@mx.far.example>"
    coded = classify(_styled("Delivery to the following recipient failed permanently:\n\n"
                             "    550 5.1.1 The email account that you tried to reach does not exist.\n", sender=system))
    named = classify(_styled("Delivery to the following recipient failed permanently:\n\n     kim@far.example\n\n"
                             "The email account that you tried to reach does not exist.\n", sender=system))
    assert coded.kind == "failed"
    assert named.kind == "failed" and [r.address for r in named.recipients] == ["kim@far.example"]


@pytest.mark.parametrize("body", [
    "Ihre Nachricht konnte nicht zugestellt werden.\n",
    "Votre message n'a pas pu être remis.\n",
    "The message could not be delivered.\n",
])
def test_a_mail_systems_bare_notice_stays_a_report(body: str) -> None:
    """A mail system's own notice (MAILER-DAEMON, a null Return-Path) is a report however bare: the
    recipient may come from the envelope or the VERP address later; only other senders' bare
    failure words are read as a lure."""
    system = classify(_styled(body, sender="Mail Delivery Subsystem <MAILER-DAEMON@mx.far.example>"))
    null = classify(_styled(body, "Return-Path: <>\n", sender="Mail Service <info@mx.far.example>"))
    assert system.kind == "failed" and null.kind == "failed"


@pytest.mark.parametrize("to, failed, reason", [
    ("reader@shop.example", "kunde@firma.example", "user_unknown"),
    # mail the reader sent to itself (an alias, a Bcc copy): its own address is the failed one
    ("info@bakery.example", "info@bakery.example", "user_unknown"),
])
def test_a_report_with_a_resend_link_stays_a_report(to: str, failed: str, reason: str) -> None:
    """A hosted system's report may offer a link to resend ("Click here to resend failed messages"):
    beside a server's answer about a recipient, even the reader's own address, it stays a report (a
    lure's call to act counts only without one, ``_WARNS_OR_LURES``; a lure read as a report costs
    less than a report dropped)."""
    raw = mail(f"Return-Path: <>\nFrom: Mail Delivery System <mailer-daemon@mx.portal.example>\nTo: {to}\n"
               "Subject: Mail delivery failed\n",
               f"The following address(es) failed:\n\n  {failed}\n    550 5.1.1 mailbox does not exist\n\n"
               "Click here to resend failed messages: https://portal.example/resend\n")
    report = classify(raw)
    assert report.kind == "failed"
    assert [(r.address, r.reason) for r in report.recipients] == [(failed, reason)]
