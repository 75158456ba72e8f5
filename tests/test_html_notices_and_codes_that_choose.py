"""Readings of the thirty-ninth session: an HTML notice's pictures' words and named characters, codes that choose between two
causes the words offer, security products by name and by what they did (a finding, a hold, a release refused, the rest passed
on), per-line successes in a report's list and their negations, delays and give-ups in more languages, contacts, a report pasted
into a forward to us, notices about the reader's own address, and replies: auto-replies, help desks' case numbers, challenges of
sender-verification appliances and readers' requests written by hand.

Each case is a wording written for the rule it tests (none copied from a sample): what the words mean decides.
"""
from __future__ import annotations

import pytest

from filter import classify
from filter.core.classifier import decide
from shapes import auto_reply, kind_and_reasons, mail, readers_reply

HTML = "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"


def _html_notice(body: str, subject: str = "Nachricht zurückgewiesen"):
    return classify(mail(f"From: Mail Gateway <gateway@firm.example>\nTo: news@shop.example\nSubject: {subject}\n"
                         f"Auto-Submitted: auto-generated\n{HTML}", body))


# ---- an HTML notice's words: a picture's text alternative, the named character references ----------------------
@pytest.mark.parametrize("body, reason", [
    # the cause drawn as a picture, said in its alt text (HTML 4.01 section 13.8)
    ('<p>Ihre Nachricht an <a href="mailto:eva@firm.example">eva@firm.example</a> wurde zur&uuml;ckgewiesen.</p>'
     '<p><img src="cid:x@gw" alt="Zustellung fehlgeschlagen: Empf&auml;ngeradresse existiert nicht"></p>', "user_unknown"),
    ("<p>Message to eva@firm.example was not delivered.</p>"
     "<img src='https://gw.firm.example/r.png' alt='REJECTED - classified as SPAM by the content filter'/>", "spam_detected"),
    # a named reference outside the six most common ones ("&auml;" in "Postfach ist voll")
    ("<p>Die Nachricht an eva@firm.example konnte nicht zugestellt werden: das Postfach ist &uuml;berf&uuml;llt "
     "(Speicherplatz ersch&ouml;pft).</p>", "mailbox_full"),
])
def test_an_html_notice_is_read_with_its_pictures_words_and_its_named_characters(body, reason):
    assert kind_and_reasons(_html_notice(body)) == ("failed", [("eva@firm.example", reason)])


def test_a_logo_s_alt_text_adds_no_cause():
    body = ('<p><img src="cid:logo" alt="Firm Example"></p><p>Ihre Nachricht an eva@firm.example wurde zur&uuml;ckgewiesen: '
            "Empf&auml;nger unbekannt.</p>")
    assert kind_and_reasons(_html_notice(body)) == ("failed", [("eva@firm.example", "user_unknown")])


def test_a_reference_html_does_not_name_is_left_as_written():
    from filter.core.message import _strip_html

    assert _strip_html("<p>a &notaname; b &auml; &copy</p>") == "a &notaname; b ä &copy\n"


# ---- words that offer two causes: the code chooses --------------------------------------------------------------
EITHER = ("This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter "
          "message body or remove attachments and try sending it again.")


@pytest.mark.parametrize("status, reason", [("5.3.4", "message_too_large"), ("5.2.3", "message_too_large"),
                                            ("5.2.2", "mailbox_full"), (None, "mailbox_full")])
def test_words_that_offer_a_full_mailbox_or_a_size_over_the_limit_leave_the_choice_to_the_code(status, reason):
    assert decide(status=status, diagnostic=EITHER, action="failed") == reason


def test_a_size_code_beside_words_of_a_full_mailbox_alone_stays_the_mailbox():
    assert decide(status="5.3.4", diagnostic="552 5.3.4 Mailbox is full", action="failed") == "mailbox_full"


