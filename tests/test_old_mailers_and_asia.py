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
from shapes import UTF8, kind_and_reasons, mail, notice, persons_mail


def gateway_notice(sender: str, subject: str, body: str, to: str = "bounces+eva=firm.example@mail.shop.example",
                   null: bool = True):
    """A recipient site's system writing to the VERP address our message to eva@firm.example went out with (``null``: with a
    null return path, as mail systems send their notices; a platform's notice comes from its own account)."""
    return classify(mail(f"{'Return-Path: <>' if null else ''}\nFrom: {sender}\nTo: {to}\nSubject: {subject}\n"
                         f"Auto-Submitted: auto-generated\n{UTF8}", body))


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
    # a Brazilian host's desk and a Mexican provider's: the recipient who reported it, in a labelled field
    ("Denúncia de SPAM recebida", "Recebemos uma denúncia de SPAM de um cliente hospedado em nossa plataforma referente a uma "
                                  "mensagem enviada pelo seu servidor.\n\nDestinatário que denunciou: eva@firm.example\n"),
    ("Aviso de queja de spam", "Uno de nuestros usuarios marcó como spam un mensaje enviado desde su servidor.\n\n"
                               "Destinatario que denunció: eva@firm.example\n"),
    # a Polish host's desk: a customer (x@) judged the message below unsolicited
    ("Zgłoszenie spamu", "otrzymaliśmy zgłoszenie od naszego klienta (eva@firm.example), który uznał poniższą wiadomość za "
                         "niezamówioną informację handlową (spam).\n"),
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


# ---- second round: Exchange's destination sentence as other versions word it ------------------------------------------
@pytest.mark.parametrize("entry, words", [
    ("'eva@firm.example' w dniu 2025-03-04 09:14",
     "Nie można dostarczyć wiadomości, ponieważ docelowy system poczty e-mail jest nieznany lub nieprawidłowy."),
    ("eva@firm.example la data de 12.02.2025 14:40",
     "Sistemul de e-mail nu a putut livra mesajul deoarece sistemul de e-mail de destinație este necunoscut sau nevalid."),
    ("'eva@firm.example' el 20/01/2025 11:03",
     "El sistema no pudo entregar el mensaje porque se desconoce el sistema de correo electrónico de destino."),
])
def test_exchange_entries_with_their_date_words_and_the_destination_sentence(entry, words):
    body = (f"Your message did not reach some or all of the intended recipients.\n\n      Subject:\tWinter sale\n\n"
            f"The following recipient(s) cannot be reached:\n\n      {entry}\n            {words}\n"
            "            <exch01.firm.example #5.4.0>\n")
    report = notice("System Administrator <postmaster@firm.example>", "Undeliverable: Winter sale", body, null=True)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "host_unknown")])


CAUSES_2 = [
    # our share of mail to missing mailboxes, in French: a block of us
    ("4.7.0", "421 4.7.0 Trop de messages adressés à des destinataires inexistants depuis votre adresse IP", "blocked"),
    # the line length of RFC 5322, said with its verb; Exchange Online's bare line feeds (section 2.3 wants CRLF)
    ("5.6.0", "550 5.6.0 Message rejected: line exceeds 998 octets", "not_compliant_rfc"),
    ("5.6.11", "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal", "not_compliant_rfc"),
    # an IBM VM reader at its count of spool files: the mailbox there
    (None, "552 Reader of user PAYROLL is full: spool file limit exceeded, mail not accepted", "mailbox_full"),
    # the size limit named as the mailbox's, its space used up
    (None, "Message size exceeds the size limit of the mailbox. The account has used 2048 MB of 2048 MB.", "mailbox_full"),
    # ... a message's own size stays one
    ("5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size", "message_too_large"),
    # a host not known by its name
    (None, "SMTP module(domain firm.example) reports: firm.example: host name is unknown", "host_unknown"),
    # OpenSSL's failed verification, DANE's TLSA records: the TLS of the delivery
    ("4.7.5", "DANE: certificate verify failed (no TLSA record matched)", "failed_starttls"),
    # greylisting names its mechanism, whatever product does it
    ("4.7.1", "451 4.7.1 Greylisted by anti-spam gateway, please retry later", "rate_limited"),
    # ... and a spam verdict of that product stays one
    ("5.7.1", "554 5.7.1 Rejected by anti-spam gateway: message looks like spam", "spam_detected"),
]


