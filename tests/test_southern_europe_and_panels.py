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
SITE_REFUSALS = [
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
]


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
    assert kind_and_reasons(report) == ("delivered", [("eva@firm.example", "delivered")])


# ---- complaints ---------------------------------------------------------------------------------------------------
COMPLAINTS_1 = [
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
]


# ---- requests to be taken off -------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, body", [
    ("Abonelik", "Merhaba,\n\nLütfen e-posta adresimi listenizden çıkarın.\n\nEva\n"),
    ("Re: Бюлетин", "Здравейте,\n\nМоля, отпишете ме от бюлетина ви.\n"),
    ("Re: Бюлетин", "Не искам повече да получавам писма от вашия магазин.\n"),
    ("Trả lời: Bản tin", "Chào shop,\n\nLàm ơn hủy đăng ký nhận bản tin cho địa chỉ email của tôi.\n"),
    ("Trả lời: Bản tin", "Tôi không muốn nhận thêm thư quảng cáo từ cửa hàng nữa.\n"),
])
def test_requests_in_turkish_bulgarian_and_vietnamese(subject, body):
    # (mailed on their own, no reply to a message of ours: the words alone ask)
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\n"
                           f"Subject: {subject}\n{UTF8}", body))
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
    # (the new address on the line below, cut from the recipient's words by the report's layout)
    ("Ο παραλήπτης δεν χρησιμοποιεί πλέον αυτή τη διεύθυνση. Η νέα διεύθυνση είναι:", "has_moved"),
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


# ---- the second batch -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("entry", [
    # Czech "v" (at), Japanese "日時" (date and time) before an Exchange 2000-2003 entry's date
    ("Následující příjemce nebylo možné zastihnout:\n\n      'eva@firm.example' v 3.2.2006 10:15\n"
     "            Cílový e-mailový systém příjemce je neznámý nebo neplatný.\n            <EXCH.firm.local #5.4.0>\n"),
    ("次の受信者に配信できませんでした:\n\n      'eva@firm.example' 日時 2006/02/03 10:15\n"
     "            受信者の宛先電子メール システムが不明か、無効です。\n            <EXCH.firm.local #5.4.0>\n"),
    # Italian with "per il destinatario" (for the recipient)
    ("Impossibile raggiungere i seguenti destinatari:\n\n      'eva@firm.example' il 03/02/2006 10.15\n"
     "            Il sistema di posta elettronica di destinazione per il destinatario è sconosciuto o non valido.\n"
     "            <EXCH.firm.local #5.4.0>\n"),
])
def test_exchange_2003_entries_with_more_words_for_on(entry):
    # (as Exchange 2003 sends it: the text, and a delivery-status part whose fields carry no Diagnostic-Code, so that the
    # entry's indented words are the recipient's only reason)
    raw = ("From: postmaster@firm.example\nTo: bounces+eva=firm.example@shop.example\nSubject: Undeliverable\n"
           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"X\"\n\n"
           f"--X\nContent-Type: text/plain; charset=utf-8\n\n{entry}\n"
           "--X\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;EXCH.firm.local\n\n"
           "Final-Recipient: rfc822;eva@firm.example\nAction: failed\nStatus: 5.4.0\n\n--X--\n")
    assert kind_and_reasons(classify(raw.encode())) == ("failed", [("eva@firm.example", "host_unknown")])


