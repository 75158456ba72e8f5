"""Readings of the forty-fifth session: university and corporate mailers of 1994-2006 (OpenVMS, IBM VM, BITNET, Post.Office,
LISTSERV's editors), Exchange 2000-2003 in Slovak and Romanian, the languages of East and Southeast Asia and of the Middle
East (new addresses, deleted accounts, suppression lists, challenges, help-desk acknowledgements), a week of a German-speaking
shop (abuse desks, readers' requests), platforms' own notices, and advice that is no cause.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail, notice


def gateway_notice(sender: str, subject: str, body: str, to: str = "bounces+eva=firm.example@mail.shop.example",
                   null: bool = True):
    """A recipient site's system writing to the VERP address our message to eva@firm.example went out with (``null``: with a
    null return path, as mail systems send their notices; a platform's notice comes from its own account)."""
    return classify(mail(f"{'Return-Path: <>' if null else ''}\nFrom: {sender}\nTo: {to}\nSubject: {subject}\n"
                         f"Auto-Submitted: auto-generated\n{UTF8}", body))


def persons_mail(sender: str, subject: str, body: str, to: str = "news@shop.example"):
    """A person's or a desk's mail to us, no automatic mark."""
    return classify(mail(f"From: {sender}\nTo: {to}\nSubject: {subject}\n{UTF8}", body))


# ---- Exchange 2000-2003 in Slovak and Romanian ------------------------------------------------------------------------
@pytest.mark.parametrize("words", [
    # (Slovak, the recipient left out of the sentence)
    "Cieľový e-mailový systém je neznámy alebo nedostupný.",
    "Sistemul de poștă electronică de destinație pentru destinatar este necunoscut sau nevalid.",
    "Sistemul de posta electronica de destinatie este necunoscut.",
])
def test_the_destination_system_unknown_in_slovak_and_romanian(words):
    assert decide(status="5.4.0", diagnostic=f"{words} <gw.firm.example #5.4.0>", action="failed") == "host_unknown"


def test_a_romanian_exchange_2003_report_with_its_entry_on_a_date():
    body = ("Mesajul dumneavoastră\n\n  Către:     Eva Popa\n  Subiect:   Oferta de iarnă\n  Trimis:    03.02.2005 10:12\n\n"
            "nu a ajuns la unii sau toți destinatarii.\n\nUrmătorii destinatari nu au putut fi contactați:\n\n"
            "      'eva@firm.example' pe 03.02.2005 10:31\n"
            "            Sistemul de poștă electronică de destinație este necunoscut sau nu poate fi contactat.\n"
            "            <mail.firm.example #5.4.0>\n")
    report = notice("System Administrator <postmaster@firm.example>", "Nelivrat: Oferta de iarnă", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "host_unknown")])


def test_a_destination_computer_not_found_is_the_domain_whatever_its_list_says():
    # (Post.Office: the host not found by name, and its list below calls the addresses "unknown")
    body = ("Your message was not delivered because the destination computer was\nnot found. Carefully check that it was "
            "spelled correctly.\n\nThe following destination addresses were unknown (please check\nthe addresses and "
            "re-mail the message):\n\n     <eva@firm.example>\n")
    report = gateway_notice("Post Office <postmaster@mx.firm.example>", "Delivery failure", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "host_unknown")])


# ---- old university and corporate systems ---------------------------------------------------------------------------
@pytest.mark.parametrize("body, reason", [
    # OpenVMS: the disk the mail file lives on is full (no one's quota: that is EXDISKQUOTA)
    ("The message could not be delivered to:\n\n Addressee: EVA\n Reason:\n  %MAIL-E-SENDERR, error sending to user EVA\n"
     "  -RMS-E-CRE, ACP file create failed\n  -SYSTEM-F-DEVICEFULL, device full; allocation failure\n", "system_full"),
    # IBM VM: the user's virtual reader holds as many spool files as it may (the reader is the mailbox there)
    ("Mail to EVA at FIRMVM could not be delivered.\n\nSpool file limit exceeded for user EVA.\n"
     "The user must receive or purge reader files first.\n", "mailbox_full"),
])
def test_old_systems_name_their_cause_in_their_own_terms(body, reason):
    report = gateway_notice("MAILER-DAEMON@VMS.FIRM.EXAMPLE", "Undeliverable mail", body)
    assert [r.reason for r in report.recipients] == [reason]


@pytest.mark.parametrize("words", [
    "The node FIRMVM is not defined in the RSCS routing tables.",
    "No gateway is known for domain FIRM.EXAMPLE, subdomain FIRMVM.",
])
def test_a_node_no_route_knows_is_an_unknown_host(words):
    assert decide(status=None, diagnostic=words, action="failed") == "host_unknown"