# ---- gateways that sign with their product's name; a link's domain too new ----------------------------------------
@pytest.mark.parametrize("product", ["Egress Defend", "Darktrace Email", "Tessian", "IRONSCALES", "Perception Point"])
def test_a_security_product_s_notice_that_our_message_was_stopped_is_a_failure(product):
    from shapes import notice

    report = notice(f"{product} <noreply@vendor.example>", "Message not delivered",
                    "Your message to eva@firm.example has not been delivered.\n\n"
                    f"{product} identified the message as a likely phishing attempt and blocked it on behalf of the "
                    "recipient organisation.\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "spam_detected")])


@pytest.mark.parametrize("words, reason", [
    ("550 5.7.1 Message blocked: it contains a link to a newly registered domain", "spam_detected"),
    ("550 5.7.1 Message blocked: URLs pointing to recently registered domains", "spam_detected"),
    ("550 5.7.1 Rejected: your sending domain is a newly registered domain", "bad_reputation"),
])
def test_a_new_domain_the_content_links_to_is_the_content_s_a_new_sending_domain_is_ours(words, reason):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == reason


def test_a_product_s_notice_of_malware_found_in_the_message_we_sent_names_its_recipient_in_a_field():
    from shapes import notice

    report = notice("Email Security <no-reply@gateway.vendor.example>", "Virus detected in message you sent",
                    "The gateway has detected malware in the message you sent.\n\nSender:     news@shop.example\n"
                    "Recipient:  eva@firm.example\nSubject:    June news\nThreat:     TROJ_AGENT.ZZQ7 (attachment: x.xlsm)\n"
                    "Action:     Message deleted. The message was not delivered.\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])


@pytest.mark.parametrize("name", ["TROJ_AGENT.ZZQ7", "TSPY_BANKER.SMB", "BKDR_REMCOS.A", "W97M_DLOADER.XY"])
def test_a_malware_name_in_trend_micro_s_form_is_a_virus_found(name):
    assert decide(status=None, diagnostic=f"Threat: {name}", action="failed") == "virus_detected"


def test_a_german_notice_naming_the_message_by_its_subject_before_its_recipient():
    from shapes import notice

    report = notice("Mailschutz <noreply@mailschutz.example>", "Virenwarnung: Ihre Nachricht wurde nicht zugestellt",
                    'Sehr geehrte Damen und Herren,\n\ndie E-Mail mit dem Betreff "Juni-Angebote" an eva@firm.example\n'
                    "wurde vom Mailschutz nicht zugestellt, da im Anhang Schadsoftware gefunden wurde.\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])


@pytest.mark.parametrize("words, status, reason", [
    # a rule that stops a message until someone approves it
    ("MailMarshal has stopped the following e-mail for the following reason: The message contains an attachment type "
     "which requires administrator approval.", None, "on_hold"),
    # a sandbox's analysis still to finish
    ("451 4.7.1 Message deferred: attachment submitted for sandbox analysis, please retry later", "4.7.1", "on_hold"),
    ("451 4.7.1 Sandbox scan in progress, try again later", "4.7.1", "on_hold"),
    # ... but what the sandbox found decides once it has
    ("550 5.7.1 Message rejected: sandbox analysis found malware in the attachment", "5.7.1", "virus_detected"),
])
def test_a_message_stopped_until_approved_or_scanned_is_held(words, status, reason):
    assert decide(status=status, diagnostic=words, action="failed" if (status or "5")[0] == "5" else "delayed") == reason


# ---- administrators' notices of East Asia and Oceania (eighty-third writer) ---------------------------------------
def test_where_to_write_instead_names_no_recipient():
    from shapes import notice

    report = notice("Firm Mail Server <postmaster@firm.example>", "Undeliverable: Account deactivated",
                    "Your email to eva@firm.example could not be delivered because this account has been deactivated.\n"
                    "For concerns, please send your message to info@firm.example instead.\n\n"
                    "Server reply: 550 5.2.1 Mailbox disabled, not accepting messages\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "suspended")])


@pytest.mark.parametrize("words", ["Please direct future correspondence to office@firm.example.",
                                   "Kindly address your enquiries to office@firm.example."])
def test_an_invitation_to_write_elsewhere_is_a_contact(words):
    from filter.core.detectors.text import invites

    assert invites(words.lower())


def test_a_bilingual_recipient_label_and_a_japanese_virus_notice():
    from shapes import notice

    report = notice("Mail Security <virus-admin@firm.example>", "[ウイルス検知] メールを削除しました",
                    "お送りいただいたメールからウイルスが検出されたため、受信者への配信を停止しました。\n\n"
                    "  宛先 / Recipient : eva@firm.example\n  ウイルス名 / Name: Trojan.PDF.Agent-A\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])


def test_a_virus_found_in_your_message_is_a_product_s_notice_of_it():
    from shapes import notice

    report = notice("Mail Security <virus-admin@firm.example>", "Virus detected",
                    "A virus was found in your message. The message was not delivered.\n\nRecipient: eva@firm.example\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])


def test_a_dutch_delay_that_keeps_trying():
    from shapes import notice

    report = notice("Mail Delivery System <MAILER-DAEMON@mta.shop.example>", "Vertraagde bezorging: June news",
                    "Uw bericht aan eva@firm.example kon nog niet worden bezorgd.\nReden: de ontvangende mailserver weigert "
                    "tijdelijk de verbinding (connect to mx.firm.example[192.0.2.33]:25: Connection refused).\n\n"
                    "Wij blijven het nog 4 dagen proberen. U hoeft het bericht niet opnieuw te versturen.\n")
    assert kind_and_reasons(report) == ("delayed", [("eva@firm.example", "network_error")])


def test_a_german_give_up_within_the_longest_delivery_time_is_expired():
    assert decide(status="4.4.0", diagnostic="Die Nachricht konnte innerhalb der maximalen Zustellzeit von 5 Tagen nicht "
                  "zugestellt werden. Letzte Antwort: 451 4.4.0 Temporärer DNS-Fehler bei der Namensauflösung",
                  action="failed") == "expired"


PASTED = ("Hi team,\n\nYour newsletter keeps bouncing off one of our customer's old addresses, please take it off.\n\n"
          "---------- Forwarded message ----------\nFrom: MAILER-DAEMON@mx.host.example (Mail Delivery System)\n"
          "Date: Mon, 27 May 2024 13:50:12 +1200\nSubject: Undelivered Mail Returned to Sender\nTo: {to}\n\n"
          "This is the mail system at host mx.host.example.\n\nI'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients.\n\n<eva@firm.example>: host mx.host.example[192.0.2.9] said: 550 5.1.1 "
          "<eva@firm.example> User doesn't exist (in reply to RCPT TO command)\n")


@pytest.mark.parametrize("to, kind", [("bounces+eva=firm.example@news.shop.example", "failed"),
                                      # (a report of the forwarder's own mail is the forwarder's question, no report of ours)
                                      ("someone@host.example", "not_bounce")])
def test_a_report_pasted_into_a_forward_to_us_is_read_when_it_went_to_our_return_path(to, kind):
    report = classify(mail("From: Hosting Support <support@host.example>\nTo: postmaster@news.shop.example\n"
                           "Subject: Fwd: Undelivered Mail Returned to Sender\nDate: Mon, 27 May 2024 14:05:00 +1200\n"
                           "Message-ID: <f1@host.example>\n", PASTED.format(to=to)))
    assert report.kind == kind
    if kind == "failed":
        assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


# ---- providers of Europe and Asia (thirtieth provider probe) -----------------------------------------------------
@pytest.mark.parametrize("words, reason", [
    # RFC 5321's stock text of a 421 above web.de's heading is no cause of its own: the heading's policy stands
    ("421-web.de (mxweb112) Nemesis ESMTP Service not available 421-Service unavailable 421-Reject due to policy restrictions. "
     "421 For explanation visit https://postmaster.web.de/en/case?c=hi&i=ip", "policy_violation"),
    # ... and a cause its words give besides still decides
    ("421-Reject due to policy restrictions. 421-Too many messages have been received in a short period of time", "rate_limited"),
    # ... and the words that the service is unavailable, alone, are the system's state
    ("421 mx.web.example Service temporarily unavailable", "system_error"),
])
def test_a_421_s_stock_text_beside_a_provider_s_heading(words, reason):
    assert decide(status="4.0.0", diagnostic=words, action="delayed") == reason


@pytest.mark.parametrize("words, reason", [
    # "classified as spam and reception refused": the server's verdict, in the passive
    ("554 5.7.1 Blocked by antispam policy: message classified as spam (스팸으로 분류되어 수신 거부되었습니다)", "spam_detected"),
    # the person's own setting, the noun: "blocked by the recipient's spam setting (reception refusal)"
    ("550 5.7.1 받는사람의 스팸설정(수신거부)에 의해 차단되었습니다", "filtered"),
])
def test_korean_reception_refused_by_a_server_or_by_the_person(words, reason):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == reason


# ---- the adversarial probe of this session's first batch ---------------------------------------------------------
def test_a_german_notice_of_malware_found_in_your_mail():
    from shapes import notice

    report = notice("Hornetsecurity Mailschutz <noreply@gateway.example>", "Ihre E-Mail wurde nicht zugestellt",
                    "in Ihrer E-Mail an einen Empfänger bei firm.example wurde Schadsoftware gefunden.\n"
                    "Die Nachricht wurde aus Sicherheitsgründen nicht zugestellt.\n\nAbsender:   news@shop.example\n"
                    "Empfänger:  eva@firm.example\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "virus_detected")])


def test_a_product_that_took_action_on_a_message_we_sent():
    from shapes import notice

    report = notice("Trend Micro Email Security <notification@gateway.example>", "Message blocked: June news",
                    "Trend Micro Email Security has taken action on a message you sent.\n\nSender:     news@shop.example\n"
                    "Recipient:  eva@firm.example\nAction:     Deleted; the message was not delivered because it was "
                    "detected as spam.\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "spam_detected")])


def test_a_german_delay_that_keeps_trying_after_a_connection_timed_out():
    from shapes import notice

    report = notice("Mail Delivery System <MAILER-DAEMON@mta.shop.example>", "Warnung: Nachricht verzögert",
                    "Dies ist eine Warnung. Ihre Nachricht konnte bisher nicht zugestellt werden.\nSie müssen nichts weiter "
                    "unternehmen: wir versuchen es weiterhin, höchstens noch 4 Tage.\n\nEmpfänger:  eva@firm.example\n"
                    "Grund:      Verbindung zu mx01.firm.example[192.0.2.55] fehlgeschlagen: Zeitüberschreitung\n")
    assert kind_and_reasons(report) == ("delayed", [("eva@firm.example", "network_error")])


@pytest.mark.parametrize("body", [
    # Italian: "the message addressed to x@ was not delivered within the longest delivery time (5 days)"
    "Il messaggio indirizzato a eva@firm.example non è stato recapitato entro il tempo\nmassimo di consegna previsto "
    "(5 giorni) ed è stato quindi rimosso dalla coda.\n\nUltimo errore: connessione a mx.firm.example scaduta (timeout)\n",
    # Dutch: "could not be delivered within the longest delivery time; we tried for 5 days and stop now"
    "Uw bericht aan eva@firm.example kon niet binnen de maximale bezorgtijd worden afgeleverd.\nWe hebben het 5 dagen "
    "geprobeerd en stoppen nu.\n\nLaatste foutmelding: 421 4.4.2 mx.firm.example: lost connection after greeting\n",
])
def test_a_give_up_within_the_longest_delivery_time_in_italian_and_dutch(body):
    from shapes import notice

    report = notice("Mail Delivery System <MAILER-DAEMON@mta.shop.example>", "Undeliverable: June news", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "expired")])


@pytest.mark.parametrize("words, reason", [
    ("550 5.7.1 Message rejected: the message body contains a URL (go.deals.example) whose domain was registered within "
     "the last 14 days", "spam_detected"),
    ("550 5.7.1 Absenderdomain news.shop.example wurde erst vor kurzem registriert (Domainalter unter 30 Tagen) - Annahme "
     "verweigert", "bad_reputation"),
])
def test_a_young_domain_in_a_link_or_as_our_sending_domain(words, reason):
    assert decide(status="5.7.1", diagnostic=words, action="failed") == reason


def test_a_german_quarantine_that_awaits_an_administrator_s_release_is_held():
    words = ("Ihre Nachricht an eva@firm.example wurde in die Quarantäne verschoben und muss vor der Zustellung von einem "
             "Administrator freigegeben werden. Grund: Anhang mit Makros. Sobald die Nachricht freigegeben ist, wird sie "
             "zugestellt.")
    assert decide(status=None, diagnostic=words, action="failed") == "on_hold"


@pytest.mark.parametrize("name", ["Servizio di posta elettronica", "Servicio de correo electrónico", "Serviço de e-mail"])
def test_the_mail_service_named_in_italian_spanish_portuguese_is_a_mail_system(name):
    from filter.core.detectors.text import names_a_system

    assert names_a_system(f"{name} <noreply@isp.example>")


@pytest.mark.parametrize("name", ["Servizio Clienti", "Servizio Posta", "Servicio de correo"])
def test_a_customer_service_or_the_post_is_no_mail_system(name):
    from filter.core.detectors.text import names_a_system

    assert not names_a_system(f"{name} <noreply@shop.example>")  # (a shop's or a parcel service's sender)


# ---- bounces of 2005-2015, recipients hard to read --------------------------------------------------------------
def test_iso_2022_jp_text_with_pasted_8_bit_header_lines_is_read_line_by_line():
    body = ("以下の宛先へのメール配信に失敗しました。\n\n宛先: eva@firm.example\n"
            "理由: 受信者のメールボックスの容量がいっぱいのため、配信できませんでした。\n\n").encode("iso-2022-jp") \
        + "Subject: 今週のおすすめ\n".encode("utf-8")
    raw = (b"From: MAILER-DAEMON@mx.firm.example\nTo: bounces+eva=firm.example@news.shop.example\n"
           b"Subject: Mail delivery failed\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"ISO-2022-JP\"\n"
           b"Content-Transfer-Encoding: 7bit\n\n" + body)
    assert kind_and_reasons(classify(raw)) == ("failed", [("eva@firm.example", "mailbox_full")])


def test_a_remote_server_that_could_not_be_found_is_an_unknown_domain():
    words = "Error Type: SMTP Remote server (firm.example) could not be found. Please verify that the domain name is correct."
    assert decide(status=None, diagnostic=words, action="failed") == "host_unknown"


@pytest.mark.parametrize("body, failed, delivered", [
    ("以下の宛先へのメール配信に失敗しました。\n\n宛先：「taro@firm.example」\n理由：宛先のメールアドレス（taro@firm.example）は存在しません。\n\n"
     "なお、同時に送信された宛先（hana@firm.example）へは正常に配信されました。\n", "taro@firm.example", "hana@firm.example"),
    ("投递结果：\n  li@firm.example，投递失败：收件人地址不存在（550 5.1.1 User unknown）。\n  wang@firm.example，已成功投递。\n",
     "li@firm.example", "wang@firm.example"),
    ("Ваше письмо не было доставлено следующим адресатам:\n    ivan@firm.example - адрес не существует (550 5.1.1 No such user)\n"
     "Письмо адресату olga@firm.example доставлено успешно.\n", "ivan@firm.example", "olga@firm.example"),
])
def test_a_recipient_whose_own_line_says_it_was_delivered_is_reported_delivered(body, failed, delivered):
    from shapes import notice

    report = notice("Mail Delivery System <MAILER-DAEMON@mx.firm.example>", "Undeliverable: June news", body)
    assert kind_and_reasons(report) == ("failed", [(failed, "user_unknown"), (delivered, "delivered")])


def test_a_notice_about_the_reader_s_own_address_is_no_report_of_our_mail():
    from shapes import notice

    report = notice("Servicio de correo <soporte@correo.example>", "Aviso: mensajes retenidos en su buzón",
                    "Estimado usuario de news@shop.example:\n\nTiene 6 mensajes retenidos porque su cuenta no ha sido verificada. "
                    "El destinatario news@shop.example no existe en nuestro nuevo servidor hasta que confirme sus datos.\n\n"
                    "Verifique su cuenta aquí: https://correo.example/verificar\n")
    assert report.kind == "not_bounce"


def test_a_report_of_mail_someone_sent_to_themselves_stays_a_report():
    raw = ("From: MAILER-DAEMON@firm.example\nTo: eva@firm.example\nSubject: failure notice\n\n"
           "Hi. This is the qmail-send program at firm.example.\nI'm afraid I wasn't able to deliver your message to the "
           "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<eva@firm.example>:\n"
           "192.0.2.1 does not like recipient.\nRemote host said: 552 Error: disk quota exceeded\nGiving up on 192.0.2.1.\n")
    assert kind_and_reasons(classify(raw.encode())) == ("failed", [("eva@firm.example", "mailbox_full")])


# ---- the adversarial probe of the second batch --------------------------------------------------------------------
@pytest.mark.parametrize("body, expected", [
    # a Japanese line that names the recipient in brackets, "へは" before the verb: delivered for one, failed for the other
    ("配信状況のお知らせ\n\n（suzu@firm.example）へは正常に配信されました。\n（sato@firm.example）へは配信できませんでした。"
     "理由：550 5.1.1 User unknown\n", [("suzu@firm.example", "delivered"), ("sato@firm.example", "user_unknown")]),
    # Traditional Chinese "已成功傳送"
    ("郵件傳送報告\nchen@firm.example：已成功傳送\nlin@firm.example：傳送失敗，原因：收件者信箱已滿 (552 5.2.2)\n",
     [("chen@firm.example", "delivered"), ("lin@firm.example", "mailbox_full")]),
])
def test_a_report_that_says_per_line_who_was_delivered(body, expected):
    from shapes import notice

    report = notice("Mail System <postmaster@mx.firm.example>", "Delivery report", body)
    assert kind_and_reasons(report) == ("failed", expected)


@pytest.mark.parametrize("line", ["El mensaje para eva@firm.example no se ha entregado correctamente.",
                                  "Il messaggio per eva@firm.example NON è stato consegnato correttamente.",
                                  "eva@firm.example: nicht erfolgreich zugestellt"])
def test_a_negated_success_is_no_success(line):
    from filter.core.detectors.text import _success_line

    assert not _success_line(line)


def test_a_negation_after_the_success_words_negates_nothing():
    from filter.core.detectors.text import _success_line

    assert _success_line("eva@firm.example: delivered successfully, no further action is required")


def test_a_report_whose_every_recipient_was_delivered_is_a_delivery_report():
    from shapes import notice

    report = notice("Mail Delivery Report <postmaster@relay.firm.example>", "Delivery report",
                    "Raport doręczenia / Teslim raporu\nnowak@firm.example - wiadomość dostarczona pomyślnie\n"
                    "yilmaz@firm.example - mesaj başarıyla teslim edildi\n")
    assert kind_and_reasons(report) == ("delivered", [("nowak@firm.example", "delivered"), ("yilmaz@firm.example", "delivered")])


def test_a_product_that_removed_an_attachment_and_delivered_the_rest_reports_no_failure():
    from shapes import notice

    report = notice("Trend Micro Email Security <no-reply@gateway.example>", "Attachment removed: June news",
                    "Trend Micro Email Security has taken action on a message you sent.\nSender: news@shop.example\n"
                    "Recipient: eva@firm.example\nSubject: June news\nAction: Attachment removed (invoice.pdf.exe); message "
                    "delivered to recipient\n")
    assert report.kind == "not_bounce"


@pytest.mark.parametrize("sender, subject, body", [
    ("Firm Mail Gateway <gateway-notify@firm.example>", "Message held: June news",
     "Your message to eva@firm.example has been placed in a held queue.\nIt matched the data-loss-prevention rule 'External "
     "bulk mail' and is pending release by an IT administrator.\n"),
    ("Seguridad del correo <no-reply@firm.example>", "Mensaje retenido en cuarentena",
     "Su mensaje para eva@firm.example está retenido en cuarentena.\nDebe ser aprobado por un administrador antes de su entrega. "
     "Una vez aprobado, se entregará automáticamente.\n"),
])
def test_a_gateway_s_hold_in_other_words(sender, subject, body):
    from shapes import notice

    assert kind_and_reasons(notice(sender, subject, body))[1] == [("eva@firm.example", "on_hold")]


def test_a_hold_whose_release_was_refused_is_the_policy_s_refusal():
    words = ("Die Freigabe Ihrer zurückgehaltenen E-Mail an eva@firm.example wurde von einem Administrator abgelehnt. Die "
             "Nachricht wurde gelöscht und nicht zugestellt. Grund der Quarantäne: Massen-E-Mail von externem Absender")
    assert decide(status=None, diagnostic=words, action="failed") == "policy_violation"


# ---- a Nordic retailer's week, servers beyond the usual four -------------------------------------------------------
def test_an_icelandic_out_of_office_subject():
    report = classify(mail("From: Guðrún <gudrun@firm.example>\nTo: news@shop.example\nSubject: Sjálfvirkt svar: Tilboð vikunnar\n"
                           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
                           "Góðan dag,\nÉg er í fæðingarorlofi til 1. febrúar. Vinsamlegast hafið samband við skrifstofa@firm.example.\n"))
    assert report.kind == "auto_reply"


def test_a_norwegian_help_desk_that_gave_our_mail_a_case_number():
    report = classify(mail("From: Kundeservice <kundeservice@firm.example>\nTo: bounces+kundeservice=firm.example@news.shop.example\n"
                           "Subject: Vi har mottatt din henvendelse [#48213]\nReferences: <n1@news.shop.example>\n"
                           "Auto-Submitted: auto-generated\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
                           "Hei,\n\nTakk for din henvendelse. Saken har fått nummer #48213, og vi svarer så snart som mulig.\n"))
    assert report.kind == "auto_reply"


@pytest.mark.parametrize("sender, subject, body", [
    ("niels@firm.example", "SV: Ugens tilbud", "STOP med at sende mig det her. Fjern mig fra jeres liste NU.\n"),
    ("W. Krüger <w.k@firm.example>", "AW: Angebote der Woche",
     "Ich fordere Sie gemäß Art. 17 DSGVO auf, meine E-Mail-Adresse und alle meine Daten unverzüglich zu löschen.\n"),
])
def test_a_danish_removal_now_and_a_german_erasure_request_are_unsubscribes(sender, subject, body):
    report = readers_reply(body, sender, subject)
    assert report.kind == "unsubscribe"


def test_groupwise_s_user_non_existent():
    assert decide(status=None, diagnostic="jsmith (user non-existent)", action="failed") == "user_unknown"


def test_a_sending_platform_s_activity_notice_with_its_summary_of_the_message():
    from shapes import notice

    report = notice("Mandrill <noreply@mandrill.example>", "[Mandrill] Hard bounce: eva@firm.example",
                    "Mandrill Activity\n\nA message sent through your account hard-bounced.\n\nTo: eva@firm.example\n"
                    "Subject: Welcome\nState: bounced\nSMTP events:\n  Fri, 08 Mar 2024 10:14:22 +0000  550 5.1.1 "
                    "<eva@firm.example>: Recipient address rejected: User unknown in virtual alias table\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


def test_a_portuguese_request_for_the_removal_of_this_address():
    report = classify(mail("From: Secretaria <secretaria@escola.example>\nTo: news@shop.example\nSubject: Remover da lista\n"
                           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
                           "Exmos. Senhores,\nSolicitamos a remoção deste endereço da vossa lista de distribuição.\n"))
    assert report.kind == "unsubscribe"


def test_where_to_forward_the_message_in_spanish_is_a_contact():
    from filter.core.detectors.text import invites

    assert invites("si cree que se trata de un error, reenvíe el mensaje a spam-reportes@firm.example")


# ---- replies that are no failures, the adversarial probe of the third batch ---------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    ("bobby@mail.example", "unsuscribe", "plz unsubcribe me from this list i dont want thes emails any more thx\n"),
    ("Nina <nina@firm.example>", "AW: Frühlingsaktion", "Ihr Abmeldelink funktioniert nicht. Bitte melden Sie mich manuell ab.\n"),
    ("Lars <lars@firm.example>", "SV: Spring sale", "Sluta skicka mail till mig. Avregistrera mig omedelbart.\n"),
    ("Kari <kari@firm.example>", "SV: Vårsalg", "Fjern meg fra listen deres umiddelbart! Jeg har aldri meldt meg på.\n"),
])
def test_requests_misspelt_made_by_hand_or_said_at_once_are_unsubscribes(sender, subject, body):
    report = readers_reply(body, sender, subject)
    assert report.kind == "unsubscribe"


@pytest.mark.parametrize("line", ["a.nowak@firm.example - wiadomość nie została dostarczona pomyślnie: skrzynka jest pełna",
                                  "ayse@firm.example - mesaj başarıyla teslim edilemedi"])
def test_a_polish_or_turkish_negated_success_is_no_success(line):
    from filter.core.detectors.text import _success_line

    assert not _success_line(line)


@pytest.mark.parametrize("words", [
    "Action taken: the attachment was stripped; the remaining message was forwarded to the recipient.",
    "Aktion:  Anhang entfernt, die Nachricht wurde dem Empfänger ohne Anhang zugestellt.",
])
def test_a_product_s_action_that_passed_the_rest_of_the_message_on(words):
    from filter.core.detectors.text import _DELIVERED_ANYWAY

    assert _DELIVERED_ANYWAY.search(words)


@pytest.mark.parametrize("words", [
    "De vrijgave van uw vastgehouden bericht aan eva@firm.example is door een beheerder geweigerd. Het bericht wordt niet afgeleverd.",
    "The release of your held message to eva@firm.example was denied by an administrator. The message was deleted.",
])
def test_a_release_refused_in_dutch_and_english_is_the_policy_s_refusal(words):
    assert decide(status=None, diagnostic=words, action="failed") == "policy_violation"


def test_a_platform_s_notice_in_gmail_s_words_of_a_failed_recipient():
    from shapes import notice

    report = notice("Mailgun <no-reply@platform.example>", "Permanent failure for one or more recipients (eva@firm.example)",
                    "Delivery to the following recipient failed permanently:\n\n    eva@firm.example\n\nTechnical details of "
                    "permanent failure:\n554 5.7.1 Service unavailable; Client host [203.0.113.47] blocked using zen.spamhaus.org\n")
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "blocked")])


@pytest.mark.parametrize("sender, subject, body", [
    ("purchasing@firm.example", "Re: June news - Verification Required",
     "Your email to purchasing@firm.example is awaiting verification.\nOur email system only accepts messages from verified "
     "senders. To verify that you sent this message, simply reply to this email.\n"),
    ("Vérification expéditeur <verification@firm.example>", "Vérification de votre adresse e-mail requise",
     "Votre message adressé à direction@firm.example est en attente.\nAfin de lutter contre le courrier indésirable, notre "
     "passerelle demande aux nouveaux expéditeurs de confirmer qu'ils sont bien des personnes.\nCliquez ici pour valider votre "
     "adresse : https://firm.example/verif?id=1\n"),
])
def test_a_sender_verification_appliance_s_request_is_a_challenge(sender, subject, body):
    report = classify(mail(f"From: {sender}\nTo: bounces+x=firm.example@news.shop.example\nSubject: {subject}\n"
                           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n", body))
    assert report.kind == "challenge"


def test_an_auto_reply_that_says_the_mailbox_is_full_and_our_message_was_not_delivered_is_a_failure():
    report = auto_reply("Sorry, my mailbox is full and your message could not be delivered. Please try again later.\n",
                        "Jo <jo@firm.example>", "Auto Reply")
    assert kind_and_reasons(report) == ("failed", [("jo@firm.example", "mailbox_full")])


def test_an_out_of_office_that_mentions_a_full_mailbox_but_no_undelivered_message_stays_an_auto_reply():
    report = auto_reply("I am out of the office until Monday. My mailbox is almost full, so please keep attachments small.\n",
                        "Jo <jo@firm.example>", "Out of office")
    assert report.kind == "auto_reply"


# ---- the adversarial probe of the fourth batch, Central and Eastern Europe -----------------------------------------
@pytest.mark.parametrize("sender, subject, body", [
    ("dave <dave@mail.example>", "Re: Your June offers", "pls unsubscibe me, ive asked 3 times now!!\n"),
    ("Dan <dan@mail.example>", "Re: Oferta săptămânii", "Vă rog să mă dezabonați de la această listă.\nMulțumesc,\nDan\n"),
])
def test_a_misspelt_english_and_a_romanian_request(sender, subject, body):
    report = readers_reply(body, sender, subject)
    assert report.kind == "unsubscribe"


def test_a_delivered_line_beside_a_permanent_failure_stays_delivered():
    from shapes import notice

    report = notice("Servidor de correo <postmaster@firm.example>", "Informe de entrega",
                    'Informe de entrega de su mensaje "June news":\n  - lucia@firm.example : entregado correctamente\n'
                    "  - pablo@firm.example : no entregado - el buzón del destinatario está lleno (552 5.2.2)\n"
                    "No se volverá a intentar la entrega para los destinatarios con error.\n")
    assert kind_and_reasons(report) == ("failed", [("lucia@firm.example", "delivered"), ("pablo@firm.example", "mailbox_full")])


@pytest.mark.parametrize("words", [
    "La demande de libération de votre message retenu pour eva@firm.example a été refusée par un administrateur.",
    "La liberación de su mensaje retenido para eva@firm.example fue denegada por un administrador. El mensaje ha sido eliminado.",
    "An administrator reviewed your quarantined message and declined to release it.",
])
def test_a_release_refused_in_french_spanish_and_english_words(words):
    assert decide(status=None, diagnostic=words, action="failed") == "policy_violation"


def test_an_auto_reply_whose_owner_says_our_email_was_bounced_for_a_full_inbox():
    report = auto_reply("Sorry - my inbox has hit its storage limit, so your email was bounced and I did not get it.\n",
                        "Greg <greg@firm.example>", "Auto Reply: June news")
    assert kind_and_reasons(report) == ("failed", [("greg@firm.example", "mailbox_full")])


# ---- gateways of Asia, the Middle East and Latin America (twenty-seventh gateway probe) ---------------------------
@pytest.mark.parametrize("words", [
    "下記のメールは迷惑メールの疑いがあるため隔離されました。受信者が隔離を解除するまで配信は保留されます。",
    "您发送给 eva@firm.example 的邮件因疑似垃圾邮件已被邮件安全网关隔离，目前尚未投递。收件人或管理员审核通过后将被放行投递。",
    "Pesan Anda kepada eva@firm.example telah ditahan di karantina karena terindikasi sebagai spam. Pesan akan diteruskan "
    "apabila penerima atau administrator melepaskannya.",
    "הודעתך אל eva@firm.example הועברה להסגר (Quarantine) ותימסר רק לאחר אישור מנהל המערכת. סיבה: חשד לדואר זבל",
    "eva@firm.example adresine gönderdiğiniz e-posta, spam şüphesiyle karantinaya alınmıştır. Alıcı veya sistem yöneticisi "
    "serbest bırakırsa ileti teslim edilecektir.",
    "Su mensaje para eva@firm.example fue puesto en cuarentena por posible correo no deseado. Permanecerá retenido hasta que "
    "sea liberado.",
])
def test_a_quarantine_awaiting_its_release_in_more_languages_is_held(words):
    assert decide(status=None, diagnostic=words, action="failed") == "on_hold"


@pytest.mark.parametrize("words", [
    "您发送给 eva@firm.example 的邮件含有附件，正在进行沙箱安全检测，投递将延迟。",
    "Sua mensagem para eva@firm.example está em análise (sandbox) e a entrega foi adiada.",
    "Your message is being analysed in the sandbox. Delivery may be delayed up to 30 minutes.",
])
def test_an_attachment_in_a_sandbox_s_analysis_is_held(words):
    assert decide(status=None, diagnostic=words, action="delayed") == "on_hold"


def test_a_hold_notice_to_our_verp_address_from_the_recipient_s_own_gateway_is_read():
    report = classify(mail("From: <mailgw@firm.example>\nTo: bounces+eva=firm.example@news.shop.example\nSubject: 邮件隔离通知\n"
                           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n",
                           "您发送给 eva@firm.example 的邮件因疑似垃圾邮件已被邮件安全网关隔离，目前尚未投递。\n"
                           "收件人或管理员审核通过后将被放行投递。\n"))
    assert kind_and_reasons(report)[1] == [("eva@firm.example", "on_hold")]


def test_a_dsn_recipient_block_without_its_status_field_is_read_from_its_diagnostic_code():
    # (RFC 3464 section 2.3.4 requires Status; a gateway that leaves it out still says what happened: the DSN reader once
    # failed on it, and the text reader, which took over, had only "Your message could not be delivered")
    raw = ("From: postmaster@firm.example\nTo: bounces+eva=firm.example@news.shop.example\nSubject: Delivery failure\n"
           "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
           "--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
           "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; gw1.firm.example\n\n"
           "Final-Recipient: rfc822; eva@firm.example\nAction: failed\nDiagnostic-Code: smtp; 550 No such user here\n\n--b--\n")
    report = classify(raw.encode())
    assert report.detector == "dsn" and not report.defects
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "user_unknown")])


def test_a_sandbox_s_release_delivered_to_the_recipient_named_is_no_failure():
    report = classify(mail("From: Sandbox Email Protection <noreply@sep.firm.example>\nTo: bounces+eva=firm.example@news.shop.example\n"
                           "Subject: Released: June news\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\n"
                           "Content-Type: text/plain; charset=utf-8\n",
                           "Your message was submitted for sandbox analysis earlier today.\n\nThe analysis completed with no "
                           "findings. The message has been released and was\ndelivered to eva@firm.example at Thu, 17 Oct 2024 "
                           "11:47:00 +0000.\n"))
    assert kind_and_reasons(report) == ("delivered", [("eva@firm.example", "delivered")])


def test_a_list_s_own_hold_of_our_post_sent_to_our_verp_address_stays_a_hold():
    # (a hold's words now make a notice to our VERP address a report's; the list manager's own notice that it holds our post
    # for its moderator stays the list's, never an MTA's refusal of a non-member)
    report = classify(mail("From: members-owner@lists.firm.example\nTo: bounces+members=lists.firm.example@news.shop.example\n"
                           "Subject: Your message to members@lists.firm.example awaits moderator approval\n",
                           "Your mail to 'members@lists.firm.example' with the subject\n\n    June news\n\nIs being held until the "
                           "list moderator can review it for approval.\n\nThe message is being held because:\n\n    The message is "
                           "not from a list member\n\nEither the message will get posted to the list, or you will receive\n"
                           "notification of the moderator's decision.\n"))
    assert kind_and_reasons(report) == ("failed", [("members@lists.firm.example", "on_hold")])


# ---- the adversarial probe of the fifth batch --------------------------------------------------------------------
@pytest.mark.parametrize("words", [
    "Uw bericht aan eva@firm.example is in quarantaine geplaatst. Het bericht wordt pas afgeleverd nadat de ontvanger het heeft "
    "vrijgegeven.",
    "수신자: eva@firm.example 관리자가 승인하면 수신자에게 전달됩니다. 현재 아직 전달되지 않았습니다.",
    "Your message to eva@firm.example has been placed on hold by the administrator's policy (Attachment Hold). It will not be "
    "delivered unless an administrator releases it from the Held Messages queue.",
    "Ihre Nachricht an eva@firm.example wird derzeit in einer Sandbox auf Schadcode untersucht.",
    "お客様から eva@firm.example 宛てに送信されたメールは、現在サンドボックスで解析中です。",
    "Thư gửi tới eva@firm.example đang bị cách ly để kiểm tra an toàn.",
])
def test_holds_in_more_words_and_languages(words):
    assert decide(status=None, diagnostic=words, action="failed") == "on_hold"