CAUSES_2 = [
    ("5.7.1", "554 5.7.1 client host refused: a significant proportion of recent deliveries from this IP were addressed to "
              "recipients that do not exist", "blocked"),
    ("5.7.1", "550 5.7.1 Zu viele Ihrer Nachrichten gingen an Postfächer, die es bei uns nicht gibt.", "blocked"),
    ("5.7.1", "550 5.7.1 Une part trop élevée de vos envois visait des adresses inexistantes.", "blocked"),
    ("4.7.0", "421 4.7.0 Muitas mensagens suas foram para caixas postais inexistentes.", "blocked"),
    ("5.7.1", "550 5.7.1 Prohibido por el administrador", "rejected"),
    (None, "550 Interdit par l'administrateur", "rejected"),
    (None, "Die Nachricht an x@firm.example konnte nicht versendet werden: Das Limit für ausgehende E-Mails des Abonnements "
           "wurde überschritten.", "rate_limited"),
    ("5.7.1", "550 5.7.1 Questa casella riceve esclusivamente messaggi PEC.", "policy_violation"),
    ("5.2.1", "550 5.2.1 A conta do destinatário foi encerrada definitivamente", "user_unknown"),
    # a site that takes only encrypted mail for a recipient (S/MIME, OpenPGP): a security rule
    (None, "Für diesen Empfänger ist eine verschlüsselte Übermittlung vorgeschrieben. Ihre Nachricht war nicht verschlüsselt.",
     "security_error"),
    (None, "Encrypted delivery is required for this recipient; your message was not encrypted.", "security_error"),
]


@pytest.mark.parametrize("sender, subject, body, reason", [
    # French: awaiting the list moderator's approval (its cause, "réservée aux abonnés", is why it is held)
    ("club-owner@listes.firm.example", "Votre message est en attente d'approbation",
     "Votre courriel à la liste Club est en attente d'approbation par le modérateur de la liste.\n"
     "Raison : message posté par un non-abonné à une liste réservée aux abonnés.\n", "on_hold"),
    # German (Sympa): forwarded to the list's moderators
    ("Sympa <sympa@lists.firm.example>", "Ihre Nachricht wurde zur Moderation weitergeleitet",
     "Ihre Nachricht an die Liste verein@lists.firm.example wurde an die Moderatoren der Liste weitergeleitet.\n"
     "Sie wird verteilt, sobald ein Moderator sie freigegeben hat.\n", "on_hold"),
])
def test_list_holds_in_french_and_german(sender, subject, body, reason):
    report = _list_notice(sender, subject, body)
    assert [r.reason for r in report.recipients] == [reason]


