"""Readings of the forty-fourth session: Exchange 2000-2003's "destination e-mail system unknown" in twelve more languages, a
share of our mail to missing mailboxes (no size), refusals by the site's administrator and organisation, a hosting panel's
cap on our outgoing mail, the line length of RFC 5322, list moderators in Greek and Turkish, reviews and releases in more
languages, complaints and requests of Southern Europe and the Balkans, challenges in Italian and Spanish, a sending MTA's
own retry queue (a delay, no hold) and the reader's own quota warning in German.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core import smtptext
from filter.core.classifier import decide
from shapes import UTF8, kind_and_reasons, mail, notice


# ---- Exchange 2000-2003: "The destination e-mail system for the recipient is unknown or invalid" ----------------------
@pytest.mark.parametrize("words", [
    "Το σύστημα ηλεκτρονικού ταχυδρομείου προορισμού για τον παραλήπτη είναι άγνωστο ή μη έγκυρο.",
    "Alıcının hedef e-posta sistemi bilinmiyor veya geçersiz.",
    "Sistem email tujuan untuk penerima tidak dikenal atau tidak valid.",
    "Docelowy system poczty e-mail adresata jest nieznany lub nieprawidłowy.",
    "Het doel-e-mailsysteem voor de ontvanger is onbekend of ongeldig.",
    "O sistema de e-mail de destino do destinatário é desconhecido ou inválido.",
    "A címzett cél e-mail rendszere ismeretlen vagy érvénytelen.",
    "Почтовая система получателя неизвестна или недопустима.",
    "Vastaanottajan kohdesähköpostijärjestelmä on tuntematon tai virheellinen.",
    "Modtagerens destinationsmailsystem er ukendt eller ugyldigt.",
    "收件人的目标电子邮件系统未知或无效。",
    "받는 사람의 대상 전자 메일 시스템을 알 수 없거나 잘못되었습니다.",
])
def test_the_destination_system_unknown_in_more_languages(words):
    assert decide(status="5.4.0", diagnostic=f"{words} <mx.firm.example #5.4.0>", action="failed") == "host_unknown"


def test_a_turkish_exchange_2003_entry_with_its_date_word_after_the_date():
    body = ("Mesajınız hedeflenen alıcıların bazılarına veya tümüne ulaşmadı.\n\n"
            "      Konu:\tKış kampanyası\n      Gönderilme tarihi:\t12.01.2005 09:14\n\n"
            "Aşağıdaki alıcılara ulaşılamadı:\n\n"
            "      'selin.aksoy@firm.example' 12.01.2005 09:15 tarihinde\n"
            "            Alıcının hedef e-posta sistemi bilinmiyor ya da geçersiz.\n"
            "            <EXCH01.firm.local #5.4.0>\n")
    report = notice("Sistem Yöneticisi <postmaster@firm.example>", "Teslim Edilemedi: Kış kampanyası", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("selin.aksoy@firm.example", "host_unknown")])


# ---- our share of mail to missing mailboxes: a block of us, never a size ----------------------------------------------
@pytest.mark.parametrize("words", [
    "550 5.7.1 Rejected: too large a share of your recent deliveries were addressed to mailboxes that do not exist.",
    "554 5.7.1 Refused: a high percentage of your messages went to addresses that do not exist here.",
])
def test_a_share_of_our_mail_to_missing_mailboxes_is_a_block(words):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == "blocked"


def test_a_message_too_large_is_still_its_size():
    assert decide(status="5.3.4", diagnostic="552 5.3.4 Message too large for this mailbox system",
                  action="failed") == "message_too_large"


# ---- refusals by the site -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", [
    # the administrator's prohibition with no cause (as Exim's "Administrative prohibition")
    (None, "550 Prohibited by administrator", "rejected"),
    ("5.7.1", "550 5.7.1 Prohibited by the administrator", "rejected"),
    # ... and with one: the cause decides
    (None, "550 Prohibited by administrator: your host is listed at zen.spamhaus.org", "blocked"),
    # the organisation's own list names our domain
    ("5.7.1", "550 5.7.1 Sender domain mail.shop.example is on the organization's deny list", "rejected"),
    ("5.7.1", "550 5.7.1 Sender domain <shop.example> is in the organisation's block list", "rejected"),
    # a hosting panel's cap on our subscription's outgoing mail (our own sending, for a time)
    ("5.7.1", 'Outgoing mail from "news@mail.shop.example" rejected: the limit on outgoing messages for the subscription '
              "has been exceeded", "rate_limited"),
    # RFC 5322 section 2.1.1: a line is at most 998 characters
    (None, "550 Maximum line length exceeded (see RFC 5322 2.1.1).", "not_compliant_rfc"),
    ("5.6.0", "554 5.6.0 Message exceeds the maximum line length", "not_compliant_rfc"),
    # an Italian certified mailbox takes only mail from certified mailboxes: its policy, not our address
    (None, "Motivo: la casella del destinatario è configurata per ricevere esclusivamente messaggi provenienti da caselle "
           "di posta elettronica certificata.", "policy_violation"),
])
def test_refusals_by_the_site(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


# ---- list moderators -------------------------------------------------------------------------------------------------
def _list_notice(sender: str, subject: str, body: str):
    return classify(mail(f"From: {sender}\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))


def test_a_greek_list_moderator_s_refusal():
    body = ("Η αποστολή σας στη λίστα Syllogos-Meli με θέμα «Χειμερινές προσφορές»\n"
            "απορρίφθηκε από τον συντονιστή της λίστας.\n\nΟ συντονιστής σημείωσε: δεν δεχόμαστε διαφημίσεις.\n")
    report = _list_notice("syllogos-meli-owner@lists.firm.example", "Η αποστολή σας απορρίφθηκε", body)
    assert report.kind == "failed" and [r.reason for r in report.recipients] == ["rejected"]


def test_a_turkish_list_hold_awaiting_its_moderator():
    body = ("Kooperatif posta listesine gönderdiğiniz ileti, liste moderatörü tarafından incelenene kadar\n"
            "bekletilmektedir.\n\nNeden: liste üyesi olmayan gönderici\n")
    report = _list_notice("kooperatif-owner@liste.firm.example", "Gönderiniz moderatör onayı bekliyor", body)
    assert [r.reason for r in report.recipients] == ["on_hold"]


# ---- reviews that ended, and holds still running ----------------------------------------------------------------------
def gateway_notice(sender: str, subject: str, body: str):
    """A recipient site's gateway writing to the VERP address our message to eva@firm.example went out with."""
    return classify(mail(f"Return-Path: <>\nFrom: {sender}\nTo: bounces+eva=firm.example@mail.shop.example\n"
                         f"Subject: {subject}\nAuto-Submitted: auto-generated\n{UTF8}", body))