@pytest.mark.parametrize("body", [
    # French: the longest time a message is kept, run out
    ("Votre message destiné à <eva@firm.example> n'a pas pu être remis.\nLe délai maximal de remise (4 jours) est dépassé : le "
     "serveur de destination n'a jamais répondu.\n"),
    # Dutch: tried for five days, the longest time in the queue passed
    ("Uw bericht aan <eva@firm.example> kon niet worden afgeleverd.\nWij hebben het vijf dagen lang geprobeerd, maar de maximale "
     "bewaartijd in de wachtrij is verstreken.\n"),
    # English: not within the configured retry period
    ("Your message could not be delivered to the recipient below within the\nconfigured retry period (72 hours).\n\n"
     "<eva@firm.example>: 451 4.4.0 DNS resolution failed (SERVFAIL)\n"),
])
def test_a_sending_mta_that_gave_up(body):
    report = gateway_notice("Mail Delivery System <mailer-daemon@mta.shop.example>", "Undelivered mail", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "expired")])


# ---- holds, reviews and releases --------------------------------------------------------------------------------------
def test_a_moderator_s_refusal_of_a_post_it_had_held_is_a_refusal():
    body = ("Ihre Anfrage an die Mailingliste Verein\n\n    Nachricht mit dem Betreff \"Sonderverkauf\"\n\n"
            "wurde vom Moderator der Liste abgelehnt. Begründung:\n\n\"Ihre Nachricht wurde zuvor zur Freigabe zurückgehalten; "
            "Werbung ist hier nicht erwünscht.\"\n")
    report = persons_mail("verein-owner@listen.firm.example", "Anfrage an die Liste Verein abgelehnt", body)
    assert report.kind == "failed" and [r.reason for r in report.recipients] == ["rejected"]


# ---- platforms and security products ----------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, sentence", [
    ("Échec de remise", "La remise du message de <news@mail.shop.example> à <eva@firm.example> a échoué."),
    ("Mancata consegna", "La consegna da <news@mail.shop.example> a <eva@firm.example> non è riuscita."),
    ("Bezorging mislukt", "De bezorging van <news@mail.shop.example> aan <eva@firm.example> is mislukt."),
])
def test_a_platform_names_the_delivery_in_other_languages(subject, sentence):
    body = f"{sentence}\n\n552 5.2.2 Quota exceeded (mailbox full)\n"
    report = gateway_notice("Relay <notify@relay.example>", subject, body, to="bounces@mail.shop.example", null=False)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "mailbox_full")])


@pytest.mark.parametrize("sender, subject, body, reason", [
    ("FortiMail-AV <fortimail@firm.example>", "[VIRUS DETECTED] Your message was not delivered",
     "Your message to eva@firm.example was found to contain a virus and has been removed.\n\nVirus name : W32/Agent!tr\n",
     "virus_detected"),
    ("ScanMail for Exchange <smex@firm.example>", "ウイルスアラート",
     "あなたが eva@firm.example 宛に送信したメールからウイルスが検出されました。\nメッセージは削除され、受信者には配信されていません。\n",
     "virus_detected"),
    ("Sophos Firewall <no-reply@fw.firm.example>", "Mensaje no entregado",
     "El mensaje enviado a eva@firm.example no fue entregado porque su tamaño (28,4 MB) supera el límite de 20 MB.\n",
     "message_too_large"),
])
def test_security_products_notices_without_an_automatic_mark(sender, subject, body, reason):
    report = persons_mail(sender, subject, body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", reason)])


def test_a_read_receipt_of_a_deleted_message_is_no_failure():
    body = "Your message to eva@firm.example was deleted without being read.\n"
    report = persons_mail("Eva <eva@firm.example>", "Not read: Winter sale", body)
    assert report.kind != "failed"


# ---- recipients -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "<club@firm.example>: Message delivered (mailing list expansion: 212 members)",
    "Le message a bien été remis aux autres destinataires : club@firm.example.",
])
def test_a_line_that_says_its_address_got_the_message_is_no_failure(line):
    body = ("Unable to deliver message to the following address(es).\n\n<eva@firm.example>: Remote host said: 550 5.1.1 "
            f"<eva@firm.example> No such user here\n\n{line}\n")
    report = gateway_notice("Mail Delivery System <mailer-daemon@mx.firm.example>", "Undeliverable", body)
    assert [(r.address, r.reason) for r in report.recipients if r.reason != "delivered"] == [("eva@firm.example", "user_unknown")]