@pytest.mark.parametrize("body", [
    ("Ihre Nachricht an eva@firm.example wurde zunächst in Quarantäne gestellt.\n"
     "Unser Administrator hat die Nachricht geprüft und entschieden, sie nicht zuzustellen.\n"),
    ("Wiadomość do eva@firm.example została zatrzymana w kwarantannie.\n"
     "Administrator przejrzał wiadomość i ją odrzucił. Wiadomość nie zostanie doręczona.\n"),
])
def test_reviews_that_said_no_in_german_and_polish(body):
    report = gateway_notice("Gateway <quarantine@gw.firm.example>", "Nachricht nicht zugestellt", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


@pytest.mark.parametrize("body", [
    ("Su mensaje a eva@firm.example fue liberado de la cuarentena por el administrador y se entregó correctamente en el "
     "buzón del destinatario.\n"),
])
def test_a_release_then_delivery_in_spanish(body):
    report = gateway_notice("Cuarentena <quarantine@gw.firm.example>", "Liberación", body)
    assert kind_and_reasons(report) == ("delivered", [("eva@firm.example", "delivered")])


COMPLAINTS_2 = [
    ("Feedback Loop <fbl@isp.example>", "Жалоба на спам",
     "Здравствуйте!\n\nПолучатель eva@firm.example пометил ваше письмо как спам.\n"),
    ("Antiabuso <abuse@isp.example>", "Queja de usuario",
     "Un cliente de nuestro servicio ha marcado el siguiente mensaje procedente de su red como correo no deseado.\n\n"
     "Destinatario que presentó la queja: eva@firm.example\n"),
]


def test_a_vietnamese_newsletter_s_condition_asks_nothing():
    body = ("Kính gửi bạn đọc,\n\nTuần này: hướng dẫn mới về lịch tiêm chủng.\n"
            "Nếu bạn không muốn nhận bản tin, hãy nhấp vào liên kết hủy đăng ký ở cuối thư.\n")
    report = classify(mail("From: Bản tin <bantin@news.example>\nTo: bounces@shop.example\nSubject: Bản tin tuần\n"
                           f"{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_portuguese_challenge():
    body = ("Olá,\n\nRecebemos sua mensagem para eva@firm.example, mas seu endereço ainda não consta da nossa lista de "
            "remetentes autorizados.\nPara provar que você é uma pessoa, responda a este e-mail ou clique no link:\n"
            "https://confirmar.firm.example/?t=51\n")
    report = classify(mail("From: Antispam <confirmacao@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Confirmação necessária\n{UTF8}", body))
    assert report.kind == "challenge"


# ---- recipients -------------------------------------------------------------------------------------------------------
def test_a_two_column_html_table_names_its_recipient_with_the_root_s_dot():
    html = ('<html><body><h2>Delivery Status: FAILED</h2><table><tr><td>Recipient</td><td>"Eva Berg" '
            '&lt;EVA.BERG@FIRM.EXAMPLE.&gt;</td></tr><tr><td>Status</td><td>550 5.1.1 no such user</td></tr>'
            '<tr><td>Support</td><td><a href="mailto:abuse@host.example">abuse@host.example</a></td></tr></table></body></html>')
    report = classify(mail("From: Mail Robot <robot@host.example>\nTo: bounces@shop.example\nSubject: Delivery Status: FAILED\n"
                           "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n", html))
    assert [(r.address.lower(), r.reason) for r in report.recipients] == [("eva.berg@firm.example", "user_unknown")]


def test_a_delivery_named_from_us_to_them_and_a_contact_wrapped_below():
    body = ("Delivery from <news@mail.shop.example> to <einkauf@firm.example>\nfailed.\n\n"
            "The message was classified as spam by the content filter and was not delivered.\n"
            "Remote response: 550 5.7.1 Message content rejected as spam\n"
            "If you think this is a mistake, forward this notice to\nmailsec-admin@firm.example.\n")
    report = classify(mail("From: Content Filter <mailsec-noreply@firm.example>\nTo: bounces@shop.example\n"
                           f"Subject: Message blocked\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("einkauf@firm.example", "spam_detected")])


def test_a_help_desk_notice_pasting_dsn_fields():
    body = ("Hi Support team,\n\nYour reply on ticket #5512 did not reach the customer.\n\n"
            "  Final-Recipient: rfc822; eva@firm.example\n  Action: failed\n  Status: 5.1.1\n"
            "  Diagnostic-Code: smtp; 550 5.1.1 <eva@firm.example>: Recipient address rejected: User unknown\n\n"
            "Please check the customer's address in their profile.\n")
    report = classify(mail("From: Desk Notifications <notifications@desk.example>\nTo: support@shop.example\n"
                           f"Subject: [Desk] Email to customer could not be sent (ticket #5512)\nAuto-Submitted: auto-generated\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


def test_a_lure_asking_to_open_its_attachment_is_no_report():
    raw = ("From: MAILER-DAEMON <mailer-daemon@postmaster.example>\nTo: bounces@shop.example\n"
           "Subject: Undeliverable: Re: Invoice\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"L\"\n\n"
           "--L\nContent-Type: text/plain\n\nDelivery has failed to these recipients or groups:\naccounts@shop.example\n"
           "The returned message is attached. Open the attachment to view the original invoice and resend.\n"
           "--L\nContent-Type: text/html; name=\"Undelivered.html\"\nContent-Disposition: attachment; filename=\"Undelivered.html\"\n\n"
           "<html><script>window.location='http://login.example/';</script></html>\n--L--\n")
    assert classify(raw.encode()).kind == "not_bounce"


@pytest.mark.parametrize("words", [
    "Mottaker ola@firm.example finnes ikke.",
    "Modtager ola@firm.example findes ikke.",
    "Mottagare ola@firm.example finns inte.",
])
def test_a_nordic_label_before_the_address_that_does_not_exist(words):
    assert decide(status=None, diagnostic=words, action="failed") == "user_unknown"


def test_the_forward_path_of_a_551_is_no_recipient():
    # RFC 5321 section 3.4: "551 User not local; please try <forward-path>" names where to write instead
    body = ("このアドレス kenji@firm.example は使用されなくなりました。\nメッセージは配信されていません。\n\n"
            "新しいアドレス: kenji.m@group.example\n\n551 5.1.6 User not local; please try <kenji.m@group.example>\n")
    report = classify(mail("From: postmaster@firm.example\nTo: bounces+kenji=firm.example@shop.example\n"
                           f"Subject: 宛先変更のお知らせ\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("kenji@firm.example", "has_moved")])


# ---- the third batch --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("entry", [
    # the date first, its word for "on" after it (Turkish "tarihinde", Hungarian "időpontban"); Chinese "在" before it
    ("      'eva@firm.example' 18.01.2008 16:26 tarihinde\n            Alıcının hedef e-posta sistemi bilinmiyor ya da geçersiz.\n"
     "            <EXCH.firm.local #5.4.0>\n"),
    ("      'eva@firm.example' 2007.03.05. 9:41 időpontban\n            A címzett cél e-mail rendszere ismeretlen vagy érvénytelen.\n"
     "            <EXCH.firm.local #5.4.0>\n"),
    ("      'eva@firm.example' 在 2006-11-20 11:03\n            收件人的目标电子邮件系统未知或无效。\n            <EXCH.firm.local #5.4.0>\n"),
    # Swedish "Målets e-postsystem för mottagaren är okänt", Dutch "van de geadresseerde"
    ("      'eva@firm.example' den 2006-04-12 10:15\n            Målets e-postsystem för mottagaren är okänt eller ogiltigt.\n"
     "            <EXCH.firm.local #5.4.0>\n"),
    ("      'eva@firm.example' op 12-9-2005 14:03\n            Het doel-e-mailsysteem van de geadresseerde is onbekend of ongeldig.\n"
     "            <EXCH.firm.local #5.4.0>\n"),
])
def test_exchange_2003_entries_of_the_third_batch(entry):
    test_exchange_2003_entries_with_more_words_for_on(entry)


CAUSES_3 = [
    ("5.7.1", "554 5.7.1 Rechazado: un porcentaje elevado de los envíos de su servidor se dirigen a buzones inexistentes.",
     "blocked"),
    ("5.7.1", "550 5.7.1 Il vostro server ha inviato troppi messaggi verso caselle inesistenti: connessione rifiutata", "blocked"),
    (None, "550 Afgewezen: vanaf uw IP-adres komen te veel berichten voor adressen die bij ons niet bestaan.", "blocked"),
    ("5.7.1", "550 5.7.1 Verboden door de beheerder", "rejected"),
    ("5.7.1", "550 5.7.1 Zabronione przez administratora", "rejected"),
    ("5.7.1", "550 5.7.1 Sender domain x.example figura en la lista de remitentes bloqueados de la organización", "rejected"),
    (None, "Le domaine shop.example a dépassé le nombre maximal de courriels autorisés par heure (300/300).", "rate_limited"),
    (None, "Su plan permite como máximo 250 mensajes salientes por hora y se ha alcanzado ese límite.", "rate_limited"),
    ("5.6.0", "554 5.6.0 Nachricht enthält eine Zeile mit mehr als 998 Zeichen", "not_compliant_rfc"),
    ("4.0.0", "421-mx.gmx.net Service not available 421-Reject due to temporary limit exceeded for IP 192.0.2.25", "rate_limited"),
    # an SMTP command's line, not the message: RFC 5321 section 4.5.3.1.4 ("500 Line too long")
    ("5.5.2", "500 5.5.2 Error: SMTP command line too long", "syntax_error"),
]


def test_a_rule_announced_beside_a_missing_mailbox_is_no_cause():
    words = ("550 5.1.1 <eva@firm.example>: Recipient address rejected: this mailbox does not exist. Please note: senders "
             "with too many messages to mailboxes that do not exist will be blocked by our servers.")
    assert decide(status="5.1.1", diagnostic=words, command="RCPT", action="failed") == "user_unknown"


@pytest.mark.parametrize("text", ["Su plan permite 250 mensajes salientes por hora", "Limit: 250 emails per hour"])
def test_a_count_of_messages_is_no_reply_code(text):
    assert smtptext.find_reply_code(text) is None


def test_a_german_list_moderator_discarded_the_post():
    body = ("Ihr Beitrag an die Liste 'verein' mit dem Betreff\n    Sommeraktion\n"
            "wurde vom Listen-Moderator nicht freigegeben und daher verworfen.\n")
    report = _list_notice("verein-owner@liste.firm.example", "Beitrag abgelehnt", body)
    assert [r.reason for r in report.recipients] == ["rejected"]


@pytest.mark.parametrize("body", [
    ("Ditt meddelande till eva@firm.example hölls i karantän.\n"
     "En administratör har granskat meddelandet och beslutat att det inte ska levereras.\n"),
    ("A mensagem que você enviou para eva@firm.example ficou retida para análise.\n"
     "O administrador analisou a mensagem e optou por não liberá-la.\n"),
])
def test_reviews_that_said_no_in_swedish_and_portuguese(body):
    report = gateway_notice("Karantän <quarantine@gw.firm.example>", "Meddelandet levererades inte", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


COMPLAINTS_3 = [
    ("Abuso <abuse@isp.example>", "Reclamação de spam",
     "Um utilizador marcou a sua mensagem como spam.\nDestinatário que fez a reclamação: eva@firm.example\n"),
    ("Stížnosti <fbl@isp.example>", "Stížnost",
     "Dobrý den, příjemce eva@firm.example označil vaši zprávu \"Letní výprodej\" jako nevyžádanou (spam).\n"),
    ("Beschwerdestelle <fbl@isp.example>", "Spam-Beschwerde",
     "ein Kunde hat Ihre E-Mail \"Sommeraktion\" über die Schaltfläche \"Spam melden\" als unerwünscht gemeldet.\n"
     "Betroffene Adresse: eva@firm.example\n"),
]


def test_a_support_contact_below_a_recipient_field_is_no_recipient():
    body = ("Mensaje no entregado.\nDestinatario: eva@firm.example\nEstado: rechazado (5.1.1)\nMotivo: el buzón no existe\n"
            "Soporte: ayuda@envios.example\n")
    # (from a mail system's account, and from a platform's no-reply account whose words the reports' readers do not take:
    # never the support address of the sender's own domain as a failed account)
    report = classify(mail("From: Mail Delivery System <mailer-daemon@envios.example>\nTo: bounces@shop.example\n"
                           f"Subject: Informe de entrega: mensaje no entregado\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])
    report = classify(mail("From: Informes <no-reply@envios.example>\nTo: bounces@shop.example\n"
                           f"Subject: Informe de entrega: mensaje no entregado\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert all(r.address != "ayuda@envios.example" for r in report.recipients)


def test_a_help_desk_notice_with_the_original_recipient_field():
    body = ("Ihre Antwort auf Ticket #88 konnte nicht zugestellt werden.\nDer empfangende Server meldete:\n"
            "    Original-Recipient: rfc822;eva@firm.example\n    Action: failed\n    Status: 5.2.2\n"
            "    Diagnostic-Code: smtp; 552 5.2.2 Postfach voll\n\nBei Fragen wenden Sie sich an hilfe@desk.example.\n")
    report = classify(mail("From: Ticketsystem <notifications@desk.example>\nTo: support@shop.example\n"
                           f"Subject: [Ticket #88] Antwort konnte nicht zugestellt werden\nAuto-Submitted: auto-generated\n{UTF8}",
                           body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "mailbox_full")])


def test_a_dane_failure_is_the_transport_s_tls():
    # RFC 7672: the MX's certificate did not match its TLSA records; the TLS the transport required failed
    assert decide(status="5.7.0", diagnostic="DANE authentication failed for mx.firm.example", action="failed") == "failed_starttls"


# ---- a blind week of an Italian and Spanish shop: the readers' own answers ---------------------------------------------
@pytest.mark.parametrize("subject, body", [
    # Italian, all capitals, no stop between the request and the reason
    ("R: Black Week", "CANCELLATEMI DALLA VOSTRA LISTA NON VOGLIO PIÙ RICEVERE LE VOSTRE EMAIL. GRAZIE\n"),
    # Spanish, a data-protection request naming the commercial communications
    ("Baja", "Buenas noches,\n\nLes ruego que me den de baja de sus comunicaciones comerciales y que supriman mis datos.\n"),
    # Portuguese, the word first and a reason after it, in a short answer
    ("Re: Black Week", "descadastrar por favor, nem moro mais na Espanha\n"),
    # Italian, "this address" removed at once
    ("Re: Idee regalo", "Spettabile negozio,\n\nrimuovete immediatamente questo indirizzo dalle Vostre liste.\n\nAvv. Rossi\n"),
])
def test_requests_of_the_week(subject, body):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: assistenza@shop.example\n"
                           f"Subject: {subject}\nIn-Reply-To: <nl.7@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


@pytest.mark.parametrize("body", [
    "Ciao,\n\nse non voglio più ricevere le vostre email, basta rispondere?\n",
    "Olá,\n\ndescadastrar como? Não encontro o link.\n",
])
def test_questions_about_leaving_ask_nothing(body):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: assistenza@shop.example\nSubject: Re: Newsletter\n"
                           f"In-Reply-To: <nl.7@shop.example>\n{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_spanish_absence_on_maternity_leave_is_an_auto_reply():
    body = ("Gracias por su correo.\n\nEstoy de baja por maternidad hasta el 3 de marzo. Durante mi ausencia no leeré "
            "este buzón.\nPara pedidos, escriban a compras@firm.example.\n")
    report = classify(mail("From: Eva <eva@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Re: Regalos de Navidad\n{UTF8}", body))
    assert report.kind == "auto_reply"


def test_a_complaint_never_names_our_own_feedback_box():
    # the report names our feedback address where the complainer would stand; our copy's VERP envelope names who complained
    raw = ("From: staff@hotmail.example\nTo: fbl@shop.example\nX-HmXmrOriginalRecipient: <fbl@shop.example>\n"
           "Subject: complaint about message\nMIME-Version: 1.0\n"
           "Content-Type: multipart/report; report-type=feedback-report; boundary=\"F\"\n\n"
           "--F\nContent-Type: text/plain\n\nThis is an email abuse report.\n"
           "--F\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nVersion: 1\n"
           "Original-Mail-From: <bounces+eva=firm.example@shop.example>\n"
           "--F\nContent-Type: message/rfc822\n\nReturn-Path: <bounces+eva=firm.example@shop.example>\n"
           "From: news@shop.example\nTo: <redacted>\nSubject: Black Week\n\nHola\n--F--\n")
    assert kind_and_reasons(classify(raw.encode())) == ("complaint", [("eva@firm.example", "complaint")])


# ---- the fourth batch ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("above, below", [
    ("If you believe this is wrong, forward this notice to", "   it-support@firm.example"),
    ("Ако смятате, че това е грешка, препратете това известие на", "help@firm.example"),
])
def test_an_address_wrapped_below_an_invitation_is_a_contact(above, below):
    body = ("Your message could not be delivered to:\neva@firm.example\n"
            "Server reply: 550 5.1.1 <eva@firm.example>: Recipient address rejected: User unknown\n"
            f"{above}\n{below}\n")
    report = classify(mail("From: Mail System <postmaster@firm.example>\nTo: bounces+eva=firm.example@shop.example\n"
                           f"Subject: Undeliverable\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


def test_a_new_address_announced_on_the_line_above_is_no_recipient():
    body = ("Ihre Nachricht an hans@firm.example konnte nicht zugestellt werden.\nDer Empfänger ist umgezogen. "
            "Die neue Adresse lautet:\nhans@group.example\n\n551 5.1.6 Empfänger umgezogen, bitte versuchen Sie "
            "<hans@group.example>\n")
    report = classify(mail("From: Mailserver <mailer-daemon@mail.firm.example>\nTo: bounces+hans=firm.example@shop.example\n"
                           f"Subject: Unzustellbar\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("hans@firm.example", "has_moved")])


CAUSES_4 = [
    ("5.4.0", "Het e-mailsysteem van de bestemming is onbekend. <EXCH2K.firm.local #5.4.0>", "host_unknown"),
    ("5.4.0", "宛先の電子メール システムが不明です。 <mail01.firm.local #5.4.0>", "host_unknown"),
    ("5.5.2", "500 5.5.2 Error: command exceeds the maximum allowed length (512 octets incl. CRLF)", "syntax_error"),
    ("5.7.1", "550 5.7.1 Il destinatario ha chiesto di non ricevere più messaggi da questo mittente", "filtered"),
]


COMPLAINTS_4 = [
    ("Dział Abuse <abuse@isp.example>", "Zgłoszenie spamu",
     "Szanowni Państwo,\notrzymaliśmy zgłoszenie dotyczące wiadomości wysłanej z Państwa serwera.\n"
     "Zgłoszone przez:  eva@firm.example\nTyp zgłoszenia:   spam / niechciana reklama\n"),
    ("Postmaster <postmaster@isp.example>", "Klacht over ongevraagde e-mail",
     "Een van onze klanten heeft uw bericht als spam gemarkeerd.\nKlacht ingediend door : eva@firm.example\n"),
    ("Visszaélés <abuse@isp.example>", "Spam bejelentés",
     "Felhasználónk az Önöktől érkezett levelet kéretlen levélként jelentette.\nPanaszt tett címzett: eva@firm.example\n"),
    ("Abuse <abuse@isp.example>", "Queja por correo no solicitado",
     "Uno de nuestros suscriptores (eva@firm.example) reportó como SPAM el mensaje que se transcribe abajo.\n"),
]


@pytest.mark.parametrize("subject, body", [
    ("BASTA", "BASTA CON QUESTE PUBBLICITA. LEVATEMI SUBITO DAI VOSTRI INDIRIZZI\n"),
    ("Re: Weekend offers", "Take me off whatever list this is. I never signed up.\n"),
    ("RE: Rebajas", "ya denme de baja porfavor, no se ni como llegue a su lista\n"),
    ("uitschrijven", "uitschrijven aub\n"),
])
def test_requests_of_the_fourth_batch(subject, body):
    report = classify(mail("From: Eva <eva@firm.example>\nTo: news@shop.example\n"
                           f"Subject: {subject}\nIn-Reply-To: <nl.9@shop.example>\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


@pytest.mark.parametrize("subject, body", [
    # a new mail, no answer to ours: its subject the request's one word, its text why
    ("stop", "STOP. Je ne veux plus recevoir vos messages publicitaires.\n"),
    ("Solicitud de cancelación de datos",
     "Solicito se sirvan retirar mi dirección de correo electrónico de su base de datos y dejar de enviarme publicidad.\n"),
])
def test_requests_mailed_on_their_own(subject, body):
    report = classify(mail(f"From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


def test_a_platform_notice_names_its_customer_email_field():
    body = ("We tried to email the order confirmation for order #1045 to your customer, but their email provider did not "
            "accept it.\nCustomer:          Eva Berg\nCustomer email:    eva@firm.example\nSent from:         store@shop.example\n"
            "Provider response: 552 5.2.2 Mailbox quota exceeded for this recipient\n")
    report = classify(mail("From: Storefront <no-reply@storefront.example>\nTo: owner@shop.example\n"
                           f"Subject: Order #1045: customer notification could not be delivered\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "mailbox_full")])


def test_a_refusal_that_counts_mails_keeps_its_code():
    # (a count only reads as such beside a success code: "554 mails from your IP are rejected" is a refusal)
    assert smtptext.find_reply_code("554 mails from your IP are rejected") == "554"


# ---- the tables above, each case a wording written for its rule -------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", SITE_REFUSALS + CAUSES_2 + CAUSES_3 + CAUSES_4)
def test_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


@pytest.mark.parametrize("sender, subject, body", COMPLAINTS_1 + COMPLAINTS_2 + COMPLAINTS_3 + COMPLAINTS_4)
def test_complaints(sender, subject, body):
    # (an ISP's desk or feedback loop writing to our bounce address; the complainer named in its words or a labelled field)
    report = classify(mail(f"From: {sender}\nTo: bounces@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("complaint", [("eva@firm.example", "complaint")])