@pytest.mark.parametrize("body", [
    # Hungarian: the administrator looked it over and refused it
    ("Az Ön üzenetét (címzett: eva@firm.example) a levelezőrendszer karanténba tette.\n"
     "A rendszergazda megvizsgálta a levelet, és elutasította; a címzett nem kapja meg.\n"),
    # Catalan: the administrator reviewed it and refused it
    ("El missatge per a eva@firm.example ha quedat retingut a la quarantena del servidor.\n"
     "L'administrador l'ha revisat i l'ha rebutjat: no es lliurarà.\n"),
])
def test_reviews_that_said_no_in_hungarian_and_catalan(body):
    report = gateway_notice("Levélkapu <gateway@gw.firm.example>", "Karantén: az üzenetet nem kézbesítjük", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


def test_a_finnish_hold_awaiting_the_administrator_below_a_greeting():
    body = ("Hei,\n\nLähettämäsi viesti osoitteeseen eva@firm.example on siirretty karanteeniin, ja se odottaa\n"
            "ylläpitäjän tarkistusta. Saat uuden ilmoituksen, kun päätös on tehty.\n")
    report = gateway_notice("Postisuodatin <quarantine@gw.firm.example>", "Viesti pidätetty", body)
    assert kind_and_reasons(report)[1] == [("eva@firm.example", "on_hold")]


def test_a_vietnamese_hold_in_the_quarantine_area():
    body = ("Thư của bạn gửi tới eva@firm.example đã bị tạm giữ trong khu cách ly.\n"
            "Quản trị viên sẽ xem xét thư trong thời gian sớm nhất.\n")
    report = gateway_notice("Cổng thư <gw@gw.firm.example>", "Thông báo cách ly", body)
    assert kind_and_reasons(report)[1] == [("eva@firm.example", "on_hold")]


@pytest.mark.parametrize("body", [
    # Korean: quarantined, the quarantine lifted after review, delivered to the recipient's mailbox
    ("귀하가 eva@firm.example 님께 보낸 메일은 스팸 의심으로 격리되었습니다.\n"
     "관리자 검토 후 격리가 해제되었습니다.\n처리 결과 : 수신자 메일함으로 전달 완료\n"),
    # Vietnamese: held, then released, then moved into the recipient's mailbox
    ("Thư của bạn gửi tới eva@firm.example đã bị tạm giữ để kiểm tra.\n"
     "Quản trị viên đã giải phóng thư; thư đã được chuyển vào hộp thư của người nhận.\n"),
])
def test_releases_then_deliveries_in_korean_and_vietnamese(body):
    report = gateway_notice("Mail Security <gw@gw.firm.example>", "Release notice", body)
    assert report.kind in ("delivered", "not_bounce") and all(r.reason != "on_hold" for r in report.recipients)


# ---- complaints ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    # Bulgarian: a user of ours marked a letter from your server as unwanted mail; "Докладвано за:" the member
    ("Обратна връзка <feedback@isp.example>", "Сигнал за нежелана поща",
     "Здравейте,\n\nНаш потребител отбеляза писмо от вашия сървър като нежелана поща.\n\nДокладвано за: eva@firm.example\n"),
    # Italian: a customer's report about the message below, which the customer considers unwanted mail
    ("Abuse <abuse@isp.example>", "Segnalazione spam",
     "Gentile mittente,\n\nabbiamo ricevuto una segnalazione da parte di un nostro cliente riguardo al messaggio qui sotto, "
     "che il cliente considera posta indesiderata.\n\nCliente segnalante: eva@firm.example\n"),
    # Italian member feedback with its own field, "Segnalato per:"
    ("Antispam <fbl@isp.example>", "Segnalazione da un utente",
     "Un utente della nostra piattaforma ha segnalato come posta indesiderata un messaggio dei vostri server.\n\n"
     "Segnalato per: eva@firm.example\n"),
])
def test_complaints_of_southern_europe_and_the_balkans(sender, subject, body):
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])