def test_a_listserv_post_submitted_to_the_list_editor_is_held():
    body = ("Your message dated Mon, 7 Mar 2005 09:12:40 -0500 with subject \"Spring catalogue\" has been\n"
            "submitted to the editor of the CHORUS-L list for approval. It will be distributed only\n"
            "if the editor approves it.\n")
    report = persons_mail('"L-Soft list server at FIRM" <LISTSERV@LISTSERV.FIRM.EXAMPLE>', "CHORUS-L: message held", body)
    assert report.kind == "failed" and [r.reason for r in report.recipients] == ["on_hold"]


# ---- causes ---------------------------------------------------------------------------------------------------------
CAUSES = [
    # our share of mail to missing mailboxes, in Italian: a block of us
    ("5.7.1", "554 5.7.1 Servizio negato: troppi messaggi inviati a destinatari inesistenti dal vostro server.", "blocked"),
    # advice on what a habit does to a sender's reputation is no cause: the missing mailbox stands
    ("5.1.1", "550 5.1.1 <eva@firm.example>: no such mailbox. Sending to invalid addresses hurts your sender reputation.",
     "user_unknown"),
    # ... the sender's reputation said as the verdict still is one
    ("5.7.1", "550 5.7.1 Rejected: your sending reputation is too low", "bad_reputation"),
    # the administrator's prohibition, the one refused named first
    ("5.7.1", "553 5.7.1 Sender prohibited by administrator", "rejected"),
    ("5.7.1", "553 5.7.1 Absender vom Administrator verboten", "rejected"),
    # a hosting package's daily cap on our sending, in Dutch
    ("5.7.0", "550 5.7.0 Het verzendmaximum van uw hostingpakket is bereikt", "rate_limited"),
    (None, "Het maximale aantal e-mails per uur voor dit account is bereikt. Probeer het later opnieuw.", "rate_limited"),
    # RFC 5322 section 2.1.1's 998 characters, in other languages
    ("5.6.0", "550 5.6.0 Riga troppo lunga: massimo 998 caratteri", "not_compliant_rfc"),
    ("5.6.0", "554 5.6.0 Linia przekracza 998 znaków", "not_compliant_rfc"),
    # a sending service skipped an address on its list of invalid ones
    (None, "Status: skipped (Suppressed: the address is on the invalid address list)", "suppressed"),
    (None, "状态：已跳过，该地址位于无效地址列表中", "suppressed"),
    # an address that no longer exists, an account deleted (Chinese, traditional and simplified)
    (None, "此電子郵件地址已不再存在。", "user_unknown"),
    (None, "该账号已于 2023 年注销，信件无法投递。", "user_unknown"),
]


@pytest.mark.parametrize("status, words, reason", CAUSES)
def test_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("words", [
    "De beheerder heeft het verzoek om vrijgave afgewezen.",
    "De vrijgave van uw vastgehouden bericht is door de beheerder afgewezen.",
])
def test_a_release_refused_in_dutch(words):
    body = f"Uw bericht aan eva@firm.example is in quarantaine geplaatst.\n{words}\nHet bericht wordt niet afgeleverd.\n"
    report = gateway_notice("Quarantaine <quarantine@firm.example>", "Vrijgaveverzoek", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


def test_an_estonian_list_hold():
    body = ("Teie kiri listi koor@listid.firm.example teemaga\n\n    Talvised pakkumised\n\n"
            "on kinni peetud, kuni listi moderaator selle üle vaatab.\n")
    report = persons_mail("koor-bounces@listid.firm.example", "Teie kiri ootab moderaatori kinnitust", body)
    assert report.kind == "failed" and [r.reason for r in report.recipients] == ["on_hold"]


# ---- platforms' own notices ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("Delivery failed", "Delivery from <news@mail.shop.example> to <eva@firm.example> failed.\n\n"
                        "The recipient's mailbox is disabled.\nServer reply: 550 5.2.1 mailbox disabled\n"),
    ("Zustellung fehlgeschlagen", "Zustellung von <news@mail.shop.example> an <eva@firm.example> fehlgeschlagen.\n\n"
                                  "Das Postfach des Empfängers ist deaktiviert.\nAntwort des Servers: 550 5.2.1 mailbox disabled\n"),
])
def test_a_platform_names_the_delivery_from_us_to_the_recipient(subject, body):
    report = gateway_notice("Relay Service <notify@relay.example>", subject, body, to="bounces@mail.shop.example", null=False)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "suspended")])


@pytest.mark.parametrize("line", ["Per aiuto: help@desk.example", "For help: help@desk.example",
                                  "Voor hulp: help@desk.example"])
def test_where_to_ask_for_help_is_no_recipient(line):
    body = ("Non siamo riusciti a recapitare il messaggio a eva@firm.example: il server del destinatario dice che la casella "
            f"non esiste.\n550 5.1.1 user unknown\n\n{line}\n")
    report = gateway_notice("Mail Delivery System <mailer-daemon@desk.example>", "Messaggio non recapitato", body,
                            to="bounces@mail.shop.example")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