def test_a_lure_that_greets_the_reader_by_address_and_lists_senders_is_no_report():
    body = ("Dear bounces@mail.shop.example,\n\n7 incoming messages could not be delivered to your mailbox because your\n"
            "storage is almost full. The following senders are waiting:\n\n  accounts@payments.example\n"
            "  hr@payroll.example\n\nRelease your messages now: http://portal.example/release\n")
    report = gateway_notice("Mail Delivery Subsystem <mailer-daemon@portal.example>", "Mail delivery failed: 7 messages held",
                            body, to="bounces@mail.shop.example")
    assert report.kind == "not_bounce"


def test_a_service_that_greets_its_reader_by_address_still_reports():
    body = ("Hello news@mail.shop.example,\n\nWe're sorry, but we were unable to deliver your message to\n"
            "club@groups.example because only members of the group can post.\n")
    report = classify(mail("From: Groups <notify@groups.example>\nTo: news@mail.shop.example\n"
                           f"Subject: Your message to club could not be delivered\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("failed", [("club@groups.example", "rejected")])


# ---- challenges -------------------------------------------------------------------------------------------------------
def test_a_malay_challenge():
    body = ("Salam,\n\nE-mel anda kepada eva@firm.example telah ditahan oleh sistem penapis spam kami.\n"
            "Untuk membuktikan bahawa anda manusia dan bukan program penghantar spam,\nsila klik pautan di bawah:\n\n"
            "https://penapis.firm.example/sahkan?k=Q7\n\nE-mel yang tidak disahkan akan dipadam secara automatik.\n")
    report = classify(mail("From: Eva <eva@firm.example>\nTo: bounces+eva=firm.example@mail.shop.example\n"
                           f"Subject: Sila sahkan e-mel anda: Promosi\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


# ---- third round ------------------------------------------------------------------------------------------------------
CAUSES_3 = [
    # our messages counted against missing mailboxes: a block of us
    ("5.7.1", "554 5.7.1 Rejected: your server has sent too many messages to non-existent users", "blocked"),
    # greylisting in German beside a product's name
    ("4.7.1", "451 4.7.1 Graue Liste: Absender noch nicht bekannt, bitte in 15 Minuten erneut zustellen", "rate_limited"),
    ("4.7.1", "451 4.7.1 Lista gris activa en el filtro antispam, reintente en 10 minutos", "rate_limited"),
    # the sending MTA gave up, in Italian and Dutch
    (None, "Il tempo massimo di consegna (5 giorni) è stato superato.", "expired"),
    (None, "De server heeft het bericht niet binnen de toegestane tijd (72 uur) kunnen afleveren en heeft het opgegeven.",
     "expired"),
]


def test_a_post_held_then_distributed_is_no_failure_and_its_promise_still_a_hold():
    done = ("Ihre Nachricht an die Liste Verein war zuvor zur Freigabe zurückgehalten worden. Der Moderator der Liste hat sie "
            "inzwischen freigegeben; sie wurde an alle 212 Abonnenten verteilt.\n")
    promised = ("Ihre Nachricht an die Liste Verein wurde an die Moderatoren der Liste weitergeleitet.\n"
                "Sie wird verteilt, sobald ein Moderator sie freigegeben hat.\n")
    assert persons_mail("verein-owner@listen.firm.example", "Ihre Nachricht an Verein", done).kind == "not_bounce"
    held = persons_mail("verein-owner@listen.firm.example", "Ihre Nachricht an Verein", promised)
    assert [r.reason for r in held.recipients] == ["on_hold"]


@pytest.mark.parametrize("subject, body", [
    # (Indonesian, from the guarded person's address; Spanish, from the filter's own account of the recipient's domain)
    ("Verifikasi pengirim diperlukan: Promo Mei",
     "Pesan Anda kepada eva@firm.example ditahan oleh sistem anti-spam kami.\nUntuk memastikan bahwa Anda manusia dan bukan program "
     "pengirim spam, silakan klik tautan berikut:\nhttps://antispam.firm.example/v?id=5\n"),
    ("Verificación requerida: su mensaje está pendiente",
     "Su mensaje para eva@firm.example está retenido por nuestro sistema antispam hasta que confirme que es una persona.\n\n"
     "Para que se entregue, haga clic en el siguiente enlace:\nhttps://antispam.firm.example/v?c=9\n\n"
     "Si no confirma en 72 horas, el mensaje se eliminará sin entregarse.\n"),
])
def test_challenges_of_the_third_round(subject, body):
    sender = "Eva <eva@firm.example>" if "Pesan" in body else '"Filtro antispam de eva@firm.example" <verificacion@firm.example>'
    report = classify(mail(f"From: {sender}\nTo: bounces+eva=firm.example@mail.shop.example\n"
                           f"Subject: {subject}\nAuto-Submitted: auto-replied\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("eva@firm.example", "challenge")])


@pytest.mark.parametrize("subject, body", [
    ("Licença-maternidade (Re: Frete grátis)", "Estou em licença-maternidade até março. As mensagens não serão lidas.\n"),
    ("RE: Frete grátis", "Estou afastada por motivo de saúde até 06/12. Não estou acompanhando os e-mails.\n"),
    ("Recesso - Re: Frete grátis", "A Secretaria estará em recesso administrativo de 20/11 a 25/11.\n"
                                   "Sua mensagem será respondida a partir do dia 26/11.\n"),
    ("Outomatiese antwoord: Winteruitverkoping", "Dankie vir u e-pos. Ek is met verlof tot Maandag 31 Maart.\n"),
])
def test_absences_in_portuguese_and_afrikaans(subject, body):
    # (marked as vacation programs mark their notes, "Precedence: bulk": one sign; the words are the other)
    report = classify(mail(f"From: Eva <eva@firm.example>\nTo: bounces+eva=firm.example@mail.shop.example\nSubject: {subject}\n"
                           f"Precedence: bulk\n{UTF8}", body))
    assert kind_and_reasons(report) == ("auto_reply", [("eva@firm.example", "auto_reply")])


@pytest.mark.parametrize("subject, body", [
    ("Re: Frete grátis", "sair\n\nEnviado do meu iPhone"),
    ("SPAM!!! PAREM", "Nunca me cadastrei nessa loja. Removam meu e-mail AGORA."),
    ("Solicitação LGPD", "Com base na LGPD, solicito a eliminação dos meus dados e o cancelamento de qualquer envio de "
                         "comunicação de marketing para este e-mail."),
    ("Verwyder my asseblief", "Verwyder asseblief my e-posadres van julle poslys. Ek het nooit ingeteken nie."),
    # (a Polish data-protection demand that asks the mailing be stopped too)
    ("Żądanie usunięcia danych", "Na podstawie art. 17 RODO żądam usunięcia moich danych osobowych oraz zaprzestania wysyłania "
                                 "mi informacji handlowych."),
])
def test_readers_requests_in_portuguese_and_afrikaans(subject, body):
    report = classify(mail(f"From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: {subject}\n{UTF8}", body))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


def test_a_carrier_s_parcel_notice_is_no_bounce():
    body = ("Guten Tag,\n\nleider konnten wir Ihre Sendung 00340434161094022115 heute nicht zustellen.\n"
            "Grund: Empfänger nicht angetroffen\n\nSendungsverfolgung: https://carrier.example/track/0034\n")
    report = classify(mail("Return-Path: <>\nFrom: Paketdienst <noreply@carrier.example>\nTo: bounces@shop.example\n"
                           f"Subject: Zustellung fehlgeschlagen - Sendung 00340434161094022115\nAuto-Submitted: auto-generated\n"
                           f"{UTF8}", body))
    assert report.kind == "not_bounce"


def test_a_portuguese_lure_about_held_messages_is_no_bounce():
    body = ("Olá,\n\nAs seguintes mensagens enviadas para a sua conta não foram entregues porque o seu endereço ainda não foi "
            "atualizado.\n\nPara receber as mensagens retidas, atualize a sua conta aqui:\nhttps://lure.example/a\n")
    report = classify(mail("From: Sistema de Entrega <mailer-daemon@lure.example>\nTo: bounces@shop.example\n"
                           f"Subject: Falha na entrega de mensagens\n{UTF8}", body))
    assert report.kind == "not_bounce"


# ---- fourth round -----------------------------------------------------------------------------------------------------
CAUSES_4 = [
    # greylisting in Turkish, Hungarian and Japanese, beside a filter's name
    ("4.7.1", "451 4.7.1 Gri liste - lütfen daha sonra tekrar deneyin", "rate_limited"),
    ("4.7.1", "451 4.7.1 Szürke lista: a feladó ideiglenesen elutasítva (Rspamd antispam)", "rate_limited"),
    # our server's mail to missing recipients counted, in Russian
    ("5.7.1", "550 5.7.1 Ваш сервер отправил слишком много писем несуществующим получателям.", "blocked"),
    # the sending MTA gave up, in Polish and Danish words
    (None, "Przekroczono maksymalny czas dostarczania wiadomości (5 dni). Wiadomość została usunięta z kolejki.", "expired"),
    (None, "Din besked kunne ikke leveres inden for den tilladte tid, og systemet har opgivet at levere den.", "expired"),
]


def test_a_dutch_request_with_its_polite_word_between():
    report = classify(mail(f"From: Eva <eva@firm.example>\nTo: news@shop.example\nSubject: afmelden\n{UTF8}",
                           "Haal mij alsjeblieft van jullie mailinglijst af. Dank u."))
    assert kind_and_reasons(report) == ("unsubscribe", [("eva@firm.example", "unsubscribe")])


# ---- every round's causes and list notices, one table each --------------------------------------------------------------
@pytest.mark.parametrize("status, words, reason", CAUSES + CAUSES_2 + CAUSES_3 + CAUSES_4)
def test_causes(status, words, reason):
    assert decide(status=status, diagnostic=words, action="failed") == reason


LIST_NOTICES = [
    # Estonian and Finnish Mailman 2: held until the list's moderator looks at it
    ("Teie kiri ootab moderaatori kinnitust", "Teie kiri listi koor@listid.firm.example teemaga\n\n    Talvised pakkumised\n\n"
                                              "on kinni peetud, kuni listi moderaator selle üle vaatab.\n", "on_hold"),
    ("Viestisi odottaa moderaattorin hyväksyntää", "Viestisi osoitteeseen kuoro@lista.firm.example, jonka otsikko on\n\n"
                                                   "    Kevätmyynti\n\non pidätetty, kunnes listan moderaattori tarkastaa sen.\n",
     "on_hold"),
    # Swedish Mailman 3: awaiting the list moderator's review
    ("Ditt meddelande väntar på granskning", "Ditt meddelande till listan Medlemmar väntar på att granskas av listmoderatorn.\n",
     "on_hold"),
    # Norwegian Mailman 3: awaiting approval from the list moderator
    ("Meldingen din venter på godkjenning", "Meldingen din til listen medlemmer@lister.firm.example venter på godkjenning fra "
                                            "listemoderator.\n", "on_hold"),
    # Finnish: refused by the list's moderator, the hold its history
    ("Viestisi hylättiin", "Viestin lähettäminen listalle on listan moderaattorin hylkäämä. Viesti oli pidätetty "
                           "tarkastettavaksi.\n", "rejected"),
    # Finnish: the list's maintainer refused it, after it had waited for moderation
    ("Viestisi hylättiin", "Listan ylläpitäjä hylkäsi viestisi.\n\nViesti oli odottanut moderointia kaksi päivää.\n", "rejected"),
]


@pytest.mark.parametrize("subject, body, reason", LIST_NOTICES)
def test_list_notices(subject, body, reason):
    report = persons_mail("medlemmer-owner@lister.firm.example", subject, body)
    assert report.kind == "failed" and [r.reason for r in report.recipients] == [reason]


RELEASES_REFUSED = [
    # Dutch: the administrator turned the request down, said two ways
    "Uw bericht aan eva@firm.example is in quarantaine geplaatst.\nDe beheerder heeft het verzoek om vrijgave afgewezen.\n",
    "Uw bericht aan eva@firm.example is in quarantaine geplaatst.\nDe vrijgave van uw vastgehouden bericht is door de beheerder "
    "afgewezen.\n",
    # ... French, Spanish, English: examined, then refused
    "Le message pour eva@firm.example avait été mis en quarantaine.\nVotre demande de libération a été examinée par "
    "l'administrateur et refusée : le message ne sera pas remis.\n",
    "El mensaje para eva@firm.example estaba en cuarentena.\nSu solicitud de liberación fue revisada por el administrador y "
    "rechazada.\n",
    "The message to eva@firm.example was quarantined.\nYour release request was reviewed by an administrator and denied.\n",
    # ... Italian and Portuguese
    "Il messaggio per eva@firm.example era in quarantena.\nLa richiesta di rilascio del messaggio è stata esaminata ed è stata "
    "rifiutata dall'amministratore.\n",
    "A mensagem para eva@firm.example estava em quarentena.\nO seu pedido de liberação foi analisado e recusado pelo "
    "administrador.\n",
]


@pytest.mark.parametrize("body", RELEASES_REFUSED)
def test_a_release_request_turned_down(body):
    report = gateway_notice("Quarantine <quarantine@firm.example>", "Release request", body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "policy_violation")])


def test_an_english_challenge_that_holds_the_mail_until_its_sender_verifies():
    body = ("This mailbox is protected by a sender verification service.\n\nYour email has been held and will be deleted in 7 "
            "days unless you verify that you sent it.\nTo verify, simply reply to this message without changing the subject "
            "line.\n")
    # (sent with a null return path, as RFC 3834 asks of automatic answers, so it reads as a system's: the hold until the sender
    # verifies is the challenge's sign)
    report = classify(mail("Return-Path: <>\nFrom: ordersdesk@firm.example\nTo: news@shop.example\n"
                           f"Subject: Sender verification required (ref 88)\nPrecedence: junk\n{UTF8}", body))
    assert kind_and_reasons(report) == ("challenge", [("ordersdesk@firm.example", "challenge")])


@pytest.mark.parametrize("subject, body", [
    ("Väntar på godkännande: Inbjudan", "Ditt meddelande till eva@firm.example väntar på godkännande. Meddelandet har skickats "
                                        "till en moderator och levereras när det har godkänts.\n"),
    ("Afventer godkendelse: Invitation", "Din meddelelse til eva@firm.example afventer godkendelse af en moderator.\n"),
    ("Venter på godkjenning: Invitasjon", "Meldingen din til eva@firm.example venter på godkjenning fra en moderator.\n"),
])
def test_exchange_moderation_in_the_nordic_languages_is_a_hold(subject, body):
    report = gateway_notice("Microsoft Outlook <MicrosoftExchange329e71ec@firm.example>", subject, body)
    assert kind_and_reasons(report) == ("failed", [("eva@firm.example", "on_hold")])