# ---- requests to be taken off -------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("Abonelik", "Merhaba,\n\nLütfen e-posta adresimi listenizden çıkarın.\n\nEva\n"),
    ("Re: Бюлетин", "Здравейте,\n\nМоля, отпишете ме от бюлетина ви.\n"),
    ("Re: Бюлетин", "Не искам повече да получавам писма от вашия магазин.\n"),
    ("Trả lời: Bản tin", "Chào shop,\n\nLàm ơn hủy đăng ký nhận bản tin cho địa chỉ email của tôi.\n"),
    ("Trả lời: Bản tin", "Tôi không muốn nhận thêm thư quảng cáo từ cửa hàng nữa.\n"),
])
def test_requests_in_turkish_bulgarian_and_vietnamese(subject, body):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\n"
                           f"Subject: {subject}\nIn-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


def test_a_vietnamese_question_about_the_newsletter_asks_nothing():
    body = "Chào shop,\n\nBản tin tuần này có mã giảm giá không? Tôi muốn mua thêm một đôi giày.\n"
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: Trả lời: Bản tin\n"
                           f"In-Reply-To: <nl.1@shop.example>\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- challenges ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("Verifica mittente",
     "Il Suo messaggio per eva@firm.example è in attesa: il Suo indirizzo non è nell'elenco dei mittenti autorizzati.\n"
     "Per consegnarlo confermi di essere una persona e non un programma automatico:\n"
     "https://verifica.firm.example/c?k=8812\n"),
    ("Verificación",
     "Su mensaje para eva@firm.example espera una confirmación. Nuestro filtro necesita verificar que usted es una persona.\n"
     "Responda a este correo o visite el enlace para autorizar sus envíos:\nhttps://verifica.firm.example/v?k=77\n"),
])
def test_challenges_in_italian_and_spanish(subject, body):
    report = classify(mail(f"From: Filtro <verifica@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: {subject}\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert report.kind == "challenge"


# ---- an address moved, closed or set aside ------------------------------------------------------------------------
@pytest.mark.parametrize("words, reason", [
    ("Ο παραλήπτης δεν χρησιμοποιεί πλέον αυτή τη διεύθυνση. Η νέα διεύθυνση είναι: nikos@new.example", "has_moved"),
    ("Ο λογαριασμός γραφείου έχει απενεργοποιηθεί προσωρινά μέχρι τον Μάρτιο.", "suspended"),
    ("ogrenci@firm.example hesabı kalıcı olarak kapatılmıştır ve artık kullanılmamaktadır.", "user_unknown"),
])
def test_an_address_moved_closed_or_set_aside(words, reason):
    assert decide(status=None, diagnostic=words, action="failed") == reason


# ---- the sending MTA's own retry queue ----------------------------------------------------------------------------
def test_a_message_held_in_the_retry_queue_is_a_delay_not_a_hold():
    body = ("The attached message has had transient non-fatal delivery errors!\n\n"
            "The message is being held in the retry queue and delivery will be attempted again.\n\n"
            "--- Session Transcript ---\n"
            " Mon 2008-03-10 10:02:11: Attempting SMTP connection to [198.51.100.9:25]\n"
            " Mon 2008-03-10 10:02:32: *  Socket connection failed (198.51.100.9:25): 10060 Connection timed out\n"
            " Mon 2008-03-10 10:02:32: Message will be retried in 120 minute(s)\n"
            "--- End Transcript ---\n")
    report = classify(mail("From: MDaemon@mail.shop.example\nTo: bounces+eva=firm.example@mail.shop.example\n"
                           "Subject: Warning: Temporary Delivery Failure\n", body))
    assert report.kind == "delayed"
    (rec,) = report.recipients
    assert (rec.address, rec.reason, rec.reply_code) == ("eva@firm.example", "network_error", None)


@pytest.mark.parametrize("text", ["Message will be retried in 240 minute(s)", "next attempt in 250 hour(s)"])
def test_a_count_of_minutes_is_no_reply_code(text):
    assert smtptext.find_reply_code(text) is None


# ---- the reader's own quota warning ----------------------------------------------------------------------------------
def test_a_german_quota_warning_to_the_reader_is_no_report():
    body = ("Hallo,\n\nIhr Postfach bounces@shop.example belegt 4,8 GB von 5 GB.\n"
            "Ist das Postfach voll, werden neue Nachrichten an Sie mit dem Fehler \"552 5.2.2 Mailbox full\" abgewiesen.\n"
            "Bitte löschen Sie alte Nachrichten.\n\nIhr Postmaster\n")
    report = classify(mail("From: Postmaster <postmaster@shop.example>\nTo: bounces@shop.example\n"
                           f"Subject: Warnung: Postfach fast voll\nAuto-Submitted: auto-generated\n{UTF8}", body))
    assert report.kind == "not_bounce"