# ---- the new address announced (East Asia) --------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    # Japanese: mail to the old address was discarded; resend to the new address below
    ("旧アドレス eva@firm.example 宛てのメールは受信されず、破棄されました。\n"
     "お手数ですが、下記の新しいアドレスへ再送いただきますようお願いいたします。\n\n　新アドレス： eva@new-firm.example\n"),
    # Chinese: the mailbox address has changed, the new one below
    "发往 eva@firm.example 的邮件未能投递：该邮箱地址已变更。\n\n新邮箱地址： eva@new-firm.example\n",
    # Korean: the mail address has changed
    "eva@firm.example 앞으로 보낸 메일은 전달되지 않았습니다. 메일 주소가 변경되었습니다.\n\n새 주소: eva@new-firm.example\n",
])
def test_the_new_address_is_no_recipient_and_the_old_one_has_moved(body):
    report = gateway_notice("System <sysadmin@firm.example>", "アドレス変更 / 地址变更 / 주소 변경", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "has_moved")])


# ---- challenges and acknowledgements ---------------------------------------------------------------------------------
def test_an_indonesian_challenge():
    body = ("Halo,\n\nAnda mengirim email ke eva@firm.example. Alamat Anda belum terverifikasi.\n"
            "Klik tautan berikut untuk membuktikan bahwa Anda adalah manusia:\n\n  https://verify.guard.example/c/91ab\n\n"
            "Email yang belum diverifikasi akan dihapus dalam 5 hari.\n")
    report = gateway_notice("Guard <verify@guard.example>", "Verifikasi pengirim diperlukan: Promo Desember", body)
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


def test_a_hebrew_challenge():
    body = ("שלום,\n\nהודעתך אל eva@firm.example הגיעה מכתובת שאינה מוכרת לנמען ולכן עוכבה.\n"
            "כדי שההודעה תימסר, השב/י למייל זה או לחץ/י על הקישור:\nhttps://approve.guard.example/a?t=77\n\n"
            "לאחר האישור, הודעות עתידיות ממך יימסרו ישירות.\n")
    report = gateway_notice("Guard <noreply@guard.example>", "נדרש אישור שולח", body)
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


@pytest.mark.parametrize("subject, body", [
    ("[#T-4411] تم استلام طلبك", "شكراً لتواصلك معنا. تم استلام رسالتك وتسجيلها تحت رقم التذكرة #T-4411.\n"),
    ("[#T-4412] פנייתך התקבלה", "תודה שפנית אלינו. פנייתך התקבלה ונענה בהקדם. מספר פנייה: T-4412\n"),
    ("[#T-4413] Talebiniz alındı", "Merhaba, talebiniz alınmıştır. Destek ekibimiz en kısa sürede dönüş yapacaktır.\n"),
])
def test_help_desk_acknowledgements_of_the_middle_east(subject, body):
    report = classify(mail(f"From: Support <support@firm.example>\nTo: news@shop.example\nSubject: {subject}\n"
                           f"Auto-Submitted: auto-generated\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("support@firm.example", "auto_reply")])


# ---- complaints and requests -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    # a Japanese ISP's desk: a member reported the mail as spam; the reporter's address in its field
    ("【迷惑メール申告】貴社送信メールについて", "ご担当者様\n\n当社会員より、下記のメールが迷惑メールであるとの申告がありました。\n\n"
                                     "申告者アドレス: eva@firm.example\n送信元IP: 192.0.2.34\n"),
    # an abuse desk: a complaint from a subscriber, named between commas, about the unsolicited mail below
    ("Unsolicited bulk email from 192.0.2.34", "We have received a complaint from one of our subscribers,\neva@firm.example, "
                                               "about the unsolicited commercial email reproduced below.\n"),
    # a German desk: a customer reported the message below as unwanted advertising
    ("Spam-Beschwerde", "einer unserer Kunden (Empfänger: eva@firm.example) hat die unten angeführte Nachricht als "
                        "unerwünschte Werbung (Spam) gemeldet.\n"),
])
def test_complaints_of_isp_desks(subject, body):
    report = persons_mail("Abuse Desk <abuse@isp.example>", subject, body, to="bounces@shop.example")
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


@pytest.mark.parametrize("body", [
    "wypiszcie mnie z tej listy prosze, nie zapisywalam sie",
    "Streichen Sie meine Adresse sofort und endgültig aus Ihrer Liste.",
])
def test_readers_requests_as_they_type_them(body):
    report = classify(mail(f"From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: Re: Nowości\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


def test_a_question_about_the_list_asks_nothing():
    body = "Czy mogę wypisać się z tej listy i zapisać ponownie na inny adres? Jak to zrobić?"
    report = classify(mail(f"From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: Re: Nowości\n{UTF8}", body))
    assert report.kind == "not_bounce"
